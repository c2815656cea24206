/* test_net.c — the live classroom's network (engine/net): answers checked and converted for every
 * kind, good and hostile; nicknames; tokens; the rate limit; the machine's addresses; and the
 * real thing on a socket: a small WebSocket client written here (plain socket, handshake, masked
 * frames) joins, answers, is refused, floods and oversteps. Waits are bounded (10 s), never
 * timed: no verdict depends on the machine's speed.
 */
#define _GNU_SOURCE
#include <criterion/criterion.h>

#include <arpa/inet.h>
#include <errno.h>
#include <math.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "game/game.h"
#include "game/game_results.h"
#include "net/net.h"
#include "net/net_internal.h"
#include "script/script.h"

/* ==== questions made by hand ====================================================== */

static char *text_dup(const char *s)
{
    return s ? strdup(s) : NULL;
}

static void set_text(game_text *t, const char *fr, const char *en)
{
    t->s[GAME_LANG_FR] = text_dup(fr);
    t->s[GAME_LANG_EN] = text_dup(en);
}

static game_question question;
static net_question nq;

static void free_question(void)
{
    game_text_deinit(&question.prompt);
    for (size_t i = 0; i < GAME_MAX_CHOICES; i++) game_text_deinit(&question.choices[i]);
    for (size_t i = 0; i < GAME_MAX_ITEMS; i++) game_text_deinit(&question.items[i]);
    for (size_t i = 0; i < GAME_MAX_BINS; i++) game_text_deinit(&question.bins[i]);
    for (size_t i = 0; i < GAME_MAX_PARTS; i++) game_text_deinit(&question.parts[i].text);
    game_text_deinit(&question.explain);
    game_text_deinit(&question.unit);
    memset(&question, 0, sizeof question);
}

static void make(game_kind kind, size_t count)
{
    free_question();
    memset(&nq, 0, sizeof nq);
    question.kind = kind;
    set_text(&question.prompt, "Quelle adresse ?", "Which address?");
    set_text(&question.explain, "Parce que.", "Because.");
    nq.number = 1;
    nq.of = 3;
    nq.q = &question;
    nq.time_ms = 20000;
    char fr[32], en[32];
    switch (kind) {
    case GAME_KIND_CHOICE:
    case GAME_KIND_MULTI:
        question.nchoices = count;
        for (size_t i = 0; i < count; i++) {
            snprintf(fr, sizeof fr, "choix %zu", i);
            snprintf(en, sizeof en, "choice %zu", i);
            set_text(&question.choices[i], fr, en);
            nq.choice_at[i] = (unsigned char)((i + 1) % count); /* shown p → written p+1 */
        }
        question.correct_mask = 1;
        break;
    case GAME_KIND_TRUEFALSE:
        question.nchoices = 2;
        question.correct_mask = 2;
        nq.choice_at[0] = 1; /* a map that disagrees: true/false keeps its order anyway */
        nq.choice_at[1] = 0;
        break;
    case GAME_KIND_ORDER:
    case GAME_KIND_SORT:
        question.nitems = count;
        for (size_t i = 0; i < count; i++) {
            snprintf(fr, sizeof fr, "élément %zu", i);
            set_text(&question.items[i], fr, NULL);
            nq.item_at[i] = (unsigned char)(count - 1 - i); /* sent reversed */
            nq.card_at[i] = (unsigned char)((i + 1) % count);
            question.item_bin[i] = (unsigned char)(i % 2);
        }
        question.nbins = 2;
        set_text(&question.bins[0], "sûr", "safe");
        set_text(&question.bins[1], "douteux", "suspicious");
        break;
    case GAME_KIND_ESTIMATE:
        question.min = 0;
        question.max = 100;
        question.target = 42;
        nq.start = 50;
        set_text(&question.unit, "%", "%");
        break;
    case GAME_KIND_PASSWORD:
        question.strength = 3;
        break;
    case GAME_KIND_HOTSPOT:
        question.nparts = count;
        for (size_t i = 0; i < count; i++) {
            snprintf(fr, sizeof fr, "partie %zu", i);
            set_text(&question.parts[i].text, fr, NULL);
            nq.part_rect[i][0] = 0.1f;
            nq.part_rect[i][1] = 0.1f * (float)i;
            nq.part_rect[i][2] = 0.5f;
            nq.part_rect[i][3] = 0.05f;
        }
        nq.mockup_src = "/mockup/1.png";
        nq.mockup_w = 360;
        nq.mockup_h = 640;
        break;
    case GAME_KIND_INPUT:
    case GAME_KIND_PLAY:
    case GAME_KIND_COUNT:
        break;
    }
}

static bool answer(const char *json, game_response *r)
{
    return net_answer_from_text(&nq, json, strlen(json), r);
}

TestSuite(net_answer, .fini = free_question);

