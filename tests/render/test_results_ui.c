/* test_results_ui.c — kept results in the window's ui, on a real database in a temporary
 * folder: the nickname screen, each answer handed to the writer as it is given, the boards
 * after a level and in the menu, the session report screen. Screens are saved as PNG files in
 * the build folder (results-*.png) to be looked at. */
#include "app/app.h"
#include "gfx/gfx.h"
#include "script/script.h"
#include "../store/db_check.h"
#include "store/store.h"
#include "ui/ui_internal.h"
#include "ui/ui_screens.h"

#include <criterion/criterion.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char dir[] = "/tmp/vigie-results-ui-XXXXXX";
static char db[600];
static gfx *g;
static game_catalog cat;
static app_levels lv;
static store *reader;
static store_writer *writer;
static app_records records;
static ui *u;
static uint64_t now = 1000;

static const char *notice;
static ui_access access_cfg;            /* the player's settings (issue 17) */
static void (*after_answer)(size_t qi); /* called at each feedback of play_first_level */

static void open_ui(int w, int h, game_lang lang, const char *session)
{
    char err[256];
    game_error gerr = {0};
    if (!db[0]) {
        cr_assert_not_null(mkdtemp(dir));
        snprintf(db, sizeof db, "%s/vigie.db", dir);
    }
    g = gfx_create_offscreen(w, h, err, sizeof err);
    cr_assert_not_null(g, "%s", err);
    cr_assert(script_catalog_load(&cat, &gerr), "%s", gerr.message);
    app_levels_load(&lv, VIGIE_SOURCE_DIR "/levels", 7);
    reader = store_open(db, NULL, 0, &gerr);
    cr_assert_not_null(reader, "%s", gerr.message);
    writer = store_writer_start(store_open(db, NULL, 0, &gerr));
    cr_assert_not_null(writer);
    records = (app_records){reader, writer};
    ui_config cfg = {.lang = lang,
                     .seed = 7,
                     .skip_title = true,
                     .records = app_records_ui(&records),
                     .session = session,
                     .notice = notice,
                     .access = access_cfg};
    u = ui_create(g, NULL, &cat, lv.packs, lv.npacks, &cfg);
}

static void close_ui(void)
{
    ui_destroy(u);
    store_writer_stop(writer);
    store_close(reader);
    app_levels_unload(&lv);
    game_catalog_deinit(&cat);
    gfx_destroy(g);
}

static void key(input_key k, int sym)
{
    input_event ev = {.type = INPUT_KEY, .key = k, .sym = sym};
    ui_input(u, &ev, now += 100);
    ui_update(u, now);
}

static void type(const char *text)
{
    input_event ev = {.type = INPUT_TEXT};
    snprintf(ev.text, sizeof ev.text, "%s", text);
    ui_input(u, &ev, now += 100);
}

static void shot(const char *name)
{
    now += 3000; /* animations over */
    ui_update(u, now);
    ui_draw(u, now);
    char path[700], err[256];
    snprintf(path, sizeof path, "%s/results-%s.png", VIGIE_BUILD_DIR, name);
    cr_assert(gfx_save_png(g, path, err, sizeof err), "%s", err);
}

static long scalar(const char *sql)
{
    sqlite3 *h;
    cr_assert_eq(sqlite3_open(db, &h), SQLITE_OK);
    long v = db_scalar(h, sql);
    sqlite3_close(h);
    return v;
}

/* Plays the first level (phishing-basics, 8 choice questions): the first choice shown each
 * time, then on to the results. */
