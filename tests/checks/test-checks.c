/* test-checks.c: every guidance rule fires when its condition holds and is
 * silent when the plan meets it
 *
 * Each test starts from good_plan(), a plan on which no rule fires, changes
 * one thing and looks for the finding (rule, severity, section, field and
 * source), or changes it in a way that meets the rule and checks that the
 * rule stays silent.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "hp-checks.h"
#include "hp-model.h"

/* Today, for every test: the plans are dated around it. */
#define TODAY "2026-11-20"

#define WHEREABOUTS "Kvinnojouren Linnea, Ekvägen 3, 123 45 Norrvik"
#define CLIENT_PHONE "070-174 01 23"

static HpAssessment *
add_assessment (HpPlan        *plan,
                HpRiskSubject  subject,
                HpRiskLevel    level)
{
  g_autoptr(HpAssessment) assessment = hp_assessment_new ();

  g_object_set (assessment,
                "subject", subject,
                "instrument", HP_INSTRUMENT_FREDA_DANGEROUSNESS,
                "date", "2026-11-18",
                "assessed-by", "Maria Holm",
                "level", level,
                NULL);
  g_list_store_append (plan->risk->assessments, assessment);
  return assessment;
}

static HpContact *
add_contact (HpPlan        *plan,
             const char    *id,
             HpContactKind  kind,
             const char    *name,
             const char    *organisation)
{
  g_autoptr(HpContact) contact = hp_contact_new ();

  g_object_set (contact, "id", id, "kind", kind, "name", name, "organisation", organisation,
                NULL);
  g_list_store_append (plan->contacts, contact);
  return contact;
}

static HpItem *
add_item (HpPlan     *plan,
          const char *name,
          HpPriority  priority)
{
  g_autoptr(HpItem) item = hp_item_new ();

  g_object_set (item, "name", name, "priority", priority, NULL);
  g_list_store_append (plan->items, item);
  return item;
}

static HpVisit *
add_visit (HpPlan     *plan,
           const char *date)
{
  g_autoptr(HpVisit) visit = hp_visit_new ();

  g_object_set (visit, "date", date, "start-time", "10:00", "time-limit-minutes", 45,
                "place", "Björkgatan 7, Norrvik", NULL);
  g_list_store_append (plan->visits, visit);
  return visit;
}

static HpConsent *
add_consent (HpPlan         *plan,
             HpConsentParty  party,
             HpConsentScope  scope,
             const char     *recipient)
{
  g_autoptr(HpConsent) consent = hp_consent_new ();

  g_object_set (consent,
                "party", party,
                "scope", scope,
                "recipient", recipient,
                "given", HP_ANSWER_YES,
                "form", HP_CONSENT_FORM_WRITTEN,
                "date", "2026-11-18",
                "recorded-by", "Maria Holm",
                NULL);
  g_list_store_append (plan->consents, consent);
  return consent;
}

/* Staff accompany the client and wait in the stairwell; two staff; the
 * client's risk and the staff's risk assessed; the other party away; go
 * decided; one visit before the needed-by date; one item that must come;
 * the police at hand and the client told of their duty to report. */
static HpPlan *
good_plan (void)
{
  HpPlan *plan = hp_plan_new ();
  HpContact *police;

  g_object_set (plan->case_info,
                "reference", "IFO 2026-0417",
                "client-name", "A. L.",
                "home-address", "Björkgatan 7, 123 40 Norrvik",
                "home-holder", HP_HOME_HOLDER_JOINT,
                "caseworker-name", "Maria Holm",
                "caseworker-phone", "070-174 00 10",
                "second-staff-name", "Jonas Berg",
                "needed-by", "2026-12-01",
                NULL);
  add_assessment (plan, HP_RISK_SUBJECT_CLIENT, HP_RISK_LEVEL_MODERATE);
  add_assessment (plan, HP_RISK_SUBJECT_STAFF, HP_RISK_LEVEL_LOW);
  g_object_set (plan->risk,
                "other-party-expected-home", HP_ANSWER_NO,
                "decision", HP_DECISION_GO,
                "decision-date", "2026-11-19",
                NULL);
  g_object_set (plan->support,
                "way", HP_SUPPORT_WAY_ACCOMPANY,
                "staff-position", HP_STAFF_POSITION_STAIRWELL,
                "client-told-police-duty", TRUE,
                NULL);
  police = add_contact (plan, "k1", HP_CONTACT_KIND_POLICE, "Inspektör Sara Nyström",
                        "Polisen Norrvik");
  g_object_set (police, "granted", HP_ANSWER_YES, NULL);
  add_item (plan, "Pass", HP_PRIORITY_MUST);
  add_item (plan, "Vinterjacka", HP_PRIORITY_SHOULD);
  add_visit (plan, "2026-11-25");

  return plan;
}

/* (transfer none): the list holds its own reference. */
static gpointer
nth_item (GListStore *store,
          guint       index)
{
  g_autoptr(GObject) object = g_list_model_get_item (G_LIST_MODEL (store), index);

  g_assert_nonnull (object);
  return object;
}

static GPtrArray *
run (HpPlan *plan)
{
  return hp_checks_run (plan, TODAY);
}

static guint
count_rule (GPtrArray  *findings,
            const char *rule)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    {
      HpFinding *finding = g_ptr_array_index (findings, i);

      if (g_str_equal (finding->rule, rule))
        n++;
    }
  return n;
}

static HpFinding *
find_rule (GPtrArray  *findings,
           const char *rule,
           guint       nth)
{
  for (guint i = 0; i < findings->len; i++)
    {
      HpFinding *finding = g_ptr_array_index (findings, i);

      if (g_str_equal (finding->rule, rule) && nth-- == 0)
        return finding;
    }
  return NULL;
}

/* The @nth finding of @rule exists and says the expected things. */
static HpFinding *
assert_finding (GPtrArray  *findings,
                const char *rule,
                guint       nth,
                HpSeverity  severity,
                HpSection   section,
                const char *field,
                const char *source)
{
  HpFinding *finding = find_rule (findings, rule, nth);

  if (finding == NULL)
    g_error ("finding %u of rule %s is missing", nth, rule);

  g_assert_cmpint (finding->severity, ==, severity);
  g_assert_cmpint (finding->section, ==, section);
  g_assert_cmpstr (finding->field, ==, field);
  g_assert_cmpstr (finding->source, ==, source);
  g_assert_nonnull (finding->message);
  g_assert_cmpuint (strlen (finding->message), >, 20);
  return finding;
}

static void
assert_silent (GPtrArray  *findings,
               const char *rule)
{
  HpFinding *finding = find_rule (findings, rule, 0);

  if (finding != NULL)
    g_error ("rule %s fired: %s (%s)", rule, finding->message, finding->field);
}

/* The baseline itself: nothing to say about a good plan. */
static void
test_good_plan_is_clean (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = run (plan);

  for (guint i = 0; i < findings->len; i++)
    {
      HpFinding *finding = g_ptr_array_index (findings, i);

      g_test_message ("unexpected: %s %s", finding->rule, finding->field);
    }
  g_assert_cmpuint (findings->len, ==, 0);
}

static void
test_empty_plan (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  g_autoptr(GPtrArray) findings = run (plan);

  /* A new plan (staff accompany by default) asks for what is missing first. */
  assert_finding (findings, "risk-assessment-missing", 0, HP_SEVERITY_ERROR, HP_SECTION_RISK,
                  "risk.assessments", "Socialstyrelsen 2015");
  assert_finding (findings, "fewer-than-two-staff", 0, HP_SEVERITY_ERROR, HP_SECTION_CASE,
                  "case.second_staff_name", "Socialstyrelsen 2015");
  assert_finding (findings, "no-must-item", 0, HP_SEVERITY_WARNING, HP_SECTION_ITEMS, "items",
                  "Socialstyrelsen 2015");
}

/* A home visit without a risk assessment ---------------------------------- */

static void
test_risk_assessment_fires (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  /* Only the assessment of the risk to staff is left: it does not count. */
  g_list_store_remove (plan->risk->assessments, 0);
  findings = run (plan);
  assert_finding (findings, "risk-assessment-missing", 0, HP_SEVERITY_ERROR, HP_SECTION_RISK,
                  "risk.assessments", "Socialstyrelsen 2015");
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* An assessment with no result does not count either. */
  add_assessment (plan, HP_RISK_SUBJECT_CLIENT, HP_RISK_LEVEL_UNKNOWN);
  findings = run (plan);
  g_assert_cmpuint (count_rule (findings, "risk-assessment-missing"), ==, 1);
}

static void
test_risk_assessment_silent (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  /* The baseline has one; and a low level is a result too. */
  g_object_set (nth_item (plan->risk->assessments, 0), "level", HP_RISK_LEVEL_LOW, NULL);
  findings = run (plan);
  assert_silent (findings, "risk-assessment-missing");
}

/* The other party at home without the police ------------------------------ */

static void
test_other_party_home_fires (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  g_object_set (plan->risk, "other-party-expected-home", HP_ANSWER_YES, NULL);
  /* The police said no. */
  g_object_set (hp_plan_find_contact (plan, "k1"), "granted", HP_ANSWER_NO, NULL);
  findings = run (plan);
  assert_finding (findings, "other-party-home-without-police", 0, HP_SEVERITY_ERROR,
                  HP_SECTION_RISK, "risk.other_party_expected_home", "Socialstyrelsen 2015");
}

static void
test_other_party_home_silent (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) handover = NULL;

  /* The police are at hand. */
  g_object_set (plan->risk, "other-party-expected-home", HP_ANSWER_YES, NULL);
  findings = run (plan);
  assert_silent (findings, "other-party-home-without-police");

  /* Nobody goes to the home: the other party hands over at the office. */
  g_object_set (hp_plan_find_contact (plan, "k1"), "granted", HP_ANSWER_NO, NULL);
  g_object_set (plan->support, "way", HP_SUPPORT_WAY_OFFICE, NULL);
  handover = run (plan);
  assert_silent (handover, "other-party-home-without-police");
}

