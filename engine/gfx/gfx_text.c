/* gfx_text.c — fonts, word wrapping and the text cache.
 * A string is rasterised once per (text, weight, size, colour) and its texture reused;
 * wrapping results are cached too, so an unchanged screen costs no font work at all.
 * Lines break at spaces: a no-break space (French « ? », « : ») keeps its word, and a host
 * name or a URL breaks only after a "/" of its path, or not at all (gfx_text_lines).
 */
#include "gfx_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TRIM_AFTER_FRAMES 8
#define MAX_LINES         64

typedef enum { ENTRY_TEXTURE, ENTRY_WRAP } entry_kind;

struct gfx_text_entry {
    entry_kind kind;
    uint64_t hash;
    char *text;
    gfx_font font;
    int px;
    gfx_color color; /* texture entries */
    int width;       /* wrap entries */
    uint64_t used;
    /* texture */
    SDL_Texture *tex;
    int tw, th;
    /* wrap: line i is text[starts[i] .. starts[i]+lens[i]) */
    int nlines, line_h, max_w;
    bool truncated; /* more lines than MAX_LINES: the rest is not shown */
    bool broken;    /* a word wider than the line was cut where it stopped fitting */
    int *starts, *lens;
};

static const char *const font_files[GFX_FACE_COUNT][GFX_FONT_COUNT] = {
    {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"},
    {"OpenDyslexic-Regular.otf", "OpenDyslexic-Bold.otf"},
};
static const char *const font_dirs[GFX_FACE_COUNT][4] = {
    {"/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/local/share/fonts", NULL},
    {"/usr/share/fonts/opentype/opendyslexic", "/usr/share/fonts/truetype/opendyslexic",
     "/usr/local/share/fonts", NULL},
};
/* Per face, % of the size in pixels: the height of a line of text as drawn and measured (0:
 * the font's own), its ascent in it, and the distance between wrapped lines (0: the font's
 * line skip). OpenDyslexic's own are far taller than its glyphs (an ascent of 1.25 em, a
 * descent of 0.5 em): its texts are cut to its glyphs' reach (É 1.16 em, g -0.27 em) so they
 * centre like DejaVu's, and its lines are 1.5 em apart, the spacing dyslexia style guides ask
 * for (DejaVu's own is 1.17 em). */
static const struct {
    int height, ascent, line;
} face_em[GFX_FACE_COUNT] = {{0, 0, 0}, {145, 117, 150}};
/* The height a line counts for in a layout, and its baseline in it, % of px, as DejaVu's (1.17
 * em, 0.93 em): a face's taller texture reaches above (accents) and below that box, so that every
 * screen's layout, made with DejaVu, centres it the same. */
#define FACE_BOX_EM  117
#define FACE_BOX_ASC 93

static char *find_font(gfx_face face, const char *file)
{
    char buf[1024];
    const char *env = getenv("VIGIE_FONT_DIR");
    if (env && *env) {
        snprintf(buf, sizeof buf, "%s/%s", env, file);
        FILE *f = fopen(buf, "rb");
        if (f) {
            fclose(f);
            return strdup(buf);
        }
    }
    /* tests: VIGIE_FONT_DIR_ONLY=1 looks for the other faces in VIGIE_FONT_DIR alone (a
     * machine without OpenDyslexic); DejaVu, which the engine needs, is looked for everywhere */
    const char *only = getenv("VIGIE_FONT_DIR_ONLY");
    if (face != GFX_FACE_DEFAULT && only && *only == '1') return NULL;
    for (const char *const *d = font_dirs[face]; *d; d++) {
        snprintf(buf, sizeof buf, "%s/%s", *d, file);
        FILE *f = fopen(buf, "rb");
        if (f) {
            fclose(f);
            return strdup(buf);
        }
    }
    return NULL;
}

bool gfx_text_init(gfx *g)
{
    g->face = GFX_FACE_DEFAULT;
    for (int i = 0; i < GFX_FONT_COUNT; i++) {
        g->font_path[i] = find_font(GFX_FACE_DEFAULT, font_files[GFX_FACE_DEFAULT][i]);
        if (!g->font_path[i]) return false;
    }
    g->nslots = 1024;
    g->slots = calloc(g->nslots, sizeof *g->slots);
    return g->slots != NULL;
}

bool gfx_fonts_ok(const gfx *g)
{
    return g->font_path[0] && g->font_path[1];
}

static void entry_free(gfx_text_entry *e)
{
    if (e->tex) SDL_DestroyTexture(e->tex);
    free(e->starts);
    free(e->lens);
    free(e->text);
    free(e);
}

/* Every cached text and open font, as after gfx_text_init. */
static void text_flush(gfx *g)
{
    for (size_t i = 0; i < g->nslots; i++)
        if (g->slots[i]) {
            entry_free(g->slots[i]);
            g->slots[i] = NULL;
        }
    g->nentries = 0;
    for (int i = 0; i < GFX_FONT_SIZES; i++)
        if (g->fonts[i].font) TTF_CloseFont(g->fonts[i].font);
    memset(g->fonts, 0, sizeof g->fonts);
}

void gfx_text_deinit(gfx *g)
{
    text_flush(g);
    free(g->slots);
    g->slots = NULL;
    g->nslots = 0;
    for (int i = 0; i < 2 * GFX_FONT_COUNT; i++) free(g->font_path[i]);
}

bool gfx_set_face(gfx *g, gfx_face face)
{
    if ((unsigned)face >= GFX_FACE_COUNT) return false;
    if (face == g->face) return true;
    char *path[2 * GFX_FONT_COUNT] = {0};
    bool ok = true;
    for (int i = 0; i < GFX_FONT_COUNT && ok; i++) {
        ok = (path[i] = find_font(face, font_files[face][i])) != NULL;
        /* the glyphs the face lacks come from DejaVu, found at start */
        if (ok && face != GFX_FACE_DEFAULT)
            ok = (path[GFX_FONT_COUNT + i] =
                      find_font(GFX_FACE_DEFAULT, font_files[GFX_FACE_DEFAULT][i])) != NULL;
    }
    if (!ok) {
        for (int i = 0; i < 2 * GFX_FONT_COUNT; i++) free(path[i]);
        return false;
    }
    text_flush(g);
    for (int i = 0; i < 2 * GFX_FONT_COUNT; i++) {
        free(g->font_path[i]);
        g->font_path[i] = path[i];
    }
    g->face = face;
    return true;
}

gfx_face gfx_get_face(const gfx *g)
{
    return g->face;
}

/* Font slot f (a gfx_font, or GFX_FONT_COUNT + it: its fallback) at px; NULL when none. */
static TTF_Font *font_slot(gfx *g, int f, int px)
{
    if (!g->font_path[f]) return NULL;
    if (px < 6) px = 6;
    if (px > 400) px = 400;
    /* the font returned last is never the one closed: a face and its fallback are used
     * together (face_size) */
    int victim = g->font_last == 0 ? 1 : 0;
    for (int i = 0; i < GFX_FONT_SIZES; i++) {
        if (g->fonts[i].font && g->fonts[i].f == f && g->fonts[i].px == px) {
            g->fonts[i].used = g->frame + 1;
            g->font_last = i;
            return g->fonts[i].font;
        }
        if (i != g->font_last && (!g->fonts[i].font || g->fonts[i].used < g->fonts[victim].used))
            victim = i;
    }
    g->font_last = victim;
    if (g->fonts[victim].font) TTF_CloseFont(g->fonts[victim].font);
    g->fonts[victim].font = TTF_OpenFont(g->font_path[f], px);
    g->fonts[victim].f = f;
    g->fonts[victim].px = px;
    g->fonts[victim].used = g->frame + 1;
    if (g->fonts[victim].font) TTF_SetFontHinting(g->fonts[victim].font, TTF_HINTING_LIGHT);
    return g->fonts[victim].font;
}

TTF_Font *gfx_font_at(gfx *g, gfx_font f, int px)
{
    return font_slot(g, (int)f, px);
}

/* ---- glyphs the face lacks ------------------------------------------------------ */

/* The code point at s[*i] (of len bytes), *i past it; invalid bytes as themselves. */
static uint32_t utf8_decode(const char *s, int len, int *i)
{
    const unsigned char *u = (const unsigned char *)s;
    uint32_t c = u[(*i)++];
    int n = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
    if (n) c &= 0x3fu >> n;
    for (int k = 0; k < n && *i < len && (u[*i] & 0xc0) == 0x80; k++)
        c = (c << 6) | (u[(*i)++] & 0x3f);
    return c;
}

/* Whether s (len bytes) has a glyph the face's font lacks and its fallback has: then it is
 * measured and drawn in runs (face_size, face_render). */
/* Whether code point c (not ASCII) is drawn by the fallback: a glyph the face lacks, or a space
 * French typography wants narrow (no-break, narrow no-break, thin, figure), which OpenDyslexic
 * draws as wide as a word ("Score 6    425", "Qui joue  ?"). */
static bool by_fallback(TTF_Font *font, TTF_Font *fb, uint32_t c)
{
    if (c == 0xa0 || c == 0x202f || c == 0x2009 || c == 0x2007) return true;
    return !TTF_GlyphIsProvided32(font, c) && TTF_GlyphIsProvided32(fb, c);
}

static bool needs_fallback(TTF_Font *font, TTF_Font *fb, const char *s, int len)
{
    if (!fb) return false;
    for (int i = 0; i < len;) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t c = utf8_decode(s, len, &i);
        if (by_fallback(font, fb, c)) return true;
    }
    return false;
}

