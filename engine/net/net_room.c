/* net_room.c — the protocol's side of the network thread (docs/classroom-protocol.md): what
 * each connection is sent and when (one message per writable callback, broadcasts sharing one
 * buffer), players joining, resuming and answering, and the app's commands run on the thread.
 */
#define _GNU_SOURCE
#include "net_state.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ==== sending ===================================================================== */

void net_conn_close_later(net_conn *c, int status)
{
    if (!c->close_status) c->close_status = status;
    lws_callback_on_writable(c->wsi);
}

/* Queues m (a new reference) on c; q: a question's number, or 0. */
void net_send(net_conn *c, net_buf *m, uint32_t q)
{
    if (!m || c->close_status) return;
    if (c->count == c->cap) {
        if (c->cap >= QUEUE_MAX) { /* it reads nothing: let it go */
            net_conn_close_later(c, LWS_CLOSE_STATUS_POLICY_VIOLATION);
            return;
        }
        size_t cap = c->cap ? c->cap * 2 : 8;
        net_out *o = malloc(cap * sizeof *o);
        if (!o) return;
        for (size_t i = 0; i < c->count; i++) o[i] = c->out[(c->head + i) % c->cap];
        free(c->out);
        c->out = o;
        c->cap = cap;
        c->head = 0;
    }
    m->refs++;
    c->out[(c->head + c->count) % c->cap] = (net_out){m, q};
    c->count++;
    lws_callback_on_writable(c->wsi);
}

void net_send_text(net_conn *c, char *text)
{
    net_buf *m = net_buf_take(text);
    net_send(c, m, 0);
    net_buf_unref(m);
}

void net_send_error(net *n, net_conn *c, const char *code)
{
    net_send_text(c, net_msg_error(n->cat, n->lang, n->reg, code));
}

void net_send_simple(net_conn *c, const char *t)
{
    char buf[64];
    snprintf(buf, sizeof buf, "{\"t\":\"%s\"}", t);
    net_buf *m = net_buf_new(buf, strlen(buf));
    net_send(c, m, 0);
    net_buf_unref(m);
}

/* One queued message per WRITEABLE callback; -1 closes the connection. */
int net_conn_write(net *n, net_conn *c)
{
    if (c->count) {
        net_out o = c->out[c->head];
        c->head = (c->head + 1) % c->cap;
        c->count--;
        int w = lws_write(c->wsi, o.m->buf + LWS_PRE, o.m->len, LWS_WRITE_TEXT);
        if (w < (int)o.m->len) {
            net_buf_unref(o.m);
            return -1;
        }
        if (o.q && c->pl && c->pl->sent_q != o.q) { /* the player's clock starts now */
            uint64_t t = net_now_ms();
            c->pl->sent_q = o.q;
            c->pl->sent_ms = t;
            c->pl->sent_pause = net_paused_until(n, t);
        }
        net_buf_unref(o.m);
    } else if (c->lobby_pending && !c->close_status) {
        c->lobby_pending = false;
        if (!n->lobby || n->lobby_for != n->players_in) {
            char buf[64];
            snprintf(buf, sizeof buf, "{\"t\":\"lobby\",\"players\":%zu}", n->players_in);
            net_buf_unref(n->lobby);
            n->lobby = net_buf_new(buf, strlen(buf));
            n->lobby_for = n->players_in;
        }
        if (n->lobby && lws_write(c->wsi, n->lobby->buf + LWS_PRE, n->lobby->len, LWS_WRITE_TEXT) <
                            (int)n->lobby->len)
            return -1;
    } else if (c->close_status) {
        lws_close_reason(c->wsi, (enum lws_close_status)c->close_status, NULL, 0);
        return -1;
    }
    if (c->count || c->lobby_pending || c->close_status) lws_callback_on_writable(c->wsi);
    return 0;
}

/* ==== players ===================================================================== */

static net_seat *player_by_id(net *n, uint32_t id)
{
    return id >= 1 && id <= n->nplayers ? n->players[id - 1] : NULL;
}

