/* hp-items-page.c: the page of the belongings to fetch
 *
 * The items sit in a GtkColumnView, which creates widgets only for the
 * rows in view, so a plan with thousands of items scrolls as smoothly as
 * one with ten.  The plan's list goes through a filter (status and search)
 * and a sorter (the column view's, also chosen in "Sort by") before it is
 * shown; the plan's own order is never changed by sorting.
 *
 * This file holds the page itself: selection and messages, adding,
 * editing, removing and undo.  Its other files, over
 * hp-items-page-private.h: hp-items-page-list.c (the cells, the filter,
 * the sorters and the count), hp-items-page-catalogue.c (the picker of
 * common belongings) and hp-items-page-status.c (the outcomes after the
 * visit, set from the keyboard or for a selection).
 */

#define G_LOG_DOMAIN "hp-items-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-catalogue-picker.h"
#include "hp-items-page-private.h"
#include "hp-page-util.h"
#include "hp-record-dialog.h"

G_DEFINE_FINAL_TYPE (HpItemsPage, hp_items_page, HP_TYPE_PAGE)

static void hp_items_page_constructed (GObject *object);

/* Selection */

static void
update_buttons (HpItemsPage *self)
{
  g_autoptr(GtkBitset) set = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  guint64 n = gtk_bitset_get_size (set);
  HpPlan *plan = hp_page_get_plan (HP_PAGE (self));

  gtk_widget_set_sensitive (self->add_button, plan != NULL);
  gtk_widget_set_sensitive (self->picker, plan != NULL);
  gtk_widget_set_sensitive (self->edit_button, n == 1);
  gtk_widget_set_sensitive (self->remove_button, n > 0);
  _hp_items_page_update_status_action (self, plan != NULL ? (guint) n : 0);
}

static void
on_selection_changed (HpItemsPage *self)
{
  update_buttons (self);
}

/* Adding, editing, removing */

static GListStore *
shown_items (GtkWidget *owner)
{
  HpPlan *plan = hp_page_get_plan (HP_PAGE (owner));

  return plan != NULL ? plan->items : NULL;
}

static void
on_item_applied (GtkWidget *owner,
                 HpRecord  *entry,
                 gboolean   added)
{
  HpItemsPage *self = HP_ITEMS_PAGE (owner);
  HpPlan *plan = hp_page_get_plan (HP_PAGE (self));

  /* A status set in the dialog: the follow-up follows, as from the list. */
  if (plan != NULL)
    hp_follow_up_follow_items (plan->follow_up, self->summary_before,
                               G_LIST_MODEL (plan->items));
  g_clear_pointer (&self->summary_before, g_free);
  if (!added)
    _hp_items_page_resort (self);
  _hp_items_page_show_item (self, HP_ITEM (entry), FALSE);
}

