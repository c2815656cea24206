// page.e2e.test.mjs — the students' page's own behaviours, in Chromium against the mock host
// (tests/class/mock-host.mjs: the real host cannot cut a socket on demand): a pause stops the
// countdown, a dropped socket reconnects with backoff and resumes, a late student waits for the
// next question, a rename and a removal are said in words.
//   node --test tests/class/e2e/page.e2e.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { root, LEVEL, catalogue, launch, phone, shot, visible, join, waitQuestion } from './helpers.mjs';

test('the page pauses, reconnects, waits when late, and says rename and removal', { timeout: 300000 }, async (t) => {
  const S = catalogue('fr');
  const child = spawn(process.execPath, [path.join(root, 'tests/class/mock-host.mjs'), LEVEL, '--headless',
    '--port', '0', '--code', '4821', '--lang', 'fr'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = readline.createInterface({ input: child.stdout });
  const first = await new Promise((r) => lines.once('line', r));
  const url = `http://127.0.0.1:${JSON.parse(first).port}/`;
  const cmd = (c) => child.stdin.write(`${c}\n`);
  const browser = await launch(t);
  if (!browser) {
    child.kill();
    return;
  }
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
