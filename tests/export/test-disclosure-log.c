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
#include <glib/gstdio.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include "hp-disclosure-file.h"
#include "hp-disclosures.h"
#include "hp-documents.h"
#include "hp-export.h"
#include "hp-journal.h"
#include "hp-plan-file.h"
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


/* Ids the log names are never given again.  The client withdrew and the
 * caseworker deleted the consent the sheet to Ali Karimi went out on, and
 * deleted the contact; a new consent, to someone else, and a new contact
 * must not take those ids, or the old entry would say the paper went out
 * on a consent still in force, to a person it never reached. */
static void
test_reused_ids_do_not_mislead (void)
{
  g_autoptr(HpPlan) plan = pdf_test_plan_new_sample (HP_PROTECTION_NONE);
  g_autoptr(HpDisclosure) entry = NULL;
  g_autoptr(HpConsent) fresh = hp_consent_new ();
  g_autoptr(HpContact) landlord = hp_contact_new ();
  g_autofree char *consent_id = NULL;
  g_autofree char *new_consent_id = NULL;
  g_autofree char *new_contact_id = NULL;
  HpContact *ali;
  guint position;

  log_handover (plan, "k2", "2026-11-28T14:05:07");
  entry = g_list_model_get_item (G_LIST_MODEL (plan->disclosures), 0);
  consent_id = g_strdup (entry->consent);
  g_assert_cmpstr (consent_id, !=, "");

  /* Every consent and the contact go: the lowest free ids would be these. */
  g_list_store_remove_all (plan->consents);
  ali = pdf_test_plan_get_contact (plan, "k2");
  g_assert_true (g_list_store_find (plan->contacts, ali, &position));
  g_list_store_remove (plan->contacts, position);
  g_assert_null (hp_plan_find_contact (plan, "k2"));

  new_consent_id = hp_plan_new_consent_id (plan);
  g_assert_cmpstr (new_consent_id, !=, consent_id);
  new_contact_id = hp_plan_new_contact_id (plan);
  g_assert_cmpstr (new_contact_id, !=, "k2");

  /* A plan written before ids avoided the log's may still have reused
   * one: a consent under the old id to another recipient is not the one
   * the sheet went out on. */
  g_object_set (landlord, "id", "k2", "kind", HP_CONTACT_KIND_OTHER, "name", "Hyresvärden",
                "organisation", "Bostads AB Vallmon", NULL);
  g_list_store_append (plan->contacts, landlord);
  g_object_set (fresh, "id", consent_id, "party", HP_CONSENT_PARTY_CLIENT,
                "scope", HP_CONSENT_SCOPE_SHARE_INFORMATION, "recipient", "k1",
                "given", HP_ANSWER_YES, "date", "2026-11-30", NULL);
  g_list_store_append (plan->consents, fresh);
  g_assert_cmpint (hp_disclosure_consent_now (plan, entry, "2026-12-01"), ==,
                   HP_DISCLOSURE_CONSENT_GONE);
  /* Nor one given by someone else living there, or to let someone in. */
  g_object_set (fresh, "recipient", "k2", "party", HP_CONSENT_PARTY_OTHER_RESIDENT, NULL);
  g_assert_cmpint (hp_disclosure_consent_now (plan, entry, "2026-12-01"), ==,
                   HP_DISCLOSURE_CONSENT_GONE);
  g_object_set (fresh, "party", HP_CONSENT_PARTY_CLIENT, "scope", HP_CONSENT_SCOPE_ENTER_HOME,
                NULL);
  g_assert_cmpint (hp_disclosure_consent_now (plan, entry, "2026-12-01"), ==,
                   HP_DISCLOSURE_CONSENT_GONE);
  /* The same recipient, party and scope: that is what it relied on. */
  g_object_set (fresh, "scope", HP_CONSENT_SCOPE_SHARE_INFORMATION, NULL);
  g_assert_cmpint (hp_disclosure_consent_now (plan, entry, "2026-12-01"), ==,
                   HP_DISCLOSURE_CONSENT_IN_FORCE);
}

