/* game_picture.h — what a level's picture may be, read from its first bytes before anything
 * decodes it: a PNG (IHDR) or a JPEG (SOF) of at most 4096 pixels a side, in a regular file of
 * at most 16 MiB, and what one screen's pictures may weigh together. Pure C on bytes the caller
 * reads (the level reader in script/, the decoder in gfx/ both call it); no file, no SDL.
 */
#ifndef VIGIE_GAME_PICTURE_H
#define VIGIE_GAME_PICTURE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A side over this is refused: a 27000² PNG overflows SDL_image's row offsets, 26000² costs
 * 2 GB. 4096² is 64 MiB decoded. */
#define GAME_PICTURE_SIDE_MAX 4096
/* A file over this is refused unread (a 4096² photo is a few MiB). */
#define GAME_PICTURE_FILE_MAX (16u << 20)
/* A mini-game's images = { … } lists at most this many; with the question's own image, one
 * screen shows at most GAME_PICTURES_MAX + 1 pictures (gfx keeps that many decoded). */
#define GAME_PICTURES_MAX 32
/* Decoded pixels one question's pictures may take together (image and images): four 4096²
 * pictures, 256 MiB as RGBA. A level over it is refused, so one screen never decodes more than
 * the picture cache keeps. */
#define GAME_PICTURE_PIXELS_MAX (64u << 20)

typedef enum {
    GAME_PICTURE_OK = 0,
    GAME_PICTURE_MISSING,    /* no such file (the game shows a placeholder) */
    GAME_PICTURE_NOT_FILE,   /* a folder, a FIFO, a device… */
    GAME_PICTURE_HUGE_FILE,  /* over GAME_PICTURE_FILE_MAX bytes */
    GAME_PICTURE_UNREADABLE, /* could not be opened or read */
    GAME_PICTURE_NOT_IMAGE,  /* neither a PNG nor a JPEG by its content */
    GAME_PICTURE_BROKEN,     /* PNG or JPEG, but its header is cut short or malformed */
    GAME_PICTURE_TOO_LARGE,  /* a side over GAME_PICTURE_SIDE_MAX */
    GAME_PICTURE_STATUS_COUNT
} game_picture_status;

typedef enum { GAME_PICTURE_PNG = 1, GAME_PICTURE_JPEG } game_picture_format;

typedef struct {
    game_picture_format format;
    uint32_t w, h; /* as the header says (may exceed the limit when TOO_LARGE) */
} game_picture_info;

/* Reads n bytes at offset of the file into buf; returns how many it read (fewer at the end). */
typedef size_t (*game_picture_read_fn)(void *ud, uint64_t offset, void *buf, size_t n);

/* Reads the header of a picture of `size` bytes through read and fills *out: OK, NOT_IMAGE,
 * BROKEN, TOO_LARGE (out filled) or HUGE_FILE. Reads a few dozen bytes for a PNG, walks the
 * segments before the frame header for a JPEG (at most a few hundred reads). */
game_picture_status game_picture_parse(game_picture_read_fn read, void *ud, uint64_t size,
                                       game_picture_info *out);
/* The same on bytes in memory. */
game_picture_status game_picture_parse_bytes(const void *bytes, size_t n, game_picture_info *out);

/* Why a picture is refused, in English, for level errors: "is 27000×27000 pixels, over …". */
const char *game_picture_why(game_picture_status s);

#endif
