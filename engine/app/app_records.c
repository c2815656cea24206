/* app_records.c — the ui's kept results (ui_records, ui.h) over the store: runs and answers go
 * to the writer's thread, boards and reports are read from the reader's connection, and the
 * records get their wall-clock times here, so the ui needs neither store/ nor a clock.
 * May use ui.h and store.h; holds no state of its own beyond the two handles it is given.
 */
#include "app.h"
#include "store/store.h"

static void run_begin(void *ud, const ui_run_record *r)
{
    app_records *rec = ud;
    store_run run = {r->session,     r->nick, r->pack_id,   r->level_id,
                     r->level_title, r->lang, app_now_ms(), r->max_score};
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
    }
    if (rec->db) {
        r.best = best;
        r.report = report;
        r.report_free = store_report_free;
    }
    return r;
}
