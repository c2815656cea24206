/* app_host.c — `vigie host LEVEL|PACK`: the live classroom. The teacher's window (or, with
 * --headless, a terminal and one JSON line per event on standard output) runs the room; the
 * network thread serves the students' page and their answers. See docs/classroom.md.
 */
#include "app.h"
#include "app_host.h"
#include "app_term.h"
#include "script/script.h"
#include "store/store.h"
#include "ui/ui_host.h"

#include <SDL.h>
#include <jansson.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <spawn.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

typedef struct {
    const char *path;
    bool headless, auto_run, untimed, no_save, has_seed, fullscreen, reduced_motion;
    game_pace pace; /* --time 1.5|2 (untimed: the bool above) */
    unsigned port, max_players, players;
    const char *bind, *db;
    uint64_t mockup; /* --mockup N: draw question N for phones, then exit */
    const char *out;
    uint32_t reveal_ms;
    game_lang lang;
    uint64_t seed;
    int w, h;
} host_opts;

static bool parse_uint(const char *s, unsigned long max, unsigned long *out)
{
    uint64_t v;
    if (!s || !app_parse_u64(s, &v) || v > max) return false;
    *out = (unsigned long)v;
    return true;
}

static int parse_host(int argc, char **argv, host_opts *o)
{
    *o = (host_opts){.port = 8080,
                     .max_players = NET_PLAYERS_MAX,
                     .players = 1,
                     .reveal_ms = 3000,
                     .lang = app_lang_from_env(),
                     .w = 1280,
                     .h = 720};
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        unsigned long n;
        if (strcmp(a, "--headless") == 0)
            o->headless = true;
        else if (strcmp(a, "--auto") == 0)
            o->auto_run = true;
        else if (strcmp(a, "--untimed") == 0) /* --time untimed's alias */
            o->untimed = true, o->pace = GAME_PACE_NORMAL;
        else if (strcmp(a, "--time") == 0 && v && game_pace_parse(v, &o->pace)) {
            o->untimed = o->pace == GAME_PACE_UNTIMED;
            if (o->untimed) o->pace = GAME_PACE_NORMAL;
            i++;
        } else if (strcmp(a, "--no-save") == 0)
            o->no_save = true;
        else if (strcmp(a, "--reduced-motion") == 0)
            o->reduced_motion = true;
        else if (strcmp(a, "--fullscreen") == 0)
            o->fullscreen = true;
        else if (strcmp(a, "--port") == 0 && parse_uint(v, 65535, &n)) {
            o->port = (unsigned)n;
            i++;
        } else if (strcmp(a, "--bind") == 0 && v && *v && strlen(v) < 64) {
            o->bind = argv[++i];
        } else if (strcmp(a, "--max-players") == 0 && parse_uint(v, 5000, &n) && n > 0) {
            o->max_players = (unsigned)n;
            i++;
        } else if (strcmp(a, "--players") == 0 && parse_uint(v, 5000, &n) && n > 0) {
            o->players = (unsigned)n;
            i++;
        } else if (strcmp(a, "--reveal-ms") == 0 && parse_uint(v, 600000, &n)) {
            o->reveal_ms = (uint32_t)n;
            i++;
        } else if (strcmp(a, "--lang") == 0 && v && game_lang_parse(v, &o->lang)) {
            i++;
        } else if (strcmp(a, "--seed") == 0 && v && app_parse_u64(v, &o->seed)) {
            o->has_seed = true;
            i++;
        } else if (strcmp(a, "--size") == 0 && v && app_parse_size(v, &o->w, &o->h)) {
            i++;
        } else if (strcmp(a, "--db") == 0 && v) {
            o->db = argv[++i];
        } else if (strcmp(a, "--mockup") == 0 && v && app_parse_u64(v, &o->mockup) && o->mockup) {
            i++;
        } else if (strcmp(a, "--out") == 0 && v) {
            o->out = argv[++i];
        } else if (a[0] != '-' && !o->path) {
            o->path = a;
        } else {
            fprintf(stderr, "vigie host: bad or unknown option \"%s\"\n", a);
            return APP_USAGE;
        }
    }
    if (!o->path) {
        fprintf(stderr, "vigie host: which level or pack? (vigie host LEVEL.lua|PACK)\n");
        return APP_USAGE;
    }
    if (!o->mockup != !o->out) {
        fprintf(stderr, "vigie host: --mockup N goes with --out FILE.png\n");
        return APP_USAGE;
    }
    return 0;
}

