/* Publication dates read into ISO 8601: the forms of web pages' metadata,
 * LDC corpora and JSON feeds (util/date.h). */
#include "util/date.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const months[] = {"January", "February", "March",     "April",   "May",      "June",
                                     "July",    "August",   "September", "October", "November", "December"};

const char *cdate_month_name(int m)
{
    return m >= 1 && m <= 12 ? months[m - 1] : NULL;
}

/* Month of a word that is a month name or its abbreviation ("Sept"). */
static int month_of(const char *w)
{
    size_t n = 0;
    while (isalpha((unsigned char)w[n]))
        n++;
    for (int i = 0; i < 12 && n >= 3; i++)
        if (n <= strlen(months[i]) && strncasecmp(w, months[i], n) == 0)
            return i + 1;
    return 0;
}

/* Number of digits at s (at most max + 1 are looked at). */
static size_t ndigits(const char *s, size_t max)
{
    size_t n = 0;
    while (n <= max && isdigit((unsigned char)s[n]))
        n++;
    return n;
}

/* "2019-11-19...", "2019/11/19", "2019.11.19" (the month and the day may
 * have one digit: "2019-1-5"). The characters are checked in order, so a
 * short value ("4/1") is never read past its end. */
static int iso_prefix(const char *s, int *y, int *mo, int *d)
{
    for (size_t i = 0; i < 4; i++)
        if (!isdigit((unsigned char)s[i]))
            return -1;
    if (s[4] != '-' && s[4] != '/' && s[4] != '.')
        return -1;
    size_t m = ndigits(s + 5, 2);
    if (m < 1 || m > 2 || s[5 + m] != s[4] || !isdigit((unsigned char)s[6 + m]))
        return -1;
    *y = atoi(s);
    *mo = atoi(s + 5);
    *d = s[6 + m] - '0';
    if (isdigit((unsigned char)s[7 + m]))
        *d = *d * 10 + (s[7 + m] - '0');
    return 0;
}

/* "19981016" (not followed by another digit). */
static int compact(const char *s, int *y, int *mo, int *d)
{
    if (ndigits(s, 8) != 8)
        return -1;
    *y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    *mo = (s[4] - '0') * 10 + (s[5] - '0');
    *d = (s[6] - '0') * 10 + (s[7] - '0');
    return 0;
}

/* "10/16/1998", "16/10/1998", "16.10.1998": month first unless the first
 * number cannot be a month. */
static int numeric_dmy(const char *s, int *y, int *mo, int *d)
{
    size_t a = ndigits(s, 2);
    if (a < 1 || a > 2 || (s[a] != '/' && s[a] != '.' && s[a] != '-'))
        return -1;
    char sep = s[a];
    size_t b = ndigits(s + a + 1, 2);
    if (b < 1 || b > 2 || s[a + 1 + b] != sep || ndigits(s + a + b + 2, 4) != 4)
        return -1;
    int first = atoi(s), second = atoi(s + a + 1);
    *y = atoi(s + a + b + 2);
    *mo = first > 12 ? second : first;
    *d = first > 12 ? first : second;
    return 0;
}

/* Words and numbers in any order: a month name, a day of one or two
 * digits, a four-digit year; times ("6:45") are skipped. */
static void spelled(const char *s, int *y, int *mo, int *d)
{
    *y = *mo = *d = 0;
    for (const char *p = s; *p;) {
        if (isdigit((unsigned char)*p)) {
            int v = atoi(p);
            size_t nd = strspn(p, "0123456789");
            int clock = p[nd] == ':' || (p > s && p[-1] == ':'); /* 6:45 is a time */
            if (clock)
                ;
            else if (nd == 4 && v >= 1900 && v < 2100 && !*y)
                *y = v;
            else if (nd <= 2 && v >= 1 && v <= 31 && !*d)
                *d = v;
            p += nd;
        } else if (isalpha((unsigned char)*p)) {
            if (!*mo)
                *mo = month_of(p);
            while (isalpha((unsigned char)*p))
                p++;
        } else {
            p++;
        }
    }
}

static int days_in_month(int y, int mo)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return days[mo - 1] + (mo == 2 && leap);
}

int cdate_valid(int y, int mo, int d)
{
    if (y < 1800 || y > 2999 || mo < 0 || mo > 12 || d < 0 || (mo == 0 && d != 0))
        return 0;
    return mo == 0 || d <= days_in_month(y, mo);
}

int cdate_iso(const char *s, int *y, int *mo, int *d)
{
    int yy = 0, m = 0, dd = 0;
    for (int i = 0; i < 4; i++) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        yy = yy * 10 + (s[i] - '0');
    }
    if (s[4] && s[4] != '-')
        return 0; /* five digits, "1999/1/5" or "1999 spring": not this form */
    /* a month and a day of one digit too ("1999-1-5"): that was the year alone */
    size_t nm = s[4] ? ndigits(s + 5, 2) : 0, nd = 0;
    if (nm == 1 || nm == 2) {
        m = atoi(s + 5);
        nd = s[5 + nm] == '-' ? ndigits(s + 6 + nm, 2) : 0;
    }
    if (nd == 1 || nd == 2)
        dd = atoi(s + 6 + nm);
    if (!cdate_valid(yy, m, dd))
        return 0;
    *y = yy, *mo = m, *d = dd;
    return 1;
}

int cdate_norm(const char *s, char out[11])
{
    int y = 0, mo = 0, d = 0;
    while (*s && isspace((unsigned char)*s))
        s++;
    if (iso_prefix(s, &y, &mo, &d) < 0 && compact(s, &y, &mo, &d) < 0 && numeric_dmy(s, &y, &mo, &d) < 0)
        spelled(s, &y, &mo, &d);
    if (y < 1900 || y >= 2100 || mo < 1 || mo > 12 || d < 1 || d > 31 || !cdate_valid(y, mo, d))
        return -1;
    snprintf(out, 11, "%04d-%02d-%02d", y, mo, d);
    return 0;
}
