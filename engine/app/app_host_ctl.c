/* app_host_ctl.c — the live classroom's controller: the rooms of the levels hosted, one after
 * the other, fed by the network's events and the teacher's commands, told to the players
 * through the network, kept in the results database at each level's end.
 * The game model scores (game_room.c); the network carries (net/); this only decides what
 * happens next.
 */
#include "app_host.h"
#include "store/store.h"

#include <jansson.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

/* A player as the whole session knows them: across the levels of a pack. */
typedef struct {
    uint32_t id;
    char nick[GAME_NICK_MAX * 2 + 1];
    bool away, removed;
    long carried; /* the points of the levels before this one */
    size_t order; /* when they joined */
} host_player;

struct host_ctl {
    host_setup s;
    net *n;
    size_t level; /* the level being played (index in s.levels) */
    game_room *room;
    host_player *players;
    size_t nplayers, cap;
    bool locked, untimed, over, changed;
    game_pace pace;     /* NORMAL, X15 or X2: untimed is the bool, which the teacher's key flips */
    uint64_t phase_at;  /* when the room's phase last changed (--auto) */
    uint64_t last_join; /* when the last player joined (--auto) */
    int64_t started_ms; /* wall clock, for the kept runs */
    char session[64];
    char notice[300];
};

/* ==== helpers ============================================================== */

static const game_level *level_of(const host_ctl *c)
{
    return c->s.levels[c->level]->level;
}

static host_player *player_find(host_ctl *c, uint32_t id)
{
    for (size_t i = 0; i < c->nplayers; i++)
        if (c->players[i].id == id) return &c->players[i];
    return NULL;
}

static void say(host_ctl *c, const char *key, const char *a1)
{
    game_catalog_fmt_reg(c->s.cat, c->s.lang, c->s.reg, key, a1, NULL, NULL, c->notice,
                         sizeof c->notice);
    c->changed = true;
}

/* One JSON line on the events stream (headless): the object is consumed. */
static void emit(host_ctl *c, json_t *o)
{
    if (c->s.events && o) {
        char *line = json_dumps(o, JSON_COMPACT);
        if (line) {
            fprintf(c->s.events, "%s\n", line);
            fflush(c->s.events);
            free(line);
        }
    }
    json_decref(o);
}

static long total_of(const host_ctl *c, const host_player *hp)
{
    const game_room_player *p = game_room_player_get(c->room, hp->id);
    return hp->carried + (p ? p->score : 0);
}

/* The players still in, best total first (then who joined first): ranks for the podium. */
typedef struct {
    const host_player *p;
    long total;
} ranked;

static int ranked_cmp(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    if (x->total != y->total) return x->total > y->total ? -1 : 1;
    return x->p->order < y->p->order ? -1 : x->p->order > y->p->order;
}

static size_t rank_players(const host_ctl *c, ranked *out)
{
    size_t n = 0;
    for (size_t i = 0; i < c->nplayers; i++)
        if (!c->players[i].removed)
            out[n++] = (ranked){&c->players[i], total_of(c, &c->players[i])};
    qsort(out, n, sizeof *out, ranked_cmp);
    return n;
}

/* 1 + how many have more. */
static unsigned rank_in(const ranked *r, size_t n, long total)
{
    unsigned k = 1;
    for (size_t i = 0; i < n; i++)
        if (r[i].total > total) k++;
    return k;
}

/* ==== keeping the session ================================================== */

/* Every player's run of the level just played (or left): what they answered, in the store's
 * terms, as a solo game keeps it. */
