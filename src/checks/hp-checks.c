/* hp-checks.c: a plan checked against the national guidance
 *
 * One static function per rule.  Each reads the plan (and today's date) and
 * appends findings; none changes the plan or looks at anything else, so a
 * rule can be tested by building a plan in code.  The rules are those of
 * DOMAIN.md "Rules a plan can be checked against", plus a few a caseworker
 * needs that follow from the same sources (the decision, consents that name
 * no recipient or run out before the visit, a landlord's consent, the risk
 * to staff).
 *
 * Messages never quote the client's own data (name, whereabouts, phone):
 * findings are shown on screen and printed by the command line, and a
 * finding about protected data must not itself repeat what is protected.
 */

#define G_LOG_DOMAIN "hp-checks"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-checks.h"
#include "hp-model.h"

#define SOURCE_REPORT      "Socialstyrelsen 2015"
#define SOURCE_ENTER       "RF 2 kap. 6 §; JO"
#define SOURCE_CONSENT     "OSL 12 kap. 2 §"
#define SOURCE_SECRECY     "OSL 26 kap. 1 §"
#define SOURCE_RESTRAINING "Lag (1988:688) om kontaktförbud"
#define SOURCE_PLAN        "Hämtplan"

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

/* Takes ownership of @field and @message. */
static void
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

/* Helpers shared by the rules ---------------------------------------------- */

static gboolean
is_date (const char *text)
{
  return hp_date_parse (text, NULL);
}

