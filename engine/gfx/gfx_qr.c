/* gfx_qr.c — a QR code of a short text (the live classroom's join address), drawn as squares
 * with a quiet zone, black on white whatever the theme; and what was drawn read back (a pixel,
 * PNG bytes) for the phones' mock-ups and the tests.
 * Only gfx/ includes qrencode.h.
 */
#include "gfx_internal.h"

#include <SDL_image.h>
#include <qrencode.h>

#include <stdlib.h>

/* Level M (15 % of the code may be lost: a glare on a projector), case kept: a URL's path is
 * case-sensitive. */
static QRcode *encode(const char *text)
{
    if (!text || !*text) return NULL;
    return QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
}

int gfx_qr_modules(const char *text)
{
    QRcode *qr = encode(text);
    if (!qr) return 0;
    int n = qr->width;
    QRcode_free(qr);
    return n;
}

int gfx_qr_draw(gfx *g, const char *text, gfx_rect r)
{
    QRcode *qr = encode(text);
    if (!qr) return 0;
    int n = qr->width, side = r.w < r.h ? r.w : r.h;
    /* Whole pixels per module, so that every module is the same size and a phone's camera
     * reads it at any distance; the quiet zone (4 modules, the standard's) inside r. */
    int mod = side / (n + 2 * GFX_QR_QUIET);
    if (mod < 1) {
        QRcode_free(qr);
        return 0;
    }
    int full = mod * (n + 2 * GFX_QR_QUIET);
    int x0 = r.x + (r.w - full) / 2, y0 = r.y + (r.h - full) / 2;
    gfx_fill_rect(g, (gfx_rect){x0, y0, full, full}, (gfx_color){255, 255, 255, 255});
    int ox = x0 + GFX_QR_QUIET * mod, oy = y0 + GFX_QR_QUIET * mod;
    gfx_color ink = {0, 0, 0, 255};
    for (int y = 0; y < n; y++) {
        const unsigned char *row = qr->data + (size_t)y * (size_t)n;
        for (int x = 0; x < n;) { /* a run of dark modules is one rectangle */
            if (!(row[x] & 1)) {
                x++;
                continue;
            }
            int run = 1;
            while (x + run < n && (row[x + run] & 1)) run++;
            gfx_fill_rect(g, (gfx_rect){ox + x * mod, oy + y * mod, run * mod, mod}, ink);
            x += run;
        }
    }
    QRcode_free(qr);
    return n;
}

bool gfx_pixel(gfx *g, int x, int y, gfx_color *out)
{
    if (x < 0 || y < 0 || x >= g->w || y >= g->h) return false;
    Uint32 px = 0;
    SDL_Rect one = {x, y, 1, 1};
    if (SDL_RenderReadPixels(g->renderer, &one, SDL_PIXELFORMAT_ARGB8888, &px, 4) != 0)
        return false;
    *out = (gfx_color){(uint8_t)(px >> 16), (uint8_t)(px >> 8), (uint8_t)px, 255};
    return true;
}

bool gfx_png_bytes(gfx *g, int h, void **buf, size_t *n)
{
    *buf = NULL;
    *n = 0;
    if (h <= 0 || h > g->h) h = g->h;
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, g->w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!s) return false;
    SDL_Rect top = {0, 0, g->w, h};
    bool ok =
        SDL_RenderReadPixels(g->renderer, &top, SDL_PIXELFORMAT_ARGB8888, s->pixels, s->pitch) == 0;
    /* A PNG is never much larger than its raw pixels: a filter byte a row, zlib's stored
     * blocks' few bytes each 64 KiB, the headers. */
    size_t cap = (size_t)g->w * (size_t)h * 4 + (size_t)h + (size_t)g->w * (size_t)h / 4096 + 4096;
    unsigned char *mem = ok ? malloc(cap) : NULL;
    SDL_RWops *rw = mem ? SDL_RWFromMem(mem, (int)cap) : NULL;
    if (rw) {
        SDL_SetSurfaceBlendMode(s, SDL_BLENDMODE_NONE);
        for (int y = 0; y < s->h; y++) { /* opaque, whatever blending left in alpha */
            Uint32 *row = (Uint32 *)((Uint8 *)s->pixels + y * s->pitch);
            for (int x = 0; x < s->w; x++) row[x] |= 0xff000000u;
        }
        ok = IMG_SavePNG_RW(s, rw, 0) == 0;
        Sint64 len = SDL_RWtell(rw);
        SDL_RWclose(rw);
        if (ok && len > 0) {
            *buf = mem;
            *n = (size_t)len;
            mem = NULL;
        } else {
            ok = false;
        }
    } else {
        ok = false;
    }
    free(mem);
    SDL_FreeSurface(s);
    return ok;
}
