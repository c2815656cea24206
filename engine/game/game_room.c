/* game_room.c — the live classroom's room: many players, one level, the same question at the same
 * time, each answer scored at once by the level's rule exactly as a solo game scores it
 * (game_score.c), the shown order of choices and items taken from a solo session begun with the
 * room's seed. Pure C: no clock (times are given), no network, no drawing.
 */
#include "game_room.h"

#include "game_score.h"

#include <stdlib.h>
#include <string.h>

/* A player and what only the room needs of them. */
typedef struct {
    game_room_player p;
    uint64_t total_ms;      /* their answers' times added up: who reached a score first */
    unsigned streak_before; /* their streak when the open question opened: a skip puts it back */
} room_slot;

/* What every screen shows where, per question: the solo session's shuffle for the room's seed. */
typedef struct {
    unsigned char order[GAME_MAX_ITEMS]; /* shown position → written choice or item */
    unsigned char start[GAME_MAX_ITEMS]; /* order: the items' starting order */
    double estimate_start;
    long max;     /* the most it can earn */
    bool opened;  /* it was opened (or skipped without opening) */
    bool skipped; /* nobody scores it; in no maximum */
} room_question;

struct game_room {
    const game_level *lv;
    game_score_fn score;
    void *score_ud;
    room_question *qs;

    game_room_phase phase;
    size_t qi;         /* the current or last question; SIZE_MAX before the first */
    uint32_t limit_ms; /* the open question's limit; 0: untimed */
    game_pace pace;    /* the trainer's time accommodation for the whole room */
    uint64_t opened_at, paused_at, paused_for;
    bool paused;

    room_slot *slots; /* in join order */
    size_t n, cap;
};

/* ==== creating ================================================================ */

/* The shown orders and the slider's start of every question, as a solo session begun with the
 * same seed shows them: the same shuffling, not a copy of it. */
static bool take_shuffle(game_room *r, uint64_t seed, game_error *err)
{
    game_session *s = game_session_create(r->score, r->score_ud, seed);
    if (!s) return game_error_set(err, r->lv->path, 0, "out of memory");
    bool ok = game_session_begin(s, r->lv, 0, err);
    for (size_t i = 0; ok && i < r->lv->nquestions; i++) {
        room_question *rq = &r->qs[i];
        ok = game_session_jump(s, i, 0);
        if (!ok) {
            game_error_set(err, r->lv->path, 0, "question %zu cannot be shown", i + 1);
            break;
        }
        for (size_t p = 0; p < GAME_MAX_ITEMS; p++)
            rq->order[p] = (unsigned char)game_session_choice_at(s, p);
        const game_response *d = game_session_draft(s);
        memcpy(rq->start, d->order, sizeof rq->start);
        rq->estimate_start = d->value;
    }
    game_session_destroy(s);
    return ok;
}

game_room *game_room_create(const game_level *lv, game_score_fn score, void *score_ud,
                            uint64_t seed, game_error *err)
{
    if (!lv || lv->nquestions == 0) {
        game_error_set(err, lv ? lv->path : NULL, 0, "the level has no question");
        return NULL;
    }
    game_room *r = calloc(1, sizeof *r);
    if (!r) goto oom;
    r->lv = lv;
    r->score = score;
    r->score_ud = score_ud;
    r->phase = GAME_ROOM_LOBBY;
    r->qi = SIZE_MAX;
    r->qs = calloc(lv->nquestions, sizeof *r->qs);
    if (!r->qs) goto oom;
    if (!take_shuffle(r, seed, err)) goto fail;
    for (size_t i = 0; i < lv->nquestions; i++)
        if (!game_score_max(score, score_ud, &lv->questions[i], i, &r->qs[i].max, err)) goto fail;
    return r;
oom:
    game_error_set(err, lv->path, 0, "out of memory");
fail:
    game_room_destroy(r);
    return NULL;
}

void game_room_destroy(game_room *r)
{
    if (!r) return;
    for (size_t i = 0; i < r->n; i++) free(r->slots[i].p.answers);
    free(r->slots);
    free(r->qs);
    free(r);
}

/* ==== reading =================================================================== */

const game_level *game_room_level(const game_room *r)
{
    return r->lv;
}

game_room_phase game_room_phase_get(const game_room *r)
{
    return r->phase;
}

size_t game_room_question_index(const game_room *r)
{
    return r->qi;
}

