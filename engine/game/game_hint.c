/* game_hint.c — what a Lua syntax error usually means, said in French or English for the
 * trainer: one row per hint kind (script/ works out the kind, the line and the token from the
 * source). Plain C strings, no Lua and no SDL: `vigie check` and the error screen share them.
 */
#include "game.h"

#include <stdio.h>
#include <string.h>

/* In each text: %W is hint_what, %N hint_near; the line comes first, in the language's form. */
static const char *const hints[GAME_HINT_COUNT][GAME_LANG_COUNT] = {
    [GAME_HINT_NONE] = {"", ""},
    [GAME_HINT_COMMA_EOL] =
        {"il manque sans doute une virgule à la fin de cette ligne (entre deux champs d’un "
         "tableau).",
         "a comma is probably missing at the end of this line (between two fields of a table)."},
    [GAME_HINT_COMMA_BEFORE] =
        {"il manque sans doute une virgule avant « %N » (entre deux champs d’un tableau).",
         "a comma is probably missing before '%N' (between two fields of a table)."},
    [GAME_HINT_QUOTE] = {"un guillemet n’est pas refermé : un texte commence et finit par le même "
                         "guillemet (\" ou ') sur la même ligne.",
                         "a quote is not closed: a text starts and ends with the same quote (\" "
                         "or ') on the same line."},
    [GAME_HINT_UNEXPECTED] = {"Lua n’attendait pas « %N » ici : cherche juste avant une virgule, "
                              "un guillemet ou un = qui manque, ou un caractère en trop.",
                              "Lua did not expect '%N' here: look just before it for a missing "
                              "comma, quote or =, or a character too many."},
    [GAME_HINT_EQUALS] = {"un champ s’écrit nom = valeur : il manque sans doute le = (ou une "
                          "virgule) avant « %N ».",
                          "a field is written name = value: the = (or a comma) is probably "
                          "missing before '%N'."},
    [GAME_HINT_EXTRA_CLOSE] = {"ce « %W » ferme quelque chose qui n’est pas ouvert : il y en a "
                               "un de trop, ou il manque l’ouverture plus haut.",
                               "this '%W' closes nothing that is open: there is one too many, "
                               "or its opening is missing above."},
    [GAME_HINT_UNCLOSED] =
        {"le « %W » ouvert ici n’est jamais refermé : il manque sa fermeture, ou "
         "celle de quelque chose ouvert dedans (} pour {, ) pour (, end pour "
         "function, if, for, do).",
         "the '%W' opened here is never closed: its closing is missing, or that "
         "of something opened inside it (} for {, ) for (, end for function, if, "
         "for, do)."},
    [GAME_HINT_PAREN] = {"une parenthèse n’est pas refermée, ou il manque une virgule entre deux "
                         "valeurs avant « %N ».",
                         "a parenthesis is not closed, or a comma is missing between two values "
                         "before '%N'."},
    [GAME_HINT_NUMBER] = {"« %N » n’est pas un nombre pour Lua : la virgule décimale s’écrit avec "
                          "un point (1.5), sans espace ni lettre dans le nombre.",
                          "'%N' is not a number Lua reads: decimals use a dot (1.5), with no "
                          "space or letter inside the number."},
    [GAME_HINT_LONG_STRING] = {"le texte long ouvert ici par [[ ne se termine jamais : "
                               "referme-le par ]].",
                               "the long text opened here with [[ never ends: close it with ]]."},
    [GAME_HINT_LONG_COMMENT] = {"le commentaire ouvert ici par --[[ ne se termine jamais : "
                                "referme-le par ]].",
                                "the comment opened here with --[[ never ends: close it with ]]."},
    [GAME_HINT_EXPECTED] = {"Lua attendait « %W » avant « %N ».", "Lua expected '%W' before '%N'."},
};

bool game_error_hint(const game_error *err, game_lang lang, char *buf, size_t size)
{
    if (!size) return false;
    buf[0] = '\0';
    if (!err || err->hint <= GAME_HINT_NONE || err->hint >= GAME_HINT_COUNT) return false;
    if ((unsigned)lang >= GAME_LANG_COUNT) lang = GAME_LANG_FR;
    size_t n = 0;
    if (err->hint_line > 0)
        n = (size_t)snprintf(buf, size,
                             lang == GAME_LANG_FR ? "ligne %d : " : "line %d: ", err->hint_line);
    for (const char *p = hints[err->hint][lang]; *p && n + 1 < size; p++) {
        const char *sub = NULL;
        if (p[0] == '%' && p[1] == 'N') sub = err->hint_near;
        if (p[0] == '%' && p[1] == 'W') sub = err->hint_what;
        if (sub) {
            n += (size_t)snprintf(buf + n, size - n, "%s", sub);
            if (n >= size) n = size - 1;
            p++;
        } else {
            buf[n++] = *p;
        }
    }
    buf[n < size ? n : size - 1] = '\0';
    return true;
}
