/* net_conn.c — the sockets' side of the network thread: the libwebsockets callback, HTTP from
 * memory (the embedded page, /strings.json, /words.js, the files the app added) with strict
 * headers, the checks on the WebSocket's upgrade (path, Origin, connections per address), and
 * frames read whole, size- and rate-limited.
 */
#define _GNU_SOURCE
#include "net_state.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ==== HTTP ========================================================================= */

static const char *const security_headers[][2] = {
    {"content-security-policy:",
     "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
     "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"},
    {"x-content-type-options:", "nosniff"},
    {"referrer-policy:", "no-referrer"},
    {"cache-control:", "no-store"},
};

static net_file *find_file(net *n, const char *path)
{
    if (!strcmp(path, "/")) path = "/index.html";
    if (!strcmp(path, "/strings.json")) return n->strings;
    if (!strcmp(path, "/words.js")) return n->words;
    for (net_file *b = n->files; b; b = b->next)
        if (!strcmp(b->path, path)) return b;
    for (size_t i = 0; i < net_web_nfiles; i++)
        if (n->embedded[i] && !strcmp(n->embedded[i]->path, path)) return n->embedded[i];
    return NULL;
}

static int http_answer(struct lws *wsi, net_conn *c, unsigned status, net_file *b)
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

int net_http_request(net *n, struct lws *wsi, net_conn *c, const char *uri)
{
    if (!lws_hdr_total_length(wsi, WSI_TOKEN_GET_URI))
        return http_answer(wsi, c, HTTP_STATUS_METHOD_NOT_ALLOWED, n->not_allowed);
    net_file *b = uri ? find_file(n, uri) : NULL;
    return b ? http_answer(wsi, c, HTTP_STATUS_OK, b)
             : http_answer(wsi, c, HTTP_STATUS_NOT_FOUND, n->not_found);
}

int net_http_write(net *n, struct lws *wsi, net_conn *c)
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
    net_file_unref(c->body);
    c->body = NULL;
    return lws_http_transaction_completed(wsi) ? -1 : 0;
}

/* The upgrade to the WebSocket: only at /ws, only from the page's own origin, and at most
 * NET_PER_ADDRESS at once from one address. 0: go on; 1: refused (403 sent). */
int net_upgrade_check(net *n, struct lws *wsi)
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
        for (net_conn *c = n->conns; c; c = c->next) same += !strcmp(c->addr, addr);
        ok = same < NET_PER_ADDRESS;
    }
    if (ok) return 0;
    atomic_fetch_add(&n->st_connections_refused, 1);
    lws_return_http_status(wsi, HTTP_STATUS_FORBIDDEN, NULL);
    return 1;
}

/* ==== the protocol's callback ======================================================= */

void net_conn_release(net *n, net_conn *c)
{
    if (!c->ws) return;
    if (c->prev)
        c->prev->next = c->next;
    else if (n->conns == c)
        n->conns = c->next;
    if (c->next) c->next->prev = c->prev;
    c->ws = false;
    for (size_t i = 0; i < c->count; i++) net_buf_unref(c->out[(c->head + i) % c->cap].m);
    free(c->out);
    free(c->rx);
    c->out = NULL;
    c->rx = NULL;
    c->count = 0;
    net_seat *p = c->pl;
    if (p && p->conn == c) {
        p->conn = NULL;
        if (!p->removed) net_emit(n, &(net_event){.kind = NET_EV_AWAY, .player = p->id});
    }
    c->pl = NULL;
}

int net_on_receive(net *n, struct lws *wsi, net_conn *c, const char *in, size_t len)
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
    switch (net_bucket_take(&c->bucket, net_now_ms())) {
    case NET_RATE_OK:
        if (lws_frame_is_binary(wsi))
            net_send_error(n, c, "bad_message");
        else
            net_on_message(n, c, data, dlen);
        break;
    case NET_RATE_SLOW:
        atomic_fetch_add(&n->st_frames_refused, 1);
        net_send_error(n, c, "rate");
        break;
    case NET_RATE_CLOSE: /* what was answered goes out first, then the close */
        atomic_fetch_add(&n->st_frames_refused, 1);
        net_conn_close_later(c, LWS_CLOSE_STATUS_POLICY_VIOLATION);
        break;
    }
    free(c->rx);
    c->rx = NULL;
    c->rxlen = 0;
    return 0;
}

int net_callback(struct lws *wsi, enum lws_callback_reasons reason, void *user, void *in,
                 size_t len)
{
    net *n = lws_context_user(lws_get_context(wsi));
    net_conn *c = user;
    switch (reason) {
    case LWS_CALLBACK_EVENT_WAIT_CANCELLED:
        net_run_cmds(n);
        return 0;
    case LWS_CALLBACK_HTTP:
        return c ? net_http_request(n, wsi, c, in) : -1;
    case LWS_CALLBACK_HTTP_WRITEABLE:
        return net_http_write(n, wsi, c);
    case LWS_CALLBACK_CLOSED_HTTP:
    case LWS_CALLBACK_HTTP_DROP_PROTOCOL:
        if (c) {
            net_file_unref(c->body);
            c->body = NULL;
        }
        return 0;
    case LWS_CALLBACK_HTTP_CONFIRM_UPGRADE:
        return net_upgrade_check(n, wsi);
    case LWS_CALLBACK_ESTABLISHED:
        if (!c) return -1;
        net_file_unref(c->body);
        memset(c, 0, sizeof *c);
        c->ws = true;
        c->wsi = wsi;
        lws_get_peer_simple(wsi, c->addr, sizeof c->addr);
        net_bucket_init(&c->bucket, net_now_ms());
        c->next = n->conns;
        if (n->conns) n->conns->prev = c;
        n->conns = c;
        atomic_fetch_add(&n->st_connections, 1);
        return 0;
    case LWS_CALLBACK_RECEIVE:
        return c && c->ws ? net_on_receive(n, wsi, c, in, len) : -1;
    case LWS_CALLBACK_SERVER_WRITEABLE:
        return c && c->ws ? net_conn_write(n, c) : 0;
    case LWS_CALLBACK_CLOSED:
        if (c) net_conn_release(n, c);
        return 0;
    default:
        break;
    }
    return lws_callback_http_dummy(wsi, reason, user, in, len);
}
