/* Who said a quotation: attribution patterns around the quote, pronoun
 * and title resolution within the article. */
#include <string.h>

#include "card/card.h"
#include "card/lex.h"
#include "card/quote_int.h"

static const char *const aux_words[] = {
    "has", "have", "had", "was", "is", "were", "are", "also", "then", "later", "would", "will",
    "had", "once", "again", "previously", "repeatedly", "reportedly", "further", "recently",
    "earlier", "yesterday", "today", "has", "since", "already", "himself", "herself", NULL};
static const char *const seg_openers[] = {
    "at", "in", "on", "last", "earlier", "yesterday", "today", "however", "meanwhile", "despite",
    "after", "before", "during", "according", "speaking", "but", "and", "also", "when", "while",
    "who", "which", "if", "as", "then", "still", "instead", NULL};
static const char *const np_stops[] = {
    "that", "by", "to", "with", "from", "than", "who", "which", "where", "when", "had", "has",
    "have", "was", "is", "were", "are", "be", "been", "not", "but", "also", "as", "on", "at",
    "into", "about", "told", "said", "he", "she", "it", "they", "we", "i", "you", NULL};

static int word_at(const lword_vec *v, size_t i) { return i < v->n && !v->v[i].punct; }

/* The noun phrase ending at word j (inclusive), scanning backwards. */
static int np_back(const char *t, const lword_vec *v, size_t lo, size_t j, qspan *np)
{
    size_t k = j + 1, lower = 0;
    while (k > lo) {
        const lword *w = &v->v[k - 1];
        if (w->punct || k + 9 <= j + 1)
            break;
        int cap = lex_cap(t, w), next_cap = k <= j && lex_cap(t, &v->v[k]);
        if (cap) {
            k--;
            continue;
        }
        if (lex_in(t, w, lex_connectors) && (next_cap || (k <= j && lex_in(t, &v->v[k], lex_connectors)))) {
            /* "of", "in the" between two parts of a name */
            size_t p = k - 1;
            while (p > lo && lex_in(t, &v->v[p - 1], lex_connectors))
                p--;
            if (p > lo && lex_cap(t, &v->v[p - 1])) {
                k--;
                continue;
            }
        }
        if (lex_in(t, w, lex_determiners)) {
            k--;
            break;
        }
        if (lex_in(t, w, np_stops) || ++lower > 3 || (k <= j && lex_cap(t, &v->v[k])))
            break;
        k--;
    }
    while (k <= j && lex_in(t, &v->v[k], lex_connectors) && !lex_cap(t, &v->v[k]))
        k++;
    if (k > j)
        return 0;
    np->s = v->v[k].start;
    np->e = v->v[j].end;
    return 1;
}

/* 1 when words [a, b) are a proper name of 2 to 5 capitalised words. */
static int pure_name(const char *t, const lword_vec *v, size_t a, size_t b)
{
    if (b - a < 2 || b - a > 5)
        return 0;
    for (size_t i = a; i < b; i++)
        if (!word_at(v, i) || !lex_cap(t, &v->v[i]))
            return 0;
    return 1;
}

/* The subject of the verb at index vi: a pronoun (*pron = 1) or a noun
 * phrase; prefers a proper name among the comma-separated segments before. */
static int subject_before(const char *t, const lword_vec *v, size_t vi, qspan *np, int *pron)
{
    size_t j = vi;
    *pron = 0;
    while (j > 0 && word_at(v, j - 1) && lex_in(t, &v->v[j - 1], aux_words))
        j--;
    if (j == 0)
        return 0;
    if (word_at(v, j - 1) && lex_pronoun(t, &v->v[j - 1])) {
        *pron = 1;
        np->s = v->v[j - 1].start;
        np->e = v->v[j - 1].end;
        return 1;
    }
    if (word_at(v, j - 1) && lex_in(t, &v->v[j - 1], (const char *const[]){"who", "which", NULL}))
        j -= j >= 2 && v->v[j - 2].punct ? 2 : 1;
    size_t segs[4][2], ns = 0, end = j;
    while (ns < 4) {
        size_t b = end;
        while (b > 0 && !v->v[b - 1].punct)
            b--;
        if (b < end && !lex_in(t, &v->v[b], seg_openers)) {
            segs[ns][0] = b;
            segs[ns++][1] = end;
        }
        if (b == 0 || (v->v[b - 1].punct != ',' && v->v[b - 1].punct != '-'))
            break;
        end = b - 1;
    }
    if (ns == 0)
        return 0;
    for (size_t i = 0; i < ns && i < 2; i++)
        if (pure_name(t, v, segs[i][0], segs[i][1])) {
            np->s = v->v[segs[i][0]].start;
            np->e = v->v[segs[i][1] - 1].end;
            return 1;
        }
    return np_back(t, v, segs[0][0], segs[0][1] - 1, np);
}

