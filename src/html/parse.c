/* libxml2 parsing and small DOM helpers. */
#include <limits.h>
#include <string.h>
#include <strings.h>

#include "html/html.h"

htmlDocPtr html_parse_utf8(const char *utf8, size_t len)
{
    /* RECOVER keeps going through broken markup; NONET never fetches a
     * DTD; NOERROR/NOWARNING keep libxml2 from printing to stderr. */
    int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
               HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
    int n = len > (size_t)INT_MAX ? INT_MAX : (int)len;
    if (n == 0)
        return htmlReadMemory("<html></html>", 13, NULL, "UTF-8", opts);
    return htmlReadMemory(utf8, n, NULL, "UTF-8", opts);
}

int html_tag_is(const xmlNode *n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && n->name &&
           strcasecmp((const char *)n->name, name) == 0;
}

char *html_attr(const xmlNode *n, const char *name)
{
    if (!n || n->type != XML_ELEMENT_NODE)
        return NULL;
    return (char *)xmlGetProp((xmlNode *)n, (const xmlChar *)name);
}
