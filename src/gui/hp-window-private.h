/* hp-window-private.h: parts of the window that the widget tests look at */
#pragma once

#include "hp-window.h"

G_BEGIN_DECLS

GtkListBox *hp_window_get_findings_list  (HpWindow *self);
GtkLabel   *hp_window_get_summary_label  (HpWindow *self);
GtkWidget  *hp_window_get_page           (HpWindow *self,
                                          HpSection section);
const char *hp_window_get_draft_path     (HpWindow *self);
GtkWidget  *hp_window_get_disclosures_view (HpWindow *self);
void        hp_window_flush_timeouts     (HpWindow *self);

G_END_DECLS
