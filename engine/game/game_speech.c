/* game_speech.c — the texts the speech reads (game_speech.h). The words around the level's own
 * texts are spoken, not shown, so they live here in both languages, like the true/false of
 * game_kinds.c; they address nobody (neither tu nor vous).
 */
#include "game_speech.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ==== words ================================================================ */

typedef enum {
    W_QUESTION_OF, /* "Question %zu sur %zu." */
    W_ANSWER,      /* "Réponse %c : " */
    W_TRUE,
    W_FALSE,
    W_SEVERAL,   /* multi */
    W_ITEMS,     /* order */
    W_ITEM,      /* "%zu : " */
    W_BINS,      /* sort */
    W_CARDS,     /* sort */
    W_TYPE,      /* input */
    W_SCALE,     /* estimate: "Une valeur entre %s et %s." */
    W_PASSWORD,  /* "Force visée : %s." */
    W_PARTS_KEY, /* hotspot: F3 */
    W_RIGHT,
    W_WRONG,
    W_PARTLY,
    W_TIMEUP,
    W_THE_ANSWER, /* "La bonne réponse : " */
    W_ANSWERS,    /* several right */
    W_CLUES,      /* hotspot: "Les indices : " */
    W_EXPLAIN,
    W_QUESTIONS, /* intro: "%zu questions." */
    W_SCORE,     /* results: "Score : %s sur %s." */
    W_CORRECT,   /* results: "%u bonnes réponses sur %zu." */
    W_PARTS,     /* "La maquette, dans l'ordre. " */
    W_TO,        /* a link's real target */
    W_COUNT
} word;

static const char *const words[W_COUNT][GAME_LANG_COUNT] = {
    [W_QUESTION_OF] = {"Question %zu sur %zu.", "Question %zu of %zu."},
    [W_ANSWER] = {"Réponse %c : ", "Answer %c: "},
    [W_TRUE] = {"vrai", "true"},
    [W_FALSE] = {"faux", "false"},
    [W_SEVERAL] = {"Plusieurs réponses possibles.", "Several answers are possible."},
    [W_ITEMS] = {"À remettre dans l'ordre :", "To put in order:"},
    [W_ITEM] = {"%zu : ", "%zu: "},
    [W_BINS] = {"Les catégories :", "The categories:"},
    [W_CARDS] = {"Les cartes à classer :", "The cards to sort:"},
    [W_TYPE] = {"Réponse à taper au clavier.", "Type the answer."},
    [W_SCALE] = {"Une valeur entre %s et %s.", "A value between %s and %s."},
    [W_PASSWORD] = {"Force visée : %s.", "Strength to reach: %s."},
    [W_PARTS_KEY] = {"La touche F3 lit la maquette, élément par élément.",
                     "The F3 key reads the mock-up, part by part."},
    [W_RIGHT] = {"Bonne réponse.", "Right."},
    [W_WRONG] = {"Mauvaise réponse.", "Wrong."},
    [W_PARTLY] = {"Réponse en partie juste.", "Partly right."},
    [W_TIMEUP] = {"Temps écoulé.", "Time is up."},
    [W_THE_ANSWER] = {"La bonne réponse : ", "The right answer: "},
    [W_ANSWERS] = {"Les bonnes réponses : ", "The right answers: "},
    [W_CLUES] = {"Les indices : ", "The clues: "},
    [W_EXPLAIN] = {"Explication : ", "Why: "},
    [W_QUESTIONS] = {"%zu questions.", "%zu questions."},
    [W_SCORE] = {"Score : %ld sur %ld.", "Score: %ld out of %ld."},
    [W_CORRECT] = {"%u bonnes réponses sur %zu.", "%u right answers out of %zu."},
    [W_PARTS] = {"La maquette, dans l'ordre.", "The mock-up, in order."},
    [W_TO] = {"qui mène vers", "which leads to"},
};

static const char *const strengths[5][GAME_LANG_COUNT] = {
    {"très faible", "very weak"},  {"faible", "weak"}, {"moyenne", "fair"}, {"forte", "strong"},
    {"très forte", "very strong"},
};

