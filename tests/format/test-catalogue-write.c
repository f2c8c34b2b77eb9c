/* test-catalogue-write.c: a catalogue written reads back equal, and an
 * entry saved from the window lands in the user's own file without losing
 * what is there, or what the municipality's file offers */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include "hp-catalogue.h"
#include "hp-model.h"
#include "hp-plan-file.h"

#define HEAD "{\"format\": \"hamtplan-catalogue\", \"version\": 1, "

/* Swedish, Arabic, decomposed å (a + U+030A), a line break in an address. */
static const char messy[] =
  HEAD "\"name\": \"Sjöstads kommun – IFO\",\n"
  "\"items\": [\n"
  "  {\"name\": \"Amals sjukkassa\\u0301\", \"category\": \"medicine\", \"priority\": \"must\"},\n"
  "  {\"name\": \"جواز السفر\", \"category\": \"identity\", \"priority\": \"should\"},\n"
  "  {\"name\": \"Barnens gosedjur\", \"category\": \"childrens-things\", \"priority\": \"if-possible\", \"for_child\": true}],\n"
  "\"measures\": [{\"title\": \"Ta med tolk som talar arabiska (عربي)\", \"responsible\": \"Handla\\u0308ggare\"},\n"
  "  {\"title\": \"Kodord\"}],\n"
  "\"contacts\": [{\"kind\": \"police\", \"name\": \"Lokalpolisområde Sjöstad\", \"organisation\": \"Polismyndigheten\",\n"
  "   \"phone\": \"114 14\", \"address\": \"Storgatan 1\\nSjöstad\", \"part\": \"goes-home\"},\n"
  "  {\"kind\": \"handover-site\", \"organisation\": \"Medborgarhusets reception\", \"role\": \"Öppet 8–16\"}],\n"
  "\"consent_wording\": \"Jag samtycker.\\nموافق\"}";

static HpCatalogue *
load_text (const char  *text,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return hp_catalogue_load_bytes (bytes, "test.json", error);
}

static void
assert_catalogues_equal (HpCatalogue *a,
                         HpCatalogue *b)
{
  GListModel *ca = hp_catalogue_get_contacts (a);
  GListModel *cb = hp_catalogue_get_contacts (b);

  g_assert_cmpstr (hp_catalogue_get_name (a), ==, hp_catalogue_get_name (b));
  g_assert_cmpstr (hp_catalogue_get_consent_wording (a), ==, hp_catalogue_get_consent_wording (b));
  g_assert_cmpuint (hp_catalogue_get_n_items (a), ==, hp_catalogue_get_n_items (b));
  for (guint i = 0; i < hp_catalogue_get_n_items (a); i++)
    {
      const HpCatalogueItem *x = hp_catalogue_get_item (a, i);
      const HpCatalogueItem *y = hp_catalogue_get_item (b, i);

      g_assert_cmpstr (x->name, ==, y->name);
      g_assert_cmpint (x->category, ==, y->category);
      g_assert_cmpint (x->priority, ==, y->priority);
      g_assert_cmpint (x->for_child, ==, y->for_child);
    }
  g_assert_cmpuint (hp_catalogue_get_n_measures (a), ==, hp_catalogue_get_n_measures (b));
  for (guint i = 0; i < hp_catalogue_get_n_measures (a); i++)
    {
      g_assert_cmpstr (hp_catalogue_get_measure (a, i)->title, ==, hp_catalogue_get_measure (b, i)->title);
      g_assert_cmpstr (hp_catalogue_get_measure (a, i)->responsible, ==,
                       hp_catalogue_get_measure (b, i)->responsible);
    }
  g_assert_cmpuint (g_list_model_get_n_items (ca), ==, g_list_model_get_n_items (cb));
  for (guint i = 0; i < g_list_model_get_n_items (ca); i++)
    {
      g_autoptr(HpRecord) x = g_list_model_get_item (ca, i);
      g_autoptr(HpRecord) y = g_list_model_get_item (cb, i);

      g_assert_true (hp_record_equal (x, y));
    }
}

