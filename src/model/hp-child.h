/* hp-child.h: A child of the client who lives with them. */
#pragma once

#include "hp-enums.h"
#include "hp-enum-types.h"
#include "hp-record.h"

G_BEGIN_DECLS

#define HP_TYPE_CHILD (hp_child_get_type ())
G_DECLARE_FINAL_TYPE (HpChild, hp_child, HP, CHILD, HpRecord)

/* Read the fields directly; write them with g_object_set () so that the
 * change is notified (see hp-record.h). */
struct _HpChild
{
  HpRecord parent_instance;

  char     *id;
  char     *name;
  char     *id_number;
  gboolean  name_on_sheets;
  char     *note;
};

HpChild *hp_child_new (void);

G_END_DECLS
