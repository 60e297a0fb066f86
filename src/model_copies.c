/* Which articles of a story are copies of another (MODEL_COPY_MIN), by
 * their sets of 5-stem shingles. MinHash signatures find the candidates:
 * only articles that share a locality-sensitive band are compared, so a
 * story of 50,000 articles costs about as much per article as one of ten;
 * a pair whose estimate comes near the rule is then checked on the exact
 * sets, so the rule holds as written (an estimate from 128 bins strays by
 * about 0.05, and for a short text inside a much longer one by more). */
#include <stdlib.h>

#include "model.h"
#include "util/minhash.h"

/* One text inside another counts only when the smaller has this many
 * shingles (a one-line brief shares its words with many articles); texts
 * that are nearly the same whole (Jaccard >= MODEL_COPY_MIN) count at any
 * length. */
#define COPY_MIN_SHINGLES 20
#define SHINGLE 5
/* Earlier articles looked at per band, most recent first: bounds the work
 * when many articles share phrases without copying each other. */
#define CHAIN_MAX 8

typedef struct copy_index {
    chorus_postings bands; /* band key -> independent articles */
    uint32_t *seen; /* per article: last article + 1 it was compared with */
    const chorus_minhash *sig;
    uint64_t *sh;        /* each article's shingle hashes, */
    const size_t *sh_off; /* sh[sh_off[d] .. sh_off[d] + sh_n[d]), */
    size_t *sh_n;
    uint8_t *sh_set;      /* made a set (sorted, distinct) once a pair needs it */
} copy_index;

/* Article d's signature, and its shingle hashes at sh + *off (the
 * article's first token: an article has no more shingles than tokens). w
 * holds every token's word hash. */
static void doc_shingles(const fmodel *m, size_t d, const uint64_t *w, uint64_t *sh, size_t *off, size_t *n,
                         chorus_minhash *sig)
{
    size_t t0 = 0, t1 = 0;
    if (m->doc_first[d + 1] > m->doc_first[d]) {
        const fsent *last = &m->sents[m->doc_first[d + 1] - 1];
        t0 = m->sents[m->doc_first[d]].tok0;
        t1 = last->tok0 + last->ntok;
    }
    size_t ns = chorus_shingle_hashes(w + t0, t1 - t0, SHINGLE, sh + t0);
    chorus_minhash_of(sh + t0, ns, sig);
    *off = t0;
    *n = ns;
}

/* Sorting costs about 5% of a summary, so only articles in a candidate
 * pair pay it. */
static void make_set(copy_index *ix, uint32_t d)
{
    if (!ix->sh_set[d])
        ix->sh_n[d] = chorus_shingle_set(ix->sh + ix->sh_off[d], ix->sh_n[d]);
    ix->sh_set[d] = 1;
}

/* The rule on the exact shingle sets: the share of the smaller set found in
 * the other (containment) if the pair copies, else -1. */
static double exact_copy(copy_index *ix, uint32_t a, uint32_t b)
{
    make_set(ix, a);
    make_set(ix, b);
    size_t na = ix->sh_n[a], nb = ix->sh_n[b];
    double jac, cont;
    chorus_shingle_overlap(ix->sh + ix->sh_off[a], na, ix->sh + ix->sh_off[b], nb, &jac, &cont);
    return chorus_copy_rule(jac, cont, na < nb ? na : nb, MODEL_COPY_MIN, COPY_MIN_SHINGLES) ? cont : -1;
}

typedef struct copy_search {
    copy_index *ix;
    uint32_t b, best; /* the article, and the earliest it copies so far */
    double sim;
} copy_search;

static void visit_copy(void *ctx, uint32_t a)
{
    copy_search *cs = ctx;
    if (a >= cs->best || !chorus_minhash_copies(&cs->ix->sig[a], &cs->ix->sig[cs->b],
                                                 MODEL_COPY_MIN - MODEL_COPY_SLACK, COPY_MIN_SHINGLES))
        return;
    double c = exact_copy(cs->ix, a, cs->b);
    if (c >= 0)
        cs->best = a, cs->sim = c;
}

/* The earliest indexed article that article b copies, or b; *sim gets the
 * pair's containment (exact_copy). */
static uint32_t copy_source(copy_index *ix, uint32_t b, double *sim)
{
    copy_search cs = {ix, b, b, *sim};
    chorus_minhash_candidates(&ix->bands, &ix->sig[b], CHAIN_MAX, ix->seen, b + 1, visit_copy, &cs);
    *sim = cs.sim;
    return cs.best;
}

int chorus_model_find_copies(fmodel *m)
{
    size_t nd = m->ndocs + 1, *off = malloc(nd * sizeof(size_t)), *cnt = malloc(nd * sizeof(size_t));
    chorus_minhash *sig = malloc(nd * sizeof(chorus_minhash));
    uint64_t *w = malloc((m->ntoks + 1) * sizeof(uint64_t)), *sh = malloc((m->ntoks + 1) * sizeof(uint64_t));
    copy_index ix = {{0}, calloc(nd, sizeof(uint32_t)), sig, sh, off, cnt, calloc(nd, 1)};
    m->doc_copy_of = malloc(nd * sizeof(uint32_t));
    m->doc_copy_sim = calloc(nd, sizeof(double));
    int rc = chorus_postings_init(&ix.bands) == 0 && off && cnt && sig && w && sh && ix.seen && ix.sh_set &&
                     m->doc_copy_of && m->doc_copy_sim
                 ? 0
                 : -1;
    for (size_t k = 0; rc == 0 && k < m->ntoks; k++)
        w[k] = chorus_hash_mix((uint64_t)m->toks[k].term + 1);
    for (size_t d = 0; rc == 0 && d < m->ndocs; d++)
        doc_shingles(m, d, w, sh, &off[d], &cnt[d], &sig[d]);
    m->nindep = 0;
    for (uint32_t b = 0; rc == 0 && b < m->ndocs; b++) {
        m->doc_copy_of[b] = copy_source(&ix, b, &m->doc_copy_sim[b]);
        if (m->doc_copy_of[b] == b) {
            m->nindep++;
            rc = chorus_minhash_file(&ix.bands, &sig[b], b);
        }
    }
    chorus_postings_free(&ix.bands);
    free(ix.seen);
    free(ix.sh_set);
    free(sig);
    free(w);
    free(sh);
    free(off);
    free(cnt);
    return rc;
}
