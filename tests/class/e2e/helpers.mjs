// helpers.mjs — what the live classroom's browser tests share: the catalogue's texts, the
// phones (Chromium contexts in a mobile profile, watching for page errors, dialogs and the frames
// they send), screenshots into the build folder, joining and waiting for a question.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { texts } from '../lib/catalogue.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../../..');
export const LEVEL = path.join(root, 'tests/class/levels/all-kinds.lua');
export const SHOTS = process.env.SHOTS || path.join(root, 'build-dev/class-shots');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const STEP_MS = 60000; // a wait that only a hang can reach

// The catalogue's class.* texts, to know what the page must say.
export function catalogue(lang) {
  return texts(root, lang);
}

// Debian's Chromium through playwright-core; null (and the test skipped, saying why) without them.
export async function launch(t) {
  if (!fs.existsSync(CHROMIUM)) {
    t.skip(`no ${CHROMIUM}`);
    return null;
  }
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    t.skip('no playwright-core: npm ci in tests/class');
    return null;
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export async function phone(browser, name, size, failures) {
  const ctx = await browser.newContext({
    viewport: size, isMobile: true, hasTouch: true, deviceScaleFactor: 1,
    userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130 Mobile Safari/537.36',
  });
  const page = await ctx.newPage();
  page.sent = []; // every frame the page sent: the password must be in none
  page.on('websocket', (ws) => ws.on('framesent', (f) => page.sent.push(String(f.payload))));
  page.on('pageerror', (e) => failures.push(`${name}: page error: ${e.message}`));
  page.on('dialog', (d) => { failures.push(`${name}: a dialog opened: ${d.message()}`); d.dismiss(); });
  page.on('console', (m) => {
    if (m.type() === 'error' && !/WebSocket|ERR_CONNECTION|Failed to load resource/.test(m.text())) {
      failures.push(`${name}: console error: ${m.text()}`);
    }
  });
  page.label = name;
  page.size = `${size.width}x${size.height}`;
  return page;
}

export async function shot(page, lang, what) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `phone-${lang}-${page.size}-${what}.png`), fullPage: true });
}

export const visible = (page, id) => page.locator(`#${id}`).waitFor({ state: 'visible', timeout: STEP_MS });

export async function join(page, url, code, nick) {
  await page.fill('#code', code);
  await page.fill('#nick', nick);
  await page.click('#join-btn');
}

export async function waitQuestion(page, q, S) {
  const head = S['class.question_of'].replace('{1}', String(q)).replace(/\{2\}.*/, '');
  await page.locator('#s-question').waitFor({ state: 'visible', timeout: STEP_MS });
  await page.waitForFunction((h) => document.getElementById('q-num').textContent.startsWith(h) &&
      !document.getElementById('s-question').hidden, head, { timeout: STEP_MS });
}

// Moves the items into the wanted order with the up buttons (the keyboard's way).
