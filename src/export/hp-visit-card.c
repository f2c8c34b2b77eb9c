/* hp-visit-card.c: the visit card, one A4 page for the staff on one visit
 *
 * What the staff need in the stairwell, at a glance: when and for how
 * long, who goes and the code word, when to check in and out and the
 * office's phone, where to park and the way out, what to do if the other
 * party turns up, and the belongings in pick order, room by room, each with
 * a tick box.  Internal staff paper like the full plan, but it goes to the
 * home: under protected personal data every text goes through the same
 * secrets as the full plan's (whereabouts only), and the client's phone,
 * safe way of contact and whereabouts are never printed at all.
 */

#define G_LOG_DOMAIN "hp-documents"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-document-parts.h"
#include "hp-documents.h"
#include "hp-export.h"
#include "hp-layout.h"

/* ------------------------------------------------------------------ */
/* Rooms                                                                */

/* The belongings of one room, in the order they are picked. */
typedef struct
{
  char      *name;     /* as first typed */
  char      *key;      /* folded, for grouping */
  GPtrArray *items;    /* of ItemAt */
  gboolean   has_must;
  guint      first;    /* the list index of its first item */
} Room;

typedef struct
{
  HpItem *item;
  guint   index;       /* in the plan's list */
  char   *where;       /* the location less the room */
} ItemAt;

static void
item_at_free (ItemAt *at)
{
  g_object_unref (at->item);
  g_free (at->where);
  g_free (at);
}

static void
room_free (Room *room)
{
  g_free (room->name);
  g_free (room->key);
  g_ptr_array_unref (room->items);
  g_free (room);
}

/* Where a separator ends the room's name in a location ("Sovrummet,
 * översta lådan", "Köket: skafferiet", "Hallen – nyckelskåpet"): the
 * first of them, or NULL. */
static const char *
find_room_end (const char *location,
               const char **rest)
{
  static const char *const separators[] = { ",", ";", ":", "(", " – ", " — ", " - " };
  const char *best = NULL;
  gsize best_len = 0;

  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      const char *at = strstr (location, separators[i]);

      if (at != NULL && at > location && (best == NULL || at < best))
        {
          best = at;
          best_len = strlen (separators[i]);
        }
    }
  if (best != NULL)
    *rest = best + best_len;
  return best;
}

/* Splits @location into the room and what is left of it ("översta
 * lådan").  An empty location has an empty room. */
static void
split_location (const char  *location,
                char       **room,
                char       **where)
{
  const char *rest = NULL;
  const char *end = find_room_end (location, &rest);
  g_autofree char *r = end != NULL ? g_strndup (location, end - location) : g_strdup (location);
  g_autofree char *w = g_strdup (rest != NULL ? rest : "");

  g_strstrip (r);
  g_strstrip (w);
  /* "(garderoben)": the bracket that closed the detail goes with it. */
  if (end != NULL && *end == '(' && g_str_has_suffix (w, ")"))
    w[strlen (w) - 1] = '\0';
  g_strstrip (w);
  *room = g_steal_pointer (&r);
  *where = g_steal_pointer (&w);
}

/* The key a room is grouped by: "Sovrummet", "sovrummet " and a
 * decomposed "Köket" are one room. */
static char *
room_key (const char *name)
{
  g_autofree char *nfc = g_utf8_normalize (name, -1, G_NORMALIZE_NFC);

  return g_utf8_casefold (nfc != NULL ? nfc : name, -1);
}

/* Whether an item still has to be fetched: not home yet (planned, not
 * found, refused or left behind last time). */
static gboolean
still_to_fetch (HpItem *item)
{
  return item->status != HP_ITEM_STATUS_RETRIEVED && item->status != HP_ITEM_STATUS_DAMAGED;
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const ItemAt *x = *(ItemAt * const *) a;
  const ItemAt *y = *(ItemAt * const *) b;

  if (x->item->priority != y->item->priority)
    return (int) x->item->priority - (int) y->item->priority;
  return x->index < y->index ? -1 : x->index > y->index;
}

