/* fuzz_picture.c — the picture header check under attack by a fuzzer (`make fuzz`, libFuzzer
 * with ASan and UBSan): the input is parsed in memory (game_picture_parse_bytes), through a
 * reader (with its true size, then with a size that lies: longer than the data), and as a file
 * through the level loader's probe (script_picture_pixels). They must agree on what they read;
 * nothing may crash, read out of bounds or loop. The file lives in /dev/shm when there is one. */
#include "game/game_picture.h"
#include "script/script_picture.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct {
    const uint8_t *data;
    size_t size;
    unsigned reads;
} source;

/* A reader as the contract says (fewer bytes only at the end), counting its calls. */
static size_t read_counted(void *ud, uint64_t offset, void *buf, size_t n)
{
    source *s = ud;
    s->reads++;
    if (offset >= s->size) return 0;
    size_t left = s->size - (size_t)offset, k = n < left ? n : left;
    memcpy(buf, s->data + offset, k);
    return k;
}

static char path[64];

static void remove_file(void)
{
    unlink(path);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!path[0]) {
        snprintf(path, sizeof path, "%s/vigie-fuzz-picture-%ld.png",
                 access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp", (long)getpid());
        atexit(remove_file);
    }
    game_picture_info a = {0}, b = {0};
    game_picture_status sa = game_picture_parse_bytes(data, size, &a);
    if (sa == GAME_PICTURE_OK || sa == GAME_PICTURE_TOO_LARGE) {
        if (a.format != GAME_PICTURE_PNG && a.format != GAME_PICTURE_JPEG) abort();
        if (sa == GAME_PICTURE_OK &&
            (a.w == 0 || a.h == 0 || a.w > GAME_PICTURE_SIDE_MAX || a.h > GAME_PICTURE_SIDE_MAX))
            abort();
    }
    if (game_picture_why(sa) == NULL && sa != GAME_PICTURE_OK) abort();

    /* the same bytes through a reader: the same answer; then with a size that promises more
     * than there is (a file that shrinks while it is read) */
    source s = {data, size, 0};
    game_picture_status sb = game_picture_parse(read_counted, &s, size, &b);
    if (sb != sa || (sa == GAME_PICTURE_OK && (a.w != b.w || a.h != b.h))) abort();
    if (s.reads > 100000) abort(); /* a walk that does not end */
    s.reads = 0;
    game_picture_parse(read_counted, &s, (uint64_t)size + 4096, &b);
    if (s.reads > 100000) abort();

    /* as a file, the way a level's picture is checked */
    FILE *f = fopen(path, "wb");
    if (f) {
        size_t put = fwrite(data, 1, size, f);
        fclose(f);
        if (put == size) {
            uint64_t px = script_picture_pixels(path);
            if (sa == GAME_PICTURE_OK && px != (uint64_t)a.w * a.h) abort();
            if (sa != GAME_PICTURE_OK && px != 0) abort();
        }
    }
    return 0;
}
