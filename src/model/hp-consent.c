/* hp-consent.c: A consent: who gave it, to what, and its limits. */

#define G_LOG_DOMAIN "hp-consent"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-consent.h"
#include "hp-record-rules.h"
#include "hp-validate.h"

G_DEFINE_FINAL_TYPE (HpConsent, hp_consent, HP_TYPE_RECORD)

static const HpField consent_fields[] = {
  /* Not required: files from before the disclosure log have none, and the
   * loader gives each consent without one an id of its own. */
  { "id", HP_FIELD_STRING, G_STRUCT_OFFSET (HpConsent, id), NULL,
    N_("Identifier"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "party", HP_FIELD_ENUM, G_STRUCT_OFFSET (HpConsent, party), hp_consent_party_get_type,
    N_("Given by"), HP_FIELD_FLAG_REQUIRED, 0, 0 },
  { "party_name", HP_FIELD_STRING, G_STRUCT_OFFSET (HpConsent, party_name), NULL,
    N_("Name"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "scope", HP_FIELD_ENUM, G_STRUCT_OFFSET (HpConsent, scope), hp_consent_scope_get_type,
    N_("Consent to"), HP_FIELD_FLAG_REQUIRED, 0, 0 },
  { "recipient", HP_FIELD_STRING, G_STRUCT_OFFSET (HpConsent, recipient), NULL,
    N_("Recipient"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "rooms", HP_FIELD_STRING, G_STRUCT_OFFSET (HpConsent, rooms), NULL,
    N_("Rooms"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "given", HP_FIELD_ENUM, G_STRUCT_OFFSET (HpConsent, given), hp_answer_get_type,
    N_("Consent given"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "form", HP_FIELD_ENUM, G_STRUCT_OFFSET (HpConsent, form), hp_consent_form_get_type,
    N_("Form"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "date", HP_FIELD_DATE, G_STRUCT_OFFSET (HpConsent, date), NULL,
    N_("Date"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "recorded_by", HP_FIELD_STRING, G_STRUCT_OFFSET (HpConsent, recorded_by), NULL,
    N_("Recorded by"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "witness", HP_FIELD_STRING, G_STRUCT_OFFSET (HpConsent, witness), NULL,
    N_("Witness"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "limits", HP_FIELD_TEXT, G_STRUCT_OFFSET (HpConsent, limits), NULL,
    N_("Limits"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "valid_until", HP_FIELD_DATE, G_STRUCT_OFFSET (HpConsent, valid_until), NULL,
    N_("Valid until"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "withdrawn_on", HP_FIELD_DATE, G_STRUCT_OFFSET (HpConsent, withdrawn_on), NULL,
    N_("Withdrawn on"), HP_FIELD_FLAG_NONE, 0, 0 },
};

static const HpRecordRule consent_rules[] = {
  { HP_RECORD_RULE_NOT_BEFORE, "valid_until", "date",
    N_("“Valid until” is before the date the consent was given.") },
  { HP_RECORD_RULE_NOT_BEFORE, "withdrawn_on", "date",
    N_("“Withdrawn on” is before the date the consent was given.") },
};

static void
hp_consent_class_init (HpConsentClass *klass)
{
  hp_record_class_install_fields (HP_RECORD_CLASS (klass), consent_fields, G_N_ELEMENTS (consent_fields));
  hp_record_class_install_rules (HP_RECORD_CLASS (klass), consent_rules, G_N_ELEMENTS (consent_rules));
}

static void
hp_consent_init (HpConsent *self)
{
}

/**
 * hp_consent_new:
 *
 * Returns: (transfer full): a new, empty consent
 */
HpConsent *
hp_consent_new (void)
{
  return g_object_new (HP_TYPE_CONSENT, NULL);
}

/**
 * hp_consent_is_withdrawn:
 * @today: "YYYY-MM-DD"
 *
 * A withdrawal dated in the future has not taken effect yet; one whose
 * date cannot be read has.
 *
 * Returns: whether @consent's withdrawal has taken effect by @today
 */
gboolean
hp_consent_is_withdrawn (HpConsent  *consent,
                         const char *today)
{
  g_return_val_if_fail (HP_IS_CONSENT (consent), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  if (consent->withdrawn_on[0] == '\0')
    return FALSE;
  return !hp_date_parse (consent->withdrawn_on, NULL)
         || g_strcmp0 (consent->withdrawn_on, today) <= 0;
}

/**
 * hp_consent_is_in_force:
 * @today: (nullable): "YYYY-MM-DD"; NULL for the real today
 *
 * The one rule for the checks, the documents and the disclosure log:
 * given, not withdrawn by @today, and not past its "valid until" date.
 *
 * Returns: whether @consent holds on @today
 */
gboolean
hp_consent_is_in_force (HpConsent  *consent,
                        const char *today)
{
  g_autofree char *now = NULL;

  g_return_val_if_fail (HP_IS_CONSENT (consent), FALSE);

  now = today != NULL ? g_strdup (today) : hp_date_today ();
  if (consent->given != HP_ANSWER_YES || hp_consent_is_withdrawn (consent, now))
    return FALSE;
  /* ISO dates compare as strings. */
  if (hp_date_parse (consent->valid_until, NULL) && g_strcmp0 (consent->valid_until, now) < 0)
    return FALSE;
  return TRUE;
}
