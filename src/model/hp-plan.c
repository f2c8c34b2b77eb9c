/* hp-plan.c: A whole plan for fetching a client's belongings. */

#define G_LOG_DOMAIN "hp-plan"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-plan.h"
#include "hp-child.h"
#include "hp-contact.h"
#include "hp-item.h"
#include "hp-measure.h"
#include "hp-visit.h"
#include "hp-consent.h"
#include "hp-validate.h"

G_DEFINE_FINAL_TYPE (HpPlan, hp_plan, HP_TYPE_RECORD)
G_DEFINE_QUARK (hp-plan-error-quark, hp_plan_error)

static const HpField plan_fields[] = {
  { "case", HP_FIELD_RECORD, G_STRUCT_OFFSET (HpPlan, case_info), hp_case_get_type,
    N_("Case"), HP_FIELD_FLAG_REQUIRED, 0, 0 },
  { "risk", HP_FIELD_RECORD, G_STRUCT_OFFSET (HpPlan, risk), hp_risk_get_type,
    N_("Risk and decision"), HP_FIELD_FLAG_REQUIRED, 0, 0 },
  { "support", HP_FIELD_RECORD, G_STRUCT_OFFSET (HpPlan, support), hp_support_get_type,
    N_("Way of support"), HP_FIELD_FLAG_REQUIRED, 0, 0 },
  { "contacts", HP_FIELD_LIST, G_STRUCT_OFFSET (HpPlan, contacts), hp_contact_get_type,
    N_("Contacts"), HP_FIELD_FLAG_REQUIRED, 0, 0 },
  { "items", HP_FIELD_LIST, G_STRUCT_OFFSET (HpPlan, items), hp_item_get_type,
    N_("Belongings"), HP_FIELD_FLAG_REQUIRED, 0, 0 },
  { "measures", HP_FIELD_LIST, G_STRUCT_OFFSET (HpPlan, measures), hp_measure_get_type,
    N_("Safety measures"), HP_FIELD_FLAG_REQUIRED, 0, 0 },
  { "visits", HP_FIELD_LIST, G_STRUCT_OFFSET (HpPlan, visits), hp_visit_get_type,
    N_("Visits"), HP_FIELD_FLAG_REQUIRED, 0, 0 },
  { "consents", HP_FIELD_LIST, G_STRUCT_OFFSET (HpPlan, consents), hp_consent_get_type,
    N_("Consents"), HP_FIELD_FLAG_REQUIRED, 0, 0 },
  { "follow_up", HP_FIELD_RECORD, G_STRUCT_OFFSET (HpPlan, follow_up), hp_follow_up_get_type,
    N_("Follow-up"), HP_FIELD_FLAG_REQUIRED, 0, 0 },
  /* Not required: files from before the disclosure log have none. */
  { "disclosures", HP_FIELD_LIST, G_STRUCT_OFFSET (HpPlan, disclosures), hp_disclosure_get_type,
    N_("Disclosures"), HP_FIELD_FLAG_NONE, 0, 0 },
};

static void
hp_plan_class_init (HpPlanClass *klass)
{
  hp_record_class_install_fields (HP_RECORD_CLASS (klass), plan_fields, G_N_ELEMENTS (plan_fields));
}

static void
hp_plan_init (HpPlan *self)
{
}

/**
 * hp_plan_new:
 *
 * Returns: (transfer full): a new, empty plan
 */
HpPlan *
hp_plan_new (void)
{
  return g_object_new (HP_TYPE_PLAN, NULL);
}

/**
 * hp_plan_find_contact:
 *
 * Returns: (transfer none) (nullable): the contact whose id is @id
 */
HpContact *
hp_plan_find_contact (HpPlan     *self,
                      const char *id)
{
  GListModel *contacts;
  guint n;

  g_return_val_if_fail (HP_IS_PLAN (self), NULL);

  if (id == NULL || *id == '\0')
    return NULL;

  contacts = G_LIST_MODEL (self->contacts);
  n = g_list_model_get_n_items (contacts);
  for (guint i = 0; i < n; i++)
    {
      HpContact *contact = g_list_model_get_item (contacts, i);

      /* The list holds its own reference. */
      g_object_unref (contact);
      if (g_strcmp0 (contact->id, id) == 0)
        return contact;
    }
  return NULL;
}

