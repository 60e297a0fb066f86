#include "util/vec.h"

#include <stdint.h>

int cvec_reserve(void **v, size_t *cap, size_t need, size_t elsize)
{
    if (need <= *cap)
        return 0;
    size_t c = *cap ? *cap : 8;
    while (c < need) {
        if (c > SIZE_MAX / 2)
            return -1;
        c *= 2;
    }
    if (c > SIZE_MAX / elsize)
        return -1;
    void *p = realloc(*v, c * elsize);
    if (!p)
        return -1;
    *v = p;
    *cap = c;
    return 0;
}
