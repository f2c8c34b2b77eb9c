/* hp-journal.h: the plan as a plain-text summary for the case record */
#pragma once

#include <glib.h>

#include "hp-plan.h"

G_BEGIN_DECLS

char *hp_journal_text (HpPlan *plan);

G_END_DECLS
