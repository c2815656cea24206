/* test_office_ui.c — the four mock-ups office staff meet (issue 14: a workplace chat, an
 * invoice, a voicemail, an MFA notification, tests/data/office-level.lua), as drawn, read from
 * the layout: at 1024×768 and 1280×720, in French and English, every part is on screen and in
 * its panel (or reached by scrolling), no two parts share a pixel, no text is cut; each part is
 * marked by a tap and by the keyboard; the chat's link shows its real address; the phones'
 * picture of the live classroom places every part. tests/data/office-variants-level.lua: the
 * same in their other shapes, a long chat scrolling. */
#include "../common.h"
#include "ui/ui_host.h"
#include "ui/ui_internal.h"
#include "ui/ui_mockup.h"
#include "ui_fixture.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#define OFFICE   VIGIE_SOURCE_DIR "/tests/data/office-level.lua"
#define VARIANTS VIGIE_SOURCE_DIR "/tests/data/office-variants-level.lua"

/* Both levels, and their question counts: the four as the packs use them, then their other
 * shapes (a channel, a call ringing, a letter, three buttons, a chat that scrolls). */
static const char *const levels[] = {OFFICE, VARIANTS};
static const size_t nquestions[] = {4, 5};

static const int sizes[][2] = {{1024, 768}, {1280, 720}};
static const game_lang langs[] = {GAME_LANG_FR, GAME_LANG_EN};
static const game_mockup kinds[] = {GAME_MOCKUP_CHAT, GAME_MOCKUP_DOCUMENT, GAME_MOCKUP_CALL,
                                    GAME_MOCKUP_NOTIFICATION};

