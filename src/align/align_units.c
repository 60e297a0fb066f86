/* Canonical terms and the cutting of sentences into clause units. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "align/align_int.h"
#include "util/hmap.h"

/* Spelling variants and irregular forms that one story's outlets mix
 * freely. General English/news-transliteration folds, not per-story. */
static const char *const folds[][2] = {
    {"qaida", "qaeda"}, {"qa'ida", "qaeda"}, {"isil", "isis"}, {"daesh", "isis"},
    {"met", "meet"}, {"said", "say"}, {"told", "tell"}, {"held", "hold"}, {"fought", "fight"},
    {"sever", "cut"}, {"slain", "kill"}, {"killed", "kill"}, {"dead", "die"}, {"death", "die"},
    {"kurdish", "kurd"}, {"american", "america"}, {"u.s", "us"}, {"gave", "give"},
    {"began", "begin"}, {"begun", "begin"}, {"took", "take"}, {"taken", "take"}, {"left", "leav"},
    {"won", "win"}, {"lost", "lose"}, {"sent", "send"}, {"hit", "strike"}, {"struck", "strike"},
    {"rose", "rise"}, {"fell", "fall"}, {"chose", "choos"}, {"spoke", "speak"}, {"wrote", "write"},
    {"found", "find"}, {"brought", "bring"}, {"caught", "catch"}, {"thought", "think"},
};

/* Particles that carry no content of their own in transliterated names. */
static int is_particle(const char *s, size_t n)
{
    /* Attribution verbs say who reports, not what is reported. */
    static const char *const attrib[] = {"say", "said", "tell", "told", "accord", "ad", "report", NULL};
    for (size_t i = 0; attrib[i]; i++)
        if (strlen(attrib[i]) == n && memcmp(attrib[i], s, n) == 0)
            return 1;
    if (n == 1 && !(s[0] >= '0' && s[0] <= '9'))
        return 1;
    return (n == 2 && (memcmp(s, "al", 2) == 0 || memcmp(s, "el", 2) == 0));
}

int align_canon_build(aligner *a, size_t *ncanon)
{
    const fmodel *m = a->m;
    chmap *map = chmap_new();
    a->canon = malloc((m->nterms ? m->nterms : 1) * sizeof(uint32_t));
    if (!map || !a->canon) {
        chmap_free(map);
        return -1;
    }
    for (size_t t = 0; t < m->nterms; t++) {
        const char *st = chorus_tokens_term(m->tok, (uint32_t)t);
        size_t n = strlen(st);
        if (is_particle(st, n)) {
            a->canon[t] = ALIGN_STOP;
            continue;
        }
        for (size_t f = 0; f < sizeof folds / sizeof folds[0]; f++)
            if (strcmp(st, folds[f][0]) == 0) {
                st = folds[f][1];
                n = strlen(st);
                break;
            }
        int64_t id = chmap_intern(map, st, n);
        if (id < 0) {
            chmap_free(map);
            return -1;
        }
        a->canon[t] = (uint32_t)id;
    }
    *ncanon = chmap_count(map);
    chmap_free(map);
    return 0;
}

/* Words that open a new clause when the text before them is long enough. */
static int opens_clause(const char *w, size_t n)
{
    static const char *const words[] = {"which", "who", "whom", "whose", "while", "whereas",
                                        "because", "although", "though", "after", "before",
                                        "when", "where", "but", "and", "as", "since", "until",
                                        "saying", "citing", "according", NULL};
    char low[16];
    if (n >= sizeof low)
        return 0;
    for (size_t i = 0; i < n; i++)
        low[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
    for (size_t i = 0; words[i]; i++)
        if (strlen(words[i]) == n && memcmp(words[i], low, n) == 0)
            return 1;
    return 0;
}

/* 1 when the bytes between two tokens hold a clause-cutting mark. */
static int cut_between(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"')
            return 1;
        if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
            ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94 ||
             (unsigned char)s[i + 2] == 0x9C || (unsigned char)s[i + 2] == 0x9D))
            return 1;
        if (c == '-' && i > 0 && s[i - 1] == ' ')
            return 1;
    }
    return 0;
}

static size_t content_count(const aligner *a, uint32_t k0, uint32_t k1)
{
    size_t c = 0;
    for (uint32_t k = k0; k < k1; k++)
        c += !(a->m->toks[k].flags & TOK_STOP) && a->canon[a->m->toks[k].term] != ALIGN_STOP;
    return c;
}

