/* hp-page-util.h: small helpers shared by the section pages
 *
 * Labels bound to their inputs for screen readers, mnemonics that do not
 * collide on a page, the one-line descriptions of records that lists show,
 * and field paths as the checks write them ("items[3].priority").
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-model.h"

G_BEGIN_DECLS

void        hp_widget_set_label_for        (GtkWidget   *label,
                                            GtkWidget   *widget);
void        hp_widget_set_accessible_label (GtkWidget   *widget,
                                            const char  *text);
void        hp_widget_mark_mnemonic        (GtkWidget   *widget,
                                            const char  *text);
gboolean    hp_widget_focus_input          (GtkWidget        *widget);
gboolean    hp_widget_focus_single_child   (GtkWidget        *widget,
                                            GtkDirectionType  direction);
void        hp_assign_mnemonics            (GtkWidget   *root);
GtkWidget  *hp_icon_text_button_new        (const char  *icon_name,
                                            const char  *text);
void        hp_icon_text_button_set_text   (GtkWidget   *button,
                                            const char  *text);

char       *hp_owner_label                 (HpPlan      *plan,
                                            const char  *owner_id);
char       *hp_contact_label               (HpContact   *contact);
void        hp_record_describe             (HpRecord    *record,
                                            HpPlan      *plan,
                                            char       **title,
                                            char       **subtitle);

const HpField *hp_plan_path_find_field     (const char  *path);
gpointer    hp_plan_path_resolve           (HpPlan      *plan,
                                            const char  *path);

gboolean    hp_field_path_split            (const char  *path,
                                            char       **list_path,
                                            guint       *index,
                                            char       **rest);

G_END_DECLS
