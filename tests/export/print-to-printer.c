/* print-to-printer.c: prints a plan the way the window's Print does
 * (hp_print_document(): GtkPrintOperation with the print dialog); the test
 * answers the dialog with Print once it has selected PRINTER (the queue's
 * default printer).  It also writes the same document with the PDF writer,
 * for comparison.
 *
 *   print-to-printer PRINTER PLAN.hamtplan REFERENCE.pdf
 *
 * (GTK 4.8's dialog-less GTK_PRINT_OPERATION_ACTION_PRINT crashes in its
 * printer lookup when the printer comes from the CUPS backend, so the test
 * goes through the dialog, as a user does.)
 *
 * Like the window, it keeps its temporary files in a private folder inside
 * the drafts folder ($XDG_DATA_HOME/hamtplan/drafts, hp-temp-folder.h),
 * removed before it exits.
 *
 * Exits 0 once the job is sent to the printer; 77 without a display; 1 with
 * a message on any failure.
 */

#include "config.h"

#include <gtk/gtk.h>
#include <gtk/gtkunixprint.h>

#include "hp-documents.h"
#include "hp-export.h"
#include "hp-plan-file.h"
#include "hp-print.h"
#include "hp-temp-folder.h"

typedef struct
{
  GMainLoop  *loop;
  const char *printer;
  gboolean    answered;
  gboolean    done;
  gboolean    printed;
  gboolean    timed_out;
} Wait;

/* Answers the print dialog with Print once it has selected the printer
 * (the CUPS backend lists printers asynchronously). */
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
print_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Wait *wait = user_data;
  g_autoptr(GError) error = NULL;

  wait->done = TRUE;
  wait->printed = hp_print_document_finish (result, &error);
  if (!wait->printed)
    g_printerr ("printing failed: %s\n", error->message);
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
  Wait wait = { 0 };
  guint answer_id, timeout_id;
  int status;

  if (argc != 4)
    {
      g_printerr ("usage: %s PRINTER PLAN.hamtplan REFERENCE.pdf\n", argv[0]);
      return 1;
    }

  /* First, as in hp_application_run(). */
  if (!hp_temp_folder_setup (NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  if (!gtk_init_check ())
    {
      g_printerr ("no display: skipped\n");
      hp_temp_folder_remove ();
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

  /* The window's Print: the dialog, answered once the printer is chosen. */
  wait.loop = g_main_loop_new (NULL, FALSE);
  wait.printer = argv[1];
  hp_print_document (NULL, document, print_done, &wait);
  answer_id = g_timeout_add (100, answer_dialog, &wait);
  timeout_id = g_timeout_add_seconds (60, time_out, &wait);
  g_main_loop_run (wait.loop);
  if (!wait.answered)
    g_source_remove (answer_id);
  if (!wait.timed_out)
    g_source_remove (timeout_id);
  g_main_loop_unref (wait.loop);

  if (wait.timed_out)
    g_printerr (wait.answered ? "the job was not sent in 60 s\n"
                              : "the print dialog never selected the printer\n");
  status = !wait.timed_out && wait.printed ? 0 : 1;
  hp_temp_folder_remove ();
  return status;
}
