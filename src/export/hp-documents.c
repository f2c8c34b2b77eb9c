/* hp-documents.c: the full plan, the handover sheet and the consent record
 *
 * The documents are built from the model's field tables where a plain list
 * of labels and values serves (the case, the risk facts, the way of
 * support, the follow-up), and by hand where a table reads better on paper
 * (children, assessments, contacts, items, measures, visits, consents).
 */

#define G_LOG_DOMAIN "hp-documents"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-checks.h"
#include "hp-disclosures.h"
#include "hp-documents.h"
#include "hp-export.h"
#include "hp-layout.h"

/* ------------------------------------------------------------------ */
/* What a document must not show                                        */

/* Every text a document prints about the case goes through here: with
 * @secrets (a handover sheet, or the full plan under protected personal
 * data) what would reveal the client is replaced (hp-secrets.h), the rest
 * printed as typed; @secrets may be NULL. */
static const char *
safe_text (HpSecrets  *secrets,
           const char *text)
{
  return hp_secrets_apply (secrets, text);
}

/* ------------------------------------------------------------------ */
/* Values as the documents show them                                    */

static const char *
yes_no (gboolean value)
{
  return hp_enum_get_label (HP_TYPE_ANSWER, value ? HP_ANSWER_YES : HP_ANSWER_NO);
}

static char *
format_date (const char *iso)
{
  if (iso == NULL || iso[0] == '\0')
    return g_strdup ("");
  return hp_date_format_long (iso);
}

/* Returns: (transfer full) (nullable): the value of @field as text, NULL
 * for fields that are records or lists */
static char *
format_field (HpRecord      *record,
              const HpField *field)
{
  switch (field->kind)
    {
    case HP_FIELD_STRING:
    case HP_FIELD_TEXT:
    case HP_FIELD_TIME:
    case HP_FIELD_ID_NUMBER:
      return g_strdup (hp_record_get_string (record, field));
    case HP_FIELD_DATE:
      return format_date (hp_record_get_string (record, field));
    case HP_FIELD_BOOLEAN:
      return g_strdup (yes_no (hp_record_get_int (record, field)));
    case HP_FIELD_INT:
      {
        int value = hp_record_get_int (record, field);

        return value != 0 ? g_strdup_printf ("%d", value) : g_strdup ("");
      }
    case HP_FIELD_ENUM:
      return g_strdup (hp_enum_get_label (field->get_type (), hp_record_get_int (record, field)));
    case HP_FIELD_RECORD:
    case HP_FIELD_LIST:
    default:
      return NULL;
    }
}

static const char *
field_label (gpointer    record,
             const char *name)
{
  const HpField *field = hp_record_find_field (HP_RECORD (record), name);

  g_return_val_if_fail (field != NULL, name);
  return _(field->label);
}

/* The label of a field of a class, without an instance at hand. */
static const char *
class_field_label (GType       type,
                   const char *name)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  const HpField *field = hp_record_class_find_field (HP_RECORD_CLASS (klass), name);

  g_return_val_if_fail (field != NULL, name);
  return _(field->label);
}

static gboolean
protected_data (HpPlan *plan)
{
  return plan->case_info->protection != HP_PROTECTION_NONE;
}

/* Every field of @record that is not a record or a list, as key and value.
 * With @hide (protected personal data), fields flagged as the client's
 * whereabouts are replaced by a note and what would show them in other
 * values is left out. */
static void
add_record_fields (HpDocument *doc,
                   gpointer    record,
                   HpSecrets  *hide)
{
  guint n_fields;
  const HpField *fields = hp_record_get_fields (HP_RECORD (record), &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *value = NULL;

      if (hide != NULL && (fields[i].flags & HP_FIELD_FLAG_WHEREABOUTS) != 0)
        {
          /* Translators: in the full plan, in place of the client's phone or
           * whereabouts when the plan records protected personal data */
          hp_document_add_key_value (doc, _(fields[i].label),
                                     _("Left out: protected personal data"));
          continue;
        }

      value = format_field (HP_RECORD (record), &fields[i]);
      if (value != NULL)
        hp_document_add_key_value (doc, _(fields[i].label), safe_text (hide, value));
    }
}

static char *
contact_display_name (HpContact *contact)
{
  return hp_contact_dup_display_name (contact, HP_CONTACT_NAME_FULL);
}

/* The recipient of a consent as the documents name it. */
static char *
recipient_display_name (HpPlan     *plan,
                        const char *id)
{
  HpContact *contact;

  if (id[0] == '\0')
    return g_strdup ("");

  contact = hp_plan_find_contact (plan, id);
  if (contact == NULL)
    /* Translators: a consent names a recipient that is not among the
     * contacts; %s is its identifier */
    return g_strdup_printf (_("%s (not among the contacts)"), id);

  {
    g_autofree char *name = contact_display_name (contact);

    /* Translators: a recipient: its name, then its kind in parentheses */
    return g_strdup_printf (C_("recipient", "%s (%s)"), name,
                            hp_enum_get_label (HP_TYPE_CONTACT_KIND, contact->kind));
  }
}

static char *
item_owner_name (HpPlan *plan,
                 HpItem *item)
{
  HpChild *child;

  if (item->owner[0] == '\0')
    /* Translators: for whom an item is fetched */
    return g_strdup (C_("item owner", "The client"));

  child = hp_plan_find_child (plan, item->owner);
  return g_strdup (child != NULL ? child->name : item->owner);
}

static char *
time_range (const char *start,
            const char *end)
{
  if (start[0] != '\0' && end[0] != '\0')
    /* Translators: a span of time, 10:00–11:30 */
    return g_strdup_printf (C_("time span", "%s–%s"), start, end);
  return g_strdup (start[0] != '\0' ? start : end);
}

static char *
minutes_text (int minutes)
{
  if (minutes <= 0)
    return g_strdup ("");
  /* Translators: a time limit */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "at most %d minute",
                                       "at most %d minutes", minutes), minutes);
}

/* "Label: value" for the details stacked in a table cell; NULL when the
 * value is empty. */
static char *
detail (const char *label,
        const char *value)
{
  if (value == NULL || value[0] == '\0')
    return NULL;
  /* Translators: a detail in a table cell, "Telefon: 08-123 45 67" */
  return g_strdup_printf (C_("table detail", "%s: %s"), label, value);
}

static void
add_detail (HpTable     *table,
            guint        column,
            const char  *label,
            const char  *value)
{
  g_autofree char *text = detail (label, value);

  if (text != NULL)
    hp_table_add_text (table, column, HP_TEXT_SMALL, text);
}

static const char *
section_title (HpSection section)
{
  return hp_enum_get_label (HP_TYPE_SECTION, section);
}

static void
add_section_heading (HpDocument *doc,
                     HpSection   section)
{
  g_autofree char *text = NULL;

  /* Translators: a numbered section heading, "3. Sätt att stödja" */
  text = g_strdup_printf (C_("section heading", "%d. %s"), (int) section + 1, section_title (section));
  hp_document_add_heading (doc, 2, text);
}

static void
add_title_block (HpDocument *doc,
                 HpPlan     *plan,
                 const char *title,
                 const char *today)
{
  g_autofree char *printed = format_date (today);
  g_autoptr(GString) line = g_string_new (NULL);
  HpCase *c = plan->case_info;

  hp_document_add_heading (doc, 1, title);

  if (c->reference[0] != '\0')
    /* Translators: under a document's title */
    g_string_append_printf (line, C_("document", "Case %s"), c->reference);
  if (c->caseworker_unit[0] != '\0')
    {
      if (line->len > 0)
        g_string_append (line, " · ");
      g_string_append (line, c->caseworker_unit);
    }
  if (line->len > 0)
    g_string_append (line, " · ");
  /* Translators: under a document's title; %s is a date in full */
  g_string_append_printf (line, C_("document", "Printed %s"), printed);
  hp_document_add_paragraph (doc, HP_TEXT_SMALL, line->str);
}

