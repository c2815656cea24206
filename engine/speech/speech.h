/* speech.h — reads texts aloud with eSpeak NG, on its own thread: the only espeak includer.
 * Nothing starts until the first say (no thread, no eSpeak): speech that stays off costs
 * nothing. The sound goes to a sink as 16-bit mono PCM (the app hands it to audio/; `vigie
 * say` writes it to a file). Uses game/ for game_lang only; no SDL here.
 */
#ifndef VIGIE_SPEECH_H
#define VIGIE_SPEECH_H

#include "game/game.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* eSpeak NG's rates, words per minute: what say clamps to; 0 asks for the default. */
#define SPEECH_RATE_MIN 80
#define SPEECH_RATE_DEF 160
#define SPEECH_RATE_MAX 450

/* Where the sound goes. Both are called on the speech's thread (pcm with the speech's lock
 * held: it must not call speech_*); either may be NULL. */
typedef struct {
    void *ud;
    /* n samples of the utterance being said, mono, 16-bit, at rate Hz (eSpeak's: 22050) */
    void (*pcm)(void *ud, const int16_t *samples, size_t n, int rate);
    /* a new utterance begins: whatever is still playing of the last one must stop */
    void (*flush)(void *ud);
} speech_sink;

typedef struct speech speech;

/* An object that says nothing yet: no thread, no eSpeak. sink is copied (NULL: the sound is
 * made and dropped). NULL when out of memory. */
speech *speech_create(const speech_sink *sink);
/* Stops what is being said, ends the thread, releases eSpeak. NULL is fine. */
void speech_destroy(speech *s);

/* Says text (UTF-8, copied) in lang at rate words per minute, replacing whatever is being said
 * or waiting: the latest wins. Returns at once; the first call starts the thread, which starts
 * eSpeak. An empty text is a stop. */
void speech_say(speech *s, const char *text, game_lang lang, int rate);
/* Silences it: the utterance waiting is dropped, the one being made stops at its next chunk,
 * and the sink is flushed. Returns at once. */
void speech_stop(speech *s);
/* True when nothing waits and nothing is being synthesised. */
bool speech_idle(speech *s);
/* Blocks until idle (`vigie say`, the tests): never from the ui's frame. */
void speech_wait(speech *s);
/* True once s has initialised eSpeak (its first say); its message when that failed, else "". */
bool speech_started(speech *s);
const char *speech_error(speech *s);
/* How many times eSpeak NG was initialised in this process: the tests hold that speech that
 * stays off never starts it. */
unsigned speech_init_count(void);

/* The same as speech_say and speech_stop with ud a speech *: ui_voice's say and stop. */
void speech_voice_say(void *ud, const char *text, game_lang lang, int rate);
void speech_voice_stop(void *ud);

#endif
