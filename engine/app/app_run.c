/* app_run.c — the headless commands: `vigie check`, `vigie run` and `vigie new`.
 * check and run load levels exactly as the game does; run drives the same game model and
 * prints each answer through a table with one row per question kind.
 */
#include "app.h"
#include "app_layout.h"
#include "app_term.h"
#include "script/script.h"
#include "store/store.h"

#include <jansson.h>

#include <dirent.h>
#include <math.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ==== check ================================================================ */

typedef struct {
    int errors, warnings, levels;
    char **ids, **paths; /* the level ids seen, to catch one used twice */
    size_t nids;
    app_layout *layout[2]; /* made at the first level that loads; NULL when it could not be */
    bool layout_tried;
    FILE *out;      /* where the lines go */
    bool no_layout; /* app_check_path's callers that want errors only skip the layout pass */
} check_stats;

/* The line of the first `id =` in a file (1 when not found). */
static int id_line(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) return 1;
    char buf[1024];
    int line = 0, found = 1;
    while (fgets(buf, sizeof buf, f)) {
        line++;
        char *p = strstr(buf, "id");
        if (p && (p == buf || p[-1] == ' ' || p[-1] == '{' || p[-1] == ',') && strchr(p, '=')) {
            found = line;
            break;
        }
    }
    fclose(f);
    return found;
}

/* Two levels with one id would mix their results: an error. */
static void check_unique_id(const char *path, const char *id, check_stats *st)
{
    for (size_t i = 0; i < st->nids; i++) {
        if (strcmp(st->ids[i], id) == 0) {
            st->errors++;
            app_term_line(st->out,
                          "%s:%d: the level id \"%s\" is already used by %s: give each level its "
                          "own",
                          path, id_line(path), id, st->paths[i]);
            return;
        }
    }
    char **ni = realloc(st->ids, (st->nids + 1) * sizeof *ni);
    if (!ni) return;
    st->ids = ni;
    char **np = realloc(st->paths, (st->nids + 1) * sizeof *np);
    if (!np) return;
    st->paths = np;
    st->ids[st->nids] = strdup(id);
    st->paths[st->nids++] = strdup(path);
}

static void on_warning(void *ud, const char *file, int line, const char *msg)
{
    check_stats *st = ud;
    st->warnings++;
    app_term_line(st->out, "%s:%d: warning: %s", file, line > 0 ? line : 1, msg);
}

bool app_play_game(void *sl, size_t question, const game_play_step *steps, size_t n,
                   uint32_t stop_ms, bool finish, game_lang lang, game_canvas *canvas,
                   game_play_outcome *oc, game_play_result *res, game_error *err)
{
    const game_question *q = &script_level_data(sl)->questions[question];
    game_canvas own = {0};
    if (!canvas) canvas = &own;
    bool ok = game_play_simulate(script_play_host(), sl, question, lang, q->time_ms, steps, n,
                                 stop_ms, canvas, oc, err);
    if (ok && finish) ok = script_play_host()->finish(sl, oc->timeout, res, err);
    game_canvas_deinit(&own);
    return ok;
}

/* A question played as a mini-game (its answer is what the game's finish() gives). */
static bool is_game(const game_question *q)
{
    return game_kind_get(q->kind)->shape == GAME_SHAPE_PLAY;
}

/* Plays every game of the level for three seconds with a few keys and taps, then ends it:
 * most mistakes in a game's code show up here, with their line. */
