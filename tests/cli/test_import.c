/* test_import.c — Moodle's quizzes into levels and back (docs/sharing.md): every GIFT type, its
 * escapes and formats, Aiken, malformed sources with their lines, text that tries to break out
 * of a Lua string, the output loaded and checked by the engine in-process, a round trip
 * GIFT → level → GIFT → level, a seeded mutation loop, and the two commands end to end.
 */
#include "../common.h"
#include "app/app.h"
#include "app/app_import.h"
#include "script/script.h"

#include <criterion/criterion.h>
#include <sys/stat.h>
#include <unistd.h>

#define SRC  VIGIE_SOURCE_DIR
#define DATA SRC "/tests/data/import/"

/* ==== helpers ============================================================== */

static char warnings[8192];

static void collect(void *ud, const char *path, int line, const char *msg)
{
    (void)ud;
    size_t n = strlen(warnings);
    snprintf(warnings + n, sizeof warnings - n, "%s:%d: %s\n", path, line, msg);
}

static char *slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    cr_assert_not_null(f, "%s", path);
    static char buf[1 << 16];
    *n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[*n] = '\0';
    return buf;
}

/* Reads GIFT text (or Aiken when aiken). */
static bool read_quiz(const char *src, bool aiken, app_quiz *q, game_error *err)
{
    warnings[0] = '\0';
    memset(err, 0, sizeof *err);
    return aiken ? app_aiken_read("t.gift", src, strlen(src), collect, NULL, q, err)
                 : app_gift_read("t.gift", src, strlen(src), collect, NULL, q, err);
}

/* The quiz as a level, loaded and checked by the engine as `vigie check` does: the level, a
 * session begun on it, its scoring rule called. NULL (and a message) when the engine refuses. */
static script_level *load_lua(const char *lua, size_t n, char *why, size_t nwhy)
{
    script_level *sl = NULL;
    game_error err = {0};
    if (!script_level_load_source("out.lua", lua, n, NULL, NULL, NULL, &sl, &err)) {
        snprintf(why, nwhy, "%d: %s", err.line, err.message);
        return NULL;
    }
    game_session *s = game_session_create(script_level_score, sl, 1);
    bool ok = s && game_session_begin(s, script_level_data(sl), 0, &err) &&
              script_level_check_score(sl, &err);
    game_session_destroy(s);
    if (!ok) {
        snprintf(why, nwhy, "%d: %s", err.line, err.message);
        script_level_unload(sl);
        return NULL;
    }
    return sl;
}

static script_level *level_of(const app_quiz *q, game_lang lang, char **lua)
{
    size_t n;
    cr_assert(app_quiz_lua(q, "imported", lang, lua, &n));
    char why[600];
    script_level *sl = load_lua(*lua, n, why, sizeof why);
    cr_assert_not_null(sl, "the engine refuses the level: %s\n%s", why, *lua);
    return sl;
}

static const game_question *find_q(const game_level *lv, const char *id)
{
    for (size_t i = 0; i < lv->nquestions; i++)
        if (strcmp(lv->questions[i].id, id) == 0) return &lv->questions[i];
    cr_assert_fail("no question \"%s\"", id);
    return NULL;
}

static const char *fr(const game_text *t)
{
    return t->s[GAME_LANG_FR] ? t->s[GAME_LANG_FR] : "(none)";
}

/* ==== every GIFT type ====================================================== */