/**
 * hp_plan_find_child:
 *
 * Returns: (transfer none) (nullable): the child whose id is @id
 */
HpChild *
hp_plan_find_child (HpPlan     *self,
                    const char *id)
{
  GListModel *children;
  guint n;

  g_return_val_if_fail (HP_IS_PLAN (self), NULL);

  if (id == NULL || *id == '\0')
    return NULL;

  children = G_LIST_MODEL (self->case_info->children);
  n = g_list_model_get_n_items (children);
  for (guint i = 0; i < n; i++)
    {
      HpChild *child = g_list_model_get_item (children, i);

      g_object_unref (child);
      if (g_strcmp0 (child->id, id) == 0)
        return child;
    }
  return NULL;
}

static char *
new_id (const char *prefix,
        gboolean  (*taken) (HpPlan *, const char *),
        HpPlan     *self)
{
  for (guint i = 1;; i++)
    {
      char *id = g_strdup_printf ("%s%u", prefix, i);

      if (!taken (self, id))
        return id;
      g_free (id);
    }
}

/* Whether an entry of the disclosure log names @id as its recipient
 * (@consent FALSE) or its consent: such an id is never given again, even
 * after the contact or consent is deleted, or the entry would point at the
 * new one. */
static gboolean
named_in_log (HpPlan     *self,
              const char *id,
              gboolean    consent)
{
  GListModel *list = G_LIST_MODEL (self->disclosures);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(HpDisclosure) entry = g_list_model_get_item (list, i);

      if (g_strcmp0 (consent ? entry->consent : entry->recipient, id) == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
contact_taken (HpPlan     *self,
               const char *id)
{
  return hp_plan_find_contact (self, id) != NULL || named_in_log (self, id, FALSE);
}

static gboolean
child_taken (HpPlan     *self,
             const char *id)
{
  return hp_plan_find_child (self, id) != NULL;
}

/**
 * hp_plan_new_contact_id:
 *
 * Returns: (transfer full): an id that no contact of @self has yet
 */
char *
hp_plan_new_contact_id (HpPlan *self)
{
  g_return_val_if_fail (HP_IS_PLAN (self), NULL);

  return new_id ("k", contact_taken, self);
}

/**
 * hp_plan_new_child_id:
 *
 * Returns: (transfer full): an id that no child of @self has yet
 */
char *
hp_plan_new_child_id (HpPlan *self)
{
  g_return_val_if_fail (HP_IS_PLAN (self), NULL);

  return new_id ("b", child_taken, self);
}

/**
 * hp_plan_find_consent:
 *
 * Returns: (transfer none) (nullable): the consent whose id is @id
 */
HpConsent *
hp_plan_find_consent (HpPlan     *self,
                      const char *id)
{
  GListModel *consents;
  guint n;

  g_return_val_if_fail (HP_IS_PLAN (self), NULL);

  if (id == NULL || *id == '\0')
    return NULL;

  consents = G_LIST_MODEL (self->consents);
  n = g_list_model_get_n_items (consents);
  for (guint i = 0; i < n; i++)
    {
      HpConsent *consent = g_list_model_get_item (consents, i);

      g_object_unref (consent);
      if (g_strcmp0 (consent->id, id) == 0)
        return consent;
    }
  return NULL;
}

static gboolean
consent_taken (HpPlan     *self,
               const char *id)
{
  return hp_plan_find_consent (self, id) != NULL || named_in_log (self, id, TRUE);
}

/**
 * hp_plan_new_consent_id:
 *
 * Returns: (transfer full): an id that no consent of @self has yet ("s" for
 * samtycke)
 */
char *
hp_plan_new_consent_id (HpPlan *self)
{
  g_return_val_if_fail (HP_IS_PLAN (self), NULL);

  return new_id ("s", consent_taken, self);
}

/**
 * hp_plan_dup_removal_blocker:
 * @record: an entry of one of @self's lists
 *
 * Whether @record may leave the plan: not while other entries refer to it
 * (a belonging to a child, a consent to a contact), as the file would then
 * not load (hp_plan_file_check_references).
 *
 * Returns: (transfer full) (nullable): why it cannot go, in the user's
 * language; NULL when it can
 */
char *
hp_plan_dup_removal_blocker (HpPlan   *self,
                             HpRecord *record)
{
  guint count = 0;

  g_return_val_if_fail (HP_IS_PLAN (self), NULL);
  g_return_val_if_fail (HP_IS_RECORD (record), NULL);

  if (HP_IS_CHILD (record))
    {
      GListModel *items = G_LIST_MODEL (self->items);

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(HpItem) item = g_list_model_get_item (items, i);
          if (strcmp (item->owner, HP_CHILD (record)->id) == 0)
            count++;
        }
      if (count > 0)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "The child cannot be removed: %u belonging is "
                                             "for the child. Change it on the Belongings page "
                                             "first.",
                                             "The child cannot be removed: %u belongings are "
                                             "for the child. Change them on the Belongings page "
                                             "first.",
                                             count),
                                count);
    }
  else if (HP_IS_CONTACT (record))
    {
      GListModel *consents = G_LIST_MODEL (self->consents);

      for (guint i = 0; i < g_list_model_get_n_items (consents); i++)
        {
          g_autoptr(HpConsent) consent = g_list_model_get_item (consents, i);
          if (strcmp (consent->recipient, HP_CONTACT (record)->id) == 0)
            count++;
        }
      if (count > 0)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "The contact cannot be removed: %u consent names "
                                             "it as the recipient. Change it on the Consents "
                                             "page first.",
                                             "The contact cannot be removed: %u consents name "
                                             "it as the recipient. Change them on the Consents "
                                             "page first.",
                                             count),
                                count);
    }

  return NULL;
}

