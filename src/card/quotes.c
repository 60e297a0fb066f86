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

/* 1 when inner text [s, e) is a title, not speech: at most eight words,
 * no clause marks, every word but a few small ones capitalised ("Meet the
 * Press", "West Side Story", "A Statement on the Crusade Alliance"). */
static int is_title(const char *t, size_t s, size_t e)
{
    static const char *const small[] = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and",
                                        "or", "with", "from", "by", "as", "vs", "&", NULL};
    lword_vec v = {0};
    int ok = lex_range(t, s, e, &v) == 0 && v.n > 0 && lex_cap(t, &v.v[0]);
    size_t words = 0;
    for (size_t i = 0; ok && i < v.n; i++) {
        const lword *w = &v.v[i];
        if (w->punct)
            ok = w->punct == '-' || w->punct == '\'' || w->punct == '&' || (w->punct == '.' && i + 1 == v.n);
        else
            ok = ++words <= 8 &&
                 (lex_cap(t, w) || lex_in(t, w, small) || (t[w->start] >= '0' && t[w->start] <= '9'));
    }
    VEC_FREE(&v);
    return ok;
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
        if (count_words(t, qs, qe) >= 3 && !is_title(t, qs, qe)) {
            rawq q = {doc, (uint32_t)qs, (uint32_t)qe, (uint32_t)i, (uint32_t)(j + cl),
                      (uint32_t)ps, {0, 0}, NULL, 0};
            if (VEC_PUSH(out, q) < 0)
                return -1;
        }
        i = j + cl - 1;
    }
    return 0;
}

/* 1 when the mark at t[i] ends a sentence (not "Sen." or "G."). */
static int full_stop(const char *t, size_t lo, size_t i)
{
    return (t[i] == '.' || t[i] == '?' || t[i] == '!') && !(t[i] == '.' && speaker_abbrev(t, lo, i));
}

/* Start of the sentence holding position p: after the last ". " or the
 * end of the previous quote, whichever is later. */
static size_t sentence_start(const char *t, size_t lo, size_t p)
{
    size_t i = p;
    while (i > lo) {
        if (i < p && (t[i] == ' ' || t[i] == '\n') && full_stop(t, lo, i - 1))
            break;
        i--;
    }
    return i;
}

/* End of the sentence from p, stopping at the next quote unless it is a
 * short title ('said "Saturday Night Live" comedian Victoria Jackson'). */
static size_t sentence_end(const char *t, size_t n, size_t p)
{
    size_t i = p;
    while (i < n && !blank_line(t, n, i)) {
        size_t ol = qmark(t, n, i, 1), j = i + ol, cl = 0;
        if (ol) {
            while (j < n && j < i + 80 && !blank_line(t, n, j) && !(cl = qmark(t, n, j, -1)))
                j++;
            if (!cl || !is_title(t, i + ol, j))
                return i;
            i = j + cl;
            continue;
        }
        if (full_stop(t, p, i) && (i + 1 == n || t[i + 1] == ' ' || t[i + 1] == '\n'))
            return i + 1;
        i++;
    }
    return i;
}

/* Start of the paragraph before the one starting at ps (ps if none). */
static size_t paragraph_before(const char *t, size_t n, size_t ps)
{
    if (ps < 2)
        return ps;
    size_t i = ps - 1;
    while (i > 0 && (t[i - 1] == '\n' || t[i - 1] == ' ' || t[i - 1] == '\r' || t[i - 1] == '\t'))
        i--;
    while (i > 0 && !blank_line(t, n, i - 1))
        i--;
    return i;
}

/* 1 when the first sentence of the paragraph [ps, pe), quotations aside, holds the pronoun pw ("He
 * filed an appeal Tuesday ...", "Clinging to a float, he was passed by a boat.", "The quake was the
 * largest in that area, he said." before "\"...,\" he said."): the paragraph speaks of the same
 * person, so whom the pronoun stands for may be further back. A later sentence's pronoun may be
 * another's, whom that paragraph names. */
