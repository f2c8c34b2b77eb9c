/* hp-visit.h: One visit to fetch belongings. */
#pragma once

#include "hp-enums.h"
#include "hp-enum-types.h"
#include "hp-record.h"

G_BEGIN_DECLS

#define HP_TYPE_VISIT (hp_visit_get_type ())
G_DECLARE_FINAL_TYPE (HpVisit, hp_visit, HP, VISIT, HpRecord)

/* Read the fields directly; write them with g_object_set () so that the
 * change is notified (see hp-record.h). */
struct _HpVisit
{
  HpRecord parent_instance;

  char         *date;
  char         *start_time;
  char         *end_time;
  int           time_limit_minutes;
  char         *place;
  char         *participants;
  char         *check_in_time;
  char         *check_out_time;
  char         *code_word;
  char         *parking;
  char         *way_out;
  HpVisitStatus status;
  char         *outcome;
};

HpVisit *hp_visit_new (void);

G_END_DECLS
