/* app_pack_install.c — `vigie install NAME.vigie` and the window's drop: a .vigie file read
 * with libarchive (zip alone, no other format or filter), entry by entry, into a temporary
 * folder beside the installed packs; every name, type, size (as inflated, never as the headers
 * say), digest, picture and level checked there; then one rename. A refusal leaves nothing
 * written. Never follows a link, never trusts the archive's sizes or names.
 */
#define _GNU_SOURCE /* renameat2 */
#include "app_pack.h"

#include "app.h"
#include "app_sha256.h"
#include "app_term.h"
#include "game/game_picture.h"
#include "script/script.h"

#include <archive.h>
#include <archive_entry.h>
#include <jansson.h>

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ==== what a refusal says ================================================== */

/* One row per message: its class, and the sentence in each language (up to two %s). */
typedef enum {
    M_NOT_FILE,
    M_NOT_ZIP,
    M_BROKEN,
    M_ENCRYPTED,
    M_PATH,
    M_OUTSIDE,
    M_TYPE,
    M_COLLIDE,
    M_KIND,
    M_COUNT,
    M_FILE_BIG,
    M_TOTAL_BIG,
    M_NO_MANIFEST,
    M_MANIFEST_BAD,
    M_MANIFEST_ABSENT,
    M_MANIFEST_EXTRA,
    M_MANIFEST_HASH,
    M_ID,
    M_ID_DIFFERS,
    M_SHIPPED,
    M_PICTURE,
    M_NO_LEVEL,
    M_CHECK,
    M_NO_HOME,
    M_LINK_THERE,
    M_IO,
    M_MESSAGE_COUNT
} message;

_Static_assert(APP_PACK_FILES_MAX == 300 && APP_PACK_FILE_MAX == 8u << 20 &&
                   APP_PACK_TOTAL_MAX == 32u << 20,
               "the messages below state the limits: change them together");

