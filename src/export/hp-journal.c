/* hp-journal.c: the plan as a plain-text summary for the case record
 *
 * The text goes into the client's own case record, so it says what the
 * record needs and no more: what was planned and decided, who took part,
 * the visits, what came home, the consents and the follow-up.  It leaves out
 * what the case record already holds or does not need: the client's name,
 * personal identity number, phone, safe contact and whereabouts, the home's
 * address, the other party's name, and the contacts' phones and addresses.
 */

#define G_LOG_DOMAIN "hp-journal"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-disclosures.h"
#include "hp-journal.h"
#include "hp-model.h"

/* Text from the plan, made safe to print on a terminal or paste into a
 * journal system: valid UTF-8, no control characters but line feed and tab
 * (no terminal escape sequences), line ends as line feeds, no trailing
 * space. */
static char *
clean (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\r')
        {
          if (p[1] != '\n')
            g_string_append_c (out, '\n');
        }
      else if (c == '\n' || c == '\t')
        g_string_append_c (out, (char) c);
      else if (c == '\v' || c == '\f')
        g_string_append_c (out, ' ');
      else if (c < 0x20 || (c >= 0x7f && c < 0xa0))
        continue;
      else if (c == 0xFFFE || c == 0xFFFF)
        g_string_append_unichar (out, 0xFFFD);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  /* Whitespace at either end says nothing in a journal. */
  g_strstrip (out->str);
  out->len = strlen (out->str);
  return g_string_free (out, FALSE);
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *c = clean (text);

  return *c == '\0';
}

/* Appends @text, already formatted, indenting its continuation lines by
 * @indent spaces so that a multi-line value stays under its list item. */
static void
append_indented (GString    *s,
                 const char *text,
                 guint       indent)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      g_string_append_c (s, *p);
      if (*p == '\n')
        for (guint i = 0; i < indent; i++)
          g_string_append_c (s, ' ');
    }
}

static void line (GString    *s,
                  guint       indent,
                  const char *format,
                  ...) G_GNUC_PRINTF (3, 4);

/* One line (or more, for a multi-line value) ending in a line feed. */
static void
line (GString    *s,
      guint       indent,
      const char *format,
      ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  for (guint i = 0; i < indent; i++)
    g_string_append_c (s, ' ');
  append_indented (s, text, indent + 2);
  g_string_append_c (s, '\n');
}

/* "Label: value", left out when the value is empty. */
static void
field_line (GString    *s,
            guint       indent,
            const char *label,
            const char *value)
{
  g_autofree char *c = clean (value);

  if (*c != '\0')
    /* Translators: a label and its value in the journal text, "Skäl: ..." */
    line (s, indent, C_("journal", "%s: %s"), label, c);
}

static void
heading (GString    *s,
         const char *title)
{
  g_string_append_c (s, '\n');
  g_string_append (s, title);
  g_string_append_c (s, '\n');
}

/* Dates as 2026-11-27: how Swedish records write them, and the same
 * whatever the locale's month names are. */
static char *
date_text (const char *iso)
{
  return clean (iso);
}

static const char *
enum_label (GType type,
            int   value)
{
  return hp_enum_get_label (type, value);
}

/* Joins the non-empty strings of a NULL-terminated list with ", ". */
static char *
join_parts (const char *first,
            ...)
{
  GString *s = g_string_new (NULL);
  va_list args;

  va_start (args, first);
  for (const char *part = first; part != NULL; part = va_arg (args, const char *))
    {
      g_autofree char *c = clean (part);

      if (*c == '\0')
        continue;
      if (s->len > 0)
        g_string_append (s, ", ");
      g_string_append (s, c);
    }
  va_end (args);

  return g_string_free (s, FALSE);
}

