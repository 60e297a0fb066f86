/* Language data for the sentence splitter: abbreviations and the words that
 * commonly open a sentence. The tables live in segment_lang.c, sorted
 * bytewise so lookups are binary searches (test_segment checks the order). */
#ifndef CHORUS_SEGMENT_LANG_H
#define CHORUS_SEGMENT_LANG_H
#include <stddef.h>

/* What a known abbreviation followed by "." means for a sentence boundary. */
typedef enum seg_abbr_kind {
    SEG_ABBR_NONE = 0, /* not an abbreviation */
    SEG_ABBR_PREFIX,   /* title before a name (Mr., Gen., St.): never ends a sentence */
    SEG_ABBR_NUMBER,   /* before a number (No. 5, p. 55): no boundary before a digit */
    SEG_ABBR_AMBIG,    /* may end a sentence (Inc., U.S., Nov.): only before a sentence opener */
    SEG_ABBR_INNER     /* always inside a sentence (e.g., i.e., vs.) */
} seg_abbr_kind;

typedef struct seg_abbr {
    const char *word; /* lower case, without the final dot ("u.s", "mr") */
    unsigned char kind;
} seg_abbr;

typedef struct seg_lang {
    const char *code;
    const seg_abbr *abbr;
    size_t n_abbr;
    const char *const *openers; /* lower case words that often start a sentence */
    size_t n_openers;
    const char *const *speech; /* lower case speech verbs: '"Go!" Pete said.' is one sentence */
    size_t n_speech;
    int ordinal_dot; /* 1 when "3." is an ordinal (de): a number + dot rarely ends a sentence */
} seg_lang;

/* The data for an ISO 639-1 code; English for NULL or an unknown code. */
const seg_lang *seg_lang_get(const char *code);

/* Kind of the lower-case word w[0..n) (without its final dot). */
seg_abbr_kind seg_lang_abbr(const seg_lang *lg, const char *w, size_t n);

/* 1 when the lower-case word w[0..n) commonly opens a sentence. */
int seg_lang_opener(const seg_lang *lg, const char *w, size_t n);

/* 1 when the lower-case word w[0..n) is a speech verb ("said", "asked"). */
int seg_lang_speech(const seg_lang *lg, const char *w, size_t n);

/* The ISO 639-1 code of lang into out: lang is a code in either case
 * ("en", "EN") or a language's English name as libstemmer spells it
 * ("english"); NULL and "" are "en". -1 when it is neither (two letters
 * that are no ISO 639-1 code, "xx", included). */
int seg_lang_code(const char *lang, char out[3]);

/* libstemmer's name for an ISO 639-1 code ("english"); the code itself when
 * libstemmer has no language of that code. */
const char *seg_lang_stemmer_name(const char *code);

/* For tests: the number of languages and the i-th one. */
size_t seg_lang_count(void);
const seg_lang *seg_lang_at(size_t i);

#endif
