/* hp-plan-file-check.c: what both readers of the plan file check alike
 *
 * The message for a member with a wrong value, and the references between
 * records that the field tables cannot express (ids that repeat, an owner
 * or a recipient that is not there).  The strict loader in hp-plan-file.c
 * and the one-pass reader in hp-plan-file-fast.c both call these, so the
 * two cannot disagree on a file.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-format-error.h"
#include "hp-model.h"
#include "hp-plan-file-limits.h"
#include "hp-plan-file-private.h"

/* Member paths and values in messages are the file's own; values that may
 * be personal are shown through hp_value_shown (). */
gboolean
_hp_plan_file_invalid (GError     **error,
                       const char  *path,
                       const char  *format,
                       ...)
{
  g_autofree char *problem = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_INVALID, "%s: %s", path, problem);
  return FALSE;
}

typedef struct
{
  const char *id;
  guint       index;
} IdEntry;

static int
compare_id_entries (gconstpointer a,
                    gconstpointer b)
{
  const IdEntry *x = a, *y = b;
  int c = strcmp (x->id, y->id);

  if (c != 0)
    return c;
  return x->index < y->index ? -1 : x->index > y->index;
}

/* The "id" members of the records in @list, sorted by id (then position).
 * Sorted rather than hashed: a hash table of thousands of ids chosen to
 * collide takes minutes to fill, a sort never does.  Sets @duplicate to the
 * position of the first record whose id an earlier record has already
 * used, or G_MAXUINT. */
static GArray *
sorted_ids (GListModel *list,
            guint      *duplicate)
{
  guint n = g_list_model_get_n_items (list);
  GArray *ids = g_array_sized_new (FALSE, FALSE, sizeof (IdEntry), n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpRecord) record = g_list_model_get_item (list, i);
      /* The list keeps the record, and so the string, alive. */
      IdEntry entry = { hp_record_get_string (record, hp_record_find_field (record, "id")), i };

      g_array_append_val (ids, entry);
    }
  g_array_sort (ids, compare_id_entries);

  *duplicate = G_MAXUINT;
  for (guint i = 1; i < ids->len; i++)
    {
      const IdEntry *prev = &g_array_index (ids, IdEntry, i - 1);
      const IdEntry *entry = &g_array_index (ids, IdEntry, i);

      /* The second of a run of equal ids is the first to repeat one. */
      if (strcmp (prev->id, entry->id) == 0 &&
          (i == 1 || strcmp (g_array_index (ids, IdEntry, i - 2).id, entry->id) != 0))
        *duplicate = MIN (*duplicate, entry->index);
    }

  return ids;
}

static gboolean
has_id (GArray     *ids,
        const char *id)
{
  IdEntry key = { id, 0 };
  guint lo = 0, hi = ids->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      int c = strcmp (g_array_index (ids, IdEntry, mid).id, key.id);

      if (c == 0)
        return TRUE;
      if (c < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return FALSE;
}

/* References between records that the field tables cannot express: for
 * both readers. */
gboolean
hp_plan_file_check_references (HpPlan  *plan,
                               GError **error)
{
  g_autoptr(GArray) contacts = NULL;
  g_autoptr(GArray) children = NULL;
  g_autoptr(GArray) consent_ids = NULL;
  GListModel *list;
  guint duplicate;

  /* Consents from before the disclosure log get their ids here, on both
   * paths, before the ids are compared. */
  hp_plan_init_consent_ids (plan);
  consent_ids = sorted_ids (G_LIST_MODEL (plan->consents), &duplicate);
  if (duplicate != G_MAXUINT)
    {
      g_autofree char *path = g_strdup_printf ("consents[%u].id", duplicate);

      return _hp_plan_file_invalid (error, path, _("the id is used by another consent too"));
    }

  /* A time that does not exist would sort the log wrongly.  An entry's
   * contact or consent may be gone from the plan since: the entry keeps
   * what it said about them. */
  list = G_LIST_MODEL (plan->disclosures);
  {
    g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

    for (guint i = 0; i < g_list_model_get_n_items (list); i++)
      {
        g_autoptr(HpDisclosure) entry = g_list_model_get_item (list, i);

        if (!hp_disclosure_time_valid (entry->when))
          {
            g_autofree char *path = g_strdup_printf ("disclosures[%u].when", i);
            return _hp_plan_file_invalid (error, path,
                            _("expected a local date and time written as YYYY-MM-DDTHH:MM:SS"));
          }
        /* Entries are merged by id (a window saving over a file the command
         * line added to): one written before entries had ids, or copied by
         * hand with another's, gets its own here, or it could be dropped. */
        if (entry->id[0] == '\0' || g_hash_table_contains (seen, entry->id))
          hp_disclosure_set_loaded_id (entry, i);
        g_hash_table_add (seen, entry->id);
      }
  }

  contacts = sorted_ids (G_LIST_MODEL (plan->contacts), &duplicate);
  if (duplicate != G_MAXUINT)
    {
      g_autoptr(HpContact) contact = g_list_model_get_item (G_LIST_MODEL (plan->contacts), duplicate);
      g_autofree char *path = g_strdup_printf ("contacts[%u].id", duplicate);

      return _hp_plan_file_invalid (error, path, _("the id “%s” is used by another contact too"),
                      hp_value_shown (contact->id, HP_VALUE_SHAPE_ID));
    }

  children = sorted_ids (G_LIST_MODEL (plan->case_info->children), &duplicate);
  if (duplicate != G_MAXUINT)
    {
      g_autoptr(HpChild) child = g_list_model_get_item (G_LIST_MODEL (plan->case_info->children),
                                                        duplicate);
      g_autofree char *path = g_strdup_printf ("case.children[%u].id", duplicate);

      return _hp_plan_file_invalid (error, path, _("the id “%s” is used by another child too"),
                      hp_value_shown (child->id, HP_VALUE_SHAPE_ID));
    }

  list = G_LIST_MODEL (plan->items);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(HpItem) item = g_list_model_get_item (list, i);

      if (item->owner[0] != '\0' && !has_id (children, item->owner))
        {
          g_autofree char *path = g_strdup_printf ("items[%u].owner", i);
          return _hp_plan_file_invalid (error, path, _("no child has the id “%s”"),
                          hp_value_shown (item->owner, HP_VALUE_SHAPE_ID));
        }
    }

  list = G_LIST_MODEL (plan->consents);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(HpConsent) consent = g_list_model_get_item (list, i);

      if (consent->recipient[0] != '\0' && !has_id (contacts, consent->recipient))
        {
          g_autofree char *path = g_strdup_printf ("consents[%u].recipient", i);
          return _hp_plan_file_invalid (error, path, _("no contact has the id “%s”"),
                          hp_value_shown (consent->recipient, HP_VALUE_SHAPE_ID));
        }
    }

  return TRUE;
}