static uint32_t left_now(net *n)
{
    if (!n->open || !n->cur.time_ms) return 0;
    if (n->paused) return n->left_at_pause;
    uint64_t t = net_now_ms();
    uint64_t ran = t - n->opened_ms - net_paused_until(n, t);
    return ran >= n->cur.time_ms ? 0 : (uint32_t)(n->cur.time_ms - ran);
}

static bool may_answer(const net *n, const net_seat *p)
{
    return n->open && p->eligible_from <= n->open_q;
}

static void send_welcome(net *n, net_conn *c)
{
    net_seat *p = c->pl;
    json_t *o = json_object();
    json_object_set_new(o, "t", json_string("welcome"));
    json_object_set_new(o, "v", json_integer(NET_VERSION));
    json_object_set_new(o, "token", json_string(p->token));
    json_object_set_new(o, "nick", json_string(p->nick));
    json_object_set_new(o, "score", json_integer(p->score));
    json_object_set_new(o, "streak", json_integer(p->streak));
    json_object_set_new(o, "lang", json_string(n->lang == GAME_LANG_EN ? "en" : "fr"));
    json_object_set_new(o, "phase", json_string(net_phase_names[n->phase]));
    json_t *title = json_string(n->title);
    json_object_set_new(o, "title", title ? title : json_string(""));
    char *s = json_dumps(o, JSON_COMPACT);
    json_decref(o);
    net_send_text(c, s);
}

static void lobby_to_all(net *n)
{
    for (net_conn *c = n->conns; c; c = c->next)
        if (c->pl) {
            c->lobby_pending = true;
            lws_callback_on_writable(c->wsi);
        }
}

static size_t count_players(const net *n)
{
    size_t k = 0;
    for (size_t i = 0; i < n->nplayers; i++) k += !n->players[i]->removed;
    return k;
}

static void on_join(net *n, net_conn *c, json_t *m)
{
    json_t *v = json_object_get(m, "v");
    const char *code = json_string_value(json_object_get(m, "code"));
    const char *nick = json_string_value(json_object_get(m, "nick"));
    if (c->pl) return net_send_error(n, c, "bad_message");
    if (!json_is_integer(v) || json_integer_value(v) != NET_VERSION)
        return net_send_error(n, c, "version");
    if (!code || strcmp(code, n->code)) return net_send_error(n, c, "bad_code");
    if (n->locked) return net_send_error(n, c, "locked");
    if (n->players_in >= n->max_players) return net_send_error(n, c, "full");
    char norm[GAME_NICK_BUF];
    if (!nick || !game_nick_valid(nick, norm, sizeof norm) || strlen(norm) >= GAME_NICK_MAX * 2 + 1)
        return net_send_error(n, c, "nick_invalid");
    for (size_t i = 0; i < n->nplayers; i++)
        if (!n->players[i]->removed && net_nick_same(n->players[i]->nick, norm))
            return net_send_error(n, c, "nick_taken");
    if (n->nplayers == n->cap_players) {
        size_t cap = n->cap_players ? n->cap_players * 2 : 64;
        net_seat **ps = realloc(n->players, cap * sizeof *ps);
        if (!ps) return net_send_error(n, c, "full");
        n->players = ps;
        n->cap_players = cap;
    }
    net_seat *p = calloc(1, sizeof *p);
    if (!p || !net_token_make(p->token)) {
        free(p);
        return net_send_error(n, c, "full");
    }
    n->players[n->nplayers++] = p;
    p->id = (uint32_t)n->nplayers;
    memcpy(p->nick, norm, strlen(norm) + 1); /* fits: checked above */
    p->eligible_from = n->open ? n->open_q + 1 : 0;
    p->conn = c;
    c->pl = p;
    n->players_in = count_players(n);
    net_event ev = {.kind = NET_EV_JOIN, .player = p->id};
    snprintf(ev.nick, sizeof ev.nick, "%s", p->nick);
    net_emit(n, &ev);
    send_welcome(n, c);
    lobby_to_all(n);
}

