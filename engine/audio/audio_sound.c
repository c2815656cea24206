/* audio_sound.c — synthesised sound effects through SDL's audio queue.
 * Each effect is a few notes of a sine with a soft attack and decay: friendly, short,
 * and recognisable without looking (right rises, wrong falls, time up ticks).
 */
#include "audio_internal.h"

#include <math.h>
#include <stdlib.h>

#define RATE 44100
#define TAU  6.283185307179586

typedef struct {
    double freq, start, dur;
} note;

static void render(audio *a, audio_sound s, const note *notes, int n, double total)
{
    int len = (int)(total * RATE);
    float *b = calloc((size_t)len, sizeof *b);
    if (!b) return;
    for (int k = 0; k < n; k++) {
        int i0 = (int)(notes[k].start * RATE), i1 = (int)((notes[k].start + notes[k].dur) * RATE);
        for (int i = i0; i < i1 && i < len; i++) {
            double t = (double)(i - i0) / RATE, d = notes[k].dur;
            double env = fmin(t / 0.008, 1.0) * exp(-4.0 * t / d) * fmin((d - t) / 0.01, 1.0);
            double v = sin(TAU * notes[k].freq * t) + 0.25 * sin(TAU * 2 * notes[k].freq * t);
            b[i] += (float)(0.35 * env * v);
        }
    }
    a->buf[s] = b;
    a->len[s] = len;
}

/* The device is open only while a sound plays: SDL's audio thread runs (and wakes the
 * CPU every buffer) for as long as a device is open, even paused. */
static bool open_device(audio *a)
{
    SDL_AudioSpec want = {0}, have;
    want.freq = RATE;
    want.format = AUDIO_F32SYS;
    want.channels = 1;
    want.samples = 1024;
    a->dev = SDL_OpenAudioDevice(NULL, 0, &want, &have, 0);
    a->available = a->dev != 0;
    return a->available;
}

static void close_device(audio *a)
{
    if (a->dev) SDL_CloseAudioDevice(a->dev);
    a->dev = 0;
}

audio *audio_create(int volume_percent)
{
    audio *a = calloc(1, sizeof *a);
    if (!a) return NULL;
    a->volume = volume_percent < 0 ? 0 : volume_percent > 100 ? 100 : volume_percent;
    a->available = true; /* until a device fails to open */
    if (!audio_speech_init(a)) {
        free(a);
        return NULL;
    }
    return a;
}

/* Sounds are made and the audio system started on the first sound, not at start-up:
 * the first frame comes sooner and a game that stays muted never touches the device. */
static bool prepare(audio *a)
{
    if (a->buf[AUDIO_RIGHT]) return true;
    if (!SDL_WasInit(SDL_INIT_AUDIO) && SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        a->available = false;
        return false;
    }
    static const note right[] = {{659.3, 0, 0.12}, {987.8, 0.1, 0.25}};
    static const note wrong[] = {{311.1, 0, 0.18}, {233.1, 0.15, 0.3}};
    static const note timeup[] = {{880, 0, 0.08}, {880, 0.14, 0.08}, {587.3, 0.28, 0.3}};
    static const note click[] = {{1200, 0, 0.03}};
    render(a, AUDIO_RIGHT, right, 2, 0.5);
    render(a, AUDIO_WRONG, wrong, 2, 0.5);
    render(a, AUDIO_TIMEUP, timeup, 3, 0.65);
    render(a, AUDIO_CLICK, click, 1, 0.05);
    return a->buf[AUDIO_RIGHT] != NULL;
}

void audio_destroy(audio *a)
{
    if (!a) return;
    close_device(a);
    audio_speech_deinit(a);
    for (int i = 0; i < AUDIO_COUNT; i++) free(a->buf[i]);
    free(a);
}

void audio_play(audio *a, audio_sound s)
{
    if (!a || !a->available || a->muted || a->volume == 0 || !prepare(a) || !a->buf[s]) return;
    if (!a->dev && !open_device(a)) return;
    float *scaled = malloc(sizeof(float) * (size_t)a->len[s]);
    if (!scaled) return;
    float v = (float)a->volume / 100.0f;
    for (int i = 0; i < a->len[s]; i++) scaled[i] = a->buf[s][i] * v;
    SDL_ClearQueuedAudio(a->dev); /* a new sound replaces one still playing */
    SDL_QueueAudio(a->dev, scaled, (Uint32)(sizeof(float) * (size_t)a->len[s]));
    free(scaled);
    SDL_PauseAudioDevice(a->dev, 0);
}

void audio_set_volume(audio *a, int percent)
{
    if (!a) return;
    SDL_LockMutex(a->speech.lock); /* the speech's thread reads it */
    a->volume = percent < 0 ? 0 : percent > 100 ? 100 : percent;
    SDL_UnlockMutex(a->speech.lock);
}

int audio_volume(const audio *a)
{
    return a ? a->volume : 0;
}

bool audio_toggle_mute(audio *a)
{
    if (!a) return true;
    a->muted = !a->muted;
    if (a->muted) {
        close_device(a);
        audio_speech_close(a);
    }
    return a->muted;
}

bool audio_muted(const audio *a)
{
    return !a || a->muted;
}

bool audio_update(audio *a)
{
    if (!a) return false;
    bool speaking = audio_speech_update(a);
    if (!a->dev) return speaking;
    if (SDL_GetQueuedAudioSize(a->dev) > 0) return true;
    close_device(a);
    return speaking;
}
