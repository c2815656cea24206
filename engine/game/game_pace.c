/* game_pace.c — the pace: the time accommodations a player or a trainer's session chooses
 * (docs/accessibility.md). Names and limits only; game_session.c applies them.
 */
#include "game.h"

#include <string.h>

static const char *const names[GAME_PACE_COUNT] = {"normal", "1.5", "2", "untimed"};

const char *game_pace_name(game_pace p)
{
    return (unsigned)p < GAME_PACE_COUNT ? names[p] : names[0];
}

bool game_pace_parse(const char *s, game_pace *out)
{
    if (!s) return false;
    static const struct {
        const char *name;
        game_pace p;
    } alias[] = {{"normal", GAME_PACE_NORMAL},   {"1", GAME_PACE_NORMAL},   {"1.5", GAME_PACE_X15},
                 {"x1.5", GAME_PACE_X15},        {"2", GAME_PACE_X2},       {"x2", GAME_PACE_X2},
                 {"untimed", GAME_PACE_UNTIMED}, {"off", GAME_PACE_UNTIMED}};
    for (size_t i = 0; i < sizeof alias / sizeof alias[0]; i++)
        if (strcmp(s, alias[i].name) == 0) {
            *out = alias[i].p;
            return true;
        }
    return false;
}

uint32_t game_pace_limit(game_pace p, uint32_t limit_ms)
{
    uint64_t ms = limit_ms;
    if (p == GAME_PACE_X15)
        ms = ms * 3 / 2;
    else if (p == GAME_PACE_X2)
        ms *= 2;
    else if (p == GAME_PACE_UNTIMED)
        ms = 0;
    return ms > UINT32_MAX ? UINT32_MAX : (uint32_t)ms;
}
