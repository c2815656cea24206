/* script_mockup.c — a hotspot question's mock-up: a mail, a text message, a web page or a
 * social post drawn from data, or spots on a picture. Reads each part and its clue, marks the
 * clues as the parts to find, and reads the penalty of a wrong mark. Hotspot's row in
 * script_kinds.c points here.
 */
#include "script_reader.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* What a whole mock-up can hold and still read on a 1024×768 projector, in characters. */
#define MOCKUP_SOFT_CHARS 700

/* A part's optional clue = text: what makes it suspicious, shown in the feedback. The part's
 * table on top.   [-0, +0] */
static bool read_clue(script_reader *r, const char *fw, int line, game_part *p)
{
    bool ok = true;
    if (script_rawfield(r->L, -1, "clue") != LUA_TNIL) {
        p->clue = true;
        char cw[260];
        snprintf(cw, sizeof cw, "%s: clue", fw);
        ok = script_reader_text(r, cw, line, &p->why, true, 400);
    }
    lua_pop(r->L, 1);
    return ok;
}

/* One part of a mail mock-up: a text (or a table with text/name/address/url) and its
 * optional clue. Value on top.   [-0, +0] */
static bool read_part(script_reader *r, const char *what, int line, game_question *q,
                      game_part_kind kind, const char *name, const char *textfield)
{
    lua_State *L = r->L;
    if (q->nparts >= GAME_MAX_PARTS)
        return script_reader_fail(r, line, "%s: a mock-up has at most %d parts", what,
                                  GAME_MAX_PARTS);
    game_part *p = &q->parts[q->nparts];
    memset(p, 0, sizeof *p);
    p->kind = kind;
    snprintf(p->name, sizeof p->name, "%s", name);
    char fw[240];
    snprintf(fw, sizeof fw, "%s: %s", what, name);
    bool ok = true;
    bool detailed = false; /* a table with the text in `textfield`, not a { fr, en } text */
    if (lua_type(L, -1) == LUA_TTABLE && textfield) {
        detailed = script_rawfield(L, -1, textfield) != LUA_TNIL;
        if (!detailed) lua_pop(L, 1);
    }
    size_t max = kind == GAME_PART_BODY ? 600 : 300; /* paragraphs are longer */
    if (detailed) {
        ok = script_reader_text(r, fw, line, &p->text, true, max);
        lua_pop(L, 1);
        const char *extra_field = kind == GAME_PART_FROM      ? "address"
                                  : kind == GAME_PART_LINK    ? "url"
                                  : kind == GAME_PART_AUTHOR  ? "handle"
                                  : kind == GAME_PART_COMMENT ? "author"
                                                              : NULL;
        bool extra_needed = kind == GAME_PART_FROM || kind == GAME_PART_LINK;
        if (ok && extra_field) {
            int t = script_rawfield(L, -1, extra_field);
            if (t == LUA_TSTRING && script_reader_string(r, -1, fw, line, 200))
                p->extra = script_dup_string(L, -1);
            else if (t != LUA_TNIL || extra_needed)
                ok = script_reader_fail(r, line, "%s needs %s = \"…\"", fw, extra_field);
            lua_pop(L, 1);
        }
        if (ok) ok = read_clue(r, fw, line, p);
    } else {
        ok = script_reader_text(r, fw, line, &p->text, true,
                                max); /* a string or a { fr, en } text */
    }
    if (ok)
        q->nparts++;
    else {
        game_text_deinit(&p->text);
        game_text_deinit(&p->why);
        free(p->extra);
        memset(p, 0, sizeof *p);
    }
    return ok;
}

/* A mock-up: single parts and lists of parts, as the table for its type says. */
typedef struct {
    const char *field; /* in the mock-up's table */
    game_part_kind kind;
    const char *textfield; /* the text's field when the part is a table */
    bool list;             /* a list of such parts: named field.N */
    bool required;
} mockup_field;

static const mockup_field mail_fields[] = {
    {"from", GAME_PART_FROM, "name", false, true},
    {"reply_to", GAME_PART_REPLY_TO, "address", false, false},
    {"subject", GAME_PART_SUBJECT, "text", false, true},
    {"date", GAME_PART_DATE, "text", false, false},
    {"body", GAME_PART_BODY, "text", true, false},
    {"links", GAME_PART_LINK, "text", true, false},
    {"attachments", GAME_PART_ATTACHMENT, "name", true, false},
    {NULL, 0, NULL, false, false}};
