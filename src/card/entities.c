/* Entities: capitalised names (people, organisations, places) with their
 * mention counts per article. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "card/card.h"
#include "card/lex.h"
#include "summarize.h"
#include "util/hmap.h"
#include "util/utf8.h"

#define MAX_ENTITIES 40

static const char *const org_words[] = {
    "group", "front", "party", "council", "ministry", "army", "forces", "force", "press",
    "agency", "union", "committee", "association", "bank", "company", "corp", "inc", "university",
    "college", "court", "congress", "senate", "parliament", "government", "department", "journal",
    "times", "news", "post", "reuters", "organization", "organisation", "coalition", "brigade",
    "brigades", "network", "institute", "commission", "office", "service", "police", "state",
    "nations", "board", "fund", "league", "guardian", "chiefs", "bureau", "corporation",
    "administration", "foundation", "center", "centre", "centers", "house", "lines", "airlines",
    "daily", "u.n", "survey", "patrol", "corps", "cross", "co", "savings", "lab", "laboratory",
    "guard", "museum", "church", "chamber", "airways", "motors", "industries", "holdings", "hospital",
    "authority", "club", "trust", "exchange", "school", "institutes", "clinic", NULL};
/* Organisation words that make one only at a name's end, and not in
 * capitals ("Federal Reserve", "Farmers Weekly"; not the headings "ACTUAL
 * RESERVE COVERAGE OF THIRD WORLD EXPOSURE", "EXISTING THIRD WORLD
 * RESERVE"). */
static const char *const org_ends[] = {"philharmonic", "orchestra", "laboratories", "alliance", "systems",
                                       "weekly", "headquarters", "reserve", NULL};
static const char *const place_words[] = {"island", "islands", "port", "city", "county", "river",
                                          "lake", "mount", "bay", "street", "province", "valley",
                                          "coast", "sea", "ocean", "strait", "peninsula", NULL};
/* Place words that name a place only at a name's end: "Palm Beach", "Hyde
 * Park", not "Park Geun-hye". */
static const char *const place_ends[] = {"park", "cemetery", "square", "airport", "beach", "canyon",
                                         "desert", "forest", "mountains", "gulf", "harbor", "harbour",
                                         "bridge", "dam", "canal", "east", "district", "sound", "plains", "lakes",
                                         "avenue", "boulevard", "base", "arsenal", "garden", "gardens", "palace",
                                         "gate", "stadium", "arena", "speedway", "superspeedway", NULL};
/* Words before a country or state that name part of it: "Southern
 * California", "Latin America", not "George Washington". */
static const char *const regions[] = {"southern", "northern", "eastern", "western", "central", "baja", "latin",
                                      "upstate", "downstate", "greater", "soviet", NULL};
/* Words that open the name of an event: "Hurricane Michael", "Tropical
 * Storm Harvey", "Operation Desert Storm". */
static const char *const event_openers[] = {"hurricane", "typhoon", "cyclone", "tropical", "storm",
                                            "operation", NULL};
/* Words that open a place's name ("New York", "North Carolina", "San
 * Diego"). */
static const char *const place_openers[] = {"new", "north", "south", "east", "west", "san", "santa",
                                            "los", "las", "fort", "saint", "upper", "lower", "middle", "far",
                                            "capitol", NULL};
/* Last words of a name that is no one's ("Election Day", "Super Bowl"),
 * beside thing_ends. */
static const char *const not_person_words[] = {"day", "war", "control", "services", "affairs", "security",
                                               "health", "olympics", "games", "championships", "championship",
                                               "credit", "eve", "festival", "cup", "series", "prize", "award",
                                               "awards", "plan", "program", "programme", "project", "summit",
                                               "conference", "report", "index", "poll", "tournament", "bowl",
                                               "bowls", "codes", "game", "status", "action", "store", NULL};
/* Last words of a law, which an organisation's word inside does not make
 * one ("Bank Secrecy Act", "Federal Reserve Act"); a programme may be a
 * body ("United Nations Development Program"). */
static const char *const thing_ends[] = {"act", "law", "bill", "amendment", NULL};
/* Titles inside a run that the name follows ("Special Counsel Robert
 * Mueller", "Justice Ruth Bader Ginsburg", "Senior Deputy Ben Fields",
 * "Morris Knolls Principal Ryan MacNaughton"), beside the card's titles. */
static const char *const inner_titles[] = {"counsel", "justice", "speaker", "attorney", "leader",
                                           "spokesman", "spokeswoman", "candidate", "coach",
                                           "democrat", "republican", "unionist", "ceo", "whip", "deputy",
                                           "superintendent", "principal", "trooper", "constable", NULL};
/* Organisations whose name goes on with "for" ("Centers for Disease
 * Control", "Agency for International Development"); not "House" or
 * "Government", which "for" follows in other ways ("the White House for
 * ..."). */
static const char *const for_orgs[] = {"agency", "institute", "center", "centre", "centers", "committee",
                                       "foundation", "bank", "organization", "organisation", "commission",
                                       "council", "fund", "alliance", "coalition", "association", "society",
                                       "office", "board", "bureau", "school", "administration", NULL};
static const char *const place_preps[] = {"in", "near", "at", "from", "across", "into",
                                          "outside", "throughout", NULL};
static const char *const not_names[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "i", "mr",
    "mrs", "ms", "dr", "officials", "sources", "authorities", "witnesses", "residents", "experts",
    "analysts",
    /* a role and time zones are no names ("president and CEO of", "8 p.m. ET"); "OK" is one only
     * alone (add_name), as "the OK Corral" and "Ok Taec-yeon" are names */
    "ceo", "et", "pt", "est", "edt", "pst", "pdt", "cst", "cdt", "gmt", "utc", "bst", NULL};
/* Words before a name that are not part of it: "Former FBI Director James
 * Comey", "Although Yeltsin won", "Two Pennsylvania towns". */
static const char *const lead_words[] = {"former", "late", "acting", "although", "though", "because",
                                         "unless", "whether", "rear", "two", "three", "four", "five", "six",
                                         "seven", "eight", "nine", "ten", NULL};

/* Place words whose stop carries a run on ("St. Louis", "Mount St.
 * Helens"), as an abbreviated title's does (lex_abbr_titles). */
static const char *const abbr_places[] = {"st", "mt", "ft", NULL};

/* Votes for K_PERSON that say why: a title before the name ("Sen. Paul",
 * K_TITLED), a speech verb after it ("Trump said", K_SAID, which
 * organisations take too: "Tass said") or only the name's shape, two or
 * three capitalised words (K_SHAPED, which "Berlin Wall" has too, until
 * unshape_things reads it again); K_OPENED counts the mentions
 * of a single word that opens a clause (the only ones set aside and
 * counted later, by clause_openers), which say nothing of case. */
enum { K_PERSON, K_ORG, K_PLACE, K_OTHER, NKINDS, K_TITLED = NKINDS, K_SAID, K_SHAPED, K_OPENED, NVOTES };
static const char *const kind_names[NKINDS] = {"person", "organisation", "place", "other"};

/* 1 for an acronym: two or more letters, all capitals ("US", "IS"). */
static int acronym(const char *t, const lword *w)
{
    for (uint32_t k = w->start; k < w->end; k++)
        if (!(t[k] >= 'A' && t[k] <= 'Z'))
            return 0;
    return w->end - w->start >= 2;
}

/* 1 when the text s[0, n) is one of list (lower case), as lex_in compares. */
static int text_in(const char *s, size_t n, const char *const *list)
{
    lword w = {0, (uint32_t)n, 0};
    return lex_in(s, &w, list);
}

/* 1 when s[0, n) names a known place: a country, state, region or city,
 * or a state in AP's abbreviation, also with its stop ("Calif", "N.J."),
 * but not in capitals ("GA" is General Accident, "MD" a doctor). */
static int known_place(const char *s, size_t n)
{
    lword w = {0, (uint32_t)n, 0};
    if (text_in(s, n, lex_places))
        return 1;
    if (acronym(s, &w))
        return 0;
    return text_in(s, n, lex_state_abbrevs) || (n > 2 && s[n - 1] == '.' && text_in(s, n - 1, lex_state_abbrevs));
}

/* Length of the apostrophe (' or U+2019) at t[k] before e, or 0. */
static size_t apostrophe_len(const char *t, size_t k, size_t e)
{
    if (t[k] == '\'')
        return 1;
    return k < e && cutf8_is_rsquo(t + k, e - k) ? 3 : 0;
}


/* The word without a possessive "'s", so "County's" is looked up as "County". */
static lword bare(const char *t, const lword *w)
{
    lword x = *w;
    if (lex_possessive(t, w))
        x.end -= t[w->end - 2] == '\'' ? 2 : 4;
    return x;
}

/* 1 for a surname particle in lower case ("de" of "Charles de Gaulle"). */
static int lower_particle(const char *t, const lword *w)
{
    return !w->punct && !lex_cap(t, w) && lex_in(t, w, lex_particles);
}

/* 1 when a word of [a, b) is one of list. */
static int any_in(const char *t, const lword_vec *v, size_t a, size_t b, const char *const *list)
{
    for (size_t i = a; i < b; i++)
        if (lex_in(t, &v->v[i], list))
            return 1;
    return 0;
}

/* 1 when the mark m stands in [a, b). */
static int any_mark(const lword_vec *v, size_t a, size_t b, int m)
{
    for (size_t i = a; i < b; i++)
        if (v->v[i].punct == m)
            return 1;
    return 0;
}

/* 1 when word k is a title, spelled out or abbreviated ("Sen", "Capt"). */
static int title_word(const char *t, const lword_vec *v, size_t k)
{
    return lex_title(t, &v->v[k]);
}

/* 1 when a title stands right before word a ("Sen. Paul", "President
 * Bush", "Capt. Larry Seaquist"): the run names a person. */
static int after_title(const char *t, const lword_vec *v, size_t a)
{
    if (a > 1 && v->v[a - 1].punct == '.')
        a--;
    return a > 0 && title_word(t, v, a - 1);
}

/* 1 when a comma and a known state or country follow the run ending at b,
 * which then names a town ("Phoenix, Ariz.", "Sellersburg, Indiana"). */
static int before_state(const char *t, const lword_vec *v, size_t b)
{
    if (b + 1 >= v->n || v->v[b].punct != ',')
        return 0;
    for (size_t e = b + 2; e <= b + 3 && e <= v->n && !v->v[e - 1].punct; e++)
        if ((e == v->n || v->v[e].punct) &&
            known_place(t + v->v[b + 1].start, v->v[e - 1].end - v->v[b + 1].start))
            return 1;
    return 0;
}

static const char *const of_word[] = {"of", NULL};

/* 1 when "city of", "town of" ... stands right before a ("the southern
 * city of Zhuzhou"). */
static int after_place_noun(const char *t, const lword_vec *v, size_t a)
{
    static const char *const nouns[] = {"city", "town", "village", "province", "region", "capital", "port",
                                        "suburb", "state", NULL};
    return a >= 2 && lex_in(t, &v->v[a - 1], of_word) && lex_in(t, &v->v[a - 2], nouns) &&
           !lex_cap(t, &v->v[a - 2]);
}

/* 1 for a compound modifier: its last hyphen then lower case ("US-led",
 * "Sixteen-year-old", "al-Qaida-linked"), but not "al-Assad", "al-sham" or
 * "Mar-a-Lago". */
static int modifier(const char *t, const lword *w)
{
    const char *s = t + w->start, *h = t + w->end;
    while (h > s && h[-1] != '-')
        h--;
    return h > s && h < t + w->end && *h >= 'a' && *h <= 'z' && !(h - s == 3 && (s[0] | 32) == 'a');
}

/* Nouns in lower case that say the name beside them is a body: "rebel
 * group Ahrar al-Sham", "the Jund al-Aqsa group", "the Taliban movement",
 * "its Syrian affiliate, Jabhat al-Nusra,". */
static const char *const body_nouns[] = {"group", "groups", "movement", "militia", "faction", "organization",
                                         "organisation", "network", "newspaper", "broadcaster", "affiliate",
                                         "offshoot", NULL};

static const char *const object_preps[] = {"of", "for", "with", "from", "to", "by", "in", "at", "on", "about",
                                           "among", "against", "inside", "within", NULL};

/* 1 when the noun at word k ends a preposition's object: "a spokesman for
 * the group", "the founder of the movement", whose appositive names the
 * spokesman or founder. Up to three modifiers may come between the
 * determiner or owner and the noun ("al-Qaeda's Syrian affiliate"). */
static int after_preposition(const char *t, const lword_vec *v, size_t k)
{
    for (size_t steps = 0; steps < 3 && k > 0 && !v->v[k - 1].punct && !lex_possessive(t, &v->v[k - 1]) &&
                           !lex_in(t, &v->v[k - 1], lex_determiners) && !lex_in(t, &v->v[k - 1], object_preps);
         steps++)
        k--;
    if (k == 0 || v->v[k - 1].punct)
        return 0;
    if (lex_in(t, &v->v[k - 1], object_preps))
        return 1;
    int det = lex_possessive(t, &v->v[k - 1]) || lex_in(t, &v->v[k - 1], lex_determiners);
    return det && k >= 2 && !v->v[k - 2].punct && lex_in(t, &v->v[k - 2], object_preps);
}

/* 1 when a body noun in lower case stands right before the run [a, b),
 * or before it and a comma when the run is an appositive of a noun that
 * is no preposition's object, or right after it; not after a people's word, which describes the body
 * ("a Syrian Kurdish group"; a known place or people's word keeps its
 * kind anyway), a compound modifier ("the Qaida-linked group") or an
 * owner ("Koepp's organization"). */
static int beside_body_noun(const char *t, const lword_vec *v, size_t a, size_t b)
{
    const lword *before = a > 0 ? &v->v[a - 1] : NULL, *after = b < v->n ? &v->v[b] : NULL;
    if (before && !before->punct && !lex_cap(t, before) && lex_in(t, before, body_nouns))
        return 1;
    if (a >= 2 && before->punct == ',' && !v->v[a - 2].punct && !lex_cap(t, &v->v[a - 2]) &&
        lex_in(t, &v->v[a - 2], body_nouns) && (!after || after->punct == ',' || after->punct == '.') &&
        !after_preposition(t, v, a - 2))
        return 1; /* an appositive: "al-Qaeda's Syrian affiliate, Jabhat al-Nusra, ..." */
    if (!after || after->punct || lex_cap(t, after) || !lex_in(t, after, body_nouns))
        return 0;
    const lword last = bare(t, &v->v[b - 1]);
    return !modifier(t, &last) && !lex_possessive(t, &v->v[b - 1]) && !lex_in(t, &last, lex_peoples);
}

/* 1 when the run [a, b) has a person's shape: no particle that places and
 * bodies share with people's names ("Nevado del Ruiz", "Cirque du
 * Soleil") unless a given name opens the run ("Carla del Ponte"), as
 * "van", "von", "bin" and the like are only people's ("Kraai van
 * Niekerk"); no possessive before the last word ("Martha's Vineyard"). */
static int person_shape(const char *t, const lword_vec *v, size_t a, size_t b)
{
    static const char *const people_only[] = {"van", "von", "der", "den", "ter", "zu", "bin", "ibn", "al", NULL};
    for (size_t i = a + 1; i < b; i++)
        if (lower_particle(t, &v->v[i]))
            return lex_in(t, &v->v[i], people_only) || lex_given(t, &v->v[a]);
    for (size_t i = a; i + 1 < b; i++)
        if (lex_possessive(t, &v->v[i])) /* "Martha's Vineyard" */
            return 0;
    return 1;
}

static int initial_stop(const char *t, const lword_vec *v, size_t j);

