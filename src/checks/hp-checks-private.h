/* hp-checks-private.h: what the files of the checks share
 *
 * The rules by theme in hp-checks-risk.c, hp-checks-consents.c,
 * hp-checks-items-visits.c, hp-checks-secrecy.c and
 * hp-checks-contradictions.c, and the helpers they
 * share; the finding and the runner in hp-checks.c.  Nothing outside them
 * includes this header.
 */
#pragma once

#include <glib/gi18n.h>

#include "hp-checks.h"
#include "hp-model.h"

G_BEGIN_DECLS

#define SOURCE_REPORT      "Socialstyrelsen 2015"
#define SOURCE_ENTER       "RF 2 kap. 6 §; JO"
#define SOURCE_CONSENT     "OSL 12 kap. 2 §"
#define SOURCE_SECRECY     "OSL 26 kap. 1 §"
#define SOURCE_RESTRAINING "Lag (1988:688) om kontaktförbud"
#define SOURCE_PLAN        "Hämtplan"

/* Helpers shared by the rules: small enough to stand here. */

/* Takes ownership of @field and @message. */
static inline void
add_finding (GPtrArray  *findings,
             const char *rule,
             HpSeverity  severity,
             HpSection   section,
             char       *field,
             const char *source,
             char       *message)
{
  HpFinding *finding = g_new0 (HpFinding, 1);

  g_assert (rule != NULL && field != NULL && source != NULL && message != NULL);

  finding->rule = rule;
  finding->severity = severity;
  finding->section = section;
  finding->field = field;
  finding->source = source;
  finding->message = message;
  g_ptr_array_add (findings, finding);
}

static inline gboolean
is_date (const char *text)
{
  return hp_date_parse (text, NULL);
}

static inline gboolean
text_empty (const char *text)
{
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

static inline gboolean
staff_enter (HpPlan *plan)
{
  return plan->support->staff_enter_home ||
         plan->support->staff_position == HP_STAFF_POSITION_INSIDE;
}

/* The other party gathers the things and hands them over himself. */
static inline gboolean
other_party_hands_over (HpPlan *plan)
{
  return plan->support->way == HP_SUPPORT_WAY_NEUTRAL_SITE ||
         plan->support->way == HP_SUPPORT_WAY_OFFICE;
}

/* How a message names a contact (the model's rule); one without any name
 * by its number in the list. */
static inline char *
contact_display_name (HpContact *contact,
                      guint      index)
{
  char *name = hp_contact_dup_display_name (contact, HP_CONTACT_NAME_SHORT);

  if (name != NULL)
    return name;
  /* Translators: a contact without a name; %u is its number in the list */
  return g_strdup_printf (_("contact %u"), index + 1);
}

/* hp-checks-risk.c */
void      _hp_check_risk_assessment         (HpPlan     *plan,
                                             const char *today,
                                             GPtrArray  *findings);
void      _hp_check_other_party_home        (HpPlan     *plan,
                                             const char *today,
                                             GPtrArray  *findings);
void      _hp_check_staff_enter             (HpPlan     *plan,
                                             const char *today,
                                             GPtrArray  *findings);
void      _hp_check_police_duty             (HpPlan     *plan,
                                             const char *today,
                                             GPtrArray  *findings);
void      _hp_check_two_staff               (HpPlan     *plan,
                                             const char *today,
                                             GPtrArray  *findings);
void      _hp_check_staff_risk_high         (HpPlan     *plan,
                                             const char *today,
                                             GPtrArray  *findings);
void      _hp_check_staff_risk_assessed     (HpPlan     *plan,
                                             const char *today,
                                             GPtrArray  *findings);
void      _hp_check_restraining_order       (HpPlan     *plan,
                                             const char *today,
                                             GPtrArray  *findings);
void      _hp_check_decision                (HpPlan     *plan,
                                             const char *today,
                                             GPtrArray  *findings);

/* hp-checks-consents.c */
void      _hp_check_enter_consent           (HpPlan     *plan,
                                             const char *today,
                                             GPtrArray  *findings);
void      _hp_check_landlord_consent        (HpPlan     *plan,
                                             const char *today,
                                             GPtrArray  *findings);
void      _hp_check_share_consent           (HpPlan     *plan,
                                             const char *today,
                                             GPtrArray  *findings);
void      _hp_check_contact_parts           (HpPlan     *plan,
                                             const char *today,
                                             GPtrArray  *findings);
void      _hp_check_consent_recipient       (HpPlan     *plan,
                                             const char *today,
                                             GPtrArray  *findings);
void      _hp_check_consent_expiry          (HpPlan     *plan,
                                             const char *today,
                                             GPtrArray  *findings);
void      _hp_check_contact_other_party     (HpPlan     *plan,
                                             const char *today,
                                             GPtrArray  *findings);

/* hp-checks-items-visits.c */
void      _hp_check_must_item               (HpPlan     *plan,
                                             const char *today,
                                             GPtrArray  *findings);
void      _hp_check_visit_after_needed_by   (HpPlan     *plan,
                                             const char *today,
                                             GPtrArray  *findings);
void      _hp_check_visit_in_past           (HpPlan     *plan,
                                             const char *today,
                                             GPtrArray  *findings);
void      _hp_check_trackers                (HpPlan     *plan,
                                             const char *today,
                                             GPtrArray  *findings);

/* hp-checks-secrecy.c */
void      _hp_check_protected_exposed       (HpPlan     *plan,
                                             const char *today,
                                             GPtrArray  *findings);
void      _hp_check_protected_advice        (HpPlan     *plan,
                                             const char *today,
                                             GPtrArray  *findings);

/* hp-checks-contradictions.c */
void      _hp_check_rooms_without_entry     (HpPlan     *plan,
                                             const char *today,
                                             GPtrArray  *findings);
void      _hp_check_another_visit_planned   (HpPlan     *plan,
                                             const char *today,
                                             GPtrArray  *findings);
void      _hp_check_must_item_followed_up   (HpPlan     *plan,
                                             const char *today,
                                             GPtrArray  *findings);
void      _hp_check_visit_time_limit        (HpPlan     *plan,
                                             const char *today,
                                             GPtrArray  *findings);

G_END_DECLS
