/*
 * floor.c - the benchmark floor for Vigie.
 *
 * Draws the quiz "question screen" at 1280x720 with nothing but SDL2's
 * software renderer and SDL2_ttf, the way the engine does: every string is
 * rendered once into a texture and the textures are reused on each redraw.
 * Nothing can draw the same screen with less work, so this is the reference
 * the engine is compared against (see bench/README.md).
 *
 * VIGIE_BENCH=first-frame  draw and present one frame, exit 0
 * VIGIE_BENCH=redraw:N     first frame, then N full redraws (no vsync), exit 0
 * unset                    show the screen and wait for events until closed
 */
#include <SDL.h>
#include <SDL_ttf.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WIN_W 1280
#define WIN_H 720

#define FONT_REGULAR "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
#define FONT_BOLD    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

/* Layout, in pixels at 1280x720 (same numbers in bench/love/main.lua). */
#define MARGIN        32
#define TOPBAR_H      64
#define BAR_Y         84
#define BAR_H         14
#define BAR_FILL      0.60
#define PROMPT_Y      122
#define GRID_Y        318
#define BUTTON_W      596
#define BUTTON_H      142
#define GAP           24
#define BUTTON_R      14
#define BADGE         60
#define BADGE_R       12
#define BADGE_X       24
#define ANSWER_X      108
#define FOOTER_BOTTOM 28

/* Font sizes: body text is 1/24 of the window height. */
#define SIZE_BODY   30
#define SIZE_PROMPT 40
#define SIZE_FOOTER 24

typedef struct {
    SDL_Texture *tex;
    int w, h;
} Text;

static const SDL_Color COL_BG = {0x14, 0x21, 0x3D, 0xFF};
static const SDL_Color COL_TOPBAR = {0x0D, 0x18, 0x30, 0xFF};
static const SDL_Color COL_TRACK = {0x2A, 0x3A, 0x60, 0xFF};
static const SDL_Color COL_ACCENT = {0xFC, 0xA3, 0x11, 0xFF};
static const SDL_Color COL_BUTTON = {0x22, 0x32, 0x5A, 0xFF};
static const SDL_Color COL_TEXT = {0xFF, 0xFF, 0xFF, 0xFF};
static const SDL_Color COL_MUTED = {0xA9, 0xB4, 0xCF, 0xFF};

/* Source is UTF-8; \u00A0 is a no-break space (French typography). */
static const char *QUESTION_NO = "Question 3 / 8";
static const char *SCORE = "Score 2\u00A0450";
static const char *PROMPT = "Vous recevez un e-mail de votre banque qui vous demande de confirmer "
                            "vos identifiants en urgence. Que faites-vous\u00A0?";
static const char *LETTERS[4] = {"A", "B", "C", "D"};
static const char *ANSWERS[4] = {
    "Je clique sur le lien et je me reconnecte",
    "J'appelle ma banque au numéro habituel",
    "Je réponds avec mon identifiant et mon code",
    "Je transfère l'e-mail à mes amis pour avis",
};
static const char *FOOTER = "Touches A, B, C, D ou clic pour répondre · Échap pour quitter";

typedef struct {
    Text question_no, score, prompt, footer;
    Text letters[4], answers[4];
} Screen;

static void die(const char *what, const char *err)
{
    fprintf(stderr, "floor: %s: %s\n", what, err);
    exit(1);
}

static Text make_text(SDL_Renderer *ren, TTF_Font *font, const char *s, SDL_Color col, int wrap)
{
    Text t;
    SDL_Surface *surf;

    if (wrap > 0)
        surf = TTF_RenderUTF8_Blended_Wrapped(font, s, col, (Uint32)wrap);
    else
        surf = TTF_RenderUTF8_Blended(font, s, col);
    if (!surf) die("TTF_RenderUTF8_Blended", TTF_GetError());
    t.tex = SDL_CreateTextureFromSurface(ren, surf);
    if (!t.tex) die("SDL_CreateTextureFromSurface", SDL_GetError());
    t.w = surf->w;
    t.h = surf->h;
    SDL_FreeSurface(surf);
    return t;
}

