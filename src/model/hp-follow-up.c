/* hp-follow-up.c: What happened afterwards.
 *
 * Also the one rule that writes "what came home" from the items' outcomes,
 * and when that text may follow the outcomes without asking: while the
 * caseworker has not written in it.
 */

#define G_LOG_DOMAIN "hp-follow-up"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-follow-up.h"
#include "hp-item.h"

G_DEFINE_FINAL_TYPE (HpFollowUp, hp_follow_up, HP_TYPE_RECORD)

static const HpField follow_up_fields[] = {
  { "outcome", HP_FIELD_ENUM, G_STRUCT_OFFSET (HpFollowUp, outcome), hp_outcome_get_type,
    N_("Carried out"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "date", HP_FIELD_DATE, G_STRUCT_OFFSET (HpFollowUp, date), NULL,
    N_("Date of follow-up"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "items_returned", HP_FIELD_TEXT, G_STRUCT_OFFSET (HpFollowUp, items_returned), NULL,
    N_("What came home"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "incidents", HP_FIELD_TEXT, G_STRUCT_OFFSET (HpFollowUp, incidents), NULL,
    N_("Incidents"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "another_visit_needed", HP_FIELD_BOOLEAN, G_STRUCT_OFFSET (HpFollowUp, another_visit_needed), NULL,
    N_("Another visit needed"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "documented", HP_FIELD_BOOLEAN, G_STRUCT_OFFSET (HpFollowUp, documented), NULL,
    N_("Documented in the case record"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "note", HP_FIELD_TEXT, G_STRUCT_OFFSET (HpFollowUp, note), NULL,
    N_("Note"), HP_FIELD_FLAG_NONE, 0, 0 },
};

static void
hp_follow_up_class_init (HpFollowUpClass *klass)
{
  hp_record_class_install_fields (HP_RECORD_CLASS (klass), follow_up_fields, G_N_ELEMENTS (follow_up_fields));
}

static void
hp_follow_up_init (HpFollowUp *self)
{
}

/**
 * hp_follow_up_new:
 *
 * Returns: (transfer full): a new, empty followup
 */
HpFollowUp *
hp_follow_up_new (void)
{
  return g_object_new (HP_TYPE_FOLLOW_UP, NULL);
}

/* The lines of the summary, in the order a caseworker reads them: what came
 * home first, then what did not and why. */
static const struct
{
  HpItemStatus status;
  const char  *heading;
} summary_lines[] = {
  { HP_ITEM_STATUS_RETRIEVED, NC_("outcomes summary", "Came home") },
  { HP_ITEM_STATUS_DAMAGED, NC_("outcomes summary", "Came home damaged") },
  { HP_ITEM_STATUS_NOT_FOUND, NC_("outcomes summary", "Not found") },
  { HP_ITEM_STATUS_REFUSED, NC_("outcomes summary", "The other party refused to hand over") },
  { HP_ITEM_STATUS_LEFT_BEHIND, NC_("outcomes summary", "Left behind") },
  { HP_ITEM_STATUS_PLANNED, NC_("outcomes summary", "Not fetched yet") },
};

/**
 * hp_follow_up_summarize_items:
 * @items: a list of #HpItem, in the plan's order
 *
 * What came home and what did not, one line for each outcome that some
 * item has, the items named in the plan's order.  Items without a name
 * are left out; the names are kept as written.
 *
 * Returns: (transfer full) (nullable): the text, in the user's language,
 * or %NULL while no item has an outcome recorded
 */
char *
hp_follow_up_summarize_items (GListModel *items)
{
  guint n;
  g_autoptr(GString) text = NULL;
  gboolean any_outcome = FALSE;

  g_return_val_if_fail (G_IS_LIST_MODEL (items), NULL);

  n = g_list_model_get_n_items (items);
  for (guint i = 0; i < n && !any_outcome; i++)
    {
      g_autoptr(HpItem) item = g_list_model_get_item (items, i);

      any_outcome = item->status != HP_ITEM_STATUS_PLANNED;
    }
  if (!any_outcome)
    return NULL;

  text = g_string_new (NULL);
  for (guint l = 0; l < G_N_ELEMENTS (summary_lines); l++)
    {
      g_autoptr(GString) names = g_string_new (NULL);
      g_autofree char *line = NULL;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(HpItem) item = g_list_model_get_item (items, i);
          g_autofree char *name = NULL;

          if (item->status != summary_lines[l].status || item->name == NULL)
            continue;
          name = g_strstrip (g_strdup (item->name));
          if (*name == '\0')
            continue;
          if (names->len > 0)
            g_string_append (names, ", ");
          g_string_append (names, name);
        }
      if (names->len == 0)
        continue;

      /* Translators: a line of the summary of outcomes: its heading
       * ("Came home"), then the belongings, separated by commas */
      line = g_strdup_printf (_("%s: %s."),
                              g_dpgettext2 (GETTEXT_PACKAGE, "outcomes summary",
                                            summary_lines[l].heading),
                              names->str);
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, line);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * hp_follow_up_follow_items:
 * @previous: (nullable): the summary of the outcomes before they changed
 * @items: a list of #HpItem
 *
 * Keeps "what came home" following the items' outcomes while the
 * caseworker has not written in it: when it is empty, or still reads
 * @previous word for word, it becomes the summary of @items.  Text
 * anyone wrote is never replaced.
 *
 * Returns: whether the text was changed
 */
gboolean
hp_follow_up_follow_items (HpFollowUp *self,
                           const char *previous,
                           GListModel *items)
{
  g_autofree char *summary = NULL;
  const char *now;

  g_return_val_if_fail (HP_IS_FOLLOW_UP (self), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (items), FALSE);

  now = self->items_returned != NULL ? self->items_returned : "";
  if (*now != '\0' && g_strcmp0 (now, previous) != 0)
    return FALSE;

  summary = hp_follow_up_summarize_items (items);
  if (g_strcmp0 (summary != NULL ? summary : "", now) == 0)
    return FALSE;
  g_object_set (self, "items_returned", summary != NULL ? summary : "", NULL);
  return TRUE;
}
