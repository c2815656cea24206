/* app_term.h — text that came from a level or a database, made safe to print on a terminal:
 * nothing in it can move the cursor, clear the screen, start a new line or reorder the line.
 * Every place app/ prints such text goes through here (docs/cli.md, "What is printed").
 */
#ifndef VIGIE_APP_TERM_H
#define VIGIE_APP_TERM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "game/game_results.h"

/* Copies in into out (n > 0 bytes, always terminated) with every character a terminal acts on
 * shown as a visible escape: \n \r \t, other C0 controls and ESC as \x1b, DEL as \x7f, the C1
 * controls U+0080-U+009F as \u009b, the bidirectional controls (U+200E/F, U+202A-E,
 * U+2066-9) as \u202e, and a byte that is not part of valid UTF-8 as \xff. Everything else,
 * the backslash included, is copied as it is. A result that does not fit is cut before a
 * whole character or escape; returns false then. */
bool app_term_safe(const char *in, char *out, size_t n);

/* Prints one line to f: fmt and its arguments, made safe as by app_term_safe as a whole, then
 * "\n". So no argument can end the line or start another; fmt itself holds no "\n". */
void app_term_line(FILE *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Writes text to f made safe line by line: its "\n" are kept, anything else is escaped as by
 * app_term_safe. For text that another module formatted into lines (the store's lists). */
void app_term_lines(FILE *f, const char *text, size_t len);

/* Every text of a session report (game/game_results.h) made safe in place, as by
 * app_term_safe, each cut to its field when its escapes make it too long. */
void app_term_report(game_report *r);

/* The JSON text json (valid UTF-8, as jansson writes it) with DEL, the C1 and the
 * bidirectional controls inside its strings written as \u escapes, which jansson leaves raw;
 * malloc'd, NULL when out of memory. */
char *app_term_json(const char *json);

#endif