static void draw_text(SDL_Renderer *ren, const Text *t, int x, int y)
{
    SDL_Rect dst = {x, y, t->w, t->h};

    SDL_RenderCopy(ren, t->tex, NULL, &dst);
}

static void set_color(SDL_Renderer *ren, SDL_Color c)
{
    SDL_SetRenderDrawColor(ren, c.r, c.g, c.b, c.a);
}

/* A filled rectangle with rounded corners, as horizontal spans. */
static void fill_round_rect(SDL_Renderer *ren, int x, int y, int w, int h, int r)
{
    SDL_Rect spans[2 * 32 + 1];
    int n = 0;
    int i;

    if (r > 32) r = 32;
    if (r > h / 2) r = h / 2;
    for (i = 0; i < r; i++) {
        /* Inset of the span on row i (0 = top row) from the circle. */
        double dy = r - i - 0.5;
        int inset = r - (int)(SDL_sqrt((double)r * r - dy * dy) + 0.5);
        SDL_Rect top = {x + inset, y + i, w - 2 * inset, 1};
        SDL_Rect bottom = {x + inset, y + h - 1 - i, w - 2 * inset, 1};

        spans[n++] = top;
        spans[n++] = bottom;
    }
    spans[n].x = x;
    spans[n].y = y + r;
    spans[n].w = w;
    spans[n].h = h - 2 * r;
    n++;
    SDL_RenderFillRects(ren, spans, n);
}

static void load_screen(SDL_Renderer *ren, Screen *s)
{
    TTF_Font *body = TTF_OpenFont(FONT_REGULAR, SIZE_BODY);
    TTF_Font *body_bold = TTF_OpenFont(FONT_BOLD, SIZE_BODY);
    TTF_Font *prompt = TTF_OpenFont(FONT_BOLD, SIZE_PROMPT);
    TTF_Font *footer = TTF_OpenFont(FONT_REGULAR, SIZE_FOOTER);
    int i;

    if (!body || !body_bold || !prompt || !footer) die("TTF_OpenFont", TTF_GetError());
    s->question_no = make_text(ren, body, QUESTION_NO, COL_TEXT, 0);
    s->score = make_text(ren, body_bold, SCORE, COL_TEXT, 0);
    s->prompt = make_text(ren, prompt, PROMPT, COL_TEXT, WIN_W - 2 * MARGIN);
    s->footer = make_text(ren, footer, FOOTER, COL_MUTED, 0);
    for (i = 0; i < 4; i++) {
        s->letters[i] = make_text(ren, body_bold, LETTERS[i], COL_BG, 0);
        s->answers[i] = make_text(ren, body, ANSWERS[i], COL_TEXT, BUTTON_W - ANSWER_X - BADGE_X);
    }
    TTF_CloseFont(body);
    TTF_CloseFont(body_bold);
    TTF_CloseFont(prompt);
    TTF_CloseFont(footer);
}

static void free_screen(Screen *s)
{
    int i;

    SDL_DestroyTexture(s->question_no.tex);
    SDL_DestroyTexture(s->score.tex);
    SDL_DestroyTexture(s->prompt.tex);
    SDL_DestroyTexture(s->footer.tex);
    for (i = 0; i < 4; i++) {
        SDL_DestroyTexture(s->letters[i].tex);
        SDL_DestroyTexture(s->answers[i].tex);
    }
}

