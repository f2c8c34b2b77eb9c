/* test-pdf-layout.c: the page-layout engine: pages, repeated table headers,
 * rows kept whole, nothing outside the page, the same pages for the printer */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "hp-export.h"
#include "hp-layout.h"
#include "pdf-test-util.h"

/* @name: (nullable): kept under that name in $HP_TEST_PDF_DIR, to look at */
static PopplerDocument *
to_poppler (HpDocument *document,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = hp_document_to_pdf (document, &error);

  g_assert_no_error (error);
  if (name != NULL)
    pdf_test_save (pdf, name);
  return pdf_test_open_bytes (pdf);
}

static guint
count (const char *text,
       const char *needle)
{
  guint n = 0;

  for (const char *at = strstr (text, needle); at != NULL; at = strstr (at + 1, needle))
    n++;
  return n;
}

static HpDocument *
long_table_document (guint n_rows)
{
  HpDocument *document = hp_document_new ("Testdokument", "Tabell");
  static const double widths[] = { 1, 3, 2 };
  HpTable *table;

  hp_document_add_heading (document, 1, "Lång tabell");
  hp_document_add_paragraph (document, HP_TEXT_BODY, "En inledande text före tabellen.");
  table = hp_document_add_table (document, 3, widths);
  hp_table_set_header (table, 0, "KOLUMN-A");
  hp_table_set_header (table, 1, "KOLUMN-B");
  hp_table_set_header (table, 2, "KOLUMN-C");
  for (guint i = 0; i < n_rows; i++)
    {
      g_autofree char *first = g_strdup_printf ("rad-%03u-start", i);
      g_autofree char *last = g_strdup_printf ("rad-%03u-slut", i);

      hp_table_add_row (table);
      hp_table_add_text (table, 0, HP_TEXT_TABLE, first);
      /* Rows of different heights: one to four lines of filler. */
      for (guint l = 0; l < 1 + i % 4; l++)
        hp_table_add_text (table, 1, HP_TEXT_TABLE, "Text som fyller ut raden");
      hp_table_add_tick (table, 2, "Klar", i % 2 == 0);
      hp_table_add_text (table, 2, HP_TEXT_SMALL, last);
    }
  hp_document_add_paragraph (document, HP_TEXT_BODY, "Text efter tabellen.");
  return document;
}

/* The header row is on every page the table reaches, and each row's first
 * and last texts stand on the same page. */
static void
test_table_header_repeats (void)
{
  g_autoptr(HpDocument) document = long_table_document (240);
  g_autoptr(TestPdf) poppler = to_poppler (document, "layout-table.pdf");
  int n_pages = poppler_document_get_n_pages (poppler);
  guint rows_seen = 0;

  g_assert_cmpint (n_pages, >=, 5);
  pdf_test_assert_text_inside (poppler, HP_PAGE_MARGIN_SIDE);
  pdf_test_assert_footers (poppler);

  for (int p = 0; p < n_pages; p++)
    {
      g_autofree char *text = pdf_test_page_text (poppler, p);
      guint starts = count (text, "-start");
      guint ends = count (text, "-slut");

      if (starts == 0)
        continue;
      g_assert_cmpuint (count (text, "KOLUMN-A"), ==, 1);
      g_assert_cmpuint (count (text, "KOLUMN-C"), ==, 1);
      g_assert_cmpuint (starts, ==, ends);
      for (guint i = rows_seen; i < rows_seen + starts; i++)
        {
          g_autofree char *first = g_strdup_printf ("rad-%03u-start", i);
          g_autofree char *last = g_strdup_printf ("rad-%03u-slut", i);

          g_assert_true (pdf_test_text_has (text, first));
          g_assert_true (pdf_test_text_has (text, last));
        }
      rows_seen += starts;
    }
  g_assert_cmpuint (rows_seen, ==, 240);
}

/* A row taller than a page is continued on the next pages, with the header
 * row again, every line drawn once, and nothing outside the text area.  A
 * word longer than a line breaks between characters. */
