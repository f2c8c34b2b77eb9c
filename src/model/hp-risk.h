/* hp-risk.h: The risk picture, the facts about the other party and the decision. */
#pragma once

#include "hp-enums.h"
#include "hp-enum-types.h"
#include "hp-record.h"

G_BEGIN_DECLS

#define HP_TYPE_RISK (hp_risk_get_type ())
G_DECLARE_FINAL_TYPE (HpRisk, hp_risk, HP, RISK, HpRecord)

/* Read the fields directly; write them with g_object_set () so that the
 * change is notified (see hp-record.h). */
struct _HpRisk
{
  HpRecord parent_instance;

  GListStore        *assessments;
  char              *other_party_name;
  HpAnswer           other_party_expected_home;
  HpAnswer           weapons;
  char              *weapons_note;
  HpAnswer           threats;
  char              *threats_note;
  HpRestrainingOrder restraining_order;
  char              *restraining_order_until;
  HpDecision         decision;
  char              *decision_reason;
  char              *decision_date;
  char              *decided_by;
};

HpRisk *hp_risk_new (void);

G_END_DECLS
