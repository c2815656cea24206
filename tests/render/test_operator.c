/* test_operator.c — the stand operator's menu (ui_operator.c), driven by events as SDL sends
 * them, with a simulated clock and kept results that log what they are asked: the chord and
 * the PIN (by keys and by taps) open it, a wrong PIN does not, three lock the pad for 30 s;
 * each button does what it says (pause, mode, round, pack, reset after a confirmation, the
 * figures, quit after a confirmation); the figures are drawn whole at 1024×768, 1280×720 and
 * 1920×1080 in French and English; left alone, the menu closes to the attract loop.
 * With VIGIE_OP_SHOTS=DIR, the screens are also written there as PNGs, to be looked at. */
#include "ui_fixture.h"
#include "ui/ui_screens.h"

#include <stdlib.h>

#define SRC VIGIE_SOURCE_DIR
#define PIN "2468"

/* ---- kept results that log what they are asked ---- */

typedef struct {
    int board_resets;
    char reset_pack[64];
    int stand_days;
    int abandons;
    char day_pack[64];
    bool long_prompts; /* the figures' questions: long ones, to be shown whole */
} fake_log;

static fake_log LOG;

static void fake_board_reset(void *ud, const char *pack)
{
    (void)ud;
    LOG.board_resets++;
    snprintf(LOG.reset_pack, sizeof LOG.reset_pack, "%s", pack ? pack : "(all)");
}

static void fake_run_abandon(void *ud)
{
    (void)ud;
    LOG.abandons++;
}

static bool fake_stand_day(void *ud, const char *pack, int64_t day_ms, game_stand *out,
                           game_error *err)
{
    (void)ud, (void)day_ms, (void)err;
    LOG.stand_days++;
    snprintf(LOG.day_pack, sizeof LOG.day_pack, "%s", pack ? pack : "(all)");
    memset(out, 0, sizeof *out);
    out->day_ms = (int64_t)1796558400 * 1000; /* 2026-12-06, about noon */
    static const int hours[24] = {[9] = 12,  [10] = 31, [11] = 44, [12] = 18, [13] = 9,
                                  [14] = 52, [15] = 61, [16] = 47, [17] = 23, [18] = 4};
    memcpy(out->per_hour, hours, sizeof hours);
    for (int h = 0; h < 24; h++) out->begun += hours[h];
    out->abandoned = 37;
    out->finished = out->begun - out->abandoned;
    out->avg_pct = 63.4;
    out->best_score = 12450;
    static const char *const short_q[] = {"Quel numéro appeler pour une cyberviolence ?",
                                          "Ce SMS du colis est-il une arnaque ?",
                                          "Cette photo a-t-elle été générée par une IA ?"};
    static const char *const long_q[] = {
        "Un message de « votre banque » vous demande de confirmer un virement de 1 850 € en "
        "cliquant sur un lien raccourci reçu par SMS à 23 h : que faites-vous, et pourquoi le "
        "lien raccourci devrait-il déjà vous alerter avant même de lire la suite ?",
        "Ce mot de passe de vingt-quatre caractères fait de quatre mots du dictionnaire tient "
        "combien de temps face à une attaque hors ligne bien équipée ?",
        "Qui appeler quand un enfant est harcelé en ligne ?",
        "Vrai ou IA : la voix de ce message vocal qui imite un proche demandant de l’argent "
        "en urgence pour payer une caution à l’étranger ?",
        "Cette offre d’emploi trop belle pour être vraie ?"};
    const char *const *qs = LOG.long_prompts ? long_q : short_q;
    size_t n = LOG.long_prompts ? 5 : 3;
    for (size_t i = 0; i < n; i++) {
        game_report_question *q = &out->missed[i];
        snprintf(q->prompt, sizeof q->prompt, "%s", qs[i]);
        q->answers = 40 + (int)i * 7;
        q->right = 5 + (int)i * 6;
        q->credit = q->right;
    }
    out->nmissed = n;
    return true;
}

