/* A small lexer for the card's pattern rules: words and punctuation marks
 * as byte ranges, with helpers to classify them. */
#ifndef CHORUS_CARD_LEX_H
#define CHORUS_CARD_LEX_H
#include <stddef.h>
#include <stdint.h>

#include "util/vec.h"

typedef struct lword {
    uint32_t start, end; /* byte range in the text lexed */
    int punct;           /* 0 for a word, else the mark: ',', ':', '-', '"', '(' ... */
} lword;

typedef VEC(lword) lword_vec;

/* 1 when English text[a, z) holds a word that reads as a verb (verbs.c): a
 * form of be, have or do, a modal, a listed verb, a contraction, a word in
 * -ed or -ing that is not a known noun, a subject pronoun ("he", "they")
 * or a subordinator or relative word first ("who lives", "when troops
 * withdraw"), an -s form after a relative word or before a definite
 * object, a plain form after a plural subject that is listed ("Earthquakes
 * occur") or comes before an object ("crews use a winch"). A capitalised
 * word counts only first in a sentence (at_start: text[a] opens one); a
 * word with digits or non-ASCII letters ("11am", "Våsted") never. Crude:
 * it misses other present forms ("faces", "crews mend nets"). */
int lex_has_verb(const char *text, size_t a, size_t z, int at_start);

/* Appends the words and marks of text[start, end) to out; 0 or -1 (OOM). */
int lex_range(const char *text, size_t start, size_t end, lword_vec *out);
/* 1 when word w of text equals (ASCII case-insensitively) one of list (NULL-terminated). */
int lex_in(const char *text, const lword *w, const char *const *list);
/* 1 when word w starts with an upper-case letter (or is "al-X"/"el-X" with X upper). */
int lex_cap(const char *text, const lword *w);
/* Length of the quotation mark at s (", “, ”, `` or ''; n bytes left), or 0. */
size_t lex_quote_mark(const char *s, size_t n);
/* 1 when the word is a given name of lex_given_names, lex_male_names or
 * lex_female_names ("Nancy", "Chris"). */
int lex_given(const char *text, const lword *w);
/* 1 when the word is a title, spelled out or abbreviated ("Sen", "Capt"). */
int lex_title(const char *text, const lword *w);
/* 1 when the word is a personal pronoun that can stand for a speaker. */
int lex_pronoun(const char *text, const lword *w);
/* 1 when the word s[0..n) has the shape of a plural or a verb's -s form:
 * over three letters, ending in "s" but not "-ss", "-us", "-is" or "'s"
 * ("boats", "specializes"; not "boss", "status", "Francis", "Rudd's"). */
int lex_s_form(const char *s, size_t n);
/* 1 for a word ending in a possessive "'s" (' or U+2019, "Lennon’s"). */
int lex_possessive(const char *text, const lword *w);

/* A number read whole from word i: digits with thousands separators
 * ("12,000"), decimals ("1.5"), a time ("8:26") or a small count word. */
typedef struct lnumber {
    double value;
    int decimals; /* digits after the point */
    int grouped;  /* written with thousands separators */
    size_t next;  /* the word after it */
} lnumber;

/* 1: word i starts a count (*out filled); 2: a number that is not a count
 * ("8:26", "3-year-old", "2nd"; out->next skips it); 0: not a number. */
int lex_number(const char *t, const lword_vec *v, size_t i, lnumber *out);
/* 1 when two words are the same or share a stem ("passengers", "passenger"). */
int lex_like(const char *ta, const lword *a, const char *tb, const lword *b);

extern const char *const lex_function_words[];
extern const char *const lex_speech_verbs[];
/* Words after a surname that are no name of their own: "Jr", "III". */
extern const char *const lex_name_suffixes[];
extern const char *const lex_determiners[];
/* Forms of "be" ("is", "was", "been", "being"): a passive before a verb, a copula. */
extern const char *const lex_be_forms[];
extern const char *const lex_connectors[];
/* Particles of a surname, in lower case: "de" Waal, "van" Dorn, "al" Sabah. */
extern const char *const lex_particles[];
/* Months, the twelve whole then their abbreviations ("jan", "sept"), lower
 * case; diverge_date.c's month numbers follow this order. */
extern const char *const lex_months[];
/* Months that are also surnames, after a given name ("Ellen May", "Peter June"). */
extern const char *const lex_month_surnames[];
extern const char *const lex_titles[];
/* Titles abbreviated with a stop that carries a name on ("Capt. Larry
 * Seaquist", "Rear Adm."), without the stop. */
extern const char *const lex_abbr_titles[];
/* In gazetteer.c: countries, US states, regions and cities ("russia",
 * "new york", "moscow"); AP's abbreviations of the states ("calif");
 * words for peoples, faiths and party members
 * ("russian", "shiites", "democrats"); organisations named alone
 * ("twitter", "pentagon"); bodies known by their abbreviation
 * ("associated press"); names of one body that share no spelling
 * ("isis", "islamic state"); common given names of men ("john") and of
 * women ("nancy"), which also tell a pronoun's gender to the speaker
 * search, and names of either ("chris", "kim") or that name storms,
 * places or things too ("gilbert", "beverly"), which tell none. */
extern const char *const lex_places[];
extern const char *const lex_state_abbrevs[];
extern const char *const lex_peoples[];
extern const char *const lex_orgs[];
extern const char *const lex_abbreviated[];
extern const char *const lex_aliases[];
extern const char *const lex_male_names[];
extern const char *const lex_female_names[];
extern const char *const lex_given_names[];

#endif
