/* test-loader-hardening.c: what the loaders refuse, and how they say it
 *
 * Each case is a bug found while fuzzing or reviewing the plan and
 * catalogue loaders (issue 6); tests/fuzz/regressions keeps the inputs
 * that crashed, this file checks the messages a user sees instead.
 */

#include "config.h"

#include <string.h>

#include "hp-catalogue.h"
#include "hp-model.h"
#include "hp-plan-file.h"

#define TAIL "\"risk\": {}, \"support\": {}, \"contacts\": [], \"items\": [], " \
             "\"measures\": [], \"visits\": [], \"consents\": [], \"follow_up\": {}}"

static HpPlan *
load (const char  *text,
      GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return hp_plan_file_load_bytes (bytes, error);
}

static void
expect_error (const char *text,
              int         code,
              const char *part)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = load (text, &error);

  g_assert_null (plan);
  g_assert_error (error, HP_FORMAT_ERROR, code);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  if (strstr (error->message, part) == NULL)
    g_error ("expected “%s” in “%s” for %s", part, error->message, text);
}

/* Outside strings, only what strict JSON has: json-glib's comments and
 * single-quoted strings hid brackets from the nesting check. */
static void
test_not_strict_json (void)
{
  expect_error ("{\"format\": \"hamtplan\", /* \" */ \"version\": \"1.0\"}",
                HP_FORMAT_ERROR_SYNTAX, "unexpected character at byte 23");
  expect_error ("{'format': 'hamtplan'}", HP_FORMAT_ERROR_SYNTAX,
                "unexpected character at byte 1");
  expect_error ("# hamtplan\n{}", HP_FORMAT_ERROR_SYNTAX, "unexpected character at byte 0");
  /* A byte order mark: never written by Hämtplan. */
  expect_error ("\xef\xbb\xbf{}", HP_FORMAT_ERROR_SYNTAX, "unexpected character at byte 0");
}

/* Escapes strict JSON does not have, and halves of UTF-16 pairs, which
 * json-glib turned into text that is not UTF-8. */
static void
test_escapes (void)
{
  const char *refused[] = {
    "\\u1", "\\u12g4", "\\101", "\\x41", "\\ud800", "\\udc00", "\\ud800\\u0041",
    "\\ud800x", "\\ud83d\\ud83d", "\\ud800\\", "\\ud800\\u",
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *text = g_strdup_printf ("{\"format\": \"hamtplan\", \"version\": \"1.0\", "
                                               "\"case\": {\"notes\": \"a%s\"}, " TAIL,
                                               refused[i]);

      expect_error (text, HP_FORMAT_ERROR_SYNTAX, "invalid escape sequence at byte 61");
    }

  /* What JSON does allow comes through as the character. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(HpPlan) plan = load ("{\"format\": \"hamtplan\", \"version\": \"1.0\", \"case\": "
                                   "{\"notes\": \"\\ud83d\\ude42 \\u00e5 \\\" \\\\ \\/ \\b\\f\\n\\r\\t\"}, "
                                   TAIL, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (plan->case_info->notes, ==, "🙂 å \" \\ / \b\f\n\r\t");
  }
}

/* json-glib's own message quoted the file: half characters, names. */
static void
test_parser_message (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = load ("{\"format\": \"hamtplan\",\n \"Anna Andersson Storgatan 1 "
                                 "åäöåäöåäöåäöåäöåäöåäöåäöåäöåäöåäö\" 1}", &error);

  g_assert_null (plan);
  g_assert_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_SYNTAX);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_null (strstr (error->message, "Anna"));
  g_assert_null (strstr (error->message, "Storgatan"));
  /* Where it is stays: line 2. */
  g_assert_nonnull (strstr (error->message, "(line 2, column "));
}

/* A mistyped personnummer is nearly always the person's own: the message,
 * which goes to a terminal or a log, does not repeat it. */
static void
test_id_number_not_repeated (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = load ("{\"format\": \"hamtplan\", \"version\": \"1.0\", \"case\": "
                                 "{\"client_id_number\": \"19811218-9875\"}, " TAIL, &error);

  g_assert_null (plan);
  g_assert_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_INVALID);
  g_assert_null (strstr (error->message, "9875"));
  g_assert_null (strstr (error->message, "811218"));
  g_assert_nonnull (strstr (error->message, "case.client_id_number:"));
  g_assert_nonnull (strstr (error->message, "check digit"));
}

