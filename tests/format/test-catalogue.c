/* test-catalogue.c: the local routine: the built-in default, the example
 * municipality, malformed files named by member path, and the order in
 * which the administrator's and the user's files override the default */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "hp-catalogue.h"
#include "hp-model.h"
#include "hp-plan-file.h"

static const HpCatalogueItem *
find_item (HpCatalogue *catalogue,
           const char  *name)
{
  for (guint i = 0; i < hp_catalogue_get_n_items (catalogue); i++)
    if (strcmp (hp_catalogue_get_item (catalogue, i)->name, name) == 0)
      return hp_catalogue_get_item (catalogue, i);
  return NULL;
}

static gboolean
has_measure_containing (HpCatalogue *catalogue,
                        const char  *text)
{
  for (guint i = 0; i < hp_catalogue_get_n_measures (catalogue); i++)
    if (strstr (hp_catalogue_get_measure (catalogue, i)->title, text) != NULL)
      return TRUE;
  return FALSE;
}

static guint
count_contacts (HpCatalogue   *catalogue,
                HpContactKind  kind)
{
  GListModel *contacts = hp_catalogue_get_contacts (catalogue);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(HpContact) contact = g_list_model_get_item (contacts, i);

      if (contact->kind == kind)
        n++;
    }
  return n;
}

static HpCatalogue *
load_text (const char  *text,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return hp_catalogue_load_bytes (bytes, "test.json", error);
}

