/* hp-document.h: the document model, what a printed document says
 *
 * A document is a list of blocks of plain text (headings, paragraphs, key
 * and value pairs, tables, tick boxes, signature lines, notes boxes, page
 * breaks) in the order they are added, with a page header (a title and a
 * detail) and a footer note.  Beside them, never drawn: the plan's fields
 * the document carries (for the disclosure log) and what it leaves out on
 * purpose (for the preview).  Laying it out and drawing it: hp-layout.h.
 *
 * All text is plain text (never Pango markup), checked to be UTF-8 and put
 * in NFC; control characters other than newline and tab are dropped, and
 * so are explicit bidi embeddings, overrides and isolates.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  HP_TEXT_BODY,      /* 10.5 pt */
  HP_TEXT_STRONG,    /* 10.5 pt bold */
  HP_TEXT_SMALL,     /* 8.5 pt, grey: captions, details under a table cell */
  HP_TEXT_TABLE,     /* 9.5 pt: table cells */
  HP_TEXT_TABLE_STRONG,
} HpTextStyle;

typedef struct _HpTable HpTable;

#define HP_TYPE_DOCUMENT (hp_document_get_type ())
G_DECLARE_FINAL_TYPE (HpDocument, hp_document, HP, DOCUMENT, GObject)

HpDocument   *hp_document_new                 (const char     *header_title,
                                               const char     *header_detail);
const char   *hp_document_get_title           (HpDocument     *self);
void          hp_document_set_footer_note     (HpDocument     *self,
                                               const char     *note);

/* What the document discloses (for the disclosure log) and leaves out on
 * purpose (for the preview).  Neither is drawn. */
void          hp_document_add_carried_field   (HpDocument     *self,
                                               const char     *field);
GPtrArray    *hp_document_get_carried_fields  (HpDocument     *self);
void          hp_document_add_withheld        (HpDocument     *self,
                                               const char     *what,
                                               const char     *why);
guint         hp_document_get_n_withheld      (HpDocument     *self);
void          hp_document_get_withheld        (HpDocument     *self,
                                               guint           index,
                                               const char    **what,
                                               const char    **why);

/* Building.  Blocks are laid out in the order they are added. */
void          hp_document_add_heading         (HpDocument     *self,
                                               guint           level,
                                               const char     *text);
void          hp_document_add_paragraph       (HpDocument     *self,
                                               HpTextStyle     style,
                                               const char     *text);
void          hp_document_add_notice          (HpDocument     *self,
                                               const char     *title,
                                               const char     *text);
void          hp_document_add_key_value       (HpDocument     *self,
                                               const char     *key,
                                               const char     *value);
void          hp_document_add_tick_box        (HpDocument     *self,
                                               const char     *label,
                                               gboolean        checked);
void          hp_document_add_signature       (HpDocument     *self,
                                               const char     *role,
                                               const char     *name);
void          hp_document_add_notes           (HpDocument     *self,
                                               const char     *label,
                                               guint           n_lines);
void          hp_document_add_space           (HpDocument     *self,
                                               double          points);
void          hp_document_add_page_break      (HpDocument     *self);

HpTable      *hp_document_add_table           (HpDocument     *self,
                                               guint           n_columns,
                                               const double   *widths);
void          hp_table_set_header             (HpTable        *table,
                                               guint           column,
                                               const char     *text);
void          hp_table_add_row                (HpTable        *table);
void          hp_table_add_text               (HpTable        *table,
                                               guint           column,
                                               HpTextStyle     style,
                                               const char     *text);
void          hp_table_add_tick               (HpTable        *table,
                                               guint           column,
                                               const char     *label,
                                               gboolean        checked);
void          hp_table_add_tick_styled        (HpTable        *table,
                                               guint           column,
                                               HpTextStyle     style,
                                               const char     *label,
                                               gboolean        checked);
void          hp_table_set_compact            (HpTable        *table,
                                               gboolean        compact);
void          hp_table_set_flow               (HpTable        *table);
guint         hp_table_get_n_rows             (HpTable        *table);

G_END_DECLS