/* ---- the fixture: the shipped packs, a kiosk with the PIN, at w×h ---- */

typedef struct {
    gfx *g;
    game_catalog cat;
    app_levels stand, lycee; /* the kiosk tests' stand pack (two rounds), a shipped pack */
    ui_pack packs[2];        /* both, borrowed: "stand" first */
    ui *u;
    int w, h;
    uint64_t now;
} op_fixture;

/* Two packs, small enough to load fast: the kiosk tests' "stand" (two rounds), then the shipped
 * "lycee" (four levels). */
static void op_levels(op_fixture *f)
{
    app_levels_load(&f->stand, SRC "/tests/data/kiosk-stand", 7);
    app_levels_load(&f->lycee, SRC "/levels/lycee", 7);
    cr_assert(f->stand.npacks == 1 && f->lycee.npacks == 1);
    f->packs[0] = f->stand.packs[0];
    f->packs[1] = f->lycee.packs[0];
    cr_assert_str_eq(f->packs[0].id, "stand");
}

static void op_open(op_fixture *f, int w, int h, game_lang lang)
{
    char err[256];
    game_error gerr = {0};
    memset(&LOG, 0, sizeof LOG);
    f->w = w;
    f->h = h;
    f->g = gfx_create_offscreen(w, h, err, sizeof err);
    cr_assert_not_null(f->g, "%s", err);
    cr_assert(script_catalog_load(&f->cat, &gerr), "%s", gerr.message);
    op_levels(f);
    ui_config cfg = {.lang = lang, .seed = 7};
    cfg.records = ui_fixture_records(true);
    cfg.records.board_reset = fake_board_reset;
    cfg.records.stand_day = fake_stand_day;
    cfg.records.run_abandon = fake_run_abandon;
    cfg.kiosk = (ui_kiosk_config){.on = true, .pack_id = "stand", .pin = PIN};
    f->u = ui_create(f->g, NULL, &f->cat, f->packs, 2, &cfg);
    cr_assert_not_null(f->u);
    cr_assert_eq(f->u->kiosk.fixed_round, -1, "the kiosk starts in turn");
    f->now = 1000;
    ui_update(f->u, f->now);
    ui_draw(f->u, f->now);
    cr_assert_eq(f->u->screen, UI_SCREEN_ATTRACT, "a kiosk starts on its attract loop");
}

static void op_close(op_fixture *f)
{
    ui_destroy(f->u);
    app_levels_unload(&f->stand);
    app_levels_unload(&f->lycee);
    game_catalog_deinit(&f->cat);
    gfx_destroy(f->g);
}

/* The operator's chord, Ctrl+Alt+O, as the input layer gives it: the kiosk's filter opens the
 * PIN pad on it. */
static void chord(op_fixture *f)
{
    input_event ev = {.type = INPUT_KEY, .key = INPUT_KEY_OPERATOR, .ctrl = true, .alt = true};
    ui_input(f->u, &ev, f->now += 20);
    ui_update(f->u, f->now);
    ui_draw(f->u, f->now);
    cr_assert_eq(f->u->screen, UI_SCREEN_OPERATOR, "the chord opens the PIN pad");
    cr_assert_not(f->u->op.open, "the chord asks for the PIN first");
}

/* Types digits then Enter as a keyboard does (each key, its text, its release). */
static void type_pin(op_fixture *f, const char *pin)
{
    ui_fixture_type(f->u, pin, &f->now);
    ui_fixture_press(f->u, SDLK_RETURN, &f->now);
}

/* The centre of the first target of kind k and index i on the screen shown; fails if none. */
static void target_centre(op_fixture *f, ui_target_kind k, int i, int *x, int *y)
{
    ui_targets ts = {0};
    ui_screen_layout(f->u, f->now, false, &ts);
    const ui_target *t = ui_target_find(&ts, k, i);
    cr_assert_not_null(t, "no target %d/%d on the screen shown", (int)k, i);
    *x = t->r.x + t->r.w / 2;
    *y = t->r.y + t->r.h / 2;
}

