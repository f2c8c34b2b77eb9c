/* hp-cli-export.c: the command line's exports (no display needed)
 *
 * Everything that can be refused is checked before anything is written:
 * the options, the plan, the recipient and the client's consent, the
 * visit of a visit card.  The
 * writers themselves write atomically, so a failure while writing leaves
 * no half-written file either.  A handover sheet or consent record is
 * noted in the plan file's disclosure log as part of the export
 * (export_logged()).  Which document is made is the export kind's
 * (hp-export-kind.h), as in the window.  Nothing here touches GTK.
 */

#define G_LOG_DOMAIN "hp-cli-export"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "hp-cli-export.h"
#include "hp-cli.h"
#include "hp-disclosure-file.h"
#include "hp-export-kind.h"
#include "hp-export.h"
#include "hp-journal.h"
#include "hp-model.h"
#include "hp-plan-file.h"

/* Adds the export options to the command line's main group.  The strings
 * land in @options; free them with hp_cli_export_clear(). */
void
hp_cli_export_add_entries (GOptionContext *context,
                           HpCliExport    *options)
{
  const GOptionEntry entries[] = {
    { "export-pdf", 0, 0, G_OPTION_ARG_FILENAME, &options->export_pdf,
      N_("Write the full plan as PDF to OUT.pdf"), N_("OUT.pdf") },
    { "export-handover", 0, 0, G_OPTION_ARG_FILENAME, &options->export_handover,
      N_("Write the handover sheet for the contact given by --recipient as PDF to OUT.pdf"),
      N_("OUT.pdf") },
    { "recipient", 0, 0, G_OPTION_ARG_STRING, &options->recipient,
      N_("The handover sheet's recipient: the contact's id in the file, or its number in the "
         "contact list (1 for the first)"),
      N_("N") },
    { "export-consent", 0, 0, G_OPTION_ARG_FILENAME, &options->export_consent,
      N_("Write the consent record to OUT.pdf, or as XML to OUT.xml"), N_("OUT.pdf|OUT.xml") },
    { "export-visit-card", 0, 0, G_OPTION_ARG_FILENAME, &options->export_visit_card,
      N_("Write the visit card for the visit given by --visit as PDF to OUT.pdf"),
      N_("OUT.pdf") },
    { "visit", 0, 0, G_OPTION_ARG_STRING, &options->visit,
      N_("The visit card's visit: its number in the list of visits (1 for the first)"),
      N_("N") },
    { "journal", 0, 0, G_OPTION_ARG_NONE, &options->journal,
      N_("Print a summary of the plan for the case record"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
}

gboolean
hp_cli_export_requested (const HpCliExport *options)
{
  return options->export_pdf != NULL || options->export_handover != NULL ||
         options->recipient != NULL || options->export_consent != NULL ||
         options->export_visit_card != NULL || options->visit != NULL || options->journal;
}

void
hp_cli_export_clear (HpCliExport *options)
{
  g_clear_pointer (&options->export_pdf, g_free);
  g_clear_pointer (&options->export_handover, g_free);
  g_clear_pointer (&options->recipient, g_free);
  g_clear_pointer (&options->export_consent, g_free);
  g_clear_pointer (&options->export_visit_card, g_free);
  g_clear_pointer (&options->visit, g_free);
  options->journal = FALSE;
}

/* One line on stderr, “WHERE: reason”, and the exit code for bad input. */
static int
fail (const char *where,
      const char *reason)
{
  g_autofree char *line = g_strdup_printf ("%s: %s", where, reason);

  g_strdelimit (line, "\r\n", ' ');
  fprintf (stderr, "%s\n", line);
  return HP_CLI_EXIT_BAD_INPUT;
}

static int
fail_file (const char *path,
           const char *reason)
{
  g_autofree char *name = g_filename_display_name (path);

  return fail (name, reason);
}

/* The contact named by @spec: its id, else its 1-based place in the list. */
static HpContact *
find_recipient (HpPlan     *plan,
                const char *spec)
{
  GListModel *contacts = G_LIST_MODEL (plan->contacts);
  guint n = g_list_model_get_n_items (contacts);
  HpContact *contact;
  guint64 number;

  contact = hp_plan_find_contact (plan, spec);
  if (contact != NULL)
    return g_object_ref (contact);

  if (g_ascii_string_to_unsigned (spec, 10, 1, MAX (n, 1), &number, NULL) && number <= n)
    return g_list_model_get_item (contacts, (guint) number - 1);

  return NULL;
}

/* Whether @out is the plan file itself (or the same file by another
 * name): an export must never overwrite the plan. */
static gboolean
same_file (const char *out,
           const char *plan_path)
{
  GStatBuf a, b;

  if (g_stat (out, &a) != 0 || g_stat (plan_path, &b) != 0)
    return FALSE;
  return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

/* The visit named by @spec, its 1-based place in the list; %NULL with
 * @reason saying what is wrong with @spec. */
static HpVisit *
find_visit (HpPlan      *plan,
            const char  *spec,
            char       **reason)
{
  GListModel *visits = G_LIST_MODEL (plan->visits);
  guint n = g_list_model_get_n_items (visits);
  guint64 number;

  if (n == 0)
    {
      *reason = g_strdup (_("the plan has no visits: add one under Visits first"));
      return NULL;
    }
  /* Digits only; a number too big for any plan is a visit there is not. */
  if (spec[0] == '\0' || strspn (spec, "0123456789") != strlen (spec))
    {
      /* Translators: --visit was given something that is not a number */
      *reason = g_strdup_printf (_("--visit=“%s” is not a number: give the visit's number in "
                                   "the list, from 1 to %u"), spec, n);
      return NULL;
    }
  if (!g_ascii_string_to_unsigned (spec, 10, 1, n, &number, NULL))
    {
      *reason = g_strdup_printf (g_dngettext (NULL,
                                              "there is no visit %s: give a number from 1 to %u "
                                              "(the plan has %u visit)",
                                              "there is no visit %s: give a number from 1 to %u "
                                              "(the plan has %u visits)", n),
                                 spec, n, n);
      return NULL;
    }
  return g_list_model_get_item (visits, (guint) number - 1);
}

static gboolean
has_extension (const char *path,
               const char *extension)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *lower = g_ascii_strdown (base, -1);

  return g_str_has_suffix (lower, extension) && strlen (lower) > strlen (extension);
}

static int
print_journal (HpPlan *plan)
{
  g_autofree char *text = hp_journal_text (plan);
  size_t length = strlen (text);

  /* UTF-8 as it is, whatever the locale's charset: the text is for a
   * journal system, and g_print() would turn Swedish letters into “?”
   * under the C locale. */
  if (fwrite (text, 1, length, stdout) != length || fflush (stdout) != 0)
    return fail ("hamtplan", _("The journal text could not be written to standard output"));
  return HP_CLI_EXIT_OK;
}

/* Which document the options ask for (hp-export-kind.h). */
static HpExportKind
requested_kind (const HpCliExport *options)
{
  if (options->export_handover != NULL)
    return HP_EXPORT_KIND_HANDOVER_PDF;
  if (options->export_consent != NULL)
    return has_extension (options->export_consent, ".xml") ? HP_EXPORT_KIND_CONSENT_XML
                                                           : HP_EXPORT_KIND_CONSENT_PDF;
  if (options->export_visit_card != NULL)
    return HP_EXPORT_KIND_VISIT_CARD_PDF;
  return HP_EXPORT_KIND_PLAN_PDF;
}

/* A handover sheet or the consent record, with its entry in the
 * disclosure log of the plan file: made in memory first
 * (hp_export_kind_render_disclosed()), then hp_disclosure_export() writes
 * the entry and the document in the order that never loses an entry, and
 * takes the entry back when the document cannot be written. */
static gboolean
export_logged (HpPlan        *plan,
               const char    *plan_path,
               HpExportKind   kind,
               HpContact     *recipient,
               const char    *out,
               GError       **error)
{
  g_autoptr(HpDisclosure) entry = NULL;
  g_autoptr(GBytes) bytes = hp_export_kind_render_disclosed (kind, plan, recipient, &entry, error);

  if (bytes == NULL)
    return FALSE;
  return hp_disclosure_export (plan_path, entry, bytes, out, error);
}

/* One message that names the action, for more than one asked at once. */
static guint
count_actions (const HpCliExport *options)
{
  return (options->export_pdf != NULL) + (options->export_handover != NULL) +
         (options->export_consent != NULL) + (options->export_visit_card != NULL) +
         (options->journal != FALSE);
}

/**
 * hp_cli_export_run:
 * @options: the parsed export options
 * @files: (nullable): the file arguments left on the command line
 *
 * Returns: the exit code: HP_CLI_EXIT_OK, or HP_CLI_EXIT_BAD_INPUT after one
 * line on stderr
 */
int
hp_cli_export_run (const HpCliExport  *options,
                   char              **files)
{
  g_autoptr(HpPlan) plan = NULL;
  g_autoptr(HpContact) recipient = NULL;
  g_autoptr(HpVisit) visit = NULL;
  g_autoptr(GError) error = NULL;
  const char *plan_path;
  const char *out = NULL;
  HpExportKind kind;
  gboolean ok;

  g_return_val_if_fail (options != NULL, HP_CLI_EXIT_BAD_INPUT);

  /* The options first: they need no file. */
  if (count_actions (options) == 0)
    return fail ("hamtplan", options->recipient != NULL
                               ? _("--recipient goes with --export-handover")
                               : _("--visit goes with --export-visit-card"));
  if (count_actions (options) > 1)
    return fail ("hamtplan", _("Give one of --export-pdf, --export-handover, --export-consent, "
                               "--export-visit-card and --journal at a time"));
  if (options->export_handover != NULL && options->recipient == NULL)
    return fail ("hamtplan", _("--export-handover needs --recipient: the contact's id or its "
                               "number in the contact list"));
  if (options->recipient != NULL && options->export_handover == NULL)
    return fail ("hamtplan", _("--recipient goes with --export-handover"));
  if (options->export_visit_card != NULL && options->visit == NULL)
    return fail ("hamtplan", _("--export-visit-card needs --visit: the visit's number in the "
                               "list of visits (1 for the first)"));
  if (options->visit != NULL && options->export_visit_card == NULL)
    return fail ("hamtplan", _("--visit goes with --export-visit-card"));
  if (files == NULL || g_strv_length (files) != 1)
    return fail ("hamtplan", _("Name exactly one plan file to export from"));
  if (options->export_consent != NULL && !has_extension (options->export_consent, ".pdf") &&
      !has_extension (options->export_consent, ".xml"))
    return fail_file (options->export_consent,
                      _("the consent record is written as PDF or XML: the file name must end "
                        "in .pdf or .xml"));

  plan_path = files[0];
  out = options->export_pdf != NULL ? options->export_pdf
        : options->export_handover != NULL ? options->export_handover
        : options->export_visit_card != NULL ? options->export_visit_card
        : options->export_consent;
  if (out != NULL && same_file (out, plan_path))
    return fail_file (out, _("this is the plan file itself; choose another name for the export"));

  /* The plan. */
  plan = hp_plan_file_load (plan_path, &error);
  if (plan == NULL)
    return fail_file (plan_path, error->message);

  if (options->journal)
    return print_journal (plan);

  /* The recipient and the client's consent, before anything is written. */
  if (options->export_handover != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (plan->contacts));

      recipient = find_recipient (plan, options->recipient);
      if (recipient == NULL)
        {
          g_autofree char *reason = NULL;

          if (n == 0)
            reason = g_strdup_printf (_("no contact “%s”: the plan has no contacts"),
                                      options->recipient);
          else
            reason = g_strdup_printf (g_dngettext (NULL,
                                                   "no contact has the id “%s”, and it is not "
                                                   "a number from 1 to %u (the plan has %u "
                                                   "contact)",
                                                   "no contact has the id “%s”, and it is not "
                                                   "a number from 1 to %u (the plan has %u "
                                                   "contacts)", n),
                                      options->recipient, n, n);
          return fail_file (plan_path, reason);
        }

      if (!hp_plan_check_sharing_consent (plan, recipient, NULL, &error))
        return fail_file (plan_path, error->message);
    }

  /* The visit, before anything is written. */
  if (options->export_visit_card != NULL)
    {
      g_autofree char *reason = NULL;

      visit = find_visit (plan, options->visit, &reason);
      if (visit == NULL)
        return fail_file (plan_path, reason);
    }

  kind = requested_kind (options);
  if (kind == HP_EXPORT_KIND_PLAN_PDF)
    ok = hp_export_plan_pdf (plan, out, &error);
  else if (kind == HP_EXPORT_KIND_VISIT_CARD_PDF)
    ok = hp_export_visit_card_pdf (plan, visit, out, &error);
  else
    ok = export_logged (plan, plan_path, kind, recipient, out, &error);

  if (!ok)
    {
      /* A refusal found only now still names the plan; a write error
       * names the file it could not write. */
      if (g_error_matches (error, HP_EXPORT_ERROR, HP_EXPORT_ERROR_NO_CONSENT) ||
          g_error_matches (error, HP_EXPORT_ERROR, HP_EXPORT_ERROR_RECIPIENT))
        return fail_file (plan_path, error->message);
      return fail ("hamtplan", error->message);
    }

  return HP_CLI_EXIT_OK;
}
