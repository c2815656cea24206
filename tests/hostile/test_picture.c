/* test_picture.c — hostile pictures in a level pack (issue 11, items 1 and 6): a PNG or JPEG
 * whose header claims 27000×27000, one pixel over the limit, a cut header, a text file named
 * .png, a FIFO named .png. Each is refused by the header check, by the level reader (an error
 * naming the file and its line), by `vigie check`, and by gfx before any decoding. And a
 * mini-game's 32 pictures are decoded once each, however many frames draw them. Every file is
 * written here, in a temporary folder.
 */
#include "../common.h"
#include "game/game_picture.h"
#include "gfx/gfx.h"
#include "script/script.h"

#include <SDL_image.h>
#include <criterion/criterion.h>
#include <signal.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static char dir[64];

static void make_dir(void)
{
    snprintf(dir, sizeof dir, "/tmp/vigie-picture-XXXXXX");
    cr_assert(mkdtemp(dir), "mkdtemp");
    /* A hang (a FIFO opened for reading) fails the test instead of stalling the suite. */
    alarm(120);
}

static void remove_dir(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (dir[0]) (void)!system(cmd);
}

TestSuite(picture, .init = make_dir, .fini = remove_dir);

/* ==== writing pictures by hand ================================================ */

static uint32_t crc32_of(const unsigned char *p, size_t n)
{
    uint32_t c = 0xffffffffu;
    for (size_t i = 0; i < n; i++) {
        c ^= p[i];
        for (int k = 0; k < 8; k++) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
    }
    return c ^ 0xffffffffu;
}

static void put32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)(v >> 24), p[1] = (unsigned char)(v >> 16);
    p[2] = (unsigned char)(v >> 8), p[3] = (unsigned char)v;
}

static size_t chunk(unsigned char *out, const char *type, const unsigned char *data, uint32_t n)
{
    put32(out, n);
    memcpy(out + 4, type, 4);
    if (n) memcpy(out + 8, data, n);
    put32(out + 8 + n, crc32_of(out + 4, 4 + n));
    return 12 + n;
}

/* A PNG that claims w×h (8-bit RGBA), with a few bytes of zlib data and an end: what a
 * decoder would start allocating and writing rows for. Returns its length in buf. */
static size_t png_bytes(unsigned char *buf, uint32_t w, uint32_t h)
{
    size_t n = 0;
    memcpy(buf, "\x89PNG\r\n\x1a\n", 8);
    n = 8;
    unsigned char ihdr[13];
    put32(ihdr, w);
    put32(ihdr + 4, h);
    ihdr[8] = 8, ihdr[9] = 6, ihdr[10] = 0, ihdr[11] = 0, ihdr[12] = 0;
    n += chunk(buf + n, "IHDR", ihdr, 13);
    static const unsigned char idat[] = {0x78, 0x9c, 0x62, 0x60, 0x60, 0x60, 0x00, 0x00, 0xff};
    n += chunk(buf + n, "IDAT", idat, sizeof idat);
    n += chunk(buf + n, "IEND", NULL, 0);
    return n;
}

/* A JPEG: SOI, an APP0 (JFIF), a baseline frame header of w×h, 3 components, EOI. */
static size_t jpeg_bytes(unsigned char *buf, uint32_t w, uint32_t h)
{
    static const unsigned char app0[] = {0xff, 0xd8, 0xff, 0xe0, 0, 16, 'J', 'F', 'I', 'F',
                                         0,    1,    1,    0,    0, 1,  0,   1,   0,   0};
    size_t n = sizeof app0;
    memcpy(buf, app0, n);
    unsigned char sof[] = {0xff,
                           0xc0,
                           0,
                           17,
                           8,
                           (unsigned char)(h >> 8),
                           (unsigned char)h,
                           (unsigned char)(w >> 8),
                           (unsigned char)w,
                           3,
                           1,
                           0x22,
                           0,
                           2,
                           0x11,
                           1,
                           3,
                           0x11,
                           1};
    memcpy(buf + n, sof, sizeof sof);
    n += sizeof sof;
    buf[n++] = 0xff, buf[n++] = 0xd9;
    return n;
}