static void tap(op_fixture *f, ui_target_kind k, int i)
{
    int x, y;
    target_centre(f, k, i, &x, &y);
    ui_fixture_tap_sized(f->u, x, y, f->w, f->h, &f->now);
}

static void tap_pin(op_fixture *f, const char *pin)
{
    for (const char *p = pin; *p; p++) tap(f, UI_T_CHOICE, *p - '0');
    tap(f, UI_T_CHOICE, 11); /* OK */
}

/* The menu's buttons, in ui_operator.c's order. */
enum { PAUSE, MODE, ROUND, PACK, RESET, FIGURES, QUIT, BACK };

static void open_menu(op_fixture *f)
{
    chord(f);
    type_pin(f, PIN);
    cr_assert(f->u->op.open, "the right PIN opens the menu");
}

static bool shown(const ui *u, const char *text)
{
    for (size_t i = 0; i < u->nshown; i++)
        if (strcmp(u->shown[i].text, text) == 0) return true;
    return false;
}

/* With VIGIE_OP_SHOTS set, the frame shown as DIR/NAME-WxH-LANG.png. */
static void shot(op_fixture *f, const char *name)
{
    const char *dir = getenv("VIGIE_OP_SHOTS");
    if (!dir || !*dir) return;
    char path[512], err[256];
    ui_draw(f->u, f->now);
    snprintf(path, sizeof path, "%s/%s-%dx%d-%s.png", dir, name, f->w, f->h,
             ui_lang(f->u) == GAME_LANG_FR ? "fr" : "en");
    cr_assert(gfx_save_png(f->g, path, err, sizeof err), "%s", err);
}

/* ---- the PIN ---- */

Test(operator, the_chord_then_the_pin_typed_on_the_keyboard_opens_the_menu)
{
    op_fixture f;
    op_open(&f, 1280, 720, GAME_LANG_FR);
    chord(&f);
    ui_fixture_type(f.u, "246", &f.now);
    cr_assert_str_eq(f.u->op.pin, "246", "each digit's key counts once (its text is not a second)");
    ui_fixture_press(f.u, SDLK_BACKSPACE, &f.now);
    cr_assert_str_eq(f.u->op.pin, "24", "Backspace erases a digit");
    ui_fixture_type(f.u, "68", &f.now);
    ui_fixture_press(f.u, SDLK_RETURN, &f.now);
    cr_assert(f.u->op.open);
    cr_assert_str_eq(f.u->op.pin, "", "the PIN is not kept once checked");
    op_close(&f);
}

Test(operator, the_pin_tapped_on_the_pad_opens_the_menu)
{
    op_fixture f;
    op_open(&f, 1024, 768, GAME_LANG_EN);
    chord(&f);
    tap_pin(&f, PIN);
    cr_assert(f.u->op.open, "tapping 2 4 6 8 then OK opens the menu");
    op_close(&f);
}

Test(operator, a_wrong_pin_does_not_open_the_menu_and_says_so)
{
    op_fixture f;
    op_open(&f, 1280, 720, GAME_LANG_FR);
    chord(&f);
    type_pin(&f, "1357");
    cr_assert_not(f.u->op.open);
    cr_assert_eq(f.u->screen, UI_SCREEN_OPERATOR);
    cr_assert_str_eq(f.u->op.pin, "", "a wrong PIN is cleared");
    cr_assert(shown(f.u, ui_str(f.u, "op.pin_wrong")), "the pad says the PIN was wrong");
    type_pin(&f, "24680"); /* the right one and one more digit is not the PIN */
    cr_assert_not(f.u->op.open);
    type_pin(&f, PIN); /* two wrong, then right: open */
    cr_assert(f.u->op.open);
    op_close(&f);
}

