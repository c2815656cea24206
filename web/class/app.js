// app.js — the students' page of the live classroom: join, answer each kind of question, see
// the outcome. Speaks docs/classroom-protocol.md over /ws. Trusts nothing it is sent: every
// text from the server (nicknames, prompts, choices) goes in with textContent, never as HTML.
// The password of a `password` question stays here: only the meter's level is sent.
import { makeMeter } from './meter.js';
import { makeKinds, el, arr, str } from './kinds.js';

const VERSION = 1;
const TOKEN_KEY = 'vigie.token';
const $ = (id) => document.getElementById(id);

// ---- texts --------------------------------------------------------------------------------

let S = {};
let lang = 'fr';
// A catalogue text with {1}, {2}… filled; a missing key shows as itself (as in the engine).
function t(key, ...args) {
  const s = S[key] ?? key;
  return s.replace(/\{(\d)\}/g, (m, i) => (args[i - 1] !== undefined ? String(args[i - 1]) : m));
}
const num = (n) => new Intl.NumberFormat(lang).format(n);
function ordinal(n) {
  let cat = 'other';
  try {
    cat = new Intl.PluralRules(lang, { type: 'ordinal' }).select(n);
  } catch { /* an old browser: "other" */ }
  return t(`class.ord.${['one', 'two', 'few'].includes(cat) ? cat : 'other'}`, n);
}
function applyTexts() {
  document.documentElement.lang = lang;
  document.title = t('class.title');
  for (const el of document.querySelectorAll('[data-k]')) el.textContent = t(el.dataset.k);
}

// ---- screens ------------------------------------------------------------------------------

const screens = ['s-join', 's-wait', 's-question', 's-reveal', 's-podium'];
function show(id) {
  for (const s of screens) $(s).hidden = s !== id;
  document.body.dataset.screen = id;
}
function wait(title, text = '', symbol = '') {
  $('wait-title').textContent = title;
  $('wait-text').textContent = text;
  $('wait-symbol').textContent = symbol;
  show('s-wait');
}
function banner(text) {
  $('banner').textContent = text || '';
  $('banner').hidden = !text;
}

// ---- the connection ------------------------------------------------------------------------

const state = {
  ws: null,
  token: sessionStorage.getItem(TOKEN_KEY),
  joined: false, // welcomed on this connection
  pendingJoin: null, // {code, nick} to send once the socket opens
  removed: false,
  over: false,
  retry: 0,
  retryTimer: 0,
  pingTimer: 0,
  q: null, // the open question
  answered: false,
  nick: '',
  score: 0,
  lastPlayers: 0,
};

function send(msg) {
  if (state.ws && state.ws.readyState === WebSocket.OPEN) {
    state.ws.send(JSON.stringify(msg));
    return true;
  }
  return false;
}

function connect() {
  clearTimeout(state.retryTimer);
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
  let ws;
  try {
    ws = new WebSocket(url);
  } catch {
    scheduleReconnect();
    return;
  }
  state.ws = ws;
  state.joined = false;
  ws.addEventListener('open', () => {
    state.retry = 0;
    if (state.token) send({ t: 'resume', v: VERSION, token: state.token });
    else if (state.pendingJoin) send({ t: 'join', v: VERSION, ...state.pendingJoin });
    clearInterval(state.pingTimer);
    state.pingTimer = setInterval(() => send({ t: 'ping' }), 15000);
  });
  ws.addEventListener('message', (ev) => {
    let m;
    try {
      m = JSON.parse(ev.data);
    } catch {
      return;
    }
    if (m && typeof m === 'object' && typeof m.t === 'string' && handlers[m.t]) handlers[m.t](m);
  });
  ws.addEventListener('close', () => {
    clearInterval(state.pingTimer);
    if (state.ws !== ws) return;
    state.ws = null;
    state.joined = false;
    if (state.removed || state.over) return;
    if (state.token) scheduleReconnect();
    else if (state.pendingJoin) {
      // never joined: back to the form, saying so
      state.pendingJoin = null;
      $('join-btn').disabled = false;
      $('join-err').textContent = t('class.err.closed');
      banner('');
    }
  });
}

