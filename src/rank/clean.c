/* Candidate cleaning: strips datelines from the sentences that open a
 * paragraph (and list bullets and chronology dates from any sentence),
 * and keeps out of the candidates the sentences that are fragments (split
 * inside an abbreviation), web boilerplate (captions, credits), list
 * intros, questions, halves of a quotation, words of a speaker the
 * summary would not name ("I ..." outside quotation marks), or too short
 * or long to carry one fact. */
#include <ctype.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "summarize.h"

static int is_space(char c) { return c == ' ' || c == '\n' || c == '\t'; }

/* A dateline word: starts with a capital, a digit or '(' ("WASHINGTON",
 * "Ark.", "(AP)", "June", "6"). */
static int dateline_word(const char *w, size_t n)
{
    return n > 0 && ((w[0] >= 'A' && w[0] <= 'Z') || (w[0] >= '0' && w[0] <= '9') || w[0] == '(');
}

/* "CAIRO—The ...": a word in capitals glued to the text by a dash; returns
 * the length up to the text after the dash, or 0. */
static size_t glued_dateline(const char *t, size_t n)
{
    size_t i = 0;
    while (i < n && ((t[i] >= 'A' && t[i] <= 'Z') || t[i] == '.'))
        i++;
    if (i < 2 || i >= n)
        return 0;
    if (n - i > 3 && !memcmp(t + i, "\xe2\x80\x94", 3))
        return i + 3;
    if (n - i > 2 && !memcmp(t + i, "--", 2))
        return i + 2;
    return 0;
}

/* "(CNN)", "(AP)": an agency in brackets, which ends a dateline even
 * without a dash after it. */
static int agency_tag(const char *w, size_t n)
{
    if (n < 4 || w[0] != '(' || w[n - 1] != ')' || w[1] < 'A' || w[1] > 'Z')
        return 0;
    for (size_t i = 1; i + 1 < n; i++)
        if (!((w[i] >= 'A' && w[i] <= 'Z') || (w[i] >= 'a' && w[i] <= 'z')))
            return 0;
    return 1;
}

/* A dash that separates a dateline from the text: "_", "-", "--", "—",
 * ">>" alone, or "--" / "—" glued to the text's first word ("--A man");
 * returns the dash's length, or 0. */
static size_t dateline_dash(const char *w, size_t n)
{
    if ((n == 1 && (w[0] == '_' || w[0] == '-')) || (n == 2 && (!memcmp(w, "--", 2) || !memcmp(w, ">>", 2))) ||
        (n == 3 && !memcmp(w, "\xe2\x80\x94", 3)))
        return n;
    if (n > 2 && !memcmp(w, "--", 2) && w[2] >= 'A' && w[2] <= 'Z')
        return 2;
    if (n > 3 && !memcmp(w, "\xe2\x80\x94", 3) && w[3] >= 'A' && w[3] <= 'Z')
        return 3;
    return 0;
}

static size_t word_len(const char *t, size_t i, size_t len)
{
    size_t j = i;
    while (j < len && !is_space(t[j]))
        j++;
    return j - i;
}

static size_t skip_spaces(const char *t, size_t i, size_t len)
{
    while (i < len && is_space(t[i]))
        i++;
    return i;
}

/* A word that marks what comes before an agency tag as a place: it ends in
 * a comma ("Sycamore,") or is in capitals ("WASHINGTON"). */
static int place_word(const char *w, size_t n)
{
    if (n > 0 && w[n - 1] == ',')
        return 1;
    size_t caps = 0;
    for (size_t i = 0; i < n; i++) {
        if (w[i] >= 'a' && w[i] <= 'z')
            return 0;
        caps += w[i] >= 'A' && w[i] <= 'Z';
    }
    return caps >= 2;
}

/* An agency tag without a dash ends a dateline when it comes first or
 * after a place, and a capital opens the text after it: "(CNN) The man",
 * "Sycamore, Illinois (CNN) The man", but not "Apple (AAPL) shares fell"
 * or "Smith (Democrat) said". */
static int agency_ends(const char *t, size_t i, size_t len, const char *word, size_t wn, int place)
{
    if (!agency_tag(word, wn) || i >= len || t[i] < 'A' || t[i] > 'Z')
        return 0;
    return place && !dateline_dash(t + i, word_len(t, i, len));
}

/* Length of a dateline prefix such as "WASHINGTON (AP) _ ", "HOT SPRINGS,
 * Ark. -- " or "Sycamore, Illinois (CNN) ": at most 6 dateline words, then
 * a dash or an agency in brackets. 0 if none. */
size_t summ_dateline_len(const char *t, size_t len)
{
    size_t i = 0, words = 0;
    int place = 0; /* a place word came before */
    while (i < len && words <= 6) {
        size_t w = i, wn = word_len(t, i, len);
        const char *word = t + w;
        size_t dash = dateline_dash(word, wn), glued = glued_dateline(word, wn);
        i += wn;
        if (glued)
            return w + glued;
        if (dash)
            return !words ? 0 : dash < wn ? w + dash : skip_spaces(t, i, len);
        if (!dateline_word(word, wn))
            return 0;
        i = skip_spaces(t, i, len);
        if (agency_ends(t, i, len, word, wn, words == 0 || place))
            return i;
        place |= place_word(word, wn);
        words++;
    }
    return 0;
}

/* A word of a date or time: a number ("13", "3-4", "4:30", "1990"), a
 * month or weekday, possibly abbreviated ("Sept."), or "a.m." / "p.m.". */
