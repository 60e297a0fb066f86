/* Tokens with interned term ids, for the stages after segmentation. */
#ifndef CHORUS_TOKENS_H
#define CHORUS_TOKENS_H
#include <stdint.h>

#include "chorus.h"
#include "util/vec.h"

enum { TOK_STOP = 1, TOK_NUM = 2, TOK_CAP = 4 };

typedef struct ctoken {
    uint32_t start, end; /* byte offsets into the scanned text */
    uint32_t term;       /* interned stem id, stable for the tokenizer's life */
    uint32_t flags;      /* TOK_* */
} ctoken;

typedef VEC(ctoken) ctoken_vec;

/* Appends the tokens of text[0..len) to out, offsets shifted by base. */
int chorus_tokens_scan(chorus_tokenizer *tok, const char *text, size_t len, size_t base,
                       ctoken_vec *out);
/* The language code the tokenizer was made for ("en" by default);
 * borrowed until the tokenizer is freed. */
const char *chorus_tokens_lang(const chorus_tokenizer *tok);
/* The stem string of a term id. Borrowed until the tokenizer is freed. */
const char *chorus_tokens_term(const chorus_tokenizer *tok, uint32_t term);
/* Number of distinct terms interned so far. */
size_t chorus_tokens_nterms(const chorus_tokenizer *tok);
/* 1 when the case-folded word is a stop word of the tokenizer's language. */
int chorus_tokens_is_stop(const chorus_tokenizer *tok, const char *folded, size_t len);
/* Byte length of the token starting at s (0 if s does not start a word). */
size_t chorus_tokens_word_len(const char *s, size_t n);

#endif
