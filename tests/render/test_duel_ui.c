/* test_duel_ui.c — duels and teams with buzzers through the input and the ui: the keys' places
 * and modifiers, the window's close, gamepads and buzzers (SDL's virtual joysticks) opened and
 * their buttons as events; then the duel's screen driven by events with a simulated clock. */
#include "ui_fixture.h"

#include "game/game_duel.h"

/* ==== input: keys, the window's close ========================================== */

static input_event key(SDL_Keycode sym, SDL_Scancode sc, Uint16 mod, bool *taken)
{
    SDL_Event ev = {0};
    ev.type = SDL_KEYDOWN;
    ev.key.keysym.sym = sym;
    ev.key.keysym.scancode = sc;
    ev.key.keysym.mod = mod;
    input_event ie;
    *taken = input_from_sdl(&ev, 1280, 720, 1.0f, &ie);
    return ie;
}

Test(duel_input, keys_carry_their_place_and_modifiers)
{
    bool taken;
    /* AZERTY: the key at QWERTY's Q place types "a": its place is still SDL_SCANCODE_Q */
    input_event ie = key(SDLK_a, SDL_SCANCODE_Q, KMOD_NONE, &taken);
    cr_assert(taken);
    cr_assert_eq(ie.scan, SDL_SCANCODE_Q);
    cr_assert_eq(ie.key, INPUT_KEY_CHOICE);
    cr_assert_not(ie.ctrl || ie.alt || ie.shift);
    ie = key(SDLK_7, SDL_SCANCODE_7, KMOD_LSHIFT, &taken);
    cr_assert(taken);
    cr_assert_eq(ie.scan, SDL_SCANCODE_7);
    cr_assert(ie.shift);
    ie = key(SDLK_o, SDL_SCANCODE_O, KMOD_LCTRL | KMOD_LALT, &taken);
    cr_assert(taken);
    cr_assert_eq(ie.key, INPUT_KEY_OPERATOR);
    cr_assert(ie.ctrl && ie.alt);
    ie = key(SDLK_o, SDL_SCANCODE_O, KMOD_RCTRL, &taken);
    cr_assert_neq(ie.key, INPUT_KEY_OPERATOR, "Ctrl alone is not the chord");
    ie = key(SDLK_o, SDL_SCANCODE_O, KMOD_LALT, &taken);
    cr_assert_neq(ie.key, INPUT_KEY_OPERATOR, "Alt alone is not the chord");
    ie = key(SDLK_q, SDL_SCANCODE_A, KMOD_LCTRL, &taken);
    cr_assert_eq(ie.key, INPUT_KEY_QUIT, "Ctrl+Q by the layout's Q");
    cr_assert(ie.ctrl);
}

Test(duel_input, window_close_is_quit)
{
    SDL_Event ev = {0};
    ev.type = SDL_WINDOWEVENT;
    ev.window.event = SDL_WINDOWEVENT_CLOSE;
    input_event ie;
    cr_assert(input_from_sdl(&ev, 1280, 720, 1.0f, &ie));
    cr_assert_eq(ie.type, INPUT_QUIT);
    ev.type = SDL_QUIT;
    cr_assert(input_from_sdl(&ev, 1280, 720, 1.0f, &ie));
    cr_assert_eq(ie.type, INPUT_QUIT);
}

Test(duel_input, scan_labels)
{
    char b[32];
    input_scan_label(SDL_SCANCODE_1, b, sizeof b);
    cr_assert_str_eq(b, "1");
    input_scan_label(SDL_SCANCODE_Z, b, sizeof b);
    cr_assert_str_eq(b, "Z"); /* the US layout SDL assumes without a keyboard */
    input_scan_label(SDL_SCANCODE_UNKNOWN, b, sizeof b);
    cr_assert_str_eq(b, "?");
}

/* ==== input: gamepads and buzzers (SDL's virtual joysticks) ==================== */

/* Every pending SDL event through input_pads_event then input_from_sdl, as the app's loop does;
 * the pad events kept in out. */
