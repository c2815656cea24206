/* net_state.h — the network module's own state, shared by its files (net.c: the thread and the
 * app's calls; net_room.c: players and the protocol's messages; net_conn.c: HTTP and the
 * WebSocket's callback). Everything here lives on the network thread but `lock`'s fields.
 * libwebsockets' types: only engine/net includes this.
 */
#ifndef VIGIE_NET_STATE_H
#define VIGIE_NET_STATE_H

#include "net_internal.h"

#include <jansson.h>
#include <libwebsockets.h>
#include <pthread.h>
#include <stdatomic.h>

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
} net_buf;

/* A file the page may get: bytes borrowed (embedded) or owned (net_add_file, generated). */
typedef struct net_file {
    int refs;
    char *path, *mime;
    const unsigned char *bytes;
    size_t len;
    bool owned;
    struct net_file *next; /* the added files' list */
} net_file;

/* ==== the state ================================================================= */

typedef struct net_conn net_conn;

typedef struct {
    uint32_t id;
    char nick[GAME_NICK_MAX * 2 + 1];
    char token[NET_TOKEN_HEX + 1];
    net_conn *conn; /* NULL: away */
    bool removed;
    uint32_t eligible_from; /* the first question number they may answer */
    uint32_t answered_q;    /* the last question they answered */
    uint32_t sent_q;        /* the last question written to them, when, and the pauses then */
    uint64_t sent_ms, sent_pause;
    long score;
    unsigned streak;
    net_buf *last; /* their last reveal, podium or end: sent again when they resume */
} net_seat;

typedef struct {
    net_buf *m;
    uint32_t q; /* a question's number: its writing starts the player's clock */
} net_out;

/* One WebSocket connection, or one HTTP transaction (the protocol's per-session data). */
struct net_conn {
    /* HTTP */
    net_file *body;
    size_t sent;
    /* WebSocket */
    bool ws;
    struct lws *wsi;
    net_conn *prev, *next;
    net_seat *pl;
    net_out *out;
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
} net_cmd_kind;

typedef struct {
    uint32_t player;
    net_buf *m;
    long score;
    unsigned streak;
    bool has_score;
} net_row;

typedef struct net_cmd {
    net_cmd_kind kind;
    struct net_cmd *next;
    net_question nq;
    net_buf *m;
    net_file *file;
    net_row *rows;
    size_t nrows;
    uint32_t player, number, left_ms;
    bool flag;
    net_phase phase;
    char nick[GAME_NICK_MAX * 2 + 1];
} net_cmd;

struct net {
    /* set at start, read-only after */
    struct lws_context *ctx;
    struct lws_vhost *vhost;
    pthread_t thread;
    unsigned port, max_players;
    char *bind, *code, *title;
    game_lang lang;
    game_register reg;
    const game_catalog *cat;
    void (*wake)(void *ud);
    void *wake_ud;
    bool loopback_limited;

    /* shared with the app: under lock */
    pthread_mutex_t lock;
    net_cmd *cmds, *cmds_tail;
    net_event *events;
    size_t nevents, cap_events;
    atomic_bool stop, stopping;

    /* the network thread's own */
    net_conn *conns;
    net_seat **players;
    size_t nplayers, cap_players, players_in;
    net_file *files;
    net_file *strings, *words, *not_found, *not_allowed;
    net_file **embedded;
    bool open, paused, locked;
    net_question cur;
    uint32_t open_q, closed_q, left_at_pause;
    uint64_t opened_ms, pause_start, pause_acc;
    net_phase phase;
    net_buf *lobby; /* the lobby message for players_in */
    size_t lobby_for;
    unsigned char wb[LWS_PRE + HTTP_CHUNK]; /* a piece of an HTTP body being written */

    _Atomic uint64_t st_frames_in, st_frames_refused, st_answers_taken, st_answers_refused,
        st_connections, st_connections_refused;
};

/* ==== shared functions ========================================================== */

/* Buffers: a message from a text (copied), or from a malloc'd text (taken); NULL on failure. */
net_buf *net_buf_new(const char *text, size_t len);
net_buf *net_buf_take(char *text);
void net_buf_unref(net_buf *m);
/* A file: bytes copied (copy) or borrowed. */
net_file *net_file_new(const char *path, const char *mime, const void *bytes, size_t len,
                       bool copy);
void net_file_unref(net_file *b);
uint64_t net_now_ms(void); /* CLOCK_MONOTONIC */
/* Pauses counted up to t (t not before the last pause began). */
uint64_t net_paused_until(const net *n, uint64_t t);
extern const char *const net_phase_names[];
/* Queues an event for net_poll and calls cfg->wake (outside the lock). */
void net_emit(net *n, const net_event *ev);
void net_cmd_free(net_cmd *k);

/* net_room.c: sending, players, the protocol's messages, the app's commands */
void net_conn_close_later(net_conn *c, int status);
void net_send(net_conn *c, net_buf *m, uint32_t q);
void net_send_text(net_conn *c, char *text);
void net_send_error(net *n, net_conn *c, const char *code);
void net_send_simple(net_conn *c, const char *t);
int net_conn_write(net *n, net_conn *c);
void net_on_message(net *n, net_conn *c, const char *data, size_t len);
void net_run_cmds(net *n);

/* net_conn.c: the libwebsockets callback (HTTP, upgrade, WebSocket) */
int net_callback(struct lws *wsi, enum lws_callback_reasons reason, void *user, void *in,
                 size_t len);

#endif
