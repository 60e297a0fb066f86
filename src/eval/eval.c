/* chorus_eval: ROUGE-1.5.5-compatible evaluation sets (public API). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "eval/eval.h"
#include "eval/rouge.h"

static void add_metric(chorus_eval *ev, rouge_kind kind, int n, const char *prefix, const char *arg)
{
    rouge_metric *m = &ev->metrics[ev->nm++];
    m->kind = kind;
    m->n = n;
    size_t a = strlen(prefix), b = strlen(arg);
    if (a + b >= sizeof m->name)
        b = sizeof m->name - 1 - a;
    memcpy(m->name, prefix, a);
    memcpy(m->name + a, arg, b);
    m->name[a + b] = '\0';
}

/* Writes a number as the script prints it: as the user typed it, when the
 * text is given and spells the same number (Perl prints the string it was
 * given), else with %g, or whole for an integer (a gap of 1000000, not
 * 1e+06). */
static void spell(char *b, size_t n, const char *typed, double v, int integer)
{
    char *end = NULL;
    if (typed && strlen(typed) < n && strtod(typed, &end) == v && end && !*end)
        snprintf(b, n, "%s", typed);
    else
        snprintf(b, n, integer ? "%.0f" : "%g", v);
}

/* The measures in the script's order, named as it names them. */
static void build_metrics(chorus_eval *ev)
{
    const chorus_eval_opts *o = &ev->o;
    char b[24];
    for (int n = 1; n <= o->max_n; n++) {
        snprintf(b, sizeof b, "%d", n);
        add_metric(ev, RM_N, n, "ROUGE-", b);
    }
    if (!o->no_lcs)
        add_metric(ev, RM_L, 0, "ROUGE-L", "");
    if (o->weight > 0) {
        spell(b, sizeof b, o->weight_text, o->weight, 0);
        add_metric(ev, RM_W, 0, "ROUGE-W-", b);
    }
    if (!o->skip)
        return;
    if (o->skip_gap >= 0)
        spell(b, sizeof b, o->skip_gap_text, o->skip_gap, 1);
    else
        strcpy(b, "*");
    if (o->skip_unigrams) {
        add_metric(ev, RM_S, 1, "ROUGE-SU", b);
        return;
    }
    add_metric(ev, RM_S, 0, "ROUGE-S", b);
    if (o->skip_both)
        add_metric(ev, RM_S, 1, "ROUGE-SU", b);
}

static int check_opts(chorus_ctx *ctx, const chorus_eval_opts *o)
{
    if (o->max_n < 0 || o->max_n > 4)
        return chorus_error_set(ctx, CHORUS_EUSAGE, "eval: -n must be between 0 and 4");
    if (o->words && o->bytes)
        return chorus_error_set(ctx, CHORUS_EUSAGE,
                                "eval: specify the length limit in words (-l) or bytes (-b), not both");
    if (!(o->alpha >= 0 && o->alpha <= 1))
        return chorus_error_set(ctx, CHORUS_EUSAGE, "eval: -p (alpha) must be between 0 and 1");
    if (!(o->confidence >= 0 && o->confidence <= 100))
        return chorus_error_set(ctx, CHORUS_EUSAGE, "eval: -c must be between 0 and 100");
    if (o->resamples < 1)
        return chorus_error_set(ctx, CHORUS_EUSAGE, "eval: -r must be at least 1");
    if (!(o->weight >= 0 && isfinite(o->weight)))
        return chorus_error_set(ctx, CHORUS_EUSAGE, "eval: the ROUGE-W weight (-w) must be greater than 0");
    if (o->formula != 'A' && o->formula != 'B')
        return chorus_error_set(ctx, CHORUS_EUSAGE, "eval: -f must be A or B");
    if (o->counting < 0 || o->counting > 2)
        return chorus_error_set(ctx, CHORUS_EUSAGE, "eval: -t must be 0, 1 or 2");
    if ((o->skip_unigrams || o->skip_both) && !o->skip)
        return chorus_error_set(ctx, CHORUS_EUSAGE, "eval: -u and -U need -2");
    if (o->max_n == 0 && o->no_lcs && o->weight == 0 && !o->skip) /* the script prints nothing */
        return chorus_error_set(ctx, CHORUS_EUSAGE, "eval: no measure asked for: add -n N, -w W or -2 G, or drop -x");
    return 0;
}

int chorus_eval_new(chorus_ctx *ctx, const chorus_eval_opts *opts, chorus_eval **out)
{
    chorus_eval_opts def = CHORUS_EVAL_OPTS_INIT;
    *out = NULL;
    if (!opts)
        opts = &def;
    int rc = check_opts(ctx, opts);
    if (rc < 0)
        return rc;
    chorus_eval *ev = calloc(1, sizeof(*ev));
    if (!ev)
        return chorus_error_nomem(ctx);
    ev->o = *opts;
    ev->system = strdup(opts->system ? opts->system : "X");
    ev->sc = rouge_scorer_new();
    rc = ev->system && ev->sc ? 0 : chorus_error_nomem(ctx);
    if (rc == 0)
        rc = rouge_lex_new(ctx, opts->datadir, opts->stem, opts->stopwords, &ev->lx);
    ev->o.system = ev->system;
    ev->o.datadir = NULL;
    if (rc < 0) {
        chorus_eval_free(ev);
        return rc;
    }
    build_metrics(ev);
    spell(ev->confidence, sizeof ev->confidence, opts->confidence_text, opts->confidence, 0);
    ev->o.weight_text = ev->o.confidence_text = ev->o.skip_gap_text = NULL; /* borrowed until now only */
    *out = ev;
    return 0;
}

