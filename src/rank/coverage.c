/* Greedy concept coverage: repeatedly take the sentence whose not yet
 * covered bigram concepts weigh most per word (cost-scaled greedy). The
 * plain method weighs concepts by article count with a mild sentence
 * position prior; the default weighs each concept by where it first occurs
 * in each article and adds content words as lighter concepts, which the
 * development data favoured (docs/quality.md). */
#include <math.h>
#include <stdlib.h>

#include "rank/concepts.h"

typedef struct cov_params {
    double pos_boost;  /* concept position weight, see concepts_build */
    double uni_weight; /* unigram concepts, see concept_weights */
    double len_exp;    /* gain / words^len_exp */
    double sent_pos;   /* score *= 1 + sent_pos / (1 + sentence index) */
} cov_params;

static const cov_params plain_params = {0.0, 0.0, 0.6, 0.5};
static const cov_params default_params = {8.0, 0.15, 0.8, 0.0};

static double gain(const concepts *c, const uint8_t *covered, uint32_t s)
{
    double g = 0;
    for (uint32_t k = c->off[s]; k < c->off[s + 1]; k++)
        if (!covered[c->ids[k]])
            g += c->weight[c->ids[k]];
    return g;
}

static long best_sentence(summ_job *job, const concepts *c, const uint8_t *covered, const uint8_t *used,
                          const cov_params *p)
{
    const fmodel *m = job->m;
    long best = -1;
    double best_score = 0;
    for (uint32_t s = 0; s < m->nsents; s++) {
        if (used[s] || !job->eligible[s] || !summ_fits(job, s))
            continue;
        double g = gain(c, covered, s);
        if (g <= 0)
            continue;
        double score = g / pow((double)job->words[s], p->len_exp);
        score *= 1.0 + p->sent_pos / (1.0 + m->sents[s].index);
        if (score > best_score && summ_max_sim_chosen(job, s) < 0.5) {
            best_score = score;
            best = s;
        }
    }
    return best;
}

uint32_t summ_concept_min_docs(const fmodel *m)
{
    return m->ndocs >= 3 ? 2 : 1;
}

/* Extends job->chosen (possibly empty) greedily. */
static int coverage_run(summ_job *job, const cov_params *p, uint32_t min_docs)
{
    const fmodel *m = job->m;
    concepts c;
    concept_weights cw = {min_docs, p->pos_boost, p->uni_weight};
    if (concepts_build(m, &cw, &c) < 0)
        return -1;
    uint8_t *covered = calloc(c.n ? c.n : 1, 1), *used = calloc(m->nsents ? m->nsents : 1, 1);
    int rc = covered && used ? 0 : -1;
    for (size_t i = 0; rc == 0 && i < job->chosen.n; i++) { /* extends a partial summary */
        uint32_t s = job->chosen.v[i];
        used[s] = 1;
        for (uint32_t k = c.off[s]; k < c.off[s + 1]; k++)
            covered[c.ids[k]] = 1;
    }
    while (rc == 0 && !summ_full(job)) {
        long s = best_sentence(job, &c, covered, used, p);
        if (s < 0)
            break;
        used[s] = 1;
        for (uint32_t k = c.off[s]; k < c.off[s + 1]; k++)
            covered[c.ids[k]] = 1;
        rc = summ_take(job, (uint32_t)s);
    }
    free(covered);
    free(used);
    concepts_free(&c);
    return rc;
}

int summ_coverage_fill(summ_job *job, double pos_boost)
{
    cov_params p = plain_params;
    p.pos_boost = pos_boost;
    return coverage_run(job, &p, summ_concept_min_docs(job->m));
}

int summ_method_coverage(summ_job *job) { return coverage_run(job, &plain_params, summ_concept_min_docs(job->m)); }

/* When the concepts shared by several articles are all covered before the
 * budget is used (long budgets, stories of few articles), the summary goes
 * on with the concepts of single articles rather than stopping short:
 * Multi-News dev at 300 words went from 283 to 294 words on average and
 * from 51.22 / 17.77 to 52.52 / 18.23 recall; DUC at 100 words
 * is unchanged (docs/quality.md). */
int summ_method_default(summ_job *job)
{
    uint32_t min_docs = summ_concept_min_docs(job->m);
    if (coverage_run(job, &default_params, min_docs) < 0)
        return -1;
    if (summ_full(job) || min_docs == 1)
        return 0;
    return coverage_run(job, &default_params, 1);
}
