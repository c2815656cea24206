/* speech.c — eSpeak NG on a thread of its own. The ui's frame only posts the latest text and
 * signals; the thread initialises eSpeak on its first utterance (AUDIO_OUTPUT_SYNCHRONOUS: the
 * PCM comes back through the synth callback, and goes to the sink), and a newer text or a stop
 * aborts the synthesis at its next chunk. eSpeak NG keeps global state: one speech object at a
 * time may hold it (the first to speak); another says why it stays silent.
 */
#include "speech.h"

#include <espeak-ng/speak_lib.h>

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct speech {
    speech_sink sink;
    pthread_mutex_t lock;
    pthread_cond_t wake; /* a text waits, or quit */
    pthread_cond_t idle; /* the thread has nothing to do */
    pthread_t thread;
    bool running; /* the thread exists */
    bool quit;
    char *pending; /* the latest text, owned; NULL: none */
    game_lang pending_lang;
    int pending_rate;
    bool busy;         /* synthesising */
    atomic_uint gen;   /* bumped by every say and stop: the synthesis of an older one aborts */
    unsigned said_gen; /* the generation being synthesised */
    /* the thread's own */
    bool started;    /* written under lock: speech_started reads it from the ui's thread */
    int sample_rate; /* eSpeak's, Hz */
    int voice;       /* the language set in eSpeak, -1 none */
    char error[160];
};

static pthread_mutex_t owner_lock = PTHREAD_MUTEX_INITIALIZER;
static speech *owner; /* the object that holds eSpeak */
static atomic_uint init_count;

unsigned speech_init_count(void)
{
    return atomic_load(&init_count);
}

/* ==== the thread =========================================================== */

/* eSpeak's synth callback: n samples (NULL at the end). Returns 1 to abort. */
static int on_synth(short *wav, int n, espeak_EVENT *ev)
{
    speech *s = ev ? ev->user_data : NULL; /* espeak_Synth's user_data */
    if (!s) return 1;
    /* checked and handed over under the lock that say and stop bump gen under: nothing of an
     * older text reaches the sink after their flush */
    pthread_mutex_lock(&s->lock);
    bool stale = atomic_load(&s->gen) != s->said_gen;
    if (!stale && wav && n > 0 && s->sink.pcm)
        s->sink.pcm(s->sink.ud, wav, (size_t)n, s->sample_rate);
    pthread_mutex_unlock(&s->lock);
    if (stale) return 1;
    return 0;
}

static bool start_espeak(speech *s)
{
    pthread_mutex_lock(&owner_lock);
    bool free_to_take = owner == NULL;
    if (free_to_take) owner = s;
    pthread_mutex_unlock(&owner_lock);
    if (!free_to_take) {
        snprintf(s->error, sizeof s->error, "eSpeak NG is already used by another voice");
        return false;
    }
    /* 100 ms chunks: a stop or a newer text is heard within one */
    int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 100, NULL, espeakINITIALIZE_DONT_EXIT);
    atomic_fetch_add(&init_count, 1);
    if (rate <= 0) {
        snprintf(s->error, sizeof s->error,
                 "eSpeak NG could not start (is espeak-ng-data installed?)");
        pthread_mutex_lock(&owner_lock);
        owner = NULL;
        pthread_mutex_unlock(&owner_lock);
        return false;
    }
    espeak_SetSynthCallback(on_synth);
    s->sample_rate = rate;
    pthread_mutex_lock(&s->lock);
    s->started = true;
    pthread_mutex_unlock(&s->lock);
    return true;
}

static void synthesise(speech *s, const char *text, game_lang lang, int rate)
{
    if (!s->started && !s->error[0] && !start_espeak(s)) return;
    if (!s->started) return;
    if (s->voice != (int)lang) {
        if (espeak_SetVoiceByName(game_lang_code(lang)) != EE_OK) return;
        s->voice = (int)lang;
    }
    espeak_SetParameter(espeakRATE, rate, 0);
    espeak_SetParameter(espeakPUNCTUATION, espeakPUNCT_NONE, 0);
    if (s->sink.flush) s->sink.flush(s->sink.ud);
    espeak_Synth(text, strlen(text) + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, NULL, s);
}

