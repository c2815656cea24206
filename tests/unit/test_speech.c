/* test_speech.c — speech (issue 17): what is read (game_speech), the speech's thread (started at
 * the first say only, a stop leaves it idle), the ui that reads the screens through cfg.voice,
 * the audio's stream, and `vigie say` writing a WAV. No timing asserts: waits are on the
 * speech's own condition (speech_wait), or bounded polls that only fail on a hang. */
#include "render/ui_fixture.h"

#include "audio/audio.h"
#include "game/game_speech.h"
#include "speech/speech.h"

#include <stdint.h>
#include <unistd.h>

#define PHISHING VIGIE_SOURCE_DIR "/levels/lycee/phishing-basics.lua"

/* ==== what is read ========================================================= */

typedef struct {
    script_level *sl;
    const game_level *lv;
    game_session *s;
} loaded;

static void load(loaded *l, const char *path, uint64_t seed)
{
    game_error err = {0};
    script_options opt = {.has_seed = true, .seed = seed, .quiet = true};
    cr_assert(script_level_load(path, &opt, NULL, NULL, &l->sl, &err), "%s", err.message);
    l->lv = script_level_data(l->sl);
    l->s = game_session_create(script_level_score, l->sl, seed);
    cr_assert(game_session_begin(l->s, l->lv, 0, &err), "%s", err.message);
}

static void unload(loaded *l)
{
    game_session_destroy(l->s);
    script_level_unload(l->sl);
}

static size_t first_of_kind(const game_level *lv, game_kind k)
{
    for (size_t i = 0; i < lv->nquestions; i++)
        if (lv->questions[i].kind == k) return i;
    cr_assert_fail("no question of kind %s", game_kind_name(k));
    return 0;
}

static void cleaned(const char *s, char *buf, size_t n, game_lang lang)
{
    buf[0] = '\0';
    game_speech_append_clean(buf, n, s, lang);
}

Test(game_speech, a_choice_is_read_with_its_prompt_and_every_choice_by_its_displayed_letter)
{
    for (int lang = 0; lang < GAME_LANG_COUNT; lang++) {
        loaded l;
        load(&l, PHISHING, 7);
        size_t qi = first_of_kind(l.lv, GAME_KIND_CHOICE);
        cr_assert(game_session_jump(l.s, qi, 0));
        const game_question *q = &l.lv->questions[qi];
        size_t shown[GAME_MAX_CHOICES];
        for (size_t p = 0; p < q->nchoices; p++) shown[p] = game_session_choice_at(l.s, p);
        game_speech_in in = {.level = l.lv,
                             .q = q,
                             .index = qi,
                             .phase = GAME_PHASE_QUESTION,
                             .lang = (game_lang)lang,
                             .shown = shown};
        char text[8192], want[1024];
        cr_assert_gt(game_speech_text(&in, text, sizeof text), 0);
        cleaned(game_text_get(&q->prompt, (game_lang)lang), want, sizeof want, (game_lang)lang);
        cr_assert(strstr(text, want), "the prompt \"%s\" in \"%s\"", want, text);
        const char *at = text;
        for (size_t p = 0; p < q->nchoices; p++) {
            char head[32], choice[1024];
            snprintf(head, sizeof head,
                     lang == GAME_LANG_FR ? "Réponse %c : " : "Answer %c: ", 'A' + (int)p);
            cleaned(game_text_get(&q->choices[shown[p]], (game_lang)lang), choice, sizeof choice,
                    (game_lang)lang);
            strncat(head, choice, sizeof head - strlen(head) - 1); /* its start is enough */
            const char *found = strstr(at, head);
            cr_assert(found, "\"%s\" after the choices before it in \"%s\"", head, text);
            at = found + strlen(head);
        }
        unload(&l);
    }
}

