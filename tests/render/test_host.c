/* test_host.c — the live classroom's teacher's screens (ui/ui_host*.c): every screen of a room of
 * 27 players (nicknames long, accented, written as HTML) drawn offscreen at 1280×720 and 1024×768
 * in French and English with no text cut, each saved as a PNG in the build folder to be looked
 * at; the teacher's keys and clicks, as SDL sends them, becoming the commands; the QR code; the
 * phones' mock-up; the menu's "Classe en direct". */
#include "app/app.h"
#include "game/game_room.h"
#include "gfx/gfx.h"
#include "input/input.h"
#include "script/script.h"
#include "ui/ui.h"
#include "ui/ui_host.h"

#include <SDL.h>
#include <criterion/criterion.h>
#include <qrencode.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DATA VIGIE_SOURCE_DIR "/tests/data/"

typedef struct {
    gfx *g;
    game_catalog cat;
    app_levels lv;
    game_room *room;
    ui_host *h;
    uint64_t now;
    char urls[3][UI_HOST_URL_MAX];
    ui_host_info info;
} host_fx;

static const char *const nicks[] = {
    "<b>x</b>",
    "Zoé-Éloïse_99",
    "WWWWWWWWWWWWWWWW",
    "Lina",
    "<script>",
    "Mathéo",
    "Inès B.",
    "MMMMMMMMMMMMMMMM",
    "Noah",
    "Chloé",
    "Yanis",
    "Léa_2009",
    "Ethan",
    "Jade",
    "Adam",
    "Louise.M",
    "Sacha",
    "Ambre",
    "Kylian",
    "Rose",
    "Éloïse-Maëlys",
    "Timéo",
    "Manon",
    "Ibrahim",
    "Nour",
    "Gabriel-Ange",
    "Zoé",
};
#define NPLAYERS (sizeof nicks / sizeof nicks[0])

static void fx_open(host_fx *f, int w, int h, const char *file, game_lang lang)
{
    char err[256];
    game_error gerr = {0};
    memset(f, 0, sizeof *f);
    f->g = gfx_create_offscreen(w, h, err, sizeof err);
    cr_assert_not_null(f->g, "%s", err);
    cr_assert(script_catalog_load(&f->cat, &gerr), "%s", gerr.message);
    app_levels_load_file(&f->lv, file, 7);
    cr_assert(f->lv.npacks == 1 && f->lv.packs[0].levels[0].level, "%s does not load", file);
    const ui_level *l = &f->lv.packs[0].levels[0];
    f->room = game_room_create(l->level, l->score, l->score_ud, 7, &gerr);
    cr_assert_not_null(f->room, "%s", gerr.message);
    snprintf(f->urls[0], UI_HOST_URL_MAX, "http://192.168.100.200:8080");
    snprintf(f->urls[1], UI_HOST_URL_MAX, "http://10.0.0.12:8080");
    snprintf(f->urls[2], UI_HOST_URL_MAX, "http://172.16.254.254:8080");
    f->info = (ui_host_info){.lang = lang,
                             .code = "4821",
                             .urls = (const char(*)[UI_HOST_URL_MAX])f->urls,
                             .nurls = 3,
                             .players_cap = 500};
    f->h = ui_host_create(f->g, NULL, &f->cat, f->room, &f->info);
    cr_assert_not_null(f->h);
    f->now = 1000;
}

static void fx_close(host_fx *f)
{
    ui_host_destroy(f->h);
    game_room_destroy(f->room);
    app_levels_unload(&f->lv);
    game_catalog_deinit(&f->cat);
    gfx_destroy(f->g);
}

static void fx_join(host_fx *f, size_t n)
{
    for (size_t i = 0; i < n; i++) cr_assert(game_room_join(f->room, (uint32_t)i + 1, nicks[i]));
    game_room_set_away(f->room, 4, true);
    ui_host_changed(f->h, f->now);
}

/* A wrong (or partly right) answer of q's kind, made from its right one. */
static void wrong_response(const game_question *q, game_response *r)
{
    game_response_perfect(q, r);
    switch (game_kind_get(q->kind)->shape) {
    case GAME_SHAPE_PICK:
        for (size_t i = 0; i < q->nchoices || (q->kind == GAME_KIND_TRUEFALSE && i < 2); i++)
            if (!((q->correct_mask >> i) & 1u)) {
                r->chosen = 1u << i;
                break;
            }
        break;
    case GAME_SHAPE_ORDER: {
        unsigned char t = r->order[0];
        r->order[0] = r->order[1];
        r->order[1] = t;
        break;
    }
    case GAME_SHAPE_BINS:
        r->bins[0] = (signed char)((r->bins[0] + 1) % (int)q->nbins);
        break;
    case GAME_SHAPE_TEXT:
        if (q->kind == GAME_KIND_PASSWORD) {
            r->text[0] = '\0';
            r->pw_measured = true;
            r->pw_level = 1;
        } else {
            snprintf(r->text, sizeof r->text, "je ne sais pas");
        }
        break;
    case GAME_SHAPE_VALUE:
        r->value = q->min;
        break;
    case GAME_SHAPE_PARTS:
        for (size_t i = 0; i < q->nparts; i++)
            if (!q->parts[i].clue) r->chosen |= 1u << i;
        break;
    case GAME_SHAPE_PLAY:
        break;
    }
}