static int pump(input_event *out, int max)
{
    SDL_Event ev;
    int n = 0;
    SDL_GameControllerUpdate();
    while (SDL_PollEvent(&ev)) {
        input_pads_event(&ev);
        input_event ie;
        if (input_from_sdl(&ev, 1280, 720, 1.0f, &ie) &&
            (ie.type == INPUT_PAD_ADDED || ie.type == INPUT_PAD_REMOVED ||
             ie.type == INPUT_PAD_BUTTON) &&
            n < max)
            out[n++] = ie;
    }
    return n;
}

Test(duel_input, pads_and_buzzers)
{
    cr_assert_eq(SDL_Init(SDL_INIT_GAMECONTROLLER | SDL_INIT_JOYSTICK | SDL_INIT_EVENTS), 0, "%s",
                 SDL_GetError());
    input_event evs[16];
    pump(evs, 16);
    /* a gamepad: opened as a game controller, told once */
    int gi = SDL_JoystickAttachVirtual(SDL_JOYSTICK_TYPE_GAMECONTROLLER, 6, 15, 0);
    cr_assert_geq(gi, 0, "%s", SDL_GetError());
    int n = pump(evs, 16);
    cr_assert_eq(n, 1);
    cr_assert_eq(evs[0].type, INPUT_PAD_ADDED);
    int gpad = evs[0].pad;
    cr_assert_eq(input_pads_count(), 1);
    /* a buzzer: a plain joystick of 4 buttons */
    int bi = SDL_JoystickAttachVirtual(SDL_JOYSTICK_TYPE_UNKNOWN, 0, 4, 0);
    cr_assert_geq(bi, 0, "%s", SDL_GetError());
    n = pump(evs, 16);
    cr_assert_eq(n, 1);
    cr_assert_eq(evs[0].type, INPUT_PAD_ADDED);
    int bpad = evs[0].pad;
    cr_assert_neq(bpad, gpad);
    cr_assert_eq(input_pads_count(), 2);

    /* the gamepad's east button (B): once, as button 1, not also as a joystick's */
    SDL_Joystick *gj = SDL_JoystickFromInstanceID(gpad);
    cr_assert_not_null(gj);
    SDL_JoystickSetVirtualButton(gj, SDL_CONTROLLER_BUTTON_B, SDL_PRESSED);
    n = pump(evs, 16);
    cr_assert_eq(n, 1);
    cr_assert_eq(evs[0].type, INPUT_PAD_BUTTON);
    cr_assert_eq(evs[0].pad, gpad);
    cr_assert_eq(evs[0].button, 1);
    SDL_JoystickSetVirtualButton(gj, SDL_CONTROLLER_BUTTON_B, SDL_RELEASED);
    SDL_JoystickSetVirtualButton(gj, SDL_CONTROLLER_BUTTON_START, SDL_PRESSED);
    n = pump(evs, 16);
    cr_assert_eq(n, 1);
    cr_assert_eq(evs[0].button, INPUT_PAD_START);

    /* the buzzer's button 3: its raw number */
    SDL_Joystick *bj = SDL_JoystickFromInstanceID(bpad);
    cr_assert_not_null(bj);
    SDL_JoystickSetVirtualButton(bj, 3, SDL_PRESSED);
    n = pump(evs, 16);
    cr_assert_eq(n, 1);
    cr_assert_eq(evs[0].type, INPUT_PAD_BUTTON);
    cr_assert_eq(evs[0].pad, bpad);
    cr_assert_eq(evs[0].button, 3);

    /* unplugged: each told once, closed */
    cr_assert_eq(SDL_JoystickDetachVirtual(gi), 0, "%s", SDL_GetError());
    n = pump(evs, 16);
    cr_assert_eq(n, 1);
    cr_assert_eq(evs[0].type, INPUT_PAD_REMOVED);
    cr_assert_eq(evs[0].pad, gpad);
    cr_assert_eq(input_pads_count(), 1);
    input_pads_close_all();
    cr_assert_eq(input_pads_count(), 0);
    SDL_Quit();
}

