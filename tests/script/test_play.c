/* test_play.c — mini-games in the Lua host: the callbacks, g's drawing functions as canvas
 * commands, the per-frame budget, the result's checks, tweens, and scripted steps. */
#include "script/script.h"

#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* A level around one game question: body is the question's fields after kind and prompt. */
static script_level *game(const char *body, game_error *err)
{
    char src[8192];
    snprintf(src, sizeof src,
             "local n, over, log = 0, false, {}\n"
             "return { id = \"g\", title = \"G\", questions = { {\n"
             "  kind = \"game\", prompt = \"P\", explain = \"E\",\n%s\n} } }\n",
             body);
    script_level *sl = NULL;
    script_options opt = {.has_seed = true, .seed = 1, .quiet = true};
    if (!script_level_load_source("/tmp/game.lua", src, strlen(src), &opt, NULL, NULL, &sl, err))
        return NULL;
    return sl;
}

static script_level *must(const char *body)
{
    game_error err = {0};
    script_level *sl = game(body, &err);
    cr_assert_not_null(sl, "%s:%d: %s", err.file, err.line, err.message);
    return sl;
}

#define H script_play_host()

Test(play, a_game_needs_draw_and_finish_functions)
{
    game_error err = {0};
    cr_assert_null(game("finish = function() return { credit = 1 } end", &err));
    cr_assert(strstr(err.message, "draw must be a function"), "%s", err.message);
    cr_assert_null(game("draw = function() end, finish = 3", &err));
    cr_assert(strstr(err.message, "finish must be a function"), "%s", err.message);
    cr_assert_null(game("draw = function() end, finish = function() end, update = \"x\"", &err));
    cr_assert(strstr(err.message, "update must be a function"), "%s", err.message);
    cr_assert_null(
        game("draw = function() end, finish = function() end, images = { \"../x.png\" }", &err));
    cr_assert(strstr(err.message, "in the level's folder"), "%s", err.message);
}

Test(play, a_game_is_untimed_unless_its_question_says)
{
    script_level *sl = must("draw = function() end, finish = function() return { credit = 1 } end");
    cr_assert_eq(script_level_data(sl)->questions[0].time_ms, 0);
    cr_assert_eq(script_level_data(sl)->questions[0].kind, GAME_KIND_PLAY);
    script_level_unload(sl);
}

