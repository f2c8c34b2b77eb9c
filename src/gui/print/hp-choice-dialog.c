/* hp-choice-dialog.c: the frame of a dialog that asks which one a document
 * is for
 *
 * Modal over @parent, Cancel and "Choose File…" (the default), and the
 * question as the heading of the content area; the caller adds the
 * choices below it and labels them by the heading.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "hp-choice-dialog.h"

/* Returns: (transfer none): the dialog; @heading: the question's label */
GtkWidget *
hp_choice_dialog_new (GtkWindow   *parent,
                      const char  *title,
                      const char  *question,
                      GtkWidget  **heading)
{
  GtkWidget *dialog;
  GtkWidget *content;

  dialog = gtk_dialog_new_with_buttons (title, parent,
                                        GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                        _("_Cancel"), GTK_RESPONSE_CANCEL,
                                        _("_Choose File…"), GTK_RESPONSE_ACCEPT,
                                        NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);

  content = gtk_dialog_get_content_area (GTK_DIALOG (dialog));
  gtk_box_set_spacing (GTK_BOX (content), 6);
  gtk_widget_set_margin_start (content, 18);
  gtk_widget_set_margin_end (content, 18);
  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 12);

  *heading = gtk_label_new (question);
  gtk_label_set_xalign (GTK_LABEL (*heading), 0);
  gtk_widget_add_css_class (*heading, "heading");
  gtk_box_append (GTK_BOX (content), *heading);

  return dialog;
}