/* Players answer question number qn: a third right, a third wrong, the rest not at all. */
static void fx_answer(host_fx *f, uint32_t qn)
{
    const game_question *q = game_room_question(f->room);
    for (size_t i = 0; i < NPLAYERS; i++) {
        game_response r = {0};
        if (i % 3 == 2) continue;
        if (i % 3 == 0) {
            game_response_perfect(q, &r);
            if (q->kind == GAME_KIND_PASSWORD) {
                r.text[0] = '\0';
                r.pw_measured = true;
                r.pw_level = (signed char)q->strength;
            }
        } else {
            wrong_response(q, &r);
        }
        game_error err = {0};
        game_room_take t = game_room_answer(f->room, (uint32_t)i + 1, qn, &r, 3000, &err);
        cr_assert(t == GAME_ROOM_TAKEN, "player %zu's answer to question %u: %d (%s)", i + 1, qn,
                  (int)t, err.message);
    }
    ui_host_changed(f->h, f->now);
}

/* Draws the screen and holds that no text was cut; saves it for the eye. */
static void fx_shot(host_fx *f, const char *name)
{
    int w, h;
    gfx_size(f->g, &w, &h);
    gfx_text_cuts_reset(f->g);
    ui_host_draw(f->h, f->now);
    gfx_text_cut_stats st;
    gfx_text_cuts(f->g, &st);
    char path[512], err[256];
    snprintf(path, sizeof path, VIGIE_BUILD_DIR "/host-%s-%dx%d-%s.png", name, w, h,
             f->info.lang == GAME_LANG_FR ? "fr" : "en");
    cr_assert(gfx_save_png(f->g, path, err, sizeof err), "%s", err);
    cr_expect(st.cut == 0 && st.overflow == 0, "%s: %u cut, %u overflow, the last: \"%s\" (%s)",
              name, st.cut, st.overflow, st.last, path);
}

static const int sizes[2][2] = {{1280, 720}, {1024, 768}};

/* Every screen of one level's game, in both sizes and languages. */
static void play_all(const char *file, const char *tag)
{
    for (int s = 0; s < 2; s++)
        for (int l = 0; l < 2; l++) {
            host_fx f;
            fx_open(&f, sizes[s][0], sizes[s][1], file, l ? GAME_LANG_EN : GAME_LANG_FR);
            fx_join(&f, NPLAYERS);
            char name[64];
            snprintf(name, sizeof name, "%s-lobby", tag);
            fx_shot(&f, name);
            size_t n = game_room_question_count(f.room);
            for (size_t i = 0; i < n; i++) {
                cr_assert(game_room_open(f.room, i, 20000, f.now));
                ui_host_changed(f.h, f.now);
                const game_question *q = game_room_question(f.room);
                const char *kind = game_kind_name(q->kind);
                f.now += 4000;
                if (q->kind == GAME_KIND_PLAY) {
                    snprintf(name, sizeof name, "%s-q%zu-%s", tag, i + 1, kind);
                    fx_shot(&f, name);
                    game_room_skip(f.room, f.now);
                } else {
                    fx_answer(&f, (uint32_t)i + 1);
                    snprintf(name, sizeof name, "%s-q%zu-%s", tag, i + 1, kind);
                    fx_shot(&f, name);
                    game_error err = {0};
                    cr_assert(game_room_close(f.room, f.now, &err), "%s", err.message);
                }
                ui_host_changed(f.h, f.now);
                snprintf(name, sizeof name, "%s-q%zu-%s-reveal", tag, i + 1, kind);
                fx_shot(&f, name);
                game_room_podium(f.room);
                ui_host_changed(f.h, f.now);
                if (i == 0) {
                    snprintf(name, sizeof name, "%s-podium", tag);
                    fx_shot(&f, name);
                }
            }
            game_room_end(f.room);
            ui_host_changed(f.h, f.now);
            snprintf(name, sizeof name, "%s-final", tag);
            fx_shot(&f, name);
            /* B: the debrief, the least right first; Esc back to the podium */
            input_event b = {.type = INPUT_KEY, .sym = 'b', .printable = true};
            ui_host_input(f.h, &b, f.now);
            cr_expect(ui_host_debriefing(f.h), "B shows the debrief");
            snprintf(name, sizeof name, "%s-debrief", tag);
            fx_shot(&f, name);
            size_t qs[32];
            double share[32];
            size_t k = ui_host_debrief_rows(f.h, qs, share, 32);
            for (size_t i = 0; i < k; i++) {
                cr_expect(share[i] >= 0 && share[i] <= 1, "share %f", share[i]);
                cr_expect(i == 0 || share[i - 1] <= share[i], "%s: not the least right first", tag);
            }
            input_event esc = {.type = INPUT_KEY, .key = INPUT_KEY_BACK};
            ui_host_input(f.h, &esc, f.now);
            cr_expect(!ui_host_debriefing(f.h), "Esc goes back to the podium");
            cr_expect_eq(ui_host_confirming(f.h), UI_HOST_NONE, "and asks nothing");
            fx_close(&f);
        }
}

Test(host_screens, every_screen_of_a_mixed_level_shows_its_text_whole)
{
    play_all(DATA "fraude-president-level.lua", "fraude");
}

/* Every player answers question number qn right (how: 1), wrong (0) or one in two right (2). */
static void fx_answer_all(host_fx *f, uint32_t qn, int how)
{
    const game_question *q = game_room_question(f->room);
    for (size_t i = 0; i < NPLAYERS; i++) {
        game_response r = {0};
        if (how == 1 || (how == 2 && i % 2 == 0)) {
            game_response_perfect(q, &r);
            if (q->kind == GAME_KIND_PASSWORD) {
                r.text[0] = '\0';
                r.pw_measured = true;
                r.pw_level = (signed char)q->strength;
            }
        } else {
            wrong_response(q, &r);
        }
        game_error err = {0};
        cr_assert_eq(game_room_answer(f->room, (uint32_t)i + 1, qn, &r, 3000, &err),
                     GAME_ROOM_TAKEN, "%s", err.message);
    }
}

