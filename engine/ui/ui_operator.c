/* ui_operator.c — the stand operator's menu behind a PIN. Stub: filled in by issue 15. */
#include "ui_screens.h"

const ui_screen_view ui_screen_operator = {0};

void ui_operator_open(ui *u, uint64_t now)
{
    (void)u, (void)now;
}
