/* fuzz_gift.c — the Moodle quiz readers under attack by a fuzzer (`make fuzz`, libFuzzer with
 * ASan and UBSan): the input, made ready as `vigie import` makes a file ready, is read as GIFT
 * and as Aiken; a quiz that is read is written as a Lua level, which must then be Lua that
 * compiles (no text of the quiz may break out of its string or comment) and be no larger than
 * the bounds allow. Nothing may crash, read out of bounds or loop. */
#include "app/app_import.h"

#include <lauxlib.h>
#include <lua.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static lua_State *L;

static void close_lua(void)
{
    lua_close(L);
}

/* The level's text compiles as Lua (text mode only), and runs to a table with questions. */
static void level_compiles(const char *lua, size_t n)
{
    if (!L) {
        L = luaL_newstate();
        if (!L) abort();
        atexit(close_lua);
    }
    if (luaL_loadbufferx(L, lua, n, "=level", "t") != LUA_OK) {
        fprintf(stderr, "the written level does not compile: %s\n%.*s\n", lua_tostring(L, -1),
                (int)n, lua);
        abort();
    }
    /* a level is a plain table constructor: running it calls nothing */
    if (lua_pcall(L, 0, 1, 0) != LUA_OK || !lua_istable(L, -1)) abort();
    lua_getfield(L, -1, "questions");
    if (!lua_istable(L, -1)) abort();
    lua_pop(L, 2);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    for (int format = 0; format < 2; format++) {
        game_error err = {0};
        char *text = NULL;
        size_t n = 0;
        if (!app_quiz_source("quiz", (const char *)data, size, NULL, NULL, &text, &n, &err)) {
            if (!err.message[0]) abort(); /* a refusal says why */
            free(text);
            return 0;
        }
        app_quiz q;
        bool ok = format == 0 ? app_gift_read("quiz", text, n, NULL, NULL, &q, &err)
                              : app_aiken_read("quiz", text, n, NULL, NULL, &q, &err);
        if (!ok && !err.message[0]) abort();
        if (ok) {
            char *lua = NULL;
            size_t ln = 0;
            for (int lang = 0; lang < GAME_LANG_COUNT; lang++) {
                if (!app_quiz_lua(&q, "fuzz", (game_lang)lang, &lua, &ln)) abort();
                level_compiles(lua, ln);
                free(lua);
            }
        }
        app_quiz_free(&q);
        free(text);
    }
    return 0;
}
