/* Alignment of one story as a unit of its own, for evaluation tools and
 * tests: open a story, ask whether two sentences share content. */
#include <stdlib.h>
#include <string.h>

#include "align/align.h"
#include "error.h"

struct align_session {
    chorus_tokenizer *tok;
    fmodel *m;
    fmodel view;
    aligner *al;
};

void align_session_free(align_session *s)
{
    if (!s)
        return;
    align_free(s->al);
    if (s->view.sents)
        align_view_free(&s->view);
    chorus_model_free(s->m);
    chorus_tokenizer_free(s->tok);
    free(s);
}

int align_session_open(chorus_ctx *ctx, const chorus_story *story, align_session **out)
{
    *out = NULL;
    align_session *s = calloc(1, sizeof *s);
    if (!s)
        return chorus_error_nomem(ctx);
    int rc = chorus_tokenizer_new(ctx, NULL, &s->tok);
    if (rc == 0)
        rc = chorus_model_build(ctx, story, s->tok, &s->m);
    if (rc == 0 && (align_resplit(s->m, &s->view) < 0 || align_build(&s->view, &s->al) < 0))
        rc = chorus_error_nomem(ctx);
    if (rc < 0) {
        align_session_free(s);
        return rc;
    }
    *out = s;
    return 0;
}

const fmodel *align_session_model(const align_session *s) { return &s->view; }

/* The sentence of article d that overlaps the byte range [start, end) the
 * most, or -1. Labelled pairs name byte ranges of the text, so they stay
 * valid when the splitter's boundaries move. */
static long find_sentence(const fmodel *m, size_t d, size_t start, size_t end)
{
    long best = -1;
    size_t best_ov = 0;
    for (uint32_t i = m->doc_first[d]; i < m->doc_first[d + 1]; i++) {
        size_t lo = m->sents[i].start > start ? m->sents[i].start : start;
        size_t hi = m->sents[i].end < end ? m->sents[i].end : end;
        if (hi > lo && hi - lo > best_ov) {
            best_ov = hi - lo;
            best = i;
        }
    }
    return best;
}

int align_session_pair(align_session *s, size_t da, size_t sa, size_t ea, size_t db, size_t sb,
                       size_t eb)
{
    const fmodel *m = &s->view;
    if (da >= m->ndocs || db >= m->ndocs)
        return -1;
    long x = find_sentence(m, da, sa, ea), y = find_sentence(m, db, sb, eb);
    if (x < 0 || y < 0)
        return -1;
    return align_sentences(s->al, (uint32_t)x, (uint32_t)y);
}
