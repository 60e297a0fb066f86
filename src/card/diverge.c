/* Divergences: content aligned across articles that they report
 * differently (numbers, dates, places, negation, hedging). Attribution
 * divergences come from quotes.c.
 *
 * A divergence tells the reader that the sources disagree, so each kind
 * compares only what fills the same role in the aligned clauses: numbers
 * counting the same noun, read whole and with their qualifiers ("more than
 * 200" agrees with 214); dates resolved against each article's date; the
 * same place with relations of a different kind; a negation or hedge that
 * governs a word the other article states plainly. When in doubt, none. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "card/card.h"
#include "card/diverge.h"
#include "card/lex.h"
#include "summarize.h"

#define IN(w, ...) lex_in(t, (w), (const char *const[]){__VA_ARGS__, NULL})
#define MAXM 16 /* numbers or dates read per clause */

/* Per supporting article of a fact: the clause that best matches it and
 * its sentence, lexed. */
typedef struct region {
    const char *t;
    uint32_t s, e;   /* the clause */
    uint32_t ss, se; /* its sentence */
    lword_vec w, sw;
    long day;        /* the article's date (days since 1970), -1 unknown */
} region;

typedef struct feat {
    uint32_t s, e; /* span in the text, s == e when absent */
} feat;

/* 1 when every span x shows, y shows too. */
static int spans_within(const chorus_card *c, const char *const *x, const char *const *y)
{
    for (size_t d = 0; d < c->ndocs; d++)
        if (x[d] && (!y[d] || strcmp(x[d], y[d]) != 0))
            return 0;
    return 1;
}

/* Adds a divergence unless one of its kind shows every span of it already;
 * one that shows an earlier one and more (a third article's count) takes
 * the earlier one's place. */
static int push_div(chorus_card *c, const char *kind, const char *what, const char **spans)
{
    card_div dv = {kind, what, spans};
    size_t keep = 0, at = c->divs.n;
    for (size_t i = 0; i < c->divs.n; i++)
        if (strcmp(c->divs.v[i].kind, kind) == 0 && spans_within(c, spans, c->divs.v[i].spans))
            return 0;
    for (size_t i = 0; i < c->divs.n; i++)
        if (strcmp(c->divs.v[i].kind, kind) != 0 || !spans_within(c, c->divs.v[i].spans, spans))
            c->divs.v[keep++] = c->divs.v[i];
        else if (at == c->divs.n)
            at = keep++;
    c->divs.n = keep;
    if (at < keep) {
        c->divs.v[at] = dv;
        return 0;
    }
    return VEC_PUSH(&c->divs, dv);
}

static const char **new_spans(chorus_card *c)
{
    const char **s = carena_alloc(c->arena, c->ndocs * sizeof(char *));
    if (s)
        memset(s, 0, c->ndocs * sizeof(char *));
    return s;
}

static int set_span(chorus_card *c, const char **spans, size_t d, const char *t, uint32_t s, uint32_t e)
{
    return (spans[d] = card_span(c, t + s, e - s)) ? 0 : -1;
}

/* ---- numbers ---------------------------------------------------------- */

typedef struct nums {
    dnum q[MAXM]; /* the numbers of the sentence */
    size_t n;
} nums;

static int same_unit(const region *ra, const dnum *x, const region *rb, const dnum *y)
{
    if (x->cur != y->cur || (x->unit == NO_WORD) != (y->unit == NO_WORD))
        return 0;
    return x->unit == NO_WORD || lex_like(ra->t, &ra->sw.v[x->unit], rb->t, &rb->sw.v[y->unit]);
}

/* Words that read the same from word i of ra and j of rb on, going dir
 * (+1 or -1) within both clauses; *content is set when one is a content word. */
static size_t same_run(const region *ra, size_t i, const region *rb, size_t j, int dir, int *content)
{
    size_t n = 0;
    for (; i < ra->sw.n && j < rb->sw.n; i += (size_t)dir, j += (size_t)dir, n++) {
        const lword *x = &ra->sw.v[i], *y = &rb->sw.v[j];
        if (x->punct || y->punct || x->start < ra->s || x->end > ra->e || y->start < rb->s ||
            y->end > rb->e || !lex_like(ra->t, x, rb->t, y))
            break;
        *content |= !lex_in(ra->t, x, lex_function_words);
    }
    return n;
}

/* The words next to both numbers read the same, two of them at least and
 * one a content word: "killed 12 people in" / "killed 15 people in",
 * "Three passengers were treated" / "Two passengers were treated". */
static int same_frame(const region *ra, const dnum *x, const region *rb, const dnum *y)
{
    int content = 0;
    size_t n = same_run(ra, x->last, rb, y->last, 1, &content);
    if (x->first > 0 && y->first > 0)
        n += same_run(ra, x->first - 1, rb, y->first - 1, -1, &content);
    return n >= 2 && content;
}

/* A name or pronoun before number x in its clause: who the number is about. */
static int actor(const region *r, size_t k)
{
    const lword *w = &r->sw.v[k];
    if (w->start < r->s || lex_in(r->t, w, lex_function_words))
        return lex_pronoun(r->t, w) || lex_in(r->t, w, (const char *const[]){"it", "they", NULL});
    return lex_cap(r->t, w);
}

