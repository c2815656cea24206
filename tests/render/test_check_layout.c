/* test_check_layout.c — `vigie check` lays out every question and its feedback at 1024×768 in
 * French and English, offscreen, and warns with the question and the part: a mock-up part out of
 * sight, a text cut. Levels are written to the build folder and checked by the binary, with no
 * display; the time budget is CPU time (the child's), with a wide margin. A long mail scrolls in
 * the game: its clues are reached by the keyboard and the wheel. */
#include "common.h"
#include "ui_fixture.h"

#include "ui/ui_mockup.h"

#include <sys/resource.h>

#define FRAUDE VIGIE_SOURCE_DIR "/tests/data/fraude-president-level.lua"

/* Writes a level made of the questions given (Lua table constructors) to the build folder. */
static void write_level(const char *path, const char *id, const char *questions)
{
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f, "cannot write %s", path);
    fprintf(f,
            "return {\n  id = \"%s\",\n  title = { fr = \"Mise en page\", en = \"Layout\" },\n"
            "  questions = {\n%s  },\n}\n",
            id, questions);
    fclose(f);
}

/* `vigie check path` with no display; its output (stdout and stderr) in *out. */
static int check(const char *path, const char **out)
{
    char cmd[1200];
    snprintf(cmd, sizeof cmd, "env -u DISPLAY -u WAYLAND_DISPLAY %s check %s 2>&1", VIGIE_BIN,
             path);
    return run_capture(cmd, out);
}

/* A mail of n paragraphs after "Bonjour,", then an attachment that is a clue. */
static void mail_level(const char *path, int n)
{
    char body[8000] = "";
    for (int i = 0; i < n; i++)
        strcat(body, "\"Merci de bien vouloir régler sans délai la facture jointe, car notre "
                     "service comptable clôture l’exercice ce soir même.\", ");
    char q[10000];
    snprintf(q, sizeof q,
             "    { id = \"long-mail\", kind = \"hotspot\",\n"
             "      prompt = { fr = \"Touche les indices.\", en = \"Tap the clues.\" },\n"
             "      mail = {\n"
             "        from = { name = \"Compta\", address = \"compta@exemple.co\",\n"
             "                 clue = { fr = \"Domaine.\", en = \"Domain.\" } },\n"
             "        subject = \"Facture\",\n"
             "        body = { \"Bonjour,\", %s },\n"
             "        attachments = { { name = \"facture.pdf.html\",\n"
             "                          clue = { fr = \"Pas un PDF.\", en = \"Not a PDF.\" } } },\n"
             "      },\n"
             "      explain = { fr = \"Deux indices.\", en = \"Two clues.\" } },\n",
             body);
    write_level(path, "long-mail", q);
}

Test(check_layout, an_over_long_mail_is_warned_with_the_part_out_of_sight)
{
    const char *path = VIGIE_BUILD_DIR "/layout-long-mail.lua", *out;
    mail_level(path, 5);
    check(path, &out);
    /* at its question's line */
    cr_assert(strstr(out, "layout-long-mail.lua:5: warning: question 1 (\"long-mail\"), fr: the "
                          "mail's "),
              "%s", out);
    cr_assert(strstr(out, "and attachments.1 are below the visible area at 1024x768: a player "
                          "must scroll the mail to see them; shorten it"),
              "%s", out);
    cr_assert(strstr(out, "question 1 (\"long-mail\"), en: the mail's "), "%s", out);
}

Test(check_layout, a_mail_shortened_to_fit_gets_no_layout_warning)
{
    const char *path = VIGIE_BUILD_DIR "/layout-short-mail.lua", *out;
    mail_level(path, 1);
    cr_assert_eq(check(path, &out), 0, "%s", out);
    cr_assert_null(strstr(out, ": warning:"), "%s", out);
    cr_assert(strstr(out, ": ok (1 question)"), "%s", out);
}

