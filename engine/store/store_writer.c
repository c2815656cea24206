/* store_writer.c — records committed on a thread of their own: the game hands a record over
 * (a copy, under a mutex, no disk), the thread commits it (each answer its own transaction,
 * synchronous=FULL) while the next frame is drawn. */
#include "store.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

typedef enum { OP_RUN_BEGIN = 0, OP_ANSWER, OP_RUN_END, OP_RUN_ABANDON } op_kind;

typedef struct op {
    op_kind kind;
    struct op *next;
    /* run begin */
    char *session, *nick, *pack_id, *level_id, *level_title, *lang;
    long max_score, score;
    int64_t at_ms;
    game_pace pace;
    /* answer */
    int seq;
    char *question_id, *qkind, *prompt, *answer;
    bool correct, timeout;
    long points;
    uint32_t time_ms;
    double credit;
    store_sure sure;
} op;

struct store_writer {
    store *s;
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t cv, idle;
    op *head, *tail;
    bool stop, busy;
    int64_t run; /* the last run begun, 0 when it could not be recorded */
    char error[sizeof((game_error *)0)->message];
    bool error_new;
};

static char *dup(const char *s)
{
    return s ? strdup(s) : NULL;
}

static void op_free(op *o)
{
    free(o->session);
    free(o->nick);
    free(o->pack_id);
    free(o->level_id);
    free(o->level_title);
    free(o->lang);
    free(o->question_id);
    free(o->qkind);
    free(o->prompt);
    free(o->answer);
    free(o);
}

static void note_error(store_writer *w, const game_error *err)
{
    pthread_mutex_lock(&w->mu);
    if (!w->error[0]) {
        snprintf(w->error, sizeof w->error, "%s", err->message);
        w->error_new = true;
    }
    pthread_mutex_unlock(&w->mu);
}

static void commit(store_writer *w, const op *o)
{
    game_error err = {0};
    switch (o->kind) {
    case OP_RUN_BEGIN: {
        store_run r = {o->session, o->nick,  o->pack_id,   o->level_id, o->level_title,
                       o->lang,    o->at_ms, o->max_score, o->pace};
        if (!store_run_begin(w->s, &r, &w->run, &err)) {
            w->run = 0;
            note_error(w, &err);
        }
        break;
    }
    case OP_ANSWER: {
        if (!w->run) break;
        store_answer a = {w->run,    o->seq,     o->question_id, o->qkind,  o->prompt,
                          o->answer, o->correct, o->timeout,     o->points, o->time_ms,
                          o->at_ms,  o->credit,  o->sure};
        if (!store_answer_add(w->s, &a, &err)) note_error(w, &err);
        break;
    }
    case OP_RUN_END:
        if (w->run && !store_run_end(w->s, w->run, o->score, o->at_ms, &err)) note_error(w, &err);
        break;
    case OP_RUN_ABANDON:
        if (w->run && !store_run_abandon(w->s, w->run, o->at_ms, &err)) note_error(w, &err);
        break;
    }
}

static void *loop(void *arg)
{
    store_writer *w = arg;
    pthread_mutex_lock(&w->mu);
    for (;;) {
        while (!w->head && !w->stop) pthread_cond_wait(&w->cv, &w->mu);
        if (!w->head && w->stop) break;
        op *o = w->head;
        w->head = o->next;
        if (!w->head) w->tail = NULL;
        w->busy = true;
        pthread_mutex_unlock(&w->mu);
        commit(w, o);
        op_free(o);
        pthread_mutex_lock(&w->mu);
        w->busy = false;
        if (!w->head) pthread_cond_broadcast(&w->idle);
    }
    pthread_cond_broadcast(&w->idle);
    pthread_mutex_unlock(&w->mu);
    return NULL;
}

store_writer *store_writer_start(store *s)
{
    store_writer *w = calloc(1, sizeof *w);
    if (!w) {
        store_close(s);
        return NULL;
    }
    w->s = s;
    pthread_mutex_init(&w->mu, NULL);
    pthread_cond_init(&w->cv, NULL);
    pthread_cond_init(&w->idle, NULL);
    if (pthread_create(&w->thread, NULL, loop, w) != 0) {
        pthread_mutex_destroy(&w->mu);
        pthread_cond_destroy(&w->cv);
        pthread_cond_destroy(&w->idle);
        store_close(s);
        free(w);
        return NULL;
    }
    return w;
}

static void push(store_writer *w, op *o)
{
    if (!w || !o) {
        if (o) op_free(o);
        return;
    }
    pthread_mutex_lock(&w->mu);
    if (w->tail)
        w->tail->next = o;
    else
        w->head = o;
    w->tail = o;
    pthread_cond_signal(&w->cv);
    pthread_mutex_unlock(&w->mu);
}

void store_writer_run_begin(store_writer *w, const store_run *r)
{
    op *o = calloc(1, sizeof *o);
    if (!o) return;
    o->kind = OP_RUN_BEGIN;
    o->session = dup(r->session);
    o->nick = dup(r->nick);
    o->pack_id = dup(r->pack_id);
    o->level_id = dup(r->level_id);
    o->level_title = dup(r->level_title);
    o->lang = dup(r->lang);
    o->at_ms = r->started_ms;
    o->max_score = r->max_score;
    o->pace = r->pace;
    push(w, o);
}

void store_writer_answer(store_writer *w, const store_answer *a)
{
    op *o = calloc(1, sizeof *o);
    if (!o) return;
    o->kind = OP_ANSWER;
    o->seq = a->seq;
    o->question_id = dup(a->question_id);
    o->qkind = dup(a->kind);
    o->prompt = dup(a->prompt);
    o->answer = dup(a->answer);
    o->correct = a->correct;
    o->timeout = a->timeout;
    o->points = a->points;
    o->time_ms = a->time_ms;
    o->at_ms = a->at_ms;
    o->credit = a->credit;
    o->sure = a->sure;
    push(w, o);
}

void store_writer_run_end(store_writer *w, long score, int64_t ended_ms)
{
    op *o = calloc(1, sizeof *o);
    if (!o) return;
    o->kind = OP_RUN_END;
    o->score = score;
    o->at_ms = ended_ms;
    push(w, o);
}

void store_writer_run_abandon(store_writer *w, int64_t ended_ms)
{
    op *o = calloc(1, sizeof *o);
    if (!o) return;
    o->kind = OP_RUN_ABANDON;
    o->at_ms = ended_ms;
    push(w, o);
}

void store_writer_flush(store_writer *w)
{
    if (!w) return;
    pthread_mutex_lock(&w->mu);
    while (w->head || w->busy) pthread_cond_wait(&w->idle, &w->mu);
    pthread_mutex_unlock(&w->mu);
}

bool store_writer_take_error(store_writer *w, char *buf, size_t n)
{
    if (!w) return false;
    pthread_mutex_lock(&w->mu);
    bool got = w->error_new;
    if (got) snprintf(buf, n, "%s", w->error);
    w->error_new = false;
    pthread_mutex_unlock(&w->mu);
    return got;
}

void store_writer_stop(store_writer *w)
{
    if (!w) return;
    pthread_mutex_lock(&w->mu);
    w->stop = true;
    pthread_cond_signal(&w->cv);
    pthread_mutex_unlock(&w->mu);
    pthread_join(w->thread, NULL);
    pthread_mutex_destroy(&w->mu);
    pthread_cond_destroy(&w->cv);
    pthread_cond_destroy(&w->idle);
    store_close(w->s);
    free(w);
}