const game_question *game_room_question(const game_room *r)
{
    return r->qi < r->lv->nquestions ? &r->lv->questions[r->qi] : NULL;
}

size_t game_room_question_count(const game_room *r)
{
    return r->lv->nquestions;
}

long game_room_max_score(const game_room *r)
{
    long max = 0;
    for (size_t i = 0; i < r->lv->nquestions; i++)
        if (r->qs[i].opened && !r->qs[i].skipped) max += r->qs[i].max;
    return max;
}

bool game_room_counts(const game_room *r, size_t i)
{
    return i < r->lv->nquestions && r->qs[i].opened && !r->qs[i].skipped;
}

size_t game_room_choice_at(const game_room *r, size_t pos)
{
    if (r->qi >= r->lv->nquestions || pos >= GAME_MAX_ITEMS) return pos;
    return r->qs[r->qi].order[pos];
}

size_t game_room_position_of(const game_room *r, size_t written)
{
    if (r->qi >= r->lv->nquestions) return written;
    for (size_t p = 0; p < GAME_MAX_ITEMS; p++)
        if (r->qs[r->qi].order[p] == written) return p;
    return written;
}

const unsigned char *game_room_start_order(const game_room *r)
{
    static const unsigned char identity[GAME_MAX_ITEMS] = {0, 1, 2, 3, 4, 5, 6, 7};
    return r->qi < r->lv->nquestions ? r->qs[r->qi].start : identity;
}

double game_room_estimate_start(const game_room *r)
{
    return r->qi < r->lv->nquestions ? r->qs[r->qi].estimate_start : 0;
}

/* ==== players ==================================================================== */

/* The slot of id, or NULL. The network gives ids 1, 2, … in the order players join, so the slot
 * at id − 1 is nearly always the one; a search covers the rest. */
static room_slot *find(const game_room *r, uint32_t id)
{
    if (id >= 1 && id <= r->n && r->slots[id - 1].p.id == id) return &r->slots[id - 1];
    for (size_t i = 0; i < r->n; i++)
        if (r->slots[i].p.id == id) return &r->slots[i];
    return NULL;
}

/* A nickname copied whole: cut at a character, never inside one. */
static void copy_nick(char *dst, size_t size, const char *nick)
{
    size_t n = nick ? strlen(nick) : 0;
    if (n >= size) {
        n = size - 1;
        while (n > 0 && ((unsigned char)nick[n] & 0xC0) == 0x80) n--;
    }
    if (n) memcpy(dst, nick, n);
    dst[n] = '\0';
}

bool game_room_join(game_room *r, uint32_t id, const char *nick)
{
    if (find(r, id)) return false;
    if (r->n == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 32;
        room_slot *s = realloc(r->slots, cap * sizeof *s);
        if (!s) return false;
        r->slots = s;
        r->cap = cap;
    }
    game_answer *answers = calloc(r->lv->nquestions, sizeof *answers);
    if (!answers) return false;
    room_slot *s = &r->slots[r->n++];
    memset(s, 0, sizeof *s);
    s->p.id = id;
    copy_nick(s->p.nick, sizeof s->p.nick, nick);
    s->p.answers = answers;
    /* In the lobby, the first question; later, the one after the current (open or not). */
    s->p.first = r->qi == SIZE_MAX ? 0 : r->qi + 1;
    return true;
}

void game_room_set_away(game_room *r, uint32_t id, bool away)
{
    room_slot *s = find(r, id);
    if (s) s->p.away = away;
}

bool game_room_rename(game_room *r, uint32_t id, const char *nick)
{
    room_slot *s = find(r, id);
    if (!s || s->p.removed || !nick || !nick[0]) return false;
    copy_nick(s->p.nick, sizeof s->p.nick, nick);
    return true;
}

void game_room_remove(game_room *r, uint32_t id)
{
    room_slot *s = find(r, id);
    if (s) s->p.removed = true;
}

size_t game_room_player_count(const game_room *r)
{
    return r->n;
}

const game_room_player *game_room_player_at(const game_room *r, size_t i)
{
    return i < r->n ? &r->slots[i].p : NULL;
}

const game_room_player *game_room_player_get(const game_room *r, uint32_t id)
{
    room_slot *s = find(r, id);
    return s ? &s->p : NULL;
}

