/* test_drop_ui.c — installed packs in the menu, and a .vigie file dropped on the window
 * (app_drop.c, ui_install.c, app_levels_load_with): SDL's drop events in the order SDL sends
 * them, then keys, the mouse or a finger, through the same calls as the window's loop. The
 * install itself is the packs' part (app_pack.c): here a stand-in that writes the pack's folder
 * where the real one would, or fails as told. Each test has its own XDG_DATA_HOME. */
#include "app/app_drop.h"
#include "golden.h"
#include "ui_fixture.h"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#define SHIPPED VIGIE_SOURCE_DIR "/tests/data/kiosk-stand"

/* ---- a stand-in for app_pack_install_file ---- */

static int installs;           /* how many times it was called */
static const char *fail_with;  /* set: it fails with this */
static const char *install_id; /* the id of the pack it writes */

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f, "%s", path);
    fputs(text, f);
    fclose(f);
}

static void copy_file(const char *from, const char *to)
{
    FILE *in = fopen(from, "r"), *out = fopen(to, "w");
    cr_assert(in && out, "%s -> %s", from, to);
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0) fwrite(buf, 1, n, out);
    fclose(in);
    fclose(out);
}

/* A pack of two levels, id id, in the installed packs' folder. */
static void put_installed_pack(const char *id, const char *title_fr, const char *title_en)
{
    const char *root = app_installed_levels_dir();
    cr_assert_not_null(root);
    char dir[1024], p[1200], text[600];
    snprintf(dir, sizeof dir, "%s", root);
    for (char *s = dir + 1; *s; s++) /* mkdir -p */
        if (*s == '/') {
            *s = '\0';
            mkdir(dir, 0755);
            *s = '/';
        }
    mkdir(dir, 0755);
    snprintf(dir, sizeof dir, "%s/%s", root, id);
    cr_assert_eq(mkdir(dir, 0755), 0, "%s", dir);
    snprintf(text, sizeof text,
             "return { id = \"%s\", title = { fr = \"%s\", en = \"%s\" },\n"
             "  description = { fr = \"Deux manches.\", en = \"Two rounds.\" },\n"
             "  version = \"1.0\", authors = { \"Test\" }, licence = \"CC BY-SA 4.0\",\n"
             "  levels = { \"a.lua\", \"b.lua\" } }\n",
             id, title_fr, title_en);
    snprintf(p, sizeof p, "%s/pack.lua", dir);
    write_file(p, text);
    snprintf(p, sizeof p, "%s/a.lua", dir);
    copy_file(SHIPPED "/round-a.lua", p);
    snprintf(p, sizeof p, "%s/b.lua", dir);
    copy_file(SHIPPED "/round-b.lua", p);
}

static bool fake_install(const char *path, game_lang lang, char *id, size_t nid, char *title,
                         size_t ntitle, char *err, size_t nerr)
{
    (void)path, (void)lang;
    installs++;
    if (fail_with) {
        snprintf(err, nerr, "%s", fail_with);
        return false;
    }
    put_installed_pack(install_id, "Club info", "Computer club");
    snprintf(id, nid, "%s", install_id);
    snprintf(title, ntitle, "%s", lang == GAME_LANG_FR ? "Club info" : "Computer club");
    return true;
}

/* ---- the fixture: the game's packs and the installed ones, a ui on them ---- */

typedef struct {
    char tmp[64];
    gfx *g;
    game_catalog cat;
    app_levels lv;
    ui *u;
    app_drop d;
    uint64_t now;
    int w, h;
} fx;

static void fx_env(fx *f)
{
    snprintf(f->tmp, sizeof f->tmp, "/tmp/vigie-drop-XXXXXX");
    cr_assert_not_null(mkdtemp(f->tmp));
    setenv("XDG_DATA_HOME", f->tmp, 1);
    installs = 0;
    fail_with = NULL;
    install_id = "club-info";
}