Test(play, callbacks_run_in_order_and_draw_fills_the_canvas)
{
    script_level *sl = must(
        "init = function(g) n = 0; log = { g.width, g.height, g.lang } end,\n"
        "update = function(dt) n = n + 1; return n >= 3 end,\n"
        "input = function(e) log[#log + 1] = e.type .. ':' .. (e.key or (e.x .. ',' .. e.y)) end,\n"
        "draw = function(g)\n"
        "  g.clear('bg'); g.rect(10, 20, 30, 40, '#ff000080'); g.panel(0, 0, 100, 50, 'panel')\n"
        "  g.frame(1, 2, 3, 4, 'accent', 2); g.circle(50, 60, 7, 'right'); g.line(0, 0, 9, 9, "
        "'wrong')\n"
        "  g.text({ fr = 'Bonjour', en = 'Hello' }, 0, 0, 500, 100, { size = 40, bold = true, "
        "align = 'center', valign = 'middle', color = 'ink' })\n"
        "  g.text(log[3] .. n, 0, 0, 100, 100)\n"
        "end,\n"
        "finish = function(timeout) return { credit = n / 4, summary = log[1] .. 'x' .. log[2], "
        "items = { { text = log[4] or '-', ok = true }, { text = log[5] or '-', why = 'w' },"
        " { text = 'half', ok = 0.5 } } } end");
    game_error err = {0};
    cr_assert(H->start(sl, 0, GAME_LANG_EN, 0, &err), "%s", err.message);
    game_event key = {GAME_EV_KEY, "left", 0, 0}, tap = {GAME_EV_PRESS, "", 12.4f, 99.6f};
    bool over = false;
    cr_assert(H->input(sl, &key, &over, &err));
    cr_assert(H->input(sl, &tap, &over, &err));
    cr_assert_not(over);
    game_canvas c = {0};
    for (int i = 0; i < 3; i++) {
        cr_assert(H->update(sl, 1.0 / 60, 0, &over, &err), "%s", err.message);
        cr_assert(H->draw(sl, GAME_LANG_EN, &c, &err), "%s", err.message);
    }
    cr_assert(over);
    cr_assert_eq(c.n, 8);
    cr_assert_eq(c.cmds[0].kind, GAME_DRAW_RECT);
    cr_assert_eq(c.cmds[0].theme, GAME_COLOR_BG);
    cr_assert_float_eq(c.cmds[0].w, GAME_CANVAS_W, 1e-3);
    cr_assert_eq(c.cmds[1].theme, GAME_COLOR_RGBA);
    cr_assert_eq(c.cmds[1].rgba, 0xff000080u);
    cr_assert_eq(c.cmds[2].kind, GAME_DRAW_PANEL);
    cr_assert_float_eq(c.cmds[2].size, 16, 1e-3); /* the default radius */
    cr_assert_eq(c.cmds[3].kind, GAME_DRAW_FRAME);
    cr_assert_eq(c.cmds[4].kind, GAME_DRAW_CIRCLE);
    cr_assert_eq(c.cmds[5].kind, GAME_DRAW_LINE);
    cr_assert_eq(c.cmds[6].kind, GAME_DRAW_TEXT);
    cr_assert_str_eq(c.text + c.cmds[6].text, "Hello");
    cr_assert(c.cmds[6].bold && c.cmds[6].align == 1 && c.cmds[6].valign == GAME_VALIGN_MIDDLE);
    cr_assert_eq(c.cmds[6].theme, GAME_COLOR_INK);
    cr_assert_str_eq(c.text + c.cmds[7].text, "en3");
    game_play_result r;
    cr_assert(H->finish(sl, false, &r, &err), "%s", err.message);
    cr_assert_float_eq(r.credit, 0.75, 1e-9);
    cr_assert_str_eq(game_text_get(&r.summary, GAME_LANG_FR), "1200x600");
    cr_assert_eq(r.nitems, 3);
    cr_assert(!r.items[2].ok && r.items[2].partly, "ok = 0.5 is half right");
    cr_assert_str_eq(game_text_get(&r.items[0].text, GAME_LANG_FR), "key:left");
    cr_assert_str_eq(game_text_get(&r.items[1].text, GAME_LANG_FR), "press:12,100");
    cr_assert(r.items[0].ok && !r.items[1].ok);
    cr_assert_eq(game_play_result_right(&r), 1);
    game_play_result_deinit(&r);
    game_canvas_deinit(&c);
    script_level_unload(sl);
}

Test(play, init_starts_afresh_each_time)
{
    script_level *sl =
        must("init = function() n = 0 end, update = function() n = n + 1 end,\n"
             "draw = function() end, finish = function() return { credit = n / 10 } end");
    game_error err = {0};
    for (int round = 0; round < 2; round++) {
        bool over;
        cr_assert(H->start(sl, 0, GAME_LANG_FR, 0, &err));
        for (int i = 0; i < 5; i++) cr_assert(H->update(sl, 0.1, 0, &over, &err));
        game_play_result r;
        cr_assert(H->finish(sl, false, &r, &err), "%s", err.message);
        cr_assert_float_eq(r.credit, 0.5, 1e-9);
        game_play_result_deinit(&r);
    }
    script_level_unload(sl);
}

Test(play, drawing_outside_draw_is_an_error_with_its_line)
{
    script_level *sl = must("init = function(g) keep = g end,\n"
                            "update = function() keep.rect(0, 0, 1, 1, 'text') end,\n"
                            "draw = function() end, finish = function() return { credit = 1 } end");
    game_error err = {0};
    bool over;
    cr_assert(H->start(sl, 0, GAME_LANG_FR, 0, &err));
    cr_assert_not(H->update(sl, 0.1, 0, &over, &err));
    cr_assert(strstr(err.message, "only works inside draw"), "%s", err.message);
    cr_assert_eq(err.line, 5);
    /* a failed game is over: nothing more runs until it starts again */
    cr_assert_not(H->update(sl, 0.1, 0, &over, &err));
    cr_assert(strstr(err.message, "not running"), "%s", err.message);
    script_level_unload(sl);
}

