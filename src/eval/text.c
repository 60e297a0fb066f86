/* Text preparation as ROUGE-1.5.5's readText/readText_LCS and tokenizer do
 * it: sentences are lower-cased (ASCII), truncated to -l words or -b bytes,
 * every byte other than an ASCII letter or digit separates tokens, and the
 * tokens go through stop-word removal and stemming. */
#include <stdlib.h>
#include <string.h>

#include "eval/rouge.h"

/* Perl's \s on a byte string. */
static int perl_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static int alnum(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Number of fields of Perl's split(/\s+/, s): a leading empty field when s
 * starts with white space, trailing empty fields dropped. When want > 0,
 * *cut receives the end of field number `want`. */
static size_t split_fields(const char *s, size_t n, size_t want, size_t *cut)
{
    size_t i = 0, count = 0;
    if (n > 0 && perl_space((unsigned char)s[0])) {
        count = 1; /* the empty leading field, ending at 0 */
        if (want == 1)
            *cut = 0;
        while (i < n && perl_space((unsigned char)s[i]))
            i++;
        if (i == n)
            return 0; /* only white space: every field is empty */
    }
    while (i < n) {
        while (i < n && !perl_space((unsigned char)s[i]))
            i++;
        if (++count == want)
            *cut = i;
        while (i < n && perl_space((unsigned char)s[i]))
            i++;
    }
    return count;
}

/* Appends the token ids of s[0..n) to out. */
static int tokenize(rouge_lex *lx, const char *s, size_t n, u32_vec *out)
{
    char buf[256];
    for (size_t i = 0; i < n;) {
        if (!alnum((unsigned char)s[i])) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < n && alnum((unsigned char)s[j]))
            j++;
        size_t k = j - i;
        char *w = k <= sizeof buf ? buf : malloc(k);
        if (!w)
            return -1;
        for (size_t x = 0; x < k; x++) {
            char c = s[i + x];
            w[x] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
        }
        int64_t id = rouge_lex_id(lx, w, k);
        if (w != buf)
            free(w);
        if (id < -1 || (id >= 0 && VEC_PUSH(out, (uint32_t)id) < 0))
            return -1;
        i = j;
    }
    return 0;
}

/* How much of each sentence the script keeps: returns the kept length of
 * sentence s (given what came before) and sets *stop after the last one.
 * lcs selects readText_LCS's byte rule, which never advances its count. */
static size_t keep_len(const char *s, size_t n, size_t words, size_t bytes, int lcs, size_t *used,
                       int *stop)
{
    if (words) {
        size_t cut = 0, f = split_fields(s, n, 0, &cut);
        if (*used + f < words) {
            *used += f;
            return n;
        }
        split_fields(s, n, words - *used, &cut);
        *stop = 1;
        return cut;
    }
    if (bytes) {
        size_t base = lcs ? 0 : *used;
        if (base + n < bytes) {
            *used += n;
            return n;
        }
        *stop = 1;
        return bytes - base;
    }
    return n;
}

static int build_view(rouge_lex *lx, const char *const *sents, size_t n, size_t words, size_t bytes,
                      int lcs, rouge_text *t)
{
    size_t used = 0;
    int stop = 0;
    for (size_t i = 0; i < n && !stop; i++) {
        size_t len = sents[i] ? strlen(sents[i]) : 0;
        if (len == 0)
            continue; /* the script skips empty lines */
        size_t k = keep_len(sents[i], len, words, bytes, lcs, &used, &stop);
        if (tokenize(lx, sents[i], k, lcs ? &t->lcs : &t->tok) < 0)
            return -1;
        if (lcs && VEC_PUSH(&t->send, (uint32_t)t->lcs.n) < 0)
            return -1;
    }
    return 0;
}

int rouge_text_build(rouge_lex *lx, const char *const *sents, size_t n, size_t words, size_t bytes,
                     rouge_text *t)
{
    memset(t, 0, sizeof(*t));
    if (build_view(lx, sents, n, words, bytes, 1, t) < 0)
        return -1;
    if (bytes)
        return build_view(lx, sents, n, words, bytes, 0, t);
    /* Without a byte limit both views keep the same words. */
    if (VEC_RESERVE(&t->tok, t->lcs.n + 1) < 0)
        return -1;
    if (t->lcs.n)
        memcpy(t->tok.v, t->lcs.v, t->lcs.n * sizeof(uint32_t));
    t->tok.n = t->lcs.n;
    return 0;
}

void rouge_text_free(rouge_text *t)
{
    VEC_FREE(&t->tok);
    VEC_FREE(&t->lcs);
    VEC_FREE(&t->send);
}
