/* test_pack_files.c — .vigie files (docs/sharing.md): SHA-256 against FIPS 180-4's vectors;
 * vigie pack → install → uninstall round trips; the same folder giving the same bytes; a
 * reinstall replacing, a failed one keeping the old; and one hostile archive per trick, each
 * built here (libarchive's writer, or raw zip bytes for what it will not write), each refused
 * with its class and exit status 1, leaving XDG_DATA_HOME as it was. In process: no vigie
 * spawned. Each test works in a folder of its own (XDG_DATA_HOME too), so they run side by side.
 */
#define _GNU_SOURCE /* nftw */
#include <criterion/criterion.h>

#include "app/app.h"
#include "app/app_pack.h"
#include "app/app_sha256.h"
#include "common.h"

#include <archive.h>
#include <archive_entry.h>

#include <dirent.h>
#include <errno.h>
#include <ftw.h>
#include <stdint.h>
#include <sys/stat.h>
#include <unistd.h>

/* ==== scratch folders ====================================================== */

static char scratch[1024];

/* A fresh folder for the test, XDG_DATA_HOME inside it (not made), the shipped packs the
 * source's levels/. */
static void setup_scratch(const char *name)
{
    snprintf(scratch, sizeof scratch, "%s/test-packs/%s", VIGIE_BUILD_DIR, name);
    remove_tree(scratch);
    char cmd[PATH_MAX + 32];
    snprintf(cmd, sizeof cmd, "mkdir -p '%s'", scratch);
    cr_assert_eq(system(cmd), 0);
    char xdg[PATH_MAX + 8];
    snprintf(xdg, sizeof xdg, "%s/xdg", scratch);
    setenv("XDG_DATA_HOME", xdg, 1);
    setenv("VIGIE_LEVELS", VIGIE_SOURCE_DIR "/levels", 1);
}

static void path_in(char *buf, size_t n, const char *rel)
{
    snprintf(buf, n, "%s/%s", scratch, rel);
}

static void write_file(const char *path, const void *data, size_t len)
{
    char dir[PATH_MAX + 64];
    snprintf(dir, sizeof dir, "mkdir -p \"$(dirname '%s')\"", path);
    cr_assert_eq(system(dir), 0);
    FILE *f = fopen(path, "wb");
    cr_assert_not_null(f, "cannot write %s", path);
    cr_assert_eq(fwrite(data, 1, len, f), len);
    fclose(f);
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    size_t got = fread(buf, 1, (size_t)n, f);
    fclose(f);
    buf[got] = '\0';
    if (len) *len = got;
    return buf;
}

/* Every path under dir with its type, size and a digest of its bytes, one a line, sorted: what
 * "nothing changed" compares. "" when dir does not exist. */
static char listing_buf[1 << 16];
static size_t listing_len;

static int list_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)flag, (void)ftw;
    char line[PATH_MAX + 128];
    unsigned long sum = 0;
    if (S_ISREG(st->st_mode)) {
        size_t len;
        char *data = read_file(path, &len);
        for (size_t i = 0; data && i < len; i++) sum = sum * 31 + (unsigned char)data[i];
        free(data);
    }
    int k = snprintf(line, sizeof line, "%s %o %lld %lu\n", path, (unsigned)st->st_mode,
                     (long long)st->st_size, sum);
    if (listing_len + (size_t)k < sizeof listing_buf) {
        memcpy(listing_buf + listing_len, line, (size_t)k);
        listing_len += (size_t)k;
    }
    return 0;
}

