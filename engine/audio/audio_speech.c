/* audio_speech.c — the speech's stream: eSpeak's PCM, pushed from the speech's thread, queued
 * on an SDL audio device of its own (SDL converts its rate), so that a spoken question and a
 * "right" chime can overlap. The device is opened on the ui's thread (SDL's audio subsystem is
 * started there) and closed by audio_update once the speech has been quiet for a while, so an
 * idle game has no audio thread; a mutex keeps the two threads off each other.
 */
#include "audio_internal.h"

#include <stdlib.h>

/* how long an open device waits for speech before it closes: the first chunk of a long text
 * takes a few ms to come, a pause between two sentences is shorter */
#define QUIET_MS 2000

bool audio_speech_init(audio *a)
{
    a->speech.lock = SDL_CreateMutex();
    return a->speech.lock != NULL;
}

void audio_speech_deinit(audio *a)
{
    audio_speech_close(a);
    SDL_DestroyMutex(a->speech.lock);
    a->speech.lock = NULL;
}

static void close_locked(audio *a)
{
    if (a->speech.dev) SDL_CloseAudioDevice(a->speech.dev);
    a->speech.dev = 0;
}

void audio_speech_close(audio *a)
{
    SDL_LockMutex(a->speech.lock);
    close_locked(a);
    SDL_UnlockMutex(a->speech.lock);
}

bool audio_speech_open(audio *a, int rate)
{
    if (!a || !a->available || a->muted || a->volume == 0 || rate <= 0) return false;
    if (!SDL_WasInit(SDL_INIT_AUDIO) && SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) return false;
    SDL_LockMutex(a->speech.lock);
    if (a->speech.dev && a->speech.rate != rate) close_locked(a);
    if (!a->speech.dev) {
        SDL_AudioSpec want = {0}, have;
        want.freq = rate;
        want.format = AUDIO_S16SYS;
        want.channels = 1;
        want.samples = 1024;
        a->speech.dev = SDL_OpenAudioDevice(NULL, 0, &want, &have, 0);
        a->speech.rate = rate;
    }
    a->speech.last = SDL_GetTicks64();
    bool ok = a->speech.dev != 0;
    SDL_UnlockMutex(a->speech.lock);
    return ok;
}

void audio_speech_push(audio *a, const int16_t *pcm, size_t n, int rate)
{
    if (!a || !pcm || n == 0) return;
    SDL_LockMutex(a->speech.lock);
    if (a->speech.dev && rate == a->speech.rate) { /* muting closed it */
        int16_t *scaled = malloc(n * sizeof *scaled);
        if (scaled) {
            int v = a->volume;
            for (size_t i = 0; i < n; i++) scaled[i] = (int16_t)(pcm[i] * v / 100);
            SDL_QueueAudio(a->speech.dev, scaled, (Uint32)(n * sizeof *scaled));
            SDL_PauseAudioDevice(a->speech.dev, 0);
            a->speech.fed += n;
            free(scaled);
        }
        a->speech.last = SDL_GetTicks64();
    }
    SDL_UnlockMutex(a->speech.lock);
}

void audio_speech_flush(audio *a)
{
    if (!a) return;
    SDL_LockMutex(a->speech.lock);
    if (a->speech.dev) SDL_ClearQueuedAudio(a->speech.dev);
    SDL_UnlockMutex(a->speech.lock);
}

unsigned long audio_speech_fed(audio *a)
{
    if (!a) return 0;
    SDL_LockMutex(a->speech.lock);
    unsigned long n = a->speech.fed;
    SDL_UnlockMutex(a->speech.lock);
    return n;
}

bool audio_speech_update(audio *a)
{
    SDL_LockMutex(a->speech.lock);
    bool open = a->speech.dev != 0;
    if (open && SDL_GetQueuedAudioSize(a->speech.dev) == 0 &&
        SDL_GetTicks64() - a->speech.last > QUIET_MS) {
        close_locked(a);
        open = false;
    }
    SDL_UnlockMutex(a->speech.lock);
    return open;
}
