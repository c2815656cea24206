/* gfx.h — drawing: the renderer, cached text, rounded shapes, PNG output.
 *
 * Only gfx/ includes SDL_ttf.h. Callers work in window pixels; sizes are chosen by the
 * UI from the window height so that a 1024×768 projector and a 4K screen both look
 * right. Text is cached per (string, size, weight, colour, wrap width): an unchanged
 * string is rasterised once and its texture reused frame after frame.
 */
#ifndef VIGIE_GFX_H
#define VIGIE_GFX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct SDL_Window SDL_Window;
typedef struct SDL_Renderer SDL_Renderer;

typedef struct {
    uint8_t r, g, b, a;
} gfx_color;

typedef struct {
    int x, y, w, h;
} gfx_rect;

typedef enum { GFX_ALIGN_LEFT = 0, GFX_ALIGN_CENTER, GFX_ALIGN_RIGHT } gfx_align;

typedef struct gfx gfx;

typedef enum {
    GFX_RENDERER_AUTO = 0, /* software unless the machine has a real GPU driver */
    GFX_RENDERER_SOFTWARE,
    GFX_RENDERER_ACCELERATED,
} gfx_renderer_kind;

/* Opens a resizable window of w×h, shrunk to the display's usable area, and its renderer;
 * fullscreen fills the display. NULL with a message in err on failure. */
gfx *gfx_create_window(const char *title, int w, int h, bool fullscreen, gfx_renderer_kind kind,
                       char *err, size_t errlen);
/* A software renderer on an offscreen surface (no window, no X server): for `vigie shot`. */
gfx *gfx_create_offscreen(int w, int h, char *err, size_t errlen);
void gfx_destroy(gfx *g);

SDL_Window *gfx_window(gfx *g);
/* The drawable size in pixels. */
void gfx_size(const gfx *g, int *w, int *h);
/* Call after the window was resized. */
void gfx_resized(gfx *g);
/* Fills the display, or goes back to the window; returns true when now fullscreen. Where no
 * window manager honours the request, the window is made borderless and display-sized. */
bool gfx_toggle_fullscreen(gfx *g);
/* True while the window fills its display. */
bool gfx_fullscreen(const gfx *g);
/* Shrinks *w × *h to fit a display's usable area (0 × 0: unknown, left as asked). */
void gfx_fit_size(int *w, int *h, int usable_w, int usable_h);

void gfx_clear(gfx *g, gfx_color c);
void gfx_present(gfx *g);
/* Writes what was drawn to a PNG file. */
bool gfx_save_png(gfx *g, const char *path, char *err, size_t errlen);

/* ---- shapes ---- */
void gfx_fill_rect(gfx *g, gfx_rect r, gfx_color c);
/* Anti-aliased rounded rectangle (radius clamped to half the smaller side). */
void gfx_fill_rounded(gfx *g, gfx_rect r, int radius, gfx_color c);
/* Anti-aliased filled circle. */
void gfx_fill_circle(gfx *g, int cx, int cy, int radius, gfx_color c);
/* A filled triangle. */
void gfx_fill_triangle(gfx *g, float x0, float y0, float x1, float y1, float x2, float y2,
                       gfx_color c);
/* A thick line with round caps. */
void gfx_line(gfx *g, float x0, float y0, float x1, float y1, float width, gfx_color c);
void gfx_clip(gfx *g, const gfx_rect *r);
/* A clip for a view that scrolls (a long mail): what it hides above or below is reachable by
 * scrolling, so a line it hides there is not counted as cut (gfx_text_cuts); one it hides at
 * its sides still is. gfx_clip ends it. */
void gfx_clip_scrolled(gfx *g, const gfx_rect *r);

/* ---- images ---- */
/* Draws the picture at path (PNG or JPEG) scaled to fit in r, centred, keeping its
 * proportions; decoded once and kept. Returns false when it cannot be read, or its header
 * refuses it before any decoding (game/game_picture.h: not a regular file, over 16 MiB,
 * neither PNG nor JPEG, over 4096 pixels a side), or it would not fit in the cache beside the
 * pictures drawn in this frame (the caller draws a placeholder). */
bool gfx_image_draw(gfx *g, const char *path, gfx_rect r, gfx_rect *drawn);
/* Where gfx_image_draw would put the picture inside r; false if it cannot be loaded. */
bool gfx_image_place(gfx *g, const char *path, gfx_rect r, gfx_rect *out);
/* Pictures decoded since creation: the tests' proof that a frame decodes nothing it kept. */
size_t gfx_image_decodes(const gfx *g);

/* ---- text ---- */
typedef enum { GFX_FONT_REGULAR = 0, GFX_FONT_BOLD, GFX_FONT_COUNT } gfx_font;

/* Finds the fonts (VIGIE_FONT_DIR, then the Debian paths of fonts-dejavu-core). */
bool gfx_fonts_ok(const gfx *g);

/* The typeface every text is drawn in: DejaVu Sans, or OpenDyslexic (Debian's
 * fonts-opendyslexic; VIGIE_FONT_DIR first) with a quarter more space between lines. False
 * when its files are not found: the face stays as it was. Empties the text cache. */
typedef enum { GFX_FACE_DEFAULT = 0, GFX_FACE_DYSLEXIC, GFX_FACE_COUNT } gfx_face;
bool gfx_set_face(gfx *g, gfx_face face);
gfx_face gfx_get_face(const gfx *g);

/* Size of one line of text at px pixels. */
void gfx_text_size(gfx *g, const char *text, gfx_font f, int px, int *w, int *h);
/* Height text takes when wrapped at width (and the widest line in *used_w if not NULL, which
 * may exceed width when a host name cannot fit: see gfx_text_lines). */
