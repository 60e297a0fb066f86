/* Bump allocator: many small allocations, freed together in one call. */
#ifndef CHORUS_UTIL_ARENA_H
#define CHORUS_UTIL_ARENA_H
#include <stddef.h>

typedef struct carena carena;

carena *carena_new(void);
/* Frees every allocation made from the arena. NULL is a no-op. */
void carena_free(carena *a);
/* Returns zeroed, max-aligned memory, or NULL when out of memory. */
void *carena_alloc(carena *a, size_t n);
/* Copies n bytes and appends a NUL. */
char *carena_strndup(carena *a, const char *s, size_t n);
char *carena_strdup(carena *a, const char *s);
/* Bytes handed out so far (for memory reports). */
size_t carena_used(const carena *a);

#endif
