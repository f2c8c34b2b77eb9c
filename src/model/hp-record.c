/* hp-record.c: a GObject whose properties are described by a field table */

#define G_LOG_DOMAIN "hp-record"

#include "config.h"

#include <string.h>

#include "hp-record.h"

typedef struct
{
  GWeakRef   parent;
  GPtrArray *extras;   /* name, json text, name, json text ... */
} HpRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (HpRecord, hp_record, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define FIELD_PTR(self, field) ((gpointer) (((guint8 *) (self)) + (field)->offset))
#define FIELD_STR(self, field) (*(char **) FIELD_PTR (self, field))
#define FIELD_INT(self, field) (*(int *) FIELD_PTR (self, field))
#define FIELD_OBJ(self, field) (*(GObject **) FIELD_PTR (self, field))

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
                       HpRecord   *self)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(HpRecord) child = g_list_model_get_item (list, i);
      hp_record_set_parent (child, self);
    }

  hp_record_emit_changed (self);
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
  guint n_fields;
  const HpField *fields = hp_record_get_fields (self, &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      const HpField *field = &fields[i];

      if (field->kind == HP_FIELD_LIST && FIELD_OBJ (self, field) != NULL)
        g_signal_handlers_disconnect_by_func (FIELD_OBJ (self, field), on_list_items_changed, self);
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
          FIELD_OBJ (self, field) = G_OBJECT (g_list_store_new (field->get_type ()));
          g_signal_connect (FIELD_OBJ (self, field), "items-changed",
                            G_CALLBACK (on_list_items_changed), self);
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

  g_return_if_fail (HP_IS_RECORD (self));
  g_return_if_fail (field != NULL && hp_field_is_string (field));

  if (value == NULL)
    value = "";

  slot = (char **) FIELD_PTR (self, field);
  if (g_strcmp0 (*slot, value) == 0)
    return;

  g_free (*slot);
  *slot = g_strdup (value);
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

  FIELD_INT (self, field) = value;
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

/* Returns NULL when equal, else the path of the first difference. */
static char *
difference (HpRecord   *a,
            HpRecord   *b,
            const char *path)
{
  guint n_fields;
  const HpField *fields;

  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    return g_strdup (path[0] ? path : "(type)");

  fields = hp_record_get_fields (a, &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      const HpField *field = &fields[i];
      g_autofree char *here = path[0] ? g_strdup_printf ("%s.%s", path, field->name)
                                      : g_strdup (field->name);

      switch (field->kind)
        {
        case HP_FIELD_STRING:
        case HP_FIELD_TEXT:
        case HP_FIELD_DATE:
        case HP_FIELD_TIME:
        case HP_FIELD_ID_NUMBER:
          if (strcmp (FIELD_STR (a, field), FIELD_STR (b, field)) != 0)
            return g_steal_pointer (&here);
          break;
        case HP_FIELD_BOOLEAN:
        case HP_FIELD_INT:
        case HP_FIELD_ENUM:
          if (FIELD_INT (a, field) != FIELD_INT (b, field))
            return g_steal_pointer (&here);
          break;
        case HP_FIELD_RECORD:
          {
            char *d = difference (HP_RECORD (FIELD_OBJ (a, field)),
                                  HP_RECORD (FIELD_OBJ (b, field)), here);
            if (d != NULL)
              return d;
          }
          break;
        case HP_FIELD_LIST:
          {
            GListModel *la = G_LIST_MODEL (FIELD_OBJ (a, field));
            GListModel *lb = G_LIST_MODEL (FIELD_OBJ (b, field));
            guint n = g_list_model_get_n_items (la);

            if (n != g_list_model_get_n_items (lb))
              return g_strdup_printf ("%s (length)", here);

            for (guint j = 0; j < n; j++)
              {
                g_autoptr(HpRecord) ia = g_list_model_get_item (la, j);
                g_autoptr(HpRecord) ib = g_list_model_get_item (lb, j);
                g_autofree char *at = g_strdup_printf ("%s[%u]", here, j);
                char *d = difference (ia, ib, at);

                if (d != NULL)
                  return d;
              }
          }
          break;
        default:
          g_assert_not_reached ();
        }
    }

  if (hp_record_get_n_extras (a) != hp_record_get_n_extras (b))
    return g_strdup_printf ("%s (unknown members)", path);
  for (guint i = 0; i < hp_record_get_n_extras (a); i++)
    {
      const char *na, *ja, *nb, *jb;

      hp_record_get_extra (a, i, &na, &ja);
      hp_record_get_extra (b, i, &nb, &jb);
      if (strcmp (na, nb) != 0 || strcmp (ja, jb) != 0)
        return g_strdup_printf ("%s.%s", path, na);
    }

  return NULL;
}

/**
 * hp_record_describe_difference:
 *
 * Returns: (transfer full) (nullable): %NULL when @a and @b hold the same
 * values all the way down, else the path of the first field that differs
 * (for example "items[3].priority").
 */
char *
hp_record_describe_difference (HpRecord *a,
                               HpRecord *b)
{
  g_return_val_if_fail (HP_IS_RECORD (a), NULL);
  g_return_val_if_fail (HP_IS_RECORD (b), NULL);

  return difference (a, b, "");
}

gboolean
hp_record_equal (HpRecord *a,
                 HpRecord *b)
{
  g_autofree char *d = hp_record_describe_difference (a, b);

  return d == NULL;
}

static gboolean
lists_equal (GListModel *a,
             GListModel *b)
{
  guint n = g_list_model_get_n_items (a);

  if (n != g_list_model_get_n_items (b))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpRecord) ra = g_list_model_get_item (a, i);
      g_autoptr(HpRecord) rb = g_list_model_get_item (b, i);

      if (!hp_record_equal (ra, rb))
        return FALSE;
    }
  return TRUE;
}

