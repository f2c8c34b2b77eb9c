/* test-plan-file.c: the .hamtplan file saves, reopens equal, and refuses bad input */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hp-model.h"
#include "hp-plan-file.h"
#include "hp-plan-file-private.h"

/* Fills every field of @record, all the way down, with a value other than
 * its default, so that a round trip that drops or mangles any field fails. */
static void
fill_record (HpRecord *record,
             guint     seed)
{
  guint n_fields;
  const HpField *fields = hp_record_get_fields (record, &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      const HpField *field = &fields[i];
      g_autofree char *text = NULL;

      switch (field->kind)
        {
        case HP_FIELD_STRING:
          text = g_strdup_printf ("%s ÅÄÖ åäö é “citat” %u", field->name, seed + i);
          hp_record_set_string (record, field, text);
          break;
        case HP_FIELD_TEXT:
          text = g_strdup_printf ("Rad ett för %s\nRad två\ttabb \\ \"%u\" 🙂 שלום", field->name,
                                  seed + i);
          hp_record_set_string (record, field, text);
          break;
        case HP_FIELD_DATE:
          text = g_strdup_printf ("2026-%02u-%02u", 1 + (seed + i) % 12, 1 + (seed + i) % 28);
          hp_record_set_string (record, field, text);
          break;
        case HP_FIELD_TIME:
          text = g_strdup_printf ("%02u:%02u", (seed + i) % 24, (seed * 7 + i) % 60);
          hp_record_set_string (record, field, text);
          break;
        case HP_FIELD_ID_NUMBER:
          hp_record_set_string (record, field, (seed + i) % 2 ? "19811218-9876" : "811278-9873");
          break;
        case HP_FIELD_BOOLEAN:
          hp_record_set_int (record, field, TRUE);
          break;
        case HP_FIELD_INT:
          hp_record_set_int (record, field, field->min + 1 + (int) ((seed + i) % 100));
          break;
        case HP_FIELD_ENUM:
          hp_record_set_int (record, field,
                             (int) (1 + (seed + i) % (hp_enum_get_n_values (field->get_type ()) - 1)));
          break;
        case HP_FIELD_RECORD:
          fill_record (hp_record_get_record (record, field), seed + i * 10);
          break;
        case HP_FIELD_LIST:
          for (guint j = 0; j < 3; j++)
            {
              g_autoptr(HpRecord) child = g_object_new (field->get_type (), NULL);

              fill_record (child, seed + i * 10 + j * 100);
              g_list_store_append (hp_record_get_list (record, field), child);
            }
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

/* A fully populated plan whose references (ids, owners, recipients) hold. */
static HpPlan *
full_plan (void)
{
  HpPlan *plan = hp_plan_new ();
  GListModel *list;

  fill_record (HP_RECORD (plan), 1);

  list = G_LIST_MODEL (plan->contacts);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(HpContact) contact = g_list_model_get_item (list, i);
      g_autofree char *id = g_strdup_printf ("k%u", i + 1);
      g_object_set (contact, "id", id, NULL);
    }

  list = G_LIST_MODEL (plan->case_info->children);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(HpChild) child = g_list_model_get_item (list, i);
      g_autofree char *id = g_strdup_printf ("b%u", i + 1);
      g_object_set (child, "id", id, NULL);
    }

  list = G_LIST_MODEL (plan->items);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(HpItem) item = g_list_model_get_item (list, i);
      g_object_set (item, "owner", i == 0 ? "" : "b2", NULL);
    }

  list = G_LIST_MODEL (plan->consents);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(HpConsent) consent = g_list_model_get_item (list, i);
      g_object_set (consent, "recipient", i == 0 ? "" : "k3", NULL);
    }

  /* A disclosure's time is a local date and time, checked on load. */
  list = G_LIST_MODEL (plan->disclosures);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(HpDisclosure) entry = g_list_model_get_item (list, i);
      g_autofree char *when = g_strdup_printf ("2026-11-%02uT09:%02u", 20 + i, 5 * i);
      g_object_set (entry, "when", when, NULL);
    }

  return plan;
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("hamtplan-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  g_chmod (dir, 0700);
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
test_round_trip (void)
{
  g_autoptr(HpPlan) plan = full_plan ();
  g_autoptr(HpPlan) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.hamtplan", NULL);
  g_autofree char *diff = NULL;

  /* The filler reached every list. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->items)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->case_info->children)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->risk->assessments)), ==, 3);

  g_assert_true (hp_plan_file_save (plan, path, &error));
  g_assert_no_error (error);

  again = hp_plan_file_load (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (again);

  diff = hp_record_describe_difference (HP_RECORD (plan), HP_RECORD (again));
  g_assert_cmpstr (diff, ==, NULL);

  /* A plan saved twice gives the same bytes: nothing drifts. */
  {
    g_autoptr(GBytes) a = hp_plan_file_to_bytes (plan);
    g_autoptr(GBytes) b = hp_plan_file_to_bytes (again);
    g_assert_true (g_bytes_equal (a, b));
  }

  remove_dir (dir);
}

static void
test_empty_plan_round_trip (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  g_autoptr(GBytes) bytes = hp_plan_file_to_bytes (plan);
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) again = hp_plan_file_load_bytes (bytes, &error);

  g_assert_no_error (error);
  g_assert_true (hp_record_equal (HP_RECORD (plan), HP_RECORD (again)));
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), -1, "\"format\" : \"hamtplan\""));
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), -1, "\"version\" : \"1.2\""));
}

