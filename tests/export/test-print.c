/* test-print.c: GtkPrintOperation draws the very pages the PDF writer
 * draws
 *
 * The operation from hp_print_operation_new() is run with
 * GTK_PRINT_OPERATION_ACTION_EXPORT, which sends the pages through the same
 * begin-print and draw-page handlers as printing does, into GTK's own PDF
 * surface.  Read back with poppler, the pages must be the PDF writer's
 * pages.  Needs a display (xvfb-run); skipped without one.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "hp-documents.h"
#include "hp-export.h"
#include "hp-print.h"
#include "pdf-test-util.h"

/* Runs @operation as an export into a temporary file and opens the result. */
static PopplerDocument *
export_through_print (GtkPrintOperation *operation)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hamtplan-print-XXXXXX", &error);
  g_autofree char *path = NULL;
  PopplerDocument *pdf;
  GtkPrintOperationResult result;

  g_assert_no_error (error);
  path = g_build_filename (dir, "printed.pdf", NULL);
  gtk_print_operation_set_export_filename (operation, path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  pdf = pdf_test_open_file (path);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  return pdf;
}

static void
assert_same_pages (HpDocument *document)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) written = hp_document_to_pdf (document, &error);
  g_autoptr(TestPdf) expected = NULL;
  g_autoptr(TestPdf) printed = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  int n;

  g_assert_no_error (error);
  expected = pdf_test_open_bytes (written);
  operation = hp_print_operation_new (document);
  printed = export_through_print (operation);

  n = poppler_document_get_n_pages (expected);
  g_assert_cmpint (n, >=, 1);
  g_assert_cmpint (poppler_document_get_n_pages (printed), ==, n);

  for (int i = 0; i < n; i++)
    {
      g_autoptr(TestPdfPage) page = poppler_document_get_page (printed, i);
      g_autofree char *want = pdf_test_page_text (expected, i);
      g_autofree char *got = pdf_test_page_text (printed, i);
      double width, height;

      g_assert_cmpstr (got, ==, want);
      poppler_page_get_size (page, &width, &height);
      g_assert_cmpfloat_with_epsilon (width, HP_PAGE_A4_WIDTH, 0.5);
      g_assert_cmpfloat_with_epsilon (height, HP_PAGE_A4_HEIGHT, 0.5);
    }
  pdf_test_assert_footers (printed);
  pdf_test_assert_fonts_embedded (printed);
}

static void
test_full_plan (void)
{
  g_autoptr(HpPlan) plan = pdf_test_plan_new_sample (HP_PROTECTION_NONE);
  g_autoptr(HpDocument) document = hp_document_new_full_plan (plan);

  assert_same_pages (document);
}

static void
test_long_plan (void)
{
  g_autoptr(HpPlan) plan = pdf_test_plan_new_large (150);
  g_autoptr(HpDocument) document = hp_document_new_full_plan (plan);

  assert_same_pages (document);
}

static void
test_consent_record (void)
{
  g_autoptr(HpPlan) plan = pdf_test_plan_new_sample (HP_PROTECTION_NONE);
  g_autoptr(HpDocument) document = hp_document_new_consent_record (plan);

  assert_same_pages (document);
}

/* On paper other than A4 the same document is laid out anew for that
 * paper: every item still there, nothing outside the page, every footer. */
static void
test_letter_paper (void)
{
  g_autoptr(HpPlan) plan = pdf_test_plan_new_large (60);
  g_autoptr(HpDocument) document = hp_document_new_full_plan (plan);
  g_autoptr(GtkPrintOperation) operation = hp_print_operation_new (document);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) letter = gtk_paper_size_new (GTK_PAPER_NAME_LETTER);
  g_autoptr(TestPdf) printed = NULL;
  g_autoptr(TestPdfPage) first = NULL;
  g_autofree char *all = NULL;
  double width, height;

  gtk_page_setup_set_paper_size_and_default_margins (setup, letter);
  gtk_print_operation_set_default_page_setup (operation, setup);
  printed = export_through_print (operation);

  first = poppler_document_get_page (printed, 0);
  poppler_page_get_size (first, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 612, 0.5);
  g_assert_cmpfloat_with_epsilon (height, 792, 0.5);

  pdf_test_assert_text_inside (printed, 20);
  pdf_test_assert_footers (printed);
  all = pdf_test_all_text (printed);
  for (guint i = 1; i <= 60; i++)
    {
      g_autofree char *name = g_strdup_printf ("Sak nr %04u", i);

      if (!pdf_test_text_has (all, name))
        g_error ("“%s” is missing from the printed pages", name);
    }
}

static void
test_operation_settings (void)
{
  g_autoptr(HpPlan) plan = pdf_test_plan_new_sample (HP_PROTECTION_NONE);
  g_autoptr(HpDocument) document = hp_document_new_full_plan (plan);
  g_autoptr(GtkPrintOperation) operation = hp_print_operation_new (document);
  g_autoptr(GtkPageSetup) a4 = hp_print_default_page_setup ();
  g_autofree char *job_name = NULL;
  GtkPageSetup *setup;
  GtkUnit unit;
  gboolean full_page;

  /* A4 portrait, as the PDF files. */
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (a4)), ==,
                   GTK_PAPER_NAME_A4);
  g_assert_cmpint (gtk_page_setup_get_orientation (a4), ==, GTK_PAGE_ORIENTATION_PORTRAIT);
  setup = gtk_print_operation_get_default_page_setup (operation);
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (setup)), ==,
                   GTK_PAPER_NAME_A4);

  g_object_get (operation, "unit", &unit, "use-full-page", &full_page, "job-name", &job_name,
                NULL);
  g_assert_cmpint (unit, ==, GTK_UNIT_POINTS);
  g_assert_true (full_page);
  /* The job name shows in printer queues: the plan's title, never the
   * client's name. */
  g_assert_cmpstr (job_name, ==, hp_document_get_title (document));
  g_assert_null (strstr (job_name, SAMPLE_CLIENT_NAME));
}

int
main (int   argc,
      char *argv[])
{
  pdf_test_init_i18n ();

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hp/print/full-plan-same-pages", test_full_plan);
  g_test_add_func ("/hp/print/long-plan-same-pages", test_long_plan);
  g_test_add_func ("/hp/print/consent-record-same-pages", test_consent_record);
  g_test_add_func ("/hp/print/letter-paper", test_letter_paper);
  g_test_add_func ("/hp/print/operation-settings", test_operation_settings);

  return g_test_run ();
}
