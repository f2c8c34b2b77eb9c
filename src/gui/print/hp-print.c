/* hp-print.c: printing a document through GtkPrintOperation */

#define G_LOG_DOMAIN "hp-print"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-print.h"

/* The print settings chosen in this session (printer, copies ...), offered
 * again at the next print.  Kept in memory only. */
static GtkPrintSettings *session_settings;
static GtkPageSetup *session_page_setup;

/* The file the last print went to, when GTK's Print to File wrote it;
 * NULL when it went to a printer.  Per operation: cleared when one starts,
 * set when its dialog is answered, so that a file from an earlier print
 * never makes a later printout look like one. */
static char *last_output_uri;

G_DEFINE_QUARK (hp-print-error-quark, hp_print_error)

/**
 * hp_print_default_page_setup:
 *
 * Returns: (transfer full): A4 portrait, the paper the PDF files use
 */
GtkPageSetup *
hp_print_default_page_setup (void)
{
  GtkPageSetup *setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  return setup;
}

static void
begin_print (GtkPrintOperation *operation,
             GtkPrintContext   *context,
             HpDocument        *document)
{
  /* The PDF writer's Pango settings, not the print context's: the same
   * line breaks, so on A4 the same pages as the exported PDF. */
  PangoContext *pango = hp_document_create_pango_context ();

  hp_document_paginate (document, pango, gtk_print_context_get_width (context),
                        gtk_print_context_get_height (context));
  g_object_unref (pango);
  gtk_print_operation_set_n_pages (operation, (int) hp_document_get_n_pages (document));
}

static void
draw_page (GtkPrintOperation *operation,
           GtkPrintContext   *context,
           int                page,
           HpDocument        *document)
{
  g_assert (page >= 0);

  hp_document_render_page (document, gtk_print_context_get_cairo_context (context),
                           (guint) page);
}

/* GTK's own preview, behind the print dialog's Preview button, renders the
 * whole document into previewXXXXXX.pdf in g_get_tmp_dir() and runs the
 * external viewer of gtk-print-preview-command; without a viewer the file
 * stays and the operation reports that it printed.  A "preview" handler
 * that returns TRUE keeps GTK's own handler, which makes that file, from
 * running.  GTK then insists on a cairo context for the preview: one on a
 * 1x1 image surface in memory, on which nothing is drawn.  Once GTK has
 * paginated ("ready") the preview is cancelled and ended in an idle (not
 * inside "ready", where GTK still ends its own run), so "done" says
 * CANCEL; the operation is marked, and hp_print_document() answers with
 * HP_PRINT_ERROR_PREVIEW so that the caller shows its own preview, drawn
 * in the window (hp-preview-window.c). */
#define PREVIEW_REQUESTED "hp-preview-requested"

static gboolean
end_gtk_preview (gpointer data)
{
  GtkPrintOperation *operation = data;

  gtk_print_operation_cancel (operation);
  gtk_print_operation_preview_end_preview (GTK_PRINT_OPERATION_PREVIEW (operation));
  return G_SOURCE_REMOVE;
}

static void
gtk_preview_ready (GtkPrintOperationPreview *preview,
                   GtkPrintContext          *context,
                   gpointer                  user_data)
{
  g_idle_add_full (G_PRIORITY_DEFAULT, end_gtk_preview, g_object_ref (preview), g_object_unref);
}

static gboolean
take_over_preview (GtkPrintOperation        *operation,
                   GtkPrintOperationPreview *preview,
                   GtkPrintContext          *context,
                   GtkWindow                *parent,
                   gpointer                  user_data)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);

  gtk_print_context_set_cairo_context (context, cr, 72, 72);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  g_object_set_data (G_OBJECT (operation), PREVIEW_REQUESTED, GINT_TO_POINTER (TRUE));
  g_signal_connect (preview, "ready", G_CALLBACK (gtk_preview_ready), NULL);
  return TRUE;
}

/**
 * hp_print_operation_new:
 * @document: the document to print
 *
 * An operation that prints @document: units in points, the whole paper as
 * the drawing area (the document keeps its own margins), A4 portrait by
 * default, the document's title as the job name (never the client's name:
 * see hp_plan_dup_title()).  GTK's own preview is never run: the Preview
 * button of the print dialog ends the operation with nothing drawn or
 * written.
 *
 * Returns: (transfer full): the operation, to run with any action
 */
