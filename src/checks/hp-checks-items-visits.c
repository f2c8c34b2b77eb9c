/* hp-checks-items-visits.c: the rules on the belongings and the visits
 *
 * What matters most to the client, trackers in what the other party hands
 * over, and visits that come too late or whose date has passed.
 */

#define G_LOG_DOMAIN "hp-checks"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-checks-private.h"

/* The client decides what matters most; with no "must" item nothing tells
 * the staff what to fetch first when time runs short. */
void
_hp_check_must_item (HpPlan     *plan,
                     const char *today,
                     GPtrArray  *findings)
{
  GListModel *items = G_LIST_MODEL (plan->items);
  guint n = g_list_model_get_n_items (items);
  char *message;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpItem) item = g_list_model_get_item (items, i);

      if (item->priority == HP_PRIORITY_MUST)
        return;
    }

  if (n == 0)
    message = g_strdup (_("No belongings are listed. Ask the client what is needed, and mark "
                          "what must be fetched."));
  else
    /* Translators: %s is the priority “Must” as the items page shows it */
    message = g_strdup_printf (_("No belonging is marked “%s”. Mark what the client needs most, "
                                 "so that it is fetched first if time runs short."),
                               hp_enum_get_label (HP_TYPE_PRIORITY, HP_PRIORITY_MUST));

  add_finding (findings, "no-must-item", HP_SEVERITY_WARNING, HP_SECTION_ITEMS,
               g_strdup ("items"), SOURCE_REPORT, message);
}

/* Things left behind may be thrown away or destroyed: a visit after the
 * date they are needed by comes too late. */
void
_hp_check_visit_after_needed_by (HpPlan     *plan,
                                 const char *today,
                                 GPtrArray  *findings)
{
  const char *needed_by = plan->case_info->needed_by;
  GListModel *visits = G_LIST_MODEL (plan->visits);
  guint n = g_list_model_get_n_items (visits);
  g_autofree char *needed_long = NULL;

  if (!is_date (needed_by))
    return;
  needed_long = hp_date_format_long (needed_by);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpVisit) visit = g_list_model_get_item (visits, i);
      g_autofree char *date = NULL;

      if (visit->status != HP_VISIT_STATUS_PLANNED || !is_date (visit->date) ||
          strcmp (visit->date, needed_by) <= 0)
        continue;

      date = hp_date_format_long (visit->date);
      add_finding (findings, "visit-after-needed-by", HP_SEVERITY_WARNING, HP_SECTION_VISITS,
                   g_strdup_printf ("visits[%u].date", i), SOURCE_REPORT,
                   /* Translators: the date of the visit, the date the belongings are needed by */
                   g_strdup_printf (_("The visit on %s comes after %s, the date by which the "
                                      "belongings are needed. Things left behind may be thrown "
                                      "away or destroyed in the meantime."), date, needed_long));
    }
}

void
_hp_check_visit_in_past (HpPlan     *plan,
                         const char *today,
                         GPtrArray  *findings)
{
  GListModel *visits = G_LIST_MODEL (plan->visits);
  guint n = g_list_model_get_n_items (visits);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpVisit) visit = g_list_model_get_item (visits, i);
      g_autofree char *date = NULL;

      if (visit->status != HP_VISIT_STATUS_PLANNED || !is_date (visit->date) ||
          strcmp (visit->date, today) >= 0)
        continue;

      date = hp_date_format_long (visit->date);
      add_finding (findings, "visit-in-past", HP_SEVERITY_WARNING, HP_SECTION_VISITS,
                   g_strdup_printf ("visits[%u].date", i), SOURCE_PLAN,
                   /* Translators: %s is the date of the visit */
                   g_strdup_printf (_("The visit on %s is still marked as planned, but the date "
                                      "has passed. Record what happened or set a new date."),
                                    date));
    }
}

/* The other party may plant a tracker among what he hands over. */
void
_hp_check_trackers (HpPlan     *plan,
                    const char *today,
                    GPtrArray  *findings)
{
  GListModel *items = G_LIST_MODEL (plan->items);
  guint n = g_list_model_get_n_items (items);
  gboolean all_from_other_party = other_party_hands_over (plan);
  guint n_unchecked = 0;
  guint first = 0;
  gboolean received = FALSE;
  HpSeverity severity;
  char *message;
  char *field;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpItem) item = g_list_model_get_item (items, i);

      if (!all_from_other_party && !item->from_other_party)
        continue;
      if (item->tracker_checked)
        continue;
      /* What never came back needs no check. */
      if (item->status == HP_ITEM_STATUS_NOT_FOUND || item->status == HP_ITEM_STATUS_REFUSED ||
          item->status == HP_ITEM_STATUS_LEFT_BEHIND)
        continue;

      if (n_unchecked == 0)
        first = i;
      n_unchecked++;
      if (item->status == HP_ITEM_STATUS_RETRIEVED || item->status == HP_ITEM_STATUS_DAMAGED)
        received = TRUE;
    }

  if (n_unchecked == 0)
    return;

  if (n_unchecked == 1)
    {
      g_autoptr(HpItem) item = g_list_model_get_item (items, first);

      field = g_strdup_printf ("items[%u].tracker_checked", first);
      /* Translators: %s is the belonging (“Teddy bear”) */
      message = g_strdup_printf (_("“%s” is handed over by the other party and has not been "
                                   "checked for trackers. Check bags, toys and devices for GPS "
                                   "trackers, AirTags and tracking apps before they reach the "
                                   "client."), item->name);
    }
  else
    {
      field = g_strdup ("items");
      message = g_strdup_printf (ngettext ("%u belonging is handed over by the other party and "
                                           "has not been checked for trackers. Check bags, toys "
                                           "and devices for GPS trackers, AirTags and tracking "
                                           "apps before they reach the client.",
                                           "%u belongings are handed over by the other party and "
                                           "have not been checked for trackers. Check bags, toys "
                                           "and devices for GPS trackers, AirTags and tracking "
                                           "apps before they reach the client.",
                                           n_unchecked),
                                 n_unchecked);
    }

  /* Before the handover this is a reminder; once something has come back
   * unchecked it is a risk now. */
  severity = received ? HP_SEVERITY_WARNING : HP_SEVERITY_ADVICE;
  add_finding (findings, "tracker-check", severity, HP_SECTION_ITEMS, field, SOURCE_REPORT,
               message);
}