/* The end of the run that starts at s[i]: the code points one font draws. *fallback: it is the
 * fallback's. */
static int run_end(TTF_Font *font, TTF_Font *fb, const char *s, int len, int i, bool *fallback)
{
    bool first = true;
    while (i < len) {
        int at = i;
        uint32_t c =
            (unsigned char)s[i] < 0x80 ? (uint32_t)(unsigned char)s[i++] : utf8_decode(s, len, &i);
        bool fbk = c >= 0x80 && by_fallback(font, fb, c);
        if (first) {
            *fallback = fbk;
            first = false;
        } else if (fbk != *fallback)
            return at;
    }
    return len;
}

static int size_of(TTF_Font *font, const char *s, int len, int *h)
{
    char buf[2048];
    if (len >= (int)sizeof buf) len = (int)sizeof buf - 1;
    memcpy(buf, s, (size_t)len);
    buf[len] = '\0';
    int w = 0, hh = 0;
    TTF_SizeUTF8(font, buf, &w, &hh);
    if (h) *h = hh;
    return w;
}

/* A line's height in a layout, in the face at px (font opened at px). */
static int face_height(const gfx *g, TTF_Font *font, int px)
{
    return face_em[g->face].height ? (px * FACE_BOX_EM + 50) / 100 : TTF_FontHeight(font);
}