Test(host_screens, the_debrief_lists_what_the_class_missed_most_first_with_its_right_answer)
{
    for (int s = 0; s < 2; s++)
        for (int l = 0; l < 2; l++) {
            host_fx f;
            fx_open(&f, sizes[s][0], sizes[s][1], DATA "kinds-level.lua",
                    l ? GAME_LANG_EN : GAME_LANG_FR);
            fx_join(&f, NPLAYERS);
            static const int how[3] = {1, 0, 2}; /* all right, all wrong, half */
            for (uint32_t i = 0; i < 3; i++) {
                cr_assert(game_room_open(f.room, i, 20000, f.now));
                fx_answer_all(&f, i + 1, how[i]);
                game_error err = {0};
                cr_assert(game_room_close(f.room, f.now, &err), "%s", err.message);
                game_room_podium(f.room);
            }
            game_room_end(f.room);
            ui_host_changed(f.h, f.now);
            input_event b = {.type = INPUT_KEY, .sym = 'b', .printable = true};
            ui_host_input(f.h, &b, f.now);
            cr_assert(ui_host_debriefing(f.h));
            size_t qs[8];
            double share[8];
            cr_assert_eq(ui_host_debrief_rows(f.h, qs, share, 8), 3, "the three played");
            cr_expect_eq(qs[0], 1, "the one all missed first");
            cr_expect(share[0] <= 0.5, "%f", share[0]); /* a wrong tick may be partly right */
            cr_expect_eq(qs[2], 0, "the one all got right last");
            cr_expect(share[2] > 0.999, "%f", share[2]);
            cr_expect(share[1] >= share[0] && share[1] <= share[2]);
            fx_shot(&f, "debrief-three");
            /* B again goes back; the arrows and R do nothing on it */
            input_event down = {.type = INPUT_KEY, .key = INPUT_KEY_DOWN};
            ui_host_input(f.h, &b, f.now);
            cr_expect(!ui_host_debriefing(f.h));
            ui_host_input(f.h, &b, f.now);
            ui_host_input(f.h, &down, f.now);
            cr_expect_eq(ui_host_selected(f.h), -1, "no player on the debrief");
            /* before the end there is none */
            fx_close(&f);
        }
}

Test(host_screens, password_estimate_and_typed_questions_show_their_text_whole)
{
    play_all(DATA "kinds-level.lua", "kinds");
}

Test(host_screens, a_mini_game_says_it_is_skipped)
{
    play_all(DATA "game-level.lua", "game");
}

Test(host_screens, the_lobby_with_nobody_then_sixty_players_shows_a_count_and_more)
{
    for (int s = 0; s < 2; s++) {
        host_fx f;
        fx_open(&f, sizes[s][0], sizes[s][1], DATA "kinds-level.lua", GAME_LANG_FR);
        fx_shot(&f, "lobby-empty");
        char nick[40];
        for (uint32_t i = 1; i <= 90; i++) {
            snprintf(nick, sizeof nick, "Joueur-%u-Éloïse", i);
            cr_assert(game_room_join(f.room, i, nick));
        }
        f.info.locked = true;
        f.info.notice = "La salle est pleine : 500 joueurs au plus.";
        ui_host_set_info(f.h, &f.info);
        ui_host_changed(f.h, f.now);
        fx_shot(&f, "lobby-90");
        fx_close(&f);
    }
}

/* ==== the teacher's keys and clicks ======================================= */

static void sdl_key(host_fx *f, SDL_Keycode sym, Uint16 mod)
{
    SDL_Event ev = {0};
    ev.type = SDL_KEYDOWN;
    ev.key.state = SDL_PRESSED;
    ev.key.keysym.sym = sym;
    ev.key.keysym.mod = mod;
    input_event ie;
    if (input_from_sdl(&ev, 1280, 720, 1.0f, &ie)) ui_host_input(f->h, &ie, f->now += 20);
    /* the text a printable key types comes next, as SDL sends it */
    if (ie.printable && sym < 0x80) {
        SDL_Event tx = {0};
        tx.type = SDL_TEXTINPUT;
        tx.text.text[0] = (char)sym;
        if (input_from_sdl(&tx, 1280, 720, 1.0f, &ie)) ui_host_input(f->h, &ie, f->now += 20);
    }
    ev.type = SDL_KEYUP;
    ev.key.state = SDL_RELEASED;
    if (input_from_sdl(&ev, 1280, 720, 1.0f, &ie)) ui_host_input(f->h, &ie, f->now += 20);
    ui_host_draw(f->h, f->now);
}

static void sdl_text(host_fx *f, const char *s)
{
    SDL_Event ev = {0};
    ev.type = SDL_TEXTINPUT;
    snprintf(ev.text.text, sizeof ev.text.text, "%s", s);
    input_event ie;
    if (input_from_sdl(&ev, 1280, 720, 1.0f, &ie)) ui_host_input(f->h, &ie, f->now += 20);
}

