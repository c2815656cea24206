/* test_register_ui.c — the "vous" register: pack.lua's `register` read and checked, a level
 * opened on its own taking its folder's, and the screens of a "vous" pack (its menu, a
 * question's feedback, its results) asking the catalogue for the vous forms, while a menu that
 * also shows a "tu" pack keeps "tu". The screens are saved as PNG files in the build folder
 * (register-*.png) to be looked at. */
#include "app/app.h"
#include "gfx/gfx.h"
#include "script/script.h"
#include "ui/ui_internal.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static char dir[] = "/tmp/vigie-register-XXXXXX";

static void setup(void)
{
    cr_assert_not_null(mkdtemp(dir));
}

static void teardown(void)
{
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0) cr_log_warn("could not remove %s", dir);
}

TestSuite(register_ui, .init = setup, .fini = teardown);

static void write_file(const char *name, const char *src)
{
    char path[700];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    char *slash = strrchr(path, '/');
    *slash = '\0';
    mkdir(path, 0700);
    *slash = '/';
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f, "%s", path);
    fputs(src, f);
    fclose(f);
}

static const char level_src[] =
    "return {\n"
    "  id = \"virement\",\n"
    "  title = { fr = \"Le faux virement\", en = \"The fake transfer\" },\n"
    "  questions = {\n"
    "    { id = \"q1\", prompt = { fr = \"Que faire ?\", en = \"What to do?\" },\n"
    "      choices = { { fr = \"Rappeler\", en = \"Call back\" },\n"
    "                  { fr = \"Payer\", en = \"Pay\" } },\n"
    "      correct = 1, time = 20,\n"
    "      explain = { fr = \"On rappelle.\", en = \"Call back.\" } },\n"
    "  },\n"
    "}\n";

static void write_pack(const char *name, const char *reg_line)
{
    char path[128], src[600];
    snprintf(src, sizeof src,
             "return {\n  id = \"%s\",\n  title = \"%s\",\n%s  levels = { \"virement.lua\" },\n}\n",
             name, name, reg_line);
    snprintf(path, sizeof path, "%s/pack.lua", name);
    write_file(path, src);
    snprintf(path, sizeof path, "%s/virement.lua", name);
    write_file(path, level_src);
}

static bool load_pack(const char *name, game_pack *pk, game_error *err)
{
    char path[700];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    memset(err, 0, sizeof *err);
    bool ok = script_pack_check(path, NULL, NULL, pk, err);
    return ok;
}

Test(register_ui, pack_lua_says_tu_or_vous_and_nothing_else)
{
    game_pack pk;
    game_error err;
    write_pack("pme", "  register = \"vous\",\n");
    cr_assert(load_pack("pme", &pk, &err), "%s", err.message);
    cr_assert_eq(pk.reg, GAME_REGISTER_VOUS);
    game_pack_deinit(&pk);

    write_pack("lycee", "");
    cr_assert(load_pack("lycee", &pk, &err), "%s", err.message);
    cr_assert_eq(pk.reg, GAME_REGISTER_TU, "tu by default");
    game_pack_deinit(&pk);

    write_pack("tu", "  register = \"tu\",\n");
    cr_assert(load_pack("tu", &pk, &err), "%s", err.message);
    cr_assert_eq(pk.reg, GAME_REGISTER_TU);
    game_pack_deinit(&pk);

    static const char *const bad[] = {"\"Vous\"", "\"vouvoiement\"", "\"\"", "2",
                                      "true",     "{ \"vous\" }"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char line[64];
        snprintf(line, sizeof line, "  register = %s,\n", bad[i]);
        write_pack("bad", line);
        cr_assert_not(load_pack("bad", &pk, &err), "register = %s accepted", bad[i]);
        game_pack_deinit(&pk);
        cr_assert_eq(err.line, 4, "register = %s: line %d (%s)", bad[i], err.line, err.message);
        cr_assert(strstr(err.message, "register") && strstr(err.message, "\"tu\"") &&
                      strstr(err.message, "\"vous\""),
                  "register = %s: %s", bad[i], err.message);
    }
}

