/* hp-items-page-list.c: the belongings as the items page shows them
 *
 * The column view's cells, the filter (status and search), the sorters of
 * the columns and of "Sort by", the count of what is shown, the message
 * line above the list, the selected items, and bringing one item into
 * view with the keyboard focus on its row.  The
 * plan's list goes through the filter and the sorter; its own order is
 * never changed by sorting.
 */

#define G_LOG_DOMAIN "hp-items-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-items-page-private.h"
#include "hp-page-util.h"

/* The choices of "Sort by", after "The plan's order". */
static const Column sort_choices[] = { COLUMN_PRIORITY, COLUMN_CATEGORY, COLUMN_OWNER,
                                       COLUMN_NAME, COLUMN_STATUS };

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

/* A screen reader announces a row by its accessible name, else by the
 * widget's type ("GtkListItemWidget"): name it by what its cells show, in
 * the columns' order.  The name cell keeps it up to date (every cell is
 * updated on every change of the item). */
static void
row_update (HpItemsPage *self,
            GtkWidget   *cell_label,
            HpItem      *item)
{
  static const Column order[] = { COLUMN_NAME, COLUMN_STATUS, COLUMN_PRIORITY, COLUMN_OWNER,
                                  COLUMN_LOCATION, COLUMN_CATEGORY, COLUMN_TRACKER };
  GtkWidget *cell = gtk_widget_get_parent (cell_label);
  GtkWidget *row = cell != NULL ? gtk_widget_get_parent (cell) : NULL;
  g_autoptr(GString) name = g_string_new (NULL);

  if (row == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autofree char *text = cell_text (self, item, order[i]);

      if (*text == '\0')
        continue;
      if (name->len > 0)
        g_string_append (name, ", ");
      g_string_append (name, text);
    }
  hp_widget_set_accessible_label (row, name->str);
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
  /* The cell, too, by its text, not "GtkColumnViewCell". */
  if (gtk_widget_get_parent (gtk_list_item_get_child (list_item)) != NULL)
    hp_widget_set_accessible_label (gtk_widget_get_parent (gtk_list_item_get_child (list_item)),
                                    text);
  if (column == COLUMN_NAME)
    row_update (self, gtk_list_item_get_child (list_item), item);
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
  g_object_set_data (G_OBJECT (label), HP_ITEMS_PAGE_LIST_ITEM_KEY, list_item);
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

gboolean
_hp_items_page_item_matches (gpointer object,
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

void
_hp_items_page_update_count (HpItemsPage *self)
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

void
_hp_items_page_on_filter_changed (HpItemsPage *self)
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
  _hp_items_page_update_count (self);
}

void
_hp_items_page_on_sort_chosen (HpItemsPage *self)
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
void
_hp_items_page_resort (HpItemsPage *self)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (GTK_COLUMN_VIEW (self->column_view));

  gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  _hp_items_page_update_count (self);
}

void
_hp_items_page_setup_columns (HpItemsPage *self)
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

  /* The rows' list inside, by what it holds, not "GtkColumnListView"; the
   * header row's titles by their text, not "GtkColumnViewTitle". */
  for (GtkWidget *child = gtk_widget_get_first_child (self->column_view);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      hp_widget_set_accessible_label (child, C_("page group", "Belongings in the plan"));
    else
      {
        hp_widget_set_accessible_label (child, _("Column headings"));
        for (GtkWidget *title = gtk_widget_get_first_child (child);
             title != NULL;
             title = gtk_widget_get_next_sibling (title))
          {
            GtkWidget *label = gtk_widget_get_first_child (title);

            while (label != NULL && !GTK_IS_LABEL (label))
              label = gtk_widget_get_first_child (label);
            if (label != NULL)
              hp_widget_set_accessible_label (title, gtk_label_get_text (GTK_LABEL (label)));
          }
      }
}

/* Messages and the item in view */

void
_hp_items_page_show_message (HpItemsPage *self,
                             const char  *text,
                             gboolean     can_undo)
{
  gtk_label_set_text (GTK_LABEL (self->message_label), text);
  gtk_widget_set_visible (self->undo_button, can_undo);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->message_revealer), text != NULL);
}

