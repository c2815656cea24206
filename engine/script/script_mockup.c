/* script_mockup.c — a hotspot question's mock-up: a mail, a text message, a web page, a
 * social post, a workplace chat, a document (an invoice), a phone call or a phone notification
 * drawn from data, or spots on a picture. Reads each part and its clue, marks the clues as the
 * parts to find, and reads the penalty of a wrong mark. Hotspot's row in script_kinds.c points
 * here. Knows nothing of how the ui draws them.
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
        ok = script_reader_text(r, cw, script_reader_line(r, line, "clue"), &p->why, true, 400);
    }
    lua_pop(r->L, 1);
    return ok;
}

/* Whether s is a part's own name: lower-case letters, digits and dashes, 1 to 23 bytes, and
 * not of the form of a position name ("body.2" has a dot). */
static bool valid_part_id(const char *s, size_t len)
{
    if (len == 0 || len >= sizeof((game_part *)0)->id) return false;
    for (size_t i = 0; i < len; i++)
        if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
            return false;
    return true;
}

/* A part's or a spot's optional id = "rib": its name in answers files and reports, unique in
 * the question. The part's table on top; p is not yet counted in q.   [-0, +0] */
static bool read_part_id(script_reader *r, const char *fw, int line, const game_question *q,
                         game_part *p)
{
    lua_State *L = r->L;
    int t = script_rawfield(L, -1, "id");
    bool ok = true;
    int il = script_reader_line(r, line, "id");
    if (t == LUA_TSTRING) {
        size_t len;
        const char *s = lua_tolstring(L, -1, &len);
        if (!valid_part_id(s, len) || strlen(s) != len) {
            char shown[64];
            snprintf(shown, sizeof shown, "%s", s);
            ok = script_reader_fail(r, il,
                                    "%s: id = \"%s\": a part's id is 1 to %zu lower-case letters, "
                                    "digits and dashes, like id = \"rib\"",
                                    fw, shown, sizeof p->id - 1);
        } else {
            for (size_t k = 0; ok && k < q->nparts; k++)
                if (strcmp(q->parts[k].id, s) == 0 || strcmp(q->parts[k].name, s) == 0)
                    ok = script_reader_fail(r, il, "%s: id = \"%s\" is already the name of part %s",
                                            fw, s, q->parts[k].name);
            if (ok) snprintf(p->id, sizeof p->id, "%s", s);
        }
    } else if (t != LUA_TNIL) {
        ok = script_reader_fail(r, il, "%s: id must be a string, like id = \"rib\"", fw);
    }
    lua_pop(L, 1);
    return ok;
}

/* The field a part's table may have beside its text: a sender's address, a link's target, an
 * author's handle, a comment's author (plain strings, in part->extra); a chat sender's badge, a
 * letterhead's address line, an invoice line's amount (texts, which may differ by language:
 * "Externe" / "External", "84,00 €" / "€84.00", in part->note); its longest (bytes) and
 * whether it is needed. */
typedef struct {
    const char *field;
    size_t max;
    bool needed;
    bool text;
} part_extra;

static const part_extra part_extras[GAME_PART_KIND_COUNT] = {
    [GAME_PART_FROM] = {"address", 200, true, false},
    [GAME_PART_LINK] = {"url", 200, true, false},
    [GAME_PART_AUTHOR] = {"handle", 200, false, false},
    [GAME_PART_COMMENT] = {"author", 200, false, false},
    [GAME_PART_SENDER] = {"detail", 40, false, true},
    [GAME_PART_LETTERHEAD] = {"detail", 200, false, true},
    [GAME_PART_LINE] = {"amount", 40, false, true},
};

/* One part of a mock-up: a text, or a table with its text in textfield (name, address,
 * text…), the extra field its kind has, a clue and an id; or a { fr = …, en = … } text with
 * a clue and an id. Value on top; the cursor on its table.   [-0, +0] */
/* A misspelt clue (`clu`, `clues`, `Clue`) would turn the part into a decoy that costs points
 * when marked: an error, not a warning. The part's table on top.   [-0, +0] */
static bool clue_misspelt(script_reader *r, const char *fw, int line)
{
    lua_State *L = r->L;
    if (script_rawfield(L, -1, "clue") != LUA_TNIL) {
        lua_pop(L, 1);
        return false;
    }
    lua_pop(L, 1);
    static const char *const clue[] = {"clue", NULL};
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) continue;
        const char *k = lua_tostring(L, -1);
        if (!script_nearest(k, clue)) continue;
        char bad[64];
        snprintf(bad, sizeof bad, "%s", k);
        lua_pop(L, 1);
        script_reader_fail(r, script_reader_line(r, line, bad),
                           "%s: unknown field \"%s\" (did you mean \"clue\"?): without its clue "
                           "this part is a decoy, and a player who marks it loses points",
                           fw, bad);
        return true;
    }
    return false;
}

