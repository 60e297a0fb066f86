/* Per-evaluation ROUGE scores, computed as ROUGE-1.5.5 computes them:
 * clipped n-gram and skip-bigram hits, summary-level union LCS (ROUGE-L)
 * and weighted LCS (ROUGE-W) with the script's unigram clipping, models
 * combined by -f A (sum of hits and counts) or -f B (best model). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval/rouge.h"

#define NOTOK UINT32_MAX

typedef struct gent {
    uint32_t k[4];
    uint32_t pc, mc; /* counts in the peer and in the current model */
} gent;

typedef VEC(gent) gent_vec;

struct rouge_scorer {
    gent *tab;          /* open-addressing table of grams */
    size_t cap;
    VEC(size_t) used;   /* occupied slots */
    gent_vec keys;      /* grams of one text, before insertion */
    int32_t *pc1, *mc1; /* unigram counts by token id (LCS clipping) */
    size_t ncnt;
    u32_vec touched;
    double *dp;         /* LCS / WLCS table */
    uint32_t *run;      /* WLCS consecutive-match lengths */
    size_t dpcap;
    unsigned char *mask;
    size_t maskcap;
    uint32_t *pm;       /* bit-parallel LCS: token id -> mask slot */
    uint64_t *slots;    /* match masks of the current peer sentence */
    size_t slotcap;
    uint64_t *rows;
    size_t rowcap;
    uint32_t *sidx;     /* slot of each token of the model sentence */
    size_t sidxcap;
};

double rouge_round5(double x)
{
    char b[64];
    snprintf(b, sizeof b, "%.5f", x);
    return strtod(b, NULL);
}

rouge_scorer *rouge_scorer_new(void) { return calloc(1, sizeof(rouge_scorer)); }

void rouge_scorer_free(rouge_scorer *s)
{
    if (!s)
        return;
    free(s->tab);
    VEC_FREE(&s->used);
    VEC_FREE(&s->keys);
    free(s->pc1);
    free(s->mc1);
    VEC_FREE(&s->touched);
    free(s->dp);
    free(s->run);
    free(s->mask);
    free(s->pm);
    free(s->slots);
    free(s->rows);
    free(s->sidx);
    free(s);
}

/* ------------------------------------------------------------------ */
/* Gram tables                                                        */
/* ------------------------------------------------------------------ */

static size_t ghash(const uint32_t k[4], size_t mask)
{
    uint64_t h = k[0] * 0x9E3779B97F4A7C15ull;
    h ^= (k[1] + 0x632BE59BD9B4E019ull) * 0xC2B2AE3D27D4EB4Full;
    h ^= (k[2] + 0x1ull) * 0x165667B19E3779F9ull;
    h ^= (k[3] + 0x2ull) * 0x85EBCA77C2B2AE63ull;
    h ^= h >> 29;
    return (size_t)h & mask;
}

static int table_reset(rouge_scorer *s, size_t need)
{
    size_t cap = 64;
    while (cap < need * 2)
        cap *= 2;
    if (cap > s->cap) {
        free(s->tab);
        s->tab = calloc(cap, sizeof(gent));
        if (!s->tab) {
            s->cap = 0;
            return -1;
        }
        s->cap = cap;
    } else {
        for (size_t i = 0; i < s->used.n; i++)
            memset(&s->tab[s->used.v[i]], 0, sizeof(gent));
    }
    s->used.n = 0;
    return VEC_RESERVE(&s->used, need + 1);
}

/* Adds one gram: to the peer count (model 0) or the model count. */
static int table_add(rouge_scorer *s, const uint32_t k[4], int model)
{
    size_t m = s->cap - 1, i = ghash(k, m);
    for (;; i = (i + 1) & m) {
        gent *e = &s->tab[i];
        if (e->k[0] == 0) { /* free: real keys hold a token id + 1 first */
            memcpy(e->k, k, sizeof e->k);
            if (VEC_PUSH(&s->used, i) < 0)
                return -1;
        } else if (memcmp(e->k, k, sizeof e->k) != 0) {
            continue;
        }
        if (model)
            e->mc++;
        else
            e->pc++;
        return 0;
    }
}

/* Token ids are shifted by one in keys so that an all-zero key marks a
 * free slot. */
static void key_ngram(const uint32_t *t, int n, uint32_t k[4])
{
    for (int j = 0; j < 4; j++)
        k[j] = j < n ? t[j] + 1 : 0;
}