static void
write_file (const char *path,
            const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
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
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

/* The built-in default: the national suggestions, no local contacts. */
static void
test_default (void)
{
  g_autoptr(HpCatalogue) catalogue = hp_catalogue_new_default ();
  const HpCatalogueItem *item;
  const char * const *origins;

  g_assert_cmpstr (hp_catalogue_get_name (catalogue), !=, "");
  g_assert_cmpuint (hp_catalogue_get_n_items (catalogue), >=, 20);
  g_assert_cmpuint (hp_catalogue_get_n_measures (catalogue), >=, 10);
  g_assert_cmpuint (g_list_model_get_n_items (hp_catalogue_get_contacts (catalogue)), ==, 0);
  g_assert_cmpstr (hp_catalogue_get_consent_wording (catalogue), !=, "");

  item = find_item (catalogue, "Pass");
  g_assert_nonnull (item);
  g_assert_cmpint (item->category, ==, HP_ITEM_CATEGORY_IDENTITY);
  g_assert_cmpint (item->priority, ==, HP_PRIORITY_MUST);
  g_assert_false (item->for_child);

  item = find_item (catalogue, "Mediciner");
  g_assert_nonnull (item);
  g_assert_cmpint (item->category, ==, HP_ITEM_CATEGORY_MEDICINE);
  g_assert_cmpint (item->priority, ==, HP_PRIORITY_MUST);

  item = find_item (catalogue, "Barnens gosedjur");
  g_assert_nonnull (item);
  g_assert_cmpint (item->category, ==, HP_ITEM_CATEGORY_CHILDRENS_THINGS);
  g_assert_true (item->for_child);

  for (const char * const *name = (const char *[]) { "ID-handlingar", "Körkort", "Glasögon och linser",
                                                     "Betyg och intyg", "Arbetsintyg och lönebesked",
                                                     "Försäkringspapper", "Fotografier", "Skolsaker",
                                                     "Mobilladdare", "Barnens kläder och skor",
                                                     NULL };
       *name != NULL; name++)
    g_assert_nonnull (find_item (catalogue, *name));

  /* The safety measures of the national guidance. */
  g_assert_true (has_measure_containing (catalogue, "Två personal"));
  g_assert_true (has_measure_containing (catalogue, "våldsutövaren är hemma"));
  g_assert_true (has_measure_containing (catalogue, "Tidsgräns"));
  g_assert_true (has_measure_containing (catalogue, "112"));
  g_assert_true (has_measure_containing (catalogue, "Kodord"));
  g_assert_true (has_measure_containing (catalogue, "utcheckning"));
  g_assert_true (has_measure_containing (catalogue, "parkerad"));
  g_assert_true (has_measure_containing (catalogue, "Vägen ut"));
  g_assert_true (has_measure_containing (catalogue, "AirTags"));
  g_assert_true (has_measure_containing (catalogue, "spårsändare"));

  origins = hp_catalogue_get_origins (catalogue);
  g_assert_cmpstr (origins[0], ==, "resource://" HP_CATALOGUE_RESOURCE);
  g_assert_null (origins[1]);
}

/* The example for a fictional municipality loads, and has what an
 * administrator would copy: the police, the security company under
 * contract, two neutral handover sites and a local consent wording. */
static void
test_example_municipality (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data",
                                                 "exempel-katalog-sjostad.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HpCatalogue) catalogue = NULL;
  g_autoptr(HpCatalogue) layered = NULL;
  GListModel *contacts;
  gsize length;
  gboolean police_found = FALSE;

  g_file_get_contents (path, &text, &length, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (g_steal_pointer (&text), length);

  catalogue = hp_catalogue_load_bytes (bytes, path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (catalogue);

  g_assert_nonnull (strstr (hp_catalogue_get_name (catalogue), "Sjöstad"));
  g_assert_cmpuint (count_contacts (catalogue, HP_CONTACT_KIND_POLICE), ==, 1);
  g_assert_cmpuint (count_contacts (catalogue, HP_CONTACT_KIND_SECURITY_COMPANY), ==, 1);
  g_assert_cmpuint (count_contacts (catalogue, HP_CONTACT_KIND_HANDOVER_SITE), ==, 2);
  g_assert_nonnull (strstr (hp_catalogue_get_consent_wording (catalogue), "Sjöstad"));

  contacts = hp_catalogue_get_contacts (catalogue);
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(HpContact) contact = g_list_model_get_item (contacts, i);

      /* A plan gives each contact its own id when it is picked. */
      g_assert_cmpstr (contact->id, ==, "");
      g_assert_cmpstr (contact->phone, !=, "");
      if (contact->kind == HP_CONTACT_KIND_HANDOVER_SITE)
        g_assert_cmpstr (contact->address, !=, "");
      if (contact->kind == HP_CONTACT_KIND_POLICE)
        {
          g_assert_cmpstr (contact->name, ==, "Lokalpolisområde Sjöstad");
          police_found = TRUE;
        }
    }
  g_assert_true (police_found);

  /* The example defines no checklists: placed as an administrator's file
   * it keeps the built-in ones. */
  layered = hp_catalogue_load_files ((const char *[]) { path, NULL }, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (hp_catalogue_get_contacts (layered)), ==, 5);
  g_assert_nonnull (find_item (layered, "Pass"));
  g_assert_true (has_measure_containing (layered, "Två personal"));
  g_assert_nonnull (strstr (hp_catalogue_get_consent_wording (layered), "Sjöstad"));
}

/* The smallest file, a byte order mark, multi-line texts, and a contact
 * copied from a plan with its id. */
static void
test_minimal_and_contacts (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpCatalogue) minimal = NULL;
  g_autoptr(HpCatalogue) catalogue = NULL;
  g_autoptr(HpContact) contact = NULL;

  minimal = load_text ("\xef\xbb\xbf{\"format\": \"hamtplan-catalogue\", \"version\": 1}", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hp_catalogue_get_name (minimal), ==, "");
  g_assert_cmpuint (hp_catalogue_get_n_items (minimal), ==, 0);
  g_assert_cmpuint (hp_catalogue_get_n_measures (minimal), ==, 0);
  g_assert_cmpstr (hp_catalogue_get_consent_wording (minimal), ==, "");
  g_assert_cmpstr (hp_catalogue_get_origins (minimal)[0], ==, "test.json");

  catalogue = load_text ("{\"format\": \"hamtplan-catalogue\", \"version\": 1,"
                         " \"items\": [{\"name\": \"Nallen\", \"category\": \"childrens-things\","
                         "   \"priority\": \"if-possible\", \"for_child\": true},"
                         "  {\"name\": \"Laddare\", \"category\": \"electronics\", \"priority\": \"should\"}],"
                         " \"measures\": [{\"title\": \"Kodord\"}],"
                         " \"contacts\": [{\"id\": \"c3\", \"kind\": \"security-company\","
                         "   \"organisation\": \"Vakt AB\", \"address\": \"Gatan 1\\n999 99 Orten\","
                         "   \"request_date\": \"2026-11-27\", \"granted\": \"yes\"}],"
                         " \"consent_wording\": \"Rad ett\\nRad två\"}", &error);
  g_assert_no_error (error);

  g_assert_cmpuint (hp_catalogue_get_n_items (catalogue), ==, 2);
  g_assert_cmpstr (hp_catalogue_get_item (catalogue, 0)->name, ==, "Nallen");
  g_assert_cmpint (hp_catalogue_get_item (catalogue, 0)->category, ==, HP_ITEM_CATEGORY_CHILDRENS_THINGS);
  g_assert_cmpint (hp_catalogue_get_item (catalogue, 0)->priority, ==, HP_PRIORITY_IF_POSSIBLE);
  g_assert_true (hp_catalogue_get_item (catalogue, 0)->for_child);
  g_assert_false (hp_catalogue_get_item (catalogue, 1)->for_child);
  g_assert_cmpint (hp_catalogue_get_item (catalogue, 1)->priority, ==, HP_PRIORITY_SHOULD);
  g_assert_cmpstr (hp_catalogue_get_measure (catalogue, 0)->title, ==, "Kodord");
  g_assert_cmpstr (hp_catalogue_get_measure (catalogue, 0)->responsible, ==, "");
  g_assert_cmpstr (hp_catalogue_get_consent_wording (catalogue), ==, "Rad ett\nRad två");

  contact = g_list_model_get_item (hp_catalogue_get_contacts (catalogue), 0);
  g_assert_cmpstr (contact->id, ==, "");
  g_assert_cmpint (contact->kind, ==, HP_CONTACT_KIND_SECURITY_COMPANY);
  g_assert_cmpstr (contact->organisation, ==, "Vakt AB");
  g_assert_cmpstr (contact->address, ==, "Gatan 1\n999 99 Orten");
  g_assert_cmpstr (contact->request_date, ==, "2026-11-27");
  g_assert_cmpint (contact->granted, ==, HP_ANSWER_YES);
}

typedef struct
{
  const char *text;
  int         code;
  const char *message;   /* expected in the message, after "test.json: " */
} BadCase;

#define HEAD "{\"format\": \"hamtplan-catalogue\", \"version\": 1, "
#define ITEM(n, c) "{\"name\": \"" n "\", \"category\": \"" c "\", \"priority\": \"must\"}"

static const BadCase bad_cases[] = {
  { HEAD "\"items\": [" ITEM ("A", "identity") ", " ITEM ("B", "identity") ", "
         ITEM ("C", "keys") ", " ITEM ("D", "x") "]}",
    HP_FORMAT_ERROR_INVALID, "items[3].category: “x” is not a valid value (valid: identity," },
  { "{\"format\": \"hamtplan-catalogue\", \"version\": 1,,}",
    HP_FORMAT_ERROR_SYNTAX, "the file is not valid JSON" },
  { "", HP_FORMAT_ERROR_SYNTAX, "the file is empty" },
  { "   \n", HP_FORMAT_ERROR_SYNTAX, "the file is empty" },
  { "{\"format\": \"hamtplan\", \"version\": \"1.0\"}",
    HP_FORMAT_ERROR_NOT_A_PLAN, "this is a plan, not a catalogue" },
  { "{\"format\": \"hamtplan-katalog\", \"version\": 1}",
    HP_FORMAT_ERROR_NOT_A_PLAN, "format: not a Hämtplan catalogue" },
  { "[1, 2]", HP_FORMAT_ERROR_NOT_A_PLAN, "not a Hämtplan catalogue" },
  { "{\"format\": \"hamtplan-catalogue\"}", HP_FORMAT_ERROR_INVALID, "version: this member is missing" },
  { "{\"format\": \"hamtplan-catalogue\", \"version\": \"1\"}",
    HP_FORMAT_ERROR_INVALID, "version: must be a whole number, 1 or more" },
  { "{\"format\": \"hamtplan-catalogue\", \"version\": 0}",
    HP_FORMAT_ERROR_INVALID, "version: must be a whole number, 1 or more" },
  { "{\"format\": \"hamtplan-catalogue\", \"version\": 2}",
    HP_FORMAT_ERROR_VERSION, "version: the catalogue is of version 2" },
  { HEAD "\"itmes\": []}", HP_FORMAT_ERROR_INVALID, "itmes: unknown member (known members: format," },
  { HEAD "\"items\": {}}", HP_FORMAT_ERROR_INVALID, "items: expected a list, found an object" },
  { HEAD "\"items\": [\"Pass\"]}", HP_FORMAT_ERROR_INVALID, "items[0]: expected an object, found text" },
  { HEAD "\"items\": [{\"name\": \"Pass\", \"category\": \"identity\"}]}",
    HP_FORMAT_ERROR_INVALID, "items[0].priority: this member is missing" },
  { HEAD "\"items\": [" ITEM ("A", "keys") ", " ITEM (" ", "keys") "]}",
    HP_FORMAT_ERROR_INVALID, "items[1].name: must not be empty" },
  { HEAD "\"items\": [" ITEM ("Rad\\nRad", "keys") "]}",
    HP_FORMAT_ERROR_INVALID, "items[0].name: must be a single line" },
  { HEAD "\"items\": [" ITEM ("Klocka\\u0007", "keys") "]}",
    HP_FORMAT_ERROR_INVALID, "items[0].name: contains a control character" },
  { HEAD "\"items\": [{\"name\": 7, \"category\": \"keys\", \"priority\": \"must\"}]}",
    HP_FORMAT_ERROR_INVALID, "items[0].name: expected text, found a number" },
  { HEAD "\"items\": [{\"name\": \"A\", \"category\": \"keys\", \"priority\": \"urgent\"}]}",
    HP_FORMAT_ERROR_INVALID, "items[0].priority: “urgent” is not a valid value (valid: must, should, if-possible)" },
  { HEAD "\"items\": [{\"name\": \"A\", \"category\": \"keys\", \"priority\": \"must\", \"for_child\": \"yes\"}]}",
    HP_FORMAT_ERROR_INVALID, "items[0].for_child: expected true or false, found text" },
  { HEAD "\"items\": [{\"name\": \"A\", \"category\": \"keys\", \"priority\": \"must\", \"colour\": 1}]}",
    HP_FORMAT_ERROR_INVALID, "items[0].colour: unknown member (known members: name, category, priority, for_child)" },
  { HEAD "\"items\": [" ITEM ("Pass", "identity") ", " ITEM ("pass ", "identity") "]}",
    HP_FORMAT_ERROR_INVALID, "items[1]: “pass ” is already in the list (items[0])" },
  { HEAD "\"measures\": [{\"responsible\": \"Alla\"}]}",
    HP_FORMAT_ERROR_INVALID, "measures[0].title: this member is missing" },
  { HEAD "\"measures\": [{\"title\": \"Kodord\", \"responsible\": null}]}",
    HP_FORMAT_ERROR_INVALID, "measures[0].responsible: expected text, found null" },
  { HEAD "\"measures\": [{\"title\": \"Kodord\"}, {\"title\": \"KODORD\"}]}",
    HP_FORMAT_ERROR_INVALID, "measures[1]: “KODORD” is already in the list (measures[0])" },
  { HEAD "\"contacts\": [{\"kind\": \"polis\", \"name\": \"Polisen\"}]}",
    HP_FORMAT_ERROR_INVALID, "contacts[0].kind: “polis” is not a valid value (valid: police," },
  { HEAD "\"contacts\": [{\"kind\": \"police\", \"name\": \"P\"}, {\"kind\": \"police\", \"name\": \"Q\", \"fax\": \"1\"}]}",
    HP_FORMAT_ERROR_INVALID, "contacts[1].fax: unknown member (known members: id, kind, part, name," },
  { HEAD "\"contacts\": [{\"name\": \"Polisen\"}]}",
    HP_FORMAT_ERROR_INVALID, "contacts[0].kind: this member is missing" },
  { HEAD "\"contacts\": [{\"kind\": \"police\", \"phone\": \"114 14\"}]}",
    HP_FORMAT_ERROR_INVALID, "contacts[0]: a contact needs a name or an organisation" },
  { HEAD "\"contacts\": [{\"kind\": \"police\", \"name\": \"P\", \"request_date\": \"2026-13-01\"}]}",
    HP_FORMAT_ERROR_INVALID, "contacts[0].request_date: “2026-13-01” is not a real date" },
  /* A value in the wrong place is not quoted: it may be a name or a number. */
  { HEAD "\"contacts\": [{\"kind\": \"police\", \"name\": \"P\", \"request_date\": \"070-123 45 67\"}]}",
    HP_FORMAT_ERROR_INVALID, "contacts[0].request_date: “…” is not a real date" },
  { HEAD "\"contacts\": [{\"kind\": \"Anna Andersson\", \"name\": \"P\"}]}",
    HP_FORMAT_ERROR_INVALID, "contacts[0].kind: “…” is not a valid value (valid: police," },
  { HEAD "\"contacts\": [{\"kind\": \"police\", \"name\": \"P\", \"phone\": \"1\\n2\"}]}",
    HP_FORMAT_ERROR_INVALID, "contacts[0].phone: must be a single line" },
  { HEAD "\"contacts\": [{\"kind\": \"police\", \"name\": \"P\", \"granted\": true}]}",
    HP_FORMAT_ERROR_INVALID, "contacts[0].granted: expected text, found true or false" },
  { HEAD "\"consent_wording\": 12}", HP_FORMAT_ERROR_INVALID, "consent_wording: expected text, found a number" },
  { HEAD "\"name\": \"Två\\nrader\"}", HP_FORMAT_ERROR_INVALID, "name: must be a single line" },
  { HEAD "\"name\": \"\xc3\x28\"}", HP_FORMAT_ERROR_SYNTAX, "the file is not valid UTF-8 text (at byte 56)" },
  { HEAD "\"items\": [[[[[[[[[[]]]]]]]]]]}", HP_FORMAT_ERROR_TOO_LARGE, "the file is nested deeper than the limit of 8 levels" },
};

static void
test_errors_name_the_member (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HpCatalogue) catalogue = load_text (bad_cases[i].text, &error);
      g_autofree char *expected = g_strconcat ("test.json: ", bad_cases[i].message, NULL);

      if (error == NULL || strstr (error->message, expected) == NULL)
        g_test_message ("case %u: got “%s”, expected “%s”", i,
                        error != NULL ? error->message : "(no error)", expected);
      g_assert_null (catalogue);
      g_assert_error (error, HP_FORMAT_ERROR, bad_cases[i].code);
      g_assert_nonnull (strstr (error->message, expected));
    }
}

