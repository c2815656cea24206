/* script_reader.h — internal to script/: reading a level table into a game_level. The
 * reader's state and the checks all its parts share (script_reader.c), the table of question
 * kinds (script_kinds.c), the mock-ups (script_mockup.c) and the scoring rule (script_score.c).
 * Fields are read raw, so that reading a level runs none of its code.
 */
#ifndef VIGIE_SCRIPT_READER_H
#define VIGIE_SCRIPT_READER_H

#include "script_vm.h"

/* ---- script_reader.c: where we are, and where that is in the source ---- */

typedef struct {
    lua_State *L;
    const char *path;
    const char *src; /* the level's text, terminated: fields are found in it by name */
    script_warn_fn warn;
    void *warn_ud;
    game_error *err;
    int qline;                    /* line of the question being read, 0 outside questions */
    size_t qindex;                /* index of the question being read */
    bool failed;                  /* the level has a problem (in err) */
    struct script_fields *fields; /* where each `name =` is (script_reader_fields_build) */
} script_reader;

#if defined(__GNUC__)
#define SCRIPT_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define SCRIPT_PRINTF(f, a)
#endif

/* Line of the first `name =` at or after line `from` (a heuristic: tables keep no lines).
 * With r->fields built, a binary search; without, a scan of the source. */
int script_reader_line(const script_reader *r, int from, const char *name);
/* Finds every `name =` of r->src once, so that finding a field's line costs a binary search
 * rather than a scan of the source: reading a level stays linear in its size. Without memory,
 * r->fields stays NULL and lines are found by scanning.   */
void script_reader_fields_build(script_reader *r);
void script_reader_fields_free(script_reader *r);
/* Fills r->err, a content error at line; returns false, for `return script_reader_fail(…)`. */
bool script_reader_fail(script_reader *r, int line, const char *fmt, ...) SCRIPT_PRINTF(3, 4);
/* Hands a warning to r->warn, if any. */
void script_reader_warn(script_reader *r, int line, const char *fmt, ...) SCRIPT_PRINTF(3, 4);

/* Pushes t[name] of the table at idx, raw; returns its type.   [-0, +1] */
int script_rawfield(lua_State *L, int idx, const char *name);
/* A malloc'd copy of the string at idx (NULL when out of memory).   [-0, +0] */
char *script_dup_string(lua_State *L, int idx);
/* Characters (not bytes) of a UTF-8 string. */
size_t script_utf8_chars(const char *s);

/* Checks that the string at idx is valid UTF-8, has no control characters but newlines and is
 * at most max bytes long: what a screen can show.   [-0, +0] */
bool script_reader_string(script_reader *r, int idx, const char *what, int line, size_t max);
/* Reads a player-facing text on top: a string or { fr = …, en = … }; warns when it is too long
 * to read well.   [-0, +0] */
bool script_reader_text(script_reader *r, const char *what, int line, game_text *out, bool required,
                        size_t max);
/* An integer in [lo, hi] on top.   [-0, +0] */
bool script_reader_index(script_reader *r, int line, const char *what, lua_Integer lo,
                         lua_Integer hi, lua_Integer *out);
/* The number at field of the table on top, or def when absent.   [-0, +0] */
bool script_reader_number(script_reader *r, const char *what, int line, const char *field,
                          double def, double *out);
/* The list of min..max texts at field of the table on top, into out[*n].   [-0, +0] */
bool script_reader_list(script_reader *r, const char *what, int line, const char *field, size_t min,
                        size_t max, game_text *out, size_t *n, size_t limit);
/* A picture's file name on top: a file in the level's folder (or below it), its path into
 * *out. Missing or unreadable is a warning: the game shows a placeholder.   [-0, +0] */
bool script_reader_picture(script_reader *r, int line, const char *what, const char *field,
                           char **out);

/* ---- script_kinds.c: the question kinds ---- */

/* What the script layer knows of a kind: one row per game_kind. */
typedef struct {
    /* Reads the kind's own fields of the question on top (r->qindex is its index).
     * [-0, +0] */
    bool (*read)(script_reader *r, const char *what, int line, game_question *q);
    const char *const *fields; /* those fields, NULL-terminated: for warnings and docs */
    uint32_t time_ms;          /* the time a question has unless it says; 0: untimed */
    /* Pushes a response in the kind's own terms, for the rule's answer and ctx.expected.
     * [-0, +1] */
    void (*push)(lua_State *L, const game_question *q, const game_response *resp);
    /* Adds what only this kind has to ctx (on top).   [-0, +0] */
    void (*ctx)(lua_State *L, const game_score_ctx *c);
    const char *const *ctx_fields; /* the names it adds, NULL-terminated: for the docs */
    /* Reads an answers file's answer = … (on top) into r; NULL when the kind is answered by
     * steps instead (a game's play = { … }).   [-0, +0] */
    bool (*answer)(lua_State *L, const char *path, size_t i, const game_question *q,
                   game_response *r, game_error *err);
} script_kind;

/* The row of kind k (a valid kind). */
const script_kind *script_kind_get(game_kind k);
/* Whether a question may have this field: one of every question's or of some kind's. */
bool script_kind_field(const char *name);

/* ---- script_mockup.c: hotspot's own fields ---- */

/* Reads the mock-up (mail, sms, browser, post) or the picture's spots of the question on top,
 * and its penalty.   [-0, +0] */
bool script_mockup_read(script_reader *r, const char *what, int line, game_question *q);

/* ---- script_score.c: the scoring rule ---- */

/* Where the rule stays on the state's stack between calls. */
#define SCRIPT_SCORE_SLOT 1

/* Whether name is one of the ready-made rules (script_score_rules, script.h), and the one
 * nearest to it, for a message. */
bool script_score_rule_known(const char *name);
const char *script_score_rule_nearest(const char *name);
/* Pushes the rule for the level table at idx: its own `score` (a function, or the name of a
 * ready-made rule, checked), else its pack's, else the engine's "standard"; leaves the credit
 * function in the registry; sets sl->score_where and sl->level->confidence. Runs inside a
 * protected call.   [-0, +1, e] */
void script_score_push_rule(lua_State *L, script_level *sl, int idx, const char *path);

#endif
