/* net.h — the live classroom's network: one thread that owns every socket (libwebsockets), the
 * players' connections and tokens, and speaks the protocol of docs/classroom-protocol.md.
 *
 * The app (app_host.c) runs the room with the game model (game/game_room.h) on its own thread
 * and talks to this one through the functions below: each queues a command and wakes the network
 * thread (lws_cancel_service); what the players do comes back as events, polled with net_poll
 * after the `wake` callback said some are waiting (the game window pushes an SDL user event from
 * it, the headless host signals its loop). Nothing here decides a score, and nothing of this
 * module is in game/.
 */
#ifndef VIGIE_NET_H
#define VIGIE_NET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "game/game.h"
#include "game/game_results.h"

#define NET_VERSION     1    /* the protocol's version: `v` in join, resume and welcome */
#define NET_FRAME_MAX   4096 /* a client's frame over this is refused */
#define NET_PLAYERS_MAX 500  /* the default cap */
#define NET_PER_ADDRESS 8    /* connections open at once from one address */
#define NET_TOKEN_HEX   32   /* 128 random bits */

typedef struct net net;

typedef struct {
    const char *bind;        /* an address to listen on, NULL: every interface */
    unsigned port;           /* 0: a free port (net_port says which) */
    unsigned max_players;    /* 0: NET_PLAYERS_MAX */
    const char *code;        /* the room code players type (4 digits) */
    game_lang lang;          /* the room's language: messages and /strings.json */
    game_register reg;       /* the hosted pack's register: the French the phones read */
    const game_catalog *cat; /* borrowed until net_stop: the `class.*` keys go to the page */
    const char *title;       /* the level's title in the room's language (copied) */
    /* Called on the network thread when events wait for net_poll; keep it short (push an SDL
     * event, signal a condition). May be NULL. */
    void (*wake)(void *ud);
    void *wake_ud;
} net_config;

/* Starts the network thread and listens. NULL with err filled when the port cannot be had. */
net *net_start(const net_config *cfg, char *err, size_t errlen);
/* Closes every connection, stops the thread, frees everything. NULL is fine. */
void net_stop(net *n);
/* The port it listens on (the one chosen when cfg->port was 0). */
unsigned net_port(const net *n);

/* The addresses players can reach this machine at: "http://192.168.1.20:8080", one per usable
 * interface (IPv4, up, not loopback; the bound address alone when cfg->bind was given), the
 * likeliest first (wired and Wi-Fi LANs before virtual bridges). Returns how many were written;
 * loopback only when there is nothing else. */
size_t net_addresses(const net *n, char urls[][64], size_t max);

/* A file the page may ask for (a question's picture, a mock-up drawn for phones): path as in the
 * protocol ("/mockup/3.png"), the bytes copied. Replaces a file of the same path. */
void net_add_file(net *n, const char *path, const char *mime, const void *bytes, size_t len);

/* ---- what players do: events ---- */

typedef enum {
    NET_EV_JOIN = 0, /* a new player: id, nick */
    NET_EV_AWAY,     /* their connection dropped: id */
    NET_EV_BACK,     /* they resumed with their token: id */
    NET_EV_ANSWER,   /* id answered question q: resp (the level's written indices), time_ms */
} net_event_kind;

typedef struct {
    net_event_kind kind;
    uint32_t player;                  /* 1, 2, …: never reused in a room */
    char nick[GAME_NICK_MAX * 2 + 1]; /* JOIN: as normalised (store rules) */
    uint32_t q;                       /* ANSWER: the question's number, 1-based */
    game_response resp;               /* ANSWER: in the level's terms; password: pw_level */
    uint32_t time_ms;                 /* ANSWER: sent → received, pauses left out */
} net_event;

/* Takes up to max waiting events, oldest first; returns how many. */
size_t net_poll(net *n, net_event *out, size_t max);

/* ---- what the room does: commands ---- */

/* The room's phase, for players who join or resume. */
typedef enum {
    NET_PHASE_LOBBY = 0,
    NET_PHASE_QUESTION,
    NET_PHASE_REVEAL,
    NET_PHASE_PODIUM,
    NET_PHASE_END
} net_phase;

/* A question as the players get it. q is borrowed: it must live until the next net_question or
 * net_stop (a loaded level's question does). The maps say what is shown where. */
typedef struct {
    uint32_t number, of;                       /* 1-based; of: how many the run has */
    const game_question *q;                    /* its texts are taken in the room's language */
    uint32_t time_ms;                          /* 0: untimed */
    unsigned char choice_at[GAME_MAX_CHOICES]; /* PICK: position shown → written choice */
    unsigned char item_at[GAME_MAX_ITEMS];     /* order: position sent → written item */
    unsigned char card_at[GAME_MAX_ITEMS];     /* sort: position sent → written card */
    double start;                              /* estimate: where the slider starts */
    /* hotspot: the mock-up drawn for phones (net_add_file'd at mockup_src) and each part's
     * place on it, as shares of its width and height, in written order */
    const char *mockup_src; /* "/mockup/3.png", or NULL */
    int mockup_w, mockup_h;
    float part_rect[GAME_MAX_PARTS][4];
    const char *image_src; /* the question's picture ("/img/3.png"), or NULL */
} net_question;

/* Opens a question: sent to every player present, timed per player from the moment it is
 * written to their connection. Players who join now wait for the next one. */
void net_question_open(net *n, const net_question *nq);
/* Pauses or resumes the open question's clocks (answers are still taken; the pause is not
 * counted in their time). left_ms goes to the players. */
void net_pause(net *n, bool paused, uint32_t left_ms);
/* Closes the open question: answers after this are "late". */
void net_question_close(net *n);
/* The question was skipped (why: "game" or "teacher"); if it was open, it is closed too. */
void net_question_skipped(net *n, uint32_t number, const char *why);

/* One player's outcome of the question just closed. Strings copied. */
typedef struct {
    uint32_t player;
    uint32_t q;
    bool answered, correct;
    double credit;
    long points, score;
    unsigned streak, rank, players;
    const char *right, *explain, *mine;
} net_reveal;
void net_reveal_send(net *n, const net_reveal *r, size_t count);

/* The podium (top at most 5, best first) to everyone, each with their own rank and score
 * (ranks[i], scores[i] for players[i]); final: the `end` message. */
typedef struct {
    const char *nick;
    long score;
} net_podium_row;
void net_podium_send(net *n, const net_podium_row *top, size_t ntop, const uint32_t *players,
                     const unsigned *ranks, const long *scores, size_t count, bool final);

/* The teacher's actions on the room. */
void net_lock(net *n, bool locked);                         /* no new player may join */
void net_rename(net *n, uint32_t player, const char *nick); /* a valid nickname */
void net_remove(net *n, uint32_t player);                   /* closed, token forgotten */
void net_phase_set(net *n, net_phase phase);                /* for those who join or resume */

/* ---- for tests and the benchmark ---- */

typedef struct {
    uint64_t frames_in, frames_refused, answers_taken, answers_refused;
    uint64_t connections, connections_refused;
} net_stats;
void net_stats_get(net *n, net_stats *out);

#endif
