// protocol.test.mjs — the live classroom's protocol (docs/classroom-protocol.md) on a real
// socket: `vigie host tests/class/levels/protocol.lua --headless --port 0` is started for each
// group below and driven through its stdin as a teacher would; `ws` clients play the phones.
// Run: VIGIE_BIN=build/vigie node --test tests/class/protocol.test.mjs (ctest: class_protocol).
//
// No verdict depends on the machine's speed: every wait is for a message or an event (bounded
// only to turn a hang into a failure), and a message that must NOT come is given a short while
// to come, which can only make a slow machine pass a test, never fail one.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join as pathJoin } from 'node:path';

import { PROTOCOL_LEVEL, VIGIE, startHost } from './lib/host.mjs';
import { connect, freshAddress, httpGet, httpStatus, join, settle } from './lib/client.mjs';
import { KINDS, anyAnswer, deviceAnswer, runAnswer } from './lib/answers.mjs';

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

// Moves the room on with `next` until question number q is open (through reveal and podium).
async function gotoQuestion(host, q) {
  for (let tries = 0; tries < 4; tries++) {
    const since = host.events.length;
    host.cmd('next');
    const ev = await host.waitEvent((e) => ['question', 'reveal', 'podium', 'skipped', 'end'].includes(e.event), {
      since,
    });
    if (ev.event === 'question' && ev.q === q) return ev;
    if (ev.event === 'end') break;
  }
  throw new Error(`question ${q} never opened: ${JSON.stringify(host.events.slice(-6))}`);
}

// Closes the open question with `next`: resolves with the host's reveal event.
async function closeQuestion(host, q) {
  const since = host.events.length;
  host.cmd('next');
  return host.waitEvent((e) => e.event === 'reveal' && e.q === q, { since });
}

// Quits the host (`quit` on stdin) and checks that it ended well: exit status 0 (under ASan,
// also no leak).
async function stopped(host) {
  const { code, signal } = await host.stop();
  assert.equal(signal, null, `vigie host was killed (${signal}): it did not quit\n${host.stderr.slice(-2000)}`);
  assert.equal(code, 0, `vigie host quit with ${code}\n${host.stderr.slice(-2000)}`);
}

// The server took the answer to question q.
function assertAck(r, q, what = '') {
  assert.equal(r.t, 'ack', `${what} ${JSON.stringify(r)}`);
  assert.equal(r.q, q);
}

// Every key of a JSON value, at any depth.
function keysOf(v, out = new Set()) {
  if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      if (!Array.isArray(v)) out.add(k);
      keysOf(x, out);
    }
  }
  return out;
}

/* ---------------------------------------------------------------- joining and the room */