static int holds_pronoun(const char *t, size_t ps, size_t pe, const lword *pw)
{
    lword_vec v = {0};
    size_t n = pw->end - pw->start, words = 0;
    int found = 0, inq = 0;
    if (lex_range(t, ps, pe, &v) == 0)
        for (size_t k = 0; k < v.n && !found; k++) {
            const lword *w = &v.v[k];
            inq ^= w->punct == '"';
            if (!inq && words && (w->punct == '.' || w->punct == '?' || w->punct == '!'))
                break;
            words += !inq && !w->punct;
            found = !inq && !w->punct && w->end - w->start == n && (t[w->start] | 0x20) == (t[pw->start] | 0x20) &&
                    memcmp(t + w->start + 1, t + pw->start + 1, n - 1) == 0; /* "He" for "he" */
        }
    VEC_FREE(&v);
    return found;
}

/* 1 when the paragraph [ps, pe) is a heading: a short line without a stop ("Expected Worst"). A
 * heading only splits a story into parts, so a pronoun after it points past it. */
static int heading(const char *t, size_t ps, size_t pe)
{
    lword_vec v = {0};
    int ok = lex_range(t, ps, pe, &v) == 0 && v.n && v.n <= 8 && !v.v[v.n - 1].punct;
    VEC_FREE(&v);
    return ok;
}

/* Whom the pronoun np before or after quote q stands for: a name in the
 * paragraph before the quote's or in its own, read back from hi (the
 * pronoun or the quote, whichever is first, or its sentence's start);
 * through a paragraph before that holds the same pronoun or is a heading,
 * one more. */
static int pronoun_speaker(const char *t, size_t n, const rawq *q, size_t hi, const qknown *known, size_t nprev,
                           qspan *np)
{
    lword pw = {np->s, np->e, 0};
    size_t from = paragraph_before(t, n, q->ps);
    for (int tries = 0; tries < 2; tries++) {
        if (speaker_antecedent(t, from + 3000 < hi ? hi - 3000 : from, hi, &pw, tries ? SPEAKER_FAR : 0, known,
                               nprev, np))
            return 1;
        if (from == q->ps || !(holds_pronoun(t, from, q->ps, &pw) || heading(t, from, q->ps)))
            return 0;
        from = paragraph_before(t, n, from);
    }
    return 0;
}

/* The pronoun of a sentence that ends "he said." or "she added." in
 * [ps, os), the text before a quote: *pr, and 1. */
static int pronoun_tail(const char *t, size_t ps, size_t os, qspan *pr)
{
    lword_vec v = {0};
    int ok = lex_range(t, ps, os, &v) == 0 && v.n >= 3 && v.v[v.n - 1].punct == '.' && !v.v[v.n - 2].punct &&
             !v.v[v.n - 3].punct && lex_in(t, &v.v[v.n - 2], lex_speech_verbs) &&
             lex_in(t, &v.v[v.n - 3], (const char *const[]){"he", "she", NULL});
    if (ok)
        *pr = (qspan){v.v[v.n - 3].start, v.v[v.n - 3].end};
    VEC_FREE(&v);
    return ok;
}

/* 1 when [lo, os), the text between two quotes of a paragraph, holds a sentence of its own after the
 * first quote's ("\"...,\" Hale said. Cole said the team was weak. \"...\""): two sentence stops. */
static int narrated(const char *t, size_t lo, size_t os)
{
    int stops = 0;
    for (size_t i = lo; i + 1 < os && stops < 2; i++)
        stops += (t[i + 1] == ' ' || t[i + 1] == '\n') && full_stop(t, lo, i);
    return stops >= 2;
}

/* The speaker of a quote with no attribution of its own: the previous
 * quote's when it is in the same paragraph (unless a sentence of its own
 * after that quote's names another), else a reporting verb's subject in
 * the sentence before, in the paragraph or the paragraph before. */
