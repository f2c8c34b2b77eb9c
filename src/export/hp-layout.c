/* hp-layout.c: a small page-layout engine on Pango and cairo
 *
 * Building stores blocks of plain text.  Paginating turns them into rows
 * (a heading, a paragraph, a table row, a pair of key and value ... is one
 * row of one or more cells), measures every cell with Pango, and places the
 * rows on pages as drawing operations.  Rendering replays one page's
 * operations.  A cell's content is a stack of pieces (text, a tick box with
 * its label, a line to sign on, ruled lines for notes); each piece is cut
 * into units (a text line, a ruled line) so that a row taller than a page
 * can be continued on the next page at a unit boundary instead of being
 * drawn past the page's edge.
 */

#define G_LOG_DOMAIN "hp-layout"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "hp-layout.h"
#include "hp-layout-private.h"

#define FONT_FAMILY "DejaVu Sans,sans-serif"
#define EPS 0.01

/* Greys, 0 = black.  Text stays dark enough for a photocopy of a print. */
#define GREY_TEXT    0.10
#define GREY_MUTED   0.30
#define GREY_RULE    0.55
#define GREY_FAINT   0.78
#define GREY_FILL    0.91
#define GREY_NOTICE  0.955

#define HEADER_TOP       34.0
#define HEADER_RULE      52.0
#define FOOTER_RULE_FROM_BOTTOM 48.0
#define FOOTER_TEXT_FROM_BOTTOM 42.0

#define TICK_SIZE  8.5
#define TICK_GAP   5.0

/* ------------------------------------------------------------------ */
/* Building: blocks                                                     */

typedef enum
{
  BLOCK_HEADING,
  BLOCK_PARAGRAPH,
  BLOCK_NOTICE,
  BLOCK_KEY_VALUE,
  BLOCK_TICK,
  BLOCK_SIGNATURE,
  BLOCK_NOTES,
  BLOCK_SPACE,
  BLOCK_PAGE_BREAK,
  BLOCK_TABLE,
} BlockKind;

typedef enum
{
  CONTENT_TEXT,
  CONTENT_TICK,
} ContentKind;

typedef struct
{
  ContentKind kind;
  HpTextStyle style;
  char       *text;
  gboolean    checked;
} Content;

struct _HpTable
{
  guint      n_columns;
  double    *widths;   /* fractions of the body width, summing to 1 */
  char     **header;   /* n_columns strings, NULL where not set */
  GPtrArray *rows;     /* of GPtrArray (n_columns cells) of GPtrArray of Content */
};

typedef struct
{
  BlockKind   kind;
  guint       level;
  HpTextStyle style;
  char       *text;
  char       *text2;
  gboolean    checked;
  guint       n;
  double      points;
  HpTable    *table;
} Block;

/* ------------------------------------------------------------------ */
/* Paginating: styles, pieces, rows                                     */

typedef enum
{
  STYLE_BODY,
  STYLE_STRONG,
  STYLE_SMALL,
  STYLE_TABLE,
  STYLE_TABLE_STRONG,
  STYLE_H1,
  STYLE_H2,
  STYLE_H3,
  STYLE_LABEL,
  STYLE_HEADER,
  STYLE_HEADER_STRONG,
  STYLE_FOOTER,
  N_STYLES
} Style;

typedef struct
{
  double      size;
  PangoWeight weight;
  double      grey;
  double      spacing;  /* line-height factor, 0 = the font's own */
} StyleSpec;

