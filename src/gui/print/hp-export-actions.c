/* hp-export-actions.c: Print and Export in the main window */

#define G_LOG_DOMAIN "hp-export-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-disclosure-file.h"
#include "hp-disclosures.h"
#include "hp-export-actions.h"
#include "hp-export.h"
#include "hp-journal.h"
#include "hp-message-dialog.h"
#include "hp-preview-window.h"
#include "hp-print.h"
#include "hp-temp-folder.h"

/* Messages */

static void
on_message_response (GtkDialog *dialog,
                     int        response,
                     gpointer   user_data)
{
  hp_message_dialog_dismiss (dialog);
}

static void
show_message (GtkWindow      *parent,
              GtkMessageType  type,
              const char     *primary,
              const char     *secondary)
{
  GtkWidget *dialog;

  /* Named by its message for a screen reader, as the window's others. */
  dialog = hp_message_dialog_new (parent, type, primary, secondary);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Close"), GTK_RESPONSE_CLOSE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_message_response), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static const char *
kind_title (HpExportKind kind)
{
  switch (kind)
    {
    case HP_EXPORT_KIND_PLAN_PDF:
      return _("The full plan was exported");
    case HP_EXPORT_KIND_HANDOVER_PDF:
      return _("The handover sheet was exported");
    case HP_EXPORT_KIND_CONSENT_PDF:
    case HP_EXPORT_KIND_CONSENT_XML:
      return _("The consent record was exported");
    case HP_EXPORT_KIND_VISIT_CARD_PDF:
      return _("The visit card was exported");
    default:
      g_assert_not_reached ();
    }
}

static const char *
kind_failure (HpExportKind kind)
{
  switch (kind)
    {
    case HP_EXPORT_KIND_PLAN_PDF:
      return _("The full plan could not be exported");
    case HP_EXPORT_KIND_HANDOVER_PDF:
      return _("The handover sheet could not be exported");
    case HP_EXPORT_KIND_CONSENT_PDF:
    case HP_EXPORT_KIND_CONSENT_XML:
      return _("The consent record could not be exported");
    case HP_EXPORT_KIND_VISIT_CARD_PDF:
      return _("The visit card could not be exported");
    default:
      g_assert_not_reached ();
    }
}

/* Writing */

/* A handover sheet or the consent record leaves the office: made in
 * memory, then written with its entry in the plan file on disk
 * (hp_window_export_disclosed(), in the order of hp_disclosure_export()). */
static gboolean
export_disclosed (HpWindow      *window,
                  HpExportKind   kind,
                  HpContact     *recipient,
                  const char    *path,
                  GError       **error)
{
  g_autoptr(HpDisclosure) entry = NULL;
  g_autoptr(GBytes) bytes = hp_export_kind_render_disclosed (kind, hp_window_get_plan (window),
                                                             recipient, &entry, error);

  if (bytes == NULL)
    return FALSE;
  return hp_window_export_disclosed (window, entry, bytes, path, error);
}

/**
 * hp_export_actions_write:
 * @window: the window whose plan is exported
 * @kind: which document
 * @subject: (nullable): the handover sheet's recipient (an HpContact) or
 *   the visit card's visit (an HpVisit)
 * @file: where to write
 *
 * Writes the document and tells the user: a confirmation naming the file,
 * or what went wrong.  Nothing is written when the export is refused.
 *
 * Returns: whether the file was written
 */
gboolean
hp_export_actions_write (HpWindow     *window,
                         HpExportKind  kind,
                         gpointer      subject,
                         GFile        *file)
{
  HpPlan *plan;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *saved_as = NULL;
  gboolean ok = FALSE;

  g_return_val_if_fail (HP_IS_WINDOW (window), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (hp_export_kind_check_subject (kind, subject), FALSE);

  plan = hp_window_get_plan (window);
  path = g_file_get_path (file);
  if (path == NULL)
    {
      show_message (GTK_WINDOW (window), GTK_MESSAGE_ERROR, kind_failure (kind),
                    _("Choose a file on this computer or a mounted network folder."));
      return FALSE;
    }

  if (kind == HP_EXPORT_KIND_PLAN_PDF)
    ok = hp_export_plan_pdf (plan, path, &error);
  else if (kind == HP_EXPORT_KIND_VISIT_CARD_PDF)
    ok = hp_export_visit_card_pdf (plan, subject, path, &error);
  else
    ok = export_disclosed (window, kind, subject, path, &error);

  if (!ok)
    {
      show_message (GTK_WINDOW (window), GTK_MESSAGE_ERROR, kind_failure (kind), error->message);
      return FALSE;
    }

  shown = g_filename_display_name (path);
  /* Translators: %s is the file that was written */
  saved_as = g_strdup_printf (_("Saved as “%s”."), shown);
  show_message (GTK_WINDOW (window), GTK_MESSAGE_INFO, kind_title (kind), saved_as);
  return TRUE;
}

/**
 * hp_export_actions_suggest_name:
 *
 * Returns: (transfer full): a file name for the export, from the plan's
 * title (the case reference, never the client's name)
 */
char *
hp_export_actions_suggest_name (HpPlan       *plan,
                                HpExportKind  kind,
                                gpointer      subject)
{
  HpContact *recipient = HP_IS_CONTACT (subject) ? subject : NULL;
  g_autofree char *title = NULL;
  char *name;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);

  title = hp_plan_dup_title (plan);
  switch (kind)
    {
    case HP_EXPORT_KIND_PLAN_PDF:
      name = g_strdup_printf ("%s.pdf", title);
      break;
    case HP_EXPORT_KIND_HANDOVER_PDF:
      /* Translators: a file name: the plan's title, then the kind of
       * recipient ("Vaktbolag"); no personal names */
      name = g_strdup_printf (_("%s, handover sheet, %s.pdf"), title,
                              recipient != NULL
                                ? hp_enum_get_label (HP_TYPE_CONTACT_KIND, recipient->kind)
                                : "");
      break;
    case HP_EXPORT_KIND_CONSENT_PDF:
      /* Translators: a file name; %s is the plan's title */
      name = g_strdup_printf (_("%s, consents.pdf"), title);
      break;
    case HP_EXPORT_KIND_CONSENT_XML:
      /* Translators: a file name; %s is the plan's title */
      name = g_strdup_printf (_("%s, consents.xml"), title);
      break;
    case HP_EXPORT_KIND_VISIT_CARD_PDF:
      {
        g_autofree char *date = g_strdup (HP_IS_VISIT (subject) ? HP_VISIT (subject)->date : "");

        /* Translators: a file name: the plan's title, then the visit's
         * date (2026-12-03) */
        name = g_strdup_printf (_("%s, visit card %s.pdf"), title, date);
        break;
      }
    default:
      g_assert_not_reached ();
    }

  /* A case reference such as "IFO 2026/123" must not make a folder. */
  g_strdelimit (name, "/\\", '-');
  return name;
}

/* The file chooser */

typedef struct
{
  HpWindow     *window;
  HpExportKind  kind;
  GObject      *subject;    /* the recipient or the visit, if any */
} ExportRequest;

static void
export_request_free (ExportRequest *request)
{
  g_clear_object (&request->window);
  g_clear_object (&request->subject);
  g_free (request);
}

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     ExportRequest   *request)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      HpContext *context = hp_window_get_context (request->window);

      /* The exported files describe the client's case: keep them out of
       * the recently-used list, as the plans are. */
      if (context != NULL)
        hp_context_forget_recent (context, file);

      hp_export_actions_write (request->window, request->kind, request->subject, file);
    }

  export_request_free (request);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
