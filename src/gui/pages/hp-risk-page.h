/* hp-risk-page.h: the page of risk assessments, the other party and the decision */
#pragma once

#include "hp-page-private.h"

G_BEGIN_DECLS

#define HP_TYPE_RISK_PAGE (hp_risk_page_get_type ())
G_DECLARE_FINAL_TYPE (HpRiskPage, hp_risk_page, HP, RISK_PAGE, HpPage)

G_END_DECLS