Test(check_layout, an_sms_too_long_names_the_bubble_below_the_visible_area)
{
    const char *path = VIGIE_BUILD_DIR "/layout-long-sms.lua", *out;
    char body[6000] = "";
    for (int i = 0; i < 9; i++)
        strcat(body, "\"Ton colis est bloqué en entrepôt depuis trois jours, réponds vite.\", ");
    char q[8000];
    snprintf(
        q, sizeof q,
        "    { id = \"long-sms\", kind = \"hotspot\",\n"
        "      prompt = { fr = \"Touche les indices.\", en = \"Tap the clues.\" },\n"
        "      sms = { from = \"+33 6 12 34 56 78\", messages = { %s\n"
        "        { text = \"Paie 1,99 € ici.\", clue = { fr = \"Frais.\", en = \"Fee.\" } } } },\n"
        "      explain = { fr = \"Un indice.\", en = \"One clue.\" } },\n",
        body);
    write_level(path, "long-sms", q);
    check(path, &out);
    cr_assert(strstr(out, "question 1 (\"long-sms\"), fr: the SMS's messages.4, "), "%s", out);
    cr_assert(strstr(out, "and messages.10 are below the visible area at 1024x768: shorten the "
                          "mock-up's texts (the prompt above it"),
              "%s", out);
}

Test(check_layout, a_long_choice_is_reported_with_its_question_and_quoted)
{
    const char *path = VIGIE_BUILD_DIR "/layout-long-choice.lua", *out;
    char q[8000], longc[3000] = "";
    for (int i = 0; i < 4; i++) strcat(longc, "Je vérifie auprès de la banque par téléphone ");
    snprintf(q, sizeof q,
             "    { id = \"court\", kind = \"truefalse\", prompt = \"Vrai ?\", correct = true,\n"
             "      explain = \"Oui.\" },\n"
             "    { id = \"long-choice\", kind = \"choice\", prompt = \"Que fais-tu ?\",\n"
             "      choices = { \"%s\", \"B\", \"C\", \"D\", \"E\", \"F\" }, correct = 2,\n"
             "      explain = \"Parce que.\" },\n",
             longc);
    write_level(path, "long-choice", q);
    check(path, &out);
    cr_assert(strstr(out, ":7: warning: question 2 (\"long-choice\"), fr: \"Je vérifie auprès de "),
              "%s", out);
    cr_assert(strstr(out, "\" is cut at 1024x768"), "%s", out);
    cr_assert_null(strstr(out, "(\"court\")"), "%s", out);
}

Test(check_layout, long_sort_cards_give_no_cut_in_the_feedback)
{
    const char *out;
    check(FRAUDE, &out);
    cr_assert_null(strstr(out, "(\"signes\"), feedback"), "%s", out);
    cr_assert_null(strstr(out, "is cut"), "%s", out);
}

Test(check_layout, the_shipped_levels_check_with_no_layout_warning)
{
    const char *out;
    cr_assert_eq(check(VIGIE_SOURCE_DIR "/levels/lycee", &out), 0, "%s", out);
    cr_assert_null(strstr(out, "is cut"), "%s", out);
    cr_assert_null(strstr(out, "visible area"), "%s", out);
    cr_assert_null(strstr(out, "layout could not be checked"), "%s", out);
}

Test(check_layout, the_test_levels_of_the_goldens_check_with_no_layout_warning)
{
    static const char *const levels[] = {"kinds-level", "mockups-level", "mail-level",
                                         "image-level", "game-level"};
    for (size_t i = 0; i < sizeof levels / sizeof *levels; i++) {
        char path[600];
        const char *out;
        snprintf(path, sizeof path, "%s/tests/data/%s.lua", VIGIE_SOURCE_DIR, levels[i]);
        check(path, &out);
        cr_assert_null(strstr(out, "is cut"), "%s", out);
        cr_assert_null(strstr(out, "visible area"), "%s", out);
    }
}

