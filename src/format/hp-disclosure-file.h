/* hp-disclosure-file.h: a disclosure entry into the plan's file, with the
 * document it is for; the lock that keeps two processes from interleaving */
#pragma once

#include <gio/gio.h>

#include "hp-model.h"

G_BEGIN_DECLS

typedef struct _HpPlanLock HpPlanLock;

HpPlanLock             *hp_disclosure_lock_plan_file     (const char             *plan_path,
                                                          GError                **error);
void                    hp_disclosure_unlock_plan_file   (HpPlanLock             *lock);
char                   *hp_disclosure_resolve_plan_path  (const char             *plan_path);

gboolean                hp_disclosure_record_in_file     (const char             *plan_path,
                                                          HpDisclosure           *entry,
                                                          GBytes                **previous,
                                                          GError                **error);
gboolean                hp_disclosure_export             (const char             *plan_path,
                                                          HpDisclosure           *entry,
                                                          GBytes                 *document,
                                                          const char             *out_path,
                                                          GError                **error);

G_END_DECLS
