/* Maximal marginal relevance (Carbonell & Goldstein 1998) and the
 * submodular coverage + diversity objective of Lin & Bilmes (2011), both
 * greedy over the tf-idf similarity graph. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "rank/graph.h"

#define MMR_LAMBDA 0.7

static int mmr_step(summ_job *job, const sgraph *g, const uint8_t *used, const float *maxsim)
{
    int best = -1;
    double bs = -1e300;
    for (uint32_t a = 0; a < g->n; a++) {
        if (used[a] || !summ_fits(job, g->ids[a]))
            continue;
        double v = MMR_LAMBDA * g->simq[a] - (1 - MMR_LAMBDA) * maxsim[a];
        if (v > bs)
            bs = v, best = (int)a;
    }
    return best;
}

int summ_method_mmr(summ_job *job)
{
    sgraph g;
    if (sgraph_build(job, SG_TFIDF, &g) < 0)
        return -1;
    uint8_t *used = calloc(g.n + 1, 1);
    float *maxsim = calloc(g.n + 1, sizeof(float));
    int rc = used && maxsim ? 0 : -1;
    while (rc == 0 && !summ_full(job)) {
        int a = mmr_step(job, &g, used, maxsim);
        if (a < 0)
            break;
        used[a] = 1;
        for (uint32_t b = 0; b < g.n; b++)
            if (g.sim[(size_t)a * g.n + b] > maxsim[b])
                maxsim[b] = g.sim[(size_t)a * g.n + b];
        rc = summ_take(job, g.ids[a]);
    }
    free(used);
    free(maxsim);
    sgraph_free(&g);
    return rc;
}

/* ---- Lin & Bilmes 2011 ---- */

#define SUB_ALPHA_A 5.0 /* alpha = a / N */
#define SUB_LAMBDA 6.0
#define SUB_R 0.3
#define SUB_CLUSTER_SIM 0.2

typedef struct sub {
    const sgraph *g;
    double *cov, *cap; /* C_i(S) and alpha * C_i(V) */
    double *reward;    /* r_j: mean similarity of j to the story */
    uint32_t *cluster;
    double *csum;      /* per cluster: sum of r_j of chosen members */
} sub;

/* Leader clustering in sentence order: deterministic and linear in the
 * number of clusters per sentence. */
static void clusters(sub *S, uint32_t *leaders)
{
    const sgraph *g = S->g;
    uint32_t nl = 0;
    for (uint32_t a = 0; a < g->n; a++) {
        uint32_t k = 0;
        while (k < nl && g->sim[(size_t)a * g->n + leaders[k]] < SUB_CLUSTER_SIM)
            k++;
        if (k == nl)
            leaders[nl++] = a;
        S->cluster[a] = k;
    }
}

static double sub_gain(const sub *S, uint32_t a)
{
    const sgraph *g = S->g;
    double l = 0;
    for (uint32_t i = 0; i < g->n; i++) {
        double c = S->cov[i], w = g->sim[(size_t)a * g->n + i];
        if (c < S->cap[i])
            l += fmin(c + w, S->cap[i]) - c;
    }
    double cs = S->csum[S->cluster[a]];
    return l + SUB_LAMBDA * (sqrt(cs + S->reward[a]) - sqrt(cs));
}

static void sub_add(sub *S, uint32_t a)
{
    const sgraph *g = S->g;
    for (uint32_t i = 0; i < g->n; i++)
        S->cov[i] += g->sim[(size_t)a * g->n + i];
    S->csum[S->cluster[a]] += S->reward[a];
}

static int sub_init(sub *S, const sgraph *g)
{
    size_t n = g->n + 1;
    S->g = g;
    S->cov = calloc(n, sizeof(double));
    S->cap = calloc(n, sizeof(double));
    S->reward = calloc(n, sizeof(double));
    S->csum = calloc(n, sizeof(double));
    S->cluster = calloc(n, sizeof(uint32_t));
    uint32_t *leaders = calloc(n, sizeof(uint32_t));
    if (!S->cov || !S->cap || !S->reward || !S->csum || !S->cluster || !leaders) {
        free(leaders);
        return -1;
    }
    double alpha = fmin(1.0, SUB_ALPHA_A / (g->n ? g->n : 1));
    for (uint32_t i = 0; i < g->n; i++) {
        double t = 0;
        for (uint32_t j = 0; j < g->n; j++)
            t += g->sim[(size_t)i * g->n + j];
        S->cap[i] = alpha * t;
        S->reward[i] = t / g->n;
    }
    clusters(S, leaders);
    free(leaders);
    return 0;
}

static void sub_free(sub *S)
{
    free(S->cov), free(S->cap), free(S->reward), free(S->csum), free(S->cluster);
}

/* Cost-scaled greedy: gain / words^r among the sentences that still fit. */
static int sub_greedy(summ_job *job, sub *S, uint8_t *used)
{
    const sgraph *g = S->g;
    while (!summ_full(job)) {
        int best = -1;
        double bs = 0;
        for (uint32_t a = 0; a < g->n; a++) {
            if (used[a] || !summ_fits(job, g->ids[a]))
                continue;
            double v = sub_gain(S, a) / pow(job->words[g->ids[a]] + 1.0, SUB_R);
            if (v > bs)
                bs = v, best = (int)a;
        }
        if (best < 0)
            return 0;
        used[best] = 1;
        sub_add(S, (uint32_t)best);
        if (summ_take(job, g->ids[best]) < 0)
            return -1;
    }
    return 0;
}

int summ_method_submodular(summ_job *job)
{
    sgraph g;
    sub S;
    memset(&S, 0, sizeof S);
    if (sgraph_build(job, SG_TFIDF, &g) < 0)
        return -1;
    uint8_t *used = calloc(g.n + 1, 1);
    int rc = used && sub_init(&S, &g) == 0 ? sub_greedy(job, &S, used) : -1;
    free(used);
    sub_free(&S);
    sgraph_free(&g);
    return rc;
}
