/* Who said a quotation: attribution patterns around the quote, pronoun
 * and title resolution within the article. */
#include <stdlib.h>
#include <string.h>

#include "card/card.h"
#include "card/lex.h"
#include "card/quote_int.h"

static const char *const aux_words[] = {
    "has", "have", "had", "was", "is", "were", "are", "also", "then", "later", "would", "will",
    "once", "again", "previously", "repeatedly", "reportedly", "further", "recently",
    "earlier", "yesterday", "today", "since", "already", "himself", "herself", "been", "be",
    "invariably", "always", "often", "first", "frequently", "publicly", "privately", "simply", "never",
    "still", "even", "just", "quickly", "immediately", "promptly", "swiftly", "angrily", "flatly", "may", "might",
    "could", "now", NULL};
static const char *const seg_openers[] = {
    "at", "in", "on", "last", "earlier", "yesterday", "today", "however", "meanwhile", "despite",
    "after", "before", "during", "according", "speaking", "but", "and", "also", "when", "while",
    "who", "which", "if", "as", "then", "still", "instead", "near", "outside", "north", "south",
    "east", "west", "northeast", "northwest", "southeast", "southwest", "about", "like", "unlike", "including",
    "of", /* "Thurmond, of South Carolina, said": a home, no speaker */
    NULL};
static const char *const np_stops[] = {
    "that", "by", "to", "with", "from", "than", "who", "which", "where", "when", "had", "has",
    "have", "was", "is", "were", "are", "be", "been", "not", "but", "also", "as", "on", "at",
    "into", "about", "told", "said", "he", "she", "it", "they", "we", "i", "you", NULL};

static const char *const conjunctions[] = {"and", "but", "or", "yet", "so", "nor", NULL};

static int word_at(const lword_vec *v, size_t i) { return i < v->n && !v->v[i].punct; }

/* Heads of a role phrase that can speak: people, bodies and documents. */
static const char *const role_nouns[] = {
    "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokesmen", "source",
    "sources", "diplomat", "diplomats", "analyst", "analysts", "leader", "leaders", "leadership",
    "aide", "aides", "adviser", "advisers", "advisor", "police", "policeman", "policemen", "officer",
    "officers", "minister", "president", "premier", "governor", "mayor", "chairman", "chairwoman",
    "director", "chief", "commander", "general", "statement", "communique", "report", "agency",
    "newspaper", "paper", "daily", "editorial", "magazine", "broadcaster", "radio", "television",
    "government", "committee", "council", "ministry", "department", "administration", "army",
    "military", "court", "judge", "judges", "jury", "juror", "jurors", "witness", "witnesses",
    "resident", "residents", "neighbor", "neighbour", "woman", "man", "boy", "girl", "friend",
    "friends", "lawyer", "lawyers", "attorney", "expert", "experts", "scientist", "scientists",
    "researcher", "researchers", "doctor", "doctors", "physician", "nurse", "teacher", "student",
    "students", "worker", "workers", "member", "members", "organizer", "organizers", "survivor",
    "survivors", "victim", "relative", "relatives", "family", "mother", "father", "wife", "husband",
    "son", "daughter", "brother", "sister", "grandmother", "grandfather", "aunt", "uncle", "actor",
    "actress", "comedienne", "comedian", "artist", "author", "writer", "producer", "singer",
    "musician", "captain", "pilot", "crew", "astronaut", "forecaster", "meteorologist",
    "hydrologist", "specialist", "engineer", "manager", "owner", "employee", "executive",
    "executives", "authorities", "investigators", "investigator", "prosecutor", "prosecutors",
    "senator", "congressman", "lawmaker", "lawmakers", "sheriff", "deputy", "firefighter",
    "rescuer", "volunteer", "volunteers", "protester", "protesters", "demonstrators", "rebels",
    "militants", "group", "party", "union", "letter", "sign", "banner", "obituary", "book", "study",
    "announcement", "bulletin", "broadcast", "service", "institute", "academy", "company", "firm",
    "board", "commission", "association", "foundation", "secretary", "speaker", "principal",
    "parent", "parents", "vacationer", "runner", "plotters", "agents", "agent", "envoy",
    "ambassador", "farmer", "nanny", "reporter", "reporters", "announcer", "columnist",
    "commentator", "commentators", "observer", "observers", "critic", "critics", "supporters",
    "opponents", "staff", "team", "coach", "player", "players", "fan", "fans", "owners", "office",
    "embassy", "regime", "guard", "soldier", "soldiers", "troops", "pastor", "priest", "bishop",
    "clerk", "cashier", "receptionist", "guide", "driver", "passenger", "passengers", "customer",
    "customers", "citizen", "citizens", "villager", "villagers", "official's", "representative",
    "representatives", "delegate", "delegates", "negotiator", "negotiators", "candidate",
    "commissioner", "administrator", "superintendent", "inspector", "detective", "sergeant",
    "colonel", "lieutenant", "admiral", "activist", "activists", "historian", "economist",
    "economists", "professor", "physicist", "geologist", "seismologist", "biographer", "veteran",
    "widow", "widower", "niece", "nephew", "cousin", "person", "people", "man's", "hospital", "council's",
    "publication", "network", "hostage",
    "consultant", "counsel", "lobbyist", "weatherman", "astrophysicist", "biochemist", "chemist",
    "sociologist", "volcanologist", "geophysicist", "climatologist", "polygrapher", "ideologist",
    "businessman", "businesswoman", "senior", "junior", "sophomore", "freshman", "staffer", "staffers",
    "caller", NULL};

/* Abbreviations whose full stop does not end a sentence: titles before a
 * name (beside lex_abbr_titles), name suffixes, company, place and month
 * abbreviations, and states (beside lex_state_abbrevs, those that are
 * words: "Pa.", "La."), capitalised. */
static const char *const abbrevs[] = {
    "mr", "mrs", "ms", "dr", "cdr", "prof", "messrs", "insp", "jr", "sr", "inc", "co", "corp", "ltd", "st",
    "mt", "ft", "ind", "del", "la", "mo", "pa", "va", "jan", "feb", "aug", "sept", "oct", "nov", "dec", NULL};

int speaker_abbrev(const char *t, size_t lo, size_t dot)
{
    size_t s = dot;
    while (s > lo && ((t[s - 1] >= 'A' && t[s - 1] <= 'Z') || (t[s - 1] >= 'a' && t[s - 1] <= 'z') ||
                      (t[s - 1] == '.' && s - 1 > lo && t[s - 2] != '.')))
        s--;
    if (s == dot || !(t[s] >= 'A' && t[s] <= 'Z') || (s > lo && (unsigned char)t[s - 1] >= 0x80))
        return 0;
    if (dot - s == 1 || memchr(t + s, '.', dot - s))
        return 1; /* an initial ("G. Adhikari") or "U.S." */
    lword w = {(uint32_t)s, (uint32_t)dot, 0};
    return lex_in(t, &w, abbrevs) || lex_in(t, &w, lex_abbr_titles) || lex_in(t, &w, lex_state_abbrevs);
}

static int particle(const char *t, const lword_vec *v, size_t k, size_t e);

/* 1 when mark k is the full stop of an abbreviation inside a name ("Sen.
 * Orrin Hatch", "G. Adhikari", "Peter I. Yanev", "Mr. de Kole"): the name goes on. */
static int name_dot(const char *t, const lword_vec *v, size_t k)
{
    return k > 0 && k < v->n && v->v[k].punct == '.' && word_at(v, k - 1) && word_at(v, k + 1) &&
           v->v[k].start == v->v[k - 1].end && (lex_cap(t, &v->v[k + 1]) || particle(t, v, k + 1, v->n)) &&
           speaker_abbrev(t, v->v[k - 1].start, v->v[k].start);
}

/* 1 when mark k is the full stop of an abbreviation ("N.Y.", "Jr."). */
static int abbr_dot(const char *t, const lword_vec *v, size_t k)
{
    return k > 0 && k < v->n && v->v[k].punct == '.' && word_at(v, k - 1) &&
           v->v[k].start == v->v[k - 1].end && speaker_abbrev(t, v->v[k - 1].start, v->v[k].start);
}

/* A word, or a full stop inside a name. */
static int name_part(const char *t, const lword_vec *v, size_t k)
{
    return word_at(v, k) || name_dot(t, v, k);
}

/* 1 when word w is a connector between a name's parts: lex_in reads case
 * aside, but a capitalised particle opens a name ("Mayor Al Brink", "Del
 * Hale, the governor,"). */
static int joiner(const char *t, const lword *w)
{
    return lex_in(t, w, lex_connectors) && !(lex_cap(t, w) && lex_in(t, w, lex_particles));
}

/* 1 when a paragraph break lies between words k - 1 and k: no quotation
 * and no name runs across one ("By TOM RUDD\n\nTom Rudd won", a heading
 * before a paragraph). */
static int paragraph_gap(const char *t, const lword_vec *all, size_t k)
{
    const char *g = t + all->v[k - 1].end, *e = t + all->v[k].start;
    const char *nl = memchr(g, '\n', (size_t)(e - g));
    return nl && memchr(nl + 1, '\n', (size_t)(e - nl - 1)) != NULL;
}

/* 1 when the "in" at word p, after a role, opens the place the role is in: "A lawyer in Dover", "a
 * pro-government newspaper in Iran"; not lower-case words after it, so lower must be 0 ("One passenger
 * in King's car", "a sergeant in the Air Force reserve"), and not a possessive's role ("Hale, from his
 * office in Denver, said" is Hale's). */
static int role_in_place(const char *t, const lword_vec *v, size_t lo, size_t p, size_t lower)
{
    static const char *const possessives[] = {"his", "her", "its", "their", "our", "my", "your", NULL};
    if (lower || !lex_in(t, &v->v[p], (const char *const[]){"in", NULL}))
        return 0;
    for (size_t k = p - 1; k > lo; k--) /* lo: the comma segment's start */
        if (lex_in(t, &v->v[k - 1], possessives))
            return k - 1 == lo; /* "Her lawyer in Dover said", but "from his office in Denver" */
    return 1;
}

/* The noun phrase ending at word j (inclusive), scanning backwards. */
static int np_back(const char *t, const lword_vec *v, size_t lo, size_t j, qspan *np)
{
    size_t k = j + 1, lower = 0;
    while (k > lo) {
        const lword *w = &v->v[k - 1];
        if (name_dot(t, v, k - 1)) {
            k--;
            continue;
        }
        if (w->punct || k + 9 <= j + 1)
            break;
        int cap = lex_cap(t, w) || particle(t, v, k - 1, j + 1), next_cap = k <= j && lex_cap(t, &v->v[k]);
        if (cap) {
            k--;
            continue;
        }
        if (lex_in(t, w, lex_connectors) && (next_cap || (k <= j && lex_in(t, &v->v[k], lex_connectors)))) {
            /* "of", "in the" between two parts of a name, or after a role ("a spokesman for Hale") */
            size_t p = k - 1;
            while (p > lo && joiner(t, &v->v[p - 1]))
                p--;
            static const char *const role_links[] = {"of", "for", NULL};
            if (p > lo && (lex_cap(t, &v->v[p - 1]) ||
                           (lex_in(t, &v->v[p - 1], role_nouns) &&
                            (lex_in(t, &v->v[p], role_links) || role_in_place(t, v, lo, p, lower))))) {
                k--;
                continue;
            }
        }
        if (lex_in(t, w, lex_determiners)) {
            /* not "that" before a name: "a rule that Ann Kole once recalled" */
            k -= !(next_cap && lex_in(t, w, (const char *const[]){"that", NULL}));
            break;
        }
        if (lex_in(t, w, np_stops) || ++lower > 3 || (k <= j && lex_cap(t, &v->v[k])))
            break;
        k--;
    }
    while (k <= j && lex_in(t, &v->v[k], lex_connectors) && !lex_cap(t, &v->v[k]) && !particle(t, v, k, j + 1) &&
           !(k < j && lex_in(t, &v->v[k], lex_determiners)))
        k++;
    if (k > j)
        return 0;
    np->s = v->v[k].start;
    np->e = v->v[j].end;
    return 1;
}

static int all_caps(const char *t, const lword *w);

/* 1 when words [a, b) are a proper name of 2 to 5 capitalised words (titles
 * and stops aside), perhaps "of" a place after it. */
static int pure_name(const char *t, const lword_vec *v, size_t a, size_t b)
{
    size_t words = 0, titles = 0, shouted = 0, i = a;
    for (; i < b && !(words >= 2 && lex_in(t, &v->v[i], (const char *const[]){"of", NULL})); i++) {
        if (!name_dot(t, v, i) && (!word_at(v, i) || !lex_cap(t, &v->v[i])))
            return 0;
        words += word_at(v, i);
        titles += word_at(v, i) && lex_title(t, &v->v[i]);
        shouted += word_at(v, i) && all_caps(t, &v->v[i]);
    }
    /* not a dateline's place in capitals ("NEW DOVER -- The mayor said") */
    if (words < 2 || shouted == words || words - titles > 5 || i + 1 == b)
        return 0;
    if (i < b)
        i++; /* past "of": "William Pell of Ohio" */
    for (; i < b; i++)
        if (!name_dot(t, v, i) && (!word_at(v, i) || !lex_cap(t, &v->v[i])))
            return 0;
    return 1;
}

/* 1 for a word of one to three digits: an age set in commas ("Gregory, 33,"). */
static int age(const char *t, const lword *w)
{
    size_t n = w->end - w->start;
    for (size_t i = 0; i < n; i++)
        if (t[w->start + i] < '0' || t[w->start + i] > '9')
            return 0;
    return !w->punct && n >= 1 && n <= 3;
}

/* 1 when words [a, b) are a party and state tag: "D-Ga", "R-N.Y". */
static int party_tag(const char *t, const lword_vec *v, size_t a, size_t b)
{
    const lword *w = &v->v[a];
    const char *s = t + w->start;
    if (w->punct || w->end - w->start < 3 || !strchr("RDI", s[0]) || s[1] != '-' || s[2] < 'A' || s[2] > 'Z')
        return 0;
    for (size_t i = a + 1; i < b; i++) /* "R-N.Y." is one word and stops */
        if (!v->v[i].punct && !lex_cap(t, &v->v[i]))
            return 0;
    return 1;
}

/* Reporting verbs with a common other sense ("Boston snapped a losing
 * streak", "continues to recover", "observes a minute of silence",
 * "responds well to", "the Delta counters at"): read apart from a quote,
 * they report only before a mark or "that" ("who snapped: ...", "counters
 * that ..."). */
static int other_sense(const char *t, const lword_vec *v, size_t k)
{
    static const char *const loose[] = {"snapped", "continues", "observes", "responds", "counters",
                                        "advises", "advised", "recounts", NULL};
    return lex_in(t, &v->v[k], loose) && word_at(v, k + 1) &&
           !lex_in(t, &v->v[k + 1], (const char *const[]){"that", NULL});
}

/* 1 when word k, an auxiliary ("may", "will"), is a surname: capitalised
 * after a given name ("Ellen May said", which gave "Ellen"). */
static int surname_aux(const char *t, const lword_vec *v, size_t k)
{
    return k > 0 && lex_cap(t, &v->v[k]) && lex_given(t, &v->v[k - 1]);
}

/* 1 when word k, a month that is also a surname, follows a given name
 * ("Ellen May", "Peter June"): a surname, not a date; before a day's
 * number it is the date ("said Peter Hale June 3"). */
static int month_surname(const char *t, const lword_vec *v, size_t k)
{
    return lex_in(t, &v->v[k], lex_month_surnames) && surname_aux(t, v, k) &&
           !(k + 1 < v->n && word_at(v, k + 1) && t[v->v[k + 1].start] >= '0' && t[v->v[k + 1].start] <= '9');
}

/* Where the auxiliaries before the verb at vi start, not before lo ("she
 * once said", "was told"); *passive when a form of "be" among them makes
 * the verb passive: who was addressed, not who spoke ("were urged to",
 * "was advised"; "was saying" is active). */
static size_t aux_start(const char *t, const lword_vec *v, size_t lo, size_t vi, int *passive)
{
    size_t j = vi;
    int be = 0;
    while (j > lo && word_at(v, j - 1) && lex_in(t, &v->v[j - 1], aux_words) && !surname_aux(t, v, j - 1))
        be |= lex_in(t, &v->v[--j], lex_be_forms);
    *passive = be && t[v->v[vi].end - 1] != 'g';
    return j;
}

/* 1 when the segment opening at word k is an aside set off by commas, a
 * participle and what it governs ("reached by telephone at his office",
 * "speaking on condition of anonymity"), not the subject. */
static int aside(const char *t, const lword_vec *v, size_t k)
{
    static const char *const asides[] = {"reached", "asked", "interviewed", "contacted", "questioned", "speaking",
                                         "appearing", "testifying", "writing", "responding", NULL};
    return word_at(v, k) && lex_in(t, &v->v[k], asides);
}

