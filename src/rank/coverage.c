/* Greedy concept coverage: repeatedly take the sentence whose not yet
 * covered bigram concepts weigh most per word (cost-scaled greedy). The
 * plain method weighs concepts by article count with a mild sentence
 * position prior; the default weighs each concept by where it first occurs
 * in each article, adds content words as lighter concepts and prefers
 * sentences close to the story's centroid, which the development data
 * favoured (docs/quality.md). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "rank/concepts.h"

typedef struct cov_params {
    double pos_boost;  /* concept position weight, see concepts_build */
    double uni_weight; /* unigram concepts, see concept_weights */
    double len_exp;    /* gain / words^len_exp */
    double sent_pos;   /* score *= 1 + sent_pos / (1 + sentence index) */
    double centroid;   /* score *= 1 + centroid * cos(sentence, story) */
    int refill;        /* the last sentence by its whole gain, see refill_last */
} cov_params;

static const cov_params plain_params = {0.0, 0.0, 0.6, 0.5, 0.0, 0};
static const cov_params default_params = {8.0, 0.15, 0.8, 0.0, 0.5, 1};

/* Cosine of each sentence's content-word counts with the whole story's,
 * copies of an article left out (MEAD's centroid feature, without idf): a
 * prior for sentences about the story's main subject over side details
 * that happen to share a bigram. Linear in the story's tokens. Caller
 * frees; NULL when out of memory. */
static double *story_cosines(const summ_job *job)
{
    const fmodel *m = job->m;
    double *cs = calloc(m->nsents + 1, sizeof(double)), *tc = calloc(m->nterms + 1, sizeof(double));
    if (!cs || !tc) {
        free(cs), free(tc);
        return NULL;
    }
    double norm = 0;
    for (uint32_t s = 0; s < m->nsents; s++) {
        if (m->doc_copy_of[m->sents[s].doc] != m->sents[s].doc)
            continue;
        for (uint32_t k = job->vec_off[s]; k < job->vec_off[s + 1]; k++)
            tc[job->vec_terms[k]] += job->vec_w[k];
    }
    for (size_t t = 0; t < m->nterms; t++)
        norm += tc[t] * tc[t];
    norm = sqrt(norm);
    for (uint32_t s = 0; s < m->nsents; s++) {
        double dot = 0;
        for (uint32_t k = job->vec_off[s]; k < job->vec_off[s + 1]; k++)
            dot += job->vec_w[k] * tc[job->vec_terms[k]];
        if (job->vec_norm[s] > 0 && norm > 0)
            cs[s] = dot / (job->vec_norm[s] * norm);
    }
    free(tc);
    return cs;
}

static double gain(const concepts *c, const uint8_t *covered, uint32_t s)
{
    double g = 0;
    for (uint32_t k = c->off[s]; k < c->off[s + 1]; k++)
        if (!covered[c->ids[k]])
            g += c->weight[c->ids[k]];
    return g;
}

/* The candidate that fits with the best gain / words^len_exp times the
 * priors, not too close to a chosen sentence; -1 when none has a gain. */
static long best_sentence(summ_job *job, const concepts *c, const uint8_t *covered, const uint8_t *used,
                          const cov_params *p, const double *story_cos, double len_exp)
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
        double score = len_exp > 0 ? g / pow((double)job->words[s], len_exp) : g;
        score *= 1.0 + p->sent_pos / (1.0 + m->sents[s].index);
        if (story_cos)
            score *= 1.0 + p->centroid * story_cos[s];
        if (score > best_score && summ_max_sim_chosen(job, s) < 0.5) {
            best_score = score;
            best = s;
        }
    }
    return best;
}

static void cover(const concepts *c, uint8_t *covered, uint32_t s)
{
    for (uint32_t k = c->off[s]; k < c->off[s + 1]; k++)
        covered[c->ids[k]] = 1;
}

/* Gain per word picks sentences while budget remains for more; the last
 * one only fills what is left, and there the whole gain counts (the
 * knapsack's last item). So the sentence added last is weighed again
 * against every candidate that fits in its place, by its gain times the
 * priors, and the best takes its place. DUC 2002 at 100 words:
 * 10 stories up, 1 down on R-1 (docs/quality.md). */
static int refill_last(summ_job *job, const concepts *c, uint8_t *covered, uint8_t *used, const cov_params *p,
                       const double *story_cos)
{
    used[summ_untake(job)] = 0;
    memset(covered, 0, c->n ? c->n : 1);
    for (size_t i = 0; i < job->chosen.n; i++)
        cover(c, covered, job->chosen.v[i]);
    long best = best_sentence(job, c, covered, used, p, story_cos, 0.0);
    if (best < 0) /* cannot happen: the sentence taken out fits */
        return 0;
    used[best] = 1;
    cover(c, covered, (uint32_t)best);
    return summ_take(job, (uint32_t)best);
}

uint32_t summ_concept_min_docs(const fmodel *m)
{
    return m->nindep >= 3 ? 2 : 1;
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
    double *story_cos = p->centroid > 0 ? story_cosines(job) : NULL;
    int rc = covered && used && (story_cos || p->centroid <= 0) ? 0 : -1;
    for (size_t i = 0; rc == 0 && i < job->chosen.n; i++) { /* extends a partial summary */
        uint32_t s = job->chosen.v[i];
        used[s] = 1;
        cover(&c, covered, s);
    }
    size_t added = 0;
    while (rc == 0 && !summ_full(job)) {
        long s = best_sentence(job, &c, covered, used, p, story_cos, p->len_exp);
        if (s < 0)
            break;
        used[s] = 1;
        cover(&c, covered, (uint32_t)s);
        rc = summ_take(job, (uint32_t)s);
        added++;
    }
    if (rc == 0 && p->refill && added > 0 && !job->opts->truncate && !job->budget_sents)
        rc = refill_last(job, &c, covered, used, p, story_cos);
    free(story_cos);
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

/* 1 when a candidate not yet chosen still fits the budget, -1 when out of
 * memory: building the concepts again is worth it only then. */
static int room_left(summ_job *job)
{
    const fmodel *m = job->m;
    uint8_t *chosen = calloc(m->nsents + 1, 1);
    if (!chosen)
        return -1;
    for (size_t i = 0; i < job->chosen.n; i++)
        chosen[job->chosen.v[i]] = 1;
    int room = 0;
    for (uint32_t s = 0; s < m->nsents && !room; s++)
        room = job->eligible[s] && !chosen[s] && summ_fits(job, s);
    free(chosen);
    return room;
}

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
    int room = room_left(job);
    return room <= 0 ? room : coverage_run(job, &default_params, 1);
}
