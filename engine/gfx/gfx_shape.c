/* gfx_shape.c — rounded panels, circles, triangles and lines.
 * Corners and circles are drawn from one anti-aliased white disc texture, tinted and
 * scaled, which keeps them smooth on the software renderer and cheap everywhere.
 */
#include "gfx_internal.h"

#include <math.h>

#define DISC_R 128

bool gfx_shape_init(gfx *g)
{
    int d = DISC_R * 2;
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, d, d, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!s) return false;
    for (int y = 0; y < d; y++) {
        Uint32 *row = (Uint32 *)((Uint8 *)s->pixels + y * s->pitch);
        for (int x = 0; x < d; x++) {
            /* Coverage of the pixel by the disc, from the distance to the edge. */
            double dx = x + 0.5 - DISC_R, dy = y + 0.5 - DISC_R;
            double cover = DISC_R - sqrt(dx * dx + dy * dy) + 0.5;
            if (cover < 0) cover = 0;
            if (cover > 1) cover = 1;
            Uint32 a = (Uint32)lround(cover * 255.0);
            row[x] = (a << 24) | 0x00ffffffu;
        }
    }
    g->disc = SDL_CreateTextureFromSurface(g->renderer, s);
    SDL_FreeSurface(s);
    if (!g->disc) return false;
    SDL_SetTextureBlendMode(g->disc, SDL_BLENDMODE_BLEND);
    SDL_SetTextureScaleMode(g->disc, SDL_ScaleModeLinear);
    g->disc_r = DISC_R;
    return true;
}

void gfx_shape_deinit(gfx *g)
{
    if (g->disc) SDL_DestroyTexture(g->disc);
    g->disc = NULL;
}

static void tint(gfx *g, gfx_color c)
{
    SDL_SetTextureColorMod(g->disc, c.r, c.g, c.b);
    SDL_SetTextureAlphaMod(g->disc, c.a);
}

void gfx_fill_rect(gfx *g, gfx_rect r, gfx_color c)
{
    if (r.w <= 0 || r.h <= 0) return;
    SDL_SetRenderDrawColor(g->renderer, c.r, c.g, c.b, c.a);
    SDL_Rect sr = {r.x, r.y, r.w, r.h};
    SDL_RenderFillRect(g->renderer, &sr);
}

void gfx_fill_circle(gfx *g, int cx, int cy, int radius, gfx_color c)
{
    if (radius <= 0) return;
    tint(g, c);
    SDL_Rect dst = {cx - radius, cy - radius, radius * 2, radius * 2};
    SDL_RenderCopy(g->renderer, g->disc, NULL, &dst);
}

void gfx_fill_rounded(gfx *g, gfx_rect r, int radius, gfx_color c)
{
    if (r.w <= 0 || r.h <= 0) return;
    if (radius > r.w / 2) radius = r.w / 2;
    if (radius > r.h / 2) radius = r.h / 2;
    if (radius <= 0) {
        gfx_fill_rect(g, r, c);
        return;
    }
    tint(g, c);
    int R = g->disc_r;
    SDL_Rect q[4] = {{0, 0, R, R}, {R, 0, R, R}, {0, R, R, R}, {R, R, R, R}};
    SDL_Rect d[4] = {{r.x, r.y, radius, radius},
                     {r.x + r.w - radius, r.y, radius, radius},
                     {r.x, r.y + r.h - radius, radius, radius},
                     {r.x + r.w - radius, r.y + r.h - radius, radius, radius}};
    for (int i = 0; i < 4; i++) SDL_RenderCopy(g->renderer, g->disc, &q[i], &d[i]);
    gfx_fill_rect(g, (gfx_rect){r.x + radius, r.y, r.w - 2 * radius, r.h}, c);
    gfx_fill_rect(g, (gfx_rect){r.x, r.y + radius, radius, r.h - 2 * radius}, c);
    gfx_fill_rect(g, (gfx_rect){r.x + r.w - radius, r.y + radius, radius, r.h - 2 * radius}, c);
}

void gfx_fill_triangle(gfx *g, float x0, float y0, float x1, float y1, float x2, float y2,
                       gfx_color c)
{
    SDL_Color sc = {c.r, c.g, c.b, c.a};
    SDL_Vertex v[3] = {{{x0, y0}, sc, {0, 0}}, {{x1, y1}, sc, {0, 0}}, {{x2, y2}, sc, {0, 0}}};
    SDL_RenderGeometry(g->renderer, NULL, v, 3, NULL, 0);
}

void gfx_line(gfx *g, float x0, float y0, float x1, float y1, float width, gfx_color c)
{
    float dx = x1 - x0, dy = y1 - y0;
    float len = sqrtf(dx * dx + dy * dy);
    if (len <= 0.0f) return;
    float nx = -dy / len * width / 2, ny = dx / len * width / 2;
    gfx_fill_triangle(g, x0 + nx, y0 + ny, x1 + nx, y1 + ny, x1 - nx, y1 - ny, c);
    gfx_fill_triangle(g, x0 + nx, y0 + ny, x1 - nx, y1 - ny, x0 - nx, y0 - ny, c);
    int r = (int)lroundf(width / 2);
    gfx_fill_circle(g, (int)lroundf(x0), (int)lroundf(y0), r, c);
    gfx_fill_circle(g, (int)lroundf(x1), (int)lroundf(y1), r, c);
}