/**
 * hp_plan_new_visit:
 *
 * A visit to add to @self, with what the plan already says of it: its time
 * limit is the time limit on site of the way of support (none when that has
 * none).  Not added to the list: the caller adds it once the user confirms.
 *
 * Returns: (transfer full): the new visit
 */
HpVisit *
hp_plan_new_visit (HpPlan *self)
{
  HpVisit *visit;

  g_return_val_if_fail (HP_IS_PLAN (self), NULL);

  visit = hp_visit_new ();
  if (self->support->time_on_site_minutes > 0)
    g_object_set (visit, "time-limit-minutes", self->support->time_on_site_minutes, NULL);
  return visit;
}

/**
 * hp_plan_init_consent_ids:
 *
 * For loaders: gives every consent without an id one, without notification
 * (nobody observes a plan being loaded).  In list order, so that the same
 * file always gives the same ids until it is saved with them.
 */
void
hp_plan_init_consent_ids (HpPlan *self)
{
  GListModel *consents;

  g_return_if_fail (HP_IS_PLAN (self));

  consents = G_LIST_MODEL (self->consents);
  for (guint i = 0; i < g_list_model_get_n_items (consents); i++)
    {
      g_autoptr(HpConsent) consent = g_list_model_get_item (consents, i);

      if (consent->id[0] == '\0')
        hp_record_init_string (HP_RECORD (consent), hp_record_find_field (HP_RECORD (consent), "id"),
                               hp_plan_new_consent_id (self));
    }
}

/**
 * hp_plan_dup_title:
 *
 * Returns: (transfer full): a short title for window and page headers: the
 * case reference, else a generic name.  Never the client's name, so that a
 * title seen over a shoulder or on a printed header reveals nothing.
 */
char *
hp_plan_dup_title (HpPlan *self)
{
  g_return_val_if_fail (HP_IS_PLAN (self), NULL);

  if (self->case_info->reference[0] != '\0')
    /* Translators: the window and page title; %s is the case reference */
    return g_strdup_printf (_("Retrieval plan %s"), self->case_info->reference);

  return g_strdup (_("Retrieval plan"));
}

