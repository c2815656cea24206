// mock-host.mjs — a stand-in for `vigie host LEVEL --headless --auto`, for working on the
// students' page (web/class/) and its end-to-end test without the engine. It speaks the same
// protocol (docs/classroom-protocol.md) and prints the same JSON lines, but plays a fixed room:
// the questions of tests/class/levels/all-kinds.lua written out below, scored simply (1000 for a
// right answer, credit for a partly right one). It is NOT the reference: the real host is.
//
//   node tests/class/mock-host.mjs LEVEL --headless --port 0 --auto --players 3 --reveal-ms 300
//        [--lang fr|en] [--code 1234] [--db FILE (ignored)]
// stdin: start, next, pause, resume, rename ID NICK, remove ID, end, quit as the host's; and
// drop ID (mock only: the player's socket is cut, as a network would).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { WebSocketServer } from 'ws';
import { texts } from './lib/catalogue.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const web = path.join(root, 'web/class');

// ---- options ----
const argv = process.argv.slice(2);
const opt = (name, def) => {
  const i = argv.indexOf(name);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : def;
};
const flag = (name) => argv.includes(name);
const port = Number(opt('--port', '8080'));
const auto = flag('--auto');
const wantPlayers = Number(opt('--players', '1'));
const revealMs = Number(opt('--reveal-ms', '3000'));
const lang = opt('--lang', 'fr') === 'en' ? 'en' : 'fr';
const code = opt('--code', String(1000 + crypto.randomInt(9000)));
const out = (o) => process.stdout.write(`${JSON.stringify(o)}\n`);

// ---- texts: the catalogue's class.* keys, the engine's word lists ----
function catalogue() {
  return texts(root, lang);
}
function wordsJs() {
  const src = fs.readFileSync(path.join(root, 'engine/game/game_words.c'), 'utf8');
  const list = (name) => {
    const m = src.match(new RegExp(`${name}\\[\\]\\s*=\\s*\\{([\\s\\S]*?)\\};`));
    return m ? [...m[1].matchAll(/"([^"]*)"/g)].map((x) => x[1]) : [];
  };
  return `export const COMMON = ${JSON.stringify(list('common'))};\nexport const WORDS = ${JSON.stringify(list('words'))};\n`;
}
const S = catalogue();
const L = (fr, en) => (lang === 'en' ? en : fr);

// The mock-up of the hotspot question: an SVG text message, its parts as shares of it.
const MOCKUP = `<svg xmlns="http://www.w3.org/2000/svg" width="360" height="480" viewBox="0 0 360 480">
<rect width="360" height="480" fill="#f2f2f7"/>
<rect x="0" y="0" width="360" height="70" fill="#ffffff"/>
<text x="180" y="45" font-size="22" text-anchor="middle" font-family="sans-serif">+33 7 56 12 89 40</text>
<rect x="20" y="110" width="300" height="110" rx="18" fill="#e5e5ea"/>
<text x="36" y="150" font-size="17" font-family="sans-serif">${L('Votre colis est en attente.', 'Your parcel is waiting.')}</text>
<text x="36" y="180" font-size="17" font-family="sans-serif">${L('Frais de 1,99 € à régler.', 'A fee of €1.99 is due.')}</text>
<rect x="20" y="240" width="220" height="60" rx="18" fill="#e5e5ea"/>
<text x="36" y="277" font-size="17" font-family="sans-serif">${L('Bonne journée.', 'Have a nice day.')}</text>
<rect x="20" y="320" width="300" height="60" rx="18" fill="#e5e5ea"/>
<text x="36" y="357" font-size="17" fill="#0a58ca" text-decoration="underline" font-family="sans-serif">colis-suivi-fr.info/pay</text>
</svg>`;

