// host.mjs — runs the real `vigie host LEVEL --headless` for the live classroom's tests and its
// load benchmark: reads its first stdout line (port, code), keeps every later JSON event line,
// and drives it through stdin commands, as a teacher at a terminal would (docs/classroom.md).
// Nothing here knows the protocol's messages: see client.mjs.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const VIGIE = process.env.VIGIE_BIN || join(ROOT, 'build', 'vigie');
export const PROTOCOL_LEVEL = join(ROOT, 'tests/class/levels/protocol.lua');

// Waits are bounded only to turn a hang into a failure: far above any run on a loaded machine.
export const WAIT_MS = Number(process.env.VIGIE_CLASS_WAIT_MS || 20000);

export class Host {
  constructor(proc, first, scratch) {
    this.proc = proc;
    this.port = first.port;
    this.code = first.code;
    this.urls = first.urls;
    this.address = first.address;
    this.scratch = scratch;
    this.events = []; // every JSON line after the first, in order
    this.stderr = '';
    this.waiters = new Set();
    this.exitInfo = null; // { code, signal } once it ended
    this.exited = new Promise((res) =>
      proc.once('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        res(this.exitInfo);
      }),
    );
  }

  get origin() {
    return `http://127.0.0.1:${this.port}`;
  }

  get wsUrl() {
    return `ws://127.0.0.1:${this.port}/ws`;
  }

  // One teacher's command (start, next, pause, resume, skip, untimed, lock, unlock, remove ID,
  // rename ID NICK, end, quit).
  cmd(line) {
    this.proc.stdin.write(line + '\n');
  }

  _push(ev) {
    this.events.push(ev);
    for (const w of this.waiters) w();
  }

  // The first event at or after index `since` that matches (a name, or a predicate on the
  // event); rejects after ms with what came instead.
  waitEvent(match, { since = 0, ms = WAIT_MS } = {}) {
    const pred = typeof match === 'function' ? match : (e) => e.event === match;
    return new Promise((res, rej) => {
      const look = () => {
        for (let i = since; i < this.events.length; i++) {
          if (pred(this.events[i])) {
            done();
            res(this.events[i]);
            return true;
          }
        }
        return false;
      };
      const timer = setTimeout(() => {
        done();
        const ended = this.exitInfo ? `; vigie host ENDED: ${JSON.stringify(this.exitInfo)}` : '';
        rej(new Error(`host: no event ${match} within ${ms} ms; got ${JSON.stringify(this.events.slice(since))}` +
          `${ended}\nstderr: ${this.stderr.slice(-2000)}`));
      }, ms);
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(look);
      };
      if (!look()) this.waiters.add(look);
    });
  }

  // The host's own pid, for /proc (the benchmark).
  get pid() {
    return this.proc.pid;
  }

  // Asks it to quit, then kills it if it has not within ms. Returns how it ended.
  async stop(ms = WAIT_MS) {
    if (this.proc.exitCode === null && this.proc.signalCode === null) {
      try {
        this.cmd('quit');
        this.proc.stdin.end();
      } catch {
        // its stdin is already closed: it is on its way out
      }
      const t = setTimeout(() => this.proc.kill('SIGKILL'), ms);
      await this.exited;
      clearTimeout(t);
    }
    if (this.scratch) rmSync(this.scratch, { recursive: true, force: true });
    return this.exited;
  }
}

// Starts `vigie host LEVEL --headless --port 0 --bind 127.0.0.1 ARGS…` in a scratch HOME (its
// database there unless ARGS say otherwise) and resolves once it printed its first line.
export async function startHost(level = PROTOCOL_LEVEL, args = [], { env = {}, bind = '127.0.0.1' } = {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'vigie-class-'));
  const argv = ['host', level, '--headless', '--port', '0', ...(bind ? ['--bind', bind] : []), ...args];
  if (!args.includes('--db') && !args.includes('--no-save')) argv.push('--db', join(scratch, 'results.db'));
  const proc = spawn(VIGIE, argv, {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: {
      ...process.env,
      HOME: scratch,
      XDG_DATA_HOME: join(scratch, 'data'),
      XDG_CONFIG_HOME: join(scratch, 'config'),
      SDL_VIDEODRIVER: 'dummy',
      SDL_AUDIODRIVER: 'dummy',
      LANG: 'C.UTF-8',
      ...env,
    },
  });
  let stderr = '';
  proc.stderr.on('data', (d) => {
    stderr += d;
    if (host) host.stderr = stderr;
  });
  let host = null;
  const lines = createInterface({ input: proc.stdout });
  const first = await new Promise((res, rej) => {
    const t = setTimeout(() => rej(new Error(`vigie host printed nothing in ${WAIT_MS} ms: ${stderr}`)), WAIT_MS);
    proc.once('exit', (code) => {
      clearTimeout(t);
      rej(new Error(`vigie host exited (${code}) before its first line: ${argv.join(' ')}\n${stderr}`));
    });
    lines.once('line', (line) => {
      clearTimeout(t);
      try {
        res(JSON.parse(line));
      } catch {
        rej(new Error(`vigie host's first line is not JSON: ${line}`));
      }
    });
  });
  if (first.event !== 'listening') throw new Error(`first line is not "listening": ${JSON.stringify(first)}`);
  host = new Host(proc, first, scratch);
  host.stderr = stderr;
  host.argv = argv;
  lines.on('line', (line) => {
    let ev;
    try {
      ev = JSON.parse(line);
    } catch {
      ev = { event: 'not-json', line };
    }
    host._push(ev);
  });
  return host;
}
