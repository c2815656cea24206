/* test_playthrough.c — every shipped level played from the menu to its results by a person's
 * events alone, then the session report opened: with the keyboard only (key down, the text it
 * types, key up) and with a finger only (finger down, up), at 1280×720 and 1024×768, in French
 * and in English — each level in two of those eight ways (plays). On the question, its choices,
 * the feedback, the recap and the report, a text the text layer had to cut ("…") or could not fit
 * is a failure: the test names it and saves the screen as playthrough-*.png in the build folder to
 * be looked at. */
#include "ui_fixture.h"

#include "app/app.h"
#include "gfx/gfx.h"
#include "input/input.h"
#include "script/script.h"
#include "store/store.h"
#include "ui/ui_internal.h"
#include "ui/ui_widgets.h"

#include <SDL.h>
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef enum { BY_KEYS, BY_TOUCH } by;

static struct {
    gfx *g;
    game_catalog cat;
    app_levels lv;
    store *reader;
    store_writer *writer;
    app_records records;
    ui *u;
    uint64_t now;
    int w, h;
    game_lang lang;
    by how;
    char name[64]; /* for messages and screenshots: "keys-1024x768-en" */
    char where[160];
} P;

/* ---- what a person does, as SDL sends it (ui_fixture.h) ---- */

/* A key that types nothing: down, up. */
static void press(SDL_Keycode sym)
{
    ui_fixture_press(P.u, sym, &P.now);
}

/* Text as typed on a keyboard: per character its key down, the text, its key up. */
static void type(const char *text)
{
    ui_fixture_type(P.u, text, &P.now);
}

static void tap_at(int x, int y)
{
    ui_fixture_tap_sized(P.u, x, y, P.w, P.h, &P.now);
}

/* ---- what a person sees ---- */

static void save(const char *what)
{
    char path[700], err[256];
    snprintf(path, sizeof path, "%s/playthrough-%s-%s.png", VIGIE_BUILD_DIR, P.name, what);
    gfx_save_png(P.g, path, err, sizeof err);
}

/* Draws the screen as it is now, animations over. */
static void look(void)
{
    P.now += 3000;
    ui_update(P.u, P.now);
    ui_draw(P.u, P.now);
}

/* Draws the screen and fails if a text on it was cut or does not fit. */
static void look_whole(const char *what)
{
    P.now += 3000;
    ui_update(P.u, P.now);
    gfx_text_cuts_reset(P.g);
    ui_draw(P.u, P.now);
    gfx_text_cut_stats st;
    gfx_text_cuts(P.g, &st);
    if (getenv("VIGIE_PLAYTHROUGH_SAVE")) { /* every screen looked at, to look at them too */
        static unsigned n;
        char name[160];
        snprintf(name, sizeof name, "%03u-%s", n++, what);
        save(name);
    }
    if (st.cut || st.overflow) {
        save(what);
        if (getenv("VIGIE_PLAYTHROUGH_LIST")) { /* to list them all while fixing: not in CI */
            fprintf(stderr, "CUT %s, %s (%s): %u/%u \"%s\"\n", P.name, P.where, what, st.cut,
                    st.overflow, st.last);
            return;
        }
        cr_assert_fail("%s, %s (%s): %u text(s) cut, %u not fitting; the last: \"%s\" "
                       "(see playthrough-%s-%s.png)",
                       P.name, P.where, what, st.cut, st.overflow, st.last, P.name, what);
    }
}

static ui_targets targets(void)
{
    ui_targets ts = {0};
    ui_screen_layout(P.u, P.now, false, &ts);
    return ts;
}

static const ui_target *find(ui_target_kind k, int index)
{
    static ui_targets ts;
    ts = targets();
    return ui_target_find(&ts, k, index);
}

static bool tap(ui_target_kind k, int index)
{
    const ui_target *t = find(k, index);
    if (!t || t->r.w <= 0 || t->r.h <= 0) return false;
    tap_at(t->r.x + t->r.w / 2, t->r.y + t->r.h / 2);
    return true;
}

static game_phase phase(void)
{
    return P.u->session ? game_session_phase(P.u->session) : GAME_PHASE_MENU;
}

/* ---- the player ---- */

