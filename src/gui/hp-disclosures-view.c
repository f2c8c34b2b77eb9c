/* hp-disclosures-view.c: the window's page of the disclosure log */

#define G_LOG_DOMAIN "hp-disclosures-view"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-disclosures.h"
#include "hp-disclosures-view.h"

typedef enum
{
  COLUMN_WHEN,
  COLUMN_RECIPIENT,
  COLUMN_DOCUMENT,
  COLUMN_THEN,
  COLUMN_NOW,
  N_COLUMNS
} Column;

struct _HpDisclosuresView
{
  GtkWidget      parent_instance;

  GtkWidget     *box;
  GtkLabel      *heading;
  GtkLabel      *intro;
  GtkLabel      *notice;
  GtkLabel      *empty;
  GtkWidget     *scrolled;
  GtkColumnView *list;

  HpPlan        *plan;
  char          *today;
};

G_DEFINE_FINAL_TYPE (HpDisclosuresView, hp_disclosures_view, GTK_TYPE_WIDGET)

static char *
cell_text (HpDisclosuresView *self,
           HpDisclosure      *entry,
           Column             column)
{
  switch (column)
    {
    case COLUMN_WHEN:
      return hp_disclosure_describe_when (entry);
    case COLUMN_RECIPIENT:
      return hp_disclosure_describe_recipient (entry);
    case COLUMN_DOCUMENT:
      return hp_disclosure_describe_document (entry);
    case COLUMN_THEN:
      return hp_disclosure_describe_then (entry);
    case COLUMN_NOW:
    case N_COLUMNS:
    default:
      return g_strdup (hp_disclosure_describe_now (hp_disclosure_consent_now (self->plan, entry,
                                                                              self->today)));
    }
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 34);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           HpDisclosuresView        *self)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "hp-column"));
  HpDisclosure *entry = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *text = NULL;

  if (self->plan == NULL || !HP_IS_DISCLOSURE (entry))
    return;

  text = cell_text (self, entry, column);
  gtk_label_set_text (GTK_LABEL (label), text);
  if (column == COLUMN_NOW
      && hp_disclosure_consent_now_warns (hp_disclosure_consent_now (self->plan, entry,
                                                                     self->today)))
    gtk_widget_add_css_class (label, "error");
  else
    gtk_widget_remove_css_class (label, "error");
}

static void
add_column (HpDisclosuresView *self,
            Column             column,
            const char        *title)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;

  g_object_set_data (G_OBJECT (factory), "hp-column", GINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), self);
  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (view_column, column == COLUMN_NOW || column == COLUMN_RECIPIENT);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (self->list, view_column);
  g_object_unref (view_column);
}

/* Counts the entries whose consent no longer holds, for the notice above
 * the list; the list's rows are bound again so "now" is today's. */
static void
refresh (HpDisclosuresView *self)
{
  GListModel *entries;
  guint n, warned = 0;
  g_autoptr(GtkNoSelection) selection = NULL;

  g_clear_pointer (&self->today, g_free);
  self->today = hp_date_today ();

  if (self->plan == NULL)
    {
      gtk_column_view_set_model (self->list, NULL);
      return;
    }

  entries = G_LIST_MODEL (self->plan->disclosures);
  n = g_list_model_get_n_items (entries);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpDisclosure) entry = g_list_model_get_item (entries, i);

      if (hp_disclosure_consent_now_warns (hp_disclosure_consent_now (self->plan, entry,
                                                                      self->today)))
        warned++;
    }

  /* A new model binds every row again: the state "now" follows an edit
   * of the consents. */
  selection = gtk_no_selection_new (g_object_ref (entries));
  gtk_column_view_set_model (self->list, GTK_SELECTION_MODEL (selection));

  gtk_widget_set_visible (GTK_WIDGET (self->empty), n == 0);
  gtk_widget_set_visible (self->scrolled, n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->notice), warned > 0);
  if (warned > 0)
    {
      g_autofree char *text =
        /* Translators: above the disclosure log */
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%u document went out on a consent that no longer "
                                      "holds. Tell the recipient that the information may no "
                                      "longer be used.",
                                      "%u documents went out on consents that no longer hold. "
                                      "Tell the recipients that the information may no longer "
                                      "be used.", warned), warned);

      gtk_label_set_text (self->notice, text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
    }
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->list),
                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
on_plan_changed (HpDisclosuresView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
}

static void
on_entries_changed (HpDisclosuresView *self)
{
  refresh (self);
}

