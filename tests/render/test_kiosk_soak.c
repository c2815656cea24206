/* test_kiosk_soak.c — a whole day at the stand, headless: 2,000 visitors (300 under ASan)
 * played by events with a simulated clock on the kiosk's test pack. Each walks up (a touch, a
 * key or a click), sometimes types a nickname (on a keyboard or on the on-screen one), answers
 * (right or wrong, by touch or by key, or lets the time run out), and sees the end go back by
 * itself; some walk away mid-round (the idle reset), some press "Rejouer" and walk away at the
 * nickname. Every event is laid out; one frame in 64 is drawn and presented, as the app would.
 * The kept results' calls add up (every run begun is ended or abandoned, never both), and the
 * heap does not grow after warm-up (glibc's mallinfo2 at visitor 200 and at the end; under ASan,
 * LeakSanitizer checks leaks instead). Seeded: VIGIE_TEST_SEED overrides the seed, which is
 * printed.
 */
#include "kiosk_fixture.h"

#include <malloc.h>
#include <stdlib.h>

typedef struct {
    kiosk_fx f;
    uint64_t rng;
    unsigned long events;
    int ended, abandoned; /* what the script expects */
} soak;

static unsigned rnd(soak *s, unsigned n)
{
    s->rng ^= s->rng << 13;
    s->rng ^= s->rng >> 7;
    s->rng ^= s->rng << 17;
    return (unsigned)(s->rng % n);
}

/* After each event: the ui's time, and one frame in 64 drawn and presented. */
static void frame(soak *s)
{
    ui *u = s->f.u;
    ui_update(u, s->f.now);
    if (++s->events % 64 == 0) {
        ui_draw(u, s->f.now);
        gfx_present(s->f.g);
    }
    ui_take_dirty(u);
}

static void send(soak *s, const SDL_Event *ev)
{
    input_event ie;
    if (input_from_sdl(ev, s->f.w, s->f.h, 1.0f, &ie)) ui_input(s->f.u, &ie, s->f.now += 20);
    frame(s);
}

/* Nobody touches anything for ms: the ui wakes when it asks to (at least every 500 ms). */
static void idle(soak *s, uint64_t ms)
{
    uint64_t end = s->f.now + ms;
    while (s->f.now < end) {
        int w = ui_wait_ms(s->f.u, s->f.now);
        uint64_t step = w < 500 ? 500 : (uint64_t)w;
        if (step > end - s->f.now) step = end - s->f.now;
        s->f.now += step;
        frame(s);
    }
}

static void tap(soak *s, int x, int y)
{
    SDL_Event ev = {0};
    ev.type = SDL_FINGERDOWN;
    ev.tfinger.x = ((float)x + 0.5f) / (float)s->f.w;
    ev.tfinger.y = ((float)y + 0.5f) / (float)s->f.h;
    ev.tfinger.pressure = 1.0f;
    send(s, &ev);
    ev.type = SDL_FINGERUP;
    ev.tfinger.pressure = 0.0f;
    send(s, &ev);
}

static void click(soak *s, int x, int y)
{
    SDL_Event ev = {0};
    ev.type = SDL_MOUSEBUTTONDOWN;
    ev.button.button = SDL_BUTTON_LEFT;
    ev.button.state = SDL_PRESSED;
    ev.button.x = x;
    ev.button.y = y;
    send(s, &ev);
    ev.type = SDL_MOUSEBUTTONUP;
    ev.button.state = SDL_RELEASED;
    send(s, &ev);
}

static bool tap_target(soak *s, ui_target_kind k, int i)
{
    ui_targets ts = {0};
    ui_screen_layout(s->f.u, s->f.now, false, &ts);
    const ui_target *t = ui_target_find(&ts, k, i);
    if (!t) return false;
    tap(s, t->r.x + t->r.w / 2, t->r.y + t->r.h / 2);
    return true;
}

