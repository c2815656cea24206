/* fuzz_db.c — the results database under attack by a fuzzer (`make fuzz`, libFuzzer with ASan
 * and UBSan): the input is written as a database file — and, after the bytes "VIGIEWAL", as the
 * write-ahead log beside it — then opened read-only and read as report and export do, then (when
 * it could be read, or came with a log) opened as the game does (which may set it aside), read
 * and purged. Nothing may crash, leak or hang; what the store refuses is fine. Files go to a
 * folder of the process's own, emptied at each input (in /dev/shm when there is one: the store
 * syncs often). */
#include "store/store.h"

#include <dirent.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char dir[64];

static void empty_dir(void)
{
    DIR *d = opendir(dir);
    if (!d) return;
    struct dirent *e;
    char path[400];
    while ((e = readdir(d)))
        if (e->d_name[0] != '.') {
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
            unlink(path);
        }
    closedir(d);
}

static void remove_dir(void)
{
    empty_dir();
    rmdir(dir);
}

static void write_file(const char *path, const uint8_t *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f) abort();
    if (n && fwrite(p, 1, n, f) != n) abort();
    fclose(f);
}

/* Everything a command or a board reads. */
static void read_all(store *s)
{
    store_score best[8];
    for (int p = 0; p < 3; p++) {
        store_best(s, "p", "l1", (store_period)p, 1700000000000, best, 8);
        store_best(s, "p", NULL, (store_period)p, 1700000000000, best, 8);
    }
    FILE *null = fopen("/dev/null", "w");
    if (!null) abort();
    game_error err = {0};
    store_sessions_print(s, null, &err);
    store_report r;
    if (store_report_build(s, "1", &r, &err)) {
        store_report_print(&r, null);
        store_report_free(&r);
    }
    store_export(s, null, STORE_CSV, NULL, 0, &err);
    store_export(s, null, STORE_JSON, "1", 0, &err);
    fclose(null);
    store_retention(s);
    store_damaged_rows(s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!dir[0]) {
        snprintf(dir, sizeof dir, "%s/vigie-fuzz-db-XXXXXX",
                 access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp");
        if (!mkdtemp(dir)) abort();
        atexit(remove_dir);
    }
    empty_dir();
    char db[128], wal[140];
    snprintf(db, sizeof db, "%s/v.db", dir);
    snprintf(wal, sizeof wal, "%s/v.db-wal", dir);
    const uint8_t *cut = NULL;
    for (size_t i = 0; i + 8 <= size && !cut; i++)
        if (memcmp(data + i, "VIGIEWAL", 8) == 0) cut = data + i;
    write_file(db, data, cut ? (size_t)(cut - data) : size);
    if (cut) write_file(wal, cut + 8, size - (size_t)(cut - data) - 8);
    game_error err = {0};
    char moved[300];
    store *s = store_open_mode(db, STORE_READ, moved, sizeof moved, &err);
    bool opened = s != NULL;
    if (s) {
        read_all(s);
        store_close(s);
    }
    /* As the game opens it: only what could be read, or came with a log (which may be set
     * aside). A file refused as damaged would only be moved aside for a new one, each time. */
    s = opened || cut ? store_open_mode(db, STORE_CREATE, moved, sizeof moved, &err) : NULL;
    if (s) {
        read_all(s);
        long removed;
        store_purge(s, 1600000000000, &removed, &err);
        store_close(s);
    }
    empty_dir();
    return 0;
}