static bool meet(gfx_rect a, gfx_rect b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

static bool inside(gfx_rect r, gfx_rect box)
{
    return r.x >= box.x && r.y >= box.y && r.x + r.w <= box.x + box.w && r.y + r.h <= box.y + box.h;
}

/* The question's mock-up as the next frame lays it out (as ui_hotspot.c does). */
static void layout(ui_fixture *F, int W, int H, ui_mockup_layout *M)
{
    ui_metrics m;
    ui_metrics_compute(&m, W, H);
    int y = ui_kind_header(F->u, &m, F->now, false);
    ui_kind_layout L;
    int bottom = ui_kind_layout_begin(F->u, &m, &L);
    ui_mockup_compute(F->u, &m, y, bottom, M);
}

static int M_scrolls(ui_fixture *F, int W, int H)
{
    ui_mockup_layout M;
    layout(F, W, H, &M);
    return M.scroll_max > 0;
}

static unsigned marks(ui_fixture *F)
{
    return game_session_draft(F->u->session)->chosen;
}

/* To look at: build-dev/test-shots/office-NAME.png. */
static void save(ui_fixture *F, const char *name)
{
    char path[600], err[200];
    mkdir(VIGIE_BUILD_DIR "/test-shots", 0755);
    snprintf(path, sizeof path, VIGIE_BUILD_DIR "/test-shots/office-%s.png", name);
    ui_draw(F->u, F->now);
    gfx_save_png(F->g, path, err, sizeof err);
}

Test(office_mockups, every_part_is_in_its_panel_on_screen_apart_and_whole)
{
    int scrolled = 0;
    for (size_t lv = 0; lv < 2; lv++)
        for (size_t q = 1; q <= nquestions[lv]; q++)
            for (size_t s = 0; s < 2; s++)
                for (size_t l = 0; l < 2; l++) {
                    int W = sizes[s][0], H = sizes[s][1];
                    ui_fixture F;
                    ui_fixture_open(&F, W, H, levels[lv], langs[l], 3, q);
                    const game_question *qq = ui_question(F.u);
                    if (lv == 0)
                        cr_assert_eq(qq->mockup, kinds[q - 1], "q%zu is the %zu-th new mock-up", q,
                                     q);
                    scrolled += M_scrolls(&F, W, H);
                    ui_mockup_layout M;
                    layout(&F, W, H, &M);
                    gfx_rect screen = {0, 0, W, H};
                    cr_assert(inside(M.panel, screen), "q%zu %dx%d: the panel is on screen", q, W,
                              H);
                    for (size_t i = 0; i < qq->nparts; i++) {
                        gfx_rect r = M.part[i];
                        cr_assert(r.w > 0 && r.h > 0, "q%zu part %zu has a size", q, i);
                        /* scrolled: in the panel's width, and in its view once scrolled to */
                        gfx_rect box = M.scroll_max
                                           ? (gfx_rect){M.panel.x, -100000, M.panel.w, 200000}
                                           : M.panel;
                        cr_assert(inside(r, box),
                                  "q%zu %dx%d lang %d: part %s (%d,%d %dx%d) is in "
                                  "the panel (%d,%d %dx%d)",
                                  q, W, H, langs[l], qq->parts[i].name, r.x, r.y, r.w, r.h,
                                  M.panel.x, M.panel.y, M.panel.w, M.panel.h);
                        for (size_t j = 0; j < i; j++)
                            cr_assert(!meet(r, M.part[j]),
                                      "q%zu %dx%d lang %d: parts %s and %s overlap", q, W, H,
                                      langs[l], qq->parts[i].name, qq->parts[j].name);
                        if (M.scroll_max) {
                            ui_mockup_scroll(F.u, &M, 0, (int)i);
                            ui_mockup_layout S;
                            layout(&F, W, H, &S);
                            const char *where = "";
                            cr_assert(ui_mockup_part_seen(&S, i, &where),
                                      "q%zu: part %s is seen once scrolled to (%s)", q,
                                      qq->parts[i].name, where);
                            cr_assert(inside(S.part[i], screen));
                            F.u->question.scroll = 0;
                        } else {
                            cr_assert(inside(r, screen));
                        }
                    }
                    /* nothing drawn is cut or shortened, every part marked (rings and flags) */
                    for (size_t i = 0; i < qq->nparts; i++)
                        ui_act_args(F.u, GAME_ACT_CHOOSE, (int)i, 0, F.now);
                    gfx_text_cuts_reset(F.g);
                    ui_draw(F.u, F.now);
                    gfx_text_cut_stats cs;
                    gfx_text_cuts(F.g, &cs);
                    cr_assert(cs.cut == 0 && cs.overflow == 0, "q%zu %dx%d lang %d: \"%s\" is cut",
                              q, W, H, langs[l], cs.last);
                    char name[60];
                    snprintf(name, sizeof name, "%s-q%zu-%dx%d-%s", lv ? "variants" : "office", q,
                             W, H, langs[l] == GAME_LANG_FR ? "fr" : "en");
                    save(&F, name);
                    ui_fixture_close(&F);
                }
    cr_assert_gt(scrolled, 0, "the long chat scrolls, and was walked scrolled");
}

Test(office_mockups, each_part_is_marked_by_a_tap_and_unmarked_by_another)
{
    for (size_t lv = 0; lv < 2; lv++)
        for (size_t q = 1; q <= nquestions[lv]; q++)
            for (size_t s = 0; s < 2; s++) {
                int W = sizes[s][0], H = sizes[s][1];
                ui_fixture F;
                ui_fixture_open(&F, W, H, levels[lv], GAME_LANG_FR, 3, q);
                const game_question *qq = ui_question(F.u);
                for (size_t i = 0; i < qq->nparts; i++) {
                    ui_mockup_layout M;
                    layout(&F, W, H, &M);
                    if (M.scroll_max) ui_mockup_scroll(F.u, &M, 0, (int)i);
                    gfx_rect r = ui_hotspot_part(F.u, F.now, (int)i);
                    ui_fixture_tap_sized(F.u, r.x + r.w / 2, r.y + r.h / 2, W, H, &F.now);
                    cr_assert_eq(marks(&F), 1u << i, "q%zu %dx%d: a tap on %s marks it alone", q, W,
                                 H, qq->parts[i].name);
                    ui_fixture_tap_sized(F.u, r.x + r.w / 2, r.y + r.h / 2, W, H, &F.now);
                    cr_assert_eq(marks(&F), 0u, "q%zu: a second tap on %s unmarks it", q,
                                 qq->parts[i].name);
                }
                ui_fixture_close(&F);
            }
}

Test(office_mockups, the_arrows_reach_every_part_in_order_and_enter_marks_it)
{
    for (size_t lv = 0; lv < 2; lv++)
        for (size_t q = 1; q <= nquestions[lv]; q++) {
            ui_fixture F;
            ui_fixture_open(&F, 1024, 768, levels[lv], GAME_LANG_EN, 3, q);
            const game_question *qq = ui_question(F.u);
            for (size_t i = 0; i < qq->nparts; i++) {
                /* with no focus yet, ↑ lands on the first part, ↓ on the second */
                ui_fixture_press(F.u, i ? SDLK_DOWN : SDLK_UP, &F.now);
                cr_assert_eq(F.u->focus, (int)i, "q%zu: the arrows reach part %s", q,
                             qq->parts[i].name);
                ui_fixture_press(F.u, SDLK_RETURN, &F.now);
                cr_assert(marks(&F) >> i & 1u, "q%zu: Enter marks %s", q, qq->parts[i].name);
                const char *where = "";
                ui_mockup_layout M;
                layout(&F, 1024, 768, &M);
                cr_assert(ui_mockup_part_seen(&M, i, &where),
                          "q%zu: the focused %s is in sight (%s)", q, qq->parts[i].name, where);
            }
            cr_assert_eq(marks(&F), (1u << qq->nparts) - 1u, "q%zu: every part marked", q);
            char name[60];
            snprintf(name, sizeof name, "keys-%zu-q%zu", lv, q);
            save(&F, name);
            ui_fixture_close(&F);
        }
}

Test(office_mockups, the_chats_link_shows_its_real_address_off_the_link)
{
    for (size_t s = 0; s < 2; s++) {
        int W = sizes[s][0], H = sizes[s][1];
        ui_fixture F;
        ui_fixture_open(&F, W, H, OFFICE, GAME_LANG_FR, 3, 1);
        const game_question *qq = ui_question(F.u);
        int link = -1;
        for (size_t i = 0; i < qq->nparts; i++)
            if (qq->parts[i].kind == GAME_PART_LINK) link = (int)i;
        cr_assert_geq(link, 0, "the chat has a link");
        cr_assert_eq(ui_hotspot_revealed(F.u, F.now, NULL), -1, "nothing shows at rest");
        for (int k = 0; k < 12 && F.u->focus != link; k++) ui_fixture_press(F.u, SDLK_DOWN, &F.now);
        gfx_rect where, r = ui_hotspot_part(F.u, F.now, link);
        cr_assert_eq(ui_hotspot_revealed(F.u, F.now, &where), link, "%dx%d: focus shows it", W, H);
        cr_assert(inside(where, (gfx_rect){0, 0, W, H}), "the address is on screen");
        cr_assert(!meet(where, (gfx_rect){r.x - 4, r.y - 4, r.w + 8, r.h + 8}),
                  "the address is off the link and its ring");
        ui_draw(F.u, F.now);
        char name[60];
        snprintf(name, sizeof name, "link-%dx%d", W, H);
        save(&F, name);
        ui_fixture_close(&F);
    }
}

/* The phones' picture (vigie host): each part placed, as shares of the picture, apart. */
Test(office_mockups, the_phones_picture_places_every_part_apart)
{
    for (size_t lv = 0; lv < 2; lv++)
        for (size_t q = 1; q <= nquestions[lv]; q++)
            for (size_t l = 0; l < 2; l++) {
                ui_fixture F;
                ui_fixture_open(&F, 1280, 720, levels[lv], langs[l], 3, q);
                const game_question *qq = ui_question(F.u);
                char err[200];
                gfx *off = gfx_create_offscreen(720, 720 * 4, err, sizeof err);
                cr_assert_not_null(off, "%s", err);
                float rects[GAME_MAX_PARTS][4];
                int h = 0;
                cr_assert(ui_host_mockup(off, &F.cat, qq, langs[l], 720, &h, rects),
                          "q%zu: drawn for the phones", q);
                cr_assert(h > 0 && h <= 720 * 4);
                for (size_t i = 0; i < qq->nparts; i++) {
                    float *a = rects[i];
                    cr_assert(a[2] > 0 && a[3] > 0 && a[0] >= 0 && a[1] >= 0 &&
                                  a[0] + a[2] <= 1.0001f && a[1] + a[3] <= 1.0001f,
                              "q%zu: part %s is on the picture", q, qq->parts[i].name);
                    for (size_t j = 0; j < i; j++) {
                        float *b = rects[j];
                        bool apart = a[0] + a[2] <= b[0] + 1e-4f || b[0] + b[2] <= a[0] + 1e-4f ||
                                     a[1] + a[3] <= b[1] + 1e-4f || b[1] + b[3] <= a[1] + 1e-4f;
                        cr_assert(apart, "q%zu: on the phone, %s and %s overlap", q,
                                  qq->parts[i].name, qq->parts[j].name);
                    }
                }
                if (l == 0) {
                    char path[600];
                    snprintf(path, sizeof path, VIGIE_BUILD_DIR "/test-shots/office-phone-q%zu.png",
                             q);
                    mkdir(VIGIE_BUILD_DIR "/test-shots", 0755);
                    gfx_save_png(off, path, err, sizeof err);
                }
                gfx_destroy(off);
                ui_fixture_close(&F);
            }
}