GtkPrintOperation *
hp_print_operation_new (HpDocument *document)
{
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) setup = NULL;

  g_return_val_if_fail (HP_IS_DOCUMENT (document), NULL);

  operation = gtk_print_operation_new ();
  setup = hp_print_default_page_setup ();

  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_job_name (operation, hp_document_get_title (document));

  /* Each handler holds its own reference.  Not g_signal_connect_object():
   * when the operation goes, the first handler's notify may drop the last
   * reference to @document while GLib tears down the operation's handlers,
   * and the weak reference would then invalidate a handler GLib has
   * already taken out (a fatal "invalid_closure_notify" when a print
   * dialog is cancelled). */
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (begin_print),
                         g_object_ref (document), (GClosureNotify) (void (*) (void)) g_object_unref,
                         G_CONNECT_DEFAULT);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (draw_page),
                         g_object_ref (document), (GClosureNotify) (void (*) (void)) g_object_unref,
                         G_CONNECT_DEFAULT);
  g_signal_connect (operation, "preview", G_CALLBACK (take_over_preview), NULL);
  return operation;
}

/* One print from the window.  The task ends once the job is with the
 * printer (queued or printing), not merely rendered: GTK emits "done" while
 * it may still be sending the data. */
typedef struct
{
  GTask             *task;
  /* Held until the task returns: GTK lets go of the operation after
   * "done", and the status of the job comes through the operation. */
  GtkPrintOperation *operation;
  gboolean           applied;
  gboolean           returned;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  if (!job->returned)
    g_task_return_new_error (job->task, G_IO_ERROR, G_IO_ERROR_FAILED, "%s",
                             _("The document could not be printed"));
  g_object_unref (job->task);
  g_free (job);
}

/* Lets go of the operation.  Last thing a handler does with @job: once the
 * signal emission ends, the operation may go and take @job with it. */
static void
print_job_release (PrintJob *job)
{
  g_clear_object (&job->operation);
}

static void
print_job_return_error (PrintJob *job,
                        GError   *error)
{
  if (job->returned)
    {
      g_error_free (error);
      return;
    }
  job->returned = TRUE;
  g_task_return_error (job->task, error);
  print_job_release (job);
}

static void
print_job_check_status (PrintJob          *job,
                        GtkPrintOperation *operation)
{
  if (job->returned || !job->applied)
    return;

  switch (gtk_print_operation_get_status (operation))
    {
    case GTK_PRINT_STATUS_PENDING:
    case GTK_PRINT_STATUS_PENDING_ISSUE:
    case GTK_PRINT_STATUS_PRINTING:
    case GTK_PRINT_STATUS_FINISHED:
      job->returned = TRUE;
      g_task_return_boolean (job->task, TRUE);
      print_job_release (job);
      break;

    case GTK_PRINT_STATUS_FINISHED_ABORTED:
      print_job_return_error (job, g_error_new (G_IO_ERROR, G_IO_ERROR_FAILED,
                                                _("The printer stopped the job: %s"),
                                                gtk_print_operation_get_status_string (operation)));
      break;

    case GTK_PRINT_STATUS_INITIAL:
    case GTK_PRINT_STATUS_PREPARING:
    case GTK_PRINT_STATUS_GENERATING_DATA:
    case GTK_PRINT_STATUS_SENDING_DATA:
    default:
      break;
    }
}

static void
print_status_changed (GtkPrintOperation *operation,
                      PrintJob          *job)
{
  print_job_check_status (job, operation);
}

/* Whether @settings, as the print dialog left them, print to GTK's Print
 * to File.  The output file stays in the settings offered again (so the
 * next Print to File is offered the same place), and so may still be
 * there when a real printer is chosen: only the file printer's own name,
 * as GTK names it (in its own translation too; a CUPS queue's name has
 * no spaces), says the file was written this time. */
static gboolean
printed_to_file (GtkPrintSettings *settings)
{
  const char *printer = gtk_print_settings_get_printer (settings);
  const char *uri = gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_URI);

  if (printer == NULL || uri == NULL || uri[0] == '\0')
    return FALSE;
  return strcmp (printer, "Print to File") == 0
         || strcmp (printer, g_dgettext ("gtk40", "Print to File")) == 0;
}