/* How far above its layout box a line's texture starts (face_crop's texture). */
static int face_rise(const gfx *g, int px)
{
    if (!face_em[g->face].height) return 0;
    return (px * face_em[g->face].ascent + 50) / 100 - (px * FACE_BOX_ASC + 50) / 100;
}

/* A rendered line s cut to the face's height (face_em), its baseline where face_height wants
 * it; s itself when the face needs no cut. */
static SDL_Surface *face_crop(const gfx *g, TTF_Font *font, int px, SDL_Surface *s)
{
    if (!s || !face_em[g->face].height) return s;
    int h = (px * face_em[g->face].height + 50) / 100;
    int top = TTF_FontAscent(font) - (px * face_em[g->face].ascent + 50) / 100;
    if (top < 0) top = 0;
    SDL_Surface *out = SDL_CreateRGBSurfaceWithFormat(0, s->w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!out) return s;
    SDL_FillRect(out, NULL, 0);
    SDL_SetSurfaceBlendMode(s, SDL_BLENDMODE_NONE);
    SDL_Rect src = {0, top, s->w, h};
    SDL_BlitSurface(s, &src, out, NULL);
    SDL_FreeSurface(s);
    return out;
}

/* The width of s (len bytes) in font f at px, the fallback's glyphs included; *h its height. */
static int face_size(gfx *g, gfx_font f, int px, const char *s, int len, int *h)
{
    TTF_Font *fb = font_slot(g, GFX_FONT_COUNT + (int)f, px);
    TTF_Font *font = gfx_font_at(g, f, px); /* after: it cannot close fb */
    if (h) *h = 0;
    if (!font) return 0;
    if (!needs_fallback(font, fb, s, len)) {
        int w = size_of(font, s, len, h);
        if (h && face_em[g->face].height) *h = face_height(g, font, px);
        return w;
    }
    int w = 0;
    for (int i = 0; i < len;) {
        bool fbk;
        int e = run_end(font, fb, s, len, i, &fbk);
        w += size_of(fbk ? fb : font, s + i, e - i, NULL);
        i = e;
    }
    if (h) *h = face_height(g, font, px);
    return w;
}

/* s drawn in c, the fallback's glyphs on the face's baseline. */
static SDL_Surface *face_render(gfx *g, gfx_font f, int px, const char *s, SDL_Color c)
{
    TTF_Font *fb = font_slot(g, GFX_FONT_COUNT + (int)f, px);
    TTF_Font *font = gfx_font_at(g, f, px); /* after: it cannot close fb */
    if (!font) return NULL;
    int len = (int)strlen(s);
    if (!needs_fallback(font, fb, s, len))
        return face_crop(g, font, px, TTF_RenderUTF8_Blended(font, s, c));
    int h = TTF_FontHeight(font), w = face_size(g, f, px, s, len, NULL);
    SDL_Surface *out = SDL_CreateRGBSurfaceWithFormat(0, w > 0 ? w : 1, h > 0 ? h : 1, 32,
                                                      SDL_PIXELFORMAT_ARGB8888);
    if (!out) return NULL;
    SDL_FillRect(out, NULL, SDL_MapRGBA(out->format, c.r, c.g, c.b, 0));
    int asc = TTF_FontAscent(font), x = 0;
    char buf[2048];
    for (int i = 0; i < len;) {
        bool fbk;
        int e = run_end(font, fb, s, len, i, &fbk);
        int n = e - i < (int)sizeof buf - 1 ? e - i : (int)sizeof buf - 1;
        memcpy(buf, s + i, (size_t)n);
        buf[n] = '\0';
        TTF_Font *rf = fbk ? fb : font;
        SDL_Surface *part = *buf ? TTF_RenderUTF8_Blended(rf, buf, c) : NULL;
        if (part) {
            SDL_SetSurfaceBlendMode(part, SDL_BLENDMODE_NONE); /* runs never overlap */
            SDL_Rect dst = {x, asc - TTF_FontAscent(rf), part->w, part->h};
            SDL_BlitSurface(part, NULL, out, &dst);
            x += part->w;
            SDL_FreeSurface(part);
        }
        i = e;
    }
    return face_crop(g, font, px, out);
}

