/* test_settings_ui.c — the settings screen (ui_settings.c): reached from the menu by its key
 * and by a click, and from the title; each row changed by the keys and applied at once; Esc
 * leaves and hands the choices to access_save; kept in the results database, they come back
 * at the next start; the message when OpenDyslexic is missing; every row shows whole at
 * 1024×768 and 1280×720 at every text size. */
#include "store/store.h"
#include "kiosk_fixture.h"

#include <stdlib.h>
#include <unistd.h>

#define LEVEL VIGIE_SOURCE_DIR "/tests/data/fraude-president-level.lua"

typedef struct {
    int saves;
    ui_access last;
    store *db; /* when set, what the app does: the choices go to the database */
} saved;

static void save(void *ud, const ui_access *a)
{
    saved *s = ud;
    s->saves++;
    s->last = *a;
    if (s->db) {
        game_error err = {0};
        cr_assert(app_access_save(s->db, a, &err), "%s", err.message);
    }
}

typedef struct {
    gfx *g;
    game_catalog cat;
    app_levels lv;
    ui *u;
    uint64_t now;
    saved log;
    int w, h;
} fx;

static void fx_open(fx *f, int w, int h, const ui_access *access, bool skip_title)
{
    char err[256];
    game_error gerr = {0};
    f->w = w, f->h = h;
    f->g = gfx_create_offscreen(w, h, err, sizeof err);
    cr_assert_not_null(f->g, "%s", err);
    cr_assert(script_catalog_load(&f->cat, &gerr), "%s", gerr.message);
    app_levels_load_file(&f->lv, LEVEL, 1);
    ui_config cfg = {.lang = GAME_LANG_FR, .seed = 1, .skip_title = skip_title};
    cfg.records.ud = &f->log;
    cfg.records.access_save = save;
    if (access) cfg.access = *access;
    f->u = ui_create(f->g, NULL, &f->cat, f->lv.packs, f->lv.npacks, &cfg);
    f->now = 1000;
    ui_draw(f->u, f->now);
}

static void fx_close(fx *f)
{
    ui_destroy(f->u);
    app_levels_unload(&f->lv);
    game_catalog_deinit(&f->cat);
    gfx_destroy(f->g);
    /* the theme and the text scale are process-wide */
    ui_theme_use(UI_THEME_DARK);
    ui_text_scale_use(100);
}

static void press(fx *f, SDL_Keycode k)
{
    ui_fixture_press(f->u, k, &f->now);
}

static const ui_target *find(fx *f, ui_targets *ts, ui_target_kind k, int i)
{
    ui_screen_layout(f->u, f->now, false, ts);
    return ui_target_find(ts, k, i);
}

Test(settings_ui, the_menu_opens_them_with_o_and_esc_goes_back)
{
    fx f = {0};
    fx_open(&f, 1280, 720, NULL, true);
    cr_assert_eq(f.u->screen, UI_SCREEN_MENU);
    press(&f, SDLK_o);
    cr_assert_eq(f.u->screen, UI_SCREEN_SETTINGS);
    press(&f, SDLK_ESCAPE);
    cr_assert_eq(f.u->screen, UI_SCREEN_MENU);
    cr_assert_eq(f.log.saves, 1, "leaving keeps the choices");
    fx_close(&f);
}

Test(settings_ui, the_title_opens_them_with_o_and_they_go_back_there)
{
    fx f = {0};
    fx_open(&f, 1280, 720, NULL, false);
    cr_assert_eq(f.u->screen, UI_SCREEN_TITLE);
    press(&f, SDLK_o);
    cr_assert_eq(f.u->screen, UI_SCREEN_SETTINGS);
    press(&f, SDLK_ESCAPE);
    cr_assert_eq(f.u->screen, UI_SCREEN_TITLE);
    fx_close(&f);
}