/* The kind one mention suggests; the entity takes the most suggested. */
static int entity_kind(const char *t, const lword_vec *v, size_t a, size_t b)
{
    const lword last = bare(t, &v->v[b - 1]);
    if ((b - a >= 2 && lex_in(t, &v->v[a], event_openers)) ||
        any_in(t, v, a, b, (const char *const[]){"war", NULL}))
        return K_OTHER; /* and "World War II", "Civil War" */
    int said = b < v->n && !v->v[b].punct && lex_in(t, &v->v[b], lex_speech_verbs);
    if (b - a >= 2 && lex_in(t, &last, thing_ends) && !said && !after_title(t, v, a))
        return K_OTHER; /* but "Jude Law said", "Sen. Ted Law" are people's */
    if (any_in(t, v, a, b - 1, org_words) || lex_in(t, &last, org_words) ||
        (lex_in(t, &last, org_ends) && !acronym(t, &last)) || any_mark(v, a, b, '&'))
        return K_ORG; /* and "Johnson & Johnson" */
    if ((b - a == 1 && acronym(t, &last)) || beside_body_noun(t, v, a, b))
        return K_ORG;
    if (after_title(t, v, a))
        return K_TITLED;
    if (b - a >= 2 && lex_in(t, &last, lex_peoples) && !(said && lex_given(t, &v->v[a])))
        return K_OTHER; /* a group: "North Koreans", "South Korean"; not "Petra French said" */
    if (before_state(t, v, b) || after_place_noun(t, v, a))
        return K_PLACE;
    if (any_in(t, v, a, b - 1, place_words) || lex_in(t, &last, place_words) ||
        (b - a >= 2 && lex_in(t, &v->v[a], abbr_places)))
        return K_PLACE; /* "St. Petersburg" */
    if (b - a >= 2 && (lex_in(t, &v->v[a], place_openers) || lex_in(t, &last, place_ends) ||
                       (lex_in(t, &v->v[a], regions) && lex_in(t, &last, lex_places))))
        return K_PLACE;
    size_t p = a > 0 && lex_in(t, &v->v[a - 1], (const char *const[]){"the", NULL}) ? a - 1 : a;
    if (p > 0 && lex_in(t, &v->v[p - 1], place_preps) && b - a <= 3)
        return K_PLACE;
    if (said && p == a && !(a > 0 && lex_in(t, &v->v[a - 1], of_word)))
        return K_SAID; /* not "Residents of Harlow said": the residents said it */
    if (t[v->v[a].start] >= '0' && t[v->v[a].start] <= '9')
        return K_OTHER; /* "5th Fleet", "14th Amendment": no person's shape */
    size_t words = b - a, most = 3 + (size_t)lex_in(t, &last, lex_name_suffixes);
    for (size_t i = a; i < b; i++) {
        most += initial_stop(t, v, i); /* "Ruth A. Van Dorn" */
        /* a middle initial's stop, a particle; "of" counts ("Battle of Bunker Hill" is no person) */
        words -= v->v[i].punct != 0 || lower_particle(t, &v->v[i]);
    }
    if (words >= 2 && words <= most && p == a && !lex_in(t, &last, not_person_words) &&
        !lex_in(t, &last, lex_peoples) && person_shape(t, v, a, b))
        return K_SHAPED; /* "Joe Biden", "George W. Bush"; not "the United States", "Election Day" or
                          * "Native Americans" */
    return K_OTHER;
}

typedef struct ent_acc {
    chmap *ids;
    card_entity_vec *ents;
    VEC(uint32_t) votes; /* NVOTES per entity */
    VEC(uint32_t) later; /* sentence and word of each single word that opens a clause */
    chmap *known;        /* when set, count only these names, add none */
    chmap *lower;        /* words written in lower case, with their counts */
    VEC(uint32_t) lower_n;
    VEC(uint32_t) plurals; /* sentences opening with a plural and "of", read last */
    int plural_pass;       /* 1 while they are read */
} ent_acc;