static void fx_ui(fx *f, int w, int h, game_lang lang, const ui_config *base)
{
    char err[256];
    game_error gerr = {0};
    f->w = w, f->h = h;
    f->g = gfx_create_offscreen(w, h, err, sizeof err);
    cr_assert_not_null(f->g, "%s", err);
    cr_assert(script_catalog_load(&f->cat, &gerr), "%s", gerr.message);
    app_levels_load_with(&f->lv, SHIPPED, app_installed_levels_dir(), 1);
    ui_config cfg = base ? *base : (ui_config){0};
    cfg.lang = lang;
    cfg.seed = 1;
    cfg.skip_title = !base || base->skip_title;
    f->u = ui_create(f->g, NULL, &f->cat, f->lv.packs, f->lv.npacks, &cfg);
    cr_assert_not_null(f->u);
    f->d = (app_drop){.levels = &f->lv, .dir = SHIPPED, .seed = 1, .install = fake_install};
    f->now = 1000;
    ui_draw(f->u, f->now);
}

static void fx_open(fx *f, int w, int h, game_lang lang)
{
    fx_env(f);
    fx_ui(f, w, h, lang, NULL);
}

static void fx_close(fx *f)
{
    ui_destroy(f->u);
    app_levels_unload(&f->lv);
    game_catalog_deinit(&f->cat);
    gfx_destroy(f->g);
    ui_theme_use(UI_THEME_DARK); /* process-wide */
    ui_text_scale_use(100);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->tmp);
    cr_assert_eq(system(cmd), 0);
}

/* One SDL event as the window's loop takes it: a drop's to app_drop, else through input/ to
 * the ui; then the install the ui may have asked for. */
static void sdl(fx *f, SDL_Event *ev)
{
    f->now += 20;
    if (!app_drop_event(&f->d, f->u, ev, f->now)) {
        input_event ie;
        if (input_from_sdl(ev, f->w, f->h, 1.0f, &ie)) ui_input(f->u, &ie, f->now);
        app_drop_poll(&f->d, f->u, f->now);
    }
    ui_update(f->u, f->now);
    ui_draw(f->u, f->now);
}

/* Files dropped at once, as SDL sends them: BEGIN, each FILE (SDL's copy), COMPLETE. */
static void drop_files(fx *f, const char *const *paths, int n)
{
    SDL_Event ev = {0};
    ev.type = SDL_DROPBEGIN;
    sdl(f, &ev);
    for (int i = 0; i < n; i++) {
        ev = (SDL_Event){0};
        ev.type = SDL_DROPFILE;
        ev.drop.file = SDL_strdup(paths[i]);
        sdl(f, &ev);
        cr_assert_null(ev.drop.file, "the dropped file's string is freed");
    }
    ev = (SDL_Event){0};
    ev.type = SDL_DROPCOMPLETE;
    sdl(f, &ev);
}

static void drop(fx *f, const char *path)
{
    drop_files(f, &path, 1);
}

static void key(fx *f, SDL_Keycode sym, Uint16 mod)
{
    SDL_Event ev = {0};
    ev.type = SDL_KEYDOWN;
    ev.key.state = SDL_PRESSED;
    ev.key.keysym.sym = sym;
    ev.key.keysym.mod = mod;
    sdl(f, &ev);
    ev.type = SDL_KEYUP;
    ev.key.state = SDL_RELEASED;
    sdl(f, &ev);
}

static void press(fx *f, SDL_Keycode sym)
{
    key(f, sym, KMOD_NONE);
}

static const ui_target *target(fx *f, ui_targets *ts, ui_target_kind k)
{
    ui_screen_layout(f->u, f->now, false, ts);
    return ui_target_find(ts, k, 0);
}

static void click(fx *f, const ui_target *t)
{
    int x = t->r.x + t->r.w / 2, y = t->r.y + t->r.h / 2;
    SDL_Event ev = {0};
    ev.type = SDL_MOUSEMOTION;
    ev.motion.x = x;
    ev.motion.y = y;
    sdl(f, &ev);
    ev = (SDL_Event){0};
    ev.type = SDL_MOUSEBUTTONDOWN;
    ev.button.button = SDL_BUTTON_LEFT;
    ev.button.state = SDL_PRESSED;
    ev.button.x = x;
    ev.button.y = y;
    sdl(f, &ev);
    ev.type = SDL_MOUSEBUTTONUP;
    ev.button.state = SDL_RELEASED;
    sdl(f, &ev);
}

