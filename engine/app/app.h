/* app.h — main's helpers: the command line, the levels on disk, the commands.
 * May use every module; nothing uses app/.
 */
#ifndef VIGIE_APP_H
#define VIGIE_APP_H

#include "game/game.h"
#include "game/game_play.h"
#include "ui/ui.h"

#include <stdio.h>

/* ---- the command line (app_cli.c) ---- */

/* Runs the command argv[1] names (play when none does, or when an option comes first). */
int app_main(int argc, char **argv);

/* The commands, in the order of the help. Each has one row in app_cli.c's table: a
 * command without a row fails the build. */
typedef enum {
    APP_CMD_PLAY = 0, /* the default: no word calls it */
    APP_CMD_NEW,
    APP_CMD_CHECK,
    APP_CMD_RUN,
    APP_CMD_SHOT,
    APP_CMD_SAY,
    APP_CMD_IMPORT,
    APP_CMD_EXPORT_LEVEL,
    APP_CMD_HOST,
    APP_CMD_REPORT,
    APP_CMD_EXPORT,
    APP_CMD_PURGE,
    APP_CMD_SETTINGS,
    APP_CMD_PACK,
    APP_CMD_INSTALL,
    APP_CMD_UNINSTALL,
    APP_CMD_HELP,
    APP_CMD_VERSION,
    APP_CMD_COUNT
} app_command_id;

typedef struct {
    const char *names[3]; /* the words that call it ("--help", "-h", "help"); none for play */
    int (*run)(int argc, char **argv);
    /* "vigie check PATH..."; several lines for several forms, and a line that starts with
     * spaces goes on the one before. --help, the usage errors and docs/cli.md show it. */
    const char *usage;
    const char *summary; /* one line, for --help */
} app_command;

/* The table: *n rows, one per app_command_id, in that order. Static; never NULL. */
const app_command *app_commands(size_t *n);

/* What a command returns when its arguments are wrong: app_main prints the command's usage
 * from the table (after whatever the command said) and exits with 2. */
#define APP_USAGE (-1)

/* The commands; argv starts after the command's name. Each returns the exit status, or
 * APP_USAGE. */
int app_cmd_check(int argc, char **argv);
/* `vigie check` of one path (a level, a pack, a folder of packs), its lines printed to out;
 * layout false skips the layout pass (warnings only: text cut at a screen size). Returns the
 * errors; *levels and *warnings (either may be NULL) get the counts. */
int app_check_path(const char *path, FILE *out, bool layout, int *levels, int *warnings);
int app_cmd_run(int argc, char **argv);
int app_cmd_shot(int argc, char **argv);
int app_cmd_say(int argc, char **argv); /* app_say.c */
/* The game's voice (app_say.c): eSpeak NG on its thread, heard through snd; *out is the ui's
 * cfg.voice (silent until the first say, which starts eSpeak). Destroy before snd. */
typedef struct app_voice app_voice;
app_voice *app_voice_create(audio *snd, ui_voice *out);
void app_voice_destroy(app_voice *v);
int app_cmd_host(int argc, char **argv);
int app_cmd_play(int argc, char **argv);
int app_cmd_new(int argc, char **argv);
int app_cmd_report(int argc, char **argv);
int app_cmd_export(int argc, char **argv);
int app_cmd_purge(int argc, char **argv);
int app_cmd_settings(int argc, char **argv);
/* Moodle's quiz formats (app_import.c, docs/sharing.md): GIFT and Aiken into a level, a level
 * back into GIFT. */
int app_cmd_import(int argc, char **argv);
int app_cmd_export_level(int argc, char **argv);
/* Packs as one file (app_pack.c, docs/sharing.md): a .vigie zip with its manifest. */
int app_cmd_pack(int argc, char **argv);
int app_cmd_install(int argc, char **argv);
int app_cmd_uninstall(int argc, char **argv);
/* The folder the installed packs go to: $XDG_DATA_HOME/vigie/levels, or
 * ~/.local/share/vigie/levels; NULL when neither HOME nor XDG_DATA_HOME is set. Not created. */