static void record_level(host_ctl *c)
{
    if (!c->s.writer || !c->room) return;
    const game_level *lv = level_of(c);
    const char *lang = game_lang_code(c->s.lang);
    size_t last = game_room_question_index(c->room);
    if (last == SIZE_MAX) return; /* nothing played */
    for (size_t k = 0; k < game_room_player_count(c->room); k++) {
        const game_room_player *p = game_room_player_at(c->room, k);
        if (p->removed) continue;
        bool any = false;
        for (size_t i = p->first; i <= last && i < lv->nquestions; i++)
            any = any || (p->answers[i].answered && !game_room_skipped(c->room, i));
        if (!any) continue;
        store_run run = {c->session,
                         p->nick,
                         c->s.pack_id,
                         lv->id,
                         game_text_get(&lv->title, c->s.lang),
                         lang,
                         c->started_ms,
                         game_room_max_score(c->room),
                         host_ctl_pace(c)};
        store_writer_run_begin(c->s.writer, &run);
        int seq = 0;
        for (size_t i = p->first; i <= last && i < lv->nquestions; i++) {
            const game_answer *a = &p->answers[i];
            if (!a->answered || game_room_skipped(c->room, i)) continue;
            const game_question *q = &lv->questions[i];
            char words[600];
            game_answer_words(q, a, c->s.lang, words, sizeof words);
            store_answer sa = {0,
                               ++seq,
                               q->id,
                               game_kind_name(q->kind),
                               game_text_get(&q->prompt, c->s.lang),
                               words,
                               a->correct,
                               a->timeout,
                               a->points,
                               a->time_ms,
                               app_now_ms(),
                               a->credit,
                               (store_sure)game_answer_sure(lv, q, a)};
            store_writer_answer(c->s.writer, &sa);
        }
        store_writer_run_end(c->s.writer, p->score, app_now_ms());
    }
    store_writer_flush(c->s.writer);
    char why[300];
    if (store_writer_take_error(c->s.writer, why, sizeof why)) say(c, "host.db_error", why);
}

/* ==== the flow ============================================================= */

static bool read_file(const char *path, void **buf, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return false;
    bool ok = fseek(f, 0, SEEK_END) == 0;
    long size = ok ? ftell(f) : -1;
    ok = ok && size > 0 && size <= 16L * 1024 * 1024 && fseek(f, 0, SEEK_SET) == 0;
    *buf = ok ? malloc((size_t)size) : NULL;
    ok = *buf && fread(*buf, 1, (size_t)size, f) == (size_t)size;
    fclose(f);
    if (!ok) {
        free(*buf);
        *buf = NULL;
        return false;
    }
    *len = (size_t)size;
    return true;
}

static const char *image_mime(const char *path, const char **ext)
{
    const char *dot = strrchr(path, '.');
    if (dot && (!strcmp(dot, ".jpg") || !strcmp(dot, ".jpeg") || !strcmp(dot, ".JPG"))) {
        *ext = "jpg";
        return "image/jpeg";
    }
    *ext = "png";
    return "image/png";
}

static void open_question(host_ctl *c, size_t i, uint64_t now)
{
    const game_level *lv = level_of(c);
    const game_question *q = &lv->questions[i];
    uint32_t time_ms = c->untimed ? 0 : q->time_ms;
    game_room_set_pace(c->room, host_ctl_pace(c));
    game_room_open(c->room, i, time_ms, now);
    c->phase_at = now;
    c->changed = true;
    json_t *ev = json_pack("{s:s,s:I,s:I,s:s}", "event", "question", "q", (json_int_t)(i + 1), "of",
                           (json_int_t)lv->nquestions, "kind", game_kind_name(q->kind));
    emit(c, ev);
    if (q->kind == GAME_KIND_PLAY) { /* nobody plays a mini-game from a phone: skipped */
        game_room_skip(c->room, now);
        net_question_skipped(c->n, (uint32_t)(i + 1), "game");
        net_phase_set(c->n, NET_PHASE_REVEAL);
        c->changed = true; /* the screen says it is skipped, and why */
        emit(c, json_pack("{s:s,s:I,s:s}", "event", "skipped", "q", (json_int_t)(i + 1), "why",
                          "game"));
        return;
    }
    /* the phones count down the room's limit: the written one under the trainer's pace */
    net_question nq = {.number = (uint32_t)(i + 1),
                       .of = (uint32_t)lv->nquestions,
                       .q = q,
                       .time_ms = game_pace_limit(game_room_pace(c->room), time_ms)};
    for (size_t pos = 0; pos < q->nchoices && pos < GAME_MAX_CHOICES; pos++)
        nq.choice_at[pos] = (unsigned char)game_room_choice_at(c->room, pos);
    const unsigned char *start = game_room_start_order(c->room);
    for (size_t k = 0; k < q->nitems && k < GAME_MAX_ITEMS; k++) {
        nq.item_at[k] = start ? start[k] : (unsigned char)k;
        nq.card_at[k] = (unsigned char)k;
    }
    nq.start = game_room_estimate_start(c->room);
    char mpath[32], ipath[32];
    if (q->kind == GAME_KIND_HOTSPOT && c->s.mockup) {
        void *png = NULL;
        size_t len = 0;
        int w = 0, h = 0;
        if (c->s.mockup(c->s.mockup_ud, c->s.levels[c->level]->path, i, c->s.lang, &png, &len, &w,
                        &h, nq.part_rect)) {
            snprintf(mpath, sizeof mpath, "/mockup/%zu.png", i + 1);
            net_add_file(c->n, mpath, "image/png", png, len);
            nq.mockup_src = mpath;
            nq.mockup_w = w;
            nq.mockup_h = h;
        }
        free(png);
    }
    if (q->image) {
        void *img = NULL;
        size_t len = 0;
        const char *ext;
        const char *mime = image_mime(q->image, &ext);
        if (read_file(q->image, &img, &len)) {
            snprintf(ipath, sizeof ipath, "/img/%zu.%s", i + 1, ext);
            net_add_file(c->n, ipath, mime, img, len);
            nq.image_src = ipath;
        }
        free(img);
    }
    net_phase_set(c->n, NET_PHASE_QUESTION);
    net_question_open(c->n, &nq);
}

