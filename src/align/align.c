/* Content units and their alignment across articles (see align.h). */
#include "align/align.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "align/align_int.h"

void align_free(aligner *a)
{
    if (!a)
        return;
    free(a->canon);
    free(a->w);
    free(a->is_name);
    free(a->tplain);
    free(a->units);
    free(a->sent_unit);
    free(a->terms);
    free(a->sterm_off);
    free(a->sterms);
    free(a->post_off);
    free(a->post);
    free(a->sf);
    free(a->acc);
    free(a->cnt);
    free(a->touched);
    free(a->bestc);
    free(a);
}

uint32_t align_canon(const aligner *a, uint32_t term) { return a->canon[term]; }

static int cmp_u32(const void *x, const void *y)
{
    uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
    return a < b ? -1 : a > b;
}

/* Sorts and dedupes v[0..n); returns the new length. */
static size_t sort_unique(uint32_t *v, size_t n)
{
    if (n < 2)
        return n;
    qsort(v, n, sizeof *v, cmp_u32);
    size_t o = 1;
    for (size_t i = 1; i < n; i++)
        if (v[i] != v[o - 1])
            v[o++] = v[i];
    return o;
}

int align_unit_terms(const aligner *a, uint32_t k0, uint32_t k1, u32_vec *tv, uint32_t *n)
{
    size_t base = tv->n;
    for (uint32_t k = k0; k < k1; k++) {
        if (a->m->toks[k].flags & TOK_STOP)
            continue;
        uint32_t c = a->canon[a->m->toks[k].term];
        if (c == ALIGN_STOP)
            continue;
        if (VEC_PUSH(tv, c) < 0)
            return -1;
    }
    /* no terms: tv->v may still be NULL, and NULL + 0 is undefined */
    *n = tv->n > base ? (uint32_t)sort_unique(tv->v + base, tv->n - base) : 0;
    tv->n = base + *n;
    return 0;
}

static int build_sentence_terms(aligner *a)
{
    const fmodel *m = a->m;
    u32_vec tv = {0};
    a->sterm_off = malloc((m->nsents + 1) * sizeof(uint32_t));
    if (!a->sterm_off)
        return -1;
    for (size_t i = 0; i < m->nsents; i++) {
        uint32_t n;
        a->sterm_off[i] = (uint32_t)tv.n;
        if (align_unit_terms(a, m->sents[i].tok0, m->sents[i].tok0 + m->sents[i].ntok, &tv, &n) < 0) {
            VEC_FREE(&tv);
            return -1;
        }
    }
    a->sterm_off[m->nsents] = (uint32_t)tv.n;
    a->sterms = tv.v ? tv.v : malloc(sizeof(uint32_t));
    return a->sterms ? 0 : -1;
}

/* A term is a name when most of its mid-sentence occurrences are
 * capitalised; names alone do not make two sentences say the same thing. */
static int name_flags(aligner *a, size_t ncanon)
{
    const fmodel *m = a->m;
    uint32_t *cap = calloc(2 * (ncanon + 1), sizeof(uint32_t));
    a->is_name = calloc(ncanon + 1, 1);
    if (!cap || !a->is_name) {
        free(cap);
        return -1;
    }
    for (size_t i = 0; i < m->nsents; i++)
        for (uint32_t k = m->sents[i].tok0 + 1; k < m->sents[i].tok0 + m->sents[i].ntok; k++) {
            uint32_t c = a->canon[m->toks[k].term];
            if (c == ALIGN_STOP || (m->toks[k].flags & TOK_STOP))
                continue;
            cap[2 * c] += (m->toks[k].flags & TOK_CAP) != 0;
            cap[2 * c + 1]++;
        }
    for (size_t c = 0; c < ncanon; c++)
        a->is_name[c] = cap[2 * c] * 2 > cap[2 * c + 1];
    free(cap);
    return 0;
}