/* A value in the wrong place can be a name or a phone number: it is quoted
 * only when it has the shape the member expects. */
static void
test_values_quoted_by_shape (void)
{
  struct { const char *member; const char *value; const char *message; } cases[] = {
    { "\"needed_by\"", "\"070-123 45 67\"", "case.needed_by: “…” is not a real date" },
    { "\"needed_by\"", "\"2026-02-30\"", "case.needed_by: “2026-02-30” is not a real date" },
    { "\"protection\"", "\"Anna Andersson\"", "case.protection: “…” is not a valid value" },
    { "\"protection\"", "\"secret\"", "case.protection: “secret” is not a valid value" },
    { "\"Anna Andersson\"", "\"x\"", "case.…: unknown member" },
    { "\"client_ID\"", "\"x\"", "case.…: unknown member" },
    { "\"transport\"", "\"x\"", "case.transport: unknown member" },
    { "\"client_id_number\"", "\"070-1234567\"", "case.client_id_number: “…” is not a valid" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("{\"format\": \"hamtplan\", \"version\": \"1.0\", "
                                               "\"case\": {%s: %s}, " TAIL, cases[i].member,
                                               cases[i].value);

      expect_error (text, HP_FORMAT_ERROR_INVALID, cases[i].message);
    }

  /* A long number where minutes belong. */
  expect_error ("{\"format\": \"hamtplan\", \"version\": \"1.0\", \"case\": {}, \"risk\": {}, "
                "\"support\": {\"time_on_site_minutes\": 701234567}, \"contacts\": [], "
                "\"items\": [], \"measures\": [], \"visits\": [], \"consents\": [], "
                "\"follow_up\": {}}",
                HP_FORMAT_ERROR_INVALID, "support.time_on_site_minutes: … is not between");
  /* An id that is not one of Hämtplan's. */
  expect_error ("{\"format\": \"hamtplan\", \"version\": \"1.0\", \"risk\": {}, \"support\": {}, "
                "\"items\": [], \"measures\": [], \"visits\": [], \"follow_up\": {}, "
                "\"case\": {}, \"contacts\": [], \"consents\": [{\"party\": \"client\", "
                "\"scope\": \"share-information\", \"recipient\": \"Moster Karin\"}]}",
                HP_FORMAT_ERROR_INVALID, "consents[0].recipient: no contact has the id “…”");
}

/* Members kept from a newer minor version: in file order, and refused when
 * json-glib could not write a number of theirs back. */
static void
test_kept_members (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = NULL;
  g_autoptr(GBytes) saved = NULL;
  const char *text;

  plan = load ("{\"format\": \"hamtplan\", \"version\": \"1.9\", \"z_first\": [1e5, 0.1, -3], "
               "\"case\": {}, \"a_second\": {\"n\": 2.5}, " TAIL, &error);
  g_assert_no_error (error);
  saved = hp_plan_file_to_bytes (plan);
  text = g_bytes_get_data (saved, NULL);
  g_assert_nonnull (strstr (text, "z_first"));
  g_assert_true (strstr (text, "z_first") < strstr (text, "a_second"));
  g_clear_object (&plan);

  plan = load ("{\"format\": \"hamtplan\", \"version\": \"1.9\", \"future\": {\"x\": [2e-35]}, "
               "\"case\": {}, " TAIL, &error);
  g_assert_null (plan);
  g_assert_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "future: "));
  g_assert_nonnull (strstr (error->message, "update Hämtplan"));
  g_clear_error (&error);

  plan = load ("{\"format\": \"hamtplan\", \"version\": \"1.9\", \"future\": 1e999, "
               "\"case\": {}, " TAIL, &error);
  g_assert_null (plan);
  g_assert_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_INVALID);
}

