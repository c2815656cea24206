/* app_pack.c — `vigie pack` and `vigie uninstall`, and what they share with `vigie install`
 * (app_pack_install.c): the rules of a pack's id and of the paths inside it, the shipped packs,
 * removing a folder without following links. A pack file is written with libarchive (zip,
 * deflate), sorted and with fixed times, so that one folder always gives the same bytes.
 */
#include "app_pack.h"

#include "app.h"
#include "app_outfile.h"
#include "app_sha256.h"
#include "app_term.h"
#include "script/script.h"

#include <archive.h>
#include <archive_entry.h>
#include <jansson.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* ==== ids, paths, shipped packs ============================================ */

bool app_pack_id_valid(const char *id)
{
    size_t len = strlen(id);
    if (len == 0 || len > APP_PACK_ID_MAX) return false;
    for (const char *s = id; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-' || *s == '_'))
            return false;
    return true;
}

static bool name_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           strchr(" .-_+(),", c) != NULL;
}

bool app_pack_path_valid(const char *rel, char *why, size_t n)
{
    size_t len = strlen(rel), parts = 0;
    if (len == 0) return snprintf(why, n, "an empty name"), false;
    if (len > APP_PACK_PATH_MAX)
        return snprintf(why, n, "longer than %d bytes", APP_PACK_PATH_MAX), false;
    if (rel[0] == '/') return snprintf(why, n, "an absolute path"), false;
    for (const char *p = rel; *p;) {
        const char *end = strchr(p, '/');
        size_t k = end ? (size_t)(end - p) : strlen(p);
        parts++;
        if (k == 0) return snprintf(why, n, "an empty folder name (//)"), false;
        if (p[0] == '.')
            return snprintf(why, n,
                            k <= 2 && p[k - 1] == '.' ? "a .. or . in the path"
                                                      : "a name that starts with a dot"),
                   false;
        if (p[k - 1] == ' ' || p[k - 1] == '.')
            return snprintf(why, n, "a name that ends in a space or a dot"), false;
        for (size_t i = 0; i < k; i++) {
            if (p[i] == '\\') return snprintf(why, n, "a backslash"), false;
            if ((unsigned char)p[i] < 0x20 || p[i] == 0x7f)
                return snprintf(why, n, "a control character"), false;
            if (!name_char(p[i]))
                return snprintf(why, n,
                                "a character other than ASCII letters, digits, space and . - _ "
                                "+ ( ) ,"),
                       false;
        }
        p += k;
        if (*p == '/') p++;
    }
    if (parts > APP_PACK_DEPTH_MAX + 1)
        return snprintf(why, n, "more than %d folders deep", APP_PACK_DEPTH_MAX), false;
    return true;
}

/* Whether dir is the folder of pack id: by its name or its pack.lua's id. */
static bool pack_dir_is(const char *dir, const char *id)
{
    const char *base = strrchr(dir, '/');
    if (strcmp(base ? base + 1 : dir, id) == 0) return true;
    game_pack pk = {0};
    game_error err = {0};
    bool same = script_pack_load(dir, &pk, &err) && pk.id && strcmp(pk.id, id) == 0;
    game_pack_deinit(&pk);
    return same;
}

/* Whether two paths are one folder (the installed packs' folder is not a shipped one, even when
 * VIGIE_LEVELS names it). */
