/* hp-document.c: the document model and its builder
 *
 * An HpDocument (hp-document.h) holds what a printed document says: its
 * page header and footer note, its blocks of plain text in order (headings,
 * paragraphs, key and value pairs, tables, tick boxes, signature lines,
 * notes boxes, page breaks), and, never drawn, the plan's fields it carries
 * and what it leaves out on purpose.  Every text is cleaned here, once, as
 * it is added.  Laying the blocks out is the paginator's
 * (hp-layout-measure.c, hp-paginate.c), drawing them the renderer's
 * (hp-render.c).
 */

#define G_LOG_DOMAIN "hp-layout"

#include "config.h"

#include "hp-document.h"
#include "hp-layout-private.h"

G_DEFINE_FINAL_TYPE (HpDocument, hp_document, G_TYPE_OBJECT)

/* ------------------------------------------------------------------ */
/* Helpers                                                              */

static gboolean
text_is_clean (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      /* C0 controls but newline, DEL; C1 controls, U+2028, U+2029, the
       * bidi embeddings, overrides and isolates (U+202A to U+202E, U+2066
       * to U+2069) and the non-characters U+FFFE, U+FFFF start with these
       * bytes. */
      if ((*p < 0x20 && *p != '\n') || *p == 0x7F || *p == 0xC2 || *p == 0xE2 || *p == 0xEF)
        return FALSE;
    }
  return TRUE;
}

/* The explicit bidi formatting characters.  The layout sets the direction
 * of every text itself (hp_layout_set_text()); one of these pasted into a
 * name would turn the Swedish words after it around, and an unclosed one
 * would swallow the layout's own isolates.  The marks LRM, RLM and ALM
 * (U+200E, U+200F, U+061C) are kept: they only act as a letter would. */
static gboolean
is_bidi_control (gunichar c)
{
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

/* Whether NFC could change @text: every character it composes or replaces
 * is U+0300 or above (Swedish å, ä, ö, precomposed, are not). */
static gboolean
may_need_nfc (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    if (*p >= 0xCC)
      return TRUE;
  return FALSE;
}

/* Plain text that Pango draws without complaint: valid UTF-8, no control
 * characters but newline, tabs as spaces, no trailing white space.  Text in
 * NFC: a name pasted in decomposed form (an "a" and a combining ring for
 * "å") is drawn the same either way, but a search in the PDF viewer and a
 * copy into the case record find it only composed. */
static char *
clean_text (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");

  valid = g_utf8_make_valid (text, -1);
  if (may_need_nfc (valid))
    {
      char *composed = g_utf8_normalize (valid, -1, G_NORMALIZE_NFC);

      g_free (valid);
      valid = composed;
    }
  /* Most texts are clean already: kept as they are, at their own size (a
   * GString would hold at least 128 bytes for each table cell's text). */
  if (text_is_clean (valid))
    return g_strchomp (g_steal_pointer (&valid));

  out = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\t')
        g_string_append_c (out, ' ');
      else if (c == '\n' || c == 0x2028 || c == 0x2029)
        g_string_append_c (out, '\n');
      else if (g_unichar_iscntrl (c) || is_bidi_control (c) || c == 0xFFFE || c == 0xFFFF)
        continue;
      else
        g_string_append_unichar (out, c);
    }

  return g_strchomp (g_string_free (out, FALSE));
}

static void
content_free (Content *content)
{
  g_free (content->text);
  g_free (content);
}

static void
table_free (HpTable *table)
{
  if (table == NULL)
    return;
  g_free (table->widths);
  for (guint i = 0; i < table->n_columns; i++)
    g_free (table->header[i]);
  g_free (table->header);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

static void
block_free (Block *block)
{
  g_free (block->text);
  g_free (block->text2);
  table_free (block->table);
  g_free (block);
}

static void
outline_entry_clear (OutlineEntry *entry)
{
  g_free (entry->text);
}

static Block *
add_block (HpDocument *self,
           BlockKind   kind)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  g_ptr_array_add (self->blocks, block);
  return block;
}

/* ------------------------------------------------------------------ */
/* GObject                                                              */

static void
hp_document_finalize (GObject *object)
{
  HpDocument *self = HP_DOCUMENT (object);

  g_free (self->header_title);
  g_free (self->header_detail);
  g_free (self->footer_note);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->outline, g_array_unref);
  g_clear_pointer (&self->measures, g_hash_table_unref);
  g_clear_pointer (&self->carried_fields, g_ptr_array_unref);
  g_clear_pointer (&self->withheld_what, g_ptr_array_unref);
  g_clear_pointer (&self->withheld_why, g_ptr_array_unref);
  g_clear_object (&self->context);
  for (guint s = 0; s < N_STYLES; s++)
    g_clear_pointer (&self->fonts[s], pango_font_description_free);

  G_OBJECT_CLASS (hp_document_parent_class)->finalize (object);
}