Test(game_speech, the_feedback_says_the_verdict_the_right_answer_and_the_explanation)
{
    loaded l;
    load(&l, PHISHING, 3);
    const game_question *q = &l.lv->questions[0];
    size_t shown[GAME_MAX_CHOICES];
    for (size_t p = 0; p < q->nchoices; p++) shown[p] = game_session_choice_at(l.s, p);
    game_answer wrong = {.answered = true}, late = {.answered = true, .timeout = true};
    game_speech_in in = {.level = l.lv,
                         .q = q,
                         .phase = GAME_PHASE_FEEDBACK,
                         .lang = GAME_LANG_FR,
                         .shown = shown,
                         .answer = &wrong};
    char text[8192], why[4096];
    game_speech_text(&in, text, sizeof text);
    cleaned(game_text_get(&q->explain, GAME_LANG_FR), why, sizeof why, GAME_LANG_FR);
    cr_assert(strstr(text, "Mauvaise réponse."), "%s", text);
    cr_assert(strstr(text, "La bonne réponse : Réponse "), "%s", text);
    cr_assert(strstr(text, why), "the explanation in \"%s\"", text);
    in.answer = &late;
    in.lang = GAME_LANG_EN;
    game_speech_text(&in, text, sizeof text);
    cleaned(game_text_get(&q->explain, GAME_LANG_EN), why, sizeof why, GAME_LANG_EN);
    cr_assert(strstr(text, "Time is up.") && strstr(text, why), "%s", text);
    unload(&l);
}

Test(game_speech, a_hotspots_parts_are_read_in_order_on_request_only)
{
    loaded l;
    load(&l, PHISHING, 1);
    size_t qi = first_of_kind(l.lv, GAME_KIND_HOTSPOT);
    const game_question *q = &l.lv->questions[qi];
    char text[8192], part[1024];
    game_speech_in in = {
        .level = l.lv, .q = q, .index = qi, .phase = GAME_PHASE_QUESTION, .lang = GAME_LANG_FR};
    game_speech_text(&in, text, sizeof text);
    cr_assert(strstr(text, "F3"), "the question says how to hear the parts: %s", text);
    cleaned(game_text_get(&q->parts[0].text, GAME_LANG_FR), part, sizeof part, GAME_LANG_FR);
    cr_assert_null(strstr(text, part), "the parts wait for F3: %s", text);
    cr_assert_gt(game_speech_parts(q, GAME_LANG_FR, text, sizeof text), 0);
    const char *at = text;
    for (size_t i = 0; i < q->nparts; i++) {
        cleaned(game_text_get(&q->parts[i].text, GAME_LANG_FR), part, sizeof part, GAME_LANG_FR);
        const char *found = strstr(at, part);
        cr_assert(found, "part %zu \"%s\" after the ones before it in \"%s\"", i, part, text);
        at = found + strlen(part);
    }
    cr_assert_eq(game_speech_parts(&l.lv->questions[0], GAME_LANG_FR, text, sizeof text), 0);
    unload(&l);
}

Test(game_speech, decorations_are_not_read)
{
    char out[256];
    cleaned("Un « faux » mail 🎣 : lien → piège\nfin. 19\u202f000\u00a0€", out, sizeof out,
            GAME_LANG_FR);
    cr_assert_str_eq(out, "Un faux mail : lien, piège fin. 19000 €");
    cleaned("26⁸, 1,9 × 10⁷", out, sizeof out, GAME_LANG_FR);
    cr_assert_str_eq(out, "26 puissance 8, 1,9 fois 10 puissance 7");
    cleaned("10¹² × 2", out, sizeof out, GAME_LANG_EN);
    cr_assert_str_eq(out, "10 to the power of 12 times 2");
}

/* ==== the thread =========================================================== */

typedef struct {
    size_t samples;
    int peak;
    int rate;
    unsigned flushes;
} counted;

static void count_pcm(void *ud, const int16_t *pcm, size_t n, int rate)
{
    counted *c = ud;
    c->samples += n;
    c->rate = rate;
    for (size_t i = 0; i < n; i++)
        if (abs(pcm[i]) > c->peak) c->peak = abs(pcm[i]);
}

static void count_flush(void *ud)
{
    ((counted *)ud)->flushes++;
}

