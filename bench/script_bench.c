/* script_bench.c — the Lua host's figures for `make bench`:
 *   levels loaded and checked per second (1,000 generated levels),
 *   the cost of one call from C into a level's scoring function,
 *   the runaway guard's overhead on CPU-bound level code, against the same code unguarded,
 *   the time from the limit to the abort of an endless loop,
 *   a shipped mini-game's update + draw per frame, in the sandbox, without rendering. */
#include "game/game.h"
#include "game/game_play.h"
#include "script/script.h"

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static const char *QUESTION = "    { id = \"q%d\", kind = \"choice\", prompt = { fr = \"Question "
                              "%d ?\", en = \"Question %d?\" },\n"
                              "      choices = { { fr = \"Un\", en = \"One\" }, { fr = \"Deux\", "
                              "en = \"Two\" }, { fr = \"Trois\", en = \"Three\" } },\n"
                              "      correct = 2, explain = { fr = \"Parce que.\", en = "
                              "\"Because.\" }, source = \"ANSSI\", time = 20 },\n";

static void write_level(const char *path, int id, int nq, const char *extra)
{
    FILE *f = fopen(path, "w");
    fprintf(f,
            "return {\n  id = \"level-%d\",\n  title = { fr = \"Niveau\", en = \"Level\" },\n  "
            "questions = {\n",
            id);
    for (int q = 0; q < nq; q++) fprintf(f, QUESTION, q, q, q);
    fprintf(f, "  },\n%s}\n", extra ? extra : "");
    fclose(f);
}

/* CPU-bound level code, for the guard's overhead. */
#define WORK "local s = 0 for i = 1, 3e7 do s = s + i %% 7 end return s"