static void
hp_document_class_init (HpDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hp_document_finalize;
}

static void
hp_document_init (HpDocument *self)
{
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->outline = g_array_new (FALSE, TRUE, sizeof (OutlineEntry));
  g_array_set_clear_func (self->outline, (GDestroyNotify) outline_entry_clear);
  self->page_width = HP_PAGE_A4_WIDTH;
  self->page_height = HP_PAGE_A4_HEIGHT;
  self->carried_fields = g_ptr_array_new_with_free_func (g_free);
  self->withheld_what = g_ptr_array_new_with_free_func (g_free);
  self->withheld_why = g_ptr_array_new_with_free_func (g_free);
}

/**
 * hp_document_new:
 * @header_title: shown at the left of every page's header (the plan title)
 * @header_detail: (nullable): shown at the right of the header (which document)
 *
 * Returns: (transfer full): a new, empty document
 */
HpDocument *
hp_document_new (const char *header_title,
                 const char *header_detail)
{
  HpDocument *self = g_object_new (HP_TYPE_DOCUMENT, NULL);

  self->header_title = clean_text (header_title);
  self->header_detail = clean_text (header_detail);
  return self;
}

/**
 * hp_document_get_title:
 *
 * Returns: the header title given to hp_document_new()
 */
const char *
hp_document_get_title (HpDocument *self)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), NULL);

  return self->header_title;
}

/**
 * hp_document_set_footer_note:
 * @note: (nullable): shown at the left of every page's footer
 */
void
hp_document_set_footer_note (HpDocument *self,
                             const char *note)
{
  g_return_if_fail (HP_IS_DOCUMENT (self));

  g_free (self->footer_note);
  self->footer_note = clean_text (note);
}

/* ------------------------------------------------------------------ */
/* What the document discloses                                          */

/**
 * hp_document_add_carried_field:
 * @field: the plan's field as the file names it, e.g. "case.caseworker_phone"
 *   or "items.name" (a list's field, whichever entries)
 *
 * Notes that the document shows the value of @field somewhere, for the
 * disclosure log.  A field is noted once, in the order first noted.
 */
void
hp_document_add_carried_field (HpDocument *self,
                               const char *field)
{
  g_return_if_fail (HP_IS_DOCUMENT (self));
  g_return_if_fail (field != NULL && *field != '\0');

  for (guint i = 0; i < self->carried_fields->len; i++)
    if (g_str_equal (g_ptr_array_index (self->carried_fields, i), field))
      return;
  g_ptr_array_add (self->carried_fields, g_strdup (field));
}

/**
 * hp_document_get_carried_fields:
 *
 * Returns: (transfer none) (element-type utf8): the fields noted with
 * hp_document_add_carried_field(), in order
 */
GPtrArray *
hp_document_get_carried_fields (HpDocument *self)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), NULL);

  return self->carried_fields;
}

/**
 * hp_document_add_withheld:
 * @what: what the reader does not get, in the user's language ("The home's
 *   address")
 * @why: why not ("You do not go to the home")
 *
 * Notes something the document leaves out on purpose, for the preview's
 * list beside the pages.  Never drawn on the pages.
 */
void
hp_document_add_withheld (HpDocument *self,
                          const char *what,
                          const char *why)
{
  g_return_if_fail (HP_IS_DOCUMENT (self));
  g_return_if_fail (what != NULL && why != NULL);

  g_ptr_array_add (self->withheld_what, g_strdup (what));
  g_ptr_array_add (self->withheld_why, g_strdup (why));
}

/**
 * hp_document_get_n_withheld:
 *
 * Returns: how many things hp_document_add_withheld() noted
 */
guint
hp_document_get_n_withheld (HpDocument *self)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), 0);

  return self->withheld_what->len;
}

/**
 * hp_document_get_withheld:
 * @index: below hp_document_get_n_withheld()
 * @what: (out) (transfer none) (optional):
 * @why: (out) (transfer none) (optional):
 */
void
hp_document_get_withheld (HpDocument  *self,
                          guint        index,
                          const char **what,
                          const char **why)
{
  g_return_if_fail (HP_IS_DOCUMENT (self));
  g_return_if_fail (index < self->withheld_what->len);

  if (what != NULL)
    *what = g_ptr_array_index (self->withheld_what, index);
  if (why != NULL)
    *why = g_ptr_array_index (self->withheld_why, index);
}

