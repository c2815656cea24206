/* ui_host.c — the teacher's controls of the live classroom: keys and pointer become commands
 * that wait for the app (start, next, pause, skip, lock, end, rename, remove, quit), with a
 * confirmation where a slip would cost the class its game. Reads the room, never changes it;
 * the screens themselves are in ui_host_draw.c.
 */
#include "ui_host_internal.h"
#include "ui_keyboard.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const cmd_names[UI_HOST_CMD_COUNT] = {
    [UI_HOST_NONE] = "",         [UI_HOST_START] = "start",   [UI_HOST_NEXT] = "next",
    [UI_HOST_PAUSE] = "pause",   [UI_HOST_RESUME] = "resume", [UI_HOST_UNTIMED] = "untimed",
    [UI_HOST_SKIP] = "skip",     [UI_HOST_END] = "end",       [UI_HOST_LOCK] = "lock",
    [UI_HOST_UNLOCK] = "unlock", [UI_HOST_RENAME] = "rename", [UI_HOST_REMOVE] = "remove",
    [UI_HOST_QUIT] = "quit",
};
_Static_assert(sizeof cmd_names / sizeof cmd_names[0] == UI_HOST_CMD_COUNT,
               "a command without its name");

const char *ui_host_cmd_name(ui_host_cmd_kind k)
{
    return (unsigned)k < UI_HOST_CMD_COUNT ? cmd_names[k] : "";
}

/* ==== life ================================================================ */

static void key_sink(void *ud, const input_event *ev, uint64_t now);

ui_host *ui_host_create(gfx *g, audio *a, const game_catalog *cat, const game_room *room,
                        const ui_host_info *info)
{
    ui_host *h = calloc(1, sizeof *h);
    if (!h) return NULL;
    h->base.g = g;
    h->base.a = a;
    h->base.cat = cat;
    h->base.focus = -1;
    h->base.press_target = -1;
    h->base.key_sink = key_sink;
    h->base.key_sink_ud = h;
    h->room = room;
    h->phase = game_room_phase_get(room);
    h->question = game_room_question_index(room);
    h->notice_until = UINT64_MAX;
    ui_host_set_info(h, info);
    h->base.dirty = true;
    return h;
}

void ui_host_destroy(ui_host *h)
{
    free(h);
}

void ui_host_set_info(ui_host *h, const ui_host_info *info)
{
    if (!info) return;
    h->base.lang = info->lang;
    h->base.reg_fixed = true;
    h->base.reg = info->reg;
    snprintf(h->code, sizeof h->code, "%s", info->code ? info->code : "");
    h->nurls = 0;
    for (size_t i = 0; i < info->nurls && i < UI_HOST_URLS; i++)
        snprintf(h->urls[h->nurls++], UI_HOST_URL_MAX, "%s", info->urls[i]);
    h->locked = info->locked;
    h->untimed = info->untimed;
    h->base.cfg.access.reduced_motion = info->reduced_motion;
    h->paused = info->paused;
    h->players_cap = info->players_cap;
    const char *n = info->notice ? info->notice : "";
    if (strcmp(n, h->notice) != 0) { /* a new line: shown from the next frame on */
        snprintf(h->notice, sizeof h->notice, "%s", n);
        h->notice_until = *n ? 0 : UINT64_MAX;
    }
    h->base.dirty = true;
}

