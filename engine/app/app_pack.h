/* app_pack.h — shared packs as one file (docs/sharing.md): `vigie pack` writes a pack folder as
 * a .vigie file (a zip of its .lua and .png files and a manifest of their SHA-256), `vigie
 * install` checks one and adds it to the installed packs, `vigie uninstall` removes one. For
 * app/ and the tests; the window reaches install through app.h's app_pack_install_file.
 */
#ifndef VIGIE_APP_PACK_H
#define VIGIE_APP_PACK_H

#include "game/game.h"

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* ---- the limits of a pack file (docs/sharing.md lists them) ---- */

#define APP_PACK_FILES_MAX    300          /* entries of the zip: files and folders */
#define APP_PACK_FILE_MAX     (8u << 20)   /* bytes of one file, as inflated */
#define APP_PACK_TOTAL_MAX    (32u << 20)  /* bytes of every file together, as inflated */
#define APP_PACK_MANIFEST_MAX (256u << 10) /* bytes of MANIFEST.json */
#define APP_PACK_PATH_MAX     200          /* bytes of a path inside the pack's folder */
#define APP_PACK_DEPTH_MAX    8            /* folders inside the pack's folder */
#define APP_PACK_ID_MAX       64           /* as pack.lua's id */

/* The manifest's name, in the pack's top folder, and the format it declares. */
#define APP_PACK_MANIFEST       "MANIFEST.json"
#define APP_PACK_FORMAT         "vigie-pack"
#define APP_PACK_FORMAT_VERSION 1

/* Why a pack file is refused: one class per kind of trick or mistake, for the tests and the
 * window. */
typedef enum {
    APP_PACK_OK = 0,
    APP_PACK_E_ARCHIVE,  /* not a zip, a cut or corrupt one, an encrypted entry */
    APP_PACK_E_PATH,     /* .., absolute, backslash, control character, outside the top folder */
    APP_PACK_E_TYPE,     /* a link, a device, a FIFO: not a file nor a folder */
    APP_PACK_E_COLLIDE,  /* two names the same but for case (or twice the same name) */
    APP_PACK_E_KIND,     /* a file other than .lua, .png and the manifest */
    APP_PACK_E_LIMIT,    /* too many files, a file or the whole too big once inflated */
    APP_PACK_E_MANIFEST, /* missing, malformed, or not matching the files */
    APP_PACK_E_ID,       /* the pack's id is not a plain id, or not the same everywhere */
    APP_PACK_E_SHIPPED,  /* the id of a pack that comes with Vigie */
    APP_PACK_E_PICTURE,  /* a .png the engine's picture check refuses */
    APP_PACK_E_CHECK,    /* a level `vigie check` refuses */
    APP_PACK_E_IO,       /* the installed packs' folder cannot be written */
    APP_PACK_E_COUNT
} app_pack_error;

/* A plain pack id: 1 to APP_PACK_ID_MAX of a-z, 0-9, - and _. */
bool app_pack_id_valid(const char *id);

/* A path inside a pack's folder ("pack.lua", "img/mail.png"): false, with why (n bytes, English)
 * unless it is relative, made of at most APP_PACK_DEPTH_MAX + 1 parts of ASCII letters, digits,
 * space, . - _ + ( ) , each not starting with a dot nor ending in a space or dot, at most
 * APP_PACK_PATH_MAX bytes. Portable everywhere, and nothing a terminal or a shell acts on. */
bool app_pack_path_valid(const char *rel, char *why, size_t n);
/* Whether two paths are the same when upper and lower case are not told apart (ASCII: a
 * pack's names are). */
bool app_pack_same_folded(const char *a, const char *b);

/* Whether id is the id (or folder name) of a pack that comes with Vigie: one in
 * app_default_levels_dir() or VIGIE_DATADIR/levels (not the installed packs' folder). */
bool app_pack_shipped(const char *id);

/* Writes the pack folder dir as the .vigie file out (whole or not at all), after checking it as
 * `vigie check` does; says what it does on msg (the check's lines, the files left out, what was
 * written). Returns the exit status: 0, or 1 with the reason said. */
int app_pack_write(const char *dir, const char *out, FILE *msg);

/* What an install did. */
typedef struct {
    char id[APP_PACK_ID_MAX + 1];
    char title[GAME_LANG_COUNT][256];
    size_t nlevels, nfiles;
    bool updated; /* an installed pack of this id was replaced */
    char where[PATH_MAX + APP_PACK_ID_MAX + 2];
} app_pack_installed;

/* Installs the .vigie file at path into app_installed_levels_dir()/ID: every check first, in a
 * temporary folder beside it, then one rename. On a refusal nothing is left written (no
 * folder made, no temporary left, an installed pack of that id as it was) and err (n bytes, in
 * lang) says why; check (may be NULL) gets the lines of a failing level check. */
app_pack_error app_pack_install(const char *path, game_lang lang, FILE *check,
                                app_pack_installed *out, char *err, size_t n);

/* Removes the installed pack id (a folder of app_installed_levels_dir()). APP_PACK_OK; E_ID for
 * an id that is not plain; E_SHIPPED for a shipped pack that is not installed; E_IO when it is
 * not installed (err says so) or cannot be removed. */
app_pack_error app_pack_uninstall(const char *id, char *err, size_t n);

/* Removes the folder name of the folder dirfd holds and everything in it, never through a
 * symbolic link (a link is removed, not followed). 0, or -1 with errno. */
int app_pack_remove_tree(int dirfd, const char *name);

#endif