/* A hotspot question's clues in words: "« Votre colis… » · « http://… »", each shortened. */
static void clue_words(const game_question *q, game_lang lang, char *buf, size_t n)
{
    size_t used = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < q->nparts && used + 1 < n; i++) {
        const game_part *p = &q->parts[i];
        if (!p->clue) continue;
        const char *t = game_text_get(&p->text, lang);
        if ((!t || !*t) && p->extra) t = p->extra;
        if (!t) t = game_part_name(p);
        char cut[80];
        size_t len = strlen(t);
        if (len > 60) { /* at a character's start, with an ellipsis */
            len = 60;
            while (len > 0 && ((unsigned char)t[len] & 0xC0) == 0x80) len--;
            snprintf(cut, sizeof cut, "%.*s…", (int)len, t);
        } else {
            snprintf(cut, sizeof cut, "%s", t);
        }
        int w = snprintf(buf + used, n - used, lang == GAME_LANG_FR ? "%s« %s »" : "%s“%s”",
                         used ? " · " : "", cut);
        if (w < 0 || (size_t)w >= n - used) break;
        used += (size_t)w;
    }
}

static void close_question(host_ctl *c, uint64_t now)
{
    game_error err = {0};
    if (!game_room_close(c->room, now, &err)) say(c, "host.rule_failed", err.message);
    net_question_close(c->n);
    net_phase_set(c->n, NET_PHASE_REVEAL);
    c->phase_at = now;
    c->changed = true;
    const game_level *lv = level_of(c);
    size_t i = game_room_question_index(c->room);
    const game_question *q = &lv->questions[i];
    /* the right answer in words, once */
    game_answer perfect = {.answered = true, .correct = true, .credit = 1};
    game_response_perfect(q, &perfect.resp);
    char right[600];
    game_answer_words(q, &perfect, c->s.lang, right, sizeof right);
    if (q->kind == GAME_KIND_PASSWORD)
        snprintf(right, sizeof right, "%s",
                 game_catalog_get_reg(c->s.cat, c->s.lang, c->s.reg, "class.password_right"));
    if (q->kind == GAME_KIND_HOTSPOT) /* the clues, by what the mock-up shows of them */
        clue_words(q, c->s.lang, right, sizeof right);
    const char *explain = game_text_get(&q->explain, c->s.lang);

    size_t np = c->nplayers;
    ranked *rk = malloc((np ? np : 1) * sizeof *rk);
    net_reveal *rv = malloc((np ? np : 1) * sizeof *rv);
    char(*mine)[600] = malloc((np ? np : 1) * sizeof *mine);
    if (!rk || !rv || !mine) {
        free(rk), free(rv), free(mine);
        return;
    }
    size_t nr = rank_players(c, rk), count = 0;
    for (size_t k = 0; k < np; k++) {
        const host_player *hp = &c->players[k];
        const game_room_player *p = game_room_player_get(c->room, hp->id);
        if (hp->removed || !p) continue;
        const game_answer *a = i >= p->first ? &p->answers[i] : NULL;
        bool answered = a && a->answered && !a->timeout;
        mine[count][0] = '\0';
        if (answered) game_answer_words(q, a, c->s.lang, mine[count], sizeof mine[count]);
        long total = total_of(c, hp);
        rv[count] = (net_reveal){.player = hp->id,
                                 .q = (uint32_t)(i + 1),
                                 .answered = answered,
                                 .correct = answered && a->correct,
                                 .credit = answered ? a->credit : 0,
                                 .points = answered ? a->points : 0,
                                 .score = total,
                                 .streak = p->streak,
                                 .rank = rank_in(rk, nr, total),
                                 .players = (unsigned)nr,
                                 .right = right,
                                 .explain = explain,
                                 .mine = mine[count]};
        count++;
    }
    net_reveal_send(c->n, rv, count);
    free(rk), free(rv), free(mine);
    game_room_tally t;
    game_room_tally_get(c->room, i, &t);
    emit(c, json_pack("{s:s,s:I,s:I,s:I,s:I,s:I}", "event", "reveal", "q", (json_int_t)(i + 1),
                      "right", (json_int_t)t.right, "partly", (json_int_t)t.partly, "wrong",
                      (json_int_t)t.wrong, "none", (json_int_t)t.none));
}