Test(operator, three_wrong_pins_lock_the_pad_for_thirty_seconds_with_a_countdown)
{
    op_fixture f;
    op_open(&f, 1280, 720, GAME_LANG_EN);
    chord(&f);
    type_pin(&f, "1111");
    tap_pin(&f, "2222");
    type_pin(&f, "3333");
    uint64_t locked_at = f.now;
    type_pin(&f, PIN);
    cr_assert_not(f.u->op.open, "locked: even the right PIN is not taken");
    char line[200];
    ui_fmt(f.u, line, sizeof line, "op.pin_locked", "30", NULL, NULL);
    cr_assert(shown(f.u, line), "the countdown shows: %s", line);
    ui_take_dirty(f.u);
    cr_assert_gt(ui_wait_ms(f.u, f.now), 0);
    cr_assert_leq(ui_wait_ms(f.u, f.now), 1000, "the countdown moves each second");
    f.now = locked_at + 20000;
    ui_update(f.u, f.now);
    ui_draw(f.u, f.now);
    ui_fmt(f.u, line, sizeof line, "op.pin_locked", "10", NULL, NULL);
    cr_assert(shown(f.u, line), "20 s later it says 10 s: %s", line);
    f.now = locked_at + 30001;
    ui_update(f.u, f.now);
    type_pin(&f, PIN);
    cr_assert(f.u->op.open, "after 30 s the right PIN opens the menu");
    op_close(&f);
}

Test(operator, cancel_goes_back_to_the_screen_it_opened_over)
{
    op_fixture f;
    op_open(&f, 1280, 720, GAME_LANG_FR);
    chord(&f);
    tap(&f, UI_T_BACK, 0);
    cr_assert_eq(f.u->screen, UI_SCREEN_ATTRACT);
    chord(&f);
    ui_fixture_press(f.u, SDLK_ESCAPE, &f.now);
    cr_assert_eq(f.u->screen, UI_SCREEN_ATTRACT, "Esc cancels too");
    op_close(&f);
}

Test(operator, a_three_second_press_in_the_top_left_corner_opens_the_pin_pad)
{
    op_fixture f;
    op_open(&f, 1280, 720, GAME_LANG_FR);
    SDL_Event ev = {0};
    ev.type = SDL_FINGERDOWN;
    ev.tfinger.x = 10.5f / 1280.0f;
    ev.tfinger.y = 10.5f / 720.0f;
    ev.tfinger.pressure = 1.0f;
    ui_fixture_sdl_sized(f.u, &ev, 1280, 720, &f.now);
    f.now += 1500;
    ui_update(f.u, f.now);
    cr_assert_eq(f.u->screen, UI_SCREEN_ATTRACT, "1.5 s is not enough");
    f.now += 1600;
    ui_update(f.u, f.now);
    cr_assert_eq(f.u->screen, UI_SCREEN_OPERATOR, "3 s in the corner open the PIN pad");
    ev.type = SDL_FINGERUP;
    ev.tfinger.pressure = 0.0f;
    ui_fixture_sdl_sized(f.u, &ev, 1280, 720, &f.now);
    cr_assert_eq(f.u->screen, UI_SCREEN_OPERATOR, "the finger lifted presses nothing");
    cr_assert_str_eq(f.u->op.pin, "");
    tap_pin(&f, PIN);
    cr_assert(f.u->op.open);
    op_close(&f);
}

/* ---- the menu ---- */

Test(operator, pause_and_mode_switch_and_switch_back)
{
    op_fixture f;
    op_open(&f, 1280, 720, GAME_LANG_FR);
    open_menu(&f);
    tap(&f, UI_T_ITEM, PAUSE);
    cr_assert(f.u->kiosk.paused);
    tap(&f, UI_T_ITEM, PAUSE);
    cr_assert_not(f.u->kiosk.paused, "the same button resumes");
    tap(&f, UI_T_ITEM, MODE);
    cr_assert(f.u->kiosk.duel);
    tap(&f, UI_T_ITEM, MODE);
    cr_assert_not(f.u->kiosk.duel);
    op_close(&f);
}

