/* hp-layout-private.h: what the rooms of the layout engine share
 *
 * The engine is three rooms over this header:
 *   the document model and its builder: blocks of plain text
 *     (hp-document.c, hp-document.h);
 *   the paginator (hp-layout.h): hp-layout-measure.c shapes the text with
 *     Pango and turns the blocks into rows of measured cells (right-to-left
 *     runs isolated by hp-layout-bidi.c), hp-paginate.c places the rows on
 *     pages as drawing operations;
 *   the renderer (hp-render.c): draws one page's operations on cairo, and a
 *     whole document into a PDF.
 * The types below are the engine's own: only those files include this
 * header.
 */
#pragma once

#include <pango/pangocairo.h>

#include "hp-layout.h"

G_BEGIN_DECLS

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
  gboolean   compact;  /* a checklist: less space between the rows */
  gboolean   flow;     /* one row of column 0, flowed over the columns */
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

extern const StyleSpec hp_layout_style_specs[N_STYLES];

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

/* ------------------------------------------------------------------ */
/* Paginating: the state shared by measuring and placing                */

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

static inline int
pango_width_of (double width)
{
  return (int) MAX (1, width * PANGO_SCALE);
}

/* hp-layout-measure.c */
void         hp_layout_begin_measuring (HpDocument                 *self,
                                        PangoContext               *context);
GPtrArray   *hp_layout_make_rows       (Paginator                  *pg,
                                        GPtrArray                  *headers);
void         hp_layout_row_free        (Row                        *row);
PangoLayout *hp_layout_text_new        (PangoContext               *context,
                                        const PangoFontDescription *font,
                                        Style                       style);
PangoLayout *hp_layout_line_new        (PangoContext               *context,
                                        const PangoFontDescription *font,
                                        const char                 *text,
                                        int                         pango_width,
                                        PangoAlignment              alignment);

/* hp-layout-bidi.c */
void         hp_layout_set_text        (PangoLayout                *layout,
                                        const char                 *text);

G_END_DECLS