static bool read_part(script_reader *r, const char *what, int line, game_question *q,
                      game_part_kind kind, const char *name, const char *textfield, size_t max)
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
    part_extra ex = part_extras[kind];
    const char *extra_field = ex.field;
    if (lua_type(L, -1) != LUA_TTABLE) {
        ok = script_reader_text(r, fw, line, &p->text, true, max); /* a string, or not a text */
    } else {
        bool detailed = script_rawfield(L, -1, textfield) != LUA_TNIL;
        lua_pop(L, 1);
        int ft = script_rawfield(L, -1, "fr");
        lua_pop(L, 1);
        int et = script_rawfield(L, -1, "en");
        lua_pop(L, 1);
        bool text = !detailed && (ft != LUA_TNIL || et != LUA_TNIL);
        const char *known[6] = {textfield, "clue", "id", NULL, NULL, NULL};
        if (text)
            known[0] = "fr", known[3] = "en";
        else if (extra_field)
            known[3] = extra_field;
        if (clue_misspelt(r, fw, line)) return false;
        script_reader_unknown(r, fw, line, known, NULL);
        if (!detailed && !text)
            return script_reader_fail(r, line, "%s needs %s = \"…\"%s%s%s", fw, textfield,
                                      ex.needed ? " and " : "", ex.needed ? extra_field : "",
                                      ex.needed ? " = \"…\"" : "");
        if (detailed) {
            script_rawfield(L, -1, textfield);
            ok = script_reader_text(r, fw, script_reader_line(r, line, textfield), &p->text, true,
                                    max);
            lua_pop(L, 1);
        } else {
            r->text_shared = true; /* its clue and id are checked here */
            ok = script_reader_text(r, fw, line, &p->text, true, max);
            r->text_shared = false;
        }
        if (ok && extra_field && detailed) {
            int el = script_reader_line(r, line, extra_field);
            int t = script_rawfield(L, -1, extra_field);
            if (ex.text && t != LUA_TNIL) {
                char ew[260];
                snprintf(ew, sizeof ew, "%s: %s", fw, extra_field);
                ok = script_reader_text(r, ew, el, &p->note, true, ex.max);
            } else if (t == LUA_TSTRING) {
                char ew[260];
                snprintf(ew, sizeof ew, "%s: %s", fw, extra_field);
                ok = script_reader_string(r, -1, ew, el, ex.max);
                if (ok) p->extra = script_dup_string(L, -1);
            } else if (t != LUA_TNIL || ex.needed) {
                ok = script_reader_fail(r, el, "%s needs %s = \"…\"", fw, extra_field);
            }
            lua_pop(L, 1);
        }
        if (ok) ok = read_clue(r, fw, line, p);
        if (ok) ok = read_part_id(r, fw, line, q, p);
    }
    if (ok)
        q->nparts++;
    else {
        game_text_deinit(&p->text);
        game_text_deinit(&p->why);
        free(p->extra);
        game_text_deinit(&p->note);
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
    bool required;         /* and, for a list, not empty */
    size_t max;            /* a part's text, in bytes (docs/authoring.md's table) */
    size_t most;           /* a list: at most this many parts, 0 for no limit of its own */
} mockup_field;

#define MAX_PARA 600 /* a paragraph */
#define MAX_LINE 300 /* a line: a name, a subject, a message */
#define MAX_KEY  80  /* a button of a notification: three side by side */

static const mockup_field mail_fields[] = {
    {"from", GAME_PART_FROM, "name", false, true, MAX_LINE, 0},
    {"reply_to", GAME_PART_REPLY_TO, "address", false, false, MAX_LINE, 0},
    {"subject", GAME_PART_SUBJECT, "text", false, true, MAX_LINE, 0},
    {"date", GAME_PART_DATE, "text", false, false, MAX_LINE, 0},
    {"body", GAME_PART_BODY, "text", true, false, MAX_PARA, 0},
    {"links", GAME_PART_LINK, "text", true, false, MAX_LINE, 0},
    {"attachments", GAME_PART_ATTACHMENT, "name", true, false, MAX_LINE, 0},
    {NULL, 0, NULL, false, false, 0, 0}};