/* The script's createNGram: every run of n tokens. */
static int grams_ngram(rouge_scorer *s, const u32_vec *t, int n)
{
    s->keys.n = 0;
    if (VEC_RESERVE(&s->keys, t->n + 1) < 0)
        return -1;
    for (size_t i = 0; i + (size_t)n <= t->n; i++) {
        gent g = {{0, 0, 0, 0}, 0, 0};
        key_ngram(t->v + i, n, g.k);
        if (VEC_PUSH(&s->keys, g) < 0)
            return -1;
    }
    return 0;
}

/* The script's createSkipBigram: pairs (i, j) with j - i - 1 <= gap (any
 * distance when gap < 0), plus unigrams with -u; as in the script, the last
 * token contributes no unigram. */
static int grams_skip(rouge_scorer *s, const u32_vec *t, int gap, int uni)
{
    s->keys.n = 0;
    if (gap >= 0 && VEC_RESERVE(&s->keys, t->n * ((size_t)gap + 2) + 1) < 0)
        return -1;
    for (size_t i = 0; i + 1 < t->n; i++) {
        gent g = {{t->v[i] + 1, 0, 0, 0}, 0, 0};
        if (uni && VEC_PUSH(&s->keys, g) < 0)
            return -1;
        for (size_t j = i + 1; j < t->n && (gap < 0 || j <= i + (size_t)gap + 1); j++) {
            g.k[1] = t->v[j] + 1;
            if (VEC_PUSH(&s->keys, g) < 0)
                return -1;
        }
    }
    return 0;
}

static int make_grams(rouge_scorer *s, const rouge_metric *m, const rouge_text *t, int gap)
{
    return m->kind == RM_N ? grams_ngram(s, &t->tok, m->n) : grams_skip(s, &t->tok, gap, m->n);
}

static int insert_keys(rouge_scorer *s, int model)
{
    for (size_t i = 0; i < s->keys.n; i++)
        if (table_add(s, s->keys.v[i].k, model) < 0)
            return -1;
    return 0;
}

/* Clipped hits between the peer and the current model. */
static double table_hits(const rouge_scorer *s)
{
    double hit = 0;
    for (size_t i = 0; i < s->used.n; i++) {
        const gent *e = &s->tab[s->used.v[i]];
        hit += e->pc <= e->mc ? e->pc : e->mc;
    }
    return hit;
}

static void table_clear_model(rouge_scorer *s)
{
    for (size_t i = 0; i < s->used.n; i++)
        s->tab[s->used.v[i]].mc = 0;
}

/* Keeps the model's counts when formula A sums them, or when B finds a
 * better score (strictly, so the first of equal models wins). */
static void combine(char formula, double score, double *best, rouge_counts *tot, double model,
                    double peer, double hit)
{
    if (formula == 'B') {
        if (score > *best) {
            *best = score;
            tot->model = model;
            tot->peer = peer;
            tot->hit = hit;
        }
        return;
    }
    tot->model += model;
    tot->peer += peer;
    tot->hit += hit;
}

static size_t total_grams(const rouge_metric *m, const rouge_text *peer, const rouge_text *models,
                          size_t nmodels, int gap)
{
    size_t need = 0;
    for (size_t i = 0; i <= nmodels; i++) {
        size_t n = (i == 0 ? peer : &models[i - 1])->tok.n;
        need += m->kind == RM_N ? n : n * (gap < 0 || (size_t)gap + 2 > n ? n : (size_t)gap + 2);
    }
    return need;
}