static void
test_limits (void)
{
  g_autoptr(GString) big = g_string_new (HEAD "\"name\": \"");
  g_autoptr(GString) long_list = g_string_new (HEAD "\"measures\": [");
  g_autoptr(GString) long_text = g_string_new (HEAD "\"consent_wording\": \"");
  g_autoptr(GError) error = NULL;
  g_autoptr(HpCatalogue) catalogue = NULL;

  while (big->len <= HP_CATALOGUE_MAX_BYTES)
    g_string_append (big, "aaaaaaaaaaaaaaaa");
  g_string_append (big, "\"}");
  catalogue = load_text (big->str, &error);
  g_assert_null (catalogue);
  g_assert_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "test.json: the file is larger than the limit of 1024 kB"));
  g_clear_error (&error);

  for (guint i = 0; i <= HP_CATALOGUE_MAX_LIST; i++)
    g_string_append_printf (long_list, "%s{\"title\": \"T%u\"}", i > 0 ? "," : "", i);
  g_string_append (long_list, "]}");
  catalogue = load_text (long_list->str, &error);
  g_assert_null (catalogue);
  g_assert_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "test.json: measures: 1001 entries is more than the limit of 1000"));
  g_clear_error (&error);

  for (guint i = 0; i <= HP_CATALOGUE_MAX_STRING; i += 8)
    g_string_append (long_text, "abcdefgh");
  g_string_append (long_text, "\"}");
  catalogue = load_text (long_text->str, &error);
  g_assert_null (catalogue);
  g_assert_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "test.json: consent_wording: the text is longer than the limit of 16 kB"));
}