Test(play, bad_arguments_say_what_is_wrong)
{
    static const struct {
        const char *draw, *want;
    } cases[] = {
        {"g.rect(0, 0, 1, 1, 'pink')", "unknown colour \"pink\""},
        {"g.rect(0, 0, 1, 1, '#12345')", "unknown colour"},
        {"g.text(nil, 0, 0, 1, 1)", "must be a string"},
        {"g.text({}, 0, 0, 1, 1)", "must be a string"},
        {"g.text('x', 0, 0, 1, 1, { align = 'middle' })", "style.align"},
        {"g.text(string.rep('x', 3000), 0, 0, 100, 100)", "too long"},
        {"g.text('a\\0b', 0, 0, 100, 100)", "control character"},
        {"g.text('\\xff', 0, 0, 100, 100)", "UTF-8"},
        {"g.image('missing.png', 0, 0, 10, 10)", "not in the question's images"},
        {"g.rect('a', 0, 1, 1, 'text')", "number expected"},
        {"g.sound('boom')", "invalid option"},
        {"g.tween(0, 1, 1, 'wobble')", "unknown ease"},
        {"for i = 1, 3000 do g.rect(0, 0, 1, 1, 'text') end", "more than 2000"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char body[600];
        snprintf(body, sizeof body,
                 "draw = function(g) %s end, finish = function() return { credit = 1 } end",
                 cases[i].draw);
        script_level *sl = must(body);
        game_error err = {0};
        game_canvas c = {0};
        cr_assert(H->start(sl, 0, GAME_LANG_FR, 0, &err));
        cr_assert_not(H->draw(sl, GAME_LANG_FR, &c, &err), "%s drew", cases[i].draw);
        cr_assert(strstr(err.message, cases[i].want), "%s: %s", cases[i].draw, err.message);
        cr_assert_eq(err.line, 4, "%s: line %d", cases[i].draw, err.line);
        game_canvas_deinit(&c);
        script_level_unload(sl);
    }
}

Test(play, sizes_and_coordinates_are_kept_in_bounds)
{
    script_level *sl =
        must("draw = function(g) g.text('x', 0/0, 1e300, 10, 10, { size = 2 })\n"
             "  g.text('y', 0, 0, 10, 10, { size = 500 }); g.rect(0, 0, -5, 10, 'text')\n"
             "  g.circle(0, 0, 1e9, 'text') end,\n"
             "finish = function() return { credit = 1 } end");
    game_error err = {0};
    game_canvas c = {0};
    cr_assert(H->start(sl, 0, GAME_LANG_FR, 0, &err));
    cr_assert(H->draw(sl, GAME_LANG_FR, &c, &err), "%s", err.message);
    cr_assert_eq(c.n, 3); /* the empty rectangle is no command */
    cr_assert_float_eq(c.cmds[0].x, 0, 1e-6);
    cr_assert_float_eq(c.cmds[0].y, 100000, 1e-3);
    cr_assert_float_eq(c.cmds[0].size, 24, 1e-6);
    cr_assert_float_eq(c.cmds[1].size, 120, 1e-6);
    cr_assert_float_eq(c.cmds[2].w, 2000, 1e-3);
    game_canvas_deinit(&c);
    script_level_unload(sl);
}

/* CPU time of this thread, where the level runs: a loaded machine does not stretch it. */
static double cpu_ms_since(const struct timespec *t0)
{
    struct timespec t1;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t1);
    return (double)(t1.tv_sec - t0->tv_sec) * 1e3 + (double)(t1.tv_nsec - t0->tv_nsec) / 1e6;
}

