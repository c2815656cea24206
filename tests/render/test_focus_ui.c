/* test_focus_ui.c — the keyboard alone reaches every control of every screen, with a visible
 * focus: on each screen kind, Tab pressed again and again (SDL key events, through input/)
 * puts the focus on every target the screen lists, and a focused target is drawn otherwise
 * than when it is not (pixels differ along its edge). The operator's menu moves its own focus
 * with Tab; a mini-game's Tab is the game's own (test_play_ui). */
#include "kiosk_fixture.h"
#include "ui/ui_screens.h"

#define DATA VIGIE_SOURCE_DIR "/tests/data/"

/* The target that has the keys' focus: Tab's, or on a screen whose Tab is its own (the
 * operator's), its focus as a place in the list. */
static const ui_target *focused(const ui *u, const ui_targets *ts)
{
    if (ui_screen_view_of(u->screen)->own_tab)
        return u->focus >= 0 && u->focus < ts->n ? &ts->t[u->focus] : NULL;
    return ui_tab_target(u, ts);
}

/* The colours along r's edge, just inside it and just outside it (a button's focus ring is
 * drawn around it), every 3 pixels. */
static int edge_pixels(gfx *g, gfx_rect r0, gfx_color *out, int max)
{
    int n = 0, W, H;
    gfx_size(g, &W, &H);
    for (int band = 0; band < 2; band++)
        for (int side = 0; side < 4; side++) {
            gfx_rect r = band ? (gfx_rect){r0.x - 5, r0.y - 5, r0.w + 10, r0.h + 10} : r0;
            int len = side < 2 ? r.w : r.h;
            for (int i = 2; i < len - 2 && n < max; i += 3) {
                int x = side == 0   ? r.x + i
                        : side == 1 ? r.x + i
                        : side == 2 ? r.x + 1
                                    : r.x + r.w - 2;
                int y = side == 0 ? r.y + 1 : side == 1 ? r.y + r.h - 2 : r.y + i;
                if (x < 0 || y < 0 || x >= W || y >= H) continue;
                gfx_color c = {0};
                gfx_pixel(g, x, y, &c);
                out[n++] = c;
            }
        }
    return n;
}

/* t, the focused target, is drawn otherwise than with no focus. */
static void check_visible(ui *u, gfx *g, const ui_target *t, uint64_t now, const char *what)
{
    static gfx_color on[4096], off[4096];
    gfx_rect r = t->r;
    ui_draw(u, now);
    int n = edge_pixels(g, r, on, 4096);
    bool own = ui_screen_view_of(u->screen)->own_tab;
    int keep = u->focus;
    bool tab = u->tab.on;
    if (own)
        u->focus = -1;
    else
        u->tab.on = false;
    ui_draw(u, now);
    edge_pixels(g, r, off, 4096);
    u->focus = keep;
    u->tab.on = tab;
    int differ = 0;
    for (int i = 0; i < n; i++)
        differ += on[i].r != off[i].r || on[i].g != off[i].g || on[i].b != off[i].b;
    cr_assert_gt(differ, n / 4, "%s: target %d/%d at %d,%d %dx%d: no visible focus (%d of %d)",
                 what, t->kind, t->index, r.x, r.y, r.w, r.h, differ, n);
}

