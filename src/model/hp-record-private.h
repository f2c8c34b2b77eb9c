/* hp-record-private.h: reaching a field's value from its table entry,
 * for the files of HpRecord (hp-record.c, hp-record-values.c) */
#pragma once

#include "hp-record.h"

#define FIELD_PTR(self, field) ((gpointer) (((guint8 *) (self)) + (field)->offset))
#define FIELD_STR(self, field) (*(char **) FIELD_PTR (self, field))
#define FIELD_INT(self, field) (*(int *) FIELD_PTR (self, field))
#define FIELD_OBJ(self, field) (*(GObject **) FIELD_PTR (self, field))