/* The numbers are said of different actors: "China's Red Cross ... $106,000"
 * and "The United States sent $300,000"; "Major fell two votes short" and
 * "she fell four votes short". */
static int actors_differ(const region *ra, size_t xa, const region *rb, size_t yb)
{
    int na = 0, nb = 0;
    for (size_t i = 0; i < xa; i++) {
        if (!actor(ra, i))
            continue;
        na++;
        for (size_t j = 0; j < yb; j++)
            if (actor(rb, j) && lex_like(ra->t, &ra->sw.v[i], rb->t, &rb->sw.v[j]))
                return 0;
    }
    for (size_t j = 0; j < yb; j++)
        nb += actor(rb, j);
    return na && nb;
}

static int in_clause(const region *r, const dnum *x) { return x->s >= r->s && x->e <= r->e; }

/* What happened to those counted: two counts beside fates of different
 * kinds ("12 killed", "40 injured") are not the same quantity; the forms
 * of one kind are one fate ("killing 11", "11 dead", "11 deaths"). */
static const char *const fates[][7] = {
    {"killed", "killing", "dead", "died", "deaths", "death", NULL},
    {"injured", "injuring", "wounded", "wounding", "hurt", NULL},
    {"missing", NULL},
    {"arrested", NULL},
    {"rescued", NULL},
    {"evacuated", NULL},
    {"infected", NULL},
};

/* The kind of fate (from 1) that word w names, or 0. */
static int fate_of(const char *t, const lword *w)
{
    if (w->punct)
        return 0;
    for (size_t k = 0; k < sizeof fates / sizeof fates[0]; k++)
        if (lex_in(t, w, fates[k]))
            return (int)k + 1;
    return 0;
}

/* The kind of the fate word nearest number x within four words of it, or 0. */
static int fate_near(const region *r, const dnum *x)
{
    for (size_t d = 1; d <= 4; d++) {
        size_t before = x->first >= d ? x->first - d : NO_WORD, after = x->last - 1 + d;
        int f = before != NO_WORD ? fate_of(r->t, &r->sw.v[before]) : 0;
        if (!f && after < r->sw.n)
            f = fate_of(r->t, &r->sw.v[after]);
        if (f)
            return f;
    }
    return 0;
}

/* The word just before x when it is a content word, or NO_WORD: "won 253
 * electoral votes" / "needs 270 electoral votes". */
static size_t left_word(const region *r, const dnum *x)
{
    const lword *w = x->first > 0 ? &r->sw.v[x->first - 1] : NULL;
    return w && !w->punct && !lex_in(r->t, w, lex_function_words) ? x->first - 1 : NO_WORD;
}

static int same_or_none(const region *ra, size_t i, const region *rb, size_t j)
{
    if (i == NO_WORD || j == NO_WORD)
        return i == j;
    return lex_like(ra->t, &ra->sw.v[i], rb->t, &rb->sw.v[j]);
}

/* Nothing near either number says that they count in different roles:
 * the word before them, what befell those counted, who the number is of. */
static int roles_agree(const region *ra, const dnum *x, const region *rb, const dnum *y)
{
    return same_or_none(ra, left_word(ra, x), rb, left_word(rb, y)) &&
           fate_near(ra, x) == fate_near(rb, y) && !actors_differ(ra, x->first, rb, y->first);
}

/* 1 when both articles are dated and appeared more than a day apart. */
static int days_apart(const region *a, const region *b)
{
    return a->day >= 0 && b->day >= 0 && labs(a->day - b->day) > 1;
}

/* Two numbers of the aligned clauses fill the same role: the words next
 * to them read the same, and the articles appeared within a day of
 * each other (later counts are updates, not disagreements). */
static int same_role(const region *ra, const dnum *x, const region *rb, const dnum *y)
{
    if (!in_clause(ra, x) || !in_clause(rb, y))
        return 0;
    if (days_apart(ra, rb))
        return 0;
    return same_frame(ra, x, rb, y) && roles_agree(ra, x, rb, y);
}

static size_t counts_of(const region *r, const nums *m, const region *rx, const dnum *x)
{
    size_t n = 0;
    for (size_t i = 0; i < m->n; i++)
        n += same_unit(rx, x, r, &m->q[i]);
    return n;
}

/* 1 when x and y are counts of one kind: both exact, or both lower bounds
 * ("at least 15 people" / "at least 14 people"). An approximate count
 * ("about 300") or an upper bound is no count to set against another. */
static int same_bound(const dnum *x, const dnum *y)
{
    return (x->lo == x->hi && y->lo == y->hi) || (isinf(x->hi) && isinf(y->hi));
}

/* The one count of the same noun in each of two aligned sentences within
 * a day, both exact or both lower bounds, with nothing before either that
 * says they differ in role: "all 212 people on board" / "with 214 people
 * aboard", "killing at least 15 people" / "killing at least 14 people".
 * Lower bounds only of one day: a toll still being counted rises, and the
 * next day's is an update ("At least 531 people" / "At least 549 people"). */
