/* hp-document-parts.c: what the printed documents share
 *
 * Safe text (hp_secrets_apply() for whatever must not show), the plan's
 * values as the documents print them, the title block, and the driver of
 * the list tables: a section's table is a static array of HpListColumn,
 * and a row is one entry of the list, each column filling its cell from it
 * in turn.
 */

#define G_LOG_DOMAIN "hp-documents"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-document-parts.h"

/* ------------------------------------------------------------------ */
/* List tables                                                          */

/**
 * hp_list_table_new:
 * @type: the class of the list's entries, for the headers of the columns
 *   that name a field; G_TYPE_NONE when no column does
 *
 * Returns: (transfer none): a table with one column for each of @columns,
 * its widths and headers set, no rows yet
 */
HpTable *
hp_list_table_new (HpDocument         *doc,
                   GType               type,
                   const HpListColumn *columns,
                   guint               n_columns)
{
  g_autofree double *widths = g_new (double, n_columns);
  HpTable *table;

  for (guint i = 0; i < n_columns; i++)
    widths[i] = columns[i].width;
  table = hp_document_add_table (doc, n_columns, widths);
  for (guint i = 0; i < n_columns; i++)
    hp_table_set_header (table, i,
                         columns[i].field != NULL
                           ? hp_doc_class_field_label (type, columns[i].field)
                           : g_dpgettext2 (NULL, columns[i].context, columns[i].header));
  return table;
}

/* The value of a column's field, as typed. */
static const char *
field_text (HpRecord   *record,
            const char *name)
{
  const HpField *field = hp_record_find_field (record, name);

  g_return_val_if_fail (field != NULL, NULL);

  if (field->kind == HP_FIELD_ENUM)
    return hp_enum_get_label (field->get_type (), hp_record_get_int (record, field));
  return hp_record_get_string (record, field);
}

/* The cell of a column with one text: from the column's text function,
 * else its field. */
static void
add_text_cell (HpTable            *table,
               guint               column,
               const HpListColumn *spec,
               gpointer            entry,
               HpListRow          *row)
{
  g_autofree char *text = spec->text != NULL ? spec->text (entry, row) : NULL;
  const char *value = spec->text != NULL ? text : field_text (HP_RECORD (entry), spec->field);

  hp_table_add_text (table, column, spec->style,
                     spec->safe ? hp_doc_safe_text (row->secrets, value) : value);
}

/* A new row of @table for @entry, each column's cell filled in turn. */
void
hp_list_table_add_row (HpTable            *table,
                       const HpListColumn *columns,
                       guint               n_columns,
                       gpointer            entry,
                       HpListRow          *row)
{
  hp_table_add_row (table);
  for (guint i = 0; i < n_columns; i++)
    {
      if (columns[i].cell != NULL)
        columns[i].cell (table, i, entry, row);
      else
        add_text_cell (table, i, &columns[i], entry, row);
    }
}

/* The row's number in its table: the first column of a list of items. */
char *
hp_list_number (gpointer   entry,
                HpListRow *row)
{
  return g_strdup_printf ("%u", row->number);
}

/* ------------------------------------------------------------------ */
/* What a document must not show                                        */

/* Every text a document prints about the case goes through here: with
 * @secrets (a handover sheet, or the full plan under protected personal
 * data) what would reveal the client is replaced (hp-secrets.h), the rest
 * printed as typed; @secrets may be NULL. */
const char *
hp_doc_safe_text (HpSecrets  *secrets,
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

char *
hp_doc_format_date (const char *iso)
{
  if (iso == NULL || iso[0] == '\0')
    return g_strdup ("");
  return hp_date_format_long (iso);
}

/* Returns: (transfer full) (nullable): the value of @field as text, NULL
 * for fields that are records or lists */
char *
hp_doc_format_field (HpRecord      *record,
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
      return hp_doc_format_date (hp_record_get_string (record, field));
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

const char *
hp_doc_field_label (gpointer    record,
                    const char *name)
{
  const HpField *field = hp_record_find_field (HP_RECORD (record), name);

  g_return_val_if_fail (field != NULL, name);
  return _(field->label);
}

/* The label of a field of a class, without an instance at hand. */
const char *
hp_doc_class_field_label (GType       type,
                          const char *name)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  const HpField *field = hp_record_class_find_field (HP_RECORD_CLASS (klass), name);

  g_return_val_if_fail (field != NULL, name);
  return _(field->label);
}

/* The recipient of a consent as the documents name it. */
char *
hp_doc_recipient_name (HpPlan     *plan,
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
    g_autofree char *name = hp_contact_dup_display_name (contact, HP_CONTACT_NAME_FULL);

    /* Translators: a recipient: its name, then its kind in parentheses */
    return g_strdup_printf (C_("recipient", "%s (%s)"), name,
                            hp_enum_get_label (HP_TYPE_CONTACT_KIND, contact->kind));
  }
}

char *
hp_doc_time_range (const char *start,
                   const char *end)
{
  if (start[0] != '\0' && end[0] != '\0')
    /* Translators: a span of time, 10:00–11:30 */
    return g_strdup_printf (C_("time span", "%s–%s"), start, end);
  return g_strdup (start[0] != '\0' ? start : end);
}

char *
hp_doc_minutes_text (int minutes)
{
  if (minutes <= 0)
    return g_strdup ("");
  /* Translators: a time limit */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "at most %d minute",
                                       "at most %d minutes", minutes), minutes);
}

const char *
hp_doc_consent_state_label (HpConsent  *consent,
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

void
hp_doc_add_title_block (HpDocument *doc,
                        HpPlan     *plan,
                        const char *title,
                        const char *today)
{
  g_autofree char *printed = hp_doc_format_date (today);
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

