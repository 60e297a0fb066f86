/* The story card: sources, summary support and facts from the alignment;
 * the other sections come from quotes.c, diverge.c, dupes.c, entities.c. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "card/card.h"
#include "card/lex.h"
#include "summarize.h"
#include "error.h"
#include "util/postings.h"

const chorus_doc *card_doc(const chorus_card *c, size_t d) { return chorus_story_doc(c->story, d); }

const char *card_span(chorus_card *c, const char *text, size_t n)
{
    char *o = carena_alloc(c->arena, n + 1);
    if (!o)
        return NULL;
    size_t k = 0;
    int sp = 0;
    for (size_t i = 0; i < n; i++) {
        char ch = text[i];
        if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
            sp = k > 0;
            continue;
        }
        if (sp)
            o[k++] = ' ';
        sp = 0;
        o[k++] = ch;
    }
    o[k] = 0;
    return o;
}

void chorus_card_free(chorus_card *card)
{
    if (!card)
        return;
    VEC_FREE(&card->summary);
    VEC_FREE(&card->facts);
    VEC_FREE(&card->quotes);
    VEC_FREE(&card->divs);
    VEC_FREE(&card->dups);
    VEC_FREE(&card->ents);
    carena_free(card->arena);
    free(card);
}

/* Fills the unit x article support table from the aligner. */
static int unit_support(card_build *b)
{
    size_t nu = b->al->nunits, nd = b->m->ndocs;
    b->usup = calloc(nu * nd + 1, 1);
    b->ubest = malloc((nu * nd + 1) * sizeof(uint32_t));
    if (!b->usup || !b->ubest)
        return -1;
    for (size_t u = 0; u < nu; u++) {
        uint32_t *best = b->ubest + u * nd;
        align_reporters(b->al, (uint32_t)u, best, NULL);
        for (size_t d = 0; d < nd; d++)
            b->usup[u * nd + d] = best[d] != UINT32_MAX;
        b->usup[u * nd + b->al->units[u].doc] = 1;
    }
    return 0;
}

int card_group(const chorus_card *c, const card_item *it)
{
    if (it->nindep == c->nindep && c->nindep > 1)
        return 0;
    return it->nindep > 1 ? 1 : 2;
}

/* Independent sources among the supporting articles: copies count once. */
static uint32_t count_independent(const chorus_card *c, const uint8_t *sup)
{
    uint32_t n = 0;
    for (size_t d = 0; d < c->ndocs; d++)
        n += sup[d] && (c->src[d].dup_of == d || !sup[c->src[d].dup_of]);
    return n;
}

/* The sentence of article d that reports most of the units [u0, u1)
 * (the first such unit's on a tie), or UINT32_MAX. */
static uint32_t evidence_sentence(const card_build *b, uint32_t u0, uint32_t u1, size_t d)
{
    size_t nd = b->m->ndocs, votes = 0;
    uint32_t best = UINT32_MAX;
    for (uint32_t u = u0; u < u1; u++) {
        uint32_t s = b->ubest[u * nd + d];
        size_t n = 0;
        if (s == UINT32_MAX || s == best)
            continue;
        for (uint32_t v = u0; v < u1; v++)
            n += b->ubest[v * nd + d] == s;
        if (n > votes) {
            votes = n;
            best = s;
        }
    }
    return best;
}

/* Makes an item for sentence/unit text [start,end) of article doc whose
 * support and evidence come from the units [u0,u1) (merged). */
static int make_item(card_build *b, uint32_t doc, uint32_t start, uint32_t end, uint32_t u0,
                     uint32_t u1, card_item *it)
{
    chorus_card *c = b->card;
    size_t nd = c->ndocs;
    memset(it, 0, sizeof *it);
    it->doc = doc;
    it->unit = u1 == u0 + 1 ? u0 : UINT32_MAX;
    it->start = start;
    it->end = end;
    it->text = card_span(c, card_doc(c, doc)->text + start, end - start);
    it->support = carena_alloc(c->arena, nd);
    it->evidence = carena_alloc(c->arena, nd * sizeof(char *));
    if (!it->text || !it->support || !it->evidence)
        return -1;
    it->support[doc] = 1;
    it->evidence[doc] = it->text;
    for (size_t d = 0; d < nd; d++) {
        uint32_t s = d == doc ? UINT32_MAX : evidence_sentence(b, u0, u1, d);
        if (s == UINT32_MAX)
            continue;
        size_t len;
        const char *t = chorus_model_sent_text(b->m, s, &len);
        it->support[d] = 1;
        if (!(it->evidence[d] = card_span(c, t, len)))
            return -1;
    }
    for (size_t d = 0; d < nd; d++)
        it->nsupport += it->support[d];
    it->nindep = count_independent(c, it->support);
    return 0;
}