static int sole_count(const region *ra, const nums *ma, const dnum *x, const region *rb, const nums *mb,
                      const dnum *y)
{
    if (x->unit == NO_WORD || !same_bound(x, y) || ra->day < 0 || rb->day < 0 || days_apart(ra, rb))
        return 0;
    if (isinf(x->hi) && ra->day != rb->day)
        return 0;
    if (counts_of(ra, ma, ra, x) != 1 || counts_of(rb, mb, ra, x) != 1)
        return 0;
    return roles_agree(ra, x, rb, y);
}

/* 1 when x and y can count the same: their ranges meet. Two lower bounds
 * meet only when equal: "at least 10 people" and "at least 12 people" are
 * different tolls, though either allows the other. */
static int consistent(const dnum *x, const dnum *y)
{
    const double eps = 1e-9;
    if (isinf(x->hi) && isinf(y->hi))
        return fabs(x->lo - y->lo) <= eps * fabs(x->lo);
    return x->lo <= y->hi * (1 + eps) && y->lo <= x->hi * (1 + eps);
}

/* Article b's number for x: one that agrees (*differs = 0) or, when none
 * does, one in the same role (*differs = 1); NULL when neither. */
static const dnum *counterpart(const region *ra, const nums *ma, const dnum *x, const region *rb,
                               const nums *mb, int *differs)
{
    const dnum *role = NULL;
    for (size_t j = 0; j < mb->n; j++) {
        const dnum *y = &mb->q[j];
        if (!same_unit(ra, x, rb, y))
            continue;
        if (consistent(x, y)) {
            int fx = fate_near(ra, x), fy = fate_near(rb, y);
            if (fx && fy && fx != fy) /* "killing at least two people" agrees with no "463 people were injured" */
                continue;
            *differs = 0;
            return y;
        }
        if (!role && (same_role(ra, x, rb, y) || sole_count(ra, ma, x, rb, mb, y)))
            role = y;
    }
    *differs = 1;
    return role;
}

static int number_anchor(chorus_card *c, const card_item *f, const region *r, const nums *m, size_t a,
                         const dnum *x)
{
    const char **spans = new_spans(c);
    int differ = 0;
    if (!spans)
        return -1;
    for (size_t b = 0; b < c->ndocs; b++) {
        int dif;
        const dnum *y = b == a || !r[b].t ? NULL : counterpart(&r[a], &m[a], x, &r[b], &m[b], &dif);
        if (!y)
            continue;
        differ |= dif;
        if (set_span(c, spans, b, r[b].t, y->s, y->e) < 0)
            return -1;
    }
    if (!differ)
        return 0;
    /* a count beside the fact's clause ("a shopping area and a school, killing at least two people") is
     * told by its sentence */
    const char *what = in_clause(&r[a], x) ? f->text : card_span(c, r[a].t + r[a].ss, r[a].se - r[a].ss);
    if (!what || set_span(c, spans, a, r[a].t, x->s, x->e) < 0)
        return -1;
    return push_div(c, "number", what, spans);
}

/* The same counted thing given different values ("12 people", "15 people"). */
static int number_div(chorus_card *c, const card_item *f, const region *r)
{
    nums *m = calloc(c->ndocs, sizeof *m);
    int rc = m ? 0 : -1;
    for (size_t d = 0; m && d < c->ndocs; d++)
        if (r[d].t)
            m[d].n = div_numbers(r[d].t, &r[d].sw, m[d].q, MAXM);
    for (size_t a = 0; rc == 0 && m && a < c->ndocs; a++)
        for (size_t i = 0; rc == 0 && i < m[a].n; i++)
            rc = number_anchor(c, f, r, m, a, &m[a].q[i]);
    free(m);
    return rc;
}

/* ---- dates ------------------------------------------------------------ */

#define DATE_WINDOW 4

/* The content word nearest the date's words [i, j) on one side (dir),
 * inside the clause, or NO_WORD. */
static size_t date_side(const region *r, size_t i, size_t j, int dir)
{
    size_t k = dir < 0 ? i - 1 : j;
    for (int n = 0; n < DATE_WINDOW && k < r->sw.n; n++, k += (size_t)dir) {
        const lword *w = &r->sw.v[k];
        if (w->start < r->s || w->end > r->e)
            return NO_WORD;
        if (!w->punct && !lex_in(r->t, w, lex_function_words))
            return k;
    }
    return NO_WORD;
}

/* Word indices [*i, *j) of the date in the sentence. */
static void date_words(const region *r, const ddate *d, size_t *i, size_t *j)
{
    for (*i = 0; *i < r->sw.n && r->sw.v[*i].start < d->s; (*i)++)
        ;
    for (*j = *i; *j < r->sw.n && r->sw.v[*j].end <= d->e; (*j)++)
        ;
}

/* The one date of article d's clause, when it has exactly one and it is
 * not the day something was said ("said today", "Thursday said"). Dates
 * are read in the whole sentence ("Dec. 8, 1980" crosses a clause). */