static HpRecordDialog *
open_dialog (HpItemsPage *self,
             HpItem      *copy,
             HpItem      *original)
{
  HpPlan *plan = hp_page_get_plan (HP_PAGE (self));
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  HpRecordDialog *dialog;

  _hp_items_page_clear_message (self);
  g_free (self->summary_before);
  self->summary_before = hp_follow_up_summarize_items (G_LIST_MODEL (plan->items));
  dialog = hp_record_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                 original != NULL ? _("Edit belonging") : _("Add belonging"),
                                 original != NULL ? C_("dialog", "Done") : _("Add belonging"),
                                 HP_RECORD (copy), plan, NULL);
  hp_record_dialog_apply_to_list (dialog, GTK_WIDGET (self), plan->items, HP_RECORD (original),
                                  shown_items, on_item_applied);
  g_set_weak_pointer (&self->dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
on_add_clicked (HpItemsPage *self)
{
  g_autoptr(HpItem) item = NULL;

  if (hp_page_get_plan (HP_PAGE (self)) == NULL)
    return;
  item = hp_item_new ();
  open_dialog (self, item, NULL);
}

static void
edit_selected (HpItemsPage *self)
{
  g_autoptr(GPtrArray) items = _hp_items_page_selected_items (self);
  g_autoptr(HpRecord) copy = NULL;

  if (items->len != 1)
    return;
  copy = hp_record_copy (g_ptr_array_index (items, 0));
  open_dialog (self, HP_ITEM (copy), g_ptr_array_index (items, 0));
}

static void
on_column_view_activate (HpItemsPage *self,
                         guint        position)
{
  g_autoptr(HpItem) item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  g_autoptr(HpRecord) copy = NULL;

  if (item == NULL)
    return;
  copy = hp_record_copy (HP_RECORD (item));
  open_dialog (self, HP_ITEM (copy), item);
}

static int
compare_guint (gconstpointer a,
               gconstpointer b)
{
  guint ua = *(const guint *) a;
  guint ub = *(const guint *) b;

  return ua < ub ? -1 : ua > ub ? 1 : 0;
}

static void
remove_selected (HpItemsPage *self)
{
  HpPlan *plan = hp_page_get_plan (HP_PAGE (self));
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GArray) positions = NULL;
  g_autoptr(HpItem) first = NULL;
  g_autofree char *message = NULL;

  if (plan == NULL)
    return;
  items = _hp_items_page_selected_items (self);
  if (items->len == 0)
    return;

  _hp_items_page_clear_message (self);
  positions = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < items->len; i++)
    {
      guint index;

      if (g_list_store_find (plan->items, g_ptr_array_index (items, i), &index))
        g_array_append_val (positions, index);
    }
  g_array_sort (positions, compare_guint);

  first = positions->len > 0 ? g_list_model_get_item (G_LIST_MODEL (plan->items),
                                                      g_array_index (positions, guint, 0))
                             : NULL;
  /* From the end, so that the earlier positions stay right; one step to
   * undo, however many. */
  hp_record_begin_group (HP_RECORD (plan));
  for (guint i = positions->len; i > 0; i--)
    g_list_store_remove (plan->items, g_array_index (positions, guint, i - 1));
  hp_record_end_group (HP_RECORD (plan));
  /* Offered once the removal is made, so that its own change does not end
   * the offer. */
  self->undo_first = g_steal_pointer (&first);

  if (items->len == 1)
    /* Translators: %s is the name of the belonging that was removed */
    message = g_strdup_printf (_("Removed “%s”."), HP_ITEM (g_ptr_array_index (items, 0))->name);
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Removed %u belonging.",
                                            "Removed %u belongings.", items->len),
                               items->len);
  _hp_items_page_show_message (self, message, TRUE);
  _hp_items_page_update_count (self);
  gtk_widget_grab_focus (self->column_view);
}

/* Through the window's history, so that Redo removes them again. */
static void
on_undo_clicked (HpItemsPage *self)
{
  g_autoptr(HpItem) first = NULL;

  if (self->undo_first == NULL)
    return;

  first = g_steal_pointer (&self->undo_first);
  _hp_items_page_clear_message (self);
  if (!gtk_widget_activate_action (GTK_WIDGET (self), "win.undo", NULL))
    return;
  _hp_items_page_update_count (self);
  _hp_items_page_show_item (self, first, TRUE);
}

/* Any other edit of the plan comes between the removal and its undo:
 * the offer goes, and the window's Undo takes that edit back first. */
static void
on_plan_edited (HpItemsPage *self)
{
  if (self->undo_first != NULL)
    _hp_items_page_clear_message (self);
}

static void
watch_plan (HpItemsPage *self,
            HpPlan      *plan)
{
  if (self->watched != NULL)
    g_signal_handlers_disconnect_by_func (self->watched, on_plan_edited, self);
  g_set_object (&self->watched, plan);
  if (plan != NULL)
    g_signal_connect_object (plan, "changed", G_CALLBACK (on_plan_edited), self,
                             G_CONNECT_SWAPPED);
}

static gboolean
on_delete_key (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  remove_selected (HP_ITEMS_PAGE (user_data));
  return TRUE;
}

/* HpPage */

static void
hp_items_page_plan_changed (HpPage *page,
                            HpPlan *plan)
{
  HpItemsPage *self = HP_ITEMS_PAGE (page);

  _hp_items_page_clear_message (self);
  watch_plan (self, plan);
  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  gtk_filter_list_model_set_model (self->filter_model,
                                   plan != NULL ? G_LIST_MODEL (plan->items) : NULL);
  if (self->picker_owner != NULL)
    _hp_items_page_refresh_picker_owners (self);
  _hp_items_page_update_count (self);
  update_buttons (self);
}