static void
test_save_mode_0600 (void)
{
  g_autoptr(HpPlan) plan = full_plan ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.hamtplan", NULL);
  mode_t old_umask = umask (0);
  GStatBuf st;

  /* Even with a permissive umask the plan is the user's alone. */
  g_assert_true (hp_plan_file_save (plan, path, &error));
  umask (old_umask);
  g_assert_no_error (error);

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* Saving over an existing file keeps the mode and leaves no temporary file. */
  g_object_set (plan->case_info, "reference", "IFO 2026-9999", NULL);
  g_assert_true (hp_plan_file_save (plan, path, &error));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    guint n = 0;
    while (g_dir_read_name (d) != NULL)
      n++;
    g_assert_cmpuint (n, ==, 1);
  }

  remove_dir (dir);
}

/* Saving into a read-only folder fails with a message naming the file and
 * leaves the old file as it was.  Root writes into read-only folders, so
 * under root (as in CI) the save runs in a child that has become “nobody”. */
static void
save_read_only_child (void)
{
  const char *path = g_getenv ("HP_TEST_READ_ONLY_PATH");
  g_autoptr(HpPlan) plan = hp_plan_new ();
  g_autoptr(GError) error = NULL;

  if (geteuid () == 0 && (setgid (65534) != 0 || setuid (65534) != 0))
    g_error ("cannot drop privileges: %s", g_strerror (errno));

  g_object_set (plan->case_info, "reference", "ändrad", NULL);
  g_assert_false (hp_plan_file_save (plan, path, &error));
  g_assert_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "plan.hamtplan"));
}

static void
test_save_read_only_folder (void)
{
  g_autoptr(HpPlan) plan = full_plan ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.hamtplan", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (g_test_subprocess ())
    {
      save_read_only_child ();
      return;
    }

  g_assert_true (hp_plan_file_save (plan, path, &error));
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));

  /* Readable and searchable by everyone, writable by no one. */
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  g_setenv ("HP_TEST_READ_ONLY_PATH", path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();

  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    guint n = 0;
    while (g_dir_read_name (d) != NULL)
      n++;
    /* No temporary file left behind. */
    g_assert_cmpuint (n, ==, 1);
  }

  remove_dir (dir);
}

static void
test_save_missing_folder (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  g_autoptr(GError) error = NULL;

  /* Runs as root too: a folder that does not exist stops everyone. */
  g_assert_false (hp_plan_file_save (plan, "/nonexistent-hamtplan-dir/plan.hamtplan", &error));
  g_assert_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "plan.hamtplan"));
}

/* Each contact's part in the visit and a child's leave to stand by first
 * name on the sheets come back from the file as they were saved. */
