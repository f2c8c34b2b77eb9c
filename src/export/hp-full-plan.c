/* hp-full-plan.c: the full plan, for the staff on the visit and the case file
 *
 * Every section of the plan, the findings of the checks before them, tick
 * boxes beside each item and each safety measure, room for notes and the
 * staff's signature lines.  Plain lists of labels and values come from the
 * model's field tables (the case, the risk facts, the way of support, the
 * follow-up); the lists of the plan are tables, each driven by a static
 * column table (HpListColumn, hp-document-parts.h).  Under protected
 * personal data the client's whereabouts and contact details are left out.
 */

#define G_LOG_DOMAIN "hp-documents"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-checks.h"
#include "hp-disclosures.h"
#include "hp-document-parts.h"
#include "hp-documents.h"

/* ------------------------------------------------------------------ */
/* What the sections share                                              */

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

      value = hp_doc_format_field (HP_RECORD (record), &fields[i]);
      if (value != NULL)
        hp_document_add_key_value (doc, _(fields[i].label), hp_doc_safe_text (hide, value));
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

/* ------------------------------------------------------------------ */
/* The findings of the checks                                           */

static char *
finding_severity (gpointer   entry,
                  HpListRow *row)
{
  return g_strdup (hp_severity_get_label (((HpFinding *) entry)->severity));
}

static char *
finding_message (gpointer   entry,
                 HpListRow *row)
{
  return g_strdup (((HpFinding *) entry)->message);
}

static char *
finding_section (gpointer   entry,
                 HpListRow *row)
{
  return g_strdup (section_title (((HpFinding *) entry)->section));
}

static char *
finding_source (gpointer   entry,
                HpListRow *row)
{
  return g_strdup (((HpFinding *) entry)->source);
}

static const HpListColumn finding_columns[] = {
  /* Translators: column headers of the findings table */
  { NULL, "document", NC_("document", "Severity"), 0.11, HP_TEXT_TABLE_STRONG, FALSE,
    finding_severity },
  { NULL, "document", NC_("document", "Finding"), 0.53, HP_TEXT_TABLE, FALSE, finding_message },
  { NULL, "document", NC_("document", "Section"), 0.18, HP_TEXT_TABLE, FALSE, finding_section },
  { NULL, "document", NC_("document", "Source"), 0.18, HP_TEXT_SMALL, FALSE, finding_source },
};

static void
add_findings (HpDocument *doc,
              HpPlan     *plan,
              const char *today)
{
  g_autoptr(GPtrArray) findings = hp_checks_run (plan, today);
  HpListRow row = { plan, NULL, today, 0, FALSE, FALSE };
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
  table = hp_list_table_new (doc, G_TYPE_NONE, finding_columns, G_N_ELEMENTS (finding_columns));
  for (guint i = 0; i < findings->len; i++)
    hp_list_table_add_row (table, finding_columns, G_N_ELEMENTS (finding_columns),
                           g_ptr_array_index (findings, i), &row);
}

/* A list of the plan (a GListModel of records) as a table, one row for
 * each entry, with a paragraph in its place when the list is empty. */
static void
add_list (HpDocument         *doc,
          GListModel         *entries,
          GType               type,
          const HpListColumn *columns,
          guint               n_columns,
          HpListRow          *row,
          const char         *none)
{
  guint n = g_list_model_get_n_items (entries);
  HpTable *table;

  if (n == 0)
    {
      hp_document_add_paragraph (doc, HP_TEXT_BODY, none);
      return;
    }

  table = hp_list_table_new (doc, type, columns, n_columns);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) entry = g_list_model_get_item (entries, i);

      row->number = i + 1;
      hp_list_table_add_row (table, columns, n_columns, entry, row);
    }
}

/* ------------------------------------------------------------------ */
/* The case, the risk and the support                                   */

static const HpListColumn child_columns[] = {
  { "name", NULL, NULL, 0.32, HP_TEXT_TABLE, TRUE },
  { "id_number", NULL, NULL, 0.24, HP_TEXT_TABLE, FALSE },
  { "note", NULL, NULL, 0.44, HP_TEXT_TABLE, TRUE },
};