static int cmp_lines(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *listing(const char *dir)
{
    listing_len = 0;
    listing_buf[0] = '\0';
    nftw(dir, list_one, 16, FTW_PHYS);
    listing_buf[listing_len] = '\0';
    /* sorted, so that readdir's order does not matter */
    char *copy = strdup(listing_buf), *lines[4096];
    size_t n = 0;
    for (char *s = strtok(copy, "\n"); s && n < 4096; s = strtok(NULL, "\n")) lines[n++] = s;
    qsort(lines, n, sizeof *lines, cmp_lines);
    char *out = calloc(1, listing_len + 2);
    for (size_t i = 0; i < n; i++) strcat(strcat(out, lines[i]), "\n");
    free(copy);
    return out;
}

static char *xdg_listing(void)
{
    return listing(getenv("XDG_DATA_HOME"));
}

/* ==== a small pack ========================================================= */

static const char pack_lua[] =
    "return {\n"
    "  id = \"demo-pack\",\n"
    "  title = { fr = \"Démo\", en = \"Demo\" },\n"
    "  description = { fr = \"Un pack d'essai.\", en = \"A test pack.\" },\n"
    "  version = \"1.0\", authors = { \"Tests\" }, licence = \"CC BY-SA 4.0\",\n"
    "  levels = { \"one.lua\", \"more/two.lua\" },\n"
    "}\n";

static const char level_one[] =
    "return {\n"
    "  id = \"demo-one\",\n"
    "  title = { fr = \"Un\", en = \"One\" },\n"
    "  questions = {\n"
    "    { id = \"q1\", kind = \"truefalse\",\n"
    "      prompt = { fr = \"Un mot de passe long est plus sûr.\", en = \"A long password is "
    "safer.\" },\n"
    "      correct = true, image = \"img/title.png\",\n"
    "      explain = { fr = \"Chaque caractère compte.\", en = \"Each character counts.\" } },\n"
    "  },\n"
    "}\n";

static const char level_two[] =
    "return {\n"
    "  id = \"demo-two\",\n"
    "  title = { fr = \"Deux\", en = \"Two\" },\n"
    "  questions = {\n"
    "    { id = \"q1\", kind = \"truefalse\",\n"
    "      prompt = { fr = \"Le Wi-Fi public est chiffré de bout en bout.\", en = \"Public Wi-Fi "
    "is end-to-end encrypted.\" },\n"
    "      correct = false,\n"
    "      explain = { fr = \"Pas forcément.\", en = \"Not necessarily.\" } },\n"
    "  },\n"
    "}\n";

/* The pack's folder at scratch/rel: pack.lua, two levels (one in a sub-folder), a picture in a
 * sub-folder, and files that stay out (a guide, a hidden file). */
static void make_pack(const char *rel, const char *title_en)
{
    char dir[PATH_MAX], p[PATH_MAX + 64];
    path_in(dir, sizeof dir, rel);
    char *lua = strdup(pack_lua);
    if (title_en) {
        char buf[1024];
        char *at = strstr(lua, "en = \"Demo\"");
        snprintf(buf, sizeof buf, "%.*sen = \"%s\"%s", (int)(at - lua), lua, title_en,
                 at + strlen("en = \"Demo\""));
        free(lua);
        lua = strdup(buf);
    }
    snprintf(p, sizeof p, "%s/pack.lua", dir);
    write_file(p, lua, strlen(lua));
    free(lua);
    snprintf(p, sizeof p, "%s/one.lua", dir);
    write_file(p, level_one, strlen(level_one));
    snprintf(p, sizeof p, "%s/more/two.lua", dir);
    write_file(p, level_two, strlen(level_two));
    size_t len = 0;
    char *png = read_file(VIGIE_SOURCE_DIR "/tests/data/vigie-title.png", &len);
    cr_assert_not_null(png);
    snprintf(p, sizeof p, "%s/img/title.png", dir);
    write_file(p, png, len);
    free(png);
    snprintf(p, sizeof p, "%s/GUIDE.md", dir);
    write_file(p, "# guide\n", 8);
    snprintf(p, sizeof p, "%s/.hidden.lua", dir);
    write_file(p, "return {}\n", 10);
}

/* Packs scratch/rel into scratch/out through vigie pack's code; its messages in *msgs. */
static int pack_to(const char *rel, const char *out, char **msgs)
{
    char dir[PATH_MAX], file[PATH_MAX];
    path_in(dir, sizeof dir, rel);
    path_in(file, sizeof file, out);
    size_t len = 0;
    char *text = NULL;
    FILE *mem = open_memstream(&text, &len);
    int rc = app_pack_write(dir, file, mem);
    fclose(mem);
    if (msgs)
        *msgs = text;
    else
        free(text);
    return rc;
}

static app_pack_error install_file(const char *rel, app_pack_installed *res, char *err, size_t n)
{
    char file[PATH_MAX];
    path_in(file, sizeof file, rel);
    app_pack_installed own;
    return app_pack_install(file, GAME_LANG_EN, NULL, res ? res : &own, err, n);
}

/* ==== SHA-256 ============================================================== */

static void hex_of(const void *data, size_t n, char hex[65])
{
    app_sha256 s;
    unsigned char d[32];
    app_sha256_init(&s);
    app_sha256_update(&s, data, n);
    app_sha256_final(&s, d);
    app_sha256_hex(d, hex);
}

Test(pack_sha256, gives_the_fips_180_4_digests)
{
    char hex[65];
    hex_of("abc", 3, hex);
    cr_assert_str_eq(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    hex_of("", 0, hex);
    cr_assert_str_eq(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    hex_of(two, strlen(two), hex);
    cr_assert_str_eq(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    const char *four = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjkl"
                       "mnopqklmnopqrlmnopqrsmnopqrstnopqrstu";
    hex_of(four, strlen(four), hex);
    cr_assert_str_eq(hex, "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
    /* a million "a", fed in uneven pieces: the blocks' edges fall everywhere */
    app_sha256 s;
    unsigned char d[32], chunk[1000];
    memset(chunk, 'a', sizeof chunk);
    app_sha256_init(&s);
    size_t fed = 0;
    for (size_t k = 1; fed < 1000000; k = k % 997 + 1) {
        size_t n = k < 1000000 - fed ? k : 1000000 - fed;
        app_sha256_update(&s, chunk, n);
        fed += n;
    }
    app_sha256_final(&s, d);
    app_sha256_hex(d, hex);
    cr_assert_str_eq(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

Test(pack_sha256, lengths_around_the_padding_edge_match_one_shot_and_piecewise)
{
    unsigned char data[130];
    for (size_t i = 0; i < sizeof data; i++) data[i] = (unsigned char)(i * 7 + 1);
    for (size_t n = 50; n <= 130; n++) {
        char one[65], two[65];
        hex_of(data, n, one);
        app_sha256 s;
        unsigned char d[32];
        app_sha256_init(&s);
        for (size_t i = 0; i < n; i++) app_sha256_update(&s, data + i, 1);
        app_sha256_final(&s, d);
        app_sha256_hex(d, two);
        cr_assert_str_eq(one, two, "length %zu", n);
    }
}

/* ==== pack, install, uninstall ============================================= */

/* The .lua and .png files under dir (relative, sorted, with their bytes' listing). */
static char *pack_files_listing(const char *dir)
{
    char *all = listing(dir), *out = calloc(1, strlen(all) + 1);
    size_t skip = strlen(dir) + 1;
    for (char *s = strtok(all, "\n"); s; s = strtok(NULL, "\n")) {
        char *sp = strchr(s, ' ');
        if (strlen(s) <= skip || !sp) continue;
        *sp = '\0';
        bool keep = (strstr(s, ".lua") || strstr(s, ".png")) && !strstr(s, "/.");
        *sp = ' ';
        if (keep) strcat(strcat(out, s + skip), "\n");
    }
    free(all);
    return out;
}

Test(pack_files, a_pack_goes_round_trip_through_pack_install_and_uninstall)
{
    setup_scratch("round-trip");
    make_pack("src", NULL);
    char *msgs;
    cr_assert_eq(pack_to("src", "demo.vigie", &msgs), 0, "%s", msgs);
    cr_assert(strstr(msgs, "left out") && strstr(msgs, "GUIDE.md"), "%s", msgs);
    cr_assert(strstr(msgs, "wrote ") && strstr(msgs, "\"demo-pack\""), "%s", msgs);
    free(msgs);

    app_pack_installed res;
    char err[1024];
    cr_assert_eq(install_file("demo.vigie", &res, err, sizeof err), APP_PACK_OK, "%s", err);
    cr_assert_str_eq(res.id, "demo-pack");
    cr_assert_str_eq(res.title[GAME_LANG_FR], "Démo");
    cr_assert_str_eq(res.title[GAME_LANG_EN], "Demo");
    cr_assert_eq(res.nlevels, 2);
    cr_assert_not(res.updated);
    char want[PATH_MAX + 64];
    snprintf(want, sizeof want, "%s/vigie/levels/demo-pack", getenv("XDG_DATA_HOME"));
    cr_assert_str_eq(res.where, want);

    /* the installed folder holds the source's .lua and .png files, byte for byte, and only them */
    char src[PATH_MAX];
    path_in(src, sizeof src, "src");
    char *a = pack_files_listing(src), *b = pack_files_listing(want), *all = listing(want);
    cr_assert_str_eq(a, b);
    cr_assert_null(strstr(all, "GUIDE.md"), "%s", all);
    cr_assert_null(strstr(all, "MANIFEST"), "%s", all);
    cr_assert_null(strstr(all, ".hidden"), "%s", all);
    free(a), free(b), free(all);
    struct stat st;
    cr_assert_eq(stat(want, &st), 0);
    cr_assert_eq(st.st_mode & 0777, 0755);
    char one[PATH_MAX + 80];
    snprintf(one, sizeof one, "%s/one.lua", want);
    cr_assert_eq(stat(one, &st), 0);
    cr_assert_eq(st.st_mode & 0777, 0644);
    /* no temporary left beside it */
    char parent[PATH_MAX + 16], *left;
    snprintf(parent, sizeof parent, "%s/vigie", getenv("XDG_DATA_HOME"));
    left = listing(parent);
    cr_assert_null(strstr(left, ".install-"), "%s", left);
    free(left);
    /* the game finds it where the menu looks */
    cr_assert_eq(app_check_path(want, fopen("/dev/null", "w"), false, NULL, NULL), 0);

    /* vigie uninstall lists it, then removes it */
    cr_assert_eq(app_pack_uninstall("demo-pack", err, sizeof err), APP_PACK_OK, "%s", err);
    cr_assert_neq(stat(want, &st), 0);
    cr_assert_eq(app_pack_uninstall("demo-pack", err, sizeof err), APP_PACK_E_IO);
    cr_assert(strstr(err, "no pack \"demo-pack\" is installed"), "%s", err);
}

Test(pack_files, one_folder_gives_the_same_bytes_every_time)
{
    setup_scratch("deterministic");
    make_pack("src", NULL);
    cr_assert_eq(pack_to("src", "a.vigie", NULL), 0);
    /* new times on every file, another time zone: the same file */
    char cmd[PATH_MAX + 64], a[PATH_MAX], b[PATH_MAX];
    snprintf(cmd, sizeof cmd, "find '%s/src' -exec touch -d '2031-05-06 07:08:09' {} +", scratch);
    cr_assert_eq(system(cmd), 0);
    setenv("TZ", "America/Sao_Paulo", 1);
    cr_assert_eq(pack_to("src", "b.vigie", NULL), 0);
    unsetenv("TZ");
    path_in(a, sizeof a, "a.vigie");
    path_in(b, sizeof b, "b.vigie");
    size_t la = 0, lb = 0;
    char *da = read_file(a, &la), *db = read_file(b, &lb);
    cr_assert_eq(la, lb);
    cr_assert_eq(memcmp(da, db, la), 0);
    free(da), free(db);
}

Test(pack_files, packing_refuses_a_folder_whose_level_fails_the_check_and_writes_nothing)
{
    setup_scratch("pack-refuses");
    make_pack("src", NULL);
    char p[PATH_MAX + 16];
    path_in(p, sizeof p, "src/one.lua");
    write_file(p, "return { id = \"x\", questions = {\n", 33);
    char *msgs;
    cr_assert_eq(pack_to("src", "demo.vigie", &msgs), 1);
    cr_assert(strstr(msgs, "one.lua:") && strstr(msgs, "does not pass the check"), "%s", msgs);
    free(msgs);
    path_in(p, sizeof p, "demo.vigie");
    cr_assert_neq(access(p, F_OK), 0);
    /* and the command says how to call it */
    char *args[] = {"src", "--out", "demo.zip"};
    cr_assert_eq(app_cmd_pack(3, args), APP_USAGE);
}

Test(pack_files, installing_again_replaces_the_installed_pack)
{
    setup_scratch("reinstall");
    make_pack("src", NULL);
    cr_assert_eq(pack_to("src", "v1.vigie", NULL), 0);
    make_pack("src", "Demo, second edition");
    cr_assert_eq(pack_to("src", "v2.vigie", NULL), 0);
    app_pack_installed res;
    char err[1024];
    cr_assert_eq(install_file("v1.vigie", &res, err, sizeof err), APP_PACK_OK, "%s", err);
    cr_assert_eq(install_file("v2.vigie", &res, err, sizeof err), APP_PACK_OK, "%s", err);
    cr_assert(res.updated);
    cr_assert_str_eq(res.title[GAME_LANG_EN], "Demo, second edition");
    char p[PATH_MAX + 80];
    snprintf(p, sizeof p, "%s/vigie/levels/demo-pack/pack.lua", getenv("XDG_DATA_HOME"));
    char *text = read_file(p, NULL);
    cr_assert(text && strstr(text, "second edition"));
    free(text);
    char parent[PATH_MAX + 16];
    snprintf(parent, sizeof parent, "%s/vigie", getenv("XDG_DATA_HOME"));
    char *left = listing(parent);
    cr_assert_null(strstr(left, ".install-"), "%s", left);
    free(left);
}

Test(pack_files, uninstall_refuses_a_path_a_shipped_pack_and_a_pack_not_installed)
{
    setup_scratch("uninstall");
    char err[1024];
    cr_assert_eq(app_pack_uninstall("../levels", err, sizeof err), APP_PACK_E_ID);
    cr_assert_eq(app_pack_uninstall("a/b", err, sizeof err), APP_PACK_E_ID);
    cr_assert_eq(app_pack_uninstall("lycee", err, sizeof err), APP_PACK_E_SHIPPED);
    cr_assert(strstr(err, "comes with Vigie"), "%s", err);
    char *args[] = {"nothing-here"};
    cr_assert_eq(app_cmd_uninstall(1, args), 1);
    char *two[] = {"a", "b"};
    cr_assert_eq(app_cmd_uninstall(2, two), APP_USAGE);
}

/* ==== archives built by the test =========================================== */

typedef struct {
    char *name;
    size_t namelen; /* may hold a NUL (raw zips only) */
    unsigned char *data;
    size_t len;
    mode_t mode; /* type and permissions */
    char *link;  /* a symbolic or hard link's target */
    bool hard;
} zent;

typedef struct {
    zent e[320];
    size_t n;
    bool raw;    /* written byte by byte, not by libarchive */
    char *bytes; /* written as they are instead of a zip */
    size_t nbytes;
    bool directory; /* the "file" is a folder */
    bool tar;       /* a gzip'd tar instead of a zip */
} zlist;

static zent *zl_add(zlist *z, const char *name, const void *data, size_t len)
{
    cr_assert_lt(z->n, sizeof z->e / sizeof *z->e);
    zent *e = &z->e[z->n++];
    *e = (zent){.name = strdup(name), .namelen = strlen(name), .len = len, .mode = AE_IFREG | 0644};
    e->data = malloc(len ? len : 1);
    if (len) memcpy(e->data, data, len);
    return e;
}

static zent *zl_find(zlist *z, const char *name)
{
    for (size_t i = 0; i < z->n; i++)
        if (!strcmp(z->e[i].name, name)) return &z->e[i];
    return NULL;
}

static void zl_free(zlist *z)
{
    for (size_t i = 0; i < z->n; i++) free(z->e[i].name), free(z->e[i].data), free(z->e[i].link);
    free(z->bytes);
}

/* The small pack's files under the folder top, pack.lua saying id. */
static void zl_good(zlist *z, const char *top, const char *id)
{
    char name[256], lua[1024];
    const char *at = strstr(pack_lua, "demo-pack");
    snprintf(lua, sizeof lua, "%.*s%s%s", (int)(at - pack_lua), pack_lua, id, at + 9);
    snprintf(name, sizeof name, "%s/pack.lua", top);
    zl_add(z, name, lua, strlen(lua));
    snprintf(name, sizeof name, "%s/one.lua", top);
    zl_add(z, name, level_one, strlen(level_one));
    snprintf(name, sizeof name, "%s/more/two.lua", top);
    zl_add(z, name, level_two, strlen(level_two));
    size_t len = 0;
    char *png = read_file(VIGIE_SOURCE_DIR "/tests/data/vigie-title.png", &len);
    snprintf(name, sizeof name, "%s/img/title.png", top);
    zl_add(z, name, png, len);
    free(png);
}

/* top/MANIFEST.json listing every regular entry under top/ as it is now. */
static void zl_manifest(zlist *z, const char *top, const char *id)
{
    char *m = malloc(1 << 20);
    size_t k = (size_t)sprintf(m,
                               "{\"format\": \"vigie-pack\", \"version\": 1, \"id\": \"%s\", "
                               "\"title\": {\"fr\": \"D\", \"en\": \"D\"}, \"vigie\": \"t\", "
                               "\"files\": [",
                               id);
    size_t tl = strlen(top);
    bool first = true;
    for (size_t i = 0; i < z->n; i++) {
        zent *e = &z->e[i];
        if ((e->mode & AE_IFMT) != AE_IFREG || e->link || strncmp(e->name, top, tl) != 0 ||
            e->name[tl] != '/')
            continue;
        char hex[65] = "0000000000000000000000000000000000000000000000000000000000000000";
        if (e->len <= (1u << 20)) hex_of(e->data, e->len, hex); /* a bomb is refused before */
        k += (size_t)sprintf(m + k, "%s{\"path\": \"%s\", \"size\": %zu, \"sha256\": \"%s\"}",
                             first ? "" : ", ", e->name + tl + 1, e->len, hex);
        first = false;
    }
    k += (size_t)sprintf(m + k, "]}");
    char name[256];
    snprintf(name, sizeof name, "%s/MANIFEST.json", top);
    zl_add(z, name, m, k);
    free(m);
}

static void write_with_libarchive(const zlist *z, const char *path)
{
    struct archive *a = archive_write_new();
    if (z->tar) {
        archive_write_add_filter_gzip(a);
        archive_write_set_format_pax_restricted(a);
    } else {
        archive_write_set_format_zip(a);
        archive_write_set_options(a, "zip:compression=deflate,zip:compression-level=1");
    }
    cr_assert_eq(archive_write_open_filename(a, path), ARCHIVE_OK, "%s", archive_error_string(a));
    for (size_t i = 0; i < z->n; i++) {
        const zent *e = &z->e[i];
        struct archive_entry *ae = archive_entry_new();
        archive_entry_set_pathname(ae, e->name);
        archive_entry_set_mode(ae, e->mode);
        if (e->link && e->hard) archive_entry_set_hardlink(ae, e->link);
        if (e->link && !e->hard) archive_entry_set_symlink(ae, e->link);
        archive_entry_set_size(ae, (la_int64_t)((e->mode & AE_IFMT) == AE_IFREG ? e->len : 0));
        cr_assert_geq(archive_write_header(a, ae), ARCHIVE_WARN, "%s", archive_error_string(a));
        if ((e->mode & AE_IFMT) == AE_IFREG && e->len) archive_write_data(a, e->data, e->len);
        archive_entry_free(ae);
    }
    archive_write_close(a);
    archive_write_free(a);
}

static uint32_t crc32_of(const unsigned char *p, size_t n)
{
    uint32_t c = 0xffffffffu;
    for (size_t i = 0; i < n; i++) {
        c ^= p[i];
        for (int k = 0; k < 8; k++) c = c & 1 ? (c >> 1) ^ 0xedb88320u : c >> 1;
    }
    return ~c;
}

static void put16(FILE *f, unsigned v)
{
    fputc((int)(v & 255), f), fputc((int)(v >> 8 & 255), f);
}

static void put32(FILE *f, uint32_t v)
{
    put16(f, v & 0xffff), put16(f, v >> 16);
}

/* A zip written byte by byte (stored entries, Unix attributes): names and types that
 * libarchive's writer will not make (a NUL in a name, a device, a FIFO). */
static void write_raw(const zlist *z, const char *path)
{
    FILE *f = fopen(path, "wb");
    cr_assert_not_null(f);
    long offsets[320];
    for (size_t i = 0; i < z->n; i++) {
        const zent *e = &z->e[i];
        offsets[i] = ftell(f);
        put32(f, 0x04034b50), put16(f, 10), put16(f, 0), put16(f, 0), put16(f, 0), put16(f, 0);
        put32(f, crc32_of(e->data, e->len)), put32(f, (uint32_t)e->len), put32(f, (uint32_t)e->len);
        put16(f, (unsigned)e->namelen), put16(f, 0);
        fwrite(e->name, 1, e->namelen, f);
        fwrite(e->data, 1, e->len, f);
    }
    long cd = ftell(f);
    for (size_t i = 0; i < z->n; i++) {
        const zent *e = &z->e[i];
        put32(f, 0x02014b50), put16(f, 0x031e), put16(f, 10), put16(f, 0), put16(f, 0);
        put16(f, 0), put16(f, 0);
        put32(f, crc32_of(e->data, e->len)), put32(f, (uint32_t)e->len), put32(f, (uint32_t)e->len);
        put16(f, (unsigned)e->namelen), put16(f, 0), put16(f, 0), put16(f, 0), put16(f, 0);
        put32(f, (uint32_t)e->mode << 16), put32(f, (uint32_t)offsets[i]);
        fwrite(e->name, 1, e->namelen, f);
    }
    long end = ftell(f);
    put32(f, 0x06054b50), put16(f, 0), put16(f, 0), put16(f, (unsigned)z->n),
        put16(f, (unsigned)z->n);
    put32(f, (uint32_t)(end - cd)), put32(f, (uint32_t)cd), put16(f, 0);
    fclose(f);
}

static void write_zlist(const zlist *z, const char *path)
{
    if (z->directory) {
        cr_assert_eq(mkdir(path, 0755), 0);
    } else if (z->bytes) {
        write_file(path, z->bytes, z->nbytes);
    } else if (z->raw) {
        write_raw(z, path);
    } else {
        write_with_libarchive(z, path);
    }
}

/* ==== hostile archives ===================================================== */

/* An installed pack and a file of the user's, already there: a refusal must leave them. */
static void populate_xdg(void)
{
    const char *xdg = getenv("XDG_DATA_HOME");
    char p[PATH_MAX + 64];
    snprintf(p, sizeof p, "%s/vigie/levels/demo-pack/pack.lua", xdg);
    write_file(p, "return { id = \"demo-pack\" }\n", 28);
    snprintf(p, sizeof p, "%s/vigie/levels/demo-pack/one.lua", xdg);
    write_file(p, level_one, strlen(level_one));
    snprintf(p, sizeof p, "%s/vigie/notes.txt", xdg);
    write_file(p, "mine\n", 5);
}

/* The archive build makes, installed twice: by the command into an XDG_DATA_HOME that does not
 * exist yet (exit 1, nothing made), then into one that holds a pack of the same id (refused with
 * the class want, everything as it was). */
static void run_hostile(const char *trick, void (*build)(zlist *), app_pack_error want)
{
    setup_scratch(trick);
    zlist *z = calloc(1, sizeof *z);
    build(z);
    char file[PATH_MAX + 16];
    path_in(file, sizeof file, "hostile.vigie");
    write_zlist(z, file);
    zl_free(z);
    free(z);

    char *before, *after;
    /* under the sanitizers, a bomb is inflated once: 32 MiB through instrumented code is slow */
    if (!TEST_SANITIZED || want != APP_PACK_E_LIMIT) {
        before = xdg_listing();
        char *args[] = {file};
        cr_assert_eq(app_cmd_install(1, args), 1, "%s: the exit status", trick);
        after = xdg_listing();
        cr_assert_str_eq(before, after, "%s changed XDG_DATA_HOME", trick);
        cr_assert_str_eq(after, "", "%s", trick);
        free(before), free(after);
    }

    populate_xdg();
    before = xdg_listing();
    char err[2048];
    app_pack_installed res;
    app_pack_error got = app_pack_install(file, GAME_LANG_EN, NULL, &res, err, sizeof err);
    cr_assert_eq(got, want, "%s: class %d, not %d: %s", trick, got, want, err);
    cr_assert_neq(err[0], '\0');
    after = xdg_listing();
    cr_assert_str_eq(before, after, "%s changed XDG_DATA_HOME", trick);
    free(before), free(after);
    /* in French for the window (a bomb once is enough: it costs the most) */
    if (want == APP_PACK_E_LIMIT) return;
    char fr[2048];
    app_pack_install(file, GAME_LANG_FR, NULL, &res, fr, sizeof fr);
    cr_assert_str_neq(fr, err, "%s: the same message in both languages: %s", trick, fr);
    fprintf(stderr, "%s: %s\n", trick, err);
}

#define HOSTILE(trick, want)                                                                       \
    static void build_##trick(zlist *z);                                                           \
    Test(pack_hostile, trick)                                                                      \
    {                                                                                              \
        run_hostile(#trick, build_##trick, want);                                                  \
    }                                                                                              \
    static void build_##trick(zlist *z)

/* The good pack with one more entry before its manifest. */
static zent *good_plus(zlist *z, const char *name, const char *data)
{
    zl_good(z, "demo-pack", "demo-pack");
    zent *e = zl_add(z, name, data, strlen(data));
    zl_manifest(z, "demo-pack", "demo-pack");
    return e;
}

HOSTILE(dot_dot_inside_the_folder, APP_PACK_E_PATH)
{
    good_plus(z, "demo-pack/../evil.lua", "return {}");
}

HOSTILE(dot_dot_first, APP_PACK_E_PATH)
{
    zl_add(z, "../evil.lua", "return {}", 9);
    zl_good(z, "demo-pack", "demo-pack");
    zl_manifest(z, "demo-pack", "demo-pack");
}

HOSTILE(absolute_path, APP_PACK_E_PATH)
{
    good_plus(z, "/tmp/evil.lua", "return {}");
}

HOSTILE(backslashes, APP_PACK_E_PATH)
{
    good_plus(z, "demo-pack\\..\\..\\evil.lua", "return {}");
}

HOSTILE(escape_sequence_in_a_name, APP_PACK_E_PATH)
{
    good_plus(z, "demo-pack/a\x1b[2J.lua", "return {}");
}

/* libarchive reads a name up to its NUL: what is checked, and written, is that shorter name
 * ("demo-pack/x"), refused here for its missing extension. */
HOSTILE(nul_in_a_name, APP_PACK_E_KIND)
{
    z->raw = true;
    zl_good(z, "demo-pack", "demo-pack");
    zent *e = zl_add(z, "demo-pack/x.lua", "return {}", 9);
    free(e->name);
    e->name = malloc(32);
    memcpy(e->name, "demo-pack/x\0/../../evil.lua", 27);
    e->namelen = 27;
    zl_manifest(z, "demo-pack", "demo-pack");
}

HOSTILE(a_second_top_folder, APP_PACK_E_PATH)
{
    good_plus(z, "other/evil.lua", "return {}");
}

HOSTILE(a_file_beside_the_folder, APP_PACK_E_PATH)
{
    good_plus(z, "evil.lua", "return {}");
}

HOSTILE(a_symbolic_link, APP_PACK_E_TYPE)
{
    zent *e = good_plus(z, "demo-pack/link.lua", "");
    e->mode = AE_IFLNK | 0777;
    e->link = strdup("/etc/passwd");
}

HOSTILE(a_symbolic_link_written_raw, APP_PACK_E_TYPE)
{
    z->raw = true;
    zent *e = good_plus(z, "demo-pack/link.lua", "../../../../etc/passwd");
    e->mode = AE_IFLNK | 0777;
}

HOSTILE(a_character_device, APP_PACK_E_TYPE)
{
    z->raw = true;
    good_plus(z, "demo-pack/tty.lua", "")->mode = AE_IFCHR | 0666;
}

HOSTILE(names_that_differ_only_by_case, APP_PACK_E_COLLIDE)
{
    good_plus(z, "demo-pack/ONE.lua", "return {}");
}

HOSTILE(the_same_name_twice, APP_PACK_E_COLLIDE)
{
    z->raw = true; /* libarchive's writer would not mind either */
    good_plus(z, "demo-pack/one.lua", "return {}");
}

HOSTILE(a_folder_named_as_a_file, APP_PACK_E_COLLIDE)
{
    good_plus(z, "demo-pack/one.lua/x.lua", "return {}");
}

HOSTILE(a_shell_script, APP_PACK_E_KIND)
{
    good_plus(z, "demo-pack/run.sh", "rm -rf ~\n");
}

HOSTILE(a_second_manifest_deeper, APP_PACK_E_KIND)
{
    good_plus(z, "demo-pack/more/MANIFEST.json", "{}");
}

HOSTILE(more_than_300_files, APP_PACK_E_LIMIT)
{
    zl_good(z, "demo-pack", "demo-pack");
    for (int i = 0; i < APP_PACK_FILES_MAX; i++) {
        char name[64];
        snprintf(name, sizeof name, "demo-pack/many/f%03d.lua", i);
        zl_add(z, name, "return {}", 9);
    }
    zl_manifest(z, "demo-pack", "demo-pack");
}

/* A zip bomb: a few KiB that inflate to one byte over the limit of a file. */
HOSTILE(one_file_inflating_past_its_limit, APP_PACK_E_LIMIT)
{
    zl_good(z, "demo-pack", "demo-pack");
    zent *e = zl_add(z, "demo-pack/bomb.lua", "", 0);
    free(e->data);
    e->len = APP_PACK_FILE_MAX + 1;
    e->data = calloc(1, e->len);
    memset(e->data, ' ', e->len);
    zl_manifest(z, "demo-pack", "demo-pack");
}

HOSTILE(files_inflating_past_the_total_limit, APP_PACK_E_LIMIT)
{
    zl_good(z, "demo-pack", "demo-pack");
    size_t each = APP_PACK_FILE_MAX - 1024, n = APP_PACK_TOTAL_MAX / each + 1;
    for (size_t i = 0; i < n; i++) {
        char name[64];
        snprintf(name, sizeof name, "demo-pack/big%zu.lua", i);
        zent *e = zl_add(z, name, "", 0);
        free(e->data);
        e->len = each;
        e->data = malloc(each);
        memset(e->data, '-', each);
    }
    zl_manifest(z, "demo-pack", "demo-pack");
}

HOSTILE(no_manifest, APP_PACK_E_MANIFEST)
{
    zl_good(z, "demo-pack", "demo-pack");
}

HOSTILE(a_manifest_that_is_not_json, APP_PACK_E_MANIFEST)
{
    zl_good(z, "demo-pack", "demo-pack");
    zl_add(z, "demo-pack/MANIFEST.json", "{\"format\": ", 11);
}

HOSTILE(a_manifest_listing_an_absent_file, APP_PACK_E_MANIFEST)
{
    zl_good(z, "demo-pack", "demo-pack");
    zl_add(z, "demo-pack/gone.lua", "return {}", 9);
    zl_manifest(z, "demo-pack", "demo-pack");
    /* then left out of the zip: the manifest (last) takes its place */
    free(z->e[4].name), free(z->e[4].data);
    z->e[4] = z->e[--z->n];
}

HOSTILE(a_file_the_manifest_does_not_list, APP_PACK_E_MANIFEST)
{
    zl_good(z, "demo-pack", "demo-pack");
    zl_manifest(z, "demo-pack", "demo-pack");
    zl_add(z, "demo-pack/extra.lua", "return {}", 9);
}

HOSTILE(a_byte_changed_after_packing, APP_PACK_E_MANIFEST)
{
    zl_good(z, "demo-pack", "demo-pack");
    zl_manifest(z, "demo-pack", "demo-pack");
    zl_find(z, "demo-pack/one.lua")->data[10] ^= 1;
}

HOSTILE(a_file_grown_after_packing, APP_PACK_E_MANIFEST)
{
    zl_good(z, "demo-pack", "demo-pack");
    zl_manifest(z, "demo-pack", "demo-pack");
    zent *e = zl_find(z, "demo-pack/more/two.lua");
    e->data = realloc(e->data, e->len + 3);
    memcpy(e->data + e->len, "--\n", 3);
    e->len += 3;
}

HOSTILE(a_manifest_of_another_id, APP_PACK_E_ID)
{
    zl_good(z, "demo-pack", "demo-pack");
    zl_manifest(z, "demo-pack", "someone-else");
}

HOSTILE(a_folder_that_is_not_a_plain_id, APP_PACK_E_ID)
{
    zl_good(z, "Demo Pack", "demo-pack");
    zl_manifest(z, "Demo Pack", "Demo Pack");
}

HOSTILE(a_pack_lua_of_another_id, APP_PACK_E_ID)
{
    zl_good(z, "demo-pack", "other-pack");
    zl_manifest(z, "demo-pack", "demo-pack");
}

HOSTILE(the_id_of_a_shipped_pack, APP_PACK_E_SHIPPED)
{
    zl_good(z, "lycee", "lycee");
    zl_manifest(z, "lycee", "lycee");
}

HOSTILE(text_named_png, APP_PACK_E_PICTURE)
{
    zl_good(z, "demo-pack", "demo-pack");
    zent *e = zl_find(z, "demo-pack/img/title.png");
    memcpy(e->data, "GIF89a", 6);
    zl_manifest(z, "demo-pack", "demo-pack");
}

HOSTILE(a_png_too_large_to_decode, APP_PACK_E_PICTURE)
{
    zl_good(z, "demo-pack", "demo-pack");
    zent *e = zl_find(z, "demo-pack/img/title.png");
    /* IHDR's width and height, big-endian, after the 8-byte signature and the chunk's head */
    static const unsigned char side[4] = {0, 0, 0x75, 0x30}; /* 30000 */
    memcpy(e->data + 16, side, 4);
    memcpy(e->data + 20, side, 4);
    zl_manifest(z, "demo-pack", "demo-pack");
}

HOSTILE(a_level_that_fails_the_check, APP_PACK_E_CHECK)
{
    zl_good(z, "demo-pack", "demo-pack");
    zent *e = zl_find(z, "demo-pack/more/two.lua");
    memcpy(e->data + e->len - 3, "!!", 2);
    zl_manifest(z, "demo-pack", "demo-pack");
}

HOSTILE(a_level_that_reads_files, APP_PACK_E_CHECK)
{
    zl_good(z, "demo-pack", "demo-pack");
    zent *e = zl_find(z, "demo-pack/one.lua");
    const char *evil = "local f = io.open('/etc/passwd') return {}\n";
    free(e->data);
    e->data = (unsigned char *)strdup(evil);
    e->len = strlen(evil);
    zl_manifest(z, "demo-pack", "demo-pack");
}

HOSTILE(not_a_zip, APP_PACK_E_ARCHIVE)
{
    z->bytes = strdup("return { id = \"demo-pack\" }\n");
    z->nbytes = strlen(z->bytes);
}

HOSTILE(a_gzipped_tar, APP_PACK_E_ARCHIVE)
{
    z->tar = true;
    zl_good(z, "demo-pack", "demo-pack");
    zl_manifest(z, "demo-pack", "demo-pack");
}

HOSTILE(a_zip_cut_in_half, APP_PACK_E_ARCHIVE)
{
    zlist good = {0};
    zl_good(&good, "demo-pack", "demo-pack");
    zl_manifest(&good, "demo-pack", "demo-pack");
    char tmp[PATH_MAX + 16];
    path_in(tmp, sizeof tmp, "whole.zip");
    write_zlist(&good, tmp);
    zl_free(&good);
    size_t len = 0;
    z->bytes = read_file(tmp, &len);
    z->nbytes = len / 2;
}

HOSTILE(a_folder_instead_of_a_file, APP_PACK_E_ARCHIVE)
{
    z->directory = true;
}

/* What libarchive's zip reader makes of entries it cannot represent: a FIFO's Unix mode becomes a
 * regular file's, and a zip has no hard links (the writer stores an empty file). Either way the
 * install writes a plain, empty file of its own, never a link or a FIFO. */
static void check_arrives_as_a_plain_file(const char *trick, const char *rel, zlist *z)
{
    setup_scratch(trick);
    char file[PATH_MAX + 16];
    path_in(file, sizeof file, "odd.vigie");
    write_zlist(z, file);
    zl_free(z);
    char err[1024];
    cr_assert_eq(install_file("odd.vigie", NULL, err, sizeof err), APP_PACK_OK, "%s", err);
    char p[PATH_MAX + 80];
    snprintf(p, sizeof p, "%s/vigie/levels/demo-pack/%s", getenv("XDG_DATA_HOME"), rel);
    struct stat st;
    cr_assert_eq(lstat(p, &st), 0);
    cr_assert(S_ISREG(st.st_mode) && st.st_nlink == 1 && st.st_size == 0);
}

Test(pack_hostile, a_fifo_arrives_as_a_plain_empty_file)
{
    static zlist z;
    z.raw = true;
    good_plus(&z, "demo-pack/pipe.lua", "")->mode = AE_IFIFO | 0644;
    check_arrives_as_a_plain_file("fifo", "pipe.lua", &z);
}

Test(pack_hostile, a_hard_link_arrives_as_a_plain_empty_file)
{
    static zlist z;
    zent *e = good_plus(&z, "demo-pack/hard.lua", "");
    e->link = strdup("demo-pack/one.lua");
    e->hard = true;
    check_arrives_as_a_plain_file("hard-link", "hard.lua", &z);
}

Test(pack_hostile, a_symbolic_link_where_the_pack_goes_is_not_followed)
{
    setup_scratch("link-in-place");
    make_pack("src", NULL);
    cr_assert_eq(pack_to("src", "demo.vigie", NULL), 0);
    char levels[PATH_MAX + 32], link[PATH_MAX + 64], target[PATH_MAX + 16];
    snprintf(levels, sizeof levels, "%s/vigie/levels", getenv("XDG_DATA_HOME"));
    snprintf(link, sizeof link, "%s/demo-pack", levels);
    path_in(target, sizeof target, "elsewhere");
    char cmd[5 * PATH_MAX];
    snprintf(cmd, sizeof cmd, "mkdir -p '%s' '%s' && ln -s '%s' '%s'", levels, target, target,
             link);
    cr_assert_eq(system(cmd), 0);
    char *before = listing(scratch);
    char err[1024];
    cr_assert_eq(install_file("demo.vigie", NULL, err, sizeof err), APP_PACK_E_IO);
    cr_assert(strstr(err, "symbolic link"), "%s", err);
    char *after = listing(scratch);
    cr_assert_str_eq(before, after);
    free(before), free(after);
}

Test(pack_hostile, a_failed_reinstall_keeps_the_installed_pack)
{
    setup_scratch("failed-reinstall");
    make_pack("src", NULL);
    cr_assert_eq(pack_to("src", "demo.vigie", NULL), 0);
    char err[1024];
    cr_assert_eq(install_file("demo.vigie", NULL, err, sizeof err), APP_PACK_OK, "%s", err);
    char *before = xdg_listing();
    /* the same pack with a level that fails only at the last step, the check */
    zlist *z = calloc(1, sizeof *z);
    build_a_level_that_fails_the_check(z);
    char file[PATH_MAX + 16];
    path_in(file, sizeof file, "broken.vigie");
    write_zlist(z, file);
    zl_free(z);
    free(z);
    cr_assert_eq(install_file("broken.vigie", NULL, err, sizeof err), APP_PACK_E_CHECK);
    cr_assert(strstr(err, "demo-pack/more/two.lua:"), "the level is named as in the file: %s", err);
    char *after = xdg_listing();
    cr_assert_str_eq(before, after);
    free(before), free(after);
}