Test(settings_ui, a_click_on_the_menus_button_opens_them_and_done_leaves)
{
    fx f = {0};
    fx_open(&f, 1280, 720, NULL, true);
    ui_targets ts;
    const ui_target *t = find(&f, &ts, UI_T_SETTINGS, 0);
    cr_assert_not_null(t, "the menu has a settings button");
    ui_fixture_click(f.u, t->r.x + t->r.w / 2, t->r.y + t->r.h / 2, &f.now);
    cr_assert_eq(f.u->screen, UI_SCREEN_SETTINGS);
    /* a click on a row changes it: the first one, the text size */
    t = find(&f, &ts, UI_T_SETTING, 0);
    cr_assert_not_null(t);
    ui_fixture_click(f.u, t->r.x + t->r.w / 2, t->r.y + t->r.h / 2, &f.now);
    cr_assert_eq(ui_access_get(f.u)->text, UI_TEXT_LARGE);
    cr_assert_eq(ui_text_scale(), 125, "applied at once");
    t = find(&f, &ts, UI_T_BACK, 0);
    cr_assert_not_null(t, "a Done button");
    ui_fixture_click(f.u, t->r.x + t->r.w / 2, t->r.y + t->r.h / 2, &f.now);
    cr_assert_eq(f.u->screen, UI_SCREEN_MENU);
    cr_assert_eq(f.log.saves, 1);
    cr_assert_eq(f.log.last.text, UI_TEXT_LARGE);
    fx_close(&f);
}

Test(settings_ui, tab_reaches_the_button_and_enter_opens_them)
{
    fx f = {0};
    fx_open(&f, 1280, 720, NULL, true);
    for (int i = 0; i < 10 && !(f.u->tab.on && f.u->tab.kind == UI_T_SETTINGS); i++)
        press(&f, SDLK_TAB);
    cr_assert(f.u->tab.on && f.u->tab.kind == UI_T_SETTINGS);
    press(&f, SDLK_RETURN);
    cr_assert_eq(f.u->screen, UI_SCREEN_SETTINGS);
    fx_close(&f);
}

Test(settings_ui, every_row_changes_with_the_keys_and_esc_keeps_the_choices)
{
    fx f = {0};
    fx_open(&f, 1280, 720, NULL, true);
    press(&f, SDLK_o);
    press(&f, SDLK_RIGHT); /* text size: large */
    press(&f, SDLK_RIGHT); /* larger */
    press(&f, SDLK_RIGHT); /* the arrows hold at the end */
    cr_assert_eq(ui_access_get(f.u)->text, UI_TEXT_LARGER);
    cr_assert_eq(ui_text_scale(), 150);
    press(&f, SDLK_DOWN);
    press(&f, SDLK_RIGHT); /* theme: light, then high contrast with Space */
    press(&f, SDLK_SPACE);
    cr_assert_eq(ui_access_get(f.u)->theme, UI_THEME_CONTRAST);
    cr_assert_eq(ui_theme_current(), UI_THEME_CONTRAST);
    press(&f, SDLK_DOWN);
    press(&f, SDLK_RETURN); /* font: dyslexic (Enter goes round) */
    cr_assert_eq(ui_access_get(f.u)->font, UI_FONT_DYSLEXIC);
    press(&f, SDLK_DOWN);
    press(&f, SDLK_RIGHT); /* reduced motion */
    cr_assert(ui_access_get(f.u)->reduced_motion);
    press(&f, SDLK_DOWN);
    press(&f, SDLK_LEFT); /* time: held at normal */
    cr_assert_eq(ui_access_get(f.u)->pace, GAME_PACE_NORMAL);
    for (int i = 0; i < 3; i++) press(&f, SDLK_RIGHT);
    cr_assert_eq(ui_access_get(f.u)->pace, GAME_PACE_UNTIMED);
    press(&f, SDLK_DOWN);
    press(&f, SDLK_RIGHT); /* speech */
    cr_assert(ui_access_get(f.u)->speech);
    press(&f, SDLK_DOWN);
    press(&f, SDLK_LEFT); /* the rate: slower by 20 */
    cr_assert_eq(ui_access_get(f.u)->speech_rate, UI_SPEECH_RATE_DEF - 20);
    press(&f, SDLK_DOWN);
    press(&f, SDLK_RIGHT); /* the language */
    cr_assert_eq(ui_lang(f.u), GAME_LANG_EN);
    press(&f, SDLK_DOWN);
    press(&f, SDLK_RIGHT); /* the volume: no sound in the tests, nothing to change, no crash */
    press(&f, SDLK_DOWN);  /* the last row holds */
    cr_assert_eq(f.u->settings.row, 8);
    cr_assert_eq(f.log.saves, 0, "nothing is kept before leaving");
    press(&f, SDLK_ESCAPE);
    cr_assert_eq(f.u->screen, UI_SCREEN_MENU);
    cr_assert_eq(f.log.saves, 1);
    const ui_access *a = &f.log.last;
    cr_assert_eq(a->text, UI_TEXT_LARGER);
    cr_assert_eq(a->theme, UI_THEME_CONTRAST);
    cr_assert_eq(a->font, UI_FONT_DYSLEXIC);
    cr_assert(a->reduced_motion);
    cr_assert_eq(a->pace, GAME_PACE_UNTIMED);
    cr_assert(a->speech);
    cr_assert_eq(a->speech_rate, UI_SPEECH_RATE_DEF - 20);
    fx_close(&f);
}