/* How a part is introduced: "Expéditeur", "Objet"…; NULL: its text alone. */
static const char *const part_words[GAME_PART_KIND_COUNT][GAME_LANG_COUNT] = {
    [GAME_PART_FROM] = {"Expéditeur", "From"},
    [GAME_PART_REPLY_TO] = {"Répondre à", "Reply to"},
    [GAME_PART_SUBJECT] = {"Objet", "Subject"},
    [GAME_PART_DATE] = {"Date", "Date"},
    [GAME_PART_LINK] = {"Lien", "Link"},
    [GAME_PART_ATTACHMENT] = {"Pièce jointe", "Attachment"},
    [GAME_PART_MESSAGE] = {"Message", "Message"},
    [GAME_PART_URL] = {"Adresse", "Address"},
    [GAME_PART_TITLE] = {"Titre", "Title"},
    [GAME_PART_FIELD] = {"Champ", "Field"},
    [GAME_PART_BUTTON] = {"Bouton", "Button"},
    [GAME_PART_AUTHOR] = {"Auteur", "Author"},
    [GAME_PART_STATS] = {"Réactions", "Reactions"},
    [GAME_PART_COMMENT] = {"Commentaire", "Comment"},
    [GAME_PART_SPOT] = {"Zone", "Area"},
    [GAME_PART_CHANNEL] = {"Canal", "Channel"},
    [GAME_PART_SENDER] = {"De", "From"},
    [GAME_PART_LETTERHEAD] = {"En-tête", "Letterhead"},
    [GAME_PART_LINE] = {"Ligne", "Line"},
    [GAME_PART_TOTAL] = {"Total", "Total"},
    [GAME_PART_IBAN] = {"Coordonnées bancaires", "Bank details"},
    [GAME_PART_SIGNATURE] = {"Signature", "Signature"},
    [GAME_PART_CALLER] = {"Appelant", "Caller"},
    [GAME_PART_NUMBER] = {"Numéro", "Number"},
    [GAME_PART_TRANSCRIPT] = {"Il dit", "They say"},
    [GAME_PART_APP] = {"Application", "App"},
    [GAME_PART_ACTION] = {"Bouton", "Button"},
};

/* ==== cleaning ============================================================= */

/* The code point at s (UTF-8) and its length in *len; a broken byte is itself. */
static unsigned decode(const unsigned char *s, size_t *len)
{
    if (s[0] < 0x80) return *len = 1, s[0];
    int more = s[0] >= 0xF0 ? 3 : s[0] >= 0xE0 ? 2 : s[0] >= 0xC0 ? 1 : 0;
    unsigned c = s[0] & (0x3F >> more);
    for (int i = 1; i <= more; i++) {
        if ((s[i] & 0xC0) != 0x80) return *len = 1, s[0];
        c = c << 6 | (s[i] & 0x3F);
    }
    return *len = (size_t)more + 1, c;
}

static bool is_emoji(unsigned c)
{
    return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) ||
           (c >= 0xFE00 && c <= 0xFE0F) || c == 0x200D || (c >= 0x2B00 && c <= 0x2BFF) ||
           (c >= 0xE0000 && c <= 0xE007F);
}

/* Appends the bytes b[0..k) if they fit whole. */
static void put(char *out, size_t n, size_t *o, const char *b, size_t k)
{
    if (*o + k + 1 > n) return;
    memcpy(out + *o, b, k);
    *o += k;
    out[*o] = '\0';
}

/* A superscript digit's value (10⁶), else -1. */
static int superscript(unsigned c)
{
    if (c == 0x2070) return 0;
    if (c == 0xB9) return 1;
    if (c == 0xB2 || c == 0xB3) return (int)c - 0xB0;
    if (c >= 0x2074 && c <= 0x2079) return (int)c - 0x2070;
    return -1;
}

