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
    return 0;
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
                     double w)
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
            s->mask[--i] = 1;
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
static double clip_hits(rouge_scorer *s, const uint32_t *a, size_t m, double w)
{
    double hit = 0;
    size_t run = 0;
    for (size_t j = 0; j < m; j++) {
        uint32_t t = a[j];
        if (!s->mask[j] || s->mc1[t] <= 0 || s->pc1[t] <= 0)
            continue;
        s->mc1[t]--;
        s->pc1[t]--;
        if (w <= 0) {
            hit += 1;
            continue;
        }
        run++;
        if ((j + 1 < m && !s->mask[j + 1]) || j + 1 == m) {
            hit += pow((double)run, w);
            run = 0;
        }
    }
    return hit;
}

static int lcs_model(rouge_scorer *s, const rouge_text *peer, const rouge_text *model, double w,
                     double *hit, double *base)
{
    *hit = 0;
    *base = 0;
    size_t m0 = 0;
    for (size_t i = 0; i < model->send.n; i++) {
        size_t m1 = model->send.v[i], m = m1 - m0;
        const uint32_t *a = model->lcs.v + m0;
        m0 = m1;
        *base += w > 0 ? pow((double)m, w) : (double)m;
        if (m == 0)
            continue;
        if (dp_reserve(s, 1, m) < 0)
            return -1;
        memset(s->mask, 0, m);
        size_t p0 = 0;
        for (size_t j = 0; j < peer->send.n; j++) {
            size_t p1 = peer->send.v[j], n = p1 - p0;
            if (n && dp_reserve(s, (m + 1) * (n + 1), m) < 0)
                return -1;
            if (n)
                lcs_mark(s, a, m, peer->lcs.v + p0, n, w);
            p0 = p1;
        }
        *hit += clip_hits(s, a, m, w);
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