Test(import, every_gift_type_becomes_the_kind_the_docs_say)
{
    size_t n;
    char *src = slurp(DATA "phishing-fr.gift", &n);
    app_quiz q;
    game_error err;
    cr_assert(read_quiz(src, false, &q, &err), "%d: %s", err.line, err.message);
    char *lua;
    script_level *sl = level_of(&q, GAME_LANG_FR, &lua);
    const game_level *lv = script_level_data(sl);
    cr_expect_str_eq(fr(&lv->title), "Sensibilisation cyber", "one category: the title");
    cr_expect_eq(lv->nquestions, 8);

    const game_question *c = find_q(lv, "lien-douteux");
    cr_expect_eq(c->kind, GAME_KIND_CHOICE);
    cr_expect_eq(c->nchoices, 3);
    cr_expect_eq(c->correct_mask, 1u);
    cr_expect_str_eq(fr(&c->explain),
                     "Bien : on ne suit jamais le lien d'un message inattendu.\n"
                     "Une banque ne demande jamais vos identifiants par e-mail.",
                     "the right answer's feedback, then the general one");
    cr_expect(!c->explain.s[GAME_LANG_EN], "one language: the other is missing, not invented");
    cr_expect(strstr(lua, "-- feedback for \"Je clique sur le lien pour vérifier\""), "%s", lua);

    const game_question *tf = find_q(lv, "cadenas");
    cr_expect_eq(tf->kind, GAME_KIND_TRUEFALSE);
    cr_expect_eq(tf->correct_mask, 2u, "{F}: false is right");
    cr_expect_str_eq(fr(&tf->explain), "Exact : le cadenas ne prouve rien sur l'identité du site.");

    const game_question *m = find_q(lv, "bons-reflexes");
    cr_expect_eq(m->kind, GAME_KIND_MULTI);
    cr_expect_eq(m->correct_mask, 3u, "the positive weights are the right ones");
    cr_expect(strstr(lua, "Moodle's weights: 50% 50% -50% -50%"), "%s", lua);

    const game_question *in = find_q(lv, "signalement");
    cr_expect_eq(in->kind, GAME_KIND_INPUT);
    cr_expect_eq(in->naccept, 2);
    cr_expect_str_eq(in->accept[1], "Signal Spam");

    const game_question *num = find_q(lv, "numero");
    cr_expect(num->numeric);
    cr_expect_eq(num->number, 3018);
    cr_expect_eq(num->tolerance, 0);
    const game_question *range = find_q(lv, "longueur");
    cr_expect_eq(range->number, 14, "{#12..16}: the middle");
    cr_expect_eq(range->tolerance, 2, "and half the range");

    const game_question *s = find_q(lv, "donnees");
    cr_expect_eq(s->kind, GAME_KIND_SORT);
    cr_expect_eq(s->nbins, 2);
    cr_expect_eq(s->nitems, 3);
    cr_expect_eq(s->item_bin[2], 1);

    const game_question *mw = find_q(lv, "double-authentification");
    cr_expect_eq(mw->kind, GAME_KIND_CHOICE);
    cr_expect_str_eq(fr(&mw->prompt), "La double authentification ajoute ___ au mot de passe.");
    cr_expect_eq(mw->correct_mask, 2u);

    cr_expect(strstr(warnings, "t.gift:37: skipped: an essay"), "%s", warnings);
    cr_expect(strstr(warnings, "t.gift:39: skipped: a description"), "%s", warnings);
    script_level_unload(sl);
    free(lua);
    app_quiz_free(&q);
}

Test(import, escapes_formats_and_html_become_plain_text)
{
    size_t n;
    char *src = slurp(DATA "passwords-en.gift", &n);
    app_quiz q;
    game_error err;
    cr_assert(read_quiz(src, false, &q, &err), "%d: %s", err.line, err.message);
    char *lua;
    script_level *sl = level_of(&q, GAME_LANG_EN, &lua);
    const game_level *lv = script_level_data(sl);
    const game_question *h = find_q(lv, "colons-a-test");
    cr_expect_str_eq(h->prompt.s[GAME_LANG_EN], "Which of these is the strongest password?",
                     "tags gone, scripts and styles dropped with what they hold");
    cr_expect_str_eq(h->choices[0].s[GAME_LANG_EN], "correct-horse-battery-staple");
    cr_expect_str_eq(h->explain.s[GAME_LANG_EN],
                     "Length beats complexity\u00a0: four random words are hard to guess.\n"
                     "Use a password manager.\nIt remembers them for you.");
    cr_expect(!strstr(lua, "alert"), "nothing of a script reaches the level");
    const game_question *e = find_q(lv, "escapes");
    cr_expect_str_eq(e->prompt.s[GAME_LANG_EN],
                     "A GIFT text may hold ~ = # { } and : when they are escaped; a back\\slash "
                     "too.\nSecond line.");
    const game_question *p = find_q(lv, "mfa-push");
    cr_expect_eq(p->correct_mask, 2u);
    cr_expect_str_eq(p->explain.s[GAME_LANG_EN],
                     "Never approve a request you did not start: someone has your password.",
                     "one feedback only: it is the explanation");
    const game_question *r = find_q(lv, "ranges");
    cr_expect_eq(r->number, 30);
    cr_expect(strstr(warnings, "t.gift:14: the answer 60"), "%s", warnings);
    const game_question *md = find_q(lv, "q5");
    cr_expect_str_eq(md->prompt.s[GAME_LANG_EN], "What does **MFA** stand for?",
                     "[markdown] is taken off");
    cr_expect_eq(md->naccept, 2, "the 50%% answer is not accepted");
    cr_expect(strstr(warnings, "two-factor authentication"), "%s", warnings);
    script_level_unload(sl);
    free(lua);
    app_quiz_free(&q);
}