Test(net_answer, a_choice_is_one_shown_position_turned_into_the_written_choice)
{
    game_response r;
    make(GAME_KIND_CHOICE, 4);
    cr_assert(answer("{\"pick\":[0]}", &r));
    cr_assert_eq(r.chosen, 1u << 1, "shown 0 is written 1: %#x", r.chosen);
    cr_assert(answer("{\"pick\":[3]}", &r));
    cr_assert_eq(r.chosen, 1u << 0);
    static const char *const bad[] = {
        "{\"pick\":[4]}",
        "{\"pick\":[-1]}",
        "{\"pick\":[]}",
        "{\"pick\":[0,1]}",
        "{\"pick\":0}",
        "{\"pick\":[\"0\"]}",
        "{\"pick\":[0.0]}",
        "{\"pick\":[1e300]}",
        "{\"pick\":[true]}",
        "{\"pick\":[null]}",
        "{\"order\":[0]}",
        "[0]",
        "\"pick\"",
        "{\"pick\":[4294967297]}",
        "{\"pick\":[0],\"pick\":[1]}",
        "{\"pick\":[9223372036854775807]}",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        cr_assert_not(answer(bad[i], &r), "taken: %s", bad[i]);
}

Test(net_answer, multi_takes_each_position_once_and_none_at_all)
{
    game_response r;
    make(GAME_KIND_MULTI, 5);
    cr_assert(answer("{\"pick\":[]}", &r));
    cr_assert_eq(r.chosen, 0u);
    cr_assert(answer("{\"pick\":[4,0,2]}", &r));
    cr_assert_eq(r.chosen, (1u << 0) | (1u << 1) | (1u << 3), "%#x", r.chosen);
    cr_assert_not(answer("{\"pick\":[1,1]}", &r), "a duplicate");
    cr_assert_not(answer("{\"pick\":[0,1,2,3,4,0]}", &r), "too many");
    cr_assert_not(answer("{\"pick\":[5]}", &r), "out of range");
}

Test(net_answer, true_false_is_zero_for_true_whatever_the_map)
{
    game_response r;
    make(GAME_KIND_TRUEFALSE, 2);
    cr_assert(answer("{\"pick\":[0]}", &r));
    cr_assert_eq(r.chosen, 1u);
    cr_assert(answer("{\"pick\":[1]}", &r));
    cr_assert_eq(r.chosen, 2u);
    cr_assert_not(answer("{\"pick\":[2]}", &r));
    cr_assert_not(answer("{\"pick\":[0,1]}", &r));
}

Test(net_answer, an_order_is_a_permutation_of_the_items_as_sent)
{
    game_response r;
    make(GAME_KIND_ORDER, 4); /* sent reversed: sent i is written 3 - i */
    cr_assert(answer("{\"order\":[3,2,1,0]}", &r));
    for (int i = 0; i < 4; i++) cr_assert_eq(r.order[i], i, "order[%d] = %d", i, r.order[i]);
    cr_assert(answer("{\"order\":[0,1,2,3]}", &r));
    cr_assert_eq(r.order[0], 3);
    static const char *const bad[] = {
        "{\"order\":[0,1,2]}",    "{\"order\":[0,1,2,2]}", "{\"order\":[0,1,2,3,0]}",
        "{\"order\":[0,1,2,4]}",  "{\"order\":[]}",        "{\"order\":\"0123\"}",
        "{\"order\":[0,1,2,-3]}",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        cr_assert_not(answer(bad[i], &r), "taken: %s", bad[i]);
}

Test(net_answer, a_sort_places_every_card_in_a_bin_that_exists)
{
    game_response r;
    make(GAME_KIND_SORT, 3); /* card sent i is written (i + 1) % 3 */
    cr_assert(answer("{\"bins\":[0,1,1]}", &r));
    cr_assert_eq(r.bins[1], 0);
    cr_assert_eq(r.bins[2], 1);
    cr_assert_eq(r.bins[0], 1);
    cr_assert_eq(r.bins[3], -1, "no card 3: not placed");
    static const char *const bad[] = {"{\"bins\":[0,1]}",      "{\"bins\":[0,1,2]}",
                                      "{\"bins\":[0,1,1,0]}",  "{\"bins\":[0,1,-1]}",
                                      "{\"bins\":[0,1,null]}", "{\"bins\":{}}"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        cr_assert_not(answer(bad[i], &r), "taken: %s", bad[i]);
}

Test(net_answer, typed_text_is_utf8_not_blank_and_short)
{
    game_response r;
    make(GAME_KIND_INPUT, 0);
    cr_assert(answer("{\"text\":\"  Hameçonnage \"}", &r));
    cr_assert_str_eq(r.text, "  Hameçonnage ");
    char big[400];
    snprintf(big, sizeof big, "{\"text\":\"%0200d\"}", 7); /* 200 bytes: taken, kept in part */
    cr_assert(answer(big, &r));
    cr_assert_eq(strlen(r.text), GAME_TEXT_MAX - 1);
    snprintf(big, sizeof big, "{\"text\":\"%0201d\"}", 7);
    cr_assert_not(answer(big, &r), "201 bytes");
    /* a cut never splits a character: 126 ASCII then é (2 bytes) */
    snprintf(big, sizeof big, "{\"text\":\"%0126d\xc3\xa9xyz\"}", 1);
    cr_assert(answer(big, &r));
    cr_assert_eq(strlen(r.text), 126);
    static const char *const bad[] = {
        "{\"text\":\"   \"}",   "{\"text\":\"\"}", "{\"text\":\"a\\u0000b\"}",
        "{\"text\":\"a\\nb\"}", "{\"text\":42}",   "{\"text\":[\"a\"]}"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        cr_assert_not(answer(bad[i], &r), "taken: %s", bad[i]);
}

Test(net_answer, an_estimate_is_a_finite_number_on_the_scale)
{
    game_response r;
    make(GAME_KIND_ESTIMATE, 0);
    cr_assert(answer("{\"value\":42.5}", &r));
    cr_assert_float_eq(r.value, 42.5, 1e-9);
    cr_assert(answer("{\"value\":100}", &r), "an integer is a number");
    cr_assert(answer("{\"value\":0}", &r));
    cr_assert(answer("{\"value\":100.00000000000001}", &r), "a rounding error past the end");
    cr_assert_eq(r.value, 100.0, "taken as the end");
    static const char *const bad[] = {
        "{\"value\":100.001}",      "{\"value\":-1}",     "{\"value\":\"NaN\"}",
        "{\"value\":\"Infinity\"}", "{\"value\":NaN}",    "{\"value\":Infinity}",
        "{\"value\":1e400}",        "{\"value\":-1e400}", "{\"value\":\"42\"}",
        "{\"value\":null}",         "{\"value\":[42]}",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        cr_assert_not(answer(bad[i], &r), "taken: %s", bad[i]);
}

Test(net_answer, a_password_answer_is_only_its_strength)
{
    game_response r;
    make(GAME_KIND_PASSWORD, 0);
    cr_assert(answer("{\"strength\":3}", &r));
    cr_assert(r.pw_measured);
    cr_assert_eq(r.pw_level, 3);
    cr_assert_str_eq(r.text, "", "no password anywhere");
    cr_assert(answer("{\"strength\":0}", &r));
    static const char *const bad[] = {"{\"strength\":5}", "{\"strength\":-1}", "{\"strength\":2.5}",
                                      "{\"strength\":\"4\"}", "{\"password\":\"hunter2\"}"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        cr_assert_not(answer(bad[i], &r), "taken: %s", bad[i]);
}

Test(net_answer, hotspot_parts_are_marked_once_each_in_written_order)
{
    game_response r;
    make(GAME_KIND_HOTSPOT, 6);
    cr_assert(answer("{\"parts\":[5,0]}", &r));
    cr_assert_eq(r.chosen, (1u << 5) | 1u);
    cr_assert(answer("{\"parts\":[]}", &r));
    cr_assert_not(answer("{\"parts\":[6]}", &r));
    cr_assert_not(answer("{\"parts\":[1,1]}", &r));
    cr_assert_not(answer("{\"parts\":[0,1,2,3,4,5,0]}", &r));
}

Test(net_answer, a_mini_game_is_never_answered_from_a_device)
{
    game_response r;
    make(GAME_KIND_PLAY, 0);
    cr_assert_not(answer("{\"credit\":1}", &r));
    cr_assert_not(answer("{}", &r));
}

Test(net_answer, the_question_message_never_holds_the_right_answer)
{
    make(GAME_KIND_ESTIMATE, 0);
    char *s = net_msg_question(&nq, GAME_LANG_FR, NULL, false, 20000);
    cr_assert_not_null(s);
    cr_assert_null(strstr(s, "42"), "the target is in: %s", s);
    cr_assert(strstr(s, "\"kind\":\"estimate\""), "%s", s);
    free(s);
    make(GAME_KIND_CHOICE, 3);
    s = net_msg_question(&nq, GAME_LANG_EN, NULL, false, 20000);
    cr_assert(strstr(s, "\"choices\":[\"choice 1\",\"choice 2\",\"choice 0\"]"), "%s", s);
    cr_assert_null(strstr(s, "correct"), "%s", s);
    free(s);
}

/* ==== nicknames, tokens, limits, addresses ========================================== */

Test(net_guard, nicknames_follow_the_stores_rule)
{
    char out[GAME_NICK_BUF];
    cr_assert(game_nick_valid("  Lina  ", out, sizeof out));
    cr_assert_str_eq(out, "Lina");
    cr_assert(game_nick_valid("Zoé B.", out, sizeof out));
    cr_assert_not(game_nick_valid("lina@mail.fr", out, sizeof out), "an e-mail");
    cr_assert_not(game_nick_valid("06 12 34 56 78", out, sizeof out), "a phone number");
    cr_assert_not(game_nick_valid("<b>x</b>", out, sizeof out), "markup");
    cr_assert_not(game_nick_valid("abcdefghijklmnopq", out, sizeof out), "17 characters");
    cr_assert_not(game_nick_valid("", out, sizeof out));
    cr_assert_not(game_nick_valid("a\xe2\x80\x8b"
                                  "b",
                                  out, sizeof out),
                  "a zero-width space");
    cr_assert(net_nick_same("Lina", "lINA"));
    cr_assert_not(net_nick_same("Lina", "Lina2"));
}

Test(net_guard, a_token_is_128_random_bits_in_32_hex_digits)
{
    char a[NET_TOKEN_HEX + 1], b[NET_TOKEN_HEX + 1];
    cr_assert(net_token_make(a));
    cr_assert(net_token_make(b));
    cr_assert_eq(strlen(a), 32);
    cr_assert(net_token_well_formed(a));
    cr_assert_str_neq(a, b, "two tokens alike");
    cr_assert_not(net_token_well_formed("0123456789ABCDEF0123456789abcdef"), "upper case");
    cr_assert_not(net_token_well_formed("0123456789abcdef0123456789abcde"), "31 digits");
    cr_assert_not(net_token_well_formed("0123456789abcdef0123456789abcdef0"), "33 digits");
    cr_assert_not(net_token_well_formed("0123456789abcdef0123456789abcdeg"));
    cr_assert_not(net_token_well_formed(NULL));
}

Test(net_guard, the_rate_limit_allows_bursts_of_40_and_20_a_second_then_closes)
{
    net_bucket b;
    net_bucket_init(&b, 1000);
    for (int i = 0; i < 40; i++)
        cr_assert_eq(net_bucket_take(&b, 1000), NET_RATE_OK, "frame %d", i);
    cr_assert_eq(net_bucket_take(&b, 1000), NET_RATE_SLOW);
    cr_assert_eq(net_bucket_take(&b, 1000), NET_RATE_SLOW);
    cr_assert_eq(net_bucket_take(&b, 1000), NET_RATE_CLOSE, "3 refusals in a row");
    net_bucket_init(&b, 0);
    for (int i = 0; i < 40; i++) net_bucket_take(&b, 0);
    cr_assert_eq(net_bucket_take(&b, 0), NET_RATE_SLOW);
    cr_assert_eq(net_bucket_take(&b, 50), NET_RATE_OK, "50 ms: one frame earned");
    cr_assert_eq(net_bucket_take(&b, 50), NET_RATE_SLOW);
    int ok = 0;
    for (int i = 0; i < 100; i++) ok += net_bucket_take(&b, 1050) == NET_RATE_OK;
    cr_assert_eq(ok, 20, "a second earns 20, not %d", ok);
    /* a steady 20 a second is never refused */
    net_bucket_init(&b, 0);
    for (uint64_t t = 0; t < 60000; t += 50) cr_assert_eq(net_bucket_take(&b, t), NET_RATE_OK);
}

Test(net_guard, the_likeliest_lan_comes_first)
{
    cr_assert_lt(net_iface_rank("enp3s0"), net_iface_rank("docker0"));
    cr_assert_lt(net_iface_rank("wlp2s0"), net_iface_rank("virbr0"));
    cr_assert_lt(net_iface_rank("eth0"), net_iface_rank("br-12ab"));
    cr_assert_lt(net_iface_rank("eth0"), net_iface_rank("veth1234"));
    cr_assert(net_addr_loopback("127.0.0.1"));
    cr_assert(net_addr_loopback("::ffff:127.0.0.1"));
    cr_assert(net_addr_loopback("::1"));
    cr_assert_not(net_addr_loopback("192.168.1.20"));
}

Test(net_guard, this_machines_addresses_are_urls_with_the_port)
{
    char urls[16][64];
    size_t k = net_addresses_list(NULL, 8080, urls, 16);
    cr_assert_geq(k, 1);
    for (size_t i = 0; i < k; i++) {
        cr_assert(!strncmp(urls[i], "http://", 7), "%s", urls[i]);
        size_t n = strlen(urls[i]);
        cr_assert(n > 5 && !strcmp(urls[i] + n - 5, ":8080"), "%s", urls[i]);
        if (k > 1) cr_assert_null(strstr(urls[i], "127.0.0.1"), "loopback among others");
    }
    k = net_addresses_list("10.1.2.3", 9000, urls, 16);
    cr_assert_eq(k, 1);
    cr_assert_str_eq(urls[0], "http://10.1.2.3:9000");
}

/* ==== a WebSocket client, written here ================================================ */

static int tcp_connect(unsigned port)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    cr_assert_geq(fd, 0);
    struct timeval tv = {.tv_sec = 10};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    cr_assert_eq(connect(fd, (struct sockaddr *)&sa, sizeof sa), 0, "connect: %s", strerror(errno));
    return fd;
}

static void send_all(int fd, const void *buf, size_t len)
{
    const char *p = buf;
    while (len) {
        ssize_t k = send(fd, p, len, MSG_NOSIGNAL);
        if (k <= 0) return; /* the server may have closed: the reader will see it */
        p += k;
        len -= (size_t)k;
    }
}

/* Reads an HTTP response's head (up to the blank line) into buf; returns the status. */
static int read_head(int fd, char *buf, size_t cap)
{
    size_t n = 0;
    buf[0] = '\0';
    while (n + 1 < cap && !strstr(buf, "\r\n\r\n")) {
        ssize_t k = recv(fd, buf + n, 1, 0);
        if (k <= 0) break;
        n += (size_t)k;
        buf[n] = '\0';
    }
    int status = 0;
    sscanf(buf, "HTTP/1.%*d %d", &status);
    return status;
}

/* Opens /ws (origin: the Origin header, or NULL); the socket, or -status when refused. */
static int ws_open(unsigned port, const char *origin)
{
    int fd = tcp_connect(port);
    char req[512], head[2048];
    int n = snprintf(req, sizeof req,
                     "GET /ws HTTP/1.1\r\nHost: 127.0.0.1:%u\r\nUpgrade: websocket\r\n"
                     "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                     "Sec-WebSocket-Version: 13\r\n%s%s%s\r\n",
                     port, origin ? "Origin: " : "", origin ? origin : "", origin ? "\r\n" : "");
    send_all(fd, req, (size_t)n);
    int status = read_head(fd, head, sizeof head);
    if (status == 101) {
        cr_assert(strstr(head, "s3pPLMBiTxaQ9kYGzzhZRbK+xOo="), "a wrong accept key: %s", head);
        return fd;
    }
    close(fd);
    return -(status ? status : 1);
}

/* One masked frame (opcode 1: text) into out (room for len + 14); returns its length. */
static size_t ws_pack(unsigned char *out, int opcode, const char *data, size_t len)
{
    size_t k = 0;
    out[k++] = (unsigned char)(0x80 | opcode);
    if (len < 126) {
        out[k++] = (unsigned char)(0x80 | len);
    } else if (len < 65536) {
        out[k++] = 0x80 | 126;
        out[k++] = (unsigned char)(len >> 8);
        out[k++] = (unsigned char)len;
    } else {
        out[k++] = 0x80 | 127;
        for (int i = 7; i >= 0; i--) out[k++] = (unsigned char)((uint64_t)len >> (8 * i));
    }
    static const unsigned char mask[4] = {0x37, 0xfa, 0x21, 0x3d};
    memcpy(out + k, mask, 4);
    k += 4;
    for (size_t i = 0; i < len; i++) out[k + i] = (unsigned char)data[i] ^ mask[i % 4];
    return k + len;
}

static void ws_send_op(int fd, int opcode, const char *data, size_t len)
{
    unsigned char *frame = malloc(len + 14);
    send_all(fd, frame, ws_pack(frame, opcode, data, len));
    free(frame);
}

static void ws_send(int fd, const char *text)
{
    ws_send_op(fd, 1, text, strlen(text));
}

/* Reads one frame: its payload into buf (cut to cap - 1), its opcode; -1 when the socket ends. */
static int ws_recv(int fd, char *buf, size_t cap, int *opcode)
{
    unsigned char h[2];
    if (recv(fd, h, 2, MSG_WAITALL) != 2) return -1;
    *opcode = h[0] & 15;
    uint64_t len = h[1] & 127;
    if (len == 126) {
        unsigned char e[2];
        if (recv(fd, e, 2, MSG_WAITALL) != 2) return -1;
        len = (uint64_t)e[0] << 8 | e[1];
    } else if (len == 127) {
        unsigned char e[8];
        if (recv(fd, e, 8, MSG_WAITALL) != 8) return -1;
        len = 0;
        for (int i = 0; i < 8; i++) len = len << 8 | e[i];
    }
    size_t got = 0;
    while (got < len) {
        char c[1024];
        size_t want = len - got < sizeof c ? (size_t)(len - got) : sizeof c;
        ssize_t k = recv(fd, c, want, MSG_WAITALL);
        if (k <= 0) return -1;
        for (ssize_t i = 0; i < k; i++)
            if (got + (size_t)i < cap - 1) buf[got + (size_t)i] = c[i];
        got += (size_t)k;
    }
    buf[got < cap - 1 ? got : cap - 1] = '\0';
    return (int)(got < cap - 1 ? got : cap - 1);
}

/* The next text message (pings answered, pongs skipped); "" when the socket closed, and the
 * close status in *closed. */
static const char *ws_next(int fd, int *closed)
{
    static char buf[16384];
    for (;;) {
        int op = 0, n = ws_recv(fd, buf, sizeof buf, &op);
        if (n < 0) {
            buf[0] = '\0';
            return buf;
        }
        if (op == 8) {
            if (closed) *closed = n >= 2 ? ((unsigned char)buf[0] << 8 | (unsigned char)buf[1]) : 0;
            buf[0] = '\0';
            return buf;
        }
        if (op == 9) {
            ws_send_op(fd, 10, buf, (size_t)n);
            continue;
        }
        if (op == 1) return buf;
    }
}

/* The next text message of type t (others skipped, at most 20). */
static const char *ws_expect(int fd, const char *t)
{
    char want[64];
    snprintf(want, sizeof want, "\"t\":\"%s\"", t);
    for (int i = 0; i < 20; i++) {
        const char *m = ws_next(fd, NULL);
        if (!*m || strstr(m, want)) return m;
    }
    return "";
}

/* ==== the server, on a socket ========================================================== */

static net *server;

static void stop_server(void)
{
    net_stop(server);
    server = NULL;
    free_question();
}

TestSuite(net_socket, .fini = stop_server);

static void start(void)
{
    char err[256] = "";
    net_config cfg = {.port = 0,
                      .code = "4821",
                      .lang = GAME_LANG_FR,
                      .title = "Hameçonnage",
                      .bind = "127.0.0.1"};
    server = net_start(&cfg, err, sizeof err);
    cr_assert_not_null(server, "net_start: %s", err);
    cr_assert_gt(net_port(server), 0u);
}

/* Waits (at most 10 s) for an event of the kind; false when none came. */
static bool wait_event(net_event_kind kind, net_event *out)
{
    for (int i = 0; i < 2000; i++) {
        net_event ev;
        while (net_poll(server, &ev, 1) == 1)
            if (ev.kind == kind) {
                *out = ev;
                return true;
            }
        nanosleep(&(struct timespec){.tv_nsec = 5000000}, NULL);
    }
    return false;
}

static int join(const char *nick, char token[NET_TOKEN_HEX + 1])
{
    int fd = ws_open(net_port(server), NULL);
    cr_assert_geq(fd, 0, "the upgrade was refused: %d", -fd);
    char m[256];
    snprintf(m, sizeof m, "{\"t\":\"join\",\"v\":1,\"code\":\"4821\",\"nick\":\"%s\"}", nick);
    ws_send(fd, m);
    const char *w = ws_expect(fd, "welcome");
    cr_assert(*w, "no welcome");
    const char *t = strstr(w, "\"token\":\"");
    cr_assert_not_null(t, "%s", w);
    if (token) snprintf(token, NET_TOKEN_HEX + 1, "%.32s", t + 9);
    return fd;
}

Test(net_socket, a_player_joins_answers_and_the_app_hears_the_converted_answer)
{
    start();
    char token[NET_TOKEN_HEX + 1];
    int fd = join("Lina", token);
    cr_assert(net_token_well_formed(token), "%s", token);
    net_event ev;
    cr_assert(wait_event(NET_EV_JOIN, &ev));
    cr_assert_str_eq(ev.nick, "Lina");
    uint32_t id = ev.player;
    cr_assert(*ws_expect(fd, "lobby"));

    make(GAME_KIND_CHOICE, 3); /* shown 2 is written 0 */
    net_question_open(server, &nq);
    const char *q = ws_expect(fd, "question");
    cr_assert(strstr(q, "\"q\":1") && strstr(q, "\"prompt\":\"Quelle adresse ?\""), "%s", q);
    cr_assert(strstr(q, "\"answered\":false"), "%s", q);
    ws_send(fd, "{\"t\":\"answer\",\"q\":1,\"a\":{\"pick\":[2]}}");
    cr_assert(strstr(ws_expect(fd, "ack"), "\"q\":1"));
    cr_assert(wait_event(NET_EV_ANSWER, &ev));
    cr_assert_eq(ev.player, id);
    cr_assert_eq(ev.q, 1u);
    cr_assert_eq(ev.resp.chosen, 1u, "shown 2 is written 0: %#x", ev.resp.chosen);
    cr_assert_lt(ev.time_ms, 60000u);

    /* once per question, also after a resume on another connection */
    ws_send(fd, "{\"t\":\"answer\",\"q\":1,\"a\":{\"pick\":[0]}}");
    cr_assert(strstr(ws_expect(fd, "error"), "\"code\":\"already_answered\""));
    int fd2 = ws_open(net_port(server), NULL);
    char m[128];
    snprintf(m, sizeof m, "{\"t\":\"resume\",\"v\":1,\"token\":\"%s\"}", token);
    ws_send(fd2, m);
    cr_assert(strstr(ws_expect(fd2, "welcome"), "\"nick\":\"Lina\""));
    cr_assert(strstr(ws_expect(fd2, "question"), "\"answered\":true"));
    ws_send(fd2, "{\"t\":\"answer\",\"q\":1,\"a\":{\"pick\":[0]}}");
    cr_assert(strstr(ws_expect(fd2, "error"), "\"code\":\"already_answered\""));
    int closed = -1;
    while (*ws_next(fd, &closed)) {
    }
    cr_assert_eq(closed, 1000, "the older connection is closed (%d)", closed);

    net_question_close(server);
    ws_send(fd2, "{\"t\":\"answer\",\"q\":1,\"a\":{\"pick\":[0]}}");
    cr_assert(strstr(ws_expect(fd2, "error"), "\"code\":\"late\""));
    net_stats st;
    net_stats_get(server, &st);
    cr_assert_eq(st.answers_taken, 1u);
    cr_assert_geq(st.answers_refused, 3u);
    close(fd);
    close(fd2);
}

Test(net_socket, joins_are_refused_with_the_reason)
{
    start();
    int a = join("Lina", NULL);
    int fd = ws_open(net_port(server), NULL);
    static const struct {
        const char *send, *code;
    } cases[] = {
        {"{\"t\":\"join\",\"v\":1,\"code\":\"0000\",\"nick\":\"Sam\"}", "bad_code"},
        {"{\"t\":\"join\",\"v\":2,\"code\":\"4821\",\"nick\":\"Sam\"}", "version"},
        {"{\"t\":\"join\",\"v\":1,\"code\":\"4821\",\"nick\":\"LINA\"}", "nick_taken"},
        {"{\"t\":\"join\",\"v\":1,\"code\":\"4821\",\"nick\":\"sam@x.fr\"}", "nick_invalid"},
        {"{\"t\":\"join\",\"v\":1,\"code\":\"4821\",\"nick\":\"<script>\"}", "nick_invalid"},
        {"{\"t\":\"resume\",\"v\":1,\"token\":\"00000000000000000000000000000000\"}", "bad_token"},
        {"{\"t\":\"answer\",\"q\":1,\"a\":{\"pick\":[0]}}", "not_joined"},
        {"{not json", "bad_json"},
        {"{\"t\":\"dance\"}", "bad_message"},
        {"[1,2]", "bad_message"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        ws_send(fd, cases[i].send);
        const char *e = ws_expect(fd, "error");
        char want[64];
        snprintf(want, sizeof want, "\"code\":\"%s\"", cases[i].code);
        cr_assert(strstr(e, want), "%s: got %s", cases[i].send, e);
        cr_assert(strstr(e, "\"msg\":"), "%s", e);
    }
    ws_send(fd, "{\"t\":\"ping\"}");
    cr_assert(*ws_expect(fd, "pong"));
    ws_send_op(fd, 2, "{\"t\":\"ping\"}", 12); /* binary */
    cr_assert(strstr(ws_expect(fd, "error"), "\"code\":\"bad_message\""));
    /* a message in two fragments is one message */
    unsigned char two[64];
    size_t k = ws_pack(two, 1, "{\"t\":", 5);
    two[0] = 0x01; /* not final */
    size_t k2 = ws_pack(two + k, 0, "\"ping\"}", 7);
    send_all(fd, two, k + k2);
    cr_assert(*ws_expect(fd, "pong"));
    net_lock(server, true);
    ws_send(fd, "{\"t\":\"join\",\"v\":1,\"code\":\"4821\",\"nick\":\"Sam\"}");
    cr_assert(strstr(ws_expect(fd, "error"), "\"code\":\"locked\""));
    net_lock(server, false);
    ws_send(fd, "{\"t\":\"join\",\"v\":1,\"code\":\"4821\",\"nick\":\"Sam\"}");
    cr_assert(*ws_expect(fd, "welcome"), "after a refusal, the same connection may try again");
    close(fd);
    close(a);
}

Test(net_socket, an_oversized_frame_closes_with_1009_and_a_flood_with_1008)
{
    start();
    int fd = ws_open(net_port(server), NULL);
    char *big = malloc(NET_FRAME_MAX + 2);
    memset(big, ' ', NET_FRAME_MAX + 1);
    big[NET_FRAME_MAX + 1] = '\0';
    ws_send(fd, big);
    free(big);
    int closed = -1;
    while (*ws_next(fd, &closed)) {
    }
    cr_assert_eq(closed, 1009, "closed with %d", closed);
    close(fd);

    /* fragments that add up past the limit */
    fd = ws_open(net_port(server), NULL);
    static char piece[3000];
    memset(piece, ' ', sizeof piece);
    unsigned char *frames = malloc(2 * (sizeof piece + 14));
    size_t f1 = ws_pack(frames, 1, piece, sizeof piece);
    frames[0] = 0x01;
    size_t f2 = ws_pack(frames + f1, 0, piece, sizeof piece);
    send_all(fd, frames, f1 + f2);
    free(frames);
    closed = -1;
    while (*ws_next(fd, &closed)) {
    }
    cr_assert_eq(closed, 1009, "fragments: closed with %d", closed);
    close(fd);

    /* 60 pings in one write: the server reads them all before it closes (no reset) */
    fd = ws_open(net_port(server), NULL);
    static unsigned char flood[60 * 32];
    size_t used = 0;
    for (int i = 0; i < 60; i++) used += ws_pack(flood + used, 1, "{\"t\":\"ping\"}", 12);
    send_all(fd, flood, used);
    int pongs = 0, rate = 0;
    closed = -1;
    for (;;) {
        const char *m = ws_next(fd, &closed);
        if (!*m) break;
        pongs += strstr(m, "pong") != NULL;
        rate += strstr(m, "\"rate\"") != NULL;
    }
    cr_assert_eq(closed, 1008, "a flood is closed (%d)", closed);
    cr_assert_geq(pongs, 40, "the burst is served");
    cr_assert_lt(pongs, 60);
    cr_assert_geq(rate, 1, "told why before the close");
    close(fd);
}

Test(net_socket, a_foreign_origin_is_refused_and_the_pages_own_is_not)
{
    start();
    int r = ws_open(net_port(server), "http://evil.example");
    cr_assert_eq(r, -403, "the upgrade from a foreign origin got %d", r);
    char own[64];
    snprintf(own, sizeof own, "http://127.0.0.1:%u", net_port(server));
    int fd = ws_open(net_port(server), own);
    cr_assert_geq(fd, 0, "the page's own origin: %d", -fd);
    close(fd);
    net_stats st;
    net_stats_get(server, &st);
    cr_assert_eq(st.connections_refused, 1u);
}

static int http_get(const char *req, char *head, size_t cap, char *body, size_t bcap)
{
    int fd = tcp_connect(net_port(server));
    send_all(fd, req, strlen(req));
    int status = read_head(fd, head, cap);
    size_t len = 0;
    const char *cl = strcasestr(head, "content-length:");
    if (cl) len = strtoul(cl + 15, NULL, 10);
    size_t got = 0;
    while (got < len && got + 1 < bcap) {
        ssize_t k =
            recv(fd, body + got, bcap - 1 - got < len - got ? bcap - 1 - got : len - got, 0);
        if (k <= 0) break;
        got += (size_t)k;
    }
    body[got] = '\0';
    close(fd);
    return status;
}

Test(net_socket, http_serves_the_page_files_with_strict_headers_and_nothing_else)
{
    start();
    static char head[4096], body[200000];
    cr_assert_eq(
        http_get("GET /words.js HTTP/1.1\r\nHost: x\r\n\r\n", head, sizeof head, body, sizeof body),
        200);
    cr_assert(strcasestr(head, "content-security-policy: default-src 'none'; script-src 'self'"),
              "%s", head);
    cr_assert(strcasestr(head, "x-content-type-options: nosniff"), "%s", head);
    cr_assert(strcasestr(head, "cache-control: no-store"), "%s", head);
    cr_assert(strcasestr(head, "referrer-policy: no-referrer"), "%s", head);
    cr_assert(strcasestr(head, "content-type: text/javascript"), "%s", head);
    cr_assert(strstr(body, "export const COMMON = [\"") && strstr(body, "export const WORDS = "),
              "%.200s", body);

    cr_assert_eq(http_get("GET /strings.json HTTP/1.1\r\nHost: x\r\n\r\n", head, sizeof head, body,
                          sizeof body),
                 200);
    cr_assert(strstr(body, "{\"lang\":\"fr\",\"s\":{"), "%s", body);

    static const unsigned char png[] = {0x89, 'P', 'N', 'G', 0, 1, 2, 3};
    net_add_file(server, "/mockup/1.png", "image/png", png, sizeof png);
    int status = 0;
    for (int i = 0; i < 100 && status != 200; i++) /* the command reaches the thread soon */
        status = http_get("GET /mockup/1.png HTTP/1.1\r\nHost: x\r\n\r\n", head, sizeof head, body,
                          sizeof body);
    cr_assert_eq(status, 200);
    cr_assert(strcasestr(head, "content-type: image/png"), "%s", head);
    cr_assert(strcasestr(head, "content-length: 8"), "%s", head);

    cr_assert_eq(http_get("GET /../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n", head, sizeof head, body,
                          sizeof body),
                 404);
    cr_assert_eq(http_get("GET /nothing.js HTTP/1.1\r\nHost: x\r\n\r\n", head, sizeof head, body,
                          sizeof body),
                 404);
    cr_assert(strcasestr(head, "content-security-policy:"), "a 404 carries it too: %s", head);
    cr_assert_eq(http_get("POST /words.js HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n", head,
                          sizeof head, body, sizeof body),
                 405);
    /* on one kept-alive connection, a refused method after a GET is answered at once */
    int fd = tcp_connect(net_port(server));
    static const char two[] = "GET /words.js HTTP/1.1\r\nHost: x\r\n\r\n";
    send_all(fd, two, sizeof two - 1);
    cr_assert_eq(read_head(fd, head, sizeof head), 200);
    size_t len = strtoul(strcasestr(head, "content-length:") + 15, NULL, 10);
    for (size_t got = 0; got < len;) {
        ssize_t k = recv(fd, body, len - got < sizeof body ? len - got : sizeof body, 0);
        cr_assert_gt(k, 0);
        got += (size_t)k;
    }
    static const char post[] = "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n";
    send_all(fd, post, sizeof post - 1);
    cr_assert_eq(read_head(fd, head, sizeof head), 405, "%s", head);
    close(fd);
}

/* A room hosting a pack in "vous": the phones' page gets the vous forms in /strings.json and
 * its refusals in vous; a "tu" room the tu forms; English one form. */
Test(net_socket, strings_json_speaks_the_register_of_the_hosted_pack)
{
    static game_catalog cat;
    game_error gerr = {0};
    cr_assert(script_catalog_load(&cat, &gerr), "%s", gerr.message);
    static const struct {
        game_lang lang;
        game_register reg;
        const char *has, *not ;
    } rooms[] = {
        {GAME_LANG_FR, GAME_REGISTER_VOUS, "\"class.nick\":\"Votre pseudo\"", "Ton pseudo"},
        {GAME_LANG_FR, GAME_REGISTER_TU, "\"class.nick\":\"Ton pseudo\"", "Votre pseudo"},
        {GAME_LANG_EN, GAME_REGISTER_VOUS, "\"class.nick\":\"Your nickname\"", "Votre"},
    };
    static char head[4096], body[200000];
    for (size_t i = 0; i < sizeof rooms / sizeof *rooms; i++) {
        char err[256] = "";
        net_config cfg = {.port = 0,
                          .code = "4821",
                          .lang = rooms[i].lang,
                          .reg = rooms[i].reg,
                          .cat = &cat,
                          .title = "Virement",
                          .bind = "127.0.0.1"};
        server = net_start(&cfg, err, sizeof err);
        cr_assert_not_null(server, "net_start: %s", err);
        cr_assert_eq(http_get("GET /strings.json HTTP/1.1\r\nHost: x\r\n\r\n", head, sizeof head,
                              body, sizeof body),
                     200);
        cr_assert(strstr(body, rooms[i].has), "room %zu: no %s in %.300s", i, rooms[i].has, body);
        cr_assert_not(strstr(body, rooms[i].not ), "room %zu: %s in it", i, rooms[i].not );
        if (rooms[i].reg == GAME_REGISTER_VOUS && rooms[i].lang == GAME_LANG_FR) {
            int fd = ws_open(net_port(server), NULL); /* answers before joining */
            cr_assert_geq(fd, 0);
            ws_send(fd, "{\"t\":\"answer\",\"q\":1,\"a\":0}");
            const char *m = ws_expect(fd, "error");
            cr_assert(strstr(m, "Rejoignez d’abord la partie"), "%s", m);
            close(fd);
        }
        net_stop(server);
        server = NULL;
    }
    game_catalog_deinit(&cat);
}

Test(net_socket, a_removed_player_is_told_closed_and_their_token_forgotten)
{
    start();
    char token[NET_TOKEN_HEX + 1];
    int fd = join("Rude", token);
    net_event ev;
    cr_assert(wait_event(NET_EV_JOIN, &ev));
    net_rename(server, ev.player, "Camille");
    cr_assert(strstr(ws_expect(fd, "renamed"), "\"nick\":\"Camille\""));
    net_remove(server, ev.player);
    cr_assert(*ws_expect(fd, "removed"));
    int closed = -1;
    while (*ws_next(fd, &closed)) {
    }
    close(fd);
    fd = ws_open(net_port(server), NULL);
    char m[128];
    snprintf(m, sizeof m, "{\"t\":\"resume\",\"v\":1,\"token\":\"%s\"}", token);
    ws_send(fd, m);
    cr_assert(strstr(ws_expect(fd, "error"), "\"code\":\"bad_token\""));
    close(fd);
}

Test(net_socket, a_dropped_player_is_away_and_back_with_their_token)
{
    start();
    char token[NET_TOKEN_HEX + 1];
    int fd = join("Noa", token);
    net_event ev;
    cr_assert(wait_event(NET_EV_JOIN, &ev));
    close(fd);
    cr_assert(wait_event(NET_EV_AWAY, &ev));
    fd = ws_open(net_port(server), NULL);
    char m[128];
    snprintf(m, sizeof m, "{\"t\":\"resume\",\"v\":1,\"token\":\"%s\"}", token);
    ws_send(fd, m);
    cr_assert(*ws_expect(fd, "welcome"));
    cr_assert(wait_event(NET_EV_BACK, &ev));
    close(fd);
}

static void start_with(unsigned max_players)
{
    char err[256] = "";
    net_config cfg = {.port = 0,
                      .code = "4821",
                      .lang = GAME_LANG_EN,
                      .title = "Phishing",
                      .bind = "127.0.0.1",
                      .max_players = max_players};
    server = net_start(&cfg, err, sizeof err);
    cr_assert_not_null(server, "net_start: %s", err);
}

Test(net_socket, the_player_cap_refuses_the_one_too_many_and_lobby_counts_everyone)
{
    start_with(2);
    int a = join("Ana", NULL), b = join("Bea", NULL);
    const char *l = "";
    for (int i = 0; i < 5 && !strstr(l, "\"players\":2"); i++) l = ws_expect(a, "lobby");
    cr_assert(strstr(l, "\"players\":2"), "the first player hears of the second: %s", l);
    int c = ws_open(net_port(server), NULL);
    ws_send(c, "{\"t\":\"join\",\"v\":1,\"code\":\"4821\",\"nick\":\"Cy\"}");
    cr_assert(strstr(ws_expect(c, "error"), "\"code\":\"full\""));
    close(a);
    close(b);
    close(c);
}

Test(net_socket, more_than_8_connections_from_one_address_are_refused)
{
    setenv("VIGIE_NET_LIMIT_LOOPBACK", "1", 1); /* loopback is spared unless told */
    start();
    int fds[NET_PER_ADDRESS];
    for (int i = 0; i < NET_PER_ADDRESS; i++) {
        fds[i] = ws_open(net_port(server), NULL);
        cr_assert_geq(fds[i], 0, "connection %d refused", i);
    }
    cr_assert_eq(ws_open(net_port(server), NULL), -403, "the ninth");
    close(fds[0]);
    int again = -403;
    for (int i = 0; i < 200 && again < 0; i++) { /* the close reaches the server soon */
        nanosleep(&(struct timespec){.tv_nsec = 10000000}, NULL);
        again = ws_open(net_port(server), NULL);
    }
    cr_assert_geq(again, 0, "a place freed is taken again");
    close(again);
    for (int i = 1; i < NET_PER_ADDRESS; i++) close(fds[i]);
}

Test(net_socket, a_late_joiner_waits_for_the_next_question)
{
    start();
    int a = join("Ana", NULL);
    make(GAME_KIND_TRUEFALSE, 2);
    net_question_open(server, &nq);
    cr_assert(*ws_expect(a, "question"));
    int b = join("Bea", NULL);
    ws_send(b, "{\"t\":\"answer\",\"q\":1,\"a\":{\"pick\":[0]}}");
    cr_assert(strstr(ws_expect(b, "error"), "\"code\":\"no_question\""));
    ws_send(a, "{\"t\":\"answer\",\"q\":2,\"a\":{\"pick\":[0]}}");
    cr_assert(strstr(ws_expect(a, "error"), "\"code\":\"wrong_question\""));
    ws_send(a, "{\"t\":\"answer\",\"q\":1,\"a\":{\"pick\":[2]}}");
    cr_assert(strstr(ws_expect(a, "error"), "\"code\":\"bad_answer\""));
    ws_send(a, "{\"t\":\"answer\",\"q\":1,\"a\":{\"pick\":[1]}}");
    cr_assert(*ws_expect(a, "ack"), "a bad answer does not use up the player's one answer");
    net_question_close(server);
    nq.number = 2;
    net_question_open(server, &nq);
    cr_assert(strstr(ws_expect(a, "question"), "\"q\":2"));
    net_question_skipped(server, 2, "game");
    cr_assert(strstr(ws_expect(b, "skipped"), "\"why\":\"game\""));
    ws_send(a, "{\"t\":\"answer\",\"q\":2,\"a\":{\"pick\":[1]}}");
    cr_assert(strstr(ws_expect(a, "error"), "\"code\":\"late\""), "skipped while open: closed");
    nq.number = 3;
    net_question_open(server, &nq);
    cr_assert(strstr(ws_expect(b, "question"), "\"q\":3"), "the late joiner plays now");
    ws_send(b, "{\"t\":\"answer\",\"q\":3,\"a\":{\"pick\":[0]}}");
    cr_assert(*ws_expect(b, "ack"));
    close(a);
    close(b);
}

Test(net_socket, reveals_and_podiums_reach_each_player_and_come_back_on_resume)
{
    start();
    char token[NET_TOKEN_HEX + 1];
    int a = join("Ana", token);
    net_event ev;
    cr_assert(wait_event(NET_EV_JOIN, &ev));
    make(GAME_KIND_CHOICE, 3);
    net_question_open(server, &nq);
    cr_assert(*ws_expect(a, "question"));
    net_question_close(server);
    net_reveal r = {.player = ev.player,
                    .q = 1,
                    .answered = true,
                    .correct = true,
                    .credit = 1,
                    .points = 950,
                    .score = 950,
                    .streak = 1,
                    .rank = 1,
                    .players = 1,
                    .right = "B. <b>choice</b>",
                    .explain = "Because.",
                    .mine = "B"};
    net_reveal_send(server, &r, 1);
    const char *m = ws_expect(a, "reveal");
    cr_assert(strstr(m, "\"points\":950") && strstr(m, "\"right\":\"B. <b>choice</b>\""), "%s", m);
    close(a);
    cr_assert(wait_event(NET_EV_AWAY, &ev));
    a = ws_open(net_port(server), NULL);
    char msg[128];
    snprintf(msg, sizeof msg, "{\"t\":\"resume\",\"v\":1,\"token\":\"%s\"}", token);
    ws_send(a, msg);
    m = ws_expect(a, "welcome");
    cr_assert(strstr(m, "\"score\":950") && strstr(m, "\"phase\":\"reveal\""), "%s", m);
    cr_assert(strstr(ws_expect(a, "reveal"), "\"points\":950"), "the reveal again");
    net_podium_row top[] = {{"Ana", 950}};
    uint32_t who[] = {ev.player};
    unsigned ranks[] = {1};
    long scores[] = {950};
    net_podium_send(server, top, 1, who, ranks, scores, 1, true);
    m = ws_expect(a, "end");
    cr_assert(strstr(m, "\"top\":[{\"nick\":\"Ana\",\"score\":950}]") && strstr(m, "\"rank\":1"),
              "%s", m);
    close(a);
}

Test(net_socket, a_pause_is_not_counted_in_the_answers_time)
{
    start();
    int a = join("Ana", NULL);
    make(GAME_KIND_PASSWORD, 0);
    net_question_open(server, &nq);
    cr_assert(*ws_expect(a, "question"));
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    net_pause(server, true, 15000);
    cr_assert(strstr(ws_expect(a, "paused"), "\"left_ms\":15000"));
    nanosleep(&(struct timespec){.tv_sec = 2}, NULL); /* paused for 2 s at least */
    net_pause(server, false, 15000);
    cr_assert(*ws_expect(a, "resumed"));
    ws_send(a, "{\"t\":\"answer\",\"q\":1,\"a\":{\"strength\":4}}");
    cr_assert(*ws_expect(a, "ack"));
    clock_gettime(CLOCK_MONOTONIC, &t1);
    long wall = (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000;
    net_event ev;
    cr_assert(wait_event(NET_EV_ANSWER, &ev));
    cr_assert(ev.resp.pw_measured && ev.resp.pw_level == 4);
    /* 1 s of margin for the question's way to the client, before t0 */
    cr_assert_lt((long)ev.time_ms, wall - 1000, "took %u ms of %ld, 2000 paused", ev.time_ms, wall);
    close(a);
}

Test(net_socket, a_large_file_goes_out_whole_in_pieces_and_slash_is_the_index)
{
    start();
    size_t len = 300000;
    unsigned char *big = malloc(len);
    uint32_t x = 12345;
    for (size_t i = 0; i < len; i++) big[i] = (unsigned char)((x = x * 1103515245u + 12345u) >> 24);
    net_add_file(server, "/img/2.png", "image/png", big, len);
    static const char page[] = "<!doctype html><title>Vigie</title>";
    net_add_file(server, "/index.html", "text/html; charset=utf-8", page, sizeof page - 1);
    static char head[4096], body[400000];
    int status = 0;
    for (int i = 0; i < 100 && status != 200; i++)
        status = http_get("GET /img/2.png HTTP/1.1\r\nHost: x\r\n\r\n", head, sizeof head, body,
                          sizeof body);
    cr_assert_eq(status, 200);
    cr_assert_eq(memcmp(body, big, len), 0, "the bytes differ");
    free(big);
    cr_assert_eq(
        http_get("GET / HTTP/1.1\r\nHost: x\r\n\r\n", head, sizeof head, body, sizeof body), 200);
    cr_assert_str_eq(body, page);
    char urls[4][64];
    cr_assert_eq(net_addresses(server, urls, 4), 1u);
    char want[64];
    snprintf(want, sizeof want, "http://127.0.0.1:%u", net_port(server));
    cr_assert_str_eq(urls[0], want, "bound to one address: that one alone");
}