static void
write_planning (GString *s,
                HpPlan  *plan)
{
  HpCase *c = plan->case_info;
  guint n_children = g_list_model_get_n_items (G_LIST_MODEL (c->children));
  GListModel *items = G_LIST_MODEL (plan->items);
  guint n_items = g_list_model_get_n_items (items);
  guint n_must = 0;

  heading (s, C_("journal", "Planning"));

  if (hp_date_parse (c->needed_by, NULL))
    {
      g_autofree char *date = date_text (c->needed_by);

      line (s, 0, C_("journal", "The belongings were needed by %s."), date);
    }

  if (c->protection != HP_PROTECTION_NONE)
    line (s, 0, C_("journal", "The client has protected personal data: %s."),
          enum_label (HP_TYPE_PROTECTION, c->protection));

  if (c->interpreter_needed)
    {
      g_autofree char *language = clean (c->interpreter_language);

      if (*language != '\0')
        line (s, 0, C_("journal", "An interpreter is needed (%s)."), language);
      else
        line (s, 0, "%s", C_("journal", "An interpreter is needed."));
    }

  if (n_children > 0)
    line (s, 0, g_dngettext (NULL, "%u child is concerned.", "%u children are concerned.",
                             n_children),
          n_children);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(HpItem) item = g_list_model_get_item (items, i);

      if (item->priority == HP_PRIORITY_MUST)
        n_must++;
    }
  if (n_items == 0)
    line (s, 0, "%s", C_("journal", "No belongings were listed."));
  else
    /* Translators: "%u belongings were listed" is followed by this: the
     * number of them that the client marked as a must */
    line (s, 0, g_dngettext (NULL, "%u belonging was listed, %u of them a must.",
                             "%u belongings were listed, %u of them a must.", n_items),
          n_items, n_must);
}

static void
write_support (GString *s,
               HpPlan  *plan)
{
  HpSupport *support = plan->support;

  heading (s, C_("journal", "Way of support"));
  line (s, 0, "%s.", enum_label (HP_TYPE_SUPPORT_WAY, support->way));
  field_line (s, 0, C_("journal", "Alternatives considered"), support->alternatives);
  field_line (s, 0, C_("journal", "Where staff wait"),
              enum_label (HP_TYPE_STAFF_POSITION, support->staff_position));

  if (support->staff_enter_home)
    {
      g_autofree char *rooms = clean (support->rooms_to_enter);

      if (*rooms != '\0')
        line (s, 0, C_("journal", "Staff enter the home, only these rooms: %s."), rooms);
      else
        line (s, 0, "%s", C_("journal", "Staff enter the home."));
    }

  if (support->time_on_site_minutes > 0)
    line (s, 0, g_dngettext (NULL, "Time limit on site: %d minute.",
                             "Time limit on site: %d minutes.", support->time_on_site_minutes),
          support->time_on_site_minutes);

  if (support->other_party_takes_part != HP_ANSWER_UNKNOWN)
    field_line (s, 0, C_("journal", "The other party takes part"),
                enum_label (HP_TYPE_ANSWER, support->other_party_takes_part));
  if (support->other_party_informed)
    line (s, 0, "%s", C_("journal", "The other party was told of the time."));

  if (hp_plan_police_involved (plan) && support->client_told_police_duty)
    line (s, 0, "%s", C_("journal", "The client was told that the police must report crimes "
                                    "they learn of."));
  else if (hp_plan_police_involved (plan))
    line (s, 0, "%s", C_("journal", "The client has not been told that the police must report "
                                    "crimes they learn of."));
}