static const struct {
    app_pack_error code;
    const char *text[GAME_LANG_COUNT]; /* fr, en */
} messages[] = {
    [M_NOT_FILE] = {APP_PACK_E_ARCHIVE, {"%s n’est pas un fichier", "%s is not a file"}},
    [M_NOT_ZIP] = {APP_PACK_E_ARCHIVE,
                   {"ce n’est pas un fichier de pack Vigie (un fichier zip) : %s",
                    "not a Vigie pack file (a zip file): %s"}},
    [M_BROKEN] = {APP_PACK_E_ARCHIVE,
                  {"le fichier est abîmé ou tronqué (%s)",
                   "the file is damaged or cut short (%s)"}},
    [M_ENCRYPTED] = {APP_PACK_E_ARCHIVE,
                     {"« %s » est chiffré : un pack ne l’est jamais",
                      "\"%s\" is encrypted: a pack never is"}},
    [M_PATH] = {APP_PACK_E_PATH,
                {"le nom « %s » est refusé (%s) : les fichiers d’un pack restent dans son dossier, "
                 "avec des noms simples",
                 "the name \"%s\" is refused (%s): a pack's files stay inside its folder, with "
                 "plain names"}},
    [M_OUTSIDE] = {APP_PACK_E_PATH,
                   {"« %s » n’est pas dans l’unique dossier du pack (%s/)",
                    "\"%s\" is not inside the pack's one folder (%s/)"}},
    [M_TYPE] = {APP_PACK_E_TYPE,
                {"« %s » est un lien, un périphérique ou un tube, pas un fichier : refusé",
                 "\"%s\" is a link, a device or a pipe, not a file: refused"}},
    [M_COLLIDE] = {APP_PACK_E_COLLIDE,
                   {"« %s » porte le nom d’un autre fichier du pack (aux majuscules près)",
                    "\"%s\" has the name of another file of the pack (upper and lower case "
                    "aside)"}},
    [M_KIND] = {APP_PACK_E_KIND,
                {"« %s » n’est ni un niveau (.lua) ni une image (.png) : un pack ne contient rien "
                 "d’autre",
                 "\"%s\" is neither a level (.lua) nor a picture (.png): a pack holds nothing "
                 "else"}},
    [M_COUNT] = {APP_PACK_E_LIMIT,
                 {"plus de 300 fichiers : refusé", "more than 300 files: refused"}},
    [M_FILE_BIG] = {APP_PACK_E_LIMIT,
                    {"« %s » dépasse 8 Mio une fois décompressé : refusé",
                     "\"%s\" unpacks to more than 8 MiB: refused"}},
    [M_TOTAL_BIG] = {APP_PACK_E_LIMIT,
                     {"le pack dépasse 32 Mio une fois décompressé : refusé",
                      "the pack unpacks to more than 32 MiB: refused"}},
    [M_NO_MANIFEST] = {APP_PACK_E_MANIFEST,
                       {"pas de " APP_PACK_MANIFEST " : ce fichier n’a pas été fait par vigie pack",
                        "no " APP_PACK_MANIFEST ": this file was not made by vigie pack"}},
    [M_MANIFEST_BAD] = {APP_PACK_E_MANIFEST,
                        {"le manifeste est mal formé : %s", "the manifest is malformed: %s"}},
    [M_MANIFEST_ABSENT] = {APP_PACK_E_MANIFEST,
                           {"le manifeste cite « %s », absent du fichier",
                            "the manifest lists \"%s\", which the file does not hold"}},
    [M_MANIFEST_EXTRA] = {APP_PACK_E_MANIFEST,
                          {"« %s » ne figure pas dans le manifeste",
                           "\"%s\" is not in the manifest"}},
    [M_MANIFEST_HASH] = {APP_PACK_E_MANIFEST,
                         {"« %s » ne correspond pas au manifeste (%s) : le fichier a été modifié "
                          "ou abîmé",
                          "\"%s\" does not match the manifest (%s): the file was changed or "
                          "damaged"}},
    [M_ID] = {APP_PACK_E_ID,
              {"l’identifiant de pack « %s » n’est pas un identifiant simple (a-z, 0-9, - et _)",
               "the pack id \"%s\" is not a plain id (a-z, 0-9, - and _)"}},
    [M_ID_DIFFERS] = {APP_PACK_E_ID,
                      {"l’identifiant du pack n’est pas le même partout : « %s » et « %s »",
                       "the pack's id is not the same everywhere: \"%s\" and \"%s\""}},
    [M_SHIPPED] = {APP_PACK_E_SHIPPED,
                   {"« %s » est l’identifiant d’un pack livré avec Vigie : il ne peut pas être "
                    "remplacé",
                    "\"%s\" is the id of a pack that comes with Vigie: it cannot be replaced"}},
    [M_PICTURE] = {APP_PACK_E_PICTURE,
                   {"l’image « %s » est refusée : %s", "the picture \"%s\" is refused: %s"}},
    [M_NO_LEVEL] = {APP_PACK_E_CHECK, {"le pack n’a aucun niveau", "the pack has no level"}},
    [M_CHECK] = {APP_PACK_E_CHECK,
                 {"un niveau ne passe pas la vérification : %s",
                  "a level does not pass the check: %s"}},
    [M_NO_HOME] = {APP_PACK_E_IO,
                   {"ni XDG_DATA_HOME ni HOME n’est défini : nulle part où installer",
                    "neither XDG_DATA_HOME nor HOME is set: nowhere to install"}},
    [M_LINK_THERE] = {APP_PACK_E_IO,
                      {"%s est un lien symbolique ou n’est pas un dossier : Vigie n’installe pas "
                       "à travers",
                       "%s is a symbolic link or not a folder: Vigie does not install through "
                       "it"}},
    [M_IO] = {APP_PACK_E_IO, {"impossible d’écrire dans %s : %s", "cannot write in %s: %s"}},
};
_Static_assert(sizeof messages / sizeof *messages == M_MESSAGE_COUNT, "a row per message");

/* ==== the install's state ================================================== */