Test(import, a_matching_with_five_right_sides_is_skipped_with_a_warning)
{
    app_quiz q;
    game_error err;
    cr_assert(
        read_quiz("Q1 {=a -> 1 =b -> 2 =c -> 3 =d -> 4 =e -> 5}\n\nQ2 {=x ~y}\n", false, &q, &err),
        "%s", err.message);
    cr_expect_eq(q.n, 1);
    cr_expect(strstr(warnings, "t.gift:1: skipped: a matching with 5 different right sides"), "%s",
              warnings);
    app_quiz_free(&q);
}

Test(import, too_many_choices_keep_the_right_one_and_say_so)
{
    app_quiz q;
    game_error err;
    cr_assert(read_quiz("Which?{~a ~b ~c ~d ~e ~f ~g =h}", false, &q, &err), "%s", err.message);
    cr_expect_eq(q.q[0].nanswers, 6);
    cr_expect(q.q[0].answers[5].right, "the right answer is kept");
    cr_expect(strstr(warnings, "8 answers: a level takes 6"), "%s", warnings);
    char *lua;
    script_level *sl = level_of(&q, GAME_LANG_FR, &lua);
    script_level_unload(sl);
    free(lua);
    app_quiz_free(&q);
}

/* ==== Aiken ================================================================ */

Test(import, aiken_questions_with_their_answer_line)
{
    size_t n;
    char *src = slurp(DATA "quiz.aiken.txt", &n);
    app_quiz q;
    game_error err;
    cr_assert(read_quiz(src, true, &q, &err), "%d: %s", err.line, err.message);
    char *lua;
    script_level *sl = level_of(&q, GAME_LANG_EN, &lua);
    const game_level *lv = script_level_data(sl);
    cr_expect_eq(lv->nquestions, 2);
    cr_expect_eq(lv->questions[0].correct_mask, 2u);
    cr_expect_eq(lv->questions[1].nchoices, 4, "A) options too");
    cr_expect_str_eq(lv->questions[1].choices[1].s[GAME_LANG_EN],
                     "Give it to the IT team without plugging it in");
    script_level_unload(sl);
    free(lua);
    app_quiz_free(&q);
}

/* ==== malformed sources ==================================================== */

static const struct {
    const char *src;
    bool aiken;
    const char *said; /* "line: part of the message" */
} malformed[] = {
    {"Q1 {=a ~b}\n\nQ2 {=a\n~b\n\n~c\n", false, "3: this { is never closed"},
    {"Q1 {~a ~b ~c}\n", false, "1: no right answer"},
    {"\n\nQ1 } {=a ~b}\n", false, "3: a } closes no {"},
    {"::T1 Q1 {=a ~b}\n", false, "1: a title opened with :: is not closed"},
    {"Q1\n{#abc}\n", false, "2: \"abc\" is not a number"},
    {"Q1 {=a ~b} and {=c ~d}\n", false, "1: a second answer block"},
    {"Q1 {=a -> b =c}\n", false, "1: a matching answer needs a ->"},
    {"Q1 {#=%50%3}\n", false, "1: no right answer: a numerical"},
    {"Q1 {=%50%yes}\n", false, "1: no right answer: a short answer"},
    {"Only text\n\nAnd more text\n", false, "no question a level can play"},
    {"Q1 {x =a ~b}\n", false, "1: \"x\" in the answers is none of them"},
    {"Q1 {\n=a\n~ \n}\n", false, "1: answer 2 of this question is empty"},
    {"Q1\nA. yes\nB. no\nANSWER: C\n", true, "4: the ANSWER: line must name one of the options"},
    {"Q1\nA. yes\nB. no\n\nQ2\nA. x\nB. y\nANSWER: A\n", true, "1: this question has no ANSWER"},
    {"Q1\nA. yes\nC. no\nANSWER: A\n", true, "3: the options must follow each other"},
    {"ANSWER: A\n", true, "1: an ANSWER: line with no options"},
    {"Q1\nA. yes\nANSWER: A\n", true, "1: a question needs at least two options"},
};