int main(void)
{
    char dir[] = "/tmp/vigie-bench-XXXXXX";
    if (!mkdtemp(dir)) return 1;
    char path[400];

    /* 1. Load and check 1,000 levels of 10 questions, as `vigie check` does. */
    int n = 1000;
    for (int i = 0; i < n; i++) {
        snprintf(path, sizeof path, "%s/l%04d.lua", dir, i);
        write_level(path, i, 10, NULL);
    }
    double t0 = now();
    for (int i = 0; i < n; i++) {
        snprintf(path, sizeof path, "%s/l%04d.lua", dir, i);
        script_level *sl;
        game_error err;
        if (!script_level_load(path, NULL, NULL, NULL, &sl, &err)) {
            fprintf(stderr, "%s\n", err.message);
            return 1;
        }
        game_session *s = game_session_create(script_level_score, sl, 1);
        game_session_begin(s, script_level_data(sl), 0, &err);
        game_session_destroy(s);
        script_level_unload(sl);
    }
    double t1 = now();
    printf(
        "levels loaded and checked: %.0f per second (1,000 levels of 10 questions, %.2f ms each)\n",
        n / (t1 - t0), (t1 - t0) * 1000 / n);

    /* 2. One call into the default scoring rule. */
    snprintf(path, sizeof path, "%s/score.lua", dir);
    write_level(path, 0, 1, NULL);
    script_level *sl;
    game_error err;
    script_level_load(path, NULL, NULL, NULL, &sl, &err);
    const game_level *lv = script_level_data(sl);
    game_score_ctx ctx = {.question = &lv->questions[0],
                          .resp = {.chosen = 2},
                          .correct = true,
                          .time_ms = 3000,
                          .limit_ms = 20000,
                          .streak = 2};
    long pts, calls = 200000;
    t0 = now();
    for (long i = 0; i < calls; i++) script_level_score(sl, &ctx, &pts, &(double){0}, &err);
    t1 = now();
    printf("a call from C into a level's scoring function: %.2f us (the default rule, %ld calls)\n",
           (t1 - t0) * 1e6 / calls, calls);
    script_level_unload(sl);

    /* 3. The guard's overhead on CPU-bound code: the same function in a guarded level and
     * in a bare Lua state with no hook and no timer. Best of 5 each. */
    snprintf(path, sizeof path, "%s/work.lua", dir);
    char extra[200];
    snprintf(extra, sizeof extra, "  score = function() " WORK " end,\n");
    write_level(path, 0, 1, extra);
    script_options opt = {.budget_ms = 60000};
    script_level_load(path, &opt, NULL, NULL, &sl, &err);
    lv = script_level_data(sl);
    ctx.question = &lv->questions[0];
    double guarded = 1e9, bare = 1e9;
    lua_State *L = luaL_newstate();
    luaL_openlibs(L);
    char src[200];
    snprintf(src, sizeof src, WORK);
    for (int r = 0; r < 5; r++) {
        t0 = now();
        script_level_score(sl, &ctx, &pts, &(double){0}, &err);
        t1 = now();
        if (t1 - t0 < guarded) guarded = t1 - t0;
        luaL_loadstring(L, src);
        t0 = now();
        lua_pcall(L, 0, 1, 0);
        t1 = now();
        lua_pop(L, 1);
        if (t1 - t0 < bare) bare = t1 - t0;
    }
    lua_close(L);
    script_level_unload(sl);
    printf("runaway guard on CPU-bound level code: %.3fx the unguarded time (%.0f ms vs %.0f ms)\n",
           guarded / bare, guarded * 1000, bare * 1000);

    /* 4. From the limit to the abort of an endless loop (budget 100 ms). */
    snprintf(path, sizeof path, "%s/loop.lua", dir);
    write_level(path, 0, 1, "  score = function() while true do end end,\n");
    script_options o100 = {.budget_ms = 100};
    script_level_load(path, &o100, NULL, NULL, &sl, &err);
    lv = script_level_data(sl);
    ctx.question = &lv->questions[0];
    double worst = 0, sum = 0;
    for (int r = 0; r < 10; r++) {
        t0 = now();
        script_level_score(sl, &ctx, &pts, &(double){0}, &err);
        double late = (now() - t0) * 1000 - 100;
        sum += late;
        if (late > worst) worst = late;
    }
    script_level_unload(sl);
    printf("endless loop stopped %.3f ms after its limit on average, %.3f ms at worst (10 runs)\n",
           sum / 10, worst);

    /* A mini-game's Lua per frame: its scripted mixed run, played headless at 60 frames a
     * second (update, draw into the canvas); the ui's rendering is in bench/run. */
    static const char *const games[] = {"inbox-triage", "chatbot-invente"};
    for (size_t k = 0; k < 2; k++) {
        char lvpath[300], anspath[300];
        snprintf(lvpath, sizeof lvpath, "levels/lycee/%s.lua", games[k]);
        snprintf(anspath, sizeof anspath, "tests/levels/%s.mixed.lua", games[k]);
        script_options gopt = {.has_seed = true, .seed = 1, .quiet = true};
        script_level *gl = NULL;
        game_scripted *ans = NULL;
        size_t nans = 0;
        game_error gerr = {0};
        if (!script_level_load(lvpath, &gopt, NULL, NULL, &gl, &gerr) ||
            !script_answers_load(anspath, script_level_data(gl), &ans, &nans, &gerr)) {
            fprintf(stderr, "%s: %s (run from the source folder)\n", lvpath, gerr.message);
            script_level_unload(gl);
            continue;
        }
        game_canvas canvas = {0};
        game_play_outcome oc = {0};
        size_t cmds = 0;
        double g0 = now();
        int rounds = 5;
        for (int r = 0; r < rounds; r++) {
            if (!game_play_simulate(script_play_host(), gl, 0, GAME_LANG_FR, 0, ans[0].steps,
                                    ans[0].nsteps, 0, &canvas, &oc, &gerr))
                fprintf(stderr, "%s: %s\n", lvpath, gerr.message);
            cmds = canvas.n;
        }
        double g1 = now();
        double frames = (double)rounds * oc.elapsed_ms * 60.0 / 1000.0;
        printf("mini-game %s: update + draw %.1f us a frame (%.0f frames, last frame %zu "
               "shapes)\n",
               games[k], (g1 - g0) * 1e6 / frames, frames, cmds);
        game_canvas_deinit(&canvas);
        script_answers_free(ans, nans);
        script_level_unload(gl);
    }

    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : 1;
}
