/* app_import.c — `vigie import`: a Moodle quiz (GIFT or Aiken, read by app_gift.c and
 * app_aiken.c) written as a commented Lua level in one language, for the trainer to finish
 * (explanations, the second language). The file is written whole or not at all, and never over
 * an existing one (docs/sharing.md).
 */
#include "app.h"
#include "app_import.h"
#include "app_outfile.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ==== the level ============================================================ */

static const char *const lua_kind[APP_QUIZ_KIND_COUNT] = {
    [APP_QUIZ_CHOICE] = "choice", [APP_QUIZ_MULTI] = "multi",  [APP_QUIZ_TRUEFALSE] = "truefalse",
    [APP_QUIZ_TEXT] = "input",    [APP_QUIZ_NUMBER] = "input", [APP_QUIZ_SORT] = "sort",
};

/* { fr = "…" }: a text in the quiz's one language. */
static void lua_text(app_buf *b, game_lang lang, const char *s)
{
    app_buf_fmt(b, "{ %s = ", game_lang_code(lang));
    app_lua_quote(b, s, strlen(s));
    app_buf_str(b, " }");
}

static void lua_number(app_buf *b, double v)
{
    char num[40];
    snprintf(num, sizeof num, "%.15g", v);
    app_buf_str(b, num);
}

/* A question id from its title: lower-case ASCII letters, digits and dashes; "" when none. */
static void slug(const char *title, char *out, size_t n)
{
    /* U+00C0–U+00FF without their accents ("é" is "e"); '-' for the signs among them */
    static const char fold[] = "aaaaaaaceeeeiiii-nooooo-ouuuuy-saaaaaaaceeeeiiii-nooooo-ouuuuy-y";
    size_t k = 0;
    for (const char *p = title; p && *p && k + 1 < n; p++) {
        char c = *p;
        unsigned char u = (unsigned char)c, u2 = (unsigned char)p[1];
        if ((u == 0xc3 && u2 >= 0x80 && u2 <= 0xbf) || (u == 0xc5 && (u2 == 0x92 || u2 == 0x93))) {
            c = u == 0xc5 ? 'o' : fold[u2 - 0x80];
            p++;
        }
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        if (ok)
            out[k++] = c;
        else if (k && out[k - 1] != '-')
            out[k++] = '-';
    }
    while (k && out[k - 1] == '-') k--;
    out[k] = '\0';
}

static bool id_taken(char (*ids)[48], size_t n, const char *id)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(ids[i], id) == 0) return true;
    return false;
}

static const char *base_name(const char *path)
{
    const char *b = strrchr(path, '/');
    return b ? b + 1 : path;
}

static void comment_lines(app_buf *b, const char *indent, const char *text)
{
    const char *p = text;
    while (*p) {
        size_t n = strcspn(p, "\n");
        char *line = strndup(p, n);
        if (!line) return;
        app_buf_fmt(b, "%s-- ", indent);
        app_lua_comment(b, line);
        app_buf_str(b, "\n");
        free(line);
        p += n + (p[n] == '\n');
    }
}