Test(import, malformed_sources_say_their_line_and_why)
{
    for (size_t i = 0; i < sizeof malformed / sizeof *malformed; i++) {
        app_quiz q;
        game_error err;
        bool ok = read_quiz(malformed[i].src, malformed[i].aiken, &q, &err);
        app_quiz_free(&q);
        char said[600];
        snprintf(said, sizeof said, "%d: %s", err.line, err.message);
        cr_expect(!ok, "case %zu is refused", i);
        cr_expect(strstr(said, malformed[i].said), "case %zu: \"%s\", expected \"%s\"", i, said,
                  malformed[i].said);
    }
}

Test(import, a_file_that_is_not_text_is_refused_at_its_line)
{
    static const char bin[] = "Q1 {=a ~b}\n\nQ2\0\x01\x02 {=a ~b}";
    app_quiz q;
    game_error err = {0};
    cr_expect(!app_gift_read("t.gift", bin, sizeof bin - 1, NULL, NULL, &q, &err));
    cr_expect_eq(err.line, 3);
    cr_expect(strstr(err.message, "not a text file"), "%s", err.message);
    app_quiz_free(&q);
}

/* ==== hostile text ========================================================= */

Test(import, text_that_would_break_a_lua_string_stays_text)
{
    /* quotes, "]]", a long bracket, backslashes, an escaped \n, a tab, an escape byte, a bidi
     * mark and Lua code: all stay inside their string */
    static const char src[] =
        "::evil::\"]] .. os.exit() .. [[\" \\\\\" \\\\\\\\ --[==[ x\\nline\t\x1b[31m\xe2\x80\xae "
        "end return \\{\\} --{=\\\\ =]]\"}\n";
    app_quiz q;
    game_error err;
    cr_assert(read_quiz(src, false, &q, &err), "%s", err.message);
    char *lua;
    script_level *sl = level_of(&q, GAME_LANG_FR, &lua);
    const game_level *lv = script_level_data(sl);
    cr_assert_eq(lv->nquestions, 1);
    cr_expect_str_eq(fr(&lv->questions[0].prompt),
                     "\"]] .. os.exit() .. [[\" \\\" \\\\ --[==[ x\nline [31m end return {} --",
                     "the escape byte and the bidi mark are gone, the rest is text");
    cr_expect_str_eq(lv->questions[0].accept[0], "\\");
    cr_expect_str_eq(lv->questions[0].accept[1], "]]\"");
    script_level_unload(sl);
    free(lua);
    app_quiz_free(&q);
    /* not UTF-8: read as Windows-1252, said once */
    cr_assert(read_quiz("Mot de passe \xe9t\xe9 \x80 \xc3\x28 {T}", false, &q, &err), "%s",
              err.message);
    cr_expect(strstr(warnings, "t.gift:1: the file is not UTF-8"), "%s", warnings);
    sl = level_of(&q, GAME_LANG_FR, &lua);
    cr_expect_str_eq(fr(&script_level_data(sl)->questions[0].prompt),
                     "Mot de passe \u00e9t\u00e9 \u20ac \u00c3(");
    script_level_unload(sl);
    free(lua);
    app_quiz_free(&q);
}

Test(import, a_lua_literal_escapes_every_byte_that_could_end_it)
{
    static const char s[] = "a\"b\\c\nd\0e\r]]\x7f\x01"
                            "9\xc3";
    app_buf b = {0};
    app_lua_quote(&b, s, sizeof s - 1);
    cr_assert_str_eq(b.s, "\"a\\\"b\\\\c\\nd\\000e\\013]]\\127\\0019\xef\xbf\xbd\"");
    app_buf_free(&b);
    app_buf c = {0};
    app_lua_comment(&c, "x\ny\rz");
    cr_expect_str_eq(c.s, "x y z", "a comment cannot end early and let text become code");
    app_buf_free(&c);
}

/* ==== the round trip ======================================================= */

