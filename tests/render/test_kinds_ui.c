/* test_kinds_ui.c — the hands-on questions played through the ui with scripted input
 * events, keyboard only and pointer only, as a player would, without a window. */
#include "../common.h"
#include "ui/ui_internal.h"
#include "ui_fixture.h"

#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>

static ui_fixture F;
static gfx *g; /* F's, by shorter names */
static ui *u;
static uint64_t now;

static void open_file(const char *file, size_t question);

static void open_at(size_t question)
{
    open_file(VIGIE_SOURCE_DIR "/tests/data/kinds-level.lua", question);
}

static void open_file(const char *file, size_t question)
{
    ui_fixture_open(&F, 1280, 720, file, GAME_LANG_FR, 3, question);
    g = F.g;
    u = F.u;
    now = F.now - 3000; /* well within the time limit */
}

static void close_all(void)
{
    ui_fixture_close(&F);
}

static void key(input_key k, int index)
{
    input_event ev = {.type = INPUT_KEY, .key = k, .index = index};
    ui_input(u, &ev, now += 100);
    ui_draw(u, now);
}

static void type(const char *text)
{
    input_event ev = {.type = INPUT_TEXT};
    snprintf(ev.text, sizeof ev.text, "%s", text);
    ui_input(u, &ev, now += 100);
}

/* A click (down and up) in the middle of the first target of this kind and index. */
static void click(ui_target_kind kind, int index)
{
    ui_targets ts;
    ui_screen_layout(u, now, false, &ts);
    for (int i = 0; i < ts.n; i++) {
        if (ts.t[i].kind != kind || ts.t[i].index != index) continue;
        gfx_rect r = ts.t[i].r;
        input_event d = {.type = INPUT_POINTER_DOWN, .x = r.x + r.w / 2, .y = r.y + r.h / 2};
        input_event up = d;
        up.type = INPUT_POINTER_UP;
        ui_input(u, &d, now += 50);
        ui_input(u, &up, now += 50);
        ui_draw(u, now);
        return;
    }
    cr_assert_fail("no target %d/%d on this screen", kind, index);
}

static const game_response *draft(void)
{
    return game_session_draft(u->session);
}

static game_phase phase(void)
{
    return game_session_phase(u->session);
}

Test(kinds_ui, order_with_the_keyboard_alone)
{
    open_at(1);
    unsigned char first = draft()->order[0], second = draft()->order[1];
    key(INPUT_KEY_UP, 0);    /* focus the first item (↑ from no focus: the first) */
    key(INPUT_KEY_ENTER, 0); /* pick it up */
    key(INPUT_KEY_DOWN, 0);  /* carry it down one */
    key(INPUT_KEY_ENTER, 0); /* drop it */
    cr_assert_eq(draft()->order[0], second);
    cr_assert_eq(draft()->order[1], first);
    key(INPUT_KEY_DOWN, 0), key(INPUT_KEY_DOWN, 0), key(INPUT_KEY_DOWN, 0), key(INPUT_KEY_DOWN, 0);
    key(INPUT_KEY_ENTER, 0); /* on Submit */
    cr_assert_eq(phase(), GAME_PHASE_FEEDBACK);
    close_all();
}

Test(kinds_ui, order_with_the_pointer_alone)
{
    open_at(1);
    unsigned char first = draft()->order[0];
    click(UI_T_ITEM_DOWN, 0);
    cr_assert_eq(draft()->order[1], first, "the down arrow moves an item down");
    click(UI_T_ITEM_UP, 1);
    cr_assert_eq(draft()->order[0], first, "and the up arrow back up");
    click(UI_T_SUBMIT, 0);
    cr_assert_eq(phase(), GAME_PHASE_FEEDBACK);
    close_all();
}

