/* hp-export-actions.h: Print and Export in the main window
 *
 * hp_export_actions_install() adds to the window:
 *   win.print               the full plan through the print dialog (Ctrl+P)
 *   win.export-plan-pdf     the full plan as PDF
 *   win.export-handover     a handover sheet: choose the recipient, then the file
 *   win.export-consent-pdf  the consent record as PDF
 *   win.export-consent-xml  the consent record as XML
 *   win.copy-journal        the journal text to the clipboard
 *   win.preview-plan        the full plan's pages in a preview (hp-preview-window.h)
 *   win.preview-handover    a handover sheet's: choose the recipient, then the preview
 *   win.preview-consent     the consent record's
 *   win.print-handover      a handover sheet through the print dialog
 *   win.print-consent       the consent record through the print dialog
 * A handover sheet or the consent record, printed or exported, is noted
 * in the plan file's disclosure log (hp_window_record_disclosure()); a
 * plan never saved is saved first.
 * Each export asks for a file (GtkFileChooserNative) and confirms what it
 * wrote, or says what went wrong.  The print dialog's Preview button shows
 * the same preview in the window, never GTK's own (hp-print.c).
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-export-kind.h"
#include "hp-layout.h"
#include "hp-model.h"
#include "hp-window.h"

G_BEGIN_DECLS

void        hp_export_actions_install          (HpWindow     *window);

gboolean    hp_export_actions_write            (HpWindow     *window,
                                                HpExportKind  kind,
                                                HpContact    *recipient,
                                                GFile        *file);
void        hp_export_actions_choose_file      (HpWindow     *window,
                                                HpExportKind  kind,
                                                HpContact    *recipient);
void        hp_export_actions_print            (HpWindow     *window,
                                                HpExportKind  kind,
                                                HpContact    *recipient);
void        hp_export_actions_preview          (HpWindow     *window,
                                                HpExportKind  kind,
                                                HpContact    *recipient);
char       *hp_export_actions_suggest_name     (HpPlan       *plan,
                                                HpExportKind  kind,
                                                HpContact    *recipient);

GtkWidget  *hp_recipient_dialog_new            (GtkWindow    *parent,
                                                HpPlan       *plan);
HpContact  *hp_recipient_dialog_get_recipient  (GtkDialog    *dialog);

G_END_DECLS
