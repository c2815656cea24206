/* test_number_format.c — an estimate's values as people read them (game_number_write): powers
 * of ten (the default), plain numbers and short ones, in French and English, at the edges (0,
 * negatives, 999, 1000, 1 950 000, the ends of a log scale); a level's `format` field, read with
 * its line and its bad value quoted; the trainer's report written in the level's format.
 */
#include <criterion/criterion.h>

#include "game/game.h"
#include "script/script.h"

#include <stdio.h>
#include <string.h>

#define NB  "\u00a0" /* before a unit */
#define NNB "\u202f" /* French thousands */

static const char *fmt(double v, game_number_format f, const char *unit, game_lang lang)
{
    static char buf[8][128];
    static int k;
    char *b = buf[k++ % 8];
    game_number_write(v, f, 0, unit, lang, b, sizeof buf[0]);
    return b;
}

#define FR GAME_LANG_FR
#define EN GAME_LANG_EN

Test(number, powers_of_ten_stay_the_default_for_large_and_tiny_values)
{
    cr_expect_str_eq(fmt(1e6, GAME_NUMBER_POWERS, "€", FR), "10⁶" NB "€");
    cr_expect_str_eq(fmt(1.9e7, GAME_NUMBER_POWERS, "€", FR), "1,9 × 10⁷" NB "€");
    cr_expect_str_eq(fmt(1.9e7, GAME_NUMBER_POWERS, "€", EN), "1.9 × 10⁷" NB "€");
    cr_expect_str_eq(fmt(0.001, GAME_NUMBER_POWERS, "s", FR), "10⁻³" NB "s");
    cr_expect_str_eq(fmt(1e9, GAME_NUMBER_POWERS, "s", EN), "10⁹" NB "s");
    cr_expect_str_eq(fmt(-1.9e7, GAME_NUMBER_POWERS, "", FR), "-1,9 × 10⁷");
    cr_expect_str_eq(fmt(1950000, GAME_NUMBER_POWERS, "", EN), "1.9 × 10⁶");
    /* between them, whole numbers grouped, and three digits below 100 */
    cr_expect_str_eq(fmt(31623, GAME_NUMBER_POWERS, "km", FR), "31" NNB "623" NB "km");
    cr_expect_str_eq(fmt(0.1, GAME_NUMBER_POWERS, "s", FR), "0,1" NB "s");
    cr_expect_str_eq(fmt(12.345, GAME_NUMBER_POWERS, "", EN), "12.3");
}

Test(number, plain_numbers_group_thousands_with_a_narrow_space_in_french_a_comma_in_english)
{
    cr_expect_str_eq(fmt(19000000, GAME_NUMBER_PLAIN, "€", FR), "19" NNB "000" NNB "000" NB "€");
    cr_expect_str_eq(fmt(19000000, GAME_NUMBER_PLAIN, "€", EN), "19,000,000" NB "€");
    cr_expect_str_eq(fmt(1950000, GAME_NUMBER_PLAIN, "", FR), "1" NNB "950" NNB "000");
    cr_expect_str_eq(fmt(1950000, GAME_NUMBER_PLAIN, "", EN), "1,950,000");
    cr_expect_str_eq(fmt(0, GAME_NUMBER_PLAIN, "€", FR), "0" NB "€");
    cr_expect_str_eq(fmt(-0.0, GAME_NUMBER_PLAIN, "", EN), "0");
    cr_expect_str_eq(fmt(999, GAME_NUMBER_PLAIN, "", FR), "999");
    cr_expect_str_eq(fmt(1000, GAME_NUMBER_PLAIN, "", FR), "1" NNB "000");
    cr_expect_str_eq(fmt(1000, GAME_NUMBER_PLAIN, "", EN), "1,000");
    cr_expect_str_eq(fmt(-1000, GAME_NUMBER_PLAIN, "€", EN), "-1,000" NB "€");
    cr_expect_str_eq(fmt(-2.5, GAME_NUMBER_PLAIN, "", FR), "-2,5");
    /* a log scale's small end, written out, never as 1e-03 */
    cr_expect_str_eq(fmt(0.001, GAME_NUMBER_PLAIN, "s", FR), "0,001" NB "s");
    cr_expect_str_eq(fmt(0.00012, GAME_NUMBER_PLAIN, "s", EN), "0.00012" NB "s");
    cr_expect_str_eq(fmt(1e9, GAME_NUMBER_PLAIN, "s", EN), "1,000,000,000" NB "s");
}