static uint64_t mono_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

/* ==== the mock-ups drawn for phones ======================================== */

enum { PHONE_W = 720 }; /* a 360-px phone at twice its density */

/* `vigie host LEVEL --mockup N --out FILE.png`: draws question N's mock-up as the phones get it
 * into FILE and prints its size and its parts' places as one JSON line. The room runs it as a
 * process of its own for each hotspot question, so that drawing (a picture of several MiB, the
 * fonts' caches, the PNG encoder) never weighs on the memory of a room of 500. */
static int draw_phone_mockup(const char *level, size_t n, game_lang lang, const char *out)
{
    app_levels levels;
    app_levels_load_file(&levels, level, 1);
    const game_level *lv =
        levels.npacks && levels.packs[0].nlevels ? levels.packs[0].levels[0].level : NULL;
    if (!lv || n < 1 || n > lv->nquestions || lv->questions[n - 1].kind != GAME_KIND_HOTSPOT) {
        fprintf(stderr, "vigie host: --mockup %zu: %s has no such hotspot question\n", n, level);
        app_levels_unload(&levels);
        return 1;
    }
    game_catalog cat;
    game_error gerr = {0};
    char err[300];
    gfx *off = NULL;
    int st = 1, h = 0;
    float rects[GAME_MAX_PARTS][4] = {{0}};
    void *png = NULL;
    size_t len = 0;
    if (!script_catalog_load(&cat, &gerr)) {
        fprintf(stderr, "vigie host: %s\n", gerr.message);
        app_levels_unload(&levels);
        return 1;
    }
    const game_question *q = &lv->questions[n - 1];
    if ((off = gfx_create_offscreen(PHONE_W, 3 * PHONE_W, err, sizeof err)) &&
        ui_host_mockup(off, &cat, q, lang, PHONE_W, &h, rects) &&
        gfx_png_bytes(off, h, &png, &len)) {
        FILE *f = fopen(out, "wb");
        if (f && fwrite(png, 1, len, f) == len && fclose(f) == 0) {
            json_t *parts = json_array();
            for (size_t i = 0; i < q->nparts; i++)
                json_array_append_new(parts, json_pack("[f,f,f,f]", rects[i][0], rects[i][1],
                                                       rects[i][2], rects[i][3]));
            json_t *o = json_pack("{s:i,s:i,s:o}", "w", PHONE_W, "h", h, "parts", parts);
            char *line = o ? json_dumps(o, JSON_COMPACT) : NULL;
            if (line) printf("%s\n", line);
            free(line);
            json_decref(o);
            st = 0;
        } else {
            if (f) fclose(f);
            fprintf(stderr, "vigie host: %s: %s\n", out, strerror(errno));
        }
    } else {
        fprintf(stderr, "vigie host: cannot draw question %zu's mock-up%s%s\n", n, off ? "" : ": ",
                off ? "" : err);
    }
    free(png);
    gfx_destroy(off);
    game_catalog_deinit(&cat);
    app_levels_unload(&levels);
    return st;
}