static void tap(fx *f, const ui_target *t)
{
    SDL_Event ev = {0};
    ev.type = SDL_FINGERDOWN;
    ev.tfinger.x = ((float)(t->r.x + t->r.w / 2) + 0.5f) / (float)f->w;
    ev.tfinger.y = ((float)(t->r.y + t->r.h / 2) + 0.5f) / (float)f->h;
    ev.tfinger.pressure = 1.0f;
    sdl(f, &ev);
    ev.type = SDL_FINGERUP;
    ev.tfinger.pressure = 0.0f;
    sdl(f, &ev);
}

static long pack_index(const fx *f, const char *id)
{
    for (size_t p = 0; p < f->lv.npacks; p++)
        if (f->lv.packs[p].id && !strcmp(f->lv.packs[p].id, id)) return (long)p;
    return -1;
}

/* The texts the screen looked up in the catalog when drawn last. */
static bool drew_key(fx *f, const char *k)
{
    static ui_str_log log;
    log.n = 0;
    f->u->str_log = &log;
    ui_draw(f->u, f->now);
    f->u->str_log = NULL;
    for (size_t i = 0; i < log.n; i++)
        if (!strcmp(log.e[i].key, k)) return true;
    return false;
}

/* ==== installed packs in the menu ========================================= */

Test(drop_ui, installed_packs_come_after_the_shipped_ones_tagged_installed)
{
    fx f = {0};
    fx_env(&f);
    put_installed_pack("club-info", "Club info", "Computer club");
    fx_ui(&f, 1280, 720, GAME_LANG_FR, NULL);
    cr_assert_eq(f.lv.npacks, 2);
    cr_assert_str_eq(f.lv.packs[0].id, "stand");
    cr_assert_not(f.lv.packs[0].installed);
    cr_assert_str_eq(f.lv.packs[1].id, "club-info");
    cr_assert(f.lv.packs[1].installed);
    cr_assert_eq(f.lv.packs[1].nlevels, 2);
    cr_assert_not_null(f.lv.packs[1].levels[0].level, "loaded like a shipped pack");
    cr_assert_eq(f.u->menu.nitems, 4, "the menu lists both packs' levels");
    cr_assert_eq(f.u->menu.items[2].pack, 1);
    cr_assert(drew_key(&f, "menu.installed"), "the menu tags the installed pack");
    char out[512];
    snprintf(out, sizeof out, "%s/menu-installed.png", f.tmp);
    char err[256];
    cr_assert(gfx_save_png(f.g, out, err, sizeof err), "%s", err);
    golden_compare("drop-menu-installed-1280x720-fr", out);
    fx_close(&f);
}

/* stderr into a file while fn runs; what it said, in buf. */
static void capture_stderr(fx *f, void (*fn)(fx *), char *buf, size_t n)
{
    char path[128];
    snprintf(path, sizeof path, "%s/stderr", f->tmp);
    fflush(stderr);
    int saved = dup(2), fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    cr_assert(saved >= 0 && fd >= 0);
    dup2(fd, 2);
    close(fd);
    fn(f);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    FILE *in = fopen(path, "r");
    size_t got = in ? fread(buf, 1, n - 1, in) : 0;
    buf[got] = '\0';
    if (in) fclose(in);
}

static void load_only(fx *f)
{
    app_levels_load_with(&f->lv, SHIPPED, app_installed_levels_dir(), 1);
}

Test(drop_ui, a_shipped_pack_wins_over_an_installed_one_with_its_id_and_stderr_says_so)
{
    fx f = {0};
    fx_env(&f);
    put_installed_pack("stand", "Faux stand", "Fake stand");
    char said[4096];
    capture_stderr(&f, load_only, said, sizeof said);
    cr_assert_eq(f.lv.npacks, 1, "the installed one is hidden");
    cr_assert_not(f.lv.packs[0].installed);
    cr_assert_str_eq(game_text_get(&f.lv.packs[0].title, GAME_LANG_FR), "Stand (test)");
    cr_assert(strstr(said, "installed pack \"stand\" is hidden"), "stderr: %s", said);
    app_levels_unload(&f.lv);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", f.tmp);
    cr_assert_eq(system(cmd), 0);
}