static void sdl_click(host_fx *f, int x, int y)
{
    SDL_Event ev = {0};
    input_event ie;
    ev.type = SDL_MOUSEMOTION;
    ev.motion.x = x;
    ev.motion.y = y;
    if (input_from_sdl(&ev, 1280, 720, 1.0f, &ie)) ui_host_input(f->h, &ie, f->now += 20);
    ev = (SDL_Event){0};
    ev.type = SDL_MOUSEBUTTONDOWN;
    ev.button.button = SDL_BUTTON_LEFT;
    ev.button.x = x;
    ev.button.y = y;
    if (input_from_sdl(&ev, 1280, 720, 1.0f, &ie)) ui_host_input(f->h, &ie, f->now += 20);
    ev.type = SDL_MOUSEBUTTONUP;
    if (input_from_sdl(&ev, 1280, 720, 1.0f, &ie)) ui_host_input(f->h, &ie, f->now += 20);
    ui_host_draw(f->h, f->now);
}

static ui_host_cmd_kind take(host_fx *f, ui_host_cmd *out)
{
    ui_host_cmd c = {0};
    if (!ui_host_take_command(f->h, &c)) return UI_HOST_NONE;
    if (out) *out = c;
    return c.kind;
}

static void open_fx(host_fx *f)
{
    fx_open(f, 1280, 720, DATA "fraude-president-level.lua", GAME_LANG_FR);
    fx_join(f, 5);
    ui_host_draw(f->h, f->now);
}

Test(host_keys, enter_starts_from_the_lobby_and_goes_on_after)
{
    host_fx f;
    open_fx(&f);
    sdl_key(&f, SDLK_RETURN, KMOD_NONE);
    cr_expect_eq(take(&f, NULL), UI_HOST_START);
    cr_assert(game_room_open(f.room, 0, 20000, f.now));
    ui_host_changed(f.h, f.now);
    sdl_key(&f, SDLK_SPACE, KMOD_NONE);
    cr_expect_eq(take(&f, NULL), UI_HOST_NEXT);
    cr_expect_eq(take(&f, NULL), UI_HOST_NONE, "one key, one command");
    fx_close(&f);
}

Test(host_keys, p_pauses_and_resumes_u_s_and_l_give_their_commands)
{
    host_fx f;
    open_fx(&f);
    sdl_key(&f, SDLK_p, KMOD_NONE);
    cr_expect_eq(take(&f, NULL), UI_HOST_NONE, "nothing to pause in the lobby");
    sdl_key(&f, SDLK_l, KMOD_NONE);
    cr_expect_eq(take(&f, NULL), UI_HOST_LOCK);
    f.info.locked = true;
    ui_host_set_info(f.h, &f.info);
    sdl_key(&f, SDLK_l, KMOD_NONE);
    cr_expect_eq(take(&f, NULL), UI_HOST_UNLOCK);
    cr_assert(game_room_open(f.room, 0, 20000, f.now));
    ui_host_changed(f.h, f.now);
    sdl_key(&f, SDLK_p, KMOD_NONE);
    cr_expect_eq(take(&f, NULL), UI_HOST_PAUSE);
    f.info.paused = true;
    ui_host_set_info(f.h, &f.info);
    sdl_key(&f, SDLK_p, KMOD_NONE);
    cr_expect_eq(take(&f, NULL), UI_HOST_RESUME);
    sdl_key(&f, SDLK_u, KMOD_NONE);
    cr_expect_eq(take(&f, NULL), UI_HOST_UNTIMED);
    sdl_key(&f, SDLK_s, KMOD_NONE);
    cr_expect_eq(take(&f, NULL), UI_HOST_SKIP);
    fx_close(&f);
}

Test(host_keys, f_and_escape_ask_before_they_end_or_quit)
{
    host_fx f;
    open_fx(&f);
    sdl_key(&f, SDLK_ESCAPE, KMOD_NONE);
    cr_expect_eq(take(&f, NULL), UI_HOST_NONE, "Esc never quits at once");
    cr_expect_eq(ui_host_confirming(f.h), UI_HOST_QUIT);
    sdl_key(&f, SDLK_ESCAPE, KMOD_NONE);
    cr_expect_eq(ui_host_confirming(f.h), UI_HOST_NONE, "a second Esc says no");
    cr_expect_eq(take(&f, NULL), UI_HOST_NONE);
    sdl_key(&f, SDLK_f, KMOD_NONE);
    cr_expect_eq(ui_host_confirming(f.h), UI_HOST_END);
    sdl_key(&f, SDLK_RETURN, KMOD_NONE);
    cr_expect_eq(take(&f, NULL), UI_HOST_END);
    sdl_key(&f, SDLK_ESCAPE, KMOD_NONE);
    sdl_key(&f, SDLK_RETURN, KMOD_NONE);
    cr_expect_eq(take(&f, NULL), UI_HOST_QUIT);
    sdl_key(&f, SDLK_q, KMOD_CTRL);
    cr_expect_eq(take(&f, NULL), UI_HOST_NONE, "Ctrl+Q asks too");
    cr_expect_eq(ui_host_confirming(f.h), UI_HOST_QUIT);
    sdl_key(&f, SDLK_ESCAPE, KMOD_NONE);
    input_event close = {.type = INPUT_QUIT}; /* the window's close button */
    ui_host_input(f.h, &close, f.now);
    cr_expect_eq(take(&f, NULL), UI_HOST_NONE, "closing the window asks too");
    cr_expect_eq(ui_host_confirming(f.h), UI_HOST_QUIT);
    fx_close(&f);
}

