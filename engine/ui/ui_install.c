/* ui_install.c — a file dropped on the window: for a .vigie pack, "Installer le pack « x » ?"
 * with what installing does, then "Vérification…" while the app installs it, then its outcome
 * (the pack's title and how many levels, or why it was refused); for any other file, that only
 * .vigie packs can be dropped. The ui never installs: the app does, when asked
 * (ui_take_install_request), and says how it went (ui_install_done). The kiosk takes no drop.
 */
#include "ui_screens.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

typedef enum {
    INSTALL_ASK = 0,  /* [Installer] [Annuler] */
    INSTALL_CHECKING, /* the app installs: no button, no key */
    INSTALL_DONE,     /* [OK]: the menu, the pack chosen */
    INSTALL_FAILED,   /* why, [OK] */
    INSTALL_NOT_PACK, /* not a .vigie file, [OK] */
} install_state;

/* ==== the file's name, as the dialog shows it ============================= */

/* The length of the valid UTF-8 character at s (1 to 4), 0 when it is not one. */
static size_t utf8_len(const unsigned char *s)
{
    size_t n = s[0] < 0x80             ? 1
               : (s[0] & 0xE0) == 0xC0 ? 2
               : (s[0] & 0xF0) == 0xE0 ? 3
               : (s[0] & 0xF8) == 0xF0 ? 4
                                       : 0;
    if (n == 2 && s[0] < 0xC2) return 0; /* overlong */
    for (size_t i = 1; i < n; i++)
        if ((s[i] & 0xC0) != 0x80) return 0;
    return n;
}

/* The name of the file at path: what follows its last '/', with any byte that is not printable
 * text (a control character, broken UTF-8) shown as '?', and shortened with "…" past 80
 * characters: a name is the player's to read, never the screen's to obey or to overflow. */
static void display_name(const char *path, char *out, size_t n)
{
    const char *base = strrchr(path, '/');
    base = base && base[1] ? base + 1 : path;
    size_t o = 0, chars = 0;
    for (const unsigned char *p = (const unsigned char *)base; *p && o + 5 < n;) {
        if (chars == 80) {
            memcpy(out + o, "\xE2\x80\xA6", 3); /* … */
            o += 3;
            break;
        }
        size_t len = utf8_len(p);
        if (len == 0 || (len == 1 && (*p < 0x20 || *p == 0x7F)) ||
            (len == 2 && p[0] == 0xC2 && p[1] < 0xA0)) { /* C1 controls */
            out[o++] = '?';
            p++;
        } else {
            memcpy(out + o, p, len);
            o += len;
            p += len;
        }
        chars++;
    }
    out[o] = '\0';
}

static bool has_suffix(const char *path, const char *suffix)
{
    size_t n = strlen(path), k = strlen(suffix);
    return n > k && strcasecmp(path + n - k, suffix) == 0;
}

/* ==== what the app calls ================================================== */

bool ui_drop_file(ui *u, const char *path, uint64_t now_ms)
{
    (void)now_ms;
    /* a visitor at the stand installs nothing; nor does a drop stop a game or a form */
    if (!path || !*path || u->cfg.kiosk.on) return false;
    if (u->screen == UI_SCREEN_INSTALL) {
        if (u->install.state == INSTALL_CHECKING || u->install.request) return false;
    } else if (u->screen != UI_SCREEN_MENU && u->screen != UI_SCREEN_TITLE) {
        return false;
    }
    if (strlen(path) >= sizeof u->install.path) return false; /* no such file on Linux */
    if (u->screen != UI_SCREEN_INSTALL) u->install.back = u->screen;
    snprintf(u->install.path, sizeof u->install.path, "%s", path);
    display_name(path, u->install.name, sizeof u->install.name);
    u->install.state = has_suffix(path, ".vigie") ? INSTALL_ASK : INSTALL_NOT_PACK;
    u->install.msg[0] = u->install.title[0] = '\0';
    u->install.request = false;
    ui_screen_show(u, UI_SCREEN_INSTALL);
    u->focus = 0; /* on "Installer" (or OK): Enter does what the drop came for */
    return true;
}

bool ui_take_install_request(ui *u, char *path, size_t n)
{
    if (!u->install.request) return false;
    u->install.request = false;
    snprintf(path, n, "%s", u->install.path);
    return true;
}

/* The pack whose id is id among the menu's, -1 when none. */
static long pack_of_id(const ui *u, const char *id)
{
    for (size_t p = 0; p < u->npacks && id && *id; p++)
        if (u->packs[p].id && strcmp(u->packs[p].id, id) == 0) return (long)p;
    return -1;
}

