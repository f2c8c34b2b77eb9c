/* print-to-printer.c: prints a plan through GtkPrintOperation to a named
 * printer the way the window's Print does: the print dialog opens with the
 * printer preselected from the settings, and the test answers it with
 * Print once that printer is selected.  It also writes the same document
 * with the PDF writer, for comparison.
 *
 *   print-to-printer PRINTER PLAN.hamtplan REFERENCE.pdf
 *
 * (GTK 4.8's dialog-less GTK_PRINT_OPERATION_ACTION_PRINT crashes in its
 * printer lookup when the printer comes from the CUPS backend, so the test
 * goes through the dialog, as a user does.)
 *
 * Exits 0 once the printer reports the job finished; 77 without a display;
 * 1 with a message on any failure.
 */

#include "config.h"

#include <gtk/gtk.h>
#include <gtk/gtkunixprint.h>

#include "hp-documents.h"
#include "hp-export.h"
#include "hp-plan-file.h"
#include "hp-print.h"

typedef struct
{
  GMainLoop        *loop;
  const char       *printer;
  GtkPrintStatus    status;
  gboolean          answered;
  gboolean          timed_out;
} Wait;

/* Answers the print dialog with Print once it has selected the printer
 * named in the settings (the CUPS backend lists printers asynchronously). */
static gboolean
answer_dialog (gpointer data)
{
  Wait *wait = data;
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      GtkPrinter *printer;

      if (!GTK_IS_PRINT_UNIX_DIALOG (window))
        continue;

      printer = gtk_print_unix_dialog_get_selected_printer (GTK_PRINT_UNIX_DIALOG (window));
      if (printer != NULL && g_strcmp0 (gtk_printer_get_name (printer), wait->printer) == 0)
        {
          wait->answered = TRUE;
          gtk_dialog_response (GTK_DIALOG (window), GTK_RESPONSE_OK);
          return G_SOURCE_REMOVE;
        }
    }
  return G_SOURCE_CONTINUE;
}

static void
print_done (GtkPrintOperation       *operation,
            GtkPrintOperationResult  result,
            Wait                    *wait)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    return;

  gtk_print_operation_get_error (operation, &error);
  g_printerr ("printing failed (result %d): %s\n", result,
              error != NULL ? error->message : "no error given");
  g_main_loop_quit (wait->loop);
}

static void
status_changed (GtkPrintOperation *operation,
                Wait              *wait)
{
  wait->status = gtk_print_operation_get_status (operation);
  g_printerr ("print status: %s\n", gtk_print_operation_get_status_string (operation));
  if (gtk_print_operation_is_finished (operation))
    g_main_loop_quit (wait->loop);
}

static gboolean
time_out (gpointer data)
{
  Wait *wait = data;

  wait->timed_out = TRUE;
  g_main_loop_quit (wait->loop);
  return G_SOURCE_REMOVE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = NULL;
  g_autoptr(HpDocument) document = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPrintSettings) settings = NULL;
  GtkPrintOperationResult result;
  Wait wait = { 0 };
  guint timeout_id;

  if (argc != 4)
    {
      g_printerr ("usage: %s PRINTER PLAN.hamtplan REFERENCE.pdf\n", argv[0]);
      return 1;
    }

  if (!gtk_init_check ())
    {
      g_printerr ("no display: skipped\n");
      return 77;
    }

  plan = hp_plan_file_load (argv[2], &error);
  if (plan == NULL)
    {
      g_printerr ("%s: %s\n", argv[2], error->message);
      return 1;
    }

  document = hp_document_new_full_plan (plan);
  if (!hp_document_write_pdf (document, argv[3], &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  operation = hp_print_operation_new (document);
  settings = gtk_print_settings_new ();
  gtk_print_settings_set_printer (settings, argv[1]);
  gtk_print_operation_set_print_settings (operation, settings);
  gtk_print_operation_set_track_print_status (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, TRUE);

  wait.loop = g_main_loop_new (NULL, FALSE);
  wait.printer = argv[1];
  g_signal_connect (operation, "status-changed", G_CALLBACK (status_changed), &wait);
  g_signal_connect (operation, "done", G_CALLBACK (print_done), &wait);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL,
                                    &error);
  if (result != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    {
      g_printerr ("the print dialog did not open (result %d): %s\n", result,
                  error != NULL ? error->message : "no error given");
      g_main_loop_unref (wait.loop);
      return 1;
    }

  /* Answer the dialog, then wait until the printer says the job is done. */
  g_timeout_add (100, answer_dialog, &wait);
  timeout_id = g_timeout_add_seconds (120, time_out, &wait);
  g_main_loop_run (wait.loop);
  if (!wait.timed_out)
    g_source_remove (timeout_id);
  g_main_loop_unref (wait.loop);

  if (wait.timed_out)
    {
      g_printerr (wait.answered ? "the printer did not finish the job in 120 s\n"
                                : "the print dialog never selected the printer\n");
      return 1;
    }
  if (gtk_print_operation_get_status (operation) != GTK_PRINT_STATUS_FINISHED)
    {
      g_printerr ("the job was aborted: %s\n", gtk_print_operation_get_status_string (operation));
      return 1;
    }
  return 0;
}