/* ------------------------------------------------------------------ */
/* The full plan                                                        */

static void
add_findings (HpDocument *doc,
              HpPlan     *plan,
              const char *today)
{
  g_autoptr(GPtrArray) findings = hp_checks_run (plan, today);
  static const double widths[] = { 0.11, 0.53, 0.18, 0.18 };
  HpTable *table;

  /* Translators: heading of the full plan's list of findings */
  hp_document_add_heading (doc, 2, _("Checks of the plan"));

  if (findings == NULL || findings->len == 0)
    {
      hp_document_add_paragraph (doc, HP_TEXT_BODY,
                                 _("The checks found nothing to remark on."));
      return;
    }

  hp_document_add_paragraph (doc, HP_TEXT_BODY,
                             _("Hämtplan checked the plan against the national guidance. "
                               "Go through these points before the visit."));
  table = hp_document_add_table (doc, G_N_ELEMENTS (widths), widths);
  /* Translators: column headers of the findings table */
  hp_table_set_header (table, 0, C_("document", "Severity"));
  hp_table_set_header (table, 1, C_("document", "Finding"));
  hp_table_set_header (table, 2, C_("document", "Section"));
  hp_table_set_header (table, 3, C_("document", "Source"));

  for (guint i = 0; i < findings->len; i++)
    {
      HpFinding *finding = g_ptr_array_index (findings, i);

      hp_table_add_row (table);
      hp_table_add_text (table, 0, HP_TEXT_TABLE_STRONG, hp_severity_get_label (finding->severity));
      hp_table_add_text (table, 1, HP_TEXT_TABLE, finding->message);
      hp_table_add_text (table, 2, HP_TEXT_TABLE, section_title (finding->section));
      hp_table_add_text (table, 3, HP_TEXT_SMALL, finding->source);
    }
}

static void
add_case_section (HpDocument *doc,
                  HpPlan     *plan,
                  HpSecrets  *hide)
{
  HpCase *c = plan->case_info;
  GListModel *children = G_LIST_MODEL (c->children);
  guint n = g_list_model_get_n_items (children);
  static const double widths[] = { 0.32, 0.24, 0.44 };
  HpTable *table;

  add_section_heading (doc, HP_SECTION_CASE);
  add_record_fields (doc, c, hide);

  hp_document_add_heading (doc, 3, field_label (c, "children"));
  if (n == 0)
    {
      hp_document_add_paragraph (doc, HP_TEXT_BODY, _("No children are recorded in the case."));
      return;
    }

  table = hp_document_add_table (doc, G_N_ELEMENTS (widths), widths);
  hp_table_set_header (table, 0, class_field_label (HP_TYPE_CHILD, "name"));
  hp_table_set_header (table, 1, class_field_label (HP_TYPE_CHILD, "id_number"));
  hp_table_set_header (table, 2, class_field_label (HP_TYPE_CHILD, "note"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpChild) child = g_list_model_get_item (children, i);

      hp_table_add_row (table);
      hp_table_add_text (table, 0, HP_TEXT_TABLE, safe_text (hide, child->name));
      hp_table_add_text (table, 1, HP_TEXT_TABLE, child->id_number);
      hp_table_add_text (table, 2, HP_TEXT_TABLE, safe_text (hide, child->note));
    }
}

static void
add_risk_section (HpDocument *doc,
                  HpPlan     *plan,
                  HpSecrets  *hide)
{
  HpRisk *risk = plan->risk;
  GListModel *assessments = G_LIST_MODEL (risk->assessments);
  guint n = g_list_model_get_n_items (assessments);
  static const double widths[] = { 0.15, 0.19, 0.13, 0.15, 0.14, 0.24 };
  HpTable *table;
  GType type = HP_TYPE_ASSESSMENT;

  add_section_heading (doc, HP_SECTION_RISK);

  hp_document_add_heading (doc, 3, field_label (risk, "assessments"));
  if (n == 0)
    hp_document_add_paragraph (doc, HP_TEXT_BODY, _("No risk assessment is recorded."));
  else
    {
      table = hp_document_add_table (doc, G_N_ELEMENTS (widths), widths);
      hp_table_set_header (table, 0, class_field_label (type, "subject"));
      hp_table_set_header (table, 1, class_field_label (type, "instrument"));
      hp_table_set_header (table, 2, class_field_label (type, "date"));
      hp_table_set_header (table, 3, class_field_label (type, "assessed_by"));
      hp_table_set_header (table, 4, class_field_label (type, "level"));
      hp_table_set_header (table, 5, class_field_label (type, "summary"));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(HpAssessment) a = g_list_model_get_item (assessments, i);

          hp_table_add_row (table);
          hp_table_add_text (table, 0, HP_TEXT_TABLE,
                             hp_enum_get_label (HP_TYPE_RISK_SUBJECT, a->subject));
          hp_table_add_text (table, 1, HP_TEXT_TABLE,
                             a->instrument == HP_INSTRUMENT_OTHER && a->instrument_other[0] != '\0'
                               ? a->instrument_other
                               : hp_enum_get_label (HP_TYPE_INSTRUMENT, a->instrument));
          hp_table_add_text (table, 2, HP_TEXT_TABLE, a->date);
          hp_table_add_text (table, 3, HP_TEXT_TABLE, safe_text (hide, a->assessed_by));
          hp_table_add_text (table, 4, HP_TEXT_TABLE_STRONG,
                             hp_enum_get_label (HP_TYPE_RISK_LEVEL, a->level));
          hp_table_add_text (table, 5, HP_TEXT_TABLE, safe_text (hide, a->summary));
        }
    }

  /* Translators: a sub-heading of the risk section */
  hp_document_add_heading (doc, 3, _("The other party and the decision"));
  add_record_fields (doc, risk, hide);
}

static void
add_support_section (HpDocument *doc,
                     HpPlan     *plan,
                     HpSecrets  *hide)
{
  add_section_heading (doc, HP_SECTION_SUPPORT);
  add_record_fields (doc, plan->support, hide);
}

static void
add_contacts_section (HpDocument *doc,
                      HpPlan     *plan,
                      HpSecrets  *hide)
{
  GListModel *contacts = G_LIST_MODEL (plan->contacts);
  guint n = g_list_model_get_n_items (contacts);
  static const double widths[] = { 0.17, 0.24, 0.17, 0.42 };
  GType type = HP_TYPE_CONTACT;
  HpTable *table;

  add_section_heading (doc, HP_SECTION_CONTACTS);
  if (n == 0)
    {
      hp_document_add_paragraph (doc, HP_TEXT_BODY, _("No contacts are recorded."));
      return;
    }

  table = hp_document_add_table (doc, G_N_ELEMENTS (widths), widths);
  hp_table_set_header (table, 0, class_field_label (type, "kind"));
  hp_table_set_header (table, 1, class_field_label (type, "name"));
  hp_table_set_header (table, 2, class_field_label (type, "phone"));
  hp_table_set_header (table, 3, class_field_label (type, "role"));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpContact) contact = g_list_model_get_item (contacts, i);

      hp_table_add_row (table);
      hp_table_add_text (table, 0, HP_TEXT_TABLE,
                         hp_enum_get_label (HP_TYPE_CONTACT_KIND, contact->kind));
      hp_table_add_text (table, 1, HP_TEXT_TABLE_STRONG, safe_text (hide, contact->name));
      hp_table_add_text (table, 1, HP_TEXT_TABLE, safe_text (hide, contact->organisation));
      hp_table_add_text (table, 2, HP_TEXT_TABLE, safe_text (hide, contact->phone));
      hp_table_add_text (table, 3, HP_TEXT_TABLE, safe_text (hide, contact->role));
      /* The effective part, so that the staff see who goes to the home
       * also in a plan from before parts were recorded. */
      add_detail (table, 3, field_label (contact, "part"),
                  hp_enum_get_label (HP_TYPE_CONTACT_PART,
                                     hp_contact_get_effective_part (contact, plan->support->way)));
      add_detail (table, 3, field_label (contact, "address"), safe_text (hide, contact->address));
      add_detail (table, 3, field_label (contact, "contact_person"), safe_text (hide, contact->contact_person));
      if (contact->request_date[0] != '\0' || contact->granted != HP_ANSWER_UNKNOWN)
        {
          add_detail (table, 3, field_label (contact, "request_date"), contact->request_date);
          add_detail (table, 3, field_label (contact, "granted"),
                      hp_enum_get_label (HP_TYPE_ANSWER, contact->granted));
        }
      add_detail (table, 3, field_label (contact, "note"), safe_text (hide, contact->note));
    }
}