#define ADMIN_FILE \
  HEAD "\"name\": \"Kommunen\"," \
  " \"items\": [" ITEM ("Kommunens egen", "other") "]," \
  " \"contacts\": [{\"kind\": \"police\", \"name\": \"Lokalpolisen\"}]}"
#define USER_FILE \
  HEAD "\"name\": \"Min lista\", \"measures\": []}"
#define BAD_FILE \
  HEAD "\"items\": [" ITEM ("Nycklar", "nycklar") "]}"

/* Lays files over the default with explicit paths. */
static void
test_layers (void)
{
  g_autofree char *dir = g_dir_make_tmp ("hamtplan-catalogue-XXXXXX", NULL);
  g_autofree char *admin = g_build_filename (dir, "admin.json", NULL);
  g_autofree char *user = g_build_filename (dir, "user.json", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.json", NULL);
  g_autofree char *bad2 = g_build_filename (dir, "bad2.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.json", NULL);
  g_autoptr(HpCatalogue) builtin = hp_catalogue_new_default ();
  g_autoptr(GError) warning = NULL;

  g_assert_nonnull (dir);
  write_file (admin, ADMIN_FILE);
  write_file (user, USER_FILE);
  write_file (bad, BAD_FILE);
  write_file (bad2, "{\"format\": \"hamtplan-catalogue\", \"version\": 1");
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);

  {
    g_autoptr(HpCatalogue) c = hp_catalogue_load_files ((const char *[]) { admin, NULL }, &warning);
    const char * const *origins = hp_catalogue_get_origins (c);

    g_assert_no_error (warning);
    /* What the administrator defines replaces the default ... */
    g_assert_cmpstr (hp_catalogue_get_name (c), ==, "Kommunen");
    g_assert_cmpuint (hp_catalogue_get_n_items (c), ==, 1);
    g_assert_cmpstr (hp_catalogue_get_item (c, 0)->name, ==, "Kommunens egen");
    g_assert_cmpuint (g_list_model_get_n_items (hp_catalogue_get_contacts (c)), ==, 1);
    /* ... and what it leaves out is kept. */
    g_assert_cmpuint (hp_catalogue_get_n_measures (c), ==, hp_catalogue_get_n_measures (builtin));
    g_assert_cmpstr (hp_catalogue_get_consent_wording (c), ==,
                     hp_catalogue_get_consent_wording (builtin));
    g_assert_cmpstr (origins[0], ==, "resource://" HP_CATALOGUE_RESOURCE);
    g_assert_cmpstr (origins[1], ==, admin);
    g_assert_null (origins[2]);
  }

  {
    /* The user's file over the administrator's; an empty list empties. */
    g_autoptr(HpCatalogue) c = hp_catalogue_load_files ((const char *[]) { admin, missing, user, NULL },
                                                        &warning);

    g_assert_no_error (warning);
    g_assert_cmpstr (hp_catalogue_get_name (c), ==, "Min lista");
    g_assert_cmpuint (hp_catalogue_get_n_measures (c), ==, 0);
    g_assert_cmpuint (hp_catalogue_get_n_items (c), ==, 1);
    g_assert_cmpuint (g_list_model_get_n_items (hp_catalogue_get_contacts (c)), ==, 1);
    g_assert_cmpuint (g_strv_length ((char **) hp_catalogue_get_origins (c)), ==, 3);
  }

  {
    /* A malformed file is skipped with one warning that names it and the
     * member; the layers around it still count. */
    g_autoptr(HpCatalogue) c = hp_catalogue_load_files ((const char *[]) { admin, bad, NULL }, &warning);
    g_autofree char *expected = g_strdup_printf ("%s: items[0].category: “nycklar” is not a valid value",
                                                 bad);

    g_assert_error (warning, HP_FORMAT_ERROR, HP_FORMAT_ERROR_INVALID);
    g_assert_nonnull (strstr (warning->message, expected));
    g_assert_nonnull (strstr (warning->message, "The file is not used until it is corrected."));
    g_assert_null (strchr (warning->message, '\n'));
    g_assert_cmpstr (hp_catalogue_get_name (c), ==, "Kommunen");
    g_assert_cmpstr (hp_catalogue_get_item (c, 0)->name, ==, "Kommunens egen");
    g_assert_cmpuint (g_strv_length ((char **) hp_catalogue_get_origins (c)), ==, 2);
    g_clear_error (&warning);
  }

  {
    /* Two bad files and a folder: one warning, a line for each. */
    g_autoptr(HpCatalogue) c = hp_catalogue_load_files ((const char *[]) { bad, folder, bad2, NULL },
                                                        &warning);
    g_auto(GStrv) lines = NULL;

    g_assert_nonnull (warning);
    lines = g_strsplit (warning->message, "\n", -1);
    g_assert_cmpuint (g_strv_length (lines), ==, 3);
    g_assert_true (g_str_has_prefix (lines[0], bad));
    g_assert_true (g_str_has_prefix (lines[1], folder));
    g_assert_nonnull (strstr (lines[1], "this is not a regular file"));
    g_assert_true (g_str_has_prefix (lines[2], bad2));
    g_assert_nonnull (strstr (lines[2], "not valid JSON"));
    /* The built-in default, whole. */
    g_assert_cmpuint (hp_catalogue_get_n_items (c), ==, hp_catalogue_get_n_items (builtin));
    g_assert_cmpstr (hp_catalogue_get_name (c), ==, hp_catalogue_get_name (builtin));
    g_clear_error (&warning);
  }

  remove_tree (dir);
}