const char *app_installed_levels_dir(void);
/* Installs the .vigie file at path as `vigie install` does (every check first; nothing written
 * when one fails). true with the pack's id in id (nid bytes) and its title in the language lang
 * in title (ntitle bytes); false with err (nerr bytes) saying why, in lang. */
bool app_pack_install_file(const char *path, game_lang lang, char *id, size_t nid, char *title,
                           size_t ntitle, char *err, size_t nerr);

/* ---- accessibility (app_access.c, docs/accessibility.md) ---- */

struct store;
/* What the command line set, field by field: it overrides the kept settings. */
enum {
    APP_ACCESS_TEXT = 1 << 0,
    APP_ACCESS_THEME = 1 << 1,
    APP_ACCESS_FONT = 1 << 2,
    APP_ACCESS_MOTION = 1 << 3,
    APP_ACCESS_PACE = 1 << 4,
    APP_ACCESS_SPEECH = 1 << 5,
    APP_ACCESS_RATE = 1 << 6,
};
typedef struct {
    ui_access a;
    unsigned set; /* APP_ACCESS_… bits */
} app_access_opts;
/* argv[i] as one of the accessibility options (--text-size normal|large|larger, --theme
 * dark|light|high-contrast, --font default|dyslexic, --reduced-motion, --untimed, --time
 * normal|1.5|2|untimed, --speech, --speech-rate WPM) into o: the arguments it took (1 or 2), 0
 * when it is none of them, -1 after saying why its value is refused. */
int app_access_option(int argc, char **argv, int i, app_access_opts *o);
/* The settings kept in s (may be NULL), then o's options over them (o may be NULL). */
void app_access_load(struct store *s, const app_access_opts *o, ui_access *out);
/* Keeps a in s (the settings screen's choices). */
bool app_access_save(struct store *s, const ui_access *a, game_error *err);
/* The rule of a kept accessibility setting key (`vigie settings`); false for another key. */
bool app_access_setting_valid(const char *key, const char *v);
bool app_access_rate_valid(const char *v, int *out);
/* True unless a asks for the dyslexia-friendly font and it is not installed: then says so. */
bool app_access_font_check(const ui_access *a);

/* ---- the stand's kiosk (app_settings.c) ---- */

/* What the command line said (NULL, 0, false: nothing). */
typedef struct {
    bool kiosk, no_kiosk;
    const char *pack, *pin, *help_url;
    unsigned idle_reset;
} app_kiosk_opts;
/* Where the kiosk's strings live while the ui borrows them. */
typedef struct {
    char pack[72], pin[16], url[256];
} app_kiosk_strings;
/* The kiosk's configuration: each from its option, else the setting kept in s (may be NULL),
 * else its default; out->on false when neither asks for a kiosk. 0, or 2 after saying why (a
 * kiosk without an operator PIN). */
struct store;
int app_kiosk_config(struct store *s, const app_kiosk_opts *o, app_kiosk_strings *buf,
                     ui_kiosk_config *out);
/* The rules of the kiosk's values, shared by the options and `vigie settings`. */
bool app_kiosk_pin_valid(const char *v);
bool app_kiosk_idle_valid(const char *v, unsigned *out);
bool app_kiosk_url_valid(const char *v);
bool app_kiosk_pack_valid(const char *v);

/* The live classroom in the window g, for the level (or pack folder) at level_path, from the
 * menu's "Classe en direct": returns when the teacher leaves it (app_host.c), with the session
 * the room was kept under in session ("" when nothing was kept). */
int app_host_in_window(gfx *g, audio *snd, const char *level_path, game_lang lang, const char *db,
                       bool no_save, char *session, size_t nsession);

/* Kept results (app_results.c): the database at db, else the default one. */
struct store;
bool app_db_path(const char *db, char *buf, size_t n);
struct store *app_store_open(const char *db, bool quiet);
/* The same, read only: never made, numbered, moved aside or written (STORE_READ). */
struct store *app_store_read(const char *db, bool quiet);
int64_t app_now_ms(void);
/* "2026-11-28" or "2026-11-28 14:30", local time. */
bool app_parse_date(const char *s, int64_t *ms);
/* The ui's kept results over the store (app_records.c): boards and reports read from db, runs
 * recorded through writer; either may be NULL (neither: nothing kept). rec must outlive the
 * ui it is given to. */