Test(drop_ui, a_broken_installed_pack_shows_its_error_in_the_menu)
{
    fx f = {0};
    fx_env(&f);
    put_installed_pack("club-info", "Club info", "Computer club");
    char p[1200];
    snprintf(p, sizeof p, "%s/club-info/b.lua", app_installed_levels_dir());
    write_file(p, "return { id = \"b\", questions = {\n");
    load_only(&f);
    cr_assert_eq(f.lv.npacks, 2);
    cr_assert_not_null(f.lv.packs[1].levels[0].level);
    cr_assert_null(f.lv.packs[1].levels[1].level, "the broken level keeps its error");
    cr_assert(f.lv.packs[1].levels[1].error.message[0]);
    app_levels_unload(&f.lv);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", f.tmp);
    cr_assert_eq(system(cmd), 0);
}

/* ==== a .vigie dropped on the window ====================================== */

Test(drop_ui, enter_installs_the_dropped_pack_and_the_menu_lists_it_chosen)
{
    fx f = {0};
    fx_open(&f, 1280, 720, GAME_LANG_FR);
    cr_assert_eq(f.lv.npacks, 1);
    drop(&f, "/home/prof/Téléchargements/club-info.vigie");
    cr_assert_eq(f.u->screen, UI_SCREEN_INSTALL, "a dialog asks first");
    cr_assert_str_eq(f.u->install.name, "club-info.vigie");
    cr_assert_eq(installs, 0, "nothing installed before the player says so");
    cr_assert(drew_key(&f, "install.ask"));
    press(&f, SDLK_RETURN);
    cr_assert_eq(installs, 1);
    cr_assert(drew_key(&f, "install.done"), "the pack's title and its number of levels");
    cr_assert_eq(f.lv.npacks, 2, "the packs were loaded again");
    long p = pack_index(&f, "club-info");
    cr_assert_eq(p, 1);
    cr_assert(f.lv.packs[p].installed);
    cr_assert_eq(f.u->npacks, 2, "the menu has the new packs");
    cr_assert_eq(f.u->menu.nitems, 4);
    cr_assert_eq(f.u->menu.items[f.u->menu.focus].pack, (size_t)p, "the new pack is chosen");
    press(&f, SDLK_RETURN); /* OK */
    cr_assert_eq(f.u->screen, UI_SCREEN_MENU);
    press(&f, SDLK_RETURN); /* and it plays */
    cr_assert_eq(f.u->screen, UI_SCREEN_GAME);
    cr_assert_eq(f.u->cur_pack, (size_t)p);
    fx_close(&f);
}

/* The real install, as the game calls it: a .vigie file made by vigie pack, dropped, installed,
 * listed; then a file that is no zip, refused in the window's language, nothing written. */
Test(drop_ui, the_real_install_takes_a_pack_made_by_vigie_pack_and_refuses_a_false_one)
{
    fx f = {0};
    fx_env(&f);
    put_installed_pack("club-info", "Club info", "Computer club");
    char src[128], file[128], bad[128], installed[1200];
    snprintf(src, sizeof src, "%s/club-info", f.tmp);
    snprintf(installed, sizeof installed, "%s/club-info", app_installed_levels_dir());
    cr_assert_eq(rename(installed, src), 0);
    snprintf(file, sizeof file, "%s/club-info.vigie", f.tmp);
    char *argv[] = {src, "--out", file, NULL};
    cr_assert_eq(app_cmd_pack(3, argv), 0);
    fx_ui(&f, 1280, 720, GAME_LANG_FR, NULL);
    f.d.install = NULL; /* app_pack_install_file, as in the game */
    cr_assert_eq(f.lv.npacks, 1);
    drop(&f, file);
    press(&f, SDLK_RETURN);
    cr_assert(drew_key(&f, "install.done"));
    cr_assert_eq(f.lv.npacks, 2, "the installed pack is in the menu");
    cr_assert(f.lv.packs[1].installed);
    cr_assert_eq(access(installed, F_OK), 0);
    press(&f, SDLK_RETURN); /* OK */
    snprintf(bad, sizeof bad, "%s/faux.vigie", f.tmp);
    write_file(bad, "ceci n'est pas un zip");
    drop(&f, bad);
    press(&f, SDLK_RETURN);
    cr_assert(drew_key(&f, "install.failed"));
    cr_assert_eq(f.lv.npacks, 2);
    fx_close(&f);
}

