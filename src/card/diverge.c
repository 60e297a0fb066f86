/* Divergences: content aligned across articles that they report
 * differently (numbers, dates, places, negation, hedging). Attribution
 * divergences come from quotes.c. */
#include <stdlib.h>
#include <string.h>

#include "card/card.h"
#include "card/lex.h"

static const char *const months[] = {"january", "february", "march", "april", "may", "june",
                                     "july", "august", "september", "october", "november",
                                     "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                                     "sep", "sept", "oct", "nov", "dec", NULL};
static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                   "saturday", "sunday", "yesterday", "today", "tonight",
                                   "tomorrow", NULL};
static const char *const rel_time[] = {"this", "last", "next", "earlier", "later", "early",
                                       "late", "mid", NULL};
static const char *const periods[] = {"week", "month", "year", "weekend", "morning",
                                      "afternoon", "evening", "night", "spring", "summer",
                                      "autumn", "fall", "winter", NULL};
static const char *const place_rel[] = {"near", "in", "outside", "at", "north", "south", "east",
                                        "west", "northwest", "northeast", "southwest",
                                        "southeast", "inside", NULL};
static const char *const negations[] = {"not", "no", "never", "n't", "denied", "denies",
                                        "deny", "neither", "nor", "without", NULL};
static const char *const hedges[] = {"reportedly", "allegedly", "apparently", "purportedly",
                                     "possibly", "may", "might", "could", "unconfirmed",
                                     "rumoured", "rumored", "suspected", "presumably", NULL};

typedef struct feat {
    uint32_t s, e; /* span in the article, s == e when absent */
} feat;

/* Counts written as words; "one" is left out ("one of them"). */
static const char *const number_words[] = {"two", "three", "four", "five", "six", "seven",
                                           "eight", "nine", "ten", "eleven", "twelve",
                                           "twenty", "thirty", "forty", "fifty", "hundred",
                                           "dozen", NULL};
static const int number_values[] = {2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 20, 30, 40, 50, 100, 12};

static int is_num(const char *t, const lword *w)
{
    return !w->punct && t[w->start] >= '0' && t[w->start] <= '9';
}

/* Value of a count written in digits ("1,200") or as a word ("three"); -1
 * when the word is not a count. */
static long count_value(const char *t, const lword *w)
{
    if (is_num(t, w)) {
        long v = 0;
        for (uint32_t i = w->start; i < w->end && v < 100000000; i++)
            if (t[i] >= '0' && t[i] <= '9')
                v = v * 10 + (t[i] - '0');
            else if (t[i] != ',')
                return -1; /* "3.5", "6:15": not a plain count */
        return v;
    }
    for (size_t i = 0; number_words[i]; i++)
        if (lex_in(t, w, (const char *const[]){number_words[i], NULL}))
            return number_values[i];
    return -1;
}

/* A date or time expression: "2 November", "November 2, 2014",
 * "earlier this year", "early February this year", "last week", "Monday". */
static feat find_date(const char *t, const lword_vec *v)
{
    feat f = {0, 0};
    for (size_t i = 0; i < v->n; i++) {
        size_t a = i, b = i;
        if (lex_in(t, &v->v[i], months) && lex_cap(t, &v->v[i])) {
            if (a > 0 && is_num(t, &v->v[a - 1]))
                a--;
            while (a > 0 && lex_in(t, &v->v[a - 1], rel_time))
                a--;
            b = i + 1;
            if (b < v->n && is_num(t, &v->v[b]))
                b++;
            if (b + 1 < v->n && lex_in(t, &v->v[b], rel_time) && lex_in(t, &v->v[b + 1], periods))
                b += 2;
        } else if (lex_in(t, &v->v[i], days)) {
            b = i + 1;
        } else if (lex_in(t, &v->v[i], rel_time) && i + 1 < v->n &&
                   lex_in(t, &v->v[i + 1], periods)) {
            if (a > 0 && lex_in(t, &v->v[a - 1], rel_time))
                a--;
            b = i + 2;
        }
        if (b > a) {
            f.s = v->v[a].start;
            f.e = v->v[b - 1].end;
            return f;
        }
    }
    return f;
}

/* A place relation: "near Aleppo", "west of Aleppo", "in Atareb". The
 * place name's byte range goes to *name. */
static feat find_place(const char *t, const lword_vec *v, size_t from, feat *name)
{
    feat f = {0, 0};
    for (size_t i = from; i + 1 < v->n; i++) {
        if (!lex_in(t, &v->v[i], place_rel))
            continue;
        size_t j = i + 1;
        if (lex_in(t, &v->v[j], (const char *const[]){"of", NULL}))
            j++;
        if (j >= v->n || !lex_cap(t, &v->v[j]) || lex_in(t, &v->v[j], months) ||
            lex_in(t, &v->v[j], days))
            continue;
        size_t k = j + 1;
        while (k < v->n && lex_cap(t, &v->v[k]))
            k++;
        f.s = v->v[i].start;
        f.e = v->v[k - 1].end;
        name->s = v->v[j].start;
        name->e = v->v[k - 1].end;
        return f;
    }
    return f;
}

