#include "model.h"

#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "segment.h"

size_t chorus_count_words(const char *s, size_t n)
{
    size_t w = 0;
    int in = 0;
    for (size_t i = 0; i < n; i++) {
        int sp = s[i] == ' ' || s[i] == '\n' || s[i] == '\t';
        if (!sp && !in)
            w++;
        in = !sp;
    }
    return w;
}

void chorus_model_free(fmodel *m)
{
    if (!m)
        return;
    free(m->sents);
    free(m->toks);
    free(m->doc_first);
    free(m->term_docs);
    free(m->term_count);
    free(m->doc_copy_of);
    free(m->doc_copy_sim);
    free(m);
}

typedef VEC(fsent) fsent_vec;

static int add_doc(fmodel *m, uint32_t d, span_vec *spans, fsent_vec *sv, ctoken_vec *tv)
{
    const chorus_doc *doc = chorus_story_doc(m->story, d);
    spans->n = 0;
    if (chorus_segment_spans(doc->text, doc->text_len, chorus_tokens_lang(m->tok), spans) < 0)
        return -1;
    for (size_t i = 0; i < spans->n; i++) {
        const chorus_span *sp = &spans->v[i];
        fsent s = {d, (uint32_t)i, (uint32_t)sp->paragraph, (uint32_t)sp->start, (uint32_t)sp->end,
                   (uint32_t)tv->n, 0, 0, 0, 0};
        if (chorus_tokens_scan(m->tok, doc->text + sp->start, sp->end - sp->start, sp->start, tv) < 0)
            return -1;
        s.ntok = (uint32_t)(tv->n - s.tok0);
        for (uint32_t k = s.tok0; k < tv->n; k++)
            s.ncontent += !(tv->v[k].flags & TOK_STOP);
        s.nwords = (uint32_t)chorus_count_words(doc->text + sp->start, sp->end - sp->start);
        if (VEC_PUSH(sv, s) < 0)
            return -1;
    }
    return 0;
}

/* Document frequency: each term counted once per article, using the last
 * article seen per term as the marker. */
static int term_stats(fmodel *m)
{
    m->nterms = chorus_tokens_nterms(m->tok);
    m->term_docs = calloc(m->nterms ? m->nterms : 1, sizeof(uint32_t));
    m->term_count = calloc(m->nterms ? m->nterms : 1, sizeof(uint32_t));
    uint32_t *last = malloc((m->nterms ? m->nterms : 1) * sizeof(uint32_t));
    if (!m->term_docs || !m->term_count || !last) {
        free(last);
        return -1;
    }
    memset(last, 0xff, (m->nterms ? m->nterms : 1) * sizeof(uint32_t));
    for (size_t i = 0; i < m->nsents; i++) {
        const fsent *s = &m->sents[i];
        for (uint32_t k = s->tok0; k < s->tok0 + s->ntok; k++) {
            uint32_t t = m->toks[k].term;
            m->term_count[t]++;
            if (last[t] != s->doc) {
                last[t] = s->doc;
                m->term_docs[t]++;
            }
        }
    }
    free(last);
    return 0;
}

int chorus_model_build(chorus_ctx *ctx, const chorus_story *story, chorus_tokenizer *tok, fmodel **out)
{
    *out = NULL;
    fmodel *m = calloc(1, sizeof(*m));
    span_vec spans = {0};
    fsent_vec sv = {0};
    ctoken_vec tv = {0};
    if (!m)
        return chorus_error_nomem(ctx);
    m->story = story;
    m->tok = tok;
    m->ndocs = chorus_story_ndocs(story);
    m->doc_first = malloc((m->ndocs + 1) * sizeof(uint32_t));
    if (!m->doc_first)
        goto nomem;
    for (size_t d = 0; d < m->ndocs; d++) {
        m->doc_first[d] = (uint32_t)sv.n;
        if (add_doc(m, (uint32_t)d, &spans, &sv, &tv) < 0)
            goto nomem;
    }
    m->doc_first[m->ndocs] = (uint32_t)sv.n;
    m->sents = sv.v;
    m->nsents = sv.n;
    m->toks = tv.v;
    m->ntoks = tv.n;
    sv.v = NULL;
    tv.v = NULL;
    if (term_stats(m) < 0 || chorus_model_find_copies(m) < 0)
        goto nomem;
    VEC_FREE(&spans);
    *out = m;
    return 0;
nomem:
    VEC_FREE(&spans);
    VEC_FREE(&sv);
    VEC_FREE(&tv);
    chorus_model_free(m);
    return chorus_error_nomem(ctx);
}

const char *chorus_model_sent_text(const fmodel *m, size_t i, size_t *len)
{
    const fsent *s = &m->sents[i];
    const chorus_doc *d = chorus_story_doc(m->story, s->doc);
    *len = s->end - s->start;
    return d->text + s->start;
}