/* 1 when article d is not a copy of another (a reprint, an earlier
 * version): only these count in how common a term is, so padding a story
 * with copies does not change the weights, and with them what is reported. */
static int is_own(const fmodel *m, uint32_t d) { return !m->doc_copy_of || m->doc_copy_of[d] == d; }

static int own_frequencies(aligner *a, size_t ncanon)
{
    const fmodel *m = a->m;
    a->sf = calloc(ncanon + 1, sizeof(uint32_t));
    if (!a->sf)
        return -1;
    for (size_t c = 0; c < ncanon; c++) {
        for (uint32_t p = a->post_off[c]; p < a->post_off[c + 1]; p++)
            a->sf[c] += is_own(m, m->sents[a->post[p]].doc);
        if (a->sf[c] == 0)
            a->sf[c] = a->post_off[c + 1] - a->post_off[c];
    }
    return 0;
}

/* Weights from sentence frequency, and the postings lists. */
static int build_weights(aligner *a, size_t ncanon)
{
    const fmodel *m = a->m;
    size_t nst = a->sterm_off[m->nsents];
    a->w = calloc(ncanon + 1, sizeof(double));
    a->post_off = calloc(ncanon + 2, sizeof(uint32_t));
    a->post = malloc((nst + 1) * sizeof(uint32_t));
    if (!a->w || !a->post_off || !a->post)
        return -1;
    for (size_t i = 0; i < nst; i++)
        a->post_off[a->sterms[i] + 1]++;
    for (size_t c = 0; c < ncanon; c++)
        a->post_off[c + 1] += a->post_off[c];
    uint32_t *fill = malloc((ncanon + 1) * sizeof(uint32_t));
    if (!fill)
        return -1;
    memcpy(fill, a->post_off, (ncanon + 1) * sizeof(uint32_t));
    for (size_t s = 0; s < m->nsents; s++)
        for (uint32_t k = a->sterm_off[s]; k < a->sterm_off[s + 1]; k++)
            a->post[fill[a->sterms[k]]++] = (uint32_t)s;
    free(fill);
    if (name_flags(a, ncanon) < 0 || own_frequencies(a, ncanon) < 0)
        return -1;
    size_t own = 0;
    for (size_t s = 0; s < m->nsents; s++)
        own += is_own(m, m->sents[s].doc);
    double S = (double)(own ? own : 1);
    for (size_t c = 0; c < ncanon; c++)
        a->w[c] = a->sf[c] ? log(1.0 + S / a->sf[c]) : 0.0;
    return 0;
}

static int build_units(aligner *a)
{
    const fmodel *m = a->m;
    VEC(aunit) uv = {0};
    u32_vec tv = {0};
    int rc = -1;
    a->sent_unit = malloc((m->nsents + 1) * sizeof(uint32_t));
    if (!a->sent_unit)
        goto done;
    for (size_t s = 0; s < m->nsents; s++) {
        a->sent_unit[s] = (uint32_t)uv.n;
        if (align_split_sentence(a, (uint32_t)s, &uv, &tv) < 0)
            goto done;
    }
    a->sent_unit[m->nsents] = (uint32_t)uv.n;
    a->units = uv.v;
    a->nunits = uv.n;
    a->terms = tv.v;
    uv.v = NULL;
    tv.v = NULL;
    for (size_t u = 0; u < a->nunits; u++) {
        aunit *un = &a->units[u];
        un->weight = 0;
        for (uint32_t k = 0; k < un->nt; k++)
            un->weight += a->w[a->terms[un->t0 + k]];
    }
    rc = 0;
done:
    VEC_FREE(&uv);
    VEC_FREE(&tv);
    return rc;
}

