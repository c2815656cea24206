/* test_mockups.c — the mock-ups office staff meet, as the script layer reads them: a workplace
 * chat, a document (an invoice), a call or a voicemail, a phone notification. Their parts, names,
 * clues and ids; each required field; the fields that are no parts (chat's app, call's
 * voicemail); unknown fields with the nearest name; wrong types; the limits of lists and texts.
 * test_script.c has the mail, SMS, web page, post and picture. */
#include "script/script.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char tmpdir[] = "/tmp/vigie-test-XXXXXX";

static void setup(void)
{
    cr_assert_not_null(mkdtemp(tmpdir));
}

static void teardown(void)
{
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    if (system(cmd) != 0) cr_log_warn("could not remove %s", tmpdir);
}

TestSuite(mockups, .init = setup, .fini = teardown);

typedef struct {
    int n;
    char msg[8][300];
    int line[8];
} warnings;

static void collect(void *ud, const char *file, int line, const char *msg)
{
    (void)file;
    warnings *w = ud;
    if (w->n < 8) {
        snprintf(w->msg[w->n], sizeof w->msg[0], "%s", msg);
        w->line[w->n++] = line;
    }
}

static bool load(const char *src, game_error *err, warnings *w, script_level **out)
{
    char path[400];
    snprintf(path, sizeof path, "%s/level.lua", tmpdir);
    FILE *f = fopen(path, "wb");
    cr_assert_not_null(f);
    fwrite(src, 1, strlen(src), f);
    fclose(f);
    script_options opt = {.budget_ms = 20000, .memory_cap = 8u << 20};
    script_level *sl = NULL;
    bool ok = script_level_load(path, &opt, w ? collect : NULL, w, &sl, err);
    if (out)
        *out = sl;
    else
        script_level_unload(sl);
    return ok;
}

static void expect_error(const char *src, const char *needle, int line)
{
    game_error err = {0};
    cr_assert_not(load(src, &err, NULL, NULL), "should fail with \"%s\"", needle);
    cr_assert(strstr(err.message, needle), "message \"%s\" lacks \"%s\"", err.message, needle);
    if (line)
        cr_assert_eq(err.line, line, "line %d, expected %d (%s)", err.line, line, err.message);
}

/* Loads src, which must pass, and returns the warning that holds needle (or fails). */
static void expect_warning(const char *src, const char *needle, int line)
{
    warnings w = {0};
    game_error err = {0};
    cr_assert(load(src, &err, &w, NULL), "%s", err.message);
    for (int i = 0; i < w.n; i++)
        if (strstr(w.msg[i], needle)) {
            if (line) cr_assert_eq(w.line[i], line, "%s: line %d, not %d", needle, w.line[i], line);
            return;
        }
    cr_assert_fail("no warning holds \"%s\" (%d warnings: %s)", needle, w.n, w.n ? w.msg[0] : "");
}

/* Line 5 is the mock-up's. */
#define HOTSPOT(mock)                                                                              \
    "return {\n  id = \"t\", title = \"T\",\n  questions = {\n    { kind = \"hotspot\", prompt = " \
    "\"Find\", explain = \"E\",\n" mock "    },\n  },\n}\n"

static const game_question *first(script_level *sl)
{
    return &script_level_data(sl)->questions[0];
}

static void assert_names(const game_question *q, const char *const *names, size_t n)
{
    cr_assert_eq(q->nparts, n, "%zu parts, not %zu", q->nparts, n);
    for (size_t i = 0; i < n; i++) cr_assert_str_eq(q->parts[i].name, names[i]);
}

/* ==== chat ============================================================================= */

