/* ui_operator.c — the stand operator's menu behind a PIN (docs/stand.md): a PIN pad for a finger
 * or the keyboard, then big buttons: pause the stand, solo or duel, the round and the pack,
 * reset today's board, today's figures (ui_operator_figures.c), quit Vigie, back. Left alone
 * for 60 s it closes to the attract loop. Reads and writes the kept results only through the
 * app's ui_records, each when not NULL.
 */
#include "ui_operator.h"

#include <stdio.h>
#include <string.h>

#define OP_IDLE_MS 60000 /* a menu left open is not a visitor's */
#define OP_LOCK_MS 30000 /* after OP_TRIES wrong PINs in a row */
#define OP_TRIES   3
#define OP_PIN_MAX 8

/* The PIN pad's keys (UI_T_CHOICE): 0–9 the digits, then these. */
enum { OP_KEY_ERASE = 10, OP_KEY_OK = 11 };
/* The menu's buttons (UI_T_ITEM), in the order they show and the keys move through them. */
enum {
    OP_PAUSE,
    OP_MODE,
    OP_ROUND,
    OP_PACK,
    OP_RESET,
    OP_FIGURES,
    OP_QUIT,
    OP_BACK,
    OP_SETTINGS, /* the settings screen (ui_settings.c), shown before Back */
    OP_NITEMS
};

/* ==== state =============================================================== */

/* Nothing typed, nothing asked: how the PIN pad opens. */
static void op_clear(ui *u)
{
    memset(u->op.pin, 0, sizeof u->op.pin);
    u->op.open = false;
    u->op.page = OP_PAGE_MENU;
    u->op.confirm = OP_CONFIRM_NONE;
    u->op.wrong = false;
    u->op.note = NULL;
}

void ui_operator_open(ui *u, uint64_t now)
{
    if (u->screen != UI_SCREEN_OPERATOR) u->op.back = u->screen;
    op_clear(u);
    u->op.last_input = now;
    ui_screen_show(u, UI_SCREEN_OPERATOR);
}

/* Back to the screen the menu opened over: a round goes on where it was. */
static void op_leave(ui *u)
{
    op_clear(u);
    ui_screen_show(u, u->op.back);
}

/* Left alone: the attract loop (a round left under the menu is recorded as abandoned). */
static void op_time_out(ui *u, uint64_t now)
{
    op_clear(u);
    ui_kiosk_attract(u, now);
    if (u->screen == UI_SCREEN_OPERATOR) ui_screen_show(u, UI_SCREEN_ATTRACT);
}

static bool op_locked(const ui *u, uint64_t now)
{
    return u->op.locked_until > now;
}

/* One digit more, unless the pad is locked or the PIN is as long as a PIN gets. */
static void op_digit(ui *u, int d, uint64_t now)
{
    if (op_locked(u, now)) return;
    u->op.wrong = false;
    size_t n = strlen(u->op.pin);
    if (n < OP_PIN_MAX) u->op.pin[n] = (char)('0' + d);
}

/* The PIN typed, checked: the menu, or "wrong" (and after three in a row, 30 s locked). */
static void op_pin_enter(ui *u, uint64_t now)
{
    if (op_locked(u, now) || !u->op.pin[0]) return;
    const char *pin = u->cfg.kiosk.pin;
    bool right = pin && *pin && strcmp(u->op.pin, pin) == 0;
    memset(u->op.pin, 0, sizeof u->op.pin);
    if (right) {
        u->op.open = true;
        u->op.tries = 0;
        u->op.page = OP_PAGE_MENU;
        u->focus = -1;
        return;
    }
    u->op.wrong = true;
    if (++u->op.tries >= OP_TRIES) {
        u->op.tries = 0;
        u->op.locked_until = now + OP_LOCK_MS;
    }
}

static const char *op_pack_id(const ui *u)
{
    if (u->kiosk.pack >= u->npacks) return NULL;
    return u->packs[u->kiosk.pack].id ? u->packs[u->kiosk.pack].id : "";
}

