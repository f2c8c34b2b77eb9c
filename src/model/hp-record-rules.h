/* hp-record-rules.h: the rules a record's values keep
 *
 * One home for them: the plan file's loader, the catalogue's loader and the
 * forms all ask here whether a value may stand in a field, and get the same
 * answer in the same words.  The messages never quote a personal value: a
 * value is quoted only when it has the shape the field expects (see
 * hp_value_shown()), a personnummer never.  They name no field or member:
 * the caller puts the path ("items[3].priority: ") or the input in front.
 *
 * The rules between two fields of a record (a visit that ends before it
 * starts) are listed by each record class beside its field table.
 */
#pragma once

#include "hp-record.h"

G_BEGIN_DECLS

/* One field's value */
gboolean             hp_field_check_text            (const HpField       *field,
                                                     const char          *text,
                                                     GError             **error);
gboolean             hp_field_check_int             (const HpField       *field,
                                                     gint64               value,
                                                     GError             **error);
gboolean             hp_enum_check_nick             (GType                enum_type,
                                                     const char          *nick,
                                                     int                 *value,
                                                     GError             **error);

/* Fields that must fit together */
void                 hp_record_class_install_rules  (HpRecordClass       *klass,
                                                     const HpRecordRule  *rules,
                                                     guint                n_rules);
const HpRecordRule  *hp_record_get_rules            (HpRecord            *self,
                                                     guint               *n_rules);
gboolean             hp_record_rule_holds           (HpRecord            *self,
                                                     const HpRecordRule  *rule);
const HpField       *hp_record_check_rules          (HpRecord            *self,
                                                     const char         **message);

G_END_DECLS