static feat find_word(const char *t, const lword_vec *v, const char *const *list)
{
    feat f = {0, 0};
    for (size_t i = 0; i < v->n; i++)
        if (lex_in(t, &v->v[i], list) && !(list == hedges && lex_cap(t, &v->v[i]))) {
            f.s = v->v[i].start;
            f.e = v->v[i].end;
            return f;
        }
    return f;
}

static int span_eq_ci(const char *x, size_t nx, const char *y, size_t ny)
{
    if (nx != ny)
        return 0;
    for (size_t i = 0; i < nx; i++)
        if ((x[i] | 32) != (y[i] | 32))
            return 0;
    return 1;
}

/* Per supporting article of a fact: the sentence that reports it, lexed. */
typedef struct region {
    const char *t;
    uint32_t s, e; /* the clause or sentence compared */
    lword_vec w;
} region;

typedef feat (*feat_fn)(const char *t, const lword_vec *v);

#define LEAD_SENTENCES 3

/* A strong hedge ("reportedly", "allegedly", "if confirmed") in v. */
static feat strong_hedge(const char *t, const lword_vec *v)
{
    static const char *const strong[] = {"reportedly", "allegedly", "apparently", "purportedly",
                                         "unconfirmed", "rumoured", "rumored", NULL};
    static const char *const cond[] = {"confirmed", "true", NULL};
    feat f = {0, 0};
    for (size_t i = 0; i < v->n; i++) {
        int two = i + 1 < v->n && lex_in(t, &v->v[i], (const char *const[]){"if", NULL}) &&
                  lex_in(t, &v->v[i + 1], cond);
        if (two || lex_in(t, &v->v[i], strong)) {
            f.s = v->v[i].start;
            f.e = v->v[i + two].end;
            return f;
        }
    }
    return f;
}

static feat f_date(const char *t, const lword_vec *v) { return find_date(t, v); }
static feat f_neg(const char *t, const lword_vec *v) { return find_word(t, v, negations); }
static feat f_hedge(const char *t, const lword_vec *v)
{
    feat f = strong_hedge(t, v);
    return f.e > f.s ? f : find_word(t, v, hedges);
}

static int same_div(const chorus_card *c, const card_div *a, const char *kind, const char **spans)
{
    if (strcmp(a->kind, kind) != 0)
        return 0;
    for (size_t d = 0; d < c->ndocs; d++)
        if ((a->spans[d] == NULL) != (spans[d] == NULL) ||
            (spans[d] && strcmp(a->spans[d], spans[d]) != 0))
            return 0;
    return 1;
}

static int push_div(chorus_card *c, const char *kind, const char *what, const char **spans)
{
    for (size_t i = 0; i < c->divs.n; i++)
        if (same_div(c, &c->divs.v[i], kind, spans))
            return 0;
    card_div dv = {kind, what, spans};
    return VEC_PUSH(&c->divs, dv);
}

/* Dates or other features present in several articles that differ. With
 * plain != 0 the feature is a marker (negation, hedge): articles without it
 * count as differing and show their sentence. */
static const char *const attribution[] = {"said", "says", "reported", "reports", "told",
                                          "citing", "according", "say", NULL};

static int has_word(const char *t, const lword_vec *v, const char *const *list)
{
    for (size_t i = 0; i < v->n; i++)
        if (lex_in(t, &v->v[i], list))
            return 1;
    return 0;
}

static feat f_number(const char *t, const lword_vec *v);

/* Two spans of a feature say the same: equal ignoring case, or for counts
 * the same value of the same thing ("three passengers", "3 passengers"). */
static int same_feature(feat_fn fn, const char *x, size_t nx, const char *y, size_t ny)
{
    if (span_eq_ci(x, nx, y, ny))
        return 1;
    if (fn != f_number)
        return 0;
    lword_vec a = {0}, b = {0};
    int same = 0;
    if (lex_range(x, 0, nx, &a) == 0 && lex_range(y, 0, ny, &b) == 0 && a.n >= 2 && b.n >= 2) {
        const lword *ua = &a.v[a.n - 1], *ub = &b.v[b.n - 1];
        same = count_value(x, &a.v[0]) == count_value(y, &b.v[0]) &&
               span_eq_ci(x + ua->start, ua->end - ua->start, y + ub->start, ub->end - ub->start);
    }
    VEC_FREE(&a);
    VEC_FREE(&b);
    return same;
}

