/* hp-consent-xml.c: the consent record as XML, written with libxml2 */

#define G_LOG_DOMAIN "hp-consent-xml"

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/xmlwriter.h>

#include "hp-consent-xml.h"
#include "hp-export.h"
#include "hp-model.h"
#include "hp-atomic-file.h"

typedef struct
{
  xmlTextWriterPtr writer;
  gboolean         ok;
} Writer;

/**
 * hp_consent_xml_clean_text:
 * @text: UTF-8 text, possibly with bytes that are not
 *
 * Makes @text safe to put into an XML 1.0 document.  Invalid UTF-8 (which
 * includes encoded surrogates) and the non-characters U+FFFE and U+FFFF
 * become U+FFFD; vertical tab and form feed become a space; the other
 * control characters below U+0020 but tab, line feed and carriage return are
 * removed.  Everything else, right-to-left text and emoji included, is kept.
 *
 * Returns: (transfer full): the cleaned text
 */
char *
hp_consent_xml_clean_text (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\t' || c == '\n' || c == '\r')
        g_string_append_c (out, (char) c);
      else if (c == '\v' || c == '\f')
        g_string_append_c (out, ' ');
      else if (c < 0x20)
        continue;
      else if (c == 0xFFFE || c == 0xFFFF || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF)
        g_string_append_unichar (out, 0xFFFD);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (out, FALSE);
}

static void
check (Writer *w,
       int     rc)
{
  if (rc < 0)
    w->ok = FALSE;
}

static void
start (Writer     *w,
       const char *name)
{
  check (w, xmlTextWriterStartElement (w->writer, BAD_CAST name));
}

static void
end (Writer *w)
{
  check (w, xmlTextWriterEndElement (w->writer));
}

static void
attribute (Writer     *w,
           const char *name,
           const char *value)
{
  g_autofree char *clean = hp_consent_xml_clean_text (value);

  check (w, xmlTextWriterWriteAttribute (w->writer, BAD_CAST name, BAD_CAST clean));
}

static void
write_clean_element (Writer     *w,
                     const char *name,
                     const char *clean)
{
  start (w, name);
  check (w, xmlTextWriterWriteString (w->writer, BAD_CAST clean));
  end (w);
}

/* An element holding @value; always written, even when empty. */
static void
text_element (Writer     *w,
              const char *name,
              const char *value)
{
  g_autofree char *clean = hp_consent_xml_clean_text (value);

  write_clean_element (w, name, clean);
}

/* An element holding @value, left out when the value is empty, also when it
 * held nothing but characters that XML cannot carry. */
static void
optional_element (Writer     *w,
                  const char *name,
                  const char *value)
{
  g_autofree char *clean = hp_consent_xml_clean_text (value);

  if (*clean != '\0')
    write_clean_element (w, name, clean);
}

/* A date as xs:date; a date that is not a real one (a half-typed value in
 * the window) is left out rather than making the document invalid. */
static void
date_element (Writer     *w,
              const char *name,
              const char *value)
{
  if (value != NULL && hp_date_parse (value, NULL))
    text_element (w, name, value);
}

static void
enum_element (Writer     *w,
              const char *name,
              GType       type,
              int         value)
{
  const char *nick = hp_enum_get_nick (type, value);

  /* Every value the model can hold has a nick; a value outside the enum
   * would be a bug elsewhere, but must not give an invalid document. */
  if (nick == NULL)
    {
      g_warning ("%s: value %d is not one of %s", name, value, g_type_name (type));
      w->ok = FALSE;
      return;
    }
  text_element (w, name, nick);
}

static void
write_recipient (Writer    *w,
                 HpPlan    *plan,
                 HpConsent *consent)
{
  g_autofree char *ref = hp_consent_xml_clean_text (consent->recipient);
  HpContact *contact;

  if (*ref == '\0')
    return;

  contact = hp_plan_find_contact (plan, consent->recipient);

  start (w, "recipient");
  check (w, xmlTextWriterWriteAttribute (w->writer, BAD_CAST "ref", BAD_CAST ref));
  if (contact != NULL)
    {
      enum_element (w, "kind", HP_TYPE_CONTACT_KIND, contact->kind);
      optional_element (w, "name", contact->name);
      optional_element (w, "organisation", contact->organisation);
    }
  end (w);
}

static void
write_consent (Writer    *w,
               HpPlan    *plan,
               HpConsent *consent)
{
  start (w, "consent");
  enum_element (w, "party", HP_TYPE_CONSENT_PARTY, consent->party);
  optional_element (w, "party-name", consent->party_name);
  enum_element (w, "scope", HP_TYPE_CONSENT_SCOPE, consent->scope);
  optional_element (w, "rooms", consent->rooms);
  write_recipient (w, plan, consent);
  enum_element (w, "given", HP_TYPE_ANSWER, consent->given);
  enum_element (w, "form", HP_TYPE_CONSENT_FORM, consent->form);
  date_element (w, "date", consent->date);
  optional_element (w, "recorded-by", consent->recorded_by);
  optional_element (w, "witness", consent->witness);
  optional_element (w, "limits", consent->limits);
  date_element (w, "valid-until", consent->valid_until);
  date_element (w, "withdrawn-on", consent->withdrawn_on);
  end (w);
}