static gboolean
text_empty (const char *text)
{
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

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
staff_enter (HpPlan *plan)
{
  return plan->support->staff_enter_home ||
         plan->support->staff_position == HP_STAFF_POSITION_INSIDE;
}

/* The other party gathers the things and hands them over himself. */
static gboolean
other_party_hands_over (HpPlan *plan)
{
  return plan->support->way == HP_SUPPORT_WAY_NEUTRAL_SITE ||
         plan->support->way == HP_SUPPORT_WAY_OFFICE;
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

/* Whether a valid consent from @party to @scope exists; @recipient (a
 * contact id) must match when it is not NULL. */
static gboolean
has_valid_consent (HpPlan         *plan,
                   const char     *today,
                   HpConsentParty  party,
                   HpConsentScope  scope,
                   const char     *recipient)
{
  GListModel *consents = G_LIST_MODEL (plan->consents);
  guint n = g_list_model_get_n_items (consents);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpConsent) consent = g_list_model_get_item (consents, i);

      if (consent->party == party && consent->scope == scope &&
          (recipient == NULL || g_strcmp0 (consent->recipient, recipient) == 0) &&
          hp_consent_is_in_force (consent, today))
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

/* How a message names a contact (the model's rule); one without any name
 * by its number in the list. */
static char *
contact_display_name (HpContact *contact,
                      guint      index)
{
  char *name = hp_contact_dup_display_name (contact, HP_CONTACT_NAME_SHORT);

  if (name != NULL)
    return name;
  /* Translators: a contact without a name; %u is its number in the list */
  return g_strdup_printf (_("contact %u"), index + 1);
}

/* The rules ---------------------------------------------------------------- */

/* A home visit, or any visit, needs a risk assessment of the client first. */
static void
check_risk_assessment (HpPlan     *plan,
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
static void
check_other_party_home (HpPlan     *plan,
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

/* Entering a home needs the consent of everyone who lives there. */
static void
check_enter_consent (HpPlan     *plan,
                     const char *today,
                     GPtrArray  *findings)
{
  if (!staff_enter (plan))
    return;

  if (!has_valid_consent (plan, today, HP_CONSENT_PARTY_CLIENT, HP_CONSENT_SCOPE_ENTER_HOME, NULL))
    add_finding (findings, "enter-without-consent", HP_SEVERITY_ERROR, HP_SECTION_CONSENTS,
                 g_strdup ("consents"), SOURCE_ENTER,
                 g_strdup (_("Staff are to enter the home, but no valid consent from the client "
                             "to let them in is recorded.")));

  if (!has_valid_consent (plan, today, HP_CONSENT_PARTY_OTHER_RESIDENT,
                          HP_CONSENT_SCOPE_ENTER_HOME, NULL))
    add_finding (findings, "enter-without-consent", HP_SEVERITY_ERROR, HP_SECTION_CONSENTS,
                 g_strdup ("consents"), SOURCE_ENTER,
                 g_strdup (_("Staff are to enter the home, but no valid consent from the other "
                             "resident is recorded. Entering needs the consent of everyone who "
                             "lives there.")));
}

/* The report advises staff to stay near the home rather than go in: inside,
 * the office risks being drawn into who owns what. */
static void
check_staff_enter (HpPlan     *plan,
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

/* When neither party holds the home, its landlord or owner may also have to
 * agree before staff go in. */
static void
check_landlord_consent (HpPlan     *plan,
                        const char *today,
                        GPtrArray  *findings)
{
  if (!staff_enter (plan) || plan->case_info->home_holder != HP_HOME_HOLDER_OTHER)
    return;
  if (has_valid_consent (plan, today, HP_CONSENT_PARTY_LANDLORD, HP_CONSENT_SCOPE_ENTER_HOME, NULL))
    return;

  add_finding (findings, "landlord-consent", HP_SEVERITY_ADVICE, HP_SECTION_CONSENTS,
               g_strdup ("consents"), SOURCE_ENTER,
               g_strdup (_("The home is held by someone other than the two parties. Consider "
                           "asking the landlord or owner for consent before staff go in.")));
}

/* Information under social-services secrecy goes to a security company, to
 * relatives, or to anyone else the caseworker gives a part in the visit
 * (a friend who packs, a landlord who opens the door, movers) only with the
 * client's consent for that recipient.  The police have their own ground
 * and rule (check_police_duty). */
static void
check_share_consent (HpPlan     *plan,
                     const char *today,
                     GPtrArray  *findings)
{
  GListModel *contacts = G_LIST_MODEL (plan->contacts);
  guint n = g_list_model_get_n_items (contacts);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpContact) contact = g_list_model_get_item (contacts, i);
      g_autofree char *name = NULL;
      char *message;

      gboolean takes_part = contact->kind != HP_CONTACT_KIND_POLICE &&
                            contact->part != HP_CONTACT_PART_NOT_SET &&
                            contact->part != HP_CONTACT_PART_INFORMED_ONLY;

      if (contact->kind != HP_CONTACT_KIND_SECURITY_COMPANY &&
          contact->kind != HP_CONTACT_KIND_RELATIVE && !takes_part)
        continue;
      if (has_valid_consent (plan, today, HP_CONSENT_PARTY_CLIENT,
                             HP_CONSENT_SCOPE_SHARE_INFORMATION, contact->id))
        continue;

      name = contact_display_name (contact, i);
      if (contact->kind != HP_CONTACT_KIND_SECURITY_COMPANY &&
          contact->kind != HP_CONTACT_KIND_RELATIVE)
        /* Translators: a contact's name, then its part in the visit
         * (“Går till bostaden”, “Vid överlämningsplatsen” ...) */
        message = g_strdup_printf (_("“%s” has a part in the visit, “%s”, but no valid consent "
                                     "from the client to share information with them is "
                                     "recorded."),
                                   name, hp_enum_get_label (HP_TYPE_CONTACT_PART, contact->part));
      else if (contact->kind == HP_CONTACT_KIND_SECURITY_COMPANY)
        /* Translators: %s is the security company's name */
        message = g_strdup_printf (_("The security company “%s” is part of the plan, but no "
                                     "valid consent from the client to share information "
                                     "with it is recorded."), name);
      else
        /* Translators: %s is the name of a relative or friend of the client */
        message = g_strdup_printf (_("“%s”, a relative or friend, is part of the plan, but no "
                                     "valid consent from the client to share information "
                                     "with them is recorded."), name);

      add_finding (findings, "share-without-consent", HP_SEVERITY_ERROR, HP_SECTION_CONSENTS,
                   g_strdup ("consents"), SOURCE_CONSENT, message);
    }
}

/* A contact's part must fit the way of support: the sheet for whoever goes
 * to the home carries the home's address, which a handover away from the
 * home should keep from everyone; and a sheet for the handover place can
 * only say where when a handover site is among the contacts. */
static void
check_contact_parts (HpPlan     *plan,
                     const char *today,
                     GPtrArray  *findings)
{
  GListModel *contacts = G_LIST_MODEL (plan->contacts);
  guint n = g_list_model_get_n_items (contacts);
  gboolean has_site = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpContact) contact = g_list_model_get_item (contacts, i);

      has_site = has_site || contact->kind == HP_CONTACT_KIND_HANDOVER_SITE;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpContact) contact = g_list_model_get_item (contacts, i);
      HpContactPart part = hp_contact_get_effective_part (contact, plan->support->way);
      g_autofree char *name = NULL;

      if (part == HP_CONTACT_PART_GOES_HOME && other_party_hands_over (plan))
        {
          name = contact_display_name (contact, i);
          add_finding (findings, "part-goes-home-without-visit", HP_SEVERITY_WARNING,
                       HP_SECTION_CONTACTS, g_strdup_printf ("contacts[%u].part", i), SOURCE_PLAN,
                       /* Translators: %s is a contact's name */
                       g_strdup_printf (_("“%s” is to go to the home, but the way of support is "
                                          "a handover away from the home. The handover sheet "
                                          "for them would show the home's address."), name));
        }
      else if (part == HP_CONTACT_PART_HANDOVER_PLACE && !has_site)
        {
          name = contact_display_name (contact, i);
          add_finding (findings, "part-handover-without-site", HP_SEVERITY_ADVICE,
                       HP_SECTION_CONTACTS, g_strdup_printf ("contacts[%u].part", i), SOURCE_PLAN,
                       /* Translators: %s is a contact's name */
                       g_strdup_printf (_("“%s” is to be at the handover place, but no handover "
                                          "site is among the contacts, so the handover sheet "
                                          "for them cannot say where."), name));
        }
    }
}

