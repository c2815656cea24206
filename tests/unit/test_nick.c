/* test_nick.c — nicknames as they are seen (issue 11, item 12): what looks like "Bob" is Bob,
 * and what looks like a phone number or an e-mail address is refused, however it is typed.
 * store_nick_valid is the rule the ui and `vigie run --nick` use; game_nick_nfkc its first step. */
#include "game/game_results.h"
#include "store/store.h"

#include <criterion/criterion.h>
#include <string.h>

/* The nickname kept for in, or NULL when refused (one buffer: read it before the next call). */
static const char *kept(const char *in)
{
    static char out[STORE_NICK_MAX * 4 + 1];
    return store_nick_valid(in, out, sizeof out) ? out : NULL;
}

Test(nick, plain_nicknames_still_pass_as_before)
{
    cr_assert_str_eq(kept("Bob"), "Bob");
    cr_assert_str_eq(kept("  Zoé   K. "), "Zoé K.");
    cr_assert_str_eq(kept("j-m_2"), "j-m_2");
    cr_assert_null(kept(""));
    cr_assert_null(kept("06 12 34 56 78"));
    cr_assert_null(kept("lea@mail.fr"));
}

Test(nick, a_zero_width_space_makes_no_second_bob)
{
    cr_assert_null(kept("Bob\u200b"), "refused, not a second Bob");
    cr_assert_null(kept("B\u200bob"));
    cr_assert_null(kept("Bob\u200d"), "ZWJ");
    cr_assert_null(kept("Bob\u2060"), "word joiner");
    cr_assert_null(kept("\ufeffBob"), "BOM");
    cr_assert_null(kept("Bo\u00adb"), "soft hyphen");
    cr_assert_null(kept("Bob\ufe0f"), "variation selector: default-ignorable");
    cr_assert_null(kept("Bob\u034f"), "combining grapheme joiner");
    cr_assert_null(kept("\u3164Bob"), "Hangul filler: a letter that shows nothing");
}

Test(nick, direction_marks_and_overrides_are_refused)
{
    cr_assert_null(kept("\u202eboB"), "RLO");
    cr_assert_null(kept("Bob\u200f"), "RLM");
    cr_assert_null(kept("Bob\u2066"), "LRI");
}

Test(nick, fullwidth_digits_are_a_phone_number_too)
{
    cr_assert_null(kept("\uff10\uff16\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18"),
                   "０６１２３４５６７８");
    cr_assert_null(kept("06\uff11\uff12 34 5"), "some of each");
    cr_assert_str_eq(kept("R2\uff0d\uff24\uff12"), "R2-D2", "fewer than six digits pass");
}

Test(nick, a_fullwidth_at_sign_is_an_at_sign)
{
    cr_assert_null(kept("lea\uff20mail.fr"), "lea＠mail.fr");
    cr_assert_null(kept("lea\ufe6bmail.fr"), "small commercial at");
}

Test(nick, fullwidth_letters_become_the_letters_they_show)
{
    cr_assert_str_eq(kept("\uff22\uff4f\uff42"), "Bob", "Ｂｏｂ is Bob");
    cr_assert_str_eq(kept("\ufb01n"), "fin", "the ﬁ ligature");
}

Test(nick, a_combining_accent_is_the_letter_one_types)
{
    const char *a = kept("Le\u0301a");
    cr_assert_not_null(a);
    cr_assert_str_eq(a, "L\u00e9a", "Le\u0301a == Léa");
    cr_assert_str_eq(kept("L\u00e9a"), "L\u00e9a");
}

Test(nick, spaces_other_than_the_plain_one_are_refused)
{
    cr_assert_null(kept("Bob\u00a0K"), "no-break space: refused, as before");
    cr_assert_null(kept("Bob\u3000K"), "ideographic space");
    cr_assert_null(kept("Bob\u2002K"), "en space");
    cr_assert_null(kept("Bob\u1680K"), "ogham space mark");
    cr_assert_null(kept("Bob\u2028K"), "line separator");
    cr_assert_null(kept("Bob\u2029K"), "paragraph separator");
}

Test(nick, controls_private_use_unassigned_and_bad_utf8_are_refused)
{
    cr_assert_null(kept("Bob\x1b[2J"));
    cr_assert_null(kept("Bob\xc2\x85"), "C1 next line");
    cr_assert_null(kept("Bob\ue000"), "private use");
    cr_assert_null(kept("Bob\U000F0000"), "supplementary private use");
    cr_assert_null(kept("Bob\xcd\xb8"), "U+0378, unassigned");
    cr_assert_null(kept("Bob\xff"));
    cr_assert_null(kept("Bob\xc0\xaf"), "overlong");
    cr_assert_null(kept("Bob\xed\xa0\x80"), "a surrogate");
}

Test(nick, the_normalised_form_is_what_is_kept_and_shown)
{
    char out[GAME_NICK_BUF];
    cr_assert_str_eq(game_nick_nfkc("\uff2c\uff45\u0301\uff41", out, sizeof out), "L\u00e9a");
    cr_assert_str_empty(game_nick_nfkc("Bob\u200b", out, sizeof out), "refused: \"\"");
    char tiny[3];
    cr_assert_str_empty(game_nick_nfkc("Bob", tiny, sizeof tiny), "does not fit: refused, not cut");
    char long_one[GAME_NICK_BUF + 8];
    memset(long_one, 'a', sizeof long_one - 1);
    long_one[sizeof long_one - 1] = '\0';
    cr_assert_str_empty(game_nick_nfkc(long_one, out, sizeof out));
}
