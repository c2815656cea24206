/* app_say.c — `vigie say`: a question's speech, as the game reads it, into a WAV file (16-bit
 * PCM, mono, eSpeak NG's rate) or as text (--text). The text comes from game_speech, the sound
 * from speech/ (the same thread and eSpeak as in the game), collected here instead of played.
 * Also the game's voice: the speech object the window hands to the ui as cfg.voice.
 */
#include "app.h"
#include "app_outfile.h"
#include "app_term.h"
#include "audio/audio.h"
#include "game/game_speech.h"
#include "script/script.h"
#include "speech/speech.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ==== the game's voice ===================================================== */

/* The speech's sound goes to the audio's stream of its own (audio_speech.c). */
static void to_audio(void *ud, const int16_t *pcm, size_t n, int rate)
{
    audio_speech_push(ud, pcm, n, rate);
}

static void flush_audio(void *ud)
{
    audio_speech_flush(ud);
}

struct app_voice {
    speech *sp;
    audio *snd;
};

/* ui_voice's say: the device opens here, on the ui's thread, then the thread speaks. */
static void voice_say(void *ud, const char *text, game_lang lang, int rate)
{
    app_voice *v = ud;
    if (!audio_speech_open(v->snd, 22050)) { /* muted, or no device: nothing to say it on */
        speech_stop(v->sp);
        return;
    }
    speech_say(v->sp, text, lang, rate);
}

static void voice_stop(void *ud)
{
    app_voice *v = ud;
    speech_stop(v->sp);
}

app_voice *app_voice_create(audio *snd, ui_voice *out)
{
    *out = (ui_voice){0};
    app_voice *v = calloc(1, sizeof *v);
    if (!v) return NULL;
    speech_sink sink = {snd, to_audio, flush_audio};
    v->snd = snd;
    v->sp = speech_create(&sink);
    if (!v->sp) {
        free(v);
        return NULL;
    }
    *out = (ui_voice){v, voice_say, voice_stop};
    return v;
}

void app_voice_destroy(app_voice *v)
{
    if (!v) return;
    speech_destroy(v->sp); /* before the audio it feeds */
    free(v);
}

/* ==== collecting the sound ================================================= */

typedef struct {
    int16_t *pcm;
    size_t n, cap;
    int rate;
    bool failed;
} pcm_buf;

static void collect(void *ud, const int16_t *pcm, size_t n, int rate)
{
    pcm_buf *b = ud;
    if (b->failed) return;
    if (b->n + n > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 65536;
        while (cap < b->n + n) cap *= 2;
        int16_t *p = realloc(b->pcm, cap * sizeof *p);
        if (!p) {
            b->failed = true;
            return;
        }
        b->pcm = p;
        b->cap = cap;
    }
    memcpy(b->pcm + b->n, pcm, n * sizeof *pcm);
    b->n += n;
    b->rate = rate;
}

static void le16(unsigned char *p, unsigned v)
{
    p[0] = (unsigned char)v;
    p[1] = (unsigned char)(v >> 8);
}

static void le32(unsigned char *p, uint32_t v)
{
    le16(p, v & 0xFFFF);
    le16(p + 2, v >> 16);
}

/* The RIFF file: a 44-byte header and the samples, little-endian. */
static bool write_wav(const char *path, const pcm_buf *b, char *err, size_t n)
{
    unsigned char h[44];
    uint32_t data = (uint32_t)(b->n * 2);
    memcpy(h, "RIFF", 4);
    le32(h + 4, 36 + data);
    memcpy(h + 8, "WAVEfmt ", 8);
    le32(h + 16, 16);
    le16(h + 20, 1); /* PCM */
    le16(h + 22, 1); /* mono */
    le32(h + 24, (uint32_t)b->rate);
    le32(h + 28, (uint32_t)b->rate * 2);
    le16(h + 32, 2);
    le16(h + 34, 16);
    memcpy(h + 36, "data", 4);
    le32(h + 40, data);
    FILE *f = fopen(path, "wb");
    if (!f) {
        snprintf(err, n, "cannot write %s", path);
        return false;
    }
    bool ok = fwrite(h, 1, sizeof h, f) == sizeof h;
    for (size_t i = 0; ok && i < b->n; i++) {
        unsigned char s[2];
        le16(s, (uint16_t)b->pcm[i]);
        ok = fwrite(s, 1, 2, f) == 2;
    }
    ok = fclose(f) == 0 && ok;
    if (!ok) snprintf(err, n, "cannot write %s (disk full?)", path);
    return ok;
}

/* ==== the command ========================================================== */

