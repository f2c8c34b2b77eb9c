/* hp-disclosures.c: the disclosure log (utlämnanden): making an entry,
 * writing it into the plan file, and what it means today */

#define G_LOG_DOMAIN "hp-disclosures"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hp-atomic-file.h"
#include "hp-disclosures.h"
#include "hp-export.h"
#include "hp-plan-file.h"

/* The recipient as the file keeps it: the name and organisation as typed,
 * in no one's language; the kind's label only when neither is there. */
static char *
recipient_name (HpContact *contact)
{
  if (contact->name[0] != '\0' && contact->organisation[0] != '\0')
    return g_strdup_printf (C_("contact name", "%s, %s"), contact->name, contact->organisation);
  if (contact->name[0] != '\0' || contact->organisation[0] != '\0')
    return g_strdup (contact->name[0] != '\0' ? contact->name : contact->organisation);
  return g_strdup (hp_enum_get_label (HP_TYPE_CONTACT_KIND, contact->kind));
}

/* The consent a handover sheet to @recipient relies on: the rule of
 * hp_handover_check_consent(), the first that holds on @today. */
static HpConsent *
consent_relied_on (HpPlan     *plan,
                   HpContact  *recipient,
                   const char *today)
{
  GListModel *consents = G_LIST_MODEL (plan->consents);

  for (guint i = 0; i < g_list_model_get_n_items (consents); i++)
    {
      g_autoptr(HpConsent) consent = g_list_model_get_item (consents, i);

      if (consent->party == HP_CONSENT_PARTY_CLIENT
          && consent->scope == HP_CONSENT_SCOPE_SHARE_INFORMATION
          && recipient->id[0] != '\0'
          && g_strcmp0 (consent->recipient, recipient->id) == 0
          && hp_consent_is_in_force (consent, today))
        return consent;
    }
  return NULL;
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
      HpConsent *consent = consent_relied_on (plan, recipient, today);

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
  /* A withdrawal dated in the future has not taken effect (the rule of
   * hp-documents.c); one that is not a real date has. */
  if (consent->withdrawn_on[0] != '\0'
      && (!hp_date_parse (consent->withdrawn_on, NULL) || strcmp (consent->withdrawn_on, now) <= 0))
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

/* The plan's file itself: a symbolic link is followed, so that the atomic
 * rename (in the folder of the file written) replaces the file the link
 * points to and not the link.  A path that does not resolve is kept as
 * it is, for the read to report. */
static char *
resolve_plan_path (const char *plan_path)
{
  char *real = realpath (plan_path, NULL);
  char *result;

  if (real == NULL)
    return g_strdup (plan_path);
  result = g_strdup (real);
  free (real);
  return result;
}

/* The read-modify-write of one entry is held against every other process
 * that does the same (the command line, another window) by flock() on
 * ".NAME.lock" beside the plan: it holds no plan content, mode 0600.  The
 * holder removes it before letting go; a process that got the lock on a
 * file removed meanwhile takes the new one, so that two never think they
 * hold it. */
typedef struct
{
  int   fd;
  char *path;
} PlanLock;

static gboolean
plan_lock_take (PlanLock    *lock,
                const char  *real_path,
                GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (real_path);
  g_autofree char *base = g_path_get_basename (real_path);
  g_autofree char *name = g_strdup_printf (".%s.lock", base);

  lock->fd = -1;
  lock->path = g_build_filename (dir, name, NULL);
  for (;;)
    {
      struct stat held, named;
      int fd = open (lock->path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
      int saved;

      if (fd < 0)
        {
          saved = errno;
          g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved),
                               g_strerror (saved));
          g_clear_pointer (&lock->path, g_free);
          return FALSE;
        }
      while (flock (fd, LOCK_EX) < 0)
        if (errno != EINTR)
          {
            saved = errno;
            close (fd);
            g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved),
                                 g_strerror (saved));
            g_clear_pointer (&lock->path, g_free);
            return FALSE;
          }
      if (fstat (fd, &held) == 0 && lstat (lock->path, &named) == 0
          && held.st_dev == named.st_dev && held.st_ino == named.st_ino)
        {
          lock->fd = fd;
          return TRUE;
        }
      close (fd);
    }
}