static bool same_dir(const char *a, const char *b)
{
    struct stat sa, sb;
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

bool app_pack_shipped(const char *id)
{
    const char *dirs[] = {app_default_levels_dir(), VIGIE_DATADIR "/levels"};
    const char *installed = app_installed_levels_dir();
    for (size_t d = 0; d < 2; d++) {
        if (d == 1 && strcmp(dirs[0], dirs[1]) == 0) break;
        if (installed && same_dir(dirs[d], installed)) continue;
        char manifest[PATH_MAX];
        struct stat st;
        snprintf(manifest, sizeof manifest, "%s/pack.lua", dirs[d]);
        if (stat(manifest, &st) == 0 && pack_dir_is(dirs[d], id)) return true; /* one pack */
        size_t n;
        char **subs = app_subdirs(dirs[d], &n);
        bool found = false;
        for (size_t i = 0; i < n; i++) {
            if (!found && pack_dir_is(subs[i], id)) found = true;
            free(subs[i]);
        }
        free(subs);
        if (found) return true;
    }
    return false;
}

int app_pack_remove_tree(int dirfd, const char *name)
{
    struct stat st;
    if (fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) != 0) return -1;
    if (!S_ISDIR(st.st_mode)) return unlinkat(dirfd, name, 0);
    int fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return -1;
    DIR *d = fdopendir(fd);
    if (!d) {
        close(fd);
        return -1;
    }
    int rc = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        if (app_pack_remove_tree(fd, e->d_name) != 0) rc = -1;
    }
    closedir(d);
    if (rc != 0) return -1;
    return unlinkat(dirfd, name, AT_REMOVEDIR);
}

/* ==== pack: the files of a folder ========================================== */

typedef struct {
    char **files; /* paths inside the pack's folder, to pack */
    size_t nfiles, cap;
    char left[1024]; /* the first files left out, for the message */
    size_t nleft;
    unsigned long long bytes;
    char bad[PATH_MAX + 256]; /* why the folder cannot be packed ("" while it can) */
} pack_walk;

static bool wanted(const char *name)
{
    size_t k = strlen(name);
    return (k > 4 && !strcmp(name + k - 4, ".lua")) || (k > 4 && !strcmp(name + k - 4, ".png"));
}

static void left_out(pack_walk *w, const char *rel, const char *why)
{
    size_t used = strlen(w->left);
    if (w->nleft++ < 12 && used + strlen(rel) + 40 < sizeof w->left)
        snprintf(w->left + used, sizeof w->left - used, "%s%s%s", used ? ", " : "", rel, why);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every .lua and .png file under root/rel, never through a link; hidden files skipped. */
static void walk(pack_walk *w, const char *root, const char *rel, int depth)
{
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s%s%s", root, *rel ? "/" : "", rel);
    DIR *d = opendir(dir);
    if (!d) {
        snprintf(w->bad, sizeof w->bad, "cannot open the folder %s: %s", dir, strerror(errno));
        return;
    }
    struct dirent *e;
    while (!w->bad[0] && (e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        char sub[PATH_MAX], full[PATH_MAX + 300];
        if (snprintf(sub, sizeof sub, "%s%s%s", rel, *rel ? "/" : "", e->d_name) >= (int)sizeof sub)
            continue;
        snprintf(full, sizeof full, "%s/%s", root, sub);
        struct stat st;
        if (lstat(full, &st) != 0) continue;
        if (S_ISLNK(st.st_mode)) {
            left_out(w, sub, " (a link)");
        } else if (S_ISDIR(st.st_mode)) {
            if (depth < APP_PACK_DEPTH_MAX)
                walk(w, root, sub, depth + 1);
            else
                left_out(w, sub, " (too deep)");
        } else if (!S_ISREG(st.st_mode) || !wanted(e->d_name)) {
            left_out(w, sub, "");
        } else {
            char why[160];
            if (!app_pack_path_valid(sub, why, sizeof why)) {
                snprintf(w->bad, sizeof w->bad, "the file name \"%s\" has %s: rename it", sub, why);
            } else if (st.st_size > (off_t)APP_PACK_FILE_MAX) {
                snprintf(w->bad, sizeof w->bad,
                         "%s is over %u MiB, the most a file of a pack may be", sub,
                         APP_PACK_FILE_MAX >> 20);
            } else if (w->nfiles + 2 > APP_PACK_FILES_MAX) {
                snprintf(w->bad, sizeof w->bad, "more than %d files: make two packs",
                         APP_PACK_FILES_MAX - 1);
            } else {
                if (w->nfiles == w->cap) {
                    size_t cap = w->cap ? 2 * w->cap : 32;
                    char **f = realloc(w->files, cap * sizeof *f);
                    if (!f) {
                        snprintf(w->bad, sizeof w->bad, "out of memory");
                        break;
                    }
                    w->files = f;
                    w->cap = cap;
                }
                w->files[w->nfiles++] = strdup(sub);
                w->bytes += (unsigned long long)st.st_size;
                if (w->bytes > APP_PACK_TOTAL_MAX)
                    snprintf(w->bad, sizeof w->bad,
                             "its files are over %u MiB together, the most a pack may be: make "
                             "two packs",
                             APP_PACK_TOTAL_MAX >> 20);
            }
        }
    }
    closedir(d);
}

/* Case-folded (ASCII: the names are) equality of two paths. */
bool app_pack_same_folded(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        char x = *a >= 'A' && *a <= 'Z' ? (char)(*a + 32) : *a;
        char y = *b >= 'A' && *b <= 'Z' ? (char)(*b + 32) : *b;
        if (x != y) return false;
    }
    return *a == *b;
}

/* ==== pack: the zip ======================================================== */

/* The time every entry carries: 2024-01-01 00:00:00 UTC. A real time would make every file
 * differ. */
#define PACK_TIME 1704067200

static bool add_entry(struct archive *a, const char *name, const void *data, size_t len, char *err,
                      size_t n)
{
    struct archive_entry *e = archive_entry_new();
    if (!e) return snprintf(err, n, "out of memory"), false;
    archive_entry_set_pathname(e, name);
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0644);
    archive_entry_set_size(e, (la_int64_t)len);
    archive_entry_set_mtime(e, PACK_TIME, 0);
    archive_entry_set_uid(e, 0);
    archive_entry_set_gid(e, 0);
    bool ok = archive_write_header(a, e) == ARCHIVE_OK &&
              (len == 0 || archive_write_data(a, data, len) == (la_ssize_t)len) &&
              archive_write_finish_entry(a) == ARCHIVE_OK;
    if (!ok) snprintf(err, n, "%s", archive_error_string(a));
    archive_entry_free(e);
    return ok;
}

