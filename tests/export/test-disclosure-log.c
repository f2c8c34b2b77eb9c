/* test-disclosure-log.c: the disclosure log in the full plan and the
 * journal, and what an entry records
 *
 * The sample plan's sheets go to a security company, a relative and a
 * handover site; afterwards the client withdraws the consent to the
 * security company and the one to the relative runs out.  The full plan,
 * read back with poppler, and the journal text must both tell the
 * caseworker to tell those two recipients, and only them.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "hp-disclosures.h"
#include "hp-documents.h"
#include "hp-export.h"
#include "hp-journal.h"
#include "pdf-test-util.h"

#define WITHDRAWN_SV "Samtycket har återkallats sedan dess – meddela mottagaren"
#define EXPIRED_SV   "Samtycket har gått ut sedan dess – meddela mottagaren"
#define IN_FORCE_SV  "Gäller fortfarande"

static char *
day_offset (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

static HpConsent *
consent_to (HpPlan     *plan,
            const char *contact)
{
  GListModel *consents = G_LIST_MODEL (plan->consents);

  for (guint i = 0; i < g_list_model_get_n_items (consents); i++)
    {
      g_autoptr(HpConsent) consent = g_list_model_get_item (consents, i);

      if (g_strcmp0 (consent->recipient, contact) == 0)
        return consent;
    }
  g_assert_not_reached ();
}

static void
log_handover (HpPlan     *plan,
              const char *contact,
              const char *when)
{
  HpContact *recipient = pdf_test_plan_get_contact (plan, contact);
  g_autoptr(GError) error = NULL;
  g_autoptr(HpDocument) document = hp_document_new_handover (plan, recipient, &error);
  g_autoptr(HpDisclosure) entry = NULL;

  g_assert_no_error (error);
  entry = hp_disclosure_new_for_document (plan, HP_DISCLOSURE_DOCUMENT_HANDOVER,
                                          HP_DISCLOSURE_FORM_PDF, recipient,
                                          hp_document_get_carried_fields (document), when);
  g_assert_nonnull (entry);
  g_list_store_append (plan->disclosures, entry);
}

/* Three sheets and the consent record went out today; then one consent
 * was withdrawn and one ran out. */
static HpPlan *
plan_with_log (void)
{
  HpPlan *plan = pdf_test_plan_new_sample (HP_PROTECTION_NONE);
  g_autofree char *today = day_offset (0);
  g_autofree char *yesterday = day_offset (-1);
  g_autofree char *when = g_strconcat (today, "T09:05", NULL);
  g_autoptr(HpDocument) record = hp_document_new_consent_record (plan);
  g_autoptr(HpDisclosure) entry = NULL;

  log_handover (plan, "k2", when);
  log_handover (plan, "k3", when);
  log_handover (plan, "k4", when);
  entry = hp_disclosure_new_for_document (plan, HP_DISCLOSURE_DOCUMENT_CONSENT_RECORD,
                                          HP_DISCLOSURE_FORM_PRINT, NULL,
                                          hp_document_get_carried_fields (record), when);
  g_list_store_append (plan->disclosures, entry);

  g_object_set (consent_to (plan, "k2"), "withdrawn-on", today, NULL);
  g_object_set (consent_to (plan, "k3"), "valid-until", yesterday, NULL);
  return plan;
}