/* Entries are made with an id of their own and a time to the second. */
static void
test_entry_has_id_and_seconds (void)
{
  g_autoptr(HpPlan) plan = pdf_test_plan_new_sample (HP_PROTECTION_NONE);
  g_autoptr(HpDisclosure) a = hp_disclosure_new_for_document (plan,
                                                              HP_DISCLOSURE_DOCUMENT_CONSENT_RECORD,
                                                              HP_DISCLOSURE_FORM_PDF, NULL, NULL,
                                                              NULL);
  g_autoptr(HpDisclosure) b = hp_disclosure_new_for_document (plan,
                                                              HP_DISCLOSURE_DOCUMENT_CONSENT_RECORD,
                                                              HP_DISCLOSURE_FORM_PDF, NULL, NULL,
                                                              a->when);
  g_autofree char *when = hp_disclosure_describe_when (a);

  g_assert_cmpuint (strlen (a->when), ==, 19);
  g_assert_true (hp_disclosure_time_valid (a->when));
  g_assert_cmpuint (strlen (a->id), ==, 36);
  g_assert_cmpstr (a->id, !=, b->id);
  /* A person reads the minute, not the seconds. */
  {
    g_autofree char *minute = g_strndup (a->when + 11, 5);

    g_assert_nonnull (strstr (when, minute));
    g_assert_null (strstr (when, a->when + 11));
  }
}

static char *
temp_plan (char **dir_out)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  g_autoptr(HpContact) guard = hp_contact_new ();
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("hp-disclosure-log-XXXXXX", &error);
  char *path;

  g_assert_no_error (error);
  g_object_set (plan->case_info, "reference", "IFO 2026-0815", "client-name", "Johanna Ek",
                "notes", "Johannas pass ligger i byrån; رانيا hämtar nycklarna.", NULL);
  g_object_set (guard, "id", "k1", "kind", HP_CONTACT_KIND_SECURITY_COMPANY,
                "name", "Johan Vakt", "organisation", "Trygg Bevakning AB", NULL);
  g_list_store_append (plan->contacts, guard);
  path = g_build_filename (dir, "Johannas plan.hamtplan", NULL);
  g_assert_true (hp_plan_file_save (plan, path, &error));
  g_assert_no_error (error);
  *dir_out = dir;
  return path;
}

static void
remove_flat (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_flat (child);
      else
        g_unlink (child);
    }
  g_rmdir (dir);
}

