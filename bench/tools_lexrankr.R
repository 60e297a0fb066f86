# Summaries of every story of a clusters.jsonl by lexRankr (CRAN's LexRank,
# Debian package r-cran-lexrankr), for bench/tools.sh.
#
# usage: Rscript bench/tools_lexrankr.R CLUSTERS.jsonl WORDS OUT.jsonl
#
# Each story's articles go to lexRank() as separate documents with the
# package's defaults (threshold 0.2, PageRank, stemming, stop words removed).
# The top-ranked sentences are written, most central first, until WORDS
# words are reached; ROUGE's -l cuts the rest. (Across several articles there
# is no one reading order to put them back in.)
suppressPackageStartupMessages({
    library(jsonlite)
    library(lexRankr)
})

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 3) stop("usage: tools_lexrankr.R CLUSTERS.jsonl WORDS OUT.jsonl")
words <- as.integer(args[2])

count_words <- function(s) length(strsplit(trimws(s), "[[:space:]]+")[[1]])

# Enough top sentences to fill the budget: ask for more until they do.
summarize_story <- function(texts) {
    n <- 8
    repeat {
        top <- lexRank(texts, docId = seq_along(texts), n = n,
                       returnTies = FALSE, Verbose = FALSE)
        top <- top[order(-top$value), ]
        total <- cumsum(vapply(top$sentence, count_words, 0))
        if (tail(total, 1) >= words || nrow(top) < n) break
        n <- n * 2
    }
    keep <- seq_len(min(nrow(top), which(total >= words)[1], na.rm = TRUE))
    top$sentence[keep]
}

out <- file(args[3], "w")
for (line in readLines(args[1], warn = FALSE)) {
    story <- fromJSON(line, simplifyVector = FALSE)
    texts <- vapply(story$docs, function(d) gsub("\n+", " ", d$text), "")
    texts <- texts[nchar(trimws(texts)) > 0]
    summary <- summarize_story(texts)
    writeLines(toJSON(list(id = story$id, summary = summary), auto_unbox = TRUE), out)
}
close(out)
