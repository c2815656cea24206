/* test_whole_text.c — every question of every shipped and test level, and its feedback after a
 * right, a wrong and a timed-out answer, at 1280×720 and 1024×768, in French and English: no
 * text on them may be cut ("…") or drawn off its room (the text layer counts them,
 * gfx_text_cuts). A failure names the text and saves the screen as whole-*.png in the build
 * folder to be looked at. */
#include "ui_fixture.h"

#include "ui/ui_internal.h"

#include <stdio.h>

static const char *const levels[] = {
    VIGIE_SOURCE_DIR "/levels/lycee/phishing-basics.lua",
    VIGIE_SOURCE_DIR "/levels/lycee/arnaques-en-action.lua",
    VIGIE_SOURCE_DIR "/levels/lycee/inbox-triage.lua",
    VIGIE_SOURCE_DIR "/levels/lycee/chatbot-invente.lua",
    VIGIE_SOURCE_DIR "/tests/data/kinds-level.lua",
    VIGIE_SOURCE_DIR "/tests/data/mockups-level.lua",
    VIGIE_SOURCE_DIR "/tests/data/mail-level.lua",
    VIGIE_SOURCE_DIR "/tests/data/image-level.lua",
    VIGIE_SOURCE_DIR "/tests/data/game-level.lua",
};

static const struct {
    int w, h;
} sizes[] = {{1280, 720}, {1024, 768}};

static const char *const answers[] = {"right", "wrong", "timeout"};

static void check(ui_fixture *f, const char *level, const char *screen, size_t q, ui_answer a,
                  int w, int h, game_lang lang)
{
    game_error err = {0};
    cr_assert(ui_goto(f->u, screen, q, a, &f->now, &err), "%s", err.message);
    f->now += 3000; /* animations over */
    ui_update(f->u, f->now);
    gfx_text_cuts_reset(f->g);
    ui_draw(f->u, f->now);
    gfx_text_cut_stats st;
    gfx_text_cuts(f->g, &st);
    if (!st.cut && !st.overflow) return;
    const char *base = strrchr(level, '/') + 1;
    char path[700], perr[256];
    snprintf(path, sizeof path, "%s/whole-%.*s-q%zu-%s-%s-%dx%d-%s.png", VIGIE_BUILD_DIR,
             (int)(strlen(base) - 4), base, q, screen, answers[a], w, h,
             lang == GAME_LANG_FR ? "fr" : "en");
    gfx_save_png(f->g, path, perr, sizeof perr);
    cr_assert_fail("%s, question %zu, %s (%s) at %dx%d in %s: %u text(s) cut, %u not fitting; "
                   "the last: \"%s\" (see %s)",
                   base, q, screen, answers[a], w, h, lang == GAME_LANG_FR ? "French" : "English",
                   st.cut, st.overflow, st.last, path);
}

static void whole_level(const char *level)
{
    for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
        for (int lang = GAME_LANG_FR; lang <= GAME_LANG_EN; lang++) {
            ui_fixture f;
            ui_fixture_open(&f, sizes[s].w, sizes[s].h, level, (game_lang)lang, 5, 1);
            size_t n = game_session_level(f.u->session)->nquestions;
            for (size_t q = 1; q <= n; q++) {
                check(&f, level, "question", q, UI_ANSWER_RIGHT, sizes[s].w, sizes[s].h,
                      (game_lang)lang);
                /* a mini-game's feedback is its own play's: test_playthrough.c reaches it */
                if (game_session_level(f.u->session)->questions[q - 1].kind == GAME_KIND_PLAY)
                    continue;
                for (ui_answer a = UI_ANSWER_RIGHT; a <= UI_ANSWER_TIMEOUT; a++)
                    check(&f, level, "feedback", q, a, sizes[s].w, sizes[s].h, (game_lang)lang);
            }
            ui_fixture_close(&f);
        }
    }
}

Test(whole_text, phishing_basics)
{
    whole_level(levels[0]);
}
Test(whole_text, arnaques_en_action)
{
    whole_level(levels[1]);
}
Test(whole_text, inbox_triage)
{
    whole_level(levels[2]);
}
Test(whole_text, chatbot_invente)
{
    whole_level(levels[3]);
}
Test(whole_text, kinds_level)
{
    whole_level(levels[4]);
}
Test(whole_text, mockups_level)
{
    whole_level(levels[5]);
}
Test(whole_text, mail_level)
{
    whole_level(levels[6]);
}
Test(whole_text, image_level)
{
    whole_level(levels[7]);
}
Test(whole_text, game_level)
{
    whole_level(levels[8]);
}
