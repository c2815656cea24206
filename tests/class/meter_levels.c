/* meter_levels.c — the engine's password estimator as a filter, for tests/class/meter.test.mjs,
 * which checks that the page's meter (web/class/meter.js) gives the same levels.
 *   meter_levels --lists   prints the engine's lists as JSON: {"common":[…],"words":[…]}
 *   meter_levels           reads one password a line on stdin, prints "LEVEL BITS" a line
 * Uses game/ only (vigie_core); no locale is set, as in the engine's estimator.
 */
#include "game/game.h"

#include <stdio.h>
#include <string.h>

static void print_list(const char *name, const char *const *list, size_t n)
{
    printf("\"%s\":[", name);
    for (size_t i = 0; i < n; i++) printf("%s\"%s\"", i ? "," : "", list[i]); /* ASCII words */
    printf("]");
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "--lists") == 0) {
        const char *const *common, *const *words;
        size_t nc, nw;
        game_password_lists(&common, &nc, &words, &nw);
        printf("{");
        print_list("common", common, nc);
        printf(",");
        print_list("words", words, nw);
        printf("}\n");
        return 0;
    }
    char line[1024];
    while (fgets(line, sizeof line, stdin)) {
        size_t n = strlen(line);
        if (n && line[n - 1] == '\n') line[--n] = '\0';
        game_password_report r;
        game_password_check_default(line, &r);
        printf("%d %.9f\n", r.level, r.bits);
    }
    return 0;
}