void game_speech_append_clean(char *out, size_t n, const char *s, game_lang lang)
{
    if (!out || n == 0 || !s) return;
    size_t o = strlen(out);
    const unsigned char *p = (const unsigned char *)s;
    bool power = false; /* the last character was a superscript digit */
    while (*p) {
        size_t len, len2;
        unsigned c = decode(p, &len);
        bool space_like = c == ' ' || c == '\n' || c == '\t' || c == 0xA0 || c == 0x202F ||
                          c == 0x2009 || c == 0x2007;
        if (space_like && c != ' ' && c != '\n' && c != '\t' && o > 0 && out[o - 1] >= '0' &&
            out[o - 1] <= '9' && p[len] >= '0' && p[len] <= '9') {
            p += len; /* 19 000 000: one number */
            continue;
        }
        if (space_like) {
            if (o > 0 && out[o - 1] != ' ') put(out, n, &o, " ", 1);
        } else if (c == 0xBB || c == 0x201D) {
            /* a closing guillemet is not read, nor the space before it */
            while (o > 0 && out[o - 1] == ' ') out[--o] = '\0';
        } else if (c == 0xAB || c == 0x201C) {
            /* an opening one is a space between words */
            if (o > 0 && out[o - 1] != ' ') put(out, n, &o, " ", 1);
            const unsigned char *next = p + len;
            for (unsigned c2 = decode(next, &len2); c2 == ' ' || c2 == 0xA0 || c2 == 0x202F;
                 c2 = decode(next, &len2))
                next += len2;
            p = next;
            continue;
        } else if (superscript(c) >= 0) {
            /* 10⁶: "10 puissance 6", not "10 6" */
            if (!power && o > 0 && out[o - 1] >= '0' && out[o - 1] <= '9') {
                const char *pw = lang == GAME_LANG_FR ? " puissance " : " to the power of ";
                put(out, n, &o, pw, strlen(pw));
            }
            char d = (char)('0' + superscript(c));
            put(out, n, &o, &d, 1);
        } else if (c == 0xD7) { /* 1,9 × 10⁷ */
            const char *times = lang == GAME_LANG_FR ? " fois " : " times ";
            while (o > 0 && out[o - 1] == ' ') out[--o] = '\0';
            put(out, n, &o, times, strlen(times));
            while (p[len] == ' ') p++;
        } else if (c == '"' || is_emoji(c)) {
            /* quotes are not read; emoji neither */
        } else if ((c >= 0x2190 && c <= 0x21FF) || (c >= 0x27F0 && c <= 0x27FF) || c == 0x2022 ||
                   c == 0x25B8 || c == 0x25B6 || c == 0x2023) {
            /* an arrow or a bullet: a pause */
            while (o > 0 && out[o - 1] == ' ') out[--o] = '\0';
            if (o > 0 && !strchr(",.:;!?", out[o - 1])) put(out, n, &o, ",", 1);
            put(out, n, &o, " ", 1);
        } else {
            put(out, n, &o, (const char *)p, len);
        }
        power = superscript(c) >= 0;
        p += len;
    }
}

/* ==== building a text ====================================================== */

typedef struct {
    char *buf;
    size_t n;
    game_lang lang;
} out;

/* Appends a sentence (cleaned), a space before it when the text goes on. */
static void say(out *w, const char *s)
{
    size_t o = strlen(w->buf);
    if (!s || !*s) return;
    if (o > 0 && w->buf[o - 1] != ' ' && o + 1 < w->n) {
        w->buf[o] = ' ';
        w->buf[o + 1] = '\0';
    }
    game_speech_append_clean(w->buf, w->n, s, w->lang);
    /* trailing spaces of the level's text go */
    o = strlen(w->buf);
    while (o > 0 && w->buf[o - 1] == ' ') w->buf[--o] = '\0';
}

/* Ends the sentence said last with a full stop when it has no ending of its own. */
static void stop(out *w)
{
    size_t o = strlen(w->buf);
    if (o == 0 || strchr(".!?:;", w->buf[o - 1])) return;
    if (o >= 3 && memcmp(w->buf + o - 3, "\xE2\x80\xA6", 3) == 0) return; /* … */
    if (o + 1 < w->n) {
        w->buf[o] = '.';
        w->buf[o + 1] = '\0';
    }
}

/* Appends a mark right after the last word: "a, b." ("a : b" in French). */
static void punct(out *w, const char *mark)
{
    size_t o = strlen(w->buf);
    while (o > 0 && w->buf[o - 1] == ' ') w->buf[--o] = '\0';
    if (o == 0) return;
    if (o > 0 && strchr(".!?:;,", w->buf[o - 1])) return; /* its own mark stays */
    if (w->lang == GAME_LANG_FR && strcmp(mark, ":") == 0) mark = " :";
    if (o + strlen(mark) < w->n) strcat(w->buf, mark);
}

static void sentence(out *w, const char *s)
{
    say(w, s);
    stop(w);
}

static void sayf(out *w, word k, ...)
{
    char tmp[256];
    va_list ap;
    va_start(ap, k);
    vsnprintf(tmp, sizeof tmp, words[k][w->lang], ap);
    va_end(ap);
    say(w, tmp);
}

static const char *text(const game_text *t, game_lang lang)
{
    return game_text_get(t, lang);
}

