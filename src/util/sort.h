/* A stable radix sort of (64-bit key, 64-bit value) pairs. The summarizer
 * sorts every word and bigram occurrence of a story by concept key, which
 * with qsort's comparison callbacks was over a quarter of its instructions;
 * keys there have few distinct high bytes, and a radix sort skips those. */
#ifndef CHORUS_UTIL_SORT_H
#define CHORUS_UTIL_SORT_H
#include <stddef.h>
#include <stdint.h>

typedef struct chorus_kv {
    uint64_t key;
    uint64_t val;
} chorus_kv;

/* Sorts v[0..n) by key, ascending; pairs with equal keys keep their order.
 * Returns 0, or -1 when out of memory (v is then unchanged). */
int chorus_kv_sort(chorus_kv *v, size_t n);

#endif