/* The room's side: runs this very program with --mockup and reads what it drew. */
static bool make_mockup(void *ud, const char *level_path, size_t question, game_lang lang,
                        void **png, size_t *len, int *w, int *h, float rects[][4])
{
    (void)ud;
    char self[PATH_MAX], tmp[] = "/tmp/vigie-mockup-XXXXXX", num[24];
    ssize_t sl = readlink("/proc/self/exe", self, sizeof self - 1);
    if (sl <= 0) return false;
    self[sl] = '\0';
    int fd = mkstemp(tmp);
    if (fd < 0) return false;
    close(fd);
    snprintf(num, sizeof num, "%zu", question + 1);
    char *args[] = {"vigie", "host",   (char *)level_path,           "--mockup",
                    num,     "--lang", (char *)game_lang_code(lang), "--out",
                    tmp,     NULL};
    int out[2];
    bool ok = false;
    if (pipe(out) != 0) {
        unlink(tmp);
        return false;
    }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, out[1], 1);
    posix_spawn_file_actions_addclose(&fa, out[0]);
    pid_t pid;
    extern char **environ;
    int sp = posix_spawn(&pid, self, &fa, NULL, args, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(out[1]);
    char buf[8192];
    size_t got = 0;
    ssize_t r;
    while (sp == 0 && got < sizeof buf - 1 &&
           ((r = read(out[0], buf + got, sizeof buf - 1 - got)) > 0 || (r < 0 && errno == EINTR)))
        if (r > 0) got += (size_t)r;
    buf[got] = '\0';
    close(out[0]);
    int status = 1;
    if (sp == 0)
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
    json_t *o =
        sp == 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0 ? json_loads(buf, 0, NULL) : NULL;
    json_t *parts = o ? json_object_get(o, "parts") : NULL;
    if (o && json_is_array(parts) && json_array_size(parts) <= GAME_MAX_PARTS) {
        *w = (int)json_integer_value(json_object_get(o, "w"));
        *h = (int)json_integer_value(json_object_get(o, "h"));
        for (size_t i = 0; i < json_array_size(parts); i++)
            for (size_t k = 0; k < 4; k++)
                rects[i][k] = (float)json_number_value(json_array_get(json_array_get(parts, i), k));
        FILE *f = fopen(tmp, "rb");
        long size = f && fseek(f, 0, SEEK_END) == 0 ? ftell(f) : -1;
        if (size > 0 && fseek(f, 0, SEEK_SET) == 0 && (*png = malloc((size_t)size))) {
            ok = fread(*png, 1, (size_t)size, f) == (size_t)size;
            *len = (size_t)size;
            if (!ok) {
                free(*png);
                *png = NULL;
            }
        }
        if (f) fclose(f);
    }
    json_decref(o);
    unlink(tmp);
    return ok;
}

/* ==== what both hosts share ================================================= */

typedef struct {
    host_opts o;
    app_levels levels;
    const ui_level **hosted;
    size_t nhosted;
    game_catalog cat;
    store_writer *writer;
    net *n;
    host_ctl *ctl;
    char code[8];
    char urls[8][64];
    size_t nurls;
} host;

static void host_free(host *h)
{
    host_ctl_destroy(h->ctl); /* records what was played */
    net_stop(h->n);
    store_writer_stop(h->writer);
    free(h->hosted);
    app_levels_unload(&h->levels);
    game_catalog_deinit(&h->cat);
}

