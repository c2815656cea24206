/* app_export_level.c — `vigie export-level`: a level, loaded and checked as `vigie check` loads
 * it, written as a Moodle GIFT file for the kinds GIFT has (choice, multi, true/false, input,
 * sort as a matching); the others skipped with a warning that names them (docs/sharing.md).
 */
#include "app.h"
#include "app_import.h"
#include "app_outfile.h"
#include "script/script.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ==== GIFT text ============================================================ */

/* s as GIFT text: its special characters escaped, line breaks as \n, "->" (which GIFT reads as
 * a matching) as "- >". A text that starts with "[" gets [moodle] first, so that it is not read
 * as a format. *arrow is set when an arrow was broken. */
static void gift_text(app_buf *b, const char *s, bool *arrow)
{
    if (s[0] == '[') app_buf_str(b, "[moodle]");
    for (const char *p = s; *p; p++) {
        if (strchr("~=#{}:\\", *p)) {
            char t[2] = {'\\', *p};
            app_buf_add(b, t, 2);
        } else if (*p == '\n') {
            app_buf_str(b, "\\n");
        } else if (*p == '-' && p[1] == '>') {
            app_buf_str(b, "- ");
            if (arrow) *arrow = true;
        } else {
            app_buf_add(b, p, 1);
        }
    }
}

/* A weight in the form Moodle's grades take: 100, 50, 33.33333, -25… */
static void gift_weight(app_buf *b, double w)
{
    char num[32];
    snprintf(num, sizeof num, "%.5f", w);
    char *e = num + strlen(num) - 1;
    while (*e == '0') *e-- = '\0';
    if (*e == '.') *e = '\0';
    app_buf_fmt(b, "%%%s%%", num);
}

static bool word_is(const char *s, const char *a, const char *b)
{
    return strcasecmp(s, a) == 0 || strcasecmp(s, b) == 0;
}

/* ==== the level ============================================================ */

typedef struct {
    const game_level *lv;
    game_lang lang;
    app_quiz_warn_fn warn;
    void *ud;
} gift_out;

static void say(const gift_out *o, const game_question *q, const char *fmt, const char *arg)
{
    if (!o->warn) return;
    char msg[400];
    snprintf(msg, sizeof msg, fmt, q->id ? q->id : "?", arg);
    o->warn(o->ud, o->lv->path ? o->lv->path : "level", q->line > 0 ? q->line : 1, msg);
}

/* t in the chosen language; the other one, with a warning, when it has none. */
static const char *text_in(const gift_out *o, const game_question *q, const game_text *t)
{
    if (t->s[o->lang]) return t->s[o->lang];
    const char *other = game_text_get(t, o->lang);
    if (other[0])
        say(o, q, "question \"%s\" has no %s text: its other language is written",
            game_lang_code(o->lang));
    return other;
}

