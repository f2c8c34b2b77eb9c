/* hp-tab-stop.h: makes a list one stop on the Tab key */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HP_TYPE_TAB_STOP (hp_tab_stop_get_type ())
G_DECLARE_FINAL_TYPE (HpTabStop, hp_tab_stop, HP, TAB_STOP, GtkWidget)

GtkWidget  *hp_tab_stop_new           (void);
void        hp_tab_stop_set_list_box  (HpTabStop  *self,
                                       GtkListBox *list_box);

G_END_DECLS