static void draw_screen(SDL_Renderer *ren, const Screen *s)
{
    const int bar_w = WIN_W - 2 * MARGIN;
    SDL_Rect topbar = {0, 0, WIN_W, TOPBAR_H};
    int i;

    set_color(ren, COL_BG);
    SDL_RenderClear(ren);

    /* Top bar: question number left, score right. */
    set_color(ren, COL_TOPBAR);
    SDL_RenderFillRect(ren, &topbar);
    draw_text(ren, &s->question_no, MARGIN, (TOPBAR_H - s->question_no.h) / 2);
    draw_text(ren, &s->score, WIN_W - MARGIN - s->score.w, (TOPBAR_H - s->score.h) / 2);

    /* Countdown bar, static at 60 %. */
    set_color(ren, COL_TRACK);
    fill_round_rect(ren, MARGIN, BAR_Y, bar_w, BAR_H, BAR_H / 2);
    set_color(ren, COL_ACCENT);
    fill_round_rect(ren, MARGIN, BAR_Y, (int)(bar_w * BAR_FILL + 0.5), BAR_H, BAR_H / 2);

    /* Prompt, wrapped. */
    draw_text(ren, &s->prompt, MARGIN, PROMPT_Y);

    /* Four answers in a 2x2 grid. */
    for (i = 0; i < 4; i++) {
        int bx = MARGIN + (i % 2) * (BUTTON_W + GAP);
        int by = GRID_Y + (i / 2) * (BUTTON_H + GAP);
        int badge_y = by + (BUTTON_H - BADGE) / 2;
        const Text *l = &s->letters[i];
        const Text *a = &s->answers[i];

        set_color(ren, COL_BUTTON);
        fill_round_rect(ren, bx, by, BUTTON_W, BUTTON_H, BUTTON_R);
        set_color(ren, COL_ACCENT);
        fill_round_rect(ren, bx + BADGE_X, badge_y, BADGE, BADGE, BADGE_R);
        draw_text(ren, l, bx + BADGE_X + (BADGE - l->w) / 2, badge_y + (BADGE - l->h) / 2);
        draw_text(ren, a, bx + ANSWER_X, by + (BUTTON_H - a->h) / 2);
    }

    /* Footer hint, centred. */
    draw_text(ren, &s->footer, (WIN_W - s->footer.w) / 2, WIN_H - FOOTER_BOTTOM - s->footer.h);

    SDL_RenderPresent(ren);
}

/* Idle: block in SDL_WaitEvent, redraw only when the window needs it. */
static void idle(SDL_Renderer *ren, const Screen *s)
{
    SDL_Event ev;

    while (SDL_WaitEvent(&ev)) {
        if (ev.type == SDL_QUIT) return;
        if (ev.type == SDL_KEYDOWN && ev.key.keysym.sym == SDLK_ESCAPE) return;
        if (ev.type == SDL_WINDOWEVENT && (ev.window.event == SDL_WINDOWEVENT_EXPOSED ||
                                           ev.window.event == SDL_WINDOWEVENT_SIZE_CHANGED))
            draw_screen(ren, s);
    }
}

int main(int argc, char **argv)
{
    const char *mode = getenv("VIGIE_BENCH");
    long redraws = -1; /* -1: idle until closed */
    SDL_Window *win;
    SDL_Renderer *ren;
    Screen screen;
    long i;

    (void)argc;
    (void)argv;
    if (mode && strcmp(mode, "first-frame") == 0)
        redraws = 0;
    else if (mode && strncmp(mode, "redraw:", 7) == 0) {
        redraws = strtol(mode + 7, NULL, 10);
        if (redraws < 0) redraws = 0;
    } else if (mode && *mode)
        fprintf(stderr, "floor: unknown VIGIE_BENCH=%s, idling\n", mode);

    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
    if (SDL_Init(SDL_INIT_VIDEO) != 0) die("SDL_Init", SDL_GetError());
    if (TTF_Init() != 0) die("TTF_Init", TTF_GetError());
    win = SDL_CreateWindow("Vigie bench - floor", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                           WIN_W, WIN_H, 0);
    if (!win) die("SDL_CreateWindow", SDL_GetError());
    ren = SDL_CreateRenderer(win, -1, SDL_RENDERER_SOFTWARE);
    if (!ren) die("SDL_CreateRenderer", SDL_GetError());

    load_screen(ren, &screen);
    draw_screen(ren, &screen);
    if (redraws < 0) idle(ren, &screen);
    for (i = 0; i < redraws; i++) {
        SDL_Event ev;

        /* A real frame loop drains its events; so does the floor. */
        while (SDL_PollEvent(&ev))
            ;
        draw_screen(ren, &screen);
    }

    free_screen(&screen);
    SDL_DestroyRenderer(ren);
    SDL_DestroyWindow(win);
    TTF_Quit();
    SDL_Quit();
    return 0;
}