/* Where a short bracketed group ending the words before end opens
 * ("George Pell (D-Ohio)"), or end. Not before a dash: "NEW DOVER (AP) --
 * The mayor said" is a dateline, its bracket the agency's, not a name's. */
static size_t bracket_open(const lword_vec *v, size_t end)
{
    if (end == 0 || v->v[end - 1].punct != ')' || (end < v->n && v->v[end].punct == '-'))
        return end;
    for (size_t o = end - 1; o > 0 && o + 6 > end; o--)
        if (v->v[o - 1].punct == '(')
            return o - 1;
    return end;
}

/* 1 when mark k is the apostrophe of a plural's possessive, glued to a
 * word in -s and followed by a word ("general secretary of the students'
 * union, said" read "union" as the speaker). */
static int plural_possessive(const char *t, const lword_vec *v, size_t k)
{
    return k > 0 && k + 1 < v->n && v->v[k].punct == '\'' && word_at(v, k - 1) && word_at(v, k + 1) &&
           v->v[k].start == v->v[k - 1].end && t[v->v[k - 1].end - 1] == 's' && v->v[k + 1].start > v->v[k].end;
}

/* The comma-separated segments before word j, nearest first, at most 4:
 * [segs[i][0], segs[i][1]); a bracketed tag after a name is left out
 * ("Rep. George Pell (D-Ohio), a member of ..."). */
static size_t subject_segments(const char *t, const lword_vec *v, size_t j, size_t segs[4][2])
{
    size_t ns = 0, end = j;
    while (ns < 4) {
        size_t e = bracket_open(v, end), b = e;
        while (b > 0 && (name_part(t, v, b - 1) || abbr_dot(t, v, b - 1) || plural_possessive(t, v, b - 1)) &&
               !paragraph_gap(t, v, b))
            b--;
        while (b + 1 < e && lex_in(t, &v->v[b], conjunctions)) /* "But Taiwan's daily ... said" */
            b++;
        if (b < e && !lex_in(t, &v->v[b], seg_openers)) {
            segs[ns][0] = b;
            segs[ns++][1] = e;
        }
        if (b == 0 || (v->v[b - 1].punct != ',' && v->v[b - 1].punct != '-'))
            break;
        end = b - 1;
    }
    return ns;
}

/* The subject of the verb at index vi: a pronoun (*pron = 1) or a noun
 * phrase; prefers a proper name among the comma-separated segments before. */
static int subject_before(const char *t, const lword_vec *v, size_t vi, qspan *np, int *pron)
{
    int passive;
    size_t j = aux_start(t, v, 0, vi, &passive);
    *pron = 0;
    if (j == 0 || passive)
        return 0;
    if (word_at(v, j - 1) && lex_in(t, &v->v[j - 1], (const char *const[]){"and", "but", "or", NULL}))
        return 0; /* "X named a minister, and said": the subject is further back */
    if (word_at(v, j - 1) && lex_pronoun(t, &v->v[j - 1])) {
        *pron = 1;
        np->s = v->v[j - 1].start;
        np->e = v->v[j - 1].end;
        return 1;
    }
    if (word_at(v, j - 1) && lex_in(t, &v->v[j - 1], (const char *const[]){"who", "which", NULL}))
        j -= j >= 2 && v->v[j - 2].punct ? 2 : 1;
    size_t segs[4][2], ns = subject_segments(t, v, j, segs);
    if (ns == 0)
        return 0;
    size_t look = 2 + (ns > 2 && segs[1][1] - segs[1][0] == 1 && age(t, &v->v[segs[1][0]]));
    look += ns > look && party_tag(t, v, segs[look - 1][0], segs[look - 1][1]); /* "Sam Nunn, D-Ga., chairman" */
    for (size_t i = 0; i < ns && i < look; i++) /* "Candace Gregory, 33, the first ... chief, recalls" */
        if (pure_name(t, v, segs[i][0], segs[i][1])) {
            np->s = v->v[segs[i][0]].start;
            np->e = v->v[segs[i][1] - 1].end;
            return 1;
        }
    size_t g = ns > 1 && aside(t, v, segs[0][0]); /* "Hale, reached at his office, said" */
    return np_back(t, v, segs[g][0], segs[g][1] - 1, np);
}

/* Index after a short quoted title opening at i ("said \"Saturday Night
 * Live\" comedian Victoria Jackson"), or i. */
static size_t skip_title(const lword_vec *v, size_t i)
{
    if (i >= v->n || v->v[i].punct != '"')
        return i;
    for (size_t k = i + 1; k < v->n && k < i + 8; k++)
        if (v->v[k].punct == '"')
            return k + 1 < v->n && !v->v[k + 1].punct ? k + 1 : i;
        else if (v->v[k].punct && v->v[k].punct != '\'' && v->v[k].punct != '-')
            return i;
    return i;
}

/* Days and months, also abbreviated: no part of a speaker ("said Ann Cole
 * Sept. 3", "Bonn in June"). "Jan" and "May" are given names too. */
static const char *const calendar[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "feb", "aug", "sept", "oct", "nov", "dec", NULL};

/* Documents a body issues: their words are the body's ("said a statement
 * from X" is X's). */
static const char *const documents[] = {"statement", "communique", "report", "release", "announcement", NULL};
static const char *const issuing[] = {"issued", "issues", "released", "releases", "published", "distributed",
                                      "issuing", "releasing", NULL};
/* The words before a document's source: "a statement from X", "a report by X". */
static const char *const source_links[] = {"from", "by", NULL};
/* With the calendar, a time between a document and "saying" ("issued a
 * statement late Friday saying"). */
static const char *const time_words[] = {"today", "yesterday", "tonight", "on", "late", "early", "night",
                                         "morning", "afternoon", "evening", NULL};

/* 1 when words [k, e) are lower-case words, a role noun last among them,
 * then a capitalised name ("game spokesman Jon Lyman"). A determiner first
 * starts a second person ("the mayor and the police chief Tom Fry"), a
 * title after the role noun heads a second role ("the mayor and council
 * President Ann Cole"); np_after stops before a day or month ("the mayor
 * and city officials Monday"). */
static int role_then_name(const char *t, const lword_vec *v, size_t k, size_t e)
{
    if (word_at(v, k) && lex_in(t, &v->v[k], lex_determiners))
        return 0;
    size_t f = k;
    while (f < e && word_at(v, f) && !lex_cap(t, &v->v[f]))
        f++;
    return f < e && word_at(v, f) && lex_in(t, &v->v[f - 1], role_nouns) && /* "and" is no role noun */
           !lex_in(t, &v->v[f], lex_titles);
}

/* Words that end the speaker after a verb ("said Ann Cole in Paris",
 * "said the mayor who"), beside days and months ("said Ann Cole Sept. 3"). */
static const char *const after_stops[] = {"in", "on", "at", "to", "from", "during", "after", "before", "last",
                                          "earlier", "yesterday", "who", "that", "this", "when", "while",
                                          "as", "and", "but", NULL};

static int after_stop(const char *t, const lword_vec *v, size_t k)
{
    return lex_in(t, &v->v[k], after_stops) || (lex_in(t, &v->v[k], calendar) && !month_surname(t, v, k));
}

/* Where the words after the "and" at word k go on to a role: past the
 * capitals after it when the words [i, k) before it are all capitalised,
 * a body's name ("Fish and Wildlife spokesman Bruce Kole"), else k + 1. */
static size_t body_and(const char *t, const lword_vec *v, size_t i, size_t k)
{
    size_t f = k + 1;
    if (i < k && (lex_given(t, &v->v[i]) || lex_title(t, &v->v[i])))
        return f; /* a person's name first: "Ann Kole and Red Cross spokesman Tom Rudd" are two */
    for (size_t j = i; j < k; j++)
        if (!word_at(v, j) || !lex_cap(t, &v->v[j]))
            return f;
    while (f < v->n && word_at(v, f) && lex_cap(t, &v->v[f]))
        f++;
    return f;
}

/* Where the speaker after a verb ends when the "and" at word k joins two
 * parts of one role before a name, and no capital stands before it ("said
 * fish and game spokesman Jon Lyman"; not "said Smith and longtime friend
 * Al Rook", "said the mayor and left" nor "said the manager of a
 * restaurant and disco called The Eclipse"): where np_after's words (up
 * to a stop word) end, else k. */
static size_t role_and(const char *t, const lword_vec *v, size_t i, size_t k)
{
    size_t f = body_and(t, v, i, k);
    for (size_t j = i; j < k && f == k + 1; j++)
        if (lex_cap(t, &v->v[j]) && !abbr_dot(t, v, j + 1)) /* "U.S. fish and wildlife spokesman" */
            return k;
    size_t e = f;
    while (e < v->n && e < k + 10 && name_part(t, v, e) && !after_stop(t, v, e))
        e++;
    return role_then_name(t, v, f, e) ? e : k;
}

/* Words that open a speaker's tail, after the head ("an official of the
 * agency", "Ann Cole for the union"). */
static const char *const tails[] = {"of", "for", "at", "from", "with", "in", NULL};

/* 1 when word w opens with a capital or a digit. */
static int cap_or_digit(const char *t, const lword *w)
{
    return lex_cap(t, w) || (t[w->start] >= '0' && t[w->start] <= '9');
}

/* 1 when word k goes on a body's name: a capital, a number ("the 316th
 * Air Division"), a connector but "in", which places the body ("in
 * Miami"), or "and" inside the name, after no head noun and before a
 * capital that opens no given name or title ("the Meat and Livestock
 * Commission"; not "the Grain Board and Sam Cole", "and Gov. Ann Cole"). */
static int body_word(const char *t, const lword_vec *v, size_t k)
{
    if (name_dot(t, v, k) || abbr_dot(t, v, k))
        return 1;
    if (!word_at(v, k))
        return 0;
    const lword *w = &v->v[k];
    if (cap_or_digit(t, w))
        return 1;
    if (!lex_in(t, w, lex_connectors) || lex_in(t, w, (const char *const[]){"in", NULL}))
        return 0;
    if (!lex_in(t, w, (const char *const[]){"and", NULL}))
        return 1;
    if (k == 0 || !word_at(v, k - 1) || lex_in(t, &v->v[k - 1], role_nouns) || !word_at(v, k + 1))
        return 0;
    const lword *x = &v->v[k + 1];
    return lex_cap(t, x) && !lex_given(t, x) && !lex_in(t, x, lex_titles);
}

/* Where a speaker after a verb ends when np_after stopped inside the
 * tail naming whom the speaker works for, at its limit of words or at an
 * "and" ("said Capt. Sharon Sellers of the San Bernardino County Fire
 * Department", "said David Lewis of the Meat and Livestock Commission"):
 * the body's name is read to its end. When that tail is no name, or
 * runs on, the speaker ends at the "and" np_after stopped at ("said Ann
 * Cole of the state Department of Natural Resources and Environmental
 * Control"), else before the tail ("said Don Shinkle of the silver-haired
 * founder of the nation's third-largest retail chain", "said Deputy Chief
 * Keith Metcalfe of the state's southern regional firefighting crew"). */
static size_t tail_end(const char *t, const lword_vec *v, size_t i, size_t k, size_t limit)
{
    size_t j = i + 1;
    while (j < k && !(word_at(v, j) && lex_in(t, &v->v[j], tails)))
        j++;
    int and = word_at(v, k) && lex_in(t, &v->v[k], (const char *const[]){"and", NULL});
    if (j + 1 >= k || !word_at(v, k) || (k < limit && !(and && body_word(t, v, k))))
        return k;
    size_t e = j + 1;
    while (e < v->n && e < j + 16 && body_word(t, v, e))
        e++;
    if (e == j + 16 || (e < v->n && word_at(v, e) && !after_stop(t, v, e)))
        return k < limit ? k : j; /* goes on in lower case or past the limit; "in Miami" is a place */
    return e;
}

/* 1 when word k, after a role noun, opens what describes the speaker
 * rather than goes on naming them: "familiar", "close", "involved",
 * "based", "knowledgeable", or a participle in -ing ("a source familiar
 * with the report", "one militant leader holding a rifle", "a spokesman
 * speaking on condition of anonymity"). An -ing word before a lower-case
 * word that is no function word is part of the role ("a government
 * housing official", "the chief operating officer"). */
static int describes(const char *t, const lword_vec *v, size_t k)
{
    static const char *const words[] = {"familiar", "close", "involved", "based", "knowledgeable", NULL};
    /* words opening an object besides determiners ("covering three states", "holding them") */
    static const char *const objects[] = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                          "several", "many", "some", "all", "both", "more", "most", "no", "every",
                                          "each", "any", "these", "those", "him", "them", "me", "us", NULL};
    if (!word_at(v, k) || lex_cap(t, &v->v[k]))
        return 0;
    const lword *w = &v->v[k];
    size_t n = w->end - w->start;
    if (lex_in(t, w, words))
        return 1;
    if (n <= 5 || memcmp(t + w->end - 3, "ing", 3) != 0)
        return 0;
    if (!word_at(v, k + 1))
        return 1;
    const lword *x = &v->v[k + 1];
    if (cap_or_digit(t, x))
        return 1;
    return lex_in(t, x, lex_determiners) || lex_in(t, x, objects) || lex_in(t, x, lex_connectors) ||
           lex_in(t, x, tails) || lex_in(t, x, np_stops) || after_stop(t, v, k + 1);
}

/* Where a role after a verb ends when a description follows its noun
 * within words [i, k): after that noun ("said one senior administration
 * official involved in managing the crisis"). */
static size_t role_end(const char *t, const lword_vec *v, size_t i, size_t k)
{
    for (size_t m = i + 1; m + 1 < k; m++)
        if (word_at(v, m) && lex_in(t, &v->v[m], role_nouns) && describes(t, v, m + 1))
            return m + 1;
    return k;
}

/* Word index of the "from" or "by" after a document a few words into the
 * speaker's words [i, k) ("said a statement by Ann Kole"), or 0. "by" is
 * no stop for np_after, so it lies inside [i, k), not at k. */
static size_t document_source(const char *t, const lword_vec *v, size_t i, size_t k)
{
    for (size_t m = i + 1; m < k && m < i + 4; m++)
        if (word_at(v, m) && lex_in(t, &v->v[m], documents) && word_at(v, m + 1) &&
            lex_in(t, &v->v[m + 1], source_links))
            return m + 1;
    return 0;
}

/* 1 when mark k is an ampersand inside a firm's name, between capitalised
 * words ("said Oppenheimer & Co. analyst Myron Picoult" gave "Oppenheimer"). */
static int firm_and(const char *t, const lword_vec *v, size_t k)
{
    return k > 0 && k + 1 < v->n && v->v[k].punct == '&' && word_at(v, k - 1) && lex_cap(t, &v->v[k - 1]) &&
           word_at(v, k + 1) && lex_cap(t, &v->v[k + 1]);
}

/* The noun phrase after a verb ("said the official"); a document's source
 * that reads as no speaker ("said a report from Tarvon", a dateline) leaves
 * the document. */
static int np_after(const char *t, const lword_vec *v, size_t i, qspan *np)
{
    i = skip_title(v, i);
    size_t k = i;
    /* "posted on Twitter", "said Monday": a place or time, not a speaker; a month that is a
     * given name before a capital is not one ("said June Carter") */
    static const char *const month_names[] = {"april", "june", "august", NULL};
    if (word_at(v, i) && after_stop(t, v, i) &&
        !(lex_in(t, &v->v[i], month_names) && word_at(v, i + 1) && lex_cap(t, &v->v[i + 1])))
        return 0;
    /* "said U.S. fish and wildlife spokesman Tom Fry": an abbreviation's stop goes on */
    while (k < v->n && k < i + 10 && (name_part(t, v, k) || abbr_dot(t, v, k) || firm_and(t, v, k)) &&
           !(k > i && after_stop(t, v, k)))
        k++;
    if (k > i && word_at(v, k) && lex_in(t, &v->v[k], (const char *const[]){"and", NULL}))
        k = role_and(t, v, i, k);
    if (k > i)
        k = role_end(t, v, i, tail_end(t, v, i, k, i + 10));
    if (k == i)
        return 0;
    size_t f = document_source(t, v, i, k);
    if (f) {
        k = f;
        if (np_after(t, v, f + 1, np) && speaker_valid(t, v->v[i].start, np))
            return 1; /* "said a statement from the Harbor Board" */
    }
    np->s = v->v[i].start;
    np->e = v->v[k - 1].end;
    return 1;
}

/* Verbs whose object after them is the speaker ("said the official"), not
 * the one addressed ("told reporters", "urged lawmakers"). */