static void
test_parts_round_trip (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  g_autoptr(HpChild) lisa = hp_child_new ();
  g_autoptr(HpChild) reem = hp_child_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(HpPlan) again = NULL;
  g_autoptr(GError) error = NULL;
  const char *text;
  static const struct
  {
    const char    *id;
    HpContactKind  kind;
    const char    *name;
    HpContactPart  part;
    const char    *nick;
  } contacts[] = {
    { "k1", HP_CONTACT_KIND_RELATIVE, "Sara Nilsson", HP_CONTACT_PART_GOES_HOME, "goes-home" },
    { "k2", HP_CONTACT_KIND_OTHER, "Bengt Ås", HP_CONTACT_PART_HANDOVER_PLACE, "handover-place" },
    { "k3", HP_CONTACT_KIND_OTHER, "Bära & Bo Flytt AB", HP_CONTACT_PART_OFFICE, "office" },
    { "k4", HP_CONTACT_KIND_LAWYER, "Nadia Rahimi", HP_CONTACT_PART_INFORMED_ONLY, "informed-only" },
    { "k5", HP_CONTACT_KIND_POLICE, "Polisen", HP_CONTACT_PART_NOT_SET, NULL },
  };

  g_object_set (lisa, "id", "b1", "name", "Lisa", NULL);
  g_object_set (reem, "id", "b2", "name", "ريم حداد", "name-on-sheets", TRUE, NULL);
  g_list_store_append (plan->case_info->children, lisa);
  g_list_store_append (plan->case_info->children, reem);
  for (guint i = 0; i < G_N_ELEMENTS (contacts); i++)
    {
      g_autoptr(HpContact) contact = hp_contact_new ();

      g_object_set (contact, "id", contacts[i].id, "kind", contacts[i].kind,
                    "name", contacts[i].name, "part", contacts[i].part, NULL);
      g_list_store_append (plan->contacts, contact);
    }

  bytes = hp_plan_file_to_bytes (plan);
  text = g_bytes_get_data (bytes, NULL);
  g_assert_nonnull (strstr (text, "\"version\" : \"1.2\""));
  g_assert_nonnull (strstr (text, "\"name_on_sheets\" : true"));
  for (guint i = 0; i < G_N_ELEMENTS (contacts); i++)
    if (contacts[i].nick != NULL)
      {
        g_autofree char *member = g_strdup_printf ("\"part\" : \"%s\"", contacts[i].nick);

        g_assert_nonnull (strstr (text, member));
      }

  again = hp_plan_file_load_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_true (hp_record_equal (HP_RECORD (plan), HP_RECORD (again)));
  for (guint i = 0; i < G_N_ELEMENTS (contacts); i++)
    g_assert_cmpint (hp_plan_find_contact (again, contacts[i].id)->part, ==, contacts[i].part);
  g_assert_false (hp_plan_find_child (again, "b1")->name_on_sheets);
  g_assert_true (hp_plan_find_child (again, "b2")->name_on_sheets);

  /* A part that is not one of the words is refused, naming the member. */
  {
    const char *bad =
      "{\"format\": \"hamtplan\", \"version\": \"1.1\", \"case\": {}, \"risk\": {},"
      " \"support\": {}, \"contacts\": [{\"id\": \"k1\", \"kind\": \"relative\","
      " \"part\": \"packs\"}], \"items\": [], \"measures\": [], \"visits\": [],"
      " \"consents\": [], \"follow_up\": {}}";
    g_autoptr(GBytes) bad_bytes = g_bytes_new_static (bad, strlen (bad));
    g_autoptr(HpPlan) refused = hp_plan_file_load_bytes (bad_bytes, &error);

    g_assert_null (refused);
    g_assert_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "contacts[0].part"));
    g_assert_nonnull (strstr (error->message, "goes-home"));
  }
}

/* A plan saved as 1.0, before parts: it loads, every part is unset and
 * follows from the kind and the way of support as it always did, no child
 * stands by name, and it is saved again as 1.2. */
