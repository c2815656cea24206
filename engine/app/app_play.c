/* app_play.c — the window and its event loop, and `vigie shot`.
 * The loop is event-driven: it draws when the ui says something changed or moves, and
 * otherwise sleeps in SDL_WaitEventTimeout, so an idle screen costs next to no CPU.
 */
#include "app.h"
#include "app_drop.h"
#include "app_outfile.h"
#include "app_term.h"
#include "app_watch.h"
#include "script/script.h"
#include "store/store.h"

#include <SDL.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

typedef struct {
    const char *levels_dir;
    const char *open;
    game_lang lang;
    bool fullscreen;
    int w, h;
    int volume;
    bool mute;
    gfx_renderer_kind renderer;
    uint64_t seed;
    bool has_seed;
    const char *db;
    const char *session;
    bool no_save;
    app_access_opts access; /* --text-size, --theme, … (app_access.c) */
    uint64_t question;      /* --question N: 1-based; 0 none */
    app_kiosk_opts kiosk;
} play_opts;

static bool parse_renderer(const char *s, gfx_renderer_kind *k)
{
    if (strcmp(s, "auto") == 0)
        *k = GFX_RENDERER_AUTO;
    else if (strcmp(s, "software") == 0)
        *k = GFX_RENDERER_SOFTWARE;
    else if (strcmp(s, "accelerated") == 0 || strcmp(s, "gpu") == 0)
        *k = GFX_RENDERER_ACCELERATED;
    else
        return false;
    return true;
}

static int parse_play(int argc, char **argv, play_opts *o)
{
    *o = (play_opts){.lang = app_lang_from_env(), .w = 1280, .h = 720, .volume = 80};
    const char *env = getenv("VIGIE_RENDERER");
    if (env && *env && !parse_renderer(env, &o->renderer))
        fprintf(stderr, "vigie: VIGIE_RENDERER=%s is not auto, software or accelerated\n", env);
    int took;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--levels") == 0 && v)
            o->levels_dir = argv[++i];
        else if (strcmp(a, "--open") == 0 && v)
            o->open = argv[++i];
        else if (strcmp(a, "--fullscreen") == 0)
            o->fullscreen = true;
        else if (strcmp(a, "--mute") == 0)
            o->mute = true;
        else if (strcmp(a, "--lang") == 0 && v && game_lang_parse(v, &o->lang))
            i++;
        else if (strcmp(a, "--size") == 0 && v && app_parse_size(v, &o->w, &o->h))
            i++;
        else if (strcmp(a, "--volume") == 0 && v) {
            o->volume = atoi(argv[++i]);
            if (o->volume < 0 || o->volume > 100) {
                fprintf(stderr, "vigie: --volume takes 0 to 100\n");
                return 2;
            }
        } else if (strcmp(a, "--db") == 0 && v)
            o->db = argv[++i];
        else if (strcmp(a, "--session") == 0 && v && *v && strlen(v) <= 120)
            o->session = argv[++i];
        else if (strcmp(a, "--no-save") == 0)
            o->no_save = true;
        else if (strcmp(a, "--renderer") == 0 && v && parse_renderer(v, &o->renderer))
            i++;
        else if (strcmp(a, "--seed") == 0 && v && app_parse_u64(v, &o->seed)) {
            o->has_seed = true;
            i++;
        } else if (strcmp(a, "--kiosk") == 0)
            o->kiosk.kiosk = true;
        else if (strcmp(a, "--no-kiosk") == 0)
            o->kiosk.no_kiosk = true;
        else if (strcmp(a, "--kiosk-pack") == 0 && v) {
            if (!app_kiosk_pack_valid(v)) {
                fprintf(stderr, "vigie: --kiosk-pack takes a pack's id (letters, digits, - _)\n");
                return APP_USAGE;
            }
            o->kiosk.pack = argv[++i];
        } else if (strcmp(a, "--operator-pin") == 0 && v) {
            if (!app_kiosk_pin_valid(v)) {
                fprintf(stderr, "vigie: --operator-pin takes 4 to 8 digits\n");
                return APP_USAGE;
            }
            o->kiosk.pin = argv[++i];
        } else if (strcmp(a, "--idle-reset") == 0 && v) {
            if (!app_kiosk_idle_valid(v, &o->kiosk.idle_reset)) {
                fprintf(stderr, "vigie: --idle-reset takes 15 to 3600 seconds (got \"%s\")\n", v);
                return APP_USAGE;
            }
            i++;
        } else if (strcmp(a, "--help-url") == 0 && v) {
            if (!app_kiosk_url_valid(v)) {
                fprintf(stderr, "vigie: --help-url takes an http:// or https:// address of at "
                                "most 200 characters\n");
                return APP_USAGE;
            }
            o->kiosk.help_url = argv[++i];
        } else if (strcmp(a, "--question") == 0 && v) {
            if (!app_parse_u64(v, &o->question) || o->question < 1) {
                fprintf(stderr, "vigie: --question counts from 1 (got \"%s\")\n", v);
                return APP_USAGE;
            }
            i++;
        } else if ((took = app_access_option(argc, argv, i, &o->access)) != 0) {
            if (took < 0) return APP_USAGE;
            i += took - 1;
        } else {
            fprintf(stderr, "vigie: bad or unknown option \"%s\" (try vigie --help)\n", a);
            return APP_USAGE;
        }
    }
    if (o->kiosk.kiosk && o->kiosk.no_kiosk) {
        fprintf(stderr, "vigie: --kiosk or --no-kiosk, not both\n");
        return APP_USAGE;
    }
    if (o->kiosk.kiosk && o->open) {
        fprintf(stderr, "vigie: --kiosk plays a pack (--kiosk-pack), not --open LEVEL\n");
        return APP_USAGE;
    }
    if (o->question && !o->open) {
        fprintf(stderr, "vigie: --question goes with --open LEVEL\n");
        return APP_USAGE;
    }
    return 0;
}