choose_file_now (HpWindow     *window,
                 HpExportKind  kind,
                 gpointer      subject)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  ExportRequest *request;
  GFile *plan_file;
  const char *title;

  switch (kind)
    {
    case HP_EXPORT_KIND_PLAN_PDF:
      title = _("Export the Full Plan as PDF");
      break;
    case HP_EXPORT_KIND_HANDOVER_PDF:
      title = _("Export the Handover Sheet as PDF");
      break;
    case HP_EXPORT_KIND_CONSENT_PDF:
      title = _("Export the Consent Record as PDF");
      break;
    case HP_EXPORT_KIND_CONSENT_XML:
      title = _("Export the Consent Record as XML");
      break;
    case HP_EXPORT_KIND_VISIT_CARD_PDF:
      title = _("Export the Visit Card as PDF");
      break;
    default:
      g_assert_not_reached ();
    }

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (window),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, C_("file chooser", "_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  if (kind == HP_EXPORT_KIND_CONSENT_XML)
    {
      gtk_file_filter_set_name (filter, _("XML documents"));
      gtk_file_filter_add_suffix (filter, "xml");
    }
  else
    {
      gtk_file_filter_set_name (filter, _("PDF documents"));
      gtk_file_filter_add_suffix (filter, "pdf");
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  name = hp_export_actions_suggest_name (hp_window_get_plan (window), kind, subject);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  plan_file = hp_window_get_file (window);
  if (plan_file != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (plan_file);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }

  request = g_new0 (ExportRequest, 1);
  request->window = g_object_ref (window);
  request->kind = kind;
  request->subject = subject != NULL ? g_object_ref (subject) : NULL;

  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Once its recipient or visit is chosen: what the document was asked
 * for. */
static void
do_for_purpose (HpWindow        *window,
                HpExportPurpose  purpose,
                HpExportKind     kind,
                gpointer         subject)
{
  switch (purpose)
    {
    case HP_EXPORT_PURPOSE_PREVIEW:
      hp_export_actions_preview (window, kind, subject);
      break;
    case HP_EXPORT_PURPOSE_PRINT:
      hp_export_actions_print (window, kind, subject);
      break;
    case HP_EXPORT_PURPOSE_EXPORT:
    default:
      hp_export_actions_choose_file (window, kind, subject);
      break;
    }
}

/* The accept button of a dialog that chooses for @purpose. */
static void
label_accept (GtkWidget       *dialog,
              HpExportPurpose  purpose)
{
  GtkWidget *accept = gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog),
                                                          GTK_RESPONSE_ACCEPT);

  if (purpose != HP_EXPORT_PURPOSE_EXPORT)
    gtk_button_set_label (GTK_BUTTON (accept),
                          purpose == HP_EXPORT_PURPOSE_PREVIEW ? _("_Preview") : _("_Print…"));
}

