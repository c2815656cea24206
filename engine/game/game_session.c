/* game_session.c — the state machine of one player's run through a level.
 * Pure C: time arrives as now_ms, actions as data, scoring through a callback.
 */
#include "game.h"
#include "game_score.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct game_session {
    game_score_fn score;
    void *score_ud;
    game_rng rng;

    game_phase phase;
    uint64_t phase_since;
    const game_level *level;

    size_t qi;           /* current question, play order */
    uint64_t q_start;    /* when the current question was shown */
    unsigned selected;   /* multi: toggled set, written indices */
    game_response draft; /* order, sort, input, estimate: the answer being built */
    unsigned char (*order)[GAME_MAX_ITEMS]; /* per question: displayed pos → written */
    game_answer *answers;
    long score_total;
    long max_score;
    unsigned streak;
    game_pace pace; /* the time accommodation: each limit through game_pace_limit */
};

/* The current limit of q under the session's pace, 0 when untimed. */
static uint32_t limit_of(const game_session *s, const game_question *q)
{
    return game_pace_limit(s->pace, q->time_ms);
}

void game_session_set_pace(game_session *s, game_pace p)
{
    s->pace = (unsigned)p < GAME_PACE_COUNT ? p : GAME_PACE_NORMAL;
}

game_pace game_session_pace(const game_session *s)
{
    return s->pace;
}

uint32_t game_session_limit(const game_session *s, const game_question *q)
{
    return limit_of(s, q);
}

game_session *game_session_create(game_score_fn score, void *score_ud, uint64_t seed)
{
    game_session *s = calloc(1, sizeof *s);
    if (!s) return NULL;
    s->score = score;
    s->score_ud = score_ud;
    game_rng_init(&s->rng, seed);
    s->phase = GAME_PHASE_MENU;
    return s;
}

static void session_clear_run(game_session *s)
{
    free(s->order);
    free(s->answers);
    s->order = NULL;
    s->answers = NULL;
    s->level = NULL;
    s->qi = 0;
    s->selected = 0;
    s->score_total = 0;
    s->max_score = 0;
    s->streak = 0;
}

void game_session_destroy(game_session *s)
{
    if (!s) return;
    session_clear_run(s);
    free(s);
}

static void set_phase(game_session *s, game_phase p, uint64_t now_ms)
{
    s->phase = p;
    s->phase_since = now_ms;
}

/* Fisher–Yates on the first n entries of p, from the session's seeded generator. */
static void shuffle(game_rng *rng, unsigned char *p, size_t n)
{
    for (size_t c = n; c > 1; c--) {
        size_t j = game_rng_below(rng, (uint32_t)c);
        unsigned char t = p[c - 1];
        p[c - 1] = p[j];
        p[j] = t;
    }
}

/* How many swaps put the permutation p of 0..n-1 in order: n less its number of cycles. */
static size_t swaps_to_sort(const unsigned char *p, size_t n)
{
    bool seen[GAME_MAX_ITEMS] = {0};
    size_t cycles = 0;
    for (size_t c = 0; c < n; c++) {
        if (seen[c]) continue;
        cycles++;
        for (size_t j = c; !seen[j]; j = p[j]) seen[j] = true;
    }
    return n - cycles;
}

/* Shifts p one place to the left. Composed with a permutation within one swap of sorted, this
 * n-cycle (n − 1 swaps) leaves one at least n − 2 swaps away: 2 or more from 4 items. */
static void rotate_left(unsigned char *p, size_t n)
{
    unsigned char first = p[0];
    memmove(p, p + 1, n - 1);
    p[n - 1] = first;
}

