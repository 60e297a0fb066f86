/* ROUGE-1.5.5's command-line flags, in its own spelling (getopts
 * 'ahHb:c:de:f:l:mMn:p:st:r:2:3:w:uUvxz:'), so a pasted command line works. */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "chorus.h"

static int num(chorus_ctx *ctx, char flag, const char *v, double *out)
{
    char *end;
    errno = 0;
    double d = v ? strtod(v, &end) : 0;
    if (!v || !*v || errno || *end || !isfinite(d))
        return chorus_error_set(ctx, CHORUS_EUSAGE, "eval: -%c needs a number", flag);
    *out = d;
    return 0;
}

#define BIG 1000000000L

static int integer(chorus_ctx *ctx, char flag, const char *v, long lo, long hi, long *out)
{
    double d = 0;
    int rc = num(ctx, flag, v, &d);
    if (rc < 0)
        return rc;
    if (d < (double)lo || d > (double)hi || d != (double)(long)d)
        return hi == BIG ? chorus_error_set(ctx, CHORUS_EUSAGE, "eval: -%c needs an integer from %ld to 10^9", flag, lo)
                         : chorus_error_set(ctx, CHORUS_EUSAGE, "eval: -%c needs an integer from %ld to %ld", flag, lo,
                                            hi);
    *out = (long)d;
    return 0;
}

/* Applies a flag that takes a value; a rejected value leaves *o as it was. */
static int with_value(chorus_ctx *ctx, chorus_eval_opts *o, char f, const char *v)
{
    chorus_eval_opts t = *o;
    long n = 0;
    int rc = 0;
    switch (f) {
    case 'n': rc = integer(ctx, f, v, 1, 4, &n); t.max_n = (int)n; break;
    case 'l': rc = integer(ctx, f, v, 0, BIG, &n); t.words = (size_t)n; break;
    case 'b': rc = integer(ctx, f, v, 0, BIG, &n); t.bytes = (size_t)n; break;
    case 'r': rc = integer(ctx, f, v, 1, BIG, &n); t.resamples = (int)n; break;
    case 't': rc = integer(ctx, f, v, 0, BIG, &n); t.counting = n == 1 || n == 2 ? (int)n : 0; break;
    case '2':
        rc = integer(ctx, f, v, -1000000, BIG, &n);
        t.skip = 1;
        t.skip_gap = n < 0 ? -1 : (int)n;
        t.skip_gap_text = v;
        break;
    case 'c': rc = num(ctx, f, v, &t.confidence); t.confidence_text = v; break;
    case 'p': rc = num(ctx, f, v, &t.alpha); break;
    case 'w':
        rc = num(ctx, f, v, &t.weight);
        t.weight_text = v;
        if (rc == 0 && t.weight <= 0)
            rc = chorus_error_set(ctx, CHORUS_EUSAGE, "eval: ROUGE-W weight factor (-w) must be greater than 0");
        break;
    case 'f':
        if (!v || (strcmp(v, "A") != 0 && strcmp(v, "B") != 0))
            return chorus_error_set(ctx, CHORUS_EUSAGE, "eval: -f must be A (model average) or B (best model)");
        t.formula = v[0];
        break;
    case 'e':
        if (!v || !*v) /* an unset variable: the data files would be looked for in "/" */
            return chorus_error_set(ctx, CHORUS_EUSAGE, "eval: -e needs a directory, not an empty value");
        t.datadir = v;
        break;
    default:
        return chorus_error_set(ctx, CHORUS_EUSAGE, "eval: -%c (%s) is not supported", f,
                                f == '3' ? "Basic Elements" : "file list input");
    }
    if (rc == 0)
        *o = t;
    return rc;
}

static int without_value(chorus_ctx *ctx, chorus_eval_opts *o, char f)
{
    switch (f) {
    case 'a': case 'v': break; /* all systems / verbose: nothing to do */
    case 'd': o->per_eval = 1; break;
    case 'm': o->stem = 1; break;
    case 's': o->stopwords = 1; break;
    case 'u': o->skip_unigrams = 1; break;
    case 'U': o->skip_both = 1; break;
    case 'x': o->no_lcs = 1; break;
    case 'M':
        return chorus_error_set(ctx, CHORUS_EUSAGE, "eval: -M (stem the models only) is not supported");
    default:
        return chorus_error_set(ctx, CHORUS_EUSAGE, "eval: unknown ROUGE flag -%c", f);
    }
    return 0;
}

int chorus_eval_parse_flag(chorus_ctx *ctx, chorus_eval_opts *o, int argc, char *const *argv, int *i)
{
    const char *a = argv[*i];
    if (a[0] != '-' || !a[1] || a[1] == '-' || !strchr("abcdeflmMnprstuUvwxz23", a[1]))
        return 0;
    for (const char *p = a + 1; *p; p++) {
        if (strchr("bceflnprtwz23", *p)) {
            const char *v = p[1] ? p + 1 : (*i + 1 < argc ? argv[++*i] : NULL);
            int rc = with_value(ctx, o, *p, v);
            if (rc < 0)
                return rc;
            break;
        }
        int rc = without_value(ctx, o, *p);
        if (rc < 0)
            return rc;
    }
    ++*i;
    return 1;
}