// ---- the questions (all-kinds.lua), as a phone gets them, and how each is scored ----
const Q = [
  { kind: 'choice', prompt: L('Qu’est-ce qui rend un mot de passe difficile à deviner ?', 'What makes a password hard to guess?'),
    choices: [L('Un chiffre à la fin', 'A digit at the end'), L('Sa longueur', 'Its length'), L('Le prénom de son chat', 'Your cat’s name'), L('Une majuscule au début', 'A capital at the start')],
    right: (a) => a.pick?.[0] === 1, rightText: L('Sa longueur', 'Its length') },
  { kind: 'truefalse', prompt: L('Le même mot de passe partout, c’est sans risque s’il est long.', 'The same password everywhere is safe if it is long.'),
    right: (a) => a.pick?.[0] === 1, rightText: L('Faux', 'False') },
  { kind: 'multi', prompt: L('Quelles habitudes protègent tes comptes ?', 'Which habits protect your accounts?'),
    choices: [L('La double authentification', 'Two-factor authentication'), L('Noter ses mots de passe sous le clavier', 'Passwords under the keyboard'), L('Un gestionnaire de mots de passe', 'A password manager'), L('Ajouter un 1 à la fin chaque mois', 'Add a 1 at the end every month')],
    right: (a) => JSON.stringify(a.pick) === '[0,2]', rightText: 'A, C' },
  { kind: 'order', prompt: L('Un rançongiciel chiffre ton PC. Dans quel ordre agir ?', 'Ransomware encrypts your PC. In what order do you act?'),
    items: [L('Restaurer depuis une sauvegarde saine', 'Restore from a clean backup'), L('Débrancher le PC du réseau', 'Unplug the PC from the network'), L('Prévenir le responsable informatique', 'Warn the IT manager')],
    right: (a) => JSON.stringify(a.order) === '[1,2,0]', rightText: '1, 2, 3' },
  { kind: 'sort', prompt: L('Donnée personnelle ou non ?', 'Personal data or not?'),
    cards: [L('Une adresse IP', 'An IP address'), L('La météo de Paris', 'The weather in Paris'), L('Une photo de classe', 'A class photo')],
    bins: [L('Personnelle', 'Personal'), L('Pas personnelle', 'Not personal')],
    right: (a) => JSON.stringify(a.bins) === '[0,1,0]', rightText: '' },
  { kind: 'input', prompt: L('Sur quel site signaler un e-mail d’hameçonnage ?', 'Which website takes reports of phishing emails?'),
    right: (a) => ['signal-spam.fr', 'signal spam', 'signal-spam'].includes(String(a.text).trim().toLowerCase()), rightText: 'signal-spam.fr' },
  { kind: 'estimate', prompt: L('Combien de secondes pour casser « azerty123 » ?', 'How many seconds to crack “azerty123”?'),
    min: 0.001, max: 1e9, step: 0, unit: 's', start: 1, log: true,
    right: (a) => Math.abs(Math.log10(a.value / 0.1)) <= 1, rightText: '0,1 s' },
  { kind: 'password', prompt: L('Invente une phrase de passe solide : plusieurs mots.', 'Make up a strong passphrase: several words.'),
    strength: 3, right: (a) => a.strength >= 3, rightText: L('Solide', 'Strong') },
  { kind: 'hotspot', prompt: L('Touche les indices d’arnaque dans ce SMS, puis valide.', 'Tap the scam clues in this text message, then submit.'),
    mockup: { src: '/mockup/9.png', w: 360, h: 480 },
    parts: [{ x: 0, y: 0, w: 1, h: 70 / 480, label: '+33 7 56 12 89 40' }, { x: 20 / 360, y: 110 / 480, w: 300 / 360, h: 110 / 480, label: L('Message 1', 'Message 1') },
      { x: 20 / 360, y: 240 / 480, w: 220 / 360, h: 60 / 480, label: L('Message 2', 'Message 2') }, { x: 20 / 360, y: 320 / 480, w: 300 / 360, h: 60 / 480, label: 'colis-suivi-fr.info/pay' }],
    right: (a) => JSON.stringify(a.parts) === '[0,1,3]', rightText: '' },
  { kind: 'game', prompt: L('Quel lien est piégé ?', 'Which link is a trap?'), board: true },
];
for (const q of Q) q.time_ms = q.kind === 'game' ? 30000 : 60000;

