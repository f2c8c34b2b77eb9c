/* hp-cli.c: the command line (no display needed)
 *
 * `hamtplan --check PLAN` prints the findings, one a line, and exits 1 when
 * any is an error.  A file that cannot be read or is not a valid plan gives
 * one line on stderr naming the file and the reason, and exit 2.  Nothing
 * here touches GTK, so it runs where no display is.
 */

#define G_LOG_DOMAIN "hp-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "hp-checks.h"
#include "hp-cli-export.h"
#include "hp-cli.h"
#include "hp-model.h"
#include "hp-plan-file.h"

typedef struct
{
  gboolean check;
  gboolean version;
  char   **files;
} Options;

void
hp_cli_init_i18n (void)
{
  const char *localedir = g_getenv ("HAMTPLAN_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/* One line on stderr: “FILE: reason”. */
static int
bad_input (const char *path,
           const char *reason)
{
  g_autofree char *name = g_filename_display_name (path);
  g_autofree char *line = g_strdup_printf ("%s: %s", name, reason);

  /* A message is one line, whatever the reason carried. */
  g_strdelimit (line, "\r\n", ' ');
  fprintf (stderr, "%s\n", line);
  return HP_CLI_EXIT_BAD_INPUT;
}

static HpPlan *
load_plan (const char  *path,
           int         *exit_code)
{
  g_autoptr(GError) error = NULL;
  HpPlan *plan = hp_plan_file_load (path, &error);

  if (plan == NULL)
    *exit_code = bad_input (path, error->message);
  return plan;
}

/* A finding's field in words: "items[2].tracker_checked" is
 * "Tillhörigheter nr 3 › Kontrollerad för spårsändare", from the labels of
 * the model's field tables.  The path itself names members of the file
 * format, in English.  The plan's parts (case, risk ...) are left out: the
 * section names them.  NULL when a part is not a field. */
static char *
describe_field (const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, ".", -1);
  g_autoptr(GString) words = g_string_new (NULL);
  GType type = HP_TYPE_PLAN;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *name = g_strdup (parts[i]);
      char *bracket = strchr (name, '[');
      const HpField *field;
      guint64 index = 0;
      gboolean indexed = FALSE;

      if (bracket != NULL)
        {
          char *end = NULL;

          *bracket = '\0';
          index = g_ascii_strtoull (bracket + 1, &end, 10);
          if (end == bracket + 1 || g_strcmp0 (end, "]") != 0)
            return NULL;
          indexed = TRUE;
        }

      if (!g_type_is_a (type, HP_TYPE_RECORD))
        return NULL;
      {
        g_autoptr(GTypeClass) klass = g_type_class_ref (type);

        field = hp_record_class_find_field (HP_RECORD_CLASS (klass), name);
      }
      if (field == NULL || (indexed && field->kind != HP_FIELD_LIST))
        return NULL;

      type = (field->kind == HP_FIELD_RECORD || field->kind == HP_FIELD_LIST)
             ? field->get_type () : G_TYPE_INVALID;

      /* The plan's parts (case, risk ...) are the sections, named already. */
      if (i == 0 && field->kind == HP_FIELD_RECORD)
        continue;

      if (words->len > 0)
        /* Translators: between the parts of a field's place in the plan,
         * "Tillhörigheter nr 3 › Var i bostaden" */
        g_string_append (words, _(" › "));
      if (indexed)
        /* Translators: an entry of a list by its number, "Tillhörigheter nr 3" */
        g_string_append_printf (words, C_("field path", "%s no. %u"), _(field->label),
                                (guint) index + 1);
      else
        g_string_append (words, _(field->label));
    }

  return words->len > 0 ? g_string_free (g_steal_pointer (&words), FALSE) : NULL;
}

static int
run_check (const char *path)
{
  g_autoptr(HpPlan) plan = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  gboolean any_error = FALSE;
  int exit_code = HP_CLI_EXIT_OK;

  plan = load_plan (path, &exit_code);
  if (plan == NULL)
    return exit_code;

  findings = hp_checks_run (plan, NULL);
  for (guint i = 0; i < findings->len; i++)
    {
      HpFinding *finding = g_ptr_array_index (findings, i);
      const char *section = hp_enum_get_label (HP_TYPE_SECTION, finding->section);
      g_autofree char *field = describe_field (finding->field);

      if (field != NULL && g_strcmp0 (field, section) != 0)
        /* Translators: one finding on the command line: severity, section,
         * field, message, source.  Keep it on one line. */
        printf (_("%s: %s (%s): %s [%s]\n"),
                hp_severity_get_label (finding->severity), section, field,
                finding->message, finding->source);
      else
        /* Translators: one finding on the command line: severity, section,
         * message, source.  Keep it on one line. */
        printf (_("%s: %s: %s [%s]\n"),
                hp_severity_get_label (finding->severity), section,
                finding->message, finding->source);
      if (finding->severity == HP_SEVERITY_ERROR)
        any_error = TRUE;
    }

  if (findings->len == 0)
    printf ("%s\n", _("No findings: the plan follows the guidance checks."));

  return any_error ? HP_CLI_EXIT_FINDINGS : HP_CLI_EXIT_OK;
}

int
hp_cli_main (char ***argv)
{
  Options opts = { 0 };
  g_auto(HpCliExport) export_opts = { 0 };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "check", 'c', 0, G_OPTION_ARG_NONE, &opts.check,
      N_("Check the plan against the guidance and print the findings; exit 1 if any is an error"),
      NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, &opts.version,
      N_("Show the version and exit"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &opts.files, NULL,
      N_("PLAN.hamtplan") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Plan how a client's belongings are fetched, check the plan "
                                  "against the national guidance and print it.\n"
                                  "Without options the window opens, with the plan if one is "
                                  "named."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  hp_cli_export_add_entries (context, &export_opts);

  /* parse_strv frees the arguments it takes out of @argv. */
  if (!g_option_context_parse_strv (context, argv, &error))
    {
      fprintf (stderr, "hamtplan: %s\n", error->message);
      return HP_CLI_EXIT_BAD_INPUT;
    }

  files = g_steal_pointer (&opts.files);

  if (opts.version)
    {
      printf ("hamtplan %s\n", PACKAGE_VERSION);
      return HP_CLI_EXIT_OK;
    }

  if (hp_cli_export_requested (&export_opts))
    {
      if (opts.check)
        {
          fprintf (stderr, "hamtplan: %s\n",
                   _("--check and an export cannot be given together: run them one at a time"));
          return HP_CLI_EXIT_BAD_INPUT;
        }
      return hp_cli_export_run (&export_opts, files);
    }

  if (opts.check)
    {
      if (files == NULL || g_strv_length (files) != 1)
        {
          fprintf (stderr, "hamtplan: %s\n", _("--check needs exactly one plan file"));
          return HP_CLI_EXIT_BAD_INPUT;
        }
      return run_check (files[0]);
    }

  /* No action: the window opens the files that are left. */
  {
    GStrvBuilder *builder = g_strv_builder_new ();

    g_strv_builder_add (builder, (*argv)[0]);
    if (files != NULL)
      g_strv_builder_addv (builder, (const char **) files);
    g_strfreev (*argv);
    *argv = g_strv_builder_end (builder);
    g_strv_builder_unref (builder);
  }

  return -1;
}
