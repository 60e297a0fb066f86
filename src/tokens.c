#include "tokens.h"
#include "util/utf8.h"

#include <libstemmer.h>
#include <string.h>
#include <utf8proc.h>

#include "error.h"
#include "segment.h"
#include "segment_lang.h"
#include "stopwords.h"
#include "util/buf.h"
#include "util/hmap.h"
#include "util/utf8.h"

struct chorus_tokenizer {
    struct sb_stemmer *stemmer;
    char lang[32];
    char code[16];  /* the ISO 639-1 code, lower case ("en"), for the splitter */
    chmap *stop;   /* folded stop words */
    chmap *cache;  /* word as written -> (term << 1 | stop) */
    chmap *terms;  /* stem -> term id */
    cbuf fold;     /* scratch */
    /* Public chorus_tokenize() output strings are built per call. */
};

static int load_stop(chorus_tokenizer *t)
{
    const char *const *w = chorus_stopwords_for(t->lang);
    for (; w && *w; w++)
        if (chmap_set(t->stop, *w, strlen(*w), 1) < 0)
            return -1;
    return 0;
}

int chorus_tokenizer_new(chorus_ctx *ctx, const char *lang, chorus_tokenizer **out)
{
    *out = NULL;
    char code[3];
    int rc = chorus_segment_lang(ctx, lang, code);
    if (rc < 0)
        return rc;
    const char *name = seg_lang_stemmer_name(code);
    chorus_tokenizer *t = calloc(1, sizeof(*t));
    if (!t)
        return chorus_error_nomem(ctx);
    t->stemmer = sb_stemmer_new(name, "UTF_8");
    if (!t->stemmer) {
        free(t);
        return chorus_error_set(ctx, CHORUS_EUSAGE, "unknown language '%s' (libstemmer has no stemmer for it)",
                                lang);
    }
    snprintf(t->lang, sizeof t->lang, "%s", name);
    snprintf(t->code, sizeof t->code, "%s", code);
    t->stop = chmap_new();
    t->cache = chmap_new();
    t->terms = chmap_new();
    if (!t->stop || !t->cache || !t->terms || load_stop(t) < 0) {
        chorus_tokenizer_free(t);
        return chorus_error_nomem(ctx);
    }
    *out = t;
    return 0;
}

void chorus_tokenizer_free(chorus_tokenizer *tok)
{
    if (!tok)
        return;
    sb_stemmer_delete(tok->stemmer);
    chmap_free(tok->stop);
    chmap_free(tok->cache);
    chmap_free(tok->terms);
    cbuf_free(&tok->fold);
    free(tok);
}

static int is_word_cp(int32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    utf8proc_category_t cat = utf8proc_category(c);
    return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_NO);
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* Length of the word character at s, or 0. */
static int word_char(const char *s, size_t n)
{
    int32_t c;
    if ((unsigned char)s[0] < 0x80)
        return is_word_cp((unsigned char)s[0]) ? 1 : 0;
    int k = cutf8_decode((const unsigned char *)s, n, &c);
    return k > 0 && is_word_cp(c) ? k : 0;
}

/* Apostrophes join letters (don't, O'Neill); '.' and ',' join digits (3.5, 1,000). */
static size_t joiner_len(const char *s, size_t n, size_t i)
{
    if (s[i] == '\'')
        return 1;
    if (cutf8_is_rsquo(s + i, n - i))
        return 3;
    if ((s[i] == '.' || s[i] == ',') && i > 0 && is_digit(s[i - 1]) && i + 1 < n &&
        is_digit(s[i + 1]))
        return 1;
    return 0;
}

static int is_ascii_alnum(unsigned char c)
{
    return (unsigned char)((c | 0x20) - 'a') < 26 || (unsigned char)(c - '0') < 10;
}

size_t chorus_tokens_word_len(const char *s, size_t n)
{
    size_t i = 0;
    int k;
    /* Most words are plain ASCII: run over them before the general loop,
     * which decodes UTF-8 and looks for joiners. */
    while (i < n && is_ascii_alnum((unsigned char)s[i]))
        i++;
    while (i < n) {
        if ((k = word_char(s + i, n - i)) > 0) {
            i += (size_t)k;
            continue;
        }
        size_t j = i > 0 ? joiner_len(s, n, i) : 0;
        if (j && i + j < n && word_char(s + i + j, n - i - j) > 0) {
            i += j;
            continue;
        }
        break;
    }
    return i;
}

/* Folds a word, mapping the typographic apostrophe to ASCII so that
 * "don’t" and "don't" are one term. */
static int fold_word(chorus_tokenizer *t, const char *s, size_t n)
{
    cbuf_clear(&t->fold);
    if (cutf8_casefold(s, n, &t->fold) < 0)
        return -1;
    char *p = t->fold.ptr;
    size_t o = 0;
    for (size_t i = 0; i < t->fold.len; i++) {
        if (cutf8_is_rsquo(p + i, t->fold.len - i)) {
            p[o++] = '\'';
            i += 2;
        } else {
            p[o++] = p[i];
        }
    }
    t->fold.len = o;
    return 0;
}