static void
test_older_file_without_parts (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data",
                                                 "neutral-plats-tva-besok.hamtplan", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = hp_plan_file_load (path, &error);
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(HpPlan) again = NULL;
  GListModel *contacts;
  GListModel *children;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"version\": \"1.0\""));
  g_assert_null (strstr (contents, "\"part\""));
  g_assert_null (strstr (contents, "name_on_sheets"));

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  g_assert_cmpint (plan->support->way, ==, HP_SUPPORT_WAY_NEUTRAL_SITE);
  contacts = G_LIST_MODEL (plan->contacts);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), >=, 3);
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(HpContact) contact = g_list_model_get_item (contacts, i);

      g_assert_cmpint (contact->part, ==, HP_CONTACT_PART_NOT_SET);
    }
  /* The handover site is the handover place; the police, with a handover
   * away from the home, only informed. */
  g_assert_cmpint (hp_contact_get_effective_part (hp_plan_find_contact (plan, "k1"),
                                                  plan->support->way),
                   ==, HP_CONTACT_PART_HANDOVER_PLACE);
  g_assert_cmpint (hp_contact_get_effective_part (hp_plan_find_contact (plan, "k2"),
                                                  plan->support->way),
                   ==, HP_CONTACT_PART_INFORMED_ONLY);
  children = G_LIST_MODEL (plan->case_info->children);
  g_assert_cmpuint (g_list_model_get_n_items (children), ==, 2);
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(HpChild) child = g_list_model_get_item (children, i);

      g_assert_false (child->name_on_sheets);
    }

  saved = hp_plan_file_to_bytes (plan);
  g_assert_nonnull (strstr (g_bytes_get_data (saved, NULL), "\"version\" : \"1.2\""));
  again = hp_plan_file_load_bytes (saved, &error);
  g_assert_no_error (error);
  g_assert_true (hp_record_equal (HP_RECORD (plan), HP_RECORD (again)));
}

/* A file whose version is the bare number 1, as DESIGN.md writes it (a
 * copy of an example saved as "1.0"): it is read as 1.0, loads equal to the
 * same plan with the version written as a string, and saving it writes the
 * current version, byte for byte as that plan is saved. */
static void
test_version_number_1 (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "format",
                                                 "version-number-1.hamtplan", NULL);
  g_autofree char *twin_path = g_test_build_filename (G_TEST_DIST, "data",
                                                      "foljeslagning-trapphus.hamtplan", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *twin_contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = NULL;
  g_autoptr(HpPlan) twin = NULL;
  g_autoptr(HpPlan) again = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) twin_saved = NULL;
  g_autofree char *current = g_strdup_printf ("\"version\" : \"%d.%d\"",
                                              HP_PLAN_FILE_VERSION_MAJOR,
                                              HP_PLAN_FILE_VERSION_MINOR);

  /* The fixture is the example, but for its version. */
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_file_get_contents (twin_path, &twin_contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"version\": 1,"));
  {
    g_auto(GStrv) parts = g_strsplit (twin_contents, "\"version\": \"1.0\"", -1);
    g_autofree char *renumbered = g_strjoinv ("\"version\": 1", parts);

    g_assert_cmpuint (g_strv_length (parts), ==, 2);
    g_assert_cmpstr (renumbered, ==, contents);
  }

  plan = hp_plan_file_load (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);
  twin = hp_plan_file_load (twin_path, &error);
  g_assert_no_error (error);
  g_assert_true (hp_record_equal (HP_RECORD (plan), HP_RECORD (twin)));

  saved = hp_plan_file_to_bytes (plan);
  twin_saved = hp_plan_file_to_bytes (twin);
  if (strstr (g_bytes_get_data (saved, NULL), current) == NULL)
    g_error ("a plan of version 1 is not saved as %s", current);
  g_assert_true (g_bytes_equal (saved, twin_saved));
  again = hp_plan_file_load_bytes (saved, &error);
  g_assert_no_error (error);
  g_assert_true (hp_record_equal (HP_RECORD (plan), HP_RECORD (again)));
}

