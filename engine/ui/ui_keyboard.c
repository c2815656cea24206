/* ui_keyboard.c — the on-screen keyboard of the text fields, for a touch screen with no
 * keyboard: AZERTY in French, QWERTY in English, with é è à ç on the letters' page, a page of
 * digits and symbols, Shift (once, then caps lock), Space, Backspace and OK (Enter). It shows
 * when a finger pressed last, or when a field is clicked; a physical key hides it. A tap types
 * through the screen's own input, as SDL's text does. Uses the ui's state, its targets, gfx.
 */
#include "ui_keyboard.h"
#include "ui_screens.h"

#include <stdio.h>

/* ==== the keys ============================================================ */

typedef enum { KB_CHAR = 0, KB_SHIFT, KB_ERASE, KB_ENTER, KB_PAGE } kb_kind;

typedef struct {
    const char *lo, *up; /* what it types, and with Shift (NULL: lo) */
    kb_kind kind;
    unsigned char row;
    unsigned char w; /* width in tenths of a unit: a row is 12 units (120) */
} kb_key;

#define KB_ROWS  4
#define KB_UNITS 12

/* clang-format off */
#define L0(c, C) {c, C, KB_CHAR, 0, 12}
#define L1(c, C) {c, C, KB_CHAR, 1, 12}
#define L2(c, C) {c, C, KB_CHAR, 2, 10}
#define S0(c)    {c, NULL, KB_CHAR, 0, 12}
#define S1(c)    {c, NULL, KB_CHAR, 1, 12}
#define S2(c)    {c, NULL, KB_CHAR, 2, 10}

/* The bottom row of every page: the other page, ' and -, Space, the full stop, OK. */
#define KB_BOTTOM \
    {NULL, NULL, KB_PAGE, 3, 20}, {"'", NULL, KB_CHAR, 3, 10}, {"-", NULL, KB_CHAR, 3, 10}, \
    {" ", NULL, KB_CHAR, 3, 40}, {".", NULL, KB_CHAR, 3, 10}, {NULL, NULL, KB_ENTER, 3, 30}

#define KB_SHIFT_KEY {NULL, NULL, KB_SHIFT, 2, 10}
#define KB_ERASE_KEY {NULL, NULL, KB_ERASE, 2, 10}

static const kb_key azerty[] = {
    L0("a", "A"), L0("z", "Z"), L0("e", "E"), L0("r", "R"), L0("t", "T"),
    L0("y", "Y"), L0("u", "U"), L0("i", "I"), L0("o", "O"), L0("p", "P"),
    L1("q", "Q"), L1("s", "S"), L1("d", "D"), L1("f", "F"), L1("g", "G"),
    L1("h", "H"), L1("j", "J"), L1("k", "K"), L1("l", "L"), L1("m", "M"),
    KB_SHIFT_KEY, L2("w", "W"), L2("x", "X"), L2("c", "C"), L2("v", "V"),
    L2("b", "B"), L2("n", "N"), L2("ç", "Ç"), L2("é", "É"), L2("è", "È"),
    L2("à", "À"), KB_ERASE_KEY, KB_BOTTOM};

static const kb_key qwerty[] = {
    L0("q", "Q"), L0("w", "W"), L0("e", "E"), L0("r", "R"), L0("t", "T"),
    L0("y", "Y"), L0("u", "U"), L0("i", "I"), L0("o", "O"), L0("p", "P"),
    L1("a", "A"), L1("s", "S"), L1("d", "D"), L1("f", "F"), L1("g", "G"),
    L1("h", "H"), L1("j", "J"), L1("k", "K"), L1("l", "L"), L1("é", "É"),
    KB_SHIFT_KEY, L2("z", "Z"), L2("x", "X"), L2("c", "C"), L2("v", "V"),
    L2("b", "B"), L2("n", "N"), L2("m", "M"), L2("ç", "Ç"), L2("è", "È"),
    L2("à", "À"), KB_ERASE_KEY, KB_BOTTOM};

/* What passwords and answers need beyond letters: ! ? - _ . @ # and the rest. */
static const kb_key symbols[] = {
    S0("1"), S0("2"), S0("3"), S0("4"), S0("5"), S0("6"), S0("7"), S0("8"), S0("9"), S0("0"),
    S1("@"), S1("#"), S1("!"), S1("?"), S1("_"), S1("&"), S1("*"), S1("+"), S1("="), S1("/"),
    S2("("), S2(")"), S2(":"), S2(";"), S2(","), S2("\""), S2("$"), S2("%"), S2("€"), S2("<"),
    S2(">"), KB_ERASE_KEY, KB_BOTTOM};