typedef struct {
    char *rel; /* inside the pack's folder */
    bool dir, implicit, manifest, listed;
    uint64_t size;
    char hex[2 * APP_SHA256_SIZE + 1];
} entry;

#define MADE_MAX 16

typedef struct {
    game_lang lang;
    char *err;
    size_t nerr;
    app_pack_error code;
    char parent[PATH_MAX], levels[PATH_MAX];
    char tmp[PATH_MAX + 32]; /* the temporary folder, "" until made */
    int tmpfd;
    char top[APP_PACK_ID_MAX + 1];
    entry *entries;
    size_t nentries, explicit_entries;
    char *manifest;
    size_t nmanifest;
    uint64_t total;
    char made[MADE_MAX][PATH_MAX]; /* folders this install created, to remove on a refusal */
    int nmade;
} install;

/* Refuses with message m (a and b fill its %s). Always false. */
static bool fail(install *in, message m, const char *a, const char *b)
{
    char sa[300], sb[600];
    app_term_safe(a ? a : "", sa, sizeof sa);
    app_term_safe(b ? b : "", sb, sizeof sb);
    if (in->code == APP_PACK_OK) {
        in->code = messages[m].code;
        snprintf(in->err, in->nerr, messages[m].text[in->lang], sa, sb);
    }
    return false;
}

static bool fail_io(install *in, const char *where)
{
    return fail(in, M_IO, where, strerror(errno));
}

static bool ends_with(const char *s, const char *tail)
{
    size_t a = strlen(s), b = strlen(tail);
    return a > b && strcmp(s + a - b, tail) == 0;
}

/* A folder made if missing, with the folders above it (each remembered, to remove on a
 * refusal); refused when it is a link or not a folder (the folders above it may be links: they
 * are the user's). */
static bool ensure_dir(install *in, const char *path)
{
    char p[PATH_MAX];
    snprintf(p, sizeof p, "%s", path);
    for (char *s = p + 1;; s++) {
        bool last = *s == '\0';
        if (*s != '/' && !last) continue;
        *s = '\0';
        struct stat st;
        if ((last ? lstat(p, &st) : stat(p, &st)) == 0) {
            if (!S_ISDIR(st.st_mode)) return fail(in, M_LINK_THERE, p, NULL);
        } else if (errno != ENOENT || mkdir(p, 0755) != 0) {
            return fail_io(in, p);
        } else if (in->nmade < MADE_MAX) {
            snprintf(in->made[in->nmade++], PATH_MAX, "%s", p);
        }
        if (last) break;
        *s = '/';
    }
    return true;
}

/* ==== the entries ========================================================== */

/* Records rel; refuses a name that another has, case aside (a folder met again as the same
 * folder is fine). */
static entry *record(install *in, const char *rel, bool dir, bool implicit)
{
    for (size_t i = 0; i < in->nentries; i++) {
        entry *e = &in->entries[i];
        if (!app_pack_same_folded(e->rel, rel)) continue;
        if (dir && e->dir && strcmp(e->rel, rel) == 0 && (implicit || e->implicit)) {
            if (!implicit) e->implicit = false;
            return e;
        }
        fail(in, M_COLLIDE, rel, NULL);
        return NULL;
    }
    /* folders made for a file count too: at most one per file, so twice the entries */
    entry *grown = realloc(in->entries, (in->nentries + 1) * sizeof *grown);
    if (!grown) return fail(in, M_IO, in->tmp, "out of memory"), NULL;
    in->entries = grown;
    entry *e = &in->entries[in->nentries++];
    *e = (entry){.rel = strdup(rel), .dir = dir, .implicit = implicit};
    if (!e->rel) return in->nentries--, fail(in, M_IO, in->tmp, "out of memory"), NULL;
    return e;
}