static void
add_items_section (HpDocument *doc,
                   HpPlan     *plan,
                   HpSecrets  *hide)
{
  GListModel *items = G_LIST_MODEL (plan->items);
  guint n = g_list_model_get_n_items (items);
  static const double widths[] = { 0.07, 0.28, 0.12, 0.13, 0.19, 0.21 };
  GType type = HP_TYPE_ITEM;
  HpTable *table;

  add_section_heading (doc, HP_SECTION_ITEMS);
  if (n == 0)
    {
      hp_document_add_paragraph (doc, HP_TEXT_BODY, _("No belongings are listed."));
      return;
    }

  hp_document_add_paragraph (doc, HP_TEXT_BODY,
                             _("The client decides what to take. Mark each item during the "
                               "visit."));

  table = hp_document_add_table (doc, G_N_ELEMENTS (widths), widths);
  /* Translators: column header: the item's number in the list */
  hp_table_set_header (table, 0, C_("document", "No."));
  hp_table_set_header (table, 1, class_field_label (type, "name"));
  hp_table_set_header (table, 2, class_field_label (type, "owner"));
  hp_table_set_header (table, 3, class_field_label (type, "priority"));
  hp_table_set_header (table, 4, class_field_label (type, "location"));
  /* Translators: column header of the tick boxes beside each item */
  hp_table_set_header (table, 5, C_("document", "Mark"));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpItem) item = g_list_model_get_item (items, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *owner = item_owner_name (plan, item);

      hp_table_add_row (table);
      hp_table_add_text (table, 0, HP_TEXT_TABLE, number);
      hp_table_add_text (table, 1, HP_TEXT_TABLE_STRONG, safe_text (hide, item->name));
      hp_table_add_text (table, 1, HP_TEXT_SMALL,
                         hp_enum_get_label (HP_TYPE_ITEM_CATEGORY, item->category));
      hp_table_add_text (table, 1, HP_TEXT_SMALL, safe_text (hide, item->note));
      if (item->from_other_party)
        hp_table_add_text (table, 1, HP_TEXT_SMALL,
                           _("Handed over by the other party: check it for tracking devices."));
      hp_table_add_text (table, 2, HP_TEXT_TABLE, safe_text (hide, owner));
      hp_table_add_text (table, 3, HP_TEXT_TABLE,
                         hp_enum_get_label (HP_TYPE_PRIORITY, item->priority));
      hp_table_add_text (table, 4, HP_TEXT_TABLE, safe_text (hide, item->location));

      hp_table_add_tick (table, 5, hp_enum_get_label (HP_TYPE_ITEM_STATUS, HP_ITEM_STATUS_RETRIEVED),
                         item->status == HP_ITEM_STATUS_RETRIEVED);
      hp_table_add_tick (table, 5, hp_enum_get_label (HP_TYPE_ITEM_STATUS, HP_ITEM_STATUS_NOT_FOUND),
                         item->status == HP_ITEM_STATUS_NOT_FOUND);
      if (item->from_other_party)
        hp_table_add_tick (table, 5, field_label (item, "tracker_checked"), item->tracker_checked);
      if (item->status != HP_ITEM_STATUS_PLANNED && item->status != HP_ITEM_STATUS_RETRIEVED
          && item->status != HP_ITEM_STATUS_NOT_FOUND)
        hp_table_add_text (table, 5, HP_TEXT_SMALL,
                           hp_enum_get_label (HP_TYPE_ITEM_STATUS, item->status));
    }
}

static void
add_measures_section (HpDocument *doc,
                      HpPlan     *plan,
                      HpSecrets  *hide)
{
  GListModel *measures = G_LIST_MODEL (plan->measures);
  guint n = g_list_model_get_n_items (measures);
  static const double widths[] = { 0.09, 0.45, 0.18, 0.28 };
  GType type = HP_TYPE_MEASURE;
  HpTable *table;

  add_section_heading (doc, HP_SECTION_MEASURES);
  if (n == 0)
    {
      hp_document_add_paragraph (doc, HP_TEXT_BODY, _("No safety measures are listed."));
      return;
    }

  table = hp_document_add_table (doc, G_N_ELEMENTS (widths), widths);
  hp_table_set_header (table, 0, class_field_label (type, "done"));
  hp_table_set_header (table, 1, class_field_label (type, "title"));
  hp_table_set_header (table, 2, class_field_label (type, "responsible"));
  hp_table_set_header (table, 3, class_field_label (type, "note"));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpMeasure) measure = g_list_model_get_item (measures, i);

      hp_table_add_row (table);
      hp_table_add_tick (table, 0, "", measure->done);
      hp_table_add_text (table, 1, HP_TEXT_TABLE, safe_text (hide, measure->title));
      hp_table_add_text (table, 2, HP_TEXT_TABLE, safe_text (hide, measure->responsible));
      hp_table_add_text (table, 3, HP_TEXT_TABLE, safe_text (hide, measure->note));
    }
}

static void
add_visits_section (HpDocument *doc,
                    HpPlan     *plan,
                    HpSecrets  *hide)
{
  GListModel *visits = G_LIST_MODEL (plan->visits);
  guint n = g_list_model_get_n_items (visits);
  static const double widths[] = { 0.21, 0.20, 0.19, 0.16, 0.24 };
  GType type = HP_TYPE_VISIT;
  HpTable *table;

  add_section_heading (doc, HP_SECTION_VISITS);
  if (n == 0)
    {
      hp_document_add_paragraph (doc, HP_TEXT_BODY, _("No visit is planned yet."));
      return;
    }

  table = hp_document_add_table (doc, G_N_ELEMENTS (widths), widths);
  /* Translators: column header of the visits table */
  hp_table_set_header (table, 0, C_("document", "Date and time"));
  hp_table_set_header (table, 1, class_field_label (type, "place"));
  hp_table_set_header (table, 2, class_field_label (type, "participants"));
  /* Translators: column header of the visits table */
  hp_table_set_header (table, 3, C_("document", "Check-in and check-out"));
  hp_table_set_header (table, 4, class_field_label (type, "status"));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpVisit) visit = g_list_model_get_item (visits, i);
      g_autofree char *times = time_range (visit->start_time, visit->end_time);
      g_autofree char *limit = minutes_text (visit->time_limit_minutes);

      hp_table_add_row (table);
      hp_table_add_text (table, 0, HP_TEXT_TABLE_STRONG, visit->date);
      hp_table_add_text (table, 0, HP_TEXT_TABLE, times);
      hp_table_add_text (table, 0, HP_TEXT_SMALL, limit);
      hp_table_add_text (table, 1, HP_TEXT_TABLE, safe_text (hide, visit->place));
      hp_table_add_text (table, 2, HP_TEXT_TABLE, safe_text (hide, visit->participants));
      add_detail (table, 3, C_("check-in", "In"), visit->check_in_time);
      add_detail (table, 3, C_("check-out", "Out"), visit->check_out_time);
      hp_table_add_text (table, 4, HP_TEXT_TABLE_STRONG,
                         hp_enum_get_label (HP_TYPE_VISIT_STATUS, visit->status));
      hp_table_add_text (table, 4, HP_TEXT_TABLE, safe_text (hide, visit->outcome));
    }
}

