/* An article's opening words set in capitals, as the Financial Times and
 * some American papers print them ("NEGOTIATIONS FOR a new contract ...",
 * "MR HARRY Oppenheimer, whose family ..."), are put in the case the
 * article itself uses for those words, so a summary sentence does not
 * shout. Acronyms stay: a word the article also writes in capitals
 * elsewhere ("US CITIES along the Gulf" keeps "US"), one with a full stop
 * or a digit ("U.S."), a short unknown one that does not read as a word
 * ("A CEO sneezes"), and an unknown one that opens the text alone ("NASA
 * will fly ...").
 * Only the article's first words, and only when a lower-case word follows
 * them, or any word but one in capitals follows two of them: a dateline
 * ("HOLLYWOOD (AP) _", "LONDON --") is left to the dateline rule. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "recase.h"
#include "stopwords.h"

enum { MAX_RUN = 5 };

typedef enum { KEEP, LOWER, TITLE } word_case;

static int is_word_byte(char c)
{
    return isalpha((unsigned char)c) || c == '\'' || c == '-' || c == '.' || c == '&';
}

/* The letters of a word before an "'S" or trailing punctuation. */
static size_t core_len(const char *w, size_t n)
{
    if (n > 2 && w[n - 2] == '\'' && (w[n - 1] == 'S' || w[n - 1] == 's'))
        n -= 2;
    while (n && !isalpha((unsigned char)w[n - 1]))
        n--;
    return n;
}

static int all_upper(const char *w, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (islower((unsigned char)w[i]))
            return 0;
    return 1;
}

/* How the text from `from` on writes the word w (case ignored): bit 1 in
 * capitals, bit 2 in lower case, bit 4 with a capital first letter. */
static int forms_in(const char *t, size_t from, size_t len, const char *w, size_t n)
{
    int forms = 0;
    for (size_t i = from; i + n <= len; i++) {
        if ((i > 0 && isalpha((unsigned char)t[i - 1])) || (i + n < len && isalpha((unsigned char)t[i + n])))
            continue;
        if (strncasecmp(t + i, w, n) != 0)
            continue;
        if (all_upper(t + i, n))
            forms |= n > 1 ? 1 : 0;
        else
            forms |= islower((unsigned char)t[i]) ? 2 : 4;
    }
    return forms;
}

/* 1 when w[0..n) is one of the NULL-terminated words (case ignored). */
static int in_list(const char *w, size_t n, const char *const *words)
{
    for (size_t k = 0; words && words[k]; k++)
        if (strlen(words[k]) == n && strncasecmp(w, words[k], n) == 0)
            return 1;
    return 0;
}

static int function_word(const char *w, size_t n)
{
    static const char *const words[] = {"a", "an", "the", "of", "for", "in", "on", "at", "to", "as", "it",
                                        "is", "and", "but", "or", "by", "if", "so", "no", "one", "two", NULL};
    /* Longer English stop words too ("JUST weeks ago", "WHEN the ..."):
     * shorter ones may be acronyms ("US", "IT", "AM"). */
    return in_list(w, n, words) || (n >= 4 && in_list(w, n, chorus_stopwords_for("english")));
}

/* A short word read as a word rather than an acronym: consonant, vowel,
 * consonant ("THE MAN President ...", "SAM WALTON was ..."; "CEO", "AIG",
 * "IBM" and "CBS" are not). */
static int cvc(const char *w, size_t n)
{
    if (n != 3)
        return 0;
    int v[3];
    for (size_t i = 0; i < 3; i++)
        v[i] = strchr("AEIOUaeiou", w[i]) != NULL;
    return !v[0] && v[1] && !v[2];
}

static int calendar_word(const char *w, size_t n)
{
    static const char *const words[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                        "sunday", "january", "february", "april", "june", "july", "august",
                                        "september", "october", "november", "december", NULL};
    return in_list(w, n, words);
}

/* "MR LEWIS PRESTON, World Bank president, ..." (the Financial Times
 * writes the title without a full stop): a title, never an acronym. */
static int honorific(const char *w, size_t n)
{
    static const char *const words[] = {"mr", "mrs", "ms", "dr", "sir", NULL};
    return in_list(w, n, words);
}

