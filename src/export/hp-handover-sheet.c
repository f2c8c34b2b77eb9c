/* hp-handover-sheet.c: the handover sheet, for one recipient outside the
 * social services
 *
 * Only the time and place the recipient's part in the visit needs, the
 * items still to hand over with whom each is for, the caseworker and a
 * receipt; never the client's name or whereabouts (hp-documents.h says
 * what it shows and never shows).  Every text goes through the sheet's
 * HpSecrets, and whether the sheet may be made at all is the model's rule
 * (hp_plan_check_sharing_consent()).
 */

#define G_LOG_DOMAIN "hp-documents"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-document-parts.h"
#include "hp-documents.h"
#include "hp-export.h"

/* ------------------------------------------------------------------ */
/* Whom an item is for                                                  */

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

/* ------------------------------------------------------------------ */
/* Time and place                                                       */

static char *
sheet_visit_date (gpointer   entry,
                  HpListRow *row)
{
  return hp_doc_format_date (HP_VISIT (entry)->date);
}

static char *
sheet_visit_time (gpointer   entry,
                  HpListRow *row)
{
  return hp_doc_time_range (HP_VISIT (entry)->start_time, HP_VISIT (entry)->end_time);
}

static char *
sheet_visit_limit (gpointer   entry,
                   HpListRow *row)
{
  return hp_doc_minutes_text (HP_VISIT (entry)->time_limit_minutes);
}

/* The visits as the sheet for whoever goes to the home shows them ... */
static const HpListColumn sheet_visit_columns_home[] = {
  { "date", NULL, NULL, 0.26, HP_TEXT_TABLE_STRONG, TRUE, sheet_visit_date },
  /* Translators: column header on a handover sheet */
  { NULL, "document", NC_("document", "Time"), 0.17, HP_TEXT_TABLE, TRUE, sheet_visit_time },
  { "place", NULL, NULL, 0.37, HP_TEXT_TABLE, TRUE },
  /* Translators: column header on a handover sheet */
  { NULL, "document", NC_("document", "Time limit"), 0.20, HP_TEXT_TABLE, FALSE,
    sheet_visit_limit },
};

/* ... and for everyone else: the day and the time alone. */
static const HpListColumn sheet_visit_columns[] = {
  { "date", NULL, NULL, 0.40, HP_TEXT_TABLE_STRONG, TRUE, sheet_visit_date },
  { NULL, "document", NC_("document", "Time"), 0.60, HP_TEXT_TABLE, TRUE, sheet_visit_time },
};

/* The planned visits as the sheet for @part shows them: the date and the
 * time for every part; the place and the time limit for whoever goes to the
 * home.  Returns how many rows there are. */
