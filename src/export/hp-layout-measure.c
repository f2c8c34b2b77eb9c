/* hp-layout-measure.c: the paginator's first half, measuring with Pango
 *
 * The text styles and their fonts, the Pango context documents are laid
 * out with (the direction of mixed Swedish and right-to-left text is
 * hp-layout-bidi.c's), and the layouts every text is shaped with, the same when measured here and
 * when drawn (hp-render.c).  Then the blocks become rows (a heading, a
 * paragraph, a table row, a pair of key and value ... is one row of one or
 * more cells) and every cell is measured: a cell's content is a stack of
 * pieces (text, a tick box with its label, a line to sign on, ruled lines
 * for notes), each cut into units (a text line, a ruled line) so that a
 * row taller than a page can be continued at a unit boundary.  A flowing
 * table (hp_table_set_flow()) becomes one row whose two cells share its
 * list out between them.  Placing the rows on pages is hp-paginate.c's.
 */

#define G_LOG_DOMAIN "hp-layout"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-layout-private.h"

const StyleSpec hp_layout_style_specs[N_STYLES] = {
  [STYLE_BODY]          = { 10.5, PANGO_WEIGHT_NORMAL, GREY_TEXT, 1.18 },
  [STYLE_STRONG]        = { 10.5, PANGO_WEIGHT_BOLD, GREY_TEXT, 1.18 },
  [STYLE_SMALL]         = { 8.5, PANGO_WEIGHT_NORMAL, GREY_MUTED, 1.1 },
  [STYLE_TABLE]         = { 9.5, PANGO_WEIGHT_NORMAL, GREY_TEXT, 1.1 },
  [STYLE_TABLE_STRONG]  = { 9.5, PANGO_WEIGHT_BOLD, GREY_TEXT, 1.1 },
  [STYLE_H1]            = { 18.0, PANGO_WEIGHT_BOLD, 0.0, 1.05 },
  [STYLE_H2]            = { 13.0, PANGO_WEIGHT_BOLD, 0.0, 1.05 },
  [STYLE_H3]            = { 11.0, PANGO_WEIGHT_BOLD, 0.0, 1.05 },
  [STYLE_LABEL]         = { 9.5, PANGO_WEIGHT_NORMAL, GREY_MUTED, 1.1 },
  [STYLE_HEADER]        = { 8.5, PANGO_WEIGHT_NORMAL, GREY_MUTED, 0 },
  [STYLE_HEADER_STRONG] = { 8.5, PANGO_WEIGHT_BOLD, GREY_TEXT, 0 },
  [STYLE_FOOTER]        = { 8.0, PANGO_WEIGHT_NORMAL, GREY_MUTED, 0 },
};

static void
measure_free (Measure *measure)
{
  g_clear_object (&measure->shaped);
  g_free (measure);
}

static void
cell_free (Cell *cell)
{
  g_ptr_array_unref (cell->pieces);
  g_array_unref (cell->units);
  g_free (cell);
}

void
hp_layout_row_free (Row *row)
{
  if (row == NULL)
    return;
  if (row->cells != NULL)
    g_ptr_array_unref (row->cells);
  g_free (row->outline);
  g_free (row);
}

static Style
text_style (HpTextStyle style)
{
  switch (style)
    {
    case HP_TEXT_BODY:
      return STYLE_BODY;
    case HP_TEXT_STRONG:
      return STYLE_STRONG;
    case HP_TEXT_SMALL:
      return STYLE_SMALL;
    case HP_TEXT_TABLE:
      return STYLE_TABLE;
    case HP_TEXT_TABLE_STRONG:
      return STYLE_TABLE_STRONG;
    default:
      return STYLE_BODY;
    }
}


/* Wrapping text in a style: how every piece's text is laid out, the same
 * when measured and when drawn. */
