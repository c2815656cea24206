/* store_wal.c — does the write-ahead log beside a database belong to it? SQLite checks a log
 * only against itself (its magic, page size, salts and running checksums), never against the
 * database: another database's log put beside ours would be applied, and our results lost.
 * Reads the files with stdio before SQLite opens them; calls no other store/ file.
 *
 * The tie: each database gets a random number in its header (application_id, page 1), and
 * every write transaction of ours rewrites page 1 (store_begin), so that every log we write
 * carries page 1. A log whose committed frames hold no page 1, or a page 1 with another
 * number, or pages of another size, is another database's. */
#include "store_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint32_t be32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static uint32_t le32(const unsigned char *p)
{
    return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

/* SQLite's running checksum of a log: pairs of 32-bit words, read big-endian when the
 * magic's last bit is set. */
static void wal_sum(const unsigned char *p, size_t n, bool big, uint32_t s[2])
{
    for (size_t i = 0; i + 8 <= n; i += 8) {
        uint32_t x0 = big ? be32(p + i) : le32(p + i);
        uint32_t x1 = big ? be32(p + i + 4) : le32(p + i + 4);
        s[0] += x0 + s[1];
        s[1] += x1 + s[0];
    }
}

/* The database's page size and number from its header; false when it is not (yet) one. */
static bool db_header(const char *path, uint32_t *page, uint32_t *id)
{
    unsigned char h[100];
    FILE *f = fopen(path, "rb");
    if (!f) return false;
    bool ok = fread(h, 1, sizeof h, f) == sizeof h && memcmp(h, "SQLite format 3", 16) == 0;
    fclose(f);
    if (!ok) return false;
    *page = (uint32_t)h[16] << 8 | h[17];
    if (*page == 1) *page = 65536;
    *id = be32(h + 68);
    return true;
}

store_wal_verdict store_wal_check(const char *path)
{
    uint32_t page = 0, id = 0;
    if (!db_header(path, &page, &id)) return STORE_WAL_NONE; /* the quick_check's to judge */
    size_t n = strlen(path) + 5;
    char *wal = malloc(n);
    if (!wal) return STORE_WAL_NONE;
    snprintf(wal, n, "%s-wal", path);
    FILE *f = fopen(wal, "rb");
    free(wal);
    if (!f) return STORE_WAL_NONE;
    store_wal_verdict v = STORE_WAL_NONE;
    unsigned char h[32], *frame = NULL;
    if (fread(h, 1, sizeof h, f) != sizeof h) goto cleanup;
    uint32_t magic = be32(h), size = be32(h + 8);
    bool big = magic & 1;
    if ((magic & ~1u) != 0x377f0682u || be32(h + 4) != 3007000u || size < 512 || size > 65536 ||
        (size & (size - 1)))
        goto cleanup; /* SQLite ignores it too */
    uint32_t sum[2] = {0, 0};
    wal_sum(h, 24, big, sum);
    if (sum[0] != be32(h + 24) || sum[1] != be32(h + 28)) goto cleanup;
    if (!(frame = malloc(24 + (size_t)size))) goto cleanup;
    /* The frames SQLite applies: those up to the last commit before the first bad one. */
    bool committed = false, page1 = false, page1_pending = false;
    uint32_t page1_id = 0, page1_id_pending = 0;
    while (fread(frame, 1, 24 + (size_t)size, f) == 24 + (size_t)size) {
        uint32_t pgno = be32(frame);
        if (pgno == 0 || memcmp(frame + 8, h + 16, 8) != 0) break;
        wal_sum(frame, 8, big, sum);
        wal_sum(frame + 24, size, big, sum);
        if (sum[0] != be32(frame + 16) || sum[1] != be32(frame + 20)) break;
        if (pgno == 1) {
            page1_pending = true;
            page1_id_pending = be32(frame + 24 + 68);
        }
        if (be32(frame + 4) != 0) { /* a commit */
            committed = true;
            page1 = page1_pending;
            page1_id = page1_id_pending;
        }
    }
    if (!committed) goto cleanup;
    if (size != page)
        v = STORE_WAL_FOREIGN;
    else if (id == 0)
        v = STORE_WAL_OURS; /* made before databases had a number: cannot tell */
    else
        v = page1 && page1_id == id ? STORE_WAL_OURS : STORE_WAL_FOREIGN;
cleanup:
    free(frame);
    fclose(f);
    return v;
}
