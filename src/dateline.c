/* The summary's date line: when the story's articles appeared, from their
 * publication dates ("September 1988", "September–October 1988",
 * "1986–1991"). Extracted news sentences date events relative to the day
 * they were written ("on Sunday", "today"); the date line gives the reader
 * the absolute time that human summaries state and extracts lack (years
 * and months are the reference words our DUC summaries missed most;
 * docs/quality.md). */
#include <stdio.h>
#include <string.h>

#include "summarize.h"
#include "util/date.h"

typedef struct ymd {
    int y, m, d; /* m, d: 0 when not given */
} ymd;

/* A plausible publication date: see cdate_iso. */
static int parse_date(const char *s, ymd *out)
{
    return cdate_iso(s, &out->y, &out->m, &out->d);
}

long summ_days_from_civil(int y, int m, int d)
{
    y -= m <= 2; /* H. Hinnant's days_from_civil */
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

long summ_day_of(const char *date)
{
    int y, mo, d;
    if (!date || !cdate_iso(date, &y, &mo, &d) || mo == 0 || d == 0)
        return -1;
    return summ_days_from_civil(y, mo, d);
}

/* Days since 1970-01-01, a missing month or day read as the first. */
static long day_number(ymd t) { return summ_days_from_civil(t.y, t.m ? t.m : 1, t.d ? t.d : 1); }

static int before(ymd a, ymd b)
{
    return a.y != b.y ? a.y < b.y : a.m != b.m ? a.m < b.m : a.d < b.d;
}

/* Earliest and latest dated article; 0 when none has a date. */
static int date_range(const chorus_story *st, ymd *lo, ymd *hi)
{
    int any = 0;
    for (size_t i = 0; i < chorus_story_ndocs(st); i++) {
        const chorus_doc *d = chorus_story_doc(st, i);
        ymd t;
        if (!d || !d->date || !parse_date(d->date, &t))
            continue;
        if (!any || before(t, *lo))
            *lo = t;
        if (!any || before(*hi, t))
            *hi = t;
        any = 1;
    }
    return any;
}

size_t summ_dateline(const chorus_story *st, char *buf, size_t cap)
{
    ymd lo = {0, 0, 0}, hi = {0, 0, 0};
    int n;
    if (cap == 0 || !date_range(st, &lo, &hi))
        return 0;
    /* Months when both ends know theirs and the articles span at most about
     * two months; years otherwise. */
    int months = lo.m && hi.m && day_number(hi) - day_number(lo) <= 62;
    if (months && lo.y == hi.y && lo.m == hi.m)
        n = snprintf(buf, cap, "%s %d", cdate_month_name(lo.m), lo.y);
    else if (months && lo.y == hi.y)
        n = snprintf(buf, cap, "%s\xe2\x80\x93%s %d", cdate_month_name(lo.m), cdate_month_name(hi.m), lo.y);
    else if (months)
        n = snprintf(buf, cap, "%s %d\xe2\x80\x93%s %d", cdate_month_name(lo.m), lo.y, cdate_month_name(hi.m), hi.y);
    else if (lo.y == hi.y)
        n = snprintf(buf, cap, "%d", lo.y);
    else
        n = snprintf(buf, cap, "%d\xe2\x80\x93%d", lo.y, hi.y);
    return n > 0 && (size_t)n < cap ? (size_t)n : 0;
}
