/* Stop-word lists, written for chorus: function words of each language.
 * NULL-terminated; looked up after case folding. */
#include <stddef.h>
#include <string.h>

#include "stopwords.h"

static const char *const en[] = {
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
    "are", "aren't", "as", "at", "be", "because", "been", "before", "being", "below", "between",
    "both", "but", "by", "can", "cannot", "could", "couldn't", "did", "didn't", "do", "does",
    "doesn't", "doing", "don't", "down", "during", "each", "either", "else", "ever", "few", "for",
    "from", "further", "had", "hadn't", "has", "hasn't", "have", "haven't", "having", "he",
    "he'd", "he'll", "he's", "her", "here", "here's", "hers", "herself", "him", "himself", "his",
    "how", "how's", "however", "i", "i'd", "i'll", "i'm", "i've", "if", "in", "into", "is",
    "isn't", "it", "it's", "its", "itself", "just", "let's", "may", "me", "might", "more", "most",
    "much", "must", "mustn't", "my", "myself", "neither", "no", "nor", "not", "now", "of", "off",
    "on", "once", "only", "or", "other", "ought", "our", "ours", "ourselves", "out", "over",
    "own", "same", "shall", "shan't", "she", "she'd", "she'll", "she's", "should", "shouldn't",
    "so", "some", "such", "than", "that", "that's", "the", "their", "theirs", "them",
    "themselves", "then", "there", "there's", "these", "they", "they'd", "they'll", "they're",
    "they've", "this", "those", "though", "through", "thus", "to", "too", "under", "until", "up",
    "upon", "us", "very", "was", "wasn't", "we", "we'd", "we'll", "we're", "we've", "were",
    "weren't", "what", "what's", "when", "when's", "where", "where's", "whether", "which",
    "while", "who", "who's", "whom", "whose", "why", "why's", "will", "with", "within",
    "without", "won't", "would", "wouldn't", "yet", "you", "you'd", "you'll", "you're",
    "you've", "your", "yours", "yourself", "yourselves", "said", "says", "say", "mr", "mrs",
    "ms", "s", "t", "one", "two", "also", "its", NULL};

static const char *const de[] = {
    "aber", "alle", "als", "also", "am", "an", "auch", "auf", "aus", "bei", "bin", "bis", "bist",
    "da", "damit", "dann", "das", "dass", "dem", "den", "der", "des", "die", "dies", "diese",
    "dieser", "doch", "dort", "du", "durch", "ein", "eine", "einem", "einen", "einer", "eines",
    "er", "es", "für", "hat", "hatte", "ich", "ihr", "im", "in", "ist", "ja", "kann", "kein",
    "mit", "nach", "nicht", "noch", "nur", "ob", "oder", "sein", "sich", "sie", "sind", "so",
    "über", "um", "und", "uns", "unter", "vom", "von", "vor", "war", "waren", "was", "wenn",
    "werden", "wie", "wir", "wird", "wurde", "zu", "zum", "zur", NULL};

static const char *const fr[] = {
    "a", "au", "aux", "avec", "ce", "ces", "cette", "dans", "de", "des", "du", "elle", "en",
    "est", "et", "eux", "il", "ils", "je", "la", "le", "les", "leur", "lui", "mais", "me",
    "même", "mes", "moi", "mon", "ne", "nos", "notre", "nous", "on", "ont", "ou", "par", "pas",
    "pour", "qu", "que", "qui", "sa", "se", "ses", "son", "sont", "sur", "ta", "te", "tes", "toi",
    "ton", "tu", "un", "une", "vos", "votre", "vous", "été", "être", "l", "d", "c", "s", "n",
    NULL};

static const char *const es[] = {
    "a", "al", "algo", "como", "con", "de", "del", "el", "ella", "ellos", "en", "entre", "era",
    "es", "esta", "este", "esto", "fue", "ha", "han", "la", "las", "le", "les", "lo", "los",
    "más", "me", "mi", "muy", "no", "nos", "o", "para", "pero", "por", "que", "se", "sea", "ser",
    "si", "sin", "sobre", "su", "sus", "también", "te", "tu", "un", "una", "uno", "y", "ya", NULL};

static const struct {
    const char *lang;
    const char *const *words;
} lists[] = {{"english", en}, {"german", de}, {"french", fr}, {"spanish", es}};

const char *const *chorus_stopwords_for(const char *snowball_lang)
{
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++)
        if (strcmp(lists[i].lang, snowball_lang) == 0)
            return lists[i].words;
    return NULL;
}