/* The title of level l of the kiosk's pack (its file's path when it did not load). */
static const char *op_level_title(const ui *u, size_t pack, size_t l)
{
    const ui_level *lv = &u->packs[pack].levels[l];
    return lv->level ? game_text_get(&lv->level->title, u->lang) : lv->path;
}

static const char *op_pack_title(const ui *u, size_t p)
{
    const char *t = game_text_get(&u->packs[p].title, u->lang);
    return t && *t ? t : u->packs[p].id ? u->packs[p].id : "";
}

/* Today's figures of the kiosk's pack, read now (what the app queued written first). */
static void op_figures_open(ui *u)
{
    const ui_records *rec = &u->cfg.records;
    memset(&u->op.fig, 0, sizeof u->op.fig);
    u->op.fig_ok = false;
    if (rec->stand_day) {
        ui_records_flush(u);
        game_error err = {0};
        u->op.fig_ok = rec->stand_day(rec->ud, op_pack_id(u), 0, &u->op.fig, &err);
    }
    u->op.page = OP_PAGE_FIGURES;
    u->focus = -1;
}

static void op_page(ui *u, int page)
{
    u->op.page = page;
    u->op.note = NULL;
    u->focus = -1;
}

/* A menu's button, pressed. */
static void op_item(ui *u, int item, uint64_t now)
{
    u->op.note = NULL;
    switch (item) {
    case OP_PAUSE:
        u->kiosk.paused = !u->kiosk.paused;
        break;
    case OP_MODE:
        u->kiosk.duel = !u->kiosk.duel;
        break;
    case OP_ROUND:
        op_page(u, OP_PAGE_ROUND);
        break;
    case OP_PACK:
        op_page(u, OP_PAGE_PACK);
        break;
    case OP_RESET:
        u->op.confirm = OP_CONFIRM_RESET;
        u->focus = -1;
        break;
    case OP_FIGURES:
        op_figures_open(u);
        break;
    case OP_QUIT:
        u->op.confirm = OP_CONFIRM_QUIT;
        u->focus = -1;
        break;
    case OP_BACK:
        op_leave(u);
        break;
    case OP_SETTINGS:
        ui_screen_open(u, UI_SCREEN_SETTINGS, now);
        break;
    default:
        break;
    }
}

/* What was asked, done. */
static void op_confirmed(ui *u)
{
    int c = u->op.confirm;
    u->op.confirm = OP_CONFIRM_NONE;
    u->focus = -1;
    if (c == OP_CONFIRM_QUIT) {
        u->quit = true;
    } else if (c == OP_CONFIRM_RESET) {
        const ui_records *rec = &u->cfg.records;
        if (rec->board_reset) {
            ui_records_flush(u);
            rec->board_reset(rec->ud, op_pack_id(u));
            u->op.note = "op.reset_done";
        } else {
            u->op.note = "op.no_records";
        }
    }
}

/* Esc, Backspace, "Annuler", "Retour": one step back. */
static void op_back(ui *u)
{
    if (!u->op.open) {
        op_leave(u);
    } else if (u->op.confirm) {
        u->op.confirm = OP_CONFIRM_NONE;
        u->focus = -1;
    } else if (u->op.page != OP_PAGE_MENU) {
        op_page(u, OP_PAGE_MENU);
    } else {
        op_leave(u);
    }
}

/* ==== input =============================================================== */