static int one_date(const region *r, ddate *out)
{
    ddate dv[MAXM];
    size_t n = 0, i, j;
    if (!r->t)
        return 0;
    size_t k = div_dates(r->t, &r->sw, r->day, dv, MAXM);
    for (size_t q = 0; q < k; q++)
        if (dv[q].s >= r->s && dv[q].e <= r->e && n++ == 0)
            *out = dv[q];
    if (n != 1)
        return 0;
    date_words(r, out, &i, &j);
    if (j < r->sw.n && (r->sw.v[j].punct == '_' || r->sw.v[j].punct == ':'))
        return 0; /* "April 30 _ Zhao meets students": an entry of a chronology */
    size_t a = date_side(r, i, j, -1), b = date_side(r, i, j, 1);
    return !(a != NO_WORD && lex_in(r->t, &r->sw.v[a], lex_speech_verbs)) &&
           !(b != NO_WORD && lex_in(r->t, &r->sw.v[b], lex_speech_verbs));
}

/* Distinct content words within four words of date x (in ra) that are
 * also within four words of date y (in rb). */
static size_t date_frame(const region *ra, const ddate *x, const region *rb, const ddate *y)
{
    size_t xi, xj, yi, yj, n = 0;
    date_words(ra, x, &xi, &xj);
    date_words(rb, y, &yi, &yj);
    size_t lo = xi > DATE_WINDOW ? xi - DATE_WINDOW : 0, lo2 = yi > DATE_WINDOW ? yi - DATE_WINDOW : 0;
    for (size_t p = lo; p < xj + DATE_WINDOW && p < ra->sw.n; p++) {
        const lword *w = &ra->sw.v[p];
        if ((p >= xi && p < xj) || w->punct || w->start < ra->s || w->end > ra->e ||
            lex_in(ra->t, w, lex_function_words))
            continue;
        for (size_t q = lo2; q < yj + DATE_WINDOW && q < rb->sw.n; q++)
            if ((q < yi || q >= yj) && rb->sw.v[q].start >= rb->s && rb->sw.v[q].end <= rb->e &&
                lex_like(ra->t, w, rb->t, &rb->sw.v[q])) {
                n++;
                break;
            }
    }
    return n;
}

/* The dates are said of the same thing: three content words near both
 * ("the quake struck Tuesday" / "the quake struck on Monday"); one for the
 * undated articles' "earlier this year" / "early February this year"
 * ("cut ties", "severing of ties"). Articles of different days tell of
 * different days' events unless both name the month. */
static int same_date_frame(const region *ra, const ddate *x, const region *rb, const ddate *y)
{
    if (!x->res || !y->res)
        return date_frame(ra, x, rb, y) >= 1;
    if (ra->day != rb->day && !(x->month && y->month))
        return 0;
    return date_frame(ra, x, rb, y) >= 3;
}

/* Dates that cannot be the same day: "Tuesday" / "Wednesday" in articles
 * of the same day, "November 2" / "November 3". A date that cannot be
 * resolved ("last week" in an undated article) is compared with none. */
static int date_div(chorus_card *c, const card_item *f, const region *r)
{
    ddate *dt = calloc(c->ndocs, sizeof *dt);
    uint8_t *has = calloc(c->ndocs, 1);
    const char **spans = new_spans(c);
    int rc = dt && has && spans ? 0 : -1, differ = 0;
    for (size_t d = 0; rc == 0 && d < c->ndocs; d++)
        has[d] = (uint8_t)one_date(&r[d], &dt[d]);
    for (size_t a = 0; rc == 0 && a < c->ndocs; a++)
        for (size_t b = a + 1; has[a] && b < c->ndocs; b++)
            if (has[b] && same_date_frame(&r[a], &dt[a], &r[b], &dt[b]) &&
                div_dates_differ(r[a].t, &dt[a], r[b].t, &dt[b])) {
                differ = 1;
                if ((!spans[a] && set_span(c, spans, a, r[a].t, dt[a].s, dt[a].e) < 0) ||
                    (!spans[b] && set_span(c, spans, b, r[b].t, dt[b].s, dt[b].e) < 0))
                    rc = -1;
            }
    if (rc == 0 && differ)
        rc = push_div(c, "date", f->text, spans);
    free(dt);
    free(has);
    return rc;
}

/* Index in r's sentence words of the word starting at byte b. */
static size_t sw_index(const region *r, uint32_t b)
{
    size_t k = 0;
    while (k < r->sw.n && r->sw.v[k].start < b)
        k++;
    return k;
}

/* ---- places ----------------------------------------------------------- */

static const char *const compass[] = {"north", "south", "east", "west", "northwest", "northeast",
                                      "southwest", "southeast", NULL};

/* The relation at word i, as a kind: 1 in/at/inside, 2 near/outside,
 * 3 + direction for "west of"; 0 when none. A capitalised word is part of
 * a name ("West Germany"), never a relation. */
