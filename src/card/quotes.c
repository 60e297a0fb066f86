/* Direct quotations: found per article, speakers resolved within the
 * article, matched across articles despite case, punctuation, ellipses and
 * brackets; differing attributions become divergences. */
#include <stdlib.h>
#include <string.h>

#include "card/card.h"
#include "card/lex.h"
#include "card/quote_int.h"
#include "util/hmap.h"
#include "util/minhash.h"
#include "util/postings.h"

typedef struct rawq {
    uint32_t doc;
    uint32_t qs, qe;     /* inner text */
    uint32_t os, oe;     /* with the quote marks */
    uint32_t ps;         /* paragraph start */
    qspan sp;            /* speaker, s == e when unknown */
    uint32_t *words;     /* normalised word hashes */
    size_t nw;
} rawq;

typedef VEC(rawq) rawq_vec;

static int blank_line(const char *t, size_t n, size_t i)
{
    if (t[i] != '\n')
        return 0;
    for (size_t j = i + 1; j < n && (t[j] == ' ' || t[j] == '\t' || t[j] == '\r' || t[j] == '\n'); j++)
        if (t[j] == '\n')
            return 1;
    return 0;
}

/* The mark's length when t[i] opens (dir 1) or closes (dir -1) a quote:
 * '"', curly quotes, or newswire's TeX-style `` and ''. */