describe('joining the room', () => {
  let host;
  before(async () => {
    host = await startHost(PROTOCOL_LEVEL, ['--lang', 'fr']);
  });
  after(() => stopped(host));

  it('prints the port, a 4-digit code and the addresses on its first line', () => {
    assert.ok(host.port > 0 && host.port < 65536);
    assert.match(host.code, /^[0-9]{4}$/);
    assert.ok(Array.isArray(host.urls) && host.urls.length >= 1);
    assert.equal(host.address, `http://127.0.0.1:${host.port}`, 'bound to 127.0.0.1: that is the address');
  });

  it('a player who joins is welcomed with a 128-bit token, and the room hears of them', async () => {
    const since = host.events.length;
    const c = await connect(host);
    const w = await c.request({ t: 'join', v: 1, code: host.code, nick: 'Lina' });
    assert.equal(w.t, 'welcome', JSON.stringify(w));
    assert.equal(w.v, 1);
    assert.match(w.token, /^[0-9a-f]{32}$/);
    assert.equal(w.nick, 'Lina');
    assert.equal(w.score, 0);
    assert.equal(w.streak, 0);
    assert.equal(w.lang, 'fr');
    assert.equal(w.phase, 'lobby');
    assert.equal(w.title, 'Classe : le protocole');
    const ev = await host.waitEvent('join', { since });
    assert.equal(ev.nick, 'Lina');
    assert.ok(ev.id >= 1);
    const lobby = await c.expect('lobby');
    assert.ok(lobby.players >= 1);
    // another player gets another token
    const d = await join(host, 'Noa');
    assert.notEqual(d.token, w.token);
    assert.notEqual(d.id, ev.id);
    await c.close();
    await d.close();
  });

  it('a wrong room code is refused, and the same connection may try again', async () => {
    const c = await connect(host);
    const wrong = String((Number(host.code) + 1) % 10000).padStart(4, '0');
    for (const code of [wrong, '', 'abcd', null, host.code + '0', ` ${host.code}`]) {
      const r = await c.request({ t: 'join', v: 1, code, nick: 'Sami' });
      assert.equal(r.t, 'error', `code ${JSON.stringify(code)}: ${JSON.stringify(r)}`);
      assert.ok(['bad_code', 'bad_message'].includes(r.code), JSON.stringify(r));
      assert.equal(typeof r.msg, 'string');
    }
    const r = await c.request({ t: 'join', v: 1, code: wrong, nick: 'Sami' });
    assert.equal(r.code, 'bad_code');
    const w = await c.request({ t: 'join', v: 1, code: host.code, nick: 'Sami' });
    assert.equal(w.t, 'welcome');
    await c.close();
  });

  it('another protocol version is refused with "version"', async () => {
    const c = await connect(host);
    for (const v of [2, 0, '1', undefined]) {
      const r = await c.request({ t: 'join', v, code: host.code, nick: 'Yanis' });
      assert.equal(r.t, 'error', JSON.stringify(r));
      assert.ok(v === 2 || v === 0 ? r.code === 'version' : ['version', 'bad_message'].includes(r.code), JSON.stringify(r));
    }
    const r = await c.request({ t: 'resume', v: 2, token: '0'.repeat(32) });
    assert.equal(r.code, 'version');
    await c.close();
  });

  it('a nickname already in the room is refused, whatever its case or spaces', async () => {
    const a = await join(host, 'Camille');
    const c = await connect(host);
    for (const nick of ['Camille', 'camille', 'CAMILLE', '  Camille  ', 'Ｃａｍｉｌｌｅ']) {
      const r = await c.request({ t: 'join', v: 1, code: host.code, nick });
      assert.equal(r.t, 'error', `${nick}: ${JSON.stringify(r)}`);
      assert.equal(r.code, 'nick_taken', `${nick}: ${JSON.stringify(r)}`);
    }
    await a.close();
    await c.close();
  });

  it('e-mails, phone numbers, HTML, symbols, too long and empty nicknames are refused', async () => {
    const c = await connect(host);
    const bad = [
      'lea@mail.fr',
      'lea＠mail.fr',
      '06 12 34 56 78',
      '+33612345678',
      '０６１２３４５６７８',
      '<b>Lina</b>',
      '<img src=x onerror=alert(1)>',
      'Lina"; DROP',
      'a'.repeat(40),
      '',
      '   ',
      'Bob\u200b',
      'Bob\u202e',
    ];
    for (const nick of bad) {
      const r = await c.request({ t: 'join', v: 1, code: host.code, nick });
      assert.equal(r.t, 'error', `${JSON.stringify(nick)} was taken: ${JSON.stringify(r)}`);
      assert.equal(r.code, 'nick_invalid', `${JSON.stringify(nick)}: ${JSON.stringify(r)}`);
    }
    for (const nick of [42, null, ['Lina'], { n: 'Lina' }, 'x\u0000y']) {
      const r = await c.request({ t: 'join', v: 1, code: host.code, nick });
      assert.equal(r.t, 'error', JSON.stringify(r));
      assert.ok(['nick_invalid', 'bad_message', 'bad_json'].includes(r.code), JSON.stringify(r));
    }
    await c.close();
  });

  it('before join or resume, everything but ping is refused with not_joined', async () => {
    const c = await connect(host);
    const r = await c.request({ t: 'answer', q: 1, a: { pick: [0] } });
    assert.equal(r.code, 'not_joined', JSON.stringify(r));
    assert.equal((await c.request({ t: 'ping' })).t, 'pong');
    await c.close();
  });

  it('malformed JSON and unknown types are refused, and the connection stays open', async () => {
    const c = await join(host, 'Ines');
    for (const raw of ['{"t":', 'not json', '{"t":"ping",}', '\u0000', '{"t":"ping"}{"t":"ping"}']) {
      const r = await c.request(raw);
      assert.equal(r.t, 'error', `${JSON.stringify(raw)}: ${JSON.stringify(r)}`);
      assert.equal(r.code, 'bad_json', `${JSON.stringify(raw)}: ${JSON.stringify(r)}`);
    }
    for (const raw of ['[1,2]', '"ping"', '42', 'null', '{}', '{"t":"dance"}', '{"t":5}', '{"t":null}', '{"T":"ping"}']) {
      const r = await c.request(raw);
      assert.equal(r.t, 'error', `${raw}: ${JSON.stringify(r)}`);
      assert.ok(['bad_json', 'bad_message'].includes(r.code), `${raw}: ${JSON.stringify(r)}`);
    }
    assert.equal((await c.request({ t: 'dance' })).code, 'bad_message');
    c.ws.send(Buffer.from('{"t":"ping"}'), { binary: true });
    const bin = await c.expect((m) => m.t === 'error' || m.t === 'pong');
    assert.equal(bin.t, 'error', 'a binary frame is no text frame');
    assert.equal((await c.request({ t: 'ping' })).t, 'pong', 'still open');
    await c.close();
  });

  it('a player who leaves is away; resuming with the token brings them back, a bad token does not', async () => {
    const a = await join(host, 'Rayan');
    let since = host.events.length;
    await a.close();
    await host.waitEvent((e) => e.event === 'away' && e.id === a.id, { since });

    const bad = await connect(host);
    const flipped = a.token.slice(0, 31) + (a.token[31] === '0' ? '1' : '0');
    for (const token of ['0'.repeat(32), flipped, a.token + '0', a.token.slice(0, 31), '', 42, null]) {
      const r = await bad.request({ t: 'resume', v: 1, token });
      assert.equal(r.t, 'error', `${JSON.stringify(token)}: ${JSON.stringify(r)}`);
      assert.ok(['bad_token', 'bad_message'].includes(r.code), JSON.stringify(r));
    }
    assert.equal((await bad.request({ t: 'resume', v: 1, token: 'f'.repeat(32) })).code, 'bad_token');
    // and the same connection may then resume for real
    since = host.events.length;
    const w = await bad.request({ t: 'resume', v: 1, token: a.token });
    assert.equal(w.t, 'welcome', JSON.stringify(w));
    assert.equal(w.nick, 'Rayan');
    assert.equal(w.token, a.token);
    assert.equal(w.phase, 'lobby');
    await host.waitEvent((e) => e.event === 'back' && e.id === a.id, { since });
    await settle(200);
    assert.ok(!host.events.slice(since).some((e) => e.event === 'join'), 'a resume is no new player');
    await bad.close();
  });

  it('a second connection resuming the same token takes over, and the first is closed', async () => {
    const a = await join(host, 'Jade');
    const b = await connect(host);
    const w = await b.request({ t: 'resume', v: 1, token: a.token });
    assert.equal(w.t, 'welcome', JSON.stringify(w));
    assert.equal(w.nick, 'Jade');
    await a.closed; // the first connection is closed by the server
    assert.equal((await b.request({ t: 'ping' })).t, 'pong');
    await b.close();
  });

  it('the teacher renames a player: they are told their new nickname', async () => {
    const a = await join(host, 'Gros.mot');
    host.cmd(`rename ${a.id} Adam`);
    const r = await a.expect('renamed');
    assert.equal(r.nick, 'Adam');
    // and a resume welcomes them under it
    await a.close();
    const b = await connect(host);
    const w = await b.request({ t: 'resume', v: 1, token: a.token });
    assert.equal(w.nick, 'Adam');
    await b.close();
  });

  it('the teacher removes a player: closed, token forgotten', async () => {
    const a = await join(host, 'Intrus');
    host.cmd(`remove ${a.id}`);
    await a.expect('removed');
    await a.closed;
    const b = await connect(host);
    const r = await b.request({ t: 'resume', v: 1, token: a.token });
    assert.equal(r.t, 'error');
    assert.equal(r.code, 'bad_token');
    await b.close();
  });

  it('a locked room takes no new player but lets a known one resume; unlock opens it again', async () => {
    const a = await join(host, 'Manon');
    await a.close();
    host.cmd('lock');
    // the lock is a command on stdin that the net thread applies a moment later: until a join is
    // refused, each try is a new connection (a welcomed one leaves at once)
    const tryJoin = async (nick) => {
      const c = await connect(host);
      const r = await c.request({ t: 'join', v: 1, code: host.code, nick });
      await c.close();
      return r;
    };
    let r;
    for (let i = 0; i < 100; i++) {
      r = await tryJoin(`Tard${i}`);
      if (r.t === 'error') break;
      await settle(50);
    }
    assert.equal(r.code, 'locked', JSON.stringify(r));
    const c = await connect(host);
    assert.equal((await c.request({ t: 'join', v: 1, code: host.code, nick: 'Tardif' })).code, 'locked');
    const w = await c.request({ t: 'resume', v: 1, token: a.token });
    assert.equal(w.t, 'welcome', `a known player resumes a locked room: ${JSON.stringify(w)}`);
    await c.close();
    host.cmd('unlock');
    for (let i = 0; i < 100; i++) {
      r = await tryJoin('Tardif');
      if (r.t === 'welcome') break;
      await settle(50);
    }
    assert.equal(r.t, 'welcome', JSON.stringify(r));
  });
});

