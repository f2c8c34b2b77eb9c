/* hp-layout-flow.c: a flowing table, one list read down two columns
 *
 * A checklist of forty things fits on a page only in two columns, and a
 * list is read down a column and on into the next.  A flowing table
 * (hp_table_set_flow()) has one row, every content in its first column;
 * here its entries (each text, each tick box with its label) are
 * measured in one column's width and shared out between the two columns
 * so that the taller is as short as it can be, a text (a heading) never
 * last in the first column, and the break between two groups (at a
 * heading) when that costs at most a couple of lines.  The result is one
 * row of two cells, placed like any other (hp-paginate.c).
 */

#define G_LOG_DOMAIN "hp-layout"

#include "config.h"

#include "hp-layout-private.h"

/* How much taller the columns may get for the break to fall between two
 * groups rather than inside one. */
#define GROUP_BREAK_SLACK 24.0

/* A text is a heading: it stays with the entry after it. */
static gboolean
is_heading (GPtrArray *entries,
            guint      i)
{
  return ((Content *) g_ptr_array_index (entries, i))->kind == CONTENT_TEXT;
}

static void
add_entries (Paginator *pg,
             Cell      *cell,
             GPtrArray *entries,
             guint      from,
             guint      to)
{
  for (guint i = from; i < to; i++)
    hp_layout_cell_add_content (pg, cell, g_ptr_array_index (entries, i), TRUE);
}

/* Where the second column starts: the entry that leaves the taller column
 * shortest, by the heights the entries have in one column. */
static guint
find_break (Paginator *pg,
            HpTable   *table,
            GPtrArray *entries)
{
  guint n = entries->len;
  Cell *cell = hp_layout_cell_new (0, table->widths[0] * pg->width, 4);
  g_autofree double *top = g_new0 (double, n + 1);     /* where entry e starts */
  g_autofree double *bottom = g_new0 (double, n + 1);  /* the height up to entry e */
  double best = G_MAXDOUBLE, best_group = G_MAXDOUBLE;
  guint split = n, split_group = n;

  for (guint e = 0; e < n; e++)
    {
      guint first_piece = cell->pieces->len;

      bottom[e] = hp_layout_cell_height (cell);
      add_entries (pg, cell, entries, e, e + 1);
      top[e] = first_piece < cell->pieces->len
               ? ((Piece *) g_ptr_array_index (cell->pieces, first_piece))->y : bottom[e];
    }
  bottom[n] = hp_layout_cell_height (cell);
  hp_layout_cell_free (cell);

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

/**
 * hp_layout_flow_row:
 * @contents: the table's one row: its cells, every content in the first
 *
 * Returns: (transfer full): the row, its entries shared out between the
 * table's two columns
 */
Row *
hp_layout_flow_row (Paginator *pg,
                    HpTable   *table,
                    GPtrArray *contents)
{
  GPtrArray *entries = g_ptr_array_index (contents, 0);
  guint n = entries->len;
  guint split = n > 1 ? find_break (pg, table, entries) : n;
  Row *row = hp_layout_row_new (pg, ROW_CONTENT);
  double x = pg->left;

  g_assert (table->n_columns == 2);

  for (guint c = 0; c < 2; c++)
    {
      double width = table->widths[c] * pg->width;
      Cell *cell = hp_layout_cell_new (x, width, 4);

      g_ptr_array_add (row->cells, cell);
      add_entries (pg, cell, entries, c == 0 ? 0 : split, c == 0 ? split : n);
      x += width;
    }
  row->pad_top = 2;
  row->pad_bottom = 4;
  row->deco = DECO_NONE;
  hp_layout_row_finish (row);
  return row;
}
