/* hp-disclosure.h: one entry of the disclosure log (utlämnanden)
 *
 * Every handover sheet and consent record that leaves the office, printed
 * or exported, is noted in the plan: when, which document, in which form,
 * to whom, the consent it relied on with that consent's validity at that
 * moment, and the fields the document carried.  An entry keeps its own copy
 * of what it says about the recipient and the consent, so that it still
 * says what happened after the contact or the consent is edited or removed.
 */
#pragma once

#include "hp-enums.h"
#include "hp-enum-types.h"
#include "hp-record.h"

G_BEGIN_DECLS

/* One field a document carried, as the file names it ("visits.date"). */
#define HP_TYPE_CARRIED_FIELD (hp_carried_field_get_type ())
G_DECLARE_FINAL_TYPE (HpCarriedField, hp_carried_field, HP, CARRIED_FIELD, HpRecord)

struct _HpCarriedField
{
  HpRecord parent_instance;

  char *name;
};

#define HP_TYPE_DISCLOSURE (hp_disclosure_get_type ())
G_DECLARE_FINAL_TYPE (HpDisclosure, hp_disclosure, HP, DISCLOSURE, HpRecord)

/* Read the fields directly; write them with g_object_set () so that the
 * change is notified (see hp-record.h). */
struct _HpDisclosure
{
  HpRecord parent_instance;

  char                  *id;                  /* unique and stable: the log is merged by it */
  char                  *when;                /* local time, "YYYY-MM-DDTHH:MM:SS" (or
                                               * without seconds, as written before) */
  HpDisclosureDocument   document;
  HpDisclosureForm       form;
  HpDisclosureRecipient  recipient_kind;
  char                  *recipient;           /* the contact's id, or "" */
  char                  *recipient_name;      /* as the recipient was named then */
  char                  *consent;             /* the consent's id, or "" when none was needed */
  gboolean               consent_in_force;    /* at @when */
  char                  *consent_valid_until; /* at @when; "" for no end date */
  HpConsentParty         consent_party;
  HpConsentScope         consent_scope;
  GListStore            *fields;              /* HpCarriedField */
};

HpDisclosure *hp_disclosure_new          (void);
void          hp_disclosure_add_field    (HpDisclosure *self,
                                          const char   *name);
char        **hp_disclosure_dup_fields   (HpDisclosure *self);

void          hp_disclosure_ensure_id    (HpDisclosure *self);
char         *hp_disclosure_new_id       (void);
void          hp_disclosure_set_loaded_id (HpDisclosure *self,
                                           guint         position);

gboolean      hp_disclosure_time_valid   (const char   *text);
char         *hp_disclosure_time_now     (void);

G_END_DECLS
