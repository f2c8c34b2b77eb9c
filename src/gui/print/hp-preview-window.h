/* hp-preview-window.h: a document's pages in a window of their own, before
 * it is printed or exported
 *
 * The pages are laid out on A4 by the layout engine of print and PDF
 * (hp_document_paginate() with hp_document_create_pango_context()) and
 * drawn by hp_document_render_page(), scaled to the width of the view.
 * Beside a handover sheet, a list says what the recipient does not get and
 * why (hp_document_get_withheld()).  Print… and Export PDF… emit
 * ::hand-over and close the preview; whoever opened it does what the
 * window's own actions do (hp_export_actions_preview() connects it to
 * hp_export_actions_print() and hp_export_actions_choose_file()).
 *
 * Keys: Page Down and Page Up go to the next and the previous page,
 * Ctrl+Home and Ctrl+End to the first and the last, Tab from page to page,
 * Ctrl+P prints, Escape closes.
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-export-kind.h"
#include "hp-layout.h"
#include "hp-window.h"

G_BEGIN_DECLS

#define HP_TYPE_PREVIEW_WINDOW (hp_preview_window_get_type ())
G_DECLARE_FINAL_TYPE (HpPreviewWindow, hp_preview_window, HP, PREVIEW_WINDOW, GtkWindow)

HpPreviewWindow *hp_preview_window_new_for_document  (HpWindow         *window,
                                                      HpExportKind      kind,
                                                      gpointer          subject,
                                                      HpDocument       *document);
HpDocument      *hp_preview_window_get_document      (HpPreviewWindow  *self);
HpExportKind     hp_preview_window_get_kind          (HpPreviewWindow  *self);
gpointer         hp_preview_window_get_subject       (HpPreviewWindow  *self);
guint            hp_preview_window_get_n_pages       (HpPreviewWindow  *self);
guint            hp_preview_window_get_current_page  (HpPreviewWindow  *self);
void             hp_preview_window_show_page         (HpPreviewWindow  *self,
                                                      guint             page);
GStrv            hp_preview_window_dup_withheld_lines (HpPreviewWindow *self);

G_END_DECLS