static char *
read_text (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static void
write_text (const char *path,
            const char *text)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);

  if (dir != NULL)
    {
      const char *name;

      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_dir_close (dir);
    }
  g_remove (path);
}

/* A temporary admin file and user file, as hp_catalogue_load_system would
 * find them. */
typedef struct
{
  char *dir;
  char *admin;
  char *user;
} Files;

static void
files_init (Files *f)
{
  f->dir = g_dir_make_tmp ("hamtplan-write-XXXXXX", NULL);
  f->admin = g_build_filename (f->dir, "etc", "hamtplan", HP_CATALOGUE_FILE_NAME, NULL);
  f->user = g_build_filename (f->dir, "home", "hamtplan", HP_CATALOGUE_FILE_NAME, NULL);
}

static void
files_clear (Files *f)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->admin);
  g_free (f->user);
}

static HpCatalogue *
load_both (Files *f)
{
  g_autoptr(GError) warning = NULL;
  HpCatalogue *c = hp_catalogue_load_files ((const char *[]) { f->admin, f->user, NULL }, &warning);

  g_assert_no_error (warning);
  return c;
}

static HpContact *
make_contact (HpContactKind  kind,
              const char    *name,
              const char    *organisation)
{
  HpContact *contact = hp_contact_new ();

  g_object_set (contact, "id", "k7", "kind", kind, "name", name, "organisation", organisation,
                "phone", "08-123 45 67", "address", "Ringvägen 3\n123 45 Sjöstad",
                "role", "Följer med till Amals bostad på Björkvägen 5", "note", "Bad om hjälp för Amal",
                "request_date", "2026-11-30", "granted", HP_ANSWER_YES,
                "contact_person", "Insp. Karin Ek", "part", HP_CONTACT_PART_GOES_HOME, NULL);
  return contact;
}

/* Whatever is read, written and read again is the same, byte for byte
 * the second time round. */
static void
test_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpCatalogue) first = load_text (messy, &error);
  g_autoptr(HpCatalogue) second = NULL;
  g_autoptr(HpCatalogue) builtin = hp_catalogue_new_default ();
  g_autoptr(HpCatalogue) builtin_again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again = NULL;

  g_assert_no_error (error);
  bytes = hp_catalogue_to_bytes (first);
  second = hp_catalogue_load_bytes (bytes, "written.json", &error);
  g_assert_no_error (error);
  assert_catalogues_equal (first, second);
  again = hp_catalogue_to_bytes (second);
  g_assert_true (g_bytes_equal (bytes, again));
  /* Decomposed text is written as it came, not normalised. */
  g_assert_cmpstr (hp_catalogue_get_measure (second, 0)->responsible, ==, "Handla\xcc\x88ggare");

  /* A file that leaves members out writes none of them: the layers below
   * stay in force. */
  g_clear_object (&first);
  g_clear_object (&second);
  first = load_text (HEAD "\"measures\": []}", &error);
  g_assert_no_error (error);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = hp_catalogue_to_bytes (first);
  g_assert_null (strstr (g_bytes_get_data (bytes, NULL), "items"));
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "\"measures\""));

  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = hp_catalogue_to_bytes (builtin);
  builtin_again = hp_catalogue_load_bytes (bytes, "builtin.json", &error);
  g_assert_no_error (error);
  assert_catalogues_equal (builtin, builtin_again);
}

static void
on_changed (gpointer user_data)
{
  (*(guint *) user_data)++;
}

/* No user file yet, a municipality's file with contacts: the saved police
 * contact joins the municipality's instead of hiding them, the file is
 * 0600, what belongs to the case is left out, and the catalogue in the
 * window offers it at once. */
