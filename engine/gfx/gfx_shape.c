/* gfx_shape.c — rounded panels, circles, triangles and lines.
 * Corners and circles are copies of anti-aliased disc textures made once per radius
 * and colour, which keeps them smooth on the software renderer and cheap everywhere.
 */
#include "gfx_internal.h"

#include <math.h>
#include <string.h>

static SDL_Texture *make_disc(gfx *g, int r, gfx_color c)
{
    int d = r * 2;
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, d, d, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!s) return NULL;
    for (int y = 0; y < d; y++) {
        Uint32 *row = (Uint32 *)((Uint8 *)s->pixels + y * s->pitch);
        for (int x = 0; x < d; x++) {
            /* Coverage of the pixel by the disc, from the distance to the edge. */
            double dx = x + 0.5 - r, dy = y + 0.5 - r;
            double cover = r - sqrt(dx * dx + dy * dy) + 0.5;
            if (cover < 0) cover = 0;
            if (cover > 1) cover = 1;
            Uint32 a = (Uint32)lround(cover * c.a);
            row[x] = (a << 24) | ((Uint32)c.r << 16) | ((Uint32)c.g << 8) | c.b;
        }
    }
    SDL_Texture *t = SDL_CreateTextureFromSurface(g->renderer, s);
    SDL_FreeSurface(s);
    if (t) SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND);
    return t;
}

static bool same_color(gfx_color a, gfx_color b)
{
    return a.r == b.r && a.g == b.g && a.b == b.b && a.a == b.a;
}

/* The disc of radius r in colour c, made on first use and kept while it is used. */
static SDL_Texture *disc_at(gfx *g, int r, gfx_color c)
{
    int victim = 0;
    for (int i = 0; i < GFX_DISCS; i++) {
        if (g->discs[i].tex && g->discs[i].r == r && same_color(g->discs[i].c, c)) {
            g->discs[i].used = g->frame + 1;
            return g->discs[i].tex;
        }
        if (!g->discs[i].tex || g->discs[i].used < g->discs[victim].used) victim = i;
    }
    if (g->discs[victim].tex) SDL_DestroyTexture(g->discs[victim].tex);
    g->discs[victim].tex = make_disc(g, r, c);
    g->discs[victim].r = r;
    g->discs[victim].c = c;
    g->discs[victim].used = g->frame + 1;
    return g->discs[victim].tex;
}

bool gfx_shape_init(gfx *g)
{
    return disc_at(g, 16, (gfx_color){255, 255, 255, 255}) != NULL;
}

void gfx_shape_deinit(gfx *g)
{
    for (int i = 0; i < GFX_DISCS; i++)
        if (g->discs[i].tex) SDL_DestroyTexture(g->discs[i].tex);
    memset(g->discs, 0, sizeof g->discs);
}

void gfx_fill_rect(gfx *g, gfx_rect r, gfx_color c)
{
    if (r.w <= 0 || r.h <= 0) return;
    /* Opaque fills skip blending: on the software renderer that is a plain fill. */
    SDL_SetRenderDrawBlendMode(g->renderer, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(g->renderer, c.r, c.g, c.b, c.a);
    SDL_Rect sr = {r.x, r.y, r.w, r.h};
    SDL_RenderFillRect(g->renderer, &sr);
}

void gfx_fill_circle(gfx *g, int cx, int cy, int radius, gfx_color c)
{
    if (radius <= 0) return;
    SDL_Texture *t = disc_at(g, radius, c);
    if (!t) return;
    SDL_Rect dst = {cx - radius, cy - radius, radius * 2, radius * 2};
    SDL_RenderCopy(g->renderer, t, NULL, &dst);
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
    SDL_Texture *t = disc_at(g, radius, c);
    if (!t) return;
    int R = radius;
    SDL_Rect q[4] = {{0, 0, R, R}, {R, 0, R, R}, {0, R, R, R}, {R, R, R, R}};
    SDL_Rect d[4] = {{r.x, r.y, radius, radius},
                     {r.x + r.w - radius, r.y, radius, radius},
                     {r.x, r.y + r.h - radius, radius, radius},
                     {r.x + r.w - radius, r.y + r.h - radius, radius, radius}};
    for (int i = 0; i < 4; i++) SDL_RenderCopy(g->renderer, t, &q[i], &d[i]);
    /* Three wide bands: SDL's software fill pays per row, so tall thin strips cost far
     * more than their area. */
    gfx_fill_rect(g, (gfx_rect){r.x, r.y + radius, r.w, r.h - 2 * radius}, c);
    gfx_fill_rect(g, (gfx_rect){r.x + radius, r.y, r.w - 2 * radius, radius}, c);
    gfx_fill_rect(g, (gfx_rect){r.x + radius, r.y + r.h - radius, r.w - 2 * radius, radius}, c);
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
