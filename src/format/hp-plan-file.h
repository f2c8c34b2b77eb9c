/* hp-plan-file.h: the .hamtplan file: JSON <-> HpPlan */
#pragma once

#include <gio/gio.h>

#include "hp-format-error.h"
#include "hp-plan.h"
#include "hp-plan-file-limits.h"

G_BEGIN_DECLS

HpPlan   *hp_plan_file_load_bytes  (GBytes      *bytes,
                                    GError     **error);
HpPlan   *hp_plan_file_load        (const char  *path,
                                    GError     **error);
GBytes   *hp_plan_file_to_bytes    (HpPlan      *plan);
gboolean  hp_plan_file_save        (HpPlan      *plan,
                                    const char  *path,
                                    GError     **error);

G_END_DECLS
