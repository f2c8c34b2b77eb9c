/* hp-render.c: the renderer, a laid-out page drawn on cairo
 *
 * Replays one page's drawing operations (hp-paginate.c) on any cairo_t: a
 * PDF surface, a print context, the preview.  Each text is shaped again
 * as it was measured (hp-layout-measure.c), so the lines break where they
 * were measured to break.  hp_document_to_pdf() (declared in hp-export.h) lays
 * a document out on A4 and renders every page into a PDF in memory, with
 * the headings as the PDF's outline.
 */

#define G_LOG_DOMAIN "hp-layout"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "hp-export.h"
#include "hp-layout-private.h"

#define TICK_MARK_WIDTH 1.1

/* The cross in a ticked box, added to the current path. */
static void
add_tick_mark (cairo_t *cr,
               Op      *op)
{
  double inset = op->w * 0.2;

  cairo_move_to (cr, op->x + inset, op->y + inset);
  cairo_line_to (cr, op->x + op->w - inset, op->y + op->h - inset);
  cairo_move_to (cr, op->x + op->w - inset, op->y + inset);
  cairo_line_to (cr, op->x + inset, op->y + op->h - inset);
}

static void
draw_tick (cairo_t *cr,
           Op      *op)
{
  cairo_set_line_width (cr, op->line_width);
  cairo_rectangle (cr, op->x, op->y, op->w, op->h);
  cairo_stroke (cr);
  if (op->checked)
    {
      cairo_set_line_width (cr, TICK_MARK_WIDTH);
      add_tick_mark (cr, op);
      cairo_stroke (cr);
    }
}

/* Draws the text of @op, laid out as it was measured: the same context,
 * font, width and text give the same lines.  A piece's text stays shaped
 * until its last drawing operation has drawn it (Measure). */
static void
draw_text (HpDocument *self,
           cairo_t    *cr,
           Op         *op)
{
  Measure *text = op->text;

  cairo_move_to (cr, op->x, op->y);

  if (text == NULL)
    {
      g_autoptr(PangoLayout) line = hp_layout_line_new (self->context, self->fonts[op->style],
                                                        op->line, op->pango_width,
                                                        op->alignment);

      pango_cairo_show_layout (cr, line);
      return;
    }

  if (text->shaped == NULL)
    {
      text->shaped = hp_layout_text_new (self->context, self->fonts[text->style], text->style);
      pango_layout_set_width (text->shaped, text->pango_width);
      hp_layout_set_text (text->shaped, text->text);
    }
  pango_cairo_show_layout (cr, text->shaped);

  /* Pages drawn again, or out of order (a print preview), shape it again. */
  if (text->left > 0)
    text->left--;
  if (text->left == 0)
    {
      g_clear_object (&text->shaped);
      text->left = text->draws;
    }
}

/* A line, an empty box or a tick box, outside any clip: these are stroked
 * together after the rest of the page. */
static gboolean
is_batched_stroke (Op *op)
{
  if (op->clip)
    return FALSE;
  return op->kind == OP_LINE || op->kind == OP_TICK || (op->kind == OP_RECT && !op->fill);
}

/**
 * hp_document_render_page:
 * @cr: where to draw, in points, with the page's top left corner at 0, 0
 * @page: from 0 to hp_document_get_n_pages() - 1
 *
 * Draws one page of the last hp_document_paginate().  Nothing is drawn
 * outside the page's rectangle.
 */
