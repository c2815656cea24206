/* app_cli.c — the command line: one table of commands (its words, its function, its usage,
 * a summary), the dispatch, and the help and the usage errors made from that table, so
 * that they cannot disagree. It calls the commands; the commands never call it.
 */
#include "app.h"

#include <stdio.h>
#include <string.h>

/* ==== the table ============================================================ */

static int cmd_help(int argc, char **argv);
static int cmd_version(int argc, char **argv);

static const app_command commands[] = {
    [APP_CMD_PLAY] = {{NULL},
                      app_cmd_play,
                      "vigie [--levels DIR] [options]\n"
                      "vigie --open LEVEL.lua [--question N] [options]\n"
                      "vigie --kiosk [--kiosk-pack ID] [--operator-pin PIN]\n"
                      "      [--idle-reset SECONDS] [--help-url URL] [options]",
                      "play in a window (--open: one level, at once)"},
    [APP_CMD_NEW] = {{"new"},
                     app_cmd_new,
                     "vigie new LEVEL.lua",
                     "write a commented starter level"},
    [APP_CMD_CHECK] = {{"check"},
                       app_cmd_check,
                       "vigie check PATH...",
                       "validate level files or pack folders"},
    [APP_CMD_RUN] = {{"run"},
                     app_cmd_run,
                     "vigie run LEVEL --answers FILE [--seed N] [--lang fr|en]\n"
                     "          [--db PATH [--nick NICK] [--session NAME]]",
                     "play from scripted answers, print JSON"},
    [APP_CMD_SHOT] = {{"shot"},
                      app_cmd_shot,
                      "vigie shot LEVEL --out FILE.png [--question N] [--size WxH] [--lang fr|en]\n"
                      "           [--phase title|menu|intro|question|feedback|results|error]\n"
                      "           [--answer right|wrong|timeout] [--seed N] [--answers FILE]\n"
                      "           [--at SECONDS] [--db PATH [--session NAME] [--nick NICK]]\n"
                      "           [--text-size normal|large|larger] [--font default|dyslexic]\n"
                      "           [--theme dark|light|high-contrast] [--reduced-motion]\n"
                      "           [--untimed | --time normal|1.5|2|untimed]",
                      "render one screen offscreen into a PNG"},
    [APP_CMD_SAY] = {{"say"},
                     app_cmd_say,
                     "vigie say LEVEL --out FILE.wav [--question N] [--lang fr|en] [--rate WPM]\n"
                     "          [--phase intro|question|feedback] [--answer right|wrong|timeout]\n"
                     "          [--parts] [--seed N] [--text]\n"
                     "vigie say LEVEL --text [--question N] [options]",
                     "read a question aloud into a WAV file (or print the text)"},
    [APP_CMD_IMPORT] = {{"import"},
                        app_cmd_import,
                        "vigie import FILE [--format gift|aiken] [--lang fr|en] --out LEVEL.lua",
                        "a Moodle quiz (GIFT or Aiken) as a level"},
    [APP_CMD_EXPORT_LEVEL] = {{"export-level"},
                              app_cmd_export_level,
                              "vigie export-level LEVEL --format gift [--lang fr|en] --out FILE",
                              "a level's questions as a Moodle GIFT file"},
    [APP_CMD_HOST] =
        {{"host"},
         app_cmd_host,
         "vigie host LEVEL|PACK [--headless] [--port N] [--bind ADDR] [--auto]\n"
         "           [--players N] [--reveal-ms N] [--max-players N] [--untimed]\n"
         "           [--time normal|1.5|2|untimed] [--lang fr|en] [--seed N]\n"
         "           [--size WxH] [--fullscreen] [--reduced-motion] [--db PATH | --no-save]\n"
         "vigie host LEVEL --mockup N --out FILE.png [--lang fr|en]",
         "a live classroom: students answer from their phones"},
    [APP_CMD_REPORT] = {{"report"},
                        app_cmd_report,
                        "vigie report [SESSION] [--db PATH]\n"
                        "vigie report --stand [--date DATE] [--pack ID] [--lang fr|en]\n"
                        "             [--db PATH]",
                        "a session's report (none: the sessions); a stand's day"},
    [APP_CMD_EXPORT] = {{"export"},
                        app_cmd_export,
                        "vigie export [--session NAME | --since DATE] --format csv|json\n"
                        "             --out FILE [--db PATH]",
                        "the kept results as CSV or JSON"},
    [APP_CMD_PURGE] = {{"purge"},
                       app_cmd_purge,
                       "vigie purge --before DATE | --retention DAYS [--db PATH]",
                       "remove old results, or keep them N days"},
    [APP_CMD_SETTINGS] = {{"settings"},
                          app_cmd_settings,
                          "vigie settings [KEY [VALUE] | KEY --unset] [--db PATH]",
                          "the kept settings (the stand's kiosk)"},
    [APP_CMD_PACK] = {{"pack"},
                      app_cmd_pack,
                      "vigie pack DIR --out NAME.vigie",
                      "a pack folder as one file to share"},
    [APP_CMD_INSTALL] = {{"install"},
                         app_cmd_install,
                         "vigie install NAME.vigie",
                         "check a shared pack, then add it to the menu"},
    [APP_CMD_UNINSTALL] = {{"uninstall"},
                           app_cmd_uninstall,
                           "vigie uninstall [ID]",
                           "remove an installed pack (none: list them)"},
    [APP_CMD_HELP] = {{"--help", "-h", "help"},
                      cmd_help,
                      "vigie --help",
                      "this help (also -h, help)"},
    [APP_CMD_VERSION] = {{"--version"}, cmd_version, "vigie --version", "the version"},
};
_Static_assert(sizeof commands / sizeof commands[0] == APP_CMD_COUNT,
               "every command needs a row in app_cli.c");