Test(drop_ui, escape_cancels_and_nothing_is_installed)
{
    fx f = {0};
    fx_open(&f, 1280, 720, GAME_LANG_EN);
    drop(&f, "/tmp/club-info.VIGIE");
    cr_assert_eq(f.u->screen, UI_SCREEN_INSTALL);
    press(&f, SDLK_ESCAPE);
    cr_assert_eq(f.u->screen, UI_SCREEN_MENU);
    cr_assert_eq(installs, 0);
    cr_assert_eq(f.lv.npacks, 1);
    /* from the title, back to the title */
    press(&f, SDLK_ESCAPE);
    cr_assert_eq(f.u->screen, UI_SCREEN_TITLE);
    drop(&f, "/tmp/club-info.vigie");
    cr_assert_eq(f.u->screen, UI_SCREEN_INSTALL);
    press(&f, SDLK_RIGHT); /* to Cancel */
    press(&f, SDLK_SPACE);
    cr_assert_eq(f.u->screen, UI_SCREEN_TITLE);
    cr_assert_eq(installs, 0);
    fx_close(&f);
}

Test(drop_ui, a_failed_install_shows_why_and_changes_nothing)
{
    fx f = {0};
    fx_open(&f, 1024, 768, GAME_LANG_FR);
    fail_with = "club-info.vigie: the manifest says club-info/a.lua has the SHA-256 "
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 and it has "
                "another: the file was changed after the pack was made; ask its author for it "
                "again";
    drop(&f, "/tmp/club-info.vigie");
    press(&f, SDLK_RETURN);
    cr_assert_eq(installs, 1);
    cr_assert_eq(f.u->screen, UI_SCREEN_INSTALL);
    cr_assert(drew_key(&f, "install.failed"));
    cr_assert(strstr(f.u->install.msg, "SHA-256"), "the reason is kept whole");
    cr_assert_eq(f.lv.npacks, 1);
    cr_assert_eq(f.u->npacks, 1);
    press(&f, SDLK_RETURN); /* OK */
    cr_assert_eq(f.u->screen, UI_SCREEN_MENU);
    fx_close(&f);
}

Test(drop_ui, another_file_says_only_packs_and_a_level_points_to_open)
{
    fx f = {0};
    fx_open(&f, 1280, 720, GAME_LANG_FR);
    drop(&f, "/tmp/notes.pdf");
    cr_assert_eq(f.u->screen, UI_SCREEN_INSTALL);
    cr_assert(drew_key(&f, "install.only"));
    cr_assert(drew_key(&f, "install.other"));
    press(&f, SDLK_RETURN);
    cr_assert_eq(f.u->screen, UI_SCREEN_MENU);
    drop(&f, "/tmp/mon-niveau.lua");
    cr_assert(drew_key(&f, "install.a_level"), "a level: vigie --open");
    press(&f, SDLK_ESCAPE);
    cr_assert_eq(f.u->screen, UI_SCREEN_MENU);
    cr_assert_eq(installs, 0);
    fx_close(&f);
}

Test(drop_ui, the_kiosk_ignores_drops)
{
    fx f = {0};
    fx_env(&f);
    ui_config cfg = {.kiosk = {.on = true, .pack_id = "stand", .pin = "1234"}};
    fx_ui(&f, 1280, 720, GAME_LANG_FR, &cfg);
    ui_screen before = f.u->screen;
    drop(&f, "/tmp/club-info.vigie");
    cr_assert_eq(f.u->screen, before, "a visitor installs nothing");
    press(&f, SDLK_RETURN);
    cr_assert_eq(installs, 0);
    cr_assert_neq(f.u->screen, UI_SCREEN_INSTALL);
    fx_close(&f);
}

