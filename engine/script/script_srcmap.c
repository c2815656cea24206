/* script_srcmap.c — a map of a level's table constructors: a Lua lexer that skips comments and
 * strings (short and long), and a pass that records every `{`, its entries in order and the
 * line of each. Pure C, no Lua: it runs on a chunk Lua has already compiled, so it can be
 * lenient. One pass over the source and a hash of the entries: linear in the source.
 */
#include "script_srcmap.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ==== the lexer ================================================================== */

typedef enum { TK_EOF, TK_NAME, TK_STRING, TK_NUMBER, TK_EQ, TK_OTHER } tk_type;

typedef struct {
    tk_type type;
    size_t off, len; /* the token; for a short string, its contents between the quotes */
    int line;
    char c;       /* TK_OTHER: its first character */
    bool escaped; /* TK_STRING: has a backslash (its key is not its text) */
} token;

typedef struct {
    const char *s;
    size_t n, i;
    int line;
} lexer;

static bool is_name(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* At a `[` that opens a long bracket ([[ or [==[): its level (count of '='), else -1. */
static int long_open(const lexer *x)
{
    size_t j = x->i + 1;
    int level = 0;
    while (j < x->n && x->s[j] == '=') j++, level++;
    return j < x->n && x->s[j] == '[' ? level : -1;
}

/* Skips a long bracket of this level, the lexer at its `[`. */
static void skip_long(lexer *x, int level)
{
    x->i += (size_t)level + 2;
    while (x->i < x->n) {
        char c = x->s[x->i];
        if (c == '\n') x->line++;
        if (c == ']') {
            size_t j = x->i + 1;
            int l = 0;
            while (j < x->n && x->s[j] == '=') j++, l++;
            if (l == level && j < x->n && x->s[j] == ']') {
                x->i = j + 1;
                return;
            }
        }
        x->i++;
    }
}

static void lex(lexer *x, token *t)
{
    for (;;) {
        while (x->i < x->n) {
            char c = x->s[x->i];
            if (c == '\n')
                x->line++;
            else if (!(c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'))
                break;
            x->i++;
        }
        if (x->i + 1 < x->n && x->s[x->i] == '-' && x->s[x->i + 1] == '-') {
            x->i += 2;
            int level = x->i < x->n && x->s[x->i] == '[' ? long_open(x) : -1;
            if (level >= 0)
                skip_long(x, level);
            else
                while (x->i < x->n && x->s[x->i] != '\n') x->i++;
            continue;
        }
        break;
    }
    memset(t, 0, sizeof *t);
    t->line = x->line;
    t->off = x->i;
    if (x->i >= x->n) {
        t->type = TK_EOF;
        return;
    }
    char c = x->s[x->i];
    if (is_name(c) && !(c >= '0' && c <= '9')) {
        while (x->i < x->n && is_name(x->s[x->i])) x->i++;
        t->type = TK_NAME;
    } else if ((c >= '0' && c <= '9') ||
               (c == '.' && x->i + 1 < x->n && x->s[x->i + 1] >= '0' && x->s[x->i + 1] <= '9')) {
        while (x->i < x->n) {
            char d = x->s[x->i];
            char e = x->s[x->i - 1 < x->i ? x->i - 1 : x->i];
            if (is_name(d) || d == '.' ||
                ((d == '+' || d == '-') && (e == 'e' || e == 'E' || e == 'p' || e == 'P')))
                x->i++;
            else
                break;
        }
        t->type = TK_NUMBER;
    } else if (c == '"' || c == '\'') {
        x->i++;
        t->off = x->i;
        while (x->i < x->n && x->s[x->i] != c) {
            if (x->s[x->i] == '\\') {
                t->escaped = true;
                x->i++;
                if (x->i < x->n && x->s[x->i] == '\n') x->line++;
            } else if (x->s[x->i] == '\n') {
                x->line++; /* not valid Lua; Lua has said so already */
            }
            x->i++;
        }
        t->len = x->i - t->off;
        if (x->i < x->n) x->i++;
        t->type = TK_STRING;
        return;
    } else if (c == '[' && long_open(x) >= 0) {
        skip_long(x, long_open(x));
        t->type = TK_STRING;
        t->escaped = true; /* not used as a key */
    } else if (c == '=') {
        x->i++;
        if (x->i < x->n && x->s[x->i] == '=') {
            x->i++;
            t->type = TK_OTHER; /* == */
            t->c = '~';
        } else {
            t->type = TK_EQ;
        }
    } else {
        x->i++;
        t->type = TK_OTHER;
        t->c = c;
        /* `<=`, `>=`, `~=` must not leave a lone `=` behind */
        if ((c == '<' || c == '>' || c == '~') && x->i < x->n && x->s[x->i] == '=') x->i++;
    }
    t->len = x->i - t->off;
}

/* ==== the map ==================================================================== */

typedef struct {
    int node;        /* the constructor it belongs to */
    int line;        /* of its key, or of its value's first token */
    int child;       /* the constructor that is its value, 0 if none */
    size_t off, len; /* its name in the source (len 0: not a named entry) */
    size_t index;    /* positional entries: from 1; 0 otherwise */
} entry;

struct script_srcmap {
    const char *src;
    int *node_line; /* [0] unused */
    size_t nnodes, cap_nodes;
    entry *e;
    size_t ne, cap_e;
    uint32_t *hash; /* entry + 1, 0 empty; open addressing */
    size_t hcap;
    int root;
};

static bool grow(void **p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap) return true;
    size_t c = *cap ? *cap * 2 : 64;
    while (c < need) c *= 2;
    void *np = realloc(*p, c * size);
    if (!np) return false;
    *p = np;
    *cap = c;
    return true;
}

static uint32_t hash_key(int node, const char *name, size_t len, size_t index)
{
    uint32_t h = 2166136261u ^ (uint32_t)node * 16777619u;
    for (size_t i = 0; i < len; i++) h = (h ^ (unsigned char)name[i]) * 16777619u;
    h = (h ^ (uint32_t)index) * 16777619u;
    return h ^ (h >> 15);
}

static bool key_is(const script_srcmap *m, const entry *e, int node, const char *name, size_t len,
                   size_t index)
{
    return e->node == node && e->index == index && e->len == len &&
           (len == 0 || memcmp(m->src + e->off, name, len) == 0);
}

static const entry *find(const script_srcmap *m, int node, const char *name, size_t len,
                         size_t index)
{
    if (!m || !node || !m->hcap) return NULL;
    size_t mask = m->hcap - 1;
    for (size_t h = hash_key(node, name, len, index) & mask;; h = (h + 1) & mask) {
        uint32_t v = m->hash[h];
        if (!v) return NULL;
        const entry *e = &m->e[v - 1];
        if (key_is(m, e, node, name, len, index)) return e;
    }
}

static bool build_hash(script_srcmap *m)
{
    size_t cap = 64;
    while (cap < m->ne * 2) cap *= 2;
    m->hash = calloc(cap, sizeof *m->hash);
    if (!m->hash) return false;
    m->hcap = cap;
    size_t mask = cap - 1;
    for (size_t i = 0; i < m->ne; i++) {
        entry *e = &m->e[i];
        if (!e->len && !e->index) continue;
        /* a key given twice: Lua keeps the last, so does the map */
        size_t h = hash_key(e->node, m->src + e->off, e->len, e->index) & mask;
        while (m->hash[h] &&
               !key_is(m, &m->e[m->hash[h] - 1], e->node, m->src + e->off, e->len, e->index))
            h = (h + 1) & mask;
        m->hash[h] = (uint32_t)i + 1;
    }
    return true;
}

/* What the parser is inside of: a constructor (node > 0), or a ( or [ (node 0). */
typedef struct {
    int node;
    bool expect; /* a constructor at the start of an entry */
    size_t npos; /* its positional entries so far */
} frame;

static bool word(const script_srcmap *m, const token *t, const char *w)
{
    size_t n = strlen(w);
    return t->type == TK_NAME && t->len == n && memcmp(m->src + t->off, w, n) == 0;
}

static int add_entry(script_srcmap *m, int node, int line, size_t off, size_t len, size_t index)
{
    if (!grow((void **)&m->e, &m->cap_e, m->ne + 1, sizeof *m->e)) return -1;
    m->e[m->ne] = (entry){node, line, 0, off, len, index};
    return (int)m->ne++;
}

script_srcmap *script_srcmap_build(const char *src, size_t len)
{
    script_srcmap *m = calloc(1, sizeof *m);
    frame *st = NULL;
    size_t nst = 0, cap_st = 0;
    if (!m) return NULL;
    m->src = src;
    if (!grow((void **)&m->node_line, &m->cap_nodes, 1, sizeof *m->node_line)) goto fail;
    m->nnodes = 1;
    lexer x = {src, len, 0, 1};
    if (len && src[0] == '#') /* Lua skips a first line like #!/usr/bin/env lua */
        while (x.i < x.n && src[x.i] != '\n') x.i++;
    int blocks = 0;            /* function/if/do/repeat not yet closed */
    int pending = -1;          /* the entry whose value starts at the next token */
    bool after_return = false; /* the previous token is a top-level return */
    int first_questions = 0;
    token t;
    for (lex(&x, &t); t.type != TK_EOF; lex(&x, &t)) {
        frame *top = nst ? &st[nst - 1] : NULL;
        bool ret = after_return;
        after_return = false;
        if (top && top->node && top->expect && !(t.type == TK_OTHER && t.c == '}')) {
            top->expect = false;
            lexer y = x;
            token p1, p2, p3;
            lex(&y, &p1);
            if (t.type == TK_NAME && p1.type == TK_EQ) {
                pending = add_entry(m, top->node, t.line, t.off, t.len, 0);
                if (pending < 0) goto fail;
                if (t.len == 9 && memcmp(src + t.off, "questions", 9) == 0 && !first_questions)
                    first_questions = top->node;
                x = y; /* past the = */
                continue;
            }
            if (t.type == TK_OTHER && t.c == '[' && p1.type == TK_STRING && !p1.escaped) {
                lex(&y, &p2);
                lex(&y, &p3);
                if (p2.type == TK_OTHER && p2.c == ']' && p3.type == TK_EQ) {
                    pending = add_entry(m, top->node, t.line, p1.off, p1.len, 0);
                    if (pending < 0) goto fail;
                    x = y;
                    continue;
                }
            }
            if (!(t.type == TK_OTHER && t.c == '[')) { /* [expr] = …: a key we do not name */
                pending = add_entry(m, top->node, t.line, 0, 0, ++top->npos);
                if (pending < 0) goto fail;
            }
        }
        int link = pending;
        pending = -1;
        if (t.type == TK_OTHER && t.c == '{') {
            if (!grow((void **)&m->node_line, &m->cap_nodes, m->nnodes + 1, sizeof *m->node_line) ||
                !grow((void **)&st, &cap_st, nst + 1, sizeof *st))
                goto fail;
            int node = (int)m->nnodes++;
            m->node_line[node] = t.line;
            if (link >= 0) m->e[link].child = node;
            if (ret) m->root = node;
            st[nst++] = (frame){node, true, 0};
        } else if (t.type == TK_OTHER && (t.c == '(' || t.c == '[')) {
            if (!grow((void **)&st, &cap_st, nst + 1, sizeof *st)) goto fail;
            st[nst++] = (frame){0, false, 0};
        } else if (t.type == TK_OTHER && (t.c == '}' || t.c == ')' || t.c == ']')) {
            if (nst) nst--;
        } else if (t.type == TK_OTHER && (t.c == ',' || t.c == ';')) {
            if (top && top->node) top->expect = true;
        } else if (t.type == TK_NAME) {
            if (word(m, &t, "function") || word(m, &t, "if") || word(m, &t, "do") ||
                word(m, &t, "repeat"))
                blocks++;
            else if ((word(m, &t, "end") || word(m, &t, "until")) && blocks > 0)
                blocks--;
            else if (word(m, &t, "return") && !blocks && !nst) {
                after_return = true;
                m->root = 0;
            }
        }
    }
    if (!m->root) m->root = first_questions;
    free(st);
    if (!build_hash(m)) {
        st = NULL;
        goto fail;
    }
    return m;
fail:
    free(st);
    script_srcmap_free(m);
    return NULL;
}

void script_srcmap_free(script_srcmap *m)
{
    if (!m) return;
    free(m->node_line);
    free(m->e);
    free(m->hash);
    free(m);
}

int script_srcmap_root(const script_srcmap *m)
{
    return m ? m->root : 0;
}

int script_srcmap_line(const script_srcmap *m, int node)
{
    return m && node > 0 && (size_t)node < m->nnodes ? m->node_line[node] : 0;
}

int script_srcmap_field_line(const script_srcmap *m, int node, const char *name)
{
    const entry *e = find(m, node, name, strlen(name), 0);
    return e ? e->line : 0;
}

int script_srcmap_field_node(const script_srcmap *m, int node, const char *name)
{
    const entry *e = find(m, node, name, strlen(name), 0);
    return e ? e->child : 0;
}

int script_srcmap_item_line(const script_srcmap *m, int node, size_t k)
{
    const entry *e = k ? find(m, node, "", 0, k) : NULL;
    return e ? e->line : 0;
}

int script_srcmap_item_node(const script_srcmap *m, int node, size_t k)
{
    const entry *e = k ? find(m, node, "", 0, k) : NULL;
    return e ? e->child : 0;
}