/* s[0, n) in ASCII lower case, written to out (n bytes); returns out. */
static char *ascii_lower(const char *s, size_t n, char *out)
{
    for (size_t i = 0; i < n; i++)
        out[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
    return out;
}

/* 1 for a single word that is no name: a stop word ("If" opening a quote)
 * or a compound modifier ("US-led", "Western-backed"). */
static int not_a_name(const card_build *bd, const char *t, const lword *w)
{
    size_t n = w->end - w->start;
    const char *s = t + w->start;
    const char *h = memchr(s, '-', n);
    if (modifier(t, w))
        return 1;
    if (n > 2 && h == s + 1 && strchr("RDI", s[0]) && h[1] >= 'A' && h[1] <= 'Z') /* party and state: "R-Ky" */
        return 1;
    char low[32];
    if (n >= sizeof low || acronym(t, w)) /* "IS", "US": acronyms are names */
        return 0;
    return chorus_tokens_is_stop(bd->m->tok, ascii_lower(s, n, low), n);
}

static const char *const connectors[] = {"of", "for", "and", NULL};

/* 1 for initials: capital letters with stops between ("V.P" of "V.P.
 * Singh"), but not those of a place or organisation ("U.S", "U.N"). The
 * closing stop, which the place lists hold ("u.s."), follows w. */
static int dotted_initials(const char *t, const lword *w)
{
    size_t n = w->end - w->start;
    const char *s = t + w->start;
    for (size_t k = 0; k < n; k++)
        if (k % 2 ? s[k] != '.' : !(s[k] >= 'A' && s[k] <= 'Z'))
            return 0;
    return n >= 3 && n % 2 && !known_place(s, n + 1) && !lex_in(t, w, org_words);
}

/* 1 for a middle initial's stop: a "." glued to one capital letter before
 * it ("E." in "Richard E. Smith") or to initials ("V.P. Singh"). */
static int initial_stop(const char *t, const lword_vec *v, size_t j)
{
    if (j == 0 || v->v[j].punct != '.')
        return 0;
    const lword *w = &v->v[j - 1];
    return !w->punct && w->end == v->v[j].start &&
           ((w->end - w->start == 1 && t[w->start] >= 'A' && t[w->start] <= 'Z') || dotted_initials(t, w));
}

/* 1 for the stop of an abbreviated title or place word ("Capt.", "St."). */
static int abbr_stop(const char *t, const lword_vec *v, size_t j)
{
    if (j == 0 || v->v[j].punct != '.' || v->v[j - 1].punct || v->v[j - 1].end != v->v[j].start)
        return 0;
    return lex_in(t, &v->v[j - 1], lex_abbr_titles) || lex_in(t, &v->v[j - 1], abbr_places);
}

/* Where the holder's name starts in an office and its holder ("Secretary
 * of State Mike Pompeo" from "State" on): a given name, initials, a
 * surname and a suffix end the run. b when the run names the office
 * alone ("Secretary of State") or ends in an organisation or place. */
static size_t office_holder(const char *t, const lword_vec *v, size_t a, size_t b)
{
    size_t k = b;
    if (k > a && lex_in(t, &v->v[k - 1], lex_name_suffixes))
        k--;
    if (k < a + 3 || lex_in(t, &v->v[k - 1], org_words) || lex_in(t, &v->v[k - 1], place_words))
        return b;
    k--; /* the surname */
    while (k >= a + 3 && initial_stop(t, v, k - 1))
        k -= 2;
    return k - 1; /* the given name */
}

/* 1 for "Executive" after "Chief", a title together ("Chief Executive
 * Rolf Ansel"), where "Executive" alone is no title ("Executive Branch"). */
static int chief_executive(const char *t, const lword_vec *v, size_t i)
{
    return i > 0 && lex_in(t, &v->v[i], (const char *const[]){"executive", NULL}) &&
           lex_in(t, &v->v[i - 1], (const char *const[]){"chief", NULL});
}

/* 1 when "Jan" at word i, before the word n, is a given name ("Jan
 * Kole"): n is a capital (not the stop of "Jan. 9") and no day, month or
 * function word ("Jan Feb", "Jan Mar", "Jan The"), and no month ("Dec Jan
 * Sales", "Dec and Jan Boston") or word of time ("In Jan Boston stores")
 * stands before it, which make it the month. */
static int jan_given(const char *t, const lword_vec *v, size_t i, const lword *n)
{
    static const char *const times[] = {"in", "since", "until", "till", "through", "during", "early", "late",
                                        "mid", "last", "next", "this", "each", "every", NULL};
    static const char *const links[] = {"and", "or", "to", NULL};
    if (!n || !lex_cap(t, n) || lex_in(t, n, not_names) || lex_in(t, n, lex_months) ||
        lex_in(t, n, lex_function_words))
        return 0;
    if (i > 0 && (lex_in(t, &v->v[i - 1], times) || lex_in(t, &v->v[i - 1], lex_months)))
        return 0;
    return !(i > 1 && lex_in(t, &v->v[i - 1], links) && lex_in(t, &v->v[i - 2], lex_months));
}

/* 1 when word i, a month, is a name here: a full month after a given name
 * ("Ellen May", "Peter June", also "said Ellen May." whose stop ends the
 * sentence), or "Jan" a given name (jan_given); never before a day's
 * number ("May 3"). Months are otherwise no names, and "Ellen May" was
 * counted as "Ellen". */
static int month_as_name(const char *t, const lword_vec *v, size_t i)
{
    static const char *const jan[] = {"jan", NULL};
    const lword *n = i + 1 < v->n ? &v->v[i + 1] : NULL;
    if (n && isdigit((unsigned char)t[n->start]))
        return 0;
    if (lex_in(t, &v->v[i], lex_month_surnames))
        return i > 0 && lex_given(t, &v->v[i - 1]);
    return lex_in(t, &v->v[i], jan) && jan_given(t, v, i, n);
}

/* 1 for a word with two capitals or more and no lower-case letter
 * ("SHE", "BY-PRODUCTS", "SHERIFF'S"). */
static int caps_word(const char *t, const lword *w)
{
    size_t caps = 0;
    for (uint32_t k = w->start; k < w->end; k++) {
        if (t[k] >= 'a' && t[k] <= 'z')
            return 0;
        caps += t[k] >= 'A' && t[k] <= 'Z';
    }
    return caps >= 2;
}

/* 1 for a word of a web page's furniture that text copied from the page
 * keeps: a label in capitals ("CLOSE Kevin Spacey", "MUST WATCH",
 * "[RECOMMENDED: ...]"), a photo credit's word ("AP Photo", "AFP Image"),
 * a caption's label ("Media caption") or an advertisement's marker. */
static const char *const credit_words[] = {"photo", "photos", "photograph", "photographs", "image", NULL};
/* The word an image agency's name ends with ("Getty Images"): a credit (credit_run, agency_end). */
static const char *const agency_words[] = {"images", NULL};

/* 1 when word k is an agency's name alone right after a caption's bar,
 * its credit ("... on Thursday. | Getty Rudd lawyer says ...", where the
 * next headline follows): no name of the story, and the end of its run. */
static int barred_credit(const char *t, const lword_vec *v, size_t k)
{
    static const char *const agencies[] = {"getty", "afp", "ap", "reuters", "epa", NULL};
    return k > 0 && v->v[k - 1].punct == '|' && lex_in(t, &v->v[k], agencies);
}

static int page_word(const char *t, const lword *w)
{
    static const char *const labels[] = {"close",   "watch",       "watched", "must",    "embed",
                                         "update",  "recommended", "related", "breaking", NULL};
    return lex_in(t, w, credit_words) || lex_in(t, w, (const char *const[]){"advertisement", "caption", NULL}) ||
           (caps_word(t, w) && lex_in(t, w, labels));
}

/* 1 when word i, a credit's word, leads a name instead: a capitalised
 * word follows it that is no given name, function word or page word
 * ("Image Comics", "Photo Finish Ltd"; not a caption's "Photo Ann Pell",
 * "Photos From the rally" or "Photo Advertisement"). */
static int credit_leads(const char *t, const lword_vec *v, size_t i)
{
    const lword *n = i + 1 < v->n ? &v->v[i + 1] : NULL; /* "Advertisement" leads none */
    return n && !n->punct && lex_in(t, &v->v[i], credit_words) && lex_cap(t, n) && !lex_given(t, n) &&
           !lex_in(t, n, lex_function_words) && !page_word(t, n);
}

/* 1 when word i is a currency before an amount, as the Financial Times
 * writes it ("Dollars 40m", "(Pounds 25m)", "USDollars 5bn", "HKDollars
 * 1.2bn"): no name, and none of the name before it ("Kellan Union Pounds
 * 150m" is "Kellan Union"). */
static int currency(const char *t, const lword_vec *v, size_t i)
{
    static const char *const units[] = {"Dollars", "Pounds", NULL};
    const lword *w = &v->v[i];
    size_t n = w->end - w->start;
    if (w->punct || i + 1 >= v->n || !isdigit((unsigned char)t[v->v[i + 1].start]))
        return 0;
    for (int k = 0; units[k]; k++) {
        size_t m = strlen(units[k]), c = 0;
        while (c + m < n && c < 3 && t[w->start + c] >= 'A' && t[w->start + c] <= 'Z')
            c++;
        if (c + m == n && memcmp(t + w->start + c, units[k], m) == 0)
            return 1;
    }
    return 0;
}

/* A word that is no name: a day, a month, a pronoun "I", a courtesy title
 * alone, a plural of people unnamed, a web page's label or credit, the
 * label of a caption or a player ("Hide Caption", "Media playback"), a
 * currency before an amount; a month may be one (month_as_name), and a
 * credit's word may lead one (credit_leads). */
static int not_name(const char *t, const lword_vec *v, size_t i)
{
    /* a gallery's "Hide Caption", a BBC video's "Media playback ... Media caption" */
    static const char *const label[] = {"hide", "media", NULL}, *const labelled[] = {"caption", "playback", NULL};
    return (lex_in(t, &v->v[i], not_names) && !month_as_name(t, v, i)) || currency(t, v, i) ||
           (page_word(t, &v->v[i]) && !credit_leads(t, v, i)) ||
           (i + 1 < v->n && lex_in(t, &v->v[i], label) && lex_in(t, &v->v[i + 1], labelled));
}

/* Where the name in the run of capitalised words [a, b) starts: after
 * articles and leading words, and after a title ("US President Donald
 * Trump" is Donald Trump, "Supreme Court Justice Ruth Bader Ginsburg" Ruth
 * Bader Ginsburg) unless an organisation follows it ("Justice Department",
 * "Vice President's Office"); after an office named with "of" ("White
 * House Chief of Staff Mick Mulvaney"). */
static size_t name_start(const char *t, const lword_vec *v, size_t a, size_t b)
{
    while (a < b && (v->v[a].punct || title_word(t, v, a) || chief_executive(t, v, a) ||
                     not_name(t, v, a) || lex_in(t, &v->v[a], lead_words) || modifier(t, &v->v[a]) ||
                     (lex_in(t, &v->v[a], lex_function_words) && !acronym(t, &v->v[a])))) { /* not "US" */
        if (a + 1 < b && lex_in(t, &v->v[a], lex_titles) && lex_in(t, &v->v[a + 1], of_word))
            return office_holder(t, v, a + 2, b);
        a++;
    }
    size_t end = v->v[b - 1].end;
    if (b - a >= 2 && lex_in(t, &v->v[a], lex_peoples) &&
        known_place(t + v->v[a + 1].start, end - v->v[a + 1].start) &&
        !known_place(t + v->v[a].start, end - v->v[a].start))
        return a + 1; /* "Hindu India" is India, "Western Europe" stays */
    if (b - a >= 3 && lex_in(t, &v->v[a], lex_peoples) && lex_given(t, &v->v[a + 1]))
        return a + 1; /* "American Carl Lewis" */
    size_t start = a;
    for (size_t i = a; i + 1 < b; i++) {
        if (!title_word(t, v, i) && !lex_in(t, &v->v[i], inner_titles) && !chief_executive(t, v, i))
            continue;
        if (lex_in(t, &v->v[i + 1], of_word))
            return office_holder(t, v, i + 2, b);
        if (!any_in(t, v, i + 1, b, org_words))
            start = i + 1 + (v->v[i + 1].punct == '.' && i + 2 < b); /* "Air Force Col. John Smith" */
    }
    return start;
}

/* Where the name in [a, b) ends when a gallery glued the next sentence's
 * first word to it ("Photos: Notable moments of the International Space
 * Station The crew ...", "Photos: The rise and fall of O.J. Simpson
 * Simpson, pictured in 1974, ..."), in a run of three words or more (two
 * may be a name: "Sokhim An", "Circus Circus", "Walla Walla"): before a
 * last word that opens a sentence but ends no name ("The", "In", "They";
 * not "Plan A" or "World War I"), and before a last word that repeats the
 * one before it. Only after a gallery's word ("Photos:"): in prose such a
 * last word is the name's ("Lo Minh An said", "Fort Tarra Tarra"). */
static size_t glued_end(const char *t, const lword_vec *v, size_t a, size_t b)
{
    static const char *const openers[] = {"the", "an", "in", "but", "and", "this", "these", "those",
                                          "when", "while", "if", "he", "she", "we", "they", NULL};
    if (b <= a + 2 || !any_in(t, v, 0, a, credit_words))
        return b;
    if (lex_in(t, &v->v[b - 1], openers) && !acronym(t, &v->v[b - 1]))
        return b - 1;
    const lword *x = &v->v[b - 1], *y = &v->v[b - 2];
    size_t n = x->end - x->start;
    if (!x->punct && n == y->end - y->start && memcmp(t + x->start, t + y->start, n) == 0)
        b--;
    return b;
}

/* Titles that are also common surnames ("Rufo King", "Ann Lord", "Tom
 * Pope"). */
static const char *const surname_titles[] = {"king", "lord", "bishop", "prince", "pope", NULL};
/* Words before a title that make it one, though no list above holds them
 * ("Crown Prince", "Grand Ayatollah", "Prime Minister"). */
static const char *const title_modifiers[] = {"crown", "grand", "prime", "vice", "high", "supreme", "auxiliary",
                                              "presiding", "drug", "war", "sea", "law", NULL};

/* 1 when word k could be a given or middle name: capitalised, and no
 * title, organisation, place, people's, time or function word ("Rufo",
 * "Tam"; not "Crown", "Saudi", "Catholic", "Harlow County"). */
static int name_like(const char *t, const lword_vec *v, size_t k)
{
    const lword *w = &v->v[k];
    size_t n = w->end - w->start;
    return !w->punct && lex_cap(t, w) && !caps_word(t, w) && !lex_possessive(t, w) && !title_word(t, v, k) &&
           !lex_in(t, w, inner_titles) && !lex_in(t, w, title_modifiers) && !lex_in(t, w, org_words) &&
           !lex_in(t, w, place_words) && !lex_in(t, w, regions) && !lex_in(t, w, lex_peoples) &&
           !lex_in(t, w, lex_function_words) && !lex_in(t, w, lead_words) && !not_name(t, v, k) &&
           !known_place(t + w->start, n);
}

/* 1 when the title at the end of the run [a, b), where no capitalised
 * word follows, is the person's surname: after a given name ("Julie
 * Bishop said", "Larry King", "Tom Constable"), after a middle initial
 * ("Rufo T. King", "Ann T. Principal"), or, for a title that is also a
 * common surname, after a word that could be a name ("Rufo King", "Rufo
 * Tam King"; not "Crown Prince", "the Saudi King", "Catholic Bishop");
 * not "Dred Scott Chief Justice Taney". */
static int title_surname(const char *t, const lword_vec *v, size_t a, size_t b)
{
    if (b < v->n && lex_cap(t, &v->v[b]))
        return 0;
    if (lex_given(t, &v->v[b - 2]))
        return 1;
    if (b >= a + 3 && initial_stop(t, v, b - 2) && v->v[b - 3].end - v->v[b - 3].start == 1)
        return 1; /* one letter: "U.N. Secretary" is an organisation's */
    return lex_in(t, &v->v[b - 1], surname_titles) && name_like(t, v, b - 2);
}

/* Where the name in [a, b) ends: before a title or a date word at its end
 * ("New York Gov", "Paris Tuesday"), but not one that a connector or a
 * particle joined to the name ("Department of Justice", "Fourth of July",
 * "Palais de Justice"), nor a title that is a surname (title_surname). */
static size_t name_end(const char *t, const lword_vec *v, size_t a, size_t b)
{
    b = glued_end(t, v, a, b);
    while (b > a + 1 && !lex_in(t, &v->v[b - 2], connectors) && !lower_particle(t, &v->v[b - 2]) &&
           (((title_word(t, v, b - 1) || lex_in(t, &v->v[b - 1], inner_titles)) && !title_surname(t, v, a, b)) ||
            not_name(t, v, b - 1)))
        b--;
    return b;
}

/* Counts the name in the run [a, b), where name_start found it to start. */
static int add_name(const card_build *bd, ent_acc *acc, const char *t, const lword_vec *v, size_t a, size_t b,
                    uint32_t doc)
{
    chorus_card *c = bd->card;
    b = name_end(t, v, a, b);
    if (a >= b)
        return 0;
    const lword one = bare(t, &v->v[a]); /* "It's" is "It" */
    static const char *const reply[] = {"ok", NULL};
    if (b - a == 1 && (not_a_name(bd, t, &one) || one.end - one.start < 2 || lex_in(t, &one, lex_name_suffixes) ||
                       (t[one.start] >= '0' && t[one.start] <= '9') || lex_in(t, &one, reply)))
        return 0; /* nor is "Jr." alone, nor an ordinal left of "the 20th Democrat", nor a reply's "OK" */
    size_t s = v->v[a].start, e = v->v[b - 1].end;
    if ((e - s >= 3 && t[e - 2] == '.' && t[e - 1] >= 'A' && t[e - 1] <= 'Z' && t[e] == '.') ||
        (t[e] == '.' && lex_in(t, &v->v[b - 1], (const char *const[]){"jr", "sr", NULL})))
        e++; /* "U.S.", "D.C.", "Jr.": the lexer leaves the last dot out */
    for (size_t k = s; k < e; k++) { /* "Biden's" counts as "Biden"; "I've" is no name */
        size_t al = apostrophe_len(t, k, e);
        if (!al)
            continue;
        if ((k + al + 1 == e && (t[k + al] == 's' || t[k + al] == 'S')) ||
            (k + al == e && k > s && t[k - 1] == 's')) {
            e = k; /* and "Sanders'" */
            break;
        }
        if (b - a == 1)
            return 0;
    }
    if (e <= s || text_in(t + s, e - s, not_names)) /* "Tuesday's" */
        return 0;
    uint32_t seen;
    if (acc->known && !chmap_get(acc->known, t + s, e - s, &seen))
        return 0;
    int64_t id = chmap_intern(acc->ids, t + s, e - s);
    if (id < 0)
        return -1;
    if ((size_t)id == acc->ents->n) {
        card_entity en = {card_span(c, t + s, e - s), NULL,
                          carena_alloc(c->arena, c->ndocs * sizeof(uint32_t)), 0, NULL, 0};
        if (!en.name || !en.count || VEC_PUSH(acc->ents, en) < 0 ||
            VEC_RESERVE(&acc->votes, (size_t)(id + 1) * NVOTES) < 0)
            return -1;
        memset(acc->votes.v + id * NVOTES, 0, NVOTES * sizeof(uint32_t));
        acc->votes.n = (size_t)(id + 1) * NVOTES;
    }
    int kind = entity_kind(t, v, a, b);
    acc->votes.v[id * NVOTES + kind]++;
    if (acc->known)
        acc->votes.v[id * NVOTES + K_OPENED]++;
    if (kind >= NKINDS)
        acc->votes.v[id * NVOTES + K_PERSON]++;
    acc->ents->v[id].count[doc]++;
    acc->ents->v[id].total++;
    return 0;
}

/* Counts the name in the run of capitalised words [a, b). */
static int add_mention(const card_build *bd, ent_acc *acc, const char *t, const lword_vec *v, size_t a,
                       size_t b, uint32_t doc)
{
    return add_name(bd, acc, t, v, name_start(t, v, a, b), b, doc);
}

/* 1 when the run [a, j) names an organisation that a list goes on ("Office
 * of Management and Budget", "Centers for Disease Control and Prevention"):
 * an organisation word then "of" or "for" inside it. */
static int org_takes_list(const char *t, const lword_vec *v, size_t a, size_t j)
{
    for (size_t i = a; i + 1 < j; i++)
        if (lex_in(t, &v->v[i], org_words) && lex_in(t, &v->v[i + 1], (const char *const[]){"of", "for", NULL}))
            return 1;
    return 0;
}

/* How many capitalised words from k on could end a name after "and": at
 * most 3, none an organisation, a title or a possessive ("and Budget", not
 * "and Johns Hopkins University" or "and Lyndon Johnson's"); 0 for none. */
static size_t list_tail(const char *t, const lword_vec *v, size_t k)
{
    size_t e = k;
    while (e < v->n && lex_cap(t, &v->v[e]))
        if (e++ - k == 3 || lex_in(t, &v->v[e - 1], org_words) || lex_in(t, &v->v[e - 1], lex_titles) ||
            lex_in(t, &v->v[e - 1], inner_titles))
            return 0;
    for (size_t i = k; i < e; i++)
        for (uint32_t c = v->v[i].start; c < v->v[i].end; c++)
            if (apostrophe_len(t, c, v->v[i].end))
                return 0;
    return e - k;
}

/* 1 when word j is a surname particle inside a name, with a capitalised
 * word after it or after one more particle ("Charles de Gaulle", "Jan van
 * der Berg", "Omar al Rashid"), though not before a given name, which
 * starts another ("the Ford van Tom Rudd drove"). */
static int name_particle(const char *t, const lword_vec *v, size_t j)
{
    if (!lower_particle(t, &v->v[j]))
        return 0;
    size_t n = j + 1;
    if (n < v->n && lower_particle(t, &v->v[n]))
        n++;
    /* nor before a day: "a Ford van Tuesday" */
    return n < v->n && lex_cap(t, &v->v[n]) && !lex_given(t, &v->v[n]) && !lex_in(t, &v->v[n], not_names);
}

/* 1 when word a opens the sentence and is a plural in -s, capitalised only
 * there ("Hundreds of Yemenis", "Members of Congress voted"): a common
 * noun, which "of" joins to no name. Not "-ss", "-us" or "-is" ("Congress
 * of People's Deputies", "Duchess of Cambridge", "Jesus of Nazareth",
 * "Francis of Kellan"). */
static int opening_plural(const char *t, const lword_vec *v, size_t a)
{
    for (size_t k = 0; k < a; k++)
        if (!v->v[k].punct)
            return 0;
    const lword *w = &v->v[a];
    const char *s = t + w->start;
    return lex_s_form(s, w->end - w->start) && s[1] >= 'a' && s[1] <= 'z';
}

/* Whether word j, not capitalised, carries the run [a, j) of capitalised
 * words on: an ampersand ("Procter & Gamble"), a middle initial's stop,
 * "of" before a capital after one word or an organisation, place or title
 * ("Bank of England", "Secretary of State", "Republican Party of
 * Pennsylvania"), "for" after an organisation ("Agency for International
 * Development"), "and" closing an organisation's list. "of" after a
 * plural opening the sentence joins only when plural is set, the story
 * naming the whole run elsewhere ("Knights of Kellan"; plural_named). */
static int joins_run(const char *t, const lword_vec *v, size_t a, size_t j, int plural)
{
    if (name_particle(t, v, j))
        return 1;
    if (j + 1 >= v->n || !lex_cap(t, &v->v[j + 1]))
        return 0;
    if (initial_stop(t, v, j) || abbr_stop(t, v, j) || (v->v[j].punct == '&' && !v->v[j - 1].punct))
        return 1; /* and "Procter & Gamble" */
    if (lex_in(t, &v->v[j], of_word)) { /* not "Jim Acosta of CNN" */
        const lword *w = &v->v[j - 1];
        if (j - a == 1 && !plural && opening_plural(t, v, a))
            return 0; /* "Hundreds of Yemenis", "Users of Vantro" */
        return (j - a == 1 && !after_title(t, v, a)) || lex_in(t, w, org_words) || lex_in(t, w, place_words) ||
               lex_in(t, w, lex_titles) || lex_in(t, w, inner_titles);
    }
    if (lex_in(t, &v->v[j], (const char *const[]){"for", NULL}))
        return lex_in(t, &v->v[j - 1], for_orgs) && !lex_in(t, &v->v[j + 1], lex_function_words);
    if (lex_in(t, &v->v[j], (const char *const[]){"and", NULL}))
        return org_takes_list(t, v, a, j) && list_tail(t, v, j + 1) > 0;
    return 0;
}

/* The organisation or place before a title inside a run ("New York Gov.
 * Andrew Cuomo", "Supreme Court Justice Ruth Bader Ginsburg", "Air Force
 * Col. John Smith"), counted as its own mention; name_start leaves it out
 * of the person's name, which starts at p. */
static int title_prefix(const card_build *bd, ent_acc *acc, const char *t, const lword_vec *v, size_t a,
                        size_t p, uint32_t doc)
{
    if (p > a + 1 && v->v[p - 1].punct == '.')
        p--;
    if (p <= a + 1 ||
        (!title_word(t, v, p - 1) && !lex_in(t, &v->v[p - 1], inner_titles) && !chief_executive(t, v, p - 1)))
        return 0; /* and "Dover Chief Executive Ann Pell" counts Dover */
    static const char *const title_parts[] = {"majority", "minority", "petty", "lieutenant", "deputy",
                                              "assistant", "district", "budget", "senior", NULL};
    size_t s = name_start(t, v, a, p - 1), e = name_end(t, v, s, p - 1);
    while (e > s + 1 && lex_in(t, &v->v[e - 1], title_parts)) /* "Senate Majority Leader" */
        e--;
    if (s >= e || lex_in(t, &v->v[e - 1], title_parts))
        return 0;
    /* a known place is one, whatever the run's words: "Oregon Gov. Neil Goldschmidt" */
    int kind = entity_kind(t, v, s, e), known = known_place(t + v->v[s].start, v->v[e - 1].end - v->v[s].start);
    return kind == K_ORG || kind == K_PLACE || known ? add_mention(bd, acc, t, v, a, e, doc) : 0;
}

/* 1 when the possessive word k splits the run [a, b): two words or more
 * follow it, or one after a titled person, a given name and more, a
 * known place or a day ("President Mikhail Gorbachev's Kremlin", "Anna
 * Pell's Lumen", "Pakistan's Kashmir", "Tuesday's Harlow vote", where the
 * day is no name; not "Martha's Vineyard" or "International Women's Day",
 * nor "May's Kellan deal", as "May" may be a surname). */
static int splits_run(const char *t, const lword_vec *v, size_t a, size_t k, size_t b)
{
    if (!lex_possessive(t, &v->v[k]) || k + 1 >= b)
        return 0;
    lword p = bare(t, &v->v[k]);
    int person = k > a && (title_word(t, v, a) || lex_given(t, &v->v[a]));
    int day = k == a && lex_in(t, &p, not_names) && !lex_in(t, &p, lex_month_surnames);
    return k + 2 < b || (person && !lex_in(t, &v->v[k + 1], org_words)) || day ||
           (k == a && known_place(t + p.start, p.end - p.start) && !lex_in(t, &v->v[k + 1], org_words));
}

/* A run with a possessive inside names two things: "CNN's Jim Acosta" is
 * CNN and Jim Acosta, "Iran's Revolutionary Guard" Iran and the Guard. */
static int add_run(const card_build *bd, ent_acc *acc, const char *t, const lword_vec *v, size_t a, size_t b,
                   uint32_t doc)
{
    for (size_t k = a; k + 1 < b; k++)
        if (splits_run(t, v, a, k, b)) {
            int rc = add_mention(bd, acc, t, v, a, k + 1, doc);
            return rc < 0 ? rc : add_run(bd, acc, t, v, k + 1, b, doc);
        }
    size_t p = name_start(t, v, a, b);
    int rc = title_prefix(bd, acc, t, v, a, p, doc);
    return rc < 0 ? rc : add_name(bd, acc, t, v, p, b, doc);
}

/* Counts a word written in lower case, which a capitalised word of the
 * same letters is then no name for ("Police said" beside "the police"). */
static int count_lower(ent_acc *acc, const char *t, const lword *w)
{
    if (w->punct || t[w->start] < 'a' || t[w->start] > 'z')
        return 0;
    int64_t id = chmap_intern(acc->lower, t + w->start, w->end - w->start);
    if (id < 0 || ((size_t)id == acc->lower_n.n && VEC_PUSH(&acc->lower_n, 0) < 0))
        return -1;
    acc->lower_n.v[id]++;
    return 0;
}

/* 1 when word i opens the sentence or a clause inside it: the first word,
 * or the first after a colon or an opening quotation mark, double or
 * single ("Why it matters: Virtually every poll", "He asked: “Let me
 * ...", "‘Talks with Russia,’ he said"). */
static int opens_clause(const lword_vec *v, size_t i)
{
    if (i == 0)
        return 1;
    const lword *p = &v->v[i - 1];
    return p->punct == ':' || ((p->punct == '"' || p->punct == '`') && p->end == v->v[i].start &&
                               (i == 1 || v->v[i - 2].end < p->start));
}

/* 1 for a sentence set in capitals, a transcript's or a heading's ("SHE
 * WAS TOLD TO GO TO THE HOSPITAL"): four words in capitals or more, three
 * in five of its words, one of them a function word of three letters or
 * more that names do not hold ("WAS", "SHE"; not "THE", "AND", "FOR", nor
 * an acronym's "WHO" and "NOW" in "WHO, UNICEF, UNHCR and WFP met").
 * Its words in capitals are no names, though a name in mixed case in it
 * is one ("Ricks' document predicted: "WATER SHORTAGES WILL ..."). */
static int shouted(const char *t, const lword_vec *v)
{
    static const char *const in_names[] = {"the", "and", "for", "who", "now", NULL};
    size_t words = 0, caps = 0;
    int function = 0;
    for (size_t i = 0; i < v->n; i++) {
        const lword *w = &v->v[i];
        if (w->punct || !isalpha((unsigned char)t[w->start]))
            continue;
        words++;
        if (!caps_word(t, w))
            continue;
        caps++;
        function |= w->end - w->start >= 3 && lex_in(t, w, lex_function_words) && !lex_in(t, w, in_names);
    }
    return function && caps >= 4 && caps * 5 >= words * 3;
}

/* 1 when word k is a slash glued to capitalised words on both sides
 * ("Photo/Evan", "Journal/NBC"). */
static int glued_slash(const char *t, const lword_vec *v, size_t k)
{
    return k > 0 && k + 1 < v->n && v->v[k].punct == '/' && v->v[k].start == v->v[k - 1].end &&
           v->v[k].end == v->v[k + 1].start && lex_cap(t, &v->v[k - 1]) && lex_cap(t, &v->v[k + 1]);
}

/* 1 when the chain of words from s follows a word of prose: a credit
 * opens its line or bracket, or follows the caption's punctuation or "by"
 * ("Photographs by Lina Dask/AFP"), while prose ends its sentence on a
 * place or an agency ("flights at Dallas/Fort Worth.", "by the Kellan
 * County Victim/Witness Program."). */
static int after_prose(const char *t, const lword_vec *v, size_t s)
{
    static const char *const credit_by[] = {"by", "courtesy", NULL};
    return s > 0 && !v->v[s - 1].punct && !lex_cap(t, &v->v[s - 1]) && !lex_in(t, &v->v[s - 1], credit_by);
}

/* 1 when a credit's label comes before word s: a credit's word in the
 * singular and a colon, also glued to the caption ("... at the site
 * Photograph: Kevin Ash", "(Image: Kellan Herald)") when capitalised or
 * opening the credit, or one and "by" that open the credit or follow a
 * capital ("Photographs by Lina Dask", "Listing image by Xora"). Not a
 * gallery's title ("PHOTOS: Occupy Kellan") nor prose ("bought a photo by
 * Ansel Adams.", "one lasting image: Orla Brenn.", "The photo by ..."). */
static int credit_label(const char *t, const lword_vec *v, size_t s)
{
    static const char *const one[] = {"photo", "photograph", "image", NULL};
    if (s < 2 || !lex_in(t, &v->v[s - 2], credit_words))
        return 0;
    /* a capital before the label, but no sentence's determiner: "The photograph by Edda Lorne." is prose */
    const lword *p = s > 2 ? &v->v[s - 3] : NULL;
    int opens = !p || p->punct || (lex_cap(t, p) && !lex_in(t, p, lex_determiners));
    /* a label in lower case after prose is prose's colon: "the rally's one lasting image: Orla Brenn." */
    if (v->v[s - 1].punct == ':')
        return lex_in(t, &v->v[s - 2], one) && (lex_cap(t, &v->v[s - 2]) || opens);
    return lex_in(t, &v->v[s - 1], (const char *const[]){"by", NULL}) && opens;
}

/* 1 when the run [a, b) is a photo's credit, not a name of the story.
 * Credits join the photographer and the agencies with slashes and close
 * the caption or its brackets ("(AP Photo/Evan Vucci)", "Denis
 * Charlet/AFP/Getty Images" ending a line): a chain of capitalised words
 * and glued slashes that holds a credit's word, or ends the sentence or a
 * bracket and follows no word of prose (after_prose), is one, and so is
 * one after a credit's label that ends the sentence or bracket
 * ("Photograph: Kevin Ash"). A chain that goes on ("a Wall Street
 * Journal/NBC News poll", "the Milken/Boesky team", "MCA/Golden Nugget:",
 * "Photos: Obama visits Kenya") names things. A run that ends with
 * "Images" is an image agency's ("Getty Images", "ABC Via Getty Images";
 * run_end ends a run there). */
static int credit_run(const char *t, const lword_vec *v, size_t a, size_t b)
{
    if (lex_in(t, &v->v[b - 1], agency_words) || (b == a + 1 && barred_credit(t, v, a)))
        return 1;
    size_t s = a, e = b;
    while (s >= 2 && glued_slash(t, v, s - 1))
        for (s -= 2; s > 0 && !v->v[s - 1].punct && lex_cap(t, &v->v[s - 1]); s--) {}
    while (e + 1 < v->n && glued_slash(t, v, e))
        for (e += 2; e < v->n && !v->v[e].punct && lex_cap(t, &v->v[e]); e++) {}
    int ends = e == v->n || v->v[e].punct == ')' || (v->v[e].punct == '.' && e + 1 == v->n);
    if (ends && credit_label(t, v, s))
        return 1;
    if (s == a && e == b)
        return 0;
    for (size_t k = s; k < e; k++)
        if (lex_in(t, &v->v[k], credit_words))
            return 1;
    return ends && !after_prose(t, v, s);
}

/* 1 when word j, after "Images", ends an image agency's name: no word
 * that a firm's or an event's name ends with follows it, as in "Kellan
 * Images Ltd" or "the Lumen Images Festival", which name things
 * (credit_run drops a run that ends with "Images"); or after an agency's
 * name alone after a caption's bar (barred_credit). */
static int agency_end(const char *t, const lword_vec *v, size_t j)
{
    static const char *const goes_on[] = {"ltd", "inc", "llc", "plc", "co", "corp", "corporation", "company",
                                          "festival", "gallery", "studio", "studios", "foundation", "awards",
                                          "prize", "archive", "collection", "exhibition", "museum", NULL};
    return (lex_in(t, &v->v[j - 1], agency_words) && !lex_in(t, &v->v[j], goes_on)) || barred_credit(t, v, j - 1);
}

/* Where the run of capitalised words from i ends: joined words go on
 * ("Procter & Gamble", "Bank of England"; plural as joins_run takes it),
 * a word in capitals of a sentence set in capitals stops it, and an image
 * agency's name ends it ("Getty Images Image caption Kalashnikov designed
 * ..."). */
static size_t run_end(const char *t, const lword_vec *v, size_t i, int caps, int plural)
{
    size_t j = i + 1;
    while (j < v->n && !(caps && caps_word(t, &v->v[j])) &&
           (lex_cap(t, &v->v[j]) || joins_run(t, v, i, j, plural)) && !agency_end(t, v, j))
        j++;
    return j;
}

/* The words of a share bar that opens the sentence, two social networks
 * or more, which a page's caption starts with ("Facebook Twitter
 * Pinterest Matt Damon attends a screening ..."), or 0: the caption starts
 * after them. */
static size_t share_bar(const char *t, const lword_vec *v)
{
    static const char *const networks[] = {"facebook", "twitter", "pinterest", "reddit", "linkedin", "tumblr",
                                           "whatsapp", "instagram", "email", NULL};
    size_t k = 0;
    while (k < v->n && !v->v[k].punct && lex_cap(t, &v->v[k]) && lex_in(t, &v->v[k], networks))
        k++;
    return k >= 2 ? k : 0;
}

/* 1 when the word before word k is a month, also abbreviated with its
 * stop ("January 6th", "Sept. 11th"): the ordinal at k is a day. */
static int after_month(const char *t, const lword_vec *v, size_t k)
{
    if (k >= 2 && v->v[k - 1].punct == '.')
        k--;
    return k >= 1 && lex_in(t, &v->v[k - 1], lex_months);
}

/* Where the run from i starts: an ordinal before it belongs to it ("on
 * 57th Street" is 57th Street, not Street; "the 14th Amendment"), but not
 * before a word in capitals ("the 5th U.S. Circuit", where U.S. is a name
 * of its own), nor a day's after a month, which ends the date ("On
 * January 6th Trump supporters"), nor before a given name ("finished 2nd
 * Ann Pell"): a person's name takes none. */
static size_t ordinal_start(const char *t, const lword_vec *v, size_t i)
{
    if (i == 0 || v->v[i - 1].punct || v->v[i - 1].end + 1 != v->v[i].start || caps_word(t, &v->v[i]) ||
        after_month(t, v, i - 1) || lex_given(t, &v->v[i]))
        return i;
    const lword *w = &v->v[i - 1];
    size_t k = w->start;
    while (k < w->end && t[k] >= '0' && t[k] <= '9')
        k++;
    if (k == w->start || w->end - k != 2)
        return i;
    static const char *const ends[] = {"st", "nd", "rd", "th"};
    for (size_t e = 0; e < 4; e++)
        if (memcmp(t + k, ends[e], 2) == 0)
            return i - 1;
    return i;
}

/* 1 when the particle at word a is an English noun: "van" after an
 * article or a possessive ("the van Tom drove", "his van Dover Mills paid
 * for"), "bin" after a noun that makes a bin of it ("the recycling bin
 * Harlow Council supplied"; not "the bin Hadi raid", "killed bin Hadi"). */
static int particle_noun(const char *t, const lword_vec *v, size_t a)
{
    static const char *const van[] = {"van", NULL}, *const bin[] = {"bin", NULL};
    static const char *const bins[] = {"recycling", "trash", "garbage", "rubbish", "litter", "waste", "compost",
                                       "wheelie", "dust", "storage", "laundry", "bread", "grit", "sharps", NULL};
    const lword *p = a > 0 && !v->v[a - 1].punct ? &v->v[a - 1] : NULL;
    return p && ((lex_in(t, &v->v[a], van) && lex_in(t, p, lex_determiners)) ||
                 (lex_in(t, &v->v[a], bin) && lex_in(t, p, bins)));
}

/* Where the run from i starts when surname particles in lower case stand
 * right before it ("against bin Laden", "the al Sabah family", ", de Vries
 * said", "van der Berg"): with them, as inside a run ("Osama bin Laden").
 * Not before a given name, nor a particle that is a noun (particle_noun). */
static size_t particle_start(const char *t, const lword_vec *v, size_t i)
{
    size_t a = i;
    while (a > 0 && i - a < 2 && lower_particle(t, &v->v[a - 1]) && v->v[a - 1].end + 1 == v->v[a].start)
        a--;
    if (a == i || lex_given(t, &v->v[i]) || particle_noun(t, v, a))
        return i;
    return a;
}

/* Where the run from i starts: with its particles or its ordinal. */
static size_t run_start(const char *t, const lword_vec *v, size_t i)
{
    size_t a = particle_start(t, v, i);
    return a < i ? a : ordinal_start(t, v, i);
}

/* 1 when the sentence opens with a plural that "of" and a capital follow
 * ("Hundreds of Harlow residents", "Knights of Kellan met"): a quantity
 * or a name, which the story's other sentences tell apart. */
static int plural_opening(const char *t, const lword_vec *v, size_t first)
{
    return first + 2 < v->n && lex_cap(t, &v->v[first]) && opening_plural(t, v, first) &&
           lex_in(t, &v->v[first + 1], of_word) && lex_cap(t, &v->v[first + 2]);
}

/* 1 when the run that "of" joins to the plural opening the sentence is a
 * name the story writes elsewhere ("the Knights of Kellan", "a Times of
 * Harlow report"); not "Hundreds of Harlow". */
static int plural_named(const ent_acc *acc, const char *t, const lword_vec *v, size_t first, int caps)
{
    size_t j = run_end(t, v, first, caps, 1), s = v->v[first].start;
    uint32_t id;
    return chmap_get(acc->ids, t + s, v->v[j - 1].end - s, &id) && acc->ents->v[id].total > 0;
}

/* Runs of capitalised words in one sentence; a sentence-initial function
 * word ("The", "But") is not part of a name. One capitalised word opening
 * a clause is a name only when it is a known place or, checked once all
 * sentences are read, a name found elsewhere or a person's surname
 * ("Trump said", "Brandt said" after "Ada Brandt"; not "Virtually every
 * poll"). A sentence opening with a plural and "of" is read once the
 * other sentences are (acc->plurals, plural_named). */
static int sentence_entities(card_build *b, ent_acc *acc, size_t s)
{
    const fsent *fs = &b->m->sents[s];
    const char *t = card_doc(b->card, fs->doc)->text;
    lword_vec v = {0};
    int rc = lex_range(t, fs->start, fs->end, &v);
    int caps = rc == 0 && shouted(t, &v);
    size_t first = rc == 0 ? share_bar(t, &v) : 0, i = first;
    if (rc == 0 && !acc->plural_pass && plural_opening(t, &v, first)) {
        VEC_FREE(&v);
        return VEC_PUSH(&acc->plurals, (uint32_t)s) < 0 ? -1 : 0;
    }
    int plural = rc == 0 && acc->plural_pass && plural_named(acc, t, &v, first, caps);
    while (rc == 0 && i < v.n) {
        if ((rc = count_lower(acc, t, &v.v[i])) < 0)
            break;
        if ((caps && caps_word(t, &v.v[i])) || !lex_cap(t, &v.v[i]) || not_name(t, &v, i) ||
            (i == first && chorus_tokens_is_stop(b->m->tok, t + v.v[i].start, v.v[i].end - v.v[i].start))) {
            i++;
            continue;
        }
        size_t j = run_end(t, &v, i, caps, plural);
        if (credit_run(t, &v, i, j))
            rc = 0;
        else if (j == i + 1 && (i == first || opens_clause(&v, i)) && !lex_in(t, &v.v[i], lex_places))
            rc = VEC_PUSH(&acc->later, (uint32_t)s) < 0 || VEC_PUSH(&acc->later, (uint32_t)i) < 0 ? -1 : 0;
        else
            rc = add_run(b, acc, t, &v, run_start(t, &v, i), j, fs->doc);
        i = j;
    }
    VEC_FREE(&v);
    return rc;
}

/* The names found so far and the surnames of people among them ("Brandt"
 * for "Ada Brandt"), which single words opening a clause may be; NULL
 * when out of memory. */
static chmap *names_known(const ent_acc *acc)
{
    chmap *m = chmap_new();
    for (size_t i = 0; m && i < acc->ents->n; i++) {
        const char *nm = acc->ents->v[i].name, *sp = strrchr(nm, ' ');
        const uint32_t *vt = acc->votes.v + i * NVOTES;
        int person = vt[K_PERSON] && vt[K_PERSON] >= vt[K_ORG] && vt[K_PERSON] >= vt[K_PLACE];
        if (chmap_intern(m, nm, strlen(nm)) < 0 || (sp && person && chmap_intern(m, sp + 1, strlen(sp + 1)) < 0)) {
            chmap_free(m);
            return NULL;
        }
    }
    return m;
}

/* The single words that open a clause, counted when the story names them
 * elsewhere. */
static int clause_openers(card_build *b, ent_acc *acc)
{
    lword_vec v = {0};
    acc->known = names_known(acc);
    int rc = acc->known ? 0 : -1;
    for (size_t k = 0; rc == 0 && k + 1 < acc->later.n; k += 2) {
        const fsent *fs = &b->m->sents[acc->later.v[k]];
        const char *t = card_doc(b->card, fs->doc)->text;
        if (k == 0 || acc->later.v[k - 2] != acc->later.v[k]) { /* in sentence order: lex each once */
            v.n = 0;
            rc = lex_range(t, fs->start, fs->end, &v);
        }
        if (rc == 0)
            rc = add_run(b, acc, t, &v, acc->later.v[k + 1], acc->later.v[k + 1] + 1, fs->doc);
    }
    chmap_free(acc->known);
    acc->known = NULL;
    VEC_FREE(&v);
    return rc;
}

static int cmp_entity(const void *x, const void *y)
{
    const card_entity *a = x, *b = y;
    if (a->total != b->total)
        return a->total > b->total ? -1 : 1;
    return strcmp(a->name, b->name);
}

/* 1 when the name opens with a common given name ("Nancy Pelosi"). */
static int given_name(const char *nm)
{
    lword w = {0, (uint32_t)strcspn(nm, " "), 0};
    return lex_given(nm, &w);
}

/* Marks surname w in last as a person's, named when any full name
 * ending in it is. */
static int set_surname(chmap *last, const char *w, uint32_t named)
{
    uint32_t was = 0;
    chmap_get(last, w, strlen(w), &was);
    return chmap_set(last, w, strlen(w), named | was);
}

/* The name nm after the surname particles in lower case it opens with
 * ("Laden" of "bin Laden", "Berg" of "van der Berg"). */
static const char *after_particles(const char *nm)
{
    for (;;) {
        const char *sp = strchr(nm, ' ');
        if (!sp || !(nm[0] >= 'a' && nm[0] <= 'z') || !text_in(nm, (size_t)(sp - nm), lex_particles))
            return nm;
        nm = sp + 1;
    }
}

/* A surname alone is the person the story names in full twice, or once
 * after a title, before a speech verb or with a common given name
 * ("Nancy Pelosi" once, then "Pelosi"), or a person the story names in
 * full when a title or speech verb marks the surname itself ("Trump"
 * after "Donald Trump", "McConnell said"; not "Iraqi" after one "Despite
 * Iraqi"), whatever its own mentions suggested; so is a surname with its
 * particles ("bin Laden" after "Osama bin Laden"). */
static int surnames_are_people(card_entity_vec *ents, const ent_acc *acc)
{
    chmap *last = chmap_new();
    if (!last)
        return -1;
    for (size_t i = 0; i < ents->n; i++) {
        const uint32_t *vt = acc->votes.v + i * NVOTES;
        if (strcmp(ents->v[i].kind, "person") != 0)
            continue;
        uint32_t named = ents->v[i].total >= 2 || vt[K_TITLED] || vt[K_SAID] || given_name(ents->v[i].name);
        for (uint32_t k = 0; k <= ents->v[i].nalso; k++) {
            const char *nm = k ? ents->v[i].also[k - 1] : ents->v[i].name, *w = strrchr(nm, ' ');
            if (w && set_surname(last, w + 1, named) < 0) {
                chmap_free(last);
                return -1;
            }
        }
    }
    for (size_t i = 0; i < ents->n; i++) {
        const char *nm = after_particles(ents->v[i].name); /* "bin Laden" is "Laden" */
        const uint32_t *vt = acc->votes.v + i * NVOTES;
        uint32_t named;
        if (!strchr(nm, ' ') && strcmp(ents->v[i].kind, "other") == 0 && !text_in(nm, strlen(nm), lex_peoples) &&
            chmap_get(last, nm, strlen(nm), &named) && (named || vt[K_TITLED] || vt[K_SAID]))
            ents->v[i].kind = kind_names[K_PERSON];
    }
    chmap_free(last);
    return 0;
}

/* 1 when the one-word name w[0, n) is the last word of the longer name
 * full ("Major" of "John Major"). */
static int last_word_is(const char *full, const char *w, size_t n)
{
    const char *sp = strrchr(full, ' ');
    return sp && strlen(sp + 1) == n && memcmp(sp + 1, w, n) == 0;
}

/* 1 when a person of ents has the one-word name as the last word of a
 * longer name ("John Major" for "Major"). */
static int surname_of_person(const card_entity_vec *ents, const char *name, size_t n)
{
    for (size_t i = 0; i < ents->n; i++)
        if (strcmp(ents->v[i].kind, "person") == 0 && last_word_is(ents->v[i].name, name, n))
            return 1;
    return 0;
}

/* 1 for a name with no lower-case letter and three or more capitals
 * ("BEIJING", "COVID-19"). */
static int in_capitals(const char *nm)
{
    size_t caps = 0;
    for (const char *p = nm; *p; p++) {
        if (*p >= 'a' && *p <= 'z')
            return 0;
        caps += *p >= 'A' && *p <= 'Z';
    }
    return caps >= 3;
}

/* 1 for a single word the story writes in lower case more often than
 * capitalised inside a clause ("Police" beside "police"); acronyms are
 * names ("US"). */
static int common_word(const card_entity *e, const uint32_t *vt, const ent_acc *acc)
{
    size_t n = strlen(e->name);
    char low[64];
    uint32_t id;
    lword w = {0, (uint32_t)n, 0};
    if (n >= sizeof low || strchr(e->name, ' ') || (acronym(e->name, &w) && n < 5))
        return 0; /* "EARNINGS" beside "earnings" is a heading's word */
    return chmap_get(acc->lower, ascii_lower(e->name, n, low), n, &id) &&
           acc->lower_n.v[id] > e->total - vt[K_OPENED];
}

/* Drops common words ("Police said", "Last year", "Oil prices") unless
 * they are a place or the surname of a person the story names ("Major"
 * beside "John Major"), names folded into another, and headings: several
 * words in capitals that name no place or organisation ("COMMON EQUITY
 * ASSETS", "HEAR IT"). */
static void drop_common_words(card_entity_vec *ents, const ent_acc *acc)
{
    size_t keep = 0;
    for (size_t i = 0; i < ents->n; i++) {
        const card_entity *e = &ents->v[i];
        int heading = strchr(e->name, ' ') && in_capitals(e->name) && strcmp(e->kind, "organisation") != 0 &&
                      strcmp(e->kind, "place") != 0;
        if (e->total == 0 || heading)
            continue;
        if (!common_word(e, acc->votes.v + i * NVOTES, acc) || strcmp(e->kind, "place") == 0 ||
            surname_of_person(ents, e->name, strlen(e->name)))
            ents->v[keep++] = *e;
    }
    ents->n = keep;
}

/* 1 for a name opening with lower-case letters that are no surname's
 * particle: a brand or product ("eBay", "iPhone"), no person, though
 * "eBay said" votes for one; "deWaal" and "vanDorn" may be. */
static int lower_brand(const char *nm)
{
    size_t k = 0;
    while (nm[k] >= 'a' && nm[k] <= 'z')
        k++;
    return k > 0 && !text_in(nm, k, lex_particles);
}

/* The kind of an entity: known places, organisations and peoples' words
 * as such ("Moscow", "Twitter", "Chinese"); else the kind its mentions
 * suggested most, ties going to organisation, place, person, other. A
 * title makes a person unless an organisation or a place was suggested
 * more often: "President Bush" outweighs any number of "the
 * Bush administration". Without a title, a speech verb says nothing
 * against an organisation: "the newspaper Bild", then "Bild said". A name
 * opening with lower-case letters that are no particle ("eBay") is no
 * person, unless titled: the particle list cannot hold all ("Dr. terHorst"). */
static int voted_kind(const char *nm, const uint32_t *vt)
{
    size_t n = strlen(nm);
    if (lower_brand(nm) && !vt[K_TITLED])
        return vt[K_ORG] >= vt[K_OTHER] ? K_ORG : K_OTHER; /* ties to organisation, as below */
    if (known_place(nm, n))
        return K_PLACE;
    if (text_in(nm, n, lex_orgs))
        return K_ORG;
    if (text_in(nm, n, lex_peoples))
        return K_OTHER;
    if (vt[K_TITLED] && vt[K_PERSON] >= vt[K_ORG] && vt[K_PERSON] >= vt[K_PLACE])
        return K_PERSON;
    uint32_t v[NKINDS];
    memcpy(v, vt, sizeof v);
    if (v[K_ORG] && !vt[K_TITLED]) /* each K_SAID vote also counted as K_PERSON */
        v[K_PERSON] = v[K_PERSON] > vt[K_SAID] ? v[K_PERSON] - vt[K_SAID] : 0;
    int best = K_OTHER;
    static const int order[] = {K_ORG, K_PLACE, K_PERSON, K_OTHER};
    for (int k = 3; k >= 0; k--)
        if (v[order[k]] >= v[best])
            best = order[k];
    return best;
}

/* Moves entity i's mentions, per article and in all, to entity j; i is
 * left with none (drop_common_words removes it). */
static void move_mentions(card_entity_vec *ents, size_t ndocs, size_t i, size_t j)
{
    card_entity *e = &ents->v[i];
    for (size_t d = 0; d < ndocs; d++)
        ents->v[j].count[d] += e->count[d];
    ents->v[j].total += e->total;
    memset(e->count, 0, ndocs * sizeof *e->count);
    e->total = 0;
}

/* Folds a name written in capitals into the same name in mixed case
 * ("BEIJING" of a dateline into "Beijing"): its mentions, per article
 * and in all, but not its votes, as capitals say nothing of a kind (every
 * word in capitals looks like an acronym, an organisation's). The folded
 * entity is left with none. */
static int fold_capitals(card_entity_vec *ents, ent_acc *acc, size_t ndocs)
{
    chmap *mixed = chmap_new();
    char low[128];
    for (size_t i = 0; mixed && i < ents->n; i++) {
        size_t n = strlen(ents->v[i].name);
        uint32_t j;
        if (n >= sizeof low || in_capitals(ents->v[i].name))
            continue;
        if (chmap_get(mixed, ascii_lower(ents->v[i].name, n, low), n, &j) && ents->v[j].total >= ents->v[i].total)
            continue; /* of "McCain" and "Mccain", the more frequent */
        if (chmap_set(mixed, low, n, (uint32_t)i) < 0) {
            chmap_free(mixed);
            mixed = NULL;
        }
    }
    for (size_t i = 0; mixed && i < ents->n; i++) {
        card_entity *e = &ents->v[i];
        size_t n = strlen(e->name);
        uint32_t j;
        if (n >= sizeof low || !in_capitals(e->name) || !chmap_get(mixed, ascii_lower(e->name, n, low), n, &j))
            continue;
        move_mentions(ents, ndocs, i, j);
        memset(acc->votes.v + i * NVOTES, 0, NVOTES * sizeof(uint32_t));
    }
    int rc = mixed ? 0 : -1;
    chmap_free(mixed);
    return rc;
}

/* Places that are also given names ("Virginia Woolf", "Jordan Peele"). */
static const char *const place_given[] = {"virginia", "georgia", "jordan", "chad", "india", "israel", "kenya",
                                          "asia", "america", "paris", "sydney", "dallas", "denver", "brooklyn",
                                          "washington", "montana", "nevada", "indiana", "china", NULL};

/* The last word of the name nm before a suffix ("Gooding" of "Cuba
 * Gooding Jr."), with its length in *n; nm has a space. */
static const char *surname_in(const char *nm, size_t *n)
{
    const char *w = strrchr(nm, ' ') + 1, *end = nm + strlen(nm);
    size_t k = (size_t)(end - w) - (end > w && end[-1] == '.');
    if (text_in(w, k, lex_name_suffixes) && w - 1 > nm) {
        end = w - 1;
        while (w - 1 > nm && w[-2] != ' ')
            w--;
        w--;
    }
    *n = (size_t)(end - w);
    return w;
}

/* 1 when the shape of the name nm, two or more capitalised words, says
 * nothing of a person: it opens with a place or a people's word that is no
 * given name ("Berlin Wall", "British Rail"; not "Virginia Woolf"), or with
 * no given name and ends in a word the story writes in lower case ("Rose
 * Garden" beside "the garden"; not "John Major" beside "a major"). */
static int shape_misleads(const ent_acc *acc, const char *nm)
{
    const char *sp = strchr(nm, ' ');
    if (!sp)
        return 0;
    size_t n = (size_t)(sp - nm), ln;
    const char *last = surname_in(nm, &ln);
    if ((text_in(nm, n, lex_places) || text_in(nm, n, lex_peoples)) && !text_in(nm, n, place_given))
        return 1;
    char low[64];
    uint32_t id;
    return !given_name(nm) && ln < sizeof low && chmap_get(acc->lower, ascii_lower(last, ln, low), ln, &id);
}

/* Takes the person's votes of a name whose shape was their one sign
 * (K_SHAPED) to K_OTHER when the shape misleads, unless a speech verb
 * follows the name, or a title or speech verb marks its last word alone
 * ("Brown said" beside "Hank Brown", whose surname is a common word). A
 * title before the name itself needs no test: voted_kind makes a titled
 * name a person when no organisation or place outvotes it. */
static void unshape_things(const card_entity_vec *ents, ent_acc *acc)
{
    for (size_t i = 0; i < ents->n; i++) {
        uint32_t *vt = acc->votes.v + i * NVOTES, j;
        const char *nm = ents->v[i].name;
        if (!vt[K_SHAPED] || vt[K_SAID] || !shape_misleads(acc, nm))
            continue;
        size_t ln;
        const char *last = surname_in(nm, &ln);
        const uint32_t *vj = chmap_get(acc->ids, last, ln, &j) ? acc->votes.v + j * NVOTES : NULL;
        if (vj && (vj[K_TITLED] || vj[K_SAID]))
            continue;
        vt[K_PERSON] -= vt[K_SHAPED];
        vt[K_OTHER] += vt[K_SHAPED];
        vt[K_SHAPED] = 0;
    }
}

/* 1 when word w opens with the Arabic article ("al-", "el-"). */
static int arabic_article(const char *w)
{
    return ((w[0] | 32) == 'a' || (w[0] | 32) == 'e') && (w[1] | 32) == 'l' && w[2] == '-' && w[3];
}

/* The spelling key of a name: lower case, without dots, hyphens, spaces
 * and apostrophes (' and ’), and without the Arabic article that opens a word
 * ("al-", "el-"): "U.S." and "US", "Kim Jong-un" and "Kim Jong Un",
 * "Bashar al-Assad" and "Bashar Assad" share one. The article stays
 * before a known place, which it turns into a title ("the Al-Iraq
 * newspaper"). 0 when the key does not fit. */
static size_t spelling_key(const char *nm, char *out, size_t cap)
{
    size_t k = 0, len = strlen(nm);
    int title = arabic_article(nm) && known_place(nm + 3, len - 3);
    for (size_t i = 0; nm[i]; i++) {
        int word_start = (i == 0 && !title) || (i > 0 && (nm[i - 1] == ' ' || nm[i - 1] == '-'));
        if (word_start && arabic_article(nm + i)) {
            i += 2;
            continue;
        }
        if (strchr(".- '", nm[i]))
            continue;
        if (apostrophe_len(nm, i, len) == 3) { /* ’ */
            i += 2;
            continue;
        }
        if (k + 1 >= cap)
            return 0;
        out[k++] = nm[i] >= 'A' && nm[i] <= 'Z' ? (char)(nm[i] | 32) : nm[i];
    }
    return k;
}

/* Merges entity i into entity j: mentions, votes, and i's spelling among
 * j's others (space for them reserved by merge_groups). */
static void merge_entity(card_entity_vec *ents, ent_acc *acc, size_t ndocs, size_t i, size_t j)
{
    for (size_t k = 0; k < NVOTES; k++)
        acc->votes.v[j * NVOTES + k] += acc->votes.v[i * NVOTES + k];
    memset(acc->votes.v + i * NVOTES, 0, NVOTES * sizeof(uint32_t));
    ents->v[j].also[ents->v[j].nalso++] = ents->v[i].name;
    move_mentions(ents, ndocs, i, j);
}

/* The group of entity i in the union-find forest to[]: the lowest index
 * of its names. */
static uint32_t group_of(uint32_t *to, uint32_t i)
{
    while (to[i] != i)
        i = to[i] = to[to[i]];
    return i;
}

/* Puts entities i and j in one group. */
static void join_names(uint32_t *to, uint32_t i, uint32_t j)
{
    i = group_of(to, i);
    j = group_of(to, j);
    if (i != j)
        to[i > j ? i : j] = i < j ? i : j;
}

/* The members of each group of the forest to[] as lists, so that a group
 * is read without reading every name (the story of many articles names
 * thousands): head[g] the first member of the group whose root is g,
 * next[k] the one after k, tail[g] the last; UINT32_MAX for none. */
typedef struct name_groups {
    uint32_t *head, *next, *tail;
} name_groups;

/* Lists the groups of the n names of to[]; -1 when out of memory. */
static int list_groups(name_groups *gs, uint32_t *to, size_t n)
{
    gs->head = malloc((n + 1) * sizeof *gs->head);
    gs->next = malloc((n + 1) * sizeof *gs->next);
    gs->tail = malloc((n + 1) * sizeof *gs->tail);
    if (!gs->head || !gs->next || !gs->tail)
        return -1;
    memset(gs->head, 0xff, (n + 1) * sizeof *gs->head);
    for (uint32_t k = 0; k < n; k++) {
        uint32_t g = group_of(to, k);
        gs->next[k] = UINT32_MAX;
        if (gs->head[g] == UINT32_MAX)
            gs->head[g] = k;
        else
            gs->next[gs->tail[g]] = k;
        gs->tail[g] = k;
    }
    return 0;
}

/* Joins the groups of names i and j (join_names) and their lists. */
static void join_groups(name_groups *gs, uint32_t *to, uint32_t i, uint32_t j)
{
    uint32_t a = group_of(to, i), b = group_of(to, j);
    if (a == b)
        return;
    join_names(to, a, b);
    uint32_t r = group_of(to, a), o = r == a ? b : a;
    gs->next[gs->tail[r]] = gs->head[o];
    gs->tail[r] = gs->tail[o];
    gs->head[o] = UINT32_MAX;
}

static void free_groups(name_groups *gs)
{
    free(gs->head);
    free(gs->next);
    free(gs->tail);
}

/* Joins the spellings of one name: names of one spelling_key. */
static int link_spellings(const card_entity_vec *ents, uint32_t *to)
{
    chmap *first = chmap_new();
    char key[256];
    size_t n;
    uint32_t j;
    int rc = first ? 0 : -1;
    for (size_t i = 0; rc == 0 && i < ents->n; i++) {
        if (!ents->v[i].total || !(n = spelling_key(ents->v[i].name, key, sizeof key)))
            continue;
        if (chmap_get(first, key, n, &j))
            join_names(to, j, (uint32_t)i);
        else
            rc = chmap_set(first, key, n, (uint32_t)i);
    }
    chmap_free(first);
    return rc;
}

/* 1 for an abbreviation: two to six capitals, each maybe with its stop
 * ("FEMA", "U.S."). */
static int abbreviation(const char *nm)
{
    size_t caps = 0;
    for (const char *p = nm; *p; p++) {
        if (*p >= 'A' && *p <= 'Z')
            caps++;
        else if (*p != '.' || p == nm || p[-1] == '.')
            return 0;
    }
    return caps >= 2 && caps <= 6;
}

/* The initials of a name of two or more words in lower case, the first
 * letters of its capitalised words ("fema" of "Federal Emergency
 * Management Agency", "nih" of "National Institute of Health"); 0 when
 * a word is neither capitalised nor a connector. */
static size_t initials(const char *nm, char *out, size_t cap)
{
    size_t k = 0, words = 0;
    for (const char *p = nm; *p; words++) {
        size_t n = strcspn(p, " ");
        char base = cutf8_capital_base(p, n); /* "Émile": e */
        if (base && k + 1 < cap)
            out[k++] = base;
        else if (!text_in(p, n, connectors))
            return 0;
        p += n + (p[n] == ' ');
    }
    return words >= 2 ? k : 0;
}

/* 1 when an article naming both e and its long form writes "(NAME)",
 * the way an abbreviation is introduced after its long form. */
static int in_parentheses(const chorus_card *c, const card_entity *e, const card_entity *longer)
{
    size_t n = strlen(e->name);
    for (size_t d = 0; d < c->ndocs; d++) {
        const chorus_doc *doc = card_doc(c, d);
        const char *p = doc->text, *end = doc->text + doc->text_len;
        while (e->count[d] && longer->count[d] && (p = memchr(p, '(', (size_t)(end - p))) &&
               (size_t)(end - p) > n + 1) {
            if (memcmp(p + 1, e->name, n) == 0 && p[n + 1] == ')')
                return 1;
            p++;
        }
    }
    return 0;
}

/* 1 when no article names both entities. */
static int apart(const card_entity *a, const card_entity *b, size_t ndocs)
{
    for (size_t d = 0; d < ndocs; d++)
        if (a->count[d] && b->count[d])
            return 0;
    return 1;
}

/* 1 for a body known by its abbreviation ("Associated Press"). */
static int well_known(const char *nm) { return text_in(nm, strlen(nm), lex_abbreviated); }

/* 1 for a long form its abbreviation stands for wherever it is written:
 * a known place's name or a body's known by its abbreviation. */
static int usual_long_form(const char *nm) { return known_place(nm, strlen(nm)) || well_known(nm); }

/* Of two longer names of the same initials (j may be UINT32_MAX, for
 * several), the usual one ("AP" is the "Associated Press", not the
 * "Arabian Peninsula"; "U.S.", the "United States", not the "University
 * of Sydney"); UINT32_MAX when neither is. */
static uint32_t preferred(const card_entity_vec *ents, uint32_t j, uint32_t i)
{
    int wj = j != UINT32_MAX && usual_long_form(ents->v[j].name), wi = usual_long_form(ents->v[i].name);
    return wj == wi ? UINT32_MAX : wj ? j : i;
}

/* Joins an abbreviation to the one longer name of the story it spells the
 * initials of ("FEMA" and "Federal Emergency Management Agency"), neither
 * a person's, when an article writes both and they are of one kind or the
 * article introduces it ("... Reserve Program (CRP)"). Articles that
 * write only one of them join a known place's ("U.S." and "United
 * States", "N.J." and "New Jersey") or a body's known by its abbreviation
 * ("AP"), not others: "SEC" was the Securities and Exchange Commission,
 * not the "Senate Ethics Committee" that another article names. Two
 * longer names leave it alone, which one it stands for being unknown,
 * unless one is such a place or body. The longer name's votes decide the kind:
 * the abbreviation's, in capitals, say organisation ("FISA", an act). */
static int link_abbreviations(const chorus_card *c, const int *kind, uint32_t *votes, uint32_t *to)
{
    const card_entity_vec *ents = &c->ents;
    chmap *longer = chmap_new();
    char key[64];
    size_t n;
    uint32_t j;
    int rc = longer ? 0 : -1;
    for (size_t i = 0; rc == 0 && i < ents->n; i++) {
        if (!ents->v[i].total || kind[i] == K_PERSON || !(n = initials(ents->v[i].name, key, sizeof key)))
            continue;
        if (!chmap_get(longer, key, n, &j))
            rc = chmap_set(longer, key, n, (uint32_t)i);
        else if (j == UINT32_MAX || group_of(to, j) != group_of(to, (uint32_t)i))
            rc = chmap_set(longer, key, n, preferred(ents, j, (uint32_t)i));
    }
    for (size_t i = 0; rc == 0 && i < ents->n; i++) {
        const card_entity *e = &ents->v[i];
        if (!e->total || kind[i] == K_PERSON || !abbreviation(e->name) ||
            !(n = spelling_key(e->name, key, sizeof key)) || !chmap_get(longer, key, n, &j) || j == UINT32_MAX)
            continue;
        int known = known_place(e->name, strlen(e->name));
        if (known && !known_place(ents->v[j].name, strlen(ents->v[j].name)))
            continue; /* "S.C." stands for a state, not for "Sioux City" */
        if (apart(e, &ents->v[j], c->ndocs) ? known || well_known(ents->v[j].name)
                                             : kind[j] == kind[i] || in_parentheses(c, e, &ents->v[j])) {
            join_names(to, j, (uint32_t)i);
            memset(votes + i * NVOTES, 0, NVOTES * sizeof *votes); /* capitals look like an organisation's */
        }
    }
    chmap_free(longer);
    return rc;
}

/* 1 when one-word name nm ends a person's name of the story ("Burma"
 * beside "Tom Burma"). Abbreviations are not asked: no surname is written
 * in capitals, but a headline run on ("Patten UK rejects") makes one. */
static int ends_person_name(const card_entity_vec *ents, const int *kind, const char *nm)
{
    size_t n = strlen(nm);
    for (size_t i = 0; i < ents->n; i++)
        if (ents->v[i].total && kind[i] == K_PERSON && last_word_is(ents->v[i].name, nm, n))
            return 1;
    return 0;
}

/* Joins the names of one lex_aliases group ("ISIS" / "Islamic State",
 * "Britain" / "UK"), unless one is a person's or ends one. */
static int link_aliases(const card_entity_vec *ents, const int *kind, uint32_t *to)
{
    size_t groups = 0, n;
    for (size_t a = 0; lex_aliases[a]; a++)
        groups += !*lex_aliases[a];
    chmap *group = chmap_new();
    uint32_t *first = malloc((groups + 1) * sizeof *first), g = 0, j;
    char key[64];
    int rc = group && first ? 0 : -1;
    for (size_t a = 0; rc == 0 && a <= groups; a++)
        first[a] = UINT32_MAX;
    for (size_t a = 0; rc == 0 && lex_aliases[a]; a++) {
        if (!*lex_aliases[a])
            g++;
        else if ((n = spelling_key(lex_aliases[a], key, sizeof key)))
            rc = chmap_set(group, key, n, g);
    }
    for (size_t i = 0; rc == 0 && i < ents->n; i++) {
        const char *nm = ents->v[i].name;
        if (!ents->v[i].total || kind[i] == K_PERSON || !(n = spelling_key(nm, key, sizeof key)) ||
            !chmap_get(group, key, n, &j) || (!abbreviation(nm) && ends_person_name(ents, kind, nm)))
            continue;
        if (first[j] == UINT32_MAX)
            first[j] = (uint32_t)i;
        else
            join_names(to, first[j], (uint32_t)i);
    }
    chmap_free(group);
    free(first);
    return rc;
}

/* Marks in map the first (or last) word of each person's name of two or
 * more words with the group of that person, or UINT32_MAX when people of
 * two groups share it ("Colin Powell", "Colin Kaepernick"). */
static int person_words(const card_entity_vec *ents, const int *kind, uint32_t *to, chmap *map, int last)
{
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < ents->n; i++) {
        const char *nm = ents->v[i].name, *sp = strrchr(nm, ' ');
        if (!ents->v[i].total || kind[i] != K_PERSON || !sp)
            continue;
        const char *w = last ? sp + 1 : nm;
        size_t n = last ? strlen(w) : strcspn(nm, " ");
        uint32_t g = group_of(to, (uint32_t)i), j;
        if (!chmap_get(map, w, n, &j))
            rc = chmap_set(map, w, n, g);
        else if (j != g)
            rc = chmap_set(map, w, n, UINT32_MAX);
    }
    return rc;
}

