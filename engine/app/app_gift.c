/* app_gift.c — Moodle's GIFT format read into a quiz (app_import.h): questions parted by blank
 * lines, `//` comment lines, `$CATEGORY:`, `::title::`, the [html]/[markdown]/[plain]/[moodle]
 * formats, the escapes \~ \= \# \{ \} \: \\ \n, and each type Moodle reads: multiple choice
 * (weights too), true/false, short answer, numerical, matching, missing word; essays and
 * descriptions skipped with a warning. Plain C: text in, a quiz out.
 */
#include "app_import.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    app_quiz *q;
    app_quiz_warn_fn warn;
    void *ud;
    game_error *err;
    /* the block being read: its text, and the source line of each of its lines */
    const char *s;
    size_t n;
    const size_t *starts; /* offset in s of each line */
    const int *lines;     /* its line in the source */
    size_t nlines;
    const char *category;
    bool html; /* the question's text is [html]: its answers are too */
    bool over; /* past the most questions a level holds (said once) */
    int pictures;
} gift;

/* ==== positions and escapes ================================================ */

/* The source line of offset i of the block. */
static int line_at(const gift *g, size_t i)
{
    size_t k = 0;
    while (k + 1 < g->nlines && g->starts[k + 1] <= i) k++;
    return g->nlines ? g->lines[k] : 1;
}

static void warn_at(const gift *g, int line, const char *msg)
{
    if (g->warn) g->warn(g->ud, g->q->path, line, msg);
}

/* The first c in s[from, to) that no backslash escapes; to when none. */
static size_t find(const char *s, size_t from, size_t to, char c)
{
    for (size_t i = from; i < to; i++) {
        if (s[i] == '\\' && i + 1 < to)
            i++;
        else if (s[i] == c)
            return i;
    }
    return to;
}

/* The first "->" (or "####" with four) in s[from, to) outside escapes; to when none. */
static size_t find2(const char *s, size_t from, size_t to, const char *pat)
{
    size_t k = strlen(pat);
    for (size_t i = from; i < to; i++) {
        if (s[i] == '\\' && i + 1 < to)
            i++;
        else if (i + k <= to && memcmp(s + i, pat, k) == 0)
            return i;
    }
    return to;
}

static size_t find_last4(const char *s, size_t from, size_t to)
{
    size_t last = to;
    for (size_t i = from; i < to; i++) {
        if (s[i] == '\\' && i + 1 < to)
            i++;
        else if (i + 4 <= to && memcmp(s + i, "####", 4) == 0)
            last = i;
    }
    return last;
}

static void trim(const char *s, size_t *a, size_t *b)
{
    while (*a < *b && (s[*a] == ' ' || s[*a] == '\n' || s[*a] == '\t')) (*a)++;
    while (*b > *a && (s[*b - 1] == ' ' || s[*b - 1] == '\n' || s[*b - 1] == '\t')) (*b)--;
}

/* s[a, b) as the text it says: a leading [format] read (and taken off), escapes undone, HTML
 * reduced to text. In the quiz's arena; NULL when out of memory. */
static char *text_of(gift *g, size_t a, size_t b, bool *html_out)
{
    trim(g->s, &a, &b);
    bool html = g->html;
    static const char *const formats[] = {"[html]", "[moodle]", "[plain]", "[markdown]"};
    for (size_t f = 0; f < 4; f++) {
        size_t k = strlen(formats[f]);
        if (b - a >= k && memcmp(g->s + a, formats[f], k) == 0) {
            html = f == 0;
            a += k;
            break;
        }
    }
    if (html_out) *html_out = html;
    char *raw = app_quiz_alloc(g->q, b - a + 1);
    if (!raw) return NULL;
    size_t k = 0;
    for (size_t i = a; i < b; i++) {
        char c = g->s[i];
        if (c == '\\' && i + 1 < b) {
            char e = g->s[i + 1];
            if (strchr("~=#{}:\\", e))
                c = e, i++;
            else if (e == 'n')
                c = '\n', i++;
        }
        raw[k++] = c;
    }
    raw[k] = '\0';
    if (!html) return raw;
    int pics = 0;
    char *t = app_html_text(raw, k, &pics);
    g->pictures += pics;
    if (!t) return NULL;
    char *d = app_quiz_dup(g->q, t, strlen(t));
    free(t);
    return d;
}