PangoLayout *
hp_layout_text_new (PangoContext               *context,
                    const PangoFontDescription *font,
                    Style                       style)
{
  PangoLayout *layout = pango_layout_new (context);

  pango_layout_set_auto_dir (layout, FALSE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (hp_layout_style_specs[style].spacing > 0)
    pango_layout_set_line_spacing (layout, (float) hp_layout_style_specs[style].spacing);
  return layout;
}

/* One line, ellipsized to @pango_width: page header and footer. */
PangoLayout *
hp_layout_line_new (PangoContext               *context,
                    const PangoFontDescription *font,
                    const char                 *text,
                    int                         pango_width,
                    PangoAlignment              alignment)
{
  PangoLayout *layout = pango_layout_new (context);

  pango_layout_set_auto_dir (layout, FALSE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, pango_width);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_alignment (layout, alignment);
  hp_layout_set_text (layout, text);
  return layout;
}

static Measure *
measure_text (Paginator  *pg,
              Style       style,
              const char *text,
              int         pango_width)
{
  g_autofree char *key = g_strdup_printf ("%d %d %s", (int) style, pango_width, text);
  Measure *measure = g_hash_table_lookup (pg->doc->measures, key);
  PangoLayout *layout;
  PangoLayoutIter *iter;
  guint n_lines;
  int height;

  if (measure != NULL)
    return measure;

  if (pg->measuring[style] == NULL)
    pg->measuring[style] = hp_layout_text_new (pg->context, pg->doc->fonts[style], style);
  layout = pg->measuring[style];
  pango_layout_set_width (layout, pango_width);
  hp_layout_set_text (layout, text);

  n_lines = (guint) MAX (1, pango_layout_get_line_count (layout));
  measure = g_malloc0 (sizeof (Measure) + n_lines * sizeof (Unit));
  measure->text = text;
  measure->style = style;
  measure->pango_width = pango_width;
  iter = pango_layout_get_iter (layout);
  do
    {
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      measure->lines[measure->n_lines].y0 = (double) y0 / PANGO_SCALE;
      measure->lines[measure->n_lines].y1 = (double) y1 / PANGO_SCALE;
      measure->n_lines++;
    }
  while (measure->n_lines < n_lines && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  pango_layout_get_size (layout, NULL, &height);
  measure->height = (double) height / PANGO_SCALE;
  measure->first_line = measure->lines[0].y1 - measure->lines[0].y0;

  g_hash_table_insert (pg->doc->measures, g_steal_pointer (&key), measure);
  return measure;
}

static Cell *
cell_new (double x,
          double width,
          double pad_x)
{
  Cell *cell = g_new0 (Cell, 1);

  cell->x = x;
  cell->width = width;
  cell->pad_x = pad_x;
  cell->pieces = g_ptr_array_new_with_free_func (g_free);
  cell->units = g_array_new (FALSE, FALSE, sizeof (Unit));
  return cell;
}

static double
cell_inner_width (Cell *cell)
{
  return MAX (1.0, cell->width - 2 * cell->pad_x);
}

static double
cell_content_height (Cell *cell)
{
  if (cell->units->len == 0)
    return 0;
  return g_array_index (cell->units, Unit, cell->units->len - 1).y1;
}

static void
add_unit (Cell   *cell,
          double  y0,
          double  y1)
{
  Unit unit = { y0, y1 };

  g_array_append_val (cell->units, unit);
}

/* The units of a measured text placed at @top in the cell: one per line. */
static void
add_text_units (Cell          *cell,
                const Measure *measure,
                double         top)
{
  for (guint i = 0; i < measure->n_lines; i++)
    add_unit (cell, top + measure->lines[i].y0, top + measure->lines[i].y1);
}

static double
cell_next_top (Cell   *cell,
               double  gap)
{
  return cell->pieces->len == 0 ? 0 : cell_content_height (cell) + gap;
}

static void
cell_add_text (Paginator  *pg,
               Cell       *cell,
               Style       style,
               const char *text,
               double      gap)
{
  Piece *piece;

  if (text == NULL || text[0] == '\0')
    return;

  piece = g_new0 (Piece, 1);
  piece->kind = PIECE_TEXT;
  piece->y = cell_next_top (cell, gap);
  piece->text = measure_text (pg, style, text, pango_width_of (cell_inner_width (cell)));
  piece->height = piece->text->height;
  piece->grey = hp_layout_style_specs[style].grey;
  g_ptr_array_add (cell->pieces, piece);
  add_text_units (cell, piece->text, piece->y);
}

static void
cell_add_tick (Paginator  *pg,
               Cell       *cell,
               Style       style,
               const char *label,
               gboolean    checked,
               double      gap)
{
  Piece *piece = g_new0 (Piece, 1);
  double indent = TICK_SIZE + TICK_GAP;

  piece->kind = PIECE_TICK;
  piece->y = cell_next_top (cell, gap);
  piece->x = indent;
  piece->checked = checked;
  piece->grey = hp_layout_style_specs[style].grey;
  piece->text = measure_text (pg, style, label,
                              pango_width_of (MAX (1.0, cell_inner_width (cell) - indent)));
  piece->height = MAX (piece->text->height, TICK_SIZE + 2);
  piece->first_line = piece->text->first_line;
  g_ptr_array_add (cell->pieces, piece);
  add_text_units (cell, piece->text, piece->y);
}

/* A line to write on, @blank points below the content above, with a
 * caption under it. */
static void
cell_add_rule_field (Paginator  *pg,
                     Cell       *cell,
                     Style       style,
                     const char *caption,
                     double      blank,
                     double      gap)
{
  Piece *piece = g_new0 (Piece, 1);

  piece->kind = PIECE_RULE_FIELD;
  piece->y = cell_next_top (cell, gap);
  piece->blank = blank;
  piece->width = cell_inner_width (cell);
  piece->grey = hp_layout_style_specs[style].grey;
  piece->height = blank + 3;
  if (caption != NULL && caption[0] != '\0')
    {
      piece->text = measure_text (pg, style, caption, pango_width_of (piece->width));
      piece->height += piece->text->height;
    }
  g_ptr_array_add (cell->pieces, piece);
  add_unit (cell, piece->y, piece->y + piece->height);
}

static void
cell_add_ruled (Cell   *cell,
                guint   n_lines,
                double  gap,
                double  space_above)
{
  Piece *piece = g_new0 (Piece, 1);

  piece->kind = PIECE_RULED;
  piece->y = cell_next_top (cell, space_above);
  piece->n_lines = n_lines;
  piece->gap = gap;
  piece->width = cell_inner_width (cell);
  piece->height = n_lines * gap;
  g_ptr_array_add (cell->pieces, piece);
  for (guint i = 0; i < n_lines; i++)
    add_unit (cell, piece->y + i * gap, piece->y + (i + 1) * gap);
}

static Row *
row_new (Paginator *pg,
         RowKind    kind)
{
  Row *row = g_new0 (Row, 1);

  row->kind = kind;
  row->cells = g_ptr_array_new_with_free_func ((GDestroyNotify) cell_free);
  row->x = pg->left;
  row->width = pg->width;
  return row;
}

static void
row_finish (Row *row)
{
  double content = 0;

  for (guint i = 0; i < row->cells->len; i++)
    content = MAX (content, cell_content_height (g_ptr_array_index (row->cells, i)));
  row->height = row->pad_top + content + row->pad_bottom;
}

static Row *
heading_row (Paginator  *pg,
             guint       level,
             const char *text)
{
  Row *row = row_new (pg, ROW_CONTENT);
  Cell *cell = cell_new (pg->left, pg->width, 0);
  Style style = level == 1 ? STYLE_H1 : level == 2 ? STYLE_H2 : STYLE_H3;

  g_ptr_array_add (row->cells, cell);
  cell_add_text (pg, cell, style, text, 0);
  row->keep_with_next = TRUE;
  switch (level)
    {
    case 1:
      row->space_before = 6;
      row->pad_bottom = 4;
      break;
    case 2:
      row->space_before = 20;
      row->pad_bottom = 5;
      row->deco = DECO_HEADING_RULE;
      break;
    default:
      row->space_before = 12;
      row->pad_bottom = 3;
      break;
    }
  if (level <= 2)
    {
      row->outline = g_strdup (text);
      row->outline_level = level;
    }
  row_finish (row);
  return row;
}

static Row *
paragraph_row (Paginator  *pg,
               Style       style,
               const char *text)
{
  Row *row = row_new (pg, ROW_CONTENT);
  Cell *cell = cell_new (pg->left, pg->width, 0);

  g_ptr_array_add (row->cells, cell);
  cell_add_text (pg, cell, style, text, 0);
  row->may_split = TRUE;
  row->space_before = 6;
  row_finish (row);
  return row;
}

static Row *
notice_row (Paginator  *pg,
            const char *title,
            const char *text)
{
  Row *row = row_new (pg, ROW_CONTENT);
  Cell *cell = cell_new (pg->left, pg->width, 9);

  g_ptr_array_add (row->cells, cell);
  cell_add_text (pg, cell, STYLE_STRONG, title, 0);
  cell_add_text (pg, cell, STYLE_BODY, text, 2);
  row->pad_top = 7;
  row->pad_bottom = 8;
  row->space_before = 10;
  row->deco = DECO_BOX;
  row_finish (row);
  return row;
}

#define KEY_FRACTION 0.34

static Row *
key_value_row (Paginator  *pg,
               const char *key,
               const char *value,
               gboolean    first)
{
  Row *row = row_new (pg, ROW_CONTENT);
  double key_width = pg->width * KEY_FRACTION;
  /* A gap between a long key and its value. */
  Cell *key_cell = cell_new (pg->left, key_width - 10, 0);
  Cell *value_cell = cell_new (pg->left + key_width, pg->width - key_width, 0);

  g_ptr_array_add (row->cells, key_cell);
  g_ptr_array_add (row->cells, value_cell);
  cell_add_text (pg, key_cell, STYLE_LABEL, key, 0);
  cell_add_text (pg, value_cell, STYLE_BODY, value[0] != '\0' ? value : "–", 0);
  row->pad_top = 2;
  row->pad_bottom = 2;
  row->space_before = first ? 6 : 0;
  row_finish (row);
  return row;
}

static Row *
tick_row (Paginator  *pg,
          const char *label,
          gboolean    checked,
          gboolean    first)
{
  Row *row = row_new (pg, ROW_CONTENT);
  Cell *cell = cell_new (pg->left, pg->width, 0);

  g_ptr_array_add (row->cells, cell);
  cell_add_tick (pg, cell, STYLE_BODY, label, checked, 0);
  row->pad_top = 2;
  row->pad_bottom = 2;
  row->space_before = first ? 6 : 0;
  row_finish (row);
  return row;
}

static Row *
signature_row (Paginator  *pg,
               const char *role,
               const char *name,
               gboolean    first)
{
  Row *row = row_new (pg, ROW_CONTENT);
  double sign_width = pg->width * 0.62;
  double gap = pg->width * 0.06;
  Cell *sign = cell_new (pg->left, sign_width, 0);
  Cell *date = cell_new (pg->left + sign_width + gap, pg->width - sign_width - gap, 0);

  g_ptr_array_add (row->cells, sign);
  g_ptr_array_add (row->cells, date);
  /* The name, if known, under the line, and the role under the name. */
  if (name[0] != '\0')
    {
      cell_add_rule_field (pg, sign, STYLE_TABLE, name, 30, 0);
      cell_add_text (pg, sign, STYLE_SMALL, role, 0);
    }
  else
    cell_add_rule_field (pg, sign, STYLE_SMALL, role, 30, 0);
  /* Translators: caption under the line for the date beside a signature */
  cell_add_rule_field (pg, date, STYLE_SMALL, C_("signature", "Place and date"), 30, 0);
  row->space_before = first ? 10 : 8;
  row->keep_with_next = TRUE;
  row_finish (row);
  return row;
}

static Row *
notes_row (Paginator  *pg,
           const char *label,
           guint       n_lines)
{
  Row *row = row_new (pg, ROW_CONTENT);
  Cell *cell = cell_new (pg->left, pg->width, 9);

  g_ptr_array_add (row->cells, cell);
  cell_add_text (pg, cell, STYLE_SMALL, label, 0);
  cell_add_ruled (cell, n_lines, 21, 0);
  row->pad_top = 6;
  row->pad_bottom = 6;
  row->space_before = 8;
  row->deco = DECO_FRAME;
  row_finish (row);
  return row;
}

/* One content of a table cell below what the cell holds already.  In a
 * compact table (a checklist) a text after a tick box starts a new group:
 * it stands further off. */
static void
cell_add_content (Paginator *pg,
                  Cell      *cell,
                  Content   *content,
                  gboolean   compact)
{
  Piece *last = cell->pieces->len > 0
                ? g_ptr_array_index (cell->pieces, cell->pieces->len - 1) : NULL;

  if (content->kind == CONTENT_TICK)
    cell_add_tick (pg, cell, text_style (content->style), content->text, content->checked,
                   compact ? 2 : 4);
  else
    cell_add_text (pg, cell, text_style (content->style), content->text,
                   compact && last != NULL && last->kind == PIECE_TICK ? 4 : 2);
}

/* A flowing table: one list read down two columns.  Its one row has every
 * content in the first column; each content is an entry, a text (a
 * heading) staying with the entry after it.  The entries are measured in
 * one column's width and shared out so that the taller column is as short
 * as it can be, with the break between two groups (before a heading) when
 * that costs at most a couple of lines. */

#define GROUP_BREAK_SLACK 24.0

static gboolean
is_heading (GPtrArray *entries,
            guint      i)
{
  return ((Content *) g_ptr_array_index (entries, i))->kind == CONTENT_TEXT;
}

static void
cell_add_entries (Paginator *pg,
                  Cell      *cell,
                  GPtrArray *entries,
                  guint      from,
                  guint      to)
{
  for (guint i = from; i < to; i++)
    cell_add_content (pg, cell, g_ptr_array_index (entries, i), TRUE);
}

/* Where the second column starts. */
static guint
find_flow_break (Paginator *pg,
                 HpTable   *table,
                 GPtrArray *entries)
{
  guint n = entries->len;
  Cell *cell = cell_new (0, table->widths[0] * pg->width, 4);
  g_autofree double *top = g_new0 (double, n + 1);     /* where entry e starts */
  g_autofree double *bottom = g_new0 (double, n + 1);  /* the height before entry e */
  double best = G_MAXDOUBLE, best_group = G_MAXDOUBLE;
  guint split = n, split_group = n;

  for (guint e = 0; e < n; e++)
    {
      guint first_piece = cell->pieces->len;

      bottom[e] = cell_content_height (cell);
      cell_add_entries (pg, cell, entries, e, e + 1);
      top[e] = first_piece < cell->pieces->len
               ? ((Piece *) g_ptr_array_index (cell->pieces, first_piece))->y : bottom[e];
    }
  bottom[n] = cell_content_height (cell);
  cell_free (cell);

  for (guint k = 1; k < n; k++)
    {
      double taller = MAX (bottom[k], bottom[n] - top[k]);

      if (is_heading (entries, k - 1))
        continue;
      if (taller < best)
        {
          best = taller;
          split = k;
        }
      if (is_heading (entries, k) && taller < best_group)
        {
          best_group = taller;
          split_group = k;
        }
    }
  return best_group <= best + GROUP_BREAK_SLACK ? split_group : split;
}

static Row *
flow_row (Paginator *pg,
          HpTable   *table,
          GPtrArray *contents)
{
  GPtrArray *entries = g_ptr_array_index (contents, 0);
  guint n = entries->len;
  guint split = n > 1 ? find_flow_break (pg, table, entries) : n;
  Row *row = row_new (pg, ROW_CONTENT);
  double x = pg->left;

  g_assert (table->n_columns == 2);

  for (guint c = 0; c < 2; c++)
    {
      double width = table->widths[c] * pg->width;
      Cell *cell = cell_new (x, width, 4);

      g_ptr_array_add (row->cells, cell);
      cell_add_entries (pg, cell, entries, c == 0 ? 0 : split, c == 0 ? split : n);
      x += width;
    }
  row->pad_top = 2;
  row->pad_bottom = 1;
  row->deco = DECO_NONE;
  row_finish (row);
  return row;
}

static Row *
table_row (Paginator *pg,
           HpTable   *table,
           GPtrArray *contents,
           gboolean   header)
{
  Row *row;
  double x = pg->left;

  if (table->flow && !header)
    return flow_row (pg, table, contents);

  row = row_new (pg, ROW_CONTENT);
  for (guint c = 0; c < table->n_columns; c++)
    {
      double width = table->widths[c] * pg->width;
      Cell *cell = cell_new (x, width, 4);
      GPtrArray *cell_contents;

      g_ptr_array_add (row->cells, cell);
      x += width;

      if (header)
        {
          cell_add_text (pg, cell, STYLE_TABLE_STRONG, table->header[c], 0);
          continue;
        }

      cell_contents = g_ptr_array_index (contents, c);
      for (guint i = 0; i < cell_contents->len; i++)
        cell_add_content (pg, cell, g_ptr_array_index (cell_contents, i), table->compact);
    }
  row->pad_top = table->compact && !header ? 2 : 4;
  row->pad_bottom = table->compact && !header ? 2.5 : 4;
  row->deco = header ? DECO_HEADER : DECO_RULE_BELOW;
  row_finish (row);
  return row;
}

static gboolean
table_has_header (HpTable *table)
{
  for (guint c = 0; c < table->n_columns; c++)
    if (table->header[c] != NULL && table->header[c][0] != '\0')
      return TRUE;
  return FALSE;
}

/* A short run of key-value pairs or tick boxes (rows @start to the last)
 * stays on one page: such a run describes one thing, a consent or a
 * person.  A long run (the case's twenty fields) may break between pairs. */
static void
keep_short_run (Paginator *pg,
                GPtrArray *rows,
                guint      start)
{
  double height = 0;

  for (guint i = start; i < rows->len; i++)
    height += ((Row *) g_ptr_array_index (rows, i))->height;
  for (guint i = start; i + 1 < rows->len; i++)
    ((Row *) g_ptr_array_index (rows, i))->keep_with_next = height <= 0.4 * (pg->bottom - pg->top);
}

/* Blocks -> rows.  @headers collects the header rows, owned there. */
GPtrArray *
hp_layout_make_rows (Paginator *pg,
                     GPtrArray *headers)
{
  HpDocument *self = pg->doc;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) hp_layout_row_free);
  BlockKind previous = BLOCK_PAGE_BREAK;
  guint run_start = 0;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);
      gboolean first = block->kind != previous;
      Row *row;

      switch (block->kind)
        {
        case BLOCK_HEADING:
          g_ptr_array_add (rows, heading_row (pg, block->level, block->text));
          break;
        case BLOCK_PARAGRAPH:
          g_ptr_array_add (rows, paragraph_row (pg, text_style (block->style), block->text));
          break;
        case BLOCK_NOTICE:
          g_ptr_array_add (rows, notice_row (pg, block->text, block->text2));
          break;
        case BLOCK_KEY_VALUE:
          g_ptr_array_add (rows, key_value_row (pg, block->text, block->text2, first));
          break;
        case BLOCK_TICK:
          g_ptr_array_add (rows, tick_row (pg, block->text, block->checked, first));
          break;
        case BLOCK_SIGNATURE:
          /* A paragraph just before the signatures is what is signed: it
           * stays with them.  The last of a run of signatures ends the
           * keep-together chain. */
          if (first && previous == BLOCK_PARAGRAPH && rows->len > 0)
            ((Row *) g_ptr_array_index (rows, rows->len - 1))->keep_with_next = TRUE;
          row = signature_row (pg, block->text, block->text2, first);
          if (i + 1 >= self->blocks->len
              || ((Block *) g_ptr_array_index (self->blocks, i + 1))->kind != BLOCK_SIGNATURE)
            row->keep_with_next = FALSE;
          g_ptr_array_add (rows, row);
          break;
        case BLOCK_NOTES:
          g_ptr_array_add (rows, notes_row (pg, block->text, block->n));
          break;
        case BLOCK_SPACE:
          row = row_new (pg, ROW_SPACE);
          row->height = block->points;
          g_ptr_array_add (rows, row);
          break;
        case BLOCK_PAGE_BREAK:
          g_ptr_array_add (rows, row_new (pg, ROW_PAGE_BREAK));
          break;
        case BLOCK_TABLE:
          {
            HpTable *table = block->table;
            Row *header = NULL;

            if (table_has_header (table))
              {
                header = table_row (pg, table, NULL, TRUE);
                /* A header taller than half a page is not repeated: it
                 * stays where the table starts, as its first row. */
                if (header->height > (pg->bottom - pg->top) / 2)
                  {
                    g_ptr_array_add (rows, header);
                    header = NULL;
                  }
                else
                  g_ptr_array_add (headers, header);
              }
            for (guint r = 0; r < table->rows->len; r++)
              {
                row = table_row (pg, table, g_ptr_array_index (table->rows, r), FALSE);
                row->header = header;
                g_ptr_array_add (rows, row);
              }
            /* Space above the table goes on its first row (or its header). */
            if (table->rows->len > 0)
              ((Row *) g_ptr_array_index (rows, rows->len - table->rows->len))->space_before = 8;
            if (header == NULL && table_has_header (table) && table->rows->len > 0)
              ((Row *) g_ptr_array_index (rows, rows->len - table->rows->len - 1))->space_before = 8;
          }
          break;
        default:
          g_assert_not_reached ();
        }

      if (block->kind == BLOCK_KEY_VALUE || block->kind == BLOCK_TICK)
        {
          if (first)
            run_start = rows->len - 1;
          if (i + 1 >= self->blocks->len
              || ((Block *) g_ptr_array_index (self->blocks, i + 1))->kind != block->kind)
            keep_short_run (pg, rows, run_start);
        }
      previous = block->kind;
    }

  return rows;
}


