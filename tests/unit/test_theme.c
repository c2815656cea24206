/* test_theme.c — the themes' colours, computed from the palette table (ui_theme.c): every text
 * and background pair the screens draw reaches WCAG 2's 4.5:1 (7:1 in high contrast), and the
 * colours that mean something stay apart under simulated protanopia, deuteranopia and
 * tritanopia. Prints the smallest figures per theme, for the release notes.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>

#include "ui/ui_theme.h"

/* ==== WCAG 2 contrast ===================================================== */

static double lin(uint8_t c)
{
    double s = c / 255.0;
    return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4);
}

static double luminance(gfx_color c)
{
    return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

static double contrast(gfx_color a, gfx_color b)
{
    double la = luminance(a), lb = luminance(b);
    return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

static const char *const theme_names[UI_THEME_COUNT] = {"dark", "light", "high-contrast"};

Test(ui_theme, every_text_reaches_4_5_to_1_and_7_to_1_in_high_contrast)
{
    for (int t = 0; t < UI_THEME_COUNT; t++) {
        const ui_palette *p = ui_theme_palette((ui_theme_id)t);
        double need = t == UI_THEME_CONTRAST ? 7.0 : 4.5, least = 99;
        const char *worst = "";
        for (size_t i = 0; i < ui_theme_npairs; i++) {
            const ui_theme_pair *q = &ui_theme_pairs[i];
            double r = contrast(ui_palette_at(p, q->fg), ui_theme_pair_bg(p, q));
            cr_expect(r >= need, "%s: %s is %.2f:1, below %.1f:1", theme_names[t], q->name, r,
                      need);
            if (r < least) {
                least = r;
                worst = q->name;
            }
        }
        printf("contrast %-13s least %.2f:1 (%s), %zu pairs\n", theme_names[t], least, worst,
               ui_theme_npairs);
    }
}

Test(ui_theme, the_dark_palette_is_today_s_colours)
{
    /* dark is the look of every golden: a change here changes them all */
    const ui_palette *p = ui_theme_palette(UI_THEME_DARK);
    cr_expect(p->bg.r == 13 && p->bg.g == 27 && p->bg.b == 46);
    cr_expect(p->accent.r == 255 && p->accent.g == 182 && p->accent.b == 39);
    cr_expect(p->right.r == 26 && p->right.g == 122 && p->right.b == 76);
    cr_expect(p->wrong.r == 178 && p->wrong.g == 38 && p->wrong.b == 30);
    cr_expect_eq(p->border.a, 0, "the dark theme draws no border");
}

Test(ui_theme, ui_theme_use_switches_the_colours_the_screens_draw_with)
{
    ui_theme_use(UI_THEME_LIGHT);
    cr_expect_eq(ui_pal, ui_theme_palette(UI_THEME_LIGHT));
    cr_expect(luminance(UI_BG) > luminance(UI_TEXT), "light: a light ground under dark text");
    ui_theme_use(UI_THEME_CONTRAST);
    cr_expect_eq(UI_BG.r + UI_BG.g + UI_BG.b, 0);
    ui_theme_use(UI_THEME_DARK);
    cr_expect_eq(ui_theme_current(), UI_THEME_DARK);
    cr_expect_eq(ui_pal, ui_theme_palette(UI_THEME_DARK));
}

/* ==== colour vision ======================================================= */

/* Machado, Oliveira and Fernandes (2009), severity 1.0, on linear RGB. */
static const double cvd[3][3][3] = {
    {{0.152286, 1.052583, -0.204868},
     {0.114503, 0.786281, 0.099216},
     {-0.003882, -0.048116, 1.051998}}, /* protanopia */
    {{0.367322, 0.860646, -0.227968},
     {0.280085, 0.672501, 0.047413},
     {-0.011820, 0.042940, 0.968881}}, /* deuteranopia */
    {{1.255528, -0.076749, -0.178779},
     {-0.078411, 0.930809, 0.147602},
     {0.004733, 0.691367, 0.303900}}, /* tritanopia */
};
static const char *const cvd_names[4] = {"protanopia", "deuteranopia", "tritanopia", "none"};

typedef struct {
    double L, a, b;
} lab;

static double lab_f(double t)
{
    return t > 216.0 / 24389.0 ? cbrt(t) : (24389.0 / 27.0 * t + 16.0) / 116.0;
}

/* The colour as seen with deficiency d (3: none), in CIELAB (D65). */
static lab seen(gfx_color c, int d)
{
    double rgb[3] = {lin(c.r), lin(c.g), lin(c.b)}, s[3];
    for (int i = 0; i < 3; i++) {
        s[i] =
            d < 3 ? cvd[d][i][0] * rgb[0] + cvd[d][i][1] * rgb[1] + cvd[d][i][2] * rgb[2] : rgb[i];
        s[i] = s[i] < 0 ? 0 : s[i] > 1 ? 1 : s[i];
    }
    double X = 0.4124564 * s[0] + 0.3575761 * s[1] + 0.1804375 * s[2];
    double Y = 0.2126729 * s[0] + 0.7151522 * s[1] + 0.0721750 * s[2];
    double Z = 0.0193339 * s[0] + 0.1191920 * s[1] + 0.9503041 * s[2];
    double fx = lab_f(X / 0.95047), fy = lab_f(Y), fz = lab_f(Z / 1.08883);
    return (lab){116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
}

static double delta_e(gfx_color x, gfx_color y, int d)
{
    lab p = seen(x, d), q = seen(y, d);
    return sqrt((p.L - q.L) * (p.L - q.L) + (p.a - q.a) * (p.a - q.a) + (p.b - q.b) * (p.b - q.b));
}

/* CIE76 ΔE*ab between the colours as a dichromat sees them: about 2.3 is a just-noticeable
 * difference between patches side by side, and from about 10 two colours differ at a glance.
 * Colour never tells right from wrong alone (a check, a cross, a word go with it) and a badge
 * always carries its letter: colour is the quicker cue, so it must be a clear one, not a shade.
 * Right and wrong are held to 10, the badges among themselves to 8 (six colours: the letter is
 * the message). The dark theme's colours are the goldens' and stay as they are: its least
 * distances (right/wrong words 11.2 in deuteranopia, badges D/F 8.4) bound what can be asked;
 * the light and high-contrast themes were chosen with a wider margin. */
#define RIGHT_WRONG_MIN 10.0
#define BADGES_MIN      8.0

Test(ui_theme, right_and_wrong_and_the_badges_stay_apart_under_colour_blindness)
{
    for (int t = 0; t < UI_THEME_COUNT; t++) {
        const ui_palette *p = ui_theme_palette((ui_theme_id)t);
        for (int d = 0; d < 4; d++) {
            /* right against wrong, wherever both mean it: fills, marks and bars, words */
            const struct {
                const char *what;
                gfx_color x, y;
            } rw[] = {
                {"right/wrong fills", p->right, p->wrong},
                {"right/wrong marks", p->right_mark, p->wrong_mark},
                {"right/wrong words", p->right_text, p->wrong_text},
                {"right/wrong bars", p->right_bar, p->wrong_bar},
                {"found/decoy outline", p->right_mark, p->decoy},
                {"missed/decoy outline", p->wrong_mark, p->decoy},
            };
            double least_rw = 1e9, least_b = 1e9;
            const char *worst_rw = "";
            for (size_t i = 0; i < sizeof rw / sizeof rw[0]; i++) {
                double e = delta_e(rw[i].x, rw[i].y, d);
                cr_expect(e >= RIGHT_WRONG_MIN, "%s, %s: %s ΔE %.1f < %.0f", theme_names[t],
                          cvd_names[d], rw[i].what, e, RIGHT_WRONG_MIN);
                if (e < least_rw) {
                    least_rw = e;
                    worst_rw = rw[i].what;
                }
            }
            int bi = 0, bj = 0;
            for (int i = 0; i < GAME_MAX_CHOICES; i++)
                for (int j = i + 1; j < GAME_MAX_CHOICES; j++) {
                    double e = delta_e(p->badges[i], p->badges[j], d);
                    cr_expect(e >= BADGES_MIN, "%s, %s: badges %c and %c ΔE %.1f < %.0f",
                              theme_names[t], cvd_names[d], 'A' + i, 'A' + j, e, BADGES_MIN);
                    if (e < least_b) {
                        least_b = e;
                        bi = i;
                        bj = j;
                    }
                }
            printf("ΔE %-13s %-12s right/wrong %5.1f (%s)  badges %5.1f (%c/%c)\n", theme_names[t],
                   cvd_names[d], least_rw, worst_rw, least_b, 'A' + bi, 'A' + bj);
        }
    }
}