// A dropped socket with a token: try again, waiting longer each time (0.5 s … 8 s, jittered).
function scheduleReconnect() {
  banner(t('class.reconnecting'));
  const delay = Math.min(8000, 500 * 2 ** state.retry) * (0.75 + Math.random() * 0.5);
  state.retry = Math.min(state.retry + 1, 6);
  clearTimeout(state.retryTimer);
  state.retryTimer = setTimeout(connect, delay);
}
// A phone waking up: no need to wait for the timer.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible' && state.token && !state.ws && !state.removed) connect();
});
window.addEventListener('online', () => {
  if (state.token && !state.ws && !state.removed) connect();
});

function setMe() {
  $('me').hidden = !state.nick;
  $('me-nick').textContent = state.nick;
  $('me-score').textContent = t('class.score', num(state.score));
}

// ---- join ---------------------------------------------------------------------------------

function showJoin() {
  state.q = null;
  stopClock();
  $('join-btn').disabled = false;
  show('s-join');
}

$('join-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const code = $('code').value.trim();
  const nick = $('nick').value.trim();
  $('code-err').textContent = '';
  $('nick-err').textContent = '';
  $('join-err').textContent = '';
  let bad = false;
  if (!/^[0-9]{4}$/.test(code)) {
    $('code-err').textContent = t('class.err.code_format');
    $('code').focus();
    bad = true;
  }
  if (!nick) {
    $('nick-err').textContent = t('class.err.nick_empty');
    if (!bad) $('nick').focus();
    bad = true;
  }
  if (bad) return;
  state.pendingJoin = { code, nick };
  $('join-btn').disabled = true;
  if (state.ws && state.ws.readyState === WebSocket.OPEN) send({ t: 'join', v: VERSION, code, nick });
  else if (!state.ws || state.ws.readyState > WebSocket.OPEN) connect();
});
$('code').addEventListener('input', () => {
  $('code').value = $('code').value.replace(/[^0-9]/g, '').slice(0, 4);
});

// ---- messages -------------------------------------------------------------------------------

const handlers = {
  welcome(m) {
    state.joined = true;
    state.pendingJoin = null;
    state.retry = 0;
    banner('');
    if (typeof m.token === 'string' && /^[0-9a-f]{32}$/i.test(m.token)) {
      state.token = m.token;
      sessionStorage.setItem(TOKEN_KEY, m.token);
    }
    state.nick = String(m.nick ?? '');
    state.score = Number(m.score) || 0;
    if (typeof m.title === 'string' && m.title) $('title').textContent = m.title;
    setMe();
    if (m.phase === 'question') {
      // A resume gets the question again right after; a new player waits for the next one.
      if (!state.q) wait(t('class.late_join'), '', '⏳');
    } else if (m.phase === 'end') {
      wait(t('class.end'), t('class.thanks'));
    } else {
      wait(t('class.lobby'), '', '✔');
    }
  },
  lobby(m) {
    state.lastPlayers = Number(m.players) || 0;
    if (document.body.dataset.screen === 's-wait' && !state.q) {
      $('wait-text').textContent = t('class.lobby_players', num(state.lastPlayers));
    }
  },
  question(m) {
    openQuestion(m);
  },
  ack() {
    sentScreen();
  },
  paused(m) {
    pauseClock(Number(m.left_ms) || 0);
    banner(t('class.paused'));
  },
  resumed(m) {
    banner('');
    if (state.q && state.q.time_ms > 0) startClock(Number(m.left_ms) || 0, state.q.time_ms);
  },
  reveal(m) {
    state.q = null;
    stopClock();
    showReveal(m);
  },
  skipped() {
    state.q = null;
    stopClock();
    wait(t('class.skipped'), '', '⏭');
  },
  podium(m) {
    state.q = null;
    stopClock();
    showPodium(m, false);
  },
  end(m) {
    state.q = null;
    state.over = true;
    stopClock();
    showPodium(m, true);
  },
  renamed(m) {
    state.nick = String(m.nick ?? '');
    setMe();
    banner(t('class.renamed', state.nick));
    setTimeout(() => banner(''), 5000);
  },
  removed() {
    state.removed = true;
    state.token = null;
    state.q = null;
    stopClock();
    sessionStorage.removeItem(TOKEN_KEY);
    banner('');
    $('me').hidden = true;
    wait(t('class.removed'), '', '✖');
  },
  error(m) {
    const code = typeof m.code === 'string' ? m.code : '';
    const key = `class.err.${code}`;
    const text = S[key] ? t(key) : String(m.msg ?? code);
    if (!state.joined) {
      if (code === 'bad_token') {
        // the room forgot us (it restarted, or the teacher removed us): join again
        state.token = null;
        sessionStorage.removeItem(TOKEN_KEY);
        banner('');
        showJoin();
        $('join-err').textContent = text;
        return;
      }
      state.pendingJoin = null;
      $('join-btn').disabled = false;
      const field = code === 'bad_code' ? 'code' : code.startsWith('nick') ? 'nick' : 'join';
      $(`${field}-err`).textContent = text;
      if (field !== 'join') $(field).focus();
      show('s-join');
      return;
    }
    if (code === 'already_answered') {
      sentScreen();
      return;
    }
    if (document.body.dataset.screen === 's-question') $('q-err').textContent = text;
    else banner(text);
    if (code === 'late' || code === 'no_question' || code === 'wrong_question') {
      wait(text, t('class.sent_hint'));
    }
  },
  pong() {},
};

