/* hp-measures-page.c: the page of the checklist of safety measures
 *
 * Each measure is a row with a tick for "done", so that the list works as
 * a checklist; the catalogue's measures can be added several at a time,
 * and a measure of the plan saved to the user's own catalogue.
 */

#define G_LOG_DOMAIN "hp-measures-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-catalogue-picker.h"
#include "hp-catalogue-save.h"
#include "hp-list-editor.h"
#include "hp-measures-page.h"
#include "hp-page-util.h"

struct _HpMeasuresPage
{
  HpPage     parent_instance;

  GtkWidget *measures_editor;
  GtkWidget *picker;
  GtkWidget *save_button;
};

G_DEFINE_FINAL_TYPE (HpMeasuresPage, hp_measures_page, HP_TYPE_PAGE)

static void
update_measure_row (GtkWidget  *box,
                    GParamSpec *pspec,
                    HpMeasure  *measure)
{
  GtkWidget *check = g_object_get_data (G_OBJECT (box), "hp-check");
  GtkWidget *title = g_object_get_data (G_OBJECT (box), "hp-title");
  GtkWidget *subtitle = g_object_get_data (G_OBJECT (box), "hp-subtitle");
  g_autofree char *check_name = NULL;
  g_autoptr(GString) sub = g_string_new (NULL);

  gtk_label_set_text (GTK_LABEL (title), *measure->title ? measure->title
                                                          : _("Name not filled in"));
  if (*measure->responsible)
    /* Translators: %s is who is responsible for a safety measure */
    g_string_append_printf (sub, C_("measure", "Responsible: %s"), measure->responsible);
  if (*measure->note)
    g_string_append_printf (sub, "%s%s", sub->len ? " · " : "", measure->note);
  gtk_label_set_text (GTK_LABEL (subtitle), sub->str);
  gtk_widget_set_visible (subtitle, sub->len > 0);

  /* Translators: the name of the tick box of one safety measure */
  check_name = g_strdup_printf (_("Done: %s"), measure->title);
  hp_widget_set_accessible_label (check, check_name);
}

static GtkWidget *
create_measure_row (HpListEditor *editor,
                    HpRecord     *record,
                    gpointer      user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, C_("measure", "Done"));
  g_object_bind_property (record, "done", check, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0.0);
  gtk_label_set_wrap (GTK_LABEL (subtitle), TRUE);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (text), title);
  gtk_box_append (GTK_BOX (text), subtitle);
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), text);

  g_object_set_data (G_OBJECT (box), "hp-check", check);
  g_object_set_data (G_OBJECT (box), "hp-title", title);
  g_object_set_data (G_OBJECT (box), "hp-subtitle", subtitle);
  update_measure_row (box, NULL, HP_MEASURE (record));
  g_signal_connect_object (record, "notify", G_CALLBACK (update_measure_row), box,
                           G_CONNECT_SWAPPED);
  return box;
}

static void
on_picker_opening (HpMeasuresPage *self)
{
  HpPlan *plan = hp_page_get_plan (HP_PAGE (self));
  HpCatalogue *catalogue = hp_page_get_catalogue (HP_PAGE (self));
  GListModel *measures;

  if (plan == NULL || catalogue == NULL)
    return;

  measures = G_LIST_MODEL (plan->measures);
  for (guint i = 0; i < hp_catalogue_get_n_measures (catalogue); i++)
    {
      const HpCatalogueMeasure *entry = hp_catalogue_get_measure (catalogue, i);
      gboolean present = FALSE;

      for (guint j = 0; j < g_list_model_get_n_items (measures) && !present; j++)
        {
          g_autoptr(HpMeasure) measure = g_list_model_get_item (measures, j);
          present = g_strcmp0 (measure->title, entry->title) == 0;
        }
      hp_catalogue_picker_set_present (HP_CATALOGUE_PICKER (self->picker), i, present);
    }
}

static void
on_picker_add (HpMeasuresPage *self)
{
  HpPlan *plan = hp_page_get_plan (HP_PAGE (self));
  HpCatalogue *catalogue = hp_page_get_catalogue (HP_PAGE (self));
  g_autoptr(GArray) checked = NULL;
  g_autoptr(GPtrArray) added = NULL;

  if (plan == NULL || catalogue == NULL)
    return;

  checked = hp_catalogue_picker_get_checked (HP_CATALOGUE_PICKER (self->picker));
  added = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < checked->len; i++)
    {
      const HpCatalogueMeasure *entry =
        hp_catalogue_get_measure (catalogue, g_array_index (checked, guint, i));
      HpMeasure *measure = hp_measure_new ();

      g_object_set (measure, "title", entry->title, "responsible", entry->responsible, NULL);
      g_ptr_array_add (added, measure);
    }
  g_list_store_splice (plan->measures, g_list_model_get_n_items (G_LIST_MODEL (plan->measures)),
                       0, added->pdata, added->len);

  if (added->len > 0)
    hp_list_editor_select (HP_LIST_EDITOR (self->measures_editor),
                           g_list_model_get_n_items (G_LIST_MODEL (plan->measures)) - added->len);
}

