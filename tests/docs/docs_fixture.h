/* docs_fixture.h — what the docs tests share (test_docs.c, test_docs_fr.c, test_cheatsheet.c):
 * reading a file of the source tree. */
#ifndef VIGIE_TESTS_DOCS_FIXTURE_H
#define VIGIE_TESTS_DOCS_FIXTURE_H

#include "../common.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>

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

#endif