/* Types lower-case letters on the on-screen keyboard's letters page, key by key. */
static void tap_text(soak *s, const char *text)
{
    for (const unsigned char *p = (const unsigned char *)text; *p;) {
        size_t len = *p < 0x80 ? 1 : *p < 0xE0 ? 2 : 3;
        char c[4] = {0};
        memcpy(c, p, len);
        ui_targets ts = {0};
        ui_screen_layout(s->f.u, s->f.now, false, &ts);
        bool found = false;
        for (int i = 0; i < ts.n && !found; i++) {
            const char *l =
                ts.t[i].kind == UI_T_KEY ? ui_keyboard_label(s->f.u, ts.t[i].index) : NULL;
            if (l && strcmp(l, c) == 0) {
                tap(s, ts.t[i].r.x + ts.t[i].r.w / 2, ts.t[i].r.y + ts.t[i].r.h / 2);
                found = true;
            }
        }
        cr_assert(found, "no key types %s", c);
        p += len;
    }
}

static void key(soak *s, SDL_Keycode sym, const char *text)
{
    SDL_Event ev = {0};
    ev.type = SDL_KEYDOWN;
    ev.key.state = SDL_PRESSED;
    ev.key.keysym.sym = sym;
    send(s, &ev);
    if (text) {
        SDL_Event te = {0};
        te.type = SDL_TEXTINPUT;
        snprintf(te.text.text, sizeof te.text.text, "%s", text);
        send(s, &te);
    }
    ev.type = SDL_KEYUP;
    ev.key.state = SDL_RELEASED;
    send(s, &ev);
}

/* A made-up nickname, a new one each time (the cache of drawn text must not keep them all). */
static void nickname(soak *s, char *out, size_t n)
{
    static const char *const syl[] = {"lu", "ma", "zo", "ké", "ni", "ra", "po", "té", "vi", "sa"};
    out[0] = '\0';
    int k = 2 + (int)rnd(s, 3);
    for (int i = 0; i < k; i++) strncat(out, syl[rnd(s, 10)], n - strlen(out) - 1);
    char num[8];
    snprintf(num, sizeof num, "%u", rnd(s, 100));
    strncat(out, num, n - strlen(out) - 1);
}

static ui_screen screen(const soak *s)
{
    return s->f.u->screen;
}

static game_phase phase(const soak *s)
{
    return kiosk_phase(&s->f);
}