static int time_word(const char *w, size_t n)
{
    static const char *const names[] = {"January", "February", "March", "April", "May", "June", "July",
                                        "August", "September", "October", "November", "December", "Jan",
                                        "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
                                        "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                        "Saturday", "Sunday", "a.m", "p.m", NULL};
    while (n > 0 && (w[n - 1] == '.' || w[n - 1] == ','))
        n--;
    if (n > 0 && w[0] >= '0' && w[0] <= '9')
        return 1;
    for (size_t i = 0; names[i]; i++)
        if (strlen(names[i]) == n && !memcmp(w, names[i], n))
            return 1;
    return 0;
}

/* Length of the date that opens an entry of AP's chronologies ("May 13 _
 * About 2,000 students begin ...", "4:30 a.m. _ Armored ...", "1 a.m.
 * Saturday (12 noon EDT Friday) _ Tens of thousands ..."), up to the text
 * after the dash, or 0. With its paragraph the entry's date is a dateline;
 * where paragraph breaks were lost it opens a sentence inside one, and only
 * a date or time before " _ " is taken for it. */
static size_t chrono_prefix_len(const char *t, size_t len)
{
    size_t i = 0;
    for (int words = 0; i < len && words <= 5; words++) {
        size_t wn = word_len(t, i, len);
        if (wn == 1 && t[i] == '_')
            return words ? skip_spaces(t, i + 1, len) : 0;
        const char *close = t[i] == '(' ? memchr(t + i, ')', len - i) : NULL;
        if (words > 0 && close && close - (t + i) < 40) /* the time elsewhere */
            wn = (size_t)(close - (t + i)) + 1;
        else if (!time_word(t + i, wn))
            return 0;
        i = skip_spaces(t, i + wn, len);
    }
    return 0;
}

/* 1 when a chronology's entry opens with its date and a colon ("July 17:
 * Saddam uses the 22nd anniversary ...", "Nov. 14, 1986: Stock speculator
 * Ivan F. Boesky agrees ...", "1986: Published reports link ..."). */
static int chrono_colon(const char *t, size_t len)
{
    size_t i = 0;
    for (int words = 0; i < len && words < 4; words++) {
        size_t wn = word_len(t, i, len);
        if (wn == 0 || !time_word(t + i, wn - (t[i + wn - 1] == ':')))
            return 0;
        if (t[i + wn - 1] == ':')
            return (t[i] >= '0' && t[i] <= '9') && i + wn < len;
        i = skip_spaces(t, i + wn, len);
    }
    return 0;
}

/* Length of a list marker that opens a paragraph: AP's "_" bullet glued to
 * the text ("_The number of farms ..."), or "_", "*", "-", "•" followed by
 * a space; also "—" or "--" and a space, the dash of a dateline whose place
 * a web page kept in another element. 0 if none. */
static size_t list_marker_len(const char *t, size_t len)
{
    size_t m = 0;
    if (len >= 3 && (!memcmp(t, "\xe2\x80\xa2", 3) || !memcmp(t, "\xe2\x80\x94", 3)))
        m = 3;
    else if (len >= 2 && !memcmp(t, "--", 2))
        m = 2;
    else if (len >= 1 && (t[0] == '_' || t[0] == '*' || t[0] == '-'))
        m = 1;
    if (m == 0 || m >= len)
        return 0;
    if (t[m] == ' ') {
        while (m < len && t[m] == ' ')
            m++;
        return m < len ? m : 0;
    }
    return t[0] == '_' && t[m] >= 'A' && t[m] <= 'Z' ? m : 0;
}

/* Length of a list's number that opens a paragraph ("1. Anthony Rapp, an
 * actor ...", "14. Heather Unruh's son: ..."): one or two digits, ". " and
 * a capital or a quotation mark. A year ("1990. ") has four digits. */
static size_t list_number_len(const char *t, size_t len)
{
    size_t i = 0;
    while (i < len && i < 3 && t[i] >= '0' && t[i] <= '9')
        i++;
    if (i == 0 || i > 2 || i + 3 > len || t[i] != '.' || t[i + 1] != ' ')
        return 0;
    const char *c = t + i + 2;
    int quote = *c == '"' || (len - i - 2 >= 3 && !memcmp(c, "\xe2\x80\x9c", 3));
    return isupper((unsigned char)*c) || quote ? i + 2 : 0;
}

/* "CLOSE " before a video's description: the label of a player's close
 * button (USA Today pages) glued to the paragraph. */
static size_t widget_word_len(const char *t, size_t len)
{
    return len > 7 && !memcmp(t, "CLOSE ", 6) && t[6] >= 'A' && t[6] <= 'Z' ? 6 : 0;
}

/* Length of a subheading glued to its paragraph with "; " (the San Jose
 * Mercury News in the DUC sets: "Flirts with 'black power'; Thomas went on
 * to attend Holy Cross College ..."), or 0: up to five words without a
 * comma or stop, then a capital, and a sentence of eight words or more.
 * Prose that opens so is short on both sides ("Entry fees vary; Brussels
 * is $16, Venice $40.", "Wisconsin has few illegal immigrants; Arizona
 * has lots."). */
static size_t subheading_len(const char *t, size_t len)
{
    size_t i = 0, words = 0, rest = 0;
    if (len == 0 || !isupper((unsigned char)t[0]))
        return 0;
    while (i + 2 < len && !(t[i] == ';' && t[i + 1] == ' ')) {
        if (t[i] == ',' || t[i] == '.' || t[i] == ':' || t[i] == '"' || words >= 5)
            return 0;
        words += t[i] == ' ';
        i++;
    }
    if (i + 2 >= len || !isupper((unsigned char)t[i + 2]))
        return 0;
    for (size_t j = i + 2; j < len; j++)
        rest += t[j] == ' ';
    return rest >= 7 ? i + 2 : 0;
}

static void strip_prefix(fmodel *m, fsent *s, size_t skip)
{
    s->start += (uint32_t)skip;
    uint32_t t0 = s->tok0, end = s->tok0 + s->ntok;
    while (t0 < end && m->toks[t0].start < s->start)
        t0++;
    s->ncontent = 0;
    for (uint32_t k = t0; k < end; k++)
        s->ncontent += !(m->toks[k].flags & TOK_STOP);
    s->ntok = end - t0;
    s->tok0 = t0;
    size_t len;
    const char *t = chorus_model_sent_text(m, (size_t)(s - m->sents), &len);
    s->nwords = (uint32_t)chorus_count_words(t, len);
}

static int same_paragraph(const fmodel *m, size_t a, size_t b)
{
    return m->sents[a].doc == m->sents[b].doc && m->sents[a].paragraph == m->sents[b].paragraph;
}

/* FSENT_ flags of sentence i, whose text is t[0..len), dateline
 * t[0..skip) and chronology date t[0..chrono) (0 if none). A chronology's
 * entries are present-tense notes ("Hundreds of foreigners leave the
 * country.") dated only by their paragraph's opening, which "May 13 _"
 * loses with the dateline; "July 17:" stays in the text, and its sentence
 * may stand. AP's "_ " list items are names and titles
 * ("_ Linda Leigh, 38, a botanist who ..."). */
static uint32_t note_flags(const fmodel *m, size_t i, int opens, const char *t, size_t len, size_t skip,
                           size_t chrono)
{
    if (chrono > 0)
        return FSENT_NOTE | FSENT_CHRONO_HEAD;
    if (chrono_colon(t, len))
        return FSENT_CHRONO_HEAD;
    /* an entry runs to three sentences: where the paragraph breaks were
     * lost (wire text) the article's prose after the list is no entry */
    for (size_t back = 1; !opens && back <= 3 && back <= i && same_paragraph(m, i - back, i); back++)
        if (m->sents[i - back].flags & FSENT_CHRONO_HEAD)
            return FSENT_NOTE;
    return skip + 1 < len && t[skip] == '_' && t[skip + 1] == ' ' ? FSENT_NOTE : 0;
}

void summ_clean_model(fmodel *m)
{
    for (size_t i = 0; i < m->nsents; i++) {
        fsent *s = &m->sents[i];
        /* Datelines, widget labels and glued subheadings open a
         * paragraph; list markers and the dates of chronologies also open
         * the entries of a list whose paragraph breaks were lost. */
        int opens = i == 0 || !same_paragraph(m, i - 1, i);
        size_t len;
        const char *t = chorus_model_sent_text(m, i, &len);
        size_t chrono = chrono_prefix_len(t, len);
        size_t skip = opens ? summ_dateline_len(t, len) : chrono;
        s->flags |= note_flags(m, i, opens, t, len, skip, chrono);
        skip += list_marker_len(t + skip, len - skip);
        skip += opens ? list_number_len(t + skip, len - skip) : 0;
        skip += opens ? widget_word_len(t + skip, len - skip) : 0;
        skip += opens ? subheading_len(t + skip, len - skip) : 0;
        if (skip > 0 && skip < len)
            strip_prefix(m, s, skip);
    }
}

/* Ends in a capital initial ("U.S.", "Bruce L."): the splitter may have cut
 * inside a name or abbreviation. (Dropping also short abbreviations such as
 * "Sen." lowered ROUGE on the development sets; see docs/quality.md.) */
static int ends_in_initial(const char *t, size_t len)
{
    return len >= 3 && t[len - 1] == '.' && t[len - 2] >= 'A' && t[len - 2] <= 'Z' &&
           (t[len - 3] == '.' || t[len - 3] == ' ');
}

typedef struct mark {
    const char *s;
    size_t n;
    /* when set, 1 when the mark found at t[at] counts; prose may hold some
     * marks ("a photographer for Getty Images") */
    int (*counts)(const char *t, size_t len, size_t at);
} mark;
#define MARK(lit) {lit, sizeof(lit) - 1, NULL}
#define MARK_IF(lit, fn) {lit, sizeof(lit) - 1, fn}

/* Index of the lowest set bit of m (m != 0). */
static size_t lowest_bit(uint64_t m)
{
#if defined(__GNUC__) || defined(__clang__)
    return (size_t)__builtin_ctzll(m);
#else
    size_t k = 0;
    while (!(m & 1)) {
        m >>= 1;
        k++;
    }
    return k;
#endif
}

typedef struct mark_list {
    const mark *v;
    size_t n;
    uint8_t kind; /* the value a mark of the list gives (mark_kinds) */
} mark_list;
#define NMARKS(a) (sizeof a / sizeof a[0])
#define MARK_LIST(a, kind) {a, NMARKS(a), kind}

/* The marks of some lists (at most 128 in all) by their first byte: built
 * once per story; built for every sentence, it was a quarter of the marks'
 * cost (23 M of 91 M instructions on DUC 2002). */
typedef struct mark_index {
    uint64_t by_first[256][2];
    const mark *all[128];
    uint8_t kind[128];
} mark_index;

static void mark_index_build(mark_index *x, const mark_list *lists, size_t nlists)
{
    size_t n = 0;
    memset(x->by_first, 0, sizeof x->by_first);
    for (size_t l = 0; l < nlists; l++)
        for (size_t k = 0; k < lists[l].n && n < 128; k++, n++) { /* more are never looked for */
            x->all[n] = &lists[l].v[k];
            x->kind[n] = lists[l].kind;
            x->by_first[(unsigned char)x->all[n]->s[0]][n >> 6] |= (uint64_t)1 << (n & 63);
        }
}

/* The kinds (OR'd) of the marks of x that occur in t[0..len), found in
 * one pass over the text that looks up the marks opening with each byte;
 * it stops once all of `want` are found. */
static inline unsigned mark_kinds(const mark_index *x, const char *t, size_t len, unsigned want)
{
    unsigned found = 0;
    for (size_t i = 0; i < len; i++) {
        /* only the marks with this first letter: a bit walk from mark 0
         * cost as much as the rest of the candidate rules together */
        const uint64_t *first = x->by_first[(unsigned char)t[i]];
        for (size_t w = 0; w < 2; w++)
            for (uint64_t m = first[w]; m; m &= m - 1) {
                size_t k = w * 64 + lowest_bit(m);
                const mark *mk = x->all[k];
                if (i + mk->n <= len && !memcmp(t + i, mk->s, mk->n) && (!mk->counts || mk->counts(t, len, i)) &&
                    ((found |= x->kind[k]) & want) == want)
                    return found;
            }
    }
    return found;
}

/* 1 when a mark of x occurs in t[0..len). */
static int has_mark(const mark_index *x, const char *t, size_t len) { return mark_kinds(x, t, len, 1) != 0; }

/* 1 when the word of t that ends at t[end) is w (lower case ASCII; case
 * ignored: "ABC Via Getty Images"). */
static int word_before_is(const char *t, size_t end, const char *w)
{
    size_t n = strlen(w);
    if (end < n || (end > n && isalpha((unsigned char)t[end - n - 1])))
        return 0;
    for (size_t k = 0; k < n; k++)
        if (tolower((unsigned char)t[end - n + k]) != w[k])
            return 0;
    return 1;
}

/* 1 when the agency's name at t[at] (12 bytes, "Getty Images") is a
 * photo's credit, not a word of prose. A credit ends its line ("... in
 * Harlow Getty Images"), its bracket ("(Photo: Tom Rudd, Getty Images)")
 * or its part before a slash or a bar ("Tom Rudd, Getty Images/AFP"),
 * follows "via", "copyright", a slash ("Tom Rudd/AFP/Getty Images") or
 * a capital ("TOM RUDD Getty Images"), or opens a line before a caption
 * ("Getty Images Mayor Dora Vell"). Prose names the agency after a word in
 * lower case ("Ann Kole, a photographer for Getty Images, said ..."), a
 * comma ("In a statement, Getty Images said ...", "Reuters, Getty Images
 * and ...") or an opening quotation mark, or opens with it and goes on in
 * lower case, with a comma or a possessive ("Getty Images said ...",
 * "Getty Images, the agency, ..."). */
static int agency_credit(const char *t, size_t len, size_t at)
{
    size_t end = at + 12, i = at;
    while (end < len && t[end] == ' ')
        end++;
    if (end == len || t[end] == ')' || t[end] == '/' || t[end] == '|')
        return 1; /* "..., Getty Images/AFP" */
    if ((at >= 1 && t[at - 1] == '"') || (at >= 3 && !memcmp(t + at - 3, "\xe2\x80\x9c", 3)))
        return 0; /* '"Getty Images will appeal," ...' */
    while (i > 0 && t[i - 1] == ' ')
        i--;
    if (i > 0 && islower((unsigned char)t[i - 1]))
        return word_before_is(t, i, "via") || word_before_is(t, i, "copyright");
    if (i > 0)
        return t[i - 1] != ',';
    return !islower((unsigned char)t[end]) && t[end] != ',' && t[end] != '\'' &&
           !(len - end >= 3 && !memcmp(t + end, "\xe2\x80\x99", 3));
}

/* Teasers cut off before a credit ("was shot... (Associated Press)"): not
 * the story's prose for a summary, though prose may hold the marks ("wants
 * \"a private adviser ... (who) has never ...\""), so no caption. */
static const mark teaser_marks[] = {MARK("... ("), MARK("\xe2\x80\xa6 (")};

/* Photo credits and captions: not the story's prose, though a caption
 * names its people. */
static const mark caption_marks[] = {
    MARK("Image copyright"), MARK("Image caption"), MARK_IF("Getty Images", agency_credit), MARK("(AP Photo"),
    MARK("Photo:"), MARK("FILE -"), MARK("FILE \xe2\x80\x94"),
    MARK("(Associated Press)"), MARK("View Images"), MARK("View Photos"), MARK("Hide Caption"),
    MARK("Click through the"),
    /* a BBC video's player runs on into its caption ("Media playback is unsupported on your device Media
     * caption Halle Cisse: ..."), whose names count */
    MARK("Media playback")};

/* Web boilerplate that is not part of the story: calls to action, credits
 * to reporters, notices, embedded tweets. */
static const mark boilerplate[] = {
    MARK("Click here"), MARK("Sign up"), MARK("Follow us"), MARK("contributed to this report"),
    MARK("contributed reporting"), MARK("This story appears in"), MARK("This article appears in"),
    MARK("as an interest to stay up to date"), MARK("JUST WATCHED"),
    MARK("Send us a tip"), MARK("Send us a secure tip"), MARK("on Facebook and follow"),
    MARK("to engage in conversation about this article"), MARK("Thanks for subscribing"),
    MARK("Thank you for subscribing"), MARK("updates directly to your inbox"),
    MARK("agree to have read the Terms"),
    /* a call to follow an account, not prose on its followers ("seen by 40,000 people following @...") */
    MARK(", follow @"), MARK("Follow @"), MARK(", following @"),
    MARK("Dow Jones Reprints"), MARK("personal, non-commercial use only"), MARK("browser does not support"),
    /* embedded players and tweets */
    MARK("Rating is available when the video"), MARK("Tweet location history"),
    MARK("location information to your Tweets"), MARK("Add this Tweet to your website"),
    MARK("Twitter stores that location"), MARK("interactive transcript could not be loaded"),
    MARK("This feature is not available right now"),
    /* the Internet Archive's notice on pages saved by the Wayback Machine */
    MARK("crawl data to the Internet Archive"), MARK("added to the Wayback Machine after"),
    MARK("These crawls are part of an effort"), MARK("references to these archived pages"),
    MARK("fix all broken links on the web"), MARK("\"No More 404\""),
    MARK("the version that was live when the page was written")};

/* A web page's players, newsletter boxes, galleries, share buttons and
 * agency credits, which text copied from the page keeps among its
 * paragraphs ("Video Loading Video Unavailable Click to play", "Could not
 * subscribe, try again later Invalid Email", "JUST WATCHED ... Replay More
 * Videos", "Advertisement Continue reading the main story", "Posted:
 * Wednesday, June 27, 2012 1:32 PM EDT Updated: ...", "(Writing by ...;
 * Editing by ...)"). Marks match anywhere, even inside a word, so each is
 * a widget's whole label or run of labels, never a phrase of prose ("are
 * now subscribed to", "turn off autoplay", "Editing by hand") nor a name's
 * prefix ("Skip Adley"). */
static const mark page_widgets[] = {
    MARK("Video Unavailable"), MARK("Video Loading"), MARK("Invalid Email"), MARK("Could not subscribe"),
    MARK("You are now subscribed"), MARK("More Videos"), MARK("Share Photo"), MARK("Share On"),
    MARK("Continue reading the main story"), MARK("Story Continued Below"), MARK("Read More"),
    MARK("Article Excerpt"), MARK("Full Screen"), MARK("Close Skip Ad"), MARK("autoplay autoplay"),
    MARK("Autoplay Close"), MARK("Copy this code"), MARK("Tweet with a location"), MARK("Posted:"),
    MARK("Updated:"), MARK("Play Facebook"), MARK("Add Interest"), MARK("(Reporting by"), MARK("(Writing by"),
    MARK("Additional reporting by"), MARK("(Editing by"), MARK("; Editing by"),
    MARK("Wait 1 second to continue"), MARK("(Opens in new window)"), MARK("Read or Share this story")};

_Static_assert(NMARKS(caption_marks) + NMARKS(teaser_marks) + NMARKS(boilerplate) + NMARKS(page_widgets) <= 128,
               "has_mark takes at most 128 marks");

/* Indexes the marks of a web page's furniture, a caption's and a
 * teaser's, for the summary. */
static void page_marks(mark_index *x)
{
    const mark_list lists[] = {MARK_LIST(boilerplate, 1), MARK_LIST(page_widgets, 1), MARK_LIST(caption_marks, 1),
                               MARK_LIST(teaser_marks, 1)};
    mark_index_build(x, lists, 4);
}

/* Where the text s occurs in t[0..len), or NULL; memchr finds the
 * candidates, as every sentence is searched. */
static const char *find_text(const char *t, size_t len, const char *s)
{
    size_t n = strlen(s);
    for (const char *p = t, *end = t + len; end - p >= (ptrdiff_t)n; p++) {
        if (!(p = memchr(p, s[0], (size_t)(end - p) - n + 1)))
            return NULL;
        if (memcmp(p, s, n) == 0)
            return p;
    }
    return NULL;
}

/* 1 for a broadcast's hand-over to its reporter: "has the story" or "has
 * the details" ending the sentence or with the reporter's handle ("Josh
 * King has the story (@abridgetoland)."), not a sentence that goes on
 * ("Ann Kole has the details of 212 transfers Rudd made"). */
static int hand_over(const char *t, size_t len)
{
    const char *end = t + len;
    for (const char *p = t; (p = find_text(p, (size_t)(end - p), "has the ")) != NULL; p += 8) {
        size_t rest = (size_t)(end - p) - 8;
        size_t n = rest >= 5 && !memcmp(p + 8, "story", 5) ? 5 : rest >= 7 && !memcmp(p + 8, "details", 7) ? 7 : 0;
        if (n && ((rest > n && p[8 + n] == '.') || find_text(t, len, "(@")))
            return 1;
    }
    return 0;
}

static int caption_shape(const char *t, size_t len);

/* One pass over each sentence gives both values: a pass for each cost
 * the card 126 M instructions on DUC 2002 (callgrind, chorus story), one
 * 99 M. */
void summ_page_furniture(const fmodel *m, uint8_t *flags)
{
    const mark_list lists[] = {MARK_LIST(boilerplate, 1), MARK_LIST(page_widgets, 1), MARK_LIST(caption_marks, 2)};
    mark_index x;
    mark_index_build(&x, lists, 3);
    for (size_t i = 0; i < m->nsents; i++) {
        size_t len;
        const char *t = chorus_model_sent_text(m, i, &len);
        unsigned kinds = mark_kinds(&x, t, len, 3);
        flags[i] = (uint8_t)(kinds | (!(kinds & 1) && hand_over(t, len)));
        if (!flags[i] && caption_shape(t, len))
            flags[i] = 2;
    }
}

/* 1 when the word at t[0..n), up to its first non-letter, is `w` (ASCII
 * lower case; case ignored). */
static int word_is(const char *t, size_t n, const char *w)
{
    size_t k = strlen(w), i = 0;
    for (; i < n && ((t[i] | 0x20) >= 'a' && (t[i] | 0x20) <= 'z'); i++)
        if (i >= k || (t[i] | 0x20) != w[i])
            return 0;
    return i == k;
}

/* 1 when t[0..n) opens with a capital and the first three letters of one
 * of names (lower case): "Aug.", "August", "Tuesday,". */
static int capital_prefix_in(const char *t, size_t n, const char *const *names)
{
    if (n < 3 || t[0] < 'A' || t[0] > 'Z')
        return 0;
    for (size_t k = 0; names[k]; k++)
        if ((t[0] | 0x20) == names[k][0] && t[1] == names[k][1] && t[2] == names[k][2])
            return 1;
    return 0;
}

static const char *const month_names[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul",
                                          "aug", "sep", "oct", "nov", "dec", NULL};

/* A word of a caption's date and kind: "Aug.", "26,", "2014,", "Tuesday,",
 * "file", "undated", "handout". */
static int caption_date_word(const char *t, size_t n)
{
    static const char *const days[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun", NULL};
    static const char *const kinds[] = {"file", "undated", "handout", "aerial", NULL};
    if (n > 0 && t[0] >= '0' && t[0] <= '9')
        return 1;
    for (size_t k = 0; kinds[k]; k++)
        if (word_is(t, n, kinds[k]))
            return 1;
    return capital_prefix_in(t, n, month_names) || capital_prefix_in(t, n, days);
}

/* A photo caption written as a sentence, as agencies write them: "In
 * this", "This" (after an optional "FILE -"), then only date and kind
 * words, then the picture ("In this Aug. 26, 2014, file photo, ...", "This
 * June 2013 photo released by the family shows ..."); or a figure's
 * caption copied from a paper ("Fig. 2 Photographs of ..."). */
static int caption(const char *t, size_t len)
{
    static const char *const pic[] = {"photo", "photos", "photograph", "image", "images", "picture", NULL};
    size_t i = 0;
    int opened = 0;
    if ((len > 6 && !memcmp(t, "Fig. ", 5) && isdigit((unsigned char)t[5])) ||
        (len > 8 && !memcmp(t, "Figure ", 7) && isdigit((unsigned char)t[7])))
        return 1;
    for (int words = 0; i < len && words < 12; words++) {
        i = skip_spaces(t, i, len);
        const char *x = t + i;
        size_t n = word_len(t, i, len);
        i += n;
        if (!opened) {
            if (n == 2 && !memcmp(x, "In", 2))
                continue;
            if (n >= 4 && !memcmp(x, "FILE", 4)) /* "FILE -", "FILE-" */
                continue;
            if (n == 1 && (x[0] == '-' || x[0] == '_'))
                continue;
            opened = word_is(x, n, "this");
            if (!opened)
                return 0;
            continue;
        }
        for (size_t k = 0; pic[k]; k++)
            if (word_is(x, n, pic[k]))
                return 1;
        if (!caption_date_word(x, n))
            return 0;
    }
    return 0;
}

/* Length of the digits at t[0..n) when there are lo to hi of them and
 * `tail` follows; else 0. */
static size_t digits_then(const char *t, size_t n, size_t lo, size_t hi, const char *tail)
{
    size_t d = 0;
    while (d < n && isdigit((unsigned char)t[d]))
        d++;
    return d >= lo && d <= hi && d < n && strchr(tail, t[d]) ? d + 1 : 0;
}

static const char *const day_names[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                        "Friday", "Saturday", "Sunday", NULL};

/* Length of "Thursday, Feb. 16, 2017," or "... 2017." at t[0..n), or 0. */
static size_t weekday_date(const char *t, size_t n)
{
    const char *const *days = day_names;
    size_t i = 0, k, d;
    for (k = 0; days[k] && !(n > strlen(days[k]) + 2 && !memcmp(t, days[k], strlen(days[k]))); k++)
        ;
    if (!days[k] || memcmp(t + (i = strlen(days[k])), ", ", 2) != 0)
        return 0;
    i += 2;
    size_t m = word_len(t, i, n);
    if (m < 3 || isdigit((unsigned char)t[i]) || !caption_date_word(t + i, m) || i + m + 1 >= n)
        return 0;
    i += m + 1;
    /* "Feb. 16, 2017", or misplaced "May, 2 2014" (AP, Multi-News) */
    if (!(d = digits_then(t + i, n - i, 1, 2, ", ")) || i + d + 1 >= n)
        return 0;
    i += d;
    if (t[i - 1] == ',' && t[i++] != ' ')
        return 0;
    return (d = digits_then(t + i, n - i, 4, 4, ",.")) ? i + d : 0;
}

/* Start of the word that ends at t[end] (exclusive). */
static size_t word_start(const char *t, size_t end)
{
    while (end > 0 && t[end - 1] != ' ')
        end--;
    return end;
}

/* 1 when the word ending at t[end] (exclusive, its comma included) is
 * "U.S.," after a capitalised place and a comma: Reuters' "in Washington,
 * U.S., February 16, 2017." Prose names no country after an American
 * city. */
static int us_after_place(const char *t, size_t end)
{
    size_t u = word_start(t, end), c;
    if (end - u != 5 || memcmp(t + u, "U.S.,", 5) != 0 || u < 4 || t[u - 2] != ',')
        return 0;
    c = word_start(t, u - 1);
    return isupper((unsigned char)t[c]);
}

/* Start of the weekday ("Wednesday,") that ends right before t[end], or
 * end when there is none. */
static size_t weekday_before(const char *t, size_t end)
{
    size_t w = end < 2 ? end : word_start(t, end - 1);
    for (size_t k = 0; w >= 2 && day_names[k]; k++) /* "Wednesday," */
        if (end - 2 - w == strlen(day_names[k]) && !memcmp(t + w, day_names[k], end - 2 - w) && t[end - 2] == ',')
            return w;
    return end;
}

/* A Reuters or AP photo caption: the place, then the date (perhaps after
 * its weekday) with no "on" or comma between them, at the end ("Ellen Pao
 * leaves San Francisco Superior Court ... in San Francisco, California
 * March 25, 2015.", "... in Kajiado, Kenya Wednesday, March 30, 2016."),
 * or after "City, U.S.,". Prose writes "on March 25" or "Ariz., April 14,
 * 1989." */
static int place_date_caption(const char *t, size_t len)
{
    size_t y = word_start(t, len), d, m, p;
    if (y < 6 || len - y != 5 || !digits_then(t + y, 5, 4, 4, "."))
        return 0;
    d = word_start(t, y - 1);
    if (!digits_then(t + d, y - 1 - d, 1, 2, ",") || d < 2)
        return 0;
    m = word_start(t, d - 1);
    if (m < 2 || !capital_prefix_in(t + m, d - 1 - m, month_names))
        return 0;
    if (us_after_place(t, m - 1))
        return 1;
    m = weekday_before(t, m);
    p = word_start(t, m - 1);
    if (!isupper((unsigned char)t[p]))
        return 0;
    for (size_t i = p; i < m - 1; i++)
        if (!isalpha((unsigned char)t[i]))
            return 0;
    return 1;
}

/* A gallery's photo caption that opens with its date, run into the
 * caption with no punctuation ("March 30, 2016 A stray lion passes in
 * front of a car ...", "Sept. 29, 2013 Cathryn Carroll ... yells at ...").
 * Prose puts "On" before the date or a comma, colon or dash after it. */
static int date_opened_caption(const char *t, size_t len)
{
    size_t m = word_len(t, 0, len), d, y;
    if (m < 3 || m > 10 || len < m + 12 || !capital_prefix_in(t, m, month_names) || t[m] != ' ')
        return 0;
    for (size_t k = 1; k < m; k++)
        if (!islower((unsigned char)t[k]) && !(t[k] == '.' && k + 1 == m))
            return 0;
    if (!(d = digits_then(t + m + 1, len - m - 1, 1, 2, ",")) || t[m + 1 + d] != ' ')
        return 0;
    y = m + 2 + d;
    if (!digits_then(t + y, len - y, 4, 4, " ") || y + 5 >= len)
        return 0;
    return isupper((unsigned char)t[y + 5]);
}

/* 1 when t[0..len) opens with the word w, then a space, a colon or a
 * comma and a space ("Now, he says ..."); *after receives where the next
 * word starts. */
static int opens_with(const char *t, size_t len, const char *w, size_t *after)
{
    size_t n = strlen(w);
    if (len <= n + 1 || memcmp(t, w, n) != 0)
        return 0;
    if (t[n] == ',' && len > n + 2 && t[n + 1] == ' ')
        n++;
    else if (t[n] != ' ' && t[n] != ':')
        return 0;
    *after = skip_spaces(t, n + 1, len);
    return 1;
}

/* Index in list of the word t[0..len) opens with (as opens_with reads
 * it), or -1; *after receives where the next word starts. */
static int opening_in(const char *t, size_t len, const char *const *list, size_t *after)
{
    for (int k = 0; list[k]; k++)
        if (opens_with(t, len, list[k], after))
            return k;
    return -1;
}

/* 1 when the word at t[i..len) is one of list (case ignored). */
static int word_at_in(const char *t, size_t i, size_t len, const char *const *list)
{
    for (size_t k = 0; list[k]; k++)
        if (word_is(t + i, word_len(t, i, len), list[k]))
            return 1;
    return 0;
}

/* 1 when a word of t[0..len) is a verb of what a photo shows, in the
 * present tense ("arrives", "speaks", "waves"). Verbs of scheduled events
 * ("opens", "begins") are left out: prose dates those in full too. */
static int shows_action(const char *t, size_t len)
{
    static const char *const acts[] = {"arrives", "leaves", "walks", "speaks", "talks", "stands", "sits",
                                       "looks", "waves", "smiles", "listens", "gestures", "poses", "holds",
                                       "reports", "attends", "reacts", "greets", "points", "pauses",
                                       "watches", "prays", "kneels", "shakes", "hugs", "testifies", NULL};
    for (size_t i = skip_spaces(t, 0, len); i < len; i = skip_spaces(t, i + word_len(t, i, len), len))
        if (islower((unsigned char)t[i]) && word_at_in(t, i, len, acts))
            return 1;
    return 0;
}

/* An agency photo caption, dated after a comma where a reporter would
 * write "on": "... in the East Room of the White House in Washington,
 * Thursday, Feb. 16, 2017.", "... speaks during a news conference,
 * Thursday, Feb. 16, 2017, in the East Room ...". */
static int dated_caption(const char *t, size_t len)
{
    for (const char *c = memchr(t, ',', len); c; c = memchr(c + 1, ',', len - (size_t)(c + 1 - t))) {
        size_t i = (size_t)(c - t) + 2;
        if (i + 12 < len && t[i - 1] == ' ' && isupper((unsigned char)t[i]) && weekday_date(t + i, len - i))
            return 1;
    }
    /* "... outside Richmond High School on Tuesday, Oct. 27, 2009, in
     * Richmond, Calif.": with "on", the place after the date marks it */
    for (const char *c = memchr(t, 'o', len); c; c = memchr(c + 1, 'o', len - (size_t)(c + 1 - t))) {
        size_t i = (size_t)(c - t) + 3, d;
        if (i + 12 >= len || c[1] != 'n' || c[2] != ' ' || (c > t && c[-1] != ' ') ||
            !(d = weekday_date(t + i, len - i)))
            continue;
        i += d;
        if (t[i - 1] == ',' && i + 4 < len && !memcmp(t + i, " in ", 4) && isupper((unsigned char)t[i + 4]))
            return 1;
        /* "An unknown visitor arrives at a gated house in Woodland Hills
         * on Tuesday, Jan. 24, 2017.": a present-tense act, dated in full
         * at the end; prose of a past day is in the past tense */
        if (t[i - 1] == '.' && skip_spaces(t, i, len) == len && shows_action(t, (size_t)(c - t)))
            return 1;
    }
    return 0;
}

/* A page's call to watch, read or follow: "Watch the full clip below.",
 * "Watch: Bikers head toward D.C.", "Read the latest news about the protest
 * here.", "Follow her on Twitter @...", "Download the ... podcast on Apple
 * Podcasts", "Stay with WBAL NewsRadio 1090 AM for developments", "Find
 * NJ.com on Facebook.", "Visit our website ...". "Watch", "Find" and
 * "Visit" then a lower-case word other than these may be a noun or a
 * reporter's verb ("Watch sales fell"); "Share" and "Like" open prose too
 * ("Share prices rose", "Like ancient birds, ..."), so they are not here. */
static int call_to_action(const char *t, size_t len)
{
    static const char *const always[] = {"Follow", "Please follow", "Read", "Download", "Subscribe", "Listen to",
                                         "Stay with", "Tune in", "Check out", NULL};
    static const char *const maybe[] = {"Watch", "Find", "Visit", NULL};
    static const char *const next[] = {"the", "a", "an", "this", "these", "our", "us", "his", "her", "their", "it",
                                       "part", "below", "more", "all", "live", "now", "video", "full", NULL};
    size_t i;
    if (opening_in(t, len, always, &i) >= 0)
        return 1;
    int k = opening_in(t, len, maybe, &i);
    if (k < 0)
        return 0;
    return t[strlen(maybe[k])] == ':' || (i < len && isupper((unsigned char)t[i])) || word_at_in(t, i, len, next);
}

/* 1 when "That" or "This" opens the sentence as a pronoun, before a verb
 * ("That is 12 more years of national experience than ...", "That means
 * ...", "This is Mr Patten's first visit to China as governor"): it names
 * the sentence before, or the occasion, which the summary may not hold.
 * Before a noun ("That decision ...", "This year ...") it points within
 * the sentence and stays. */
static int that_refers_back(const char *t, size_t len)
{
    static const char *const verbs[] = {"is", "was", "would", "could", "will", "may", "might", "can", "has",
                                        "had", "means", "meant", "leaves", "left", "makes", "made", "gave",
                                        "gives", "compares", "remains", "seems", "won",
                                        "doesn", "didn", "isn", "wasn", NULL}; /* "doesn't": letters only */
    size_t i;
    if (len < 5 || t[0] != 'T' || t[1] != 'h')
        return 0;
    if ((len > 7 && !memcmp(t, "That's ", 7)) || (len > 9 && !memcmp(t, "That\xe2\x80\x99s ", 9)))
        return 1;
    return (opens_with(t, len, "That", &i) || opens_with(t, len, "This", &i)) && t[4] == ' ' &&
           word_at_in(t, i, len, verbs);
}

/* 1 when "Nor" opens the sentence ("Nor can at least three of the
 * affected animals have caught the disease from their mothers ...", "Nor,
 * until the invasion of Kuwait, has the United States been opposed to
 * Iraq."): it carries on a negation of the sentence before, which the
 * summary may not hold. */
static int nor_opening(const char *t, size_t len)
{
    size_t after;
    return opens_with(t, len, "Nor", &after);
}

/* 1 when the words after an opening "It" at t[i..len) lean on a sentence
 * before: "It also saw service in the Korean War.", "It did not say how
 * many people the boat was designed to hold." */
static int it_leans(const char *t, size_t i, size_t len)
{
    static const char *const adds[] = {"also", "too", NULL};
    static const char *const neg[] = {"did", "does", "didn", "doesn", NULL}; /* "didn't": up to the mark */
    static const char *const tell[] = {"say", "name", "give", "identify", "specify", "elaborate", "disclose",
                                       NULL};
    if (word_at_in(t, i, len, adds))
        return 1;
    if (!word_at_in(t, i, len, neg))
        return 0;
    size_t n = word_len(t, i, len), j = skip_spaces(t, i + n, len);
    if (t[i + n - 1] == 'd' || t[i + n - 1] == 's') { /* "did not", "does not" */
        if (!word_is(t + j, word_len(t, j, len), "not"))
            return 0;
        j = skip_spaces(t, j + word_len(t, j, len), len);
    }
    return word_at_in(t, j, len, tell);
}

/* 1 when the sentence opens with a personal pronoun ("He estimated damage
 * at $8 billion.", "She set a world record in the 200.", "We are closely
 * monitoring ...", also behind a connective: "Now he heads the ..."): in a
 * summary of sentences from several articles its antecedent is in none of
 * them, and the reader cannot tell who is meant. A title stays ("Her Majesty's
 * Government", "His Holiness"). "It" and "This" often refer to nothing
 * ("It is not clear whether ...") and stay, except "It said ..." (or
 * "It acknowledges ..."), whose "It" is an agency or a report, and "It
 * also ..." or "It did not say ...", which lean on the sentence before. */
static int dangling_pronoun(const char *t, size_t len)
{
    static const char *const words[] = {"he", "she", "his", "her", "him", "they", "their", "them",
                                        "we", "our", "my", "me", NULL}; /* not "us": "US troops" */
    static const char *const says[] = {"said", "says", "added", "adds", "reported", "reports", "announced",
                                       "announces", "stated", "states", "noted", "notes", "claimed", "claims",
                                       "told", "warned", "warns", "urged", "urges", "acknowledged",
                                       "acknowledges", "estimated", "estimates", "argued", "argues", NULL};
    static const char *const links[] = {"And", "But", "Now", "So", "Yet", "Still", "Then", "Also", NULL};
    size_t i = 0;
    /* "And he ...", "Now he heads ...": one connective hides the pronoun */
    if (opening_in(t, len, links, &i) < 0)
        i = 0;
    char c0 = i < len ? (char)(t[i] | 0x20) : 0; /* most sentences: no pronoun's first letter */
    if ((c0 == 'h' || c0 == 's' || c0 == 't' || c0 == 'w' || c0 == 'o' || c0 == 'm') &&
        word_at_in(t, i, len, words)) {
        size_t end = i + 1;
        while (end < len && isalpha((unsigned char)t[end]))
            end++;
        if (end >= len || t[end] != ' ')
            return 0;
        end = skip_spaces(t, end, len);
        return end >= len || !isupper((unsigned char)t[end]);
    }
    /* "It said ...": an agency or a report */
    if (i == 0 && opens_with(t, len, "It", &i) && t[2] == ' ' &&
        (word_at_in(t, i, len, says) || it_leans(t, i, len)))
        return 1;
    return that_refers_back(t, len);
}

/* 1 when the sentence says what a photo shows: "... is pictured with
 * ...", "... are pictured on Tuesday". Looked for from each "pictured",
 * whose first letter is rare, not from each space. */
static int pictured(const char *t, size_t len)
{
    for (const char *p = memchr(t, 'p', len); p; p = memchr(p + 1, 'p', len - (size_t)(p + 1 - t))) {
        size_t i = (size_t)(p - t);
        if (i + 8 > len || memcmp(p, "pictured", 8) != 0)
            continue;
        if ((i >= 4 && !memcmp(p - 4, " is ", 4)) || (i >= 5 && !memcmp(p - 5, " are ", 5)))
            return 1;
    }
    return 0;
}

/* 1 when the sentence is a photo's caption by its shape, as the summary's
 * candidates are tested (good_candidate). */
static int caption_shape(const char *t, size_t len)
{
    return caption(t, len) || pictured(t, len) || dated_caption(t, len) || place_date_caption(t, len) ||
           date_opened_caption(t, len);
}

/* A teaser cut off by its page ("... an internationally known..."): the
 * sentence ends in an ellipsis. */
static int cut_off(const char *t, size_t len)
{
    while (len > 0 && (is_space(t[len - 1]) || t[len - 1] == '"' || t[len - 1] == '\''))
        len--;
    return (len >= 2 && t[len - 1] == '.' && t[len - 2] == '.') ||
           (len >= 3 && !memcmp(t + len - 3, "\xe2\x80\xa6", 3));
}

/* Written in capitals (a broadcast transcript, a shouted warning): most of
 * its letters are upper case. */
static int shouting(const char *t, size_t len)
{
    size_t up = 0, low = 0;
    for (size_t i = 0; i < len; i++) {
        up += t[i] >= 'A' && t[i] <= 'Z';
        low += t[i] >= 'a' && t[i] <= 'z';
    }
    return up > 3 * low;
}

/* A headline in title case ("Frances Bean Cobain Hubby Wants FAT Allowance
 * You Left Me Broke!", "Get The Beast In Your Inbox!"): six words or more,
 * no comma, every word opening with a capital, and at least two of them
 * after the first words prose writes in lower case ("You", "In", "The").
 * A name list has commas; a title in prose has "by" or "of". */
static int title_case(const char *t, size_t len)
{
    static const char *const small[] = {"the", "a", "an", "in", "on", "of", "for", "to", "with", "you",
                                        "me", "your", "my", "and", "or", "at", "by", "from", "is", "are",
                                        "was", "be", "it", "its", "his", "her", "their", "our", "we", "they",
                                        "he", "she", "as", "into", "not", NULL};
    size_t words = 0, lowered = 0;
    for (size_t i = 0; i < len; i = skip_spaces(t, i, len)) {
        size_t w = i;
        while (w < len && strchr("\"'([", t[w]))
            w++;
        if (w < len && (islower((unsigned char)t[w]) || t[w] == ','))
            return 0;
        lowered += words > 0 && word_at_in(t, w, len, small);
        words++;
        while (i < len && !is_space(t[i]))
            if (t[i++] == ',')
                return 0;
    }
    return words >= 6 && lowered >= 2;
}

/* 1 when t[0..len) ends in a full stop of another script: ideographic
 * "。", fullwidth "！" and "．", Devanagari danda "।". */
static int other_full_stop(const char *t, size_t len)
{
    static const char *const marks[] = {"\xE3\x80\x82", "\xEF\xBC\x81", "\xEF\xBC\x8E", "\xE0\xA5\xA4", NULL};
    for (size_t i = 0; marks[i]; i++)
        if (len >= 3 && memcmp(t + len - 3, marks[i], 3) == 0)
            return 1;
    return 0;
}

/* 1 when the sentence introduces a list or a text: "Here is a chronology
 * of ...:", "Here, courtesy of ..., are 20 questions:", "Here is a
 * transcript of the speech by ...", "Following are excerpts from ...".
 * With its paragraph a list's intro ends in a colon and is no candidate
 * anyway; where paragraph breaks were lost (wire text as one block) it
 * runs on into the first item, and the pair read as one sentence. An
 * intro to a text says nothing of the story. */
static int list_intro(const char *t, size_t len)
{
    if (len > 14 && (!memcmp(t, "Here is ", 8) || !memcmp(t, "Here are ", 9) || !memcmp(t, "Following is ", 13) ||
                     !memcmp(t, "Following are ", 14)))
        return 1;
    return len > 10 && !memcmp(t, "Here, ", 6) && memchr(t, ':', len) != NULL;
}

/* 1 when the sentence ends as a statement does: a full stop or an
 * exclamation mark, perhaps inside closing quotes or brackets. Headlines,
 * captions and list items have none and read badly inside prose. */
static int ends_statement(const char *t, size_t len)
{
    while (len > 0) {
        unsigned char c = (unsigned char)t[len - 1];
        if (c == '"' || c == '\'' || c == ')' || c == ']' || c == ' ')
            len--;
        else if (len >= 3 && c == 0x9D && (unsigned char)t[len - 2] == 0x80 && (unsigned char)t[len - 3] == 0xE2)
            len -= 3; /* a closing curly quote */
        else if (len >= 3 && c == 0x99 && (unsigned char)t[len - 2] == 0x80 && (unsigned char)t[len - 3] == 0xE2)
            len -= 3;
        else
            return c == '.' || c == '!' || other_full_stop(t, len);
    }
    return 0;
}

/* Not a sentence of the report: it opens with punctuation (a line of a
 * PDF cut mid-sentence: ". in question on behalf of", "(up; under Title
 * VII) authorizing"; an aside or a link in brackets: "(Learn more about
 * how feathers evolved.)"), or a converter lost a letter
 * ("declassi?cation", U+FFFD). Datelines such as "(CNN)" are stripped
 * before this is asked. */
static int broken(const char *t, size_t len)
{
    if (t[0] && strchr(".,;:()", t[0]))
        return 1;
    for (size_t i = 0; i + 1 < len; i++) {
        if (i > 0 && t[i] == '?' && (t[i - 1] | 0x20) >= 'a' && (t[i - 1] | 0x20) <= 'z' && t[i + 1] >= 'a' &&
            t[i + 1] <= 'z')
            return 1;
        if (i + 2 < len && !memcmp(t + i, "\xef\xbf\xbd", 3))
            return 1;
    }
    return 0;
}

/* Kinds of single quotation mark at t[i]; *w receives its length. */
enum { SQ_NONE, SQ_OPEN, SQ_EITHER, SQ_TICK };

static int squote_kind(const char *t, size_t len, size_t i, size_t *w)
{
    *w = 1;
    if (t[i] == '\'' || t[i] == '`') /* '' and `` are double marks */
        return (i + 1 < len && t[i + 1] == t[i]) || (i > 0 && t[i - 1] == t[i]) ? SQ_NONE
               : t[i] == '`'                                                   ? SQ_TICK
                                                                               : SQ_EITHER;
    if (i + 2 >= len || (unsigned char)t[i] != 0xE2 || (unsigned char)t[i + 1] != 0x80)
        return SQ_NONE;
    *w = 3;
    unsigned char c = (unsigned char)t[i + 2];
    if (c == 0x98)
        return SQ_OPEN;
    if (c != 0x99)
        return SQ_NONE;
    if (i + 5 < len && !memcmp(t + i + 3, "\xe2\x80\x99", 3)) { /* ’’ written for ” */
        *w = 6;
        return SQ_NONE;
    }
    return SQ_EITHER;
}

/* 1 when a mark at t[i] follows a space, an opening bracket or a double
 * quotation mark (or starts the text), so it may open a quotation. */
static int after_gap(const char *t, size_t i)
{
    if (i == 0)
        return 1;
    unsigned char p = (unsigned char)t[i - 1];
    return p == ' ' || p == '\n' || p == '(' || p == '"' || p == '`' ||
           (p == 0x9C && i >= 3 && (unsigned char)t[i - 3] == 0xE2 && (unsigned char)t[i - 2] == 0x80);
}

/* Words written with a leading apostrophe, not a quotation ('em, 'n'). */
static int elision(const char *t, size_t len)
{
    static const char *const words[] = {"em", "n", "til", "tis", "twas", "cause", "bout", NULL};
    for (int k = 0; words[k]; k++) {
        size_t n = strlen(words[k]);
        if (n <= len && !memcmp(t, words[k], n) && (n == len || !isalpha((unsigned char)t[n])))
            return 1;
    }
    return 0;
}

/* What a single mark at t[i] does: 1 opens, -1 closes, 2 closes after
 * . , ! or ? (surely a quotation's end), 0 nothing (an apostrophe, or no
 * mark). *w receives the bytes to step over. */
static int squote_role(const char *t, size_t len, size_t i, size_t *w)
{
    *w = 1;
    if (t[i] != '\'' && t[i] != '`' && (unsigned char)t[i] != 0xE2)
        return 0;
    int kind = squote_kind(t, len, i, w), gap = after_gap(t, i);
    unsigned char next = i + *w < len ? (unsigned char)t[i + *w] : ' ';
    if (kind == SQ_OPEN || (kind == SQ_TICK && gap) ||
        (kind == SQ_EITHER && gap && isalpha(next) && !elision(t + i + *w, len - i - *w)))
        return 1;
    if (kind == SQ_EITHER && (!gap || (i > 0 && t[i - 1] == '"')) && !isalnum(next) &&
        (next < 0x80 || next == 0xE2)) /* ,"' closes a quote inside a quote */
        return strchr(".,!?", t[i - 1]) ? 2 : -1;
    return 0;
}

/* Single quotation marks, as the Financial Times and British papers use
 * them ('It is over,' he said.). An apostrophe looks the same, so only
 * clear cases count: a mark after a gap and before a letter opens (not
 * 'em or 'n'); a mark after a letter or punctuation and before no letter
 * may close (plural possessives too, so only a sentence with more openings
 * than those is open), and one after . , ! or ? surely closes (so such a
 * sentence without any opening ends a quotation begun before it). */
static int squotes_balanced(const char *t, size_t len)
{
    size_t opens = 0, closes = 0, sure = 0, w;
    for (size_t i = 0; i < len; i += w) {
        w = 1;
        if (t[i] != '\'' && t[i] != '`' && (unsigned char)t[i] != 0xE2)
            continue; /* the common case, without a call */
        int role = squote_role(t, len, i, &w);
        opens += role == 1;
        closes += role < 0 || role == 2;
        sure += role == 2;
    }
    return opens <= closes && (sure == 0 || opens > 0);
}

/* 1 unless the sentence opens or closes a quotation it does not finish:
 * a sentence from inside a quote of several sentences shows words without
 * their speaker. Straight quotes must pair up; curly ones and ``these''
 * must match, and single ones as squotes_balanced reads them. */
int summ_quotes_balanced(const char *t, size_t len)
{
    if (!squotes_balanced(t, len))
        return 0;
    int straight = 0, curly = 0, ptb = 0; /* ptb: ``newswire'' quotes (LDC, NYT) */
    for (size_t i = 0; i < len; i++) {
        if (i + 1 < len && ((t[i] == '`' && t[i + 1] == '`') || (t[i] == '\'' && t[i + 1] == '\''))) {
            ptb += t[i] == '`' ? 1 : -1;
            if (ptb < 0)
                return 0;
            i++;
        } else if (t[i] == '"')
            straight ^= 1;
        else if (i + 2 < len && (unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x80) {
            unsigned char c = (unsigned char)t[i + 2];
            curly += c == 0x9C ? 1 : c == 0x9D ? -1 : 0;
            if (curly < 0)
                return 0;
        }
    }
    return !straight && curly == 0 && ptb == 0;
}

/* Updates *dq and *sq, whether t[i] leaves the text inside double or
 * single quotation marks (single ones read as squotes_balanced does).
 * Returns the length of the mark at t[i], or 1. */
static size_t quote_state(const char *t, size_t len, size_t i, int *dq, int *sq)
{
    size_t w = 1;
    unsigned char c = (unsigned char)t[i];
    if (c == '"')
        *dq = !*dq;
    else if (c == 0xE2 && i + 2 < len && (unsigned char)t[i + 1] == 0x80 &&
             ((unsigned char)t[i + 2] == 0x9C || (unsigned char)t[i + 2] == 0x9D)) {
        *dq = (unsigned char)t[i + 2] == 0x9C;
        w = 3;
    } else {
        int role = squote_role(t, len, i, &w);
        *sq = role == 1 ? 1 : role == 0 ? *sq : 0;
    }
    return w;
}

/* 1 when "I" stands alone somewhere in the sentence. */
static int lone_i(const char *t, size_t len)
{
    for (const char *p = memchr(t, 'I', len); p; p = memchr(p + 1, 'I', len - (size_t)(p + 1 - t))) {
        size_t i = (size_t)(p - t);
        unsigned char next = i + 1 < len ? (unsigned char)t[i + 1] : ' ';
        if ((i == 0 || !isalnum((unsigned char)t[i - 1])) && !isalnum(next))
            return 1;
    }
    return 0;
}

/* 1 when the sentence says "I" outside quotation marks: an embedded post
 * or letter, or a columnist's voice, whose speaker a summary does not
 * name ("I think she is a brilliant individual."). "World War I" and
 * "Elizabeth I" (after a capitalised word inside the sentence) and "Type I"
 * are not. */
static int first_person(const char *t, size_t len)
{
    static const char *const numbered[] = {"type", "class", "phase", "stage", "title", "part", "grade",
                                           "level", "division", "chapter", "article", "section", "volume",
                                           "book", "round", "tier", "act", NULL}; /* word_is: lower case */
    int dq = 0, sq = 0;
    if (!lone_i(t, len)) /* most sentences: no scan of their quotation marks */
        return 0;
    for (size_t i = 0; i < len;) {
        if (t[i] != 'I' || dq || sq || (i > 0 && isalnum((unsigned char)t[i - 1]))) {
            i += quote_state(t, len, i, &dq, &sq);
            continue;
        }
        unsigned char next = i + 1 < len ? (unsigned char)t[i + 1] : ' ';
        int word_end = next == ' ' || next == '\'' || next == 0xE2 || next == ',' ||
                       (next == '.' && (i + 2 >= len || t[i + 2] == ' '));
        if (word_end && (i == 0 || t[i - 1] != '.')) { /* not C.I.A. */
            size_t p = i;
            while (p > 0 && t[p - 1] == ' ')
                p--;
            size_t q = p;
            while (q > 0 && isalpha((unsigned char)t[q - 1]))
                q--;
            int named = q < p && isupper((unsigned char)t[q]); /* World War I, Type I */
            if (!named || (q == 0 && !word_at_in(t, q, len, numbered)))
                return 1;
        }
        i++;
    }
    return 0;
}

/* Where the noun starts after up to three words that describe a place
 * ("this small oil-rich kingdom", "this Siberian coal region", "this
 * remote mountain village"): words in capitals, with a hyphen, or a common
 * describing word. Other words ("this year cost the region") end it. */
static size_t skip_modifiers(const char *t, size_t i, size_t len)
{
    static const char *const describe[] = {"small", "tiny", "little", "remote", "coastal", "mountain",
                                           "northern", "southern", "eastern", "western", "central", "poor",
                                           "rural", "industrial", "ancient", "troubled", "sleepy", "quiet",
                                           "coal", "oil", "border", "desert", "tropical", "historic",
                                           "seaside", "former", "impoverished", NULL}; /* capitals pass anyway */
    size_t j = i;
    for (int words = 0; words < 3 && j < len; words++) {
        size_t n = word_len(t, j, len);
        if (!isupper((unsigned char)t[j]) && !memchr(t + j, '-', n) && !word_at_in(t, j, len, describe))
            break;
        j = skip_spaces(t, j + n, len);
    }
    return j;
}

/* 1 when "there" at t[i..len) points at a place the sentence does not
 * name ("More disaster relief aid went there than to any other state."),
 * not at a name before it ("... returned to Carnegie Hall ... 45 years
 * after his debut there"), and does not open a clause ("there were",
 * "there really would be", "there's"). */
static int locative_there(const char *t, size_t i, size_t len)
{
    static const char *const opens[] = {"is", "are", "was", "were", "has", "have", "had", "will", "would",
                                        "may", "might", "must", "could", "should", "can", "seems", "seemed",
                                        "seem", "appears", "appeared", "appear", "remains", "remained",
                                        "remain", "be", "exists", "existed", "exist", "came", "comes",
                                        "come", "lies", "lay", "stands", "stood", "being", "used", "isn",
                                        "aren", "wasn", "weren", "hasn", "haven", "hadn", "won", "wouldn",
                                        "still", "also", "never", "now", "always", "just", "really",
                                        "certainly", "probably", "apparently", NULL};
    if (i + 5 < len && (t[i + 5] == '\'' || (unsigned char)t[i + 5] == 0xE2))
        return 0;
    for (size_t k = 1; k < i; k++)
        if (t[k - 1] == ' ' && isupper((unsigned char)t[k]))
            return 0;
    size_t j = skip_spaces(t, i + 5, len);
    return j < len && !word_at_in(t, j, len, opens);
}

/* 1 when the sentence points at a place with "here" or "this city" outside
 * quotation marks: in news prose that place is the dateline's, which
 * the summary does not show ("... moved over this capital city today",
 * "... to be buried here"). */
static int place_deixis(const char *t, size_t len)
{
    static const char *const place[] = {"capital", "city", "town", "village", "port", "island",
                                        "region", "province", "kingdom", NULL};
    int dq = 0, sq = 0, seen = 0;
    /* most sentences hold neither word: no scan of their quotation marks */
    for (size_t i = 0; i + 4 <= len && !seen; i++)
        seen = (i == 0 || t[i - 1] == ' ') &&
               (((t[i] | 0x20) == 'h' && !memcmp(t + i + 1, "ere", 3)) ||
                !memcmp(t + i, "this ", i + 5 <= len ? 5 : 4) || (i + 5 <= len && !memcmp(t + i, "there", 5)));
    for (size_t i = 0; seen && i < len;) {
        int start = !dq && !sq && (i == 0 || t[i - 1] == ' ');
        if (start && (t[i] | 0x20) == 'h' && word_is(t + i, word_len(t, i, len), "here") &&
            (i + 4 >= len || (t[i + 4] != '\'' && (unsigned char)t[i + 4] != 0xE2)))
            return 1;
        if (start && i > 0 && t[i] == 't' && word_is(t + i, word_len(t, i, len), "there") &&
            locative_there(t, i, len))
            return 1;
        if (start && t[i] == 't' && word_is(t + i, word_len(t, i, len), "this") &&
            word_at_in(t, skip_modifiers(t, skip_spaces(t, i + 4, len), len), len, place))
            return 1;
        i += quote_state(t, len, i, &dq, &sq);
    }
    return 0;
}

/* Number of double quotation marks in t (straight, curly, `` and ''). */
static size_t dquote_count(const char *t, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (t[i] == '"')
            n++;
        else if (i + 1 < len && ((t[i] == '`' && t[i + 1] == '`') || (t[i] == '\'' && t[i + 1] == '\''))) {
            n++;
            i++;
        } else if (i + 2 < len && (unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x80 &&
                   ((unsigned char)t[i + 2] == 0x9C || (unsigned char)t[i + 2] == 0x9D)) {
            n++;
            i += 2;
        }
    }
    return n;
}

/* Length of the closing double quotation mark that ends t, or 0. */
static size_t closing_quote_len(const char *t, size_t len)
{
    return len >= 3 && !memcmp(t + len - 3, "\xe2\x80\x9d", 3) ? 3
           : len >= 2 && !memcmp(t + len - 2, "''", 2)          ? 2
           : len >= 1 && t[len - 1] == '"'                      ? 1
                                                                : 0;
}

/* 1 when t ends a statement inside quotation marks: '." or '!"'. */
static int ends_quoted_close(const char *t, size_t len)
{
    size_t q = closing_quote_len(t, len);
    return q && len > q && (t[len - q - 1] == '.' || t[len - q - 1] == '!');
}

/* 1 when a closing quotation mark follows '?' or '!' at the end of t:
 * the splitter ends a sentence there, though a speaker may follow. */
static int ends_quoted_cry(const char *t, size_t len)
{
    size_t q = closing_quote_len(t, len);
    return q && len > q && (t[len - q - 1] == '?' || t[len - q - 1] == '!');
}

/* 1 when sentence i only names the speaker of the quoted question or cry
 * before it in its paragraph ('"It's a great day, isn't it?"' then
 * "Lennon's widow, Yoko Ono, asked the crowd."): up to ten words, no
 * quotation marks, a reporting verb among its last three words. Alone in
 * a summary it says nothing. */
static int quote_tail(const fmodel *m, uint32_t i, const char *t, size_t len)
{
    static const char *const verbs[] = {"said", "says", "asked", "asks", "added", "shouted", "told",
                                        "wrote", "replied", "yelled", "cried", "exclaimed", "wondered",
                                        "recalled", "insisted", "declared", "explained", "continued", NULL};
    size_t plen;
    /* A longer sentence, or one with its own quotation, says more ("When
     * the beating was over, the police officers left him ..., he said.") */
    if (i == 0 || m->sents[i].nwords > 10 || dquote_count(t, len) > 0 || !same_paragraph(m, i - 1, i))
        return 0;
    const char *p = chorus_model_sent_text(m, i - 1, &plen);
    if (!ends_quoted_cry(p, plen))
        return 0;
    for (size_t end = len, words = 0; end > 0 && words < 3; words++) {
        size_t w = word_start(t, end);
        if (word_at_in(t, w, end, verbs))
            return 1;
        for (end = w; end > 0 && t[end - 1] == ' '; end--)
            ;
    }
    return 0;
}

/* 1 when a short sentence (under ten words) leans on the sentences around
 * it: a pronoun, "also", "even", "too", "then" or "such" anywhere outside
 * quotation marks, or a possessive, demonstrative or connective that opens
 * it ("And young Bill Clinton didn't want to be drafted.", "It
 * was his third consecutive runner-up finish in Boston.", "The governor
 * also champions welfare revision.", "Those wounds now threaten to
 * reopen."). Short sentences are what fills the last words of a budget,
 * and there such a one reads as a non sequitur; a longer one carries
 * enough to stand. Inside a sentence "its", "that" or "one" usually point
 * within it ("Exxon doubled its profit.", "One person died."). */
static int short_leaning(const fmodel *m, uint32_t i, const char *t, size_t len)
{
    static const char *const lean[] = {"he", "she", "him", "they", "them", "it", "also",
                                       "even", "too", "then", "such", NULL};
    static const char *const opening[] = {"his", "her", "its", "their", "this", "that", "these", "those", NULL};
    static const char *const links[] = {"And", "But", "Or", "So", "Yet", "Still", "Next", "Then", "Now", "Instead",
                                        "Meanwhile", NULL}; /* "Nor": nor_opening, at any length */
    /* "One was destroyed and a second was heavily damaged.": "One" before
     * a verb stands for a noun of another sentence ("One person died."
     * does not) */
    static const char *const ones[] = {"One", "Another", NULL};
    static const char *const verbs[] = {"was", "is", "were", "has", "had", "will", "would", "could", "said",
                                        "says", "died", NULL};
    int dq = 0, sq = 0;
    size_t after;
    if (m->sents[i].nwords >= 10)
        return 0;
    if (word_at_in(t, 0, len, opening) || opening_in(t, len, links, &after) >= 0 ||
        (opening_in(t, len, ones, &after) >= 0 && word_at_in(t, after, len, verbs)))
        return 1;
    for (size_t k = 0; k < len;) {
        if (!dq && !sq && (k == 0 || t[k - 1] == ' ') && word_at_in(t, k, len, lean))
            return 1;
        k += quote_state(t, len, k, &dq, &sq);
    }
    return 0;
}

/* 1 when a short sentence (under ten words) is one whole quotation
 * ('"The world is a closed system."'): its speaker is in another
 * sentence, and alone in a summary it is no one's words. Longer ones
 * stay (leaving them out cost Multi-News, whose references quote much,
 * 0.2 R-1; docs/quality.md). */
static int lone_quote(const fmodel *m, uint32_t i, const char *t, size_t len)
{
    if (m->sents[i].nwords >= 10)
        return 0;
    int opens = t[0] == '"' || (len > 1 && t[0] == '`' && t[1] == '`') ||
                (len > 2 && !memcmp(t, "\xe2\x80\x9c", 3));
    return opens && ends_quoted_close(t, len) && dquote_count(t, len) == 2;
}

/* 1 when one word in title case or a day's number and a colon open the
 * sentence: a fact box's field or a table's row ("Born: June 23, 1948, in
 * Pinpoint, Ga.", "Objective: ...", "Iraq: 5,500"), a transcript's speaker
 * ("Keilar: ..."), a page's furniture ("Related: ...", "Source: ...") or
 * an entry of a chronology whose month heads an earlier paragraph ("25:
 * U.N Security Council authorizes air embargo of Iraq."). Every such
 * opening of the three development sets (119) is one of these, a
 * headline ("Officials: Woman Kills 3, ...") or such a line run on into
 * the next paragraph ("Source: Mercury News Wire Services The label
 * ..."). */
static int word_label(const char *t, size_t len)
{
    size_t i = 0;
    if (len > 0 && isdigit((unsigned char)t[0])) {
        while (i < len && i < 3 && isdigit((unsigned char)t[i]))
            i++;
        if (i == 3)
            return 0;
    } else if (len > 0 && isupper((unsigned char)t[0])) {
        for (i = 1; i < len && islower((unsigned char)t[i]);)
            i++;
        if (i == 1)
            return 0;
    }
    return i > 0 && i + 1 < len && t[i] == ':' && t[i + 1] == ' ';
}

/* 1 when the sentence opens with a label in capitals and a colon: a fact
 * box's field ("CHILDHOOD: Described by aunt as child alcoholic and
 * loner.", "AGE: 24."), a section heading ("RELATED STORIES:") or a
 * transcript's speaker ("WP: And now ...", "MCEVERS: ..."). In the three
 * development sets every such opening is one of these, never a dateline
 * (those are removed before). Up to three words of two or more capitals
 * ("THE INVASION:", "Q&A:"). */
static int caps_label(const char *t, size_t len)
{
    /* an editor's note with its apostrophe ("Editor's Note: For more
     * ..."); word_label takes "Editors: Wednesday's ceremony was Bob
     * Thomas' 45th Academy Awards." (AP) and "Eds:", and the loop below
     * "EDITORS:" */
    static const char *const notes[] = {"Editor's note:", "Editor's Note:", "Editors' note:", "Editors' Note:",
                                        NULL};
    for (size_t k = 0; notes[k]; k++)
        if (len > strlen(notes[k]) && !memcmp(t, notes[k], strlen(notes[k])))
            return 1;
    size_t i = 0;
    for (int words = 0; words < 3; words++) {
        size_t caps = 0, j = i;
        for (; j < len && (isupper((unsigned char)t[j]) || (t[j] && strchr("'&.-", t[j]))); j++)
            caps += isupper((unsigned char)t[j]) != 0;
        if (caps < 2 || j == len)
            return 0;
        if (t[j] == ':')
            return j + 1 == len || t[j + 1] == ' ';
        if (t[j] != ' ')
            return 0;
        i = j + 1;
    }
    return 0;
}

/* 1 when sentence i is a whole, informative sentence worth choosing; marks:
 * the page's furniture, captions and teasers (page_marks). */
static int good_candidate(const fmodel *m, uint32_t i, const mark_index *marks)
{
    const fsent *s = &m->sents[i];
    size_t len, plen;
    const char *t = chorus_model_sent_text(m, i, &len);
    if (s->nwords < 6 || s->nwords > 70 || s->ncontent < 3 || len == 0 || (s->flags & FSENT_NOTE))
        return 0;
    if (t[len - 1] == '?' || (t[0] >= 'a' && t[0] <= 'z') || broken(t, len) || !ends_statement(t, len) ||
        !summ_quotes_balanced(t, len))
        return 0;
    if (has_mark(marks, t, len) || hand_over(t, len) || caption(t, len) || cut_off(t, len))
        return 0;
    if (shouting(t, len) || title_case(t, len) || list_intro(t, len) || caps_label(t, len) || word_label(t, len))
        return 0;
    if (first_person(t, len) || call_to_action(t, len) || dangling_pronoun(t, len) || nor_opening(t, len) ||
        pictured(t, len) || place_deixis(t, len))
        return 0;
    if (dated_caption(t, len) || place_date_caption(t, len) || date_opened_caption(t, len))
        return 0;
    if (quote_tail(m, i, t, len) || short_leaning(m, i, t, len) || lone_quote(m, i, t, len))
        return 0;
    if (ends_in_initial(t, len) && i + 1 < m->nsents && same_paragraph(m, i, i + 1))
        return 0;
    if (i > 0 && same_paragraph(m, i - 1, i)) {
        const char *p = chorus_model_sent_text(m, i - 1, &plen);
        if (ends_in_initial(p, plen))
            return 0;
    }
    return 1;
}

size_t summ_candidates(const fmodel *m, uint8_t *eligible)
{
    mark_index x;
    size_t good = 0;
    page_marks(&x);
    for (uint32_t i = 0; i < m->nsents; i++)
        good += eligible[i] = (uint8_t)good_candidate(m, i, &x);
    return good;
}

/* ---- sentence text ---- */

/* Removing parentheticals and attribution tails (", officials said.") was
 * tried here and left ROUGE unchanged on the development sets (within
 * 0.2 points, docs/quality.md), while a claim losing its source misleads:
 * sentences are kept whole. The per-sentence text stays a separate field so
 * a later rewrite step can shorten sentences without touching the methods. */
int summ_compress(fmodel *m, summ_job *job)
{
    size_t n = m->nsents ? m->nsents : 1;
    job->text = malloc(n * sizeof(char *));
    job->tlen = malloc(n * sizeof(uint32_t));
    job->words = malloc(n * sizeof(uint32_t));
    if (!job->text || !job->tlen || !job->words)
        return -1;
    for (uint32_t i = 0; i < m->nsents; i++) {
        size_t len;
        job->text[i] = chorus_model_sent_text(m, i, &len);
        job->tlen[i] = (uint32_t)len;
        job->words[i] = m->sents[i].nwords;
    }
    return 0;
}