int align_build(const fmodel *m, aligner **out)
{
    *out = NULL;
    aligner *a = calloc(1, sizeof *a);
    if (!a)
        return -1;
    a->m = m;
    a->rare_sf = ALIGN_RARE_SF;
    size_t ncanon = 0;
    size_t ns = m->nsents ? m->nsents : 1;
    if (align_canon_build(a, &ncanon) < 0 || build_sentence_terms(a) < 0 ||
        build_weights(a, ncanon) < 0 || build_units(a) < 0 || align_plain_build(a) < 0)
        goto fail;
    a->acc = calloc(ns, sizeof(double));
    a->cnt = calloc(ns, sizeof(uint32_t));
    a->touched = malloc(ns * sizeof(uint32_t));
    a->bestc = calloc(m->ndocs + 1, sizeof(double));
    if (!a->acc || !a->cnt || !a->touched || !a->bestc)
        goto fail;
    *out = a;
    return 0;
fail:
    align_free(a);
    return -1;
}

double align_cover(const aligner *a, uint32_t u, uint32_t s, size_t *shared, size_t *plain, size_t *rare)
{
    size_t r = 0;
    const aunit *un = &a->units[u];
    const uint32_t *x = a->terms + un->t0, *y = a->sterms + a->sterm_off[s];
    size_t nx = un->nt, ny = a->sterm_off[s + 1] - a->sterm_off[s], i = 0, j = 0, k = 0, p = 0;
    double w = 0;
    while (i < nx && j < ny) {
        if (x[i] < y[j])
            i++;
        else if (x[i] > y[j])
            j++;
        else {
            w += a->w[x[i]];
            k++;
            p += a->tplain[un->t0 + i] != 0;
            r += a->tplain[un->t0 + i] == 1 && a->sf[x[i]] <= a->rare_sf;
            i++;
            j++;
        }
    }
    if (shared)
        *shared = k;
    if (plain)
        *plain = p;
    if (rare)
        *rare = r;
    return un->weight > 0 ? w / un->weight : 0.0;
}

/* A unit is reported by a sentence sharing enough of its weight, at least
 * ALIGN_MIN_SHARED of its terms, and ALIGN_MIN_PLAIN terms that are not
 * names (a predicate, not just the same people and places). */
static int reports(const aunit *un, double w, uint32_t cnt, uint32_t plain, uint32_t rare)
{
    uint32_t need = un->nt < ALIGN_MIN_SHARED ? un->nt : ALIGN_MIN_SHARED;
    if (un->nt < ALIGN_MIN_TERMS || cnt < need || plain < ALIGN_MIN_PLAIN || un->weight <= 0 ||
        un->nplain < ALIGN_UNIT_PLAIN)
        return 0;
    return w / un->weight >= ALIGN_COVER - 1e-9 ||
           (rare >= ALIGN_RARE_N && plain >= ALIGN_RARE_PLAIN && cnt >= ALIGN_MIN_SHARED &&
            w / un->weight >= ALIGN_RARE_COVER - 1e-9);
}

/* 1 when sentence s reports unit u, a short sentence of its own, as
 * another count of the same thing (align_count_variant): all terms but
 * the number are shared, and s has at most one term more. A clause of a
 * longer sentence ("..., in which 71 people drowned"), or a longer
 * sentence for it ("at least 27 people were killed in ..." for "Four
 * people were killed."), is too often another event's or place's count.
 * Two plain terms in u, the number at most one of them, leave a plain
 * term among those shared, as reports() asks. */
static int reports_count(const aligner *a, uint32_t u, uint32_t s, uint32_t cnt)
{
    const aunit *un = &a->units[u];
    return un->nt == ALIGN_MIN_SHARED && cnt + 1 == un->nt && un->nplain >= ALIGN_UNIT_PLAIN &&
           a->sent_unit[un->sent + 1] == u + 1 && a->sent_unit[un->sent] == u &&
           a->sterm_off[s + 1] - a->sterm_off[s] <= un->nt + 1 && align_count_variant(a, u, s);
}

