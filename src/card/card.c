/* The story card: sources, summary support and facts from the alignment;
 * the other sections come from quotes.c, diverge.c, dupes.c, entities.c. */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "card/card.h"
#include "card/lex.h"
#include "summarize.h"
#include "error.h"
#include "util/postings.h"
#include "util/utf8.h"

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

static int link_identical(card_build *b);

/* Fills the unit x article support table from the aligner (again when
 * the aligner's mode changed). */
static int unit_support(card_build *b)
{
    size_t nu = b->al->nunits, nd = b->m->ndocs;
    if (!b->usup)
        b->usup = calloc(nu * nd + 1, 1);
    if (!b->ubest)
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
    return link_identical(b);
}

/* The next content term of unit u, or UINT32_MAX at its end; *tok is the
 * token to read from (start at the sentence's first) and is moved past the
 * term. */
static uint32_t next_term(const aligner *a, uint32_t u, uint32_t *tok)
{
    const aunit *un = &a->units[u];
    const fsent *fs = &a->m->sents[un->sent];
    for (; *tok < fs->tok0 + fs->ntok; (*tok)++) {
        const ctoken *t = &a->m->toks[*tok];
        uint32_t c = align_canon(a, t->term);
        if (t->start >= un->start && t->end <= un->end && !(t->flags & TOK_STOP) && c != UINT32_MAX) {
            (*tok)++;
            return c;
        }
    }
    return UINT32_MAX;
}

typedef struct unit_hash {
    uint64_t h;
    uint32_t u;
} unit_hash;

static int cmp_unit_hash(const void *x, const void *y)
{
    const unit_hash *a = x, *b = y;
    if (a->h != b->h)
        return a->h < b->h ? -1 : 1;
    return a->u < b->u ? -1 : a->u > b->u;
}

/* 1 when units u and v have the same content words in the same order. */
static int same_words(const aligner *a, uint32_t u, uint32_t v)
{
    uint32_t i = a->m->sents[a->units[u].sent].tok0, j = a->m->sents[a->units[v].sent].tok0, x, y;
    do {
        x = next_term(a, u, &i);
        y = next_term(a, v, &j);
    } while (x == y && x != UINT32_MAX);
    return x == y;
}

/* Clauses of different articles with the same words in the same order
 * report each other, though too few of their words may be plain for the
 * aligner to pair them ("Dennis DeConcini, D-Ariz., said Thomas was doing
 * well."): the identical sentence is the evidence. */
static int link_identical(card_build *b)
{
    const aligner *a = b->al;
    size_t nd = b->m->ndocs, n = 0;
    unit_hash *v = malloc((a->nunits + 1) * sizeof *v);
    if (!v)
        return -1;
    for (uint32_t u = 0; u < a->nunits; u++) {
        uint64_t h = 1469598103934665603ull;
        uint32_t tok = a->m->sents[a->units[u].sent].tok0, c, nt = 0;
        while ((c = next_term(a, u, &tok)) != UINT32_MAX) {
            h = (h ^ c) * 1099511628211ull;
            nt++;
        }
        if (nt >= ALIGN_MIN_TERMS)
            v[n++] = (unit_hash){h, u};
    }
    qsort(v, n, sizeof *v, cmp_unit_hash);
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n && v[j].h == v[i].h; j++) {
            const aunit *x = &a->units[v[i].u], *y = &a->units[v[j].u];
            if (x->doc == y->doc || !same_words(a, v[i].u, v[j].u))
                continue;
            b->ubest[v[i].u * nd + y->doc] = y->sent;
            b->ubest[v[j].u * nd + x->doc] = x->sent;
            b->usup[v[i].u * nd + y->doc] = b->usup[v[j].u * nd + x->doc] = 1;
        }
    free(v);
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
                     uint32_t u1, card_item *it, uint32_t *evs)
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
        if (evs)
            evs[d] = d != doc ? s : u0 < u1 ? b->al->units[u0].sent : UINT32_MAX;
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

/* Facts under construction: the unit of each, the facts filed under their
 * article and sentence, and per fact and article the sentence that carries
 * it (UINT32_MAX when none; the sources' counts come from these). */
