// e2e.test.mjs — the live classroom end to end: the real `vigie host --headless --auto` and three
// phones in Debian's Chromium (playwright-core, no browser download), a French room and an
// English one. The phones join (one tries a nickname written as HTML first and sees the refusal
// as text), answer one question of each kind of tests/class/levels/all-kinds.lua — by taps,
// buttons and drags —, one reloads mid-game and comes back with its score, and at the end the
// phones' podium agrees with the host's `end` line and with the results database.
// Screenshots of every screen at 360×740 and 768×1024 go to the build folder (SHOTS, or
// build-dev/class-shots).
//
//   VIGIE=build-dev/vigie node --test tests/class/e2e/e2e.test.mjs
//   node tests/class/e2e/e2e.test.mjs build-dev/vigie
//   VIGIE=mock …  runs it against tests/class/mock-host.mjs (no database check)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const LEVEL = path.join(root, 'tests/class/levels/all-kinds.lua');
const argVigie = process.argv.slice(2).find((a) => !a.startsWith('-'));
const VIGIE = process.env.VIGIE || argVigie || path.join(root, 'build-dev/vigie');
const MOCK = VIGIE === 'mock';
const SHOTS = process.env.SHOTS || path.join(root, 'build-dev/class-shots');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const STEP_MS = 30000; // a wait that only a hang can reach

// The catalogue's class.* texts, to know what the page must say.
function catalogue(lang) {
  const src = fs.readFileSync(path.join(root, 'scripts/catalog.lua'), 'utf8');
  const re = /\["(class\.[a-z0-9_.]+)"\]\s*=\s*\{\s*fr\s*=\s*"((?:[^"\\]|\\.)*)"\s*,\s*en\s*=\s*"((?:[^"\\]|\\.)*)"\s*\}/g;
  const s = {};
  for (const m of src.matchAll(re)) s[m[1]] = lang === 'en' ? m[3] : m[2];
  return s;
}

// What all-kinds.lua asks, in each language: the texts a student reads to answer.
const LEVEL_TEXT = {
  fr: {
    choiceRight: 'Sa longueur', choiceWrong: 'Un chiffre à la fin',
    multiRight: ['La double authentification', 'Un gestionnaire de mots de passe'],
    multiWrong: ['Noter ses mots de passe sous le clavier'],
    order: ['Débrancher le PC du réseau', 'Prévenir le responsable informatique', 'Restaurer depuis une sauvegarde saine'],
    sort: [['Une adresse IP', 'Personnelle'], ['La météo de Paris', 'Pas personnelle'], ['Une photo de classe', 'Personnelle']],
    input: 'signal-spam.fr',
  },
  en: {
    choiceRight: 'Its length', choiceWrong: 'A digit at the end',
    multiRight: ['Two-factor authentication', 'A password manager'],
    multiWrong: ['Passwords under the keyboard'],
    order: ['Unplug the PC from the network', 'Warn the IT manager', 'Restore from a clean backup'],
    sort: [['An IP address', 'Personal'], ['The weather in Paris', 'Not personal'], ['A class photo', 'Personal']],
    input: 'signal-spam.fr',
  },
};

// ---- the host ----

function startHost(lang, db) {
  const args = ['host', LEVEL, '--headless', '--port', '0', '--auto', '--players', '3',
    '--reveal-ms', '300', '--lang', lang, '--seed', '7'];
  const child = MOCK
    ? spawn(process.execPath, [path.join(root, 'tests/class/mock-host.mjs'), ...args.slice(1)], { stdio: ['pipe', 'pipe', 'pipe'] })
    : spawn(VIGIE, [...args, '--db', db], { stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, SDL_VIDEODRIVER: 'dummy', SDL_AUDIODRIVER: 'dummy' } });
  const events = [];
  const waiters = [];
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    let e;
    try { e = JSON.parse(line); } catch { return; }
    events.push(e);
    for (const w of [...waiters]) if (w.pred(e)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(e); }
  });
  const exited = new Promise((resolve) => child.on('exit', (code, sig) => resolve({ code, sig })));
  const host = {
    child, events, exited,
    stderr: () => stderr,
    // The first event that matches, past or to come.
    wait(pred, what, ms = STEP_MS) {
      const seen = events.find(pred);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const w = { pred, resolve };
        waiters.push(w);
        setTimeout(() => reject(new Error(`host: no ${what} within ${ms} ms; stderr: ${stderr}`)), ms).unref();
      });
    },
  };
  return host;
}