void
_hp_items_page_clear_message (HpItemsPage *self)
{
  g_clear_object (&self->undo_first);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->message_revealer), FALSE);
  gtk_label_set_text (GTK_LABEL (self->message_label), "");
}

/* Where @item stands in the view; G_MAXUINT when the filter hides it. */
gboolean
_hp_items_page_find_in_view (HpItemsPage *self,
                             HpItem      *item,
                             guint       *position)
{
  GListModel *view = G_LIST_MODEL (self->selection);
  guint n = g_list_model_get_n_items (view);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) it = g_list_model_get_item (view, i);
      if (it == (GObject *) item)
        {
          *position = i;
          return TRUE;
        }
    }
  *position = G_MAXUINT;
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

/* Returns: (transfer full): the selected items, in the view's order */
GPtrArray *
_hp_items_page_selected_items (HpItemsPage *self)
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

/* The row widget of the list view for @position, if it is built. */
static GtkWidget *
row_at (GtkWidget *list_view,
        guint      position)
{
  for (GtkWidget *row = gtk_widget_get_first_child (list_view);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *label = row;
      GtkListItem *item = NULL;

      /* row > cell > the cell's label (on_cell_setup) */
      while (label != NULL && item == NULL)
        {
          item = g_object_get_data (G_OBJECT (label), HP_ITEMS_PAGE_LIST_ITEM_KEY);
          if (item == NULL)
            label = gtk_widget_get_first_child (label);
        }
      if (item != NULL && gtk_list_item_get_position (item) == position)
        return row;
    }
  return NULL;
}

typedef struct
{
  HpItemsPage *self;
  HpItem      *item;
  guint        tries;
} FocusLater;

static void
focus_later_free (gpointer data)
{
  FocusLater *later = data;

  g_object_unref (later->item);
  g_free (later);
}

/* GTK 4.8 moves the keyboard focus to a row only when its widget grabs
 * it ("list.scroll-to-item" scrolls, but leaves the focus where it was);
 * a row scrolled into view is built at the next layout. */
static gboolean
focus_row (HpItemsPage *self,
           GtkWidget   *list_view,
           HpItem      *item)
{
  GtkWidget *row;
  guint position;

  if (!_hp_items_page_find_in_view (self, item, &position))
    return TRUE;
  row = row_at (list_view, position);
  if (row == NULL)
    return FALSE;
  gtk_widget_grab_focus (row);
  return TRUE;
}

static gboolean
on_focus_tick (GtkWidget     *list_view,
               GdkFrameClock *clock,
               gpointer       data)
{
  FocusLater *later = data;

  if (focus_row (later->self, list_view, later->item) || ++later->tries > 3)
    return G_SOURCE_REMOVE;
  return G_SOURCE_CONTINUE;
}

/* Selects @item alone, scrolls to it and puts the focus on its row.  When
 * the filter hides it, @reveal shows all items; else a message says so. */
gboolean
_hp_items_page_show_item (HpItemsPage *self,
                          HpItem      *item,
                          gboolean     reveal)
{
  GtkWidget *list_view = list_view_of (self);
  guint position;

  if (!_hp_items_page_find_in_view (self, item, &position) && !reveal)
    {
      /* Translators: %s is the name of a belonging */
      g_autofree char *message = g_strdup_printf (_("“%s” is not shown with the chosen filter."),
                                                  item->name);
      _hp_items_page_show_message (self, message, FALSE);
      return FALSE;
    }
  if (!_hp_items_page_find_in_view (self, item, &position))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->status_dropdown), 0);
      _hp_items_page_on_filter_changed (self);
      if (!_hp_items_page_find_in_view (self, item, &position))
        return FALSE;
    }

  if (list_view == NULL)
    gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  else
    {
      /* Through the list, so that Shift+arrow extends from this row. */
      gtk_widget_activate_action (list_view, "list.select-item", "(ubb)", position, FALSE, FALSE);
      gtk_widget_activate_action (list_view, "list.scroll-to-item", "u", position);
      gtk_widget_grab_focus (list_view);
      if (!focus_row (self, list_view, item))
        {
          FocusLater *later = g_new0 (FocusLater, 1);

          later->self = self;
          later->item = g_object_ref (item);
          gtk_widget_add_tick_callback (list_view, on_focus_tick, later, focus_later_free);
        }
    }
  return TRUE;
}
