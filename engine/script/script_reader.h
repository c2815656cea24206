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
    struct script_srcmap *map;    /* the source's table constructors (script_srcmap.c) */
    int node;                     /* the constructor of the table being read; 0: none known */
    bool text_shared; /* the text's table has other fields too: its reader checks them */
} script_reader;

#if defined(__GNUC__)
#define SCRIPT_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define SCRIPT_PRINTF(f, a)
#endif

/* Line of the field `name` of the table being read: with a node (r->node), its entry's line,
 * or the table's own line when it has no such entry (a missing field is reported at its
 * table). Without a node (a table built by code), the first `name =` at or after line `from`,
 * a heuristic: with r->fields built, a binary search; without, a scan of the source. */
int script_reader_line(const script_reader *r, int from, const char *name);
/* The line of the table being read, or fallback when it has no node. */
int script_reader_here(const script_reader *r, int fallback);
/* Line of the k-th (from 1) positional entry of the table being read, else fallback. */
int script_reader_item_line(const script_reader *r, size_t k, int fallback);
/* Moves the cursor to the table that is the value of field `name` (or of the k-th positional
 * entry) of the table being read, and returns where it was, for script_reader_leave. */
int script_reader_enter(script_reader *r, const char *name);
int script_reader_enter_item(script_reader *r, size_t k);
void script_reader_leave(script_reader *r, int saved);
/* The name of known (NULL-terminated) nearest to name: at most 2 edits (Damerau-Levenshtein,
 * case aside), else NULL. */
const char *script_nearest(const char *name, const char *const *known);
/* Writes into buf "\"x\" (did you mean \"y\"?)" or "\"x\" (known: a, b, c)". */
void script_reader_suggest(char *buf, size_t n, const char *name, const char *const *known);
/* Warns about each string key of the table on top that is not in known (nor accepted by
 * also(L, name) with its value on top, when given): usually a typo. Each at its line, with the
 * nearest known name; in line order.   [-0, +0] */
void script_reader_unknown(script_reader *r, const char *what, int line, const char *const *known,
                           bool (*also)(lua_State *L, const char *name));
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
/* Fills known[0..max) with every question's fields then kind k's, NULL-terminated. */
void script_kind_fields(game_kind k, const char **known, size_t max);
/* Whether a question may have this field: one of every question's or of some kind's. */
bool script_kind_field(const char *name);

/* ---- script_mockup.c: hotspot's own fields ---- */

/* Reads the mock-up (mail, sms, browser, post, chat, document, call, notification) or the
 * picture's spots of the question on top, and its penalty.   [-0, +0] */
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