Test(host_keys, tab_selects_a_player_delete_removes_after_a_yes)
{
    host_fx f;
    open_fx(&f);
    cr_expect_eq(ui_host_selected(f.h), -1);
    sdl_key(&f, SDLK_TAB, KMOD_NONE);
    cr_expect_eq(ui_host_selected(f.h), 0);
    sdl_key(&f, SDLK_DOWN, KMOD_NONE);
    cr_expect_eq(ui_host_selected(f.h), 1);
    sdl_key(&f, SDLK_TAB, KMOD_SHIFT);
    sdl_key(&f, SDLK_UP, KMOD_NONE);
    cr_expect_eq(ui_host_selected(f.h), 4, "up from the first goes round to the last");
    sdl_key(&f, SDLK_DELETE, KMOD_NONE);
    cr_expect_eq(ui_host_confirming(f.h), UI_HOST_REMOVE);
    cr_expect_eq(take(&f, NULL), UI_HOST_NONE, "not before a yes");
    sdl_key(&f, SDLK_RETURN, KMOD_NONE);
    ui_host_cmd c;
    cr_expect_eq(take(&f, &c), UI_HOST_REMOVE);
    cr_expect_eq(c.player, 5u);
    fx_close(&f);
}

Test(host_keys, r_renames_the_selected_player_with_what_is_typed)
{
    host_fx f;
    open_fx(&f);
    sdl_key(&f, SDLK_TAB, KMOD_NONE); /* "<b>x</b>", id 1 */
    sdl_key(&f, SDLK_r, KMOD_NONE);
    cr_assert(ui_host_renaming(f.h));
    for (int i = 0; i < 8; i++) sdl_key(&f, SDLK_BACKSPACE, KMOD_NONE); /* "<b>x</b>" */
    sdl_text(&f, "Élève");
    sdl_key(&f, SDLK_s, KMOD_NONE); /* a letter types, never skips */
    sdl_key(&f, SDLK_RETURN, KMOD_NONE);
    ui_host_cmd c;
    cr_expect_eq(take(&f, &c), UI_HOST_RENAME);
    cr_expect_eq(c.player, 1u);
    cr_expect_str_eq(c.nick, "Élèves");
    cr_expect(!ui_host_renaming(f.h));
    fx_close(&f);
}

Test(host_pointer, the_main_button_at_the_bottom_right_starts_the_game)
{
    host_fx f;
    open_fx(&f);
    /* the main button sits at the bottom right, above the key hints */
    int x = 1280 - 40, y = 0;
    bool found = false;
    for (y = 700; y > 500 && !found; y -= 4) {
        sdl_click(&f, x, y);
        ui_host_cmd_kind k = take(&f, NULL);
        if (k != UI_HOST_NONE) {
            cr_expect_eq(k, UI_HOST_START);
            found = true;
        }
    }
    cr_expect(found, "no Start button at the bottom right");
    fx_close(&f);
}

Test(host_pointer, the_debrief_button_beside_close_the_room_opens_the_debrief_and_goes_back)
{
    host_fx f;
    fx_open(&f, 1280, 720, DATA "kinds-level.lua", GAME_LANG_FR);
    fx_join(&f, NPLAYERS);
    cr_assert(game_room_open(f.room, 0, 20000, f.now));
    fx_answer(&f, 1);
    game_error err = {0};
    cr_assert(game_room_close(f.room, f.now, &err), "%s", err.message);
    game_room_end(f.room);
    ui_host_changed(f.h, f.now);
    /* the buttons' row, right to left: "Fermer la salle" asks (No lets it be), then "Bilan" */
    int bx = -1, by = -1;
    for (int y = 700; y > 500 && bx < 0; y -= 4)
        for (int x = 1240; x > 600 && bx < 0; x -= 16) {
            sdl_click(&f, x, y);
            if (ui_host_confirming(f.h) != UI_HOST_NONE) {
                input_event no = {.type = INPUT_KEY, .sym = 'n', .printable = true};
                ui_host_input(f.h, &no, f.now);
            }
            if (ui_host_debriefing(f.h)) {
                bx = x;
                by = y;
            }
        }
    cr_assert(bx >= 0, "no Bilan button on the final podium");
    cr_expect_eq(take(&f, NULL), UI_HOST_NONE, "the debrief is no command for the app");
    fx_shot(&f, "debrief-click");
    sdl_click(&f, bx, by); /* the same place now reads "Classement": back */
    cr_expect(!ui_host_debriefing(f.h));
    fx_close(&f);
}

Test(host_pointer, a_click_on_a_name_selects_it_and_yes_confirms_its_removal)
{
    host_fx f;
    open_fx(&f);
    bool found = false;
    for (int y = 300; y < 640 && !found; y += 8)
        for (int x = 40; x < 400 && !found; x += 16) {
            sdl_click(&f, x, y);
            if (ui_host_selected(f.h) >= 0) found = true;
        }
    cr_assert(found, "no name to click in the lobby");
    int sel = ui_host_selected(f.h);
    sdl_key(&f, SDLK_DELETE, KMOD_NONE);
    cr_assert_eq(ui_host_confirming(f.h), UI_HOST_REMOVE);
    /* Yes is at the left of the box in the middle of the screen */
    bool yes = false;
    for (int y = 300; y < 500 && !yes; y += 6) {
        sdl_click(&f, 640 - 150, y);
        ui_host_cmd c;
        if (take(&f, &c) == UI_HOST_REMOVE) {
            cr_expect_eq(c.player, game_room_player_at(f.room, (size_t)sel)->id);
            yes = true;
        }
    }
    cr_expect(yes, "no Yes button to click");
    fx_close(&f);
}