/* Entering the home without everyone's consent ---------------------------- */

static void
test_enter_without_consent_fires (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) client_only = NULL;
  g_autoptr(GPtrArray) withdrawn = NULL;
  HpConsent *resident;

  g_object_set (plan->support, "staff-enter-home", TRUE, NULL);
  none = run (plan);
  g_assert_cmpuint (count_rule (none, "enter-without-consent"), ==, 2);
  assert_finding (none, "enter-without-consent", 0, HP_SEVERITY_ERROR, HP_SECTION_CONSENTS,
                  "consents", "RF 2 kap. 6 §; JO");

  /* The client's consent alone is not enough. */
  add_consent (plan, HP_CONSENT_PARTY_CLIENT, HP_CONSENT_SCOPE_ENTER_HOME, "");
  client_only = run (plan);
  g_assert_cmpuint (count_rule (client_only, "enter-without-consent"), ==, 1);
  assert_finding (client_only, "enter-without-consent", 0, HP_SEVERITY_ERROR,
                  HP_SECTION_CONSENTS, "consents", "RF 2 kap. 6 §; JO");

  /* A consent that was withdrawn, or has run out, does not count. */
  resident = add_consent (plan, HP_CONSENT_PARTY_OTHER_RESIDENT, HP_CONSENT_SCOPE_ENTER_HOME, "");
  g_object_set (resident, "withdrawn-on", "2026-11-19", NULL);
  withdrawn = run (plan);
  g_assert_cmpuint (count_rule (withdrawn, "enter-without-consent"), ==, 1);
  g_clear_pointer (&withdrawn, g_ptr_array_unref);

  g_object_set (resident, "withdrawn-on", "", "valid-until", "2026-11-19", NULL);
  withdrawn = run (plan);
  g_assert_cmpuint (count_rule (withdrawn, "enter-without-consent"), ==, 1);
  g_clear_pointer (&withdrawn, g_ptr_array_unref);

  /* Nor does a "no". */
  g_object_set (resident, "valid-until", "", "given", HP_ANSWER_NO, NULL);
  withdrawn = run (plan);
  g_assert_cmpuint (count_rule (withdrawn, "enter-without-consent"), ==, 1);
}

static void
test_enter_without_consent_silent (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;
  HpConsent *resident;

  g_object_set (plan->support, "staff-position", HP_STAFF_POSITION_INSIDE, NULL);
  add_consent (plan, HP_CONSENT_PARTY_CLIENT, HP_CONSENT_SCOPE_ENTER_HOME, "");
  resident = add_consent (plan, HP_CONSENT_PARTY_OTHER_RESIDENT, HP_CONSENT_SCOPE_ENTER_HOME, "");
  /* Valid through the visit; a withdrawal dated later has not happened yet. */
  g_object_set (resident, "valid-until", "2026-11-30", "withdrawn-on", "2026-12-15", NULL);
  findings = run (plan);
  assert_silent (findings, "enter-without-consent");
}

/* Staff going inside at all ------------------------------------------------ */

static void
test_staff_enter_home_fires (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  g_object_set (plan->support, "staff-position", HP_STAFF_POSITION_INSIDE, NULL);
  findings = run (plan);
  assert_finding (findings, "staff-enter-home", 0, HP_SEVERITY_ADVICE, HP_SECTION_SUPPORT,
                  "support.staff_position", "Socialstyrelsen 2015");
}

static void
test_staff_enter_home_silent (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  g_object_set (plan->support, "staff-position", HP_STAFF_POSITION_ENTRANCE, NULL);
  findings = run (plan);
  assert_silent (findings, "staff-enter-home");
}

/* The landlord's consent --------------------------------------------------- */

static void
test_landlord_consent_fires (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  g_object_set (plan->case_info, "home-holder", HP_HOME_HOLDER_OTHER, NULL);
  g_object_set (plan->support, "staff-enter-home", TRUE, NULL);
  add_consent (plan, HP_CONSENT_PARTY_CLIENT, HP_CONSENT_SCOPE_ENTER_HOME, "");
  add_consent (plan, HP_CONSENT_PARTY_OTHER_RESIDENT, HP_CONSENT_SCOPE_ENTER_HOME, "");
  findings = run (plan);
  assert_finding (findings, "landlord-consent", 0, HP_SEVERITY_ADVICE, HP_SECTION_CONSENTS,
                  "consents", "RF 2 kap. 6 §; JO");
}

static void
test_landlord_consent_silent (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) joint = NULL;

  g_object_set (plan->case_info, "home-holder", HP_HOME_HOLDER_OTHER, NULL);
  g_object_set (plan->support, "staff-enter-home", TRUE, NULL);
  add_consent (plan, HP_CONSENT_PARTY_CLIENT, HP_CONSENT_SCOPE_ENTER_HOME, "");
  add_consent (plan, HP_CONSENT_PARTY_OTHER_RESIDENT, HP_CONSENT_SCOPE_ENTER_HOME, "");
  add_consent (plan, HP_CONSENT_PARTY_LANDLORD, HP_CONSENT_SCOPE_ENTER_HOME, "");
  findings = run (plan);
  assert_silent (findings, "landlord-consent");

  /* A home the parties hold together needs no landlord's word. */
  g_list_store_remove (plan->consents, 2);
  g_object_set (plan->case_info, "home-holder", HP_HOME_HOLDER_JOINT, NULL);
  joint = run (plan);
  assert_silent (joint, "landlord-consent");
}

/* Sharing information without consent (OSL 12:2) -------------------------- */

static void
test_share_without_consent_fires (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;
  HpFinding *finding;

  add_contact (plan, "k2", HP_CONTACT_KIND_SECURITY_COMPANY, "Ali Demir", "Nordvakt Säkerhet AB");
  add_contact (plan, "k3", HP_CONTACT_KIND_RELATIVE, "Karin Ek", "");
  /* Consent to share with the security company only; and one to the
   * sister that was refused. */
  add_consent (plan, HP_CONSENT_PARTY_CLIENT, HP_CONSENT_SCOPE_SHARE_INFORMATION, "k2");
  g_object_set (add_consent (plan, HP_CONSENT_PARTY_CLIENT, HP_CONSENT_SCOPE_SHARE_INFORMATION,
                             "k3"),
                "given", HP_ANSWER_NO, NULL);
  findings = run (plan);

  g_assert_cmpuint (count_rule (findings, "share-without-consent"), ==, 1);
  finding = assert_finding (findings, "share-without-consent", 0, HP_SEVERITY_ERROR,
                            HP_SECTION_CONSENTS, "consents", "OSL 12 kap. 2 §");
  /* The message names the contact concerned. */
  g_assert_nonnull (strstr (finding->message, "Karin Ek"));
}

static void
test_share_without_consent_one_per_contact (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  add_contact (plan, "k2", HP_CONTACT_KIND_SECURITY_COMPANY, "Ali Demir", "Nordvakt Säkerhet AB");
  add_contact (plan, "k3", HP_CONTACT_KIND_RELATIVE, "Karin Ek", "");
  /* Consent to share with the wrong recipient counts for neither. */
  add_consent (plan, HP_CONSENT_PARTY_CLIENT, HP_CONSENT_SCOPE_SHARE_INFORMATION, "k1");
  findings = run (plan);

  g_assert_cmpuint (count_rule (findings, "share-without-consent"), ==, 2);
  g_assert_nonnull (strstr (find_rule (findings, "share-without-consent", 0)->message,
                            "Nordvakt Säkerhet AB"));
  g_assert_nonnull (strstr (find_rule (findings, "share-without-consent", 1)->message,
                            "Karin Ek"));
}

static void
test_share_without_consent_silent (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  add_contact (plan, "k2", HP_CONTACT_KIND_SECURITY_COMPANY, "Ali Demir", "Nordvakt Säkerhet AB");
  add_contact (plan, "k3", HP_CONTACT_KIND_RELATIVE, "Karin Ek", "");
  /* A women's shelter is not a recipient this rule is about. */
  add_contact (plan, "k4", HP_CONTACT_KIND_WOMENS_SHELTER, "", "Kvinnojouren Linnea");
  add_consent (plan, HP_CONSENT_PARTY_CLIENT, HP_CONSENT_SCOPE_SHARE_INFORMATION, "k2");
  add_consent (plan, HP_CONSENT_PARTY_CLIENT, HP_CONSENT_SCOPE_SHARE_INFORMATION, "k3");
  findings = run (plan);
  assert_silent (findings, "share-without-consent");
}

/* Anyone given a part in the visit needs the client's consent too: the
 * landlord who opens the door, movers who receive at the office; a consent
 * withdrawn yesterday does not count. */
