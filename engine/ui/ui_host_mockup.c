/* ui_host_mockup.c — a hotspot question's mock-up drawn for the phones of the live classroom: the
 * code that draws it in the solo game (ui_mockup.c), at a phone's width, nothing marked, as tall
 * as it needs for every part to be seen whole at its largest text; each part's place given as
 * shares of the picture, so that a tap on the phone is mapped back to the part.
 */
#include "ui_host.h"
#include "ui_mockup.h"

#include <stdlib.h>

/* Lays out q's mock-up in w × h: whether every part is seen whole with no scrolling. */
static bool fits(ui *u, const ui_metrics *m, int h, ui_mockup_layout *M)
{
    ui_mockup_compute(u, m, m->pad, h - m->pad, M);
    if (M->scroll_max > 0) return false;
    const game_question *q = u->shown_question;
    for (size_t i = 0; i < q->nparts; i++) {
        const char *where;
        if (!ui_mockup_part_seen(M, i, &where)) return false;
    }
    return true;
}

bool ui_host_mockup(gfx *off, const game_catalog *cat, const game_question *q, game_lang lang,
                    int w, int *h_out, float rects[][4])
{
    int gw, gh;
    gfx_size(off, &gw, &gh);
    if (!q || q->kind != GAME_KIND_HOTSPOT || w < 120 || gw < w || gh < 3 * w) return false;
    ui *u = calloc(1, sizeof *u);
    if (!u) return false;
    u->g = off;
    u->cat = cat;
    u->lang = lang;
    u->focus = -1;
    u->px = u->py = -1000; /* no pointer over any part */
    u->shown_question = q;
    u->mockup_phone = true;
    /* A phone's sizes: margins of a square's metrics, the text following the width, read on a
     * phone held in the hand: 21 CSS px at 360 (42 px at 720, twice the density), down to 15
     * (30) when a long address needs it. */
    ui_metrics m;
    ui_metrics_compute(&m, w, w);
    m.small = w * 35 / 720;
    m.body = w * 42 / 720;
    ui_mockup_layout M;
    /* The largest text the mock-up takes with all the room (a picture: at the full width),
     * then the least height that keeps it and shows every part whole: the picture ends under
     * its last part. */
    int hmax = 3 * w;
    fits(u, &m, hmax, &M);
    int best_px = M.px, best_w = M.panel.w, h = hmax;
    for (int t = w / 4; t < hmax; t += 8)
        if (fits(u, &m, t, &M) && M.px >= best_px && M.panel.w >= best_w) {
            h = t;
            break;
        }
    fits(u, &m, h, &M);
    gfx_clip(off, NULL);
    gfx_clear(off, UI_BG);
    ui_mockup_draw(u, &m, &M);
    gfx_clip(off, NULL);
    for (size_t i = 0; i < q->nparts; i++) {
        gfx_rect r = M.part[i];
        float x0 = (float)r.x / (float)w, y0 = (float)r.y / (float)h;
        float x1 = (float)(r.x + r.w) / (float)w, y1 = (float)(r.y + r.h) / (float)h;
        x0 = x0 < 0 ? 0 : x0 > 1 ? 1 : x0;
        y0 = y0 < 0 ? 0 : y0 > 1 ? 1 : y0;
        x1 = x1 < 0 ? 0 : x1 > 1 ? 1 : x1;
        y1 = y1 < 0 ? 0 : y1 > 1 ? 1 : y1;
        rects[i][0] = x0;
        rects[i][1] = y0;
        rects[i][2] = x1 - x0;
        rects[i][3] = y1 - y0;
    }
    *h_out = h;
    free(u);
    return true;
}