void
hp_document_render_page (HpDocument *self,
                         cairo_t    *cr,
                         guint       page)
{
  GPtrArray *ops;
  g_autofree gboolean *stroked = NULL;

  g_return_if_fail (HP_IS_DOCUMENT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->pages->len);

  ops = g_ptr_array_index (self->pages, page);
  stroked = g_new0 (gboolean, ops->len);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, self->page_width, self->page_height);
  cairo_clip (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);

  /* Fills and text in their order; the rules and boxes after them. */
  for (guint i = 0; i < ops->len; i++)
    {
      Op *op = g_ptr_array_index (ops, i);

      if (is_batched_stroke (op))
        continue;

      cairo_save (cr);
      if (op->clip)
        {
          cairo_rectangle (cr, op->cx, op->cy, op->cw, op->ch);
          cairo_clip (cr);
        }
      cairo_set_source_rgb (cr, op->grey, op->grey, op->grey);

      switch (op->kind)
        {
        case OP_TEXT:
          draw_text (self, cr, op);
          break;
        case OP_LINE:
          cairo_set_line_width (cr, op->line_width);
          cairo_move_to (cr, op->x, op->y);
          cairo_line_to (cr, op->w, op->h);
          cairo_stroke (cr);
          break;
        case OP_RECT:
          cairo_rectangle (cr, op->x, op->y, op->w, op->h);
          if (op->fill)
            cairo_fill (cr);
          else
            {
              cairo_set_line_width (cr, op->line_width);
              cairo_stroke (cr);
            }
          break;
        case OP_TICK:
          draw_tick (cr, op);
          break;
        default:
          g_assert_not_reached ();
        }
      cairo_restore (cr);
    }

  /* One path, one stroke, for each grey and line width: cairo's PDF surface
   * weighs every drawing operation against the page drawn so far, so a
   * table's rules and tick boxes stroked one by one cost more than all its
   * text (tests/bench export-pdf).  Rules and boxes do not overlap text. */
  for (guint i = 0; i < ops->len; i++)
    {
      Op *first = g_ptr_array_index (ops, i);
      gboolean any_mark = FALSE;

      if (stroked[i] || !is_batched_stroke (first))
        continue;

      cairo_new_path (cr);
      for (guint j = i; j < ops->len; j++)
        {
          Op *op = g_ptr_array_index (ops, j);

          if (stroked[j] || !is_batched_stroke (op) ||
              op->grey != first->grey || op->line_width != first->line_width)
            continue;

          stroked[j] = TRUE;
          if (op->kind == OP_LINE)
            {
              cairo_move_to (cr, op->x, op->y);
              cairo_line_to (cr, op->w, op->h);
            }
          else
            cairo_rectangle (cr, op->x, op->y, op->w, op->h);
          any_mark = any_mark || (op->kind == OP_TICK && op->checked);
        }
      cairo_set_source_rgb (cr, first->grey, first->grey, first->grey);
      cairo_set_line_width (cr, first->line_width);
      cairo_stroke (cr);

      if (!any_mark)
        continue;

      /* The crosses in the ticked boxes of this grey and width. */
      for (guint j = i; j < ops->len; j++)
        {
          Op *op = g_ptr_array_index (ops, j);

          if (op->kind == OP_TICK && op->checked && !op->clip &&
              op->grey == first->grey && op->line_width == first->line_width)
            add_tick_mark (cr, op);
        }
      cairo_set_line_width (cr, TICK_MARK_WIDTH);
      cairo_stroke (cr);
    }

  cairo_restore (cr);
}

/* ------------------------------------------------------------------ */
/* A whole document as a PDF                                            */

static cairo_status_t
append_to_array (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The headings of levels 1 and 2, with the page and the height where
 * they stand (hp-paginate.c), as the PDF's outline. */
static void
add_outline (cairo_surface_t *surface,
             HpDocument      *document)
{
  int parent = CAIRO_PDF_OUTLINE_ROOT;

  for (guint i = 0; i < document->outline->len; i++)
    {
      OutlineEntry *entry = &g_array_index (document->outline, OutlineEntry, i);
      g_autofree char *link = NULL;
      int id;

      link = g_strdup_printf ("page=%u pos=[%d %d]", entry->page + 1, (int) HP_PAGE_MARGIN_SIDE,
                              (int) MAX (0, entry->y - 6));
      id = cairo_pdf_surface_add_outline (surface,
                                          entry->level == 1 ? CAIRO_PDF_OUTLINE_ROOT : parent,
                                          entry->text, link, 0);
      if (entry->level == 1)
        parent = id;
    }
}

/**
 * hp_document_to_pdf:
 *
 * Lays @document out on A4 portrait and renders it as a PDF in memory,
 * fonts embedded.
 *
 * Returns: (transfer full): the PDF, or %NULL with @error set
 */
GBytes *
hp_document_to_pdf (HpDocument  *document,
                    GError     **error)
{
  PangoContext *context;
  g_autoptr(GByteArray) bytes = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  guint n_pages;

  g_return_val_if_fail (HP_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  context = hp_document_create_pango_context ();
  hp_document_paginate (document, context, HP_PAGE_A4_WIDTH, HP_PAGE_A4_HEIGHT);
  g_object_unref (context);
  n_pages = hp_document_get_n_pages (document);

  bytes = g_byte_array_new ();
  surface = cairo_pdf_surface_create_for_stream (append_to_array, bytes,
                                                 HP_PAGE_A4_WIDTH, HP_PAGE_A4_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  hp_document_get_title (document));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Hämtplan");

  for (guint i = 0; i < n_pages; i++)
    {
      cairo_t *cr = cairo_create (surface);

      hp_document_render_page (document, cr, i);
      cairo_show_page (cr);
      status = cairo_status (cr);
      cairo_destroy (cr);
      if (status != CAIRO_STATUS_SUCCESS)
        break;
    }
  add_outline (surface, document);

  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, HP_EXPORT_ERROR, HP_EXPORT_ERROR_RENDER,
                   /* Translators: %s is cairo's own description of the error */
                   _("The PDF could not be made: %s"), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}