static void
test_share_without_consent_parts (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;
  HpFinding *finding;
  HpConsent *withdrawn;

  g_object_set (add_contact (plan, "k2", HP_CONTACT_KIND_OTHER, "Bengt Ås",
                             "Norrviks Bostäder AB"),
                "part", HP_CONTACT_PART_GOES_HOME, NULL);
  g_object_set (add_contact (plan, "k3", HP_CONTACT_KIND_OTHER, "", "Bära & Bo Flytt AB"),
                "part", HP_CONTACT_PART_OFFICE, NULL);
  /* Only told, or with no part: not a recipient this rule is about. */
  g_object_set (add_contact (plan, "k4", HP_CONTACT_KIND_LAWYER, "Nadia Rahimi", ""),
                "part", HP_CONTACT_PART_INFORMED_ONLY, NULL);
  add_contact (plan, "k5", HP_CONTACT_KIND_INTERPRETER, "Yusuf Ali", "Tolkcentralen");
  withdrawn = add_consent (plan, HP_CONSENT_PARTY_CLIENT, HP_CONSENT_SCOPE_SHARE_INFORMATION,
                           "k3");
  g_object_set (withdrawn, "withdrawn-on", "2026-11-19", NULL);
  findings = run (plan);

  g_assert_cmpuint (count_rule (findings, "share-without-consent"), ==, 2);
  finding = assert_finding (findings, "share-without-consent", 0, HP_SEVERITY_ERROR,
                            HP_SECTION_CONSENTS, "consents", "OSL 12 kap. 2 §");
  g_assert_nonnull (strstr (finding->message, "Bengt Ås"));
  g_assert_nonnull (strstr (finding->message,
                            hp_enum_get_label (HP_TYPE_CONTACT_PART, HP_CONTACT_PART_GOES_HOME)));
  g_assert_nonnull (strstr (find_rule (findings, "share-without-consent", 1)->message,
                            "Bära & Bo Flytt AB"));

  /* With consent, silent. */
  g_object_set (withdrawn, "withdrawn-on", "", NULL);
  add_consent (plan, HP_CONSENT_PARTY_CLIENT, HP_CONSENT_SCOPE_SHARE_INFORMATION, "k2");
  g_clear_pointer (&findings, g_ptr_array_unref);
  findings = run (plan);
  assert_silent (findings, "share-without-consent");
}

/* A contact's part that does not fit the way of support ------------------- */

static void
test_contact_parts_fire (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;
  HpFinding *finding;

  /* The other party brings the things to a handover place, yet a friend is
   * down to go to the home: her sheet would carry its address.  And a
   * relative at the handover place with no handover site to name. */
  g_object_set (plan->support, "way", HP_SUPPORT_WAY_NEUTRAL_SITE, NULL);
  g_object_set (add_contact (plan, "k2", HP_CONTACT_KIND_RELATIVE, "Sara Nilsson", ""),
                "part", HP_CONTACT_PART_GOES_HOME, NULL);
  g_object_set (add_contact (plan, "k3", HP_CONTACT_KIND_RELATIVE, "Karin Ek", ""),
                "part", HP_CONTACT_PART_HANDOVER_PLACE, NULL);
  findings = run (plan);

  finding = assert_finding (findings, "part-goes-home-without-visit", 0, HP_SEVERITY_WARNING,
                            HP_SECTION_CONTACTS, "contacts[1].part", "Hämtplan");
  g_assert_nonnull (strstr (finding->message, "Sara Nilsson"));
  g_assert_cmpuint (count_rule (findings, "part-goes-home-without-visit"), ==, 1);
  finding = assert_finding (findings, "part-handover-without-site", 0, HP_SEVERITY_ADVICE,
                            HP_SECTION_CONTACTS, "contacts[2].part", "Hämtplan");
  g_assert_nonnull (strstr (finding->message, "Karin Ek"));
}

static void
test_contact_parts_silent (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  /* Relatives fetch the things: the friend goes to the home; a handover
   * site is named for the one at the handover place.  The police, by kind
   * and way, also go to the home; that is no finding. */
  g_object_set (plan->support, "way", HP_SUPPORT_WAY_RELATIVES, NULL);
  g_object_set (add_contact (plan, "k2", HP_CONTACT_KIND_RELATIVE, "Sara Nilsson", ""),
                "part", HP_CONTACT_PART_GOES_HOME, NULL);
  g_object_set (add_contact (plan, "k3", HP_CONTACT_KIND_RELATIVE, "Karin Ek", ""),
                "part", HP_CONTACT_PART_HANDOVER_PLACE, NULL);
  add_contact (plan, "k4", HP_CONTACT_KIND_HANDOVER_SITE, "", "Norrviks stadsdelskontor");
  findings = run (plan);
  assert_silent (findings, "part-goes-home-without-visit");
  assert_silent (findings, "part-handover-without-site");

  /* A handover away from the home, with nobody down to go there. */
  g_object_set (plan->support, "way", HP_SUPPORT_WAY_OFFICE, NULL);
  g_object_set (hp_plan_find_contact (plan, "k2"), "part", HP_CONTACT_PART_OFFICE, NULL);
  g_clear_pointer (&findings, g_ptr_array_unref);
  findings = run (plan);
  assert_silent (findings, "part-goes-home-without-visit");
}

/* A consent to share that names no one ------------------------------------ */

static void
test_consent_recipient_fires (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  add_consent (plan, HP_CONSENT_PARTY_CLIENT, HP_CONSENT_SCOPE_SHARE_INFORMATION, "");
  add_consent (plan, HP_CONSENT_PARTY_CLIENT, HP_CONSENT_SCOPE_SHARE_INFORMATION, "k9");
  findings = run (plan);
  assert_finding (findings, "consent-recipient-missing", 0, HP_SEVERITY_WARNING,
                  HP_SECTION_CONSENTS, "consents[0].recipient", "OSL 12 kap. 2 §");
  assert_finding (findings, "consent-recipient-missing", 1, HP_SEVERITY_WARNING,
                  HP_SECTION_CONSENTS, "consents[1].recipient", "OSL 12 kap. 2 §");
  g_assert_cmpstr (find_rule (findings, "consent-recipient-missing", 0)->message, !=,
                   find_rule (findings, "consent-recipient-missing", 1)->message);
}

static void
test_consent_recipient_silent (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  add_consent (plan, HP_CONSENT_PARTY_CLIENT, HP_CONSENT_SCOPE_SHARE_INFORMATION, "k1");
  /* Other kinds of consent have no recipient. */
  add_consent (plan, HP_CONSENT_PARTY_CLIENT, HP_CONSENT_SCOPE_STAFF_PRESENT, "");
  findings = run (plan);
  assert_silent (findings, "consent-recipient-missing");
}

/* A consent that runs out before the visit --------------------------------- */

static void
test_consent_expiry_fires (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  add_consent (plan, HP_CONSENT_PARTY_CLIENT, HP_CONSENT_SCOPE_SHARE_INFORMATION, "k1");
  g_object_set (add_consent (plan, HP_CONSENT_PARTY_CLIENT, HP_CONSENT_SCOPE_STAFF_PRESENT, ""),
                "valid-until", "2026-11-24", NULL);
  findings = run (plan);
  assert_finding (findings, "consent-expires-before-visit", 0, HP_SEVERITY_WARNING,
                  HP_SECTION_CONSENTS, "consents[1].valid_until", "RF 2 kap. 6 §; JO");
}

static void
test_consent_expiry_silent (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  /* Valid through the day of the visit. */
  g_object_set (add_consent (plan, HP_CONSENT_PARTY_CLIENT, HP_CONSENT_SCOPE_STAFF_PRESENT, ""),
                "valid-until", "2026-11-25", NULL);
  findings = run (plan);
  assert_silent (findings, "consent-expires-before-visit");
}

/* Contacting the other party ----------------------------------------------- */

static void
test_contact_other_party_fires (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  g_object_set (plan->support, "way", HP_SUPPORT_WAY_NEUTRAL_SITE, NULL);
  findings = run (plan);
  assert_finding (findings, "contact-other-party-without-consent", 0, HP_SEVERITY_WARNING,
                  HP_SECTION_CONSENTS, "consents", "OSL 26 kap. 1 §; OSL 12 kap. 2 §");
}

static void
test_contact_other_party_silent (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  g_object_set (plan->support, "way", HP_SUPPORT_WAY_NEUTRAL_SITE, NULL);
  add_consent (plan, HP_CONSENT_PARTY_CLIENT, HP_CONSENT_SCOPE_CONTACT_OTHER_PARTY, "");
  findings = run (plan);
  assert_silent (findings, "contact-other-party-without-consent");
}

/* The police's duty to report ---------------------------------------------- */

static void
test_police_duty_fires (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  g_object_set (plan->support, "client-told-police-duty", FALSE, NULL);
  findings = run (plan);
  assert_finding (findings, "police-duty-not-told", 0, HP_SEVERITY_WARNING, HP_SECTION_SUPPORT,
                  "support.client_told_police_duty", "Socialstyrelsen 2015");
}

static void
test_police_duty_silent (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) told = NULL;
  g_autoptr(GPtrArray) no_police = NULL;

  told = run (plan);
  assert_silent (told, "police-duty-not-told");

  /* Without the police there is nothing to tell. */
  g_object_set (plan->support, "client-told-police-duty", FALSE, NULL);
  g_object_set (hp_plan_find_contact (plan, "k1"), "granted", HP_ANSWER_UNKNOWN, NULL);
  no_police = run (plan);
  assert_silent (no_police, "police-duty-not-told");
}

/* Two staff ---------------------------------------------------------------- */

static void
test_two_staff_fires (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  g_autoptr(GPtrArray) relatives = NULL;

  g_object_set (plan->case_info, "second-staff-name", "  ", NULL);
  findings = run (plan);
  assert_finding (findings, "fewer-than-two-staff", 0, HP_SEVERITY_ERROR, HP_SECTION_CASE,
                  "case.second_staff_name", "Socialstyrelsen 2015");

  /* Relatives fetch the things, but a staff member waits in the stairwell. */
  g_object_set (plan->support, "way", HP_SUPPORT_WAY_RELATIVES, NULL);
  relatives = run (plan);
  assert_finding (relatives, "fewer-than-two-staff", 0, HP_SEVERITY_ERROR, HP_SECTION_CASE,
                  "case.second_staff_name", "Socialstyrelsen 2015");
}