/* ==== the duel's screen, by events with a simulated clock ========================= */

#include "ui/ui_duel_internal.h"

#include <stdlib.h>
#include <sys/stat.h>

#define DUEL_LEVEL VIGIE_SOURCE_DIR "/tests/data/duel-level.lua"

typedef struct {
    gfx *g;
    game_catalog cat;
    app_levels lv;
    ui *u;
    uint64_t now;
    int w, h;
} duel_fx;

static unsigned idle_reset_s = 3600;

static void fx_open(duel_fx *f, int w, int h, game_lang lang, bool kiosk)
{
    char err[256];
    game_error gerr = {0};
    f->w = w;
    f->h = h;
    f->g = gfx_create_offscreen(w, h, err, sizeof err);
    cr_assert_not_null(f->g, "%s", err);
    cr_assert(script_catalog_load(&f->cat, &gerr), "%s", gerr.message);
    app_levels_load_file(&f->lv, DUEL_LEVEL, 7);
    ui_config cfg = {.lang = lang, .seed = 7};
    cfg.kiosk.on = kiosk;
    /* nobody answering is what these tests play: the kiosk's idle reset waits for the last one */
    cfg.kiosk.idle_reset_s = idle_reset_s;
    f->u = ui_create(f->g, NULL, &f->cat, f->lv.packs, f->lv.npacks, &cfg);
    f->now = 1000;
    ui_duel_open(f->u, 0, 0, f->now);
    cr_assert_eq(f->u->screen, UI_SCREEN_DUEL);
    cr_assert_not_null(f->u->duel);
}

static void fx_close(duel_fx *f)
{
    ui_duel_free(f->u);
    ui_destroy(f->u);
    app_levels_unload(&f->lv);
    game_catalog_deinit(&f->cat);
    gfx_destroy(f->g);
}

static void fx_event(duel_fx *f, input_event ie, uint64_t dt)
{
    f->now += dt;
    ui_input(f->u, &ie, f->now);
    ui_update(f->u, f->now);
    ui_draw(f->u, f->now);
}

static void pad_added(duel_fx *f, int pad)
{
    fx_event(f, (input_event){.type = INPUT_PAD_ADDED, .pad = pad}, 20);
}
static void pad_removed(duel_fx *f, int pad)
{
    fx_event(f, (input_event){.type = INPUT_PAD_REMOVED, .pad = pad}, 20);
}
static void pad_press(duel_fx *f, int pad, int button)
{
    fx_event(f, (input_event){.type = INPUT_PAD_BUTTON, .pad = pad, .button = button}, 20);
}

/* A key at a place, as SDL sends it: down (a US layout's character), its text. */
static void key_at(duel_fx *f, SDL_Scancode sc, SDL_Keycode sym)
{
    SDL_Event ev = {0};
    ev.type = SDL_KEYDOWN;
    ev.key.keysym.scancode = sc;
    ev.key.keysym.sym = sym;
    ui_fixture_sdl_sized(f->u, &ev, f->w, f->h, &f->now);
    if (sym >= 0x20 && sym < 0x7F) {
        SDL_Event te = {0};
        te.type = SDL_TEXTINPUT;
        te.text.text[0] = (char)sym;
        ui_fixture_sdl_sized(f->u, &te, f->w, f->h, &f->now);
    }
    ev.type = SDL_KEYUP;
    ui_fixture_sdl_sized(f->u, &ev, f->w, f->h, &f->now);
}

static game_duel *model(duel_fx *f)
{
    return f->u->duel->d;
}
static long score_of(duel_fx *f, int p)
{
    return game_duel_player_get(model(f), p)->score;
}
static int right_pos(duel_fx *f)
{
    return game_duel_right_pos(model(f));
}
static int wrong_pos(duel_fx *f)
{
    return (right_pos(f) + 1) % game_duel_choices(model(f));
}

