/* Quantities of a clause for number divergences (see diverge.h). */
#include <math.h>
#include <string.h>

#include "card/diverge.h"

#define IN(w, ...) lex_in(t, (w), (const char *const[]){__VA_ARGS__, NULL})

/* How a qualifier before the number widens it: "more than", "nearly" ... */
static void qualify(const char *t, const lword_vec *v, size_t i, dnum *n, size_t *first)
{
    const lword *p = i > 0 ? &v->v[i - 1] : NULL, *pp = i > 1 ? &v->v[i - 2] : NULL;
    double x = n->lo;
    *first = i;
    if (p && IN(p, "than") && pp && IN(pp, "more", "greater", "over")) {
        n->hi = INFINITY;
        *first = i - 2;
    } else if (p && IN(p, "than") && pp && IN(pp, "less", "fewer")) {
        n->lo = 0;
        *first = i - 2;
    } else if (p && IN(p, "least") && pp && IN(pp, "at")) {
        n->hi = INFINITY;
        *first = i - 2;
    } else if (p && IN(p, "to", "many", "much") && pp && IN(pp, "up", "as")) {
        n->lo = 0;
        *first = i - 2;
    } else if (p && IN(p, "over", "above", "exceeding", "topping")) {
        n->hi = INFINITY;
        *first = i - 1;
    } else if (p && IN(p, "nearly", "almost")) {
        n->lo = 0.8 * x;
        *first = i - 1;
    } else if (p && IN(p, "under", "below")) {
        n->lo = 0;
        *first = i - 1;
    } else if (p && IN(p, "about", "around", "approximately", "roughly", "some", "estimated")) {
        n->lo = 0.8 * x;
        n->hi = 1.2 * x;
        *first = i - 1 - (pp && IN(pp, "an"));
    }
}

/* A word that can be a counted noun: lower-case letters, not a function
 * word, month, time or scale word. */
static int unit_word(const char *t, const lword *w)
{
    if (w->punct || t[w->start] < 'a' || t[w->start] > 'z')
        return 0;
    for (uint32_t k = w->start; k < w->end; k++)
        if (!((t[k] >= 'a' && t[k] <= 'z') || t[k] == '-'))
            return 0;
    return !lex_in(t, w, lex_function_words) && !lex_in(t, w, lex_months) &&
           !IN(w, "percent", "cent", "times", "thousand", "million", "billion", "trillion",
               "or", "to", "and", "o'clock");
}

/* Units of measure: what they measure (a storm's winds, a distance from a
 * town) changes from report to report, so differing values rarely mean
 * that sources disagree. */
static const char *const measures[] = {"mph", "kph", "knots", "degrees", "degree", "miles", "mile",
                                       "kilometers", "kilometres", "km", "feet", "foot", "meters",
                                       "metres", "inches", "inch", "yards", "centimeters", "millimeters",
                                       "pounds", "tons", "tonnes", "acres", "hectares", "points",
                                       /* a position: "latitude 22.8 north" */
                                       "north", "south", "east", "west", "northeast", "northwest",
                                       "southeast", "southwest", NULL};

/* Scale ("million") and unit ("people", "%") after the number ending
 * before word j; the word after them goes to *next; 0 when it counts nothing. */
static int scale_unit(const char *t, const lword_vec *v, size_t j, const lnumber *x, dnum *n, size_t *next)
{
    static const char *const scales[] = {"thousand", "million", "billion", "trillion", NULL};
    static const double mult[] = {1e3, 1e6, 1e9, 1e12};
    double tol = 0;
    for (size_t k = 0; j < v->n && scales[k]; k++)
        if (IN(&v->v[j], scales[k])) {
            tol = 0.5 * pow(10, -x->decimals) * mult[k]; /* "1.5 million" is rounded */
            n->lo = x->value * mult[k] - tol;
            n->hi = x->value * mult[k] + tol;
            j++;
            break;
        }
    if (j < v->n && (v->v[j].punct == '%' || IN(&v->v[j], "percent"))) {
        n->cur = '%';
        j++;
    } else if (j + 1 < v->n && IN(&v->v[j], "per") && IN(&v->v[j + 1], "cent")) {
        n->cur = '%';
        j += 2;
    }
    n->unit = NO_WORD;
    if (n->cur == '$' && j + 1 < v->n && IN(&v->v[j], "per", "a", "an", "each") && unit_word(t, &v->v[j + 1])) {
        n->unit = j + 1; /* "$1.59 per ruble" */
        j += 2;
    } else if (!n->cur) {
        if (j >= v->n || !unit_word(t, &v->v[j]) || lex_in(t, &v->v[j], measures))
            return 0;
        n->unit = j++;
    }
    *next = j;
    return 1;
}

/* A number that is part of a name, a list or a range, not a quantity:
 * "No. 11", "Flight 103", "between 20 and 30", "20 to 30". */
static int not_quantity(const char *t, const lword_vec *v, size_t i, size_t j, const lnumber *x)
{
    const lword *p = i > 0 ? &v->v[i - 1] : NULL;
    if (!x->grouped && !x->decimals && x->value >= 1000 && x->value <= 2100 &&
        v->v[i].end - v->v[i].start == 4)
        return 1; /* a year */
    if (p && (IN(p, "no", "nos", "number", "between", "from", "and", "or", "to", "aged", "age") ||
              p->punct == '.' || p->punct == '-' || p->punct == '#'))
        return 1;
    if (p && i > 1 && lex_cap(t, p) && !v->v[i - 2].punct)
        return 1; /* inside a name */
    if (j + 1 < v->n && IN(&v->v[j], "to", "or", "and") && v->v[j + 1].punct == 0 &&
        t[v->v[j + 1].start] >= '0' && t[v->v[j + 1].start] <= '9')
        return 1;
    return j < v->n && (v->v[j].punct == '-' || v->v[j].punct == '/');
}

size_t div_numbers(const char *t, const lword_vec *v, dnum *out, size_t cap)
{
    size_t n = 0;
    for (size_t i = 0; i < v->n && n < cap;) {
        size_t at = i;
        int cur = 0;
        if (v->v[i].punct == '$' && i + 1 < v->n && v->v[i + 1].start == v->v[i].end) {
            cur = '$';
            at = i + 1;
        }
        lnumber x;
        int r = lex_number(t, v, at, &x);
        size_t next = x.next;
        dnum q = {x.value, x.value, 0, 0, NO_WORD, cur, i, i};
        size_t first = i, after;
        if (r == 1 && !not_quantity(t, v, i, x.next, &x) && scale_unit(t, v, x.next, &x, &q, &after)) {
            qualify(t, v, i, &q, &first);
            q.s = v->v[first].start;
            q.e = v->v[after - 1].end;
            q.first = first;
            q.last = after;
            /* "3.75 rubles, or about $5", "(about $5)": a conversion, not a count */
            if (!(first > 0 && (IN(&v->v[first - 1], "or") || v->v[first - 1].punct == '(')) &&
                !(after < v->n && IN(&v->v[after], "ago", "earlier", "later")))
                out[n++] = q;
            next = after;
        }
        i = next > i ? next : i + 1;
    }
    return n;
}