/* hp_catalogue_load_system reads $XDG_CONFIG_DIRS and $XDG_CONFIG_HOME,
 * which GLib reads once per process: each case runs in a fresh child
 * process whose environment the parent sets. */

static char *
system_file (int which)
{
  const char *dirs = g_getenv ("XDG_CONFIG_DIRS");
  g_auto(GStrv) parts = g_strsplit (dirs, G_SEARCHPATH_SEPARATOR_S, -1);

  return g_build_filename (parts[which], "hamtplan", HP_CATALOGUE_FILE_NAME, NULL);
}

static char *
user_file (void)
{
  return g_build_filename (g_getenv ("XDG_CONFIG_HOME"), "hamtplan", HP_CATALOGUE_FILE_NAME, NULL);
}

typedef void (*Setup) (void);

static void
run_in_child (Setup setup)
{
  g_autofree char *dir = g_dir_make_tmp ("hamtplan-xdg-XXXXXX", NULL);
  g_autofree char *dirs = g_strdup_printf ("%s/first" G_SEARCHPATH_SEPARATOR_S "%s/second", dir, dir);
  g_autofree char *home = g_build_filename (dir, "home", NULL);
  g_autofree char *old_dirs = g_strdup (g_getenv ("XDG_CONFIG_DIRS"));
  g_autofree char *old_home = g_strdup (g_getenv ("XDG_CONFIG_HOME"));

  g_setenv ("XDG_CONFIG_DIRS", dirs, TRUE);
  g_setenv ("XDG_CONFIG_HOME", home, TRUE);
  setup ();

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);

  if (old_dirs != NULL)
    g_setenv ("XDG_CONFIG_DIRS", old_dirs, TRUE);
  else
    g_unsetenv ("XDG_CONFIG_DIRS");
  if (old_home != NULL)
    g_setenv ("XDG_CONFIG_HOME", old_home, TRUE);
  else
    g_unsetenv ("XDG_CONFIG_HOME");
  remove_tree (dir);

  g_test_trap_assert_passed ();
}

