/* test_powerloss.c — a power cut, not just a killed process: a VFS shim over SQLite's own
 * records, for every file, the bytes each write replaces since that file's last sync. At a
 * random write the child "loses power": every unsynced write is undone (what a disk cache
 * that never reached the platters loses), the shared-memory index is dropped, and the process
 * ends on the spot. The database must then pass integrity_check and hold every answer whose
 * commit had returned — which is what synchronous=FULL in WAL mode promises. The cuts fall at
 * writes counted, not at moments, drawn from a seed (VIGIE_TEST_SEED replays a run; it is
 * printed): the same seed cuts at the same writes on any machine. */
#include "../common.h"
#include "db_check.h"

#include <criterion/criterion.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static char dir[] = "/tmp/vigie-power-XXXXXX";
static char db[600];

/* ---- the shim ---- */

typedef struct undo {
    struct undo *prev;
    char path[640];
    sqlite3_int64 offset;   /* where the bytes were written */
    int amt;                /* how many; 0 for a truncation */
    sqlite3_int64 old_size; /* the file's size before */
    unsigned char *old;     /* what they replaced (amt bytes), or the truncated tail */
    int old_len;
} undo;

typedef struct {
    sqlite3_file base;
    sqlite3_file *real;
    char path[640];
} pl_file;

static sqlite3_vfs *real_vfs;
static sqlite3_vfs pl_vfs;
static undo *undos;
static long writes_left; /* the power goes at this write */

static void power_loss(void)
{
    for (undo *u = undos; u; u = u->prev) {
        int fd = open(u->path, O_WRONLY);
        if (fd < 0) continue;
        if (u->amt) {
            if (u->old_len && pwrite(fd, u->old, (size_t)u->old_len, u->offset) < 0) _exit(9);
            if (ftruncate(fd, u->old_size) != 0) _exit(9); /* what the write added goes */
        } else if (u->old_len) { /* a truncation undone: the tail comes back */
            if (pwrite(fd, u->old, (size_t)u->old_len, u->old_size - u->old_len) < 0) _exit(9);
        }
        close(fd);
    }
    char shm[700];
    snprintf(shm, sizeof shm, "%s-shm", db);
    unlink(shm); /* shared memory does not survive a power cut */
    _exit(0);
}

static void forget(const char *path)
{
    for (undo **p = &undos; *p;) {
        if (strcmp((*p)->path, path) == 0) {
            undo *d = *p;
            *p = d->prev;
            free(d->old);
            free(d);
        } else {
            p = &(*p)->prev;
        }
    }
}

static int pl_close(sqlite3_file *f)
{
    pl_file *p = (pl_file *)f;
    int rc = p->real->pMethods ? p->real->pMethods->xClose(p->real) : SQLITE_OK;
    free(p->real);
    return rc;
}

static int pl_read(sqlite3_file *f, void *buf, int amt, sqlite3_int64 off)
{
    pl_file *p = (pl_file *)f;
    return p->real->pMethods->xRead(p->real, buf, amt, off);
}

static int pl_write(sqlite3_file *f, const void *buf, int amt, sqlite3_int64 off)
{
    pl_file *p = (pl_file *)f;
    if (--writes_left <= 0) power_loss();
    undo *u = calloc(1, sizeof *u);
    snprintf(u->path, sizeof u->path, "%s", p->path);
    u->offset = off;
    u->amt = amt;
    p->real->pMethods->xFileSize(p->real, &u->old_size);
    if (off < u->old_size) {
        u->old_len = (int)(u->old_size - off < amt ? u->old_size - off : amt);
        u->old = malloc((size_t)u->old_len);
        p->real->pMethods->xRead(p->real, u->old, u->old_len, off);
    }
    /* undoing restores the old bytes, then the old size (what the write added goes) */
    u->prev = undos;
    undos = u;
    return p->real->pMethods->xWrite(p->real, buf, amt, off);
}

static int pl_truncate(sqlite3_file *f, sqlite3_int64 size)
{
    pl_file *p = (pl_file *)f;
    if (--writes_left <= 0) power_loss();
    undo *u = calloc(1, sizeof *u);
    snprintf(u->path, sizeof u->path, "%s", p->path);
    p->real->pMethods->xFileSize(p->real, &u->old_size);
    if (u->old_size > size) {
        u->old_len = (int)(u->old_size - size);
        u->old = malloc((size_t)u->old_len);
        p->real->pMethods->xRead(p->real, u->old, u->old_len, size);
    }
    u->prev = undos;
    undos = u;
    return p->real->pMethods->xTruncate(p->real, size);
}

static int pl_sync(sqlite3_file *f, int flags)
{
    pl_file *p = (pl_file *)f;
    int rc = p->real->pMethods->xSync(p->real, flags);
    if (rc == SQLITE_OK) forget(p->path); /* on the platters now */
    return rc;
}

#define FWD(name, sig, args)                                                                       \
    static int pl_##name sig                                                                       \
    {                                                                                              \
        pl_file *p = (pl_file *)f;                                                                 \
        return p->real->pMethods->x##name args;                                                    \
    }
FWD(FileSize, (sqlite3_file * f, sqlite3_int64 *s), (p->real, s))
FWD(Lock, (sqlite3_file * f, int l), (p->real, l))
FWD(Unlock, (sqlite3_file * f, int l), (p->real, l))
FWD(CheckReservedLock, (sqlite3_file * f, int *r), (p->real, r))
FWD(FileControl, (sqlite3_file * f, int op, void *a), (p->real, op, a))
FWD(SectorSize, (sqlite3_file * f), (p->real))
FWD(DeviceCharacteristics, (sqlite3_file * f), (p->real))
FWD(ShmMap, (sqlite3_file * f, int i, int sz, int ext, void volatile **pp),
    (p->real, i, sz, ext, pp))