/* Tab, again and again: every target listed when it began gets the focus, and shows it. */
static void tab_through(ui *u, gfx *g, uint64_t *now, const char *what)
{
    ui_targets first = {0};
    ui_screen_layout(u, *now, false, &first);
    cr_assert_gt(first.n, 0, "%s: no target", what);
    bool seen[UI_MAX_HITS + 64] = {0};
    for (int k = 0; k < first.n; k++) /* no size: no control (the intro's Back, for Esc) */
        seen[k] = first.t[k].r.w <= 0 || first.t[k].r.h <= 0;
    ui_screen screen = u->screen;
    int presses = first.n * 2 + 4;
    for (int i = 0; i < presses; i++) {
        ui_fixture_press(u, SDLK_TAB, now);
        cr_assert_eq(u->screen, screen, "%s: Tab left the screen", what);
        ui_targets ts = {0};
        ui_screen_layout(u, *now, false, &ts);
        const ui_target *t = focused(u, &ts);
        cr_assert_not_null(t, "%s: Tab %d put the focus nowhere", what, i + 1);
        for (int k = 0; k < first.n; k++)
            if (first.t[k].kind == t->kind && first.t[k].index == t->index) seen[k] = true;
        check_visible(u, g, t, *now, what);
        const char *dir = getenv("VIGIE_FOCUS_SHOTS"); /* to look at: DIR/WHAT-N.png */
        if (dir && i < 3) {
            char path[700], err[200];
            snprintf(path, sizeof path, "%s/%s-%d.png", dir, what, i + 1);
            for (char *c = path + strlen(dir) + 1; *c; c++)
                if (*c == ' ' || *c == '/' || *c == '\'') *c = '-';
            ui_draw(u, *now);
            gfx_save_png(g, path, err, sizeof err);
        }
    }
    for (int k = 0; k < first.n; k++)
        cr_assert(seen[k], "%s: target %d (kind %d, index %d) never had the focus", what, k,
                  first.t[k].kind, first.t[k].index);
}

/* ---- the solo game's screens ---- */

typedef struct {
    gfx *g;
    game_catalog cat;
    app_levels lv;
    ui *u;
    uint64_t now;
} fx;

static void fx_open(fx *f, const char *file, bool records)
{
    char err[256];
    game_error gerr = {0};
    f->g = gfx_create_offscreen(1280, 720, err, sizeof err);
    cr_assert_not_null(f->g, "%s", err);
    cr_assert(script_catalog_load(&f->cat, &gerr), "%s", gerr.message);
    app_levels_load_file(&f->lv, file, 3);
    ui_config cfg = {.lang = GAME_LANG_FR, .seed = 3};
    if (records) {
        cfg.records = ui_fixture_records(true);
        cfg.session = "2nde B";
    }
    f->u = ui_create(f->g, NULL, &f->cat, f->lv.packs, f->lv.npacks, &cfg);
    f->now = 1000;
}

static void fx_close(fx *f)
{
    ui_destroy(f->u);
    app_levels_unload(&f->lv);
    game_catalog_deinit(&f->cat);
    gfx_destroy(f->g);
}

static void go(fx *f, const char *screen, size_t q, ui_answer a)
{
    game_error err = {0};
    cr_assert(ui_goto(f->u, screen, q, a, &f->now, &err), "%s: %s", screen, err.message);
    ui_draw(f->u, f->now);
}

Test(focus_ui, title_menu_settings_nick_scores_report)
{
    fx f = {0};
    fx_open(&f, DATA "fraude-president-level.lua", true);
    static const char *const screens[] = {"title", "menu", "settings", "nick", "scores", "report"};
    for (size_t i = 0; i < sizeof screens / sizeof screens[0]; i++) {
        go(&f, screens[i], 1, UI_ANSWER_RIGHT);
        tab_through(f.u, f.g, &f.now, screens[i]);
    }
    fx_close(&f);
}

Test(focus_ui, every_question_kind_its_feedback_intro_and_results)
{
    static const char *const files[] = {"fraude-president-level.lua", "kinds-level.lua",
                                        "mail-level.lua", "office-level.lua",
                                        "confidence-level.lua"};
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        char path[512], what[600];
        snprintf(path, sizeof path, DATA "%s", files[i]);
        fx f = {0};
        fx_open(&f, path, false);
        go(&f, "intro", 1, UI_ANSWER_RIGHT);
        snprintf(what, sizeof what, "%s intro", files[i]);
        tab_through(f.u, f.g, &f.now, what);
        size_t nq = game_session_level(f.u->session)->nquestions;
        for (size_t q = 1; q <= nq; q++) {
            go(&f, "question", q, UI_ANSWER_RIGHT);
            if (ui_play_live(f.u)) continue; /* a mini-game: Tab is its own */
            snprintf(what, sizeof what, "%s question %zu", files[i], q);
            tab_through(f.u, f.g, &f.now, what);
            go(&f, "feedback", q, UI_ANSWER_WRONG);
            snprintf(what, sizeof what, "%s feedback %zu", files[i], q);
            tab_through(f.u, f.g, &f.now, what);
        }
        go(&f, "results", 1, UI_ANSWER_RIGHT);
        snprintf(what, sizeof what, "%s results", files[i]);
        tab_through(f.u, f.g, &f.now, what);
        fx_close(&f);
    }
}