/* ---- the cache ------------------------------------------------------------- */

static uint64_t hash_key(entry_kind k, const char *text, gfx_font f, int px, gfx_color c, int width)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (const unsigned char *p = (const unsigned char *)text; *p; p++)
        h = (h ^ *p) * 1099511628211ULL;
    uint64_t extra[] = {(uint64_t)k, (uint64_t)f, (uint64_t)px,
                        ((uint64_t)c.r << 24) | ((uint64_t)c.g << 16) | ((uint64_t)c.b << 8) | c.a,
                        (uint64_t)(uint32_t)width};
    for (size_t i = 0; i < sizeof extra / sizeof extra[0]; i++)
        h = (h ^ extra[i]) * 1099511628211ULL;
    return h;
}

static bool entry_matches(const gfx_text_entry *e, uint64_t h, entry_kind k, const char *text,
                          gfx_font f, int px, gfx_color c, int width)
{
    return e->hash == h && e->kind == k && e->font == f && e->px == px &&
           (k == ENTRY_WRAP ? e->width == width
                            : (e->color.r == c.r && e->color.g == c.g && e->color.b == c.b &&
                               e->color.a == c.a)) &&
           strcmp(e->text, text) == 0;
}

static gfx_text_entry *cache_find(gfx *g, uint64_t h, entry_kind k, const char *text, gfx_font f,
                                  int px, gfx_color c, int width)
{
    for (size_t i = h & (g->nslots - 1);; i = (i + 1) & (g->nslots - 1)) {
        gfx_text_entry *e = g->slots[i];
        if (!e) return NULL;
        if (entry_matches(e, h, k, text, f, px, c, width)) {
            e->used = g->frame;
            return e;
        }
    }
}

static void cache_insert_slot(gfx *g, gfx_text_entry *e)
{
    size_t i = e->hash & (g->nslots - 1);
    while (g->slots[i]) i = (i + 1) & (g->nslots - 1);
    g->slots[i] = e;
}

static void cache_rebuild(gfx *g, size_t nslots)
{
    gfx_text_entry **old = g->slots;
    size_t n = g->nslots;
    gfx_text_entry **slots = calloc(nslots, sizeof *slots);
    if (!slots) return;
    g->slots = slots;
    g->nslots = nslots;
    for (size_t i = 0; i < n; i++)
        if (old[i]) cache_insert_slot(g, old[i]);
    free(old);
}

static void cache_add(gfx *g, gfx_text_entry *e)
{
    if ((g->nentries + 1) * 2 > g->nslots) cache_rebuild(g, g->nslots * 2);
    cache_insert_slot(g, e);
    g->nentries++;
}

void gfx_text_cache_trim(gfx *g)
{
    g->frame++;
    bool removed = false;
    for (size_t i = 0; i < g->nslots; i++) {
        gfx_text_entry *e = g->slots[i];
        if (e && e->used + TRIM_AFTER_FRAMES < g->frame) {
            entry_free(e);
            g->slots[i] = NULL;
            g->nentries--;
            removed = true;
        }
    }
    if (removed) cache_rebuild(g, g->nslots); /* open addressing needs its chains whole */
}

static void note_cut(gfx *g, const char *text, bool overflow)
{
    if (overflow)
        g->cuts.overflow++;
    else
        g->cuts.cut++;
    snprintf(g->cuts.last, sizeof g->cuts.last, "%s", text);
    if (g->cut_fn) g->cut_fn(g->cut_ud, g->cut_whole ? g->cut_whole : text, overflow);
}

/* A line drawn partly off the window, or outside the clip rectangle it is drawn under: some
 * of it is not seen. A glyph's box has room above and below its ink: a quarter of the line's
 * height may fall outside before it counts. */
static bool outside_room(gfx *g, const SDL_Rect *d)
{
    SDL_Rect room = {0, 0, g->w, g->h};
    if (SDL_RenderIsClipEnabled(g->renderer)) {
        SDL_RenderGetClipRect(g->renderer, &room);
        if (g->clip_scrolls) { /* scrolled out of view, above or below, is not cut */
            room.y = -d->h - g->h;
            room.h = 3 * g->h + 2 * d->h;
        }
    }
    int slack = d->h / 4;
    return d->x < room.x - 1 || d->x + d->w > room.x + room.w + 1 || d->y < room.y - slack ||
           d->y + d->h > room.y + room.h + slack;
}