static gboolean
hp_items_page_focus_field (HpPage     *page,
                           const char *path)
{
  HpItemsPage *self = HP_ITEMS_PAGE (page);
  HpPlan *plan = hp_page_get_plan (page);
  g_autofree char *list_path = NULL;
  g_autofree char *rest = NULL;
  guint index;

  if (plan != NULL && hp_field_path_split (path, &list_path, &index, &rest) &&
      strcmp (list_path, "items") == 0)
    {
      g_autoptr(HpItem) item = g_list_model_get_item (G_LIST_MODEL (plan->items), index);

      if (item != NULL)
        return _hp_items_page_show_item (self, item, TRUE);
    }

  if (g_str_has_prefix (path, "items"))
    return gtk_widget_grab_focus (self->column_view);

  return HP_PAGE_CLASS (hp_items_page_parent_class)->focus_field (page, path);
}

/* GObject */

static void
hp_items_page_dispose (GObject *object)
{
  HpItemsPage *self = HP_ITEMS_PAGE (object);
  HpCatalogue *catalogue = hp_page_get_catalogue (HP_PAGE (self));

  /* The picker goes with the page; a catalogue read again later must not
   * reach it. */
  if (catalogue != NULL)
    g_signal_handlers_disconnect_by_data (catalogue, self);
  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  g_clear_weak_pointer (&self->dialog);
  watch_plan (self, NULL);
  if (self->column_view != NULL)
    gtk_column_view_set_model (GTK_COLUMN_VIEW (self->column_view), NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  gtk_widget_dispose_template (GTK_WIDGET (self), HP_TYPE_ITEMS_PAGE);

  G_OBJECT_CLASS (hp_items_page_parent_class)->dispose (object);
}

static void
hp_items_page_finalize (GObject *object)
{
  HpItemsPage *self = HP_ITEMS_PAGE (object);

  g_clear_object (&self->undo_first);
  g_clear_pointer (&self->picker_owner_ids, g_ptr_array_unref);
  g_clear_pointer (&self->needle, g_free);
  g_clear_pointer (&self->summary_before, g_free);

  G_OBJECT_CLASS (hp_items_page_parent_class)->finalize (object);
}

static void
hp_items_page_class_init (HpItemsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HpPageClass *page_class = HP_PAGE_CLASS (klass);

  object_class->constructed = hp_items_page_constructed;
  object_class->dispose = hp_items_page_dispose;
  object_class->finalize = hp_items_page_finalize;
  page_class->plan_changed = hp_items_page_plan_changed;
  page_class->focus_field = hp_items_page_focus_field;

  hp_page_class_setup (widget_class, HP_SECTION_ITEMS,
                       "/se/hamtplan/Hamtplan/pages/hp-items-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HpItemsPage, button_box);
  gtk_widget_class_bind_template_child (widget_class, HpItemsPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, HpItemsPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HpItemsPage, sort_label);
  gtk_widget_class_bind_template_child (widget_class, HpItemsPage, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HpItemsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HpItemsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, HpItemsPage, status_hint);
  gtk_widget_class_bind_template_child (widget_class, HpItemsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, HpItemsPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, HpItemsPage, category_column);
  gtk_widget_class_bind_template_child (widget_class, HpItemsPage, owner_column);
  gtk_widget_class_bind_template_child (widget_class, HpItemsPage, priority_column);
  gtk_widget_class_bind_template_child (widget_class, HpItemsPage, location_column);
  gtk_widget_class_bind_template_child (widget_class, HpItemsPage, status_column);
  gtk_widget_class_bind_template_child (widget_class, HpItemsPage, tracker_column);
  gtk_widget_class_bind_template_child (widget_class, HpItemsPage, message_revealer);
  gtk_widget_class_bind_template_child (widget_class, HpItemsPage, message_label);
  gtk_widget_class_bind_template_child (widget_class, HpItemsPage, undo_button);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_filter_changed",
                                                G_CALLBACK (_hp_items_page_on_filter_changed));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_sort_chosen",
                                                G_CALLBACK (_hp_items_page_on_sort_chosen));
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_undo_clicked);
  _hp_items_page_class_init_status (widget_class);
}

