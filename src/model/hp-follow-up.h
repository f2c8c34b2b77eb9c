/* hp-follow-up.h: What happened afterwards. */
#pragma once

#include "hp-enums.h"
#include "hp-enum-types.h"
#include "hp-record.h"

G_BEGIN_DECLS

#define HP_TYPE_FOLLOW_UP (hp_follow_up_get_type ())
G_DECLARE_FINAL_TYPE (HpFollowUp, hp_follow_up, HP, FOLLOW_UP, HpRecord)

/* Read the fields directly; write them with g_object_set () so that the
 * change is notified (see hp-record.h). */
struct _HpFollowUp
{
  HpRecord parent_instance;

  HpOutcome outcome;
  char     *date;
  char     *items_returned;
  char     *incidents;
  gboolean  another_visit_needed;
  gboolean  documented;
  char     *note;
};

HpFollowUp *hp_follow_up_new              (void);
char       *hp_follow_up_summarize_items (GListModel *items);
gboolean    hp_follow_up_follow_items    (HpFollowUp *self,
                                          const char *previous,
                                          GListModel *items);

G_END_DECLS
