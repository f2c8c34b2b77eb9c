/* hp-choice-dialog.h: the frame of a dialog that asks which one a document
 * is for (hp-recipient-dialog.c, hp-visit-dialog.c) */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget  *hp_choice_dialog_new  (GtkWindow   *parent,
                                   const char  *title,
                                   const char  *question,
                                   GtkWidget  **heading);

G_END_DECLS
