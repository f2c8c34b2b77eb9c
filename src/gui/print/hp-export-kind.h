/* hp-export-kind.h: which document the window prints, previews or exports */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  HP_EXPORT_KIND_PLAN_PDF,
  HP_EXPORT_KIND_HANDOVER_PDF,
  HP_EXPORT_KIND_CONSENT_PDF,
  HP_EXPORT_KIND_CONSENT_XML,
} HpExportKind;

G_END_DECLS
