/* game.h — the game model: levels, sessions, answers, scores, the state machine.
 *
 * Pure C11. It includes no SDL header, no Lua header and reads no clock: time and
 * player actions are passed in, randomness comes from a seeded generator, and the
 * scoring rule is a callback supplied by the host (the Lua scoring scripts).
 * `vigie run`, the tests and the window all drive this same model.
 */
#ifndef VIGIE_GAME_H
#define VIGIE_GAME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- languages and localised text -------------------------------------- */

typedef enum { GAME_LANG_FR = 0, GAME_LANG_EN = 1, GAME_LANG_COUNT = 2 } game_lang;

/* A player-facing string in each language; a NULL entry is missing. */
typedef struct {
    char *s[GAME_LANG_COUNT];
} game_text;

/* The text in `lang`, else in the other language, else "". Never NULL. */
const char *game_text_get(const game_text *t, game_lang lang);
/* Frees the strings and zeroes the struct. */
void game_text_deinit(game_text *t);
/* "fr" or "en". */
const char *game_lang_code(game_lang lang);
/* Parses "fr", "fr_FR.UTF-8", "en_GB", …; returns false when neither. */
bool game_lang_parse(const char *s, game_lang *out);

/* ---- the pace: a player's or a session's time accommodation --------------- */

/* How the questions' time limits apply (docs/accessibility.md): as written, one and a half or
 * twice as long, or not at all. Any pace but NORMAL drops the speed factor from the scoring
 * (the rule sees no limit), and the kept run says it was not played at the normal pace. */
typedef enum {
    GAME_PACE_NORMAL = 0,
    GAME_PACE_X15,     /* 1.5 × each limit */
    GAME_PACE_X2,      /* 2 × each limit */
    GAME_PACE_UNTIMED, /* no limit */
    GAME_PACE_COUNT
} game_pace;

/* "normal", "1.5", "2", "untimed": what the options, the settings and the records write. */
const char *game_pace_name(game_pace p);
/* Parses a name above ("x1.5", "x2", "off" too); false when none. */
bool game_pace_parse(const char *s, game_pace *out);
/* A question's limit limit_ms (0: untimed) under pace p: 0 when untimed. */
uint32_t game_pace_limit(game_pace p, uint32_t limit_ms);

/* ---- errors ------------------------------------------------------------- */

/* What kind of problem, so that a screen can say it in plain words in the player's
 * language; the message itself is the exact detail, for the level's author. */
typedef enum {
    GAME_ERR_OTHER = 0,
    GAME_ERR_FILE,      /* the file cannot be read */
    GAME_ERR_SYNTAX,    /* the Lua text does not parse */
    GAME_ERR_FORBIDDEN, /* something levels may not do (bytecode, <close>, __gc…) */
    GAME_ERR_CONTENT,   /* a field is missing or wrong */
    GAME_ERR_RUNTIME,   /* the level's code failed while running */
    GAME_ERR_TIME,      /* stopped: it ran too long */
    GAME_ERR_MEMORY,    /* stopped: it used too much memory */
} game_error_kind;

/* What a Lua syntax error usually means, worked out from the source (script/ fills it,
 * game_error_hint says it in a language). */
typedef enum {
    GAME_HINT_NONE = 0,
    GAME_HINT_COMMA_EOL,    /* a comma missing at the end of hint_line */
    GAME_HINT_COMMA_BEFORE, /* a comma missing before hint_near, on hint_line */
    GAME_HINT_QUOTE,        /* a quote opened on hint_line and not closed */
    GAME_HINT_UNEXPECTED,   /* hint_near where Lua did not expect it */
    GAME_HINT_EQUALS,       /* a name not followed by = */
    GAME_HINT_EXTRA_CLOSE,  /* hint_what ("end", "}", ")") closes nothing */
    GAME_HINT_UNCLOSED,     /* hint_what opened on hint_line is never closed */
    GAME_HINT_PAREN,        /* a ( not closed, or a comma missing between values */
    GAME_HINT_NUMBER,       /* hint_near is not a number Lua reads */
    GAME_HINT_LONG_STRING,  /* a [[ text opened on hint_line never ends */
    GAME_HINT_LONG_COMMENT, /* a --[[ comment opened on hint_line never ends */
    GAME_HINT_EXPECTED,     /* Lua expected hint_what before hint_near */
    GAME_HINT_COUNT
} game_hint_kind;