/* Loads what is hosted, opens the database, starts the network. 0, or the exit status. */
static int host_open(host *h, void (*wake)(void *), void *wake_ud)
{
    host_opts *o = &h->o;
    uint64_t seed = o->has_seed ? o->seed : (uint64_t)time(NULL);
    o->seed = seed;
    struct stat st;
    if (stat(o->path, &st) != 0) {
        fprintf(stderr, "vigie host: %s: %s\n", o->path, strerror(errno));
        return 1;
    }
    if (S_ISDIR(st.st_mode))
        app_levels_load(&h->levels, o->path, seed);
    else
        app_levels_load_file(&h->levels, o->path, seed);
    game_error gerr = {0};
    if (!script_catalog_load(&h->cat, &gerr)) {
        fprintf(stderr, "vigie host: %s: %s\n", gerr.file, gerr.message);
        return 1;
    }
    /* Every level of the (first) pack, in order; one that fails stops the host: a class
     * should not meet a broken level half-way (vigie check says why). */
    int bad = 0;
    if (h->levels.npacks) {
        const ui_pack *p = &h->levels.packs[0];
        h->hosted = calloc(p->nlevels ? p->nlevels : 1, sizeof *h->hosted);
        for (size_t i = 0; h->hosted && i < p->nlevels; i++) {
            if (p->levels[i].level)
                h->hosted[h->nhosted++] = &p->levels[i];
            else {
                const game_error *e = &p->levels[i].error;
                app_term_line(stderr, "%s:%d: %s", e->file[0] ? e->file : p->levels[i].path,
                              e->line > 0 ? e->line : 1, e->message);
                bad++;
            }
        }
    }
    if (bad) return 1;
    if (!h->nhosted) {
        fprintf(stderr, "vigie host: %s: no level to host\n", o->path);
        return 1;
    }
    if (!o->no_save) {
        store *w = app_store_open(o->db, false);
        if (w) h->writer = store_writer_start(w);
        if (!h->writer)
            fprintf(stderr, "vigie host: the results will not be kept (see above); go on\n");
    }
    /* A 4-digit code: kept out of reach of a guess from outside the room, not a secret. */
    uint32_t r = 0;
    FILE *ur = fopen("/dev/urandom", "rb");
    if (!ur || fread(&r, sizeof r, 1, ur) != 1) r = (uint32_t)(seed ^ (uint64_t)mono_ms());
    if (ur) fclose(ur);
    snprintf(h->code, sizeof h->code, "%04u", (unsigned)(r % 10000));

    char err[300];
    net_config cfg = {.bind = o->bind,
                      .port = o->port,
                      .max_players = o->max_players,
                      .code = h->code,
                      .lang = o->lang,
                      .reg = h->levels.npacks ? h->levels.packs[0].reg : GAME_REGISTER_TU,
                      .cat = &h->cat,
                      .title = game_text_get(&h->hosted[0]->level->title, o->lang),
                      .wake = wake,
                      .wake_ud = wake_ud};
    h->n = net_start(&cfg, err, sizeof err);
    if (!h->n) {
        fprintf(stderr, "vigie host: %s\n", err);
        return 1;
    }
    h->nurls = net_addresses(h->n, h->urls, sizeof h->urls / sizeof *h->urls);
    char pack_id[256];
    app_pack_id(h->hosted[0]->path, pack_id, sizeof pack_id);
    host_setup s = {.levels = h->hosted,
                    .nlevels = h->nhosted,
                    .pack_id = h->levels.npacks ? h->levels.packs[0].id : pack_id,
                    .cat = &h->cat,
                    .lang = o->lang,
                    .reg = h->levels.npacks ? h->levels.packs[0].reg : GAME_REGISTER_TU,
                    .seed = seed,
                    .untimed = o->untimed,
                    .pace = o->pace,
                    .auto_run = o->auto_run,
                    .auto_players = o->players,
                    .reveal_ms = o->reveal_ms,
                    .writer = h->writer,
                    .events = o->headless ? stdout : NULL,
                    .mockup = make_mockup,
                    .mockup_ud = NULL};
    h->ctl = host_ctl_create(&s, h->n, &gerr);
    if (!h->ctl) {
        fprintf(stderr, "vigie host: %s\n", gerr.message);
        return 1;
    }
    return 0;
}

/* ==== headless: a terminal drives it ======================================= */

static int wake_fd = -1;
static volatile sig_atomic_t stop_signal;

static void wake_pipe(void *ud)
{
    (void)ud;
    if (wake_fd >= 0) {
        ssize_t r = write(wake_fd, "x", 1);
        (void)r; /* a full pipe already wakes the loop */
    }
}

static void on_signal(int sig)
{
    stop_signal = sig;
    wake_pipe(NULL);
}

/* One line from the terminal. False for "quit". */
static bool terminal_command(host *h, char *line, uint64_t now)
{
    static const struct {
        const char *word;
        host_cmd cmd;
    } words[] = {
        {"start", HOST_CMD_START},   {"next", HOST_CMD_NEXT},     {"pause", HOST_CMD_PAUSE},
        {"resume", HOST_CMD_RESUME}, {"skip", HOST_CMD_SKIP},     {"untimed", HOST_CMD_UNTIMED},
        {"lock", HOST_CMD_LOCK},     {"unlock", HOST_CMD_UNLOCK}, {"remove", HOST_CMD_REMOVE},
        {"rename", HOST_CMD_RENAME}, {"end", HOST_CMD_END},
    };
    line[strcspn(line, "\r\n")] = '\0';
    char *word = line + strspn(line, " \t");
    if (!*word) return true;
    char *rest = word + strcspn(word, " \t");
    if (*rest) *rest++ = '\0';
    rest += strspn(rest, " \t");
    if (strcmp(word, "quit") == 0) return false;
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        if (strcmp(word, words[i].word) != 0) continue;
        unsigned long id = 0;
        const char *nick = NULL;
        if (words[i].cmd == HOST_CMD_REMOVE || words[i].cmd == HOST_CMD_RENAME) {
            char *end;
            id = strtoul(rest, &end, 10);
            if (end == rest || id == 0) {
                fprintf(stderr, "vigie host: %s takes a player's id (see the join lines)\n", word);
                return true;
            }
            nick = end + strspn(end, " \t");
        }
        char why[200];
        if (!host_ctl_command(h->ctl, words[i].cmd, (uint32_t)id, nick, now, why, sizeof why))
            fprintf(stderr, "vigie host: %s: %s\n", word, why[0] ? why : "not now");
        return true;
    }
    fprintf(stderr,
            "vigie host: unknown command \"%s\" (start, next, pause, resume, skip, untimed, "
            "lock, unlock, remove ID, rename ID NICK, end, quit)\n",
            word);
    return true;
}

