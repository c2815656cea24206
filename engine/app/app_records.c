/* app_records.c — the ui's kept results (ui_records, ui.h) over the store: runs and answers go
 * to the writer's thread, boards and reports are read from the reader's connection, and the
 * records get their wall-clock times here, so the ui needs neither store/ nor a clock.
 * May use ui.h and store.h; holds no state of its own beyond the two handles it is given.
 */
#include "app.h"
#include "store/store.h"

#include <stdio.h>
#include <stdlib.h>

static void run_begin(void *ud, const ui_run_record *r)
{
    app_records *rec = ud;
    store_run run = {r->session, r->nick,      r->pack_id,   r->level_id, r->level_title,
                     r->lang,    app_now_ms(), r->max_score, r->pace};
    store_writer_run_begin(rec->writer, &run);
}

static void answer(void *ud, const ui_answer_record *a)
{
    app_records *rec = ud;
    store_answer sa = {0,
                       a->seq,
                       a->question_id,
                       a->kind,
                       a->prompt,
                       a->answer,
                       a->correct,
                       a->timeout,
                       a->points,
                       a->time_ms,
                       app_now_ms(),
                       a->credit,
                       (store_sure)a->sure};
    store_writer_answer(rec->writer, &sa);
}

static void run_end(void *ud, long score)
{
    app_records *rec = ud;
    store_writer_run_end(rec->writer, score, app_now_ms());
}

static void flush(void *ud)
{
    app_records *rec = ud;
    store_writer_flush(rec->writer);
}

static bool take_error(void *ud, char *buf, size_t n)
{
    app_records *rec = ud;
    return store_writer_take_error(rec->writer, buf, n);
}

static size_t best(void *ud, const char *pack_id, const char *level_id, game_period p,
                   game_board_row *out, size_t max)
{
    app_records *rec = ud;
    return store_best(rec->db, pack_id, level_id, p, app_now_ms(), out, max);
}

static bool report(void *ud, const char *session, game_report *out, game_error *err)
{
    app_records *rec = ud;
    return store_report_build(rec->db, session, out, err);
}

static void run_abandon(void *ud)
{
    app_records *rec = ud;
    store_writer_run_abandon(rec->writer, app_now_ms());
}

/* The board of a pack counts from its last reset, or every pack's, or local midnight: the
 * latest of the three (a reset made yesterday is older than midnight). */
static int64_t board_since(store *db, const char *pack_id, int64_t now)
{
    int64_t since = store_local_midnight(now);
    const char *keys[2] = {"board_reset:*", pack_id};
    for (int i = 0; i < 2; i++) {
        char key[200], val[32];
        if (!keys[i]) continue;
        snprintf(key, sizeof key, i ? "board_reset:%s" : "%s", keys[i]);
        if (!store_setting_get(db, key, val, sizeof val)) continue;
        char *end = NULL;
        long long ms = strtoll(val, &end, 10);
        if (end && end != val && !*end && ms > since && ms <= now) since = ms;
    }
    return since;
}

static size_t day_best(void *ud, const char *pack_id, game_board_row *out, size_t max)
{
    app_records *rec = ud;
    return store_day_best(rec->db, pack_id, board_since(rec->db, pack_id, app_now_ms()), out, max);
}

static int day_rank(void *ud, const char *pack_id, long score, int *of)
{
    app_records *rec = ud;
    /* The run just ended is in the writer's queue: its rank counts it. */
    store_writer_flush(rec->writer);
    return store_day_rank(rec->db, pack_id, board_since(rec->db, pack_id, app_now_ms()), score, of);
}

static void board_reset(void *ud, const char *pack_id)
{
    app_records *rec = ud;
    char key[200], val[32];
    snprintf(key, sizeof key, "board_reset:%s", pack_id ? pack_id : "*");
    snprintf(val, sizeof val, "%lld", (long long)app_now_ms());
    game_error err = {0};
    if (!store_setting_set(rec->db, key, val, &err))
        fprintf(stderr, "vigie: the board was not reset: %s\n", err.message);
}

static void access_save(void *ud, const ui_access *a)
{
    app_records *rec = ud;
    game_error err = {0};
    if (!app_access_save(rec->db, a, &err))
        fprintf(stderr, "vigie: the settings were not kept: %s\n", err.message);
}

static bool stand_day(void *ud, const char *pack_id, int64_t day_ms, game_stand *out,
                      game_error *err)
{
    app_records *rec = ud;
    store_writer_flush(rec->writer);
    return store_stand_day(rec->db, pack_id, day_ms ? day_ms : app_now_ms(), out, err);
}

ui_records app_records_ui(app_records *rec)
{
    ui_records r = {0};
    if (!rec->db && !rec->writer) return r;
    r.ud = rec;
    r.nick_valid = store_nick_valid;
    if (rec->writer) {
        r.run_begin = run_begin;
        r.answer = answer;
        r.run_end = run_end;
        r.flush = flush;
        r.take_error = take_error;
        r.run_abandon = run_abandon;
    }
    if (rec->db) {
        r.best = best;
        r.report = report;
        r.report_free = store_report_free;
        r.day_best = day_best;
        r.day_rank = day_rank;
        r.board_reset = board_reset;
        r.stand_day = stand_day;
        r.access_save = access_save;
    }
    return r;
}