static bool check_games(script_level *sl, game_error *err)
{
    static const char *const keys[] = {"right", "down", "enter", "space", "1", "a", "left", "up"};
    game_play_step steps[32];
    size_t n = 0;
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++)
        steps[n++] = (game_play_step){(uint32_t)(200 + 150 * k), {GAME_EV_KEY, "", 0, 0}};
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++)
        snprintf(steps[k].ev.key, sizeof steps[k].ev.key, "%s", keys[k]);
    static const float taps[][2] = {{300, 300}, {600, 300}, {900, 300}, {600, 520}, {600, 80}};
    for (size_t k = 0; k < sizeof taps / sizeof *taps; k++) {
        uint32_t at = (uint32_t)(1500 + 250 * k);
        steps[n++] = (game_play_step){at, {GAME_EV_PRESS, "", taps[k][0], taps[k][1]}};
        steps[n++] = (game_play_step){at + 10, {GAME_EV_MOVE, "", taps[k][0] + 20, taps[k][1]}};
        steps[n++] = (game_play_step){at + 20, {GAME_EV_RELEASE, "", taps[k][0] + 20, taps[k][1]}};
    }
    const game_level *lv = script_level_data(sl);
    for (size_t i = 0; i < lv->nquestions; i++) {
        if (!is_game(&lv->questions[i])) continue;
        for (int lang = 0; lang < GAME_LANG_COUNT; lang++) {
            game_play_outcome oc;
            game_play_result res = {0};
            bool ok =
                app_play_game(sl, i, steps, n, 3000, true, (game_lang)lang, NULL, &oc, &res, err);
            game_play_result_deinit(&res);
            if (!ok) {
                if (err->line <= 0) err->line = lv->questions[i].line;
                char tail[sizeof err->message];
                memcpy(tail, err->message, sizeof tail);
                int k = snprintf(err->message, sizeof err->message,
                                 "question %zu (\"%.40s\"), a game, played for 3 s in %s: ", i + 1,
                                 lv->questions[i].id, lang ? "English" : "French");
                if (k > 0 && (size_t)k < sizeof err->message) {
                    size_t len = strnlen(tail, sizeof err->message - (size_t)k - 1);
                    memcpy(err->message + k, tail, len);
                    err->message[(size_t)k + len] = '\0';
                }
                return false;
            }
        }
    }
    return true;
}

/* Under a syntax error's line, what it usually means, in the reader's language (docs/cli.md). */
static void print_hint(FILE *f, const game_error *err, game_lang lang)
{
    char hint[600];
    if (game_error_hint(err, lang, hint, sizeof hint))
        app_term_line(f, "  %s%s", lang == GAME_LANG_FR ? "piste : " : "hint: ", hint);
}

/* Every question and its feedback laid out as the game draws them at 1024×768 (the narrowest
 * screen, where texts wrap most), and every mock-up question at 1280×720 too (the shortest,
 * where a mock-up under a long prompt has least room): a text cut or a clue out of sight is a
 * warning. Without a font the layout cannot be checked: said once. */
static void check_layout(const char *path, script_level *sl, check_stats *st)
{
    static const int sizes[2][2] = {{1024, 768}, {1280, 720}};
    if (st->no_layout) return;
    if (!st->layout_tried) {
        char why[512];
        st->layout_tried = true;
        for (int i = 0; i < 2; i++) {
            st->layout[i] = app_layout_create(sizes[i][0], sizes[i][1], why, sizeof why);
            if (!st->layout[i]) {
                st->warnings++;
                app_term_line(st->out, "%s:1: warning: the layout could not be checked: %s", path,
                              why);
                break;
            }
        }
    }
    for (int i = 0; i < 2 && st->layout[i]; i++) {
        int n = i == 0 ? app_layout_check(st->layout[i], path, sl)
                       : app_layout_check_mockups(st->layout[i], path, sl);
        st->warnings += n < 0 ? 1 : n;
    }
}

static void check_level(const char *path, check_stats *st, game_register reg)
{
    script_level *sl = NULL;
    game_error err = {0};
    st->levels++;
    if (!script_level_load(path, NULL, on_warning, st, &sl, &err)) {
        st->errors++;
        app_term_line(st->out, "%s:%d: %s", err.file[0] ? err.file : path,
                      err.line > 0 ? err.line : 1, err.message);
        print_hint(st->out, &err, app_lang_from_env());
        return;
    }
    /* The scoring rule must run too: a broken score function is a broken level. */
    game_session *s = game_session_create(script_level_score, sl, 1);
    if (!s || !game_session_begin(s, script_level_data(sl), 0, &err) || !check_games(sl, &err) ||
        !script_level_check_score(sl, &err)) {
        st->errors++;
        app_term_line(st->out, "%s:%d: %s", err.file[0] ? err.file : path,
                      err.line > 0 ? err.line : 1, s ? err.message : "out of memory");
    } else {
        check_layout(path, sl, st);
        app_register_check(path, script_level_data(sl), reg, on_warning, st);
        size_t nq = script_level_data(sl)->nquestions;
        app_term_line(st->out, "%s: ok (%zu question%s)", path, nq, nq == 1 ? "" : "s");
    }
    check_unique_id(path, script_level_data(sl)->id, st);
    game_session_destroy(s);
    script_level_unload(sl);
}