/* A consent to share information must say with whom. */
static void
check_consent_recipient (HpPlan     *plan,
                         const char *today,
                         GPtrArray  *findings)
{
  GListModel *consents = G_LIST_MODEL (plan->consents);
  guint n = g_list_model_get_n_items (consents);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpConsent) consent = g_list_model_get_item (consents, i);
      char *message;

      if (consent->scope != HP_CONSENT_SCOPE_SHARE_INFORMATION)
        continue;

      if (text_empty (consent->recipient))
        /* Translators: %u is the number of the consent in the list */
        message = g_strdup_printf (_("Consent %u, to share information, names no recipient. "
                                     "It must say to whom the information may go."), i + 1);
      else if (hp_plan_find_contact (plan, consent->recipient) == NULL)
        /* Translators: %u is the number of the consent in the list */
        message = g_strdup_printf (_("Consent %u, to share information, names a recipient that "
                                     "is not among the contacts."), i + 1);
      else
        continue;

      add_finding (findings, "consent-recipient-missing", HP_SEVERITY_WARNING,
                   HP_SECTION_CONSENTS, g_strdup_printf ("consents[%u].recipient", i),
                   SOURCE_CONSENT, message);
    }
}

/* A consent that runs out before a planned visit will not hold on the day. */
static void
check_consent_expiry (HpPlan     *plan,
                      const char *today,
                      GPtrArray  *findings)
{
  GListModel *consents = G_LIST_MODEL (plan->consents);
  GListModel *visits = G_LIST_MODEL (plan->visits);
  guint n_consents = g_list_model_get_n_items (consents);
  guint n_visits = g_list_model_get_n_items (visits);

  for (guint i = 0; i < n_consents; i++)
    {
      g_autoptr(HpConsent) consent = g_list_model_get_item (consents, i);
      const char *first_after = NULL;
      g_autofree char *until = NULL;
      g_autofree char *visit_date = NULL;
      const char *source;

      if (consent->given != HP_ANSWER_YES || consent->withdrawn_on[0] != '\0' ||
          !is_date (consent->valid_until))
        continue;

      for (guint j = 0; j < n_visits; j++)
        {
          g_autoptr(HpVisit) visit = g_list_model_get_item (visits, j);

          if (visit->status != HP_VISIT_STATUS_PLANNED || !is_date (visit->date) ||
              strcmp (visit->date, consent->valid_until) <= 0)
            continue;
          if (first_after == NULL || strcmp (visit->date, first_after) < 0)
            first_after = visit->date;
        }
      if (first_after == NULL)
        continue;

      switch (consent->scope)
        {
        case HP_CONSENT_SCOPE_STAFF_PRESENT:
        case HP_CONSENT_SCOPE_ENTER_HOME:
          source = SOURCE_ENTER;
          break;
        case HP_CONSENT_SCOPE_SHARE_INFORMATION:
          source = SOURCE_CONSENT;
          break;
        case HP_CONSENT_SCOPE_CONTACT_OTHER_PARTY:
        default:
          source = SOURCE_SECRECY;
          break;
        }

      until = hp_date_format_long (consent->valid_until);
      visit_date = hp_date_format_long (first_after);
      add_finding (findings, "consent-expires-before-visit", HP_SEVERITY_WARNING,
                   HP_SECTION_CONSENTS, g_strdup_printf ("consents[%u].valid_until", i), source,
                   /* Translators: consent number, what it is to (“Staff enter the home”),
                    * the date it runs out, the date of the visit */
                   g_strdup_printf (_("Consent %u (%s) is valid until %s, but a visit is planned "
                                      "for %s. Ask whether the consent may be extended."),
                                    i + 1, hp_enum_get_label (HP_TYPE_CONSENT_SCOPE, consent->scope),
                                    until, visit_date));
    }
}