Test(drop_ui, a_drop_during_a_game_is_ignored)
{
    fx f = {0};
    fx_open(&f, 1280, 720, GAME_LANG_FR);
    press(&f, SDLK_RETURN); /* the first level */
    cr_assert_eq(f.u->screen, UI_SCREEN_GAME);
    drop(&f, "/tmp/club-info.vigie");
    cr_assert_eq(f.u->screen, UI_SCREEN_GAME);
    cr_assert_eq(installs, 0);
    fx_close(&f);
}

Test(drop_ui, the_mouse_a_finger_and_tab_work_the_buttons)
{
    fx f = {0};
    fx_open(&f, 1280, 720, GAME_LANG_EN);
    ui_targets ts;
    drop(&f, "/tmp/club-info.vigie");
    click(&f, target(&f, &ts, UI_T_INSTALL_NO));
    cr_assert_eq(f.u->screen, UI_SCREEN_MENU, "a click on Cancel");
    cr_assert_eq(installs, 0);
    /* Tab: Install, then Cancel; Enter presses the one it is on */
    drop(&f, "/tmp/club-info.vigie");
    press(&f, SDLK_TAB);
    cr_assert(f.u->tab.on);
    cr_assert_eq(f.u->tab.kind, UI_T_INSTALL_YES);
    press(&f, SDLK_TAB);
    cr_assert_eq(f.u->tab.kind, UI_T_INSTALL_NO);
    press(&f, SDLK_RETURN);
    cr_assert_eq(f.u->screen, UI_SCREEN_MENU);
    cr_assert_eq(installs, 0);
    /* a finger on Install, then on OK */
    drop(&f, "/tmp/club-info.vigie");
    tap(&f, target(&f, &ts, UI_T_INSTALL_YES));
    cr_assert_eq(installs, 1);
    cr_assert_eq(f.u->npacks, 2);
    tap(&f, target(&f, &ts, UI_T_INSTALL_YES));
    cr_assert_eq(f.u->screen, UI_SCREEN_MENU);
    fx_close(&f);
}

Test(drop_ui, several_files_at_once_the_first_counts_and_hostile_names_are_shown_safe)
{
    fx f = {0};
    fx_open(&f, 1280, 720, GAME_LANG_FR);
    const char *const two[] = {"/tmp/a.vigie", "/tmp/b.vigie"};
    drop_files(&f, two, 2);
    cr_assert_str_eq(f.u->install.name, "a.vigie");
    press(&f, SDLK_ESCAPE);
    /* control characters and broken UTF-8 show as '?', a long name is shortened */
    drop(&f, "/tmp/a\x1b[2Jb\xff\xfe.vigie");
    cr_assert_str_eq(f.u->install.name, "a?[2Jb??.vigie");
    press(&f, SDLK_ESCAPE);
    static char longname[6000];
    memset(longname, 'x', sizeof longname - 7);
    memcpy(longname + sizeof longname - 7, ".vigie", 7);
    drop(&f, longname); /* longer than any path: ignored */
    cr_assert_eq(f.u->screen, UI_SCREEN_MENU);
    char name[400] = "/tmp/";
    memset(name + 5, 'y', 300);
    strcat(name, ".vigie");
    drop(&f, name);
    cr_assert_eq(f.u->screen, UI_SCREEN_INSTALL);
    cr_assert_lt(strlen(f.u->install.name), 90);
    fx_close(&f);
}

/* ==== how the dialog looks ================================================ */

typedef enum { SHOT_ASK, SHOT_DONE, SHOT_FAILED, SHOT_NOT_PACK } shot_kind;

static const char *const long_reason =
    "club-info.vigie: club-info/../../.bashrc: a path that leaves the pack's folder; the file "
    "was refused and nothing was written. Ask the pack's author for a pack made with vigie "
    "pack.";

/* The dialog at w×h in lang, theme and text size: drawn as the window does; no text cut, none
 * over another; with name, compared with its golden. */
