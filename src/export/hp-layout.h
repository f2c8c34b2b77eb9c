/* hp-layout.h: a small page-layout engine on Pango and cairo
 *
 * A document (hp-document.h) is built as a list of blocks (headings,
 * paragraphs, key and value pairs, tables, tick boxes, signature lines,
 * notes boxes, page breaks), then laid out in two passes:
 *
 *   1. hp_document_paginate() breaks the blocks into pages for one page
 *      size and one PangoContext: every page becomes a list of positioned
 *      drawing operations;
 *   2. hp_document_render_page() draws one page onto any cairo_t.
 *
 * The PDF writer (hp-export.h) and the printer (a GtkPrintOperation whose
 * draw-page handler calls hp_document_render_page() with the print
 * context's cairo_t) draw the very same pages.
 *
 * For printing: set the operation's unit to GTK_UNIT_POINTS and
 * use-full-page to TRUE; in begin-print call
 *
 *   hp_document_paginate (doc, gtk_print_context_create_pango_context (ctx),
 *                         gtk_print_context_get_width (ctx),
 *                         gtk_print_context_get_height (ctx));
 *   gtk_print_operation_set_n_pages (op, hp_document_get_n_pages (doc));
 *
 * and in draw-page hp_document_render_page (doc, gtk_print_context_get_cairo_context (ctx), n).
 * The laid-out pages keep their own reference to the Pango context; the
 * caller may drop its own after paginating.
 *
 * Rules the layout keeps: nothing is drawn outside the page (long text
 * wraps, words longer than a line break between characters, one-line texts
 * such as the page header are ellipsized); a table's header row is repeated
 * on every page the table reaches; a table row is never split across pages
 * unless it is taller than a whole page, in which case it is continued on
 * the next page at a line boundary, with the header row again; a heading
 * is never the last thing on a page.
 *
 * All text is plain text (never Pango markup), checked to be UTF-8 and put
 * in NFC; control characters other than newline and tab are dropped, and
 * so are explicit bidi embeddings, overrides and isolates.
 *
 * Every paragraph runs left to right, whatever its first letter (so a table
 * cell starting with an Arabic name stays left-aligned), and each run of
 * right-to-left text in it reads right to left on its own, so that the
 * digits and brackets after it keep their Swedish order: "Barn: رنا (1–4)"
 * prints as typed.  Callers put user text into their sentences as it is.
 * hp_document_paginate() sets the base direction of the Pango context it is
 * given to left to right.
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>
#include <pango/pango.h>

#include "hp-document.h"

G_BEGIN_DECLS

/* ISO A4 portrait in PostScript points (1/72 inch). */
#define HP_PAGE_A4_WIDTH  595.276
#define HP_PAGE_A4_HEIGHT 841.890

/* Page margins in points: the header and the footer sit inside the top and
 * bottom margins, the body between them. */
#define HP_PAGE_MARGIN_SIDE    56.0
#define HP_PAGE_MARGIN_TOP     70.0
#define HP_PAGE_MARGIN_BOTTOM  64.0

/* Laying out and drawing. */
PangoContext *hp_document_create_pango_context (void);
void          hp_document_paginate            (HpDocument     *self,
                                               PangoContext   *context,
                                               double          page_width,
                                               double          page_height);
guint         hp_document_get_n_pages         (HpDocument     *self);
void          hp_document_get_page_size       (HpDocument     *self,
                                               double         *width,
                                               double         *height);
void          hp_document_render_page         (HpDocument     *self,
                                               cairo_t        *cr,
                                               guint           page);

G_END_DECLS
