/* hp-message-dialog.h: the modal questions and messages of the window */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *hp_message_dialog_new      (GtkWindow      *parent,
                                       GtkMessageType  type,
                                       const char     *primary,
                                       const char     *secondary);
void       hp_message_dialog_dismiss  (GtkDialog      *dialog);

G_END_DECLS