static void
test_save_contact_new_file (void)
{
  Files f;
  g_autoptr(HpCatalogue) c = NULL;
  g_autoptr(HpCatalogue) reread = NULL;
  g_autoptr(HpContact) police = make_contact (HP_CONTACT_KIND_POLICE, "Närpolisen i Sjöstad", "Polismyndigheten");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GListModel *contacts;
  GStatBuf st;
  guint changed = 0;

  files_init (&f);
  write_text (f.admin, HEAD "\"contacts\": [{\"kind\": \"security-company\", \"organisation\": \"Trygg Vakt AB\"}]}");
  c = load_both (&f);
  g_assert_cmpstr (hp_catalogue_get_user_path (c), ==, f.user);
  g_signal_connect_swapped (c, "changed", G_CALLBACK (on_changed), &changed);

  g_assert_true (hp_catalogue_save_contact (c, police, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);

  contacts = hp_catalogue_get_contacts (c);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 2);
  {
    g_autoptr(HpContact) first = g_list_model_get_item (contacts, 0);
    g_autoptr(HpContact) saved = g_list_model_get_item (contacts, 1);

    g_assert_cmpstr (first->organisation, ==, "Trygg Vakt AB");
    g_assert_cmpstr (saved->name, ==, "Närpolisen i Sjöstad");
    g_assert_cmpstr (saved->phone, ==, "08-123 45 67");
    g_assert_cmpstr (saved->address, ==, "Ringvägen 3\n123 45 Sjöstad");
    g_assert_cmpstr (saved->id, ==, "");
    g_assert_cmpstr (saved->role, ==, "");
    g_assert_cmpstr (saved->note, ==, "");
    g_assert_cmpstr (saved->contact_person, ==, "");
    g_assert_cmpstr (saved->request_date, ==, "");
    g_assert_cmpint (saved->granted, ==, HP_ANSWER_UNKNOWN);
    g_assert_cmpint (saved->part, ==, HP_CONTACT_PART_NOT_SET);
  }

  g_assert_cmpint (g_stat (f.user, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  text = read_text (f.user);
  g_assert_null (strstr (text, "Amal"));
  g_assert_null (strstr (text, "Karin"));
  g_assert_null (strstr (text, "k7"));
  /* Only the list saved to is the user's: items and measures stay the
   * built-in ones, and will follow a newer Hämtplan. */
  g_assert_null (strstr (text, "\"items\""));
  g_assert_null (strstr (text, "\"measures\""));

  reread = load_both (&f);
  assert_catalogues_equal (c, reread);
  files_clear (&f);
}

/* A user file with entries keeps them, and the members it defines. */
static void
test_save_keeps_existing (void)
{
  Files f;
  g_autoptr(HpCatalogue) c = NULL;
  g_autoptr(GError) error = NULL;
  HpCatalogueItem item = { (char *) "Amals ko\xcc\x88rkort", HP_ITEM_CATEGORY_IDENTITY, HP_PRIORITY_MUST, FALSE };
  HpCatalogueMeasure measure = { (char *) "Ring jouren före besöket", (char *) "Handläggare" };
  guint n_builtin;

  files_init (&f);
  c = load_both (&f);
  n_builtin = hp_catalogue_get_n_measures (c);
  g_clear_object (&c);

  write_text (f.user, HEAD "\"name\": \"Min katalog\", \"consent_wording\": \"Jag samtycker, موافق\",\n"
              "\"items\": [{\"name\": \"جواز السفر\", \"category\": \"identity\", \"priority\": \"must\"}]}");
  c = load_both (&f);
  g_assert_true (hp_catalogue_save_item (c, &item, &error));
  g_assert_no_error (error);
  g_assert_true (hp_catalogue_save_measure (c, &measure, &error));
  g_assert_no_error (error);

  g_assert_cmpstr (hp_catalogue_get_name (c), ==, "Min katalog");
  g_assert_cmpstr (hp_catalogue_get_consent_wording (c), ==, "Jag samtycker, موافق");
  g_assert_cmpuint (hp_catalogue_get_n_items (c), ==, 2);
  g_assert_cmpstr (hp_catalogue_get_item (c, 0)->name, ==, "جواز السفر");
  g_assert_cmpstr (hp_catalogue_get_item (c, 1)->name, ==, "Amals ko\xcc\x88rkort");
  /* The measures the user's file did not define start from the built-in
   * ones, so that saving one does not take the others away. */
  g_assert_cmpuint (hp_catalogue_get_n_measures (c), ==, n_builtin + 1);
  g_assert_cmpstr (hp_catalogue_get_measure (c, n_builtin)->title, ==, "Ring jouren före besöket");
  files_clear (&f);
}

/* What is there already is refused as the reader refuses a repeated name:
 * regardless of case, spaces and composed or decomposed letters; and the
 * file is left as it was. */
static void
test_duplicates_refused (void)
{
  Files f;
  g_autoptr(HpCatalogue) c = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HpContact) site = make_contact (HP_CONTACT_KIND_HANDOVER_SITE, "", "Medborgarhusets reception");
  g_autoptr(HpContact) again = make_contact (HP_CONTACT_KIND_HANDOVER_SITE, "", "medborgarhusets RECEPTION ");
  HpCatalogueItem pass = { (char *) " pass", HP_ITEM_CATEGORY_IDENTITY, HP_PRIORITY_MUST, FALSE };
  HpCatalogueItem korkort = { (char *) "Ko\xcc\x88rkort", HP_ITEM_CATEGORY_IDENTITY, HP_PRIORITY_MUST, FALSE };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  files_init (&f);
  c = load_both (&f);
  g_assert_true (hp_catalogue_save_contact (c, site, &error));
  g_assert_no_error (error);
  before = read_text (f.user);

  g_assert_false (hp_catalogue_save_contact (c, again, &error));
  g_assert_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "“medborgarhusets RECEPTION ” is already in your catalogue.");
  g_clear_error (&error);

  /* The built-in "Pass" and "Körkort", as the user's items start from them. */
  g_assert_false (hp_catalogue_save_item (c, &pass, &error));
  g_assert_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hp_catalogue_save_item (c, &korkort, &error));
  g_assert_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_INVALID);
  g_clear_error (&error);

  after = read_text (f.user);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (g_list_model_get_n_items (hp_catalogue_get_contacts (c)), ==, 1);
  files_clear (&f);
}

