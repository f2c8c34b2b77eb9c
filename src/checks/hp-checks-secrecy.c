/* hp-checks-secrecy.c: the rules on protected personal data and what
 * the documents print changed
 */

#define G_LOG_DOMAIN "hp-checks"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-checks-private.h"

/* What the documents would print changed.  The checks ask hp-secrets the
 * very question the documents ask, of the same fields: a handover sheet
 * prints the fields below through hp_secrets_apply() with the secrets of
 * its reader (hp_document_new_handover()), and the full plan under
 * protected personal data every text field but the whereabouts
 * themselves.  So a finding stands beside every text a document would
 * print changed, and beside no other. */
typedef struct
{
  HpSecrets *away;   /* a sheet for a reader who does not go to the home */
  HpSecrets *home;   /* a sheet for one who does: the home's address is no secret */
  HpSecrets *full;   /* the full plan; NULL without protected personal data */
  HpSupportWay way;  /* which contacts go to the home, when their part is not set */
} Secrets;

/* Which sheet prints a field, if any. */
static HpSecrets *
sheet_secrets (const Secrets *secrets,
               HpRecord      *record,
               const char    *name)
{
  /* The home's address is on the sheets of those who go there, the
   * office's on the sheets of those who receive there. */
  if (HP_IS_CASE (record))
    {
      if (g_str_equal (name, "home_address"))
        return secrets->home;
      return g_str_equal (name, "reference") || g_str_has_prefix (name, "caseworker_") ||
             g_str_equal (name, "office_address")
             ? secrets->away : NULL;
    }

  /* Every contact gets a sheet with its own name and task, read as its
   * part in the visit reads them; the sheets for the handover place name
   * the handover sites and their address. */
  if (HP_IS_CONTACT (record))
    {
      HpContact *contact = HP_CONTACT (record);
      gboolean site = contact->kind == HP_CONTACT_KIND_HANDOVER_SITE;
      gboolean goes_home = hp_contact_get_effective_part (contact, secrets->way)
                           == HP_CONTACT_PART_GOES_HOME;

      if (site && (g_str_equal (name, "name") || g_str_equal (name, "organisation") ||
                   g_str_equal (name, "address")))
        return secrets->away;
      if (g_str_equal (name, "name") || g_str_equal (name, "organisation") ||
          g_str_equal (name, "role"))
        return goes_home ? secrets->home : secrets->away;
      return NULL;
    }

  /* The planned items, and where they are for those who go in; the
   * planned visits' place, for those who go to the home. */
  if (HP_IS_ITEM (record) && HP_ITEM (record)->status == HP_ITEM_STATUS_PLANNED)
    {
      if (g_str_equal (name, "name"))
        return secrets->away;
      if (g_str_equal (name, "location"))
        return secrets->home;
      return NULL;
    }
  if (HP_IS_VISIT (record) && HP_VISIT (record)->status == HP_VISIT_STATUS_PLANNED &&
      g_str_equal (name, "place"))
    return secrets->home;
  return NULL;
}

/* Every text field of @record that a document prints changed; @what says
 * which record it is ("the contact “Polisen”"). */
