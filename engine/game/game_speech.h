/* game_speech.h — what the speech reads aloud on each screen, as plain text: a pure function
 * of the level, the question, the phase, the language and what is displayed. No decorations
 * (guillemets, emoji, arrows are pauses or words), numbers written plainly, the choices with
 * the letters the screen shows. Pure C, no I/O; speech/ says it, the ui chooses when.
 */
#ifndef VIGIE_GAME_SPEECH_H
#define VIGIE_GAME_SPEECH_H

#include "game.h"

/* What is on the screen. Unused fields may be zero. */
typedef struct {
    const game_level *level;
    const game_question *q; /* QUESTION and FEEDBACK */
    size_t index;           /* the question's place in play order, 0-based */
    game_phase phase;       /* INTRO, QUESTION, FEEDBACK, RESULTS; MENU says nothing */
    game_lang lang;
    /* choices: the written index of the choice at each displayed position (letter A first);
     * NULL: as written */
    const size_t *shown;
    /* order: the items as displayed (written indices); NULL: as written */
    const unsigned char *order;
    const game_answer *answer; /* FEEDBACK: the player's; NULL: the verdict is not said */
    long score, max_score;     /* RESULTS */
    unsigned correct;          /* RESULTS: right answers */
} game_speech_in;

/* The text to read for in, into buf (cut at a character's end); returns its length. */
size_t game_speech_text(const game_speech_in *in, char *buf, size_t n);
/* A hotspot's mock-up read part by part, in the order it shows them ("" for another kind):
 * what the speech reads on request. Returns the length. */
size_t game_speech_parts(const game_question *q, game_lang lang, char *buf, size_t n);
/* s without what should not be read: « » and emoji dropped, arrows and bullets as pauses, line
 * breaks as spaces, the no-break spaces inside numbers removed (19 000 is read as a number),
 * powers and × in words of lang (10⁶: "10 puissance 6"). Appends to out (a C string, n bytes
 * in all). */
void game_speech_append_clean(char *out, size_t n, const char *s, game_lang lang);

#endif