static void
plan_lock_release (PlanLock *lock)
{
  if (lock->fd >= 0)
    {
      unlink (lock->path);
      close (lock->fd);
      lock->fd = -1;
    }
  g_clear_pointer (&lock->path, g_free);
}

/**
 * hp_disclosure_lock_plan_file:
 * @plan_path: the plan's file (a link is followed)
 *
 * Takes the lock that hp_disclosure_record_in_file() takes, for a caller
 * that reads the file's log and writes the file again (the window saving
 * over its file), so that an entry written meanwhile is not dropped.
 *
 * Returns: (transfer full) (nullable): the lock, for
 * hp_disclosure_unlock_plan_file(); NULL with @error set when the lock
 * file cannot be made
 */
HpPlanLock *
hp_disclosure_lock_plan_file (const char  *plan_path,
                              GError     **error)
{
  g_autofree char *real_path = NULL;
  PlanLock *lock;

  g_return_val_if_fail (plan_path != NULL, NULL);

  real_path = resolve_plan_path (plan_path);
  lock = g_new0 (PlanLock, 1);
  if (!plan_lock_take (lock, real_path, error))
    {
      g_free (lock);
      return NULL;
    }
  return (HpPlanLock *) lock;
}

void
hp_disclosure_unlock_plan_file (HpPlanLock *lock)
{
  if (lock == NULL)
    return;
  plan_lock_release ((PlanLock *) lock);
  g_free (lock);
}

/**
 * hp_disclosure_resolve_plan_path:
 *
 * Returns: (transfer full): the file @plan_path names, a symbolic link
 * followed, for writing it without replacing the link
 */
char *
hp_disclosure_resolve_plan_path (const char *plan_path)
{
  g_return_val_if_fail (plan_path != NULL, NULL);

  return resolve_plan_path (plan_path);
}

/* Reads the plan file at @real_path and writes it again atomically, under
 * the lock, with @entry added (@add), or taken out by its id.  Taking out:
 * when the file is still what the adding wrote (@written), it is put back
 * byte for byte as it was (@previous); otherwise another process added to
 * it meanwhile, and only this entry goes.  On adding, @previous_out and
 * @written_out get the file before and after. */
static gboolean
update_plan_file (const char    *real_path,
                  HpDisclosure  *entry,
                  gboolean       add,
                  GBytes        *previous,
                  GBytes        *written,
                  GBytes       **previous_out,
                  GBytes       **written_out,
                  GError       **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) old = NULL;
  g_autoptr(GBytes) updated = NULL;
  g_autoptr(HpPlan) plan = NULL;
  PlanLock lock;
  gsize length = 0;
  const void *data;
  gboolean ok = FALSE;

  if (!plan_lock_take (&lock, real_path, error))
    return FALSE;

  if (!g_file_get_contents (real_path, &contents, &length, error))
    goto out;
  old = g_bytes_new_take (g_steal_pointer (&contents), length);

  if (!add && previous != NULL && written != NULL && g_bytes_equal (old, written))
    updated = g_bytes_ref (previous);
  else
    {
      plan = hp_plan_file_load_bytes (old, error);
      if (plan == NULL)
        goto out;

      if (add)
        {
          g_autoptr(HpRecord) copy = hp_record_copy (HP_RECORD (entry));

          g_list_store_append (plan->disclosures, copy);
        }
      else
        {
          GListModel *list = G_LIST_MODEL (plan->disclosures);

          for (guint i = g_list_model_get_n_items (list); i-- > 0;)
            {
              g_autoptr(HpDisclosure) held = g_list_model_get_item (list, i);

              if (g_strcmp0 (held->id, entry->id) == 0)
                g_list_store_remove (plan->disclosures, i);
            }
        }
      updated = hp_plan_file_to_bytes (plan);
    }

  data = g_bytes_get_data (updated, &length);
  ok = hp_atomic_file_write (real_path, data, length, error);
  if (ok && previous_out != NULL)
    *previous_out = g_steal_pointer (&old);
  if (ok && written_out != NULL)
    *written_out = g_steal_pointer (&updated);

out:
  plan_lock_release (&lock);
  return ok;
}

