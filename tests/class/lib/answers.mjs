// answers.mjs — answers to tests/class/levels/protocol.lua's questions as a device sends them
// (positions as shown, found by the texts the `question` message carries, in French), and the
// same answers as `vigie run --answers` takes them (the level's written numbers).

const pos = (list, text) => {
  const i = list.findIndex((s) => s.includes(text));
  if (i < 0) throw new Error(`"${text}" is not among ${JSON.stringify(list)}`);
  return i;
};

const ORDER = ['Débrancher', 'Prévenir', 'Porter plainte', 'Restaurer'];
const CARDS = [
  ['adresse IP', 'Personnelle'],
  ['météo', 'Pas personnelle'],
  ['photo de classe', 'Personnelle'],
];
const binOf = (bins, name) => bins.findIndex((b) => b === name);

// The parts of the SMS that are clues, by what their labels hold; by written position (from,
// messages.1, messages.2, links.1) if the labels say nothing of it.
function clueParts(parts) {
  const want = ['+33', '1,99', 'colis-suivi'];
  const found = want.map((w) => parts.findIndex((p) => (p.label || '').includes(w)));
  return found.every((i) => i >= 0) ? found : [0, 1, 3];
}

// Right (right = true) or wrong answers, as a device sends them, for each kind of the level.
export function deviceAnswer(m, right) {
  switch (m.kind) {
    case 'choice':
      return { pick: [pos(m.choices, right ? 'Sa longueur' : 'Un chiffre')] };
    case 'truefalse':
      return { pick: [right ? 1 : 0] }; // the level's answer is false: position 1
    case 'multi':
      return right
        ? { pick: [pos(m.choices, 'double'), pos(m.choices, 'gestionnaire')] }
        : { pick: [pos(m.choices, 'clavier'), pos(m.choices, 'un 1')] };
    case 'order': {
      const o = ORDER.map((t) => pos(m.items, t));
      return { order: right ? o : o.slice().reverse() };
    }
    case 'sort':
      return {
        bins: m.cards.map((card) => {
          const [, bin] = CARDS.find(([c]) => card.includes(c));
          const b = binOf(m.bins, bin);
          return right ? b : 1 - b;
        }),
      };
    case 'input':
      return { text: right ? 'Signal Spam' : 'je ne sais pas' };
    case 'estimate':
      return { value: right ? 0.1 : m.max };
    case 'password':
      return { strength: right ? 4 : 0 };
    case 'hotspot':
      return { parts: right ? clueParts(m.parts) : [] };
    default:
      throw new Error(`no answer for kind ${m.kind}`);
  }
}

// The same answers for `vigie run --answers`, one per question of the level, in its order.
export function runAnswer(kind, right) {
  switch (kind) {
    case 'choice':
      return right ? '1' : '2';
    case 'truefalse':
      return right ? 'false' : 'true';
    case 'multi':
      return right ? '{ 1, 3 }' : '{ 2, 4 }';
    case 'order':
      return right ? '{ 1, 2, 3, 4 }' : '{ 4, 3, 2, 1 }';
    case 'sort':
      return right ? '{ 1, 2, 1 }' : '{ 2, 1, 2 }';
    case 'input':
      return right ? '"Signal Spam"' : '"je ne sais pas"';
    case 'estimate':
      return right ? '0.1' : '1e9';
    case 'password':
      return right ? '"Cheval-Agrafe-Pile-Correct"' : '"azerty"';
    case 'hotspot':
      return right ? '{ "from", "messages.1", "links.1" }' : '{}';
    default:
      throw new Error(`no answer for kind ${kind}`);
  }
}

// Any answer of the right shape: what the load client sends.
export function anyAnswer(m) {
  switch (m.kind) {
    case 'choice':
    case 'truefalse':
      return { pick: [0] };
    case 'multi':
      return { pick: [0] };
    case 'order':
      return { order: m.items.map((_, i) => i) };
    case 'sort':
      return { bins: m.cards.map(() => 0) };
    case 'input':
      return { text: 'signal spam' };
    case 'estimate':
      return { value: m.start ?? m.min };
    case 'password':
      return { strength: 3 };
    case 'hotspot':
      return { parts: [0] };
    default:
      return null; // a mini-game: not answered from a device
  }
}

// The kinds of protocol.lua, in its order (the game last).
export const KINDS = ['choice', 'truefalse', 'multi', 'order', 'sort', 'input', 'estimate', 'password', 'hotspot', 'game'];