static void
test_two_staff_silent (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) named = NULL;
  g_autoptr(GPtrArray) away = NULL;

  named = run (plan);
  assert_silent (named, "fewer-than-two-staff");

  /* Relatives fetch the things; staff, if anywhere, are outside the
   * building (the default, which for relatives does not mean staff go). */
  g_object_set (plan->case_info, "second-staff-name", "", NULL);
  g_object_set (plan->support, "way", HP_SUPPORT_WAY_RELATIVES,
                "staff-position", HP_STAFF_POSITION_OUTSIDE, NULL);
  away = run (plan);
  assert_silent (away, "fewer-than-two-staff");
}

/* High risk to staff without the police ------------------------------------ */

static void
test_staff_risk_high_fires (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  g_object_set (hp_plan_find_contact (plan, "k1"), "granted", HP_ANSWER_NO, NULL);
  add_assessment (plan, HP_RISK_SUBJECT_STAFF, HP_RISK_LEVEL_HIGH);
  findings = run (plan);
  assert_finding (findings, "staff-risk-high-without-police", 0, HP_SEVERITY_ERROR,
                  HP_SECTION_RISK, "risk.assessments[2].level", "Socialstyrelsen 2015");
}

static void
test_staff_risk_high_silent (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) police_way = NULL;

  /* A police contact who said yes. */
  add_assessment (plan, HP_RISK_SUBJECT_STAFF, HP_RISK_LEVEL_HIGH);
  findings = run (plan);
  assert_silent (findings, "staff-risk-high-without-police");

  /* Or the police going along as the way of support. */
  g_object_set (hp_plan_find_contact (plan, "k1"), "granted", HP_ANSWER_UNKNOWN, NULL);
  g_object_set (plan->support, "way", HP_SUPPORT_WAY_POLICE, NULL);
  police_way = run (plan);
  assert_silent (police_way, "staff-risk-high-without-police");
}

/* The risk to staff not assessed ------------------------------------------- */

static void
test_staff_risk_assessed_fires (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  g_list_store_remove (plan->risk->assessments, 1);
  findings = run (plan);
  assert_finding (findings, "staff-risk-not-assessed", 0, HP_SEVERITY_WARNING, HP_SECTION_RISK,
                  "risk.assessments", "Socialstyrelsen 2015");
}

static void
test_staff_risk_assessed_silent (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) away = NULL;

  findings = run (plan);
  assert_silent (findings, "staff-risk-not-assessed");

  /* Staff not at the home: the handover is at the office. */
  g_list_store_remove (plan->risk->assessments, 1);
  g_object_set (plan->support, "way", HP_SUPPORT_WAY_OFFICE, NULL);
  away = run (plan);
  assert_silent (away, "staff-risk-not-assessed");
}

/* A restraining order and a handover in person ----------------------------- */

static void
test_restraining_order_fires (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  g_object_set (plan->risk, "restraining-order", HP_RESTRAINING_ORDER_IN_FORCE,
                "restraining-order-until", "2027-05-20", NULL);
  g_object_set (plan->support, "way", HP_SUPPORT_WAY_NEUTRAL_SITE, NULL);
  findings = run (plan);
  assert_finding (findings, "restraining-order-handover", 0, HP_SEVERITY_WARNING,
                  HP_SECTION_SUPPORT, "support.way", "Lag (1988:688) om kontaktförbud");
}

static void
test_restraining_order_silent (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) accompany = NULL;
  g_autoptr(GPtrArray) expired = NULL;
  g_autoptr(GPtrArray) applied = NULL;

  /* Staff accompany the client; the other party hands nothing over. */
  g_object_set (plan->risk, "restraining-order", HP_RESTRAINING_ORDER_IN_FORCE, NULL);
  accompany = run (plan);
  assert_silent (accompany, "restraining-order-handover");

  /* An order that ran out yesterday. */
  g_object_set (plan->support, "way", HP_SUPPORT_WAY_OFFICE, NULL);
  g_object_set (plan->risk, "restraining-order-until", "2026-11-19", NULL);
  expired = run (plan);
  assert_silent (expired, "restraining-order-handover");

  /* Applied for, not yet in force. */
  g_object_set (plan->risk, "restraining-order", HP_RESTRAINING_ORDER_APPLIED,
                "restraining-order-until", "", NULL);
  applied = run (plan);
  assert_silent (applied, "restraining-order-handover");
}

/* No item marked "must" ------------------------------------------------------ */

static void
test_must_item_fires (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) should = NULL;
  g_autoptr(GPtrArray) empty = NULL;

  g_object_set (nth_item (plan->items, 0), "priority", HP_PRIORITY_IF_POSSIBLE, NULL);
  should = run (plan);
  assert_finding (should, "no-must-item", 0, HP_SEVERITY_WARNING, HP_SECTION_ITEMS, "items",
                  "Socialstyrelsen 2015");

  /* An empty list gets its own message. */
  g_list_store_remove_all (plan->items);
  empty = run (plan);
  assert_finding (empty, "no-must-item", 0, HP_SEVERITY_WARNING, HP_SECTION_ITEMS, "items",
                  "Socialstyrelsen 2015");
  g_assert_cmpstr (find_rule (should, "no-must-item", 0)->message, !=,
                   find_rule (empty, "no-must-item", 0)->message);
}

static void
test_must_item_silent (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  /* One "must" among others is enough, wherever it is in the list. */
  g_list_store_remove (plan->items, 0);
  add_item (plan, "Insulin", HP_PRIORITY_MUST);
  findings = run (plan);
  assert_silent (findings, "no-must-item");
}

/* A visit after the needed-by date ----------------------------------------- */

static void
test_visit_after_needed_by_fires (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  add_visit (plan, "2026-12-03");
  findings = run (plan);
  g_assert_cmpuint (count_rule (findings, "visit-after-needed-by"), ==, 1);
  assert_finding (findings, "visit-after-needed-by", 0, HP_SEVERITY_WARNING, HP_SECTION_VISITS,
                  "visits[1].date", "Socialstyrelsen 2015");
}

static void
test_visit_after_needed_by_silent (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;
  HpVisit *late;

  /* On the day itself is in time; a late visit already called off is past. */
  add_visit (plan, "2026-12-01");
  late = add_visit (plan, "2026-12-05");
  g_object_set (late, "status", HP_VISIT_STATUS_CANCELLED, NULL);
  findings = run (plan);
  assert_silent (findings, "visit-after-needed-by");
}

/* A planned visit in the past ----------------------------------------------- */

static void
test_visit_in_past_fires (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  add_visit (plan, "2026-11-19");
  findings = run (plan);
  assert_finding (findings, "visit-in-past", 0, HP_SEVERITY_WARNING, HP_SECTION_VISITS,
                  "visits[1].date", "Hämtplan");
}

static void
test_visit_in_past_silent (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  /* Past and carried out; today itself is not past. */
  g_object_set (add_visit (plan, "2026-11-12"), "status", HP_VISIT_STATUS_CARRIED_OUT, NULL);
  add_visit (plan, TODAY);
  findings = run (plan);
  assert_silent (findings, "visit-in-past");
}

static void
test_today_defaults_to_real_date (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  /* Long ago and far ahead, whatever day the test runs on. */
  g_list_store_remove_all (plan->visits);
  add_visit (plan, "2999-01-10");
  add_visit (plan, "2001-01-10");
  findings = hp_checks_run (plan, NULL);
  g_assert_cmpuint (count_rule (findings, "visit-in-past"), ==, 1);
  assert_finding (findings, "visit-in-past", 0, HP_SEVERITY_WARNING, HP_SECTION_VISITS,
                  "visits[1].date", "Hämtplan");
}

/* The decision ------------------------------------------------------------- */

static void
test_decision_missing_fires (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  g_object_set (plan->risk, "decision", HP_DECISION_UNDECIDED, NULL);
  findings = run (plan);
  assert_finding (findings, "decision-missing", 0, HP_SEVERITY_WARNING, HP_SECTION_RISK,
                  "risk.decision", "Socialstyrelsen 2015");
}

static void
test_decision_missing_silent (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) decided = NULL;
  g_autoptr(GPtrArray) no_visit = NULL;

  decided = run (plan);
  assert_silent (decided, "decision-missing");

  /* Still planning: no visit booked yet. */
  g_object_set (plan->risk, "decision", HP_DECISION_UNDECIDED, NULL);
  g_list_store_remove_all (plan->visits);
  no_visit = run (plan);
  assert_silent (no_visit, "decision-missing");
}

static void
test_visit_despite_decision_fires (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) no_go = NULL;
  g_autoptr(GPtrArray) postponed = NULL;

  g_object_set (plan->risk, "decision", HP_DECISION_NO_GO, NULL);
  no_go = run (plan);
  assert_finding (no_go, "visit-despite-decision", 0, HP_SEVERITY_WARNING, HP_SECTION_VISITS,
                  "visits[0].status", "Socialstyrelsen 2015");

  /* A visit without a date is named by its number. */
  g_object_set (plan->risk, "decision", HP_DECISION_POSTPONED, NULL);
  add_visit (plan, "");
  postponed = run (plan);
  assert_finding (postponed, "visit-despite-decision", 1, HP_SEVERITY_WARNING, HP_SECTION_VISITS,
                  "visits[1].status", "Socialstyrelsen 2015");
}

static void
test_visit_despite_decision_silent (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  g_object_set (plan->risk, "decision", HP_DECISION_NO_GO, NULL);
  g_object_set (nth_item (plan->visits, 0), "status", HP_VISIT_STATUS_CANCELLED, NULL);
  findings = run (plan);
  assert_silent (findings, "visit-despite-decision");
}

/* Protected personal data -------------------------------------------------- */

