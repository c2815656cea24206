/* ui_host_debrief.c — the final podium's debrief (B): the questions the class missed most, the
 * least right first, each with its prompt, the share of it the class got right (the players'
 * mean credit) as a bar and a percentage, and the right answer in words — what the teacher
 * goes back over with the class. As many as fit whole, six at most.
 */
#include "ui_host_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DEBRIEF_MAX 6

/* ==== what the class got right ============================================ */

typedef struct {
    size_t q;
    double share;
} debrief_row;

static int by_share(const void *a, const void *b)
{
    const debrief_row *x = a, *y = b;
    if (x->share != y->share) return x->share < y->share ? -1 : 1;
    return x->q < y->q ? -1 : x->q > y->q; /* ties in play order */
}

size_t ui_host_debrief_rows(const ui_host *h, size_t *qs, double *share, size_t max)
{
    const game_room *r = h->room;
    size_t nq = game_room_question_count(r), np = game_room_player_count(r);
    debrief_row *rows = malloc((nq ? nq : 1) * sizeof *rows);
    if (!rows) return 0;
    size_t n = 0;
    for (size_t i = 0; i < nq; i++) {
        if (!game_room_counts(r, i)) continue; /* not reached, or skipped */
        double sum = 0;
        size_t asked = 0;
        for (size_t k = 0; k < np; k++) {
            const game_room_player *p = game_room_player_at(r, k);
            if (p->removed || i < p->first || !p->answers || !p->answers[i].answered) continue;
            sum += p->answers[i].credit;
            asked++;
        }
        if (asked) rows[n++] = (debrief_row){i, sum / (double)asked};
    }
    qsort(rows, n, sizeof *rows, by_share);
    if (n > max) n = max;
    for (size_t i = 0; i < n; i++) {
        qs[i] = rows[i].q;
        share[i] = rows[i].share;
    }
    free(rows);
    return n;
}

/* ==== the right answer in words ============================================ */

/* A hotspot question's clues as its mock-up shows them: "« … » · « … »", each shortened at a
 * character to 60 bytes or so. */
static void clue_words(const ui *u, const game_question *q, char *buf, size_t n)
{
    size_t used = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < q->nparts && used + 1 < n; i++) {
        const game_part *p = &q->parts[i];
        if (!p->clue) continue;
        char t[400];
        ui_part_text(u, p, t, sizeof t);
        if (!t[0]) snprintf(t, sizeof t, "%s", game_part_name(p));
        size_t len = strlen(t);
        if (len > 60) {
            len = 60;
            while (len > 0 && ((unsigned char)t[len] & 0xC0) == 0x80) len--;
            snprintf(t + len, sizeof t - len, "…");
        }
        int w = snprintf(buf + used, n - used, u->lang == GAME_LANG_FR ? "%s« %s »" : "%s“%s”",
                         used ? " · " : "", t);
        if (w < 0 || (size_t)w >= n - used) break;
        used += (size_t)w;
    }
}

static void right_words(const ui *u, const game_question *q, char *buf, size_t n)
{
    char words[600] = "";
    if (q->kind == GAME_KIND_PASSWORD) {
        snprintf(words, sizeof words, "%s", ui_str(u, "class.password_right"));
    } else if (q->kind == GAME_KIND_HOTSPOT) {
        clue_words(u, q, words, sizeof words);
        ui_fmt(u, buf, n, "host.clues", words, NULL, NULL);
        return;
    } else {
        game_answer perfect = {.answered = true, .correct = true, .credit = 1};
        game_response_perfect(q, &perfect.resp);
        game_answer_words(q, &perfect, u->lang, words, sizeof words);
    }
    if (words[0])
        ui_fmt(u, buf, n, "host.answer", words, NULL, NULL);
    else
        buf[0] = '\0';
}

/* ==== the screen =========================================================== */

typedef struct {
    char prompt[800], answer[900], pct[32];
    double share;
    int h;
} shown_row;

/* Each row's height at px (the answer a little smaller) with the text in tw; false when a word
 * is wider than tw. */
static bool measure(gfx *g, const ui_metrics *m, shown_row *r, int px, int tw)
{
    int u1 = 0, u2 = 0;
    int h1 = gfx_text_wrapped_height(g, r->prompt, GFX_FONT_BOLD, px, tw, &u1);
    int h2 = r->answer[0]
                 ? gfx_text_wrapped_height(g, r->answer, GFX_FONT_REGULAR, px * 9 / 10, tw, &u2)
                 : 0;
    r->h = h1 + (h2 ? h2 + m->gap / 2 : 0) + m->gap * 3 / 2;
    return u1 <= tw && u2 <= tw;
}

