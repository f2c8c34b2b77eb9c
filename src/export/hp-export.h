/* hp-export.h: the documents written as PDF files
 *
 * Each writer lays the document out on A4, renders it into memory through a
 * cairo PDF surface (fonts embedded as subsets) and only then writes the
 * file atomically (hp_atomic_file_write: 0600, fsync, rename), so that a
 * failure never leaves a half-written PDF behind.  No display is needed.
 */
#pragma once

#include <gio/gio.h>

#include "hp-layout.h"
#include "hp-plan.h"
#include "hp-visit.h"

G_BEGIN_DECLS

#define HP_EXPORT_ERROR (hp_export_error_quark ())

typedef enum
{
  HP_EXPORT_ERROR_NO_CONSENT,   /* a handover sheet without the client's consent */
  HP_EXPORT_ERROR_RECIPIENT,    /* the recipient is not a contact of the plan */
  HP_EXPORT_ERROR_RENDER,       /* cairo could not make the PDF */
  HP_EXPORT_ERROR_WRITE,        /* the file could not be written */
  HP_EXPORT_ERROR_VISIT,        /* the visit is not one of the plan's */
} HpExportError;

GQuark    hp_export_error_quark   (void);

GBytes   *hp_document_to_pdf      (HpDocument  *document,
                                   GError     **error);
gboolean  hp_document_write_pdf   (HpDocument  *document,
                                   const char  *path,
                                   GError     **error);

gboolean  hp_export_plan_pdf      (HpPlan      *plan,
                                   const char  *path,
                                   GError     **error);
gboolean  hp_export_handover_pdf  (HpPlan      *plan,
                                   HpContact   *recipient,
                                   const char  *path,
                                   GError     **error);
gboolean  hp_export_consent_pdf   (HpPlan      *plan,
                                   const char  *path,
                                   GError     **error);
gboolean  hp_export_visit_card_pdf (HpPlan     *plan,
                                    HpVisit    *visit,
                                    const char *path,
                                    GError    **error);

G_END_DECLS
