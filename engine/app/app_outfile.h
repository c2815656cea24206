/* app_outfile.h — a file a command writes (`vigie shot --out`), whole or not at all: written
 * under a temporary name beside it, read back and synced, then renamed over it. A full disk or
 * a failed write leaves no partial file, and an earlier file of that name as it was.
 */
#ifndef VIGIE_APP_OUTFILE_H
#define VIGIE_APP_OUTFILE_H

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct {
    char path[PATH_MAX];     /* where it goes (a symbolic link's target) */
    char tmp[PATH_MAX + 16]; /* where it is written first */
} app_outfile;

/* false, with err (n bytes) saying why, when path exists and is not a regular file: a FIFO would
 * block the writer, a device would swallow the file. For a command to refuse at once. */
bool app_outfile_check(const char *path, char *err, size_t n);

/* Prepares writing path: refuses one that exists and is not a regular file (a FIFO would block
 * the writer, a device would swallow the picture), then creates o->tmp, empty, beside it. The
 * caller writes o->tmp, then calls app_outfile_end. false, with err (n bytes) saying why. */
bool app_outfile_begin(app_outfile *o, const char *path, char *err, size_t n);

/* Ends writing: when written, and o->tmp holds more than its last ntail bytes and they are tail
 * (a format's end mark: a cut file lacks it), and it reaches the disk, it is renamed to
 * o->path. Otherwise o->tmp is removed and err says why. Returns whether path was written. */
bool app_outfile_end(app_outfile *o, bool written, const unsigned char *tail, size_t ntail,
                     char *err, size_t n);

#endif