/* ---------------------------------------------------------------- limits */

describe('limits: frames, rate, Origin, addresses, the player cap', () => {
  let host;
  before(async () => {
    // The net module spares loopback from the per-address limit unless told (the tests' and the
    // bench's phones come from their own 127.x addresses anyway): told here.
    host = await startHost(PROTOCOL_LEVEL, ['--lang', 'en', '--max-players', '3'], {
      env: { VIGIE_NET_LIMIT_LOOPBACK: '1' },
    });
  });
  after(() => stopped(host));

  it('a frame over 4 KiB closes the connection with 1009; one under it does not', async () => {
    const c = await connect(host);
    const near = JSON.stringify({ t: 'ping', pad: 'x'.repeat(4000) });
    assert.ok(near.length <= 4096);
    c.send(near);
    const r = await c.expect((m) => m.t === 'pong' || m.t === 'error');
    assert.ok(r, 'a 4,000-byte frame gets an answer');
    assert.equal((await c.request({ t: 'ping' })).t, 'pong');
    c.send(JSON.stringify({ t: 'ping', pad: 'x'.repeat(5000) }));
    const { code } = await c.closed;
    assert.equal(code, 1009);
  });

  it('a flood gets "rate", then the connection is closed with 1008', async () => {
    const c = await connect(host);
    const reply = (m) => m.t === 'pong' || m.t === 'error';
    // Most of the burst (40) at once: all answered.
    for (let i = 0; i < 36; i++) c.send({ t: 'ping' });
    for (let i = 0; i < 36; i++) assert.equal((await c.expect(reply)).t, 'pong', `frame ${i + 1} of a burst under 40`);
    // Then groups of 8 frames in one TCP segment, each group's replies waited for: the bucket
    // empties (20 a second refill it), the frames over it get "rate", and a client that keeps on
    // is closed. Nothing is in flight when the server closes, so the close frame is not lost to
    // a reset (as it may be for a client that floods without pause).
    for (let group = 0; group < 100 && !c.isClosed; group++) {
      c.ws._socket.cork();
      for (let i = 0; i < 8; i++) c.send({ t: 'ping' });
      c.ws._socket.uncork();
      for (let i = 0; i < 8 && !c.isClosed; i++) await Promise.race([c.closed, c.expect(reply).catch(() => null)]);
    }
    const { code } = await c.closed;
    const warned = c.all.find((m) => m.t === 'error');
    assert.equal(warned?.code, 'rate', 'warned with "rate" before the close');
    assert.equal(typeof warned.msg, 'string');
    assert.equal(code, 1008);
  });

  it('30 frames at once, under the burst, are all answered', async () => {
    const c = await connect(host);
    for (let i = 0; i < 30; i++) c.send({ t: 'ping' });
    for (let i = 0; i < 30; i++) await c.expect('pong');
    assert.ok(!c.all.some((m) => m.t === 'error'));
    await c.close();
  });

  it('a foreign Origin is refused at the upgrade; the page\'s own and none are allowed', async () => {
    for (const origin of ['http://evil.example', `http://127.0.0.1:${host.port + 1}`, 'null', `https://127.0.0.1:${host.port}.evil.example`]) {
      await assert.rejects(connect(host, { origin }), (e) => e.status === 403, origin);
    }
    const own = await connect(host, { origin: host.origin });
    assert.equal((await own.request({ t: 'ping' })).t, 'pong');
    await own.close();
    const none = await connect(host);
    assert.equal((await none.request({ t: 'ping' })).t, 'pong');
    await none.close();
  });

  it('at most 8 connections from one address at once; another address is not counted', async () => {
    const addr = freshAddress();
    const open = [];
    for (let i = 0; i < 8; i++) open.push(await connect(host, { localAddress: addr }));
    let refused = false;
    try {
      const ninth = await connect(host, { localAddress: addr });
      // taken at the TCP level and closed at once is a refusal too; a pong would not be
      ninth.send({ t: 'ping' });
      await Promise.race([ninth.closed, ninth.expect('pong')]);
      refused = ninth.isClosed;
    } catch {
      refused = true;
    }
    assert.ok(refused, 'the ninth connection from one address is refused');
    const other = await connect(host);
    assert.equal((await other.request({ t: 'ping' })).t, 'pong');
    await other.close();
    await open.pop().close();
    // once one is closed, that address may connect again
    let again;
    for (let i = 0; i < 50 && !again; i++) {
      try {
        again = await connect(host, { localAddress: addr });
      } catch {
        await settle(100);
      }
    }
    assert.equal((await again.request({ t: 'ping' })).t, 'pong');
    await again.close();
    await Promise.all(open.map((c) => c.close()));
  });

  it('no more players than --max-players join: the next one gets "full"', async () => {
    const players = [];
    for (const nick of ['One', 'Two', 'Three']) players.push(await join(host, nick));
    const c = await connect(host);
    const r = await c.request({ t: 'join', v: 1, code: host.code, nick: 'Four' });
    assert.equal(r.t, 'error', JSON.stringify(r));
    assert.equal(r.code, 'full');
    // a player of the room who comes back still gets in
    await players[0].close();
    const w = await c.request({ t: 'resume', v: 1, token: players[0].token });
    assert.equal(w.t, 'welcome', JSON.stringify(w));
    await c.close();
    await Promise.all(players.slice(1).map((p) => p.close()));
  });
});

