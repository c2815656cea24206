/* app_layout.c — `vigie check`'s layout pass: each question of a level, as it first shows and
 * its feedback after a right and a wrong answer (the wrong one that shows the most), drawn
 * offscreen at 1024×768 in French and in English by the ui (ui_layout_check) — and each mock-up
 * question at 1280×720 (ui_layout_check_mockups) —, and every text cut or mock-up part out of
 * sight told as a warning at its question's line. Software rendering on a
 * surface: no window, no display.
 */
#include "app_layout.h"

#include "app.h"
#include "app_term.h"
#include "script/script.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct app_layout {
    gfx *g;
    game_catalog cat;
    int w, h;
};

app_layout *app_layout_create(int w, int h, char *err, size_t n)
{
    app_layout *L = calloc(1, sizeof *L);
    if (!L) {
        snprintf(err, n, "out of memory");
        return NULL;
    }
    game_error gerr = {0};
    L->w = w;
    L->h = h;
    L->g = gfx_create_offscreen(w, h, err, n);
    if (!L->g) {
        free(L);
        return NULL;
    }
    if (!script_catalog_load(&L->cat, &gerr)) {
        snprintf(err, n, "%s", gerr.message);
        gfx_destroy(L->g);
        free(L);
        return NULL;
    }
    return L;
}

void app_layout_destroy(app_layout *L)
{
    if (!L) return;
    game_catalog_deinit(&L->cat);
    gfx_destroy(L->g);
    free(L);
}

/* What a trainer calls each mock-up, in game_mockup order. */
static const char *const mockup_names[] = {
    [GAME_MOCKUP_MAIL] = "mail",     [GAME_MOCKUP_SMS] = "SMS",
    [GAME_MOCKUP_BROWSER] = "page",  [GAME_MOCKUP_POST] = "post",
    [GAME_MOCKUP_CHAT] = "chat",     [GAME_MOCKUP_DOCUMENT] = "document",
    [GAME_MOCKUP_CALL] = "call",     [GAME_MOCKUP_NOTIFICATION] = "notification",
    [GAME_MOCKUP_IMAGE] = "picture",
};
_Static_assert(sizeof mockup_names / sizeof *mockup_names == GAME_MOCKUP_COUNT,
               "every mock-up has a name in the layout check's warnings");

typedef struct {
    const char *path;
    const app_layout *L;
    int printed;
} report;

/* The text quoted: whole up to 60 bytes, else its start (cut on a character) and "…". */
static void quote(const char *text, char *buf, size_t n)
{
    size_t len = strlen(text);
    if (len <= 60 || n < 64) {
        snprintf(buf, n, "%s", text);
        return;
    }
    size_t k = 57;
    while (k > 0 && ((unsigned char)text[k] & 0xC0) == 0x80) k--;
    snprintf(buf, n, "%.*s…", (int)k, text);
}

static void on_issue(void *ud, const ui_layout_issue *is)
{
    report *r = ud;
    const char *lang = is->lang == GAME_LANG_FR ? "fr" : "en";
    char head[200];
    snprintf(head, sizeof head, "question %zu (\"%.40s\")%s%s, %s", is->number, is->q->id,
             strcmp(is->state, "question") == 0 ? "" : ", ",
             strcmp(is->state, "question") == 0 ? "" : is->state, lang);
    int line = is->q->line > 0 ? is->q->line : 1;
    if (is->part) {
        unsigned mk = (unsigned)is->q->mockup;
        const char *mock = mk < GAME_MOCKUP_COUNT ? mockup_names[mk] : "mock-up";
        const char *where = strcmp(is->where, "below") == 0   ? "below the visible area"
                            : strcmp(is->where, "above") == 0 ? "above the visible area"
                                                              : "beside the visible area";
        /* a long mail, chat, document, call or notification scrolls */
        char scrolls[120];
        snprintf(scrolls, sizeof scrolls, ": a player must scroll the %s to see %s; shorten it",
                 mock, is->nparts > 1 ? "them" : "it");
        app_term_line(stdout, "%s:%d: warning: %s: the %s's %s %s %s at %dx%d%s", r->path, line,
                      head, mock, is->part, is->nparts > 1 ? "are" : "is", where, r->L->w, r->L->h,
                      !is->scrolls ? ": shorten the mock-up's texts (the prompt above it is drawn "
                                     "as large as it fits: shortening it gives the mock-up no room)"
                                   : scrolls);
    } else {
        char q[200];
        quote(is->text, q, sizeof q);
        app_term_line(stdout, "%s:%d: warning: %s: \"%s\" is cut at %dx%d", r->path, line, head, q,
                      r->L->w, r->L->h);
    }
    r->printed++;
}

static int layout_check(app_layout *L, const char *path, struct script_level *sl, bool mockups_only)
{
    const game_level *lv = script_level_data(sl);
    ui_level level = {.path = (char *)path,
                      .level = lv,
                      .score = script_level_score,
                      .score_ud = sl,
                      .play = script_play_host(),
                      .play_ud = sl};
    ui_pack pack = {.title = lv->title,
                    .id = "check",
                    .levels = &level,
                    .nlevels = 1,
                    .reg = app_pack_register(path)}; /* its screens as they will be played */
    ui_config cfg = {.lang = GAME_LANG_FR, .seed = 1};
    ui *u = ui_create(L->g, NULL, &L->cat, &pack, 1, &cfg);
    if (!u) {
        app_term_line(stdout, "%s:1: warning: the layout could not be checked: out of memory",
                      path);
        return -1;
    }
    report r = {path, L, 0};
    game_error err = {0};
    bool ok = mockups_only ? ui_layout_check_mockups(u, on_issue, &r, &err)
                           : ui_layout_check(u, on_issue, &r, &err);
    ui_destroy(u);
    if (!ok) {
        app_term_line(stdout, "%s:%d: warning: the layout could not be checked: %s", path,
                      err.line > 0 ? err.line : 1, err.message);
        return -1;
    }
    return r.printed;
}

int app_layout_check(app_layout *L, const char *path, struct script_level *sl)
{
    return layout_check(L, path, sl, false);
}

int app_layout_check_mockups(app_layout *L, const char *path, struct script_level *sl)
{
    return layout_check(L, path, sl, true);
}