/* 1 when unit u says what fact unit f (another article) says: f's
 * sentence reports u. The fact then also counts u's article, with u's
 * sentence as evidence, so support does not depend on which article's
 * wording came first. */
static int same_fact(card_build *b, card_item *it, uint32_t f, uint32_t u)
{
    size_t nd = b->m->ndocs;
    const aunit *fu = &b->al->units[f], *uu = &b->al->units[u];
    if (b->ubest[u * nd + fu->doc] != fu->sent)
        return 0;
    if (!it->support[uu->doc]) {
        size_t len;
        const char *t = chorus_model_sent_text(b->m, uu->sent, &len);
        if (!(it->evidence[uu->doc] = card_span(b->card, t, len)))
            return -1;
        it->support[uu->doc] = 1;
        it->nsupport++;
        it->nindep = count_independent(b->card, it->support);
    }
    return 1;
}

/* 1 when sentence s carries enough of fact unit f for f to list s's
 * article: merging u into f adds u's article to f's support, so f's own
 * content must be there too, not only u's ("met on 2 November" must not
 * make an article report "met on 2 November in Atareb"). */
static int fact_covered(const card_build *b, uint32_t f, uint32_t s)
{
    return b->ubest[f * b->m->ndocs + b->m->sents[s].doc] == s ||
           align_cover(b->al, f, s, NULL, NULL, NULL) >= ALIGN_RARE_COVER - 1e-9;
}

/* 1 when unit un lies within the dateline that opens its sentence. */
static int in_dateline(const card_build *b, const aunit *un)
{
    const fsent *fs = &b->m->sents[un->sent];
    const char *text = card_doc(b->card, un->doc)->text;
    size_t dl = summ_dateline_len(text + fs->start, fs->end - fs->start);
    return dl > 0 && un->end <= fs->start + dl;
}

/* 1 when unit un's sentence is part of a quotation of several sentences
 * ("``We will rebuild every home." / "The river will not beat us,'' the
 * mayor said."): as a fact it would show words without their speaker. The
 * quote itself is listed, with its speakers, under quotes. */
static int in_long_quote(const card_build *b, const aunit *un)
{
    const fsent *fs = &b->m->sents[un->sent];
    const char *text = card_doc(b->card, un->doc)->text;
    return !summ_quotes_balanced(text + fs->start, fs->end - fs->start);
}

/* 1 when unit un is only the attribution of its sentence's statement: a
 * short clause after the first one that ends or starts with a plain speech
 * verb (", the regional coast guard said." / ", said Captain Ilse Varga" /
 * ", according to the island's medical centre").
 * Who said it is shown with the quotes and attribution divergences. */
static int attribution_tail(const card_build *b, const aunit *un)
{
    static const char *const verbs[] = {"said", "says", "told", "reported", "added", "according", NULL};
    const char *text = card_doc(b->card, un->doc)->text;
    if (un->start <= b->m->sents[un->sent].start)
        return 0;
    lword_vec v = {0};
    if (lex_range(text, un->start, un->end, &v) < 0)
        return -1;
    size_t first = SIZE_MAX, last = SIZE_MAX, nwords = 0;
    for (size_t i = 0; i < v.n; i++)
        if (!v.v[i].punct) {
            first = first == SIZE_MAX ? i : first;
            last = i;
            nwords++;
        }
    int tail = nwords > 0 && nwords <= 8 &&
               (lex_in(text, &v.v[first], verbs) || lex_in(text, &v.v[last], verbs));
    VEC_FREE(&v);
    return tail;
}

static uint64_t sent_key(uint32_t doc, uint32_t sent) { return (uint64_t)doc << 32 | sent; }

/* The fact (index into fu) of another article whose sentence reports unit
 * u and whose own clause shares most with u (the first on a tie), or
 * SIZE_MAX. by_sent files each fact under its article and sentence, so
 * only the facts in the sentences that report u are looked at. */
static size_t closest_fact(const card_build *b, uint32_t u, const uint32_t *fu, const chorus_postings *by_sent)
{
    size_t nd = b->m->ndocs, best = SIZE_MAX;
    const aunit *un = &b->al->units[u];
    double bw = 0;
    for (uint32_t d = 0; d < nd; d++) {
        uint32_t s = b->ubest[u * nd + d];
        if (d == un->doc || s == UINT32_MAX)
            continue;
        for (uint32_t p = chorus_postings_first(by_sent, sent_key(d, s)); p != CHORUS_POSTINGS_END;
             p = by_sent->v.v[p].next) {
            size_t i = by_sent->v.v[p].id;
            if (!fact_covered(b, fu[i], un->sent))
                continue;
            double w = align_unit_shared(b->al, u, fu[i]);
            if (w > bw || (w == bw && best != SIZE_MAX && i < best)) {
                bw = w;
                best = i;
            }
        }
    }
    return best;
}

