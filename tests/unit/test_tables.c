/* test_tables.c — every table that stands in for a switch has a full row for every thing it
 * lists. A row left out at the end fails the build (each table's _Static_assert); a row left
 * out in the middle would be zeros, which these tests catch. */
#include "app/app.h"
#include "game/game.h"
#include "script/script_reader.h"
#include "ui/ui_kinds.h"
#include "ui/ui_screens.h"

#include <criterion/criterion.h>
#include <string.h>

Test(tables, every_kind_has_a_full_row_in_the_model)
{
    for (int k = 0; k < GAME_KIND_COUNT; k++) {
        const game_kind_info *i = game_kind_get((game_kind)k);
        cr_assert(i->name && i->what, "kind %d has no name in game_kinds.c", k);
        cr_assert(i->correct && i->ready && i->perfect && i->words,
                  "kind \"%s\" lacks a function in game_kinds.c", i->name);
        game_kind back;
        cr_assert(game_kind_parse(i->name, &back) && back == (game_kind)k,
                  "kind \"%s\" does not parse back to itself", i->name);
        cr_assert(strstr(game_kind_list(), i->name), "the kind list lacks \"%s\"", i->name);
        for (int j = 0; j < k; j++)
            cr_assert_str_neq(i->name, game_kind_name((game_kind)j), "two kinds named \"%s\"",
                              i->name);
    }
}

Test(tables, every_kind_has_a_full_row_in_the_script_layer)
{
    for (int k = 0; k < GAME_KIND_COUNT; k++) {
        const script_kind *s = script_kind_get((game_kind)k);
        const char *name = game_kind_name((game_kind)k);
        cr_assert(s->read && s->fields && s->push && s->ctx,
                  "kind \"%s\" lacks a reader, its fields or its rule's answer in "
                  "script_kinds.c",
                  name);
        /* only a game is answered by play steps instead of an answer */
        cr_assert(s->answer || game_kind_get((game_kind)k)->shape == GAME_SHAPE_PLAY,
                  "kind \"%s\" has no answers-file reader", name);
    }
}

Test(tables, every_kind_has_a_view_in_the_ui)
{
    for (int k = 0; k < GAME_KIND_COUNT; k++) {
        const ui_kind_view *v = ui_kind_view_of((game_kind)k);
        const char *name = game_kind_name((game_kind)k);
        cr_assert(v, "kind \"%s\" has no row in ui_kinds.c", name);
        cr_assert(v->question && (v->input || (v->key && v->pointer)),
                  "kind \"%s\" cannot be shown or played", name);
        cr_assert(v->feedback_layout || (v->feedback_height && v->feedback_draw),
                  "kind \"%s\" has no feedback", name);
    }
}

Test(tables, every_screen_has_a_row)
{
    for (int s = 0; s < UI_SCREEN_COUNT; s++) {
        const ui_screen_view *v = ui_screen_view_of((ui_screen)s);
        cr_assert(v && v->layout, "screen %d has no row (or no layout) in ui_screens.c", s);
    }
}

Test(tables, every_command_has_a_row)
{
    size_t n;
    const app_command *c = app_commands(&n);
    cr_assert_eq(n, APP_CMD_COUNT);
    for (size_t i = 0; i < n; i++)
        cr_assert(c[i].run && c[i].usage && c[i].summary, "command %zu has no row in app_cli.c", i);
}