/* Whom or what a document is for: a chooser's answer */

typedef gpointer (*ChosenFunc) (GtkDialog *dialog);

/* @dialog holds the purpose ("hp-purpose"), the kind ("hp-kind") and how
 * to read the choice ("hp-chosen", hp_recipient_dialog_get_recipient or
 * hp_visit_dialog_get_visit). */
static void
on_choice_response (GtkDialog *dialog,
                    int        response,
                    HpWindow  *window)
{
  g_autoptr(GObject) subject = NULL;
  /* Read before the dialog goes. */
  HpExportPurpose purpose = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog),
                                                                 "hp-purpose"));
  HpExportKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "hp-kind"));
  ChosenFunc chosen = (ChosenFunc) g_object_get_data (G_OBJECT (dialog), "hp-chosen");

  if (response == GTK_RESPONSE_ACCEPT && chosen (dialog) != NULL)
    subject = g_object_ref (chosen (dialog));

  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));

  if (subject != NULL)
    do_for_purpose (window, purpose, kind, subject);
}

static void
ask_for_subject (HpWindow        *window,
                 GtkWidget       *dialog,
                 HpExportPurpose  purpose,
                 HpExportKind     kind,
                 ChosenFunc       chosen)
{
  g_object_set_data (G_OBJECT (dialog), "hp-purpose", GINT_TO_POINTER (purpose));
  g_object_set_data (G_OBJECT (dialog), "hp-kind", GINT_TO_POINTER (kind));
  g_object_set_data (G_OBJECT (dialog), "hp-chosen", (gpointer) chosen);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_choice_response), window, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A handover sheet or the consent record, printed or exported, is noted
 * in the plan file, so a plan never saved is saved first; when the
 * caseworker cancels that, the document does not go out.  The full plan
 * and the visit card are not noted and need no file. */
typedef enum
{
  DEFERRED_EXPORT,
  DEFERRED_PRINT,
} DeferredAction;

typedef struct
{
  DeferredAction  action;
  HpExportKind    kind;
  GObject        *subject;
} Deferred;

static void print_now (HpWindow     *window,
                       HpExportKind  kind,
                       gpointer      subject);