/* "Réponse B : the choice's text." */
static void say_choice(out *w, const game_question *q, size_t pos, size_t written)
{
    char head[32];
    snprintf(head, sizeof head, words[W_ANSWER][w->lang], 'A' + (int)pos);
    say(w, head);
    if (q->kind == GAME_KIND_TRUEFALSE)
        say(w, words[written == 0 ? W_TRUE : W_FALSE][w->lang]);
    else
        say(w, text(&q->choices[written], w->lang));
    stop(w);
}

static size_t nchoices(const game_question *q)
{
    return q->kind == GAME_KIND_TRUEFALSE ? 2 : q->nchoices;
}

static size_t written_at(const game_speech_in *in, size_t pos)
{
    if (in->q->kind == GAME_KIND_TRUEFALSE || !in->shown) return pos;
    return in->shown[pos];
}

static void number(const game_question *q, double v, game_lang lang, char *buf, size_t n)
{
    game_number_write(v, GAME_NUMBER_PLAIN, 0, text(&q->unit, lang), lang, buf, n);
}

/* ==== the question ========================================================= */

static void question(out *w, const game_speech_in *in)
{
    const game_question *q = in->q;
    if (in->level && in->level->nquestions > 1)
        sayf(w, W_QUESTION_OF, in->index + 1, in->level->nquestions);
    sentence(w, text(&q->prompt, w->lang));
    switch (game_kind_get(q->kind)->shape) {
    case GAME_SHAPE_PICK:
        if (game_kind_get(q->kind)->several) sentence(w, words[W_SEVERAL][w->lang]);
        for (size_t p = 0; p < nchoices(q); p++) say_choice(w, q, p, written_at(in, p));
        break;
    case GAME_SHAPE_ORDER:
        say(w, words[W_ITEMS][w->lang]);
        for (size_t p = 0; p < q->nitems; p++) {
            size_t i = in->order ? in->order[p] : p;
            if (i >= q->nitems) continue;
            sayf(w, W_ITEM, p + 1);
            say(w, text(&q->items[i], w->lang));
            stop(w);
        }
        break;
    case GAME_SHAPE_BINS:
        say(w, words[W_BINS][w->lang]);
        for (size_t b = 0; b < q->nbins; b++) {
            say(w, text(&q->bins[b], w->lang));
            punct(w, b + 1 < q->nbins ? "," : ".");
        }
        say(w, words[W_CARDS][w->lang]);
        for (size_t i = 0; i < q->nitems; i++) {
            say(w, text(&q->items[i], w->lang));
            punct(w, i + 1 < q->nitems ? "," : ".");
        }
        break;
    case GAME_SHAPE_TEXT:
        if (q->kind == GAME_KIND_PASSWORD) {
            int s = q->strength < 0 ? 0 : q->strength > 4 ? 4 : q->strength;
            sayf(w, W_PASSWORD, strengths[s][w->lang]);
        } else {
            sentence(w, words[W_TYPE][w->lang]);
        }
        break;
    case GAME_SHAPE_VALUE: {
        char lo[64], hi[64];
        number(q, q->min, w->lang, lo, sizeof lo);
        number(q, q->max, w->lang, hi, sizeof hi);
        sayf(w, W_SCALE, lo, hi);
        break;
    }
    case GAME_SHAPE_PARTS:
        sentence(w, words[W_PARTS_KEY][w->lang]);
        break;
    case GAME_SHAPE_PLAY:
        break;
    }
}

/* ==== the feedback ========================================================= */