// ---- the room ----
const players = new Map(); // id → player
const byToken = new Map();
let nextId = 1;
let phase = 'lobby';
let qi = -1; // current question index
let openAt = 0;
let lastJoin = 0;

function nickValid(raw) {
  const s = String(raw ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim();
  const chars = [...s];
  if (chars.length < 1 || chars.length > 16) return null;
  for (const c of chars) {
    const cp = c.codePointAt(0);
    if (cp < 0x80 && !/[A-Za-z0-9 ._-]/.test(c)) return null;
    if (cp >= 0x80 && cp < 0xc0) return null;
  }
  if ((s.match(/[0-9]/g) || []).length >= 6) return null;
  return s;
}
const present = () => [...players.values()].filter((p) => !p.away && !p.removed);
const sendTo = (p, m) => { if (p.ws && p.ws.readyState === 1) p.ws.send(JSON.stringify(m)); };
const broadcast = (m) => { for (const p of players.values()) sendTo(p, m); };
function ranks() {
  const list = [...players.values()].filter((p) => !p.removed).sort((a, b) => b.score - a.score || a.id - b.id);
  list.forEach((p, i) => { p.rank = i + 1; });
  return list;
}

function questionMsg(p) {
  const q = Q[qi];
  const m = { t: 'question', q: qi + 1, of: Q.length, kind: q.kind, prompt: q.prompt, time_ms: q.time_ms,
    left_ms: Math.max(0, q.time_ms - (Date.now() - openAt)), answered: p.answers[qi] !== undefined };
  for (const k of ['choices', 'items', 'cards', 'bins', 'min', 'max', 'step', 'unit', 'start', 'log', 'strength', 'mockup', 'parts', 'board']) {
    if (q[k] !== undefined) m[k] = q[k];
  }
  return m;
}

function welcome(p) {
  sendTo(p, { t: 'welcome', v: 1, token: p.token, nick: p.nick, score: p.score, streak: p.streak, lang, phase,
    title: L('Toutes les questions en classe', 'Every question in class') });
}

function onMessage(ws, data) {
  let m;
  try { m = JSON.parse(String(data)); } catch { ws.send(JSON.stringify({ t: 'error', code: 'bad_json', msg: S['class.err.bad_json'] })); return; }
  const err = (c) => ws.send(JSON.stringify({ t: 'error', code: c, msg: S[`class.err.${c}`] || c }));
  const p = ws.player;
  if (m.t === 'ping') { ws.send('{"t":"pong"}'); return; }
  if (m.t === 'join') {
    if (m.v !== 1) return err('version');
    if (m.code !== code) return err('bad_code');
    const nick = nickValid(m.nick);
    if (!nick) return err('nick_invalid');
    if ([...players.values()].some((o) => !o.removed && o.nick.toLowerCase() === nick.toLowerCase())) return err('nick_taken');
    const np = { id: nextId++, nick, token: crypto.randomBytes(16).toString('hex'), score: 0, streak: 0, answers: {}, ws, away: false };
    np.first = phase === 'lobby' ? 0 : qi + 1;
    players.set(np.id, np);
    byToken.set(np.token, np);
    ws.player = np;
    lastJoin = Date.now();
    welcome(np);
    out({ event: 'join', id: np.id, nick: np.nick, players: present().length });
    broadcast({ t: 'lobby', players: present().length });
    return;
  }
  if (m.t === 'resume') {
    const op = byToken.get(m.token);
    if (m.v !== 1 || !op || op.removed) return err('bad_token');
    if (op.ws && op.ws !== ws) { const old = op.ws; op.ws = null; old.player = null; old.close(1000); }
    op.ws = ws;
    op.away = false;
    ws.player = op;
    welcome(op);
    out({ event: 'back', id: op.id });
    if (phase === 'question') sendTo(op, questionMsg(op));
    return;
  }
  if (!p) return err('not_joined');
  if (m.t === 'answer') {
    if (phase !== 'question') return err(qi >= 0 ? 'late' : 'no_question');
    if (m.q !== qi + 1) return err('wrong_question');
    if (p.first > qi) return err('no_question');
    if (p.answers[qi] !== undefined) return err('already_answered');
    const q = Q[qi];
    const a = m.a;
    if (!a || typeof a !== 'object' || q.kind === 'game') return err('bad_answer');
    p.answers[qi] = { a, ms: Date.now() - openAt };
    ws.send(JSON.stringify({ t: 'ack', q: qi + 1 }));
    const answered = present().filter((o) => o.answers[qi] !== undefined).length;
    out({ event: 'answer', q: qi + 1, id: p.id, answered, of: present().length });
    if (auto && answered >= present().filter((o) => o.first <= qi).length) closeQuestion();
    return;
  }
  err('bad_message');
}

// ---- the flow (--auto, or stdin) ----
let timer = 0;
function openQuestion() {
  clearTimeout(timer);
  qi++;
  if (qi >= Q.length) { finish(); return; }
  const q = Q[qi];
  if (q.kind === 'game') {
    phase = 'question';
    broadcast({ t: 'skipped', q: qi + 1, why: 'game' });
    out({ event: 'skipped', q: qi + 1, why: 'game' });
    timer = setTimeout(auto ? openQuestion : () => {}, revealMs);
    return;
  }
  phase = 'question';
  openAt = Date.now();
  out({ event: 'question', q: qi + 1, of: Q.length, kind: q.kind });
  for (const p of players.values()) if (!p.removed && p.first <= qi) sendTo(p, questionMsg(p));
  if (auto) timer = setTimeout(closeQuestion, q.time_ms);
}
function closeQuestion() {
  if (phase !== 'question') return;
  clearTimeout(timer);
  phase = 'reveal';
  const q = Q[qi];
  const tally = { right: 0, partly: 0, wrong: 0, none: 0 };
  for (const p of players.values()) {
    if (p.removed || p.first > qi) continue;
    const ans = p.answers[qi];
    const ok = ans ? !!q.right(ans.a) : false;
    p.last = { answered: !!ans, correct: ok, points: ok ? 1000 - Math.min(500, Math.floor(ans.ms / 100)) : 0 };
    p.score += p.last.points;
    p.streak = ok ? p.streak + 1 : 0;
    tally[!ans ? 'none' : ok ? 'right' : 'wrong']++;
  }
  const list = ranks();
  for (const p of players.values()) {
    if (p.removed || !p.last) continue;
    sendTo(p, { t: 'reveal', q: qi + 1, answered: p.last.answered, correct: p.last.correct, credit: p.last.correct ? 1 : 0,
      points: p.last.points, score: p.score, streak: p.streak, rank: p.rank, players: list.length,
      right: q.rightText, explain: L('L’explication de la question.', 'The question’s explanation.'), mine: p.last.answered ? JSON.stringify(p.answers[qi].a) : '' });
    p.last = null;
  }
  out({ event: 'reveal', q: qi + 1, ...tally });
  if (auto) timer = setTimeout(podium, revealMs);
}
function podium(final = false) {
  clearTimeout(timer);
  phase = final ? 'end' : 'podium';
  const list = ranks();
  const top = list.slice(0, 5).map((p) => ({ nick: p.nick, score: p.score }));
  for (const p of list) sendTo(p, { t: final ? 'end' : 'podium', top, rank: p.rank, score: p.score, players: list.length });
  out({ event: final ? 'end' : 'podium', top, ...(final ? { players: list.length } : {}) });
  if (final) setTimeout(() => process.exit(0), 300);
  else if (auto) timer = setTimeout(openQuestion, revealMs);
}
function finish() { podium(true); }

// --auto: start when enough players joined and 1 s went by with nobody new.
if (auto) {
  const iv = setInterval(() => {
    if (phase === 'lobby' && present().length >= wantPlayers && Date.now() - lastJoin >= 1000) {
      clearInterval(iv);
      openQuestion();
    }
  }, 100);
}
let pausedLeft = -1;
readline.createInterface({ input: process.stdin }).on('line', (line) => {
  const [cmd, arg, ...rest] = line.trim().split(/\s+/);
  const p = players.get(Number(arg));
  if (cmd === 'start' || cmd === 'next') { if (phase === 'question') closeQuestion(); else openQuestion(); }
  else if (cmd === 'end') finish();
  else if (cmd === 'quit') process.exit(0);
  else if (cmd === 'pause' && phase === 'question') {
    pausedLeft = Math.max(0, Q[qi].time_ms - (Date.now() - openAt));
    broadcast({ t: 'paused', left_ms: pausedLeft });
  } else if (cmd === 'resume' && pausedLeft >= 0) {
    openAt = Date.now() - (Q[qi].time_ms - pausedLeft);
    broadcast({ t: 'resumed', left_ms: pausedLeft });
    pausedLeft = -1;
  } else if (cmd === 'rename' && p) {
    p.nick = rest.length ? `${rest.join(' ')}` : p.nick;
    sendTo(p, { t: 'renamed', nick: p.nick });
  } else if (cmd === 'remove' && p) {
    sendTo(p, { t: 'removed' });
    p.removed = true;
    byToken.delete(p.token);
    p.ws?.close(1000);
  } else if (cmd === 'drop' && p && p.ws) {
    p.ws.terminate(); // mock only: the network drops a phone
  }
});

// ---- HTTP and the WebSocket ----
const HEADERS = {
  'Content-Security-Policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};
const FILES = {
  '/': ['index.html', 'text/html; charset=utf-8'],
  '/app.js': ['app.js', 'text/javascript; charset=utf-8'],
  '/meter.js': ['meter.js', 'text/javascript; charset=utf-8'],
  '/kinds.js': ['kinds.js', 'text/javascript; charset=utf-8'],
  '/style.css': ['style.css', 'text/css; charset=utf-8'],
};
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (req.method !== 'GET') { res.writeHead(405, HEADERS); res.end(); return; }
  let body = null, type = '';
  if (FILES[url.pathname]) {
    body = fs.readFileSync(path.join(web, FILES[url.pathname][0]));
    type = FILES[url.pathname][1];
  } else if (url.pathname === '/strings.json') {
    body = JSON.stringify({ lang, s: S }); type = 'application/json';
  } else if (url.pathname === '/words.js') {
    body = wordsJs(); type = 'text/javascript; charset=utf-8';
  } else if (url.pathname === '/mockup/9.png') {
    body = MOCKUP; type = 'image/svg+xml';
  }
  if (body === null) { res.writeHead(404, HEADERS); res.end(); return; }
  res.writeHead(200, { ...HEADERS, 'Content-Type': type });
  res.end(body);
});
const wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
server.on('upgrade', (req, socket, head) => {
  const origin = req.headers.origin;
  if (new URL(req.url, 'http://x').pathname !== '/ws' || (origin && origin !== `http://${req.headers.host}`)) {
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    return;
  }
  wss.handleUpgrade(req, socket, head, (ws) => {
    ws.on('message', (d) => onMessage(ws, d));
    ws.on('close', () => {
      const p = ws.player;
      if (p && p.ws === ws) { p.ws = null; p.away = true; out({ event: 'away', id: p.id }); }
    });
  });
});
server.listen(port, '127.0.0.1', () => {
  const a = `http://127.0.0.1:${server.address().port}`;
  out({ event: 'listening', port: server.address().port, code, urls: [a], address: a });
});
