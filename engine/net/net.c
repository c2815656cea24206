/* net.c — the live classroom's network thread (net.h): one libwebsockets context serving the
 * embedded page over HTTP and the protocol of docs/classroom-protocol.md over one WebSocket.
 * The thread owns every socket and the players' table; the app's calls queue commands and wake
 * it (lws_cancel_service), players' actions come back as events (net_poll). The only
 * libwebsockets includer. Uses the model's types (game/) and jansson for the JSON.
 */
#define _GNU_SOURCE
#include "net_internal.h"

#include <jansson.h>
#include <libwebsockets.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#define QUEUE_MAX  256 /* messages waiting on one connection: beyond, it is too slow: closed */
#define HTTP_CHUNK 4096

/* ==== shared buffers ============================================================ */

/* A message to players: its bytes after LWS_PRE bytes of room for the frame's header. Shared by
 * every connection that sends it (a broadcast is one buffer); freed with its last reference.
 * Only the network thread counts references once it has it. */
typedef struct {
    int refs;
    size_t len;
    unsigned char buf[]; /* LWS_PRE + len + 1 */
} msg;

static msg *msg_new(const char *text, size_t len)
{
    if (!text) return NULL;
    msg *m = malloc(sizeof *m + LWS_PRE + len + 1);
    if (!m) return NULL;
    m->refs = 1;
    m->len = len;
    memcpy(m->buf + LWS_PRE, text, len);
    m->buf[LWS_PRE + len] = '\0';
    return m;
}

/* Takes a malloc'd text (NULL: none) and makes it a message. */
static msg *msg_take(char *text)
{
    msg *m = text ? msg_new(text, strlen(text)) : NULL;
    free(text);
    return m;
}

static void msg_unref(msg *m)
{
    if (m && --m->refs == 0) free(m);
}

/* A file the page may get: bytes borrowed (embedded) or owned (net_add_file, generated). */
typedef struct blob {
    int refs;
    char *path, *mime;
    const unsigned char *bytes;
    size_t len;
    bool owned;
    struct blob *next; /* the added files' list */
} blob;

static void blob_unref(blob *b)
{
    if (!b || --b->refs > 0) return;
    if (b->owned) free((void *)b->bytes);
    free(b->path);
    free(b->mime);
    free(b);
}

static blob *blob_new(const char *path, const char *mime, const void *bytes, size_t len, bool copy)
{
    blob *b = calloc(1, sizeof *b);
    if (!b) return NULL;
    b->refs = 1;
    b->path = strdup(path);
    b->mime = strdup(mime);
    b->len = len;
    b->owned = copy;
    if (copy) {
        unsigned char *c = malloc(len ? len : 1);
        if (c && len) memcpy(c, bytes, len);
        b->bytes = c;
    } else {
        b->bytes = bytes;
    }
    if (!b->path || !b->mime || !b->bytes) {
        b->refs = 1;
        blob_unref(b);
        return NULL;
    }
    return b;
}

/* ==== the state ================================================================= */

typedef struct conn conn;

typedef struct {
    uint32_t id;
    char nick[GAME_NICK_MAX * 2 + 1];
    char token[NET_TOKEN_HEX + 1];
    conn *conn; /* NULL: away */
    bool removed;
    uint32_t eligible_from; /* the first question number they may answer */
    uint32_t answered_q;    /* the last question they answered */
    uint32_t sent_q;        /* the last question written to them, when, and the pauses then */
    uint64_t sent_ms, sent_pause;
    long score;
    unsigned streak;
    msg *last; /* their last reveal, podium or end: sent again when they resume */
} seat;

typedef struct {
    msg *m;
    uint32_t q; /* a question's number: its writing starts the player's clock */
} outgoing;

/* One WebSocket connection, or one HTTP transaction (the protocol's per-session data). */
struct conn {
    /* HTTP */
    blob *body;
    size_t sent;
    /* WebSocket */
    bool ws;
    struct lws *wsi;
    conn *prev, *next;
    seat *pl;
    outgoing *out;
    size_t head, count, cap;
    bool lobby_pending;
    int close_status; /* close once the queue is written (0: no) */
    net_bucket bucket;
    char *rx; /* a message arriving in fragments */
    size_t rxlen;
    char addr[64];
};

typedef enum {
    CMD_FILE,
    CMD_QUESTION,
    CMD_PAUSE,
    CMD_CLOSE,
    CMD_BROADCAST,  /* skipped */
    CMD_PER_PLAYER, /* reveal, podium, end */
    CMD_LOCK,
    CMD_RENAME,
    CMD_REMOVE,
    CMD_PHASE,
} cmd_kind;

typedef struct {
    uint32_t player;
    msg *m;
    long score;
    unsigned streak;
    bool has_score;
} player_msg;

typedef struct cmd {
    cmd_kind kind;
    struct cmd *next;
    net_question nq;
    msg *m;
    blob *file;
    player_msg *rows;
    size_t nrows;
    uint32_t player, number, left_ms;
    bool flag;
    net_phase phase;
    char nick[GAME_NICK_MAX * 2 + 1];
} cmd;

