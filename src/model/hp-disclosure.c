/* hp-disclosure.c: one entry of the disclosure log (utlämnanden) */

#define G_LOG_DOMAIN "hp-disclosure"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-disclosure.h"
#include "hp-validate.h"

G_DEFINE_FINAL_TYPE (HpCarriedField, hp_carried_field, HP_TYPE_RECORD)

static const HpField carried_field_fields[] = {
  { "name", HP_FIELD_STRING, G_STRUCT_OFFSET (HpCarriedField, name), NULL,
    N_("Field"), HP_FIELD_FLAG_REQUIRED | HP_FIELD_FLAG_NOT_EMPTY, 0, 0 },
};

static void
hp_carried_field_class_init (HpCarriedFieldClass *klass)
{
  hp_record_class_install_fields (HP_RECORD_CLASS (klass), carried_field_fields,
                                  G_N_ELEMENTS (carried_field_fields));
}

static void
hp_carried_field_init (HpCarriedField *self)
{
}

G_DEFINE_FINAL_TYPE (HpDisclosure, hp_disclosure, HP_TYPE_RECORD)

static const HpField disclosure_fields[] = {
  { "id", HP_FIELD_STRING, G_STRUCT_OFFSET (HpDisclosure, id), NULL,
    N_("Entry id"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "when", HP_FIELD_STRING, G_STRUCT_OFFSET (HpDisclosure, when), NULL,
    N_("When"), HP_FIELD_FLAG_REQUIRED | HP_FIELD_FLAG_NOT_EMPTY, 0, 0 },
  { "document", HP_FIELD_ENUM, G_STRUCT_OFFSET (HpDisclosure, document),
    hp_disclosure_document_get_type, N_("Document"), HP_FIELD_FLAG_REQUIRED, 0, 0 },
  { "form", HP_FIELD_ENUM, G_STRUCT_OFFSET (HpDisclosure, form), hp_disclosure_form_get_type,
    N_("Form"), HP_FIELD_FLAG_REQUIRED, 0, 0 },
  { "recipient_kind", HP_FIELD_ENUM, G_STRUCT_OFFSET (HpDisclosure, recipient_kind),
    hp_disclosure_recipient_get_type, N_("Given to"), HP_FIELD_FLAG_REQUIRED, 0, 0 },
  { "recipient", HP_FIELD_STRING, G_STRUCT_OFFSET (HpDisclosure, recipient), NULL,
    N_("Recipient"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "recipient_name", HP_FIELD_STRING, G_STRUCT_OFFSET (HpDisclosure, recipient_name), NULL,
    N_("Recipient's name"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "consent", HP_FIELD_STRING, G_STRUCT_OFFSET (HpDisclosure, consent), NULL,
    N_("Consent relied on"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "consent_in_force", HP_FIELD_BOOLEAN, G_STRUCT_OFFSET (HpDisclosure, consent_in_force), NULL,
    N_("Consent in force then"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "consent_valid_until", HP_FIELD_DATE, G_STRUCT_OFFSET (HpDisclosure, consent_valid_until),
    NULL, N_("Consent valid until"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "consent_party", HP_FIELD_ENUM, G_STRUCT_OFFSET (HpDisclosure, consent_party),
    hp_consent_party_get_type, N_("Consent given by"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "consent_scope", HP_FIELD_ENUM, G_STRUCT_OFFSET (HpDisclosure, consent_scope),
    hp_consent_scope_get_type, N_("Consent to"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "fields", HP_FIELD_LIST, G_STRUCT_OFFSET (HpDisclosure, fields), hp_carried_field_get_type,
    N_("Fields on the document"), HP_FIELD_FLAG_NONE, 0, 0 },
};

static void
hp_disclosure_class_init (HpDisclosureClass *klass)
{
  hp_record_class_install_fields (HP_RECORD_CLASS (klass), disclosure_fields,
                                  G_N_ELEMENTS (disclosure_fields));
}

static void
hp_disclosure_init (HpDisclosure *self)
{
}

/**
 * hp_disclosure_new:
 *
 * Returns: (transfer full): a new, empty entry
 */
HpDisclosure *
hp_disclosure_new (void)
{
  return g_object_new (HP_TYPE_DISCLOSURE, NULL);
}

/**
 * hp_disclosure_add_field:
 * @name: a field as the file names it, "visits.date"
 *
 * Notes that the document carried @name.
 */
void
hp_disclosure_add_field (HpDisclosure *self,
                         const char   *name)
{
  g_autoptr(HpCarriedField) field = NULL;

  g_return_if_fail (HP_IS_DISCLOSURE (self));
  g_return_if_fail (name != NULL && *name != '\0');

  field = g_object_new (HP_TYPE_CARRIED_FIELD, "name", name, NULL);
  g_list_store_append (self->fields, field);
}

/**
 * hp_disclosure_dup_fields:
 *
 * Returns: (transfer full): the fields the document carried, in order
 */
char **
hp_disclosure_dup_fields (HpDisclosure *self)
{
  GListModel *list;
  GStrvBuilder *builder;
  char **result;

  g_return_val_if_fail (HP_IS_DISCLOSURE (self), NULL);

  list = G_LIST_MODEL (self->fields);
  builder = g_strv_builder_new ();
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(HpCarriedField) field = g_list_model_get_item (list, i);

      g_strv_builder_add (builder, field->name);
    }
  result = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return result;
}

/**
 * hp_disclosure_new_id:
 *
 * Returns: (transfer full): an id no other entry has, in any plan: two
 * copies of one plan (the window's and the file the command line wrote
 * meanwhile) are merged by it, so it must not depend on what either holds
 */
char *
hp_disclosure_new_id (void)
{
  return g_uuid_string_random ();
}

/**
 * hp_disclosure_ensure_id:
 *
 * Gives @self a new id when it has none (an entry made in code), without
 * notification.
 */
void
hp_disclosure_ensure_id (HpDisclosure *self)
{
  g_return_if_fail (HP_IS_DISCLOSURE (self));

  if (self->id == NULL || self->id[0] == '\0')
    {
      g_free (self->id);
      self->id = hp_disclosure_new_id ();
    }
}

/**
 * hp_disclosure_set_loaded_id:
 * @position: the entry's place in the file's log
 *
 * For loaders: gives an entry that was written without an id (or with
 * another entry's) one, without notification.  Not random: the same file
 * gives the same ids to every process that loads it (the window, the
 * command line adding to the file meanwhile) until it is saved with them,
 * so that merging by id takes such an entry as one and not as two.  The
 * log only grows at its end, so an entry keeps its position.
 */
void
hp_disclosure_set_loaded_id (HpDisclosure *self,
                             guint         position)
{
  g_autoptr(GString) key = NULL;
  g_autofree char *sum = NULL;

  g_return_if_fail (HP_IS_DISCLOSURE (self));

  key = g_string_new (NULL);
  g_string_append_printf (key, "%u\n%s\n%s\n%d\n%d\n%s\n%s\n", position, self->id,
                          self->when, self->document, self->form, self->recipient,
                          self->consent);
  sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key->str, key->len);
  g_free (self->id);
  /* Shaped as the random ids are, 8-4-4-4-12. */
  self->id = g_strdup_printf ("%.8s-%.4s-%.4s-%.4s-%.12s", sum, sum + 8, sum + 12, sum + 16,
                              sum + 20);
}

/**
 * hp_disclosure_time_valid:
 *
 * Returns: whether @text is a local date and time that exists,
 * "YYYY-MM-DDTHH:MM:SS", or "YYYY-MM-DDTHH:MM" as entries were written
 * before they had seconds
 */
gboolean
hp_disclosure_time_valid (const char *text)
{
  char date[11];
  char hm[6];
  size_t length;

  length = text != NULL ? strlen (text) : 0;
  if ((length != 16 && length != 19) || text[10] != 'T')
    return FALSE;
  if (length == 19
      && (text[16] != ':' || !g_ascii_isdigit (text[17]) || !g_ascii_isdigit (text[18])
          || text[17] > '5'))
    return FALSE;
  memcpy (date, text, 10);
  date[10] = '\0';
  memcpy (hm, text + 11, 5);
  hm[5] = '\0';
  return date[0] != '\0' && hp_date_parse (date, NULL) && hp_validate_time (hm, NULL)
         && hm[0] != '\0';
}

/**
 * hp_disclosure_time_now:
 *
 * Returns: (transfer full): the local date and time now,
 * "YYYY-MM-DDTHH:MM:SS"
 */
char *
hp_disclosure_time_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");
}
