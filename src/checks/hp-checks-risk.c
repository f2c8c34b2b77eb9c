/* hp-checks-risk.c: the rules on the risk and the safety of a visit
 *
 * The risk assessments, the decision to go ahead, who goes to the home and
 * how many, the police and a restraining order.
 */

#define G_LOG_DOMAIN "hp-checks"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-checks-private.h"

/* Someone (staff, relatives, guards or police) goes to the shared home,
 * rather than the other party bringing the things out. */
static gboolean
goes_to_home (HpPlan *plan)
{
  HpSupport *support = plan->support;

  if (support->staff_enter_home || support->staff_position == HP_STAFF_POSITION_INSIDE)
    return TRUE;

  return support->way != HP_SUPPORT_WAY_NEUTRAL_SITE && support->way != HP_SUPPORT_WAY_OFFICE;
}

/* Staff of the office will be at the home.  "Outside" is the default
 * position, so for relatives fetching the things only an explicit stairwell
 * or entrance counts; a handover elsewhere keeps staff away from the home. */
static gboolean
staff_at_home (HpPlan *plan)
{
  HpSupport *support = plan->support;

  if (support->staff_enter_home || support->staff_position == HP_STAFF_POSITION_INSIDE)
    return TRUE;
  if (support->staff_position == HP_STAFF_POSITION_NOT_PRESENT)
    return FALSE;

  switch (support->way)
    {
    case HP_SUPPORT_WAY_ACCOMPANY:
    case HP_SUPPORT_WAY_SECURITY_COMPANY:
    case HP_SUPPORT_WAY_POLICE:
      return TRUE;
    case HP_SUPPORT_WAY_RELATIVES:
      return support->staff_position == HP_STAFF_POSITION_STAIRWELL ||
             support->staff_position == HP_STAFF_POSITION_ENTRANCE;
    case HP_SUPPORT_WAY_NEUTRAL_SITE:
    case HP_SUPPORT_WAY_OFFICE:
    default:
      return FALSE;
    }
}

static gboolean
has_planned_visit (HpPlan *plan)
{
  GListModel *visits = G_LIST_MODEL (plan->visits);
  guint n = g_list_model_get_n_items (visits);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpVisit) visit = g_list_model_get_item (visits, i);

      if (visit->status == HP_VISIT_STATUS_PLANNED)
        return TRUE;
    }
  return FALSE;
}

static HpAssessment *
find_assessment (HpPlan        *plan,
                 HpRiskSubject  subject,
                 HpRiskLevel    level,
                 guint         *index)
{
  GListModel *assessments = G_LIST_MODEL (plan->risk->assessments);
  guint n = g_list_model_get_n_items (assessments);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpAssessment) assessment = g_list_model_get_item (assessments, i);

      if (assessment->subject != subject)
        continue;
      if (level == HP_RISK_LEVEL_UNKNOWN ? assessment->level == HP_RISK_LEVEL_UNKNOWN
                                         : assessment->level != level)
        continue;
      if (index != NULL)
        *index = i;
      return assessment;
    }
  return NULL;
}

/* An assessment of @subject with a result. */
static gboolean
has_assessment (HpPlan        *plan,
                HpRiskSubject  subject)
{
  GListModel *assessments = G_LIST_MODEL (plan->risk->assessments);
  guint n = g_list_model_get_n_items (assessments);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpAssessment) assessment = g_list_model_get_item (assessments, i);

      if (assessment->subject == subject && assessment->level != HP_RISK_LEVEL_UNKNOWN)
        return TRUE;
    }
  return FALSE;
}

/* A home visit, or any visit, needs a risk assessment of the client first. */
void
_hp_check_risk_assessment (HpPlan     *plan,
                           const char *today,
                           GPtrArray  *findings)
{
  if (!goes_to_home (plan) && !has_planned_visit (plan))
    return;
  if (has_assessment (plan, HP_RISK_SUBJECT_CLIENT))
    return;

  add_finding (findings, "risk-assessment-missing", HP_SEVERITY_ERROR, HP_SECTION_RISK,
               g_strdup ("risk.assessments"), SOURCE_REPORT,
               g_strdup (_("No risk assessment for the client is recorded. Assess the risk, "
                           "for example with FREDA, before anyone goes to the home or meets "
                           "the other party.")));
}

/* Municipalities avoid going along when the other party is at home, unless
 * the police are there. */
void
_hp_check_other_party_home (HpPlan     *plan,
                            const char *today,
                            GPtrArray  *findings)
{
  if (plan->risk->other_party_expected_home != HP_ANSWER_YES)
    return;
  if (!goes_to_home (plan) || hp_plan_police_involved (plan))
    return;

  add_finding (findings, "other-party-home-without-police", HP_SEVERITY_ERROR, HP_SECTION_RISK,
               g_strdup ("risk.other_party_expected_home"), SOURCE_REPORT,
               g_strdup (_("The other party is expected to be at home, and the police are "
                           "neither going along nor at hand. Nobody should go to the home then "
                           "without the police: ask the police for help or choose another way.")));
}

/* The report advises staff to stay near the home rather than go in: inside,
 * the office risks being drawn into who owns what. */
void
_hp_check_staff_enter (HpPlan     *plan,
                       const char *today,
                       GPtrArray  *findings)
{
  if (!staff_enter (plan))
    return;

  add_finding (findings, "staff-enter-home", HP_SEVERITY_ADVICE, HP_SECTION_SUPPORT,
               g_strdup (plan->support->staff_enter_home ? "support.staff_enter_home"
                                                         : "support.staff_position"),
               SOURCE_REPORT,
               g_strdup (_("Staff are to go inside the home. Waiting in the stairwell or at the "
                           "entrance is usually enough, and keeps the office out of questions "
                           "of who owns what.")));
}