Test(check_layout, without_fonts_the_layout_is_not_checked_and_that_is_a_warning)
{
    const char *path = VIGIE_BUILD_DIR "/layout-short-mail-nofont.lua", *out;
    mail_level(path, 1);
    /* the system's fonts hidden under an empty folder, in a mount namespace of its own */
    char cmd[1200];
    snprintf(cmd, sizeof cmd,
             "unshare -rm sh -c 'mount -t tmpfs none /usr/share/fonts && env -u DISPLAY "
             "VIGIE_FONT_DIR=/nonexistent %s check %s' 2>&1",
             VIGIE_BIN, path);
    int st = run_capture(cmd, &out);
    if (!strstr(out, "could not be checked"))
        cr_skip_test("the fonts could not be hidden here (unshare): %s", out);
    cr_assert_eq(st, 0, "%s", out);
    cr_assert(strstr(out, ":1: warning: the layout could not be checked: "), "%s", out);
    cr_assert(strstr(out, ": ok (1 question)"), "%s", out);
}

/* Ten questions of every kind but a game: the fraude level's eight and two more. */
Test(check_layout, a_ten_question_level_is_checked_in_well_under_two_seconds_of_cpu)
{
    const char *path = VIGIE_BUILD_DIR "/layout-ten.lua", *out;
    FILE *in = fopen(FRAUDE, "r");
    cr_assert_not_null(in);
    static char src[40000];
    size_t n = fread(src, 1, sizeof src - 1, in);
    fclose(in);
    src[n] = '\0';
    char *end = strstr(src, "  },\n}");
    cr_assert_not_null(end);
    *end = '\0';
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f);
    fprintf(f, "%s", src);
    fprintf(f,
            "    { id = \"plus-1\", kind = \"truefalse\", prompt = \"Vrai ?\", correct = true, "
            "explain = \"Oui.\" },\n"
            "    { id = \"plus-2\", kind = \"choice\", prompt = \"Lequel ?\", choices = { \"A\", "
            "\"B\" }, correct = 1, explain = \"A.\" },\n  },\n}\n");
    fclose(f);
    struct rusage r0, r1;
    getrusage(RUSAGE_CHILDREN, &r0);
    check(path, &out);
    getrusage(RUSAGE_CHILDREN, &r1);
    cr_assert(strstr(out, ": ok (10 questions)"), "%s", out);
    double cpu = (double)(r1.ru_utime.tv_sec - r0.ru_utime.tv_sec + r1.ru_stime.tv_sec -
                          r0.ru_stime.tv_sec) +
                 (double)(r1.ru_utime.tv_usec - r0.ru_utime.tv_usec + r1.ru_stime.tv_usec -
                          r0.ru_stime.tv_usec) /
                     1e6;
    double budget = 2.0;
    if (TEST_SANITIZED) budget *= 4; /* ASan and UBSan slow every instruction */
    fprintf(stderr, "vigie check of 10 questions: %.2f s of CPU\n", cpu);
    cr_assert_lt(cpu, budget, "vigie check took %.2f s of CPU for 10 questions (budget %.1f s)",
                 cpu, budget);
}

/* ---- in the game: a long mail scrolls, and every clue is reached ---- */

static bool part_in_view(ui_fixture *f, int part)
{
    gfx_rect r = ui_hotspot_part(f->u, f->now, part);
    /* the view is what the mail shows between its top and its "more" line */
    int w, h;
    gfx_size(f->g, &w, &h);
    return r.h > 0 && r.y >= 0 && r.y + r.h <= h * 9 / 10;
}