Test(focus_ui, the_error_screen)
{
    fx f = {0};
    fx_open(&f, DATA "broken-level.lua", false);
    go(&f, "error", 1, UI_ANSWER_RIGHT);
    tab_through(f.u, f.g, &f.now, "error");
    fx_close(&f);
}

/* ---- the stand: the attract loop, a round's end, the operator's PIN and menu; the duel ---- */

Test(focus_ui, the_kiosks_screens_and_the_operators_menu)
{
    kiosk_fx f = {0};
    kiosk_open(&f, 1280, 720, GAME_LANG_FR, 5);
    cr_assert_eq(f.u->screen, UI_SCREEN_ATTRACT);
    tab_through(f.u, f.g, &f.now, "attract");
    ui_operator_open(f.u, f.now);
    ui_draw(f.u, f.now);
    tab_through(f.u, f.g, &f.now, "operator's PIN");
    ui_fixture_type(f.u, "1234", &f.now);
    ui_fixture_press(f.u, SDLK_RETURN, &f.now);
    cr_assert(f.u->op.open);
    tab_through(f.u, f.g, &f.now, "operator's menu");
    kiosk_close(&f);
}

Test(focus_ui, the_duels_set_up)
{
    fx f = {0};
    fx_open(&f, DATA "duel-level.lua", false);
    ui_duel_open(f.u, 0, 0, f.now);
    cr_assert_eq(f.u->screen, UI_SCREEN_DUEL);
    ui_draw(f.u, f.now);
    tab_through(f.u, f.g, &f.now, "duel set-up");
    ui_duel_free(f.u);
    fx_close(&f);
}

/* A question of the fraud level, Tab pressed until its ring is on a choice. */
static void tab_to_a_choice(fx *f)
{
    fx_open(f, DATA "fraude-president-level.lua", false);
    go(f, "question", 1, UI_ANSWER_RIGHT);
    for (int i = 0; i < 10 && !(f->u->tab.on && f->u->tab.kind == UI_T_CHOICE); i++)
        ui_fixture_press(f->u, SDLK_TAB, &f->now);
    cr_assert(f->u->tab.on && f->u->tab.kind == UI_T_CHOICE);
}

Test(focus_ui, enter_presses_what_tab_is_on)
{
    fx f = {0};
    tab_to_a_choice(&f);
    ui_fixture_press(f.u, SDLK_RETURN, &f.now);
    cr_assert_eq(game_session_phase(f.u->session), GAME_PHASE_FEEDBACK, "the choice answered");
    /* an arrow puts Tab's ring away: the screen's own focus takes over */
    ui_fixture_press(f.u, SDLK_TAB, &f.now);
    cr_assert(f.u->tab.on);
    ui_fixture_press(f.u, SDLK_DOWN, &f.now);
    cr_assert(!f.u->tab.on);
    fx_close(&f);
}

/* Space presses what Tab is on too, as on a web form, and the space it types goes nowhere. */
Test(focus_ui, space_presses_what_tab_is_on)
{
    fx f = {0};
    tab_to_a_choice(&f);
    ui_fixture_type(f.u, " ", &f.now); /* key down, its text, key up: as SDL sends them */
    cr_assert_eq(game_session_phase(f.u->session), GAME_PHASE_FEEDBACK, "the choice answered");
    fx_close(&f);
}
