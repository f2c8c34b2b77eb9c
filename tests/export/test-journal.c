/* test-journal.c: the journal text holds the key facts of the plan, in
 * Swedish under a Swedish locale, and no personal data the record does not need */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "hp-journal.h"
#include "hp-model.h"

static void
add_item (HpPlan       *plan,
          const char   *name,
          HpPriority    priority,
          HpItemStatus  status,
          const char   *owner)
{
  g_autoptr(HpItem) item = hp_item_new ();

  g_object_set (item, "name", name, "priority", priority, "status", status, "owner", owner,
                "location", "Garderoben i sovrummet", NULL);
  g_list_store_append (plan->items, item);
}

static HpPlan *
make_plan (void)
{
  HpPlan *plan = hp_plan_new ();
  g_autoptr(HpChild) child = hp_child_new ();
  g_autoptr(HpAssessment) assessment = hp_assessment_new ();
  g_autoptr(HpAssessment) staff = hp_assessment_new ();
  g_autoptr(HpContact) police = hp_contact_new ();
  g_autoptr(HpContact) guard = hp_contact_new ();
  g_autoptr(HpVisit) visit = hp_visit_new ();
  g_autoptr(HpMeasure) measure = hp_measure_new ();
  g_autoptr(HpMeasure) measure2 = hp_measure_new ();
  g_autoptr(HpConsent) consent = hp_consent_new ();
  g_autoptr(HpConsent) consent2 = hp_consent_new ();
  g_autoptr(HpItem) toy = hp_item_new ();

  g_object_set (plan->case_info, "reference", "IFO 2026-1234", "client-name", "Anna Andersson",
                "client-id-number", "19800101-0008", "client-phone", "073-999 88 77",
                "safe-contact", "Ring via kvinnojouren",
                "client-whereabouts", "Skyddat boende Norr",
                "home-address", "Hemvägen 5, 123 45 Staden", "caseworker-name", "Karin Berg",
                "caseworker-unit", "Vuxenenheten", "caseworker-phone", "010-111 22 33",
                "second-staff-name", "Per Lind", "needed-by", "2026-12-01",
                "protection", HP_PROTECTION_PROTECTED_REGISTRATION, "interpreter-needed", TRUE,
                "interpreter-language", "arabiska", NULL);
  g_object_set (child, "id", "b1", "name", "Lisa", "id-number", "20150505-0005", NULL);
  g_list_store_append (plan->case_info->children, child);

  g_object_set (assessment, "subject", HP_RISK_SUBJECT_CLIENT, "instrument", HP_INSTRUMENT_SARA,
                "date", "2026-11-10", "assessed-by", "Karin Berg", "level", HP_RISK_LEVEL_HIGH,
                "summary", "Hot vid tidigare separation.", NULL);
  g_list_store_append (plan->risk->assessments, assessment);
  g_object_set (staff, "subject", HP_RISK_SUBJECT_STAFF, "instrument", HP_INSTRUMENT_OTHER,
                "instrument-other", "Lokal checklista", "level", HP_RISK_LEVEL_MODERATE, NULL);
  g_list_store_append (plan->risk->assessments, staff);
  g_object_set (plan->risk, "other-party-name", "Bo Bengtsson",
                "other-party-expected-home", HP_ANSWER_NO, "weapons", HP_ANSWER_YES,
                "weapons-note", "Jaktgevär i källaren", "restraining-order",
                HP_RESTRAINING_ORDER_IN_FORCE, "restraining-order-until", "2027-03-01",
                "decision", HP_DECISION_GO, "decision-reason", "Polis medverkar.",
                "decision-date", "2026-11-15", "decided-by", "Sektionschef Ola Ek", NULL);

  g_object_set (plan->support, "way", HP_SUPPORT_WAY_POLICE, "alternatives",
                "Vaktbolag övervägdes.", "staff-position", HP_STAFF_POSITION_STAIRWELL,
                "time-on-site-minutes", 30, "client-told-police-duty", TRUE, NULL);

  g_object_set (police, "id", "c1", "kind", HP_CONTACT_KIND_POLICE, "organisation",
                "Polisen Region Syd", "contact-person", "Insp. Nilsson", "phone", "114 14",
                "request-date", "2026-11-12", "granted", HP_ANSWER_YES,
                "address", "Polisgatan 1", NULL);
  g_list_store_append (plan->contacts, police);
  g_object_set (guard, "id", "c2", "kind", HP_CONTACT_KIND_SECURITY_COMPANY, "organisation",
                "Trygg Bevakning AB", "name", "Johan Vakt", "phone", "070-555 66 77",
                "role", "Står vid entrén.", NULL);
  g_list_store_append (plan->contacts, guard);

  add_item (plan, "Pass", HP_PRIORITY_MUST, HP_ITEM_STATUS_RETRIEVED, "");
  add_item (plan, "Medicin", HP_PRIORITY_MUST, HP_ITEM_STATUS_RETRIEVED, "");
  add_item (plan, "Vinterjacka", HP_PRIORITY_SHOULD, HP_ITEM_STATUS_NOT_FOUND, "b1");
  add_item (plan, "Fotoalbum", HP_PRIORITY_IF_POSSIBLE, HP_ITEM_STATUS_LEFT_BEHIND, "");
  g_object_set (toy, "name", "Nalle", "owner", "b1", "from-other-party", TRUE,
                "status", HP_ITEM_STATUS_RETRIEVED, "tracker-checked", FALSE, NULL);
  g_list_store_append (plan->items, toy);

  g_object_set (visit, "date", "2026-11-27", "start-time", "10:00", "end-time", "10:45",
                "place", "Hemvägen 5", "participants", "Karin Berg, Per Lind, polis",
                "status", HP_VISIT_STATUS_CARRIED_OUT, "check-in-time", "09:55",
                "outcome", "Lugnt förlopp.", NULL);
  g_list_store_append (plan->visits, visit);

  g_object_set (measure, "title", "Två personal", "responsible", "Karin Berg", "done", TRUE, NULL);
  g_list_store_append (plan->measures, measure);
  g_object_set (measure2, "title", "Kodord med kontoret", "done", FALSE, NULL);
  g_list_store_append (plan->measures, measure2);

  g_object_set (consent, "party", HP_CONSENT_PARTY_CLIENT, "party-name", "Anna Andersson",
                "scope", HP_CONSENT_SCOPE_SHARE_INFORMATION, "recipient", "c2",
                "given", HP_ANSWER_YES, "form", HP_CONSENT_FORM_WRITTEN, "date", "2026-11-20",
                "limits", "Bara tid och plats.", "valid-until", "2026-12-31", NULL);
  g_list_store_append (plan->consents, consent);
  g_object_set (consent2, "party", HP_CONSENT_PARTY_LANDLORD, "party-name", "Bostads AB",
                "scope", HP_CONSENT_SCOPE_ENTER_HOME, "rooms", "Hall", "given", HP_ANSWER_NO,
                "withdrawn-on", "2026-11-22", NULL);
  g_list_store_append (plan->consents, consent2);

  g_object_set (plan->follow_up, "outcome", HP_OUTCOME_PARTLY, "date", "2026-11-28",
                "items-returned", "Pass och medicin.", "incidents", "Inga.",
                "another-visit-needed", TRUE, NULL);
  return plan;
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("“%s” is not in the journal text:\n%s", needle, text);
}