/* 1 when text[0, at) ends with "the " or "The ". */
static int the_before(const char *text, size_t at)
{
    return at >= 4 && (text[at - 4] | 32) == 't' && memcmp(text + at - 3, "he ", 3) == 0;
}

/* 1 when text[0, at) ends with a capitalised word and " and ". */
static int capital_and_before(const char *text, size_t at)
{
    if (at < 7 || memcmp(text + at - 5, " and ", 5) != 0)
        return 0;
    size_t w = at - 5;
    while (w > 0 && text[w - 1] != ' ' && text[w - 1] != '\n')
        w--;
    return text[w] >= 'A' && text[w] <= 'Z';
}

/* 1 when the word that ends at s (n bytes left) is a name by itself: no
 * letter goes on ("Carla" for "Carl"), and no capitalised word follows
 * ("the Mark Carney era", "Ginger and Fred Astaire" are the full name). */
static int alone_at(const char *s, size_t n)
{
    if (n && (s[0] | 32) >= 'a' && (s[0] | 32) <= 'z')
        return 0;
    return !(n > 1 && s[0] == ' ' && s[1] >= 'A' && s[1] <= 'Z');
}

/* 1 when an article writes name e beside "and" and another capitalised
 * word ("Fred and Ethel Mertz", "Ricky and Fred"), a first name of a
 * couple or a list, whose surname may be another's; or after "the" ("the
 * Mark fell"), as no person's name is written. */
