/* audio_internal.h — the audio object, shared by the effects (audio_sound.c) and the speech's
 * stream (audio_speech.c). Only audio/ sees it.
 */
#ifndef VIGIE_AUDIO_INTERNAL_H
#define VIGIE_AUDIO_INTERNAL_H

#include "audio.h"

#include <SDL.h>

struct audio {
    SDL_AudioDeviceID dev;
    bool available; /* a device could be opened at start-up */
    int volume;
    bool muted;
    float *buf[AUDIO_COUNT];
    int len[AUDIO_COUNT];
    /* speech: its own device beside the effects', fed from the speech's thread; lock guards
     * dev and what is queued on it (the ui's thread opens, closes and reads it) */
    struct {
        SDL_mutex *lock;
        SDL_AudioDeviceID dev;
        int rate;          /* the device's sample rate */
        Uint64 last;       /* when it was opened or last fed, SDL ticks */
        float volume;      /* 0 … 1, read by the speech's thread under lock */
        unsigned long fed; /* samples queued since it was made: for the tests */
    } speech;
};

bool audio_speech_init(audio *a);
void audio_speech_deinit(audio *a);
/* Closes the speech's device (muted). */
void audio_speech_close(audio *a);
/* Closes it once it has played everything and nothing came for a while; true while open. */
bool audio_speech_update(audio *a);

#endif
