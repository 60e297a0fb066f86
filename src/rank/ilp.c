/* Concept coverage solved exactly (Gillick & Favre 2009): choose sentences
 * maximising the total weight of the bigram concepts they cover, within the
 * length budget, as a 0-1 integer program solved by GLPK. Concept weights
 * are the number of articles containing the concept. When GLPK does not
 * prove an optimum within a number of branch-and-bound nodes the greedy
 * coverage method runs instead, so the output never depends on how far the
 * solver got. The limit counts nodes, not seconds, so that a slower or
 * busier machine gives the same summary. */
#include <glpk.h>
#include <stdlib.h>
#include <string.h>

#include "rank/concepts.h"

#define ILP_MAX_CANDS 120  /* sentences given to the solver */
/* Branch-and-bound nodes per story: the development stories need at most
 * 353 (budgets of 30-400 words); a node costs about 2 ms on this project's
 * 2-core machine, so the limit is about 2 s there. */
#define ILP_MAX_NODES 1000
/* A backstop for pathological inputs only: were it reached before the node
 * limit, the output would depend on the machine's speed. */
#define ILP_TIME_MS 10000

typedef struct ilp_in {
    uint32_t *cand;  /* candidate sentences */
    size_t ncand;
    int32_t *col;    /* concept id -> column (1-based) or 0 */
    size_t ncols;    /* concept columns */
    size_t nnz;      /* sentence-concept pairs */
} ilp_in;

static double sent_weight(const concepts *c, uint32_t s)
{
    double g = 0;
    for (uint32_t k = c->off[s]; k < c->off[s + 1]; k++)
        g += c->weight[c->ids[k]];
    return g;
}

typedef struct cw {
    double w;
    uint32_t s;
} cw;

static int cmp_cw(const void *a, const void *b)
{
    const cw *x = a, *y = b;
    if (x->w != y->w)
        return x->w > y->w ? -1 : 1;
    return x->s < y->s ? -1 : x->s > y->s;
}

/* Keeps the eligible sentences that can fit alone and cover some weight,
 * at most ILP_MAX_CANDS of them by concept weight per word. */
static int pick_candidates(summ_job *job, const concepts *c, ilp_in *in)
{
    const fmodel *m = job->m;
    cw *v = malloc((m->nsents ? m->nsents : 1) * sizeof(cw));
    in->cand = malloc((m->nsents ? m->nsents : 1) * sizeof(uint32_t));
    if (!v || !in->cand) {
        free(v);
        return -1;
    }
    size_t k = 0;
    for (uint32_t s = 0; s < m->nsents; s++) {
        double w = sent_weight(c, s);
        if (job->eligible[s] && w > 0 && summ_fits(job, s))
            v[k++] = (cw){w / (double)(job->words[s] + 1), s};
    }
    qsort(v, k, sizeof(cw), cmp_cw);
    if (k > ILP_MAX_CANDS)
        k = ILP_MAX_CANDS;
    for (size_t i = 0; i < k; i++)
        in->cand[i] = v[i].s;
    in->ncand = k;
    free(v);
    return 0;
}

static int map_columns(const concepts *c, ilp_in *in)
{
    in->col = calloc(c->n ? c->n : 1, sizeof(int32_t));
    if (!in->col)
        return -1;
    in->ncols = in->nnz = 0;
    for (size_t i = 0; i < in->ncand; i++) {
        uint32_t s = in->cand[i];
        for (uint32_t k = c->off[s]; k < c->off[s + 1]; k++) {
            uint32_t id = c->ids[k];
            if (c->weight[id] <= 0)
                continue;
            if (!in->col[id])
                in->col[id] = (int32_t)++in->ncols;
            in->nnz++;
        }
    }
    return 0;
}

/* Budget rows: one per active budget unit. */
static int add_budget_rows(glp_prob *lp, const summ_job *job)
{
    int r0 = glp_get_num_rows(lp) + 1, n = 0;
    if (job->budget_words)
        n++;
    if (job->budget_bytes)
        n++;
    if (job->budget_sents)
        n++;
    if (n == 0)
        return r0;
    glp_add_rows(lp, n);
    int r = r0;
    if (job->budget_words)
        glp_set_row_bnds(lp, r++, GLP_UP, 0, (double)(job->budget_words - job->used_words));
    if (job->budget_bytes) /* each sentence costs its bytes plus a joining space */
        glp_set_row_bnds(lp, r++, GLP_UP, 0, (double)(job->budget_bytes - job->used_bytes + 1));
    if (job->budget_sents)
        glp_set_row_bnds(lp, r++, GLP_UP, 0, (double)(job->budget_sents - job->chosen.n));
    return r0;
}

typedef struct triples {
    int *ia, *ja;
    double *ar;
    int n;
} triples;

static void put(triples *t, int row, int col, double v)
{
    t->n++;
    t->ia[t->n] = row;
    t->ja[t->n] = col;
    t->ar[t->n] = v;
}

