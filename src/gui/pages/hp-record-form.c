/* hp-record-form.c: label and input for each field of a record */

#define G_LOG_DOMAIN "hp-record-form"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-page-util.h"
#include "hp-record-form.h"
#include "hp-record-form-private.h"

enum {
  PROP_0,
  PROP_RECORD_TYPE,
  PROP_PATH,
  PROP_FIELDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  MESSAGES_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (HpRecordForm, hp_record_form, GTK_TYPE_WIDGET)

/**
 * hp_record_form_lookup_field:
 * @record_type: an HpRecord subclass
 * @name: a field name, as a .ui file gives it
 *
 * Field names reach the forms as strings from the .ui files, where nothing
 * checks them: each is looked up here when its form or list is built, and
 * a name that is no simple field of @record_type (a typo) is reported with
 * g_critical(), which the tests make fatal.
 *
 * Returns: (nullable): the field
 */
const HpField *
hp_record_form_lookup_field (GType       record_type,
                             const char *name)
{
  g_autoptr(GTypeClass) klass = NULL;
  const HpField *field;

  g_return_val_if_fail (g_type_is_a (record_type, HP_TYPE_RECORD), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  klass = g_type_class_ref (record_type);
  field = hp_record_class_find_field (HP_RECORD_CLASS (klass), name);
  if (field == NULL || field->kind == HP_FIELD_RECORD || field->kind == HP_FIELD_LIST)
    {
      g_critical ("%s has no simple field “%s”", g_type_name (record_type), name);
      return NULL;
    }
  return field;
}

static void
hp_record_form_build (HpRecordForm *self)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (self->record_type);
  guint n_fields;
  const HpField *fields = hp_record_class_get_fields (HP_RECORD_CLASS (klass), &n_fields);
  int grid_row = 0;

  if (self->field_names == NULL)
    {
      for (guint i = 0; i < n_fields; i++)
        {
          /* Ids are the program's business, and records and lists get
           * their own widgets. */
          if (fields[i].kind == HP_FIELD_RECORD || fields[i].kind == HP_FIELD_LIST ||
              strcmp (fields[i].name, "id") == 0)
            continue;
          _hp_record_form_build_row (self, &fields[i], grid_row);
          grid_row += 2;
        }
      return;
    }

  for (guint i = 0; self->field_names[i] != NULL; i++)
    {
      const char *name = g_strstrip (self->field_names[i]);
      const HpField *field;

      if (*name == '\0')
        continue;
      field = hp_record_form_lookup_field (self->record_type, name);
      if (field == NULL)
        continue;
      _hp_record_form_build_row (self, field, grid_row);
      grid_row += 2;
    }
}

/* GObject and GtkWidget */

static void
hp_record_form_unbind (HpRecordForm *self)
{
  _hp_record_form_flush_pending (self);
  for (guint i = 0; i < self->bindings->len; i++)
    g_binding_unbind (g_ptr_array_index (self->bindings, i));
  g_ptr_array_set_size (self->bindings, 0);

  for (guint i = 0; i < self->rows->len; i++)
    {
      FieldRow *row = g_ptr_array_index (self->rows, i);

      if (row->notify_id != 0)
        g_clear_signal_handler (&row->notify_id, self->record);
    }
}

static void
hp_record_form_constructed (GObject *object)
{
  HpRecordForm *self = HP_RECORD_FORM (object);

  G_OBJECT_CLASS (hp_record_form_parent_class)->constructed (object);

  if (self->path != NULL)
    {
      const HpField *field = hp_plan_path_find_field (self->path);

      if (field == NULL || field->kind != HP_FIELD_RECORD)
        g_critical ("“%s” is not a record of a plan", self->path);
      else
        self->record_type = field->get_type ();
    }

  if (!g_type_is_a (self->record_type, HP_TYPE_RECORD))
    {
      g_critical ("HpRecordForm needs a record type or a path");
      return;
    }

  hp_record_form_build (self);
}

static void
hp_record_form_dispose (GObject *object)
{
  HpRecordForm *self = HP_RECORD_FORM (object);

  hp_record_form_unbind (self);
  g_clear_object (&self->record);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->grid, gtk_widget_unparent);
  g_clear_pointer (&self->popover, gtk_widget_unparent);
  self->calendar = NULL;
  self->calendar_row = NULL;