Test(operator, the_keys_reach_every_button_with_a_visible_focus)
{
    op_fixture f;
    op_open(&f, 1280, 720, GAME_LANG_EN);
    open_menu(&f);
    ui_fixture_press(f.u, SDLK_DOWN, &f.now);
    cr_assert_eq(f.u->focus, 0, "the first arrow puts the focus on the first button");
    ui_fixture_press(f.u, SDLK_RETURN, &f.now);
    cr_assert(f.u->kiosk.paused, "Enter presses the button in focus");
    ui_fixture_press(f.u, SDLK_DOWN, &f.now);
    ui_fixture_press(f.u, SDLK_RETURN, &f.now);
    cr_assert(f.u->kiosk.duel, "the next one is the mode");
    ui_fixture_press(f.u, SDLK_UP, &f.now);
    ui_fixture_press(f.u, SDLK_UP, &f.now);
    ui_targets ts = {0};
    ui_screen_layout(f.u, f.now, false, &ts);
    cr_assert_eq(ts.t[f.u->focus].kind, UI_T_ITEM);
    cr_assert_eq(ts.t[f.u->focus].index, BACK, "up from the first wraps to the last: Back");
    ui_fixture_press(f.u, SDLK_RETURN, &f.now);
    cr_assert_eq(f.u->screen, UI_SCREEN_ATTRACT);
    op_close(&f);
}

Test(operator, choose_the_round_then_in_turn_again)
{
    op_fixture f;
    op_open(&f, 1280, 720, GAME_LANG_FR);
    open_menu(&f);
    tap(&f, UI_T_ITEM, ROUND);
    cr_assert_eq(f.u->op.page, 2, "the rounds' list");
    cr_assert_gt(f.packs[0].nlevels, 1);
    tap(&f, UI_T_LEVEL, 1);
    cr_assert_eq(f.u->kiosk.fixed_round, 1, "the second level of the pack, by its title");
    cr_assert_eq(f.u->op.page, 0, "back to the menu");
    cr_assert_not_null(f.packs[0].levels[1].level);
    const char *title = game_text_get(&f.packs[0].levels[1].level->title, GAME_LANG_FR);
    bool in_status = false;
    for (size_t i = 0; i < f.u->nshown; i++) in_status |= strstr(f.u->shown[i].text, title) != NULL;
    cr_assert(in_status, "the menu's status line names the round: %s", title);
    tap(&f, UI_T_ITEM, ROUND);
    tap(&f, UI_T_LEVEL, -1);
    cr_assert_eq(f.u->kiosk.fixed_round, -1, "À tour de rôle");
    op_close(&f);
}

Test(operator, choosing_another_pack_resets_the_round)
{
    op_fixture f;
    op_open(&f, 1024, 768, GAME_LANG_EN);
    open_menu(&f);
    tap(&f, UI_T_ITEM, ROUND);
    tap(&f, UI_T_LEVEL, 1);
    cr_assert_eq(f.u->kiosk.fixed_round, 1);
    tap(&f, UI_T_ITEM, PACK);
    cr_assert_eq(f.u->op.page, 3, "the packs' list");
    tap(&f, UI_T_LEVEL, 1);
    cr_assert_eq(f.u->kiosk.pack, 1);
    cr_assert_eq(f.u->kiosk.fixed_round, -1, "a new pack starts in turn");
    tap(&f, UI_T_ITEM, RESET);
    tap(&f, UI_T_SUBMIT, 0);
    cr_assert_str_eq(LOG.reset_pack, f.packs[1].id, "the reset is the new pack's");
    op_close(&f);
}

