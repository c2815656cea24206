/* test_api.c — docs/lua-api.md cannot drift from the engine: each list marked
 * <!-- api:NAME --> must hold exactly the names the engine uses. */
#include "script/script.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char *names[256];
    size_t n;
} nameset;

static void add(nameset *s, const char *name)
{
    for (size_t i = 0; i < s->n; i++)
        if (!strcmp(s->names[i], name)) return;
    if (s->n < 256) s->names[s->n++] = strdup(name);
}

static void release(nameset *s)
{
    for (size_t i = 0; i < s->n; i++) free(s->names[i]);
    s->n = 0;
}

static bool has(const nameset *s, const char *name)
{
    for (size_t i = 0; i < s->n; i++)
        if (!strcmp(s->names[i], name)) return true;
    return false;
}

/* The first backticked word of each table row between <!-- api:section --> and <!-- /api -->. */
static nameset documented(const char *section)
{
    static char md[1 << 17];
    FILE *f = fopen(VIGIE_SOURCE_DIR "/docs/lua-api.md", "r");
    cr_assert_not_null(f);
    size_t n = fread(md, 1, sizeof md - 1, f);
    md[n] = '\0';
    fclose(f);
    char marker[64];
    snprintf(marker, sizeof marker, "<!-- api:%s -->", section);
    char *p = strstr(md, marker);
    cr_assert_not_null(p, "docs/lua-api.md has no %s section", marker);
    char *end = strstr(p, "<!-- /api -->");
    cr_assert_not_null(end);
    nameset s = {0};
    for (char *line = p; line && line < end; line = strchr(line + 1, '\n')) {
        if (strncmp(line, "\n| `", 4) != 0) continue;
        char *a = line + 4, *b = strchr(a, '`');
        if (!b) continue;
        *b = '\0';
        add(&s, a);
        *b = '`';
    }
    return s;
}

static void same(const char *section, const nameset *code)
{
    nameset doc = documented(section);
    for (size_t i = 0; i < code->n; i++)
        cr_expect(has(&doc, code->names[i]),
                  "api:%s: the engine has `%s`, docs/lua-api.md does not", section, code->names[i]);
    for (size_t i = 0; i < doc.n; i++)
        cr_expect(has(code, doc.names[i]), "api:%s: docs/lua-api.md has `%s`, the engine does not",
                  section, doc.names[i]);
    release(&doc);
}

static nameset from_list(const char *const *list)
{
    nameset s = {0};
    for (; *list; list++) add(&s, *list);
    return s;
}

Test(api, level_fields_match_the_loader)
{
    nameset s = from_list(script_level_fields);
    same("level", &s);
    release(&s);
}

Test(api, question_fields_match_the_loader)
{
    nameset s = from_list(script_question_fields);
    same("question", &s);
    release(&s);
}

Test(api, pack_fields_match_the_loader)
{
    nameset s = from_list(script_pack_fields);
    same("pack", &s);
    release(&s);
}

static void collect(void *ud, const char *name)
{
    add(ud, name);
}

Test(api, every_name_in_a_level_environment_is_documented)
{
    nameset s = {0};
    script_api_names(collect, &s);
    cr_assert_gt(s.n, 50);
    same("env", &s);
    release(&s);
}

Test(api, the_fields_of_ctx_are_documented)
{
    /* A scoring rule that reports the keys of its ctx through its error message, for a
     * question of a plain kind and one with fields of its own. */
    const char *src =
        "return { id = \"a\", title = \"A\", questions = {\n"
        "  { prompt = \"P\", choices = { \"a\", \"b\" }, correct = 1, time = 10 },\n"
        "  { kind = \"estimate\", prompt = \"E\", min = 0, max = 10, answer = 5 },\n"
        "  { kind = \"password\", prompt = \"W\" },\n"
        "  { kind = \"hotspot\", prompt = \"H\", mail = { from = { name = \"n\", address = \"a\" },"
        " subject = \"s\" } },\n"
        "  { kind = \"game\", prompt = \"G\", draw = function() end,"
        " finish = function() return { credit = 1 } end } },\n"
        "  score = function(answer, ctx)\n"
        "    local ks = {}\n"
        "    for k in pairs(ctx) do ks[#ks + 1] = k end\n"
        "    table.sort(ks)\n"
        "    error(table.concat(ks, \",\"), 0)\n"
        "  end }\n";
    script_level *sl = NULL;
    game_error err = {0};
    cr_assert(script_level_load_source("api.lua", src, strlen(src), NULL, NULL, NULL, &sl, &err),
              "%s", err.message);
    const game_level *lv = script_level_data(sl);
    nameset s = {0};
    for (size_t qi = 0; qi < 5; qi++) {
        game_score_ctx ctx = {.question = &lv->questions[qi],
                              .index = qi,
                              .correct = true,
                              .time_ms = 2000,
                              .limit_ms = 10000,
                              .streak = 1};
        long pts;
        cr_assert_not(script_level_score(sl, &ctx, &pts, &err));
        char *save, *tok = strtok_r(err.message, ",", &save);
        for (; tok; tok = strtok_r(NULL, ",", &save)) add(&s, tok);
    }
    cr_assert_geq(s.n, 19, "%zu keys", s.n);
    same("ctx", &s);
    release(&s);
    script_level_unload(sl);
}
