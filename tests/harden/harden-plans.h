/* harden-plans.h: large plans for the hardening tests */
#pragma once

#include "hp-model.h"

G_BEGIN_DECLS

HpPlan *harden_plan_new (guint       n_items,
                         const char *tag);

G_END_DECLS