/* clang-format on */

/* The page shown, and its number of keys. */
static const kb_key *page_keys(const ui *u, size_t *n)
{
    if (u->keyboard.page == 1) {
        *n = sizeof symbols / sizeof *symbols;
        return symbols;
    }
    if (u->lang == GAME_LANG_FR) {
        *n = sizeof azerty / sizeof *azerty;
        return azerty;
    }
    *n = sizeof qwerty / sizeof *qwerty;
    return qwerty;
}

/* ==== where they are ====================================================== */

typedef struct {
    int kh, kg; /* a key's height, the gap between keys */
    int uw;     /* a unit's width */
    int x0, top;
} kb_metrics;

/* Keys a finger can hit: at least 44 px high (about 53 at 720 px, 56 at 768). */
static void kb_measure(const ui_metrics *m, kb_metrics *k)
{
    k->kh = m->H * 2 / 27;
    if (k->kh < 44) k->kh = 44;
    k->kg = m->gap / 2 > 4 ? m->gap / 2 : 4;
    k->uw = (m->W - 2 * m->pad) / KB_UNITS;
    if (k->uw > k->kh * 3 / 2) k->uw = k->kh * 3 / 2;
    k->x0 = (m->W - KB_UNITS * k->uw) / 2;
    k->top = m->H - (KB_ROWS * k->kh + (KB_ROWS + 1) * k->kg);
}

int ui_keyboard_top(const ui *u, const ui_metrics *m)
{
    if (!u->keyboard.want) return m->H;
    kb_metrics k;
    kb_measure(m, &k);
    return k.top;
}

void ui_keyboard_field(ui_targets *t, gfx_rect r)
{
    ui_add_target(t, UI_T_FIELD, 0, r);
}

/* ==== drawing ============================================================= */

static const char *key_label(const ui *u, const kb_key *k)
{
    switch (k->kind) {
    case KB_SHIFT:
        return u->keyboard.shift == 2 ? "⇪" : "⇧";
    case KB_ERASE:
        return "⌫";
    case KB_ENTER:
        return ui_str(u, "kb.ok");
    case KB_PAGE:
        return ui_str(u, u->keyboard.page ? "kb.letters" : "kb.symbols");
    case KB_CHAR:
        if (k->lo[0] == ' ') return ui_str(u, "kb.space");
        return u->keyboard.shift && k->up ? k->up : k->lo;
    }
    return "";
}

const char *ui_keyboard_label(const ui *u, int index)
{
    size_t n;
    const kb_key *keys = page_keys(u, &n);
    return index >= 0 && (size_t)index < n ? key_label(u, &keys[index]) : NULL;
}

static void draw_key(ui *u, const ui_metrics *m, const kb_metrics *km, const kb_key *k, gfx_rect r)
{
    gfx *g = u->g;
    bool down = u->pressed && ui_hovering(u, r);
    gfx_color fill = UI_PANEL, ink = UI_TEXT;
    if (k->kind == KB_ENTER) {
        fill = UI_ACCENT;
        ink = UI_INK;
    } else if (k->kind == KB_SHIFT && u->keyboard.shift) {
        fill = UI_FOCUS;
        ink = UI_INK;
    } else if (k->kind != KB_CHAR || k->lo[0] == ' ') {
        fill = ui_mix(UI_PANEL, UI_BG, 0.45f);
    }
    if (down) {
        fill = ui_mix(fill, UI_TEXT, 0.25f);
        int d = r.h / 20 + 1;
        r = (gfx_rect){r.x + d, r.y + d, r.w - 2 * d, r.h - 2 * d};
    }
    ui_draw_panel(g, m, r, fill);
    const char *label = key_label(u, k);
    /* letters at the body's size; a word (space, OK, ?123) smaller when it must */
    int px = k->kind == KB_CHAR && k->lo[0] != ' ' ? m->body : m->small;
    int tw, th;
    gfx_text_size(g, label, GFX_FONT_BOLD, px, &tw, &th);
    if (tw > r.w - 2 * km->kg) px = m->small * 3 / 4;
    gfx_text(g, label, GFX_FONT_BOLD, px, r.x + r.w / 2, r.y + (r.h - px * 6 / 5) / 2,
             GFX_ALIGN_CENTER, ink);
}

