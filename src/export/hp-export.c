/* hp-export.c: documents written as PDF files, atomically */

#define G_LOG_DOMAIN "hp-export"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "hp-documents.h"
#include "hp-export.h"
#include "hp-layout-private.h"
#include "hp-atomic-file.h"

G_DEFINE_QUARK (hp-export-error-quark, hp_export_error)

static cairo_status_t
append_to_array (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
add_outline (cairo_surface_t *surface,
             HpDocument      *document)
{
  guint n = hp_document_get_n_outline_entries (document);
  int parent = CAIRO_PDF_OUTLINE_ROOT;

  for (guint i = 0; i < n; i++)
    {
      const char *text;
      guint level, page;
      double y;
      g_autofree char *link = NULL;
      int id;

      hp_document_get_outline_entry (document, i, &text, &level, &page, &y);
      link = g_strdup_printf ("page=%u pos=[%d %d]", page + 1, (int) HP_PAGE_MARGIN_SIDE,
                              (int) MAX (0, y - 6));
      id = cairo_pdf_surface_add_outline (surface, level == 1 ? CAIRO_PDF_OUTLINE_ROOT : parent,
                                          text, link, 0);
      if (level == 1)
        parent = id;
    }
}

/**
 * hp_document_to_pdf:
 *
 * Lays @document out on A4 portrait and renders it as a PDF in memory,
 * fonts embedded.
 *
 * Returns: (transfer full): the PDF, or %NULL with @error set
 */
GBytes *
hp_document_to_pdf (HpDocument  *document,
                    GError     **error)
{
  PangoContext *context;
  g_autoptr(GByteArray) bytes = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  guint n_pages;

  g_return_val_if_fail (HP_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  context = hp_document_create_pango_context ();
  hp_document_paginate (document, context, HP_PAGE_A4_WIDTH, HP_PAGE_A4_HEIGHT);
  g_object_unref (context);
  n_pages = hp_document_get_n_pages (document);

  bytes = g_byte_array_new ();
  surface = cairo_pdf_surface_create_for_stream (append_to_array, bytes,
                                                 HP_PAGE_A4_WIDTH, HP_PAGE_A4_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  hp_document_get_title (document));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Hämtplan");

  for (guint i = 0; i < n_pages; i++)
    {
      cairo_t *cr = cairo_create (surface);

      hp_document_render_page (document, cr, i);
      cairo_show_page (cr);
      status = cairo_status (cr);
      cairo_destroy (cr);
      if (status != CAIRO_STATUS_SUCCESS)
        break;
    }
  add_outline (surface, document);

  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, HP_EXPORT_ERROR, HP_EXPORT_ERROR_RENDER,
                   /* Translators: %s is cairo's own description of the error */
                   _("The PDF could not be made: %s"), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

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
  g_autoptr(GError) local_error = NULL;
  gsize length;
  const void *data;

  g_return_val_if_fail (HP_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  pdf = hp_document_to_pdf (document, error);
  if (pdf == NULL)
    return FALSE;

  data = g_bytes_get_data (pdf, &length);
  if (!hp_atomic_file_write (path, data, length, &local_error))
    {
      g_set_error_literal (error, HP_EXPORT_ERROR, HP_EXPORT_ERROR_WRITE, local_error->message);
      return FALSE;
    }
  return TRUE;
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