// ---- the phones ----

async function phone(browser, name, size, failures) {
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

async function shot(page, lang, what) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `phone-${lang}-${page.size}-${what}.png`), fullPage: true });
}

const visible = (page, id) => page.locator(`#${id}`).waitFor({ state: 'visible', timeout: STEP_MS });

async function join(page, url, code, nick) {
  await page.fill('#code', code);
  await page.fill('#nick', nick);
  await page.click('#join-btn');
}

async function waitQuestion(page, q, S) {
  const head = S['class.question_of'].replace('{1}', String(q)).replace(/\{2\}.*/, '');
  await page.locator('#s-question').waitFor({ state: 'visible', timeout: STEP_MS });
  await page.waitForFunction((h) => document.getElementById('q-num').textContent.startsWith(h) &&
      !document.getElementById('s-question').hidden, head, { timeout: STEP_MS });
}

// Moves the items into the wanted order with the up buttons (the keyboard's way).
async function orderByButtons(page, want) {
  for (let i = 0; i < want.length; i++) {
    for (;;) {
      const texts = await page.locator('.item .itext').allTextContents();
      const p = texts.indexOf(want[i]);
      assert.ok(p >= 0, `order: ${want[i]} is shown`);
      if (p === i) break;
      await page.locator('.item').nth(p).locator('[data-dir=up]').click();
    }
  }
}

// Moves the items into the wanted order by dragging them with a pointer.
async function orderByDrag(page, want) {
  for (let i = 0; i < want.length; i++) {
    const texts = await page.locator('.item .itext').allTextContents();
    const p = texts.indexOf(want[i]);
    if (p === i) continue;
    const from = await page.locator('.item .handle').nth(p).boundingBox();
    const to = await page.locator('.item').nth(i).boundingBox();
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, to.y + 4, { steps: 8 });
    await page.mouse.up();
  }
  assert.deepEqual(await page.locator('.item .itext').allTextContents(), want, 'dragging put the items in order');
}

async function sortByTaps(page, pairs) {
  for (const [card, bin] of pairs) {
    await page.locator('.card', { hasText: card }).tap();
    await page.locator('button.bin-title', { hasText: new RegExp(`^${bin}$`) }).tap();
  }
}

async function sortByDrag(page, pairs) {
  for (const [card, bin] of pairs) {
    const c = await page.locator('.card', { hasText: card }).boundingBox();
    const b = await page.locator('.bin', { has: page.locator('button.bin-title', { hasText: new RegExp(`^${bin}$`) }) }).boundingBox();
    await page.mouse.move(c.x + c.width / 2, c.y + c.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width / 2, b.y + b.height - 10, { steps: 8 });
    await page.mouse.up();
  }
}

// Taps the n-th part of the mock-up where it is drawn: the page maps the tap to the part.
async function tapPart(page, n) {
  const box = await page.locator('.part').nth(n).boundingBox();
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
}

