/* audio.h — short sounds for right, wrong and time up, synthesised at start-up.
 * No sound files: the tones are made here. With no audio device, every call is a no-op.
 */
#ifndef VIGIE_AUDIO_H
#define VIGIE_AUDIO_H

#include <stdbool.h>

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

#endif