static void on_resume(net *n, net_conn *c, json_t *m)
{
    json_t *v = json_object_get(m, "v");
    const char *token = json_string_value(json_object_get(m, "token"));
    if (c->pl) return net_send_error(n, c, "bad_message");
    if (!json_is_integer(v) || json_integer_value(v) != NET_VERSION)
        return net_send_error(n, c, "version");
    net_seat *p = NULL;
    if (net_token_well_formed(token))
        for (size_t i = 0; i < n->nplayers && !p; i++)
            if (!n->players[i]->removed && !strcmp(n->players[i]->token, token)) p = n->players[i];
    if (!p) return net_send_error(n, c, "bad_token");
    bool was_away = !p->conn;
    if (p->conn) { /* one token plays as one player: the older connection goes */
        p->conn->pl = NULL;
        net_conn_close_later(p->conn, LWS_CLOSE_STATUS_NORMAL);
    }
    p->conn = c;
    c->pl = p;
    if (was_away) net_emit(n, &(net_event){.kind = NET_EV_BACK, .player = p->id});
    send_welcome(n, c);
    if (may_answer(n, p)) {
        net_buf *q = net_buf_take(
            net_msg_question(&n->cur, n->lang, n->cat, p->answered_q == n->open_q, left_now(n)));
        net_send(c, q, n->open_q);
        net_buf_unref(q);
    } else if (!n->open && p->last && n->phase != NET_PHASE_LOBBY) {
        net_send(c, p->last, 0);
    }
}

static void on_answer(net *n, net_conn *c, json_t *m)
{
    net_seat *p = c->pl;
    json_t *jq = json_object_get(m, "q");
    const char *why = NULL;
    game_response resp;
    if (!p) {
        why = "not_joined";
    } else if (!json_is_integer(jq)) {
        why = "bad_message";
    } else {
        json_int_t q = json_integer_value(jq);
        if (!n->open)
            why = q > 0 && q <= n->closed_q ? "late" : "no_question";
        else if (q != n->open_q)
            why = q > 0 && q < n->open_q ? "late" : "wrong_question";
        else if (!may_answer(n, p) || p->sent_q != n->open_q)
            why = "no_question";
        else if (p->answered_q == n->open_q)
            why = "already_answered";
        else if (!net_answer_from_json(&n->cur, json_object_get(m, "a"), &resp))
            why = "bad_answer";
    }
    if (why) {
        atomic_fetch_add(&n->st_answers_refused, 1);
        return net_send_error(n, c, why);
    }
    uint64_t t = net_now_ms();
    uint64_t took = t - p->sent_ms - (net_paused_until(n, t) - p->sent_pause);
    p->answered_q = n->open_q;
    atomic_fetch_add(&n->st_answers_taken, 1);
    net_event ev = {.kind = NET_EV_ANSWER, .player = p->id, .q = n->open_q, .resp = resp};
    ev.time_ms = took > UINT32_MAX ? UINT32_MAX : (uint32_t)took;
    net_emit(n, &ev);
    char buf[64];
    snprintf(buf, sizeof buf, "{\"t\":\"ack\",\"q\":%u}", (unsigned)n->open_q);
    net_buf *a = net_buf_new(buf, strlen(buf));
    net_send(c, a, 0);
    net_buf_unref(a);
}

void net_on_message(net *n, net_conn *c, const char *data, size_t len)
{
    json_error_t jerr;
    json_t *m = json_loadb(data, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!m) return net_send_error(n, c, "bad_json");
    const char *t = json_string_value(json_object_get(m, "t"));
    if (!json_is_object(m) || !t)
        net_send_error(n, c, "bad_message");
    else if (!strcmp(t, "join"))
        on_join(n, c, m);
    else if (!strcmp(t, "resume"))
        on_resume(n, c, m);
    else if (!strcmp(t, "answer"))
        on_answer(n, c, m);
    else if (!strcmp(t, "ping"))
        net_send_simple(c, "pong");
    else
        net_send_error(n, c, "bad_message");
    json_decref(m);
}

/* ==== commands from the app ========================================================= */