Test(number, short_numbers_use_k_m_md_in_french_and_k_m_bn_in_english)
{
    cr_expect_str_eq(fmt(19000000, GAME_NUMBER_SHORT, "€", FR), "19" NB "M€");
    cr_expect_str_eq(fmt(19000000, GAME_NUMBER_SHORT, "€", EN), "€19M");
    cr_expect_str_eq(fmt(1950000, GAME_NUMBER_SHORT, "€", FR), "1,95" NB "M€");
    cr_expect_str_eq(fmt(1950000, GAME_NUMBER_SHORT, "€", EN), "€1.95M");
    cr_expect_str_eq(fmt(2.4e9, GAME_NUMBER_SHORT, "€", FR), "2,4" NB "Md€");
    cr_expect_str_eq(fmt(2.4e9, GAME_NUMBER_SHORT, "€", EN), "€2.4bn");
    cr_expect_str_eq(fmt(1500, GAME_NUMBER_SHORT, "", FR), "1,5" NB "k");
    cr_expect_str_eq(fmt(1500, GAME_NUMBER_SHORT, "users", EN), "1.5k" NB "users");
    cr_expect_str_eq(fmt(999, GAME_NUMBER_SHORT, "€", FR), "999" NB "€");
    cr_expect_str_eq(fmt(999, GAME_NUMBER_SHORT, "€", EN), "€999");
    cr_expect_str_eq(fmt(1000, GAME_NUMBER_SHORT, "€", FR), "1" NB "k€");
    cr_expect_str_eq(fmt(999.7, GAME_NUMBER_SHORT, "", EN), "1k");  /* not "1,000" */
    cr_expect_str_eq(fmt(999999, GAME_NUMBER_SHORT, "", EN), "1M"); /* not "1,000k" */
    cr_expect_str_eq(fmt(0, GAME_NUMBER_SHORT, "€", EN), "€0");
    cr_expect_str_eq(fmt(-19000000, GAME_NUMBER_SHORT, "€", FR), "-19" NB "M€");
    cr_expect_str_eq(fmt(-19000000, GAME_NUMBER_SHORT, "€", EN), "-€19M");
    cr_expect_str_eq(fmt(1.5e12, GAME_NUMBER_SHORT, "", FR), "1" NNB "500" NB "Md");
    cr_expect_str_eq(fmt(0.001, GAME_NUMBER_SHORT, "s", FR), "0,001" NB "s");
}

Test(number, rounding_to_significant_digits_comes_first)
{
    char b[64];
    game_number_write(31622.8, GAME_NUMBER_PLAIN, 3, "km", GAME_LANG_EN, b, sizeof b);
    cr_expect_str_eq(b, "31,600" NB "km");
    game_number_write(1949999, GAME_NUMBER_SHORT, 3, "", GAME_LANG_FR, b, sizeof b);
    cr_expect_str_eq(b, "1,95" NB "M");
    /* a buffer too small is cut, never overrun */
    char tiny[6];
    game_number_write(19000000, GAME_NUMBER_PLAIN, 0, "€", GAME_LANG_FR, tiny, sizeof tiny);
    cr_expect_lt(strlen(tiny), sizeof tiny);
}

Test(number, format_names_parse_and_others_do_not)
{
    game_number_format f;
    cr_expect(game_number_format_parse("plain", &f) && f == GAME_NUMBER_PLAIN);
    cr_expect(game_number_format_parse("short", &f) && f == GAME_NUMBER_SHORT);
    cr_expect(game_number_format_parse("powers", &f) && f == GAME_NUMBER_POWERS);
    cr_expect_not(game_number_format_parse("Plain", &f));
    cr_expect_not(game_number_format_parse(NULL, &f));
}

/* ---- a level's `format` ---- */

#define LEVEL_SRC                                                                                  \
    "return { id = \"e\", title = \"E\", questions = {\n"                                          \
    "  { kind = \"estimate\", prompt = \"How much?\",\n"                                           \
    "    min = 0, max = 50000000, answer = 19000000,\n"                                            \
    "    unit = \"€\",\n"                                                                        \
    "    format = %s,\n" /* line 5 */                                                              \
    "    explain = \"x\" },\n"                                                                     \
    "} }\n"

static bool load(const char *format, script_level **sl, game_error *err)
{
    char src[600];
    snprintf(src, sizeof src, LEVEL_SRC, format);
    return script_level_load_source("e.lua", src, strlen(src), NULL, NULL, NULL, sl, err);
}

Test(number, a_level_chooses_its_format_and_the_report_writes_values_in_it)
{
    script_level *sl = NULL;
    game_error err = {0};
    cr_assert(load("\"plain\"", &sl, &err), "%s", err.message);
    const game_question *q = &script_level_data(sl)->questions[0];
    cr_expect_eq(q->format, GAME_NUMBER_PLAIN);
    game_answer a = {.answered = true, .resp = {.value = 18500000}};
    char w[200];
    game_answer_words(q, &a, GAME_LANG_FR, w, sizeof w);
    cr_expect_str_eq(w, "18" NNB "500" NNB "000" NB "€");
    game_answer_words(q, &a, GAME_LANG_EN, w, sizeof w);
    cr_expect_str_eq(w, "18,500,000" NB "€");
    script_level_unload(sl);

    cr_assert(load("\"short\"", &sl, &err), "%s", err.message);
    q = &script_level_data(sl)->questions[0];
    game_answer_words(q, &a, GAME_LANG_EN, w, sizeof w);
    cr_expect_str_eq(w, "€18.5M");
    script_level_unload(sl);

    cr_assert(load("nil", &sl, &err), "%s", err.message);
    q = &script_level_data(sl)->questions[0];
    cr_expect_eq(q->format, GAME_NUMBER_POWERS);
    game_answer_words(q, &a, GAME_LANG_FR, w, sizeof w);
    cr_expect_str_eq(w, "1,9 × 10⁷" NB "€");
    script_level_unload(sl);
}

Test(number, an_unknown_format_is_an_error_on_its_line_quoting_it)
{
    script_level *sl = NULL;
    game_error err = {0};
    cr_assert_not(load("\"euros\"", &sl, &err));
    cr_expect_eq(err.line, 5, "%s", err.message);
    cr_expect(strstr(err.message, "format must be \"powers\", \"plain\" or \"short\" (got "
                                  "\"euros\")"),
              "%s", err.message);
    cr_assert_not(load("3", &sl, &err));
    cr_expect_eq(err.line, 5, "%s", err.message);
    cr_expect(strstr(err.message, "(got \"number\")"), "%s", err.message);
}