/* ---- overlaps ------------------------------------------------------------------ */

/* r as it shows (inside the clip), logged; nothing when none of it shows. */
static void box_add(gfx *g, const SDL_Rect *r, bool text)
{
    SDL_Rect shown = *r, clip;
    if (SDL_RenderIsClipEnabled(g->renderer)) {
        SDL_RenderGetClipRect(g->renderer, &clip);
        if (!SDL_IntersectRect(r, &clip, &shown)) return;
    }
    if (shown.w <= 0 || shown.h <= 0 || g->boxes.n >= GFX_BOXES) return;
    g->boxes.b[g->boxes.n].r = shown;
    g->boxes.b[g->boxes.n++].text = text;
}

void gfx_boxes_log(gfx *g, bool on)
{
    g->boxes.on = on;
    g->boxes.n = 0;
}

void gfx_box_mark(gfx *g, gfx_rect r)
{
    if (!g->boxes.on) return;
    SDL_Rect sr = {r.x, r.y, r.w, r.h};
    box_add(g, &sr, false);
}

static bool inside(const SDL_Rect *a, const SDL_Rect *b)
{
    return a->x >= b->x && a->y >= b->y && a->x + a->w <= b->x + b->w && a->y + a->h <= b->y + b->h;
}

unsigned gfx_boxes_overlaps(const gfx *g)
{
    unsigned n = 0;
    for (int i = 0; i < g->boxes.n; i++) {
        const SDL_Rect *t = &g->boxes.b[i].r;
        if (!g->boxes.b[i].text) continue;
        /* a line's box is a little taller than its ink: 1/8 of it on each side is slack */
        int s = t->h / 8;
        SDL_Rect core = {t->x + 1, t->y + s, t->w - 2, t->h - 2 * s};
        for (int j = 0; j < g->boxes.n; j++) {
            if (j == i) continue;
            const SDL_Rect *o = &g->boxes.b[j].r;
            SDL_Rect x;
            if (!SDL_IntersectRect(&core, o, &x) || x.w <= 1 || x.h <= 1) continue;
            if (g->boxes.b[j].text ? j > i : !inside(t, o)) { /* each pair of texts once */
                n++;
                break;
            }
        }
    }
    return n;
}

void gfx_text_cuts(const gfx *g, gfx_text_cut_stats *out)
{
    *out = g->cuts;
}

void gfx_text_cuts_reset(gfx *g)
{
    g->cuts = (gfx_text_cut_stats){0};
}

void gfx_text_cuts_watch(gfx *g, gfx_text_cut_fn fn, void *ud)
{
    g->cut_fn = fn;
    g->cut_ud = ud;
}

void gfx_text_cache_stats(const gfx *g, size_t *entries, size_t *rasterised)
{
    *entries = g->nentries;
    *rasterised = g->rasterised;
}

/* ---- wrapping -------------------------------------------------------------- */

static int measure(gfx *g, gfx_font f, int px, const char *s, int len)
{
    return face_size(g, f, px, s, len, NULL);
}

static int utf8_next(const char *s, int i, int len)
{
    i++;
    while (i < len && ((unsigned char)s[i] & 0xc0) == 0x80) i++;
    return i;
}

/* May a line break at the space text[i]? Not where French typography wants a non-breaking
 * space: before ! ? : ; » € %, after «, inside a number written "4 800". */
static bool breaks_at(const char *text, int i, int len)
{
    const unsigned char *t = (const unsigned char *)text;
    unsigned char next = i + 1 < len ? t[i + 1] : 0, prev = i > 0 ? t[i - 1] : 0;
    if (next && strchr("!?:;%", next)) return false;
    if (next == 0xc2 && i + 2 < len && t[i + 2] == 0xbb) return false;                     /* » */
    if (prev == 0xab && i > 1 && t[i - 2] == 0xc2) return false;                           /* « */
    if (next == 0xe2 && i + 3 < len && t[i + 2] == 0x82 && t[i + 3] == 0xac) return false; /* € */
    if (prev >= '0' && prev <= '9' && next >= '0' && next <= '9') return false;
    return true;
}

