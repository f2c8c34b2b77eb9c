/* hp-paginate.c: the paginator's second half, breaking rows into pages
 *
 * The measured rows (hp-layout-measure.c) are placed on pages as drawing
 * operations: a table row is kept whole unless it is taller than a page,
 * then continued at a line boundary; a table's header row is repeated on
 * every page it reaches; a heading is never the last thing on a page.
 * Once the number of pages is known every page gets its header and its
 * footer, "Page N of M".  Drawing the operations is hp-render.c's.
 */

#define G_LOG_DOMAIN "hp-layout"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-layout-private.h"

static void
op_free (Op *op)
{
  g_free (op->line);
  g_free (op);
}

static Op *
add_op (Paginator *pg,
        OpKind     kind)
{
  Op *op = g_new0 (Op, 1);

  op->kind = kind;
  g_ptr_array_add (pg->page, op);
  return op;
}

static void
add_line (Paginator *pg,
          double     x1,
          double     y1,
          double     x2,
          double     y2,
          double     width,
          double     grey)
{
  Op *op = add_op (pg, OP_LINE);

  op->x = x1;
  op->y = y1;
  op->w = x2;
  op->h = y2;
  op->line_width = width;
  op->grey = grey;
}

static void
add_rect (Paginator *pg,
          double     x,
          double     y,
          double     w,
          double     h,
          gboolean   fill,
          double     grey,
          double     line_width)
{
  Op *op = add_op (pg, OP_RECT);

  op->x = x;
  op->y = y;
  op->w = w;
  op->h = h;
  op->fill = fill;
  op->grey = grey;
  op->line_width = line_width;
}

static void
add_text (Paginator *pg,
          Piece     *piece,
          double     x,
          double     y)
{
  Op *op = add_op (pg, OP_TEXT);

  op->text = piece->text;
  op->text->draws++;
  op->text->left++;
  op->x = x;
  op->y = y;
  op->grey = piece->grey;
}

/* One line of the page's header or footer; the op keeps its own copy. */
static void
add_line_text (Paginator      *pg,
               Style           style,
               const char     *text,
               double          width,
               PangoAlignment  alignment,
               double          x,
               double          y)
{
  Op *op = add_op (pg, OP_TEXT);

  op->line = g_strdelimit (g_strdup (text), "\n", ' ');
  op->style = style;
  op->pango_width = pango_width_of (width);
  op->alignment = alignment;
  op->x = x;
  op->y = y;
  op->grey = hp_layout_style_specs[style].grey;
}

static void
new_page (Paginator *pg)
{
  pg->page = g_ptr_array_new_with_free_func ((GDestroyNotify) op_free);
  g_ptr_array_add (pg->doc->pages, pg->page);
  pg->y = pg->top;
  pg->page_empty = TRUE;
  pg->header_drawn = FALSE;
}

/* Draws the part [a, b) of a cell's content with its top at @top. */
static void
draw_cell_range (Paginator *pg,
                 Cell      *cell,
                 double     top,
                 double     a,
                 double     b,
                 gboolean   clip,
                 double     clip_height)
{
  guint first_op = pg->page->len;
  double left = cell->x + cell->pad_x;
  double origin = top - a;

  for (guint i = 0; i < cell->pieces->len; i++)
    {
      Piece *piece = g_ptr_array_index (cell->pieces, i);
      double p0 = piece->y;
      double p1 = piece->y + piece->height;

      if (p1 <= a + EPS || p0 >= b - EPS)
        continue;

      switch (piece->kind)
        {
        case PIECE_TEXT:
          add_text (pg, piece, left + piece->x, origin + p0);
          break;
        case PIECE_TICK:
          if (p0 >= a - EPS)
            {
              Op *op = add_op (pg, OP_TICK);

              op->x = left;
              op->y = origin + p0 + MAX (0, (piece->first_line - TICK_SIZE) / 2);
              op->w = TICK_SIZE;
              op->h = TICK_SIZE;
              op->checked = piece->checked;
              op->grey = GREY_TEXT;
              op->line_width = 0.8;
            }
          add_text (pg, piece, left + piece->x, origin + p0);
          break;
        case PIECE_RULE_FIELD:
          add_line (pg, left, origin + p0 + piece->blank, left + piece->width,
                    origin + p0 + piece->blank, 0.7, GREY_TEXT);
          if (piece->text != NULL)
            add_text (pg, piece, left, origin + p0 + piece->blank + 3);
          break;
        case PIECE_RULED:
          for (guint l = 0; l < piece->n_lines; l++)
            {
              double line_bottom = p0 + (l + 1) * piece->gap;

              if (line_bottom <= a + EPS || line_bottom - piece->gap >= b - EPS)
                continue;
              add_line (pg, left, origin + line_bottom - 0.5, left + piece->width,
                        origin + line_bottom - 0.5, 0.4, GREY_FAINT);
            }
          break;
        default:
          g_assert_not_reached ();
        }
    }

  if (!clip)
    return;

  for (guint i = first_op; i < pg->page->len; i++)
    {
      Op *op = g_ptr_array_index (pg->page, i);

      op->clip = TRUE;
      op->cx = cell->x;
      op->cy = top;
      op->cw = cell->width;
      op->ch = clip_height;
    }
}

