/* audio.h — short sounds for right, wrong and time up, synthesised at start-up.
 * No sound files: the tones are made here. With no audio device, every call is a no-op.
 */
#ifndef VIGIE_AUDIO_H
#define VIGIE_AUDIO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum { AUDIO_RIGHT = 0, AUDIO_WRONG, AUDIO_TIMEUP, AUDIO_CLICK, AUDIO_COUNT } audio_sound;

typedef struct audio audio;

/* Opens the default device; returns an object that is silent when there is none. */
audio *audio_create(int volume_percent);
void audio_destroy(audio *a);
void audio_play(audio *a, audio_sound s);
void audio_set_volume(audio *a, int percent);
int audio_volume(const audio *a);
/* Returns the new state: true when muted. */
bool audio_toggle_mute(audio *a);
bool audio_muted(const audio *a);
/* Pauses the device once a sound has finished, so that an idle game has no audio thread
 * waking up; returns true while a sound is still playing (call again a little later). */
bool audio_update(audio *a);

/* ---- speech (audio_speech.c): the speech's PCM on a device of its own, beside the effects,
 * at the same volume and muted with them. The device opens from the ui's thread before a say
 * and closes by itself (audio_update) once the speech has been quiet for a while. ---- */

/* Opens the speech's device for mono 16-bit PCM at rate Hz (the ui's thread); false when muted,
 * at volume 0 or without a device. */
bool audio_speech_open(audio *a, int rate);
/* From any thread: queues n samples (at the volume); dropped when the device is closed or at
 * another rate. */
void audio_speech_push(audio *a, const int16_t *pcm, size_t n, int rate);
/* From any thread: drops whatever is queued (a newer text, a stop). */
void audio_speech_flush(audio *a);
/* Samples queued since a was made (the tests: speech reaches the audio). */
unsigned long audio_speech_fed(audio *a);

#endif