int gfx_text_wrapped_height(gfx *g, const char *text, gfx_font f, int px, int width, int *used_w);
/* One line of wrapped text: text[start .. start + len). */
typedef struct {
    int start, len;
} gfx_text_line;
/* The lines text wraps into at width: fills up to max of them and returns how many there
 * are. Lines break at spaces; a host name, a mail address or a URL breaks nowhere but after
 * a "/", and only when it is wider than the line: one that cannot fit stays whole on a line
 * wider than width, so that gfx_text_fit picks a smaller size. */
int gfx_text_lines(gfx *g, const char *text, gfx_font f, int px, int width, gfx_text_line *lines,
                   int max);
/* Draws one line; x is the left, centre or right edge by align; y is the top. Returns width. */
int gfx_text(gfx *g, const char *text, gfx_font f, int px, int x, int y, gfx_align align,
             gfx_color c);
/* Draws text wrapped at width, lines aligned within [x, x+width]. Returns the height. */
int gfx_text_wrapped(gfx *g, const char *text, gfx_font f, int px, int x, int y, int width,
                     gfx_align align, gfx_color c);
/* The largest size in [min_px, max_px] at which text wrapped at w fits in h (min_px if none). */
int gfx_text_fit(gfx *g, const char *text, gfx_font f, int max_px, int min_px, int w, int h);
/* Texts made larger (the player's text size, pct % of the normal one): a fit may shrink a
 * text down to its min_px × 100 / pct, the normal size's floor, rather than cut it. */
void gfx_set_fit_floor(gfx *g, int pct);
/* The smallest size a wrapped text (a prompt, an answer, an explanation: what is read, not a
 * key hint) was drawn at since the reset (0: none): larger text must not make a screen's
 * smallest reading text smaller than the normal size does. */
void gfx_text_min_reset(gfx *g);
int gfx_text_min(const gfx *g);
/* A frame's boxes, to find texts that overlap: on, gfx_text logs each text's box and
 * gfx_box_mark each solid box (a button, a panel), both clipped to what shows; off stops and
 * empties the log. gfx_boxes_overlaps counts the texts that cross another text or the edge of a
 * solid box (a text inside a box, as a button's label, is where it belongs). */
void gfx_boxes_log(gfx *g, bool on);
void gfx_box_mark(gfx *g, gfx_rect r);
unsigned gfx_boxes_overlaps(const gfx *g);
/* The largest size in [min_px, max_px] at which text fits on one line of width w (min_px if
 * none): a label shrinks before it is cut. */
int gfx_text_fit_line(gfx *g, const char *text, gfx_font f, int max_px, int min_px, int w);
/* Copies into buf the longest start of text that fits in max_w, ending with "…" when it
 * had to be shortened (for one-line summaries; full text is shown elsewhere). */
void gfx_text_ellipsize(gfx *g, const char *text, gfx_font f, int px, int max_w, char *buf,
                        size_t n);
/* The narrowest width, down to half of width, at which text wraps into as many lines as
 * at width: centred blocks look balanced and leave no word alone on the last line. */
int gfx_text_balance(gfx *g, const char *text, gfx_font f, int px, int width);
/* Drops cached text not used in the last few frames; call once per presented frame. */
void gfx_text_cache_trim(gfx *g);
/* Every text the layer had to cut or could not fit, since creation or the last reset: a
 * string shortened with "…" (gfx_text_ellipsize), wrapped into more lines than it keeps, a
 * wrapped line wider than its width (a host name kept whole), or a line drawn partly off the
 * window or outside the clip rectangle. Screens that must show their text whole (a question,
 * its choices, the feedback, the recap, the report) are tested on it. */
typedef struct {
    unsigned cut;      /* shortened: part of the text is not on screen */
    unsigned overflow; /* drawn past its width, or too tall for its box */
    char last[200];    /* the last such text, for the test's message */
} gfx_text_cut_stats;
void gfx_text_cuts(const gfx *g, gfx_text_cut_stats *out);
void gfx_text_cuts_reset(gfx *g);
/* Calls fn with each text as it is cut (overflow: drawn past its room rather than shortened),
 * so that `vigie check` can name every one; NULL stops. The text is borrowed for the call. */
typedef void (*gfx_text_cut_fn)(void *ud, const char *text, bool overflow);
void gfx_text_cuts_watch(gfx *g, gfx_text_cut_fn fn, void *ud);
/* Number of cached strings and how many were rasterised since creation (for tests). */
void gfx_text_cache_stats(const gfx *g, size_t *entries, size_t *rasterised);

/* ---- QR codes and reading back ---- */
/* The quiet zone around a QR code, in modules (the standard's). */
#define GFX_QR_QUIET 4
/* The modules a side of text's QR code (level M, 8-bit), 0 when it cannot be encoded. */
int gfx_qr_modules(const char *text);
/* Draws text's QR code in the largest square of whole-pixel modules, quiet zone included, that
 * fits in r, centred: black modules on white whatever the theme. Returns the modules a side
 * (gfx_qr_modules's), 0 when nothing was drawn (no text, or r too small for one pixel each). */
int gfx_qr_draw(gfx *g, const char *text, gfx_rect r);
/* The colour of pixel x, y of what was drawn (opaque); false outside. */
bool gfx_pixel(gfx *g, int x, int y, gfx_color *out);
/* What was drawn in the top h rows (0 or more than the height: all) as PNG bytes in *buf
 * (malloc'ed: the caller frees it), *n long. False (nothing to free) when it cannot. */
bool gfx_png_bytes(gfx *g, int h, void **buf, size_t *n);

#endif