static HpPlan *
protected_plan (void)
{
  HpPlan *plan = good_plan ();
  HpContact *site;

  g_object_set (plan->case_info,
                "protection", HP_PROTECTION_PROTECTED_REGISTRATION,
                "client-whereabouts", WHEREABOUTS,
                "client-phone", CLIENT_PHONE,
                NULL);
  site = add_contact (plan, "k2", HP_CONTACT_KIND_HANDOVER_SITE, "", "Norrviks stadsbibliotek");
  g_object_set (site, "address", "Torget 1, 123 30 Norrvik", "role", "Överlämning i entréhallen",
                NULL);
  return plan;
}

static void
assert_no_secret (HpFinding *finding)
{
  g_assert_null (strstr (finding->message, "Ekvägen"));
  g_assert_null (strstr (finding->message, "Linnea"));
  g_assert_null (strstr (finding->message, "174 01 23"));
  g_assert_null (strstr (finding->message, "1740123"));
}

static void
test_protected_exposed_fires (void)
{
  g_autoptr(HpPlan) plan = protected_plan ();
  g_autoptr(GPtrArray) findings = NULL;
  HpItem *item;
  HpFinding *finding;

  /* The handover site's address is a part of where the client stays. */
  g_object_set (hp_plan_find_contact (plan, "k2"), "address", "Ekvägen 3, Norrvik", NULL);
  /* The meeting place is a part of the whereabouts: the shelter's name. */
  g_object_set (add_visit (plan, "2026-11-27"), "place", "kvinnojouren  linnea", NULL);
  /* The client's phone in a note on an item, in another form. */
  item = add_item (plan, "Mobilladdare", HP_PRIORITY_SHOULD);
  g_object_set (item, "note", "Ring henne på +46 70 174 01 23 om den saknas", NULL);
  /* And in the name of another. */
  add_item (plan, "SIM-kort till 0701740123", HP_PRIORITY_MUST);
  findings = run (plan);

  g_assert_cmpuint (count_rule (findings, "protected-data-exposed"), ==, 4);
  finding = assert_finding (findings, "protected-data-exposed", 0, HP_SEVERITY_ERROR,
                            HP_SECTION_CONTACTS, "contacts[1].address", "OSL 26 kap. 1 §");
  g_assert_nonnull (strstr (finding->message, "Norrviks stadsbibliotek"));
  assert_no_secret (finding);
  assert_no_secret (assert_finding (findings, "protected-data-exposed", 1, HP_SEVERITY_ERROR,
                                    HP_SECTION_ITEMS, "items[2].note", "OSL 26 kap. 1 §"));
  assert_no_secret (assert_finding (findings, "protected-data-exposed", 2, HP_SEVERITY_ERROR,
                                    HP_SECTION_ITEMS, "items[3].name", "OSL 26 kap. 1 §"));
  assert_no_secret (assert_finding (findings, "protected-data-exposed", 3, HP_SEVERITY_ERROR,
                                    HP_SECTION_VISITS, "visits[1].place", "OSL 26 kap. 1 §"));
}

static void
test_protected_exposed_whole (void)
{
  g_autoptr(HpPlan) plan = protected_plan ();
  g_autoptr(GPtrArray) findings = NULL;
  HpFinding *finding;

  /* Whereabouts with no street in them are found whole, written
   * differently; a street that merely begins the same is not a match. */
  g_object_set (plan->case_info, "client-whereabouts", "Hos sin syster i Ekby", NULL);
  g_object_set (hp_plan_find_contact (plan, "k2"), "note",
                "Hon bor just nu hos  sin syster i ekby.", NULL);
  g_object_set (add_visit (plan, "2026-11-27"), "participants",
                "Systern, som bor hos sin syster i Ekbyvägen", NULL);
  findings = run (plan);

  g_assert_cmpuint (count_rule (findings, "protected-data-exposed"), ==, 1);
  finding = assert_finding (findings, "protected-data-exposed", 0, HP_SEVERITY_ERROR,
                            HP_SECTION_CONTACTS, "contacts[1].note", "OSL 26 kap. 1 §");
  g_assert_null (strstr (finding->message, "Ekby"));
}

static void
test_protected_exposed_silent (void)
{
  g_autoptr(HpPlan) plan = protected_plan ();
  g_autoptr(GPtrArray) protected_findings = NULL;
  g_autoptr(GPtrArray) open_findings = NULL;

  /* The site, the visit and the items say nothing of the client. */
  protected_findings = run (plan);
  assert_silent (protected_findings, "protected-data-exposed");

  /* Without protection, the same address at the site is not an error. */
  g_object_set (plan->case_info, "protection", HP_PROTECTION_NONE, NULL);
  g_object_set (hp_plan_find_contact (plan, "k2"), "address", WHEREABOUTS, NULL);
  open_findings = run (plan);
  assert_silent (open_findings, "protected-data-exposed");
}

/* Texts a handover sheet prints changed --------------------------------------- */

/* The message says what the text reveals, in the user's language. */
static void
assert_says_kind (HpFinding    *finding,
                  HpSecretKind  kind)
{
  g_autofree char *what = hp_secret_kinds_describe (kind);

  if (strstr (finding->message, what) == NULL)
    g_error ("“%s” does not say “%s”", finding->message, what);
}

static void
test_sheet_rewrites_fires (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;
  HpContact *site;
  HpItem *item;
  HpFinding *finding;

  g_object_set (plan->case_info, "client-name", "Johanna Lind",
                "client-whereabouts", "Egen lägenhet sedan 15 november: Vallmovägen 12 B, 2 tr",
                NULL);
  /* The given name in a task, and decomposed in an item's name. */
  g_object_set (hp_plan_find_contact (plan, "k1"), "role",
                "Lämnar sakerna till Johanna på stationen", NULL);
  add_item (plan, "Johanna\xcc\x88s pass", HP_PRIORITY_MUST);   /* not her name: ä */
  add_item (plan, "Johannas k\x6f\xcc\x88rkort", HP_PRIORITY_MUST);
  /* The new street inside a sentence, on the site's address. */
  site = add_contact (plan, "k2", HP_CONTACT_KIND_HANDOVER_SITE, "", "Stadsbiblioteket");
  g_object_set (site, "address", "Bakom huset, vallmovägen  12 b, port 2", NULL);
  /* Not on any sheet: the item's note, a fetched item's name. */
  item = add_item (plan, "Laddare", HP_PRIORITY_SHOULD);
  g_object_set (item, "note", "Johanna vill ha den", NULL);
  item = add_item (plan, "Johannas cykel", HP_PRIORITY_SHOULD);
  g_object_set (item, "status", HP_ITEM_STATUS_RETRIEVED, NULL);
  findings = run (plan);

  g_assert_cmpuint (count_rule (findings, "handover-sheet-rewrites"), ==, 3);
  finding = assert_finding (findings, "handover-sheet-rewrites", 0, HP_SEVERITY_WARNING,
                            HP_SECTION_CONTACTS, "contacts[0].role", "OSL 26 kap. 1 §");
  assert_says_kind (finding, HP_SECRET_NAME);
  g_assert_null (strstr (finding->message, "Johanna"));
  finding = assert_finding (findings, "handover-sheet-rewrites", 1, HP_SEVERITY_WARNING,
                            HP_SECTION_CONTACTS, "contacts[1].address", "OSL 26 kap. 1 §");
  assert_says_kind (finding, HP_SECRET_WHEREABOUTS);
  g_assert_null (strstr (finding->message, "allmov"));
  finding = assert_finding (findings, "handover-sheet-rewrites", 2, HP_SEVERITY_WARNING,
                            HP_SECTION_ITEMS, "items[3].name", "OSL 26 kap. 1 §");
  g_assert_nonnull (strstr (finding->message, " 4 "));
  assert_silent (findings, "protected-data-exposed");
}

/* The checks keep what the secrets matcher said of each text from one run
 * to the next (a keystroke changes one text of thousands): every run must
 * still say what a first run on the same plan says. */
static void
assert_same_as_fresh (HpPlan *plan)
{
  g_autoptr(GPtrArray) kept = run (plan);
  g_autoptr(HpPlan) copy = HP_PLAN (hp_record_copy (HP_RECORD (plan)));
  g_autoptr(GPtrArray) fresh = run (copy);

  g_assert_cmpuint (kept->len, ==, fresh->len);
  for (guint i = 0; i < kept->len; i++)
    {
      HpFinding *a = g_ptr_array_index (kept, i);
      HpFinding *b = g_ptr_array_index (fresh, i);

      g_assert_cmpstr (a->rule, ==, b->rule);
      g_assert_cmpstr (a->field, ==, b->field);
      g_assert_cmpstr (a->message, ==, b->message);
    }
}

static void
test_sheet_rewrites_kept_answers (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) named = NULL;
  g_autoptr(GPtrArray) renamed = NULL;
  g_autoptr(GPtrArray) fetched = NULL;
  HpItem *pass;
  HpItem *jacket;

  /* The same text in two items, one of them a name only once the
   * client's name is known. */
  pass = add_item (plan, "Rana\xcc\x88s pass", HP_PRIORITY_MUST);
  jacket = add_item (plan, "Ranäs jacka", HP_PRIORITY_SHOULD);
  g_object_set (jacket, "note", "Rana\xcc\x88s pass", NULL);
  before = run (plan);
  assert_silent (before, "handover-sheet-rewrites");
  assert_same_as_fresh (plan);

  /* The secrets change: the same texts now reveal her name. */
  g_object_set (plan->case_info, "client-name", "Ranä Haddad", NULL);
  named = run (plan);
  g_assert_cmpuint (count_rule (named, "handover-sheet-rewrites"), ==, 2);
  assert_same_as_fresh (plan);

  /* A text edited, and an item no longer on any sheet. */
  g_object_set (pass, "name", "Pass (i byrålådan)", NULL);
  g_object_set (jacket, "status", HP_ITEM_STATUS_RETRIEVED, NULL);
  renamed = run (plan);
  assert_silent (renamed, "handover-sheet-rewrites");
  assert_same_as_fresh (plan);

  /* Back again: answers asked before are right again. */
  g_object_set (pass, "name", "Rana\xcc\x88s pass", NULL);
  g_object_set (jacket, "status", HP_ITEM_STATUS_PLANNED, NULL);
  g_object_set (plan->case_info, "client-name", "", NULL);
  fetched = run (plan);
  assert_silent (fetched, "handover-sheet-rewrites");
  assert_same_as_fresh (plan);
}

