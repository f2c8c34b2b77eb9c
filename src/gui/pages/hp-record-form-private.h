/* hp-record-form-private.h: between the files of the record form */
#pragma once

#include "hp-record-form.h"

G_BEGIN_DECLS

typedef struct _FieldRow FieldRow;

struct _HpRecordForm
{
  GtkWidget      parent_instance;

  GtkWidget     *grid;
  GtkWidget     *popover;
  GtkWidget     *calendar;
  FieldRow      *calendar_row;

  GType          record_type;
  char          *path;
  GStrv          field_names;
  GPtrArray     *rows;        /* FieldRow */

  HpRecord      *record;
  HpPlan        *plan;
  GPtrArray     *bindings;    /* GBinding, one ref each */
  gboolean       activates_default;
};

struct _FieldRow
{
  HpRecordForm  *form;
  const HpField *field;
  char          *prop;
  gboolean       is_reference;

  GtkWidget     *label;       /* NULL for a check button, which carries its own */
  GtkWidget     *editor;      /* the widget that takes the focus */
  GtkWidget     *error;
  GtkTextBuffer *buffer;      /* TEXT */
  GtkEventController *focus;  /* entries */
  GPtrArray     *ref_ids;     /* reference choices: the id behind each position */

  gulong         notify_id;
  guint          clear_id;    /* emptied: stored unless more text follows */
  gboolean       updating;    /* writing model -> widget: do not write back */
  char          *hard_error;  /* the typed text is not in the record */
  char          *soft_error;  /* in the record, but does not fit */
  gboolean       show_hard;   /* the user has left the input, or pressed Enter */
};

void      _hp_field_row_free             (FieldRow       *row);
FieldRow *_hp_record_form_find_row       (HpRecordForm   *self,
                                          const char     *name);
gboolean  _hp_field_row_uses_entry       (FieldRow       *row);
void      _hp_field_row_update_error     (FieldRow       *row);
void      _hp_record_form_flush_pending  (HpRecordForm   *self);
void      _hp_field_row_entry_changed    (GtkEditable    *editable,
                                          FieldRow       *row);
void      _hp_field_row_sync_from_model  (FieldRow       *row);
void      _hp_field_row_record_notify    (HpRecord       *record,
                                          GParamSpec     *pspec,
                                          FieldRow       *row);
void      _hp_record_form_check_rules    (HpRecordForm   *self);
void      _hp_record_form_build_row      (HpRecordForm   *self,
                                          const HpField  *field,
                                          int             grid_row);
gboolean  _hp_enum_to_selected           (GBinding       *binding,
                                          const GValue   *from,
                                          GValue         *to,
                                          gpointer        user_data);
gboolean  _hp_selected_to_enum           (GBinding       *binding,
                                          const GValue   *from,
                                          GValue         *to,
                                          gpointer        user_data);
void      _hp_field_row_open_calendar    (GtkButton      *button,
                                          FieldRow       *row);

G_END_DECLS