const app_command *app_commands(size_t *n)
{
    *n = APP_CMD_COUNT;
    return commands;
}

/* ==== help and usage ======================================================= */

/* The summaries start at this column of the help; a usage line too long for it has its
 * summary on a line of its own. */
enum { SUMMARY_COLUMN = 38 };

/* Each line of text: the first after lead, the others after as many spaces, so that a
 * usage's lines stay aligned. */
static void print_lines(FILE *f, const char *lead, const char *text)
{
    for (int i = 0; *text; i++) {
        size_t len = strcspn(text, "\n");
        fprintf(f, "%*s%.*s\n", (int)strlen(lead), i ? "" : lead, (int)len, text);
        text += len + (text[len] == '\n');
    }
}

static const char *const options_text =
    "\n"
    "Play options:\n"
    "  --levels DIR       levels folder (default: ./levels, then " VIGIE_DATADIR "/levels)\n"
    "  --lang fr|en       language (default: from LANG; French otherwise)\n"
    "  --fullscreen       start in fullscreen (F11 toggles)\n"
    "  --size WxH         window size (default 1280x720)\n"
    "  --volume N         sound volume 0-100 (default 80); --mute to start muted\n"
    "  --renderer R       auto, software or accelerated (default auto: software\n"
    "                     unless the machine has a GPU); also VIGIE_RENDERER\n"
    "  --seed N           seed for shuffling the choices\n"
    "  --session NAME     a trainer's session: results are grouped under NAME\n"
    "  --db PATH          the results database (default:\n"
    "                     $XDG_DATA_HOME/vigie/vigie.db or ~/.local/share/vigie/vigie.db)\n"
    "  --no-save          keep no results\n"
    "\n"
    "Stand options (docs/stand.md; also kept with vigie settings):\n"
    "  --kiosk            a stand's kiosk: fullscreen, locked, two-minute rounds\n"
    "  --no-kiosk         not a kiosk, whatever the settings say\n"
    "  --kiosk-pack ID    the pack the rounds come from (default: stand)\n"
    "  --operator-pin PIN 4 to 8 digits; Ctrl+Alt+O then the PIN opens the operator's\n"
    "                     menu (or a 3-second press in the top-left corner)\n"
    "  --idle-reset S     seconds without input before \"Toujours là ?\" (default 45)\n"
    "  --help-url URL     the help QR code's address\n"
    "                     (default https://www.cybermalveillance.gouv.fr)\n"
    "\n"
    "Keys: 1-6 or A-F answer, arrows + Enter, Esc back, F11 fullscreen, M mute,\n"
    "      +/- volume, L language, D duel, Ctrl+Q quit.\n"
    "Docs: docs/authoring.md, docs/cli.md, docs/scoring.md, docs/results.md,\n"
    "      docs/stand.md.\n";

static int cmd_help(int argc, char **argv)
{
    (void)argc, (void)argv;
    printf("Vigie " VIGIE_VERSION " — a cybersecurity and AI awareness game\n\nUsage:\n");
    for (size_t i = 0; i < APP_CMD_COUNT; i++) {
        const app_command *c = &commands[i];
        size_t first = strcspn(c->usage, "\n");
        if (2 + first + 2 <= SUMMARY_COLUMN) { /* the summary beside the first line */
            printf("  %-*.*s%s\n", SUMMARY_COLUMN - 2, (int)first, c->usage, c->summary);
            if (c->usage[first]) print_lines(stdout, "  ", c->usage + first + 1);
        } else {
            print_lines(stdout, "  ", c->usage);
            printf("%*s%s\n", SUMMARY_COLUMN, "", c->summary);
        }
    }
    fputs(options_text, stdout);
    return 0;
}

static int cmd_version(int argc, char **argv)
{
    (void)argc, (void)argv;
    printf("vigie %s\n", VIGIE_VERSION);
    return 0;
}

/* ==== dispatch ============================================================= */

/* The command a word calls; APP_CMD_COUNT when none does. */
static app_command_id find(const char *word)
{
    for (size_t i = 0; i < APP_CMD_COUNT; i++)
        for (size_t k = 0; k < sizeof commands[i].names / sizeof *commands[i].names; k++)
            if (commands[i].names[k] && strcmp(commands[i].names[k], word) == 0)
                return (app_command_id)i;
    return APP_CMD_COUNT;
}

int app_main(int argc, char **argv)
{
    app_command_id id = APP_CMD_PLAY; /* no command, or an option first: play */
    int skip = 1;
    if (argc >= 2) {
        app_command_id found = find(argv[1]);
        if (found != APP_CMD_COUNT) {
            id = found;
            skip = 2;
        } else if (argv[1][0] != '-') {
            fprintf(stderr, "vigie: unknown command \"%s\" (try vigie --help)\n", argv[1]);
            return 2;
        }
    }
    int st = commands[id].run(argc - skip, argv + skip);
    if (st != APP_USAGE) return st;
    print_lines(stderr, "vigie: usage: ", commands[id].usage);
    return 2;
}