/* Cut points (token indices) of sentence s: piece i is [cuts[i], cuts[i+1]). */
static size_t find_cuts(const aligner *a, const fsent *fs, uint32_t *cuts, size_t max)
{
    const chorus_doc *d = chorus_story_doc(a->m->story, fs->doc);
    size_t nc = 0;
    cuts[nc++] = fs->tok0;
    for (uint32_t k = fs->tok0 + 1; k < fs->tok0 + fs->ntok && nc + 1 < max; k++) {
        const ctoken *p = &a->m->toks[k - 1], *t = &a->m->toks[k];
        int cut = cut_between(d->text + p->end, t->start - p->end) ||
                  opens_clause(d->text + t->start, t->end - t->start);
        if (cut)
            cuts[nc++] = k;
    }
    cuts[nc] = fs->tok0 + fs->ntok;
    return nc;
}

static int word_is(const char *text, const ctoken *t, const char *w)
{
    size_t n = strlen(w);
    return t->end - t->start == n && strncasecmp(text + t->start, w, n) == 0;
}

/* 1 when piece [k0,k1) is a name: at most 5 tokens, every one capitalised
 * except a leading "the" ("the Northern Gull", "Alder Sea Lines"). */
static int piece_is_name(const aligner *a, const char *text, uint32_t k0, uint32_t k1)
{
    if (k1 <= k0 || k1 - k0 > 5)
        return 0;
    for (uint32_t k = k0; k < k1; k++) {
        char c = text[a->m->toks[k].start];
        int the = k == k0 && k + 1 < k1 && word_is(text, &a->m->toks[k], "the");
        if (!(c >= 'A' && c <= 'Z') && !the)
            return 0;
    }
    return 1;
}

/* 1 when piece [k0,k1) opens as a noun phrase does: a determiner or a
 * possessive ("The ferry", "His spokesman", "Iran's late patriarch"), not
 * a preposition or a name of a list ("At Safaga Hospital", "Conductors X"). */
static int piece_is_noun_phrase(const aligner *a, const char *text, uint32_t k0, uint32_t k1)
{
    static const char *const det[] = {"the", "a", "an", "his", "her", "its", "their", "our", "this", "that", NULL};
    for (size_t i = 0; det[i]; i++)
        if (word_is(text, &a->m->toks[k0], det[i]))
            return 1;
    for (uint32_t k = k0; k < k1; k++) {
        const ctoken *t = &a->m->toks[k];
        size_t n = t->end - t->start;
        if ((n > 2 && strncmp(text + t->end - 2, "'s", 2) == 0) ||
            (n > 4 && strncmp(text + t->end - 4, "\xE2\x80\x99s", 4) == 0)) /* the token holds its 's */
            return 1;
    }
    return 0;
}

/* A subject with its name in commas ("The ferry, the Northern Gull, left
 * ...", "The operator, Alder Sea Lines, said ...") stays with its verb: cut
 * there, the pieces state nothing. Its content is still that of the verb
 * on (*terms0, else cuts[0]) when that says enough: who is named does not
 * decide what is reported, as with attribution heads. Returns the cut count. */
static size_t keep_appositive_subject(const aligner *a, const fsent *fs, uint32_t *cuts, size_t nc,
                                      uint32_t *terms0)
{
    *terms0 = cuts[0];
    const char *text = chorus_story_doc(a->m->story, fs->doc)->text;
    if (nc < 3 || cuts[1] - cuts[0] > 4 || !piece_is_noun_phrase(a, text, cuts[0], cuts[1]) ||
        !piece_is_name(a, text, cuts[1], cuts[2]))
        return nc;
    const ctoken *t = a->m->toks;
    char after = text[t[cuts[2]].start]; /* the verb: "left", "said", "who" */
    if (text[t[cuts[1] - 1].end] != ',' || text[t[cuts[2] - 1].end] != ',' || !(after >= 'a' && after <= 'z'))
        return nc;
    *terms0 = cuts[2];
    memmove(cuts + 1, cuts + 3, (nc - 2) * sizeof *cuts);
    return nc - 2;
}

/* Merges pieces with fewer than ALIGN_UNIT_TERMS content terms into a
 * neighbour, so a unit always states something. Returns the piece count. */
static size_t merge_short(const aligner *a, uint32_t *cuts, size_t nc)
{
    size_t i = 0;
    while (nc > 1 && i < nc) {
        if (content_count(a, cuts[i], cuts[i + 1]) >= ALIGN_UNIT_TERMS) {
            i++;
            continue;
        }
        /* Drop the boundary on the side of the shorter neighbour. */
        size_t drop = i == 0 ? 1 : i;
        if (i > 0 && i + 1 < nc &&
            content_count(a, cuts[i + 1], cuts[i + 2]) < content_count(a, cuts[i - 1], cuts[i]))
            drop = i + 1;
        memmove(cuts + drop, cuts + drop + 1, (nc - drop) * sizeof *cuts);
        nc--;
        if (i > 0)
            i--;
    }
    return nc;
}

