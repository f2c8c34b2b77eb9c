/* hp-layout-private.h: what the PDF writer needs of a laid-out document */
#pragma once

#include "hp-layout.h"

G_BEGIN_DECLS

/* The headings of levels 1 and 2 with the page (from 0) and height where
 * they stand, for the PDF outline. */
guint hp_document_get_n_outline_entries (HpDocument  *self);
void  hp_document_get_outline_entry     (HpDocument  *self,
                                         guint        index,
                                         const char **text,
                                         guint       *level,
                                         guint       *page,
                                         double      *y);

G_END_DECLS
