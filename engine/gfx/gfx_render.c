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
    /* SDL_ttf counts its users (since 2.0.18): each gfx starts it and stops it, and a second
     * offscreen gfx (vigie check lays out at two sizes) keeps its fonts while the first goes */
    if (TTF_Init() != 0) {
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

void gfx_fit_size(int *w, int *h, int usable_w, int usable_h)
{
    if (usable_w <= 0 || usable_h <= 0) return; /* unknown: as asked */
    if (*w > usable_w) *w = usable_w;
    if (*h > usable_h) *h = usable_h;
}

/* The display the window is on (or the first), its whole area and the part not taken by
 * panels and docks. */
static void display_bounds(SDL_Window *w, SDL_Rect *all, SDL_Rect *usable)
{
    int d = w ? SDL_GetWindowDisplayIndex(w) : 0;
    if (d < 0) d = 0;
    if (SDL_GetDisplayBounds(d, all) != 0) *all = (SDL_Rect){0, 0, 0, 0};
    if (SDL_GetDisplayUsableBounds(d, usable) != 0) *usable = *all;
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
    /* Never bigger than the screen: a 1280×720 window on a 1024×768 projector would be cut. */
    SDL_Rect all, usable;
    display_bounds(NULL, &all, &usable);
    gfx_fit_size(&w, &h, usable.w, usable.h);
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    g->window =
        SDL_CreateWindow(title, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w, h, flags);
    if (!g->window) {
        snprintf(err, errlen, "cannot open a window: %s", SDL_GetError());
        gfx_destroy(g);
        return NULL;
    }
    SDL_SetWindowMinimumSize(g->window, w < 640 ? w : 640, h < 480 ? h : 480);
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
    if (fullscreen) gfx_toggle_fullscreen(g);
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

bool gfx_fullscreen(const gfx *g)
{
    return g->window && (g->manual_fullscreen ||
                         (SDL_GetWindowFlags(g->window) & SDL_WINDOW_FULLSCREEN_DESKTOP));
}

bool gfx_toggle_fullscreen(gfx *g)
{
    if (!g->window) return false;
    if (g->manual_fullscreen) { /* back to the window it was */
        g->manual_fullscreen = false;
        SDL_SetWindowBordered(g->window, SDL_TRUE);
        SDL_SetWindowSize(g->window, g->windowed.w, g->windowed.h);
        SDL_SetWindowPosition(g->window, g->windowed.x, g->windowed.y);
        gfx_resized(g);
        return false;
    }
    bool fs = SDL_GetWindowFlags(g->window) & SDL_WINDOW_FULLSCREEN_DESKTOP;
    if (fs) {
        SDL_SetWindowFullscreen(g->window, 0);
        gfx_resized(g);
        return false;
    }
    SDL_GetWindowPosition(g->window, &g->windowed.x, &g->windowed.y);
    SDL_GetWindowSize(g->window, &g->windowed.w, &g->windowed.h);
    SDL_Rect all, usable;
    display_bounds(g->window, &all, &usable);
    /* A window manager frames the window and honours a fullscreen request; with none (a bare X
     * server at a stand, a kiosk session) the request changes nothing on screen though SDL
     * believes it, so the window is made borderless and display-sized by hand. No frame is
     * how one tells. */
    int top = 0, left = 0, bottom = 0, right = 0;
    bool framed = SDL_GetWindowBordersSize(g->window, &top, &left, &bottom, &right) == 0 &&
                  (top | left | bottom | right) != 0;
    if (framed || all.w <= 0 || SDL_GetWindowFlags(g->window) & SDL_WINDOW_BORDERLESS) {
        SDL_SetWindowFullscreen(g->window, SDL_WINDOW_FULLSCREEN_DESKTOP);
    } else {
        SDL_SetWindowBordered(g->window, SDL_FALSE);
        SDL_SetWindowPosition(g->window, all.x, all.y);
        SDL_SetWindowSize(g->window, all.w, all.h);
        g->manual_fullscreen = true;
    }
    gfx_resized(g);
    return true;
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
    g->clip_scrolls = false;
    if (!r) {
        SDL_RenderSetClipRect(g->renderer, NULL);
        return;
    }
    SDL_Rect sr = {r->x, r->y, r->w, r->h};
    SDL_RenderSetClipRect(g->renderer, &sr);
}

void gfx_clip_scrolled(gfx *g, const gfx_rect *r)
{
    gfx_clip(g, r);
    g->clip_scrolls = r != NULL;
}