static guint
n_entries (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = hp_plan_file_load (path, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (G_LIST_MODEL (plan->disclosures));
}

/* A plan opened through a link (a shortcut on the desktop to the plan on
 * the team's share): the entry goes into the plan itself, and the link
 * stays a link. */
static void
test_record_through_symlink (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = temp_plan (&dir);
  g_autofree char *desk = g_build_filename (dir, "skrivbord", NULL);
  g_autofree char *link = g_build_filename (desk, "plan.hamtplan", NULL);
  g_autoptr(HpDisclosure) entry = hp_disclosure_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) d = NULL;
  const char *name;

  g_assert_cmpint (g_mkdir (desk, 0700), ==, 0);
  g_assert_cmpint (symlink (path, link), ==, 0);
  g_object_set (entry, "when", "2026-11-28T14:05:00", NULL);
  g_assert_true (hp_disclosure_record_in_file (link, entry, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_cmpuint (n_entries (path), ==, 1);
  /* Nothing left beside the link: no lock, no temporary file. */
  d = g_dir_open (desk, 0, NULL);
  while ((name = g_dir_read_name (d)) != NULL)
    g_assert_cmpstr (name, ==, "plan.hamtplan");
  remove_flat (dir);
}

typedef struct
{
  const char *path;
  gboolean    done;
} Writer;

static gpointer
write_entry (gpointer data)
{
  Writer *w = data;
  g_autoptr(HpDisclosure) entry = hp_disclosure_new ();
  g_autoptr(GError) error = NULL;

  g_object_set (entry, "when", "2026-11-28T14:06:00", NULL);
  g_assert_true (hp_disclosure_record_in_file (w->path, entry, NULL, &error));
  g_assert_no_error (error);
  g_atomic_int_set (&w->done, TRUE);
  return NULL;
}

/* While another process holds the plan's lock (as the command line does
 * for its read-modify-write), the window's entry waits, and then is
 * added: neither write loses the other's entry. */
static void
test_record_waits_for_the_lock (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = temp_plan (&dir);
  g_autofree char *lock = g_build_filename (dir, ".Johannas plan.hamtplan.lock", NULL);
  Writer w = { path, FALSE };
  GThread *thread;
  GStatBuf st;
  int fd;

  fd = open (lock, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (flock (fd, LOCK_EX), ==, 0);

  thread = g_thread_new ("writer", write_entry, &w);
  g_usleep (300 * 1000);
  g_assert_false (g_atomic_int_get (&w.done));
  g_assert_cmpuint (n_entries (path), ==, 0);

  /* What the other process added meanwhile, then it lets go. */
  {
    g_autoptr(HpDisclosure) theirs = hp_disclosure_new ();
    g_autoptr(HpPlan) plan = hp_plan_file_load (path, NULL);

    g_object_set (theirs, "when", "2026-11-28T14:05:30", "id", "from-the-command-line", NULL);
    g_list_store_append (plan->disclosures, theirs);
    g_assert_true (hp_plan_file_save (plan, path, NULL));
  }
  g_unlink (lock);
  close (fd);
  g_thread_join (thread);
  g_assert_true (w.done);
  g_assert_cmpuint (n_entries (path), ==, 2);
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  remove_flat (dir);
}

/* A document that cannot be written takes its entry out again, and only
 * its own: an entry that another process noted after it stays. */
static void
test_failed_export_takes_out_its_entry_only (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = temp_plan (&dir);
  g_autofree char *out = g_build_filename (dir, "finns-inte", "blad.pdf", NULL);
  g_autoptr(HpDisclosure) first = hp_disclosure_new ();
  g_autoptr(HpDisclosure) entry = hp_disclosure_new ();
  g_autoptr(GBytes) document = g_bytes_new_static ("%PDF-1.5\n", 9);
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) after = NULL;
  g_autoptr(HpDisclosure) kept = NULL;
  g_autofree char *before = NULL;
  g_autofree char *now = NULL;

  /* Nothing else wrote meanwhile: the file is as it was, byte for byte. */
  g_object_set (entry, "when", "2026-11-28T14:05:00", NULL);
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  g_assert_false (hp_disclosure_export (path, entry, document, out, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &now, NULL, NULL));
  g_assert_cmpstr (now, ==, before);

  /* An entry noted before stays: only this one's id is taken out. */
  g_object_set (first, "when", "2026-11-28T14:05:00", NULL);
  g_assert_true (hp_disclosure_record_in_file (path, first, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (hp_disclosure_export (path, entry, document, out, &error));
  g_clear_error (&error);
  after = hp_plan_file_load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (after->disclosures)), ==, 1);
  kept = g_list_model_get_item (G_LIST_MODEL (after->disclosures), 0);
  g_assert_cmpstr (kept->id, ==, first->id);
  remove_flat (dir);
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
  g_test_add_func ("/hp/export/disclosures/reused-ids-do-not-mislead",
                   test_reused_ids_do_not_mislead);
  g_test_add_func ("/hp/export/disclosures/entry-has-id-and-seconds", test_entry_has_id_and_seconds);
  g_test_add_func ("/hp/export/disclosures/record-through-symlink", test_record_through_symlink);
  g_test_add_func ("/hp/export/disclosures/record-waits-for-the-lock",
                   test_record_waits_for_the_lock);
  g_test_add_func ("/hp/export/disclosures/failed-export-takes-out-its-entry-only",
                   test_failed_export_takes_out_its_entry_only);

  return g_test_run ();
}
