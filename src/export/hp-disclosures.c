/* hp-disclosures.c: the disclosure log (utlämnanden): making an entry and
 * what it means today.  Writing it into the plan file is format's
 * (hp-disclosure-file.c). */

#define G_LOG_DOMAIN "hp-disclosures"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-disclosures.h"
#include "hp-export.h"

/* The recipient as the file keeps it: the name and organisation as typed,
 * in no one's language; the kind's label only when neither is there. */
static char *
recipient_name (HpContact *contact)
{
  return hp_contact_dup_display_name (contact, HP_CONTACT_NAME_FULL);
}

/**
 * hp_disclosure_new_for_document:
 * @document: which document leaves the office
 * @form: printed, or written as PDF or XML
 * @recipient: (nullable): the contact a handover sheet goes to
 * @carried_fields: (element-type utf8) (nullable): the fields the document
 *   shows (hp_document_get_carried_fields(), hp_consent_xml_carried_fields())
 * @when: (nullable): "YYYY-MM-DDTHH:MM:SS"; NULL for now
 *
 * A log entry for one document about to leave the office, with what is
 * true at @when: who gets it and the consent it relies on.  A handover
 * sheet goes to @recipient on the strength of the client's consent to
 * share information with it.  The consent record needs no consent: on
 * paper it goes to the client, to read and sign, and then into the case
 * file; as XML it goes into the case-management system, the case file.
 *
 * Returns: (transfer full): the entry, not yet in any plan
 */
HpDisclosure *
hp_disclosure_new_for_document (HpPlan               *plan,
                                HpDisclosureDocument  document,
                                HpDisclosureForm      form,
                                HpContact            *recipient,
                                GPtrArray            *carried_fields,
                                const char           *when)
{
  g_autoptr(HpDisclosure) entry = NULL;
  g_autofree char *now = NULL;
  char today[11];

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (document != HP_DISCLOSURE_DOCUMENT_HANDOVER || HP_IS_CONTACT (recipient),
                        NULL);

  now = when != NULL ? g_strdup (when) : hp_disclosure_time_now ();
  g_return_val_if_fail (hp_disclosure_time_valid (now), NULL);
  memcpy (today, now, 10);
  today[10] = '\0';

  entry = hp_disclosure_new ();
  hp_disclosure_ensure_id (entry);
  g_object_set (entry, "when", now, "document", document, "form", form, NULL);

  if (document == HP_DISCLOSURE_DOCUMENT_HANDOVER)
    {
      g_autofree char *name = recipient_name (recipient);
      HpConsent *consent = hp_plan_find_sharing_consent (plan, recipient, today);

      g_object_set (entry,
                    "recipient-kind", HP_DISCLOSURE_RECIPIENT_CONTACT,
                    "recipient", recipient->id,
                    "recipient-name", name,
                    NULL);
      if (consent != NULL)
        {
          /* A consent made in code, not loaded, may have no id yet. */
          if (consent->id[0] == '\0')
            {
              g_autofree char *id = hp_plan_new_consent_id (plan);
              g_object_set (consent, "id", id, NULL);
            }
          g_object_set (entry,
                        "consent", consent->id,
                        "consent-in-force", TRUE,
                        "consent-valid-until", consent->valid_until,
                        "consent-party", consent->party,
                        "consent-scope", consent->scope,
                        NULL);
        }
    }
  else
    g_object_set (entry, "recipient-kind",
                  form == HP_DISCLOSURE_FORM_XML ? HP_DISCLOSURE_RECIPIENT_CASE_FILE
                                                 : HP_DISCLOSURE_RECIPIENT_CLIENT,
                  NULL);

  if (carried_fields != NULL)
    for (guint i = 0; i < carried_fields->len; i++)
      hp_disclosure_add_field (entry, g_ptr_array_index (carried_fields, i));

  return g_steal_pointer (&entry);
}

/**
 * hp_consent_xml_carried_fields:
 *
 * Returns: (transfer full) (element-type utf8): the fields the consent
 * record as XML carries (hp-consent-xml.c writes them)
 */
GPtrArray *
hp_consent_xml_carried_fields (void)
{
  static const char * const fields[] = {
    "case.reference", "case.caseworker_name", "case.caseworker_unit",
    "consents.party", "consents.party_name", "consents.scope", "consents.rooms",
    "consents.recipient", "contacts.kind", "contacts.name", "contacts.organisation",
    "consents.given", "consents.form", "consents.date", "consents.recorded_by",
    "consents.witness", "consents.limits", "consents.valid_until", "consents.withdrawn_on",
  };
  GPtrArray *array = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_ptr_array_add (array, g_strdup (fields[i]));
  return array;
}

/**
 * hp_disclosure_consent_now:
 * @today: (nullable): "YYYY-MM-DD"; NULL for the real today
 *
 * Returns: what became of the consent @entry relied on, by the rules of
 * hp_consent_is_in_force()
 */