struct net {
    /* set at start, read-only after */
    struct lws_context *ctx;
    struct lws_vhost *vhost;
    pthread_t thread;
    unsigned port, max_players;
    char *bind, *code, *title;
    game_lang lang;
    const game_catalog *cat;
    void (*wake)(void *ud);
    void *wake_ud;
    bool loopback_limited;

    /* shared with the app: under lock */
    pthread_mutex_t lock;
    cmd *cmds, *cmds_tail;
    net_event *events;
    size_t nevents, cap_events;
    atomic_bool stop, stopping;

    /* the network thread's own */
    conn *conns;
    seat **players;
    size_t nplayers, cap_players, players_in;
    blob *files;
    blob *strings, *words, *not_found, *not_allowed;
    blob **embedded;
    bool open, paused, locked;
    net_question cur;
    uint32_t open_q, closed_q, left_at_pause;
    uint64_t opened_ms, pause_start, pause_acc;
    net_phase phase;
    msg *lobby; /* the lobby message for players_in */
    size_t lobby_for;
    unsigned char wb[LWS_PRE + HTTP_CHUNK]; /* a piece of an HTTP body being written */

    _Atomic uint64_t st_frames_in, st_frames_refused, st_answers_taken, st_answers_refused,
        st_connections, st_connections_refused;
};

static uint64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

/* Pauses counted up to t (t not before the last pause began). */
static uint64_t paused_until(const net *n, uint64_t t)
{
    return n->pause_acc + (n->paused && t > n->pause_start ? t - n->pause_start : 0);
}

static const char *const phase_names[] = {"lobby", "question", "reveal", "podium", "end"};

/* ==== events to the app =========================================================== */

static void emit(net *n, const net_event *ev)
{
    if (atomic_load(&n->stopping)) return;
    pthread_mutex_lock(&n->lock);
    if (n->nevents == n->cap_events) {
        size_t cap = n->cap_events ? n->cap_events * 2 : 64;
        net_event *e = realloc(n->events, cap * sizeof *e);
        if (!e) {
            pthread_mutex_unlock(&n->lock);
            return;
        }
        n->events = e;
        n->cap_events = cap;
    }
    n->events[n->nevents++] = *ev;
    pthread_mutex_unlock(&n->lock);
    if (n->wake) n->wake(n->wake_ud);
}

size_t net_poll(net *n, net_event *out, size_t max)
{
    if (!n) return 0;
    pthread_mutex_lock(&n->lock);
    size_t k = n->nevents < max ? n->nevents : max;
    memcpy(out, n->events, k * sizeof *out);
    memmove(n->events, n->events + k, (n->nevents - k) * sizeof *out);
    n->nevents -= k;
    pthread_mutex_unlock(&n->lock);
    return k;
}

/* ==== sending ===================================================================== */

static void conn_close_later(conn *c, int status)
{
    if (!c->close_status) c->close_status = status;
    lws_callback_on_writable(c->wsi);
}

/* Queues m (a new reference) on c; q: a question's number, or 0. */
static void send_msg(conn *c, msg *m, uint32_t q)
{
    if (!m || c->close_status) return;
    if (c->count == c->cap) {
        if (c->cap >= QUEUE_MAX) { /* it reads nothing: let it go */
            conn_close_later(c, LWS_CLOSE_STATUS_POLICY_VIOLATION);
            return;
        }
        size_t cap = c->cap ? c->cap * 2 : 8;
        outgoing *o = malloc(cap * sizeof *o);
        if (!o) return;
        for (size_t i = 0; i < c->count; i++) o[i] = c->out[(c->head + i) % c->cap];
        free(c->out);
        c->out = o;
        c->cap = cap;
        c->head = 0;
    }
    m->refs++;
    c->out[(c->head + c->count) % c->cap] = (outgoing){m, q};
    c->count++;
    lws_callback_on_writable(c->wsi);
}

static void send_text(conn *c, char *text)
{
    msg *m = msg_take(text);
    send_msg(c, m, 0);
    msg_unref(m);
}

static void send_error(net *n, conn *c, const char *code)
{
    send_text(c, net_msg_error(n->cat, n->lang, code));
}

static void send_simple(conn *c, const char *t)
{
    char buf[64];
    snprintf(buf, sizeof buf, "{\"t\":\"%s\"}", t);
    msg *m = msg_new(buf, strlen(buf));
    send_msg(c, m, 0);
    msg_unref(m);
}