bool game_session_begin(game_session *s, const game_level *lv, uint64_t now_ms, game_error *err)
{
    session_clear_run(s);
    if (!lv || lv->nquestions == 0)
        return game_error_set(err, lv ? lv->path : NULL, 0, "the level has no question");
    s->order = calloc(lv->nquestions, sizeof *s->order);
    s->answers = calloc(lv->nquestions, sizeof *s->answers);
    if (!s->order || !s->answers) {
        session_clear_run(s);
        return game_error_set(err, lv->path, 0, "out of memory");
    }
    s->level = lv;
    for (size_t i = 0; i < lv->nquestions; i++) {
        const game_question *q = &lv->questions[i];
        for (size_t c = 0; c < GAME_MAX_ITEMS; c++) s->order[i][c] = (unsigned char)c;
        const game_kind_info *k = game_kind_get(q->kind);
        if (k->fixed_order) continue; /* true stays first */
        size_t n = k->shape == GAME_SHAPE_PICK ? q->nchoices : q->nitems;
        shuffle(&s->rng, s->order[i], n);
        if (k->never_solved && n >= 4) {
            /* Never start within one swap of solved, where leaving it alone would already earn
             * most of the credit: draw again, as many times as it takes in practice (a draw
             * misses with a chance of at most 7/24); the bound only keeps the loop finite. */
            for (int tries = 0; tries < 32 && swaps_to_sort(s->order[i], n) < 2; tries++) {
                for (size_t c = 0; c < n; c++) s->order[i][c] = (unsigned char)c;
                shuffle(&s->rng, s->order[i], n);
            }
            if (swaps_to_sort(s->order[i], n) < 2) rotate_left(s->order[i], n);
        } else if (k->never_solved && n > 1) { /* 2 or 3 items: never start in the right order */
            if (swaps_to_sort(s->order[i], n) == 0) {
                s->order[i][0] = 1;
                s->order[i][1] = 0;
            }
        }
    }
    long max = 0;
    for (size_t i = 0; i < lv->nquestions; i++) {
        long p = 0;
        if (!game_score_max(s->score, s->score_ud, &lv->questions[i], i, &p, err)) {
            session_clear_run(s);
            set_phase(s, GAME_PHASE_MENU, now_ms);
            return false;
        }
        max += p;
    }
    s->max_score = max;
    set_phase(s, GAME_PHASE_INTRO, now_ms);
    return true;
}

static void show_question(game_session *s, size_t i, uint64_t now_ms)
{
    const game_question *q = &s->level->questions[i];
    s->qi = i;
    s->selected = 0;
    memset(&s->draft, 0, sizeof s->draft);
    for (size_t k = 0; k < GAME_MAX_ITEMS; k++) {
        s->draft.order[k] = s->order[i][k]; /* order: the shuffled start */
        s->draft.bins[k] = -1;              /* sort: nothing placed yet */
    }
    /* estimate: the slider starts in the middle of the scale */
    s->draft.value = game_estimate_start(q);
    s->q_start = now_ms;
    set_phase(s, GAME_PHASE_QUESTION, now_ms);
}

/* Records the answer to the current question, scores it and shows the feedback. */
static bool answer_current(game_session *s, bool timeout, const game_response *resp,
                           uint64_t now_ms, game_error *err)
{
    const game_question *q = &s->level->questions[s->qi];
    uint64_t took = now_ms > s->q_start ? now_ms - s->q_start : 0;
    game_answer *a = &s->answers[s->qi];
    /* any pace but the normal one drops the speed factor: the rule sees no limit */
    if (s->pace != GAME_PACE_NORMAL && limit_of(s, q) && took > limit_of(s, q))
        took = limit_of(s, q);
    uint32_t rule_limit = s->pace == GAME_PACE_NORMAL ? q->time_ms : 0;
    if (!game_score_answer(s->score, s->score_ud, q, s->qi, rule_limit, timeout, resp, took,
                           &s->streak, a, err)) {
        session_clear_run(s);
        set_phase(s, GAME_PHASE_MENU, now_ms);
        return false;
    }
    s->score_total += a->points;
    set_phase(s, GAME_PHASE_FEEDBACK, now_ms);
    return true;
}