/**
 * hp_plan_police_involved:
 *
 * Returns: whether the police go along or are at hand: the chosen way of
 * support, or a police contact whose request was granted.
 */
gboolean
hp_plan_police_involved (HpPlan *self)
{
  GListModel *contacts;
  guint n;

  g_return_val_if_fail (HP_IS_PLAN (self), FALSE);

  if (self->support->way == HP_SUPPORT_WAY_POLICE)
    return TRUE;

  contacts = G_LIST_MODEL (self->contacts);
  n = g_list_model_get_n_items (contacts);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpContact) contact = g_list_model_get_item (contacts, i);

      if (contact->kind == HP_CONTACT_KIND_POLICE && contact->granted == HP_ANSWER_YES)
        return TRUE;
    }
  return FALSE;
}

/* Whether @consent is the client's consent to share information with
 * @recipient, whatever its state. */
static gboolean
is_sharing_consent (HpConsent *consent,
                    HpContact *recipient)
{
  return consent->party == HP_CONSENT_PARTY_CLIENT
         && consent->scope == HP_CONSENT_SCOPE_SHARE_INFORMATION
         && recipient->id[0] != '\0'
         && g_strcmp0 (consent->recipient, recipient->id) == 0;
}

/**
 * hp_plan_find_sharing_consent:
 * @today: "YYYY-MM-DD"
 *
 * Returns: (transfer none) (nullable): the first of the plan's consents
 * that lets @recipient be sent a handover sheet on @today (the rule of
 * hp_plan_check_sharing_consent()), or %NULL
 */
HpConsent *
hp_plan_find_sharing_consent (HpPlan     *plan,
                              HpContact  *recipient,
                              const char *today)
{
  GListModel *consents;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (HP_IS_CONTACT (recipient), NULL);

  consents = G_LIST_MODEL (plan->consents);
  for (guint i = 0; i < g_list_model_get_n_items (consents); i++)
    {
      g_autoptr(HpConsent) consent = g_list_model_get_item (consents, i);

      if (is_sharing_consent (consent, recipient) && hp_consent_is_in_force (consent, today))
        return consent;
    }
  return NULL;
}

/* A date in full for a message; "" for none. */
static char *
date_in_full (const char *iso)
{
  if (iso == NULL || iso[0] == '\0')
    return g_strdup ("");
  return hp_date_format_long (iso);
}

/**
 * hp_plan_check_sharing_consent:
 * @today: (nullable): "YYYY-MM-DD"; NULL for the real today
 *
 * Information under social-services secrecy goes to a security company, a
 * relative or a handover site only with the client's consent (OSL 12 kap.
 * 2 §).  The police are held to the same rule here: the plan itself gives
 * no other ground, and one rule for every recipient is easier to trust.
 *
 * Returns: %TRUE when the plan records a consent from the client, given and
 * in force, to share information with @recipient; otherwise %FALSE with
 * @error (HP_PLAN_ERROR_NO_CONSENT) saying what is missing
 */