static int feature_div(chorus_card *c, const card_item *f, region *r, const char *kind, feat_fn fn,
                       int plain)
{
    const char **spans = carena_alloc(c->arena, c->ndocs * sizeof(char *));
    size_t with = 0, without = 0, differ = 0;
    const char *first = NULL;
    size_t firstn = 0;
    if (!spans)
        return -1;
    for (size_t d = 0; d < c->ndocs; d++) {
        if (!f->support[d] || !r[d].t)
            continue;
        feat x = fn(r[d].t, &r[d].w);
        if (x.e == x.s) {
            /* An attributed statement ("X said") is neither hedged nor plain. */
            if (plain && fn == f_hedge && has_word(r[d].t, &r[d].w, attribution))
                continue;
            without++;
            if (plain && !(spans[d] = card_span(c, r[d].t + r[d].s, r[d].e - r[d].s)))
                return -1;
            continue;
        }
        with++;
        if (first && !same_feature(fn, first, firstn, r[d].t + x.s, x.e - x.s))
            differ = 1;
        if (!first) {
            first = r[d].t + x.s;
            firstn = x.e - x.s;
        }
        if (!(spans[d] = card_span(c, r[d].t + x.s, x.e - x.s)))
            return -1;
    }
    int hit = plain ? with && without : with >= 2 && differ;
    return hit ? push_div(c, kind, f->text, spans) : 0;
}

/* Same place name given with different relations ("near X", "west of X"). */
static int place_div(chorus_card *c, const card_item *f, region *r)
{
    const char **spans = carena_alloc(c->arena, c->ndocs * sizeof(char *));
    feat nm0 = {0, 0}, rel0 = {0, 0};
    const char *t0 = NULL;
    size_t n = 0, differ = 0;
    if (!spans)
        return -1;
    for (size_t d = 0; d < c->ndocs; d++) {
        if (!f->support[d] || !r[d].t)
            continue;
        feat nm, rel = find_place(r[d].t, &r[d].w, 0, &nm);
        if (rel.e == rel.s)
            continue;
        if (t0 && !span_eq_ci(t0 + nm0.s, nm0.e - nm0.s, r[d].t + nm.s, nm.e - nm.s))
            continue;
        if (!t0) {
            t0 = r[d].t;
            nm0 = nm;
            rel0 = rel;
        } else if (!span_eq_ci(t0 + rel0.s, rel0.e - rel0.s, r[d].t + rel.s, rel.e - rel.s)) {
            differ = 1;
        }
        n++;
        if (!(spans[d] = card_span(c, r[d].t + rel.s, rel.e - rel.s)))
            return -1;
    }
    return n >= 2 && differ ? push_div(c, "place", f->text, spans) : 0;
}

/* The same counted thing with different numbers ("12 people", "15 people"). */
static feat f_number(const char *t, const lword_vec *v)
{
    feat f = {0, 0};
    for (size_t i = 0; i + 1 < v->n; i++)
        if (count_value(t, &v->v[i]) >= 0 && !v->v[i + 1].punct && !lex_in(t, &v->v[i + 1], months) &&
            !(v->v[i].end - v->v[i].start == 4 && (t[v->v[i].start] == '1' || t[v->v[i].start] == '2'))) {
            f.s = v->v[i].start;
            f.e = v->v[i + 1].end;
            return f;
        }
    return f;
}

static int number_div(chorus_card *c, const card_item *f, region *r)
{
    /* Only numbers counting the same word are compared. */
    const char *unit = NULL;
    size_t unitn = 0;
    for (size_t d = 0; d < c->ndocs; d++) {
        if (!f->support[d] || !r[d].t)
            continue;
        feat x = f_number(r[d].t, &r[d].w);
        if (x.e == x.s)
            continue;
        const char *u = r[d].t + x.s;
        while (*u && *u != ' ' && u < r[d].t + x.e)
            u++;
        u += *u == ' ';
        if (unit && !span_eq_ci(unit, unitn, u, (size_t)(r[d].t + x.e - u)))
            return 0;
        unit = u;
        unitn = (size_t)(r[d].t + x.e - u);
    }
    return unit ? feature_div(c, f, r, "number", f_number, 0) : 0;
}

/* Lexes the compared text of each supporting article: whole sentences
 * (clause == 0) or the clause that best matches the fact (clause == 1). */