/* Answers the question shown, some way a person would; true when the feedback came. */
static void answer(const game_question *q, size_t qi)
{
    snprintf(P.where, sizeof P.where, "question %zu (%s, %s)", qi + 1, q->id,
             game_kind_get(q->kind)->name);
    look_whole("question");
    if (P.how == BY_KEYS) {
        switch (q->kind) {
        case GAME_KIND_CHOICE:
        case GAME_KIND_TRUEFALSE:
            type("1");
            break;
        case GAME_KIND_MULTI:
            type("1");
            type("2");
            press(SDLK_RETURN);
            break;
        case GAME_KIND_ORDER:
            press(SDLK_DOWN); /* the second item */
            press(SDLK_RETURN);
            press(SDLK_UP); /* moved up */
            press(SDLK_RETURN);
            for (size_t i = 0; i <= q->nitems; i++) press(SDLK_DOWN); /* to the button */
            press(SDLK_RETURN);
            break;
        case GAME_KIND_SORT:
            for (size_t i = 0; i < q->nitems; i++) type(i % 2 ? "2" : "1");
            if (phase() == GAME_PHASE_QUESTION) press(SDLK_RETURN);
            break;
        case GAME_KIND_ESTIMATE:
            for (int i = 0; i < 3; i++) press(SDLK_RIGHT);
            press(SDLK_RETURN);
            break;
        case GAME_KIND_HOTSPOT:
            press(SDLK_DOWN);
            press(SDLK_RETURN); /* marks the part */
            look();
            for (size_t i = 0; i <= q->nparts; i++) press(SDLK_DOWN); /* to the button */
            press(SDLK_RETURN);
            break;
        case GAME_KIND_INPUT:
            type("signal spam");
            press(SDLK_RETURN);
            break;
        case GAME_KIND_PASSWORD:
            type("Mon chat Zébulon mange 4 croquettes !");
            press(SDLK_RETURN);
            break;
        case GAME_KIND_PLAY: {
            static const SDL_Keycode keys[] = {SDLK_RIGHT, SDLK_LEFT, SDLK_DOWN,
                                               SDLK_UP,    SDLK_TAB,  SDLK_RETURN};
            for (int i = 0; i < 400 && phase() == GAME_PHASE_QUESTION; i++) {
                press(keys[i % 6]);
                P.now += 400;
                ui_update(P.u, P.now);
                ui_draw(P.u, P.now);
            }
            break;
        }
        case GAME_KIND_COUNT:
            break;
        }
    } else {
        switch (q->kind) {
        case GAME_KIND_CHOICE:
        case GAME_KIND_TRUEFALSE:
            cr_assert(tap(UI_T_CHOICE, 0), "%s", P.where);
            break;
        case GAME_KIND_MULTI:
            cr_assert(tap(UI_T_CHOICE, 0), "%s", P.where);
            cr_assert(tap(UI_T_CHOICE, 1), "%s", P.where);
            cr_assert(tap(UI_T_SUBMIT, 0), "%s", P.where);
            break;
        case GAME_KIND_ORDER:
            cr_assert(tap(UI_T_ITEM_UP, 1), "%s: no ▲ on the second item", P.where);
            cr_assert(tap(UI_T_SUBMIT, 0), "%s", P.where);
            break;
        case GAME_KIND_SORT:
            for (size_t i = 0; i < q->nitems && phase() == GAME_PHASE_QUESTION; i++)
                cr_assert(tap(UI_T_BIN, (int)(i % 2)), "%s: no bin %zu", P.where, i % 2);
            if (phase() == GAME_PHASE_QUESTION) cr_assert(tap(UI_T_SUBMIT, 0), "%s", P.where);
            break;
        case GAME_KIND_ESTIMATE: {
            const ui_target *t = find(UI_T_TRACK, 0);
            cr_assert_not_null(t, "%s: no slider", P.where);
            tap_at(t->r.x + t->r.w * 3 / 4, t->r.y + t->r.h / 2);
            cr_assert(tap(UI_T_SUBMIT, 0), "%s", P.where);
            break;
        }
        case GAME_KIND_HOTSPOT:
            cr_assert(tap(UI_T_PART, 0), "%s", P.where);
            look();
            cr_assert(tap(UI_T_SUBMIT, 0), "%s", P.where);
            break;
        case GAME_KIND_INPUT:
        case GAME_KIND_PASSWORD:
            /* a finger has no keyboard: the screen's own keys type, OK sends */
            ui_fixture_tap_text(P.u,
                                q->kind == GAME_KIND_INPUT
                                    ? "signal spam"
                                    : "Mon chat Zébulon mange 4 croquettes !",
                                P.w, P.h, &P.now);
            look_whole("question-typed");
            cr_assert(ui_fixture_tap_label(P.u, "OK", P.w, P.h, &P.now), "%s: no OK key", P.where);
            break;
        case GAME_KIND_PLAY:
            for (int i = 0; i < 400 && phase() == GAME_PHASE_QUESTION; i++) {
                gfx_rect r = P.u->play.rect;
                tap_at(r.x + r.w * (1 + i % 5) / 6, r.y + r.h * (1 + (i / 5) % 5) / 6);
                P.now += 400;
                ui_update(P.u, P.now);
                ui_draw(P.u, P.now);
            }
            break;
        case GAME_KIND_COUNT:
            break;
        }
    }
    /* a game nobody finishes ends at its time limit, and still explains */
    for (int i = 0; i < 1200 && phase() == GAME_PHASE_QUESTION; i++) {
        P.now += 1000;
        ui_update(P.u, P.now);
    }
    if (phase() != GAME_PHASE_FEEDBACK) save("stuck");
    cr_assert_eq(phase(), GAME_PHASE_FEEDBACK, "%s, %s: no feedback (see playthrough-%s-stuck.png)",
                 P.name, P.where, P.name);
    look_whole("feedback");
}

