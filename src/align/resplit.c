/* A sentence view for alignment: the model's sentences, cut again where a
 * sentence visibly ends inside one (". ” According", "reached.” AP’s") so
 * that a unit never straddles two sentences the segmenter joined. */
#include <stdlib.h>
#include <string.h>

#include "align/align.h"
#include "util/vec.h"

/* 1 when the gap between two tokens ends a sentence: terminal mark, then
 * optional closing quotes or brackets, then whitespace, before a capital. */
static int ends_sentence(const char *g, size_t n, const ctoken *prev, const ctoken *next)
{
    size_t i = 0;
    if (!(next->flags & TOK_CAP) || prev->end - prev->start < 2 || (prev->flags & TOK_CAP && prev->end - prev->start <= 4))
        return 0; /* "U.S.", "Mr.", "Gen.", "Corp." are not sentence ends */
    while (i < n && g[i] != '.' && g[i] != '!' && g[i] != '?')
        i++;
    if (i == n || i > 0) /* the mark must follow the word directly */
        return 0;
    i++;
    while (i < n && (g[i] == '"' || g[i] == ')' || (unsigned char)g[i] >= 0x80))
        i++;
    return i < n && (g[i] == ' ' || g[i] == '\n');
}

typedef VEC(fsent) fsent_vec;

static int split_one(const fmodel *m, const fsent *s, fsent_vec *out)
{
    const char *t = chorus_story_doc(m->story, s->doc)->text;
    fsent cur = *s;
    for (uint32_t k = s->tok0 + 1; k < s->tok0 + s->ntok; k++) {
        const ctoken *p = &m->toks[k - 1], *n = &m->toks[k];
        if (!ends_sentence(t + p->end, n->start - p->end, p, n))
            continue;
        cur.ntok = k - cur.tok0;
        cur.end = p->end + 1;
        while (cur.end < n->start && t[cur.end] != ' ' && t[cur.end] != '\n')
            cur.end++;
        if (VEC_PUSH(out, cur) < 0)
            return -1;
        cur.tok0 = k;
        cur.start = n->start;
    }
    cur.ntok = s->tok0 + s->ntok - cur.tok0;
    cur.end = s->end;
    return VEC_PUSH(out, cur);
}

int align_resplit(const fmodel *m, fmodel *view)
{
    fsent_vec sv = {0};
    *view = *m;
    view->doc_first = malloc((m->ndocs + 1) * sizeof(uint32_t));
    if (!view->doc_first)
        return -1;
    for (size_t d = 0; d < m->ndocs; d++) {
        view->doc_first[d] = (uint32_t)sv.n;
        for (uint32_t i = m->doc_first[d]; i < m->doc_first[d + 1]; i++)
            if (split_one(m, &m->sents[i], &sv) < 0)
                goto fail;
        for (uint32_t i = view->doc_first[d]; i < sv.n; i++)
            sv.v[i].index = i - view->doc_first[d];
    }
    view->doc_first[m->ndocs] = (uint32_t)sv.n;
    view->sents = sv.v ? sv.v : malloc(sizeof(fsent));
    view->nsents = sv.n;
    if (view->sents)
        return 0;
fail:
    VEC_FREE(&sv);
    free(view->doc_first);
    view->doc_first = NULL;
    return -1;
}

void align_view_free(fmodel *view)
{
    free(view->sents);
    free(view->doc_first);
    view->sents = NULL;
    view->doc_first = NULL;
}
