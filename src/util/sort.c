#include "util/sort.h"

#include <stdlib.h>
#include <string.h>

/* Counts, for each of the key's 8 bytes, how many keys hold each value. */
static void count_bytes(const chorus_kv *v, size_t n, size_t (*count)[256])
{
    memset(count, 0, 8 * sizeof(*count));
    for (size_t i = 0; i < n; i++)
        for (int b = 0; b < 8; b++)
            count[b][(v[i].key >> (8 * b)) & 0xFF]++;
}

/* One stable counting pass on byte b from src into dst. */
static void scatter(const chorus_kv *src, chorus_kv *dst, size_t n, int b, const size_t *count)
{
    size_t pos[256], sum = 0;
    for (int d = 0; d < 256; d++) {
        pos[d] = sum;
        sum += count[d];
    }
    for (size_t i = 0; i < n; i++)
        dst[pos[(src[i].key >> (8 * b)) & 0xFF]++] = src[i];
}

int chorus_kv_sort(chorus_kv *v, size_t n)
{
    if (n < 2)
        return 0;
    size_t(*count)[256] = malloc(8 * sizeof(*count));
    chorus_kv *tmp = malloc(n * sizeof(*tmp));
    if (!count || !tmp) {
        free(count);
        free(tmp);
        return -1;
    }
    count_bytes(v, n, count);
    chorus_kv *src = v, *dst = tmp;
    for (int b = 0; b < 8; b++) {
        /* a byte every key shares orders nothing: skip its pass */
        if (count[b][(src[0].key >> (8 * b)) & 0xFF] == n)
            continue;
        scatter(src, dst, n, b, count[b]);
        chorus_kv *t = src;
        src = dst;
        dst = t;
    }
    if (src != v)
        memcpy(v, src, n * sizeof(*v));
    free(count);
    free(tmp);
    return 0;
}
