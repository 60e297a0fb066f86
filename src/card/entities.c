/* Entities: capitalised names (people, organisations, places) with their
 * mention counts per article. */
#include <stdlib.h>
#include <string.h>

#include "card/card.h"
#include "card/lex.h"
#include "util/hmap.h"

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
    "authority", "club", "trust", "exchange", "school", "institutes", NULL};
static const char *const place_words[] = {"island", "islands", "port", "city", "county", "river",
                                          "lake", "mount", "bay", "street", "province", "valley",
                                          "coast", "sea", "ocean", "strait", "peninsula", NULL};
/* Place words that name a place only at a name's end: "Palm Beach", "Hyde
 * Park", not "Park Geun-hye". */
static const char *const place_ends[] = {"park", "cemetery", "square", "airport", "beach", "canyon",
                                         "desert", "forest", "mountains", "gulf", "harbor", "harbour",
                                         "bridge", "dam", "canal", "east", NULL};
/* Words before a country or state that name part of it: "Southern
 * California", "Latin America", not "George Washington". */
static const char *const regions[] = {"southern", "northern", "eastern", "western", "central", "baja", "latin",
                                      "upstate", "downstate", "greater", "soviet", NULL};
/* Words that open the name of an event: "Hurricane Michael", "Tropical
 * Storm Harvey", "Operation Desert Storm". */
static const char *const event_openers[] = {"hurricane", "typhoon", "cyclone", "tropical", "storm",
                                            "operation", NULL};
/* Words that open a place's name ("New York", "North Carolina", "San
 * Diego") and words that end a name that is no one's ("Election Day"). */
static const char *const place_openers[] = {"new", "north", "south", "east", "west", "san", "santa",
                                            "los", "las", "fort", "saint", "upper", "lower", "middle", "far",
                                            "capitol", NULL};
static const char *const not_person_words[] = {"day", "act", "law", "bill", "war", "control", "services",
                                               "affairs", "security", "health", "olympics",
                                               "games", "championships", "championship", "credit",
                                               "eve", "festival", "cup", "series", "prize", "award", "awards",
                                               "plan", "program", "programme", "project", "summit",
                                               "conference", "report", "index", "poll", "tournament", NULL};
/* Titles inside a run that the name follows ("Special Counsel Robert
 * Mueller", "Justice Ruth Bader Ginsburg"), beside the card's titles. */
static const char *const inner_titles[] = {"counsel", "justice", "speaker", "attorney", "leader",
                                           "spokesman", "spokeswoman", "candidate", "coach",
                                           "democrat", "republican", "ceo", "whip", NULL};
/* Countries and the states of the US, whose names a reader knows as
 * places wherever they stand ("Russia said ...", "through Wisconsin");
 * lower case, as lex_in compares. */