static size_t qmark(const char *t, size_t n, size_t i, int dir)
{
    if (t[i] == '"')
        return 1;
    if (i + 1 < n && t[i] == (dir > 0 ? '`' : '\'') && t[i + 1] == t[i])
        return 2;
    if (i + 2 < n && (unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x80 &&
        (unsigned char)t[i + 2] == (dir > 0 ? 0x9C : 0x9D))
        return 3;
    return 0;
}

static size_t count_words(const char *t, size_t s, size_t e)
{
    return chorus_count_words(t + s, e - s);
}

/* Finds the quotes of one article. */
static int find_quotes(const char *t, size_t n, uint32_t doc, rawq_vec *out)
{
    size_t ps = 0;
    for (size_t i = 0; i < n; i++) {
        if (blank_line(t, n, i)) {
            ps = i + 1;
            continue;
        }
        size_t ol = qmark(t, n, i, 1);
        if (!ol || (i > 0 && t[i - 1] != ' ' && t[i - 1] != '\n' && t[i - 1] != '(' && t[i - 1] != '['))
            continue;
        size_t j = i + ol, cl = 0;
        while (j < n && !blank_line(t, n, j) && !(cl = qmark(t, n, j, -1)) && j < i + 3000)
            j++;
        if (!cl)
            continue;
        size_t qs = i + ol, qe = j;
        while (qs < qe && (t[qs] == ' ' || t[qs] == '\n'))
            qs++;
        while (qe > qs && (t[qe - 1] == ' ' || t[qe - 1] == ',' || t[qe - 1] == '\n'))
            qe--;
        if (count_words(t, qs, qe) >= 3) {
            rawq q = {doc, (uint32_t)qs, (uint32_t)qe, (uint32_t)i, (uint32_t)(j + cl),
                      (uint32_t)ps, {0, 0}, NULL, 0};
            if (VEC_PUSH(out, q) < 0)
                return -1;
        }
        i = j + cl - 1;
    }
    return 0;
}

/* Start of the sentence holding position p: after the last ". " or the
 * end of the previous quote, whichever is later. */
static size_t sentence_start(const char *t, size_t lo, size_t p)
{
    size_t i = p;
    while (i > lo) {
        char c = t[i - 1];
        if ((c == '.' || c == '?' || c == '!') && i < p && (t[i] == ' ' || t[i] == '\n'))
            break;
        i--;
    }
    return i;
}

static size_t sentence_end(const char *t, size_t n, size_t p)
{
    size_t i = p;
    while (i < n && !blank_line(t, n, i) && !qmark(t, n, i, 1)) {
        if ((t[i] == '.' || t[i] == '?' || t[i] == '!') && (i + 1 == n || t[i + 1] == ' ' || t[i + 1] == '\n'))
            return i + 1;
        i++;
    }
    return i;
}

static int is_named(const char *t, qspan sp)
{
    lword w = {sp.s, sp.e, 0};
    return sp.e > sp.s && lex_cap(t, &w) && !lex_in(t, &w, lex_determiners);
}

/* Resolves a pronoun subject: a name earlier in the sentence, else the
 * last named speaker of the article, else the last speaker. */
static qspan resolve_pronoun(const char *t, size_t ps, size_t qs, const lword_vec *pre, qspan pron,
                             const rawq *prev, size_t nprev)
{
    qspan np;
    size_t k = 0;
    while (k < pre->n && pre->v[k].start < pron.s)
        k++;
    if (pre->n && name_before(t, pre, k, &np))
        return np;
    for (size_t i = nprev; i > 0; i--)
        if (is_named(t, prev[i - 1].sp))
            return prev[i - 1].sp;
    if (nprev)
        return prev[nprev - 1].sp;
    /* No speaker yet: the last name earlier in the paragraph. */
    lword_vec par = {0};
    int ok = lex_range(t, ps, pron.s < qs ? pron.s : qs, &par) == 0 && par.n && name_before(t, &par, par.n, &np);
    VEC_FREE(&par);
    return ok ? np : pron;
}

/* The speaker of the paragraph before ps: a speech verb's subject. */
static int previous_paragraph_speaker(const char *t, size_t ps, qspan *np)
{
    if (ps < 2)
        return 0;
    size_t e = ps - 1;
    while (e > 0 && (t[e - 1] == '\n' || t[e - 1] == ' '))
        e--;
    size_t s = sentence_start(t, 0, e > 0 ? e - 1 : 0);
    lword_vec v = {0};
    int pron = 0, ok = lex_range(t, s, e, &v) == 0 && speaker_before(t, &v, np, &pron) && !pron;
    VEC_FREE(&v);
    return ok;
}

static void find_speaker(const char *t, size_t n, rawq *q, const rawq *prev, size_t nprev)
{
    size_t lo = q->ps;
    if (nprev && prev[nprev - 1].oe > lo && prev[nprev - 1].oe <= q->os)
        lo = prev[nprev - 1].oe;
    size_t s0 = sentence_start(t, lo, q->os), e1 = sentence_end(t, n, q->oe);
    lword_vec pre = {0}, post = {0};
    qspan np = {0, 0};
    int pron = 0, found = 0;
    if (lex_range(t, s0, q->os, &pre) < 0 || lex_range(t, q->oe, e1, &post) < 0)
        goto done;
    found = speaker_after(t, &post, &np, &pron) || speaker_before(t, &pre, &np, &pron);
    int expand = !pron; /* a name found for a pronoun is kept as written */
    if (found && pron) {
        np = resolve_pronoun(t, q->ps, q->os, &pre, np, prev, nprev);
        pron = !is_named(t, np);
    }
    if (!found && pre.n == 0 && post.n <= 1) /* a quote that is its own paragraph */
        found = (q->os <= q->ps + 1 && previous_paragraph_speaker(t, q->ps, &np)) ||
                (nprev && (np = prev[nprev - 1].sp, np.e > np.s));
    if (found && np.e > np.s && !pron)
        speaker_resolve_name(t, q->os, &np, expand);
    if (found)
        q->sp = np;
done:
    VEC_FREE(&pre);
    VEC_FREE(&post);
}

/* Word hashes of the quote, case-folded, bracketed insertions and
 * punctuation dropped, so wording differences in marks do not matter. */
static int normalise(const char *t, rawq *q)
{
    lword_vec v = {0};
    if (lex_range(t, q->qs, q->qe, &v) < 0)
        return -1;
    q->words = malloc((v.n + 1) * sizeof(uint32_t));
    if (!q->words) {
        VEC_FREE(&v);
        return -1;
    }
    int depth = 0;
    for (size_t i = 0; i < v.n; i++) {
        const lword *w = &v.v[i];
        depth += w->punct == '[' || w->punct == '(';
        depth -= depth > 0 && (w->punct == ']' || w->punct == ')');
        if (w->punct || depth)
            continue;
        char low[64];
        size_t len = w->end - w->start < sizeof low ? w->end - w->start : sizeof low;
        for (size_t k = 0; k < len; k++) {
            char c = t[w->start + k];
            low[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        q->words[q->nw++] = (uint32_t)chash_bytes(low, len);
    }
    VEC_FREE(&v);
    return 0;
}

/* 1 when two quotes are the same words: a common run of at least 8 words,
 * or all of the shorter one (at least 3 words). */
static int same_quote(const rawq *a, const rawq *b)
{
    size_t na = a->nw, nb = b->nw, need = na < nb ? na : nb;
    if (need > 8)
        need = 8;
    if (need < 3)
        return 0;
    for (size_t i = 0; i < na; i++)
        for (size_t j = 0; j < nb; j++) {
            size_t k = 0;
            while (i + k < na && j + k < nb && a->words[i + k] == b->words[j + k])
                k++;
            if (k >= need)
                return 1;
        }
    return 0;
}

/* Case-insensitive containment: "Joscelyn" and "Tom Joscelyn" agree. */
static int speakers_agree(const char *x, const char *y)
{
    size_t nx = strlen(x), ny = strlen(y);
    if (nx > ny) {
        const char *t = x;
        x = y;
        y = t;
        size_t tn = nx;
        nx = ny;
        ny = tn;
    }
    for (size_t i = 0; i + nx <= ny; i++) {
        size_t k = 0;
        while (k < nx && (x[k] | 32) == (y[i + k] | 32))
            k++;
        if (k == nx)
            return 1;
    }
    return 0;
}

static int collect(card_build *b, rawq_vec *all)
{
    for (size_t d = 0; d < b->card->ndocs; d++) {
        const chorus_doc *doc = card_doc(b->card, d);
        size_t first = all->n;
        if (find_quotes(doc->text, doc->text_len, (uint32_t)d, all) < 0)
            return -1;
        for (size_t i = first; i < all->n; i++) {
            find_speaker(doc->text, doc->text_len, &all->v[i], all->v + first, i - first);
            if (normalise(doc->text, &all->v[i]) < 0)
                return -1;
        }
    }
    return 0;
}

/* Adds quote q (article d) to card quote cq. */
static int put_member(chorus_card *c, card_quote *cq, const rawq *q)
{
    const char *t = card_doc(c, q->doc)->text;
    if (!(cq->qtext[q->doc] = card_span(c, t + q->qs, q->qe - q->qs)))
        return -1;
    if (q->sp.e > q->sp.s && !(cq->speaker[q->doc] = card_span(c, t + q->sp.s, q->sp.e - q->sp.s)))
        return -1;
    if (!cq->text)
        cq->text = cq->qtext[q->doc];
    cq->ndocs++;
    return 0;
}

static int attribution_divergence(chorus_card *c, card_quote *cq)
{
    const char *first = NULL;
    for (size_t d = 0; d < c->ndocs; d++) {
        const char *s = cq->speaker[d];
        if (!s)
            continue;
        if (first && !speakers_agree(first, s))
            cq->attribution_differs = 1;
        first = first ? first : s;
    }
    if (!cq->attribution_differs)
        return 0;
    card_div dv = {"attribution", cq->text, cq->speaker};
    return VEC_PUSH(&c->divs, dv);
}

/* Hash of the three words of q from i: two quotes that are the same words
 * (same_quote) share at least one. */
static uint64_t trigram(const rawq *q, size_t i)
{
    uint64_t two = (uint64_t)q->words[i] << 32 | q->words[i + 1];
    return chorus_hash_mix(two ^ chorus_hash_mix(q->words[i + 2] + 1ULL));
}

typedef struct grouping {
    chorus_card *c;
    const rawq_vec *all;
    VEC(int32_t) rep;      /* group x doc -> member index, or -1 */
    chorus_postings grams; /* trigram -> groups with a member holding it */
    VEC(uint32_t) stamp;   /* per group: last quote + 1 that looked at it */
} grouping;

/* The first group q belongs to (no member from q's article yet, and a
 * member that is the same words), or c->quotes.n. Only groups sharing a
 * trigram with q are looked at. */
static size_t find_group(grouping *gr, size_t qi)
{
    const rawq *q = &gr->all->v[qi];
    size_t nd = gr->c->ndocs, g = gr->c->quotes.n;
    for (size_t i = 0; i + 2 < q->nw; i++)
        for (uint32_t p = chorus_postings_first(&gr->grams, trigram(q, i)); p != CHORUS_POSTINGS_END;
             p = gr->grams.v.v[p].next) {
            uint32_t h = gr->grams.v.v[p].id;
            if (h >= g || gr->stamp.v[h] == qi + 1 || gr->rep.v[h * nd + q->doc] >= 0)
                continue;
            gr->stamp.v[h] = (uint32_t)qi + 1;
            for (size_t d = 0; d < nd; d++)
                if (gr->rep.v[h * nd + d] >= 0 && same_quote(q, &gr->all->v[gr->rep.v[h * nd + d]])) {
                    g = h;
                    break;
                }
        }
    return g;
}

/* Opens group c->quotes.n with no members: -1 when out of memory. */
static int new_group(grouping *gr)
{
    chorus_card *c = gr->c;
    size_t nd = c->ndocs, g = c->quotes.n;
    card_quote cq = {NULL, carena_alloc(c->arena, nd * sizeof(char *)), carena_alloc(c->arena, nd * sizeof(char *)),
                     0, 0};
    if (!cq.qtext || !cq.speaker || VEC_PUSH(&c->quotes, cq) < 0 || VEC_RESERVE(&gr->rep, (g + 1) * nd) < 0 ||
        VEC_PUSH(&gr->stamp, 0) < 0)
        return -1;
    for (size_t d = 0; d < nd; d++)
        gr->rep.v[g * nd + d] = -1;
    return 0;
}

static int group_quotes(chorus_card *c, rawq_vec *all)
{
    grouping gr = {c, all, {0}, {0}, {0}};
    size_t nd = c->ndocs;
    int rc = chorus_postings_init(&gr.grams);
    for (size_t i = 0; i < all->n && rc == 0; i++) {
        const rawq *q = &all->v[i];
        size_t g = find_group(&gr, i);
        if (g == c->quotes.n && new_group(&gr) < 0) {
            rc = -1;
            break;
        }
        gr.rep.v[g * nd + q->doc] = (int32_t)i;
        rc = put_member(c, &c->quotes.v[g], q);
        for (size_t k = 0; rc == 0 && k + 2 < q->nw; k++)
            rc = chorus_postings_add(&gr.grams, trigram(q, k), (uint32_t)g);
    }
    for (size_t g = 0; g < c->quotes.n && rc == 0; g++)
        rc = attribution_divergence(c, &c->quotes.v[g]);
    VEC_FREE(&gr.rep);
    VEC_FREE(&gr.stamp);
    chorus_postings_free(&gr.grams);
    return rc;
}

int card_quotes(card_build *b)
{
    rawq_vec all = {0};
    int rc = collect(b, &all) < 0 ? -1 : group_quotes(b->card, &all);
    for (size_t i = 0; i < all.n; i++)
        free(all.v[i].words);
    VEC_FREE(&all);
    return rc;
}