static int relation_at(const char *t, const lword_vec *v, size_t i, size_t *name)
{
    const lword *w = &v->v[i];
    if (w->punct || lex_cap(t, w) || i + 1 >= v->n)
        return 0;
    int kind = IN(w, "in", "at", "inside") ? 1 : IN(w, "near", "outside") ? 2 : 0;
    *name = i + 1;
    for (int k = 0; !kind && compass[k]; k++)
        if (IN(w, compass[k]) && IN(&v->v[i + 1], "of")) {
            kind = 3 + k;
            *name = i + 2;
        }
    return kind;
}

typedef struct place {
    int kind;
    uint32_t s, e;   /* relation and name */
    uint32_t ns, ne; /* the name */
} place;

/* The places of v: a relation then a capitalised name ("near Aleppo",
 * "west of Aleppo", "in West Germany"). */
static size_t find_places(const char *t, const lword_vec *v, place *out, size_t cap)
{
    size_t n = 0;
    for (size_t i = 0; i < v->n && n < cap; i++) {
        size_t j, k;
        int kind = relation_at(t, v, i, &j);
        if (!kind || j >= v->n || !lex_cap(t, &v->v[j]))
            continue;
        for (k = j; k < v->n && lex_cap(t, &v->v[k]); k++)
            ;
        place p = {kind, v->v[i].start, v->v[k - 1].end, v->v[j].start, v->v[k - 1].end};
        out[n++] = p;
        i = k - 1;
    }
    return n;
}

/* Article b's relation to x's place: *kinds gets a bit per kind used. */
static const place *place_in(const char *ta, const place *x, const char *tb, const place *p, size_t n,
                             unsigned *kinds)
{
    const place *first = NULL;
    *kinds = 0;
    for (size_t i = 0; i < n; i++)
        if (div_same_text(ta, x->ns, x->ne, tb, p[i].ns, p[i].ne)) {
            *kinds |= 1u << p[i].kind;
            first = first ? first : &p[i];
        }
    return first;
}

#define MAXP 8

/* Distinct content words within five words before and three after place
 * x (in ra) that are as near place y (in rb): "the town of Atareb, near
 * Aleppo" / "the town of Atareb, west of Aleppo" locate the same thing. */
static size_t place_frame(const region *ra, const place *x, const region *rb, const place *y)
{
    size_t xi = sw_index(ra, x->s), xj = sw_index(ra, x->e), yi = sw_index(rb, y->s), yj = sw_index(rb, y->e);
    size_t n = 0;
    for (size_t p = xi > 5 ? xi - 5 : 0; p < xj + 3 && p < ra->sw.n; p++) {
        const lword *w = &ra->sw.v[p];
        if ((p >= xi && p < xj) || w->punct || lex_in(ra->t, w, lex_function_words))
            continue;
        for (size_t q = yi > 5 ? yi - 5 : 0; q < yj + 3 && q < rb->sw.n; q++)
            if ((q < yi || q >= yj) && lex_like(ra->t, w, rb->t, &rb->sw.v[q])) {
                n++;
                break;
            }
    }
    return n;
}

static int place_anchor(chorus_card *c, const card_item *f, const region *r, place (*pl)[MAXP],
                        const size_t *np, size_t a, const place *x)
{
    const char **spans = new_spans(c);
    unsigned ka, kb;
    int differ = 0;
    if (!spans)
        return -1;
    place_in(r[a].t, x, r[a].t, pl[a], np[a], &ka);
    for (size_t b = 0; b < c->ndocs; b++) {
        const place *y = b == a ? x : place_in(r[a].t, x, r[b].t, pl[b], np[b], &kb);
        if (!y)
            continue;
        /* Articles of different days locate a moving storm at different places. */
        if (b != a && (place_frame(&r[a], x, &r[b], y) < 2 || days_apart(&r[a], &r[b])))
            continue;
        differ |= b != a && !(ka & kb);
        if (set_span(c, spans, b, r[b].t, y->s, y->e) < 0)
            return -1;
    }
    return differ ? push_div(c, "place", f->text, spans) : 0;
}

/* The same place given with relations of different kinds ("near Aleppo",
 * "west of Aleppo"); "in" and "at" are one kind. */
static int place_div(chorus_card *c, const card_item *f, const region *r)
{
    place (*pl)[MAXP] = calloc(c->ndocs, sizeof *pl);
    size_t *np = calloc(c->ndocs, sizeof *np);
    int rc = pl && np ? 0 : -1;
    for (size_t d = 0; rc == 0 && d < c->ndocs; d++)
        np[d] = r[d].t ? find_places(r[d].t, &r[d].sw, pl[d], MAXP) : 0;
    for (size_t a = 0; rc == 0 && a < c->ndocs; a++)
        for (size_t i = 0; rc == 0 && i < np[a]; i++)
            rc = place_anchor(c, f, r, pl, np, a, &pl[a][i]);
    free(pl);
    free(np);
    return rc;
}

/* ---- negation and hedging -------------------------------------------- */

static const char *const negations[] = {"not", "no", "never", "cannot", "denied", "denies", "deny",
                                        "neither", "nor", "without", "refused", "failed", "none",
                                        "nobody", "nothing", NULL};
