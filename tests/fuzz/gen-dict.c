/* gen-dict.c: the libFuzzer dictionaries, from the field tables
 *
 *   gen-dict plan|catalogue               prints the dictionary
 *   gen-dict plan|catalogue --check FILE  exits 1 when FILE differs from it
 *
 * Every member name of every record (as "name":) and every nick of every
 * enumeration a field uses (as "nick"), and the tokens a file needs, so the
 * fuzzer reaches deep into valid files instead of guessing spellings.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hp-model.h"

static void
add_enum (GType       type,
          GHashTable *tokens)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);

  for (guint j = 0; j < enum_class->n_values; j++)
    g_hash_table_add (tokens, g_strdup_printf ("\"%s\"", enum_class->values[j].value_nick));
}

static void
collect (GType       type,
         GHashTable *tokens,
         GHashTable *visited)
{
  g_autoptr(GTypeClass) klass = NULL;
  const HpField *fields;
  guint n_fields;

  if (!g_hash_table_add (visited, GSIZE_TO_POINTER (type)))
    return;

  klass = g_type_class_ref (type);
  fields = hp_record_class_get_fields (HP_RECORD_CLASS (klass), &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      const HpField *field = &fields[i];

      g_hash_table_add (tokens, g_strdup_printf ("\"%s\":", field->name));

      switch (field->kind)
        {
        case HP_FIELD_ENUM:
          add_enum (field->get_type (), tokens);
          break;
        case HP_FIELD_RECORD:
        case HP_FIELD_LIST:
          collect (field->get_type (), tokens, visited);
          break;
        case HP_FIELD_STRING:
        case HP_FIELD_TEXT:
        case HP_FIELD_DATE:
        case HP_FIELD_TIME:
        case HP_FIELD_ID_NUMBER:
        case HP_FIELD_BOOLEAN:
        case HP_FIELD_INT:
        default:
          break;
        }
    }
}

/* As libFuzzer reads it: "..." with \" and \\ escaped. */
static void
append_entry (GString    *out,
              const char *token)
{
  g_string_append_c (out, '"');
  for (const char *p = token; *p; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
  g_string_append (out, "\"\n");
}

static int
compare_tokens (gconstpointer a,
                gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static const char * const plan_tokens[] = {
  /* The header and the versions that matter. */
  "\"format\":", "\"hamtplan\"", "\"version\":", "\"1.0\"", "\"1.1\"", "\"2.0\"",
  /* Values of each kind. */
  "true", "false", "null", "{}", "[]", "\"\"", "\"2026-11-27\"", "\"2024-02-29\"",
  "\"08:30\"", "\"23:59\"", "\"811218-9876\"", "\"19811218-9876\"", "\"811278-9873\"",
  "\"k1\"", "\"b1\"", "1440", "-1", "\"\\n\"", "\"\\u0000\"", "\"\\ud800\"",
  NULL
};

/* The catalogue's own members (hp-catalogue.h); its contacts are HpContact. */
static const char * const catalogue_tokens[] = {
  "\"format\":", "\"hamtplan-catalogue\"", "\"version\":", "1", "2", "\"name\":",
  "\"items\":", "\"measures\":", "\"contacts\":", "\"consent_wording\":",
  "\"category\":", "\"priority\":", "\"for_child\":", "\"title\":", "\"responsible\":",
  "true", "false", "null", "{}", "[]", "\"\"", "\"2026-11-27\"", "\"811218-9876\"",
  "\"\\n\"", "\"\\t\"", "\"\\u0000\"", "\"\\ud800\"", "\"\\ufeff\"", "\"hamtplan\"",
  NULL
};

static char *
make_dictionary (gboolean catalogue)
{
  g_autoptr(GHashTable) tokens = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) visited = g_hash_table_new (NULL, NULL);
  const char * const *fixed = catalogue ? catalogue_tokens : plan_tokens;
  GString *out = g_string_new (NULL);
  guint n;
  g_autofree gpointer *sorted = NULL;

  if (catalogue)
    {
      collect (HP_TYPE_CONTACT, tokens, visited);
      add_enum (HP_TYPE_ITEM_CATEGORY, tokens);
      add_enum (HP_TYPE_PRIORITY, tokens);
    }
  else
    collect (HP_TYPE_PLAN, tokens, visited);
  for (guint i = 0; fixed[i] != NULL; i++)
    g_hash_table_add (tokens, g_strdup (fixed[i]));

  sorted = g_hash_table_get_keys_as_array (tokens, &n);
  qsort (sorted, n, sizeof (gpointer), compare_tokens);

  g_string_append_printf (out,
                          "# %s.dict: libFuzzer dictionary for the %s harnesses (tests/fuzz).\n"
                          "# Generated from the model's field tables by tests/fuzz/gen-dict; the\n"
                          "# test fuzz/dict-up-to-date fails when a field is added and this is not\n"
                          "# redone: build/tests/fuzz/gen-dict %s > tests/fuzz/%s.dict\n",
                          catalogue ? "catalogue" : "hamtplan", catalogue ? "catalogue" : "plan",
                          catalogue ? "catalogue" : "plan", catalogue ? "catalogue" : "hamtplan");
  for (guint i = 0; i < n; i++)
    append_entry (out, sorted[i]);

  return g_string_free (out, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dictionary = NULL;
  g_autofree char *existing = NULL;
  g_autoptr(GError) error = NULL;
  gboolean catalogue;

  if ((argc != 2 && argc != 4) ||
      (strcmp (argv[1], "plan") != 0 && strcmp (argv[1], "catalogue") != 0) ||
      (argc == 4 && strcmp (argv[2], "--check") != 0))
    {
      fprintf (stderr, "usage: gen-dict plan|catalogue [--check FILE]\n");
      return 2;
    }
  catalogue = strcmp (argv[1], "catalogue") == 0;
  dictionary = make_dictionary (catalogue);

  if (argc == 2)
    {
      fputs (dictionary, stdout);
      return EXIT_SUCCESS;
    }

  if (!g_file_get_contents (argv[3], &existing, NULL, &error))
    {
      fprintf (stderr, "gen-dict: %s\n", error->message);
      return EXIT_FAILURE;
    }
  if (strcmp (existing, dictionary) != 0)
    {
      fprintf (stderr, "gen-dict: %s is out of date with the field tables; regenerate it:\n"
               "  build/tests/fuzz/gen-dict %s > %s\n", argv[3], argv[1], argv[3]);
      return EXIT_FAILURE;
    }
  printf ("gen-dict: %s is up to date\n", argv[3]);
  return EXIT_SUCCESS;
}
