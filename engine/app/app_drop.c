/* app_drop.c — a file dropped on the window: handed to the ui, which asks the player; the
 * install it asks for (app_pack_install_file, every check first), and the menu's packs loaded
 * again with the new one, without a restart.
 */
#include "app_drop.h"
#include "app_term.h"

#include <stdio.h>
#include <string.h>

bool app_drop_event(app_drop *d, ui *u, SDL_Event *ev, uint64_t now_ms)
{
    switch (ev->type) {
    case SDL_DROPBEGIN:
        d->in_drop = true;
        d->taken = false;
        return true;
    case SDL_DROPCOMPLETE:
        d->in_drop = false;
        d->taken = false;
        return true;
    case SDL_DROPFILE:
        /* outside a BEGIN … COMPLETE (an older SDL), each file is a drop of its own */
        if (ev->drop.file && !(d->in_drop && d->taken) && ui_drop_file(u, ev->drop.file, now_ms))
            d->taken = true;
        SDL_free(ev->drop.file);
        ev->drop.file = NULL;
        return true;
    case SDL_DROPTEXT: /* a text dragged from another program: nothing to do with it */
        SDL_free(ev->drop.file);
        ev->drop.file = NULL;
        return true;
    default:
        return false;
    }
}

bool app_drop_poll(app_drop *d, ui *u, uint64_t now_ms)
{
    char path[4096];
    if (!ui_take_install_request(u, path, sizeof path)) return false;
    /* "Vérification…" shows while it installs: the checks may take a moment */
    ui_draw(u, now_ms);
    if (d->g) gfx_present(d->g);
    char id[128] = "", title[256] = "", err[1024] = "";
    app_install_fn install = d->install ? d->install : app_pack_install_file;
    bool ok = install(path, ui_lang(u), id, sizeof id, title, sizeof title, err, sizeof err);
    if (!ok && !err[0]) snprintf(err, sizeof err, "%s", "?");
    bool reloaded = false;
    if (ok && d->dir) {
        /* the packs again, the new one among them; the ui lets go of the old before they go */
        app_levels fresh;
        app_levels_load_with(&fresh, d->dir, app_installed_levels_dir(), d->seed);
        ui_set_packs(u, fresh.packs, fresh.npacks);
        app_levels_unload(d->levels);
        *d->levels = fresh;
        reloaded = true;
    }
    if (ok)
        app_term_line(stderr, "vigie: %s: installed as %s", path, id);
    else
        app_term_line(stderr, "vigie: %s: %s", path, err);
    ui_install_done(u, ok, id, title, err, now_ms);
    return reloaded;
}