Test(mockups, a_chat_reads_its_parts_in_order_with_the_senders_badge_and_the_apps_name)
{
    script_level *sl;
    game_error err = {0};
    cr_assert(
        load(HOTSPOT("      chat = { app = \"Messagerie Dupin\", channel = \"#compta\",\n"
                     "        from = { name = \"Marc (PDG)\", detail = \"Externe\",\n"
                     "                 clue = \"outside\" },\n"
                     "        date = \"09:14\",\n"
                     "        messages = { \"Hello\", { text = \"Pay now\", clue = \"rush\" } },\n"
                     "        links = { { text = \"a.example\", url = \"https://a.example\" } },\n"
                     "        attachments = { { name = \"f.pdf.exe\", clue = \"exe\",\n"
                     "                          id = \"piece\" } } },\n"),
             &err, NULL, &sl),
        "%s", err.message);
    const game_question *q = first(sl);
    cr_assert_eq(q->mockup, GAME_MOCKUP_CHAT);
    static const char *const names[] = {"channel",    "from",    "date",         "messages.1",
                                        "messages.2", "links.1", "attachments.1"};
    assert_names(q, names, 7);
    cr_assert_eq(q->parts[0].kind, GAME_PART_CHANNEL);
    cr_assert_eq(q->parts[1].kind, GAME_PART_SENDER);
    cr_assert_str_eq(game_text_get(&q->parts[1].text, GAME_LANG_FR), "Marc (PDG)");
    cr_assert_str_eq(game_text_get(&q->parts[1].note, GAME_LANG_FR), "Externe");
    cr_assert_null(q->parts[1].extra);
    cr_assert_eq(q->parts[3].kind, GAME_PART_MESSAGE);
    cr_assert_str_eq(q->parts[5].extra, "https://a.example");
    cr_assert_eq(q->parts[6].kind, GAME_PART_ATTACHMENT);
    cr_assert_str_eq(q->parts[6].id, "piece");
    cr_assert_str_eq(game_part_name(&q->parts[6]), "piece");
    cr_assert_str_eq(game_text_get(&q->parts[4].why, GAME_LANG_EN), "rush");
    cr_assert_eq(q->correct_mask, (1u << 1) | (1u << 4) | (1u << 6));
    cr_assert_str_eq(game_text_get(&q->mockup_app, GAME_LANG_EN), "Messagerie Dupin");
    cr_assert_not(q->voicemail);
    script_level_unload(sl);
}

Test(mockups, a_chat_without_badge_or_app_has_none)
{
    script_level *sl;
    game_error err = {0};
    cr_assert(load(HOTSPOT("      chat = { from = { name = \"Marc\" }, messages = { \"Hi\" } },\n"),
                   &err, NULL, &sl),
              "%s", err.message);
    cr_assert_str_empty(game_text_get(&first(sl)->parts[0].note, GAME_LANG_FR));
    cr_assert_str_empty(game_text_get(&first(sl)->mockup_app, GAME_LANG_FR));
    script_level_unload(sl);
}

Test(mockups, a_chat_needs_a_sender_and_a_message)
{
    expect_error(HOTSPOT("      chat = { messages = { \"Hi\" } },\n"), "the chat needs from", 5);
    expect_error(HOTSPOT("      chat = { from = \"Marc\" },\n"), "the chat needs messages", 5);
    expect_error(HOTSPOT("      chat = { from = \"Marc\", messages = {} },\n"),
                 "needs at least one entry in messages", 5);
    expect_error(
        HOTSPOT("      chat = { from = { detail = \"Externe\" }, messages = { \"Hi\" } },\n"),
        "from needs name", 5);
    expect_error(HOTSPOT("      chat = { from = \"M\", messages = { \"Hi\" },\n"
                         "        links = { { text = \"a.example\" } } },\n"),
                 "links.1 needs url", 0);
}

Test(mockups, a_chats_app_is_a_text_and_never_a_part)
{
    expect_error(HOTSPOT("      chat = { app = { text = \"Slack\", clue = \"c\" }, from = \"M\",\n"
                         "        messages = { \"Hi\" } },\n"),
                 "it takes no clue", 5);
    expect_error(HOTSPOT("      chat = { app = 42, from = \"M\", messages = { \"Hi\" } },\n"),
                 "app must be a text", 5);
    char src[1024], app[120];
    memset(app, 'a', 100);
    app[100] = '\0';
    snprintf(src, sizeof src,
             HOTSPOT("      chat = { app = \"%s\", from = \"M\", messages = { \"Hi\" } },\n"), app);
    expect_error(src, "app", 5);
    /* an app named in the answers is no part */
    script_level *sl;
    game_error err = {0};
    cr_assert(
        load(HOTSPOT("      chat = { app = \"Dupin\", from = \"M\", messages = { \"Hi\" } },\n"),
             &err, NULL, &sl));
    cr_assert_eq(first(sl)->nparts, 2);
    script_level_unload(sl);
}