static void broadcast(net *n, net_buf *m, bool answering_only)
{
    for (net_conn *c = n->conns; c; c = c->next)
        if (c->pl && (!answering_only || may_answer(n, c->pl))) net_send(c, m, 0);
}

static void run_cmd(net *n, net_cmd *k)
{
    switch (k->kind) {
    case CMD_FILE: {
        net_file **at = &n->files;
        while (*at && strcmp((*at)->path, k->file->path)) at = &(*at)->next;
        if (*at) { /* replaced: a transfer under way keeps the old bytes */
            net_file *old = *at;
            k->file->next = old->next;
            *at = k->file;
            net_file_unref(old);
        } else {
            *at = k->file;
        }
        k->file = NULL;
        break;
    }
    case CMD_QUESTION:
        n->cur = k->nq;
        n->open = true;
        n->open_q = k->nq.number;
        n->paused = false;
        n->pause_acc = 0;
        n->opened_ms = net_now_ms();
        n->phase = NET_PHASE_QUESTION;
        for (net_conn *c = n->conns; c; c = c->next)
            if (c->pl && may_answer(n, c->pl)) net_send(c, k->m, n->open_q);
        break;
    case CMD_PAUSE: {
        if (!n->open || k->flag == n->paused) break;
        uint64_t t = net_now_ms();
        if (k->flag) {
            n->pause_start = t;
            n->left_at_pause = k->left_ms;
        } else {
            n->pause_acc += t - n->pause_start;
        }
        n->paused = k->flag;
        broadcast(n, k->m, true);
        break;
    }
    case CMD_CLOSE:
        if (n->open) n->closed_q = n->open_q;
        n->open = false;
        n->paused = false;
        n->phase = NET_PHASE_REVEAL;
        break;
    case CMD_BROADCAST:
        if (k->number && n->open && n->open_q == k->number) { /* skipped while open: closed */
            n->open = false;
            n->paused = false;
            n->closed_q = k->number;
        }
        broadcast(n, k->m, false);
        break;
    case CMD_PER_PLAYER:
        if (k->flag) n->phase = k->phase;
        for (size_t i = 0; i < k->nrows; i++) {
            net_seat *p = player_by_id(n, k->rows[i].player);
            if (!p || p->removed || !k->rows[i].m) continue;
            if (k->rows[i].has_score) {
                p->score = k->rows[i].score;
                p->streak = k->rows[i].streak;
            }
            net_buf_unref(p->last);
            p->last = k->rows[i].m;
            p->last->refs++;
            if (p->conn) net_send(p->conn, p->last, 0);
        }
        break;
    case CMD_LOCK:
        n->locked = k->flag;
        break;
    case CMD_RENAME: {
        net_seat *p = player_by_id(n, k->player);
        if (!p || p->removed) break;
        snprintf(p->nick, sizeof p->nick, "%s", k->nick);
        json_t *o = json_pack("{s:s,s:s}", "t", "renamed", "nick", p->nick);
        char *s = o ? json_dumps(o, JSON_COMPACT) : NULL;
        json_decref(o);
        if (p->conn)
            net_send_text(p->conn, s);
        else
            free(s);
        break;
    }
    case CMD_REMOVE: {
        net_seat *p = player_by_id(n, k->player);
        if (!p || p->removed) break;
        p->removed = true;
        memset(p->token, 0, sizeof p->token); /* forgotten */
        if (p->conn) {
            net_send_simple(p->conn, "removed");
            net_conn_close_later(p->conn, LWS_CLOSE_STATUS_NORMAL);
        }
        n->players_in = count_players(n);
        break;
    }
    case CMD_PHASE:
        n->phase = k->phase;
        break;
    }
}

void net_run_cmds(net *n)
{
    pthread_mutex_lock(&n->lock);
    net_cmd *k = n->cmds;
    n->cmds = n->cmds_tail = NULL;
    pthread_mutex_unlock(&n->lock);
    while (k) {
        net_cmd *next = k->next;
        run_cmd(n, k);
        net_cmd_free(k);
        k = next;
    }
}