static int coordinated(const chorus_card *c, const card_entity *e)
{
    size_t n = strlen(e->name);
    for (size_t d = 0; d < c->ndocs; d++) {
        const chorus_doc *doc = card_doc(c, d);
        const char *t = doc->text, *p = t, *end = t + doc->text_len;
        while (e->count[d] && (p = memchr(p, e->name[0], (size_t)(end - p)))) {
            size_t left = (size_t)(end - p);
            if (left >= n && memcmp(p, e->name, n) == 0 && alone_at(p + n, left - n) &&
                ((left > n + 5 && memcmp(p + n, " and ", 5) == 0 && p[n + 5] >= 'A' && p[n + 5] <= 'Z') ||
                 capital_and_before(t, (size_t)(p - t)) || the_before(t, (size_t)(p - t))))
                return 1;
            p++;
        }
    }
    return 0;
}

/* Joins a given name written alone ("Clarence", in a quote) to the one
 * person of the story whose full name it opens ("Clarence Thomas"); not
 * when two people share it, nor when it also ends a person's name, where
 * it may be that surname ("Thomas Jefferson" beside "Clarence Thomas"),
 * is a place's ("west of Frederick, Md.") or stands by "and" or after "the"
 * (coordinated).
 * The name alone is marked in alone[]: it is never the one shown, and its
 * votes, a lone word's, say nothing of the person's kind. */