/* Rooms with a must-item first, each in the order the plan first names
 * it; the things whose place is not noted last of all. */
static int
compare_rooms (gconstpointer a,
               gconstpointer b)
{
  const Room *x = *(Room * const *) a;
  const Room *y = *(Room * const *) b;
  gboolean x_unknown = x->key[0] == '\0';
  gboolean y_unknown = y->key[0] == '\0';

  if (x_unknown != y_unknown)
    return x_unknown ? 1 : -1;
  if (x->has_must != y->has_must)
    return x->has_must ? -1 : 1;
  return x->first < y->first ? -1 : x->first > y->first;
}

/* Returns: (transfer full): the rooms, in pick order, their items sorted:
 * must-items first, then should, then if possible, each in list order */
static GPtrArray *
rooms_in_pick_order (HpPlan *plan)
{
  GListModel *items = G_LIST_MODEL (plan->items);
  g_autoptr(GHashTable) by_key = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *rooms = g_ptr_array_new_with_free_func ((GDestroyNotify) room_free);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(HpItem) item = g_list_model_get_item (items, i);
      g_autofree char *name = NULL;
      g_autofree char *key = NULL;
      ItemAt *at;
      Room *room;

      if (!still_to_fetch (item))
        continue;

      at = g_new0 (ItemAt, 1);
      at->item = g_object_ref (item);
      at->index = i;
      split_location (item->location, &name, &at->where);
      key = room_key (name);

      room = g_hash_table_lookup (by_key, key);
      if (room == NULL)
        {
          room = g_new0 (Room, 1);
          room->name = g_steal_pointer (&name);
          room->key = g_steal_pointer (&key);
          room->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_at_free);
          room->first = i;
          g_hash_table_insert (by_key, room->key, room);
          g_ptr_array_add (rooms, room);
        }
      room->has_must |= item->priority == HP_PRIORITY_MUST;
      g_ptr_array_add (room->items, at);
    }

  g_ptr_array_sort (rooms, compare_rooms);
  for (guint i = 0; i < rooms->len; i++)
    g_ptr_array_sort (((Room *) g_ptr_array_index (rooms, i))->items, compare_items);
  return rooms;
}

/* ------------------------------------------------------------------ */
/* The belongings                                                       */

/* What a staff member needs beside the thing's name: where in the room,
 * for whom, the note, whether it may be skipped, what happened last time,
 * and the check for trackers.  Joined into one small line. */
static char *
item_detail (HpPlan    *plan,
             ItemAt    *at,
             HpSecrets *secrets)
{
  HpItem *item = at->item;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  HpChild *child = hp_plan_find_child (plan, item->owner);

  if (at->where[0] != '\0')
    g_ptr_array_add (parts, g_strdup (hp_doc_safe_text (secrets, at->where)));
  if (child != NULL && child->name[0] != '\0')
    /* Translators: on the visit card, for whom a thing is ("för Lisa") */
    g_ptr_array_add (parts, g_strdup_printf (C_("visit card", "for %s"),
                                             hp_doc_safe_text (secrets, child->name)));
  if (item->note[0] != '\0')
    g_ptr_array_add (parts, g_strdup (hp_doc_safe_text (secrets, item->note)));
  if (item->priority == HP_PRIORITY_IF_POSSIBLE)
    g_ptr_array_add (parts, g_utf8_strdown (hp_enum_get_label (HP_TYPE_PRIORITY, item->priority),
                                            -1));
  if (item->status != HP_ITEM_STATUS_PLANNED)
    /* Translators: on the visit card, what became of a thing at an
     * earlier visit ("förra gången: Hittades inte") */
    g_ptr_array_add (parts, g_strdup_printf (C_("visit card", "last time: %s"),
                                             hp_enum_get_label (HP_TYPE_ITEM_STATUS,
                                                                item->status)));
  if (item->from_other_party)
    /* Translators: on the visit card, beside a thing the other party hands
     * over */
    g_ptr_array_add (parts, g_strdup (C_("visit card", "check it for trackers")));

  g_ptr_array_add (parts, NULL);
  /* Translators: between the details of a thing on the visit card */
  return g_strjoinv (C_("visit card", " · "), (char **) parts->pdata);
}