static const char *
consent_state_label (HpConsent  *consent,
                     const char *today)
{
  if (hp_consent_is_withdrawn (consent, today))
    /* Translators: the state of a consent */
    return C_("consent", "Withdrawn");
  if (consent->given == HP_ANSWER_NO)
    return C_("consent", "Refused");
  if (consent->given == HP_ANSWER_UNKNOWN)
    return C_("consent", "Not yet answered");
  if (!hp_consent_is_in_force (consent, today))
    return C_("consent", "Expired");
  return C_("consent", "Given");
}

static char *
consent_subject (HpPlan    *plan,
                 HpConsent *consent)
{
  g_autoptr(GString) text = g_string_new (hp_enum_get_label (HP_TYPE_CONSENT_SCOPE,
                                                             consent->scope));

  if (consent->scope == HP_CONSENT_SCOPE_SHARE_INFORMATION && consent->recipient[0] != '\0')
    {
      g_autofree char *recipient = recipient_display_name (plan, consent->recipient);

      g_string_append_printf (text, "\n%s", recipient);
    }
  if (consent->scope == HP_CONSENT_SCOPE_ENTER_HOME && consent->rooms[0] != '\0')
    g_string_append_printf (text, "\n%s", consent->rooms);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_consents_section (HpDocument *doc,
                      HpPlan     *plan,
                      HpSecrets  *hide,
                      const char *today)
{
  GListModel *consents = G_LIST_MODEL (plan->consents);
  guint n = g_list_model_get_n_items (consents);
  static const double widths[] = { 0.19, 0.29, 0.14, 0.18, 0.20 };
  GType type = HP_TYPE_CONSENT;
  HpTable *table;

  add_section_heading (doc, HP_SECTION_CONSENTS);
  if (n == 0)
    {
      hp_document_add_paragraph (doc, HP_TEXT_BODY, _("No consents are recorded."));
      return;
    }

  table = hp_document_add_table (doc, G_N_ELEMENTS (widths), widths);
  hp_table_set_header (table, 0, class_field_label (type, "party"));
  hp_table_set_header (table, 1, class_field_label (type, "scope"));
  hp_table_set_header (table, 2, class_field_label (type, "given"));
  hp_table_set_header (table, 3, class_field_label (type, "form"));
  hp_table_set_header (table, 4, class_field_label (type, "limits"));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpConsent) consent = g_list_model_get_item (consents, i);
      g_autofree char *subject = consent_subject (plan, consent);
      g_autofree char *valid_until = format_date (consent->valid_until);
      g_autofree char *withdrawn = format_date (consent->withdrawn_on);

      hp_table_add_row (table);
      hp_table_add_text (table, 0, HP_TEXT_TABLE,
                         hp_enum_get_label (HP_TYPE_CONSENT_PARTY, consent->party));
      hp_table_add_text (table, 0, HP_TEXT_TABLE_STRONG, safe_text (hide, consent->party_name));
      hp_table_add_text (table, 1, HP_TEXT_TABLE, safe_text (hide, subject));
      hp_table_add_text (table, 2, HP_TEXT_TABLE_STRONG, consent_state_label (consent, today));
      add_detail (table, 2, field_label (consent, "withdrawn_on"), withdrawn);
      hp_table_add_text (table, 3, HP_TEXT_TABLE,
                         hp_enum_get_label (HP_TYPE_CONSENT_FORM, consent->form));
      hp_table_add_text (table, 3, HP_TEXT_TABLE, consent->date);
      add_detail (table, 3, field_label (consent, "recorded_by"), safe_text (hide, consent->recorded_by));
      add_detail (table, 3, field_label (consent, "witness"), safe_text (hide, consent->witness));
      hp_table_add_text (table, 4, HP_TEXT_TABLE, safe_text (hide, consent->limits));
      add_detail (table, 4, field_label (consent, "valid_until"), valid_until);
    }
}

static void
add_follow_up_section (HpDocument *doc,
                       HpPlan     *plan,
                       HpSecrets  *hide)
{
  add_section_heading (doc, HP_SECTION_FOLLOW_UP);
  add_record_fields (doc, plan->follow_up, hide);
}

/* The disclosure log: every handover sheet and consent record that left
 * the office, and for each whether the consent it went out on still holds,
 * so that the caseworker can tell a recipient whose consent is gone.  The
 * last numbered section, after the follow-up. */
static void
add_disclosures_section (HpDocument *doc,
                         HpPlan     *plan,
                         HpSecrets  *hide,
                         const char *today)
{
  GListModel *entries = G_LIST_MODEL (plan->disclosures);
  guint n = g_list_model_get_n_items (entries);
  static const double widths[] = { 0.16, 0.23, 0.21, 0.18, 0.22 };
  g_autofree char *heading = NULL;
  HpTable *table;

  /* Translators: a numbered section heading, "10. Utlämnanden" */
  heading = g_strdup_printf (C_("section heading", "%d. %s"), (int) HP_SECTION_FOLLOW_UP + 2,
                             _("Disclosures"));
  hp_document_add_heading (doc, 2, heading);
  if (n == 0)
    {
      hp_document_add_paragraph (doc, HP_TEXT_BODY,
                                 _("No handover sheet or consent record has been printed or "
                                   "exported yet."));
      return;
    }

  table = hp_document_add_table (doc, G_N_ELEMENTS (widths), widths);
  /* Translators: column headings of the disclosure log */
  hp_table_set_header (table, 0, C_("disclosures", "When"));
  hp_table_set_header (table, 1, C_("disclosures", "Document"));
  hp_table_set_header (table, 2, C_("disclosures", "Recipient"));
  hp_table_set_header (table, 3, C_("disclosures", "Consent then"));
  hp_table_set_header (table, 4, C_("disclosures", "Consent now"));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpDisclosure) entry = g_list_model_get_item (entries, i);
      g_autofree char *when = hp_disclosure_describe_when (entry);
      g_autofree char *document = hp_disclosure_describe_document (entry);
      g_autofree char *recipient = hp_disclosure_describe_recipient (entry);
      g_autofree char *then = hp_disclosure_describe_then (entry);
      HpDisclosureConsentNow now = hp_disclosure_consent_now (plan, entry, today);

      hp_table_add_row (table);
      hp_table_add_text (table, 0, HP_TEXT_TABLE, when);
      hp_table_add_text (table, 1, HP_TEXT_TABLE, document);
      hp_table_add_text (table, 2, HP_TEXT_TABLE, safe_text (hide, recipient));
      hp_table_add_text (table, 3, HP_TEXT_TABLE, then);
      if (entry->consent[0] != '\0')
        {
          g_autofree char *given = g_strdup_printf (C_("table detail", "%s: %s"),
                                                    hp_enum_get_label (HP_TYPE_CONSENT_PARTY,
                                                                       entry->consent_party),
                                                    hp_enum_get_label (HP_TYPE_CONSENT_SCOPE,
                                                                       entry->consent_scope));
          hp_table_add_text (table, 3, HP_TEXT_SMALL, given);
        }
      hp_table_add_text (table, 4,
                         hp_disclosure_consent_now_warns (now) ? HP_TEXT_TABLE_STRONG
                                                               : HP_TEXT_TABLE,
                         hp_disclosure_describe_now (now));
    }

  /* Whom to tell, one line each, so that it cannot be missed in a column. */
  for (guint i = 0, told = 0; i < n; i++)
    {
      g_autoptr(HpDisclosure) entry = g_list_model_get_item (entries, i);
      HpDisclosureConsentNow now = hp_disclosure_consent_now (plan, entry, today);
      g_autofree char *when = NULL;
      g_autofree char *document = NULL;
      g_autofree char *recipient = NULL;
      g_autofree char *text = NULL;

      if (!hp_disclosure_consent_now_warns (now))
        continue;
      if (told++ == 0)
        /* Translators: heading under the disclosure log in the full plan */
        hp_document_add_heading (doc, 3, _("Recipients to tell"));
      when = hp_disclosure_describe_when (entry);
      document = hp_disclosure_describe_document (entry);
      recipient = hp_disclosure_describe_recipient (entry);
      /* Translators: "Ali Karimi, Trygghetsbolaget AB (Vaktbolag): Överlämningsblad,
       * PDF, 28 november 2026 kl. 14:05. Samtycket har återkallats sedan dess –
       * meddela mottagaren." */
      text = g_strdup_printf (C_("disclosures", "%s: %s, %s. %s."), safe_text (hide, recipient),
                              document, when, hp_disclosure_describe_now (now));
      hp_document_add_paragraph (doc, HP_TEXT_BODY, text);
    }
}

