/* gfx_image.c — pictures from level packs (PNG, JPEG through SDL_image), decoded on first
 * use and kept; a file that cannot be read is remembered as such, not retried each frame. */
#include "gfx_internal.h"

#include <SDL_image.h>

#include <stdlib.h>
#include <string.h>

#define MAX_SIDE 4096 /* a larger picture is refused: a level cannot blow the memory up */

static int slot_for(gfx *g, const char *path)
{
    int victim = 0;
    for (int i = 0; i < GFX_IMAGES; i++) {
        if (g->images[i].path && strcmp(g->images[i].path, path) == 0) return i;
        if (!g->images[i].path || g->images[i].used < g->images[victim].used) victim = i;
    }
    if (g->images[victim].tex) SDL_DestroyTexture(g->images[victim].tex);
    free(g->images[victim].path);
    memset(&g->images[victim], 0, sizeof g->images[victim]);
    g->images[victim].path = strdup(path);
    SDL_Surface *s = IMG_Load(path);
    if (s && s->w > 0 && s->h > 0 && s->w <= MAX_SIDE && s->h <= MAX_SIDE) {
        g->images[victim].tex = SDL_CreateTextureFromSurface(g->renderer, s);
        g->images[victim].w = s->w;
        g->images[victim].h = s->h;
        if (g->images[victim].tex)
            SDL_SetTextureScaleMode(g->images[victim].tex, SDL_ScaleModeLinear);
    }
    if (s) SDL_FreeSurface(s);
    return victim;
}

bool gfx_image_place(gfx *g, const char *path, gfx_rect r, gfx_rect *out)
{
    int i = slot_for(g, path);
    g->images[i].used = g->frame + 1;
    if (!g->images[i].tex || r.w <= 0 || r.h <= 0) return false;
    int w = g->images[i].w, h = g->images[i].h;
    /* Fit inside r; never enlarge past twice the picture's size (it would blur). */
    double k = (double)r.w / w < (double)r.h / h ? (double)r.w / w : (double)r.h / h;
    if (k > 2) k = 2;
    *out = (gfx_rect){r.x + (r.w - (int)(w * k)) / 2, r.y + (r.h - (int)(h * k)) / 2, (int)(w * k),
                      (int)(h * k)};
    return true;
}

bool gfx_image_draw(gfx *g, const char *path, gfx_rect r, gfx_rect *drawn)
{
    gfx_rect d;
    if (!gfx_image_place(g, path, r, &d)) return false;
    if (drawn) *drawn = d;
    SDL_Rect dst = {d.x, d.y, d.w, d.h};
    SDL_RenderCopy(g->renderer, g->images[slot_for(g, path)].tex, NULL, &dst);
    return true;
}

void gfx_image_deinit(gfx *g)
{
    for (int i = 0; i < GFX_IMAGES; i++) {
        if (g->images[i].tex) SDL_DestroyTexture(g->images[i].tex);
        free(g->images[i].path);
    }
    memset(g->images, 0, sizeof g->images);
}
