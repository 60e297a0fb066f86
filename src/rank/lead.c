/* Lead baseline: the first sentences of the newest article (documents are
 * in story order, so the last one), then of the others from newest back. */
#include "summarize.h"

int summ_method_lead(summ_job *job)
{
    const fmodel *m = job->m;
    for (size_t d = m->ndocs; d-- > 0 && !summ_full(job);) {
        for (uint32_t s = m->doc_first[d]; s < m->doc_first[d + 1]; s++) {
            if (!summ_fits(job, s))
                break;
            if (summ_take(job, s) < 0)
                return -1;
        }
    }
    return 0;
}