// How each phone answers each kind. A: right by the keyboard's ways; B: mostly wrong; C: by
// drags, partly right.
async function answer(page, who, kind, T, S, snap) {
  const submit = () => page.locator('#q-body .submit').click();
  switch (kind) {
    case 'choice':
      await page.locator('.choice', { hasText: who === 'B' ? T.choiceWrong : T.choiceRight }).tap();
      break;
    case 'truefalse':
      await page.locator('.choice', { hasText: who === 'B' ? S['class.true'] : S['class.false'] }).click();
      break;
    case 'multi':
      for (const c of who === 'A' ? T.multiRight : who === 'B' ? T.multiWrong : T.multiRight.slice(0, 1)) {
        await page.locator('.choice', { hasText: c }).click();
      }
      if (who === 'A') {
        const on = await page.locator('.choice[aria-checked=true]').count();
        assert.equal(on, 2, 'two ticks');
      }
      await submit();
      break;
    case 'order':
      if (who === 'A') await orderByButtons(page, T.order);
      else if (who === 'C') await orderByDrag(page, T.order);
      await submit();
      break;
    case 'sort': {
      const pairs = who === 'B' ? T.sort.map(([c]) => [c, T.sort[1][1]]) : T.sort;
      assert.ok(await page.locator('#q-body .submit').isDisabled(), 'submit waits for every card');
      if (who === 'C') await sortByDrag(page, pairs);
      else await sortByTaps(page, pairs);
      await submit();
      break;
    }
    case 'input':
      await page.fill('#typed', who === 'B' ? 'je ne sais pas' : T.input);
      await page.press('#typed', 'Enter');
      break;
    case 'estimate':
      // 167 of 1000 on a log scale from 0.001 to 1e9 is 0.1 s
      if (who !== 'B') await page.locator('#slider').fill(who === 'A' ? '167' : '400');
      await submit();
      break;
    case 'password': {
      const pw = who === 'B' ? 'azerty' : 'Cheval agrafe 7 pluie-Orange!';
      await page.fill('#pw', pw);
      const line = await page.locator('.pw-line').textContent();
      assert.ok(line.length > 0, 'the meter says a level');
      if (who === 'B') assert.ok(line.startsWith(S['class.pw.level0']), `azerty is ${S['class.pw.level0']}: ${line}`);
      page.password = pw;
      if (snap) await snap('typed');
      await submit();
      break;
    }
    case 'hotspot':
      await page.locator('.mockup img').waitFor({ state: 'visible' });
      await page.waitForFunction(() => document.querySelector('.mockup img').complete);
      if (who === 'A') { await tapPart(page, 0); await tapPart(page, 1); if (snap) await snap('marked'); }
      else if (who === 'C') { await tapPart(page, 0); await tapPart(page, 2); await tapPart(page, 2); }
      else await tapPart(page, 2);
      assert.equal(await page.locator('.part.on').count(), who === 'A' ? 2 : 1, 'the taps marked the parts');
      await submit();
      break;
    default:
      throw new Error(`no way to answer ${kind}`);
  }
}

// The podium as a phone shows it.
async function podiumOf(page) {
  return page.locator('#p-top li').evaluateAll((lis) => lis.map((li) => ({
    nick: li.querySelector('.pnick').textContent,
    score: Number(li.querySelector('.pscore').textContent.replace(/[^0-9]/g, '')),
    html: li.querySelector('.pnick').innerHTML,
  })));
}