static const mockup_field sms_fields[] = {
    {"from", GAME_PART_SUBJECT, "text", false, true, MAX_LINE, 0},
    {"messages", GAME_PART_MESSAGE, "text", true, true, MAX_LINE, 0},
    {"links", GAME_PART_LINK, "text", true, false, MAX_LINE, 0},
    {NULL, 0, NULL, false, false, 0, 0}};
static const mockup_field browser_fields[] = {
    {"url", GAME_PART_URL, "text", false, true, MAX_LINE, 0},
    {"title", GAME_PART_TITLE, "text", false, false, MAX_LINE, 0},
    {"body", GAME_PART_BODY, "text", true, false, MAX_PARA, 0},
    {"fields", GAME_PART_FIELD, "text", true, false, MAX_LINE, 0},
    {"button", GAME_PART_BUTTON, "text", false, false, MAX_LINE, 0},
    {NULL, 0, NULL, false, false, 0, 0}};
static const mockup_field post_fields[] = {
    {"author", GAME_PART_AUTHOR, "name", false, true, MAX_LINE, 0},
    {"date", GAME_PART_DATE, "text", false, false, MAX_LINE, 0},
    {"body", GAME_PART_BODY, "text", true, true, MAX_PARA, 0},
    {"links", GAME_PART_LINK, "text", true, false, MAX_LINE, 0},
    {"likes", GAME_PART_STATS, "text", false, false, MAX_LINE, 0},
    {"comments", GAME_PART_COMMENT, "text", true, false, MAX_LINE, 0},
    {NULL, 0, NULL, false, false, 0, 0}};
static const mockup_field chat_fields[] = {
    {"channel", GAME_PART_CHANNEL, "text", false, false, MAX_LINE, 0},
    {"from", GAME_PART_SENDER, "name", false, true, MAX_LINE, 0},
    {"date", GAME_PART_DATE, "text", false, false, MAX_LINE, 0},
    {"messages", GAME_PART_MESSAGE, "text", true, true, MAX_LINE, 0},
    {"links", GAME_PART_LINK, "text", true, false, MAX_LINE, 0},
    {"attachments", GAME_PART_ATTACHMENT, "name", true, false, MAX_LINE, 0},
    {NULL, 0, NULL, false, false, 0, 0}};
static const mockup_field document_fields[] = {
    {"letterhead", GAME_PART_LETTERHEAD, "text", false, true, MAX_LINE, 0},
    {"title", GAME_PART_TITLE, "text", false, false, MAX_LINE, 0},
    {"date", GAME_PART_DATE, "text", false, false, MAX_LINE, 0},
    {"body", GAME_PART_BODY, "text", true, false, MAX_PARA, 0},
    {"lines", GAME_PART_LINE, "text", true, false, MAX_LINE, 0},
    {"total", GAME_PART_TOTAL, "text", false, false, MAX_LINE, 0},
    {"iban", GAME_PART_IBAN, "text", false, false, MAX_LINE, 0},
    {"signature", GAME_PART_SIGNATURE, "text", false, false, MAX_LINE, 0},
    {NULL, 0, NULL, false, false, 0, 0}};
static const mockup_field call_fields[] = {
    {"caller", GAME_PART_CALLER, "text", false, true, MAX_LINE, 0},
    {"number", GAME_PART_NUMBER, "text", false, false, MAX_LINE, 0},
    {"date", GAME_PART_DATE, "text", false, false, MAX_LINE, 0},
    {"transcript", GAME_PART_TRANSCRIPT, "text", true, true, MAX_LINE, 0},
    {NULL, 0, NULL, false, false, 0, 0}};