/* The folders of rel (all of it when dir), made under the temporary folder. */
static bool make_dirs(install *in, const char *rel, bool dir)
{
    char path[APP_PACK_ID_MAX + APP_PACK_PATH_MAX + 4];
    size_t toplen = strlen(in->top);
    snprintf(path, sizeof path, "%s/%s", in->top, rel);
    for (char *p = path + toplen + 1;; p++) {
        bool last = *p == '\0';
        if (*p != '/' && !last) continue;
        if (last && !dir) break;
        *p = '\0';
        if (!record(in, path + toplen + 1, true, !(last && dir))) return false;
        if (mkdirat(in->tmpfd, path, 0755) != 0 && errno != EEXIST) return fail_io(in, path);
        if (fchmodat(in->tmpfd, path, 0755, 0) != 0) return fail_io(in, path);
        if (last) break;
        *p = '/';
    }
    return true;
}

/* Inflates the entry's data, counting the bytes that come out (never the header's size):
 * into the file fd, or into the manifest's buffer when fd < 0. */
static bool inflate_entry(install *in, struct archive *a, int fd, entry *e)
{
    unsigned char buf[64 * 1024];
    app_sha256 h;
    app_sha256_init(&h);
    for (;;) {
        la_ssize_t r = archive_read_data(a, buf, sizeof buf);
        if (r == 0) break;
        if (r < 0) return fail(in, M_BROKEN, archive_error_string(a), NULL);
        e->size += (uint64_t)r;
        in->total += (uint64_t)r;
        if (e->size > APP_PACK_FILE_MAX) return fail(in, M_FILE_BIG, e->rel, NULL);
        if (in->total > APP_PACK_TOTAL_MAX) return fail(in, M_TOTAL_BIG, NULL, NULL);
        if (fd < 0) {
            if (e->size > APP_PACK_MANIFEST_MAX)
                return fail(in, M_MANIFEST_BAD, "over 256 KiB", NULL);
            char *m = realloc(in->manifest, (size_t)e->size);
            if (!m) return fail(in, M_IO, in->tmp, "out of memory");
            memcpy(m + in->nmanifest, buf, (size_t)r);
            in->manifest = m;
            in->nmanifest = (size_t)e->size;
            continue;
        }
        app_sha256_update(&h, buf, (size_t)r);
        for (la_ssize_t w = 0; w < r;) {
            ssize_t k = write(fd, buf + w, (size_t)(r - w));
            if (k < 0) return fail_io(in, in->tmp);
            w += k;
        }
    }
    unsigned char d[APP_SHA256_SIZE];
    app_sha256_final(&h, d);
    app_sha256_hex(d, e->hex);
    return true;
}