HpDisclosureConsentNow
hp_disclosure_consent_now (HpPlan       *plan,
                           HpDisclosure *entry,
                           const char   *today)
{
  g_autofree char *now = NULL;
  HpConsent *consent;

  g_return_val_if_fail (HP_IS_PLAN (plan), HP_DISCLOSURE_CONSENT_GONE);
  g_return_val_if_fail (HP_IS_DISCLOSURE (entry), HP_DISCLOSURE_CONSENT_GONE);

  if (entry->consent[0] == '\0')
    return entry->document == HP_DISCLOSURE_DOCUMENT_CONSENT_RECORD
             ? HP_DISCLOSURE_CONSENT_NOT_NEEDED : HP_DISCLOSURE_CONSENT_GONE;

  /* An id alone is not enough: a consent deleted and a new one added may
   * carry the same id (plans written before ids avoided the log's), and
   * the new one is not what the paper went out on. */
  consent = hp_plan_find_consent (plan, entry->consent);
  if (consent == NULL
      || (entry->document == HP_DISCLOSURE_DOCUMENT_HANDOVER
          && g_strcmp0 (consent->recipient, entry->recipient) != 0)
      || consent->party != entry->consent_party || consent->scope != entry->consent_scope)
    return HP_DISCLOSURE_CONSENT_GONE;

  now = today != NULL ? g_strdup (today) : hp_date_today ();
  if (hp_consent_is_in_force (consent, now))
    return HP_DISCLOSURE_CONSENT_IN_FORCE;
  if (hp_consent_is_withdrawn (consent, now))
    return HP_DISCLOSURE_CONSENT_WITHDRAWN;
  if (consent->given == HP_ANSWER_YES)
    return HP_DISCLOSURE_CONSENT_EXPIRED;
  return HP_DISCLOSURE_CONSENT_GONE;
}

/**
 * hp_disclosure_consent_now_warns:
 *
 * Returns: whether the caseworker should tell the recipient: the consent
 * the paper went out on no longer holds
 */
gboolean
hp_disclosure_consent_now_warns (HpDisclosureConsentNow state)
{
  return state == HP_DISCLOSURE_CONSENT_WITHDRAWN || state == HP_DISCLOSURE_CONSENT_EXPIRED
         || state == HP_DISCLOSURE_CONSENT_GONE;
}

/**
 * hp_disclosure_describe_when:
 *
 * Returns: (transfer full): "28 november 2026 kl. 14.05"
 */
char *
hp_disclosure_describe_when (HpDisclosure *entry)
{
  char date[11];
  g_autofree char *day = NULL;
  g_autofree char *hm = NULL;

  g_return_val_if_fail (HP_IS_DISCLOSURE (entry), NULL);

  if (!hp_disclosure_time_valid (entry->when))
    return g_strdup (entry->when);
  memcpy (date, entry->when, 10);
  date[10] = '\0';
  day = hp_date_format_long (date);
  /* The minute is enough for a person; the seconds keep the order. */
  hm = g_strndup (entry->when + 11, 5);
  /* Translators: when a document left the office: a date in full, then
   * the time "14:05" */
  return g_strdup_printf (C_("disclosure time", "%s at %s"), day, hm);
}

/**
 * hp_disclosure_describe_recipient:
 *
 * Returns: (transfer full): who received the document, as the entry names
 * them: the contact as named then, the client or the case file
 */
char *
hp_disclosure_describe_recipient (HpDisclosure *entry)
{
  g_return_val_if_fail (HP_IS_DISCLOSURE (entry), NULL);

  if (entry->recipient_kind != HP_DISCLOSURE_RECIPIENT_CONTACT)
    return g_strdup (hp_enum_get_label (HP_TYPE_DISCLOSURE_RECIPIENT, entry->recipient_kind));
  if (entry->recipient_name[0] != '\0')
    return g_strdup (entry->recipient_name);
  return g_strdup (entry->recipient);
}

/**
 * hp_disclosure_describe_document:
 *
 * Returns: (transfer full): the document and its form, "Handover sheet, PDF"
 */
char *
hp_disclosure_describe_document (HpDisclosure *entry)
{
  g_return_val_if_fail (HP_IS_DISCLOSURE (entry), NULL);

  /* Translators: a document that left the office and its form,
   * "Överlämningsblad, utskrivet" */
  return g_strdup_printf (C_("disclosure document", "%s, %s"),
                          hp_enum_get_label (HP_TYPE_DISCLOSURE_DOCUMENT, entry->document),
                          hp_enum_get_label (HP_TYPE_DISCLOSURE_FORM, entry->form));
}

/**
 * hp_disclosure_describe_then:
 *
 * Returns: (transfer full): the consent the document went out on, as it
 * stood then: "In force until 28 februari 2027"
 */
char *
hp_disclosure_describe_then (HpDisclosure *entry)
{
  g_autofree char *until = NULL;

  g_return_val_if_fail (HP_IS_DISCLOSURE (entry), NULL);

  if (entry->consent[0] == '\0')
    return g_strdup (entry->document == HP_DISCLOSURE_DOCUMENT_CONSENT_RECORD
                       /* Translators: the consent record needs no consent */
                       ? _("No consent needed: the client's own consents")
                       : _("No consent recorded"));
  if (!entry->consent_in_force)
    return g_strdup (_("Not in force"));
  if (entry->consent_valid_until[0] == '\0')
    return g_strdup (_("In force, no end date"));
  until = hp_date_format_long (entry->consent_valid_until);
  /* Translators: a consent's state when a document went out; %s is a date */
  return g_strdup_printf (_("In force until %s"), until);
}

/**
 * hp_disclosure_describe_now:
 *
 * Returns: (transfer none): what became of the consent since, and for a
 * consent that no longer holds what the caseworker should do
 */
const char *
hp_disclosure_describe_now (HpDisclosureConsentNow state)
{
  switch (state)
    {
    case HP_DISCLOSURE_CONSENT_NOT_NEEDED:
      return _("Not needed");
    case HP_DISCLOSURE_CONSENT_IN_FORCE:
      return _("Still in force");
    case HP_DISCLOSURE_CONSENT_WITHDRAWN:
      return _("The consent has been withdrawn since – tell the recipient");
    case HP_DISCLOSURE_CONSENT_EXPIRED:
      return _("The consent has expired since – tell the recipient");
    case HP_DISCLOSURE_CONSENT_GONE:
    default:
      return _("The consent is no longer recorded as given – tell the recipient");
    }
}