/* First token of piece [k0,k1) after an attribution head such as "The
 * Associated Press also reported that" or "he told AP that": who reports is
 * not what is reported, so those words do not count as the unit's content.
 * k0 when there is no such head or too little would be left. */
static uint32_t after_attribution(const aligner *a, const fsent *fs, uint32_t k0, uint32_t k1)
{
    const char *text = chorus_story_doc(a->m->story, fs->doc)->text;
    static const char *const verbs[] = {"said", "says", "say", "reported", "reports", "told",
                                        "tells", "added", "stated", NULL};
    for (uint32_t k = k0; k + 1 < k1 && k < k0 + 8; k++) {
        int verb = 0;
        for (size_t v = 0; verbs[v] && !verb; v++)
            verb = word_is(text, &a->m->toks[k], verbs[v]);
        if (!verb)
            continue;
        for (uint32_t j = k + 1; j < k1 && j <= k + 3; j++)
            if (word_is(text, &a->m->toks[j], "that"))
                return content_count(a, j + 1, k1) >= ALIGN_UNIT_TERMS ? j + 1 : k0;
        return k0;
    }
    return k0;
}

int align_split_sentence(const aligner *a, uint32_t s, void *uvp, u32_vec *tv)
{
    aunit_vec *uv = uvp;
    const fsent *fs = &a->m->sents[s];
    uint32_t stack[130], *cuts = stack;
    size_t max = 128;
    if (fs->ntok + 2 > max) {
        max = fs->ntok + 2;
        cuts = malloc((max + 2) * sizeof *cuts);
        if (!cuts)
            return -1;
    }
    uint32_t terms0;
    size_t nc = merge_short(a, cuts, keep_appositive_subject(a, fs, cuts, find_cuts(a, fs, cuts, max), &terms0));
    int rc = 0;
    for (size_t i = 0; i < nc && rc == 0; i++) {
        aunit u = {fs->doc, s, 0, 0, (uint32_t)tv->n, 0, 0, 0};
        uint32_t k0 = cuts[i], k1 = cuts[i + 1];
        if (k1 <= k0)
            continue;
        u.start = a->m->toks[k0].start;
        u.end = a->m->toks[k1 - 1].end;
        if (i == 0)
            u.start = fs->start;
        if (i + 1 == nc)
            u.end = fs->end;
        uint32_t t0 = i == 0 && terms0 < k1 && content_count(a, terms0, k1) >= ALIGN_UNIT_TERMS ? terms0 : k0;
        rc = align_unit_terms(a, after_attribution(a, fs, t0, k1), k1, tv, &u.nt);
        if (rc == 0)
            rc = VEC_PUSH(uv, u);
    }
    if (cuts != stack)
        free(cuts);
    return rc;
}

/* Nouns that name a role; like names, they tell who, not what happened. */
int align_is_role(const char *stem)
{
    static const char *const roles[] = {
        "presid", "vice", "director", "chief", "staff", "spokesman", "spokeswoman",
        "spokesperson", "secretari", "minist", "chairman", "professor", "analyst", "advis",
        "governor", "senat", "mayor", "deputi", "execut", "offici", "leader", "head", NULL};
    for (size_t i = 0; roles[i]; i++)
        if (strcmp(stem, roles[i]) == 0)
            return 1;
    return 0;
}

static int cmp_u32(const void *x, const void *y)
{
    uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
    return a < b ? -1 : a > b;
}

int align_plain_build(aligner *a)
{
    const fmodel *m = a->m;
    size_t total = a->nunits ? a->units[a->nunits - 1].t0 + a->units[a->nunits - 1].nt : 0;
    a->tplain = calloc(total + 1, 1);
    if (!a->tplain)
        return -1;
    for (size_t u = 0; u < a->nunits; u++) {
        const aunit *un = &a->units[u];
        const fsent *fs = &m->sents[un->sent];
        for (uint32_t k = fs->tok0; k < fs->tok0 + fs->ntok; k++) {
            const ctoken *t = &m->toks[k];
            uint32_t c = a->canon[t->term];
            if (t->start < un->start || t->end > un->end || (t->flags & TOK_STOP) || c == ALIGN_STOP ||
                align_is_role(chorus_tokens_term(m->tok, t->term)))
                continue;
            if ((t->flags & TOK_CAP) && !(k == fs->tok0 && !a->is_name[c]))
                continue;
            const uint32_t *hit = bsearch(&c, a->terms + un->t0, un->nt, sizeof c, cmp_u32);
            if (hit) /* 2: a number, plain but too common to anchor a match */
                a->tplain[hit - a->terms] = (t->flags & TOK_NUM) ? 2 : 1;
        }
        a->units[u].nplain = 0;
        for (uint32_t k = 0; k < un->nt; k++)
            a->units[u].nplain += a->tplain[un->t0 + k] != 0;
    }
    return 0;
}
