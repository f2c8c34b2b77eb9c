/* hp-record-dialog.h: a modal window that edits one entry of a list
 *
 * The dialog edits the record it is given (a list editor hands it a copy)
 * and emits "response" with TRUE when the user accepts, FALSE when they
 * cancel or close it; then it destroys itself.  Accepting is refused while
 * an input holds text that cannot be stored (hp-record-form.h), so typed
 * work is never dropped without the user's say.
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-model.h"
#include "hp-record-form.h"

G_BEGIN_DECLS

#define HP_TYPE_RECORD_DIALOG (hp_record_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HpRecordDialog, hp_record_dialog, HP, RECORD_DIALOG, GtkWindow)

HpRecordDialog *hp_record_dialog_new        (GtkWindow          *parent,
                                             const char         *title,
                                             const char         *accept_label,
                                             HpRecord           *record,
                                             HpPlan             *plan,
                                             const char * const *fields);
/* The list the owner of a dialog shows now, or %NULL: the plan may have
 * been replaced while the dialog was open. */
typedef GListStore *(*HpRecordDialogListFunc)    (GtkWidget *owner);
/* After the dialog's entry was written into the list: @entry is the entry
 * as it stands in the list, @added whether it was new. */
typedef void        (*HpRecordDialogAppliedFunc) (GtkWidget *owner,
                                                  HpRecord  *entry,
                                                  gboolean   added);

void            hp_record_dialog_apply_to_list (HpRecordDialog            *self,
                                                GtkWidget                 *owner,
                                                GListStore                *list,
                                                HpRecord                  *original,
                                                HpRecordDialogListFunc     current_list,
                                                HpRecordDialogAppliedFunc  applied);
HpRecordForm   *hp_record_dialog_get_form   (HpRecordDialog     *self);
HpRecord       *hp_record_dialog_get_record (HpRecordDialog     *self);
gboolean        hp_record_dialog_accept     (HpRecordDialog     *self);

G_END_DECLS
