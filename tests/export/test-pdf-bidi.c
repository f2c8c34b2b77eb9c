/* test-pdf-bidi.c: mixed scripts on paper.  An Arabic name inside a Swedish
 * line reads right to left in its own run while the line stays left to
 * right, "(1–4)" after Arabic stays "(1–4)", a table cell starting with
 * Arabic stays at its column's left, and a decomposed "å" prints and reads
 * back as "å".  Positions are read back from the PDF with poppler. */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "hp-documents.h"
#include "hp-export.h"
#include "hp-layout.h"
#include "pdf-test-util.h"

/* Body text starts at the left margin; a table cell's text 4 points in. */
#define CELL_PAD 4.0

static PopplerDocument *
to_poppler (HpDocument *document,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = hp_document_to_pdf (document, &error);

  g_assert_no_error (error);
  pdf_test_save (pdf, name);
  return pdf_test_open_bytes (pdf);
}

static cairo_status_t
append (void                *closure,
        const unsigned char *data,
        unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Laid out with a Pango context whose base direction is @direction (a
 * widget's context in an Arabic locale is right to left), drawn as a PDF. */
static PopplerDocument *
to_poppler_with_direction (HpDocument     *document,
                           PangoDirection  direction)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GBytes) pdf = NULL;
  PangoContext *context = hp_document_create_pango_context ();
  cairo_surface_t *surface;
  cairo_t *cr;

  pango_context_set_base_dir (context, direction);
  hp_document_paginate (document, context, HP_PAGE_A4_WIDTH, HP_PAGE_A4_HEIGHT);
  g_object_unref (context);
  surface = cairo_pdf_surface_create_for_stream (append, bytes, HP_PAGE_A4_WIDTH,
                                                 HP_PAGE_A4_HEIGHT);
  cr = cairo_create (surface);
  for (guint p = 0; p < hp_document_get_n_pages (document); p++)
    {
      hp_document_render_page (document, cr, p);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  pdf = g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
  return pdf_test_open_bytes (pdf);
}

static GList *
find (PopplerPage *page,
      const char  *needle)
{
  return poppler_page_find_text_with_options (page, needle, POPPLER_FIND_CASE_SENSITIVE);
}

static void
free_rectangles (GList *list)
{
  g_list_free_full (list, (GDestroyNotify) poppler_rectangle_free);
}

/* The page on which @anchor stands, once in the whole document. */
static PopplerPage *
page_of (PopplerDocument *document,
         const char      *anchor)
{
  PopplerPage *found = NULL;

  for (int p = 0; p < poppler_document_get_n_pages (document); p++)
    {
      g_autoptr(TestPdfPage) page = poppler_document_get_page (document, p);
      GList *hits = find (page, anchor);
      guint n = g_list_length (hits);

      free_rectangles (hits);
      if (n == 0)
        continue;
      if (n > 1 || found != NULL)
        g_error ("“%s” stands more than once in the document", anchor);
      found = g_object_ref (page);
    }
  if (found == NULL)
    g_error ("“%s” is not in the document", anchor);
  return found;
}

/* The left edge of @needle, which stands once on the line of @anchor. */
static double
x_on_line (PopplerPage *page,
           const char  *anchor,
           const char  *needle)
{
  GList *anchors = find (page, anchor);
  GList *hits = find (page, needle);
  PopplerRectangle *a;
  double middle, x = 0;
  guint n = 0;

  if (g_list_length (anchors) != 1)
    g_error ("“%s” is %u times on its page", anchor, g_list_length (anchors));
  a = anchors->data;
  middle = (a->y1 + a->y2) / 2;
  for (GList *l = hits; l != NULL; l = l->next)
    {
      PopplerRectangle *r = l->data;

      if (fabs ((r->y1 + r->y2) / 2 - middle) < 2.5)
        {
          x = r->x1;
          n++;
        }
    }
  if (n != 1)
    g_error ("“%s” is %u times on the line of “%s”", needle, n, anchor);
  free_rectangles (anchors);
  free_rectangles (hits);
  return x;
}

/* The needles stand on the line of @anchor in this order, left to right. */
static void
assert_left_to_right (PopplerPage *page,
                      const char  *anchor,
                      ...)
{
  va_list args;
  const char *previous = NULL;
  double previous_x = -1;

  va_start (args, anchor);
  for (const char *needle = va_arg (args, const char *); needle != NULL;
       needle = va_arg (args, const char *))
    {
      double x = x_on_line (page, anchor, needle);

      if (previous != NULL && !(x > previous_x))
        g_error ("on the line of “%s”, “%s” (x %.1f) is not right of “%s” (x %.1f)",
                 anchor, needle, x, previous, previous_x);
      previous = needle;
      previous_x = x;
    }
  va_end (args);
}

static void
assert_no_isolates (const char *text)
{
  /* The isolates are drawn as nothing and never copied out of the PDF. */
  g_assert_null (strstr (text, "\u2066"));
  g_assert_null (strstr (text, "\u2067"));
  g_assert_null (strstr (text, "\u2068"));
  g_assert_null (strstr (text, "\u2069"));
  g_assert_null (strstr (text, "\u202e"));
}

/* An Arabic name inside a Swedish sentence: its letters right to left in
 * their own run (its first letter, ر, rightmost), the Swedish words around
 * it in their order, and "(1–4)" after it as written.  A right-to-left
 * override pasted into a name does not turn the rest of the line. */
static void
test_rtl_run_in_swedish_line (void)
{
  g_autoptr(HpDocument) document = hp_document_new ("Plan för رنا", "Hela planen");
  g_autoptr(TestPdf) poppler = NULL;
  g_autoptr(TestPdfPage) page = NULL;
  g_autofree char *text = NULL;

  hp_document_add_paragraph (document, HP_TEXT_BODY,
                             "Gosedjuret till رنا (1–4) hämtas av Omar.");
  hp_document_add_paragraph (document, HP_TEXT_BODY,
                             "Skolväskan till Omar\u202e (5–9) står i hallen.");
  hp_document_add_key_value (document, "Barnets namn", "رنا (1–4)");

  poppler = to_poppler (document, "bidi-line.pdf");
  page = poppler_document_get_page (poppler, 0);

  assert_left_to_right (page, "Gosedjuret", "Gosedjuret", "till", "ا", "ن", "ر",
                        "(", "1", "–", "4", ")", "hämtas", "av", "Omar", NULL);
  assert_left_to_right (page, "hallen", "Skolväskan", "Omar", "(", "5", "9", ")", "står",
                        "hallen", NULL);
  assert_left_to_right (page, "Barnets", "Barnets", "ا", "ن", "ر", "(", "1", "4", ")", NULL);
  /* The page header: the plan's title. */
  assert_left_to_right (page, "Plan", "Plan", "för", "ا", "ر", NULL);

  text = pdf_test_page_text (poppler, 0);
  g_assert_true (pdf_test_text_has (text, "(1–4) hämtas av Omar."));
  g_assert_true (pdf_test_text_has (text, "Skolväskan till Omar (5–9) står i hallen."));
  assert_no_isolates (text);
}

/* A table cell that starts with Arabic text starts at its column's left
 * edge, as a Swedish one does, also when the Pango context comes with a
 * right-to-left base direction. */
static void
check_cell_left_aligned (PopplerDocument *poppler)
{
  g_autoptr(TestPdfPage) page = poppler_document_get_page (poppler, 0);
  double arabic = x_on_line (page, "Hallen", "ا");
  double swedish = x_on_line (page, "Köket", "Lisa");

  g_assert_cmpfloat_with_epsilon (swedish, HP_PAGE_MARGIN_SIDE + CELL_PAD, 0.5);
  g_assert_cmpfloat_with_epsilon (arabic, HP_PAGE_MARGIN_SIDE + CELL_PAD, 0.5);
  assert_left_to_right (page, "Hallen", "ا", "ن", "ر", "(", "1", "4", ")", "Hallen", NULL);
  /* Nowhere near the column's right edge (the column is 240 points wide). */
  g_assert_cmpfloat (x_on_line (page, "Hallen", ")"), <, HP_PAGE_MARGIN_SIDE + 120);
}

static void
test_rtl_cell_left_aligned (void)
{
  g_autoptr(HpDocument) document = hp_document_new ("Testdokument", "Tabell");
  static const double widths[] = { 1, 1 };
  HpTable *table = hp_document_add_table (document, 2, widths);
  g_autoptr(TestPdf) written = NULL;
  g_autoptr(TestPdf) rtl_context = NULL;

  hp_table_set_header (table, 0, "Vems");
  hp_table_set_header (table, 1, "Var");
  hp_table_add_row (table);
  hp_table_add_text (table, 0, HP_TEXT_TABLE, "رنا (1–4)");
  hp_table_add_text (table, 1, HP_TEXT_TABLE, "Hallen");
  hp_table_add_row (table);
  hp_table_add_text (table, 0, HP_TEXT_TABLE, "Lisa");
  hp_table_add_text (table, 1, HP_TEXT_TABLE, "Köket");

  written = to_poppler (document, "bidi-cell.pdf");
  check_cell_left_aligned (written);
  rtl_context = to_poppler_with_direction (document, PANGO_DIRECTION_RTL);
  check_cell_left_aligned (rtl_context);
}

static cairo_surface_t *
render_first_page (HpDocument *document)
{
  PangoContext *context = hp_document_create_pango_context ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 596, 842);
  cairo_t *cr = cairo_create (surface);

  hp_document_paginate (document, context, HP_PAGE_A4_WIDTH, HP_PAGE_A4_HEIGHT);
  g_object_unref (context);
  hp_document_render_page (document, cr, 0);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static HpDocument *
nfd_document (const char *name,
              const char *sentence)
{
  HpDocument *document = hp_document_new ("Testdokument", NULL);
  HpTable *table;

  hp_document_add_paragraph (document, HP_TEXT_BODY, sentence);
  table = hp_document_add_table (document, 1, NULL);
  hp_table_add_row (table);
  hp_table_add_text (table, 0, HP_TEXT_TABLE_STRONG, name);
  return document;
}

/* Decomposed text (as some systems paste it: "a" and a combining ring for
 * "å") is drawn exactly as composed text is, one glyph per letter, and
 * reads back composed, so that a search in the PDF finds it. */
static void
test_decomposed_text (void)
{
  const char *nfd_sentence = "Va\u030Ardnadshavaren Ma\u0308rta o\u0308ppnar fo\u0308rra\u030Adet.";
  const char *nfc_sentence = "Vårdnadshavaren Märta öppnar förrådet.";
  g_autoptr(HpDocument) nfd = nfd_document ("A\u030Asa O\u0308berg", nfd_sentence);
  g_autoptr(HpDocument) nfc = nfd_document ("Åsa Öberg", nfc_sentence);
  g_autoptr(TestPdf) poppler = to_poppler (nfd, "bidi-nfd.pdf");
  g_autofree char *text = pdf_test_page_text (poppler, 0);
  cairo_surface_t *drawn_nfd;
  cairo_surface_t *drawn_nfc;
  int size;

  g_assert_false (g_str_equal (nfd_sentence, nfc_sentence));
  g_assert_true (pdf_test_text_has (text, nfc_sentence));
  g_assert_true (pdf_test_text_has (text, "Åsa Öberg"));
  g_assert_null (strstr (text, "\u030A"));
  g_assert_null (strstr (text, "\u0308"));

  drawn_nfd = render_first_page (nfd);
  drawn_nfc = render_first_page (nfc);
  size = cairo_image_surface_get_stride (drawn_nfd) * cairo_image_surface_get_height (drawn_nfd);
  g_assert_true (memcmp (cairo_image_surface_get_data (drawn_nfd),
                         cairo_image_surface_get_data (drawn_nfc), size) == 0);
  cairo_surface_destroy (drawn_nfd);
  cairo_surface_destroy (drawn_nfc);
}

/* On a real handover sheet, a recipient with an Arabic name: "Till: X,
 * company (kind)" has the name right to left between "Till:" and the
 * comma, the company after it and the brackets around the kind. */
static void
test_handover_arabic_recipient (void)
{
  g_autoptr(HpPlan) plan = pdf_test_plan_new_sample (HP_PROTECTION_NONE);
  HpContact *guard = pdf_test_plan_get_contact (plan, "k2");
  g_autoptr(GError) error = NULL;
  g_autoptr(HpDocument) document = NULL;
  g_autoptr(TestPdf) poppler = NULL;
  g_autoptr(TestPdfPage) page = NULL;
  g_autofree char *text = NULL;

  g_object_set (guard, "name", "علي كريمي", NULL);
  document = hp_document_new_handover (plan, guard, &error);
  g_assert_no_error (error);
  poppler = to_poppler (document, "bidi-handover.pdf");
  page = page_of (poppler, "Vaktbolag");

  /* The second word (كريمي) left of the first (علي), each right to left. */
  assert_left_to_right (page, "Vaktbolag", "م", "ر", "ك", "ل", "ع", ",", "Trygghetsbolaget",
                        "AB", "(", "Vaktbolag", ")", NULL);
  text = pdf_test_all_text (poppler);
  g_assert_true (pdf_test_text_has (text, ", Trygghetsbolaget AB (Vaktbolag)"));
  assert_no_isolates (text);
}

/* In the full plan, an item whose name starts with Arabic starts where the
 * other items' names start, and its Swedish words in brackets stay in
 * order after it. */
static void
test_full_plan_arabic_item (void)
{
  g_autoptr(HpPlan) plan = pdf_test_plan_new_sample (HP_PROTECTION_NONE);
  g_autoptr(HpItem) item = hp_item_new ();
  g_autoptr(HpDocument) document = NULL;
  g_autoptr(TestPdf) poppler = NULL;
  g_autoptr(TestPdfPage) page = NULL;
  g_autoptr(TestPdfPage) glasses_page = NULL;

  g_object_set (item, "name", "مصحف جدتي (två band)", "category", HP_ITEM_CATEGORY_MEMENTOS,
                "priority", HP_PRIORITY_SHOULD, "location", "Översta hyllan i vardagsrummet",
                NULL);
  g_list_store_append (plan->items, item);
  document = hp_document_new_full_plan (plan);
  poppler = to_poppler (document, "bidi-full-plan.pdf");

  page = page_of (poppler, "Översta");
  glasses_page = page_of (poppler, "Nattduksbordet");
  /* The leftmost glyph of the Arabic name is its last letter, ي. */
  g_assert_cmpfloat_with_epsilon (x_on_line (page, "Översta", "ي"),
                                  x_on_line (glasses_page, "Nattduksbordet", "Glasögon"), 0.5);
  assert_left_to_right (page, "Översta", "ي", "ت", "م", "(", "två", "band", ")", "Översta",
                        NULL);
}

int
main (int   argc,
      char *argv[])
{
  pdf_test_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hp/export/bidi/rtl-run-in-swedish-line", test_rtl_run_in_swedish_line);
  g_test_add_func ("/hp/export/bidi/rtl-cell-left-aligned", test_rtl_cell_left_aligned);
  g_test_add_func ("/hp/export/bidi/decomposed-text", test_decomposed_text);
  g_test_add_func ("/hp/export/bidi/handover-arabic-recipient", test_handover_arabic_recipient);
  g_test_add_func ("/hp/export/bidi/full-plan-arabic-item", test_full_plan_arabic_item);

  return g_test_run ();
}