static void play_first_level(const char *nick, bool at_nick)
{
    if (!at_nick) key(INPUT_KEY_ENTER, '\r'); /* the menu's first level: who plays? */
    cr_assert_eq(u->screen, UI_SCREEN_NICK);
    type(nick);
    key(INPUT_KEY_ENTER, '\r'); /* the intro */
    cr_assert_eq(u->screen, UI_SCREEN_GAME);
    key(INPUT_KEY_ENTER, '\r'); /* the first question */
    const game_level *l = game_session_level(u->session);
    for (size_t i = 0; i < l->nquestions; i++) {
        cr_assert_eq(game_session_phase(u->session), GAME_PHASE_QUESTION);
        const game_question *q = game_session_question(u->session);
        if (q->kind == GAME_KIND_INPUT) {
            type("x"); /* a typed answer, then Enter */
            key(INPUT_KEY_ENTER, '\r');
        } else if (q->kind == GAME_KIND_MULTI || q->kind == GAME_KIND_HOTSPOT) {
            /* the first choice (or part) ticked, then submitted */
            game_action pick = {.kind = GAME_ACT_CHOOSE, .arg = 0};
            ui_act(u, &pick, now += 500);
            game_action submit = {.kind = GAME_ACT_SUBMIT};
            ui_act(u, &submit, now += 100);
            ui_update(u, now);
        } else {
            input_event c = {.type = INPUT_KEY, .key = INPUT_KEY_CHOICE, .index = 0};
            ui_input(u, &c, now += 500);
        }
        cr_assert_eq(game_session_phase(u->session), GAME_PHASE_FEEDBACK,
                     "question %zu (%s), screen %d", i, q->id, u->screen);
        if (after_answer) after_answer(i);
        key(INPUT_KEY_ENTER, '\r');
    }
    cr_assert_eq(game_session_phase(u->session), GAME_PHASE_RESULTS);
}

Test(results_ui, a_named_run_is_kept_answer_by_answer_and_shows_on_the_boards)
{
    open_ui(1280, 720, GAME_LANG_FR, "2nde B – 28/11");
    key(INPUT_KEY_ENTER, '\r');
    cr_assert_eq(u->screen, UI_SCREEN_NICK);
    type("L");
    type("é");
    type("a");
    shot("nick-fr");
    key(INPUT_KEY_BACK, 0);
    cr_assert_eq(u->screen, UI_SCREEN_MENU);
    play_first_level("Léa", false);
    shot("board-fr");
    cr_assert(u->recap.board_has[0] && u->recap.board_has[2]);
    cr_assert_str_eq(u->recap.board[0].nick, "Léa");
    cr_assert_eq(u->recap.rank_today, 1);
    cr_assert_eq(scalar("SELECT COUNT(*) FROM answers"), 10); /* phishing-basics' questions */
    cr_assert_eq(scalar("SELECT COUNT(*) FROM runs WHERE score IS NOT NULL"), 1);
    cr_assert_eq(scalar("SELECT COUNT(*) FROM players WHERE nick = 'Léa'"), 1);
    cr_assert_eq(scalar("SELECT COUNT(*) FROM sessions WHERE name = '2nde B – 28/11'"), 1);
    /* back to the menu: the level's record names her */
    key(INPUT_KEY_ENTER, '\r');
    cr_assert_eq(u->screen, UI_SCREEN_MENU);
    cr_assert_str_eq(u->menu.best_nick[0], "Léa");
    shot("menu-fr");
    /* a second player, anonymous: kept, but on no board */
    key(INPUT_KEY_ENTER, '\r');
    key(INPUT_KEY_ERASE, 0);
    key(INPUT_KEY_ERASE, 0);
    key(INPUT_KEY_ERASE, 0);
    play_first_level("", true);
    cr_assert_eq(scalar("SELECT COUNT(*) FROM runs WHERE player_id IS NULL"), 1);
    key(INPUT_KEY_ENTER, '\r');
    /* the boards screen */
    key(INPUT_KEY_OTHER, 's');
    cr_assert_eq(u->screen, UI_SCREEN_SCORES);
    cr_assert_eq(u->scores.n[0], 1, "the anonymous run is on no board");
    cr_assert_str_eq(u->scores.rows[2][0].nick, "Léa");
    shot("scores-fr");
    key(INPUT_KEY_BACK, 0);
    cr_assert_eq(u->screen, UI_SCREEN_MENU);
    /* the session report */
    key(INPUT_KEY_OTHER, 'r');
    cr_assert_eq(u->screen, UI_SCREEN_REPORT);
    cr_assert(u->report.ok);
    cr_assert_eq(u->report.data.nplayers, 2);
    cr_assert_eq(u->report.data.npeople, 2);
    /* one level played: one list, ranked from 1 under the level's title */
    cr_assert_eq(u->report.data.players[0].rank, 1);
    cr_assert_eq(u->report.data.players[1].rank, 2);
    cr_assert_str_eq(u->report.data.players[0].level_id, u->report.data.players[1].level_id);
    cr_assert_neq(u->report.data.players[0].level_title[0], '\0');
    cr_assert_eq(u->report.data.nquestions, 10);
    shot("report-fr");
    key(INPUT_KEY_BACK, 0);
    cr_assert_eq(u->screen, UI_SCREEN_MENU);
    close_ui();
}

