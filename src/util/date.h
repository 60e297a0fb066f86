/* Publication dates as people, feeds and corpora write them, read into
 * ISO 8601 ("YYYY-MM-DD"). */
#ifndef CHORUS_UTIL_DATE_H
#define CHORUS_UTIL_DATE_H

/* Reads the date at the start of s (a time or zone after it is ignored):
 *   "2019-11-19T13:03:00Z", "2019/11/5", "2019.11.19";
 *   "19981016" (eight digits, as in LDC ids);
 *   "10/16/1998 07:36:00" (month first, as TDT's DATE_TIME and US feeds
 *   write it; day first when the first number exceeds 12: "16/10/1998",
 *   "16.10.1998");
 *   "Nov. 19, 2019", "19 November 2019", "Tuesday, November 19, 2019",
 *   "Mon, 18 Nov 2019 16:07:38 -0600" (RFC 2822).
 * Writes the date to out and returns 0, or returns -1 when s holds no full
 * date (a year or a month alone is not one) or an implausible one (years
 * 1900-2099). */
int cdate_norm(const char *s, char out[11]);

/* 1 when year y, month mo (0: not given) and day d (0: not given) make a
 * date that exists (1800-2999; February 29 only in leap years). */
int cdate_valid(int y, int mo, int d);

/* Reads "YYYY", "YYYY-MM" or "YYYY-MM-DD" at the start of s (the month
 * and the day may have one digit, "1999-1-5"; after the year comes "-" or
 * nothing, after the month or day anything: a time, a zone). 1 when that
 * is a date that exists, with *mo and *d 0 when not given; 0 otherwise
 * ("2026-13-45", "1998-02-30", a year outside 1800-2999, "1999/1/5"). */
int cdate_iso(const char *s, int *y, int *mo, int *d);

/* The English name of month m ("January" for 1), or NULL outside 1-12.
 * Static storage. */
const char *cdate_month_name(int m);

#endif