static void shot(int w, int h, game_lang lang, ui_theme_id theme, ui_text_size text, shot_kind k,
                 const char *name)
{
    fx f = {0};
    fx_open(&f, w, h, lang);
    ui_access a = *ui_access_get(f.u);
    a.theme = theme;
    a.text = text;
    ui_access_set(f.u, &a);
    fail_with = k == SHOT_FAILED ? long_reason : NULL;
    drop(&f, k == SHOT_NOT_PACK ? "/tmp/mon-niveau.lua" : "/home/prof/club-info.vigie");
    if (k == SHOT_DONE || k == SHOT_FAILED) press(&f, SDLK_RETURN);
    gfx_text_cut_stats before, after;
    ui_draw(f.u, f.now); /* a new screen finds its size: the frames after are as shown */
    gfx_text_cuts(f.g, &before);
    gfx_boxes_log(f.g, true);
    ui_draw(f.u, f.now);
    gfx_text_cuts(f.g, &after);
    unsigned overlaps = gfx_boxes_overlaps(f.g);
    gfx_boxes_log(f.g, false);
    cr_expect_eq(after.cut + after.overflow, before.cut + before.overflow,
                 "%dx%d %s theme %d text %d kind %d: a text cut (\"%s\")", w, h,
                 lang == GAME_LANG_FR ? "fr" : "en", theme, text, k, after.last);
    cr_expect_eq(overlaps, 0, "%dx%d theme %d text %d kind %d: %u texts overlap", w, h, theme, text,
                 k, overlaps);
    const char *keep = getenv("VIGIE_DROP_SHOTS"); /* a folder to look at them all in */
    if (name || (keep && *keep)) {
        char out[512], err[256];
        snprintf(out, sizeof out, "%s/%s-%d-%dx%d-%s-t%d-s%d.png", f.tmp, name ? name : "drop", k,
                 w, h, lang == GAME_LANG_FR ? "fr" : "en", theme, text);
        cr_assert(gfx_save_png(f.g, out, err, sizeof err), "%s", err);
        if (keep && *keep) {
            char cmd[1200];
            snprintf(cmd, sizeof cmd, "cp '%s' '%s/'", out, keep);
            cr_assert_eq(system(cmd), 0);
        }
        if (name) golden_compare(name, out);
    }
    fx_close(&f);
}

Test(drop_ui, the_dialog_asks_golden)
{
    shot(1280, 720, GAME_LANG_FR, UI_THEME_DARK, UI_TEXT_NORMAL, SHOT_ASK, "drop-ask-1280x720-fr");
}

Test(drop_ui, the_dialog_says_it_is_installed_golden)
{
    shot(1024, 768, GAME_LANG_EN, UI_THEME_DARK, UI_TEXT_NORMAL, SHOT_DONE,
         "drop-done-1024x768-en");
}

Test(drop_ui, the_dialog_says_why_it_failed_golden)
{
    shot(1024, 768, GAME_LANG_FR, UI_THEME_DARK, UI_TEXT_NORMAL, SHOT_FAILED,
         "drop-failed-1024x768-fr");
}

/* Every state in both languages, the three themes, the three text sizes, both screen sizes:
 * nothing cut, nothing overlapping. Under the sanitizers, a share of them. */
Test(drop_ui, every_state_fits_in_every_theme_size_and_language, .timeout = 300)
{
    static const int sizes[2][2] = {{1024, 768}, {1280, 720}};
    int n = 0;
    for (int k = 0; k < 4; k++)
        for (int s = 0; s < 2; s++)
            for (int l = 0; l < 2; l++) {
                int i = n++;
                ui_theme_id theme = (ui_theme_id)(i % UI_THEME_COUNT);
                ui_text_size text = (ui_text_size)((i / 3) % UI_TEXT_COUNT);
                if (TEST_SANITIZED && (i + (int)test_name_hash("drop")) % 4) continue;
                /* the largest text on each, for what overflows first */
                shot(sizes[s][0], sizes[s][1], (game_lang)l, theme, text, (shot_kind)k, NULL);
                if (text != UI_TEXT_LARGER)
                    shot(sizes[s][0], sizes[s][1], (game_lang)l, theme, UI_TEXT_LARGER,
                         (shot_kind)k, NULL);
            }
}
