/* Lead baseline: the first sentences of the newest article, then of the
 * others from newest back. Articles without a date, and ties, go by input
 * order (a later article counts as newer), so undated input keeps its
 * old reading: the last article first. */
#include <stdlib.h>

#include "summarize.h"

typedef struct doc_age {
    long day; /* days since 1970-01-01, or -1 without a full date */
    size_t doc;
} doc_age;

/* Newest first; undated articles after the dated ones. */
static int newer_first(const void *pa, const void *pb)
{
    const doc_age *a = pa, *b = pb;
    if (a->day != b->day)
        return a->day > b->day ? -1 : 1;
    return a->doc > b->doc ? -1 : a->doc < b->doc;
}

int summ_method_lead(summ_job *job)
{
    const fmodel *m = job->m;
    doc_age *order = malloc((m->ndocs ? m->ndocs : 1) * sizeof *order);
    if (!order)
        return -1;
    for (size_t d = 0; d < m->ndocs; d++)
        order[d] = (doc_age){summ_day_of(chorus_story_doc(m->story, d)->date), d};
    qsort(order, m->ndocs, sizeof *order, newer_first);
    int rc = 0;
    for (size_t k = 0; k < m->ndocs && !summ_full(job) && rc == 0; k++) {
        size_t d = order[k].doc;
        for (uint32_t s = m->doc_first[d]; s < m->doc_first[d + 1] && rc == 0; s++) {
            if (!summ_fits(job, s))
                break;
            rc = summ_take(job, s) < 0 ? -1 : 0;
        }
    }
    free(order);
    return rc;
}
