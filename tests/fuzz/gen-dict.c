/* gen-dict.c: the libFuzzer dictionary of the plan file, from the field tables
 *
 *   gen-dict               prints the dictionary
 *   gen-dict --check FILE  exits 1 when FILE is not what it would print
 *
 * Every member name of every record (as "name":) and every nick of every
 * enumeration a field uses (as "nick"), and the tokens a plan needs, so the
 * fuzzer reaches deep into valid plans instead of guessing spellings.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hp-model.h"

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
          {
            g_autoptr(GEnumClass) enum_class = g_type_class_ref (field->get_type ());

            for (guint j = 0; j < enum_class->n_values; j++)
              g_hash_table_add (tokens, g_strdup_printf ("\"%s\"",
                                                         enum_class->values[j].value_nick));
          }
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

static char *
make_dictionary (void)
{
  g_autoptr(GHashTable) tokens = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) visited = g_hash_table_new (NULL, NULL);
  const char *fixed[] = {
    /* The header and the versions that matter. */
    "\"format\":", "\"hamtplan\"", "\"version\":", "\"1.0\"", "\"1.1\"", "\"2.0\"",
    /* Values of each kind. */
    "true", "false", "null", "{}", "[]", "\"\"", "\"2026-11-27\"", "\"2024-02-29\"",
    "\"08:30\"", "\"23:59\"", "\"811218-9876\"", "\"19811218-9876\"", "\"811278-9873\"",
    "\"k1\"", "\"b1\"", "1440", "-1", "\"\\n\"", "\"\\u0000\"", "\"\\ud800\"",
  };
  GString *out = g_string_new (NULL);
  guint n;
  g_autofree gpointer *sorted = NULL;

  collect (HP_TYPE_PLAN, tokens, visited);
  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    g_hash_table_add (tokens, g_strdup (fixed[i]));

  sorted = g_hash_table_get_keys_as_array (tokens, &n);
  qsort (sorted, n, sizeof (gpointer), compare_tokens);

  g_string_append (out,
                   "# hamtplan.dict: libFuzzer dictionary for the plan harnesses (tests/fuzz).\n"
                   "# Generated from the model's field tables by tests/fuzz/gen-dict; the test\n"
                   "# fuzz/dict-up-to-date fails when a field is added and this is not redone:\n"
                   "#   build/tests/fuzz/gen-dict > tests/fuzz/hamtplan.dict\n");
  for (guint i = 0; i < n; i++)
    append_entry (out, sorted[i]);

  return g_string_free (out, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dictionary = make_dictionary ();
  g_autofree char *existing = NULL;
  g_autoptr(GError) error = NULL;

  if (argc == 1)
    {
      fputs (dictionary, stdout);
      return EXIT_SUCCESS;
    }

  if (argc != 3 || strcmp (argv[1], "--check") != 0)
    {
      fprintf (stderr, "usage: gen-dict [--check FILE]\n");
      return 2;
    }

  if (!g_file_get_contents (argv[2], &existing, NULL, &error))
    {
      fprintf (stderr, "gen-dict: %s\n", error->message);
      return EXIT_FAILURE;
    }
  if (strcmp (existing, dictionary) != 0)
    {
      fprintf (stderr, "gen-dict: %s is out of date with the field tables; regenerate it:\n"
               "  build/tests/fuzz/gen-dict > %s\n", argv[2], argv[2]);
      return EXIT_FAILURE;
    }
  printf ("gen-dict: %s is up to date\n", argv[2]);
  return EXIT_SUCCESS;
}