/* ==== document ========================================================================= */

Test(mockups, an_invoice_reads_its_letterhead_lines_with_their_amounts_total_iban_and_signature)
{
    script_level *sl;
    game_error err = {0};
    cr_assert(
        load(HOTSPOT(
                 "      document = {\n"
                 "        letterhead = { text = \"Dupin SARL\", detail = \"12 rue des Lilas\" },\n"
                 "        title = \"Facture F-114\", date = \"3 nov.\",\n"
                 "        body = { { text = \"New bank\", clue = \"rib\" } },\n"
                 "        lines = { { text = \"Paper\", amount = \"84,00 €\" }, \"Delivery\" },\n"
                 "        total = \"1 248,00 €\",\n"
                 "        iban = { text = \"FR76 3000\", clue = \"new\", id = \"rib\" },\n"
                 "        signature = \"Claire Dupin\" },\n"),
             &err, NULL, &sl),
        "%s", err.message);
    const game_question *q = first(sl);
    cr_assert_eq(q->mockup, GAME_MOCKUP_DOCUMENT);
    static const char *const names[] = {"letterhead", "title", "date", "body.1",   "lines.1",
                                        "lines.2",    "total", "iban", "signature"};
    assert_names(q, names, 9);
    static const game_part_kind kinds[] = {
        GAME_PART_LETTERHEAD, GAME_PART_TITLE, GAME_PART_DATE, GAME_PART_BODY,     GAME_PART_LINE,
        GAME_PART_LINE,       GAME_PART_TOTAL, GAME_PART_IBAN, GAME_PART_SIGNATURE};
    for (size_t i = 0; i < 9; i++) cr_assert_eq(q->parts[i].kind, kinds[i], "part %zu", i);
    cr_assert_str_eq(game_text_get(&q->parts[0].note, GAME_LANG_FR), "12 rue des Lilas");
    cr_assert_str_eq(game_text_get(&q->parts[4].note, GAME_LANG_FR), "84,00 €");
    cr_assert_str_empty(game_text_get(&q->parts[5].note, GAME_LANG_FR),
                        "a line may come without its amount");
    cr_assert_str_eq(game_part_name(&q->parts[7]), "rib");
    cr_assert_eq(q->correct_mask, (1u << 3) | (1u << 7));
    script_level_unload(sl);
}

Test(mockups, a_document_needs_a_letterhead_and_a_body_or_lines)
{
    expect_error(HOTSPOT("      document = { body = { \"Hi\" } },\n"),
                 "the document needs letterhead", 5);
    expect_error(HOTSPOT("      document = { letterhead = \"Dupin\", total = \"3 €\" },\n"),
                 "needs body = { … } (its paragraphs) or lines", 5);
    expect_error(HOTSPOT("      document = { letterhead = \"Dupin\", body = {}, lines = {} },\n"),
                 "needs body = { … } (its paragraphs) or lines", 5);
    /* either is enough */
    game_error err = {0};
    cr_assert(load(HOTSPOT("      document = { letterhead = \"D\", lines = { \"x\" } },\n"), &err,
                   NULL, NULL),
              "%s", err.message);
    cr_assert(load(HOTSPOT("      document = { letterhead = \"D\", body = { \"x\" } },\n"), &err,
                   NULL, NULL),
              "%s", err.message);
}

Test(mockups, an_amount_or_an_address_line_must_be_a_short_text)
{
    expect_error(HOTSPOT("      document = { letterhead = \"D\",\n"
                         "        lines = { { text = \"x\", amount = 84 } } },\n"),
                 "lines.1: amount must be a string or a table", 0);
    expect_error(
        HOTSPOT("      document = { letterhead = \"D\",\n"
                "        lines = { { text = \"x\", amount = \"1 000 000 000 000 000 000 000 "
                "000 000 000,00 €\" } } },\n"),
        "amount", 0);
    expect_error(HOTSPOT("      document = { letterhead = { text = \"D\", detail = {} },\n"
                         "        body = { \"x\" } },\n"),
                 "letterhead: detail has neither fr nor en text", 0);
    expect_error(HOTSPOT("      chat = { from = { name = \"M\", detail = \"External to the "
                         "organisation, since last week\" },\n"
                         "        messages = { \"x\" } },\n"),
                 "detail", 0);
}