static const StyleSpec style_specs[N_STYLES] = {
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

typedef enum
{
  PIECE_TEXT,
  PIECE_TICK,
  PIECE_RULE_FIELD,  /* blank space to write in, a line, a caption below */
  PIECE_RULED,       /* ruled lines for notes */
} PieceKind;

typedef struct
{
  double y0;
  double y1;
} Unit;

/* One text in one style and width, as laid out: its height and its lines,
 * from its top.  Pieces and drawing operations share it.
 *
 * The shaped text (a PangoLayout) is not kept from laying out to drawing:
 * for a 1,000-item plan that would be some 6 MB.  A text is shaped once to
 * be measured, and again when it is drawn; the second layout stays only
 * until the text's last drawing (@left counts down from @draws), so that a
 * label on every row (a category, a priority) is shaped once, and an item's
 * name is let go as soon as its page is drawn.
 *
 * @text points to a string of the document's own (a block's, a table
 * cell's, a header), to a translation or to a literal: all outlive the
 * pages. */
typedef struct
{
  const char  *text;
  Style        style;
  int          pango_width;
  double       height;
  double       first_line;  /* the first line's height */
  guint        draws;       /* drawing operations showing it */
  guint        left;        /* of those, not yet drawn in this round */
  PangoLayout *shaped;      /* while drawing */
  guint        n_lines;
  Unit         lines[];
} Measure;

typedef struct
{
  PieceKind    kind;
  Measure     *text;      /* text, tick label, caption; may be NULL */
  double       x;         /* of the text, from the cell's content left */
  double       y;         /* from the cell's content top */
  double       height;
  double       grey;      /* of the text */
  gboolean     checked;
  double       blank;     /* PIECE_RULE_FIELD: space above the line */
  double       width;     /* PIECE_RULE_FIELD, PIECE_RULED: line length */
  guint        n_lines;   /* PIECE_RULED */
  double       gap;       /* PIECE_RULED */
  double       first_line;/* PIECE_TICK: height of the label's first line */
} Piece;

typedef struct
{
  double     x;        /* left of the cell on the page */
  double     width;
  double     pad_x;
  GPtrArray *pieces;   /* of Piece */
  GArray    *units;    /* of Unit, in content coordinates, ascending */
} Cell;

typedef enum
{
  DECO_NONE,
  DECO_RULE_BELOW,     /* a table row */
  DECO_HEADER,         /* a table's header row */
  DECO_HEADING_RULE,   /* a section heading */
  DECO_BOX,            /* a notice: framed and shaded */
  DECO_FRAME,          /* a notes box: framed, white to write on */
} Deco;

typedef enum
{
  ROW_CONTENT,
  ROW_SPACE,
  ROW_PAGE_BREAK,
} RowKind;

typedef struct _Row Row;
struct _Row
{
  RowKind    kind;
  GPtrArray *cells;        /* of Cell */
  double     x;
  double     width;
  double     pad_top;
  double     pad_bottom;
  double     height;       /* whole row */
  double     space_before;
  Deco       deco;
  gboolean   may_split;    /* a paragraph: may break between lines anywhere */
  gboolean   keep_with_next;
  Row       *header;       /* the table's header row, repeated on each page */
  char      *outline;      /* a heading's text for the PDF outline */
  guint      outline_level;
};

/* ------------------------------------------------------------------ */
/* Pages: drawing operations                                            */

typedef enum
{
  OP_TEXT,
  OP_LINE,
  OP_RECT,
  OP_TICK,
} OpKind;

/* Ten thousand and more of these for a long plan: small types. */
typedef struct
{
  guint8       kind;      /* OpKind */
  guint8       style;     /* Style, of @line */
  guint8       alignment; /* PangoAlignment, of @line */
  guint        fill : 1;  /* OP_RECT: fill with @grey, else stroke */
  guint        checked : 1;
  guint        clip : 1;
  int          pango_width; /* of @line */
  float        x;
  float        y;
  float        w;        /* OP_LINE: x2; OP_RECT, OP_TICK: width */
  float        h;        /* OP_LINE: y2; OP_RECT, OP_TICK: height */
  float        grey;
  float        line_width;
  float        cx, cy, cw, ch;
  Measure     *text;     /* OP_TEXT: a piece's text */
  char        *line;     /* OP_TEXT: or one line of the page's header or footer */
} Op;

typedef struct
{
  char  *text;
  guint  level;
  guint  page;
  double y;
} OutlineEntry;

struct _HpDocument
{
  GObject parent_instance;

  char      *header_title;
  char      *header_detail;
  char      *footer_note;
  GPtrArray *blocks;     /* of Block */

  /* The result of the last hp_document_paginate(), and what its texts are
   * shaped with when drawn. */
  PangoContext         *context;
  PangoFontDescription *fonts[N_STYLES];
  GHashTable           *measures;  /* "style width text" -> Measure */
  double     page_width;
  double     page_height;
  GPtrArray *pages;      /* of GPtrArray of Op */
  GArray    *outline;    /* of OutlineEntry */

  /* What the document discloses and leaves out, for the disclosure log
   * and the preview: never drawn. */
  GPtrArray *carried_fields;  /* of char *, unique, in order */
  GPtrArray *withheld_what;   /* of char * */
  GPtrArray *withheld_why;    /* of char *, parallel to withheld_what */
};

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
 * of every text itself (layout_set_text()); one of these pasted into a
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
op_free (Op *op)
{
  g_free (op->line);
  g_free (op);
}

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

static void
row_free (Row *row)
{
  if (row == NULL)
    return;
  if (row->cells != NULL)
    g_ptr_array_unref (row->cells);
  g_free (row->outline);
  g_free (row);
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

guint
hp_table_get_n_rows (HpTable *table)
{
  g_return_val_if_fail (table != NULL, 0);

  return table->rows->len;
}

/* ------------------------------------------------------------------ */
/* Paginating                                                           */

typedef struct
{
  HpDocument           *doc;
  PangoContext         *context;

  double left;
  double width;
  double top;
  double bottom;

  GPtrArray *page;          /* the current page's ops */
  double     y;
  gboolean   page_empty;    /* nothing but a repeated header on it yet */
  Row       *header;        /* the header row of the table being placed */
  gboolean   header_drawn;  /* on the current page */

  /* A text repeated in the same style and width (a category, a priority, a
   * tick box's label on every item row) is measured once (doc->measures).
   * One layout per style does the measuring. */
  PangoLayout *measuring[N_STYLES];
} Paginator;

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

static int
pango_width_of (double width)
{
  return (int) MAX (1, width * PANGO_SCALE);
}

/* ------------------------------------------------------------------ */
/* Direction                                                            */

/* Every document is Swedish: each paragraph runs left to right whatever
 * its first letter (hp_document_paginate() sets the context's base
 * direction, every layout turns Pango's guess per paragraph off), so that
 * a table cell starting with an Arabic name stays at its column's left.
 *
 * Inside such a line the Unicode bidi algorithm would still get mixed text
 * wrong: digits after Arabic letters count as Arabic digits, and the
 * neutral characters around them take the Arabic direction, so "رنا (1–4)"
 * came out as "(4–1) رنا", with "1–4" reversed.  So each right-to-left run
 * (from its first to its last right-to-left letter, with no left-to-right
 * letter between; digits, spaces and marks inside it belong to it) is put
 * into a right-to-left isolate (RLI ... PDI): inside it the run reads right
 * to left as its writer meant, and outside it counts as one neutral
 * character, so the digits and brackets after it stay Swedish text.  The
 * isolates draw nothing and are not in the PDF's text.  Whatever the caller
 * put around a value (a name in a sentence, a name in brackets) needs
 * nothing of its own. */

#define RLI 0x2067
#define PDI 0x2069

/* Letters of right-to-left scripts are U+0590 to U+08FF, U+FB1D to U+FEFC
 * and planes 1 up: their UTF-8 starts with one of these bytes. */
static gboolean
may_have_rtl (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    if ((*p >= 0xD6 && *p <= 0xDF) || *p == 0xE0 || *p == 0xEF || *p >= 0xF0)
      return TRUE;
  return FALSE;
}

/* The strong direction of @c: a letter of a right-to-left script (or RLM,
 * ALM) is right to left, any other letter (or LRM) left to right, all else
 * (digits, spaces, punctuation, marks) neutral.  Near enough to the bidi
 * classes R, AL and L for finding runs; Pango's own lookup of the classes
 * is deprecated, and the bidi algorithm itself is still FriBidi's, in
 * Pango. */
static PangoDirection
char_direction (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalpha ((char) c) ? PANGO_DIRECTION_LTR : PANGO_DIRECTION_NEUTRAL;
  if (c == 0x200F || c == 0x061C)
    return PANGO_DIRECTION_RTL;
  if (c == 0x200E)
    return PANGO_DIRECTION_LTR;
  if (!g_unichar_isalpha (c))
    return PANGO_DIRECTION_NEUTRAL;
  switch ((int) g_unichar_get_script (c))
    {
    case G_UNICODE_SCRIPT_ARABIC:
    case G_UNICODE_SCRIPT_HEBREW:
    case G_UNICODE_SCRIPT_SYRIAC:
    case G_UNICODE_SCRIPT_THAANA:
    case G_UNICODE_SCRIPT_NKO:
    case G_UNICODE_SCRIPT_SAMARITAN:
    case G_UNICODE_SCRIPT_MANDAIC:
    case G_UNICODE_SCRIPT_ADLAM:
    case G_UNICODE_SCRIPT_HANIFI_ROHINGYA:
    case G_UNICODE_SCRIPT_YEZIDI:
      return PANGO_DIRECTION_RTL;
    default:
      return PANGO_DIRECTION_LTR;
    }
}

/* @text with each right-to-left run isolated, or NULL if it has none. */
static char *
isolate_rtl_runs (const char *text)
{
  GString *out = NULL;
  const char *copied = text;   /* @text before it is in @out */
  const char *run = NULL;      /* start of the current run */
  const char *run_end = NULL;  /* after its last letter and the marks on it */
  const char *p = text;

  if (!may_have_rtl (text))
    return NULL;

  for (;;)
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = c == 0 ? p : g_utf8_next_char (p);
      PangoDirection dir = char_direction (c);

      if (dir == PANGO_DIRECTION_RTL)
        {
          if (run == NULL)
            run = p;
          run_end = next;
        }
      else if (run != NULL && p == run_end
               && (g_unichar_ismark (c) || c == 0x200C || c == 0x200D))
        /* A vowel sign or a joiner after the last letter: its shaping
         * needs the letter in the same run. */
        run_end = next;
      else if (run != NULL && (dir == PANGO_DIRECTION_LTR || c == '\n' || c == 0))
        {
          /* A left-to-right letter, or the paragraph's end, ends the run. */
          if (out == NULL)
            out = g_string_sized_new (strlen (text) + 12);
          g_string_append_len (out, copied, run - copied);
          g_string_append_unichar (out, RLI);
          g_string_append_len (out, run, run_end - run);
          g_string_append_unichar (out, PDI);
          copied = run_end;
          run = NULL;
        }
      if (c == 0)
        break;
      p = next;
    }

  if (out == NULL)
    return NULL;
  g_string_append (out, copied);
  return g_string_free (out, FALSE);
}

/* Sets @text on @layout, its right-to-left runs isolated: every layout
 * that shows a document's text is given it through here, so that measuring
 * and drawing agree. */
static void
layout_set_text (PangoLayout *layout,
                 const char  *text)
{
  g_autofree char *isolated = isolate_rtl_runs (text);

  pango_layout_set_text (layout, isolated != NULL ? isolated : text, -1);
}

/* Wrapping text in a style: how every piece's text is laid out, the same
 * when measured and when drawn. */
static PangoLayout *
text_layout_new (PangoContext               *context,
                 const PangoFontDescription *font,
                 Style                       style)
{
  PangoLayout *layout = pango_layout_new (context);

  pango_layout_set_auto_dir (layout, FALSE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (style_specs[style].spacing > 0)
    pango_layout_set_line_spacing (layout, (float) style_specs[style].spacing);
  return layout;
}

/* One line, ellipsized to @pango_width: page header and footer. */
static PangoLayout *
line_layout_new (PangoContext               *context,
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
  layout_set_text (layout, text);
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
    pg->measuring[style] = text_layout_new (pg->context, pg->doc->fonts[style], style);
  layout = pg->measuring[style];
  pango_layout_set_width (layout, pango_width);
  layout_set_text (layout, text);

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
  piece->grey = style_specs[style].grey;
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
  piece->grey = style_specs[style].grey;
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
  piece->grey = style_specs[style].grey;
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

static Row *
table_row (Paginator *pg,
           HpTable   *table,
           GPtrArray *contents,
           gboolean   header)
{
  Row *row = row_new (pg, ROW_CONTENT);
  double x = pg->left;

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
        {
          Content *content = g_ptr_array_index (cell_contents, i);

          if (content->kind == CONTENT_TICK)
            cell_add_tick (pg, cell, text_style (content->style), content->text,
                           content->checked, 4);
          else
            cell_add_text (pg, cell, text_style (content->style), content->text, 2);
        }
    }
  row->pad_top = 4;
  row->pad_bottom = 4;
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
static GPtrArray *
make_rows (Paginator *pg,
           GPtrArray *headers)
{
  HpDocument *self = pg->doc;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
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
  op->grey = style_specs[style].grey;
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
      pango_font_description_set_size (self->fonts[s], (int) (style_specs[s].size * PANGO_SCALE));
      pango_font_description_set_weight (self->fonts[s], style_specs[s].weight);
    }

  pg.doc = self;
  pg.context = context;
  pg.left = HP_PAGE_MARGIN_SIDE;
  pg.width = page_width - 2 * HP_PAGE_MARGIN_SIDE;
  pg.top = HP_PAGE_MARGIN_TOP;
  pg.bottom = page_height - HP_PAGE_MARGIN_BOTTOM;

  headers = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  rows = make_rows (&pg, headers);

  new_page (&pg);
  /* A row is let go once placed: placing looks only at the rows after it
   * (and at the header rows, owned by @headers). */
  for (guint i = 0; i < rows->len; i++)
    {
      place_row (&pg, rows, i);
      g_clear_pointer (&rows->pdata[i], row_free);
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
      g_autoptr(PangoLayout) line = line_layout_new (self->context, self->fonts[op->style],
                                                     op->line, op->pango_width,
                                                     op->alignment);

      pango_cairo_show_layout (cr, line);
      return;
    }

  if (text->shaped == NULL)
    {
      text->shaped = text_layout_new (self->context, self->fonts[text->style], text->style);
      pango_layout_set_width (text->shaped, text->pango_width);
      layout_set_text (text->shaped, text->text);
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

guint
hp_document_get_n_outline_entries (HpDocument *self)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), 0);

  return self->outline->len;
}

void
hp_document_get_outline_entry (HpDocument  *self,
                               guint        index,
                               const char **text,
                               guint       *level,
                               guint       *page,
                               double      *y)
{
  OutlineEntry *entry;

  g_return_if_fail (HP_IS_DOCUMENT (self));
  g_return_if_fail (index < self->outline->len);

  entry = &g_array_index (self->outline, OutlineEntry, index);
  *text = entry->text;
  *level = entry->level;
  *page = entry->page;
  *y = entry->y;
}
