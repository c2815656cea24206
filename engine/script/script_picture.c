/* script_picture.c — a level's pictures, checked by their header while the level is read: the
 * file is opened without blocking and must be a regular file, and game_picture_parse reads its
 * size before any decoder would. POSIX for the file; no SDL.
 */
#include "script_picture.h"

#include "game/game_picture.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static size_t read_fd(void *ud, uint64_t offset, void *buf, size_t n)
{
    int fd = *(const int *)ud;
    size_t got = 0;
    while (got < n) {
        ssize_t r = pread(fd, (char *)buf + got, n - got, (off_t)(offset + got));
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) break;
        got += (size_t)r;
    }
    return got;
}

/* The header of the file at path. O_NONBLOCK: a FIFO named .png must not hang the loader. */
static game_picture_status probe(const char *path, game_picture_info *info)
{
    *info = (game_picture_info){0};
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) return errno == ENOENT ? GAME_PICTURE_MISSING : GAME_PICTURE_UNREADABLE;
    struct stat sb;
    game_picture_status st;
    if (fstat(fd, &sb) != 0)
        st = GAME_PICTURE_UNREADABLE;
    else if (!S_ISREG(sb.st_mode))
        st = GAME_PICTURE_NOT_FILE;
    else
        st = game_picture_parse(read_fd, &fd, (uint64_t)sb.st_size, info);
    close(fd);
    return st;
}

uint64_t script_picture_pixels(const char *path)
{
    game_picture_info info;
    return path && probe(path, &info) == GAME_PICTURE_OK ? (uint64_t)info.w * info.h : 0;
}

bool script_picture_read(script_reader *r, int line, const char *what, const char *field,
                         char **out, uint64_t *px)
{
    lua_State *L = r->L;
    *px = 0;
    /* Only a name script_reader_picture accepts is looked at (the same rule: in the level's
     * folder); it says what is wrong with any other. */
    size_t len = 0;
    const char *name = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &len) : NULL;
    if (name && *name && name[0] != '/' && !strstr(name, "..") && len <= 200 &&
        strlen(name) == len) {
        const char *slash = strrchr(r->path, '/');
        size_t dlen = slash ? (size_t)(slash - r->path) + 1 : 0;
        char *path = malloc(dlen + len + 1);
        if (!path) return script_reader_fail(r, line, "out of memory");
        memcpy(path, r->path, dlen);
        memcpy(path + dlen, name, len + 1);
        game_picture_info info;
        game_picture_status st = probe(path, &info);
        free(path);
        if (st == GAME_PICTURE_TOO_LARGE)
            return script_reader_fail(r, line,
                                      "%s: %s \"%s\" is %lu×%lu pixels, over %d on a side: make it "
                                      "smaller",
                                      what, field, name, (unsigned long)info.w,
                                      (unsigned long)info.h, GAME_PICTURE_SIDE_MAX);
        if (st != GAME_PICTURE_OK && st != GAME_PICTURE_MISSING)
            return script_reader_fail(r, line,
                                      "%s: %s \"%s\" %s: use a PNG or JPEG file of at most %d×%d "
                                      "pixels and 16 MiB",
                                      what, field, name, game_picture_why(st),
                                      GAME_PICTURE_SIDE_MAX, GAME_PICTURE_SIDE_MAX);
        if (st == GAME_PICTURE_OK) *px = (uint64_t)info.w * info.h;
    }
    return script_reader_picture(r, line, what, field, out);
}