static const char *const inverted_verbs[] = {
    "said", "says", "added", "adds", "recalled", "explained", "continued", "replied", "noted",
    "wrote", "declared", "stated", "insisted", "argued", "observed", "remarked", "quipped",
    "countered", "responded", "acknowledged", "admitted", "conceded", "tweeted", "asserted",
    "emphasized", "emphasised", "stressed", "claimed", "cautioned", "predicted", "concluded", "interjected",
    "exclaimed", "shouted", "screamed", "yelled", "whispered", "joked", "mused", "boasted", "complained",
    "lamented", "pleaded", "protested", "retorted", "scoffed", "contended", "recounted", "commented",
    /* the present of magazine and feature writing ("explains Kenneth Cooper") */
    "explains", "recalls", "notes", "writes", "insists", "argues", "claims", "declares", "states",
    "stresses", "concludes", "complains", "laments", "contends", "predicts", "admits", "concedes",
    "acknowledges", "counters", "observes", "replies", "responds", "quips",
    /* right after a quote these are inverted too ("\"Why now?\" asks Tom Wendel"); elsewhere the
     * name after them is who was asked or warned */
    "asked", "asks", "warned", "warns", "urged", "sniffed", "moaned", "groaned", "sighed", "wondered",
    "laughed", NULL};

/* Those of them that also take whom they address as object: after a quote inside a clause the name
 * after them is that ("Ann Kole, who called it \"...,\" urged the council to drop it"), so it speaks
 * only when a comma, a stop or a description follows it ("\"Why now?\" asks Tom Wendel, an economist"). */
static const char *const object_verbs[] = {"asked", "asks", "warned", "warns", "urged", NULL};

/* 1 when word i of v, opening a sentence or the words after a quote, is a verb before its speaker; one
 * of object_verbs only in lower case with no word before it, right after the quote (in "Asked Tom Wendel
 * about it, Ann Kole ..." and "..., and urged the council:" the name is whom they address). */
static int inverted_at(const char *t, const lword_vec *v, size_t i)
{
    int inverted = lex_in(t, &v->v[i], inverted_verbs);
    if (!inverted || !lex_in(t, &v->v[i], object_verbs))
        return inverted;
    for (size_t k = 0; k < i; k++)
        if (word_at(v, k))
            return 0;
    return !lex_cap(t, &v->v[i]);
}

/* Present forms that are plural nouns too: with no mark between them and
 * the quote before ('the "dry well" claims were false') they are nouns. */
static const char *const noun_verbs[] = {"claims", "notes", "states", "stresses", "laments", "recalls", NULL};

/* 1 when a comma, colon, question or exclamation mark ends the text before
 * byte s, past spaces and closing quotation marks (curly ones included). */
static int mark_before(const char *t, size_t s)
{
    while (s > 0 && (t[s - 1] == ' ' || t[s - 1] == '\n' || t[s - 1] == '"' || t[s - 1] == '\'' ||
                     (unsigned char)t[s - 1] >= 0x80))
        s--;
    return s > 0 && t[s - 1] && strchr(",:?!", t[s - 1]);
}

/* 1 when a subject [i, k) of ten words and marks or more ends in a body
 * it belongs to: a tail word ("of", "for" ...), then capitalised words and
 * connectors ("the", "of" ...) only ("retired Rear Adm. Eugene LaRocque of
 * the Center for Defense Information"; not "the supporters in the hall
 * chanted as President Tom Fry", which the limit of ten kept out before). */
static int long_subject(const char *t, const lword_vec *v, size_t i, size_t k)
{
    size_t j = i + 1;
    while (j < k && !(word_at(v, j) && lex_in(t, &v->v[j], tails)))
        j++;
    if (j + 1 >= k)
        return 0;
    for (j++; j < k; j++)
        if (word_at(v, j) && !lex_cap(t, &v->v[j]) && !lex_in(t, &v->v[j], lex_connectors))
            return 0;
    return 1;
}

/* Index of the first word of v from word i on at or after byte e. */
static size_t word_after(const lword_vec *v, size_t i, size_t e)
{
    while (i < v->n && v->v[i].start < e)
        i++;
    return i;
}

/* "said his wife, Hillary Rodham Clinton": a role after the verb whose
 * name follows after a comma gives way to the name; a name ending in an
 * abbreviation's stop does not ("said Tom Rudd Jr., Dover County
 * Attorney"). */
static void appositive_name(const char *t, const lword_vec *v, qspan *np)
{
    size_t j = word_after(v, 0, np->e);
    if (j == 0 || j >= v->n || v->v[j].punct != ',')
        return;
    size_t last = j - 1 - (j >= 2 && abbr_dot(t, v, j - 1));
    if (lex_cap(t, &v->v[last]))
        return;
    size_t m = j + 1;
    while (m < v->n && m < j + 10 && name_part(t, v, m))
        m++;
    if (!pure_name(t, v, j + 1, m))
        return;
    np->s = v->v[j + 1].start;
    np->e = v->v[m - 1 + (m < v->n && abbr_dot(t, v, m))].end; /* "Ben Johnson Sr." */
}

/* Words that open a relative clause. */
static const char *const relatives[] = {"who", "whom", "whose", "which", "that", NULL};

/* The speech verb after an appositive opening at word c ("Lisa Boyd, a
 * spokeswoman for the state, said"; "Gonzalez (D-Tex.) said"): the first
 * lower-case one within 24 words and marks, with no semicolon or colon
 * before it (v ends with the sentence), no "and" opening a part (",
 * and Jones said": another subject) and no relative word before it in its
 * part (", Tom Rudd, who said he was humbled": the verb of a clause about
 * him), and no participle ("Grachev, quoted the president as telling"
 * reports another's words). v->n if none. */
static size_t appositive_verb(const char *t, const lword_vec *v, size_t c)
{
    int rel = 0;
    for (size_t k = c + 1; k < v->n && k < c + 25; k++) {
        if (v->v[k].punct == ';' || v->v[k].punct == ':')
            return v->n;
        if (v->v[k].punct) {
            rel &= v->v[k].punct != ',' && v->v[k].punct != '(' && v->v[k].punct != ')';
            continue;
        }
        if (v->v[k - 1].punct == ',' && lex_in(t, &v->v[k], (const char *const[]){"and", NULL}))
            return v->n;
        rel |= lex_in(t, &v->v[k], relatives);
        const lword *w = &v->v[k];
        if (!rel && lex_in(t, w, lex_speech_verbs) && !lex_cap(t, w) && memcmp(t + w->end - 3, "ing", 3) != 0)
            return k;
    }
    return v->n;
}

int speaker_appositive(const char *t, const lword_vec *v, qspan *np, int *pron)
{
    size_t i = 0;
    *pron = 0;
    while (i < v->n && v->v[i].punct && v->v[i].punct != '.')
        i++;
    if (word_at(v, i) && (lex_in(t, &v->v[i], lex_speech_verbs) || lex_in(t, &v->v[i], conjunctions)))
        return 0; /* "explains Kenneth Cooper, the physician who wrote": a verb, not a subject; "is a
                   * \"heap of rubble\" and the chairman, Ali Dost, said": a clause of its own */
    size_t c = i;
    while (c < v->n && c < i + 8 && name_part(t, v, c) && !(c > i && lex_in(t, &v->v[c], relatives)))
        c++; /* not "a count that Tom Rudd, his lawyer, said" */
    if (c == i || c >= v->n || (v->v[c].punct != ',' && v->v[c].punct != '(') || !word_at(v, c - 1))
        return 0;
    size_t k = appositive_verb(t, v, c);
    if (k == v->n)
        return 0;
    size_t s = i, e = c, c2 = c + 1;
    while (c2 < k && name_part(t, v, c2))
        c2++;
    int one_name = c == i + 1 && lex_cap(t, &v->v[i]); /* "Smith, Deputy Minister, said" */
    if (!pure_name(t, v, i, c) && !one_name && v->v[c].punct == ',' && c2 < k && pure_name(t, v, c + 1, c2))
        s = c + 1, e = c2;
    np->s = v->v[s].start;
    np->e = v->v[e - 1].end;
    return 1;
}

static int ends_clause(const char *t, const lword_vec *v, size_t i, qspan np);

int speaker_after(const char *t, const lword_vec *v, qspan *np, int *pron)
{
    size_t i = 0;
    *pron = 0;
    while (i < v->n && v->v[i].punct && v->v[i].punct != '.')
        i++;
    size_t i0 = i;
    while (word_at(v, i) && lex_in(t, &v->v[i], conjunctions)) /* "But he said" */
        i++;
    /* the stop of "Jr." or "Co." ends a name before the verb, as an initial's goes on; a
     * subject may have 13 words and marks ("retired Rear Adm. Eugene LaRocque of the Center
     * for Defense Information said") */
    for (size_t k = i; k < v->n && k < i + 14 && (name_part(t, v, k) || abbr_dot(t, v, k)); k++) {
        if (!word_at(v, k) || !lex_in(t, &v->v[k], lex_speech_verbs) || (k > i && lex_cap(t, &v->v[k])))
            continue; /* "Mrs. Say wrote": a capitalised verb is part of the name */
        if (k == i) { /* "..., said X"; in "... and urged X", X is who was urged */
            const lword *w = &v->v[k];
            if (i != i0 || !lex_in(t, w, inverted_verbs) ||
                (lex_in(t, w, noun_verbs) && !mark_before(t, w->start)) || !np_after(t, v, k + 1, np) ||
                (lex_in(t, w, object_verbs) && !ends_clause(t, v, k + 1, *np)))
                return 0;
            appositive_name(t, v, np);
            return 1;
        }
        static const char *const not_subject[] = {
            "if", "when", "because", "although", "while", "that", "as", "after", "before", "on",
            "in", "at", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "yesterday", "today", "it", "this", "which", NULL};
        if (lex_in(t, &v->v[i], not_subject) || (k >= i + 10 && !long_subject(t, v, i, k)))
            return 0;
        int passive;
        size_t e = aux_start(t, v, i + 1, k, &passive); /* "she once said", "Bernstein later recalled" */
        if (passive)
            return 0; /* "\"...,\" Mr. Hart was advised" */
        np->s = v->v[i].start;
        np->e = v->v[e - 1].end;
        *pron = e == i + 1 && lex_pronoun(t, &v->v[i]);
        return 1;
    }
    return 0;
}

/* 1 when a comma, a stop or the end is at word i: the clause ends there. */
static int clause_stop(const lword_vec *v, size_t i)
{
    return i >= v->n || v->v[i].punct == ',' || v->v[i].punct == '.';
}

/* 1 when a comma, a stop, the end or a description (see describes)
 * follows np, which starts at word i or later: "said Dick Pedersen." names
 * a speaker, "said Bush shouldn't expect" does not. */
static int ends_clause(const char *t, const lword_vec *v, size_t i, qspan np)
{
    size_t n = word_after(v, i, np.e);
    return clause_stop(v, n) || describes(t, v, n); /* "said Al Dunn of the ATF office covering ..." */
}

/* 1 when the clause seg (words after a comma) holds only the speaker np
 * and its verb: a comma, a stop or the end follows them. */
static int only_speaker_and_verb(const char *t, const lword_vec *seg, const qspan *np)
{
    size_t i = word_after(seg, 0, np->e);
    while (word_at(seg, i) && lex_in(t, &seg->v[i], aux_words))
        i++;
    if (word_at(seg, i) && lex_in(t, &seg->v[i], lex_speech_verbs)) {
        /* a word before the subject (", but Mr. Dane says."); "said X
         * said" never gets here, as np_after reads on over the verb */
        if (seg->v[0].start < np->s)
            return 0;
        i++;
    }
    return clause_stop(seg, i);
}

int speaker_after_clause(const char *t, const lword_vec *v, qspan *np, int *pron)
{
    for (size_t k = 0; k + 1 < v->n; k++) {
        if (v->v[k].punct != ',')
            continue;
        lword_vec seg = {v->v + k + 1, v->n - k - 1, 0};
        if (speaker_after(t, &seg, np, pron) && only_speaker_and_verb(t, &seg, np))
            return 1;
    }
    return 0;
}

/* The subject of the verb at word vi when it reads as a speaker (a name
 * or a role), or a pronoun to resolve when pronouns is set. A subject that
 * is none leaves the caller's fallback to act. */
static int speaker_subject(const char *t, const lword_vec *v, size_t vi, int pronouns, qspan *np, int *pron)
{
    qspan sp;
    int pr = 0;
    if (!subject_before(t, v, vi, &sp, &pr) || (pr && !pronouns) ||
        (!pr && !speaker_valid(t, v->v[v->n - 1].end, &sp)))
        return 0;
    *np = sp;
    *pron = pr;
    return 1;
}

static int opening_subject(const char *t, const lword_vec *v, size_t end, qspan *np, int *pron);

/* 1 when words [a, b) open a clause of another subject: a subordinator
 * ("Ann Pell watched as Tom Rudd stood up"), a relative not set off by a
 * comma ("the man who stood up") or another "and" or "but" ("stopped the
 * car and the driver got out"). */
static int other_clause(const char *t, const lword_vec *v, size_t a, size_t b)
{
    static const char *const opens[] = {"and", "but", "as", "when", "while", "because", "though",
                                        "although", "if", "until", "whereas", NULL};
    for (size_t k = a; k < b; k++)
        if (word_at(v, k) && (lex_in(t, &v->v[k], opens) ||
                              (lex_in(t, &v->v[k], relatives) && k > 0 && v->v[k - 1].punct != ',')))
            return 1;
    return 0;
}

/* A reporting verb right before the quote, after its comma or colon:
 * "X said ..., but Seaquist stressed, \"...\"" is Seaquist's, not X's. */
static int verb_at_quote(const char *t, const lword_vec *v, qspan *np, int *pron)
{
    size_t k = v->n;
    if (k >= 2 && (v->v[k - 1].punct == ',' || v->v[k - 1].punct == ':'))
        k--;
    if (k < 2 || !word_at(v, k - 1) || !lex_in(t, &v->v[k - 1], lex_speech_verbs) || lex_cap(t, &v->v[k - 1]))
        return 0;
    const lword *w = &v->v[k - 1];
    if (w->end - w->start > 4 && memcmp(t + w->end - 3, "ing", 3) == 0)
        return 0; /* "X lamented the loss of Y, saying": the subject is X, further back */
    /* a subject that is no speaker ("Bush, asked whether ..., replied") leaves the first verb's */
    if (speaker_subject(t, v, k - 1, 1, np, pron))
        return 1;
    size_t j = k - 1;
    while (j > 0 && lex_in(t, &v->v[j - 1], aux_words))
        j--;
    /* "Karen Moody ... would not reveal sales figures, but said:": the sentence's subject, when
     * it reads as a speaker ("In 1986, Moroney said he ... and asked:" leaves the first verb's) */
    return j > 1 && lex_in(t, &v->v[j - 1], (const char *const[]){"and", "but", NULL}) &&
           opening_subject(t, v, j - 1, np, pron) && !other_clause(t, v, word_after(v, 0, np->e), j - 1) &&
           (*pron || speaker_valid(t, v->v[v->n - 1].end, np));
}

/* Participles that carry a clause on to a quote ("X came to the defense
 * of Y, saying, \"...\""); their subject opens the sentence. */
static const char *const participles[] = {
    "saying", "adding", "warning", "insisting", "asking", "declaring", "noting", "shouting",
    "arguing", "explaining", "stressing", "telling", "claiming", "concluding", "writing", "vowing",
    "calling", "describing", "promising", "urging", "pledging", NULL};

/* Index of the "as" a verb of judging at word k governs, the quote after
 * it ("X described the storm as \"...\"", "dismissed the list as a
 * \"...\""), or 0. An object must come between: right after the verb,
 * "as" follows a participle ("Ann Kole, praised as \"...\"", a headline's
 * "Kole dismissed as \"...\" by the council"), whoever spoke. Not "as well
 * as", "such as": those add to the object. */
static size_t judging_as(const char *t, const lword_vec *v, size_t k)
{
    static const char *const judging[] = {"described", "describes", "praised", "praises", "dismissed", "dismisses",
                                          "condemned", "condemns", "denounced", "denounces", "derided", "derides",
                                          "hailed", "hails", NULL};
    size_t n = v->n;
    if (n > 0 && lex_in(t, &v->v[n - 1], (const char *const[]){"a", "an", "the", NULL}))
        n--;
    if (n < k + 3 || !lex_in(t, &v->v[n - 1], (const char *const[]){"as", NULL}) || !lex_in(t, &v->v[k], judging))
        return 0;
    return lex_in(t, &v->v[n - 2], (const char *const[]){"well", "such", NULL}) ? 0 : n - 1;
}

/* 1 when words [a, b) between a naming verb and its quote open another
 * clause, whose words the quote may be ("X called for an inquiry after the
 * council voted for \"...\""): a conjunction or a subordinator ("because
 * of" is none) when far is set, more than 6 words (the reach "called" had)
 * standing between; nearer, "called the tower and the bridge \"...\"" is
 * one clause. After a verb of judging, a relative too, whose verb the
 * "as" may follow ("X praised the crew who served as \"...\""; "X called
 * the trial that ... \"...\"" names the trial). */