static void
test_newer_minor_keeps_unknown (void)
{
  const char *text =
    "{\"format\": \"hamtplan\", \"version\": \"1.4\", \"future_top\": [1, {\"a\": \"ö\"}],"
    " \"case\": {\"reference\": \"X\", \"future_case\": true}, \"risk\": {}, \"support\": {},"
    " \"contacts\": [], \"items\": [{\"name\": \"Pass\", \"future_item\": {\"n\": 3}}],"
    " \"measures\": [], \"visits\": [], \"consents\": [], \"follow_up\": {}}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = hp_plan_file_load_bytes (bytes, &error);
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(HpPlan) again = NULL;
  const char *saved_text;

  g_assert_no_error (error);
  g_assert_cmpuint (hp_record_get_n_extras (HP_RECORD (plan)), ==, 1);
  g_assert_cmpuint (hp_record_get_n_extras (HP_RECORD (plan->case_info)), ==, 1);

  saved = hp_plan_file_to_bytes (plan);
  saved_text = g_bytes_get_data (saved, NULL);
  g_assert_nonnull (strstr (saved_text, "future_top"));
  g_assert_nonnull (strstr (saved_text, "future_case"));
  g_assert_nonnull (strstr (saved_text, "future_item"));

  /* Written back under the newer minor version, so it loads again with
   * the same members kept. */
  g_assert_nonnull (strstr (saved_text, "\"version\" : \"1.4\""));
  again = hp_plan_file_load_bytes (saved, &error);
  g_assert_no_error (error);
  g_assert_true (hp_record_equal (HP_RECORD (plan), HP_RECORD (again)));

  /* The same member in a file of this version is a mistake, not the future. */
  {
    const char *same =
      "{\"format\": \"hamtplan\", \"version\": \"1.0\", \"case\": {\"future_case\": 1},"
      " \"risk\": {}, \"support\": {}, \"contacts\": [], \"items\": [], \"measures\": [],"
      " \"visits\": [], \"consents\": [], \"follow_up\": {}}";
    g_autoptr(GBytes) same_bytes = g_bytes_new_static (same, strlen (same));
    g_autoptr(HpPlan) refused = hp_plan_file_load_bytes (same_bytes, &error);

    g_assert_null (refused);
    g_assert_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "case.future_case"));
  }
}

static void
test_malformed_files (void)
{
  const char *data_dir = g_getenv ("HAMTPLAN_TEST_DATA");
  g_autofree char *dir = g_build_filename (data_dir, "malformed", NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;
  const char *codes[] = { "READ", "WRITE", "SYNTAX", "NOT_A_PLAN", "VERSION", "INVALID", "TOO_LARGE" };

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *expected_path = NULL;
      g_autofree char *expected = NULL;
      g_auto(GStrv) lines = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(HpPlan) plan = NULL;
      int code = -1;

      if (!g_str_has_suffix (name, ".hamtplan"))
        continue;

      path = g_build_filename (dir, name, NULL);
      expected_path = g_strdup_printf ("%.*s.expected", (int) strlen (path) - 9, path);
      g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
      lines = g_strsplit (expected, "\n", 3);

      for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
        if (g_strcmp0 (lines[0], codes[i]) == 0)
          code = (int) i;
      g_assert_cmpint (code, >=, 0);

      plan = hp_plan_file_load (path, &error);
      g_test_message ("%s: %s", name, error ? error->message : "(loaded)");
      g_assert_null (plan);
      g_assert_error (error, HP_FORMAT_ERROR, code);
      if (strstr (error->message, lines[1]) == NULL)
        g_error ("%s: expected “%s” in “%s”", name, lines[1], error->message);
      /* One line: the command line prints it as it is. */
      g_assert_null (strchr (error->message, '\n'));
      n++;
    }

  g_assert_cmpuint (n, >=, 20);
}