/* 1 when unit un belongs to an article that copies another and its words
 * stand verbatim in that article: the fact is the original's, not a second
 * one (a name-only fragment is never aligned, so it would be listed twice). */
static int copied_unit(const card_build *b, const aunit *un)
{
    uint32_t src = b->card->src[un->doc].dup_of;
    if (src == un->doc)
        return 0;
    const chorus_doc *from = card_doc(b->card, src), *copy = card_doc(b->card, un->doc);
    size_t n = un->end - un->start;
    for (size_t i = 0; n && i + n <= from->text_len; i++)
        if (from->text[i] == copy->text[un->start] && memcmp(from->text + i, copy->text + un->start, n) == 0)
            return 1;
    return 0;
}

static int build_facts(card_build *b)
{
    size_t nu = b->al->nunits;
    VEC(uint32_t) fu = {0};
    chorus_postings by_sent;
    int rc = chorus_postings_init(&by_sent);
    for (uint32_t u = 0; u < nu && rc == 0; u++) {
        const aunit *un = &b->al->units[u];
        /* Names alone state nothing; nor does a dateline. */
        if (un->nt < ALIGN_MIN_TERMS || un->nplain == 0 || in_dateline(b, un) || in_long_quote(b, un) ||
            copied_unit(b, un))
            continue;
        int tail = attribution_tail(b, un);
        if (tail < 0)
            rc = -1;
        if (tail)
            continue;
        size_t best = closest_fact(b, u, fu.v, &by_sent);
        int dup = best == SIZE_MAX ? 0 : same_fact(b, &b->card->facts.v[best], fu.v[best], u);
        if (dup < 0)
            rc = -1;
        if (dup)
            continue;
        card_item it;
        rc = make_item(b, un->doc, un->start, un->end, u, u + 1, &it);
        if (rc == 0)
            rc = VEC_PUSH(&b->card->facts, it);
        if (rc == 0)
            rc = chorus_postings_add(&by_sent, sent_key(un->doc, un->sent), (uint32_t)fu.n);
        if (rc == 0)
            rc = VEC_PUSH(&fu, u);
    }
    VEC_FREE(&fu);
    chorus_postings_free(&by_sent);
    return rc;
}

static int build_sources(card_build *b)
{
    chorus_card *c = b->card;
    size_t nd = c->ndocs;
    for (size_t d = 0; d < nd; d++) {
        const chorus_doc *doc = card_doc(c, d);
        c->src[d].words = (uint32_t)chorus_count_words(doc->text, doc->text_len);
        c->src[d].sentences = b->m->doc_first[d + 1] - b->m->doc_first[d];
    }
    for (size_t s = 0; s < b->m->nsents; s++) {
        int shared = 0;
        for (uint32_t u = b->al->sent_unit[s]; u < b->al->sent_unit[s + 1] && !shared; u++)
            for (size_t d = 0; d < nd && !shared; d++)
                shared = d != b->m->sents[s].doc && b->usup[u * nd + d];
        if (shared)
            c->src[b->m->sents[s].doc].shared++;
        else
            c->src[b->m->sents[s].doc].own++;
    }
    return 0;
}

/* The sentence of the alignment view that holds byte pos of article doc,
 * or SIZE_MAX. */
static size_t view_sentence(const card_build *b, size_t doc, size_t pos)
{
    size_t s = b->m->doc_first[doc];
    while (s < b->m->doc_first[doc + 1] && b->m->sents[s].end <= pos)
        s++;
    return s < b->m->doc_first[doc + 1] ? s : SIZE_MAX;
}

/* A summary sentence is reported by every article that reports one of the
 * facts made from its clauses: a fact also counts the articles whose own
 * clause it reports (same_fact), which the sentence's units alone miss. */
static void summary_support_from_facts(card_build *b)
{
    chorus_card *c = b->card;
    for (size_t i = 0; i < c->summary.n; i++) {
        card_item *it = &c->summary.v[i];
        size_t s = view_sentence(b, it->doc, it->start);
        if (s == SIZE_MAX)
            continue;
        for (size_t k = 0; k < c->facts.n; k++) {
            const card_item *f = &c->facts.v[k];
            if (f->unit == UINT32_MAX || f->unit < b->al->sent_unit[s] || f->unit >= b->al->sent_unit[s + 1])
                continue;
            for (size_t d = 0; d < c->ndocs; d++)
                if (f->support[d] && !it->support[d]) {
                    it->support[d] = 1;
                    it->evidence[d] = f->evidence[d];
                    it->nsupport++;
                }
        }
        it->nindep = count_independent(c, it->support);
    }
}

