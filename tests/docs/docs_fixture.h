/* docs_fixture.h — what the docs tests share (test_docs.c, test_docs_fr.c, test_cheatsheet.c,
 * test_classroom_docs.c): reading a file of the source tree, and a heading's anchor. */
#ifndef VIGIE_TESTS_DOCS_FIXTURE_H
#define VIGIE_TESTS_DOCS_FIXTURE_H

#include "../common.h"

#include <criterion/criterion.h>
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A file of the source tree, whole (up to 1 MiB), malloc'd; NULL when it cannot be read. */
static inline char *docs_read(const char *rel)
{
    char path[800];
    snprintf(path, sizeof path, "%s/%s", VIGIE_SOURCE_DIR, rel);
    FILE *f = fopen(path, "r");
    if (!f) return NULL;
    size_t cap = 1 << 20;
    char *buf = malloc(cap);
    cr_assert_not_null(buf);
    size_t n = fread(buf, 1, cap - 1, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

/* The same, which must exist, kept by the fixture: the eight last ones stay readable, so that a
 * test compares a page with its example file without freeing either. */
static inline char *docs_slurp(const char *rel)
{
    static char *bufs[8];
    static int k;
    k = (k + 1) % 8;
    free(bufs[k]);
    bufs[k] = docs_read(rel);
    cr_assert_not_null(bufs[k], "%s/%s is missing", VIGIE_SOURCE_DIR, rel);
    return bufs[k];
}

/* GitHub's anchor for a heading: lower case, spaces as '-', punctuation dropped (accented
 * letters are kept, capitals lowered). */
static inline void docs_slug(const char *h, size_t len, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < len && o + 4 < cap;) {
        unsigned char c = (unsigned char)h[i];
        if (c < 0x80) {
            if (isalnum(c) || c == '-' || c == '_')
                out[o++] = (char)tolower(c);
            else if (c == ' ')
                out[o++] = '-';
            i++;
            continue;
        }
        size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        unsigned cp = n == 2   ? (c & 0x1Fu) << 6 | (h[i + 1] & 0x3Fu)
                      : n == 3 ? (c & 0x0Fu) << 12 | (h[i + 1] & 0x3Fu) << 6 | (h[i + 2] & 0x3Fu)
                               : 0;
        bool punct = cp == 0xAB || cp == 0xBB || cp == 0xA0 || (cp >= 0x2010 && cp <= 0x206F);
        if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) { /* Latin-1 capitals */
            cp += 0x20;
            out[o++] = (char)(0xC0 | cp >> 6);
            out[o++] = (char)(0x80 | (cp & 0x3F));
        } else if (!punct) {
            memcpy(out + o, h + i, n);
            o += n;
        }
        i += n;
    }
    out[o] = '\0';
}

static inline bool docs_has_anchor(const char *md, const char *anchor)
{
    for (const char *p = md; p; p = strchr(p, '\n')) {
        if (*p == '\n') p++;
        if (*p != '#') continue;
        const char *h = p + strspn(p, "#");
        h += strspn(h, " ");
        char s[300];
        docs_slug(h, strcspn(h, "\n"), s, sizeof s);
        if (!strcmp(s, anchor)) return true;
    }
    return false;
}

#endif