static void lua_question(app_buf *b, const app_quiz *q, const app_quiz_question *qq, const char *id,
                         game_lang lang)
{
    const char *in = "    ";
    app_buf_fmt(b, "%s-- %s:%d, %s", in, base_name(q->path), qq->line, qq->from);
    if (qq->title) {
        app_buf_str(b, ", \"");
        app_lua_comment(b, qq->title);
        app_buf_str(b, "\"");
    }
    app_buf_str(b, "\n");
    if (qq->notes.n) comment_lines(b, in, qq->notes.s);
    app_buf_fmt(b, "%s{\n%s  id = ", in, in);
    app_lua_quote(b, id, strlen(id));
    app_buf_fmt(b, ",\n%s  kind = \"%s\",\n%s  prompt = ", in, lua_kind[qq->kind], in);
    lua_text(b, lang, qq->prompt);
    app_buf_str(b, ",\n");
    switch (qq->kind) {
    case APP_QUIZ_CHOICE:
    case APP_QUIZ_MULTI: {
        app_buf_fmt(b, "%s  choices = {\n", in);
        app_buf right = {0};
        size_t nright = 0;
        for (size_t i = 0; i < qq->nanswers; i++) {
            app_buf_fmt(b, "%s    ", in);
            lua_text(b, lang, qq->answers[i].text);
            app_buf_str(b, qq->answers[i].right ? ", -- right\n" : ",\n");
            if (qq->answers[i].right) app_buf_fmt(&right, "%s%zu", nright++ ? ", " : "", i + 1);
        }
        if (qq->kind == APP_QUIZ_CHOICE)
            app_buf_fmt(b, "%s  },\n%s  correct = %s,\n", in, in, right.s ? right.s : "1");
        else
            app_buf_fmt(b, "%s  },\n%s  correct = { %s },\n", in, in, right.s ? right.s : "1");
        app_buf_free(&right);
        break;
    }
    case APP_QUIZ_TRUEFALSE:
        app_buf_fmt(b, "%s  correct = %s,\n", in, qq->truth ? "true" : "false");
        break;
    case APP_QUIZ_TEXT:
        app_buf_fmt(b, "%s  accept = { ", in);
        for (size_t i = 0; i < qq->nanswers; i++) {
            app_lua_quote(b, qq->answers[i].text, strlen(qq->answers[i].text));
            app_buf_str(b, i + 1 < qq->nanswers ? ", " : " },\n");
        }
        break;
    case APP_QUIZ_NUMBER:
        app_buf_fmt(b, "%s  number = ", in);
        lua_number(b, qq->number);
        app_buf_fmt(b, ",\n%s  tolerance = ", in);
        lua_number(b, qq->tolerance);
        app_buf_str(b, ",\n");
        break;
    case APP_QUIZ_SORT:
        app_buf_fmt(b, "%s  bins = {\n", in);
        for (size_t k = 0; k < qq->nbins; k++) {
            app_buf_fmt(b, "%s    ", in);
            lua_text(b, lang, qq->bins[k]);
            app_buf_fmt(b, ", -- bin %zu\n", k + 1);
        }
        app_buf_fmt(b, "%s  },\n%s  items = {\n", in, in);
        for (size_t i = 0; i < qq->nanswers; i++) {
            app_buf_fmt(b, "%s    { text = ", in);
            lua_text(b, lang, qq->answers[i].text);
            app_buf_fmt(b, ", bin = %d },\n", qq->answers[i].bin + 1);
        }
        app_buf_fmt(b, "%s  },\n", in);
        break;
    case APP_QUIZ_KIND_COUNT:
        break;
    }
    if (qq->explain) {
        app_buf_fmt(b, "%s  explain = ", in);
        lua_text(b, lang, qq->explain);
        app_buf_str(b, ",\n");
    } else {
        app_buf_fmt(b, "%s  -- explain = { %s = \"…\" }, -- why the right answer is right\n", in,
                    game_lang_code(lang));
    }
    app_buf_fmt(b, "%s},\n", in);
}

bool app_quiz_lua(const app_quiz *q, const char *id, game_lang lang, char **out, size_t *n)
{
    app_buf b = {0};
    const char *src = base_name(q->path);
    const char *other = lang == GAME_LANG_FR ? "en" : "fr";
    app_buf_str(&b, "-- ");
    app_lua_comment(&b, src);
    app_buf_fmt(&b, " (Moodle %s), importé par `vigie import` / imported by `vigie import`.\n",
                q->format);
    app_buf_fmt(&b,
                "-- Écrit en une seule langue (%s) / written in one language (%s). À compléter / "
                "to finish it:\n"
                "--   * la seconde langue de chaque texte / each text's second language:\n"
                "--       { %s = \"…\", %s = \"…\" }\n"
                "--   * une explication (explain) à chaque question qui n'en a pas / an "
                "explanation\n"
                "--     for each question without one: why the right answer is right;\n"
                "--   * puis / then: vigie check FILE, vigie --open FILE\n"
                "-- Chaque question dit sa ligne d'origine ; « import: » dit ce que Vigie n'a pas\n"
                "-- gardé / each question gives its source line; \"import:\" says what was not "
                "kept.\n",
                game_lang_code(lang), game_lang_code(lang), game_lang_code(lang), other);
    app_buf_str(&b, "return {\n  id = ");
    app_lua_quote(&b, id, strlen(id));
    app_buf_str(&b, ",\n  title = ");
    char title[200];
    if (q->ncategories == 1 && q->category && q->category[0]) {
        snprintf(title, sizeof title, "%s", q->category);
    } else {
        snprintf(title, sizeof title, "%s", src);
        char *dot = strrchr(title, '.');
        if (dot && dot != title) *dot = '\0';
    }
    char *t = app_text_clean(title, strlen(title));
    if (t) app_text_cut(t, 160);
    lua_text(&b, lang, t && t[0] ? t : "Quiz");
    free(t);
    app_buf_str(&b, ",\n  questions = {\n");
    char(*ids)[48] = calloc(q->n ? q->n : 1, sizeof *ids);
    if (!ids) {
        app_buf_free(&b);
        return false;
    }
    const char *category = NULL;
    for (size_t i = 0; i < q->n; i++) {
        const app_quiz_question *qq = &q->q[i];
        if (q->ncategories > 1 && qq->category && qq->category != category) {
            app_buf_str(&b, "\n    -- $CATEGORY: ");
            app_lua_comment(&b, qq->category);
            app_buf_str(&b, "\n");
            category = qq->category;
        }
        char s[48];
        slug(qq->title, s, 41);
        if (!s[0] || id_taken(ids, i, s)) snprintf(s, sizeof s, "q%zu", i + 1);
        for (int k = 2; id_taken(ids, i, s); k++) snprintf(s, sizeof s, "q%zu-%d", i + 1, k);
        memcpy(ids[i], s, sizeof s);
        lua_question(&b, q, qq, s, lang);
    }
    free(ids);
    app_buf_str(&b, "  },\n}\n");
    if (b.oom) {
        app_buf_free(&b);
        return false;
    }
    *out = b.s;
    *n = b.n;
    return true;
}