/* The podium (or, final, the end) to everyone and on the events stream. */
static void send_podium(host_ctl *c, bool final)
{
    size_t np = c->nplayers;
    ranked *rk = malloc((np ? np : 1) * sizeof *rk);
    uint32_t *ids = malloc((np ? np : 1) * sizeof *ids);
    unsigned *ranks = malloc((np ? np : 1) * sizeof *ranks);
    long *scores = malloc((np ? np : 1) * sizeof *scores);
    if (!rk || !ids || !ranks || !scores) {
        free(rk), free(ids), free(ranks), free(scores);
        return;
    }
    size_t nr = rank_players(c, rk);
    net_podium_row top[5];
    size_t ntop = nr < 5 ? nr : 5;
    json_t *jtop = json_array();
    for (size_t k = 0; k < ntop; k++) {
        top[k] = (net_podium_row){rk[k].p->nick, rk[k].total};
        json_array_append_new(
            jtop, json_pack("{s:s,s:I}", "nick", rk[k].p->nick, "score", (json_int_t)rk[k].total));
    }
    for (size_t k = 0; k < nr; k++) {
        ids[k] = rk[k].p->id;
        scores[k] = rk[k].total;
        ranks[k] = rank_in(rk, nr, rk[k].total);
    }
    net_podium_send(c->n, top, ntop, ids, ranks, scores, nr, final);
    emit(c, json_pack("{s:s,s:o,s:I}", "event", final ? "end" : "podium", "top", jtop, "players",
                      (json_int_t)nr));
    free(rk), free(ids), free(ranks), free(scores);
}

/* The next level of a pack: a new room, the same players. */
static bool next_level(host_ctl *c, uint64_t now)
{
    if (c->level + 1 >= c->s.nlevels) return false;
    record_level(c);
    for (size_t k = 0; k < c->nplayers; k++) {
        const game_room_player *p = game_room_player_get(c->room, c->players[k].id);
        if (p) c->players[k].carried += p->score;
    }
    game_error err = {0};
    const ui_level *ul = c->s.levels[c->level + 1];
    game_room *r = game_room_create(ul->level, ul->score, ul->score_ud, c->s.seed, &err);
    if (!r) {
        say(c, "host.rule_failed", err.message);
        return false;
    }
    game_room_destroy(c->room);
    c->room = r;
    c->level++;
    for (size_t k = 0; k < c->nplayers; k++) {
        host_player *hp = &c->players[k];
        if (hp->removed) continue;
        game_room_join(r, hp->id, hp->nick);
        if (hp->away) game_room_set_away(r, hp->id, true);
    }
    open_question(c, 0, now);
    return true;
}

