/* app_pack.c — placeholder while issue 18's packs are written (replaced whole). */
#include "app.h"

#include <stdio.h>

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