static void
test_entry_records_the_consent (void)
{
  g_autoptr(HpPlan) plan = pdf_test_plan_new_sample (HP_PROTECTION_NONE);
  g_autoptr(HpDisclosure) entry = NULL;
  g_auto(GStrv) fields = NULL;
  HpConsent *consent;

  log_handover (plan, "k2", "2026-11-28T14:05");
  entry = g_list_model_get_item (G_LIST_MODEL (plan->disclosures), 0);
  consent = consent_to (plan, "k2");

  /* The consent got an id to be named by, and the entry names it. */
  g_assert_cmpstr (consent->id, !=, "");
  g_assert_cmpstr (entry->consent, ==, consent->id);
  g_assert_true (hp_plan_find_consent (plan, entry->consent) == consent);
  g_assert_true (entry->consent_in_force);
  g_assert_cmpstr (entry->consent_valid_until, ==, consent->valid_until);
  g_assert_cmpint (entry->consent_party, ==, HP_CONSENT_PARTY_CLIENT);
  g_assert_cmpint (entry->consent_scope, ==, HP_CONSENT_SCOPE_SHARE_INFORMATION);
  g_assert_cmpint (entry->recipient_kind, ==, HP_DISCLOSURE_RECIPIENT_CONTACT);
  g_assert_cmpstr (entry->recipient, ==, "k2");
  g_assert_cmpstr (entry->recipient_name, ==, "Ali Karimi, Trygghetsbolaget AB");
  g_assert_cmpstr (entry->when, ==, "2026-11-28T14:05");

  /* The entry's own copy of the fields the sheet noted. */
  fields = hp_disclosure_dup_fields (entry);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(HpDocument) document =
      hp_document_new_handover (plan, pdf_test_plan_get_contact (plan, "k2"), &error);
    GPtrArray *carried = hp_document_get_carried_fields (document);

    g_assert_cmpuint (g_strv_length (fields), ==, carried->len);
    for (guint i = 0; i < carried->len; i++)
      g_assert_cmpstr (fields[i], ==, g_ptr_array_index (carried, i));
  }

  /* What became of it, day by day. */
  g_assert_cmpint (hp_disclosure_consent_now (plan, entry, "2026-11-29"), ==,
                   HP_DISCLOSURE_CONSENT_IN_FORCE);
  g_object_set (consent, "withdrawn-on", "2026-12-03", NULL);
  g_assert_cmpint (hp_disclosure_consent_now (plan, entry, "2026-12-02"), ==,
                   HP_DISCLOSURE_CONSENT_IN_FORCE);
  g_assert_cmpint (hp_disclosure_consent_now (plan, entry, "2026-12-03"), ==,
                   HP_DISCLOSURE_CONSENT_WITHDRAWN);
  g_object_set (consent, "withdrawn-on", "", "valid-until", "2026-12-01", NULL);
  g_assert_cmpint (hp_disclosure_consent_now (plan, entry, "2026-12-02"), ==,
                   HP_DISCLOSURE_CONSENT_EXPIRED);
  g_list_store_remove_all (plan->consents);
  g_assert_cmpint (hp_disclosure_consent_now (plan, entry, "2026-12-02"), ==,
                   HP_DISCLOSURE_CONSENT_GONE);
  g_assert_true (hp_disclosure_consent_now_warns (HP_DISCLOSURE_CONSENT_GONE));
  g_assert_false (hp_disclosure_consent_now_warns (HP_DISCLOSURE_CONSENT_IN_FORCE));
}

static void
test_consent_record_needs_no_consent (void)
{
  g_autoptr(HpPlan) plan = pdf_test_plan_new_sample (HP_PROTECTION_NONE);
  g_autoptr(HpDocument) record = hp_document_new_consent_record (plan);
  g_autoptr(HpDisclosure) on_paper = NULL;
  g_autoptr(HpDisclosure) as_xml = NULL;
  g_autoptr(GPtrArray) xml_fields = hp_consent_xml_carried_fields ();
  g_auto(GStrv) fields = NULL;

  on_paper = hp_disclosure_new_for_document (plan, HP_DISCLOSURE_DOCUMENT_CONSENT_RECORD,
                                             HP_DISCLOSURE_FORM_PRINT, NULL,
                                             hp_document_get_carried_fields (record), NULL);
  as_xml = hp_disclosure_new_for_document (plan, HP_DISCLOSURE_DOCUMENT_CONSENT_RECORD,
                                           HP_DISCLOSURE_FORM_XML, NULL, xml_fields, NULL);
  g_assert_cmpint (on_paper->recipient_kind, ==, HP_DISCLOSURE_RECIPIENT_CLIENT);
  g_assert_cmpint (as_xml->recipient_kind, ==, HP_DISCLOSURE_RECIPIENT_CASE_FILE);
  g_assert_cmpstr (on_paper->consent, ==, "");
  g_assert_cmpint (hp_disclosure_consent_now (plan, on_paper, NULL), ==,
                   HP_DISCLOSURE_CONSENT_NOT_NEEDED);
  g_assert_true (hp_disclosure_time_valid (on_paper->when));

  fields = hp_disclosure_dup_fields (on_paper);
  g_assert_true (g_strv_contains ((const char * const *) fields, "case.client_name"));
  g_assert_true (g_strv_contains ((const char * const *) fields, "consents.limits"));
  g_assert_true (g_strv_contains ((const char * const *) fields, "contacts.organisation"));
  g_assert_false (g_strv_contains ((const char * const *) fields, "consents.id"));
}

