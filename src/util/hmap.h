/* String -> uint32 map with open addressing; keys are copied. Used to
 * intern terms (each new key gets the next id) and for small lookups. */
#ifndef CHORUS_UTIL_HMAP_H
#define CHORUS_UTIL_HMAP_H
#include <stddef.h>
#include <stdint.h>

typedef struct chmap chmap;

chmap *chmap_new(void);
void chmap_free(chmap *m);
/* Returns 1 and sets *val when present, else 0. */
int chmap_get(const chmap *m, const char *key, size_t len, uint32_t *val);
/* Sets key to val (insert or overwrite). 0 or -1 on OOM. */
int chmap_set(chmap *m, const char *key, size_t len, uint32_t val);
/* Returns the id of key, inserting it with id = count when new; -1 on OOM. */
int64_t chmap_intern(chmap *m, const char *key, size_t len);
size_t chmap_count(const chmap *m);
/* Key of the i-th inserted entry (borrowed until the map is freed). */
const char *chmap_key(const chmap *m, size_t i, size_t *len);
uint64_t chash_bytes(const void *p, size_t n);

#endif