uint32_t align_lower_bound(const uint32_t *v, uint32_t lo, uint32_t hi, uint32_t x)
{
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (v[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Adds term k of unit un to the counts of the sentences holding it. The
 * unit's own article is skipped by binary search (postings are in sentence
 * order and an article's sentences are contiguous): a long single article
 * otherwise costs its sentences squared. Returns the new touched count. */
static size_t count_term(aligner *a, const aunit *un, uint32_t k, size_t nt)
{
    uint32_t c = a->terms[un->t0 + k];
    uint32_t lo = a->post_off[c], hi = a->post_off[c + 1];
    uint32_t own0 = a->m->doc_first[un->doc], own1 = a->m->doc_first[un->doc + 1];
    uint32_t skip0 = align_lower_bound(a->post, lo, hi, own0);
    uint32_t skip1 = align_lower_bound(a->post, skip0, hi, own1);
    uint32_t pl = a->tplain[un->t0 + k];
    uint32_t add = 1u + (pl ? 1u << 10 : 0u) + (pl == 1 && a->sf[c] <= a->rare_sf ? 1u << 20 : 0u);
    for (uint32_t p = lo; p < hi; p++) {
        if (p == skip0)
            p = skip1;
        if (p >= hi)
            break;
        uint32_t s = a->post[p];
        if (a->cnt[s] == 0)
            a->touched[nt++] = s;
        a->cnt[s] += add;
        a->acc[s] += a->w[c];
    }
    return nt;
}

size_t align_reporters(aligner *a, uint32_t u, uint32_t *best, double *cover)
{
    const aunit *un = &a->units[u];
    size_t nd = a->m->ndocs, nt = 0, found = 0;
    for (size_t d = 0; d < nd; d++) {
        if (best)
            best[d] = UINT32_MAX;
        if (cover)
            cover[d] = 0;
        a->bestc[d] = 0;
    }
    for (uint32_t k = 0; k < un->nt; k++)
        nt = count_term(a, un, k, nt);
    for (size_t i = 0; i < nt; i++) {
        uint32_t s = a->touched[i], d = a->m->sents[s].doc;
        double c = un->weight > 0 ? a->acc[s] / un->weight : 0;
        uint32_t cnt = a->cnt[s] & 0x3ff, plain = (a->cnt[s] >> 10) & 0x3ff;
        int ok = reports(un, a->acc[s], cnt, plain, a->cnt[s] >> 20) || reports_count(a, u, s, cnt);
        if (ok && c > a->bestc[d] && (!a->need_keys || align_keys_in(a, u, s))) {
            if (a->bestc[d] == 0)
                found++;
            a->bestc[d] = c;
            if (best)
                best[d] = s;
            if (cover)
                cover[d] = c;
        }
        a->acc[s] = 0;
        a->cnt[s] = 0;
    }
    return found;
}

int align_sentences(const aligner *a, uint32_t s, uint32_t t)
{
    for (int pass = 0; pass < 2; pass++) {
        uint32_t x = pass ? t : s, y = pass ? s : t;
        for (uint32_t u = a->sent_unit[x]; u < a->sent_unit[x + 1]; u++) {
            size_t shared, plain, rare;
            double c = align_cover(a, u, y, &shared, &plain, &rare);
            const aunit *un = &a->units[u];
            if (reports(un, c * un->weight, (uint32_t)shared, (uint32_t)plain, (uint32_t)rare) ||
                reports_count(a, u, y, (uint32_t)shared))
                return 1;
        }
    }
    return 0;
}

double align_unit_shared(const aligner *a, uint32_t u, uint32_t v)
{
    const aunit *x = &a->units[u], *y = &a->units[v];
    const uint32_t *p = a->terms + x->t0, *q = a->terms + y->t0;
    size_t i = 0, j = 0;
    double w = 0;
    while (i < x->nt && j < y->nt) {
        if (p[i] < q[j])
            i++;
        else if (p[i] > q[j])
            j++;
        else {
            w += a->tplain[x->t0 + i] ? a->w[p[i]] : 0;
            i++;
            j++;
        }
    }
    return w;
}
