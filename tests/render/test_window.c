/* test_window.c — the window fits the screen it opens on: never bigger than the display's
 * usable area (a 1280×720 window on a 1024×768 projector was cut on both sides), and
 * fullscreen fills the display, --fullscreen and F11 alike, with or without a window manager.
 * SDL's dummy video driver stands for a 1024×768 display without one. */
#include "gfx/gfx.h"

#include <SDL.h>
#include <criterion/criterion.h>

static void display_size(int *w, int *h)
{
    SDL_Rect r;
    cr_assert_eq(SDL_GetDisplayBounds(0, &r), 0, "%s", SDL_GetError());
    *w = r.w;
    *h = r.h;
}

Test(window, a_size_is_shrunk_to_the_usable_area_and_never_grown)
{
    int w = 1280, h = 720;
    gfx_fit_size(&w, &h, 1024, 768);
    cr_assert(w == 1024 && h == 720, "%dx%d", w, h);
    w = 800, h = 600;
    gfx_fit_size(&w, &h, 1024, 768);
    cr_assert(w == 800 && h == 600, "%dx%d", w, h);
    w = 1280, h = 1024;
    gfx_fit_size(&w, &h, 0, 0); /* unknown: as asked */
    cr_assert(w == 1280 && h == 1024, "%dx%d", w, h);
}

Test(window, the_default_window_fits_a_1024x768_display)
{
    cr_assert_eq(SDL_Init(SDL_INIT_VIDEO), 0, "%s", SDL_GetError());
    int dw, dh;
    display_size(&dw, &dh);
    char err[256];
    gfx *g = gfx_create_window("test", 1280, 720, false, GFX_RENDERER_SOFTWARE, err, sizeof err);
    cr_assert(g, "%s", err);
    int w, h;
    SDL_GetWindowSize(gfx_window(g), &w, &h);
    gfx_destroy(g);
    SDL_Quit();
    cr_assert(w <= dw && h <= dh, "a %dx%d window on a %dx%d display", w, h, dw, dh);
}

Test(window, fullscreen_fills_the_display_and_f11_goes_back_to_the_window)
{
    cr_assert_eq(SDL_Init(SDL_INIT_VIDEO), 0, "%s", SDL_GetError());
    int dw, dh;
    display_size(&dw, &dh);
    char err[256];
    gfx *g = gfx_create_window("test", 800, 600, false, GFX_RENDERER_SOFTWARE, err, sizeof err);
    cr_assert(g, "%s", err);
    cr_assert(!gfx_fullscreen(g));
    cr_assert(gfx_toggle_fullscreen(g));
    int w, h, fw, fh;
    gfx_size(g, &fw, &fh);
    bool fs = gfx_fullscreen(g);
    cr_assert(!gfx_toggle_fullscreen(g));
    gfx_size(g, &w, &h);
    gfx_destroy(g);
    SDL_Quit();
    cr_assert(fs);
    cr_assert(fw == dw && fh == dh, "fullscreen draws %dx%d on a %dx%d display", fw, fh, dw, dh);
    cr_assert(w == 800 && h == 600, "back to %dx%d, not 800x600", w, h);
}

Test(window, fullscreen_at_start_fills_the_display)
{
    cr_assert_eq(SDL_Init(SDL_INIT_VIDEO), 0, "%s", SDL_GetError());
    int dw, dh;
    display_size(&dw, &dh);
    char err[256];
    gfx *g = gfx_create_window("test", 1280, 720, true, GFX_RENDERER_SOFTWARE, err, sizeof err);
    cr_assert(g, "%s", err);
    int w, h;
    gfx_size(g, &w, &h);
    bool fs = gfx_fullscreen(g);
    gfx_destroy(g);
    SDL_Quit();
    cr_assert(fs);
    cr_assert(w == dw && h == dh, "--fullscreen draws %dx%d on a %dx%d display", w, h, dw, dh);
}
