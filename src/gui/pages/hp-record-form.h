/* hp-record-form.h: label and input for each field of a record
 *
 * The form is built from the model's field table, so a field added to the
 * model gets an input without more code.  Typed values go to the record
 * through its properties; changes to the record show in the inputs.
 *
 * Invalid input: a date, time or personnummer that is not valid is NOT
 * written to the record (the file loader would refuse the plan, and the
 * work in every other field would be lost with it).  It stays in the input
 * exactly as typed, with the reason shown below it, and the record keeps
 * its last valid value until the text is corrected.
 * hp_record_form_get_invalid_field() tells which input holds such text, so
 * that a dialog can refuse OK and the window can warn before saving.
 * Values that are each valid but do not fit together (a visit that ends
 * before it starts) are written, and the form shows the reason.  Both kinds
 * of rule are the model's (hp-record-rules.h); the form only shows them.
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-model.h"

G_BEGIN_DECLS

#define HP_TYPE_RECORD_FORM (hp_record_form_get_type ())
G_DECLARE_FINAL_TYPE (HpRecordForm, hp_record_form, HP, RECORD_FORM, GtkWidget)

GtkWidget  *hp_record_form_new                   (GType               record_type,
                                                  const char * const *fields);
const HpField *hp_record_form_lookup_field       (GType               record_type,
                                                  const char         *name);
const char *hp_record_form_get_path              (HpRecordForm       *self);
GType       hp_record_form_get_record_type       (HpRecordForm       *self);
HpRecord   *hp_record_form_get_record            (HpRecordForm       *self);
void        hp_record_form_set_record            (HpRecordForm       *self,
                                                  HpRecord           *record,
                                                  HpPlan             *plan);
void        hp_record_form_set_activates_default (HpRecordForm       *self,
                                                  gboolean            activates);
gboolean    hp_record_form_has_field             (HpRecordForm       *self,
                                                  const char         *field);
GtkWidget  *hp_record_form_get_editor            (HpRecordForm       *self,
                                                  const char         *field);
gboolean    hp_record_form_focus_field           (HpRecordForm       *self,
                                                  const char         *field);
const char *hp_record_form_get_error             (HpRecordForm       *self,
                                                  const char         *field);
const char *hp_record_form_get_invalid_field     (HpRecordForm       *self,
                                                  const char        **message);
void        hp_record_form_show_errors           (HpRecordForm       *self);
void        hp_record_form_pick_date             (HpRecordForm       *self,
                                                  const char         *field,
                                                  GDateTime          *date);

G_END_DECLS
