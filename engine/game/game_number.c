/* game_number.c — an estimate's values written as people read them, in French or English: one
 * formatter for the question screen, the feedback, the recap and the trainer's report. Three
 * ways a level may choose: powers of ten (the default, read from the back of the room), plain
 * numbers with thousands grouped, short numbers with k/M/Md (bn in English). Plain C.
 */
#include "game.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define NBSP    "\xc2\xa0"     /* between a number and its unit */
#define NNBSP   "\xe2\x80\xaf" /* French thousands: a narrow no-break space */
#define MAX_INT 1e18           /* past this, integers are not written out in full */

const char *const game_number_format_names[GAME_NUMBER_FORMAT_COUNT] = {
    [GAME_NUMBER_POWERS] = "powers",
    [GAME_NUMBER_PLAIN] = "plain",
    [GAME_NUMBER_SHORT] = "short",
};

bool game_number_format_parse(const char *s, game_number_format *out)
{
    for (int i = 0; i < GAME_NUMBER_FORMAT_COUNT; i++)
        if (s && strcmp(s, game_number_format_names[i]) == 0) {
            *out = (game_number_format)i;
            return true;
        }
    return false;
}

/* ==== pieces ================================================================ */

static void put(char *buf, size_t n, size_t *o, const char *s)
{
    size_t len = strlen(s);
    if (*o + len >= n) len = n > *o + 1 ? n - *o - 1 : 0;
    memcpy(buf + *o, s, len);
    *o += len;
    buf[*o] = '\0';
}

/* v rounded to sig significant digits (sig 0: as it is). */
static double round_sig(double v, int sig)
{
    if (sig <= 0 || v == 0 || !isfinite(v)) return v;
    double mag = pow(10, floor(log10(fabs(v))) - (sig - 1));
    return round(v / mag) * mag;
}

/* A whole number, thousands grouped in the language's way. */
static void put_grouped(char *buf, size_t n, size_t *o, unsigned long long w, game_lang lang)
{
    char digits[32];
    snprintf(digits, sizeof digits, "%llu", w);
    size_t nd = strlen(digits);
    for (size_t i = 0; i < nd; i++) {
        if (i && (nd - i) % 3 == 0) put(buf, n, o, lang == GAME_LANG_FR ? NNBSP : ",");
        char d[2] = {digits[i], '\0'};
        put(buf, n, o, d);
    }
}

/* a (>= 0) in plain digits: grouped whole number from 100 up, else three significant digits
 * with the language's decimal mark and no trailing zeros. */
static void put_plain(char *buf, size_t n, size_t *o, double a, game_lang lang)
{
    if (a >= 99.5 && a < MAX_INT) {
        put_grouped(buf, n, o, (unsigned long long)llround(a), lang);
        return;
    }
    char tmp[64];
    if (a == 0) {
        snprintf(tmp, sizeof tmp, "0");
    } else if (a >= MAX_INT || a < 1e-15) {
        snprintf(tmp, sizeof tmp, "%.3g", a);
    } else {
        int dec = 2 - (int)floor(log10(a));
        if (dec < 0) dec = 0;
        if (dec > 17) dec = 17;
        snprintf(tmp, sizeof tmp, "%.*f", dec, a);
        if (strchr(tmp, '.')) {
            char *e = tmp + strlen(tmp) - 1;
            while (*e == '0') *e-- = '\0';
            if (*e == '.') *e = '\0';
        }
    }
    if (lang == GAME_LANG_FR)
        for (char *p = tmp; *p; p++)
            if (*p == '.') *p = ',';
    put(buf, n, o, tmp);
}

/* a (> 0) as m × 10ⁿ, or 10ⁿ when m is 1. */
static void put_powers(char *buf, size_t n, size_t *o, double a, game_lang lang)
{
    static const char *const sup[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
    int e = (int)floor(log10(a));
    double mant = a / pow(10, e);
    if (mant >= 9.95) mant /= 10, e++;
    char exp[48] = "", digits[24];
    snprintf(digits, sizeof digits, "%d", e < 0 ? -e : e);
    if (e < 0) strcat(exp, "⁻");
    for (char *d = digits; *d; d++) strncat(exp, sup[*d - '0'], sizeof exp - strlen(exp) - 1);
    char num[96];
    if (fabs(mant - 1) < 0.05)
        snprintf(num, sizeof num, "10%s", exp);
    else
        snprintf(num, sizeof num, "%.1f × 10%s", mant, exp);
    if (lang == GAME_LANG_FR)
        for (char *p = num; *p; p++)
            if (*p == '.') *p = ',';
    put(buf, n, o, num);
}

static bool is_currency(const char *unit)
{
    return !strcmp(unit, "€") || !strcmp(unit, "$") || !strcmp(unit, "£") || !strcmp(unit, "¥");
}

/* ==== the formatter ========================================================= */

void game_number_write(double v, game_number_format f, int sig, const char *unit, game_lang lang,
                       char *buf, size_t n)
{
    if (!n) return;
    size_t o = 0;
    buf[0] = '\0';
    if (!unit) unit = "";
    if (!isfinite(v)) {
        char tmp[32];
        snprintf(tmp, sizeof tmp, "%g", v);
        put(buf, n, &o, tmp);
        f = GAME_NUMBER_POWERS; /* then the unit as usual */
        goto unit;
    }
    v = round_sig(v, sig);
    double a = fabs(v);
    if (f == GAME_NUMBER_SHORT) {
        static const struct {
            double scale;
            const char *fr, *en;
        } scales[] = {{1e9, "Md", "bn"}, {1e6, "M", "M"}, {1e3, "k", "k"}};
        const char *suffix = NULL;
        double m = a;
        if (llround(a) >= 1000 || a >= MAX_INT) {
            for (size_t i = 0; i < 3; i++) {
                if (a < scales[i].scale * 0.9995) continue;
                m = round_sig(a / scales[i].scale, 3);
                if (m >= 1000 && i > 0) { /* 999 999 is 1 M, not 1 000 k */
                    m = round_sig(a / scales[i - 1].scale, 3);
                    i--;
                }
                suffix = lang == GAME_LANG_FR ? scales[i].fr : scales[i].en;
                break;
            }
        }
        bool money = is_currency(unit);
        if (v < 0) put(buf, n, &o, "-");
        if (lang == GAME_LANG_EN && money) put(buf, n, &o, unit); /* €19M */
        put_plain(buf, n, &o, suffix ? round_sig(m, 3) : a, lang);
        if (suffix) {
            if (lang == GAME_LANG_FR) put(buf, n, &o, NBSP);
            put(buf, n, &o, suffix);
        }
        if (!*unit || (lang == GAME_LANG_EN && money)) return;
        if (!(lang == GAME_LANG_FR && money && suffix)) put(buf, n, &o, NBSP); /* 19 M€ */
        put(buf, n, &o, unit);
        return;
    }
    if (v < 0) put(buf, n, &o, "-");
    if (f == GAME_NUMBER_POWERS && (a >= 1e6 || (a > 0 && a < 0.01)))
        put_powers(buf, n, &o, a, lang);
    else
        put_plain(buf, n, &o, a, lang);
unit:
    if (*unit) {
        put(buf, n, &o, NBSP);
        put(buf, n, &o, unit);
    }
}