static void same_levels(const game_level *a, const game_level *b)
{
    cr_assert_eq(a->nquestions, b->nquestions);
    for (size_t i = 0; i < a->nquestions; i++) {
        const game_question *x = &a->questions[i], *y = &b->questions[i];
        cr_expect_str_eq(x->id, y->id);
        cr_expect_eq(x->kind, y->kind, "%s", x->id);
        cr_expect_str_eq(fr(&x->prompt), fr(&y->prompt), "%s", x->id);
        cr_expect_str_eq(fr(&x->explain), fr(&y->explain), "%s", x->id);
        cr_expect_eq(x->nchoices, y->nchoices, "%s", x->id);
        cr_expect_eq(x->correct_mask, y->correct_mask, "%s", x->id);
        for (size_t c = 0; c < x->nchoices && c < y->nchoices; c++)
            cr_expect_str_eq(fr(&x->choices[c]), fr(&y->choices[c]), "%s", x->id);
        cr_expect_eq(x->naccept, y->naccept, "%s", x->id);
        for (size_t k = 0; k < x->naccept && k < y->naccept; k++)
            cr_expect_str_eq(x->accept[k], y->accept[k], "%s", x->id);
        cr_expect_eq(x->numeric, y->numeric, "%s", x->id);
        cr_expect_eq(x->number, y->number, "%s", x->id);
        cr_expect_eq(x->tolerance, y->tolerance, "%s", x->id);
        cr_expect_eq(x->nitems, y->nitems, "%s", x->id);
        cr_expect_eq(x->nbins, y->nbins, "%s", x->id);
        for (size_t k = 0; k < x->nitems && k < y->nitems; k++) {
            cr_expect_str_eq(fr(&x->items[k]), fr(&y->items[k]), "%s", x->id);
            cr_expect_eq(x->item_bin[k], y->item_bin[k], "%s", x->id);
        }
    }
}

Test(import, gift_to_level_to_gift_to_level_keeps_every_question)
{
    size_t n;
    char *src = slurp(DATA "phishing-fr.gift", &n);
    app_quiz q1, q2;
    game_error err;
    cr_assert(read_quiz(src, false, &q1, &err), "%s", err.message);
    char *lua1, *lua2, *gift;
    script_level *l1 = level_of(&q1, GAME_LANG_FR, &lua1);
    size_t gn, nq;
    warnings[0] = '\0';
    cr_assert(app_gift_write(script_level_data(l1), GAME_LANG_FR, collect, NULL, &gift, &gn, &nq));
    cr_expect_eq(nq, script_level_data(l1)->nquestions, "every kind of this quiz maps back");
    cr_assert(read_quiz(gift, false, &q2, &err), "%d: %s\n%s", err.line, err.message, gift);
    script_level *l2 = level_of(&q2, GAME_LANG_FR, &lua2);
    same_levels(script_level_data(l1), script_level_data(l2));
    cr_expect_str_eq(fr(&script_level_data(l2)->title), "Sensibilisation cyber",
                     "the category carries the title");
    script_level_unload(l1);
    script_level_unload(l2);
    free(lua1);
    free(lua2);
    free(gift);
    app_quiz_free(&q1);
    app_quiz_free(&q2);
}

/* ==== mutations ============================================================ */

Test(import, thousands_of_mutated_quizzes_never_crash_and_what_is_accepted_loads)
{
    unsigned seed = test_seed("import mutations", 1811);
    static const char *const files[] = {DATA "phishing-fr.gift", DATA "passwords-en.gift",
                                        DATA "quiz.aiken.txt"};
    static const char specials[] = "{}~=#:\\\n%->[]<>&;/ \"'";
    static char base[3][1 << 14];
    size_t nbase[3];
    for (size_t f = 0; f < 3; f++) {
        size_t n;
        char *s = slurp(files[f], &n);
        memcpy(base[f], s, n);
        nbase[f] = n;
    }
    game_rng rng;
    game_rng_init(&rng, seed);
    int rounds = TEST_SANITIZED ? 600 : 3000, accepted = 0;
    static char buf[1 << 15];
    for (int r = 0; r < rounds; r++) {
        size_t f = game_rng_below(&rng, 3);
        size_t n = nbase[f];
        memcpy(buf, base[f], n);
        int edits = 1 + (int)game_rng_below(&rng, 6);
        for (int e = 0; e < edits && n > 2; e++) {
            size_t at = game_rng_below(&rng, (uint32_t)n);
            switch (game_rng_below(&rng, 4)) {
            case 0:
                buf[at] = specials[game_rng_below(&rng, sizeof specials - 1)];
                break;
            case 1:
                buf[at] = (char)game_rng_below(&rng, 256);
                break;
            case 2:
                memmove(buf + at, buf + at + 1, n - at - 1), n--;
                break;
            default:
                if (n + 1 < sizeof buf) {
                    memmove(buf + at + 1, buf + at, n - at);
                    buf[at] = specials[game_rng_below(&rng, sizeof specials - 1)];
                    n++;
                }
            }
        }
        app_quiz q;
        game_error err = {0};
        bool ok = f == 2 ? app_aiken_read("m.txt", buf, n, NULL, NULL, &q, &err)
                         : app_gift_read("m.gift", buf, n, NULL, NULL, &q, &err);
        if (!ok) {
            cr_expect(err.line >= 1 && err.message[0], "round %d (seed %u): an error says where", r,
                      seed);
            app_quiz_free(&q);
            continue;
        }
        accepted++;
        char *lua;
        size_t ln;
        cr_assert(app_quiz_lua(&q, "m", r % 2 ? GAME_LANG_EN : GAME_LANG_FR, &lua, &ln));
        /* loading is the slow part: every accepted output in the first rounds, then a share */
        if (r < 400 || r % 4 == 0) {
            char why[600];
            script_level *sl = load_lua(lua, ln, why, sizeof why);
            cr_expect_not_null(sl, "round %d (seed %u): the engine refuses it: %s\n%s", r, seed,
                               why, lua);
            script_level_unload(sl);
        }
        free(lua);
        app_quiz_free(&q);
    }
    cr_expect(accepted > rounds / 10, "only %d of %d accepted: the mutations are too rough",
              accepted, rounds);
}