static const mockup_field notification_fields[] = {
    {"app", GAME_PART_APP, "text", false, true, MAX_LINE, 0},
    {"date", GAME_PART_DATE, "text", false, false, MAX_LINE, 0},
    {"title", GAME_PART_TITLE, "text", false, false, MAX_LINE, 0},
    {"body", GAME_PART_BODY, "text", true, false, MAX_LINE, 0},
    {"actions", GAME_PART_ACTION, "text", true, false, MAX_KEY, 3},
    {NULL, 0, NULL, false, false, 0, 0}};

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
        int kl = script_reader_item_line(r, k + 1, line);
        lua_rawgeti(L, -1, (lua_Integer)k + 1);
        if (lua_type(L, -1) != LUA_TTABLE) {
            lua_pop(L, 1);
            return script_reader_fail(r, kl, "%s must be a table { x =, y =, w =, h =, label = }",
                                      fw);
        }
        int saved = script_reader_enter_item(r, k + 1);
        static const char *const spot_fields[] = {"x", "y", "w", "h", "label", "clue", "id", NULL};
        if (clue_misspelt(r, fw, kl)) {
            script_reader_leave(r, saved);
            lua_pop(L, 1);
            return false;
        }
        script_reader_unknown(r, fw, kl, spot_fields, NULL);
        game_part *p = &q->parts[q->nparts];
        memset(p, 0, sizeof *p);
        p->kind = GAME_PART_SPOT;
        snprintf(p->name, sizeof p->name, "%s", name);
        static const char *const dims[4] = {"x", "y", "w", "h"};
        double v[4];
        bool ok = true;
        for (int d = 0; ok && d < 4; d++) {
            ok = script_reader_number(r, fw, kl, dims[d], -1, &v[d]);
            if (ok && script_reader_line(r, 0, dims[d]) == 0 && v[d] == -1)
                ok = script_reader_fail(r, kl, "%s: %s is missing: a share of the picture, 0 to 1",
                                        fw, dims[d]);
            else if (ok && !(v[d] >= 0 && v[d] <= 1))
                ok = script_reader_fail(r, script_reader_line(r, kl, dims[d]),
                                        "%s: %s = %g: it is a share of the picture, from 0 to 1",
                                        fw, dims[d], v[d]);
        }
        if (ok && (v[2] <= 0 || v[3] <= 0))
            ok = script_reader_fail(r, script_reader_line(r, kl, v[2] <= 0 ? "w" : "h"),
                                    "%s: %s = %g: a spot needs a width and a height above 0", fw,
                                    v[2] <= 0 ? "w" : "h", v[2] <= 0 ? v[2] : v[3]);
        else if (ok && (v[0] + v[2] > 1.0001 || v[1] + v[3] > 1.0001))
            ok = script_reader_fail(
                r, script_reader_line(r, kl, v[0] + v[2] > 1.0001 ? "w" : "h"),
                "%s: the spot must lie inside the picture (x + w <= 1, y + h <= 1), but %s = %g",
                fw, v[0] + v[2] > 1.0001 ? "x + w" : "y + h",
                v[0] + v[2] > 1.0001 ? v[0] + v[2] : v[1] + v[3]);
        if (ok) {
            script_rawfield(L, -1, "label");
            char lw[320];
            snprintf(lw, sizeof lw, "%s: label (what the spot shows, for the feedback)", fw);
            ok = script_reader_text(r, lw, script_reader_line(r, kl, "label"), &p->text, true, 200);
            lua_pop(L, 1);
        }
        if (ok) ok = read_clue(r, fw, kl, p);
        if (ok) ok = read_part_id(r, fw, kl, q, p);
        script_reader_leave(r, saved);
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

/* Whether the value on top holds a clue: a part's table, or a list of them.   [-0, +0] */
static bool holds_clue(lua_State *L)
{
    if (lua_type(L, -1) != LUA_TTABLE) return false;
    bool clue = script_rawfield(L, -1, "clue") != LUA_TNIL;
    lua_pop(L, 1);
    for (lua_Integer k = 1; !clue && k <= 64; k++) {
        if (lua_rawgeti(L, -1, k) != LUA_TTABLE) {
            lua_pop(L, 1);
            break;
        }
        clue = script_rawfield(L, -1, "clue") != LUA_TNIL;
        lua_pop(L, 2);
    }
    return clue;
}

/* An unknown field that holds a clue is an error of its own (check_mockup_fields), not a
 * warning too.   [-0, +0] */
static bool clue_field(lua_State *L, const char *name)
{
    (void)name;
    return holds_clue(L);
}

/* The mock-up's table on top: a field it does not have is a warning, and an error when it
 * holds a clue, which the game would never show.   [-0, +0] */