/* Reads root/rel whole (its size checked again: it may have grown since the walk). */
static unsigned char *read_whole(const char *root, const char *rel, size_t *len, char *err,
                                 size_t n)
{
    char path[PATH_MAX + 300];
    snprintf(path, sizeof path, "%s/%s", root, rel);
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        snprintf(err, n, "cannot read %s: %s", path, fd < 0 ? strerror(errno) : "not a file");
        if (fd >= 0) close(fd);
        return NULL;
    }
    size_t cap = (size_t)st.st_size, got = 0;
    unsigned char *buf = malloc(cap + 1);
    ssize_t r = 0;
    while (buf && got <= cap && (r = read(fd, buf + got, cap + 1 - got)) > 0) got += (size_t)r;
    close(fd);
    if (!buf || r < 0 || got > APP_PACK_FILE_MAX) {
        snprintf(err, n, "cannot read %s: %s", path,
                 !buf    ? "out of memory"
                 : r < 0 ? strerror(errno)
                         : "it grew too big");
        free(buf);
        return NULL;
    }
    *len = got;
    return buf;
}

/* The manifest: format, id, title, version, and each file's path, size and digest. */
static char *manifest_text(const game_pack *pk, json_t *files)
{
    json_t *m = json_object(), *title = json_object();
    json_object_set_new(m, "format", json_string(APP_PACK_FORMAT));
    json_object_set_new(m, "version", json_integer(APP_PACK_FORMAT_VERSION));
    json_object_set_new(m, "id", json_string(pk->id));
    static const char *const langs[GAME_LANG_COUNT] = {"fr", "en"};
    for (int l = 0; l < GAME_LANG_COUNT; l++) {
        const char *t = pk->title.s[l] ? pk->title.s[l] : pk->id;
        json_t *s = json_string(t);
        json_object_set_new(title, langs[l], s ? s : json_string(pk->id));
    }
    json_object_set_new(m, "title", title);
    json_object_set_new(m, "vigie", json_string(VIGIE_VERSION));
    json_object_set(m, "files", files);
    char *text = json_dumps(m, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    json_decref(m);
    return text;
}

/* Writes the sorted files and the manifest into the zip at path. */
static bool write_zip(const char *path, const char *root, const game_pack *pk, char **files,
                      size_t nfiles, char *err, size_t n)
{
    struct archive *a = archive_write_new();
    json_t *list = json_array();
    bool ok = a && list && archive_write_set_format_zip(a) == ARCHIVE_OK &&
              archive_write_set_options(a, "zip:compression=deflate") == ARCHIVE_OK &&
              archive_write_set_bytes_in_last_block(a, 1) == ARCHIVE_OK &&
              archive_write_open_filename(a, path) == ARCHIVE_OK;
    if (!ok) snprintf(err, n, "%s", a ? archive_error_string(a) : "out of memory");
    for (size_t i = 0; ok && i < nfiles; i++) {
        size_t len = 0;
        unsigned char *data = read_whole(root, files[i], &len, err, n);
        if (!data) {
            ok = false;
            break;
        }
        app_sha256 h;
        unsigned char d[APP_SHA256_SIZE];
        char hex[2 * APP_SHA256_SIZE + 1], name[APP_PACK_ID_MAX + APP_PACK_PATH_MAX + 4];
        app_sha256_init(&h);
        app_sha256_update(&h, data, len);
        app_sha256_final(&h, d);
        app_sha256_hex(d, hex);
        snprintf(name, sizeof name, "%s/%s", pk->id, files[i]);
        ok = add_entry(a, name, data, len, err, n);
        free(data);
        json_t *f = json_object();
        json_object_set_new(f, "path", json_string(files[i]));
        json_object_set_new(f, "size", json_integer((json_int_t)len));
        json_object_set_new(f, "sha256", json_string(hex));
        json_array_append_new(list, f);
    }
    if (ok) {
        char *text = manifest_text(pk, list), name[APP_PACK_ID_MAX + 32];
        snprintf(name, sizeof name, "%s/%s", pk->id, APP_PACK_MANIFEST);
        ok = text ? add_entry(a, name, text, strlen(text), err, n)
                  : (snprintf(err, n, "out of memory"), false);
        free(text);
    }
    if (a) {
        if (archive_write_close(a) != ARCHIVE_OK && ok) {
            snprintf(err, n, "%s", archive_error_string(a));
            ok = false;
        }
        archive_write_free(a);
    }
    json_decref(list);
    return ok;
}

/* The zip writer turns the times into MS-DOS local times: in UTC, one folder gives the same
 * bytes on every machine. */
static bool write_zip_utc(const char *path, const char *root, const game_pack *pk, char **files,
                          size_t nfiles, char *err, size_t n)
{
    const char *tz = getenv("TZ");
    char *saved = tz ? strdup(tz) : NULL;
    setenv("TZ", "UTC", 1);
    tzset();
    bool ok = write_zip(path, root, pk, files, nfiles, err, n);
    if (saved)
        setenv("TZ", saved, 1);
    else
        unsetenv("TZ");
    tzset();
    free(saved);
    return ok;
}

int app_pack_write(const char *dir, const char *out, FILE *msg)
{
    int status = 1, levels = 0, warnings = 0;
    pack_walk w = {0};
    game_pack pk = {0};
    game_error gerr = {0};
    char err[PATH_MAX + 512] = "";
    app_outfile o;
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        app_term_line(msg, "vigie pack: %s is not a folder: give a pack's folder", dir);
        return 1;
    }
    /* the levels first: a pack that does not pass the check is not worth sharing */
    if (app_check_path(dir, msg, true, &levels, &warnings) > 0) {
        app_term_line(msg, "vigie pack: %s does not pass the check: fix the errors above first",
                      dir);
        goto cleanup;
    }
    if (!script_pack_load(dir, &pk, &gerr) || pk.nlevels == 0) {
        app_term_line(msg, "vigie pack: %s is not a pack: it needs a pack.lua or levels", dir);
        goto cleanup;
    }
    if (!pk.id || !app_pack_id_valid(pk.id)) {
        app_term_line(msg,
                      "vigie pack: the pack's id \"%s\" is not a plain id: give pack.lua an id = "
                      "\"…\" of a-z, 0-9, - and _ (at most %d)",
                      pk.id ? pk.id : "", APP_PACK_ID_MAX);
        goto cleanup;
    }
    walk(&w, dir, "", 0);
    if (!w.bad[0]) {
        qsort(w.files, w.nfiles, sizeof *w.files, cmp_str);
        for (size_t i = 0; i < w.nfiles && !w.bad[0]; i++)
            for (size_t k = i + 1; k < w.nfiles && !w.bad[0]; k++)
                if (app_pack_same_folded(w.files[i], w.files[k]))
                    snprintf(w.bad, sizeof w.bad,
                             "\"%s\" and \"%s\" differ only by case, which some systems cannot "
                             "keep apart: rename one",
                             w.files[i], w.files[k]);
    }
    if (w.bad[0]) {
        app_term_line(msg, "vigie pack: %s: %s", dir, w.bad);
        goto cleanup;
    }
    if (!app_outfile_begin(&o, out, err, sizeof err)) {
        app_term_line(msg, "vigie pack: %s", err);
        goto cleanup;
    }
    bool ok = write_zip_utc(o.tmp, dir, &pk, w.files, w.nfiles, err, sizeof err);
    char why[PATH_MAX + 512] = "";
    static const unsigned char no_tail[1]; /* a zip's end varies: no fixed mark to compare */
    if (!app_outfile_end(&o, ok, no_tail, 0, why, sizeof why) || !ok) {
        app_term_line(msg, "vigie pack: cannot write %s: %s", out, ok ? why : err);
        goto cleanup;
    }
    if (w.nleft)
        app_term_line(msg, "left out (only .lua and .png files go in a pack): %s%s", w.left,
                      w.nleft > 12 ? ", …" : "");
    struct stat os;
    long long size = stat(out, &os) == 0 ? (long long)os.st_size : 0;
    app_term_line(
        msg, "wrote %s: pack \"%s\" (%s / %s), %zu level%s, %zu file%s and a manifest, %lld bytes",
        out, pk.id, game_text_get(&pk.title, GAME_LANG_FR), game_text_get(&pk.title, GAME_LANG_EN),
        pk.nlevels, pk.nlevels == 1 ? "" : "s", w.nfiles, w.nfiles == 1 ? "" : "s", size);
    status = 0;
cleanup:
    for (size_t i = 0; i < w.nfiles; i++) free(w.files[i]);
    free(w.files);
    game_pack_deinit(&pk);
    fflush(msg);
    return status;
}