static void
add_staff_signatures (HpDocument *doc,
                      HpPlan     *plan)
{
  HpCase *c = plan->case_info;

  hp_document_add_signature (doc, field_label (c, "caseworker_name"), c->caseworker_name);
  hp_document_add_signature (doc, field_label (c, "second_staff_name"), c->second_staff_name);
}

/**
 * hp_document_new_full_plan:
 *
 * The whole plan for the staff on the visit and the case file: every
 * section, the findings of the checks, tick boxes beside each item and each
 * safety measure, room for notes and the staff's signature lines.  When
 * the plan records protected personal data, the client's whereabouts and
 * contact details are left out.
 *
 * Returns: (transfer full): the document, not yet laid out
 */
HpDocument *
hp_document_new_full_plan (HpPlan *plan)
{
  g_autofree char *title = NULL;
  g_autofree char *today = NULL;
  g_autoptr(HpSecrets) secrets = NULL;
  HpSecrets *hide = NULL;
  HpDocument *doc;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);

  /* The paper goes to the home: with protected personal data, nothing on
   * it shows where the client is or how to reach them. */
  if (protected_data (plan))
    {
      secrets = hp_secrets_new (plan, HP_SECRETS_WHEREABOUTS_ONLY);
      hide = secrets;
    }

  title = hp_plan_dup_title (plan);
  today = hp_date_today ();
  /* Translators: the right of the page header of the full plan */
  doc = hp_document_new (title, C_("document", "Full plan"));
  /* Translators: the left of the page footer of the full plan and the
   * consent record */
  hp_document_set_footer_note (doc, _("Confidential under OSL 26 kap. 1 §"));

  /* Translators: the title of the full plan */
  add_title_block (doc, plan, _("Plan for fetching belongings"), today);

  if (protected_data (plan))
    {
      g_autofree char *notice = NULL;

      /* Translators: %s is the kind of protection, "Skyddad folkbokföring" */
      notice = g_strdup_printf (_("Protected personal data: %s"),
                                hp_enum_get_label (HP_TYPE_PROTECTION,
                                                   plan->case_info->protection));
      hp_document_add_notice (doc, notice,
                              _("The client's whereabouts and contact details are left out of "
                                "this plan. Tell no one outside the case anything about the "
                                "client without asking the responsible caseworker."));
    }

  add_findings (doc, plan, NULL);
  add_case_section (doc, plan, hide);
  add_risk_section (doc, plan, hide);
  add_support_section (doc, plan, hide);
  add_contacts_section (doc, plan, hide);
  add_items_section (doc, plan, hide);
  add_measures_section (doc, plan, hide);
  add_visits_section (doc, plan, hide);
  add_consents_section (doc, plan, hide, today);
  add_follow_up_section (doc, plan, hide);
  add_disclosures_section (doc, plan, hide, today);

  /* Translators: heading of the ruled space for notes in the full plan */
  hp_document_add_heading (doc, 2, _("Notes from the visit"));
  hp_document_add_notes (doc, _("What happened, what was fetched, what was left behind"), 12);

  /* Translators: heading of the signature lines */
  hp_document_add_heading (doc, 2, C_("document", "Signatures"));
  add_staff_signatures (doc, plan);

  return doc;
}

/* ------------------------------------------------------------------ */
/* The handover sheet                                                   */

/* How a handover sheet says whom an item is for without naming the client:
 * "the client", "child 1", "child 2" in the order of the case's children,
 * or the child's first name where the caseworker allows it.
 * @first_name_shown and @numbered are set when that happens. */
static char *
sheet_owner_name (HpPlan   *plan,
                  HpItem   *item,
                  gboolean *first_name_shown,
                  gboolean *numbered)
{
  GListModel *children = G_LIST_MODEL (plan->case_info->children);
  guint n = g_list_model_get_n_items (children);

  if (item->owner[0] == '\0')
    /* Translators: on a handover sheet, for whom an item is fetched: the
     * client, never named there */
    return g_strdup (C_("owner on a sheet", "the client"));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpChild) child = g_list_model_get_item (children, i);
      g_autofree char *first = NULL;
      char *end;

      if (g_strcmp0 (child->id, item->owner) != 0)
        continue;

      /* The first word of the name: a surname could be the client's. */
      first = g_strstrip (g_strdup (child->name));
      for (end = first; *end != '\0' && !g_unichar_isspace (g_utf8_get_char (end));
           end = g_utf8_next_char (end))
        ;
      *end = '\0';
      if (child->name_on_sheets && first[0] != '\0')
        {
          *first_name_shown = TRUE;
          return g_steal_pointer (&first);
        }
      *numbered = TRUE;
      /* Translators: on a handover sheet, an item for the client's first,
       * second ... child, in place of the child's name */
      return g_strdup_printf (C_("owner on a sheet", "child %u"), i + 1);
    }

  /* An owner that is no child of the case (the loader refuses it; an edit
   * in progress might not). */
  *numbered = TRUE;
  /* Translators: on a handover sheet, an item for one of the children */
  return g_strdup (C_("owner on a sheet", "a child"));
}

/* The planned visits as the sheet for @part shows them: the date and the
 * time for every part; the place and the time limit for whoever goes to the
 * home.  Returns how many rows there are. */
