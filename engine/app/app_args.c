/* app_args.c — what the commands share to read their arguments: the default levels folder,
 * the language from the environment, sizes and whole numbers.
 * Plain C and libc only; the commands use it, and it uses none of them.
 */
#include "app.h"

#include <stdlib.h>
#include <sys/stat.h>

const char *app_default_levels_dir(void)
{
    const char *env = getenv("VIGIE_LEVELS");
    if (env && *env) return env;
    struct stat st;
    if (stat("levels", &st) == 0 && S_ISDIR(st.st_mode)) return "levels";
    return VIGIE_DATADIR "/levels";
}

game_lang app_lang_from_env(void)
{
    static const char *const vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
    for (size_t i = 0; i < 3; i++) {
        const char *v = getenv(vars[i]);
        game_lang l;
        if (v && *v) return game_lang_parse(v, &l) ? l : GAME_LANG_FR;
    }
    return GAME_LANG_FR;
}

bool app_parse_size(const char *s, int *w, int *h)
{
    char *end;
    long a = strtol(s, &end, 10);
    if (end == s || (*end != 'x' && *end != 'X')) return false;
    const char *p = end + 1;
    long b = strtol(p, &end, 10);
    if (end == p || *end) return false;
    if (a < 320 || b < 240 || a > 8192 || b > 8192) return false;
    *w = (int)a;
    *h = (int)b;
    return true;
}

bool app_parse_u64(const char *s, uint64_t *out)
{
    char *end;
    if (!s || !*s || *s == '-') return false;
    unsigned long long v = strtoull(s, &end, 10);
    if (*end) return false;
    *out = v;
    return true;
}