void ui_host_debrief_draw(ui_host *h, const ui_metrics *m, gfx_rect area, bool draw)
{
    ui *u = &h->base;
    gfx *g = u->g;
    const char *head = ui_str(u, "host.debrief");
    int hpx = gfx_text_fit_line(g, head, GFX_FONT_BOLD, m->prompt, m->body, area.w);
    if (draw)
        gfx_text_wrapped(g, head, GFX_FONT_BOLD, hpx, area.x, area.y, area.w, GFX_ALIGN_CENTER,
                         UI_ACCENT);
    int y = area.y + gfx_text_wrapped_height(g, head, GFX_FONT_BOLD, hpx, area.w, NULL) + m->gap;
    size_t qs[DEBRIEF_MAX];
    double share[DEBRIEF_MAX];
    size_t n = ui_host_debrief_rows(h, qs, share, DEBRIEF_MAX);
    if (n == 0) {
        if (draw)
            gfx_text(g, ui_str(u, "host.debrief_none"), GFX_FONT_REGULAR, m->body,
                     area.x + area.w / 2, y + m->gap * 2, GFX_ALIGN_CENTER, UI_MUTED);
        return;
    }
    shown_row rows[DEBRIEF_MAX];
    const game_level *lv = game_room_level(h->room);
    for (size_t i = 0; i < n; i++) {
        const game_question *q = &lv->questions[qs[i]];
        shown_row *r = &rows[i];
        char num[16];
        snprintf(num, sizeof num, "%zu", qs[i] + 1);
        snprintf(r->prompt, sizeof r->prompt, "%s. %s", num, game_text_get(&q->prompt, u->lang));
        right_words(u, q, r->answer, sizeof r->answer);
        r->share = share[i];
        snprintf(num, sizeof num, "%d", (int)(share[i] * 100.0 + 0.5));
        ui_fmt(u, r->pct, sizeof r->pct, "host.percent", num, NULL, NULL);
    }
    /* The text at the left, the bar and its percentage at the right; the largest size that
     * shows the three rows most missed whole (all, when fewer), then as many more as fit. */
    int col = area.w * 30 / 100, tw = area.w - col - m->pad - 2 * m->pad;
    int room = area.y + area.h - y;
    size_t want = n < 3 ? n : 3, fit = 0;
    int px = m->small;
    for (;; px -= 2) {
        bool ok = true;
        int used = 0;
        fit = 0;
        for (size_t i = 0; i < n; i++) {
            ok &= measure(g, m, &rows[i], px, tw);
            if (used + rows[i].h > room) break;
            used += rows[i].h + m->gap / 2;
            fit++;
        }
        if ((ok && fit >= want) || px <= m->small * 2 / 3) break;
    }
    if (fit == 0) fit = 1;
    for (size_t i = 0; i < fit; i++) {
        shown_row *r = &rows[i];
        gfx_rect box = {area.x, y, area.w, r->h};
        y += r->h + m->gap / 2;
        if (!draw) continue;
        ui_draw_panel(g, m, box, UI_PANEL);
        int ty = box.y + m->gap * 3 / 4;
        int h1 = gfx_text_wrapped(g, r->prompt, GFX_FONT_BOLD, px, box.x + m->pad, ty, tw,
                                  GFX_ALIGN_LEFT, UI_TEXT);
        if (r->answer[0])
            gfx_text_wrapped(g, r->answer, GFX_FONT_REGULAR, px * 9 / 10, box.x + m->pad,
                             ty + h1 + m->gap / 2, tw, GFX_ALIGN_LEFT, UI_MUTED);
        /* the bar: its track, the share right, the percentage beside it */
        char widest[32];
        int pw, ph;
        ui_fmt(u, widest, sizeof widest, "host.percent", "100", NULL, NULL);
        gfx_text_size(g, widest, GFX_FONT_BOLD, px, &pw, &ph);
        int bx = box.x + box.w - col, bw = col - pw - m->pad - m->gap, bh = px;
        int by = box.y + (box.h - bh) / 2;
        gfx_color fill = r->share < 0.34   ? UI_WRONG_BAR
                         : r->share < 0.67 ? UI_ACCENT
                                           : UI_RIGHT_BAR;
        gfx_fill_rounded(g, (gfx_rect){bx, by, bw, bh}, bh / 2, UI_BAR);
        int fw = (int)(r->share * (double)bw + 0.5);
        if (fw > 0) gfx_fill_rounded(g, (gfx_rect){bx, by, fw < bh ? bh : fw, bh}, bh / 2, fill);
        gfx_text(g, r->pct, GFX_FONT_BOLD, px, box.x + box.w - m->pad, by + (bh - px * 6 / 5) / 2,
                 GFX_ALIGN_RIGHT, UI_TEXT);
    }
}
