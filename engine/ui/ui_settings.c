/* ui_settings.c — the settings screen ("Réglages", docs/accessibility.md): text size, theme,
 * font, reduced motion, time, speech and its rate, the language and the volume, one row each
 * with a line that says what it does. A change applies at once (ui_access_set: the screen
 * itself shows the new theme, size and font); leaving keeps them (ui_records.access_save).
 * Reached from the menu (O, or its button) and the title (O).
 */
#include "ui_screens.h"

#include <stdio.h>
#include <string.h>

typedef enum {
    ROW_TEXT = 0,
    ROW_THEME,
    ROW_FONT,
    ROW_MOTION,
    ROW_TIME,
    ROW_SPEECH,
    ROW_RATE,
    ROW_LANG,
    ROW_VOLUME,
    ROW_COUNT
} settings_row;

/* Each row's catalog key: its label; key.about, what it does; key.N, its values. */
static const char *const row_key[ROW_COUNT] = {"set.text",   "set.theme", "set.font",
                                               "set.motion", "set.time",  "set.speech",
                                               "set.rate",   "set.lang",  "set.volume"};

#define RATE_STEP   20
#define VOLUME_STEP 10

static int rate_of(const ui_access *a)
{
    return a->speech_rate ? a->speech_rate : UI_SPEECH_RATE_DEF;
}

/* The value row r shows. */
static void row_value(const ui *u, int r, char *buf, size_t n)
{
    const ui_access *a = ui_access_get(u);
    char key[40], num[24];
    int v = -1;
    switch (r) {
    case ROW_TEXT:
        v = (int)a->text;
        break;
    case ROW_THEME:
        v = (int)a->theme;
        break;
    case ROW_FONT:
        v = (int)a->font;
        break;
    case ROW_MOTION:
        v = a->reduced_motion;
        break;
    case ROW_TIME:
        v = (int)a->pace;
        break;
    case ROW_SPEECH:
        v = a->speech;
        break;
    case ROW_RATE:
        snprintf(num, sizeof num, "%d", rate_of(a));
        ui_fmt(u, buf, n, "set.rate.value", num, NULL, NULL);
        return;
    case ROW_LANG:
        v = u->lang == GAME_LANG_EN;
        break;
    case ROW_VOLUME:
        if (audio_muted(u->a)) {
            snprintf(buf, n, "%s", ui_str(u, "set.volume.off"));
        } else {
            snprintf(num, sizeof num, "%d", audio_volume(u->a));
            ui_fmt(u, buf, n, "menu.sound", num, NULL, NULL);
        }
        return;
    default:
        break;
    }
    if (r == ROW_MOTION || r == ROW_SPEECH)
        snprintf(key, sizeof key, "set.%s", v ? "yes" : "no");
    else
        snprintf(key, sizeof key, "%s.%d", row_key[r], v);
    snprintf(buf, n, "%s", ui_str(u, key));
}

static int cycle(int v, int dir, int count, bool wrap)
{
    v += dir;
    if (v < 0) return wrap ? count - 1 : 0;
    if (v >= count) return wrap ? 0 : count - 1;
    return v;
}

/* Row r one value on (dir 1) or back (-1); wrap: past the last comes the first (Enter, a
 * press), else the ends hold (the arrows). */
