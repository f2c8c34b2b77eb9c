/* hp-measure.h: A safety measure with who is responsible for it. */
#pragma once

#include "hp-enums.h"
#include "hp-enum-types.h"
#include "hp-record.h"

G_BEGIN_DECLS

#define HP_TYPE_MEASURE (hp_measure_get_type ())
G_DECLARE_FINAL_TYPE (HpMeasure, hp_measure, HP, MEASURE, HpRecord)

/* Read the fields directly; write them with g_object_set () so that the
 * change is notified (see hp-record.h). */
struct _HpMeasure
{
  HpRecord parent_instance;

  char    *title;
  char    *responsible;
  gboolean done;
  char    *note;
};

HpMeasure *hp_measure_new (void);

G_END_DECLS