/* ==== answers ============================================================== */

/* A weight "%50%" or "%-33.3%" at s[*a]: true with it (a percentage) and *a past it. */
static bool weight(const char *s, size_t *a, size_t b, double *w)
{
    if (*a >= b || s[*a] != '%') return false;
    size_t end = *a + 1;
    while (end < b && end - *a < 16 && s[end] != '%') end++;
    if (end >= b || s[end] != '%') return false;
    char num[20];
    size_t len = end - *a - 1;
    if (len == 0 || len >= sizeof num) return false;
    memcpy(num, s + *a + 1, len);
    num[len] = '\0';
    char *stop;
    double v = strtod(num, &stop);
    if (*stop || !isfinite(v)) return false;
    *w = v;
    *a = end + 1;
    return true;
}

typedef struct {
    size_t a, b;   /* the answer's text */
    size_t fa, fb; /* its feedback; fa == fb when none */
    char mark;     /* '=' or '~' */
    double w;      /* its weight in %; 100 for '=', 0 for '~' without one */
    bool has_w;
} raw_answer;

/* The answers of s[a, b): each starts at an unescaped mark in marks ("=~" or "="), then an
 * optional weight, its text, and "#feedback". Text before the first mark is an error. Allocated
 * in the arena into *out; false with err set. */
static bool split_answers(gift *g, size_t a, size_t b, const char *marks, raw_answer **out,
                          size_t *nout)
{
    size_t count = 0;
    for (size_t i = a; i < b; i++) {
        if (g->s[i] == '\\' && i + 1 < b)
            i++;
        else if (strchr(marks, g->s[i]))
            count++;
    }
    size_t first = b;
    for (const char *m = marks; *m; m++) {
        size_t f = find(g->s, a, b, *m);
        if (f < first) first = f;
    }
    size_t ta = a, tb = first;
    trim(g->s, &ta, &tb);
    if (ta < tb)
        return game_error_set(g->err, g->q->path, line_at(g, ta),
                              "\"%.*s\" in the answers is none of them: each answer starts "
                              "with = (right) or ~ (wrong)",
                              (int)(tb - ta > 40 ? 40 : tb - ta), g->s + ta);
    raw_answer *r = app_quiz_alloc(g->q, (count ? count : 1) * sizeof *r);
    if (!r) return game_error_set(g->err, g->q->path, line_at(g, a), "out of memory");
    size_t k = 0;
    for (size_t i = first; i < b && k < count;) {
        size_t end = b;
        for (const char *m = marks; *m; m++) {
            size_t f = find(g->s, i + 1, b, *m);
            if (f < end) end = f;
        }
        raw_answer *x = &r[k++];
        x->mark = g->s[i];
        x->a = i + 1;
        x->w = x->mark == '=' ? 100 : 0;
        size_t p = x->a;
        while (p < end && g->s[p] == ' ') p++;
        if (weight(g->s, &p, end, &x->w)) x->has_w = true, x->a = p;
        size_t hash = find(g->s, x->a, end, '#');
        x->b = hash;
        x->fa = x->fb = hash;
        if (hash < end) x->fa = hash + 1, x->fb = end;
        i = end;
    }
    *out = r;
    *nout = k;
    return true;
}

/* Fills an answer of the question from a raw one. */
static bool take_answer(gift *g, app_quiz_answer *to, const raw_answer *x, bool right)
{
    to->text = text_of(g, x->a, x->b, NULL);
    to->feedback = x->fa < x->fb ? text_of(g, x->fa, x->fb, NULL) : NULL;
    to->right = right;
    if (!to->text || (x->fa < x->fb && !to->feedback))
        return game_error_set(g->err, g->q->path, line_at(g, x->a), "out of memory");
    return true;
}