Test(speech, nothing_starts_before_the_first_say)
{
    counted c = {0};
    speech *s = speech_create(&(speech_sink){&c, count_pcm, count_flush});
    cr_assert(speech_idle(s));
    speech_stop(s); /* a stop before any say starts nothing either */
    speech_wait(s);
    cr_assert_not(speech_started(s));
    cr_assert_eq(speech_init_count(), 0);
    speech_destroy(s);
    cr_assert_eq(speech_init_count(), 0);
}

Test(speech, a_say_makes_sound_and_a_stop_leaves_it_idle)
{
    counted c = {0};
    speech *s = speech_create(&(speech_sink){&c, count_pcm, count_flush});
    speech_say(s, "Bonjour. Ceci est un test de la synthèse vocale.", GAME_LANG_FR, 0);
    speech_wait(s);
    cr_assert(speech_started(s), "%s", speech_error(s));
    cr_assert_eq(speech_init_count(), 1);
    cr_assert_gt(c.samples, 22050 / 2, "half a second at least: %zu samples", c.samples);
    cr_assert_gt(c.peak, 1000, "not silence");
    cr_assert_eq(c.rate, 22050);
    /* a long text, stopped at once: say and stop return, and it ends idle */
    static char longer[20000];
    for (size_t i = 0; i < 200; i++) strcat(longer, "Une phrase de plus à lire. ");
    speech_say(s, longer, GAME_LANG_FR, 300);
    speech_stop(s);
    speech_wait(s);
    cr_assert(speech_idle(s));
    /* and it still speaks afterwards, in English, without starting eSpeak again */
    size_t before = c.samples;
    speech_say(s, "Hello again.", GAME_LANG_EN, 200);
    speech_wait(s);
    cr_assert_gt(c.samples, before);
    cr_assert_eq(speech_init_count(), 1);
    speech_destroy(s);
}

/* ==== the ui reads the screens ============================================= */

typedef struct {
    speech *sp;
    counted c;
    unsigned says, stops;
    char last[8192];
} fake_voice;

static void fv_say(void *ud, const char *text, game_lang lang, int rate)
{
    fake_voice *v = ud;
    v->says++;
    snprintf(v->last, sizeof v->last, "%s", text);
    speech_say(v->sp, text, lang, rate);
}

static void fv_stop(void *ud)
{
    fake_voice *v = ud;
    v->stops++;
    speech_stop(v->sp);
}

static void open_ui(ui_fixture *f, fake_voice *v, bool speech_on)
{
    char err[256];
    game_error gerr = {0};
    f->g = gfx_create_offscreen(1280, 720, err, sizeof err);
    cr_assert_not_null(f->g, "%s", err);
    cr_assert(script_catalog_load(&f->cat, &gerr), "%s", gerr.message);
    app_levels_load_file(&f->lv, PHISHING, 1);
    v->sp = speech_create(&(speech_sink){&v->c, count_pcm, count_flush});
    ui_config cfg = {.lang = GAME_LANG_FR, .seed = 1};
    cfg.access.speech = speech_on;
    cfg.voice = (ui_voice){v, fv_say, fv_stop};
    f->u = ui_create(f->g, NULL, &f->cat, f->lv.packs, f->lv.npacks, &cfg);
    f->now = 1000;
    cr_assert(ui_goto(f->u, "question", 1, UI_ANSWER_RIGHT, &f->now, &gerr), "%s", gerr.message);
    ui_draw(f->u, f->now);
}

static void close_ui(ui_fixture *f, fake_voice *v)
{
    ui_fixture_close(f);
    speech_destroy(v->sp);
}

Test(ui_speech, speech_off_never_starts_espeak_and_turned_on_it_reads_the_screen)
{
    ui_fixture f;
    fake_voice v = {0};
    open_ui(&f, &v, false);
    ui_fixture_press(f.u, SDLK_a, &f.now); /* answers: the feedback shows */
    ui_fixture_press(f.u, SDLK_F2, &f.now);
    ui_fixture_press(f.u, SDLK_F3, &f.now);
    cr_assert_eq(v.says, 0);
    cr_assert_eq(speech_init_count(), 0, "speech off: eSpeak never initialised");
    cr_assert_not(speech_started(v.sp));
    /* the settings screen turns it on: the screen shown is read */
    ui_access a = *ui_access_get(f.u);
    a.speech = true;
    ui_access_set(f.u, &a);
    ui_draw(f.u, f.now);
    cr_assert_eq(v.says, 1);
    cr_assert(strstr(v.last, "Explication"), "the feedback: %s", v.last);
    speech_wait(v.sp);
    cr_assert(speech_started(v.sp));
    cr_assert_gt(v.c.samples, 0);
    close_ui(&f, &v);
}

