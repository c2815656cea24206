/* game_password.c — an honest password strength estimator, for the `password` question.
 *
 * It counts the guesses an attacker who knows how people build passwords would need: the
 * password is cut, left to right, into the pieces such an attacker tries first — common
 * passwords, dictionary words (also written with 4 for a, 0 for o…), keyboard walks, runs
 * like abcd or 1234, repeats, years — and plain characters, each costing the size of its
 * character set. The guesses multiply; bits are their base-2 logarithm. Each finding is
 * reported so that the feedback can say why. Pure C, no I/O: the word lists come in.
 */
#include "game.h"

#include <ctype.h>
#include <math.h>
#include <string.h>

#define MAX_PW 128

/* Keyboard rows, AZERTY and QWERTY, both directions are tried. */
static const char *const rows[] = {"azertyuiop", "qsdfghjklm", "wxcvbn",     "qwertyuiop",
                                   "asdfghjkl",  "zxcvbnm",    "1234567890", NULL};

/* Lower-case, and the usual substitutions undone: p4ssw0rd → password. */
static char unleet(char c)
{
    switch (c) {
    case '4':
    case '@':
        return 'a';
    case '3':
        return 'e';
    case '1':
    case '!':
        return 'i';
    case '0':
        return 'o';
    case '5':
    case '$':
        return 's';
    case '7':
        return 't';
    default:
        return (char)tolower((unsigned char)c);
    }
}

static void add_finding(game_password_report *r, game_password_finding kind, const char *pw,
                        size_t at, size_t len)
{
    if (r->nfindings >= GAME_PASSWORD_FINDINGS) return;
    game_password_item *f = &r->findings[r->nfindings++];
    f->kind = kind;
    size_t n = len < sizeof f->text - 1 ? len : sizeof f->text - 1;
    memcpy(f->text, pw + at, n);
    f->text[n] = '\0';
}

/* Length of the longest word of the list found at s (after unleet), at least 4. */
static size_t word_at(const char *s, size_t avail, const char *const *list, size_t n,
                      bool exact_only)
{
    size_t best = 0;
    for (size_t i = 0; i < n; i++) {
        size_t wl = strlen(list[i]);
        if (wl < 4 || wl > avail || wl <= best) continue;
        if (exact_only && wl != avail) continue;
        size_t k = 0;
        while (k < wl && (tolower((unsigned char)s[k]) == list[i][k] || unleet(s[k]) == list[i][k]))
            k++;
        if (k == wl) best = wl;
    }
    return best;
}

static size_t walk_at(const char *s, size_t avail)
{
    size_t best = 0;
    for (const char *const *row = rows; *row; row++) {
        size_t rl = strlen(*row);
        for (size_t start = 0; start < rl; start++) {
            for (int dir = -1; dir <= 1; dir += 2) {
                size_t k = 0;
                long p = (long)start;
                while (k < avail && p >= 0 && (size_t)p < rl &&
                       tolower((unsigned char)s[k]) == (*row)[p]) {
                    k++;
                    p += dir;
                }
                if (k > best) best = k;
            }
        }
    }
    return best >= 4 ? best : 0;
}

/* abcd, 4321, aceg: a constant step between characters. */
static size_t sequence_at(const char *s, size_t avail)
{
    if (avail < 3) return 0;
    int step = s[1] - s[0];
    if (step == 0 || step > 2 || step < -2) return 0;
    size_t k = 2;
    while (k < avail && s[k] - s[k - 1] == step) k++;
    return k >= 3 ? k : 0;
}

/* aaaa, or a block said again: abcabc. Returns the length, the unit in *unit. */
static size_t repeat_at(const char *s, size_t avail, size_t *unit)
{
    for (size_t u = 1; u <= avail / 2 && u <= 8; u++) {
        size_t k = u;
        while (k < avail && s[k] == s[k - u]) k++;
        size_t reps = k / u;
        if (reps >= 2 && k >= 3) {
            *unit = u;
            return reps * u;
        }
    }
    return 0;
}

static size_t year_at(const char *s, size_t avail)
{
    if (avail < 4) return 0;
    for (int i = 0; i < 4; i++)
        if (!isdigit((unsigned char)s[i])) return 0;
    int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    return y >= 1900 && y <= 2039 ? 4 : 0;
}

static double pool_of(unsigned char c)
{
    if (islower(c)) return 26;
    if (isupper(c)) return 26;
    if (isdigit(c)) return 10;
    if (c >= 0x80) return 100; /* accented letters and the rest of Unicode */
    return 33;
}