/* ==== call ============================================================================= */

Test(mockups, a_call_reads_its_caller_number_and_transcript_and_rings_unless_a_voicemail)
{
    script_level *sl;
    game_error err = {0};
    cr_assert(
        load(HOTSPOT("      call = { caller = { text = \"Direction\", clue = \"name\" },\n"
                     "        number = \"01 99 00 12 34\", date = \"08:12\",\n"
                     "        transcript = { \"Hello\", { text = \"Secret\", clue = \"s\" } } "
                     "},\n"),
             &err, NULL, &sl),
        "%s", err.message);
    const game_question *q = first(sl);
    cr_assert_eq(q->mockup, GAME_MOCKUP_CALL);
    static const char *const names[] = {"caller", "number", "date", "transcript.1", "transcript.2"};
    assert_names(q, names, 5);
    cr_assert_eq(q->parts[0].kind, GAME_PART_CALLER);
    cr_assert_eq(q->parts[1].kind, GAME_PART_NUMBER);
    cr_assert_eq(q->parts[4].kind, GAME_PART_TRANSCRIPT);
    cr_assert_eq(q->correct_mask, (1u << 0) | (1u << 4));
    cr_assert_not(q->voicemail, "a call rings by default");
    script_level_unload(sl);

    cr_assert(load(HOTSPOT("      call = { voicemail = true, caller = \"Boss\",\n"
                           "        transcript = { \"Hi\" } },\n"),
                   &err, NULL, &sl),
              "%s", err.message);
    cr_assert(first(sl)->voicemail);
    cr_assert_eq(first(sl)->nparts, 2, "voicemail is no part");
    script_level_unload(sl);
    cr_assert(load(HOTSPOT("      call = { voicemail = false, caller = \"Boss\",\n"
                           "        transcript = { \"Hi\" } },\n"),
                   &err, NULL, &sl),
              "%s", err.message);
    cr_assert_not(first(sl)->voicemail);
    script_level_unload(sl);
}

Test(mockups, a_call_needs_a_caller_and_a_transcript_and_voicemail_is_a_boolean)
{
    expect_error(HOTSPOT("      call = { transcript = { \"Hi\" } },\n"), "the call needs caller",
                 5);
    expect_error(HOTSPOT("      call = { caller = \"Boss\" },\n"), "the call needs transcript", 5);
    expect_error(HOTSPOT("      call = { caller = \"Boss\", transcript = {} },\n"),
                 "needs at least one entry in transcript", 5);
    expect_error(HOTSPOT("      call = { caller = \"Boss\", transcript = \"Hi\" },\n"),
                 "transcript must be a list", 5);
    expect_error(HOTSPOT("      call = { voicemail = \"yes\", caller = \"Boss\",\n"
                         "        transcript = { \"Hi\" } },\n"),
                 "voicemail must be true", 5);
    expect_error(HOTSPOT("      call = { voicemail = 1, caller = \"Boss\",\n"
                         "        transcript = { \"Hi\" } },\n"),
                 "voicemail must be true", 5);
}

/* ==== notification ===================================================================== */

Test(mockups, a_notification_reads_its_app_title_body_and_buttons)
{
    script_level *sl;
    game_error err = {0};
    cr_assert(load(HOTSPOT("      notification = { app = \"SecurAuth\", date = \"now\",\n"
                           "        title = { text = \"Approve?\", clue = \"not you\" },\n"
                           "        body = { \"Account: c.martin\", { text = \"Lagos\", clue = "
                           "\"far\" } },\n"
                           "        actions = { \"Deny\", { text = \"Approve\", clue = \"no\",\n"
                           "                              id = \"approve\" } } },\n"),
                   &err, NULL, &sl),
              "%s", err.message);
    const game_question *q = first(sl);
    cr_assert_eq(q->mockup, GAME_MOCKUP_NOTIFICATION);
    static const char *const names[] = {"app",    "date",      "title",    "body.1",
                                        "body.2", "actions.1", "actions.2"};
    assert_names(q, names, 7);
    cr_assert_eq(q->parts[0].kind, GAME_PART_APP);
    cr_assert_eq(q->parts[3].kind, GAME_PART_BODY);
    cr_assert_eq(q->parts[6].kind, GAME_PART_ACTION);
    cr_assert_str_eq(game_part_name(&q->parts[6]), "approve");
    cr_assert_eq(q->correct_mask, (1u << 2) | (1u << 4) | (1u << 6));
    script_level_unload(sl);
}