/* The feedback's pages, then on. */
static void go_on(void)
{
    size_t before = game_session_question_index(P.u->session);
    for (int i = 0; i < 20 && phase() == GAME_PHASE_FEEDBACK &&
                    game_session_question_index(P.u->session) == before;
         i++) {
        if (P.how == BY_KEYS) {
            press(SDLK_RETURN);
        } else if (!tap(UI_T_CONTINUE, 0)) {
            cr_assert_fail("%s, %s: no Continue button", P.name, P.where);
        }
        if (phase() == GAME_PHASE_FEEDBACK && game_session_question_index(P.u->session) == before)
            look_whole("feedback-page");
    }
}

/* The recap under the results: every row looked at, page after page. */
static void read_recap(void)
{
    snprintf(P.where, sizeof P.where, "the results");
    look_whole("results");
    for (int i = 0; i < 40 && P.u->recap.more; i++) {
        int before = P.u->recap.scroll;
        if (P.how == BY_KEYS)
            press(SDLK_DOWN);
        else
            cr_assert(tap(UI_T_SCROLL, 1), "%s: the recap has more rows and no way down", P.name);
        look_whole("results-more");
        cr_assert_neq(P.u->recap.scroll, before, "%s: the recap does not scroll", P.name);
    }
}

static void pick_level(size_t item)
{
    cr_assert_eq(P.u->screen, UI_SCREEN_MENU, "%s: not back at the menu", P.name);
    if (P.how == BY_KEYS) {
        for (int i = 0; i < 40 && P.u->menu.focus != (int)item; i++)
            press(P.u->menu.focus < (int)item ? SDLK_DOWN : SDLK_UP);
        cr_assert_eq(P.u->menu.focus, (int)item, "%s: the arrows do not reach level %zu", P.name,
                     item);
        press(SDLK_RETURN);
    } else {
        /* a finger taps the card; one the list's edge cuts comes into view first, and the
         * card past the last one shown is reached by tapping that one */
        for (int i = 0; i < 20 && P.u->screen == UI_SCREEN_MENU; i++) {
            int k = (int)item;
            while (k > 0 && !find(UI_T_LEVEL, k)) k--;
            cr_assert(tap(UI_T_LEVEL, k), "%s: no level on the menu", P.name);
        }
    }
}

static void who_plays(const char *nick)
{
    look();
    cr_assert_eq(P.u->screen, UI_SCREEN_NICK, "%s: who plays?", P.name);
    /* the field shows the last player's name: a new player erases it first */
    for (int i = 0; i < 40 && P.u->nick.draft[0]; i++) {
        if (P.how == BY_KEYS)
            press(SDLK_BACKSPACE);
        else
            cr_assert(ui_fixture_tap_label(P.u, "⌫", P.w, P.h, &P.now), "%s: no ⌫", P.name);
    }
    cr_assert_str_empty(P.u->nick.draft, "%s: the last name cannot be erased", P.name);
    if (P.how == BY_KEYS) {
        type(nick);
        press(SDLK_RETURN);
    } else if (*nick) {
        ui_fixture_tap_text(P.u, nick, P.w, P.h, &P.now);
        cr_assert(ui_fixture_tap_label(P.u, "OK", P.w, P.h, &P.now), "%s: no OK key", P.name);
    } else {
        cr_assert(tap(UI_T_NICK, 1), "%s: no way to play without a name", P.name);
    }
}

