/* hp-checks-consents.c: the rules on consents and contacts
 *
 * Consents to enter the home and to share information, what they name and
 * how long they hold, and the contacts' parts in the visit.
 */

#define G_LOG_DOMAIN "hp-checks"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-checks-private.h"

/* Whether a valid consent from @party to @scope exists; @recipient (a
 * contact id) must match when it is not NULL. */
static gboolean
has_valid_consent (HpPlan         *plan,
                   const char     *today,
                   HpConsentParty  party,
                   HpConsentScope  scope,
                   const char     *recipient)
{
  GListModel *consents = G_LIST_MODEL (plan->consents);
  guint n = g_list_model_get_n_items (consents);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpConsent) consent = g_list_model_get_item (consents, i);

      if (consent->party == party && consent->scope == scope &&
          (recipient == NULL || g_strcmp0 (consent->recipient, recipient) == 0) &&
          hp_consent_is_in_force (consent, today))
        return TRUE;
    }
  return FALSE;
}

/* Entering a home needs the consent of everyone who lives there. */
void
_hp_check_enter_consent (HpPlan     *plan,
                         const char *today,
                         GPtrArray  *findings)
{
  if (!staff_enter (plan))
    return;

  if (!has_valid_consent (plan, today, HP_CONSENT_PARTY_CLIENT, HP_CONSENT_SCOPE_ENTER_HOME, NULL))
    add_finding (findings, "enter-without-consent", HP_SEVERITY_ERROR, HP_SECTION_CONSENTS,
                 g_strdup ("consents"), SOURCE_ENTER,
                 g_strdup (_("Staff are to enter the home, but no valid consent from the client "
                             "to let them in is recorded.")));

  if (!has_valid_consent (plan, today, HP_CONSENT_PARTY_OTHER_RESIDENT,
                          HP_CONSENT_SCOPE_ENTER_HOME, NULL))
    add_finding (findings, "enter-without-consent", HP_SEVERITY_ERROR, HP_SECTION_CONSENTS,
                 g_strdup ("consents"), SOURCE_ENTER,
                 g_strdup (_("Staff are to enter the home, but no valid consent from the other "
                             "resident is recorded. Entering needs the consent of everyone who "
                             "lives there.")));
}

/* When neither party holds the home, its landlord or owner may also have to
 * agree before staff go in. */
void
_hp_check_landlord_consent (HpPlan     *plan,
                            const char *today,
                            GPtrArray  *findings)
{
  if (!staff_enter (plan) || plan->case_info->home_holder != HP_HOME_HOLDER_OTHER)
    return;
  if (has_valid_consent (plan, today, HP_CONSENT_PARTY_LANDLORD, HP_CONSENT_SCOPE_ENTER_HOME, NULL))
    return;

  add_finding (findings, "landlord-consent", HP_SEVERITY_ADVICE, HP_SECTION_CONSENTS,
               g_strdup ("consents"), SOURCE_ENTER,
               g_strdup (_("The home is held by someone other than the two parties. Consider "
                           "asking the landlord or owner for consent before staff go in.")));
}

/* Information under social-services secrecy goes to a security company, to
 * relatives, or to anyone else the caseworker gives a part in the visit
 * (a friend who packs, a landlord who opens the door, movers) only with the
 * client's consent for that recipient.  The police have their own ground
 * and rule (_hp_check_police_duty). */