Test(host_wait, the_lobby_sleeps_and_a_running_countdown_wakes_within_a_quarter_second)
{
    host_fx f;
    open_fx(&f);
    ui_host_take_dirty(f.h);
    cr_expect_eq(ui_host_wait_ms(f.h, f.now), -1, "an idle lobby draws nothing");
    cr_assert(game_room_open(f.room, 0, 20000, f.now));
    ui_host_changed(f.h, f.now);
    ui_host_draw(f.h, f.now);
    ui_host_take_dirty(f.h);
    int w = ui_host_wait_ms(f.h, f.now + 100);
    cr_expect(w > 0 && w <= 250, "wait %d", w);
    game_room_pause(f.room, true, f.now + 100);
    cr_expect_eq(ui_host_wait_ms(f.h, f.now + 200), -1, "a paused countdown draws nothing");
    fx_close(&f);
}

static size_t frame_png(host_fx *f, void **png)
{
    size_t n = 0;
    ui_host_draw(f->h, f->now);
    cr_assert(gfx_png_bytes(f->g, 0, png, &n));
    return n;
}

Test(host_keys, the_wheel_and_the_arrows_scroll_a_long_mail_on_the_projector)
{
    host_fx f;
    open_fx(&f);
    cr_assert(game_room_open(f.room, 1, 20000, f.now)); /* the supplier's long mail */
    ui_host_changed(f.h, f.now);
    void *a, *b, *c;
    size_t na = frame_png(&f, &a);
    input_event wheel = {.type = INPUT_WHEEL, .dy = -1};
    ui_host_input(f.h, &wheel, f.now);
    ui_host_input(f.h, &wheel, f.now);
    size_t nb = frame_png(&f, &b);
    cr_expect(na != nb || memcmp(a, b, na) != 0, "the wheel moved nothing");
    input_event up = {.type = INPUT_KEY, .key = INPUT_KEY_UP};
    for (int i = 0; i < 20; i++) ui_host_input(f.h, &up, f.now);
    size_t nc = frame_png(&f, &c);
    cr_expect(na == nc && memcmp(a, c, na) == 0, "the arrows bring the top back");
    free(a);
    free(b);
    free(c);
    fx_close(&f);
}

/* ==== the QR code ========================================================= */

