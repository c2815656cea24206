/* app_outfile.c — a file written whole or not at all (app_outfile.h): a temporary file beside
 * it, read back and synced, then renamed. POSIX file calls only.
 */
#define _XOPEN_SOURCE 700 /* realpath */
#include "app_outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

bool app_outfile_check(const char *path, char *err, size_t n)
{
    struct stat st;
    if (stat(path, &st) != 0 || S_ISREG(st.st_mode)) return true;
    snprintf(err, n, "%s exists and is not a file (a pipe, a device, a folder): give another name",
             path);
    return false;
}

bool app_outfile_begin(app_outfile *o, const char *path, char *err, size_t n)
{
    struct stat st;
    o->tmp[0] = '\0';
    if (!app_outfile_check(path, err, n)) return false;
    if (stat(path, &st) == 0) {
        if (!realpath(path, o->path)) { /* a link: what it points to is replaced */
            snprintf(err, n, "cannot write %s: %s", path, strerror(errno));
            return false;
        }
    } else if ((size_t)snprintf(o->path, sizeof o->path, "%s", path) >= sizeof o->path) {
        snprintf(err, n, "cannot write %s: the name is too long", path);
        return false;
    }
    const char *slash = strrchr(o->path, '/');
    int dir = slash ? (int)(slash - o->path + 1) : 0;
    snprintf(o->tmp, sizeof o->tmp, "%.*s.%s.XXXXXX", dir, o->path, o->path + dir);
    int fd = mkstemp(o->tmp);
    if (fd < 0) {
        snprintf(err, n, "cannot write %s: %s", path, strerror(errno));
        o->tmp[0] = '\0';
        return false;
    }
    mode_t mask = umask(0); /* mkstemp makes it 0600: the mode a new file would have */
    umask(mask);
    fchmod(fd, 0666 & ~mask);
    close(fd);
    return true;
}

/* Whether the file at fd ends with tail after more than it, and is on the disk. */
static bool complete(int fd, const unsigned char *tail, size_t ntail, const char **why)
{
    struct stat st;
    unsigned char end[64];
    if (fstat(fd, &st) != 0 || st.st_size <= (off_t)ntail || ntail > sizeof end ||
        pread(fd, end, ntail, st.st_size - (off_t)ntail) != (ssize_t)ntail ||
        memcmp(end, tail, ntail) != 0) {
        *why = "the file came out cut short (is the disk full?)";
        return false;
    }
    if (fsync(fd) != 0) {
        *why = strerror(errno);
        return false;
    }
    return true;
}

bool app_outfile_end(app_outfile *o, bool written, const unsigned char *tail, size_t ntail,
                     char *err, size_t n)
{
    if (!o->tmp[0]) return false;
    const char *why = NULL;
    bool ok = written;
    if (ok) {
        int fd = open(o->tmp, O_RDONLY | O_NOFOLLOW);
        ok = fd >= 0 && complete(fd, tail, ntail, &why);
        if (fd < 0) why = strerror(errno);
        if (fd >= 0) close(fd);
    }
    if (ok && rename(o->tmp, o->path) != 0) {
        why = strerror(errno);
        ok = false;
    }
    if (!ok) {
        unlink(o->tmp);
        if (why) snprintf(err, n, "cannot write %s: %s", o->path, why);
    }
    o->tmp[0] = '\0';
    return ok;
}
