/* hp-checks-contradictions.c: the rules on a plan that contradicts itself
 *
 * Each part of a plan may be right on its own while two parts disagree:
 * rooms listed for staff who do not go in, another visit needed and none
 * planned, must-items that did not come home with nothing to follow up,
 * a visit with a time limit of its own.  Whoever goes on the visit reads
 * one part and not the other, so the caseworker is told where they differ.
 *
 * What "a further visit" is, for the two rules that ask: a visit still
 * planned that is not dated before the last visit that took place (carried
 * out or aborted).  An undated planned visit counts: it is planned, only
 * not dated yet.  A planned visit whose date has passed also counts here;
 * visit-in-past already asks for it to be recorded or moved.  A postponed
 * visit does not count: it has no new time until one is planned.
 */

#define G_LOG_DOMAIN "hp-checks"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-checks-private.h"

/* The translated label of @record's field @name, as the forms show it. */
static const char *
field_label (gpointer    record,
             const char *name)
{
  const HpField *field = hp_record_find_field (HP_RECORD (record), name);

  g_assert (field != NULL);
  return _(field->label);
}

static gboolean
visit_took_place (HpVisit *visit)
{
  return visit->status == HP_VISIT_STATUS_CARRIED_OUT || visit->status == HP_VISIT_STATUS_ABORTED;
}

static gboolean
further_visit_planned (HpPlan *plan)
{
  GListModel *visits = G_LIST_MODEL (plan->visits);
  guint n = g_list_model_get_n_items (visits);
  const char *last = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpVisit) visit = g_list_model_get_item (visits, i);

      if (visit_took_place (visit) && is_date (visit->date) &&
          (last == NULL || strcmp (visit->date, last) > 0))
        last = visit->date;  /* the list holds the visit */
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpVisit) visit = g_list_model_get_item (visits, i);

      if (visit->status != HP_VISIT_STATUS_PLANNED)
        continue;
      if (!is_date (visit->date) || last == NULL || strcmp (visit->date, last) >= 0)
        return TRUE;
    }
  return FALSE;
}

/* Someone's consent to let staff into the home, in force today. */
static gboolean
anyone_consented_to_enter (HpPlan     *plan,
                           const char *today)
{
  GListModel *consents = G_LIST_MODEL (plan->consents);
  guint n = g_list_model_get_n_items (consents);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpConsent) consent = g_list_model_get_item (consents, i);

      if (consent->scope == HP_CONSENT_SCOPE_ENTER_HOME && hp_consent_is_in_force (consent, today))
        return TRUE;
    }
  return FALSE;
}

/* Rooms listed for staff to enter say that staff go in; the plan says
 * they do not.  Whoever reads the rooms on the full plan may go in without
 * anyone's consent, which no other rule catches while staff stay outside.
 * When staff do go in, enter-without-consent asks for the consents, so
 * this rule does not repeat it. */
void
_hp_check_rooms_without_entry (HpPlan     *plan,
                               const char *today,
                               GPtrArray  *findings)
{
  HpSupport *support = plan->support;
  const char *staff_enter_label = field_label (support, "staff_enter_home");
  const char *rooms_label = field_label (support, "rooms_to_enter");

  if (text_empty (support->rooms_to_enter) || staff_enter (plan))
    return;

  if (anyone_consented_to_enter (plan, today))
    add_finding (findings, "rooms-without-entry", HP_SEVERITY_WARNING, HP_SECTION_SUPPORT,
                 g_strdup ("support.rooms_to_enter"), SOURCE_PLAN,
                 /* Translators: the labels of the fields “Rooms staff may enter” and
                  * “Staff enter the home” */
                 g_strdup_printf (_("“%s” is filled in, but “%s” is not ticked. Tick it if "
                                    "staff are to go in, or clear the rooms."),
                                  rooms_label, staff_enter_label));
  else
    add_finding (findings, "rooms-without-entry", HP_SEVERITY_WARNING, HP_SECTION_SUPPORT,
                 g_strdup ("support.rooms_to_enter"), SOURCE_ENTER,
                 /* Translators: the labels of the fields “Rooms staff may enter” and
                  * “Staff enter the home” */
                 g_strdup_printf (_("“%s” is filled in, but “%s” is not ticked and no one has "
                                    "consented to staff entering. Entering the home needs the "
                                    "consent of everyone who lives there; clear the rooms if "
                                    "staff stay outside."),
                                  rooms_label, staff_enter_label));
}

