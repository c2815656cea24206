// meter.js — the password meter of the students' page: a port of the engine's estimator
// (engine/game/game_password.c), so that a phone gives the level the game would give. The
// password never leaves the device: only the level (0…4) is sent.
// It works on the password's UTF-8 bytes with C's "C" locale classes, as the engine does;
// tests/class/meter.test.mjs compares both on a corpus. No I/O: the word lists come in.

export const FINDINGS = [
  'none', 'common', 'common_part', 'word', 'walk', 'year', 'sequence', 'repeat',
  'short', 'one_class', 'long',
];
const MAX_PW = 128;
const MAX_FINDINGS = 8;

// Keyboard rows, AZERTY and QWERTY, both directions are tried.
const ROWS = ['azertyuiop', 'qsdfghjklm', 'wxcvbn', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm',
  '1234567890'].map((r) => Array.from(r, (c) => c.charCodeAt(0)));

const isLower = (c) => c >= 97 && c <= 122;
const isUpper = (c) => c >= 65 && c <= 90;
const isDigit = (c) => c >= 48 && c <= 57;
const isAlpha = (c) => isLower(c) || isUpper(c);
const isAlnum = (c) => isAlpha(c) || isDigit(c);
const lower = (c) => (isUpper(c) ? c + 32 : c);
// C's char is signed here: the byte's value as the engine subtracts it (in valid UTF-8 no step
// of 1 or 2 crosses 127/128, so this is fidelity, not a case the corpus can reach).
const signed = (c) => (c >= 128 ? c - 256 : c);

const LEET = new Map([['4', 'a'], ['@', 'a'], ['3', 'e'], ['1', 'i'], ['!', 'i'], ['0', 'o'],
  ['5', 's'], ['$', 's'], ['7', 't']].map(([a, b]) => [a.charCodeAt(0), b.charCodeAt(0)]));
// Lower-case, and the usual substitutions undone: p4ssw0rd → password.
const unleet = (c) => LEET.get(c) ?? lower(c);

const toBytes = (list) => list.map((w) => Array.from(new TextEncoder().encode(w)));

// Length of the longest word of the list found at s[at] (after unleet), at least 4.
function wordAt(s, at, avail, list, exactOnly) {
  let best = 0;
  for (const w of list) {
    const wl = w.length;
    if (wl < 4 || wl > avail || wl <= best) continue;
    if (exactOnly && wl !== avail) continue;
    let k = 0;
    while (k < wl && (lower(s[at + k]) === w[k] || unleet(s[at + k]) === w[k])) k++;
    if (k === wl) best = wl;
  }
  return best;
}

function walkAt(s, at, avail) {
  let best = 0;
  for (const row of ROWS) {
    for (let start = 0; start < row.length; start++) {
      for (const dir of [-1, 1]) {
        let k = 0;
        let p = start;
        while (k < avail && p >= 0 && p < row.length && lower(s[at + k]) === row[p]) {
          k++;
          p += dir;
        }
        if (k > best) best = k;
      }
    }
  }
  return best >= 4 ? best : 0;
}

// abcd, 4321, aceg: a constant step between characters.
function sequenceAt(s, at, avail) {
  if (avail < 3) return 0;
  const step = signed(s[at + 1]) - signed(s[at]);
  if (step === 0 || step > 2 || step < -2) return 0;
  let k = 2;
  while (k < avail && signed(s[at + k]) - signed(s[at + k - 1]) === step) k++;
  return k >= 3 ? k : 0;
}

// aaaa, or a block said again: abcabc. Returns [length, unit].
function repeatAt(s, at, avail) {
  for (let u = 1; u <= Math.floor(avail / 2) && u <= 8; u++) {
    let k = u;
    while (k < avail && s[at + k] === s[at + k - u]) k++;
    const reps = Math.floor(k / u);
    if (reps >= 2 && k >= 3) return [reps * u, u];
  }
  return [0, 0];
}

function yearAt(s, at, avail) {
  if (avail < 4) return 0;
  for (let i = 0; i < 4; i++) if (!isDigit(s[at + i])) return 0;
  const y = (s[at] - 48) * 1000 + (s[at + 1] - 48) * 100 + (s[at + 2] - 48) * 10 + (s[at + 3] - 48);
  return y >= 1900 && y <= 2039 ? 4 : 0;
}

function poolOf(c) {
  if (isLower(c) || isUpper(c)) return 26;
  if (isDigit(c)) return 10;
  if (c >= 0x80) return 100; // accented letters and the rest of Unicode
  return 33;
}

const SEPARATORS = new Set([' ', '-', '_', '.'].map((c) => c.charCodeAt(0)));

