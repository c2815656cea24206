/* ui_kinds.c — the table of question-kind views, one row per game_kind, each row in its kind's
 * file (what the views share is in ui_handson.c). A new kind is its file and one line here;
 * the build fails without it, and tests/unit/test_tables.c fails on a row left empty.
 */
#include "ui_kinds.h"

#include <string.h>

/* ==== the table =========================================================== */

/* Each kind's view, in game_kind order. */
static const ui_kind_view *const views[] = {
    [GAME_KIND_CHOICE] = &ui_view_choice,       [GAME_KIND_MULTI] = &ui_view_choice,
    [GAME_KIND_TRUEFALSE] = &ui_view_truefalse, [GAME_KIND_ORDER] = &ui_view_order,
    [GAME_KIND_SORT] = &ui_view_sort,           [GAME_KIND_INPUT] = &ui_view_input,
    [GAME_KIND_ESTIMATE] = &ui_view_estimate,   [GAME_KIND_PASSWORD] = &ui_view_password,
    [GAME_KIND_HOTSPOT] = &ui_view_hotspot,     [GAME_KIND_PLAY] = &ui_view_play,
};
_Static_assert(sizeof views / sizeof views[0] == GAME_KIND_COUNT,
               "every question kind needs a view in ui_kinds.c");

const ui_kind_view *ui_kind_view_of(game_kind k)
{
    return (unsigned)k < GAME_KIND_COUNT ? views[k] : views[0];
}