static void
assert_lacks (const char *text,
              const char *needle)
{
  if (strstr (text, needle) != NULL)
    g_error ("“%s” should not be in the journal text:\n%s", needle, text);
}

static void
test_key_facts (void)
{
  g_autoptr(HpPlan) plan = make_plan ();
  g_autofree char *text = hp_journal_text (plan);

  assert_contains (text, "Case reference: IFO 2026-1234\n");
  /* What was planned. */
  assert_contains (text, "needed by 2026-12-01");
  assert_contains (text, "protected personal data: Protected population registration");
  assert_contains (text, "An interpreter is needed (arabiska).");
  assert_contains (text, "1 child is concerned.");
  assert_contains (text, "5 belongings were listed, 3 of them a must.");
  /* The way of support. */
  assert_contains (text, "\nThe police go along or are at hand.\n");
  assert_contains (text, "Where staff wait: In the stairwell");
  assert_contains (text, "Time limit on site: 30 minutes.");
  assert_contains (text, "The client was told that the police must report crimes");
  /* Risk and decision. */
  assert_contains (text, "Risk to the client: High (SARA, 2026-11-10, by Karin Berg)");
  assert_contains (text, "\n  Hot vid tidigare separation.\n");
  assert_contains (text, "Risk to staff: Moderate (Lokal checklista)");
  assert_contains (text, "Access to weapons: Yes, Jaktgevär i källaren");
  assert_contains (text, "Restraining order: In force, until 2027-03-01.");
  assert_contains (text, "Decision: Go ahead (2026-11-15, by Sektionschef Ola Ek)");
  assert_contains (text, "Reason: Polis medverkar.");
  /* Who took part. */
  assert_contains (text, "Caseworker: Karin Berg, Vuxenenheten");
  assert_contains (text, "Second staff member: Per Lind");
  assert_contains (text, "- Police: Polisen Region Syd, contact person Insp. Nilsson");
  assert_contains (text, "granted: Yes.");
  assert_contains (text, "- Security company: Trygg Bevakning AB, Johan Vakt");
  /* Each contact's part in the visit: by kind and way where none is
   * chosen, so a plan from before parts still says who went to the home. */
  assert_contains (text, "- Security company: Trygg Bevakning AB, Johan Vakt\n"
                         "  Part in the visit: Goes to the home\n");
  {
    g_autofree char *again = NULL;

    g_object_set (hp_plan_find_contact (plan, "c2"), "part", HP_CONTACT_PART_INFORMED_ONLY, NULL);
    again = hp_journal_text (plan);
    assert_contains (again, "- Security company: Trygg Bevakning AB, Johan Vakt\n"
                            "  Part in the visit: Informed only\n");
  }
  /* The visit. */
  assert_contains (text, "1. 2026-11-27 10:00–10:45: Carried out");
  assert_contains (text, "Taking part: Karin Berg, Per Lind, polis");
  assert_contains (text, "Checked in with the office at 09:55.");
  assert_contains (text, "What happened: Lugnt förlopp.");
  /* What came home, by status; the child's things named as hers. */
  assert_contains (text, "Fetched (3): Pass, Medicin, Nalle (for Lisa)\n");
  assert_contains (text, "Not found (1): Vinterjacka (for Lisa)\n");
  assert_contains (text, "Left behind (1): Fotoalbum\n");
  assert_contains (text, "not yet checked for tracking devices: Nalle (for Lisa).");
  /* Measures, consents, follow-up. */
  assert_contains (text, "1 of 2 measures done.");
  assert_contains (text, "- Kodord med kontoret: not done");
  assert_contains (text,
                   "rests on the social services' task in the public interest, not on consent");
  assert_contains (text, "- The client: Share information with a recipient: Security company, "
                         "Trygg Bevakning AB, Johan Vakt. Consent given, in writing, "
                         "2026-11-20.");
  assert_contains (text, "Limits: Bara tid och plats.");
  assert_contains (text, "Valid until 2026-12-31.");
  assert_contains (text, "- The landlord or owner (Bostads AB): Staff enter the home (rooms: Hall)."
                         " Consent refused, orally.");
  assert_contains (text, "Withdrawn on 2026-11-22.");
  assert_contains (text, "Carried out: Partly carried out (followed up on 2026-11-28)");
  assert_contains (text, "What came home: Pass och medicin.");
  assert_contains (text, "Another visit is needed.");

  /* The sections in order. */
  {
    const char *order[] = { "\nPlanning\n", "\nWay of support\n",
                            "\nRisk assessment and decision\n",
                            "\nTaking part\n", "\nVisits\n", "\nBelongings\n",
                            "\nSafety measures\n", "\nConsents\n", "\nFollow-up\n" };
    const char *last = text;

    for (guint i = 0; i < G_N_ELEMENTS (order); i++)
      {
        const char *at = strstr (text, order[i]);

        g_assert_nonnull (at);
        g_assert_true (at > last);
        last = at;
      }
  }
}