/* A thing's tick box: its number in pick order, its name and its details
 * on one line, the better to fit forty on the page; in bold what must
 * come along. */
static void
add_item_cell (HpTable   *table,
               guint      column,
               HpPlan    *plan,
               ItemAt    *at,
               guint      number,
               HpSecrets *secrets)
{
  g_autofree char *name = NULL;
  g_autofree char *detail = item_detail (plan, at, secrets);

  /* Translators: a thing on the visit card, its number in pick order and
   * its name ("3  Pass") */
  name = g_strdup_printf (C_("visit card", "%u  %s"), number,
                          hp_doc_safe_text (secrets, at->item->name));
  if (detail[0] != '\0')
    {
      g_autofree char *label = NULL;

      /* Translators: a thing on the visit card and where it is ("3  Pass –
       * översta byrålådan") */
      label = g_strdup_printf (C_("visit card", "%s – %s"), name, detail);
      g_free (name);
      name = g_steal_pointer (&label);
    }
  hp_table_add_tick_styled (table, column,
                            at->item->priority == HP_PRIORITY_MUST ? HP_TEXT_TABLE_STRONG
                                                                   : HP_TEXT_TABLE,
                            name, FALSE);
}

static const char *
room_name (Room      *room,
           HpSecrets *secrets)
{
  if (room->key[0] == '\0')
    /* Translators: on the visit card, the group of things whose place in
     * the home is not noted */
    return C_("visit card", "Place not noted");
  return hp_doc_safe_text (secrets, room->name);
}

/* The belongings in pick order, room by room.  With @flow, one list read
 * down the left column and on into the right, each room under its name
 * (hp_table_set_flow()): forty things fit on the page.  Without, for a list
 * longer than a page: a table whose rows keep the order from page to page,
 * the room beside its first row, its things two to a row, read left to
 * right. */
static void
add_belongings (HpDocument *doc,
                HpPlan     *plan,
                HpSecrets  *secrets,
                gboolean    flow)
{
  static const double flow_widths[] = { 0.5, 0.5 };
  static const double widths[] = { 0.2, 0.4, 0.4 };
  g_autoptr(GPtrArray) rooms = rooms_in_pick_order (plan);
  HpTable *table;
  guint number = 0;

  if (rooms->len == 0)
    {
      hp_document_add_paragraph (doc, HP_TEXT_BODY, _("No belongings are left to fetch."));
      return;
    }

  hp_document_add_paragraph (doc, HP_TEXT_SMALL,
                             flow ? _("In pick order, down the left column first. In bold: "
                                      "must come along. Tick each thing as it goes in the bag.")
                                  : _("In pick order, left to right. In bold: must come "
                                      "along. Tick each thing as it goes in the bag."));
  if (flow)
    {
      table = hp_document_add_table (doc, G_N_ELEMENTS (flow_widths), flow_widths);
      hp_table_set_flow (table);
      hp_table_add_row (table);
    }
  else
    {
      table = hp_document_add_table (doc, G_N_ELEMENTS (widths), widths);
      hp_table_set_compact (table, TRUE);
    }

  for (guint r = 0; r < rooms->len; r++)
    {
      Room *room = g_ptr_array_index (rooms, r);

      if (flow)
        hp_table_add_text (table, 0, HP_TEXT_STRONG, room_name (room, secrets));
      for (guint i = 0; i < room->items->len; i++)
        {
          ItemAt *at = g_ptr_array_index (room->items, i);

          if (flow)
            {
              add_item_cell (table, 0, plan, at, ++number, secrets);
              continue;
            }
          if (i % 2 == 0)
            hp_table_add_row (table);
          if (i == 0)
            hp_table_add_text (table, 0, HP_TEXT_TABLE_STRONG, room_name (room, secrets));
          add_item_cell (table, 1 + i % 2, plan, at, ++number, secrets);
        }
    }
}