static bool is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static void check_path(const char *path, check_stats *st, int depth);

static void check_dir(const char *dir, check_stats *st, int depth)
{
    game_pack pk;
    game_error err = {0};
    if (!script_pack_check(dir, on_warning, st, &pk, &err)) {
        st->errors++;
        app_term_line(st->out, "%s:%d: %s", err.file, err.line > 0 ? err.line : 1, err.message);
        return;
    }
    if (pk.nlevels > 0) {
        for (size_t i = 0; i < pk.nlevels; i++) {
            FILE *f = fopen(pk.levels[i], "rb");
            if (!f) {
                st->errors++;
                app_term_line(st->out, "%s/pack.lua:1: the level \"%s\" does not exist", dir,
                              pk.levels[i]);
                continue;
            }
            fclose(f);
            check_level(pk.levels[i], st, pk.reg);
        }
        /* the manifest has its own line, as each level has */
        char manifest[1100];
        snprintf(manifest, sizeof manifest, "%s/pack.lua", dir);
        struct stat ms;
        if (stat(manifest, &ms) == 0 && S_ISREG(ms.st_mode))
            app_term_line(st->out, "%s: ok (pack \"%s\", %zu level%s)", manifest,
                          pk.id ? pk.id : "", pk.nlevels, pk.nlevels == 1 ? "" : "s");
        game_pack_deinit(&pk);
        return;
    }
    game_pack_deinit(&pk);
    /* A folder of packs. */
    if (depth > 2) return;
    size_t n;
    char **subs = app_subdirs(dir, &n);
    for (size_t i = 0; i < n; i++) {
        /* never through a link: it may lead anywhere (/proc, /, back to here) */
        struct stat ls;
        if (lstat(subs[i], &ls) == 0 && S_ISDIR(ls.st_mode)) check_path(subs[i], st, depth + 1);
        free(subs[i]);
    }
    free(subs);
}

static void check_path(const char *path, check_stats *st, int depth)
{
    if (is_dir(path)) {
        check_dir(path, st, depth);
    } else {
        check_level(path, st, app_pack_register(path)); /* its folder's pack.lua says */
    }
}

static void check_stats_deinit(check_stats *st)
{
    app_layout_destroy(st->layout[0]);
    app_layout_destroy(st->layout[1]);
    for (size_t i = 0; i < st->nids; i++) {
        free(st->ids[i]);
        free(st->paths[i]);
    }
    free(st->ids);
    free(st->paths);
}

int app_check_path(const char *path, FILE *out, bool layout, int *levels, int *warnings)
{
    check_stats st = {.out = out, .no_layout = !layout};
    check_path(path, &st, 0);
    if (st.levels == 0 && st.errors == 0) {
        app_term_line(out, "%s:1: no level found", path);
        st.errors++;
    }
    check_stats_deinit(&st);
    if (levels) *levels = st.levels;
    if (warnings) *warnings = st.warnings;
    fflush(out);
    return st.errors;
}

int app_cmd_check(int argc, char **argv)
{
    if (argc < 1) {
        return APP_USAGE;
    }
    check_stats st = {.out = stdout};
    for (int i = 0; i < argc; i++) check_path(argv[i], &st, 0);
    if (st.levels == 0 && st.errors == 0) {
        app_term_line(stdout, "%s:1: no level found", argv[0]);
        st.errors++;
    }
    fprintf(stderr, "%d level(s) checked: %d error(s), %d warning(s)\n", st.levels, st.errors,
            st.warnings);
    check_stats_deinit(&st);
    fflush(stdout);
    return st.errors ? 1 : 0;
}

