/* gfx_internal.h — shared by the gfx/ files only. */
#ifndef VIGIE_GFX_INTERNAL_H
#define VIGIE_GFX_INTERNAL_H

#include "gfx.h"
#include "game/game_picture.h"

#include <SDL.h>
#include <SDL_ttf.h>

/* The fonts kept open, one per face and size: a mock-up that seeks the largest size that fits
 * measures at some 30 sizes a frame; with fewer kept, a font is closed and opened again from
 * its file every frame (a ringing call cost 13.6 ms a frame with 24, 1 ms with 48, for 1.3 MiB
 * more). */
#define GFX_FONT_SIZES 48
#define GFX_DISCS      96
/* Pictures kept decoded: all that one screen may show (a mini-game's images and the question's
 * own picture, which the level reader holds to GAME_PICTURE_PIXELS_MAX together), so a frame
 * never decodes a picture it drew before; at most 256 MiB of textures. */
#define GFX_IMAGES       (GAME_PICTURES_MAX + 1)
#define GFX_IMAGE_PIXELS ((uint64_t)GAME_PICTURE_PIXELS_MAX)

#define GFX_BOXES 512

typedef struct gfx_text_entry gfx_text_entry;

struct gfx {
    SDL_Window *window;   /* NULL when offscreen */
    SDL_Surface *surface; /* the offscreen target */
    SDL_Renderer *renderer;
    int w, h;
    bool ttf_inited;
    /* Fullscreen made by hand, where no window manager honours the request (a bare X server
     * at a stand): the window's place and size before, to go back to. */
    bool manual_fullscreen;
    SDL_Rect windowed;

    /* the face's regular and bold, then (another face than DejaVu) DejaVu's, for the glyphs
     * the face lacks (OpenDyslexic has no arrows, no ✓ ✗, no narrow no-break space) */
    char *font_path[2 * GFX_FONT_COUNT];
    gfx_face face;
    int fit_pct;     /* gfx_set_fit_floor: 100 or more; 0 as 100 */
    int text_min_px; /* the smallest text drawn since gfx_text_min_reset, 0: none */
    struct {
        int f; /* a gfx_font, or GFX_FONT_COUNT + it for its fallback */
        int px;
        TTF_Font *font;
        uint64_t used;
    } fonts[GFX_FONT_SIZES];
    int font_last; /* the slot returned last (font_slot) */
    /* gfx_boxes_log: the texts and the solid boxes (buttons, panels) drawn, clipped, for
     * gfx_boxes_overlaps */
    struct {
        bool on;
        int n;
        struct {
            SDL_Rect r;
            bool text;
        } b[GFX_BOXES];
    } boxes;

    /* Text cache: open addressing on a power-of-two table. */
    gfx_text_entry **slots;
    size_t nslots, nentries;
    uint64_t frame;
    size_t rasterised;
    /* Texts shortened or spilling out of their room (gfx_text_cuts), and the last one. */
    gfx_text_cut_stats cuts;
    gfx_text_cut_fn cut_fn; /* told of each cut (gfx_text_cuts_watch) */
    void *cut_ud;
    const char *cut_whole; /* the wrapped text whose line is being drawn */
    bool clip_scrolls;     /* the clip is a scrolled view's (gfx_clip_scrolled) */

    /* Anti-aliased discs by radius and colour, for corners and circles: copied at their
     * own size and in their own colour, because a scaled or tinted copy takes the
     * software renderer's slow paths. */
    struct {
        int r;
        gfx_color c;
        SDL_Texture *tex;
        uint64_t used;
    } discs[GFX_DISCS];

    struct {
        char *path;
        SDL_Texture *tex; /* NULL: the file could not be read (not tried again) */
        int w, h;
        uint64_t used;
    } images[GFX_IMAGES];
    uint64_t image_pixels; /* decoded pixels the kept pictures hold */
    size_t image_decodes;  /* pictures decoded since creation (gfx_image_decodes) */
};

TTF_Font *gfx_font_at(gfx *g, gfx_font f, int px);
bool gfx_text_init(gfx *g);
void gfx_text_deinit(gfx *g);
bool gfx_shape_init(gfx *g);
void gfx_shape_deinit(gfx *g);
void gfx_image_deinit(gfx *g);

#endif