static const char *const hedges[] = {"reportedly", "allegedly", "apparently", "purportedly",
                                     "possibly", "presumably", "may", "might", "could",
                                     "unconfirmed", "rumoured", "rumored", "suspected", NULL};
static const char *const strong_hedges[] = {"reportedly", "allegedly", "apparently", "purportedly",
                                            "presumably", "unconfirmed", NULL};
static const char *const attribution[] = {"said", "says", "reported", "reports", "told",
                                          "citing", "according", "say", NULL};

static int nt(const char *t, const lword *w)
{
    size_t n = w->end - w->start;
    return !w->punct && n > 3 && strncmp(t + w->end - 3, "n't", 3) == 0;
}

static int has_neg(const char *t, const lword_vec *v)
{
    for (size_t i = 0; i < v->n; i++)
        if (lex_in(t, &v->v[i], negations) || nt(t, &v->v[i]))
            return 1;
    return 0;
}

static int has_word(const char *t, const lword_vec *v, const char *const *list)
{
    for (size_t i = 0; i < v->n; i++)
        if (lex_in(t, &v->v[i], list))
            return 1;
    return 0;
}

/* The word opens with a capital letter, ASCII or not, or is an Arabic name
 * ("al-Qaeda", "el-Baradei"), as lex_cap read it before it took "iPhone" and
 * "eBay" for names: those are governed words here ("no iPhone sales"), but
 * "no al-Qaeda fighters" is no more a negation than "no Taliban fighters". */
static int upper_initial(const char *t, const lword *w)
{
    const char *s = t + w->start;
    unsigned char c = (unsigned char)s[0];
    return c >= 0x80 || (c >= 'A' && c <= 'Z') || (lex_cap(t, w) && w->end - w->start > 3 && s[2] == '-');
}

/* The word a negation or hedge at i governs: the first content word within
 * four words after it, not across punctuation; NO_WORD when none. */
static size_t governed(const char *t, const lword_vec *v, size_t i)
{
    for (size_t k = i + 1; k < v->n && k <= i + 4; k++) {
        const lword *w = &v->v[k];
        if (w->punct)
            return NO_WORD;
        if (!lex_in(t, w, lex_function_words) && !lex_in(t, w, lex_be_forms) && !upper_initial(t, w) &&
            !IN(w, "have", "has", "had", "longer", "yet", "been", "also", "really", "necessarily"))
            return k;
    }
    return NO_WORD;
}

/* A negation at word i that governs a predicate: "not", "never",
 * "cannot", "didn't", "no" before a lower-case word ("no details", not
 * "No. 11" or "No one"). */
static int negation_at(const char *t, const lword_vec *v, size_t i)
{
    const lword *w = &v->v[i], *n = i + 1 < v->n ? &v->v[i + 1] : NULL;
    if (i > 0 && IN(&v->v[i - 1], "or") && IN(w, "not"))
        return 0; /* "whether or not" */
    if (IN(w, "not") && n && IN(n, "only", "just", "even", "least", "until", "since"))
        return 0;
    if (IN(w, "no"))
        return !lex_cap(t, w) && n && !n->punct && !upper_initial(t, n) && !IN(n, "one", "longer", "more");
    return IN(w, "not", "never", "cannot") || nt(t, w);
}

/* Distinct content words of ra within four words of [i, j) that rb has
 * within four words of k, all inside the clauses. */
static size_t shared_near(const region *ra, size_t i, size_t j, const region *rb, size_t k)
{
    size_t n = 0;
    for (size_t p = i > 4 ? i - 4 : 0; p < j + 4 && p < ra->sw.n; p++) {
        const lword *w = &ra->sw.v[p];
        if (w->punct || w->start < ra->s || w->end > ra->e || lex_in(ra->t, w, lex_function_words) ||
            lex_in(ra->t, w, negations) || (p >= i && p < j))
            continue;
        for (size_t q = k > 4 ? k - 4 : 0; q <= k + 4 && q < rb->sw.n; q++)
            if (q != k && rb->sw.v[q].start >= rb->s && rb->sw.v[q].end <= rb->e &&
                lex_like(ra->t, w, rb->t, &rb->sw.v[q])) {
                n++;
                break;
            }
    }
    return n;
}

/* Article b states plainly what the words [i, p] of article a (a
 * negation or hedge and the word it governs) say: its clause has no
 * negation or hedge (in its sentence) or attribution, has the word, three
 * more words around it
 * and no other actor, and for a negation the same word before the verb
 * ("would not read" / "would read", not "to read"; "It did not condemn the invasion" is not contradicted
 * by "the Security Council condemned the invasion"). */
static int states(const region *ra, size_t i, size_t p, const region *rb, int hedge)
{
    const char *t = rb->t;
    if (!t || has_neg(t, &rb->sw) || has_word(t, &rb->sw, hedges) ||
        (hedge && has_word(t, &rb->w, attribution)))
        return 0;
    size_t si = sw_index(ra, ra->w.v[i].start), sp = sw_index(ra, ra->w.v[p].start);
    for (size_t k = 0; k < rb->sw.n; k++) {
        const lword *w = &rb->sw.v[k];
        if (w->start < rb->s || w->end > rb->e || !lex_like(ra->t, &ra->w.v[p], t, w))
            continue;
        if (shared_near(ra, si, sp + 1, rb, k) >= 3 && !actors_differ(ra, si, rb, k) &&
            (hedge || (si > 0 && k > 0 && lex_like(ra->t, &ra->sw.v[si - 1], t, &rb->sw.v[k - 1]))))
            return 1;
    }
    return 0;
}

