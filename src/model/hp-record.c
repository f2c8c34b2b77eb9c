/* hp-record.c: a GObject whose properties are described by a field table */

#define G_LOG_DOMAIN "hp-record"

#include "config.h"

#include <string.h>

#include "hp-list-shadow.h"
#include "hp-record-private.h"

/* One list field of a record, watched: its shadow knows what went at each
 * change (hp-list-shadow.h). */
typedef struct
{
  HpRecord      *owner;
  const HpField *field;
  HpListShadow  *shadow;
} ListWatch;

typedef struct
{
  GWeakRef   parent;
  GPtrArray *extras;   /* name, json text, name, json text ... */
  GPtrArray *watches;  /* ListWatch, one per list field */
} HpRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (HpRecord, hp_record, G_TYPE_OBJECT)

enum {
  CHANGED,
  EDIT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

gboolean
hp_field_is_string (const HpField *field)
{
  switch (field->kind)
    {
    case HP_FIELD_STRING:
    case HP_FIELD_TEXT:
    case HP_FIELD_DATE:
    case HP_FIELD_TIME:
    case HP_FIELD_ID_NUMBER:
      return TRUE;
    case HP_FIELD_BOOLEAN:
    case HP_FIELD_INT:
    case HP_FIELD_ENUM:
    case HP_FIELD_RECORD:
    case HP_FIELD_LIST:
    default:
      return FALSE;
    }
}

/**
 * hp_field_property_name:
 *
 * Returns: (transfer full): the GObject property name of @field
 * ("needed_by" gives "needed-by").
 */
char *
hp_field_property_name (const HpField *field)
{
  char *name = g_strdup (field->name);

  for (char *p = name; *p; p++)
    if (*p == '_')
      *p = '-';
  return name;
}

static void
hp_record_emit_changed (HpRecord *self)
{
  HpRecordPrivate *priv = hp_record_get_instance_private (self);
  g_autoptr(HpRecord) parent = NULL;

  g_signal_emit (self, signals[CHANGED], 0);

  parent = g_weak_ref_get (&priv->parent);
  if (parent != NULL)
    hp_record_emit_changed (parent);
}

/* On @self and every record above it, as "changed" goes. */
static void
hp_record_emit_edit (HpRecord     *self,
                     const HpEdit *edit)
{
  g_autoptr(HpRecord) record = g_object_ref (self);

  while (record != NULL)
    {
      HpRecordPrivate *priv = hp_record_get_instance_private (record);
      HpRecord *parent = g_weak_ref_get (&priv->parent);

      g_signal_emit (record, signals[EDIT], 0, edit);
      g_object_unref (record);
      record = parent;
    }
}

static void
hp_record_emit_group (HpRecord   *self,
                      HpEditKind  kind)
{
  HpEdit edit = { .kind = kind, .record = self };

  hp_record_emit_edit (self, &edit);
}

/**
 * hp_record_begin_group:
 *
 * Tells whoever follows the edits of @self or of a record above it (an
 * undo history on the plan, hp-history.h) that the edits up to the
 * matching hp_record_end_group() are one change for the user: undone and
 * redone as one.  Groups nest; only the outermost counts.  For example,
 * setting the status of several items at once:
 *
 *   hp_record_begin_group (HP_RECORD (plan));
 *   for (...) g_object_set (item, "status", status, NULL);
 *   hp_record_end_group (HP_RECORD (plan));
 *
 * Begin and end on the same record.  Changes nothing by itself.
 */
void
hp_record_begin_group (HpRecord *self)
{
  g_return_if_fail (HP_IS_RECORD (self));

  hp_record_emit_group (self, HP_EDIT_GROUP_BEGIN);
}

void
hp_record_end_group (HpRecord *self)
{
  g_return_if_fail (HP_IS_RECORD (self));

  hp_record_emit_group (self, HP_EDIT_GROUP_END);
}

static void
hp_record_set_parent (HpRecord *self,
                      HpRecord *parent)
{
  HpRecordPrivate *priv = hp_record_get_instance_private (self);

  g_weak_ref_set (&priv->parent, parent);
}

/**
 * hp_record_get_parent:
 *
 * Returns: (transfer full) (nullable): the record or list owner that holds
 * @self, if any.
 */
HpRecord *
hp_record_get_parent (HpRecord *self)
{
  HpRecordPrivate *priv;

  g_return_val_if_fail (HP_IS_RECORD (self), NULL);

  priv = hp_record_get_instance_private (self);
  return g_weak_ref_get (&priv->parent);
}

static void
on_list_items_changed (GListModel *list,
                       guint       position,
                       guint       removed,
                       guint       added,
                       ListWatch  *watch)
{
  HpRecord *self = watch->owner;
  g_autoptr(GPtrArray) gone = hp_list_shadow_follow (watch->shadow, position, removed, added);
  HpEdit edit = {
    .kind = HP_EDIT_LIST,
    .record = self,
    .field = watch->field,
    .position = position,
    .removed = (HpRecord **) gone->pdata,
    .n_removed = gone->len,
    .n_added = added,
  };

  /* A record that left the list is no longer part of the plan: its edits
   * (while an undo history holds it, say) are nobody's.  One that moved
   * comes back just below. */
  for (guint i = 0; i < gone->len; i++)
    {
      g_autoptr(HpRecord) parent = hp_record_get_parent (g_ptr_array_index (gone, i));

      if (parent == self)
        hp_record_set_parent (g_ptr_array_index (gone, i), NULL);
    }
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(HpRecord) child = g_list_model_get_item (list, i);
      hp_record_set_parent (child, self);
    }

