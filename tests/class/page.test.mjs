// page.test.mjs — what can be checked of the students' page without a browser: every catalogue
// key it shows exists in French and English with the same placeholders, every error code of the
// protocol has its message, and nothing in it would break the CSP or turn a text into HTML.
// Run: node --test tests/class/page.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCatalogue } from './lib/catalogue.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (p) => fs.readFileSync(path.join(root, p), 'utf8');
const web = ['index.html', 'app.js', 'kinds.js', 'meter.js', 'style.css'].map((f) => [f, read(`web/class/${f}`)]);

function catalogue() {
  return readCatalogue(root);
}
const cat = catalogue();

// The error codes the protocol names (docs/classroom-protocol.md, the `error` row).
function protocolErrors() {
  const row = read('docs/classroom-protocol.md').split('\n').find((l) => l.startsWith('| `error` |'));
  assert.ok(row, 'the protocol documents `error`');
  return [...row.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]).filter((c) => !['error', 'code', 'msg'].includes(c));
}

test('every key the page uses is in the catalogue, in French and English', () => {
  const used = new Set();
  for (const [, src] of web) for (const m of src.matchAll(/['"`](class\.[a-z0-9_.]+[a-z0-9])['"`]/g)) used.add(m[1]);
  for (const m of read('web/class/index.html').matchAll(/data-k="([^"]+)"/g)) used.add(m[1]);
  // keys the page builds from a value
  for (let i = 0; i <= 4; i++) used.add(`class.pw.level${i}`);
  for (let i = 1; i <= 10; i++) used.add(`class.pw.f${i}`);
  for (const k of ['one', 'two', 'few', 'other']) used.add(`class.ord.${k}`);
  for (const k of ['right', 'partly', 'wrong', 'none']) used.add(`class.${k}`);
  for (const k of ['years', 'days', 'hours', 'minutes', 'seconds']) used.add(`class.pw.${k}`);
  assert.ok(used.size > 60, `found ${used.size} keys: is the scan broken?`);
  for (const k of used) {
    assert.ok(cat[k], `${k} is missing from scripts/catalog.lua`);
    assert.ok(cat[k].fr && cat[k].en, `${k}: fr and en`);
  }
});

test('every error code of the protocol has its message', () => {
  const codes = protocolErrors();
  assert.ok(codes.length >= 16, `the protocol's codes: ${codes}`);
  for (const c of codes) assert.ok(cat[`class.err.${c}`], `class.err.${c} is missing`);
});

test('French (tu and vous) and English have the same placeholders', () => {
  for (const [k, { fr, vous, en }] of Object.entries(cat)) {
    const ph = (s) => [...s.matchAll(/\{\d\}/g)].map((m) => m[0]).sort().join();
    assert.equal(ph(fr), ph(en), k);
    if (vous !== undefined) assert.equal(ph(vous), ph(en), `${k} (vous)`);
  }
});

test('the page has no inline script, style or handler for the CSP to block', () => {
  const html = read('web/class/index.html');
  assert.doesNotMatch(html, /\sstyle\s*=/i, 'a style attribute');
  assert.doesNotMatch(html, /<style/i, 'a <style> element');
  assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'an inline event handler');
  for (const m of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gi)) {
    assert.match(m[1], /\ssrc="\/[a-z]+\.js"/, 'a script from the page\'s own files');
    assert.equal(m[2].trim(), '', 'no inline script');
  }
  for (const [f, src] of web) {
    assert.doesNotMatch(src, /https?:\/\/(?!www\.w3\.org)/, `${f} fetches nothing from outside`);
  }
});

test('no text from the server can become HTML', () => {
  for (const [f, src] of web.filter(([f]) => f.endsWith('.js'))) {
    for (const bad of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'eval(', 'new Function']) {
      assert.ok(!src.includes(bad), `${f} uses ${bad}`);
    }
  }
});

test('a typed answer is cut to the bytes the engine keeps, never inside a character', async () => {
  const { clipBytes } = await import('../../web/class/kinds.js');
  assert.equal(clipBytes('abc', 127), 'abc');
  assert.equal(clipBytes('é'.repeat(100), 127), 'é'.repeat(63)); // 126 bytes: a 64th would pass 127
  assert.equal(clipBytes('😀'.repeat(40), 127), '😀'.repeat(31));
  assert.ok(new TextEncoder().encode(clipBytes('x€'.repeat(80), 127)).length <= 127);
});