/* ---------------------------------------------------------------- HTTP */

describe('the web page over HTTP', () => {
  let fr, en;
  before(async () => {
    [fr, en] = await Promise.all([startHost(PROTOCOL_LEVEL, ['--lang', 'fr']), startHost(PROTOCOL_LEVEL, ['--lang', 'en'])]);
  });
  after(() => Promise.all([stopped(fr), stopped(en)]));

  it('"/" is the page, with the CSP, nosniff, no-referrer and no-store', async () => {
    const r = await httpGet(fr, '/');
    assert.equal(r.status, 200);
    assert.match(r.headers['content-type'], /^text\/html/);
    assert.equal(r.headers['content-security-policy'], CSP);
    assert.equal(r.headers['x-content-type-options'], 'nosniff');
    assert.equal(r.headers['referrer-policy'], 'no-referrer');
    assert.equal(r.headers['cache-control'], 'no-store');
    assert.match(r.body, /<html/i);
    assert.doesNotMatch(r.body, /<script(?![^>]*\bsrc=)[^>]*>/i, 'no inline script');
  });

  it('the script and the style are served with their types and the same headers', async () => {
    for (const [path, type] of [['/app.js', /javascript/], ['/style.css', /^text\/css/]]) {
      const r = await httpGet(fr, path);
      assert.equal(r.status, 200, path);
      assert.match(r.headers['content-type'], type, path);
      assert.equal(r.headers['content-security-policy'], CSP, path);
      assert.equal(r.headers['x-content-type-options'], 'nosniff', path);
    }
  });

  it('/strings.json is in the room\'s language, French or English', async () => {
    const a = JSON.parse((await httpGet(fr, '/strings.json')).body);
    const b = JSON.parse((await httpGet(en, '/strings.json')).body);
    assert.equal(a.lang, 'fr');
    assert.equal(b.lang, 'en');
    const keys = Object.keys(a.s);
    assert.ok(keys.length > 0);
    assert.deepEqual(Object.keys(b.s).sort(), keys.sort(), 'the same keys in both languages');
    assert.ok(keys.some((k) => a.s[k] !== b.s[k]), 'the texts differ');
    for (const k of keys) assert.equal(typeof a.s[k], 'string', k);
  });

  it('error messages are in the room\'s language', async () => {
    const msgs = [];
    for (const host of [fr, en]) {
      const c = await connect(host);
      const r = await c.request({ t: 'join', v: 1, code: host.code, nick: 'a@b.fr' });
      assert.equal(r.code, 'nick_invalid');
      assert.equal(typeof r.msg, 'string');
      assert.ok(r.msg.length > 0);
      msgs.push(r.msg);
      await c.close();
    }
    assert.notEqual(msgs[0], msgs[1], 'French and English say it differently');
  });

  it('paths out of the embedded set are 404: ../, encoded ../, unknown files', async () => {
    for (const path of [
      '/../CMakeLists.txt',
      '/../../etc/passwd',
      '/%2e%2e/CMakeLists.txt',
      '/%2e%2e%2fCMakeLists.txt',
      '/..%2f..%2fetc%2fpasswd',
      '/web/class/index.html',
      '/nothing.txt',
      '/img/99.png',
      '/mockup/1.png',
      '/app.js.map',
      '//etc/passwd',
    ]) {
      const r = await httpGet(fr, path);
      assert.equal(r.status, 404, path);
      assert.doesNotMatch(r.body, /root:|cmake_minimum_required/, path);
    }
  });

  it('methods other than GET are 405', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const r = await httpStatus(fr, '/', { method, headers: { 'content-length': '0' } });
      assert.equal(r, 405, method);
    }
  });

  it('a 405 is a whole reply: its body ends and the connection is not left hanging', async () => {
    for (const method of ['POST', 'PUT']) {
      const r = await httpGet(fr, '/', { method, headers: { 'content-length': '0' } });
      assert.equal(r.status, 405, method);
    }
  });
});