static void play_level(size_t item, const char *nick)
{
    pick_level(item);
    who_plays(nick);
    cr_assert_eq(P.u->cur_pack, P.u->menu.items[item].pack,
                 "%s: another level opened (%zu asked, pack %zu level %zu opened)", P.name, item,
                 P.u->cur_pack, P.u->cur_level);
    cr_assert_eq(P.u->cur_level, P.u->menu.items[item].level, "%s: level %zu asked, %zu opened",
                 P.name, item, P.u->cur_level);
    look();
    cr_assert_eq(P.u->screen, UI_SCREEN_GAME, "%s", P.name);
    cr_assert_eq(phase(), GAME_PHASE_INTRO, "%s", P.name);
    if (P.how == BY_KEYS)
        press(SDLK_RETURN);
    else
        cr_assert(tap(UI_T_START, 0), "%s: no start button", P.name);
    const game_level *l = game_session_level(P.u->session);
    for (size_t i = 0; i < l->nquestions; i++) {
        look();
        cr_assert_eq(phase(), GAME_PHASE_QUESTION, "%s, %s: question %zu not shown", P.name, l->id,
                     i + 1);
        answer(game_session_question(P.u->session), i);
        go_on();
    }
    cr_assert_eq(phase(), GAME_PHASE_RESULTS, "%s, %s: no results", P.name, l->id);
    read_recap();
    if (P.how == BY_KEYS)
        press(SDLK_RETURN);
    else
        cr_assert(tap(UI_T_BACK, 0), "%s: no way back to the menu", P.name);
    look();
}

static void read_report(void)
{
    snprintf(P.where, sizeof P.where, "the report");
    if (P.how == BY_KEYS)
        type("r");
    else
        cr_assert(tap(UI_T_REPORT, 0), "%s: no report button in the menu", P.name);
    cr_assert_eq(P.u->screen, UI_SCREEN_REPORT, "%s: the report did not open", P.name);
    cr_assert(P.u->report.ok, "%s", P.name);
    look_whole("report");
    for (int i = 0; i < 40; i++) {
        int before = P.u->report.scroll;
        if (P.how == BY_KEYS)
            press(SDLK_DOWN);
        else if (!tap(UI_T_SCROLL, 1))
            break;
        if (P.u->report.scroll == before) break;
        look_whole("report-more");
    }
}

static char dir[64];

static void open_all(by how, int w, int h, game_lang lang)
{
    char db[128], err[256];
    game_error gerr = {0};
    snprintf(dir, sizeof dir, "/tmp/vigie-playthrough-XXXXXX");
    cr_assert_not_null(mkdtemp(dir));
    snprintf(db, sizeof db, "%s/vigie.db", dir);
    memset(&P, 0, sizeof P);
    P.w = w;
    P.h = h;
    P.lang = lang;
    P.how = how;
    P.now = 1000;
    snprintf(P.name, sizeof P.name, "%s-%dx%d-%s", how == BY_KEYS ? "keys" : "touch", w, h,
             lang == GAME_LANG_FR ? "fr" : "en");
    P.g = gfx_create_offscreen(w, h, err, sizeof err);
    cr_assert_not_null(P.g, "%s", err);
    cr_assert(script_catalog_load(&P.cat, &gerr), "%s", gerr.message);
    app_levels_load(&P.lv, VIGIE_SOURCE_DIR "/levels", 11);
    P.reader = store_open(db, NULL, 0, &gerr);
    cr_assert_not_null(P.reader, "%s", gerr.message);
    P.writer = store_writer_start(store_open(db, NULL, 0, &gerr));
    P.records = (app_records){P.reader, P.writer};
    ui_config cfg = {.lang = lang,
                     .seed = 11,
                     .skip_title = true,
                     .records = app_records_ui(&P.records),
                     .session = "2nde B – 06/12"};
    P.u = ui_create(P.g, NULL, &P.cat, P.lv.packs, P.lv.npacks, &cfg);
    look();
    cr_assert_gt(P.u->menu.nitems, 0);
}