static void row_change(ui *u, int r, int dir, bool wrap)
{
    ui_access a = *ui_access_get(u);
    switch (r) {
    case ROW_TEXT:
        a.text = (ui_text_size)cycle((int)a.text, dir, UI_TEXT_COUNT, wrap);
        break;
    case ROW_THEME:
        a.theme = (ui_theme_id)cycle((int)a.theme, dir, UI_THEME_COUNT, wrap);
        break;
    case ROW_FONT:
        a.font = (ui_font_id)cycle((int)a.font, dir, UI_FONT_COUNT, wrap);
        break;
    case ROW_MOTION:
        a.reduced_motion = cycle(a.reduced_motion, dir, 2, wrap);
        break;
    case ROW_TIME:
        a.pace = (game_pace)cycle((int)a.pace, dir, GAME_PACE_COUNT, wrap);
        break;
    case ROW_SPEECH:
        a.speech = cycle(a.speech, dir, 2, wrap);
        break;
    case ROW_RATE: {
        int steps = (UI_SPEECH_RATE_MAX - UI_SPEECH_RATE_MIN) / RATE_STEP + 1;
        int at = (rate_of(&a) - UI_SPEECH_RATE_MIN + RATE_STEP / 2) / RATE_STEP;
        a.speech_rate = UI_SPEECH_RATE_MIN + cycle(at, dir, steps, wrap) * RATE_STEP;
        if (a.speech_rate > UI_SPEECH_RATE_MAX) a.speech_rate = UI_SPEECH_RATE_MAX;
        break;
    }
    case ROW_LANG:
        u->lang = u->lang == GAME_LANG_FR ? GAME_LANG_EN : GAME_LANG_FR;
        u->dirty = true;
        return;
    case ROW_VOLUME:
        if (audio_muted(u->a) && u->a)
            audio_toggle_mute(u->a); /* a change to the volume is to hear it */
        else
            audio_set_volume(
                u->a, cycle(audio_volume(u->a) / VOLUME_STEP, dir, 100 / VOLUME_STEP + 1, wrap) *
                          VOLUME_STEP);
        audio_play(u->a, AUDIO_CLICK);
        u->dirty = true;
        return;
    default:
        return;
    }
    ui_access_set(u, &a);
}

/* The dyslexia font was chosen, and OpenDyslexic is not installed: the text stays in DejaVu. */
static bool font_missing(const ui *u)
{
    return ui_access_get(u)->font == UI_FONT_DYSLEXIC && u->g &&
           gfx_get_face(u->g) != GFX_FACE_DYSLEXIC;
}

/* ==== layout ============================================================== */

/* One row's measures: its label and value side by side, or the value under the label when
 * both do not fit on a line; what it does, wrapped under them. */
typedef struct {
    char value[120];
    const char *label, *about;
    bool stacked;
    int h, label_h, value_w, value_h, text_h, about_h, about_px;
} row_box;

static void row_measure(ui *u, const ui_metrics *m, int r, int w, int about_px, row_box *b)
{
    gfx *g = u->g;
    char key[40];
    b->label = ui_str(u, row_key[r]);
    if (r == ROW_FONT && font_missing(u)) {
        b->about = ui_str(u, "set.font.missing");
    } else {
        snprintf(key, sizeof key, "%s.about", row_key[r]);
        b->about = ui_str(u, key);
    }
    row_value(u, r, b->value, sizeof b->value);
    int lw, lh, vw, vh, arrow = m->body / 2;
    gfx_text_size(g, b->label, GFX_FONT_BOLD, m->body, &lw, &lh);
    gfx_text_size(g, b->value, GFX_FONT_BOLD, m->body, &vw, &vh);
    b->value_w = vw + 2 * arrow + 6 * m->gap;
    int inner = w - 2 * m->pad;
    b->stacked = lw + m->gap * 2 + b->value_w > inner;
    b->label_h =
        b->stacked ? gfx_text_wrapped_height(g, b->label, GFX_FONT_BOLD, m->body, inner, NULL) : lh;
    b->text_h = vh;
    b->value_h = vh + m->gap;
    int value_h = b->value_h;
    b->about_px = about_px;
    b->about_h = gfx_text_wrapped_height(g, b->about, GFX_FONT_REGULAR, about_px, inner, NULL);
    b->h = m->gap * 2 + (b->stacked ? b->label_h + m->gap / 2 + value_h : value_h) + m->gap / 2 +
           b->about_h;
}

/* A row the list's edge cuts shows its panel and at most its label: that the list goes on,
 * and no text cut. */