/* Was text drawn whole in the last frame? */
static bool drawn(const ui *u, const char *text)
{
    for (size_t i = 0; i < u->nshown; i++)
        if (strcmp(u->shown[i].text, text) == 0) return true;
    return false;
}

/* Every text of the last frame whole, in its box and the screen, over no other. */
static void check_frame(duel_fx *f, const char *where)
{
    const ui *u = f->u;
    gfx_text_cut_stats cuts;
    gfx_text_cuts(f->g, &cuts);
    cr_assert(cuts.cut == 0 && cuts.overflow == 0, "%s: %u texts cut, %u overflowed, \"%s\"", where,
              cuts.cut, cuts.overflow, cuts.last);
    cr_assert_gt(u->nshown, 0, "%s: nothing noted", where);
    cr_assert_lt(u->nshown, UI_SHOWN_MAX, "%s: more texts than the log holds", where);
    for (size_t i = 0; i < u->nshown; i++) {
        const ui_shown_text *a = &u->shown[i];
        cr_assert_leq(a->used_w, a->box.w, "%s: \"%s\" is %d px wide in a box of %d", where,
                      a->text, a->used_w, a->box.w);
        cr_assert(a->box.x >= 0 && a->box.x + a->box.w <= f->w && a->box.y >= 0 &&
                      a->box.y + a->box.h <= f->h,
                  "%s: \"%s\" leaves the screen", where, a->text);
        for (size_t j = 0; j < i; j++) {
            const ui_shown_text *b = &u->shown[j];
            bool apart = a->box.x >= b->box.x + b->box.w || b->box.x >= a->box.x + a->box.w ||
                         a->box.y >= b->box.y + b->box.h || b->box.y >= a->box.y + a->box.h;
            cr_assert(apart, "%s: \"%s\" lies over \"%s\"", where, a->text, b->text);
        }
    }
}

static void redraw(duel_fx *f)
{
    gfx_text_cuts_reset(f->g);
    ui_draw(f->u, f->now);
}