typedef struct fact_state {
    const uint32_t *aligned; /* unit x article: the aligned sentence (keys not asked) */
    VEC(uint32_t) fu;
    VEC(uint32_t) evs;
    chorus_postings by_sent;
} fact_state;

/* 1 when unit u says what fact unit f (another article) says: f's
 * sentence is aligned with u (u's numbers and names need not be in it:
 * the fact shows f's words, which fact_covered found in u's sentence).
 * The fact then also counts u's article, with u's sentence as evidence
 * (row evs), so support does not depend on which article's wording came
 * first. */
static int same_fact(card_build *b, const uint32_t *aligned, card_item *it, uint32_t f, uint32_t u,
                     uint32_t *evs)
{
    size_t nd = b->m->ndocs;
    const aunit *fu = &b->al->units[f], *uu = &b->al->units[u];
    if (aligned[u * nd + fu->doc] != fu->sent)
        return 0;
    if (!it->support[uu->doc]) {
        size_t len;
        const char *t = chorus_model_sent_text(b->m, uu->sent, &len);
        if (!(it->evidence[uu->doc] = card_span(b->card, t, len)))
            return -1;
        it->support[uu->doc] = 1;
        it->nsupport++;
        it->nindep = count_independent(b->card, it->support);
        evs[uu->doc] = uu->sent;
    }
    return 1;
}

/* 1 when sentence s carries enough of fact unit f for f to list s's
 * article: merging u into f adds u's article to f's support, so f's own
 * content must be there too, not only u's ("met on 2 November" must not
 * make an article report "met on 2 November in Atareb"), and, when support
 * is being decided, f's numbers and names. */
