/* hp-assessment.c: A structured risk assessment and its result. */

#define G_LOG_DOMAIN "hp-assessment"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-assessment.h"

G_DEFINE_FINAL_TYPE (HpAssessment, hp_assessment, HP_TYPE_RECORD)

static const HpField assessment_fields[] = {
  { "subject", HP_FIELD_ENUM, G_STRUCT_OFFSET (HpAssessment, subject), hp_risk_subject_get_type,
    N_("Assessment of"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "instrument", HP_FIELD_ENUM, G_STRUCT_OFFSET (HpAssessment, instrument), hp_instrument_get_type,
    N_("Method"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "instrument_other", HP_FIELD_STRING, G_STRUCT_OFFSET (HpAssessment, instrument_other), NULL,
    N_("Other method"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "date", HP_FIELD_DATE, G_STRUCT_OFFSET (HpAssessment, date), NULL,
    N_("Date"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "assessed_by", HP_FIELD_STRING, G_STRUCT_OFFSET (HpAssessment, assessed_by), NULL,
    N_("Assessed by"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "level", HP_FIELD_ENUM, G_STRUCT_OFFSET (HpAssessment, level), hp_risk_level_get_type,
    N_("Risk level"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "summary", HP_FIELD_TEXT, G_STRUCT_OFFSET (HpAssessment, summary), NULL,
    N_("Summary"), HP_FIELD_FLAG_NONE, 0, 0 },
};

static void
hp_assessment_class_init (HpAssessmentClass *klass)
{
  hp_record_class_install_fields (HP_RECORD_CLASS (klass), assessment_fields, G_N_ELEMENTS (assessment_fields));
}

static void
hp_assessment_init (HpAssessment *self)
{
}

/**
 * hp_assessment_new:
 *
 * Returns: (transfer full): a new, empty assessment
 */
HpAssessment *
hp_assessment_new (void)
{
  return g_object_new (HP_TYPE_ASSESSMENT, NULL);
}