Test(duel_ui, two_gamepads_score_right)
{
    duel_fx f;
    fx_open(&f, 1280, 720, GAME_LANG_FR, false);
    pad_added(&f, 11);
    pad_added(&f, 12);
    cr_assert_eq(game_duel_players(model(&f)), 0, "plugged in is not joined");
    pad_press(&f, 11, 0);
    pad_press(&f, 11, 2); /* pressing again does not join twice */
    cr_assert_eq(game_duel_players(model(&f)), 1);
    pad_press(&f, 11, INPUT_PAD_START);
    cr_assert_eq(game_duel_phase_of(model(&f)), GAME_DUEL_SETUP, "not alone");
    pad_press(&f, 12, 1);
    cr_assert_eq(game_duel_players(model(&f)), 2);
    redraw(&f);
    cr_assert(drawn(f.u, "Équipe 1") && drawn(f.u, "Équipe 2"));
    pad_press(&f, 12, INPUT_PAD_START);
    cr_assert_eq(game_duel_phase_of(model(&f)), GAME_DUEL_QUESTION);
    cr_assert_eq(game_duel_count(model(&f)), 3, "the order question is skipped");

    /* q1: the second pad buzzes wrong first, then the first right; the locked one again */
    pad_press(&f, 12, wrong_pos(&f));
    redraw(&f);
    cr_assert(drawn(f.u, "A répondu"), "who answered shows, not what");
    pad_press(&f, 12, right_pos(&f));
    cr_assert_eq(game_duel_phase_of(model(&f)), GAME_DUEL_QUESTION);
    pad_press(&f, 11, right_pos(&f));
    cr_assert_eq(game_duel_phase_of(model(&f)), GAME_DUEL_REVEAL);
    cr_assert_eq(score_of(&f, 0), 100);
    cr_assert_eq(score_of(&f, 1), 0, "a locked player's second press is ignored");
    redraw(&f);
    cr_assert(drawn(f.u, "Juste, en premier\u00a0: +100"));
    cr_assert(drawn(f.u, "Faux\u00a0: 0"));
    pad_press(&f, 11, INPUT_PAD_START); /* next */

    /* q2 (true/false): both right, the second pad first */
    cr_assert_eq(game_duel_choices(model(&f)), 2);
    pad_press(&f, 12, right_pos(&f));
    pad_press(&f, 11, right_pos(&f));
    cr_assert_eq(score_of(&f, 1), 100);
    cr_assert_eq(score_of(&f, 0), 160);
    key_at(&f, SDL_SCANCODE_RETURN, SDLK_RETURN); /* Enter moves on too */

    /* q3: only the first answers; the time (20 s) runs out */
    pad_press(&f, 11, right_pos(&f));
    cr_assert_eq(game_duel_phase_of(model(&f)), GAME_DUEL_QUESTION);
    f.now += 20000;
    ui_update(f.u, f.now);
    cr_assert_eq(game_duel_phase_of(model(&f)), GAME_DUEL_REVEAL);
    redraw(&f);
    cr_assert(drawn(f.u, "Pas de réponse"));
    pad_press(&f, 12, INPUT_PAD_START);
    cr_assert_eq(game_duel_phase_of(model(&f)), GAME_DUEL_END);
    cr_assert_eq(score_of(&f, 0), 260);
    cr_assert_eq(score_of(&f, 1), 100);
    redraw(&f);
    check_frame(&f, "board");
    cr_assert(drawn(f.u, "Victoire\u00a0: Équipe 1\u00a0!"));
    cr_assert(drawn(f.u, "260 pts"));
    cr_assert(drawn(f.u, "100 pts"));

    /* Rejouer: the same players, at zero; Esc back to the menu */
    pad_press(&f, 11, INPUT_PAD_START);
    cr_assert_eq(game_duel_phase_of(model(&f)), GAME_DUEL_SETUP);
    cr_assert_eq(game_duel_players(model(&f)), 2);
    cr_assert_eq(score_of(&f, 0), 0);
    key_at(&f, SDL_SCANCODE_ESCAPE, SDLK_ESCAPE);
    cr_assert_eq(f.u->screen, UI_SCREEN_MENU);
    cr_assert_null(f.u->duel);
    fx_close(&f);
}

Test(duel_ui, three_players_on_keys_alone)
{
    duel_fx f;
    fx_open(&f, 1024, 768, GAME_LANG_EN, false);
    key_at(&f, SDL_SCANCODE_2, SDLK_2); /* top left: 1 2 3 4 */
    key_at(&f, SDL_SCANCODE_0, SDLK_0); /* top right: 7 8 9 0 */
    key_at(&f, SDL_SCANCODE_C, SDLK_c); /* bottom left: Z X C V */
    key_at(&f, SDL_SCANCODE_3, SDLK_3); /* the same group: no one new */
    cr_assert_eq(game_duel_players(model(&f)), 3);
    cr_assert_eq(f.u->duel->pl[1].group, 1);
    cr_assert_eq(f.u->duel->pl[2].group, 2);
    redraw(&f);
    check_frame(&f, "set-up, keys");
    key_at(&f, SDL_SCANCODE_RETURN, SDLK_RETURN);
    cr_assert_eq(game_duel_phase_of(model(&f)), GAME_DUEL_QUESTION);
    redraw(&f);
    cr_assert(drawn(f.u, "Question 1 of 3"));
    static const SDL_Scancode g0[] = {SDL_SCANCODE_1, SDL_SCANCODE_2, SDL_SCANCODE_3,
                                      SDL_SCANCODE_4};
    static const SDL_Scancode g1[] = {SDL_SCANCODE_7, SDL_SCANCODE_8, SDL_SCANCODE_9,
                                      SDL_SCANCODE_0};
    static const SDL_Scancode g2[] = {SDL_SCANCODE_Z, SDL_SCANCODE_X, SDL_SCANCODE_C,
                                      SDL_SCANCODE_V};
    int r = right_pos(&f), w = wrong_pos(&f);
    key_at(&f, g2[r], 'z'); /* third player first */
    redraw(&f);
    cr_assert_not(drawn(f.u, "100 pts"), "a score grows at the reveal, not before");
    key_at(&f, g0[w], '1'); /* first player wrong */
    key_at(&f, g1[r], '7'); /* second player second */
    cr_assert_eq(game_duel_phase_of(model(&f)), GAME_DUEL_REVEAL);
    cr_assert_eq(score_of(&f, 2), 100);
    cr_assert_eq(score_of(&f, 1), 60);
    cr_assert_eq(score_of(&f, 0), 0);
    redraw(&f);
    check_frame(&f, "reveal, keys");
    fx_close(&f);
}

