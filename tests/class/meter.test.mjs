// meter.test.mjs — the page's password meter (web/class/meter.js) gives the engine's level,
// and the same bits, for a corpus of passwords of every pattern the estimator knows.
// The engine's side is tests/class/meter_levels (built by tests/CMakeLists.txt): its path in
// METER_LEVELS, or build-dev's. Run: node --test tests/class/meter.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { makeMeter } from '../../web/class/meter.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const tool = process.env.METER_LEVELS || path.join(here, '../../build-dev/tests/class_meter_levels');

// A seeded generator, the seed printed (METER_SEED replays a run).
const seed = Number(process.env.METER_SEED || Date.now() % 100000);
console.log(`meter corpus seed ${seed} (METER_SEED=${seed} replays it)`);
let state = seed >>> 0 || 1;
const rand = (n) => {
  state ^= state << 13; state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5; state >>>= 0;
  return state % n;
};
const pick = (a) => a[rand(a.length)];

function corpus(lists) {
  const out = new Set();
  const add = (p) => { if (!p.includes('\n')) out.add(p); };
  const leet = { a: '4', e: '3', i: '1', o: '0', s: '$', t: '7' };
  const toLeet = (w) => [...w].map((c) => (leet[c] && rand(2) ? leet[c] : c)).join('');
  const cap = (w) => w[0].toUpperCase() + w.slice(1);
  // common passwords as they are, capitalised, with a digit or a year after
  for (const c of lists.common.slice(0, 40)) add(c);
  for (let i = 0; i < 30; i++) add(cap(pick(lists.common)) + rand(100));
  for (let i = 0; i < 30; i++) add(toLeet(pick(lists.words)) + (1950 + rand(90)));
  for (let i = 0; i < 30; i++) add(cap(toLeet(pick(lists.words))) + pick(['!', '?', '.', '#', '']));
  // several words, with separators or none
  for (let i = 0; i < 30; i++) {
    add([pick(lists.words), pick(lists.words), pick(lists.words)].join(pick([' ', '-', '_', '.', ''])));
  }
  // keyboard walks, sequences, repeats, years
  for (const w of ['azerty', 'qsdfgh', 'wxcvbn', 'qwerty', 'asdfgh', 'zxcvbn', '123456',
    'poiuytreza', 'mlkjhgf', '0987654', 'ytreza', 'AZERTY123', 'Qwerty!23']) add(w);
  for (let i = 0; i < 20; i++) add(pick(['azertyuiop', 'qsdfghjklm', 'qwertyuiop']).slice(rand(4), 5 + rand(5)) + rand(1000));
  for (const w of ['abcd', 'abcdef', 'zyxw', '1234', '13579', 'aceg', '9876543', 'abcabc',
    'aaaa', 'aaaaaaaaaaaa', 'xyxyxyxy', '11111111', 'abab', 'hellohello', 'MotMotMot']) add(w);
  for (let i = 0; i < 20; i++) add(String(1890 + rand(160)) + String(1890 + rand(160)));
  for (let i = 0; i < 10; i++) add('x' + String.fromCharCode(97 + rand(20)).repeat(3 + rand(8)) + 'y');
  // long random strings of every class
  const sets = ['abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '0123456789',
    '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~ '];
  for (let i = 0; i < 60; i++) {
    let p = '';
    const n = 4 + rand(30);
    const classes = 1 + rand(4);
    for (let k = 0; k < n; k++) p += pick(sets[rand(classes)]);
    add(p);
  }
  // Unicode: accents, other scripts, emoji, mixed
  for (const w of ['éléphant', 'Mot-de-passe-été', 'ça va bien', 'ÉCOLE2024', 'naïveté!',
    'пароль123', 'パスワード', '密码密码密码', '🔒🔑🔒🔑', '🐱chat🐱', 'Ünïcødé∑', 'Ω≈ç√∫',
    'çççç', 'àbcd', 'ÿz{|', '\u007f\u0080x', 'é1è2à3ù4', 'ß' + 'ss'.repeat(5)]) add(w);
  for (let i = 0; i < 20; i++) add(pick(lists.words) + pick(['é', 'ü', '€', '😀', 'ñ']) + rand(100));
  // very long (past the estimator's 128 bytes), empty, one character
  add('a'.repeat(200));
  add('correct horse battery staple '.repeat(6));
  add('é'.repeat(70));
  add('');
  add('a');
  add('Z');
  add('!');
  return [...out];
}

test('the page\'s meter gives the engine\'s level and bits on a corpus', (t) => {
  if (!existsSync(tool)) {
    t.skip(`no ${tool}: build class_meter_levels or set METER_LEVELS`);
    return;
  }
  const lists = JSON.parse(execFileSync(tool, ['--lists'], { encoding: 'utf8' }));
  assert.ok(lists.common.length > 50 && lists.words.length > 50, 'the engine\'s lists came');
  const pws = corpus(lists);
  assert.ok(pws.length >= 300, `a corpus of ${pws.length} passwords, at least 300`);
  const out = execFileSync(tool, [], { input: pws.join('\n') + '\n', encoding: 'utf8' })
    .trimEnd().split('\n');
  assert.equal(out.length, pws.length);
  const meter = makeMeter(lists.common, lists.words);
  const levels = [0, 0, 0, 0, 0];
  const bad = [];
  pws.forEach((pw, i) => {
    const [lvl, bits] = out[i].split(' ').map(Number);
    const r = meter(pw);
    levels[lvl]++;
    if (r.level !== lvl || Math.abs(r.bits - bits) > 1e-6) {
      bad.push(`${JSON.stringify(pw)}: engine ${lvl} (${bits}), page ${r.level} (${r.bits.toFixed(9)})`);
    }
  });
  console.log(`${pws.length} passwords; levels 0..4: ${levels.join(' ')}`);
  assert.deepEqual(bad, [], bad.join('\n'));
  // Every level occurs, so that the corpus tests the thresholds, not one side of them.
  assert.ok(levels.every((n) => n > 0), `every level occurs: ${levels}`);
});

test('the meter reports what it found, as the engine\'s feedback does', () => {
  const meter = makeMeter(['azerty', 'soleil'], ['maison', 'cheval']);
  assert.equal(meter('azerty').findings[0].kind, 'common');
  assert.equal(meter('azerty').level, 0);
  const r = meter('Ch3v4l1990');
  assert.deepEqual(r.findings.map((f) => f.kind), ['word', 'year']);
  assert.equal(r.findings[0].text, 'Ch3v4l');
  assert.ok(meter('correct horse battery staple').level >= 2);
});
