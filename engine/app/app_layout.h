/* app_layout.h — `vigie check`'s layout pass (app_layout.c): every question of a level and
 * its feedback laid out at 1024×768 in each language, offscreen, with the ui's own code, and its
 * mock-ups at 1280×720 too.
 */
#ifndef VIGIE_APP_LAYOUT_H
#define VIGIE_APP_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>

typedef struct app_layout app_layout;
struct script_level;

/* The offscreen renderer at w×h and the catalog, made once for every level checked. NULL, with
 * why in err, when it cannot be made (no font installed): the layout is then not checked. */
app_layout *app_layout_create(int w, int h, char *err, size_t n);
void app_layout_destroy(app_layout *L);
/* Lays out the level loaded from path and prints a warning for each text cut and each
 * mock-up part out of sight, at the line of its question. Returns how many it printed; -1
 * when a screen could not be reached (printed too, as a warning). */
int app_layout_check(app_layout *L, const char *path, struct script_level *sl);
/* The same for the question screen of the level's mock-up questions only (ui_layout_check_mockups).
 */
int app_layout_check_mockups(app_layout *L, const char *path, struct script_level *sl);

#endif