/* The case record holds the client's details already; the summary does not
 * repeat them, nor any other contact details. */
static void
test_no_needless_personal_data (void)
{
  g_autoptr(HpPlan) plan = make_plan ();
  g_autofree char *text = hp_journal_text (plan);
  const char *absent[] = {
    "Anna Andersson", "19800101-0008", "073-999 88 77", "kvinnojouren", "Skyddat boende",
    "Hemvägen", "010-111 22 33", "20150505-0005", "Bo Bengtsson", "114 14", "Polisgatan",
    "070-555 66 77", "Garderoben",
  };

  for (guint i = 0; i < G_N_ELEMENTS (absent); i++)
    assert_lacks (text, absent[i]);
}

static void
test_empty_plan (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  g_autofree char *text = hp_journal_text (plan);

  assert_contains (text, "No belongings were listed.");
  assert_contains (text, "No risk assessment is recorded.");
  assert_contains (text, "No visit is recorded.");
  assert_contains (text, "No consent is recorded.");
  assert_contains (text, "Decision: Not decided\n");
  assert_lacks (text, "Case reference");
  assert_lacks (text, "Safety measures");
}

/* Text from a file cannot put escape sequences on the terminal. */
static void
test_control_characters (void)
{
  g_autoptr(HpPlan) plan = make_plan ();
  g_autoptr(HpItem) item = g_list_model_get_item (G_LIST_MODEL (plan->items), 0);
  g_autofree char *text = NULL;

  g_object_set (plan->case_info, "reference", "IFO\x1b]0;x\x07 1\r\n2", NULL);
  g_object_set (item, "name", "Pass\x1b[2J\xc2\x9b" "31m\xff" "🔑 جواز", NULL);
  text = hp_journal_text (plan);

  g_assert_true (g_utf8_validate (text, -1, NULL));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_assert_true (c >= 0x20 || c == '\n' || c == '\t');
      g_assert_false (c >= 0x7f && c < 0xa0);
    }
  /* The continuation line of the reference stays indented under its label. */
  assert_contains (text, "Case reference: IFO]0;x 1\n  2\n");
  assert_contains (text, "Fetched (3): Pass[2J31m\xef\xbf\xbd🔑 جواز, Medicin");
}

