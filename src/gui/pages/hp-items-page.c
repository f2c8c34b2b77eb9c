/* hp-items-page.c: the page of the belongings to fetch
 *
 * The items sit in a GtkColumnView, which creates widgets only for the
 * rows in view, so a plan with thousands of items scrolls as smoothly as
 * one with ten.  The plan's list goes through a filter (status and search)
 * and a sorter (the column view's, also chosen in "Sort by") before it is
 * shown; the plan's own order is never changed by sorting.
 */

#define G_LOG_DOMAIN "hp-items-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-catalogue-picker.h"
#include "hp-items-page.h"
#include "hp-page-util.h"
#include "hp-record-dialog.h"

typedef enum
{
  COLUMN_NAME,
  COLUMN_CATEGORY,
  COLUMN_OWNER,
  COLUMN_PRIORITY,
  COLUMN_LOCATION,
  COLUMN_STATUS,
  COLUMN_TRACKER,
  N_COLUMNS
} Column;

/* The choices of "Sort by", after "The plan's order". */
static const Column sort_choices[] = { COLUMN_PRIORITY, COLUMN_CATEGORY, COLUMN_OWNER,
                                       COLUMN_NAME, COLUMN_STATUS };

struct _HpItemsPage
{
  HpPage               parent_instance;

  GtkWidget           *button_box;
  GtkWidget           *status_label;
  GtkWidget           *status_dropdown;
  GtkWidget           *sort_label;
  GtkWidget           *sort_dropdown;
  GtkWidget           *search_entry;
  GtkWidget           *count_label;
  GtkWidget           *column_view;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *category_column;
  GtkColumnViewColumn *owner_column;
  GtkColumnViewColumn *priority_column;
  GtkColumnViewColumn *location_column;
  GtkColumnViewColumn *status_column;
  GtkColumnViewColumn *tracker_column;
  GtkWidget           *message_revealer;
  GtkWidget           *message_label;
  GtkWidget           *undo_button;

  GtkWidget           *add_button;
  GtkWidget           *edit_button;
  GtkWidget           *remove_button;
  GtkWidget           *picker;
  GtkWidget           *picker_owner;
  GPtrArray           *picker_owner_ids;

  GtkCustomFilter     *filter;
  GtkFilterListModel  *filter_model;
  GtkSortListModel    *sort_model;
  GtkMultiSelection   *selection;
  char                *needle;

  HpRecordDialog      *dialog;         /* weak */
  GPtrArray           *undo_items;     /* removed items, in plan order */
  GArray              *undo_positions; /* and where they were */
};

G_DEFINE_FINAL_TYPE (HpItemsPage, hp_items_page, HP_TYPE_PAGE)

static void hp_items_page_constructed (GObject *object);

static GtkColumnViewColumn *
get_column (HpItemsPage *self,
            Column       column)
{
  GtkColumnViewColumn *columns[N_COLUMNS] = {
    self->name_column, self->category_column, self->owner_column, self->priority_column,
    self->location_column, self->status_column, self->tracker_column
  };

  return columns[column];
}

/* Cells */

static char *
cell_text (HpItemsPage *self,
           HpItem      *item,
           Column       column)
{
  switch (column)
    {
    case COLUMN_NAME:
      return g_strdup (item->name);
    case COLUMN_CATEGORY:
      return g_strdup (hp_enum_get_label (HP_TYPE_ITEM_CATEGORY, item->category));
    case COLUMN_OWNER:
      return hp_owner_label (hp_page_get_plan (HP_PAGE (self)), item->owner);
    case COLUMN_PRIORITY:
      return g_strdup (hp_enum_get_label (HP_TYPE_PRIORITY, item->priority));
    case COLUMN_LOCATION:
      return g_strdup (item->location);
    case COLUMN_STATUS:
      return g_strdup (hp_enum_get_label (HP_TYPE_ITEM_STATUS, item->status));
    case COLUMN_TRACKER:
      return g_strdup (item->tracker_checked ? C_("tracker check", "Checked")
                                             : C_("tracker check", "Not checked"));
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static void
cell_update (GtkListItem *list_item)
{
  HpItemsPage *self = g_object_get_data (G_OBJECT (list_item), "hp-page");
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (list_item), "hp-column"));
  HpItem *item = gtk_list_item_get_item (list_item);
  g_autofree char *text = NULL;

  if (item == NULL)
    return;
  text = cell_text (self, item, column);
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)), text);
  /* The whole text, where the column is too narrow for it. */
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (list_item), *text ? text : NULL);
}

