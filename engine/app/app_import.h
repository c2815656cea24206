/* app_import.h — Moodle's quiz formats (docs/sharing.md): a GIFT or Aiken quiz read into plain
 * questions (app_gift.c, app_aiken.c), written as a commented one-language Lua level
 * (app_import.c); a loaded level written back as GIFT (app_export_level.c). Text in, text out:
 * the readers and writers touch no file, no Lua state and no window, so the tests call them.
 */
#ifndef VIGIE_APP_IMPORT_H
#define VIGIE_APP_IMPORT_H

#include "game/game.h"

#include <stdbool.h>
#include <stddef.h>

/* ---- a growing text (app_quiztext.c) ---- */

typedef struct {
    char *s; /* NUL-terminated once anything was added; NULL before */
    size_t n, cap;
    bool oom; /* an allocation failed: what is there is cut */
} app_buf;

void app_buf_add(app_buf *b, const char *s, size_t n);
void app_buf_str(app_buf *b, const char *s);
void app_buf_fmt(app_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void app_buf_free(app_buf *b);

/* s (n bytes) as a Lua string literal in double quotes: quotes, backslashes, newlines and
 * every control byte escaped (\ddd, three digits), invalid UTF-8 as U+FFFD. Whatever s holds
 * (NULs, "]]", quotes), the literal is one valid Lua string. */
void app_lua_quote(app_buf *b, const char *s, size_t n);
/* s as the rest of a Lua line comment: control bytes (a newline, a carriage return) become
 * spaces, invalid UTF-8 U+FFFD, so the comment cannot end early and let text become code. */
void app_lua_comment(app_buf *b, const char *s);

/* Text that a level may show (docs/authoring.md): strict UTF-8 (invalid bytes become U+FFFD),
 * no control characters but "\n" (a tab becomes a space), U+2028/U+2029 as "\n", no bidi marks
 * or C1 controls; spaces trimmed at each end and runs of blank lines cut to one. malloc'd; NULL
 * when out of memory. */
char *app_text_clean(const char *s, size_t n);
/* HTML as text: tags removed (<br>, <p>, <div>, <li>, headings and rows as line breaks),
 * scripts, styles and comments dropped with what they hold, entities decoded, white space
 * collapsed. Never runs anything. *pictures counts the <img> dropped. malloc'd; NULL when out
 * of memory. */
char *app_html_text(const char *s, size_t n, int *pictures);
/* Cuts s to at most max bytes at a character's end, with "…" when cut; true when it was. */
bool app_text_cut(char *s, size_t max);
/* Whether s (n bytes) is strict UTF-8. */
bool app_utf8_valid(const char *s, size_t n);
/* s (n bytes) read as Windows-1252 (Latin-1 with the € and typographic quotes), as UTF-8;
 * malloc'd, *out_n its length. NULL when out of memory. */
char *app_cp1252_utf8(const char *s, size_t n, size_t *out_n);

/* ---- a quiz ---- */

/* What a question became. */
typedef enum {
    APP_QUIZ_CHOICE = 0, /* one right answer */
    APP_QUIZ_MULTI,      /* several right answers */
    APP_QUIZ_TRUEFALSE,
    APP_QUIZ_TEXT,   /* input: accepted answers */
    APP_QUIZ_NUMBER, /* input: a number within a tolerance */
    APP_QUIZ_SORT,   /* cards into bins (a GIFT matching) */
    APP_QUIZ_KIND_COUNT
} app_quiz_kind;

typedef struct {
    char *text;
    char *feedback; /* NULL when none */
    bool right;
    int bin; /* sort: the card's bin, from 0 */
} app_quiz_answer;

typedef struct {
    int line; /* where it starts in the source */
    app_quiz_kind kind;
    const char *from; /* what it was in the source: "multiple choice", "matching"… */
    char *title;      /* GIFT's ::title::, or NULL */
    char *category;   /* the $CATEGORY it is in, or NULL */
    char *prompt;
    app_quiz_answer *answers; /* choices, accepted answers or cards */
    size_t nanswers;
    char *bins[GAME_MAX_BINS];
    size_t nbins;
    bool truth;               /* truefalse */
    double number, tolerance; /* number */
    char *explain;            /* NULL when none */
    app_buf notes;            /* what the source had that the level does not keep, a line each */
} app_quiz_question;

typedef struct {
    const char *path;   /* the source, for messages */
    const char *format; /* "GIFT", "Aiken" */
    app_quiz_question *q;
    size_t n, cap;
    int ncategories;
    char *category; /* the first category, or NULL */
    void *arena;    /* every string above lives here */
} app_quiz;

/* Warnings: path, line, message (no "warning:" in it). */
typedef void (*app_quiz_warn_fn)(void *ud, const char *path, int line, const char *msg);

/* The most questions a level may have, and the largest source read. */
#define APP_QUIZ_MAX_QUESTIONS 1000
#define APP_QUIZ_MAX_BYTES     (4u << 20)

/* Reads a GIFT (app_gift.c) or Aiken (app_aiken.c) quiz from src (len bytes, any content):
 * true with *out filled (free it with app_quiz_free); false with err (path:line: message) when
 * the source is malformed or holds no question a level can play. Warnings go to warn (may be
 * NULL). *out is always safe to free. */
bool app_gift_read(const char *path, const char *src, size_t len, app_quiz_warn_fn warn, void *ud,
                   app_quiz *out, game_error *err);
bool app_aiken_read(const char *path, const char *src, size_t len, app_quiz_warn_fn warn, void *ud,
                    app_quiz *out, game_error *err);
void app_quiz_free(app_quiz *q);

/* The source made ready to read (app_quiztext.c): refused when it is not text (a NUL byte) or
 * too large; a UTF-8 byte order mark dropped, "\r\n" and "\r" as "\n"; not UTF-8, it is read
 * as Windows-1252 and a warning says so. malloc'd into *text (*n bytes). */
bool app_quiz_source(const char *path, const char *src, size_t len, app_quiz_warn_fn warn, void *ud,
                     char **text, size_t *n, game_error *err);

/* For the readers: a string copied into the quiz's arena (NULL when out of memory), and a new
 * question at the end (NULL when out of memory). */
char *app_quiz_dup(app_quiz *q, const char *s, size_t n);
void *app_quiz_alloc(app_quiz *q, size_t n);
app_quiz_question *app_quiz_add(app_quiz *q, int line);
/* Makes a question's texts fit a level: cleaned, cut to the engine's limits (a warning each),
 * too many choices or accepted answers dropped (a warning); false with err when a text the
 * level needs is empty. */
bool app_quiz_fit(app_quiz *q, app_quiz_question *qq, app_quiz_warn_fn warn, void *ud,
                  game_error *err);

/* The quiz as a Lua level (app_import.c): id its id, every text in lang only. malloc'd into
 * *out (*n bytes); false when out of memory. */
bool app_quiz_lua(const app_quiz *q, const char *id, game_lang lang, char **out, size_t *n);

/* The arguments import and export-level share: FILE, --format WORD, --lang fr|en, --out FILE
 * (cmd names the command in messages). false after saying why on stderr: a usage error. */
typedef struct {
    const char *in, *out, *format;
    game_lang lang; /* GAME_LANG_FR unless --lang */
} app_quiz_args;
bool app_quiz_args_read(int argc, char **argv, const char *cmd, app_quiz_args *a);

/* The level as GIFT (app_export_level.c): its texts in lang (the other one when missing), the
 * kinds GIFT has; the others skipped with a warning that names them. *nwritten the questions
 * written. malloc'd into *out (*n bytes); false when out of memory. */
bool app_gift_write(const game_level *lv, game_lang lang, app_quiz_warn_fn warn, void *ud,
                    char **out, size_t *n, size_t *nwritten);

#endif
