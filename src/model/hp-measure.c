/* hp-measure.c: A safety measure with who is responsible for it. */

#define G_LOG_DOMAIN "hp-measure"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-measure.h"

G_DEFINE_FINAL_TYPE (HpMeasure, hp_measure, HP_TYPE_RECORD)

static const HpField measure_fields[] = {
  { "title", HP_FIELD_STRING, G_STRUCT_OFFSET (HpMeasure, title), NULL,
    N_("Measure"), HP_FIELD_FLAG_REQUIRED | HP_FIELD_FLAG_NOT_EMPTY, 0, 0 },
  { "responsible", HP_FIELD_STRING, G_STRUCT_OFFSET (HpMeasure, responsible), NULL,
    N_("Responsible"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "done", HP_FIELD_BOOLEAN, G_STRUCT_OFFSET (HpMeasure, done), NULL,
    N_("Done"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "note", HP_FIELD_STRING, G_STRUCT_OFFSET (HpMeasure, note), NULL,
    N_("Note"), HP_FIELD_FLAG_NONE, 0, 0 },
};

static void
hp_measure_class_init (HpMeasureClass *klass)
{
  hp_record_class_install_fields (HP_RECORD_CLASS (klass), measure_fields, G_N_ELEMENTS (measure_fields));
}

static void
hp_measure_init (HpMeasure *self)
{
}

/**
 * hp_measure_new:
 *
 * Returns: (transfer full): a new, empty measure
 */
HpMeasure *
hp_measure_new (void)
{
  return g_object_new (HP_TYPE_MEASURE, NULL);
}
