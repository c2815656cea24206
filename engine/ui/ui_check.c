/* ui_check.c — for `vigie check`: every question and its feedback laid out and drawn offscreen
 * in each language, with the screens' own code, reporting each text the text layer cut and
 * each mock-up part out of sight. Drives the ui as `vigie shot` does (ui_goto); no window.
 */
#include "ui_mockup.h"

#include <stdio.h>
#include <string.h>

/* What one state reports, each text once (a text is often measured, then drawn). */
typedef struct {
    ui *u;
    ui_layout_issue is;
    ui_layout_issue_fn fn;
    void *ud;
    unsigned seen[64]; /* hashes of the texts reported in this state */
    size_t nseen;
} check_state;

static unsigned text_hash(const char *t)
{
    unsigned h = 2166136261u;
    for (const unsigned char *c = (const unsigned char *)t; *c; c++) h = (h ^ *c) * 16777619u;
    return h;
}

static void on_cut(void *ud, const char *text, bool overflow)
{
    (void)overflow;
    check_state *cs = ud;
    unsigned h = text_hash(text);
    for (size_t i = 0; i < cs->nseen; i++)
        if (cs->seen[i] == h) return;
    if (cs->nseen < sizeof cs->seen / sizeof *cs->seen) cs->seen[cs->nseen++] = h;
    ui_layout_issue is = cs->is;
    is.part = NULL;
    is.text = text;
    cs->fn(cs->ud, &is);
}

/* The parts out of sight of one mock-up, told in one warning: "body.4, body.5 and
 * attachments.1". */
typedef struct {
    char names[GAME_MAX_PARTS * 26];
    const char *where;
    size_t n;
    bool scrolls;
} hidden_parts;

static void on_hidden(void *ud, const char *part, const char *where, bool scrolls)
{
    hidden_parts *h = ud;
    size_t len = strlen(h->names);
    if (h->n == 0) h->where = where;
    h->scrolls = scrolls;
    snprintf(h->names + len, sizeof h->names - len, "%s%s", h->n ? "\x1f" : "", part);
    h->n++;
}

static void tell_hidden(check_state *cs, hidden_parts *h)
{
    if (!h->n) return;
    /* the separators become ", " and, before the last, " and " */
    char out[sizeof h->names * 2] = "";
    size_t k = 0, seen = 0;
    for (const char *c = h->names; *c && k + 8 < sizeof out; c++) {
        if (*c != '\x1f') {
            out[k++] = *c;
            continue;
        }
        const char *sep = ++seen == h->n - 1 ? " and " : ", ";
        k += (size_t)snprintf(out + k, sizeof out - k, "%s", sep);
    }
    out[k] = '\0';
    ui_layout_issue is = cs->is;
    is.part = out;
    is.nparts = h->n;
    is.where = h->where;
    is.scrolls = h->scrolls;
    cs->fn(cs->ud, &is);
}

/* Goes to question number (1-based) in state, draws it, reports. */
static bool check_one(check_state *cs, size_t number, const char *screen, ui_answer a,
                      game_error *err)
{
    ui *u = cs->u;
    uint64_t now = 100000;
    if (!ui_goto(u, screen, number, a, &now, err)) return false;
    now += 3000; /* every animation over */
    ui_update(u, now);
    const game_level *lv = game_session_level(u->session);
    cs->is.q = game_session_question(u->session);
    cs->is.number = (size_t)(cs->is.q - lv->questions) + 1;
    cs->is.state = screen;
    bool question = strcmp(screen, "question") == 0;
    if (question && game_kind_get(cs->is.q->kind)->shape == GAME_SHAPE_PLAY)
        return true; /* a game's canvas is its own: what it cuts is the game's */
    gfx_text_cuts_watch(u->g, on_cut, cs);
    ui_draw(u, now);
    gfx_text_cuts_watch(u->g, NULL, NULL);
    /* Nothing is presented offscreen: age the text cache here, as a frame shown does, or it
     * keeps every text of every screen of every level checked (400 MiB for a pack). */
    gfx_text_cache_trim(u->g);
    if (question) {
        hidden_parts h = {.n = 0};
        ui_hotspot_hidden(u, now, on_hidden, &h);
        tell_hidden(cs, &h);
    }
    return true;
}

static bool layout_check(ui *u, ui_layout_issue_fn fn, void *ud, bool mockups_only, game_error *err)
{
    if (u->menu.nitems == 0) return game_error_set(err, NULL, 0, "no level to lay out");
    game_lang lang0 = u->lang;
    bool ok = true;
    check_state cs = {.u = u, .fn = fn, .ud = ud};
    for (int lang = 0; lang < GAME_LANG_COUNT && ok; lang++) {
        u->lang = (game_lang)lang;
        cs.is.lang = (game_lang)lang;
        uint64_t now = 100000;
        if (!ui_goto(u, "intro", 1, UI_ANSWER_RIGHT, &now, err) || !u->session) {
            ok = false;
            break;
        }
        size_t n = game_session_level(u->session)->nquestions;
        const game_level *lv = game_session_level(u->session);
        for (size_t k = 1; k <= n && ok; k++) {
            if (mockups_only && lv->questions[k - 1].kind != GAME_KIND_HOTSPOT) continue;
            cs.nseen = 0;
            ok = check_one(&cs, k, "question", UI_ANSWER_RIGHT, err);
            if (mockups_only) continue;
            /* A game's canvas and feedback are its own: they depend on how it is played (an
             * answers file's steps); its feedback pages what does not fit. */
            if (ok && game_kind_get(cs.is.q->kind)->shape == GAME_SHAPE_PLAY) continue;
            /* the feedback shows more: the right answer, the clues; a text cut in both the
             * right and the wrong one is told once */
            cs.nseen = 0;
            if (ok) ok = check_one(&cs, k, "feedback", UI_ANSWER_RIGHT, err);
            if (ok) ok = check_one(&cs, k, "feedback", UI_ANSWER_WRONG, err);
        }
    }
    u->lang = lang0;
    return ok;
}

bool ui_layout_check(ui *u, ui_layout_issue_fn fn, void *ud, game_error *err)
{
    return layout_check(u, fn, ud, false, err);
}

bool ui_layout_check_mockups(ui *u, ui_layout_issue_fn fn, void *ud, game_error *err)
{
    return layout_check(u, fn, ud, true, err);
}
