/* Minimal assertion helpers for the unit tests. */
#ifndef CHORUS_TEST_CHECK_H
#define CHORUS_TEST_CHECK_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int check_failures;
static int check_count;

#define CHECK(cond)                                                                 \
    do {                                                                            \
        check_count++;                                                              \
        if (!(cond)) {                                                              \
            check_failures++;                                                       \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                           \
    } while (0)

#define CHECK_STR(a, b)                                                                   \
    do {                                                                                  \
        const char *a_ = (a), *b_ = (b);                                                  \
        check_count++;                                                                    \
        if (!a_ || !b_ || strcmp(a_, b_) != 0) {                                          \
            check_failures++;                                                             \
            fprintf(stderr, "%s:%d: expected \"%s\", got \"%s\"\n", __FILE__, __LINE__, \
                    b_ ? b_ : "(null)", a_ ? a_ : "(null)");                              \
        }                                                                                 \
    } while (0)

#define CHECK_MEM(p, n, s) CHECK((n) == strlen(s) && memcmp((p), (s), (n)) == 0)

static inline int check_report(const char *name)
{
    printf("%s: %d checks, %d failed\n", name, check_count, check_failures);
    return check_failures ? 1 : 0;
}

#endif