static void
write_risk (GString *s,
            HpPlan  *plan)
{
  HpRisk *risk = plan->risk;
  GListModel *assessments = G_LIST_MODEL (risk->assessments);
  guint n = g_list_model_get_n_items (assessments);

  heading (s, C_("journal", "Risk assessment and decision"));

  if (n == 0)
    line (s, 0, "%s", C_("journal", "No risk assessment is recorded."));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpAssessment) a = g_list_model_get_item (assessments, i);
      const char *method = enum_label (HP_TYPE_INSTRUMENT, a->instrument);
      g_autofree char *date = hp_date_parse (a->date, NULL) ? date_text (a->date) : g_strdup ("");
      g_autofree char *by = NULL;
      g_autofree char *details = NULL;

      if (a->instrument == HP_INSTRUMENT_OTHER && !is_blank (a->instrument_other))
        method = a->instrument_other;
      if (!is_blank (a->assessed_by))
        {
          g_autofree char *name = clean (a->assessed_by);

          /* Translators: who made a risk assessment */
          by = g_strdup_printf (C_("journal", "by %s"), name);
        }
      details = join_parts (method, date, by, NULL);

      /* Translators: "Risk to the client: High (SARA, 10 november 2026, by Karin Berg)" */
      line (s, 0, C_("journal", "%s: %s (%s)"), enum_label (HP_TYPE_RISK_SUBJECT, a->subject),
            enum_label (HP_TYPE_RISK_LEVEL, a->level), details);
      if (!is_blank (a->summary))
        {
          g_autofree char *summary = clean (a->summary);

          line (s, 2, "%s", summary);
        }
    }

  if (risk->other_party_expected_home != HP_ANSWER_UNKNOWN)
    field_line (s, 0, C_("journal", "The other party expected to be at home"),
                enum_label (HP_TYPE_ANSWER, risk->other_party_expected_home));
  if (risk->weapons != HP_ANSWER_UNKNOWN || !is_blank (risk->weapons_note))
    {
      g_autofree char *value = join_parts (enum_label (HP_TYPE_ANSWER, risk->weapons),
                                           risk->weapons_note, NULL);

      field_line (s, 0, C_("journal", "Access to weapons"), value);
    }
  if (risk->threats != HP_ANSWER_UNKNOWN || !is_blank (risk->threats_note))
    {
      g_autofree char *value = join_parts (enum_label (HP_TYPE_ANSWER, risk->threats),
                                           risk->threats_note, NULL);

      field_line (s, 0, C_("journal", "Threats made"), value);
    }
  if (risk->restraining_order != HP_RESTRAINING_ORDER_NONE)
    {
      const char *order = enum_label (HP_TYPE_RESTRAINING_ORDER, risk->restraining_order);

      if (hp_date_parse (risk->restraining_order_until, NULL))
        {
          g_autofree char *until = date_text (risk->restraining_order_until);

          /* Translators: "Restraining order: In force, until 31 december 2026." */
          line (s, 0, C_("journal", "Restraining order: %s, until %s."), order, until);
        }
      else
        line (s, 0, C_("journal", "Restraining order: %s."), order);
    }

  {
    const char *decision = enum_label (HP_TYPE_DECISION, risk->decision);
    g_autofree char *date = hp_date_parse (risk->decision_date, NULL)
                              ? date_text (risk->decision_date) : g_strdup ("");
    g_autofree char *by = NULL;
    g_autofree char *when = NULL;

    if (!is_blank (risk->decided_by))
      {
        g_autofree char *name = clean (risk->decided_by);

        /* Translators: who made the decision */
        by = g_strdup_printf (C_("journal", "by %s"), name);
      }
    when = join_parts (date, by, NULL);

    if (*when != '\0')
      /* Translators: "Decision: Go ahead (27 november 2026, by Karin Berg)" */
      line (s, 0, C_("journal", "Decision: %s (%s)"), decision, when);
    else
      line (s, 0, C_("journal", "Decision: %s"), decision);
    field_line (s, 2, C_("journal", "Reason"), risk->decision_reason);
  }
}