// Makes a meter from the lists of common passwords and of words (lower-case ASCII, as
// /words.js exports them).
export function makeMeter(common, words) {
  const C = toBytes(common);
  const W = toBytes(words);
  const nC = common.length;
  const nW = words.length;
  const decoder = new TextDecoder();

  // The report: { length, classes, bits, level (0…4), crackSeconds, findings: [{kind, text}] }.
  return function check(password) {
    let s = Array.from(new TextEncoder().encode(String(password)));
    if (s.length > MAX_PW) s = s.slice(0, MAX_PW);
    const len = s.length;
    const r = { length: 0, classes: 0, bits: 0, level: 0, crackSeconds: 0, findings: [] };
    const add = (kind, at, n) => {
      if (r.findings.length >= MAX_FINDINGS) return;
      r.findings.push({ kind, text: decoder.decode(new Uint8Array(s.slice(at, at + Math.min(n, 39)))) });
    };
    for (const c of s) if ((c & 0xc0) !== 0x80) r.length++;
    let lo = false, up = false, dg = false, sy = false;
    for (const c of s) {
      lo ||= isLower(c);
      up ||= isUpper(c);
      dg ||= isDigit(c);
      sy ||= !isAlnum(c);
    }
    r.classes = lo + up + dg + sy;

    let log2g = 0; // log2 of the guesses
    if (len && wordAt(s, 0, len, C, true) === len) {
      // The whole password is on the list attackers try first.
      add('common', 0, len);
      log2g = Math.log2(nC + 1);
    } else {
      let i = 0;
      let brutePool = 0;
      let bruteLen = 0;
      const flush = () => {
        if (bruteLen) log2g += bruteLen * Math.log2(brutePool);
        bruteLen = 0;
        brutePool = 0;
      };
      while (i < len) {
        const avail = len - i;
        let n, unit = 0, g = 0, kind = null;
        if ((n = wordAt(s, i, avail, C, false)) >= 4) {
          kind = 'common_part'; g = Math.log2(nC) + 1;
        } else if ((n = wordAt(s, i, avail, W, false)) >= 4) {
          kind = 'word'; g = Math.log2(nW) + 1;
        } else if ((n = walkAt(s, i, avail)) >= 4) {
          kind = 'walk'; g = Math.log2(200) + Math.log2(n);
        } else if ((n = yearAt(s, i, avail)) === 4) {
          kind = 'year'; g = Math.log2(140);
        } else if ((n = sequenceAt(s, i, avail)) >= 3) {
          kind = 'sequence'; g = Math.log2(100) + Math.log2(n);
        } else if (([n, unit] = repeatAt(s, i, avail))[0] >= 3) {
          kind = 'repeat';
          g = unit * Math.log2(poolOf(s[i])) + Math.log2(Math.floor(n / unit));
        }
        if (kind) {
          flush();
          add(kind, i, n);
          log2g += g;
          i += n;
          continue;
        }
        // A run of letters is likely a word from a big dictionary, even one we do not
        // list: it costs the smaller of that and its letters one by one.
        if (isAlpha(s[i])) {
          let run = 0, hasUp = false, hasLow = false;
          while (run < avail && isAlpha(s[i + run])) {
            hasUp ||= isUpper(s[i + run]);
            hasLow ||= isLower(s[i + run]);
            run++;
          }
          if (run >= 2) {
            flush();
            const letters = run * Math.log2(hasUp && hasLow ? 52 : 26);
            // short words (le, de, mon) come from a far shorter list
            const word = Math.log2(run >= 4 ? 100000 : 2000) + (hasUp && hasLow ? 1 : 0);
            log2g += letters < word ? letters : word;
            i += run;
            continue;
          }
        }
        // A separator between words: one of a few.
        if (SEPARATORS.has(s[i]) && i > 0) {
          flush();
          log2g += 3;
          i++;
          continue;
        }
        // A plain character: the attacker tries the set of its kind.
        const p = poolOf(s[i]);
        brutePool = Math.max(brutePool, p, 26);
        bruteLen++;
        i++;
        while (i < len && (s[i] & 0xc0) === 0x80) i++; // one UTF-8 character
      }
      flush();
      if (r.findings.length > 1) log2g += Math.log2(r.findings.length); // how the pieces are joined
    }
    if (r.length < 8) add('short', 0, 0);
    if (r.classes <= 1 && r.length > 0 && r.length < 16) add('one_class', 0, 0);
    if (r.length >= 16 && r.findings.length === 0) add('long', 0, 0);
    r.bits = log2g;
    r.level = log2g < 28 ? 0 : log2g < 36 ? 1 : log2g < 60 ? 2 : log2g < 80 ? 3 : 4;
    // Offline attack on a fast hash: ten billion guesses a second, half the space on average.
    r.crackSeconds = 2 ** log2g / 2 / 1e10;
    return r;
  };
}