Test(mockups, a_notification_needs_its_app_and_shows_three_buttons_at_most)
{
    expect_error(HOTSPOT("      notification = { title = \"Approve?\" },\n"),
                 "the notification needs app", 5);
    expect_error(HOTSPOT("      notification = { app = \"A\",\n"
                         "        actions = { \"a\", \"b\", \"c\", \"d\" } },\n"),
                 "actions has 4 entries; the notification shows 3 at most", 6);
    game_error err = {0};
    cr_assert(
        load(HOTSPOT("      notification = { app = \"A\", actions = {} },\n"), &err, NULL, NULL),
        "no button at all is fine: %s", err.message);
    char src[1024], label[120];
    memset(label, 'x', 90);
    label[90] = '\0';
    snprintf(src, sizeof src,
             HOTSPOT("      notification = { app = \"A\", actions = { \"%s\" } },\n"), label);
    expect_error(src, "actions.1", 0);
}

/* ==== all four: what vigie check says ================================================== */

Test(mockups, a_misspelt_field_is_a_warning_with_the_nearest_name)
{
    expect_warning(
        HOTSPOT("      chat = { from = \"M\", messages = { \"Hi\" }, atachments = {} },\n"),
        "chat: unknown field \"atachments\" (did you mean \"attachments\"?)", 5);
    expect_warning(
        HOTSPOT("      chat = { from = \"M\", messages = { \"Hi\" }, ap = \"Dupin\" },\n"),
        "(did you mean \"app\"?)", 5);
    expect_warning(HOTSPOT("      document = { letterhead = \"D\", body = { \"x\" },\n"
                           "        signatrue = \"C\" },\n"),
                   "(did you mean \"signature\"?)", 6);
    expect_warning(HOTSPOT("      call = { caller = \"B\", transcript = { \"x\" },\n"
                           "        voicemal = true },\n"),
                   "(did you mean \"voicemail\"?)", 6);
    expect_warning(HOTSPOT("      notification = { app = \"A\", action = { \"OK\" } },\n"),
                   "(did you mean \"actions\"?)", 5);
    /* inside a part */
    expect_warning(HOTSPOT("      chat = { from = { name = \"M\", detial = \"Externe\" },\n"
                           "        messages = { \"Hi\" } },\n"),
                   "from: unknown field \"detial\" (did you mean \"detail\"?)", 0);
    expect_warning(HOTSPOT("      document = { letterhead = \"D\",\n"
                           "        lines = { { text = \"x\", amont = \"3 €\" } } },\n"),
                   "(did you mean \"amount\"?)", 0);
}

Test(mockups, a_clue_the_game_would_never_show_is_an_error)
{
    expect_error(HOTSPOT("      document = { letterhead = \"D\", body = { \"x\" },\n"
                         "        stamp = { text = \"Paid\", clue = \"fake\" } },\n"),
                 "the document has no part \"stamp\"", 6);
    expect_error(HOTSPOT("      call = { caller = \"B\", transcript = { \"x\" },\n"
                         "        numbr = { text = \"01\", clue = \"c\" } },\n"),
                 "(did you mean \"number\"?)", 6);
    expect_error(HOTSPOT("      notification = { app = { text = \"A\", clu = \"c\" } },\n"),
                 "unknown field \"clu\" (did you mean \"clue\"?)", 0);
}

Test(mockups, one_mock_up_per_question_whichever_they_are)
{
    expect_error(HOTSPOT("      chat = { from = \"M\", messages = { \"Hi\" } },\n"
                         "      notification = { app = \"A\" },\n"),
                 "one mock-up per question", 6);
    expect_error(HOTSPOT("      document = \"an invoice\",\n"), "document must be a table", 5);
    expect_error(HOTSPOT("      prompt2 = 1,\n"), "chat, document, call or notification", 0);
}