/* Article a negates (or hedges) word p, which others state plainly. */
static int marker_div(chorus_card *c, const card_item *f, const region *r, size_t a, size_t i, size_t p,
                      const char *kind)
{
    const char **spans = new_spans(c);
    int plain = 0;
    if (!spans)
        return -1;
    for (size_t b = 0; b < c->ndocs; b++)
        if (b != a && states(&r[a], i, p, &r[b], kind[0] == 'h')) {
            plain = 1;
            if (set_span(c, spans, b, r[b].t, r[b].s, r[b].e) < 0)
                return -1;
        }
    if (!plain)
        return 0;
    if (set_span(c, spans, a, r[a].t, r[a].w.v[i].start, r[a].w.v[p].end) < 0)
        return -1;
    return push_div(c, kind, f->text, spans);
}

/* One clause negates the predicate another states: "did not sign" / "signed". */
static int negation_div(chorus_card *c, const card_item *f, const region *r)
{
    for (size_t a = 0; a < c->ndocs; a++)
        for (size_t i = 0; r[a].t && i < r[a].w.n; i++) {
            size_t p;
            if (negation_at(r[a].t, &r[a].w, i) && (p = governed(r[a].t, &r[a].w, i)) != NO_WORD) {
                int rc = marker_div(c, f, r, a, i, p, "negation");
                if (rc != 0)
                    return rc < 0 ? -1 : 0;
                break; /* the clause's first negation */
            }
        }
    return 0;
}

/* A hedge at word i that governs its clause: "reportedly", "allegedly",
 * "if confirmed", "is suspected" (not "suspected IRA members"), and not
 * inside a subordinate clause ("women who were allegedly threatened",
 * "after two girls allegedly carjacked him"). Modals are left out: "could
 * submit", "may release" and "could not win" are not doubts about a
 * reported fact. The word after the hedge (or after "if confirmed,") goes
 * to *from. */
static int hedge_at(const char *t, const lword_vec *v, size_t i, size_t *from)
{
    static const char *const subordinate[] = {"who", "which", "that", "where", "when", "after", "as",
                                              "because", "while", "whom", "whose", "before", NULL};
    const lword *w = &v->v[i], *n = i + 1 < v->n ? &v->v[i + 1] : NULL;
    *from = i;
    if (IN(w, "if") && n && IN(n, "confirmed", "true")) {
        *from = i + 1 + (i + 2 < v->n && v->v[i + 2].punct == ',');
        return 1;
    }
    for (size_t k = i; k > 0 && !v->v[k - 1].punct; k--)
        if (lex_in(t, &v->v[k - 1], subordinate))
            return 0;
    if (IN(w, "reportedly", "allegedly", "apparently", "purportedly", "presumably"))
        return 1;
    return IN(w, "suspected") && i > 0 && lex_in(t, &v->v[i - 1], lex_be_forms);
}

/* A clause hedged in one article and stated plainly in another. */
static int hedge_div(chorus_card *c, const card_item *f, const region *r)
{
    for (size_t a = 0; a < c->ndocs; a++)
        for (size_t i = 0; r[a].t && i < r[a].w.n; i++) {
            size_t from, p;
            if (hedge_at(r[a].t, &r[a].w, i, &from) && (p = governed(r[a].t, &r[a].w, from)) != NO_WORD) {
                int rc = marker_div(c, f, r, a, i, p, "hedging");
                if (rc != 0)
                    return rc < 0 ? -1 : 0;
                break;
            }
        }
    return 0;
}

/* ---- regions and the lead claim ---------------------------------------- */

/* Lexes each supporting article's clause that best matches the fact, and
 * its sentence. */
