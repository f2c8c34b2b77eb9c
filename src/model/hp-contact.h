/* hp-contact.h: Someone who takes part in the plan: police, security company, relative, handover site ... */
#pragma once

#include "hp-enums.h"
#include "hp-enum-types.h"
#include "hp-record.h"

G_BEGIN_DECLS

#define HP_TYPE_CONTACT (hp_contact_get_type ())
G_DECLARE_FINAL_TYPE (HpContact, hp_contact, HP, CONTACT, HpRecord)

/* Read the fields directly; write them with g_object_set () so that the
 * change is notified (see hp-record.h). */
struct _HpContact
{
  HpRecord parent_instance;

  char         *id;
  HpContactKind kind;
  HpContactPart part;
  char         *name;
  char         *organisation;
  char         *phone;
  char         *address;
  char         *role;
  char         *request_date;
  HpAnswer      granted;
  char         *contact_person;
  char         *note;
};

HpContact     *hp_contact_new                (void);
HpContactPart  hp_contact_get_effective_part (HpContact    *self,
                                              HpSupportWay  way);

G_END_DECLS