static void
on_saved_then (HpWindow *window,
               gboolean  saved,
               gpointer  user_data)
{
  Deferred *deferred = user_data;

  if (saved && deferred->action == DEFERRED_EXPORT)
    choose_file_now (window, deferred->kind, deferred->subject);
  else if (saved)
    print_now (window, deferred->kind, deferred->subject);
  g_clear_object (&deferred->subject);
  g_free (deferred);
}

static void
save_then (HpWindow       *window,
           DeferredAction  action,
           HpExportKind    kind,
           gpointer        subject)
{
  Deferred *deferred = g_new0 (Deferred, 1);

  deferred->action = action;
  deferred->kind = kind;
  deferred->subject = subject != NULL ? g_object_ref (subject) : NULL;
  hp_window_save_then (window, on_saved_then, deferred);
}

/**
 * hp_export_actions_choose_file:
 * @window: the window whose plan is exported
 * @kind: which document
 * @subject: (nullable): the handover sheet's recipient (an HpContact) or
 *   the visit card's visit (an HpVisit)
 *
 * Asks for a file, then writes the document there
 * (hp_export_actions_write()).  A handover sheet or the consent record
 * needs the plan saved first (hp_window_save_then()).
 */
void
hp_export_actions_choose_file (HpWindow     *window,
                               HpExportKind  kind,
                               gpointer      subject)
{
  g_return_if_fail (HP_IS_WINDOW (window));
  g_return_if_fail (hp_export_kind_check_subject (kind, subject));

  if (!hp_export_kind_is_disclosed (kind))
    choose_file_now (window, kind, subject);
  else
    save_then (window, DEFERRED_EXPORT, kind, subject);
}

/* The preview */

/* The preview's Print… and Export PDF…: what the menu does. */
static void
on_preview_hand_over (HpPreviewWindow *preview,
                      gboolean         print,
                      HpWindow        *window)
{
  HpExportKind kind = hp_preview_window_get_kind (preview);
  gpointer subject = hp_preview_window_get_subject (preview);

  if (print)
    hp_export_actions_print (window, kind, subject);
  else
    hp_export_actions_choose_file (window, kind, subject);
}

/**
 * hp_export_actions_preview:
 * @window: the window whose plan to preview
 * @kind: which document
 * @subject: (nullable): the handover sheet's recipient (an HpContact) or
 *   the visit card's visit (an HpVisit)
 *
 * Shows the document's pages in a preview (hp-preview-window.h), or says
 * why a handover sheet is refused.
 */
void
hp_export_actions_preview (HpWindow     *window,
                           HpExportKind  kind,
                           gpointer      subject)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpDocument) document = NULL;
  HpPreviewWindow *preview;

  g_return_if_fail (HP_IS_WINDOW (window));
  g_return_if_fail (hp_export_kind_check_subject (kind, subject));

  document = hp_export_kind_new_document (kind, hp_window_get_plan (window), subject, &error);
  if (document == NULL)
    {
      show_message (GTK_WINDOW (window), GTK_MESSAGE_ERROR,
                    kind == HP_EXPORT_KIND_VISIT_CARD_PDF ? _("The visit card cannot be shown")
                                                          : _("The handover sheet cannot be shown"),
                    error->message);
      return;
    }
  preview = hp_preview_window_new_for_document (window, kind, subject, document);
  g_signal_connect_object (preview, "hand-over", G_CALLBACK (on_preview_hand_over), window, 0);
  gtk_window_present (GTK_WINDOW (preview));
}

/* Printing */

/* A handover sheet or the consent record printed is noted in the
 * disclosure log when the job has been handed to the printer
 * (hp_print_document_finish() succeeded): before that nothing has left the
 * office, and a cancelled print dialog notes nothing. */
typedef struct
{
  HpWindow     *window;
  HpExportKind  kind;
  GObject      *subject;    /* the recipient or the visit, if any */
  HpDisclosure *entry;      /* NULL for what is not disclosed */
} PrintRequest;

static void
print_request_free (PrintRequest *request)
{
  g_clear_object (&request->window);
  g_clear_object (&request->subject);
  g_clear_object (&request->entry);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrintRequest, print_request_free)

/* Notes the printout in the plan file; FALSE after saying why it could
 * not be. */