static int set_regions(card_build *b, const card_item *f, region *r)
{
    chorus_card *c = b->card;
    size_t nd = c->ndocs;
    for (size_t d = 0; d < nd; d++) {
        r[d].t = NULL;
        r[d].w.n = r[d].sw.n = 0;
        uint32_t s = d == f->doc ? b->al->units[f->unit].sent : b->ubest[f->unit * nd + d];
        if (!f->support[d] || s == UINT32_MAX)
            continue;
        r[d].t = card_doc(c, d)->text;
        r[d].day = summ_day_of(card_doc(c, d)->date);
        r[d].s = r[d].ss = b->m->sents[s].start;
        r[d].e = r[d].se = b->m->sents[s].end;
        if (d == f->doc) {
            r[d].s = b->al->units[f->unit].start;
            r[d].e = b->al->units[f->unit].end;
        } else {
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
        if (lex_range(r[d].t, r[d].s, r[d].e, &r[d].w) < 0 ||
            lex_range(r[d].t, r[d].ss, r[d].se, &r[d].sw) < 0)
            return -1;
    }
    return 0;
}

static int fact_divergences(card_build *b, const card_item *f, region *r)
{
    chorus_card *c = b->card;
    int rc = set_regions(b, f, r);
    if (rc == 0)
        rc = place_div(c, f, r);
    if (rc == 0)
        rc = date_div(c, f, r);
    if (rc == 0)
        rc = number_div(c, f, r);
    if (rc == 0)
        rc = negation_div(c, f, r);
    if (rc == 0)
        rc = hedge_div(c, f, r);
    return rc;
}

#define LEAD_SENTENCES 3

/* Content words of the hedge's part of the sentence (between marks; for
 * "if confirmed," the part after it) that the lead claim also has. */
static size_t scope_shared(const char *t, const lword_vec *v, size_t i, size_t from, const char *lt,
                           const lword_vec *lw)
{
    size_t a = from, e = from + 1, n = 0;
    if (from > i) /* "If confirmed, the agreement ...": the part after the comma */
        a = e = from + (v->v[from].punct == ',');
    while (a > 0 && !v->v[a - 1].punct)
        a--;
    while (e < v->n && !v->v[e].punct)
        e++;
    for (size_t k = a; k < e; k++) {
        if (k >= i && k <= from)
            continue;
        if (lex_in(t, &v->v[k], lex_function_words) || v->v[k].end - v->v[k].start < 3)
            continue;
        for (size_t j = 0; j < lw->n; j++)
            if (lex_like(t, &v->v[k], lt, &lw->v[j])) {
                n++;
                break;
            }
    }
    return n;
}

/* A strong hedge ("reportedly", "allegedly", "if confirmed") in v whose
 * part of the sentence is about the lead claim (two words in common):
 * "reportedly after losing its radar" does not hedge the grounding. */
static feat strong_hedge(const char *t, const lword_vec *v, const char *lt, const lword_vec *lw)
{
    feat f = {0, 0};
    for (size_t i = 0; i < v->n; i++) {
        size_t from;
        if (!hedge_at(t, v, i, &from) || IN(&v->v[i], "suspected"))
            continue;
        if (scope_shared(t, v, i, from, lt, lw) >= 2) {
            f.s = v->v[i].start;
            f.e = v->v[from > i && v->v[from].punct ? from - 1 : from].end;
            return f;
        }
    }
    return f;
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

/* Article d's hedge of the lead claim (it->text, lexed lw): in its
 * sentence reporting the claim or in its first sentences. */
static const char *lead_hedge(card_build *b, size_t d, const card_item *it, const lword_vec *lw,
                              lword_vec *v)
{
    chorus_card *c = b->card;
    const char *t = it->evidence[d];
    feat x = {0, 0};
    v->n = 0;
    if (lex_range(t, 0, strlen(t), v) == 0)
        x = strong_hedge(t, v, it->text, lw);
    for (uint32_t s = b->m->doc_first[d]; x.e == x.s && s < b->m->doc_first[d + 1] &&
                                          s < b->m->doc_first[d] + LEAD_SENTENCES; s++) {
        t = card_doc(c, d)->text;
        v->n = 0;
        if (lex_range(t, b->m->sents[s].start, b->m->sents[s].end, v) == 0)
            x = strong_hedge(t, v, it->text, lw);
    }
    return x.e > x.s ? card_span(c, t + x.s, x.e - x.s) : NULL;
}

/* How certain each article is about the story's lead claim (the first
 * summary sentence): a strong hedge of the claim against articles that
 * state it plainly. */
static int lead_certainty(card_build *b)
{
    chorus_card *c = b->card;
    if (c->summary.n == 0 || c->summary.v[0].nsupport < 2)
        return 0;
    const card_item *it = &c->summary.v[0];
    const char **spans = new_spans(c);
    lword_vec v = {0}, lw = {0};
    size_t hedged = 0, plain = 0;
    int rc = spans && lex_range(it->text, 0, strlen(it->text), &lw) == 0 ? 0 : -1;
    for (size_t d = 0; rc == 0 && d < c->ndocs; d++) {
        if (!it->support[d])
            continue;
        spans[d] = lead_hedge(b, d, it, &lw, &v);
        hedged += spans[d] != NULL;
        if (spans[d])
            continue;
        if (!(spans[d] = plain_statement(b, it, d))) {
            rc = -1;
            break;
        }
        /* A statement hedged where the hedge's scope is unclear ("charged
         * after they allegedly submitted") is not plain either. */
        v.n = 0;
        if (lex_range(spans[d], 0, strlen(spans[d]), &v) < 0 || has_word(spans[d], &v, strong_hedges))
            spans[d] = NULL;
        plain += spans[d] != NULL;
    }
    VEC_FREE(&v);
    VEC_FREE(&lw);
    return rc == 0 && hedged && plain ? push_div(c, "hedging", it->text, spans) : rc;
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
    for (size_t d = 0; r && d < c->ndocs; d++) {
        VEC_FREE(&r[d].w);
        VEC_FREE(&r[d].sw);
    }
    free(r);
    return rc;
}