static int clause_between(const char *t, const lword_vec *v, size_t a, size_t b, int far, int judging)
{
    static const char *const opens[] = {"and", "but", "or", "as", "after", "before", "when", "while", "whereas",
                                        "because", "though", "although", "if", "unless", "until", NULL};
    static const char *const rel[] = {"who", "whom", "which", NULL};
    for (size_t k = a; k < b; k++) {
        int of = k + 1 < b && lex_in(t, &v->v[k + 1], (const char *const[]){"of", NULL});
        if ((far && lex_in(t, &v->v[k], opens) && !of) || (judging && lex_in(t, &v->v[k], rel)))
            return 1;
    }
    return 0;
}

/* 1 when the verb at word k is a relative's, adverbs between ("said Ron
 * Brown, a lawmaker of the Labor Party, who once denounced X as"). */
static int after_relative(const char *t, const lword_vec *v, size_t k)
{
    while (k > 0 && word_at(v, k - 1) && lex_in(t, &v->v[k - 1], aux_words))
        k--;
    return k > 0 && lex_in(t, &v->v[k - 1], relatives);
}

/* A naming verb up to 12 words before the quote, with no mark between:
 * "Dr. George Curlin called the findings \"...\"", "X called the
 * revelation of the error by The Plain Dealer of Cleveland \"...\"", "X
 * described Y as \"...\"": the words are the subject's. */
static int naming_verb(const char *t, const lword_vec *v, qspan *np, int *pron)
{
    static const char *const naming[] = {"called", "calls", "termed", "terms", "dubbed", "labeled",
                                         "labelled", "branded", NULL};
    for (size_t k = v->n; k > 0 && k + 13 > v->n; k--) {
        if (v->v[k - 1].punct)
            return 0;
        int named = lex_in(t, &v->v[k - 1], naming);
        size_t as = named ? v->n : judging_as(t, v, k - 1);
        if (as == 0 || lex_cap(t, &v->v[k - 1]))
            continue;
        if (clause_between(t, v, k, as, k + 6 < as, !named))
            return 0;
        if (!named && after_relative(t, v, k - 1))
            return 0; /* "said Ron Brown, a lawmaker of the Labor Party, who denounced X as": left to the "said" */
        /* not "he called it": who "he" is was misread 6 times in 19 (DUC 2001/2002) */
        return speaker_subject(t, v, k - 1, 0, np, pron);
    }
    return 0;
}

/* The words [*a, *b) of span sp among v (the first at or after sp.s). */
static void span_words(const lword_vec *v, qspan sp, size_t *a, size_t *b)
{
    *a = 0;
    while (*a < v->n && v->v[*a].start < sp.s)
        (*a)++;
    *b = *a;
    while (*b < v->n && v->v[*b].start < sp.e)
        (*b)++;
}

/* The subject of the clause the -ing verb at word k belongs to ("the
 * rains caught the town off guard, but the water board took the step of
 * issuing a statement"): the sentence's opening subject, or the one after ", but". */
static int ing_subject(const char *t, const lword_vec *v, size_t k, qspan *np, int *pron)
{
    size_t s = 0;
    for (size_t p = k; p > 1 && !s; p--)
        if (v->v[p - 2].punct == ',' && word_at(v, p - 1) && lex_in(t, &v->v[p - 1], conjunctions))
            s = p - 1;
    lword_vec rest = {v->v + s, v->n - s, 0};
    return opening_subject(t, &rest, k - s, np, pron);
}

/* The subject of the verb of issuing at word k: "The Dover Clinic issued",
 * "..., issuing". */
static int issuing_subject(const char *t, const lword_vec *v, size_t k, qspan *np, int *pron)
{
    const lword *w = &v->v[k];
    if (t[w->end - 1] == 'g')
        return ing_subject(t, v, k, np, pron);
    size_t a, b;
    if (!subject_before(t, v, k, np, pron))
        return 0;
    span_words(v, *np, &a, &b);
    /* not the tail of a longer subject ("a panel made up of farmers and union leaders") */
    return a == 0 || !word_at(v, a - 1) || (!lex_in(t, &v->v[a - 1], lex_connectors) &&
                                            !lex_in(t, &v->v[a - 1], conjunctions));
}

/* Word index of the verb of issuing a few words before the document at
 * word d ("issued a two-sentence statement"), or 0. A determiner, a
 * connector or a conjunction between ends the document's phrase: only the
 * verb may stand before it ("released the letter and a report" need not be
 * one issuer's; in "released its figures and will report them" no report
 * was issued). */
static size_t issued_at(const char *t, const lword_vec *v, size_t d)
{
    for (size_t m = d; m > 0 && m + 5 > d && word_at(v, m - 1); m--) {
        const lword *w = &v->v[m - 1];
        if (lex_in(t, w, issuing))
            return m - 1;
        if (lex_in(t, w, lex_determiners) || lex_in(t, w, lex_connectors) || lex_in(t, w, conjunctions))
            return m >= 2 && word_at(v, m - 2) && lex_in(t, &v->v[m - 2], issuing) ? m - 2 : 0;
    }
    return 0;
}

/* "The Harbor Board issued a communique today saying ...": the
 * reporting verb at word k follows a document its issuer put out, and the
 * words are the issuer's, not "a communique"'s. A time may stand between
 * ("on Friday", "late Friday", "Friday night"), or the verb be the
 * document's own ("issued a statement that said"). */
static int issued_document(const char *t, const lword_vec *v, size_t k, qspan *np, int *pron)
{
    size_t j = k;
    if (j > 0 && word_at(v, j - 1) && lex_in(t, &v->v[j - 1], (const char *const[]){"that", "which", NULL}))
        j--;
    while (j > 0 && word_at(v, j - 1) &&
           (lex_in(t, &v->v[j - 1], calendar) || lex_in(t, &v->v[j - 1], time_words)))
        j--;
    if (j == 0 || !word_at(v, j - 1) || !lex_in(t, &v->v[j - 1], documents))
        return 0;
    size_t i = issued_at(t, v, j - 1);
    qspan sp;
    int pr = 0;
    if (i == 0 || !issuing_subject(t, v, i, &sp, &pr) || (!pr && !speaker_valid(t, v->v[v->n - 1].end, &sp)))
        return 0; /* "the clinic issued a statement": the statement, a body's word */
    *np = sp;
    *pron = pr;
    return 1;
}

/* The subject of the sentence's first reporting verb, or of "according
 * to"; a participle after a comma takes the sentence's opening subject. */
static int first_verb_subject(const char *t, const lword_vec *v, qspan *np, int *pron)
{
    for (size_t k = 0; k < v->n; k++) {
        if (word_at(v, k) && lex_in(t, &v->v[k], (const char *const[]){"according", NULL}) &&
            word_at(v, k + 1) && np_after(t, v, k + 2, np)) {
            *pron = 0;
            return 1;
        }
        if (k > 0 && v->v[k - 1].punct == ',' && word_at(v, k) && lex_in(t, &v->v[k], participles))
            return opening_subject(t, v, k - 1, np, pron);
        if (word_at(v, k) && lex_in(t, &v->v[k], lex_speech_verbs) && (k == 0 || !lex_cap(t, &v->v[k])) &&
            !other_sense(t, v, k) && /* not "the United States is" */
            (issued_document(t, v, k, np, pron) || subject_before(t, v, k, np, pron)))
            return 1;
    }
    return 0;
}

/* A sentence, or the words after a quote, that open with the verb and
 * give the quote after a colon or comma: "Said jury foreman Luis Chang, an
 * electrical engineer: \"...\"", "Adds Sen. Howard Metzenbaum (D., Ohio):
 * \"...\"", "\"...,\" explains Kenneth Cooper, the physician ..., \"...\"". */
static int opening_verb(const char *t, const lword_vec *v, qspan *np, int *pron)
{
    size_t n = v->n;
    if (n < 3 || (v->v[n - 1].punct != ':' && v->v[n - 1].punct != ',') || !inverted_at(t, v, 0) ||
        !np_after(t, v, 1, np))
        return 0;
    appositive_name(t, v, np);
    *pron = 0;
    return speaker_valid(t, v->v[n - 1].end, np); /* not "Said another,": leave it to the fallbacks */
}

static int known_surname(const char *t, size_t upto, const lword *w, int any_case);
static int same_text(const char *t, qspan x, qspan y);

/* 1 unless the capitalised words np, with no lower-case word between them and the colon at word c, are a
 * heading rather than a person: "UPDATE:", "Breaking News:", "Dover Harbor:" read as names to
 * speaker_valid. A label speaks when a title or a given name marks it ("Mayor Ann Kole:", "Tom Rudd
 * (D-Dover):") or it is one word the article uses as a surname (a transcript's "Kole:"). */
static int label_person(const char *t, const lword_vec *v, qspan np, size_t c)
{
    size_t a, b;
    span_words(v, np, &a, &b);
    for (size_t k = b; k < c; k++)
        if (word_at(v, k) && !lex_cap(t, &v->v[k]))
            return 1; /* a verb or a role comes before the colon: "Ann Kole agrees:" */
    if (!lex_cap(t, &v->v[b - 1]))
        return 1; /* a role, which speaker_valid judges: "A spokesman for the mayor:" */
    for (size_t k = a; k < b; k++)
        if (word_at(v, k) && (lex_title(t, &v->v[k]) || lex_given(t, &v->v[k])))
            return 1;
    return b == a + 1 && known_surname(t, v->v[a].start, &v->v[a], 1);
}

/* 1 when words [a, b) pass on another's words: a verb of reading or receiving with a name after it
 * ("Tom Rudd read Ann Kole's column aloud:", "received a letter from Ann Kole:"); "Tom Rudd read a
 * statement:" is his own, and so is a verb in an aside ("Ann Kole, who read law in Dover, agrees:"). */
static int relayed(const char *t, const lword_vec *v, size_t a, size_t b)
{
    static const char *const relays[] = {"read", "reads", "cited", "cites", "recited", "received", "receives",
                                         "got", "showed", "shows", "translated", "heard", "hears", NULL};
    for (size_t k = a; k < b; k++)
        if (v->v[k].punct == ',')
            a = k + 1;
    for (size_t k = a; k < b; k++)
        if (word_at(v, k) && !lex_cap(t, &v->v[k]) && lex_in(t, &v->v[k], relays))
            for (size_t m = k + 1; m < b; m++)
                if (word_at(v, m) && lex_cap(t, &v->v[m]) && !lex_in(t, &v->v[m], calendar))
                    return 1;
    return 0;
}

/* A sentence that ends in a colon before the quote, whatever its verb: its opening subject speaks
 * ("Ann Kole, head of the society, puts it succinctly: \"...\"", "Tom Rudd agrees: \"...\""), as does
 * a label that is a person's name ("Mayor Ann Kole: \"...\"", on a page of reactions). */
static int colon_subject(const char *t, const lword_vec *v, qspan *np, int *pron)
{
    size_t n = v->n;
    if (n < 2 || v->v[n - 1].punct != ':' || !opening_subject(t, v, n - 1, np, pron) ||
        other_clause(t, v, word_after(v, 0, np->e), n - 1) || relayed(t, v, word_after(v, 0, np->e), n - 1))
        return 0; /* "Ann Pell watched as Tom Rudd stood up and shouted:" */
    return *pron || (label_person(t, v, *np, n - 1) && speaker_valid(t, v->v[n - 1].end, np));
}

int speaker_before(const char *t, const lword_vec *v, qspan *np, int *pron)
{
    return verb_at_quote(t, v, np, pron) || naming_verb(t, v, np, pron) || opening_verb(t, v, np, pron) ||
           first_verb_subject(t, v, np, pron) || colon_subject(t, v, np, pron);
}

/* ---- Whom a pronoun stands for ------------------------------------------- */

enum { G_ANY, G_MALE, G_FEMALE, G_BODY }; /* G_BODY: what "it" stands for */

/* Words that tell a man or a woman, beside the given names of
 * lex_male_names and lex_female_names. */
static const char *const male_words[] = {
    "mr", "mr.", "sir", "lord", "king", "prince", "father", "brother", "husband", "son", "spokesman",
    "chairman", "congressman", "businessman", "weatherman", "actor", "man", "boy", "widower", "uncle", "nephew",
    "grandfather", "councilman", "policeman", "fireman", "comedian", NULL};
static const char *const female_words[] = {
    "mrs", "mrs.", "ms", "ms.", "miss", "madam", "lady", "queen", "princess", "mother", "sister", "wife",
    "daughter", "widow", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "actress", "woman",
    "girl", "aunt", "niece", "grandmother", "councilwoman", "policewoman", "comedienne", "dame", "duchess",
    "baroness", NULL};
/* Female names that are also a word or a place, so not in lex_female_names:
 * here they say whose a pronoun is, not whether a name is a person's. */
static const char *const female_names_extra[] = {"rose", "victoria", "virginia", NULL};

static const char *const titles_extra[] = {"miss", "mrs", "mr", "ms", "dr", NULL};

static int word_gender(const char *t, const lword *w)
{
    if (lex_in(t, w, male_words) || lex_in(t, w, lex_male_names))
        return G_MALE;
    return lex_in(t, w, female_words) || lex_in(t, w, lex_female_names) || lex_in(t, w, female_names_extra)
               ? G_FEMALE
               : G_ANY;
}

/* 1 for a role word that tells a gender and names the person after it
 * ("spokesman Dale Bluedorn"); not "man", "woman", "boy" or "girl", which a
 * clause may follow ("the boy Red Cross workers found"). */
static int gender_role(const char *t, const lword *w)
{
    static const char *const plain[] = {"man", "woman", "boy", "girl", NULL};
    return (lex_in(t, w, male_words) || lex_in(t, w, female_words)) && !lex_in(t, w, plain);
}

/* The gender word k of v tells (G_ANY for a mark or none). */
static int gender_at(const char *t, const lword_vec *v, size_t k)
{
    return word_at(v, k) ? word_gender(t, &v->v[k]) : G_ANY;
}

/* ---- Which speakers are names or roles ---------------------------------- */

static const char *const quantifiers[] = {
    "a", "an", "the", "one", "its", "his", "her", "their", "our", "another", "this", "that", "two",
    "three", "four", "five", "several", "some", "many", "other", "both", "these", "those", NULL};
/* Words a speaker never starts with: conjunctions, pronouns, prepositions,
 * adverbs, days and months. */
static const char *const bad_first[] = {
    "and", "but", "or", "yet", "so", "nor", "although", "though", "he", "she", "it", "they", "we", "i",
    "me", "you", "him", "them", "us", "who", "which", "whom", "what", "there", "here", "amid", "for",
    "in", "on", "at",
    "to", "from", "with", "by", "of", "as", "if", "when", "while", "after", "before", "then", "now",
    "once", "invariably", "always", "also", "still", "every", "each", "all", "no", "not", "instance",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "today", "yesterday", "tonight", NULL};
/* Words a speaker never ends with (the phrase was cut in the middle). */
static const char *const bad_last[] = {
    "and", "but", "or", "of", "to", "the", "a", "an", "as", "that", "who", "which", "with", "for",
    "by", "in", "on", "at", "had", "has", "was", "is", "were", "are", "would", "will", "he", "she",
    "it", "they", "unless", "because", "if", NULL};
/* Verbs and other words that do not occur inside a name or role phrase. */
static const char *const bad_inside[] = {
    "is", "was", "are", "were", "has", "had", "have", "would", "will", "expected", "took", "played",
    "worked", "hung", "put", "set", "turned", "overthrew", "quoted", "quotes", "he", "she", "it",
    "they", "we", "him", "them", "his", "himself", "herself", "and", "but", "not", NULL};

static int all_caps(const char *t, const lword *w)
{
    size_t n = w->end - w->start, up = 0;
    for (size_t k = 0; k < n; k++)
        up += t[w->start + k] >= 'A' && t[w->start + k] <= 'Z';
    return n >= 2 && up * 2 > n;
}

/* 1 when words [a, b) hold a name of two or more capitalised words, with
 * connectors and a title's stop between ("Democratic Gov. Bill Clinton of
 * Arkansas"). */
static int capitalised(const char *t, const lword_vec *v, size_t a, size_t b)
{
    size_t caps = 0;
    for (size_t i = a; i < b; i++) {
        if (name_dot(t, v, i) || (word_at(v, i) && lex_in(t, &v->v[i], lex_connectors) && i > a))
            continue;
        if (!word_at(v, i) || !lex_cap(t, &v->v[i]))
            return 0;
        caps++;
    }
    return caps >= 2;
}

/* End of the noun phrase opening at word i: lower-case words go on after
 * a determiner, as role nouns, or for a few words after "of"/"for"/"in"
 * and a lower-case word ("A spokesman for the ferry line"), so the verb
 * ends it. */