static bool apply(game_session *s, const game_action *a, uint64_t now_ms, game_error *err)
{
    if (a->kind == GAME_ACT_QUIT) {
        session_clear_run(s);
        set_phase(s, GAME_PHASE_MENU, now_ms);
        return true;
    }
    switch (s->phase) {
    case GAME_PHASE_INTRO:
        if (a->kind == GAME_ACT_START || a->kind == GAME_ACT_CONTINUE) show_question(s, 0, now_ms);
        return true;
    case GAME_PHASE_QUESTION: {
        const game_question *q = &s->level->questions[s->qi];
        const game_kind_info *k = game_kind_get(q->kind);
        game_response *d = &s->draft;
        switch (a->kind) {
        case GAME_ACT_CHOOSE: {
            if (k->shape == GAME_SHAPE_PARTS) { /* marks a part, or takes the mark back */
                if (a->arg >= 0 && (size_t)a->arg < q->nparts) d->chosen ^= 1u << a->arg;
                return true;
            }
            if (k->shape != GAME_SHAPE_PICK || a->arg < 0 || (size_t)a->arg >= q->nchoices)
                return true;
            unsigned bit = 1u << s->order[s->qi][a->arg];
            if (k->several) {
                s->selected ^= bit;
                return true;
            }
            if (s->level->confidence) { /* chosen, then submitted sure or not */
                s->selected = bit;
                return true;
            }
            game_response r = {.chosen = bit};
            return answer_current(s, false, &r, now_ms, err);
        }
        case GAME_ACT_MOVE: {
            size_t n = q->nitems;
            if (k->shape != GAME_SHAPE_ORDER || a->arg < 0 || a->arg2 < 0 || (size_t)a->arg >= n ||
                (size_t)a->arg2 >= n)
                return true;
            unsigned char it = d->order[a->arg];
            if (a->arg < a->arg2)
                memmove(&d->order[a->arg], &d->order[a->arg + 1], (size_t)(a->arg2 - a->arg));
            else
                memmove(&d->order[a->arg2 + 1], &d->order[a->arg2], (size_t)(a->arg - a->arg2));
            d->order[a->arg2] = it;
            return true;
        }
        case GAME_ACT_PLACE:
            if (k->shape == GAME_SHAPE_BINS && a->arg >= 0 && (size_t)a->arg < q->nitems &&
                a->arg2 >= -1 && a->arg2 < (int)q->nbins)
                d->bins[a->arg] = (signed char)a->arg2;
            return true;
        case GAME_ACT_TEXT:
            if (k->shape == GAME_SHAPE_TEXT && a->text) {
                /* Kept whole UTF-8 characters only, within the limit. */
                size_t n = strlen(a->text);
                if (n >= sizeof d->text) {
                    n = sizeof d->text - 1;
                    while (n > 0 && ((unsigned char)a->text[n] & 0xC0) == 0x80) n--;
                }
                memcpy(d->text, a->text, n);
                d->text[n] = '\0';
            }
            return true;
        case GAME_ACT_VALUE:
            if (k->shape == GAME_SHAPE_VALUE && a->value == a->value) {
                double v = a->value < q->min ? q->min : a->value > q->max ? q->max : a->value;
                d->value = v;
            }
            return true;
        case GAME_ACT_FINISH:
            if (k->shape == GAME_SHAPE_PLAY) {
                game_response r = {.credit = a->value >= 0 && a->value <= 1 ? a->value
                                             : a->value > 1                 ? 1
                                                                            : 0};
                return answer_current(s, false, &r, now_ms, err);
            }
            return true;
        case GAME_ACT_SUBMIT: {
            /* "not sure" counts only where the level asks (its rule is "confidence") */
            bool unsure = a->arg == GAME_SUBMIT_UNSURE && s->level->confidence;
            if (k->shape == GAME_SHAPE_PICK) { /* only ticked boxes are submitted */
                if ((!k->several && !s->level->confidence) || !s->selected) return true;
                game_response r = {.chosen = s->selected, .unsure = unsure};
                return answer_current(s, false, &r, now_ms, err);
            }
            if (k->shape == GAME_SHAPE_PLAY) return true; /* a game ends itself (FINISH) */
            if (!game_response_ready(q, d)) return true;
            d->unsure = unsure;
            return answer_current(s, false, d, now_ms, err);
        }
        default:
            return true;
        }
    }
    case GAME_PHASE_FEEDBACK:
        if (a->kind == GAME_ACT_CONTINUE) {
            if (s->qi + 1 < s->level->nquestions)
                show_question(s, s->qi + 1, now_ms);
            else
                set_phase(s, GAME_PHASE_RESULTS, now_ms);
        }
        return true;
    case GAME_PHASE_RESULTS:
        if (a->kind == GAME_ACT_CONTINUE) set_phase(s, GAME_PHASE_MENU, now_ms);
        /* The level stays readable in the menu for "best score"; cleared on next begin. */
        return true;
    case GAME_PHASE_MENU:
        return true;
    }
    return true;
}

