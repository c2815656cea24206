/* fuzz_driver.c — a small mutation fuzzer for builds without libFuzzer (the gcc and
 * ASan test runs): reads the seed files given, mutates them with byte flips, splices
 * and Lua fragments, and feeds the given number of inputs to the harness.
 * Usage: fuzz_smoke INPUTS DIR...
 * A count, not a duration: a slow machine tries the same inputs as a fast one, only later. They
 * come from a fixed seed, or from VIGIE_TEST_SEED to try others; it is printed. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char *seeds[512];
static size_t seed_len[512], nseeds;

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Loads the .lua files of dir, in the order of their names (not the file system's: the same
 * inputs on every machine). */
static void load_dir(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) return;
    char *names[512];
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < 512) {
        size_t len = strlen(e->d_name);
        if (len >= 5 && !strcmp(e->d_name + len - 4, ".lua")) names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, by_name);
    for (size_t i = 0; i < n; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        free(names[i]);
        FILE *f = nseeds < 512 ? fopen(path, "rb") : NULL;
        if (!f) continue;
        char *buf = malloc(1 << 16);
        size_t len = fread(buf, 1, (1 << 16) - 1, f);
        fclose(f);
        seeds[nseeds] = buf;
        seed_len[nseeds++] = len;
    }
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
    unsigned long inputs = argc > 1 ? strtoul(argv[1], NULL, 10) : 1000;
    for (int i = 2; i < argc; i++) load_dir(argv[i]);
    if (!nseeds) {
        fprintf(stderr, "fuzz_smoke: no seed files\n");
        return 1;
    }
    const char *e = getenv("VIGIE_TEST_SEED");
    unsigned long seed = e && *e ? strtoul(e, NULL, 10) : 0;
    rng ^= (uint64_t)seed * 0x9e3779b97f4a7c15ULL; /* seed 0 keeps the first sequence */
    if (!rng) rng = 1;
    printf("fuzz_smoke: %lu inputs, seed %lu (VIGIE_TEST_SEED=%lu replays them)\n", inputs, seed,
           seed);
    fflush(stdout);
    size_t cap = 1 << 17;
    char *buf = malloc(cap);
    unsigned long runs;
    for (runs = 0; runs < inputs; runs++) {
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
    }
    printf("fuzz_smoke: %lu inputs, no crash\n", runs);
    free(buf);
    for (size_t i = 0; i < nseeds; i++) free(seeds[i]);
    return 0;
}