static int unattributed(const char *t, size_t n, const rawq *q, const qknown *known, size_t nprev,
                        qspan *np)
{
    if (nprev && known[nprev - 1].os >= q->ps) {
        if (narrated(t, known[nprev - 1].oe, q->os) &&
            speaker_antecedent(t, known[nprev - 1].oe, q->os, NULL, SPEAKER_EVENTS, known, nprev, np))
            return 1;
        *np = known[nprev - 1].sp;
        return np->e > np->s;
    }
    if (q->os > q->ps + 1) { /* "..., Gourlay said. \"...\"": the sentence before, in the paragraph */
        if (speaker_antecedent(t, q->ps, q->os, NULL, SPEAKER_EVENTS, known, nprev, np))
            return 1;
        if (!pronoun_tail(t, q->ps, q->os, np))
            return 0;
        /* what precedes "he said" in its sentence is what he said: a name there is someone else
         * ("Cole never paid him back, he said.") */
        return pronoun_speaker(t, n, q, sentence_start(t, q->ps, np->s), known, nprev, np);
    }
    size_t pps = paragraph_before(t, n, q->ps), pe = q->ps;
    while (pe > pps && (t[pe - 1] == '\n' || t[pe - 1] == ' ' || t[pe - 1] == '\r'))
        pe--;
    return pps < q->ps && speaker_antecedent(t, pps, pe, NULL, SPEAKER_EVENTS, known, nprev, np);
}

/* "\"...,\" it said": the body or document ("Tass", "the obituary", "an
 * official statement") whose reporting verb the sentence before the quote
 * or in the paragraph before names. 0 when post does not open so or none
 * is found. */
static int it_speaker(const char *t, size_t n, const rawq *q, const lword_vec *post, const qknown *known,
                      size_t nprev, qspan *np)
{
    size_t i = 0;
    while (i < post->n && post->v[i].punct && post->v[i].punct != '.')
        i++;
    if (i + 1 >= post->n || post->v[i].punct || !lex_in(t, &post->v[i], (const char *const[]){"it", NULL}) ||
        post->v[i + 1].punct || !lex_in(t, &post->v[i + 1], lex_speech_verbs) || lex_cap(t, &post->v[i + 1]))
        return 0;
    return speaker_antecedent(t, paragraph_before(t, n, q->ps), q->os, &post->v[i], SPEAKER_EVENTS, known, nprev,
                              np);
}