bool game_step(game_session *s, const game_action *acts, size_t n, uint64_t now_ms, game_error *err)
{
    for (size_t i = 0; i < n; i++) {
        /* A question whose time ran out before this action is already over. */
        if (s->phase == GAME_PHASE_QUESTION) {
            const game_question *q = &s->level->questions[s->qi];
            uint32_t lim = limit_of(s, q);
            if (lim && now_ms >= s->q_start + lim) {
                if (!answer_current(s, true, NULL, s->q_start + lim, err)) return false;
                continue;
            }
        }
        if (!apply(s, &acts[i], now_ms, err)) return false;
    }
    if (s->phase == GAME_PHASE_QUESTION) {
        const game_question *q = &s->level->questions[s->qi];
        uint32_t lim = limit_of(s, q);
        if (lim && now_ms >= s->q_start + lim)
            return answer_current(s, true, NULL, s->q_start + lim, err);
    }
    return true;
}

game_phase game_session_phase(const game_session *s)
{
    return s->phase;
}

const game_level *game_session_level(const game_session *s)
{
    return s->level;
}

size_t game_session_question_index(const game_session *s)
{
    return s->qi;
}

const game_question *game_session_question(const game_session *s)
{
    return s->level ? &s->level->questions[s->qi] : NULL;
}

size_t game_session_choice_at(const game_session *s, size_t pos)
{
    return s->order && pos < GAME_MAX_ITEMS ? s->order[s->qi][pos] : pos;
}

const game_response *game_session_draft(const game_session *s)
{
    return &s->draft;
}

size_t game_session_position_of(const game_session *s, size_t i)
{
    if (!s->order) return i;
    for (size_t p = 0; p < GAME_MAX_ITEMS; p++)
        if (s->order[s->qi][p] == i) return p;
    return i;
}

unsigned game_session_selected(const game_session *s)
{
    return s->selected;
}

uint32_t game_session_time_left(const game_session *s, uint64_t now_ms)
{
    if (s->phase != GAME_PHASE_QUESTION) return 0;
    const game_question *q = &s->level->questions[s->qi];
    uint32_t lim = limit_of(s, q);
    if (!lim) return 0;
    uint64_t end = s->q_start + lim;
    return now_ms >= end ? 0 : (uint32_t)(end - now_ms);
}

const game_answer *game_session_answer(const game_session *s, size_t i)
{
    return s->answers && s->level && i < s->level->nquestions ? &s->answers[i] : NULL;
}

long game_session_score(const game_session *s)
{
    return s->score_total;
}

long game_session_max_score(const game_session *s)
{
    return s->max_score;
}

unsigned game_session_correct_count(const game_session *s)
{
    unsigned n = 0;
    if (!s->level) return 0;
    for (size_t i = 0; i < s->level->nquestions; i++) n += s->answers[i].correct;
    return n;
}

uint64_t game_session_total_time(const game_session *s)
{
    uint64_t t = 0;
    if (!s->level) return 0;
    for (size_t i = 0; i < s->level->nquestions; i++) t += s->answers[i].time_ms;
    return t;
}

unsigned game_session_streak(const game_session *s)
{
    return s->streak;
}

uint64_t game_session_phase_since(const game_session *s)
{
    return s->phase_since;
}