static void op_activate(ui *u, const ui_target *t, uint64_t now)
{
    u->op.last_input = now;
    u->dirty = true;
    switch (t->kind) {
    case UI_T_CHOICE: /* the PIN pad */
        if (t->index < 10)
            op_digit(u, t->index, now);
        else if (t->index == OP_KEY_ERASE)
            ui_erase_last(u->op.pin);
        else
            op_pin_enter(u, now);
        break;
    case UI_T_ITEM:
        op_item(u, t->index, now);
        break;
    case UI_T_LEVEL: /* a round (-1: in turn), or a pack */
        if (u->op.page == OP_PAGE_ROUND) {
            u->kiosk.fixed_round = t->index;
        } else if (u->op.page == OP_PAGE_PACK && t->index >= 0 && (size_t)t->index < u->npacks) {
            if ((size_t)t->index != u->kiosk.pack) {
                u->kiosk.pack = (size_t)t->index;
                u->kiosk.fixed_round = -1;
                u->kiosk.round = 0;
            }
        }
        op_page(u, OP_PAGE_MENU);
        break;
    case UI_T_SUBMIT:
        op_confirmed(u);
        break;
    case UI_T_BACK:
        op_back(u);
        break;
    default:
        break;
    }
}

/* Every event is the operator's: none reaches the keys every screen shares but the language and
 * the sound (no Ctrl+Q, no F11, no F5 here). Digits, Backspace and Enter on the PIN pad; the
 * arrows (and Tab) move the focus, Enter presses it, Esc goes one step back. */
static bool op_input(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    u->op.last_input = now;
    switch (ev->type) {
    case INPUT_POINTER_DOWN:
    case INPUT_POINTER_UP:
    case INPUT_POINTER_MOVE:
    case INPUT_RESIZED:
    case INPUT_EXPOSED:
        return false; /* the pointer finds the targets as everywhere */
    case INPUT_KEY:
        break;
    default:
        return true; /* the text of a digit (its key acted), the wheel, the window's close */
    }
    u->dirty = true;
    if (ev->key == INPUT_KEY_LANGUAGE || ev->key == INPUT_KEY_MUTE ||
        ev->key == INPUT_KEY_VOLUME_UP || ev->key == INPUT_KEY_VOLUME_DOWN)
        return false;
    if (!u->op.open && ev->sym >= '0' && ev->sym <= '9') {
        op_digit(u, ev->sym - '0', now);
        return true;
    }
    if (!u->op.open && ev->key == INPUT_KEY_ERASE) {
        if (u->op.pin[0])
            ui_erase_last(u->op.pin);
        else
            op_back(u);
        return true;
    }
    if (!u->op.open && ev->key == INPUT_KEY_ENTER && ev->sym != ' ') {
        op_pin_enter(u, now);
        return true;
    }
    switch (ev->key) {
    case INPUT_KEY_BACK:
    case INPUT_KEY_ERASE:
        op_back(u);
        break;
    case INPUT_KEY_UP:
    case INPUT_KEY_LEFT:
        if (ts->n) u->focus = u->focus <= 0 ? ts->n - 1 : u->focus - 1;
        break;
    case INPUT_KEY_DOWN:
    case INPUT_KEY_RIGHT:
        if (ts->n) u->focus = u->focus < 0 || u->focus + 1 >= ts->n ? 0 : u->focus + 1;
        break;
    case INPUT_KEY_ENTER:
        if (u->focus >= 0 && u->focus < ts->n) {
            ui_target t = ts->t[u->focus];
            op_activate(u, &t, now);
        } else if (u->op.confirm) {
            op_confirmed(u); /* "Oui (Entrée)" */
        }
        break;
    default:
        break;
    }
    return true;
}

/* ==== time ================================================================ */

static bool op_update(ui *u, uint64_t now)
{
    if (now >= u->op.last_input + OP_IDLE_MS) {
        op_time_out(u, now);
        return true;
    }
    if (u->op.locked_until) { /* the countdown shows each second, then the pad takes PINs */
        if (now >= u->op.locked_until) u->op.locked_until = 0;
        u->dirty = true;
    }
    return true;
}

static int op_wait(ui *u, uint64_t now)
{
    uint64_t idle = u->op.last_input + OP_IDLE_MS;
    int wait = idle > now ? (int)(idle - now) : 0;
    if (u->op.locked_until > now) {
        int tick = (int)((u->op.locked_until - now) % 1000);
        if (tick == 0) tick = 1000;
        if (tick < wait) wait = tick;
    }
    return wait;
}

