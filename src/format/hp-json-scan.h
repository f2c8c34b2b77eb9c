/* hp-json-scan.h: checks on JSON text before json-glib parses it */
#pragma once

#include <glib.h>

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

G_END_DECLS
