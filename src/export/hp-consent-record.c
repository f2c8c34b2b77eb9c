/* hp-consent-record.c: the consent record, for the client's and the
 * caseworker's signatures
 *
 * What a consent covers and does not cover, the right to withdraw it,
 * every consent of the plan with its fields from the model's field table,
 * and the signature lines.
 */

#define G_LOG_DOMAIN "hp-documents"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-document-parts.h"
#include "hp-documents.h"

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
  hp_document_add_key_value (doc, C_("document", "Status"), hp_doc_consent_state_label (consent, today));
  if (consent->party_name[0] != '\0')
    given_by = g_strdup_printf (C_("recipient", "%s (%s)"), consent->party_name, party);
  else
    given_by = g_strdup (party);
  hp_document_add_key_value (doc, hp_doc_field_label (consent, "party"), given_by);
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
          value = hp_doc_recipient_name (plan, consent->recipient);
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
        value = hp_doc_format_field (HP_RECORD (consent), field);

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
  hp_doc_add_title_block (doc, plan, _("Consents in the case"), today);
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
  hp_document_add_signature (doc, hp_doc_field_label (c, "caseworker_name"), c->caseworker_name);

  return doc;
}
