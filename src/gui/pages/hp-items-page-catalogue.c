/* hp-items-page-catalogue.c: the items page's picker of the catalogue
 *
 * Common belongings to add in one go, each marked when the plan holds one
 * of that name already, for the client or a child; and the selected
 * belongings saved to the user's own catalogue.
 */

#define G_LOG_DOMAIN "hp-items-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-catalogue-picker.h"
#include "hp-catalogue-save.h"
#include "hp-items-page-private.h"
#include "hp-page-util.h"

/* The catalogue */

void
_hp_items_page_refresh_picker_owners (HpItemsPage *self)
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

void
_hp_items_page_on_picker_opening (HpItemsPage *self)
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
  _hp_items_page_refresh_picker_owners (self);
}

void
_hp_items_page_on_picker_add (HpItemsPage *self)
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
  _hp_items_page_clear_message (self);
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Added %u belonging from the catalogue.",
                                          "Added %u belongings from the catalogue.",
                                          added->len),
                             added->len);
  _hp_items_page_show_message (self, message, FALSE);
  _hp_items_page_update_count (self);
  if (added->len > 0)
    _hp_items_page_show_item (self, g_ptr_array_index (added, 0), FALSE);
}

/* The catalogue's items in the picker, again after the catalogue was read
 * again. */
static void
fill_entries (HpItemsPage *self)
{
  HpCatalogue *catalogue = hp_page_get_catalogue (HP_PAGE (self));

  hp_catalogue_picker_clear (HP_CATALOGUE_PICKER (self->picker));
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
}

static void
update_save_button (HpItemsPage *self)
{
  g_autoptr(GtkBitset) set = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  gtk_widget_set_sensitive (self->save_button, !gtk_bitset_is_empty (set));
}

/* Saves each selected belonging's name, category and priority, and
 * whether it is a child's; where it is, its status and note belong to
 * this plan.  Stops at the first that cannot be saved, and says why. */
static void
on_save_clicked (HpItemsPage *self)
{
  HpPlan *plan = hp_page_get_plan (HP_PAGE (self));
  HpCatalogue *catalogue = hp_page_get_catalogue (HP_PAGE (self));
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *done = NULL;

  if (plan == NULL || catalogue == NULL)
    return;

  items = _hp_items_page_selected_items (self);
  _hp_items_page_clear_message (self);
  for (guint i = 0; i < items->len; i++)
    {
      HpItem *item = g_ptr_array_index (items, i);
      g_autoptr(GError) error = NULL;
      g_autofree char *refusal = NULL;
      HpCatalogueItem entry = { item->name, item->category, item->priority, *item->owner != '\0' };

      refusal = hp_catalogue_save_check_texts (plan, (const char *[]) { item->name, NULL });
      if (refusal != NULL)
        {
          _hp_items_page_show_message (self, refusal, FALSE);
          return;
        }
      if (!hp_catalogue_save_item (catalogue, &entry, &error))
        {
          _hp_items_page_show_message (self, error->message, FALSE);
          return;
        }
    }

  if (items->len == 1)
    done = hp_catalogue_save_done_message (catalogue, ((HpItem *) items->pdata[0])->name);
  else if (items->len > 1)
    done = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Saved %u belonging in your catalogue.",
                                         "Saved %u belongings in your catalogue.",
                                         items->len),
                            items->len);
  if (done != NULL)
    _hp_items_page_show_message (self, done, FALSE);
}

void
_hp_items_page_fill_picker (HpItemsPage *self)
{
  HpCatalogue *catalogue = hp_page_get_catalogue (HP_PAGE (self));
  GtkWidget *box, *label;

  if (catalogue == NULL)
    {
      gtk_widget_set_visible (self->picker, FALSE);
      return;
    }

  fill_entries (self);
  g_signal_connect_object (catalogue, "changed", G_CALLBACK (fill_entries), self,
                           G_CONNECT_SWAPPED);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  label = gtk_label_new (_("Add them for"));
  self->picker_owner = gtk_drop_down_new (NULL, NULL);
  gtk_widget_set_hexpand (self->picker_owner, TRUE);
  hp_widget_set_label_for (label, self->picker_owner);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), self->picker_owner);
  hp_catalogue_picker_set_extra (HP_CATALOGUE_PICKER (self->picker), box);
  _hp_items_page_refresh_picker_owners (self);

  self->save_button = hp_catalogue_save_button_new (
    _("Save the selected belongings in your own catalogue, so that every plan can pick them"));
  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (on_save_clicked), self);
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (self->picker)), self->save_button,
                              self->picker);
  hp_catalogue_save_place_last (self->save_button);
  g_signal_connect_object (self->selection, "selection-changed", G_CALLBACK (update_save_button),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "items-changed", G_CALLBACK (update_save_button),
                           self, G_CONNECT_SWAPPED);
  update_save_button (self);
}