Test(play, a_frame_that_runs_too_long_is_stopped_at_its_budget)
{
    unsetenv("VIGIE_FRAME_BUDGET_MS"); /* the engine's own budget is the subject */
    const char *where[] = {"update", "draw", "input"};
    for (int k = 0; k < 3; k++) {
        char body[400];
        snprintf(body, sizeof body,
                 "%s = function() while true do end end,\n%s"
                 "finish = function() return { credit = 1 } end",
                 where[k], k == 1 ? "" : "draw = function() end,\n");
        script_level *sl = must(body);
        game_error err = {0};
        bool over;
        game_canvas c = {0};
        game_event ev = {GAME_EV_KEY, "a", 0, 0};
        cr_assert(H->start(sl, 0, GAME_LANG_FR, 0, &err));
        struct timespec t0;
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t0);
        bool ok = k == 0   ? H->update(sl, 0.016, 0, &over, &err)
                  : k == 1 ? H->draw(sl, GAME_LANG_FR, &c, &err)
                           : H->input(sl, &ev, &over, &err);
        double ms = cpu_ms_since(&t0);
        cr_assert_not(ok);
        cr_assert_eq(err.kind, GAME_ERR_TIME);
        cr_assert(strstr(err.message, "budget of one frame"), "%s", err.message);
        cr_assert(strstr(err.message, where[k]), "%s", err.message);
        cr_assert_eq(err.line, 4, "%d", err.line);
        cr_assert_lt(ms, 500, "stopped after %.0f ms of CPU", ms); /* 50 ms, room for ASan */
        game_canvas_deinit(&c);
        script_level_unload(sl);
    }
}