static guint
add_sheet_visits (HpDocument    *doc,
                  HpPlan        *plan,
                  HpContactPart  part,
                  HpSecrets     *secrets)
{
  GListModel *visits = G_LIST_MODEL (plan->visits);
  gboolean home = part == HP_CONTACT_PART_GOES_HOME;
  HpTable *table = NULL;
  guint n_visits = 0;

  for (guint i = 0; i < g_list_model_get_n_items (visits); i++)
    {
      g_autoptr(HpVisit) visit = g_list_model_get_item (visits, i);
      g_autofree char *date = NULL;
      g_autofree char *times = NULL;
      g_autofree char *limit = NULL;

      if (visit->status != HP_VISIT_STATUS_PLANNED)
        continue;

      if (table == NULL)
        {
          static const double widths[] = { 0.26, 0.17, 0.37, 0.20 };
          static const double widths_short[] = { 0.40, 0.60 };

          table = home ? hp_document_add_table (doc, G_N_ELEMENTS (widths), widths)
                       : hp_document_add_table (doc, G_N_ELEMENTS (widths_short), widths_short);
          hp_table_set_header (table, 0, class_field_label (HP_TYPE_VISIT, "date"));
          /* Translators: column header on a handover sheet */
          hp_table_set_header (table, 1, C_("document", "Time"));
          if (home)
            {
              hp_table_set_header (table, 2, class_field_label (HP_TYPE_VISIT, "place"));
              /* Translators: column header on a handover sheet */
              hp_table_set_header (table, 3, C_("document", "Time limit"));
            }
        }
      n_visits++;
      date = format_date (visit->date);
      times = time_range (visit->start_time, visit->end_time);
      hp_table_add_row (table);
      hp_table_add_text (table, 0, HP_TEXT_TABLE_STRONG, safe_text (secrets, date));
      hp_table_add_text (table, 1, HP_TEXT_TABLE, safe_text (secrets, times));
      if (home)
        {
          limit = minutes_text (visit->time_limit_minutes);
          hp_table_add_text (table, 2, HP_TEXT_TABLE, safe_text (secrets, visit->place));
          hp_table_add_text (table, 3, HP_TEXT_TABLE, limit);
        }
    }

  if (n_visits > 0)
    {
      hp_document_add_carried_field (doc, "visits.date");
      hp_document_add_carried_field (doc, "visits.start_time");
      hp_document_add_carried_field (doc, "visits.end_time");
      if (home)
        {
          hp_document_add_carried_field (doc, "visits.place");
          hp_document_add_carried_field (doc, "visits.time_limit_minutes");
        }
    }
  return n_visits;
}

/* The place the sheet for @part names: the home's address for whoever goes
 * there, the handover sites for the handover place, the social office for
 * the office, none for whoever is only informed. */
static void
add_sheet_place (HpDocument    *doc,
                 HpPlan        *plan,
                 HpContactPart  part,
                 HpSecrets     *secrets)
{
  HpCase *c = plan->case_info;
  GListModel *contacts = G_LIST_MODEL (plan->contacts);
  guint n_sites = 0;

  switch (part)
    {
    case HP_CONTACT_PART_GOES_HOME:
      /* For whoever goes there the address is no secret, but what else
       * it says may be ("c/o Johanna Svensson"). */
      hp_document_add_key_value (doc, field_label (c, "home_address"),
                                 safe_text (secrets, c->home_address));
      hp_document_add_carried_field (doc, "case.home_address");
      break;

    case HP_CONTACT_PART_HANDOVER_PLACE:
      for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
        {
          g_autoptr(HpContact) site = g_list_model_get_item (contacts, i);
          g_autofree char *site_name = NULL;
          g_autoptr(GString) place = NULL;

          if (site->kind != HP_CONTACT_KIND_HANDOVER_SITE)
            continue;
          n_sites++;
          site_name = contact_display_name (site);
          place = g_string_new (safe_text (secrets, site_name));
          if (site->address[0] != '\0')
            g_string_append_printf (place, "\n%s", safe_text (secrets, site->address));
          hp_document_add_key_value (doc, hp_enum_get_label (HP_TYPE_CONTACT_KIND, site->kind),
                                     place->str);
          hp_document_add_carried_field (doc, "contacts.name");
          hp_document_add_carried_field (doc, "contacts.organisation");
          if (site->address[0] != '\0')
            hp_document_add_carried_field (doc, "contacts.address");
        }
      if (n_sites == 0)
        hp_document_add_paragraph (doc, HP_TEXT_BODY,
                                   _("The caseworker will tell you where the handover takes "
                                     "place."));
      break;

    case HP_CONTACT_PART_OFFICE:
      {
        g_autoptr(GString) place = g_string_new (c->caseworker_unit[0] != '\0'
                                                   ? safe_text (secrets, c->caseworker_unit)
                                                   : _("The social services' office"));

        if (c->caseworker_unit[0] != '\0')
          hp_document_add_carried_field (doc, "case.caseworker_unit");
        if (c->office_address[0] != '\0')
          {
            g_string_append_printf (place, "\n%s", safe_text (secrets, c->office_address));
            hp_document_add_carried_field (doc, "case.office_address");
          }
        /* Translators: on a handover sheet: where the recipient receives the
         * things; the value is the caseworker's unit and the office's
         * address */
        hp_document_add_key_value (doc, C_("document", "Place"), place->str);
      }
      break;

    case HP_CONTACT_PART_INFORMED_ONLY:
    case HP_CONTACT_PART_NOT_SET:
    default:
      hp_document_add_withheld (doc, _("The place"),
                                _("You are only informed of the day and the time."));
      break;
    }

  if (part != HP_CONTACT_PART_GOES_HOME)
    hp_document_add_withheld (doc, _("The home's address"), _("You do not go to the home."));
}

/* For the preview's list beside the pages: what the sheet changed, one
 * entry for each kind of secret it replaced. */
static void
note_replaced_secrets (HpDocument *doc,
                       HpSecrets  *secrets)
{
  for (guint i = 0; i < HP_SECRET_N_KINDS; i++)
    {
      HpSecretKind kind = 1 << i;
      guint n = hp_secrets_get_n_replaced (secrets, kind);
      g_autofree char *why = NULL;

      if (n == 0)
        continue;
      if (kind == HP_SECRET_NAME)
        /* Translators: beside the preview of a handover sheet; %s is the
         * word that stands for the client's name ("klienten") */
        why = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Replaced by “%s” in %u place",
                                            "Replaced by “%s” in %u places", n),
                               C_("secret", "the client"), n);
      else if (kind == HP_SECRET_CHILD_NAME)
        /* Translators: beside the preview of a handover sheet */
        why = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Replaced by the child's number in "
                                            "%u place", "Replaced by the child's number in "
                                            "%u places", n), n);
      else
        /* Translators: beside the preview of a handover sheet */
        why = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Left out in %u place",
                                            "Left out in %u places", n), n);
      hp_document_add_withheld (doc, hp_secret_kind_get_label (kind), why);
    }
}

/**
 * hp_document_new_handover:
 * @recipient: one of the plan's contacts
 *
 * The handover sheet for one recipient outside the social services (see
 * hp-documents.h for what it shows and never shows).
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error
 * set when @recipient is not a contact of @plan or the plan records no
 * consent from the client to share information with it
 * (hp_plan_check_sharing_consent())
 */
