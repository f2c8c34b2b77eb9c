/* hp-items-page-status.c: the outcomes after the visit, in one pass
 *
 * With a row of the list focused, a digit sets the status: 1 fetched,
 * 2 not found, 3 damaged, 4 refused, 5 left behind, 0 back to not yet
 * fetched (the digit is the status's place in HpItemStatus).  When the
 * focused row is one of several selected, all of them get it.  The focus
 * then moves to the row after, so twelve items take twelve keys.  The
 * "Set status" menu does the same for the selection.  Plain digits are
 * free in the list: the window's sections are Alt+digit, and the column
 * view has no type-ahead.
 *
 * Every change goes through _hp_items_page_set_status(), which hands it
 * to the model's hp_plan_set_items_status() as one change to the plan.
 */

#define G_LOG_DOMAIN "hp-items-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-items-page-private.h"
#include "hp-page-util.h"

/* The next item in the view after @position, or NULL at the end. */
static HpItem *
item_after (HpItemsPage *self,
            guint        position)
{
  return g_list_model_get_item (G_LIST_MODEL (self->selection), position + 1);
}

/* The cells' labels know their list item (hp-items-page-list.c); the
 * focus sits on a row around them or on a cell. */
static GtkListItem *
list_item_of (GtkWidget *widget)
{
  GtkListItem *item = g_object_get_data (G_OBJECT (widget), HP_ITEMS_PAGE_LIST_ITEM_KEY);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL && item == NULL;
       child = gtk_widget_get_next_sibling (child))
    item = list_item_of (child);
  return item;
}

/* Where the row with the keyboard focus stands in the view. */
static gboolean
focused_position (HpItemsPage *self,
                  guint       *position)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  for (GtkWidget *w = focus; w != NULL && w != self->column_view; w = gtk_widget_get_parent (w))
    {
      GtkListItem *item = list_item_of (w);

      if (item != NULL && gtk_list_item_get_position (item) != GTK_INVALID_LIST_POSITION)
        {
          *position = gtk_list_item_get_position (item);
          return TRUE;
        }
    }
  return FALSE;
}

/* The selected items, and the item after the last of them in the view. */
static GPtrArray *
selection_and_next (HpItemsPage  *self,
                    HpItem      **next)
{
  g_autoptr(GtkBitset) set = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  *next = gtk_bitset_is_empty (set) ? NULL : item_after (self, gtk_bitset_get_maximum (set));
  return _hp_items_page_selected_items (self);
}

static gboolean
on_status_key (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  HpItemsPage *self = HP_ITEMS_PAGE (user_data);
  HpItemStatus status = g_variant_get_int32 (args);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(HpItem) next = NULL;
  guint position;

  if (hp_page_get_plan (HP_PAGE (self)) == NULL)
    return FALSE;

  if (!focused_position (self, &position))
    items = selection_and_next (self, &next);
  else if (gtk_selection_model_is_selected (GTK_SELECTION_MODEL (self->selection), position))
    {
      /* The focused row among several selected: all of them. */
      items = selection_and_next (self, &next);
    }
  else
    {
      items = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (self->selection), position));
      next = item_after (self, position);
    }

  if (items->len == 0)
    return FALSE;
  _hp_items_page_set_status (self, items, status, next);
  return TRUE;
}

static void
action_set_status (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HpItemsPage *self = HP_ITEMS_PAGE (widget);
  g_autoptr(HpItem) next = NULL;
  g_autoptr(GPtrArray) items = selection_and_next (self, &next);

  if (items->len > 0)
    _hp_items_page_set_status (self, items, g_variant_get_int32 (parameter), next);
}

/* Puts the focus on @item's row, or where the list ends when @item is
 * gone from the view. */
static void
move_focus_to (HpItemsPage *self,
               HpItem      *item)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  g_autoptr(HpItem) last = NULL;
  guint position;

  if (item != NULL && _hp_items_page_find_in_view (self, item, &position))
    {
      _hp_items_page_show_item (self, item, FALSE);
      return;
    }
  if (n == 0)
    {
      gtk_widget_grab_focus (self->column_view);
      return;
    }
  last = g_list_model_get_item (G_LIST_MODEL (self->selection), n - 1);
  _hp_items_page_show_item (self, last, FALSE);
}

/**
 * _hp_items_page_set_status:
 * @items: the items to set, of the shown plan
 * @next: (nullable): the item to move the focus to afterwards
 *
 * The one place where the list sets the status of items, for one item or
 * a selection: one call of hp_plan_set_items_status(), so one change to
 * the plan.  Says what was done in the message line, and moves the focus
 * on to @next (or to the last row when there is none).
 */
