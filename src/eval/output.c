/* Printing evaluation results: JSON, and the table ROUGE-1.5.5 prints. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval/eval.h"
#include "util/buf.h"
#include "util/utf8.h"

static int json_string(cbuf *b, const char *s)
{
    int rc = cbuf_putc(b, '"');
    for (; rc == 0 && *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            rc = cbuf_printf(b, "\\%c", c);
        else if (c < 0x20)
            rc = cbuf_printf(b, "\\u%04x", c);
        else
            rc = cbuf_putc(b, (char)c);
    }
    return rc < 0 ? -1 : cbuf_putc(b, '"');
}

/* Scores print with the script's five decimals; -t 1/2 counts in full. */
static int json_num(cbuf *b, double x, int raw)
{
    return raw ? cbuf_printf(b, "%.15g", x) : cbuf_printf(b, "%.5f", x);
}

static int json_average(const chorus_eval *ev, cbuf *b)
{
    static const char *const names[3][2] = {{"R", "R_ci"}, {"P", "P_ci"}, {"F", "F_ci"}};
    static const char *const counts[3] = {"M_count", "P_count", "H_count"};
    int rc = cbuf_puts(b, "{\"average\": {");
    for (size_t k = 0; rc == 0 && k < ev->nm; k++) {
        const chorus_eval_score *a = &ev->avg[k];
        const double v[3] = {a->r, a->p, a->f}, *ci[3] = {a->r_ci, a->p_ci, a->f_ci};
        rc = cbuf_puts(b, k ? ", " : "");
        rc = rc ? rc : json_string(b, ev->metrics[k].name);
        rc = rc ? rc : cbuf_puts(b, ": {");
        for (int j = 0; rc == 0 && j < 3; j++) {
            rc = cbuf_printf(b, "%s\"%s\": ", j ? ", " : "", ev->o.counting == 2 ? counts[j] : names[j][0]);
            rc = rc ? rc : json_num(b, v[j], ev->o.counting == 2);
        }
        for (int j = 0; rc == 0 && ev->o.counting != 2 && j < 3; j++) {
            rc = cbuf_printf(b, ", \"%s\": [", names[j][1]);
            rc = rc ? rc : json_num(b, ci[j][0], 0);
            rc = rc ? rc : cbuf_puts(b, ", ");
            rc = rc ? rc : json_num(b, ci[j][1], 0);
            rc = rc ? rc : cbuf_putc(b, ']');
        }
        rc = rc ? rc : cbuf_putc(b, '}');
    }
    return rc ? rc : cbuf_putc(b, '}');
}

static int json_evals(const chorus_eval *ev, cbuf *b)
{
    int rc = cbuf_puts(b, ", \"evals\": {");
    for (size_t i = 0; rc == 0 && i < ev->ids.n; i++) {
        rc = cbuf_puts(b, i ? ",\n  " : "\n  ");
        rc = rc ? rc : json_string(b, chorus_eval_id(ev, i));
        rc = rc ? rc : cbuf_puts(b, ": {");
        for (size_t k = 0; rc == 0 && k < ev->nm; k++) {
            chorus_eval_score s;
            chorus_eval_get(ev, i, k, &s);
            int raw = ev->o.counting != 0;
            rc = cbuf_puts(b, k ? ", " : "");
            rc = rc ? rc : json_string(b, ev->metrics[k].name);
            rc = rc ? rc : cbuf_puts(b, ": {\"R\": ");
            rc = rc ? rc : json_num(b, s.r, raw);
            rc = rc ? rc : cbuf_puts(b, ", \"P\": ");
            rc = rc ? rc : json_num(b, s.p, raw);
            rc = rc ? rc : cbuf_puts(b, ", \"F\": ");
            rc = rc ? rc : json_num(b, s.f, raw);
            rc = rc ? rc : cbuf_putc(b, '}');
        }
        rc = rc ? rc : cbuf_putc(b, '}');
    }
    return rc ? rc : cbuf_puts(b, ev->ids.n ? "\n}" : "}");
}

char *chorus_eval_json(const chorus_eval *ev, int per_eval)
{
    cbuf b = CBUF_INIT;
    if (!ev->ran)
        return NULL;
    int rc = json_average(ev, &b);
    if (rc == 0 && per_eval)
        rc = json_evals(ev, &b);
    if (rc == 0)
        rc = cbuf_puts(&b, "}\n");
    if (rc < 0) {
        cbuf_free(&b);
        return NULL;
    }
    return cbuf_detach(&b);
}

static int table_metric(const chorus_eval *ev, size_t k, int per_eval, cbuf *b)
{
    const char *sys = ev->system, *m = ev->metrics[k].name;
    const chorus_eval_score *a = &ev->avg[k];
    int rc = cbuf_puts(b, "---------------------------------------------\n");
    if (ev->o.counting != 2) {
        const double v[3] = {a->r, a->p, a->f}, *ci[3] = {a->r_ci, a->p_ci, a->f_ci};
        for (int j = 0; rc == 0 && j < 3; j++)
            rc = cbuf_printf(b, "%s %s Average_%c: %.5f (%s%%-conf.int. %.5f - %.5f)\n", sys, m, "RPF"[j],
                             v[j], ev->confidence, ci[j][0], ci[j][1]);
    } else {
        rc = cbuf_printf(b, "%s %s M_count: %lld P_count: %lld H_count: %lld\n", sys, m, (long long)a->r,
                         (long long)a->p, (long long)a->f);
    }
    if (rc == 0 && per_eval)
        rc = cbuf_puts(b, ".............................................\n");
    cbuf id = CBUF_INIT; /* the id, a line break in it ("s1\n") written "\n" as the views write it */
    for (size_t i = 0; rc == 0 && per_eval && i < ev->ids.n; i++) {
        chorus_eval_score s;
        chorus_eval_get(ev, i, k, &s);
        cbuf_clear(&id);
        if (cutf8_escape_controls(chorus_eval_id(ev, i), &id) < 0) {
            rc = -1;
            break;
        }
        const char *ids = id.ptr ? id.ptr : "";
        if (ev->o.counting)
            rc = cbuf_printf(b, "%s %s Eval %s.%s R:%.15g P:%.15g F:%.15g\n", sys, m, ids, sys, s.r, s.p, s.f);
        else
            rc = cbuf_printf(b, "%s %s Eval %s.%s R:%.5f P:%.5f F:%.5f\n", sys, m, ids, sys, s.r, s.p, s.f);
    }
    cbuf_free(&id);
    return rc;
}

char *chorus_eval_table(const chorus_eval *ev, int per_eval)
{
    cbuf b = CBUF_INIT;
    if (!ev->ran)
        return NULL;
    int rc = cbuf_puts(&b, "");
    for (size_t k = 0; rc == 0 && k < ev->nm; k++)
        rc = table_metric(ev, k, per_eval, &b);
    if (rc < 0) {
        cbuf_free(&b);
        return NULL;
    }
    return cbuf_detach(&b);
}
