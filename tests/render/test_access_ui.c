/* test_access_ui.c — the text size and the dyslexia-friendly font on the real screens
 * (docs/accessibility.md): larger text is larger where it fits, and never cuts a text the
 * normal size shows whole; OpenDyslexic draws what it lacks (arrows, ✓ ✗) in DejaVu. Offscreen,
 * through ui_draw as the window draws. */
#include "ui_fixture.h"

#define SRC   VIGIE_SOURCE_DIR
#define KINDS SRC "/tests/data/kinds-level.lua"
#define LEVEL SRC "/levels/lycee/phishing-basics.lua"

/* Draws the screen as the window does and returns the smallest text size drawn; *cuts gets how
 * many texts it cut or let overflow. */
static int draw(ui_fixture *f, unsigned *cuts)
{
    gfx_text_cut_stats a, b;
    ui_draw(f->u, f->now); /* a new screen finds its size: the frames after are as shown */
    gfx_text_cuts(f->g, &a);
    ui_draw(f->u, f->now);
    gfx_text_cuts(f->g, &b);
    *cuts = b.cut + b.overflow - a.cut - a.overflow;
    return gfx_text_min(f->g);
}

static void set_access(ui_fixture *f, ui_text_size t, ui_font_id font)
{
    ui_access a = *ui_access_get(f->u);
    a.text = t;
    a.font = font;
    ui_access_set(f->u, &a);
}

Test(access_ui, larger_text_is_larger_where_it_fits)
{
    ui_fixture f;
    ui_fixture_open(&f, 1280, 720, LEVEL, GAME_LANG_FR, 1, 3); /* a short true/false */
    unsigned c;
    int normal = draw(&f, &c);
    set_access(&f, UI_TEXT_LARGE, UI_FONT_DEFAULT);
    int large = draw(&f, &c);
    set_access(&f, UI_TEXT_LARGER, UI_FONT_DEFAULT);
    int larger = draw(&f, &c);
    cr_assert(normal > 0 && large > normal && larger > large,
              "the smallest text: %d px normal, %d large, %d larger", normal, large, larger);
    cr_assert_eq(c, 0);
    ui_fixture_close(&f);
}

/* Every question of file, as it shows and as its feedback, at 1024×768: the larger size with
 * the dyslexia font cuts no text the normal size shows whole, and its smallest text is not
 * smaller than that font's at the normal size. */
static void whole_at_larger(const char *file, size_t nq, bool sanitized_subset)
{
    ui_fixture f;
    ui_fixture_open(&f, 1024, 768, file, GAME_LANG_FR, 1, 1);
    static const char *const phases[] = {"question", "feedback"};
    for (size_t q = 1; q <= nq; q++)
        for (int p = 0; p < 2; p++) {
            /* under the sanitizers, one of the two screens of each question */
            if (sanitized_subset && TEST_SANITIZED && (int)((q + test_name_hash(file)) % 2) != p)
                continue;
            game_error err = {0};
            unsigned cut_normal, cut_larger;
            set_access(&f, UI_TEXT_NORMAL, UI_FONT_DEFAULT);
            cr_assert(ui_goto(f.u, phases[p], q, UI_ANSWER_WRONG, &f.now, &err), "%s", err.message);
            draw(&f, &cut_normal);
            /* the smallest text to reach: the same font's at the normal size (OpenDyslexic is
             * wider than DejaVu, so a crowded screen draws it smaller at any size) */
            set_access(&f, UI_TEXT_NORMAL, UI_FONT_DYSLEXIC);
            cr_assert(ui_goto(f.u, phases[p], q, UI_ANSWER_WRONG, &f.now, &err), "%s", err.message);
            unsigned cut_dys;
            int min_normal = draw(&f, &cut_dys);
            set_access(&f, UI_TEXT_LARGER, UI_FONT_DYSLEXIC);
            cr_assert(ui_goto(f.u, phases[p], q, UI_ANSWER_WRONG, &f.now, &err), "%s", err.message);
            gfx_text_cut_stats st;
            int min_larger = draw(&f, &cut_larger);
            gfx_text_cuts(f.g, &st);
            cr_expect(cut_larger <= cut_normal,
                      "%s question %zu, %s: %u texts cut at the larger size (%u at the normal "
                      "one), the last \"%s\"",
                      file, q, phases[p], cut_larger, cut_normal, st.last);
            cr_expect(min_larger * 100 >= min_normal * 95,
                      "%s question %zu, %s: the smallest text is %d px at the larger size, %d at "
                      "the normal one",
                      file, q, phases[p], min_larger, min_normal);
        }
    ui_fixture_close(&f);
}

Test(access_ui, every_kind_whole_at_the_larger_size_in_the_dyslexia_font, .timeout = 120)
{
    whole_at_larger(KINDS, 6, true);
}

Test(access_ui, a_lycee_level_whole_at_the_larger_size, .timeout = 120)
{
    if (TEST_SANITIZED) /* the kinds' level above holds the same code under the sanitizers */
        cr_skip_test("the Release run plays this one");
    whole_at_larger(LEVEL, 10, true);
}

Test(access_ui, the_dyslexia_font_draws_the_arrows_it_lacks)
{
    char err[256];
    gfx *g = gfx_create_offscreen(400, 100, err, sizeof err);
    cr_assert_not_null(g, "%s", err);
    if (!gfx_set_face(g, GFX_FACE_DYSLEXIC)) {
        gfx_destroy(g);
        cr_skip_test("OpenDyslexic is not installed (fonts-opendyslexic)");
    }
    int w_arrow, h, w_none;
    gfx_text_size(g, "→", GFX_FONT_REGULAR, 40, &w_arrow, &h);
    gfx_text_size(g, "", GFX_FONT_REGULAR, 40, &w_none, &h);
    cr_assert_gt(w_arrow, 10, "the arrow is %d px wide", w_arrow);
    /* drawn: some pixel of its box is not the background */
    gfx_clear(g, (gfx_color){0, 0, 0, 255});
    gfx_text(g, "↑ ↓ ✓ ✗", GFX_FONT_BOLD, 40, 10, 20, GFX_ALIGN_LEFT,
             (gfx_color){255, 255, 255, 255});
    int lit = 0;
    for (int x = 10; x < 200; x += 2)
        for (int y = 20; y < 70; y += 2) {
            gfx_color c;
            lit += gfx_pixel(g, x, y, &c) && c.r > 128;
        }
    cr_assert_gt(lit, 20, "the symbols left %d pixels lit", lit);
    /* back to DejaVu, as the settings screen does */
    cr_assert(gfx_set_face(g, GFX_FACE_DEFAULT));
    cr_assert_eq(gfx_get_face(g), GFX_FACE_DEFAULT);
    gfx_destroy(g);
}
