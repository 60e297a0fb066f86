/* MEAD-style centroid: a sentence scores by the centroid weight (tf x idf
 * within the story) of its terms, plus a position prior. */
#include <math.h>
#include <stdlib.h>

#include "summarize.h"

int summ_method_centroid(summ_job *job)
{
    const fmodel *m = job->m;
    double *score = calloc(m->nsents ? m->nsents : 1, sizeof(double));
    if (!score)
        return -1;
    double nd = (double)(m->ndocs ? m->ndocs : 1);
    for (uint32_t i = 0; i < m->nsents; i++) {
        const fsent *s = &m->sents[i];
        double c = 0;
        for (uint32_t t = s->tok0; t < s->tok0 + s->ntok; t++) {
            const ctoken *k = &m->toks[t];
            if (k->flags & TOK_STOP)
                continue;
            c += (double)m->term_count[k->term] / nd * log(1.0 + nd / m->term_docs[k->term]);
        }
        uint32_t first = m->doc_first[s->doc], ndoc = m->doc_first[s->doc + 1] - first;
        double pos = 1.0 - (double)s->index / (double)(ndoc ? ndoc : 1);
        score[i] = c / (1.0 + s->ntok) + 2.0 * pos;
    }
    int rc = summ_select_by_score(job, score, 0.5);
    free(score);
    return rc;
}