static void
test_limits (void)
{
  GString *s = g_string_new ("{\"format\": \"hamtplan\", \"version\": \"1.9\", \"future\": {");

  /* 1,000 members in an object are fine ... */
  for (guint i = 0; i < HP_PLAN_FILE_MAX_MEMBERS; i++)
    g_string_append_printf (s, "%s\"m%u\": %u", i ? ", " : "", i, i);
  {
    g_autofree char *text = g_strdup_printf ("%s}, \"case\": {}, " TAIL, s->str);
    g_autoptr(GError) error = NULL;
    g_autoptr(HpPlan) plan = load (text, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (hp_record_get_n_extras (HP_RECORD (plan)), ==, 1);
  }
  /* ... 1,001 are not. */
  g_string_append (s, ", \"one_more\": 0");
  {
    g_autofree char *text = g_strdup_printf ("%s}, \"case\": {}, " TAIL, s->str);

    expect_error (text, HP_FORMAT_ERROR_TOO_LARGE, "has more than the limit of 1000 members");
  }
  g_string_free (s, TRUE);
}

/* Ids are checked by sorting now; the messages are those of before. */
static void
test_duplicate_ids (void)
{
  expect_error ("{\"format\": \"hamtplan\", \"version\": \"1.0\", \"case\": {}, \"risk\": {}, "
                "\"support\": {}, \"items\": [], \"measures\": [], \"visits\": [], "
                "\"consents\": [], \"follow_up\": {}, \"contacts\": [{\"id\": \"k2\", \"kind\": "
                "\"police\"}, {\"id\": \"k1\", \"kind\": \"police\"}, {\"id\": \"k3\", \"kind\": "
                "\"police\"}, {\"id\": \"k1\", \"kind\": \"police\"}, {\"id\": \"k2\", \"kind\": "
                "\"police\"}]}",
                HP_FORMAT_ERROR_INVALID, "contacts[3].id: the id “k1” is used by another contact");
  expect_error ("{\"format\": \"hamtplan\", \"version\": \"1.0\", \"risk\": {}, \"support\": {}, "
                "\"contacts\": [], \"measures\": [], \"visits\": [], \"consents\": [], "
                "\"follow_up\": {}, \"case\": {\"children\": [{\"id\": \"b1\", \"name\": \"Elsa\"}, "
                "{\"id\": \"b2\", \"name\": \"Nils\"}]}, "
                "\"items\": [{\"name\": \"Nalle\", \"owner\": \"b2\"}, {\"name\": \"Boll\", "
                "\"owner\": \"b3\"}]}",
                HP_FORMAT_ERROR_INVALID, "items[1].owner: no child has the id “b3”");
}

/* The catalogue has the same scan. */
static void
test_catalogue (void)
{
  const char *texts[] = {
    "{\"format\": \"hamtplan-catalogue\", \"version\": 1, /* \" */ \"items\": []}",
    "{\"format\": \"hamtplan-catalogue\", \"version\": 1, \"name\": \"\\ud800 \"}",
  };
  const char *parts[] = { "unexpected character at byte 47", "invalid escape sequence at byte 56" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (texts[i], strlen (texts[i]));
      g_autoptr(GError) error = NULL;
      g_autoptr(HpCatalogue) catalogue = hp_catalogue_load_bytes (bytes, "katalog.json", &error);

      g_assert_null (catalogue);
      g_assert_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_SYNTAX);
      g_assert_true (g_str_has_prefix (error->message, "katalog.json: "));
      if (strstr (error->message, parts[i]) == NULL)
        g_error ("expected “%s” in “%s”", parts[i], error->message);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/harden/loader/not-strict-json", test_not_strict_json);
  g_test_add_func ("/harden/loader/escapes", test_escapes);
  g_test_add_func ("/harden/loader/parser-message", test_parser_message);
  g_test_add_func ("/harden/loader/id-number-not-repeated", test_id_number_not_repeated);
  g_test_add_func ("/harden/loader/values-quoted-by-shape", test_values_quoted_by_shape);
  g_test_add_func ("/harden/loader/kept-members", test_kept_members);
  g_test_add_func ("/harden/loader/limits", test_limits);
  g_test_add_func ("/harden/loader/duplicate-ids", test_duplicate_ids);
  g_test_add_func ("/harden/loader/catalogue", test_catalogue);

  return g_test_run ();
}
