/* game_play.c — mini-games: the frame's commands, colours, key names, the result, and the
 * headless driver that plays a game at a fixed step. */
#include "game_play.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

void game_canvas_reset(game_canvas *c)
{
    c->n = 0;
    c->tlen = 0;
}

static bool grow(void **p, size_t *cap, size_t need, size_t elem, size_t max)
{
    if (need <= *cap) return true;
    if (need > max) return false;
    size_t n = *cap ? *cap : 64;
    while (n < need) n *= 2;
    if (n > max) n = max;
    void *q = realloc(*p, n * elem);
    if (!q) return false;
    *p = q;
    *cap = n;
    return true;
}

bool game_canvas_add(game_canvas *c, const game_draw *d, const char *text)
{
    if (!grow((void **)&c->cmds, &c->cap, c->n + 1, sizeof *c->cmds, GAME_CANVAS_MAX_CMDS))
        return false;
    game_draw cmd = *d;
    if (d->kind == GAME_DRAW_TEXT) {
        size_t len = strlen(text ? text : "");
        if (!grow((void **)&c->text, &c->tcap, c->tlen + len + 1, 1, GAME_CANVAS_MAX_TEXT))
            return false;
        memcpy(c->text + c->tlen, text ? text : "", len + 1);
        cmd.text = (uint32_t)c->tlen;
        c->tlen += len + 1;
    }
    c->cmds[c->n++] = cmd;
    return true;
}

void game_canvas_sound(game_canvas *c, game_sound s)
{
    if (c->nsounds < GAME_CANVAS_SOUNDS) c->sounds[c->nsounds++] = (unsigned char)s;
}

void game_canvas_deinit(game_canvas *c)
{
    free(c->cmds);
    free(c->text);
    memset(c, 0, sizeof *c);
}

const char *const game_color_names[GAME_COLOR_COUNT] = {
    "", "bg", "panel", "panel-hi", "text", "muted", "accent", "right", "wrong", "ink", "focus"};

static int hexval(int ch)
{
    if (ch >= '0' && ch <= '9') return ch - '0';
    ch = tolower(ch);
    return ch >= 'a' && ch <= 'f' ? ch - 'a' + 10 : -1;
}

bool game_color_parse(const char *s, unsigned char *theme, uint32_t *rgba)
{
    *theme = GAME_COLOR_RGBA;
    *rgba = 0;
    for (int i = 1; i < GAME_COLOR_COUNT; i++) {
        if (strcmp(s, game_color_names[i]) == 0) {
            *theme = (unsigned char)i;
            return true;
        }
    }
    size_t n = strlen(s);
    if (s[0] != '#' || (n != 7 && n != 9)) return false;
    uint32_t v = 0;
    for (size_t i = 1; i < n; i++) {
        int h = hexval((unsigned char)s[i]);
        if (h < 0) return false;
        v = v << 4 | (uint32_t)h;
    }
    *rgba = n == 7 ? v << 8 | 0xFFu : v;
    return true;
}

bool game_event_key_valid(const char *key)
{
    static const char *const named[] = {"up",    "down",      "left", "right", "enter",
                                        "space", "backspace", "tab",  NULL};
    for (const char *const *p = named; *p; p++)
        if (strcmp(key, *p) == 0) return true;
    return key[0] && !key[1] && (islower((unsigned char)key[0]) || isdigit((unsigned char)key[0]));
}

void game_play_result_deinit(game_play_result *r)
{
    game_text_deinit(&r->summary);
    for (size_t i = 0; i < r->nitems; i++) {
        game_text_deinit(&r->items[i].text);
        game_text_deinit(&r->items[i].why);
    }
    memset(r, 0, sizeof *r);
}

size_t game_play_result_right(const game_play_result *r)
{
    size_t n = 0;
    for (size_t i = 0; i < r->nitems; i++) n += r->items[i].ok;
    return n;
}

bool game_play_simulate(const game_play_host *h, void *ud, size_t question, game_lang lang,
                        uint32_t limit_ms, const game_play_step *steps, size_t n, uint32_t stop_ms,
                        game_canvas *canvas, game_play_outcome *out, game_error *err)
{
    memset(out, 0, sizeof *out);
    if (!h->start(ud, question, lang, limit_ms, err)) return false;
    uint32_t cap = limit_ms ? limit_ms : GAME_PLAY_MAX_GAME_MS;
    if (stop_ms && stop_ms < cap) cap = stop_ms;
    size_t next = 0;
    bool over = false;
    /* Frame k happens at k/60 s; the clock is kept in frames so that it never drifts. */
    for (uint64_t frame = 1;; frame++) {
        uint32_t now = (uint32_t)((double)frame * GAME_PLAY_STEP_MS + 0.5);
        if (now > cap) now = cap;
        while (!over && next < n && steps[next].at_ms <= now) {
            if (!h->input(ud, &steps[next].ev, &over, err)) return false;
            next++;
        }
        uint32_t left = limit_ms ? limit_ms - now : 0;
        if (!over && !h->update(ud, GAME_PLAY_STEP_MS / 1000.0, left, &over, err)) return false;
        if (!h->draw(ud, lang, canvas, err)) return false;
        out->elapsed_ms = now;
        if (over) {
            out->over = true;
            return true;
        }
        if (now >= cap) {
            if (limit_ms && now >= limit_ms) {
                out->timeout = true;
                return true;
            }
            if (stop_ms && now >= stop_ms) {
                out->stopped = true;
                return true;
            }
            return game_error_set(err, NULL, 0,
                                  "the game was not over after %u minutes of play: return true "
                                  "from update or input when it is, or give the question a time",
                                  GAME_PLAY_MAX_GAME_MS / 60000u);
        }
    }
}