static void
hp_items_page_init (HpItemsPage *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) sorts = gtk_string_list_new (NULL);
  GtkEventController *shortcuts;
  GtkSorter *view_sorter;

  self->picker_owner_ids = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Buttons */
  self->add_button = hp_icon_text_button_new ("list-add-symbolic", _("Add belonging"));
  g_signal_connect_swapped (self->add_button, "clicked", G_CALLBACK (on_add_clicked), self);
  self->picker = hp_catalogue_picker_new (_("Add from the catalogue"));
  g_signal_connect_swapped (self->picker, "add", G_CALLBACK (_hp_items_page_on_picker_add), self);
  g_signal_connect_swapped (self->picker, "opening",
                            G_CALLBACK (_hp_items_page_on_picker_opening), self);
  self->edit_button = gtk_button_new_from_icon_name ("document-edit-symbolic");
  gtk_widget_set_tooltip_text (self->edit_button, _("Edit the selected belonging"));
  hp_widget_set_accessible_label (self->edit_button, _("Edit belonging"));
  g_signal_connect_swapped (self->edit_button, "clicked", G_CALLBACK (edit_selected), self);
  self->remove_button = gtk_button_new_from_icon_name ("list-remove-symbolic");
  gtk_widget_set_tooltip_text (self->remove_button, _("Remove the selected belongings (Delete)"));
  hp_widget_set_accessible_label (self->remove_button, _("Remove belongings"));
  g_signal_connect_swapped (self->remove_button, "clicked", G_CALLBACK (remove_selected), self);
  gtk_box_append (GTK_BOX (self->button_box), self->add_button);
  gtk_box_append (GTK_BOX (self->button_box), self->picker);
  gtk_box_append (GTK_BOX (self->button_box), self->edit_button);
  gtk_box_append (GTK_BOX (self->button_box), self->remove_button);
  hp_widget_mark_mnemonic (self->undo_button, C_("list", "Undo"));

  /* Filter and sort choices */
  gtk_string_list_append (statuses, C_("status filter", "All"));
  for (guint i = 0; i < hp_enum_get_n_values (HP_TYPE_ITEM_STATUS); i++)
    gtk_string_list_append (statuses, hp_enum_get_label (HP_TYPE_ITEM_STATUS, (int) i));
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->status_dropdown), G_LIST_MODEL (statuses));
  hp_widget_mark_mnemonic (self->status_label, C_("status filter", "Show"));
  hp_widget_set_label_for (self->status_label, self->status_dropdown);

  gtk_string_list_append (sorts, _("The plan’s order"));
  gtk_string_list_append (sorts, C_("sort", "Priority"));
  gtk_string_list_append (sorts, C_("sort", "Category"));
  gtk_string_list_append (sorts, C_("sort", "For whom"));
  gtk_string_list_append (sorts, C_("sort", "Name"));
  gtk_string_list_append (sorts, C_("sort", "Status"));
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->sort_dropdown), G_LIST_MODEL (sorts));
  hp_widget_mark_mnemonic (self->sort_label, C_("items", "Sort by"));
  hp_widget_set_label_for (self->sort_label, self->sort_dropdown);
  hp_widget_set_accessible_label (self->search_entry, _("Search the belongings"));
  hp_widget_set_accessible_label (self->column_view, _("Belongings"));

  /* Models: the plan's items -> filter -> the column view's sort -> selection */
  _hp_items_page_setup_columns (self);
  self->filter = gtk_custom_filter_new (_hp_items_page_item_matches, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  view_sorter = gtk_column_view_get_sorter (GTK_COLUMN_VIEW (self->column_view));
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                              g_object_ref (view_sorter));
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  gtk_column_view_set_model (GTK_COLUMN_VIEW (self->column_view),
                             GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->selection, "selection-changed",
                            G_CALLBACK (on_selection_changed), self);
  g_signal_connect_swapped (self->selection, "items-changed",
                            G_CALLBACK (on_selection_changed), self);
  g_signal_connect_swapped (self->filter_model, "items-changed",
                            G_CALLBACK (_hp_items_page_update_count), self);

  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_callback_action_new (on_delete_key,
                                                                                   self, NULL)));
  gtk_widget_add_controller (self->column_view, shortcuts);
  _hp_items_page_init_status (self);

  _hp_items_page_update_count (self);
  update_buttons (self);
}

static void
hp_items_page_constructed (GObject *object)
{
  _hp_items_page_fill_picker (HP_ITEMS_PAGE (object));

  G_OBJECT_CLASS (hp_items_page_parent_class)->constructed (object);
}