  hp_record_emit_edit (self, &edit);
  hp_record_emit_changed (self);
}

static void
list_watch_free (gpointer data)
{
  ListWatch *watch = data;

  hp_list_shadow_free (watch->shadow);
  g_free (watch);
}

static void
hp_record_dispatch_properties_changed (GObject     *object,
                                       guint        n_pspecs,
                                       GParamSpec **pspecs)
{
  G_OBJECT_CLASS (hp_record_parent_class)->dispatch_properties_changed (object, n_pspecs, pspecs);

  hp_record_emit_changed (HP_RECORD (object));
}

static const HpField *
field_for_pspec (GParamSpec *pspec,
                 guint       prop_id)
{
  HpRecordClass *owner = g_type_class_peek (pspec->owner_type);

  g_assert (owner != NULL);
  g_assert (prop_id >= 1 && prop_id <= owner->n_fields);

  return &owner->fields[prop_id - 1];
}

static void
hp_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  const HpField *field = field_for_pspec (pspec, prop_id);

  switch (field->kind)
    {
    case HP_FIELD_STRING:
    case HP_FIELD_TEXT:
    case HP_FIELD_DATE:
    case HP_FIELD_TIME:
    case HP_FIELD_ID_NUMBER:
      g_value_set_string (value, FIELD_STR (object, field));
      break;
    case HP_FIELD_BOOLEAN:
      g_value_set_boolean (value, FIELD_INT (object, field));
      break;
    case HP_FIELD_INT:
      g_value_set_int (value, FIELD_INT (object, field));
      break;
    case HP_FIELD_ENUM:
      g_value_set_enum (value, FIELD_INT (object, field));
      break;
    case HP_FIELD_RECORD:
    case HP_FIELD_LIST:
      g_value_set_object (value, FIELD_OBJ (object, field));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_record_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  HpRecord *self = HP_RECORD (object);
  const HpField *field = field_for_pspec (pspec, prop_id);

  switch (field->kind)
    {
    case HP_FIELD_STRING:
    case HP_FIELD_TEXT:
    case HP_FIELD_DATE:
    case HP_FIELD_TIME:
    case HP_FIELD_ID_NUMBER:
      hp_record_set_string (self, field, g_value_get_string (value));
      break;
    case HP_FIELD_BOOLEAN:
      hp_record_set_int (self, field, g_value_get_boolean (value) ? 1 : 0);
      break;
    case HP_FIELD_INT:
      hp_record_set_int (self, field, g_value_get_int (value));
      break;
    case HP_FIELD_ENUM:
      hp_record_set_int (self, field, g_value_get_enum (value));
      break;
    case HP_FIELD_RECORD:
    case HP_FIELD_LIST:
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_record_dispose (GObject *object)
{
  HpRecord *self = HP_RECORD (object);
  HpRecordPrivate *priv = hp_record_get_instance_private (self);
  guint n_fields;
  const HpField *fields = hp_record_get_fields (self, &n_fields);

  for (guint i = 0; priv->watches != NULL && i < priv->watches->len; i++)
    {
      ListWatch *watch = g_ptr_array_index (priv->watches, i);

      g_signal_handlers_disconnect_by_data (FIELD_OBJ (self, watch->field), watch);
    }
  g_clear_pointer (&priv->watches, g_ptr_array_unref);

  for (guint i = 0; i < n_fields; i++)
    {
      const HpField *field = &fields[i];

      if (field->kind == HP_FIELD_RECORD || field->kind == HP_FIELD_LIST)
        g_clear_object ((GObject **) FIELD_PTR (self, field));
    }

  G_OBJECT_CLASS (hp_record_parent_class)->dispose (object);
}

static void
hp_record_finalize (GObject *object)
{
  HpRecord *self = HP_RECORD (object);
  HpRecordPrivate *priv = hp_record_get_instance_private (self);
  guint n_fields;
  const HpField *fields = hp_record_get_fields (self, &n_fields);

  for (guint i = 0; i < n_fields; i++)
    if (hp_field_is_string (&fields[i]))
      g_clear_pointer ((char **) FIELD_PTR (self, &fields[i]), g_free);

  g_weak_ref_clear (&priv->parent);
  g_clear_pointer (&priv->extras, g_ptr_array_unref);

  G_OBJECT_CLASS (hp_record_parent_class)->finalize (object);
}

static void hp_record_constructed (GObject *object);

static void
hp_record_class_init (HpRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = hp_record_get_property;
  object_class->set_property = hp_record_set_property;
  object_class->dispose = hp_record_dispose;
  object_class->finalize = hp_record_finalize;
  object_class->constructed = hp_record_constructed;
  object_class->dispatch_properties_changed = hp_record_dispatch_properties_changed;

  /**
   * HpRecord::changed:
   *
   * Emitted once for every edit of this record or of any record below it,
   * including lists growing or shrinking.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * HpRecord::edit:
   * @edit: (type gpointer): the const HpEdit *, valid while the signal runs
   *
   * Emitted for every edit of this record or of any record below it, with
   * what changed (HpEdit), before "changed"; and around a group of edits
   * that are one change (hp_record_begin_group()).  Not for values set by
   * a loader (hp_record_init_string()).
   */
  signals[EDIT] =
    g_signal_new ("edit",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_POINTER);
}

static void
hp_record_init (HpRecord *self)
{
  HpRecordPrivate *priv = hp_record_get_instance_private (self);

  g_weak_ref_init (&priv->parent, NULL);
}

/* Fields are set up here, not in init: while a parent type's init runs,
 * GObject shows the instance as of the parent's class, which has no fields. */
static void
hp_record_constructed (GObject *object)
{
  HpRecord *self = HP_RECORD (object);
  HpRecordPrivate *priv = hp_record_get_instance_private (self);
  HpRecordClass *klass = HP_RECORD_GET_CLASS (self);

  G_OBJECT_CLASS (hp_record_parent_class)->constructed (object);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const HpField *field = &klass->fields[i];

      switch (field->kind)
        {
        case HP_FIELD_STRING:
        case HP_FIELD_TEXT:
        case HP_FIELD_DATE:
        case HP_FIELD_TIME:
        case HP_FIELD_ID_NUMBER:
          FIELD_STR (self, field) = g_strdup ("");
          break;
        case HP_FIELD_INT:
          FIELD_INT (self, field) = field->min;
          break;
        case HP_FIELD_BOOLEAN:
        case HP_FIELD_ENUM:
          /* The first value of every enum is its default. */
          FIELD_INT (self, field) = 0;
          break;
        case HP_FIELD_RECORD:
          FIELD_OBJ (self, field) = g_object_new (field->get_type (), NULL);
          hp_record_set_parent (HP_RECORD (FIELD_OBJ (self, field)), self);
          break;
        case HP_FIELD_LIST:
          {
            ListWatch *watch = g_new0 (ListWatch, 1);

            FIELD_OBJ (self, field) = G_OBJECT (g_list_store_new (field->get_type ()));
            watch->owner = self;
            watch->field = field;
            watch->shadow = hp_list_shadow_new (G_LIST_MODEL (FIELD_OBJ (self, field)));
            if (priv->watches == NULL)
              priv->watches = g_ptr_array_new_with_free_func (list_watch_free);
            g_ptr_array_add (priv->watches, watch);
            g_signal_connect (FIELD_OBJ (self, field), "items-changed",
                              G_CALLBACK (on_list_items_changed), watch);
          }
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

/**
 * hp_record_class_install_fields:
 * @klass: the class, in its class_init
 * @fields: (array length=n_fields): a static table
 *
 * Installs one property per field.  Property ids are the table's indexes + 1.
 */
void
hp_record_class_install_fields (HpRecordClass *klass,
                                const HpField *fields,
                                guint          n_fields)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  g_return_if_fail (HP_IS_RECORD_CLASS (klass));
  g_return_if_fail (klass->fields == NULL);

  /* GObject does not inherit these two: each class that installs
   * properties names its own. */
  object_class->get_property = hp_record_get_property;
  object_class->set_property = hp_record_set_property;

  klass->fields = fields;
  klass->n_fields = n_fields;
  klass->pspecs = g_new0 (GParamSpec *, n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      const HpField *field = &fields[i];
      g_autofree char *prop = hp_field_property_name (field);
      const char *name = g_intern_string (prop);
      GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
      GParamSpec *pspec;

      switch (field->kind)
        {
        case HP_FIELD_STRING:
        case HP_FIELD_TEXT:
        case HP_FIELD_DATE:
        case HP_FIELD_TIME:
        case HP_FIELD_ID_NUMBER:
          pspec = g_param_spec_string (name, NULL, NULL, "", flags);
          break;
        case HP_FIELD_BOOLEAN:
          pspec = g_param_spec_boolean (name, NULL, NULL, FALSE, flags);
          break;
        case HP_FIELD_INT:
          pspec = g_param_spec_int (name, NULL, NULL, field->min, field->max, field->min, flags);
          break;
        case HP_FIELD_ENUM:
          pspec = g_param_spec_enum (name, NULL, NULL, field->get_type (), 0, flags);
          break;
        case HP_FIELD_RECORD:
          pspec = g_param_spec_object (name, NULL, NULL, field->get_type (),
                                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
          break;
        case HP_FIELD_LIST:
          pspec = g_param_spec_object (name, NULL, NULL, G_TYPE_LIST_STORE,
                                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
          break;
        default:
          g_assert_not_reached ();
        }

      klass->pspecs[i] = pspec;
      g_object_class_install_property (object_class, i + 1, pspec);
    }
}

/**
 * hp_record_class_get_fields:
 *
 * Returns: (transfer none) (array length=n_fields): the field table
 */
const HpField *
hp_record_class_get_fields (HpRecordClass *klass,
                            guint         *n_fields)
{
  g_return_val_if_fail (HP_IS_RECORD_CLASS (klass), NULL);

  if (n_fields != NULL)
    *n_fields = klass->n_fields;
  return klass->fields;
}

const HpField *
hp_record_class_find_field (HpRecordClass *klass,
                            const char    *name)
{
  g_return_val_if_fail (HP_IS_RECORD_CLASS (klass), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < klass->n_fields; i++)
    if (strcmp (klass->fields[i].name, name) == 0)
      return &klass->fields[i];
  return NULL;
}

const HpField *
hp_record_get_fields (HpRecord *self,
                      guint    *n_fields)
{
  return hp_record_class_get_fields (HP_RECORD_GET_CLASS (self), n_fields);
}

const HpField *
hp_record_find_field (HpRecord   *self,
                      const char *name)
{
  return hp_record_class_find_field (HP_RECORD_GET_CLASS (self), name);
}

static GParamSpec *
pspec_for_field (HpRecord      *self,
                 const HpField *field)
{
  HpRecordClass *klass = HP_RECORD_GET_CLASS (self);

  g_assert (field >= klass->fields && field < klass->fields + klass->n_fields);
  return klass->pspecs[field - klass->fields];
}

const char *
hp_record_get_string (HpRecord      *self,
                      const HpField *field)
{
  g_return_val_if_fail (HP_IS_RECORD (self), NULL);
  g_return_val_if_fail (field != NULL && hp_field_is_string (field), NULL);

  return FIELD_STR (self, field);
}

void
hp_record_set_string (HpRecord      *self,
                      const HpField *field,
                      const char    *value)
{
  char **slot;
  g_autofree char *old = NULL;
  HpEdit edit = { .kind = HP_EDIT_FIELD, .record = self, .field = field };

  g_return_if_fail (HP_IS_RECORD (self));
  g_return_if_fail (field != NULL && hp_field_is_string (field));

  if (value == NULL)
    value = "";

  slot = (char **) FIELD_PTR (self, field);
  if (g_strcmp0 (*slot, value) == 0)
    return;

  old = g_steal_pointer (slot);
  *slot = g_strdup (value);
  edit.old_string = old;
  edit.new_string = *slot;
  hp_record_emit_edit (self, &edit);
  g_object_notify_by_pspec (G_OBJECT (self), pspec_for_field (self, field));
}

int
hp_record_get_int (HpRecord      *self,
                   const HpField *field)
{
  g_return_val_if_fail (HP_IS_RECORD (self), 0);
  g_return_val_if_fail (field != NULL, 0);
  g_return_val_if_fail (field->kind == HP_FIELD_INT || field->kind == HP_FIELD_ENUM ||
                        field->kind == HP_FIELD_BOOLEAN, 0);

  return FIELD_INT (self, field);
}

void
hp_record_set_int (HpRecord      *self,
                   const HpField *field,
                   int            value)
{
  HpEdit edit = { .kind = HP_EDIT_FIELD, .record = self, .field = field };

  g_return_if_fail (HP_IS_RECORD (self));
  g_return_if_fail (field != NULL);
  g_return_if_fail (field->kind == HP_FIELD_INT || field->kind == HP_FIELD_ENUM ||
                    field->kind == HP_FIELD_BOOLEAN);

  if (field->kind == HP_FIELD_BOOLEAN)
    value = value ? 1 : 0;
  else if (field->kind == HP_FIELD_INT)
    value = CLAMP (value, field->min, field->max);

  if (FIELD_INT (self, field) == value)
    return;

  edit.old_int = FIELD_INT (self, field);
  edit.new_int = value;
  FIELD_INT (self, field) = value;
  hp_record_emit_edit (self, &edit);
  g_object_notify_by_pspec (G_OBJECT (self), pspec_for_field (self, field));
}

/**
 * hp_record_init_string:
 * @value: (transfer full): the new value
 *
 * Sets a string field without notifying anyone: only for a record that is
 * being built and has no observers yet (the file loader).
 */
void
hp_record_init_string (HpRecord      *self,
                       const HpField *field,
                       char          *value)
{
  char **slot;

  g_return_if_fail (HP_IS_RECORD (self));
  g_return_if_fail (field != NULL && hp_field_is_string (field));
  g_return_if_fail (value != NULL);

  slot = (char **) FIELD_PTR (self, field);
  g_free (*slot);
  *slot = value;
}

/**
 * hp_record_init_int:
 *
 * Sets an int, enum or boolean field without notifying anyone; see
 * hp_record_init_string().
 */
void
hp_record_init_int (HpRecord      *self,
                    const HpField *field,
                    int            value)
{
  g_return_if_fail (HP_IS_RECORD (self));
  g_return_if_fail (field != NULL);
  g_return_if_fail (field->kind == HP_FIELD_INT || field->kind == HP_FIELD_ENUM ||
                    field->kind == HP_FIELD_BOOLEAN);

  FIELD_INT (self, field) = value;
}

/**
 * hp_record_get_record:
 *
 * Returns: (transfer none): the child record held in @field
 */
HpRecord *
hp_record_get_record (HpRecord      *self,
                      const HpField *field)
{
  g_return_val_if_fail (HP_IS_RECORD (self), NULL);
  g_return_val_if_fail (field != NULL && field->kind == HP_FIELD_RECORD, NULL);

  return HP_RECORD (FIELD_OBJ (self, field));
}

/**
 * hp_record_get_list:
 *
 * Returns: (transfer none): the list held in @field
 */
GListStore *
hp_record_get_list (HpRecord      *self,
                    const HpField *field)
{
  g_return_val_if_fail (HP_IS_RECORD (self), NULL);
  g_return_val_if_fail (field != NULL && field->kind == HP_FIELD_LIST, NULL);

  return G_LIST_STORE (FIELD_OBJ (self, field));
}

void
hp_record_add_extra (HpRecord   *self,
                     const char *name,
                     const char *json_text)
{
  HpRecordPrivate *priv;

  g_return_if_fail (HP_IS_RECORD (self));
  g_return_if_fail (name != NULL && json_text != NULL);

  priv = hp_record_get_instance_private (self);
  if (priv->extras == NULL)
    priv->extras = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (priv->extras, g_strdup (name));
  g_ptr_array_add (priv->extras, g_strdup (json_text));
}

guint
hp_record_get_n_extras (HpRecord *self)
{
  HpRecordPrivate *priv;

  g_return_val_if_fail (HP_IS_RECORD (self), 0);

  priv = hp_record_get_instance_private (self);
  return priv->extras != NULL ? priv->extras->len / 2 : 0;
}

void
hp_record_get_extra (HpRecord    *self,
                     guint        index,
                     const char **name,
                     const char **json_text)
{
  HpRecordPrivate *priv;

  g_return_if_fail (HP_IS_RECORD (self));
  g_return_if_fail (index < hp_record_get_n_extras (self));

  priv = hp_record_get_instance_private (self);
  if (name != NULL)
    *name = g_ptr_array_index (priv->extras, index * 2);
  if (json_text != NULL)
    *json_text = g_ptr_array_index (priv->extras, index * 2 + 1);
}

