/* Input readers internals: article formats that produce docs. */
#ifndef CHORUS_INGEST_H
#define CHORUS_INGEST_H
#include <jansson.h>

#include "chorus.h"

/* Adds the articles of one file's content (text with optional header block,
 * DUC/TREC SGML) to story. name is used in messages, id for a text article.
 * Returns 0, or a negative error (with message naming the file). */
int chorus_ingest_buffer(chorus_ctx *ctx, chorus_story *story, const char *name, const char *id,
                         const char *buf, size_t len, chorus_input_kind kind);
/* Adds the articles of one Multi-News line (docs separated by |||||). */
int chorus_ingest_multinews_line(chorus_ctx *ctx, chorus_story *story, const char *line, size_t len);
/* Adds the article of a web page: extracted text, with the page's title,
 * date, outlet and URL unless given (non-empty fields of given win;
 * given->id is the article id). A page with no article text is skipped
 * with a warning naming it. */
int chorus_ingest_html(chorus_ctx *ctx, chorus_story *story, const char *name, const chorus_doc *given,
                       const char *html, size_t len);
/* The same for an article already extracted (borrowed). */
int chorus_ingest_article(chorus_ctx *ctx, chorus_story *story, const char *name, const chorus_doc *given,
                          const chorus_article *a);
/* Writes to iso ("YYYY-MM-DD") the date held by a DUC/TREC document id
 * ("APW19981016.0240", "AP880911-0016"). 1 when it holds one, else 0. */
int chorus_ingest_docno_date(const char *docno, char iso[11]);
/* Writes the JSON number v as chorus names a story or an article by it
 * ("12", "1.5"), which chorus eval matches too; returns buf, or NULL when
 * v is no number. */
const char *chorus_ingest_number_id(const json_t *v, char *buf, size_t cap);
/* Guesses the format of a file's content (never returns AUTO). */
chorus_input_kind chorus_ingest_sniff(const char *name, const char *buf, size_t len);

#endif
