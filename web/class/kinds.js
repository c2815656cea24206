// kinds.js — how the students' page shows each kind of question and builds its answer
// (docs/classroom-protocol.md, `a` by kind). Each builder fills the question's body with its
// controls and calls submit(a) once; every text from the server goes in with textContent.
import { FINDINGS } from './meter.js';

export function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}
export function button(cls, text, onClick) {
  const b = el('button', cls, text);
  b.type = 'button';
  if (onClick) b.addEventListener('click', onClick);
  return b;
}
export const arr = (v) => (Array.isArray(v) ? v : []);
export const str = (v) => (v === undefined || v === null ? '' : String(v));

// The builders, given the page's texts (t, num, lang), how to send an answer (submit), where
// the hint goes (hint) and the password meter (meter(), null until /words.js came).
export function makeKinds({ t, num, lang, submit, hint, meter }) {
  function submitButton(onClick, disabled = false) {
    const b = button('big primary submit', t('class.submit'), onClick);
    b.disabled = disabled;
    return b;
  }

  // A letter badge as the projector draws it: A–F in the choice's colour.
  function badge(i, tick) {
    const b = el('span', `badge c${i}${tick ? ' tick' : ''}`, String.fromCharCode(65 + i));
    b.setAttribute('aria-hidden', 'true');
    return b;
  }

  const kinds = {
    choice(m, body) {
      const list = el('div', 'choices');
      arr(m.choices).slice(0, 6).forEach((text, i) => {
        const b = button('choice', undefined, () => submit({ pick: [i] }));
        b.append(badge(i), el('span', 'ctext', str(text)));
        b.setAttribute('aria-label', `${String.fromCharCode(65 + i)} : ${str(text)}`);
        list.append(b);
      });
      body.append(list);
    },
    truefalse(m, body) {
      const list = el('div', 'choices tf');
      [t('class.true'), t('class.false')].forEach((text, i) => {
        const b = button('choice', undefined, () => submit({ pick: [i] }));
        b.append(badge(i), el('span', 'ctext', text));
        list.append(b);
      });
      body.append(list);
    },
    multi(m, body) {
      hint(t('class.multi_hint'));
      const list = el('div', 'choices');
      const ticked = new Set();
      arr(m.choices).slice(0, 6).forEach((text, i) => {
        const b = button('choice', undefined, () => {
          if (ticked.has(i)) ticked.delete(i);
          else ticked.add(i);
          b.setAttribute('aria-checked', String(ticked.has(i)));
          b.classList.toggle('on', ticked.has(i));
        });
        b.setAttribute('role', 'checkbox');
        b.setAttribute('aria-checked', 'false');
        b.append(badge(i, true), el('span', 'ctext', str(text)));
        list.append(b);
      });
      body.append(list, submitButton(() => submit({ pick: [...ticked].sort((a, b) => a - b) })));
    },
    order(m, body) {
      hint(t('class.order_hint'));
      const items = arr(m.items).map((text, i) => ({ i, text: str(text) }));
      const list = el('ol', 'order');
      const render = (focusI, focusDir) => {
        list.replaceChildren();
        items.forEach((it, pos) => {
          const li = el('li', 'item');
          li.dataset.i = String(it.i);
          const handle = el('span', 'handle', '⠿');
          handle.setAttribute('aria-hidden', 'true');
          const up = button('arrow', '▲', () => move(pos, -1));
          up.setAttribute('aria-label', t('class.up', it.text));
          up.disabled = pos === 0;
          up.dataset.dir = 'up';
          const down = button('arrow', '▼', () => move(pos, 1));
          down.setAttribute('aria-label', t('class.down', it.text));
          down.disabled = pos === items.length - 1;
          down.dataset.dir = 'down';
          li.append(handle, badge(it.i % 6), el('span', 'itext', it.text), up, down);
          dragToReorder(li, handle, pos);
          list.append(li);
          if (it.i === focusI) {
            const f = focusDir === 'up' && !up.disabled ? up : !down.disabled ? down : up;
            requestAnimationFrame(() => f.focus());
          }
        });
      };
      const move = (pos, d) => {
        const to = pos + d;
        if (to < 0 || to >= items.length) return;
        const [it] = items.splice(pos, 1);
        items.splice(to, 0, it);
        render(it.i, d < 0 ? 'up' : 'down');
      };
      // Pointer drag: the item follows the finger; where it is let go decides its place.
      const dragToReorder = (li, handle, pos) => {
        const startDrag = (ev) => {
          ev.preventDefault();
          li.setPointerCapture(ev.pointerId);
          li.classList.add('dragging');
          const y0 = ev.clientY;
          const moveFn = (e) => {
            li.style.transform = `translateY(${e.clientY - y0}px)`;
          };
          const up = (e) => {
            li.releasePointerCapture(e.pointerId);
            li.removeEventListener('pointermove', moveFn);
            li.removeEventListener('pointerup', up);
            li.removeEventListener('pointercancel', up);
            li.classList.remove('dragging');
            li.style.transform = '';
            // the new place: how many other items' middles lie above the finger
            let to = 0;
            [...list.children].forEach((other, k) => {
              if (k === pos) return;
              const r = other.getBoundingClientRect();
              if (e.clientY > r.top + r.height / 2) to++;
            });
            if (to !== pos) {
              const [it] = items.splice(pos, 1);
              items.splice(to, 0, it);
            }
            render();
          };
          li.addEventListener('pointermove', moveFn);
          li.addEventListener('pointerup', up);
          li.addEventListener('pointercancel', up);
        };
        handle.addEventListener('pointerdown', startDrag);
        li.querySelector('.itext')?.addEventListener('pointerdown', startDrag);
      };
      render();
      body.append(list, submitButton(() => submit({ order: items.map((it) => it.i) })));
    },
    sort(m, body) {
      hint(t('class.sort_hint'));
      const cards = arr(m.cards).map(str);
      const bins = arr(m.bins).map(str);
      const place = cards.map(() => -1);
      let selected = -1;
      const pool = el('div', 'pool');
      const poolTitle = el('p', 'bin-title', t('class.sort_pool'));
      // A bin: its title is the button a keyboard uses; a tap anywhere in it does the same.
      const drop = (b) => {
        if (selected < 0) return;
        place[selected] = b;
        selected = -1;
        render();
      };
      const binEls = bins.map((name, b) => {
        const box = el('div', `bin c${b % 6}`);
        box.dataset.bin = String(b);
        box.addEventListener('click', () => drop(b));
        return box;
      });
      const left = el('p', 'hint');
      const go = submitButton(() => submit({ bins: place.slice() }), true);
      const cardButton = (c) => {
        const cb = button(`card${selected === c ? ' on' : ''}`, cards[c], (e) => {
          e.stopPropagation(); // not a tap on the bin it sits in
          selected = selected === c ? -1 : c;
          render();
        });
        cb.dataset.card = String(c);
        cb.setAttribute('aria-pressed', String(selected === c));
        dragCard(cb, c);
        return cb;
      };
      // Drag a card onto a bin (or back to the pool).
      const dragCard = (cb, c) => {
        cb.addEventListener('pointerdown', (ev) => {
          if (ev.pointerType === 'mouse' && ev.button !== 0) return;
          const x0 = ev.clientX, y0 = ev.clientY;
          let dragging = false;
          cb.setPointerCapture(ev.pointerId); // the moves come here even off the card
          const moveFn = (e) => {
            if (!dragging && Math.hypot(e.clientX - x0, e.clientY - y0) > 10) {
              dragging = true;
              cb.classList.add('dragging');
            }
            if (dragging) cb.style.transform = `translate(${e.clientX - x0}px, ${e.clientY - y0}px)`;
          };
          const up = (e) => {
            cb.removeEventListener('pointermove', moveFn);
            cb.removeEventListener('pointerup', up);
            cb.removeEventListener('pointercancel', up);
            if (!dragging) return; // a tap: the click handler selects
            cb.style.transform = '';
            cb.classList.remove('dragging');
            const target = binEls.findIndex((bx) => {
              const r = bx.getBoundingClientRect();
              return e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
            });
            const r = pool.getBoundingClientRect();
            const inPool = e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
            if (target >= 0) place[c] = target;
            else if (inPool) place[c] = -1;
            selected = -1;
            suppressUntil = performance.now() + 400; // the click a drag ends with is no tap
            render();
          };
          cb.addEventListener('pointermove', moveFn);
          cb.addEventListener('pointerup', up);
          cb.addEventListener('pointercancel', up);
        });
      };
      let suppressUntil = 0;
      body.addEventListener('click', (e) => {
        if (performance.now() < suppressUntil && e.target.closest?.('.card, .bin')) {
          e.stopPropagation();
          e.preventDefault();
        }
      }, true);
      const render = () => {
        const focusCard = document.activeElement?.dataset?.card;
        pool.replaceChildren(poolTitle);
        binEls.forEach((box, b) => {
          const title = button('bin-title', bins[b], (e) => {
            e.stopPropagation();
            drop(b);
          });
          box.replaceChildren(title);
          box.classList.toggle('armed', selected >= 0);
        });
        cards.forEach((_, c) => {
          const cb = cardButton(c);
          if (place[c] < 0) pool.append(cb);
          else binEls[place[c]].append(cb);
        });
        const n = place.filter((p) => p < 0).length;
        left.textContent = n ? t('class.sort_left', num(n)) : '';
        pool.hidden = n === 0 && selected < 0;
        go.disabled = n > 0;
        if (focusCard !== undefined) body.querySelector(`[data-card="${focusCard}"]`)?.focus();
      };
      const binsBox = el('div', 'bins');
      binsBox.append(...binEls);
      render();
      body.append(pool, binsBox, left, go);
    },
    input(m, body) {
      const form = el('form', 'typed');
      const label = el('label', '', t('class.input_label'));
      label.htmlFor = 'typed';
      const field = el('input');
      field.id = 'typed';
      field.maxLength = 100;
      field.autocomplete = 'off';
      field.setAttribute('autocapitalize', 'off');
      field.spellcheck = false;
      field.enterKeyHint = 'send';
      const go = submitButton(undefined);
      go.type = 'submit';
      form.append(label, field, go);
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        const text = field.value.trim();
        if (!text) {
          field.focus();
          return;
        }
        submit({ text });
      });
      body.append(form);
    },
    estimate(m, body) {
      let min = Number(m.min), max = Number(m.max);
      if (!Number.isFinite(min) || !Number.isFinite(max) || max <= min) { min = 0; max = 100; }
      const step = Number(m.step) > 0 ? Number(m.step) : 0;
      const log = !!m.log && min > 0;
      const unit = str(m.unit);
      const STEPS = 1000;
      const toValue = (x) => {
        let v = log ? Math.exp(Math.log(min) + (x / STEPS) * (Math.log(max) - Math.log(min)))
          : min + (x / STEPS) * (max - min);
        if (step) v = min + Math.round((v - min) / step) * step;
        if (log && !step) v = roundNice(v);
        return Math.min(max, Math.max(min, v));
      };
      const toX = (v) => (log ? ((Math.log(v) - Math.log(min)) / (Math.log(max) - Math.log(min))) * STEPS
        : ((v - min) / (max - min)) * STEPS);
      const fmt = (v) => `${new Intl.NumberFormat(lang, { maximumFractionDigits: 6 }).format(v)}${unit ? ` ${unit}` : ''}`;
      let start = Number(m.start);
      if (!Number.isFinite(start) || start < min || start > max) start = log ? Math.sqrt(min * max) : (min + max) / 2;
      const out = el('output', 'value');
      const slider = el('input');
      slider.type = 'range';
      slider.min = '0';
      slider.max = String(STEPS);
      slider.step = '1';
      slider.value = String(Math.round(toX(start)));
      slider.id = 'slider';
      const update = () => {
        const v = toValue(Number(slider.value));
        out.textContent = t('class.estimate_value', fmt(v));
        slider.setAttribute('aria-valuetext', fmt(v));
      };
      slider.addEventListener('input', update);
      const label = el('label', 'sr-only', t('class.input_label'));
      label.htmlFor = 'slider';
      const ends = el('div', 'ends');
      ends.append(el('span', '', fmt(min)), el('span', '', fmt(max)));
      update();
      body.append(out, label, slider, ends, submitButton(() => submit({ value: toValue(Number(slider.value)) })));
    },
    password(m, body) {
      const goal = Math.max(1, Math.min(4, Number(m.strength) || 2));
      const label = el('label', '', t('class.password_label'));
      label.htmlFor = 'pw';
      const field = el('input');
      field.id = 'pw';
      field.type = 'text';
      field.autocomplete = 'off';
      field.setAttribute('autocapitalize', 'off');
      field.setAttribute('autocorrect', 'off');
      field.spellcheck = false;
      field.maxLength = 64;
      const never = el('p', 'hint', t('class.password_never'));
      const goalP = el('p', 'goal', t('class.pw.goal', t(`class.pw.level${goal}`)));
      const meterBox = el('div', 'meter');
      const segs = [0, 1, 2, 3, 4].map(() => el('span', 'seg'));
      meterBox.append(...segs);
      const line = el('p', 'pw-line');
      line.setAttribute('aria-live', 'polite');
      const finds = el('ul', 'findings');
      let level = 0;
      const update = () => {
        const pw = field.value;
        const m8 = meter();
        const r = m8 ? m8(pw) : { level: 0, findings: [], crackSeconds: 0 };
        level = r.level;
        segs.forEach((s, k) => { s.className = `seg${pw && k <= r.level ? ` l${r.level}` : ''}`; });
        line.textContent = pw ? t('class.pw.meter', t(`class.pw.level${r.level}`), crackTime(r.crackSeconds)) : '';
        finds.replaceChildren(...(pw ? r.findings.slice(0, 4) : []).map((f) => {
          const li = el('li', f.kind === 'long' ? 'good' : '', t(`class.pw.f${FINDINGS.indexOf(f.kind)}`, f.text));
          return li;
        }));
      };
      field.addEventListener('input', update);
      const form = el('form', 'typed');
      const go = submitButton(undefined);
      go.type = 'submit';
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        if (!field.value) {
          field.focus();
          return;
        }
        field.value = ''; // the password is forgotten at once: only its level goes
        update();
        submit({ strength: level });
      });
      form.append(label, field, meterBox, line, finds, go);
      body.append(never, goalP, form);
    },
    hotspot(m, body) {
      hint(t('class.hotspot_hint'));
      const parts = arr(m.parts).map((p) => ({
        x: Number(p?.x) || 0, y: Number(p?.y) || 0, w: Number(p?.w) || 0, h: Number(p?.h) || 0,
        label: str(p?.label),
      }));
      const marked = new Set();
      const wrap = el('div', 'mockup');
      const img = el('img');
      const mk = m.mockup && typeof m.mockup === 'object' ? m.mockup : {};
      if (typeof mk.src === 'string' && mk.src.startsWith('/')) img.src = mk.src;
      if (Number(mk.w) > 0 && Number(mk.h) > 0) {
        img.width = Number(mk.w);
        img.height = Number(mk.h);
      }
      img.alt = t('class.hotspot_alt');
      img.draggable = false;
      wrap.append(img);
      const count = el('p', 'hint');
      // One button per part, invisible until focused: the keyboard's way to mark. Pointers go
      // through them to the picture, whose tap is mapped to the parts' rectangles.
      const keys = parts.map((p, i) => {
        const b = button('part', undefined, () => toggle(i));
        b.setAttribute('aria-label', p.label || String(i + 1));
        b.setAttribute('aria-pressed', 'false');
        b.style.left = `${p.x * 100}%`;
        b.style.top = `${p.y * 100}%`;
        b.style.width = `${p.w * 100}%`;
        b.style.height = `${p.h * 100}%`;
        wrap.append(b);
        return b;
      });
      const toggle = (i) => {
        if (marked.has(i)) marked.delete(i);
        else marked.add(i);
        keys[i].classList.toggle('on', marked.has(i));
        keys[i].setAttribute('aria-pressed', String(marked.has(i)));
        count.textContent = t('class.hotspot_marked', num(marked.size));
      };
      // The smallest part under the tap: a button inside a panel is the button.
      wrap.addEventListener('click', (e) => {
        if (e.target !== img) return;
        const r = img.getBoundingClientRect();
        const fx = (e.clientX - r.left) / r.width;
        const fy = (e.clientY - r.top) / r.height;
        let best = -1;
        parts.forEach((p, i) => {
          if (fx >= p.x && fx <= p.x + p.w && fy >= p.y && fy <= p.y + p.h &&
              (best < 0 || p.w * p.h < parts[best].w * parts[best].h)) best = i;
        });
        if (best >= 0) toggle(best);
      });
      count.textContent = t('class.hotspot_marked', num(0));
      body.append(wrap, count, submitButton(() => submit({ parts: [...marked].sort((a, b) => a - b) })));
    },
    game(m, body) {
      body.append(el('p', 'notice', t('class.game_board')));
    },
  };

  // Values from a log slider, read as people do: 2 significant digits.
  function roundNice(v) {
    if (v <= 0) return v;
    const p = 10 ** (Math.floor(Math.log10(v)) - 1);
    return Math.round(v / p) * p;
  }

  function crackTime(s) {
    if (s < 1) return t('class.pw.instant');
    if (s > 3.15e9) return t('class.pw.centuries');
    const units = [[3.15e7, 'years'], [86400, 'days'], [3600, 'hours'], [60, 'minutes'], [1, 'seconds']];
    for (const [sec, key] of units) if (s >= sec) return t(`class.pw.${key}`, num(Math.round(s / sec)));
    return t('class.pw.instant');
  }
  return kinds;
}
