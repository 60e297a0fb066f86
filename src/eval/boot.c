/* Averages and confidence intervals as ROUGE-1.5.5 computes them: the
 * printed average is the mean of its bootstrap samples, each sample drawn
 * with Perl's rand() after srand(sample number), so the same inputs give
 * the script's numbers and the same bytes every run. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "eval/eval.h"
#include "eval/rouge.h"

/* Perl (5.20 and later, and glibc's drand48 before) draws from
 * x = (x * 0x5DEECE66D + 0xB) mod 2^48, seeded with (seed << 16) + 0x330E. */
void rouge_rng_seed(rouge_rng *r, uint32_t seed) { r->x = ((uint64_t)seed << 16) + 0x330E; }

double rouge_rng_next(rouge_rng *r)
{
    r->x = (r->x * 0x5DEECE66Dull + 0xB) & 0xFFFFFFFFFFFFull;
    return (double)r->x / 281474976710656.0;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

typedef struct keyed {
    char *key;
    size_t idx;
} keyed;

static int cmp_key(const void *a, const void *b)
{
    return strcmp(((const keyed *)a)->key, ((const keyed *)b)->key);
}

/* Sorts the evaluations as the script sorts its test ids, "<eval
 * id>.<peer id>", with cmp; writes the order. */
static int sort_test_ids(chorus_eval *ev, size_t *order, int (*cmp)(const void *, const void *))
{
    size_t n = ev->ids.n;
    keyed *k = calloc(n ? n : 1, sizeof(keyed));
    int rc = k ? 0 : -1;
    for (size_t i = 0; rc == 0 && i < n; i++) {
        size_t len = strlen(ev->ids.v[i]) + strlen(ev->system) + 2;
        k[i].idx = i;
        k[i].key = malloc(len);
        if (!k[i].key)
            rc = -1;
        else
            snprintf(k[i].key, len, "%s.%s", ev->ids.v[i], ev->system);
    }
    if (rc == 0) {
        qsort(k, n, sizeof(keyed), cmp);
        for (size_t i = 0; i < n; i++)
            order[i] = k[i].idx;
    }
    for (size_t i = 0; k && i < n; i++)
        free(k[i].key);
    free(k);
    return rc;
}

/* The script's by_evalID order for -d lines: by leading number when both
 * test ids have one, else as strings ("a-b.X" before "a.X"). */
static int cmp_evalid(const void *pa, const void *pb)
{
    const char *a = ((const keyed *)pa)->key, *b = ((const keyed *)pb)->key;
    if (*a >= '0' && *a <= '9' && *b >= '0' && *b <= '9') {
        unsigned long long x = strtoull(a, NULL, 10), y = strtoull(b, NULL, 10);
        if (x != y)
            return x < y ? -1 : 1;
    }
    return strcmp(a, b);
}

static int sort_evals(chorus_eval *ev) { return sort_test_ids(ev, ev->order, cmp_evalid); }

/* The script resamples its instances in string order. */
static int sort_instances(chorus_eval *ev, size_t *order) { return sort_test_ids(ev, order, cmp_key); }

/* One bootstrap sample of every measure: sums over n draws, then the mean
 * (-t 0) or R/P/F from the summed counts (-t 1). */
static void one_sample(const chorus_eval *ev, const size_t *order, const size_t *draw, double *out)
{
    size_t n = ev->ids.n, nv = ev->nm * 3;
    for (size_t v = 0; v < nv; v++)
        out[v] = 0;
    for (size_t i = 0; i < n; i++) {
        const double *row = &ev->vals.v[order[draw[i]] * nv];
        for (size_t v = 0; v < nv; v++)
            out[v] += row[v];
    }
    for (size_t k = 0; k < ev->nm; k++) {
        double *s = &out[k * 3];
        if (ev->o.counting == 0) {
            for (int j = 0; j < 3; j++)
                s[j] = n ? s[j] / (double)n : 0;
            continue;
        }
        double r = s[0] > 0 ? s[2] / s[0] : 0, p = s[1] > 0 ? s[2] / s[1] : 0;
        double d = (1 - ev->o.alpha) * p + ev->o.alpha * r;
        s[0] = r;
        s[1] = p;
        s[2] = d > 0 ? r * p / d : 0;
    }
}

/* Mean of the sorted samples and the interpolated interval bounds. */
static void summarize(const chorus_eval *ev, double *x, double *mean, double ci[2])
{
    int R = ev->o.resamples;
    qsort(x, (size_t)R, sizeof(double), cmp_double);
    double sum = 0;
    for (int i = 0; i < R; i++)
        sum += x[i];
    *mean = rouge_round5(sum / R);
    double delta = R * ((100 - ev->o.confidence) / 2.0) / 100.0;
    int ua = (int)(R - delta - 1), la = (int)delta;
    double ratio = R - delta - 1 - ua;
    /* Perl reads past the end as 0. */
#define AT(i) ((i) >= 0 && (i) < R ? x[(i)] : 0.0)
    ci[0] = rouge_round5(AT(la) + (AT(la + 1) - AT(la)) * ratio);
    ci[1] = rouge_round5(AT(ua) + (AT(ua + 1) - AT(ua)) * ratio);
#undef AT
}

static int bootstrap(chorus_eval *ev, const size_t *order)
{
    size_t n = ev->ids.n, nv = ev->nm * 3, R = (size_t)ev->o.resamples;
    size_t *draw = malloc((n ? n : 1) * sizeof(size_t));
    double *samples = malloc((nv ? nv : 1) * R * sizeof(double)), *one = malloc((nv + 1) * sizeof(double));
    int rc = draw && samples && one ? 0 : -1;
    for (size_t r = 0; rc == 0 && r < R; r++) {
        rouge_rng g;
        rouge_rng_seed(&g, (uint32_t)r);
        for (size_t i = 0; i < n; i++)
            draw[i] = (size_t)(rouge_rng_next(&g) * (double)n);
        one_sample(ev, order, draw, one);
        for (size_t v = 0; v < nv; v++)
            samples[v * R + r] = one[v];
    }
    for (size_t k = 0; rc == 0 && k < ev->nm; k++) {
        chorus_eval_score *a = &ev->avg[k];
        summarize(ev, &samples[(k * 3 + 0) * R], &a->r, a->r_ci);
        summarize(ev, &samples[(k * 3 + 1) * R], &a->p, a->p_ci);
        summarize(ev, &samples[(k * 3 + 2) * R], &a->f, a->f_ci);
    }
    free(draw);
    free(samples);
    free(one);
    return rc;
}

/* -t 2: the summed raw counts, no resampling. */
static void raw_sums(chorus_eval *ev)
{
    for (size_t k = 0; k < ev->nm; k++) {
        chorus_eval_score *a = &ev->avg[k];
        memset(a, 0, sizeof(*a));
        for (size_t i = 0; i < ev->ids.n; i++) {
            const double *v = &ev->vals.v[(i * ev->nm + k) * 3];
            a->r += v[0];
            a->p += v[1];
            a->f += v[2];
        }
    }
}

int chorus_eval_run(chorus_eval *ev, chorus_ctx *ctx)
{
    size_t n = ev->ids.n;
    if (n == 0)
        return chorus_error_set(ctx, CHORUS_EINPUT, "eval: nothing to score (no summary has a reference)");
    size_t *inst = malloc(n * sizeof(size_t));
    free(ev->avg);
    free(ev->order);
    ev->avg = calloc(ev->nm ? ev->nm : 1, sizeof(chorus_eval_score));
    ev->order = malloc((n ? n : 1) * sizeof(size_t));
    int rc = inst && ev->avg && ev->order ? sort_instances(ev, inst) : -1;
    if (rc == 0 && ev->o.counting == 2)
        raw_sums(ev);
    else if (rc == 0)
        rc = bootstrap(ev, inst);
    free(inst);
    if (rc == 0)
        rc = sort_evals(ev);
    if (rc < 0)
        return chorus_error_nomem(ctx);
    ev->ran = 1;
    return 0;
}
