/* hp-list-editor.h: add, edit and remove the entries of one list of a plan
 *
 * Shows a short list (children, assessments, contacts, measures, visits,
 * consents) with a line or two for each entry, and buttons to add, edit
 * and remove.  Add and Edit open an HpRecordDialog on a copy: OK applies
 * it, Cancel leaves the plan as it was.  Remove can be undone, and is
 * refused with the reason when other entries refer to the one removed
 * (a child who owns items, a contact who receives a consent).
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-model.h"
#include "hp-record-dialog.h"

G_BEGIN_DECLS

#define HP_TYPE_LIST_EDITOR (hp_list_editor_get_type ())
G_DECLARE_FINAL_TYPE (HpListEditor, hp_list_editor, HP, LIST_EDITOR, GtkWidget)

/* Builds the row for @record; the editor wraps it in a GtkListBoxRow. */
typedef GtkWidget *(*HpListEditorRowFunc) (HpListEditor *editor,
                                           HpRecord     *record,
                                           gpointer      user_data);

const char     *hp_list_editor_get_path        (HpListEditor        *self);
GType           hp_list_editor_get_record_type (HpListEditor        *self);
void            hp_list_editor_set_list        (HpListEditor        *self,
                                                GListStore          *list,
                                                HpPlan              *plan);
HpPlan         *hp_list_editor_get_plan        (HpListEditor        *self);
void            hp_list_editor_set_row_func    (HpListEditor        *self,
                                                HpListEditorRowFunc  func,
                                                gpointer             user_data);
void            hp_list_editor_add_extra       (HpListEditor        *self,
                                                GtkWidget           *widget);
void            hp_list_editor_refresh         (HpListEditor        *self);
GtkListBox     *hp_list_editor_get_list_box    (HpListEditor        *self);

gboolean        hp_list_editor_select          (HpListEditor        *self,
                                                guint                index);
gboolean        hp_list_editor_focus           (HpListEditor        *self);
int             hp_list_editor_get_selected    (HpListEditor        *self);
HpRecordDialog *hp_list_editor_add             (HpListEditor        *self);
HpRecordDialog *hp_list_editor_edit            (HpListEditor        *self,
                                                guint                index);
gboolean        hp_list_editor_remove          (HpListEditor        *self,
                                                guint                index);
gboolean        hp_list_editor_undo            (HpListEditor        *self);
HpRecordDialog *hp_list_editor_get_dialog      (HpListEditor        *self);
const char     *hp_list_editor_get_message     (HpListEditor        *self);
void            hp_list_editor_show_message    (HpListEditor        *self,
                                                const char          *text,
                                                gboolean             warning);

G_END_DECLS