static void
test_sheet_rewrites_silent (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  g_object_set (plan->case_info, "client-name", "Johanna Lind", "client-phone", CLIENT_PHONE,
                "client-whereabouts", "Egen lägenhet sedan 15 november: Vallmovägen 12 B, 2 tr",
                NULL);
  /* Ordinary words of the whereabouts, another street, another Johanna,
   * the caseworker's phone, the home's address where the staff go. */
  add_item (plan, "Egen cykel sedan i somras", HP_PRIORITY_SHOULD);
  add_item (plan, "Kartong från Vallmogatan 12", HP_PRIORITY_SHOULD);
  g_object_set (hp_plan_find_contact (plan, "k1"), "name", "Johanna Berg",
                "role", "Ring 070-174 00 10 vid frågor", NULL);
  g_object_set (add_item (plan, "Pärm", HP_PRIORITY_SHOULD), "location",
                "Hallen på Björkgatan 7", NULL);
  findings = run (plan);
  assert_silent (findings, "handover-sheet-rewrites");
}

/* With protected personal data, the whereabouts in a text are an error,
 * the name alone a warning.  The client shares her given name with the
 * shelter: her name is still her name, not where she is. */
static void
test_sheet_rewrites_protected (void)
{
  g_autoptr(HpPlan) plan = protected_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  g_object_set (plan->case_info, "client-name", "Linnea Ek", NULL);
  add_item (plan, "Linneas glasögon", HP_PRIORITY_MUST);
  add_item (plan, "Post till Ekvägen 3", HP_PRIORITY_SHOULD);
  /* The full plan prints an assessment's summary too. */
  g_object_set (nth_item (plan->risk->assessments, 0), "summary",
                "Hon bor sedan en vecka på kvinnojouren linnea.", NULL);
  findings = run (plan);

  assert_finding (findings, "handover-sheet-rewrites", 0, HP_SEVERITY_WARNING,
                  HP_SECTION_ITEMS, "items[2].name", "OSL 26 kap. 1 §");
  g_assert_cmpuint (count_rule (findings, "handover-sheet-rewrites"), ==, 1);
  assert_finding (findings, "protected-data-exposed", 0, HP_SEVERITY_ERROR,
                  HP_SECTION_RISK, "risk.assessments[0].summary", "OSL 26 kap. 1 §");
  assert_finding (findings, "protected-data-exposed", 1, HP_SEVERITY_ERROR,
                  HP_SECTION_ITEMS, "items[3].name", "OSL 26 kap. 1 §");
  g_assert_cmpuint (count_rule (findings, "protected-data-exposed"), ==, 2);
}

static void
test_protected_advice_fires (void)
{
  g_autoptr(HpPlan) plan = protected_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  g_object_set (plan->case_info, "protection", HP_PROTECTION_CONFIDENTIALITY_MARKING, NULL);
  findings = run (plan);
  assert_finding (findings, "protected-data-handover", 0, HP_SEVERITY_ADVICE, HP_SECTION_CASE,
                  "case.protection", "OSL 26 kap. 1 §");
}

static void
test_protected_advice_silent (void)
{
  g_autoptr(HpPlan) plan = protected_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  g_object_set (plan->case_info, "protection", HP_PROTECTION_NONE, NULL);
  findings = run (plan);
  assert_silent (findings, "protected-data-handover");
}

/* Trackers ----------------------------------------------------------------- */

static void
test_trackers_fires (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) one = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) received = NULL;
  HpItem *bear;

  /* One item handed over by the other party, named in the message. */
  bear = add_item (plan, "Nalle (gosedjur)", HP_PRIORITY_MUST);
  g_object_set (bear, "from-other-party", TRUE, NULL);
  one = run (plan);
  g_assert_nonnull (strstr (assert_finding (one, "tracker-check", 0, HP_SEVERITY_ADVICE,
                                            HP_SECTION_ITEMS, "items[2].tracker_checked",
                                            "Socialstyrelsen 2015")->message,
                            "Nalle (gosedjur)"));

  /* At a neutral site the other party hands over everything. */
  g_object_set (plan->support, "way", HP_SUPPORT_WAY_NEUTRAL_SITE, NULL);
  all = run (plan);
  g_assert_cmpuint (count_rule (all, "tracker-check"), ==, 1);
  g_assert_nonnull (strstr (assert_finding (all, "tracker-check", 0, HP_SEVERITY_ADVICE,
                                            HP_SECTION_ITEMS, "items",
                                            "Socialstyrelsen 2015")->message, "3"));

  /* Once something has come back unchecked, it is a warning. */
  g_object_set (bear, "status", HP_ITEM_STATUS_RETRIEVED, NULL);
  received = run (plan);
  assert_finding (received, "tracker-check", 0, HP_SEVERITY_WARNING, HP_SECTION_ITEMS, "items",
                  "Socialstyrelsen 2015");
}

static void
test_trackers_silent (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;
  HpItem *bear;
  HpItem *bag;

  /* Checked; and one the other party refused to give, which never came. */
  bear = add_item (plan, "Nalle (gosedjur)", HP_PRIORITY_MUST);
  g_object_set (bear, "from-other-party", TRUE, "tracker-checked", TRUE, NULL);
  bag = add_item (plan, "Skolväska", HP_PRIORITY_SHOULD);
  g_object_set (bag, "from-other-party", TRUE, "status", HP_ITEM_STATUS_REFUSED, NULL);
  findings = run (plan);
  assert_silent (findings, "tracker-check");
}

/* Rooms to enter, while staff stay outside --------------------------------- */

/* How caseworkers write it: rooms in a sentence, a child's name in Arabic
 * in the possessive, a decomposed "å". */
#define ROOMS "Sovrummet (garderoben till vänster) och barnens rum: رنا:s hylla, ha\xcc\x8amta allt"

static void
test_rooms_without_entry_fires (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) nobody = NULL;
  g_autoptr(GPtrArray) withdrawn = NULL;
  g_autoptr(GPtrArray) consented = NULL;
  HpConsent *client;

  /* Staff wait in the stairwell (good_plan), yet rooms are listed, and no
   * one has consented to anyone going in. */
  g_object_set (plan->support, "rooms-to-enter", ROOMS, NULL);
  nobody = run (plan);
  g_assert_cmpuint (count_rule (nobody, "rooms-without-entry"), ==, 1);
  assert_finding (nobody, "rooms-without-entry", 0, HP_SEVERITY_WARNING, HP_SECTION_SUPPORT,
                  "support.rooms_to_enter", "RF 2 kap. 6 §; JO");
  /* Staff do not enter, so the consent rule itself has nothing to say. */
  assert_silent (nobody, "enter-without-consent");

  /* A consent that was withdrawn is no consent. */
  client = add_consent (plan, HP_CONSENT_PARTY_CLIENT, HP_CONSENT_SCOPE_ENTER_HOME, "");
  g_object_set (client, "withdrawn-on", "2026-11-19", NULL);
  withdrawn = run (plan);
  assert_finding (withdrawn, "rooms-without-entry", 0, HP_SEVERITY_WARNING, HP_SECTION_SUPPORT,
                  "support.rooms_to_enter", "RF 2 kap. 6 §; JO");

  /* Both consented, but the box is still not ticked: the plan disagrees
   * with itself, and the message says so rather than ask for consent.
   * (Messages are compared, not read: test_swedish, a case of the suite
   * itself, runs before the groups and leaves the process in Swedish.) */
  g_object_set (client, "withdrawn-on", "", NULL);
  add_consent (plan, HP_CONSENT_PARTY_OTHER_RESIDENT, HP_CONSENT_SCOPE_ENTER_HOME, "");
  consented = run (plan);
  g_assert_cmpstr (assert_finding (consented, "rooms-without-entry", 0, HP_SEVERITY_WARNING,
                                   HP_SECTION_SUPPORT, "support.rooms_to_enter",
                                   "Hämtplan")->message,
                   !=, find_rule (nobody, "rooms-without-entry", 0)->message);
  g_assert_cmpstr (find_rule (withdrawn, "rooms-without-entry", 0)->message, ==,
                   find_rule (nobody, "rooms-without-entry", 0)->message);
}

static void
test_rooms_without_entry_silent (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) blank = NULL;
  g_autoptr(GPtrArray) entering = NULL;
  g_autoptr(GPtrArray) inside = NULL;
  g_autoptr(GPtrArray) no_consent = NULL;

  /* Only white space left of what was there. */
  g_object_set (plan->support, "rooms-to-enter", " \n\t ", NULL);
  blank = run (plan);
  assert_silent (blank, "rooms-without-entry");

  /* Staff go in, with everyone's consent. */
  g_object_set (plan->support, "rooms-to-enter", ROOMS, "staff-enter-home", TRUE, NULL);
  add_consent (plan, HP_CONSENT_PARTY_CLIENT, HP_CONSENT_SCOPE_ENTER_HOME, "");
  add_consent (plan, HP_CONSENT_PARTY_OTHER_RESIDENT, HP_CONSENT_SCOPE_ENTER_HOME, "");
  entering = run (plan);
  assert_silent (entering, "rooms-without-entry");
  assert_silent (entering, "enter-without-consent");

  /* Waiting inside is entering too. */
  g_object_set (plan->support, "staff-enter-home", FALSE,
                "staff-position", HP_STAFF_POSITION_INSIDE, NULL);
  inside = run (plan);
  assert_silent (inside, "rooms-without-entry");

  /* Staff go in without consent: enter-without-consent says so, once for
   * each resident, and this rule does not say it a third time. */
  g_list_store_remove_all (plan->consents);
  no_consent = run (plan);
  assert_silent (no_consent, "rooms-without-entry");
  g_assert_cmpuint (count_rule (no_consent, "enter-without-consent"), ==, 2);
}