static void row_draw(ui *u, const ui_metrics *m, int r, gfx_rect box, const row_box *b, int top,
                     int bottom)
{
    bool whole = box.y >= top && box.y + box.h <= bottom;
    gfx *g = u->g;
    bool focus = u->settings.row == r, hot = ui_hovering(u, box);
    if (focus) {
        int f = m->H / 180 + 2;
        gfx_fill_rounded(g, (gfx_rect){box.x - f, box.y - f, box.w + 2 * f, box.h + 2 * f},
                         m->radius + f, UI_FOCUS);
    }
    gfx_fill_rounded(g, box, m->radius, hot || focus ? UI_PANEL_HI : UI_PANEL);
    if (!whole) { /* its label, where it shows whole: at its place, else in the visible slice */
        int ly = box.y + m->gap + (b->value_h - b->text_h) / 2;
        int vt = box.y > top ? box.y : top, vb = box.y + box.h < bottom ? box.y + box.h : bottom;
        if (b->stacked || ly < top || ly + b->text_h > bottom) ly = (vt + vb - b->text_h) / 2;
        int lw, lh;
        gfx_text_size(g, b->label, GFX_FONT_BOLD, m->body, &lw, &lh);
        if (ly >= vt && ly + b->text_h <= vb && lw <= box.w - 2 * m->pad)
            gfx_text(g, b->label, GFX_FONT_BOLD, m->body, box.x + m->pad, ly, GFX_ALIGN_LEFT,
                     UI_TEXT);
        return;
    }
    int x = box.x + m->pad, inner = box.w - 2 * m->pad, y = box.y + m->gap;
    int vh = b->value_h;
    gfx_rect pill;
    if (b->stacked) {
        gfx_text_wrapped(g, b->label, GFX_FONT_BOLD, m->body, x, y, inner, GFX_ALIGN_LEFT, UI_TEXT);
        y += b->label_h + m->gap / 2;
        pill = (gfx_rect){x, y, b->value_w, vh};
        y += vh;
    } else {
        gfx_text(g, b->label, GFX_FONT_BOLD, m->body, x, y + (vh - b->text_h) / 2, GFX_ALIGN_LEFT,
                 UI_TEXT);
        pill = (gfx_rect){x + inner - b->value_w, y, b->value_w, vh};
        y += vh;
    }
    /* the value between its arrows: ←/→ (or a press) change it */
    gfx_fill_rounded(g, pill, pill.h / 2, UI_BAR);
    int a = m->body / 2, cy = pill.y + pill.h / 2;
    float ax = (float)(pill.x + m->gap * 3 / 2), bx = (float)(pill.x + pill.w - m->gap * 3 / 2);
    gfx_fill_triangle(g, ax, (float)cy, ax + (float)a, (float)(cy - a / 2 - 2), ax + (float)a,
                      (float)(cy + a / 2 + 2), UI_ACCENT);
    gfx_fill_triangle(g, bx, (float)cy, bx - (float)a, (float)(cy - a / 2 - 2), bx - (float)a,
                      (float)(cy + a / 2 + 2), UI_ACCENT);
    gfx_text(g, b->value, GFX_FONT_BOLD, m->body, pill.x + pill.w / 2,
             pill.y + (pill.h - b->text_h) / 2, GFX_ALIGN_CENTER, UI_TEXT);
    y += m->gap / 2;
    bool warn = r == ROW_FONT && font_missing(u);
    gfx_text_wrapped(g, b->about, warn ? GFX_FONT_BOLD : GFX_FONT_REGULAR, b->about_px, x, y, inner,
                     GFX_ALIGN_LEFT, warn ? UI_ACCENT : UI_MUTED);
}

