/* hp-export-kind.h: which document is printed, previewed or exported
 *
 * The window (print, preview, export) and the command line name a document
 * by its kind, and make it here: hp_export_kind_new_document() is the one
 * place that maps a kind to the document it builds (with its subject: the
 * handover sheet's recipient, the visit card's visit), and
 * hp_export_kind_render_disclosed() makes a document that leaves the
 * office (a handover sheet, the consent record) in memory together with
 * its entry for the disclosure log.
 */
#pragma once

#include <glib.h>

#include "hp-document.h"
#include "hp-model.h"

G_BEGIN_DECLS

typedef enum
{
  HP_EXPORT_KIND_PLAN_PDF,
  HP_EXPORT_KIND_HANDOVER_PDF,
  HP_EXPORT_KIND_CONSENT_PDF,
  HP_EXPORT_KIND_CONSENT_XML,
  HP_EXPORT_KIND_VISIT_CARD_PDF,
} HpExportKind;

gboolean      hp_export_kind_is_disclosed     (HpExportKind       kind);
gboolean      hp_export_kind_check_subject    (HpExportKind       kind,
                                               gpointer           subject);
HpDocument   *hp_export_kind_new_document     (HpExportKind       kind,
                                               HpPlan            *plan,
                                               gpointer           subject,
                                               GError           **error);
HpDisclosure *hp_export_kind_new_disclosure   (HpExportKind       kind,
                                               HpPlan            *plan,
                                               HpContact         *recipient,
                                               HpDisclosureForm   form,
                                               GPtrArray         *carried_fields);
GBytes       *hp_export_kind_render_disclosed (HpExportKind       kind,
                                               HpPlan            *plan,
                                               HpContact         *recipient,
                                               HpDisclosure     **entry,
                                               GError           **error);

G_END_DECLS