/* Ends an explanation e (what the answers' feedback gave): the general feedback after it, the
 * whole as the question's explain when there is any; e is freed. */
static void explain_end(gift *g, app_quiz_question *qq, app_buf *e, const char *general)
{
    if (general && general[0]) {
        if (e->n) app_buf_str(e, "\n");
        app_buf_str(e, general);
    }
    if (e->n) qq->explain = app_quiz_dup(g->q, e->s, e->n);
    app_buf_free(e);
}

/* The explanation: the right answers' feedback, then the general feedback. The other answers'
 * feedback goes to the notes. */
static void explain_from(gift *g, app_quiz_question *qq, const char *general)
{
    app_buf e = {0};
    for (size_t i = 0; i < qq->nanswers; i++) {
        const app_quiz_answer *an = &qq->answers[i];
        if (!an->feedback || !an->feedback[0]) continue;
        if (an->right) {
            if (e.n) app_buf_str(&e, "\n");
            app_buf_str(&e, an->feedback);
        } else {
            app_buf_str(&qq->notes, "feedback for \"");
            app_buf_str(&qq->notes, an->text);
            app_buf_str(&qq->notes, "\": ");
            app_buf_str(&qq->notes, an->feedback);
            app_buf_str(&qq->notes, "\n");
        }
    }
    explain_end(g, qq, &e, general);
}

/* ==== each type ============================================================ */

static bool read_choice(gift *g, app_quiz_question *qq, size_t a, size_t b, const char *general)
{
    raw_answer *r;
    size_t n;
    if (!split_answers(g, a, b, "=~", &r, &n)) return false;
    int line = line_at(g, a);
    if (n < 2)
        return game_error_set(g->err, g->q->path, line,
                              "a multiple choice needs at least two answers");
    size_t nequal = 0, npos = 0;
    bool partial = false;
    for (size_t i = 0; i < n; i++) {
        nequal += r[i].mark == '=';
        npos += r[i].mark == '~' && r[i].w > 0;
        partial |= r[i].mark == '~' && r[i].has_w && r[i].w != 0;
    }
    if (nequal == 0 && npos == 0)
        return game_error_set(g->err, g->q->path, line,
                              "no right answer: mark it with = (or give the right ones a "
                              "weight, ~%%50%%)");
    qq->answers = app_quiz_alloc(g->q, n * sizeof *qq->answers);
    if (!qq->answers) return game_error_set(g->err, g->q->path, line, "out of memory");
    qq->nanswers = n;
    /* Moodle's rule: an = makes it a one-answer question, none makes it tick boxes. */
    qq->kind = nequal ? APP_QUIZ_CHOICE : APP_QUIZ_MULTI;
    qq->from = nequal ? "multiple choice" : "multiple choice, several answers";
    bool first_equal = true;
    for (size_t i = 0; i < n; i++) {
        bool right = nequal ? r[i].mark == '=' && first_equal : r[i].w > 0;
        if (nequal && r[i].mark == '=') first_equal = false;
        if (!take_answer(g, &qq->answers[i], &r[i], right)) return false;
    }
    char msg[300];
    if (nequal > 1) {
        snprintf(msg, sizeof msg,
                 "%zu answers marked =: a choice has one right answer, the first is kept", nequal);
        warn_at(g, qq->line, msg);
        app_buf_fmt(&qq->notes, "import: %s\n", msg);
    }
    if (nequal && partial) {
        warn_at(g, qq->line,
                "partial credit (~%%…%%) on a one-answer question is dropped: only the = answer "
                "scores");
        app_buf_str(&qq->notes, "import: Moodle's partial credit dropped; only the = answer "
                                "scores\n");
    }
    if (!nequal) {
        /* Weights: Vigie's own partial credit replaces them (docs/scoring.md). */
        app_buf_str(&qq->notes, "import: Moodle's weights:");
        double first = -1;
        bool even = true;
        for (size_t i = 0; i < n; i++) {
            app_buf_fmt(&qq->notes, " %g%%", r[i].w);
            if (r[i].w > 0) {
                if (first < 0)
                    first = r[i].w;
                else if (fabs(r[i].w - first) > 0.01)
                    even = false;
            }
        }
        app_buf_str(&qq->notes, "; Vigie scores ticked boxes its own way (docs/scoring.md)\n");
        if (!even)
            warn_at(g, qq->line,
                    "unequal weights on the right answers are not kept: each right answer "
                    "counts the same in Vigie");
    }
    explain_from(g, qq, general);
    return true;
}