static void
on_cell_setup (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               HpItemsPage              *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_start (label, 4);
  gtk_widget_set_margin_end (label, 4);
  gtk_list_item_set_child (list_item, label);
  g_object_set_data (G_OBJECT (list_item), "hp-page", self);
  g_object_set_data (G_OBJECT (list_item), "hp-column",
                     g_object_get_data (G_OBJECT (factory), "hp-column"));
}

static void
on_cell_bind (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              HpItemsPage              *self)
{
  HpItem *item = gtk_list_item_get_item (list_item);
  gulong id;

  cell_update (list_item);
  id = g_signal_connect_object (item, "notify", G_CALLBACK (cell_update), list_item,
                                G_CONNECT_SWAPPED);
  g_object_set_data (G_OBJECT (list_item), "hp-notify", GSIZE_TO_POINTER (id));
}

static void
on_cell_unbind (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                HpItemsPage              *self)
{
  HpItem *item = gtk_list_item_get_item (list_item);
  gulong id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (list_item), "hp-notify"));

  if (item != NULL && id != 0)
    g_signal_handler_disconnect (item, id);
  g_object_set_data (G_OBJECT (list_item), "hp-notify", NULL);
}

/* Sorting and filtering */

static int
compare_ints (int a,
              int b)
{
  return a < b ? GTK_ORDERING_SMALLER : a > b ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static int
compare_category (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  return compare_ints (((HpItem *) a)->category, ((HpItem *) b)->category);
}

static int
compare_priority (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  return compare_ints (((HpItem *) a)->priority, ((HpItem *) b)->priority);
}

static int
compare_status (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  return compare_ints (((HpItem *) a)->status, ((HpItem *) b)->status);
}

static int
compare_tracker (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return compare_ints (((HpItem *) a)->tracker_checked, ((HpItem *) b)->tracker_checked);
}

/* The client first, then the children by name. */
static int
compare_owner (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  HpItemsPage *self = HP_ITEMS_PAGE (user_data);
  const char *oa = ((HpItem *) a)->owner;
  const char *ob = ((HpItem *) b)->owner;
  g_autofree char *la = NULL;
  g_autofree char *lb = NULL;
  int result;

  if (strcmp (oa, ob) == 0)
    return GTK_ORDERING_EQUAL;
  if (*oa == '\0')
    return GTK_ORDERING_SMALLER;
  if (*ob == '\0')
    return GTK_ORDERING_LARGER;

  la = hp_owner_label (hp_page_get_plan (HP_PAGE (self)), oa);
  lb = hp_owner_label (hp_page_get_plan (HP_PAGE (self)), ob);
  result = g_utf8_collate (la, lb);
  if (result == 0)
    result = strcmp (oa, ob);
  return result < 0 ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
}

static gboolean
item_matches (gpointer object,
              gpointer user_data)
{
  HpItemsPage *self = HP_ITEMS_PAGE (user_data);
  HpItem *item = HP_ITEM (object);
  guint status = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->status_dropdown));

  /* Position 0 is "All". */
  if (status != 0 && status != GTK_INVALID_LIST_POSITION && (guint) item->status != status - 1)
    return FALSE;

  if (self->needle != NULL)
    {
      g_autofree char *text = g_strconcat (item->name, "\n", item->location, "\n", item->note,
                                           NULL);
      g_autofree char *folded = g_utf8_casefold (text, -1);

      if (strstr (folded, self->needle) == NULL)
        return FALSE;
    }

  return TRUE;
}