Test(duel_ui, a_pad_unplugged_and_another_taking_its_place)
{
    duel_fx f;
    fx_open(&f, 1920, 1080, GAME_LANG_FR, false);
    pad_added(&f, 3);
    pad_added(&f, 4);
    pad_press(&f, 3, 0);
    pad_press(&f, 4, 0);
    pad_press(&f, 3, INPUT_PAD_START);
    pad_press(&f, 3, right_pos(&f));
    pad_press(&f, 4, wrong_pos(&f));
    pad_press(&f, 3, INPUT_PAD_START);
    cr_assert_eq(score_of(&f, 0), 100);
    /* question 2: the first pad is pulled out; the other answers: the question closes */
    pad_removed(&f, 3);
    redraw(&f);
    cr_assert(drawn(f.u, "Manette débranchée"));
    pad_press(&f, 4, right_pos(&f));
    cr_assert_eq(game_duel_phase_of(model(&f)), GAME_DUEL_REVEAL, "not waiting for the gone");
    cr_assert_eq(score_of(&f, 0), 100, "the score stays");
    pad_press(&f, 4, INPUT_PAD_START);
    /* question 3: a new pad presses: it plays for Équipe 1, saying so */
    pad_added(&f, 9);
    pad_press(&f, 9, 3); /* its first press takes the place, answers nothing */
    cr_assert_eq(f.u->duel->pl[0].pad, 9);
    cr_assert_not(f.u->duel->pl[0].unplugged);
    cr_assert_not(game_duel_player_get(model(&f), 0)->answered);
    redraw(&f);
    cr_assert_str_eq(f.u->duel->notice, "Équipe 1\u00a0: une nouvelle manette prend le relais");
    pad_press(&f, 9, right_pos(&f));
    cr_assert_eq(score_of(&f, 0), 200);
    /* a pad nobody lost presses mid-game: nothing */
    pad_press(&f, 21, 0);
    cr_assert_eq(game_duel_players(model(&f)), 2);
    /* Esc mid-game asks again; the second leaves */
    key_at(&f, SDL_SCANCODE_ESCAPE, SDLK_ESCAPE);
    cr_assert_eq(f.u->screen, UI_SCREEN_DUEL, "one Esc does not end a duel");
    key_at(&f, SDL_SCANCODE_ESCAPE, SDLK_ESCAPE);
    cr_assert_eq(f.u->screen, UI_SCREEN_MENU);
    fx_close(&f);
}