HpDocument *
hp_document_new_handover (HpPlan     *plan,
                          HpContact  *recipient,
                          GError    **error)
{
  HpCase *c;
  HpContactPart part;
  gboolean goes_home;
  gboolean first_name_shown = FALSE;
  gboolean child_numbered = FALSE;
  g_autoptr(HpSecrets) secrets = NULL;
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;
  g_autofree char *to = NULL;
  g_autofree char *today = NULL;
  g_autoptr(HpDocument) doc = NULL;
  g_autoptr(GError) refusal = NULL;
  GListModel *items;
  guint n_items = 0;
  HpTable *table = NULL;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (HP_IS_CONTACT (recipient), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (recipient->id[0] == '\0' || hp_plan_find_contact (plan, recipient->id) != recipient)
    {
      g_set_error_literal (error, HP_EXPORT_ERROR, HP_EXPORT_ERROR_RECIPIENT,
                           _("No handover sheet: the recipient is not one of the plan's "
                             "contacts."));
      return NULL;
    }

  today = hp_date_today ();
  if (!hp_plan_check_sharing_consent (plan, recipient, today, &refusal))
    {
      g_set_error_literal (error, HP_EXPORT_ERROR, HP_EXPORT_ERROR_NO_CONSENT, refusal->message);
      return NULL;
    }

  c = plan->case_info;
  part = hp_contact_get_effective_part (recipient, plan->support->way);
  goes_home = hp_plan_contact_goes_home (plan, recipient);
  secrets = hp_secrets_new (plan, HP_SECRETS_IDENTITY | (goes_home ? 0 : HP_SECRETS_HOME));

  title = hp_plan_dup_title (plan);
  /* Translators: the right of the page header of a handover sheet */
  /* The title holds the case reference, which the checks read as the
   * sheet's body does. */
  doc = hp_document_new (safe_text (secrets, title), C_("document", "Handover sheet"));
  /* Translators: the left of the page footer of a handover sheet */
  hp_document_set_footer_note (doc, _("Shared with the client's consent (OSL 12 kap. 2 §). "
                                      "Do not pass it on."));

  /* Who it is for. */
  /* Translators: the title of a handover sheet */
  hp_document_add_heading (doc, 1, _("Handover of belongings"));
  name = contact_display_name (recipient);
  /* Translators: under the title of a handover sheet: the recipient, then
   * its kind ("Till: Trygghetsbolaget AB (Vaktbolag)") */
  if (g_str_equal (name, hp_enum_get_label (HP_TYPE_CONTACT_KIND, recipient->kind)))
    to = g_strdup_printf (C_("document", "For: %s"), safe_text (secrets, name));
  else
    to = g_strdup_printf (C_("document", "For: %s (%s)"), safe_text (secrets, name),
                          hp_enum_get_label (HP_TYPE_CONTACT_KIND, recipient->kind));
  hp_document_add_paragraph (doc, HP_TEXT_STRONG, to);
  hp_document_add_carried_field (doc, "contacts.kind");
  if (recipient->name[0] != '\0')
    hp_document_add_carried_field (doc, "contacts.name");
  if (recipient->organisation[0] != '\0')
    hp_document_add_carried_field (doc, "contacts.organisation");
  if (c->reference[0] != '\0')
    {
      g_autofree char *reference = NULL;

      /* Translators: under the title of a handover sheet */
      reference = g_strdup_printf (_("The social services' case reference: %s"),
                                   safe_text (secrets, c->reference));
      hp_document_add_paragraph (doc, HP_TEXT_SMALL, reference);
      hp_document_add_carried_field (doc, "case.reference");
    }

  hp_document_add_notice (doc, C_("document", "Confidential"),
                          _("You receive this sheet with the client's consent, only for the "
                            "task below. Do not pass on what it says, and destroy it when the "
                            "task is done."));

  /* What the recipient is asked to do. */
  /* Translators: heading on a handover sheet */
  hp_document_add_heading (doc, 2, _("What you are asked to do"));
  hp_document_add_paragraph (doc, HP_TEXT_BODY,
                             recipient->role[0] != '\0'
                               ? safe_text (secrets, recipient->role)
                               : _("The caseworker will tell you."));
  if (recipient->role[0] != '\0')
    hp_document_add_carried_field (doc, "contacts.role");
  hp_document_add_key_value (doc, class_field_label (HP_TYPE_CONTACT, "part"),
                             hp_enum_get_label (HP_TYPE_CONTACT_PART, part));
  hp_document_add_carried_field (doc, "contacts.part");

  /* Time and place, as the recipient's part needs them: the home's
   * address only for whoever goes there. */
  /* Translators: heading on a handover sheet */
  hp_document_add_heading (doc, 2, C_("document", "Time and place"));
  add_sheet_place (doc, plan, part, secrets);
  if (add_sheet_visits (doc, plan, part, secrets) == 0)
    hp_document_add_paragraph (doc, HP_TEXT_BODY,
                               _("The caseworker will tell you the day and the time."));

  /* The items still to hand over, each with whom it is for; where they
   * are in the home only for whoever goes in. */
  /* Translators: heading on a handover sheet */
  hp_document_add_heading (doc, 2, _("Belongings to hand over"));
  items = G_LIST_MODEL (plan->items);
  {
    static const double widths[] = { 0.07, 0.39, 0.16, 0.14, 0.24 };
    static const double widths_home[] = { 0.07, 0.29, 0.13, 0.12, 0.20, 0.19 };

    table = goes_home ? hp_document_add_table (doc, G_N_ELEMENTS (widths_home), widths_home)
                      : hp_document_add_table (doc, G_N_ELEMENTS (widths), widths);
    hp_table_set_header (table, 0, C_("document", "No."));
    hp_table_set_header (table, 1, class_field_label (HP_TYPE_ITEM, "name"));
    hp_table_set_header (table, 2, class_field_label (HP_TYPE_ITEM, "owner"));
    hp_table_set_header (table, 3, class_field_label (HP_TYPE_ITEM, "priority"));
    if (goes_home)
      hp_table_set_header (table, 4, class_field_label (HP_TYPE_ITEM, "location"));
    hp_table_set_header (table, goes_home ? 5 : 4, C_("document", "Mark"));
  }
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(HpItem) item = g_list_model_get_item (items, i);
      g_autofree char *number = NULL;
      g_autofree char *owner = NULL;

      if (item->status != HP_ITEM_STATUS_PLANNED)
        continue;
      number = g_strdup_printf ("%u", ++n_items);
      owner = sheet_owner_name (plan, item, &first_name_shown, &child_numbered);
      hp_table_add_row (table);
      hp_table_add_text (table, 0, HP_TEXT_TABLE, number);
      hp_table_add_text (table, 1, HP_TEXT_TABLE_STRONG, safe_text (secrets, item->name));
      hp_table_add_text (table, 2, HP_TEXT_TABLE, safe_text (secrets, owner));
      hp_table_add_text (table, 3, HP_TEXT_TABLE,
                         hp_enum_get_label (HP_TYPE_PRIORITY, item->priority));
      if (goes_home)
        hp_table_add_text (table, 4, HP_TEXT_TABLE, safe_text (secrets, item->location));
      /* Translators: a tick box beside an item on a handover sheet */
      hp_table_add_tick (table, goes_home ? 5 : 4, C_("document", "Handed over"), FALSE);
    }
  if (n_items == 0)
    hp_document_add_paragraph (doc, HP_TEXT_BODY, _("No belongings are left to hand over."));
  else
    {
      hp_document_add_carried_field (doc, "items.name");
      hp_document_add_carried_field (doc, "items.owner");
      hp_document_add_carried_field (doc, "items.priority");
      if (goes_home)
        hp_document_add_carried_field (doc, "items.location");
      if (first_name_shown)
        hp_document_add_carried_field (doc, "case.children.name");
    }
  if (!goes_home)
    hp_document_add_withheld (doc, _("Where the things are in the home"),
                              _("Only those who go into the home are told."));
  if (child_numbered)
    hp_document_add_withheld (doc, _("The children's names"),
                              _("The caseworker has not allowed them on handover sheets."));

  /* The caseworker. */
  /* Translators: heading on a handover sheet */
  hp_document_add_heading (doc, 2, _("Questions and changes"));
  hp_document_add_key_value (doc, field_label (c, "caseworker_name"),
                             safe_text (secrets, c->caseworker_name));
  hp_document_add_key_value (doc, field_label (c, "caseworker_unit"),
                             safe_text (secrets, c->caseworker_unit));
  hp_document_add_key_value (doc, field_label (c, "caseworker_phone"),
                             safe_text (secrets, c->caseworker_phone));
  hp_document_add_carried_field (doc, "case.caseworker_name");
  hp_document_add_carried_field (doc, "case.caseworker_unit");
  hp_document_add_carried_field (doc, "case.caseworker_phone");
  hp_document_add_paragraph (doc, HP_TEXT_BODY,
                             _("Call the caseworker if anything changes or does not go as "
                               "planned. In an emergency, call 112."));

  /* Translators: heading of the receipt on a handover sheet */
  hp_document_add_heading (doc, 2, C_("document", "Receipt"));
  /* Translators: the role under the recipient's signature line */
  hp_document_add_signature (doc, C_("document", "Received by"), safe_text (secrets, name));
  /* Translators: the role under the signature of whoever hands the things
   * over (staff, or the other party at a handover site) */
  hp_document_add_signature (doc, C_("document", "Handed over by"), NULL);

  note_replaced_secrets (doc, secrets);

  return g_steal_pointer (&doc);
}

