/* fuzz_level.c — the level loader and a scripted play of whatever it accepts, under
 * attack by a fuzzer: libFuzzer (`make fuzz`, clang, ASan and UBSan) or, in the normal
 * test run, the small random driver in fuzz_driver.c. Budgets are short so that a slow
 * input costs milliseconds, not the run. */
#include "game/game.h"
#include "script/script.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    script_options opt = {
        .memory_cap = 16u << 20, .budget_ms = 50, .has_seed = true, .seed = 1, .quiet = true};
    script_level *sl = NULL;
    game_error err = {0};
    if (!script_level_load_source("fuzz.lua", (const char *)data, size, &opt, NULL, NULL, &sl,
                                  &err))
        return 0;
    const game_level *lv = script_level_data(sl);
    game_session *s = game_session_create(script_level_score, sl, 1);
    if (s && game_session_begin(s, lv, 0, &err)) {
        /* Every other answer right, the others wrong or timed out. */
        game_scripted *a = calloc(lv->nquestions, sizeof *a);
        for (size_t i = 0; a && i < lv->nquestions; i++) {
            const game_question *q = &lv->questions[i];
            unsigned wrong = ~q->correct_mask & ((1u << q->nchoices) - 1u);
            a[i].after_ms = 1000 * (i % 7);
            if (i % 3 == 2 && q->time_ms)
                a[i].timeout = true;
            else if (i % 2 == 0 || !wrong)
                a[i].resp.chosen = q->kind == GAME_KIND_MULTI
                                       ? q->correct_mask
                                       : (q->correct_mask & (~q->correct_mask + 1u));
            else
                a[i].resp.chosen = wrong & (~wrong + 1u);
        }
        if (a) game_session_play_scripted(s, a, lv->nquestions, 0, &err);
        free(a);
    }
    game_session_destroy(s);
    script_level_unload(sl);
    return 0;
}