void chorus_eval_free(chorus_eval *ev)
{
    if (!ev)
        return;
    for (size_t i = 0; i < ev->ids.n; i++)
        free(ev->ids.v[i]);
    VEC_FREE(&ev->ids);
    VEC_FREE(&ev->vals);
    free(ev->avg);
    free(ev->order);
    rouge_lex_free(ev->lx);
    rouge_scorer_free(ev->sc);
    free(ev->system);
    free(ev);
}

static int build_texts(chorus_eval *ev, const chorus_eval_text *peer, const chorus_eval_text *models,
                       size_t nmodels, rouge_text *t)
{
    size_t w = ev->o.words, b = ev->o.bytes;
    if (rouge_text_build(ev->lx, peer->sents, peer->n, w, b, &t[0]) < 0)
        return -1;
    for (size_t i = 0; i < nmodels; i++)
        if (rouge_text_build(ev->lx, models[i].sents, models[i].n, w, b, &t[i + 1]) < 0)
            return -1;
    return 0;
}

/* Stores the per-evaluation triple: rounded R/P/F, or with -t 1/2 the
 * model count, peer count and hits, as the script keeps them. */
static int score_all(chorus_eval *ev, const rouge_text *t, size_t nmodels)
{
    for (size_t k = 0; k < ev->nm; k++) {
        rouge_counts c;
        double v[3];
        if (rouge_score(ev->sc, &ev->metrics[k], &t[0], &t[1], nmodels, ev->o.formula, ev->o.skip_gap,
                        ev->o.weight, ev->o.alpha, &c, v) < 0)
            return -1;
        if (ev->o.counting) {
            v[0] = c.model;
            v[1] = c.peer;
            v[2] = c.hit;
        }
        for (int j = 0; j < 3; j++)
            if (VEC_PUSH(&ev->vals, v[j]) < 0)
                return -1;
    }
    return 0;
}

int chorus_eval_add(chorus_eval *ev, chorus_ctx *ctx, const char *id, const chorus_eval_text *peer,
                    const chorus_eval_text *models, size_t nmodels)
{
    if (nmodels == 0)
        return chorus_error_set(ctx, CHORUS_EINPUT, "evaluation '%s' has no reference", id ? id : "");
    rouge_text *t = calloc(nmodels + 1, sizeof(rouge_text));
    char *copy = strdup(id ? id : "");
    int rc = t && copy ? build_texts(ev, peer, models, nmodels, t) : -1;
    if (rc == 0)
        rc = score_all(ev, t, nmodels);
    if (rc == 0)
        rc = VEC_PUSH(&ev->ids, copy);
    if (t)
        for (size_t i = 0; i <= nmodels; i++)
            rouge_text_free(&t[i]);
    free(t);
    if (rc < 0) {
        free(copy);
        return chorus_error_nomem(ctx);
    }
    ev->ran = 0;
    return 0;
}

void eval_drop_from(chorus_eval *ev, size_t n)
{
    for (size_t i = n; i < ev->ids.n; i++)
        free(ev->ids.v[i]);
    if (n < ev->ids.n) {
        ev->ids.n = n;
        ev->vals.n = n * ev->nm * 3;
        ev->ran = 0;
    }
}

size_t chorus_eval_nmetrics(const chorus_eval *ev) { return ev->nm; }

const char *chorus_eval_metric(const chorus_eval *ev, size_t k) { return k < ev->nm ? ev->metrics[k].name : NULL; }

size_t chorus_eval_count(const chorus_eval *ev) { return ev->ids.n; }

const char *chorus_eval_id(const chorus_eval *ev, size_t i)
{
    if (i >= ev->ids.n)
        return NULL;
    return ev->ids.v[ev->order && ev->ran ? ev->order[i] : i];
}

int chorus_eval_get(const chorus_eval *ev, size_t i, size_t k, chorus_eval_score *out)
{
    if (i >= ev->ids.n || k >= ev->nm)
        return CHORUS_EUSAGE;
    size_t e = ev->order && ev->ran ? ev->order[i] : i;
    const double *v = &ev->vals.v[(e * ev->nm + k) * 3];
    memset(out, 0, sizeof(*out));
    out->r = v[0];
    out->p = v[1];
    out->f = v[2];
    return 0;
}

int chorus_eval_average(const chorus_eval *ev, size_t k, chorus_eval_score *out)
{
    if (!ev->ran || k >= ev->nm)
        return CHORUS_EUSAGE;
    *out = ev->avg[k];
    return 0;
}