void ui_keyboard_layout(ui *u, const ui_metrics *m, bool draw, ui_targets *t)
{
    if (!u->keyboard.want) return;
    kb_metrics km;
    kb_measure(m, &km);
    if (draw) gfx_fill_rect(u->g, (gfx_rect){0, km.top, m->W, m->H - km.top}, UI_BAR);
    size_t n;
    const kb_key *keys = page_keys(u, &n);
    int offset = 0, row = 0; /* tenths of a unit from the row's start */
    for (size_t i = 0; i < n; i++) {
        const kb_key *k = &keys[i];
        if (k->row != row) {
            row = k->row;
            offset = 0;
        }
        gfx_rect r = {km.x0 + offset * km.uw / 10 + km.kg / 2,
                      km.top + km.kg + row * (km.kh + km.kg), k->w * km.uw / 10 - km.kg, km.kh};
        offset += k->w;
        ui_add_target(t, UI_T_KEY, (int)i, r);
        if (draw) draw_key(u, m, &km, k, r);
    }
}

/* ==== input =============================================================== */

/* A finger on a screen without a field: the next field comes with the keyboard. On a field's
 * screen a finger does not move the layout under itself; a tap on the field shows it. */
void ui_keyboard_follow(ui *u, const input_event *ev)
{
    const ui_screen_view *s = ui_screen_view_of(u->screen);
    bool field = s->typing && s->typing(u);
    if (ev->type == INPUT_POINTER_DOWN && ev->touch && !field && !u->keyboard.want) {
        u->keyboard.want = true;
        u->keyboard.page = u->keyboard.shift = 0;
        u->dirty = true;
    } else if (ev->type == INPUT_KEY && u->keyboard.want) {
        u->keyboard.want = false;
        u->dirty = true;
    }
}

/* Key i of the page shown, tapped: what its physical key does, through the screen's input. */
static void press_key(ui *u, int i, const ui_targets *ts, uint64_t now)
{
    size_t n;
    const kb_key *keys = page_keys(u, &n);
    if (i < 0 || (size_t)i >= n) return;
    const kb_key *k = &keys[i];
    input_event e = {0};
    switch (k->kind) {
    case KB_SHIFT:
        u->keyboard.shift = (u->keyboard.shift + 1) % 3;
        return;
    case KB_PAGE:
        u->keyboard.page = !u->keyboard.page;
        u->keyboard.shift = 0;
        return;
    case KB_ERASE:
        e.type = INPUT_KEY;
        e.key = INPUT_KEY_ERASE;
        e.sym = '\b';
        break;
    case KB_ENTER: /* the field is done: the next one starts on the letters */
        e.type = INPUT_KEY;
        e.key = INPUT_KEY_ENTER;
        e.sym = '\r';
        u->keyboard.page = 0;
        u->keyboard.shift = 0;
        break;
    case KB_CHAR:
        e.type = INPUT_TEXT;
        snprintf(e.text, sizeof e.text, "%s", u->keyboard.shift && k->up ? k->up : k->lo);
        if (u->keyboard.shift == 1) u->keyboard.shift = 0;
        break;
    }
    if (u->key_sink) {
        u->key_sink(u->key_sink_ud, &e, now);
        return;
    }
    const ui_screen_view *s = ui_screen_view_of(u->screen);
    if (s->input) s->input(u, &e, ts, now);
}

static bool keyboard_target(const ui_target *t)
{
    return t && (t->kind == UI_T_KEY || t->kind == UI_T_FIELD);
}

bool ui_keyboard_input(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    if (ev->type != INPUT_POINTER_DOWN && ev->type != INPUT_POINTER_UP) return false;
    const ui_target *t = ui_target_at(ts, ev->x, ev->y);
    bool ours = keyboard_target(t);
    if (ev->type == INPUT_POINTER_DOWN) {
        if (!ours) return false;
        u->px = ev->x;
        u->py = ev->y;
        u->pressed = true;
        u->press_target = (int)(t - ts->t);
        u->dirty = true;
        return true;
    }
    bool began = u->pressed && u->press_target >= 0 && u->press_target < ts->n &&
                 keyboard_target(&ts->t[u->press_target]);
    if (!ours && !began) return false;
    u->px = ev->x;
    u->py = ev->y;
    u->pressed = false;
    u->dirty = true;
    /* A press counts where it ends on the key it began on. */
    if (!ours || !began || (int)(t - ts->t) != u->press_target) return true;
    if (t->kind == UI_T_FIELD) {
        u->keyboard.want = true;
        return true;
    }
    press_key(u, t->index, ts, now);
    return true;
}