static void visitor(soak *s, int v)
{
    kiosk_fx *f = &s->f;
    cr_assert_eq(screen(s), UI_SCREEN_ATTRACT, "visitor %d: not on the attract loop", v);
    idle(s, rnd(s, 20000));
    /* walks up */
    unsigned how = rnd(s, 10);
    if (how < 7)
        tap(s, f->w / 4 + (int)rnd(s, (unsigned)f->w / 2),
            f->h / 3 + (int)rnd(s, (unsigned)f->h / 2));
    else if (how < 9)
        key(s, SDLK_a, "a");
    else
        click(s, f->w / 2, f->h / 2);
    cr_assert_eq(screen(s), UI_SCREEN_NICK, "visitor %d: no nickname screen", v);
    cr_assert_str_eq(f->u->nick.draft, "", "visitor %d: a nickname left over", v);
    /* a nickname, or none */
    unsigned nick = rnd(s, 20);
    char name[32];
    if (nick < 7) { /* on a keyboard */
        nickname(s, name, sizeof name);
        for (const char *p = name; *p; p++) {
            char c[2] = {*p, 0};
            if ((unsigned char)*p < 0x80) key(s, (SDL_Keycode)*p, c);
        }
        key(s, SDLK_RETURN, NULL);
    } else if (nick < 10) { /* on the on-screen keyboard, then Jouer */
        static const char *const names[] = {"léa", "max", "zoé", "nour", "tom"};
        tap_text(s, names[rnd(s, 5)]);
        cr_assert(tap_target(s, UI_T_NICK, 0));
    } else {
        cr_assert(tap_target(s, UI_T_NICK, rnd(s, 2) ? 1 : 0));
    }
    cr_assert_eq(screen(s), UI_SCREEN_GAME, "visitor %d: no round", v);
    int leave_at = rnd(s, 100) < 12 ? (int)rnd(s, 3) : -1;
    for (int q = 0; screen(s) == UI_SCREEN_GAME; q++) {
        cr_assert_eq(phase(s), GAME_PHASE_QUESTION, "visitor %d: question %d", v, q);
        if (q == leave_at) { /* walks away: "Toujours là ?", then the attract loop */
            idle(s, 45000 + 10000 + 2000);
            s->abandoned++;
            cr_assert_eq(screen(s), UI_SCREEN_ATTRACT, "visitor %d: no idle reset", v);
            return;
        }
        unsigned a = rnd(s, 10);
        if (a < 5) {
            cr_assert(tap_target(s, UI_T_CHOICE, (int)rnd(s, 2)));
            if (phase(s) == GAME_PHASE_QUESTION) tap_target(s, UI_T_SUBMIT, 0);
        } else if (a < 8) {
            char d[2] = {(char)('1' + rnd(s, 2)), 0};
            key(s, (SDL_Keycode)d[0], d);
        } else {
            idle(s, game_session_time_left(f->u->session, f->now) + 100); /* the time runs out */
        }
        cr_assert_eq(phase(s), GAME_PHASE_FEEDBACK, "visitor %d: question %d unanswered", v, q);
        idle(s, rnd(s, 3000));
        if (rnd(s, 2))
            key(s, SDLK_RETURN, NULL);
        else
            cr_assert(tap_target(s, UI_T_CONTINUE, 0));
    }
    s->ended++;
    cr_assert_eq(screen(s), UI_SCREEN_KIOSK_END, "visitor %d: no end", v);
    if (rnd(s, 100) < 10) { /* "Rejouer", then walks away at the nickname */
        cr_assert(tap_target(s, UI_T_AGAIN, 0));
        cr_assert_eq(screen(s), UI_SCREEN_NICK);
        idle(s, 45000 + 10000 + 2000);
    } else {
        idle(s, 21000);
    }
    cr_assert_eq(screen(s), UI_SCREEN_ATTRACT, "visitor %d: the end did not go back", v);
}

Test(kiosk_soak, two_thousand_visitors_and_no_growth, .timeout = 600)
{
    static soak s;
    const char *env = getenv("VIGIE_TEST_SEED");
    uint64_t seed = env ? strtoull(env, NULL, 10) : 20261206;
    printf("kiosk soak: seed %llu (VIGIE_TEST_SEED=%llu to replay)\n", (unsigned long long)seed,
           (unsigned long long)seed);
    s.rng = seed * 2654435761u + 1;
    kiosk_open(&s.f, 1280, 720, GAME_LANG_FR, seed);
    int visitors = TEST_SANITIZED ? 300 : 2000, warm = TEST_SANITIZED ? 100 : 200;
    size_t at_warm = 0;
    for (int v = 0; v < visitors; v++) {
        if (v == warm) at_warm = mallinfo2().uordblks;
        visitor(&s, v);
    }
    size_t at_end = mallinfo2().uordblks;
    const kiosk_log *l = &s.f.log;
    printf("kiosk soak: %d visitors, %lu events, %d runs ended, %d abandoned; heap in use %zu B "
           "at visitor %d, %zu B at the end\n",
           visitors, s.events, l->ended, l->abandoned, at_warm, warm, at_end);
    cr_assert_eq(l->ended, s.ended);
    cr_assert_eq(l->abandoned, s.abandoned);
    cr_assert_eq(l->begun, l->ended + l->abandoned, "a run neither ended nor abandoned");
    cr_assert_eq(l->open, 0);
    cr_assert_gt(s.abandoned, 0);
    if (!TEST_SANITIZED)
        cr_assert_leq(at_end, at_warm + 64 * 1024, "the heap grew from %zu to %zu B", at_warm,
                      at_end);
    kiosk_close(&s.f);
}
