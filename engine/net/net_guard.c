/* net_guard.c — what keeps the room safe from a browser, as pure parts the tests reach: the
 * players' tokens (128 random bits), the per-connection rate limit, nicknames compared as the
 * room sees them; and the machine's addresses, the likeliest LAN first (getifaddrs).
 * No libwebsockets here.
 */
#define _GNU_SOURCE
#include "net_internal.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/random.h>

/* ==== tokens =================================================================== */

bool net_token_make(char out[NET_TOKEN_HEX + 1])
{
    unsigned char raw[NET_TOKEN_HEX / 2];
    size_t got = 0;
    while (got < sizeof raw) {
        ssize_t k = getrandom(raw + got, sizeof raw - got, 0);
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0) return false;
        got += (size_t)k;
    }
    static const char hex[] = "0123456789abcdef";
    for (size_t i = 0; i < sizeof raw; i++) {
        out[2 * i] = hex[raw[i] >> 4];
        out[2 * i + 1] = hex[raw[i] & 15];
    }
    out[NET_TOKEN_HEX] = '\0';
    return true;
}

bool net_token_well_formed(const char *s)
{
    if (!s) return false;
    for (size_t i = 0; i < NET_TOKEN_HEX; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f'))) return false;
    return s[NET_TOKEN_HEX] == '\0';
}

/* ==== the rate limit ============================================================ */

void net_bucket_init(net_bucket *b, uint64_t now_ms)
{
    b->tokens = NET_RATE_BURST;
    b->last_ms = now_ms;
    b->refused = 0;
}

net_rate net_bucket_take(net_bucket *b, uint64_t now_ms)
{
    if (now_ms > b->last_ms) {
        b->tokens += (double)(now_ms - b->last_ms) * NET_RATE_PER_S / 1000.0;
        if (b->tokens > NET_RATE_BURST) b->tokens = NET_RATE_BURST;
        b->last_ms = now_ms;
    }
    if (b->tokens >= 1.0) {
        b->tokens -= 1.0;
        b->refused = 0;
        return NET_RATE_OK;
    }
    return ++b->refused >= NET_RATE_REFUSED ? NET_RATE_CLOSE : NET_RATE_SLOW;
}

/* ==== nicknames and addresses =================================================== */

bool net_nick_same(const char *a, const char *b)
{
    return strcasecmp(a, b) == 0;
}

int net_iface_rank(const char *name)
{
    static const char *const first[] = {"en", "eth", "wl"};
    static const char *const last[] = {"docker", "virbr", "veth", "br-", "vmnet",  "vboxnet", "tun",
                                       "tap",    "wg",    "lxc",  "lxd", "podman", "cni"};
    for (size_t i = 0; i < sizeof first / sizeof *first; i++)
        if (!strncmp(name, first[i], strlen(first[i]))) return 0;
    for (size_t i = 0; i < sizeof last / sizeof *last; i++)
        if (!strncmp(name, last[i], strlen(last[i]))) return 2;
    return 1;
}

bool net_addr_loopback(const char *addr)
{
    return !strncmp(addr, "127.", 4) || !strcmp(addr, "::1") || !strncmp(addr, "::ffff:127.", 11) ||
           !strcmp(addr, "localhost");
}

size_t net_addresses_list(const char *bind, unsigned port, char urls[][64], size_t max)
{
    size_t n = 0;
    if (max == 0) return 0;
    if (bind && *bind && strcmp(bind, "0.0.0.0") && strcmp(bind, "::")) {
        snprintf(urls[n++], 64, "http://%s:%u", bind, port);
        return n;
    }
    struct ifaddrs *all = NULL;
    if (getifaddrs(&all) == 0) {
        /* three passes: the likeliest interfaces first, in the system's order within each */
        for (int rank = 0; rank <= 2; rank++)
            for (struct ifaddrs *i = all; i && n < max; i = i->ifa_next) {
                if (!i->ifa_addr || i->ifa_addr->sa_family != AF_INET) continue;
                if (!(i->ifa_flags & IFF_UP) || (i->ifa_flags & IFF_LOOPBACK)) continue;
                if (net_iface_rank(i->ifa_name) != rank) continue;
                char ip[INET_ADDRSTRLEN];
                const struct sockaddr_in *sin = (const struct sockaddr_in *)i->ifa_addr;
                if (!inet_ntop(AF_INET, &sin->sin_addr, ip, sizeof ip)) continue;
                if (!strncmp(ip, "127.", 4)) continue;
                snprintf(urls[n++], 64, "http://%s:%u", ip, port);
            }
        freeifaddrs(all);
    }
    if (n == 0) snprintf(urls[n++], 64, "http://127.0.0.1:%u", port);
    return n;
}

const char *net_mime_of(const char *path)
{
    static const struct {
        const char *ext, *mime;
    } types[] = {
        {".html", "text/html; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"},
        {".css", "text/css; charset=utf-8"},
        {".json", "application/json"},
        {".png", "image/png"},
        {".jpg", "image/jpeg"},
        {".jpeg", "image/jpeg"},
        {".svg", "image/svg+xml"},
        {".txt", "text/plain; charset=utf-8"},
    };
    const char *dot = strrchr(path, '.');
    if (dot && !strchr(dot, '/'))
        for (size_t i = 0; i < sizeof types / sizeof *types; i++)
            if (!strcasecmp(dot, types[i].ext)) return types[i].mime;
    return "application/octet-stream";
}