int app_cmd_say(int argc, char **argv)
{
    const char *level = NULL, *out = NULL, *phase = "question", *answer = "right";
    size_t question = 1;
    bool print = false, parts = false;
    int rate = UI_SPEECH_RATE_DEF;
    uint64_t seed = 1;
    game_lang lang = app_lang_from_env();
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--out") == 0 && v)
            out = argv[++i];
        else if (strcmp(a, "--text") == 0)
            print = true;
        else if (strcmp(a, "--parts") == 0)
            parts = true;
        else if (strcmp(a, "--phase") == 0 && v) {
            phase = argv[++i];
            if (strcmp(phase, "intro") && strcmp(phase, "question") && strcmp(phase, "feedback")) {
                fprintf(stderr, "vigie say: --phase takes intro, question or feedback\n");
                return 2;
            }
        } else if (strcmp(a, "--answer") == 0 && v) {
            answer = argv[++i];
            if (strcmp(answer, "right") && strcmp(answer, "wrong") && strcmp(answer, "timeout")) {
                fprintf(stderr, "vigie say: --answer takes right, wrong or timeout\n");
                return 2;
            }
        } else if (strcmp(a, "--question") == 0 && v) {
            uint64_t q;
            if (!app_parse_u64(argv[++i], &q) || q < 1) {
                fprintf(stderr, "vigie say: --question counts from 1\n");
                return 2;
            }
            question = (size_t)q;
        } else if (strcmp(a, "--lang") == 0 && v) {
            if (!game_lang_parse(argv[++i], &lang)) {
                fprintf(stderr, "vigie say: --lang takes fr or en\n");
                return 2;
            }
        } else if (strcmp(a, "--rate") == 0 && v) {
            if (!app_access_rate_valid(argv[++i], &rate)) {
                fprintf(stderr, "vigie say: --rate takes words per minute, %d to %d\n",
                        UI_SPEECH_RATE_MIN, UI_SPEECH_RATE_MAX);
                return 2;
            }
        } else if (strcmp(a, "--seed") == 0 && v) {
            if (!app_parse_u64(argv[++i], &seed)) {
                fprintf(stderr, "vigie say: --seed takes a whole number\n");
                return 2;
            }
        } else if (a[0] != '-' && !level)
            level = a;
        else {
            fprintf(stderr, "vigie say: unexpected argument \"%s\"\n", a);
            return 2;
        }
    }
    if (!level || (!out && !print)) return APP_USAGE;
    char err[PATH_MAX + 512];
    if (out && !app_outfile_check(out, err, sizeof err)) {
        app_term_line(stderr, "vigie say: %s", err);
        return 1;
    }

    int status = 1;
    script_options opt = {.has_seed = true, .seed = seed, .quiet = true};
    script_level *sl = NULL;
    game_session *s = NULL;
    game_error gerr = {0};
    pcm_buf pcm = {0};
    if (!script_level_load(level, &opt, NULL, NULL, &sl, &gerr)) {
        app_term_line(stderr, "%s:%d: %s", gerr.file[0] ? gerr.file : level,
                      gerr.line > 0 ? gerr.line : 1, gerr.message);
        goto done;
    }
    const game_level *lv = script_level_data(sl);
    if (question > lv->nquestions) {
        fprintf(stderr, "vigie say: %s has %zu question%s: --question takes 1 to %zu\n", level,
                lv->nquestions, lv->nquestions == 1 ? "" : "s", lv->nquestions);
        goto done;
    }
    /* the choices in the order the window shows them with this seed: its first level opened
     * (ui_open_level) plays under seed + that step of its generator, as `vigie shot` does */
    s = game_session_create(script_level_score, sl, seed + 1442695040888963407ULL);
    if (!s || !game_session_begin(s, lv, 0, &gerr) || !game_session_jump(s, question - 1, 0)) {
        app_term_line(stderr, "%s:%d: %s", level, gerr.line > 0 ? gerr.line : 1,
                      gerr.message[0] ? gerr.message : "out of memory");
        goto done;
    }
    const game_question *q = &lv->questions[question - 1];
    size_t shown[GAME_MAX_CHOICES];
    for (size_t p = 0; p < q->nchoices && p < GAME_MAX_CHOICES; p++)
        shown[p] = game_session_choice_at(s, p);
    game_answer ans = {.answered = true,
                       .correct = strcmp(answer, "right") == 0,
                       .timeout = strcmp(answer, "timeout") == 0};
    game_speech_in in = {.level = lv,
                         .q = q,
                         .index = question - 1,
                         .lang = lang,
                         .shown = shown,
                         .order = game_session_draft(s)->order,
                         .answer = &ans};
    in.phase = strcmp(phase, "intro") == 0      ? GAME_PHASE_INTRO
               : strcmp(phase, "feedback") == 0 ? GAME_PHASE_FEEDBACK
                                                : GAME_PHASE_QUESTION;
    static char text[16384];
    if (parts)
        game_speech_parts(q, lang, text, sizeof text);
    else
        game_speech_text(&in, text, sizeof text);
    if (!text[0]) {
        fprintf(stderr, "vigie say: %s\n",
                parts ? "--parts reads a hotspot's mock-up: this question has none"
                      : "nothing to read there");
        goto done;
    }
    if (print) printf("%s\n", text);
    if (out) {
        speech_sink sink = {&pcm, collect, NULL};
        speech *sp = speech_create(&sink);
        if (!sp) goto done;
        speech_say(sp, text, lang, rate);
        speech_wait(sp);
        char why[200];
        snprintf(why, sizeof why, "%s", speech_error(sp));
        speech_destroy(sp);
        if (why[0] || pcm.failed || pcm.n == 0) {
            fprintf(stderr, "vigie say: %s\n", why[0] ? why : "eSpeak NG made no sound");
            goto done;
        }
        /* a WAV has no end mark: its last samples serve, so that a cut file is caught */
        unsigned char tail[16];
        size_t ntail = pcm.n < 8 ? pcm.n * 2 : 16;
        for (size_t i = 0; i < ntail / 2; i++)
            le16(tail + 2 * i, (uint16_t)pcm.pcm[pcm.n - ntail / 2 + i]);
        app_outfile of;
        if (app_outfile_begin(&of, out, err, sizeof err) &&
            app_outfile_end(&of, write_wav(of.tmp, &pcm, err, sizeof err), tail, ntail, err,
                            sizeof err))
            status = 0;
        else
            app_term_line(stderr, "vigie say: %s", err);
    } else {
        status = 0;
    }
done:
    free(pcm.pcm);
    game_session_destroy(s);
    script_level_unload(sl);
    return status;
}