/* Reloads level i of pack p; the ui restarts it at its question, or shows the error. */
static void reload_level(app_levels *levels, ui *u, size_t p, size_t i, uint64_t seed)
{
    void *old = NULL;
    game_error err = {0};
    uint64_t now = SDL_GetTicks64();
    if (app_levels_reload(levels, p, i, seed, &old, &err)) {
        ui_level_reloaded(u, p, i, now);
        script_level_unload(old);
    } else {
        ui_reload_failed(u, &err, now);
    }
}

/* A saved file: reload its level, or every level of its pack for a pack.lua. */
static void file_saved(app_levels *levels, ui *u, const char *path, uint64_t seed)
{
    size_t p, i;
    bool all;
    if (!app_levels_find(levels, path, &p, &i, &all)) return;
    if (!all) {
        reload_level(levels, u, p, i, seed);
        return;
    }
    for (size_t k = 0; k < levels->packs[p].nlevels; k++) reload_level(levels, u, p, k, seed);
}

/* VIGIE_BENCH=first-frame exits after the first frame; redraw:N redraws N more times. */
static long bench_mode(void)
{
    const char *b = getenv("VIGIE_BENCH");
    if (!b || !*b) return -1;
    if (strcmp(b, "first-frame") == 0) return 0;
    if (strncmp(b, "redraw:", 7) == 0) return atol(b + 7);
    return -1;
}

/* The kiosk's pack: by its id among the packs loaded; false after saying which there are. */
static bool kiosk_pack_found(const app_levels *lv, const char *id, const char *dir)
{
    for (size_t i = 0; i < lv->npacks; i++)
        if (lv->packs[i].id && !strcmp(lv->packs[i].id, id)) return true;
    fprintf(stderr, "vigie: --kiosk: no pack \"%s\" in %s (packs:", id, dir);
    for (size_t i = 0; i < lv->npacks; i++)
        fprintf(stderr, " %s", lv->packs[i].id ? lv->packs[i].id : "?");
    fprintf(stderr, "%s); give --kiosk-pack ID\n", lv->npacks ? "" : " none");
    return false;
}