/* ==== the command ========================================================== */

typedef struct {
    int warnings;
} import_stats;

static void on_warning(void *ud, const char *path, int line, const char *msg)
{
    import_stats *st = ud;
    st->warnings++;
    fprintf(stderr, "%s:%d: warning: %s\n", path, line, msg);
}

/* The format from the name's ending and the text: an ANSWER: line is Aiken, braces are GIFT. */
static const char *guess_format(const char *path, const char *src, size_t n, char *why, size_t nwhy)
{
    const char *dot = strrchr(base_name(path), '.');
    if (!dot ||
        (strcmp(dot, ".gift") != 0 && strcmp(dot, ".txt") != 0 && strcmp(dot, ".aiken") != 0)) {
        snprintf(why, nwhy,
                 "cannot tell the format from the name: say --format gift or "
                 "--format aiken");
        return NULL;
    }
    bool braces = false, answer = false;
    for (size_t i = 0; i < n; i++) {
        if (src[i] == '\\')
            i++;
        else if (src[i] == '{')
            braces = true;
        else if ((i == 0 || src[i - 1] == '\n') && n - i >= 7 && memcmp(src + i, "ANSWER:", 7) == 0)
            answer = true;
    }
    if (braces) return "gift";
    if (answer) return "aiken";
    snprintf(why, nwhy,
             "cannot tell the format: no answers in braces (GIFT) and no ANSWER: line (Aiken); "
             "say --format gift or --format aiken");
    return NULL;
}

/* The level's id from the file it goes to, as `vigie new` makes it. */
static void id_from_path(const char *out, char *id, size_t n)
{
    const char *b = base_name(out);
    size_t len = strlen(b);
    if (len > 4 && strcmp(b + len - 4, ".lua") == 0) len -= 4;
    size_t k = 0;
    for (size_t i = 0; i < len && k + 1 < n && k < 64; i++) {
        char c = b[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) c = '-';
        id[k++] = c;
    }
    id[k] = '\0';
    if (!k) snprintf(id, n, "imported-quiz");
}

static char *read_all(const char *path, size_t *n, char *err, size_t nerr)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        snprintf(err, nerr, "%s: %s", path, strerror(errno));
        return NULL;
    }
    if (!S_ISREG(st.st_mode)) {
        snprintf(err, nerr, "%s: not a file", path);
        return NULL;
    }
    if ((unsigned long long)st.st_size > APP_QUIZ_MAX_BYTES) {
        snprintf(err, nerr, "%s:1: the file is %lld bytes long; a quiz is read up to %u", path,
                 (long long)st.st_size, APP_QUIZ_MAX_BYTES);
        return NULL;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, nerr, "%s: %s", path, strerror(errno));
        return NULL;
    }
    char *buf = malloc(APP_QUIZ_MAX_BYTES + 1);
    size_t got = buf ? fread(buf, 1, APP_QUIZ_MAX_BYTES + 1, f) : 0;
    fclose(f);
    if (!buf) {
        snprintf(err, nerr, "out of memory");
        return NULL;
    }
    if (got > APP_QUIZ_MAX_BYTES) {
        free(buf);
        snprintf(err, nerr, "%s:1: the file is larger than the %u bytes a quiz is read up to", path,
                 APP_QUIZ_MAX_BYTES);
        return NULL;
    }
    *n = got;
    return buf;
}

