/* Dense similarity graph over the candidate sentences of a story, shared
 * by the graph and coverage-function methods (LexRank, TextRank, MMR,
 * submodular). Building it is quadratic in the number of candidates. */
#ifndef CHORUS_RANK_GRAPH_H
#define CHORUS_RANK_GRAPH_H
#include <stdint.h>

#include "summarize.h"

enum { SG_TFIDF = 0, SG_OVERLAP = 1 };

typedef struct sgraph {
    uint32_t n;    /* candidates */
    uint32_t *ids; /* candidate -> sentence */
    float *sim;    /* n x n, row-major */
    float *simq;   /* tf-idf cosine of each candidate with the whole story */
} sgraph;

/* Builds the graph over job->eligible sentences. kind: SG_TFIDF (cosine of
 * tf-idf vectors, idf over the story's sentences) or SG_OVERLAP (TextRank:
 * shared terms / (log len a + log len b)). Returns 0 or -1 (memory). */
int sgraph_build(const summ_job *job, int kind, sgraph *g);
void sgraph_free(sgraph *g);
/* Stationary distribution of the row-normalised graph with damping d, into
 * score[sentence] (0 for non-candidates). Returns 0 or -1. */
int sgraph_rank(const sgraph *g, double d, double *score);

#endif
