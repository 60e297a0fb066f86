/* Typed growable arrays: VEC(int) v = {0}; VEC_PUSH(&v, 3) < 0 on OOM. */
#ifndef CHORUS_UTIL_VEC_H
#define CHORUS_UTIL_VEC_H
#include <stddef.h>
#include <stdlib.h>

#define VEC(T) struct { T *v; size_t n, cap; }

/* Makes room for `need` elements; 0 or -1 when out of memory. */
int cvec_reserve(void **v, size_t *cap, size_t need, size_t elsize);

#define VEC_RESERVE(vp, need) \
    cvec_reserve((void **)&(vp)->v, &(vp)->cap, (need), sizeof(*(vp)->v))
#define VEC_PUSH(vp, x) \
    (VEC_RESERVE((vp), (vp)->n + 1) < 0 ? -1 : ((vp)->v[(vp)->n++] = (x), 0))
#define VEC_FREE(vp) (free((vp)->v), (vp)->v = NULL, (vp)->n = (vp)->cap = 0)

#endif