static size_t subject_end(const char *t, const lword_vec *v, size_t i, size_t end)
{
    static const char *const preps[] = {"of", "for", "in", NULL};
    size_t k = i + 1, after_prep = 0;
    while (k < end && (name_part(t, v, k) || abbr_dot(t, v, k))) {
        const lword *w = &v->v[k], *p = &v->v[k - 1];
        if (word_at(v, k) && !lex_cap(t, w) && !lex_in(t, w, lex_connectors) && !lex_in(t, w, role_nouns) &&
            !(word_at(v, k - 1) && lex_in(t, p, lex_determiners)) && !(after_prep && after_prep + 6 > k))
            break;
        if (word_at(v, k) && lex_in(t, w, preps) && word_at(v, k + 1) && !lex_cap(t, &v->v[k + 1]))
            after_prep = k; /* not "Edward Seaga of Jamaica alerted" */
        k++;
    }
    return k;
}

/* The subject that opens the sentence in words [0, end): a pronoun, or a
 * noun phrase up to its verb; a name in commas after a role ("A White
 * House spokesman, Stephen Hart, declined") is preferred. */
static int opening_subject(const char *t, const lword_vec *v, size_t end, qspan *np, int *pron)
{
    size_t i = 0;
    if (end && all_caps(t, &v->v[0])) /* a dateline, "WEST PALM BEACH, Fla.—" */
        for (size_t k = 1; k < end && k < 10; k++)
            if (v->v[k].punct == '-') {
                i = k + 1;
                break;
            }
    while (i < end && (!word_at(v, i) || lex_in(t, &v->v[i], conjunctions)))
        i++;
    *pron = 0;
    if (i >= end || lex_in(t, &v->v[i], (const char *const[]){"it", "they", "we", "i", "you", NULL}))
        return 0;
    if (inverted_at(t, v, i)) /* after a quote: "said X, an agronomist, explaining" */
        return np_after(t, v, i + 1, np);
    if (lex_in(t, &v->v[i], object_verbs))
        return 0; /* "Asked Tom Wendel about it, Ann Kole ...", "and urged the council:": no subject here */
    size_t k = subject_end(t, v, i, end), a = i, b = k;
    if (k < end && v->v[k].punct == ',' && !pure_name(t, v, i, k)) {
        size_t e = k + 1;
        while (e < end && name_part(t, v, e))
            e++;
        if (e < end && v->v[e].punct == ',' && capitalised(t, v, k + 1, e))
            a = k + 1, b = e;
    }
    *pron = b == a + 1 && lex_pronoun(t, &v->v[a]);
    np->s = v->v[a].start;
    np->e = v->v[b - 1].end;
    return 1;
}

/* How far back the speaker search reads: the start of a paragraph at most
 * LOOKBACK bytes before hi (quotation state restarts at a paragraph, so
 * starting there changes nothing). Reading from the article's start for
 * every quote made a long article's card quadratic. */
#define LOOKBACK 20000

static size_t lookback_start(const char *t, size_t hi)
{
    if (hi <= LOOKBACK)
        return 0;
    for (size_t i = hi - LOOKBACK; i + 1 < hi; i++)
        if (t[i] == '\n' && t[i + 1] == '\n')
            return i + 2;
    return hi; /* no paragraph break in reach: nothing before hi is read */
}

/* 1 when word k of all follows a capitalised first name or a title ("Ann Kole", "Dr. Kole"). */
static int after_first_name(const char *t, const lword_vec *all, size_t k)
{
    if (k == 0)
        return 0;
    size_t p = k - 1 - (k >= 2 && name_dot(t, all, k - 1));
    return word_at(all, p) && lex_cap(t, &all->v[p]) && !lex_in(t, &all->v[p], quantifiers) &&
           !lex_in(t, &all->v[p], bad_first);
}

/* 1 when word k of all opens a subject that a reporting verb follows
 * ("Yanev said", "Yanev has said"): not a lower-case word before it, which
 * would make it part of a longer subject ("a ham operator in Jamaica said"),
 * and not in the passive. */
static int speaks_at(const char *t, const lword_vec *all, size_t k)
{
    size_t j = k + 1;
    int be = 0;
    while (word_at(all, j) && lex_in(t, &all->v[j], aux_words))
        be |= lex_in(t, &all->v[j++], lex_be_forms);
    /* "Varga was told", "Dover is said to": addressed or talked about, not a speaker ("was saying" is) */
    return word_at(all, j) && lex_in(t, &all->v[j], lex_speech_verbs) &&
           !(be && t[all->v[j].end - 1] != 'g') && !(k > 0 && word_at(all, k - 1) && !lex_cap(t, &all->v[k - 1]));
}

/* 1 when word k of all is a surname after its first name, or speaks (speaks_at). */
static int named_or_speaking(const char *t, const lword_vec *all, size_t k)
{
    return after_first_name(t, all, k) || speaks_at(t, all, k);
}

/* 1 when an earlier use of the single word w in t, within the look-back
 * before upto, passes fits: the same bytes, or with any_case the same
 * letters ("TRUMP:" heading his words after "Donald Trump"). One pass over
 * the window serves every test. */
static int used_before(const char *t, size_t upto, const lword *w, int any_case,
                       int (*fits)(const char *t, const lword_vec *all, size_t k))
{
    lword_vec all = {0};
    int ok = 0;
    size_t n = w->end - w->start;
    if (lex_range(t, lookback_start(t, upto), upto, &all) == 0)
        for (size_t k = 0; k < all.n && !ok; k++) {
            const lword *x = &all.v[k];
            if (x->punct || x->end - x->start != n ||
                (any_case ? !same_text(t, (qspan){x->start, x->end}, (qspan){w->start, w->end})
                          : memcmp(t + x->start, t + w->start, n) != 0))
                continue;
            ok = fits(t, &all, k);
        }
    VEC_FREE(&all);
    return ok;
}

/* 1 when the single word w is used as a person's surname in t before upto:
 * after a title or a capitalised first name; in any case when any_case is set. */
static int known_surname(const char *t, size_t upto, const lword *w, int any_case)
{
    return used_before(t, upto, w, any_case, after_first_name);
}

/* 1 when word w is itself the subject or object of a reporting verb:
 * "Tass said", "Iraq has said", "said Tass", "according to Tass". */
static int directly_attributed(const char *t, const lword *w)
{
    lword_vec v = {0};
    size_t lo = w->start > 40 ? w->start - 40 : 0;
    int ok = 0;
    if (lex_range(t, lo, w->end + 40, &v) == 0) {
        size_t k = 0;
        while (k < v.n && v.v[k].start < w->start)
            k++;
        size_t j = k + 1;
        while (word_at(&v, j) && lex_in(t, &v.v[j], aux_words))
            j++;
        ok = (word_at(&v, j) && lex_in(t, &v.v[j], lex_speech_verbs)) ||
             (k > 0 && word_at(&v, k - 1) && lex_in(t, &v.v[k - 1], lex_speech_verbs)) ||
             (k > 1 && lex_in(t, &v.v[k - 1], (const char *const[]){"to", NULL}) &&
              lex_in(t, &v.v[k - 2], (const char *const[]){"according", NULL}));
    }
    VEC_FREE(&v);
    return ok;
}

/* The head words [a, b) of a speaker: a tail "of the agency", "for X" cut. */
static size_t head_end(const char *t, const lword_vec *v, size_t a, size_t b)
{
    for (size_t k = a + 1; k < b; k++)
        if (lex_in(t, &v->v[k], tails) || v->v[k].punct == ',')
            return k;
    return b;
}

/* 1 when the word k of the head [a, h) is an "and" inside a role before
 * a name ("comedian and longtime friend Bob Hope"): a lower-case word
 * before it, and role_then_name after it. */
static int role_pair(const char *t, const lword_vec *v, size_t a, size_t k, size_t h)
{
    if (k == a || !lex_in(t, &v->v[k], (const char *const[]){"and", NULL}) || !word_at(v, k - 1))
        return 0;
    size_t f = body_and(t, v, a, k);
    return (f > k + 1 || !lex_cap(t, &v->v[k - 1])) && role_then_name(t, v, f, h);
}

/* 1 for a personal pronoun with a contraction ("I'll", "we'd", "she's"):
 * no name, as the pronoun alone is none ("sometimes I'll say, \"...\"" gave
 * "sometimes I'll"). The lexer keeps a curly apostrophe inside the word. */
static int pronoun_contraction(const char *t, const lword *w)
{
    static const char *const p[] = {"i", "he", "she", "we", "they", "you", "it", NULL};
    uint32_t ap = w->start;
    while (ap < w->end && t[ap] != '\'' && !(w->end - ap >= 3 && memcmp(t + ap, "\xE2\x80\x99", 3) == 0))
        ap++;
    lword head = {w->start, ap, 0};
    return ap < w->end && head.end > head.start && lex_in(t, &head, p);
}

/* 1 when words [a, b) read as a name or a role: lower-case words (role,
 * description) then a run of capitalised name words, or a phrase whose head
 * is a role noun ("a State Department official"). */
static int name_or_role(const char *t, size_t upto, const lword_vec *v, size_t a, size_t b)
{
    while (a < b && lex_in(t, &v->v[a], quantifiers))
        a++;
    if (a >= b || lex_in(t, &v->v[a], bad_first) || pronoun_contraction(t, &v->v[b - 1]) ||
        (lex_in(t, &v->v[b - 1], bad_last) && !surname_aux(t, v, b - 1))) /* "will" ends none, "Peter Will" */
        return 0;
    for (size_t k = a; k < b; k++) /* "Bonn in June"; not "Peter June" */
        if (lex_in(t, &v->v[k], calendar) && !month_surname(t, v, k))
            return 0;
    size_t h = head_end(t, v, a, b), first_cap = h, words = 0;
    for (size_t k = a; k < h; k++) {
        if (v->v[k].punct && !name_dot(t, v, k) && !abbr_dot(t, v, k) && v->v[k].punct != '-' &&
            !firm_and(t, v, k))
            return 0; /* "the U.S. official" goes on */
        if (word_at(v, k) && lex_in(t, &v->v[k], bad_inside) && !role_pair(t, v, a, k, h) && !surname_aux(t, v, k))
            return 0;
        words += word_at(v, k);
        if (word_at(v, k) && lex_cap(t, &v->v[k]) && first_cap == h)
            first_cap = k;
    }
    if (!word_at(v, h - 1))
        return 0;
    if (!lex_cap(t, &v->v[h - 1]))
        return lex_in(t, &v->v[h - 1], role_nouns) && words <= 7;
    size_t r = h; /* the name ends the head; before it, descriptions */
    while (r > first_cap && (!word_at(v, r - 1) || lex_cap(t, &v->v[r - 1]) ||
                             lex_in(t, &v->v[r - 1], lex_connectors)))
        r--;
    for (size_t k = first_cap + 1; k < r; k++) { /* "Academy spokesman Bob Werden", not "X following a Mass" */
        if (!word_at(v, k - 1) || !lex_cap(t, &v->v[k - 1]) || !word_at(v, k) || lex_cap(t, &v->v[k]) ||
            (lex_in(t, &v->v[k], lex_connectors) && word_at(v, k + 1) && lex_cap(t, &v->v[k + 1])))
            continue; /* "Fish and Wildlife spokesman": a body's name goes on */
        size_t m = k;
        while (m + 1 < r && word_at(v, m + 1) && !lex_cap(t, &v->v[m + 1]))
            m++;
        if (!lex_in(t, &v->v[m], role_nouns))
            return 0;
    }
    /* one word: a surname ("Ann Kole" or "Kole said" before), an acronym or "X said", not "Europe" */
    if (h - a == 1 && h == b && !all_caps(t, &v->v[a]) && !directly_attributed(t, &v->v[a]) &&
        !word_gender(t, &v->v[a]) && !used_before(t, upto, &v->v[a], 0, named_or_speaking))
        return 0;
    return 1;
}

/* 1 when the text [s, e) of more than two bytes ends in a possessive's "'s" ("Kole's"). */
static int ends_possessive(const char *t, size_t s, size_t e)
{
    return e > s + 2 && t[e - 1] == 's' && t[e - 2] == '\'';
}

/* 1 when the speaker np ends in a possessive that a noun follows ("James
 * Madison's notes relate", "disputing Mrs. Thatcher's remarks, saying"):
 * the noun speaks, not the name. "McDonald's said" is a name. */
static int possessive_of_noun(const char *t, const qspan *np)
{
    size_t e = np->e; /* the text ends in a NUL, which stops every test below */
    int poss = ends_possessive(t, np->s, e) ||
               (e >= np->s + 5 && t[e - 1] == 's' && (unsigned char)t[e - 4] == 0xE2 &&
                (unsigned char)t[e - 3] == 0x80 && (unsigned char)t[e - 2] == 0x99);
    while (poss && t[e] == ' ')
        e++;
    if (!poss || t[e] < 'a' || t[e] > 'z')
        return 0;
    lword next = {(uint32_t)e, (uint32_t)e, 0};
    while (t[next.end] >= 'a' && t[next.end] <= 'z')
        next.end++;
    return !lex_in(t, &next, lex_speech_verbs);
}

int speaker_valid(const char *t, size_t upto, qspan *np)
{
    lword_vec v = {0};
    int ok = 0;
    if (np->e > np->s && lex_range(t, np->s, np->e, &v) == 0 && v.n) {
        size_t a = 0, b = v.n;
        for (size_t k = 0; k + 1 < b; k++) /* "X was quoted as", "Y quoted X as" */
            if (lex_in(t, &v.v[k], (const char *const[]){"quoted", "quotes", NULL}) &&
                lex_in(t, &v.v[b - 1], (const char *const[]){"as", NULL})) {
                if (k > a && lex_in(t, &v.v[k - 1], (const char *const[]){"was", "is", NULL}))
                    b = k - 1;
                else
                    a = k + 1, b--;
                break;
            }
        while (b > a + 1 && lex_in(t, &v.v[b - 1], aux_words) && !surname_aux(t, &v, b - 1))
            b--;
        size_t dot = b > a + 1 && b == v.n && abbr_dot(t, &v, b - 1) && /* "Joseph P. Riley Jr." */
                     lex_in(t, &v.v[b - 2], (const char *const[]){"jr", "sr", "co", "inc", "corp", "ltd", NULL});
        ok = b > a && name_or_role(t, upto, &v, a, b - dot);
        if (ok) {
            np->s = v.v[a].start;
            np->e = v.v[b - 1].end;
            ok = !possessive_of_noun(t, np);
        }
    }
    VEC_FREE(&v);
    return ok;
}

/* Gender of the person named by words [a, b): a title or first name in the
 * name, else a role word just before ("spokeswoman Karen Bovek", "wife,
 * Janet"), else how the article names the surname elsewhere. */
static int name_gender(const char *t, const lword_vec *v, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++) { /* a first name counts only before a surname ("Pat Thomas") */
        int g = gender_at(t, v, k);
        if (g && (k + 1 < b || k == a || !lex_cap(t, &v->v[k]) || lex_in(t, &v->v[k], titles_extra)))
            return g;
    }
    for (size_t k = a, n = 0; k > 0 && n < 3; k--, n++) {
        int g = gender_at(t, v, k - 1);
        if (g)
            return g;
        if (v->v[k - 1].punct && v->v[k - 1].punct != ',')
            break;
    }
    size_t s = b;
    while (s > a && !word_at(v, s - 1))
        s--;
    if (s == a || !lex_cap(t, &v->v[s - 1]))
        return G_ANY;
    const lword *sur = &v->v[s - 1];
    size_t n = sur->end - sur->start;
    /* with a given name of its own ("Mollie Olgin", "Dr. Illa Olgin"), another given name of the surname
     * is a relative's ("Mario Olgin"); only an honorific tells ("Ms. Olgin"). A title is no given name. */
    size_t f = a;
    while (f + 1 < s && (!word_at(v, f) || !lex_cap(t, &v->v[f]) || lex_title(t, &v->v[f])))
        f++;
    int own_given = f + 1 < s;
    for (size_t k = 1; k < v->n; k++) { /* "Ms. McKay" elsewhere */
        const lword *x = &v->v[k];
        if (x->punct || x->end - x->start != n || memcmp(t + x->start, t + sur->start, n) != 0)
            continue;
        size_t p = k - 1 - (k >= 2 && name_dot(t, v, k - 1));
        int g = gender_at(t, v, p);
        if (g && lex_cap(t, &v->v[p]) &&
            (!own_given || lex_in(t, &v->v[p], male_words) || lex_in(t, &v->v[p], female_words)))
            return g;
    }
    return G_ANY;
}

typedef struct actx {
    const char *t;
    lword_vec v;           /* the article's words before the pronoun */
    uint8_t *inq;          /* per word: inside quotation marks */
    const qknown *known;
    size_t nknown;
    int want;              /* gender of the pronoun */
    size_t upto;
    int far;               /* SPEAKER_FAR: a person reported on competes with the speaker */
    int near;              /* no sentence of another subject lies between the pronoun and the one read */
} actx;

