/* net.c — the live classroom's network (net.h): starting and stopping the thread that owns
 * every socket (one libwebsockets context, one vhost), the shared buffers, the events the app
 * polls and the commands it queues (each wakes the thread with lws_cancel_service). The
 * protocol itself is in net_room.c, the sockets' callback in net_conn.c.
 */
#define _GNU_SOURCE
#include "net_state.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

uint64_t net_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

/* Pauses counted up to t (t not before the last pause began). */
uint64_t net_paused_until(const net *n, uint64_t t)
{
    return n->pause_acc + (n->paused && t > n->pause_start ? t - n->pause_start : 0);
}

const char *const net_phase_names[] = {"lobby", "question", "reveal", "podium", "end"};

/* ==== shared buffers ============================================================ */

net_buf *net_buf_new(const char *text, size_t len)
{
    if (!text) return NULL;
    net_buf *m = malloc(sizeof *m + LWS_PRE + len + 1);
    if (!m) return NULL;
    m->refs = 1;
    m->len = len;
    memcpy(m->buf + LWS_PRE, text, len);
    m->buf[LWS_PRE + len] = '\0';
    return m;
}

/* Takes a malloc'd text (NULL: none) and makes it a message. */
net_buf *net_buf_take(char *text)
{
    net_buf *m = text ? net_buf_new(text, strlen(text)) : NULL;
    free(text);
    return m;
}

void net_buf_unref(net_buf *m)
{
    if (m && --m->refs == 0) free(m);
}

void net_file_unref(net_file *b)
{
    if (!b || --b->refs > 0) return;
    if (b->owned) free((void *)b->bytes);
    free(b->path);
    free(b->mime);
    free(b);
}

net_file *net_file_new(const char *path, const char *mime, const void *bytes, size_t len, bool copy)
{
    net_file *b = calloc(1, sizeof *b);
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
        net_file_unref(b);
        return NULL;
    }
    return b;
}

/* ==== events to the app =========================================================== */

void net_emit(net *n, const net_event *ev)
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

/* ==== commands ===================================================================== */

static void push_cmd(net *n, net_cmd *k)
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

static net_cmd *cmd_new(net_cmd_kind kind)
{
    net_cmd *k = calloc(1, sizeof *k);
    if (k) k->kind = kind;
    return k;
}

void net_cmd_free(net_cmd *k)
{
    net_buf_unref(k->m);
    net_file_unref(k->file);
    for (size_t i = 0; i < k->nrows; i++) net_buf_unref(k->rows[i].m);
    free(k->rows);
    free(k);
}

static const struct lws_protocols protocols[] = {
    {"vigie-class", net_callback, sizeof(net_conn), NET_FRAME_MAX, 0, NULL, 0},
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
        net_buf_unref(n->players[i]->last);
        free(n->players[i]);
    }
    free(n->players);
    while (n->files) {
        net_file *b = n->files;
        n->files = b->next;
        net_file_unref(b);
    }
    for (size_t i = 0; n->embedded && i < net_web_nfiles; i++) net_file_unref(n->embedded[i]);
    free(n->embedded);
    net_file_unref(n->strings);
    net_file_unref(n->words);
    net_file_unref(n->not_found);
    net_file_unref(n->not_allowed);
    net_buf_unref(n->lobby);
    while (n->cmds) {
        net_cmd *k = n->cmds;
        n->cmds = k->next;
        net_cmd_free(k);
    }
    free(n->events);
    free(n->bind);
    free(n->code);
    free(n->title);
    pthread_mutex_destroy(&n->lock);
    free(n);
}