void ui_install_done(ui *u, bool ok, const char *id, const char *title, const char *err,
                     uint64_t now_ms)
{
    (void)now_ms;
    u->install.request = false;
    u->install.state = ok ? INSTALL_DONE : INSTALL_FAILED;
    snprintf(u->install.msg, sizeof u->install.msg, "%s",
             ok            ? (id ? id : "")
             : err && *err ? err
                           : "?");
    snprintf(u->install.title, sizeof u->install.title, "%s", title ? title : "");
    long p = ok ? pack_of_id(u, id) : -1;
    for (size_t k = 0; p >= 0 && k < u->menu.nitems; k++)
        if (u->menu.items[k].pack == (size_t)p) { /* the new pack chosen in the menu */
            u->menu.focus = (int)k;
            break;
        }
    if (u->screen != UI_SCREEN_INSTALL) ui_screen_show(u, UI_SCREEN_INSTALL);
    u->focus = 0;
    u->dirty = true;
}

/* ==== the dialog ========================================================== */

/* The heading and the text under it, in the player's language. */
static void dialog_texts(const ui *u, char *head, size_t nh, char *body, size_t nb)
{
    const char *name = u->install.name;
    body[0] = '\0';
    switch ((install_state)u->install.state) {
    case INSTALL_ASK:
    case INSTALL_CHECKING:
        ui_fmt(u, head, nh, "install.ask", name, NULL, NULL);
        snprintf(body, nb, "%s",
                 ui_str(u, u->install.state == INSTALL_ASK ? "install.what" : "install.checking"));
        break;
    case INSTALL_DONE: {
        long p = pack_of_id(u, u->install.msg);
        if (p < 0) { /* not in this menu (a level opened alone): at the next start */
            ui_fmt(u, head, nh, "install.done_alone", u->install.title, NULL, NULL);
            snprintf(body, nb, "%s", ui_str(u, "install.next_start"));
            break;
        }
        char num[24];
        size_t nl = u->packs[p].nlevels;
        snprintf(num, sizeof num, "%zu", nl);
        ui_fmt(u, head, nh, nl == 1 ? "install.done1" : "install.done",
               game_text_get(&u->packs[p].title, u->lang), num, NULL);
        snprintf(body, nb, "%s", ui_str(u, "install.in_menu"));
        break;
    }
    case INSTALL_FAILED:
        ui_fmt(u, head, nh, "install.failed", name, NULL, NULL);
        snprintf(body, nb, "%s", u->install.msg);
        break;
    case INSTALL_NOT_PACK:
        snprintf(head, nh, "%s", ui_str(u, "install.only"));
        ui_fmt(u, body, nb,
               has_suffix(u->install.path, ".lua") ? "install.a_level" : "install.other", name,
               NULL, NULL);
        break;
    }
}