static void
setup_nothing (void)
{
}

static void
test_system_without_files (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GError) warning = NULL;
      g_autoptr(HpCatalogue) c = hp_catalogue_load_system (&warning);
      g_autoptr(HpCatalogue) builtin = hp_catalogue_new_default ();

      g_assert_no_error (warning);
      g_assert_cmpuint (g_strv_length ((char **) hp_catalogue_get_origins (c)), ==, 1);
      g_assert_cmpuint (hp_catalogue_get_n_items (c), ==, hp_catalogue_get_n_items (builtin));
      g_assert_cmpuint (g_list_model_get_n_items (hp_catalogue_get_contacts (c)), ==, 0);
      return;
    }
  run_in_child (setup_nothing);
}

static void
setup_admin_both_and_user (void)
{
  g_autofree char *first = system_file (0);
  g_autofree char *second = system_file (1);
  g_autofree char *user = user_file ();

  write_file (first, ADMIN_FILE);
  write_file (second, HEAD "\"name\": \"Andra\", \"consent_wording\": \"Andra katalogens\"}");
  write_file (user, USER_FILE);
}

static void
test_system_order (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GError) warning = NULL;
      g_autoptr(HpCatalogue) c = hp_catalogue_load_system (&warning);
      g_autoptr(HpCatalogue) builtin = hp_catalogue_new_default ();
      g_autofree char *first = system_file (0);
      g_autofree char *user = user_file ();
      const char * const *origins = hp_catalogue_get_origins (c);

      g_assert_no_error (warning);
      /* Default, then the first system folder's file, then the user's. */
      g_assert_cmpuint (g_strv_length ((char **) origins), ==, 3);
      g_assert_cmpstr (origins[1], ==, first);
      g_assert_cmpstr (origins[2], ==, user);
      /* The user's name wins over the administrator's ... */
      g_assert_cmpstr (hp_catalogue_get_name (c), ==, "Min lista");
      g_assert_cmpuint (hp_catalogue_get_n_measures (c), ==, 0);
      /* ... the administrator's items and contacts stay ... */
      g_assert_cmpstr (hp_catalogue_get_item (c, 0)->name, ==, "Kommunens egen");
      g_assert_cmpuint (count_contacts (c, HP_CONTACT_KIND_POLICE), ==, 1);
      /* ... and the second system folder is not read at all. */
      g_assert_cmpstr (hp_catalogue_get_consent_wording (c), ==,
                       hp_catalogue_get_consent_wording (builtin));
      return;
    }
  run_in_child (setup_admin_both_and_user);
}