static void
test_full_plan_marks_withdrawn_and_expired (void)
{
  g_autoptr(HpPlan) plan = plan_with_log ();
  g_autoptr(HpDocument) document = hp_document_new_full_plan (plan);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = hp_document_to_pdf (document, &error);
  g_autoptr(TestPdf) poppler = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  pdf_test_save (pdf, "full-plan-disclosures.pdf");
  poppler = pdf_test_open_bytes (pdf);
  text = pdf_test_all_text (poppler);
  pdf_test_assert_text_inside (poppler, HP_PAGE_MARGIN_SIDE);

  g_assert_true (pdf_test_text_has (text, "10. Utlämnanden"));
  g_assert_true (pdf_test_text_has (text, "Mottagare att meddela"));
  /* One line each for the two whose consent is gone, naming them. */
  g_assert_true (pdf_test_text_has (text, "Ali Karimi, Trygghetsbolaget AB: "
                                          "Överlämningsblad, PDF"));
  g_assert_true (pdf_test_text_has (text, WITHDRAWN_SV "."));
  g_assert_true (pdf_test_text_has (text, EXPIRED_SV "."));
  g_assert_true (pdf_test_text_has (text, "Fatima Hassan: "
                                          "Överlämningsblad, PDF"));
  g_assert_true (pdf_test_text_has (text, IN_FORCE_SV));
  /* The consent record's row: the column wraps, so word by word. */
  {
    const char *log = strstr (text, "10. Utlämnanden");
    const char *tell = strstr (text, "Mottagare att meddela");
    g_autofree char *table = g_strndup (log, tell - log);

    g_assert_nonnull (strstr (table, "Samtycken, utskrivet"));
    g_assert_nonnull (strstr (table, "Klienten, för"));
    g_assert_nonnull (strstr (table, "underskrift"));
    g_assert_nonnull (strstr (table, "Inget samtycke behövs"));
  }
  /* The handover site's consent still holds: listed in the log, but not
   * among those to tell. */
  {
    const char *log = strstr (text, "10. Utlämnanden");
    const char *tell = strstr (text, "Mottagare att meddela");
    const char *notes = strstr (text, "Anteckningar från besöket");
    g_autofree char *table = g_strndup (log, tell - log);
    g_autofree char *to_tell = g_strndup (tell, notes - tell);

    g_assert_nonnull (strstr (table, "Reception"));
    g_assert_null (strstr (to_tell, "Reception"));
    g_assert_nonnull (strstr (to_tell, "Ali Karimi"));
    g_assert_nonnull (strstr (to_tell, "Fatima Hassan"));
  }
  /* The client's name stays out of the log's own lines. */
  {
    const char *log = strstr (text, "10. Utlämnanden");

    g_assert_nonnull (log);
    g_assert_null (strstr (log, SAMPLE_CLIENT_NAME));
  }
}

static void
test_journal_marks_withdrawn_and_expired (void)
{
  g_autoptr(HpPlan) plan = plan_with_log ();
  g_autofree char *text = hp_journal_text (plan);
  const char *log = strstr (text, "\nUtlämnanden\n");

  g_assert_nonnull (log);
  g_assert_nonnull (strstr (log, "Överlämningsblad, PDF, till Ali Karimi, Trygghetsbolaget AB"));
  g_assert_nonnull (strstr (log, "Nu: " WITHDRAWN_SV "."));
  g_assert_nonnull (strstr (log, "Nu: " EXPIRED_SV "."));
  g_assert_nonnull (strstr (log, "Nu: " IN_FORCE_SV "."));
  g_assert_nonnull (strstr (log, "Samtycken, utskrivet, till Klienten, för underskrift."));
  /* The journal writes dates as 2026-11-27 and times as 09:05. */
  g_assert_nonnull (strstr (log, " 09:05: "));
}

static void
test_empty_log (void)
{
  g_autoptr(HpPlan) plan = pdf_test_plan_new_sample (HP_PROTECTION_NONE);
  g_autofree char *text = hp_journal_text (plan);

  g_assert_nonnull (strstr (text, "\nUtlämnanden\nInget överlämningsblad och inga samtycken har "
                                  "skrivits ut eller exporterats.\n"));
}

int
main (int   argc,
      char *argv[])
{
  pdf_test_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hp/export/disclosures/entry-records-the-consent",
                   test_entry_records_the_consent);
  g_test_add_func ("/hp/export/disclosures/consent-record-needs-no-consent",
                   test_consent_record_needs_no_consent);
  g_test_add_func ("/hp/export/disclosures/full-plan-marks-withdrawn-and-expired",
                   test_full_plan_marks_withdrawn_and_expired);
  g_test_add_func ("/hp/export/disclosures/journal-marks-withdrawn-and-expired",
                   test_journal_marks_withdrawn_and_expired);
  g_test_add_func ("/hp/export/disclosures/empty-log", test_empty_log);

  return g_test_run ();
}
