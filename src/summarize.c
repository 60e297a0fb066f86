#include "chorus.h"
#include "error.h"
static const char *const methods[] = {"default", NULL};
const char *const *chorus_summarize_methods(void) { return methods; }