static void finish(host_ctl *c, uint64_t now)
{
    if (c->over) return;
    if (game_room_phase_get(c->room) == GAME_ROOM_QUESTION) close_question(c, now);
    game_room_end(c->room);
    net_phase_set(c->n, NET_PHASE_END);
    send_podium(c, true);
    record_level(c);
    c->over = true;
    c->changed = true;
}

/* NEXT: question → reveal → podium → next question, the next level, or the end. */
static bool next(host_ctl *c, uint64_t now)
{
    switch (game_room_phase_get(c->room)) {
    case GAME_ROOM_LOBBY:
        if (game_room_players_in(c->room) == 0) return false;
        open_question(c, 0, now);
        return true;
    case GAME_ROOM_QUESTION:
        close_question(c, now);
        return true;
    case GAME_ROOM_REVEAL:
        if (!game_room_skipped(c->room, game_room_question_index(c->room))) {
            game_room_podium(c->room);
            net_phase_set(c->n, NET_PHASE_PODIUM);
            send_podium(c, false);
            c->phase_at = now;
            c->changed = true;
            return true;
        }
        /* fall through - a skipped question has no podium */
    case GAME_ROOM_PODIUM:
        if (game_room_question_index(c->room) + 1 < level_of(c)->nquestions)
            open_question(c, game_room_question_index(c->room) + 1, now);
        else if (!next_level(c, now))
            finish(c, now);
        return true;
    case GAME_ROOM_END:
        return false;
    }
    return false;
}

/* ==== the public side ====================================================== */

host_ctl *host_ctl_create(const host_setup *s, net *n, game_error *err)
{
    if (!s->nlevels) {
        game_error_set(err, "", 0, "nothing to host");
        return NULL;
    }
    host_ctl *c = calloc(1, sizeof *c);
    if (!c) return NULL;
    c->s = *s;
    c->n = n;
    c->untimed = s->untimed;
    c->pace = (unsigned)s->pace < GAME_PACE_COUNT && s->pace != GAME_PACE_UNTIMED
                  ? s->pace
                  : GAME_PACE_NORMAL;
    const ui_level *ul = s->levels[0];
    c->room = game_room_create(ul->level, ul->score, ul->score_ud, s->seed, err);
    if (!c->room) {
        free(c);
        return NULL;
    }
    c->started_ms = app_now_ms();
    time_t t = (time_t)(c->started_ms / 1000);
    struct tm tm;
    localtime_r(&t, &tm);
    strftime(c->session, sizeof c->session, "classe %Y-%m-%d %H:%M", &tm);
    net_phase_set(n, NET_PHASE_LOBBY);
    return c;
}

void host_ctl_destroy(host_ctl *c)
{
    if (!c) return;
    if (!c->over) record_level(c);
    game_room_destroy(c->room);
    free(c->players);
    free(c);
}

