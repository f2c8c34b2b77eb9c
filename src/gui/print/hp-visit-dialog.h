/* hp-visit-dialog.h: which visit a visit card is for */
#pragma once

#include <gtk/gtk.h>

#include "hp-model.h"

G_BEGIN_DECLS

GtkWidget  *hp_visit_dialog_new        (GtkWindow    *parent,
                                        HpPlan       *plan);
HpVisit    *hp_visit_dialog_get_visit  (GtkDialog    *dialog);

G_END_DECLS
