#ifndef CHORUS_STOPWORDS_H
#define CHORUS_STOPWORDS_H
/* The NULL-terminated stop list for a Snowball language name, or NULL. */
const char *const *chorus_stopwords_for(const char *snowball_lang);
#endif