/* ==== the commands ========================================================= */

static int vigie(const char *args, const char **out)
{
    char cmd[3000];
    snprintf(cmd, sizeof cmd, "cd '%s' && '%s' %s 2>&1", SRC, VIGIE_BIN, args);
    return run_capture(cmd, out);
}

Test(import, the_commands_end_to_end)
{
    char dir[] = "/tmp/vigie-import-XXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    char args[2000];
    const char *out;
    snprintf(args, sizeof args, "import tests/data/import/phishing-fr.gift --out %s/quiz.lua", dir);
    cr_assert_eq(vigie(args, &out), 0, "%s", out);
    cr_expect(strstr(out, "phishing-fr.gift:37: warning: skipped: an essay"), "%s", out);
    cr_expect(strstr(out, "Wrote"), "%s", out);
    snprintf(args, sizeof args, "check %s/quiz.lua", dir);
    cr_expect_eq(vigie(args, &out), 0, "vigie check takes it as it is: %s", out);
    cr_expect(strstr(out, "has no English (en) translation"), "%s", out);
    snprintf(args, sizeof args, "import tests/data/import/phishing-fr.gift --out %s/quiz.lua", dir);
    cr_expect_eq(vigie(args, &out), 1, "an existing file is never overwritten");
    cr_expect(strstr(out, "already exists"), "%s", out);
    /* malformed: path:line, exit 1, nothing written */
    snprintf(args, sizeof args, "%s/bad.gift", dir);
    FILE *f = fopen(args, "w");
    cr_assert_not_null(f);
    fputs("Q1 {=a ~b}\n\nQ2 {~a ~b}\n", f);
    fclose(f);
    snprintf(args, sizeof args, "import %s/bad.gift --out %s/bad.lua", dir, dir);
    cr_expect_eq(vigie(args, &out), 1);
    cr_expect(strstr(out, "bad.gift:3: no right answer"), "%s", out);
    snprintf(args, sizeof args, "%s/bad.lua", dir);
    cr_expect_neq(access(args, F_OK), 0, "no output file after an error");
    /* the format is guessed from the text; an unknown ending must be said */
    snprintf(args, sizeof args, "import tests/data/import/quiz.aiken.txt --lang en --out %s/a.lua",
             dir);
    cr_expect_eq(vigie(args, &out), 0, "%s", out);
    snprintf(args, sizeof args, "import README.md --out %s/r.lua", dir);
    cr_expect_eq(vigie(args, &out), 1);
    cr_expect(strstr(out, "--format"), "%s", out);
    cr_expect_eq(vigie("import tests/data/import/quiz.aiken.txt", &out), 2, "no --out: usage");
    cr_expect_eq(vigie("import x.gift --format csv --out y.lua", &out), 2);
    /* and back: a shipped level with kinds GIFT has not */
    snprintf(args, sizeof args,
             "export-level levels/lycee/phishing-basics.lua --format gift "
             "--out %s/back.gift",
             dir);
    cr_expect_eq(vigie(args, &out), 0, "%s", out);
    cr_expect(strstr(out, "Wrote"), "%s", out);
    snprintf(args, sizeof args, "import %s/back.gift --out %s/back.lua", dir, dir);
    cr_expect_eq(vigie(args, &out), 0, "what export-level writes, import reads: %s", out);
    snprintf(args, sizeof args, "check %s/back.lua", dir);
    cr_expect_eq(vigie(args, &out), 0, "%s", out);
    cr_expect_eq(vigie("export-level levels/lycee/phishing-basics.lua --out x.gift", &out), 2,
                 "--format gift is required");
    cr_expect_eq(remove_tree(dir), 0);
}