/* ==== run ================================================================== */

/* A level's text as a JSON string; text that is not UTF-8 (which jansson refuses) with its
 * bad bytes shown as \xff, as a terminal line shows them. */
static json_t *json_level_text(const char *s)
{
    json_t *t = json_string(s);
    if (t) return t;
    char safe[2048];
    app_term_safe(s, safe, sizeof safe);
    return json_string(safe);
}

/* A kind's answer in the JSON of `vigie run`, in the question's own terms (docs/cli.md);
 * res is what a mini-game gave (may be NULL). One row per kind: a kind without one fails
 * the build. */
typedef json_t *(*answer_json_fn)(const game_question *q, const game_response *r,
                                  const game_play_result *res);

static json_t *json_truefalse(const game_question *q, const game_response *r,
                              const game_play_result *res)
{
    (void)q, (void)res;
    return json_boolean(r->chosen == 1u);
}

static json_t *json_choice(const game_question *q, const game_response *r,
                           const game_play_result *res)
{
    (void)res;
    for (size_t c = 0; c < q->nchoices; c++)
        if (r->chosen & (1u << c)) return json_integer((json_int_t)c + 1);
    return json_null();
}

/* Numbers and names count from 1, as the level wrote them. */
static json_t *json_choices(const game_question *q, const game_response *r,
                            const game_play_result *res)
{
    (void)res;
    json_t *arr = json_array();
    for (size_t c = 0; c < q->nchoices; c++)
        if (r->chosen & (1u << c)) json_array_append_new(arr, json_integer((json_int_t)c + 1));
    return arr;
}

static json_t *json_order(const game_question *q, const game_response *r,
                          const game_play_result *res)
{
    (void)res;
    json_t *arr = json_array();
    for (size_t k = 0; k < q->nitems; k++)
        json_array_append_new(arr, json_integer(r->order[k] + 1));
    return arr;
}

static json_t *json_bins(const game_question *q, const game_response *r,
                         const game_play_result *res)
{
    (void)res;
    json_t *arr = json_array();
    for (size_t k = 0; k < q->nitems; k++) json_array_append_new(arr, json_integer(r->bins[k] + 1));
    return arr;
}

static json_t *json_text(const game_question *q, const game_response *r,
                         const game_play_result *res)
{
    (void)q, (void)res;
    json_t *t = json_string(r->text);
    return t ? t : json_string(""); /* not UTF-8: say nothing rather than fail */
}

static json_t *json_value(const game_question *q, const game_response *r,
                          const game_play_result *res)
{
    (void)q, (void)res;
    return json_real(r->value);
}

static json_t *json_parts(const game_question *q, const game_response *r,
                          const game_play_result *res)
{
    (void)res;
    json_t *arr = json_array();
    for (size_t p = 0; p < q->nparts; p++)
        if (r->chosen & (1u << p))
            json_array_append_new(arr, json_level_text(game_part_name(&q->parts[p])));
    return arr;
}

/* Never the password itself: what the estimator made of it. */
static json_t *json_password(const game_question *q, const game_response *r,
                             const game_play_result *res)
{
    (void)q, (void)res;
    game_password_report rep;
    game_password_check_default(r->text, &rep);
    json_t *o = json_object();
    json_object_set_new(o, "bits", json_real(round(rep.bits * 10) / 10));
    json_object_set_new(o, "level", json_integer(rep.level));
    json_object_set_new(o, "length", json_integer((json_int_t)rep.length));
    return o;
}

/* The credit; right and items when the game listed them. */
static json_t *json_play(const game_question *q, const game_response *r,
                         const game_play_result *res)
{
    (void)q;
    json_t *o = json_object();
    json_object_set_new(o, "credit", json_real(round(r->credit * 10000) / 10000));
    if (res) {
        json_object_set_new(o, "right", json_integer((json_int_t)game_play_result_right(res)));
        json_object_set_new(o, "items", json_integer((json_int_t)res->nitems));
    }
    return o;
}