long game_room_player_max(const game_room *r, uint32_t id)
{
    const room_slot *s = find(r, id);
    if (!s || s->p.removed) return 0;
    long max = 0;
    for (size_t i = s->p.first; i < r->lv->nquestions; i++)
        if (r->qs[i].opened && !r->qs[i].skipped) max += r->qs[i].max;
    return max;
}

uint64_t game_room_player_time(const game_room *r, uint32_t id)
{
    const room_slot *s = find(r, id);
    return s ? s->total_ms : 0;
}

size_t game_room_players_in(const game_room *r)
{
    size_t k = 0;
    for (size_t i = 0; i < r->n; i++) k += !r->slots[i].p.removed;
    return k;
}

size_t game_room_players_here(const game_room *r)
{
    size_t k = 0;
    for (size_t i = 0; i < r->n; i++) k += !r->slots[i].p.removed && !r->slots[i].p.away;
    return k;
}

unsigned game_room_rank(const game_room *r, uint32_t id)
{
    const room_slot *s = find(r, id);
    if (!s || s->p.removed) return 0;
    unsigned above = 0;
    for (size_t i = 0; i < r->n; i++)
        above += !r->slots[i].p.removed && r->slots[i].p.score > s->p.score;
    return above + 1;
}

/* Best first: the higher score; at a tie, who reached it first (less time taken over their
 * answers), then who joined first. */
static bool ahead(const room_slot *a, size_t ia, const room_slot *b, size_t ib)
{
    if (a->p.score != b->p.score) return a->p.score > b->p.score;
    if (a->total_ms != b->total_ms) return a->total_ms < b->total_ms;
    return ia < ib;
}

size_t game_room_top(const game_room *r, const game_room_player **out, size_t max)
{
    /* One pass keeping the best `max` in order: a podium is 5 among hundreds. */
    size_t k = 0;
    size_t idx[64];
    if (max == 0) return 0;
    size_t *best = max <= 64 ? idx : malloc(max * sizeof *best);
    if (!best) return 0;
    for (size_t i = 0; i < r->n; i++) {
        const room_slot *s = &r->slots[i];
        if (s->p.removed) continue;
        size_t at = k;
        while (at > 0 && ahead(s, i, &r->slots[best[at - 1]], best[at - 1])) at--;
        if (at >= max) continue;
        size_t end = k < max ? k : max - 1;
        memmove(&best[at + 1], &best[at], (end - at) * sizeof *best);
        best[at] = i;
        if (k < max) k++;
    }
    for (size_t i = 0; i < k; i++) out[i] = &r->slots[best[i]].p;
    if (best != idx) free(best);
    return k;
}

/* ==== the flow ====================================================================== */

/* May the player answer question i: in the room, and there for it from the start. */
static bool concerned(const room_slot *s, size_t i)
{
    return !s->p.removed && s->p.first <= i;
}

void game_room_set_pace(game_room *r, game_pace p)
{
    r->pace = (unsigned)p < GAME_PACE_COUNT ? p : GAME_PACE_NORMAL;
}

game_pace game_room_pace(const game_room *r)
{
    return r->pace;
}

/* The limit the scoring rule sees: as in the solo game, any pace but the normal one drops the
 * speed factor (the rule sees no limit). */
static uint32_t rule_limit(const game_room *r)
{
    return r->pace == GAME_PACE_NORMAL ? r->limit_ms : 0;
}

bool game_room_open(game_room *r, size_t i, uint32_t time_ms, uint64_t now_ms)
{
    if (r->phase == GAME_ROOM_QUESTION || r->phase == GAME_ROOM_END) return false;
    if (i >= r->lv->nquestions || (r->qi != SIZE_MAX && i <= r->qi)) return false;
    r->qi = i;
    r->qs[i].opened = true;
    r->limit_ms = game_pace_limit(r->pace, time_ms);
    r->opened_at = now_ms;
    r->paused = false;
    r->paused_at = 0;
    r->paused_for = 0;
    for (size_t k = 0; k < r->n; k++) r->slots[k].streak_before = r->slots[k].p.streak;
    r->phase = GAME_ROOM_QUESTION;
    return true;
}

void game_room_pause(game_room *r, bool paused, uint64_t now_ms)
{
    if (r->phase != GAME_ROOM_QUESTION || paused == r->paused) return;
    if (paused) {
        r->paused_at = now_ms;
    } else if (now_ms > r->paused_at) {
        r->paused_for += now_ms - r->paused_at;
    }
    r->paused = paused;
}

