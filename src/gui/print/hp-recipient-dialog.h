/* hp-recipient-dialog.h: whom a handover sheet is for */
#pragma once

#include <gtk/gtk.h>

#include "hp-model.h"

G_BEGIN_DECLS

GtkWidget  *hp_recipient_dialog_new            (GtkWindow    *parent,
                                                HpPlan       *plan);
HpContact  *hp_recipient_dialog_get_recipient  (GtkDialog    *dialog);

G_END_DECLS
