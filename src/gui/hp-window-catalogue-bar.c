/* hp-window-catalogue-bar.c: the bar over the main window's page that
 * says a local catalogue file could not be used
 *
 * Said once, in the first window, with the file and what is wrong with it
 * (hp_context_take_catalogue_warning()); closed with its own button.
 */

#define G_LOG_DOMAIN "hp-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-window-private.h"

static void
on_catalogue_bar_response (GtkInfoBar *bar,
                           int         response,
                           gpointer    user_data)
{
  gtk_info_bar_set_revealed (bar, FALSE);
}

void
hp_window_catalogue_bar_init (HpWindow *self)
{
  GtkWidget *close;

  /* Not the info bar's own close button: that one has no accessible name. */
  close = gtk_button_new_from_icon_name ("window-close-symbolic");
  gtk_widget_add_css_class (close, "flat");
  gtk_widget_set_valign (close, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (close, _("Close the message"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (close),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Close the message"),
                                  -1);
  gtk_info_bar_add_action_widget (self->catalogue_bar, close, GTK_RESPONSE_CLOSE);
  g_signal_connect (self->catalogue_bar, "response", G_CALLBACK (on_catalogue_bar_response), NULL);
}

void
hp_window_catalogue_bar_show (HpWindow   *self,
                              const char *warning)
{
  gtk_label_set_text (self->catalogue_label, warning);
  gtk_info_bar_set_revealed (self->catalogue_bar, TRUE);
}
