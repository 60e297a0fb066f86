/* Copies: articles or paragraphs that repeat each other (wire copy
 * republished), by MinHash signatures of word 5-shingles. */
#include <stdlib.h>
#include <string.h>

#include "card/card.h"
#include "util/hmap.h"

#define NHASH 64
#define SHINGLE 5
#define DUP_MIN 0.8
#define PARA_MIN_WORDS 25

typedef struct sig {
    uint32_t doc, start, end;
    uint64_t h[NHASH];
    size_t nshingles;
} sig;

typedef VEC(sig) sig_vec;

static uint64_t mix(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

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
    if (!w)
        return -1;
    size_t n = word_hashes(t, s, e, w, max);
    g->doc = doc;
    g->start = (uint32_t)s;
    g->end = (uint32_t)e;
    g->nshingles = n >= SHINGLE ? n - SHINGLE + 1 : (n ? 1 : 0);
    for (size_t k = 0; k < NHASH; k++)
        g->h[k] = UINT64_MAX;
    for (size_t i = 0; i < g->nshingles; i++) {
        uint64_t sh = 0;
        for (size_t j = i; j < i + SHINGLE && j < n; j++)
            sh = mix(sh ^ w[j]);
        /* k hash functions from two (Kirsch-Mitzenmacher double hashing). */
        uint64_t h1 = sh, h2 = mix(sh ^ 0x9e3779b97f4a7c15ULL) | 1;
        for (size_t k = 0; k < NHASH; k++) {
            uint64_t v = h1 + k * h2;
            if (v < g->h[k])
                g->h[k] = v;
        }
    }
    free(w);
    return 0;
}

static double similarity(const sig *a, const sig *b)
{
    if (!a->nshingles || !b->nshingles)
        return 0;
    size_t eq = 0;
    for (size_t k = 0; k < NHASH; k++)
        eq += a->h[k] == b->h[k];
    return (double)eq / NHASH;
}

static int article_dups(chorus_card *c, sig *s)
{
    for (size_t b = 1; b < c->ndocs; b++)
        for (size_t a = 0; a < b; a++) {
            double j = similarity(&s[a], &s[b]);
            if (j < DUP_MIN || c->src[a].dup_of != a)
                continue;
            card_dup d = {(uint32_t)a, (uint32_t)b, j, NULL};
            if (VEC_PUSH(&c->dups, d) < 0)
                return -1;
            c->src[b].dup_of = (uint32_t)a;
            break;
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
                if (make_sig(doc->text, (uint32_t)d, s, i, &g) < 0 || VEC_PUSH(out, g) < 0)
                    return -1;
            }
            s = i + 1;
        }
    }
    return 0;
}

static int para_dups(chorus_card *c)
{
    sig_vec ps = {0};
    int rc = para_sigs(c, &ps);
    for (size_t j = 0; j < ps.n && rc == 0; j++)
        for (size_t i = 0; i < j && rc == 0; i++) {
            const sig *a = &ps.v[i], *b = &ps.v[j];
            if (a->doc == b->doc || c->src[b->doc].dup_of == a->doc)
                continue;
            double sim = similarity(a, b);
            if (sim < DUP_MIN)
                continue;
            const char *t = card_span(c, card_doc(c, a->doc)->text + a->start, a->end - a->start);
            card_dup d = {a->doc, b->doc, sim, t};
            rc = !t || VEC_PUSH(&c->dups, d) < 0 ? -1 : 0;
            break;
        }
    VEC_FREE(&ps);
    return rc;
}

int card_duplicates(card_build *b)
{
    chorus_card *c = b->card;
    sig *s = malloc((c->ndocs + 1) * sizeof *s);
    int rc = s ? 0 : -1;
    for (size_t d = 0; d < c->ndocs && rc == 0; d++)
        rc = make_sig(card_doc(c, d)->text, (uint32_t)d, 0, card_doc(c, d)->text_len, &s[d]);
    if (rc == 0)
        rc = article_dups(c, s);
    free(s);
    return rc == 0 ? para_dups(c) : rc;
}