static void
test_oversized_row (void)
{
  g_autoptr(HpDocument) document = hp_document_new ("Testdokument", NULL);
  g_autoptr(GString) lines = g_string_new (NULL);
  g_autoptr(GString) word = g_string_new (NULL);
  g_autoptr(GString) header = g_string_new (NULL);
  g_autoptr(TestPdf) poppler = NULL;
  g_autofree char *all = NULL;
  static const double widths[] = { 1, 4 };
  HpTable *table;
  int n_pages;

  for (guint i = 0; i < 400; i++)
    g_string_append_printf (lines, "linje-%03u\n", i);
  for (guint i = 0; i < 3000; i++)
    g_string_append_c (word, 'a' + i % 26);
  for (guint i = 0; i < 40; i++)
    g_string_append_printf (header, "huvudrad-%02u\n", i);

  table = hp_document_add_table (document, 2, widths);
  hp_table_set_header (table, 0, "HUVUD-1");
  hp_table_set_header (table, 1, "HUVUD-2");
  hp_table_add_row (table);
  hp_table_add_text (table, 0, HP_TEXT_TABLE, "kort");
  hp_table_add_text (table, 1, HP_TEXT_TABLE, lines->str);
  hp_table_add_row (table);
  hp_table_add_text (table, 0, HP_TEXT_TABLE, "ord");
  hp_table_add_text (table, 1, HP_TEXT_TABLE, word->str);
  /* A header taller than half a page: shown once, whole, not repeated. */
  table = hp_document_add_table (document, 1, NULL);
  hp_table_set_header (table, 0, header->str);
  for (guint i = 0; i < 30; i++)
    {
      hp_table_add_row (table);
      hp_table_add_text (table, 0, HP_TEXT_TABLE, "under det höga huvudet");
    }
  hp_document_add_key_value (document, word->str, lines->str);
  hp_document_add_paragraph (document, HP_TEXT_BODY, word->str);
  hp_document_add_notes (document, "Anteckningar", 200);
  hp_document_add_signature (document, word->str, word->str);

  poppler = to_poppler (document, "layout-oversized.pdf");
  n_pages = poppler_document_get_n_pages (poppler);
  g_assert_cmpint (n_pages, >=, 8);
  pdf_test_assert_text_inside (poppler, HP_PAGE_MARGIN_SIDE);
  pdf_test_assert_footers (poppler);

  all = pdf_test_all_text (poppler);
  for (guint i = 0; i < 400; i++)
    {
      g_autofree char *line = g_strdup_printf ("linje-%03u", i);

      /* Once in the table, once in the key-value pair. */
      g_assert_cmpuint (count (all, line), ==, 2);
    }

  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *line = g_strdup_printf ("huvudrad-%02u", i);

      g_assert_cmpuint (count (all, line), ==, 1);
    }
  g_assert_cmpuint (count (all, "under det höga huvudet"), ==, 30);

  /* The table's pages all carry its header. */
  for (int p = 0; p < n_pages; p++)
    {
      g_autofree char *text = pdf_test_page_text (poppler, p);

      if (count (text, "linje-") > 0 && p < 3)
        g_assert_cmpuint (count (text, "HUVUD-1"), ==, 1);
    }
}

/* A heading never stands alone at the bottom of a page: whatever fills the
 * page before it, the first row of its table is on the same page. */
static void
test_heading_kept_with_next (void)
{
  for (guint filler = 30; filler < 70; filler += 3)
    {
      g_autoptr(HpDocument) document = hp_document_new ("Testdokument", NULL);
      g_autoptr(TestPdf) poppler = NULL;
      static const double widths[] = { 1, 1 };
      HpTable *table;
      int n_pages;

      for (guint i = 0; i < filler; i++)
        hp_document_add_paragraph (document, HP_TEXT_BODY, "Fyllnadstext på en rad.");
      hp_document_add_heading (document, 2, "RUBRIKEN");
      table = hp_document_add_table (document, 2, widths);
      hp_table_set_header (table, 0, "A");
      hp_table_set_header (table, 1, "B");
      hp_table_add_row (table);
      hp_table_add_text (table, 0, HP_TEXT_TABLE, "FÖRSTA-RADEN");
      hp_table_add_text (table, 1, HP_TEXT_TABLE, "två\nrader");

      poppler = to_poppler (document, NULL);
      n_pages = poppler_document_get_n_pages (poppler);
      for (int p = 0; p < n_pages; p++)
        {
          g_autofree char *text = pdf_test_page_text (poppler, p);

          g_assert_cmpuint (count (text, "RUBRIKEN"), ==, count (text, "FÖRSTA-RADEN"));
        }
    }
}