static bool read_truefalse(gift *g, app_quiz_question *qq, size_t a, size_t b, const char *general)
{
    size_t h1 = find(g->s, a, b, '#');
    size_t h2 = h1 < b ? find(g->s, h1 + 1, b, '#') : b;
    size_t ta = a, tb = h1;
    trim(g->s, &ta, &tb);
    qq->kind = APP_QUIZ_TRUEFALSE;
    qq->from = "true/false";
    qq->truth = g->s[ta] == 'T';
    char *wrong = h1 < b ? text_of(g, h1 + 1, h2, NULL) : NULL;
    char *right = h2 < b ? text_of(g, h2 + 1, b, NULL) : NULL;
    app_buf e = {0};
    /* Moodle shows the first feedback after a wrong answer, the second after a right one. */
    const char *main = right && right[0] ? right : wrong;
    if (main && main[0]) app_buf_str(&e, main);
    if (main == right && wrong && wrong[0]) {
        app_buf_str(&qq->notes, "feedback after a wrong answer: ");
        app_buf_str(&qq->notes, wrong);
        app_buf_str(&qq->notes, "\n");
    }
    explain_end(g, qq, &e, general);
    return true;
}

static bool read_short(gift *g, app_quiz_question *qq, size_t a, size_t b, const char *general)
{
    raw_answer *r;
    size_t n;
    if (!split_answers(g, a, b, "=", &r, &n)) return false;
    int line = line_at(g, a);
    qq->kind = APP_QUIZ_TEXT;
    qq->from = "short answer";
    qq->answers = app_quiz_alloc(g->q, (n ? n : 1) * sizeof *qq->answers);
    if (!qq->answers) return game_error_set(g->err, g->q->path, line, "out of memory");
    for (size_t i = 0; i < n; i++) {
        app_quiz_answer an;
        if (!take_answer(g, &an, &r[i], true)) return false;
        if (r[i].w < 100) {
            char msg[300];
            snprintf(msg, sizeof msg,
                     "the answer \"%.60s\" is worth %g%%: an input is right or wrong, so it is "
                     "not accepted (it is in a comment)",
                     an.text, r[i].w);
            warn_at(g, qq->line, msg);
            app_buf_fmt(&qq->notes, "import: not accepted (%g%% in Moodle): ", r[i].w);
            app_buf_str(&qq->notes, an.text);
            app_buf_str(&qq->notes, "\n");
            continue;
        }
        if (strchr(an.text, '*')) {
            warn_at(g, qq->line,
                    "an accepted answer holds *, a wildcard in Moodle: Vigie compares the "
                    "text as written");
        }
        qq->answers[qq->nanswers++] = an;
    }
    if (qq->nanswers == 0)
        return game_error_set(
            g->err, g->q->path, line,
            "no right answer: a short answer needs at least one =answer at 100%%");
    explain_from(g, qq, general);
    return true;
}

/* A number as GIFT writes it (a point for decimals); false when it is none. */
static bool number_of(const char *s, size_t a, size_t b, double *v)
{
    trim(s, &a, &b);
    char num[64];
    if (b <= a || b - a >= sizeof num) return false;
    memcpy(num, s + a, b - a);
    num[b - a] = '\0';
    char *stop;
    *v = strtod(num, &stop);
    return !*stop && isfinite(*v) && fabs(*v) < 1e15;
}

