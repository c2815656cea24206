/* test_text_ui.c — where wrapped text breaks, read straight from the layout's lines: at
 * spaces; a host name, a mail address or a URL never at a dot or a hyphen, a URL after a "/"
 * only when it is wider than the line; a host name too wide for its box makes the text
 * smaller instead (issue 10: 5). And a link's real address in the mock-ups: shown under the
 * keyboard's focus and after a tap, wholly on screen, off the link (issue 10: 6).
 */
#include "gfx/gfx.h"
#include "ui/ui_mockup.h"
#include "ui_fixture.h"

#include <criterion/criterion.h>
#include <string.h>

static gfx *open_gfx(void)
{
    char err[256];
    gfx *g = gfx_create_offscreen(640, 480, err, sizeof err);
    cr_assert_not_null(g, "%s", err);
    return g;
}

static int width_of(gfx *g, const char *text, int px)
{
    int w, h;
    gfx_text_size(g, text, GFX_FONT_REGULAR, px, &w, &h);
    return w;
}

/* Fails when text wrapped at width breaks inside host (which occurs in text) anywhere but
 * after a lone "/" (never inside "://"). */
static void assert_host_whole(gfx *g, const char *text, const char *host, int px, int width)
{
    const char *at_host = strstr(text, host);
    cr_assert_not_null(at_host);
    int hs = (int)(at_host - text), he = hs + (int)strlen(host);
    gfx_text_line L[32];
    int n = gfx_text_lines(g, text, GFX_FONT_REGULAR, px, width, L, 32);
    cr_assert(n >= 1 && n <= 32, "\"%s\" at width %d: %d lines", text, width, n);
    for (int i = 1; i < n; i++) {
        int at = L[i].start;
        if (at <= hs || at >= he) continue;
        char before = text[at - 1];
        cr_assert(before == '/' && text[at - 2] != '/',
                  "\"%s\" at width %d breaks after '%c': \"%.*s\" | \"%.*s\"", text, width, before,
                  L[i - 1].len, text + L[i - 1].start, L[i].len, text + at);
    }
}