/* ------------------------------------------------------------------ */
/* The visit                                                            */

/* The facts of the visit: a label and its value, one line each where they
 * can, so that the belongings keep most of the page.  An empty value says
 * so, in small print. */
static void
add_fact (HpTable     *table,
          const char  *label,
          HpTextStyle  style,
          const char  *value)
{
  hp_table_add_row (table);
  hp_table_add_text (table, 0, HP_TEXT_TABLE_STRONG, label);
  if (value != NULL && value[0] != '\0')
    hp_table_add_text (table, 1, style, value);
  else
    /* Translators: on the visit card, in place of a value the plan does
     * not give */
    hp_table_add_text (table, 1, HP_TEXT_SMALL, C_("visit card", "Not in the plan: ask the "
                                                                 "caseworker."));
}

/* Appends @text to @line, " · " between. */
static void
append_part (GString    *line,
             const char *text)
{
  if (text == NULL || text[0] == '\0')
    return;
  if (line->len > 0)
    g_string_append (line, C_("visit card", " · "));
  g_string_append (line, text);
}

/* "Karin Lind 08-555 400 10" for each of the two staff. */
static char *
staff_phones (HpCase    *c,
              HpSecrets *secrets)
{
  const char *fields[][2] = {
    { "caseworker_name", "caseworker_phone" },
    { "second_staff_name", "second_staff_phone" },
  };
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const HpField *name = hp_record_find_field (HP_RECORD (c), fields[i][0]);
      const HpField *phone = hp_record_find_field (HP_RECORD (c), fields[i][1]);
      g_autoptr(GString) one = g_string_new (NULL);

      append_part (one, hp_doc_safe_text (secrets, hp_record_get_string (HP_RECORD (c), name)));
      if (one->len > 0 && hp_record_get_string (HP_RECORD (c), phone)[0] != '\0')
        g_string_append_printf (one, " %s",
                                hp_doc_safe_text (secrets,
                                                  hp_record_get_string (HP_RECORD (c), phone)));
      append_part (line, one->str);
    }
  return g_string_free (g_steal_pointer (&line), FALSE);
}