/* ASCII letters and digits: what stands on both sides of a host name's dots. */
static bool is_alnum(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* The word around text[i], between spaces or the ends of [lo, hi): [*ws, *we). */
static void word_around(const char *text, int i, int lo, int hi, int *ws, int *we)
{
    int a = i, b = i;
    while (a > lo && text[a - 1] != ' ') a--;
    while (b < hi && text[b] != ' ') b++;
    *ws = a;
    *we = b;
}

/* Does text[ws, we) read as a host name, a mail address or a URL? A dot or an "@" between
 * letters or digits ("banque-horizon.fr", "alerte@horizon-client.net"), "://" or "www.".
 * Such a word breaks at no dot and no hyphen: "banque-horizon.fr." above
 * "connexion-client.com" reads as two sites. */
static bool looks_like_host(const char *text, int ws, int we)
{
    for (int k = ws; k < we; k++) {
        bool inside = k > ws && k + 1 < we;
        if ((text[k] == '.' || text[k] == '@') && inside && is_alnum((unsigned char)text[k - 1]) &&
            is_alnum((unsigned char)text[k + 1]))
            return true;
        if (k + 3 <= we && strncmp(text + k, "://", 3) == 0) return true;
        if (k + 4 <= we && (strncmp(text + k, "www.", 4) == 0 || strncmp(text + k, "WWW.", 4) == 0))
            return true;
    }
    return false;
}

/* May a line break inside a word, before text[k] (k in (ws, we))? A plain word after
 * / . - @ _ (a long one would rather break there than be cut anywhere); a host name or a URL
 * only after a lone "/" (its path, never its "://"), and only when it is wider than the line. */
static bool soft_break_at(gfx *g, gfx_font f, int px, const char *text, int k, int ws, int we,
                          int width)
{
    char c = text[k - 1];
    if (!strchr("/.-@_", c) || c == text[k]) return false;
    if (!looks_like_host(text, ws, we)) return true;
    if (c != '/' || (k - 2 >= ws && text[k - 2] == '/')) return false;
    return measure(g, f, px, text + ws, we - ws) > width;
}

/* Does text[pos, end) hold a host name, a mail address or a URL? */
static bool holds_host(const char *text, int pos, int end)
{
    for (int i = pos; i < end;) {
        int ws, we;
        word_around(text, i, pos, end, &ws, &we);
        if (we > ws && looks_like_host(text, ws, we)) return true;
        i = we + 1;
    }
    return false;
}

static gfx_text_entry *wrap(gfx *g, const char *text, gfx_font f, int px, int width)
{
    gfx_color none = {0, 0, 0, 0};
    uint64_t h = hash_key(ENTRY_WRAP, text, f, px, none, width);
    gfx_text_entry *e = cache_find(g, h, ENTRY_WRAP, text, f, px, none, width);
    if (e) return e;
    TTF_Font *font = gfx_font_at(g, f, px);
    if (!font) return NULL;
    e = calloc(1, sizeof *e);
    if (!e) return NULL;
    e->kind = ENTRY_WRAP;
    e->hash = h;
    e->text = strdup(text);
    e->font = f;
    e->px = px;
    e->width = width;
    e->used = g->frame;
    e->starts = calloc(MAX_LINES, sizeof *e->starts);
    e->lens = calloc(MAX_LINES, sizeof *e->lens);
    e->line_h =
        face_em[g->face].line ? (px * face_em[g->face].line + 50) / 100 : TTF_FontLineSkip(font);
    int len = (int)strlen(text);
    int pos = 0;
    while (pos < len && e->nlines < MAX_LINES) {
        /* Skip spaces at the start of a line. */
        while (pos < len && text[pos] == ' ') pos++;
        int nl = pos;
        while (nl < len && text[nl] != '\n') nl++;
        int best = -1;  /* end of the longest prefix that fits, at a space */
        int first = nl; /* the first place it may break at a space */
        int i = pos;
        while (i <= nl) {
            if (i == nl || (text[i] == ' ' && i > pos && breaks_at(text, i, nl))) {
                if (first == nl) first = i;
                if (measure(g, f, px, text + pos, i - pos) <= width)
                    best = i;
                else
                    break;
            }
            if (i == nl) break;
            i++;
        }
        /* A long word may break inside rather than leave the line half empty or be cut
         * anywhere (soft_break_at says where). */
        int soft = -1;
        if (best <= pos || measure(g, f, px, text + pos, best - pos) < width / 2) {
            int ws = pos, we = pos;
            for (int k = pos + 1; k < nl; k++) {
                if (text[k] == ' ') continue;
                if (k >= we) word_around(text, k, pos, nl, &ws, &we);
                if (k == ws || !soft_break_at(g, f, px, text, k, ws, we, width)) continue;
                if (measure(g, f, px, text + pos, k - pos) > width) break;
                soft = k;
            }
        }
        int end;
        if (soft > best) {
            end = soft;
        } else if (best > pos) {
            end = best;
        } else if (holds_host(text, pos, first)) {
            /* A host name that cannot fit stays whole on a line wider than width: the
             * caller's gfx_text_fit sees it and picks a smaller size. */
            end = first;
        } else {
            /* One word wider than the line: cut it where it stops fitting. */
            e->broken = true;
            end = utf8_next(text, pos, nl);
            while (end < nl) {
                int next = utf8_next(text, end, nl);
                if (measure(g, f, px, text + pos, next - pos) > width) break;
                end = next;
            }
        }
        int lw = measure(g, f, px, text + pos, end - pos);
        if (lw > e->max_w) e->max_w = lw;
        e->starts[e->nlines] = pos;
        e->lens[e->nlines] = end - pos;
        e->nlines++;
        pos = end;
        if (pos < len && text[pos] == '\n' && end == nl) pos++;
    }
    while (pos < len && (text[pos] == ' ' || text[pos] == '\n')) pos++;
    e->truncated = pos < len;
    cache_add(g, e);
    return e;
}

/* ---- drawing ---------------------------------------------------------------- */

static gfx_text_entry *texture(gfx *g, const char *text, gfx_font f, int px, gfx_color c)
{
    uint64_t h = hash_key(ENTRY_TEXTURE, text, f, px, c, 0);
    gfx_text_entry *e = cache_find(g, h, ENTRY_TEXTURE, text, f, px, c, 0);
    if (e) return e;
    TTF_Font *font = gfx_font_at(g, f, px);
    if (!font || !*text) return NULL;
    SDL_Color sc = {c.r, c.g, c.b, c.a};
    SDL_Surface *s = face_render(g, f, px, text, sc);
    if (!s) return NULL;
    SDL_Texture *t = SDL_CreateTextureFromSurface(g->renderer, s);
    int tw = s->w, th = s->h;
    SDL_FreeSurface(s);
    if (!t) return NULL;
    g->rasterised++;
    e = calloc(1, sizeof *e);
    if (!e) {
        SDL_DestroyTexture(t);
        return NULL;
    }
    e->kind = ENTRY_TEXTURE;
    e->hash = h;
    e->text = strdup(text);
    e->font = f;
    e->px = px;
    e->color = c;
    e->used = g->frame;
    e->tex = t;
    e->tw = tw;
    e->th = th;
    cache_add(g, e);
    return e;
}

void gfx_text_size(gfx *g, const char *text, gfx_font f, int px, int *w, int *h)
{
    TTF_Font *font = gfx_font_at(g, f, px);
    *w = *h = 0;
    if (!font) return;
    if (*text)
        *w = face_size(g, f, px, text, (int)strlen(text), h);
    else
        *h = face_height(g, font, px);
}

int gfx_text(gfx *g, const char *text, gfx_font f, int px, int x, int y, gfx_align align,
             gfx_color c)
{
    gfx_text_entry *e = texture(g, text, f, px, c);
    if (!e) return 0;
    int dx = align == GFX_ALIGN_CENTER ? x - e->tw / 2 : align == GFX_ALIGN_RIGHT ? x - e->tw : x;
    /* out of its room: its layout box is (a face's accents may rise above it) */
    SDL_Rect box = {dx, y, e->tw, face_em[g->face].height ? (px * FACE_BOX_EM + 50) / 100 : e->th};
    if (outside_room(g, &box)) note_cut(g, text, true);
    if (g->boxes.on) box_add(g, &box, true);
    SDL_Rect dst = {dx, y - face_rise(g, px), e->tw, e->th};
    SDL_RenderCopy(g->renderer, e->tex, NULL, &dst);
    return e->tw;
}

int gfx_text_wrapped_height(gfx *g, const char *text, gfx_font f, int px, int width, int *used_w)
{
    gfx_text_entry *e = wrap(g, text, f, px, width);
    if (used_w) *used_w = e ? e->max_w : 0;
    return e ? e->nlines * e->line_h : 0;
}

int gfx_text_lines(gfx *g, const char *text, gfx_font f, int px, int width, gfx_text_line *lines,
                   int max)
{
    gfx_text_entry *e = wrap(g, text, f, px, width);
    if (!e) return 0;
    for (int i = 0; i < e->nlines && i < max; i++)
        lines[i] = (gfx_text_line){e->starts[i], e->lens[i]};
    return e->nlines;
}

int gfx_text_wrapped(gfx *g, const char *text, gfx_font f, int px, int x, int y, int width,
                     gfx_align align, gfx_color c)
{
    gfx_text_entry *e = wrap(g, text, f, px, width);
    if (!e) return 0;
    if (e->truncated || e->max_w > width) note_cut(g, text, !e->truncated);
    /* the reading texts (prompts, answers, explanations) are wrapped: the smallest of them */
    if (!g->text_min_px || px < g->text_min_px) g->text_min_px = px;
    /* Copy out: drawing a line may grow the cache and move entries. */
    int n = e->nlines, lh = e->line_h;
    char line[2048];
    int starts[MAX_LINES], lens[MAX_LINES];
    memcpy(starts, e->starts, sizeof(int) * (size_t)n);
    memcpy(lens, e->lens, sizeof(int) * (size_t)n);
    for (int i = 0; i < n; i++) {
        int l = lens[i] < (int)sizeof line - 1 ? lens[i] : (int)sizeof line - 1;
        memcpy(line, text + starts[i], (size_t)l);
        line[l] = '\0';
        while (l > 0 && line[l - 1] == ' ') line[--l] = '\0';
        int lx = align == GFX_ALIGN_CENTER  ? x + width / 2
                 : align == GFX_ALIGN_RIGHT ? x + width
                                            : x;
        g->cut_whole = text; /* a line cut is told as its whole text */
        gfx_text(g, line, f, px, lx, y + i * lh, align, c);
        g->cut_whole = NULL;
    }
    return n * lh;
}

void gfx_text_min_reset(gfx *g)
{
    g->text_min_px = 0;
}

int gfx_text_min(const gfx *g)
{
    return g->text_min_px;
}

void gfx_set_fit_floor(gfx *g, int pct)
{
    g->fit_pct = pct < 100 ? 100 : pct > 200 ? 200 : pct;
}

/* The smallest size a fit may go down to: min_px, or less under gfx_set_fit_floor. */
static int fit_floor(const gfx *g, int min_px)
{
    return g->fit_pct > 100 ? min_px * 100 / g->fit_pct : min_px;
}

int gfx_text_fit(gfx *g, const char *text, gfx_font f, int max_px, int min_px, int w, int h)
{
    min_px = fit_floor(g, min_px);
    for (int px = max_px; px > min_px; px -= px > 40 ? 3 : 2) {
        /* fits: in its height, no line wider than w, no word cut in two ("Hameçonnag / e") */
        gfx_text_entry *e = wrap(g, text, f, px, w);
        if (e && e->nlines * e->line_h <= h && e->max_w <= w && !e->broken) return px;
    }
    return min_px;
}

int gfx_text_fit_line(gfx *g, const char *text, gfx_font f, int max_px, int min_px, int w)
{
    min_px = fit_floor(g, min_px);
    int px = max_px, tw, th;
    for (; px > min_px; px--) {
        gfx_text_size(g, text, f, px, &tw, &th);
        if (tw <= w) break;
    }
    return px;
}

void gfx_text_ellipsize(gfx *g, const char *text, gfx_font f, int px, int max_w, char *buf,
                        size_t n)
{
    TTF_Font *font = gfx_font_at(g, f, px);
    snprintf(buf, n, "%s", text);
    if (!font || n < 8) return;
    int w = 0, h = 0;
    w = face_size(g, f, px, buf, (int)strlen(buf), &h);
    if (w <= max_w) {
        if (strlen(text) >= n) note_cut(g, text, false); /* buf was too small for it */
        return;
    }
    /* The longest start that fits with "…", cut at a space when one is near enough. */
    size_t len = strlen(buf), fit = 0, space = 0;
    for (size_t i = 1; i <= len; i++) {
        if (i < len && ((unsigned char)buf[i] & 0xc0) == 0x80) continue;
        if (i + 4 > n) break;
        char save[4];
        memcpy(save, buf + i, 4 < n - i ? 4 : n - i);
        memcpy(buf + i, "\xe2\x80\xa6", 4);
        w = face_size(g, f, px, buf, (int)strlen(buf), &h);
        memcpy(buf + i, save, 4 < n - i ? 4 : n - i);
        if (w > max_w) break;
        fit = i;
        if (i < len && (buf[i] == ' ' || (unsigned char)buf[i] == 0xc2)) space = i;
    }
    size_t cut = space > fit * 2 / 3 ? space : fit;
    /* no "Léo.…" nor "a ·…": spaces and punctuation before the cut go */
    for (;;) {
        unsigned char c = cut > 0 ? (unsigned char)buf[cut - 1] : 0;
        if (c && strchr(" .,;:", c))
            cut--;
        else if (cut >= 2 && (unsigned char)buf[cut - 2] == 0xc2 && (c == 0xa0 || c == 0xb7))
            cut -= 2; /* no-break space, middle dot */
        else
            break;
    }
    if (cut + 4 > n) cut = n - 4;
    memcpy(buf + cut, "\xe2\x80\xa6", 4); /* … */
    note_cut(g, text, false);
}

int gfx_text_balance(gfx *g, const char *text, gfx_font f, int px, int width)
{
    int used;
    int lines = gfx_text_wrapped_height(g, text, f, px, width, &used);
    if (lines == 0) return width;
    const gfx_text_entry *whole = wrap(g, text, f, px, width);
    bool broken = whole && whole->broken;
    /* The narrowest width that keeps the same number of lines: no orphan word alone on
     * the last line. Widths step by 1/32 to keep the cache small. A host name kept whole
     * may spill past a narrower width: that width is too narrow. */
    int lo = width / 2, best = width, step = width / 32 > 1 ? width / 32 : 1;
    for (int w = width - step; w >= lo; w -= step) {
        int uw;
        if (gfx_text_wrapped_height(g, text, f, px, w, &uw) != lines) break;
        if (uw > w && used <= width) break;
        /* nor a width that cuts a word the full width keeps whole ("Hameçonnag / e") */
        const gfx_text_entry *e = wrap(g, text, f, px, w);
        if (e && e->broken && !broken) break;
        best = w;
    }
    return best;
}
