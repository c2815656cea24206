/* game_nick.c — a nickname as it is seen: Unicode NFKC, and nothing invisible in it, so that
 * two players who look the same are the same (docs/results.md, "Nicknames").
 * Pure C and utf8proc's Unicode tables: no SDL, no Lua, no clock, no state.
 */
#include "game_results.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h> /* NFKC and the Unicode categories */

/* A character that cannot be seen, or is not one, has no place in a nickname. */
static bool refused(utf8proc_int32_t cp)
{
    const utf8proc_property_t *p = utf8proc_get_property(cp);
    switch (p->category) {
    case UTF8PROC_CATEGORY_CN: /* unassigned */
    case UTF8PROC_CATEGORY_CC: /* controls */
    case UTF8PROC_CATEGORY_CF: /* format: ZWSP, ZWJ, RLO, BOM, soft hyphen */
    case UTF8PROC_CATEGORY_CS: /* surrogates */
    case UTF8PROC_CATEGORY_CO: /* private use */
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
        return true;
    case UTF8PROC_CATEGORY_ZS: /* no-break, ideographic, en…: a space that is not " " */
        return cp != ' ';
    default:
        return p->ignorable; /* variation selectors, Hangul fillers, the grapheme joiner */
    }
}

/* Whether the m bytes at s are UTF-8 with nothing refused in them. */
static bool all_seen(const utf8proc_uint8_t *s, utf8proc_ssize_t m)
{
    for (utf8proc_ssize_t i = 0; i < m;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(s + i, m - i, &cp);
        if (k <= 0 || refused(cp)) return false;
        i += k;
    }
    return true;
}

const char *game_nick_nfkc(const char *in, char *out, size_t n)
{
    size_t len = strnlen(in, GAME_NICK_BUF);
    if (len >= GAME_NICK_BUF || n == 0) return "";
    /* before NFKC too: it would make a no-break space a space, and the store refuses those */
    if (!all_seen((const utf8proc_uint8_t *)in, (utf8proc_ssize_t)len)) return "";
    utf8proc_uint8_t *norm = NULL;
    utf8proc_ssize_t m =
        utf8proc_map((const utf8proc_uint8_t *)in, (utf8proc_ssize_t)len, &norm,
                     UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_REJECTNA);
    bool ok = m >= 0 && (size_t)m < n && all_seen(norm, m);
    if (ok) memcpy(out, norm, (size_t)m + 1);
    free(norm);
    return ok ? out : "";
}

/* The store's rule (and the live classroom's): letters, digits, "-_." and single spaces. */
bool game_nick_valid(const char *in, char *out, size_t n)
{
    in = game_nick_nfkc(in, (char[GAME_NICK_BUF]){0}, GAME_NICK_BUF); /* "": refused */
    size_t o = 0, chars = 0;
    bool space = false;
    for (const unsigned char *p = (const unsigned char *)in; *p;) {
        unsigned char c = *p;
        size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (!len) return false;
        for (size_t k = 1; k < len; k++)
            if ((p[k] & 0xc0) != 0x80) return false;
        if (len == 1) {
            if (c == ' ') {
                space = o > 0;
                p++;
                continue;
            }
            if (!isalnum(c) && c != '-' && c != '_' && c != '.') return false;
        } else if (len == 2 && c == 0xc2) {
            return false; /* Latin-1 symbols and no-break spaces are no letters */
        }
        if (space) {
            if (o + 1 >= n) return false;
            out[o++] = ' ';
            chars++;
            space = false;
        }
        if (o + len >= n) return false;
        memcpy(out + o, p, len);
        o += len;
        p += len;
        chars++;
    }
    out[o] = '\0';
    /* 1 to 16 characters, and not an e-mail address or a phone number in disguise */
    if (chars == 0 || chars > GAME_NICK_MAX) return false;
    size_t digits = 0;
    for (size_t i = 0; i < o; i++) digits += isdigit((unsigned char)out[i]) != 0;
    return digits < 6;
}
