/* hp-assessment.h: A structured risk assessment and its result. */
#pragma once

#include "hp-enums.h"
#include "hp-enum-types.h"
#include "hp-record.h"

G_BEGIN_DECLS

#define HP_TYPE_ASSESSMENT (hp_assessment_get_type ())
G_DECLARE_FINAL_TYPE (HpAssessment, hp_assessment, HP, ASSESSMENT, HpRecord)

/* Read the fields directly; write them with g_object_set () so that the
 * change is notified (see hp-record.h). */
struct _HpAssessment
{
  HpRecord parent_instance;

  HpRiskSubject subject;
  HpInstrument  instrument;
  char         *instrument_other;
  char         *date;
  char         *assessed_by;
  HpRiskLevel   level;
  char         *summary;
};

HpAssessment *hp_assessment_new (void);

G_END_DECLS