Test(settings_ui, the_choices_survive_a_restart_through_the_database)
{
    char path[] = "/tmp/vigie-settings-XXXXXX";
    int fd = mkstemp(path);
    cr_assert_geq(fd, 0);
    close(fd);
    unlink(path);
    char moved[512];
    game_error err = {0};
    fx f = {0};
    f.log.db = store_open(path, moved, sizeof moved, &err);
    cr_assert_not_null(f.log.db, "%s", err.message);
    fx_open(&f, 1280, 720, NULL, true);
    press(&f, SDLK_o);
    press(&f, SDLK_RIGHT); /* large text */
    press(&f, SDLK_DOWN);
    press(&f, SDLK_RIGHT); /* light */
    for (int i = 0; i < 3; i++) press(&f, SDLK_DOWN);
    press(&f, SDLK_RIGHT); /* × 1.5 */
    press(&f, SDLK_ESCAPE);
    fx_close(&f);
    store_close(f.log.db);

    /* the next start: the app reads them back before the ui is made */
    store *db = store_open(path, moved, sizeof moved, &err);
    cr_assert_not_null(db, "%s", err.message);
    ui_access back = {0};
    app_access_load(db, NULL, &back);
    store_close(db);
    unlink(path);
    cr_assert_eq(back.text, UI_TEXT_LARGE);
    cr_assert_eq(back.theme, UI_THEME_LIGHT);
    cr_assert_eq(back.pace, GAME_PACE_X15);
    fx g = {0};
    fx_open(&g, 1280, 720, &back, true);
    /* the player's size (a screen too crowded for it may draw itself a step smaller) */
    cr_assert_eq(ui_access_get(g.u)->text, UI_TEXT_LARGE);
    cr_assert_eq(ui_theme_current(), UI_THEME_LIGHT);
    fx_close(&g);
}

static bool logged(const ui_str_log *log, const char *key)
{
    for (size_t i = 0; i < log->n; i++)
        if (strcmp(log->e[i].key, key) == 0) return true;
    return false;
}

Test(settings_ui, a_missing_dyslexia_font_is_said_plainly)
{
    static ui_str_log log;
    setenv("VIGIE_FONT_DIR", "/nonexistent-vigie-fonts", 1);
    setenv("VIGIE_FONT_DIR_ONLY", "1", 1);
    fx f = {0};
    fx_open(&f, 1280, 720, NULL, true);
    press(&f, SDLK_o);
    press(&f, SDLK_DOWN);
    press(&f, SDLK_DOWN);
    press(&f, SDLK_RIGHT); /* the dyslexia font, not installed here */
    cr_assert_eq(ui_access_get(f.u)->font, UI_FONT_DYSLEXIC);
    cr_assert_eq(gfx_get_face(f.g), GFX_FACE_DEFAULT, "the text stays in DejaVu");
    f.u->str_log = &log;
    log.n = 0;
    ui_draw(f.u, f.now);
    cr_assert(logged(&log, "set.font.missing"), "the screen says it is missing");
    f.u->str_log = NULL;
    fx_close(&f);
    unsetenv("VIGIE_FONT_DIR_ONLY");
    unsetenv("VIGIE_FONT_DIR");
}

Test(settings_ui, an_installed_dyslexia_font_gets_no_message)
{
    static ui_str_log log;
    fx f = {0};
    fx_open(&f, 1280, 720, NULL, true);
    press(&f, SDLK_o);
    press(&f, SDLK_DOWN);
    press(&f, SDLK_DOWN);
    press(&f, SDLK_RIGHT);
    if (gfx_get_face(f.g) != GFX_FACE_DYSLEXIC) { /* a machine without fonts-opendyslexic */
        fx_close(&f);
        return;
    }
    f.u->str_log = &log;
    log.n = 0;
    ui_draw(f.u, f.now);
    cr_assert(!logged(&log, "set.font.missing"));
    cr_assert(logged(&log, "set.font.about"));
    f.u->str_log = NULL;
    fx_close(&f);
}

/* Each row, focused, shows whole between the heading and the bottom row, at both sizes and
 * every text size, the dyslexia font too: the list scrolls to it; no text of the screen is cut
 * (a row the list's edge cuts shows no text but a label it holds whole). */