static void
update_count (HpItemsPage *self)
{
  HpPlan *plan = hp_page_get_plan (HP_PAGE (self));
  guint total = plan != NULL ? g_list_model_get_n_items (G_LIST_MODEL (plan->items)) : 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  g_autofree char *text = NULL;

  if (shown == total)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u belonging", "%u belongings", total),
                            total);
  else
    /* Translators: how many belongings the filter shows, of all in the plan */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Showing %u of %u belonging",
                                         "Showing %u of %u belongings", total),
                            shown, total);
  gtk_label_set_text (GTK_LABEL (self->count_label), text);
}

static void
on_filter_changed (HpItemsPage *self)
{
  const char *text;

  /* The template sets up the choices before the models exist. */
  if (self->filter == NULL)
    return;

  text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_clear_pointer (&self->needle, g_free);
  if (*text != '\0')
    self->needle = g_utf8_casefold (text, -1);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
}

static void
on_sort_chosen (HpItemsPage *self)
{
  guint chosen = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->sort_dropdown));

  if (self->selection == NULL)
    return;
  if (chosen == 0 || chosen == GTK_INVALID_LIST_POSITION)
    gtk_column_view_sort_by_column (GTK_COLUMN_VIEW (self->column_view), NULL,
                                    GTK_SORT_ASCENDING);
  else
    gtk_column_view_sort_by_column (GTK_COLUMN_VIEW (self->column_view),
                                    get_column (self, sort_choices[chosen - 1]),
                                    GTK_SORT_ASCENDING);
}

/* Items changed in place (edited) may belong elsewhere in the view now. */
static void
resort (HpItemsPage *self)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (GTK_COLUMN_VIEW (self->column_view));

  gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
}

/* Selection and messages */

static void
show_message (HpItemsPage *self,
              const char  *text,
              gboolean     can_undo)
{
  gtk_label_set_text (GTK_LABEL (self->message_label), text);
  gtk_widget_set_visible (self->undo_button, can_undo);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->message_revealer), text != NULL);
}

static void
clear_message (HpItemsPage *self)
{
  g_ptr_array_set_size (self->undo_items, 0);
  g_array_set_size (self->undo_positions, 0);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->message_revealer), FALSE);
  gtk_label_set_text (GTK_LABEL (self->message_label), "");
}

/* Returns: (transfer full): the selected items, in plan order */
static GPtrArray *
selected_items (HpItemsPage *self)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GtkBitset) set = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GtkBitsetIter iter;
  guint pos;

  for (gboolean ok = gtk_bitset_iter_init_first (&iter, set, &pos);
       ok;
       ok = gtk_bitset_iter_next (&iter, &pos))
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (self->selection), pos));
  return items;
}

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
}

static void
on_selection_changed (HpItemsPage *self)
{
  update_buttons (self);
}

static gboolean
find_in_view (HpItemsPage *self,
              HpItem      *item,
              guint       *position)
{
  GListModel *view = G_LIST_MODEL (self->selection);
  guint n = g_list_model_get_n_items (view);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpItem) shown = g_list_model_get_item (view, i);

      if (shown == item)
        {
          *position = i;
          return TRUE;
        }
    }
  return FALSE;
}

static GtkWidget *
list_view_of (HpItemsPage *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (self->column_view);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      return child;
  return NULL;
}

static void show_message (HpItemsPage *self,
                          const char  *text,
                          gboolean     can_undo);

/* Selects @item alone, scrolls to it and puts the focus on its row.  When
 * the filter hides it, @reveal shows all items; else a message says so. */
static gboolean
show_item (HpItemsPage *self,
           HpItem      *item,
           gboolean     reveal)
{
  GtkWidget *list_view = list_view_of (self);
  guint position;

  if (!find_in_view (self, item, &position) && !reveal)
    {
      /* Translators: %s is the name of a belonging */
      g_autofree char *message = g_strdup_printf (_("“%s” is not shown with the chosen filter."),
                                                  item->name);
      show_message (self, message, FALSE);
      return FALSE;
    }
  if (!find_in_view (self, item, &position))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->status_dropdown), 0);
      on_filter_changed (self);
      if (!find_in_view (self, item, &position))
        return FALSE;
    }

  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  if (list_view != NULL)
    {
      gtk_widget_activate_action (list_view, "list.scroll-to-item", "u", position);
      gtk_widget_grab_focus (list_view);
    }
  return TRUE;
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

  if (!added)
    resort (self);
  show_item (self, HP_ITEM (entry), FALSE);
}