gboolean
hp_plan_check_sharing_consent (HpPlan      *plan,
                               HpContact   *recipient,
                               const char  *today,
                               GError     **error)
{
  GListModel *consents;
  guint n;
  g_autoptr(HpConsent) withdrawn = NULL;
  g_autoptr(HpConsent) refused = NULL;
  g_autoptr(HpConsent) expired = NULL;
  g_autoptr(HpConsent) unanswered = NULL;
  g_autofree char *name = NULL;
  g_autofree char *now = NULL;

  g_return_val_if_fail (HP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (HP_IS_CONTACT (recipient), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  now = today != NULL ? g_strdup (today) : hp_date_today ();
  consents = G_LIST_MODEL (plan->consents);
  n = g_list_model_get_n_items (consents);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpConsent) consent = g_list_model_get_item (consents, i);

      if (!is_sharing_consent (consent, recipient))
        continue;

      if (hp_consent_is_in_force (consent, now))
        return TRUE;

      if (hp_consent_is_withdrawn (consent, now))
        g_set_object (&withdrawn, consent);
      else if (consent->given == HP_ANSWER_NO)
        g_set_object (&refused, consent);
      else if (consent->given == HP_ANSWER_UNKNOWN)
        g_set_object (&unanswered, consent);
      else
        g_set_object (&expired, consent);
    }

  name = hp_contact_dup_display_name (recipient, HP_CONTACT_NAME_FULL);
  if (withdrawn != NULL)
    {
      g_autofree char *date = date_in_full (withdrawn->withdrawn_on);

      g_set_error (error, HP_PLAN_ERROR, HP_PLAN_ERROR_NO_CONSENT,
                   /* Translators: %s is the recipient, then a date */
                   _("No handover sheet for “%s”: the client withdrew the consent to share "
                     "information with this recipient on %s."), name, date);
    }
  else if (refused != NULL)
    g_set_error (error, HP_PLAN_ERROR, HP_PLAN_ERROR_NO_CONSENT,
                 _("No handover sheet for “%s”: the client has said no to sharing information "
                   "with this recipient."), name);
  else if (expired != NULL)
    {
      g_autofree char *date = date_in_full (expired->valid_until);

      g_set_error (error, HP_PLAN_ERROR, HP_PLAN_ERROR_NO_CONSENT,
                   _("No handover sheet for “%s”: the client's consent to share information "
                     "with this recipient was valid until %s."), name, date);
    }
  else if (unanswered != NULL)
    g_set_error (error, HP_PLAN_ERROR, HP_PLAN_ERROR_NO_CONSENT,
                 _("No handover sheet for “%s”: the client's consent to share information with "
                   "this recipient is recorded but not as given."), name);
  else
    g_set_error (error, HP_PLAN_ERROR, HP_PLAN_ERROR_NO_CONSENT,
                 _("No handover sheet for “%s”: the plan records no consent from the client to "
                   "share information with this recipient. Record the consent under Consents "
                   "first."), name);
  return FALSE;
}

/**
 * hp_plan_contact_goes_home:
 *
 * The one case a handover sheet shows the home's address: the recipient
 * goes to the home itself, by the part in the visit the caseworker chose or,
 * when none is chosen, by the part that follows from its kind and the way
 * of support (hp_contact_get_effective_part()).  Whether or not the plan
 * records protected personal data makes no difference.
 *
 * Returns: whether @recipient goes to the home
 */
gboolean
hp_plan_contact_goes_home (HpPlan    *plan,
                           HpContact *recipient)
{
  g_return_val_if_fail (HP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (HP_IS_CONTACT (recipient), FALSE);

  return hp_contact_get_effective_part (recipient, plan->support->way) == HP_CONTACT_PART_GOES_HOME;
}

/**
 * hp_plan_set_items_status:
 * @items: (array length=n_items): items of @self
 * @status: their outcome
 *
 * Records one outcome for several items at once: the one place every
 * status change from the items list goes through, so that it is one
 * change to the plan.  The follow-up's "what came home" follows the
 * outcomes while no one has written in it (hp_follow_up_follow_items()).
 * The whole is one step to undo.
 *
 * Returns: how many items had another status before
 */
guint
hp_plan_set_items_status (HpPlan       *self,
                          HpItem      **items,
                          guint         n_items,
                          HpItemStatus  status)
{
  g_autofree char *before = NULL;
  guint changed = 0;

  g_return_val_if_fail (HP_IS_PLAN (self), 0);
  g_return_val_if_fail (items != NULL || n_items == 0, 0);

  before = hp_follow_up_summarize_items (G_LIST_MODEL (self->items));
  /* One step of the history (hp-history.h), the follow-up's text with it. */
  hp_record_begin_group (HP_RECORD (self));
  for (guint i = 0; i < n_items; i++)
    {
      if (!HP_IS_ITEM (items[i]) || items[i]->status == status)
        continue;
      g_object_set (items[i], "status", status, NULL);
      changed++;
    }
  if (changed > 0)
    hp_follow_up_follow_items (self->follow_up, before, G_LIST_MODEL (self->items));
  hp_record_end_group (HP_RECORD (self));
  return changed;
}