Test(ui_speech, the_question_is_read_once_again_on_F2_and_the_screen_change_reads_the_next)
{
    ui_fixture f;
    fake_voice v = {0};
    open_ui(&f, &v, true);
    cr_assert_eq(v.says, 1);
    cr_assert(strstr(v.last, "Question 1 sur 10") && strstr(v.last, "Réponse A : "), "%s", v.last);
    char question[8192];
    snprintf(question, sizeof question, "%s", v.last);
    ui_draw(f.u, f.now += 500); /* a redraw of the same screen says nothing more */
    cr_assert_eq(v.says, 1);
    ui_fixture_press(f.u, SDLK_F2, &f.now);
    cr_assert_eq(v.says, 2);
    cr_assert_str_eq(v.last, question);
    ui_fixture_press(f.u, SDLK_a, &f.now);
    cr_assert_eq(v.says, 3);
    cr_assert(strstr(v.last, "réponse") && strstr(v.last, "Explication"), "%s", v.last);
    speech_wait(v.sp);
    close_ui(&f, &v);
}

Test(ui_speech, F3_reads_the_mock_up_of_a_hotspot)
{
    ui_fixture f;
    fake_voice v = {0};
    open_ui(&f, &v, true);
    game_error gerr = {0};
    size_t qi = first_of_kind(f.lv.packs[0].levels[0].level, GAME_KIND_HOTSPOT);
    cr_assert(ui_goto(f.u, "question", qi + 1, UI_ANSWER_RIGHT, &f.now, &gerr), "%s", gerr.message);
    ui_draw(f.u, f.now);
    unsigned says = v.says;
    ui_fixture_press(f.u, SDLK_F3, &f.now);
    cr_assert_eq(v.says, says + 1);
    cr_assert(strstr(v.last, "La maquette, dans l'ordre."), "%s", v.last);
    speech_wait(v.sp);
    close_ui(&f, &v);
}

Test(ui_speech, the_results_say_the_score_and_the_menu_its_level_in_focus)
{
    ui_fixture f;
    fake_voice v = {0};
    open_ui(&f, &v, true);
    game_error gerr = {0};
    cr_assert(ui_goto(f.u, "results", 1, UI_ANSWER_RIGHT, &f.now, &gerr), "%s", gerr.message);
    ui_draw(f.u, f.now);
    cr_assert(strstr(v.last, "Score : ") && strstr(v.last, " sur "), "%s", v.last);
    cr_assert(ui_goto(f.u, "menu", 1, UI_ANSWER_RIGHT, &f.now, &gerr), "%s", gerr.message);
    ui_draw(f.u, f.now);
    const game_level *lv = f.lv.packs[0].levels[0].level;
    char title[256];
    cleaned(game_text_get(&lv->title, GAME_LANG_FR), title, sizeof title, GAME_LANG_FR);
    cr_assert_str_eq(v.last, title);
    unsigned stops = v.stops;
    cr_assert(ui_goto(f.u, "title", 1, UI_ANSWER_RIGHT, &f.now, &gerr), "%s", gerr.message);
    ui_draw(f.u, f.now);
    cr_assert_eq(v.stops, stops + 1, "a screen with nothing to read silences the speech");
    speech_wait(v.sp);
    close_ui(&f, &v);
}

/* ==== through SDL's audio ================================================== */