/* Contacting the other party tells him that the client is in touch with
 * social services: that needs the client's consent. */
static void
check_contact_other_party (HpPlan     *plan,
                           const char *today,
                           GPtrArray  *findings)
{
  if (!other_party_hands_over (plan) && plan->support->other_party_takes_part != HP_ANSWER_YES &&
      !plan->support->other_party_informed)
    return;
  if (has_valid_consent (plan, today, HP_CONSENT_PARTY_CLIENT,
                         HP_CONSENT_SCOPE_CONTACT_OTHER_PARTY, NULL))
    return;

  add_finding (findings, "contact-other-party-without-consent", HP_SEVERITY_WARNING,
               HP_SECTION_CONSENTS, g_strdup ("consents"), SOURCE_SECRECY "; " SOURCE_CONSENT,
               g_strdup (_("The office is to contact the other party, but no valid consent from "
                           "the client to that contact is recorded.")));
}

/* The police must report crimes they learn of; the client should know that
 * before they are brought in. */
static void
check_police_duty (HpPlan     *plan,
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
static void
check_two_staff (HpPlan     *plan,
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

static void
check_staff_risk_high (HpPlan     *plan,
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

static void
check_staff_risk_assessed (HpPlan     *plan,
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
static void
check_restraining_order (HpPlan     *plan,
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

/* The client decides what matters most; with no "must" item nothing tells
 * the staff what to fetch first when time runs short. */
static void
check_must_item (HpPlan     *plan,
                 const char *today,
                 GPtrArray  *findings)
{
  GListModel *items = G_LIST_MODEL (plan->items);
  guint n = g_list_model_get_n_items (items);
  char *message;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpItem) item = g_list_model_get_item (items, i);

      if (item->priority == HP_PRIORITY_MUST)
        return;
    }

  if (n == 0)
    message = g_strdup (_("No belongings are listed. Ask the client what is needed, and mark "
                          "what must be fetched."));
  else
    /* Translators: %s is the priority “Must” as the items page shows it */
    message = g_strdup_printf (_("No belonging is marked “%s”. Mark what the client needs most, "
                                 "so that it is fetched first if time runs short."),
                               hp_enum_get_label (HP_TYPE_PRIORITY, HP_PRIORITY_MUST));

  add_finding (findings, "no-must-item", HP_SEVERITY_WARNING, HP_SECTION_ITEMS,
               g_strdup ("items"), SOURCE_REPORT, message);
}

/* Things left behind may be thrown away or destroyed: a visit after the
 * date they are needed by comes too late. */
static void
check_visit_after_needed_by (HpPlan     *plan,
                             const char *today,
                             GPtrArray  *findings)
{
  const char *needed_by = plan->case_info->needed_by;
  GListModel *visits = G_LIST_MODEL (plan->visits);
  guint n = g_list_model_get_n_items (visits);
  g_autofree char *needed_long = NULL;

  if (!is_date (needed_by))
    return;
  needed_long = hp_date_format_long (needed_by);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpVisit) visit = g_list_model_get_item (visits, i);
      g_autofree char *date = NULL;

      if (visit->status != HP_VISIT_STATUS_PLANNED || !is_date (visit->date) ||
          strcmp (visit->date, needed_by) <= 0)
        continue;

      date = hp_date_format_long (visit->date);
      add_finding (findings, "visit-after-needed-by", HP_SEVERITY_WARNING, HP_SECTION_VISITS,
                   g_strdup_printf ("visits[%u].date", i), SOURCE_REPORT,
                   /* Translators: the date of the visit, the date the belongings are needed by */
                   g_strdup_printf (_("The visit on %s comes after %s, the date by which the "
                                      "belongings are needed. Things left behind may be thrown "
                                      "away or destroyed in the meantime."), date, needed_long));
    }
}

static void
check_visit_in_past (HpPlan     *plan,
                     const char *today,
                     GPtrArray  *findings)
{
  GListModel *visits = G_LIST_MODEL (plan->visits);
  guint n = g_list_model_get_n_items (visits);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpVisit) visit = g_list_model_get_item (visits, i);
      g_autofree char *date = NULL;

      if (visit->status != HP_VISIT_STATUS_PLANNED || !is_date (visit->date) ||
          strcmp (visit->date, today) >= 0)
        continue;

      date = hp_date_format_long (visit->date);
      add_finding (findings, "visit-in-past", HP_SEVERITY_WARNING, HP_SECTION_VISITS,
                   g_strdup_printf ("visits[%u].date", i), SOURCE_PLAN,
                   /* Translators: %s is the date of the visit */
                   g_strdup_printf (_("The visit on %s is still marked as planned, but the date "
                                      "has passed. Record what happened or set a new date."),
                                    date));
    }
}

