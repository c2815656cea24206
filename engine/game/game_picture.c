/* game_picture.c — a picture's size from its header (PNG IHDR, JPEG SOF), checked before any
 * decoder sees the file. Only the C library: the caller opens the file (without blocking) and
 * hands a read function; nothing here allocates.
 */
#include "game_picture.h"

#include <string.h>

/* A JPEG whose frame header is not within this many segments is refused (a camera's file has a
 * dozen): a file of tiny segments must not cost millions of reads. */
#define JPEG_SEGMENTS_MAX 512

static uint32_t be32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static uint32_t be16(const unsigned char *p)
{
    return (uint32_t)p[0] << 8 | p[1];
}

/* CRC-32 (ISO 3309, as PNG uses it), bit by bit: it only ever sees an IHDR's 17 bytes. */
static uint32_t crc32_of(const unsigned char *p, size_t n)
{
    uint32_t c = 0xffffffffu;
    for (size_t i = 0; i < n; i++) {
        c ^= p[i];
        for (int k = 0; k < 8; k++) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
    }
    return c ^ 0xffffffffu;
}

static game_picture_status sized(game_picture_info *out, game_picture_format f, uint32_t w,
                                 uint32_t h)
{
    *out = (game_picture_info){f, w, h};
    if (w == 0 || h == 0) return GAME_PICTURE_BROKEN;
    if (w > GAME_PICTURE_SIDE_MAX || h > GAME_PICTURE_SIDE_MAX) return GAME_PICTURE_TOO_LARGE;
    return GAME_PICTURE_OK;
}

/* Signature, then IHDR first: length 13, type, width, height, depth, colour type, compression,
 * filter, interlace, CRC. */
static game_picture_status png(game_picture_read_fn read, void *ud, game_picture_info *out)
{
    unsigned char b[33];
    if (read(ud, 0, b, sizeof b) != sizeof b) return GAME_PICTURE_BROKEN;
    if (be32(b + 8) != 13 || memcmp(b + 12, "IHDR", 4) != 0) return GAME_PICTURE_BROKEN;
    if (crc32_of(b + 12, 17) != be32(b + 29)) return GAME_PICTURE_BROKEN;
    uint32_t w = be32(b + 16), h = be32(b + 20);
    unsigned depth = b[24], colour = b[25];
    bool depth_ok;
    switch (colour) {
    case 0:
        depth_ok = depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
        break;
    case 3:
        depth_ok = depth == 1 || depth == 2 || depth == 4 || depth == 8;
        break;
    case 2:
    case 4:
    case 6:
        depth_ok = depth == 8 || depth == 16;
        break;
    default:
        depth_ok = false;
    }
    if (!depth_ok || b[26] != 0 || b[27] != 0 || b[28] > 1 || w > 0x7fffffffu || h > 0x7fffffffu)
        return GAME_PICTURE_BROKEN;
    return sized(out, GAME_PICTURE_PNG, w, h);
}

/* SOI, then markers: fill bytes 0xff, standalone markers (TEM, RST0–7) without a length, the
 * others with a 16-bit length that counts itself, until a frame header SOFn. SOS or EOI
 * before it, or a cut, is a broken file. */
static game_picture_status jpeg(game_picture_read_fn read, void *ud, uint64_t size,
                                game_picture_info *out)
{
    uint64_t at = 2;
    for (int step = 0; step < JPEG_SEGMENTS_MAX; step++) {
        unsigned char m[2];
        if (read(ud, at, m, 2) != 2 || m[0] != 0xff) return GAME_PICTURE_BROKEN;
        unsigned marker = m[1];
        if (marker == 0xff) { /* a fill byte: the marker comes next */
            at += 1;
            continue;
        }
        at += 2;
        if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue;
        if (marker == 0xd8 || marker == 0xd9 || marker == 0xda || marker == 0x00)
            return GAME_PICTURE_BROKEN;
        unsigned char seg[8];
        if (read(ud, at, seg, 2) != 2) return GAME_PICTURE_BROKEN;
        uint32_t len = be16(seg);
        if (len < 2 || at + len > size) return GAME_PICTURE_BROKEN;
        bool sof =
            marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
        if (sof) {
            /* length, precision, height, width, components (1 to 4, 3 bytes each) */
            if (len < 8 || read(ud, at, seg, 8) != 8) return GAME_PICTURE_BROKEN;
            unsigned ncomp = seg[7];
            if (ncomp < 1 || ncomp > 4 || len < 8 + 3 * ncomp) return GAME_PICTURE_BROKEN;
            return sized(out, GAME_PICTURE_JPEG, be16(seg + 5), be16(seg + 3));
        }
        at += len;
    }
    return GAME_PICTURE_BROKEN;
}

game_picture_status game_picture_parse(game_picture_read_fn read, void *ud, uint64_t size,
                                       game_picture_info *out)
{
    *out = (game_picture_info){0};
    if (size > GAME_PICTURE_FILE_MAX) return GAME_PICTURE_HUGE_FILE;
    unsigned char sig[8];
    size_t got = read(ud, 0, sig, sizeof sig);
    if (got == sizeof sig && memcmp(sig, "\x89PNG\r\n\x1a\n", 8) == 0) return png(read, ud, out);
    if (got >= 3 && memcmp(sig, "\xff\xd8\xff", 3) == 0) return jpeg(read, ud, size, out);
    /* The first bytes of one or the other, cut short: a broken picture, not a text file. */
    if ((got && memcmp(sig, "\x89PNG\r\n\x1a\n", got) == 0) ||
        (got && memcmp(sig, "\xff\xd8\xff", got < 3 ? got : 3) == 0))
        return GAME_PICTURE_BROKEN;
    return GAME_PICTURE_NOT_IMAGE;
}

typedef struct {
    const unsigned char *p;
    size_t n;
} bytes_source;

static size_t read_bytes(void *ud, uint64_t offset, void *buf, size_t n)
{
    const bytes_source *s = ud;
    if (offset >= s->n) return 0;
    if (n > s->n - offset) n = s->n - (size_t)offset;
    memcpy(buf, s->p + offset, n);
    return n;
}

game_picture_status game_picture_parse_bytes(const void *bytes, size_t n, game_picture_info *out)
{
    bytes_source s = {bytes, n};
    return game_picture_parse(read_bytes, &s, n, out);
}

const char *game_picture_why(game_picture_status s)
{
    static const char *const why[GAME_PICTURE_STATUS_COUNT] = {
        [GAME_PICTURE_OK] = "is a picture",
        [GAME_PICTURE_MISSING] = "is not found",
        [GAME_PICTURE_NOT_FILE] = "is not a regular file",
        [GAME_PICTURE_HUGE_FILE] = "is over 16 MiB",
        [GAME_PICTURE_UNREADABLE] = "cannot be read",
        [GAME_PICTURE_NOT_IMAGE] = "is neither a PNG nor a JPEG",
        [GAME_PICTURE_BROKEN] = "has a broken or cut PNG/JPEG header",
        [GAME_PICTURE_TOO_LARGE] = "is larger than 4096 pixels on a side",
    };
    return (unsigned)s < GAME_PICTURE_STATUS_COUNT ? why[s] : "cannot be read";
}