typedef struct cand {
    qspan sp;
    int found;  /* 0 none, 1 one person, -1 two that conflict */
    int gender; /* of sp, when its name tells it */
} cand;

/* The surname (last capitalised word) of span sp, or its whole text; cut
 * where sp ends, so a possessive the span left out ("Ann Vell" of "Ann
 * Vell's husband") is no other surname. */
static qspan surname(const actx *c, qspan sp)
{
    size_t a, b;
    span_words(&c->v, sp, &a, &b);
    for (size_t k = b; k > a; k--)
        if (word_at(&c->v, k - 1) && lex_cap(c->t, &c->v.v[k - 1]) &&
            !lex_in(c->t, &c->v.v[k - 1], lex_name_suffixes)) {
            const lword *w = &c->v.v[k - 1];
            return (qspan){w->start, w->end < sp.e ? w->end : sp.e};
        }
    return sp;
}

static int same_text(const char *t, qspan x, qspan y)
{
    if (x.e - x.s != y.e - y.s)
        return 0;
    for (size_t i = 0; i < x.e - x.s; i++)
        if ((t[x.s + i] | 32) != (t[y.s + i] | 32))
            return 0;
    return 1;
}

/* 1 for a plural head in lower case ("witnesses", "officials"), which "he"
 * or "she" does not stand for; not "witness", "boss" nor a possessive ("victim's"). */
static int plural(const char *t, const lword *w)
{
    size_t n = w->end - w->start;
    const char *s = t + w->start;
    return !w->punct && n > 3 && s[0] >= 'a' && s[0] <= 'z' && lex_s_form(s, n) && !lex_possessive(t, w);
}

/* Words of a capitalised run that names no person: dates, organisations,
 * places, nationalities. */
static const char *const not_person[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "god", "lord", "christmas", "easter", "congress", "senate", "house",
    "university", "department", "agency", "committee", "council", "party", "center", "service",
    "association", "ministry", "army", "navy", "police", "news", "press", "inc", "co", "corp",
    "company", "bank", "church", "school", "college", "hospital", "court", "airport", "street",
    "county", "city", "state", "states", "river", "lake", "island", "islands", "republic", "union",
    "nations", "parliament", "government", "office", "institute", "foundation", "society", "club",
    "group", "fund", "network", "times", "post", "journal", "magazine", "television", "radio",
    "airlines", "hall", "park", "museum", "theater", "awards", "academy", "coast", "guard",
    "weather", "bureau", "administration", "commission", "league", "front", "movement", "alliance",
    "organization", "forces", "command", "assembly", "cabinet", "board", "station", "hotel",
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "american",
    "soviet", "british", "french", "german", "federal", "national", "international", NULL};

/* 1 when word i names no person (not_person), though a month after a given
 * name is a surname ("Ellen May", "Peter June"). */
static int no_person_word(const char *t, const lword_vec *v, size_t i)
{
    return lex_in(t, &v->v[i], not_person) && !month_surname(t, v, i);
}

/* Heads of a phrase that names a body or a document, which "it" may
 * stand for ("the obituary said ... \"...,\" it said"). */
static const char *const body_nouns[] = {
    "statement", "communique", "report", "agency", "newspaper", "paper", "daily", "weekly", "editorial",
    "magazine", "journal", "newsletter", "broadcaster", "radio", "television", "network", "station",
    "government", "committee", "council", "ministry", "department", "administration", "army", "military",
    "court", "panel", "study", "letter", "obituary", "advisory", "bulletin", "announcement", "broadcast",
    "service", "institute", "academy", "company", "firm", "board", "commission", "association", "foundation",
    "union", "party", "group", "office", "embassy", "regime", "center", "centre", "presidency", "bank",
    "university", "hospital", "church", NULL};

/* 1 when words [a, b) name a body or a document: a head from body_nouns,
 * or capitalised words without a given name or a person's role for head
 * ("Officials", "Police" opening a sentence; "The Foreign Minister") that
 * either follow "the" within three words and no mark ("the Daily
 * Telegraph", "the pro-Thatcher Daily Telegraph") or are one word never
 * written after another capital ("Tass"; not "Kloetzel" of "Chris
 * Kloetzel"). */
static int body(const char *t, const lword_vec *v, size_t a, size_t b)
{
    const lword *head = &v->v[head_end(t, v, a, b) - 1];
    if (lex_in(t, head, body_nouns))
        return 1;
    if (!lex_cap(t, &v->v[b - 1]) || lex_in(t, head, role_nouns))
        return 0;
    for (size_t k = a; k < b; k++)
        if (word_at(v, k) && lex_given(t, &v->v[k]))
            return 0;
    static const char *const the[] = {"the", NULL};
    for (size_t k = a + 1; k-- > 0 && k + 4 > a && !v->v[k].punct;) /* "the pro-Thatcher Daily Telegraph" */
        if (lex_in(t, &v->v[k], the))
            return 1;
    return b == a + 1 && !known_surname(t, v->v[a].start, &v->v[a], 0);
}

/* Offers sp as the antecedent: kept when its gender agrees; a second,
 * different person marks a conflict. */
static void offer(const actx *c, cand *cd, qspan sp)
{
    size_t a, b;
    span_words(&c->v, sp, &a, &b);
    if (b == a || cd->found < 0 || (c->want == G_BODY && !body(c->t, &c->v, a, b)))
        return;
    static const char *const things[] = {"sign", "banner", "placard", "poster", "note", "book", NULL};
    const lword *head = &c->v.v[head_end(c->t, &c->v, a, b) - 1];
    if ((c->want == G_MALE || c->want == G_FEMALE) && !lex_cap(c->t, head) &&
        (lex_in(c->t, head, body_nouns) || lex_in(c->t, head, things)))
        return; /* "she" is no "A sign saying ..." nor "the committee" */
    int g = name_gender(c->t, &c->v, a, b);
    if ((g && c->want && g != c->want) || (c->want && plural(c->t, head)))
        return; /* the head, not a tail's last word: "a lawyer for the families" is one person */
    if (c->want && c->want != G_BODY && no_person_word(c->t, &c->v, b - 1) &&
        no_person_word(c->t, &c->v, head_end(c->t, &c->v, a, b) - 1))
        return; /* "he" is no "Indiana University Law School" */
    if (cd->found && !same_text(c->t, surname(c, cd->sp), surname(c, sp)))
        cd->found = -1;
    else if (!cd->found || (g && !cd->gender)) { /* of one surname, "Mario Olgin" for "he", not "Mollie" */
        cd->found = 1;
        cd->sp = sp;
        cd->gender = g;
    }
}

/* The speaker of the last quote of this article overlapping bytes [s, e). */
static int known_in(const actx *c, size_t s, size_t e, qspan *sp)
{
    for (size_t i = c->nknown; i > 0; i--) {
        const qknown *q = &c->known[i - 1];
        if (q->os < e && q->oe > s && q->sp.e > q->sp.s) { /* overlaps the sentence */
            *sp = q->sp;
            return 1;
        }
    }
    return 0;
}

/* 1 when the reporting verb k is followed by "by" and an agent, a
 * determiner or a capital ("an editorial reported by the agency", "quoted
 * by Tass"): no subject of that verb spoke. Not "said by telephone". */
static int by_agent(const char *t, const lword_vec *v, size_t k, size_t e)
{
    return k + 2 < e && lex_in(t, &v->v[k + 1], (const char *const[]){"by", NULL}) && word_at(v, k + 2) &&
           (lex_cap(t, &v->v[k + 2]) || lex_in(t, &v->v[k + 2], lex_determiners));
}

/* Word k, after the first of its sentence, follows a closing quotation
 * mark ("\"...,\" said", "\"...?\" asks"). */
static int after_quote(const lword_vec *v, size_t k)
{
    return v->v[k - 1].punct == '"' || (v->v[k - 1].punct == ',' && k >= 2 && v->v[k - 2].punct == '"');
}

static int reported_person(const actx *c, size_t k, size_t e, qspan np);

/* Reporting verbs of words [s, e) outside quotes: their subjects
 * ("X said", "said X", "according to X"); a pronoun subject is the speaker
 * of a quote attributed in the same sentence, which starts at ks, perhaps
 * at the closing mark of a quote before s ("...\"\n\nHe said Kole gave ..."). */
static void sentence_events(const actx *c, size_t ks, size_t s, size_t e, cand *cd)
{
    const char *t = c->t;
    const lword_vec *v = &c->v;
    /* before a bare quote (want G_ANY), "X asked Y whether ..." gives no speaker: Y's answer may
     * follow ("Brzezinski asks: \"...\"" does) */
    static const char *const asked[] = {"asked", "asks", NULL};
    qspan kn = {0, 0};
    int has_known = ks < e && known_in(c, v->v[ks].start, v->v[e - 1].end, &kn); /* no words: none read */
    int other = 0;
    for (size_t k = s; k < e; k++) {
        if (c->inq[k] || !word_at(v, k))
            continue;
        qspan np = {0, 0};
        int pron = 0, ok = 0;
        if (lex_in(t, &v->v[k], (const char *const[]){"according", NULL}) && k + 2 < e)
            ok = np_after(t, v, k + 2, &np);
        else if (!lex_in(t, &v->v[k], lex_speech_verbs) || (k > s && lex_cap(t, &v->v[k])) ||
                 by_agent(t, v, k, e) || other_sense(t, v, k) ||
                 (c->want == G_ANY && lex_in(t, &v->v[k], asked) && k + 1 < e && word_at(v, k + 1)))
            continue;
        else if (k == s || after_quote(v, k))
            ok = np_after(t, v, k + 1, &np);
        else if (v->v[k - 1].punct == ',' && lex_in(t, &v->v[k], inverted_verbs) && word_at(v, k + 1) &&
                 lex_cap(t, &v->v[k + 1])) /* "..., said Dick Pedersen of the ATF office." */
            ok = np_after(t, v, k + 1, &np) && ends_clause(t, v, k + 1, np);
        if (!ok)
            ok = subject_before(t, v, k, &np, &pron);
        if (ok && pron) {
            ok = has_known;
            np = kn;
        } else if (ok && has_known && same_text(t, surname(c, np), surname(c, kn)))
            np = kn; /* the name as that quote's speaker was resolved ("Smith" -> "John Smith") */
        if (ok && speaker_valid(t, c->upto, &np)) {
            offer(c, cd, np);
            other |= c->far && !pron && c->want != G_ANY && c->want != G_BODY && reported_person(c, k, e, np);
        } else if (ok && !pron && c->want == G_ANY && t[v->v[k].end - 1] != 'g') /* "saying": read loosely */
            other = 1;
    }
    /* "Reyes said the gunman warned the crowd.": a bare quote may be either's, and so may a "he" a
     * paragraph further on after "Carlucci says that Powell has ..." */
    if (other && cd->found > 0)
        cd->found = -1;
}

/* 1 when word w also occurs in the article on its own, not after another
 * capitalised word. */
static int surname_alone(const actx *c, const lword *w)
{
    size_t n = w->end - w->start;
    for (size_t k = 0; k < c->v.n; k++) {
        const lword *x = &c->v.v[k];
        if (x->start == w->start || x->punct || x->end - x->start != n ||
            memcmp(c->t + x->start, c->t + w->start, n) != 0)
            continue;
        if (k == 0 || !word_at(&c->v, k - 1) || !lex_cap(c->t, &c->v.v[k - 1]) ||
            lex_in(c->t, &c->v.v[k - 1], bad_first))
            return 1;
    }
    return 0;
}

/* 1 when word k, before e, is a particle inside a name, before a
 * capitalised word or another particle ("Renato de Villa", "Saud al
 * Sabah", "Luis de la Torre"; not "de facto"), though not before a given
 * name, which starts another ("the Ford van Tom Rudd drove"). */
static int particle(const char *t, const lword_vec *v, size_t k, size_t e)
{
    if (!word_at(v, k) || lex_cap(t, &v->v[k]) || !lex_in(t, &v->v[k], lex_particles))
        return 0;
    size_t n = k + 1 + (k + 2 < e && word_at(v, k + 1) && !lex_cap(t, &v->v[k + 1]) &&
                        lex_in(t, &v->v[k + 1], lex_particles));
    return n < e && word_at(v, n) && lex_cap(t, &v->v[n]) && !lex_given(t, &v->v[n]);
}

/* 1 when word i is a title before a name; not "Col" before a word in lower case, a mountain pass
 * ("the Col du Tourmalet", "Col de la Croix"), as "Col. Ivo Marr" and "Col Ivo Marr" are titles. */
static int name_title(const char *t, const lword_vec *v, size_t i)
{
    static const char *const col[] = {"col", NULL};
    return lex_in(t, &v->v[i], lex_titles) &&
           !(lex_in(t, &v->v[i], col) && word_at(v, i + 1) && !lex_cap(t, &v->v[i + 1]));
}

/* Where the name after a title inside the run [a, b) starts ("Soviet
 * President Mikhail Gorbachev"), a when none: a title after a given name
 * is the name's own word ("Martin Luther King Jr.", not "Jr."). Read only
 * where a subject stands, opening the sentence or after a comma; as an
 * object ("his meeting with Soviet President ...") the "he" of the
 * sentence is seldom that person. */
static size_t title_inside(const char *t, const lword_vec *v, size_t a, size_t b)
{
    size_t n = a;
    for (size_t i = a + 1; i < b && !(word_at(v, i - 1) && lex_given(t, &v->v[i - 1])); i++)
        if (word_at(v, i - 1) && name_title(t, v, i - 1) && (word_at(v, i) || name_dot(t, v, i)))
            n = i + !word_at(v, i); /* "Alaska Gov. Steve Cowper" */
    return n;
}

/* The text of the name at words [a, b) of a run opening at word k: an
 * honorific kept ("Mrs. Owens", not "Owens"; a peer's "Lord Rudd", "Sir Tom",
 * as after "said"), a possessive's "'s" dropped
 * ("Janet Minnock's house"). */
static qspan mention_span(const char *t, const lword_vec *v, size_t k, size_t a, size_t b)
{
    qspan sp = {v->v[a].start, v->v[b - 1].end};
    size_t h = a - (a > k && name_dot(t, v, a - 1));
    static const char *const honours[] = {"sir", "lord", NULL};
    if (h > k && (lex_in(t, &v->v[h - 1], titles_extra) || lex_in(t, &v->v[h - 1], honours)))
        sp.s = v->v[h - 1].start;
    if (ends_possessive(t, sp.s, sp.e))
        sp.e -= 2;
    else if (abbr_dot(t, v, b) && lex_in(t, &v->v[b - 1], lex_name_suffixes))
        sp.e = v->v[b].end; /* "George G. Kirkpatrick Jr." */
    return sp;
}

/* 1 when the run [k, b) is joined by "and" to a personal pronoun ("left
 * him and Helms standing", "Helms and he left"): the pronoun is someone
 * else, so the name is not whom a later "he" stands for. After the name,
 * "her" is read as a possessive ("Ms. McKay and her three children"). */
static int beside_pronoun(const char *t, const lword_vec *v, size_t k, size_t b, size_t e)
{
    static const char *const and[] = {"and", NULL}, *const before[] = {"he", "him", "she", "her", NULL};
    static const char *const after[] = {"he", "him", "she", NULL};
    return (k >= 2 && word_at(v, k - 1) && lex_in(t, &v->v[k - 1], and) && word_at(v, k - 2) &&
            lex_in(t, &v->v[k - 2], before)) ||
           (b + 1 < e && word_at(v, b) && lex_in(t, &v->v[b], and) && word_at(v, b + 1) &&
            lex_in(t, &v->v[b + 1], after));
}

/* The comma that closes an age set in commas at word b (", 60,"), else b:
 * where what describes the name before b goes on. */
static size_t past_age(const char *t, const lword_vec *v, size_t b, size_t e)
{
    return b + 2 < e && v->v[b].punct == ',' && age(t, &v->v[b + 1]) && v->v[b + 2].punct == ',' ? b + 2 : b;
}

/* 1 when the two capitalised words ending at b open a clause as its subject and what follows reads
 * as a person's: a verb in the past ("Illa Wobig leaned out her window") or an appositive role ("Emil
 * Dorsk, a leader of the rescue team, scrambled"), though no given name or title tells it and the
 * surname stands nowhere alone; a known place is none ("San Francisco voted"). */
