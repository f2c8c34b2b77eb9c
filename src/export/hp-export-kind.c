/* hp-export-kind.c: a kind of document made, for the window and the
 * command line alike */

#define G_LOG_DOMAIN "hp-export"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-consent-xml.h"
#include "hp-disclosures.h"
#include "hp-documents.h"
#include "hp-export-kind.h"
#include "hp-export.h"

/**
 * hp_export_kind_is_disclosed:
 *
 * Returns: whether a document of @kind leaves the office and is noted in
 * the disclosure log: a handover sheet and the consent record.  The full
 * plan and the visit card stay with the staff and the case file.
 */
gboolean
hp_export_kind_is_disclosed (HpExportKind kind)
{
  return kind == HP_EXPORT_KIND_HANDOVER_PDF || kind == HP_EXPORT_KIND_CONSENT_PDF ||
         kind == HP_EXPORT_KIND_CONSENT_XML;
}

/**
 * hp_export_kind_check_subject:
 * @subject: (nullable): what the document is made for
 *
 * Returns: whether @subject is what a document of @kind needs: an
 * HpContact for a handover sheet, an HpVisit for a visit card, anything
 * (it is not looked at) for the others
 */
gboolean
hp_export_kind_check_subject (HpExportKind kind,
                              gpointer     subject)
{
  switch (kind)
    {
    case HP_EXPORT_KIND_HANDOVER_PDF:
      return HP_IS_CONTACT (subject);
    case HP_EXPORT_KIND_VISIT_CARD_PDF:
      return HP_IS_VISIT (subject);
    case HP_EXPORT_KIND_PLAN_PDF:
    case HP_EXPORT_KIND_CONSENT_PDF:
    case HP_EXPORT_KIND_CONSENT_XML:
    default:
      return TRUE;
    }
}

/**
 * hp_export_kind_new_document:
 * @subject: (nullable): the handover sheet's recipient (an HpContact) or
 *   the visit card's visit (an HpVisit); ignored for the other kinds
 *
 * The document that print, preview and the PDF exports make of @plan; the
 * consent record for HP_EXPORT_KIND_CONSENT_XML too (its preview).
 *
 * Returns: (transfer full) (nullable): the document, not laid out; %NULL
 * with @error when a handover sheet is refused (hp_document_new_handover())
 * or the visit is not the plan's (hp_document_new_visit_card())
 */
HpDocument *
hp_export_kind_new_document (HpExportKind   kind,
                             HpPlan        *plan,
                             gpointer       subject,
                             GError       **error)
{
  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (hp_export_kind_check_subject (kind, subject), NULL);

  switch (kind)
    {
    case HP_EXPORT_KIND_PLAN_PDF:
      return hp_document_new_full_plan (plan);
    case HP_EXPORT_KIND_HANDOVER_PDF:
      return hp_document_new_handover (plan, subject, error);
    case HP_EXPORT_KIND_CONSENT_PDF:
    case HP_EXPORT_KIND_CONSENT_XML:
      return hp_document_new_consent_record (plan);
    case HP_EXPORT_KIND_VISIT_CARD_PDF:
      return hp_document_new_visit_card (plan, subject, error);
    default:
      g_assert_not_reached ();
    }
}

/**
 * hp_export_kind_new_disclosure:
 * @kind: a handover sheet or the consent record (the full plan and the
 *   visit card stay with the staff and are not logged)
 * @recipient: (nullable): the handover sheet's recipient
 * @carried_fields: (element-type utf8): the fields the document shows
 *
 * Returns: (transfer full): the entry for the disclosure log, now
 * (hp_disclosure_new_for_document())
 */
HpDisclosure *
hp_export_kind_new_disclosure (HpExportKind      kind,
                               HpPlan           *plan,
                               HpContact        *recipient,
                               HpDisclosureForm  form,
                               GPtrArray        *carried_fields)
{
  g_return_val_if_fail (hp_export_kind_is_disclosed (kind), NULL);

  return hp_disclosure_new_for_document (plan,
                                         kind == HP_EXPORT_KIND_HANDOVER_PDF
                                           ? HP_DISCLOSURE_DOCUMENT_HANDOVER
                                           : HP_DISCLOSURE_DOCUMENT_CONSENT_RECORD,
                                         form, recipient, carried_fields, NULL);
}

/**
 * hp_export_kind_render_disclosed:
 * @kind: a handover sheet or the consent record, as PDF or XML
 * @recipient: (nullable): the handover sheet's recipient
 * @entry: (out) (transfer full): the document's entry for the disclosure log
 *
 * Makes the document in memory first, so that what can fail without
 * touching a file fails before anything is written; hp_disclosure_export()
 * then writes the entry and the document in the order that never loses an
 * entry.
 *
 * Returns: (transfer full) (nullable): the PDF or the XML, or %NULL with
 * @error set (a refused handover sheet, a document that could not be made)
 */
GBytes *
hp_export_kind_render_disclosed (HpExportKind    kind,
                                 HpPlan         *plan,
                                 HpContact      *recipient,
                                 HpDisclosure  **entry,
                                 GError        **error)
{
  g_autoptr(HpDocument) document = NULL;
  g_autoptr(GPtrArray) xml_fields = NULL;
  GBytes *bytes;
  GPtrArray *fields;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (hp_export_kind_is_disclosed (kind), NULL);
  g_return_val_if_fail (entry != NULL, NULL);

  if (kind == HP_EXPORT_KIND_CONSENT_XML)
    {
      bytes = hp_consent_xml_to_bytes (plan);
      if (bytes == NULL)
        {
          g_set_error_literal (error, HP_EXPORT_ERROR, HP_EXPORT_ERROR_RENDER,
                               _("The XML could not be made (out of memory)"));
          return NULL;
        }
      xml_fields = hp_consent_xml_carried_fields ();
      fields = xml_fields;
    }
  else
    {
      document = hp_export_kind_new_document (kind, plan, recipient, error);
      if (document == NULL)
        return NULL;
      bytes = hp_document_to_pdf (document, error);
      if (bytes == NULL)
        return NULL;
      fields = hp_document_get_carried_fields (document);
    }

  *entry = hp_export_kind_new_disclosure (kind, plan, recipient,
                                          kind == HP_EXPORT_KIND_CONSENT_XML
                                            ? HP_DISCLOSURE_FORM_XML : HP_DISCLOSURE_FORM_PDF,
                                          fields);
  return bytes;
}