static int fact_covered(const card_build *b, uint32_t f, uint32_t s)
{
    if (b->al->need_keys && !align_keys_in(b->al, f, s))
        return 0;
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
 * mayor said."), its middle sentences too, which hold no mark ("We will
 * rebuild." / "Every family will be back." / "The river will not beat
 * us," the mayor said.: inside[s], mark_quoted): as a fact it would show
 * words without their speaker. The quote itself is listed, with its
 * speakers, under quotes. */
static int in_long_quote(const card_build *b, const aunit *un, const uint8_t *inside)
{
    const fsent *fs = &b->m->sents[un->sent];
    const char *text = card_doc(b->card, un->doc)->text;
    return inside[un->sent] || !summ_quotes_balanced(text + fs->start, fs->end - fs->start);
}

/* Whether a double quotation is open after t[0, len), given open, whether
 * one was before it: a curly or newswire mark says which way it goes, a
 * straight one turns the state over. Only the bytes a mark opens with are
 * looked at (every sentence of the story is read). */
static int quote_open_after(const char *t, size_t len, int open)
{
    for (size_t i = 0, k; i < len; i += k ? k : 1) {
        unsigned char c = (unsigned char)t[i];
        k = c == '"' || c == '`' || c == '\'' || c == 0xE2 ? lex_quote_mark(t + i, len - i) : 0;
        if (k == 3)
            open = (unsigned char)t[i + 2] == 0x9C; /* “ opens, ” closes */
        else if (k == 2)
            open = t[i] == '`';
        else if (k == 1)
            open = !open;
    }
    return open;
}

/* Sets inside[s] for each sentence s of the view that a quotation opened
 * by an earlier sentence of its paragraph holds when it starts, when s or
 * a later sentence of the paragraph closes it, or the next paragraph
 * opens with a quotation mark, as a quotation of several paragraphs goes
 * on: a mark left open by a slip or a sentence cut inside a quoted name
 * ('"Tom" told the court ...') marks no sentence after it. */
static void mark_quoted(const card_build *b, uint8_t *inside)
{
    const fsent *fs = b->m->sents;
    int open = 0;
    for (size_t s = 0; s < b->m->nsents; s++) { /* value 1: open before s; 2: open after it */
        if (s == 0 || fs[s].doc != fs[s - 1].doc || fs[s].paragraph != fs[s - 1].paragraph)
            open = 0;
        const char *t = card_doc(b->card, fs[s].doc)->text + fs[s].start;
        int after = quote_open_after(t, fs[s].end - fs[s].start, open);
        inside[s] = (uint8_t)(open | after << 1);
        open = after;
    }
    int closes = 0; /* the quotation open after s is closed, or goes on in the next paragraph */
    for (size_t s = b->m->nsents; s-- > 0;) {
        int next_doc = s + 1 == b->m->nsents || fs[s].doc != fs[s + 1].doc;
        if (next_doc || fs[s].paragraph != fs[s + 1].paragraph) {
            const char *t = next_doc ? NULL : card_doc(b->card, fs[s + 1].doc)->text + fs[s + 1].start;
            closes = t && lex_quote_mark(t, fs[s + 1].end - fs[s + 1].start) > 0;
        }
        closes = !(inside[s] & 2) || closes;
        inside[s] = (uint8_t)((inside[s] & 1) && closes);
    }
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
static size_t closest_fact(const card_build *b, uint32_t u, const fact_state *fs)
{
    size_t nd = b->m->ndocs, best = SIZE_MAX;
    const aunit *un = &b->al->units[u];
    const uint32_t *fu = fs->fu.v;
    const chorus_postings *by_sent = &fs->by_sent;
    double bw = 0;
    for (uint32_t d = 0; d < nd; d++) {
        uint32_t s = fs->aligned[u * nd + d];
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

/* 1 when every term of unit u is a term of unit f. */
static int unit_within(const aligner *a, uint32_t u, uint32_t f)
{
    const aunit *x = &a->units[u], *y = &a->units[f];
    uint32_t j = 0;
    for (uint32_t i = 0; i < x->nt; i++) {
        while (j < y->nt && a->terms[y->t0 + j] < a->terms[x->t0 + i])
            j++;
        if (j == y->nt || a->terms[y->t0 + j] != a->terms[x->t0 + i])
            return 0;
    }
    return 1;
}

/* 1 when unit u, which no other article reports, says nothing that a fact
 * crediting u's article does not already say ("members of the Khorasan
 * Group" beside "... of the Khorasan Group [000, 001]"): all its terms are
 * that fact's. Facts are looked up through the sentences holding u's
 * rarest term (a list too long to walk is skipped: u is then kept). */
static int contained_in_fact(const card_build *b, uint32_t u, const fact_state *fs)
{
    const aligner *a = b->al;
    const aunit *un = &a->units[u];
    size_t nd = b->m->ndocs;
    for (size_t d = 0; d < nd; d++)
        if (d != un->doc && b->ubest[u * nd + d] != UINT32_MAX)
            return 0;
    uint32_t rare = a->terms[un->t0];
    for (uint32_t k = 1; k < un->nt; k++)
        if (a->post_off[a->terms[un->t0 + k] + 1] - a->post_off[a->terms[un->t0 + k]] <
            a->post_off[rare + 1] - a->post_off[rare])
            rare = a->terms[un->t0 + k];
    if (a->post_off[rare + 1] - a->post_off[rare] > 2000)
        return 0;
    for (uint32_t p = a->post_off[rare]; p < a->post_off[rare + 1]; p++) {
        uint32_t s = a->post[p];
        for (uint32_t q = chorus_postings_first(&fs->by_sent, sent_key(b->m->sents[s].doc, s));
             q != CHORUS_POSTINGS_END; q = fs->by_sent.v.v[q].next) {
            uint32_t i = fs->by_sent.v.v[q].id;
            if (b->card->facts.v[i].support[un->doc] && unit_within(a, u, fs->fu.v[i]))
                return 1;
        }
    }
    return 0;
}

/* 1 when unit un can be a fact. Names alone state nothing; nor does a
 * dateline, an attribution tail, a piece of a long quotation, a web
 * page's furniture ("Sign up for BREAKING NEWS Emails ...", which two
 * pages of one story share) or a photo's caption. -1: OOM. */
static int unit_is_claim(const card_build *b, const aunit *un, const uint8_t *inside)
{
    if (un->nt < ALIGN_MIN_TERMS || un->nplain == 0 || in_dateline(b, un) || in_long_quote(b, un, inside) ||
        copied_unit(b, un) || b->furniture[un->sent])
        return 0;
    int tail = attribution_tail(b, un);
    return tail < 0 ? -1 : !tail;
}

/* Decides once which units can be facts (b->claim): the answer does not
 * change with the aligner's mode, and the support loops ask it for every
 * summary sentence, fact and article. Needs the copies (card_duplicates). */
static int mark_claims(card_build *b)
{
    b->claim = malloc(b->al->nunits + 1);
    b->furniture = malloc(b->m->nsents + 1);
    uint8_t *inside = malloc(b->m->nsents + 1);
    int rc = b->claim && b->furniture && inside ? 0 : -1;
    if (rc == 0) {
        summ_page_furniture(b->m, b->furniture);
        mark_quoted(b, inside);
    }
    for (uint32_t u = 0; u < b->al->nunits && rc == 0; u++) {
        int ok = unit_is_claim(b, &b->al->units[u], inside);
        if (ok < 0)
            rc = -1;
        b->claim[u] = (uint8_t)ok;
    }
    free(inside);
    return rc;
}

static void fact_state_free(fact_state *fs)
{
    VEC_FREE(&fs->fu);
    VEC_FREE(&fs->evs);
    chorus_postings_free(&fs->by_sent);
}

/* 1 when the quotation mark of k bytes at t[i] opens a quotation: a left
 * curly mark or ``, or a straight one not after a letter or digit and
 * before the start of a word ('said "her', 'said."He'), within the clause
 * t[a, z). */
static int opens_quote(const char *t, size_t a, size_t i, size_t k, size_t z)
{
    if (k == 3)
        return (unsigned char)t[i + 2] == 0x9c; /* “ (”: 0x9d) */
    if (k == 2)
        return t[i] == '`';
    return (i == a || !isalnum((unsigned char)t[i - 1])) && i + k < z && !strchr(" ,.;:!?)]", t[i + k]);
}

/* A clause as a reader sees it: without a leading coordinator ("and all 212
 * people on board ...") or separator, and with a quotation the cut left
 * open closed by the mark that follows it ('"The crew did everything
 * right' + ',"'; 'singled out "her opposition' + '."'), or, when none
 * follows, without a stray mark at its end. The clause stays a span of its
 * article t (n bytes). */
static void tidy_clause(const char *t, size_t n, uint32_t *s, uint32_t *e)
{
    static const char *const lead[] = {"and ", "but ", "or ", "so ", "yet ", "nor ", NULL};
    uint32_t a = *s, z = *e;
    for (int moved = 1; moved && a < z;) {
        moved = 0;
        while (a < z && (t[a] == ' ' || t[a] == ',' || t[a] == ';' || t[a] == ':'))
            a++, moved = 1;
        for (size_t i = 0; lead[i]; i++)
            if (z - a > strlen(lead[i]) && strncmp(t + a, lead[i], strlen(lead[i])) == 0)
                a += (uint32_t)strlen(lead[i]), moved = 1;
    }
    size_t marks = 0, last = a, lastk = 0, k;
    for (size_t i = a; i < z; i += k ? k : 1)
        if ((k = lex_quote_mark(t + i, z - i)) > 0)
            marks++, last = i, lastk = k;
    size_t open = lex_quote_mark(t + a, z - a);
    if (marks % 2 == 1 && opens_quote(t, a, last, lastk, z)) {
        size_t j = z;
        while (j < n && j < (size_t)z + 2 && strchr(",.!?", t[j]) && t[j])
            j++;
        if (j < n && (k = lex_quote_mark(t + j, n - j)) > 0)
            z = (uint32_t)(j + k);
    } else if (marks % 2 == 1 && open > 0 && a + open < z && t[a + open] == ' ') {
        a += (uint32_t)open; /* a closing mark left over: '" she said' */
    } else if (marks % 2 == 1 && z > a && t[z - 1] == '"') {
        z--;
    }
    while (z > a && (t[z - 1] == ' ' || t[z - 1] == ',' || t[z - 1] == ';'))
        z--;
    if (z > a + 1) { /* never empty */
        *s = a;
        *e = z;
    }
}

/* Adds unit u as a new fact. */
static int push_fact(card_build *b, uint32_t u, fact_state *fs)
{
    const aunit *un = &b->al->units[u];
    size_t nd = b->m->ndocs;
    card_item it;
    uint32_t s = un->start, e = un->end;
    if (VEC_RESERVE(&fs->evs, fs->evs.n + nd) < 0)
        return -1;
    tidy_clause(card_doc(b->card, un->doc)->text, card_doc(b->card, un->doc)->text_len, &s, &e);
    int rc = make_item(b, un->doc, s, e, u, u + 1, &it, fs->evs.v + fs->evs.n);
    if (rc == 0)
        rc = VEC_PUSH(&b->card->facts, it);
    if (rc == 0)
        rc = chorus_postings_add(&fs->by_sent, sent_key(un->doc, un->sent), (uint32_t)fs->fu.n);
    if (rc == 0)
        rc = VEC_PUSH(&fs->fu, u);
    fs->evs.n += nd;
    return rc;
}

/* Fills the card's facts from the units, under the aligner's current
 * mode; fs (filled here, freed by the caller) keeps their evidence. */
static int build_facts(card_build *b, const uint32_t *aligned, fact_state *fs)
{
    size_t nu = b->al->nunits, nd = b->m->ndocs;
    memset(fs, 0, sizeof *fs);
    fs->aligned = aligned;
    int rc = chorus_postings_init(&fs->by_sent);
    b->card->facts.n = 0;
    for (uint32_t u = 0; u < nu && rc == 0; u++) {
        if (!b->claim[u])
            continue;
        size_t best = closest_fact(b, u, fs);
        int dup = best == SIZE_MAX ? 0
                                   : same_fact(b, fs->aligned, &b->card->facts.v[best], fs->fu.v[best], u,
                                               fs->evs.v + best * nd);
        if (dup < 0)
            rc = -1;
        else if (!dup && !contained_in_fact(b, u, fs))
            rc = push_fact(b, u, fs);
    }
    return rc;
}

/* A sentence is shared when it carries, for its article, a fact that
 * several articles report (the fact's own clause or its evidence), so the
 * counts agree with the facts listed. */
static int build_sources(card_build *b, const fact_state *fs)
{
    chorus_card *c = b->card;
    size_t nd = c->ndocs;
    uint8_t *shared = calloc(b->m->nsents + 1, 1);
    if (!shared)
        return -1;
    for (size_t d = 0; d < nd; d++) {
        const chorus_doc *doc = card_doc(c, d);
        c->src[d].words = (uint32_t)chorus_count_words(doc->text, doc->text_len);
        c->src[d].sentences = b->m->doc_first[d + 1] - b->m->doc_first[d];
        c->src[d].shared = c->src[d].own = 0;
    }
    for (size_t i = 0; i < c->facts.n; i++)
        for (size_t d = 0; d < nd && c->facts.v[i].nsupport > 1; d++)
            if (c->facts.v[i].support[d] && fs->evs.v[i * nd + d] != UINT32_MAX)
                shared[fs->evs.v[i * nd + d]] = 1;
    for (size_t s = 0; s < b->m->nsents; s++) {
        if (shared[s])
            c->src[b->m->sents[s].doc].shared++;
        else
            c->src[b->m->sents[s].doc].own++;
    }
    free(shared);
    return 0;
}

/* The sentence of the alignment view that holds byte pos of article doc
 * (the first ending after it), or SIZE_MAX. A binary search: every fact
 * asks, and an article of 25,000 sentences made a scan quadratic. */
static size_t view_sentence(const card_build *b, size_t doc, size_t pos)
{
    size_t lo = b->m->doc_first[doc], hi = b->m->doc_first[doc + 1], end = hi;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (b->m->sents[mid].end <= pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < end ? lo : SIZE_MAX;
}

/* The units of the view sentences that summary item it spans: [*u0, *u1).
 * 0 when it overlaps none. */
static int item_units(const card_build *b, const card_item *it, uint32_t *u0, uint32_t *u1)
{
    size_t s = view_sentence(b, it->doc, it->start), t = s;
    if (s == SIZE_MAX)
        return 0;
    while (t + 1 < b->m->doc_first[it->doc + 1] && b->m->sents[t + 1].start < it->end)
        t++;
    *u0 = b->al->sent_unit[s];
    *u1 = b->al->sent_unit[t + 1];
    return 1;
}

/* 1 when sentence ev (of another article) states the numbers and names of
 * every claim among units [u0, u1): an article reporting "... since Jan. 20
 * when the government launched a crackdown" with "At least 195 people"
 * does not report "At least 233 people have been killed ... since Jan. 20
 * when ...". */
static int sentence_keys_in(const card_build *b, uint32_t u0, uint32_t u1, uint32_t ev)
{
    if (ev == UINT32_MAX)
        return 0;
    for (uint32_t u = u0; u < u1; u++)
        if (b->claim[u] && !align_keys_in(b->al, u, ev))
            return 0;
    return 1;
}

/* A summary sentence is reported by every article that reports one of the
 * facts made from its clauses: a fact also counts the articles whose own
 * clause it reports (same_fact), which the sentence's units alone miss.
 * With fs (support being decided), the article's evidence must also hold
 * the sentence's numbers and names. */
static void summary_support_from_facts(card_build *b, const fact_state *fs)
{
    chorus_card *c = b->card;
    size_t nd = c->ndocs;
    for (size_t i = 0; i < c->summary.n; i++) {
        card_item *it = &c->summary.v[i];
        size_t s = view_sentence(b, it->doc, it->start);
        uint32_t u0 = 0, u1 = 0;
        if (s == SIZE_MAX || (fs && !item_units(b, it, &u0, &u1)))
            continue;
        for (size_t k = 0; k < c->facts.n; k++) {
            const card_item *f = &c->facts.v[k];
            if (f->unit == UINT32_MAX || f->unit < b->al->sent_unit[s] || f->unit >= b->al->sent_unit[s + 1])
                continue;
            for (size_t d = 0; d < nd; d++) {
                if (!f->support[d] || it->support[d] ||
                    (fs && !sentence_keys_in(b, u0, u1, fs->evs.v[k * nd + d])))
                    continue;
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
    if (so.words && so.words < shortest) {
        chorus_warn(b->ctx, "%s: no sentence fits in %zu words; the card's summary holds the shortest (%u words)",
                    chorus_story_id(c->story), so.words, (unsigned)shortest);
        so.words = shortest;
    }
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
                      b->al->sent_unit[s], b->al->sent_unit[s + 1], &it, NULL) < 0 ||
            VEC_PUSH(&c->summary, it) < 0)
            rc = chorus_error_nomem(b->ctx);
    }
    chorus_summary_free(sum);
    return rc;
}

/* Forgets who reports the units that are no claim (datelines, attribution
 * tails, name-only pieces): a summary sentence is not reported by an
 * article that only gives the same source ("..., according to a senior
 * Syrian opposition official"). Build_facts skips these units anyway. */
static void drop_non_claims(card_build *b)
{
    size_t nd = b->m->ndocs;
    for (uint32_t u = 0; u < b->al->nunits; u++)
        for (size_t d = 0; d < nd && !b->claim[u]; d++) {
            b->ubest[u * nd + d] = UINT32_MAX;
            b->usup[u * nd + d] = d == b->al->units[u].doc;
        }
}

/* The summary sentences' support decided again under the aligner's
 * current mode; an article's evidence must hold the numbers and names of
 * all the sentence's claims. */
static int resupport_summary(card_build *b)
{
    chorus_card *c = b->card;
    size_t nd = c->ndocs;
    uint32_t *evs = malloc((nd + 1) * sizeof *evs);
    int rc = evs ? 0 : -1;
    for (size_t i = 0; i < c->summary.n && rc == 0; i++) {
        card_item *it = &c->summary.v[i];
        size_t s = view_sentence(b, it->doc, it->start);
        uint32_t u0, u1;
        if (s == SIZE_MAX || !item_units(b, it, &u0, &u1))
            continue;
        rc = make_item(b, it->doc, it->start, it->end, b->al->sent_unit[s], b->al->sent_unit[s + 1], it, evs);
        for (size_t d = 0; d < nd && rc == 0; d++)
            if (d != it->doc && it->support[d] && !sentence_keys_in(b, u0, u1, evs[d])) {
                it->support[d] = 0;
                it->evidence[d] = NULL;
                it->nsupport--;
            }
        it->nindep = count_independent(c, it->support);
    }
    free(evs);
    return rc;
}

/* 1 when every other article credits facts p and f with the same sentence:
 * p's copies too, for a copy that splits p's sentence in two gives f
 * another sentence, which p's evidence would then not show. */
static int same_evidence(const chorus_card *c, const card_item *p, const card_item *f)
{
    for (size_t d = 0; d < c->ndocs; d++)
        if (d != p->doc && p->support[d] && strcmp(p->evidence[d], f->evidence[d]) != 0)
            return 0;
    return 1;
}

/* The text of a fact joined from neighbouring clauses: its whole span,
 * tidied as one clause. Made once per fact, not per clause joined, which
 * copied the growing text again for every clause of a long list. */
static int joined_text(chorus_card *c, card_item *p)
{
    const chorus_doc *doc = card_doc(c, p->doc);
    uint32_t s = p->start, e = p->end;
    tidy_clause(doc->text, doc->text_len, &s, &e);
    if (!(p->text = card_span(c, doc->text + s, e - s)))
        return -1;
    p->start = s;
    p->end = e;
    p->evidence[p->doc] = p->text;
    return 0;
}

/* 1 when fact unit f follows fact unit p with only units that can be no
 * fact between them: an attribution tail ("The storm left four inches
 * above Kellan, the county weather office said, and two inches fell ...")
 * or a piece of names alone ("four inches at Kellan Ridge, Dorsey Hill,
 * Marple and Upper Tindale Cross, all in the northern hills") left the
 * clauses around it two facts. */
static int no_claim_between(const card_build *b, uint32_t p, uint32_t f)
{
    if (f <= p)
        return 0;
    for (uint32_t u = p + 1; u < f; u++)
        if (b->claim[u])
            return 0;
    return 1;
}

/* Two facts that are neighbouring clauses of one sentence and that the
 * same articles report, each in the same sentence, read as one: "Coast
 * guard boats" and "and two fishing vessels carried passengers ..." were
 * two facts, the first with no verb; so were "members of the Khorasan
 * Group" and "rebel group Ahrar al-Sham" of one list. Clauses that can
 * be no fact (no_claim_between) may stand between them. Support is
 * unchanged: the same articles, with the same evidence. */
static int join_neighbour_clauses(card_build *b)
{
    chorus_card *c = b->card;
    size_t out = 0;
    for (size_t i = 0; i < c->facts.n; i++) {
        card_item *f = &c->facts.v[i];
        card_item *p = out ? &c->facts.v[out - 1] : NULL;
        if (p && p->doc == f->doc && p->unit != UINT32_MAX && f->unit != UINT32_MAX &&
            no_claim_between(b, p->unit, f->unit) && memcmp(p->support, f->support, c->ndocs) == 0 &&
            same_evidence(c, p, f) &&
            b->al->units[p->unit].sent == b->al->units[f->unit].sent) {
            p->end = f->end;
            p->unit = f->unit; /* a third clause may follow */
            p->text = NULL;    /* made once the run ends (joined_text) */
            continue;
        }
        c->facts.v[out++] = *f;
    }
    c->facts.n = out;
    for (size_t i = 0; i < out; i++)
        if (!c->facts.v[i].text && joined_text(c, &c->facts.v[i]) < 0)
            return -1;
    return 0;
}

/* Length of the dateline that opens view sentence s (st, len bytes), or 0.
 * As for the summary, only a paragraph's first sentence has one; and a
 * dateline shows a place as datelines do, with a comma ("PALM BEACH, Fla.
 * -"), an agency in brackets or a word in capitals, which a name before a
 * dash ("Deputy Mayor Ann Vole -- who ...", "Gen. Tom Reed _") has not. */
static size_t sentence_dateline(const card_build *b, size_t s, const char *st, size_t len)
{
    const fsent *fs = &b->m->sents[s];
    if (s > b->m->doc_first[fs->doc] && fs[-1].paragraph == fs->paragraph)
        return 0;
    size_t dl = summ_dateline_len(st, len), caps = 0;
    for (size_t i = 0; i < dl; i++) {
        caps = st[i] >= 'A' && st[i] <= 'Z' ? caps + 1 : 0;
        if (st[i] == ',' || st[i] == '(' || caps == 2)
            return dl;
    }
    return 0;
}

/* A fact's own evidence is its sentence, as every other article's is, once
 * the facts are final (their clauses were the evidence while support was
 * decided), also when it adds only a stop or comma; cut marks the side where
 * the sentence goes on in words, so a reader sees "... since its 1983
 * launch date." as a part.
 * A dateline before the clause ("KELLAN SOUND (Wirenews) - ") says where,
 * not more of what is said: the sentence is still the evidence, but the
 * clause is shown whole. A part without a verb ("... as a federal appeals
 * court judge ...") is marked verbless, for the views to list after the
 * claims. */
static int fact_sentences(card_build *b)
{
    chorus_card *c = b->card;
    int english = strcmp(c->lang, "en") == 0;
    for (size_t i = 0; i < c->facts.n; i++) {
        card_item *f = &c->facts.v[i];
        size_t s = view_sentence(b, f->doc, f->start), len;
        if (s == SIZE_MAX)
            continue;
        const char *t = card_doc(c, f->doc)->text, *st = chorus_model_sent_text(b->m, s, &len);
        size_t a = (size_t)(st - t), z = a + len;
        if (a > f->start || z < f->end || (a == f->start && z == f->end))
            continue; /* the whole sentence, or (not seen) not within it */
        size_t dl = a + sentence_dateline(b, s, st, len);
        int before = a < f->start && cutf8_has_word(t + a, f->start - a);
        int after = f->end < z && cutf8_has_word(t + f->end, z - f->end);
        if (before && (dl > f->start || cutf8_has_word(t + dl, f->start - dl)))
            f->cut |= CARD_CUT_BEFORE;
        f->cut |= after ? CARD_CUT_AFTER : 0;
        f->verbless = english && f->cut && !lex_has_verb(t, f->start, f->end, f->start <= dl);
        if (!(f->evidence[f->doc] = card_span(c, st, len)))
            return -1;
    }
    return 0;
}

/* Divergences are aligned content reported differently, so they are found
 * on the summary and facts as aligned (phase 1). What each article is
 * credited with is then decided again with the aligner requiring the
 * unit's numbers and names in the reporting sentence (phase 2): an article
 * saying "212 people" does not report "214 people", though the two are
 * aligned and listed as a number divergence. */
static int build_sections(card_build *b)
{
    chorus_card *c = b->card;
    fact_state fs = {0};
    if (unit_support(b) < 0 || card_duplicates(b) < 0 || mark_claims(b) < 0)
        return chorus_error_nomem(b->ctx);
    for (size_t d = 0; d < c->ndocs; d++)
        c->nindep += c->src[d].dup_of == d;
    int rc = build_summary(b);
    if (rc < 0)
        return rc;
    rc = build_facts(b, b->ubest, &fs);
    fact_state_free(&fs);
    if (rc < 0)
        return chorus_error_nomem(b->ctx);
    summary_support_from_facts(b, NULL);
    if (card_quotes(b) < 0 || card_divergences(b) < 0 || card_entities(b) < 0)
        return chorus_error_nomem(b->ctx);
    size_t n = b->al->nunits * c->ndocs;
    uint32_t *aligned = malloc((n + 1) * sizeof *aligned);
    if (aligned)
        memcpy(aligned, b->ubest, n * sizeof *aligned);
    b->al->need_keys = 1;
    int ok = aligned && unit_support(b) == 0;
    if (ok)
        drop_non_claims(b);
    rc = !ok || resupport_summary(b) < 0 || build_facts(b, aligned, &fs) < 0 ? -1 : 0;
    free(aligned);
    if (rc == 0)
        summary_support_from_facts(b, &fs);
    if (rc == 0)
        rc = build_sources(b, &fs);
    fact_state_free(&fs);
    if (rc == 0)
        rc = join_neighbour_clauses(b);
    if (rc == 0)
        rc = fact_sentences(b);
    if (rc < 0)
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
    snprintf(c->lang, sizeof c->lang, "%s", chorus_tokens_lang(tok));
    b = (card_build){c, ctx, &view, m, NULL, NULL, NULL, NULL, NULL};
    rc = CHORUS_ENOMEM;
    if (align_resplit(m, &view) < 0 || align_build(&view, &b.al) < 0)
        goto done;
    rc = build_sections(&b);
done:
    if (rc == CHORUS_ENOMEM)
        chorus_error_nomem(ctx);
    free(b.usup);
    free(b.ubest);
    free(b.claim);
    free(b.furniture);
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