static void write_at(const char *name, const void *p, size_t n)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    cr_assert(f, "%s", path);
    cr_assert_eq(fwrite(p, 1, n, f), n);
    fclose(f);
}

/* The hostile files, by the trick they try. */
typedef struct {
    const char *name;
    game_picture_status want; /* what the header check says of its bytes (OK: not bytes) */
} hostile;

static const hostile hostiles[] = {
    {"huge-27000.png", GAME_PICTURE_TOO_LARGE},
    {"one-pixel-too-wide-4097x1.png", GAME_PICTURE_TOO_LARGE},
    {"cut-header.png", GAME_PICTURE_BROKEN},
    {"huge-sof.jpg", GAME_PICTURE_TOO_LARGE},
    {"text-named.png", GAME_PICTURE_NOT_IMAGE},
    {"fifo-named.png", GAME_PICTURE_NOT_FILE},
    {"folder-named.png", GAME_PICTURE_NOT_FILE},
    {"dev-zero-named.png", GAME_PICTURE_NOT_FILE},
};
#define NHOSTILE (sizeof hostiles / sizeof *hostiles)

static void write_hostiles(void)
{
    unsigned char buf[256];
    write_at("huge-27000.png", buf, png_bytes(buf, 27000, 27000));
    write_at("one-pixel-too-wide-4097x1.png", buf, png_bytes(buf, 4097, 1));
    size_t n = png_bytes(buf, 16, 16);
    write_at("cut-header.png", buf, 20); /* signature and half the IHDR */
    (void)n;
    write_at("huge-sof.jpg", buf, jpeg_bytes(buf, 30000, 30000));
    const char *text = "this is not a picture\n";
    write_at("text-named.png", text, strlen(text));
    char path[256];
    snprintf(path, sizeof path, "%s/fifo-named.png", dir);
    cr_assert_eq(mkfifo(path, 0600), 0, "mkfifo %s", path);
    snprintf(path, sizeof path, "%s/folder-named.png", dir);
    cr_assert_eq(mkdir(path, 0700), 0);
    snprintf(path, sizeof path, "%s/dev-zero-named.png", dir);
    cr_assert_eq(symlink("/dev/zero", path), 0);
}

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + t.tv_nsec / 1e9;
}

/* ==== the header check, on bytes =============================================== */

Test(picture, the_header_check_refuses_a_27000_squared_png_and_reads_its_claimed_size)
{
    unsigned char buf[256];
    game_picture_info info;
    size_t n = png_bytes(buf, 27000, 27000);
    cr_assert_eq(game_picture_parse_bytes(buf, n, &info), GAME_PICTURE_TOO_LARGE);
    cr_assert_eq(info.w, 27000);
    cr_assert_eq(info.h, 27000);
    cr_assert_eq(info.format, GAME_PICTURE_PNG);
}

Test(picture, the_header_check_draws_the_line_at_4096_pixels_a_side)
{
    unsigned char buf[256];
    game_picture_info info;
    cr_assert_eq(game_picture_parse_bytes(buf, png_bytes(buf, 4096, 4096), &info), GAME_PICTURE_OK);
    cr_assert_eq(game_picture_parse_bytes(buf, png_bytes(buf, 4097, 1), &info),
                 GAME_PICTURE_TOO_LARGE);
    cr_assert_eq(game_picture_parse_bytes(buf, png_bytes(buf, 1, 4097), &info),
                 GAME_PICTURE_TOO_LARGE);
    cr_assert_eq(game_picture_parse_bytes(buf, png_bytes(buf, 0, 10), &info), GAME_PICTURE_BROKEN);
    cr_assert_eq(game_picture_parse_bytes(buf, jpeg_bytes(buf, 4096, 4096), &info),
                 GAME_PICTURE_OK);
    cr_assert_eq(info.format, GAME_PICTURE_JPEG);
    cr_assert_eq(game_picture_parse_bytes(buf, jpeg_bytes(buf, 30000, 30000), &info),
                 GAME_PICTURE_TOO_LARGE);
    cr_assert_eq(info.w, 30000);
}