void game_password_check(const char *pw, const char *const *common, size_t ncommon,
                         const char *const *words, size_t nwords, game_password_report *r)
{
    memset(r, 0, sizeof *r);
    size_t len = strlen(pw);
    if (len > MAX_PW) len = MAX_PW;
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)pw[i] & 0xC0) != 0x80) r->length++;
    bool lower = false, upper = false, digit = false, symbol = false;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)pw[i];
        lower |= islower(c) != 0;
        upper |= isupper(c) != 0;
        digit |= isdigit(c) != 0;
        symbol |= !isalnum(c);
    }
    r->classes = lower + upper + digit + symbol;

    double log2g = 0; /* log2 of the guesses */
    if (len && word_at(pw, len, common, ncommon, true) == len) {
        /* The whole password is on the list attackers try first. */
        add_finding(r, GAME_PW_COMMON, pw, 0, len);
        log2g = log2((double)ncommon + 1);
    } else {
        size_t i = 0;
        double brute_pool = 0;
        size_t brute_len = 0;
        while (i < len) {
            size_t avail = len - i, n, unit = 0;
            double g = 0;
            game_password_finding kind = GAME_PW_NONE;
            if ((n = word_at(pw + i, avail, common, ncommon, false)) >= 4) {
                kind = GAME_PW_COMMON_PART, g = log2((double)ncommon) + 1;
            } else if ((n = word_at(pw + i, avail, words, nwords, false)) >= 4) {
                kind = GAME_PW_WORD, g = log2((double)nwords) + 1;
            } else if ((n = walk_at(pw + i, avail)) >= 4) {
                kind = GAME_PW_WALK, g = log2(200.0) + log2((double)n);
            } else if ((n = year_at(pw + i, avail)) == 4) {
                kind = GAME_PW_YEAR, g = log2(140.0);
            } else if ((n = sequence_at(pw + i, avail)) >= 3) {
                kind = GAME_PW_SEQUENCE, g = log2(100.0) + log2((double)n);
            } else if ((n = repeat_at(pw + i, avail, &unit)) >= 3) {
                kind = GAME_PW_REPEAT,
                g = unit * log2(pool_of((unsigned char)pw[i])) + log2((double)(n / unit));
            }
            if (kind != GAME_PW_NONE) {
                if (brute_len) log2g += brute_len * log2(brute_pool);
                brute_len = 0, brute_pool = 0;
                add_finding(r, kind, pw, i, n);
                log2g += g;
                i += n;
                continue;
            }
            /* A run of letters is likely a word from a big dictionary, even one we do not
             * list: it costs the smaller of that and its letters one by one. */
            if (isalpha((unsigned char)pw[i])) {
                size_t run = 0;
                bool up = false, low = false;
                while (run < avail && isalpha((unsigned char)pw[i + run])) {
                    up |= isupper((unsigned char)pw[i + run]) != 0;
                    low |= islower((unsigned char)pw[i + run]) != 0;
                    run++;
                }
                if (run >= 2) {
                    if (brute_len) log2g += brute_len * log2(brute_pool);
                    brute_len = 0, brute_pool = 0;
                    double letters = run * log2(up && low ? 52.0 : 26.0);
                    /* short words (le, de, mon) come from a far shorter list */
                    double word = log2(run >= 4 ? 100000.0 : 2000.0) + (up && low ? 1.0 : 0.0);
                    log2g += letters < word ? letters : word;
                    i += run;
                    continue;
                }
            }
            /* A separator between words: one of a few. */
            if (strchr(" -_.", pw[i]) && i > 0) {
                if (brute_len) log2g += brute_len * log2(brute_pool);
                brute_len = 0, brute_pool = 0;
                log2g += 3;
                i++;
                continue;
            }
            /* A plain character: the attacker tries the set of its kind. */
            double p = pool_of((unsigned char)pw[i]);
            brute_pool = brute_pool > p ? brute_pool : p;
            if (brute_len == 0 || p > 0) brute_pool = brute_pool < 26 ? 26 : brute_pool;
            brute_len++;
            i++;
            while (i < len && ((unsigned char)pw[i] & 0xC0) == 0x80) i++; /* one UTF-8 character */
        }
        if (brute_len) log2g += brute_len * log2(brute_pool);
        if (r->nfindings > 1) log2g += log2((double)r->nfindings); /* how the pieces are joined */
    }
    if (r->length < 8) add_finding(r, GAME_PW_SHORT, pw, 0, 0);
    if (r->classes <= 1 && r->length > 0 && r->length < 16)
        add_finding(r, GAME_PW_ONE_CLASS, pw, 0, 0);
    if (r->length >= 16 && r->nfindings == 0) add_finding(r, GAME_PW_LONG, pw, 0, 0);
    r->bits = log2g;
    r->level = log2g < 28 ? 0 : log2g < 36 ? 1 : log2g < 60 ? 2 : log2g < 80 ? 3 : 4;
    /* Offline attack on a fast hash: ten billion guesses a second, half the space on average. */
    r->crack_seconds = pow(2.0, log2g) / 2 / 1e10;
}

double game_password_level_bits(int level)
{
    static const double bits[] = {0, 28, 36, 60, 80};
    return level >= 0 && level <= 4 ? bits[level] : 60;
}