bool game_session_play_scripted(game_session *s, const game_scripted *answers, size_t n,
                                uint64_t now_ms, game_error *err)
{
    if (s->phase != GAME_PHASE_INTRO) return game_error_set(err, NULL, 0, "no level to play");
    const game_level *lv = s->level;
    game_action start = {GAME_ACT_START, 0, 0, 0, NULL};
    if (!game_step(s, &start, 1, now_ms, err)) return false;
    for (size_t i = 0; i < lv->nquestions; i++) {
        const game_question *q = &lv->questions[i];
        if (i >= n)
            return game_error_set(err, NULL, 0,
                                  "the answers stop at %zu; the level has %zu questions", n,
                                  lv->nquestions);
        const game_scripted *a = &answers[i];
        if (a->timeout) {
            if (!limit_of(s, q))
                return game_error_set(
                    err, NULL, 0, "answer %zu is a timeout but question \"%s\" has no time limit",
                    i + 1, q->id);
            now_ms += limit_of(s, q);
            if (!game_step(s, NULL, 0, now_ms, err)) return false;
        } else {
            game_action acts[GAME_MAX_PARTS + 2];
            size_t na = 0;
            const game_kind_info *k = game_kind_get(q->kind);
            switch (k->shape) {
            case GAME_SHAPE_PICK: {
                unsigned ch = a->resp.chosen;
                if (ch >> q->nchoices || !ch)
                    return game_error_set(err, NULL, 0,
                                          "answer %zu names no choice of question \"%s\"", i + 1,
                                          q->id);
                if (!k->several && (ch & (ch - 1)))
                    return game_error_set(
                        err, NULL, 0, "answer %zu gives several choices; question \"%s\" takes one",
                        i + 1, q->id);
                for (size_t c = 0; c < q->nchoices; c++)
                    if (ch & (1u << c))
                        acts[na++] = (game_action){GAME_ACT_CHOOSE,
                                                   (int)game_session_position_of(s, c), 0, 0, NULL};
                break;
            }
            case GAME_SHAPE_ORDER:
                /* Move each wanted item into place, first to last, as a player would. */
                for (size_t k2 = 0; k2 < q->nitems; k2++) {
                    size_t from = k2;
                    for (size_t p = k2; p < q->nitems; p++)
                        if (s->draft.order[p] == a->resp.order[k2]) from = p;
                    game_action mv = {GAME_ACT_MOVE, (int)from, (int)k2, 0, NULL};
                    if (!game_step(s, &mv, 1, now_ms, err)) return false;
                }
                break;
            case GAME_SHAPE_BINS:
                for (size_t k2 = 0; k2 < q->nitems; k2++)
                    acts[na++] = (game_action){GAME_ACT_PLACE, (int)k2, a->resp.bins[k2], 0, NULL};
                break;
            case GAME_SHAPE_TEXT:
                acts[na++] = (game_action){GAME_ACT_TEXT, 0, 0, 0, a->resp.text};
                break;
            case GAME_SHAPE_VALUE:
                acts[na++] = (game_action){GAME_ACT_VALUE, 0, 0, a->resp.value, NULL};
                break;
            case GAME_SHAPE_PARTS:
                for (size_t k2 = 0; k2 < q->nparts && na < GAME_MAX_PARTS; k2++)
                    if (a->resp.chosen & (1u << k2))
                        acts[na++] = (game_action){GAME_ACT_CHOOSE, (int)k2, 0, 0, NULL};
                break;
            case GAME_SHAPE_PLAY:
                acts[na++] = (game_action){GAME_ACT_FINISH, 0, 0, a->resp.credit, NULL};
                break;
            }
            /* A single choice answers as it is chosen (unless the level asks how sure), a game
             * as it finishes; the rest submit, sure or not. */
            if (k->shape != GAME_SHAPE_PLAY &&
                (k->shape != GAME_SHAPE_PICK || k->several || lv->confidence))
                acts[na++] = (game_action){GAME_ACT_SUBMIT,
                                           a->resp.unsure ? GAME_SUBMIT_UNSURE : GAME_SUBMIT_SURE,
                                           0, 0, NULL};
            now_ms += a->after_ms;
            if (!game_step(s, acts, na, now_ms, err)) return false;
            if (game_session_phase(s) == GAME_PHASE_QUESTION)
                return game_error_set(err, NULL, 0, "answer %zu does not complete question \"%s\"",
                                      i + 1, q->id);
        }
        game_action next = {GAME_ACT_CONTINUE, 0, 0, 0, NULL};
        if (!game_step(s, &next, 1, now_ms, err)) return false;
    }
    return true;
}

bool game_session_jump(game_session *s, size_t i, uint64_t now_ms)
{
    if (!s->level || i >= s->level->nquestions || s->phase == GAME_PHASE_MENU) return false;
    show_question(s, i, now_ms);
    return true;
}

game_sure game_answer_sure(const game_level *lv, const game_question *q, const game_answer *a)
{
    if (!lv->confidence || q->kind == GAME_KIND_PLAY || !a->answered || a->timeout)
        return GAME_SURE_NOT_ASKED;
    return a->resp.unsure ? GAME_SURE_NO : GAME_SURE_YES;
}
