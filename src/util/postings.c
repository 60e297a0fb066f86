#include "util/postings.h"

#include <string.h>

int chorus_postings_init(chorus_postings *p)
{
    memset(p, 0, sizeof *p);
    p->heads = chmap_new();
    return p->heads ? 0 : -1;
}

void chorus_postings_free(chorus_postings *p)
{
    chmap_free(p->heads);
    VEC_FREE(&p->v);
    p->heads = NULL;
}

int chorus_postings_add(chorus_postings *p, uint64_t key, uint32_t id)
{
    uint32_t head = CHORUS_POSTINGS_END;
    chmap_get(p->heads, (const char *)&key, sizeof key, &head);
    chorus_posting node = {id, head};
    if (VEC_PUSH(&p->v, node) < 0)
        return -1;
    return chmap_set(p->heads, (const char *)&key, sizeof key, (uint32_t)(p->v.n - 1));
}

uint32_t chorus_postings_first(const chorus_postings *p, uint64_t key)
{
    uint32_t head = CHORUS_POSTINGS_END;
    chmap_get(p->heads, (const char *)&key, sizeof key, &head);
    return head;
}