async function room(browser, lang) {
  const S = catalogue(lang);
  const T = LEVEL_TEXT[lang];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-e2e-'));
  const db = path.join(tmp, 'class.db');
  const host = startHost(lang, db);
  const failures = [];
  const phones = [];
  try {
    const listening = await host.wait((e) => e.event === 'listening', 'listening line');
    assert.match(String(listening.code), /^[0-9]{4}$/);
    assert.ok(listening.port > 0);
    const url = `http://127.0.0.1:${listening.port}/`;
    const code = String(listening.code);

    const A = await phone(browser, 'A', { width: 360, height: 740 }, failures);
    const B = await phone(browser, 'B', { width: 768, height: 1024 }, failures);
    const C = await phone(browser, 'C', { width: 360, height: 740 }, failures);
    phones.push(A, B, C);
    for (const p of phones) {
      await p.goto(url);
      await visible(p, 's-join');
      assert.equal(await p.evaluate(() => document.documentElement.lang), lang, 'the room\'s language');
    }
    await shot(A, lang, 'join');
    await shot(B, lang, 'join');

    // C: a wrong code, then a nickname written as HTML: refused, and said as text.
    const wrongCode = code === '0000' ? '1111' : '0000';
    await join(C, url, wrongCode, 'Zoé');
    await C.locator('#code-err').filter({ hasText: S['class.err.bad_code'] }).waitFor({ timeout: STEP_MS });
    const evil = '<img src=x onerror=alert(1)>';
    await join(C, url, code, evil);
    await C.locator('#nick-err').filter({ hasText: S['class.err.nick_invalid'] }).waitFor({ timeout: STEP_MS });
    assert.equal(await C.locator('img[src=x]').count(), 0, 'no element made from the nickname');
    await shot(C, lang, 'join-refused');
    const nickC = 'Zoé “l’as” ‹b›';
    await join(C, url, code, nickC);
    await join(A, url, code, 'Lina');
    await join(B, url, code, 'Tom');
    for (const p of phones) {
      await p.locator('#wait-title').filter({ hasText: S['class.lobby'] }).waitFor({ timeout: STEP_MS });
    }
    assert.equal(await C.locator('#me-nick').textContent(), nickC, 'the nickname shown as typed, as text');
    await shot(A, lang, 'lobby');
    await shot(B, lang, 'lobby');
    const joins = host.events.filter((e) => e.event === 'join');
    assert.equal(joins.length, 3);
    const idOf = Object.fromEntries(joins.map((e) => [e.nick, e.id]));

    // The questions, one of each kind, as the host opens them.
    let q = 0;
    for (;;) {
      q++;
      const ev = await host.wait((e) => (e.event === 'question' || e.event === 'skipped') && e.q === q ||
        e.event === 'end', `question ${q}`);
      if (ev.event === 'end') break;
      if (ev.event === 'skipped') continue; // the mini-game: no device plays it
      const kind = ev.kind;
      for (const p of phones) await waitQuestion(p, q, S);
      await shot(A, lang, `q${q}-${kind}`);
      await shot(B, lang, `q${q}-${kind}`);
      if (q === 4) {
        // B's phone reloads in the middle of the game: back with its score and nickname.
        const before = await B.locator('#me-score').textContent();
        const token = await B.evaluate(() => sessionStorage.getItem('vigie.token'));
        assert.match(token, /^[0-9a-f]{32}$/);
        await B.reload();
        await waitQuestion(B, q, S);
        assert.equal(await B.locator('#me-score').textContent(), before, 'the score came back');
        assert.equal(await B.locator('#me-nick').textContent(), 'Tom');
        await host.wait((e) => e.event === 'back' && e.id === idOf.Tom, 'B back');
      }
      await answer(A, 'A', kind, T, S, (what) => shot(A, lang, `q${q}-${kind}-${what}`));
      await A.locator('#wait-title').filter({ hasText: S['class.sent'] }).waitFor({ timeout: STEP_MS });
      await shot(A, lang, `q${q}-${kind}-sent`);
      await answer(B, 'B', kind, T, S, (what) => shot(B, lang, `q${q}-${kind}-${what}`));
      await answer(C, 'C', kind, T, S);
      await host.wait((e) => e.event === 'reveal' && e.q === q, `reveal ${q}`);
      const r = await host.wait((e) => e.event === 'reveal' && e.q === q, 'reveal');
      assert.equal(r.none, 0, `question ${q}: every phone's answer was taken`);
      // The reveal lasts --reveal-ms: catch it if we can, for the screenshot and its symbol.
      try {
        await A.locator('#s-reveal').waitFor({ state: 'visible', timeout: 2000 });
        await shot(A, lang, `q${q}-${kind}-reveal`);
      } catch { /* already on the podium */ }
    }

    // The end: each phone's podium is the host's.
    const end = await host.wait((e) => e.event === 'end', 'end');
    for (const p of phones) {
      await p.locator('#p-title').filter({ hasText: S['class.end'] }).waitFor({ timeout: STEP_MS });
      const top = await podiumOf(p);
      assert.deepEqual(top.map(({ nick, score }) => ({ nick, score })), end.top.map(({ nick, score }) => ({ nick, score })),
        `${p.label}'s podium is the host's`);
      const mine = top.find((t) => t.nick === nickC);
      assert.ok(mine && !mine.html.includes('<'), 'the HTML-looking nickname is text on the podium');
      assert.ok((await p.locator('#p-me').textContent()).length > 0, 'the phone says its rank');
    }
    await shot(A, lang, 'end');
    await shot(B, lang, 'end');
    assert.equal(end.players, 3);

    // The password never left the phones: only its strength.
    for (const p of phones) {
      if (!p.password) continue;
      assert.ok(!p.sent.some((f) => f.includes(p.password)), `${p.label}: the password was not sent`);
      assert.ok(p.sent.some((f) => /"strength":[0-4]/.test(f)), `${p.label}: its strength was`);
    }

    const exit = await Promise.race([host.exited, new Promise((r) => setTimeout(() => r(null), STEP_MS))]);
    assert.ok(exit, 'the host exits after the end');
    assert.equal(exit.code, 0, `the host exits 0: ${host.stderr()}`);

    // The database kept the same scores.
    if (!MOCK) {
      const outFile = path.join(tmp, 'export.json');
      execFileSync(VIGIE, ['export', '--db', db, '--format', 'json', '--out', outFile]);
      const rows = JSON.parse(fs.readFileSync(outFile, 'utf8')).answers;
      const kept = {};
      for (const row of rows) kept[row.player] = row.run_score;
      for (const t of end.top) assert.equal(kept[t.nick], t.score, `${t.nick}'s score in the database`);
      assert.equal(Object.keys(kept).length, 3, 'one run per player');
    }
    assert.deepEqual(failures, []);
  } finally {
    for (const p of phones) await p.context().close().catch(() => {});
    if (host.child.exitCode === null) host.child.kill();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

test('three phones play a French room and an English room end to end', { timeout: 600000 }, async (t) => {
  if (!fs.existsSync(CHROMIUM)) { t.skip(`no ${CHROMIUM}`); return; }
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    t.skip('no playwright-core: npm ci in tests/class');
    return;
  }
  if (!MOCK && !fs.existsSync(VIGIE)) { t.skip(`no ${VIGIE}: build vigie or set VIGIE`); return; }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    await room(browser, 'fr');
    await room(browser, 'en');
  } finally {
    await browser.close();
  }
  console.log(`screenshots in ${SHOTS}`);
});

