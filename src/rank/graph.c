#include "rank/graph.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void sgraph_free(sgraph *g)
{
    free(g->ids);
    free(g->sim);
    free(g->simq);
    memset(g, 0, sizeof(*g));
}

/* idf over sentences: log(N / sentences containing the term). */
static double *sentence_idf(const summ_job *job)
{
    const fmodel *m = job->m;
    double *idf = calloc(m->nterms ? m->nterms : 1, sizeof(double));
    if (!idf)
        return NULL;
    for (size_t i = 0; i < m->nsents; i++)
        for (uint32_t k = job->vec_off[i]; k < job->vec_off[i + 1]; k++)
            idf[job->vec_terms[k]] += 1;
    for (size_t t = 0; t < m->nterms; t++)
        if (idf[t] > 0)
            idf[t] = log((double)m->nsents / idf[t]) + 1.0;
    return idf;
}

static double wdot(const summ_job *job, const double *idf, uint32_t a, uint32_t b, int kind)
{
    uint32_t i = job->vec_off[a], ie = job->vec_off[a + 1];
    uint32_t j = job->vec_off[b], je = job->vec_off[b + 1];
    double dot = 0;
    while (i < ie && j < je) {
        if (job->vec_terms[i] < job->vec_terms[j])
            i++;
        else if (job->vec_terms[i] > job->vec_terms[j])
            j++;
        else {
            double w = idf[job->vec_terms[i]];
            dot += kind == SG_OVERLAP ? 1.0 : (double)job->vec_w[i] * job->vec_w[j] * w * w;
            i++, j++;
        }
    }
    return dot;
}

/* tf-idf norms (SG_TFIDF) or log lengths (SG_OVERLAP) per candidate. */
static void norms(const summ_job *job, const double *idf, const sgraph *g, int kind, double *nv)
{
    for (uint32_t a = 0; a < g->n; a++) {
        uint32_t s = g->ids[a];
        if (kind == SG_OVERLAP) {
            nv[a] = log(1.0 + job->m->sents[s].ncontent);
            continue;
        }
        double n2 = 0;
        for (uint32_t k = job->vec_off[s]; k < job->vec_off[s + 1]; k++) {
            double w = job->vec_w[k] * idf[job->vec_terms[k]];
            n2 += w * w;
        }
        nv[a] = sqrt(n2);
    }
}

/* Cosine of each candidate with the story's tf-idf vector. */
static void story_sims(const summ_job *job, const double *idf, sgraph *g, const double *nv)
{
    const fmodel *m = job->m;
    double sn = 0;
    for (size_t t = 0; t < m->nterms; t++) {
        double w = idf[t] > 0 ? m->term_count[t] * idf[t] : 0;
        sn += w * w;
    }
    for (uint32_t a = 0; a < g->n; a++) {
        uint32_t s = g->ids[a];
        double dot = 0;
        for (uint32_t k = job->vec_off[s]; k < job->vec_off[s + 1]; k++) {
            uint32_t t = job->vec_terms[k];
            dot += job->vec_w[k] * idf[t] * m->term_count[t] * idf[t];
        }
        g->simq[a] = nv[a] > 0 && sn > 0 ? (float)(dot / (nv[a] * sqrt(sn))) : 0.0f;
    }
}

int sgraph_build(const summ_job *job, int kind, sgraph *g)
{
    const fmodel *m = job->m;
    memset(g, 0, sizeof(*g));
    double *idf = sentence_idf(job), *nv = malloc((m->nsents ? m->nsents : 1) * sizeof(double));
    g->ids = malloc((m->nsents ? m->nsents : 1) * sizeof(uint32_t));
    int rc = -1;
    if (!idf || !nv || !g->ids)
        goto cleanup;
    for (uint32_t s = 0; s < m->nsents; s++)
        if (job->eligible[s])
            g->ids[g->n++] = s;
    g->sim = malloc(((size_t)g->n * g->n + 1) * sizeof(float));
    g->simq = malloc((g->n + 1) * sizeof(float));
    if (!g->sim || !g->simq)
        goto cleanup;
    norms(job, idf, g, kind, nv);
    story_sims(job, idf, g, nv);
    for (uint32_t a = 0; a < g->n; a++) {
        g->sim[(size_t)a * g->n + a] = 1.0f;
        for (uint32_t b = a + 1; b < g->n; b++) {
            double den = kind == SG_OVERLAP ? nv[a] + nv[b] : nv[a] * nv[b];
            double v = den > 0 ? wdot(job, idf, g->ids[a], g->ids[b], kind) / den : 0;
            g->sim[(size_t)a * g->n + b] = g->sim[(size_t)b * g->n + a] = (float)v;
        }
    }
    rc = 0;
cleanup:
    free(idf);
    free(nv);
    if (rc < 0)
        sgraph_free(g);
    return rc;
}

int sgraph_rank(const sgraph *g, double d, double *score)
{
    uint32_t n = g->n;
    double *p = malloc((n + 1) * sizeof(double)), *q = malloc((n + 1) * sizeof(double));
    double *rs = malloc((n + 1) * sizeof(double));
    if (!p || !q || !rs) {
        free(p), free(q), free(rs);
        return -1;
    }
    for (uint32_t a = 0; a < n; a++) {
        p[a] = 1.0 / n;
        rs[a] = 0;
        for (uint32_t b = 0; b < n; b++)
            rs[a] += a == b ? 0 : g->sim[(size_t)a * n + b];
    }
    for (int it = 0; it < 100; it++) { /* power iteration */
        double delta = 0;
        for (uint32_t b = 0; b < n; b++)
            q[b] = (1.0 - d) / n;
        for (uint32_t a = 0; a < n; a++)
            for (uint32_t b = 0; b < n && rs[a] > 0; b++)
                if (a != b)
                    q[b] += d * p[a] * g->sim[(size_t)a * n + b] / rs[a];
        for (uint32_t a = 0; a < n; a++)
            delta += fabs(q[a] - p[a]), p[a] = q[a];
        if (delta < 1e-7)
            break;
    }
    for (uint32_t a = 0; a < n; a++)
        score[g->ids[a]] = p[a];
    free(p), free(q), free(rs);
    return 0;
}

static int rank_method(summ_job *job, int kind)
{
    sgraph g;
    double *score = calloc(job->m->nsents + 1, sizeof(double));
    if (!score || sgraph_build(job, kind, &g) < 0) {
        free(score);
        return -1;
    }
    int rc = sgraph_rank(&g, 0.85, score);
    if (rc == 0)
        rc = summ_select_by_score(job, score, 0.5);
    sgraph_free(&g);
    free(score);
    return rc;
}

/* LexRank (Erkan & Radev 2004), continuous edge weights. */
int summ_method_lexrank(summ_job *job) { return rank_method(job, SG_TFIDF); }

/* TextRank (Mihalcea & Tarau 2004). */
int summ_method_textrank(summ_job *job) { return rank_method(job, SG_OVERLAP); }
