/* hp-visit-dialog.c: which visit a visit card is for
 *
 * The plan's visits, one radio button each, described as the Visits page
 * lists them (hp_record_describe()); the first visit still planned is
 * chosen to begin with.  What is then done with the card is the export
 * actions' (hp_export_actions_visit_card()).
 */

#define G_LOG_DOMAIN "hp-export-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-choice-dialog.h"
#include "hp-page-util.h"
#include "hp-visit-dialog.h"

typedef struct
{
  GPtrArray *visits;    /* HpVisit, in list order */
  GPtrArray *buttons;   /* GtkCheckButton, one a visit */
} VisitData;

static void
visit_data_free (VisitData *data)
{
  g_ptr_array_unref (data->visits);
  g_ptr_array_unref (data->buttons);
  g_free (data);
}

/**
 * hp_visit_dialog_new:
 * @parent: the window
 * @plan: the plan whose visits to offer; it has at least one
 *
 * A dialog that asks which visit the visit card is for.
 *
 * Returns: (transfer floating): the dialog; GTK_RESPONSE_ACCEPT means a
 * visit was chosen (hp_visit_dialog_get_visit())
 */
GtkWidget *
hp_visit_dialog_new (GtkWindow *parent,
                     HpPlan    *plan)
{
  GListModel *visits;
  GtkWidget *dialog;
  GtkWidget *content;
  GtkWidget *heading;
  GtkWidget *list;
  GtkCheckButton *group = NULL;
  VisitData *data;
  int chosen = -1;
  guint n;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);

  visits = G_LIST_MODEL (plan->visits);
  n = g_list_model_get_n_items (visits);

  dialog = hp_choice_dialog_new (parent, _("Visit Card"), _("Which visit is the card for?"),
                                 &heading);

  data = g_new0 (VisitData, 1);
  data->visits = g_ptr_array_new_with_free_func (g_object_unref);
  data->buttons = g_ptr_array_new ();
  g_object_set_data_full (G_OBJECT (dialog), "hp-visit-data", data,
                          (GDestroyNotify) visit_data_free);

  content = gtk_dialog_get_content_area (GTK_DIALOG (dialog));

  list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_top (list, 6);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, heading, NULL, -1);
  gtk_box_append (GTK_BOX (content), list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpVisit) visit = g_list_model_get_item (visits, i);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *label = NULL;
      GtkWidget *button;

      hp_record_describe (HP_RECORD (visit), plan, &title, &subtitle);
      /* Translators: a visit in the choice of the visit card's visit: its
       * number, its day and time, then its place and status */
      label = subtitle[0] != '\0'
              ? g_strdup_printf (_("Visit %u: %s (%s)"), i + 1, title, subtitle)
              : g_strdup_printf (_("Visit %u: %s"), i + 1, title);
      button = gtk_check_button_new_with_label (label);
      if (group != NULL)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (button), group);
      else
        group = GTK_CHECK_BUTTON (button);
      gtk_box_append (GTK_BOX (list), button);

      g_ptr_array_add (data->visits, g_object_ref (visit));
      g_ptr_array_add (data->buttons, button);
      if (chosen < 0 && visit->status == HP_VISIT_STATUS_PLANNED)
        chosen = (int) i;
    }

  if (n > 0)
    gtk_check_button_set_active (g_ptr_array_index (data->buttons, MAX (chosen, 0)), TRUE);
  gtk_dialog_set_response_sensitive (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT, n > 0);
  return dialog;
}

/**
 * hp_visit_dialog_get_visit:
 *
 * Returns: (transfer none) (nullable): the chosen visit
 */
HpVisit *
hp_visit_dialog_get_visit (GtkDialog *dialog)
{
  VisitData *data;

  g_return_val_if_fail (GTK_IS_DIALOG (dialog), NULL);

  data = g_object_get_data (G_OBJECT (dialog), "hp-visit-data");
  g_return_val_if_fail (data != NULL, NULL);

  for (guint i = 0; i < data->buttons->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (data->buttons, i)))
      return g_ptr_array_index (data->visits, i);
  return NULL;
}