static void
swedish_child (void)
{
  g_autoptr(HpPlan) plan = make_plan ();
  g_autofree char *text = NULL;

  g_setenv ("LANGUAGE", "sv", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("HAMTPLAN_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  text = hp_journal_text (plan);
  if (g_getenv ("SHOW") != NULL)
    g_printerr ("%s", text);
  assert_contains (text, "Hämtning av personliga tillhörigheter: sammanfattning för journalen");
  assert_contains (text, "Ärendenummer: IFO 2026-1234");
  assert_contains (text, "\nPlanering\n");
  assert_contains (text, "\nStödform\n");
  assert_contains (text, "\nRiskbedömning och beslut\n");
  assert_contains (text, "\nMedverkande\n");
  assert_contains (text, "\nBesök\n");
  assert_contains (text, "\nTillhörigheter\n");
  assert_contains (text, "\nSäkerhetsåtgärder\n");
  assert_contains (text, "\nSamtycken\n");
  assert_contains (text, "\nUppföljning\n");
  assert_contains (text, "Tillhörigheterna behövdes senast 2026-12-01.");
  assert_contains (text, "1 barn berörs.");
  assert_contains (text, "5 tillhörigheter fanns med på listan, varav 3 måste hämtas.");
  assert_contains (text, "Handläggare: Karin Berg, Vuxenenheten");
  assert_contains (text, "Tidsgräns på plats: 30 minuter.");
  assert_contains (text, "Klienten har fått veta att polisen är skyldig att anmäla brott");
  assert_contains (text, "Dokumentationen i ärendet vilar på socialtjänstens uppgift av allmänt "
                         "intresse, inte på samtycke.");
  assert_contains (text, "Samtycke lämnat, skriftligt");
  assert_contains (text, "Samtycke nekat, muntligt");
  assert_contains (text, "Ett nytt besök behövs.");
  assert_contains (text, "Del i besöket: Går till bostaden");
  assert_contains (text, "Nalle (för Lisa)");
  assert_lacks (text, "Case reference");
  assert_lacks (text, "Planning");
}

static void
test_swedish (void)
{
  if (g_test_subprocess ())
    {
      swedish_child ();
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hp/export/journal/key-facts", test_key_facts);
  g_test_add_func ("/hp/export/journal/no-needless-personal-data", test_no_needless_personal_data);
  g_test_add_func ("/hp/export/journal/empty-plan", test_empty_plan);
  g_test_add_func ("/hp/export/journal/control-characters", test_control_characters);
  g_test_add_func ("/hp/export/journal/swedish", test_swedish);

  return g_test_run ();
}