/* The noun phrase after a verb ("said the official"). */
static int np_after(const char *t, const lword_vec *v, size_t i, qspan *np)
{
    static const char *const stop[] = {"in", "on", "at", "to", "from", "during", "after",
                                       "before", "last", "earlier", "yesterday", "who", "that",
                                       "on", "this", "when", "while", "as", NULL};
    size_t k = i;
    if (word_at(v, i) && lex_in(t, &v->v[i], stop))
        return 0; /* "posted on Twitter": a place or time, not a speaker */
    while (k < v->n && k < i + 8 && word_at(v, k) && !(k > i && lex_in(t, &v->v[k], stop)))
        k++;
    if (k == i)
        return 0;
    np->s = v->v[i].start;
    np->e = v->v[k - 1].end;
    return 1;
}

int speaker_after(const char *t, const lword_vec *v, qspan *np, int *pron)
{
    size_t i = 0;
    *pron = 0;
    while (i < v->n && v->v[i].punct && v->v[i].punct != '.')
        i++;
    for (size_t k = i; k < v->n && k < i + 8 && word_at(v, k); k++) {
        if (!lex_in(t, &v->v[k], lex_speech_verbs))
            continue;
        if (k == i)
            return np_after(t, v, k + 1, np);
        static const char *const not_subject[] = {
            "if", "when", "because", "although", "while", "that", "as", "after", "before", "on",
            "in", "at", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "yesterday", "today", "it", "this", "which", NULL};
        if (lex_in(t, &v->v[i], not_subject))
            return 0;
        np->s = v->v[i].start;
        np->e = v->v[k - 1].end;
        *pron = k == i + 1 && lex_pronoun(t, &v->v[i]);
        return 1;
    }
    return 0;
}

int speaker_before(const char *t, const lword_vec *v, qspan *np, int *pron)
{
    for (size_t k = 0; k < v->n; k++) {
        if (word_at(v, k) && lex_in(t, &v->v[k], (const char *const[]){"according", NULL}) &&
            word_at(v, k + 1) && np_after(t, v, k + 2, np)) {
            *pron = 0;
            return 1;
        }
        if (word_at(v, k) && lex_in(t, &v->v[k], lex_speech_verbs) &&
            subject_before(t, v, k, np, pron))
            return 1;
    }
    return 0;
}

/* The last capitalised name in words [0, n) that is not sentence-initial
 * alone (for "... released by al-Baghdadi, in which he urges"). */
int name_before(const char *t, const lword_vec *v, size_t n, qspan *np)
{
    for (size_t k = n; k > 0; k--) {
        if (!word_at(v, k - 1) || !lex_cap(t, &v->v[k - 1]) || lex_pronoun(t, &v->v[k - 1]) ||
            lex_in(t, &v->v[k - 1], lex_determiners))
            continue;
        size_t a = k - 1;
        while (a > 0 && word_at(v, a - 1) && lex_cap(t, &v->v[a - 1]))
            a--;
        if (a == 0 && k - 1 == 0)
            return 0;
        np->s = v->v[a].start;
        np->e = v->v[k - 1].end;
        return 1;
    }
    return 0;
}

/* Strips a leading title ("General Martin E Dempsey" -> "Martin E Dempsey")
 * and resolves a bare surname to the fullest earlier form in the article. */
void speaker_resolve_name(const char *t, size_t upto, qspan *np, int expand)
{
    lword_vec v = {0}, all = {0};
    if (lex_range(t, np->s, np->e, &v) < 0 || v.n == 0)
        goto done;
    size_t i = 0;
    while (i + 1 < v.n && lex_in(t, &v.v[i], lex_titles) && lex_cap(t, &v.v[i + 1]))
        i++;
    np->s = v.v[i].start;
    if (!expand || v.n - i != 1 || !lex_cap(t, &v.v[i]) || lex_range(t, 0, upto, &all) < 0)
        goto done;
    size_t wl = v.v[i].end - v.v[i].start, best = 0;
    for (size_t k = 1; k < all.n; k++) {
        const lword *w = &all.v[k];
        if (w->punct || w->end - w->start != wl || memcmp(t + w->start, t + np->s, wl) != 0)
            continue;
        size_t a = k;
        while (a > 0 && word_at(&all, a - 1) && lex_cap(t, &all.v[a - 1]) &&
               !lex_in(t, &all.v[a - 1], lex_titles))
            a--;
        if (k - a + 1 > best && k > a) {
            best = k - a + 1;
            np->s = all.v[a].start;
            np->e = w->end;
        }
    }
done:
    VEC_FREE(&v);
    VEC_FREE(&all);
}
