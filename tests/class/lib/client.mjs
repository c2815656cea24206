// client.mjs — one phone of the live classroom for the tests: a `ws` WebSocket that speaks
// docs/classroom-protocol.md, keeps what the server sent, and waits for a message by type.
// Each client comes from its own loopback address (127.1.x.y) unless told otherwise, so that the
// server's per-address limits count only what a test means them to count.
import { createRequire } from 'node:module';
import http from 'node:http';
import { WAIT_MS } from './host.mjs';

const require = createRequire(new URL('../package.json', import.meta.url));
export const WebSocket = require('ws');

let addrCount = 0;
// A fresh loopback address: the whole of 127/8 reaches the host bound on 127.0.0.1.
export function freshAddress() {
  const n = addrCount++;
  return `127.1.${Math.floor(n / 250) % 250}.${(n % 250) + 1}`;
}

export class Client {
  constructor(ws) {
    this.ws = ws;
    this.inbox = []; // parsed messages not yet taken by expect()
    this.all = []; // every message, in order
    this.waiters = new Set();
    this.closed = new Promise((res) => ws.once('close', (code, reason) => res({ code, reason: String(reason) })));
    this.isClosed = false;
    this.closed.then(() => {
      this.isClosed = true;
      for (const w of this.waiters) w();
    });
    ws.on('message', (data, binary) => {
      let m;
      try {
        m = JSON.parse(String(data));
      } catch {
        m = { t: 'not-json', raw: String(data), binary };
      }
      this.inbox.push(m);
      this.all.push(m);
      for (const w of this.waiters) w();
    });
    ws.on('error', () => {}); // a refused or reset connection shows as `closed`
  }

  send(obj) {
    this.ws.send(typeof obj === 'string' ? obj : JSON.stringify(obj));
  }

  // Takes the first message of type t (or matching a predicate) from the inbox, waiting for it.
  expect(match, ms = WAIT_MS) {
    const pred = typeof match === 'function' ? match : (m) => m.t === match;
    return new Promise((res, rej) => {
      const look = () => {
        const i = this.inbox.findIndex(pred);
        if (i >= 0) {
          done();
          res(this.inbox.splice(i, 1)[0]);
          return true;
        }
        if (this.isClosed) {
          done();
          rej(new Error(`closed while waiting for ${match}; got ${JSON.stringify(this.inbox)}`));
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => {
        done();
        rej(new Error(`no ${match} within ${ms} ms; got ${JSON.stringify(this.inbox)}`));
      }, ms);
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(look);
      };
      if (!look()) this.waiters.add(look);
    });
  }

  // The reply to one request: the next `ack` or `error` (or `welcome`).
  async request(obj, ms = WAIT_MS) {
    this.send(obj);
    return this.expect((m) => m.t === 'ack' || m.t === 'error' || m.t === 'welcome' || m.t === 'pong', ms);
  }

  // Sends an answer and returns the server's reply to it: `ack` or `error`.
  answer(q, a) {
    return this.request({ t: 'answer', q, a });
  }

  close() {
    this.ws.close();
    return this.closed;
  }

  terminate() {
    this.ws.terminate();
    return this.closed;
  }
}

// Opens a WebSocket to the host; resolves once open, rejects with the HTTP status when the
// upgrade is refused (err.status).
export function connect(host, { origin, localAddress = freshAddress(), headers = {} } = {}) {
  return new Promise((res, rej) => {
    const ws = new WebSocket(host.wsUrl, {
      origin,
      localAddress,
      headers,
      perMessageDeflate: false,
      handshakeTimeout: WAIT_MS,
    });
    const c = new Client(ws);
    ws.once('open', () => res(c));
    ws.once('unexpected-response', (req, resp) => {
      const e = new Error(`upgrade refused: ${resp.statusCode}`);
      e.status = resp.statusCode;
      req.destroy();
      rej(e);
    });
    ws.once('error', (e) => rej(e));
  });
}

// Connects and joins as nick: resolves with the client, its welcome and its id (from the host's
// `join` event).
export async function join(host, nick, opts = {}) {
  const since = host.events.length;
  const c = await connect(host, opts);
  const w = await c.request({ t: 'join', v: 1, code: host.code, nick });
  if (w.t !== 'welcome') throw new Error(`join ${nick}: ${JSON.stringify(w)}`);
  const ev = await host.waitEvent((e) => e.event === 'join' && e.nick === w.nick, { since });
  c.welcome = w;
  c.token = w.token;
  c.id = ev.id;
  c.nick = w.nick;
  return c;
}

// One plain HTTP request to the host: status, headers, body (text).
export function httpGet(host, path, { method = 'GET', headers = {} } = {}) {
  return new Promise((res, rej) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, path, method, headers, localAddress: freshAddress() },
      (resp) => {
        let body = '';
        resp.setEncoding('utf8');
        resp.on('data', (d) => (body += d));
        resp.on('end', () => res({ status: resp.statusCode, headers: resp.headers, body }));
        // closed before the whole body came (Content-Length not met): a failure, not a hang
        resp.on('error', rej);
        resp.on('close', () => {
          if (!resp.complete) rej(new Error(`${method} ${path}: ${resp.statusCode}, then closed before its whole body`));
        });
      },
    );
    req.on('error', rej);
    // a reply that never ends is a failure, not a hang
    req.setTimeout(WAIT_MS, () => req.destroy(new Error(`${method} ${path}: no whole reply within ${WAIT_MS} ms`)));
    req.end();
  });
}

// The status line alone of one HTTP request (the body is not waited for).
export function httpStatus(host, path, { method = 'GET', headers = {} } = {}) {
  return new Promise((res, rej) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, path, method, headers, localAddress: freshAddress() },
      (resp) => {
        res(resp.statusCode);
        req.destroy();
      },
    );
    req.on('error', (e) => (e.code === 'ECONNRESET' ? null : rej(e)));
    req.setTimeout(WAIT_MS, () => req.destroy(new Error(`${method} ${path}: no status within ${WAIT_MS} ms`)));
    req.end();
  });
}

// Resolves after ms: only to give a message that must NOT come a chance to come (a test that
// passes on a slow machine too, never one that fails on it).
export const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));