static void settings_layout(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    (void)now;
    gfx *g = u->g;
    /* the heading */
    int head_h = m->small * 3;
    if (draw) {
        gfx_fill_rect(g, (gfx_rect){0, 0, m->W, head_h}, UI_BAR);
        int logo = head_h * 6 / 10;
        ui_draw_logo(g, m->pad + logo / 2, head_h / 2, logo);
        gfx_text(g, ui_str(u, "set.heading"), GFX_FONT_BOLD, m->body, m->pad + logo * 2,
                 head_h / 2 - m->body * 6 / 10, GFX_ALIGN_LEFT, UI_ACCENT);
    }
    /* the bottom: "Terminé" at the right, the keys at its left (wrapped when they must be) */
    int bw = ui_button_width(u, m, "set.done", NULL), bh = m->body * 2;
    gfx_rect done = {m->W - m->pad - bw, m->H - m->pad / 2 - bh, bw, bh};
    const char *keys = ui_str(u, "set.keys");
    int kw = done.x - m->gap * 2 - m->pad;
    /* smaller rather than on two lines, which would take the rows' room */
    int kpx = gfx_text_fit_line(g, keys, GFX_FONT_REGULAR, m->small, m->small * 2 / 3, kw);
    int kh = gfx_text_wrapped_height(g, keys, GFX_FONT_REGULAR, kpx, kw, NULL);
    int foot_top = done.y;
    if (kh > bh) foot_top = m->H - m->pad / 2 - kh;

    /* the rows, scrolled to keep the focused one in view */
    int w = m->W - 2 * m->pad;
    if (w > m->H * 2) w = m->H * 2;
    int x = (m->W - w) / 2, top = head_h + m->gap * 2, bottom = foot_top - m->gap * 2;
    int view = bottom - top;
    row_box rows[ROW_COUNT];
    int ys[ROW_COUNT], total = 0;
    for (int r = 0; r < ROW_COUNT; r++) {
        /* a row taller than the view (large text, the dyslexia font, a small screen): what it
         * does in smaller letters, so that it shows whole */
        int px = m->small;
        do row_measure(u, m, r, w, px--, &rows[r]);
        while (rows[r].h + 2 * m->body > view && px >= m->small * 2 / 3);
        ys[r] = total;
        total += rows[r].h + m->gap * 2;
    }
    total -= m->gap * 2;
    int f = u->settings.row;
    if (f < 0 || f >= ROW_COUNT) f = u->settings.row = 0;
    /* the focused row whole, with a bit of the next one showing the list goes on */
    int peek = f + 1 < ROW_COUNT ? m->body : 0, lead = f > 0 ? m->body : 0;
    if (ys[f] + rows[f].h + peek - u->settings.scroll > view)
        u->settings.scroll = ys[f] + rows[f].h + peek - view;
    if (ys[f] - lead < u->settings.scroll) u->settings.scroll = ys[f] - lead;
    if (u->settings.scroll > total - view) u->settings.scroll = total - view;
    if (u->settings.scroll < 0) u->settings.scroll = 0;

    if (draw) gfx_clip(g, &(gfx_rect){0, top - m->gap, m->W, view + 2 * m->gap});
    for (int r = 0; r < ROW_COUNT; r++) {
        gfx_rect box = {x, top + ys[r] - u->settings.scroll, w, rows[r].h};
        if (r == f) u->settings.focus_box = box;
        if (box.y + box.h <= top || box.y >= bottom) continue;
        int y0 = box.y < top ? top : box.y, y1 = box.y + box.h > bottom ? bottom : box.y + box.h;
        ui_add_target(t, UI_T_SETTING, r, (gfx_rect){box.x, y0, box.w, y1 - y0});
        if (draw) row_draw(u, m, r, box, &rows[r], top, bottom);
    }
    if (draw) gfx_clip(g, NULL);
    ui_add_target(t, UI_T_BACK, 0, done);
    if (!draw) return;
    if (total > view) { /* the rows go on: a bar says where the view is */
        int bar_h = view * view / total, bar_y = top + (view - bar_h) * u->settings.scroll /
                                                           (total - view > 0 ? total - view : 1);
        gfx_fill_rounded(g, (gfx_rect){m->W - m->pad / 2 - 3, bar_y, 6, bar_h}, 3, UI_MUTED);
    }
    bool hot = ui_hovering(u, done);
    ui_draw_button(g, m, done, ui_str(u, "set.done"), UI_BTN_PRIMARY, hot, u->pressed && hot,
                   false);
    gfx_text_wrapped(g, keys, GFX_FONT_REGULAR, kpx, m->pad,
                     kh > bh ? foot_top : done.y + (bh - kh) / 2, kw, GFX_ALIGN_LEFT, UI_MUTED);
}