// ---- the countdown (display only: the server keeps the time) --------------------------------

const clock = { raf: 0, deadline: 0, total: 0, left: 0, running: false };
function drawClock(left) {
  const share = clock.total > 0 ? Math.max(0, Math.min(1, left / clock.total)) : 0;
  $('timer-fill').style.transform = `scaleX(${share})`;
  $('timer').setAttribute('aria-valuenow', String(Math.round(share * 100)));
  $('timer').classList.toggle('low', share < 0.25);
  $('q-clock').textContent = `${Math.ceil(left / 1000)} s`;
}
function tick() {
  if (!clock.running) return;
  clock.left = Math.max(0, clock.deadline - performance.now());
  drawClock(clock.left);
  if (clock.left > 0) clock.raf = requestAnimationFrame(tick);
}
function startClock(leftMs, totalMs) {
  cancelAnimationFrame(clock.raf);
  clock.total = totalMs;
  clock.left = leftMs;
  clock.deadline = performance.now() + leftMs;
  clock.running = true;
  $('timer').hidden = false;
  tick();
}
function pauseClock(leftMs) {
  cancelAnimationFrame(clock.raf);
  clock.running = false;
  if (clock.total > 0) drawClock(leftMs);
}
function stopClock() {
  cancelAnimationFrame(clock.raf);
  clock.running = false;
}

// ---- a question ---------------------------------------------------------------------------

function sentScreen() {
  if (!state.q) return;
  state.answered = true;
  wait(t('class.sent'), t('class.sent_hint'), '✔');
}

function submit(a) {
  if (!state.q || state.answered) return;
  $('q-err').textContent = '';
  if (send({ t: 'answer', q: state.q.q, a })) {
    state.answered = true;
    sentScreen();
  }
}


function openQuestion(m) {
  state.q = m;
  state.answered = !!m.answered;
  banner('');
  $('q-err').textContent = '';
  if (state.answered) {
    sentScreen();
  }
  $('q-num').textContent = t('class.question_of', num(m.q), num(m.of));
  $('q-prompt').textContent = str(m.prompt);
  const img = $('q-image');
  if (typeof m.image === 'string' && m.image.startsWith('/') && m.kind !== 'hotspot') {
    img.src = m.image;
    img.hidden = false;
  } else {
    img.removeAttribute('src');
    img.hidden = true;
  }
  const time = Number(m.time_ms) || 0;
  if (time > 0 && m.kind !== 'game') {
    startClock(Number(m.left_ms) || time, time);
  } else {
    stopClock();
    $('timer').hidden = true;
    $('q-clock').textContent = m.kind === 'game' ? '' : t('class.untimed');
  }
  const body = $('q-body');
  body.replaceChildren();
  body.className = `kind-${m.kind}`;
  $('q-hint').textContent = '';
  const build = kinds && kinds[m.kind];
  if (!build) {
    wait(t('class.game_board'));
    return;
  }
  build(m, body);
  if (m.kind === 'game') {
    $('timer').hidden = true;
  }
  if (!state.answered) {
    show('s-question');
    const first = body.querySelector('button, input');
    if (first && !matchMedia('(pointer: coarse)').matches) first.focus({ preventScroll: true });
  }
}