/* ---------------------------------------------------------------- answers */

describe('answers: once, in time, for the open question, by their own player', () => {
  let host, a, b, late, solo, quick, slow;
  const hostile = []; // one player per kind, who tries every bad shape before a good one
  const soloReveals = [];
  // solo's answers: right on odd questions, wrong on even ones (1-based)
  const soloRight = (q) => q % 2 === 1;

  before(async () => {
    host = await startHost(PROTOCOL_LEVEL, ['--lang', 'fr', '--seed', '7']);
    a = await join(host, 'Alice');
    b = await join(host, 'Bruno');
    late = await join(host, 'Lou');
    solo = await join(host, 'Solo');
    quick = await join(host, 'Vite');
    slow = await join(host, 'Tempo');
    for (let i = 0; i < 9; i++) hostile.push(await join(host, `Hostile ${i + 1}`));
  });
  after(() => stopped(host));

  it('an answer before any question gets no_question', async () => {
    const r = await a.answer(1, { pick: [0] });
    assert.equal(r.t, 'error');
    assert.equal(r.code, 'no_question');
  });

  it('start sends question 1 to everyone, without its answer', async () => {
    const since = host.events.length;
    host.cmd('start');
    const ev = await host.waitEvent((e) => e.event === 'question' && e.q === 1, { since });
    assert.equal(ev.of, 9 + 1);
    assert.equal(ev.kind, 'choice');
    for (const p of [a, b, late, solo, quick, slow, ...hostile]) {
      const m = await p.expect('question');
      assert.equal(m.q, 1);
      assert.equal(m.of, 10);
      assert.equal(m.kind, 'choice');
      assert.equal(m.choices.length, 3);
      assert.equal(m.time_ms, 120000);
      assert.equal(m.answered, false);
      p.question = m;
    }
    for (const k of ['correct', 'answer', 'accept', 'bin', 'clue', 'right', 'explain']) {
      assert.ok(!keysOf(a.question).has(k), `the question gives away "${k}"`);
    }
  });

  it('an answer is acknowledged once; a second gets already_answered', async () => {
    const since = host.events.length;
    const r = await a.answer(1, deviceAnswer(a.question, true));
    assertAck(r, 1);
    const ev = await host.waitEvent((e) => e.event === 'answer' && e.id === a.id, { since });
    assert.equal(ev.q, 1);
    assert.equal(ev.answered, 1);
    assert.equal(ev.of, 6 + 9);
    const again = await a.answer(1, deviceAnswer(a.question, false));
    assert.equal(again.code, 'already_answered');
  });

  it('an answer for another question number gets wrong_question', async () => {
    for (const q of [2, 0, 10, 11, -1, 4294967297]) {
      const r = await b.answer(q, { pick: [0] });
      assert.equal(r.code, 'wrong_question', `q ${q}: ${JSON.stringify(r)}`);
    }
    for (const q of ['1', null, 1.5, undefined]) {
      const r = await b.answer(q, { pick: [0] });
      assert.equal(r.t, 'error', `q ${JSON.stringify(q)}: ${JSON.stringify(r)}`);
      assert.ok(['wrong_question', 'bad_message'].includes(r.code), JSON.stringify(r));
    }
  });

  it('an answer cannot be given for another player: a forged player field is not obeyed', async () => {
    const since = host.events.length;
    const forged = { t: 'answer', q: 1, a: deviceAnswer(b.question, false), player: a.id, id: a.id, nick: a.nick, token: a.token };
    b.send(forged);
    const r = await b.expect((m) => m.t === 'ack' || m.t === 'error');
    await settle(200);
    const answers = host.events.slice(since).filter((e) => e.event === 'answer');
    assert.ok(!answers.some((e) => e.id === a.id), `an answer was counted for Alice: ${JSON.stringify(answers)}`);
    if (r.t === 'ack') assert.ok(answers.every((e) => e.id === b.id), 'taken as Bruno\'s own');
    b.forgedAcked = r.t === 'ack';
  });

  it('a player who joins during a question waits for the next one', async () => {
    const c = await join(host, 'Retard');
    assert.equal(c.welcome.phase, 'question');
    await settle(200);
    assert.ok(!c.inbox.some((m) => m.t === 'question'), 'no question 1 for a late joiner');
    const r = await c.answer(1, { pick: [0] });
    assert.equal(r.t, 'error', JSON.stringify(r));
    hostile.lateJoiner = c;
  });

  it('pause and resume reach the players; an answer is still taken while paused', async () => {
    host.cmd('pause');
    const p = await solo.expect('paused');
    assert.ok(p.left_ms > 0 && p.left_ms <= 120000);
    const r = await solo.answer(1, deviceAnswer(solo.question, soloRight(1)));
    assert.equal(r.t, 'ack');
    host.cmd('resume');
    const q = await solo.expect('resumed');
    assert.ok(q.left_ms > 0 && q.left_ms <= 120000);
  });

  it('hostile choice answers get bad_answer; a good one is then taken', async () => {
    const h = hostile[0];
    const shapes = [
      { pick: [3] }, { pick: [-1] }, { pick: [0, 1] }, { pick: [0, 0] }, { pick: [] }, { pick: ['0'] },
      { pick: [0.5] }, { pick: [1e300] }, { pick: 0 }, { pick: null }, {}, null, 'A', [0], { order: [0] },
    ];
    for (const a_ of shapes) {
      const r = await h.answer(1, a_);
      assert.equal(r.t, 'error', `${JSON.stringify(a_)} was taken`);
      assert.equal(r.code, 'bad_answer', `${JSON.stringify(a_)}: ${JSON.stringify(r)}`);
    }
    const r = await h.answer(1, { pick: [2] });
    assert.equal(r.t, 'ack', JSON.stringify(r));
  });

  it('an answer after the question closed (next) gets late, and the reveal says what each did', async () => {
    const rev = await closeQuestion(host, 1);
    for (const k of ['right', 'partly', 'wrong', 'none']) assert.equal(typeof rev[k], 'number', k);
    assert.equal(rev.right + rev.partly + rev.wrong + rev.none, 6 + 9);
    const r = await late.answer(1, deviceAnswer(late.question, true));
    assert.equal(r.code, 'late', JSON.stringify(r));
    const ra = await a.expect('reveal');
    assert.equal(ra.q, 1);
    assert.equal(ra.answered, true);
    assert.equal(ra.correct, true);
    assert.equal(ra.credit, 1);
    assert.ok(ra.points > 0);
    assert.equal(ra.score, ra.points);
    assert.equal(typeof ra.right, 'string');
    assert.ok(ra.right.includes('longueur'), ra.right);
    assert.equal(typeof ra.mine, 'string');
    const rl = await late.expect('reveal');
    assert.equal(rl.answered, false);
    assert.equal(rl.correct, false);
    assert.equal(rl.points, 0);
    assert.equal(rl.mine, '');
    assert.ok(rl.rank > ra.rank, 'Alice ranks above Lou');
    soloReveals[1] = await solo.expect('reveal');
  });

  // Questions 2 to 9: every kind a device answers, hostile shapes first.
  const hostileShapes = {
    truefalse: () => [{ pick: [2] }, { pick: [0, 1] }, { pick: [true] }, { pick: [] }, { pick: [-1] }, { truth: false }],
    multi: () => [{ pick: [0, 0] }, { pick: [4] }, { pick: [-1] }, { pick: [0, 1, 2, 3, 0] }, { pick: ['1'] }, { pick: 1 }, { pick: [1.5] }],
    order: () => [
      { order: [0, 1, 2] }, { order: [0, 0, 1, 2] }, { order: [0, 1, 2, 4] }, { order: [0, 1, 2, 3, 0] },
      { order: ['0', '1', '2', '3'] }, { order: [0, 1, 2, -3] }, { order: [0.5, 1, 2, 3] }, { pick: [0] }, { order: null },
    ],
    sort: () => [
      { bins: [0, 1] }, { bins: [0, 1, 2] }, { bins: [0, 1, null] }, { bins: [0, 1, -1] }, { bins: [0, 1, 0, 1] },
      { bins: '010' }, { bins: [0, 1, 0.5] }, { bins: [] },
    ],
    input: () => [
      { text: '' }, { text: '   ' }, { text: '\t\n ' }, { text: 'a'.repeat(201) }, { text: 'é'.repeat(100) + 'a' },
      { text: 42 }, { text: null }, { text: ['Signal Spam'] }, { value: 'x' },
    ],
    estimate: (m) => [
      { value: '0.1' }, { value: null }, { value: m.min - 1 }, { value: m.max * 2 }, { value: true }, { value: [0.1] }, {},
      `{"t":"answer","q":7,"a":{"value":NaN}}`, `{"t":"answer","q":7,"a":{"value":1e999}}`,
      `{"t":"answer","q":7,"a":{"value":-1e999}}`, `{"t":"answer","q":7,"a":{"value":Infinity}}`,
    ],
    password: () => [
      { strength: 5 }, { strength: -1 }, { strength: 2.5 }, { strength: '3' }, { strength: null }, { text: 'motdepasse' }, {},
    ],
    hotspot: (m) => [
      { parts: [0, 0] }, { parts: [m.parts.length] }, { parts: [-1] }, { parts: ['from'] }, { parts: 0 },
      { x: 0.5, y: 0.5 }, { parts: [0.5] },
    ],
  };
  const goodShapes = {
    truefalse: () => ({ pick: [0] }),
    multi: () => ({ pick: [] }),
    order: (m) => ({ order: m.items.map((_, i) => m.items.length - 1 - i) }),
    sort: (m) => ({ bins: m.cards.map(() => m.bins.length - 1) }),
    input: () => ({ text: 'é'.repeat(100) }), // 200 bytes: the most there may be
    estimate: (m) => ({ value: m.min }),
    password: () => ({ strength: 0 }),
    hotspot: () => ({ parts: [] }),
  };

  for (let q = 2; q <= 9; q++) {
    const kind = KINDS[q - 1];
    it(`question ${q} (${kind}): its shape is sent, hostile answers get bad_answer, good ones are taken`, async () => {
      await gotoQuestion(host, q);
      for (const p of [a, b, late, solo, quick, slow, ...hostile, hostile.lateJoiner]) {
        p.question = await p.expect((m) => m.t === 'question' && m.q === q);
        assert.equal(p.question.kind, kind);
      }
      const m = solo.question;
      for (const k of ['correct', 'answer', 'accept', 'bin', 'clue', 'explain']) {
        assert.ok(!keysOf(m).has(k), `the question gives away "${k}": ${JSON.stringify(m)}`);
      }
      if (kind === 'order') assert.equal(m.items.length, 4);
      if (kind === 'sort') {
        assert.equal(m.cards.length, 3);
        assert.equal(m.bins.length, 2);
      }
      if (kind === 'estimate') {
        assert.equal(m.min, 0.001);
        assert.equal(m.max, 1e9);
        assert.equal(m.log, true);
        assert.ok(m.start >= m.min && m.start <= m.max);
      }
      if (kind === 'password') assert.equal(m.strength, 3);
      if (kind === 'hotspot') {
        assert.match(m.mockup.src, /^\/mockup\/[0-9]+\.png$/);
        assert.ok(m.mockup.w > 0 && m.mockup.h > 0);
        assert.ok(m.parts.length >= 3);
        for (const p of m.parts) {
          for (const k of ['x', 'y', 'w', 'h']) assert.ok(p[k] >= 0 && p[k] <= 1, JSON.stringify(p));
          assert.equal(typeof p.label, 'string');
        }
        const png = await httpGet(host, m.mockup.src);
        assert.equal(png.status, 200, 'the mock-up drawn for phones is served');
        assert.equal(png.headers['content-type'], 'image/png');
      }

      const h = hostile[q - 1];
      for (const bad of hostileShapes[kind](m)) {
        let r;
        if (typeof bad === 'string') {
          h.send(bad);
          r = await h.expect((x) => x.t === 'ack' || x.t === 'error');
          assert.equal(r.t, 'error', `${bad} was taken`);
          assert.ok(['bad_answer', 'bad_json'].includes(r.code), `${bad}: ${JSON.stringify(r)}`);
        } else {
          r = await h.answer(q, bad);
          assert.equal(r.t, 'error', `${JSON.stringify(bad)} was taken`);
          assert.equal(r.code, 'bad_answer', `${JSON.stringify(bad)}: ${JSON.stringify(r)}`);
        }
      }
      const good = await h.answer(q, goodShapes[kind](h.question));
      assertAck(good, q, `good ${kind} shape ${JSON.stringify(goodShapes[kind](h.question))}`);
      // the right answer and a wrong one, from two players
      assertAck(await a.answer(q, deviceAnswer(a.question, true)), q);
      assertAck(await b.answer(q, deviceAnswer(b.question, false)), q);
      assertAck(await solo.answer(q, deviceAnswer(solo.question, soloRight(q))), q);
      if (q === 2) {
        // The time is the server's: Tempo answers right 4 s after Vite did, both on their first
        // answer (the same streak), and says it took no time at all: it gets fewer points.
        assertAck(await quick.answer(q, deviceAnswer(quick.question, true)), q);
        await settle(4000);
        const forged = { t: 'answer', q, a: deviceAnswer(slow.question, true), time_ms: 0, ms: 0, at: 0, sent: Date.now() - 60000 };
        assertAck(await slow.request(forged), q);
      }
      // the late joiner of question 1 plays from question 2
      assertAck(await hostile.lateJoiner.answer(q, anyAnswer(hostile.lateJoiner.question)), q);

      const rev = await closeQuestion(host, q);
      assert.ok(rev.right >= 1 && rev.wrong >= 1, JSON.stringify(rev));
      const ra = await a.expect((x) => x.t === 'reveal' && x.q === q);
      assert.equal(ra.correct, true, `Alice's right ${kind}: ${JSON.stringify(ra)}`);
      assert.equal(ra.credit, 1);
      assert.ok(ra.points > 0);
      const rb = await b.expect((x) => x.t === 'reveal' && x.q === q);
      assert.equal(rb.correct, false, `Bruno's wrong ${kind}: ${JSON.stringify(rb)}`);
      assert.ok(rb.credit < 1);
      soloReveals[q] = await solo.expect((x) => x.t === 'reveal' && x.q === q);
      if (q === 2) {
        const rq = await quick.expect((x) => x.t === 'reveal' && x.q === q);
        const rs = await slow.expect((x) => x.t === 'reveal' && x.q === q);
        assert.equal(rq.correct, true);
        assert.equal(rs.correct, true);
        assert.ok(rs.points < rq.points, `4 s slower, yet ${rs.points} points for ${rq.points}: the client's time was trusted`);
      }
    });
  }

  it('the reveals agree with a solo `vigie run` of the same answers (right or not, points or not)', () => {
    const file = pathJoin(host.scratch, 'solo.answers.lua');
    const lines = KINDS.slice(0, 9).map((k, i) => `  { answer = ${runAnswer(k, soloRight(i + 1))}, after = 3 },`);
    writeFileSync(file, `return {\n${lines.join('\n')}\n  { timeout = true },\n}\n`);
    const run = spawnSync(VIGIE, ['run', PROTOCOL_LEVEL, '--answers', file, '--lang', 'fr'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const solo1 = JSON.parse(run.stdout);
    for (let q = 1; q <= 9; q++) {
      const want = solo1.questions[q - 1];
      const got = soloReveals[q];
      assert.equal(got.correct, want.correct, `question ${q} (${want.kind}): correct`);
      assert.equal(got.points > 0, want.points > 0, `question ${q} (${want.kind}): points ${got.points} vs ${want.points}`);
      assert.equal(got.correct, soloRight(q), `question ${q} (${want.kind}) as meant`);
      if (got.correct) assert.equal(got.credit, 1);
      else assert.ok(got.credit < 1);
    }
  });

  it('end sends the final podium to everyone, best first', async () => {
    const since = host.events.length;
    host.cmd('end');
    const ev = await host.waitEvent('end', { since });
    assert.ok(ev.top.length >= 1 && ev.top.length <= 5);
    const e = await a.expect('end');
    assert.ok(e.top.length >= 1 && e.top.length <= 5);
    for (let i = 1; i < e.top.length; i++) assert.ok(e.top[i - 1].score >= e.top[i].score);
    assert.equal(e.top[0].nick, 'Alice', 'Alice answered every question right');
    assert.equal(e.rank, 1);
    const eb = await b.expect('end');
    assert.ok(eb.rank > 1);
  });
});

/* ---------------------------------------------------------------- an idle room */

// The host's CPU time (user + system, all threads) so far, in ms, from /proc/PID/stat.
function cpuMs(pid) {
  const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * 10; // USER_HZ: 100
}

// A lobby has nothing to do: over 3 s it may use 150 ms of CPU (5 %; a host that sleeps uses
// 0–20). A loaded machine can only give a spinning host less CPU, never a sleeping one more: a
// slow machine may let a busy loop pass, never fail a sleeping host.
async function idleCpu(host, ms = 3000) {
  await settle(500);
  const a = cpuMs(host.pid);
  await settle(ms);
  return cpuMs(host.pid) - a;
}

describe('an idle room costs no CPU', () => {
  it('a lobby with a player in, driven by hand, sleeps', async () => {
    const host = await startHost(PROTOCOL_LEVEL, ['--lang', 'fr']);
    try {
      const p = await join(host, 'Seul');
      const used = await idleCpu(host);
      assert.ok(used <= 150, `${used} ms of CPU in 3 s of an idle lobby`);
      await p.close();
    } finally {
      await stopped(host);
    }
  });

  it('an --auto lobby waiting for more players sleeps', async () => {
    const host = await startHost(PROTOCOL_LEVEL, ['--lang', 'fr', '--auto', '--players', '5']);
    try {
      const p = await join(host, 'Premier');
      await settle(1000); // past the second that --auto waits after a join
      const used = await idleCpu(host);
      assert.ok(used <= 150, `${used} ms of CPU in 3 s of an idle lobby`);
      await p.close();
    } finally {
      await stopped(host);
    }
  });
});

/* ---------------------------------------------------------------- --auto */

describe('--auto: the room runs itself', () => {
  it('starts once the players are in, skips the mini-game, ends, keeps the session and exits 0', async () => {
    const host = await startHost(PROTOCOL_LEVEL, ['--lang', 'fr', '--auto', '--players', '2', '--reveal-ms', '200']);
    try {
      const players = [await join(host, 'Zoé'), await join(host, 'Yann')];
      const seen = players.map(() => ({ questions: [], reveals: 0, podiums: 0, skipped: [] }));
      await Promise.all(
        players.map(async (p, i) => {
          for (;;) {
            const m = await p.expect((x) => ['question', 'reveal', 'podium', 'skipped', 'end'].includes(x.t));
            if (m.t === 'end') {
              seen[i].end = m;
              return;
            }
            if (m.t === 'question') {
              seen[i].questions.push(m.q);
              if (m.kind === 'game') continue; // played on the projector or skipped
              const a = i === 0 ? deviceAnswer(m, true) : anyAnswer(m);
              assertAck(await p.answer(m.q, a), m.q);
            } else if (m.t === 'reveal') seen[i].reveals++;
            else if (m.t === 'podium') seen[i].podiums++;
            else seen[i].skipped.push(m);
          }
        }),
      );
      const { code } = await host.exited;
      assert.equal(code, 0, host.stderr);
      for (const s of seen) {
        assert.deepEqual(s.questions.filter((q) => q <= 9), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
        assert.equal(s.reveals, 9);
        assert.ok(s.podiums >= 1);
        assert.deepEqual(s.skipped.map((x) => [x.q, x.why]), [[10, 'game']]);
        assert.equal(s.end.top[0].nick, 'Zoé');
      }
      assert.ok(host.events.some((e) => e.event === 'skipped' && e.q === 10 && e.why === 'game'));
      const end = host.events.find((e) => e.event === 'end');
      assert.equal(end.players, 2);
      // the session is kept: one run per player
      const out = pathJoin(host.scratch, 'export.json');
      const ex = spawnSync(VIGIE, ['export', '--format', 'json', '--out', out, '--db', pathJoin(host.scratch, 'results.db')], {
        encoding: 'utf8',
      });
      assert.equal(ex.status, 0, ex.stderr);
      const text = readFileSync(out, 'utf8');
      assert.match(text, /classe \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
      assert.ok(text.includes('Zoé') && text.includes('Yann'), 'both players are kept');
    } finally {
      await host.stop();
    }
  });
});
