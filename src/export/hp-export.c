/* hp-export.c: documents written as PDF files, atomically */

#define G_LOG_DOMAIN "hp-export"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-documents.h"
#include "hp-export.h"
#include "hp-atomic-file.h"

G_DEFINE_QUARK (hp-export-error-quark, hp_export_error)

/**
 * hp_document_write_pdf:
 *
 * Writes @document to @path as a PDF: rendered in memory first, then
 * written atomically with mode 0600, so a failure leaves no partial file.
 */
gboolean
hp_document_write_pdf (HpDocument  *document,
                       const char  *path,
                       GError     **error)
{
  g_autoptr(GBytes) pdf = NULL;

  g_return_val_if_fail (HP_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  pdf = hp_document_to_pdf (document, error);
  if (pdf == NULL)
    return FALSE;

  return hp_atomic_file_write_bytes (path, pdf, HP_EXPORT_ERROR, HP_EXPORT_ERROR_WRITE, error);
}

/**
 * hp_export_plan_pdf:
 *
 * Writes the full plan (hp_document_new_full_plan()) to @path.
 */
gboolean
hp_export_plan_pdf (HpPlan      *plan,
                    const char  *path,
                    GError     **error)
{
  g_autoptr(HpDocument) document = NULL;

  g_return_val_if_fail (HP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  document = hp_document_new_full_plan (plan);
  return hp_document_write_pdf (document, path, error);
}

/**
 * hp_export_handover_pdf:
 * @recipient: one of the plan's contacts
 *
 * Writes the handover sheet for @recipient (hp_document_new_handover()) to
 * @path.  Refused, with nothing written, when the plan records no consent
 * from the client to share information with @recipient.
 */
gboolean
hp_export_handover_pdf (HpPlan      *plan,
                        HpContact   *recipient,
                        const char  *path,
                        GError     **error)
{
  g_autoptr(HpDocument) document = NULL;

  g_return_val_if_fail (HP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (HP_IS_CONTACT (recipient), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  document = hp_document_new_handover (plan, recipient, error);
  if (document == NULL)
    return FALSE;
  return hp_document_write_pdf (document, path, error);
}

/**
 * hp_export_consent_pdf:
 *
 * Writes the consent record (hp_document_new_consent_record()) to @path.
 */
gboolean
hp_export_consent_pdf (HpPlan      *plan,
                       const char  *path,
                       GError     **error)
{
  g_autoptr(HpDocument) document = NULL;

  g_return_val_if_fail (HP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  document = hp_document_new_consent_record (plan);
  return hp_document_write_pdf (document, path, error);
}

/**
 * hp_export_visit_card_pdf:
 * @visit: one of the plan's visits
 *
 * Writes the visit card for @visit (hp_document_new_visit_card()) to
 * @path; nothing is written when @visit is not one of the plan's.
 */
gboolean
hp_export_visit_card_pdf (HpPlan      *plan,
                          HpVisit     *visit,
                          const char  *path,
                          GError     **error)
{
  g_autoptr(HpDocument) document = NULL;

  g_return_val_if_fail (HP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (HP_IS_VISIT (visit), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  document = hp_document_new_visit_card (plan, visit, error);
  if (document == NULL)
    return FALSE;
  return hp_document_write_pdf (document, path, error);
}