  G_OBJECT_CLASS (hp_record_form_parent_class)->dispose (object);
}

static void
hp_record_form_finalize (GObject *object)
{
  HpRecordForm *self = HP_RECORD_FORM (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->bindings, g_ptr_array_unref);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->field_names, g_strfreev);

  G_OBJECT_CLASS (hp_record_form_parent_class)->finalize (object);
}

static void
hp_record_form_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HpRecordForm *self = HP_RECORD_FORM (object);

  switch (prop_id)
    {
    case PROP_RECORD_TYPE:
      g_value_set_gtype (value, self->record_type);
      break;
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_FIELDS:
      g_value_set_boxed (value, self->field_names);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_record_form_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  HpRecordForm *self = HP_RECORD_FORM (object);

  switch (prop_id)
    {
    case PROP_RECORD_TYPE:
      self->record_type = g_value_get_gtype (value);
      break;
    case PROP_PATH:
      self->path = g_value_dup_string (value);
      break;
    case PROP_FIELDS:
      {
        const char * const *names = g_value_get_boxed (value);
        GStrvBuilder *builder = g_strv_builder_new ();

        /* GtkBuilder hands a list as one string per line. */
        for (guint i = 0; names != NULL && names[i] != NULL; i++)
          {
            g_auto(GStrv) lines = g_strsplit_set (names[i], "\n ,", -1);
            for (guint j = 0; lines[j] != NULL; j++)
              if (*lines[j] != '\0')
                g_strv_builder_add (builder, lines[j]);
          }
        self->field_names = names != NULL ? g_strv_builder_end (builder) : NULL;
        g_strv_builder_unref (builder);
      }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GtkSizeRequestMode
hp_record_form_get_request_mode (GtkWidget *widget)
{
  HpRecordForm *self = HP_RECORD_FORM (widget);

  return gtk_widget_get_request_mode (self->grid);
}

static void
hp_record_form_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  HpRecordForm *self = HP_RECORD_FORM (widget);

  gtk_widget_measure (self->grid, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
hp_record_form_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  HpRecordForm *self = HP_RECORD_FORM (widget);

  gtk_widget_allocate (self->grid, width, height, baseline, NULL);
  if (self->popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->popover));
}

static gboolean
hp_record_form_focus (GtkWidget        *widget,
                      GtkDirectionType  direction)
{
  HpRecordForm *self = HP_RECORD_FORM (widget);

  return gtk_widget_child_focus (self->grid, direction);
}

static void
hp_record_form_class_init (HpRecordFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hp_record_form_constructed;
  object_class->dispose = hp_record_form_dispose;
  object_class->finalize = hp_record_form_finalize;
  object_class->get_property = hp_record_form_get_property;
  object_class->set_property = hp_record_form_set_property;

  widget_class->get_request_mode = hp_record_form_get_request_mode;
  widget_class->measure = hp_record_form_measure;
  widget_class->size_allocate = hp_record_form_size_allocate;
  widget_class->focus = hp_record_form_focus;

  properties[PROP_RECORD_TYPE] =
    g_param_spec_gtype ("record-type", NULL, NULL, HP_TYPE_RECORD,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FIELDS] =
    g_param_spec_boxed ("fields", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HpRecordForm::messages-changed:
   *
   * A message under a field was shown or hidden, and the form needs more
   * or less height (a dialog grows with it).
   */
  signals[MESSAGES_CHANGED] = g_signal_new ("messages-changed", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                            G_TYPE_NONE, 0);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_css_name (widget_class, "hp-record-form");
}

static void
hp_record_form_init (HpRecordForm *self)
{
  self->record_type = G_TYPE_NONE;
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) _hp_field_row_free);
  self->bindings = g_ptr_array_new_with_free_func (g_object_unref);

  self->grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), 18);
  gtk_widget_set_parent (self->grid, GTK_WIDGET (self));
}