static void print_listening(host *h)
{
    json_t *urls = json_array();
    for (size_t i = 0; i < h->nurls; i++) json_array_append_new(urls, json_string(h->urls[i]));
    json_t *o =
        json_pack("{s:s,s:I,s:s,s:o,s:s}", "event", "listening", "port", (json_int_t)net_port(h->n),
                  "code", h->code, "urls", urls, "address", h->nurls ? h->urls[0] : "");
    char *line = o ? json_dumps(o, JSON_COMPACT) : NULL;
    if (line) printf("%s\n", line);
    fflush(stdout);
    free(line);
    json_decref(o);
}

static int run_headless(host *h)
{
    int fds[2];
    if (pipe(fds) != 0) {
        fprintf(stderr, "vigie host: %s\n", strerror(errno));
        return 1;
    }
    for (int k = 0; k < 2; k++) {
        fcntl(fds[k], F_SETFL, fcntl(fds[k], F_GETFL) | O_NONBLOCK);
        fcntl(fds[k], F_SETFD, FD_CLOEXEC);
    }
    wake_fd = fds[1];
    struct sigaction sa = {.sa_handler = on_signal};
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
    int st = host_open(h, wake_pipe, NULL);
    if (st) {
        host_free(h);
        close(fds[0]), close(fds[1]);
        wake_fd = -1;
        return st;
    }
    print_listening(h);
    bool stdin_open = true, quit = false;
    char line[512];
    size_t used = 0;
    uint64_t over_at = 0;
    while (!quit && !stop_signal) {
        uint64_t now = mono_ms();
        host_ctl_tick(h->ctl, now);
        if (host_ctl_over(h->ctl) && !over_at) over_at = now;
        /* --auto: out once the end has had a second to reach every phone */
        if (over_at && h->o.auto_run && now >= over_at + 1000) break;
        uint64_t due = host_ctl_due(h->ctl, now);
        if (over_at && h->o.auto_run) due = over_at + 1000;
        int timeout = due == UINT64_MAX ? -1
                      : due <= now      ? 0
                                        : (int)(due - now > 60000 ? 60000 : due - now);
        struct pollfd p[2] = {{.fd = fds[0], .events = POLLIN},
                              {.fd = stdin_open ? 0 : -1, .events = POLLIN}};
        int r = poll(p, 2, timeout);
        if (r < 0 && errno != EINTR) break;
        if (r <= 0) continue;
        if (p[0].revents & POLLIN) {
            char drain[64];
            while (read(fds[0], drain, sizeof drain) > 0) {
            }
            host_ctl_net(h->ctl, mono_ms());
        }
        if (p[1].revents & (POLLIN | POLLHUP)) {
            ssize_t got = read(0, line + used, sizeof line - 1 - used);
            if (got <= 0) {
                stdin_open = false; /* no terminal: the room goes on (--auto, or a signal) */
                continue;
            }
            used += (size_t)got;
            line[used] = '\0';
            char *nl;
            while ((nl = strchr(line, '\n'))) {
                *nl = '\0';
                if (!terminal_command(h, line, mono_ms())) quit = true;
                size_t rest = used - (size_t)(nl + 1 - line);
                memmove(line, nl + 1, rest + 1);
                used = rest;
            }
            if (used == sizeof line - 1) used = 0; /* a line too long: dropped */
        }
    }
    host_free(h);
    wake_fd = -1;
    close(fds[0]), close(fds[1]);
    return 0;
}

/* ==== the teacher's window ================================================= */

static Uint32 net_sdl_event = (Uint32)-1;

static void wake_sdl(void *ud)
{
    (void)ud;
    SDL_Event ev = {.type = net_sdl_event};
    SDL_PushEvent(&ev);
}

/* SIGTERM or Ctrl+C in the terminal: the room closes cleanly, what was played kept (the
 * window's close button asks first: a class is playing). SDL pushes its own quit event from
 * its handler the same way. */
static void on_signal_window(int sig)
{
    stop_signal = sig;
    wake_sdl(NULL);
}