static const mockup_field sms_fields[] = {{"from", GAME_PART_SUBJECT, "text", false, true},
                                          {"messages", GAME_PART_MESSAGE, "text", true, true},
                                          {"links", GAME_PART_LINK, "text", true, false},
                                          {NULL, 0, NULL, false, false}};
static const mockup_field browser_fields[] = {{"url", GAME_PART_URL, "text", false, true},
                                              {"title", GAME_PART_TITLE, "text", false, false},
                                              {"body", GAME_PART_BODY, "text", true, false},
                                              {"fields", GAME_PART_FIELD, "text", true, false},
                                              {"button", GAME_PART_BUTTON, "text", false, false},
                                              {NULL, 0, NULL, false, false}};
static const mockup_field post_fields[] = {{"author", GAME_PART_AUTHOR, "name", false, true},
                                           {"date", GAME_PART_DATE, "text", false, false},
                                           {"body", GAME_PART_BODY, "text", true, true},
                                           {"links", GAME_PART_LINK, "text", true, false},
                                           {"likes", GAME_PART_STATS, "text", false, false},
                                           {"comments", GAME_PART_COMMENT, "text", true, false},
                                           {NULL, 0, NULL, false, false}};

/* spots = { { x =, y =, w =, h =, label =, clue = }, … }: areas of the question's picture,
 * as shares of its width and height. The list on top.   [-0, +0] */
static bool read_spots(script_reader *r, const char *what, int line, game_question *q)
{
    lua_State *L = r->L;
    if (lua_type(L, -1) != LUA_TTABLE)
        return script_reader_fail(
            r, line,
            "%s: spots must be a list: spots = { { x = 0.1, y = 0.2, w = 0.3, "
            "h = 0.1, label = \"…\" } }",
            what);
    int it = script_rawfield(L, -2, "image");
    lua_pop(L, 1);
    if (it == LUA_TNIL)
        return script_reader_fail(r, line,
                                  "%s: spots are areas of a picture: add image = \"….png\"", what);
    size_t n = (size_t)lua_rawlen(L, -1);
    if (n < 1) return script_reader_fail(r, line, "%s: spots needs at least one spot", what);
    q->mockup = GAME_MOCKUP_IMAGE;
    for (size_t k = 0; k < n; k++) {
        char name[24], fw[240];
        snprintf(name, sizeof name, "spots.%u", (unsigned)(k + 1) % 100000u);
        snprintf(fw, sizeof fw, "%s: %s", what, name);
        if (q->nparts >= GAME_MAX_PARTS)
            return script_reader_fail(r, line, "%s: at most %d spots", what, GAME_MAX_PARTS);
        lua_rawgeti(L, -1, (lua_Integer)k + 1);
        if (lua_type(L, -1) != LUA_TTABLE) {
            lua_pop(L, 1);
            return script_reader_fail(r, line, "%s must be a table { x =, y =, w =, h =, label = }",
                                      fw);
        }
        game_part *p = &q->parts[q->nparts];
        memset(p, 0, sizeof *p);
        p->kind = GAME_PART_SPOT;
        snprintf(p->name, sizeof p->name, "%s", name);
        static const char *const dims[4] = {"x", "y", "w", "h"};
        double v[4];
        bool ok = true;
        for (int d = 0; ok && d < 4; d++) {
            ok = script_reader_number(r, fw, line, dims[d], -1, &v[d]);
            if (ok && !(v[d] >= 0 && v[d] <= 1))
                ok = script_reader_fail(r, line, "%s: %s is a share of the picture, from 0 to 1",
                                        fw, dims[d]);
        }
        if (ok && (v[2] <= 0 || v[3] <= 0 || v[0] + v[2] > 1.0001 || v[1] + v[3] > 1.0001))
            ok = script_reader_fail(
                r, line, "%s: the spot must lie inside the picture (x + w <= 1, y + h <= 1)", fw);
        if (ok) {
            script_rawfield(L, -1, "label");
            char lw[320];
            snprintf(lw, sizeof lw, "%s: label (what the spot shows, for the feedback)", fw);
            ok = script_reader_text(r, lw, line, &p->text, true, 200);
            lua_pop(L, 1);
        }
        if (ok) ok = read_clue(r, fw, line, p);
        lua_pop(L, 1);
        if (!ok) {
            game_text_deinit(&p->text);
            game_text_deinit(&p->why);
            memset(p, 0, sizeof *p);
            return false;
        }
        for (int d = 0; d < 4; d++) p->area[d] = (float)v[d];
        q->nparts++;
    }
    return true;
}