static bool ends_with(const char *s, const char *tail)
{
    size_t a = strlen(s), b = strlen(tail);
    return a > b && strcmp(s + a - b, tail) == 0;
}

int app_cmd_pack(int argc, char **argv)
{
    const char *dir = NULL, *out = NULL;
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "--out") && i + 1 < argc) {
            out = argv[++i];
        } else if (argv[i][0] == '-' || dir) {
            app_term_line(stderr, "vigie pack: unexpected argument \"%s\"", argv[i]);
            return APP_USAGE;
        } else {
            dir = argv[i];
        }
    }
    if (!dir || !out) return APP_USAGE;
    if (!ends_with(out, ".vigie")) {
        app_term_line(stderr, "vigie pack: the file's name must end in .vigie, not \"%s\"", out);
        return APP_USAGE;
    }
    return app_pack_write(dir, out, stdout);
}

/* ==== uninstall ============================================================ */

const char *app_installed_levels_dir(void)
{
    static char dir[4096];
    const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
    if (xdg && *xdg)
        snprintf(dir, sizeof dir, "%s/vigie/levels", xdg);
    else if (home && *home)
        snprintf(dir, sizeof dir, "%s/.local/share/vigie/levels", home);
    else
        return NULL;
    return dir;
}

app_pack_error app_pack_uninstall(const char *id, char *err, size_t n)
{
    const char *dir = app_installed_levels_dir();
    if (!app_pack_id_valid(id)) {
        snprintf(err, n, "\"%s\" is not a pack id (a-z, 0-9, - and _)", id);
        return APP_PACK_E_ID;
    }
    char path[PATH_MAX];
    struct stat st;
    if (!dir || snprintf(path, sizeof path, "%s/%s", dir, id) >= (int)sizeof path ||
        lstat(path, &st) != 0) {
        if (app_pack_shipped(id)) {
            snprintf(err, n, "\"%s\" comes with Vigie: it cannot be uninstalled", id);
            return APP_PACK_E_SHIPPED;
        }
        snprintf(err, n, "no pack \"%s\" is installed (vigie uninstall lists them)", id);
        return APP_PACK_E_IO;
    }
    /* moved aside in one rename, then removed: the menu never sees half a pack */
    char aside[PATH_MAX + 32];
    snprintf(aside, sizeof aside, "%s/../.uninstall-XXXXXX", dir);
    if (!mkdtemp(aside)) {
        snprintf(err, n, "cannot remove %s: %s", path, strerror(errno));
        return APP_PACK_E_IO;
    }
    int from = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    int to = open(aside, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    bool moved = from >= 0 && to >= 0 && renameat(from, id, to, id) == 0;
    int e = errno;
    if (moved) app_pack_remove_tree(to, id);
    if (from >= 0) close(from);
    if (to >= 0) close(to);
    rmdir(aside);
    if (!moved) {
        snprintf(err, n, "cannot remove %s: %s", path, strerror(e));
        return APP_PACK_E_IO;
    }
    return APP_PACK_OK;
}

/* Lists the installed packs: id, title, levels. */
static int list_installed(void)
{
    const char *dir = app_installed_levels_dir();
    size_t n = 0;
    char **subs = dir ? app_subdirs(dir, &n) : NULL;
    if (n == 0) printf("no pack is installed (in %s)\n", dir ? dir : "~/.local/share/vigie/levels");
    for (size_t i = 0; i < n; i++) {
        game_pack pk = {0};
        game_error err = {0};
        const char *base = strrchr(subs[i], '/') + 1;
        if (script_pack_load(subs[i], &pk, &err))
            app_term_line(
                stdout, "%-20s %s / %s (%zu level%s)", base, game_text_get(&pk.title, GAME_LANG_FR),
                game_text_get(&pk.title, GAME_LANG_EN), pk.nlevels, pk.nlevels == 1 ? "" : "s");
        else
            app_term_line(stdout, "%-20s (its pack.lua does not load: %s)", base, err.message);
        game_pack_deinit(&pk);
        free(subs[i]);
    }
    free(subs);
    if (n) printf("(in %s)\n", dir);
    return 0;
}

int app_cmd_uninstall(int argc, char **argv)
{
    if (argc == 0) return list_installed();
    if (argc > 1 || argv[0][0] == '-') return APP_USAGE;
    char err[PATH_MAX + 256];
    if (app_pack_uninstall(argv[0], err, sizeof err) != APP_PACK_OK) {
        app_term_line(stderr, "vigie uninstall: %s", err);
        return 1;
    }
    app_term_line(stdout, "uninstalled \"%s\" (removed %s/%s)", argv[0], app_installed_levels_dir(),
                  argv[0]);
    return 0;
}