static const char *const known_places[] = {
    "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia",
    "austria", "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium",
    "belize", "benin", "bhutan", "bolivia", "bosnia", "botswana", "brazil", "brunei", "bulgaria",
    "burkina faso", "burma", "burundi", "cambodia", "cameroon", "canada", "chad", "chile", "china",
    "colombia", "comoros", "congo", "costa rica", "croatia", "cuba", "cyprus", "czech republic",
    "denmark", "djibouti", "dominica", "dominican republic", "east timor", "ecuador", "egypt",
    "el salvador", "eritrea", "estonia", "eswatini", "ethiopia", "fiji", "finland", "france", "gabon",
    "gambia", "georgia", "germany", "ghana", "greece", "grenada", "guatemala", "guinea", "guyana",
    "haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy",
    "ivory coast", "jamaica", "japan", "jordan", "kazakhstan", "kenya", "kiribati", "kosovo", "kuwait",
    "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia", "libya", "liechtenstein",
    "lithuania", "luxembourg", "madagascar", "malawi", "malaysia", "maldives", "mali", "malta",
    "mauritania", "mauritius", "mexico", "micronesia", "moldova", "monaco", "mongolia", "montenegro",
    "morocco", "mozambique", "myanmar", "namibia", "nauru", "nepal", "netherlands", "new zealand",
    "nicaragua", "niger", "nigeria", "north korea", "north macedonia", "norway", "oman", "pakistan",
    "palau", "palestine", "panama", "papua new guinea", "paraguay", "peru", "philippines", "poland",
    "portugal", "qatar", "romania", "russia", "rwanda", "samoa", "san marino", "saudi arabia", "senegal",
    "serbia", "seychelles", "sierra leone", "singapore", "slovakia", "slovenia", "somalia",
    "south africa", "south korea", "south sudan", "spain", "sri lanka", "sudan", "suriname", "sweden",
    "switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand", "togo", "tonga",
    "trinidad", "tunisia", "turkey", "turkmenistan", "tuvalu", "uganda", "ukraine",
    "united arab emirates", "united kingdom", "britain", "great britain", "england", "scotland",
    "wales", "united states", "u.s.", "us", "usa", "america", "uruguay", "uzbekistan", "vanuatu",
    "vatican", "venezuela", "vietnam", "yemen", "zambia", "zimbabwe", "soviet union", "west germany",
    "east germany", "yugoslavia", "alabama", "alaska", "arizona", "arkansas", "california", "colorado",
    "connecticut", "delaware", "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
    "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
    "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey",
    "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon",
    "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
    "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming", "puerto rico",
    "d.c.", "washington d.c.", "europe", "asia", "africa", "antarctica", "north america", "south america",
    "latin america", "central america", "middle east", "caribbean", "scandinavia", "balkans",
    /* AP's state abbreviations ("Boston, Mass."), not those that are words ("Miss", "Pa", "La") */
    "ala", "ariz", "ark", "calif", "colo", "conn", "fla", "ga", "ill", "kan", "ky", "md", "mass", "mich",
    "minn", "mont", "neb", "nev", "n.h", "n.j", "n.m", "n.y", "n.c", "n.d", "okla", "ore", "r.i", "s.c",
    "s.d", "tenn", "tex", "vt", "w.va", "wis", "wyo", NULL};
/* Organisations whose name goes on with "for" ("Centers for Disease
 * Control", "Agency for International Development"); not "House" or
 * "Government", which "for" follows in other ways ("the White House for
 * ..."). */
static const char *const for_orgs[] = {"agency", "institute", "center", "centre", "centers", "committee",
                                       "foundation", "bank", "organization", "organisation", "commission",
                                       "council", "fund", "alliance", "coalition", "association", "society",
                                       "office", "board", "bureau", "school", NULL};
static const char *const place_preps[] = {"in", "near", "at", "from", "across", "into",
                                          "outside", "throughout", NULL};
static const char *const not_names[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "i", "mr",
    "mrs", "ms", "dr", "officials", "sources", "authorities", "witnesses", "residents", "experts",
    "analysts", NULL};
/* Words before a name that are not part of it: "Former FBI Director James
 * Comey", "Although Yeltsin won", "Two Pennsylvania towns". */
static const char *const lead_words[] = {"former", "late", "acting", "although", "though", "because",
                                         "unless", "whether", "rear", "two", "three", "four", "five", "six",
                                         "seven", "eight", "nine", "ten", NULL};

/* Abbreviated titles ("Capt. Larry Seaquist", "Rear Adm.") and place
 * words ("St. Louis", "Mount St. Helens") whose stop carries a run on. */
static const char *const abbr_titles[] = {"capt", "col", "sgt", "adm", "maj", "cmdr", "brig", "atty",
                                          "cpl", "pvt", "det", "supt", "lieut", "msgr", "rev", "gens",
                                          "sens", "reps", "lt", "gen", "gov", "sen", "rep", NULL};
static const char *const abbr_places[] = {"st", "mt", "ft", NULL};

enum { K_PERSON, K_ORG, K_PLACE, K_OTHER, NKINDS };
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

/* Length of the apostrophe (' or U+2019) at t[k] before e, or 0. */
static size_t apostrophe_len(const char *t, size_t k, size_t e)
{
    if (t[k] == '\'')
        return 1;
    const unsigned char *u = (const unsigned char *)t + k;
    return k + 2 < e && u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0x99 ? 3 : 0;
}

