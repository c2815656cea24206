/* main.c — Vigie's entry point; everything else lives in the vigie_core library. */
#include "app/app.h"

int main(int argc, char **argv)
{
    return app_main(argc, argv);
}