static bool read_numerical(gift *g, app_quiz_question *qq, size_t a, size_t b, const char *general)
{
    a++; /* the '#' */
    int line = line_at(g, a);
    /* "~feedback" at the end: what Moodle shows for any other number */
    size_t tilde = find(g->s, a, b, '~');
    if (tilde < b) {
        char *other = text_of(g, tilde + 1, b, NULL);
        if (other && other[0]) {
            size_t h = find(other, 0, strlen(other), '#');
            app_buf_str(&qq->notes, "feedback for any other number: ");
            app_buf_str(&qq->notes, other + (h < strlen(other) ? h + 1 : 0));
            app_buf_str(&qq->notes, "\n");
        }
        b = tilde;
    }
    raw_answer *r;
    size_t n;
    size_t eq = find(g->s, a, b, '=');
    if (eq == b) { /* one answer, no = */
        r = app_quiz_alloc(g->q, sizeof *r);
        if (!r) return game_error_set(g->err, g->q->path, line, "out of memory");
        n = 1;
        r->a = a, r->w = 100, r->mark = '=';
        size_t h = find(g->s, a, b, '#');
        r->b = h, r->fa = r->fb = h;
        if (h < b) r->fa = h + 1, r->fb = b;
    } else if (!split_answers(g, a, b, "=", &r, &n)) {
        return false;
    }
    qq->kind = APP_QUIZ_NUMBER;
    qq->from = "numerical";
    bool have = false;
    for (size_t i = 0; i < n; i++) {
        double v = 0, t = 0, lo = 0, hi = 0;
        size_t dots = find2(g->s, r[i].a, r[i].b, "..");
        size_t colon = find(g->s, r[i].a, r[i].b, ':');
        bool ok;
        if (dots < r[i].b) {
            ok = number_of(g->s, r[i].a, dots, &lo) && number_of(g->s, dots + 2, r[i].b, &hi) &&
                 lo <= hi;
            v = (lo + hi) / 2, t = (hi - lo) / 2;
        } else if (colon < r[i].b) {
            ok = number_of(g->s, r[i].a, colon, &v) && number_of(g->s, colon + 1, r[i].b, &t) &&
                 t >= 0;
        } else {
            ok = number_of(g->s, r[i].a, r[i].b, &v);
        }
        if (!ok)
            return game_error_set(g->err, g->q->path, line_at(g, r[i].a),
                                  "\"%.*s\" is not a number GIFT reads: 3.14, 3.14:0.01 or 1..5 "
                                  "(a point for decimals)",
                                  (int)(r[i].b - r[i].a > 40 ? 40 : r[i].b - r[i].a),
                                  g->s + r[i].a);
        char *fb = r[i].fa < r[i].fb ? text_of(g, r[i].fa, r[i].fb, NULL) : NULL;
        if (r[i].w >= 100 && !have) {
            have = true;
            qq->number = v, qq->tolerance = t;
            app_buf e = {0};
            if (fb && fb[0]) app_buf_str(&e, fb);
            explain_end(g, qq, &e, general);
        } else {
            char msg[300];
            snprintf(msg, sizeof msg,
                     "the answer %g (±%g) worth %g%% is not kept: an input takes one number and "
                     "its tolerance",
                     v, t, r[i].w);
            warn_at(g, qq->line, msg);
            app_buf_fmt(&qq->notes, "import: not kept: %g ± %g (%g%% in Moodle)\n", v, t, r[i].w);
        }
    }
    if (!have)
        return game_error_set(g->err, g->q->path, line,
                              "no right answer: a numerical question needs one at 100%%");
    return true;
}

/* Matching: the cards are the left sides, the bins the different right sides (2 to 4).
 * When it cannot be a sort, a warning says why and *skip is set. */