static int link_given_names(const chorus_card *c, const int *kind, uint32_t *votes, uint32_t *to, uint8_t *alone)
{
    const card_entity_vec *ents = &c->ents;
    chmap *first = chmap_new(), *last = chmap_new();
    uint32_t g, x;
    int rc = first && last ? person_words(ents, kind, to, first, 0) : -1;
    if (rc == 0)
        rc = person_words(ents, kind, to, last, 1);
    for (size_t i = 0; rc == 0 && i < ents->n; i++) {
        const char *nm = ents->v[i].name;
        size_t n = strlen(nm);
        if (ents->v[i].total && !strchr(nm, ' ') && (kind[i] == K_PERSON || kind[i] == K_OTHER) &&
            given_name(nm) && chmap_get(first, nm, n, &g) && g != UINT32_MAX && !chmap_get(last, nm, n, &x) &&
            !coordinated(c, &ents->v[i])) {
            /* its one-word spellings ("Sadam" of "Saddam") are alone too */
            uint32_t own = group_of(to, (uint32_t)i);
            for (size_t k = 0; k < ents->n; k++)
                if (!strchr(ents->v[k].name, ' ') && group_of(to, (uint32_t)k) == own) {
                    alone[k] = 1;
                    memset(votes + k * NVOTES, 0, NVOTES * sizeof *votes);
                }
            join_names(to, g, (uint32_t)i);
        }
    }
    chmap_free(first);
    chmap_free(last);
    return rc;
}

/* The surname w without an article that opens it ("Tamimi" of
 * "al-Tamimi"), as outlets write it either way. */
static const char *bare_surname(const char *w) { return arabic_article(w) ? w + 3 : w; }

/* 1 when the name nm opens with a word that is no given name before one
 * that is ("Lawyer Ann Kole", "Seaman Tom Rudd"): a role or a caption's
 * word the run took in, which the name shown should not have. */
static int given_inside(const char *nm)
{
    if (given_name(nm))
        return 0;
    for (const char *p = strchr(nm, ' '), *q; p && (q = strchr(p + 1, ' ')); p = q) {
        lword w = {0, (uint32_t)(q - p - 1), 0};
        if (lex_given(p + 1, &w))
            return 1;
    }
    return 0;
}

/* 2 when the person's name i may stand for its surname alone and is named
 * as surnames_are_people asks (twice, after a title, before a speech verb
 * or with a common given name), 1 when it may but is not, 0 when it may
 * not: a possessive inside ("Kole's Harlow"), a word in lower case
 * that is no particle ("Songs of Ossel"), a role before a given name
 * (given_inside), a title after a hyphen ("Then-Director Tom Rudd"),
 * or a first word that is no given name and that the story also writes in
 * lower case ("Checkpoint Rudd" would be shown for "Rudd"). */
