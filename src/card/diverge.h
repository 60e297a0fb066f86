/* Divergence readers: the numbers and dates of a clause, read whole and
 * resolved, so that diverge.c compares values rather than strings. */
#ifndef CHORUS_CARD_DIVERGE_H
#define CHORUS_CARD_DIVERGE_H
#include <stddef.h>
#include <stdint.h>

#include "card/lex.h"

#define NO_WORD ((size_t)-1)

/* A quantity: "more than 200 people", "$1.5 billion", "12 %". */
typedef struct dnum {
    double lo, hi;        /* the values it allows ("more than 200": 200 to infinity) */
    uint32_t s, e;        /* the span shown, qualifier to unit */
    size_t unit;          /* the counted noun's word ("$1.59 per ruble": ruble), or NO_WORD */
    int cur;              /* '$', '%' or 0 */
    size_t first, last;   /* its words [first, last) */
} dnum;

/* A date: candidate day ranges (days since 1970, or days of the year 2001
 * when the year is unknown: floating). */
typedef struct ddate {
    uint32_t s, e;
    int res;            /* 0 unresolved, 1 absolute, 2 floating */
    int nc;             /* candidates */
    long lo[2], hi[2];
    uint32_t as, ae;    /* unresolved: its anchor ("this year"), as == ae when none */
    int month;          /* names a month */
} ddate;

/* The quantities of v; returns how many were written (at most cap). */
size_t div_numbers(const char *t, const lword_vec *v, dnum *out, size_t cap);
/* The dates of v, relative words resolved against the article's day (-1 unknown). */
size_t div_dates(const char *t, const lword_vec *v, long day, ddate *out, size_t cap);
/* 1 when dates x and y cannot be the same. */
int div_dates_differ(const char *tx, const ddate *x, const char *ty, const ddate *y);
/* 1 when tx[xs, xe) and ty[ys, ye) are the same ASCII text but for case. */
int div_same_text(const char *tx, uint32_t xs, uint32_t xe, const char *ty, uint32_t ys, uint32_t ye);

#endif