static guint
add_sheet_visits (HpDocument    *doc,
                  HpPlan        *plan,
                  HpContactPart  part,
                  HpListRow     *row)
{
  GListModel *visits = G_LIST_MODEL (plan->visits);
  gboolean home = part == HP_CONTACT_PART_GOES_HOME;
  const HpListColumn *columns = home ? sheet_visit_columns_home : sheet_visit_columns;
  guint n_columns = home ? G_N_ELEMENTS (sheet_visit_columns_home)
                         : G_N_ELEMENTS (sheet_visit_columns);
  HpTable *table = NULL;
  guint n_visits = 0;

  for (guint i = 0; i < g_list_model_get_n_items (visits); i++)
    {
      g_autoptr(HpVisit) visit = g_list_model_get_item (visits, i);

      if (visit->status != HP_VISIT_STATUS_PLANNED)
        continue;

      if (table == NULL)
        table = hp_list_table_new (doc, HP_TYPE_VISIT, columns, n_columns);
      row->number = ++n_visits;
      hp_list_table_add_row (table, columns, n_columns, visit, row);
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
      hp_document_add_key_value (doc, hp_doc_field_label (c, "home_address"),
                                 hp_doc_safe_text (secrets, c->home_address));
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
          site_name = hp_contact_dup_display_name (site, HP_CONTACT_NAME_FULL);
          place = g_string_new (hp_doc_safe_text (secrets, site_name));
          if (site->address[0] != '\0')
            g_string_append_printf (place, "\n%s", hp_doc_safe_text (secrets, site->address));
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
                                                   ? hp_doc_safe_text (secrets, c->caseworker_unit)
                                                   : _("The social services' office"));

        if (c->caseworker_unit[0] != '\0')
          hp_document_add_carried_field (doc, "case.caseworker_unit");
        if (c->office_address[0] != '\0')
          {
            g_string_append_printf (place, "\n%s", hp_doc_safe_text (secrets, c->office_address));
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

/* ------------------------------------------------------------------ */
/* Belongings to hand over                                              */

static char *
sheet_item_owner (gpointer   entry,
                  HpListRow *row)
{
  return sheet_owner_name (row->plan, entry, &row->first_name_shown, &row->child_numbered);
}

static void
sheet_item_mark_cell (HpTable   *table,
                      guint      column,
                      gpointer   entry,
                      HpListRow *row)
{
  /* Translators: a tick box beside an item on a handover sheet */
  hp_table_add_tick (table, column, C_("document", "Handed over"), FALSE);
}

/* The items as the sheet for whoever goes into the home shows them, with
 * where they are ... */
static const HpListColumn sheet_item_columns_home[] = {
  { NULL, "document", NC_("document", "No."), 0.07, HP_TEXT_TABLE, FALSE, hp_list_number },
  { "name", NULL, NULL, 0.29, HP_TEXT_TABLE_STRONG, TRUE },
  { "owner", NULL, NULL, 0.13, HP_TEXT_TABLE, TRUE, sheet_item_owner },
  { "priority", NULL, NULL, 0.12, HP_TEXT_TABLE, FALSE },
  { "location", NULL, NULL, 0.20, HP_TEXT_TABLE, TRUE },
  { NULL, "document", NC_("document", "Mark"), 0.19, 0, FALSE, NULL, sheet_item_mark_cell },
};

/* ... and for everyone else, without. */
static const HpListColumn sheet_item_columns[] = {
  { NULL, "document", NC_("document", "No."), 0.07, HP_TEXT_TABLE, FALSE, hp_list_number },
  { "name", NULL, NULL, 0.39, HP_TEXT_TABLE_STRONG, TRUE },
  { "owner", NULL, NULL, 0.16, HP_TEXT_TABLE, TRUE, sheet_item_owner },
  { "priority", NULL, NULL, 0.14, HP_TEXT_TABLE, FALSE },
  { NULL, "document", NC_("document", "Mark"), 0.24, 0, FALSE, NULL, sheet_item_mark_cell },
};

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
  g_autoptr(HpSecrets) secrets = NULL;
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;
  g_autofree char *to = NULL;
  g_autofree char *today = NULL;
  g_autoptr(HpDocument) doc = NULL;
  g_autoptr(GError) refusal = NULL;
  GListModel *items;
  guint n_items = 0;
  HpTable *table;
  HpListRow row = { plan, NULL, NULL, 0, FALSE, FALSE };
  const HpListColumn *item_columns;
  guint n_item_columns;

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
  row.secrets = secrets;
  row.today = today;
  item_columns = goes_home ? sheet_item_columns_home : sheet_item_columns;
  n_item_columns = goes_home ? G_N_ELEMENTS (sheet_item_columns_home)
                             : G_N_ELEMENTS (sheet_item_columns);

  title = hp_plan_dup_title (plan);
  /* Translators: the right of the page header of a handover sheet */
  /* The title holds the case reference, which the checks read as the
   * sheet's body does. */
  doc = hp_document_new (hp_doc_safe_text (secrets, title), C_("document", "Handover sheet"));
  /* Translators: the left of the page footer of a handover sheet */
  hp_document_set_footer_note (doc, _("Shared with the client's consent (OSL 12 kap. 2 §). "
                                      "Do not pass it on."));

  /* Who it is for. */
  /* Translators: the title of a handover sheet */
  hp_document_add_heading (doc, 1, _("Handover of belongings"));
  name = hp_contact_dup_display_name (recipient, HP_CONTACT_NAME_FULL);
  /* Translators: under the title of a handover sheet: the recipient, then
   * its kind ("Till: Trygghetsbolaget AB (Vaktbolag)") */
  if (g_str_equal (name, hp_enum_get_label (HP_TYPE_CONTACT_KIND, recipient->kind)))
    to = g_strdup_printf (C_("document", "For: %s"), hp_doc_safe_text (secrets, name));
  else
    to = g_strdup_printf (C_("document", "For: %s (%s)"), hp_doc_safe_text (secrets, name),
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
                                   hp_doc_safe_text (secrets, c->reference));
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
                               ? hp_doc_safe_text (secrets, recipient->role)
                               : _("The caseworker will tell you."));
  if (recipient->role[0] != '\0')
    hp_document_add_carried_field (doc, "contacts.role");
  hp_document_add_key_value (doc, hp_doc_class_field_label (HP_TYPE_CONTACT, "part"),
                             hp_enum_get_label (HP_TYPE_CONTACT_PART, part));
  hp_document_add_carried_field (doc, "contacts.part");

  /* Time and place, as the recipient's part needs them: the home's
   * address only for whoever goes there. */
  /* Translators: heading on a handover sheet */
  hp_document_add_heading (doc, 2, C_("document", "Time and place"));
  add_sheet_place (doc, plan, part, secrets);
  if (add_sheet_visits (doc, plan, part, &row) == 0)
    hp_document_add_paragraph (doc, HP_TEXT_BODY,
                               _("The caseworker will tell you the day and the time."));

  /* The items still to hand over, each with whom it is for; where they
   * are in the home only for whoever goes in. */
  /* Translators: heading on a handover sheet */
  hp_document_add_heading (doc, 2, _("Belongings to hand over"));
  items = G_LIST_MODEL (plan->items);
  table = hp_list_table_new (doc, HP_TYPE_ITEM, item_columns, n_item_columns);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(HpItem) item = g_list_model_get_item (items, i);

      if (item->status != HP_ITEM_STATUS_PLANNED)
        continue;
      row.number = ++n_items;
      hp_list_table_add_row (table, item_columns, n_item_columns, item, &row);
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
      if (row.first_name_shown)
        hp_document_add_carried_field (doc, "case.children.name");
    }
  if (!goes_home)
    hp_document_add_withheld (doc, _("Where the things are in the home"),
                              _("Only those who go into the home are told."));
  if (row.child_numbered)
    hp_document_add_withheld (doc, _("The children's names"),
                              _("The caseworker has not allowed them on handover sheets."));

  /* The caseworker. */
  /* Translators: heading on a handover sheet */
  hp_document_add_heading (doc, 2, _("Questions and changes"));
  hp_document_add_key_value (doc, hp_doc_field_label (c, "caseworker_name"),
                             hp_doc_safe_text (secrets, c->caseworker_name));
  hp_document_add_key_value (doc, hp_doc_field_label (c, "caseworker_unit"),
                             hp_doc_safe_text (secrets, c->caseworker_unit));
  hp_document_add_key_value (doc, hp_doc_field_label (c, "caseworker_phone"),
                             hp_doc_safe_text (secrets, c->caseworker_phone));
  hp_document_add_carried_field (doc, "case.caseworker_name");
  hp_document_add_carried_field (doc, "case.caseworker_unit");
  hp_document_add_carried_field (doc, "case.caseworker_phone");
  hp_document_add_paragraph (doc, HP_TEXT_BODY,
                             _("Call the caseworker if anything changes or does not go as "
                               "planned. In an emergency, call 112."));

  /* Translators: heading of the receipt on a handover sheet */
  hp_document_add_heading (doc, 2, C_("document", "Receipt"));
  /* Translators: the role under the recipient's signature line */
  hp_document_add_signature (doc, C_("document", "Received by"), hp_doc_safe_text (secrets, name));
  /* Translators: the role under the signature of whoever hands the things
   * over (staff, or the other party at a handover site) */
  hp_document_add_signature (doc, C_("document", "Handed over by"), NULL);

  note_replaced_secrets (doc, secrets);

  return g_steal_pointer (&doc);
}