Test(play, finish_must_return_a_proper_result)
{
    static const struct {
        const char *ret, *want;
    } cases[] = {
        {"nil", "must return a table"},
        {"{}", "credit must be a number"},
        {"{ credit = 1.5 }", "credit must be"},
        {"{ credit = -0.1 }", "credit must be"},
        {"{ credit = 0/0 }", "credit must be"},
        {"{ credit = 1, items = 3 }", "items must be a list"},
        {"{ credit = 1, items = { 1 } }", "item 1 must be a table"},
        {"{ credit = 1, items = { { ok = true } } }", "text is missing"},
        {"{ credit = 1, summary = { de = 'x' } }", "must be a string"},
        {"{ credit = 1, items = { { text = 'x', ok = 1.5 } } }", "ok must be"},
        {"{ credit = 1, items = (function() local t = {} for i = 1, 17 do t[i] = { text = 'x' } "
         "end return t end)() }",
         "17 items; 16 at most"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char body[600];
        snprintf(body, sizeof body, "draw = function() end, finish = function() return %s end",
                 cases[i].ret);
        script_level *sl = must(body);
        game_error err = {0};
        game_play_result r;
        cr_assert(H->start(sl, 0, GAME_LANG_FR, 0, &err));
        cr_assert_not(H->finish(sl, false, &r, &err), "%s was accepted", cases[i].ret);
        cr_assert(strstr(err.message, cases[i].want), "%s: %s", cases[i].ret, err.message);
        script_level_unload(sl);
    }
}

Test(play, tweens_follow_the_game_clock)
{
    script_level *sl =
        must("init = function(g) t = g.tween(10, 20, 1, 'linear'); e = g.tween(0, 1, 1, 'out'); gg "
             "= g end,\n"
             "draw = function(g) g.text(string.format('%.3f %.3f %s %.3f', t:value(), e:value(), "
             "tostring(t:done()), gg.ease('inout', 0.25)), 0, 0, 500, 100) end,\n"
             "finish = function() return { credit = 1 } end");
    game_error err = {0};
    game_canvas c = {0};
    bool over;
    cr_assert(H->start(sl, 0, GAME_LANG_FR, 0, &err), "%s", err.message);
    cr_assert(H->update(sl, 0.25, 0, &over, &err));
    cr_assert(H->draw(sl, GAME_LANG_FR, &c, &err), "%s", err.message);
    cr_assert_str_eq(c.text + c.cmds[0].text, "12.500 0.438 false 0.125");
    for (int i = 0; i < 4; i++) cr_assert(H->update(sl, 0.25, 0, &over, &err));
    cr_assert(H->draw(sl, GAME_LANG_FR, &c, &err), "%s", err.message);
    cr_assert_str_eq(c.text + c.cmds[0].text, "20.000 1.000 true 0.125");
    game_canvas_deinit(&c);
    script_level_unload(sl);
}

Test(play, sounds_reach_the_frame_and_text_follows_the_language)
{
    script_level *sl = must("input = function() g_.sound('right'); g_.sound('click') end,\n"
                            "init = function(g) g_ = g end,\n"
                            "draw = function(g) g.text(g.tr({ fr = 'oui', en = 'yes' }) .. g.lang,"
                            " 0, 0, 100, 100) end,\n"
                            "finish = function() return { credit = 1 } end");
    game_error err = {0};
    game_canvas c = {0};
    bool over;
    game_event ev = {GAME_EV_KEY, "enter", 0, 0};
    cr_assert(H->start(sl, 0, GAME_LANG_FR, 0, &err));
    cr_assert(H->input(sl, &ev, &over, &err), "%s", err.message);
    cr_assert(H->draw(sl, GAME_LANG_EN, &c, &err), "%s", err.message);
    cr_assert_eq(c.nsounds, 2);
    cr_assert_eq(c.sounds[0], GAME_SOUND_RIGHT);
    cr_assert_eq(c.sounds[1], GAME_SOUND_CLICK);
    cr_assert_str_eq(c.text + c.cmds[0].text, "yesen");
    game_canvas_deinit(&c);
    script_level_unload(sl);
}

Test(play, a_game_that_fills_memory_is_stopped)
{
    script_level *sl = must("update = function() local t = {} for i = 1, 1e9 do t[i] = "
                            "string.rep('x', 100) .. i end end,\n"
                            "draw = function() end, finish = function() return { credit = 1 } end");
    game_error err = {0};
    bool over;
    cr_assert(H->start(sl, 0, GAME_LANG_FR, 0, &err));
    cr_assert_not(H->update(sl, 0.016, 0, &over, &err));
    cr_assert(err.kind == GAME_ERR_MEMORY || err.kind == GAME_ERR_TIME, "%d %s", err.kind,
              err.message);
    script_level_unload(sl);
}

Test(play, the_simulation_gives_steps_at_their_time_and_ends_on_time)
{
    script_level *sl =
        must("init = function() n = 0; log = {} end,\n"
             "update = function(dt) n = n + dt end,\n"
             "input = function(e) log[#log + 1] = string.format('%s@%.3f', e.key or e.type, n);"
             " return e.key == 'enter' end,\n"
             "draw = function() end,\n"
             "finish = function(timeout) return { credit = 1, summary = table.concat(log, ' ') .."
             " (timeout and ' T' or '') } end");
    game_play_step steps[] = {{100, {GAME_EV_KEY, "a", 0, 0}},
                              {100, {GAME_EV_PRESS, "", 1, 1}},
                              {500, {GAME_EV_KEY, "enter", 0, 0}},
                              {900, {GAME_EV_KEY, "b", 0, 0}}};
    game_error err = {0};
    game_canvas c = {0};
    game_play_outcome oc;
    cr_assert(game_play_simulate(H, sl, 0, GAME_LANG_FR, 0, steps, 4, 0, &c, &oc, &err), "%s",
              err.message);
    cr_assert(oc.over && !oc.timeout);
    cr_assert_eq(oc.elapsed_ms, 500); /* frame 30: 30 × 1/60 s */
    game_play_result r;
    cr_assert(H->finish(sl, oc.timeout, &r, &err));
    /* a step comes before its frame's update: at 100 ms (frame 6), 5 frames were updated */
    cr_assert_str_eq(game_text_get(&r.summary, GAME_LANG_FR), "a@0.083 press@0.083 enter@0.483");
    game_play_result_deinit(&r);

    /* with a time limit and no end, the time runs out; finish is told */
    cr_assert(game_play_simulate(H, sl, 0, GAME_LANG_FR, 2000, steps, 2, 0, &c, &oc, &err));
    cr_assert(oc.timeout && !oc.over);
    cr_assert_eq(oc.elapsed_ms, 2000);
    cr_assert(H->finish(sl, oc.timeout, &r, &err));
    cr_assert(strstr(game_text_get(&r.summary, GAME_LANG_FR), " T"));
    game_play_result_deinit(&r);

    /* untimed and never over: an error, not a hang */
    cr_assert_not(game_play_simulate(H, sl, 0, GAME_LANG_FR, 0, steps, 2, 0, &c, &oc, &err));
    cr_assert(strstr(err.message, "not over after 15 minutes"), "%s", err.message);
    game_canvas_deinit(&c);
    script_level_unload(sl);
}

static const char *write_tmp(const char *name, const char *src)
{
    static char path[300];
    snprintf(path, sizeof path, "/tmp/vigie-play-%d-%s", (int)getpid(), name);
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f);
    fputs(src, f);
    fclose(f);
    return path;
}

