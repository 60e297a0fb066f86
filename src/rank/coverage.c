/* Greedy concept coverage: repeatedly take the sentence whose not yet
 * covered bigram concepts weigh most per word (cost-scaled greedy). */
#include <math.h>
#include <stdlib.h>

#include "rank/concepts.h"

static double gain(const concepts *c, const uint8_t *covered, uint32_t s)
{
    double g = 0;
    for (uint32_t k = c->off[s]; k < c->off[s + 1]; k++)
        if (!covered[c->ids[k]])
            g += c->weight[c->ids[k]];
    return g;
}

static long best_sentence(summ_job *job, const concepts *c, const uint8_t *covered, const uint8_t *used)
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
        double score = g / pow((double)m->sents[s].nwords, 0.6);
        score *= 1.0 + 0.5 / (1.0 + m->sents[s].index);
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

int summ_method_coverage(summ_job *job)
{
    const fmodel *m = job->m;
    concepts c;
    if (concepts_build(m, summ_concept_min_docs(m), &c) < 0)
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
        long s = best_sentence(job, &c, covered, used);
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
