/* hp-case.h: The case: who the client is, the home, the staff and the deadline. */
#pragma once

#include "hp-enums.h"
#include "hp-enum-types.h"
#include "hp-record.h"

G_BEGIN_DECLS

#define HP_TYPE_CASE (hp_case_get_type ())
G_DECLARE_FINAL_TYPE (HpCase, hp_case, HP, CASE, HpRecord)

/* Read the fields directly; write them with g_object_set () so that the
 * change is notified (see hp-record.h). */
struct _HpCase
{
  HpRecord parent_instance;

  char        *reference;
  char        *client_name;
  char        *client_id_number;
  char        *client_phone;
  char        *safe_contact;
  char        *client_whereabouts;
  HpProtection protection;
  gboolean     interpreter_needed;
  char        *interpreter_language;
  GListStore  *children;
  char        *home_address;
  HpHomeHolder home_holder;
  char        *home_holder_note;
  char        *caseworker_name;
  char        *caseworker_unit;
  char        *caseworker_phone;
  char        *office_phone;
  char        *office_address;
  char        *second_staff_name;
  char        *second_staff_phone;
  char        *needed_by;
  char        *notes;
};

HpCase *hp_case_new (void);

G_END_DECLS
