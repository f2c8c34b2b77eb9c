/* hp-risk.c: The risk picture, the facts about the other party and the decision. */

#define G_LOG_DOMAIN "hp-risk"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-risk.h"
#include "hp-assessment.h"

G_DEFINE_FINAL_TYPE (HpRisk, hp_risk, HP_TYPE_RECORD)

static const HpField risk_fields[] = {
  { "assessments", HP_FIELD_LIST, G_STRUCT_OFFSET (HpRisk, assessments), hp_assessment_get_type,
    N_("Risk assessments"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "other_party_name", HP_FIELD_STRING, G_STRUCT_OFFSET (HpRisk, other_party_name), NULL,
    N_("The other party's name"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "other_party_expected_home", HP_FIELD_ENUM, G_STRUCT_OFFSET (HpRisk, other_party_expected_home), hp_answer_get_type,
    N_("The other party expected to be at home"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "weapons", HP_FIELD_ENUM, G_STRUCT_OFFSET (HpRisk, weapons), hp_answer_get_type,
    N_("Access to weapons"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "weapons_note", HP_FIELD_STRING, G_STRUCT_OFFSET (HpRisk, weapons_note), NULL,
    N_("About weapons"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "threats", HP_FIELD_ENUM, G_STRUCT_OFFSET (HpRisk, threats), hp_answer_get_type,
    N_("Threats made"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "threats_note", HP_FIELD_STRING, G_STRUCT_OFFSET (HpRisk, threats_note), NULL,
    N_("About threats"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "restraining_order", HP_FIELD_ENUM, G_STRUCT_OFFSET (HpRisk, restraining_order), hp_restraining_order_get_type,
    N_("Restraining order"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "restraining_order_until", HP_FIELD_DATE, G_STRUCT_OFFSET (HpRisk, restraining_order_until), NULL,
    N_("Restraining order valid until"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "decision", HP_FIELD_ENUM, G_STRUCT_OFFSET (HpRisk, decision), hp_decision_get_type,
    N_("Decision"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "decision_reason", HP_FIELD_TEXT, G_STRUCT_OFFSET (HpRisk, decision_reason), NULL,
    N_("Reason for the decision"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "decision_date", HP_FIELD_DATE, G_STRUCT_OFFSET (HpRisk, decision_date), NULL,
    N_("Date of decision"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "decided_by", HP_FIELD_STRING, G_STRUCT_OFFSET (HpRisk, decided_by), NULL,
    N_("Decided by"), HP_FIELD_FLAG_NONE, 0, 0 },
};

static void
hp_risk_class_init (HpRiskClass *klass)
{
  hp_record_class_install_fields (HP_RECORD_CLASS (klass), risk_fields, G_N_ELEMENTS (risk_fields));
}

static void
hp_risk_init (HpRisk *self)
{
}

/**
 * hp_risk_new:
 *
 * Returns: (transfer full): a new, empty risk
 */
HpRisk *
hp_risk_new (void)
{
  return g_object_new (HP_TYPE_RISK, NULL);
}