bool script_mockup_read(script_reader *r, const char *what, int line, game_question *q)
{
    lua_State *L = r->L;
    static const struct {
        const char *name;
        game_mockup type;
        const mockup_field *fields;
    } types[] = {{"mail", GAME_MOCKUP_MAIL, mail_fields},
                 {"sms", GAME_MOCKUP_SMS, sms_fields},
                 {"browser", GAME_MOCKUP_BROWSER, browser_fields},
                 {"post", GAME_MOCKUP_POST, post_fields}};
    const mockup_field *fields = NULL;
    int ml = line;
    const char *chosen = NULL;
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        int t = script_rawfield(L, -1, types[i].name);
        lua_pop(L, 1);
        if (t == LUA_TNIL) continue;
        int tl = script_reader_line(r, line, types[i].name);
        if (t != LUA_TTABLE)
            return script_reader_fail(r, tl, "%s: %s must be a table: %s = { … }", what,
                                      types[i].name, types[i].name);
        if (chosen)
            return script_reader_fail(r, tl,
                                      "%s: one mock-up per question: both %s and %s are given",
                                      what, chosen, types[i].name);
        chosen = types[i].name;
        fields = types[i].fields;
        q->mockup = types[i].type;
        ml = tl;
    }
    if (fields) script_rawfield(L, -1, chosen);
    if (!fields && script_rawfield(L, -1, "spots") != LUA_TNIL) {
        if (!read_spots(r, what, script_reader_line(r, line, "spots"), q)) {
            lua_pop(L, 1);
            return false;
        }
    } else if (!fields) {
        lua_pop(L, 1);
        return script_reader_fail(
            r, line,
            "%s: a hotspot question needs a mock-up (mail = { … }, sms = { … }, browser = { … } "
            "or post = { … }), or an image and its spots = { … }",
            what);
    }
    bool ok = true;
    for (const mockup_field *f = fields; ok && f && f->field; f++) {
        int fl = script_reader_line(r, ml, f->field);
        int t = script_rawfield(L, -1, f->field);
        if (t == LUA_TNIL) {
            if (f->required)
                ok = script_reader_fail(r, ml, "%s: the mock-up needs %s", what, f->field);
        } else if (!f->list) {
            ok = read_part(r, what, fl, q, f->kind, f->field, f->textfield);
        } else if (t != LUA_TTABLE) {
            ok = script_reader_fail(r, fl, "%s: %s must be a list", what, f->field);
        } else {
            size_t n = (size_t)lua_rawlen(L, -1);
            for (size_t k = 0; ok && k < n; k++) {
                char name[24];
                snprintf(name, sizeof name, "%s.%zu", f->field, k + 1);
                lua_rawgeti(L, -1, (lua_Integer)k + 1);
                ok = read_part(r, what, fl, q, f->kind, name, f->textfield);
                lua_pop(L, 1);
            }
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    if (!ok) return false;
    for (size_t p = 0; p < q->nparts; p++)
        if (q->parts[p].clue) q->correct_mask |= 1u << p;
    /* Each part may be short and the whole still too much for one screen: the mock-up would
     * shrink to the smallest text and then be cut. */
    size_t first = 0;
    for (int i = 0; q->mockup != GAME_MOCKUP_IMAGE && i < GAME_LANG_COUNT; i++) {
        size_t n = 0;
        for (size_t p = 0; p < q->nparts; p++) {
            const char *t = game_text_get(&q->parts[p].text, (game_lang)i);
            n += (t ? script_utf8_chars(t) : 0) +
                 (q->parts[p].extra ? script_utf8_chars(q->parts[p].extra) : 0);
        }
        if (i == 0) first = n;
        if (n > MOCKUP_SOFT_CHARS && (i == 0 || n != first))
            script_reader_warn(
                r, ml,
                "%s: the mock-up holds %zu characters of text (%s): past about %d it may not fit "
                "on a 1024x768 screen; shorten it",
                what, n, game_lang_code((game_lang)i), MOCKUP_SOFT_CHARS);
    }
    if (!script_reader_number(r, what, line, "penalty", 0.5, &q->penalty)) return false;
    if (q->penalty < 0 || q->penalty > 1)
        return script_reader_fail(r, script_reader_line(r, line, "penalty"),
                                  "%s: penalty is a share of one clue, 0 to 1", what);
    return true;
}