Test(audio_speech, the_speech_is_queued_on_the_audio_device)
{
    cr_assert_eq(SDL_Init(0), 0);
    audio *a = audio_create(80);
    cr_assert(audio_speech_open(a, 22050), "%s", SDL_GetError());
    int16_t pcm[512];
    for (size_t i = 0; i < 512; i++) pcm[i] = (int16_t)(i * 40);
    audio_speech_push(a, pcm, 512, 22050);
    audio_speech_push(a, pcm, 512, 44100); /* another rate: dropped */
    cr_assert_eq(audio_speech_fed(a), 512);
    audio_speech_flush(a);
    audio_toggle_mute(a);
    cr_assert_not(audio_speech_open(a, 22050), "muted: no speech");
    audio_speech_push(a, pcm, 512, 22050);
    cr_assert_eq(audio_speech_fed(a), 512);
    audio_destroy(a);
    SDL_Quit();
}

/* ==== vigie say ============================================================ */

static void check_wav(const char *path)
{
    FILE *f = fopen(path, "rb");
    cr_assert_not_null(f, "%s was written", path);
    unsigned char h[44];
    cr_assert_eq(fread(h, 1, 44, f), 44);
    cr_assert(memcmp(h, "RIFF", 4) == 0 && memcmp(h + 8, "WAVEfmt ", 8) == 0);
    uint32_t rate = h[24] | h[25] << 8 | h[26] << 16 | (uint32_t)h[27] << 24;
    uint32_t data = h[40] | h[41] << 8 | h[42] << 16 | (uint32_t)h[43] << 24;
    cr_assert_eq(h[20] | h[21] << 8, 1, "PCM");
    cr_assert_eq(h[22] | h[23] << 8, 1, "mono");
    cr_assert_eq(h[34] | h[35] << 8, 16, "16-bit");
    cr_assert_eq(rate, 22050);
    cr_assert_gt(data, rate * 2, "more than a second of speech: %u bytes", data);
    int peak = 0;
    unsigned char s[2];
    uint32_t read = 0;
    while (fread(s, 1, 2, f) == 2) {
        int v = (int16_t)(s[0] | s[1] << 8);
        if (abs(v) > peak) peak = abs(v);
        read += 2;
    }
    fclose(f);
    cr_assert_eq(read, data, "the header says the file's length");
    cr_assert_gt(peak, 1000, "not silence");
}

Test(vigie_say, writes_a_wav_in_french_and_in_english)
{
    char dir[] = "/tmp/vigie-say-XXXXXX", cmd[1024], wav[128];
    cr_assert_not_null(mkdtemp(dir));
    const char *langs[] = {"fr", "en"};
    for (int i = 0; i < 2; i++) {
        snprintf(wav, sizeof wav, "%s/q-%s.wav", dir, langs[i]);
        snprintf(cmd, sizeof cmd, "%s say %s --question 2 --lang %s --out %s 2>&1", VIGIE_BIN,
                 PHISHING, langs[i], wav);
        const char *out;
        cr_assert_eq(run_capture(cmd, &out), 0, "%s", out);
        check_wav(wav);
    }
    remove_tree(dir);
}

Test(vigie_say, text_prints_what_is_read_and_errors_are_clear)
{
    char cmd[1024];
    const char *out;
    snprintf(cmd, sizeof cmd,
             "%s say %s --question 1 --phase feedback --answer wrong --lang en --text 2>&1",
             VIGIE_BIN, PHISHING);
    cr_assert_eq(run_capture(cmd, &out), 0, "%s", out);
    cr_assert(strstr(out, "Wrong.") && strstr(out, "Why: "), "%s", out);
    snprintf(cmd, sizeof cmd, "%s say %s --question 99 --text 2>&1", VIGIE_BIN, PHISHING);
    cr_assert_eq(run_capture(cmd, &out), 1);
    cr_assert(strstr(out, "--question takes 1 to 10"), "%s", out);
    snprintf(cmd, sizeof cmd, "%s say /nonexistent/level.lua --text 2>&1", VIGIE_BIN);
    cr_assert_eq(run_capture(cmd, &out), 1, "%s", out);
    snprintf(cmd, sizeof cmd, "%s say %s 2>&1", VIGIE_BIN, PHISHING);
    cr_assert_eq(run_capture(cmd, &out), 2, "neither --out nor --text: %s", out);
    cr_assert(strstr(out, "vigie say LEVEL"), "the usage: %s", out);
}
