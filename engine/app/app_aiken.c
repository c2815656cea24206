/* app_aiken.c — Moodle's Aiken format read into a quiz (app_import.h): a question's text, its
 * options "A. …" or "A) …", then "ANSWER: X". Blank lines between questions are optional.
 * Plain C: text in, a quiz out.
 */
#include "app_import.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* "A. text" or "A) text": the letter's rank (0 for A), or -1. *text the text's start. */
static int option_line(const char *s, size_t n, size_t *text)
{
    if (n < 3 || s[0] < 'A' || s[0] > 'Z' || (s[1] != '.' && s[1] != ')') ||
        (s[2] != ' ' && s[2] != '\t'))
        return -1;
    *text = 3;
    return s[0] - 'A';
}

/* "ANSWER: X": X, or 0 when the line is no answer line; '?' when it names no letter. */
static char answer_line(const char *s, size_t n)
{
    if (n < 7 || memcmp(s, "ANSWER:", 7) != 0) return 0;
    size_t i = 7;
    while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
    size_t e = n;
    while (e > i && (s[e - 1] == ' ' || s[e - 1] == '\t')) e--;
    return e == i + 1 && s[i] >= 'A' && s[i] <= 'Z' ? s[i] : '?';
}

bool app_aiken_read(const char *path, const char *src, size_t len, app_quiz_warn_fn warn, void *ud,
                    app_quiz *out, game_error *err)
{
    memset(out, 0, sizeof *out);
    out->path = path;
    out->format = "Aiken";
    char *text;
    size_t n;
    if (!app_quiz_source(path, src, len, warn, ud, &text, &n, err)) return false;
    bool ok = true, over = false;
    app_buf prompt = {0};
    int qline = 0; /* the current question's first line; 0 between questions */
    size_t nopt = 0;
    struct {
        size_t a, b;
        int line;
    } opts[26];
    int line = 1;
    for (size_t i = 0; ok && i < n; line++) {
        size_t e = i;
        while (e < n && text[e] != '\n') e++;
        const char *l = text + i;
        size_t ln = e - i;
        while (ln && (l[ln - 1] == ' ' || l[ln - 1] == '\t')) ln--;
        while (ln && (*l == ' ' || *l == '\t')) l++, ln--;
        i = e + 1;
        size_t t;
        int opt = option_line(l, ln, &t);
        char ans = answer_line(l, ln);
        if (ln == 0) {
            if (qline && nopt)
                ok = game_error_set(err, path, qline,
                                    "this question has no ANSWER: line (ANSWER: B after its "
                                    "options)");
            continue; /* blank lines between questions, or inside a question's text */
        }
        if (ans) {
            if (!qline || !nopt) {
                ok = game_error_set(err, path, line, "an ANSWER: line with no options above it");
                break;
            }
            if (ans == '?' || (size_t)(ans - 'A') >= nopt) {
                ok = game_error_set(err, path, line,
                                    "the ANSWER: line must name one of the options, A to %c",
                                    (char)('A' + nopt - 1));
                break;
            }
            if (nopt < 2) {
                ok = game_error_set(err, path, qline, "a question needs at least two options");
                break;
            }
            if (out->n >= APP_QUIZ_MAX_QUESTIONS) {
                if (!over && warn) {
                    char msg[200];
                    snprintf(msg, sizeof msg,
                             "a level holds %d questions: this one and those after it are left "
                             "out",
                             APP_QUIZ_MAX_QUESTIONS);
                    warn(ud, path, qline, msg);
                }
                over = true;
            } else {
                app_quiz_question *qq = app_quiz_add(out, qline);
                if (!qq) {
                    ok = game_error_set(err, path, line, "out of memory");
                    break;
                }
                qq->kind = APP_QUIZ_CHOICE;
                qq->from = "Aiken multiple choice";
                qq->prompt = app_quiz_dup(out, prompt.s, prompt.n);
                qq->answers = app_quiz_alloc(out, nopt * sizeof *qq->answers);
                if (!qq->prompt || !qq->answers) {
                    ok = game_error_set(err, path, line, "out of memory");
                    break;
                }
                for (size_t k = 0; k < nopt; k++) {
                    qq->answers[k].text =
                        app_quiz_dup(out, text + opts[k].a, opts[k].b - opts[k].a);
                    qq->answers[k].right = k == (size_t)(ans - 'A');
                    if (!qq->answers[k].text) ok = game_error_set(err, path, line, "out of memory");
                }
                qq->nanswers = nopt;
                ok = ok && app_quiz_fit(out, qq, warn, ud, err);
            }
            qline = 0;
            nopt = 0;
            prompt.n = 0;
            continue;
        }
        if (qline && opt >= 0 && (size_t)opt == nopt && nopt < 26) {
            size_t a = (size_t)(l - text) + t;
            while (a < (size_t)(l - text) + ln && (text[a] == ' ' || text[a] == '\t')) a++;
            opts[nopt].a = a;
            opts[nopt].b = (size_t)(l - text) + ln;
            opts[nopt++].line = line;
            continue;
        }
        if (nopt) {
            ok = game_error_set(err, path, line,
                                opt >= 0 ? "the options must follow each other A, B, C…: expected "
                                           "%c."
                                         : "a line after the options that is neither an option "
                                           "(%c. …) nor the ANSWER: line",
                                (char)('A' + (nopt < 26 ? nopt : 25)));
            break;
        }
        if (!qline) {
            qline = line;
            prompt.n = 0;
        } else {
            app_buf_add(&prompt, "\n", 1);
        }
        app_buf_add(&prompt, l, ln);
    }
    if (ok && qline)
        ok = game_error_set(err, path, qline,
                            nopt ? "this question has no ANSWER: line (ANSWER: B after its "
                                   "options)"
                                 : "this question has no options (A. …, B. …) and no ANSWER: "
                                   "line");
    if (ok && out->n == 0)
        ok = game_error_set(err, path, 1,
                            "no question: an Aiken question is its text, options A. B. C. on "
                            "their own lines, then ANSWER: B");
    app_buf_free(&prompt);
    free(text);
    return ok;
}