Test(picture, the_header_check_refuses_every_cut_of_a_header_and_a_wrong_crc)
{
    unsigned char buf[256];
    game_picture_info info;
    size_t n = png_bytes(buf, 16, 16);
    for (size_t cut = 1; cut < 33; cut++)
        cr_assert_eq(game_picture_parse_bytes(buf, cut, &info), GAME_PICTURE_BROKEN, "cut %zu",
                     cut);
    buf[20] ^= 1; /* the height, without fixing the CRC */
    cr_assert_eq(game_picture_parse_bytes(buf, n, &info), GAME_PICTURE_BROKEN);
    n = jpeg_bytes(buf, 640, 480);
    for (size_t cut = 1; cut < n - 2 - 9; cut++) /* up to the last component of the SOF */
        cr_assert_eq(game_picture_parse_bytes(buf, cut, &info), GAME_PICTURE_BROKEN, "cut %zu",
                     cut);
    cr_assert_eq(game_picture_parse_bytes(buf, n, &info), GAME_PICTURE_OK);
}

Test(picture, the_header_check_judges_by_content_not_by_name)
{
    game_picture_info info;
    const char *text = "this is not a picture\n";
    cr_assert_eq(game_picture_parse_bytes(text, strlen(text), &info), GAME_PICTURE_NOT_IMAGE);
    cr_assert_eq(game_picture_parse_bytes("", 0, &info), GAME_PICTURE_NOT_IMAGE);
    cr_assert_eq(game_picture_parse_bytes("GIF89a\1\0\1\0", 10, &info), GAME_PICTURE_NOT_IMAGE);
}

Test(picture, a_jpeg_of_endless_tiny_segments_is_refused_in_bounded_reads)
{
    size_t n = 2 + 4 * 100000 + 2;
    unsigned char *buf = malloc(n);
    cr_assert(buf);
    buf[0] = 0xff, buf[1] = 0xd8;
    for (size_t i = 0; i < 100000; i++) memcpy(buf + 2 + 4 * i, "\xff\xfe\x00\x02", 4);
    buf[n - 2] = 0xff, buf[n - 1] = 0xd9;
    game_picture_info info;
    cr_assert_eq(game_picture_parse_bytes(buf, n, &info), GAME_PICTURE_BROKEN);
    free(buf);
}

Test(picture, mangled_headers_never_read_out_of_bounds_nor_pass_over_the_limit)
{
    unsigned seed = test_seed("mangled_headers", 11);
    srand(seed);
    unsigned char good[2][128], buf[128];
    size_t len[2] = {png_bytes(good[0], 640, 480), jpeg_bytes(good[1], 640, 480)};
    for (int i = 0; i < 100000; i++) {
        int which = i & 1;
        size_t n = (size_t)rand() % (len[which] + 1);
        memcpy(buf, good[which], n);
        for (int k = rand() % 4; k > 0 && n; k--) buf[(size_t)rand() % n] = (unsigned char)rand();
        /* exactly n bytes on the heap, so that ASan sees a read past them */
        unsigned char *p = malloc(n ? n : 1);
        cr_assert(p);
        memcpy(p, buf, n);
        game_picture_info info;
        game_picture_status st = game_picture_parse_bytes(p, n, &info);
        free(p);
        cr_assert(st < GAME_PICTURE_STATUS_COUNT, "seed %u", seed);
        if (st == GAME_PICTURE_OK)
            cr_assert(info.w >= 1 && info.h >= 1 && info.w <= GAME_PICTURE_SIDE_MAX &&
                          info.h <= GAME_PICTURE_SIDE_MAX,
                      "seed %u: %ux%u", seed, info.w, info.h);
    }
}