/* A word of four letters or more alone in capitals before a name
 * ("PRESIDENT Bill Clinton yesterday promised ...", the Financial Times):
 * it takes a capital and lower case when the article writes it so
 * elsewhere and never in capitals ("US", "NATO" stay). */
static int lone_word(const char *t, size_t h, size_t len)
{
    if (h < 4 || h + 2 >= len || !isupper((unsigned char)t[h + 1]) || !islower((unsigned char)t[h + 2]))
        return 0;
    int forms = forms_in(t, h + 1, len, t, h);
    return (forms & 6) && !(forms & 1);
}

/* The case of run word w, one of run words; prev_name tells whether the
 * word before it was taken as a name. A word the text does not use again
 * is lowered only inside a run of several ("THE SHARP deterioration"):
 * alone, it may be an acronym as well as a word ("NASA will fly ...",
 * "SQUADS of workers ..."). */
static word_case choose_case(const char *t, size_t rest, size_t len, const char *w, size_t n, size_t run,
                             int prev_name)
{
    size_t c = core_len(w, n);
    for (size_t i = 0; i < n; i++)
        if (isdigit((unsigned char)w[i]) || (w[i] == '.' && i + 1 < c))
            return KEEP;
    if (c == 0)
        return KEEP;
    int forms = forms_in(t, rest, len, w, c);
    if (forms & 1)
        return KEEP;
    if ((forms & 2) || function_word(w, c)) /* "The" opening a sentence is no name */
        return LOWER;
    if (forms & 4)
        return TITLE;
    if (calendar_word(w, c) || honorific(w, c))
        return TITLE;
    if (run == 1 || (c <= 3 && !cvc(w, c)))
        return KEEP;
    return prev_name ? TITLE : LOWER;
}

static void apply(char *w, size_t n, word_case wc, int first)
{
    if (wc == KEEP)
        return;
    for (size_t i = 0; i < n; i++)
        w[i] = (char)tolower((unsigned char)w[i]);
    size_t a = 0; /* the first letter: "'WE'RE in a race" */
    while (a < n && !isalpha((unsigned char)w[a]))
        a++;
    if (a < n && (wc == TITLE || first))
        w[a] = (char)toupper((unsigned char)w[a]);
}

/* Finds the run of capitalised opening words: their starts and lengths;
 * returns how many, or 0 when the opening is not such a run. */
static size_t find_run(const char *t, size_t len, size_t *start, size_t *wlen, size_t *rest)
{
    size_t i = 0, k = 0, longest = 0;
    while (i < len && isspace((unsigned char)t[i]))
        i++;
    for (;;) {
        size_t j = i;
        while (j < len && is_word_byte(t[j]))
            j++;
        if (j > i && !all_upper(t + i, j - i)) {
            *rest = i;
            /* "MR HARRY Oppenheimer, ...": after two words a name may follow */
            return (islower((unsigned char)t[i]) || k >= 2) && longest >= 2 ? k : 0;
        }
        /* a run word has letters and a space after it ("LONDON --" and
         * "WASHINGTON," open datelines) */
        if (j == i || j >= len || t[j] != ' ' || core_len(t + i, j - i) == 0 || k == MAX_RUN)
            return 0;
        start[k] = i;
        wlen[k++] = j - i;
        if (core_len(t + i, j - i) > longest)
            longest = core_len(t + i, j - i);
        i = j + 1;
    }
}

void chorus_recase_opening(char *t, size_t len)
{
    size_t start[MAX_RUN], wlen[MAX_RUN], rest = 0;
    size_t n = find_run(t, len, start, wlen, &rest);
    size_t h = 0;
    while (n == 0 && h < len && isupper((unsigned char)t[h]))
        h++;
    /* a title alone before the name: "MR Lewis Preston, ..." */
    if (h > 0 && h < len && t[h] == ' ' && (honorific(t, h) || lone_word(t, h, len)))
        apply(t, h, TITLE, 1);
    int prev_name = 0;
    for (size_t k = 0; k < n; k++) {
        word_case wc = choose_case(t, rest, len, t + start[k], wlen[k], n, prev_name);
        apply(t + start[k], wlen[k], wc, k == 0);
        prev_name = wc == TITLE || (wc == KEEP && k > 0);
    }
}
