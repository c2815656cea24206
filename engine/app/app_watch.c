/* app_watch.c — watches level folders for saved files (inotify) and wakes the event loop
 * with an SDL event naming the file, so that a trainer's save reloads the level. A thread
 * blocks in poll(); nothing wakes while nothing is saved.
 */
#include "app_watch.h"

#include <SDL.h>

#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>

#define MAX_DIRS 64

struct app_watch {
    int fd;
    int quit_fd;
    Uint32 event_type;
    SDL_Thread *thread;
    int wd[MAX_DIRS];
    char *dir[MAX_DIRS];
    int n;
};

static int watch_thread(void *ud)
{
    app_watch *w = ud;
    char buf[4096] __attribute__((aligned(__alignof__(struct inotify_event))));
    struct pollfd fds[2] = {{w->fd, POLLIN, 0}, {w->quit_fd, POLLIN, 0}};
    for (;;) {
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR) continue;
            return 0;
        }
        if (fds[1].revents) return 0;
        ssize_t len = read(w->fd, buf, sizeof buf);
        if (len <= 0) continue;
        for (char *p = buf; p < buf + len;) {
            struct inotify_event *ev = (struct inotify_event *)p;
            size_t nl = ev->len ? strlen(ev->name) : 0;
            if (nl > 4 && strcmp(ev->name + nl - 4, ".lua") == 0) {
                for (int i = 0; i < w->n; i++) {
                    if (w->wd[i] != ev->wd) continue;
                    size_t size = strlen(w->dir[i]) + nl + 2;
                    char *path = malloc(size);
                    if (!path) break;
                    snprintf(path, size, "%s/%s", w->dir[i], ev->name);
                    SDL_Event e;
                    SDL_zero(e);
                    e.type = w->event_type;
                    e.user.data1 = path; /* freed by the receiver */
                    if (SDL_PushEvent(&e) != 1) free(path);
                    break;
                }
            }
            p += sizeof *ev + ev->len;
        }
    }
}

app_watch *app_watch_start(const char *const *dirs, size_t n, Uint32 event_type)
{
    app_watch *w = calloc(1, sizeof *w);
    if (!w) return NULL;
    w->event_type = event_type;
    w->fd = inotify_init1(IN_CLOEXEC);
    w->quit_fd = eventfd(0, EFD_CLOEXEC);
    if (w->fd < 0 || w->quit_fd < 0) {
        app_watch_stop(w);
        return NULL;
    }
    for (size_t i = 0; i < n && w->n < MAX_DIRS; i++) {
        int wd = inotify_add_watch(w->fd, dirs[i], IN_CLOSE_WRITE | IN_MOVED_TO);
        if (wd < 0) continue;
        w->wd[w->n] = wd;
        w->dir[w->n++] = strdup(dirs[i]);
    }
    w->thread = SDL_CreateThread(watch_thread, "vigie-watch", w);
    if (!w->thread) {
        app_watch_stop(w);
        return NULL;
    }
    return w;
}

void app_watch_stop(app_watch *w)
{
    if (!w) return;
    if (w->thread) {
        uint64_t one = 1;
        if (write(w->quit_fd, &one, sizeof one) < 0) { /* the thread then never ends: detach */
            SDL_DetachThread(w->thread);
            w->thread = NULL;
        }
        if (w->thread) SDL_WaitThread(w->thread, NULL);
    }
    if (w->fd >= 0) close(w->fd);
    if (w->quit_fd >= 0) close(w->quit_fd);
    for (int i = 0; i < w->n; i++) free(w->dir[i]);
    free(w);
}