typedef struct {
    struct store *db;
    struct store_writer *writer;
} app_records;
ui_records app_records_ui(app_records *rec);

/* The levels: every pack folder under dir (or dir itself when it is a pack), each level
 * loaded and checked. Levels that fail keep their error for the menu. */
typedef struct {
    ui_pack *packs;
    char **dirs; /* each pack's folder */
    size_t npacks;
    void **loaded; /* script_level handles, to unload */
    size_t nloaded;
} app_levels;

void app_levels_load(app_levels *out, const char *dir, uint64_t seed);
/* The same, then the installed packs (each sub-folder of installed, which may be NULL or
 * missing) after them, tagged installed (ui_pack.installed), within the same start's bounds.
 * An installed pack whose id a pack before it has is hidden, and stderr says so. */
void app_levels_load_with(app_levels *out, const char *dir, const char *installed, uint64_t seed);
/* A single level file as a one-level pack. */
void app_levels_load_file(app_levels *out, const char *path, uint64_t seed);
void app_levels_unload(app_levels *lv);
/* The sub-folders of dir (hidden ones skipped), as malloc'd "dir/name" paths in name order;
 * free each and the array. NULL and *count = 0 when there are none. */
char **app_subdirs(const char *dir, size_t *count);

/* Reloads level i of pack p from its file. On success the ui_level holds the new level
 * and *old is the handle to unload once the ui has let go of the old one (NULL when there
 * was none); on failure nothing changes and err says why. */
bool app_levels_reload(app_levels *lv, size_t p, size_t i, uint64_t seed, void **old,
                       game_error *err);
/* The level whose file is path; for a pack.lua, the first level of its pack (*all set:
 * every level of that pack depends on it). */
bool app_levels_find(const app_levels *lv, const char *path, size_t *p, size_t *i, bool *all);

/* Plays game question `question` of the script_level sl headless from the steps (docs/
 * minigames.md): until it is over, its time runs out or stop_ms (0: no stop); then, with
 * finish, ends it into *res. canvas (may be NULL) keeps the last frame. */
bool app_play_game(void *sl, size_t question, const game_play_step *steps, size_t n,
                   uint32_t stop_ms, bool finish, game_lang lang, game_canvas *canvas,
                   game_play_outcome *oc, game_play_result *res, game_error *err);

/* The id of the pack a level file belongs to: its folder's pack.lua id, else the folder's
 * name (results are kept under it, by the game and by `vigie run --db` alike). */
void app_pack_id(const char *level_path, char *buf, size_t n);
/* The register of the pack a level file belongs to: its folder's pack.lua `register`, "tu"
 * when there is none (or it is refused). */
game_register app_pack_register(const char *level_path);
/* `vigie check` of a level in a pack of register reg: in "vous", a prompt or an explanation
 * that says tu, ton, ta, tes or toi outside quotation marks (« … », “ … ”) is warned of through
 * warn, at its line, naming the word. Returns how many warnings. */
int app_register_check(const char *path, const game_level *lv, game_register reg,
                       void (*warn)(void *ud, const char *file, int line, const char *msg),
                       void *ud);

/* ---- reading arguments (app_args.c) ---- */

#ifndef VIGIE_DATADIR /* set by the build to the installed data folder */
#define VIGIE_DATADIR "/usr/share/vigie"
#endif

/* The default levels folder: $VIGIE_LEVELS, ./levels, then the installed one. */
const char *app_default_levels_dir(void);
/* Language from --lang or the environment (LC_ALL, LC_MESSAGES, LANG); French otherwise. */
game_lang app_lang_from_env(void);
/* "1280x720" (320x240 to 8192x8192) into *w, *h; false, and nothing set, otherwise. */
bool app_parse_size(const char *s, int *w, int *h);
/* A whole number, no sign; false, and nothing set, otherwise. */
bool app_parse_u64(const char *s, uint64_t *out);

#endif
