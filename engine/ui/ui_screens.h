/* ui_screens.h — the screens, each in its file: the title and the menu (ui_menu.c), the game
 * with its intro, feedback and results (ui_game.c, ui_feedback.c, ui_recap.c), the error and
 * the overlays (ui_error.c), and the kept results' screens (ui_nick.c, ui_scores.c,
 * ui_report.c) with the records behind them (ui_records.c). Each screen's function lays it out,
 * fills its targets and, with draw, draws it.
 */
#ifndef VIGIE_UI_SCREENS_H
#define VIGIE_UI_SCREENS_H

#include "ui_widgets.h"

/* ui_menu.c */
void ui_title_screen(ui *u, const ui_metrics *m, bool draw, ui_targets *t);
void ui_menu_screen(ui *u, const ui_metrics *m, bool draw, ui_targets *t);
void ui_menu_key(ui *u, const input_event *ev, uint64_t now);
/* The menu's choice of item k: with results kept, who plays first; else the level at once. */
void ui_menu_choose(ui *u, size_t k, uint64_t now);

/* ui_game.c: the game's phases, and its keys after the shared ones. */
void ui_game_screen(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t);
void ui_game_key(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now);
/* ui_feedback.c, ui_recap.c */
void ui_feedback_screen(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t);
void ui_recap_screen(ui *u, const ui_metrics *m, uint64_t now, bool draw, ui_targets *t);

/* ui_error.c: the error screen; the reload error and the "reloaded" note over any screen. */
void ui_error_screen(ui *u, const ui_metrics *m, bool draw, ui_targets *t);
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

/* ui_nick.c: who plays, and the trainer's session name. */
void ui_nick_open(ui *u, size_t pack, size_t level, uint64_t now);
bool ui_nick_input(ui *u, const input_event *ev, const ui_targets *ts, uint64_t now);
void ui_nick_activate(ui *u, int index, uint64_t now);
void ui_nick_screen(ui *u, const ui_metrics *m, bool draw, ui_targets *t);
void ui_session_open(ui *u, uint64_t now);
bool ui_session_input(ui *u, const input_event *ev, uint64_t now);
void ui_session_screen(ui *u, const ui_metrics *m, bool draw, ui_targets *t);
/* ui_scores.c, ui_report.c */
void ui_scores_open(ui *u, uint64_t now);
bool ui_scores_input(ui *u, const input_event *ev, uint64_t now);
void ui_scores_screen(ui *u, const ui_metrics *m, bool draw, ui_targets *t);
void ui_report_open(ui *u, uint64_t now);
bool ui_report_input(ui *u, const input_event *ev, uint64_t now);
void ui_report_screen(ui *u, const ui_metrics *m, bool draw, ui_targets *t);

#endif