Test(host_qr, the_drawing_has_the_modules_of_libqrencode_and_a_white_quiet_zone)
{
    char err[256];
    gfx *g = gfx_create_offscreen(400, 400, err, sizeof err);
    cr_assert_not_null(g, "%s", err);
    const char *url = "http://192.168.1.20:8080";
    QRcode *qr = QRcode_encodeString(url, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    cr_assert_not_null(qr);
    gfx_clear(g, (gfx_color){40, 50, 60, 255});
    int n = gfx_qr_draw(g, url, (gfx_rect){10, 10, 380, 380});
    cr_expect_eq(n, qr->width);
    cr_expect_eq(gfx_qr_modules(url), qr->width);
    int mod = 380 / (n + 2 * GFX_QR_QUIET), full = mod * (n + 2 * GFX_QR_QUIET);
    int x0 = 10 + (380 - full) / 2, y0 = x0;
    gfx_color c;
    /* every pixel of the quiet zone is white */
    for (int i = 0; i < full; i++)
        for (int k = 0; k < GFX_QR_QUIET * mod; k++) {
            int pts[4][2] = {{x0 + i, y0 + k},
                             {x0 + i, y0 + full - 1 - k},
                             {x0 + k, y0 + i},
                             {x0 + full - 1 - k, y0 + i}};
            for (int p = 0; p < 4; p++) {
                cr_assert(gfx_pixel(g, pts[p][0], pts[p][1], &c));
                cr_assert(c.r == 255 && c.g == 255 && c.b == 255, "quiet zone at %d,%d", pts[p][0],
                          pts[p][1]);
            }
        }
    /* each module as libqrencode made it: black or white */
    for (int y = 0; y < n; y++)
        for (int x = 0; x < n; x++) {
            int px = x0 + (GFX_QR_QUIET + x) * mod + mod / 2;
            int py = y0 + (GFX_QR_QUIET + y) * mod + mod / 2;
            cr_assert(gfx_pixel(g, px, py, &c));
            bool dark = qr->data[y * n + x] & 1;
            cr_assert_eq(c.r, dark ? 0 : 255, "module %d,%d", x, y);
        }
    /* outside the code: the background, untouched */
    cr_assert(gfx_pixel(g, x0 - 1, y0 - 1, &c));
    cr_expect_eq(c.r, 40);
    char path[512];
    snprintf(path, sizeof path, VIGIE_BUILD_DIR "/host-qr.png");
    gfx_save_png(g, path, err, sizeof err);
    cr_expect_eq(gfx_qr_draw(g, "", (gfx_rect){0, 0, 100, 100}), 0, "no text, no code");
    cr_expect_eq(gfx_qr_draw(g, url, (gfx_rect){0, 0, 20, 20}), 0, "too small for a pixel each");
    QRcode_free(qr);
    gfx_destroy(g);
}

/* ==== the phones' mock-up ================================================= */

Test(host_mockup, a_hotspot_question_is_drawn_for_a_phone_with_its_parts_in_shares)
{
    host_fx f;
    fx_open(&f, 1280, 720, DATA "mail-level.lua", GAME_LANG_FR);
    const game_question *q = &f.lv.packs[0].levels[0].level->questions[0];
    char err[256];
    gfx *off = gfx_create_offscreen(360, 360 * 3, err, sizeof err);
    cr_assert_not_null(off, "%s", err);
    float rects[GAME_MAX_PARTS][4];
    int h = 0;
    cr_assert(ui_host_mockup(off, &f.cat, q, GAME_LANG_FR, 360, &h, rects));
    cr_expect(h > 100 && h <= 360 * 3, "height %d", h);
    for (size_t i = 0; i < q->nparts; i++) {
        cr_expect(rects[i][0] >= 0 && rects[i][1] >= 0 && rects[i][2] > 0 && rects[i][3] > 0,
                  "part %zu has no place", i);
        cr_expect(rects[i][0] + rects[i][2] <= 1.001f && rects[i][1] + rects[i][3] <= 1.001f,
                  "part %zu out of the picture", i);
    }
    void *png = NULL;
    size_t n = 0;
    cr_assert(gfx_png_bytes(off, h, &png, &n));
    cr_expect(n > 8 && memcmp(png, "\x89PNG\r\n\x1a\n", 8) == 0, "not a PNG");
    FILE *out = fopen(VIGIE_BUILD_DIR "/host-mockup-mail.png", "wb");
    if (out) {
        fwrite(png, 1, n, out);
        fclose(out);
    }
    free(png);
    gfx_destroy(off);
    fx_close(&f);
}

/* Draws every hotspot question of file at a phone's 720 px (a 360-px phone at twice its
 * density, as `vigie host` does) in lang: the picture as high as its content, no text cut, each
 * part in it; saved to be looked at. How many were drawn. */
static int mockups_of(const char *file, const char *tag, game_lang lang)
{
    enum { W = 720 };
    int checked = 0;
    host_fx f;
    fx_open(&f, 1280, 720, file, lang);
    char err[256];
    gfx *off = gfx_create_offscreen(W, W * 3, err, sizeof err);
    cr_assert_not_null(off, "%s", err);
    for (size_t li = 0; li < f.lv.packs[0].nlevels; li++) {
        const game_level *lv = f.lv.packs[0].levels[li].level;
        if (!lv) continue;
        for (size_t qi = 0; qi < lv->nquestions; qi++) {
            const game_question *q = &lv->questions[qi];
            float rects[GAME_MAX_PARTS][4];
            int h = 0;
            if (q->kind != GAME_KIND_HOTSPOT) {
                cr_expect(!ui_host_mockup(off, &f.cat, q, lang, W, &h, rects),
                          "question %zu is no hotspot", qi + 1);
                continue;
            }
            gfx_text_cuts_reset(off);
            cr_assert(ui_host_mockup(off, &f.cat, q, lang, W, &h, rects));
            gfx_text_cut_stats st;
            gfx_text_cuts(off, &st);
            char path[512];
            snprintf(path, sizeof path, VIGIE_BUILD_DIR "/host-mockup-%s-%zu-%zu-%s.png", tag,
                     li + 1, qi + 1, lang == GAME_LANG_FR ? "fr" : "en");
            cr_expect(st.cut == 0 && st.overflow == 0, "%s: %u cut, %u overflow, the last: \"%s\"",
                      path, st.cut, st.overflow, st.last);
            checked++;
            float low = 0; /* the lowest part's foot, in pixels */
            for (size_t i = 0; i < q->nparts; i++) {
                cr_expect(rects[i][2] > 0.02f && rects[i][3] > 0.005f &&
                              rects[i][0] + rects[i][2] <= 1.001f &&
                              rects[i][1] + rects[i][3] <= 1.001f,
                          "%s: part %s is out of the picture", path, q->parts[i].name);
                float foot = (rects[i][1] + rects[i][3]) * (float)h;
                if (foot > low) low = foot;
            }
            cr_expect(h < W * 3, "%s: as high as it may be", path);
            if (q->mockup == GAME_MOCKUP_IMAGE) {
                /* the picture at the phone's whole width, and nothing under it */
                gfx_rect P;
                cr_assert(gfx_image_place(off, q->image, (gfx_rect){0, 0, W, W * 3}, &P));
                cr_expect(h <= P.h * (W - 20) / W + 40, "%s: %d high for a picture of %d", path, h,
                          P.h);
            } else {
                /* as high as its content and a margin (a mail's foot line) */
                cr_expect(h <= (int)low + W / 8, "%s: %d high, its last part ends at %d", path, h,
                          (int)low);
            }
            /* the mock-up spans the width: no frame of a narrow phone around it */
            float left = 1, right = 0;
            for (size_t i = 0; i < q->nparts; i++) {
                if (rects[i][0] < left) left = rects[i][0];
                if (rects[i][0] + rects[i][2] > right) right = rects[i][0] + rects[i][2];
            }
            cr_expect(left < 0.1f && right > 0.75f, "%s: its parts span %.2f … %.2f", path,
                      (double)left, (double)right);
            void *png = NULL;
            size_t n = 0;
            cr_assert(gfx_png_bytes(off, h, &png, &n));
            FILE *out = fopen(path, "wb");
            if (out) {
                fwrite(png, 1, n, out);
                fclose(out);
            }
            free(png);
        }
    }
    gfx_destroy(off);
    fx_close(&f);
    return checked;
}

Test(host_mockup, every_mock_up_fits_a_phone_s_width_as_high_as_its_content_its_text_whole)
{
    static const struct {
        const char *file, *tag;
    } files[] = {
        {DATA "fraude-president-level.lua", "fraude"},
        {DATA "mockups-level.lua", "mockups"},
        {DATA "image-level.lua", "image"},
        {DATA "mail-level.lua", "mail"},
        {VIGIE_SOURCE_DIR "/tests/class/levels/all-kinds.lua", "class"},
        {VIGIE_SOURCE_DIR "/levels/lycee/arnaques-en-action.lua", "lycee1"},
        {VIGIE_SOURCE_DIR "/levels/lycee/chatbot-invente.lua", "lycee2"},
        {VIGIE_SOURCE_DIR "/levels/lycee/inbox-triage.lua", "lycee3"},
        {VIGIE_SOURCE_DIR "/levels/lycee/phishing-basics.lua", "lycee4"},
    };
    int checked = 0;
    for (size_t fi = 0; fi < sizeof files / sizeof files[0]; fi++)
        for (int l = 0; l < 2; l++)
            checked += mockups_of(files[fi].file, files[fi].tag, l ? GAME_LANG_EN : GAME_LANG_FR);
    cr_expect(checked >= 16, "only %d mock-ups", checked);
}

/* ==== the overlays ======================================================== */

Test(host_screens, the_confirmations_and_the_rename_field_show_their_text_whole)
{
    for (int s = 0; s < 2; s++)
        for (int l = 0; l < 2; l++) {
            host_fx f;
            fx_open(&f, sizes[s][0], sizes[s][1], DATA "fraude-president-level.lua",
                    l ? GAME_LANG_EN : GAME_LANG_FR);
            fx_join(&f, NPLAYERS);
            input_event down = {.type = INPUT_KEY, .key = INPUT_KEY_DOWN, .sym = '\t'};
            ui_host_input(f.h, &down, f.now);
            ui_host_input(f.h, &down, f.now); /* "Zoé-Éloïse_99" */
            input_event del = {.type = INPUT_KEY, .key = INPUT_KEY_DELETE};
            ui_host_input(f.h, &del, f.now);
            fx_shot(&f, "confirm-remove");
            input_event esc = {.type = INPUT_KEY, .key = INPUT_KEY_BACK};
            ui_host_input(f.h, &esc, f.now);
            input_event r = {.type = INPUT_KEY, .sym = 'r', .printable = true};
            ui_host_input(f.h, &r, f.now);
            fx_shot(&f, "rename");
            /* a finger brings the on-screen keyboard */
            input_event tap = {.type = INPUT_POINTER_DOWN, .x = 5, .y = 5, .touch = true};
            ui_host_input(f.h, &tap, f.now);
            tap.type = INPUT_POINTER_UP;
            ui_host_input(f.h, &tap, f.now);
            fx_shot(&f, "rename-touch");
            ui_host_input(f.h, &esc, f.now);
            ui_host_input(f.h, &esc, f.now); /* lets go of the player */
            ui_host_input(f.h, &esc, f.now); /* asks to quit */
            fx_shot(&f, "confirm-quit");
            fx_close(&f);
        }
}

static void finger(host_fx *f, int x, int y)
{
    SDL_Event ev = {0};
    input_event ie;
    ev.type = SDL_FINGERDOWN;
    ev.tfinger.x = (float)x / 1280.0f;
    ev.tfinger.y = (float)y / 720.0f;
    if (input_from_sdl(&ev, 1280, 720, 1.0f, &ie)) ui_host_input(f->h, &ie, f->now += 20);
    ev.type = SDL_FINGERUP;
    if (input_from_sdl(&ev, 1280, 720, 1.0f, &ie)) ui_host_input(f->h, &ie, f->now += 20);
    ui_host_draw(f->h, f->now);
}

static void tap_key(host_fx *f, const char *label)
{
    int x, y;
    cr_assert(ui_host_key_at(f->h, f->now, label, &x, &y), "no key \"%s\" shows", label);
    finger(f, x, y);
}

Test(host_keys, a_rename_typed_by_finger_on_the_on_screen_keyboard)
{
    host_fx f;
    open_fx(&f);
    sdl_key(&f, SDLK_TAB, KMOD_NONE); /* "<b>x</b>", id 1 */
    sdl_key(&f, SDLK_r, KMOD_NONE);
    cr_assert(ui_host_renaming(f.h));
    int x, y;
    cr_expect(!ui_host_key_at(f.h, f.now, "a", &x, &y), "no keyboard before a finger");
    finger(&f, 640, 100);
    for (int i = 0; i < 8; i++) tap_key(&f, "⌫");
    tap_key(&f, "a");
    tap_key(&f, "b");
    tap_key(&f, "OK");
    ui_host_cmd c;
    cr_expect_eq(take(&f, &c), UI_HOST_RENAME);
    cr_expect_eq(c.player, 1u);
    cr_expect_str_eq(c.nick, "ab");
    fx_close(&f);
}

/* ==== the menu's way in =================================================== */

Test(host_menu, c_on_the_menu_asks_for_a_live_classroom_on_the_level_chosen)
{
    char err[256];
    game_error gerr = {0};
    gfx *g = gfx_create_offscreen(1280, 720, err, sizeof err);
    cr_assert_not_null(g, "%s", err);
    game_catalog cat;
    cr_assert(script_catalog_load(&cat, &gerr), "%s", gerr.message);
    app_levels lv;
    app_levels_load_file(&lv, DATA "kinds-level.lua", 7);
    ui_config cfg = {.lang = GAME_LANG_FR, .seed = 7, .skip_title = true};
    ui *u = ui_create(g, NULL, &cat, lv.packs, lv.npacks, &cfg);
    uint64_t now = 1000;
    size_t p = 9, l = 9;
    cr_expect(!ui_take_host_request(u, &p, &l));
    SDL_Event ev = {0};
    ev.type = SDL_KEYDOWN;
    ev.key.keysym.sym = SDLK_c;
    input_event ie;
    cr_assert(input_from_sdl(&ev, 1280, 720, 1.0f, &ie));
    ui_input(u, &ie, now += 20);
    cr_expect(ui_take_host_request(u, &p, &l));
    cr_expect(p == 0 && l == 0);
    cr_expect(!ui_take_host_request(u, &p, &l), "once");
    ui_destroy(u);
    app_levels_unload(&lv);
    game_catalog_deinit(&cat);
    gfx_destroy(g);
}