static bool read_matching(gift *g, app_quiz_question *qq, size_t a, size_t b, bool *skip)
{
    raw_answer *r;
    size_t n;
    if (!split_answers(g, a, b, "=", &r, &n)) return false;
    qq->kind = APP_QUIZ_SORT;
    qq->from = "matching";
    qq->answers = app_quiz_alloc(g->q, (n ? n : 1) * sizeof *qq->answers);
    if (!qq->answers) return game_error_set(g->err, g->q->path, qq->line, "out of memory");
    char *bins[64];
    size_t nb = 0;
    for (size_t i = 0; i < n; i++) {
        size_t arrow = find2(g->s, r[i].a, r[i].b, "->");
        if (arrow >= r[i].b)
            return game_error_set(g->err, g->q->path, line_at(g, r[i].a),
                                  "a matching answer needs a ->: =left -> right");
        char *left = text_of(g, r[i].a, arrow, NULL);
        char *right = text_of(g, arrow + 2, r[i].b, NULL);
        if (!left || !right) return game_error_set(g->err, g->q->path, qq->line, "out of memory");
        char *clean = app_text_clean(right, strlen(right));
        if (!clean) return game_error_set(g->err, g->q->path, qq->line, "out of memory");
        size_t k = 0;
        while (k < nb && strcmp(bins[k], clean) != 0) k++;
        if (k == nb && nb < 64) bins[nb++] = app_quiz_dup(g->q, clean, strlen(clean));
        free(clean);
        if (k == 64 || !bins[k])
            return game_error_set(g->err, g->q->path, qq->line, "out of memory");
        if (!left[0]) continue; /* a right side with no left one: a distractor */
        qq->answers[qq->nanswers++] = (app_quiz_answer){.text = left, .right = true, .bin = (int)k};
    }
    char msg[300];
    if (nb > GAME_MAX_BINS || nb < 2 || qq->nanswers < 2) {
        if (nb > GAME_MAX_BINS)
            snprintf(msg, sizeof msg,
                     "skipped: a matching with %s%zu different right sides; a sort has 2 to %d "
                     "bins (write it as several questions)",
                     nb == 64 ? "over " : "", nb, GAME_MAX_BINS);
        else
            snprintf(msg, sizeof msg,
                     "skipped: a matching needs two right sides and two left ones to be a sort");
        warn_at(g, qq->line, msg);
        *skip = true;
        return true;
    }
    for (size_t k = 0; k < nb; k++) qq->bins[k] = bins[k];
    qq->nbins = nb;
    return true;
}

/* ==== a question =========================================================== */