/* ==== drawing ============================================================= */

/* A button of the operator's screens: a target, drawn with the focus when the keys put it
 * there. */
void ui_op_button(ui *u, const ui_metrics *m, bool draw, ui_targets *t, ui_target_kind k, int index,
                  gfx_rect r, const char *label, ui_btn_style st)
{
    int at = t->n;
    ui_add_target(t, k, index, r);
    if (!draw) return;
    bool hover = ui_hovering(u, r);
    ui_draw_button(u->g, m, r, label, st, hover, u->pressed && hover, u->focus == at);
}

/* The heading at the top left, whole; returns the y under it. */
int ui_op_heading(ui *u, const ui_metrics *m, const char *text, int x, int w, bool draw)
{
    int h = 0;
    int px = ui_recap_text_px(u, text, GFX_FONT_BOLD, m->prompt, m->body, w, &h);
    if (draw)
        ui_recap_text(u, text, GFX_FONT_BOLD, px, px, x, m->pad, w, GFX_ALIGN_LEFT, UI_ACCENT);
    return m->pad + h + m->gap;
}

/* The muted key hints in the bottom row, left of what is at its right (x_end). */
void ui_op_keys(ui *u, const ui_metrics *m, const char *key, int y, int h, int x_end)
{
    const char *text = ui_str(u, key);
    int w = x_end - m->pad - m->gap, th = 0;
    int px =
        ui_recap_text_px(u, text, GFX_FONT_REGULAR, m->small * 4 / 5, m->small * 3 / 5, w, &th);
    ui_recap_text(u, text, GFX_FONT_REGULAR, px, px, m->pad, y + (h - th) / 2, w, GFX_ALIGN_LEFT,
                  UI_MUTED);
}

/* The PIN pad: at the left the title, the dots and what went wrong; at the right the digits,
 * three by four, as big as the height allows; "Annuler" under the left column. */
static void op_pin_layout(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    int key = (m->H - 2 * m->pad - 3 * m->gap) / 4;
    if (key > m->H / 6) key = m->H / 6;
    int padw = 3 * key + 2 * m->gap, padh = 4 * key + 3 * m->gap;
    int px0 = m->W - m->pad - padw, py0 = (m->H - padh) / 2;
    int lw = px0 - 2 * m->pad - m->gap; /* the left column */
    bool locked = op_locked(u, now);
    static const char *const labels[12] = {
        "1", "2", "3", "4", "5", "6", "7", "8", "9", "\xe2\x8c\xab", "0", "OK"};
    static const int digit[12] = {1, 2, 3, 4, 5, 6, 7, 8, 9, OP_KEY_ERASE, 0, OP_KEY_OK};
    for (int i = 0; i < 12; i++) {
        gfx_rect r = {px0 + (i % 3) * (key + m->gap), py0 + (i / 3) * (key + m->gap), key, key};
        ui_btn_style st = locked                  ? UI_BTN_DIM
                          : digit[i] == OP_KEY_OK ? UI_BTN_PRIMARY
                                                  : UI_BTN_NORMAL;
        ui_op_button(u, m, draw, t, UI_T_CHOICE, digit[i], r, labels[i], st);
    }
    int bh = m->body * 2, bw = ui_button_width(u, m, "op.cancel", NULL);
    if (bw > lw) bw = lw;
    gfx_rect cancel = {m->pad, m->H - m->pad - bh, bw, bh};
    ui_op_button(u, m, draw, t, UI_T_BACK, 0, cancel, ui_str(u, "op.cancel"), UI_BTN_NORMAL);
    if (!draw) return;
    u->nshown = 0;
    int y = ui_op_heading(u, m, ui_str(u, "op.title"), m->pad, lw, true);
    y += ui_recap_text(u, ui_str(u, "op.pin"), GFX_FONT_REGULAR, m->body, m->small, m->pad, y, lw,
                       GFX_ALIGN_LEFT, UI_TEXT) +
         m->gap;
    /* the digits typed, as dots in a field */
    gfx_rect field = {m->pad, y, lw, m->body * 2};
    ui_fill_box(u->g, m, field, m->radius, UI_PANEL);
    size_t n = strlen(u->op.pin);
    int dot = m->body / 2, step = dot * 2 + dot / 2;
    for (size_t i = 0; i < n; i++)
        gfx_fill_circle(u->g, field.x + m->gap + dot + (int)i * step, field.y + field.h / 2, dot,
                        UI_TEXT);
    y += field.h + m->gap;
    char line[200], secs[16];
    const char *said = NULL;
    if (locked) {
        snprintf(secs, sizeof secs, "%d", (int)((u->op.locked_until - now + 999) / 1000));
        ui_fmt(u, line, sizeof line, "op.pin_locked", secs, NULL, NULL);
        said = line;
    } else if (u->op.wrong) {
        said = ui_str(u, "op.pin_wrong");
    }
    if (said) { /* in white on red, readable from a step back */
        int th = 0, in = m->gap;
        int px = ui_recap_text_px(u, said, GFX_FONT_BOLD, m->body, m->small, lw - 2 * in, &th);
        gfx_fill_rounded(u->g, (gfx_rect){m->pad, y, lw, th + 2 * in}, m->radius, UI_WRONG);
        ui_recap_text(u, said, GFX_FONT_BOLD, px, px, m->pad + in, y + in, lw - 2 * in,
                      GFX_ALIGN_LEFT, UI_TEXT);
    } else {
        ui_recap_text(u, ui_str(u, "op.pin_keys"), GFX_FONT_REGULAR, m->small, m->small * 3 / 4,
                      m->pad, y, lw, GFX_ALIGN_LEFT, UI_MUTED);
    }
}