/* ------------------------------------------------------------------ */
/* Building                                                             */

/**
 * hp_document_add_heading:
 * @level: 1 (the document's title), 2 (a section) or 3 (a part of a section)
 */
void
hp_document_add_heading (HpDocument *self,
                         guint       level,
                         const char *text)
{
  Block *block;

  g_return_if_fail (HP_IS_DOCUMENT (self));
  g_return_if_fail (level >= 1 && level <= 3);

  block = add_block (self, BLOCK_HEADING);
  block->level = level;
  block->text = clean_text (text);
}

void
hp_document_add_paragraph (HpDocument  *self,
                           HpTextStyle  style,
                           const char  *text)
{
  Block *block;

  g_return_if_fail (HP_IS_DOCUMENT (self));

  block = add_block (self, BLOCK_PARAGRAPH);
  block->style = style;
  block->text = clean_text (text);
}

/**
 * hp_document_add_notice:
 * @title: (nullable): a bold first line
 * @text: the notice
 *
 * A framed paragraph for what must not be missed (protected personal
 * data, confidentiality).
 */
void
hp_document_add_notice (HpDocument *self,
                        const char *title,
                        const char *text)
{
  Block *block;

  g_return_if_fail (HP_IS_DOCUMENT (self));

  block = add_block (self, BLOCK_NOTICE);
  block->text = clean_text (title);
  block->text2 = clean_text (text);
}

/**
 * hp_document_add_key_value:
 *
 * Consecutive pairs form one block: the keys in a narrow column at the
 * left, the values wrapped beside them.  An empty value is shown as a dash.
 */
void
hp_document_add_key_value (HpDocument *self,
                           const char *key,
                           const char *value)
{
  Block *block;

  g_return_if_fail (HP_IS_DOCUMENT (self));

  block = add_block (self, BLOCK_KEY_VALUE);
  block->text = clean_text (key);
  block->text2 = clean_text (value);
}

/**
 * hp_document_add_tick_box:
 * @checked: whether the box is already marked
 *
 * A box to mark on paper, drawn as a square, with its label.
 */
void
hp_document_add_tick_box (HpDocument *self,
                          const char *label,
                          gboolean    checked)
{
  Block *block;

  g_return_if_fail (HP_IS_DOCUMENT (self));

  block = add_block (self, BLOCK_TICK);
  block->text = clean_text (label);
  block->checked = checked;
}

/**
 * hp_document_add_signature:
 * @role: who signs ("Responsible caseworker")
 * @name: (nullable): the name printed under the line, if known
 *
 * A line to sign on with the name and role under it, and a line for the
 * date beside it.  Consecutive signatures are kept together on one page.
 */
void
hp_document_add_signature (HpDocument *self,
                           const char *role,
                           const char *name)
{
  Block *block;

  g_return_if_fail (HP_IS_DOCUMENT (self));

  block = add_block (self, BLOCK_SIGNATURE);
  block->text = clean_text (role);
  block->text2 = clean_text (name);
}

/**
 * hp_document_add_notes:
 * @label: (nullable): a caption inside the box
 * @n_lines: ruled lines to write on
 *
 * An empty framed box with ruled lines, to write notes by hand.
 */
void
hp_document_add_notes (HpDocument *self,
                       const char *label,
                       guint       n_lines)
{
  Block *block;

  g_return_if_fail (HP_IS_DOCUMENT (self));

  block = add_block (self, BLOCK_NOTES);
  block->text = clean_text (label);
  block->n = MAX (n_lines, 1);
}

/**
 * hp_document_add_space:
 *
 * Vertical space; dropped at the top of a page.
 */
void
hp_document_add_space (HpDocument *self,
                       double      points)
{
  Block *block;

  g_return_if_fail (HP_IS_DOCUMENT (self));

  block = add_block (self, BLOCK_SPACE);
  block->points = CLAMP (points, 0, 200);
}

/**
 * hp_document_add_page_break:
 *
 * What follows starts on a new page (unless the page is still empty).
 */
void
hp_document_add_page_break (HpDocument *self)
{
  g_return_if_fail (HP_IS_DOCUMENT (self));

  add_block (self, BLOCK_PAGE_BREAK);
}

/**
 * hp_document_add_table:
 * @n_columns: at least 1
 * @widths: (array length=n_columns) (nullable): relative widths of the
 *   columns; NULL for equal widths
 *
 * Returns: (transfer none): the table, owned by the document; fill it with
 * hp_table_set_header(), hp_table_add_row() and hp_table_add_text()
 */
