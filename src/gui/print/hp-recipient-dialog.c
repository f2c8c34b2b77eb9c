/* hp-recipient-dialog.c: whom a handover sheet is for
 *
 * The dialog lists the plan's contacts, each with whether the client has
 * consented to information going to it; only a contact with that consent
 * can be chosen.  What is then done with the sheet is the export actions'
 * (hp_export_actions_hand_over()).
 */

#define G_LOG_DOMAIN "hp-export-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-choice-dialog.h"
#include "hp-documents.h"
#include "hp-recipient-dialog.h"

typedef struct
{
  HpPlan    *plan;
  GPtrArray *contacts;   /* HpContact, in list order */
  GPtrArray *buttons;    /* GtkCheckButton, one a contact */
  GArray    *allowed;    /* gboolean: consent recorded, given and in force */
} RecipientData;

static void
recipient_data_free (RecipientData *data)
{
  g_clear_object (&data->plan);
  g_ptr_array_unref (data->contacts);
  g_ptr_array_unref (data->buttons);
  g_array_unref (data->allowed);
  g_free (data);
}

static RecipientData *
recipient_data (GtkDialog *dialog)
{
  return g_object_get_data (G_OBJECT (dialog), "hp-recipient-data");
}

static int
selected_index (RecipientData *data)
{
  for (guint i = 0; i < data->buttons->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (data->buttons, i)))
      return (int) i;
  return -1;
}

static void
on_recipient_toggled (GtkDialog *dialog)
{
  RecipientData *data = recipient_data (dialog);
  int index = selected_index (data);

  gtk_dialog_set_response_sensitive (dialog, GTK_RESPONSE_ACCEPT,
                                     index >= 0 && g_array_index (data->allowed, gboolean, index));
}

static char *
describe_contact (HpContact *contact)
{
  return hp_contact_dup_display_name (contact, HP_CONTACT_NAME_KIND_FIRST);
}

/**
 * hp_recipient_dialog_new:
 * @parent: the window
 * @plan: the plan whose contacts to offer
 *
 * A dialog that asks whom the handover sheet is for.  Every contact is
 * listed with whether the client has consented to information going to it;
 * Choose File is open only for a contact with that consent.
 *
 * Returns: (transfer floating): the dialog; GTK_RESPONSE_ACCEPT means a
 * recipient was chosen (hp_recipient_dialog_get_recipient())
 */
GtkWidget *
hp_recipient_dialog_new (GtkWindow *parent,
                         HpPlan    *plan)
{
  GtkWidget *dialog;
  GtkWidget *content;
  GtkWidget *heading;
  GtkWidget *list;
  RecipientData *data;
  GListModel *contacts = G_LIST_MODEL (plan->contacts);
  guint n = g_list_model_get_n_items (contacts);
  GtkCheckButton *group = NULL;
  int first_allowed = -1;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);

  dialog = hp_choice_dialog_new (parent, _("Handover Sheet"), _("Who is the handover sheet for?"),
                                 &heading);

  data = g_new0 (RecipientData, 1);
  data->plan = g_object_ref (plan);
  data->contacts = g_ptr_array_new_with_free_func (g_object_unref);
  data->buttons = g_ptr_array_new ();
  data->allowed = g_array_new (FALSE, TRUE, sizeof (gboolean));
  g_object_set_data_full (G_OBJECT (dialog), "hp-recipient-data", data,
                          (GDestroyNotify) recipient_data_free);

  content = gtk_dialog_get_content_area (GTK_DIALOG (dialog));

  {
    GtkWidget *note = gtk_label_new (_("The sheet shows only what the recipient needs: the time "
                                       "and place, the belongings and your phone number. It "
                                       "needs the client's consent to share information with "
                                       "that recipient."));

    gtk_label_set_wrap (GTK_LABEL (note), TRUE);
    gtk_label_set_max_width_chars (GTK_LABEL (note), 60);
    gtk_label_set_xalign (GTK_LABEL (note), 0);
    gtk_box_append (GTK_BOX (content), note);
  }

  list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_top (list, 6);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, heading, NULL, -1);
  gtk_box_append (GTK_BOX (content), list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpContact) contact = g_list_model_get_item (contacts, i);
      g_autoptr(GError) error = NULL;
      g_autofree char *label = describe_contact (contact);
      gboolean allowed = hp_plan_check_sharing_consent (plan, contact, NULL, &error);
      GtkWidget *button = gtk_check_button_new_with_label (label);
      GtkWidget *state;

      state = gtk_label_new (allowed ? _("The client has consented to sharing information "
                                         "with this recipient.")
                                     : error->message);
      gtk_label_set_wrap (GTK_LABEL (state), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (state), 60);
      gtk_label_set_xalign (GTK_LABEL (state), 0);
      gtk_widget_set_margin_start (state, 28);
      gtk_widget_add_css_class (state, allowed ? "dim-label" : "error");
      gtk_accessible_update_relation (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, state, NULL, -1);

      if (group != NULL)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (button), group);
      else
        group = GTK_CHECK_BUTTON (button);

      gtk_box_append (GTK_BOX (list), button);
      gtk_box_append (GTK_BOX (list), state);

      g_ptr_array_add (data->contacts, g_object_ref (contact));
      g_ptr_array_add (data->buttons, button);
      g_array_append_val (data->allowed, allowed);
      if (allowed && first_allowed < 0)
        first_allowed = (int) i;

      g_signal_connect_object (button, "toggled", G_CALLBACK (on_recipient_toggled), dialog,
                               G_CONNECT_SWAPPED);
    }

  if (n > 0)
    gtk_check_button_set_active (g_ptr_array_index (data->buttons, MAX (first_allowed, 0)), TRUE);
  on_recipient_toggled (GTK_DIALOG (dialog));

  return dialog;
}

/**
 * hp_recipient_dialog_get_recipient:
 *
 * Returns: (transfer none) (nullable): the chosen contact, when the client
 * has consented to sharing information with it
 */
HpContact *
hp_recipient_dialog_get_recipient (GtkDialog *dialog)
{
  RecipientData *data;
  int index;

  g_return_val_if_fail (GTK_IS_DIALOG (dialog), NULL);

  data = recipient_data (dialog);
  g_return_val_if_fail (data != NULL, NULL);

  index = selected_index (data);
  if (index < 0 || !g_array_index (data->allowed, gboolean, index))
    return NULL;
  return g_ptr_array_index (data->contacts, index);
}
