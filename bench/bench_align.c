/* Alignment evaluation on labelled sentence pairs.
 *   bench_align dump SET STORY [SHARED]   sentences of a story: doc, start, end, text
 *   bench_align eval PAIRS.jsonl [SHARED] precision and recall on labelled pairs
 * SHARED defaults to ../shared. Pairs hold only references:
 * {"set","story","a":[doc,start,end],"b":[doc,start,end],"label":0|1}. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "align/align.h"
#include "align/pairs.h"

int main(int argc, char **argv)
{
    const char *shared = argc > 4 ? argv[4] : "../shared";
    if (argc >= 4 && strcmp(argv[1], "dump") == 0)
        return align_pairs_dump(shared, argv[2], argv[3], stdout) < 0;
    if (argc >= 3 && strcmp(argv[1], "eval") == 0) {
        align_pairs_result r;
        if (align_pairs_eval(argc > 3 ? argv[3] : "../shared", argv[2], &r, stdout) < 0)
            return 1;
        printf("pairs %zu (aligned %zu)  TP %zu FP %zu FN %zu TN %zu  precision %.3f recall %.3f\n",
               r.n, r.pos, r.tp, r.fp, r.fn, r.tn, r.precision, r.recall);
        return 0;
    }
    fprintf(stderr, "usage: bench_align dump SET STORY [SHARED] | eval PAIRS.jsonl [SHARED]\n");
    return 2;
}