static int set_regions(card_build *b, const card_item *f, region *r, int clause)
{
    chorus_card *c = b->card;
    size_t nd = c->ndocs;
    for (size_t d = 0; d < nd; d++) {
        r[d].t = NULL;
        r[d].w.n = 0;
        uint32_t s = d == f->doc ? b->al->units[f->unit].sent : b->ubest[f->unit * nd + d];
        if (!f->support[d] || s == UINT32_MAX)
            continue;
        r[d].t = card_doc(c, d)->text;
        r[d].s = b->m->sents[s].start;
        r[d].e = b->m->sents[s].end;
        if (clause && d == f->doc) {
            r[d].s = b->al->units[f->unit].start;
            r[d].e = b->al->units[f->unit].end;
        } else if (clause) {
            double bw = 0;
            for (uint32_t v = b->al->sent_unit[s]; v < b->al->sent_unit[s + 1]; v++) {
                double w = align_unit_shared(b->al, f->unit, v);
                if (w > bw) {
                    bw = w;
                    r[d].s = b->al->units[v].start;
                    r[d].e = b->al->units[v].end;
                }
            }
        }
        if (lex_range(r[d].t, r[d].s, r[d].e, &r[d].w) < 0)
            return -1;
    }
    return 0;
}

static int fact_divergences(card_build *b, const card_item *f, region *r)
{
    chorus_card *c = b->card;
    int rc = set_regions(b, f, r, 0);
    if (rc == 0)
        rc = place_div(c, f, r);
    if (rc == 0)
        rc = feature_div(c, f, r, "date", f_date, 0);
    if (rc == 0)
        rc = set_regions(b, f, r, 1);
    if (rc == 0)
        rc = number_div(c, f, r);
    if (rc == 0)
        rc = feature_div(c, f, r, "negation", f_neg, 1);
    if (rc == 0)
        rc = feature_div(c, f, r, "hedging", f_hedge, 1);
    return rc;
}

/* The sentence among article d's first ones with a clause that the lead
 * claim's sentence reports (its own statement of the claim), else the
 * evidence sentence. */
static const char *plain_statement(card_build *b, const card_item *it, size_t d)
{
    size_t nd = b->m->ndocs;
    uint32_t lead = b->m->doc_first[it->doc];
    while (lead + 1 < b->m->doc_first[it->doc + 1] && b->m->sents[lead].end <= it->start)
        lead++;
    for (uint32_t s = b->m->doc_first[d]; s < b->m->doc_first[d + 1] &&
                                          s < b->m->doc_first[d] + LEAD_SENTENCES; s++)
        for (uint32_t v = b->al->sent_unit[s]; v < b->al->sent_unit[s + 1]; v++)
            if (b->ubest[v * nd + it->doc] == lead) {
                size_t len;
                const char *t = chorus_model_sent_text(b->m, s, &len);
                return card_span(b->card, t, len);
            }
    return it->evidence[d];
}

/* How certain each article is about the story's lead claim (the first
 * summary sentence): a strong hedge in the article's sentence reporting it
 * or in its first sentences, against articles that state it plainly. */
static int lead_certainty(card_build *b)
{
    chorus_card *c = b->card;
    if (c->summary.n == 0 || c->summary.v[0].nsupport < 2)
        return 0;
    const card_item *it = &c->summary.v[0];
    const char **spans = carena_alloc(c->arena, c->ndocs * sizeof(char *));
    lword_vec v = {0};
    size_t hedged = 0, plain = 0;
    if (!spans)
        return -1;
    for (size_t d = 0; d < c->ndocs; d++) {
        if (!it->support[d])
            continue;
        const char *t = it->evidence[d];
        feat x = {0, 0};
        v.n = 0;
        if (lex_range(t, 0, strlen(t), &v) == 0)
            x = strong_hedge(t, &v);
        for (uint32_t s = b->m->doc_first[d]; x.e == x.s && s < b->m->doc_first[d + 1] &&
                                              s < b->m->doc_first[d] + LEAD_SENTENCES; s++) {
            t = card_doc(c, d)->text;
            v.n = 0;
            if (lex_range(t, b->m->sents[s].start, b->m->sents[s].end, &v) == 0)
                x = strong_hedge(t, &v);
        }
        spans[d] = x.e > x.s ? card_span(c, t + x.s, x.e - x.s) : plain_statement(b, it, d);
        if (!spans[d]) {
            VEC_FREE(&v);
            return -1;
        }
        hedged += x.e > x.s;
        plain += x.e == x.s;
    }
    VEC_FREE(&v);
    return hedged && plain ? push_div(c, "hedging", it->text, spans) : 0;
}

int card_divergences(card_build *b)
{
    if (lead_certainty(b) < 0)
        return -1;
    chorus_card *c = b->card;
    region *r = calloc(c->ndocs + 1, sizeof *r);
    int rc = r ? 0 : -1;
    for (size_t i = 0; i < c->facts.n && rc == 0; i++) {
        const card_item *f = &c->facts.v[i];
        if (f->nsupport >= 2 && f->unit != UINT32_MAX)
            rc = fact_divergences(b, f, r);
    }
    for (size_t d = 0; r && d < c->ndocs; d++)
        VEC_FREE(&r[d].w);
    free(r);
    return rc;
}