static HpRecordDialog *
open_dialog (HpItemsPage *self,
             HpItem      *copy,
             HpItem      *original)
{
  HpPlan *plan = hp_page_get_plan (HP_PAGE (self));
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  HpRecordDialog *dialog;

  clear_message (self);
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
  g_autoptr(GPtrArray) items = selected_items (self);
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

static guint
plan_index_of (GListModel *items,
               gpointer    item)
{
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) it = g_list_model_get_item (items, i);
      if (it == item)
        return i;
    }
  return G_MAXUINT;
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
  g_autofree char *message = NULL;
  GListModel *model;

  if (plan == NULL)
    return;
  items = selected_items (self);
  if (items->len == 0)
    return;

  clear_message (self);
  model = G_LIST_MODEL (plan->items);
  positions = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < items->len; i++)
    {
      guint index = plan_index_of (model, g_ptr_array_index (items, i));
      g_array_append_val (positions, index);
    }
  g_array_sort (positions, compare_guint);

  for (guint i = 0; i < positions->len; i++)
    {
      guint position = g_array_index (positions, guint, i);
      g_ptr_array_add (self->undo_items, g_list_model_get_item (model, position));
      g_array_append_val (self->undo_positions, position);
    }
  /* From the end, so that the earlier positions stay right. */
  for (guint i = positions->len; i > 0; i--)
    g_list_store_remove (plan->items, g_array_index (positions, guint, i - 1));

  if (items->len == 1)
    /* Translators: %s is the name of the belonging that was removed */
    message = g_strdup_printf (_("Removed “%s”."), HP_ITEM (g_ptr_array_index (items, 0))->name);
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Removed %u belonging.",
                                            "Removed %u belongings.", items->len),
                               items->len);
  show_message (self, message, TRUE);
  update_count (self);
  gtk_widget_grab_focus (self->column_view);
}

static void
on_undo_clicked (HpItemsPage *self)
{
  HpPlan *plan = hp_page_get_plan (HP_PAGE (self));
  g_autoptr(HpItem) first = NULL;

  if (plan == NULL || self->undo_items->len == 0)
    return;

  first = g_object_ref (g_ptr_array_index (self->undo_items, 0));
  /* In rising order, each at the place it had. */
  for (guint i = 0; i < self->undo_items->len; i++)
    {
      guint position = g_array_index (self->undo_positions, guint, i);

      position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (plan->items)));
      g_list_store_insert (plan->items, position, g_ptr_array_index (self->undo_items, i));
    }
  clear_message (self);
  update_count (self);
  show_item (self, first, TRUE);
}

static gboolean
on_delete_key (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  remove_selected (HP_ITEMS_PAGE (user_data));
  return TRUE;
}

/* The catalogue */

static void
refresh_picker_owners (HpItemsPage *self)
{
  HpPlan *plan = hp_page_get_plan (HP_PAGE (self));
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->picker_owner_ids, 0);
  gtk_string_list_append (labels, _("The client"));
  g_ptr_array_add (self->picker_owner_ids, g_strdup (""));

  if (plan != NULL)
    {
      GListModel *children = G_LIST_MODEL (plan->case_info->children);

      for (guint i = 0; i < g_list_model_get_n_items (children); i++)
        {
          g_autoptr(HpChild) child = g_list_model_get_item (children, i);
          g_autofree char *label = hp_owner_label (plan, child->id);

          gtk_string_list_append (labels, label);
          g_ptr_array_add (self->picker_owner_ids, g_strdup (child->id));
        }
    }
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->picker_owner), G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->picker_owner), 0);
}