Test(operator, reset_asks_first_then_resets_the_kiosk_packs_board)
{
    op_fixture f;
    op_open(&f, 1280, 720, GAME_LANG_FR);
    open_menu(&f);
    tap(&f, UI_T_ITEM, RESET);
    cr_assert_eq(f.u->op.confirm, 1, "it asks");
    cr_assert_eq(LOG.board_resets, 0, "asking resets nothing");
    char q[600];
    ui_fmt(f.u, q, sizeof q, "op.confirm_reset", game_text_get(&f.packs[0].title, GAME_LANG_FR),
           NULL, NULL);
    cr_assert(shown(f.u, q), "the question names the pack: %s", q);
    tap(&f, UI_T_BACK, 0);
    cr_assert_eq(LOG.board_resets, 0, "Annuler resets nothing");
    cr_assert(f.u->op.open && !f.u->op.confirm, "back to the menu");
    tap(&f, UI_T_ITEM, RESET);
    tap(&f, UI_T_SUBMIT, 0);
    cr_assert_eq(LOG.board_resets, 1);
    cr_assert_str_eq(LOG.reset_pack, f.packs[0].id);
    cr_assert(shown(f.u, ui_str(f.u, "op.reset_done")), "the menu says it was done");
    op_close(&f);
}

Test(operator, quit_asks_first_then_quits_and_nothing_else_quits)
{
    op_fixture f;
    op_open(&f, 1280, 720, GAME_LANG_EN);
    open_menu(&f);
    ui_fixture_key_event(f.u, SDL_KEYDOWN, SDLK_q, KMOD_LCTRL, &f.now);
    SDL_Event close = {.type = SDL_QUIT};
    ui_fixture_sdl(f.u, &close, &f.now);
    cr_assert_not(ui_quit_requested(f.u), "Ctrl+Q and the window's close do nothing here");
    tap(&f, UI_T_ITEM, QUIT);
    cr_assert_eq(f.u->op.confirm, 2);
    cr_assert_not(ui_quit_requested(f.u), "asking quits nothing");
    ui_fixture_press(f.u, SDLK_ESCAPE, &f.now);
    cr_assert_not(ui_quit_requested(f.u), "Esc says no");
    cr_assert_eq(f.u->op.confirm, 0);
    tap(&f, UI_T_ITEM, QUIT);
    tap(&f, UI_T_SUBMIT, 0);
    cr_assert(ui_quit_requested(f.u));
    op_close(&f);
}

Test(operator, back_from_a_round_lets_the_round_go_on)
{
    op_fixture f;
    op_open(&f, 1280, 720, GAME_LANG_FR);
    game_error err = {0};
    cr_assert(ui_goto(f.u, "question", 2, UI_ANSWER_RIGHT, &f.now, &err), "%s", err.message);
    cr_assert_eq(f.u->screen, UI_SCREEN_GAME);
    game_session *s = f.u->session;
    chord(&f);
    type_pin(&f, PIN);
    tap(&f, UI_T_ITEM, BACK);
    cr_assert_eq(f.u->screen, UI_SCREEN_GAME);
    cr_assert_eq(f.u->session, s, "the same round");
    cr_assert_eq(game_session_question_index(s), 1, "at the same question");
    cr_assert_eq(game_session_phase(s), GAME_PHASE_QUESTION);
    op_close(&f);
}

Test(operator, left_alone_a_minute_the_menu_closes_to_the_attract_loop)
{
    op_fixture f;
    op_open(&f, 1280, 720, GAME_LANG_FR);
    open_menu(&f);
    tap(&f, UI_T_ITEM, PAUSE);
    uint64_t last = f.now;
    ui_take_dirty(f.u);
    int w = ui_wait_ms(f.u, f.now);
    cr_assert(w > 59000 && w <= 60000, "it wakes when the minute is up (%d ms)", w);
    ui_update(f.u, last + 59000);
    cr_assert_eq(f.u->screen, UI_SCREEN_OPERATOR, "59 s: still open");
    ui_update(f.u, last + 60000);
    cr_assert_eq(f.u->screen, UI_SCREEN_ATTRACT, "60 s: the attract loop");
    cr_assert_not(f.u->op.open, "the next one types the PIN again");
    cr_assert(f.u->kiosk.paused, "what was chosen stays");
    op_close(&f);
}