/* Columns 1..ncols are concepts, ncols+1.. are sentences. Rows: one per
 * concept (sum of its sentences - concept >= 0), one per pair
 * (sentence - concept <= 0), then the budget rows. */
static void fill_matrix(glp_prob *lp, const summ_job *job, const concepts *c, const ilp_in *in,
                        triples *t)
{
    int nc = (int)in->ncols;
    glp_add_rows(lp, nc + (int)in->nnz);
    for (int r = 1; r <= nc; r++) {
        glp_set_row_bnds(lp, r, GLP_LO, 0, 0);
        put(t, r, r, -1);
    }
    int pair_row = nc;
    int br = add_budget_rows(lp, job);
    for (size_t i = 0; i < in->ncand; i++) {
        uint32_t s = in->cand[i];
        int sc = nc + 1 + (int)i;
        for (uint32_t k = c->off[s]; k < c->off[s + 1]; k++) {
            int32_t col = in->col[c->ids[k]];
            if (!col)
                continue;
            put(t, col, sc, 1);
            pair_row++;
            glp_set_row_bnds(lp, pair_row, GLP_UP, 0, 0);
            put(t, pair_row, sc, 1);
            put(t, pair_row, col, -1);
        }
        int r = br;
        if (job->budget_words)
            put(t, r++, sc, job->words[s]);
        if (job->budget_bytes)
            put(t, r++, sc, (double)job->tlen[s] + 1);
        if (job->budget_sents)
            put(t, r++, sc, 1);
    }
}

static void set_columns(glp_prob *lp, const concepts *c, const ilp_in *in)
{
    glp_add_cols(lp, (int)(in->ncols + in->ncand));
    for (size_t id = 0; id < c->n; id++)
        if (in->col[id])
            glp_set_obj_coef(lp, in->col[id], c->weight[id]);
    for (int j = 1; j <= (int)(in->ncols + in->ncand); j++)
        glp_set_col_kind(lp, j, GLP_BV);
}

/* Stops the search after ILP_MAX_NODES nodes. */
static void node_limit(glp_tree *tree, void *info)
{
    (void)info;
    int active, current, total;
    glp_ios_tree_size(tree, &active, &current, &total);
    if (total > ILP_MAX_NODES)
        glp_ios_terminate(tree);
}

/* Solves; returns 1 with the sentences taken when optimal, 0 when not
 * proven optimal, -1 when out of memory. */
static int solve(summ_job *job, const concepts *c, const ilp_in *in)
{
    size_t cap = 4 * in->nnz + 3 * in->ncand + 1;
    triples t = {malloc(cap * sizeof(int)), malloc(cap * sizeof(int)), malloc(cap * sizeof(double)), 0};
    int rc = -1;
    glp_prob *lp = NULL;
    if (!t.ia || !t.ja || !t.ar)
        goto cleanup;
    glp_term_out(GLP_OFF);
    lp = glp_create_prob();
    glp_set_obj_dir(lp, GLP_MAX);
    set_columns(lp, c, in);
    fill_matrix(lp, job, c, in, &t);
    glp_load_matrix(lp, t.n, t.ia, t.ja, t.ar);
    glp_iocp parm;
    glp_init_iocp(&parm);
    parm.presolve = GLP_ON;
    parm.msg_lev = GLP_MSG_OFF;
    parm.tm_lim = ILP_TIME_MS;
    parm.cb_func = node_limit;
    rc = 0;
    int gr = glp_intopt(lp, &parm);
    if (gr == 0 && glp_mip_status(lp) == GLP_OPT) {
        rc = 1;
        for (size_t i = 0; i < in->ncand && rc == 1; i++)
            if (glp_mip_col_val(lp, (int)(in->ncols + 1 + i)) > 0.5 && summ_fits(job, in->cand[i]))
                rc = summ_take(job, in->cand[i]) < 0 ? -1 : 1;
    }
cleanup:
    if (lp)
        glp_delete_prob(lp);
    free(t.ia);
    free(t.ja);
    free(t.ar);
    return rc;
}

int summ_method_ilp(summ_job *job)
{
    const fmodel *m = job->m;
    concepts c;
    concept_weights wts = {summ_concept_min_docs(m), 0.0, 0.0};
    if (concepts_build(m, &wts, &c) < 0)
        return -1;
    ilp_in in;
    memset(&in, 0, sizeof in);
    int rc = -1;
    if (pick_candidates(job, &c, &in) == 0 && map_columns(&c, &in) == 0)
        rc = in.ncand ? solve(job, &c, &in) : 0;
    free(in.cand);
    free(in.col);
    concepts_free(&c);
    if (rc < 0)
        return -1;
    if (rc == 0) /* no proven optimum: the greedy solution instead */
        job->chosen.n = job->used_words = job->used_bytes = 0;
    return summ_coverage_fill(job, 0.0);
}