bool game_room_paused(const game_room *r)
{
    return r->phase == GAME_ROOM_QUESTION && r->paused;
}

/* How long the open question has run, pauses left out. */
static uint64_t elapsed(const game_room *r, uint64_t now_ms)
{
    uint64_t at = r->paused ? r->paused_at : now_ms;
    uint64_t ran = at > r->opened_at ? at - r->opened_at : 0;
    return ran > r->paused_for ? ran - r->paused_for : 0;
}

uint32_t game_room_time_left(const game_room *r, uint64_t now_ms)
{
    if (r->phase != GAME_ROOM_QUESTION || !r->limit_ms) return 0;
    uint64_t ran = elapsed(r, now_ms);
    return ran >= r->limit_ms ? 0 : (uint32_t)(r->limit_ms - ran);
}

bool game_room_time_up(const game_room *r, uint64_t now_ms)
{
    return r->phase == GAME_ROOM_QUESTION && r->limit_ms && !r->paused &&
           elapsed(r, now_ms) >= r->limit_ms;
}

/* The answer held to the question's shape, as a solo session holds its actions (it ignores a
 * choice that is not there, keeps the slider on the scale): the network checks answers, and the
 * room still never hands the rule what no player could give. A broken order is the one shown. */
static void hold_to_shape(const game_question *q, const unsigned char *start, game_response *a)
{
    const game_kind_info *k = game_kind_get(q->kind);
    switch (k->shape) {
    case GAME_SHAPE_PICK:
        a->chosen &= (1u << q->nchoices) - 1;
        break;
    case GAME_SHAPE_PARTS:
        a->chosen &= (1u << q->nparts) - 1;
        break;
    case GAME_SHAPE_ORDER: {
        unsigned seen = 0;
        for (size_t i = 0; i < q->nitems; i++)
            if (a->order[i] < q->nitems) seen |= 1u << a->order[i];
        if (seen != (1u << q->nitems) - 1) memcpy(a->order, start, sizeof a->order);
        break;
    }
    case GAME_SHAPE_BINS:
        for (size_t i = 0; i < GAME_MAX_ITEMS; i++)
            if (i >= q->nitems || a->bins[i] < -1 || a->bins[i] >= (int)q->nbins) a->bins[i] = -1;
        break;
    case GAME_SHAPE_TEXT:
        a->text[sizeof a->text - 1] = '\0';
        break;
    case GAME_SHAPE_VALUE:
        if (a->value != a->value) a->value = game_estimate_start(q);
        a->value = a->value < q->min ? q->min : a->value > q->max ? q->max : a->value;
        break;
    case GAME_SHAPE_PLAY:
        a->credit = a->credit >= 0 && a->credit <= 1 ? a->credit : a->credit > 1 ? 1 : 0;
        break;
    }
}

game_room_take game_room_answer(game_room *r, uint32_t id, uint32_t q, const game_response *resp,
                                uint32_t time_ms, game_error *err)
{
    room_slot *s = find(r, id);
    if (!s || s->p.removed) return GAME_ROOM_UNKNOWN;
    if (r->phase != GAME_ROOM_QUESTION) return GAME_ROOM_CLOSED;
    if (q == 0 || q - 1 != r->qi) return GAME_ROOM_WRONG_Q;
    if (s->p.first > r->qi) return GAME_ROOM_NOT_YET;
    game_answer *a = &s->p.answers[r->qi];
    if (a->answered) return GAME_ROOM_TWICE;
    if (!resp) return GAME_ROOM_UNKNOWN;
    const game_question *qq = &r->lv->questions[r->qi];
    game_response held = *resp;
    hold_to_shape(qq, r->qs[r->qi].start, &held);
    /* the rule sees no limit under a pace: the room holds the time to its own */
    if (r->pace != GAME_PACE_NORMAL && r->limit_ms && time_ms > r->limit_ms) time_ms = r->limit_ms;
    if (!game_score_answer(r->score, r->score_ud, qq, r->qi, rule_limit(r), false, &held, time_ms,
                           &s->p.streak, a, err))
        return GAME_ROOM_FAILED;
    s->p.score += a->points;
    s->p.correct += a->correct;
    s->total_ms += a->time_ms;
    return GAME_ROOM_TAKEN;
}