static void
write_people (GString *s,
              HpPlan  *plan)
{
  HpCase *c = plan->case_info;
  GListModel *contacts = G_LIST_MODEL (plan->contacts);
  guint n = g_list_model_get_n_items (contacts);
  g_autofree char *caseworker = join_parts (c->caseworker_name, c->caseworker_unit, NULL);

  heading (s, C_("journal", "Taking part"));
  field_line (s, 0, C_("journal", "Caseworker"), caseworker);
  field_line (s, 0, C_("journal", "Second staff member"), c->second_staff_name);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpContact) contact = g_list_model_get_item (contacts, i);
      g_autofree char *person = NULL;
      g_autofree char *who = NULL;

      if (!is_blank (contact->contact_person))
        {
          g_autofree char *name = clean (contact->contact_person);

          /* Translators: the contact person at a police station or company */
          person = g_strdup_printf (C_("journal", "contact person %s"), name);
        }
      who = join_parts (contact->organisation, contact->name, person, NULL);
      if (*who == '\0')
        who = g_strdup (C_("journal", "no name given"));

      line (s, 0, "- %s: %s", enum_label (HP_TYPE_CONTACT_KIND, contact->kind), who);
      /* The effective part: a plan from before parts were recorded still
       * says who went to the home. */
      field_line (s, 2, C_("journal", "Part in the visit"),
                  enum_label (HP_TYPE_CONTACT_PART,
                              hp_contact_get_effective_part (contact, plan->support->way)));
      if (contact->kind == HP_CONTACT_KIND_POLICE)
        {
          if (hp_date_parse (contact->request_date, NULL))
            {
              g_autofree char *date = date_text (contact->request_date);

              line (s, 2, C_("journal", "Asked for help on %s; granted: %s."), date,
                    enum_label (HP_TYPE_ANSWER, contact->granted));
            }
          else
            line (s, 2, C_("journal", "Help granted: %s."),
                  enum_label (HP_TYPE_ANSWER, contact->granted));
        }
      field_line (s, 2, C_("journal", "Role"), contact->role);
    }
}

static void
write_visits (GString *s,
              HpPlan  *plan)
{
  GListModel *visits = G_LIST_MODEL (plan->visits);
  guint n = g_list_model_get_n_items (visits);

  heading (s, C_("journal", "Visits"));
  if (n == 0)
    line (s, 0, "%s", C_("journal", "No visit is recorded."));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpVisit) v = g_list_model_get_item (visits, i);
      g_autofree char *date = NULL;
      g_autofree char *time = NULL;

      if (hp_date_parse (v->date, NULL))
        date = date_text (v->date);
      else
        date = g_strdup (C_("journal", "date not set"));

      if (hp_validate_time (v->start_time, NULL) && v->start_time[0] != '\0')
        {
          if (hp_validate_time (v->end_time, NULL) && v->end_time[0] != '\0')
            /* Translators: a time span, 10:00–10:45 */
            time = g_strdup_printf (C_("journal", "%s–%s"), v->start_time, v->end_time);
          else
            time = g_strdup (v->start_time);
        }

      if (time != NULL)
        /* Translators: "1. 27 november 2026 10:00–10:45: Carried out" */
        line (s, 0, C_("journal", "%u. %s %s: %s"), i + 1, date, time,
              enum_label (HP_TYPE_VISIT_STATUS, v->status));
      else
        /* Translators: "1. 27 november 2026: Carried out" */
        line (s, 0, C_("journal", "%u. %s: %s"), i + 1, date,
              enum_label (HP_TYPE_VISIT_STATUS, v->status));

      field_line (s, 3, C_("journal", "Taking part"), v->participants);
      if (v->time_limit_minutes > 0)
        line (s, 3, g_dngettext (NULL, "Time limit: %d minute.", "Time limit: %d minutes.",
                                 v->time_limit_minutes),
              v->time_limit_minutes);
      if (v->check_in_time[0] != '\0' && hp_validate_time (v->check_in_time, NULL))
        line (s, 3, C_("journal", "Checked in with the office at %s."), v->check_in_time);
      if (v->check_out_time[0] != '\0' && hp_validate_time (v->check_out_time, NULL))
        line (s, 3, C_("journal", "Checked out with the office at %s."), v->check_out_time);
      field_line (s, 3, C_("journal", "What happened"), v->outcome);
    }
}

static char *
item_text (HpPlan *plan,
           HpItem *item)
{
  g_autofree char *name = clean (item->name);
  HpChild *child = hp_plan_find_child (plan, item->owner);

  if (*name == '\0')
    {
      g_free (name);
      name = g_strdup (C_("journal", "(no name)"));
    }
  if (child != NULL && !is_blank (child->name))
    {
      g_autofree char *child_name = clean (child->name);

      /* Translators: an item and the child it belongs to, "Nalle (för Lisa)" */
      return g_strdup_printf (C_("journal", "%s (for %s)"), name, child_name);
    }
  return g_steal_pointer (&name);
}