static int subject_person(const char *t, const lword_vec *v, size_t b, size_t e)
{
    lword both = {v->v[b - 2].start, v->v[b - 1].end, 0};
    size_t g = past_age(t, v, b, e), at = g > b ? g + 1 : b; /* "Eilli Wiechies, 60, watched" */
    if (lex_in(t, &both, lex_places) || lex_in(t, &v->v[b - 2], lex_places) || lex_in(t, &v->v[b - 1], lex_places))
        return 0; /* "San Francisco voted" */
    static const char *const not_past[] = {"indeed", "speed", "proceed", "succeed", "exceed", "breed", NULL};
    static const char *const articles[] = {"a", "an", "the", NULL};
    /* a reporting verb's subject is read before; after an age an article opens the role below */
    if (at < e && word_at(v, at) && !lex_cap(t, &v->v[at]) && !(g > b && lex_in(t, &v->v[at], articles)))
        return v->v[at].end - v->v[at].start > 4 && memcmp(t + v->v[at].end - 2, "ed", 2) == 0 &&
               !lex_in(t, &v->v[at], not_past);
    /* roles of groups and things, beside body_nouns: "Kellan United, a Dover football team" is none */
    static const char *const groups[] = {"team", "crew", "staff", "family", "police", "publication", NULL};
    if (g + 2 >= e || v->v[g].punct != ',' || !lex_in(t, &v->v[g + 1], articles))
        return 0;
    for (size_t k = g + 2; k < e && k < g + 5 && word_at(v, k); k++) /* "a Kellan businessman" */
        if (!lex_cap(t, &v->v[k]) && lex_in(t, &v->v[k], role_nouns) && !lex_in(t, &v->v[k], body_nouns) &&
            !lex_in(t, &v->v[k], groups))
            return 1; /* a person's role: "Dover Steel, a Kellan company" is a body */
    return 0;
}

/* 1 when an appositive after the run [a, b), up to e, gives a person's role: a comma, at most three
 * words and no conjunction or relative word, then a role noun in the singular that is a title or
 * tells a gender and ends the phrase or goes on with a preposition or a relative word ("Ivo Marr,
 * foreign minister during the war,", "from Dora Vell, former mayor of Harlow"). Not a role a company,
 * team or place may have too ("Dover Steel, a leader in alloys", "Kellan United, the league leader",
 * "Port Avel, a member of the league"), nor one that a verb follows, which opens a clause ("In Dover,
 * the mayor said"), nor one after a known place ("Harlow, a member of NATO"). */
static int role_after(const char *t, const lword_vec *v, size_t a, size_t b, size_t e)
{
    static const char *const goes_on[] = {"of", "for", "at", "in", "during", "from", "with", "to",
                                          "under", "since", "who", "whose", NULL};
    lword whole = {v->v[a].start, v->v[b - 1].end, 0};
    if (b >= e || v->v[b].punct != ',' || lex_in(t, &whole, lex_places) || lex_in(t, &v->v[b - 1], lex_places))
        return 0;
    b = past_age(t, v, b, e); /* "Dora Vell, 50, the niece of" */
    for (size_t k = b + 1; k < e && k < b + 5 && word_at(v, k); k++) {
        const lword *w = &v->v[k];
        if (lex_in(t, w, conjunctions) || lex_in(t, w, relatives))
            return 0; /* "in Hot Springs, and later his wife," */
        if (lex_cap(t, w) || !lex_in(t, w, role_nouns))
            continue;
        if (!(lex_in(t, w, lex_titles) || gender_role(t, w)) || plural(t, w))
            return 0;
        return k + 1 == e || (v->v[k + 1].punct && v->v[k + 1].punct != '"') || lex_in(t, &v->v[k + 1], goes_on);
    }
    return 0;
}

/* 1 when the capitalised run [k, b) of a sentence [s, e), its name starting at word a, names a
 * person; titled: a title stood before the name. */
static int run_person(const actx *c, size_t s, size_t e, size_t k, size_t a, size_t b, int titled)
{
    const char *t = c->t;
    const lword_vec *v = &c->v;
    int bad = lex_pronoun(t, &v->v[a]) || beside_pronoun(t, v, k, b, e);
    for (size_t i = a; i < b && !bad; i++)
        bad = word_at(v, i) && (no_person_word(t, v, i) || all_caps(t, &v->v[i]));
    static const char *const preps[] = {"in", "at", "from", "near", "to", "into", "of", "the", NULL};
    int placed = k > s && lex_in(t, &v->v[k - 1], preps) && !titled;
    size_t nw = 0;
    for (size_t i = a; i < b; i++)
        nw += word_at(v, i);
    /* two capitalised words are a person only when the last stands alone elsewhere as a
     * surname ("Bovek said") or a gendered role precedes them ("spokesman Dale Bluedorn"; in
     * lower case, as a run starts at k; not a given name: "to mark Memorial Day"): "San
     * Francisco" is not */
    int roled = k > s && word_at(v, k - 1) && gender_role(t, &v->v[k - 1]);
    return !bad && (titled || word_gender(t, &v->v[a]) ||
                    (nw >= 2 && !placed && lex_given(t, &v->v[a])) || /* not "to Beverly Hills" */
                    (nw >= 2 && nw <= 4 && !placed && (roled || surname_alone(c, &v->v[b - 1]))) ||
                    (nw <= 4 && role_after(t, v, a, b, e)) ||
                    (nw == 2 && b == a + 2 && (k == s || v->v[k - 1].punct == ',') &&
                     subject_person(t, v, b, e)) ||
                    (nw == 1 && !placed && known_surname(t, v->v[a].start, &v->v[a], 0)));
}

/* 1 when the reporting verb k, before e, reports on a person the pronoun may stand for, named as
 * the subject of its clause ("Carlucci says that Powell has always been reluctant ..."): a later
 * "he" a paragraph further back may be either that person or the speaker np. */
static int reported_person(const actx *c, size_t k, size_t e, qspan np)
{
    const char *t = c->t;
    const lword_vec *v = &c->v;
    size_t i = k + 1, a, j;
    if (word_at(v, i) && lex_in(t, &v->v[i], (const char *const[]){"that", NULL}))
        i++;
    for (j = i; j < e && !c->inq[j] && name_part(t, v, j) && (!word_at(v, j) || lex_cap(t, &v->v[j]));)
        j++;
    if (j >= e || !word_at(v, j) || lex_cap(t, &v->v[j]) || j == i || !word_at(v, j - 1))
        return 0; /* a run in capitals, then a word in lower case: its verb */
    int titled = 0;
    for (a = i; a < j && (!word_at(v, a) || lex_in(t, &v->v[a], bad_first) || lex_title(t, &v->v[a])); a++)
        titled |= word_at(v, a) && lex_title(t, &v->v[a]);
    if (a == j || same_text(t, surname(c, (qspan){v->v[a].start, v->v[j - 1].end}), surname(c, np)))
        return 0;
    int g = name_gender(t, v, a, j);
    return (!g || g == c->want) && run_person(c, i, e, i, a, j, titled);
}

/* 1 when the run [r, b) is a possessive before a relative of its bearer
 * whom the pronoun sought may stand for, a few words on ("Lennon's
 * 71-year-old uncle, Charlie Lennon", "Ann Vell's husband" for "he"; not
 * "Tom Rudd's wife" for "he", which is still Tom Rudd): the pronoun is the
 * relative's, not the bearer's. A relative no name stands beside ("Among
 * them was Tom Rudd's uncle.") is no one the sentence names, so no other
 * person it names is meant either: cd->found = -1. */
static int kin_of(const actx *c, size_t r, size_t b, size_t e, cand *cd)
{
    static const char *const men[] = {"husband", "son", "brother", "father", "uncle", "nephew", "widower",
                                      "grandson", "grandfather", "boyfriend", "fiance", "cousin", NULL};
    static const char *const women[] = {"wife", "daughter", "sister", "mother", "aunt", "niece", "widow",
                                        "granddaughter", "grandmother", "girlfriend", "fiancee", "cousin", NULL};
    const char *t = c->t;
    const lword_vec *v = &c->v;
    const char *const *kin = c->want == G_MALE ? men : c->want == G_FEMALE ? women : NULL;
    int poss = kin && lex_possessive(t, &v->v[b - 1]);
    for (size_t k = b; poss && k < e && k < b + 6 && (v->v[k].punct == '-' || word_at(v, k)); k++) {
        if (!word_at(v, k) || !lex_in(t, &v->v[k], kin))
            continue;
        /* a name after the relative ("uncle, Charlie Lennon") or before the appositive it heads ("Mark
         * Lee, Tom Rudd's son, won") */
        size_t n = k + 1 + (k + 1 < e && v->v[k + 1].punct == ',');
        int named = (n < e && word_at(v, n) && lex_cap(t, &v->v[n])) ||
                    ((k + 1 >= e || v->v[k + 1].punct) && r >= 2 && v->v[r - 1].punct == ',' &&
                     word_at(v, r - 2) && lex_cap(t, &v->v[r - 2]));
        if (!named)
            cd->found = -1;
        return 1;
    }
    return 0;
}

/* 1 when the run [s, b) opens its sentence, which ends at e, as the
 * subject of a verb that follows it, perhaps after an appositive set in
 * commas ("Lewis called for Johnson to ...", "Homobono Adaza, a former
 * member of Parliament under Marcos, also defended the rebels"). */
static int opening_subject_run(const char *t, const lword_vec *v, size_t b, size_t e)
{
    size_t j = b;
    if (lex_possessive(t, &v->v[b - 1]))
        return 0; /* "Tom Rudd's lawyer sued Peter Marr": the lawyer is the subject */
    if (j < e && v->v[j].punct == ',') { /* past the appositive's closing comma */
        size_t k = j + 1;
        while (k < e && k < j + 16 && (!v->v[k].punct || v->v[k].punct == '-' || v->v[k].punct == '.'))
            k++; /* "Emil Dorsk, 71-year-old head of the U.S. team," */
        if (k >= e || v->v[k].punct != ',')
            return 0;
        j = k + 1;
    }
    size_t z = j + 2 < e ? j + 2 : e;
    return j < z && word_at(v, j) && !lex_cap(t, &v->v[j]) && lex_has_verb(t, v->v[j].start, v->v[z - 1].end, 0);
}

/* 1 when the words [k, a) before a name that opens its sentence at k
 * leave it the subject: titles and a conjunction only ("But Mr. Bush,
 * who ..., also seemed", "Ambassador David Popper declined"), not a
 * subordinator ("When Gorbachev had trouble ..., Yeltsin broke in"). */
static int subject_lead(const char *t, const lword_vec *v, size_t k, size_t a)
{
    for (size_t i = k; i < a; i++)
        if (word_at(v, i) && !lex_in(t, &v->v[i], conjunctions) && !name_title(t, v, i) &&
            !lex_in(t, &v->v[i], titles_extra))
            return 0;
    return 1;
}

/* Person names among words [s, e) outside quotes: a title and a name, a
 * first name of a man or a woman, a given name of either opening two or
 * more words, two to four capitalised words, or a surname the article
 * gives in full elsewhere. Whom the subject is likened to ("Like Secretary
 * Baker, Mr. Conable dismisses ...") is no second person beside another,
 * but still the one when no other fits the pronoun ("Like Mayor Ann Kole,
 * Tom Rudd ... \"...,\" she said"). */
static void sentence_mentions(const actx *c, size_t s, size_t e, cand *cd)
{
    const char *t = c->t;
    const lword_vec *v = &c->v;
    qspan likened = {0, 0}, subject = {0, 0};
    for (size_t k = s; k < e; k++) {
        if (c->inq[k] || !word_at(v, k) || !lex_cap(t, &v->v[k]))
            continue;
        size_t b = k, titled = 0;
        while (b < e && !c->inq[b] && (name_part(t, v, b) && (!word_at(v, b) || lex_cap(t, &v->v[b]) ||
                                                              particle(t, v, b, e))))
            b++;
        size_t a = k;
        /* a capitalised particle opens the name ("Al Kole, the mayor,", "Gov. Del Hale"); a possessive
         * before it is another's ("Norland's Ivo Marr") */
        while (a < b && (!word_at(v, a) || lex_in(t, &v->v[a], bad_first) ||
                         (a + 2 < b && ends_possessive(t, v->v[a].start, v->v[a].end)) ||
                         lex_in(t, &v->v[a], quantifiers) || name_title(t, v, a) ||
                         lex_in(t, &v->v[a], titles_extra) || (joiner(t, &v->v[a]) && !particle(t, v, a, b)))) {
            titled |= name_title(t, v, a) || lex_in(t, &v->v[a], titles_extra);
            a++;
        }
        if (a == b) { /* titles or connectives only: no name (and v->v[a] may be past the end) */
            k = b;
            continue;
        }
        if (k == s || v->v[k - 1].punct == ',') { /* where a subject stands */
            size_t n = title_inside(t, v, a, b);
            titled |= n > a;
            a = n;
        }
        int person = run_person(c, s, e, k, a, b, titled);
        if (person && lex_in(t, &v->v[k], (const char *const[]){"like", "unlike", NULL}))
            likened = mention_span(t, v, k, a, b);
        else if (person && !kin_of(c, k, b, e, cd))
            offer(c, cd, mention_span(t, v, k, a, b));
        if (person && c->near && k == s && subject_lead(t, v, k, a) && opening_subject_run(t, v, b, e))
            subject = mention_span(t, v, k, a, b);
        k = b;
    }
    if (!cd->found && likened.e > likened.s)
        offer(c, cd, likened);
    cand one = {{0, 0}, 0, 0};
    if (cd->found < 0 && subject.e > subject.s) /* of two people, the subject of the sentence */
        offer(c, &one, subject);
    if (one.found > 0)
        *cd = one;
}

/* Marks the words inside quotation marks; a paragraph break closes any. */
static int mark_quoted(actx *c)
{
    const lword_vec *v = &c->v;
    c->inq = calloc(v->n + 1, 1);
    if (!c->inq)
        return -1;
    int in = 0;
    for (size_t k = 0; k < v->n; k++) {
        if (k > 0 && paragraph_gap(c->t, v, k))
            in = 0;
        if (v->v[k].punct == '"') {
            in = !in;
            c->inq[k] = 1;
            continue;
        }
        c->inq[k] = (uint8_t)in;
    }
    return 0;
}

/* 1 when word k of v ends a sentence: . ? ! not closing an abbreviation. */
static int stop_word(const char *t, const lword_vec *v, size_t k)
{
    const lword *w = &v->v[k];
    if (w->punct != '.' && w->punct != '?' && w->punct != '!')
        return 0;
    return !(w->punct == '.' && k > 0 && word_at(v, k - 1) && v->v[k - 1].end == w->start &&
             speaker_abbrev(t, v->v[k - 1].start, w->start));
}

static int sentence_stop(const actx *c, size_t k) { return stop_word(c->t, &c->v, k); }

/* The issuer of the document at word d of v, in its sentence: a source
 * named after it ("released a report by the state auditor" is the
 * auditor's, not the releaser's), the subject of a verb of issuing before
 * it ("Rep. Ann Kole issued a two-line statement"), or of the sentence's
 * reporting verb when "in a" comes before it ("In a statement, a spokesman
 * for Hale said"). */
static int issuer_of(const char *t, const lword_vec *v, size_t d, qspan *np)
{
    size_t s = d, e = d;
    while (s > 0 && !stop_word(t, v, s - 1))
        s--;
    while (e < v->n && !stop_word(t, v, e))
        e++;
    lword_vec sent = {v->v + s, e - s, 0};
    size_t r = d - s + 1; /* "by" or "from" */
    if (word_at(&sent, r) && lex_in(t, &sent.v[r], source_links)) {
        if (np_after(t, &sent, r + 1, np) && speaker_valid(t, sent.v[r].start, np))
            return 1;
        if (word_at(&sent, r + 1) && lex_in(t, &sent.v[r + 1], lex_determiners))
            return 0; /* "by the state auditor", no speaker's name; "by fax" leaves the verb's subject */
    }
    size_t i = issued_at(t, &sent, d - s);
    int pron = 0, ok = 0;
    if (i > 0)
        ok = issuing_subject(t, &sent, i, np, &pron);
    else if (d - s >= 2 && lex_in(t, &sent.v[d - s - 2], (const char *const[]){"in", NULL}) &&
             lex_in(t, &sent.v[d - s - 1], (const char *const[]){"a", "an", NULL}))
        ok = first_verb_subject(t, &sent, np, &pron);
    return ok && !pron;
}

/* 1 when the document at word d of v comes in new: "a", "an" or "another"
 * before it, perhaps with a word between ("answered with a statement of
 * their own", "a second statement"). */
static int brought_in(const char *t, const lword_vec *v, size_t d)
{
    for (size_t p = d; p > 0 && p + 3 > d && word_at(v, p - 1); p--)
        if (lex_in(t, &v->v[p - 1], (const char *const[]){"a", "an", "another", NULL}))
            return 1;
    return 0;
}