void ui_host_changed(ui_host *h, uint64_t now_ms)
{
    (void)now_ms;
    game_room_phase ph = game_room_phase_get(h->room);
    size_t q = game_room_question_index(h->room);
    if (ph != h->phase || q != h->question) {
        /* A new screen: what the teacher was doing on the last one no longer applies (but
         * quitting, which any screen asks). */
        if (h->confirm != UI_HOST_QUIT) h->confirm = UI_HOST_NONE;
        bool keeps_sel = (ph == GAME_ROOM_LOBBY || ph == GAME_ROOM_PODIUM) && ph == h->phase;
        if (!keeps_sel) h->has_sel = false;
        h->phase = ph;
        h->question = q;
        h->base.question.scroll = 0; /* a new mail shows from its top */
    }
    if (ph != GAME_ROOM_END) h->debrief = false;
    /* A player gone (removed) loses the focus, the rename, the confirmation. */
    if (h->has_sel) {
        const game_room_player *p = game_room_player_get(h->room, h->sel);
        if (!p || p->removed) h->has_sel = false;
    }
    if (h->renaming) {
        const game_room_player *p = game_room_player_get(h->room, h->rename_player);
        if (!p || p->removed) h->renaming = false;
    }
    if (h->confirm == UI_HOST_REMOVE) {
        const game_room_player *p = game_room_player_get(h->room, h->confirm_player);
        if (!p || p->removed) h->confirm = UI_HOST_NONE;
    }
    h->base.dirty = true;
}

/* ==== commands ============================================================ */

static void push(ui_host *h, ui_host_cmd_kind k, uint32_t player, const char *nick)
{
    if (h->qlen == UI_HOST_QUEUE)
        return; /* the app takes them each frame: a full queue is a
                 * teacher hammering a key; the oldest stand */
    ui_host_cmd *c = &h->queue[(h->qhead + h->qlen++) % UI_HOST_QUEUE];
    *c = (ui_host_cmd){.kind = k, .player = player};
    if (nick) memcpy(c->nick, nick, strnlen(nick, sizeof c->nick - 1));
    h->base.dirty = true;
}

bool ui_host_take_command(ui_host *h, ui_host_cmd *out)
{
    if (h->qlen == 0) return false;
    *out = h->queue[h->qhead];
    h->qhead = (h->qhead + 1) % UI_HOST_QUEUE;
    h->qlen--;
    return true;
}

static void ask(ui_host *h, ui_host_cmd_kind k, uint32_t player)
{
    h->confirm = k;
    h->confirm_player = player;
    h->renaming = false;
    h->base.dirty = true;
}

/* What a command's key or button does on the screen shown: at once, or after a confirmation;
 * nothing where it means nothing (pausing a podium). */
static void command(ui_host *h, ui_host_cmd_kind k)
{
    game_room_phase ph = game_room_phase_get(h->room);
    bool over = ph == GAME_ROOM_END;
    switch (k) {
    case UI_HOST_START:
    case UI_HOST_NEXT:
        if (over) return;
        push(h, ph == GAME_ROOM_LOBBY ? UI_HOST_START : UI_HOST_NEXT, 0, NULL);
        return;
    case UI_HOST_PAUSE:
    case UI_HOST_RESUME:
        if (ph != GAME_ROOM_QUESTION || h->untimed) return;
        push(h, h->paused ? UI_HOST_RESUME : UI_HOST_PAUSE, 0, NULL);
        return;
    case UI_HOST_LOCK:
    case UI_HOST_UNLOCK:
        if (over) return;
        push(h, h->locked ? UI_HOST_UNLOCK : UI_HOST_LOCK, 0, NULL);
        return;
    case UI_HOST_UNTIMED:
    case UI_HOST_SKIP:
        if (over) return;
        push(h, k, 0, NULL);
        return;
    case UI_HOST_END:
        if (!over) ask(h, UI_HOST_END, 0);
        return;
    case UI_HOST_QUIT:
        ask(h, UI_HOST_QUIT, 0);
        return;
    case UI_HOST_DEBRIEF: /* the screens' own: shown or left, nothing for the app */
        if (!over) return;
        h->debrief = !h->debrief;
        h->has_sel = false;
        h->base.dirty = true;
        return;
    case UI_HOST_REMOVE:
        if (h->has_sel) ask(h, UI_HOST_REMOVE, h->sel);
        return;
    case UI_HOST_RENAME:
        if (!h->has_sel) return;
        const game_room_player *p = game_room_player_get(h->room, h->sel);
        if (!p) return;
        h->renaming = true;
        h->rename_player = h->sel;
        snprintf(h->draft, sizeof h->draft, "%s", p->nick);
        h->base.dirty = true;
        return;
    default:
        return;
    }
}