/* The go / no-go decision comes before any visit. */
static void
check_decision (HpPlan     *plan,
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

/* Protected personal data --------------------------------------------------- */

/* What the documents would print changed.  The checks ask hp-secrets the
 * very question the documents ask, of the same fields: a handover sheet
 * prints the fields below through hp_secrets_apply() with the secrets of
 * its reader (hp_document_new_handover()), and the full plan under
 * protected personal data every text field but the whereabouts
 * themselves.  So a finding stands beside every text a document would
 * print changed, and beside no other. */
typedef struct
{
  HpSecrets *away;   /* a sheet for a reader who does not go to the home */
  HpSecrets *home;   /* a sheet for one who does: the home's address is no secret */
  HpSecrets *full;   /* the full plan; NULL without protected personal data */
  HpSupportWay way;  /* which contacts go to the home, when their part is not set */
} Secrets;

/* Which sheet prints a field, if any. */
static HpSecrets *
sheet_secrets (const Secrets *secrets,
               HpRecord      *record,
               const char    *name)
{
  /* The home's address is on the sheets of those who go there, the
   * office's on the sheets of those who receive there. */
  if (HP_IS_CASE (record))
    {
      if (g_str_equal (name, "home_address"))
        return secrets->home;
      return g_str_equal (name, "reference") || g_str_has_prefix (name, "caseworker_") ||
             g_str_equal (name, "office_address")
             ? secrets->away : NULL;
    }

  /* Every contact gets a sheet with its own name and task, read as its
   * part in the visit reads them; the sheets for the handover place name
   * the handover sites and their address. */
  if (HP_IS_CONTACT (record))
    {
      HpContact *contact = HP_CONTACT (record);
      gboolean site = contact->kind == HP_CONTACT_KIND_HANDOVER_SITE;
      gboolean goes_home = hp_contact_get_effective_part (contact, secrets->way)
                           == HP_CONTACT_PART_GOES_HOME;

      if (site && (g_str_equal (name, "name") || g_str_equal (name, "organisation") ||
                   g_str_equal (name, "address")))
        return secrets->away;
      if (g_str_equal (name, "name") || g_str_equal (name, "organisation") ||
          g_str_equal (name, "role"))
        return goes_home ? secrets->home : secrets->away;
      return NULL;
    }

  /* The planned items, and where they are for those who go in; the
   * planned visits' place, for those who go to the home. */
  if (HP_IS_ITEM (record) && HP_ITEM (record)->status == HP_ITEM_STATUS_PLANNED)
    {
      if (g_str_equal (name, "name"))
        return secrets->away;
      if (g_str_equal (name, "location"))
        return secrets->home;
      return NULL;
    }
  if (HP_IS_VISIT (record) && HP_VISIT (record)->status == HP_VISIT_STATUS_PLANNED &&
      g_str_equal (name, "place"))
    return secrets->home;
  return NULL;
}

/* Every text field of @record that a document prints changed; @what says
 * which record it is ("the contact “Polisen”"). */
static void
check_secrets_in (const Secrets *secrets,
                  HpRecord      *record,
                  HpSection      section,
                  const char    *path,
                  const char    *what,
                  GPtrArray     *findings)
{
  guint n_fields;
  const HpField *fields = hp_record_get_fields (record, &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      const HpField *field = &fields[i];
      HpSecrets *sheet;
      HpSecretKind on_sheet = HP_SECRET_NONE;
      HpSecretKind on_plan = HP_SECRET_NONE;
      const char *text;
      g_autofree char *kinds = NULL;

      if (!hp_field_is_string (field) || (field->flags & HP_FIELD_FLAG_WHEREABOUTS) != 0)
        continue;
      text = hp_record_get_string (record, field);
      if (text_empty (text))
        continue;

      sheet = sheet_secrets (secrets, record, field->name);
      if (sheet != NULL)
        on_sheet = hp_secrets_find (sheet, text);
      if (secrets->full != NULL)
        on_plan = hp_secrets_find (secrets->full, text);
      if (on_sheet == HP_SECRET_NONE && on_plan == HP_SECRET_NONE)
        continue;

      kinds = hp_secret_kinds_describe (on_sheet | on_plan);
      if (on_plan != HP_SECRET_NONE ||
          (secrets->full != NULL &&
           (on_sheet & (HP_SECRET_PHONE | HP_SECRET_SAFE_CONTACT | HP_SECRET_WHEREABOUTS)) != 0))
        add_finding (findings, "protected-data-exposed", HP_SEVERITY_ERROR, section,
                     g_strdup_printf ("%s.%s", path, field->name), SOURCE_SECRECY,
                     /* Translators: the field (“Address”), the record (“the contact
                      * “Polisen””), what it reveals (“where the client is staying”) */
                     g_strdup_printf (_("The client has protected personal data, but the field "
                                        "“%s” of %s shows %s. The documents print it with that "
                                        "part left out; reword it."),
                                      _(field->label), what, kinds));
      else
        add_finding (findings, "handover-sheet-rewrites", HP_SEVERITY_WARNING, section,
                     g_strdup_printf ("%s.%s", path, field->name), SOURCE_SECRECY,
                     /* Translators: the field (“Name”), the record (“belonging 3”),
                      * what it reveals (“the client's name”) */
                     g_strdup_printf (_("The field “%s” of %s shows %s. A handover sheet prints "
                                        "it changed, with “the client”, “child 1” or “(left "
                                        "out)” in its place; reword it so that the sheet reads "
                                        "right."),
                                      _(field->label), what, kinds));
    }
}

/* Nothing a handover sheet or, with protected personal data, the full
 * plan prints may show who the client is (on a sheet) or where she is and
 * how to reach her. */
static void
check_protected_exposed (HpPlan     *plan,
                         const char *today,
                         GPtrArray  *findings)
{
  GListModel *contacts = G_LIST_MODEL (plan->contacts);
  GListModel *items = G_LIST_MODEL (plan->items);
  GListModel *measures = G_LIST_MODEL (plan->measures);
  GListModel *visits = G_LIST_MODEL (plan->visits);
  GListModel *consents = G_LIST_MODEL (plan->consents);
  Secrets secrets;

  secrets.away = hp_secrets_new (plan, HP_SECRETS_IDENTITY | HP_SECRETS_HOME);
  secrets.home = hp_secrets_new (plan, HP_SECRETS_IDENTITY);
  secrets.full = plan->case_info->protection != HP_PROTECTION_NONE
                 ? hp_secrets_new (plan, HP_SECRETS_WHEREABOUTS_ONLY) : NULL;
  secrets.way = plan->support->way;

  /* Translators: the record a finding is about, as in “the field “Notes”
   * of the case” */
  check_secrets_in (&secrets, HP_RECORD (plan->case_info), HP_SECTION_CASE, "case",
                    C_("finding", "the case"), findings);
  if (secrets.full != NULL)
    {
      GListModel *children = G_LIST_MODEL (plan->case_info->children);
      GListModel *assessments = G_LIST_MODEL (plan->risk->assessments);

      for (guint i = 0; i < g_list_model_get_n_items (children); i++)
        {
          g_autoptr(GObject) child = g_list_model_get_item (children, i);
          g_autofree char *path = g_strdup_printf ("case.children[%u]", i);
          /* Translators: as in “the field “Note” of child 2” */
          g_autofree char *what = g_strdup_printf (C_("finding", "child %u"), i + 1);

          check_secrets_in (&secrets, HP_RECORD (child), HP_SECTION_CASE, path, what, findings);
        }
      /* Translators: as in “the field “Notes” of the risk assessment” */
      check_secrets_in (&secrets, HP_RECORD (plan->risk), HP_SECTION_RISK, "risk",
                        C_("finding", "the risk assessment"), findings);
      for (guint i = 0; i < g_list_model_get_n_items (assessments); i++)
        {
          g_autoptr(GObject) assessment = g_list_model_get_item (assessments, i);
          g_autofree char *path = g_strdup_printf ("risk.assessments[%u]", i);
          /* Translators: as in “the field “Summary” of assessment 2” */
          g_autofree char *what = g_strdup_printf (C_("finding", "assessment %u"), i + 1);

          check_secrets_in (&secrets, HP_RECORD (assessment), HP_SECTION_RISK, path, what,
                            findings);
        }
      /* Translators: as in “the field “Notes” of the way of support” */
      check_secrets_in (&secrets, HP_RECORD (plan->support), HP_SECTION_SUPPORT, "support",
                        C_("finding", "the way of support"), findings);
      /* Translators: as in “the field “Notes” of the follow-up” */
      check_secrets_in (&secrets, HP_RECORD (plan->follow_up), HP_SECTION_FOLLOW_UP, "follow_up",
                        C_("finding", "the follow-up"), findings);
    }

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(HpContact) contact = g_list_model_get_item (contacts, i);
      g_autofree char *name = contact_display_name (contact, i);
      g_autofree char *shown = hp_secrets_rewrite (secrets.away, name, NULL);
      g_autofree char *path = g_strdup_printf ("contacts[%u]", i);
      /* Translators: as in “the field “Address” of the contact “Polisen”” */
      g_autofree char *what = g_strdup_printf (C_("finding", "the contact “%s”"), shown);

      check_secrets_in (&secrets, HP_RECORD (contact), HP_SECTION_CONTACTS, path, what, findings);
    }

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(HpItem) item = g_list_model_get_item (items, i);
      g_autofree char *path = g_strdup_printf ("items[%u]", i);
      /* Translators: as in “the field “Name” of belonging 3” */
      g_autofree char *what = g_strdup_printf (C_("finding", "belonging %u"), i + 1);

      check_secrets_in (&secrets, HP_RECORD (item), HP_SECTION_ITEMS, path, what, findings);
    }

  for (guint i = 0; secrets.full != NULL && i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(GObject) measure = g_list_model_get_item (measures, i);
      g_autofree char *path = g_strdup_printf ("measures[%u]", i);
      /* Translators: as in “the field “Note” of safety measure 2” */
      g_autofree char *what = g_strdup_printf (C_("finding", "safety measure %u"), i + 1);

      check_secrets_in (&secrets, HP_RECORD (measure), HP_SECTION_MEASURES, path, what, findings);
    }

  for (guint i = 0; secrets.full != NULL && i < g_list_model_get_n_items (consents); i++)
    {
      g_autoptr(GObject) consent = g_list_model_get_item (consents, i);
      g_autofree char *path = g_strdup_printf ("consents[%u]", i);
      /* Translators: as in “the field “Limits” of consent 2” */
      g_autofree char *what = g_strdup_printf (C_("finding", "consent %u"), i + 1);

      check_secrets_in (&secrets, HP_RECORD (consent), HP_SECTION_CONSENTS, path, what, findings);
    }

  for (guint i = 0; i < g_list_model_get_n_items (visits); i++)
    {
      g_autoptr(HpVisit) visit = g_list_model_get_item (visits, i);
      g_autofree char *path = g_strdup_printf ("visits[%u]", i);
      g_autofree char *what = NULL;

      if (is_date (visit->date))
        {
          g_autofree char *date = hp_date_format_long (visit->date);

          /* Translators: as in “the field “Meeting place” of the visit on 25
           * november 2026” */
          what = g_strdup_printf (C_("finding", "the visit on %s"), date);
        }
      else
        /* Translators: as in “the field “Meeting place” of visit 2” */
        what = g_strdup_printf (C_("finding", "visit %u"), i + 1);

      check_secrets_in (&secrets, HP_RECORD (visit), HP_SECTION_VISITS, path, what, findings);
    }

  hp_secrets_free (secrets.away);
  hp_secrets_free (secrets.home);
  hp_secrets_free (secrets.full);
}