/* hp_disclosure_record_in_file(), with the file as written too. */
static gboolean
record_in_file (const char    *plan_path,
                HpDisclosure  *entry,
                GBytes       **previous,
                GBytes       **written,
                GError       **error)
{
  g_autofree char *name = NULL;
  g_autofree char *real_path = NULL;
  g_autoptr(GError) local_error = NULL;

  hp_disclosure_ensure_id (entry);
  real_path = resolve_plan_path (plan_path);
  if (!update_plan_file (real_path, entry, TRUE, NULL, NULL, previous, written, &local_error))
    {
      name = g_filename_display_name (plan_path);
      g_set_error (error, HP_EXPORT_ERROR, HP_EXPORT_ERROR_WRITE,
                   /* Translators: %s is the plan's file, then the reason */
                   _("The disclosure could not be noted in the plan %s: %s"),
                   name, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * hp_disclosure_record_in_file:
 * @plan_path: the plan's file
 * @entry: the entry to add; given an id first when it has none
 * @previous: (out) (optional) (transfer full): the file as it was
 *
 * Adds @entry to the plan in the file at @plan_path, whatever the plan
 * open in a window holds: the file is read, the entry added and the file
 * written again atomically (hp_atomic_file_write: 0600, fsync, rename), so
 * the file holds the entry or is as it was, never half of it.  Another
 * process doing the same waits (a lock file beside the plan).  When
 * @plan_path is a symbolic link, the file it points to is written, and the
 * link stays.
 *
 * Returns: whether the file now holds the entry
 */
gboolean
hp_disclosure_record_in_file (const char    *plan_path,
                              HpDisclosure  *entry,
                              GBytes       **previous,
                              GError       **error)
{
  g_return_val_if_fail (plan_path != NULL, FALSE);
  g_return_val_if_fail (HP_IS_DISCLOSURE (entry), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return record_in_file (plan_path, entry, previous, NULL, error);
}

/**
 * hp_disclosure_export:
 * @plan_path: the plan's file, which gets the entry
 * @entry: the entry for the document
 * @document: the document, already made in memory (PDF or XML)
 * @out_path: where the document goes
 *
 * Writes the entry into the plan file, then the document; both atomically.
 *
 * The order: everything that can fail without touching a file (making the
 * document) is done before this is called.  The entry goes first, because
 * a crash between the two writes can then leave an entry for a document
 * that was never written, which the caseworker sees and which harms no
 * one, but never a document outside the log, which is what the log is for.
 * When the document cannot be written, nothing left the office, and this
 * entry is taken out of the plan file again, under the lock: the file is
 * put back as it was when nothing else wrote it meanwhile, and otherwise
 * the entry with this id is taken out of it as it is then, so that an
 * entry another process added meanwhile stays.
 *
 * Returns: whether both were written; on failure neither is (unless even
 * taking the entry out failed, in which case the entry stays and @error
 * says so)
 */
gboolean
hp_disclosure_export (const char    *plan_path,
                      HpDisclosure  *entry,
                      GBytes        *document,
                      const char    *out_path,
                      GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) previous = NULL;
  g_autoptr(GBytes) written = NULL;
  gsize length;
  const void *data;

  g_return_val_if_fail (plan_path != NULL, FALSE);
  g_return_val_if_fail (HP_IS_DISCLOSURE (entry), FALSE);
  g_return_val_if_fail (document != NULL, FALSE);
  g_return_val_if_fail (out_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!record_in_file (plan_path, entry, &previous, &written, error))
    return FALSE;

  data = g_bytes_get_data (document, &length);
  if (!hp_atomic_file_write (out_path, data, length, &local_error))
    {
      g_autoptr(GError) restore_error = NULL;
      g_autofree char *real_path = resolve_plan_path (plan_path);

      if (!update_plan_file (real_path, entry, FALSE, previous, written, NULL, NULL,
                             &restore_error))
        g_set_error (error, HP_EXPORT_ERROR, HP_EXPORT_ERROR_WRITE,
                     /* Translators: the first %s is why the document could not be
                      * written */
                     _("%s The plan still notes the document as handed out."),
                     local_error->message);
      else
        g_set_error_literal (error, HP_EXPORT_ERROR, HP_EXPORT_ERROR_WRITE, local_error->message);
      return FALSE;
    }
  return TRUE;
}
