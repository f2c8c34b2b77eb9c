/* hp-record-values.c: comparing, copying and assigning records, field by field
 *
 * All of it walks the field table (hp-record.h) and nothing else: a field
 * added to a class is compared, copied and assigned without more code.
 */

#define G_LOG_DOMAIN "hp-record"

#include "config.h"

#include <string.h>

#include "hp-record-private.h"

/* Returns NULL when equal, else the path of the first difference. */
static char *
difference (HpRecord   *a,
            HpRecord   *b,
            const char *path)
{
  guint n_fields;
  const HpField *fields;

  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    return g_strdup (path[0] ? path : "(type)");

  fields = hp_record_get_fields (a, &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      const HpField *field = &fields[i];
      g_autofree char *here = path[0] ? g_strdup_printf ("%s.%s", path, field->name)
                                      : g_strdup (field->name);

      switch (field->kind)
        {
        case HP_FIELD_STRING:
        case HP_FIELD_TEXT:
        case HP_FIELD_DATE:
        case HP_FIELD_TIME:
        case HP_FIELD_ID_NUMBER:
          if (strcmp (FIELD_STR (a, field), FIELD_STR (b, field)) != 0)
            return g_steal_pointer (&here);
          break;
        case HP_FIELD_BOOLEAN:
        case HP_FIELD_INT:
        case HP_FIELD_ENUM:
          if (FIELD_INT (a, field) != FIELD_INT (b, field))
            return g_steal_pointer (&here);
          break;
        case HP_FIELD_RECORD:
          {
            char *d = difference (HP_RECORD (FIELD_OBJ (a, field)),
                                  HP_RECORD (FIELD_OBJ (b, field)), here);
            if (d != NULL)
              return d;
          }
          break;
        case HP_FIELD_LIST:
          {
            GListModel *la = G_LIST_MODEL (FIELD_OBJ (a, field));
            GListModel *lb = G_LIST_MODEL (FIELD_OBJ (b, field));
            guint n = g_list_model_get_n_items (la);

            if (n != g_list_model_get_n_items (lb))
              return g_strdup_printf ("%s (length)", here);

            for (guint j = 0; j < n; j++)
              {
                g_autoptr(HpRecord) ia = g_list_model_get_item (la, j);
                g_autoptr(HpRecord) ib = g_list_model_get_item (lb, j);
                g_autofree char *at = g_strdup_printf ("%s[%u]", here, j);
                char *d = difference (ia, ib, at);

                if (d != NULL)
                  return d;
              }
          }
          break;
        default:
          g_assert_not_reached ();
        }
    }

  if (hp_record_get_n_extras (a) != hp_record_get_n_extras (b))
    return g_strdup_printf ("%s (unknown members)", path);
  for (guint i = 0; i < hp_record_get_n_extras (a); i++)
    {
      const char *na, *ja, *nb, *jb;

      hp_record_get_extra (a, i, &na, &ja);
      hp_record_get_extra (b, i, &nb, &jb);
      if (strcmp (na, nb) != 0 || strcmp (ja, jb) != 0)
        return g_strdup_printf ("%s.%s", path, na);
    }

  return NULL;
}

/**
 * hp_record_describe_difference:
 *
 * Returns: (transfer full) (nullable): %NULL when @a and @b hold the same
 * values all the way down, else the path of the first field that differs
 * (for example "items[3].priority").
 */
char *
hp_record_describe_difference (HpRecord *a,
                               HpRecord *b)
{
  g_return_val_if_fail (HP_IS_RECORD (a), NULL);
  g_return_val_if_fail (HP_IS_RECORD (b), NULL);

  return difference (a, b, "");
}

gboolean
hp_record_equal (HpRecord *a,
                 HpRecord *b)
{
  g_autofree char *d = hp_record_describe_difference (a, b);

  return d == NULL;
}

static gboolean
lists_equal (GListModel *a,
             GListModel *b)
{
  guint n = g_list_model_get_n_items (a);

  if (n != g_list_model_get_n_items (b))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpRecord) ra = g_list_model_get_item (a, i);
      g_autoptr(HpRecord) rb = g_list_model_get_item (b, i);

      if (!hp_record_equal (ra, rb))
        return FALSE;
    }
  return TRUE;
}