/* ------------------------------------------------------------------ */
/* The consent record                                                   */

/* For the disclosure log: the consent record shows @name of a consent. */
static void
add_consent_carried (HpDocument *doc,
                     const char *name)
{
  g_autofree char *field = g_strconcat ("consents.", name, NULL);

  hp_document_add_carried_field (doc, field);
}

static void
add_consent_entry (HpDocument *doc,
                   HpPlan     *plan,
                   HpConsent  *consent,
                   guint       number,
                   const char *today)
{
  g_autofree char *heading = NULL;
  g_autofree char *given_by = NULL;
  guint n_fields;
  const HpField *fields = hp_record_get_fields (HP_RECORD (consent), &n_fields);
  const char *party = hp_enum_get_label (HP_TYPE_CONSENT_PARTY, consent->party);

  /* Translators: heading of one consent in the consent record: its
   * number, then what it concerns */
  heading = g_strdup_printf (_("Consent %u: %s"), number,
                             hp_enum_get_label (HP_TYPE_CONSENT_SCOPE, consent->scope));
  hp_document_add_heading (doc, 3, heading);

  /* Translators: the state of a consent in the consent record */
  hp_document_add_key_value (doc, C_("document", "Status"), consent_state_label (consent, today));
  if (consent->party_name[0] != '\0')
    given_by = g_strdup_printf (C_("recipient", "%s (%s)"), consent->party_name, party);
  else
    given_by = g_strdup (party);
  hp_document_add_key_value (doc, field_label (consent, "party"), given_by);
  add_consent_carried (doc, "scope");
  add_consent_carried (doc, "given");
  add_consent_carried (doc, "withdrawn_on");
  add_consent_carried (doc, "valid_until");
  add_consent_carried (doc, "party");
  if (consent->party_name[0] != '\0')
    add_consent_carried (doc, "party_name");

  /* The other fields from the table, so that a field added to the model
   * shows here too; what the heading and the status already say is not
   * repeated, and a recipient or rooms only where they belong. */
  for (guint i = 0; i < n_fields; i++)
    {
      const HpField *field = &fields[i];
      g_autofree char *value = NULL;

      /* The id is the program's, for the disclosure log. */
      if (g_str_equal (field->name, "id"))
        continue;
      if (g_str_equal (field->name, "party") || g_str_equal (field->name, "party_name")
          || g_str_equal (field->name, "scope") || g_str_equal (field->name, "given"))
        continue;
      if (g_str_equal (field->name, "recipient"))
        {
          if (consent->scope != HP_CONSENT_SCOPE_SHARE_INFORMATION && consent->recipient[0] == '\0')
            continue;
          value = recipient_display_name (plan, consent->recipient);
        }
      else if (g_str_equal (field->name, "rooms"))
        {
          if (consent->scope != HP_CONSENT_SCOPE_ENTER_HOME && consent->rooms[0] == '\0')
            continue;
          value = g_strdup (consent->rooms);
        }
      else if (g_str_equal (field->name, "valid_until") && consent->valid_until[0] == '\0')
        /* Translators: a consent's "valid until" when it names no date */
        value = g_strdup (_("No end date"));
      else
        value = format_field (HP_RECORD (consent), field);

      /* Nothing to say about a witness or a withdrawal that is not there. */
      if (value == NULL
          || (value[0] == '\0'
              && (g_str_equal (field->name, "witness")
                  || g_str_equal (field->name, "withdrawn_on"))))
        continue;
      hp_document_add_key_value (doc, _(field->label), value);
      add_consent_carried (doc, field->name);
      if (g_str_equal (field->name, "recipient"))
        {
          hp_document_add_carried_field (doc, "contacts.name");
          hp_document_add_carried_field (doc, "contacts.organisation");
          hp_document_add_carried_field (doc, "contacts.kind");
        }
    }
}

/**
 * hp_document_new_consent_record:
 *
 * Every consent of the plan with what it covers and what it does not, the
 * right to withdraw it, and signature lines for the client and the
 * caseworker.
 *
 * Returns: (transfer full): the document, not yet laid out
 */
HpDocument *
hp_document_new_consent_record (HpPlan *plan)
{
  g_autofree char *title = NULL;
  g_autofree char *today = NULL;
  GListModel *consents;
  guint n;
  HpDocument *doc;
  HpCase *c;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);

  c = plan->case_info;
  title = hp_plan_dup_title (plan);
  today = hp_date_today ();
  /* Translators: the right of the page header of the consent record */
  doc = hp_document_new (title, C_("document", "Consent record"));
  hp_document_set_footer_note (doc, _("Confidential under OSL 26 kap. 1 §"));

  /* Translators: the title of the consent record */
  add_title_block (doc, plan, _("Consents in the case"), today);
  /* For the disclosure log: what the title block and the signature lines
   * show. */
  if (c->reference[0] != '\0')
    hp_document_add_carried_field (doc, "case.reference");
  if (c->caseworker_unit[0] != '\0')
    hp_document_add_carried_field (doc, "case.caseworker_unit");
  hp_document_add_carried_field (doc, "case.client_name");
  hp_document_add_carried_field (doc, "case.caseworker_name");

  /* Translators: heading in the consent record */
  hp_document_add_heading (doc, 2, _("What a consent covers"));
  hp_document_add_paragraph (doc, HP_TEXT_BODY,
                             _("A consent covers only what is written in it: who gave it, what "
                               "it concerns, which recipient or which rooms, for how long, and "
                               "the limits noted. A consent to share information lets the "
                               "social services tell only the named recipient what that "
                               "recipient needs for the task (OSL 12 kap. 2 §). A consent for "
                               "staff to enter the home covers only the rooms named, and "
                               "everyone who lives there and whose space it is must agree "
                               "(RF 2 kap. 6 §)."));

  /* Translators: heading in the consent record */
  hp_document_add_heading (doc, 2, _("What a consent does not cover"));
  hp_document_add_paragraph (doc, HP_TEXT_BODY,
                             _("A consent is not what allows the social services to keep a "
                               "record of the case. The social services keep the case record "
                               "and handle the personal data in it because the Social Services "
                               "Act gives them that task; the record is protected by secrecy "
                               "(OSL 26 kap. 1 §). A consent gives no one else the right to "
                               "read the case record."));

  hp_document_add_notice (doc, _("You may withdraw a consent at any time"),
                          _("Tell your caseworker, in speech or in writing, that you withdraw "
                            "a consent, in full or in part. Nothing more is then done on the "
                            "strength of it. What was already done before you withdrew it "
                            "is not undone."));

  /* Translators: heading in the consent record */
  hp_document_add_heading (doc, 2, _("Consents recorded"));
  consents = G_LIST_MODEL (plan->consents);
  n = g_list_model_get_n_items (consents);
  if (n == 0)
    hp_document_add_paragraph (doc, HP_TEXT_BODY, _("No consents are recorded."));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpConsent) consent = g_list_model_get_item (consents, i);

      add_consent_entry (doc, plan, consent, i + 1, today);
    }

  hp_document_add_heading (doc, 2, C_("document", "Signatures"));
  hp_document_add_paragraph (doc, HP_TEXT_BODY,
                             _("I have been told what the consents above cover and that I may "
                               "withdraw them at any time."));
  /* Translators: the role under the client's signature line */
  hp_document_add_signature (doc, C_("document", "Client"), c->client_name);
  hp_document_add_signature (doc, field_label (c, "caseworker_name"), c->caseworker_name);

  return doc;
}