/* Length of the dash at t[i]: "--", "- ", an en or an em dash; 0 when none. */
static size_t dash_at(const char *t, size_t n, size_t i)
{
    if (i + 1 < n && t[i] == '-' && (t[i + 1] == '-' || t[i + 1] == ' '))
        return t[i + 1] == '-' ? 2 : 1;
    if (i + 2 < n && (unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x80 &&
        ((unsigned char)t[i + 2] == 0x93 || (unsigned char)t[i + 2] == 0x94))
        return 3;
    return 0;
}

/* "\"...\" -- Tom Tobin, of the ...", or "-- The Daily Telegraph" on the line after the quote: who a
 * dash signs a quote opening its sentence with (a page of reactions, an embedded post). The words
 * after the dash up to a comma, a bracket, the line's end or a place ("in The Guardian"), when they
 * are few and the line holds no reporting verb ("-- Tower's doctor said Friday that ..." is a sentence). */
static int dash_speaker(const char *t, size_t n, const rawq *q, qspan *np)
{
    size_t i = q->oe, lines = 0;
    while (i < n && (t[i] == ' ' || t[i] == '\t' || t[i] == '\r' || t[i] == '\n'))
        lines += t[i++] == '\n';
    size_t d = i < n && lines <= 2 ? dash_at(t, n, i) : 0;
    if (!d)
        return 0;
    for (i += d; i < n && t[i] == ' ';)
        i++;
    size_t s = i, e;
    while (i < n && t[i] != ',' && t[i] != '(' && t[i] != '\n' && t[i] != '\r')
        i++;
    for (e = i; e < n && t[e] != '\n' && t[e] != '\r';)
        e++;
    lword_vec v = {0};
    /* the verb is looked for to the line's end: an aside before it ("-- Kole's doctor, Tom Rudd, said
     * Friday ...") leaves a sentence */
    int ok = lex_range(t, s, e, &v) == 0;
    for (size_t k = 0; ok && k < v.n; k++)
        ok = !lex_in(t, &v.v[k], lex_speech_verbs);
    v.n = 0;
    ok = ok && lex_range(t, s, i, &v) == 0 && v.n;
    for (size_t k = 1; ok && k < v.n; k++) /* "Hugo Young in The Guardian": where, not who */
        if (lex_in(t, &v.v[k], (const char *const[]){"in", "at", "on", NULL}))
            v.n = k;
    ok = ok && v.n <= 8;
    if (ok)
        *np = (qspan){(uint32_t)s, (uint32_t)v.v[v.n - 1 - (v.n > 1 && v.v[v.n - 1].punct)].end}; /* "Mail." */
    VEC_FREE(&v);
    return ok;
}

typedef int (*speaker_fn)(const char *t, const lword_vec *v, qspan *np, int *pron);

/* The first attribution pattern, most direct first, that gives a pronoun
 * or a name or role. A pattern next to the quote or naming a verb before it
 * decides even when what it reads is neither (falling back then to the
 * sentence's first verb gave "said a source familiar with the report" the
 * subject of another clause); the two after it read the words after the
 * quote more loosely, so one that reads a piece of the sentence as a
 * subject ("said with a smile"; np_after reads no "said Monday") leaves
 * the other to try.
 * upto: the quote's start. */
static int first_speaker(const char *t, size_t upto, const lword_vec *pre, const lword_vec *post, qspan *np,
                         int *pron)
{
    const struct {
        speaker_fn f;
        const lword_vec *v;
        int decides;
    } tries[] = {{speaker_after, post, 1}, {speaker_before, pre, 1}, {speaker_after_clause, post, 0},
                 {speaker_appositive, post, 0}};
    for (size_t i = 0; i < sizeof tries / sizeof *tries; i++) {
        qspan sp = {0, 0};
        int pr = 0;
        if (!tries[i].f(t, tries[i].v, &sp, &pr))
            continue;
        if (tries[i].decides || pr || speaker_valid(t, upto, &sp)) {
            *np = sp;
            *pron = pr;
            return 1;
        }
    }
    return 0;
}

/* 1 when quote q ends its sentence: a stop last inside it, and no comma
 * after that before the closing mark ("well. . . ,\" her husband put in"
 * goes on). */
static int ends_sentence(const char *t, const rawq *q)
{
    if (t[q->qe - 1] != '.')
        return 0;
    for (size_t i = q->qe; i < q->oe; i++)
        if (t[i] == ',')
            return 0;
    return 1;
}

static void find_speaker(const char *t, size_t n, rawq *q, const qknown *known, size_t nprev)
{
    size_t lo = q->ps;
    if (nprev && known[nprev - 1].oe > lo && known[nprev - 1].oe <= q->os)
        lo = known[nprev - 1].oe;
    /* a quote that ends its sentence leaves what follows to another */
    size_t s0 = sentence_start(t, lo, q->os), e1 = ends_sentence(t, q) ? q->oe : sentence_end(t, n, q->oe);
    lword_vec pre = {0}, post = {0};
    qspan np = {0, 0};
    int pron = 0, found = 0;
    if (lex_range(t, s0, q->os, &pre) < 0 || lex_range(t, q->oe, e1, &post) < 0)
        goto done;
    int it = it_speaker(t, n, q, &post, known, nprev, &np);
    found = it || first_speaker(t, q->os, &pre, &post, &np, &pron);
    int expand = !pron && !it; /* a name found for a pronoun is kept as written */
    if (found && pron)
        found = pronoun_speaker(t, n, q, np.s < q->os ? np.s : q->os, known, nprev, &np);
    else if (!found && pre.n == 0 && dash_speaker(t, n, q, &np) && speaker_valid(t, q->os, &np))
        found = 1;
    else if (!found && post.n <= 1 && (pre.n == 0 || (nprev && s0 == known[nprev - 1].oe)))
        found = unattributed(t, n, q, known, nprev, &np); /* a quote of its own, or after another's tail */
    if (found && !speaker_valid(t, q->os, &np))
        found = 0;
    if (found) { /* speaker_valid let no pronoun through */
        if (expand)
            speaker_document_issuer(t, paragraph_before(t, n, q->ps), q->os, &np);
        speaker_resolve_name(t, q->os, &np, expand);
        q->sp = np;
    }
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

/* The last word of s when it is in lower case (the head of a role: "a
 * Kuwaiti government official"), else an empty span. */
static qspan role_head(const char *s)
{
    size_t e = strlen(s), b = e;
    while (b > 0 && s[b - 1] != ' ')
        b--;
    return (qspan){b, b < e && s[b] >= 'a' && s[b] <= 'z' ? e : b};
}

/* The next capitalised word of s from *i on (a leading "A", "An", "The"
 * or "One" not counted), as a span; empty at the end. */
static qspan next_capital(const char *s, size_t *i)
{
    static const char *const lead[] = {"A ", "An ", "The ", "One ", NULL};
    for (size_t k = 0; *i == 0 && lead[k]; k++)
        if (strncmp(s, lead[k], strlen(lead[k])) == 0)
            *i = strlen(lead[k]);
    while (s[*i]) {
        size_t b = *i;
        while (s[*i] && s[*i] != ' ')
            (*i)++;
        size_t e = *i;
        while (s[*i] == ' ')
            (*i)++;
        if (s[b] >= 'A' && s[b] <= 'Z')
            return (qspan){b, e};
    }
    return (qspan){*i, *i};
}

/* 1 when x and y have the same capitalised words in the same order: two
 * roles with one head are one speaker only then ("one Kuwaiti official",
 * "a Kuwaiti government official"; not "a British official", "a French
 * official", nor "Paul Dane of the port office", "Ruth Kim of the port
 * office"). */
static int same_capitals(const char *x, const char *y)
{
    size_t i = 0, j = 0;
    for (;;) {
        qspan a = next_capital(x, &i), b = next_capital(y, &j);
        if (a.e - a.s != b.e - b.s || memcmp(x + a.s, y + b.s, a.e - a.s) != 0)
            return 0;
        if (a.e == a.s)
            return 1;
    }
}

/* One role head with the same names ("one Kuwaiti official" and "a
 * Kuwaiti government official"), case-insensitive containment
 * ("Joscelyn" and "Tom Joscelyn") or one surname ("Steve Hawley" and
 * "mission specialist Steven Hawley"). */
static int speakers_agree(const char *x, const char *y)
{
    qspan hx = role_head(x), hy = role_head(y);
    if (hx.e > hx.s && hx.e - hx.s == hy.e - hy.s && memcmp(x + hx.s, y + hy.s, hx.e - hx.s) == 0 &&
        same_capitals(x, y))
        return 1;
    if (speaker_same_surname(x, y))
        return 1;
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
    VEC(qknown) known = {0};
    int rc = 0;
    for (size_t d = 0; d < b->card->ndocs && rc == 0; d++) {
        const chorus_doc *doc = card_doc(b->card, d);
        size_t first = all->n;
        known.n = 0;
        rc = find_quotes(doc->text, doc->text_len, (uint32_t)d, all);
        for (size_t i = first; i < all->n && rc == 0; i++) {
            rawq *q = &all->v[i];
            find_speaker(doc->text, doc->text_len, q, known.v, i - first);
            qknown k = {q->os, q->oe, q->sp};
            rc = VEC_PUSH(&known, k) < 0 || normalise(doc->text, q) < 0 ? -1 : 0;
        }
    }
    VEC_FREE(&known);
    return rc;
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
        /* a few words ("I love Lucy") can sit inside another's longer quote */
        if (!s || chorus_count_words(cq->qtext[d], strlen(cq->qtext[d])) < 5)
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

/* 1 when quote q is the same words as a member of group h. A long quote
 * (8 words or more) joins a group holding a long member only through a
 * long member: a short one inside both ("I Love Lucy", a title) does not
 * make two long quotes one. */
static int joins(const grouping *gr, size_t h, const rawq *q)
{
    size_t nd = gr->c->ndocs;
    int has_long = 0, by_long = 0, by_short = 0;
    for (size_t d = 0; d < nd; d++) {
        if (gr->rep.v[h * nd + d] < 0)
            continue;
        const rawq *m = &gr->all->v[gr->rep.v[h * nd + d]];
        has_long |= m->nw >= 8;
        if (same_quote(q, m))
            *(m->nw >= 8 ? &by_long : &by_short) = 1;
    }
    return by_long || (by_short && !(q->nw >= 8 && has_long));
}

/* The first group q belongs to (no member from q's article yet, and
 * joins), or c->quotes.n. Only groups sharing a trigram with q are looked
 * at. */
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
            if (joins(gr, h, q))
                g = h;
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
