/* ui_duel.c — duels and teams with buzzers. Stub: filled in by issue 15. */
#include "ui_screens.h"

const ui_screen_view ui_screen_duel = {0};

void ui_duel_open(ui *u, size_t pack, size_t level, uint64_t now)
{
    (void)u, (void)pack, (void)level, (void)now;
}
void ui_duel_free(ui *u)
{
    (void)u;
}