/* The printer's path: a Pango context made from the printer's cairo_t as
 * GtkPrintContext makes it (72 dpi per point, metrics not hinted), the
 * pages drawn one by one with hp_document_render_page().  Same pages, same
 * text, as the PDF writer. */
static cairo_status_t
append (void                *closure,
        const unsigned char *data,
        unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Lays @document out with a Pango context made from the cairo_t of a PDF
 * surface of @width x @height, as GtkPrintContext makes it (72 dpi per
 * point, metrics not hinted), and draws the pages one by one with
 * hp_document_render_page(), as a print operation's draw-page does. */
static GBytes *
render_like_printer (HpDocument *document,
                     double      width,
                     double      height)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  PangoContext *context;
  cairo_font_options_t *options;

  surface = cairo_pdf_surface_create_for_stream (append, bytes, width, height);
  cr = cairo_create (surface);
  context = pango_cairo_create_context (cr);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (context, 72);

  hp_document_paginate (document, context, width, height);
  g_object_unref (context);
  for (guint p = 0; p < hp_document_get_n_pages (document); p++)
    {
      hp_document_render_page (document, cr, p);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

static void
test_print_path_same_pages (void)
{
  g_autoptr(HpPlan) plan = pdf_test_plan_new_large (120);
  g_autoptr(HpDocument) document = hp_document_new ("Testdokument", "Utskrift");
  g_autoptr(TestPdf) written = NULL;
  g_autoptr(TestPdf) printed = NULL;
  g_autoptr(GBytes) pdf = NULL;
  GListModel *items = G_LIST_MODEL (plan->items);
  HpTable *table;
  guint n_pages;

  table = hp_document_add_table (document, 2, NULL);
  hp_table_set_header (table, 0, "Sak");
  hp_table_set_header (table, 1, "Plats");
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(HpItem) item = g_list_model_get_item (items, i);

      hp_table_add_row (table);
      hp_table_add_text (table, 0, HP_TEXT_TABLE, item->name);
      hp_table_add_text (table, 1, HP_TEXT_TABLE, item->location);
      hp_table_add_text (table, 1, HP_TEXT_SMALL, item->note);
    }

  written = to_poppler (document, NULL);
  pdf = render_like_printer (document, HP_PAGE_A4_WIDTH, HP_PAGE_A4_HEIGHT);
  printed = pdf_test_open_bytes (pdf);
  n_pages = hp_document_get_n_pages (document);

  g_assert_cmpint (n_pages, >, 2);
  g_assert_cmpint (poppler_document_get_n_pages (printed), ==, (int) n_pages);
  g_assert_cmpint (poppler_document_get_n_pages (written), ==, (int) n_pages);
  for (guint p = 0; p < n_pages; p++)
    {
      g_autofree char *a = pdf_test_page_text (written, p);
      g_autofree char *b = pdf_test_page_text (printed, p);

      g_assert_cmpstr (a, ==, b);
    }
}

/* A checksum of the pixels of page @p drawn alone on a white image. */
static char *
page_pixels (HpDocument *document,
             guint       p)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  char *sum;

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) HP_PAGE_A4_WIDTH,
                                        (int) HP_PAGE_A4_HEIGHT);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  hp_document_render_page (document, cr, p);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, cairo_image_surface_get_data (surface),
                                     (gsize) cairo_image_surface_get_stride (surface) *
                                     (gsize) cairo_image_surface_get_height (surface));
  cairo_surface_destroy (surface);
  return sum;
}

/* A print preview draws pages again and out of order: each page looks the
 * same whenever it is drawn (the layout lets a shaped text go after what
 * it counts as its last drawing, and shapes it again when asked). */