static void
add_case_section (HpDocument *doc,
                  HpPlan     *plan,
                  HpListRow  *row)
{
  HpCase *c = plan->case_info;

  add_section_heading (doc, HP_SECTION_CASE);
  add_record_fields (doc, c, row->secrets);

  hp_document_add_heading (doc, 3, hp_doc_field_label (c, "children"));
  add_list (doc, G_LIST_MODEL (c->children), HP_TYPE_CHILD, child_columns,
            G_N_ELEMENTS (child_columns), row, _("No children are recorded in the case."));
}

static char *
assessment_instrument (gpointer   entry,
                       HpListRow *row)
{
  HpAssessment *a = entry;

  return g_strdup (a->instrument == HP_INSTRUMENT_OTHER && a->instrument_other[0] != '\0'
                     ? a->instrument_other
                     : hp_enum_get_label (HP_TYPE_INSTRUMENT, a->instrument));
}

static const HpListColumn assessment_columns[] = {
  { "subject", NULL, NULL, 0.15, HP_TEXT_TABLE, FALSE },
  { "instrument", NULL, NULL, 0.19, HP_TEXT_TABLE, FALSE, assessment_instrument },
  { "date", NULL, NULL, 0.13, HP_TEXT_TABLE, FALSE },
  { "assessed_by", NULL, NULL, 0.15, HP_TEXT_TABLE, TRUE },
  { "level", NULL, NULL, 0.14, HP_TEXT_TABLE_STRONG, FALSE },
  { "summary", NULL, NULL, 0.24, HP_TEXT_TABLE, TRUE },
};

static void
add_risk_section (HpDocument *doc,
                  HpPlan     *plan,
                  HpListRow  *row)
{
  HpRisk *risk = plan->risk;

  add_section_heading (doc, HP_SECTION_RISK);

  hp_document_add_heading (doc, 3, hp_doc_field_label (risk, "assessments"));
  add_list (doc, G_LIST_MODEL (risk->assessments), HP_TYPE_ASSESSMENT, assessment_columns,
            G_N_ELEMENTS (assessment_columns), row, _("No risk assessment is recorded."));

  /* Translators: a sub-heading of the risk section */
  hp_document_add_heading (doc, 3, _("The other party and the decision"));
  add_record_fields (doc, risk, row->secrets);
}

static void
add_support_section (HpDocument *doc,
                     HpPlan     *plan,
                     HpListRow  *row)
{
  add_section_heading (doc, HP_SECTION_SUPPORT);
  add_record_fields (doc, plan->support, row->secrets);
}

/* ------------------------------------------------------------------ */
/* Contacts                                                             */

static void
contact_name_cell (HpTable   *table,
                   guint      column,
                   gpointer   entry,
                   HpListRow *row)
{
  HpContact *contact = entry;

  hp_table_add_text (table, column, HP_TEXT_TABLE_STRONG,
                     hp_doc_safe_text (row->secrets, contact->name));
  hp_table_add_text (table, column, HP_TEXT_TABLE,
                     hp_doc_safe_text (row->secrets, contact->organisation));
}

static void
contact_role_cell (HpTable   *table,
                   guint      column,
                   gpointer   entry,
                   HpListRow *row)
{
  HpContact *contact = entry;
  HpSecrets *hide = row->secrets;

  hp_table_add_text (table, column, HP_TEXT_TABLE, hp_doc_safe_text (hide, contact->role));
  /* The effective part, so that the staff see who goes to the home
   * also in a plan from before parts were recorded. */
  add_detail (table, column, hp_doc_field_label (contact, "part"),
              hp_enum_get_label (HP_TYPE_CONTACT_PART,
                                 hp_contact_get_effective_part (contact, row->plan->support->way)));
  add_detail (table, column, hp_doc_field_label (contact, "address"),
              hp_doc_safe_text (hide, contact->address));
  add_detail (table, column, hp_doc_field_label (contact, "contact_person"),
              hp_doc_safe_text (hide, contact->contact_person));
  if (contact->request_date[0] != '\0' || contact->granted != HP_ANSWER_UNKNOWN)
    {
      add_detail (table, column, hp_doc_field_label (contact, "request_date"),
                  contact->request_date);
      add_detail (table, column, hp_doc_field_label (contact, "granted"),
                  hp_enum_get_label (HP_TYPE_ANSWER, contact->granted));
    }
  add_detail (table, column, hp_doc_field_label (contact, "note"),
              hp_doc_safe_text (hide, contact->note));
}

