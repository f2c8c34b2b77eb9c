/* test-examples.c: the example plans in tests/data load, hold what they
 * describe, and give the findings a caseworker would expect of them
 *
 * The checks run with a fixed today, a few days before the planned visits,
 * so that the expected findings do not change with the calendar.
 */

#include "config.h"

#include <string.h>

#include "hp-checks.h"
#include "hp-model.h"
#include "hp-plan-file.h"

#define TODAY "2026-11-30"

static HpPlan *
load_example (const char *name)
{
  const char *dir = g_getenv ("HAMTPLAN_TEST_DATA");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  HpPlan *plan;

  g_assert_nonnull (dir);
  path = g_build_filename (dir, name, NULL);
  plan = hp_plan_file_load (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

/* (transfer none) */
static gpointer
nth_item (GListStore *store,
          guint       index)
{
  g_autoptr(GObject) object = g_list_model_get_item (G_LIST_MODEL (store), index);

  g_assert_nonnull (object);
  return object;
}

static guint
n_items (GListStore *store)
{
  return g_list_model_get_n_items (G_LIST_MODEL (store));
}

static guint
count_severity (GPtrArray  *findings,
                HpSeverity  severity)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    if (((HpFinding *) g_ptr_array_index (findings, i))->severity == severity)
      n++;
  return n;
}

static void
list_findings (GPtrArray *findings)
{
  for (guint i = 0; i < findings->len; i++)
    {
      HpFinding *finding = g_ptr_array_index (findings, i);

      g_test_message ("%s %s %s", hp_severity_get_label (finding->severity), finding->rule,
                      finding->field);
    }
}

/* Staff go with the client and wait in the stairwell; police at hand. */
static void
test_stairwell (void)
{
  g_autoptr(HpPlan) plan = load_example ("foljeslagning-trapphus.hamtplan");
  g_autoptr(GPtrArray) findings = NULL;
  HpContact *police;
  HpItem *passport;
  HpVisit *visit;
  HpConsent *consent;

  g_assert_cmpstr (plan->case_info->reference, ==, "IFO 2026-0417");
  g_assert_cmpstr (plan->case_info->client_id_number, ==, "19121212-1212");
  g_assert_cmpstr (plan->case_info->second_staff_name, ==, "Jonas Berg");
  g_assert_cmpint (plan->case_info->protection, ==, HP_PROTECTION_NONE);
  g_assert_cmpint (plan->support->way, ==, HP_SUPPORT_WAY_ACCOMPANY);
  g_assert_cmpint (plan->support->staff_position, ==, HP_STAFF_POSITION_STAIRWELL);
  g_assert_false (plan->support->staff_enter_home);
  g_assert_true (plan->support->client_told_police_duty);
  g_assert_cmpint (plan->support->time_on_site_minutes, ==, 45);

  police = hp_plan_find_contact (plan, "k1");
  g_assert_nonnull (police);
  g_assert_cmpint (police->kind, ==, HP_CONTACT_KIND_POLICE);
  g_assert_cmpint (police->granted, ==, HP_ANSWER_YES);
  g_assert_true (hp_plan_police_involved (plan));

  g_assert_cmpuint (n_items (plan->items), >=, 10);
  g_assert_cmpuint (n_items (plan->items), <=, 20);
  passport = nth_item (plan->items, 0);
  g_assert_cmpstr (passport->name, ==, "Pass");
  g_assert_cmpint (passport->category, ==, HP_ITEM_CATEGORY_IDENTITY);
  g_assert_cmpint (passport->priority, ==, HP_PRIORITY_MUST);
  g_assert_cmpuint (n_items (plan->measures), >=, 5);

  g_assert_cmpuint (n_items (plan->visits), ==, 1);
  visit = nth_item (plan->visits, 0);
  g_assert_cmpstr (visit->date, ==, "2026-12-03");
  g_assert_cmpstr (visit->start_time, ==, "10:00");
  g_assert_cmpint (visit->status, ==, HP_VISIT_STATUS_PLANNED);

  consent = nth_item (plan->consents, 1);
  g_assert_cmpint (consent->scope, ==, HP_CONSENT_SCOPE_SHARE_INFORMATION);
  g_assert_cmpstr (consent->recipient, ==, "k1");

  /* A plan done by the book, but for the shelter's task, which names the
   * client by her given name ("Stödsamtal med Sara"): the shelter's sheet
   * prints it as "med klienten", and the caseworker is told.  The police
   * officer, another Sara, is not the client. */
  findings = hp_checks_run (plan, TODAY);
  list_findings (findings);
  g_assert_cmpuint (count_severity (findings, HP_SEVERITY_ERROR), ==, 0);
  g_assert_cmpuint (findings->len, ==, 1);
  {
    HpFinding *finding = g_ptr_array_index (findings, 0);

    g_assert_cmpstr (finding->rule, ==, "handover-sheet-rewrites");
    g_assert_cmpint (finding->severity, ==, HP_SEVERITY_WARNING);
    g_assert_cmpstr (finding->field, ==, "contacts[1].role");
    g_assert_nonnull (strstr (finding->message, "Kvinnojouren Linnea"));
    g_assert_null (strstr (finding->message, "Sara"));
  }
}

/* A security company goes along; the client has protected personal data. */
static void
test_security_company (void)
{
  g_autoptr(HpPlan) plan = load_example ("vaktbolag-skyddade-uppgifter.hamtplan");
  g_autoptr(GPtrArray) findings = NULL;
  HpContact *guards;
  HpFinding *finding;
  gboolean consent_for_guards = FALSE;

  g_assert_cmpint (plan->case_info->protection, ==, HP_PROTECTION_PROTECTED_REGISTRATION);
  g_assert_true (plan->case_info->interpreter_needed);
  g_assert_cmpstr (plan->case_info->interpreter_language, ==, "arabiska");
  g_assert_cmpint (plan->support->way, ==, HP_SUPPORT_WAY_SECURITY_COMPANY);
  g_assert_cmpint (plan->risk->restraining_order, ==, HP_RESTRAINING_ORDER_IN_FORCE);
  g_assert_cmpstr (plan->risk->restraining_order_until, ==, "2027-05-20");

  guards = hp_plan_find_contact (plan, "k1");
  g_assert_nonnull (guards);
  g_assert_cmpint (guards->kind, ==, HP_CONTACT_KIND_SECURITY_COMPANY);
  g_assert_cmpstr (guards->organisation, ==, "Norrbevakning AB");
  g_assert_false (hp_plan_police_involved (plan));

  for (guint i = 0; i < n_items (plan->consents); i++)
    {
      HpConsent *consent = nth_item (plan->consents, i);

      if (consent->party == HP_CONSENT_PARTY_CLIENT &&
          consent->scope == HP_CONSENT_SCOPE_SHARE_INFORMATION &&
          g_str_equal (consent->recipient, "k1") && consent->given == HP_ANSWER_YES)
        consent_for_guards = TRUE;
    }
  g_assert_true (consent_for_guards);

  /* Consents for the guards and the sister are in place, nothing leaks:
   * only the reminder about what outside parties may see. */
  findings = hp_checks_run (plan, TODAY);
  list_findings (findings);
  g_assert_cmpuint (count_severity (findings, HP_SEVERITY_ERROR), ==, 0);
  g_assert_cmpuint (findings->len, ==, 1);
  finding = g_ptr_array_index (findings, 0);
  g_assert_cmpstr (finding->rule, ==, "protected-data-handover");
  g_assert_cmpint (finding->severity, ==, HP_SEVERITY_ADVICE);
  g_assert_cmpstr (finding->field, ==, "case.protection");
}

/* The same plan after a careless edit: the shelter's street on the guards'
 * contact card is an error, and the advice stays. */
static void
test_security_company_leak (void)
{
  g_autoptr(HpPlan) plan = load_example ("vaktbolag-skyddade-uppgifter.hamtplan");
  g_autoptr(GPtrArray) findings = NULL;
  HpFinding *finding;

  g_object_set (plan->case_info, "client-whereabouts", "Skyddat boende, Ekvägen 3, 999 45 Norrvik",
                NULL);
  g_object_set (hp_plan_find_contact (plan, "k1"), "note",
                "Hämta henne vid Ekvägen 3 klockan 09.00", NULL);
  findings = hp_checks_run (plan, TODAY);
  list_findings (findings);

  finding = g_ptr_array_index (findings, 0);
  g_assert_cmpstr (finding->rule, ==, "protected-data-exposed");
  g_assert_cmpint (finding->severity, ==, HP_SEVERITY_ERROR);
  g_assert_cmpstr (finding->field, ==, "contacts[0].note");
  g_assert_nonnull (strstr (finding->message, "Norrbevakning AB"));
  g_assert_null (strstr (finding->message, "Ekvägen"));
  g_assert_cmpuint (findings->len, ==, 2);
}

/* The other party hands over at a neutral site: two visits, children's
 * things. */
static void
test_neutral_site (void)
{
  g_autoptr(HpPlan) plan = load_example ("neutral-plats-tva-besok.hamtplan");
  g_autoptr(GPtrArray) findings = NULL;
  HpVisit *first;
  HpVisit *second;
  HpFinding *finding;
  guint children_items = 0;

  g_assert_cmpint (plan->support->way, ==, HP_SUPPORT_WAY_NEUTRAL_SITE);
  g_assert_cmpint (plan->support->other_party_takes_part, ==, HP_ANSWER_YES);
  g_assert_cmpstr (plan->case_info->client_id_number, ==, "19121272-1219");
  g_assert_cmpuint (n_items (plan->case_info->children), ==, 2);
  g_assert_nonnull (hp_plan_find_child (plan, "b1"));
  g_assert_cmpstr (hp_plan_find_child (plan, "b2")->name, ==, "Noah");
  g_assert_cmpint (hp_plan_find_contact (plan, "k1")->kind, ==, HP_CONTACT_KIND_HANDOVER_SITE);

  for (guint i = 0; i < n_items (plan->items); i++)
    {
      HpItem *item = nth_item (plan->items, i);

      g_assert_true (item->from_other_party);
      if (item->owner[0] != '\0')
        {
          g_assert_nonnull (hp_plan_find_child (plan, item->owner));
          children_items++;
        }
    }
  g_assert_cmpuint (children_items, >=, 4);

  g_assert_cmpuint (n_items (plan->visits), ==, 2);
  first = nth_item (plan->visits, 0);
  second = nth_item (plan->visits, 1);
  g_assert_cmpint (first->status, ==, HP_VISIT_STATUS_CARRIED_OUT);
  g_assert_cmpstr (second->date, ==, "2026-12-04");
  g_assert_cmpint (second->status, ==, HP_VISIT_STATUS_PLANNED);
  g_assert_cmpint (plan->follow_up->outcome, ==, HP_OUTCOME_PARTLY);
  g_assert_true (plan->follow_up->another_visit_needed);

  /* What came at the first handover was checked for trackers; the five
   * things still to come are a reminder.  The consent to contact the other
   * party is there.  "Emmas kläder" reads "Klientens kläder" on the
   * site's sheet, and the caseworker is told so; so do the things named by
   * the children's names, which the plan does not allow on sheets ("Alvas
   * skolväska" reads "Barn 1:s skolväska"), and never by the name. */
  findings = hp_checks_run (plan, TODAY);
  list_findings (findings);
  g_assert_cmpuint (count_severity (findings, HP_SEVERITY_ERROR), ==, 0);
  g_assert_cmpuint (findings->len, ==, 6);
  {
    const char *fields[] = { "items[5].name", "items[5].location", "items[6].name",
                             "items[8].name", "items[10].name" };

    for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
      {
        finding = g_ptr_array_index (findings, i);
        g_assert_cmpstr (finding->rule, ==, "handover-sheet-rewrites");
        g_assert_cmpstr (finding->field, ==, fields[i]);
        g_assert_null (strstr (finding->message, "Emma"));
        g_assert_null (strstr (finding->message, "Alva"));
        g_assert_null (strstr (finding->message, "Noah"));
      }
  }
  finding = g_ptr_array_index (findings, 5);
  g_assert_cmpstr (finding->rule, ==, "tracker-check");
  g_assert_cmpint (finding->severity, ==, HP_SEVERITY_ADVICE);
  g_assert_cmpstr (finding->field, ==, "items");
  g_assert_nonnull (strstr (finding->message, "5"));
}

/* The examples stay what a saved plan looks like: loading, saving and
 * loading again gives the same plan. */
static void
test_examples_round_trip (void)
{
  const char *names[] = { "foljeslagning-trapphus.hamtplan", "vaktbolag-skyddade-uppgifter.hamtplan",
                          "neutral-plats-tva-besok.hamtplan" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(HpPlan) plan = load_example (names[i]);
      g_autoptr(GBytes) bytes = hp_plan_file_to_bytes (plan);
      g_autoptr(GError) error = NULL;
      g_autoptr(HpPlan) again = hp_plan_file_load_bytes (bytes, &error);
      g_autofree char *difference = NULL;

      g_assert_no_error (error);
      difference = hp_record_describe_difference (HP_RECORD (plan), HP_RECORD (again));
      g_assert_cmpstr (difference, ==, NULL);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hp/examples/stairwell", test_stairwell);
  g_test_add_func ("/hp/examples/security-company", test_security_company);
  g_test_add_func ("/hp/examples/security-company-leak", test_security_company_leak);
  g_test_add_func ("/hp/examples/neutral-site", test_neutral_site);
  g_test_add_func ("/hp/examples/round-trip", test_examples_round_trip);

  return g_test_run ();
}