bool app_quiz_args_read(int argc, char **argv, const char *cmd, app_quiz_args *a)
{
    *a = (app_quiz_args){.lang = GAME_LANG_FR};
    for (int i = 0; i < argc; i++) {
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(argv[i], "--format") == 0 && v) {
            a->format = argv[++i];
        } else if (strcmp(argv[i], "--lang") == 0 && v) {
            i++;
            if (strcmp(v, "fr") == 0)
                a->lang = GAME_LANG_FR;
            else if (strcmp(v, "en") == 0)
                a->lang = GAME_LANG_EN;
            else {
                fprintf(stderr, "vigie %s: --lang is fr or en, not \"%s\"\n", cmd, v);
                return false;
            }
        } else if (strcmp(argv[i], "--out") == 0 && v) {
            a->out = argv[++i];
        } else if (argv[i][0] == '-' || a->in) {
            return false;
        } else {
            a->in = argv[i];
        }
    }
    return a->in && a->out;
}

int app_cmd_import(int argc, char **argv)
{
    app_quiz_args a;
    if (!app_quiz_args_read(argc, argv, "import", &a)) return APP_USAGE;
    const char *in = a.in, *out = a.out, *format = a.format;
    game_lang lang = a.lang;
    if (format && strcmp(format, "gift") != 0 && strcmp(format, "aiken") != 0) {
        fprintf(stderr, "vigie import: --format is gift or aiken, not \"%s\"\n", format);
        return APP_USAGE;
    }
    if (!in || !out) return APP_USAGE;
    size_t olen = strlen(out);
    if (olen < 5 || strcmp(out + olen - 4, ".lua") != 0) {
        fprintf(stderr, "vigie import: the level's name must end in .lua\n");
        return APP_USAGE;
    }
    struct stat st;
    if (lstat(out, &st) == 0) { /* never over a trainer's work, as vigie new */
        fprintf(stderr,
                "vigie import: %s already exists: choose another --out, or remove it "
                "first\n",
                out);
        return 1;
    }
    char msg[600];
    size_t n = 0;
    char *src = read_all(in, &n, msg, sizeof msg);
    if (!src) {
        fprintf(stderr, "vigie import: %s\n", msg);
        return 1;
    }
    if (!format) format = guess_format(in, src, n, msg, sizeof msg);
    if (!format) {
        fprintf(stderr, "%s:1: %s\n", in, msg);
        free(src);
        return 1;
    }
    import_stats stats = {0};
    app_quiz quiz;
    game_error err = {0};
    bool ok = strcmp(format, "gift") == 0
                  ? app_gift_read(in, src, n, on_warning, &stats, &quiz, &err)
                  : app_aiken_read(in, src, n, on_warning, &stats, &quiz, &err);
    free(src);
    int status = 1;
    char *lua = NULL;
    size_t nlua = 0;
    if (!ok) {
        fprintf(stderr, "%s:%d: %s\n", err.file[0] ? err.file : in, err.line > 0 ? err.line : 1,
                err.message);
        goto cleanup;
    }
    char id[72];
    id_from_path(out, id, sizeof id);
    if (!app_quiz_lua(&quiz, id, lang, &lua, &nlua)) {
        fprintf(stderr, "vigie import: out of memory\n");
        goto cleanup;
    }
    app_outfile of;
    if (!app_outfile_begin(&of, out, msg, sizeof msg)) {
        fprintf(stderr, "vigie import: %s\n", msg);
        goto cleanup;
    }
    FILE *f = fopen(of.tmp, "wb");
    bool written = f && fwrite(lua, 1, nlua, f) == nlua;
    if (f && fclose(f) != 0) written = false;
    if (!app_outfile_end(&of, written, (const unsigned char *)"}\n", 2, msg, sizeof msg)) {
        fprintf(stderr, "vigie import: %s\n", msg);
        goto cleanup;
    }
    printf("Wrote %s: %zu question%s from %s (%s, in %s)%s.\n", out, quiz.n, quiz.n == 1 ? "" : "s",
           in, quiz.format, game_lang_code(lang), stats.warnings ? "; see the warnings above" : "");
    printf("Next: add the %s and the explanations, then  vigie check %s\n",
           lang == GAME_LANG_FR ? "English (en)" : "French (fr)", out);
    status = 0;
cleanup:
    free(lua);
    app_quiz_free(&quiz);
    return status;
}
