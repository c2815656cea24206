/* fuzz_driver.c — a small mutation fuzzer for builds without libFuzzer (the gcc and
 * ASan test runs): reads the seed files given, mutates them with byte flips, splices
 * and Lua fragments, and feeds them to the harness for the given number of seconds.
 * Usage: fuzz_smoke SECONDS DIR...   Deterministic: the seed is fixed. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char *seeds[512];
static size_t seed_len[512], nseeds;

static void load_dir(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) return;
    struct dirent *e;
    while ((e = readdir(d)) && nseeds < 512) {
        size_t n = strlen(e->d_name);
        if (n < 5 || strcmp(e->d_name + n - 4, ".lua")) continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        FILE *f = fopen(path, "rb");
        if (!f) continue;
        char *buf = malloc(1 << 16);
        size_t len = fread(buf, 1, (1 << 16) - 1, f);
        fclose(f);
        seeds[nseeds] = buf;
        seed_len[nseeds++] = len;
    }
    closedir(d);
}

static uint64_t rng = 88172645463325252ULL;
static uint32_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)rng;
}

static const char *const fragments[] = {
    "while true do end ",
    "string.rep('x', 1e9) ",
    "{",
    "}",
    "(",
    ")",
    "\"",
    "'",
    "[[",
    "]]",
    "--[[",
    "\\27Lua",
    "local x <close> = nil ",
    "correct = 99, ",
    "kind = 'multi', ",
    "choices = {}, ",
    "time = -1, ",
    "prompt = {}, ",
    "setmetatable({}, {__gc = print}) ",
    "coroutine.wrap(function() end)() ",
    "load('return 1')() ",
    "nil",
    "0/0",
    "1e308",
    "questions = { {} }, ",
    "score = function() return 'x' end, ",
    "\xff\xfe",
    "\n",
};

int main(int argc, char **argv)
{
    double seconds = argc > 1 ? atof(argv[1]) : 5;
    for (int i = 2; i < argc; i++) load_dir(argv[i]);
    if (!nseeds) {
        fprintf(stderr, "fuzz_smoke: no seed files\n");
        return 1;
    }
    size_t cap = 1 << 17;
    char *buf = malloc(cap);
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    unsigned long runs = 0;
    for (;;) {
        clock_gettime(CLOCK_MONOTONIC, &b);
        if ((double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9 > seconds) break;
        size_t k = next() % nseeds, len = seed_len[k];
        memcpy(buf, seeds[k], len);
        int muts = 1 + (int)(next() % 8);
        for (int m = 0; m < muts; m++) {
            uint32_t r = next();
            size_t pos = len ? r % len : 0;
            switch ((r >> 8) % 4) {
            case 0: /* flip a byte */
                if (len) buf[pos] = (char)next();
                break;
            case 1: { /* insert a fragment */
                const char *f = fragments[next() % (sizeof fragments / sizeof *fragments)];
                size_t fl = strlen(f);
                if (len + fl < cap) {
                    memmove(buf + pos + fl, buf + pos, len - pos);
                    memcpy(buf + pos, f, fl);
                    len += fl;
                }
                break;
            }
            case 2: /* cut a piece */
                if (len) {
                    size_t n = next() % (len - pos + 1);
                    memmove(buf + pos, buf + pos + n, len - pos - n);
                    len -= n;
                }
                break;
            default: { /* splice another seed's piece in */
                size_t j = next() % nseeds, off = seed_len[j] ? next() % seed_len[j] : 0;
                size_t n = seed_len[j] - off < 200 ? seed_len[j] - off : 200;
                if (len + n < cap) {
                    memmove(buf + pos + n, buf + pos, len - pos);
                    memcpy(buf + pos, seeds[j] + off, n);
                    len += n;
                }
            }
            }
        }
        LLVMFuzzerTestOneInput((const uint8_t *)buf, len);
        runs++;
    }
    printf("fuzz_smoke: %lu inputs in %.0f s, no crash\n", runs, seconds);
    free(buf);
    for (size_t i = 0; i < nseeds; i++) free(seeds[i]);
    return 0;
}
