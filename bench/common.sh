# shellcheck shell=bash
# Shared by the bench/*.sh scripts that score summaries and time commands;
# source it, do not run it.

# ROUGE-1.5.5 settings of issue 4: DUC at 100 words (recall), and Multi-News
# as Fabbri et al. scored it, plus the 300-word cut.
# shellcheck disable=SC2034  # used by the scripts that source this file
duc_flags=(-n 4 -m -a -l 100 -x -c 95 -r 1000 -f A -p 0.5 -t 0)
# shellcheck disable=SC2034
mn_flags=(-c 95 -2 -1 -U -r 1000 -n 4 -w 1.2 -a -l 300)

now() { date +%s.%N; }

# Median wall seconds of N runs of the command (its stdout is discarded).
# usage: median_time N COMMAND [ARG...]
median_time() {
    local n=$1 ts=() t0 t1
    shift
    for _ in $(seq "$n"); do
        t0=$(now)
        "$@" >/dev/null
        t1=$(now)
        ts+=("$(echo "$t1 - $t0" | bc)")
    done
    printf '%s\n' "${ts[@]}" | sort -g | sed -n "$(((n + 1) / 2))p"
}
