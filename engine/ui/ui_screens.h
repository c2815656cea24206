/* ui_screens.h — the screens: one row per ui_screen, each defined in its screen's file and
 * listed in one table (ui_screens.c), which ui_app.c routes through: the title and the menu
 * (ui_menu.c), the game (ui_game.c, with ui_feedback.c and ui_recap.c), the error (ui_error.c),
 * the kept results' screens (ui_nick.c, ui_scores.c, ui_report.c) and the records behind them
 * (ui_records.c).
 */
#ifndef VIGIE_UI_SCREENS_H
#define VIGIE_UI_SCREENS_H

#include "ui_widgets.h"

typedef struct {
    /* Entering the screen: its own state set up, then shown (or declining). NULL: only
     * ui_screen_show. */
    void (*open)(ui *u, uint64_t now);
    /* Lays the screen out, fills its targets and, with draw, draws it: one function, so that
     * what is drawn and what is clickable cannot disagree. */
    void (*layout)(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t);
    /* Every input event first, before the keys every screen shares (a text field types M and
     * L, a question takes its own keys); true when taken. NULL: none. */
    bool (*input)(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now);
    /* A key the shared ones left (Enter, Esc, the arrows…). NULL: none. */
    void (*key)(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now);
    /* One of its targets pressed and released. NULL: it has none. */
    void (*activate)(ui *u, const ui_target *t, uint64_t now);
    /* The mouse wheel. NULL: none. */
    void (*wheel)(ui *u, const input_event *ev, uint64_t now);
    /* Its own time: false when that failed (its error shows; nothing more this time). NULL:
     * none. */
    bool (*update)(ui *u, uint64_t now);
    /* Milliseconds until it moves by itself; -1 (or NULL) never. */
    int (*wait)(ui *u, uint64_t now);
    /* A text field has the keys now: every key that types a character is text (its
     * INPUT_TEXT brings it), never a shortcut; the key itself does not reach the screen.
     * NULL: never. */
    bool (*typing)(const ui *u);
    /* It shows a level: F5 reloads it (the game, and a level's error). */
    bool level;
    /* Tab's focus came to target t (ui_app.c): the screen's own focus follows it (the menu
     * scrolls a level into view, the settings' arrows change that row). NULL: none. */
    void (*focus)(ui *u, const ui_target *t);
    /* Tab is the screen's own: it moves its focus through all its targets itself (the
     * operator's menu), and the ring Tab draws elsewhere is not drawn. */
    bool own_tab;
} ui_screen_view;

/* The rows, each in its screen's file. */
extern const ui_screen_view ui_screen_title, ui_screen_menu;        /* ui_menu.c */
extern const ui_screen_view ui_screen_game;                         /* ui_game.c */
extern const ui_screen_view ui_screen_error;                        /* ui_error.c */
extern const ui_screen_view ui_screen_nick, ui_screen_session;      /* ui_nick.c */
extern const ui_screen_view ui_screen_scores;                       /* ui_scores.c */
extern const ui_screen_view ui_screen_report;                       /* ui_report.c */
extern const ui_screen_view ui_screen_attract, ui_screen_kiosk_end; /* ui_kiosk.c */
extern const ui_screen_view ui_screen_operator;                     /* ui_operator.c */
extern const ui_screen_view ui_screen_duel;                         /* ui_duel.c */
extern const ui_screen_view ui_screen_settings;                     /* ui_settings.c */
extern const ui_screen_view ui_screen_install;                      /* ui_install.c */

/* ui_kiosk.c: the kiosk sees every input event first (the locks, the idle clock, the operator's
 * chord): true when it took it, and nothing else may see it. Its time (the idle reset, the
 * attract loop's turns) in kiosk_update; kiosk_wait: ms until it moves, -1 never. */
bool ui_kiosk_filter(ui *u, const input_event *ev, uint64_t now);
void ui_kiosk_update(ui *u, uint64_t now);
int ui_kiosk_wait(ui *u, uint64_t now);
/* Back to the attract loop: a round being played is recorded as abandoned. */
void ui_kiosk_attract(ui *u, uint64_t now);
/* ui_operator.c: the chord (Ctrl+Alt+O, or a long press in the top-left corner) asks for the
 * PIN, over whatever shows; the menu goes back to that screen. */
void ui_operator_open(ui *u, uint64_t now);
/* ui_duel.c: the duel's set-up on level j of pack i (players join), then its questions. From
 * the menu (D) and from the kiosk's attract loop when the operator chose duels. */
void ui_duel_open(ui *u, size_t pack, size_t level, uint64_t now);
void ui_duel_free(ui *u);
/* A duel's questions are being played (its set-up and its board are not): for
 * ui_kiosk_playing. */
bool ui_duel_playing(const ui *u);

/* ui_app.c: Tab's focus (u->tab) on the screen shown: the target it is on in ts (NULL:
 * none), and its ring drawn over the screen. */
const ui_target *ui_tab_target(const ui *u, const ui_targets *ts);
void ui_tab_draw(ui *u, const ui_targets *ts);

/* The row of s. */
const ui_screen_view *ui_screen_view_of(ui_screen s);
/* The screens whose only target is Back (to the menu) at the bottom right: its activate; its
 * place (the target added), and drawing it with the screen's key hint (a catalog key) at the
 * left of its row. */
void ui_back_activate(ui *u, const ui_target *t, uint64_t now);
gfx_rect ui_back_button(ui *u, const ui_metrics *m, ui_targets *t);
void ui_draw_back_button(ui *u, const ui_metrics *m, gfx_rect back, const char *keys);

/* ui_nick.c: before level j of pack i, ask who plays. */
void ui_nick_open(ui *u, size_t pack, size_t level, uint64_t now);
/* ui_feedback.c, ui_recap.c: two phases of the game screen. */
void ui_feedback_screen(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t);
/* The line under the results' score: the quiz questions right of how many, a game by its
 * share of credit ("Réussi à 92 %"), and the time taken. */
void ui_recap_summary(const ui *u, char *buf, size_t n);
void ui_recap_screen(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t);
/* Draws text wrapped at width w, whole (never shortened), and notes it in u->shown; returns
 * the height. With px_min < px, a text that a line cannot hold at px (an address that breaks
 * nowhere) is drawn at the largest size down to px_min that holds it. */
int ui_recap_text(ui *u, const char *text, gfx_font f, int px, int px_min, int x, int y, int w,
                  gfx_align align, gfx_color c);
/* Notes a text drawn some other way (one line) in u->shown, with its box. */
void ui_shown_note(ui *u, const char *text, gfx_rect box, int used_w);
/* The size ui_recap_text draws text at, and the height it takes. */
int ui_recap_text_px(ui *u, const char *text, gfx_font f, int px, int px_min, int w, int *h);
/* ui_error.c: the reload error, a notice, the "reloaded" note, over any screen. */
void ui_draw_overlays(ui *u, uint64_t now_ms);

/* ui_records.c: kept results, through the app's ui_records. Runs are recorded (writes: a
 * nickname is asked, a session can be named); there are boards to read (reads). */
bool ui_records_writes(const ui *u);
bool ui_records_reads(const ui *u);
/* What the app has queued is written: the boards read next count it. */
void ui_records_flush(ui *u);
void ui_records_run_begin(ui *u);
void ui_records_answer(ui *u, size_t qi);
void ui_records_run_end(ui *u);
void ui_records_menu_refresh(ui *u);
void ui_records_poll(ui *u, uint64_t now);
void ui_records_board_line(const ui *u, char *buf, size_t n);

#endif