static int full_name(const card_entity_vec *ents, const ent_acc *acc, size_t i)
{
    const char *nm = ents->v[i].name;
    const uint32_t *vt = acc->votes.v + i * NVOTES;
    size_t n = strcspn(nm, " ");
    char low[64];
    uint32_t id;
    const char *h = memchr(nm, '-', n);
    if (strstr(nm, "'s ") || strstr(nm, "\xe2\x80\x99s ") || given_inside(nm) ||
        (h && text_in(h + 1, (size_t)(nm + n - h - 1), lex_titles)))
        return 0;
    for (const char *p = strchr(nm, ' '); p; p = strchr(p + 1, ' ')) {
        size_t k = 0; /* a particle opens "van der", "vanLoon" and "al-Tamimi" */
        while (p[1 + k] >= 'a' && p[1 + k] <= 'z')
            k++;
        if (k && !text_in(p + 1, k, lex_particles))
            return 0; /* "Songs of Ossel" is a book's */
    }
    if (!given_name(nm) && (n >= sizeof low || chmap_get(acc->lower, ascii_lower(nm, n, low), n, &id)))
        return 0;
    return 1 + (ents->v[i].total >= 2 || vt[K_TITLED] || vt[K_SAID] || given_name(nm));
}

/* The surname of the name nm whose last space is sp, its length in *m:
 * the last word, or the one before a generational suffix ("Rudd" of "Tom
 * A. Rudd III", so that "Ann Rudd" shares it), without its article. */
static const char *surname_word(const char *nm, const char *sp, size_t *m)
{
    static const char *const suffixes[] = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", NULL};
    const char *w = sp + 1, *b = sp;
    size_t n = strlen(w);
    if (text_in(w, n, suffixes) && sp > nm) {
        while (b > nm && b[-1] != ' ')
            b--;
        w = b;
        n = (size_t)(sp - b) - (sp[-1] == ',');
    }
    const char *bare = bare_surname(w);
    *m = n - (size_t)(bare - w);
    return bare;
}

/* 1 when the surname of the name full (surname_word) is w[0, n), with or
 * without its article: "Rudd" of "Tom Rudd" and of "Tom Rudd Jr.". */
static int ends_in_surname(const char *full, const char *w, size_t n)
{
    const char *sp = strrchr(full, ' ');
    size_t m = 0;
    const char *s = sp ? surname_word(full, sp, &m) : NULL;
    return s && m == n && memcmp(s, w, n) == 0;
}

/* 1 when the name nm ends with a suffix after stem_end and the story
 * names the person without it too ("Tom Rudd III" beside "Tom Rudd"):
 * one person, whose surname the name without it holds, not two. */
static int suffixed_twin(const card_entity_vec *ents, const ent_acc *acc, const char *nm, const char *stem_end)
{
    uint32_t id;
    return *stem_end && chmap_get(acc->ids, nm, (size_t)(stem_end - nm), &id) && ents->v[id].total > 0;
}

/* Marks in last the last word of each person's name of two words or more
 * (surname_word; particles aside: "de Vries" is a surname; not a suffixed
 * twin's) with its group,
 * or UINT32_MAX when people of two groups share it ("Ann Kole", "Piet
 * Kole"), and in named the most that full_name says of one of them; marks
 * in first the first word of every name of two words or more ("Ossel" of
 * "Ossel Prize", "Hebden" of "Hebden Motor") and any but the last of a
 * name that is no person's ("Walt Hebden Co"). */
static int surname_maps(const card_entity_vec *ents, const ent_acc *acc, const int *kind, uint32_t *to,
                        chmap *last, chmap *named, chmap *first)
{
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < ents->n; i++) {
        const char *nm = ents->v[i].name, *sp = strrchr(nm, ' ');
        if (!ents->v[i].total || !sp)
            continue;
        uint32_t was = 0, now = kind[i] == K_PERSON ? (uint32_t)full_name(ents, acc, i) : 0, g, j;
        size_t m;
        const char *w = surname_word(nm, sp, &m);
        if (kind[i] == K_PERSON && strchr(after_particles(nm), ' ') && !suffixed_twin(ents, acc, nm, w + m)) {
            g = group_of(to, (uint32_t)i);
            rc = chmap_set(last, w, m, chmap_get(last, w, m, &j) && j != g ? UINT32_MAX : g);
        }
        if (rc == 0)
            rc = chmap_set(first, nm, strcspn(nm, " "), 1);
        const char *q = kind[i] == K_PERSON ? sp : strchr(nm, ' ');
        for (; rc == 0 && q < sp; q = strchr(q + 1, ' ')) /* "Hebden" of "Walt Hebden Co" */
            rc = chmap_set(first, q + 1, strcspn(q + 1, " "), 1);
        chmap_get(named, w, m, &was);
        if (rc == 0 && now > was)
            rc = chmap_set(named, w, m, now);
    }
    return rc;
}

/* 1 when the text at p (end of text at end) holds the name nm[0, n) as
 * whole words: "Rudd" not in "Ruddock" or "Rudd-Kole", "Ann Rudd" not in
 * "Ann Ruddell"; a possessive's apostrophe ends it ("Rudd’s"). */
static int name_at(const char *p, const char *end, const char *nm, size_t n)
{
    if ((size_t)(end - p) < n || memcmp(p, nm, n) != 0)
        return 0;
    if (p + n == end)
        return 1;
    unsigned char x = (unsigned char)p[n];
    return !isalnum(x) && x != '-' && (x < 0x80 || cutf8_is_rsquo(p + n, (size_t)(end - p) - n));
}

/* 1 when the name that ends at p (end of text at end) names a family
 * ("the Rudd family", "the Kole brothers"), which may be anyone of it. */
static int family_after(const char *p, const char *end)
{
    static const char *const family[] = {"family", "families", "clan", "dynasty", "brothers", "sisters",
                                         "household", NULL};
    const char *w = p + 1, *q = w;
    if (p >= end || *p != ' ')
        return 0;
    while (q < end && *q >= 'a' && *q <= 'z')
        q++;
    return q > w && text_in(w, (size_t)(q - w), family);
}

/* The sexes that courtesy titles give the name e (1 for "Mr.", 2 for
 * "Mrs.", "Ms." or "Miss", 3 for both) in the articles that write it, and
 * 4 after a monarch's or a peer's title ("King Rudd", "Lord Rudd"), a name
 * by itself, or before a word for a family ("the Rudd family"). */
static int courtesy_sexes(const chorus_card *c, const card_entity *e)
{
    static const char *const titles[] = {"Mr. ", "Mr ", "Mrs. ", "Mrs ", "Ms. ", "Ms ", "Miss ", "King ",
                                         "Queen ", "Prince ", "Princess ", "Emperor ", "Sultan ", "Pope ",
                                         "Lord ", NULL};
    size_t n = strlen(e->name);
    int sexes = 0;
    for (size_t d = 0; d < c->ndocs; d++) {
        const chorus_doc *doc = card_doc(c, d);
        const char *t = doc->text, *p = t, *end = t + doc->text_len;
        while (e->count[d] && (p = memchr(p, e->name[0], (size_t)(end - p)))) {
            if (name_at(p, end, e->name, n)) {
                for (int k = 0; titles[k]; k++) {
                    size_t m = strlen(titles[k]);
                    if ((size_t)(p - t) >= m && memcmp(p - m, titles[k], m) == 0)
                        sexes |= k < 2 ? 1 : k < 7 ? 2 : 4;
                }
                sexes |= family_after(p + n, end) ? 4 : 0;
            }
            p++;
        }
    }
    return sexes;
}

/* 1 when the surname alone e may name another than the full name nm: a
 * courtesy title before it gives another sex than the given name
 * that opens nm ("Mr. Rudd" is not "Ann Rudd", the one Rudd the story
 * names in full), a monarch's or a peer's title makes it a name by itself
 * ("King Rudd", "Lord Rudd" beside "Lady Ann Rudd"), or it names a family
 * ("the Rudd family"). */
static int other_person(const chorus_card *c, const card_entity *e, const char *nm)
{
    lword w = {0, (uint32_t)strcspn(nm, " "), 0};
    int sex = lex_in(nm, &w, lex_male_names) ? 1 : lex_in(nm, &w, lex_female_names) ? 2 : 0;
    int seen = courtesy_sexes(c, e);
    return (seen & 4) || (sex && (seen & (3 - sex)));
}

/* 1 when an article writes the name e after a word of kinship ("his wife,
 * Ann Rudd", "first lady Ann Rudd"): the relative of one the story may
 * name by the surname alone, never in full ("President Rudd"). */
static int kin_named(const chorus_card *c, const card_entity *e)
{
    static const char *const kin[] = {"wife", "husband", "widow", "widower", "son", "daughter", "mother",
                                      "father", "brother", "sister", "lady", "grandson", "granddaughter",
                                      "grandmother", "grandfather", "niece", "nephew", "aunt", "uncle",
                                      "cousin", "stepson", "stepdaughter", "spouse", "fiancee", "fiance", NULL};
    size_t n = strlen(e->name);
    for (size_t d = 0; d < c->ndocs; d++) {
        const chorus_doc *doc = card_doc(c, d);
        const char *t = doc->text, *p = t, *end = t + doc->text_len;
        while (e->count[d] && (p = memchr(p, e->name[0], (size_t)(end - p)))) {
            size_t b = (size_t)(p - t), a;
            if (name_at(p, end, e->name, n)) {
                while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == ','))
                    b--;
                for (a = b; a > 0 && t[a - 1] >= 'a' && t[a - 1] <= 'z'; a--)
                    ;
                if (a < b && text_in(t + a, b - a, kin))
                    return 1;
            }
            p++;
        }
    }
    return 0;
}

/* 1 when w[0, n) cannot be a surname alone: a number's ("DC-10"), a
 * plural of capitals ("MPs" of "Tory MPs") or in -men ("Fishermen" of
 * "United Fishermen"), which a run of the same words took for a person. */
static int no_surname(const char *w, size_t n)
{
    size_t caps = 0;
    for (size_t k = 0; k < n; k++) {
        if (isdigit((unsigned char)w[k]))
            return 1;
        caps += w[k] >= 'A' && w[k] <= 'Z';
    }
    /* "MPs", not "McAdams" */
    return (n >= 3 && caps == n - 1 && w[n - 1] == 's') || (n > 4 && !strcmp(w + n - 3, "men"));
}

/* 1 when the name nm ends with a generational suffix ("Tom Rudd III"). */
static int suffixed(const char *nm)
{
    const char *sp = strrchr(nm, ' ');
    size_t m;
    return sp && *(surname_word(nm, sp, &m) + m);
}

/* 0 when the group full (a full name) holds a suffixed name and fewer
 * than half the mentions of the group own (a surname alone) are in
 * articles that write it: an article names a person in full before the
 * surname alone, so that surname is another's, better known ("President
 * Rudd" in four reports, beside a reader "Tom A. Rudd III" whose letter a
 * fifth prints). Not asked of a name with no suffix, whose surname alone
 * is its bearer's as often when the story is of a head of state ("Tom
 * Rudd" once, "Rudd" in three reports). named: c->ndocs bytes of scratch. */
static int introduced(const chorus_card *c, const name_groups *gs, uint32_t own, uint32_t full, uint8_t *named)
{
    uint64_t in = 0, all = 0;
    int suffix = 0;
    for (uint32_t k = gs->head[full]; k != UINT32_MAX && !suffix; k = gs->next[k])
        suffix = suffixed(c->ents.v[k].name);
    if (!suffix)
        return 1;
    memset(named, 0, c->ndocs);
    for (uint32_t k = gs->head[full]; k != UINT32_MAX; k = gs->next[k])
        for (size_t d = 0; d < c->ndocs; d++)
            named[d] |= c->ents.v[k].count[d] > 0;
    for (uint32_t k = gs->head[own]; k != UINT32_MAX; k = gs->next[k])
        for (size_t d = 0; d < c->ndocs; d++) {
            all += c->ents.v[k].count[d];
            in += named[d] ? c->ents.v[k].count[d] : 0;
        }
    return 2 * in >= all;
}

/* 1 when the surname alone i (w[0, n)) of group own may join the group
 * full: own holds no longer name, which would go with it, and no name of
 * full that ends in the surname may be another's (other_person,
 * kin_named: "Mr." before "Ann"). */
static int surname_fits(const chorus_card *c, const name_groups *gs, uint32_t own, uint32_t full, size_t i,
                        const char *w, size_t n)
{
    for (uint32_t k = gs->head[own]; k != UINT32_MAX; k = gs->next[k])
        if (strchr(after_particles(c->ents.v[k].name), ' '))
            return 0;
    for (uint32_t k = gs->head[full]; k != UINT32_MAX; k = gs->next[k]) {
        const char *other = c->ents.v[k].name;
        if (ends_in_surname(other, w, n) && (other_person(c, &c->ents.v[i], other) || kin_named(c, &c->ents.v[k])))
            return 0;
    }
    return 1;
}

/* Joins a surname written alone ("Rudd", "Mr. Rudd", "van Loon") to the
 * one person of the story whose full name ends in it ("Tom Rudd", "Piet
 * van Loon"): a reader counts them as one. The full name must be named as
 * surnames_are_people asks, or the surname itself after a title or before
 * a speech verb, and fit to be shown (full_name); not when two people
 * share the surname ("Ann Kole", "Piet Kole"), when a longer name opens
 * with it ("Ossel" beside "Ossel Prize", "Hale" of "Tom Hale" beside "Hale
 * Kole") or holds it inside ("Walt Hebden Co"), when its own votes make it
 * a place or an organisation, when it is a people's word or no surname's
 * shape (no_surname), and when it may
 * name another (surname_fits: "President Rudd" beside "first lady Ann
 * Rudd"). As a given name alone, it is never the name shown and its
 * votes are dropped, so the person's decide the kind. */
static int link_surnames(const chorus_card *c, const ent_acc *acc, const int *kind, uint32_t *to, uint8_t *alone)
{
    const card_entity_vec *ents = &c->ents;
    uint32_t *votes = acc->votes.v, g, x;
    chmap *last = chmap_new(), *named = chmap_new(), *first = chmap_new();
    uint8_t *named_in = malloc(c->ndocs ? c->ndocs : 1);
    name_groups gs;
    int rc = list_groups(&gs, to, ents->n);
    if (rc == 0)
        rc = last && named && first && named_in ? surname_maps(ents, acc, kind, to, last, named, first) : -1;
    for (size_t i = 0; rc == 0 && i < ents->n; i++) {
        const char *nm = ents->v[i].name, *w = bare_surname(after_particles(nm));
        const uint32_t *vt = votes + i * NVOTES;
        size_t n = strlen(w);
        if (!ents->v[i].total || alone[i] || strchr(w, ' ') || (kind[i] != K_PERSON && kind[i] != K_OTHER) ||
            text_in(w, n, lex_peoples) || no_surname(w, n) || !chmap_get(last, w, n, &g) || g == UINT32_MAX ||
            chmap_get(first, w, n, &x) || group_of(to, (uint32_t)i) == group_of(to, g) ||
            !chmap_get(named, w, n, &x) || x == 0 || (x == 1 && !vt[K_TITLED] && !vt[K_SAID]))
            continue;
        uint32_t own = group_of(to, (uint32_t)i), full = group_of(to, g);
        if (!surname_fits(c, &gs, own, full, i, w, n) || !introduced(c, &gs, own, full, named_in))
            continue;
        for (uint32_t k = gs.head[own]; k != UINT32_MAX; k = gs.next[k]) {
            alone[k] = 1;
            memset(votes + (size_t)k * NVOTES, 0, NVOTES * sizeof *votes);
        }
        join_groups(&gs, to, own, full);
    }
    chmap_free(last);
    chmap_free(named);
    chmap_free(first);
    free(named_in);
    free_groups(&gs);
    return rc;
}

/* The consonant outline of a spelling key: its first and last letters
 * around the consonants between them (y is a vowel), a doubled one
 * written once ("qda" of "qaida" and "qaeda", "sgdv" of "sagdeyev" and
 * "sagdeev"). 0 for a key under five letters or without a consonant
 * inside. */
