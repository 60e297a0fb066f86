/* Key content of a unit (numbers and names) and whether a sentence states
 * it: aligned sentences can share a topic yet differ in what they report. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "align/align_int.h"

/* Sentences before the reporting one where a unit's names may stand. */
#define KEY_NAME_BACK 2

/* Counts written as words; "one" is left out ("one of them"). */
static const char *const number_words[] = {"two", "three", "four", "five", "six", "seven", "eight",
                                           "nine", "ten", "eleven", "twelve", "twenty", "thirty",
                                           "forty", "fifty", "hundred", "dozen", NULL};
static const char *const number_digits[] = {"2", "3", "4", "5", "6", "7", "8", "9", "10", "11",
                                            "12", "20", "30", "40", "50", "100", "12"};

/* The value of token t as a digit string in key (at most 31 bytes): digits
 * without thousands separators ("1,500" = "1500"), counts written as words
 * ("three" = "3"). 0 when t is no number. */
static size_t number_key(const char *text, const ctoken *t, char key[32])
{
    size_t n = t->end - t->start, k = 0;
    const char *w = text + t->start;
    if (n > 0 && w[0] >= '0' && w[0] <= '9') {
        for (size_t i = 0; i < n && k < 31; i++)
            if (w[i] != ',')
                key[k++] = w[i];
        key[k] = 0;
        return k;
    }
    if (n < 3 || n > 7 || !strchr("tfsenhdTFSENHD", w[0])) /* no number word: most tokens, cheaply */
        return 0;
    for (size_t i = 0; number_words[i]; i++)
        if (strlen(number_words[i]) == n && strncasecmp(number_words[i], w, n) == 0) {
            strcpy(key, number_digits[i]);
            return strlen(key);
        }
    return 0;
}

/* 1 when sentence s holds a number of value key. */
static int sentence_has_number(const aligner *a, uint32_t s, const char *key, size_t n)
{
    const fsent *fs = &a->m->sents[s];
    const char *text = chorus_story_doc(a->m->story, fs->doc)->text;
    char k2[32];
    for (uint32_t k = fs->tok0; k < fs->tok0 + fs->ntok; k++)
        if (number_key(text, &a->m->toks[k], k2) == n && memcmp(k2, key, n) == 0)
            return 1;
    return 0;
}

static int has_term(const uint32_t *v, uint32_t n, uint32_t c)
{
    uint32_t i = align_lower_bound(v, 0, n, c);
    return i < n && v[i] == c;
}

/* 1 when a sentence of [s0, s1) holds canonical term c (postings are in
 * sentence order). */
static int term_in(const aligner *a, uint32_t c, uint32_t s0, uint32_t s1)
{
    uint32_t hi = a->post_off[c + 1], lo = align_lower_bound(a->post, a->post_off[c], hi, s0);
    return lo < hi && a->post[lo] < s1;
}

