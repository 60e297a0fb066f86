#include "cli.h"
void cmd_summarize_usage(FILE *out) { fprintf(out, "usage: chorus summarize [options] INPUT...\n"); }
int cmd_summarize(int argc, char **argv) { (void)argc; (void)argv; return 0; }
