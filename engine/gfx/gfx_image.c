/* gfx_image.c — pictures from level packs (PNG, JPEG through SDL_image), decoded on first
 * use and kept; a file that cannot be read is remembered as such, not retried each frame.
 * Nothing reaches the decoder before its header passed game_picture_parse (size, format):
 * a level's file is hostile until its header says otherwise.
 */
#include "gfx_internal.h"

#include <SDL_image.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Reads the whole file at path into *out (malloc'd), refusing what is not a regular file
 * (opened without blocking: a FIFO named .png must not hang the frame) or is over the cap. */
static game_picture_status read_file(const char *path, unsigned char **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) return errno == ENOENT ? GAME_PICTURE_MISSING : GAME_PICTURE_UNREADABLE;
    game_picture_status st = GAME_PICTURE_OK;
    struct stat sb;
    if (fstat(fd, &sb) != 0) {
        st = GAME_PICTURE_UNREADABLE;
    } else if (!S_ISREG(sb.st_mode)) {
        st = GAME_PICTURE_NOT_FILE;
    } else if ((uint64_t)sb.st_size > GAME_PICTURE_FILE_MAX) {
        st = GAME_PICTURE_HUGE_FILE;
    } else if (!(*out = malloc(sb.st_size ? (size_t)sb.st_size : 1))) {
        st = GAME_PICTURE_UNREADABLE;
    } else {
        while (*n < (size_t)sb.st_size) {
            ssize_t r = read(fd, *out + *n, (size_t)sb.st_size - *n);
            if (r < 0 && errno == EINTR) continue;
            if (r <= 0) break; /* shorter than it said: the header check sees what is there */
            *n += (size_t)r;
        }
    }
    close(fd);
    if (st != GAME_PICTURE_OK) {
        free(*out);
        *out = NULL;
    }
    return st;
}

static int find(const gfx *g, const char *path)
{
    for (int i = 0; i < GFX_IMAGES; i++)
        if (g->images[i].path && strcmp(g->images[i].path, path) == 0) return i;
    return -1;
}

static void drop(gfx *g, int i)
{
    if (g->images[i].tex) SDL_DestroyTexture(g->images[i].tex);
    g->image_pixels -= (uint64_t)g->images[i].w * (uint64_t)g->images[i].h * !!g->images[i].tex;
    free(g->images[i].path);
    memset(&g->images[i], 0, sizeof g->images[i]);
}

/* A free slot with room for px more decoded pixels, making it by dropping the pictures used
 * longest ago, but none drawn in this frame; -1 when there is none (more than the cache holds
 * in one frame: the picture is not drawn rather than decoded again every frame). */
static int make_room(gfx *g, uint64_t px)
{
    for (;;) {
        int free_slot = -1, victim = -1;
        for (int i = 0; i < GFX_IMAGES; i++) {
            if (!g->images[i].path) {
                if (free_slot < 0) free_slot = i;
            } else if (g->images[i].used != g->frame + 1 &&
                       (victim < 0 || g->images[i].used < g->images[victim].used)) {
                victim = i;
            }
        }
        if (free_slot >= 0 && g->image_pixels + px <= GFX_IMAGE_PIXELS) return free_slot;
        if (victim < 0) return -1;
        drop(g, victim);
    }
}

/* The cache entry of path, decoding it on first use; -1 when it cannot be kept this frame. */
static int slot_for(gfx *g, const char *path)
{
    int i = find(g, path);
    if (i >= 0) return i;
    unsigned char *bytes = NULL;
    size_t n = 0;
    game_picture_info info = {0};
    game_picture_status st = read_file(path, &bytes, &n);
    if (st == GAME_PICTURE_OK) st = game_picture_parse_bytes(bytes, n, &info);
    uint64_t px = st == GAME_PICTURE_OK ? (uint64_t)info.w * info.h : 0;
    char *copy = strdup(path);
    i = copy ? make_room(g, px) : -1;
    if (i < 0) {
        free(copy);
        free(bytes);
        return -1;
    }
    g->images[i].path = copy;
    if (st == GAME_PICTURE_OK) {
        SDL_RWops *rw = SDL_RWFromConstMem(bytes, (int)n);
        SDL_Surface *s =
            rw ? IMG_LoadTyped_RW(rw, 1, info.format == GAME_PICTURE_PNG ? "PNG" : "JPG") : NULL;
        g->image_decodes++;
        /* The decoder must agree with the header it was allowed in on. */
        if (s && (uint32_t)s->w == info.w && (uint32_t)s->h == info.h) {
            g->images[i].tex = SDL_CreateTextureFromSurface(g->renderer, s);
            if (g->images[i].tex) {
                SDL_SetTextureScaleMode(g->images[i].tex, SDL_ScaleModeLinear);
                g->images[i].w = s->w;
                g->images[i].h = s->h;
                g->image_pixels += px;
            }
        }
        if (s) SDL_FreeSurface(s);
    }
    free(bytes);
    return i;
}

bool gfx_image_place(gfx *g, const char *path, gfx_rect r, gfx_rect *out)
{
    int i = slot_for(g, path);
    if (i < 0) return false;
    g->images[i].used = g->frame + 1;
    if (!g->images[i].tex || r.w <= 0 || r.h <= 0) return false;
    int w = g->images[i].w, h = g->images[i].h;
    /* Fit inside r; never enlarge past twice the picture's size (it would blur). */
    double k = (double)r.w / w < (double)r.h / h ? (double)r.w / w : (double)r.h / h;
    if (k > 2) k = 2;
    *out = (gfx_rect){r.x + (r.w - (int)(w * k)) / 2, r.y + (r.h - (int)(h * k)) / 2, (int)(w * k),
                      (int)(h * k)};
    return true;
}

bool gfx_image_draw(gfx *g, const char *path, gfx_rect r, gfx_rect *drawn)
{
    gfx_rect d;
    if (!gfx_image_place(g, path, r, &d)) return false;
    if (drawn) *drawn = d;
    SDL_Rect dst = {d.x, d.y, d.w, d.h};
    SDL_RenderCopy(g->renderer, g->images[find(g, path)].tex, NULL, &dst);
    return true;
}

size_t gfx_image_decodes(const gfx *g)
{
    return g->image_decodes;
}

void gfx_image_deinit(gfx *g)
{
    for (int i = 0; i < GFX_IMAGES; i++) drop(g, i);
    g->image_pixels = 0;
}
