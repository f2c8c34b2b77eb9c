/* hp-preview-page.h: one page of a document, drawn in the window
 *
 * The page is drawn by hp_document_render_page(), the very code that draws
 * the printed and the exported pages, scaled to the widget's width (the
 * height follows the paper's proportions).  The document must be
 * paginated.
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-layout.h"

G_BEGIN_DECLS

#define HP_TYPE_PREVIEW_PAGE (hp_preview_page_get_type ())
G_DECLARE_FINAL_TYPE (HpPreviewPage, hp_preview_page, HP, PREVIEW_PAGE, GtkWidget)

GtkWidget  *hp_preview_page_new        (HpDocument    *document,
                                        guint          page);
guint       hp_preview_page_get_page   (HpPreviewPage *self);

G_END_DECLS
