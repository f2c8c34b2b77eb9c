/* hp-export-actions.h: Print and Export in the main window
 *
 * What the window's actions do (hp-window-actions.c): print, preview and
 * export the full plan, a handover sheet (choose the recipient first), the
 * consent record and a visit card (choose the visit first when there are
 * several); copy the journal text.
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
#include "hp-recipient-dialog.h"
#include "hp-visit-dialog.h"
#include "hp-window.h"

G_BEGIN_DECLS

/* What a handover sheet's recipient or a visit card's visit is chosen for */
typedef enum
{
  HP_EXPORT_PURPOSE_EXPORT,
  HP_EXPORT_PURPOSE_PREVIEW,
  HP_EXPORT_PURPOSE_PRINT,
} HpExportPurpose;

void        hp_export_actions_hand_over        (HpWindow        *window,
                                                HpExportPurpose  purpose);
void        hp_export_actions_copy_journal     (HpWindow     *window);

void        hp_export_actions_visit_card       (HpWindow        *window,
                                                HpExportPurpose  purpose);

/* @subject: the handover sheet's recipient (an HpContact), the visit
 * card's visit (an HpVisit), else NULL */
gboolean    hp_export_actions_write            (HpWindow     *window,
                                                HpExportKind  kind,
                                                gpointer      subject,
                                                GFile        *file);
void        hp_export_actions_choose_file      (HpWindow     *window,
                                                HpExportKind  kind,
                                                gpointer      subject);
void        hp_export_actions_print            (HpWindow     *window,
                                                HpExportKind  kind,
                                                gpointer      subject);
void        hp_export_actions_preview          (HpWindow     *window,
                                                HpExportKind  kind,
                                                gpointer      subject);
char       *hp_export_actions_suggest_name     (HpPlan       *plan,
                                                HpExportKind  kind,
                                                gpointer      subject);


G_END_DECLS