Test(operator, a_round_left_under_the_menu_a_minute_is_recorded_abandoned)
{
    op_fixture f;
    op_open(&f, 1280, 720, GAME_LANG_FR);
    game_error err = {0};
    cr_assert(ui_goto(f.u, "question", 1, UI_ANSWER_RIGHT, &f.now, &err), "%s", err.message);
    cr_assert(f.u->run_open, "a round is being played");
    open_menu(&f);
    tap(&f, UI_T_ITEM, FIGURES);
    ui_update(f.u, f.now + 60000);
    cr_assert_eq(f.u->screen, UI_SCREEN_ATTRACT);
    cr_assert_eq(LOG.abandons, 1, "the round under the menu is kept as abandoned");
    cr_assert_null(f.u->session);
    op_close(&f);
}

Test(operator, the_pin_pad_left_alone_closes_too)
{
    op_fixture f;
    op_open(&f, 1280, 720, GAME_LANG_FR);
    chord(&f);
    ui_fixture_type(f.u, "24", &f.now);
    ui_update(f.u, f.now + 60000);
    cr_assert_eq(f.u->screen, UI_SCREEN_ATTRACT);
    cr_assert_str_eq(f.u->op.pin, "", "the digits typed are forgotten");
    op_close(&f);
}

/* ---- today's figures: read when opened, drawn whole ---- */

/* Every text drawn in the last frame is whole, within its box and the screen, over no other
 * one: as the ui noted them, and as the text layer counted them. */
static void check_frame(const ui *u, gfx *g, int w, int h, const char *where)
{
    gfx_text_cut_stats cuts;
    gfx_text_cuts(g, &cuts);
    cr_assert(cuts.cut == 0 && cuts.overflow == 0,
              "%s: the text layer cut %u texts and overflowed %u, the last \"%s\"", where, cuts.cut,
              cuts.overflow, cuts.last);
    cr_assert_gt(u->nshown, 0, "%s: nothing noted", where);
    cr_assert_lt(u->nshown, UI_SHOWN_MAX, "%s: more texts than the log holds", where);
    for (size_t i = 0; i < u->nshown; i++) {
        const ui_shown_text *a = &u->shown[i];
        cr_assert_leq(a->used_w, a->box.w, "%s: \"%s\" is %d px wide in a box of %d", where,
                      a->text, a->used_w, a->box.w);
        cr_assert(a->box.x >= 0 && a->box.x + a->box.w <= w && a->box.y >= 0 &&
                      a->box.y + a->box.h <= h,
                  "%s: \"%s\" leaves the screen", where, a->text);
        for (size_t j = 0; j < i; j++) {
            const ui_shown_text *b = &u->shown[j];
            bool apart = a->box.x >= b->box.x + b->box.w || b->box.x >= a->box.x + a->box.w ||
                         a->box.y >= b->box.y + b->box.h || b->box.y >= a->box.y + a->box.h;
            cr_assert(apart, "%s: \"%s\" lies over \"%s\"", where, a->text, b->text);
        }
    }
}

static void draw_checked(op_fixture *f, const char *where)
{
    gfx_text_cuts_reset(f->g);
    ui_draw(f->u, f->now);
    check_frame(f->u, f->g, f->w, f->h, where);
}

static const int sizes[][2] = {{1024, 768}, {1280, 720}, {1920, 1080}};