/* 1 for a word ending in a possessive "'s" (' or U+2019). */
static int possessive(const char *t, const lword *w)
{
    size_t n = w->end - w->start;
    const char *s = t + w->start;
    if (n < 3 || (s[n - 1] | 32) != 's')
        return 0;
    return s[n - 2] == '\'' || (n >= 5 && apostrophe_len(t, w->end - 4, w->end) == 3);
}

/* The word without a possessive "'s", so "County's" is looked up as "County". */
static lword bare(const char *t, const lword *w)
{
    lword x = *w;
    if (possessive(t, w))
        x.end -= t[w->end - 2] == '\'' ? 2 : 4;
    return x;
}

/* 1 when a word of [a, b) is one of list. */
static int any_in(const char *t, const lword_vec *v, size_t a, size_t b, const char *const *list)
{
    for (size_t i = a; i < b; i++)
        if (lex_in(t, &v->v[i], list))
            return 1;
    return 0;
}

/* 1 when word k is a title, spelled out or abbreviated ("Sen", "Capt"). */
static int title_word(const char *t, const lword_vec *v, size_t k)
{
    return lex_in(t, &v->v[k], lex_titles) || lex_in(t, &v->v[k], abbr_titles);
}

/* 1 when a title stands right before word a ("Sen. Paul", "President
 * Bush", "Capt. Larry Seaquist"): the run names a person. */
static int after_title(const char *t, const lword_vec *v, size_t a)
{
    if (a > 1 && v->v[a - 1].punct == '.')
        a--;
    return a > 0 && title_word(t, v, a - 1);
}

/* The kind one mention suggests; the entity takes the most suggested. */
static int entity_kind(const char *t, const lword_vec *v, size_t a, size_t b)
{
    const lword last = bare(t, &v->v[b - 1]);
    if (b - a >= 2 && lex_in(t, &v->v[a], event_openers))
        return K_OTHER;
    if (any_in(t, v, a, b - 1, org_words) || lex_in(t, &last, org_words))
        return K_ORG;
    if (b - a == 1 && acronym(t, &last))
        return K_ORG;
    if (after_title(t, v, a))
        return K_PERSON;
    if (any_in(t, v, a, b - 1, place_words) || lex_in(t, &last, place_words) ||
        (b - a >= 2 && lex_in(t, &v->v[a], abbr_places)))
        return K_PLACE; /* "St. Petersburg" */
    if (b - a >= 2 && (lex_in(t, &v->v[a], place_openers) || lex_in(t, &last, place_ends) ||
                       (lex_in(t, &v->v[a], regions) && lex_in(t, &last, known_places))))
        return K_PLACE;
    size_t p = a > 0 && lex_in(t, &v->v[a - 1], (const char *const[]){"the", NULL}) ? a - 1 : a;
    if (p > 0 && lex_in(t, &v->v[p - 1], place_preps) && b - a <= 3)
        return K_PLACE;
    if (b < v->n && !v->v[b].punct && lex_in(t, &v->v[b], lex_speech_verbs) && p == a)
        return K_PERSON;
    size_t words = b - a, most = 3 + (size_t)lex_in(t, &last, lex_name_suffixes);
    for (size_t i = a; i < b; i++)
        words -= v->v[i].punct != 0; /* a middle initial's stop */
    if (words >= 2 && words <= most && p == a && !lex_in(t, &last, not_person_words))
        return K_PERSON; /* "Joe Biden", "George W. Bush", not "the United States" or "Election Day" */
    return K_OTHER;
}

typedef struct ent_acc {
    chmap *ids;
    card_entity_vec *ents;
    VEC(uint32_t) votes; /* NKINDS per entity */
} ent_acc;

/* 1 for a compound modifier: a hyphen then lower case ("US-led",
 * "Sixteen-year-old"), but not "al-Assad". */