void game_room_answered(const game_room *r, size_t *answered, size_t *of)
{
    size_t yes = 0, all = 0;
    for (size_t k = 0; r->qi < r->lv->nquestions && k < r->n; k++) {
        const room_slot *s = &r->slots[k];
        if (!concerned(s, r->qi)) continue;
        bool did = s->p.answers[r->qi].answered && !s->p.answers[r->qi].timeout;
        if (s->p.away && !did) continue; /* gone: nobody waits for them */
        all++;
        yes += did;
    }
    if (answered) *answered = yes;
    if (of) *of = all;
}

bool game_room_close(game_room *r, uint64_t now_ms, game_error *err)
{
    if (r->phase != GAME_ROOM_QUESTION) return false;
    const game_question *q = &r->lv->questions[r->qi];
    uint64_t ran = elapsed(r, now_ms);
    if (r->pace != GAME_PACE_NORMAL && r->limit_ms && ran > r->limit_ms) ran = r->limit_ms;
    for (size_t k = 0; k < r->n; k++) {
        room_slot *s = &r->slots[k];
        if (!concerned(s, r->qi) || s->p.answers[r->qi].answered) continue;
        game_answer *a = &s->p.answers[r->qi];
        if (!game_score_answer(r->score, r->score_ud, q, r->qi, rule_limit(r), true, NULL, ran,
                               &s->p.streak, a, err))
            return false; /* those scored stay scored: closing again goes on from here */
        s->p.score += a->points;
        s->total_ms += a->time_ms;
    }
    r->paused = false;
    r->phase = GAME_ROOM_REVEAL;
    return true;
}

/* Takes back every answer to the open question: nobody scores it. */
static void undo_question(game_room *r)
{
    for (size_t k = 0; k < r->n; k++) {
        room_slot *s = &r->slots[k];
        game_answer *a = &s->p.answers[r->qi];
        if (a->answered) {
            s->p.score -= a->points;
            s->p.correct -= a->correct;
            s->total_ms -= a->time_ms;
            memset(a, 0, sizeof *a);
        }
        if (s->p.first <= r->qi) s->p.streak = s->streak_before;
    }
}

void game_room_skip(game_room *r, uint64_t now_ms)
{
    (void)now_ms;
    if (r->phase == GAME_ROOM_END) return;
    if (r->phase == GAME_ROOM_QUESTION) {
        undo_question(r);
    } else {
        size_t next = r->qi == SIZE_MAX ? 0 : r->qi + 1;
        if (next >= r->lv->nquestions) return;
        r->qi = next;
        r->qs[next].opened = true;
    }
    r->qs[r->qi].skipped = true;
    r->paused = false;
    r->phase = GAME_ROOM_REVEAL;
}

bool game_room_skipped(const game_room *r, size_t i)
{
    return i < r->lv->nquestions && r->qs[i].skipped;
}

void game_room_podium(game_room *r)
{
    if (r->phase == GAME_ROOM_REVEAL) r->phase = GAME_ROOM_PODIUM;
}

void game_room_end(game_room *r)
{
    if (r->phase == GAME_ROOM_QUESTION) { /* stopped before it closed: it counts for nobody */
        undo_question(r);
        r->qs[r->qi].skipped = true;
    }
    r->paused = false;
    r->phase = GAME_ROOM_END;
}

/* ==== what the class answered ========================================================= */

void game_room_tally_get(const game_room *r, size_t i, game_room_tally *out)
{
    memset(out, 0, sizeof *out);
    if (i >= r->lv->nquestions) return;
    const game_question *q = &r->lv->questions[i];
    const room_question *rq = &r->qs[i];
    game_shape shape = game_kind_get(q->kind)->shape;
    if (shape == GAME_SHAPE_PICK) out->npicks = q->nchoices;
    if (shape == GAME_SHAPE_PARTS) out->npicks = q->nparts;
    if (!rq->opened || rq->skipped) return;
    for (size_t k = 0; k < r->n; k++) {
        const room_slot *s = &r->slots[k];
        if (!concerned(s, i)) continue;
        const game_answer *a = &s->p.answers[i];
        if (!a->answered || a->timeout) {
            out->none++;
            continue;
        }
        if (a->correct)
            out->right++;
        else if (a->credit > 0)
            out->partly++;
        else
            out->wrong++;
        for (size_t p = 0; p < out->npicks; p++) {
            /* PICK: per shown position (the written choice there); hotspot: per part */
            size_t bit = shape == GAME_SHAPE_PICK ? rq->order[p] : p;
            out->picks[p] += (a->resp.chosen >> bit) & 1u;
        }
    }
}
