/* hp-child.c: A child of the client who lives with them. */

#define G_LOG_DOMAIN "hp-child"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-child.h"

G_DEFINE_FINAL_TYPE (HpChild, hp_child, HP_TYPE_RECORD)

static const HpField child_fields[] = {
  { "id", HP_FIELD_STRING, G_STRUCT_OFFSET (HpChild, id), NULL,
    N_("Identifier"), HP_FIELD_FLAG_REQUIRED | HP_FIELD_FLAG_NOT_EMPTY, 0, 0 },
  { "name", HP_FIELD_STRING, G_STRUCT_OFFSET (HpChild, name), NULL,
    N_("Name"), HP_FIELD_FLAG_REQUIRED | HP_FIELD_FLAG_NOT_EMPTY, 0, 0 },
  { "id_number", HP_FIELD_ID_NUMBER, G_STRUCT_OFFSET (HpChild, id_number), NULL,
    N_("Personal identity number"), HP_FIELD_FLAG_NONE, 0, 0 },
  /* Off by default: a handover sheet says "child 1", "child 2" unless the
   * caseworker allows the first name. */
  { "name_on_sheets", HP_FIELD_BOOLEAN, G_STRUCT_OFFSET (HpChild, name_on_sheets), NULL,
    N_("The first name may stand on handover sheets"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "note", HP_FIELD_TEXT, G_STRUCT_OFFSET (HpChild, note), NULL,
    N_("Note"), HP_FIELD_FLAG_NONE, 0, 0 },
};

static void
hp_child_class_init (HpChildClass *klass)
{
  hp_record_class_install_fields (HP_RECORD_CLASS (klass), child_fields, G_N_ELEMENTS (child_fields));
}

static void
hp_child_init (HpChild *self)
{
}

/**
 * hp_child_new:
 *
 * Returns: (transfer full): a new, empty child
 */
HpChild *
hp_child_new (void)
{
  return g_object_new (HP_TYPE_CHILD, NULL);
}