/* One entry of the zip: its name, its type, its place, its data. */
static bool take_entry(install *in, struct archive *a, struct archive_entry *ae)
{
    const char *raw = archive_entry_pathname(ae);
    char name[APP_PACK_ID_MAX + APP_PACK_PATH_MAX + 8], why[200];
    if (!raw) return fail(in, M_PATH, "?", "a name that cannot be read");
    if (++in->explicit_entries > APP_PACK_FILES_MAX) return fail(in, M_COUNT, NULL, NULL);
    size_t len = strlen(raw);
    if (len >= sizeof name) return fail(in, M_PATH, raw, "too long");
    memcpy(name, raw, len + 1);
    mode_t type = archive_entry_filetype(ae);
    bool dir = type == AE_IFDIR;
    if (dir && len > 1 && name[len - 1] == '/') name[--len] = '\0';
    if (name[0] == '/') return fail(in, M_PATH, raw, "an absolute path");
    char *slash = strchr(name, '/');
    if (!slash && !dir) {
        if (!app_pack_path_valid(raw, why, sizeof why)) return fail(in, M_PATH, raw, why);
        return fail(in, M_OUTSIDE, raw, in->top[0] ? in->top : "ID");
    }
    if (slash) *slash = '\0';
    const char *rel = slash ? slash + 1 : "";
    if (!in->top[0]) {
        if (!app_pack_id_valid(name)) {
            if (!app_pack_path_valid(raw, why, sizeof why)) return fail(in, M_PATH, raw, why);
            return fail(in, M_ID, name, NULL);
        }
        if (app_pack_shipped(name)) return fail(in, M_SHIPPED, name, NULL);
        memcpy(in->top, name, strlen(name) + 1); /* a valid id fits */
        if (mkdirat(in->tmpfd, in->top, 0755) != 0 || fchmodat(in->tmpfd, in->top, 0755, 0) != 0)
            return fail_io(in, in->tmp);
    } else if (strcmp(name, in->top) != 0) {
        if (!app_pack_path_valid(raw, why, sizeof why)) return fail(in, M_PATH, raw, why);
        return fail(in, M_OUTSIDE, raw, in->top);
    }
    if (archive_entry_hardlink(ae) || archive_entry_symlink(ae) ||
        (type != AE_IFDIR && type != AE_IFREG))
        return fail(in, M_TYPE, raw, NULL);
    if (!*rel) return dir ? true : fail(in, M_OUTSIDE, raw, in->top);
    if (!app_pack_path_valid(rel, why, sizeof why)) return fail(in, M_PATH, raw, why);
    if (archive_entry_is_encrypted(ae)) return fail(in, M_ENCRYPTED, raw, NULL);
    if (dir) return make_dirs(in, rel, true);
    bool manifest = strcmp(rel, APP_PACK_MANIFEST) == 0;
    if (!manifest && !ends_with(rel, ".lua") && !ends_with(rel, ".png"))
        return fail(in, M_KIND, raw, NULL);
    if (manifest && in->manifest) return fail(in, M_COLLIDE, raw, NULL);
    if (!make_dirs(in, rel, false)) return false;
    entry *e = record(in, rel, false, false);
    if (!e) return false;
    e->manifest = manifest;
    if (manifest) {
        in->manifest = malloc(1);
        if (!in->manifest) return fail(in, M_IO, in->tmp, "out of memory");
        return inflate_entry(in, a, -1, e);
    }
    char path[sizeof name + 4];
    snprintf(path, sizeof path, "%s/%s", in->top, rel);
    int fd = openat(in->tmpfd, path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0) return fail_io(in, path);
    bool ok = fchmod(fd, 0644) == 0 ? inflate_entry(in, a, fd, e) : fail_io(in, path);
    if (close(fd) != 0 && ok) ok = fail_io(in, path);
    return ok;
}

/* ==== after the entries: manifest, pictures, levels ======================== */

static entry *find_file(install *in, const char *rel)
{
    for (size_t i = 0; i < in->nentries; i++)
        if (!in->entries[i].dir && !in->entries[i].manifest && !strcmp(in->entries[i].rel, rel))
            return &in->entries[i];
    return NULL;
}