static void
check_secrets_in (const Secrets *secrets,
                  HpRecord      *record,
                  HpSection      section,
                  const char    *path,
                  const char    *what,
                  GPtrArray     *findings)
{
  guint n_fields;
  const HpField *fields = hp_record_get_fields (record, &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      const HpField *field = &fields[i];
      HpSecrets *sheet;
      HpSecretKind on_sheet = HP_SECRET_NONE;
      HpSecretKind on_plan = HP_SECRET_NONE;
      const char *text;
      g_autofree char *kinds = NULL;

      if (!hp_field_is_string (field) || (field->flags & HP_FIELD_FLAG_WHEREABOUTS) != 0)
        continue;
      text = hp_record_get_string (record, field);
      if (text_empty (text))
        continue;

      sheet = sheet_secrets (secrets, record, field->name);
      if (sheet != NULL)
        on_sheet = hp_secrets_find (sheet, text);
      if (secrets->full != NULL)
        on_plan = hp_secrets_find (secrets->full, text);
      if (on_sheet == HP_SECRET_NONE && on_plan == HP_SECRET_NONE)
        continue;

      kinds = hp_secret_kinds_describe (on_sheet | on_plan);
      if (on_plan != HP_SECRET_NONE ||
          (secrets->full != NULL &&
           (on_sheet & (HP_SECRET_PHONE | HP_SECRET_SAFE_CONTACT | HP_SECRET_WHEREABOUTS)) != 0))
        add_finding (findings, "protected-data-exposed", HP_SEVERITY_ERROR, section,
                     g_strdup_printf ("%s.%s", path, field->name), SOURCE_SECRECY,
                     /* Translators: the field (“Address”), the record (“the contact
                      * “Polisen””), what it reveals (“where the client is staying”) */
                     g_strdup_printf (_("The client has protected personal data, but the field "
                                        "“%s” of %s shows %s. The documents print it with that "
                                        "part left out; reword it."),
                                      _(field->label), what, kinds));
      else
        add_finding (findings, "handover-sheet-rewrites", HP_SEVERITY_WARNING, section,
                     g_strdup_printf ("%s.%s", path, field->name), SOURCE_SECRECY,
                     /* Translators: the field (“Name”), the record (“belonging 3”),
                      * what it reveals (“the client's name”) */
                     g_strdup_printf (_("The field “%s” of %s shows %s. A handover sheet prints "
                                        "it changed, with “the client”, “child 1” or “(left "
                                        "out)” in its place; reword it so that the sheet reads "
                                        "right."),
                                      _(field->label), what, kinds));
    }
}

/* Nothing a handover sheet or, with protected personal data, the full
 * plan prints may show who the client is (on a sheet) or where she is and
 * how to reach her. */
