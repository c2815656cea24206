/* app_cli.c — the command line: dispatch to play, check, run, shot; help and version. */
#include "app.h"

#include <stdio.h>
#include <string.h>

static const char *const usage =
    "Vigie " VIGIE_VERSION " — a cybersecurity and AI awareness game\n"
    "\n"
    "Usage:\n"
    "  vigie [--levels DIR] [options]      play (opens a window)\n"
    "  vigie --open LEVEL.lua [options]    play one level at once\n"
    "  vigie new LEVEL.lua                 write a commented starter level\n"
    "  vigie check PATH...                 validate level files or pack folders\n"
    "  vigie run LEVEL --answers FILE [--seed N] [--lang fr|en] [--db PATH [--nick N]\n"
    "            [--session S]]            play a level from scripted answers, print JSON\n"
    "                                      (with --db, keep the results there)\n"
    "  vigie shot LEVEL --out FILE.png [--question N] [--phase P] [--size WxH]\n"
    "             [--lang fr|en] [--answer right|wrong|timeout] [--seed N]\n"
    "             [--answers FILE] [--at SECONDS]   (a mini-game: what the player does)\n"
    "                                      render a screen offscreen into a PNG\n"
    "                                      (LEVEL may be a levels folder for the menu)\n"
    "                                      P: title, menu, intro, question, feedback,\n"
    "                                         results, error\n"
    "  vigie report [SESSION] [--db PATH]  a trainer's session: scores, and each question's\n"
    "                                      share right and most chosen wrong answer\n"
    "  vigie export [--session S | --since DATE] --format csv|json --out FILE [--db PATH]\n"
    "  vigie purge --before DATE | --retention DAYS [--db PATH]\n"
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
    "  -h, --help         this help;  --version  the version\n"
    "\n"
    "Keys: 1-6 or A-F answer, arrows + Enter, Esc back, F11 fullscreen, M mute,\n"
    "      +/- volume, L language, Ctrl+Q quit.\n"
    "Docs: docs/authoring.md, docs/cli.md, docs/scoring.md, docs/results.md.\n";

int app_main(int argc, char **argv)
{
    if (argc >= 2) {
        const char *cmd = argv[1];
        if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
            fputs(usage, stdout);
            return 0;
        }
        if (strcmp(cmd, "--version") == 0) {
            printf("vigie %s\n", VIGIE_VERSION);
            return 0;
        }
        if (strcmp(cmd, "check") == 0) return app_cmd_check(argc - 2, argv + 2);
        if (strcmp(cmd, "run") == 0) return app_cmd_run(argc - 2, argv + 2);
        if (strcmp(cmd, "shot") == 0) return app_cmd_shot(argc - 2, argv + 2);
        if (strcmp(cmd, "new") == 0) return app_cmd_new(argc - 2, argv + 2);
        if (strcmp(cmd, "report") == 0) return app_cmd_report(argc - 2, argv + 2);
        if (strcmp(cmd, "export") == 0) return app_cmd_export(argc - 2, argv + 2);
        if (strcmp(cmd, "purge") == 0) return app_cmd_purge(argc - 2, argv + 2);
        if (cmd[0] != '-') {
            fprintf(stderr, "vigie: unknown command \"%s\" (try vigie --help)\n", cmd);
            return 2;
        }
    }
    return app_cmd_play(argc - 1, argv + 1);
}