/* The cache is keyed by the word as written, so a word seen before costs
 * one hash lookup: no folding and no stemming. */
static int64_t lookup_term(chorus_tokenizer *t, const char *w, size_t n)
{
    uint32_t v;
    if (chmap_get(t->cache, w, n, &v))
        return v;
    if (fold_word(t, w, n) < 0)
        return -1;
    int stop = chmap_get(t->stop, t->fold.ptr, t->fold.len, NULL);
    const sb_symbol *st = sb_stemmer_stem(t->stemmer, (const sb_symbol *)t->fold.ptr, (int)t->fold.len);
    if (!st)
        return -1;
    int64_t id = chmap_intern(t->terms, (const char *)st, (size_t)sb_stemmer_length(t->stemmer));
    if (id < 0)
        return -1;
    v = ((uint32_t)id << 1) | (uint32_t)stop;
    if (chmap_set(t->cache, w, n, v) < 0)
        return -1;
    return v;
}

static uint32_t token_flags(const char *w, size_t n, uint32_t stopbit)
{
    uint32_t f = stopbit ? TOK_STOP : 0;
    if (is_digit(w[0]))
        f |= TOK_NUM;
    if (w[0] >= 'A' && w[0] <= 'Z')
        f |= TOK_CAP;
    (void)n;
    return f;
}

int chorus_tokens_scan(chorus_tokenizer *tok, const char *text, size_t len, size_t base,
                       ctoken_vec *out)
{
    size_t i = 0;
    while (i < len) {
        int k = word_char(text + i, len - i);
        if (k == 0) {
            i++;
            while (i < len && ((unsigned char)text[i] & 0xC0) == 0x80)
                i++;
            continue;
        }
        size_t w = chorus_tokens_word_len(text + i, len - i);
        int64_t v = lookup_term(tok, text + i, w);
        if (v < 0)
            return -1;
        ctoken t = {(uint32_t)(base + i), (uint32_t)(base + i + w), (uint32_t)(v >> 1),
                    token_flags(text + i, w, (uint32_t)(v & 1))};
        if (VEC_PUSH(out, t) < 0)
            return -1;
        i += w;
    }
    return 0;
}

const char *chorus_tokens_term(const chorus_tokenizer *tok, uint32_t term)
{
    return chmap_key(tok->terms, term, NULL);
}

size_t chorus_tokens_nterms(const chorus_tokenizer *tok) { return chmap_count(tok->terms); }

int chorus_tokens_is_stop(const chorus_tokenizer *tok, const char *folded, size_t len)
{
    return chmap_get(tok->stop, folded, len, NULL);
}

/* Public API: tokens with their strings copied into one block after the array. */
int chorus_tokenize(chorus_tokenizer *tok, chorus_ctx *ctx, const char *text, size_t len,
                    chorus_token **tokens, size_t *n)
{
    ctoken_vec v = {0};
    cbuf strs = CBUF_INIT;
    *tokens = NULL;
    *n = 0;
    int rc = CHORUS_ENOMEM; /* the message is set only if it is returned */
    if (chorus_tokens_scan(tok, text, len, 0, &v) < 0)
        goto cleanup;
    size_t *offs = calloc(v.n ? v.n * 2 : 1, sizeof(size_t));
    if (!offs)
        goto cleanup;
    for (size_t i = 0; i < v.n; i++) {
        if (fold_word(tok, text + v.v[i].start, v.v[i].end - v.v[i].start) < 0)
            goto cleanup_offs;
        offs[2 * i] = strs.len;
        if (cbuf_put(&strs, tok->fold.ptr, tok->fold.len) < 0 || cbuf_putc(&strs, 0) < 0)
            goto cleanup_offs;
        offs[2 * i + 1] = strs.len;
        const char *st = chorus_tokens_term(tok, v.v[i].term);
        if (cbuf_put(&strs, st, strlen(st) + 1) < 0)
            goto cleanup_offs;
    }
    chorus_token *out = malloc(v.n * sizeof(chorus_token) + strs.len + 1);
    if (!out)
        goto cleanup_offs;
    char *base = (char *)(out + v.n);
    if (strs.len)
        memcpy(base, strs.ptr, strs.len);
    for (size_t i = 0; i < v.n; i++)
        out[i] = (chorus_token){v.v[i].start, v.v[i].end, base + offs[2 * i], base + offs[2 * i + 1],
                                (v.v[i].flags & TOK_STOP) != 0};
    *tokens = out;
    *n = v.n;
    rc = 0;
cleanup_offs:
    free(offs);
cleanup:
    VEC_FREE(&v);
    cbuf_free(&strs);
    return rc < 0 ? chorus_error_nomem(ctx) : 0;
}

const char *chorus_tokens_lang(const chorus_tokenizer *tok) { return tok->code; }