static void
draw_deco (Paginator *pg,
           Row       *row,
           double     top,
           double     height,
           guint      first_op)
{
  switch (row->deco)
    {
    case DECO_NONE:
      break;
    case DECO_RULE_BELOW:
      add_line (pg, row->x, top + height, row->x + row->width, top + height, 0.4, GREY_FAINT);
      break;
    case DECO_HEADER:
      {
        Op *fill;

        /* The fill goes under the header's text: insert it first. */
        fill = g_new0 (Op, 1);
        fill->kind = OP_RECT;
        fill->x = row->x;
        fill->y = top;
        fill->w = row->width;
        fill->h = height;
        fill->fill = TRUE;
        fill->grey = GREY_FILL;
        g_ptr_array_insert (pg->page, first_op, fill);
        add_line (pg, row->x, top + height, row->x + row->width, top + height, 0.8, GREY_RULE);
      }
      break;
    case DECO_HEADING_RULE:
      add_line (pg, row->x, top + height - 1, row->x + row->width, top + height - 1, 0.8,
                GREY_MUTED);
      break;
    case DECO_BOX:
      {
        Op *fill = g_new0 (Op, 1);

        fill->kind = OP_RECT;
        fill->x = row->x + 0.5;
        fill->y = top + 0.5;
        fill->w = row->width - 1;
        fill->h = height - 1;
        fill->fill = TRUE;
        fill->grey = GREY_NOTICE;
        g_ptr_array_insert (pg->page, first_op, fill);
        add_rect (pg, row->x + 0.5, top + 0.5, row->width - 1, height - 1, FALSE, GREY_RULE, 0.7);
      }
      break;
    case DECO_FRAME:
      add_rect (pg, row->x + 0.5, top + 0.5, row->width - 1, height - 1, FALSE, GREY_RULE, 0.7);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Draws as much of @row as fits in @available points at pg->y, starting at
 * the units @pos (one index per cell), and advances @pos.  With @force at
 * least one unit of every unfinished cell is drawn, clipped to the space if
 * it is too tall.  Returns the height used; 0 when nothing fitted. */
static double
draw_row_slice (Paginator *pg,
                Row       *row,
                guint     *pos,
                double     available,
                gboolean   force)
{
  guint n_cells = row->cells->len;
  g_autofree guint *ends = g_new0 (guint, n_cells);
  double content_available = available - row->pad_top - row->pad_bottom;
  double content_height = 0;
  gboolean taken = FALSE;
  gboolean unfinished = FALSE;
  gboolean whole = TRUE;
  guint first_op = pg->page->len;
  double height;

  for (guint c = 0; c < n_cells; c++)
    {
      Cell *cell = g_ptr_array_index (row->cells, c);
      guint n = cell->units->len;
      guint j = pos[c];
      double a;

      if (j > 0)
        whole = FALSE;
      if (j >= n)
        {
          ends[c] = j;
          continue;
        }
      unfinished = TRUE;
      a = g_array_index (cell->units, Unit, j).y0;
      while (j < n && g_array_index (cell->units, Unit, j).y1 - a <= content_available + EPS)
        j++;
      ends[c] = j;
      if (j > pos[c])
        taken = TRUE;
      if (j < n)
        whole = FALSE;
    }

  if (unfinished && !taken)
    {
      if (!force)
        return 0;
      for (guint c = 0; c < n_cells; c++)
        {
          Cell *cell = g_ptr_array_index (row->cells, c);

          if (pos[c] < cell->units->len)
            ends[c] = pos[c] + 1;
        }
    }

  for (guint c = 0; c < n_cells; c++)
    {
      Cell *cell = g_ptr_array_index (row->cells, c);

      if (ends[c] > pos[c])
        {
          double a = g_array_index (cell->units, Unit, pos[c]).y0;
          double b = g_array_index (cell->units, Unit, ends[c] - 1).y1;

          content_height = MAX (content_height, b - a);
        }
    }

  if (whole)
    height = row->height;
  else
    height = MIN (row->pad_top + content_height + row->pad_bottom, MAX (available, 0));

  for (guint c = 0; c < n_cells; c++)
    {
      Cell *cell = g_ptr_array_index (row->cells, c);
      double a, b;

      if (ends[c] <= pos[c])
        continue;
      a = g_array_index (cell->units, Unit, pos[c]).y0;
      b = g_array_index (cell->units, Unit, ends[c] - 1).y1;
      draw_cell_range (pg, cell, pg->y + row->pad_top, a, b, !whole,
                       MIN (b - a, MAX (content_available, 0)));
      pos[c] = ends[c];
    }

  draw_deco (pg, row, pg->y, height, first_op);
  return height;
}

static gboolean
row_done (Row   *row,
          guint *pos)
{
  for (guint c = 0; c < row->cells->len; c++)
    if (pos[c] < ((Cell *) g_ptr_array_index (row->cells, c))->units->len)
      return FALSE;
  return TRUE;
}

/* The smallest part of @row that may stand at the bottom of a page. */
static double
row_min_chunk (Row *row)
{
  double min = 0;

  if (!row->may_split)
    return row->height;

  for (guint c = 0; c < row->cells->len; c++)
    {
      Cell *cell = g_ptr_array_index (row->cells, c);
      guint n = cell->units->len;

      if (n > 0)
        min = MAX (min, g_array_index (cell->units, Unit, MIN (n, 2) - 1).y1);
    }
  return row->pad_top + min + row->pad_bottom;
}

/* The height that must fit on the page together with row @i: the first
 * chunk of the rows it is kept with. */
static double
keep_height (GPtrArray *rows,
             guint      i)
{
  double height = 0;

  for (guint k = i + 1; k < rows->len; k++)
    {
      Row *next = g_ptr_array_index (rows, k);

      if (next->kind != ROW_CONTENT)
        break;
      height += next->space_before + row_min_chunk (next);
      if (next->header != NULL)
        height += next->header->height;
      if (!next->keep_with_next)
        break;
    }
  return height;
}

static void
ensure_header (Paginator *pg)
{
  g_autofree guint *pos = NULL;

  if (pg->header == NULL || pg->header_drawn)
    return;

  pos = g_new0 (guint, pg->header->cells->len);
  pg->y += draw_row_slice (pg, pg->header, pos, pg->bottom - pg->y, TRUE);
  pg->header_drawn = TRUE;
}

static void
place_row (Paginator *pg,
           GPtrArray *rows,
           guint      i)
{
  Row *row = g_ptr_array_index (rows, i);
  double body = pg->bottom - pg->top;
  g_autofree guint *pos = NULL;
  double space, header, need;

  if (row->kind == ROW_PAGE_BREAK)
    {
      if (!pg->page_empty)
        new_page (pg);
      pg->header = NULL;
      return;
    }
  if (row->kind == ROW_SPACE)
    {
      if (!pg->page_empty)
        pg->y += row->height;
      return;
    }

  if (pg->header != row->header)
    {
      pg->header = row->header;
      pg->header_drawn = FALSE;
    }

  space = pg->page_empty ? 0 : row->space_before;
  header = (pg->header != NULL && !pg->header_drawn) ? pg->header->height : 0;
  need = space + header + row->height;
  if (row->keep_with_next)
    {
      double keep = keep_height (rows, i);

      if (need + keep <= body)
        need += keep;
    }

  if (!pg->page_empty && pg->y + need > pg->bottom + EPS)
    {
      double min = space + header + row_min_chunk (row);

      if (!row->may_split || pg->y + min > pg->bottom + EPS)
        {
          new_page (pg);
          space = 0;
        }
    }

  pg->y += space;
  ensure_header (pg);

  if (row->outline != NULL)
    {
      OutlineEntry entry = { g_strdup (row->outline), row->outline_level,
                             pg->doc->pages->len - 1, pg->y };

      g_array_append_val (pg->doc->outline, entry);
    }

  pos = g_new0 (guint, row->cells->len);
  for (;;)
    {
      double used = draw_row_slice (pg, row, pos, pg->bottom - pg->y, pg->page_empty);

      pg->y += used;
      if (used > 0)
        pg->page_empty = FALSE;
      if (row_done (row, pos))
        break;
      new_page (pg);
      ensure_header (pg);
    }
}

/* Header and footer, once the number of pages is known. */
static void
add_page_furniture (Paginator *pg)
{
  HpDocument *self = pg->doc;
  guint n_pages = self->pages->len;
  double title_width = pg->width * 0.62;
  double footer_top = self->page_height - FOOTER_TEXT_FROM_BOTTOM;
  double footer_rule = self->page_height - FOOTER_RULE_FROM_BOTTOM;

  for (guint p = 0; p < n_pages; p++)
    {
      g_autofree char *text = NULL;

      pg->page = g_ptr_array_index (self->pages, p);

      add_line_text (pg, STYLE_HEADER_STRONG, self->header_title, title_width,
                     PANGO_ALIGN_LEFT, pg->left, HEADER_TOP);
      if (self->header_detail[0] != '\0')
        add_line_text (pg, STYLE_HEADER, self->header_detail, pg->width - title_width - 12,
                       PANGO_ALIGN_RIGHT, pg->left + title_width + 12, HEADER_TOP);
      add_line (pg, pg->left, HEADER_RULE, pg->left + pg->width, HEADER_RULE, 0.5, GREY_RULE);

      add_line (pg, pg->left, footer_rule, pg->left + pg->width, footer_rule, 0.5, GREY_RULE);
      if (self->footer_note != NULL && self->footer_note[0] != '\0')
        add_line_text (pg, STYLE_FOOTER, self->footer_note, pg->width * 0.7,
                       PANGO_ALIGN_LEFT, pg->left, footer_top);

      /* Translators: the page footer, "Sida 1 av 3" */
      text = g_strdup_printf (C_("page footer", "Page %d of %d"), (int) p + 1, (int) n_pages);
      add_line_text (pg, STYLE_HEADER, text, pg->width * 0.28, PANGO_ALIGN_RIGHT,
                     pg->left + pg->width * 0.72, footer_top);
    }
}

/**
 * hp_document_paginate:
 * @context: lays out the text; its resolution must make one point one unit
 *   of the cairo_t the pages will be drawn on (72 dpi): the context from
 *   hp_document_create_pango_context() or gtk_print_context_create_pango_context()
 *   with GTK_UNIT_POINTS
 * @page_width: in points
 * @page_height: in points
 *
 * Breaks the document into pages.  May be called again, for another page
 * size or context; the previous pages are dropped.  Sets @context's base
 * direction to left to right.
 */
void
hp_document_paginate (HpDocument   *self,
                      PangoContext *context,
                      double        page_width,
                      double        page_height)
{
  Paginator pg = { 0 };
  g_autoptr(GPtrArray) headers = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  g_return_if_fail (HP_IS_DOCUMENT (self));
  g_return_if_fail (PANGO_IS_CONTEXT (context));
  g_return_if_fail (page_width > 2 * HP_PAGE_MARGIN_SIDE + 72);
  g_return_if_fail (page_height > HP_PAGE_MARGIN_TOP + HP_PAGE_MARGIN_BOTTOM + 144);

  g_ptr_array_set_size (self->pages, 0);
  g_array_set_size (self->outline, 0);
  self->page_width = page_width;
  self->page_height = page_height;
  hp_layout_begin_measuring (self, context);

  pg.doc = self;
  pg.context = context;
  pg.left = HP_PAGE_MARGIN_SIDE;
  pg.width = page_width - 2 * HP_PAGE_MARGIN_SIDE;
  pg.top = HP_PAGE_MARGIN_TOP;
  pg.bottom = page_height - HP_PAGE_MARGIN_BOTTOM;

  headers = g_ptr_array_new_with_free_func ((GDestroyNotify) hp_layout_row_free);
  rows = hp_layout_make_rows (&pg, headers);

  new_page (&pg);
  /* A row is let go once placed: placing looks only at the rows after it
   * (and at the header rows, owned by @headers). */
  for (guint i = 0; i < rows->len; i++)
    {
      place_row (&pg, rows, i);
      g_clear_pointer (&rows->pdata[i], hp_layout_row_free);
    }
  /* A page break at the end leaves no empty page behind. */
  if (pg.page_empty && self->pages->len > 1)
    {
      for (guint i = 0; i < pg.page->len; i++)
        {
          Op *op = g_ptr_array_index (pg.page, i);

          if (op->text != NULL)
            {
              op->text->draws--;
              op->text->left--;
            }
        }
      g_ptr_array_remove_index (self->pages, self->pages->len - 1);
    }

  add_page_furniture (&pg);

  for (guint s = 0; s < N_STYLES; s++)
    g_clear_object (&pg.measuring[s]);
}

/**
 * hp_document_get_n_pages:
 *
 * Returns: the number of pages of the last hp_document_paginate(), 0 before
 */
guint
hp_document_get_n_pages (HpDocument *self)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), 0);

  return self->pages->len;
}

void
hp_document_get_page_size (HpDocument *self,
                           double     *width,
                           double     *height)
{
  g_return_if_fail (HP_IS_DOCUMENT (self));

  if (width != NULL)
    *width = self->page_width;
  if (height != NULL)
    *height = self->page_height;
}