static const HpListColumn contact_columns[] = {
  { "kind", NULL, NULL, 0.17, HP_TEXT_TABLE, FALSE },
  { "name", NULL, NULL, 0.24, 0, FALSE, NULL, contact_name_cell },
  { "phone", NULL, NULL, 0.17, HP_TEXT_TABLE, TRUE },
  { "role", NULL, NULL, 0.42, 0, FALSE, NULL, contact_role_cell },
};

/* ------------------------------------------------------------------ */
/* Belongings and safety measures                                       */

static void
item_name_cell (HpTable   *table,
                guint      column,
                gpointer   entry,
                HpListRow *row)
{
  HpItem *item = entry;

  hp_table_add_text (table, column, HP_TEXT_TABLE_STRONG,
                     hp_doc_safe_text (row->secrets, item->name));
  hp_table_add_text (table, column, HP_TEXT_SMALL,
                     hp_enum_get_label (HP_TYPE_ITEM_CATEGORY, item->category));
  hp_table_add_text (table, column, HP_TEXT_SMALL, hp_doc_safe_text (row->secrets, item->note));
  if (item->from_other_party)
    hp_table_add_text (table, column, HP_TEXT_SMALL,
                       _("Handed over by the other party: check it for tracking devices."));
}

static char *
item_owner (gpointer   entry,
            HpListRow *row)
{
  return item_owner_name (row->plan, entry);
}

static void
item_mark_cell (HpTable   *table,
                guint      column,
                gpointer   entry,
                HpListRow *row)
{
  HpItem *item = entry;

  hp_table_add_tick (table, column,
                     hp_enum_get_label (HP_TYPE_ITEM_STATUS, HP_ITEM_STATUS_RETRIEVED),
                     item->status == HP_ITEM_STATUS_RETRIEVED);
  hp_table_add_tick (table, column,
                     hp_enum_get_label (HP_TYPE_ITEM_STATUS, HP_ITEM_STATUS_NOT_FOUND),
                     item->status == HP_ITEM_STATUS_NOT_FOUND);
  if (item->from_other_party)
    hp_table_add_tick (table, column, hp_doc_field_label (item, "tracker_checked"),
                       item->tracker_checked);
  if (item->status != HP_ITEM_STATUS_PLANNED && item->status != HP_ITEM_STATUS_RETRIEVED
      && item->status != HP_ITEM_STATUS_NOT_FOUND)
    hp_table_add_text (table, column, HP_TEXT_SMALL,
                       hp_enum_get_label (HP_TYPE_ITEM_STATUS, item->status));
}

static const HpListColumn item_columns[] = {
  /* Translators: column header: the item's number in the list */
  { NULL, "document", NC_("document", "No."), 0.07, HP_TEXT_TABLE, FALSE, hp_list_number },
  { "name", NULL, NULL, 0.28, 0, FALSE, NULL, item_name_cell },
  { "owner", NULL, NULL, 0.12, HP_TEXT_TABLE, TRUE, item_owner },
  { "priority", NULL, NULL, 0.13, HP_TEXT_TABLE, FALSE },
  { "location", NULL, NULL, 0.19, HP_TEXT_TABLE, TRUE },
  /* Translators: column header of the tick boxes beside each item */
  { NULL, "document", NC_("document", "Mark"), 0.21, 0, FALSE, NULL, item_mark_cell },
};

