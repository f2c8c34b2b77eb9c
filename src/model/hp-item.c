/* hp-item.c: One of the client's belongings to fetch. */

#define G_LOG_DOMAIN "hp-item"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-item.h"

G_DEFINE_FINAL_TYPE (HpItem, hp_item, HP_TYPE_RECORD)

static const HpField item_fields[] = {
  { "name", HP_FIELD_STRING, G_STRUCT_OFFSET (HpItem, name), NULL,
    N_("Item"), HP_FIELD_FLAG_REQUIRED | HP_FIELD_FLAG_NOT_EMPTY, 0, 0 },
  { "category", HP_FIELD_ENUM, G_STRUCT_OFFSET (HpItem, category), hp_item_category_get_type,
    N_("Category"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "owner", HP_FIELD_STRING, G_STRUCT_OFFSET (HpItem, owner), NULL,
    N_("For whom"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "priority", HP_FIELD_ENUM, G_STRUCT_OFFSET (HpItem, priority), hp_priority_get_type,
    N_("Priority"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "location", HP_FIELD_STRING, G_STRUCT_OFFSET (HpItem, location), NULL,
    N_("Where in the home"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "note", HP_FIELD_STRING, G_STRUCT_OFFSET (HpItem, note), NULL,
    N_("Note"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "from_other_party", HP_FIELD_BOOLEAN, G_STRUCT_OFFSET (HpItem, from_other_party), NULL,
    N_("Handed over by the other party"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "status", HP_FIELD_ENUM, G_STRUCT_OFFSET (HpItem, status), hp_item_status_get_type,
    N_("Status"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "tracker_checked", HP_FIELD_BOOLEAN, G_STRUCT_OFFSET (HpItem, tracker_checked), NULL,
    N_("Checked for trackers"), HP_FIELD_FLAG_NONE, 0, 0 },
};

static void
hp_item_class_init (HpItemClass *klass)
{
  hp_record_class_install_fields (HP_RECORD_CLASS (klass), item_fields, G_N_ELEMENTS (item_fields));
}

static void
hp_item_init (HpItem *self)
{
}

/**
 * hp_item_new:
 *
 * Returns: (transfer full): a new, empty item
 */
HpItem *
hp_item_new (void)
{
  return g_object_new (HP_TYPE_ITEM, NULL);
}
