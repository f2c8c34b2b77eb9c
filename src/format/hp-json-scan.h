/* hp-json-scan.h: checks on JSON text before json-glib parses it */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef struct
{
  int   max_depth;    /* nesting of objects and lists */
  guint max_values;   /* objects, lists and the members and entries in them */
  guint max_members;  /* members of one object */
} HpJsonLimits;

gboolean  hp_json_scan            (const char          *data,
                                   gsize                length,
                                   const HpJsonLimits  *limits,
                                   GError             **error);
/* The value of the four hex digits of a \u escape at @p, or -1 */
int         hp_json_hex4            (const char       *p,
                                     gsize             left);
/* “text”, “a number”, “a list” ...: what a loader found, for its messages */
const char *hp_json_node_type_label (JsonNode         *node);
char       *hp_json_type_mismatch   (JsonNode         *node,
                                     JsonNodeType      node_type,
                                     GType             value_type,
                                     const char       *expected);

G_END_DECLS