static void
hp_measures_page_dispose (GObject *object)
{
  HP_MEASURES_PAGE (object)->save_button = NULL;
  HP_MEASURES_PAGE (object)->picker = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (object), HP_TYPE_MEASURES_PAGE);

  G_OBJECT_CLASS (hp_measures_page_parent_class)->dispose (object);
}

/* The catalogue's measures in the picker, again after the catalogue was
 * read again. */
static void
fill_picker (HpMeasuresPage *self)
{
  HpCatalogue *catalogue = hp_page_get_catalogue (HP_PAGE (self));
  guint n = catalogue != NULL ? hp_catalogue_get_n_measures (catalogue) : 0;

  if (self->measures_editor == NULL)
    return;

  if (self->picker == NULL && n > 0)
    {
      self->picker = hp_catalogue_picker_new (_("Add from the catalogue"));
      g_signal_connect_swapped (self->picker, "add", G_CALLBACK (on_picker_add), self);
      g_signal_connect_swapped (self->picker, "opening", G_CALLBACK (on_picker_opening), self);
      hp_list_editor_add_extra (HP_LIST_EDITOR (self->measures_editor), self->picker);
    }
  if (self->picker == NULL)
    return;

  hp_catalogue_picker_clear (HP_CATALOGUE_PICKER (self->picker));
  gtk_widget_set_visible (self->picker, n > 0);
  for (guint i = 0; i < n; i++)
    {
      const HpCatalogueMeasure *entry = hp_catalogue_get_measure (catalogue, i);
      g_autofree char *subtitle = NULL;

      if (*entry->responsible)
        subtitle = g_strdup_printf (C_("measure", "Responsible: %s"), entry->responsible);
      hp_catalogue_picker_append (HP_CATALOGUE_PICKER (self->picker), entry->title, subtitle);
    }
}

static void
update_save_button (HpMeasuresPage *self)
{
  /* Rows go as the page is taken apart. */
  if (self->measures_editor == NULL || self->save_button == NULL)
    return;
  gtk_widget_set_sensitive (self->save_button,
                            hp_list_editor_get_selected (HP_LIST_EDITOR (self->measures_editor)) >= 0);
}

/* Saves the selected measure's title and who is responsible; its note and
 * whether it is done belong to this plan. */
static void
on_save_clicked (HpMeasuresPage *self)
{
  HpPlan *plan = hp_page_get_plan (HP_PAGE (self));
  HpCatalogue *catalogue = hp_page_get_catalogue (HP_PAGE (self));
  HpListEditor *editor = HP_LIST_EDITOR (self->measures_editor);
  int index = hp_list_editor_get_selected (editor);
  g_autoptr(HpMeasure) measure = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *refusal = NULL;
  g_autofree char *done = NULL;
  HpCatalogueMeasure entry;

  if (plan == NULL || catalogue == NULL || index < 0)
    return;

  measure = g_list_model_get_item (G_LIST_MODEL (plan->measures), (guint) index);
  refusal = hp_catalogue_save_check_texts (plan, (const char *[]) {
    measure->title, measure->responsible, NULL });
  if (refusal != NULL)
    {
      hp_list_editor_show_message (editor, refusal, TRUE);
      return;
    }

  entry.title = measure->title;
  entry.responsible = measure->responsible;
  if (!hp_catalogue_save_measure (catalogue, &entry, &error))
    {
      hp_list_editor_show_message (editor, error->message, TRUE);
      return;
    }
  done = hp_catalogue_save_done_message (catalogue, measure->title);
  hp_list_editor_show_message (editor, done, FALSE);
}

static void
hp_measures_page_constructed (GObject *object)
{
  HpMeasuresPage *self = HP_MEASURES_PAGE (object);
  HpCatalogue *catalogue = hp_page_get_catalogue (HP_PAGE (self));

  fill_picker (self);
  if (catalogue != NULL)
    g_signal_connect_object (catalogue, "changed", G_CALLBACK (fill_picker), self,
                             G_CONNECT_SWAPPED);

  self->save_button = hp_catalogue_save_button_new (
    _("Save the selected measure in your own catalogue, so that every plan can pick it"));
  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (on_save_clicked), self);
  hp_list_editor_add_extra (HP_LIST_EDITOR (self->measures_editor), self->save_button);
  hp_catalogue_save_place_last (self->save_button);
  gtk_widget_set_visible (self->save_button, catalogue != NULL);
  g_signal_connect_object (hp_list_editor_get_list_box (HP_LIST_EDITOR (self->measures_editor)),
                           "row-selected", G_CALLBACK (update_save_button), self,
                           G_CONNECT_SWAPPED);

  G_OBJECT_CLASS (hp_measures_page_parent_class)->constructed (object);
}

static void
hp_measures_page_class_init (HpMeasuresPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hp_measures_page_constructed;
  object_class->dispose = hp_measures_page_dispose;

  hp_page_class_setup (widget_class, HP_SECTION_MEASURES,
                       "/se/hamtplan/Hamtplan/pages/hp-measures-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HpMeasuresPage, measures_editor);
}

static void
hp_measures_page_init (HpMeasuresPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  hp_list_editor_set_row_func (HP_LIST_EDITOR (self->measures_editor), create_measure_row, self);
}