void
_hp_items_page_set_status (HpItemsPage  *self,
                           GPtrArray    *items,
                           HpItemStatus  status,
                           HpItem       *next)
{
  HpPlan *plan = hp_page_get_plan (HP_PAGE (self));
  const char *label = hp_enum_get_label (HP_TYPE_ITEM_STATUS, status);
  g_autoptr(HpItem) fallback = NULL;
  g_autofree char *message = NULL;

  g_return_if_fail (plan != NULL);
  g_return_if_fail (items != NULL && items->len > 0);
  g_return_if_fail (status >= 0 && (guint) status < hp_enum_get_n_values (HP_TYPE_ITEM_STATUS));

  fallback = g_object_ref (g_ptr_array_index (items, items->len - 1));
  hp_plan_set_items_status (plan, (HpItem **) items->pdata, items->len, status);
  _hp_items_page_resort (self);

  _hp_items_page_clear_message (self);
  if (items->len == 1)
    /* Translators: the first %s is a belonging's name, the second its new status */
    message = g_strdup_printf (_("Status of “%s”: %s."),
                               HP_ITEM (g_ptr_array_index (items, 0))->name, label);
  else
    /* Translators: %u is a number of belongings, %s their new status */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Status of %u belonging: %s.",
                                            "Status of %u belongings: %s.", items->len),
                               items->len, label);
  _hp_items_page_show_message (self, message, FALSE);
  move_focus_to (self, next != NULL ? next : fallback);
}

void
_hp_items_page_update_status_action (HpItemsPage *self,
                                     guint        n_selected)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "items.set-status", n_selected > 0);
  if (self->set_status_button != NULL)
    gtk_widget_set_sensitive (self->set_status_button, n_selected > 0);
}

/* "1 Fetched, 2 Not found, …, 0 Not yet fetched", from the statuses' own labels. */
static char *
keys_text (void)
{
  guint n = hp_enum_get_n_values (HP_TYPE_ITEM_STATUS);
  GString *text = g_string_new (NULL);

  for (guint i = 1; i <= n; i++)
    {
      guint status = i % n;

      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append_printf (text, "%u %s", status,
                              hp_enum_get_label (HP_TYPE_ITEM_STATUS, (int) status));
    }
  return g_string_free (text, FALSE);
}

/* The Status column's title, for its tooltip: GTK 4.8 has no API for a
 * column header's widget, so it is found by its text. */
static GtkWidget *
find_title (GtkWidget  *widget,
            const char *title)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), title) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      /* Not into the rows: a cell may read "Status" too. */
      if (GTK_IS_LIST_VIEW (child))
        continue;
      found = find_title (child, title);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GMenuModel *
status_menu (void)
{
  GMenu *menu = g_menu_new ();
  guint n = hp_enum_get_n_values (HP_TYPE_ITEM_STATUS);

  for (guint i = 1; i <= n; i++)
    {
      guint status = i % n;
      g_autoptr(GMenuItem) item = g_menu_item_new (hp_enum_get_label (HP_TYPE_ITEM_STATUS,
                                                                      (int) status), NULL);
      g_autofree char *accel = g_strdup_printf ("%u", status);

      g_menu_item_set_action_and_target_value (item, "items.set-status",
                                               g_variant_new_int32 ((gint32) status));
      /* Shown beside the entry: the key that does the same in the list. */
      g_menu_item_set_attribute (item, "accel", "s", accel);
      g_menu_append_item (menu, item);
    }
  return G_MENU_MODEL (menu);
}

void
_hp_items_page_class_init_status (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "items.set-status", "i", action_set_status);
}

void
_hp_items_page_init_status (HpItemsPage *self)
{
  g_autoptr(GMenuModel) menu = status_menu ();
  g_autofree char *keys = keys_text ();
  g_autofree char *hint = NULL;
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  guint n = hp_enum_get_n_values (HP_TYPE_ITEM_STATUS);
  GtkWidget *title;

  self->set_status_button = gtk_menu_button_new ();
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->set_status_button), menu);
  hp_widget_mark_mnemonic (self->set_status_button, C_("items", "Set status"));
  gtk_widget_set_tooltip_text (self->set_status_button,
                               _("Set the status of the selected belongings"));
  gtk_box_append (GTK_BOX (self->button_box), self->set_status_button);

  for (guint status = 0; status < n; status++)
    {
      guint keys_of_status[] = { GDK_KEY_0 + status, GDK_KEY_KP_0 + status };

      for (guint k = 0; k < G_N_ELEMENTS (keys_of_status); k++)
        {
          GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keys_of_status[k], 0),
                                                    gtk_callback_action_new (on_status_key,
                                                                             self, NULL));

          gtk_shortcut_set_arguments (shortcut, g_variant_new_int32 ((gint32) status));
          gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), shortcut);
        }
    }
  gtk_widget_add_controller (self->column_view, shortcuts);

  /* Translators: %s lists the keys and the statuses they set, "1 Fetched, 2 Not found, …" */
  hint = g_strdup_printf (_("After the visit, select a row and press a digit to set its status: %s. "
                            "The focus then moves to the next row. With several rows selected, "
                            "all of them get the status."),
                          keys);
  gtk_label_set_text (GTK_LABEL (self->status_hint), hint);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, hint,
                                  -1);
  title = find_title (self->column_view, gtk_column_view_column_get_title (self->status_column));
  if (title != NULL)
    gtk_widget_set_tooltip_text (gtk_widget_get_parent (title), hint);
}