static size_t outline(const char *key, size_t n, char *out, size_t cap)
{
    size_t k = 0;
    if (n < 5 || n + 1 > cap)
        return 0;
    out[k++] = key[0];
    for (size_t i = 1; i + 1 < n; i++)
        if (!strchr("aeiouy", key[i]) && key[i] != key[i - 1])
            out[k++] = key[i];
    if (k == 1)
        return 0;
    out[k++] = key[n - 1];
    return k;
}

/* 1 when the strings a[0, na) and b[0, nb) are one letter apart: one
 * letter changed, added or dropped ("qaida", "qaeda"; "labour", "labor"). */
static int one_edit(const char *a, size_t na, const char *b, size_t nb)
{
    if (na < nb)
        return one_edit(b, nb, a, na);
    if (na - nb > 1)
        return 0;
    size_t i = 0;
    while (i < nb && a[i] == b[i])
        i++;
    if (na == nb) /* one change: the rest is equal */
        return i < na && memcmp(a + i + 1, b + i + 1, na - i - 1) == 0;
    return memcmp(a + i + 1, b + i, nb - i) == 0;
}

/* The next word of the name at *p (split at spaces and hyphens) in lower
 * case without stops and apostrophes, into out; initials ("E.") are
 * skipped. 0 at the end of the name. */
static size_t next_word(const char **p, char *out, size_t cap)
{
    for (;;) {
        const char *s = *p + strspn(*p, " -");
        size_t n = strcspn(s, " -"), k = 0;
        *p = s + n;
        if (!n)
            return 0;
        for (size_t i = 0; i < n && k + 1 < cap; i++) {
            size_t ap = apostrophe_len(s, i, n);
            if (ap || s[i] == '.')
                i += ap ? ap - 1 : 0;
            else
                out[k++] = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] | 32) : s[i];
        }
        if (k >= 2)
            return k;
    }
}

static int vowel(char ch) { return strchr("aeiou", ch) && ch; }

/* 1 when a[0, na) and b[0, nb), one letter apart, differ inside a run of
 * vowels ("qaida", "qaeda"; "labour", "labor") or by a doubled letter
 * ("travellers"): the way one name is spelled two ways, where a vowel
 * changed next to consonants makes another name ("Zhujiang", the river,
 * and "Zhejiang", the province). */
static int vowel_edit(const char *a, size_t na, const char *b, size_t nb)
{
    if (na < nb)
        return vowel_edit(b, nb, a, na);
    size_t i = 0;
    while (i < nb && a[i] == b[i])
        i++;
    int near = (i > 0 && vowel(a[i - 1])) || (i + 1 < na && vowel(a[i + 1]));
    if (na == nb)
        return vowel(a[i]) && vowel(b[i]) && near;
    return (vowel(a[i]) && near) || (i > 0 && a[i] == a[i - 1]) || (i + 1 < na && a[i] == a[i + 1]);
}

/* 1 when names x and y have as many words, each pair the same or one
 * letter apart ("Qassem", "Qasem"; "Jong", "Jung"; a one-word name only
 * by vowel_edit), but two common given names the same: "Tim Cook" is not
 * "Tom Cook". */
static int close_words(const char *x, const char *y)
{
    char wx[64], wy[64];
    size_t nx, ny, words = 0;
    int vowels_only = 1;
    while ((nx = next_word(&x, wx, sizeof wx)) | (ny = next_word(&y, wy, sizeof wy))) {
        if (!nx || !ny)
            return 0;
        words++;
        if (nx == ny && memcmp(wx, wy, nx) == 0)
            continue;
        wx[nx] = wy[ny] = '\0';
        if ((given_name(wx) && given_name(wy)) || !one_edit(wx, nx, wy, ny))
            return 0;
        vowels_only &= vowel_edit(wx, nx, wy, ny);
    }
    return words > 1 || vowels_only;
}

/* 1 when group g (gs) holds a name that article d mentions. */
static int group_in_doc(const chorus_card *c, const name_groups *gs, uint32_t g, size_t d)
{
    for (uint32_t k = gs->head[g]; k != UINT32_MAX; k = gs->next[k])
        if (c->ents.v[k].count[d])
            return 1;
    return 0;
}

/* 1 when no article names a member of i's group and one of j's. */
static int groups_apart(const chorus_card *c, const name_groups *gs, uint32_t *to, uint32_t i, uint32_t j)
{
    uint32_t gi = group_of(to, i), gj = group_of(to, j);
    for (size_t d = 0; d < c->ndocs; d++)
        if (group_in_doc(c, gs, gi, d) && group_in_doc(c, gs, gj, d))
            return 0;
    return 1;
}

/* The words of a name, split at spaces and hyphens, but for initials;
 * 0 when a word is in capitals, where every letter counts ("Super Bowl
 * XXIV" and "XXV", "NFL"). */
static size_t spelled_words(const char *nm)
{
    size_t words = 0;
    for (const char *p = nm; *p;) {
        size_t n = strcspn(p, " -");
        lword w = {0, (uint32_t)n, 0};
        if (acronym(p, &w))
            return 0;
        words += n >= 2 && p[1] != '.';
        p += n + (p[n] != '\0');
    }
    return words;
}

/* Joins the transliterations of a name ("al-Qaida" and "al-Qaeda",
 * "Qassem Soleimani" and "Qasem Soleimani"): names of one kind and one
 * consonant outline whose words are each the same or one letter apart
 * (close_words; "Newark" is not "New York") and that no article writes
 * both of, as each outlet keeps to its own spelling; a name joins no
 * group an article names beside it. A person's name needs two words:
 * "Raimer" and "Reimer" are two people. Each name is tried against all
 * earlier names of its outline (prev chains them). */
static int link_transliterations(const chorus_card *c, const int *kind, uint32_t *to)
{
    const card_entity_vec *ents = &c->ents;
    chmap *last = chmap_new();
    uint32_t *prev = malloc((ents->n + 1) * sizeof *prev), j;
    char key[256], out[256];
    size_t n;
    name_groups gs;
    int rc = list_groups(&gs, to, ents->n) == 0 && last && prev ? 0 : -1;
    for (uint32_t i = 0; rc == 0 && i < ents->n; i++) {
        const card_entity *e = &ents->v[i];
        size_t words = spelled_words(e->name);
        if (!e->total || !words || (kind[i] == K_PERSON && words < 2) ||
            !(n = outline(key, spelling_key(e->name, key, sizeof key), out, sizeof out)))
            continue;
        prev[i] = chmap_get(last, out, n, &j) ? j : UINT32_MAX;
        for (uint32_t m = prev[i]; m != UINT32_MAX; m = prev[m])
            if (kind[m] == kind[i] && close_words(ents->v[m].name, e->name) && groups_apart(c, &gs, to, m, i))
                join_groups(&gs, to, m, i);
        rc = chmap_set(last, out, n, i);
    }
    chmap_free(last);
    free(prev);
    free_groups(&gs);
    return rc;
}

/* Counts the names of each group under its most mentioned one (the first
 * on a tie) that is not a given name alone, which lists the others in its
 * also. */
static int merge_groups(chorus_card *c, ent_acc *acc, uint32_t *to, const uint8_t *alone)
{
    card_entity_vec *ents = &c->ents;
    uint32_t *shown = malloc((ents->n + 1) * sizeof *shown);
    if (!shown)
        return -1;
    for (uint32_t i = 0; i < ents->n; i++)
        shown[i] = i;
    for (uint32_t i = 0; i < ents->n; i++) {
        uint32_t g = group_of(to, i);
        if (!alone[i] && (alone[shown[g]] || ents->v[i].total > ents->v[shown[g]].total))
            shown[g] = i;
    }
    for (uint32_t i = 0; i < ents->n; i++)
        ents->v[shown[group_of(to, i)]].nalso += shown[group_of(to, i)] != i;
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < ents->n; i++)
        if (ents->v[i].nalso && !(ents->v[i].also = carena_alloc(c->arena, ents->v[i].nalso * sizeof(char *))))
            rc = -1;
    for (size_t i = 0; i < ents->n; i++)
        ents->v[i].nalso = 0;
    for (uint32_t i = 0; rc == 0 && i < ents->n; i++)
        if (shown[group_of(to, i)] != i)
            merge_entity(ents, acc, c->ndocs, i, shown[group_of(to, i)]);
    free(shown);
    return rc;
}

/* Folds the names of one entity into the most mentioned of them, which
 * lists the others: spellings ("U.S." and "US", "Kim Jong-un" and "Kim
 * Jong Un"), abbreviations ("FEMA"), transliterations ("al-Qaeda"),
 * aliases ("ISIS" for "Islamic State") and given names alone ("Clarence").
 * Outlets write a name their own way; it is still one entity. The kinds
 * compared are those of each name's own votes. */
static int fold_spellings(chorus_card *c, ent_acc *acc)
{
    size_t n = c->ents.n;
    uint32_t *to = malloc((n + 1) * sizeof *to);
    int *kind = malloc((n + 1) * sizeof *kind);
    uint8_t *alone = calloc(n + 1, 1);
    int rc = to && kind && alone ? 0 : -1;
    for (size_t i = 0; rc == 0 && i < n; i++) {
        to[i] = (uint32_t)i;
        kind[i] = voted_kind(c->ents.v[i].name, acc->votes.v + i * NVOTES);
    }
    if (rc == 0)
        rc = link_spellings(&c->ents, to);
    if (rc == 0)
        rc = link_abbreviations(c, kind, acc->votes.v, to);
    if (rc == 0)
        rc = link_transliterations(c, kind, to);
    if (rc == 0)
        rc = link_aliases(&c->ents, kind, to);
    if (rc == 0)
        rc = link_given_names(c, kind, acc->votes.v, to, alone);
    if (rc == 0)
        rc = link_surnames(c, acc, kind, to, alone);
    if (rc == 0)
        rc = merge_groups(c, acc, to, alone);
    free(to);
    free(kind);
    free(alone);
    return rc;
}

/* Words a place's name writes in lower case after its first ("Rio de
 * Janeiro", "Stratford-upon-Avon"). */
static const char *const place_particles[] = {"de", "da", "do", "dos", "das", "del", "es", "of", "and",
                                              "on", "upon", NULL};

/* 1 when the word w[0, n) of a place's name in capitals is an acronym,
 * which title case would misspell: a known organisation's ("NATO
 * HEADQUARTERS") or one the story names alone, in capitals, as an
 * organisation ("NASA" beside "NASA BASE"). */
static int acronym_word(const card_entity_vec *ents, const char *w, size_t n)
{
    if (text_in(w, n, lex_orgs))
        return 1;
    for (size_t i = 0; i < ents->n; i++)
        if (strlen(ents->v[i].name) == n && memcmp(ents->v[i].name, w, n) == 0 &&
            strcmp(ents->v[i].kind, "organisation") == 0)
            return 1;
    return 0;
}

/* 1 when the name nm in capitals, a place's, reads the same in title case:
 * ASCII letters in words joined by spaces or hyphens, each of four
 * letters or more ("WASHINGTON", "WEST PALM BEACH"), or a known place of
 * several words, also with stops ("NEW YORK", "ST. LOUIS"); not an
 * acronym ("USA", "U.S.", "UAE"), nor with one ("NATO HEADQUARTERS"). */
static int recasable_place(const card_entity_vec *ents, const char *nm)
{
    size_t n = strlen(nm), word = 0;
    int known = strchr(nm, ' ') && known_place(nm, n);
    for (size_t k = 0; k <= n; k++) {
        if (k == n || nm[k] == ' ' || nm[k] == '-') {
            if ((word < 4 && !known) || acronym_word(ents, nm + k - word, word))
                return 0;
            word = 0;
        } else if ((nm[k] >= 'A' && nm[k] <= 'Z') || (nm[k] == '.' && known)) {
            word++;
        } else {
            return 0;
        }
    }
    return 1;
}

/* The word w[0, n) of a name in capitals, in title case, into out: a
 * letter after a stop opens too ("D.C."), and so does the one after a
 * Scottish or Irish "Mc" ("McHenry County", not "Mchenry"); a particle
 * after the first word goes in lower case ("Rio de Janeiro"). */
static void title_word_case(const char *w, size_t n, int first, char *out)
{
    int particle = !first && text_in(w, n, place_particles);
    for (size_t k = 0; k < n; k++) {
        int opens = !particle && (k == 0 || w[k - 1] == '.' || (k == 2 && n > 3 && memcmp(w, "MC", 2) == 0));
        out[k] = (char)(opens || w[k] < 'A' || w[k] > 'Z' ? w[k] : w[k] | 0x20);
    }
}

/* Shows a name in capitals in the story's spelling in mixed case of the
 * same letters when its group holds one ("De Kellan" beside the more
 * frequent "DEKELLAN", which title case would make "Dekellan"; the same
 * letters in one case were folded by fold_capitals); 1 when it does. */
static int mixed_spelling(card_entity *e)
{
    char key[128], other[128];
    size_t n = in_capitals(e->name) ? spelling_key(e->name, key, sizeof key) : 0;
    for (uint32_t k = 0; n && k < e->nalso; k++) {
        const char *nm = e->also[k];
        if (!in_capitals(nm) && spelling_key(nm, other, sizeof other) == n && memcmp(key, other, n) == 0 &&
            strpbrk(nm, "abcdefghijklmnopqrstuvwxyz")) {
            e->also[k] = e->name;
            e->name = nm;
            return 1;
        }
    }
    return 0;
}

/* A place the story names only in capitals, as a dateline does
 * ("WASHINGTON (AP) _"), is shown in title case ("Washington"): a reader
 * knows it so, and capitals read as shouting or an acronym. Names that
 * the story also writes in mixed case were folded into that spelling
 * (fold_capitals) or are shown in it (mixed_spelling). */
static int recase_places(chorus_card *c)
{
    char buf[128];
    for (size_t i = 0; i < c->ents.n; i++) {
        card_entity *e = &c->ents.v[i];
        size_t n = strlen(e->name);
        if (mixed_spelling(e) || n >= sizeof buf || strcmp(e->kind, "place") != 0 || !in_capitals(e->name) ||
            !recasable_place(&c->ents, e->name))
            continue;
        for (size_t k = 0; k < n;) {
            size_t w = strcspn(e->name + k, " -");
            title_word_case(e->name + k, w, k == 0, buf + k);
            if (k + w < n)
                buf[k + w] = e->name[k + w];
            k += w + 1;
        }
        if (!(e->name = card_span(c, buf, n)))
            return -1;
    }
    return 0;
}

int card_entities(card_build *b)
{
    chorus_card *c = b->card;
    ent_acc acc = {chmap_new(), &c->ents, {0}, {0}, NULL, chmap_new(), {0}, {0}, 0};
    int rc = acc.ids && acc.lower ? 0 : -1;
    for (size_t s = 0; s < b->m->nsents && rc == 0; s++) /* a reporter's credit or a player's labels name no one */
        rc = b->furniture[s] & 1 ? 0 : sentence_entities(b, &acc, s); /* a caption's names count */
    acc.plural_pass = 1;
    for (size_t k = 0; k < acc.plurals.n && rc == 0; k++)
        rc = sentence_entities(b, &acc, acc.plurals.v[k]);
    if (rc == 0)
        rc = clause_openers(b, &acc);
    if (rc == 0)
        rc = fold_capitals(&c->ents, &acc, c->ndocs);
    if (rc == 0)
        unshape_things(&c->ents, &acc);
    if (rc == 0)
        rc = fold_spellings(c, &acc);
    for (size_t i = 0; rc == 0 && i < c->ents.n; i++)
        c->ents.v[i].kind = kind_names[voted_kind(c->ents.v[i].name, acc.votes.v + i * NVOTES)];
    if (rc == 0)
        rc = surnames_are_people(&c->ents, &acc);
    if (rc == 0)
        drop_common_words(&c->ents, &acc);
    if (rc == 0)
        rc = recase_places(c);
    chmap_free(acc.ids);
    chmap_free(acc.lower);
    VEC_FREE(&acc.lower_n);
    VEC_FREE(&acc.votes);
    VEC_FREE(&acc.later);
    VEC_FREE(&acc.plurals);
    if (rc == 0 && c->ents.n > 1)
        qsort(c->ents.v, c->ents.n, sizeof *c->ents.v, cmp_entity);
    if (c->ents.n > MAX_ENTITIES)
        c->ents.n = MAX_ENTITIES;
    return rc;
}
