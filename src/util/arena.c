#include "util/arena.h"

#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

typedef struct block {
    struct block *next;
    size_t used, cap;
    alignas(max_align_t) unsigned char data[];
} block;

struct carena {
    block *head;
    size_t total;
};

enum { BLOCK_MIN = 64 * 1024 };

carena *carena_new(void) { return calloc(1, sizeof(carena)); }

void carena_free(carena *a)
{
    if (!a)
        return;
    block *b = a->head;
    while (b) {
        block *next = b->next;
        free(b);
        b = next;
    }
    free(a);
}

static block *new_block(carena *a, size_t n)
{
    size_t cap = n > BLOCK_MIN ? n : BLOCK_MIN;
    block *b = malloc(sizeof(block) + cap);
    if (!b)
        return NULL;
    b->used = 0;
    b->cap = cap;
    b->next = a->head;
    a->head = b;
    return b;
}

void *carena_alloc(carena *a, size_t n)
{
    const size_t al = alignof(max_align_t);
    if (n > (size_t)-1 - al)
        return NULL;
    n = (n + al - 1) & ~(al - 1);
    if (n == 0)
        n = al;
    block *b = a->head;
    if (!b || b->cap - b->used < n) {
        b = new_block(a, n);
        if (!b)
            return NULL;
    }
    void *p = b->data + b->used;
    b->used += n;
    a->total += n;
    memset(p, 0, n);
    return p;
}

char *carena_strndup(carena *a, const char *s, size_t n)
{
    char *p = carena_alloc(a, n + 1);
    if (!p)
        return NULL;
    if (n)
        memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *carena_strdup(carena *a, const char *s) { return carena_strndup(a, s, strlen(s)); }

size_t carena_used(const carena *a) { return a->total; }