/* The state of the stand, in one line under the title. */
static void op_status(const ui *u, char *buf, size_t n)
{
    char round[300];
    if (u->kiosk.fixed_round >= 0 && u->kiosk.pack < u->npacks &&
        (size_t)u->kiosk.fixed_round < u->packs[u->kiosk.pack].nlevels)
        snprintf(round, sizeof round, "%s",
                 op_level_title(u, u->kiosk.pack, (size_t)u->kiosk.fixed_round));
    else
        snprintf(round, sizeof round, "%s", ui_str(u, "op.round_rotate"));
    snprintf(buf, n, "%s \xc2\xb7 %s \xc2\xb7 %s \xc2\xb7 %s",
             ui_str(u, u->kiosk.paused ? "op.status_paused" : "op.status_on"),
             ui_str(u, u->kiosk.duel ? "op.duel" : "op.solo"),
             u->kiosk.pack < u->npacks ? op_pack_title(u, u->kiosk.pack) : "", round);
}

/* A grid of n buttons in cols columns filling r, each row as tall as it may be up to max_h. */
static gfx_rect op_cell(const ui_metrics *m, gfx_rect r, int n, int cols, int i, int max_h)
{
    int rows = (n + cols - 1) / cols;
    int w = (r.w - (cols - 1) * m->gap) / cols;
    int h = (r.h - (rows - 1) * m->gap) / rows;
    if (h > max_h) h = max_h;
    return (gfx_rect){r.x + (i % cols) * (w + m->gap), r.y + (i / cols) * (h + m->gap), w, h};
}