void host_ctl_net(host_ctl *c, uint64_t now)
{
    net_event evs[64];
    size_t got;
    while ((got = net_poll(c->n, evs, sizeof evs / sizeof *evs)) > 0) {
        for (size_t k = 0; k < got; k++) {
            const net_event *e = &evs[k];
            host_player *hp = player_find(c, e->player);
            switch (e->kind) {
            case NET_EV_JOIN:
                if (hp) break;
                if (c->nplayers == c->cap) {
                    size_t cap = c->cap ? c->cap * 2 : 64;
                    host_player *p = realloc(c->players, cap * sizeof *p);
                    if (!p) break;
                    c->players = p;
                    c->cap = cap;
                }
                hp = &c->players[c->nplayers];
                *hp = (host_player){.id = e->player, .order = c->nplayers};
                snprintf(hp->nick, sizeof hp->nick, "%s", e->nick);
                c->nplayers++;
                game_room_join(c->room, e->player, e->nick);
                c->last_join = now;
                c->changed = true;
                emit(c, json_pack("{s:s,s:I,s:s,s:I}", "event", "join", "id", (json_int_t)e->player,
                                  "nick", e->nick, "players",
                                  (json_int_t)game_room_players_in(c->room)));
                break;
            case NET_EV_AWAY:
            case NET_EV_BACK:
                if (!hp) break;
                hp->away = e->kind == NET_EV_AWAY;
                game_room_set_away(c->room, e->player, hp->away);
                c->changed = true;
                emit(c, json_pack("{s:s,s:I}", "event", hp->away ? "away" : "back", "id",
                                  (json_int_t)e->player));
                break;
            case NET_EV_ANSWER: {
                game_error err = {0};
                game_room_take t =
                    game_room_answer(c->room, e->player, e->q, &e->resp, e->time_ms, &err);
                if (t == GAME_ROOM_FAILED) say(c, "host.rule_failed", err.message);
                if (t != GAME_ROOM_TAKEN) break;
                size_t done, of;
                game_room_answered(c->room, &done, &of);
                c->changed = true;
                emit(c, json_pack("{s:s,s:I,s:I,s:I,s:I}", "event", "answer", "q", (json_int_t)e->q,
                                  "id", (json_int_t)e->player, "answered", (json_int_t)done, "of",
                                  (json_int_t)of));
                if (c->s.auto_run && of > 0 && done >= of) close_question(c, now);
                break;
            }
            }
        }
    }
}

void host_ctl_tick(host_ctl *c, uint64_t now)
{
    if (c->over) return;
    game_room_phase ph = game_room_phase_get(c->room);
    if (ph == GAME_ROOM_QUESTION && game_room_time_up(c->room, now)) {
        close_question(c, now);
        return;
    }
    if (!c->s.auto_run) return;
    unsigned want = c->s.auto_players ? c->s.auto_players : 1;
    if (ph == GAME_ROOM_LOBBY) {
        if (game_room_players_in(c->room) >= want && now >= c->last_join + 1000) next(c, now);
    } else if (ph == GAME_ROOM_QUESTION) {
        size_t done, of;
        game_room_answered(c->room, &done, &of);
        if (of > 0 && done >= of) close_question(c, now);
    } else if ((ph == GAME_ROOM_REVEAL || ph == GAME_ROOM_PODIUM) &&
               now >= c->phase_at + c->s.reveal_ms) {
        next(c, now);
    }
}

uint64_t host_ctl_due(const host_ctl *c, uint64_t now)
{
    if (c->over) return UINT64_MAX;
    game_room_phase ph = game_room_phase_get(c->room);
    if (ph == GAME_ROOM_QUESTION) {
        uint32_t left = game_room_time_left(c->room, now);
        if (left && !game_room_paused(c->room)) return now + left;
        return UINT64_MAX;
    }
    if (!c->s.auto_run) return UINT64_MAX;
    if (ph == GAME_ROOM_LOBBY) /* waits for a join (an event) until enough have come */
        return game_room_players_in(c->room) >= (c->s.auto_players ? c->s.auto_players : 1)
                   ? c->last_join + 1000
                   : UINT64_MAX;
    if (ph == GAME_ROOM_REVEAL || ph == GAME_ROOM_PODIUM) return c->phase_at + c->s.reveal_ms;
    return UINT64_MAX;
}

