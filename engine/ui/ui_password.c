/* ui_password.c — the password strength meter: five segments coloured by level, the time an
 * informed attacker needs, and what the estimator found (game_password_check_default). Used by
 * the password kind's question and feedback (ui_typed.c); draws only.
 */
#include "ui_kinds.h"

#include <math.h>
#include <stdio.h>

static void crack_time(const ui *u, double s, char *buf, size_t n)
{
    char num[32];
    static const struct {
        double sec;
        const char *key;
    } units[] = {{3.15e7, "pw.years"},
                 {86400, "pw.days"},
                 {3600, "pw.hours"},
                 {60, "pw.minutes"},
                 {1, "pw.seconds"}};
    if (s < 1) {
        snprintf(buf, n, "%s", ui_str(u, "pw.instant"));
        return;
    }
    if (s > 3.15e9) { /* a hundred years and more */
        snprintf(buf, n, "%s", ui_str(u, "pw.centuries"));
        return;
    }
    for (size_t i = 0; i < sizeof units / sizeof *units; i++) {
        if (s >= units[i].sec) {
            ui_number(u, num, sizeof num, lround(s / units[i].sec));
            ui_fmt(u, buf, n, units[i].key, num, NULL, NULL);
            return;
        }
    }
}

/* The meter and what the estimator found, from y; returns the height used. */
int ui_password_meter(ui *u, const ui_metrics *m, const char *pw, int x, int y, int w, bool draw,
                      int max_lines)
{
    gfx *g = u->g;
    game_password_report rep;
    game_password_check_default(pw, &rep);
    static const gfx_color colors[5] = {{178, 38, 30, 255},
                                        {214, 110, 30, 255},
                                        {214, 170, 30, 255},
                                        {40, 160, 90, 255},
                                        {26, 122, 76, 255}};
    int seg = (w - 4 * m->gap / 2) / 5, sh = m->small / 2 + 4;
    int lh = m->small * 6 / 5;
    int h = sh + m->gap + lh +
            (int)(rep.nfindings < (size_t)max_lines ? rep.nfindings : (size_t)max_lines) * lh;
    if (!draw) return h;
    for (int k = 0; k < 5; k++) {
        gfx_rect r = {x + k * (seg + m->gap / 2), y, seg, sh};
        gfx_fill_rounded(g, r, sh / 2, pw[0] && k <= rep.level ? colors[rep.level] : UI_BAR);
    }
    char lvl[32], t[64], line[300], buf[300];
    snprintf(lvl, sizeof lvl, "pw.level%d", rep.level);
    crack_time(u, rep.crack_seconds, t, sizeof t);
    ui_fmt(u, line, sizeof line, "pw.meter", ui_str(u, lvl), t, NULL);
    int ly = y + sh + m->gap;
    if (pw[0]) gfx_text(g, line, GFX_FONT_BOLD, m->small, x, ly, GFX_ALIGN_LEFT, UI_TEXT);
    for (size_t k = 0; pw[0] && k < rep.nfindings && (int)k < max_lines; k++) {
        char key[32];
        snprintf(key, sizeof key, "pw.f%d", (int)rep.findings[k].kind);
        ui_fmt(u, line, sizeof line, key, rep.findings[k].text, NULL, NULL);
        gfx_text_ellipsize(g, line, GFX_FONT_REGULAR, m->small, w, buf, sizeof buf);
        gfx_text(g, buf, GFX_FONT_REGULAR, m->small, x, ly + (int)(k + 1) * lh, GFX_ALIGN_LEFT,
                 rep.findings[k].kind == GAME_PW_LONG ? UI_RIGHT_TEXT : UI_MUTED);
    }
    return h;
}
