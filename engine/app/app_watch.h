/* app_watch.h — file watching for hot reload (Linux inotify). */
#ifndef VIGIE_APP_WATCH_H
#define VIGIE_APP_WATCH_H

#include <stddef.h>
#include <stdint.h>

typedef struct app_watch app_watch;

/* Watches the folders; each saved or renamed-in .lua file posts an SDL event of
 * event_type whose user.data1 is the malloc'd path (the receiver frees it). NULL when
 * watching is not possible (the game then works without hot reload; F5 still does). */
app_watch *app_watch_start(const char *const *dirs, size_t n, uint32_t event_type);
void app_watch_stop(app_watch *w);

#endif
