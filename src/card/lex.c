/* Lexer and word lists for the card's pattern rules (see lex.h). */
#include "card/lex.h"
#include "util/utf8.h"

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
    "concluded", "concludes", "interjected", "exclaimed", "shouted", "screamed", "yelled", "whispered",
    "joked", "mused", "boasted", "complained", "complains", "lamented", "laments", "pleaded",
    "protested", "retorted", "scoffed", "contended", "contends", "recounted", "predicts", "recalls",
    "admits", "concedes", "acknowledges", "maintains", "replies", "responds", "counters", "quips", "observes",
    "recounts", "continues", "snapped", "advised", "advises", "exulted", "sniffed", "moaned", "groaned",
    "sighed", "wondered", "laughed", NULL};
const char *const lex_be_forms[] = {"is", "are", "was", "were", "be", "been", "being", NULL};
const char *const lex_determiners[] = {"the", "a", "an", "its", "his", "her", "their", "our",
                                       "this", "that", "another", "one", NULL};
/* not "ten", a number more often than a particle ("In Ohio ten Marines", "said Iowa ten Democrats") */
const char *const lex_particles[] = {"de", "da", "di", "du", "del", "la", "le", "van", "von", "der",
                                     "den", "ter", "zu", "dos", "bin", "ibn", "al", "el", NULL};