Test(mockups, texts_that_are_not_texts_are_refused)
{
    expect_error(HOTSPOT("      chat = { from = \"M\", messages = { 42 } },\n"), "not a number", 0);
    expect_error(HOTSPOT("      call = { caller = true, transcript = { \"x\" } },\n"), "caller", 0);
    expect_error(HOTSPOT("      notification = { app = \"A\", body = { { { \"nested\" } } } },\n"),
                 "body.1 needs text", 0);
    expect_error(
        HOTSPOT("      document = { letterhead = \"D\", lines = { { text = { 1 } } } },\n"),
        "lines.1", 0);
}

Test(mockups, twenty_five_parts_are_one_too_many)
{
    char src[4096], lines[3000] = "";
    for (int i = 0; i < 24; i++) strcat(lines, "\"x\", ");
    snprintf(src, sizeof src, HOTSPOT("      document = { letterhead = \"D\", lines = { %s } },\n"),
             lines);
    expect_error(src, "at most 24 parts", 0);
    lines[0] = '\0';
    for (int i = 0; i < 23; i++) strcat(lines, "\"x\", ");
    snprintf(src, sizeof src, HOTSPOT("      document = { letterhead = \"D\", lines = { %s } },\n"),
             lines);
    game_error err = {0};
    cr_assert(load(src, &err, NULL, NULL), "24 parts fit: %s", err.message);
}

Test(mockups, a_mock_up_with_more_text_than_a_screen_holds_is_a_warning_the_apps_name_counted)
{
    char src[4096], msgs[3000] = "";
    /* ten messages of 67 characters and a sender: 671, under 700 but for the app's 40 */
    for (int i = 0; i < 10; i++)
        strcat(msgs, "\"Un message plutôt bavard qui ajoute encore une ligne à ce fil......\", ");
    snprintf(src, sizeof src,
             HOTSPOT("      chat = { app = \"Messagerie de l'entreprise Dupin et fils\",\n"
                     "        from = \"M\", messages = { %s } },\n"),
             msgs);
    expect_warning(src, "mock-up holds", 5);
    warnings w = {0};
    game_error err = {0};
    cr_assert(
        load(HOTSPOT("      chat = { app = \"Dupin\", from = \"M\", messages = { \"Hi\" } },\n"),
             &err, &w, NULL));
    for (int i = 0; i < w.n; i++)
        cr_assert_null(strstr(w.msg[i], "mock-up holds"), "a short chat fits: %s", w.msg[i]);
}

Test(mockups, a_badge_an_amount_and_the_app_may_differ_by_language)
{
    script_level *sl;
    game_error err = {0};
    cr_assert(load(HOTSPOT("      chat = { app = { fr = \"Messagerie\", en = \"Messenger\" },\n"
                           "        from = { name = \"Marc\", detail = { fr = \"Externe\", en = "
                           "\"External\" } },\n"
                           "        messages = { \"Hi\" } },\n"),
                   &err, NULL, &sl),
              "%s", err.message);
    const game_question *q = first(sl);
    cr_assert_str_eq(game_text_get(&q->parts[0].note, GAME_LANG_FR), "Externe");
    cr_assert_str_eq(game_text_get(&q->parts[0].note, GAME_LANG_EN), "External");
    cr_assert_str_eq(game_text_get(&q->mockup_app, GAME_LANG_EN), "Messenger");
    script_level_unload(sl);
    cr_assert(
        load(HOTSPOT("      document = { letterhead = \"Dupin\",\n"
                     "        lines = { { text = \"Paper\", amount = { fr = \"84,00 €\", en = "
                     "\"€84.00\" } } } },\n"),
             &err, NULL, &sl),
        "%s", err.message);
    q = first(sl);
    cr_assert_str_eq(game_text_get(&q->parts[1].note, GAME_LANG_FR), "84,00 €");
    cr_assert_str_eq(game_text_get(&q->parts[1].note, GAME_LANG_EN), "€84.00");
    script_level_unload(sl);
    /* The app names the tool: a clue on it is refused, as on any field that is not a part. */
    cr_assert_not(load(HOTSPOT("      chat = { app = { text = \"X\", clue = \"no\" },\n"
                               "        from = \"Marc\", messages = { \"Hi\" } },\n"),
                       &err, NULL, &sl));
}