static void
on_picker_opening (HpItemsPage *self)
{
  HpPlan *plan = hp_page_get_plan (HP_PAGE (self));
  HpCatalogue *catalogue = hp_page_get_catalogue (HP_PAGE (self));
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *items;

  if (plan == NULL || catalogue == NULL)
    return;

  items = G_LIST_MODEL (plan->items);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(HpItem) item = g_list_model_get_item (items, i);
      g_hash_table_add (names, g_utf8_casefold (item->name, -1));
    }

  for (guint i = 0; i < hp_catalogue_get_n_items (catalogue); i++)
    {
      const HpCatalogueItem *entry = hp_catalogue_get_item (catalogue, i);
      g_autofree char *folded = g_utf8_casefold (entry->name, -1);

      hp_catalogue_picker_set_present (HP_CATALOGUE_PICKER (self->picker), i,
                                       g_hash_table_contains (names, folded));
    }
  refresh_picker_owners (self);
}

static void
on_picker_add (HpItemsPage *self)
{
  HpPlan *plan = hp_page_get_plan (HP_PAGE (self));
  HpCatalogue *catalogue = hp_page_get_catalogue (HP_PAGE (self));
  g_autoptr(GArray) checked = NULL;
  g_autoptr(GPtrArray) added = NULL;
  guint owner_pos;
  const char *owner = "";
  g_autofree char *message = NULL;

  if (plan == NULL || catalogue == NULL)
    return;

  owner_pos = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->picker_owner));
  if (owner_pos < self->picker_owner_ids->len)
    owner = g_ptr_array_index (self->picker_owner_ids, owner_pos);

  checked = hp_catalogue_picker_get_checked (HP_CATALOGUE_PICKER (self->picker));
  added = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < checked->len; i++)
    {
      const HpCatalogueItem *entry = hp_catalogue_get_item (catalogue,
                                                            g_array_index (checked, guint, i));
      HpItem *item = hp_item_new ();

      g_object_set (item,
                    "name", entry->name,
                    "category", entry->category,
                    "priority", entry->priority,
                    "owner", owner,
                    NULL);
      g_ptr_array_add (added, item);
    }

  /* One change for the whole lot. */
  g_list_store_splice (plan->items, g_list_model_get_n_items (G_LIST_MODEL (plan->items)), 0,
                       added->pdata, added->len);
  clear_message (self);
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Added %u belonging from the catalogue.",
                                          "Added %u belongings from the catalogue.",
                                          added->len),
                             added->len);
  show_message (self, message, FALSE);
  update_count (self);
  if (added->len > 0)
    show_item (self, g_ptr_array_index (added, 0), FALSE);
}

static void
fill_picker (HpItemsPage *self)
{
  HpCatalogue *catalogue = hp_page_get_catalogue (HP_PAGE (self));
  GtkWidget *box, *label;

  if (catalogue == NULL)
    {
      gtk_widget_set_visible (self->picker, FALSE);
      return;
    }

  for (guint i = 0; i < hp_catalogue_get_n_items (catalogue); i++)
    {
      const HpCatalogueItem *entry = hp_catalogue_get_item (catalogue, i);
      g_autofree char *subtitle = NULL;

      if (entry->for_child)
        subtitle = g_strdup_printf ("%s · %s · %s",
                                    hp_enum_get_label (HP_TYPE_ITEM_CATEGORY, entry->category),
                                    hp_enum_get_label (HP_TYPE_PRIORITY, entry->priority),
                                    _("often a child’s"));
      else
        subtitle = g_strdup_printf ("%s · %s",
                                    hp_enum_get_label (HP_TYPE_ITEM_CATEGORY, entry->category),
                                    hp_enum_get_label (HP_TYPE_PRIORITY, entry->priority));
      hp_catalogue_picker_append (HP_CATALOGUE_PICKER (self->picker), entry->name, subtitle);
    }

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  label = gtk_label_new (_("Add them for"));
  self->picker_owner = gtk_drop_down_new (NULL, NULL);
  gtk_widget_set_hexpand (self->picker_owner, TRUE);
  hp_widget_set_label_for (label, self->picker_owner);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), self->picker_owner);
  hp_catalogue_picker_set_extra (HP_CATALOGUE_PICKER (self->picker), box);
  refresh_picker_owners (self);
}