static int is_date_word(const char *text, const ctoken *t)
{
    static const char *const words[] = {
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", NULL};
    size_t n = t->end - t->start;
    if (n < 3 || n > 9 || !strchr("jfmasondtwJFMASONDTW", text[t->start])) /* most tokens, cheaply */
        return 0;
    for (size_t i = 0; words[i]; i++)
        if (strlen(words[i]) == n && strncasecmp(words[i], text + t->start, n) == 0)
            return 1;
    return 0;
}

/* The date word next to token k of sentence fs (a day: "2 November",
 * "Nov. 2"), or NULL. */
static const ctoken *day_of(const aligner *a, const fsent *fs, const char *text, uint32_t k)
{
    if (k > fs->tok0 && is_date_word(text, &a->m->toks[k - 1]))
        return &a->m->toks[k - 1];
    if (k + 1 < fs->tok0 + fs->ntok && is_date_word(text, &a->m->toks[k + 1]))
        return &a->m->toks[k + 1];
    return NULL;
}

/* 1 when article d gives day key of month term c anywhere. */
static int date_in(const aligner *a, uint32_t d, uint32_t c, const char *key, size_t n)
{
    const char *text = chorus_story_doc(a->m->story, d)->text;
    char k2[32];
    for (uint32_t s = a->m->doc_first[d]; s < a->m->doc_first[d + 1]; s++) {
        const fsent *fs = &a->m->sents[s];
        for (uint32_t k = fs->tok0; k < fs->tok0 + fs->ntok; k++) {
            const ctoken *m = number_key(text, &a->m->toks[k], k2) == n && memcmp(k2, key, n) == 0
                                  ? day_of(a, fs, text, k) : NULL;
            if (m && a->canon[m->term] == c)
                return 1;
        }
    }
    return 0;
}

/* 1 when token k is a count in words after "the" ("the two groups"): a
 * reference, not a count ("the 1920s" is a date). */
static int definite(const aligner *a, const fsent *fs, const char *text, uint32_t k)
{
    const ctoken *p = k > fs->tok0 ? &a->m->toks[k - 1] : NULL;
    return p && p->end - p->start == 3 && strncasecmp(text + p->start, "the", 3) == 0 &&
           !(text[a->m->toks[k].start] >= '0' && text[a->m->toks[k].start] <= '9');
}

/* 1 when token t of unit un is a name: mostly capitalised in the story,
 * capitalised there, part of the unit's content, not a role. */
static int is_name_key(const aligner *a, const aunit *un, const ctoken *t)
{
    uint32_t c = a->canon[t->term];
    return c != ALIGN_STOP && (t->flags & TOK_CAP) && !(t->flags & TOK_STOP) && a->is_name[c] &&
           has_term(a->terms + un->t0, un->nt, c) && !align_is_role(chorus_tokens_term(a->m->tok, t->term));
}

/* Where a unit's keys must be found (see keys_found). */
typedef struct key_place {
    uint32_t s;      /* numbers: this sentence (UINT32_MAX: numbers and dates not asked) */
    uint32_t n0, n1; /* names: one word of each run of names in these sentences */
    const aunit *of; /* when set, only names right after a word of this unit are asked */
} key_place;

static int word_in(const char *text, const ctoken *t, const char *const *list)
{
    size_t n = t->end - t->start;
    for (size_t i = 0; list[i]; i++)
        if (strlen(list[i]) == n && strncasecmp(list[i], text + t->start, n) == 0)
            return 1;
    return 0;
}

/* 1 when the names of tokens [k0, k1) of sentence fs name a source ("AP
 * reported", "said Ilse Varga", "according to Reuters", "citing CNN"):
 * who reports is not what is reported. */
static int names_source(const aligner *a, const fsent *fs, const char *text, uint32_t k0, uint32_t k1)
{
    static const char *const after[] = {"said", "says", "reported", "reports", "told", "added", NULL};
    static const char *const before[] = {"said", "says", "told", "citing", "quoted", NULL};
    const ctoken *t = a->m->toks;
    if (k1 < fs->tok0 + fs->ntok && word_in(text, &t[k1], after))
        return 1;
    if (k0 > fs->tok0 && word_in(text, &t[k0 - 1], before))
        return 1;
    return k0 > fs->tok0 + 1 && word_in(text, &t[k0 - 1], (const char *const[]){"to", NULL}) &&
           word_in(text, &t[k0 - 2], (const char *const[]){"according", NULL});
}

/* 1 when only a space, hyphen, period or apostrophe separates tokens k-1
 * and k: they belong to one name ("Jabhat al-Nusra", "Martin E. Dempsey"). */
static int joined(const aligner *a, const char *text, uint32_t k)
{
    for (uint32_t i = a->m->toks[k - 1].end; i < a->m->toks[k].start; i++)
        if (text[i] != ' ' && text[i] != '-' && text[i] != '.' && text[i] != '\'')
            return 0;
    return 1;
}

/* 1 when the name of tokens [k, e) follows a plain term of unit of: it is
 * given to something the other unit leaves unnamed ("career diplomat Harry
 * Shlaudeman" / "a female career diplomat"); not when a plain word follows
 * it, which it describes ("the late American astronomer"). */
static int titled(const aligner *a, const aunit *of, const fsent *fs, uint32_t k, uint32_t e)
{
    if (k == fs->tok0 || (a->m->toks[k - 1].flags & (TOK_CAP | TOK_STOP)))
        return 0;
    if (e < fs->tok0 + fs->ntok && !(a->m->toks[e].flags & (TOK_CAP | TOK_STOP | TOK_NUM)) &&
        a->canon[a->m->toks[e].term] != ALIGN_STOP)
        return 0;
    uint32_t c = a->canon[a->m->toks[k - 1].term];
    return c != ALIGN_STOP && has_term(a->terms + of->t0, of->nt, c);
}

/* 1 when the number at token k of unit un is found at p: a day of a month
 * anywhere in p's article (an article gives its date once), else in p->s. */
static int number_found(const aligner *a, const fsent *fs, const char *text, uint32_t k, const key_place *p)
{
    char key[32];
    size_t n = definite(a, fs, text, k) ? 0 : number_key(text, &a->m->toks[k], key);
    if (!n || p->s == UINT32_MAX)
        return 1;
    const ctoken *m = day_of(a, fs, text, k);
    return m ? date_in(a, a->m->sents[p->s].doc, a->canon[m->term], key, n) : sentence_has_number(a, p->s, key, n);
}

/* 1 when the keys of unit u are found at p: numbers (number_found), a
 * month or weekday anywhere in p's article, names in sentences [p->n0,
 * p->n1). A run of names needs one of its words ("Nusra Front" / "Jabhat
 * al-Nusra"); names of a source are not asked. */
static int keys_found(const aligner *a, uint32_t u, const key_place *p)
{
    const aunit *un = &a->units[u];
    const fsent *fs = &a->m->sents[un->sent];
    const char *text = chorus_story_doc(a->m->story, un->doc)->text;
    uint32_t d = p->s == UINT32_MAX ? 0 : a->m->sents[p->s].doc, run = UINT32_MAX;
    int found = 0;
    for (uint32_t k = fs->tok0; k <= fs->tok0 + fs->ntok; k++) {
        const ctoken *t = k < fs->tok0 + fs->ntok ? &a->m->toks[k] : NULL;
        int in = t && t->start >= un->start && t->end <= un->end;
        int key = in && is_name_key(a, un, t), name = key && !is_date_word(text, t);
        if (run != UINT32_MAX && (!name || !joined(a, text, k))) {
            if (!found && !names_source(a, fs, text, run, k) && (!p->of || titled(a, p->of, fs, run, k)))
                return 0;
            run = UINT32_MAX;
        }
        if (name) {
            found = (run != UINT32_MAX && found) || term_in(a, a->canon[t->term], p->n0, p->n1);
            run = run == UINT32_MAX ? k : run;
        } else if (key && p->s != UINT32_MAX &&
                   !term_in(a, a->canon[t->term], a->m->doc_first[d], a->m->doc_first[d + 1])) {
            return 0; /* a month or weekday */
        } else if (in && !number_found(a, fs, text, k, p)) {
            return 0;
        }
    }
    return 1;
}

/* The unit of sentence s sharing most plain weight with unit u. */
static uint32_t closest_unit(const aligner *a, uint32_t u, uint32_t s)
{
    uint32_t best = a->sent_unit[s];
    double bw = -1;
    for (uint32_t v = a->sent_unit[s]; v < a->sent_unit[s + 1]; v++) {
        double w = align_unit_shared(a, u, v);
        if (w > bw) {
            bw = w;
            best = v;
        }
    }
    return best;
}

int align_keys_in(const aligner *a, uint32_t u, uint32_t s)
{
    const aunit *un = &a->units[u];
    uint32_t d = a->m->sents[s].doc, first = a->m->doc_first[d];
    /* Names may stand in the sentences just before ("the two groups"). */
    key_place p = {s, s >= first + KEY_NAME_BACK ? s - KEY_NAME_BACK : first, s + 1, NULL};
    if (!keys_found(a, u, &p))
        return 0;
    /* The other way, names only and anywhere in u's article: "career
     * diplomat Harry Shlaudeman" does not report "a female career diplomat"
     * of an article that never names him. */
    if (a->sent_unit[s] == a->sent_unit[s + 1])
        return 1;
    key_place q = {UINT32_MAX, a->m->doc_first[un->doc], a->m->doc_first[un->doc + 1], un};
    return keys_found(a, closest_unit(a, u, s), &q);
}

/* The canonical term counted by the number at token k of sentence fs, the
 * first word after it that is no stop word, else the last ("Ten people":
 * people, "Ten 747s": 747s, "Ten of the villagers": villagers, not "of",
 * which would match any partitive), or ALIGN_STOP when token k is no
 * count. Token k is not the sentence's last. */
static uint32_t counted_term(const aligner *a, const fsent *fs, const char *text, uint32_t k)
{
    char key[32];
    if (definite(a, fs, text, k) || !number_key(text, &a->m->toks[k], key) || day_of(a, fs, text, k))
        return ALIGN_STOP;
    uint32_t j = k + 1;
    while (j + 1 < fs->tok0 + fs->ntok && (a->m->toks[j].flags & TOK_STOP))
        j++;
    return a->canon[a->m->toks[j].term];
}

/* 1 when sentence s holds a count of canonical term c. */
static int counts_term(const aligner *a, uint32_t s, uint32_t c)
{
    const fsent *fs = &a->m->sents[s];
    const char *text = chorus_story_doc(a->m->story, fs->doc)->text;
    for (uint32_t k = fs->tok0; k + 1 < fs->tok0 + fs->ntok; k++)
        if (counted_term(a, fs, text, k) == c)
            return 1;
    return 0;
}

/* Unit u is a whole sentence (reports_count), so every count in that
 * sentence is the unit's. The number must be one of u's terms, the one s
 * lacks: a stop word ("Two people died in floods.") is none, and the term
 * s lacks is then another ("... in fires."). Sentence s must count the
 * same term: its count is then another number. */
int align_count_variant(const aligner *a, uint32_t u, uint32_t s)
{
    const aunit *un = &a->units[u];
    const fsent *fs = &a->m->sents[un->sent];
    const char *text = chorus_story_doc(a->m->story, un->doc)->text;
    const uint32_t *st = a->sterms + a->sterm_off[s];
    uint32_t nst = a->sterm_off[s + 1] - a->sterm_off[s];
    for (uint32_t k = fs->tok0; k + 1 < fs->tok0 + fs->ntok; k++) {
        uint32_t c = counted_term(a, fs, text, k), num = a->canon[a->m->toks[k].term];
        if (c != ALIGN_STOP && has_term(a->terms + un->t0, un->nt, num) && !has_term(st, nst, num) &&
            counts_term(a, s, c))
            return 1;
    }
    return 0;
}