/* Another visit needed, none planned --------------------------------------- */

/* The first visit was carried out, the second aborted when the other
 * party came home; an old planned entry from before both was never
 * cleared, and a visit was postponed with no new date. */
static HpPlan *
visited_plan (void)
{
  HpPlan *plan = good_plan ();
  HpVisit *stale = nth_item (plan->visits, 0);

  g_object_set (stale, "date", "2026-11-05", NULL);
  g_object_set (add_visit (plan, "2026-11-12"), "status", HP_VISIT_STATUS_CARRIED_OUT,
                "outcome", "Hämtade kläder och Rana:s skolväska.", NULL);
  g_object_set (add_visit (plan, "2026-11-18"), "status", HP_VISIT_STATUS_ABORTED,
                "outcome", "Avbrutet: mannen kom hem efter tio minuter.", NULL);
  g_object_set (add_visit (plan, ""), "status", HP_VISIT_STATUS_POSTPONED, NULL);
  g_object_set (plan->follow_up, "outcome", HP_OUTCOME_PARTLY, "date", "2026-11-19",
                "items-returned", "Kläder, skolväska", NULL);
  return plan;
}

static void
test_another_visit_fires (void)
{
  g_autoptr(HpPlan) plan = visited_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  g_object_set (plan->follow_up, "another-visit-needed", TRUE, NULL);
  findings = run (plan);
  g_assert_cmpuint (count_rule (findings, "another-visit-not-planned"), ==, 1);
  assert_finding (findings, "another-visit-not-planned", 0, HP_SEVERITY_WARNING,
                  HP_SECTION_FOLLOW_UP, "follow_up.another_visit_needed", "Hämtplan");
}

static void
test_another_visit_silent (void)
{
  g_autoptr(HpPlan) plan = visited_plan ();
  g_autoptr(GPtrArray) not_needed = NULL;
  g_autoptr(GPtrArray) dated = NULL;
  g_autoptr(GPtrArray) undated = NULL;
  g_autoptr(GPtrArray) same_day = NULL;
  HpVisit *next;

  not_needed = run (plan);
  assert_silent (not_needed, "another-visit-not-planned");

  /* The next one planned, after the aborted visit. */
  g_object_set (plan->follow_up, "another-visit-needed", TRUE, NULL);
  next = add_visit (plan, "2026-11-27");
  dated = run (plan);
  assert_silent (dated, "another-visit-not-planned");

  /* Planned but not dated yet. */
  g_object_set (next, "date", "", NULL);
  undated = run (plan);
  assert_silent (undated, "another-visit-not-planned");

  /* Later the same day as the aborted one. */
  g_object_set (next, "date", "2026-11-18", "start-time", "15:30", NULL);
  same_day = run (plan);
  assert_silent (same_day, "another-visit-not-planned");
}

/* Must-items that did not come home, and nothing follows ------------------- */

static void
test_must_item_followed_up_fires (void)
{
  g_autoptr(HpPlan) plan = visited_plan ();
  g_autoptr(GPtrArray) one = NULL;
  g_autoptr(GPtrArray) two = NULL;
  HpItem *pass = nth_item (plan->items, 0);
  HpItem *insulin;

  g_object_set (pass, "name", "Ranas pass (i byrålådan)", "status", HP_ITEM_STATUS_NOT_FOUND,
                NULL);
  g_object_set (nth_item (plan->items, 1), "status", HP_ITEM_STATUS_LEFT_BEHIND, NULL);
  insulin = add_item (plan, "Insulinpennor (kylskåpet)", HP_PRIORITY_MUST);
  g_object_set (insulin, "status", HP_ITEM_STATUS_RETRIEVED, NULL);
  /* What came home is no plan for what did not; white space is no note. */
  g_object_set (plan->follow_up, "note", "  \n", NULL);
  one = run (plan);
  g_assert_cmpuint (count_rule (one, "must-item-not-followed-up"), ==, 1);
  g_assert_nonnull (strstr (assert_finding (one, "must-item-not-followed-up", 0,
                                            HP_SEVERITY_WARNING, HP_SECTION_ITEMS,
                                            "items[0].status", "Hämtplan")->message,
                            "Ranas pass (i byrålådan)"));

  /* Refused by the other party counts as well; two are counted. */
  g_object_set (insulin, "status", HP_ITEM_STATUS_REFUSED, NULL);
  two = run (plan);
  g_assert_cmpuint (count_rule (two, "must-item-not-followed-up"), ==, 1);
  g_assert_nonnull (strstr (assert_finding (two, "must-item-not-followed-up", 0,
                                            HP_SEVERITY_WARNING, HP_SECTION_ITEMS, "items",
                                            "Hämtplan")->message, "2"));
}

static void
test_must_item_followed_up_silent (void)
{
  g_autoptr(HpPlan) plan = visited_plan ();
  g_autoptr(GPtrArray) damaged = NULL;
  g_autoptr(GPtrArray) noted = NULL;
  g_autoptr(GPtrArray) visit = NULL;
  g_autoptr(GPtrArray) needed = NULL;
  HpItem *pass = nth_item (plan->items, 0);

  /* Came home damaged; only a "should" item not found. */
  g_object_set (pass, "status", HP_ITEM_STATUS_DAMAGED, NULL);
  g_object_set (nth_item (plan->items, 1), "status", HP_ITEM_STATUS_NOT_FOUND, NULL);
  damaged = run (plan);
  assert_silent (damaged, "must-item-not-followed-up");

  /* Not found, and the follow-up says what happens next. */
  g_object_set (pass, "status", HP_ITEM_STATUS_NOT_FOUND, NULL);
  g_object_set (plan->follow_up, "note", "Polisen hämtar passet; klienten får det på kontoret.",
                NULL);
  noted = run (plan);
  assert_silent (noted, "must-item-not-followed-up");

  /* A new visit planned. */
  g_object_set (plan->follow_up, "note", "", NULL);
  add_visit (plan, "2026-11-27");
  visit = run (plan);
  assert_silent (visit, "must-item-not-followed-up");

  /* "Another visit needed" with none planned: that rule speaks, not this. */
  g_list_store_remove (plan->visits, g_list_model_get_n_items (G_LIST_MODEL (plan->visits)) - 1);
  g_object_set (plan->follow_up, "another-visit-needed", TRUE, NULL);
  needed = run (plan);
  assert_silent (needed, "must-item-not-followed-up");
  assert_finding (needed, "another-visit-not-planned", 0, HP_SEVERITY_WARNING,
                  HP_SECTION_FOLLOW_UP, "follow_up.another_visit_needed", "Hämtplan");
}

/* A visit's time limit against the support's ------------------------------- */

static void
test_visit_time_limit_fires (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) findings = NULL;
  HpFinding *finding;

  /* The support was changed to 30 minutes after the visits were entered
   * (good_plan's visit has 45); a second visit, not dated yet, has 90. */
  g_object_set (plan->support, "time-on-site-minutes", 30, NULL);
  g_object_set (add_visit (plan, ""), "time-limit-minutes", 90, NULL);
  findings = run (plan);
  g_assert_cmpuint (count_rule (findings, "visit-time-limit-differs"), ==, 2);
  finding = assert_finding (findings, "visit-time-limit-differs", 0, HP_SEVERITY_WARNING,
                            HP_SECTION_VISITS, "visits[0].time_limit_minutes", "Hämtplan");
  g_assert_nonnull (strstr (finding->message, "45"));
  g_assert_nonnull (strstr (finding->message, "30"));
  g_assert_nonnull (strstr (finding->message, "25"));
  g_assert_nonnull (strstr (finding->message, "2026"));
  /* The undated one by its number in the list. */
  finding = assert_finding (findings, "visit-time-limit-differs", 1, HP_SEVERITY_WARNING,
                            HP_SECTION_VISITS, "visits[1].time_limit_minutes", "Hämtplan");
  g_assert_nonnull (strstr (finding->message, " 2 "));
  g_assert_nonnull (strstr (finding->message, "90"));
}

static void
test_visit_time_limit_silent (void)
{
  g_autoptr(HpPlan) plan = good_plan ();
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) same = NULL;

  /* No limit for the support: nothing to differ from. */
  none = run (plan);
  assert_silent (none, "visit-time-limit-differs");

  /* The same limit; a visit with none of its own; one carried out with
   * the limit it had then. */
  g_object_set (plan->support, "time-on-site-minutes", 45, NULL);
  g_object_set (add_visit (plan, "2026-11-26"), "time-limit-minutes", 0, NULL);
  g_object_set (add_visit (plan, "2026-11-12"), "time-limit-minutes", 60,
                "status", HP_VISIT_STATUS_CARRIED_OUT, NULL);
  same = run (plan);
  assert_silent (same, "visit-time-limit-differs");
}

/* Order and labels --------------------------------------------------------- */

