/* Copies: articles (found by the model, see MODEL_COPY_MIN) or paragraphs
 * that repeat each other (wire copy republished), by their sets of word
 * 5-shingles: MinHash signatures pick the pairs worth a look, the exact
 * sets decide. */
#include <stdlib.h>
#include <string.h>

#include "card/card.h"
#include "util/minhash.h"

#define SHINGLE 5
#define PARA_MIN_WORDS 25
/* Earlier paragraphs looked at per band, most recent first: bounds the
 * work when a paragraph is repeated many times. */
#define CHAIN_MAX 32

typedef struct sig {
    uint32_t doc, start, end;
    chorus_minhash mh;
    uint64_t *set; /* distinct shingle hashes, sorted (chorus_shingle_set) */
    size_t nset;
} sig;

typedef VEC(sig) sig_vec;

/* Hash of each word of text[s, e), lower-cased letters and digits only. */
static size_t word_hashes(const char *t, size_t s, size_t e, uint64_t *out, size_t max)
{
    size_t n = 0, i = s;
    while (i < e && n < max) {
        while (i < e && (t[i] == ' ' || t[i] == '\n' || t[i] == '\t'))
            i++;
        uint64_t h = 1469598103934665603ULL;
        int any = 0;
        while (i < e && t[i] != ' ' && t[i] != '\n' && t[i] != '\t') {
            char c = t[i++];
            if (c >= 'A' && c <= 'Z')
                c = (char)(c + 32);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (unsigned char)c >= 0x80) {
                h = (h ^ (unsigned char)c) * 1099511628211ULL;
                any = 1;
            }
        }
        if (any)
            out[n++] = h;
    }
    return n;
}

static int make_sig(const char *t, uint32_t doc, size_t s, size_t e, sig *g)
{
    size_t max = e - s + 1;
    uint64_t *w = malloc(max * sizeof *w);
    g->set = malloc(max * sizeof *g->set);
    if (!w || !g->set) {
        free(w);
        free(g->set);
        return -1;
    }
    size_t n = word_hashes(t, s, e, w, max);
    g->doc = doc;
    g->start = (uint32_t)s;
    g->end = (uint32_t)e;
    size_t ns = chorus_shingle_hashes(w, n, SHINGLE, g->set);
    chorus_minhash_of(g->set, ns, &g->mh);
    g->nset = chorus_shingle_set(g->set, ns);
    free(w);
    return 0;
}

/* The share of the shorter paragraph's shingles that the other holds when
 * the two copy each other (the rule articles follow, MODEL_COPY_MIN;
 * paragraphs are long enough, PARA_MIN_WORDS, for containment to count at
 * any length), else -1. */
static double para_copy(const sig *a, const sig *b)
{
    if (!chorus_minhash_copies(&a->mh, &b->mh, MODEL_COPY_MIN - MODEL_COPY_SLACK, 0))
        return -1;
    double jac, cont;
    chorus_shingle_overlap(a->set, a->nset, b->set, b->nset, &jac, &cont);
    return chorus_copy_rule(jac, cont, a->nset < b->nset ? a->nset : b->nset, MODEL_COPY_MIN, 0) ? cont : -1;
}

/* Article copies are the model's (what the summarizer also counts once),
 * with the share of the shorter article's shingles found in the other. */
static int article_dups(card_build *b)
{
    chorus_card *c = b->card;
    for (size_t d = 0; d < c->ndocs; d++) {
        uint32_t a = b->base->doc_copy_of[d];
        if (a == d)
            continue;
        card_dup dp = {a, (uint32_t)d, b->base->doc_copy_sim[d], NULL};
        if (VEC_PUSH(&c->dups, dp) < 0)
            return -1;
        c->src[d].dup_of = a;
    }
    return 0;
}

/* Paragraph signatures of all articles (paragraphs of enough words). */
static int para_sigs(chorus_card *c, sig_vec *out)
{
    for (size_t d = 0; d < c->ndocs; d++) {
        const chorus_doc *doc = card_doc(c, d);
        size_t s = 0;
        for (size_t i = 0; i <= doc->text_len; i++) {
            int brk = i == doc->text_len || (doc->text[i] == '\n' && i + 1 < doc->text_len && doc->text[i + 1] == '\n');
            if (!brk)
                continue;
            if (chorus_count_words(doc->text + s, i - s) >= PARA_MIN_WORDS) {
                sig g;
                if (make_sig(doc->text, (uint32_t)d, s, i, &g) < 0)
                    return -1;
                if (VEC_PUSH(out, g) < 0) {
                    free(g.set);
                    return -1;
                }
            }
            s = i + 1;
        }
    }
    return 0;
}

typedef struct para_search {
    const chorus_card *c;
    const sig_vec *ps;
    size_t j;  /* the paragraph */
    long best; /* the earliest it copies so far, or -1 */
    double sim;
} para_search;

static void visit_para(void *ctx, uint32_t i)
{
    para_search *p = ctx;
    const sig *a = &p->ps->v[i], *b = &p->ps->v[p->j];
    if ((p->best >= 0 && i >= (size_t)p->best) || a->doc == b->doc || p->c->src[b->doc].dup_of == a->doc)
        return;
    double x = para_copy(a, b);
    if (x >= 0)
        p->best = i, p->sim = x;
}

/* The earliest paragraph before j, in another article that j's article
 * does not copy, that paragraph j copies (its share in *sim), or -1. Only
 * paragraphs sharing a MinHash band with j are looked at. */
static long para_source(const chorus_card *c, const sig_vec *ps, const chorus_postings *bands, uint32_t *seen,
                        size_t j, double *sim)
{
    para_search p = {c, ps, j, -1, *sim};
    chorus_minhash_candidates(bands, &ps->v[j].mh, CHAIN_MAX, seen, (uint32_t)j + 1, visit_para, &p);
    *sim = p.sim;
    return p.best;
}

static int para_dups(chorus_card *c)
{
    sig_vec ps = {0};
    chorus_postings bands;
    int rc = chorus_postings_init(&bands) == 0 && para_sigs(c, &ps) == 0 ? 0 : -1;
    uint32_t *seen = rc == 0 ? calloc(ps.n + 1, sizeof *seen) : NULL;
    rc = seen ? rc : -1;
    for (size_t j = 0; j < ps.n && rc == 0; j++) {
        double sim = 0;
        long i = para_source(c, &ps, &bands, seen, j, &sim);
        if (i >= 0) {
            const sig *a = &ps.v[i];
            const char *t = card_span(c, card_doc(c, a->doc)->text + a->start, a->end - a->start);
            card_dup d = {a->doc, ps.v[j].doc, sim, t};
            rc = !t || VEC_PUSH(&c->dups, d) < 0 ? -1 : 0;
        }
        if (rc == 0)
            rc = chorus_minhash_file(&bands, &ps.v[j].mh, (uint32_t)j);
    }
    for (size_t i = 0; i < ps.n; i++)
        free(ps.v[i].set);
    VEC_FREE(&ps);
    chorus_postings_free(&bands);
    free(seen);
    return rc;
}

int card_duplicates(card_build *b)
{
    int rc = article_dups(b);
    return rc == 0 ? para_dups(b->card) : rc;
}
