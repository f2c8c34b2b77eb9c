/* hp-disclosures.h: the disclosure log (utlämnanden): making an entry,
 * writing it into the plan file, and what it means today
 *
 * Every handover sheet and consent record that leaves the office is noted
 * in the plan (hp-disclosure.h).  The entry is made here; the command line
 * and the window both write it with hp_disclosure_export() for a file,
 * and the window with hp_disclosure_record_in_file() for a printout
 * (format, hp-disclosure-file.h), so the log is kept the same way whichever
 * way the paper went.  No GTK here.
 */
#pragma once

#include <gio/gio.h>

#include "hp-layout.h"
#include "hp-model.h"

G_BEGIN_DECLS

/* What became of the consent an entry relied on, seen today. */
typedef enum
{
  HP_DISCLOSURE_CONSENT_NOT_NEEDED,  /* the client's own consent record */
  HP_DISCLOSURE_CONSENT_IN_FORCE,    /* still in force */
  HP_DISCLOSURE_CONSENT_WITHDRAWN,   /* withdrawn since */
  HP_DISCLOSURE_CONSENT_EXPIRED,     /* its "valid until" has passed since */
  HP_DISCLOSURE_CONSENT_GONE,        /* no longer in the plan, or no longer given */
} HpDisclosureConsentNow;

HpDisclosure           *hp_disclosure_new_for_document   (HpPlan                 *plan,
                                                          HpDisclosureDocument    document,
                                                          HpDisclosureForm        form,
                                                          HpContact              *recipient,
                                                          GPtrArray              *carried_fields,
                                                          const char             *when);
GPtrArray              *hp_consent_xml_carried_fields    (void);

HpDisclosureConsentNow  hp_disclosure_consent_now        (HpPlan                 *plan,
                                                          HpDisclosure           *entry,
                                                          const char             *today);
gboolean                hp_disclosure_consent_now_warns  (HpDisclosureConsentNow  state);
char                   *hp_disclosure_describe_when      (HpDisclosure           *entry);
char                   *hp_disclosure_describe_recipient (HpDisclosure           *entry);
char                   *hp_disclosure_describe_document  (HpDisclosure           *entry);
char                   *hp_disclosure_describe_then      (HpDisclosure           *entry);
const char             *hp_disclosure_describe_now       (HpDisclosureConsentNow  state);

G_END_DECLS