static const answer_json_fn answer_json_of[] = {
    [GAME_KIND_CHOICE] = json_choice,       [GAME_KIND_MULTI] = json_choices,
    [GAME_KIND_TRUEFALSE] = json_truefalse, [GAME_KIND_ORDER] = json_order,
    [GAME_KIND_SORT] = json_bins,           [GAME_KIND_INPUT] = json_text,
    [GAME_KIND_ESTIMATE] = json_value,      [GAME_KIND_PASSWORD] = json_password,
    [GAME_KIND_HOTSPOT] = json_parts,       [GAME_KIND_PLAY] = json_play,
};
_Static_assert(sizeof answer_json_of / sizeof answer_json_of[0] == GAME_KIND_COUNT,
               "every question kind needs a row in app_run.c's answer_json_of");

/* The answer, or null when the time ran out. */
static json_t *answer_json(const game_question *q, const game_answer *a,
                           const game_play_result *res)
{
    if (a->timeout || (unsigned)q->kind >= GAME_KIND_COUNT) return json_null();
    return answer_json_of[q->kind](q, &a->resp, res);
}

/* Keeps a played run in the database: the run, each answer in its own transaction, the
 * score. */
static bool keep_run(store *db, const game_level *lv, game_session *s, const char *nick,
                     const char *session, game_lang lang, game_error *err)
{
    char pack[128];
    app_pack_id(lv->path, pack, sizeof pack);
    int64_t t0 = app_now_ms();
    store_run r = {session,
                   nick,
                   pack,
                   lv->id,
                   game_text_get(&lv->title, lang),
                   game_lang_code(lang),
                   t0,
                   game_session_max_score(s),
                   game_session_pace(s)};
    int64_t run;
    if (!store_run_begin(db, &r, &run, err)) return false;
    int64_t at = t0;
    for (size_t i = 0; i < lv->nquestions; i++) {
        const game_question *q = &lv->questions[i];
        const game_answer *a = game_session_answer(s, i);
        char words[600];
        game_answer_words(q, a, lang, words, sizeof words);
        at += a->time_ms;
        store_answer sa = {run,
                           (int)i + 1,
                           q->id,
                           game_kind_name(q->kind),
                           game_text_get(&q->prompt, lang),
                           words,
                           a->correct,
                           a->timeout,
                           a->points,
                           a->time_ms,
                           at,
                           a->credit,
                           (store_sure)game_answer_sure(lv, q, a)};
        if (!store_answer_add(db, &sa, err)) return false;
    }
    return store_run_end(db, run, game_session_score(s), at, err);
}