/* ==== the level reader and `vigie check` ====================================== */

/* Writes dir/level.lua with a question whose image is `name` on line 5 (kind: "choice",
 * "hotspot" or "game"); returns its path. */
static const char *write_level(const char *kind, const char *name)
{
    static char path[256];
    snprintf(path, sizeof path, "%s/level.lua", dir);
    FILE *f = fopen(path, "w");
    cr_assert(f);
    const char *body =
        !strcmp(kind, "hotspot")
            ? "spots = { { x = 0.1, y = 0.1, w = 0.2, h = 0.2, label = \"here\" } },\n"
        : !strcmp(kind, "game") ? "draw = function(g) end, finish = function() return 0 end,\n"
                                : "choices = { \"A\", \"B\" }, correct = 1,\n";
    fprintf(f,
            "return {\n"
            "  id = \"pictures\", title = \"Pictures\",\n"
            "  questions = {\n"
            "    { kind = \"%s\", prompt = \"Look\", explain = \"x\",\n"
            "      %s = %s\"%s\"%s,\n"
            "      %s"
            "    },\n"
            "  },\n"
            "}\n",
            kind, !strcmp(kind, "game") ? "images" : "image", !strcmp(kind, "game") ? "{ " : "",
            name, !strcmp(kind, "game") ? " }" : "", body);
    fclose(f);
    return path;
}

static void ignore_warning(void *ud, const char *file, int line, const char *msg)
{
    (void)ud, (void)file, (void)line, (void)msg;
}

Test(picture, the_level_reader_refuses_each_hostile_picture_naming_it_and_its_line)
{
    write_hostiles();
    static const char *const kinds[] = {"choice", "hotspot", "game"};
    for (size_t k = 0; k < 3; k++) {
        for (size_t i = 0; i < NHOSTILE; i++) {
            const char *path = write_level(kinds[k], hostiles[i].name);
            script_level *sl = NULL;
            game_error err = {0};
            double t0 = now_s();
            bool ok = script_level_load(path, NULL, ignore_warning, NULL, &sl, &err);
            double took = now_s() - t0;
            if (sl) script_level_unload(sl);
            cr_assert(!ok, "%s in a %s question was accepted", hostiles[i].name, kinds[k]);
            cr_assert(strstr(err.message, hostiles[i].name), "%s: %s", hostiles[i].name,
                      err.message);
            cr_assert_eq(err.line, 5, "%s: line %d: %s", hostiles[i].name, err.line, err.message);
            cr_assert(strstr(err.file, "level.lua"), "%s", err.file);
            cr_assert_lt(took, 10.0, "%s took %.1f s", hostiles[i].name, took);
        }
    }
}

Test(picture, vigie_check_reports_each_hostile_picture_and_exits_1)
{
    write_hostiles();
    for (size_t i = 0; i < NHOSTILE; i++) {
        const char *path = write_level(i % 2 ? "game" : "choice", hostiles[i].name);
        char cmd[512];
        snprintf(cmd, sizeof cmd, "'%s' check '%s' 2>&1", VIGIE_BIN, path);
        const char *out;
        cr_assert_eq(run_capture(cmd, &out), 1, "%s: %s", hostiles[i].name, out);
        char want[300];
        snprintf(want, sizeof want, "level.lua:5: ");
        cr_assert(strstr(out, want), "%s: %s", hostiles[i].name, out);
        cr_assert(strstr(out, hostiles[i].name), "%s", out);
        cr_assert(!strstr(out, ": ok"), "%s", out);
    }
    /* The message says what is wrong and what the limit is. */
    const char *out;
    char cmd[512];
    snprintf(cmd, sizeof cmd, "'%s' check '%s' 2>&1", VIGIE_BIN,
             write_level("choice", "huge-27000.png"));
    run_capture(cmd, &out);
    cr_assert(strstr(out, "27000×27000") && strstr(out, "4096"), "%s", out);
}