static void
setup_second_only (void)
{
  g_autofree char *second = system_file (1);

  write_file (second, ADMIN_FILE);
}

static void
test_system_second_folder (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GError) warning = NULL;
      g_autoptr(HpCatalogue) c = hp_catalogue_load_system (&warning);
      g_autofree char *second = system_file (1);

      g_assert_no_error (warning);
      g_assert_cmpstr (hp_catalogue_get_name (c), ==, "Kommunen");
      g_assert_cmpstr (hp_catalogue_get_origins (c)[1], ==, second);
      return;
    }
  run_in_child (setup_second_only);
}

static void
setup_bad_user (void)
{
  g_autofree char *first = system_file (0);
  g_autofree char *user = user_file ();

  write_file (first, ADMIN_FILE);
  write_file (user, BAD_FILE);
}

static void
test_system_bad_user_file (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GError) warning = NULL;
      g_autoptr(HpCatalogue) c = hp_catalogue_load_system (&warning);
      g_autofree char *user = user_file ();
      g_autofree char *expected = g_strdup_printf ("%s: items[0].category:", user);

      g_assert_error (warning, HP_FORMAT_ERROR, HP_FORMAT_ERROR_INVALID);
      g_assert_nonnull (strstr (warning->message, expected));
      g_assert_cmpstr (hp_catalogue_get_name (c), ==, "Kommunen");
      g_assert_cmpstr (hp_catalogue_get_item (c, 0)->name, ==, "Kommunens egen");
      return;
    }
  run_in_child (setup_bad_user);
}