static void
write_items (GString *s,
             HpPlan  *plan)
{
  /* What came home first, what did not after, what is still planned last. */
  static const HpItemStatus order[] = {
    HP_ITEM_STATUS_RETRIEVED, HP_ITEM_STATUS_DAMAGED, HP_ITEM_STATUS_NOT_FOUND,
    HP_ITEM_STATUS_REFUSED, HP_ITEM_STATUS_LEFT_BEHIND, HP_ITEM_STATUS_PLANNED,
  };
  GListModel *items = G_LIST_MODEL (plan->items);
  guint n = g_list_model_get_n_items (items);
  g_autoptr(GPtrArray) checked = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) unchecked = g_ptr_array_new_with_free_func (g_free);

  heading (s, C_("journal", "Belongings"));
  if (n == 0)
    line (s, 0, "%s", C_("journal", "No belongings are recorded."));

  for (guint k = 0; k < G_N_ELEMENTS (order); k++)
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *list = NULL;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(HpItem) item = g_list_model_get_item (items, i);

          if (item->status == order[k])
            g_ptr_array_add (names, item_text (plan, item));
        }
      if (names->len == 0)
        continue;

      g_ptr_array_add (names, NULL);
      list = g_strjoinv (", ", (char **) names->pdata);
      /* Translators: an item status, how many, and the items: "Hämtat (3): Pass, ..." */
      line (s, 0, C_("journal", "%s (%u): %s"), enum_label (HP_TYPE_ITEM_STATUS, order[k]),
            names->len - 1, list);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpItem) item = g_list_model_get_item (items, i);

      if (item->from_other_party)
        g_ptr_array_add (item->tracker_checked ? checked : unchecked, item_text (plan, item));
    }
  if (checked->len > 0)
    {
      g_autofree char *list = NULL;

      g_ptr_array_add (checked, NULL);
      list = g_strjoinv (", ", (char **) checked->pdata);
      line (s, 0,
            C_("journal", "Handed over by the other party and checked for tracking devices: %s."),
            list);
    }
  if (unchecked->len > 0)
    {
      g_autofree char *list = NULL;

      g_ptr_array_add (unchecked, NULL);
      list = g_strjoinv (", ", (char **) unchecked->pdata);
      line (s, 0,
            C_("journal",
               "Handed over by the other party, not yet checked for tracking devices: %s."),
            list);
    }
}

static void
write_measures (GString *s,
                HpPlan  *plan)
{
  GListModel *measures = G_LIST_MODEL (plan->measures);
  guint n = g_list_model_get_n_items (measures);
  guint done = 0;

  if (n == 0)
    return;

  heading (s, C_("journal", "Safety measures"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpMeasure) m = g_list_model_get_item (measures, i);

      if (m->done)
        done++;
    }
  line (s, 0, g_dngettext (NULL, "%u of %u measure done.", "%u of %u measures done.", n),
        done, n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpMeasure) m = g_list_model_get_item (measures, i);
      g_autofree char *what = join_parts (m->title, m->responsible, NULL);

      line (s, 0, "- %s: %s", what, m->done ? C_("journal", "done") : C_("journal", "not done"));
    }
}

static const char *
answer_text (HpAnswer given)
{
  switch (given)
    {
    case HP_ANSWER_YES:
      return C_("journal", "Consent given");
    case HP_ANSWER_NO:
      return C_("journal", "Consent refused");
    case HP_ANSWER_UNKNOWN:
    default:
      return C_("journal", "Not known whether consent was given");
    }
}

