/* hp-support.c: The way of support chosen, and how it is carried out. */

#define G_LOG_DOMAIN "hp-support"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-support.h"

G_DEFINE_FINAL_TYPE (HpSupport, hp_support, HP_TYPE_RECORD)

static const HpField support_fields[] = {
  { "way", HP_FIELD_ENUM, G_STRUCT_OFFSET (HpSupport, way), hp_support_way_get_type,
    N_("Way of support"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "alternatives", HP_FIELD_TEXT, G_STRUCT_OFFSET (HpSupport, alternatives), NULL,
    N_("Alternatives considered"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "other_party_takes_part", HP_FIELD_ENUM, G_STRUCT_OFFSET (HpSupport, other_party_takes_part), hp_answer_get_type,
    N_("The other party takes part"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "staff_position", HP_FIELD_ENUM, G_STRUCT_OFFSET (HpSupport, staff_position), hp_staff_position_get_type,
    N_("Where staff wait"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "staff_enter_home", HP_FIELD_BOOLEAN, G_STRUCT_OFFSET (HpSupport, staff_enter_home), NULL,
    N_("Staff enter the home"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "rooms_to_enter", HP_FIELD_STRING, G_STRUCT_OFFSET (HpSupport, rooms_to_enter), NULL,
    N_("Rooms staff may enter"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "time_on_site_minutes", HP_FIELD_INT, G_STRUCT_OFFSET (HpSupport, time_on_site_minutes), NULL,
    N_("Time limit on site (minutes)"), HP_FIELD_FLAG_NONE, 0, 1440 },
  { "client_told_police_duty", HP_FIELD_BOOLEAN, G_STRUCT_OFFSET (HpSupport, client_told_police_duty), NULL,
    N_("Client told that the police must report crimes they learn of"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "other_party_informed", HP_FIELD_BOOLEAN, G_STRUCT_OFFSET (HpSupport, other_party_informed), NULL,
    N_("The other party told of the time"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "if_other_party_appears", HP_FIELD_TEXT, G_STRUCT_OFFSET (HpSupport, if_other_party_appears), NULL,
    N_("If the other party turns up"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "planning_notes", HP_FIELD_TEXT, G_STRUCT_OFFSET (HpSupport, planning_notes), NULL,
    N_("Planning"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "execution_notes", HP_FIELD_TEXT, G_STRUCT_OFFSET (HpSupport, execution_notes), NULL,
    N_("Carrying out"), HP_FIELD_FLAG_NONE, 0, 0 },
};

static void
hp_support_class_init (HpSupportClass *klass)
{
  hp_record_class_install_fields (HP_RECORD_CLASS (klass), support_fields, G_N_ELEMENTS (support_fields));
}

static void
hp_support_init (HpSupport *self)
{
}

/**
 * hp_support_new:
 *
 * Returns: (transfer full): a new, empty support
 */
HpSupport *
hp_support_new (void)
{
  return g_object_new (HP_TYPE_SUPPORT, NULL);
}