static void close_all(void)
{
    char cmd[128];
    ui_destroy(P.u);
    store_writer_stop(P.writer);
    store_close(P.reader);
    app_levels_unload(&P.lv);
    game_catalog_deinit(&P.cat);
    gfx_destroy(P.g);
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    cr_assert_eq(system(cmd), 0);
}

/* Each level is played in two of the eight ways: once by keys and once by touch, at the two
 * sizes and in the two languages between them (by keys at 1280×720 in French, then by touch at
 * 1024×768 in English, say), the pair turning from level to level: every level is read at both
 * sizes and in both languages, every way is played by a quarter of the levels, and the suite
 * stays within its time as packs grow. Under the sanitizers (common.h), whose run looks for
 * memory errors rather than for text cut, each level is played in one way of the eight. */
static bool plays(size_t item, by how, int w, game_lang lang)
{
    unsigned size = w == 1024, en = lang == GAME_LANG_EN, touch = how == BY_TOUCH;
    unsigned way = size * 2 + en;
    if (TEST_SANITIZED) return item % 8 == touch * 4 + way;
    unsigned k = (unsigned)(item % 4);
    return way == (touch ? 3 - k : k);
}

static void play_all(by how, int w, int h, game_lang lang)
{
    open_all(how, w, h, lang);
    static const char *nicks[] = {"Zoé-2B", "Léo", "", "Noah 2"}; /* one plays unnamed */
    size_t played = 0;
    for (size_t i = 0; i < P.u->menu.nitems; i++)
        if (plays(i, how, w, lang)) play_level(i, nicks[played++ % 4]);
    cr_assert_gt(played, 0, "%s: no level played", P.name);
    read_report();
    close_all();
}

Test(playthrough, a_tapped_card_the_list_cuts_comes_into_view_and_a_second_tap_opens_it)
{
    open_all(BY_TOUCH, 1280, 720, GAME_LANG_FR);
    cr_assert_geq(P.u->menu.nitems, 4, "the shipped levels fill more than the screen");
    const ui_target *t = find(UI_T_LEVEL, 2);
    cr_assert_not_null(t);
    cr_assert_lt(t->r.h, P.u->menu.card_h, "the third card is cut by the footer");
    cr_assert_leq(t->r.y + t->r.h, P.u->menu.view_bottom, "its target stops at the footer");
    cr_assert_null(find(UI_T_LEVEL, 3), "the fourth is not shown");
    tap(UI_T_LEVEL, 2);
    cr_assert_eq(P.u->screen, UI_SCREEN_MENU, "a cut card does not open");
    t = find(UI_T_LEVEL, 2);
    cr_assert_leq(t->r.y + t->r.h, P.u->menu.view_bottom, "it came into view");
    cr_assert_eq(t->r.h, P.u->menu.card_h, "whole");
    tap(UI_T_LEVEL, 2);
    cr_assert_eq(P.u->screen, UI_SCREEN_NICK, "a whole card opens its level");
    close_all();
}

Test(playthrough, keys_1280x720_fr, .timeout = 600)
{
    play_all(BY_KEYS, 1280, 720, GAME_LANG_FR);
}
Test(playthrough, keys_1280x720_en, .timeout = 600)
{
    play_all(BY_KEYS, 1280, 720, GAME_LANG_EN);
}
Test(playthrough, keys_1024x768_fr, .timeout = 600)
{
    play_all(BY_KEYS, 1024, 768, GAME_LANG_FR);
}
Test(playthrough, keys_1024x768_en, .timeout = 600)
{
    play_all(BY_KEYS, 1024, 768, GAME_LANG_EN);
}
Test(playthrough, touch_1280x720_fr, .timeout = 600)
{
    play_all(BY_TOUCH, 1280, 720, GAME_LANG_FR);
}
Test(playthrough, touch_1280x720_en, .timeout = 600)
{
    play_all(BY_TOUCH, 1280, 720, GAME_LANG_EN);
}
Test(playthrough, touch_1024x768_fr, .timeout = 600)
{
    play_all(BY_TOUCH, 1024, 768, GAME_LANG_FR);
}
Test(playthrough, touch_1024x768_en, .timeout = 600)
{
    play_all(BY_TOUCH, 1024, 768, GAME_LANG_EN);
}
