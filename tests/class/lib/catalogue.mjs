// catalogue.mjs — the engine's class.* texts, read from scripts/catalog.lua, for the tests that
// must know what the page says: { key: { fr, vous, en } }, vous undefined where the French in
// "tu" serves both registers.
import fs from 'node:fs';
import path from 'node:path';

export function readCatalogue(root) {
  const src = fs.readFileSync(path.join(root, 'scripts/catalog.lua'), 'utf8');
  const str = '"((?:[^"\\\\]|\\\\.)*)"';
  const re = new RegExp(
    `\\["(class\\.[a-z0-9_.]+)"\\]\\s*=\\s*\\{\\s*fr\\s*=\\s*${str}\\s*,(?:\\s*vous\\s*=\\s*${str}\\s*,)?\\s*en\\s*=\\s*${str}\\s*\\}`,
    'g');
  const cat = {};
  for (const m of src.matchAll(re)) cat[m[1]] = { fr: m[2], vous: m[3], en: m[4] };
  return cat;
}

// The texts in one language, as the page gets them from a "tu" room.
export function texts(root, lang) {
  const cat = readCatalogue(root);
  return Object.fromEntries(Object.entries(cat).map(([k, v]) => [k, lang === 'en' ? v.en : v.fr]));
}