/* Writes every field of @src into @dest.  With @notify, through the
 * setters, so that each real change is notified (and only those), and a
 * list is replaced only when it differs; without, straight into the
 * fields, members kept from a newer file too: @dest is a new record that
 * nobody observes yet. */
static void
assign_into (HpRecord *dest,
             HpRecord *src,
             gboolean  notify)
{
  guint n_fields;
  const HpField *fields = hp_record_get_fields (src, &n_fields);

  if (notify)
    g_object_freeze_notify (G_OBJECT (dest));

  for (guint i = 0; i < n_fields; i++)
    {
      const HpField *field = &fields[i];

      switch (field->kind)
        {
        case HP_FIELD_STRING:
        case HP_FIELD_TEXT:
        case HP_FIELD_DATE:
        case HP_FIELD_TIME:
        case HP_FIELD_ID_NUMBER:
          if (notify)
            hp_record_set_string (dest, field, FIELD_STR (src, field));
          else
            {
              g_free (FIELD_STR (dest, field));
              FIELD_STR (dest, field) = g_strdup (FIELD_STR (src, field));
            }
          break;
        case HP_FIELD_BOOLEAN:
        case HP_FIELD_INT:
        case HP_FIELD_ENUM:
          if (notify)
            hp_record_set_int (dest, field, FIELD_INT (src, field));
          else
            FIELD_INT (dest, field) = FIELD_INT (src, field);
          break;
        case HP_FIELD_RECORD:
          assign_into (HP_RECORD (FIELD_OBJ (dest, field)), HP_RECORD (FIELD_OBJ (src, field)),
                       notify);
          break;
        case HP_FIELD_LIST:
          {
            GListModel *from = G_LIST_MODEL (FIELD_OBJ (src, field));
            GListModel *to = G_LIST_MODEL (FIELD_OBJ (dest, field));
            guint n = g_list_model_get_n_items (from);
            g_autoptr(GPtrArray) copies = NULL;

            if (notify && lists_equal (from, to))
              break;
            copies = g_ptr_array_new_full (n, g_object_unref);
            for (guint j = 0; j < n; j++)
              {
                g_autoptr(HpRecord) item = g_list_model_get_item (from, j);
                g_ptr_array_add (copies, hp_record_copy (item));
              }
            g_list_store_splice (G_LIST_STORE (to), 0, g_list_model_get_n_items (to),
                                 copies->pdata, copies->len);
          }
          break;
        default:
          g_assert_not_reached ();
        }
    }

  if (!notify)
    for (guint i = 0; i < hp_record_get_n_extras (src); i++)
      {
        const char *name, *json;

        hp_record_get_extra (src, i, &name, &json);
        hp_record_add_extra (dest, name, json);
      }

  if (notify)
    g_object_thaw_notify (G_OBJECT (dest));
}

/**
 * hp_record_copy:
 *
 * Returns: (transfer full): a deep copy of @self, with no parent
 */
HpRecord *
hp_record_copy (HpRecord *self)
{
  HpRecord *copy;

  g_return_val_if_fail (HP_IS_RECORD (self), NULL);

  copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  assign_into (copy, self, FALSE);
  return copy;
}

/**
 * hp_record_assign_values:
 *
 * Writes every field of @src into @dest through the setters, so that each
 * real change is notified (and only those).  Lists are replaced by copies.
 */
void
hp_record_assign_values (HpRecord *dest,
                         HpRecord *src)
{
  g_return_if_fail (HP_IS_RECORD (dest));
  g_return_if_fail (HP_IS_RECORD (src));
  g_return_if_fail (G_OBJECT_TYPE (dest) == G_OBJECT_TYPE (src));

  /* One change for an undo history, however many fields it sets. */
  hp_record_begin_group (dest);
  assign_into (dest, src, TRUE);
  hp_record_end_group (dest);
}