static void op_menu_layout(ui *u, const ui_metrics *m, bool draw, ui_targets *t)
{
    int w = m->W - 2 * m->pad;
    if (draw) u->nshown = 0;
    int y = ui_op_heading(u, m, ui_str(u, "op.title"), m->pad, w, draw);
    char status[600];
    op_status(u, status, sizeof status);
    int sh = 0;
    int spx = ui_recap_text_px(u, status, GFX_FONT_REGULAR, m->body, m->small, w, &sh);
    if (draw)
        ui_recap_text(u, status, GFX_FONT_REGULAR, spx, spx, m->pad, y, w, GFX_ALIGN_LEFT,
                      u->kiosk.paused ? UI_WRONG : UI_MUTED);
    y += sh + m->gap;
    int keys_h = m->small + m->gap;
    gfx_rect area = {m->pad, y, w, m->H - m->pad - keys_h - y};
    char round[300], pack[300];
    const char *rt = u->kiosk.fixed_round >= 0 && u->kiosk.pack < u->npacks &&
                             (size_t)u->kiosk.fixed_round < u->packs[u->kiosk.pack].nlevels
                         ? op_level_title(u, u->kiosk.pack, (size_t)u->kiosk.fixed_round)
                         : ui_str(u, "op.round_rotate");
    ui_fmt(u, round, sizeof round, "op.round", rt, NULL, NULL);
    ui_fmt(u, pack, sizeof pack, "op.pack",
           u->kiosk.pack < u->npacks ? op_pack_title(u, u->kiosk.pack) : "", NULL, NULL);
    const char *labels[OP_NITEMS] = {
        ui_str(u, u->kiosk.paused ? "op.resume" : "op.pause"),
        ui_str(u, u->kiosk.duel ? "op.mode_duel" : "op.mode_solo"),
        round,
        pack,
        ui_str(u, "op.reset"),
        ui_str(u, "op.figures"),
        ui_str(u, "op.quit"),
        ui_str(u, "op.back"),
        ui_str(u, "op.settings"),
    };
    ui_btn_style styles[OP_NITEMS] = {u->kiosk.paused ? UI_BTN_RIGHT : UI_BTN_NORMAL,
                                      UI_BTN_NORMAL,
                                      UI_BTN_NORMAL,
                                      UI_BTN_NORMAL,
                                      UI_BTN_NORMAL,
                                      UI_BTN_NORMAL,
                                      UI_BTN_WRONG,
                                      UI_BTN_PRIMARY,
                                      UI_BTN_NORMAL};
    /* in the order drawn (and Tab's): the settings before Back, which stays last */
    static const int order[OP_NITEMS] = {OP_PAUSE,   OP_MODE, OP_ROUND,    OP_PACK, OP_RESET,
                                         OP_FIGURES, OP_QUIT, OP_SETTINGS, OP_BACK};
    for (int p = 0; p < OP_NITEMS; p++) {
        int i = order[p];
        ui_op_button(u, m, draw, t, UI_T_ITEM, i, op_cell(m, area, OP_NITEMS, 2, p, m->H / 5),
                     labels[i], styles[i]);
    }
    if (!draw) return;
    int ky = m->H - m->pad - keys_h;
    if (u->op.note) {
        ui_recap_text(u, ui_str(u, u->op.note), GFX_FONT_BOLD, m->small * 4 / 5, m->small * 3 / 5,
                      m->pad, ky + m->gap / 2, w, GFX_ALIGN_LEFT, UI_RIGHT_TEXT);
    } else {
        ui_op_keys(u, m, "op.keys", ky + m->gap / 2, m->small, m->W - m->pad);
    }
}

