/* app_register.c — `vigie check` of a level in a "vous" pack: the interface says "vous" there,
 * so a prompt or an explanation that says "tu" to the player is warned of, at its line, naming
 * the word. What stands between quotation marks (« … », “ … ”: a message quoted, a scammer's
 * words) is not the level speaking and is left alone.
 */
#include "app.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const tu_words[] = {"tu", "ton", "ta", "tes", "toi", NULL};

/* The opening and closing quotation marks, as UTF-8. */
static int quote_at(const unsigned char *p)
{
    if (p[0] == 0xC2 && p[1] == 0xAB) return 1;                  /* « */
    if (p[0] == 0xC2 && p[1] == 0xBB) return -1;                 /* » */
    if (p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x9C) return 1;  /* “ */
    if (p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x9D) return -1; /* ” */
    return 0;
}

/* The first word of text that says "tu" outside quotation marks: its offset and length, and
 * the word lower-cased into word; false when there is none. Words are runs of letters, ASCII
 * or accented (UTF-8 lead bytes 0xC3, 0xC5). */
static bool first_tu(const char *text, size_t *off, size_t *len, char *word, size_t n)
{
    const unsigned char *s = (const unsigned char *)text, *p = s;
    int depth = 0;
    while (*p) {
        int q = quote_at(p);
        if (q) {
            depth += q;
            if (depth < 0) depth = 0;
            p += 2;
            continue;
        }
        const unsigned char *w = p;
        char lower[16];
        size_t k = 0;
        while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
               ((*p == 0xC3 || *p == 0xC5) && (p[1] & 0xC0) == 0x80)) {
            size_t step = *p >= 0x80 ? 2 : 1;
            for (size_t i = 0; i < step; i++, p++)
                if (k + 1 < sizeof lower)
                    lower[k++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
        }
        if (p == w) {
            p++;
            continue;
        }
        lower[k] = '\0';
        if (depth > 0) continue;
        for (const char *const *t = tu_words; *t; t++)
            if (!strcmp(lower, *t)) {
                *off = (size_t)(w - s);
                *len = (size_t)(p - w);
                snprintf(word, n, "%.*s", (int)*len, (const char *)w);
                return true;
            }
    }
    return false;
}

/* The line of the file where the text's word is: the text's first bytes found in the source,
 * then the word at its offset when the literal holds the text as it is (no escapes before
 * it); the literal's line else; 1 when it is not found. */
static int line_of(const char *src, const char *text, size_t off, size_t len)
{
    char head[40];
    size_t h = 0;
    while (text[h] && h < 32 && text[h] != '"' && text[h] != '\\' && text[h] != '\n') h++;
    while (h > 0 && ((unsigned char)text[h] & 0xC0) == 0x80) h--; /* a whole character */
    if (h < 6) return 1;
    memcpy(head, text, h);
    head[h] = '\0';
    const char *at = strstr(src, head);
    if (!at) return 1;
    const char *end = at;
    size_t avail = strlen(at);
    if (avail >= off + len && !memcmp(at, text, off + len)) end = at + off;
    int line = 1;
    for (const char *c = src; c < end; c++) line += *c == '\n';
    return line;
}

static char *read_all(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        if (n + 4097 > cap) {
            cap = cap ? cap * 2 : 65536;
            char *nb = realloc(buf, cap);
            if (!nb) break;
            buf = nb;
        }
        size_t k = fread(buf + n, 1, cap - n - 1, f);
        n += k;
        if (k == 0) break;
    }
    fclose(f);
    if (buf) buf[n] = '\0';
    return buf;
}

int app_register_check(const char *path, const game_level *lv, game_register reg,
                       void (*warn)(void *ud, const char *file, int line, const char *msg),
                       void *ud)
{
    if (reg != GAME_REGISTER_VOUS || !lv) return 0;
    char *src = read_all(path);
    int found = 0;
    for (size_t i = 0; i < lv->nquestions; i++) {
        const game_question *q = &lv->questions[i];
        const struct {
            const char *what, *text;
        } texts[] = {{"prompt", q->prompt.s[GAME_LANG_FR]},
                     {"explain", q->explain.s[GAME_LANG_FR]}};
        for (size_t t = 0; t < sizeof texts / sizeof *texts; t++) {
            size_t off, len;
            char word[16], msg[400];
            if (!texts[t].text || !first_tu(texts[t].text, &off, &len, word, sizeof word)) continue;
            snprintf(msg, sizeof msg,
                     "question \"%s\": its %s says \"%s\" to the player, in a pack whose pack.lua "
                     "says register = \"vous\": write it in \"vous\" (or quote it: « … »)",
                     q->id ? q->id : "", texts[t].what, word);
            warn(ud, path, src ? line_of(src, texts[t].text, off, len) : 1, msg);
            found++;
        }
    }
    free(src);
    return found;
}