static bool write_question(const gift_out *o, app_buf *b, const game_question *q)
{
    bool arrow = false;
    const char *kind = game_kind_name(q->kind);
    bool truefalse_like = q->kind == GAME_KIND_CHOICE && q->nchoices == 2 &&
                          ((word_is(game_text_get(&q->choices[0], o->lang), "vrai", "true") &&
                            word_is(game_text_get(&q->choices[1], o->lang), "faux", "false")) ||
                           (word_is(game_text_get(&q->choices[0], o->lang), "faux", "false") &&
                            word_is(game_text_get(&q->choices[1], o->lang), "vrai", "true")));
    switch (q->kind) {
    case GAME_KIND_CHOICE:
    case GAME_KIND_MULTI:
    case GAME_KIND_TRUEFALSE:
    case GAME_KIND_INPUT:
        break;
    case GAME_KIND_SORT:
        break;
    default:
        say(o, q, "question \"%s\" (%s) has no GIFT form: skipped", kind);
        return false;
    }
    app_buf_fmt(b, "// %s (%s), line %d\n", q->id, kind, q->line);
    if (q->source) {
        app_buf_str(b, "// source: ");
        for (const char *p = q->source; *p; p++) app_buf_add(b, *p == '\n' ? " " : p, 1);
        app_buf_str(b, "\n");
    }
    app_buf_str(b, "::");
    gift_text(b, q->id, &arrow);
    app_buf_str(b, "::");
    gift_text(b, text_in(o, q, &q->prompt), &arrow);
    app_buf_str(b, " {");
    if (truefalse_like) {
        const char *first = game_text_get(&q->choices[0], o->lang);
        bool first_true = word_is(first, "vrai", "true");
        bool right_is_first = q->correct_mask & 1u;
        app_buf_str(b, first_true == right_is_first ? "TRUE" : "FALSE");
    } else if (q->kind == GAME_KIND_TRUEFALSE) {
        app_buf_str(b, q->correct_mask & 1u ? "TRUE" : "FALSE");
    } else if (q->kind == GAME_KIND_CHOICE || q->kind == GAME_KIND_MULTI) {
        size_t nright = 0;
        for (size_t c = 0; c < q->nchoices; c++) nright += (q->correct_mask >> c) & 1u;
        size_t nwrong = q->nchoices - nright;
        for (size_t c = 0; c < q->nchoices; c++) {
            bool right = (q->correct_mask >> c) & 1u;
            app_buf_str(b, "\n\t");
            if (q->kind == GAME_KIND_CHOICE) {
                app_buf_str(b, right ? "=" : "~");
            } else {
                /* the right ones share 100%; the wrong ones take it back, so ticking every
                 * box earns nothing in Moodle either */
                app_buf_str(b, "~");
                gift_weight(b, right    ? 100.0 / (double)nright
                               : nwrong ? -100.0 / (double)nwrong
                                        : 0);
            }
            gift_text(b, text_in(o, q, &q->choices[c]), &arrow);
        }
    } else if (q->kind == GAME_KIND_INPUT && q->numeric) {
        char num[80];
        snprintf(num, sizeof num, "#%.15g:%.15g", q->number, q->tolerance);
        app_buf_str(b, num);
    } else if (q->kind == GAME_KIND_INPUT) {
        for (size_t i = 0; i < q->naccept; i++) {
            app_buf_str(b, "\n\t=");
            gift_text(b, q->accept[i], &arrow);
        }
    } else { /* sort: each card to its bin */
        for (size_t k = 0; k < q->nitems; k++) {
            app_buf_str(b, "\n\t=");
            gift_text(b, text_in(o, q, &q->items[k]), &arrow);
            app_buf_str(b, " -> ");
            gift_text(b, text_in(o, q, &q->bins[q->item_bin[k]]), &arrow);
        }
        /* a bin that no card goes to: a right side with no left one */
        for (size_t k = 0; k < q->nbins; k++) {
            bool used = false;
            for (size_t i = 0; i < q->nitems; i++) used |= q->item_bin[i] == k;
            if (used) continue;
            app_buf_str(b, "\n\t= -> ");
            gift_text(b, text_in(o, q, &q->bins[k]), &arrow);
        }
    }
    const char *explain =
        q->explain.s[o->lang] || q->explain.s[!o->lang] ? text_in(o, q, &q->explain) : NULL;
    if (explain && explain[0]) {
        app_buf_str(b, q->kind == GAME_KIND_CHOICE || q->kind == GAME_KIND_MULTI ||
                               q->kind == GAME_KIND_SORT ||
                               (q->kind == GAME_KIND_INPUT && !q->numeric)
                           ? "\n\t####"
                           : "####");
        gift_text(b, explain, &arrow);
    }
    bool multiline = !truefalse_like && q->kind != GAME_KIND_TRUEFALSE &&
                     !(q->kind == GAME_KIND_INPUT && q->numeric);
    app_buf_str(b, multiline ? "\n}\n\n" : "}\n\n");
    if (arrow)
        say(o, q,
            "question \"%s\": a \"->\" in its text is written \"- >\" (%s reads -> as a "
            "matching)",
            "GIFT");
    return true;
}