Test(picture, a_missing_picture_stays_a_warning)
{
    const char *path = write_level("choice", "not-there.png");
    script_level *sl = NULL;
    game_error err = {0};
    cr_assert(script_level_load(path, NULL, ignore_warning, NULL, &sl, &err), "%s", err.message);
    script_level_unload(sl);
}

/* ==== gfx: refused before decoding; decoded once each ============================= */

static gfx *offscreen(int w, int h)
{
    char err[256];
    gfx *g = gfx_create_offscreen(w, h, err, sizeof err);
    cr_assert(g, "%s", err);
    return g;
}

Test(picture, gfx_draws_no_hostile_picture_and_decodes_none)
{
    write_hostiles();
    gfx *g = offscreen(320, 240);
    for (int frame = 0; frame < 3; frame++) {
        for (size_t i = 0; i < NHOSTILE; i++) {
            char path[256];
            snprintf(path, sizeof path, "%s/%s", dir, hostiles[i].name);
            double t0 = now_s();
            cr_assert(!gfx_image_draw(g, path, (gfx_rect){0, 0, 320, 240}, NULL), "%s", path);
            cr_assert_lt(now_s() - t0, 5.0, "%s", path);
        }
        gfx_present(g);
    }
    cr_assert_eq(gfx_image_decodes(g), 0);
    gfx_destroy(g);
}

/* A solid w×h PNG, saved by SDL_image; then `copies` more names of it (hard links). */
static void write_png_copies(const char *stem, int w, int h, int copies)
{
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 24, SDL_PIXELFORMAT_RGB24);
    cr_assert(s);
    SDL_FillRect(s, NULL, SDL_MapRGB(s->format, 40, 90, 160));
    char path[256];
    snprintf(path, sizeof path, "%s/%s-0.png", dir, stem);
    cr_assert_eq(IMG_SavePNG(s, path), 0, "%s", IMG_GetError());
    SDL_FreeSurface(s);
    for (int k = 1; k < copies; k++) {
        char other[256];
        snprintf(other, sizeof other, "%s/%s-%d.png", dir, stem, k);
        cr_assert_eq(link(path, other), 0, "%s", other);
    }
}

Test(picture, a_mini_game_s_32_pictures_are_decoded_once_each_over_10_frames)
{
    write_png_copies("p", 1024, 1024, GAME_PICTURES_MAX);
    gfx *g = offscreen(640, 480);
    for (int frame = 0; frame < 10; frame++) {
        char path[256];
        snprintf(path, sizeof path, "%s/p-0.png", dir); /* the question's own picture too */
        cr_assert(gfx_image_draw(g, path, (gfx_rect){0, 0, 64, 64}, NULL));
        for (int k = 0; k < GAME_PICTURES_MAX; k++) {
            snprintf(path, sizeof path, "%s/p-%d.png", dir, k);
            cr_assert(gfx_image_draw(g, path, (gfx_rect){k * 10, 0, 64, 64}, NULL), "%s", path);
        }
        gfx_present(g);
        cr_assert_eq(gfx_image_decodes(g), GAME_PICTURES_MAX, "frame %d", frame);
    }
    gfx_destroy(g);
}