/* A statement in the user's language, marked with that language. */
static void
statement (Writer     *w,
           const char *name,
           const char *code,
           const char *text)
{
  g_autofree char *clean = hp_consent_xml_clean_text (text);

  start (w, name);
  if (code != NULL)
    attribute (w, "basis", code);
  /* Translators: the language code of this translation (sv for Swedish),
   * written into the consent record's XML beside the statements. */
  attribute (w, "lang", C_("xml:lang", "en"));
  check (w, xmlTextWriterWriteString (w->writer, BAD_CAST clean));
  end (w);
}

static void
write_document (Writer *w,
                HpPlan *plan)
{
  HpCase *case_info = plan->case_info;
  GListModel *consents = G_LIST_MODEL (plan->consents);
  guint n = g_list_model_get_n_items (consents);
  g_autofree char *today = hp_date_today ();

  check (w, xmlTextWriterStartDocument (w->writer, "1.0", "UTF-8", NULL));
  check (w, xmlTextWriterStartElementNS (w->writer, NULL, BAD_CAST "consent-record",
                                         BAD_CAST HP_CONSENT_XML_NAMESPACE));
  attribute (w, "version", HP_CONSENT_XML_VERSION);
  if (hp_date_parse (today, NULL))
    attribute (w, "created", today);

  start (w, "case");
  text_element (w, "reference", case_info->reference);
  start (w, "caseworker");
  text_element (w, "name", case_info->caseworker_name);
  optional_element (w, "unit", case_info->caseworker_unit);
  end (w);
  end (w);

  statement (w, "legal-basis", "public-task",
             _("The personal data in this case are processed because the social services "
               "carry out a task in the public interest and exercise official authority "
               "under the Social Services Act. The case record does not rest on consent. "
               "Each consent below covers only what it names: staff being present at or "
               "entering the home, information given to a named recipient, or contact "
               "with the other party."));
  statement (w, "right-to-withdraw", NULL,
             _("A consent can be withdrawn at any time, orally or in writing. The "
               "withdrawal applies from then on and does not undo what was already done "
               "with the consent."));

  start (w, "consents");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpConsent) consent = g_list_model_get_item (consents, i);

      write_consent (w, plan, consent);
    }
  end (w);

  end (w);
  check (w, xmlTextWriterEndDocument (w->writer));
}

/**
 * hp_consent_xml_to_bytes:
 * @plan: the plan
 *
 * Returns: (transfer full) (nullable): the consent record as UTF-8 XML, or
 * %NULL when libxml2 could not write it (out of memory)
 */
GBytes *
hp_consent_xml_to_bytes (HpPlan *plan)
{
  Writer w = { NULL, TRUE };
  xmlBufferPtr buffer;
  GBytes *bytes = NULL;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);

  buffer = xmlBufferCreate ();
  if (buffer == NULL)
    return NULL;

  w.writer = xmlNewTextWriterMemory (buffer, 0);
  if (w.writer == NULL)
    {
      xmlBufferFree (buffer);
      return NULL;
    }
  check (&w, xmlTextWriterSetIndent (w.writer, 1));
  check (&w, xmlTextWriterSetIndentString (w.writer, BAD_CAST "  "));

  write_document (&w, plan);

  /* Freeing the writer flushes it into the buffer. */
  xmlFreeTextWriter (w.writer);

  if (w.ok)
    bytes = g_bytes_new (xmlBufferContent (buffer), xmlBufferLength (buffer));
  xmlBufferFree (buffer);

  return bytes;
}

/**
 * hp_export_consent_xml:
 * @plan: the plan
 * @path: the file to write
 * @error: a #GError
 *
 * Writes the consent record as XML to @path, atomically and readable by the
 * owner only: the old file or the whole new one, never half of it.
 *
 * Returns: whether the file was written
 */
gboolean
hp_export_consent_xml (HpPlan      *plan,
                       const char  *path,
                       GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (HP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = hp_consent_xml_to_bytes (plan);
  if (bytes == NULL)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, HP_EXPORT_ERROR, HP_EXPORT_ERROR_WRITE,
                   /* Translators: %s is a file name */
                   _("Could not write the consent record to “%s”: out of memory"), display);
      return FALSE;
    }

  return hp_atomic_file_write_bytes (path, bytes, HP_EXPORT_ERROR, HP_EXPORT_ERROR_WRITE, error);
}