static bool is_hex64(const char *s)
{
    size_t i = 0;
    for (; s[i]; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f'))) return false;
    return i == 2 * APP_SHA256_SIZE;
}

static bool check_manifest(install *in)
{
    if (!in->manifest) return fail(in, M_NO_MANIFEST, NULL, NULL);
    json_error_t jerr;
    json_t *m = json_loadb(in->manifest, in->nmanifest, JSON_REJECT_DUPLICATES, &jerr);
    if (!m) {
        char at[300];
        snprintf(at, sizeof at, "line %d: %s", jerr.line, jerr.text);
        return fail(in, M_MANIFEST_BAD, at, NULL);
    }
    bool ok = false;
    const char *format = json_string_value(json_object_get(m, "format"));
    json_t *version = json_object_get(m, "version");
    const char *id = json_string_value(json_object_get(m, "id"));
    json_t *files = json_object_get(m, "files");
    if (!json_is_object(m) || !format || strcmp(format, APP_PACK_FORMAT) != 0) {
        fail(in, M_MANIFEST_BAD, "its format is not \"" APP_PACK_FORMAT "\"", NULL);
    } else if (!json_is_integer(version) ||
               json_integer_value(version) != APP_PACK_FORMAT_VERSION) {
        fail(in, M_MANIFEST_BAD, "a version of the format this Vigie does not read", NULL);
    } else if (!id) {
        fail(in, M_MANIFEST_BAD, "no id", NULL);
    } else if (strcmp(id, in->top) != 0) {
        fail(in, M_ID_DIFFERS, in->top, id);
    } else if (!json_is_array(files)) {
        fail(in, M_MANIFEST_BAD, "no list of files", NULL);
    } else {
        ok = true;
        size_t i;
        json_t *f;
        json_array_foreach(files, i, f)
        {
            const char *path = json_string_value(json_object_get(f, "path"));
            json_t *size = json_object_get(f, "size");
            const char *hex = json_string_value(json_object_get(f, "sha256"));
            if (!path || !json_is_integer(size) || !hex || !is_hex64(hex)) {
                ok = fail(in, M_MANIFEST_BAD, "a file without its path, size or sha256", NULL);
                break;
            }
            entry *e = find_file(in, path);
            if (!e) {
                ok = fail(in, M_MANIFEST_ABSENT, path, NULL);
                break;
            }
            if (e->listed) {
                ok = fail(in, M_MANIFEST_BAD, "a file listed twice", NULL);
                break;
            }
            e->listed = true;
            if ((json_int_t)e->size != json_integer_value(size) || strcmp(e->hex, hex) != 0) {
                ok = fail(in, M_MANIFEST_HASH, path,
                          (json_int_t)e->size != json_integer_value(size) ? "size" : "SHA-256");
                break;
            }
        }
        for (size_t k = 0; ok && k < in->nentries; k++) {
            entry *e = &in->entries[k];
            if (!e->dir && !e->manifest && !e->listed)
                ok = fail(in, M_MANIFEST_EXTRA, e->rel, NULL);
        }
    }
    json_decref(m);
    return ok;
}

static size_t read_at(void *ud, uint64_t offset, void *buf, size_t n)
{
    ssize_t r = pread(*(int *)ud, buf, n, (off_t)offset);
    return r > 0 ? (size_t)r : 0;
}

/* Each .png through the engine's picture check, and a PNG it must be. */
static bool check_pictures(install *in)
{
    for (size_t i = 0; i < in->nentries; i++) {
        entry *e = &in->entries[i];
        if (e->dir || !ends_with(e->rel, ".png")) continue;
        char path[APP_PACK_ID_MAX + APP_PACK_PATH_MAX + 4];
        snprintf(path, sizeof path, "%s/%s", in->top, e->rel);
        int fd = openat(in->tmpfd, path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) return fail_io(in, path);
        game_picture_info info = {0};
        game_picture_status s = game_picture_parse(read_at, &fd, e->size, &info);
        close(fd);
        if (s != GAME_PICTURE_OK) return fail(in, M_PICTURE, e->rel, game_picture_why(s));
        if (info.format != GAME_PICTURE_PNG)
            return fail(in, M_PICTURE, e->rel, "it is not a PNG picture");
    }
    return true;
}

/* Removes every "prefix/" from text, in place: the temporary folder's name means nothing to
 * the reader. */
static void strip_prefix(char *text, const char *prefix)
{
    size_t k = strlen(prefix);
    char *out = text;
    for (const char *p = text; *p;) {
        if (strncmp(p, prefix, k) == 0 && p[k] == '/') {
            p += k + 1;
            continue;
        }
        *out++ = *p++;
    }
    *out = '\0';
}

/* The pack's own reading and `vigie check` of every level, in process, without the layout pass
 * (its warnings would not refuse anything). */
static bool check_levels(install *in, FILE *out, app_pack_installed *res)
{
    char dir[sizeof in->tmp + APP_PACK_ID_MAX + 2];
    snprintf(dir, sizeof dir, "%s/%s", in->tmp, in->top);
    game_pack pk = {0};
    game_error gerr = {0};
    bool ok = false;
    if (!script_pack_load(dir, &pk, &gerr)) {
        char what[sizeof gerr.message + APP_PACK_ID_MAX + 32];
        snprintf(what, sizeof what, "%s/pack.lua:%d: %s", in->top, gerr.line > 0 ? gerr.line : 1,
                 gerr.message);
        strip_prefix(what, in->tmp);
        fail(in, M_CHECK, what, NULL);
    } else if (!pk.id || strcmp(pk.id, in->top) != 0) {
        fail(in, M_ID_DIFFERS, in->top, pk.id ? pk.id : "");
    } else if (pk.nlevels == 0) {
        fail(in, M_NO_LEVEL, NULL, NULL);
    } else {
        char *text = NULL;
        size_t len = 0;
        FILE *mem = open_memstream(&text, &len);
        if (!mem) {
            fail(in, M_IO, in->tmp, "out of memory");
        } else {
            int errors = app_check_path(dir, mem, false, NULL, NULL);
            fclose(mem);
            if (text) strip_prefix(text, in->tmp);
            if (errors == 0) {
                ok = true;
            } else {
                /* the first line that is neither a warning nor an "ok" names the error */
                char first[600] = "";
                for (char *line = text; line && *line && !first[0];) {
                    char *nl = strchr(line, '\n');
                    size_t k = nl ? (size_t)(nl - line) : strlen(line);
                    snprintf(first, sizeof first, "%.*s", (int)k, line);
                    if (strstr(first, ": warning: ") || strstr(first, ": ok (") || first[0] == ' ')
                        first[0] = '\0';
                    line = nl ? nl + 1 : NULL;
                }
                if (out && text) fputs(text, out);
                fail(in, M_CHECK, first, NULL);
            }
            free(text);
        }
    }
    if (ok) {
        res->nlevels = pk.nlevels;
        for (int l = 0; l < GAME_LANG_COUNT; l++)
            app_term_safe(game_text_get(&pk.title, (game_lang)l), res->title[l],
                          sizeof res->title[l]);
    }
    game_pack_deinit(&pk);
    return ok;
}

/* The checked folder into its place: renamed in, or exchanged with the installed one in one
 * step (the old one then leaves with the temporary folder). */
static bool move_in(install *in, app_pack_installed *res)
{
    if (!ensure_dir(in, in->levels)) return false;
    int levfd = open(in->levels, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (levfd < 0) return fail(in, M_LINK_THERE, in->levels, NULL);
    snprintf(res->where, sizeof res->where, "%s/%s", in->levels, in->top);
    struct stat st;
    bool ok;
    if (fstatat(levfd, in->top, &st, AT_SYMLINK_NOFOLLOW) != 0) {
        ok = renameat(in->tmpfd, in->top, levfd, in->top) == 0 || fail_io(in, res->where);
    } else if (!S_ISDIR(st.st_mode)) {
        ok = fail(in, M_LINK_THERE, res->where, NULL);
    } else {
        res->updated = true;
        ok = renameat2(in->tmpfd, in->top, levfd, in->top, RENAME_EXCHANGE) == 0;
        if (!ok && (errno == EINVAL || errno == ENOSYS)) {
            /* a file system without the exchange: two renames, the old one put back on a
             * failure */
            ok = renameat(levfd, in->top, in->tmpfd, ".old") == 0;
            if (ok && renameat(in->tmpfd, in->top, levfd, in->top) != 0) {
                int e = errno;
                renameat(in->tmpfd, ".old", levfd, in->top);
                errno = e;
                ok = false;
            }
        }
        if (!ok) fail_io(in, res->where);
    }
    close(levfd);
    return ok;
}

/* ==== install ============================================================== */

app_pack_error app_pack_install(const char *path, game_lang lang, FILE *check,
                                app_pack_installed *res, char *err, size_t n)
{
    install in = {.lang = lang, .err = err, .nerr = n, .tmpfd = -1};
    memset(res, 0, sizeof *res);
    if (n) err[0] = '\0';
    struct archive *a = NULL;
    struct stat st;
    const char *levels = app_installed_levels_dir();
    if (!levels) {
        fail(&in, M_NO_HOME, NULL, NULL);
        goto cleanup;
    }
    snprintf(in.levels, sizeof in.levels, "%s", levels);
    snprintf(in.parent, sizeof in.parent, "%s", levels);
    *strrchr(in.parent, '/') = '\0';
    /* a FIFO would block the reader, a folder is no archive */
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
        fail(&in, M_NOT_FILE, path, NULL);
        goto cleanup;
    }
    a = archive_read_new();
    if (!a || archive_read_support_format_zip(a) != ARCHIVE_OK ||
        archive_read_open_filename(a, path, 64 * 1024) != ARCHIVE_OK) {
        fail(&in, M_NOT_ZIP, a ? archive_error_string(a) : "out of memory", NULL);
        goto cleanup;
    }
    if (!ensure_dir(&in, in.parent)) goto cleanup;
    snprintf(in.tmp, sizeof in.tmp, "%s/.install-XXXXXX", in.parent);
    if (!mkdtemp(in.tmp)) {
        fail_io(&in, in.parent);
        in.tmp[0] = '\0';
        goto cleanup;
    }
    in.tmpfd = open(in.tmp, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (in.tmpfd < 0) {
        fail_io(&in, in.tmp);
        goto cleanup;
    }
    struct archive_entry *ae;
    int r;
    while ((r = archive_read_next_header(a, &ae)) == ARCHIVE_OK)
        if (!take_entry(&in, a, ae)) goto cleanup;
    if (r != ARCHIVE_EOF) {
        fail(&in, in.explicit_entries ? M_BROKEN : M_NOT_ZIP, archive_error_string(a), NULL);
        goto cleanup;
    }
    if (!check_manifest(&in) || !check_pictures(&in) || !check_levels(&in, check, res) ||
        !move_in(&in, res))
        goto cleanup;
    snprintf(res->id, sizeof res->id, "%s", in.top);
    for (size_t i = 0; i < in.nentries; i++) res->nfiles += !in.entries[i].dir;
    if (res->nfiles) res->nfiles--; /* the manifest is checked, not installed */
cleanup:
    if (a) archive_read_free(a);
    if (in.tmpfd >= 0) close(in.tmpfd);
    if (in.tmp[0]) {
        /* what was checked, or the pack it replaced: gone either way */
        char *slash = strrchr(in.tmp, '/');
        int pfd = open(in.parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (pfd >= 0) {
            app_pack_remove_tree(pfd, slash + 1);
            close(pfd);
        }
    }
    if (in.code != APP_PACK_OK)
        for (int i = in.nmade - 1; i >= 0; i--) rmdir(in.made[i]);
    for (size_t i = 0; i < in.nentries; i++) free(in.entries[i].rel);
    free(in.entries);
    free(in.manifest);
    return in.code;
}

bool app_pack_install_file(const char *path, game_lang lang, char *id, size_t nid, char *title,
                           size_t ntitle, char *err, size_t nerr)
{
    app_pack_installed res;
    if (app_pack_install(path, lang, NULL, &res, err, nerr) != APP_PACK_OK) return false;
    snprintf(id, nid, "%s", res.id);
    snprintf(title, ntitle, "%s", res.title[lang]);
    return true;
}

int app_cmd_install(int argc, char **argv)
{
    if (argc != 1 || argv[0][0] == '-') return APP_USAGE;
    app_pack_installed res;
    char err[PATH_MAX + 1024];
    if (app_pack_install(argv[0], GAME_LANG_EN, stdout, &res, err, sizeof err) != APP_PACK_OK) {
        fflush(stdout);
        app_term_line(stderr, "vigie install: %s: %s", argv[0], err);
        app_term_line(stderr, "vigie install: nothing was installed");
        return 1;
    }
    app_term_line(stdout, "%s \"%s\" (%s / %s): %zu level%s, %zu file%s, in %s",
                  res.updated ? "updated" : "installed", res.id, res.title[GAME_LANG_FR],
                  res.title[GAME_LANG_EN], res.nlevels, res.nlevels == 1 ? "" : "s", res.nfiles,
                  res.nfiles == 1 ? "" : "s", res.where);
    return 0;
}