Test(kinds_ui, sort_with_keys_undo_and_clicks)
{
    open_at(2);
    key(INPUT_KEY_CHOICE, 0);
    int placed = 0;
    for (int i = 0; i < 4; i++) placed += draft()->bins[i] >= 0;
    cr_assert_eq(placed, 1);
    key(INPUT_KEY_ERASE, 0); /* Backspace takes it back */
    placed = 0;
    for (int i = 0; i < 4; i++) placed += draft()->bins[i] >= 0;
    cr_assert_eq(placed, 0);
    click(UI_T_BIN, 1);
    key(INPUT_KEY_CHOICE, 0);
    key(INPUT_KEY_CHOICE, 1);
    key(INPUT_KEY_ENTER, 0);
    cr_assert_eq(phase(), GAME_PHASE_QUESTION, "a card is still in the pile");
    click(UI_T_BIN, 0);
    key(INPUT_KEY_ENTER, 0);
    cr_assert_eq(phase(), GAME_PHASE_FEEDBACK);
    close_all();
}

Test(kinds_ui, typing_an_answer_takes_every_key_as_text)
{
    open_at(3);
    type("Signal ");
    key(INPUT_KEY_MUTE, 0); /* the M key while typing: no mute, the text event brings the m */
    type("spam!");
    key(INPUT_KEY_ERASE, 0);
    cr_assert_str_eq(draft()->text, "Signal spam");
    key(INPUT_KEY_ENTER, 0);
    cr_assert_eq(phase(), GAME_PHASE_FEEDBACK);
    cr_assert(game_session_answer(u->session, 2)->correct);
    close_all();
}

Test(kinds_ui, estimate_with_arrows_and_with_the_pointer)
{
    open_at(5);
    double start = draft()->value;
    key(INPUT_KEY_RIGHT, 0);
    cr_assert_gt(draft()->value, start);
    key(INPUT_KEY_DOWN, 0);
    cr_assert_lt(draft()->value, start, "a big step down");
    ui_targets ts;
    ui_screen_layout(u, now, false, &ts);
    for (int i = 0; i < ts.n; i++) {
        if (ts.t[i].kind != UI_T_TRACK) continue;
        gfx_rect r = ts.t[i].r;
        input_event d = {.type = INPUT_POINTER_DOWN, .x = r.x + r.w - 1, .y = r.y + r.h / 2};
        ui_input(u, &d, now += 50);
        cr_assert_gt(draft()->value, 1e8, "pressing at the right end goes to the top of the scale");
        input_event mv = {.type = INPUT_POINTER_MOVE, .x = r.x, .y = r.y + r.h / 2};
        ui_input(u, &mv, now += 50);
        cr_assert_lt(draft()->value, 0.01, "dragging to the left end follows");
        input_event up = mv;
        up.type = INPUT_POINTER_UP;
        ui_input(u, &up, now += 50);
    }
    key(INPUT_KEY_ENTER, 0);
    cr_assert_eq(phase(), GAME_PHASE_FEEDBACK);
    close_all();
}

Test(kinds_ui, marking_the_clues_of_a_mail_by_pointer_and_by_keys)
{
    open_file(VIGIE_SOURCE_DIR "/tests/data/mail-level.lua", 1);
    click(UI_T_PART, 0); /* the sender */
    cr_assert_eq(draft()->chosen, 0x1u);
    click(UI_T_PART, 0); /* a second touch takes the mark back */
    cr_assert_eq(draft()->chosen, 0u);
    key(INPUT_KEY_DOWN, 0); /* from no focus, ↓ goes below the first part: the subject */
    key(INPUT_KEY_ENTER, 0);
    cr_assert_eq(draft()->chosen, 0x2u);
    click(UI_T_SUBMIT, 0);
    cr_assert_eq(phase(), GAME_PHASE_FEEDBACK);
    cr_assert_gt(game_session_answer(u->session, 0)->points, 0);
    close_all();
}

