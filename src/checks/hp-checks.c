/* hp-checks.c: a plan checked against the national guidance
 *
 * One function per rule.  Each reads the plan (and today's date) and
 * appends findings; none changes the plan or looks at anything else, so a
 * rule can be tested by building a plan in code.  The rules are those of
 * DOMAIN.md "Rules a plan can be checked against", plus a few a caseworker
 * needs that follow from the same sources (the decision, consents that name
 * no recipient or run out before the visit, a landlord's consent, the risk
 * to staff).
 *
 * This file holds the finding and the runner, which calls the rules in one
 * fixed order (the order of findings within a severity and section).  The
 * rules live by theme over hp-checks-private.h, which also holds the
 * helpers they share: hp-checks-risk.c, hp-checks-consents.c,
 * hp-checks-items-visits.c, hp-checks-secrecy.c and, for a plan that
 * contradicts itself, hp-checks-contradictions.c.
 *
 * Messages never quote the client's own data (name, whereabouts, phone):
 * findings are shown on screen and printed by the command line, and a
 * finding about protected data must not itself repeat what is protected.
 */

#define G_LOG_DOMAIN "hp-checks"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-checks-private.h"

typedef void (*HpRule) (HpPlan     *plan,
                        const char *today,
                        GPtrArray  *findings);

void
hp_finding_free (HpFinding *finding)
{
  if (finding == NULL)
    return;

  g_free (finding->message);
  g_free (finding->field);
  g_free (finding);
}

/**
 * hp_severity_get_label:
 *
 * Returns: (transfer none): the translated name of @severity
 */
const char *
hp_severity_get_label (HpSeverity severity)
{
  switch (severity)
    {
    case HP_SEVERITY_ERROR:
      return C_("severity", "Error");
    case HP_SEVERITY_WARNING:
      return C_("severity", "Warning");
    case HP_SEVERITY_ADVICE:
      return C_("severity", "Advice");
    default:
      g_return_val_if_reached ("");
    }
}

/* Running them ------------------------------------------------------------- */

static const HpRule rules[] = {
  _hp_check_risk_assessment,
  _hp_check_other_party_home,
  _hp_check_enter_consent,
  _hp_check_staff_enter,
  _hp_check_rooms_without_entry,
  _hp_check_landlord_consent,
  _hp_check_share_consent,
  _hp_check_contact_parts,
  _hp_check_consent_recipient,
  _hp_check_consent_expiry,
  _hp_check_contact_other_party,
  _hp_check_police_duty,
  _hp_check_two_staff,
  _hp_check_staff_risk_high,
  _hp_check_staff_risk_assessed,
  _hp_check_restraining_order,
  _hp_check_must_item,
  _hp_check_visit_after_needed_by,
  _hp_check_visit_in_past,
  _hp_check_visit_time_limit,
  _hp_check_must_item_followed_up,
  _hp_check_another_visit_planned,
  _hp_check_decision,
  _hp_check_protected_exposed,
  _hp_check_protected_advice,
  _hp_check_trackers,
};

/**
 * hp_checks_run:
 * @plan: the plan
 * @today: (nullable): "YYYY-MM-DD", or NULL for the real today
 *
 * Runs every rule over @plan.
 *
 * Returns: (transfer full) (element-type HpFinding): the findings, errors
 * first, then warnings, then advice; within a severity in section order,
 * and within a section in the order the rules found them.
 */
GPtrArray *
hp_checks_run (HpPlan     *plan,
               const char *today)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  g_autofree char *real_today = NULL;
  GPtrArray *sorted;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (today == NULL || hp_date_parse (today, NULL), NULL);

  if (today == NULL)
    today = real_today = hp_date_today ();

  for (guint r = 0; r < G_N_ELEMENTS (rules); r++)
    rules[r] (plan, today, found);

  /* A stable sort by severity and section: a few dozen findings at most, so
   * one pass per bucket is simplest and keeps the rules' own order. */
  sorted = g_ptr_array_new_full (found->len, (GDestroyNotify) hp_finding_free);
  for (int severity = HP_SEVERITY_ERROR; severity <= HP_SEVERITY_ADVICE; severity++)
    for (int section = HP_SECTION_CASE; section <= HP_SECTION_FOLLOW_UP; section++)
      for (guint i = 0; i < found->len; i++)
        {
          HpFinding *finding = g_ptr_array_index (found, i);

          if ((int) finding->severity == severity && (int) finding->section == section)
            g_ptr_array_add (sorted, finding);
        }
  g_assert (sorted->len == found->len);

  return sorted;
}
