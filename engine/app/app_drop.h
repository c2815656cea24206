/* app_drop.h — files dropped on the window (SDL_DROPBEGIN, SDL_DROPFILE, SDL_DROPCOMPLETE): the
 * ui asks what to do with them; a .vigie pack it is told to install is installed here, and the
 * menu's packs are loaded again so that it shows at once. The window's loop (app_play.c) and
 * the tests call the same two functions.
 */
#ifndef VIGIE_APP_DROP_H
#define VIGIE_APP_DROP_H

#include "app.h"

#include <SDL.h>

/* app_pack_install_file's shape: what installs a .vigie file. */
typedef bool (*app_install_fn)(const char *path, game_lang lang, char *id, size_t nid, char *title,
                               size_t ntitle, char *err, size_t nerr);

typedef struct {
    app_levels *levels; /* the game's packs: loaded again after an install */
    const char *dir;    /* the levels folder they came from; NULL: not loaded again (a
                           level opened alone, --open) */
    uint64_t seed;
    app_install_fn install; /* NULL: app_pack_install_file (the tests give their own) */
    gfx *g;                 /* the window: "Vérification…" is shown on it before installing;
                               NULL: not presented (the tests draw offscreen) */
    bool in_drop;           /* between SDL_DROPBEGIN and SDL_DROPCOMPLETE */
    bool taken;             /* a file of this drop went to the ui: the others are ignored */
} app_drop;

/* One SDL event: true when it was a drop's (taken, whatever came of it). A dropped file's or
 * text's string is SDL_free'd here. Several files in one drop: the first the ui takes counts. */
bool app_drop_event(app_drop *d, ui *u, SDL_Event *ev, uint64_t now_ms);
/* After each input the ui had: the install it asked for, if any (its dialog drawn and
 * presented first), then the packs loaded again and the outcome handed to the ui. True when
 * the packs were loaded again (the caller watches the new folders). */
bool app_drop_poll(app_drop *d, ui *u, uint64_t now_ms);

#endif