static gboolean
record_printout (PrintRequest *request)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *now = hp_disclosure_time_now ();
  g_autofree char *text = NULL;

  g_object_set (request->entry, "when", now, NULL);
  if (hp_window_record_disclosure (request->window, request->entry, &error))
    return TRUE;

  /* Translators: %s is why the plan file could not be written */
  text = g_strdup_printf (_("%s The printout is noted in the open plan: save the plan to keep "
                            "the note."), error->message);
  show_message (GTK_WINDOW (request->window), GTK_MESSAGE_WARNING,
                _("The printout could not be noted in the plan file"), text);
  return FALSE;
}

static void
on_print_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(PrintRequest) request = user_data;
  GtkWindow *window = GTK_WINDOW (request->window);
  g_autoptr(GError) error = NULL;

  if (hp_print_document_finish (result, &error))
    {
      g_autoptr(GFile) output = hp_print_dup_output_file ();
      HpContext *context = hp_window_get_context (request->window);

      /* Printed to a file: off the recently-used list, as an export. */
      if (output != NULL && context != NULL)
        hp_context_forget_recent (context, output);

      /* GTK's Print to File wrote a file, which can be sent on like an
       * export: the log says so. */
      if (request->entry != NULL && output != NULL)
        g_object_set (request->entry, "form", HP_DISCLOSURE_FORM_PDF, NULL);
      if (request->entry != NULL && !record_printout (request))
        return;

      switch (request->kind)
        {
        case HP_EXPORT_KIND_HANDOVER_PDF:
          show_message (window, GTK_MESSAGE_INFO, _("The handover sheet was sent to the printer"),
                        _("Check the printer for the pages. The printout is noted under "
                          "Disclosures."));
          break;
        case HP_EXPORT_KIND_CONSENT_PDF:
        case HP_EXPORT_KIND_CONSENT_XML:
          show_message (window, GTK_MESSAGE_INFO, _("The consent record was sent to the printer"),
                        _("Check the printer for the pages. The printout is noted under "
                          "Disclosures."));
          break;
        case HP_EXPORT_KIND_VISIT_CARD_PDF:
          show_message (window, GTK_MESSAGE_INFO, _("The visit card was sent to the printer"),
                        _("Check the printer for the page."));
          break;
        case HP_EXPORT_KIND_PLAN_PDF:
        default:
          show_message (window, GTK_MESSAGE_INFO, _("The plan was sent to the printer"),
                        _("Check the printer for the pages."));
          break;
        }
    }
  else if (g_error_matches (error, HP_PRINT_ERROR, HP_PRINT_ERROR_PREVIEW))
    {
      /* The print dialog's Preview: ours, in the window (hp-print.c). */
      hp_export_actions_preview (request->window, request->kind, request->subject);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_message (window, GTK_MESSAGE_ERROR, _("The plan could not be printed"),
                  error->message);
}