static void
measure_done_cell (HpTable   *table,
                   guint      column,
                   gpointer   entry,
                   HpListRow *row)
{
  hp_table_add_tick (table, column, "", HP_MEASURE (entry)->done);
}

static const HpListColumn measure_columns[] = {
  { "done", NULL, NULL, 0.09, 0, FALSE, NULL, measure_done_cell },
  { "title", NULL, NULL, 0.45, HP_TEXT_TABLE, TRUE },
  { "responsible", NULL, NULL, 0.18, HP_TEXT_TABLE, TRUE },
  { "note", NULL, NULL, 0.28, HP_TEXT_TABLE, TRUE },
};

/* ------------------------------------------------------------------ */
/* Visits                                                               */

static void
visit_when_cell (HpTable   *table,
                 guint      column,
                 gpointer   entry,
                 HpListRow *row)
{
  HpVisit *visit = entry;
  g_autofree char *times = hp_doc_time_range (visit->start_time, visit->end_time);
  g_autofree char *limit = hp_doc_minutes_text (visit->time_limit_minutes);

  hp_table_add_text (table, column, HP_TEXT_TABLE_STRONG, visit->date);
  hp_table_add_text (table, column, HP_TEXT_TABLE, times);
  hp_table_add_text (table, column, HP_TEXT_SMALL, limit);
}

static void
visit_check_cell (HpTable   *table,
                  guint      column,
                  gpointer   entry,
                  HpListRow *row)
{
  HpVisit *visit = entry;

  add_detail (table, column, C_("check-in", "In"), visit->check_in_time);
  add_detail (table, column, C_("check-out", "Out"), visit->check_out_time);
  /* The visit card's short label: the field's own is long for a cell. */
  add_detail (table, column, C_("visit card", "Code word"),
              hp_doc_safe_text (row->secrets, visit->code_word));
}

static void
visit_place_cell (HpTable   *table,
                  guint      column,
                  gpointer   entry,
                  HpListRow *row)
{
  HpVisit *visit = entry;

  hp_table_add_text (table, column, HP_TEXT_TABLE, hp_doc_safe_text (row->secrets, visit->place));
  add_detail (table, column, hp_doc_field_label (visit, "parking"),
              hp_doc_safe_text (row->secrets, visit->parking));
  add_detail (table, column, hp_doc_field_label (visit, "way_out"),
              hp_doc_safe_text (row->secrets, visit->way_out));
}

static void
visit_status_cell (HpTable   *table,
                   guint      column,
                   gpointer   entry,
                   HpListRow *row)
{
  HpVisit *visit = entry;

  hp_table_add_text (table, column, HP_TEXT_TABLE_STRONG,
                     hp_enum_get_label (HP_TYPE_VISIT_STATUS, visit->status));
  hp_table_add_text (table, column, HP_TEXT_TABLE, hp_doc_safe_text (row->secrets, visit->outcome));
}

static const HpListColumn visit_columns[] = {
  /* Translators: column header of the visits table */
  { NULL, "document", NC_("document", "Date and time"), 0.21, 0, FALSE, NULL, visit_when_cell },
  { "place", NULL, NULL, 0.20, 0, FALSE, NULL, visit_place_cell },
  { "participants", NULL, NULL, 0.19, HP_TEXT_TABLE, TRUE },
  /* Translators: column header of the visits table */
  { NULL, "document", NC_("document", "Check-in and check-out"), 0.16, 0, FALSE, NULL,
    visit_check_cell },
  { "status", NULL, NULL, 0.24, 0, FALSE, NULL, visit_status_cell },
};

/* ------------------------------------------------------------------ */
/* Consents                                                             */