static bool check_mockup_fields(script_reader *r, const char *what, int line, const char *type,
                                const mockup_field *fields, const char *const *plain)
{
    lua_State *L = r->L;
    const char *known[16];
    size_t nk = 0;
    for (const mockup_field *f = fields; f->field && nk + 1 < 16; f++) known[nk++] = f->field;
    size_t nparts = nk;
    for (const char *const *f = plain; f && *f && nk + 1 < 16; f++) known[nk++] = *f;
    known[nk] = NULL;
    char list[200];
    size_t o = 0;
    list[0] = '\0';
    for (size_t k = 0; k < nparts && o < sizeof list; k++)
        o += (size_t)snprintf(list + o, sizeof list - o, "%s%s", k ? ", " : "", known[k]);
    /* The first field that is no part and holds a clue, which the player would never see; the
     * others are warnings (a typo: `titel`), named with the mock-up they are in. */
    int bad_line = 0;
    char bad[64] = "";
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        bool clue = holds_clue(L);
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) continue;
        const char *k = lua_tostring(L, -1);
        bool ok = false;
        for (size_t i = 0; !ok && i < nk; i++) ok = strcmp(known[i], k) == 0;
        if (ok || !clue) continue;
        int kl = script_reader_line(r, line, k);
        if (!bad_line || kl < bad_line) {
            bad_line = kl;
            snprintf(bad, sizeof bad, "%s", k);
        }
    }
    char mw[240];
    snprintf(mw, sizeof mw, "%s: %s", what, type);
    script_reader_unknown(r, mw, line, known, clue_field);
    if (bad_line) {
        const char *near = script_nearest(bad, known);
        char hint[80] = "";
        if (near) snprintf(hint, sizeof hint, " (did you mean \"%s\"?)", near);
        return script_reader_fail(r, bad_line,
                                  "%s: the %s has no part \"%s\"%s: its clue would never be "
                                  "shown; its parts are %s",
                                  what, type, bad, hint, list);
    }
    return true;
}

/* ---- what a mock-up has besides its parts ---- */

static const char *const chat_plain[] = {"app", NULL};
static const char *const call_plain[] = {"voicemail", NULL};

/* chat: app = "Messagerie Dupin", the workspace's name in the title bar: a text (a plain
 * string, or { fr = …, en = … }), not a part (it names the tool, it is never a clue). The
 * chat's table on top.   [-0, +0] */
static bool read_chat(script_reader *r, const char *what, int line, game_question *q)
{
    lua_State *L = r->L;
    int t = script_rawfield(L, -1, "app");
    int al = script_reader_line(r, line, "app");
    bool ok = true;
    char aw[260];
    snprintf(aw, sizeof aw, "%s: chat: app", what);
    if (t == LUA_TTABLE && script_rawfield(L, -1, "clue") != LUA_TNIL) {
        lua_pop(L, 1);
        ok = script_reader_fail(r, al,
                                "%s is the workspace's name, not a part: it takes no clue "
                                "(app = \"Messagerie Dupin\")",
                                aw);
    } else {
        if (t == LUA_TTABLE) lua_pop(L, 1);
        if (t == LUA_TSTRING || t == LUA_TTABLE)
            ok = script_reader_text(r, aw, al, &q->mockup_app, true, 80);
        else if (t != LUA_TNIL)
            ok = script_reader_fail(r, al,
                                    "%s must be a text, the workspace's name: app = "
                                    "\"Messagerie Dupin\" (it is no part: it takes no clue)",
                                    aw);
    }
    lua_pop(L, 1);
    return ok;
}

/* document: an invoice without lines still says what it is for: body or lines, at least one. */
static bool read_document(script_reader *r, const char *what, int line, game_question *q)
{
    for (size_t p = 0; p < q->nparts; p++)
        if (q->parts[p].kind == GAME_PART_BODY || q->parts[p].kind == GAME_PART_LINE) return true;
    return script_reader_fail(r, line,
                              "%s: the document needs body = { … } (its paragraphs) or lines = { … "
                              "} (an invoice's lines), or both",
                              what);
}

/* call: voicemail = true for a voicemail left (a play bar), else a call ringing. The call's
 * table on top.   [-0, +0] */
static bool read_call(script_reader *r, const char *what, int line, game_question *q)
{
    lua_State *L = r->L;
    int t = script_rawfield(L, -1, "voicemail");
    bool ok = true;
    if (t == LUA_TBOOLEAN)
        q->voicemail = lua_toboolean(L, -1);
    else if (t != LUA_TNIL)
        ok = script_reader_fail(r, script_reader_line(r, line, "voicemail"),
                                "%s: call: voicemail must be true (a voicemail left) or false (a "
                                "call ringing, the default)",
                                what);
    lua_pop(L, 1);
    return ok;
}