Test(check_layout, the_keys_scroll_a_long_mail_to_its_attachment_and_mark_it)
{
    ui_fixture f;
    ui_fixture_open(&f, 1024, 768, FRAUDE, GAME_LANG_FR, 1, 2);
    const game_question *q = game_session_question(f.u->session);
    cr_assert_eq(q->kind, GAME_KIND_HOTSPOT);
    int att = (int)q->nparts - 1;
    cr_assert_str_eq(q->parts[att].name, "attachments.1");
    ui_draw(f.u, f.now);
    int before = ui_hotspot_part(f.u, f.now, att).y;
    for (int k = 0; k < att; k++) ui_fixture_press(f.u, SDLK_DOWN, &f.now);
    cr_assert_eq(f.u->focus, att);
    gfx_rect r = ui_hotspot_part(f.u, f.now, att);
    cr_assert_lt(r.y, before, "the mail scrolled up");
    cr_assert(part_in_view(&f, att), "the attachment is in sight: y %d h %d", r.y, r.h);
    ui_fixture_press(f.u, SDLK_RETURN, &f.now);
    cr_assert(game_session_draft(f.u->session)->chosen & (1u << att), "marked by Enter");
    char perr[256]; /* to be looked at: the mail scrolled to its attachment, marked */
    gfx_save_png(f.g, VIGIE_BUILD_DIR "/check-layout-mail-scrolled.png", perr, sizeof perr);
    ui_fixture_close(&f);
}

Test(check_layout, the_wheel_scrolls_a_long_mail_and_a_click_then_marks_the_attachment)
{
    ui_fixture f;
    ui_fixture_open(&f, 1024, 768, FRAUDE, GAME_LANG_FR, 1, 2);
    const game_question *q = game_session_question(f.u->session);
    int att = (int)q->nparts - 1;
    ui_draw(f.u, f.now);
    cr_assert_not(part_in_view(&f, att), "out of sight at first");
    for (int k = 0; k < 10; k++) {
        SDL_Event ev = {0};
        ev.type = SDL_MOUSEWHEEL;
        ev.wheel.y = -1; /* towards the player: down the page */
        ui_fixture_sdl(f.u, &ev, &f.now);
    }
    cr_assert(part_in_view(&f, att), "in sight after the wheel");
    gfx_rect r = ui_hotspot_part(f.u, f.now, att);
    ui_fixture_click(f.u, r.x + 20, r.y + r.h / 2, &f.now);
    cr_assert(game_session_draft(f.u->session)->chosen & (1u << att), "marked by a click");
    ui_fixture_close(&f);
}

Test(check_layout, a_drag_on_a_long_mail_scrolls_it_and_marks_nothing)
{
    ui_fixture f;
    ui_fixture_open(&f, 1024, 768, FRAUDE, GAME_LANG_FR, 1, 2);
    const game_question *q = game_session_question(f.u->session);
    int att = (int)q->nparts - 1;
    ui_draw(f.u, f.now);
    gfx_rect body = ui_hotspot_part(f.u, f.now, 4);
    int x = body.x + 40, y = body.y + body.h / 2;
    SDL_Event ev = {0};
    ev.type = SDL_MOUSEMOTION;
    ev.motion.x = x;
    ev.motion.y = y;
    ui_fixture_sdl(f.u, &ev, &f.now);
    ev = (SDL_Event){0};
    ev.type = SDL_MOUSEBUTTONDOWN;
    ev.button.button = SDL_BUTTON_LEFT;
    ev.button.state = SDL_PRESSED;
    ev.button.x = x;
    ev.button.y = y;
    ui_fixture_sdl(f.u, &ev, &f.now);
    for (int k = 1; k <= 10; k++) { /* up the screen: the mail follows the pointer */
        ev = (SDL_Event){0};
        ev.type = SDL_MOUSEMOTION;
        ev.motion.state = SDL_BUTTON_LMASK;
        ev.motion.x = x;
        ev.motion.y = y - 30 * k;
        ui_fixture_sdl(f.u, &ev, &f.now);
    }
    ev = (SDL_Event){0};
    ev.type = SDL_MOUSEBUTTONUP;
    ev.button.button = SDL_BUTTON_LEFT;
    ev.button.state = SDL_RELEASED;
    ev.button.x = x;
    ev.button.y = y - 300;
    ui_fixture_sdl(f.u, &ev, &f.now);
    cr_assert(part_in_view(&f, att), "the attachment came into sight");
    cr_assert_eq(game_session_draft(f.u->session)->chosen, 0u, "a drag marks nothing");
    ui_fixture_close(&f);
}