static char *
consent_subject (HpPlan    *plan,
                 HpConsent *consent)
{
  g_autoptr(GString) text = g_string_new (hp_enum_get_label (HP_TYPE_CONSENT_SCOPE,
                                                             consent->scope));

  if (consent->scope == HP_CONSENT_SCOPE_SHARE_INFORMATION && consent->recipient[0] != '\0')
    {
      g_autofree char *recipient = hp_doc_recipient_name (plan, consent->recipient);

      g_string_append_printf (text, "\n%s", recipient);
    }
  if (consent->scope == HP_CONSENT_SCOPE_ENTER_HOME && consent->rooms[0] != '\0')
    g_string_append_printf (text, "\n%s", consent->rooms);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
consent_party_cell (HpTable   *table,
                    guint      column,
                    gpointer   entry,
                    HpListRow *row)
{
  HpConsent *consent = entry;

  hp_table_add_text (table, column, HP_TEXT_TABLE,
                     hp_enum_get_label (HP_TYPE_CONSENT_PARTY, consent->party));
  hp_table_add_text (table, column, HP_TEXT_TABLE_STRONG,
                     hp_doc_safe_text (row->secrets, consent->party_name));
}

static char *
consent_scope (gpointer   entry,
               HpListRow *row)
{
  return consent_subject (row->plan, entry);
}

static void
consent_given_cell (HpTable   *table,
                    guint      column,
                    gpointer   entry,
                    HpListRow *row)
{
  HpConsent *consent = entry;
  g_autofree char *withdrawn = hp_doc_format_date (consent->withdrawn_on);

  hp_table_add_text (table, column, HP_TEXT_TABLE_STRONG,
                     hp_doc_consent_state_label (consent, row->today));
  add_detail (table, column, hp_doc_field_label (consent, "withdrawn_on"), withdrawn);
}

static void
consent_form_cell (HpTable   *table,
                   guint      column,
                   gpointer   entry,
                   HpListRow *row)
{
  HpConsent *consent = entry;

  hp_table_add_text (table, column, HP_TEXT_TABLE,
                     hp_enum_get_label (HP_TYPE_CONSENT_FORM, consent->form));
  hp_table_add_text (table, column, HP_TEXT_TABLE, consent->date);
  add_detail (table, column, hp_doc_field_label (consent, "recorded_by"),
              hp_doc_safe_text (row->secrets, consent->recorded_by));
  add_detail (table, column, hp_doc_field_label (consent, "witness"),
              hp_doc_safe_text (row->secrets, consent->witness));
}

static void
consent_limits_cell (HpTable   *table,
                     guint      column,
                     gpointer   entry,
                     HpListRow *row)
{
  HpConsent *consent = entry;
  g_autofree char *valid_until = hp_doc_format_date (consent->valid_until);

  hp_table_add_text (table, column, HP_TEXT_TABLE,
                     hp_doc_safe_text (row->secrets, consent->limits));
  add_detail (table, column, hp_doc_field_label (consent, "valid_until"), valid_until);
}

static const HpListColumn consent_columns[] = {
  { "party", NULL, NULL, 0.19, 0, FALSE, NULL, consent_party_cell },
  { "scope", NULL, NULL, 0.29, HP_TEXT_TABLE, TRUE, consent_scope },
  { "given", NULL, NULL, 0.14, 0, FALSE, NULL, consent_given_cell },
  { "form", NULL, NULL, 0.18, 0, FALSE, NULL, consent_form_cell },
  { "limits", NULL, NULL, 0.20, 0, FALSE, NULL, consent_limits_cell },
};

/* ------------------------------------------------------------------ */
/* The sections that are one list of the plan each                      */

typedef struct
{
  HpSection           section;
  gsize               list;       /* the plan's GListStore member */
  GType             (*type) (void);
  const HpListColumn *columns;
  guint               n_columns;
  const char         *intro;      /* above a list with entries, or NULL */
  const char         *none;       /* in place of an empty list */
} ListSection;

static const ListSection list_sections[] = {
  { HP_SECTION_CONTACTS, G_STRUCT_OFFSET (HpPlan, contacts), hp_contact_get_type,
    contact_columns, G_N_ELEMENTS (contact_columns),
    NULL, N_("No contacts are recorded.") },
  { HP_SECTION_ITEMS, G_STRUCT_OFFSET (HpPlan, items), hp_item_get_type,
    item_columns, G_N_ELEMENTS (item_columns),
    N_("The client decides what to take. Mark each item during the visit."),
    N_("No belongings are listed.") },
  { HP_SECTION_MEASURES, G_STRUCT_OFFSET (HpPlan, measures), hp_measure_get_type,
    measure_columns, G_N_ELEMENTS (measure_columns),
    NULL, N_("No safety measures are listed.") },
  { HP_SECTION_VISITS, G_STRUCT_OFFSET (HpPlan, visits), hp_visit_get_type,
    visit_columns, G_N_ELEMENTS (visit_columns),
    NULL, N_("No visit is planned yet.") },
  { HP_SECTION_CONSENTS, G_STRUCT_OFFSET (HpPlan, consents), hp_consent_get_type,
    consent_columns, G_N_ELEMENTS (consent_columns),
    NULL, N_("No consents are recorded.") },
};

static void
add_list_section (HpDocument        *doc,
                  HpPlan            *plan,
                  const ListSection *spec,
                  HpListRow         *row)
{
  GListModel *entries = G_STRUCT_MEMBER (GListModel *, plan, spec->list);

  add_section_heading (doc, spec->section);
  if (spec->intro != NULL && g_list_model_get_n_items (entries) > 0)
    hp_document_add_paragraph (doc, HP_TEXT_BODY, _(spec->intro));
  add_list (doc, entries, spec->type (), spec->columns, spec->n_columns, row, _(spec->none));
}

static void
add_follow_up_section (HpDocument *doc,
                       HpPlan     *plan,
                       HpListRow  *row)
{
  add_section_heading (doc, HP_SECTION_FOLLOW_UP);
  add_record_fields (doc, plan->follow_up, row->secrets);
}

/* ------------------------------------------------------------------ */
/* The disclosure log                                                   */

static char *
disclosure_when (gpointer   entry,
                 HpListRow *row)
{
  return hp_disclosure_describe_when (entry);
}

static char *
disclosure_document (gpointer   entry,
                     HpListRow *row)
{
  return hp_disclosure_describe_document (entry);
}

static char *
disclosure_recipient (gpointer   entry,
                      HpListRow *row)
{
  return hp_disclosure_describe_recipient (entry);
}

static void
disclosure_then_cell (HpTable   *table,
                      guint      column,
                      gpointer   entry,
                      HpListRow *row)
{
  HpDisclosure *disclosure = entry;
  g_autofree char *then = hp_disclosure_describe_then (disclosure);

  hp_table_add_text (table, column, HP_TEXT_TABLE, then);
  if (disclosure->consent[0] != '\0')
    {
      g_autofree char *given = g_strdup_printf (C_("table detail", "%s: %s"),
                                                hp_enum_get_label (HP_TYPE_CONSENT_PARTY,
                                                                   disclosure->consent_party),
                                                hp_enum_get_label (HP_TYPE_CONSENT_SCOPE,
                                                                   disclosure->consent_scope));
      hp_table_add_text (table, column, HP_TEXT_SMALL, given);
    }
}

static void
disclosure_now_cell (HpTable   *table,
                     guint      column,
                     gpointer   entry,
                     HpListRow *row)
{
  HpDisclosureConsentNow now = hp_disclosure_consent_now (row->plan, entry, row->today);

  hp_table_add_text (table, column,
                     hp_disclosure_consent_now_warns (now) ? HP_TEXT_TABLE_STRONG : HP_TEXT_TABLE,
                     hp_disclosure_describe_now (now));
}

static const HpListColumn disclosure_columns[] = {
  /* Translators: column headings of the disclosure log */
  { NULL, "disclosures", NC_("disclosures", "When"), 0.16, HP_TEXT_TABLE, FALSE, disclosure_when },
  { NULL, "disclosures", NC_("disclosures", "Document"), 0.23, HP_TEXT_TABLE, FALSE,
    disclosure_document },
  { NULL, "disclosures", NC_("disclosures", "Recipient"), 0.21, HP_TEXT_TABLE, TRUE,
    disclosure_recipient },
  { NULL, "disclosures", NC_("disclosures", "Consent then"), 0.18, 0, FALSE, NULL,
    disclosure_then_cell },
  { NULL, "disclosures", NC_("disclosures", "Consent now"), 0.22, 0, FALSE, NULL,
    disclosure_now_cell },
};

/* The disclosure log: every handover sheet and consent record that left
 * the office, and for each whether the consent it went out on still holds,
 * so that the caseworker can tell a recipient whose consent is gone.  The
 * last numbered section, after the follow-up. */
static void
add_disclosures_section (HpDocument *doc,
                         HpPlan     *plan,
                         HpListRow  *row)
{
  GListModel *entries = G_LIST_MODEL (plan->disclosures);
  guint n = g_list_model_get_n_items (entries);
  g_autofree char *heading = NULL;

  /* Translators: a numbered section heading, "10. Utlämnanden" */
  heading = g_strdup_printf (C_("section heading", "%d. %s"), (int) HP_SECTION_FOLLOW_UP + 2,
                             _("Disclosures"));
  hp_document_add_heading (doc, 2, heading);
  add_list (doc, entries, HP_TYPE_DISCLOSURE, disclosure_columns,
            G_N_ELEMENTS (disclosure_columns), row,
            _("No handover sheet or consent record has been printed or exported yet."));

  /* Whom to tell, one line each, so that it cannot be missed in a column. */
  for (guint i = 0, told = 0; i < n; i++)
    {
      g_autoptr(HpDisclosure) entry = g_list_model_get_item (entries, i);
      HpDisclosureConsentNow now = hp_disclosure_consent_now (plan, entry, row->today);
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
      text = g_strdup_printf (C_("disclosures", "%s: %s, %s. %s."),
                              hp_doc_safe_text (row->secrets, recipient), document, when,
                              hp_disclosure_describe_now (now));
      hp_document_add_paragraph (doc, HP_TEXT_BODY, text);
    }
}

/* ------------------------------------------------------------------ */
/* The whole plan                                                       */

static void
add_staff_signatures (HpDocument *doc,
                      HpPlan     *plan)
{
  HpCase *c = plan->case_info;

  hp_document_add_signature (doc, hp_doc_field_label (c, "caseworker_name"), c->caseworker_name);
  hp_document_add_signature (doc, hp_doc_field_label (c, "second_staff_name"),
                             c->second_staff_name);
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
  HpListRow row = { plan, NULL, NULL, 0, FALSE, FALSE };
  HpDocument *doc;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);

  /* The paper goes to the home: with protected personal data, nothing on
   * it shows where the client is or how to reach them. */
  if (protected_data (plan))
    {
      secrets = hp_secrets_new (plan, HP_SECRETS_WHEREABOUTS_ONLY);
      row.secrets = secrets;
    }

  title = hp_plan_dup_title (plan);
  today = hp_date_today ();
  row.today = today;
  /* Translators: the right of the page header of the full plan */
  doc = hp_document_new (title, C_("document", "Full plan"));
  /* Translators: the left of the page footer of the full plan and the
   * consent record */
  hp_document_set_footer_note (doc, _("Confidential under OSL 26 kap. 1 §"));

  /* Translators: the title of the full plan */
  hp_doc_add_title_block (doc, plan, _("Plan for fetching belongings"), today);

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
  add_case_section (doc, plan, &row);
  add_risk_section (doc, plan, &row);
  add_support_section (doc, plan, &row);
  for (guint i = 0; i < G_N_ELEMENTS (list_sections); i++)
    add_list_section (doc, plan, &list_sections[i], &row);
  add_follow_up_section (doc, plan, &row);
  add_disclosures_section (doc, plan, &row);

  /* Translators: heading of the ruled space for notes in the full plan */
  hp_document_add_heading (doc, 2, _("Notes from the visit"));
  hp_document_add_notes (doc, _("What happened, what was fetched, what was left behind"), 12);

  /* Translators: heading of the signature lines */
  hp_document_add_heading (doc, 2, C_("document", "Signatures"));
  add_staff_signatures (doc, plan);

  return doc;
}