/* A relative, a lawyer or "other" is never written; nor an entry the
 * reader would refuse; nor into a user file that cannot be read. */
static void
test_refusals_leave_the_file (void)
{
  Files f;
  g_autoptr(HpCatalogue) c = NULL;
  g_autoptr(GError) error = NULL;
  HpCatalogueMeasure two_lines = { (char *) "Två personal\nföljer med", (char *) "" };
  const char *broken = HEAD "\"items\": [{\"name\": \"Pass\"}]}";
  g_autofree char *after = NULL;

  files_init (&f);
  c = load_both (&f);
  for (guint i = 0; i < 3; i++)
    {
      const HpContactKind kinds[] = { HP_CONTACT_KIND_RELATIVE, HP_CONTACT_KIND_LAWYER,
                                      HP_CONTACT_KIND_OTHER };
      g_autoptr(HpContact) person = make_contact (kinds[i], "Fatima Ali", "Advokatbyrån Ali");

      g_assert_false (hp_contact_kind_fits_catalogue (kinds[i]));
      g_assert_false (hp_catalogue_save_contact (c, person, &error));
      g_assert_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_INVALID);
      g_clear_error (&error);
    }
  for (HpContactKind kind = HP_CONTACT_KIND_POLICE; kind <= HP_CONTACT_KIND_OTHER; kind++)
    if (kind != HP_CONTACT_KIND_RELATIVE && kind != HP_CONTACT_KIND_LAWYER &&
        kind != HP_CONTACT_KIND_OTHER)
      g_assert_true (hp_contact_kind_fits_catalogue (kind));
  g_assert_false (g_file_test (f.user, G_FILE_TEST_EXISTS));

  g_assert_false (hp_catalogue_save_measure (c, &two_lines, &error));
  g_assert_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "single line"));
  g_clear_error (&error);
  g_assert_false (g_file_test (f.user, G_FILE_TEST_EXISTS));

  write_text (f.user, broken);
  g_clear_object (&c);
  c = hp_catalogue_load_files ((const char *[]) { f.admin, f.user, NULL }, NULL);
  {
    g_autoptr(HpContact) police = make_contact (HP_CONTACT_KIND_POLICE, "", "Polisen");

    g_assert_false (hp_catalogue_save_contact (c, police, &error));
    g_assert_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_WRITE);
    g_assert_nonnull (strstr (error->message, "items[0].category"));
    g_clear_error (&error);
  }
  after = read_text (f.user);
  g_assert_cmpstr (after, ==, broken);
  files_clear (&f);
}