static void
test_limits (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = NULL;
  GString *s;
  g_autoptr(GBytes) bytes = NULL;

  /* A file far larger than any plan: refused before it is parsed. */
  {
    gsize size = HP_PLAN_FILE_MAX_BYTES + 1;
    char *huge = g_malloc (size);

    memset (huge, ' ', size);
    bytes = g_bytes_new_take (huge, size);
    plan = hp_plan_file_load_bytes (bytes, &error);
    g_assert_null (plan);
    g_assert_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_TOO_LARGE);
    g_assert_nonnull (strstr (error->message, "64 MB"));
    g_clear_error (&error);
    g_clear_pointer (&bytes, g_bytes_unref);
  }

  /* More items than the limit. */
  s = g_string_new ("{\"format\": \"hamtplan\", \"version\": \"1.0\", \"case\": {}, \"risk\": {},"
                    " \"support\": {}, \"contacts\": [], \"measures\": [], \"visits\": [],"
                    " \"consents\": [], \"follow_up\": {}, \"items\": [");
  for (guint i = 0; i <= HP_PLAN_FILE_MAX_LIST; i++)
    g_string_append (s, i ? ",{\"name\":\"x\"}" : "{\"name\":\"x\"}");
  g_string_append (s, "]}");
  bytes = g_string_free_to_bytes (s);
  plan = hp_plan_file_load_bytes (bytes, &error);
  g_assert_null (plan);
  g_assert_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "items:"));
  g_clear_error (&error);
  g_clear_pointer (&bytes, g_bytes_unref);

  /* An enormous string. */
  s = g_string_new ("{\"format\": \"hamtplan\", \"version\": \"1.0\", \"case\": {\"notes\": \"");
  for (guint i = 0; i < HP_PLAN_FILE_MAX_STRING + 10; i++)
    g_string_append_c (s, 'a');
  g_string_append (s, "\"}, \"risk\": {}, \"support\": {}, \"contacts\": [], \"items\": [],"
                      " \"measures\": [], \"visits\": [], \"consents\": [], \"follow_up\": {}}");
  bytes = g_string_free_to_bytes (s);
  plan = hp_plan_file_load_bytes (bytes, &error);
  g_assert_null (plan);
  g_assert_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "case.notes"));
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = hp_plan_file_load ("/nonexistent/plan.hamtplan", &error);

  g_assert_null (plan);
  g_assert_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_READ);

  g_clear_error (&error);
  plan = hp_plan_file_load ("/", &error);
  g_assert_null (plan);
  g_assert_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_READ);
}

static void
assert_loaders_agree (const char *path)
{
  g_autoptr(GError) fast_error = NULL;
  g_autoptr(GError) strict_error = NULL;
  g_autoptr(HpPlan) fast = NULL;
  g_autoptr(HpPlan) strict = NULL;

  fast = hp_plan_file_load (path, &fast_error);
  hp_plan_file_set_fast_path (FALSE);
  strict = hp_plan_file_load (path, &strict_error);
  hp_plan_file_set_fast_path (TRUE);

  g_assert_true ((fast == NULL) == (strict == NULL));
  if (fast != NULL)
    {
      g_autofree char *diff = hp_record_describe_difference (HP_RECORD (fast), HP_RECORD (strict));
      g_assert_cmpstr (diff, ==, NULL);
    }
  else
    g_assert_cmpstr (fast_error->message, ==, strict_error->message);
}

/* The one-pass reader for files as Hämtplan writes them must give exactly
 * what the strict loader gives, for every example and every malformed file,
 * and for a fully populated plan. */
static void
test_fast_path_agrees_with_strict (void)
{
  const char *data_dir = g_getenv ("HAMTPLAN_TEST_DATA");
  const char *dirs[] = { "", "malformed" };
  g_autoptr(HpPlan) plan = full_plan ();
  g_autofree char *tmp = make_temp_dir ();
  g_autofree char *path = g_build_filename (tmp, "full.hamtplan", NULL);
  guint n = 0;

  g_assert_true (hp_plan_file_save (plan, path, NULL));
  assert_loaders_agree (path);

  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *dir = g_build_filename (data_dir, dirs[i], NULL);
      g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
      const char *name;

      g_assert_nonnull (d);
      while ((name = g_dir_read_name (d)) != NULL)
        {
          g_autofree char *file = g_build_filename (dir, name, NULL);

          if (!g_str_has_suffix (name, ".hamtplan"))
            continue;
          assert_loaders_agree (file);
          n++;
        }
    }

  g_assert_cmpuint (n, >=, 25);
  remove_dir (tmp);
}

/* A file from before the disclosure log (1.0) loads, on both paths alike;
 * its consents get ids in list order, the same every time until they are
 * saved; a log with an entry whose consent and contact are gone since
 * loads, saves and loads again unchanged, as 1.2. */