/* Writes every field of @src into @dest.  With @notify, through the
 * setters, so that each real change is notified (and only those), and a
 * list is replaced only when it differs; without, straight into the
 * fields, members kept from a newer file too: @dest is a new record that
 * nobody observes yet. */
static void
assign_into (HpRecord *dest,
             HpRecord *src,
             gboolean  notify)
{
  guint n_fields;
  const HpField *fields = hp_record_get_fields (src, &n_fields);

  if (notify)
    g_object_freeze_notify (G_OBJECT (dest));

  for (guint i = 0; i < n_fields; i++)
    {
      const HpField *field = &fields[i];

      switch (field->kind)
        {
        case HP_FIELD_STRING:
        case HP_FIELD_TEXT:
        case HP_FIELD_DATE:
        case HP_FIELD_TIME:
        case HP_FIELD_ID_NUMBER:
          if (notify)
            hp_record_set_string (dest, field, FIELD_STR (src, field));
          else
            {
              g_free (FIELD_STR (dest, field));
              FIELD_STR (dest, field) = g_strdup (FIELD_STR (src, field));
            }
          break;
        case HP_FIELD_BOOLEAN:
        case HP_FIELD_INT:
        case HP_FIELD_ENUM:
          if (notify)
            hp_record_set_int (dest, field, FIELD_INT (src, field));
          else
            FIELD_INT (dest, field) = FIELD_INT (src, field);
          break;
        case HP_FIELD_RECORD:
          assign_into (HP_RECORD (FIELD_OBJ (dest, field)), HP_RECORD (FIELD_OBJ (src, field)),
                       notify);
          break;
        case HP_FIELD_LIST:
          {
            GListModel *from = G_LIST_MODEL (FIELD_OBJ (src, field));
            GListModel *to = G_LIST_MODEL (FIELD_OBJ (dest, field));
            guint n = g_list_model_get_n_items (from);
            g_autoptr(GPtrArray) copies = NULL;

            if (notify && lists_equal (from, to))
              break;
            copies = g_ptr_array_new_full (n, g_object_unref);
            for (guint j = 0; j < n; j++)
              {
                g_autoptr(HpRecord) item = g_list_model_get_item (from, j);
                g_ptr_array_add (copies, hp_record_copy (item));
              }
            g_list_store_splice (G_LIST_STORE (to), 0, g_list_model_get_n_items (to),
                                 copies->pdata, copies->len);
          }
          break;
        default:
          g_assert_not_reached ();
        }
    }

  if (!notify)
    for (guint i = 0; i < hp_record_get_n_extras (src); i++)
      {
        const char *name, *json;

        hp_record_get_extra (src, i, &name, &json);
        hp_record_add_extra (dest, name, json);
      }

  if (notify)
    g_object_thaw_notify (G_OBJECT (dest));
}

/**
 * hp_record_copy:
 *
 * Returns: (transfer full): a deep copy of @self, with no parent
 */
HpRecord *
hp_record_copy (HpRecord *self)
{
  HpRecord *copy;

  g_return_val_if_fail (HP_IS_RECORD (self), NULL);

  copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  assign_into (copy, self, FALSE);
  return copy;
}

/**
 * hp_record_assign_values:
 *
 * Writes every field of @src into @dest through the setters, so that each
 * real change is notified (and only those).  Lists are replaced by copies.
 */
void
hp_record_assign_values (HpRecord *dest,
                         HpRecord *src)
{
  g_return_if_fail (HP_IS_RECORD (dest));
  g_return_if_fail (HP_IS_RECORD (src));
  g_return_if_fail (G_OBJECT_TYPE (dest) == G_OBJECT_TYPE (src));

  assign_into (dest, src, TRUE);
}