Test(play, answers_files_script_a_game)
{
    script_level *sl = must("draw = function() end, finish = function() return { credit = 1 } end");
    const game_level *lv = script_level_data(sl);
    game_error err = {0};
    game_scripted *a = NULL;
    size_t n = 0;
    const char *ok =
        write_tmp("ok.lua", "return { { play = { { at = 0.5, key = 'left' }, "
                            "{ at = 1, tap = { 600, 300 } }, { at = 1.5, move = { 1, 2 } } } } }");
    cr_assert(script_answers_load(ok, lv, &a, &n, &err), "%s", err.message);
    cr_assert_eq(a[0].nsteps, 4); /* the tap is a press and a release */
    cr_assert_eq(a[0].steps[0].at_ms, 500);
    cr_assert_str_eq(a[0].steps[0].ev.key, "left");
    cr_assert_eq(a[0].steps[1].ev.kind, GAME_EV_PRESS);
    cr_assert_eq(a[0].steps[2].ev.kind, GAME_EV_RELEASE);
    cr_assert_float_eq(a[0].steps[2].ev.x, 600, 1e-6);
    cr_assert_eq(a[0].steps[3].ev.kind, GAME_EV_MOVE);
    script_answers_free(a, n);
    static const struct {
        const char *src, *want;
    } bad[] = {
        {"return { { play = 3 } }", "is a game"},
        {"return { { play = { { key = 'a' } } } }", "needs at ="},
        {"return { { play = { { at = 2, key = 'a' }, { at = 1, key = 'b' } } } }", "in order"},
        {"return { { play = { { at = 1, key = 'F1' } } } }", "unknown key"},
        {"return { { play = { { at = 1, tap = { 'x' } } } } }", "tap = { x, y }"},
        {"return { { play = { { at = 1 } } } }", "give key ="},
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        cr_assert_not(script_answers_load(write_tmp("bad.lua", bad[i].src), lv, &a, &n, &err), "%s",
                      bad[i].src);
        cr_assert(strstr(err.message, bad[i].want), "%s: %s", bad[i].src, err.message);
    }
    script_level_unload(sl);
}

Test(play, the_default_rule_scores_the_credit_without_a_speed_factor)
{
    script_level *sl = must("draw = function() end, finish = function() return { credit = 1 } end");
    const game_level *lv = script_level_data(sl);
    game_score_ctx ctx = {.question = &lv->questions[0], .streak = 1, .time_ms = 50000};
    ctx.resp.credit = 0.4;
    long pts = -1;
    game_error err = {0};
    cr_assert(script_level_score(sl, &ctx, &pts, &(double){0}, &err), "%s", err.message);
    cr_assert_eq(pts, 400);
    ctx.timeout = true;
    cr_assert(script_level_score(sl, &ctx, &pts, &(double){0}, &err));
    cr_assert_eq(pts, 0);
    script_level_unload(sl);
}

/* Reduced motion (issue 17): the game sees the player's setting as g.reduced_motion, false
 * unless the host says so, and it stays for the next start. */
Test(play, a_mini_game_sees_g_reduced_motion)
{
    script_level *sl = must("init = function(g) seen = tostring(g.reduced_motion) end,\n"
                            "draw = function(g) g.clear('bg') end,\n"
                            "finish = function() return { credit = 1, summary = seen } end");
    game_error err = {0};
    game_play_result r;
    cr_assert(H->start(sl, 0, GAME_LANG_FR, 0, &err), "%s", err.message);
    cr_assert(H->finish(sl, false, &r, &err), "%s", err.message);
    cr_assert_str_eq(game_text_get(&r.summary, GAME_LANG_FR), "false");
    game_play_result_deinit(&r);
    cr_assert_not_null(H->set_reduced_motion);
    H->set_reduced_motion(sl, true);
    for (int i = 0; i < 2; i++) { /* and again at the next start */
        cr_assert(H->start(sl, 0, GAME_LANG_FR, 0, &err), "%s", err.message);
        cr_assert(H->finish(sl, false, &r, &err), "%s", err.message);
        cr_assert_str_eq(game_text_get(&r.summary, GAME_LANG_FR), "true");
        game_play_result_deinit(&r);
    }
    script_level_unload(sl);
}
