/* net_internal.h — the network module's parts, shared by its files and open to its unit tests:
 * the embedded web page, answer checking and conversion, tokens, the rate limiter, messages.
 * The pure parts here use no socket and no libwebsockets; only net.c does.
 */
#ifndef VIGIE_NET_INTERNAL_H
#define VIGIE_NET_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "net.h"

/* ---- the page, embedded at build time (cmake/embed_web.cmake) ---- */

typedef struct {
    const char *path; /* "/index.html" */
    const char *mime;
    const unsigned char *bytes;
    size_t len;
} net_web_file;
extern const net_web_file net_web_files[]; /* net_web_nfiles rows, then a NULL row */
extern const size_t net_web_nfiles;

/* The MIME type for a path's extension ("application/octet-stream" when unknown). */
const char *net_mime_of(const char *path);

/* ---- answers (net_answer.c) ---- */

/* Checks a player's answer `a` (the JSON text of the answer message's `a`) against the open
 * question nq and converts it into the level's written indices. False when its shape is wrong
 * (type, range, duplicates, size, not a permutation, not a finite number…): bad_answer. */
bool net_answer_from_text(const net_question *nq, const char *json, size_t len, game_response *out);
/* The same from a parsed message's `a` (jansson's json_t). */
struct json_t;
bool net_answer_from_json(const net_question *nq, const struct json_t *a, game_response *out);

/* ---- tokens and limits (net_guard.c) ---- */

/* 128 random bits (getrandom) as 32 lower-case hex digits. False when the system has none. */
bool net_token_make(char out[NET_TOKEN_HEX + 1]);
/* Whether s is 32 lower-case hex digits and nothing else. */
bool net_token_well_formed(const char *s);

/* A token bucket per connection: 20 frames a second, bursts of 40; after 3 refusals in a row
 * the connection is closed. */
#define NET_RATE_PER_S   20
#define NET_RATE_BURST   40
#define NET_RATE_REFUSED 3
typedef struct {
    double tokens;
    uint64_t last_ms;
    unsigned refused; /* in a row */
} net_bucket;
typedef enum { NET_RATE_OK = 0, NET_RATE_SLOW, NET_RATE_CLOSE } net_rate;
void net_bucket_init(net_bucket *b, uint64_t now_ms);
net_rate net_bucket_take(net_bucket *b, uint64_t now_ms);

/* Whether two nicknames are the same to the room (ASCII letters without case). */
bool net_nick_same(const char *a, const char *b);

/* How likely an interface is the classroom's LAN: lower is likelier (en*, eth*, wl* first;
 * docker*, virbr*, veth*, br-* last). */
int net_iface_rank(const char *name);
/* Whether a peer address (as text, IPv4, IPv6 or IPv4-mapped) is this machine's loopback. */
bool net_addr_loopback(const char *addr);
/* net_addresses' work: the bound address alone, or every usable IPv4 interface's, ranked. */
size_t net_addresses_list(const char *bind, unsigned port, char urls[][64], size_t max);

/* ---- messages (net_msg.c): JSON texts, malloc'd, NULL when out of memory ---- */

char *net_msg_question(const net_question *nq, game_lang lang, const game_catalog *cat,
                       bool answered, uint32_t left_ms);
char *net_msg_error(const game_catalog *cat, game_lang lang, game_register reg, const char *code);
char *net_msg_reveal(const net_reveal *r);
char *net_msg_podium(const net_podium_row *top, size_t ntop, unsigned rank, long score,
                     size_t players, bool final);
/* /strings.json: the catalogue's class.* keys in lang and, in French, in the register reg. */
char *net_msg_strings(const game_catalog *cat, game_lang lang, game_register reg);
/* /words.js: the engine's password lists as an ES module (COMMON, WORDS). */
char *net_msg_words(size_t *len);

#endif