// ---- the outcome ----------------------------------------------------------------------------

function showReveal(m) {
  const credit = Number(m.credit) || 0;
  const answered = !!m.answered;
  const kind = !answered ? 'none' : m.correct ? 'right' : credit > 0 ? 'partly' : 'wrong';
  const symbols = { right: '✔', partly: '◐', wrong: '✘', none: '—' };
  $('r-verdict').className = `verdict ${kind}`;
  $('r-symbol').textContent = symbols[kind];
  $('r-word').textContent = t(`class.${kind}`);
  const points = Number(m.points) || 0;
  $('r-points').textContent = t('class.points', num(points));
  const streak = Number(m.streak) || 0;
  $('r-streak').textContent = streak >= 2 ? t('class.streak', num(streak)) : '';
  state.score = Number(m.score) || 0;
  setMe();
  $('r-rank').textContent = Number(m.rank) > 0 ? t('class.rank', ordinal(Number(m.rank)), num(Number(m.players) || 0)) : '';
  const mine = str(m.mine);
  $('r-mine').textContent = mine ? t('class.your_answer', mine) : '';
  $('r-right').textContent = m.right ? t('class.right_answer', str(m.right)) : '';
  $('r-explain').textContent = str(m.explain);
  show('s-reveal');
}

function showPodium(m, final) {
  $('p-title').textContent = final ? t('class.end') : t('class.podium');
  const top = arr(m.top).slice(0, 5);
  $('p-top').replaceChildren(...top.map((row, i) => {
    const li = el('li', `place p${i + 1}`);
    li.append(el('span', 'pos', ordinal(i + 1)), el('span', 'pnick', str(row?.nick)),
      el('span', 'pscore', num(Number(row?.score) || 0)));
    return li;
  }));
  if (m.score !== undefined) state.score = Number(m.score) || 0;
  setMe();
  $('p-me').textContent = Number(m.rank) > 0
    ? t('class.you_rank', ordinal(Number(m.rank)), num(Number(m.players) || 0), num(state.score)) : '';
  $('p-thanks').hidden = !final;
  show('s-podium');
  if (final) {
    state.token = null;
    sessionStorage.removeItem(TOKEN_KEY);
  }
}

// ---- start ------------------------------------------------------------------------------------

let meter = null;
let kinds = null;

async function boot() {
  try {
    const r = await fetch('/strings.json', { cache: 'no-store' });
    const j = await r.json();
    if (j && typeof j.s === 'object') S = j.s;
    if (j && typeof j.lang === 'string' && /^[a-z]{2}$/.test(j.lang)) lang = j.lang;
  } catch { /* keys show as themselves: visible, not fatal */ }
  applyTexts();
  kinds = makeKinds({ t, num, lang, submit, hint: (text) => { $('q-hint').textContent = text; }, meter: () => meter });
  try {
    const w = await import('/words.js');
    meter = makeMeter(w.COMMON ?? [], w.WORDS ?? []);
  } catch {
    meter = makeMeter([], []);
  }
  // Test hooks would go here; the page exposes nothing else.
  if (state.token) {
    wait(t('class.connecting'));
    connect();
  } else {
    const code = new URLSearchParams(location.search).get('code');
    if (code && /^[0-9]{4}$/.test(code)) $('code').value = code;
    showJoin();
    ($('code').value ? $('nick') : $('code')).focus({ preventScroll: true });
  }
}
boot();