static void
setup_bad_admin (void)
{
  g_autofree char *first = system_file (0);
  g_autofree char *second = system_file (1);

  write_file (first, "{\"format\": \"hamtplan-catalogue\", \"version\": 3}");
  write_file (second, ADMIN_FILE);
}

static void
test_system_bad_admin_file (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GError) warning = NULL;
      g_autoptr(HpCatalogue) c = hp_catalogue_load_system (&warning);
      g_autoptr(HpCatalogue) builtin = hp_catalogue_new_default ();
      g_autofree char *first = system_file (0);

      /* The administrator's file in force is the first one; when it is
       * malformed, the built-in default is used, not an older copy lower
       * down the list. */
      g_assert_error (warning, HP_FORMAT_ERROR, HP_FORMAT_ERROR_VERSION);
      g_assert_true (g_str_has_prefix (warning->message, first));
      g_assert_cmpstr (hp_catalogue_get_name (c), ==, hp_catalogue_get_name (builtin));
      g_assert_cmpuint (hp_catalogue_get_n_items (c), ==, hp_catalogue_get_n_items (builtin));
      return;
    }
  run_in_child (setup_bad_admin);
}

/* The warning the window shows is in Swedish when the user's language is. */
static void
test_warning_in_swedish (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *dir = g_dir_make_tmp ("hamtplan-sv-XXXXXX", NULL);
      g_autofree char *plan = g_build_filename (dir, "plan.json", NULL);
      g_autofree char *dup = g_build_filename (dir, "dubblett.json", NULL);
      g_autoptr(HpCatalogue) c = NULL;
      g_autoptr(GError) warning = NULL;

      setlocale (LC_ALL, "");
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("HAMTPLAN_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);

      write_file (plan, "{\"format\": \"hamtplan\", \"version\": \"1.0\"}");
      write_file (dup, HEAD "\"measures\": [{\"title\": \"Kodord\"}, {\"title\": \"kodord\"}]}");
      c = hp_catalogue_load_files ((const char *[]) { plan, dup, NULL }, &warning);
      g_assert_nonnull (warning);
      g_test_message ("%s", warning->message);
      g_assert_nonnull (strstr (warning->message, "det här är en plan, inte en katalog"));
      g_assert_nonnull (strstr (warning->message, "measures[1]: ”kodord” finns redan i listan (measures[0])"));
      g_assert_nonnull (strstr (warning->message, "Filen används inte förrän den har rättats."));
      g_assert_null (strstr (warning->message, "not used"));
      remove_tree (dir);
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

  g_test_add_func ("/hp/format/catalogue/default", test_default);
  g_test_add_func ("/hp/format/catalogue/example-municipality", test_example_municipality);
  g_test_add_func ("/hp/format/catalogue/minimal-and-contacts", test_minimal_and_contacts);
  g_test_add_func ("/hp/format/catalogue/errors-name-the-member", test_errors_name_the_member);
  g_test_add_func ("/hp/format/catalogue/limits", test_limits);
  g_test_add_func ("/hp/format/catalogue/layers", test_layers);
  g_test_add_func ("/hp/format/catalogue/warning-in-swedish", test_warning_in_swedish);
  g_test_add_func ("/hp/format/catalogue/system/without-files", test_system_without_files);
  g_test_add_func ("/hp/format/catalogue/system/order", test_system_order);
  g_test_add_func ("/hp/format/catalogue/system/second-folder", test_system_second_folder);
  g_test_add_func ("/hp/format/catalogue/system/bad-user-file", test_system_bad_user_file);
  g_test_add_func ("/hp/format/catalogue/system/bad-admin-file", test_system_bad_admin_file);

  return g_test_run ();
}