void
_hp_check_another_visit_planned (HpPlan     *plan,
                                 const char *today,
                                 GPtrArray  *findings)
{
  if (!plan->follow_up->another_visit_needed || further_visit_planned (plan))
    return;

  add_finding (findings, "another-visit-not-planned", HP_SEVERITY_WARNING, HP_SECTION_FOLLOW_UP,
               g_strdup ("follow_up.another_visit_needed"), SOURCE_PLAN,
               /* Translators: %s is the label of the field “Another visit needed” */
               g_strdup_printf (_("“%s” is ticked, but no further visit is planned. Add the "
                                  "next visit on the Visits page."),
                                field_label (plan->follow_up, "another_visit_needed")));
}

static gboolean
did_not_come_home (HpItem *item)
{
  return item->status == HP_ITEM_STATUS_NOT_FOUND || item->status == HP_ITEM_STATUS_LEFT_BEHIND ||
         item->status == HP_ITEM_STATUS_REFUSED;
}

/* What the client needs most did not come home.  Followed up means a
 * further visit, "another visit needed" (another-visit-not-planned then
 * asks for the visit) or a note in the follow-up on what happens next. */
void
_hp_check_must_item_followed_up (HpPlan     *plan,
                                 const char *today,
                                 GPtrArray  *findings)
{
  GListModel *items = G_LIST_MODEL (plan->items);
  guint n = g_list_model_get_n_items (items);
  guint n_missing = 0;
  guint first = 0;
  char *message;
  char *field;

  if (plan->follow_up->another_visit_needed || !text_empty (plan->follow_up->note) ||
      further_visit_planned (plan))
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpItem) item = g_list_model_get_item (items, i);

      if (item->priority != HP_PRIORITY_MUST || !did_not_come_home (item))
        continue;
      if (n_missing == 0)
        first = i;
      n_missing++;
    }

  if (n_missing == 0)
    return;

  if (n_missing == 1)
    {
      g_autoptr(HpItem) item = g_list_model_get_item (items, first);

      field = g_strdup_printf ("items[%u].status", first);
      /* Translators: the belonging (“Pass”), then its status (“Hittades inte”) */
      message = g_strdup_printf (_("“%s” must be fetched but is marked “%s”, and no new visit "
                                   "is planned. Plan one, or write in the follow-up how the "
                                   "client gets it."),
                                 item->name, hp_enum_get_label (HP_TYPE_ITEM_STATUS, item->status));
    }
  else
    {
      field = g_strdup ("items");
      message = g_strdup_printf (ngettext ("%u belonging that must be fetched did not come "
                                           "home, and no new visit is planned. Plan one, or "
                                           "write in the follow-up how the client gets it.",
                                           "%u belongings that must be fetched did not come "
                                           "home, and no new visit is planned. Plan one, or "
                                           "write in the follow-up how the client gets them.",
                                           n_missing),
                                 n_missing);
    }

  add_finding (findings, "must-item-not-followed-up", HP_SEVERITY_WARNING, HP_SECTION_ITEMS,
               field, SOURCE_PLAN, message);
}

/* A planned visit whose time limit is not the support's: the staff read
 * one on the full plan and the other on the visit.  A visit already
 * carried out keeps the limit it had; a visit or a support with no limit
 * (0) is not a contradiction. */
void
_hp_check_visit_time_limit (HpPlan     *plan,
                            const char *today,
                            GPtrArray  *findings)
{
  GListModel *visits = G_LIST_MODEL (plan->visits);
  guint n = g_list_model_get_n_items (visits);
  int on_site = plan->support->time_on_site_minutes;

  if (on_site <= 0)
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpVisit) visit = g_list_model_get_item (visits, i);
      g_autofree char *which = NULL;

      if (visit->status != HP_VISIT_STATUS_PLANNED || visit->time_limit_minutes <= 0 ||
          visit->time_limit_minutes == on_site)
        continue;

      if (is_date (visit->date))
        {
          g_autofree char *date = hp_date_format_long (visit->date);

          /* Translators: a visit in a sentence; %s is its date */
          which = g_strdup_printf (_("The visit on %s"), date);
        }
      else
        /* Translators: a visit without a date in a sentence; %u is its number in the list */
        which = g_strdup_printf (_("Visit %u"), i + 1);

      add_finding (findings, "visit-time-limit-differs", HP_SEVERITY_WARNING, HP_SECTION_VISITS,
                   g_strdup_printf ("visits[%u].time_limit_minutes", i), SOURCE_PLAN,
                   /* Translators: “The visit on 25 november 2026” or “Visit 2”, then its
                    * time limit and the support's, in minutes */
                   g_strdup_printf (_("%s has a time limit of %d min, but the time limit on "
                                      "site for the way of support is %d min. Make them the "
                                      "same, so that the staff go by one."),
                                    which, visit->time_limit_minutes, on_site));
    }
}