static void
test_sorted (void)
{
  g_autoptr(HpPlan) plan = protected_plan ();
  g_autoptr(GPtrArray) findings = NULL;

  /* Something of every severity, in several sections. */
  g_object_set (hp_plan_find_contact (plan, "k2"), "address", WHEREABOUTS, NULL);
  g_object_set (plan->case_info, "second-staff-name", "", NULL);
  g_object_set (plan->support, "client-told-police-duty", FALSE,
                "staff-position", HP_STAFF_POSITION_INSIDE, NULL);
  g_list_store_remove (plan->risk->assessments, 0);
  add_visit (plan, "2026-11-02");
  findings = run (plan);

  g_assert_cmpuint (findings->len, >=, 8);
  g_assert_cmpint (((HpFinding *) g_ptr_array_index (findings, 0))->severity, ==,
                   HP_SEVERITY_ERROR);
  /* The case section comes first among the errors. */
  g_assert_cmpstr (((HpFinding *) g_ptr_array_index (findings, 0))->rule, ==,
                   "fewer-than-two-staff");
  g_assert_cmpint (((HpFinding *) g_ptr_array_index (findings, findings->len - 1))->severity, ==,
                   HP_SEVERITY_ADVICE);

  for (guint i = 1; i < findings->len; i++)
    {
      HpFinding *a = g_ptr_array_index (findings, i - 1);
      HpFinding *b = g_ptr_array_index (findings, i);

      g_assert_cmpint (a->severity, <=, b->severity);
      if (a->severity == b->severity)
        g_assert_cmpint (a->section, <=, b->section);
    }
}

static void
test_severity_labels (void)
{
  g_assert_cmpstr (hp_severity_get_label (HP_SEVERITY_ERROR), ==, "Error");
  g_assert_cmpstr (hp_severity_get_label (HP_SEVERITY_WARNING), ==, "Warning");
  g_assert_cmpstr (hp_severity_get_label (HP_SEVERITY_ADVICE), ==, "Advice");
}

/* Run last: it switches the process to Swedish. */
static void
test_swedish (void)
{
  const char *localedir = g_getenv ("HAMTPLAN_LOCALEDIR");
  g_autoptr(HpPlan) plan = hp_plan_new ();
  g_autoptr(GPtrArray) findings = NULL;
  HpFinding *finding;

  if (localedir == NULL)
    {
      g_test_skip ("HAMTPLAN_LOCALEDIR is not set");
      return;
    }

  g_setenv ("LANGUAGE", "sv", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_assert_cmpstr (hp_severity_get_label (HP_SEVERITY_ERROR), ==, "Fel");
  g_assert_cmpstr (hp_severity_get_label (HP_SEVERITY_WARNING), ==, "Varning");
  g_assert_cmpstr (hp_severity_get_label (HP_SEVERITY_ADVICE), ==, "Råd");

  findings = hp_checks_run (plan, TODAY);
  finding = find_rule (findings, "risk-assessment-missing", 0);
  g_assert_nonnull (finding);
  g_assert_nonnull (strstr (finding->message, "riskbedömning"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hp/checks/good-plan-is-clean", test_good_plan_is_clean);
  g_test_add_func ("/hp/checks/empty-plan", test_empty_plan);
  g_test_add_func ("/hp/checks/risk-assessment-missing/fires", test_risk_assessment_fires);
  g_test_add_func ("/hp/checks/risk-assessment-missing/silent", test_risk_assessment_silent);
  g_test_add_func ("/hp/checks/other-party-home-without-police/fires", test_other_party_home_fires);
  g_test_add_func ("/hp/checks/other-party-home-without-police/silent",
                   test_other_party_home_silent);
  g_test_add_func ("/hp/checks/enter-without-consent/fires", test_enter_without_consent_fires);
  g_test_add_func ("/hp/checks/enter-without-consent/silent", test_enter_without_consent_silent);
  g_test_add_func ("/hp/checks/staff-enter-home/fires", test_staff_enter_home_fires);
  g_test_add_func ("/hp/checks/staff-enter-home/silent", test_staff_enter_home_silent);
  g_test_add_func ("/hp/checks/landlord-consent/fires", test_landlord_consent_fires);
  g_test_add_func ("/hp/checks/landlord-consent/silent", test_landlord_consent_silent);
  g_test_add_func ("/hp/checks/share-without-consent/fires", test_share_without_consent_fires);
  g_test_add_func ("/hp/checks/share-without-consent/one-per-contact",
                   test_share_without_consent_one_per_contact);
  g_test_add_func ("/hp/checks/share-without-consent/silent", test_share_without_consent_silent);
  g_test_add_func ("/hp/checks/share-without-consent/parts", test_share_without_consent_parts);
  g_test_add_func ("/hp/checks/contact-parts/fire", test_contact_parts_fire);
  g_test_add_func ("/hp/checks/contact-parts/silent", test_contact_parts_silent);
  g_test_add_func ("/hp/checks/consent-recipient-missing/fires", test_consent_recipient_fires);
  g_test_add_func ("/hp/checks/consent-recipient-missing/silent", test_consent_recipient_silent);
  g_test_add_func ("/hp/checks/consent-expires-before-visit/fires", test_consent_expiry_fires);
  g_test_add_func ("/hp/checks/consent-expires-before-visit/silent", test_consent_expiry_silent);
  g_test_add_func ("/hp/checks/contact-other-party-without-consent/fires",
                   test_contact_other_party_fires);
  g_test_add_func ("/hp/checks/contact-other-party-without-consent/silent",
                   test_contact_other_party_silent);
  g_test_add_func ("/hp/checks/police-duty-not-told/fires", test_police_duty_fires);
  g_test_add_func ("/hp/checks/police-duty-not-told/silent", test_police_duty_silent);
  g_test_add_func ("/hp/checks/fewer-than-two-staff/fires", test_two_staff_fires);
  g_test_add_func ("/hp/checks/fewer-than-two-staff/silent", test_two_staff_silent);
  g_test_add_func ("/hp/checks/staff-risk-high-without-police/fires", test_staff_risk_high_fires);
  g_test_add_func ("/hp/checks/staff-risk-high-without-police/silent",
                   test_staff_risk_high_silent);
  g_test_add_func ("/hp/checks/staff-risk-not-assessed/fires", test_staff_risk_assessed_fires);
  g_test_add_func ("/hp/checks/staff-risk-not-assessed/silent", test_staff_risk_assessed_silent);
  g_test_add_func ("/hp/checks/restraining-order-handover/fires", test_restraining_order_fires);
  g_test_add_func ("/hp/checks/restraining-order-handover/silent", test_restraining_order_silent);
  g_test_add_func ("/hp/checks/no-must-item/fires", test_must_item_fires);
  g_test_add_func ("/hp/checks/no-must-item/silent", test_must_item_silent);
  g_test_add_func ("/hp/checks/visit-after-needed-by/fires", test_visit_after_needed_by_fires);
  g_test_add_func ("/hp/checks/visit-after-needed-by/silent", test_visit_after_needed_by_silent);
  g_test_add_func ("/hp/checks/visit-in-past/fires", test_visit_in_past_fires);
  g_test_add_func ("/hp/checks/visit-in-past/silent", test_visit_in_past_silent);
  g_test_add_func ("/hp/checks/visit-in-past/real-today", test_today_defaults_to_real_date);
  g_test_add_func ("/hp/checks/decision-missing/fires", test_decision_missing_fires);
  g_test_add_func ("/hp/checks/decision-missing/silent", test_decision_missing_silent);
  g_test_add_func ("/hp/checks/visit-despite-decision/fires", test_visit_despite_decision_fires);
  g_test_add_func ("/hp/checks/visit-despite-decision/silent",
                   test_visit_despite_decision_silent);
  g_test_add_func ("/hp/checks/protected-data-exposed/fires", test_protected_exposed_fires);
  g_test_add_func ("/hp/checks/protected-data-exposed/whole", test_protected_exposed_whole);
  g_test_add_func ("/hp/checks/protected-data-exposed/silent", test_protected_exposed_silent);
  g_test_add_func ("/hp/checks/handover-sheet-rewrites/fires", test_sheet_rewrites_fires);
  g_test_add_func ("/hp/checks/handover-sheet-rewrites/silent", test_sheet_rewrites_silent);
  g_test_add_func ("/hp/checks/handover-sheet-rewrites/kept-answers",
                   test_sheet_rewrites_kept_answers);
  g_test_add_func ("/hp/checks/handover-sheet-rewrites/protected", test_sheet_rewrites_protected);
  g_test_add_func ("/hp/checks/protected-data-handover/fires", test_protected_advice_fires);
  g_test_add_func ("/hp/checks/protected-data-handover/silent", test_protected_advice_silent);
  g_test_add_func ("/hp/checks/tracker-check/fires", test_trackers_fires);
  g_test_add_func ("/hp/checks/tracker-check/silent", test_trackers_silent);
  g_test_add_func ("/hp/checks/rooms-without-entry/fires", test_rooms_without_entry_fires);
  g_test_add_func ("/hp/checks/rooms-without-entry/silent", test_rooms_without_entry_silent);
  g_test_add_func ("/hp/checks/another-visit-not-planned/fires", test_another_visit_fires);
  g_test_add_func ("/hp/checks/another-visit-not-planned/silent", test_another_visit_silent);
  g_test_add_func ("/hp/checks/must-item-not-followed-up/fires",
                   test_must_item_followed_up_fires);
  g_test_add_func ("/hp/checks/must-item-not-followed-up/silent",
                   test_must_item_followed_up_silent);
  g_test_add_func ("/hp/checks/visit-time-limit-differs/fires", test_visit_time_limit_fires);
  g_test_add_func ("/hp/checks/visit-time-limit-differs/silent", test_visit_time_limit_silent);
  g_test_add_func ("/hp/checks/sorted", test_sorted);
  g_test_add_func ("/hp/checks/severity-labels", test_severity_labels);
  g_test_add_func ("/hp/checks/swedish", test_swedish);

  return g_test_run ();
}
