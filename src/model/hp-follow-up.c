/* hp-follow-up.c: What happened afterwards. */

#define G_LOG_DOMAIN "hp-follow-up"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-follow-up.h"

G_DEFINE_FINAL_TYPE (HpFollowUp, hp_follow_up, HP_TYPE_RECORD)

static const HpField follow_up_fields[] = {
  { "outcome", HP_FIELD_ENUM, G_STRUCT_OFFSET (HpFollowUp, outcome), hp_outcome_get_type,
    N_("Carried out"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "date", HP_FIELD_DATE, G_STRUCT_OFFSET (HpFollowUp, date), NULL,
    N_("Date of follow-up"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "items_returned", HP_FIELD_TEXT, G_STRUCT_OFFSET (HpFollowUp, items_returned), NULL,
    N_("What came home"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "incidents", HP_FIELD_TEXT, G_STRUCT_OFFSET (HpFollowUp, incidents), NULL,
    N_("Incidents"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "another_visit_needed", HP_FIELD_BOOLEAN, G_STRUCT_OFFSET (HpFollowUp, another_visit_needed), NULL,
    N_("Another visit needed"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "documented", HP_FIELD_BOOLEAN, G_STRUCT_OFFSET (HpFollowUp, documented), NULL,
    N_("Documented in the case record"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "note", HP_FIELD_TEXT, G_STRUCT_OFFSET (HpFollowUp, note), NULL,
    N_("Note"), HP_FIELD_FLAG_NONE, 0, 0 },
};

static void
hp_follow_up_class_init (HpFollowUpClass *klass)
{
  hp_record_class_install_fields (HP_RECORD_CLASS (klass), follow_up_fields, G_N_ELEMENTS (follow_up_fields));
}

static void
hp_follow_up_init (HpFollowUp *self)
{
}

/**
 * hp_follow_up_new:
 *
 * Returns: (transfer full): a new, empty followup
 */
HpFollowUp *
hp_follow_up_new (void)
{
  return g_object_new (HP_TYPE_FOLLOW_UP, NULL);
}