/**
 * hp_document_create_pango_context:
 *
 * Returns: (transfer full): a Pango context for laying out on a PDF
 * surface: 72 dpi (one Pango point is one cairo unit), metrics not hinted
 * so that the layout does not depend on the device
 */
PangoContext *
hp_document_create_pango_context (void)
{
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (context, 72);
  pango_context_set_language (context, pango_language_from_string ("sv"));
  /* Left to right: the default is Pango's weak guess from the first letter. */
  pango_context_set_base_dir (context, PANGO_DIRECTION_LTR);
  return context;
}

/* Before measuring: @context kept for drawing, its direction set, the
 * fonts of the styles made and the measures of a previous layout dropped. */
void
hp_layout_begin_measuring (HpDocument   *self,
                           PangoContext *context)
{
  g_set_object (&self->context, context);
  /* A print context's or a widget's context may come with another
   * direction (a widget's follows the locale): the documents are Swedish. */
  pango_context_set_base_dir (context, PANGO_DIRECTION_LTR);
  g_clear_pointer (&self->measures, g_hash_table_unref);
  self->measures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) measure_free);
  for (guint s = 0; s < N_STYLES; s++)
    {
      g_clear_pointer (&self->fonts[s], pango_font_description_free);
      self->fonts[s] = pango_font_description_from_string (FONT_FAMILY);
      pango_font_description_set_size (self->fonts[s],
                                       (int) (hp_layout_style_specs[s].size * PANGO_SCALE));
      pango_font_description_set_weight (self->fonts[s], hp_layout_style_specs[s].weight);
    }
}