static net_file *text_blob(const char *path, const char *mime, char *text, size_t len)
{
    if (!text) return NULL;
    net_file *b = net_file_new(path, mime, text, len, false);
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
    n->reg = cfg->reg;
    n->cat = cfg->cat;
    n->wake = cfg->wake;
    n->wake_ud = cfg->wake_ud;
    n->bind = cfg->bind ? strdup(cfg->bind) : NULL;
    n->code = strdup(cfg->code ? cfg->code : "");
    n->title = strdup(cfg->title ? cfg->title : "");
    n->loopback_limited = getenv("VIGIE_NET_LIMIT_LOOPBACK") != NULL;
    size_t wlen = 0;
    char *words = net_msg_words(&wlen), *strings = net_msg_strings(cfg->cat, cfg->lang, cfg->reg);
    n->words = text_blob("/words.js", "text/javascript; charset=utf-8", words, wlen);
    n->strings =
        text_blob("/strings.json", "application/json", strings, strings ? strlen(strings) : 0);
    static const char nf[] = "Not found\n", na[] = "Method not allowed\n";
    n->not_found = net_file_new("", "text/plain; charset=utf-8", nf, sizeof nf - 1, false);
    n->not_allowed = net_file_new("", "text/plain; charset=utf-8", na, sizeof na - 1, false);
    n->embedded = calloc(net_web_nfiles + 1, sizeof *n->embedded);
    for (size_t i = 0; n->embedded && i < net_web_nfiles; i++)
        n->embedded[i] = net_file_new(net_web_files[i].path, net_web_files[i].mime,
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
    net_cmd *k = cmd_new(CMD_FILE);
    if (k && !(k->file = net_file_new(path, mime, bytes ? bytes : "", len, true))) {
        free(k);
        return;
    }
    push_cmd(n, k);
}

void net_question_open(net *n, const net_question *nq)
{
    if (!n || !nq || !nq->q) return;
    net_cmd *k = cmd_new(CMD_QUESTION);
    if (!k) return;
    k->nq = *nq;
    k->m = net_buf_take(net_msg_question(nq, n->lang, n->cat, false, nq->time_ms));
    push_cmd(n, k);
}

void net_pause(net *n, bool paused, uint32_t left_ms)
{
    net_cmd *k = n ? cmd_new(CMD_PAUSE) : NULL;
    if (!k) return;
    k->flag = paused;
    k->left_ms = left_ms;
    char buf[80];
    snprintf(buf, sizeof buf, "{\"t\":\"%s\",\"left_ms\":%u}", paused ? "paused" : "resumed",
             (unsigned)left_ms);
    k->m = net_buf_new(buf, strlen(buf));
    push_cmd(n, k);
}

void net_question_close(net *n)
{
    if (n) push_cmd(n, cmd_new(CMD_CLOSE));
}

void net_question_skipped(net *n, uint32_t number, const char *why)
{
    net_cmd *k = n ? cmd_new(CMD_BROADCAST) : NULL;
    if (!k) return;
    k->number = number;
    json_t *o = json_pack("{s:s,s:I,s:s}", "t", "skipped", "q", (json_int_t)number, "why",
                          why && !strcmp(why, "game") ? "game" : "teacher");
    char *s = o ? json_dumps(o, JSON_COMPACT) : NULL;
    json_decref(o);
    k->m = net_buf_take(s);
    push_cmd(n, k);
}

void net_reveal_send(net *n, const net_reveal *r, size_t count)
{
    net_cmd *k = n ? cmd_new(CMD_PER_PLAYER) : NULL;
    if (!k) return;
    k->rows = calloc(count ? count : 1, sizeof *k->rows);
    if (!k->rows) {
        free(k);
        return;
    }
    k->flag = true;
    k->phase = NET_PHASE_REVEAL;
    for (size_t i = 0; i < count; i++) {
        k->rows[i] = (net_row){r[i].player, net_buf_take(net_msg_reveal(&r[i])), r[i].score,
                               r[i].streak, true};
        k->nrows++;
    }
    push_cmd(n, k);
}

void net_podium_send(net *n, const net_podium_row *top, size_t ntop, const uint32_t *players,
                     const unsigned *ranks, const long *scores, size_t count, bool final)
{
    net_cmd *k = n ? cmd_new(CMD_PER_PLAYER) : NULL;
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
        k->rows[i].m = net_buf_take(net_msg_podium(top, ntop, ranks[i], scores[i], count, final));
        k->nrows++;
    }
    push_cmd(n, k);
}

void net_lock(net *n, bool locked)
{
    net_cmd *k = n ? cmd_new(CMD_LOCK) : NULL;
    if (!k) return;
    k->flag = locked;
    push_cmd(n, k);
}

void net_rename(net *n, uint32_t player, const char *nick)
{
    net_cmd *k = n && nick ? cmd_new(CMD_RENAME) : NULL;
    if (!k) return;
    k->player = player;
    snprintf(k->nick, sizeof k->nick, "%s", nick);
    push_cmd(n, k);
}

void net_remove(net *n, uint32_t player)
{
    net_cmd *k = n ? cmd_new(CMD_REMOVE) : NULL;
    if (!k) return;
    k->player = player;
    push_cmd(n, k);
}

void net_phase_set(net *n, net_phase phase)
{
    net_cmd *k = n && phase <= NET_PHASE_END ? cmd_new(CMD_PHASE) : NULL;
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