/* The police must report crimes they learn of; the client should know that
 * before they are brought in. */
void
_hp_check_police_duty (HpPlan     *plan,
                       const char *today,
                       GPtrArray  *findings)
{
  if (!hp_plan_police_involved (plan) || plan->support->client_told_police_duty)
    return;

  add_finding (findings, "police-duty-not-told", HP_SEVERITY_WARNING, HP_SECTION_SUPPORT,
               g_strdup ("support.client_told_police_duty"), SOURCE_REPORT,
               g_strdup (_("The police are involved, but the client has not been told that the "
                           "police must report any crime they learn of. Tell the client before "
                           "the visit, so that the choice is theirs.")));
}

/* Two staff go together. */
void
_hp_check_two_staff (HpPlan     *plan,
                     const char *today,
                     GPtrArray  *findings)
{
  if (!staff_at_home (plan) || !text_empty (plan->case_info->second_staff_name))
    return;

  add_finding (findings, "fewer-than-two-staff", HP_SEVERITY_ERROR, HP_SECTION_CASE,
               g_strdup ("case.second_staff_name"), SOURCE_REPORT,
               g_strdup (_("Staff will be at the home, but no second staff member is named. "
                           "Staff should always be at least two.")));
}

void
_hp_check_staff_risk_high (HpPlan     *plan,
                           const char *today,
                           GPtrArray  *findings)
{
  guint index = 0;

  if (find_assessment (plan, HP_RISK_SUBJECT_STAFF, HP_RISK_LEVEL_HIGH, &index) == NULL)
    return;
  if (hp_plan_police_involved (plan))
    return;

  add_finding (findings, "staff-risk-high-without-police", HP_SEVERITY_ERROR, HP_SECTION_RISK,
               g_strdup_printf ("risk.assessments[%u].level", index), SOURCE_REPORT,
               g_strdup (_("The risk to staff is assessed as high, but the police are neither "
                           "going along nor at hand.")));
}

void
_hp_check_staff_risk_assessed (HpPlan     *plan,
                               const char *today,
                               GPtrArray  *findings)
{
  if (!staff_at_home (plan) || has_assessment (plan, HP_RISK_SUBJECT_STAFF))
    return;

  add_finding (findings, "staff-risk-not-assessed", HP_SEVERITY_WARNING, HP_SECTION_RISK,
               g_strdup ("risk.assessments"), SOURCE_REPORT,
               g_strdup (_("Staff will be at the home, but the risk to staff has not been "
                           "assessed.")));
}

/* A restraining order forbids the other party to contact the client; a
 * handover in person must not become that contact. */
void
_hp_check_restraining_order (HpPlan     *plan,
                             const char *today,
                             GPtrArray  *findings)
{
  HpRisk *risk = plan->risk;

  if (risk->restraining_order != HP_RESTRAINING_ORDER_IN_FORCE || !other_party_hands_over (plan))
    return;
  /* An order that ran out before today is no longer in force. */
  if (is_date (risk->restraining_order_until) && strcmp (risk->restraining_order_until, today) < 0)
    return;

  add_finding (findings, "restraining-order-handover", HP_SEVERITY_WARNING, HP_SECTION_SUPPORT,
               g_strdup ("support.way"), SOURCE_RESTRAINING,
               g_strdup (_("A restraining order is in force, yet the other party is to hand over "
                           "the belongings in person. Make sure the client is not there and that "
                           "the handover cannot become a way to make contact.")));
}

/* The go / no-go decision comes before any visit. */
void
_hp_check_decision (HpPlan     *plan,
                    const char *today,
                    GPtrArray  *findings)
{
  GListModel *visits = G_LIST_MODEL (plan->visits);
  guint n = g_list_model_get_n_items (visits);
  HpDecision decision = plan->risk->decision;

  if (decision == HP_DECISION_GO)
    return;

  if (decision == HP_DECISION_UNDECIDED)
    {
      if (has_planned_visit (plan))
        add_finding (findings, "decision-missing", HP_SEVERITY_WARNING, HP_SECTION_RISK,
                     g_strdup ("risk.decision"), SOURCE_REPORT,
                     g_strdup (_("A visit is planned, but no decision to go ahead is recorded. "
                                 "Record the decision and its reason after the risk "
                                 "assessment.")));
      return;
    }

  /* Do not go ahead, or postponed: no visit should still be planned. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpVisit) visit = g_list_model_get_item (visits, i);
      const char *label = hp_enum_get_label (HP_TYPE_DECISION, decision);
      char *message;

      if (visit->status != HP_VISIT_STATUS_PLANNED)
        continue;

      if (is_date (visit->date))
        {
          g_autofree char *date = hp_date_format_long (visit->date);

          /* Translators: the date of the visit, the decision (“Postponed”) */
          message = g_strdup_printf (_("The visit on %s is still planned, although the "
                                       "decision is “%s”."), date, label);
        }
      else
        /* Translators: the number of the visit, the decision (“Postponed”) */
        message = g_strdup_printf (_("Visit %u is still planned, although the decision is "
                                     "“%s”."), i + 1, label);

      add_finding (findings, "visit-despite-decision", HP_SEVERITY_WARNING, HP_SECTION_VISITS,
                   g_strdup_printf ("visits[%u].status", i), SOURCE_REPORT, message);
    }
}