bool script_mockup_read(script_reader *r, const char *what, int line, game_question *q)
{
    lua_State *L = r->L;
    /* One row per mock-up: its parts, its fields that are no parts, and what it checks once its
     * parts are read (the mock-up's table on top). */
    static const struct {
        const char *name;
        game_mockup type;
        const mockup_field *fields;
        const char *const *plain;
        bool (*more)(script_reader *r, const char *what, int line, game_question *q);
    } types[] = {
        {"mail", GAME_MOCKUP_MAIL, mail_fields, NULL, NULL},
        {"sms", GAME_MOCKUP_SMS, sms_fields, NULL, NULL},
        {"browser", GAME_MOCKUP_BROWSER, browser_fields, NULL, NULL},
        {"post", GAME_MOCKUP_POST, post_fields, NULL, NULL},
        {"chat", GAME_MOCKUP_CHAT, chat_fields, chat_plain, read_chat},
        {"document", GAME_MOCKUP_DOCUMENT, document_fields, NULL, read_document},
        {"call", GAME_MOCKUP_CALL, call_fields, call_plain, read_call},
        {"notification", GAME_MOCKUP_NOTIFICATION, notification_fields, NULL, NULL},
    };
    _Static_assert(sizeof types / sizeof *types == GAME_MOCKUP_COUNT - 1,
                   "every mock-up but the picture's spots has a row here");
    const mockup_field *fields = NULL;
    const char *const *plain = NULL;
    bool (*more)(script_reader *, const char *, int, game_question *) = NULL;
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
        plain = types[i].plain;
        more = types[i].more;
        q->mockup = types[i].type;
        ml = tl;
    }
    if (fields) script_rawfield(L, -1, chosen);
    if (!fields && script_rawfield(L, -1, "spots") != LUA_TNIL) {
        int sl = script_reader_line(r, line, "spots");
        int saved = script_reader_enter(r, "spots");
        bool sok = read_spots(r, what, sl, q);
        script_reader_leave(r, saved);
        if (!sok) {
            lua_pop(L, 1);
            return false;
        }
    } else if (!fields) {
        lua_pop(L, 1);
        return script_reader_fail(
            r, line,
            "%s: a hotspot question needs a mock-up (mail, sms, browser, post, chat, document, "
            "call or notification = { … }), or an image and its spots = { … }",
            what);
    }
    bool ok = true;
    int qnode = r->node;
    if (fields) {
        script_reader_enter(r, chosen);
        ok = check_mockup_fields(r, what, ml, chosen, fields, plain);
    }
    for (const mockup_field *f = fields; ok && f && f->field; f++) {
        int fl = script_reader_line(r, ml, f->field);
        int t = script_rawfield(L, -1, f->field);
        int mnode = script_reader_enter(r, f->field);
        if (t == LUA_TNIL) {
            if (f->required)
                ok = script_reader_fail(r, ml, "%s: the %s needs %s", what, chosen, f->field);
        } else if (!f->list) {
            ok = read_part(r, what, fl, q, f->kind, f->field, f->textfield, f->max);
        } else if (t != LUA_TTABLE) {
            ok = script_reader_fail(r, fl, "%s: %s must be a list: %s = { … }", what, f->field,
                                    f->field);
        } else {
            size_t n = (size_t)lua_rawlen(L, -1);
            int lnode = r->node;
            if (n == 0 && f->required)
                ok = script_reader_fail(r, fl, "%s: the %s needs at least one entry in %s = { … }",
                                        what, chosen, f->field);
            else if (f->most && n > f->most)
                ok = script_reader_fail(r, fl, "%s: %s has %zu entries; the %s shows %zu at most",
                                        what, f->field, n, chosen, f->most);
            for (size_t k = 0; ok && k < n; k++) {
                char name[24];
                snprintf(name, sizeof name, "%s.%zu", f->field, k + 1);
                r->node = lnode;
                int kl = script_reader_item_line(r, k + 1, fl);
                script_reader_enter_item(r, k + 1);
                lua_rawgeti(L, -1, (lua_Integer)k + 1);
                ok = read_part(r, what, kl, q, f->kind, name, f->textfield, f->max);
                lua_pop(L, 1);
            }
        }
        script_reader_leave(r, mnode);
        lua_pop(L, 1);
    }
    if (ok && more) ok = more(r, what, ml, q);
    script_reader_leave(r, qnode);
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
            const char *note = game_text_get(&q->parts[p].note, (game_lang)i);
            n += (t ? script_utf8_chars(t) : 0) +
                 (q->parts[p].extra ? script_utf8_chars(q->parts[p].extra) : 0) +
                 (note ? script_utf8_chars(note) : 0);
        }
        const char *app = game_text_get(&q->mockup_app, (game_lang)i);
        if (app) n += script_utf8_chars(app);
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
                                  "%s: penalty = %g: it is a share of one clue, 0 to 1", what,
                                  q->penalty);
    return true;
}