static void
add_facts (HpDocument *doc,
           HpPlan     *plan,
           HpVisit    *visit,
           HpSecrets  *secrets)
{
  static const double widths[] = { 0.22, 0.78 };
  HpTable *table = hp_document_add_table (doc, G_N_ELEMENTS (widths), widths);
  HpCase *c = plan->case_info;
  HpSupport *support = plan->support;
  g_autofree char *date = hp_doc_format_date (visit->date);
  g_autofree char *times = hp_doc_time_range (visit->start_time, visit->end_time);
  g_autofree char *limit = hp_doc_minutes_text (visit->time_limit_minutes);
  g_autofree char *on_site = NULL;
  g_autofree char *staff = staff_phones (c, secrets);
  g_autoptr(GString) when = g_string_new (date);
  g_autoptr(GString) check = g_string_new (NULL);

  hp_table_set_compact (table, TRUE);

  /* When, and for how long. */
  if (times[0] != '\0')
    g_string_append_printf (when, when->len > 0 ? ", %s" : "%s", times);
  if (limit[0] != '\0')
    /* Translators: on the visit card, the time budget: "högst 45 minuter
     * på plats" */
    on_site = g_strdup_printf (C_("visit card", "%s on site"), limit);
  append_part (when, on_site);
  /* Translators: on the visit card, the day, the time and the time budget */
  add_fact (table, C_("visit card", "When"), HP_TEXT_TABLE_STRONG, when->str);
  add_fact (table, hp_doc_field_label (visit, "place"), HP_TEXT_TABLE,
            hp_doc_safe_text (secrets, visit->place));
  if (c->home_address[0] != '\0')
    {
      g_autofree char *home = g_strdup_printf (C_("table detail", "%s: %s"),
                                               hp_doc_field_label (c, "home_address"),
                                               hp_doc_safe_text (secrets, c->home_address));

      hp_table_add_text (table, 1, HP_TEXT_SMALL, home);
    }

  /* Who goes, and the code word. */
  /* Translators: on the visit card, who takes part */
  add_fact (table, C_("visit card", "Who goes"), HP_TEXT_TABLE,
            hp_doc_safe_text (secrets, visit->participants));
  hp_table_add_text (table, 1, HP_TEXT_SMALL, staff);
  /* Translators: on the visit card, the code word agreed with the office */
  add_fact (table, C_("visit card", "Code word"), HP_TEXT_TABLE_STRONG,
            hp_doc_safe_text (secrets, visit->code_word));

  /* Check-in and check-out with the office, and its phone. */
  if (visit->check_in_time[0] != '\0')
    /* Translators: on the visit card: "in 09:45" */
    g_string_append_printf (check, C_("visit card", "in %s"), visit->check_in_time);
  if (visit->check_out_time[0] != '\0')
    {
      /* Translators: on the visit card: "out 11:00" */
      g_autofree char *out = g_strdup_printf (C_("visit card", "out %s"),
                                              visit->check_out_time);

      append_part (check, out);
    }
  if (c->office_phone[0] != '\0')
    {
      /* Translators: on the visit card, after the check-in times: "ring
       * kontoret 08-555 400 00" */
      g_autofree char *call = g_strdup_printf (C_("visit card", "call the office on %s"),
                                               hp_doc_safe_text (secrets, c->office_phone));

      append_part (check, call);
    }
  else if (check->len > 0)
    /* Translators: on the visit card, after the check-in times */
    append_part (check, C_("visit card", "the office's phone is not in the plan"));
  /* Translators: on the visit card, the check-in and check-out times */
  add_fact (table, C_("visit card", "Check in and out"), HP_TEXT_TABLE_STRONG, check->str);

  /* Getting there and away. */
  add_fact (table, hp_doc_field_label (visit, "parking"), HP_TEXT_TABLE,
            hp_doc_safe_text (secrets, visit->parking));
  add_fact (table, hp_doc_field_label (visit, "way_out"), HP_TEXT_TABLE,
            hp_doc_safe_text (secrets, visit->way_out));

  /* If the other party turns up: what the plan says, else what always
   * holds. */
  add_fact (table, hp_doc_field_label (support, "if_other_party_appears"), HP_TEXT_TABLE_STRONG,
            support->if_other_party_appears[0] != '\0'
              ? hp_doc_safe_text (secrets, support->if_other_party_appears)
              /* Translators: on the visit card, when the plan says nothing
               * of its own about the other party turning up */
              : _("Break off the visit and leave together with the client. Call 112 if anyone "
                  "is in danger, then the office."));
}

static gboolean
protected_data (HpPlan *plan)
{
  return plan->case_info->protection != HP_PROTECTION_NONE;
}

/* The visit's number in the plan's list, from 1; 0 if it is not there. */
static guint
visit_number (HpPlan  *plan,
              HpVisit *visit)
{
  GListModel *visits = G_LIST_MODEL (plan->visits);

  for (guint i = 0; i < g_list_model_get_n_items (visits); i++)
    {
      g_autoptr(HpVisit) v = g_list_model_get_item (visits, i);

      if (v == visit)
        return i + 1;
    }
  return 0;
}