static void
print_now (HpWindow     *window,
           HpExportKind  kind,
           gpointer      subject)
{
  g_autoptr(HpDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  HpPlan *plan;
  PrintRequest *request;

  /* GTK spools the document through a temporary file: never outside the
   * drafts folder (hp-temp-folder.h). */
  if (hp_temp_folder_get_error () != NULL)
    {
      show_message (GTK_WINDOW (window), GTK_MESSAGE_ERROR, _("Printing is not possible"),
                    hp_temp_folder_get_error ());
      return;
    }

  plan = hp_window_get_plan (window);
  document = hp_export_kind_new_document (kind, plan, subject, &error);
  if (document == NULL)
    {
      show_message (GTK_WINDOW (window), GTK_MESSAGE_ERROR,
                    kind == HP_EXPORT_KIND_VISIT_CARD_PDF ? _("The visit card cannot be printed")
                                                          : _("The handover sheet cannot be printed"),
                    error->message);
      return;
    }

  request = g_new0 (PrintRequest, 1);
  request->window = g_object_ref (window);
  request->kind = kind;
  request->subject = subject != NULL ? g_object_ref (subject) : NULL;
  if (hp_export_kind_is_disclosed (kind))
    request->entry = hp_export_kind_new_disclosure (kind, plan, HP_IS_CONTACT (subject) ? subject : NULL,
                                                    HP_DISCLOSURE_FORM_PRINT,
                                                    hp_document_get_carried_fields (document));
  hp_print_document (GTK_WINDOW (window), document, on_print_done, request);
}

/**
 * hp_export_actions_print:
 * @window: the window whose plan is printed
 * @kind: which document (the consent record for either consent kind)
 * @subject: (nullable): the handover sheet's recipient (an HpContact) or
 *   the visit card's visit (an HpVisit)
 *
 * Shows the print dialog and prints the document, then confirms or says
 * what went wrong.  The dialog's Preview shows the preview in the window.
 * A handover sheet or the consent record needs the plan saved first
 * (hp_window_save_then()), and once the job is handed to the printer it is
 * noted in the disclosure log (hp_window_record_disclosure()).
 */
void
hp_export_actions_print (HpWindow     *window,
                         HpExportKind  kind,
                         gpointer      subject)
{
  g_return_if_fail (HP_IS_WINDOW (window));
  g_return_if_fail (hp_export_kind_check_subject (kind, subject));

  if (!hp_export_kind_is_disclosed (kind))
    print_now (window, kind, subject);
  else
    save_then (window, DEFERRED_PRINT, kind, subject);
}

/**
 * hp_export_actions_hand_over:
 * @window: the window whose plan a handover sheet is made of
 * @purpose: what is done with the sheet once its recipient is chosen
 *
 * Asks whom the handover sheet is for (hp_recipient_dialog_new()), then
 * exports, previews or prints it.
 */
void
hp_export_actions_hand_over (HpWindow        *window,
                             HpExportPurpose  purpose)
{
  HpPlan *plan;
  GtkWidget *dialog;

  g_return_if_fail (HP_IS_WINDOW (window));

  plan = hp_window_get_plan (window);

  if (g_list_model_get_n_items (G_LIST_MODEL (plan->contacts)) == 0)
    {
      show_message (GTK_WINDOW (window), GTK_MESSAGE_INFO, _("No one to hand over to"),
                    _("A handover sheet goes to one of the plan's contacts. Add the security "
                      "company, relative, handover site or police under Contacts first."));
      return;
    }

  dialog = hp_recipient_dialog_new (GTK_WINDOW (window), plan);
  label_accept (dialog, purpose);
  ask_for_subject (window, dialog, purpose, HP_EXPORT_KIND_HANDOVER_PDF,
                   (ChosenFunc) hp_recipient_dialog_get_recipient);
}

/**
 * hp_export_actions_visit_card:
 * @window: the window whose plan a visit card is made of
 * @purpose: what is done with the card once its visit is chosen
 *
 * Asks which visit the card is for when the plan has more than one
 * (hp_visit_dialog_new()), then exports, previews or prints the card.
 */
void
hp_export_actions_visit_card (HpWindow        *window,
                              HpExportPurpose  purpose)
{
  HpPlan *plan;
  GListModel *visits;
  GtkWidget *dialog;

  g_return_if_fail (HP_IS_WINDOW (window));

  plan = hp_window_get_plan (window);
  visits = G_LIST_MODEL (plan->visits);

  if (g_list_model_get_n_items (visits) == 0)
    {
      show_message (GTK_WINDOW (window), GTK_MESSAGE_INFO, _("No visit is planned"),
                    _("A visit card is for one visit. Add the visit under Visits first."));
      return;
    }
  if (g_list_model_get_n_items (visits) == 1)
    {
      g_autoptr(HpVisit) only = g_list_model_get_item (visits, 0);

      do_for_purpose (window, purpose, HP_EXPORT_KIND_VISIT_CARD_PDF, only);
      return;
    }

  dialog = hp_visit_dialog_new (GTK_WINDOW (window), plan);
  label_accept (dialog, purpose);
  ask_for_subject (window, dialog, purpose, HP_EXPORT_KIND_VISIT_CARD_PDF,
                   (ChosenFunc) hp_visit_dialog_get_visit);
}

/* The journal */

/**
 * hp_export_actions_copy_journal:
 *
 * Puts the journal text of @window's plan on the clipboard and says so.
 */
void
hp_export_actions_copy_journal (HpWindow *window)
{
  g_autofree char *text = NULL;

  g_return_if_fail (HP_IS_WINDOW (window));

  text = hp_journal_text (hp_window_get_plan (window));

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (window)), text);
  show_message (GTK_WINDOW (window), GTK_MESSAGE_INFO, _("The journal text was copied"),
                _("Paste it into the case record with Ctrl+V. It holds no addresses or phone "
                  "numbers."));
}
