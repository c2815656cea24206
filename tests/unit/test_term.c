/* test_term.c — text from a level or a database made safe for a terminal line (issue 11,
 * item 8): every C0 control, DEL, every C1 control, the bidirectional controls and every byte
 * that is not UTF-8 come out as visible escapes; everything else as it was. */
#include "app/app_term.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *safe(const char *in)
{
    static char out[1024];
    app_term_safe(in, out, sizeof out);
    return out;
}

/* True when s holds no byte a terminal acts on: C0, DEL, a C1 control's UTF-8 (C2 80-9F). */
static bool inert(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if (*p < 0x20 || *p == 0x7f || (p[0] == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f)) return false;
    return true;
}

Test(term, every_c0_control_and_del_is_shown_as_an_escape)
{
    for (int c = 1; c < 0x20; c++) {
        char in[4] = {'a', (char)c, 'b', 0}, want[16];
        if (c == '\n' || c == '\r' || c == '\t')
            snprintf(want, sizeof want, "a\\%cb", c == '\n' ? 'n' : c == '\r' ? 'r' : 't');
        else
            snprintf(want, sizeof want, "a\\x%02xb", c);
        cr_assert_str_eq(safe(in), want, "control %#x", c);
    }
    cr_assert_str_eq(safe("a\x7f"), "a\\x7f");
    cr_assert_str_eq(safe("\x1b[2J"), "\\x1b[2J");
}

Test(term, every_c1_control_is_shown_as_an_escape)
{
    for (int c = 0x80; c <= 0x9f; c++) {
        char in[3] = {(char)0xc2, (char)c, 0}, want[16];
        snprintf(want, sizeof want, "\\u%04x", c);
        cr_assert_str_eq(safe(in), want, "C1 %#x", c);
    }
}

Test(term, bytes_that_are_not_utf8_are_shown_byte_by_byte)
{
    cr_assert_str_eq(safe("a\xff"), "a\\xff");
    cr_assert_str_eq(safe("\x9b"
                          "2J"),
                     "\\x9b2J", "a lone C1 byte (8-bit CSI)");
    cr_assert_str_eq(safe("\xc0\xaf"), "\\xc0\\xaf", "overlong");
    cr_assert_str_eq(safe("\xed\xa0\x80"), "\\xed\\xa0\\x80", "surrogate");
    cr_assert_str_eq(safe("\xe2\x82"), "\\xe2\\x82", "cut short");
    cr_assert_str_eq(safe("\xf4\x90\x80\x80"), "\\xf4\\x90\\x80\\x80", "above U+10FFFF");
}

Test(term, bidirectional_controls_and_line_separators_are_escaped)
{
    cr_assert_str_eq(safe("ok\u202etxt.exe"), "ok\\u202etxt.exe");
    cr_assert_str_eq(safe("\u200e\u200f\u2066\u2069\u2028\u2029"),
                     "\\u200e\\u200f\\u2066\\u2069\\u2028\\u2029");
}

Test(term, text_a_terminal_shows_as_it_is_passes_unchanged)
{
    const char *t = "Léa · «citation» — 日本 😀 \\x1b [2J";
    cr_assert_str_eq(safe(t), t);
}

Test(term, a_cut_never_splits_a_character_or_an_escape)
{
    char out[6];
    cr_assert_not(app_term_safe("ab\x1b"
                                "cd",
                                out, sizeof out));
    cr_assert_str_eq(out, "ab", "the escape \\x1b does not fit whole");
    cr_assert_not(app_term_safe("abcé", out, 5));
    cr_assert_str_eq(out, "abc");
    cr_assert(app_term_safe("abc", out, sizeof out));
}

Test(term, a_line_printed_holds_one_newline_at_its_end)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    app_term_line(f, "%s: %s", "x.lua", "boom\r\nlevels/fake.lua: ok\x1b[2J");
    fclose(f);
    cr_assert_str_eq(text, "x.lua: boom\\r\\nlevels/fake.lua: ok\\x1b[2J\n");
    free(text);
}

Test(term, lines_keep_their_newlines_and_lose_the_rest)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    const char in[] = "a\x1b]0;t\x07\nb\rc\n";
    app_term_lines(f, in, sizeof in - 1);
    fclose(f);
    cr_assert_str_eq(text, "a\\x1b]0;t\\x07\nb\\rc\n");
    free(text);
}

Test(term, json_strings_escape_del_c1_and_bidi_which_jansson_leaves_raw)
{
    char *j = app_term_json("{\"t\": \"a\x7f \xc2\x9b"
                            "2J \u202e é\"}");
    cr_assert_str_eq(j, "{\"t\": \"a\\u007f \\u009b2J \\u202e é\"}");
    cr_assert(inert(j));
    free(j);
}
