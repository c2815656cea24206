/* script.h — the Lua host: sandboxed states, level and pack loading, the scoring rule.
 *
 * The only module that includes lua.h. Each level gets its own fresh Lua state with
 * a whitelisted environment, a memory cap and a time budget per call. Errors come
 * back as game_error values that name the file and the line; nothing here aborts.
 */
#ifndef VIGIE_SCRIPT_H
#define VIGIE_SCRIPT_H

#include "game/game.h"
#include "game/game_play.h"

typedef struct {
    size_t memory_cap;  /* bytes a level may allocate; 0: the default, 64 MiB */
    uint32_t budget_ms; /* limit of one call (load, score) in the CPU time of the thread that
                           runs it, and 4 times that in wall-clock time; 0: 1000 ms */
    bool has_seed;      /* math.random seeded from `seed` (reproducible runs) */
    bool quiet;         /* drop what the level prints */
    uint64_t seed;
} script_options;

typedef struct script_level script_level;

/* Loads and validates the level file at path. On success *out owns the level data and
 * its Lua state (kept for the scoring rule). Problems that stop the level fill err.
 * Warnings (missing translation, …) go to warn(ud, …) when warn is not NULL. */
typedef void (*script_warn_fn)(void *ud, const char *file, int line, const char *msg);
bool script_level_load(const char *path, const script_options *opt, script_warn_fn warn,
                       void *warn_ud, script_level **out, game_error *err);
/* The same from text in memory; path names it in messages. */
bool script_level_load_source(const char *path, const char *src, size_t len,
                              const script_options *opt, script_warn_fn warn, void *warn_ud,
                              script_level **out, game_error *err);
void script_level_unload(script_level *sl);

const game_level *script_level_data(const script_level *sl);

/* Frees the level's garbage and returns the bytes its Lua state still holds: what keeping it
 * loaded costs. Runs none of the level's code (levels may not have finalizers). */
size_t script_level_memory(script_level *sl);
/* The limits a level gets by default, after VIGIE_LEVEL_BUDGET_MS and VIGIE_LEVEL_MEMORY_MIB:
 * the time of one call in ms, and the memory cap in bytes. */
uint32_t script_default_budget_ms(void);
size_t script_default_memory_cap(void);

/* The scoring rule for game_session_create: the level's own `score` function, else the
 * pack's, else the engine's default (scripts/scoring.lua). ud is the script_level. The rule
 * returns the points and may return the credit (0 … 1) second; without it the credit is 1 for
 * a right answer, else the share of the question's points earned. */
bool script_level_score(void *ud, const game_score_ctx *ctx, long *points, double *credit,
                        game_error *err);

/* Mini-games: the level's game questions run through this host, with the script_level as
 * its user data (game/game_play.h). */
const game_play_host *script_play_host(void);

/* The most levels a pack may list: those past it are not loaded (a warning says so). */
#define SCRIPT_PACK_LEVELS_MAX 64

/* Reads pack.lua in dir (sandboxed), checking its fields as a level's are: a wrong type or
 * value fails with file and line. A level listed twice is kept once, and only the first
 * SCRIPT_PACK_LEVELS_MAX are kept: both are warnings. Without a pack.lua, the pack is the
 * folder's *.lua files in name order and its title is the folder's name. */
bool script_pack_load(const char *dir, game_pack *out, game_error *err);
/* The same, reporting what is missing or unknown in pack.lua as warnings. */
bool script_pack_check(const char *dir, script_warn_fn warn, void *warn_ud, game_pack *out,
                       game_error *err);

/* Reads an answers file (Lua data, see docs/cli.md) for `lv`. Free *out with
 * script_answers_free. */
bool script_answers_load(const char *path, const game_level *lv, game_scripted **out, size_t *n,
                         game_error *err);

void script_answers_free(game_scripted *a, size_t n);

/* An engine text file embedded at build time (scripts/NAME), e.g. the template that
 * `vigie new` writes. NULL when there is none. */
const char *script_embedded_template(const char *name, size_t *len);

/* Loads the engine's UI strings (the embedded scripts/catalog.lua). */
bool script_catalog_load(game_catalog *out, game_error *err);

/* ---- what levels see, for docs/lua-api.md and the test that keeps it true ---- */

/* The fields a level table, a question and a pack.lua may have (NULL-terminated). */
extern const char *const script_level_fields[];
extern const char *const script_question_fields[];
extern const char *const script_pack_fields[];
/* Calls the level's scoring rule as a timeout of each question (answer nil), as `vigie check`
 * does: a rule that returns nothing for a wrong answer fails here, at its line. */
bool script_level_check_score(script_level *sl, game_error *err);
/* The names of the ready-made scoring rules a level or pack names with score = "…". */
extern const char *const script_score_rules[];
/* The fields of a scoring rule's ctx: those every kind has, and those of kind k alone
 * (NULL-terminated; docs/authoring.md §4 lists both, tests/docs/test_api.c keeps it so). */
extern const char *const script_ctx_fields[];
const char *const *script_ctx_kind_fields(game_kind k);
/* Calls fn with every name a level's environment holds: "print", "string.find"… */
void script_api_names(void (*fn)(void *ud, const char *name), void *ud);

#endif