/* Choose the round (in turn, or one of the kiosk pack's levels) or the pack. */
static void op_list_layout(ui *u, const ui_metrics *m, bool draw, ui_targets *t)
{
    bool rounds = u->op.page == OP_PAGE_ROUND;
    int w = m->W - 2 * m->pad;
    if (draw) u->nshown = 0;
    int y = ui_op_heading(u, m, ui_str(u, rounds ? "op.choose_round" : "op.choose_pack"), m->pad, w,
                          draw);
    int bh = m->body * 2;
    int bw = ui_button_width(u, m, "op.back_menu", NULL);
    gfx_rect back = {m->W - m->pad - bw, m->H - m->pad - bh, bw, bh};
    size_t nlev = u->kiosk.pack < u->npacks ? u->packs[u->kiosk.pack].nlevels : 0;
    int n = rounds ? (int)nlev + 1 : (int)u->npacks;
    int cols = n > 4 ? 2 : 1;
    gfx_rect area = {m->pad, y, w, back.y - m->gap - y};
    /* as many as the screen holds at a readable size */
    int rows_max = (area.h + m->gap) / (m->small * 2 + m->gap);
    if (rows_max < 1) rows_max = 1;
    if (n > rows_max * cols) n = rows_max * cols;
    for (int i = 0; i < n; i++) {
        int index = rounds ? i - 1 : i;
        bool current = rounds ? index == u->kiosk.fixed_round : (size_t)index == u->kiosk.pack;
        const char *label = rounds ? (index < 0 ? ui_str(u, "op.round_rotate")
                                                : op_level_title(u, u->kiosk.pack, (size_t)index))
                                   : op_pack_title(u, (size_t)index);
        ui_op_button(u, m, draw, t, UI_T_LEVEL, index, op_cell(m, area, n, cols, i, m->H / 6),
                     label, current ? UI_BTN_PRIMARY : UI_BTN_NORMAL);
    }
    ui_op_button(u, m, draw, t, UI_T_BACK, 0, back, ui_str(u, "op.back_menu"), UI_BTN_NORMAL);
    if (draw) ui_op_keys(u, m, "op.keys", back.y, back.h, back.x);
}

/* "Are you sure?": the question in a panel, yes and no under it. */
static void op_confirm_layout(ui *u, const ui_metrics *m, bool draw, ui_targets *t)
{
    bool quit = u->op.confirm == OP_CONFIRM_QUIT;
    char q[600];
    if (quit) {
        snprintf(q, sizeof q, "%s", ui_str(u, "op.confirm_quit"));
    } else {
        ui_fmt(u, q, sizeof q, "op.confirm_reset",
               u->kiosk.pack < u->npacks ? op_pack_title(u, u->kiosk.pack) : "", NULL, NULL);
    }
    int pw = m->W * 3 / 4, inner = pw - 2 * m->pad;
    int qh = 0, qpx = ui_recap_text_px(u, q, GFX_FONT_BOLD, m->body, m->small, inner, &qh);
    int bh = m->body * 5 / 2, bw = (inner - m->gap) / 2;
    int ph = m->pad + qh + m->pad + bh + m->pad;
    gfx_rect panel = {(m->W - pw) / 2, (m->H - ph) / 2, pw, ph};
    gfx_rect yes = {panel.x + m->pad, panel.y + ph - m->pad - bh, bw, bh};
    gfx_rect no = {yes.x + bw + m->gap, yes.y, bw, bh};
    if (draw) {
        u->nshown = 0;
        ui_draw_panel(u->g, m, panel, ui_mix(UI_PANEL, UI_BG, 0.6f));
        ui_recap_text(u, q, GFX_FONT_BOLD, qpx, qpx, panel.x + m->pad, panel.y + m->pad, inner,
                      GFX_ALIGN_CENTER, UI_TEXT);
    }
    ui_op_button(u, m, draw, t, UI_T_SUBMIT, 0, yes,
                 ui_str(u, quit ? "op.quit_yes" : "op.reset_yes"), UI_BTN_WRONG);
    ui_op_button(u, m, draw, t, UI_T_BACK, 0, no, ui_str(u, "op.cancel"), UI_BTN_NORMAL);
}

static void op_layout(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    if (!u->op.open)
        op_pin_layout(u, m, now, draw, t);
    else if (u->op.confirm)
        op_confirm_layout(u, m, draw, t);
    else if (u->op.page == OP_PAGE_FIGURES)
        ui_op_figures_layout(u, m, draw, t);
    else if (u->op.page == OP_PAGE_ROUND || u->op.page == OP_PAGE_PACK)
        op_list_layout(u, m, draw, t);
    else
        op_menu_layout(u, m, draw, t);
}

const ui_screen_view ui_screen_operator = {.layout = op_layout,
                                           .input = op_input,
                                           .activate = op_activate,
                                           .update = op_update,
                                           .wait = op_wait,
                                           .own_tab = true};
