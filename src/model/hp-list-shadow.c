/* hp-list-shadow.c: what a list held before its last change */

#define G_LOG_DOMAIN "hp-list-shadow"

#include "config.h"

#include <string.h>

#include "hp-list-shadow.h"

struct _HpListShadow
{
  GListModel *list;    /* not owned: the shadow lives as long as its list's owner */
  GPtrArray  *items;   /* a reference to each item of @list, in order */
};

/**
 * hp_list_shadow_new:
 *
 * Returns: (transfer full): a shadow of @list as it is now; follow every
 * change of @list with hp_list_shadow_follow()
 */
HpListShadow *
hp_list_shadow_new (GListModel *list)
{
  HpListShadow *self;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (list), NULL);

  n = g_list_model_get_n_items (list);
  self = g_new0 (HpListShadow, 1);
  self->list = list;
  self->items = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (self->items, g_list_model_get_item (list, i));
  return self;
}

void
hp_list_shadow_free (HpListShadow *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->items);
  g_free (self);
}

/**
 * hp_list_shadow_follow:
 * @position, @removed, @added: as GListModel::items-changed gave them
 *
 * Brings the shadow up to its list, which has just changed.
 *
 * Returns: (transfer full): the @removed items that left the list, in
 * their order, each with a reference
 */
GPtrArray *
hp_list_shadow_follow (HpListShadow *self,
                       guint         position,
                       guint         removed,
                       guint         added)
{
  GPtrArray *gone;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position + removed <= self->items->len, NULL);

  gone = g_ptr_array_new_full (removed, g_object_unref);
  for (guint i = 0; i < removed; i++)
    g_ptr_array_add (gone, g_object_ref (g_ptr_array_index (self->items, position + i)));
  g_ptr_array_remove_range (self->items, position, removed);

  if (added > 0)
    {
      guint tail = self->items->len - position;

      /* Made room for all at once: one move however many came. */
      g_ptr_array_set_size (self->items, self->items->len + added);
      memmove (self->items->pdata + position + added, self->items->pdata + position,
               tail * sizeof (gpointer));
      for (guint i = 0; i < added; i++)
        self->items->pdata[position + i] = g_list_model_get_item (self->list, position + i);
    }

  return gone;
}