static void
write_consents (GString *s,
                HpPlan  *plan)
{
  GListModel *consents = G_LIST_MODEL (plan->consents);
  guint n = g_list_model_get_n_items (consents);

  heading (s, C_("journal", "Consents"));
  line (s, 0, "%s",
        C_("journal", "The case record rests on the social services' task in the public "
                      "interest, not on consent. The consents concern only what they name."));
  if (n == 0)
    line (s, 0, "%s", C_("journal", "No consent is recorded."));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpConsent) consent = g_list_model_get_item (consents, i);
      const char *party = enum_label (HP_TYPE_CONSENT_PARTY, consent->party);
      const char *form;
      g_autofree char *who = NULL;
      g_autofree char *to = NULL;
      g_autofree char *when = NULL;
      g_autofree char *date = hp_date_parse (consent->date, NULL) ? date_text (consent->date)
                                                                  : g_strdup ("");

      /* The client's own name is in the case record already. */
      if (consent->party != HP_CONSENT_PARTY_CLIENT && !is_blank (consent->party_name))
        {
          g_autofree char *name = clean (consent->party_name);

          /* Translators: who gave a consent and their name, "Hyresvärden (Bostads AB)" */
          who = g_strdup_printf (C_("journal", "%s (%s)"), party, name);
        }
      else
        who = g_strdup (party);

      to = g_strdup (enum_label (HP_TYPE_CONSENT_SCOPE, consent->scope));
      if (consent->scope == HP_CONSENT_SCOPE_SHARE_INFORMATION && consent->recipient[0] != '\0')
        {
          HpContact *contact = hp_plan_find_contact (plan, consent->recipient);
          g_autofree char *recipient = NULL;

          if (contact != NULL)
            {
              g_autofree char *names = join_parts (contact->organisation, contact->name, NULL);

              recipient = *names != '\0'
                ? g_strdup_printf ("%s, %s", enum_label (HP_TYPE_CONTACT_KIND, contact->kind),
                                   names)
                : g_strdup (enum_label (HP_TYPE_CONTACT_KIND, contact->kind));
            }
          else
            recipient = g_strdup (C_("journal", "a recipient no longer in the plan"));
          g_free (to);
          /* Translators: "Share information with a recipient: Security company, Trygg AB" */
          to = g_strdup_printf (C_("journal", "%s: %s"),
                                enum_label (HP_TYPE_CONSENT_SCOPE, consent->scope), recipient);
        }
      else if (consent->scope == HP_CONSENT_SCOPE_ENTER_HOME && !is_blank (consent->rooms))
        {
          g_autofree char *rooms = clean (consent->rooms);
          g_autofree char *scope = g_steal_pointer (&to);

          /* Translators: "Staff enter the home (rooms: hall, bedroom)" */
          to = g_strdup_printf (C_("journal", "%s (rooms: %s)"), scope, rooms);
        }

      form = consent->form == HP_CONSENT_FORM_WRITTEN ? C_("journal", "in writing")
                                                      : C_("journal", "orally");
      when = join_parts (answer_text (consent->given), form, date, NULL);
      /* Translators: "- The client: Staff enter the home. Consent given, in writing,
       * 2026-11-20." */
      line (s, 0, C_("journal", "- %s: %s. %s."), who, to, when);
      field_line (s, 2, C_("journal", "Recorded by"), consent->recorded_by);
      field_line (s, 2, C_("journal", "Witness"), consent->witness);
      field_line (s, 2, C_("journal", "Limits"), consent->limits);
      if (hp_date_parse (consent->valid_until, NULL))
        {
          g_autofree char *until = date_text (consent->valid_until);

          line (s, 2, C_("journal", "Valid until %s."), until);
        }
      if (hp_date_parse (consent->withdrawn_on, NULL))
        {
          g_autofree char *withdrawn = date_text (consent->withdrawn_on);

          line (s, 2, C_("journal", "Withdrawn on %s."), withdrawn);
        }
    }
}