static void right_answer(out *w, const game_speech_in *in)
{
    const game_question *q = in->q;
    switch (game_kind_get(q->kind)->shape) {
    case GAME_SHAPE_PICK: {
        unsigned right = 0;
        for (size_t i = 0; i < nchoices(q); i++) right += (q->correct_mask >> i) & 1u;
        if (right == 0) break;
        say(w, words[right > 1 ? W_ANSWERS : W_THE_ANSWER][w->lang]);
        for (size_t p = 0; p < nchoices(q); p++) {
            size_t i = written_at(in, p);
            if (q->correct_mask & (1u << i)) say_choice(w, q, p, i);
        }
        break;
    }
    case GAME_SHAPE_ORDER:
        say(w, words[W_THE_ANSWER][w->lang]);
        for (size_t i = 0; i < q->nitems; i++) {
            sayf(w, W_ITEM, i + 1);
            say(w, text(&q->items[i], w->lang));
            stop(w);
        }
        break;
    case GAME_SHAPE_BINS: /* each bin, then its cards: "OK here: a, b. Not here: c." */
        say(w, words[W_THE_ANSWER][w->lang]);
        for (size_t b = 0; b < q->nbins; b++) {
            bool any = false;
            for (size_t i = 0; i < q->nitems; i++) {
                if (q->item_bin[i] != b) continue;
                if (!any) {
                    say(w, text(&q->bins[b], w->lang));
                    punct(w, ":");
                } else {
                    punct(w, ",");
                }
                any = true;
                say(w, text(&q->items[i], w->lang));
            }
            if (any) punct(w, ".");
        }
        break;
    case GAME_SHAPE_TEXT:
        if (q->kind == GAME_KIND_INPUT && q->naccept > 0) {
            say(w, words[W_THE_ANSWER][w->lang]);
            say(w, q->accept[0]);
            stop(w);
        } else if (q->kind == GAME_KIND_INPUT && q->numeric) {
            char v[64];
            number(q, q->number, w->lang, v, sizeof v);
            say(w, words[W_THE_ANSWER][w->lang]);
            say(w, v);
            stop(w);
        }
        break;
    case GAME_SHAPE_VALUE: {
        char v[64];
        number(q, q->target, w->lang, v, sizeof v);
        say(w, words[W_THE_ANSWER][w->lang]);
        say(w, v);
        stop(w);
        break;
    }
    case GAME_SHAPE_PARTS: {
        bool any = false;
        for (size_t i = 0; i < q->nparts; i++) {
            if (!q->parts[i].clue) continue;
            if (!any) say(w, words[W_CLUES][w->lang]);
            any = true;
            say(w, text(&q->parts[i].text, w->lang));
            const char *why = text(&q->parts[i].why, w->lang);
            if (*why) {
                punct(w, ":");
                say(w, why);
            }
            stop(w);
        }
        break;
    }
    case GAME_SHAPE_PLAY:
        break;
    }
}

static void feedback(out *w, const game_speech_in *in)
{
    const game_answer *a = in->answer;
    if (a && a->answered) {
        word v = a->timeout ? W_TIMEUP : a->correct ? W_RIGHT : a->credit > 0 ? W_PARTLY : W_WRONG;
        sentence(w, words[v][w->lang]);
    }
    if (!a || !a->correct) right_answer(w, in);
    const char *why = text(&in->q->explain, w->lang);
    if (*why) {
        say(w, words[W_EXPLAIN][w->lang]);
        say(w, why);
        stop(w);
    }
}

/* ==== the entry points ===================================================== */

size_t game_speech_text(const game_speech_in *in, char *buf, size_t n)
{
    if (!buf || n == 0) return 0;
    buf[0] = '\0';
    if (!in) return 0;
    out w = {buf, n, in->lang};
    switch (in->phase) {
    case GAME_PHASE_INTRO:
        if (!in->level) break;
        sentence(&w, text(&in->level->title, w.lang));
        sentence(&w, text(&in->level->description, w.lang));
        if (in->level->nquestions > 1) sayf(&w, W_QUESTIONS, in->level->nquestions);
        break;
    case GAME_PHASE_QUESTION:
        if (in->q) question(&w, in);
        break;
    case GAME_PHASE_FEEDBACK:
        if (in->q) feedback(&w, in);
        break;
    case GAME_PHASE_RESULTS:
        if (in->level) sentence(&w, text(&in->level->title, w.lang));
        sayf(&w, W_SCORE, in->score, in->max_score);
        if (in->level) sayf(&w, W_CORRECT, in->correct, in->level->nquestions);
        break;
    case GAME_PHASE_MENU:
        break;
    }
    return strlen(buf);
}

size_t game_speech_parts(const game_question *q, game_lang lang, char *buf, size_t n)
{
    if (!buf || n == 0) return 0;
    buf[0] = '\0';
    if (!q || q->kind != GAME_KIND_HOTSPOT) return 0;
    out w = {buf, n, lang};
    sentence(&w, words[W_PARTS][lang]);
    for (size_t i = 0; i < q->nparts; i++) {
        const game_part *p = &q->parts[i];
        const char *head = part_words[p->kind][lang];
        if (head) {
            say(&w, head);
            punct(&w, ":");
        }
        say(&w, text(&p->text, lang));
        const char *note = text(&p->note, lang);
        if (*note) {
            punct(&w, ",");
            say(&w, note);
        }
        if (p->extra && *p->extra) {
            punct(&w, ",");
            if (p->kind == GAME_PART_LINK) say(&w, words[W_TO][lang]);
            say(&w, p->extra);
        }
        stop(&w);
    }
    return strlen(buf);
}