static void install_layout(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t)
{
    (void)now;
    gfx *g = u->g;
    install_state st = (install_state)u->install.state;
    char head[1400], body[1400];
    dialog_texts(u, head, sizeof head, body, sizeof body);
    const char *keys = ui_str(u, st == INSTALL_ASK        ? "install.keys"
                                 : st == INSTALL_CHECKING ? "install.wait"
                                                          : "install.keys_ok");
    int foot = ui_footer_height(m);
    int pw = m->W - 2 * m->pad;
    if (pw > m->H * 3 / 2) pw = m->H * 3 / 2;
    int iw = pw - 2 * m->pad;
    /* the buttons: [Installer] [Annuler], or [OK], or none while it installs */
    int nb = st == INSTALL_ASK ? 2 : st == INSTALL_CHECKING ? 0 : 1;
    int bw = ui_button_width(u, m, "install.yes", "install.no"), bh = m->body * 2;
    if (bw * 2 + m->gap * 2 > iw) bw = (iw - m->gap * 2) / 2;
    /* the room for the texts: the screen less its margins, the panel's, the buttons, the keys */
    int room = m->H - foot - 2 * m->pad - 2 * m->pad - (nb ? bh + m->pad : 0) - m->gap * 2;
    int hpx = gfx_text_fit(g, head, GFX_FONT_BOLD, m->body * 5 / 4, m->small, iw, room / 3);
    int hh = ui_centered(u, head, GFX_FONT_BOLD, hpx, 0, 0, iw, UI_TEXT, false);
    int brom = room - hh;
    int bpx = gfx_text_fit(g, body, GFX_FONT_REGULAR, m->body, m->small, iw, brom);
    bool left = st == INSTALL_FAILED; /* a reason reads as a paragraph */
    int bht = left ? gfx_text_wrapped_height(g, body, GFX_FONT_REGULAR, bpx, iw, NULL)
                   : ui_centered(u, body, GFX_FONT_REGULAR, bpx, 0, 0, iw, UI_TEXT, false);
    if (bht > brom) bht = brom; /* clipped: only a reason longer than any install gives */
    int ph = m->pad + hh + m->gap * 2 + bht + (nb ? m->pad + bh : 0) + m->pad;
    gfx_rect panel = {(m->W - pw) / 2, (m->H - foot - ph) / 2, pw, ph};
    if (panel.y < m->pad) panel.y = m->pad;
    int by = panel.y + ph - m->pad - bh;
    gfx_rect yes = {0, 0, 0, 0}, no = {0, 0, 0, 0};
    if (nb == 2) {
        int x0 = m->W / 2 - bw - m->gap;
        yes = (gfx_rect){x0, by, bw, bh};
        no = (gfx_rect){x0 + bw + m->gap * 2, by, bw, bh};
        ui_add_target(t, UI_T_INSTALL_YES, 0, yes);
        ui_add_target(t, UI_T_INSTALL_NO, 0, no);
    } else if (nb == 1) {
        yes = (gfx_rect){m->W / 2 - bw / 2, by, bw, bh};
        ui_add_target(t, UI_T_INSTALL_YES, 0, yes);
    }
    if (!draw) return;
    ui_draw_panel(g, m, panel, UI_PANEL);
    int y = panel.y + m->pad;
    gfx_color hc = st == INSTALL_DONE                               ? UI_RIGHT_TEXT
                   : st == INSTALL_FAILED || st == INSTALL_NOT_PACK ? UI_ERROR_TEXT
                                                                    : UI_TEXT;
    y += ui_centered(u, head, GFX_FONT_BOLD, hpx, panel.x + m->pad, y, iw, hc, true);
    y += m->gap * 2;
    gfx_clip(g, &(gfx_rect){panel.x + m->pad, y, iw, bht});
    gfx_color bc = st == INSTALL_CHECKING ? UI_ACCENT : UI_TEXT;
    if (left)
        gfx_text_wrapped(g, body, GFX_FONT_REGULAR, bpx, panel.x + m->pad, y, iw, GFX_ALIGN_LEFT,
                         bc);
    else
        ui_centered(u, body, GFX_FONT_REGULAR, bpx, panel.x + m->pad, y, iw, bc, true);
    gfx_clip(g, NULL);
    if (nb >= 1) {
        bool hot = ui_hovering(u, yes);
        ui_draw_button(g, m, yes, ui_str(u, nb == 2 ? "install.yes" : "install.ok"), UI_BTN_PRIMARY,
                       hot, u->pressed && hot, u->focus == 0 && !u->tab.on);
    }
    if (nb == 2) {
        bool hot = ui_hovering(u, no);
        ui_draw_button(g, m, no, ui_str(u, "install.no"), UI_BTN_NORMAL, hot, u->pressed && hot,
                       u->focus == 1 && !u->tab.on);
    }
    ui_footer(u, m, keys);
}

/* ==== input =============================================================== */

/* Leaves the dialog: to the menu once a pack was installed (it is chosen there), else back
 * to where the file was dropped. */
static void leave(ui *u, uint64_t now)
{
    ui_screen back = u->install.state == INSTALL_DONE ? UI_SCREEN_MENU : u->install.back;
    ui_screen_open(u, back == UI_SCREEN_TITLE ? UI_SCREEN_TITLE : UI_SCREEN_MENU, now);
}

static void install_press(ui *u, bool yes, uint64_t now)
{
    if (u->install.state == INSTALL_CHECKING) return;
    if (u->install.state == INSTALL_ASK && yes) {
        u->install.state = INSTALL_CHECKING; /* drawn once before the app installs */
        u->install.request = true;
        u->dirty = true;
        return;
    }
    leave(u, now);
}

static void install_key(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now)
{
    (void)ts;
    if (u->install.state == INSTALL_CHECKING) return;
    bool two = u->install.state == INSTALL_ASK;
    switch (ev->key) {
    case INPUT_KEY_LEFT:
    case INPUT_KEY_UP:
        u->focus = 0;
        break;
    case INPUT_KEY_RIGHT:
    case INPUT_KEY_DOWN:
        u->focus = two ? 1 : 0;
        break;
    case INPUT_KEY_ENTER:
        install_press(u, u->focus != 1, now);
        break;
    case INPUT_KEY_BACK:
        install_press(u, false, now);
        break;
    default:
        break;
    }
    u->dirty = true;
}

static void install_activate(ui *u, const ui_target *t, uint64_t now)
{
    if (t->kind == UI_T_INSTALL_YES)
        install_press(u, true, now);
    else if (t->kind == UI_T_INSTALL_NO)
        install_press(u, false, now);
}

/* Tab on a button: the arrows and Enter go on from it. */
static void install_focus(ui *u, const ui_target *t)
{
    u->focus = t->kind == UI_T_INSTALL_NO ? 1 : 0;
}

const ui_screen_view ui_screen_install = {.layout = install_layout,
                                          .key = install_key,
                                          .activate = install_activate,
                                          .focus = install_focus};