void
_hp_check_share_consent (HpPlan     *plan,
                         const char *today,
                         GPtrArray  *findings)
{
  GListModel *contacts = G_LIST_MODEL (plan->contacts);
  guint n = g_list_model_get_n_items (contacts);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpContact) contact = g_list_model_get_item (contacts, i);
      g_autofree char *name = NULL;
      char *message;

      gboolean takes_part = contact->kind != HP_CONTACT_KIND_POLICE &&
                            contact->part != HP_CONTACT_PART_NOT_SET &&
                            contact->part != HP_CONTACT_PART_INFORMED_ONLY;

      if (contact->kind != HP_CONTACT_KIND_SECURITY_COMPANY &&
          contact->kind != HP_CONTACT_KIND_RELATIVE && !takes_part)
        continue;
      if (has_valid_consent (plan, today, HP_CONSENT_PARTY_CLIENT,
                             HP_CONSENT_SCOPE_SHARE_INFORMATION, contact->id))
        continue;

      name = contact_display_name (contact, i);
      if (contact->kind != HP_CONTACT_KIND_SECURITY_COMPANY &&
          contact->kind != HP_CONTACT_KIND_RELATIVE)
        /* Translators: a contact's name, then its part in the visit
         * (“Går till bostaden”, “Vid överlämningsplatsen” ...) */
        message = g_strdup_printf (_("“%s” has a part in the visit, “%s”, but no valid consent "
                                     "from the client to share information with them is "
                                     "recorded."),
                                   name, hp_enum_get_label (HP_TYPE_CONTACT_PART, contact->part));
      else if (contact->kind == HP_CONTACT_KIND_SECURITY_COMPANY)
        /* Translators: %s is the security company's name */
        message = g_strdup_printf (_("The security company “%s” is part of the plan, but no "
                                     "valid consent from the client to share information "
                                     "with it is recorded."), name);
      else
        /* Translators: %s is the name of a relative or friend of the client */
        message = g_strdup_printf (_("“%s”, a relative or friend, is part of the plan, but no "
                                     "valid consent from the client to share information "
                                     "with them is recorded."), name);

      add_finding (findings, "share-without-consent", HP_SEVERITY_ERROR, HP_SECTION_CONSENTS,
                   g_strdup ("consents"), SOURCE_CONSENT, message);
    }
}

/* A contact's part must fit the way of support: the sheet for whoever goes
 * to the home carries the home's address, which a handover away from the
 * home should keep from everyone; and a sheet for the handover place can
 * only say where when a handover site is among the contacts. */
void
_hp_check_contact_parts (HpPlan     *plan,
                         const char *today,
                         GPtrArray  *findings)
{
  GListModel *contacts = G_LIST_MODEL (plan->contacts);
  guint n = g_list_model_get_n_items (contacts);
  gboolean has_site = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpContact) contact = g_list_model_get_item (contacts, i);

      has_site = has_site || contact->kind == HP_CONTACT_KIND_HANDOVER_SITE;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpContact) contact = g_list_model_get_item (contacts, i);
      HpContactPart part = hp_contact_get_effective_part (contact, plan->support->way);
      g_autofree char *name = NULL;

      if (part == HP_CONTACT_PART_GOES_HOME && other_party_hands_over (plan))
        {
          name = contact_display_name (contact, i);
          add_finding (findings, "part-goes-home-without-visit", HP_SEVERITY_WARNING,
                       HP_SECTION_CONTACTS, g_strdup_printf ("contacts[%u].part", i), SOURCE_PLAN,
                       /* Translators: %s is a contact's name */
                       g_strdup_printf (_("“%s” is to go to the home, but the way of support is "
                                          "a handover away from the home. The handover sheet "
                                          "for them would show the home's address."), name));
        }
      else if (part == HP_CONTACT_PART_HANDOVER_PLACE && !has_site)
        {
          name = contact_display_name (contact, i);
          add_finding (findings, "part-handover-without-site", HP_SEVERITY_ADVICE,
                       HP_SECTION_CONTACTS, g_strdup_printf ("contacts[%u].part", i), SOURCE_PLAN,
                       /* Translators: %s is a contact's name */
                       g_strdup_printf (_("“%s” is to be at the handover place, but no handover "
                                          "site is among the contacts, so the handover sheet "
                                          "for them cannot say where."), name));
        }
    }
}