Test(register_ui, a_level_opened_alone_takes_its_folders_register)
{
    write_pack("pme", "  register = \"vous\",\n");
    write_pack("lycee", "");
    char path[700];
    app_levels lv;
    snprintf(path, sizeof path, "%s/pme/virement.lua", dir);
    app_levels_load_file(&lv, path, 1);
    cr_assert_eq(lv.npacks, 1);
    cr_assert_eq(lv.packs[0].reg, GAME_REGISTER_VOUS);
    app_levels_unload(&lv);
    snprintf(path, sizeof path, "%s/lycee/virement.lua", dir);
    app_levels_load_file(&lv, path, 1);
    cr_assert_eq(lv.packs[0].reg, GAME_REGISTER_TU);
    app_levels_unload(&lv);
    cr_assert_eq(app_pack_register(path), GAME_REGISTER_TU);
    snprintf(path, sizeof path, "%s/pme/virement.lua", dir);
    cr_assert_eq(app_pack_register(path), GAME_REGISTER_VOUS);
}

/* ---- the screens ---- */

static gfx *g;
static game_catalog cat;
static app_levels lv;
static ui *u;
static ui_str_log *log_;
static uint64_t now = 1000;

static void open_ui(const char *folder, game_lang lang)
{
    char err[256], path[700];
    game_error gerr = {0};
    g = gfx_create_offscreen(1024, 768, err, sizeof err);
    cr_assert_not_null(g, "%s", err);
    cr_assert(script_catalog_load(&cat, &gerr), "%s", gerr.message);
    snprintf(path, sizeof path, "%s%s", dir, folder);
    app_levels_load(&lv, path, 7);
    cr_assert_gt(lv.npacks, 0);
    ui_config cfg = {.lang = lang, .seed = 7, .skip_title = true};
    u = ui_create(g, NULL, &cat, lv.packs, lv.npacks, &cfg);
    cr_assert_not_null(u);
    log_ = calloc(1, sizeof *log_);
    u->str_log = log_;
}

static void close_ui(void)
{
    ui_destroy(u);
    app_levels_unload(&lv);
    game_catalog_deinit(&cat);
    gfx_destroy(g);
    free(log_);
}

static void draw(const char *name)
{
    now += 3000; /* animations over */
    ui_update(u, now);
    log_->n = 0;
    ui_draw(u, now);
    char path[700], err[256];
    snprintf(path, sizeof path, "%s/register-%s.png", VIGIE_BUILD_DIR, name);
    cr_assert(gfx_save_png(g, path, err, sizeof err), "%s", err);
}

/* The text the screen drawn last took for key; "" when it did not ask for it. */
static const char *used(const char *key)
{
    for (size_t i = 0; i < log_->n; i++)
        if (!strcmp(log_->e[i].key, key)) return log_->e[i].text;
    return "";
}

static void key(input_key k, int sym)
{
    input_event ev = {.type = INPUT_KEY, .key = k, .sym = sym};
    ui_input(u, &ev, now += 100);
    ui_update(u, now);
}

/* From the menu: the level, its question answered with the shown choice that is wrong. */
static void answer_wrong(void)
{
    key(INPUT_KEY_ENTER, '\r'); /* the intro */
    cr_assert_eq(u->screen, UI_SCREEN_GAME);
    key(INPUT_KEY_ENTER, '\r'); /* the question */
    cr_assert_eq(game_session_phase(u->session), GAME_PHASE_QUESTION);
    const game_question *q = game_session_question(u->session);
    size_t pos = (q->correct_mask >> game_session_choice_at(u->session, 0)) & 1u ? 1 : 0;
    input_event c = {.type = INPUT_KEY, .key = INPUT_KEY_CHOICE, .index = (int)pos};
    ui_input(u, &c, now += 500);
    ui_update(u, now);
    cr_assert_eq(game_session_phase(u->session), GAME_PHASE_FEEDBACK);
}

Test(register_ui, a_vous_pack_is_played_in_vous_from_its_menu_to_its_results)
{
    write_pack("pme", "  register = \"vous\",\n");
    open_ui("/pme", GAME_LANG_FR);
    draw("menu-vous");
    cr_assert_str_eq(used("menu.heading"), "Choisissez un niveau");
    answer_wrong();
    draw("feedback-vous");
    cr_assert(strstr(used("fb.yours"), "Votre réponse"), "feedback: \"%s\"", used("fb.yours"));
    key(INPUT_KEY_ENTER, '\r'); /* the results */
    cr_assert_eq(game_session_phase(u->session), GAME_PHASE_RESULTS);
    draw("results-vous");
    for (size_t i = 0; i < log_->n; i++) {
        const char *s = log_->e[i].text;
        cr_expect(!strstr(s, "Ta ") && !strstr(s, "Tu ") && !strstr(s, "ton "),
                  "the results of a vous pack say \"%s\" (%s)", s, log_->e[i].key);
    }
    close_ui();
}