Test(duel_ui, the_kiosk_moves_on_by_itself_and_keeps_esc)
{
    duel_fx f;
    fx_open(&f, 1280, 720, GAME_LANG_FR, true);
    pad_press(&f, 1, 0);
    pad_press(&f, 2, 0);
    key_at(&f, SDL_SCANCODE_ESCAPE, SDLK_ESCAPE);
    cr_assert_eq(f.u->screen, UI_SCREEN_DUEL, "Esc does not leave in the kiosk");
    cr_assert_not(ui_duel_playing(f.u), "the set-up is not a game being played");
    pad_press(&f, 1, INPUT_PAD_START);
    cr_assert(ui_duel_playing(f.u));
    for (int q = 0; q < 3; q++) {
        f.now += 20000; /* nobody answers */
        ui_update(f.u, f.now);
        cr_assert_eq(game_duel_phase_of(model(&f)), GAME_DUEL_REVEAL);
        ui_draw(f.u, f.now);
        ui_take_dirty(f.u);
        int wait = ui_wait_ms(f.u, f.now);
        cr_assert(wait > 0 && wait <= UI_DUEL_KIOSK_REVEAL_MS, "asleep until it moves on: %d",
                  wait);
        f.now += UI_DUEL_KIOSK_REVEAL_MS;
        ui_update(f.u, f.now);
    }
    cr_assert_eq(game_duel_phase_of(model(&f)), GAME_DUEL_END);
    redraw(&f);
    cr_assert(drawn(f.u, "Égalité\u00a0!"));
    cr_assert_not(ui_duel_playing(f.u), "the board is not");
    f.now += UI_DUEL_KIOSK_END_MS;
    ui_update(f.u, f.now);
    cr_assert_null(f.u->duel, "back to the attract loop");
    fx_close(&f);
}

/* Every phase at the three sizes, French and English: nothing cut; PNGs when DUEL_SHOTS names
 * a folder. */
Test(duel_ui, screens_whole_at_three_sizes)
{
    static const int sizes[][2] = {{1920, 1080}, {1280, 720}, {1024, 768}};
    const char *dir = getenv("DUEL_SHOTS");
    for (int s = 0; s < 3; s++)
        for (int l = 0; l < 2; l++) {
            duel_fx f;
            fx_open(&f, sizes[s][0], sizes[s][1], l ? GAME_LANG_EN : GAME_LANG_FR, false);
            char where[64], path[512];
            const char *phase[] = {"setup", "question", "reveal", "board"};
            pad_press(&f, 5, 0);
            key_at(&f, SDL_SCANCODE_8, SDLK_8);
            pad_press(&f, 6, 0);
            key_at(&f, SDL_SCANCODE_M, SDLK_m);
            for (int p = 0; p < 4; p++) {
                if (p == 1) {
                    key_at(&f, SDL_SCANCODE_RETURN, SDLK_RETURN);
                    pad_press(&f, 5, right_pos(&f));
                    pad_press(&f, 6, wrong_pos(&f));
                    f.now += 3000;
                }
                if (p == 2) key_at(&f, SDL_SCANCODE_9, SDLK_9), key_at(&f, SDL_SCANCODE_M, SDLK_m);
                if (p == 2) {
                    f.now += 20000;
                    ui_update(f.u, f.now);
                }
                if (p == 3) {
                    for (int q = 0; q < 3 && game_duel_phase_of(model(&f)) != GAME_DUEL_END; q++) {
                        key_at(&f, SDL_SCANCODE_RETURN, SDLK_RETURN);
                        if (game_duel_phase_of(model(&f)) != GAME_DUEL_QUESTION) break;
                        pad_press(&f, 6, right_pos(&f));
                        f.now += 20000;
                        ui_update(f.u, f.now);
                    }
                    cr_assert_eq(game_duel_phase_of(model(&f)), GAME_DUEL_END);
                }
                redraw(&f);
                snprintf(where, sizeof where, "%s %dx%d %s", phase[p], f.w, f.h, l ? "en" : "fr");
                check_frame(&f, where);
                if (dir) {
                    snprintf(path, sizeof path, "%s/duel-%s-%dx%d-%s.png", dir, phase[p], f.w, f.h,
                             l ? "en" : "fr");
                    char err[256];
                    cr_assert(gfx_save_png(f.g, path, err, sizeof err), "%s", err);
                }
            }
            fx_close(&f);
        }
}

/* The menu's D (and its button) opens the duel on the level chosen; a level with no question
 * a buzzer can answer says so on the error screen. */
