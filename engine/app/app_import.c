/* app_import.c — placeholder while issue 18's import is written (replaced whole). */
#include "app.h"

#include <stdio.h>

int app_cmd_import(int argc, char **argv)
{
    (void)argc, (void)argv;
    fputs("vigie import: not written yet\n", stderr);
    return 1;
}

int app_cmd_export_level(int argc, char **argv)
{
    (void)argc, (void)argv;
    fputs("vigie export-level: not written yet\n", stderr);
    return 1;
}
