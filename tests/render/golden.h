/* golden.h — a screen compared with its reference in tests/golden/<name>.png, with a small
 * tolerance: a changed screen fails, and VIGIE_UPDATE_GOLDEN=1 (`make golden`) makes the new
 * image the reference, to be looked at. Shared by test_render, test_touch_ui and test_kiosk. */
#ifndef VIGIE_TESTS_GOLDEN_H
#define VIGIE_TESTS_GOLDEN_H

#include <SDL.h>
#include <SDL_image.h>
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>

/* Share of pixels allowed to differ by more than GOLDEN_CHANNEL_TOL in some channel. */
#define GOLDEN_CHANNEL_TOL 40
#define GOLDEN_PIXEL_SHARE 0.002

/* A pixel of an ARGB8888 surface, without its alpha. */
static inline Uint32 golden_pixel(const SDL_Surface *s, int x, int y)
{
    return ((const Uint32 *)((const Uint8 *)s->pixels + y * s->pitch))[x] & 0xFFFFFF;
}

/* A PNG file as an ARGB8888 surface; NULL when it cannot be read. */
static inline SDL_Surface *golden_load32(const char *path)
{
    SDL_Surface *s = IMG_Load(path);
    if (!s) return NULL;
    SDL_Surface *s32 = SDL_ConvertSurfaceFormat(s, SDL_PIXELFORMAT_ARGB8888, 0);
    SDL_FreeSurface(s);
    return s32;
}

/* The screen saved at actual against tests/golden/<name>.png, or copied there with
 * VIGIE_UPDATE_GOLDEN=1. */
static inline void golden_compare(const char *name, const char *actual)
{
    char golden[700];
    snprintf(golden, sizeof golden, "%s/tests/golden/%s.png", VIGIE_SOURCE_DIR, name);
    const char *upd = getenv("VIGIE_UPDATE_GOLDEN");
    if (upd && *upd == '1') {
        char cmd[1600];
        snprintf(cmd, sizeof cmd, "cp '%s' '%s'", actual, golden);
        cr_assert_eq(system(cmd), 0);
        return;
    }
    SDL_Surface *a = golden_load32(actual), *g = golden_load32(golden);
    cr_assert_not_null(a, "%s: %s", actual, IMG_GetError());
    cr_assert_not_null(g, "no reference %s: review %s and run `make golden`", golden, actual);
    cr_assert_eq(a->w, g->w);
    cr_assert_eq(a->h, g->h);
    long differ = 0;
    for (int y = 0; y < a->h; y++)
        for (int x = 0; x < a->w; x++) {
            Uint32 pa = golden_pixel(a, x, y), pg = golden_pixel(g, x, y);
            for (int sh = 0; sh < 24; sh += 8) {
                int d = (int)((pa >> sh) & 0xff) - (int)((pg >> sh) & 0xff);
                if (d > GOLDEN_CHANNEL_TOL || d < -GOLDEN_CHANNEL_TOL) {
                    differ++;
                    break;
                }
            }
        }
    double share = (double)differ / ((double)a->w * a->h);
    SDL_FreeSurface(a);
    SDL_FreeSurface(g);
    cr_assert_leq(share, GOLDEN_PIXEL_SHARE,
                  "%s differs from its reference in %.2f %% of pixels: look at %s", name,
                  share * 100, actual);
}

#endif
