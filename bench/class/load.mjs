// load.mjs — the live classroom under load (`make bench-class`, bench/README.md): for each
// class size, starts `vigie host LEVEL --headless --port 0 --auto --players N --reveal-ms 500`,
// plays N phones through the real protocol over loopback from a few node worker processes (each
// phone from its own 127.2.x.y address: the host allows 8 connections per address), each
// answering every question the moment it arrives, and measures:
//   - per-answer latency: the client's send of `answer` → its `ack` (p50, p99, max);
//   - the question's broadcast spread: first to last phone receiving it (one clock: the epoch);
//   - answers lost (sent and never acknowledged: must be 0);
//   - the host's peak RSS (VmHWM), its CPU time over the game, and its CPU in the lobby over
//     10 s with every phone but one connected (utime + stime from /proc/PID/stat);
//   - the workers' own CPU, to show that the client is not what is slow.
// Prints a table and writes bench/class/results.json.
//
// node bench/class/load.mjs [--players 100,500,1000] [--workers K] [--idle-s 10]
//                           [--reveal-ms 500] [--level FILE] [--out FILE]
import { fork, spawn } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
// `ws` comes from tests/class's node_modules (one package.json for the tests and the bench).
const require = createRequire(join(ROOT, 'tests/class/package.json'));

/* ---------------------------------------------------------------- the phones (a worker) */

const now = () => performance.timeOrigin + performance.now(); // ms since the epoch, sub-ms

