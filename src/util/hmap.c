#include "util/hmap.h"

#include <stdlib.h>
#include <string.h>

#include "util/arena.h"

typedef struct entry {
    const char *key;
    uint32_t len;
    uint32_t val;
    uint64_t hash;
} entry;

struct chmap {
    uint32_t *slots; /* index+1 into entries, 0 = empty */
    size_t nslots;
    entry *entries;
    size_t n, cap;
    carena *keys;
};

uint64_t chash_bytes(const void *p, size_t n)
{
    /* FNV-1a, then a final mix so low bits are usable as slot index. */
    const unsigned char *s = p;
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= 1099511628211ULL;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

chmap *chmap_new(void)
{
    chmap *m = calloc(1, sizeof(*m));
    if (!m)
        return NULL;
    m->keys = carena_new();
    m->nslots = 64;
    m->slots = calloc(m->nslots, sizeof(uint32_t));
    if (!m->keys || !m->slots) {
        chmap_free(m);
        return NULL;
    }
    return m;
}

void chmap_free(chmap *m)
{
    if (!m)
        return;
    free(m->slots);
    free(m->entries);
    carena_free(m->keys);
    free(m);
}

static size_t find_slot(const chmap *m, const char *key, size_t len, uint64_t h)
{
    size_t mask = m->nslots - 1, i = (size_t)h & mask;
    for (;;) {
        uint32_t s = m->slots[i];
        if (!s)
            return i;
        const entry *e = &m->entries[s - 1];
        if (e->hash == h && e->len == len && memcmp(e->key, key, len) == 0)
            return i;
        i = (i + 1) & mask;
    }
}

static int rehash(chmap *m)
{
    size_t ns = m->nslots * 2;
    uint32_t *slots = calloc(ns, sizeof(uint32_t));
    if (!slots)
        return -1;
    for (size_t k = 0; k < m->n; k++) {
        size_t i = (size_t)m->entries[k].hash & (ns - 1);
        while (slots[i])
            i = (i + 1) & (ns - 1);
        slots[i] = (uint32_t)(k + 1);
    }
    free(m->slots);
    m->slots = slots;
    m->nslots = ns;
    return 0;
}

static int64_t insert(chmap *m, const char *key, size_t len, uint64_t h, uint32_t val)
{
    if ((m->n + 1) * 4 > m->nslots * 3 && rehash(m) < 0)
        return -1;
    if (m->n == m->cap) {
        size_t c = m->cap ? m->cap * 2 : 64;
        entry *e = realloc(m->entries, c * sizeof(entry));
        if (!e)
            return -1;
        m->entries = e;
        m->cap = c;
    }
    char *k = carena_strndup(m->keys, key, len);
    if (!k)
        return -1;
    m->entries[m->n] = (entry){k, (uint32_t)len, val, h};
    size_t i = find_slot(m, key, len, h);
    m->slots[i] = (uint32_t)(++m->n);
    return val;
}

int chmap_get(const chmap *m, const char *key, size_t len, uint32_t *val)
{
    uint64_t h = chash_bytes(key, len);
    uint32_t s = m->slots[find_slot(m, key, len, h)];
    if (!s)
        return 0;
    if (val)
        *val = m->entries[s - 1].val;
    return 1;
}

int chmap_set(chmap *m, const char *key, size_t len, uint32_t val)
{
    uint64_t h = chash_bytes(key, len);
    uint32_t s = m->slots[find_slot(m, key, len, h)];
    if (s) {
        m->entries[s - 1].val = val;
        return 0;
    }
    return insert(m, key, len, h, val) < 0 ? -1 : 0;
}

int64_t chmap_intern(chmap *m, const char *key, size_t len)
{
    uint64_t h = chash_bytes(key, len);
    uint32_t s = m->slots[find_slot(m, key, len, h)];
    if (s)
        return m->entries[s - 1].val;
    return insert(m, key, len, h, (uint32_t)m->n);
}

size_t chmap_count(const chmap *m) { return m->n; }

const char *chmap_key(const chmap *m, size_t i, size_t *len)
{
    if (len)
        *len = m->entries[i].len;
    return m->entries[i].key;
}