static void confirm_answer(ui_host *h, bool yes)
{
    if (yes) push(h, h->confirm, h->confirm == UI_HOST_REMOVE ? h->confirm_player : 0, NULL);
    if (yes && h->confirm == UI_HOST_REMOVE) h->has_sel = false;
    h->confirm = UI_HOST_NONE;
    h->base.dirty = true;
}

/* ==== the focus on a player ================================================ */

static void move_sel(ui_host *h, int step)
{
    uint32_t ids[512];
    size_t n = ui_host_focusable(h, ids, sizeof ids / sizeof ids[0]);
    if (n == 0) {
        h->has_sel = false;
        return;
    }
    size_t at = 0;
    bool found = false;
    for (size_t i = 0; h->has_sel && i < n; i++)
        if (ids[i] == h->sel) {
            at = i;
            found = true;
        }
    if (!found)
        at = step > 0 ? 0 : n - 1;
    else
        at = (at + n + (size_t)(step > 0 ? 1 : n - 1)) % n;
    h->sel = ids[at];
    h->has_sel = true;
    h->base.dirty = true;
}

/* ==== input =============================================================== */

/* The rename field: typed text, Backspace, Enter (the command), Esc (drop it). */
static bool rename_input(ui_host *h, const input_event *ev)
{
    if (ev->type == INPUT_TEXT) {
        if (strlen(h->draft) + strlen(ev->text) < sizeof h->draft) strcat(h->draft, ev->text);
        h->base.dirty = true;
        return true;
    }
    if (ev->type != INPUT_KEY) return false;
    if (ev->key == INPUT_KEY_ERASE) {
        ui_erase_last(h->draft);
    } else if (ev->key == INPUT_KEY_ENTER) {
        if (h->draft[0]) push(h, UI_HOST_RENAME, h->rename_player, h->draft);
        h->renaming = false;
    } else if (ev->key == INPUT_KEY_BACK) {
        h->renaming = false;
    }
    h->base.dirty = true;
    return true; /* every key types into the field: none is a shortcut */
}

static void key_sink(void *ud, const input_event *ev, uint64_t now)
{
    (void)now;
    ui_host *h = ud;
    if (h->renaming) rename_input(h, ev);
}

/* Scrolls the mail of the hotspot question shown by a few lines (step > 0: down). */
static void scroll_mock(ui_host *h, int step)
{
    int W, H;
    gfx_size(h->base.g, &W, &H);
    ui_mockup_scroll(&h->base, &h->mock, step * H / 10, -1);
    h->base.dirty = true;
}