FWD(ShmLock, (sqlite3_file * f, int o, int n, int fl), (p->real, o, n, fl))
FWD(ShmUnmap, (sqlite3_file * f, int d), (p->real, d))

static void pl_ShmBarrier(sqlite3_file *f)
{
    pl_file *p = (pl_file *)f;
    p->real->pMethods->xShmBarrier(p->real);
}

static const sqlite3_io_methods pl_methods = {2,
                                              pl_close,
                                              pl_read,
                                              pl_write,
                                              pl_truncate,
                                              pl_sync,
                                              pl_FileSize,
                                              pl_Lock,
                                              pl_Unlock,
                                              pl_CheckReservedLock,
                                              pl_FileControl,
                                              pl_SectorSize,
                                              pl_DeviceCharacteristics,
                                              pl_ShmMap,
                                              pl_ShmLock,
                                              pl_ShmBarrier,
                                              pl_ShmUnmap,
                                              NULL,
                                              NULL};

static int pl_open(sqlite3_vfs *v, const char *name, sqlite3_file *f, int flags, int *out)
{
    (void)v;
    pl_file *p = (pl_file *)f;
    memset(p, 0, sizeof *p);
    p->real = calloc(1, (size_t)real_vfs->szOsFile);
    int rc = real_vfs->xOpen(real_vfs, name, p->real, flags, out);
    if (rc != SQLITE_OK) {
        free(p->real);
        p->real = NULL;
        return rc;
    }
    snprintf(p->path, sizeof p->path, "%s", name ? name : "");
    p->base.pMethods = &pl_methods;
    return SQLITE_OK;
}

static void register_shim(void)
{
    real_vfs = sqlite3_vfs_find(NULL);
    pl_vfs = *real_vfs;
    pl_vfs.zName = "powerloss";
    pl_vfs.szOsFile = (int)sizeof(pl_file);
    pl_vfs.xOpen = pl_open;
    sqlite3_vfs_register(&pl_vfs, 1);
}

/* ---- the child and the checks ---- */

static void child(int fd, long power_at)
{
    register_shim();
    writes_left = power_at;
    game_error err = {0};
    store *s = store_open(db, NULL, 0, &err);
    if (!s) _exit(3);
    store_run r = {"power", "Ana", "p", "l", "Level", "fr", 1000, 10000, GAME_PACE_NORMAL};
    int64_t run;
    if (!store_run_begin(s, &r, &run, &err)) _exit(4);
    char line[64];
    int n = snprintf(line, sizeof line, "R%lld\n", (long long)run);
    if (write(fd, line, (size_t)n) != n) _exit(5);
    for (int seq = 1; seq <= 100000; seq++) {
        char answer[40];
        snprintf(answer, sizeof answer, "answer %d", seq);
        store_answer a = {run, seq, "q1",       "choice", "Which one?",        answer, true, false,
                          1,   1,   1000 + seq, 1.0,      STORE_SURE_NOT_ASKED};
        if (!store_answer_add(s, &a, &err)) _exit(6);
        n = snprintf(line, sizeof line, "%d\n", seq);
        if (write(fd, line, (size_t)n) != n) _exit(7);
        if (seq % 10 == 0) store_checkpoint(s);
    }
    _exit(8);
}

Test(powerloss, a_power_cut_keeps_every_answer_whose_commit_returned, .timeout = 300)
{
    cr_assert_not_null(mkdtemp(dir));
    snprintf(db, sizeof db, "%s/vigie.db", dir);
    const char *env = getenv("VIGIE_POWERLOSS_RUNS");
    /* under the sanitizers, which look for memory errors in the same paths, fewer cuts */
    int runs = env && atoi(env) > 0 ? atoi(env) : TEST_SANITIZED ? 30 : 100;
    unsigned seed = test_seed("power-loss test", 1), draw = seed;
    char what[64];
    snprintf(what, sizeof what, "cut (seed %u)", seed);
    long kept = 0;
    for (int i = 0; i < runs; i++) {
        long power_at = 1 + (long)(rand_r(&draw) % 400); /* the n-th write of the run */
        int fds[2];
        cr_assert_eq(pipe(fds), 0);
        pid_t pid = fork();
        cr_assert_geq(pid, 0);
        if (pid == 0) {
            close(fds[0]);
            child(fds[1], power_at);
        }
        close(fds[1]);
        char buf[1 << 16];
        size_t have = 0;
        ssize_t r;
        while ((r = read(fds[0], buf + have, sizeof buf - have - 1)) > 0) have += (size_t)r;
        buf[have] = '\0';
        close(fds[0]);
        int st;
        waitpid(pid, &st, 0);
        cr_assert(WIFEXITED(st) && WEXITSTATUS(st) == 0, "%s %d (at write %ld): exit %d", what, i,
                  power_at, WEXITSTATUS(st));
        long run = 0, last = 0;
        db_take_lines(buf, &have, &run, &last);
        kept += db_check_after(db, run, last, what, i);
    }
    cr_assert_gt(kept, 0, "%s: no answer kept in %d cuts", what, runs);
    char cmd[700];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0) cr_log_warn("could not remove %s", dir);
}