const char *const lex_months[] = {"january", "february", "march", "april", "may", "june", "july",
                                   "august", "september", "october", "november", "december", "jan",
                                   "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                                   "nov", "dec", NULL};
const char *const lex_month_surnames[] = {"may", "june", "april", "august", NULL};
const char *const lex_connectors[] = {"of", "the", "in", "for", "and", "de", "bin", "van",
                                      "von", "du", "la", "le", "da", "der", "den", "ter", "zu", "dos",
                                      "di", "del", "ibn", "al", "el", NULL};
const char *const lex_titles[] = {
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "president", "vice", "general", "gen", "gen.",
    "sen", "sen.", "senator", "rep", "rep.", "representative", "prof", "prof.", "professor",
    "minister", "judge", "governor", "gov", "gov.", "mayor", "secretary", "chancellor",
    "premier", "king", "queen", "prince", "sheikh", "colonel", "col.", "col", "lt", "lt.", "captain", "capt",
    "capt.", "sir", "lord", "pope", "ambassador", "chairman", "director", "commander", "admiral",
    "sergeant", "sgt.", "sgt", "officer", "detective", "inspector", "chief", "emperor", "empress", "congressman",
    "congresswoman", "senators", "administrator", "commissioner", "sheriff", "ayatollah", "rabbi", "bishop",
    "archbishop", "comrade", "madam", "actress", "actor", NULL};

const char *const lex_abbr_titles[] = {"capt", "col", "sgt", "adm", "maj", "cmdr", "brig", "atty",
                                       "cpl", "pvt", "det", "supt", "lieut", "msgr", "rev", "insp", "gens",
                                       "sens", "reps", "lt", "gen", "gov", "sen", "rep", NULL};

const char *const lex_name_suffixes[] = {"jr", "sr", "ii", "iii", "iv", NULL};

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

size_t lex_quote_mark(const char *s, size_t n)
{
    int mk = 0;
    size_t k = mark3(s, n, &mk);
    if (n && s[0] == '"')
        return 1;
    if (k && mk == '"')
        return k;
    return tex_quote(s, n) ? 2 : 0;
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
                if (is_word_byte(d) || ((d == '-' || d == '\'' || d == '.' || d == '&') && j + 1 < end &&
                                        is_word_byte((unsigned char)text[j + 1]) &&
                                        !mark3(text + j + 1, end - j - 1, &m2) && /* not "Russia.”" */
                                        !cutf8_is_rsquo(text + j + 1, end - j - 1))) /* nor "Russia.’" */
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
    /* a particle joined to the name: "Alex deWaal", "Ann vanDam" */
    size_t k = 0;
    while (k < n && k < 3 && s[k] >= 'a' && s[k] <= 'z')
        k++;
    return k + 2 < n && k >= 1 && s[k] >= 'A' && s[k] <= 'Z' && s[k + 1] >= 'a' && s[k + 1] <= 'z';
}

int lex_given(const char *text, const lword *w)
{
    return lex_in(text, w, lex_given_names) || lex_in(text, w, lex_male_names) ||
           lex_in(text, w, lex_female_names);
}

int lex_title(const char *text, const lword *w)
{
    return lex_in(text, w, lex_titles) || lex_in(text, w, lex_abbr_titles);
}

int lex_s_form(const char *s, size_t n)
{
    return n > 3 && s[n - 1] == 's' && s[n - 2] != 's' && s[n - 2] != 'u' && s[n - 2] != 'i' && s[n - 2] != '\'';
}

int lex_possessive(const char *text, const lword *w)
{
    size_t n = w->end - w->start;
    const char *s = text + w->start;
    if (n < 3 || (s[n - 1] | 32) != 's')
        return 0;
    return s[n - 2] == '\'' || (n >= 5 && cutf8_is_rsquo(s + n - 4, 3));
}

int lex_pronoun(const char *text, const lword *w)
{
    static const char *const p[] = {"he", "she", "they", "we", NULL};
    return lex_in(text, w, p);
}

const char *const lex_function_words[] = {
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or", "but",
    "than", "as", "that", "which", "who", "whom", "whose", "was", "were", "is", "are", "be", "been",
    "being", "has", "have", "had", "will", "would", "shall", "should", "can", "its", "their", "his",
    "her", "our", "my", "your", "all", "some", "each", "per", "about", "into", "over", "under", "after",
    "before", "since", "until", "during", "more", "less", "most", "least", "only", "just", "also",
    "other", "another", "these", "those", "this", "there", "here", "it", "they", "he", "she", "we",
    "i", "you", "them", "him", "us", "not", "no", "so", "if", "when", "where", "while", "up", "out",
    "off", "down", "nearly", "almost", "around", "approximately", "roughly", "such", "same", "both",
    "either", "then", "a.m", "p.m", "am", "pm", "any", "many", "much", "few", "several", "what",
    "how", "do", "does", "did", "still", "even", "very", "too", "between", "among", "through",
    "against", "across", "including", "now", "yet", "ago", "said", "says", "say", NULL};

static const char *const small_numbers[] = {"two", "three", "four", "five", "six", "seven", "eight",
                                            "nine", "ten", "eleven", "twelve", "twenty", "thirty",
                                            "forty", "fifty", "sixty", "seventy", "eighty",
                                            "ninety", NULL};
static const int small_values[] = {2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 20, 30, 40, 50, 60, 70, 80, 90};

static int digit(char c) { return c >= '0' && c <= '9'; }

/* Value of t[s, e) as digits with an optional decimal part; the number of
 * decimals goes to *dec; -1 when other bytes follow ("3-year-old", "2nd"). */
static double plain_number(const char *t, uint32_t s, uint32_t e, int *dec)
{
    double x = 0, f = 1;
    uint32_t k = s;
    *dec = 0;
    while (k < e && digit(t[k]))
        x = x * 10 + (t[k++] - '0');
    if (k + 1 < e && t[k] == '.' && digit(t[k + 1]))
        for (k++; k < e && digit(t[k]); k++, (*dec)++)
            x += (f /= 10) * (t[k] - '0');
    return k == e ? x : -1;
}

/* Words j and j + 1 follow word j - 1 with no space between them. */
static int glued(const lword_vec *v, size_t j)
{
    return j + 1 < v->n && v->v[j].start == v->v[j - 1].end && v->v[j + 1].start == v->v[j].end;
}

int lex_number(const char *t, const lword_vec *v, size_t i, lnumber *out)
{
    const lword *w = &v->v[i];
    memset(out, 0, sizeof *out);
    out->next = i + 1;
    if (w->punct)
        return 0;
    if (!digit(t[w->start])) {
        for (size_t k = 0; small_numbers[k]; k++)
            if (lex_in(t, w, (const char *const[]){small_numbers[k], NULL})) {
                out->value = small_values[k];
                return 1;
            }
        return 0;
    }
    out->value = plain_number(t, w->start, w->end, &out->decimals);
    if (out->value < 0)
        return 2;
    size_t j = i + 1;
    int dec;
    /* "12,000" and "1,234.5": the lexer cuts at the commas. */
    while (glued(v, j) && v->v[j].punct == ',' && v->v[j + 1].end - v->v[j + 1].start >= 3 &&
           !out->decimals && digit(t[v->v[j + 1].start + 2]) &&
           (v->v[j + 1].end - v->v[j + 1].start == 3 || t[v->v[j + 1].start + 3] == '.')) {
        double g = plain_number(t, v->v[j + 1].start, v->v[j + 1].end, &dec);
        if (g < 0)
            break;
        out->value = out->value * 1000 + g;
        out->decimals = dec;
        out->grouped = 1;
        j += 2;
    }
    out->next = j;
    /* "8:26": a time, read whole but not a count. */
    if (!out->grouped && glued(v, j) && v->v[j].punct == ':' && digit(t[v->v[j + 1].start])) {
        out->next = j + 2;
        return 2;
    }
    return 1;
}

static char lower(char c) { return (char)(c >= 'A' && c <= 'Z' ? c + 32 : c); }

int lex_like(const char *ta, const lword *a, const char *tb, const lword *b)
{
    size_t na = a->end - a->start, nb = b->end - b->start, k = 0;
    if (a->punct || b->punct)
        return 0;
    while (k < na && k < nb && lower(ta[a->start + k]) == lower(tb[b->start + k]))
        k++;
    if (k == na && k == nb)
        return 1;
    /* A shared stem: "passenger"/"passengers", "agreed"/"agreement". */
    return k >= 5 || (k >= 4 && (na - k <= 2 && nb - k <= 2));
}