Test(results_ui, the_menus_record_is_the_boards_during_the_run_and_after_a_restart)
{
    open_ui(1280, 720, GAME_LANG_FR, NULL);
    cr_assert_eq(u->menu.best[0], -1);
    key(INPUT_KEY_ENTER, '\r');
    play_first_level("", true); /* anonymous: kept, on no board */
    long anonymous = game_session_score(u->session);
    cr_assert_gt(anonymous, 0);
    key(INPUT_KEY_ENTER, '\r');
    cr_assert_eq(u->screen, UI_SCREEN_MENU);
    cr_assert_eq(u->menu.best[0], -1, "an anonymous run is not the record: it is on no board");
    close_ui();
    open_ui(1280, 720, GAME_LANG_FR, NULL); /* a restart */
    cr_assert_eq(u->menu.best[0], -1);
    key(INPUT_KEY_ENTER, '\r');
    play_first_level("Léa", true);
    key(INPUT_KEY_ENTER, '\r');
    cr_assert_eq(u->menu.best[0], anonymous);
    cr_assert_str_eq(u->menu.best_nick[0], "Léa");
    close_ui();
    open_ui(1280, 720, GAME_LANG_FR, NULL);
    cr_assert_eq(u->menu.best[0], anonymous);
    cr_assert_str_eq(u->menu.best_nick[0], "Léa");
    close_ui();
}

Test(results_ui, a_nickname_that_is_more_than_a_nickname_is_refused)
{
    open_ui(1024, 768, GAME_LANG_EN, NULL);
    key(INPUT_KEY_ENTER, '\r');
    type("lea@mail.fr");
    key(INPUT_KEY_ENTER, '\r');
    cr_assert_eq(u->screen, UI_SCREEN_NICK, "an e-mail address is refused");
    cr_assert(u->nick.bad);
    shot("nick-bad-en");
    close_ui();
}

Test(results_ui, a_notice_about_the_database_shows_once_at_the_start)
{
    notice = "La base des résultats était abîmée : elle est gardée sous /home/stand/.local/"
             "share/vigie/vigie.db.broken-20261128-180631 et une nouvelle a été créée.";
    open_ui(1024, 768, GAME_LANG_FR, NULL);
    now = 500;
    ui_draw(u, now);
    char path[700], err[256];
    snprintf(path, sizeof path, "%s/results-notice-fr.png", VIGIE_BUILD_DIR);
    cr_assert(gfx_save_png(g, path, err, sizeof err), "%s", err);
    cr_assert_gt(u->notice.until, now);
    cr_assert_geq(ui_wait_ms(u, now), 0, "the notice's end is a redraw");
    close_ui();
    notice = NULL;
}

Test(results_ui, a_trainer_names_a_session_from_the_menu)
{
    open_ui(1280, 720, GAME_LANG_FR, NULL);
    key(INPUT_KEY_OTHER, 't');
    cr_assert_eq(u->screen, UI_SCREEN_SESSION);
    type("2nde C");
    type(" – 28/11 ");
    shot("session-fr");
    key(INPUT_KEY_ENTER, '\r');
    cr_assert_eq(u->screen, UI_SCREEN_MENU);
    cr_assert_str_eq(u->trainer.session, "2nde C – 28/11");
    play_first_level("Ana", false);
    cr_assert_eq(scalar("SELECT COUNT(*) FROM runs r JOIN sessions s ON s.id = r.session_id"
                        " WHERE s.name = '2nde C – 28/11'"),
                 1);
    close_ui();
}