/**
 * hp_disclosures_view_set_plan:
 *
 * Shows the disclosure log of @plan, and follows its changes.
 */
void
hp_disclosures_view_set_plan (HpDisclosuresView *self,
                              HpPlan            *plan)
{
  g_return_if_fail (HP_IS_DISCLOSURES_VIEW (self));
  g_return_if_fail (plan == NULL || HP_IS_PLAN (plan));

  if (self->plan != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->plan, self);
      g_signal_handlers_disconnect_by_data (self->plan->disclosures, self);
    }
  g_set_object (&self->plan, plan);
  if (plan != NULL)
    {
      g_signal_connect_object (plan, "changed", G_CALLBACK (on_plan_changed), self,
                               G_CONNECT_SWAPPED);
      /* An entry added without "changed" (the window adds one without
       * marking the plan unsaved) still shows at once. */
      g_signal_connect_object (plan->disclosures, "items-changed",
                               G_CALLBACK (on_entries_changed), self, G_CONNECT_SWAPPED);
    }
  refresh (self);
}

static void
hp_disclosures_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (hp_disclosures_view_parent_class)->map (widget);
  refresh (HP_DISCLOSURES_VIEW (widget));
}

static void
hp_disclosures_view_dispose (GObject *object)
{
  HpDisclosuresView *self = HP_DISCLOSURES_VIEW (object);

  if (self->plan != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->plan, self);
      g_signal_handlers_disconnect_by_data (self->plan->disclosures, self);
    }
  g_clear_object (&self->plan);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (hp_disclosures_view_parent_class)->dispose (object);
}

static void
hp_disclosures_view_finalize (GObject *object)
{
  HpDisclosuresView *self = HP_DISCLOSURES_VIEW (object);

  g_free (self->today);

  G_OBJECT_CLASS (hp_disclosures_view_parent_class)->finalize (object);
}

static void
hp_disclosures_view_class_init (HpDisclosuresViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hp_disclosures_view_dispose;
  object_class->finalize = hp_disclosures_view_finalize;
  widget_class->map = hp_disclosures_view_map;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static GtkLabel *
new_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 90);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return GTK_LABEL (label);
}

static void
hp_disclosures_view_init (HpDisclosuresView *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_start (self->box, 24);
  gtk_widget_set_margin_end (self->box, 24);
  gtk_widget_set_margin_top (self->box, 18);
  gtk_widget_set_margin_bottom (self->box, 18);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  /* Translators: the heading of the window's page of the disclosure log */
  self->heading = new_label (_("Disclosures"), "title-2");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->heading),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->heading));

  self->intro = new_label (_("Every handover sheet and consent record that has been printed or "
                             "exported, with the consent it went out on. Hämtplan notes them "
                             "in the plan file at once; they cannot be edited."),
                           "dim-label");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->intro));

  self->notice = new_label (NULL, "error");
  gtk_widget_set_visible (GTK_WIDGET (self->notice), FALSE);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->notice));

  self->empty = new_label (_("No handover sheet or consent record has been printed or "
                             "exported yet."), NULL);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->empty));

  self->list = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  gtk_column_view_set_show_row_separators (self->list, TRUE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->heading, NULL,
                                  -1);
  add_column (self, COLUMN_WHEN, C_("disclosures", "When"));
  add_column (self, COLUMN_RECIPIENT, C_("disclosures", "Recipient"));
  add_column (self, COLUMN_DOCUMENT, C_("disclosures", "Document"));
  add_column (self, COLUMN_THEN, C_("disclosures", "Consent then"));
  add_column (self, COLUMN_NOW, C_("disclosures", "Consent now"));

  self->scrolled = gtk_scrolled_window_new ();
  gtk_widget_set_vexpand (self->scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), GTK_WIDGET (self->list));
  gtk_box_append (GTK_BOX (self->box), self->scrolled);
}

/**
 * hp_disclosures_view_new:
 *
 * Returns: (transfer floating): the page, showing no plan yet
 */
GtkWidget *
hp_disclosures_view_new (void)
{
  return g_object_new (HP_TYPE_DISCLOSURES_VIEW, NULL);
}

GtkColumnView *
hp_disclosures_view_get_list (HpDisclosuresView *self)
{
  g_return_val_if_fail (HP_IS_DISCLOSURES_VIEW (self), NULL);

  return self->list;
}

GtkLabel *
hp_disclosures_view_get_notice (HpDisclosuresView *self)
{
  g_return_val_if_fail (HP_IS_DISCLOSURES_VIEW (self), NULL);

  return self->notice;
}
