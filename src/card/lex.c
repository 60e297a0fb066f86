/* Lexer and word lists for the card's pattern rules (see lex.h). */
#include "card/lex.h"

#include <string.h>

const char *const lex_speech_verbs[] = {
    "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "warned", "warns",
    "explained", "explains", "noted", "notes", "wrote", "writes", "insisted", "insists", "argued",
    "argues", "claimed", "claims", "declared", "declares", "announced", "announces", "asked",
    "asks", "urged", "urges", "implored", "stressed", "stresses", "reported", "reports",
    "attributed", "commented", "continued", "replied", "acknowledged", "admitted", "conceded",
    "recalled", "predicted", "described", "saying", "telling", "adding", "warning", "cautioned",
    "vowed", "promised", "insisting", "observed", "remarked", "tweeted", "quipped",
    "asserted", "countered", "responded", "suggested", "emphasized", "emphasised", "threatened",
    NULL};
const char *const lex_determiners[] = {"the", "a", "an", "its", "his", "her", "their", "our",
                                       "this", "that", "another", "one", NULL};
const char *const lex_connectors[] = {"of", "the", "in", "for", "and", "de", "bin", "van",
                                      "von", "du", "la", "le", "da", NULL};
const char *const lex_titles[] = {
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "president", "vice", "general", "gen", "gen.",
    "sen", "sen.", "senator", "rep", "rep.", "representative", "prof", "prof.", "professor",
    "minister", "judge", "governor", "gov", "gov.", "mayor", "secretary", "chancellor",
    "premier", "king", "queen", "prince", "sheikh", "colonel", "col.", "lt", "lt.", "captain",
    "capt.", "sir", "lord", "pope", "ambassador", "chairman", "director", "commander", "admiral",
    "sergeant", "sgt.", "officer", "detective", "inspector", "chief", NULL};

static int is_word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* Length of a 3-byte punctuation mark (dashes, curly quotes) at s, or 0. */
static size_t mark3(const char *s, size_t n, int *mark)
{
    if (n < 3 || (unsigned char)s[0] != 0xE2 || (unsigned char)s[1] != 0x80)
        return 0;
    unsigned char c = (unsigned char)s[2];
    if (c == 0x93 || c == 0x94)
        *mark = '-';
    else if (c == 0x9C || c == 0x9D)
        *mark = '"';
    else if (c == 0x98)
        *mark = '`';
    else if (c == 0xA6)
        *mark = '.';
    else
        return 0;
    return 3;
}

/* 1 at a TeX-style quotation mark, `` or '', as newswire writes them
 * (TDT, Gigaword and DUC 2004 text). */
static int tex_quote(const char *s, size_t n)
{
    return n >= 2 && (s[0] == '`' || s[0] == '\'') && s[1] == s[0];
}

int lex_range(const char *text, size_t start, size_t end, lword_vec *out)
{
    size_t i = start;
    while (i < end) {
        unsigned char c = (unsigned char)text[i];
        int mk = 0;
        size_t k = mark3(text + i, end - i, &mk);
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            i++;
            continue;
        }
        lword w = {(uint32_t)i, 0, 0};
        if (!k && tex_quote(text + i, end - i)) { /* `` and '' are quotation marks */
            mk = '"';
            k = 2;
        }
        if (k || !is_word_byte(c)) {
            w.punct = k ? mk : c;
            w.end = (uint32_t)(i + (k ? k : 1));
            i = w.end;
        } else {
            size_t j = i;
            while (j < end) {
                int m2 = 0;
                unsigned char d = (unsigned char)text[j];
                if (mark3(text + j, end - j, &m2) && m2 != '`')
                    break;
                if (is_word_byte(d) || ((d == '-' || d == '\'' || d == '.' || d == '&') &&
                                        j + 1 < end && is_word_byte((unsigned char)text[j + 1])))
                    j++;
                else
                    break;
            }
            w.end = (uint32_t)j;
            i = j;
        }
        if (VEC_PUSH(out, w) < 0)
            return -1;
    }
    return 0;
}

int lex_in(const char *text, const lword *w, const char *const *list)
{
    size_t n = w->end - w->start;
    if (w->punct || n == 0)
        return 0;
    const char *s = text + w->start;
    char c0 = (char)(s[0] >= 'A' && s[0] <= 'Z' ? s[0] + 32 : s[0]);
    for (size_t i = 0; list[i]; i++) {
        const char *l = list[i];
        if (l[0] != c0)
            continue;
        size_t k = 1;
        while (k < n && l[k]) {
            char a = s[k];
            if (a >= 'A' && a <= 'Z')
                a = (char)(a + 32);
            if (a != l[k])
                break;
            k++;
        }
        if (k == n && l[k] == 0)
            return 1;
    }
    return 0;
}

int lex_cap(const char *text, const lword *w)
{
    if (w->punct)
        return 0;
    const char *s = text + w->start;
    size_t n = w->end - w->start;
    if ((unsigned char)s[0] >= 0x80)
        return 1; /* non-ASCII initial: treat as a name letter (Ö, É ...) */
    if (s[0] >= 'A' && s[0] <= 'Z')
        return 1;
    if (n > 3 && (s[0] == 'a' || s[0] == 'e') && s[1] == 'l' && s[2] == '-')
        return s[3] >= 'A' && s[3] <= 'Z';
    return 0;
}

int lex_pronoun(const char *text, const lword *w)
{
    static const char *const p[] = {"he", "she", "they", "we", NULL};
    return lex_in(text, w, p);
}