int speaker_document_issuer(const char *t, size_t lo, size_t hi, qspan *np)
{
    lword_vec w = {0}, v = {0};
    int ok = 0;
    if (lex_range(t, np->s, np->e, &w) != 0 || w.n < 2 || w.n > 4 ||
        !lex_in(t, &w.v[0], (const char *const[]){"the", NULL}) || !lex_in(t, &w.v[w.n - 1], documents) ||
        lex_range(t, lo, hi, &v) != 0)
        goto done;
    for (size_t k = v.n; k > 0 && !ok; k--) {
        qspan sp;
        if (!word_at(&v, k - 1) || !same_text(t, (qspan){v.v[k - 1].start, v.v[k - 1].end},
                                              (qspan){w.v[w.n - 1].start, w.v[w.n - 1].end}))
            continue;
        if (issuer_of(t, &v, k - 1, &sp) && speaker_valid(t, hi, &sp)) {
            *np = sp;
            ok = 1;
        } else if (brought_in(t, &v, k - 1))
            break; /* "the statement" is likely this one, whose issuer is unknown, not an earlier one */
    }
done:
    VEC_FREE(&w);
    VEC_FREE(&v);
    return ok;
}

/* 1 when the sentence [s, e) opens with the pronoun sought, perhaps after
 * a conjunction ("But he said the academy ..."): it goes on with the
 * person a sentence before it names. */
static int opens_with_pronoun(const actx *c, size_t s, size_t e)
{
    static const char *const he[] = {"he", NULL}, *const she[] = {"she", NULL};
    const char *const *want = c->want == G_MALE ? he : c->want == G_FEMALE ? she : NULL;
    size_t k = s;
    while (k < e && (!word_at(&c->v, k) || c->inq[k]))
        k++;
    if (k < e && lex_in(c->t, &c->v.v[k], conjunctions))
        k++;
    return want && k < e && word_at(&c->v, k) && lex_in(c->t, &c->v.v[k], want);
}

/* Walks back sentence by sentence from the end of c->v to word w0: the
 * nearest sentence with a reporting verb whose subject agrees, else one
 * person named. At most four sentences; one when events_only. */
static int walk_back(actx *c, size_t w0, int events_only, qspan *out)
{
    size_t e = c->v.n;
    int partial = e > w0 && !sentence_stop(c, e - 1); /* the pronoun's own sentence, read up to it */
    c->near = 1;
    for (int n = 0; e > w0 && n < (events_only ? 1 : 4);) {
        size_t s = e, plain = 0;
        while (s > w0 && !sentence_stop(c, s - 1))
            s--;
        size_t from = s; /* a closing mark ending the paragraph before opens none: "...\"\n\nEmil Dorsk" */
        if (from + 1 < e && c->v.v[from].punct == '"' && from > 0 && c->inq[from - 1] &&
            paragraph_gap(c->t, &c->v, from + 1))
            from++;
        for (size_t k = s; k < e; k++)
            plain += !c->inq[k] && word_at(&c->v, k);
        cand cd = {{0, 0}, 0, 0};
        sentence_events(c, s, from, e, &cd);
        if (!cd.found && !events_only)
            sentence_mentions(c, from, e, &cd);
        if (cd.found) {
            *out = cd.sp;
            return cd.found > 0;
        }
        n += plain > 0;
        if (!partial && plain > 0 && !opens_with_pronoun(c, from, e))
            c->near = 0;
        partial = 0;
        e = s > w0 ? s - 1 : s;
    }
    return 0;
}

int speaker_antecedent(const char *t, size_t lo, size_t hi, const lword *pron, int mode,
                       const qknown *known, size_t nknown, qspan *out)
{
    actx c = {t, {0}, NULL, known, nknown, G_ANY, hi, mode == SPEAKER_FAR, 0};
    if (pron) {
        static const char *const he[] = {"he", NULL}, *const she[] = {"she", NULL};
        static const char *const it[] = {"it", NULL};
        c.want = lex_in(t, pron, he)    ? G_MALE
                 : lex_in(t, pron, she) ? G_FEMALE
                 : lex_in(t, pron, it)  ? G_BODY
                                        : -1;
    }
    int ok = 0;
    if (c.want >= 0 && lex_range(t, lookback_start(t, lo), hi, &c.v) == 0 && mark_quoted(&c) == 0) {
        size_t w0 = 0;
        while (w0 < c.v.n && c.v.v[w0].start < lo)
            w0++;
        ok = walk_back(&c, w0, mode == SPEAKER_EVENTS, out);
    }
    free(c.inq);
    VEC_FREE(&c.v);
    return ok;
}

/* The surname of a speaker string: the last capitalised word before a tail
 * ("of Celoron", ", a spokesman"), "Jr." and the like skipped. *with gets
 * it with up to two particles before it ("de Waal", "De La Torre"), which
 * another article may join to it ("deWaal"). */
static int surname_of(const char *s, qspan *out, qspan *with)
{
    lword_vec v = {0};
    int ok = 0;
    size_t at = 0;
    if (lex_range(s, 0, strlen(s), &v) == 0 && v.n) {
        size_t h = head_end(s, &v, 0, v.n);
        for (size_t k = h; k > 0 && !ok; k--)
            if (word_at(&v, k - 1) && lex_cap(s, &v.v[k - 1]) && !lex_in(s, &v.v[k - 1], titles_extra) &&
                !lex_in(s, &v.v[k - 1], lex_name_suffixes)) {
                out->s = v.v[k - 1].start;
                out->e = v.v[k - 1].end;
                at = k - 1;
                ok = k == h || k + 1 == h; /* the name ends the head */
            }
    }
    if (ok)
        *with = *out;
    for (size_t n = 0; ok && n < 2 && at > 0 && word_at(&v, at - 1) && lex_in(s, &v.v[at - 1], lex_particles); n++)
        with->s = v.v[--at].start;
    VEC_FREE(&v);
    return ok;
}

/* 1 when x[a) and y[b) hold the same letters, case, spaces and hyphens aside ("al-Rashid", "al Rashid"). */
static int same_letters(const char *x, qspan a, const char *y, qspan b)
{
    size_t i = a.s, j = b.s;
    for (;; i++, j++) {
        while (i < a.e && (x[i] == ' ' || x[i] == '-'))
            i++;
        while (j < b.e && (y[j] == ' ' || y[j] == '-'))
            j++;
        if (i == a.e || j == b.e)
            return i == a.e && j == b.e;
        if ((x[i] | 32) != (y[j] | 32))
            return 0;
    }
}

/* "Alex deWaal", "Alex de Waal" and "Omar al-Rashid", "Omar al Rashid" name one person: a surname with its
 * particles is compared too, spaces and hyphens aside, since lex_cap reads "deWaal" and "al-Rashid" as
 * one name. */
int speaker_same_surname(const char *x, const char *y)
{
    qspan a, b, pa, pb;
    if (!surname_of(x, &a, &pa) || !surname_of(y, &b, &pb))
        return 0;
    return same_letters(x, a, y, b) || same_letters(x, pa, y, pb);
}

/* 1 when word a, before its stop, is a letter that numbers or labels the
 * word before it ("World War I.", "Plan A.", "vitamin C."), no initial: a
 * sentence opening with a surname may follow ("... of World War I. Rudd
 * said ..." gave the speaker "World War I. Rudd"). */
static int numbering_letter(const char *t, const lword_vec *v, size_t a)
{
    static const char *const numbered[] = {"act", "appendix", "book", "bowl", "category", "chapter", "class",
                                           "division", "exhibit", "figure", "grade", "group", "level", "part",
                                           "phase", "plan", "round", "schedule", "section", "stage", "tier",
                                           "title", "type", "vitamin", "volume", "war", NULL};
    return a > 0 && word_at(v, a - 1) && lex_in(t, &v->v[a - 1], numbered);
}

/* 1 when word a may stand in a full name before a surname: a capital that
 * is no title, in full or abbreviated ("Capt. Will Rogers"), no speech
 * verb ("Said Hammer:"), no possessive ("Dover University's Pell"), no
 * word a speaker never starts with and no preposition or adverb opening a
 * sentence ("Like Bush, Thatcher has frozen ..." would make "Like Bush"
 * the full form of a later "Bush"). */
static int fore_name(const char *t, const lword_vec *v, size_t a)
{
    static const char *const openers[] = {"like", "unlike", "despite", "without", "against", "including",
                                          "besides", "beyond", "toward", "towards", "through", "under",
                                          "about", "between", "among", "unless", "until", "because",
                                          "since", "whether", "even", "only", NULL};
    const lword *w = &v->v[a];
    if (word_at(v, a) && w->end - w->start == 1 && lex_cap(t, w) && name_dot(t, v, a + 1))
        return !numbering_letter(t, v, a); /* an initial, though "I" and "A" are words too ("Dora I. Vell") */
    return word_at(v, a) && lex_cap(t, w) && !lex_title(t, w) && !lex_in(t, w, bad_first) &&
           !lex_in(t, w, lex_speech_verbs) && !lex_in(t, w, quantifiers) &&
           !ends_possessive(t, w->start, w->end) && !lex_in(t, w, openers);
}

/* Where the full form of the surname at word k of all starts: the
 * capitalised words before it and its particles ("Tom von Marr"), titles,
 * verbs ("Said Hammer:") and the like left out, from its given name ("Jail
 * Neil Bush" posters, "Senate Majority Leader George Mitchell") or an
 * initial ("L. William Seidman"). */
static size_t full_start(const char *t, const lword_vec *all, size_t k)
{
    size_t a = k;
    while (a > 0 && (name_dot(t, all, a - 1) || fore_name(t, all, a - 1) || particle(t, all, a - 1, all->n)) &&
           !paragraph_gap(t, all, a))
        a--;
    while (a < k && all->v[a].punct)
        a++;
    if (!lex_given(t, &all->v[a]) && !(all->v[a].end - all->v[a].start == 1 && name_dot(t, all, a + 1)))
        for (size_t g = a + 1; g < k; g++)
            if (word_at(all, g) && lex_given(t, &all->v[g]))
                return g;
    return a;
}

/* A given name and the short forms the news writes for it, in groups that
 * end at "": "Bob Bork" and "Robert Bork" are one man, "Dan" and "Marilyn
 * Quayle" two people. */
static const char *const short_names[] = {
    "robert", "bob", "bobby", "rob", "", "michael", "mike", "mick", "", "william", "bill", "billy", "will",
    "willie", "", "james", "jim", "jimmy", "", "thomas", "tom", "tommy", "", "richard", "dick", "rick",
    "rich", "", "joseph", "joe", "", "edward", "ed", "eddie", "ted", "", "theodore", "ted", "", "daniel", "dan",
    "danny", "", "steven", "stephen", "steve", "", "charles", "charlie", "chuck", "", "anthony", "tony", "",
    "andrew", "andy", "", "kenneth", "ken", "", "timothy", "tim", "", "jeffrey", "jeff", "", "gregory", "greg",
    "", "douglas", "doug", "", "david", "dave", "", "donald", "don", "", "ronald", "ron", "ronnie", "",
    "benjamin", "ben", "", "samuel", "sam", "", "nicholas", "nick", "", "philip", "phillip", "phil", "",
    "matthew", "matt", "", "christopher", "chris", "", "patrick", "pat", "", "lawrence", "larry", "", "gerald",
    "jerry", "", "mitchell", "mitch", "", "bernard", "bernie", "", "frederick", "fred", "", "harold", "harry",
    "", "henry", "hank", "harry", "", "alexander", "alex", "", "jonathan", "jon", "", "joshua", "josh", "",
    "raymond", "ray", "", "elizabeth", "liz", "beth", "betty", "", "margaret", "peggy", "maggie", "",
    "katherine", "kathryn", "catherine", "kathleen", "kathy", "kate", "", "patricia", "pat", "", "deborah",
    "debra", "debbie", "", "susan", "sue", "", "jennifer", "jenny", "", "rebecca", "becky", "", "pamela", "pam",
    "", "judith", "judy", "", "cynthia", "cindy", "", "samantha", "sam", "", "victoria", "vicki", "", "theresa",
    "teresa", "", "christine", "christina", "chris", "", "abigail", "abby", "", NULL};

/* 1 when words x and y are one given name: the same ("Tom", "TOM") or one
 * a short form of the other ("Bob", "Robert"). */
static int same_given(const char *t, const lword *x, const lword *y)
{
    if (same_text(t, (qspan){x->start, x->end}, (qspan){y->start, y->end}))
        return 1;
    int in_x = 0, in_y = 0;
    for (const char *const *p = short_names; *p; p++) {
        const char *const one[] = {*p, NULL};
        if (!**p && in_x && in_y)
            return 1;
        in_x = **p && (in_x || lex_in(t, x, one));
        in_y = **p && (in_y || lex_in(t, y, one));
    }
    return 0;
}

/* 1 when word a of all opens a name with a given name or an initial
 * ("Sam Rudd", "C. O. Miller", "O.J. Simpson"; not "U.S." ending a
 * sentence before "Rudd said"). */
static int forename(const char *t, const lword_vec *all, size_t a)
{
    const lword *w = &all->v[a];
    if (lex_given(t, w))
        return 1;
    if (!name_dot(t, all, a + 1) || lex_in(t, w, lex_state_abbrevs))
        return 0;
    lword stop = {w->start, all->v[a + 1].end, 0}; /* "u.s." */
    return !lex_in(t, &stop, lex_places) &&
           (w->end - w->start == 1 || memchr(t + w->start, '.', w->end - w->start) != NULL);
}

/* Moves np, the bare surname sur, to the article's first full form of it
 * in all, or a longer one with the same first word ("Michael Robert
 * Milken"). Another capital before the surname may be any word ("Team
 * Rudd") and conflicts with no later form; but two given names of two
 * people ("Quayle" in an article about Dan and Marilyn Quayle; not "Bob"
 * and "Robert"), or a forename after a first form opened by another
 * capital ("Fort Myers", then "Roger Myers"), leave np the bare surname, with
 * the particles it was written with ("von Marr"). */
static void full_form(const char *t, const lword_vec *all, qspan sur, qspan *np)
{
    size_t best = 0, wl = sur.e - sur.s, lead = 0; /* the first word of the form taken */
    lword given = {0, 0, 0};                       /* the first given name seen */
    int lead_named = 0;
    /* a transcript's label in capitals ("TRUMP:") is the name the article writes in mixed case */
    const lword sw = {(uint32_t)sur.s, (uint32_t)sur.e, 0};
    int shouted = all_caps(t, &sw);
    const qspan bare = *np; /* the surname as written, with its particles ("von Marr") */
    for (size_t k = 1; k < all->n; k++) {
        const lword *w = &all->v[k];
        qspan ws = {w->start, w->end};
        if (w->punct || w->end - w->start != wl ||
            (memcmp(t + w->start, t + sur.s, wl) != 0 && !(shouted && same_text(t, ws, sur))))
            continue;
        size_t a = full_start(t, all, k);
        if (k == a)
            continue;
        int named = forename(t, all, a), gn = lex_given(t, &all->v[a]);
        if ((named && best && !lead_named) || (gn && given.end && !same_given(t, &given, &all->v[a]))) {
            *np = bare;
            return;
        }
        if (gn && !given.end)
            given = all->v[a];
        if (!best || (same_given(t, &all->v[lead], &all->v[a]) && k - a + 1 > best)) {
            best = k - a + 1;
            lead = a;
            lead_named = named;
            np->s = all->v[a].start;
            np->e = w->end;
        }
    }
}

/* Strips a leading title ("General Martin E Dempsey" -> "Martin E Dempsey")
 * and resolves a bare surname, perhaps after its particles ("de Kole"), to
 * its full form in the article (full_form). */
void speaker_resolve_name(const char *t, size_t upto, qspan *np, int expand)
{
    lword_vec v = {0}, all = {0};
    if (lex_range(t, np->s, np->e, &v) < 0 || v.n == 0)
        goto done;
    /* titles, with their full stops and a "the" before: "Sen. Orrin Hatch", "the Rev. Al Cole" */
    size_t i0 = v.n > 2 && lex_in(t, &v.v[0], (const char *const[]){"the", NULL}), i = i0;
    for (;;) {
        size_t k = i + (i + 1 < v.n && name_dot(t, &v, i + 1));
        if (k + 1 >= v.n || !lex_title(t, &v.v[i]) ||
            !lex_cap(t, &v.v[k + 1]))
            break;
        i = k + 1;
    }
    /* no title after "the" ("the U.S. envoy"), or one without its stop, which heads a body or a post more
     * often than a name ("the Vice President", "the General Accounting Office"): all stays */
    if (i == i0 || (i0 && !name_dot(t, &v, i0 + 1)))
        i = 0;
    int hon = i > 0 ? word_gender(t, &v.v[i0]) : 0; /* "Mrs. Marcos" is not "Ferdinand Marcos" */
    if (hon && lex_cap(t, &v.v[i0]))
        i = 0;
    np->s = v.v[i].start;
    size_t p = i; /* the surname, after its particles ("von Marr", "de la Vell") */
    while (p + 1 < v.n && particle(t, &v, p, v.n))
        p++;
    if (!expand || hon || v.n - p != 1 || !lex_cap(t, &v.v[p]) ||
        lex_range(t, lookback_start(t, upto), upto, &all) < 0)
        goto done;
    full_form(t, &all, (qspan){v.v[p].start, v.v[p].end}, np);
done:
    VEC_FREE(&v);
    VEC_FREE(&all);
}
