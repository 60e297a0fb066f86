/* Bigram concepts of a story: pairs of adjacent tokens that are not both
 * stop words, each weighted by the number of articles that contain it
 * (Gillick & Favre 2009), an article and its copies counting once
 * (fmodel.doc_copy_of). Shared by the coverage and ILP methods. */
#ifndef CHORUS_RANK_CONCEPTS_H
#define CHORUS_RANK_CONCEPTS_H
#include <stdint.h>

#include "summarize.h"

typedef struct concepts {
    size_t n;           /* number of distinct concepts */
    double *weight;     /* per concept */
    uint32_t *off;      /* sentence i: ids[off[i] .. off[i+1]), distinct */
    uint32_t *ids;
} concepts;

typedef struct concept_weights {
    uint32_t min_docs; /* concepts in fewer independent articles weigh zero */
    double pos_boost;  /* see concepts_build */
    double uni_weight; /* > 0: content words are concepts too, scaled by this */
} concept_weights;

/* Builds concepts. A concept's weight sums, over the articles containing
 * it, 1 + pos_boost / (1 + index of its first sentence in that article);
 * with pos_boost 0 it is the number of articles (Gillick & Favre). */
int concepts_build(const fmodel *m, const concept_weights *w, concepts *out);
void concepts_free(concepts *c);

#endif