static void
write_follow_up (GString *s,
                 HpPlan  *plan)
{
  HpFollowUp *f = plan->follow_up;

  heading (s, C_("journal", "Follow-up"));
  if (hp_date_parse (f->date, NULL))
    {
      g_autofree char *date = date_text (f->date);

      /* Translators: "Carried out: Partly carried out (followed up 28 november 2026)" */
      line (s, 0, C_("journal", "Carried out: %s (followed up on %s)"),
            enum_label (HP_TYPE_OUTCOME, f->outcome), date);
    }
  else
    line (s, 0, C_("journal", "Carried out: %s"), enum_label (HP_TYPE_OUTCOME, f->outcome));
  field_line (s, 0, C_("journal", "What came home"), f->items_returned);
  field_line (s, 0, C_("journal", "Incidents"), f->incidents);
  if (f->outcome != HP_OUTCOME_NOT_YET || f->another_visit_needed)
    line (s, 0, "%s", f->another_visit_needed ? C_("journal", "Another visit is needed.")
                                              : C_("journal", "No further visit is needed."));
  field_line (s, 0, C_("journal", "Note"), f->note);
}

/* The disclosure log: what left the office, to whom, and whether the
 * consent it went out on still holds. */
static void
write_disclosures (GString    *s,
                   HpPlan     *plan,
                   const char *today)
{
  GListModel *entries = G_LIST_MODEL (plan->disclosures);
  guint n = g_list_model_get_n_items (entries);

  heading (s, C_("journal", "Disclosures"));
  if (n == 0)
    line (s, 0, "%s", C_("journal", "No handover sheet or consent record has been printed or "
                                    "exported."));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpDisclosure) entry = g_list_model_get_item (entries, i);
      g_autofree char *when = clean (entry->when);
      g_autofree char *document = hp_disclosure_describe_document (entry);
      g_autofree char *raw_recipient = hp_disclosure_describe_recipient (entry);
      g_autofree char *recipient = clean (raw_recipient);
      g_autofree char *then = NULL;
      HpDisclosureConsentNow now = hp_disclosure_consent_now (plan, entry, today);

      /* 2026-11-28 14:05, as the journal writes its dates. */
      g_strdelimit (when, "T", ' ');
      if (strlen (when) > 16)
        when[16] = '\0';
      if (entry->consent[0] == '\0')
        then = hp_disclosure_describe_then (entry);
      else if (!entry->consent_in_force)
        then = g_strdup (C_("journal", "not in force"));
      else if (hp_date_parse (entry->consent_valid_until, NULL))
        then = g_strdup_printf (C_("journal", "in force until %s"), entry->consent_valid_until);
      else
        then = g_strdup (C_("journal", "in force, no end date"));

      /* Translators: "- 2026-11-28 14:05: Handover sheet, PDF, to Security
       * company, Trygg AB." */
      line (s, 0, C_("journal", "- %s: %s, to %s."), when, document, recipient);
      if (entry->consent[0] == '\0')
        line (s, 2, "%s.", then);
      else
        /* Translators: "Consent then: in force until 2027-02-28. Now: Still in force." */
        line (s, 2, C_("journal", "Consent then: %s. Now: %s."), then,
              hp_disclosure_describe_now (now));
    }
}

/**
 * hp_journal_text:
 * @plan: the plan
 *
 * A plain-text summary of the plan, in the user's language, to paste into
 * the case record.  Holds no more personal data than the record needs (see
 * the top of hp-journal.c) and no control characters.
 *
 * Returns: (transfer full): the text, UTF-8, lines ending in a line feed
 */
char *
hp_journal_text (HpPlan *plan)
{
  GString *s;
  g_autofree char *reference = NULL;
  g_autofree char *today = hp_date_today ();

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);

  s = g_string_new (NULL);
  reference = clean (plan->case_info->reference);

  line (s, 0, "%s", C_("journal", "Fetching personal belongings: summary for the case record"));
  if (*reference != '\0')
    field_line (s, 0, C_("journal", "Case reference"), reference);
  /* Translators: %s is today's date, 2026-11-27 */
  line (s, 0, C_("journal", "Written on %s with Hämtplan."), today);

  write_planning (s, plan);
  write_support (s, plan);
  write_risk (s, plan);
  write_people (s, plan);
  write_visits (s, plan);
  write_items (s, plan);
  write_measures (s, plan);
  write_consents (s, plan);
  write_follow_up (s, plan);
  write_disclosures (s, plan, today);

  return g_string_free (s, FALSE);
}