static void
test_pages_drawn_again (void)
{
  g_autoptr(HpDocument) document = long_table_document (120);
  PangoContext *context = hp_document_create_pango_context ();
  g_autoptr(GPtrArray) first = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *blank = NULL;
  guint n_pages;
  guint order[64];
  guint n_order = 0;

  hp_document_paginate (document, context, HP_PAGE_A4_WIDTH, HP_PAGE_A4_HEIGHT);
  n_pages = hp_document_get_n_pages (document);
  g_assert_cmpint (n_pages, >=, 4);

  for (guint p = 0; p < n_pages; p++)
    g_ptr_array_add (first, page_pixels (document, p));

  /* No two pages alike, and none blank. */
  {
    g_autoptr(HpDocument) empty = hp_document_new ("", NULL);

    hp_document_paginate (empty, context, HP_PAGE_A4_WIDTH, HP_PAGE_A4_HEIGHT);
    blank = page_pixels (empty, 0);
  }
  for (guint p = 0; p < n_pages; p++)
    {
      g_assert_cmpstr (g_ptr_array_index (first, p), !=, blank);
      if (p > 0)
        g_assert_cmpstr (g_ptr_array_index (first, p), !=, g_ptr_array_index (first, p - 1));
    }

  /* Backwards, then the first page twice, then every other page. */
  for (guint p = n_pages; p > 0; p--)
    order[n_order++] = p - 1;
  order[n_order++] = 0;
  order[n_order++] = 0;
  for (guint p = 1; p < n_pages && n_order < G_N_ELEMENTS (order); p += 2)
    order[n_order++] = p;

  for (guint i = 0; i < n_order; i++)
    {
      g_autofree char *again = page_pixels (document, order[i]);

      g_assert_cmpstr (again, ==, g_ptr_array_index (first, order[i]));
    }

  /* Laid out again, for another page size and back: the same pages. */
  hp_document_paginate (document, context, 500, 700);
  hp_document_paginate (document, context, HP_PAGE_A4_WIDTH, HP_PAGE_A4_HEIGHT);
  g_assert_cmpuint (hp_document_get_n_pages (document), ==, n_pages);
  for (guint p = 0; p < n_pages; p++)
    {
      g_autofree char *again = page_pixels (document, p);

      g_assert_cmpstr (again, ==, g_ptr_array_index (first, p));
    }
  g_object_unref (context);
}

/* Nothing lands outside the page's rectangle, even where the surface is
 * larger than the page. */
static void
test_nothing_outside_page (void)
{
  g_autoptr(HpDocument) document = long_table_document (60);
  PangoContext *context = hp_document_create_pango_context ();
  int margin = 40;
  int width = (int) HP_PAGE_A4_WIDTH + 2 * margin;
  int height = (int) HP_PAGE_A4_HEIGHT + 2 * margin;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  guint32 *data;
  int stride;

  hp_document_paginate (document, context, HP_PAGE_A4_WIDTH, HP_PAGE_A4_HEIGHT);
  g_object_unref (context);
  g_assert_cmpuint (hp_document_get_n_pages (document), >, 1);

  cairo_translate (cr, margin, margin);
  for (guint p = 0; p < hp_document_get_n_pages (document); p++)
    hp_document_render_page (document, cr, p);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  data = (guint32 *) cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface) / 4;
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        gboolean inside = x >= margin && x < margin + HP_PAGE_A4_WIDTH && y >= margin
                          && y < margin + HP_PAGE_A4_HEIGHT;

        if (!inside && data[y * stride + x] != 0)
          g_error ("pixel %d,%d outside the page was drawn", x, y);
      }
  cairo_surface_destroy (surface);
}

/* Control characters, invalid UTF-8, right-to-left text and emoji: drawn
 * without a warning (warnings are fatal in the tests). */
