/* game_duel.c — duels and teams with buzzers (game_duel.h). */
#include "game_duel.h"

#include <stdlib.h>
#include <string.h>

const long GAME_DUEL_POINTS[GAME_DUEL_MAX_PLAYERS] = {100, 60, 40, 20};

struct game_duel {
    const game_level *lv;
    size_t *qs; /* the level's questions the duel asks */
    size_t nq;
    game_rng rng;
    uint64_t seed;
    game_duel_phase phase;
    size_t at;                           /* index into qs */
    unsigned pos[GAME_DUEL_MAX_CHOICES]; /* displayed position: written choice */
    int npos;
    uint64_t since;
    uint32_t limit;
    int nright; /* right answers so far to the open question */
    game_duel_player p[GAME_DUEL_MAX_PLAYERS];
};

static bool suits(const game_question *q)
{
    if (q->kind == GAME_KIND_TRUEFALSE) return true;
    return q->kind == GAME_KIND_CHOICE && q->nchoices >= 2 &&
           q->nchoices <= GAME_DUEL_MAX_CHOICES && q->correct_mask != 0;
}

game_duel *game_duel_create(const game_level *lv, uint64_t seed, game_error *err)
{
    size_t n = 0;
    for (size_t i = 0; lv && i < lv->nquestions; i++) n += suits(&lv->questions[i]);
    if (n == 0) {
        game_error_set(err, lv && lv->path ? lv->path : "", 0,
                       "this level has no question for a duel: a duel asks \"choice\" questions "
                       "of 2 to %d choices and \"truefalse\" questions",
                       GAME_DUEL_MAX_CHOICES);
        if (err) err->kind = GAME_ERR_CONTENT;
        return NULL;
    }
    game_duel *d = calloc(1, sizeof *d);
    if (d) d->qs = calloc(n, sizeof *d->qs);
    if (!d || !d->qs) {
        free(d);
        game_error_set(err, "", 0, "out of memory");
        return NULL;
    }
    for (size_t i = 0; i < lv->nquestions; i++)
        if (suits(&lv->questions[i])) d->qs[d->nq++] = i;
    d->lv = lv;
    d->seed = seed;
    game_rng_init(&d->rng, seed);
    return d;
}

void game_duel_destroy(game_duel *d)
{
    if (!d) return;
    free(d->qs);
    free(d);
}

size_t game_duel_count(const game_duel *d)
{
    return d->nq;
}

static bool valid(const game_duel *d, int p)
{
    return p >= 0 && p < GAME_DUEL_MAX_PLAYERS && d->p[p].joined;
}

int game_duel_join(game_duel *d)
{
    if (d->phase != GAME_DUEL_SETUP) return -1;
    for (int i = 0; i < GAME_DUEL_MAX_PLAYERS; i++) {
        if (d->p[i].joined) continue;
        d->p[i] = (game_duel_player){.joined = true, .present = true, .choice = -1};
        return i;
    }
    return -1;
}

int game_duel_players(const game_duel *d)
{
    int n = 0;
    for (int i = 0; i < GAME_DUEL_MAX_PLAYERS; i++) n += d->p[i].joined;
    return n;
}

static void close_question(game_duel *d, uint64_t now_ms)
{
    d->phase = GAME_DUEL_REVEAL;
    d->since = now_ms;
}

/* Everyone still plugged in has answered (and someone is). */
static bool all_answered(const game_duel *d)
{
    int present = 0;
    for (int i = 0; i < GAME_DUEL_MAX_PLAYERS; i++) {
        if (!d->p[i].joined || !d->p[i].present) continue;
        present++;
        if (!d->p[i].answered) return false;
    }
    return present > 0;
}

bool game_duel_remove(game_duel *d, int player, uint64_t now_ms)
{
    if (!valid(d, player)) return false;
    if (d->phase == GAME_DUEL_SETUP) {
        d->p[player] = (game_duel_player){.choice = -1};
        return true;
    }
    d->p[player].present = false;
    if (d->phase == GAME_DUEL_QUESTION && all_answered(d)) close_question(d, now_ms);
    return true;
}

bool game_duel_rejoin(game_duel *d, int player)
{
    if (!valid(d, player)) return false;
    d->p[player].present = true;
    return true;
}

static void open_question(game_duel *d, uint64_t now_ms)
{
    const game_question *q = &d->lv->questions[d->qs[d->at]];
    d->npos = q->kind == GAME_KIND_TRUEFALSE ? 2 : (int)q->nchoices;
    for (int i = 0; i < d->npos; i++) d->pos[i] = (unsigned)i;
    if (q->kind == GAME_KIND_CHOICE)
        for (int i = d->npos - 1; i > 0; i--) { /* Fisher–Yates */
            int j = (int)game_rng_below(&d->rng, (uint32_t)i + 1);
            unsigned t = d->pos[i];
            d->pos[i] = d->pos[j];
            d->pos[j] = t;
        }
    d->limit = q->time_ms ? q->time_ms : GAME_DUEL_DEFAULT_MS;
    d->nright = 0;
    d->since = now_ms;
    d->phase = GAME_DUEL_QUESTION;
    for (int i = 0; i < GAME_DUEL_MAX_PLAYERS; i++) {
        game_duel_player *p = &d->p[i];
        p->answered = p->correct = false;
        p->choice = -1;
        p->order = 0;
        p->points = 0;
        p->time_ms = 0;
    }
}