typedef struct {
    char message[512];
    char file[256];
    int line; /* 0 when unknown */
    game_error_kind kind;
    /* a syntax error's likely cause: GAME_HINT_NONE for every other error */
    game_hint_kind hint;
    int hint_line;      /* where to look: exact, may differ from line */
    char hint_near[48]; /* the token Lua stopped at, as Lua quotes it, without the quotes */
    char hint_what[16]; /* the opener or closer concerned: "function", "{", "end", "}"… */
} game_error;

/* Fills err (which may be NULL) printf-style. Returns false, for `return game_error_set(…)`. */
bool game_error_set(game_error *err, const char *file, int line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* The hint of err in lang ("line 18: a comma is probably missing at the end of this line."),
 * into buf; returns false (buf empty) when err has none. */
bool game_error_hint(const game_error *err, game_lang lang, char *buf, size_t size);

/* ---- numbers (game_number.c) ---------------------------------------------- */

/* How an estimate's values are written: 10⁶ and 1,9 × 10⁷ (the default), 19 000 000 (plain,
 * thousands grouped), 19 M (short: k, M, Md in French; k, M, bn in English). */
typedef enum {
    GAME_NUMBER_POWERS = 0,
    GAME_NUMBER_PLAIN,
    GAME_NUMBER_SHORT,
    GAME_NUMBER_FORMAT_COUNT
} game_number_format;

/* The names a level gives them: "powers", "plain", "short". */
extern const char *const game_number_format_names[GAME_NUMBER_FORMAT_COUNT];
bool game_number_format_parse(const char *s, game_number_format *out);

/* v with its unit (may be NULL or "") in lang and format f, into buf. sig 0: as exact as the
 * format shows (whole numbers from 100 up, three significant digits below); sig N: rounded to
 * N significant digits first (a value set on a slider, in the report). French: decimal comma,
 * thousands with a narrow no-break space; English: decimal point, thousands with a comma; a
 * no-break space before the unit, except short money ("19 M€", "€19M"). */
void game_number_write(double v, game_number_format f, int sig, const char *unit, game_lang lang,
                       char *buf, size_t n);

/* ---- levels ------------------------------------------------------------- */

#define GAME_MAX_CHOICES 6
#define GAME_MAX_ITEMS   8   /* order and sort */
#define GAME_MAX_BINS    4   /* sort */
#define GAME_MAX_ACCEPT  16  /* input */
#define GAME_TEXT_MAX    128 /* input: what a player may type, in bytes */
#define GAME_MAX_PARTS   24  /* hotspot: the parts of a mock-up a player may mark */

/* hotspot: mock-ups drawn from data, and their parts. */
typedef enum {
    GAME_MOCKUP_MAIL = 0,
    GAME_MOCKUP_SMS,
    GAME_MOCKUP_BROWSER,
    GAME_MOCKUP_POST,
    GAME_MOCKUP_CHAT,         /* a workplace messenger: channel, sender, messages */
    GAME_MOCKUP_DOCUMENT,     /* an invoice or a letter: letterhead, lines, IBAN, signature */
    GAME_MOCKUP_CALL,         /* an incoming call or a voicemail: caller, number, transcript */
    GAME_MOCKUP_NOTIFICATION, /* a phone notification: an MFA request, an app alert */
    GAME_MOCKUP_IMAGE,        /* spots on the question's picture */
    GAME_MOCKUP_COUNT
} game_mockup;

typedef enum {
    GAME_PART_FROM = 0, /* sender's name and address */
    GAME_PART_REPLY_TO,
    GAME_PART_SUBJECT,
    GAME_PART_DATE,
    GAME_PART_BODY, /* a paragraph */
    GAME_PART_LINK, /* shown text, real target in `extra` */
    GAME_PART_ATTACHMENT,
    GAME_PART_MESSAGE,    /* sms: a message bubble */
    GAME_PART_URL,        /* browser: the address bar */
    GAME_PART_TITLE,      /* browser: the page's title */
    GAME_PART_FIELD,      /* browser: a form field */
    GAME_PART_BUTTON,     /* browser: the form's button */
    GAME_PART_AUTHOR,     /* post: who posted it, the handle in `extra` */
    GAME_PART_STATS,      /* post: the likes and shares line */
    GAME_PART_COMMENT,    /* post: a comment, its author in `extra` */
    GAME_PART_SPOT,       /* image: an area of the picture, its label in `text` */
    GAME_PART_CHANNEL,    /* chat: the channel or the conversation's name */
    GAME_PART_SENDER,     /* chat: who writes, a badge ("External") in `extra` or NULL */
    GAME_PART_LETTERHEAD, /* document: the issuer's name, its address line in `extra` or NULL */
    GAME_PART_LINE,       /* document: a line of an invoice, its amount in `extra` or NULL */
    GAME_PART_TOTAL,      /* document: the amount due */
    GAME_PART_IBAN,       /* document: the bank details to pay to */
    GAME_PART_SIGNATURE,  /* document: who signs it */
    GAME_PART_CALLER,     /* call: the name the phone shows */
    GAME_PART_NUMBER,     /* call: the number that calls */
    GAME_PART_TRANSCRIPT, /* call: a line of what the caller says */
    GAME_PART_APP,        /* notification: the app that sends it */
    GAME_PART_ACTION,     /* notification: one of its buttons */
    GAME_PART_KIND_COUNT
} game_part_kind;

typedef struct {
    game_part_kind kind;
    game_text text; /* what the mock-up shows */
    char *extra;    /* FROM: the address; LINK: the real target; AUTHOR: the handle;
                     COMMENT: who wrote it; else NULL */
    game_text note; /* in each language: SENDER: its badge ("Externe"); LETTERHEAD: the
                       address line; LINE: the amount ("84,00 €" / "€84.00"); else empty */
    bool clue;      /* a thing to spot */
    game_text why;  /* why it is (or is not) suspicious, revealed in the feedback */
    char name[24];  /* its position: "from", "body.2", "links.1" (answers files may use it) */
    char id[24];    /* the level's own name for it (id = "rib"), "" if none: see game_part_name */
    float area[4];  /* SPOT: x, y, w, h as shares of the picture's width and height */
} game_part;

/* How answers files, reports and JSON name a part: its id when the level gave one, else its
 * position name. */
static inline const char *game_part_name(const game_part *p)
{
    return p->id[0] ? p->id : p->name;
}

/* The question kinds. Each has one row in the model's table (game_kinds.c), one in the
 * script layer's readers and one in the ui's views, each checked by a _Static_assert on
 * GAME_KIND_COUNT: a kind missing a row fails the build. See docs/engine.md. */
typedef enum {
    GAME_KIND_CHOICE = 0, /* single choice, 2–6 choices */
    GAME_KIND_MULTI,      /* select all that apply */
    GAME_KIND_TRUEFALSE,  /* choice 0 is "true", choice 1 is "false" */
    GAME_KIND_ORDER,      /* put 2–8 items in order */
    GAME_KIND_SORT,       /* put 2–8 cards into 2–4 bins */
    GAME_KIND_INPUT,      /* type the answer */
    GAME_KIND_ESTIMATE,   /* a value on a scale */
    GAME_KIND_PASSWORD,   /* build a password strong enough */
    GAME_KIND_HOTSPOT,    /* mark the clues in a mock-up */
    GAME_KIND_PLAY,       /* a mini-game written in Lua ("game"): see game_play.h */
    GAME_KIND_COUNT
} game_kind;

/* What a kind's answer is made of: which game_response fields it fills and which actions
 * it takes while the question runs. */
typedef enum {
    GAME_SHAPE_PICK = 0, /* chosen: a bit per choice (GAME_ACT_CHOOSE) */
    GAME_SHAPE_ORDER,    /* order: the items in the player's order (GAME_ACT_MOVE) */
    GAME_SHAPE_BINS,     /* bins: each card's bin (GAME_ACT_PLACE) */
    GAME_SHAPE_TEXT,     /* text: typed (GAME_ACT_TEXT) */
    GAME_SHAPE_VALUE,    /* value: a number on a scale (GAME_ACT_VALUE) */
    GAME_SHAPE_PARTS,    /* chosen: a bit per marked part of a mock-up (GAME_ACT_CHOOSE) */
    GAME_SHAPE_PLAY,     /* credit: what the mini-game's finish() returned (GAME_ACT_FINISH) */
} game_shape;

struct game_question;
struct game_response;

/* One row of the model's kind table. */
typedef struct {
    const char *name; /* as levels write it: "choice", "multi", … */
    const char *what; /* one line in English, for messages and docs */
    game_shape shape;
    bool several;      /* PICK: boxes are ticked, then submitted; else a choice answers */
    bool fixed_order;  /* PICK: the choices keep their order (true before false) */
    bool never_solved; /* ORDER: never starts in the right order */
    /* How many choices (PICK) or items (ORDER, BINS) a question of this kind has. */
    unsigned min_count, max_count;
    /* Is the response exactly right? (input: normalised match; estimate: close enough) */
    bool (*correct)(const struct game_question *q, const struct game_response *r);
    /* May the draft be submitted? (sort: every card placed; input: something typed) */
    bool (*ready)(const struct game_question *q, const struct game_response *r);
    /* Fills what game_response_perfect's common part does not (input: an accepted text). */
    void (*perfect)(const struct game_question *q, struct game_response *r);
    /* The answer in words, for reports and recaps; never a password. */
    void (*words)(const struct game_question *q, const struct game_response *r, game_lang lang,
                  char *buf, size_t n);
} game_kind_info;

/* The row of k; an out-of-range k gets the "choice" row (never NULL). */
const game_kind_info *game_kind_get(game_kind k);
/* True for the kinds answered by picking among choices (GAME_SHAPE_PICK). */
bool game_kind_has_choices(game_kind k);
/* "choice", "multi", …; "?" when out of range. game_kind_parse returns false on an
 * unknown name. */
const char *game_kind_name(game_kind k);
bool game_kind_parse(const char *name, game_kind *out);
/* Every kind's name, quoted and comma-separated, for messages: "\"choice\", \"multi\", …". */
const char *game_kind_list(void);

typedef struct game_question {
    char *id;
    game_kind kind;
    game_text prompt;
    game_text choices[GAME_MAX_CHOICES]; /* empty for true/false: the UI names them */
    size_t nchoices;
    unsigned correct_mask; /* bit i: choice i (as written) is correct */
    game_text explain;
    char *source; /* may be NULL */
    char *image;  /* path of a picture shown with the prompt, or NULL */

    /* order: the items in the right order; sort: the cards */
    game_text items[GAME_MAX_ITEMS];
    size_t nitems;
    /* sort: the bins, and the right bin of each card */
    game_text bins[GAME_MAX_BINS];
    size_t nbins;
    unsigned char item_bin[GAME_MAX_ITEMS];
    /* input: accepted answers (compared without case, accents or extra spaces), or a
     * number within a tolerance */
    char *accept[GAME_MAX_ACCEPT];
    size_t naccept;
    bool numeric;
    double number, tolerance;
    /* estimate: the scale, the right value, how close counts as right and how far still
     * earns points (shares of the scale) */
    double min, max, target, close, spread;
    bool log_scale;
    game_text unit;
    game_number_format format; /* how its values are written (game_number_write) */
    /* password: the strength to reach, 1 (weak) to 4 (very strong) */
    int strength;
    /* hotspot: the mock-up and its parts; each wrong mark costs this share of one clue */
    game_mockup mockup;
    bool voicemail;       /* call: a voicemail left, not a call ringing */
    game_text mockup_app; /* chat: the workspace's name in the title bar, or empty */
    game_part parts[GAME_MAX_PARTS];
    size_t nparts;
    double penalty;
    /* game: the pictures it may draw, as written and as paths beside the level */
    char **images, **image_paths;
    size_t nimages;

    uint32_t time_ms; /* 0: untimed */
    uint32_t points;  /* base points; 1000 unless the level says otherwise */
    int line;         /* where the question starts in its file, 0 if unknown */
} game_question;

typedef struct {
    char *id;
    char *path; /* the file it came from */
    game_text title;
    game_text description;
    char **audience;
    size_t naudience;
    game_question *questions;
    size_t nquestions;
    bool confidence; /* its rule is "confidence": the player says how sure they are */
    bool no_streak;  /* its rule gives no streak bonus ("accuracy", "no-streak", "confidence"):
                        the screens do not show a streak that earns nothing */
} game_level;

/* How sure the player said they were: only a level whose rule is "confidence" asks. */
typedef enum { GAME_SURE_NOT_ASKED = 0, GAME_SURE_YES, GAME_SURE_NO } game_sure;

/* About how many minutes the level takes, as its intro screen says (at least 1): two thirds of
 * each time limit (30 s for an untimed question) to answer, then 6 s and half a second a word
 * of the explanation in lang to read the feedback (10 s to read 20 words). */
uint32_t game_level_minutes(const game_level *lv, game_lang lang);

/* Frees a level made by the loader (and the struct itself). NULL is fine. */
void game_level_destroy(game_level *lv);

/* How the French of the interface addresses the player: "tu" (the default) or "vous" (a
 * pack.lua's `register = "vous"`, for adults at work). English has one form for both. */
typedef enum { GAME_REGISTER_TU = 0, GAME_REGISTER_VOUS } game_register;

/* A pack: a folder with pack.lua and its levels, in the order pack.lua gives. */
typedef struct {
    char *id;
    char *dir;
    game_text title;
    game_text description;
    game_register reg; /* pack.lua's `register` */
    char **levels;     /* file paths */
    size_t nlevels;
} game_pack;

void game_pack_deinit(game_pack *p);
/* Whether a file name in a pack's folder is a level: "*.lua", but not the pack's pack.lua nor a
 * scripted run's answers ("*.answers.lua", which trainers keep beside their level). */
bool game_level_file_name(const char *name);

/* ---- the engine's UI strings --------------------------------------------- */

/* Key → text in each language, from the engine's catalog (scripts/catalog.lua). */
typedef struct {
    size_t n;
    char **keys;
    game_text *texts;
    char **vous; /* per key, the French in "vous", or NULL when `fr` serves both registers */
} game_catalog;

/* The text for key in lang; the key itself when the catalog lacks it (visible, not fatal).
 * In the "tu" register: game_catalog_get_reg with GAME_REGISTER_TU. */
const char *game_catalog_get(const game_catalog *c, game_lang lang, const char *key);
/* The same in a register: French in "vous" takes the key's `vous` form, else its `fr`;
 * English ignores the register. */
const char *game_catalog_get_reg(const game_catalog *c, game_lang lang, game_register reg,
                                 const char *key);
void game_catalog_deinit(game_catalog *c);
/* The text for key with {1}, {2}, {3} replaced by a1…a3 (NULL: nothing), cut to n bytes. */
void game_catalog_fmt(const game_catalog *c, game_lang lang, const char *key, const char *a1,
                      const char *a2, const char *a3, char *buf, size_t n);
void game_catalog_fmt_reg(const game_catalog *c, game_lang lang, game_register reg, const char *key,
                          const char *a1, const char *a2, const char *a3, char *buf, size_t n);

/* ---- seeded randomness -------------------------------------------------- */

typedef struct {
    uint64_t state;
} game_rng;

void game_rng_init(game_rng *r, uint64_t seed);
uint64_t game_rng_next(game_rng *r);
/* Uniform in [0, n), n > 0. */
uint32_t game_rng_below(game_rng *r, uint32_t n);

/* ---- password strength ------------------------------------------------------ */

typedef enum {
    GAME_PW_NONE = 0,
    GAME_PW_COMMON,      /* the whole password is a common one */
    GAME_PW_COMMON_PART, /* it contains a common password */
    GAME_PW_WORD,        /* a dictionary word (also with 4 for a, 0 for o…) */
    GAME_PW_WALK,        /* a run of neighbouring keys: azerty, qsdf */
    GAME_PW_YEAR,        /* a year: 1990, 2024 */
    GAME_PW_SEQUENCE,    /* abcd, 1234, 9876 */
    GAME_PW_REPEAT,      /* aaaa, abcabc */
    GAME_PW_SHORT,       /* fewer than 8 characters */
    GAME_PW_ONE_CLASS,   /* only one kind of character */
    GAME_PW_LONG,        /* long and patternless: good */
    GAME_PW_FINDING_COUNT
} game_password_finding;

#define GAME_PASSWORD_FINDINGS 8

typedef struct {
    game_password_finding kind;
    char text[40]; /* the part of the password it is about, when it is about a part */
} game_password_item;

typedef struct {
    size_t length;        /* characters */
    int classes;          /* lower, upper, digits, symbols: how many are used */
    double bits;          /* log2 of the guesses an informed attacker needs */
    int level;            /* 0 very weak … 4 very strong */
    double crack_seconds; /* offline, fast hash, 10^10 guesses a second */
    game_password_item findings[GAME_PASSWORD_FINDINGS];
    size_t nfindings;
} game_password_report;

/* Estimates pw against the lists of common passwords and words (lower-case ASCII). */
void game_password_check(const char *pw, const char *const *common, size_t ncommon,
                         const char *const *words, size_t nwords, game_password_report *r);
/* The same with the engine's own lists (game_words.c). */
void game_password_check_default(const char *pw, game_password_report *r);
/* The engine's own lists (the live classroom's page measures passwords with them, on the
 * device: the password never leaves it). */
void game_password_lists(const char *const **common, size_t *ncommon, const char *const **words,
                         size_t *nwords);
/* Bits a level starts at: 28, 36, 60, 80 for levels 1 to 4. */
double game_password_level_bits(int level);

/* ---- what a player answers ------------------------------------------------ */

/* An answer in every kind's terms. Indices are as the level wrote them. */
typedef struct game_response {
    unsigned chosen;                     /* choice, multi, truefalse: a bit per choice;
                                            hotspot: a bit per marked part */
    unsigned char order[GAME_MAX_ITEMS]; /* order: the items, in the player's order */
    signed char bins[GAME_MAX_ITEMS];    /* sort: each card's bin, -1 if not placed */
    char text[GAME_TEXT_MAX];            /* input */
    double value;                        /* estimate */
    double credit;                       /* game: 0 … 1, what finish() returned */
    bool unsure; /* the player said "not sure" (a level with the confidence rule) */
    /* password answered from a device (the live classroom): the password never left it, only
     * the level its meter gave (0 … 4) came; text is then empty */
    bool pw_measured;
    signed char pw_level;
} game_response;

/* The right answer to q, in the response's terms. */
void game_response_perfect(const game_question *q, game_response *r);
/* Is the response exactly right for q? (input: normalised match; estimate: close enough) */
bool game_response_correct(const game_question *q, const game_response *r);
/* May the response be submitted as it is? (sort: every card placed; input: not blank) */
bool game_response_ready(const game_question *q, const game_response *r);
/* Lower-case, without accents, spaces collapsed and trimmed: how typed answers compare. */
void game_normalize(const char *in, char *out, size_t n);
/* Estimate: distance from the right value as a share of the scale (log scale if set). */
double game_estimate_distance(const game_question *q, double value);
/* Estimate: where the slider starts, the middle of the scale (of its logarithm on a log scale). */
double game_estimate_start(const game_question *q);

/* ---- scoring ------------------------------------------------------------ */

/* What the scoring rule sees about one answer. Choice indices are as written. */
typedef struct {
    const game_question *question;
    size_t index;       /* 0-based position of the question in play order */
    bool timeout;       /* the time ran out: no answer */
    game_response resp; /* the answer */
    bool correct;       /* exactly right */
    uint32_t time_ms;   /* time taken */
    uint32_t limit_ms;  /* the question's limit, 0 when untimed */
    unsigned streak;    /* right answers in a row, this one included (0 when wrong) */
} game_score_ctx;

/* The rule: fills *points (>= 0) and *credit, the share of the answer that was right (0 … 1:
 * 1 right, 0 wrong, in between partly right, as the rule gave it before speed and streak).
 * Returns false and fills err when the rule fails. */
typedef bool (*game_score_fn)(void *ud, const game_score_ctx *ctx, long *points, double *credit,
                              game_error *err);

/* ---- the session: the state machine -------------------------------------- */

typedef enum {
    GAME_PHASE_MENU = 0, /* no level running */
    GAME_PHASE_INTRO,    /* level title and description */
    GAME_PHASE_QUESTION, /* the clock runs */
    GAME_PHASE_FEEDBACK, /* right or wrong, why */
    GAME_PHASE_RESULTS,  /* the level's score and recap */
} game_phase;

/* The most an answer is worth, whatever a level's rule says: a trillion. Far above any score a
 * person reads, it keeps a level's sum and a pack's sum of sums far from overflowing a long, and
 * every score exact in a double. */
#define GAME_POINTS_MAX 1000000000000L

typedef struct {
    bool answered; /* false until the question was played */
    bool timeout;
    game_response resp;
    bool correct;
    uint32_t time_ms;
    long points;   /* 0 … GAME_POINTS_MAX */
    double credit; /* 0 … 1: 1 when correct, 0 when wrong or worth no points, else the rule's */
    unsigned streak;
} game_answer;

/* How sure the player said they were of answer a to question q of level lv: not asked unless
 * the level's rule is "confidence" and the player answered (a timeout, or a game that ended
 * itself, says nothing of it). */
game_sure game_answer_sure(const game_level *lv, const game_question *q, const game_answer *a);

/* What a player answered, in the player's words, for the kept results and the trainer's
 * report: the choices' texts (joined with " + "), true/false, the items' texts in the
 * player's order (" → "), each card with its bin by name ("card → bin"), the typed text, the
 * value with its unit (3 significant digits), the clues missed and the parts wrongly marked
 * by what the mock-up shows, a game's share done. Long texts are shortened at a word.
 * Never a password: its strength in words only. "" for a timeout. */
void game_answer_words(const game_question *q, const game_answer *a, game_lang lang, char *buf,
                       size_t n);

typedef enum {
    GAME_ACT_START = 0, /* intro → first question */
    GAME_ACT_CHOOSE,    /* arg: displayed position; choice/true-false: answers; multi: toggles */
    GAME_ACT_SUBMIT,    /* multi: answers with the toggled set; arg: GAME_SUBMIT_… */
    GAME_ACT_CONTINUE,  /* feedback → next question or results; results → menu */
    GAME_ACT_QUIT,      /* any phase → menu */
    GAME_ACT_MOVE,      /* order: the item at position arg goes to position arg2 */
    GAME_ACT_PLACE,     /* sort: card arg (as written) into bin arg2 (-1: back to the pile) */
    GAME_ACT_TEXT,      /* input: the typed text becomes `text` */
    GAME_ACT_VALUE,     /* estimate: the slider is at `value` */
    GAME_ACT_FINISH,    /* game: it is over with credit `value` (0 … 1) */
} game_action_kind;

/* How sure the player said they are, as GAME_ACT_SUBMIT's arg: only a level whose rule is
 * "confidence" (game_level.confidence) asks, and there a single choice is chosen, then
 * submitted, like the other kinds. */
enum { GAME_SUBMIT_SURE = 0, GAME_SUBMIT_UNSURE = 1 };

typedef struct {
    game_action_kind kind;
    int arg, arg2;
    double value;
    const char *text; /* borrowed for the call */
} game_action;

typedef struct game_session game_session;

/* A session starts in the menu. `score` is the rule (required). The seed drives the
 * shuffling of choices, so the same seed and actions give the same run. */
game_session *game_session_create(game_score_fn score, void *score_ud, uint64_t seed);
void game_session_destroy(game_session *s);

/* Starts `lv` (borrowed: it must outlive the run) at the intro. The choices of every
 * question are shuffled now. Computes the max score through the rule; false on a
 * rule error (the session stays in the menu). */
bool game_session_begin(game_session *s, const game_level *lv, uint64_t now_ms, game_error *err);

/* Applies the actions in order at time now_ms, then expires the running question if
 * its time is up (a timeout is a wrong answer). Actions that make no sense in the
 * current phase are ignored. Returns false only when the scoring rule failed: the
 * session is then back in the menu and err says why. */
bool game_step(game_session *s, const game_action *acts, size_t n, uint64_t now_ms,
               game_error *err);

/* Shows question i (0-based) of the running level at once, as if the ones before were
 * skipped: the trainer's "restart this question" after a reload. False when there is no
 * level or no such question. */
bool game_session_jump(game_session *s, size_t i, uint64_t now_ms);

/* One scripted answer, as `vigie run` and the tests give them: the choices as written
 * (for true/false: bit 0 is "true", bit 1 "false"), after how many milliseconds. */
typedef struct game_play_step game_play_step; /* game_play.h */

typedef struct {
    bool timeout;
    game_response resp;
    uint64_t after_ms;
    game_play_step *steps; /* game: what the player does, in order (malloc'd) */
    size_t nsteps;
} game_scripted;

/* Plays the whole level from the intro with scripted answers, starting at now_ms,
 * through the same actions a player would make. Stops at the results. */
bool game_session_play_scripted(game_session *s, const game_scripted *answers, size_t n,
                                uint64_t now_ms, game_error *err);

/* Read-only view. */
/* The pace (docs/accessibility.md): the limits as written, 1.5 ×, 2 × or none, for the runs
 * begun from now on and the one being played; any but NORMAL drops the speed factor (the rule
 * sees no limit). NORMAL by default. */
void game_session_set_pace(game_session *s, game_pace p);
game_pace game_session_pace(const game_session *s);
/* Question q's limit under the session's pace, ms; 0 when untimed. */
uint32_t game_session_limit(const game_session *s, const game_question *q);
game_phase game_session_phase(const game_session *s);
const game_level *game_session_level(const game_session *s);
size_t game_session_question_index(const game_session *s);
const game_question *game_session_question(const game_session *s);
/* Written index of the choice shown at displayed position pos. */
size_t game_session_choice_at(const game_session *s, size_t pos);
/* Displayed position of written choice i. */
size_t game_session_position_of(const game_session *s, size_t i);
/* Multi: the toggled set (written indices). */
unsigned game_session_selected(const game_session *s);
/* The answer being built for the running question: order, bins, text, value. */
const game_response *game_session_draft(const game_session *s);
/* Milliseconds left on the running question (0 when untimed or not running). */
uint32_t game_session_time_left(const game_session *s, uint64_t now_ms);
/* The answer to question i (play order). */
const game_answer *game_session_answer(const game_session *s, size_t i);
long game_session_score(const game_session *s);
long game_session_max_score(const game_session *s);
unsigned game_session_correct_count(const game_session *s);
/* The time taken on all the questions, in ms: a sum of 32-bit times, so 64 bits. */
uint64_t game_session_total_time(const game_session *s);
unsigned game_session_streak(const game_session *s);
/* When the current phase started, for animations. */
uint64_t game_session_phase_since(const game_session *s);

#endif
