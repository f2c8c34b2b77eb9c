/* hp-message-dialog.c: the modal questions and messages of the window
 *
 * GtkMessageDialog (GTK 4.8; GtkAlertDialog is 4.10) with the primary text
 * as the dialog's accessible name: a message dialog has no title, and a
 * screen reader would otherwise announce a nameless dialog.
 */

#define G_LOG_DOMAIN "hp-message-dialog"

#include "config.h"

#include "hp-message-dialog.h"

/**
 * hp_message_dialog_new:
 * @secondary: (nullable): the explanation under @primary
 *
 * Returns: (transfer none): a modal message dialog over @parent, without
 * buttons (add them with gtk_dialog_add_button()), not shown yet
 */
GtkWidget *
hp_message_dialog_new (GtkWindow      *parent,
                       GtkMessageType  type,
                       const char     *primary,
                       const char     *secondary)
{
  GtkWidget *dialog;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (primary != NULL, NULL);

  dialog = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   type, GTK_BUTTONS_NONE, "%s", primary);
  if (secondary != NULL)
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", secondary);

  gtk_accessible_update_property (GTK_ACCESSIBLE (dialog),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, primary,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  secondary != NULL ? secondary : "",
                                  -1);
  return dialog;
}

/**
 * hp_message_dialog_dismiss:
 *
 * Takes a dialog down before its answer is acted on.  The answer may
 * destroy the parent; the dialog, still referenced while its "response" is
 * emitted, must not point at it any more by then.
 */
void
hp_message_dialog_dismiss (GtkDialog *dialog)
{
  g_return_if_fail (GTK_IS_DIALOG (dialog));

  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));
}