Test(settings_ui, every_focused_row_shows_whole_at_every_size)
{
    static const int sizes[][2] = {{1024, 768}, {1280, 720}};
    for (int s = 0; s < 2; s++)
        for (int ts = 0; ts < UI_TEXT_COUNT; ts++)
            for (int font = 0; font < 2; font++) {
                fx f = {0};
                ui_access a = {.text = (ui_text_size)ts, .font = (ui_font_id)font};
                fx_open(&f, sizes[s][0], sizes[s][1], &a, true);
                press(&f, SDLK_o);
                ui_targets t;
                const ui_target *done = find(&f, &t, UI_T_BACK, 0);
                cr_assert_not_null(done);
                int done_y = done->r.y;
                for (int r = 0; r < 9; r++) {
                    ui_targets tt;
                    const ui_target *row = find(&f, &tt, UI_T_SETTING, r);
                    cr_assert_not_null(row, "%dx%d text %d font %d: row %d not shown", sizes[s][0],
                                       sizes[s][1], ts, font, r);
                    /* whole: its target (the part in view) is its whole box */
                    gfx_rect b = f.u->settings.focus_box;
                    cr_assert(row->r.y == b.y && row->r.h == b.h,
                              "%dx%d text %d font %d: row %d cut (%d+%d in view of %d+%d)",
                              sizes[s][0], sizes[s][1], ts, font, r, row->r.y, row->r.h, b.y, b.h);
                    cr_assert_leq(b.y + b.h, done_y, "row %d over the bottom", r);
                    gfx_text_cuts_reset(f.g);
                    ui_draw(f.u, f.now);
                    gfx_text_cut_stats cs;
                    gfx_text_cuts(f.g, &cs);
                    cr_assert(cs.cut == 0 && cs.overflow == 0,
                              "%dx%d text %d font %d, row %d: \"%s\" cut", sizes[s][0], sizes[s][1],
                              ts, font, r, cs.last);
                    press(&f, SDLK_DOWN);
                }
                fx_close(&f);
            }
}

Test(settings_ui, a_stands_visitor_cannot_open_them)
{
    kiosk_fx f = {0};
    kiosk_open(&f, 1280, 720, GAME_LANG_FR, 5);
    cr_assert_eq(f.u->screen, UI_SCREEN_ATTRACT);
    ui_fixture_press(f.u, SDLK_o, &f.now);
    ui_screen_open(f.u, UI_SCREEN_SETTINGS, f.now);
    cr_assert_neq(f.u->screen, UI_SCREEN_SETTINGS);
    kiosk_close(&f);
}

Test(settings_ui, the_stands_operator_opens_them_from_the_menu_and_comes_back)
{
    kiosk_fx f = {0};
    kiosk_open(&f, 1280, 720, GAME_LANG_FR, 5);
    ui_operator_open(f.u, f.now);
    ui_fixture_type(f.u, "1234", &f.now);
    ui_fixture_press(f.u, SDLK_RETURN, &f.now);
    cr_assert(f.u->op.open);
    const char *dir = getenv("VIGIE_OP_SHOTS");
    if (dir) {
        char path[512], err[200];
        snprintf(path, sizeof path, "%s/op-menu-settings.png", dir);
        gfx_save_png(f.g, path, err, sizeof err);
    }
    cr_assert(kiosk_tap_target(&f, UI_T_ITEM, 8), "the operator's menu has the settings");
    cr_assert_eq(f.u->screen, UI_SCREEN_SETTINGS);
    ui_fixture_press(f.u, SDLK_RIGHT, &f.now); /* large text, for the stand */
    cr_assert_eq(ui_access_get(f.u)->text, UI_TEXT_LARGE);
    ui_fixture_press(f.u, SDLK_ESCAPE, &f.now);
    cr_assert_eq(f.u->screen, UI_SCREEN_OPERATOR);
    cr_assert(f.u->op.open, "back to the operator's menu");
    /* left open, they close by themselves, as the operator's menu does */
    cr_assert(kiosk_tap_target(&f, UI_T_ITEM, 8));
    cr_assert_eq(f.u->screen, UI_SCREEN_SETTINGS);
    kiosk_wait(&f, 61000, 500);
    cr_assert_neq(f.u->screen, UI_SCREEN_SETTINGS);
    kiosk_close(&f);
    ui_theme_use(UI_THEME_DARK);
    ui_text_scale_use(100);
}