// The page's own behaviours, against the mock (the real host cannot cut a socket on demand):
// a pause stops the countdown, a dropped socket reconnects with backoff and resumes, a late
// student waits for the next question, a rename and a removal are said in words.
test('the page pauses, reconnects, waits when late, and says rename and removal', { timeout: 300000 }, async (t) => {
  if (!fs.existsSync(CHROMIUM)) { t.skip(`no ${CHROMIUM}`); return; }
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    t.skip('no playwright-core: npm ci in tests/class');
    return;
  }
  const S = catalogue('fr');
  const child = spawn(process.execPath, [path.join(root, 'tests/class/mock-host.mjs'), LEVEL, '--headless',
    '--port', '0', '--code', '4821', '--lang', 'fr'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = readline.createInterface({ input: child.stdout });
  const first = await new Promise((r) => lines.once('line', r));
  const url = `http://127.0.0.1:${JSON.parse(first).port}/`;
  const cmd = (c) => child.stdin.write(`${c}\n`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const failures = [];
  try {
    const P = await phone(browser, 'P', { width: 360, height: 740 }, failures);
    await P.goto(url);
    await join(P, url, '4821', 'Lina');
    await P.locator('#wait-title').filter({ hasText: S['class.lobby'] }).waitFor();
    cmd('start');
    await waitQuestion(P, 1, S);

    // pause: the banner says so and the countdown stops
    cmd('pause');
    await P.locator('#banner').filter({ hasText: S['class.paused'] }).waitFor();
    const frozen = await P.locator('#q-clock').textContent();
    await P.waitForTimeout(1500);
    assert.equal(await P.locator('#q-clock').textContent(), frozen, 'the countdown stands still');
    await shot(P, 'fr', 'paused');
    cmd('resume');
    await P.locator('#banner').waitFor({ state: 'hidden' });

    // the network drops the phone: "reconnexion…", then the same question, the same player
    cmd('drop 1');
    await P.locator('#banner').filter({ hasText: S['class.reconnecting'] }).waitFor();
    await shot(P, 'fr', 'reconnecting');
    await P.locator('#banner').waitFor({ state: 'hidden' });
    await waitQuestion(P, 1, S);
    assert.equal(await P.locator('#me-nick').textContent(), 'Lina');

    // a student who joins during a question waits for the next one
    const L = await phone(browser, 'L', { width: 360, height: 740 }, failures);
    await L.goto(url);
    await join(L, url, '4821', 'Tardif');
    await L.locator('#wait-title').filter({ hasText: S['class.late_join'] }).waitFor();
    await shot(L, 'fr', 'late-join');

    // the teacher renames, then removes
    cmd('rename 1 Lina B');
    await P.locator('#me-nick').filter({ hasText: /^Lina B$/ }).waitFor();
    await P.locator('#banner').filter({ hasText: S['class.renamed'].replace('{1}', 'Lina B') }).waitFor();
    cmd('remove 1');
    await P.locator('#wait-title').filter({ hasText: S['class.removed'] }).waitFor();
    await shot(P, 'fr', 'removed');
    assert.equal(await P.evaluate(() => sessionStorage.getItem('vigie.token')), null, 'the token is forgotten');
    await P.waitForTimeout(1500);
    assert.equal(await P.locator('#banner').isHidden(), true, 'no reconnection after a removal');
    await P.reload();
    await visible(P, 's-join');
    assert.deepEqual(failures, []);
  } finally {
    await browser.close();
    child.kill();
  }
});
