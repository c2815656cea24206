/* gfx_render.c — renderer setup (window or offscreen surface), frames, PNG output.
 * Without a GPU the software renderer is far cheaper than OpenGL on llvmpipe, so that
 * is the default unless the machine has a DRM render node or a setting says otherwise.
 */
#include "gfx_internal.h"

#include <SDL_image.h>

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static bool has_gpu(void)
{
    return access("/dev/dri/renderD128", R_OK | W_OK) == 0;
}

static bool gfx_finish_init(gfx *g, char *err, size_t errlen)
{
    if (!TTF_WasInit() && TTF_Init() != 0) {
        snprintf(err, errlen, "cannot start SDL_ttf: %s", TTF_GetError());
        return false;
    }
    g->ttf_inited = true;
    SDL_SetRenderDrawBlendMode(g->renderer, SDL_BLENDMODE_BLEND);
    if (!gfx_text_init(g)) {
        snprintf(err, errlen,
                 "no font found: install fonts-dejavu-core or set VIGIE_FONT_DIR to a folder "
                 "holding DejaVuSans.ttf and DejaVuSans-Bold.ttf");
        return false;
    }
    if (!gfx_shape_init(g)) {
        snprintf(err, errlen, "cannot create textures: %s", SDL_GetError());
        return false;
    }
    return true;
}

gfx *gfx_create_window(const char *title, int w, int h, bool fullscreen, gfx_renderer_kind kind,
                       char *err, size_t errlen)
{
    gfx *g = calloc(1, sizeof *g);
    if (!g) return NULL;
    if (kind == GFX_RENDERER_AUTO)
        kind = has_gpu() ? GFX_RENDERER_ACCELERATED : GFX_RENDERER_SOFTWARE;
    if (kind == GFX_RENDERER_SOFTWARE) {
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
        SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
    }
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    if (fullscreen) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    g->window =
        SDL_CreateWindow(title, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w, h, flags);
    if (!g->window) {
        snprintf(err, errlen, "cannot open a window: %s", SDL_GetError());
        gfx_destroy(g);
        return NULL;
    }
    SDL_SetWindowMinimumSize(g->window, 640, 480);
    Uint32 rflags =
        kind == GFX_RENDERER_SOFTWARE ? SDL_RENDERER_SOFTWARE : SDL_RENDERER_ACCELERATED;
    g->renderer = SDL_CreateRenderer(g->window, -1, rflags);
    if (!g->renderer && kind != GFX_RENDERER_SOFTWARE)
        g->renderer = SDL_CreateRenderer(g->window, -1, SDL_RENDERER_SOFTWARE);
    if (!g->renderer) {
        snprintf(err, errlen, "cannot create a renderer: %s", SDL_GetError());
        gfx_destroy(g);
        return NULL;
    }
    gfx_resized(g);
    if (!gfx_finish_init(g, err, errlen)) {
        gfx_destroy(g);
        return NULL;
    }
    return g;
}

gfx *gfx_create_offscreen(int w, int h, char *err, size_t errlen)
{
    gfx *g = calloc(1, sizeof *g);
    if (!g) return NULL;
    g->surface = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!g->surface) {
        snprintf(err, errlen, "cannot create a %dx%d surface: %s", w, h, SDL_GetError());
        gfx_destroy(g);
        return NULL;
    }
    g->renderer = SDL_CreateSoftwareRenderer(g->surface);
    if (!g->renderer) {
        snprintf(err, errlen, "cannot create a software renderer: %s", SDL_GetError());
        gfx_destroy(g);
        return NULL;
    }
    g->w = w;
    g->h = h;
    if (!gfx_finish_init(g, err, errlen)) {
        gfx_destroy(g);
        return NULL;
    }
    return g;
}

void gfx_destroy(gfx *g)
{
    if (!g) return;
    gfx_image_deinit(g);
    gfx_shape_deinit(g);
    gfx_text_deinit(g);
    if (g->renderer) SDL_DestroyRenderer(g->renderer);
    if (g->surface) SDL_FreeSurface(g->surface);
    if (g->window) SDL_DestroyWindow(g->window);
    if (g->ttf_inited) TTF_Quit();
    free(g);
}

SDL_Window *gfx_window(gfx *g)
{
    return g->window;
}

void gfx_size(const gfx *g, int *w, int *h)
{
    *w = g->w;
    *h = g->h;
}

void gfx_resized(gfx *g)
{
    if (g->window && SDL_GetRendererOutputSize(g->renderer, &g->w, &g->h) != 0)
        SDL_GetWindowSize(g->window, &g->w, &g->h);
}

bool gfx_toggle_fullscreen(gfx *g)
{
    if (!g->window) return false;
    Uint32 fs = SDL_GetWindowFlags(g->window) & SDL_WINDOW_FULLSCREEN_DESKTOP;
    SDL_SetWindowFullscreen(g->window, fs ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP);
    gfx_resized(g);
    return !fs;
}

void gfx_clear(gfx *g, gfx_color c)
{
    SDL_SetRenderDrawColor(g->renderer, c.r, c.g, c.b, c.a);
    SDL_RenderClear(g->renderer);
}

void gfx_present(gfx *g)
{
    SDL_RenderPresent(g->renderer);
    gfx_text_cache_trim(g);
}

bool gfx_save_png(gfx *g, const char *path, char *err, size_t errlen)
{
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, g->w, g->h, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!s) {
        snprintf(err, errlen, "out of memory");
        return false;
    }
    bool ok =
        SDL_RenderReadPixels(g->renderer, NULL, SDL_PIXELFORMAT_ARGB8888, s->pixels, s->pitch) == 0;
    if (ok) {
        /* A screenshot is opaque whatever the blending left in the alpha channel. */
        SDL_SetSurfaceBlendMode(s, SDL_BLENDMODE_NONE);
        for (int y = 0; y < s->h; y++) {
            Uint32 *row = (Uint32 *)((Uint8 *)s->pixels + y * s->pitch);
            for (int x = 0; x < s->w; x++) row[x] |= 0xff000000u;
        }
        ok = IMG_SavePNG(s, path) == 0;
    }
    if (!ok) snprintf(err, errlen, "cannot write %s: %s", path, SDL_GetError());
    SDL_FreeSurface(s);
    return ok;
}

void gfx_clip(gfx *g, const gfx_rect *r)
{
    if (!r) {
        SDL_RenderSetClipRect(g->renderer, NULL);
        return;
    }
    SDL_Rect sr = {r->x, r->y, r->w, r->h};
    SDL_RenderSetClipRect(g->renderer, &sr);
}