/* The register of the pack hosted (its first). */
static game_register host_reg(const host *h)
{
    return h->levels.npacks ? h->levels.packs[0].reg : GAME_REGISTER_TU;
}

static void host_info(host *h, ui_host_info *info, const char *notice)
{
    *info = (ui_host_info){.lang = h->o.lang,
                           .reg = host_reg(h),
                           .code = h->code,
                           .urls = (const char(*)[64])h->urls,
                           .nurls = h->nurls,
                           .locked = host_ctl_locked(h->ctl),
                           .untimed = host_ctl_untimed(h->ctl),
                           .paused = game_room_paused(host_ctl_room(h->ctl)),
                           .notice = notice,
                           .players_cap = h->o.max_players,
                           .reduced_motion = h->o.reduced_motion};
}

static host_cmd to_host_cmd(ui_host_cmd_kind k, bool *ok)
{
    *ok = true;
    switch (k) {
    case UI_HOST_START:
        return HOST_CMD_START;
    case UI_HOST_NEXT:
        return HOST_CMD_NEXT;
    case UI_HOST_PAUSE:
        return HOST_CMD_PAUSE;
    case UI_HOST_RESUME:
        return HOST_CMD_RESUME;
    case UI_HOST_UNTIMED:
        return HOST_CMD_UNTIMED;
    case UI_HOST_SKIP:
        return HOST_CMD_SKIP;
    case UI_HOST_END:
        return HOST_CMD_END;
    case UI_HOST_LOCK:
        return HOST_CMD_LOCK;
    case UI_HOST_UNLOCK:
        return HOST_CMD_UNLOCK;
    case UI_HOST_RENAME:
        return HOST_CMD_RENAME;
    case UI_HOST_REMOVE:
        return HOST_CMD_REMOVE;
    default:
        *ok = false;
        return HOST_CMD_NEXT;
    }
}

/* The host's loop in window g (made by the caller). Returns when the teacher quits. */
static int run_window(host *h, gfx *g, audio *snd)
{
    ui_host_info info;
    host_info(h, &info, NULL);
    ui_host *uh = ui_host_create(g, snd, &h->cat, host_ctl_room(h->ctl), &info);
    if (!uh) return 1;
    bool quit = false;
    uint64_t due = 0, never = UINT64_MAX;
    stop_signal = 0;
    /* make bench-class: each frame's drawing time, in microseconds, one per line */
    const char *frames_path = getenv("VIGIE_HOST_FRAMES");
    FILE *frames = frames_path && *frames_path ? fopen(frames_path, "w") : NULL;
    while (!quit && !stop_signal) {
        uint64_t now = mono_ms();
        host_ctl_tick(h->ctl, now);
        if (host_ctl_take_changed(h->ctl)) {
            const char *notice = host_ctl_notice(h->ctl);
            host_info(h, &info, notice[0] ? notice : NULL);
            ui_host_set_info(uh, &info);
            ui_host_changed(uh, now);
        }
        if (ui_host_take_dirty(uh)) due = now;
        if (due <= now) {
            struct timespec t0, t1, c0, c1;
            clock_gettime(CLOCK_MONOTONIC, &t0);
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c0);
            ui_host_draw(uh, now);
            gfx_present(g);
            clock_gettime(CLOCK_MONOTONIC, &t1);
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c1);
            if (frames) /* wall time, then this thread's CPU time, in microseconds */
                fprintf(frames, "%lld %lld\n",
                        (long long)(t1.tv_sec - t0.tv_sec) * 1000000 +
                            (t1.tv_nsec - t0.tv_nsec) / 1000,
                        (long long)(c1.tv_sec - c0.tv_sec) * 1000000 +
                            (c1.tv_nsec - c0.tv_nsec) / 1000);
            int w = ui_host_wait_ms(uh, now);
            due = w < 0 ? never : now + (uint64_t)(w > 0 ? w : 1);
        }
        uint64_t cdue = host_ctl_due(h->ctl, now);
        uint64_t wake = cdue < due ? cdue : due;
        if (audio_update(snd) && now + 150 < wake) wake = now + 150;
        SDL_Event ev;
        int got = wake == never ? SDL_WaitEvent(&ev)
                                : SDL_WaitEventTimeout(&ev, (int)(wake > now ? wake - now : 0));
        while (got) {
            int ww, wh, dw, dh;
            SDL_GetWindowSize(gfx_window(g), &ww, &wh);
            SDL_GetRendererOutputSize(SDL_GetRenderer(gfx_window(g)), &dw, &dh);
            float scale = ww > 0 ? (float)dw / (float)ww : 1.0f;
            input_event ie;
            if (ev.type == net_sdl_event) {
                host_ctl_net(h->ctl, mono_ms());
            } else if (input_from_sdl(&ev, ww, wh, scale, &ie)) {
                if (ie.type == INPUT_RESIZED) gfx_resized(g);
                ui_host_input(uh, &ie, mono_ms());
            }
            ui_host_cmd cmd;
            while (ui_host_take_command(uh, &cmd)) {
                if (cmd.kind == UI_HOST_QUIT) {
                    quit = true;
                    continue;
                }
                bool ok;
                host_cmd hc = to_host_cmd(cmd.kind, &ok);
                char why[200];
                if (ok &&
                    !host_ctl_command(h->ctl, hc, cmd.player, cmd.nick, mono_ms(), why,
                                      sizeof why) &&
                    why[0])
                    fprintf(stderr, "vigie host: %s\n", why);
            }
            got = SDL_PollEvent(&ev);
        }
    }
    if (frames) fclose(frames);
    ui_host_destroy(uh);
    return 0;
}