Test(picture, 32_pictures_of_4096_squared_never_decode_twice_and_the_level_is_refused)
{
    write_png_copies("big", 4096, 4096, GAME_PICTURES_MAX);
    /* The level reader adds them up: 512 megapixels is over what one screen may show. */
    char path[256];
    snprintf(path, sizeof path, "%s/level.lua", dir);
    FILE *f = fopen(path, "w");
    cr_assert(f);
    fprintf(f, "return { id = \"big\", title = \"Big\", questions = {\n"
               "  { kind = \"game\", prompt = \"Look\", explain = \"x\",\n"
               "    draw = function(g) end, finish = function() return 0 end,\n"
               "    images = {");
    for (int k = 0; k < GAME_PICTURES_MAX; k++) fprintf(f, " \"big-%d.png\",", k);
    fprintf(f, " } } } }\n");
    fclose(f);
    script_level *sl = NULL;
    game_error err = {0};
    cr_assert(!script_level_load(path, NULL, ignore_warning, NULL, &sl, &err));
    cr_assert(strstr(err.message, "megapixels"), "%s", err.message);
    cr_assert_eq(err.line, 4, "%d: %s", err.line, err.message);

    /* And if they were drawn anyway, no frame decodes a picture twice: what does not fit
     * beside this frame's pictures is not drawn, and what was decoded stays. */
    gfx *g = offscreen(640, 480);
    size_t first = 0;
    for (int frame = 0; frame < 10; frame++) {
        for (int k = 0; k < GAME_PICTURES_MAX; k++) {
            snprintf(path, sizeof path, "%s/big-%d.png", dir, k);
            gfx_image_draw(g, path, (gfx_rect){k * 10, 0, 64, 64}, NULL);
        }
        gfx_present(g);
        if (frame == 0) first = gfx_image_decodes(g);
        cr_assert_eq(gfx_image_decodes(g), first, "frame %d", frame);
    }
    cr_assert_gt(first, 0);
    cr_assert_leq(first, GAME_PICTURES_MAX);
    gfx_destroy(g);
}

Test(picture, a_real_jpeg_and_a_png_4096_wide_are_drawn_and_loaded)
{
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, 4096, 8, 32, SDL_PIXELFORMAT_RGBA32);
    cr_assert(s);
    SDL_FillRect(s, NULL, SDL_MapRGBA(s->format, 200, 60, 30, 255));
    char jpg[256], png[256];
    snprintf(jpg, sizeof jpg, "%s/photo.jpg", dir);
    snprintf(png, sizeof png, "%s/wide.png", dir);
    cr_assert_eq(IMG_SaveJPG(s, jpg, 80), 0, "%s", IMG_GetError());
    cr_assert_eq(IMG_SavePNG(s, png), 0, "%s", IMG_GetError());
    SDL_FreeSurface(s);
    gfx *g = offscreen(320, 240);
    gfx_rect d;
    cr_assert(gfx_image_draw(g, jpg, (gfx_rect){0, 0, 320, 240}, &d));
    cr_assert(gfx_image_draw(g, png, (gfx_rect){0, 0, 320, 240}, &d));
    cr_assert_eq(d.w, 320);
    cr_assert_eq(gfx_image_decodes(g), 2);
    gfx_destroy(g);
    const char *path = write_level("choice", "photo.jpg");
    script_level *sl = NULL;
    game_error err = {0};
    cr_assert(script_level_load(path, NULL, ignore_warning, NULL, &sl, &err), "%s", err.message);
    script_level_unload(sl);
    path = write_level("game", "wide.png");
    cr_assert(script_level_load(path, NULL, ignore_warning, NULL, &sl, &err), "%s", err.message);
    script_level_unload(sl);
}

Test(picture, the_next_question_s_pictures_push_out_the_last_one_s)
{
    /* Four 4096² pictures are what one question may show; the next question's four replace
     * them, each decoded once and all drawn. */
    write_png_copies("big", 4096, 4096, 8);
    gfx *g = offscreen(640, 480);
    for (int frame = 0; frame < 10; frame++) {
        for (int k = 0; k < 4; k++) {
            char path[256];
            snprintf(path, sizeof path, "%s/big-%d.png", dir, k + (frame >= 5) * 4);
            cr_assert(gfx_image_draw(g, path, (gfx_rect){k * 100, 0, 64, 64}, NULL), "frame %d: %s",
                      frame, path);
        }
        gfx_present(g);
        cr_assert_eq(gfx_image_decodes(g), frame >= 5 ? 8u : 4u, "frame %d", frame);
    }
    gfx_destroy(g);
}