static void key(ui_host *h, const input_event *ev)
{
    if (ev->type != INPUT_KEY) return;
    if (ev->key == INPUT_KEY_FULLSCREEN) { /* a projector wants the whole screen */
        gfx_toggle_fullscreen(h->base.g);
        h->base.dirty = true;
        return;
    }
    if (ev->key == INPUT_KEY_QUIT && h->confirm == UI_HOST_NONE) { /* Ctrl+Q asks, as Esc */
        command(h, UI_HOST_QUIT);
        return;
    }
    if (h->confirm != UI_HOST_NONE) {
        if (ev->key == INPUT_KEY_ENTER || ev->sym == 'o' || ev->sym == 'y')
            confirm_answer(h, true);
        else if (ev->key == INPUT_KEY_BACK || ev->key == INPUT_KEY_ERASE || ev->sym == 'n')
            confirm_answer(h, false);
        return;
    }
    if (h->debrief) { /* B or Esc goes back to the podium */
        if (ev->key == INPUT_KEY_BACK || ev->sym == 'b') command(h, UI_HOST_DEBRIEF);
        return;
    }
    game_room_phase ph = game_room_phase_get(h->room);
    bool players = ph == GAME_ROOM_LOBBY || ph == GAME_ROOM_PODIUM || ph == GAME_ROOM_END;
    switch (ev->key) {
    case INPUT_KEY_ENTER:
        command(h, UI_HOST_NEXT);
        return;
    case INPUT_KEY_BACK:
        if (h->has_sel) { /* a first Esc lets go of the player */
            h->has_sel = false;
            h->base.dirty = true;
        } else {
            command(h, UI_HOST_QUIT);
        }
        return;
    case INPUT_KEY_UP:
    case INPUT_KEY_LEFT:
    case INPUT_KEY_DOWN:
    case INPUT_KEY_RIGHT: {
        bool back = ev->key == INPUT_KEY_UP || ev->key == INPUT_KEY_LEFT;
        if (players)
            move_sel(h, back ? -1 : 1);
        else if (h->has_mock && ev->sym != '\t') /* a long mail, as the solo game scrolls it */
            scroll_mock(h, back ? -1 : 1);
        return;
    }
    case INPUT_KEY_DELETE:
        if (players) command(h, UI_HOST_REMOVE);
        return;
    default:
        break;
    }
    switch (ev->sym) { /* letters by what they are, whatever the layout maps them to */
    case 'p':
        command(h, UI_HOST_PAUSE);
        break;
    case 'u':
        command(h, UI_HOST_UNTIMED);
        break;
    case 's':
        command(h, UI_HOST_SKIP);
        break;
    case 'l':
        command(h, UI_HOST_LOCK);
        break;
    case 'f':
        command(h, UI_HOST_END);
        break;
    case 'r':
        if (players) command(h, UI_HOST_RENAME);
        break;
    case 'b':
        command(h, UI_HOST_DEBRIEF);
        break;
    default:
        break;
    }
}

static void activate(ui_host *h, const ui_target *t)
{
    switch (t->kind) {
    case UI_T_HOST_CMD:
        command(h, (ui_host_cmd_kind)t->index);
        break;
    case UI_T_HOST_PLAYER: {
        const game_room_player *p = game_room_player_at(h->room, (size_t)t->index);
        if (!p) break;
        if (h->has_sel && h->sel == p->id) {
            h->has_sel = false; /* a second click lets go */
        } else {
            h->sel = p->id;
            h->has_sel = true;
        }
        h->base.dirty = true;
        break;
    }
    case UI_T_HOST_YES:
        confirm_answer(h, true);
        break;
    case UI_T_HOST_NO:
        confirm_answer(h, false);
        break;
    default:
        break;
    }
}

static void pointer(ui_host *h, const input_event *ev, const ui_targets *ts)
{
    ui *u = &h->base;
    if (ev->type == INPUT_POINTER_MOVE) {
        u->px = ev->x;
        u->py = ev->y;
        u->dirty = true;
        return;
    }
    const ui_target *t = ui_target_at(ts, ev->x, ev->y);
    u->px = ev->x;
    u->py = ev->y;
    u->dirty = true;
    if (ev->type == INPUT_POINTER_DOWN) {
        u->pressed = true;
        u->press_target = t ? (int)(t - ts->t) : -1;
        return;
    }
    if (ev->type != INPUT_POINTER_UP) return;
    bool began = u->pressed && t && (int)(t - ts->t) == u->press_target;
    u->pressed = false;
    u->press_target = -1;
    if (began) activate(h, t); /* a press counts where it ends on what it began on */
}