Test(operator, the_figures_are_read_when_opened_and_drawn_whole_everywhere)
{
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++)
        for (int l = 0; l < 2; l++)
            for (int longq = 0; longq < 2; longq++) {
                if (longq && sizes[s][0] > 1280) continue; /* the tightest screens suffice */
                op_fixture f;
                game_lang lang = l ? GAME_LANG_EN : GAME_LANG_FR;
                op_open(&f, sizes[s][0], sizes[s][1], lang);
                LOG.long_prompts = longq;
                char where[80];
                snprintf(where, sizeof where, "%dx%d %s%s", f.w, f.h, l ? "en" : "fr",
                         longq ? " long" : "");
                open_menu(&f);
                draw_checked(&f, where);
                tap(&f, UI_T_ITEM, FIGURES);
                cr_assert_eq(LOG.stand_days, 1, "the figures are read when the page opens");
                cr_assert_str_eq(LOG.day_pack, f.packs[0].id, "the kiosk pack's");
                draw_checked(&f, where);
                char num[32];
                snprintf(num, sizeof num, "%d", 12 + 31 + 44 + 18 + 9 + 52 + 61 + 47 + 23 + 4);
                cr_assert(shown(f.u, num), "%s: the visitors' count shows", where);
                cr_assert(shown(f.u, "37"), "%s: the abandoned count shows", where);
                cr_assert(shown(f.u, ui_str(f.u, "op.fig_hour")), "%s", where);
                /* the most missed first, whole; the next ones whole too, or not at all */
                cr_assert(shown(f.u, f.u->op.fig.missed[0].prompt),
                          "%s: the most missed question shows whole", where);
                if (!longq)
                    cr_assert(shown(f.u, f.u->op.fig.missed[2].prompt),
                              "%s: three short questions all show", where);
                if (!longq) {
                    shot(&f, "figures");
                    tap(&f, UI_T_BACK, 0);
                    draw_checked(&f, where);
                    shot(&f, "menu");
                    tap(&f, UI_T_ITEM, RESET);
                    draw_checked(&f, where);
                    shot(&f, "confirm-reset");
                    tap(&f, UI_T_BACK, 0);
                    tap(&f, UI_T_ITEM, QUIT);
                    draw_checked(&f, where);
                    shot(&f, "confirm-quit");
                    tap(&f, UI_T_BACK, 0);
                    tap(&f, UI_T_ITEM, ROUND);
                    shot(&f, "rounds");
                    tap(&f, UI_T_BACK, 0);
                    tap(&f, UI_T_ITEM, PACK);
                    shot(&f, "packs");
                    tap(&f, UI_T_BACK, 0);
                    tap(&f, UI_T_ITEM, BACK);
                    chord(&f);
                    ui_fixture_type(f.u, "24", &f.now);
                    draw_checked(&f, where);
                    shot(&f, "pin");
                    ui_fixture_type(f.u, "11", &f.now);
                    ui_fixture_press(f.u, SDLK_RETURN, &f.now);
                    draw_checked(&f, where);
                    shot(&f, "pin-wrong");
                    type_pin(&f, "1111");
                    type_pin(&f, "1111");
                    draw_checked(&f, where);
                    shot(&f, "pin-locked");
                }
                op_close(&f);
            }
}

Test(operator, without_kept_results_the_figures_say_so)
{
    op_fixture f;
    op_open(&f, 1024, 768, GAME_LANG_FR);
    f.u->cfg.records.stand_day = NULL;
    f.u->cfg.records.board_reset = NULL;
    open_menu(&f);
    tap(&f, UI_T_ITEM, FIGURES);
    draw_checked(&f, "no records");
    cr_assert(shown(f.u, ui_str(f.u, "op.fig_missing")));
    tap(&f, UI_T_BACK, 0);
    tap(&f, UI_T_ITEM, RESET);
    tap(&f, UI_T_SUBMIT, 0);
    cr_assert(shown(f.u, ui_str(f.u, "op.no_records")));
    op_close(&f);
}