/* The block s[0, n) (comments out, its lines joined): a category, a question, or nothing. */
static bool read_block(gift *g)
{
    const char *s = g->s;
    size_t a = 0, b = g->n;
    trim(s, &a, &b);
    if (a == b) return true;
    if (b - a >= 10 && memcmp(s + a, "$CATEGORY:", 10) == 0) {
        size_t e = a + 10;
        while (e < b && s[e] != '\n') e++;
        size_t ca = a + 10, cb = e;
        trim(s, &ca, &cb);
        /* "$course$/top/Phishing": its last part names it */
        for (size_t i = ca; i < cb; i++)
            if (s[i] == '/' && i + 1 < cb) ca = i + 1;
        g->category = app_quiz_dup(g->q, s + ca, cb - ca);
        if (!g->category) return game_error_set(g->err, g->q->path, line_at(g, a), "out of memory");
        if (!g->q->category) g->q->category = (char *)g->category;
        g->q->ncategories++;
        if (e >= b) return true;
        a = e; /* a question right under it */
        trim(s, &a, &b);
        if (a == b) return true;
    }
    int qline = line_at(g, a);
    if (g->q->n >= APP_QUIZ_MAX_QUESTIONS) {
        if (!g->over) {
            char msg[200];
            snprintf(msg, sizeof msg,
                     "a level holds %d questions: this one and those after it are left out",
                     APP_QUIZ_MAX_QUESTIONS);
            warn_at(g, qline, msg);
            g->over = true;
        }
        return true;
    }
    char *title = NULL;
    if (b - a >= 2 && s[a] == ':' && s[a + 1] == ':') {
        size_t end = find2(s, a + 2, b, "::");
        if (end >= b)
            return game_error_set(g->err, g->q->path, qline,
                                  "a title opened with :: is not closed with ::");
        title = text_of(g, a + 2, end, NULL);
        if (!title) return game_error_set(g->err, g->q->path, qline, "out of memory");
        a = end + 2;
    }
    size_t open = find(s, a, b, '{'), close = find(s, a, b, '}');
    if (close < open)
        return game_error_set(g->err, g->q->path, line_at(g, close),
                              "a } closes no {: write \\} for a brace in the text");
    if (open == b) {
        char msg[300];
        snprintf(msg, sizeof msg,
                 "skipped: %s%s%sa description (no answers) has no place in a "
                 "level",
                 title ? "\"" : "", title ? title : "", title ? "\" is " : "");
        warn_at(g, qline, msg);
        return true;
    }
    if (close == b)
        return game_error_set(g->err, g->q->path, line_at(g, open),
                              "this { is never closed: its answers need a }");
    size_t again = find(s, open + 1, close, '{');
    if (again < close)
        return game_error_set(g->err, g->q->path, line_at(g, again),
                              "a { inside the answers: write \\{ for a brace in the text");
    size_t more = find(s, close + 1, b, '{');
    if (more < b)
        return game_error_set(g->err, g->q->path, line_at(g, more),
                              "a second answer block in one question: leave a blank line "
                              "between two questions");
    size_t stray = find(s, close + 1, b, '}');
    if (stray < b)
        return game_error_set(g->err, g->q->path, line_at(g, stray),
                              "a } closes no {: write \\} for a brace in the text");
    size_t aa = open + 1, ab = close;
    trim(s, &aa, &ab);
    if (aa == ab) {
        char msg[300];
        snprintf(msg, sizeof msg, "skipped: an essay ({}) cannot be scored in a level%s%s%s",
                 title ? " (\"" : "", title ? title : "", title ? "\")" : "");
        warn_at(g, qline, msg);
        return true;
    }
    app_quiz_question *qq = app_quiz_add(g->q, qline);
    if (!qq) return game_error_set(g->err, g->q->path, qline, "out of memory");
    qq->title = title;
    qq->category = (char *)g->category;
    /* The question's text: a blank where the answers stood inside it (missing word). */
    size_t ta = close + 1, tb = b;
    trim(s, &ta, &tb);
    bool missing = ta < tb;
    g->html = false;
    g->pictures = 0;
    bool html;
    char *before = text_of(g, a, open, &html);
    g->html = html;
    char *after = missing ? text_of(g, close + 1, b, NULL) : NULL;
    if (!before || (missing && !after))
        return game_error_set(g->err, g->q->path, qline, "out of memory");
    if (missing) {
        size_t n1 = strlen(before), n2 = strlen(after);
        char *p = app_quiz_alloc(g->q, n1 + n2 + 6);
        if (!p) return game_error_set(g->err, g->q->path, qline, "out of memory");
        snprintf(p, n1 + n2 + 6, "%s%s___%s%s", before, n1 ? " " : "",
                 n2 && after[0] != ',' && after[0] != '.' && after[0] != '?' && after[0] != '!'
                     ? " "
                     : "",
                 after);
        qq->prompt = p;
    } else {
        qq->prompt = before;
    }
    /* The general feedback: after the last #### */
    size_t gf = find_last4(s, aa, ab);
    char *general = NULL;
    if (gf < ab) {
        general = text_of(g, gf + 4, ab, NULL);
        if (!general) return game_error_set(g->err, g->q->path, qline, "out of memory");
        ab = gf;
        trim(s, &aa, &ab);
    }
    bool ok = true, skip = false;
    size_t tf_end = find(s, aa, ab, '#');
    size_t ta2 = aa, tb2 = tf_end;
    trim(s, &ta2, &tb2);
    static const char *const tf[] = {"T", "TRUE", "F", "FALSE"};
    bool is_tf = false;
    for (size_t i = 0; i < 4 && aa < ab; i++)
        is_tf |= tb2 - ta2 == strlen(tf[i]) && memcmp(s + ta2, tf[i], tb2 - ta2) == 0;
    if (aa == ab)
        ok = game_error_set(g->err, g->q->path, qline, "the answers hold only ####");
    else if (s[aa] == '#')
        ok = read_numerical(g, qq, aa, ab, general);
    else if (find(s, aa, ab, '~') < ab)
        ok = read_choice(g, qq, aa, ab, general);
    else if (find(s, aa, ab, '=') < ab && find2(s, aa, ab, "->") < ab)
        ok = read_matching(g, qq, aa, ab, &skip);
    else if (is_tf)
        ok = read_truefalse(g, qq, aa, ab, general);
    else
        ok = read_short(g, qq, aa, ab, general);
    if (!ok) return false;
    if (skip) {
        app_buf_free(&qq->notes);
        g->q->n--;
        return true;
    }
    if (missing && qq->kind != APP_QUIZ_CHOICE && qq->kind != APP_QUIZ_TEXT &&
        qq->kind != APP_QUIZ_MULTI)
        app_buf_str(&qq->notes, "import: the answers stood inside the text (shown as ___)\n");
    if (missing) qq->from = qq->kind == APP_QUIZ_TEXT ? "missing word, typed" : "missing word";
    if (g->pictures) {
        warn_at(g, qline, "a picture in the HTML is dropped: add it as the question's image");
        app_buf_str(&qq->notes, "import: a picture was dropped (image = \"file.png\" shows one)\n");
    }
    return app_quiz_fit(g->q, qq, g->warn, g->ud, g->err);
}

