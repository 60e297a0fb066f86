/* Dates of a clause for date divergences (see diverge.h): read whole
 * ("Dec. 3, 1989", "early February this year", "last week") and resolved
 * against the article's own date, so "today" in an article of Friday
 * 22 September and "Friday" in another are the same day. */
#include <string.h>

#include "card/diverge.h"
#include "summarize.h"

#define IN(w, ...) lex_in(t, (w), (const char *const[]){__VA_ARGS__, NULL})
#define FLOAT_YEAR 2001 /* stands for an unknown year (not a leap year) */

/* the month of each word of lex_months, in its order */
static const int month_num[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12};
static const char *const weekdays[] = {"sunday", "monday", "tuesday", "wednesday", "thursday",
                                       "friday", "saturday", NULL};

static void civil(long z, int *y, int *m, int *d)
{
    z += 719468; /* H. Hinnant's civil_from_days */
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* Word w without a possessive "'s" ("Monday's", "yesterday's"). */
static lword bare(const char *t, const lword *w)
{
    lword x = *w;
    if (x.end - x.start > 3 && t[x.end - 2] == '\'' && t[x.end - 1] == 's')
        x.end -= 2;
    return x;
}

/* Day of the month of "2", "2nd", "21st"; 0 when not one. */
static int day_num(const char *t, const lword_vec *v, size_t i)
{
    if (i >= v->n || v->v[i].punct || !is_digit(t[v->v[i].start]))
        return 0;
    uint32_t k = v->v[i].start;
    int d = 0;
    while (k < v->v[i].end && is_digit(t[k]) && d < 100)
        d = d * 10 + (t[k++] - '0');
    size_t rest = v->v[i].end - k;
    if (rest && !(rest == 2 && strchr("snrt", t[k]) && strchr("tdh", t[k + 1])))
        return 0;
    return d >= 1 && d <= 31 ? d : 0;
}

static int year_num(const char *t, const lword_vec *v, size_t i)
{
    if (i >= v->n || v->v[i].punct || v->v[i].end - v->v[i].start != 4)
        return 0;
    int y = 0;
    for (uint32_t k = v->v[i].start; k < v->v[i].end; k++)
        if (!is_digit(t[k]))
            return 0;
        else
            y = y * 10 + (t[k] - '0');
    return y >= 1800 && y <= 2100 ? y : 0;
}

/* Month of word i (1-12; "mid-February" sets *mid), 0 when not a month:
 * capitalised, and "May" or an abbreviation only beside a day or after a
 * preposition. */
static int month_of(const char *t, const lword_vec *v, size_t i, int *mid)
{
    lword x = v->v[i];
    *mid = 0;
    if (x.end - x.start > 4 && strncmp(t + x.start, "mid-", 4) == 0) {
        x.start += 4;
        *mid = 1;
    }
    if (x.punct || !lex_cap(t, &x))
        return 0;
    int k = 0;
    while (lex_months[k] && !lex_in(t, &x, (const char *const[]){lex_months[k], NULL}))
        k++;
    if (!lex_months[k])
        return 0;
    int near_day = day_num(t, v, i + 1) || year_num(t, v, i + 1) || (i > 0 && day_num(t, v, i - 1));
    if (k >= 12 && !near_day && !(i + 1 < v->n && v->v[i + 1].punct == '.'))
        return 0;
    if (k == 4 && !near_day && !*mid &&
        !(i > 0 && IN(&v->v[i - 1], "in", "of", "early", "late", "last", "this", "next", "since", "until", "by")))
        return 0;
    return month_num[k];
}

static int mdays(int y, int m)
{
    return (int)(summ_days_from_civil(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) -
                 summ_days_from_civil(y, m, 1));
}

/* Adds the candidate d1..d2 (days of the month) of month m of year y. */
static void add_month(ddate *d, int y, int m, int d1, int d2)
{
    if (d->nc >= 2)
        return;
    int n = mdays(y, m);
    d->lo[d->nc] = summ_days_from_civil(y, m, d1 > n ? n : d1);
    d->hi[d->nc] = summ_days_from_civil(y, m, d2 > n ? n : d2);
    d->nc++;
}

/* Relative words before the month: part ("early") and relation ("last"). */
static size_t month_prefix(const char *t, const lword_vec *v, size_t a, int *part, int *rel)
{
    if (a > 0 && IN(&v->v[a - 1], "early", "mid", "late")) {
        *part = IN(&v->v[a - 1], "early") ? 1 : IN(&v->v[a - 1], "mid") ? 2 : 3;
        a--;
    }
    if (a > 0 && IN(&v->v[a - 1], "last", "this", "next")) {
        *rel = IN(&v->v[a - 1], "last") ? -1 : IN(&v->v[a - 1], "next") ? 1 : 2;
        a--;
    }
    return a;
}

/* The years a month without its year may fall in, seen from the article's day. */
static void month_years(ddate *d, long day, int rel, int m, int d1, int d2)
{
    int y, cm, cd;
    civil(day, &y, &cm, &cd);
    if (rel == 2 || (m == cm && rel == 0)) {
        add_month(d, y, m, d1, d2);
    } else if (rel == -1) {
        add_month(d, m < cm ? y : y - 1, m, d1, d2);
        add_month(d, y - 1, m, d1, d2);
    } else if (rel == 1) {
        add_month(d, m > cm ? y : y + 1, m, d1, d2);
    } else {
        add_month(d, m < cm ? y : y - 1, m, d1, d2); /* the last one, or the next */
        add_month(d, m < cm ? y + 1 : y, m, d1, d2);
    }
}

/* "this year", "last month" at word i: the period's sign (-1, 0, 1) and
 * kind ('y', 'm', 'w', 'd' for night, morning ...), or 0. */
static int period_at(const char *t, const lword_vec *v, size_t i, int *sign)
{
    if (i + 1 >= v->n || !IN(&v->v[i], "this", "last", "next"))
        return 0;
    *sign = IN(&v->v[i], "last") ? -1 : IN(&v->v[i], "next") ? 1 : 0;
    const lword *p = &v->v[i + 1];
    return IN(p, "year") ? 'y' : IN(p, "month") ? 'm' : IN(p, "week", "weekend") ? 'w'
         : IN(p, "night", "morning", "afternoon", "evening") ? 'd' : 0;
}

/* "2 November", "Nov. 2, 2014", "early February this year", "July 1982". */
static size_t month_date(const char *t, const lword_vec *v, size_t i, long day, ddate *d)
{
    int mid, part = 0, rel = 0, dd = 0, yy = 0, sign = 0;
    int m = month_of(t, v, i, &mid);
    if (!m)
        return 0;
    size_t a = i, b = i + 1;
    if (i > 0 && (dd = day_num(t, v, i - 1)))
        a--;
    a = month_prefix(t, v, a, &part, &rel);
    part = mid ? 2 : part;
    b += b < v->n && v->v[b].punct == '.';
    if (!dd && (dd = day_num(t, v, b)))
        b++;
    if (b + 1 < v->n && v->v[b].punct == ',' && year_num(t, v, b + 1))
        b++;
    if ((yy = year_num(t, v, b)))
        b++;
    if (!yy && period_at(t, v, b, &sign) == 'y') {
        d->as = v->v[b].start;
        d->ae = v->v[b + 1].end;
        b += 2;
    }
    if (v->v[b - 1].punct)
        b--;
    d->s = v->v[a].start;
    d->e = v->v[b - 1].end;
    d->month = 1;
    int d1 = dd ? dd : part == 0 ? 1 : part == 1 ? 1 : part == 2 ? 8 : 16;
    int d2 = dd ? dd : part == 0 ? 31 : part == 1 ? 15 : part == 2 ? 23 : 31;
    if (yy || (d->ae > d->as && day >= 0)) {
        int y, cm, cd;
        civil(day, &y, &cm, &cd);
        add_month(d, yy ? yy : y + sign, m, d1, d2);
        d->res = 1;
        d->as = d->ae = 0;
    } else if (d->ae > d->as) {
        d->res = 0; /* "early February this year" in an undated article */
    } else if (day >= 0) {
        month_years(d, day, rel, m, d1, d2);
        d->res = 1;
    } else if (rel == 0) {
        add_month(d, FLOAT_YEAR, m, d1, d2);
        d->res = 2;
    }
    return b;
}

/* "Friday", "last Monday": the nearest such day before (or on) the
 * article's day, or the next one. */
static size_t weekday_date(const char *t, const lword_vec *v, size_t i, long day, ddate *d)
{
    lword w = bare(t, &v->v[i]);
    int wd = 0, mid;
    if (!lex_cap(t, &w))
        return 0;
    while (weekdays[wd] && !lex_in(t, &w, (const char *const[]){weekdays[wd], NULL}))
        wd++;
    if (!weekdays[wd])
        return 0;
    size_t j = i + 1 + (i + 1 < v->n && v->v[i + 1].punct == ',');
    if (j < v->n && month_of(t, v, j, &mid))
        return i + 1; /* "Friday, Nov. 3": the month date says it */
    if (j < v->n && day_num(t, v, j) && j + 1 < v->n && month_of(t, v, j + 1, &mid))
        return i + 1;
    int rel = i > 0 && IN(&v->v[i - 1], "last") ? -1 : i > 0 && IN(&v->v[i - 1], "next") ? 1 : 0;
    d->s = v->v[i - (rel != 0)].start;
    d->e = w.end;
    if (day < 0)
        return i + 1;
    long k = ((day + 4) % 7 - wd + 7) % 7; /* 1970-01-01 was a Thursday */
    long past = day - (rel == -1 && k == 0 ? 7 : k), next = day + (k ? 7 - k : 7);
    d->res = 1;
    if (rel != 1) {
        d->lo[d->nc] = d->hi[d->nc] = past;
        d->nc++;
    }
    if (rel == 1 || (rel == 0 && k != 0)) {
        d->lo[d->nc] = d->hi[d->nc] = next;
        d->nc++;
    }
    return i + 1;
}

/* "today", "yesterday's", "last week", "earlier this year". */
static size_t relative_date(const char *t, const lword_vec *v, size_t i, long day, ddate *d)
{
    lword w = bare(t, &v->v[i]);
    int sign = 0, kind = 0, y, m, dd;
    size_t a = i, b = i + 1;
    if (IN(&w, "today", "tonight", "yesterday", "tomorrow")) {
        sign = IN(&w, "yesterday") ? -1 : IN(&w, "tomorrow") ? 1 : 0;
        kind = 't';
    } else if ((kind = period_at(t, v, i, &sign)) != 0) {
        b = i + 2;
        a -= i > 0 && IN(&v->v[i - 1], "earlier", "later");
    } else {
        return 0;
    }
    d->s = v->v[a].start;
    d->e = kind == 't' ? w.end : v->v[b - 1].end;
    if (day < 0) {
        if (kind == 'y' || kind == 'm' || kind == 'w') {
            d->as = v->v[i].start;
            d->ae = v->v[b - 1].end;
        }
        return b;
    }
    int early = a < i && IN(&v->v[a], "earlier"), late = a < i && IN(&v->v[a], "later");
    civil(day, &y, &m, &dd);
    long lo = day + sign, hi = day + sign;
    if (kind == 'd' && sign < 0 && IN(&v->v[i + 1], "night"))
        hi = day; /* "last night": written that night or the next day */
    else if (kind == 'w')
        lo = day + 7 * sign - 6, hi = day + 7 * sign + 6;
    else if (kind == 'm') {
        int mm = m + sign, yy = y + (mm > 12) - (mm < 1);
        mm = mm > 12 ? 1 : mm < 1 ? 12 : mm;
        lo = summ_days_from_civil(yy, mm, 1), hi = lo + mdays(yy, mm) - 1;
    } else if (kind == 'y')
        lo = summ_days_from_civil(y + sign, 1, 1), hi = summ_days_from_civil(y + sign, 12, 31);
    lo = late ? day : lo;
    hi = early ? day : hi;
    d->lo[0] = lo, d->hi[0] = hi, d->nc = 1, d->res = 1;
    return b;
}

size_t div_dates(const char *t, const lword_vec *v, long day, ddate *out, size_t cap)
{
    size_t n = 0;
    for (size_t i = 0; i < v->n && n < cap;) {
        ddate d;
        memset(&d, 0, sizeof d);
        size_t next = month_date(t, v, i, day, &d);
        if (!next)
            next = weekday_date(t, v, i, day, &d);
        if (!next)
            next = relative_date(t, v, i, day, &d);
        if (next && d.e > d.s)
            out[n++] = d;
        i = next > i ? next : i + 1;
    }
    return n;
}

/* A candidate of an absolute date moved into the floating year; 0 when it
 * spans two years. */
static int to_float(long lo, long hi, long *flo, long *fhi)
{
    int y1, m1, d1, y2, m2, d2;
    civil(lo, &y1, &m1, &d1);
    civil(hi, &y2, &m2, &d2);
    if (y1 != y2)
        return 0;
    *flo = summ_days_from_civil(FLOAT_YEAR, m1, d1);
    *fhi = summ_days_from_civil(FLOAT_YEAR, m2, d2);
    return 1;
}

int div_same_text(const char *tx, uint32_t xs, uint32_t xe, const char *ty, uint32_t ys, uint32_t ye)
{
    if (xe - xs != ye - ys)
        return 0;
    for (uint32_t k = 0; k < xe - xs; k++)
        if ((tx[xs + k] | 32) != (ty[ys + k] | 32))
            return 0;
    return 1;
}

int div_dates_differ(const char *tx, const ddate *x, const char *ty, const ddate *y)
{
    if (!x->res || !y->res) {
        /* Undated articles: "earlier this year" against "early February
         * this year" (the same period, one names the month). */
        return !x->res && !y->res && x->ae > x->as && y->ae > y->as && x->month != y->month &&
               div_same_text(tx, x->as, x->ae, ty, y->as, y->ae);
    }
    int fl = x->res == 2 || y->res == 2;
    for (int i = 0; i < x->nc; i++)
        for (int j = 0; j < y->nc; j++) {
            long a = x->lo[i], b = x->hi[i], c = y->lo[j], d = y->hi[j];
            if (fl && ((x->res == 1 && !to_float(a, b, &a, &b)) || (y->res == 1 && !to_float(c, d, &c, &d))))
                return 0;
            if (a <= d && c <= b)
                return 0;
        }
    return 1;
}