/* A write that fails half-way (here: the file size limit, which holds for
 * root too) leaves the old file whole, and the catalogue as it was. */
static void
test_failed_write_keeps_old (void)
{
  Files f;
  g_autoptr(HpCatalogue) c = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  const char *old = HEAD "\"contacts\": [{\"kind\": \"police\", \"name\": \"Polisen\"}]}";
  struct rlimit limit = { 200, 200 };
  g_autoptr(HpContact) site = make_contact (HP_CONTACT_KIND_HANDOVER_SITE, "",
                                            "Socialkontorets entré, en lång väg in från parkeringen");

  files_init (&f);
  write_text (f.user, old);
  c = load_both (&f);

  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  g_assert_false (hp_catalogue_save_contact (c, site, &error));
  g_assert_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_WRITE);
  /* The writer's own message: not a refusal before writing. */
  g_assert_null (strstr (error->message, "cannot be read"));
  g_clear_error (&error);

  after = read_text (f.user);
  g_assert_cmpstr (after, ==, old);
  g_assert_cmpuint (g_list_model_get_n_items (hp_catalogue_get_contacts (c)), ==, 1);
  files_clear (&f);
}

static void
test_failed_write (void)
{
  /* The limit stays with the process: a child of its own. */
  if (g_test_subprocess ())
    {
      test_failed_write_keeps_old ();
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* The refusal of a repeated name in Swedish, as the window shows it. */
static void
test_duplicate_in_swedish (void)
{
  if (g_test_subprocess ())
    {
      Files f;
      g_autoptr(HpCatalogue) c = NULL;
      g_autoptr(GError) error = NULL;
      HpCatalogueItem pass = { (char *) "PASS", HP_ITEM_CATEGORY_IDENTITY, HP_PRIORITY_MUST, FALSE };
      g_autoptr(HpContact) relative = make_contact (HP_CONTACT_KIND_RELATIVE, "Fatima", "");

      setlocale (LC_ALL, "");
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("HAMTPLAN_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);

      files_init (&f);
      c = load_both (&f);
      g_assert_false (hp_catalogue_save_item (c, &pass, &error));
      g_assert_cmpstr (error->message, ==, "”PASS” finns redan i din katalog.");
      g_clear_error (&error);
      g_assert_false (hp_catalogue_save_contact (c, relative, &error));
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, "närstående"));
      files_clear (&f);
      return;
    }

  if (g_getenv ("HAMTPLAN_LOCALEDIR") == NULL)
    {
      g_test_skip ("HAMTPLAN_LOCALEDIR is not set (run through meson test)");
      return;
    }
  g_setenv ("LANGUAGE", "sv", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_unsetenv ("LANGUAGE");
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hp/format/catalogue-write/round-trip", test_round_trip);
  g_test_add_func ("/hp/format/catalogue-write/save-contact-new-file", test_save_contact_new_file);
  g_test_add_func ("/hp/format/catalogue-write/save-keeps-existing", test_save_keeps_existing);
  g_test_add_func ("/hp/format/catalogue-write/duplicates-refused", test_duplicates_refused);
  g_test_add_func ("/hp/format/catalogue-write/refusals-leave-the-file", test_refusals_leave_the_file);
  g_test_add_func ("/hp/format/catalogue-write/failed-write", test_failed_write);
  g_test_add_func ("/hp/format/catalogue-write/duplicate-in-swedish", test_duplicate_in_swedish);

  return g_test_run ();
}