static HpDocument *
build_card (HpPlan   *plan,
            HpVisit  *visit,
            guint     number,
            gboolean  flow)
{
  g_autoptr(HpSecrets) secrets = NULL;
  g_autofree char *header = NULL;
  g_autofree char *title = NULL;
  g_autofree char *today = NULL;
  guint n_visits = g_list_model_get_n_items (G_LIST_MODEL (plan->visits));
  HpDocument *doc;

  /* The card goes to the home: as on the full plan, nothing on it shows
   * where the client is or how to reach them under protected data. */
  if (protected_data (plan))
    secrets = hp_secrets_new (plan, HP_SECRETS_WHEREABOUTS_ONLY);

  header = hp_plan_dup_title (plan);
  today = hp_date_today ();
  /* Translators: the right of the page header of the visit card */
  doc = hp_document_new (header, C_("document", "Visit card"));
  /* Translators: the left of the page footer of the visit card */
  hp_document_set_footer_note (doc, _("Confidential under OSL 26 kap. 1 §. Bring the card "
                                      "back to the office."));

  if (n_visits > 1)
    /* Translators: the title of the visit card: "Besökskort, besök 2 av 3" */
    title = g_strdup_printf (_("Visit card, visit %u of %u"), number, n_visits);
  else
    /* Translators: the title of the visit card of a plan's only visit */
    title = g_strdup (_("Visit card"));
  hp_doc_add_title_block (doc, plan, title, today);

  if (protected_data (plan))
    {
      g_autofree char *notice = NULL;

      /* Translators: on the visit card under protected personal data; %s
       * is the kind of protection */
      notice = g_strdup_printf (_("%s: nothing here shows where the client is staying or how to "
                                  "reach them."),
                                hp_enum_get_label (HP_TYPE_PROTECTION,
                                                   plan->case_info->protection));
      hp_document_add_paragraph (doc, HP_TEXT_STRONG, notice);
      /* Translators: beside the preview of a visit card under protected
       * personal data: what is left out, and why */
      hp_document_add_withheld (doc, _("Where the client is staying and how to reach them"),
                                _("Protected personal data: the card goes to the home."));
    }
  if (visit->status != HP_VISIT_STATUS_PLANNED)
    {
      g_autofree char *status = NULL;

      /* Translators: on the visit card of a visit that is no longer
       * planned; %s is its status ("Genomfört") */
      status = g_strdup_printf (_("This visit is marked “%s” in the plan."),
                                hp_enum_get_label (HP_TYPE_VISIT_STATUS, visit->status));
      hp_document_add_paragraph (doc, HP_TEXT_STRONG, status);
    }

  add_facts (doc, plan, visit, secrets);

  /* Translators: heading of the belongings on the visit card */
  hp_document_add_heading (doc, 3, _("Belongings, room by room"));
  add_belongings (doc, plan, secrets, flow);

  return doc;
}

/**
 * hp_document_new_visit_card:
 * @visit: one of the plan's visits
 *
 * The visit card for the staff on @visit (see the head of this file for
 * what it holds): one A4 page for a plan of up to some forty belongings,
 * read down two columns.  A longer list would not read in order across
 * pages in two columns: when the card is more than a page, its belongings
 * are a table whose rows keep the order instead.
 *
 * Returns: (transfer full) (nullable): the document, not laid out, or
 * %NULL with @error set when @visit is not one of the plan's visits
 */
HpDocument *
hp_document_new_visit_card (HpPlan   *plan,
                            HpVisit  *visit,
                            GError  **error)
{
  g_autoptr(HpDocument) card = NULL;
  PangoContext *context;
  guint number;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (HP_IS_VISIT (visit), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  number = visit_number (plan, visit);
  if (number == 0)
    {
      g_set_error_literal (error, HP_EXPORT_ERROR, HP_EXPORT_ERROR_VISIT,
                           _("No visit card: the visit is not one of the plan's visits."));
      return NULL;
    }

  /* Laid out once on A4 to see whether the two columns fit on the page. */
  card = build_card (plan, visit, number, TRUE);
  context = hp_document_create_pango_context ();
  hp_document_paginate (card, context, HP_PAGE_A4_WIDTH, HP_PAGE_A4_HEIGHT);
  g_object_unref (context);
  if (hp_document_get_n_pages (card) <= 1)
    return g_steal_pointer (&card);
  return build_card (plan, visit, number, FALSE);
}