/* HpPage */

static void
hp_items_page_plan_changed (HpPage *page,
                            HpPlan *plan)
{
  HpItemsPage *self = HP_ITEMS_PAGE (page);

  clear_message (self);
  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  gtk_filter_list_model_set_model (self->filter_model,
                                   plan != NULL ? G_LIST_MODEL (plan->items) : NULL);
  if (self->picker_owner != NULL)
    refresh_picker_owners (self);
  update_count (self);
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
        return show_item (self, item, TRUE);
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

  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  g_clear_weak_pointer (&self->dialog);
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

  g_clear_pointer (&self->undo_items, g_ptr_array_unref);
  g_clear_pointer (&self->undo_positions, g_array_unref);
  g_clear_pointer (&self->picker_owner_ids, g_ptr_array_unref);
  g_clear_pointer (&self->needle, g_free);

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
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_sort_chosen);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_undo_clicked);
}

static void
setup_columns (HpItemsPage *self)
{
  GtkSorter *sorters[N_COLUMNS] = {
    GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (HP_TYPE_ITEM, NULL, "name"))),
    GTK_SORTER (gtk_custom_sorter_new (compare_category, NULL, NULL)),
    GTK_SORTER (gtk_custom_sorter_new (compare_owner, self, NULL)),
    GTK_SORTER (gtk_custom_sorter_new (compare_priority, NULL, NULL)),
    GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (HP_TYPE_ITEM, NULL,
                                                                    "location"))),
    GTK_SORTER (gtk_custom_sorter_new (compare_status, NULL, NULL)),
    GTK_SORTER (gtk_custom_sorter_new (compare_tracker, NULL, NULL)),
  };

  for (Column c = 0; c < N_COLUMNS; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

      g_object_set_data (G_OBJECT (factory), "hp-column", GINT_TO_POINTER (c));
      g_signal_connect (factory, "setup", G_CALLBACK (on_cell_setup), self);
      g_signal_connect (factory, "bind", G_CALLBACK (on_cell_bind), self);
      g_signal_connect (factory, "unbind", G_CALLBACK (on_cell_unbind), self);
      gtk_column_view_column_set_factory (get_column (self, c), factory);
      gtk_column_view_column_set_sorter (get_column (self, c), sorters[c]);
      g_object_unref (factory);
      g_object_unref (sorters[c]);
    }
}

static void
hp_items_page_init (HpItemsPage *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) sorts = gtk_string_list_new (NULL);
  GtkEventController *shortcuts;
  GtkSorter *view_sorter;

  self->undo_items = g_ptr_array_new_with_free_func (g_object_unref);
  self->undo_positions = g_array_new (FALSE, FALSE, sizeof (guint));
  self->picker_owner_ids = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Buttons */
  self->add_button = hp_icon_text_button_new ("list-add-symbolic", _("Add belonging"));
  g_signal_connect_swapped (self->add_button, "clicked", G_CALLBACK (on_add_clicked), self);
  self->picker = hp_catalogue_picker_new (_("Add from the catalogue"));
  g_signal_connect_swapped (self->picker, "add", G_CALLBACK (on_picker_add), self);
  g_signal_connect_swapped (self->picker, "opening", G_CALLBACK (on_picker_opening), self);
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
  setup_columns (self);
  self->filter = gtk_custom_filter_new (item_matches, self, NULL);
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
  g_signal_connect_swapped (self->filter_model, "items-changed", G_CALLBACK (update_count), self);

  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_callback_action_new (on_delete_key,
                                                                                   self, NULL)));
  gtk_widget_add_controller (self->column_view, shortcuts);

  update_count (self);
  update_buttons (self);
}

static void
hp_items_page_constructed (GObject *object)
{
  fill_picker (HP_ITEMS_PAGE (object));

  G_OBJECT_CLASS (hp_items_page_parent_class)->constructed (object);
}