Test(text_wrap, a_host_name_never_breaks_at_a_dot_or_a_hyphen)
{
    gfx *g = open_gfx();
    static const char *const cases[][2] = {
        {"Le lien mène à banque-horizon.fr.connexion-client.com/login",
         "banque-horizon.fr.connexion-client.com/login"},
        {"http://banque-horizon.fr.connexion-client.com/login",
         "http://banque-horizon.fr.connexion-client.com/login"},
        {"banque-horizon.fr.connexion-client.com", "banque-horizon.fr.connexion-client.com"},
        {"Le domaine après le @ : « alerte@horizon-client.net » n’est pas banque-horizon.fr.",
         "alerte@horizon-client.net"},
        {"Le domaine après le @ : « alerte@horizon-client.net » n’est pas banque-horizon.fr.",
         "banque-horizon.fr"},
        {"Va sur www.impots-gouv-remboursement.com avant ce soir",
         "www.impots-gouv-remboursement.com"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++)
        for (int w = width_of(g, "Le lien", 24); w <= width_of(g, cases[k][0], 24) + 4; w += 3)
            assert_host_whole(g, cases[k][0], cases[k][1], 24, w);
    /* The width that used to give "Le lien mène à banque-horizon.fr." then
     * "connexion-client.com/login": the host name goes whole to the next line. */
    const char *t = cases[0][0];
    int w = width_of(g, "Le lien mène à banque-horizon.fr.", 24) + 2;
    gfx_text_line L[8];
    int n = gfx_text_lines(g, t, GFX_FONT_REGULAR, 24, w, L, 8);
    cr_assert_eq(n, 2, "%d lines", n);
    cr_assert_eq(L[0].len, (int)strlen("Le lien mène à"), "line 1: \"%.*s\"", L[0].len, t);
    cr_assert_str_eq(t + L[1].start, "banque-horizon.fr.connexion-client.com/login");
    gfx_destroy(g);
}

Test(text_wrap, a_url_wider_than_the_line_breaks_only_after_a_slash)
{
    gfx *g = open_gfx();
    const char *t = "Le lien mène à banque-horizon.fr.connexion-client.com/login";
    int w = width_of(g, "banque-horizon.fr.connexion-client.com/l", 24);
    gfx_text_line L[8];
    int n = gfx_text_lines(g, t, GFX_FONT_REGULAR, 24, w, L, 8);
    cr_assert_eq(n, 3, "%d lines", n);
    cr_assert_eq(L[0].len, (int)strlen("Le lien mène à"), "line 1: \"%.*s\"", L[0].len, t);
    cr_assert_eq(L[1].len, (int)strlen("banque-horizon.fr.connexion-client.com/"),
                 "line 2: \"%.*s\"", L[1].len, t + L[1].start);
    cr_assert_str_eq(t + L[2].start, "login");
    gfx_destroy(g);
}

Test(text_wrap, a_host_name_wider_than_its_box_makes_the_text_shrink)
{
    gfx *g = open_gfx();
    const char *t = "banque-horizon.fr.connexion-client.com";
    int w = width_of(g, t, 24) * 3 / 4;
    int used, h = gfx_text_wrapped_height(g, t, GFX_FONT_REGULAR, 24, w, &used);
    cr_assert_gt(used, w, "at 24 px the host name stays whole, wider than the box");
    /* Room for three lines: a broken host name would fit at 24 px; a whole one needs less. */
    int px = gfx_text_fit(g, t, GFX_FONT_REGULAR, 24, 8, w, h * 3);
    cr_assert_lt(px, 24);
    gfx_text_line L[4];
    cr_assert_eq(gfx_text_lines(g, t, GFX_FONT_REGULAR, px, w, L, 4), 1, "at %d px", px);
    gfx_text_wrapped_height(g, t, GFX_FONT_REGULAR, px, w, &used);
    cr_assert_leq(used, w);
    gfx_destroy(g);
}

Test(text_wrap, a_plain_word_wider_than_the_line_is_still_cut_to_fit)
{
    gfx *g = open_gfx();
    const char *t = "Anticonstitutionnellement, dit-il";
    int w = width_of(g, "Anticonstitutionnellement", 24) / 2, used;
    gfx_text_wrapped_height(g, t, GFX_FONT_REGULAR, 24, w, &used);
    cr_assert_leq(used, w, "prose never spills out of its box");
    gfx_destroy(g);
}

/* ==== a link's real address (issue 10: 6) ================================== */

/* The SMS of tests/data/mockups-level.lua, its link's part index in *link. */
static void open_sms(ui_fixture *F, int *link)
{
    ui_fixture_open(F, 1280, 720, VIGIE_SOURCE_DIR "/tests/data/mockups-level.lua", GAME_LANG_FR, 3,
                    1);
    ui_draw(F->u, F->now);
    const game_question *q = ui_question(F->u);
    *link = -1;
    for (size_t i = 0; i < q->nparts; i++)
        if (q->parts[i].kind == GAME_PART_LINK) *link = (int)i;
    cr_assert_geq(*link, 0, "the SMS has a link");
}

/* What the ui shows of the link's address: part `link`'s, wholly on screen, off the link's
 * bubble. */
static void assert_address_shown(ui_fixture *F, int link, const char *how)
{
    gfx_rect where, bubble = ui_hotspot_part(F->u, F->now, link);
    cr_assert_eq(ui_hotspot_revealed(F->u, F->now, &where), link,
                 "%s: the link's real address shows", how);
    cr_assert(where.x >= 0 && where.y >= 0 && where.x + where.w <= 1280 && where.y + where.h <= 720,
              "%s: the address (%d,%d %dx%d) is wholly on screen", how, where.x, where.y, where.w,
              where.h);
    bool apart = where.x + where.w <= bubble.x || bubble.x + bubble.w <= where.x ||
                 where.y + where.h <= bubble.y || bubble.y + bubble.h <= where.y;
    cr_assert(apart, "%s: the address (%d,%d %dx%d) is off the bubble (%d,%d %dx%d)", how, where.x,
              where.y, where.w, where.h, bubble.x, bubble.y, bubble.w, bubble.h);
}

Test(link_reveal, the_keyboard_focus_on_a_link_shows_its_real_address)
{
    ui_fixture F;
    int link;
    open_sms(&F, &link);
    cr_assert_eq(ui_hotspot_revealed(F.u, F.now, NULL), -1, "nothing shows at rest");
    for (int k = 0; k < 10 && F.u->focus != link; k++) ui_fixture_press(F.u, SDLK_DOWN, &F.now);
    cr_assert_eq(F.u->focus, link, "the arrows reach the link");
    assert_address_shown(&F, link, "focus");
    char err[200];
    ui_draw(F.u, F.now); /* to look at: build/test-shots/link-reveal-focus.png */
    gfx_save_png(F.g, VIGIE_BUILD_DIR "/test-shots/link-reveal-focus.png", err, sizeof err);
    ui_fixture_close(&F);
}

Test(link_reveal, a_tap_on_a_link_shows_its_real_address)
{
    ui_fixture F;
    int link;
    open_sms(&F, &link);
    cr_assert_eq(ui_hotspot_revealed(F.u, F.now, NULL), -1);
    gfx_rect bubble = ui_hotspot_part(F.u, F.now, link);
    ui_fixture_tap(F.u, bubble.x + bubble.w / 2, bubble.y + bubble.h / 2, &F.now);
    cr_assert(game_session_draft(F.u->session)->chosen >> link & 1u, "the tap marked the link");
    assert_address_shown(&F, link, "tap");
    ui_fixture_close(&F);
}
