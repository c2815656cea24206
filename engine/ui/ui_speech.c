/* ui_speech.c — what the speech says, and when: after a frame is drawn, a screen that shows
 * something new (a question, its feedback, a level's intro or results, the menu's focused
 * level) is read aloud through cfg.voice, replacing what was being said; a screen with nothing
 * to read silences it. F2 says the last text again; F3 reads a hotspot's mock-up part by part.
 * The texts are the model's (game_speech.c); this file only watches the screens. Silent unless
 * cfg.access.speech is on and the app gave a voice.
 */
#include "game/game_speech.h"
#include "ui_internal.h"

#include <stdlib.h>
#include <string.h>

#define SPEECH_TEXT_MAX 8192

/* What the screen shows, as far as speech cares: a change is something new to read. */
typedef struct {
    ui_screen screen;
    game_phase phase;
    size_t question;
    unsigned gen;
    game_lang lang;
    int menu_focus;
    const void *level;
} shown_key;

struct ui_speech_state {
    shown_key key;
    bool seen;     /* key holds a screen already read */
    bool speaking; /* something was said and not stopped */
    char last[SPEECH_TEXT_MAX];
};

static bool on(const ui *u)
{
    return u->cfg.access.speech && u->cfg.voice.say;
}

static void say(ui *u, const char *text)
{
    struct ui_speech_state *st = u->speech;
    if (!text[0]) {
        if (st->speaking && u->cfg.voice.stop) u->cfg.voice.stop(u->cfg.voice.ud);
        st->speaking = false;
        return;
    }
    u->cfg.voice.say(u->cfg.voice.ud, text, u->lang, u->cfg.access.speech_rate);
    st->speaking = true;
}

static shown_key key_of(const ui *u)
{
    shown_key k;
    memset(&k, 0, sizeof k); /* compared with memcmp: the padding too */
    k.screen = u->screen;
    k.lang = u->lang;
    k.menu_focus = -1;
    if (u->screen == UI_SCREEN_GAME && u->session) {
        k.phase = game_session_phase(u->session);
        k.question = game_session_question_index(u->session);
        k.gen = u->question.gen;
        k.level = game_session_level(u->session);
    } else if (u->screen == UI_SCREEN_MENU) {
        k.menu_focus = u->menu.focus;
    }
    return k;
}

/* The text of the screen shown, into buf ("" when it has none to read). */
static void screen_text(ui *u, char *buf, size_t n)
{
    buf[0] = '\0';
    if (u->screen == UI_SCREEN_MENU) {
        if (u->menu.focus < 0 || (size_t)u->menu.focus >= u->menu.nitems) return;
        ui_menu_item it = u->menu.items[u->menu.focus];
        const game_level *lv = u->packs[it.pack].levels[it.level].level;
        if (lv) game_speech_append_clean(buf, n, game_text_get(&lv->title, u->lang), u->lang);
        return;
    }
    if (u->screen != UI_SCREEN_GAME || !u->session) return;
    const game_level *lv = game_session_level(u->session);
    if (!lv) return;
    game_speech_in in = {.level = lv,
                         .phase = game_session_phase(u->session),
                         .lang = u->lang,
                         .index = game_session_question_index(u->session),
                         .q = game_session_question(u->session)};
    size_t shown[GAME_MAX_CHOICES];
    if (in.q) {
        for (size_t p = 0; p < in.q->nchoices && p < GAME_MAX_CHOICES; p++)
            shown[p] = game_session_choice_at(u->session, p);
        in.shown = shown;
        in.order = game_session_draft(u->session)->order;
        in.answer = game_session_answer(u->session, in.index);
    }
    if (in.phase == GAME_PHASE_RESULTS) {
        in.score = game_session_score(u->session);
        in.max_score = game_session_max_score(u->session);
        in.correct = game_session_correct_count(u->session);
    }
    game_speech_text(&in, buf, n);
}

void ui_speech_follow(ui *u)
{
    if (!on(u)) {
        if (u->speech && u->speech->speaking) say(u, ""); /* turned off while speaking */
        return;
    }
    if (!u->speech && !(u->speech = calloc(1, sizeof *u->speech))) return;
    struct ui_speech_state *st = u->speech;
    shown_key k = key_of(u);
    if (st->seen && memcmp(&k, &st->key, sizeof k) == 0) return;
    st->seen = true;
    st->key = k;
    screen_text(u, st->last, sizeof st->last);
    say(u, st->last);
}

bool ui_speech_key(ui *u, const input_event *ev)
{
    if (ev->type != INPUT_KEY ||
        (ev->key != INPUT_KEY_SPEAK_AGAIN && ev->key != INPUT_KEY_SPEAK_PARTS))
        return false;
    if (!on(u) || !u->speech) return true; /* the keys do nothing else */
    if (ev->key == INPUT_KEY_SPEAK_AGAIN) {
        say(u, u->speech->last);
        return true;
    }
    const game_question *q =
        u->screen == UI_SCREEN_GAME && u->session ? game_session_question(u->session) : NULL;
    static char parts[SPEECH_TEXT_MAX];
    if (q && game_speech_parts(q, u->lang, parts, sizeof parts)) say(u, parts);
    return true;
}

void ui_speech_free(ui *u)
{
    free(u->speech);
    u->speech = NULL;
}