static void
print_done (GtkPrintOperation       *operation,
            GtkPrintOperationResult  result,
            PrintJob                *job)
{
  GError *error = NULL;

  if (g_object_get_data (G_OBJECT (operation), PREVIEW_REQUESTED) != NULL)
    {
      print_job_return_error (job, g_error_new_literal (HP_PRINT_ERROR, HP_PRINT_ERROR_PREVIEW,
                                                        _("The preview was asked for")));
      return;
    }

  switch (result)
    {
    case GTK_PRINT_OPERATION_RESULT_APPLY:
      g_set_object (&session_settings, gtk_print_operation_get_print_settings (operation));
      g_clear_pointer (&last_output_uri, g_free);
      if (session_settings != NULL && printed_to_file (session_settings))
        last_output_uri = g_strdup (gtk_print_settings_get (session_settings,
                                                            GTK_PRINT_SETTINGS_OUTPUT_URI));
      g_set_object (&session_page_setup, gtk_print_operation_get_default_page_setup (operation));
      job->applied = TRUE;
      print_job_check_status (job, operation);
      break;

    case GTK_PRINT_OPERATION_RESULT_CANCEL:
      print_job_return_error (job, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED,
                                                        _("Printing was cancelled")));
      break;

    case GTK_PRINT_OPERATION_RESULT_ERROR:
      gtk_print_operation_get_error (operation, &error);
      if (error != NULL)
        g_prefix_error (&error, "%s", _("The document could not be printed: "));
      else
        error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED,
                                     _("The document could not be printed"));
      print_job_return_error (job, error);
      break;

    case GTK_PRINT_OPERATION_RESULT_IN_PROGRESS:
    default:
      g_assert_not_reached ();
    }
}

/**
 * hp_print_document:
 * @parent: the window the print dialog belongs to
 * @document: the document to print
 * @callback: called when the job is with the printer, the user cancelled,
 *   or printing failed
 * @user_data: for @callback
 *
 * Shows the print dialog and prints @document.  The printer and paper
 * chosen are offered again at the next print in this session.
 */
void
hp_print_document (GtkWindow           *parent,
                   HpDocument          *document,
                   GAsyncReadyCallback  callback,
                   gpointer             user_data)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  GtkPrintOperationResult result;
  PrintJob *job;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (HP_IS_DOCUMENT (document));

  job = g_new0 (PrintJob, 1);
  job->task = g_task_new (parent, NULL, callback, user_data);
  g_task_set_source_tag (job->task, hp_print_document);

  operation = hp_print_operation_new (document);
  job->operation = g_object_ref (operation);
  gtk_print_operation_set_allow_async (operation, TRUE);
  gtk_print_operation_set_track_print_status (operation, TRUE);
  /* The output file is this operation's alone (print_done()). */
  g_clear_pointer (&last_output_uri, g_free);
  if (session_settings != NULL)
    gtk_print_operation_set_print_settings (operation, session_settings);
  if (session_page_setup != NULL)
    gtk_print_operation_set_default_page_setup (operation, session_page_setup);

  /* The job lives as long as the operation; with allow-async set and a
   * dialog to show, the operation always answers through "done". */
  g_signal_connect_data (operation, "done", G_CALLBACK (print_done), job,
                         (GClosureNotify) (void (*) (void)) print_job_free, G_CONNECT_DEFAULT);
  g_signal_connect (operation, "status-changed", G_CALLBACK (print_status_changed), job);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent,
                                    NULL);
  g_warn_if_fail (result == GTK_PRINT_OPERATION_RESULT_IN_PROGRESS);
}

/**
 * hp_print_dup_output_file:
 *
 * GTK's Print to File adds the file it writes to the recently-used list;
 * the caller keeps it off, as it keeps exports off.
 *
 * Returns: (transfer full) (nullable): the file the last print operation
 * wrote, when it went to GTK's Print to File; NULL when it went to a
 * printer, and while the next operation's dialog is open
 */
GFile *
hp_print_dup_output_file (void)
{
  return last_output_uri != NULL && last_output_uri[0] != '\0'
           ? g_file_new_for_uri (last_output_uri) : NULL;
}

/**
 * hp_print_document_finish:
 *
 * Returns: %TRUE when the document was sent to the printer; %FALSE with
 * G_IO_ERROR_CANCELLED when the user cancelled, HP_PRINT_ERROR_PREVIEW when
 * the user pressed the print dialog's Preview (nothing was printed: show
 * the preview), or another error
 */
gboolean
hp_print_document_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == hp_print_document, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