void ui_host_input(ui_host *h, const input_event *ev, uint64_t now_ms)
{
    ui *u = &h->base;
    if (ev->type == INPUT_RESIZED || ev->type == INPUT_EXPOSED) {
        u->dirty = true;
        return;
    }
    if (ev->type == INPUT_QUIT) {
        command(h, UI_HOST_QUIT); /* the window's close button asks too: a class is playing */
        return;
    }
    /* The letter that opened the rename field (R) is not its first character: SDL sends the
     * text it types right after it. */
    bool drop = u->drop_text;
    u->drop_text = false;
    if (ev->type == INPUT_TEXT && drop) return;
    ui_targets ts;
    ui_host_layout(h, now_ms, false, &ts);
    if (h->renaming) {
        /* A finger on the field or anywhere wants the on-screen keyboard; a key hides it. */
        if (ev->type == INPUT_POINTER_DOWN && ev->touch && !u->keyboard.want) {
            u->keyboard.want = true;
            u->dirty = true;
            ui_host_layout(h, now_ms, false, &ts);
        } else if (ev->type == INPUT_KEY && u->keyboard.want) {
            u->keyboard.want = false;
            u->dirty = true;
        }
        if (ui_keyboard_input(u, ev, &ts, now_ms)) return;
        if (ev->type == INPUT_KEY || ev->type == INPUT_TEXT) {
            rename_input(h, ev);
            return;
        }
    }
    if (ev->type == INPUT_KEY) {
        bool was = h->renaming;
        key(h, ev);
        u->drop_text = ev->printable && h->renaming && !was;
        return;
    }
    if (ev->type == INPUT_WHEEL && h->has_mock && h->confirm == UI_HOST_NONE) {
        scroll_mock(h, ev->dy > 0 ? -1 : 1);
        return;
    }
    if (ev->type == INPUT_POINTER_DOWN || ev->type == INPUT_POINTER_UP ||
        ev->type == INPUT_POINTER_MOVE)
        pointer(h, ev, &ts);
}

/* ==== time ================================================================ */

void ui_host_draw(ui_host *h, uint64_t now_ms)
{
    ui_targets ts;
    if (h->notice_until == 0) h->notice_until = now_ms + UI_HOST_NOTICE_MS;
    ui_host_layout(h, now_ms, true, &ts);
}

int ui_host_wait_ms(ui_host *h, uint64_t now_ms)
{
    if (h->base.dirty || h->notice_until == 0) return 0;
    int wait = -1;
    if (h->notice_until != UINT64_MAX && h->notice_until > now_ms)
        wait = (int)(h->notice_until - now_ms);
    if (game_room_phase_get(h->room) == GAME_ROOM_QUESTION && !game_room_paused(h->room)) {
        uint32_t left = game_room_time_left(h->room, now_ms);
        if (left > 0) {
            /* The seconds shown change on the second; the bar moves by a quarter of one (by
             * whole seconds with reduced motion). */
            int step = (int)(left % 250u);
            if (step == 0) step = 250;
            if (ui_still(&h->base)) step = ui_still_tick(left);
            if (wait < 0 || step < wait) wait = step;
        }
    }
    return wait;
}

bool ui_host_take_dirty(ui_host *h)
{
    bool d = h->base.dirty;
    h->base.dirty = false;
    return d;
}

/* ==== for tests =========================================================== */

int ui_host_selected(const ui_host *h)
{
    if (!h->has_sel) return -1;
    for (size_t i = 0; i < game_room_player_count(h->room); i++)
        if (game_room_player_at(h->room, i)->id == h->sel) return (int)i;
    return -1;
}

ui_host_cmd_kind ui_host_confirming(const ui_host *h)
{
    return h->confirm;
}

bool ui_host_debriefing(const ui_host *h)
{
    return h->debrief;
}

bool ui_host_renaming(const ui_host *h)
{
    return h->renaming;
}

bool ui_host_key_at(ui_host *h, uint64_t now_ms, const char *label, int *x, int *y)
{
    ui_targets ts;
    ui_host_layout(h, now_ms, false, &ts);
    for (int i = 0; i < ts.n; i++) {
        if (ts.t[i].kind != UI_T_KEY) continue;
        const char *l = ui_keyboard_label(&h->base, ts.t[i].index);
        if (l && strcmp(l, label) == 0) {
            *x = ts.t[i].r.x + ts.t[i].r.w / 2;
            *y = ts.t[i].r.y + ts.t[i].r.h / 2;
            return true;
        }
    }
    return false;
}