/* ==== the file ============================================================= */

/* Whether a line is a comment: // after spaces. */
static bool comment_line(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
    return i + 1 < n && s[i] == '/' && s[i + 1] == '/';
}

static bool blank_line(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t') return false;
    return true;
}

bool app_gift_read(const char *path, const char *src, size_t len, app_quiz_warn_fn warn, void *ud,
                   app_quiz *out, game_error *err)
{
    memset(out, 0, sizeof *out);
    out->path = path;
    out->format = "GIFT";
    char *text;
    size_t n;
    if (!app_quiz_source(path, src, len, warn, ud, &text, &n, err)) return false;
    gift g = {.q = out, .warn = warn, .ud = ud, .err = err};
    app_buf block = {0};
    size_t cap = 64, nl = 0;
    size_t *starts = malloc(cap * sizeof *starts);
    int *lines = malloc(cap * sizeof *lines);
    bool ok = starts && lines;
    if (!ok) game_error_set(err, path, 1, "out of memory");
    int depth = 0; /* braces open in the block: a blank line inside them does not end it */
    int line = 1;
    for (size_t i = 0; ok; line++) {
        size_t e = i;
        while (e < n && text[e] != '\n') e++;
        bool end = i >= n;
        bool blank = end || blank_line(text + i, e - i);
        if ((blank && depth == 0) || end) {
            if (block.n) {
                g.s = block.s, g.n = block.n, g.starts = starts, g.lines = lines, g.nlines = nl;
                ok = read_block(&g);
                block.n = 0;
                block.s[0] = '\0';
                nl = 0;
            }
            depth = 0;
        } else if (!comment_line(text + i, e - i)) {
            if (nl == cap) {
                cap *= 2;
                size_t *s2 = realloc(starts, cap * sizeof *s2);
                if (s2) starts = s2;
                int *l2 = realloc(lines, cap * sizeof *l2);
                if (l2) lines = l2;
                if (!s2 || !l2) {
                    ok = game_error_set(err, path, line, "out of memory");
                    break;
                }
            }
            starts[nl] = block.n;
            lines[nl++] = line;
            app_buf_add(&block, text + i, e - i);
            app_buf_add(&block, "\n", 1);
            if (block.oom) ok = game_error_set(err, path, line, "out of memory");
            for (size_t k = i; k < e; k++) {
                if (text[k] == '\\' && k + 1 < e)
                    k++;
                else if (text[k] == '{')
                    depth++;
                else if (text[k] == '}' && depth > 0)
                    depth--;
            }
        }
        if (end) break;
        i = e + 1;
    }
    if (ok && out->n == 0)
        ok = game_error_set(err, path, line > 1 ? line - 1 : 1,
                            "no question a level can play: a GIFT question is text then its "
                            "answers in braces, like What is 2+2? {=4 ~3 ~5}");
    app_buf_free(&block);
    free(starts);
    free(lines);
    free(text);
    return ok;
}