/* The pointer hides after this long without moving, in a kiosk (a touch screen shows none). */
enum { KIOSK_POINTER_MS = 3000 };

int app_cmd_play(int argc, char **argv)
{
    play_opts o;
    int st = parse_play(argc, argv, &o);
    if (st) return st;
    uint64_t seed = o.has_seed ? o.seed : (uint64_t)time(NULL);
    /* The levels first (no window needed): a --question past the level's end is a usage
     * error, said before a window opens. */
    app_levels levels;
    const char *dir = o.levels_dir ? o.levels_dir : app_default_levels_dir();
    if (o.open)
        app_levels_load_file(&levels, o.open, seed);
    else /* the game's packs, then the player's installed ones (vigie install) */
        app_levels_load_with(&levels, dir, app_installed_levels_dir(), seed);
    if (o.question && levels.npacks && levels.packs[0].nlevels && levels.packs[0].levels[0].level) {
        size_t nq = levels.packs[0].levels[0].level->nquestions;
        if (o.question > nq) {
            fprintf(stderr, "vigie: --question %llu: %s has %zu question%s\n",
                    (unsigned long long)o.question, o.open, nq, nq == 1 ? "" : "s");
            app_levels_unload(&levels);
            return APP_USAGE;
        }
    }
    game_catalog cat;
    game_error gerr = {0};
    if (!script_catalog_load(&cat, &gerr)) {
        fprintf(stderr, "vigie: %s: %s\n", gerr.file, gerr.message);
        app_levels_unload(&levels);
        return 1;
    }

    /* Kept results: one connection to read the boards (and the settings), one for the
     * writer's thread; opened before the window, whose kiosk the settings may ask for. */
    store *reader = NULL;
    store_writer *writer = NULL;
    char notice[1500] = "", moved[1100] = "";
    if (!o.no_save) {
        char path[PATH_MAX]; /* longer than SQLite takes: the store says so in its words */
        game_error derr = {0};
        if (!app_db_path(o.db, path, sizeof path)) {
            if (o.db && *o.db) /* the store's words for a path SQLite cannot take */
                snprintf(derr.message, sizeof derr.message,
                         "the database's path is too long (%zu bytes; at most %zu)", strlen(o.db),
                         sizeof path - 1);
            else
                snprintf(derr.message, sizeof derr.message, "%s",
                         "no place for the database (set HOME or XDG_DATA_HOME, or give "
                         "--db PATH)");
        } else if ((reader = store_open(path, moved, sizeof moved, &derr))) {
            store *w = store_open_peer(reader, &derr);
            writer = w ? store_writer_start(w) : NULL;
        }
        if (!writer) {
            store_close(reader);
            reader = NULL;
            game_catalog_fmt(&cat, o.lang, "db.none", derr.message, NULL, NULL, notice,
                             sizeof notice);
            fprintf(stderr, "vigie: %s\n", notice);
        }
    }
    if (reader && moved[0]) { /* told once, in the player's language */
        game_catalog_fmt(&cat, o.lang, "db.moved", moved, NULL, NULL, notice, sizeof notice);
        fprintf(stderr, "vigie: %s\n", notice);
    }
    ui_config cfg = {.lang = o.lang, .seed = seed, .skip_title = o.open != NULL};
    app_access_load(reader, &o.access, &cfg.access); /* kept, then the options over them */
    app_access_font_check(&cfg.access);
    app_kiosk_strings kstr;
    st = app_kiosk_config(reader, &o.kiosk, &kstr, &cfg.kiosk);
    if (!st && cfg.kiosk.on && !kiosk_pack_found(&levels, cfg.kiosk.pack_id, dir)) st = 2;
    if (st) {
        store_writer_stop(writer);
        store_close(reader);
        game_catalog_deinit(&cat);
        app_levels_unload(&levels);
        return st;
    }
    bool kiosk = cfg.kiosk.on;

    /* A window's close (its button, Alt+F4) comes as a window event, and SDL_QUIT only from a
     * signal (SIGTERM, SIGINT): a kiosk refuses the first and obeys the second. */
    SDL_SetHint(SDL_HINT_QUIT_ON_LAST_WINDOW_CLOSE, "0");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        fprintf(stderr, "vigie: cannot start SDL: %s\n", SDL_GetError());
        st = 1;
        goto out_early;
    }
    /* No display: SDL falls back to its offscreen driver and the game would run unseen, for
     * ever. Said and stopped, unless that driver was asked for (SDL_VIDEODRIVER, as tests do). */
    const char *driver = SDL_GetCurrentVideoDriver();
    const char *asked = SDL_getenv("SDL_VIDEODRIVER");
    if (driver && (!strcmp(driver, "offscreen") || !strcmp(driver, "dummy")) &&
        !(asked && *asked)) {
        fprintf(
            stderr, "vigie: %s\n",
            o.lang == GAME_LANG_FR
                ? "aucun écran pour ouvrir la fenêtre (DISPLAY et WAYLAND_DISPLAY sont vides) : "
                  "lancez Vigie dans une session graphique ; sans écran, vigie check, run et "
                  "shot fonctionnent"
                : "no display to open a window on (DISPLAY and WAYLAND_DISPLAY are not set): "
                  "run Vigie in a desktop session; without one, vigie check, run and shot "
                  "work");
        SDL_Quit();
        st = 1;
        goto out_early;
    }
    char err[512];
    gfx *g =
        gfx_create_window("Vigie", o.w, o.h, o.fullscreen || kiosk, o.renderer, err, sizeof err);
    if (!g) {
        fprintf(stderr, "vigie: %s\n", err);
        SDL_Quit();
        st = 1;
        goto out_early;
    }
    if (kiosk) SDL_DisableScreenSaver(); /* a stand's screen stays on all day */
    audio *snd = audio_create(o.volume);
    app_voice *voice = app_voice_create(snd, &cfg.voice); /* eSpeak starts at its first say */
    if (o.mute) audio_toggle_mute(snd);
    app_records records = {reader, writer};
    cfg.records = app_records_ui(&records);
    cfg.session = o.session;
    cfg.notice = notice;
    ui *u = ui_create(g, snd, &cat, levels.packs, levels.npacks, &cfg);
    if (o.open && u && o.question) {
        /* Straight to question N: editing question 6 does not mean playing 1 to 5. */
        ui_open_level_at(u, 0, 0, (size_t)o.question - 1, SDL_GetTicks64());
    } else if (o.open && u) {
        uint64_t now = SDL_GetTicks64();
        ui_open_level(u, 0, 0, now);
        /* Straight to the first question: a trainer trying a level wants to play it. */
        input_event enter = {.type = INPUT_KEY, .key = INPUT_KEY_ENTER};
        ui_input(u, &enter, now);
    }

    /* Hot reload: a saved level file wakes the loop with this event (not in a kiosk). */
    Uint32 saved_event = SDL_RegisterEvents(1);
    app_watch *watch = NULL;
    if (saved_event != (Uint32)-1 && bench_mode() < 0 && !kiosk)
        watch = app_watch_start((const char *const *)levels.dirs, levels.npacks, saved_event);

    /* A .vigie file dropped on the window: installed, and the menu's packs loaded again. */
    app_drop drop = {.levels = &levels, .dir = o.open ? NULL : dir, .seed = seed, .g = g};

    long bench = bench_mode();
    long redraws = 0;
    bool pads = false;                      /* gamepads opened: after the first frame */
    uint64_t pointer_at = SDL_GetTicks64(); /* the mouse last moved */
    bool pointer_shown = true;
    uint64_t due = 0, never = UINT64_MAX;
    bool signalled = false;
    while (u && !ui_quit_requested(u) && !signalled) {
        uint64_t now = SDL_GetTicks64();
        ui_update(u, now);
        if (ui_take_dirty(u) || bench > 0) due = now;
        if (due <= now) {
            ui_draw(u, now);
            gfx_present(g);
            if (bench == 0 || (bench > 0 && redraws++ >= bench)) break;
            int w = ui_wait_ms(u, now);
            due = w < 0 ? never : now + (uint64_t)(w > 0 ? w : 1);
        } else {
            int w = ui_wait_ms(u, now);
            if (w >= 0 && now + (uint64_t)w < due) due = now + (uint64_t)w;
        }
        /* Gamepads and buzzers (duels): opened once the first frame is up, so that looking for
         * them never delays it; plugged in later, SDL says so. */
        if (!pads && bench < 0) {
            pads = true;
            if (SDL_InitSubSystem(SDL_INIT_GAMECONTROLLER) != 0)
                fprintf(stderr, "vigie: no gamepads: %s\n", SDL_GetError());
        }
        /* A kiosk's pointer hides once unused (and the loop wakes to hide it). */
        if (kiosk && pointer_shown) {
            uint64_t hide = pointer_at + KIOSK_POINTER_MS;
            if (hide <= now) {
                SDL_ShowCursor(SDL_DISABLE);
                pointer_shown = false;
            } else if (hide < due)
                due = hide;
        }
        /* A sound still playing: look again soon, to pause the device when it ends. */
        if (audio_update(snd) && now + 150 < due) due = now + 150;
        SDL_Event ev;
        int got;
        if (bench > 0)
            got = SDL_PollEvent(&ev);
        else if (due == never)
            got = SDL_WaitEvent(&ev);
        else
            got = SDL_WaitEventTimeout(&ev, (int)(due > now ? due - now : 0));
        int ww, wh, dw, dh;
        while (got) {
            SDL_GetWindowSize(gfx_window(g), &ww, &wh);
            SDL_GetRendererOutputSize(SDL_GetRenderer(gfx_window(g)), &dw, &dh);
            float scale = ww > 0 ? (float)dw / (float)ww : 1.0f;
            input_event ie;
            input_pads_event(&ev);
            if (ev.type == SDL_QUIT && kiosk) {
                signalled = true; /* SIGTERM from a terminal (or systemd): a clean stop */
                break;
            }
            if (kiosk && ev.type == SDL_MOUSEMOTION && ev.motion.which != SDL_TOUCH_MOUSEID) {
                pointer_at = SDL_GetTicks64();
                if (!pointer_shown) SDL_ShowCursor(SDL_ENABLE);
                pointer_shown = true;
            }
            if (ev.type == saved_event) {
                file_saved(&levels, u, ev.user.data1, seed);
                free(ev.user.data1);
            } else if (app_drop_event(&drop, u, &ev, SDL_GetTicks64())) {
                /* taken (and its string freed); the ui shows what it makes of it */
            } else if (input_from_sdl(&ev, ww, wh, scale, &ie)) {
                if (ie.type == INPUT_RESIZED) gfx_resized(g);
                ui_input(u, &ie, SDL_GetTicks64());
                if (app_drop_poll(&drop, u, SDL_GetTicks64()) && watch) {
                    /* the packs were loaded again: their folders watched anew */
                    app_watch_stop(watch);
                    watch = app_watch_start((const char *const *)levels.dirs, levels.npacks,
                                            saved_event);
                }
                size_t rp, ri;
                if (ui_take_reload_request(u, &rp, &ri)) reload_level(&levels, u, rp, ri, seed);
                if (ui_take_host_request(u, &rp, &ri)) {
                    /* "Classe en direct": the room in this window, back to the menu after */
                    char kept[64];
                    app_host_in_window(g, snd, levels.packs[rp].levels[ri].path, ui_lang(u), o.db,
                                       o.no_save, kept, sizeof kept);
                    if (kept[0]) ui_set_session(u, kept); /* R: what the class missed */
                    input_event shown = {.type = INPUT_EXPOSED};
                    ui_input(u, &shown, SDL_GetTicks64());
                }
            }
            got = SDL_PollEvent(&ev);
        }
    }
    app_watch_stop(watch);
    ui_destroy(u);
    input_pads_close_all();
    app_voice_destroy(voice);
    audio_destroy(snd);
    gfx_destroy(g);
    SDL_Quit();