static int modifier(const char *t, const lword *w)
{
    size_t n = w->end - w->start;
    const char *s = t + w->start;
    const char *h = memchr(s, '-', n);
    return h && h + 1 < s + n && h[1] >= 'a' && h[1] <= 'z' && !(h - s == 2 && (s[0] | 32) == 'a');
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
    for (size_t i = 0; i < n; i++)
        low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
    return chorus_tokens_is_stop(bd->m->tok, low, n);
}

static const char *const connectors[] = {"of", "for", "and", NULL};
static const char *const of_word[] = {"of", NULL};

/* 1 for a middle initial's stop: a "." glued to one capital letter before
 * it ("E." in "Richard E. Smith"). */
static int initial_stop(const char *t, const lword_vec *v, size_t j)
{
    if (j == 0 || v->v[j].punct != '.')
        return 0;
    const lword *w = &v->v[j - 1];
    return !w->punct && w->end == v->v[j].start && w->end - w->start == 1 && t[w->start] >= 'A' &&
           t[w->start] <= 'Z';
}

/* 1 for the stop of an abbreviated title or place word ("Capt.", "St."). */
static int abbr_stop(const char *t, const lword_vec *v, size_t j)
{
    if (j == 0 || v->v[j].punct != '.' || v->v[j - 1].punct || v->v[j - 1].end != v->v[j].start)
        return 0;
    return lex_in(t, &v->v[j - 1], abbr_titles) || lex_in(t, &v->v[j - 1], abbr_places);
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

/* Where the name in the run of capitalised words [a, b) starts: after
 * articles and leading words, and after a title ("US President Donald
 * Trump" is Donald Trump, "Supreme Court Justice Ruth Bader Ginsburg" Ruth
 * Bader Ginsburg) unless an organisation follows it ("Justice Department",
 * "Vice President's Office"); after an office named with "of" ("White
 * House Chief of Staff Mick Mulvaney"). */
static size_t name_start(const char *t, const lword_vec *v, size_t a, size_t b)
{
    while (a < b && (v->v[a].punct || title_word(t, v, a) || lex_in(t, &v->v[a], not_names) ||
                     lex_in(t, &v->v[a], lead_words) || modifier(t, &v->v[a]) ||
                     (lex_in(t, &v->v[a], lex_function_words) && !acronym(t, &v->v[a])))) { /* not "US" */
        if (a + 1 < b && lex_in(t, &v->v[a], lex_titles) && lex_in(t, &v->v[a + 1], of_word))
            return office_holder(t, v, a + 2, b);
        a++;
    }
    size_t start = a;
    for (size_t i = a; i + 1 < b; i++) {
        if (!title_word(t, v, i) && !lex_in(t, &v->v[i], inner_titles))
            continue;
        if (lex_in(t, &v->v[i + 1], of_word))
            return office_holder(t, v, i + 2, b);
        if (!any_in(t, v, i + 1, b, org_words))
            start = i + 1 + (v->v[i + 1].punct == '.' && i + 2 < b); /* "Air Force Col. John Smith" */
    }
    return start;
}

/* Where the name in [a, b) ends: before a title or a date word at its end
 * ("New York Gov", "Paris Tuesday"), but not one that a connector joined
 * to the name ("Department of Justice", "Fourth of July"). */
static size_t name_end(const char *t, const lword_vec *v, size_t a, size_t b)
{
    while (b > a + 1 && !lex_in(t, &v->v[b - 2], connectors) &&
           (title_word(t, v, b - 1) || lex_in(t, &v->v[b - 1], inner_titles) ||
            lex_in(t, &v->v[b - 1], not_names)))
        b--;
    return b;
}

static int add_mention(const card_build *bd, ent_acc *acc, const char *t, const lword_vec *v, size_t a,
                       size_t b, uint32_t doc)
{
    chorus_card *c = bd->card;
    a = name_start(t, v, a, b);
    b = name_end(t, v, a, b);
    if (a >= b || (b - a == 1 && (not_a_name(bd, t, &v->v[a]) || v->v[a].end - v->v[a].start < 2)))
        return 0;
    size_t s = v->v[a].start, e = v->v[b - 1].end;
    if ((e - s >= 3 && t[e - 2] == '.' && t[e - 1] >= 'A' && t[e - 1] <= 'Z' && t[e] == '.') ||
        (t[e] == '.' && lex_in(t, &v->v[b - 1], (const char *const[]){"jr", "sr", NULL})))
        e++; /* "U.S.", "D.C.", "Jr.": the lexer leaves the last dot out */
    for (size_t k = s; k < e; k++) { /* "Biden's" counts as "Biden"; "I've" is no name */
        size_t al = apostrophe_len(t, k, e);
        if (!al)
            continue;
        if (k + al + 1 == e && (t[k + al] == 's' || t[k + al] == 'S')) {
            e = k;
            break;
        }
        if (b - a == 1)
            return 0;
    }
    if (e <= s || text_in(t + s, e - s, not_names)) /* "Tuesday's" */
        return 0;
    int64_t id = chmap_intern(acc->ids, t + s, e - s);
    if (id < 0)
        return -1;
    if ((size_t)id == acc->ents->n) {
        card_entity en = {card_span(c, t + s, e - s), NULL,
                          carena_alloc(c->arena, c->ndocs * sizeof(uint32_t)), 0};
        if (!en.name || !en.count || VEC_PUSH(acc->ents, en) < 0 ||
            VEC_RESERVE(&acc->votes, (size_t)(id + 1) * NKINDS) < 0)
            return -1;
        memset(acc->votes.v + id * NKINDS, 0, NKINDS * sizeof(uint32_t));
        acc->votes.n = (size_t)(id + 1) * NKINDS;
    }
    acc->votes.v[id * NKINDS + entity_kind(t, v, a, b)]++;
    acc->ents->v[id].count[doc]++;
    acc->ents->v[id].total++;
    return 0;
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

/* Whether word j, not capitalised, carries the run [a, j) of capitalised
 * words on: a middle initial's stop, "of" before a capital after one word
 * or an organisation, place or title ("Bank of England", "Secretary of
 * State", "Republican Party of Pennsylvania"), "for" after an
 * organisation ("Agency for International Development"), "and" closing an
 * organisation's list. */
static int joins_run(const char *t, const lword_vec *v, size_t a, size_t j)
{
    if (j + 1 >= v->n || !lex_cap(t, &v->v[j + 1]))
        return 0;
    if (initial_stop(t, v, j) || abbr_stop(t, v, j))
        return 1;
    if (lex_in(t, &v->v[j], of_word)) { /* not "Jim Acosta of CNN" */
        const lword *w = &v->v[j - 1];
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
 * of the person's name. */
static int title_prefix(const card_build *bd, ent_acc *acc, const char *t, const lword_vec *v, size_t a,
                        size_t b, uint32_t doc)
{
    size_t p = name_start(t, v, a, b);
    if (p > a + 1 && v->v[p - 1].punct == '.')
        p--;
    if (p <= a + 1 || (!title_word(t, v, p - 1) && !lex_in(t, &v->v[p - 1], inner_titles)))
        return 0;
    static const char *const title_parts[] = {"majority", "minority", "petty", "lieutenant", "deputy",
                                              "assistant", "district", "budget", NULL};
    size_t s = name_start(t, v, a, p - 1), e = name_end(t, v, s, p - 1);
    while (e > s + 1 && lex_in(t, &v->v[e - 1], title_parts)) /* "Senate Majority Leader" */
        e--;
    if (s >= e || lex_in(t, &v->v[e - 1], title_parts))
        return 0;
    int kind = entity_kind(t, v, s, e), known = text_in(t + v->v[s].start, v->v[e - 1].end - v->v[s].start,
                                                         known_places); /* "Oregon Gov. Neil Goldschmidt" */
    return kind == K_ORG || kind == K_PLACE || known ? add_mention(bd, acc, t, v, a, e, doc) : 0;
}

/* A run with a possessive inside names two things: "CNN's Jim Acosta" is
 * CNN and Jim Acosta, "Iran's Revolutionary Guard" Iran and the Guard. One
 * word after it keeps the run whole ("Martha's Vineyard"). */
static int add_run(const card_build *bd, ent_acc *acc, const char *t, const lword_vec *v, size_t a, size_t b,
                   uint32_t doc)
{
    for (size_t k = a; k + 2 < b; k++)
        if (possessive(t, &v->v[k])) {
            int rc = add_mention(bd, acc, t, v, a, k + 1, doc);
            return rc < 0 ? rc : add_run(bd, acc, t, v, k + 1, b, doc);
        }
    int rc = title_prefix(bd, acc, t, v, a, b, doc);
    return rc < 0 ? rc : add_mention(bd, acc, t, v, a, b, doc);
}

/* Runs of capitalised words in one sentence; a sentence-initial function
 * word ("The", "But") is not part of a name. */
static int sentence_entities(card_build *b, ent_acc *acc, size_t s)
{
    const fsent *fs = &b->m->sents[s];
    const char *t = card_doc(b->card, fs->doc)->text;
    lword_vec v = {0};
    int rc = lex_range(t, fs->start, fs->end, &v);
    size_t i = 0;
    while (rc == 0 && i < v.n) {
        if (!lex_cap(t, &v.v[i]) || lex_in(t, &v.v[i], not_names) ||
            (i == 0 && chorus_tokens_is_stop(b->m->tok, t + v.v[i].start, v.v[i].end - v.v[i].start))) {
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < v.n && (lex_cap(t, &v.v[j]) || joins_run(t, &v, i, j)))
            j++;
        /* one capitalised word opening a sentence is a name only when it is a known place */
        if (!(i == 0 && j == 1) || lex_in(t, &v.v[i], known_places))
            rc = add_run(b, acc, t, &v, i, j, fs->doc);
        i = j;
    }
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

/* A surname alone is the person the story names in full at least twice
 * ("Trump" after "Donald Trump"; not "Iraqi" after one "Despite Iraqi"),
 * whatever its own mentions suggested. */
static int surnames_are_people(card_entity_vec *ents)
{
    chmap *last = chmap_new();
    if (!last)
        return -1;
    for (size_t i = 0; i < ents->n; i++) {
        const char *sp = strrchr(ents->v[i].name, ' ');
        if (sp && ents->v[i].total >= 2 && strcmp(ents->v[i].kind, "person") == 0 &&
            chmap_intern(last, sp + 1, strlen(sp + 1)) < 0) {
            chmap_free(last);
            return -1;
        }
    }
    uint32_t id;
    for (size_t i = 0; i < ents->n; i++)
        if (!strchr(ents->v[i].name, ' ') && strcmp(ents->v[i].kind, "other") == 0 &&
            chmap_get(last, ents->v[i].name, strlen(ents->v[i].name), &id))
            ents->v[i].kind = kind_names[K_PERSON];
    chmap_free(last);
    return 0;
}

int card_entities(card_build *b)
{
    chorus_card *c = b->card;
    ent_acc acc = {chmap_new(), &c->ents, {0}};
    int rc = acc.ids ? 0 : -1;
    for (size_t s = 0; s < b->m->nsents && rc == 0; s++)
        rc = sentence_entities(b, &acc, s);
    for (size_t i = 0; rc == 0 && i < c->ents.n; i++) {
        const uint32_t *vt = acc.votes.v + i * NKINDS;
        int best = K_OTHER; /* ties: organisation, place, person before other */
        static const int order[] = {K_ORG, K_PLACE, K_PERSON, K_OTHER};
        for (int k = 3; k >= 0; k--)
            if (vt[order[k]] >= vt[best])
                best = order[k];
        const char *nm = c->ents.v[i].name;
        c->ents.v[i].kind = kind_names[text_in(nm, strlen(nm), known_places) ? K_PLACE : best];
    }
    if (rc == 0)
        rc = surnames_are_people(&c->ents);
    chmap_free(acc.ids);
    VEC_FREE(&acc.votes);
    if (rc == 0 && c->ents.n > 1)
        qsort(c->ents.v, c->ents.n, sizeof *c->ents.v, cmp_entity);
    if (c->ents.n > MAX_ENTITIES)
        c->ents.n = MAX_ENTITIES;
    return rc;
}