void
_hp_check_protected_exposed (HpPlan     *plan,
                             const char *today,
                             GPtrArray  *findings)
{
  GListModel *contacts = G_LIST_MODEL (plan->contacts);
  GListModel *items = G_LIST_MODEL (plan->items);
  GListModel *measures = G_LIST_MODEL (plan->measures);
  GListModel *visits = G_LIST_MODEL (plan->visits);
  GListModel *consents = G_LIST_MODEL (plan->consents);
  Secrets secrets;

  secrets.away = hp_secrets_new (plan, HP_SECRETS_IDENTITY | HP_SECRETS_HOME);
  secrets.home = hp_secrets_new (plan, HP_SECRETS_IDENTITY);
  secrets.full = plan->case_info->protection != HP_PROTECTION_NONE
                 ? hp_secrets_new (plan, HP_SECRETS_WHEREABOUTS_ONLY) : NULL;
  secrets.way = plan->support->way;

  /* Translators: the record a finding is about, as in “the field “Notes”
   * of the case” */
  check_secrets_in (&secrets, HP_RECORD (plan->case_info), HP_SECTION_CASE, "case",
                    C_("finding", "the case"), findings);
  if (secrets.full != NULL)
    {
      GListModel *children = G_LIST_MODEL (plan->case_info->children);
      GListModel *assessments = G_LIST_MODEL (plan->risk->assessments);

      for (guint i = 0; i < g_list_model_get_n_items (children); i++)
        {
          g_autoptr(GObject) child = g_list_model_get_item (children, i);
          g_autofree char *path = g_strdup_printf ("case.children[%u]", i);
          /* Translators: as in “the field “Note” of child 2” */
          g_autofree char *what = g_strdup_printf (C_("finding", "child %u"), i + 1);

          check_secrets_in (&secrets, HP_RECORD (child), HP_SECTION_CASE, path, what, findings);
        }
      /* Translators: as in “the field “Notes” of the risk assessment” */
      check_secrets_in (&secrets, HP_RECORD (plan->risk), HP_SECTION_RISK, "risk",
                        C_("finding", "the risk assessment"), findings);
      for (guint i = 0; i < g_list_model_get_n_items (assessments); i++)
        {
          g_autoptr(GObject) assessment = g_list_model_get_item (assessments, i);
          g_autofree char *path = g_strdup_printf ("risk.assessments[%u]", i);
          /* Translators: as in “the field “Summary” of assessment 2” */
          g_autofree char *what = g_strdup_printf (C_("finding", "assessment %u"), i + 1);

          check_secrets_in (&secrets, HP_RECORD (assessment), HP_SECTION_RISK, path, what,
                            findings);
        }
      /* Translators: as in “the field “Notes” of the way of support” */
      check_secrets_in (&secrets, HP_RECORD (plan->support), HP_SECTION_SUPPORT, "support",
                        C_("finding", "the way of support"), findings);
      /* Translators: as in “the field “Notes” of the follow-up” */
      check_secrets_in (&secrets, HP_RECORD (plan->follow_up), HP_SECTION_FOLLOW_UP, "follow_up",
                        C_("finding", "the follow-up"), findings);
    }

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(HpContact) contact = g_list_model_get_item (contacts, i);
      g_autofree char *name = contact_display_name (contact, i);
      g_autofree char *shown = hp_secrets_rewrite (secrets.away, name, NULL);
      g_autofree char *path = g_strdup_printf ("contacts[%u]", i);
      /* Translators: as in “the field “Address” of the contact “Polisen”” */
      g_autofree char *what = g_strdup_printf (C_("finding", "the contact “%s”"), shown);

      check_secrets_in (&secrets, HP_RECORD (contact), HP_SECTION_CONTACTS, path, what, findings);
    }

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(HpItem) item = g_list_model_get_item (items, i);
      g_autofree char *path = g_strdup_printf ("items[%u]", i);
      /* Translators: as in “the field “Name” of belonging 3” */
      g_autofree char *what = g_strdup_printf (C_("finding", "belonging %u"), i + 1);

      check_secrets_in (&secrets, HP_RECORD (item), HP_SECTION_ITEMS, path, what, findings);
    }

  for (guint i = 0; secrets.full != NULL && i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(GObject) measure = g_list_model_get_item (measures, i);
      g_autofree char *path = g_strdup_printf ("measures[%u]", i);
      /* Translators: as in “the field “Note” of safety measure 2” */
      g_autofree char *what = g_strdup_printf (C_("finding", "safety measure %u"), i + 1);

      check_secrets_in (&secrets, HP_RECORD (measure), HP_SECTION_MEASURES, path, what, findings);
    }

  for (guint i = 0; secrets.full != NULL && i < g_list_model_get_n_items (consents); i++)
    {
      g_autoptr(GObject) consent = g_list_model_get_item (consents, i);
      g_autofree char *path = g_strdup_printf ("consents[%u]", i);
      /* Translators: as in “the field “Limits” of consent 2” */
      g_autofree char *what = g_strdup_printf (C_("finding", "consent %u"), i + 1);

      check_secrets_in (&secrets, HP_RECORD (consent), HP_SECTION_CONSENTS, path, what, findings);
    }

  for (guint i = 0; i < g_list_model_get_n_items (visits); i++)
    {
      g_autoptr(HpVisit) visit = g_list_model_get_item (visits, i);
      g_autofree char *path = g_strdup_printf ("visits[%u]", i);
      g_autofree char *what = NULL;

      if (is_date (visit->date))
        {
          g_autofree char *date = hp_date_format_long (visit->date);

          /* Translators: as in “the field “Meeting place” of the visit on 25
           * november 2026” */
          what = g_strdup_printf (C_("finding", "the visit on %s"), date);
        }
      else
        /* Translators: as in “the field “Meeting place” of visit 2” */
        what = g_strdup_printf (C_("finding", "visit %u"), i + 1);

      check_secrets_in (&secrets, HP_RECORD (visit), HP_SECTION_VISITS, path, what, findings);
    }

  hp_secrets_free (secrets.away);
  hp_secrets_free (secrets.home);
  hp_secrets_free (secrets.full);
}

void
_hp_check_protected_advice (HpPlan     *plan,
                            const char *today,
                            GPtrArray  *findings)
{
  if (plan->case_info->protection == HP_PROTECTION_NONE)
    return;

  add_finding (findings, "protected-data-handover", HP_SEVERITY_ADVICE, HP_SECTION_CASE,
               g_strdup ("case.protection"), SOURCE_SECRECY,
               g_strdup (_("The client has protected personal data. Give outside parties only "
                           "the handover sheet, which leaves out where the client is staying "
                           "and how to reach them, and make sure nothing else they get reveals "
                           "it.")));
}
