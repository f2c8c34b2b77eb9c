/* pdf-floor.c: the floor for the PDF export, a bare cairo + Pango program
 *
 *   pdf-floor [--font DESC] [--width PT] [--height PT] [--margin PT] [--fsync]
 *             TEXT_FILE OUT.pdf
 *
 * Lays the lines of TEXT_FILE (the text of Hämtplan's own PDF, taken out
 * with pdftotext by the benchmark) one under the other in one font, page
 * after page, and writes them as a PDF: the least any program pays to put
 * that text on those pages.  No model, no file format, no layout rules.
 * With --fsync the file is flushed to disk before exit, for an export that
 * does so too.
 */

#define G_LOG_DOMAIN "pdf-floor"

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <glib.h>
#include <pango/pangocairo.h>
#include <string.h>
#include <unistd.h>

int
main (int   argc,
      char *argv[])
{
  g_autofree char *font = g_strdup ("Sans 10");
  double width = 595.276, height = 841.89, margin = 56.7;
  gboolean do_fsync = FALSE;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  PangoFontDescription *desc;
  PangoLayout *layout;
  cairo_surface_t *surface;
  cairo_t *cr;
  double y;
  const GOptionEntry entries[] = {
    { "font", 0, 0, G_OPTION_ARG_STRING, &font, "Pango font description", "DESC" },
    { "width", 0, 0, G_OPTION_ARG_DOUBLE, &width, "Page width in points", "PT" },
    { "height", 0, 0, G_OPTION_ARG_DOUBLE, &height, "Page height in points", "PT" },
    { "margin", 0, 0, G_OPTION_ARG_DOUBLE, &margin, "Page margin in points", "PT" },
    { "fsync", 0, 0, G_OPTION_ARG_NONE, &do_fsync, "Flush the file to disk", NULL },
    { NULL }
  };

  context = g_option_context_new ("TEXT_FILE OUT.pdf");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 3)
    {
      g_printerr ("pdf-floor: %s\n", error != NULL ? error->message : "give TEXT_FILE OUT.pdf");
      return 2;
    }

  if (!g_file_get_contents (argv[1], &text, NULL, &error))
    {
      g_printerr ("pdf-floor: %s\n", error->message);
      return 1;
    }
  /* pdftotext ends each page with a form feed: treat it as a line end. */
  g_strdelimit (text, "\f", '\n');
  lines = g_strsplit (text, "\n", -1);

  surface = cairo_pdf_surface_create (argv[2], width, height);
  cr = cairo_create (surface);
  layout = pango_cairo_create_layout (cr);
  /* Pango assumes 96 dpi; PDF points are 1/72 inch. */
  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72);
  pango_layout_context_changed (layout);
  desc = pango_font_description_from_string (font);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_width (layout, (int) ((width - 2 * margin) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);

  y = margin;
  for (guint i = 0; lines[i] != NULL; i++)
    {
      int line_height;

      if (lines[i][0] == '\0')
        continue;

      pango_layout_set_text (layout, lines[i], -1);
      pango_layout_get_size (layout, NULL, &line_height);
      if (y + (double) line_height / PANGO_SCALE > height - margin)
        {
          cairo_show_page (cr);
          y = margin;
        }
      cairo_move_to (cr, margin, y);
      pango_cairo_show_layout (cr, layout);
      y += (double) line_height / PANGO_SCALE;
    }

  g_object_unref (layout);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_printerr ("pdf-floor: %s: %s\n", argv[2],
                  cairo_status_to_string (cairo_surface_status (surface)));
      cairo_surface_destroy (surface);
      return 1;
    }
  cairo_surface_destroy (surface);

  if (do_fsync)
    {
      int fd = open (argv[2], O_RDONLY | O_CLOEXEC);

      if (fd < 0 || fsync (fd) != 0)
        {
          g_printerr ("pdf-floor: %s: %s\n", argv[2], g_strerror (errno));
          return 1;
        }
      close (fd);
    }

  return 0;
}