/* ==== issue 17: reduced motion and the pace ================================ */

/* The frame drawn at t, as PNG bytes (the caller frees them). */
static void *frame_at(uint64_t t, size_t *n)
{
    ui_update(u, t);
    ui_draw(u, t);
    void *png = NULL;
    cr_assert(gfx_png_bytes(g, 0, &png, n));
    return png;
}

/* The screen now and 100 ms later: the same pixels, and nothing to redraw for. */
static void holds_still(size_t qi)
{
    (void)qi;
    size_t n1, n2;
    void *a = frame_at(now, &n1), *b = frame_at(now + 100, &n2);
    cr_assert(n1 == n2 && memcmp(a, b, n1) == 0, "the frame moved within 100 ms");
    free(a);
    free(b);
    ui_take_dirty(u); /* drawn, as the loop does */
    cr_assert_eq(ui_wait_ms(u, now + 100), -1, "an idle screen waits for an event");
}

Test(results_ui, with_reduced_motion_no_screen_after_an_answer_moves)
{
    access_cfg = (ui_access){.reduced_motion = true};
    open_ui(1024, 768, GAME_LANG_FR, NULL);
    after_answer = holds_still; /* each feedback: no pulse, no count-up */
    play_first_level("Zoé", false);
    after_answer = NULL;
    holds_still(0); /* the results: no count-up either */
    close_ui();
}

Test(results_ui, without_reduced_motion_the_feedback_animates)
{
    open_ui(1024, 768, GAME_LANG_FR, NULL);
    key(INPUT_KEY_ENTER, '\r');
    type("Zoé");
    key(INPUT_KEY_ENTER, '\r');
    key(INPUT_KEY_ENTER, '\r');
    input_event c = {.type = INPUT_KEY, .key = INPUT_KEY_CHOICE, .index = 0};
    ui_input(u, &c, now += 500);
    cr_assert_eq(game_session_phase(u->session), GAME_PHASE_FEEDBACK);
    ui_update(u, now);
    ui_draw(u, now);
    ui_take_dirty(u);
    cr_assert_gt(ui_wait_ms(u, now), 0, "the pulse and the count-up run: the control case");
    close_ui();
}

Test(results_ui, an_untimed_run_is_kept_untimed_and_its_boards_say_so)
{
    access_cfg = (ui_access){.pace = GAME_PACE_UNTIMED};
    open_ui(1024, 768, GAME_LANG_FR, "2nde B – 28/11");
    play_first_level("Zoé", false);
    store_writer_flush(writer);
    cr_assert_eq(scalar("SELECT COUNT(*) FROM runs WHERE pace = 'untimed'"), 1);
    char line[600];
    ui_records_board_line(u, line, sizeof line);
    cr_assert(strstr(line, "Zoé") && strstr(line, "sans chrono"), "%s", line);
    shot("pace-untimed-fr");
    key(INPUT_KEY_BACK, 0);
    cr_assert_eq(u->screen, UI_SCREEN_MENU);
    cr_assert_eq(u->menu.best_pace[0], GAME_PACE_UNTIMED, "the menu's record says it");
    shot("pace-menu-fr");
    ui_screen_open(u, UI_SCREEN_SCORES, now);
    cr_assert_eq(u->scores.rows[2][0].pace, GAME_PACE_UNTIMED);
    shot("pace-scores-fr");
    ui_screen_open(u, UI_SCREEN_REPORT, now);
    cr_assert_gt(u->report.data.nplayers, 0);
    cr_assert_eq(u->report.data.players[0].pace, GAME_PACE_UNTIMED);
    shot("pace-report-fr");
    close_ui();
}