static void
test_disclosures_and_older_files (void)
{
  const char *data_dir = g_getenv ("HAMTPLAN_TEST_DATA");
  g_autofree char *old_path = g_build_filename (data_dir, "vaktbolag-skyddade-uppgifter.hamtplan",
                                                NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = NULL;
  g_autoptr(HpPlan) again = NULL;
  g_autoptr(HpPlan) reloaded = NULL;
  g_autoptr(HpDisclosure) entry = hp_disclosure_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.hamtplan", NULL);
  g_autofree char *diff = NULL;
  GListModel *consents;
  guint n;

  assert_loaders_agree (old_path);
  plan = hp_plan_file_load (old_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->disclosures)), ==, 0);
  consents = G_LIST_MODEL (plan->consents);
  n = g_list_model_get_n_items (consents);
  g_assert_cmpuint (n, >=, 2);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpConsent) consent = g_list_model_get_item (consents, i);
      g_autofree char *id = g_strdup_printf ("s%u", i + 1);

      g_assert_cmpstr (consent->id, ==, id);
    }
  again = hp_plan_file_load (old_path, &error);
  g_assert_no_error (error);
  g_assert_true (hp_record_equal (HP_RECORD (plan), HP_RECORD (again)));

  /* An entry about a contact and a consent that are gone since. */
  g_object_set (entry, "when", "2026-11-28T14:05", "document", HP_DISCLOSURE_DOCUMENT_HANDOVER,
                "form", HP_DISCLOSURE_FORM_PRINT, "recipient-kind", HP_DISCLOSURE_RECIPIENT_CONTACT,
                "recipient", "k99", "recipient-name", "Rania Haddad",
                "consent", "s99", "consent-in-force", TRUE, "consent-valid-until", "2027-02-28",
                "consent-party", HP_CONSENT_PARTY_CLIENT,
                "consent-scope", HP_CONSENT_SCOPE_SHARE_INFORMATION, NULL);
  hp_disclosure_add_field (entry, "visits.date");
  hp_disclosure_add_field (entry, "case.caseworker_phone");
  g_list_store_append (plan->disclosures, entry);

  g_assert_true (hp_plan_file_save (plan, path, &error));
  g_assert_no_error (error);
  assert_loaders_agree (path);
  reloaded = hp_plan_file_load (path, &error);
  g_assert_no_error (error);
  /* The entry had no id (an entry of 1.1 from before ids): it gets one on
   * load, the same in every load until saved, so that a window and the
   * command line that both loaded the file take it as one entry. */
  {
    g_autoptr(HpPlan) twice = hp_plan_file_load (path, &error);
    g_autoptr(HpDisclosure) first = g_list_model_get_item (G_LIST_MODEL (reloaded->disclosures), 0);
    g_autoptr(HpDisclosure) second = g_list_model_get_item (G_LIST_MODEL (twice->disclosures), 0);

    g_assert_no_error (error);
    g_assert_cmpuint (strlen (first->id), ==, 36);
    g_assert_cmpstr (first->id, ==, second->id);
    g_object_set (entry, "id", first->id, NULL);
  }
  diff = hp_record_describe_difference (HP_RECORD (plan), HP_RECORD (reloaded));
  g_assert_cmpstr (diff, ==, NULL);
  bytes = hp_plan_file_to_bytes (reloaded);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), -1, "\"version\" : \"1.2\""));
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), -1, "\"id\" : \"s1\""));

  /* A time that does not exist is refused, naming the entry. */
  {
    g_autoptr(HpPlan) bad = NULL;
    g_autoptr(GBytes) bad_bytes = NULL;
    g_autoptr(GString) text = g_string_new (g_bytes_get_data (bytes, NULL));

    g_string_replace (text, "2026-11-28T14:05", "2026-11-31T14:05", 0);
    bad_bytes = g_bytes_new (text->str, text->len);
    bad = hp_plan_file_load_bytes (bad_bytes, &error);
    g_assert_null (bad);
    g_assert_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "disclosures[0].when"));
    g_clear_error (&error);
  }

  /* A time with seconds, as entries are written now, loads; seconds that
   * do not exist are refused. */
  {
    g_autoptr(HpPlan) good = NULL;
    g_autoptr(HpPlan) bad = NULL;
    g_autoptr(GBytes) good_bytes = NULL;
    g_autoptr(GBytes) bad_bytes = NULL;
    g_autoptr(GString) text = g_string_new (g_bytes_get_data (bytes, NULL));
    g_autoptr(HpDisclosure) loaded = NULL;

    g_string_replace (text, "2026-11-28T14:05", "2026-11-28T14:05:59", 0);
    good_bytes = g_bytes_new (text->str, text->len);
    good = hp_plan_file_load_bytes (good_bytes, &error);
    g_assert_no_error (error);
    loaded = g_list_model_get_item (G_LIST_MODEL (good->disclosures), 0);
    g_assert_cmpstr (loaded->when, ==, "2026-11-28T14:05:59");

    g_string_replace (text, "2026-11-28T14:05:59", "2026-11-28T14:05:60", 0);
    bad_bytes = g_bytes_new (text->str, text->len);
    bad = hp_plan_file_load_bytes (bad_bytes, &error);
    g_assert_null (bad);
    g_assert_nonnull (strstr (error->message, "disclosures[0].when"));
    g_clear_error (&error);
  }

  /* Two entries alike to the minute, one copied with the other's id, are
   * two entries with an id each after loading: merged by id, neither is
   * dropped. */
  {
    g_autoptr(HpPlan) two = hp_plan_new ();
    g_autoptr(HpPlan) loaded = NULL;
    g_autoptr(HpDisclosure) copy = HP_DISCLOSURE (hp_record_copy (HP_RECORD (entry)));
    g_autoptr(HpDisclosure) a = NULL;
    g_autoptr(HpDisclosure) b = NULL;
    g_autofree char *two_path = g_build_filename (dir, "two.hamtplan", NULL);

    g_list_store_append (two->disclosures, entry);
    g_list_store_append (two->disclosures, copy);
    g_assert_true (hp_plan_file_save (two, two_path, &error));
    g_assert_no_error (error);
    assert_loaders_agree (two_path);
    loaded = hp_plan_file_load (two_path, &error);
    g_assert_no_error (error);
    a = g_list_model_get_item (G_LIST_MODEL (loaded->disclosures), 0);
    b = g_list_model_get_item (G_LIST_MODEL (loaded->disclosures), 1);
    g_assert_cmpstr (a->id, ==, entry->id);
    g_assert_cmpuint (strlen (b->id), ==, 36);
    g_assert_cmpstr (a->id, !=, b->id);
    g_assert_cmpstr (a->when, ==, b->when);
  }

  /* Two consents with one id are refused, as two contacts are. */
  {
    g_autoptr(HpPlan) bad = NULL;
    g_autoptr(GBytes) bad_bytes = NULL;
    g_autoptr(GString) text = g_string_new (g_bytes_get_data (bytes, NULL));

    g_string_replace (text, "\"id\" : \"s2\"", "\"id\" : \"s1\"", 0);
    bad_bytes = g_bytes_new (text->str, text->len);
    bad = hp_plan_file_load_bytes (bad_bytes, &error);
    g_assert_null (bad);
    g_assert_nonnull (strstr (error->message, "consents[1].id"));
    g_clear_error (&error);
  }

  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hp/format/round-trip", test_round_trip);
  g_test_add_func ("/hp/format/empty-plan-round-trip", test_empty_plan_round_trip);
  g_test_add_func ("/hp/format/save-mode-0600", test_save_mode_0600);
  g_test_add_func ("/hp/format/save-read-only-folder", test_save_read_only_folder);
  g_test_add_func ("/hp/format/save-missing-folder", test_save_missing_folder);
  g_test_add_func ("/hp/format/parts-round-trip", test_parts_round_trip);
  g_test_add_func ("/hp/format/older-file-without-parts", test_older_file_without_parts);
  g_test_add_func ("/hp/format/newer-minor-keeps-unknown", test_newer_minor_keeps_unknown);
  g_test_add_func ("/hp/format/version-number-1", test_version_number_1);
  g_test_add_func ("/hp/format/malformed-files", test_malformed_files);
  g_test_add_func ("/hp/format/limits", test_limits);
  g_test_add_func ("/hp/format/missing-file", test_missing_file);
  g_test_add_func ("/hp/format/fast-path-agrees-with-strict", test_fast_path_agrees_with_strict);
  g_test_add_func ("/hp/format/disclosures-and-older-files", test_disclosures_and_older_files);

  return g_test_run ();
}