function anyAnswer(m) {
  switch (m.kind) {
    case 'choice':
    case 'truefalse':
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

async function worker() {
  const WebSocket = require('ws');
  const cfg = JSON.parse(process.argv[3]);
  const lat = [];
  const received = {}; // q → [first, last] arrival times
  let sent = 0,
    acked = 0,
    ended = 0,
    closedEarly = 0;
  const errors = {};
  // the client's own CPU over the game only (from `go`), not over the lobby's wait
  let cpu0 = process.cpuUsage();
  let t0 = now();
  // how late the worker's own loop ran its callbacks: a message it read late is timed late
  const loop = monitorEventLoopDelay({ resolution: 1 });

  function phone(i) {
    return new Promise((res, rej) => {
      const ws = new WebSocket(cfg.url, {
        perMessageDeflate: false,
        localAddress: `127.2.${Math.floor(i / 250)}.${(i % 250) + 1}`,
      });
      const pending = new Map(); // q → sent at
      let done = false;
      ws.on('open', () => ws.send(JSON.stringify({ t: 'join', v: 1, code: cfg.code, nick: `p${String(i).padStart(4, '0')}` })));
      ws.on('message', (data) => {
        const at = now();
        const m = JSON.parse(String(data));
        switch (m.t) {
          case 'welcome':
            res(ws);
            break;
          case 'question': {
            const r = (received[m.q] ||= [at, at]);
            if (at < r[0]) r[0] = at;
            if (at > r[1]) r[1] = at;
            const a = anyAnswer(m);
            if (a) {
              pending.set(m.q, now());
              ws.send(JSON.stringify({ t: 'answer', q: m.q, a }));
              sent++;
            }
            break;
          }
          case 'ack': {
            const s = pending.get(m.q);
            if (s !== undefined) {
              lat.push(at - s);
              pending.delete(m.q);
              acked++;
            }
            break;
          }
          case 'error':
            errors[m.code] = (errors[m.code] || 0) + 1;
            if (!done && m.code !== 'rate') rej(new Error(`phone ${i}: ${JSON.stringify(m)}`));
            break;
          case 'end':
            done = true;
            ended++;
            if (ended + closedEarly === cfg.count) finish();
            break;
        }
      });
      ws.on('error', (e) => rej(e));
      ws.on('close', () => {
        if (done) return;
        closedEarly++;
        if (ended + closedEarly === cfg.count) finish();
      });
    });
  }

  function finish() {
    const cpu = process.cpuUsage(cpu0);
    process.send({
      type: 'done',
      lat,
      received,
      sent,
      acked,
      errors,
      closedEarly,
      cpuMs: (cpu.user + cpu.system) / 1000,
      loopP99Ms: loop.percentile(99) / 1e6,
      loopMaxMs: loop.max / 1e6,
      wallMs: now() - t0,
    });
  }

  // All but the held-back phones join at once (a few dozen handshakes in flight at a time).
  const ids = [];
  for (let k = 0; k < cfg.count; k++) ids.push(cfg.first + k);
  const now_ = ids.slice(0, cfg.count - cfg.hold);
  const later = ids.slice(cfg.count - cfg.hold);
  for (let k = 0; k < now_.length; k += 50) await Promise.all(now_.slice(k, k + 50).map(phone));
  process.send({ type: 'ready' });
  process.on('message', async (m) => {
    if (m.type === 'go') {
      cpu0 = process.cpuUsage();
      t0 = now();
      loop.enable();
      await Promise.all(later.map(phone));
      process.send({ type: 'joined' });
    }
  });
}

/* ---------------------------------------------------------------- the host and the run */

function procStat(pid) {
  // utime and stime: fields 14 and 15, after the command name in parentheses
  const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
  const tck = 100; // USER_HZ: 100 on Linux
  return ((Number(f[11]) + Number(f[12])) * 1000) / tck;
}

function vmHWM(pid) {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

const pct = (xs, p) => {
  if (!xs.length) return NaN;
  const s = Float64Array.from(xs).sort();
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

async function runOne(n, opt) {
  const scratch = mkdtempSync(join(tmpdir(), 'vigie-bench-class-'));
  const argv = ['host', opt.level, '--headless', '--port', '0', '--bind', '127.0.0.1', '--auto', '--players', String(n),
    '--reveal-ms', String(opt.revealMs), '--max-players', String(n), '--db', join(scratch, 'results.db'), '--lang', 'fr'];
  const host = spawn(opt.vigie, argv, {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, HOME: scratch, SDL_VIDEODRIVER: 'dummy', SDL_AUDIODRIVER: 'dummy' },
  });
  const exited = new Promise((r) => host.once('exit', (code) => r(code)));
  const lines = createInterface({ input: host.stdout });
  const events = [];
  let onEvent = () => {};
  const first = await new Promise((res, rej) => {
    host.once('exit', (c) => rej(new Error(`vigie host exited (${c}): ${argv.join(' ')}`)));
    lines.once('line', (l) => res(JSON.parse(l)));
  });
  let hwm = 0,
    cpu = 0;
  const sample = () => {
    try {
      const h = vmHWM(host.pid); // a process on its way out has none left
      if (Number.isFinite(h)) hwm = Math.max(hwm, h);
      cpu = procStat(host.pid);
    } catch {
      // gone already: keep the last sample
    }
  };
  lines.on('line', (l) => {
    const e = JSON.parse(l);
    events.push(e);
    if (e.event === 'end') sample(); // before it exits
    onEvent(e);
  });
  const poll = setInterval(sample, 100);

  const k = opt.workers || Math.max(1, Math.ceil(n / 500));
  const url = `ws://127.0.0.1:${first.port}/ws`;
  const workers = [];
  for (let w = 0, firstId = 0; w < k; w++) {
    const count = Math.floor(n / k) + (w < n % k ? 1 : 0);
    const cfg = { url, code: first.code, first: firstId, count, hold: w === 0 ? 1 : 0 };
    firstId += count;
    const child = fork(fileURLToPath(import.meta.url), ['--worker', JSON.stringify(cfg)], { stdio: 'inherit' });
    const msgs = [];
    let wake = () => {};
    child.on('message', (m) => {
      msgs.push(m);
      wake();
    });
    const next = (type) =>
      new Promise((res, rej) => {
        const look = () => {
          const i = msgs.findIndex((m) => m.type === type);
          if (i >= 0) res(msgs.splice(i, 1)[0]);
          return i >= 0;
        };
        if (look()) return;
        wake = look;
        child.once('exit', (c) => rej(new Error(`worker ${w} exited (${c}) before ${type}`)));
      });
    workers.push({ child, next });
  }
  const timeout = setTimeout(() => {
    console.error(`bench-class: ${n} players: no end after ${opt.timeoutS} s; stopping`);
    host.kill('SIGKILL');
    for (const w of workers) w.child.kill('SIGKILL');
  }, opt.timeoutS * 1000);

  // The lobby with every phone but one in: the host should sleep.
  await Promise.all(workers.map((w) => w.next('ready')));
  await new Promise((r) => setTimeout(r, 1000));
  const idle0 = procStat(host.pid);
  await new Promise((r) => setTimeout(r, opt.idleS * 1000));
  const idleMs = procStat(host.pid) - idle0;
  const cpuStart = procStat(host.pid);

  // The last phone joins: the room starts 1 s later and plays itself to the end.
  for (const w of workers) w.child.send({ type: 'go' });
  const results = await Promise.all(workers.map((w) => w.next('done')));
  const code = await exited;
  clearTimeout(timeout);
  clearInterval(poll);
  for (const w of workers) w.child.kill();
  rmSync(scratch, { recursive: true, force: true });

  const lat = results.flatMap((r) => r.lat);
  const spreadByQ = {};
  for (const r of results) {
    for (const [q, [a, b]] of Object.entries(r.received)) {
      const s = (spreadByQ[q] ||= [a, b]);
      s[0] = Math.min(s[0], a);
      s[1] = Math.max(s[1], b);
    }
  }
  const spreads = Object.values(spreadByQ).map(([a, b]) => b - a);
  const sent = results.reduce((t, r) => t + r.sent, 0);
  const acked = results.reduce((t, r) => t + r.acked, 0);
  const errors = {};
  for (const r of results) for (const [c, v] of Object.entries(r.errors)) errors[c] = (errors[c] || 0) + v;
  return {
    players: n,
    workers: k,
    host_exit: code,
    answers_sent: sent,
    answers_acked: acked,
    answers_lost: sent - acked,
    errors,
    closed_early: results.reduce((t, r) => t + r.closedEarly, 0),
    latency_ms: { p50: pct(lat, 50), p99: pct(lat, 99), max: pct(lat, 100) },
    spread_ms: { p50: pct(spreads, 50), max: pct(spreads, 100), questions: spreads.length },
    host_rss_mib: hwm,
    host_cpu_s: (cpu - cpuStart) / 1000,
    idle_cpu_ms: idleMs,
    idle_s: opt.idleS,
    client_cpu_pct: Math.max(...results.map((r) => (100 * r.cpuMs) / r.wallMs)),
    client_loop_delay_ms: { p99: Math.max(...results.map((r) => r.loopP99Ms)), max: Math.max(...results.map((r) => r.loopMaxMs)) },
    events: { questions: events.filter((e) => e.event === 'question').length },
  };
}

async function main() {
  const args = process.argv.slice(2);
  const get = (name, def) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : def;
  };
  const opt = {
    sizes: get('--players', '100,500,1000').split(',').map(Number),
    workers: Number(get('--workers', 0)),
    idleS: Number(get('--idle-s', 10)),
    revealMs: Number(get('--reveal-ms', 500)),
    level: resolve(get('--level', join(ROOT, 'tests/class/levels/protocol.lua'))),
    out: resolve(get('--out', join(HERE, 'results.json'))),
    vigie: resolve(process.env.VIGIE_BIN || join(ROOT, 'build/vigie')),
    timeoutS: Number(get('--timeout-s', 600)),
  };
  const rows = [];
  for (const n of opt.sizes) {
    process.stderr.write(`bench-class: ${n} players…\n`);
    rows.push(await runOne(n, opt));
  }
  const f = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '-');
  const head = ['players', 'workers', 'p50 ms', 'p99 ms', 'max ms', 'spread p50', 'spread max', 'sent', 'lost',
    'RSS MiB', 'host CPU s', `idle CPU ms/${opt.idleS}s`, 'client CPU %', 'client lag p99'];
  const table = rows.map((r) => [r.players, r.workers, f(r.latency_ms.p50), f(r.latency_ms.p99), f(r.latency_ms.max),
    f(r.spread_ms.p50), f(r.spread_ms.max), r.answers_sent, r.answers_lost, f(r.host_rss_mib), f(r.host_cpu_s, 2),
    f(r.idle_cpu_ms, 0), f(r.client_cpu_pct, 0), f(r.client_loop_delay_ms.p99)].map(String));
  const w = head.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
  const line = (cells) => '| ' + cells.map((c, i) => c.padStart(w[i])).join(' | ') + ' |';
  console.log(line(head));
  console.log('|' + w.map((x) => '-'.repeat(x + 1) + ':').join('|') + '|');
  for (const t of table) console.log(line(t));
  for (const r of rows) {
    if (Object.keys(r.errors).length) console.log(`${r.players} players: errors ${JSON.stringify(r.errors)}`);
    if (r.closed_early) console.log(`${r.players} players: ${r.closed_early} connections closed before the end`);
  }
  writeFileSync(opt.out, JSON.stringify({ when: new Date().toISOString(), level: opt.level, reveal_ms: opt.revealMs, rows }, null, 2) + '\n');
  console.log(`written: ${opt.out}`);
  // Failing is for what must never happen: an answer lost, a host that did not end well.
  const bad = rows.filter((r) => r.answers_lost !== 0 || r.host_exit !== 0);
  process.exit(bad.length ? 1 : 0);
}

if (process.argv[2] === '--worker') worker();
else main();