/* One queued message per WRITEABLE callback; -1 closes the connection. */
static int conn_write(net *n, conn *c)
{
    if (c->count) {
        outgoing o = c->out[c->head];
        c->head = (c->head + 1) % c->cap;
        c->count--;
        int w = lws_write(c->wsi, o.m->buf + LWS_PRE, o.m->len, LWS_WRITE_TEXT);
        if (w < (int)o.m->len) {
            msg_unref(o.m);
            return -1;
        }
        if (o.q && c->pl && c->pl->sent_q != o.q) { /* the player's clock starts now */
            uint64_t t = now_ms();
            c->pl->sent_q = o.q;
            c->pl->sent_ms = t;
            c->pl->sent_pause = paused_until(n, t);
        }
        msg_unref(o.m);
    } else if (c->lobby_pending && !c->close_status) {
        c->lobby_pending = false;
        if (!n->lobby || n->lobby_for != n->players_in) {
            char buf[64];
            snprintf(buf, sizeof buf, "{\"t\":\"lobby\",\"players\":%zu}", n->players_in);
            msg_unref(n->lobby);
            n->lobby = msg_new(buf, strlen(buf));
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

static seat *player_by_id(net *n, uint32_t id)
{
    return id >= 1 && id <= n->nplayers ? n->players[id - 1] : NULL;
}

static uint32_t left_now(net *n)
{
    if (!n->open || !n->cur.time_ms) return 0;
    if (n->paused) return n->left_at_pause;
    uint64_t t = now_ms();
    uint64_t ran = t - n->opened_ms - paused_until(n, t);
    return ran >= n->cur.time_ms ? 0 : (uint32_t)(n->cur.time_ms - ran);
}

static bool may_answer(const net *n, const seat *p)
{
    return n->open && p->eligible_from <= n->open_q;
}

static void send_welcome(net *n, conn *c)
{
    seat *p = c->pl;
    json_t *o = json_object();
    json_object_set_new(o, "t", json_string("welcome"));
    json_object_set_new(o, "v", json_integer(NET_VERSION));
    json_object_set_new(o, "token", json_string(p->token));
    json_object_set_new(o, "nick", json_string(p->nick));
    json_object_set_new(o, "score", json_integer(p->score));
    json_object_set_new(o, "streak", json_integer(p->streak));
    json_object_set_new(o, "lang", json_string(n->lang == GAME_LANG_EN ? "en" : "fr"));
    json_object_set_new(o, "phase", json_string(phase_names[n->phase]));
    json_t *title = json_string(n->title);
    json_object_set_new(o, "title", title ? title : json_string(""));
    char *s = json_dumps(o, JSON_COMPACT);
    json_decref(o);
    send_text(c, s);
}

static void lobby_to_all(net *n)
{
    for (conn *c = n->conns; c; c = c->next)
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

static void on_join(net *n, conn *c, json_t *m)
{
    json_t *v = json_object_get(m, "v");
    const char *code = json_string_value(json_object_get(m, "code"));
    const char *nick = json_string_value(json_object_get(m, "nick"));
    if (c->pl) return send_error(n, c, "bad_message");
    if (!json_is_integer(v) || json_integer_value(v) != NET_VERSION)
        return send_error(n, c, "version");
    if (!code || strcmp(code, n->code)) return send_error(n, c, "bad_code");
    if (n->locked) return send_error(n, c, "locked");
    if (n->players_in >= n->max_players) return send_error(n, c, "full");
    char norm[GAME_NICK_BUF];
    if (!nick || !game_nick_valid(nick, norm, sizeof norm) || strlen(norm) >= GAME_NICK_MAX * 2 + 1)
        return send_error(n, c, "nick_invalid");
    for (size_t i = 0; i < n->nplayers; i++)
        if (!n->players[i]->removed && net_nick_same(n->players[i]->nick, norm))
            return send_error(n, c, "nick_taken");
    if (n->nplayers == n->cap_players) {
        size_t cap = n->cap_players ? n->cap_players * 2 : 64;
        seat **ps = realloc(n->players, cap * sizeof *ps);
        if (!ps) return send_error(n, c, "full");
        n->players = ps;
        n->cap_players = cap;
    }
    seat *p = calloc(1, sizeof *p);
    if (!p || !net_token_make(p->token)) {
        free(p);
        return send_error(n, c, "full");
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
    emit(n, &ev);
    send_welcome(n, c);
    lobby_to_all(n);
}

static void on_resume(net *n, conn *c, json_t *m)
{
    json_t *v = json_object_get(m, "v");
    const char *token = json_string_value(json_object_get(m, "token"));
    if (c->pl) return send_error(n, c, "bad_message");
    if (!json_is_integer(v) || json_integer_value(v) != NET_VERSION)
        return send_error(n, c, "version");
    seat *p = NULL;
    if (net_token_well_formed(token))
        for (size_t i = 0; i < n->nplayers && !p; i++)
            if (!n->players[i]->removed && !strcmp(n->players[i]->token, token)) p = n->players[i];
    if (!p) return send_error(n, c, "bad_token");
    bool was_away = !p->conn;
    if (p->conn) { /* one token plays as one player: the older connection goes */
        p->conn->pl = NULL;
        conn_close_later(p->conn, LWS_CLOSE_STATUS_NORMAL);
    }
    p->conn = c;
    c->pl = p;
    if (was_away) emit(n, &(net_event){.kind = NET_EV_BACK, .player = p->id});
    send_welcome(n, c);
    if (may_answer(n, p)) {
        msg *q = msg_take(
            net_msg_question(&n->cur, n->lang, n->cat, p->answered_q == n->open_q, left_now(n)));
        send_msg(c, q, n->open_q);
        msg_unref(q);
    } else if (!n->open && p->last && n->phase != NET_PHASE_LOBBY) {
        send_msg(c, p->last, 0);
    }
}

static void on_answer(net *n, conn *c, json_t *m)
{
    seat *p = c->pl;
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
        return send_error(n, c, why);
    }
    uint64_t t = now_ms();
    uint64_t took = t - p->sent_ms - (paused_until(n, t) - p->sent_pause);
    p->answered_q = n->open_q;
    atomic_fetch_add(&n->st_answers_taken, 1);
    net_event ev = {.kind = NET_EV_ANSWER, .player = p->id, .q = n->open_q, .resp = resp};
    ev.time_ms = took > UINT32_MAX ? UINT32_MAX : (uint32_t)took;
    emit(n, &ev);
    char buf[64];
    snprintf(buf, sizeof buf, "{\"t\":\"ack\",\"q\":%u}", (unsigned)n->open_q);
    msg *a = msg_new(buf, strlen(buf));
    send_msg(c, a, 0);
    msg_unref(a);
}

static void on_message(net *n, conn *c, const char *data, size_t len)
{
    json_error_t jerr;
    json_t *m = json_loadb(data, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!m) return send_error(n, c, "bad_json");
    const char *t = json_string_value(json_object_get(m, "t"));
    if (!json_is_object(m) || !t)
        send_error(n, c, "bad_message");
    else if (!strcmp(t, "join"))
        on_join(n, c, m);
    else if (!strcmp(t, "resume"))
        on_resume(n, c, m);
    else if (!strcmp(t, "answer"))
        on_answer(n, c, m);
    else if (!strcmp(t, "ping"))
        send_simple(c, "pong");
    else
        send_error(n, c, "bad_message");
    json_decref(m);
}

/* ==== commands from the app ========================================================= */

static void push_cmd(net *n, cmd *k)
{
    if (!n || !k) return;
    pthread_mutex_lock(&n->lock);
    if (n->cmds_tail)
        n->cmds_tail->next = k;
    else
        n->cmds = k;
    n->cmds_tail = k;
    pthread_mutex_unlock(&n->lock);
    lws_cancel_service(n->ctx);
}

static cmd *cmd_new(cmd_kind kind)
{
    cmd *k = calloc(1, sizeof *k);
    if (k) k->kind = kind;
    return k;
}

static void cmd_free(cmd *k)
{
    msg_unref(k->m);
    blob_unref(k->file);
    for (size_t i = 0; i < k->nrows; i++) msg_unref(k->rows[i].m);
    free(k->rows);
    free(k);
}

static void broadcast(net *n, msg *m, bool answering_only)
{
    for (conn *c = n->conns; c; c = c->next)
        if (c->pl && (!answering_only || may_answer(n, c->pl))) send_msg(c, m, 0);
}

static void run_cmd(net *n, cmd *k)
{
    switch (k->kind) {
    case CMD_FILE: {
        blob **at = &n->files;
        while (*at && strcmp((*at)->path, k->file->path)) at = &(*at)->next;
        if (*at) { /* replaced: a transfer under way keeps the old bytes */
            blob *old = *at;
            k->file->next = old->next;
            *at = k->file;
            blob_unref(old);
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
        n->opened_ms = now_ms();
        n->phase = NET_PHASE_QUESTION;
        for (conn *c = n->conns; c; c = c->next)
            if (c->pl && may_answer(n, c->pl)) send_msg(c, k->m, n->open_q);
        break;
    case CMD_PAUSE: {
        if (!n->open || k->flag == n->paused) break;
        uint64_t t = now_ms();
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
        broadcast(n, k->m, false);
        break;
    case CMD_PER_PLAYER:
        if (k->flag) n->phase = k->phase;
        for (size_t i = 0; i < k->nrows; i++) {
            seat *p = player_by_id(n, k->rows[i].player);
            if (!p || p->removed || !k->rows[i].m) continue;
            if (k->rows[i].has_score) {
                p->score = k->rows[i].score;
                p->streak = k->rows[i].streak;
            }
            msg_unref(p->last);
            p->last = k->rows[i].m;
            p->last->refs++;
            if (p->conn) send_msg(p->conn, p->last, 0);
        }
        break;
    case CMD_LOCK:
        n->locked = k->flag;
        break;
    case CMD_RENAME: {
        seat *p = player_by_id(n, k->player);
        if (!p || p->removed) break;
        snprintf(p->nick, sizeof p->nick, "%s", k->nick);
        json_t *o = json_pack("{s:s,s:s}", "t", "renamed", "nick", p->nick);
        char *s = o ? json_dumps(o, JSON_COMPACT) : NULL;
        json_decref(o);
        if (p->conn)
            send_text(p->conn, s);
        else
            free(s);
        break;
    }
    case CMD_REMOVE: {
        seat *p = player_by_id(n, k->player);
        if (!p || p->removed) break;
        p->removed = true;
        memset(p->token, 0, sizeof p->token); /* forgotten */
        if (p->conn) {
            send_simple(p->conn, "removed");
            conn_close_later(p->conn, LWS_CLOSE_STATUS_NORMAL);
        }
        n->players_in = count_players(n);
        break;
    }
    case CMD_PHASE:
        n->phase = k->phase;
        break;
    }
}

static void run_cmds(net *n)
{
    pthread_mutex_lock(&n->lock);
    cmd *k = n->cmds;
    n->cmds = n->cmds_tail = NULL;
    pthread_mutex_unlock(&n->lock);
    while (k) {
        cmd *next = k->next;
        run_cmd(n, k);
        cmd_free(k);
        k = next;
    }
}

/* ==== HTTP ========================================================================= */

static const char *const security_headers[][2] = {
    {"content-security-policy:",
     "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
     "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"},
    {"x-content-type-options:", "nosniff"},
    {"referrer-policy:", "no-referrer"},
    {"cache-control:", "no-store"},
};

static blob *find_file(net *n, const char *path)
{
    if (!strcmp(path, "/")) path = "/index.html";
    if (!strcmp(path, "/strings.json")) return n->strings;
    if (!strcmp(path, "/words.js")) return n->words;
    for (blob *b = n->files; b; b = b->next)
        if (!strcmp(b->path, path)) return b;
    for (size_t i = 0; i < net_web_nfiles; i++)
        if (n->embedded[i] && !strcmp(n->embedded[i]->path, path)) return n->embedded[i];
    return NULL;
}

static int http_answer(struct lws *wsi, conn *c, unsigned status, blob *b)
{
    unsigned char hb[LWS_PRE + 2048];
    unsigned char *start = hb + LWS_PRE, *p = start, *end = hb + sizeof hb - 1;
    if (lws_add_http_common_headers(wsi, status, b->mime, b->len, &p, end)) return 1;
    for (size_t i = 0; i < sizeof security_headers / sizeof *security_headers; i++) {
        const char *v = security_headers[i][1];
        if (lws_add_http_header_by_name(wsi, (const unsigned char *)security_headers[i][0],
                                        (const unsigned char *)v, (int)strlen(v), &p, end))
            return 1;
    }
    if (lws_finalize_write_http_header(wsi, start, &p, end)) return 1;
    b->refs++;
    c->body = b;
    c->sent = 0;
    lws_callback_on_writable(wsi);
    return 0;
}

static int http_request(net *n, struct lws *wsi, conn *c, const char *uri)
{
    if (!lws_hdr_total_length(wsi, WSI_TOKEN_GET_URI))
        return http_answer(wsi, c, HTTP_STATUS_METHOD_NOT_ALLOWED, n->not_allowed);
    blob *b = uri ? find_file(n, uri) : NULL;
    return b ? http_answer(wsi, c, HTTP_STATUS_OK, b)
             : http_answer(wsi, c, HTTP_STATUS_NOT_FOUND, n->not_found);
}

static int http_write(net *n, struct lws *wsi, conn *c)
{
    unsigned char *wb = n->wb;
    if (!c || !c->body) return 0;
    size_t left = c->body->len - c->sent, k = left < HTTP_CHUNK ? left : HTTP_CHUNK;
    if (k) memcpy(wb + LWS_PRE, c->body->bytes + c->sent, k);
    bool last = k == left;
    if (lws_write(wsi, wb + LWS_PRE, k, last ? LWS_WRITE_HTTP_FINAL : LWS_WRITE_HTTP) < (int)k)
        return -1;
    c->sent += k;
    if (!last) {
        lws_callback_on_writable(wsi);
        return 0;
    }
    blob_unref(c->body);
    c->body = NULL;
    return lws_http_transaction_completed(wsi) ? -1 : 0;
}

/* The upgrade to the WebSocket: only at /ws, only from the page's own origin, and at most
 * NET_PER_ADDRESS at once from one address. 0: go on; 1: refused (403 sent). */
static int upgrade_check(net *n, struct lws *wsi)
{
    char uri[64] = "", origin[256] = "", host[256] = "", addr[64] = "";
    bool ok = lws_hdr_copy(wsi, uri, sizeof uri, WSI_TOKEN_GET_URI) > 0 && !strcmp(uri, "/ws");
    int olen = lws_hdr_total_length(wsi, WSI_TOKEN_ORIGIN);
    if (ok && olen) {
        ok = olen < (int)sizeof origin &&
             lws_hdr_copy(wsi, origin, sizeof origin, WSI_TOKEN_ORIGIN) > 0 &&
             lws_hdr_copy(wsi, host, sizeof host, WSI_TOKEN_HOST) > 0;
        const char *o = strstr(origin, "://");
        ok = ok && o && !strncasecmp(origin, "http", 4) && !strcasecmp(o + 3, host);
    }
    lws_get_peer_simple(wsi, addr, sizeof addr);
    if (ok && (n->loopback_limited || !net_addr_loopback(addr))) {
        int same = 0;
        for (conn *c = n->conns; c; c = c->next) same += !strcmp(c->addr, addr);
        ok = same < NET_PER_ADDRESS;
    }
    if (ok) return 0;
    atomic_fetch_add(&n->st_connections_refused, 1);
    lws_return_http_status(wsi, HTTP_STATUS_FORBIDDEN, NULL);
    return 1;
}

/* ==== the protocol's callback ======================================================= */

static void conn_release(net *n, conn *c)
{
    if (!c->ws) return;
    if (c->prev)
        c->prev->next = c->next;
    else if (n->conns == c)
        n->conns = c->next;
    if (c->next) c->next->prev = c->prev;
    c->ws = false;
    for (size_t i = 0; i < c->count; i++) msg_unref(c->out[(c->head + i) % c->cap].m);
    free(c->out);
    free(c->rx);
    c->out = NULL;
    c->rx = NULL;
    c->count = 0;
    seat *p = c->pl;
    if (p && p->conn == c) {
        p->conn = NULL;
        if (!p->removed) emit(n, &(net_event){.kind = NET_EV_AWAY, .player = p->id});
    }
    c->pl = NULL;
}

static int on_receive(net *n, struct lws *wsi, conn *c, const char *in, size_t len)
{
    bool first = lws_is_first_fragment(wsi), final = lws_is_final_fragment(wsi);
    size_t coming = lws_remaining_packet_payload(wsi);
    if (c->close_status) return 0; /* closing: what it still sends is not read */
    if (first) c->rxlen = 0;
    if (c->rxlen + len + coming > NET_FRAME_MAX) {
        atomic_fetch_add(&n->st_frames_refused, 1);
        lws_close_reason(wsi, LWS_CLOSE_STATUS_MESSAGE_TOO_LARGE, NULL, 0);
        return -1;
    }
    const char *data = in;
    size_t dlen = len;
    if (!(first && final && !coming)) { /* in pieces: gathered */
        if (!c->rx && !(c->rx = malloc(NET_FRAME_MAX))) return -1;
        memcpy(c->rx + c->rxlen, in, len);
        c->rxlen += len;
        if (!final || coming) return 0;
        data = c->rx;
        dlen = c->rxlen;
    }
    atomic_fetch_add(&n->st_frames_in, 1);
    switch (net_bucket_take(&c->bucket, now_ms())) {
    case NET_RATE_OK:
        if (lws_frame_is_binary(wsi))
            send_error(n, c, "bad_message");
        else
            on_message(n, c, data, dlen);
        break;
    case NET_RATE_SLOW:
        atomic_fetch_add(&n->st_frames_refused, 1);
        send_error(n, c, "rate");
        break;
    case NET_RATE_CLOSE: /* what was answered goes out first, then the close */
        atomic_fetch_add(&n->st_frames_refused, 1);
        conn_close_later(c, LWS_CLOSE_STATUS_POLICY_VIOLATION);
        break;
    }
    free(c->rx);
    c->rx = NULL;
    c->rxlen = 0;
    return 0;
}

static int callback(struct lws *wsi, enum lws_callback_reasons reason, void *user, void *in,
                    size_t len)
{
    net *n = lws_context_user(lws_get_context(wsi));
    conn *c = user;
    switch (reason) {
    case LWS_CALLBACK_EVENT_WAIT_CANCELLED:
        run_cmds(n);
        return 0;
    case LWS_CALLBACK_HTTP:
        return c ? http_request(n, wsi, c, in) : -1;
    case LWS_CALLBACK_HTTP_WRITEABLE:
        return http_write(n, wsi, c);
    case LWS_CALLBACK_CLOSED_HTTP:
    case LWS_CALLBACK_HTTP_DROP_PROTOCOL:
        if (c) {
            blob_unref(c->body);
            c->body = NULL;
        }
        return 0;
    case LWS_CALLBACK_HTTP_CONFIRM_UPGRADE:
        return upgrade_check(n, wsi);
    case LWS_CALLBACK_ESTABLISHED:
        if (!c) return -1;
        blob_unref(c->body);
        memset(c, 0, sizeof *c);
        c->ws = true;
        c->wsi = wsi;
        lws_get_peer_simple(wsi, c->addr, sizeof c->addr);
        net_bucket_init(&c->bucket, now_ms());
        c->next = n->conns;
        if (n->conns) n->conns->prev = c;
        n->conns = c;
        atomic_fetch_add(&n->st_connections, 1);
        return 0;
    case LWS_CALLBACK_RECEIVE:
        return c && c->ws ? on_receive(n, wsi, c, in, len) : -1;
    case LWS_CALLBACK_SERVER_WRITEABLE:
        return c && c->ws ? conn_write(n, c) : 0;
    case LWS_CALLBACK_CLOSED:
        if (c) conn_release(n, c);
        return 0;
    default:
        break;
    }
    return lws_callback_http_dummy(wsi, reason, user, in, len);
}

static const struct lws_protocols protocols[] = {
    {"vigie-class", callback, sizeof(conn), NET_FRAME_MAX, 0, NULL, 0},
    {NULL, NULL, 0, 0, 0, NULL, 0},
};

/* Phones that sleep keep their socket half-open: a ping after 20 s of silence, closed (away)
 * when nothing answers for 45 s. */
static const lws_retry_bo_t idle_policy = {
    .secs_since_valid_ping = 20,
    .secs_since_valid_hangup = 45,
};

/* ==== the thread and the app's calls =================================================== */

static void *service(void *arg)
{
    net *n = arg;
    while (!atomic_load(&n->stop))
        if (lws_service(n->ctx, 0) < 0) break;
    return NULL;
}

static void net_free(net *n)
{
    if (!n) return;
    for (size_t i = 0; i < n->nplayers; i++) {
        msg_unref(n->players[i]->last);
        free(n->players[i]);
    }
    free(n->players);
    while (n->files) {
        blob *b = n->files;
        n->files = b->next;
        blob_unref(b);
    }
    for (size_t i = 0; n->embedded && i < net_web_nfiles; i++) blob_unref(n->embedded[i]);
    free(n->embedded);
    blob_unref(n->strings);
    blob_unref(n->words);
    blob_unref(n->not_found);
    blob_unref(n->not_allowed);
    msg_unref(n->lobby);
    while (n->cmds) {
        cmd *k = n->cmds;
        n->cmds = k->next;
        cmd_free(k);
    }
    free(n->events);
    free(n->bind);
    free(n->code);
    free(n->title);
    pthread_mutex_destroy(&n->lock);
    free(n);
}

static blob *text_blob(const char *path, const char *mime, char *text, size_t len)
{
    if (!text) return NULL;
    blob *b = blob_new(path, mime, text, len, false);
    if (b)
        b->owned = true; /* takes the text */
    else
        free(text);
    return b;
}

net *net_start(const net_config *cfg, char *err, size_t errlen)
{
    net *n = calloc(1, sizeof *n);
    if (!n) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    pthread_mutex_init(&n->lock, NULL);
    n->max_players = cfg->max_players ? cfg->max_players : NET_PLAYERS_MAX;
    n->lang = cfg->lang;
    n->cat = cfg->cat;
    n->wake = cfg->wake;
    n->wake_ud = cfg->wake_ud;
    n->bind = cfg->bind ? strdup(cfg->bind) : NULL;
    n->code = strdup(cfg->code ? cfg->code : "");
    n->title = strdup(cfg->title ? cfg->title : "");
    n->loopback_limited = getenv("VIGIE_NET_LIMIT_LOOPBACK") != NULL;
    size_t wlen = 0;
    char *words = net_msg_words(&wlen), *strings = net_msg_strings(cfg->cat, cfg->lang);
    n->words = text_blob("/words.js", "text/javascript; charset=utf-8", words, wlen);
    n->strings =
        text_blob("/strings.json", "application/json", strings, strings ? strlen(strings) : 0);
    static const char nf[] = "Not found\n", na[] = "Method not allowed\n";
    n->not_found = blob_new("", "text/plain; charset=utf-8", nf, sizeof nf - 1, false);
    n->not_allowed = blob_new("", "text/plain; charset=utf-8", na, sizeof na - 1, false);
    n->embedded = calloc(net_web_nfiles + 1, sizeof *n->embedded);
    for (size_t i = 0; n->embedded && i < net_web_nfiles; i++)
        n->embedded[i] = blob_new(net_web_files[i].path, net_web_files[i].mime,
                                  net_web_files[i].bytes, net_web_files[i].len, false);
    if (!n->code || !n->title || !n->words || !n->strings || !n->not_found || !n->not_allowed ||
        !n->embedded || (cfg->bind && !n->bind)) {
        snprintf(err, errlen, "out of memory");
        net_free(n);
        return NULL;
    }

    lws_set_log_level(
        getenv("VIGIE_NET_LOG") ? LLL_ERR | LLL_WARN | LLL_NOTICE | LLL_INFO : LLL_ERR, NULL);
    struct lws_context_creation_info info;
    memset(&info, 0, sizeof info);
    info.options = LWS_SERVER_OPTION_EXPLICIT_VHOSTS;
    info.user = n;
    /* room for every player, their page's requests and some to spare, not the process's limit */
    info.fd_limit_per_thread = 2 * n->max_players + 256;
    info.port = CONTEXT_PORT_NO_LISTEN;
    n->ctx = lws_create_context(&info);
    if (!n->ctx) {
        snprintf(err, errlen, "the network cannot start (libwebsockets)");
        net_free(n);
        return NULL;
    }
    memset(&info, 0, sizeof info);
    info.port = (int)cfg->port;
    info.iface = cfg->bind;
    info.protocols = protocols;
    info.vhost_name = "vigie";
    info.retry_and_idle_policy = &idle_policy;
    info.keepalive_timeout = 5;
    info.timeout_secs = 20;
    if (cfg->bind && !strchr(cfg->bind, ':')) info.options |= LWS_SERVER_OPTION_DISABLE_IPV6;
    n->vhost = lws_create_vhost(n->ctx, &info);
    int port = n->vhost ? lws_get_vhost_listen_port(n->vhost) : -1;
    if (port <= 0) {
        snprintf(err, errlen, "cannot listen on %s port %u (in use, or not this machine's)",
                 cfg->bind ? cfg->bind : "every address", cfg->port);
        lws_context_destroy(n->ctx);
        net_free(n);
        return NULL;
    }
    n->port = (unsigned)port;
    if (pthread_create(&n->thread, NULL, service, n) != 0) {
        snprintf(err, errlen, "cannot start the network thread");
        lws_context_destroy(n->ctx);
        net_free(n);
        return NULL;
    }
    return n;
}

void net_stop(net *n)
{
    if (!n) return;
    atomic_store(&n->stopping, true);
    atomic_store(&n->stop, true);
    lws_cancel_service(n->ctx);
    pthread_join(n->thread, NULL);
    lws_context_destroy(n->ctx); /* closes every connection: CLOSED frees their state */
    net_free(n);
}

unsigned net_port(const net *n)
{
    return n ? n->port : 0;
}

size_t net_addresses(const net *n, char urls[][64], size_t max)
{
    return n ? net_addresses_list(n->bind, n->port, urls, max) : 0;
}

void net_add_file(net *n, const char *path, const char *mime, const void *bytes, size_t len)
{
    if (!n || !path || !mime || (!bytes && len)) return;
    cmd *k = cmd_new(CMD_FILE);
    if (k && !(k->file = blob_new(path, mime, bytes ? bytes : "", len, true))) {
        free(k);
        return;
    }
    push_cmd(n, k);
}

void net_question_open(net *n, const net_question *nq)
{
    if (!n || !nq || !nq->q) return;
    cmd *k = cmd_new(CMD_QUESTION);
    if (!k) return;
    k->nq = *nq;
    k->m = msg_take(net_msg_question(nq, n->lang, n->cat, false, nq->time_ms));
    push_cmd(n, k);
}

void net_pause(net *n, bool paused, uint32_t left_ms)
{
    cmd *k = n ? cmd_new(CMD_PAUSE) : NULL;
    if (!k) return;
    k->flag = paused;
    k->left_ms = left_ms;
    char buf[80];
    snprintf(buf, sizeof buf, "{\"t\":\"%s\",\"left_ms\":%u}", paused ? "paused" : "resumed",
             (unsigned)left_ms);
    k->m = msg_new(buf, strlen(buf));
    push_cmd(n, k);
}

void net_question_close(net *n)
{
    if (n) push_cmd(n, cmd_new(CMD_CLOSE));
}

void net_question_skipped(net *n, uint32_t number, const char *why)
{
    cmd *k = n ? cmd_new(CMD_BROADCAST) : NULL;
    if (!k) return;
    json_t *o = json_pack("{s:s,s:i,s:s}", "t", "skipped", "q", (json_int_t)number, "why",
                          why && !strcmp(why, "game") ? "game" : "teacher");
    char *s = o ? json_dumps(o, JSON_COMPACT) : NULL;
    json_decref(o);
    k->m = msg_take(s);
    push_cmd(n, k);
}

void net_reveal_send(net *n, const net_reveal *r, size_t count)
{
    cmd *k = n ? cmd_new(CMD_PER_PLAYER) : NULL;
    if (!k) return;
    k->rows = calloc(count ? count : 1, sizeof *k->rows);
    if (!k->rows) {
        free(k);
        return;
    }
    k->flag = true;
    k->phase = NET_PHASE_REVEAL;
    for (size_t i = 0; i < count; i++) {
        k->rows[i] = (player_msg){r[i].player, msg_take(net_msg_reveal(&r[i])), r[i].score,
                                  r[i].streak, true};
        k->nrows++;
    }
    push_cmd(n, k);
}

void net_podium_send(net *n, const net_podium_row *top, size_t ntop, const uint32_t *players,
                     const unsigned *ranks, const long *scores, size_t count, bool final)
{
    cmd *k = n ? cmd_new(CMD_PER_PLAYER) : NULL;
    if (!k) return;
    k->rows = calloc(count ? count : 1, sizeof *k->rows);
    if (!k->rows) {
        free(k);
        return;
    }
    k->flag = true;
    k->phase = final ? NET_PHASE_END : NET_PHASE_PODIUM;
    for (size_t i = 0; i < count; i++) {
        k->rows[i].player = players[i];
        k->rows[i].m = msg_take(net_msg_podium(top, ntop, ranks[i], scores[i], count, final));
        k->nrows++;
    }
    push_cmd(n, k);
}

void net_lock(net *n, bool locked)
{
    cmd *k = n ? cmd_new(CMD_LOCK) : NULL;
    if (!k) return;
    k->flag = locked;
    push_cmd(n, k);
}

void net_rename(net *n, uint32_t player, const char *nick)
{
    cmd *k = n && nick ? cmd_new(CMD_RENAME) : NULL;
    if (!k) return;
    k->player = player;
    snprintf(k->nick, sizeof k->nick, "%s", nick);
    push_cmd(n, k);
}

void net_remove(net *n, uint32_t player)
{
    cmd *k = n ? cmd_new(CMD_REMOVE) : NULL;
    if (!k) return;
    k->player = player;
    push_cmd(n, k);
}

void net_phase_set(net *n, net_phase phase)
{
    cmd *k = n && phase <= NET_PHASE_END ? cmd_new(CMD_PHASE) : NULL;
    if (!k) return;
    k->phase = phase;
    push_cmd(n, k);
}

void net_stats_get(net *n, net_stats *out)
{
    memset(out, 0, sizeof *out);
    if (!n) return;
    out->frames_in = atomic_load(&n->st_frames_in);
    out->frames_refused = atomic_load(&n->st_frames_refused);
    out->answers_taken = atomic_load(&n->st_answers_taken);
    out->answers_refused = atomic_load(&n->st_answers_refused);
    out->connections = atomic_load(&n->st_connections);
    out->connections_refused = atomic_load(&n->st_connections_refused);
}