Test(register_ui, a_tu_pack_keeps_tu_and_english_has_one_form)
{
    write_pack("lycee", "");
    open_ui("/lycee", GAME_LANG_FR);
    answer_wrong();
    draw("feedback-tu");
    cr_assert(strstr(used("fb.yours"), "Ta réponse"), "feedback: \"%s\"", used("fb.yours"));
    close_ui();

    write_pack("pme", "  register = \"vous\",\n");
    open_ui("/pme", GAME_LANG_EN);
    answer_wrong();
    draw("feedback-vous-en");
    cr_assert(strstr(used("fb.yours"), "Your answer"), "feedback: \"%s\"", used("fb.yours"));
    close_ui();
}

Test(register_ui, a_menu_says_vous_only_when_every_pack_shown_does)
{
    write_pack("pme", "  register = \"vous\",\n");
    write_pack("lycee", "");
    open_ui("", GAME_LANG_FR); /* both packs */
    draw("menu-mixed");
    cr_assert_str_eq(used("menu.heading"), "Choisis un niveau");
    /* the level of the vous pack, opened from that menu, is played in vous */
    size_t pme = strcmp(lv.packs[0].id, "pme") == 0 ? 0 : 1;
    cr_assert_eq(lv.packs[pme].reg, GAME_REGISTER_VOUS);
    ui_open_level(u, pme, 0, now += 100);
    key(INPUT_KEY_ENTER, '\r'); /* the question */
    const game_question *q = game_session_question(u->session);
    size_t pos = (q->correct_mask >> game_session_choice_at(u->session, 0)) & 1u ? 1 : 0;
    input_event c = {.type = INPUT_KEY, .key = INPUT_KEY_CHOICE, .index = (int)pos};
    ui_input(u, &c, now += 500);
    ui_update(u, now);
    draw("feedback-mixed");
    cr_assert(strstr(used("fb.yours"), "Votre réponse"), "feedback: \"%s\"", used("fb.yours"));
    close_ui();
}

/* ---- vigie check: a level of a "vous" pack that says "tu" ---- */

static const char tu_level[] =
    "return {\n"
    "  id = \"virement\",\n"
    "  title = { fr = \"Le faux virement\", en = \"The fake transfer\" },\n"
    "  questions = {\n"
    "    { id = \"q1\",\n"
    "      prompt = { fr = \"Le message dit « Envoie ton code ». Que faites-vous ?\",\n"
    "                 en = \"It says “Send your code”. What do you do?\" },\n"
    "      choices = { { fr = \"Rappeler\", en = \"Call back\" },\n"
    "                  { fr = \"Payer\", en = \"Pay\" } },\n"
    "      correct = 1, time = 20,\n"
    "      explain = { fr = \"Rappelle ta banque, au numéro que tu connais.\",\n"
    "                  en = \"Call your bank back.\" } },\n"
    "  },\n"
    "}\n";

/* `vigie check dir/name`'s standard output. */
static void check_out(const char *name, char *out, size_t n)
{
    char cmd[900];
    snprintf(cmd, sizeof cmd, "'%s' check '%s/%s' 2>/dev/null", VIGIE_BIN, dir, name);
    FILE *p = popen(cmd, "r");
    cr_assert_not_null(p);
    size_t k = fread(out, 1, n - 1, p);
    out[k] = '\0';
    pclose(p);
}

Test(register_ui, check_warns_of_tu_in_a_vous_pack_at_its_line_outside_quotes)
{
    static char out[8192];
    write_pack("pme", "  register = \"vous\",\n");
    write_file("pme/virement.lua", tu_level);
    check_out("pme", out, sizeof out);
    cr_assert(strstr(out, "virement.lua:11: warning: question \"q1\": its explain says \"ta\""),
              "%s", out);
    cr_assert_not(strstr(out, "its prompt says"), "a quoted \"ton\" is not the level's: %s", out);
    check_out("pme/virement.lua", out, sizeof out); /* alone: its folder's register */
    cr_assert(strstr(out, "virement.lua:11: warning"), "%s", out);

    write_pack("lycee", "");
    write_file("lycee/virement.lua", tu_level);
    check_out("lycee", out, sizeof out);
    cr_assert_not(strstr(out, "says \"ta\""), "a tu pack says tu: %s", out);
}
