/* Word-frequency methods over content terms: SumBasic (Nenkova &
 * Vanderwende 2005) and greedy KL-Sum (Haghighi & Vanderwende 2009). */
#include <math.h>
#include <stdlib.h>

#include "summarize.h"

/* Content-term counts of the story, from the job's sentence vectors. */
static double *term_counts(const summ_job *job, double *total)
{
    const fmodel *m = job->m;
    double *c = calloc(m->nterms + 1, sizeof(double));
    if (!c)
        return NULL;
    *total = 0;
    for (uint32_t k = 0; k < job->vec_off[m->nsents]; k++) {
        c[job->vec_terms[k]] += job->vec_w[k];
        *total += job->vec_w[k];
    }
    return c;
}

/* The most probable content word among the sentences that are still
 * available, or UINT32_MAX. */
static uint32_t top_word(summ_job *job, const double *p, const uint8_t *used)
{
    uint32_t best = UINT32_MAX;
    for (uint32_t s = 0; s < job->m->nsents; s++) {
        if (used[s] || !job->eligible[s] || !summ_fits(job, s))
            continue;
        for (uint32_t k = job->vec_off[s]; k < job->vec_off[s + 1]; k++) {
            uint32_t t = job->vec_terms[k];
            if (best == UINT32_MAX || p[t] > p[best] || (p[t] == p[best] && t < best))
                best = t;
        }
    }
    return best;
}

static int has_term(const summ_job *job, uint32_t s, uint32_t t)
{
    for (uint32_t k = job->vec_off[s]; k < job->vec_off[s + 1]; k++)
        if (job->vec_terms[k] == t)
            return 1;
    return 0;
}

/* Nenkova & Vanderwende's step 3: among the sentences containing the most
 * probable word, the one with the highest mean word probability. */
static long sumbasic_best(summ_job *job, const double *p, const uint8_t *used)
{
    long best = -1;
    double bs = 0;
    uint32_t top = top_word(job, p, used);
    for (uint32_t s = 0; s < job->m->nsents; s++) {
        if (used[s] || !job->eligible[s] || !summ_fits(job, s) || (top != UINT32_MAX && !has_term(job, s, top)))
            continue;
        double v = 0, n = 0;
        for (uint32_t k = job->vec_off[s]; k < job->vec_off[s + 1]; k++)
            v += p[job->vec_terms[k]] * job->vec_w[k], n += job->vec_w[k];
        if (n > 0 && v / n > bs)
            bs = v / n, best = s;
    }
    return best;
}

int summ_method_sumbasic(summ_job *job)
{
    double total;
    double *p = term_counts(job, &total);
    uint8_t *used = calloc(job->m->nsents + 1, 1);
    int rc = p && used ? 0 : -1;
    for (size_t t = 0; rc == 0 && t < job->m->nterms; t++)
        p[t] /= total > 0 ? total : 1;
    while (rc == 0 && !summ_full(job)) {
        long s = sumbasic_best(job, p, used);
        if (s < 0)
            break;
        used[s] = 1;
        for (uint32_t k = job->vec_off[s]; k < job->vec_off[s + 1]; k++)
            p[job->vec_terms[k]] *= p[job->vec_terms[k]]; /* p <- p^2: damp covered words */
        rc = summ_take(job, (uint32_t)s);
    }
    free(p);
    free(used);
    return rc;
}

/* ---- KL-Sum ---- */

/* Additive smoothing of the summary distribution: 0.1-0.5 score alike on
 * the development sets, 0.01 far lower (docs/quality.md). */
#define KL_DELTA 0.2

typedef struct klstate {
    double *p;   /* story distribution */
    double *c;   /* summary counts */
    double len;  /* summary length in content tokens */
    double vocab;
} klstate;

/* Change of sum_w P(w) log Q(w) when sentence s joins the summary; KL
 * falls by exactly this much. */
static double kl_gain(const summ_job *job, const klstate *k, uint32_t s)
{
    double g = 0, l = 0;
    for (uint32_t i = job->vec_off[s]; i < job->vec_off[s + 1]; i++) {
        uint32_t t = job->vec_terms[i];
        g += k->p[t] * (log(k->c[t] + job->vec_w[i] + KL_DELTA) - log(k->c[t] + KL_DELTA));
        l += job->vec_w[i];
    }
    return g - (log(k->len + l + KL_DELTA * k->vocab) - log(k->len + KL_DELTA * k->vocab));
}

static long kl_best(summ_job *job, const klstate *k, const uint8_t *used)
{
    long best = -1;
    double bs = -1e300;
    for (uint32_t s = 0; s < job->m->nsents; s++) {
        if (used[s] || !job->eligible[s] || !summ_fits(job, s) || job->vec_off[s] == job->vec_off[s + 1])
            continue;
        double v = kl_gain(job, k, s);
        if (v > bs)
            bs = v, best = s;
    }
    return best;
}

int summ_method_klsum(summ_job *job)
{
    double total;
    klstate k = {term_counts(job, &total), calloc(job->m->nterms + 1, sizeof(double)), 0, 0};
    uint8_t *used = calloc(job->m->nsents + 1, 1);
    int rc = k.p && k.c && used ? 0 : -1;
    for (size_t t = 0; rc == 0 && t < job->m->nterms; t++)
        if (k.p[t] > 0)
            k.p[t] /= total, k.vocab += 1;
    while (rc == 0 && !summ_full(job)) {
        long s = kl_best(job, &k, used);
        if (s < 0)
            break;
        used[s] = 1;
        for (uint32_t i = job->vec_off[s]; i < job->vec_off[s + 1]; i++)
            k.c[job->vec_terms[i]] += job->vec_w[i], k.len += job->vec_w[i];
        rc = summ_take(job, (uint32_t)s);
    }
    free(k.p);
    free(k.c);
    free(used);
    return rc;
}
