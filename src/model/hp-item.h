/* hp-item.h: One of the client's belongings to fetch. */
#pragma once

#include "hp-enums.h"
#include "hp-enum-types.h"
#include "hp-record.h"

G_BEGIN_DECLS

#define HP_TYPE_ITEM (hp_item_get_type ())
G_DECLARE_FINAL_TYPE (HpItem, hp_item, HP, ITEM, HpRecord)

/* Read the fields directly; write them with g_object_set () so that the
 * change is notified (see hp-record.h). */
struct _HpItem
{
  HpRecord parent_instance;

  char          *name;
  HpItemCategory category;
  char          *owner;
  HpPriority     priority;
  char          *location;
  char          *note;
  gboolean       from_other_party;
  HpItemStatus   status;
  gboolean       tracker_checked;
};

HpItem *hp_item_new (void);

G_END_DECLS
