/* Internals shared by quotes.c and speaker.c. */
#ifndef CHORUS_CARD_QUOTE_INT_H
#define CHORUS_CARD_QUOTE_INT_H
#include <stdint.h>

#include "card/lex.h"

typedef struct qspan {
    uint32_t s, e; /* byte range in the article */
} qspan;

/* A quote of the article already attributed: its marks and speaker. */
typedef struct qknown {
    uint32_t os, oe;
    qspan sp;
} qknown;

/* 1 when the full stop at t[dot] closes an abbreviation ("Sen.", "G.",
 * "U.S.", "Calif."); lo bounds the word. */
int speaker_abbrev(const char *t, size_t lo, size_t dot);
/* Whom a pronoun (he/she; NULL: any person) before byte hi stands for: the
 * subject of the nearest reporting verb ("X said", "said X", "according to
 * X") whose gender agrees, else the one person named in the nearest sentence
 * naming anyone, looking back at most four sentences and not before lo.
 * mode 0 reads so; SPEAKER_EVENTS looks at the last sentence and reporting
 * verbs only; SPEAKER_FAR reads as 0 does, for a pronoun a paragraph
 * further back speaks of, where a person a reporting verb reports on
 * ("Carlucci says that Powell has ...") may be meant as well as its
 * subject. 0 when there is none or two people could be meant. */
enum { SPEAKER_EVENTS = 1, SPEAKER_FAR = 2 };
int speaker_antecedent(const char *t, size_t lo, size_t hi, const lword *pron, int mode,
                       const qknown *known, size_t nknown, qspan *out);
/* Trims np to a name or a role phrase; 0 when it is neither (a piece of a
 * sentence, a pronoun, a day). upto: text before the quote. */
int speaker_valid(const char *t, size_t upto, qspan *np);
/* 1 when two speaker strings end in the same surname ("Steve Hawley" and
 * "mission specialist Steven Hawley"). */
int speaker_same_surname(const char *x, const char *y);
/* Speaker in the words after a quote: "..., X said" or "..., said X". */
int speaker_after(const char *t, const lword_vec *v, qspan *np, int *pron);
/* Speaker in a clause of its own later in the sentence after a quote:
 * "\"...\" of the ice sheet, Dr. Bentley says." */
int speaker_after_clause(const char *t, const lword_vec *v, qspan *np, int *pron);
/* Speaker after a quote set off from its verb by an appositive: an age, a
 * party tag, a role or a relative clause ("\"...,\" Lisa Boyd, a
 * spokeswoman for the state, said"). The part before the first comma or
 * bracket; when that is a role and a name of two words or more follows
 * ("Lennon's co-songwriter, Paul McCartney, said"), the name. Tried after
 * the other patterns, as it reads any words before a comma as a subject
 * and leaves speaker_valid to judge them. */
int speaker_appositive(const char *t, const lword_vec *v, qspan *np, int *pron);
/* Speaker in the words before a quote: "X said: ..." or "according to X". */
int speaker_before(const char *t, const lword_vec *v, qspan *np, int *pron);
/* "the statement" (np; a document with "the"): the body or person who
 * issued it, as a sentence in [lo, hi) says ("The Dover Clinic issued a
 * statement", "X said in a statement"), the nearest first; 1 and np
 * replaced when found. */
int speaker_document_issuer(const char *t, size_t lo, size_t hi, qspan *np);
/* Strips a leading title; with expand, a bare surname becomes the fullest
 * form of the name in the article text before upto. */
void speaker_resolve_name(const char *t, size_t upto, qspan *np, int expand);

#endif