int app_cmd_run(int argc, char **argv)
{
    const char *level = NULL, *answers = NULL, *db = NULL, *nick = NULL, *session = NULL;
    uint64_t seed = 1;
    game_lang lang = app_lang_from_env();
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--answers") == 0 && v) {
            answers = v;
            i++;
        } else if (strcmp(a, "--seed") == 0 && v) {
            if (!app_parse_u64(v, &seed)) {
                fprintf(stderr, "vigie run: --seed takes a whole number\n");
                return 2;
            }
            i++;
        } else if (strcmp(a, "--lang") == 0 && v) {
            if (!game_lang_parse(v, &lang)) {
                fprintf(stderr, "vigie run: --lang takes fr or en\n");
                return 2;
            }
            i++;
        } else if (strcmp(a, "--db") == 0 && v) {
            db = argv[++i];
        } else if (strcmp(a, "--nick") == 0 && v) {
            nick = argv[++i];
        } else if (strcmp(a, "--session") == 0 && v) {
            session = argv[++i];
        } else if (a[0] != '-' && !level) {
            level = a;
        } else {
            app_term_line(stderr, "vigie run: unexpected argument \"%s\"", a);
            return 2;
        }
    }
    char nick_ok[STORE_NICK_MAX * 4 + 1];
    if (nick && !store_nick_valid(nick, nick_ok, sizeof nick_ok)) {
        app_term_line(stderr,
                      "vigie run: --nick takes a nickname or initials (1 to 16 letters or "
                      "digits), not \"%s\"",
                      nick);
        return 2;
    }
    if ((nick || session) && !db) {
        fprintf(stderr, "vigie run: --nick and --session go with --db PATH\n");
        return 2;
    }
    if (!level || !answers) {
        return APP_USAGE;
    }
    script_options opt = {.has_seed = true, .seed = seed};
    script_level *sl = NULL;
    game_error err = {0};
    game_scripted *script = NULL;
    size_t n = 0;
    game_session *s = NULL;
    game_play_result *results = NULL;
    int status = 1;
    if (!script_level_load(level, &opt, NULL, NULL, &sl, &err)) goto fail;
    const game_level *lv = script_level_data(sl);
    if (!script_answers_load(answers, lv, &script, &n, &err)) goto fail;
    results = calloc(lv->nquestions, sizeof *results);
    if (!results) {
        game_error_set(&err, level, 0, "out of memory");
        goto fail;
    }
    /* The games are played first, each from its scripted events: what they give is then
     * answered in the session like any other answer. */
    for (size_t i = 0; i < n; i++) {
        if (!is_game(&lv->questions[i])) continue;
        game_play_outcome oc;
        if (!app_play_game(sl, i, script[i].steps, script[i].nsteps, 0, true, lang, NULL, &oc,
                           &results[i], &err))
            goto fail;
        if (script[i].timeout && !oc.timeout) {
            game_error_set(&err, answers, 0,
                           "answer %zu says timeout, but the game was over after %.2f s", i + 1,
                           oc.elapsed_ms / 1000.0);
            goto fail;
        }
        script[i].timeout = oc.timeout;
        script[i].after_ms = oc.elapsed_ms;
        script[i].resp.credit = results[i].credit;
    }
    s = game_session_create(script_level_score, sl, seed);
    if (!s) {
        game_error_set(&err, level, 0, "out of memory");
        goto fail;
    }
    if (!game_session_begin(s, lv, 0, &err) || !game_session_play_scripted(s, script, n, 0, &err))
        goto fail;
    if (db) {
        store *kept = app_store_open(db, false);
        bool ok = kept && keep_run(kept, lv, s, nick ? nick_ok : NULL, session, lang, &err);
        store_close(kept);
        if (!kept) {
            status = 1;
            goto done;
        }
        if (!ok) goto fail;
    }

    json_t *root = json_object();
    json_object_set_new(root, "level", json_level_text(lv->id));
    json_object_set_new(root, "title", json_level_text(game_text_get(&lv->title, lang)));
    json_object_set_new(root, "lang", json_string(game_lang_code(lang)));
    json_object_set_new(root, "seed", json_integer((json_int_t)seed));
    json_object_set_new(root, "score", json_integer(game_session_score(s)));
    json_object_set_new(root, "max_score", json_integer(game_session_max_score(s)));
    json_object_set_new(root, "correct_count", json_integer(game_session_correct_count(s)));
    json_object_set_new(root, "time_ms", json_integer((json_int_t)game_session_total_time(s)));
    json_t *qs = json_array();
    for (size_t i = 0; i < lv->nquestions; i++) {
        const game_question *q = &lv->questions[i];
        const game_answer *a = game_session_answer(s, i);
        json_t *o = json_object();
        json_object_set_new(o, "id", json_level_text(q->id));
        json_object_set_new(o, "kind", json_string(game_kind_name(q->kind)));
        json_object_set_new(o, "answer", answer_json(q, a, results ? &results[i] : NULL));
        json_object_set_new(o, "correct", json_boolean(a->correct));
        json_object_set_new(o, "timeout", json_boolean(a->timeout));
        json_object_set_new(o, "points", json_integer(a->points));
        json_object_set_new(o, "time_ms", json_integer(a->time_ms));
        game_sure sure = game_answer_sure(lv, q, a);
        if (sure != GAME_SURE_NOT_ASKED) /* only where the level asks: other outputs as before */
            json_object_set_new(o, "sure", json_boolean(sure == GAME_SURE_YES));
        json_array_append_new(qs, o);
    }
    json_object_set_new(root, "questions", qs);
    char *out = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(12));
    char *safe = out ? app_term_json(out) : NULL; /* DEL, C1: jansson leaves them raw */
    if (safe) {
        puts(safe);
        status = 0;
    }
    free(safe);
    free(out);
    json_decref(root);
    goto done;