static int score_grams(rouge_scorer *s, const rouge_metric *m, const rouge_text *peer,
                       const rouge_text *models, size_t nmodels, char formula, int gap,
                       rouge_counts *tot)
{
    if (table_reset(s, total_grams(m, peer, models, nmodels, gap) + 16) < 0)
        return -1;
    if (make_grams(s, m, peer, gap) < 0 || insert_keys(s, 0) < 0)
        return -1;
    double pcount = (double)s->keys.n, best = -1;
    for (size_t i = 0; i < nmodels; i++) {
        table_clear_model(s);
        if (make_grams(s, m, &models[i], gap) < 0 || insert_keys(s, 1) < 0)
            return -1;
        double mcount = (double)s->keys.n, hit = table_hits(s);
        double score = mcount != 0 ? rouge_round5(hit / mcount) : 0;
        combine(formula, score, &best, tot, mcount, pcount, hit);
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* LCS and weighted LCS                                               */
/* ------------------------------------------------------------------ */

static int counts_reserve(rouge_scorer *s, const rouge_text *t)
{
    size_t need = s->ncnt;
    for (size_t i = 0; i < t->tok.n; i++)
        if (t->tok.v[i] + 1 > need)
            need = t->tok.v[i] + 1;
    for (size_t i = 0; i < t->lcs.n; i++)
        if (t->lcs.v[i] + 1 > need)
            need = t->lcs.v[i] + 1;
    if (need <= s->ncnt)
        return 0;
    need = need * 2;
    int32_t *a = realloc(s->pc1, need * sizeof(int32_t)), *b;
    if (!a)
        return -1;
    s->pc1 = a;
    b = realloc(s->mc1, need * sizeof(int32_t));
    if (!b)
        return -1;
    s->mc1 = b;
    uint32_t *c = realloc(s->pm, need * sizeof(uint32_t));
    if (!c)
        return -1;
    s->pm = c;
    memset(s->pm + s->ncnt, 0, (need - s->ncnt) * sizeof(uint32_t));
    memset(s->pc1 + s->ncnt, 0, (need - s->ncnt) * sizeof(int32_t));
    memset(s->mc1 + s->ncnt, 0, (need - s->ncnt) * sizeof(int32_t));
    s->ncnt = need;
    return 0;
}

static int dp_reserve(rouge_scorer *s, size_t cells, size_t m)
{
    if (cells > s->dpcap) {
        double *d = realloc(s->dp, cells * sizeof(double));
        if (!d)
            return -1;
        s->dp = d;
        uint32_t *r = realloc(s->run, cells * sizeof(uint32_t));
        if (!r)
            return -1;
        s->run = r;
        s->dpcap = cells;
    }
    if (m > s->maskcap) {
        unsigned char *k = realloc(s->mask, m);
        if (!k)
            return -1;
        s->mask = k;
        s->maskcap = m;
    }
    return 0;
}

/* The script's lcs_inner/wlcs_inner and markLCS: fills the table, then
 * walks back from the corner marking the model positions on the path
 * (diagonal on equal tokens, else up when c[i-1][j] >= c[i][j-1]). */
static void lcs_mark(rouge_scorer *s, const uint32_t *a, size_t m, const uint32_t *b, size_t n,
                     double w, unsigned char *mask)
{
    size_t W = n + 1;
    double *c = s->dp;
    uint32_t *l = s->run;
    for (size_t j = 0; j <= n; j++) {
        c[j] = 0;
        l[j] = 0;
    }
    for (size_t i = 1; i <= m; i++) {
        c[i * W] = 0;
        l[i * W] = 0;
        for (size_t j = 1; j <= n; j++) {
            size_t x = i * W + j;
            if (a[i - 1] == b[j - 1]) {
                uint32_t k = l[x - W - 1];
                c[x] = w > 0 ? c[x - W - 1] + pow(k + 1, w) - pow(k, w) : c[x - W - 1] + 1;
                l[x] = k + 1;
            } else {
                c[x] = c[x - W] >= c[x - 1] ? c[x - W] : c[x - 1];
                l[x] = 0;
            }
        }
    }
    for (size_t i = m, j = n; i && j;) {
        size_t x = i * W + j;
        if (a[i - 1] == b[j - 1]) {
            mask[--i] = 1;
            j--;
        } else if (c[x - W] >= c[x - 1]) {
            i--;
        } else {
            j--;
        }
    }
}

static void fill_counts(int32_t *cnt, const u32_vec *t, u32_vec *touched)
{
    for (size_t i = 0; i < t->n; i++) {
        cnt[t->v[i]]++;
        (void)VEC_PUSH(touched, t->v[i]); /* a failed push only leaves counts to clear later */
    }
}

/* Hits of one model sentence after clipping by the unigram counts; for
 * ROUGE-W, runs of consecutive hits weigh len^w. */
static double clip_hits(rouge_scorer *s, const uint32_t *a, size_t m, double w, const unsigned char *mask)
{
    double hit = 0;
    size_t run = 0;
    for (size_t j = 0; j < m; j++) {
        uint32_t t = a[j];
        if (!mask[j] || s->mc1[t] <= 0 || s->pc1[t] <= 0)
            continue;
        s->mc1[t]--;
        s->pc1[t]--;
        if (w <= 0) {
            hit += 1;
            continue;
        }
        run++;
        if ((j + 1 < m && !mask[j + 1]) || j + 1 == m) {
            hit += pow((double)run, w);
            run = 0;
        }
    }
    return hit;
}

/* Bit-parallel LCS (Hyyro 2004): row i keeps, as zero bits, the columns
 * where c[i][j] grows, so any c[i][j] is a popcount and the script's walk
 * back (diagonal on a match, else up when c[i-1][j] >= c[i][j-1]) can be
 * replayed exactly. The peer sentence's match masks (nw words each) are in
 * s->slots, found through s->pm (token id -> slot, 0: no match). */
/* Portable popcount: the builtin calls a slow library routine unless the
 * build targets a CPU with POPCNT. */
static inline int popc(uint64_t x)
{
    x -= (x >> 1) & 0x5555555555555555ull;
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
    return (int)((x * 0x0101010101010101ull) >> 56);
}

static int bp_count(const uint64_t *row, size_t j)
{
    int c = 0;
    size_t w = 0;
    for (; (w + 1) * 64 <= j; w++)
        c += popc(~row[w]);
    if (j % 64)
        c += popc(~row[w] & ((1ull << (j % 64)) - 1));
    return c;
}

static void bp_rows(rouge_scorer *s, const uint32_t *a, size_t m, size_t nw)
{
    uint64_t *row = s->rows;
    for (size_t w = 0; w < nw; w++)
        row[w] = ~0ull;
    for (size_t i = 1; i <= m; i++) {
        uint32_t slot = s->pm[a[i - 1]];
        s->sidx[i - 1] = slot;
        const uint64_t *pm = &s->slots[slot * nw], *v = &row[(i - 1) * nw];
        uint64_t *out = &row[i * nw], carry = 0, borrow = 0;
        for (size_t w = 0; w < nw; w++) {
            uint64_t x = v[w], u = x & pm[w];
            uint64_t s1 = x + u, s2 = s1 + carry;
            carry = (s1 < x) | (s2 < s1);
            uint64_t d1 = x - u, d2 = d1 - borrow;
            borrow = (x < u) | (d1 < borrow);
            out[w] = s2 | d2;
        }
    }
}

static void bp_mark(rouge_scorer *s, const uint32_t *a, size_t m, size_t n, unsigned char *mask)
{
    size_t nw = (n + 63) / 64;
    bp_rows(s, a, m, nw);
    const uint64_t *row = s->rows;
    /* c = c[i][j] only drops on a diagonal step: off a match c[i][j] is
     * the larger neighbour, and "up" is taken exactly when c[i-1][j] == c.
     * Once c is 0 no match is left to mark. */
    int c = bp_count(&row[m * nw], n);
    for (size_t i = m, j = n; c > 0;) {
        const uint64_t *pm = &s->slots[s->sidx[i - 1] * nw];
        if (pm[(j - 1) / 64] >> ((j - 1) % 64) & 1) {
            mask[--i] = 1;
            j--;
            c--;
        } else if (bp_count(&row[(i - 1) * nw], j) == c) {
            i--;
        } else {
            j--;
        }
    }
}

static int u64_reserve(uint64_t **p, size_t *cap, size_t n)
{
    if (n <= *cap)
        return 0;
    uint64_t *r = realloc(*p, n * sizeof(uint64_t));
    if (!r)
        return -1;
    *p = r;
    *cap = n;
    return 0;
}

static int u32_reserve(rouge_scorer *s, size_t n)
{
    if (n <= s->sidxcap)
        return 0;
    uint32_t *r = realloc(s->sidx, n * sizeof(uint32_t));
    if (!r)
        return -1;
    s->sidx = r;
    s->sidxcap = n;
    return 0;
}

/* Builds the match masks of peer sentence b (slot 0 stays all zeros). */
static int bp_masks(rouge_scorer *s, const uint32_t *b, size_t n, size_t nw)
{
    if (u64_reserve(&s->slots, &s->slotcap, (n + 1) * nw) < 0)
        return -1;
    memset(s->slots, 0, (n + 1) * nw * sizeof(uint64_t));
    uint32_t next = 1;
    for (size_t k = 0; k < n; k++) {
        if (!s->pm[b[k]])
            s->pm[b[k]] = next++;
        s->slots[s->pm[b[k]] * nw + k / 64] |= 1ull << (k % 64);
    }
    return 0;
}

/* Marks, for every model sentence, the tokens on its LCS path with peer
 * sentence b (the script's union LCS over all peer sentences). */
static int mark_sentence(rouge_scorer *s, const rouge_text *model, const uint32_t *b, size_t n, double w)
{
    int bits = w <= 0;
    size_t nw = (n + 63) / 64, m0 = 0;
    int rc = bits ? bp_masks(s, b, n, nw) : 0;
    for (size_t i = 0; rc == 0 && i < model->send.n; i++) {
        size_t m1 = model->send.v[i], m = m1 - m0;
        if (m && bits)
            rc = u64_reserve(&s->rows, &s->rowcap, (m + 1) * nw) < 0 || u32_reserve(s, m) < 0 ? -1 : 0;
        else if (m)
            rc = dp_reserve(s, (m + 1) * (n + 1), 1);
        if (rc == 0 && m && bits)
            bp_mark(s, model->lcs.v + m0, m, n, s->mask + m0);
        else if (rc == 0 && m)
            lcs_mark(s, model->lcs.v + m0, m, b, n, w, s->mask + m0);
        m0 = m1;
    }
    for (size_t k = 0; bits && k < n; k++)
        s->pm[b[k]] = 0;
    return rc;
}

static int lcs_model(rouge_scorer *s, const rouge_text *peer, const rouge_text *model, double w,
                     double *hit, double *base)
{
    *hit = 0;
    *base = 0;
    if (dp_reserve(s, 1, model->lcs.n + 1) < 0)
        return -1;
    memset(s->mask, 0, model->lcs.n);
    size_t p0 = 0;
    for (size_t j = 0; j < peer->send.n; j++) {
        size_t p1 = peer->send.v[j];
        if (p1 > p0 && mark_sentence(s, model, peer->lcs.v + p0, p1 - p0, w) < 0)
            return -1;
        p0 = p1;
    }
    size_t m0 = 0;
    for (size_t i = 0; i < model->send.n; i++) {
        size_t m1 = model->send.v[i], m = m1 - m0;
        *base += w > 0 ? pow((double)m, w) : (double)m;
        if (m)
            *hit += clip_hits(s, model->lcs.v + m0, m, w, s->mask + m0);
        m0 = m1;
    }
    return 0;
}

static void counts_clear(rouge_scorer *s)
{
    for (size_t i = 0; i < s->touched.n; i++)
        s->pc1[s->touched.v[i]] = s->mc1[s->touched.v[i]] = 0;
    s->touched.n = 0;
}

static int score_lcs(rouge_scorer *s, const rouge_text *peer, const rouge_text *models,
                     size_t nmodels, char formula, double w, rouge_counts *tot)
{
    double best = -1, pcount = (double)peer->tok.n;
    if (counts_reserve(s, peer) < 0)
        return -1;
    for (size_t i = 0; i < nmodels; i++) {
        double hit, base;
        if (counts_reserve(s, &models[i]) < 0)
            return -1;
        if (VEC_RESERVE(&s->touched, peer->tok.n + models[i].tok.n + 1) < 0)
            return -1;
        fill_counts(s->pc1, &peer->tok, &s->touched); /* fresh copy per model */
        fill_counts(s->mc1, &models[i].tok, &s->touched);
        int rc = lcs_model(s, peer, &models[i], w, &hit, &base);
        counts_clear(s);
        if (rc < 0)
            return -1;
        double score = base > 0 ? (w > 0 ? pow(hit / base, 1 / w) : hit / base) : 0;
        if (w > 0) /* the script weighs the summed base and the peer length again */
            combine(formula, score, &best, tot, pow(base, w), pow(pcount, w), hit);
        else
            combine(formula, score, &best, tot, base, pcount, hit);
    }
    return 0;
}

/* ------------------------------------------------------------------ */

static void finish(const rouge_counts *c, double alpha, double w, double out[3])
{
    double r = 0, p = 0;
    if (c->model != 0)
        r = rouge_round5(w > 0 ? pow(c->hit / c->model, 1 / w) : c->hit / c->model);
    if (c->peer != 0)
        p = rouge_round5(w > 0 ? pow(c->hit / c->peer, 1 / w) : c->hit / c->peer);
    out[0] = r;
    out[1] = p;
    double d = (1 - alpha) * p + alpha * r;
    out[2] = d > 0 ? rouge_round5(p * r / d) : 0;
}

int rouge_score(rouge_scorer *s, const rouge_metric *m, const rouge_text *peer,
                const rouge_text *models, size_t nmodels, char formula, int gap, double weight,
                double alpha, rouge_counts *c, double out[3])
{
    memset(c, 0, sizeof(*c));
    int rc;
    double w = m->kind == RM_W ? weight : 0;
    if (m->kind == RM_L || m->kind == RM_W)
        rc = score_lcs(s, peer, models, nmodels, formula, w, c);
    else
        rc = score_grams(s, m, peer, models, nmodels, formula, gap, c);
    if (rc < 0)
        return -1;
    finish(c, alpha, w, out);
    return 0;
}