/**
 * hp_record_form_new:
 * @record_type: an HpRecord subclass
 * @fields: (nullable) (array zero-terminated=1): the fields to show, in
 *   order; %NULL for all simple fields but ids
 *
 * Returns: (transfer floating): a new form, editing nothing until
 * hp_record_form_set_record()
 */
GtkWidget *
hp_record_form_new (GType               record_type,
                    const char * const *fields)
{
  g_return_val_if_fail (g_type_is_a (record_type, HP_TYPE_RECORD), NULL);

  return g_object_new (HP_TYPE_RECORD_FORM,
                       "record-type", record_type,
                       "fields", fields,
                       NULL);
}

const char *
hp_record_form_get_path (HpRecordForm *self)
{
  g_return_val_if_fail (HP_IS_RECORD_FORM (self), NULL);

  return self->path;
}

GType
hp_record_form_get_record_type (HpRecordForm *self)
{
  g_return_val_if_fail (HP_IS_RECORD_FORM (self), G_TYPE_INVALID);

  return self->record_type;
}

/* Returns: (transfer none) (nullable): the record being edited */
HpRecord *
hp_record_form_get_record (HpRecordForm *self)
{
  g_return_val_if_fail (HP_IS_RECORD_FORM (self), NULL);

  return self->record;
}

/* A record of the plan is edited in place, and its typing is undone with
 * every other edit of the plan (win.undo, over one history): the input
 * keeps no undo of its own to take Ctrl+Z first.  A dialog's copy, which
 * belongs to no plan until it is accepted, keeps the input's own. */
static void
row_set_own_undo (FieldRow *row,
                  HpRecord *record)
{
  g_autoptr(HpRecord) parent = hp_record_get_parent (record);
  gboolean own = parent == NULL;

  if (GTK_IS_EDITABLE (row->editor))
    gtk_editable_set_enable_undo (GTK_EDITABLE (row->editor), own);
  else if (row->buffer != NULL)
    gtk_text_buffer_set_enable_undo (row->buffer, own);
}

/**
 * hp_record_form_set_record:
 * @record: (nullable): the record to edit, of the form's type
 * @plan: (nullable): the plan, for choices that name its children and
 *   contacts
 */