static void *run(void *arg)
{
    speech *s = arg;
    pthread_mutex_lock(&s->lock);
    for (;;) {
        while (!s->quit && !s->pending) {
            s->busy = false;
            pthread_cond_broadcast(&s->idle);
            pthread_cond_wait(&s->wake, &s->lock);
        }
        if (s->quit) break;
        char *text = s->pending;
        game_lang lang = s->pending_lang;
        int rate = s->pending_rate;
        s->pending = NULL;
        s->busy = true;
        s->said_gen = atomic_load(&s->gen);
        pthread_mutex_unlock(&s->lock);
        synthesise(s, text, lang, rate);
        free(text);
        pthread_mutex_lock(&s->lock);
    }
    s->busy = false;
    pthread_cond_broadcast(&s->idle);
    pthread_mutex_unlock(&s->lock);
    if (s->started) {
        espeak_Terminate();
        pthread_mutex_lock(&owner_lock);
        owner = NULL;
        pthread_mutex_unlock(&owner_lock);
    }
    return NULL;
}

/* ==== the ui's side ========================================================= */

speech *speech_create(const speech_sink *sink)
{
    speech *s = calloc(1, sizeof *s);
    if (!s) return NULL;
    if (sink) s->sink = *sink;
    pthread_mutex_init(&s->lock, NULL);
    pthread_cond_init(&s->wake, NULL);
    pthread_cond_init(&s->idle, NULL);
    atomic_init(&s->gen, 0);
    s->voice = -1;
    return s;
}

void speech_destroy(speech *s)
{
    if (!s) return;
    pthread_mutex_lock(&s->lock);
    s->quit = true;
    atomic_fetch_add(&s->gen, 1);
    pthread_cond_signal(&s->wake);
    pthread_mutex_unlock(&s->lock);
    if (s->running) pthread_join(s->thread, NULL);
    free(s->pending);
    pthread_cond_destroy(&s->idle);
    pthread_cond_destroy(&s->wake);
    pthread_mutex_destroy(&s->lock);
    free(s);
}

void speech_say(speech *s, const char *text, game_lang lang, int rate)
{
    if (!s) return;
    if (!text || !*text) {
        speech_stop(s);
        return;
    }
    char *copy = strdup(text);
    if (!copy) return;
    if (rate <= 0) rate = SPEECH_RATE_DEF;
    if (rate < SPEECH_RATE_MIN) rate = SPEECH_RATE_MIN;
    if (rate > SPEECH_RATE_MAX) rate = SPEECH_RATE_MAX;
    pthread_mutex_lock(&s->lock);
    if (!s->running) {
        s->running = pthread_create(&s->thread, NULL, run, s) == 0;
        if (!s->running) {
            pthread_mutex_unlock(&s->lock);
            free(copy);
            return;
        }
    }
    free(s->pending);
    s->pending = copy;
    s->pending_lang = lang;
    s->pending_rate = rate;
    atomic_fetch_add(&s->gen, 1); /* the one being made gives way */
    pthread_cond_signal(&s->wake);
    pthread_mutex_unlock(&s->lock);
}

void speech_stop(speech *s)
{
    if (!s) return;
    pthread_mutex_lock(&s->lock);
    free(s->pending);
    s->pending = NULL;
    atomic_fetch_add(&s->gen, 1);
    bool was = s->running;
    pthread_mutex_unlock(&s->lock);
    /* what was already handed to the sink stops too (the sink is thread-safe: audio/'s is) */
    if (was && s->sink.flush) s->sink.flush(s->sink.ud);
}

bool speech_idle(speech *s)
{
    if (!s) return true;
    pthread_mutex_lock(&s->lock);
    bool idle = !s->pending && !s->busy;
    pthread_mutex_unlock(&s->lock);
    return idle;
}

void speech_wait(speech *s)
{
    if (!s) return;
    pthread_mutex_lock(&s->lock);
    while (s->running && (s->pending || s->busy)) pthread_cond_wait(&s->idle, &s->lock);
    pthread_mutex_unlock(&s->lock);
}

bool speech_started(speech *s)
{
    if (!s) return false;
    pthread_mutex_lock(&s->lock); /* the thread sets it before it goes idle */
    bool st = s->started;
    pthread_mutex_unlock(&s->lock);
    return st;
}

const char *speech_error(speech *s)
{
    return s ? s->error : "";
}

void speech_voice_say(void *ud, const char *text, game_lang lang, int rate)
{
    speech_say(ud, text, lang, rate);
}

void speech_voice_stop(void *ud)
{
    speech_stop(ud);
}