/* A consent to share information must say with whom. */
void
_hp_check_consent_recipient (HpPlan     *plan,
                             const char *today,
                             GPtrArray  *findings)
{
  GListModel *consents = G_LIST_MODEL (plan->consents);
  guint n = g_list_model_get_n_items (consents);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpConsent) consent = g_list_model_get_item (consents, i);
      char *message;

      if (consent->scope != HP_CONSENT_SCOPE_SHARE_INFORMATION)
        continue;

      if (text_empty (consent->recipient))
        /* Translators: %u is the number of the consent in the list */
        message = g_strdup_printf (_("Consent %u, to share information, names no recipient. "
                                     "It must say to whom the information may go."), i + 1);
      else if (hp_plan_find_contact (plan, consent->recipient) == NULL)
        /* Translators: %u is the number of the consent in the list */
        message = g_strdup_printf (_("Consent %u, to share information, names a recipient that "
                                     "is not among the contacts."), i + 1);
      else
        continue;

      add_finding (findings, "consent-recipient-missing", HP_SEVERITY_WARNING,
                   HP_SECTION_CONSENTS, g_strdup_printf ("consents[%u].recipient", i),
                   SOURCE_CONSENT, message);
    }
}

/* A consent that runs out before a planned visit will not hold on the day. */
void
_hp_check_consent_expiry (HpPlan     *plan,
                          const char *today,
                          GPtrArray  *findings)
{
  GListModel *consents = G_LIST_MODEL (plan->consents);
  GListModel *visits = G_LIST_MODEL (plan->visits);
  guint n_consents = g_list_model_get_n_items (consents);
  guint n_visits = g_list_model_get_n_items (visits);

  for (guint i = 0; i < n_consents; i++)
    {
      g_autoptr(HpConsent) consent = g_list_model_get_item (consents, i);
      const char *first_after = NULL;
      g_autofree char *until = NULL;
      g_autofree char *visit_date = NULL;
      const char *source;

      if (consent->given != HP_ANSWER_YES || consent->withdrawn_on[0] != '\0' ||
          !is_date (consent->valid_until))
        continue;

      for (guint j = 0; j < n_visits; j++)
        {
          g_autoptr(HpVisit) visit = g_list_model_get_item (visits, j);

          if (visit->status != HP_VISIT_STATUS_PLANNED || !is_date (visit->date) ||
              strcmp (visit->date, consent->valid_until) <= 0)
            continue;
          if (first_after == NULL || strcmp (visit->date, first_after) < 0)
            first_after = visit->date;
        }
      if (first_after == NULL)
        continue;

      switch (consent->scope)
        {
        case HP_CONSENT_SCOPE_STAFF_PRESENT:
        case HP_CONSENT_SCOPE_ENTER_HOME:
          source = SOURCE_ENTER;
          break;
        case HP_CONSENT_SCOPE_SHARE_INFORMATION:
          source = SOURCE_CONSENT;
          break;
        case HP_CONSENT_SCOPE_CONTACT_OTHER_PARTY:
        default:
          source = SOURCE_SECRECY;
          break;
        }

      until = hp_date_format_long (consent->valid_until);
      visit_date = hp_date_format_long (first_after);
      add_finding (findings, "consent-expires-before-visit", HP_SEVERITY_WARNING,
                   HP_SECTION_CONSENTS, g_strdup_printf ("consents[%u].valid_until", i), source,
                   /* Translators: consent number, what it is to (“Staff enter the home”),
                    * the date it runs out, the date of the visit */
                   g_strdup_printf (_("Consent %u (%s) is valid until %s, but a visit is planned "
                                      "for %s. Ask whether the consent may be extended."),
                                    i + 1, hp_enum_get_label (HP_TYPE_CONSENT_SCOPE, consent->scope),
                                    until, visit_date));
    }
}

/* Contacting the other party tells him that the client is in touch with
 * social services: that needs the client's consent. */
void
_hp_check_contact_other_party (HpPlan     *plan,
                               const char *today,
                               GPtrArray  *findings)
{
  if (!other_party_hands_over (plan) && plan->support->other_party_takes_part != HP_ANSWER_YES &&
      !plan->support->other_party_informed)
    return;
  if (has_valid_consent (plan, today, HP_CONSENT_PARTY_CLIENT,
                         HP_CONSENT_SCOPE_CONTACT_OTHER_PARTY, NULL))
    return;

  add_finding (findings, "contact-other-party-without-consent", HP_SEVERITY_WARNING,
               HP_SECTION_CONSENTS, g_strdup ("consents"), SOURCE_SECRECY "; " SOURCE_CONSENT,
               g_strdup (_("The office is to contact the other party, but no valid consent from "
                           "the client to that contact is recorded.")));
}