/* ==== input =============================================================== */

static void settings_open(ui *u, uint64_t now)
{
    /* the stand's visitors never change the stand's settings: only its operator may */
    if (u->cfg.kiosk.on && u->screen != UI_SCREEN_OPERATOR) return;
    if (u->screen != UI_SCREEN_SETTINGS) u->settings.back = u->screen;
    u->settings.last_input = now;
    u->settings.row = 0;
    u->settings.scroll = 0;
    ui_screen_show(u, UI_SCREEN_SETTINGS);
}

/* Leaving keeps the choices (the app writes them to the results database). */
static void settings_leave(ui *u, uint64_t now)
{
    if (u->cfg.records.access_save) u->cfg.records.access_save(u->cfg.records.ud, ui_access_get(u));
    ui_screen_open(u, u->settings.back == UI_SCREEN_SETTINGS ? UI_SCREEN_MENU : u->settings.back,
                   now);
}

static void settings_key(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    (void)ts;
    u->settings.last_input = now;
    switch (ev->key) {
    case INPUT_KEY_UP:
        if (u->settings.row > 0) u->settings.row--;
        break;
    case INPUT_KEY_DOWN:
        if (u->settings.row + 1 < ROW_COUNT) u->settings.row++;
        break;
    case INPUT_KEY_LEFT:
    case INPUT_KEY_RIGHT:
        row_change(u, u->settings.row, ev->key == INPUT_KEY_RIGHT ? 1 : -1, false);
        break;
    case INPUT_KEY_ENTER:
        row_change(u, u->settings.row, 1, true);
        break;
    case INPUT_KEY_BACK:
        settings_leave(u, now);
        break;
    default:
        break;
    }
    u->dirty = true;
}

static void settings_activate(ui *u, const ui_target *t, uint64_t now)
{
    u->settings.last_input = now;
    if (t->kind == UI_T_BACK) {
        settings_leave(u, now);
    } else if (t->kind == UI_T_SETTING && t->index >= 0 && t->index < ROW_COUNT) {
        u->settings.row = t->index;
        row_change(u, t->index, 1, true);
    }
}

static void settings_wheel(ui *u, const input_event *ev, uint64_t now)
{
    u->settings.last_input = now;
    u->settings.row = cycle(u->settings.row, ev->dy > 0 ? -1 : 1, ROW_COUNT, false);
    u->dirty = true;
}

/* On the stand, the operator's settings left alone a minute close, kept, as the operator's
 * menu does: no visitor finds them open. */
#define KIOSK_IDLE_MS 60000

static bool settings_update(ui *u, uint64_t now)
{
    if (u->cfg.kiosk.on && now >= u->settings.last_input + KIOSK_IDLE_MS) settings_leave(u, now);
    return true;
}

static int settings_wait(ui *u, uint64_t now)
{
    if (!u->cfg.kiosk.on) return -1;
    uint64_t at = u->settings.last_input + KIOSK_IDLE_MS;
    return at > now ? (int)(at - now) : 0;
}

/* Tab on a row: the arrows change that one. */
static void settings_focus(ui *u, const ui_target *t)
{
    if (t->kind == UI_T_SETTING) u->settings.row = t->index;
}

const ui_screen_view ui_screen_settings = {.open = settings_open,
                                           .layout = settings_layout,
                                           .key = settings_key,
                                           .activate = settings_activate,
                                           .wheel = settings_wheel,
                                           .update = settings_update,
                                           .wait = settings_wait,
                                           .focus = settings_focus};