Test(kinds_ui, marking_a_text_message_and_a_web_page)
{
    open_file(VIGIE_SOURCE_DIR "/tests/data/mockups-level.lua", 1);
    click(UI_T_PART, 0); /* the sender */
    click(UI_T_PART, 3); /* the link */
    cr_assert_eq(draft()->chosen, 0x9u);
    click(UI_T_SUBMIT, 0);
    cr_assert_eq(phase(), GAME_PHASE_FEEDBACK);
    close_all();
    open_file(VIGIE_SOURCE_DIR "/tests/data/mockups-level.lua", 2);
    click(UI_T_PART, 0); /* the address bar */
    cr_assert_eq(draft()->chosen, 0x1u);
    close_all();
    open_file(VIGIE_SOURCE_DIR "/tests/data/mockups-level.lua", 3);
    click(UI_T_PART, 0); /* the post's author */
    click(UI_T_PART, 6); /* the first comment */
    click(UI_T_PART, 6); /* and unmarked again */
    click(UI_T_PART, 3); /* the link */
    cr_assert_eq(draft()->chosen, 0x9u);
    click(UI_T_SUBMIT, 0);
    cr_assert_eq(phase(), GAME_PHASE_FEEDBACK);
    cr_assert_gt(game_session_answer(u->session, 0)->points, 0);
    close_all();
}

Test(kinds_ui, a_card_dragged_onto_a_bin_goes_there)
{
    open_at(2);
    ui_targets ts;
    ui_screen_layout(u, now, false, &ts);
    gfx_rect card = {0}, bin = {0};
    for (int i = 0; i < ts.n; i++) {
        if (ts.t[i].kind == UI_T_CARD) card = ts.t[i].r;
        if (ts.t[i].kind == UI_T_BIN && ts.t[i].index == 1) bin = ts.t[i].r;
    }
    cr_assert_gt(card.w, 0);
    input_event d = {
        .type = INPUT_POINTER_DOWN, .x = card.x + card.w / 2, .y = card.y + card.h / 2};
    input_event mv = {.type = INPUT_POINTER_MOVE, .x = bin.x + bin.w / 2, .y = bin.y + bin.h / 2};
    input_event up = mv;
    up.type = INPUT_POINTER_UP;
    ui_input(u, &d, now += 50);
    ui_input(u, &mv, now += 50);
    ui_draw(u, now); /* the card under the finger */
    ui_input(u, &up, now += 50);
    int in_bin1 = 0;
    for (int i = 0; i < 4; i++) in_bin1 += draft()->bins[i] == 1;
    cr_assert_eq(in_bin1, 1);
    close_all();
}

Test(kinds_ui, spots_on_a_picture_are_marked_where_they_are)
{
    open_file(VIGIE_SOURCE_DIR "/tests/data/image-level.lua", 3);
    ui_targets ts;
    ui_screen_layout(u, now, false, &ts);
    gfx_rect spot[4] = {{0}};
    int n = 0;
    for (int i = 0; i < ts.n; i++)
        if (ts.t[i].kind == UI_T_PART && ts.t[i].index < 4) spot[ts.t[i].index] = ts.t[i].r, n++;
    cr_assert_eq(n, 4, "four spots, four targets");
    /* Shares of the picture: the sender's bar on top, then the bubbles, top to bottom, each
     * the size its share says relative to the others. */
    for (int i = 1; i < 4; i++) cr_assert_gt(spot[i].y, spot[i - 1].y + spot[i - 1].h / 2);
    cr_assert_lt(abs(spot[0].w * 76 - spot[1].w * 95), spot[0].w, "widths keep their ratio");
    click(UI_T_PART, 0);
    click(UI_T_PART, 3);
    cr_assert_eq(draft()->chosen, 0x9u);
    key(INPUT_KEY_DOWN, 0); /* the keyboard reaches the spots too */
    key(INPUT_KEY_DOWN, 0);
    key(INPUT_KEY_ENTER, 0);
    cr_assert_neq(draft()->chosen, 0x9u, "Enter marked the focused spot");
    ui_draw(u, now);
    char err[256], path[600];
    snprintf(path, sizeof path, "%s/spots-marked.png", VIGIE_BUILD_DIR);
    cr_assert(gfx_save_png(g, path, err, sizeof err), "%s", err);
    click(UI_T_SUBMIT, 0);
    cr_assert_eq(phase(), GAME_PHASE_FEEDBACK);
    close_all();
}