static void
test_awkward_text (void)
{
  g_autoptr(HpDocument) document = hp_document_new ("Titel\x01med\x1bstyrtecken", "Höger\r\n");
  g_autoptr(TestPdf) poppler = NULL;
  g_autofree char *text = NULL;
  HpTable *table;

  hp_document_add_heading (document, 2, "Rubrik\x7f med DEL");
  hp_document_add_paragraph (document, HP_TEXT_BODY, "Före\x02" "efter ogiltig \xff\xfe UTF-8 slut");
  hp_document_add_paragraph (document, HP_TEXT_BODY, "שלום עולם och مرحبا och 🙂 och ☐");
  hp_document_add_key_value (document, "Nyckel\tmed tab", "Värde\r\nrad två\u2028rad tre");
  table = hp_document_add_table (document, 1, NULL);
  hp_table_add_row (table);
  hp_table_add_text (table, 0, HP_TEXT_TABLE, "\x03");
  hp_table_add_tick (table, 0, "", TRUE);

  poppler = to_poppler (document, "layout-awkward.pdf");
  text = pdf_test_all_text (poppler);
  g_assert_true (pdf_test_text_has (text, "Föreefter ogiltig"));
  g_assert_true (pdf_test_text_has (text, "UTF-8 slut"));
  g_assert_true (pdf_test_text_has (text, "Titelmedstyrtecken"));
  g_assert_true (pdf_test_text_has (text, "rad två rad tre"));
  pdf_test_assert_text_inside (poppler, HP_PAGE_MARGIN_SIDE);
}

/* Another paper size (US Letter, as a printer may offer) keeps the text
 * inside, and the document can be laid out again. */
static void
test_other_page_size (void)
{
  g_autoptr(HpDocument) document = long_table_document (80);
  g_autoptr(GBytes) pdf = render_like_printer (document, 612, 792);
  g_autoptr(TestPdf) poppler = pdf_test_open_bytes (pdf);
  double width, height;

  hp_document_get_page_size (document, &width, &height);
  g_assert_cmpfloat (width, ==, 612);
  g_assert_cmpfloat (height, ==, 792);
  g_assert_cmpint (poppler_document_get_n_pages (poppler), >, 1);
  pdf_test_assert_text_inside (poppler, HP_PAGE_MARGIN_SIDE);
  pdf_test_assert_footers (poppler);
}

/* A page break starts a new page, but never leaves an empty one. */
static void
test_page_break (void)
{
  g_autoptr(HpDocument) document = hp_document_new ("Testdokument", NULL);
  g_autoptr(TestPdf) poppler = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  hp_document_add_paragraph (document, HP_TEXT_BODY, "FÖRSTA-SIDAN");
  hp_document_add_page_break (document);
  hp_document_add_page_break (document);
  hp_document_add_space (document, 100);
  hp_document_add_paragraph (document, HP_TEXT_BODY, "ANDRA-SIDAN");
  hp_document_add_page_break (document);

  poppler = to_poppler (document, NULL);
  g_assert_cmpint (poppler_document_get_n_pages (poppler), ==, 2);
  first = pdf_test_page_text (poppler, 0);
  second = pdf_test_page_text (poppler, 1);
  g_assert_true (pdf_test_text_has (first, "FÖRSTA-SIDAN"));
  g_assert_false (pdf_test_text_has (first, "ANDRA-SIDAN"));
  g_assert_true (pdf_test_text_has (second, "ANDRA-SIDAN"));
  pdf_test_assert_footers (poppler);
}

int
main (int   argc,
      char *argv[])
{
  pdf_test_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hp/export/layout/table-header-repeats", test_table_header_repeats);
  g_test_add_func ("/hp/export/layout/oversized-row", test_oversized_row);
  g_test_add_func ("/hp/export/layout/heading-kept-with-next", test_heading_kept_with_next);
  g_test_add_func ("/hp/export/layout/print-path-same-pages", test_print_path_same_pages);
  g_test_add_func ("/hp/export/layout/pages-drawn-again", test_pages_drawn_again);
  g_test_add_func ("/hp/export/layout/nothing-outside-page", test_nothing_outside_page);
  g_test_add_func ("/hp/export/layout/awkward-text", test_awkward_text);
  g_test_add_func ("/hp/export/layout/other-page-size", test_other_page_size);
  g_test_add_func ("/hp/export/layout/page-break", test_page_break);

  return g_test_run ();
}