static void
check_protected_advice (HpPlan     *plan,
                        const char *today,
                        GPtrArray  *findings)
{
  if (plan->case_info->protection == HP_PROTECTION_NONE)
    return;

  add_finding (findings, "protected-data-handover", HP_SEVERITY_ADVICE, HP_SECTION_CASE,
               g_strdup ("case.protection"), SOURCE_SECRECY,
               g_strdup (_("The client has protected personal data. Give outside parties only "
                           "the handover sheet, which leaves out where the client is staying "
                           "and how to reach them, and make sure nothing else they get reveals "
                           "it.")));
}

/* The other party may plant a tracker among what he hands over. */
static void
check_trackers (HpPlan     *plan,
                const char *today,
                GPtrArray  *findings)
{
  GListModel *items = G_LIST_MODEL (plan->items);
  guint n = g_list_model_get_n_items (items);
  gboolean all_from_other_party = other_party_hands_over (plan);
  guint n_unchecked = 0;
  guint first = 0;
  gboolean received = FALSE;
  HpSeverity severity;
  char *message;
  char *field;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpItem) item = g_list_model_get_item (items, i);

      if (!all_from_other_party && !item->from_other_party)
        continue;
      if (item->tracker_checked)
        continue;
      /* What never came back needs no check. */
      if (item->status == HP_ITEM_STATUS_NOT_FOUND || item->status == HP_ITEM_STATUS_REFUSED ||
          item->status == HP_ITEM_STATUS_LEFT_BEHIND)
        continue;

      if (n_unchecked == 0)
        first = i;
      n_unchecked++;
      if (item->status == HP_ITEM_STATUS_RETRIEVED || item->status == HP_ITEM_STATUS_DAMAGED)
        received = TRUE;
    }

  if (n_unchecked == 0)
    return;

  if (n_unchecked == 1)
    {
      g_autoptr(HpItem) item = g_list_model_get_item (items, first);

      field = g_strdup_printf ("items[%u].tracker_checked", first);
      /* Translators: %s is the belonging (“Teddy bear”) */
      message = g_strdup_printf (_("“%s” is handed over by the other party and has not been "
                                   "checked for trackers. Check bags, toys and devices for GPS "
                                   "trackers, AirTags and tracking apps before they reach the "
                                   "client."), item->name);
    }
  else
    {
      field = g_strdup ("items");
      message = g_strdup_printf (ngettext ("%u belonging is handed over by the other party and "
                                           "has not been checked for trackers. Check bags, toys "
                                           "and devices for GPS trackers, AirTags and tracking "
                                           "apps before they reach the client.",
                                           "%u belongings are handed over by the other party and "
                                           "have not been checked for trackers. Check bags, toys "
                                           "and devices for GPS trackers, AirTags and tracking "
                                           "apps before they reach the client.",
                                           n_unchecked),
                                 n_unchecked);
    }

  /* Before the handover this is a reminder; once something has come back
   * unchecked it is a risk now. */
  severity = received ? HP_SEVERITY_WARNING : HP_SEVERITY_ADVICE;
  add_finding (findings, "tracker-check", severity, HP_SECTION_ITEMS, field, SOURCE_REPORT,
               message);
}

/* Running them ------------------------------------------------------------- */

static const HpRule rules[] = {
  check_risk_assessment,
  check_other_party_home,
  check_enter_consent,
  check_staff_enter,
  check_landlord_consent,
  check_share_consent,
  check_contact_parts,
  check_consent_recipient,
  check_consent_expiry,
  check_contact_other_party,
  check_police_duty,
  check_two_staff,
  check_staff_risk_high,
  check_staff_risk_assessed,
  check_restraining_order,
  check_must_item,
  check_visit_after_needed_by,
  check_visit_in_past,
  check_decision,
  check_protected_exposed,
  check_protected_advice,
  check_trackers,
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