fail:
    app_term_line(stderr, "%s:%d: %s", err.file[0] ? err.file : level, err.line > 0 ? err.line : 1,
                  err.message);
    print_hint(stderr, &err, lang);
done:
    game_session_destroy(s);
    if (results && sl)
        for (size_t i = 0; i < script_level_data(sl)->nquestions; i++)
            game_play_result_deinit(&results[i]);
    free(results);
    script_answers_free(script, n);
    script_level_unload(sl);
    return status;
}

/* ==== new ================================================================== */

/* Creates the missing folders of path's parent, one by one, and says which (the docs' first
 * command names a pack folder that does not exist yet). False, with the reason printed, when
 * one cannot be made. */
static bool make_parents(const char *path)
{
    char dir[4096];
    size_t n = strlen(path);
    if (n >= sizeof dir) {
        fprintf(stderr, "vigie new: the path is too long\n");
        return false;
    }
    memcpy(dir, path, n + 1);
    char *slash = strrchr(dir, '/');
    if (!slash || slash == dir) return true;
    *slash = '\0';
    for (char *p = dir + 1;; p++) {
        if (*p != '/' && *p != '\0') continue;
        char c = *p;
        *p = '\0';
        struct stat st;
        if (stat(dir, &st) != 0) {
            if (mkdir(dir, 0777) != 0) {
                fprintf(stderr, "vigie new: cannot create the folder %s: %s\n", dir,
                        strerror(errno));
                return false;
            }
            printf("Created the folder %s/\n", dir);
        } else if (!S_ISDIR(st.st_mode)) {
            fprintf(stderr, "vigie new: %s is not a folder\n", dir);
            return false;
        }
        *p = c;
        if (!c) break;
    }
    return true;
}

int app_cmd_new(int argc, char **argv)
{
    if (argc != 1 || argv[0][0] == '-') {
        return APP_USAGE;
    }
    const char *path = argv[0];
    size_t n = strlen(path);
    if (n < 5 || strcmp(path + n - 4, ".lua") != 0) {
        fprintf(stderr, "vigie new: the file name must end in .lua\n");
        return 2;
    }
    /* The id: the file name, lower-case, anything else a dash. */
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    char id[65];
    size_t k = 0;
    for (const char *p = base; *p && p < path + n - 4 && k < 64; p++) {
        char c = *p;
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) c = '-';
        id[k++] = c;
    }
    id[k] = '\0';
    if (!k) snprintf(id, sizeof id, "my-level");
    size_t len;
    const char *tpl = script_embedded_template("new-level.lua", &len);
    if (!tpl) {
        fprintf(stderr, "vigie new: the template is missing from this build\n");
        return 1;
    }
    if (!make_parents(path)) return 1;
    FILE *f = fopen(path, "wx"); /* never overwrite a trainer's work */
    if (!f) {
        fprintf(stderr, "vigie new: cannot create %s: %s\n", path,
                errno == EEXIST ? "it already exists" : strerror(errno));
        return 1;
    }
    for (size_t i = 0; i < len; i++) {
        if (tpl[i] == '@' && !strncmp(tpl + i, "@ID@", 4)) {
            fputs(id, f);
            i += 3;
        } else if (tpl[i] == '@' && !strncmp(tpl + i, "@FILE@", 6)) {
            fputs(path, f);
            i += 5;
        } else {
            fputc(tpl[i], f);
        }
    }
    if (fclose(f) != 0) {
        fprintf(stderr, "vigie new: cannot write %s\n", path);
        return 1;
    }
    printf("Wrote %s (id \"%s\").\nCheck it:  vigie check %s\nPlay it:   vigie --open %s\n", path,
           id, path, path);
    return 0;
}
