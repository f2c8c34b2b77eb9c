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

/**
 * HpContactNameForm:
 * @HP_CONTACT_NAME_SHORT: the one name that identifies the contact in a
 *   sentence: a person's name (relative, lawyer, interpreter, other), else
 *   the organisation; the other field when the first is empty.  %NULL when
 *   both are empty, so that the caller can number it.
 * @HP_CONTACT_NAME_FULL: "Name, Organisation", as the documents print it
 * @HP_CONTACT_NAME_LISTED: "Name (Organisation)", as lists and choices show it
 * @HP_CONTACT_NAME_KIND_FIRST: "Kind: Organisation, Name", as the choice of
 *   a handover sheet's recipient shows it
 *
 * The forms in which a contact is named.  Every form reads the same two
 * fields by one rule: a field counts only when it holds more than spaces,
 * and it is shown without surrounding spaces.  The forms other than
 * %HP_CONTACT_NAME_SHORT fall back to the contact's kind.
 */
typedef enum
{
  HP_CONTACT_NAME_SHORT,
  HP_CONTACT_NAME_FULL,
  HP_CONTACT_NAME_LISTED,
  HP_CONTACT_NAME_KIND_FIRST,
} HpContactNameForm;

HpContact     *hp_contact_new                (void);
char          *hp_contact_dup_display_name   (HpContact         *self,
                                              HpContactNameForm  form);
HpContactPart  hp_contact_get_effective_part (HpContact    *self,
                                              HpSupportWay  way);
gboolean       hp_contact_kind_fits_catalogue (HpContactKind kind);
HpContact     *hp_contact_dup_for_catalogue   (HpContact    *self);

G_END_DECLS