bool game_duel_start(game_duel *d, uint64_t now_ms)
{
    if (d->phase != GAME_DUEL_SETUP || game_duel_players(d) < GAME_DUEL_MIN_PLAYERS) return false;
    d->at = 0;
    open_question(d, now_ms);
    return true;
}

void game_duel_update(game_duel *d, uint64_t now_ms)
{
    if (d->phase == GAME_DUEL_QUESTION && now_ms >= d->since + d->limit)
        close_question(d, d->since + d->limit);
}

bool game_duel_answer(game_duel *d, int player, int pos, uint64_t now_ms)
{
    game_duel_update(d, now_ms);
    if (d->phase != GAME_DUEL_QUESTION || !valid(d, player) || pos < 0 || pos >= d->npos)
        return false;
    game_duel_player *p = &d->p[player];
    /* pressed twice, locked out by a wrong answer, or unplugged */
    if (p->answered || !p->present) return false;
    p->answered = true;
    p->choice = pos;
    p->time_ms = now_ms - d->since;
    const game_question *q = game_duel_question(d);
    p->correct = (q->correct_mask >> d->pos[pos]) & 1u;
    if (p->correct) {
        p->order = ++d->nright;
        p->points = GAME_DUEL_POINTS[p->order - 1];
        p->score += p->points;
        p->right++;
        if (p->order == 1) p->firsts++;
    }
    if (all_answered(d)) close_question(d, now_ms);
    return true;
}

bool game_duel_next(game_duel *d, uint64_t now_ms)
{
    if (d->phase != GAME_DUEL_REVEAL) return false;
    if (d->at + 1 >= d->nq) {
        d->phase = GAME_DUEL_END;
        d->since = now_ms;
        return true;
    }
    d->at++;
    open_question(d, now_ms);
    return true;
}

void game_duel_restart(game_duel *d)
{
    for (int i = 0; i < GAME_DUEL_MAX_PLAYERS; i++) {
        if (!d->p[i].joined) continue;
        bool present = d->p[i].present;
        d->p[i] = (game_duel_player){.joined = true, .present = present, .choice = -1};
    }
    d->phase = GAME_DUEL_SETUP;
    d->at = 0;
    d->since = 0;
}

game_duel_phase game_duel_phase_of(const game_duel *d)
{
    return d->phase;
}

const game_question *game_duel_question(const game_duel *d)
{
    if (d->phase == GAME_DUEL_SETUP) return NULL;
    return &d->lv->questions[d->qs[d->at]];
}

size_t game_duel_index(const game_duel *d)
{
    return d->at;
}

int game_duel_choices(const game_duel *d)
{
    return d->phase == GAME_DUEL_SETUP ? 0 : d->npos;
}

size_t game_duel_choice_at(const game_duel *d, int pos)
{
    if (pos < 0 || pos >= d->npos) return 0;
    return d->pos[pos];
}

int game_duel_right_pos(const game_duel *d)
{
    const game_question *q = game_duel_question(d);
    if (!q) return -1;
    for (int i = 0; i < d->npos; i++)
        if ((q->correct_mask >> d->pos[i]) & 1u) return i;
    return -1;
}

uint32_t game_duel_time_left(const game_duel *d, uint64_t now_ms)
{
    if (d->phase != GAME_DUEL_QUESTION || now_ms >= d->since + d->limit) return 0;
    return (uint32_t)(d->since + d->limit - now_ms);
}

uint32_t game_duel_time_limit(const game_duel *d)
{
    return d->limit;
}

uint64_t game_duel_since(const game_duel *d)
{
    return d->since;
}

const game_duel_player *game_duel_player_get(const game_duel *d, int i)
{
    if (i < 0 || i >= GAME_DUEL_MAX_PLAYERS) return NULL;
    return &d->p[i];
}

int game_duel_board(const game_duel *d, int order[GAME_DUEL_MAX_PLAYERS],
                    int rank[GAME_DUEL_MAX_PLAYERS])
{
    int n = 0;
    for (int i = 0; i < GAME_DUEL_MAX_PLAYERS; i++)
        if (d->p[i].joined) order[n++] = i;
    /* insertion sort: stable, so equal scores stay by player number */
    for (int i = 1; i < n; i++) {
        int v = order[i], j = i;
        while (j > 0 && d->p[order[j - 1]].score < d->p[v].score) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = v;
    }
    for (int i = 0; i < n; i++)
        rank[i] = i > 0 && d->p[order[i]].score == d->p[order[i - 1]].score ? rank[i - 1] : i + 1;
    return n;
}