static int build_summary(card_build *b)
{
    chorus_card *c = b->card;
    chorus_summarize_opts so = CHORUS_SUMMARIZE_OPTS_INIT;
    chorus_summary *sum = NULL;
    so.words = c->opts.summary_words;
    so.lang = c->opts.lang;
    so.dateline = 0; /* the card lists its sources' dates itself */
    /* The card's summary holds at least one whole sentence: the budget
     * grows to the shortest sentence (this also keeps the summarizer off
     * its cut-mid-sentence path). No sentences, no summary. */
    uint32_t shortest = UINT32_MAX;
    for (size_t i = 0; i < b->base->nsents; i++)
        if (b->base->sents[i].ncontent > 0 && b->base->sents[i].nwords < shortest)
            shortest = b->base->sents[i].nwords;
    if (shortest == UINT32_MAX)
        return 0;
    if (so.words && so.words < shortest)
        so.words = shortest;
    int rc = chorus_summarize(b->ctx, c->story, &so, &sum);
    if (rc < 0)
        return rc;
    for (size_t i = 0; i < chorus_summary_count(sum) && rc == 0; i++) {
        const chorus_summary_sentence *ss = chorus_summary_get(sum, i);
        size_t s = view_sentence(b, ss->doc, ss->start);
        if (s == SIZE_MAX)
            continue;
        card_item it;
        if (make_item(b, (uint32_t)ss->doc, (uint32_t)ss->start, (uint32_t)ss->end,
                      b->al->sent_unit[s], b->al->sent_unit[s + 1], &it) < 0 ||
            VEC_PUSH(&c->summary, it) < 0)
            rc = chorus_error_nomem(b->ctx);
    }
    chorus_summary_free(sum);
    return rc;
}

static int build_sections(card_build *b)
{
    chorus_card *c = b->card;
    if (unit_support(b) < 0 || card_duplicates(b) < 0 || build_sources(b) < 0)
        return chorus_error_nomem(b->ctx);
    for (size_t d = 0; d < c->ndocs; d++)
        c->nindep += c->src[d].dup_of == d;
    int rc = build_summary(b);
    if (rc < 0)
        return rc;
    if (build_facts(b) < 0)
        return chorus_error_nomem(b->ctx);
    summary_support_from_facts(b);
    if (card_quotes(b) < 0 || card_divergences(b) < 0 || card_entities(b) < 0)
        return chorus_error_nomem(b->ctx);
    if (c->ndocs < 2)
        c->note = "only one article: nothing to compare across sources; facts, quotes "
                  "and entities are that article's own";
    else if (c->nindep < 2)
        c->note = "only one independent article (the others copy it): nothing to compare "
                  "across sources; facts, quotes and entities are that article's own";
    return 0;
}

int chorus_card_new(chorus_ctx *ctx, const chorus_story *story, const chorus_card_opts *opts,
                    chorus_card **out)
{
    chorus_card_opts def = CHORUS_CARD_OPTS_INIT;
    card_build b = {0};
    chorus_tokenizer *tok = NULL;
    fmodel *m = NULL, view = {0};
    *out = NULL;
    if (chorus_story_ndocs(story) == 0)
        return chorus_error_set(ctx, CHORUS_EINPUT, "story '%s' has no articles", chorus_story_id(story));
    chorus_card *c = calloc(1, sizeof *c);
    int rc = CHORUS_ENOMEM;
    if (!c || !(c->arena = carena_new()))
        goto done;
    c->story = story;
    c->opts = opts ? *opts : def;
    c->ndocs = chorus_story_ndocs(story);
    if (!(c->src = carena_alloc(c->arena, (c->ndocs + 1) * sizeof *c->src)))
        goto done;
    for (size_t d = 0; d < c->ndocs; d++)
        c->src[d].dup_of = (uint32_t)d;
    if ((rc = chorus_tokenizer_new(ctx, c->opts.lang, &tok)) < 0 ||
        (rc = chorus_model_build(ctx, story, tok, &m)) < 0)
        goto done;
    b = (card_build){c, ctx, &view, m, NULL, NULL, NULL};
    rc = CHORUS_ENOMEM;
    if (align_resplit(m, &view) < 0 || align_build(&view, &b.al) < 0)
        goto done;
    rc = build_sections(&b);
done:
    if (rc == CHORUS_ENOMEM)
        chorus_error_nomem(ctx);
    free(b.usup);
    free(b.ubest);
    align_free(b.al);
    align_view_free(&view);
    chorus_model_free(m);
    chorus_tokenizer_free(tok);
    if (rc < 0)
        chorus_card_free(c);
    else
        *out = c;
    return rc;
}
