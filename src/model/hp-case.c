/* hp-case.c: The case: who the client is, the home, the staff and the deadline. */

#define G_LOG_DOMAIN "hp-case"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-case.h"
#include "hp-child.h"

G_DEFINE_FINAL_TYPE (HpCase, hp_case, HP_TYPE_RECORD)

static const HpField case_fields[] = {
  { "reference", HP_FIELD_STRING, G_STRUCT_OFFSET (HpCase, reference), NULL,
    N_("Case reference"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "client_name", HP_FIELD_STRING, G_STRUCT_OFFSET (HpCase, client_name), NULL,
    N_("Client's name or initials"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "client_id_number", HP_FIELD_ID_NUMBER, G_STRUCT_OFFSET (HpCase, client_id_number), NULL,
    N_("Client's personal identity number"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "client_phone", HP_FIELD_STRING, G_STRUCT_OFFSET (HpCase, client_phone), NULL,
    N_("Client's phone"), HP_FIELD_FLAG_WHEREABOUTS, 0, 0 },
  { "safe_contact", HP_FIELD_TEXT, G_STRUCT_OFFSET (HpCase, safe_contact), NULL,
    N_("Safe way to reach the client"), HP_FIELD_FLAG_WHEREABOUTS, 0, 0 },
  { "client_whereabouts", HP_FIELD_STRING, G_STRUCT_OFFSET (HpCase, client_whereabouts), NULL,
    N_("Where the client is staying now"), HP_FIELD_FLAG_WHEREABOUTS, 0, 0 },
  { "protection", HP_FIELD_ENUM, G_STRUCT_OFFSET (HpCase, protection), hp_protection_get_type,
    N_("Protected personal data"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "interpreter_needed", HP_FIELD_BOOLEAN, G_STRUCT_OFFSET (HpCase, interpreter_needed), NULL,
    N_("Interpreter needed"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "interpreter_language", HP_FIELD_STRING, G_STRUCT_OFFSET (HpCase, interpreter_language), NULL,
    N_("Interpreter language"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "children", HP_FIELD_LIST, G_STRUCT_OFFSET (HpCase, children), hp_child_get_type,
    N_("Children"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "home_address", HP_FIELD_TEXT, G_STRUCT_OFFSET (HpCase, home_address), NULL,
    N_("Address of the home"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "home_holder", HP_FIELD_ENUM, G_STRUCT_OFFSET (HpCase, home_holder), hp_home_holder_get_type,
    N_("Who holds the lease or owns the home"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "home_holder_note", HP_FIELD_STRING, G_STRUCT_OFFSET (HpCase, home_holder_note), NULL,
    N_("Note on the lease or ownership"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "caseworker_name", HP_FIELD_STRING, G_STRUCT_OFFSET (HpCase, caseworker_name), NULL,
    N_("Responsible caseworker"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "caseworker_unit", HP_FIELD_STRING, G_STRUCT_OFFSET (HpCase, caseworker_unit), NULL,
    N_("Caseworker's unit"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "caseworker_phone", HP_FIELD_STRING, G_STRUCT_OFFSET (HpCase, caseworker_phone), NULL,
    N_("Caseworker's phone"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "office_phone", HP_FIELD_STRING, G_STRUCT_OFFSET (HpCase, office_phone), NULL,
    N_("The office's phone for check-in and check-out"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "office_address", HP_FIELD_TEXT, G_STRUCT_OFFSET (HpCase, office_address), NULL,
    N_("Office address for handovers"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "second_staff_name", HP_FIELD_STRING, G_STRUCT_OFFSET (HpCase, second_staff_name), NULL,
    N_("Second staff member"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "second_staff_phone", HP_FIELD_STRING, G_STRUCT_OFFSET (HpCase, second_staff_phone), NULL,
    N_("Second staff member's phone"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "needed_by", HP_FIELD_DATE, G_STRUCT_OFFSET (HpCase, needed_by), NULL,
    N_("Belongings needed by"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "notes", HP_FIELD_TEXT, G_STRUCT_OFFSET (HpCase, notes), NULL,
    N_("Notes"), HP_FIELD_FLAG_NONE, 0, 0 },
};

static void
hp_case_class_init (HpCaseClass *klass)
{
  hp_record_class_install_fields (HP_RECORD_CLASS (klass), case_fields, G_N_ELEMENTS (case_fields));
}

static void
hp_case_init (HpCase *self)
{
}

/**
 * hp_case_new:
 *
 * Returns: (transfer full): a new, empty case
 */
HpCase *
hp_case_new (void)
{
  return g_object_new (HP_TYPE_CASE, NULL);
}