HpTable *
hp_document_add_table (HpDocument   *self,
                       guint         n_columns,
                       const double *widths)
{
  Block *block;
  HpTable *table;
  double total = 0;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (n_columns >= 1, NULL);

  table = g_new0 (HpTable, 1);
  table->n_columns = n_columns;
  table->widths = g_new0 (double, n_columns);
  table->header = g_new0 (char *, n_columns);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < n_columns; i++)
    total += (widths != NULL && widths[i] > 0) ? widths[i] : 1.0;
  for (guint i = 0; i < n_columns; i++)
    table->widths[i] = ((widths != NULL && widths[i] > 0) ? widths[i] : 1.0) / total;

  block = add_block (self, BLOCK_TABLE);
  block->table = table;
  return table;
}

/**
 * hp_table_set_header:
 *
 * Sets the text of one column's header.  A table with any header text has a
 * header row, repeated on every page the table reaches.
 */
void
hp_table_set_header (HpTable    *table,
                     guint       column,
                     const char *text)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (column < table->n_columns);

  g_free (table->header[column]);
  table->header[column] = clean_text (text);
}

/**
 * hp_table_add_row:
 *
 * Starts a new row; the following hp_table_add_text() and
 * hp_table_add_tick() calls fill its cells.
 */
void
hp_table_add_row (HpTable *table)
{
  GPtrArray *row;

  g_return_if_fail (table != NULL);

  row = g_ptr_array_new_full (table->n_columns, (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < table->n_columns; i++)
    g_ptr_array_add (row, g_ptr_array_new_with_free_func ((GDestroyNotify) content_free));
  g_ptr_array_add (table->rows, row);
}

static void
table_add_content (HpTable     *table,
                   guint        column,
                   ContentKind  kind,
                   HpTextStyle  style,
                   const char  *text,
                   gboolean     checked)
{
  GPtrArray *row;
  Content *content;

  if (table->rows->len == 0)
    hp_table_add_row (table);

  row = g_ptr_array_index (table->rows, table->rows->len - 1);
  content = g_new0 (Content, 1);
  content->kind = kind;
  content->style = style;
  content->text = clean_text (text);
  content->checked = checked;
  g_ptr_array_add (g_ptr_array_index (row, column), content);
}

/**
 * hp_table_add_text:
 *
 * Adds a paragraph of text to a cell of the last row.  Several calls for
 * one cell stack their texts; empty texts are skipped.
 */
void
hp_table_add_text (HpTable     *table,
                   guint        column,
                   HpTextStyle  style,
                   const char  *text)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (column < table->n_columns);

  if (text == NULL || text[0] == '\0')
    return;
  table_add_content (table, column, CONTENT_TEXT, style, text, FALSE);
}

/**
 * hp_table_add_tick:
 *
 * Adds a tick box with its label to a cell of the last row.
 */
void
hp_table_add_tick (HpTable    *table,
                   guint       column,
                   const char *label,
                   gboolean    checked)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (column < table->n_columns);

  table_add_content (table, column, CONTENT_TICK, HP_TEXT_TABLE, label, checked);
}

/**
 * hp_table_add_tick_styled:
 *
 * Adds a tick box with its label in @style (a checklist's must-items in
 * bold) to a cell of the last row.
 */
void
hp_table_add_tick_styled (HpTable     *table,
                          guint        column,
                          HpTextStyle  style,
                          const char  *label,
                          gboolean     checked)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (column < table->n_columns);

  table_add_content (table, column, CONTENT_TICK, style, label, checked);
}

/**
 * hp_table_set_compact:
 *
 * Sets whether the rows of @table sit closer together than a table's
 * usually do: a checklist of many short rows on one page.
 */
void
hp_table_set_compact (HpTable  *table,
                      gboolean  compact)
{
  g_return_if_fail (table != NULL);

  table->compact = compact;
}

/**
 * hp_table_set_flow:
 * @table: a table of two columns
 *
 * Makes @table one list read down its first column and on into the
 * second: give it one row and add every content to column 0; the layout
 * shares the entries (each text or tick box) out between
 * the columns, balanced, and never leaves a text (a group's heading) at
 * the foot of the first.  The row is compact, without rules.  Meant for a
 * list that fits on a page: a taller one is continued on the next page
 * like any row, both columns at once.
 */
void
hp_table_set_flow (HpTable *table)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (table->n_columns == 2);

  table->flow = TRUE;
  table->compact = TRUE;
}

guint
hp_table_get_n_rows (HpTable *table)
{
  g_return_val_if_fail (table != NULL, 0);

  return table->rows->len;
}
