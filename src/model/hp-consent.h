/* hp-consent.h: A consent: who gave it, to what, and its limits. */
#pragma once

#include "hp-enums.h"
#include "hp-enum-types.h"
#include "hp-record.h"

G_BEGIN_DECLS

#define HP_TYPE_CONSENT (hp_consent_get_type ())
G_DECLARE_FINAL_TYPE (HpConsent, hp_consent, HP, CONSENT, HpRecord)

/* Read the fields directly; write them with g_object_set () so that the
 * change is notified (see hp-record.h). */
struct _HpConsent
{
  HpRecord parent_instance;

  char          *id;   /* "s1": stable, so that the disclosure log can name it */
  HpConsentParty party;
  char          *party_name;
  HpConsentScope scope;
  char          *recipient;
  char          *rooms;
  HpAnswer       given;
  HpConsentForm  form;
  char          *date;
  char          *recorded_by;
  char          *witness;
  char          *limits;
  char          *valid_until;
  char          *withdrawn_on;
};

HpConsent *hp_consent_new          (void);
gboolean   hp_consent_is_withdrawn (HpConsent  *consent,
                                    const char *today);
gboolean   hp_consent_is_in_force  (HpConsent  *consent,
                                    const char *today);

G_END_DECLS
