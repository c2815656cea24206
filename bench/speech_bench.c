/* speech_bench.c — the speech's figures for `make bench` (docs/accessibility.md's closing note):
 *   start-up: the first say's wall and CPU time (its thread, eSpeak NG's initialisation and the
 *   voice's data), against the same short text said again;
 *   memory: the process's RSS before any say, once eSpeak is up, and after speaking a long text;
 *   CPU while speaking: CPU time (all threads) spent per second of speech synthesised, French
 *   and English, at the default rate. The sound is counted, not played (synthesis is the cost;
 *   SDL's queue of 16-bit samples adds next to nothing). */
#include "speech/speech.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static double wall(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double cpu(void)
{
    struct rusage r;
    getrusage(RUSAGE_SELF, &r); /* every thread of the process */
    return (double)r.ru_utime.tv_sec + (double)r.ru_utime.tv_usec / 1e6 +
           (double)r.ru_stime.tv_sec + (double)r.ru_stime.tv_usec / 1e6;
}

static double rss_mib(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    double kib = 0;
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, "VmRSS:", 6) == 0) kib = atof(line + 6);
    if (f) fclose(f);
    return kib / 1024;
}

typedef struct {
    size_t samples;
    int rate;
} counted;

static void count(void *ud, const int16_t *pcm, size_t n, int rate)
{
    (void)pcm;
    counted *c = ud;
    c->samples += n;
    c->rate = rate;
}

/* Says text and waits: wall and CPU seconds, and the seconds of speech made. */
static void say(speech *s, counted *c, const char *text, game_lang lang, double *w, double *u,
                double *secs)
{
    size_t before = c->samples;
    double w0 = wall(), u0 = cpu();
    speech_say(s, text, lang, SPEECH_RATE_DEF);
    speech_wait(s);
    *w = wall() - w0;
    *u = cpu() - u0;
    *secs = c->rate ? (double)(c->samples - before) / c->rate : 0;
}

int main(void)
{
    static const char *const texts[GAME_LANG_COUNT] = {
        "Question 1 sur 10. Un e-mail s'affiche comme envoyé par Banque Horizon. Qu'est-ce qui "
        "montre le mieux qui l'a vraiment envoyé ? Réponse A : Le message connaît ton prénom. "
        "Réponse B : Le logo de la banque dans le message. Réponse C : Le nom affiché de "
        "l'expéditeur. Réponse D : L'adresse e-mail, surtout après le arobase. ",
        "Question 1 of 10. An email shows as sent by Horizon Bank. What shows best who really "
        "sent it? Answer A: The message knows your first name. Answer B: The bank's logo in the "
        "message. Answer C: The sender's display name. Answer D: The email address, above all "
        "after the at sign. "};
    counted c = {0};
    double rss0 = rss_mib();
    speech *s = speech_create(&(speech_sink){&c, count, NULL});
    double rss_created = rss_mib();
    double w1, u1, sec1, w2, u2, sec2;
    say(s, &c, "Bonjour.", GAME_LANG_FR, &w1, &u1, &sec1);
    if (!speech_started(s)) {
        fprintf(stderr, "speech bench: %s\n", speech_error(s));
        return 1;
    }
    double rss_init = rss_mib();
    say(s, &c, "Bonjour.", GAME_LANG_FR, &w2, &u2, &sec2);
    printf("speech (eSpeak NG, %d Hz, %d words a minute)\n", c.rate, SPEECH_RATE_DEF);
    printf("  start-up: first say %.1f ms wall, %.1f ms CPU; the same said again %.1f ms wall, "
           "%.1f ms CPU\n",
           w1 * 1e3, u1 * 1e3, w2 * 1e3, u2 * 1e3);
    for (int lang = 0; lang < GAME_LANG_COUNT; lang++) {
        char text[8192] = "";
        for (int i = 0; i < 8; i++) strcat(text, texts[lang]);
        double w, u, secs;
        say(s, &c, text, (game_lang)lang, &w, &u, &secs); /* the voice's first use, then measured */
        say(s, &c, text, (game_lang)lang, &w, &u, &secs);
        printf("  CPU while speaking, %s: %.1f ms of CPU per second of speech (%.0f s of speech "
               "made in %.0f ms: %.0f× real time)\n",
               game_lang_code((game_lang)lang), secs > 0 ? u * 1e3 / secs : 0, secs, w * 1e3,
               w > 0 ? secs / w : 0);
    }
    double rss_spoke = rss_mib();
    printf("  memory (RSS): %.1f MiB before, %.1f MiB with the object made (no thread, no "
           "eSpeak), %.1f MiB once eSpeak is up (+%.1f), %.1f MiB after speaking both languages "
           "(+%.1f)\n",
           rss0, rss_created, rss_init, rss_init - rss0, rss_spoke, rss_spoke - rss0);
    speech_destroy(s);
    return 0;
}