void
hp_record_form_set_record (HpRecordForm *self,
                           HpRecord     *record,
                           HpPlan       *plan)
{
  g_return_if_fail (HP_IS_RECORD_FORM (self));
  g_return_if_fail (record == NULL || g_type_is_a (G_OBJECT_TYPE (record), self->record_type));
  g_return_if_fail (plan == NULL || HP_IS_PLAN (plan));

  hp_record_form_unbind (self);
  g_set_object (&self->record, record);
  g_set_object (&self->plan, plan);
  if (self->popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->popover));

  for (guint i = 0; i < self->rows->len; i++)
    {
      FieldRow *row = g_ptr_array_index (self->rows, i);
      GBinding *binding = NULL;
      g_autofree char *signal = NULL;

      g_clear_pointer (&row->hard_error, g_free);
      g_clear_pointer (&row->soft_error, g_free);
      row->show_hard = TRUE;
      gtk_widget_set_sensitive (row->editor, record != NULL);

      if (record == NULL)
        {
          _hp_field_row_update_error (row);
          continue;
        }
      row_set_own_undo (row, record);

      if (row->is_reference)
        ;
      else if (row->field->kind == HP_FIELD_STRING)
        binding = g_object_bind_property (record, row->prop, row->editor, "text",
                                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
      else if (row->field->kind == HP_FIELD_BOOLEAN)
        binding = g_object_bind_property (record, row->prop, row->editor, "active",
                                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
      else if (row->field->kind == HP_FIELD_INT)
        binding = g_object_bind_property (record, row->prop, row->editor, "value",
                                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
      else if (row->field->kind == HP_FIELD_ENUM)
        binding = g_object_bind_property_full (record, row->prop, row->editor, "selected",
                                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                               _hp_enum_to_selected, _hp_selected_to_enum,
                                               NULL, NULL);

      if (binding != NULL)
        {
          g_ptr_array_add (self->bindings, g_object_ref (binding));
          if (_hp_field_row_uses_entry (row))
            {
              _hp_field_row_entry_changed (GTK_EDITABLE (row->editor), row);
              /* An empty required field says so once the user has been
               * there, not as soon as a new record opens. */
              if (*gtk_editable_get_text (GTK_EDITABLE (row->editor)) == '\0')
                row->show_hard = FALSE;
              _hp_field_row_update_error (row);
            }
          continue;
        }

      signal = g_strconcat ("notify::", row->prop, NULL);
      row->notify_id = g_signal_connect (record, signal, G_CALLBACK (_hp_field_row_record_notify), row);
      _hp_field_row_sync_from_model (row);
      if (_hp_field_row_uses_entry (row))
        _hp_field_row_entry_changed (GTK_EDITABLE (row->editor), row);
      row->show_hard = TRUE;
      _hp_field_row_update_error (row);
    }

  _hp_record_form_check_rules (self);
}

void
hp_record_form_set_activates_default (HpRecordForm *self,
                                      gboolean      activates)
{
  g_return_if_fail (HP_IS_RECORD_FORM (self));

  self->activates_default = activates;
  for (guint i = 0; i < self->rows->len; i++)
    {
      FieldRow *row = g_ptr_array_index (self->rows, i);

      if (GTK_IS_ENTRY (row->editor))
        gtk_entry_set_activates_default (GTK_ENTRY (row->editor), activates);
    }
}

gboolean
hp_record_form_has_field (HpRecordForm *self,
                          const char   *field)
{
  g_return_val_if_fail (HP_IS_RECORD_FORM (self), FALSE);
  g_return_val_if_fail (field != NULL, FALSE);

  return _hp_record_form_find_row (self, field) != NULL;
}

/* Returns: (transfer none) (nullable): the input of @field */
GtkWidget *
hp_record_form_get_editor (HpRecordForm *self,
                           const char   *field)
{
  FieldRow *row;

  g_return_val_if_fail (HP_IS_RECORD_FORM (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  row = _hp_record_form_find_row (self, field);
  return row != NULL ? row->editor : NULL;
}

gboolean
hp_record_form_focus_field (HpRecordForm *self,
                            const char   *field)
{
  GtkWidget *editor;

  g_return_val_if_fail (HP_IS_RECORD_FORM (self), FALSE);

  editor = hp_record_form_get_editor (self, field);
  if (editor == NULL)
    return FALSE;
  return hp_widget_focus_input (editor);
}

/**
 * hp_record_form_get_error:
 *
 * Returns: (nullable): the reason shown below the input of @field, if any
 */
const char *
hp_record_form_get_error (HpRecordForm *self,
                          const char   *field)
{
  FieldRow *row;

  g_return_val_if_fail (HP_IS_RECORD_FORM (self), NULL);

  row = _hp_record_form_find_row (self, field);
  if (row == NULL || !gtk_widget_get_visible (row->error))
    return NULL;
  return gtk_label_get_text (GTK_LABEL (row->error));
}

/**
 * hp_record_form_get_invalid_field:
 * @message: (out) (optional) (transfer none): the reason
 *
 * Returns: (nullable): the name of the first field whose input holds text
 * that is not in the record, because it is invalid, or that must be filled
 * in and is empty
 */
const char *
hp_record_form_get_invalid_field (HpRecordForm  *self,
                                  const char   **message)
{
  g_return_val_if_fail (HP_IS_RECORD_FORM (self), NULL);

  _hp_record_form_flush_pending (self);
  for (guint i = 0; i < self->rows->len; i++)
    {
      FieldRow *row = g_ptr_array_index (self->rows, i);

      if (row->hard_error != NULL)
        {
          if (message != NULL)
            *message = row->hard_error;
          return row->field->name;
        }
    }
  return NULL;
}

/* Shows every reason at once, also for inputs the user has not left yet. */
void
hp_record_form_show_errors (HpRecordForm *self)
{
  g_return_if_fail (HP_IS_RECORD_FORM (self));

  for (guint i = 0; i < self->rows->len; i++)
    {
      FieldRow *row = g_ptr_array_index (self->rows, i);

      row->show_hard = TRUE;
      _hp_field_row_update_error (row);
    }
}