out_early:
    store_writer_stop(writer); /* the last answers committed, the log checkpointed */
    store_close(reader);
    app_levels_unload(&levels);
    game_catalog_deinit(&cat);
    return st;
}

/* ==== shot ================================================================= */

int app_cmd_shot(int argc, char **argv)
{
    const char *level = NULL, *out = NULL, *phase = "question", *answers = NULL;
    const char *db = NULL, *session = NULL, *nick = NULL;
    double at = 0;
    size_t question = 1;
    int w = 1280, h = 720;
    ui_answer answer = UI_ANSWER_RIGHT;
    uint64_t seed = 1;
    game_lang lang = app_lang_from_env();
    app_access_opts access = {0};
    int took;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if ((took = app_access_option(argc, argv, i, &access)) != 0) {
            if (took < 0) return 2;
            i += took - 1;
        } else if (strcmp(a, "--out") == 0 && v)
            out = argv[++i];
        else if (strcmp(a, "--phase") == 0 && v)
            phase = argv[++i];
        else if (strcmp(a, "--question") == 0 && v) {
            question = (size_t)atol(argv[++i]);
            if (question < 1) {
                fprintf(stderr, "vigie shot: --question counts from 1\n");
                return 2;
            }
        } else if (strcmp(a, "--size") == 0 && v) {
            if (!app_parse_size(argv[++i], &w, &h)) {
                fprintf(stderr, "vigie shot: --size takes WxH, like 1280x720\n");
                return 2;
            }
        } else if (strcmp(a, "--lang") == 0 && v) {
            if (!game_lang_parse(argv[++i], &lang)) {
                fprintf(stderr, "vigie shot: --lang takes fr or en\n");
                return 2;
            }
        } else if (strcmp(a, "--answer") == 0 && v) {
            const char *x = argv[++i];
            if (strcmp(x, "right") == 0)
                answer = UI_ANSWER_RIGHT;
            else if (strcmp(x, "wrong") == 0)
                answer = UI_ANSWER_WRONG;
            else if (strcmp(x, "timeout") == 0)
                answer = UI_ANSWER_TIMEOUT;
            else {
                fprintf(stderr, "vigie shot: --answer takes right, wrong or timeout\n");
                return 2;
            }
        } else if (strcmp(a, "--seed") == 0 && v) {
            if (!app_parse_u64(argv[++i], &seed)) {
                fprintf(stderr, "vigie shot: --seed takes a whole number\n");
                return 2;
            }
        } else if (strcmp(a, "--answers") == 0 && v) {
            answers = argv[++i];
        } else if (strcmp(a, "--db") == 0 && v) {
            db = argv[++i];
        } else if (strcmp(a, "--session") == 0 && v) {
            session = argv[++i];
        } else if (strcmp(a, "--nick") == 0 && v) {
            nick = argv[++i];
        } else if (strcmp(a, "--at") == 0 && v) {
            char *end;
            at = strtod(argv[++i], &end);
            if (*end || !(at > 0 && at <= 3600)) {
                fprintf(stderr, "vigie shot: --at takes seconds of game time, like 2.5\n");
                return 2;
            }
        } else if (a[0] != '-' && !level)
            level = a;
        else {
            fprintf(stderr, "vigie shot: unexpected argument \"%s\"\n", a);
            return 2;
        }
    }
    static const char *const phases[] = {"title",    "menu",    "intro",    "question",
                                         "feedback", "results", "error",    "nick",
                                         "scores",   "report",  "settings", NULL};
    bool known = false;
    for (const char *const *p = phases; *p; p++) known = known || strcmp(*p, phase) == 0;
    if (!level || !out || !known) {
        return APP_USAGE;
    }
    char err[PATH_MAX + 512];
    if (!app_outfile_check(out, err, sizeof err)) { /* before anything slow: at once */
        app_term_line(stderr, "vigie shot: %s", err);
        return 1;
    }
    gfx *g = gfx_create_offscreen(w, h, err, sizeof err);
    if (!g) {
        fprintf(stderr, "vigie shot: %s\n", err);
        return 1;
    }
    game_catalog cat;
    game_error gerr = {0};
    int status = 1;
    if (!script_catalog_load(&cat, &gerr)) {
        fprintf(stderr, "vigie shot: %s\n", gerr.message);
        gfx_destroy(g);
        return 1;
    }
    app_levels levels;
    struct stat st;
    if (stat(level, &st) == 0 && S_ISDIR(st.st_mode))
        app_levels_load(&levels, level, seed); /* a levels folder: the menu shows its packs */
    else
        app_levels_load_file(&levels, level, seed);
    ui_config cfg = {.lang = lang, .seed = seed, .session = session};
    /* the options alone: a shot is the same on every machine, whatever was kept there */
    app_access_load(NULL, &access, &cfg.access);
    app_access_font_check(&cfg.access);
    /* --db shows what a database holds (boards, records, a report) and writes nothing to it */
    store *reader = NULL;
    if (db && !(reader = app_store_read(db, false))) {
        game_catalog_deinit(&cat);
        app_levels_unload(&levels);
        gfx_destroy(g);
        return 1;
    }
    app_records records = {reader, NULL};
    cfg.records = app_records_ui(&records);
    ui *u = ui_create(g, NULL, &cat, levels.packs, levels.npacks, &cfg);
    if (u && nick) ui_goto_nick(u, nick);
    uint64_t now = 100000;
    /* A mini-game plays what the answers file scripts for its question. */
    game_scripted *script = NULL;
    size_t nscript = 0;
    bool ready = u != NULL;
    if (ready && answers) {
        const ui_level *l =
            levels.npacks && levels.packs[0].nlevels ? &levels.packs[0].levels[0] : NULL;
        if (!l || !l->level)
            ready = game_error_set(&gerr, level, 0, "--answers needs a level that loads");
        else
            ready = script_answers_load(answers, l->level, &script, &nscript, &gerr);
        if (ready && question <= nscript)
            ui_goto_play(u, script[question - 1].steps, script[question - 1].nsteps,
                         (uint32_t)(at * 1000 + 0.5));
    } else if (ready) {
        ui_goto_play(u, NULL, 0, (uint32_t)(at * 1000 + 0.5));
    }
    if (ready && ui_goto(u, phase, question, answer, &now, &gerr)) {
        ui_draw(u, now);
        /* whole or not at all: a full disk leaves no cut picture, and exits 1 */
        static const unsigned char iend[] = {0,   0,   0,    0,    'I',  'E',
                                             'N', 'D', 0xae, 0x42, 0x60, 0x82};
        app_outfile of;
        if (app_outfile_begin(&of, out, err, sizeof err) &&
            app_outfile_end(&of, gfx_save_png(g, of.tmp, err, sizeof err), iend, sizeof iend, err,
                            sizeof err))
            status = 0;
        else
            app_term_line(stderr, "vigie shot: %s", err);
    } else {
        app_term_line(stderr, "%s:%d: %s", gerr.file[0] ? gerr.file : level,
                      gerr.line > 0 ? gerr.line : 1, gerr.message);
    }
    ui_destroy(u);
    store_close(reader);
    script_answers_free(script, nscript);
    app_levels_unload(&levels);
    game_catalog_deinit(&cat);
    gfx_destroy(g);
    return status;
}