bool app_gift_write(const game_level *lv, game_lang lang, app_quiz_warn_fn warn, void *ud,
                    char **out, size_t *n, size_t *nwritten)
{
    gift_out o = {lv, lang, warn, ud};
    app_buf b = {0};
    const char *title = game_text_get(&lv->title, lang);
    app_buf_str(&b, "// ");
    for (const char *p = title; *p; p++) app_buf_add(&b, *p == '\n' ? " " : p, 1);
    app_buf_fmt(&b,
                " (level \"%s\"), written by `vigie export-level` for Moodle:\n"
                "// Question bank > Import > GIFT format.\n\n$CATEGORY: $course$/top/",
                lv->id ? lv->id : "");
    for (const char *p = title; *p; p++) app_buf_add(&b, *p == '\n' || *p == '/' ? "-" : p, 1);
    app_buf_str(&b, "\n\n");
    *nwritten = 0;
    for (size_t i = 0; i < lv->nquestions; i++)
        *nwritten += write_question(&o, &b, &lv->questions[i]);
    if (b.oom) {
        app_buf_free(&b);
        return false;
    }
    *out = b.s;
    *n = b.n;
    return true;
}

/* ==== the command ========================================================== */

static void on_warning(void *ud, const char *path, int line, const char *msg)
{
    (void)ud;
    fprintf(stderr, "%s:%d: warning: %s\n", path, line, msg);
}

/* The level's own warnings (a missing translation…) are check's business, not this one's. */
static void quiet(void *ud, const char *file, int line, const char *msg)
{
    (void)ud, (void)file, (void)line, (void)msg;
}

int app_cmd_export_level(int argc, char **argv)
{
    app_quiz_args a;
    if (!app_quiz_args_read(argc, argv, "export-level", &a)) return APP_USAGE;
    const char *in = a.in, *out = a.out, *format = a.format;
    game_lang lang = a.lang;
    if (!format) return APP_USAGE;
    if (strcmp(format, "gift") != 0) {
        fprintf(stderr, "vigie export-level: the one format is gift, not \"%s\"\n", format);
        return APP_USAGE;
    }
    char msg[600];
    if (!app_outfile_check(out, msg, sizeof msg)) {
        fprintf(stderr, "vigie export-level: %s\n", msg);
        return 1;
    }
    script_level *sl = NULL;
    game_error err = {0};
    if (!script_level_load(in, NULL, quiet, NULL, &sl, &err)) {
        fprintf(stderr, "%s:%d: %s\n", err.file[0] ? err.file : in, err.line > 0 ? err.line : 1,
                err.message);
        return 1;
    }
    char *gift = NULL;
    size_t n = 0, nq = 0;
    int status = 1;
    if (!app_gift_write(script_level_data(sl), lang, on_warning, NULL, &gift, &n, &nq)) {
        fprintf(stderr, "vigie export-level: out of memory\n");
        goto cleanup;
    }
    if (nq == 0) {
        fprintf(stderr,
                "%s:1: no question of this level has a GIFT form (choice, multi, "
                "truefalse, input, sort)\n",
                in);
        goto cleanup;
    }
    app_outfile of;
    if (!app_outfile_begin(&of, out, msg, sizeof msg)) {
        fprintf(stderr, "vigie export-level: %s\n", msg);
        goto cleanup;
    }
    FILE *f = fopen(of.tmp, "wb");
    bool written = f && fwrite(gift, 1, n, f) == n;
    if (f && fclose(f) != 0) written = false;
    if (!app_outfile_end(&of, written, (const unsigned char *)"\n\n", 2, msg, sizeof msg)) {
        fprintf(stderr, "vigie export-level: %s\n", msg);
        goto cleanup;
    }
    size_t total = script_level_data(sl)->nquestions;
    printf("Wrote %s: %zu of %zu question%s as GIFT (in %s).\n"
           "In Moodle: Question bank > Import > GIFT format, then choose this file.\n",
           out, nq, total, total == 1 ? "" : "s", game_lang_code(lang));
    status = 0;
cleanup:
    free(gift);
    script_level_unload(sl);
    return status;
}