int app_host_in_window(gfx *g, audio *snd, const char *level_path, game_lang lang, const char *db,
                       bool no_save, char *session, size_t nsession)
{
    if (nsession) session[0] = '\0';
    host h = {0};
    h.o = (host_opts){.path = level_path,
                      .port = 8080,
                      .max_players = NET_PLAYERS_MAX,
                      .players = 1,
                      .reveal_ms = 3000,
                      .lang = lang,
                      .db = db,
                      .no_save = no_save};
    if (net_sdl_event == (Uint32)-1) net_sdl_event = SDL_RegisterEvents(1);
    int st = host_open(&h, wake_sdl, NULL);
    if (st == 0) st = run_window(&h, g, snd);
    if (h.ctl && h.writer) snprintf(session, nsession, "%s", host_ctl_session(h.ctl));
    host_free(&h);
    return st;
}

int app_cmd_host(int argc, char **argv)
{
    host h = {0};
    int st = parse_host(argc, argv, &h.o);
    if (st) return st;
    if (h.o.mockup) return draw_phone_mockup(h.o.path, (size_t)h.o.mockup, h.o.lang, h.o.out);
    if (h.o.headless) return run_headless(&h);
    /* before SDL_Init, which then leaves these handlers in place */
    struct sigaction sa = {.sa_handler = on_signal_window};
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);

    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        fprintf(stderr, "vigie host: cannot start SDL: %s\n", SDL_GetError());
        return 1;
    }
    const char *driver = SDL_GetCurrentVideoDriver();
    const char *asked = SDL_getenv("SDL_VIDEODRIVER");
    if (driver && (!strcmp(driver, "offscreen") || !strcmp(driver, "dummy")) &&
        !(asked && *asked)) {
        fprintf(stderr, "vigie host: %s\n",
                h.o.lang == GAME_LANG_FR
                    ? "aucun écran pour ouvrir la fenêtre : lancez-le dans une session "
                      "graphique, ou avec --headless"
                    : "no display to open a window on: run it in a desktop session, or with "
                      "--headless");
        SDL_Quit();
        return 1;
    }
    char err[512];
    gfx *g = gfx_create_window("Vigie — classe", h.o.w, h.o.h, h.o.fullscreen, GFX_RENDERER_AUTO,
                               err, sizeof err);
    if (!g) {
        fprintf(stderr, "vigie host: %s\n", err);
        SDL_Quit();
        return 1;
    }
    audio *snd = audio_create(80);
    net_sdl_event = SDL_RegisterEvents(1);
    st = host_open(&h, wake_sdl, NULL);
    if (st == 0) {
        /* the address also on the terminal, for a teacher who reads it there */
        for (size_t i = 0; i < h.nurls; i++) printf("%s  (code %s)\n", h.urls[i], h.code);
        fflush(stdout);
        st = run_window(&h, g, snd);
    }
    host_free(&h);
    audio_destroy(snd);
    gfx_destroy(g);
    SDL_Quit();
    return st;
}