bool host_ctl_command(host_ctl *c, host_cmd cmd, uint32_t player, const char *nick, uint64_t now,
                      char *why, size_t nwhy)
{
    if (why && nwhy) why[0] = '\0';
    if (c->over) return false;
    game_room_phase ph = game_room_phase_get(c->room);
    switch (cmd) {
    case HOST_CMD_START:
        if (ph != GAME_ROOM_LOBBY) return next(c, now);
        if (!game_room_players_in(c->room)) {
            if (why) snprintf(why, nwhy, "%s", "nobody has joined yet");
            return false;
        }
        return next(c, now);
    case HOST_CMD_NEXT:
        return next(c, now);
    case HOST_CMD_PAUSE:
    case HOST_CMD_RESUME: {
        bool pause = cmd == HOST_CMD_PAUSE;
        if (ph != GAME_ROOM_QUESTION || game_room_paused(c->room) == pause) return false;
        game_room_pause(c->room, pause, now);
        net_pause(c->n, pause, game_room_time_left(c->room, now));
        c->changed = true;
        emit(c, json_pack("{s:s}", "event", pause ? "paused" : "resumed"));
        return true;
    }
    case HOST_CMD_UNTIMED:
        c->untimed = !c->untimed;
        say(c, c->untimed ? "host.untimed_on" : "host.untimed_off", NULL);
        emit(c, json_pack("{s:s,s:b}", "event", "untimed", "on", c->untimed));
        return true;
    case HOST_CMD_SKIP: {
        if (ph == GAME_ROOM_END) return false;
        size_t i = game_room_question_index(c->room);
        if (ph != GAME_ROOM_QUESTION) {
            /* the next one: skipped before it is shown */
            i = i == SIZE_MAX ? 0 : i + 1;
            if (i >= level_of(c)->nquestions) return false;
        }
        game_room_skip(c->room, now);
        net_question_skipped(c->n, (uint32_t)(i + 1), "teacher");
        net_phase_set(c->n, NET_PHASE_REVEAL);
        c->phase_at = now;
        c->changed = true;
        emit(c, json_pack("{s:s,s:I,s:s}", "event", "skipped", "q", (json_int_t)(i + 1), "why",
                          "teacher"));
        return true;
    }
    case HOST_CMD_LOCK:
    case HOST_CMD_UNLOCK:
        c->locked = cmd == HOST_CMD_LOCK;
        net_lock(c->n, c->locked);
        c->changed = true;
        emit(c, json_pack("{s:s}", "event", c->locked ? "locked" : "unlocked"));
        return true;
    case HOST_CMD_REMOVE: {
        host_player *hp = player_find(c, player);
        if (!hp || hp->removed) {
            if (why) snprintf(why, nwhy, "no player %u", (unsigned)player);
            return false;
        }
        hp->removed = true;
        game_room_remove(c->room, player);
        net_remove(c->n, player);
        c->changed = true;
        emit(c, json_pack("{s:s,s:I}", "event", "removed", "id", (json_int_t)player));
        return true;
    }
    case HOST_CMD_RENAME: {
        host_player *hp = player_find(c, player);
        char norm[GAME_NICK_MAX * 2 + 1];
        if (!hp || hp->removed) {
            if (why) snprintf(why, nwhy, "no player %u", (unsigned)player);
            return false;
        }
        if (!nick || !store_nick_valid(nick, norm, sizeof norm)) {
            if (why) snprintf(why, nwhy, "\"%s\" is not a nickname", nick ? nick : "");
            return false;
        }
        for (size_t k = 0; k < c->nplayers; k++)
            if (c->players[k].id != player && !c->players[k].removed &&
                strcasecmp(c->players[k].nick, norm) == 0) {
                if (why) snprintf(why, nwhy, "\"%s\" is taken", norm);
                return false;
            }
        snprintf(hp->nick, sizeof hp->nick, "%s", norm);
        game_room_rename(c->room, player, norm);
        net_rename(c->n, player, norm);
        c->changed = true;
        emit(c, json_pack("{s:s,s:I,s:s}", "event", "renamed", "id", (json_int_t)player, "nick",
                          norm));
        return true;
    }
    case HOST_CMD_END:
        finish(c, now);
        return true;
    }
    return false;
}

bool host_ctl_over(const host_ctl *c)
{
    return c->over;
}

bool host_ctl_take_changed(host_ctl *c)
{
    bool ch = c->changed;
    c->changed = false;
    return ch;
}

const game_room *host_ctl_room(const host_ctl *c)
{
    return c->room;
}

bool host_ctl_locked(const host_ctl *c)
{
    return c->locked;
}

const char *host_ctl_session(const host_ctl *c)
{
    return c->session;
}

bool host_ctl_untimed(const host_ctl *c)
{
    return c->untimed;
}

game_pace host_ctl_pace(const host_ctl *c)
{
    return c->untimed ? GAME_PACE_UNTIMED : c->pace;
}

const char *host_ctl_notice(host_ctl *c)
{
    static _Thread_local char copy[sizeof((host_ctl *)0)->notice];
    snprintf(copy, sizeof copy, "%s", c->notice);
    c->notice[0] = '\0';
    return copy;
}