static void menu_d(const char *file, ui_screen want)
{
    duel_fx f;
    char err[256];
    game_error gerr = {0};
    f.w = 1280;
    f.h = 720;
    f.g = gfx_create_offscreen(f.w, f.h, err, sizeof err);
    cr_assert(script_catalog_load(&f.cat, &gerr), "%s", gerr.message);
    app_levels_load_file(&f.lv, file, 7);
    ui_config cfg = {.lang = GAME_LANG_EN, .seed = 7};
    f.u = ui_create(f.g, NULL, &f.cat, f.lv.packs, f.lv.npacks, &cfg);
    f.now = 1000;
    ui_screen_open(f.u, UI_SCREEN_MENU, f.now);
    ui_targets ts = {0};
    ui_screen_layout(f.u, f.now, false, &ts);
    cr_assert_not_null(ui_target_find(&ts, UI_T_DUEL, 0), "the menu has a Duel button");
    key_at(&f, SDL_SCANCODE_D, SDLK_d);
    cr_assert_eq(f.u->screen, want, "%s", file);
    if (want == UI_SCREEN_ERROR)
        cr_assert(strstr(f.u->error.message, "no question for a duel"), "%s", f.u->error.message);
    fx_close(&f);
}

Test(duel_ui, the_menu_opens_a_duel)
{
    menu_d(DUEL_LEVEL, UI_SCREEN_DUEL);
    menu_d(VIGIE_SOURCE_DIR "/tests/data/kinds-level.lua", UI_SCREEN_ERROR);
}

/* A question with a picture: the picture at the left, the choices in a column; nothing cut. */
Test(duel_ui, a_question_with_its_picture)
{
    static const int sizes[][2] = {{1920, 1080}, {1024, 768}};
    const char *dir = getenv("DUEL_SHOTS");
    for (int s = 0; s < 2; s++) {
        duel_fx f;
        char err[256];
        game_error gerr = {0};
        f.w = sizes[s][0];
        f.h = sizes[s][1];
        f.g = gfx_create_offscreen(f.w, f.h, err, sizeof err);
        cr_assert(script_catalog_load(&f.cat, &gerr), "%s", gerr.message);
        app_levels_load_file(&f.lv, VIGIE_SOURCE_DIR "/tests/data/image-level.lua", 7);
        ui_config cfg = {.lang = GAME_LANG_FR, .seed = 7};
        f.u = ui_create(f.g, NULL, &f.cat, f.lv.packs, f.lv.npacks, &cfg);
        f.now = 1000;
        ui_duel_open(f.u, 0, 0, f.now);
        cr_assert_not_null(f.u->duel);
        cr_assert_eq(game_duel_count(model(&f)), 2, "the hotspot is skipped");
        pad_press(&f, 1, 0);
        pad_press(&f, 2, 0);
        pad_press(&f, 1, INPUT_PAD_START);
        redraw(&f);
        check_frame(&f, "picture");
        cr_assert(drawn(f.u, "Le titre du jeu"));
        if (dir) {
            char path[512];
            snprintf(path, sizeof path, "%s/duel-picture-%dx%d-fr.png", dir, f.w, f.h);
            cr_assert(gfx_save_png(f.g, path, err, sizeof err), "%s", err);
        }
        fx_close(&f);
    }
}

Test(duel_ui, a_duel_nobody_plays_at_the_kiosk_asks_still_there_then_goes_back)
{
    duel_fx f;
    idle_reset_s = 45;
    fx_open(&f, 1280, 720, GAME_LANG_FR, true);
    idle_reset_s = 3600;
    pad_press(&f, 1, 0);
    pad_press(&f, 2, 0);
    pad_press(&f, 1, INPUT_PAD_START);
    cr_assert(ui_duel_playing(f.u));
    f.now += 45000;
    ui_update(f.u, f.now);
    cr_assert(f.u->kiosk.still_there, "Toujours là ? after 45 s without a press");
    f.now += 10000;
    ui_update(f.u, f.now);
    cr_assert_null(f.u->duel, "the duel is freed");
    cr_assert_eq(f.u->screen, UI_SCREEN_ATTRACT);
    fx_close(&f);
}
