/* app_pack.c — placeholder while issue 18's packs are written (replaced whole). */
#include "app.h"

#include <stdio.h>
#include <stdlib.h>

int app_cmd_pack(int argc, char **argv)
{
    (void)argc, (void)argv;
    fputs("vigie pack: not written yet\n", stderr);
    return 1;
}

int app_cmd_install(int argc, char **argv)
{
    (void)argc, (void)argv;
    fputs("vigie install: not written yet\n", stderr);
    return 1;
}

int app_cmd_uninstall(int argc, char **argv)
{
    (void)argc, (void)argv;
    fputs("vigie uninstall: not written yet\n", stderr);
    return 1;
}

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

bool app_pack_install_file(const char *path, game_lang lang, char *id, size_t nid, char *title,
                           size_t ntitle, char *err, size_t nerr)
{
    (void)path, (void)lang, (void)id, (void)nid, (void)title, (void)ntitle;
    snprintf(err, nerr, "not written yet");
    return false;
}
