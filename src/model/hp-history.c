/* hp-history.c: undo and redo for every edit of a plan */

#define G_LOG_DOMAIN "hp-history"

#include "config.h"

#include "hp-history.h"

/* Typing in one field merges into one step while the pauses are shorter. */
#define DEFAULT_PAUSE_USEC  (2 * G_USEC_PER_SEC)

/* hp_history_is_saved(): no step is the saved state */
#define SAVED_NONE  (-1)

/* One edit, kept: what HpEdit told, with references instead of borrowed
 * pointers. */
typedef struct
{
  HpEditKind     kind;       /* HP_EDIT_FIELD or HP_EDIT_LIST */
  HpRecord      *record;
  const HpField *field;
  char          *old_string;
  char          *new_string;
  int            old_int;
  int            new_int;
  guint          position;
  GPtrArray     *removed;    /* HpRecord */
  GPtrArray     *added;      /* HpRecord */
} Change;

/* What one undo takes back: its changes in the order they were made */
typedef struct
{
  GPtrArray *changes;        /* Change */
  gint64     time;           /* of the last change, for merging typing */
} Step;

struct _HpHistory
{
  GObject    parent_instance;

  HpPlan    *plan;
  GPtrArray *undo;           /* Step, the last done last */
  GPtrArray *redo;           /* Step, the last undone last */
  Step      *group;          /* the step a group builds, while depth > 0 */
  guint      depth;
  gboolean   applying;       /* undoing or redoing: not recorded */
  gboolean   sealed;         /* the next edit starts a step of its own */
  gint64     pause;
  int        saved_at;       /* undo->len when saved, or SAVED_NONE */
  gboolean   could_undo;     /* as last notified */
  gboolean   could_redo;
};

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (HpHistory, hp_history, G_TYPE_OBJECT)

static void
change_free (gpointer data)
{
  Change *change = data;

  g_clear_object (&change->record);
  g_free (change->old_string);
  g_free (change->new_string);
  g_clear_pointer (&change->removed, g_ptr_array_unref);
  g_clear_pointer (&change->added, g_ptr_array_unref);
  g_free (change);
}

static Change *
change_new (const HpEdit *edit)
{
  Change *change = g_new0 (Change, 1);

  change->kind = edit->kind;
  change->record = g_object_ref (edit->record);
  change->field = edit->field;

  if (edit->kind == HP_EDIT_FIELD)
    {
      change->old_string = g_strdup (edit->old_string);
      change->new_string = g_strdup (edit->new_string);
      change->old_int = edit->old_int;
      change->new_int = edit->new_int;
    }
  else
    {
      GListModel *list = G_LIST_MODEL (hp_record_get_list (edit->record, edit->field));

      change->position = edit->position;
      change->removed = g_ptr_array_new_full (edit->n_removed, g_object_unref);
      for (guint i = 0; i < edit->n_removed; i++)
        g_ptr_array_add (change->removed, g_object_ref (edit->removed[i]));
      change->added = g_ptr_array_new_full (edit->n_added, g_object_unref);
      for (guint i = 0; i < edit->n_added; i++)
        g_ptr_array_add (change->added, g_list_model_get_item (list, edit->position + i));
    }
  return change;
}

static void
step_free (gpointer data)
{
  Step *step = data;

  g_ptr_array_unref (step->changes);
  g_free (step);
}

static Step *
step_new (void)
{
  Step *step = g_new0 (Step, 1);

  step->changes = g_ptr_array_new_with_free_func (change_free);
  return step;
}

/* Tells what can be undone and redone, when it is new. */
static void
notify_state (HpHistory *self)
{
  gboolean can_undo = hp_history_can_undo (self);
  gboolean can_redo = hp_history_can_redo (self);

  if (can_undo != self->could_undo)
    {
      self->could_undo = can_undo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
    }
  if (can_redo != self->could_redo)
    {
      self->could_redo = can_redo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
    }
}

static void
push_step (HpHistory *self,
           Step      *step)
{
  /* A new step ends what could be redone; the saved state may go with it. */
  g_ptr_array_set_size (self->redo, 0);
  if (self->saved_at > (int) self->undo->len)
    self->saved_at = SAVED_NONE;

  g_ptr_array_add (self->undo, step);
  self->sealed = FALSE;
  notify_state (self);
}

/* Typing: the same string field again, soon after, with nothing between. */
static gboolean
merges_with_last (HpHistory    *self,
                  const HpEdit *edit,
                  gint64        now)
{
  Step *last;
  Change *change;

  if (self->sealed || self->undo->len == 0 || self->redo->len > 0 ||
      edit->kind != HP_EDIT_FIELD || !hp_field_is_string (edit->field))
    return FALSE;

  last = g_ptr_array_index (self->undo, self->undo->len - 1);
  if (last->changes->len != 1 || now - last->time > self->pause)
    return FALSE;

  change = g_ptr_array_index (last->changes, 0);
  return change->kind == HP_EDIT_FIELD && change->record == edit->record &&
         change->field == edit->field;
}

static void
merge_with_last (HpHistory    *self,
                 const HpEdit *edit,
                 gint64        now)
{
  Step *last = g_ptr_array_index (self->undo, self->undo->len - 1);
  Change *change = g_ptr_array_index (last->changes, 0);

  g_free (change->new_string);
  change->new_string = g_strdup (edit->new_string);
  last->time = now;

  /* Typed and taken back: nothing is left to undo. */
  if (g_strcmp0 (change->old_string, change->new_string) == 0)
    {
      g_ptr_array_set_size (self->undo, self->undo->len - 1);
      notify_state (self);
    }
}

/* The disclosure log records what went out: never undone. */
static gboolean
is_ignored (HpHistory    *self,
            const HpEdit *edit)
{
  if (edit->kind == HP_EDIT_LIST)
    return hp_record_get_list (edit->record, edit->field) == self->plan->disclosures;
  return HP_IS_DISCLOSURE (edit->record);
}

static void
on_edit (HpRecord     *plan,
         const HpEdit *edit,
         HpHistory    *self)
{
  gint64 now;
  Step *step;

  if (self->applying)
    return;

  switch (edit->kind)
    {
    case HP_EDIT_GROUP_BEGIN:
      hp_history_begin_group (self);
      return;
    case HP_EDIT_GROUP_END:
      /* One begun before this history followed the plan has no start here. */
      if (self->depth > 0)
        hp_history_end_group (self);
      return;
    case HP_EDIT_FIELD:
    case HP_EDIT_LIST:
    default:
      break;
    }

  if (is_ignored (self, edit))
    return;

  if (self->depth > 0)
    {
      g_ptr_array_add (self->group->changes, change_new (edit));
      return;
    }

  now = g_get_monotonic_time ();
  if (merges_with_last (self, edit, now))
    {
      merge_with_last (self, edit, now);
      return;
    }

  step = step_new ();
  step->time = now;
  g_ptr_array_add (step->changes, change_new (edit));
  push_step (self, step);
}

/* Applying a step */

/* Whether @list holds @records from @position on. */
static gboolean
list_holds (GListModel *list,
            guint       position,
            GPtrArray  *records)
{
  if (position + records->len > g_list_model_get_n_items (list))
    return FALSE;
  for (guint i = 0; i < records->len; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, position + i);

      if (item != g_ptr_array_index (records, i))
        return FALSE;
    }
  return TRUE;
}

/* Undoes @change (@forward FALSE) or does it again.  FALSE when the list
 * does not hold what the change left there: the history is out of step
 * with the plan, and nothing is touched. */
static gboolean
apply_change (Change   *change,
              gboolean  forward)
{
  GListStore *store;
  GPtrArray *out, *in;

  if (change->kind == HP_EDIT_FIELD)
    {
      if (hp_field_is_string (change->field))
        hp_record_set_string (change->record, change->field,
                              forward ? change->new_string : change->old_string);
      else
        hp_record_set_int (change->record, change->field,
                           forward ? change->new_int : change->old_int);
      return TRUE;
    }

  store = hp_record_get_list (change->record, change->field);
  out = forward ? change->removed : change->added;
  in = forward ? change->added : change->removed;
  if (!list_holds (G_LIST_MODEL (store), change->position, out))
    return FALSE;
  g_list_store_splice (store, change->position, out->len, in->pdata, in->len);
  return TRUE;
}

/* Moves the last step of @from, applied, to @to. */
static gboolean
apply_step (HpHistory *self,
            GPtrArray *from,
            GPtrArray *to,
            gboolean   forward)
{
  Step *step;
  gboolean ok = TRUE;
  guint n;

  if (self->plan == NULL || self->depth > 0 || from->len == 0)
    return FALSE;

  step = g_ptr_array_steal_index (from, from->len - 1);
  n = step->changes->len;
  self->applying = TRUE;
  /* Back in the reverse order; again in the order they were made. */
  for (guint i = 0; i < n && ok; i++)
    ok = apply_change (g_ptr_array_index (step->changes, forward ? i : n - 1 - i), forward);
  self->applying = FALSE;

  g_ptr_array_add (to, step);
  self->sealed = TRUE;
  if (!ok)
    {
      g_debug ("The history is out of step with the plan: cleared");
      hp_history_clear (self);
    }
  notify_state (self);
  return ok;
}

/* GObject */

static void
hp_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  HpHistory *self = HP_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, hp_history_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, hp_history_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_history_dispose (GObject *object)
{
  HpHistory *self = HP_HISTORY (object);

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  g_clear_pointer (&self->group, step_free);

  G_OBJECT_CLASS (hp_history_parent_class)->dispose (object);
}

static void
hp_history_class_init (HpHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = hp_history_get_property;
  object_class->dispose = hp_history_dispose;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hp_history_init (HpHistory *self)
{
  self->undo = g_ptr_array_new_with_free_func (step_free);
  self->redo = g_ptr_array_new_with_free_func (step_free);
  self->pause = DEFAULT_PAUSE_USEC;
}

/* Public */

/**
 * hp_history_new:
 *
 * Returns: (transfer full): an empty history that follows no plan yet
 */
HpHistory *
hp_history_new (void)
{
  return g_object_new (HP_TYPE_HISTORY, NULL);
}

/**
 * hp_history_set_plan:
 * @plan: (nullable): the plan to follow from now on
 *
 * Forgets every step (they were another plan's) and follows @plan, as it
 * is now: the saved state, until told otherwise (hp_history_mark_unsaved()).
 */
void
hp_history_set_plan (HpHistory *self,
                     HpPlan    *plan)
{
  g_return_if_fail (HP_IS_HISTORY (self));
  g_return_if_fail (plan == NULL || HP_IS_PLAN (plan));

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_set_object (&self->plan, plan);
  if (plan != NULL)
    g_signal_connect (plan, "edit", G_CALLBACK (on_edit), self);
  hp_history_clear (self);
}

/**
 * hp_history_get_plan:
 *
 * Returns: (transfer none) (nullable): the plan followed
 */
HpPlan *
hp_history_get_plan (HpHistory *self)
{
  g_return_val_if_fail (HP_IS_HISTORY (self), NULL);

  return self->plan;
}

/**
 * hp_history_clear:
 *
 * Forgets every step; the plan as it is now counts as saved.
 */
void
hp_history_clear (HpHistory *self)
{
  g_return_if_fail (HP_IS_HISTORY (self));

  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  g_clear_pointer (&self->group, step_free);
  self->depth = 0;
  self->sealed = FALSE;
  self->saved_at = 0;
  notify_state (self);
}

gboolean
hp_history_can_undo (HpHistory *self)
{
  g_return_val_if_fail (HP_IS_HISTORY (self), FALSE);

  return self->undo->len > 0 && self->depth == 0;
}

gboolean
hp_history_can_redo (HpHistory *self)
{
  g_return_val_if_fail (HP_IS_HISTORY (self), FALSE);

  return self->redo->len > 0 && self->depth == 0;
}

/**
 * hp_history_undo:
 *
 * Takes back the last step.
 *
 * Returns: whether there was one (none inside a group)
 */
gboolean
hp_history_undo (HpHistory *self)
{
  g_return_val_if_fail (HP_IS_HISTORY (self), FALSE);

  return apply_step (self, self->undo, self->redo, FALSE);
}

/**
 * hp_history_redo:
 *
 * Does the last step undone again.
 *
 * Returns: whether there was one
 */
gboolean
hp_history_redo (HpHistory *self)
{
  g_return_val_if_fail (HP_IS_HISTORY (self), FALSE);

  return apply_step (self, self->redo, self->undo, TRUE);
}

/**
 * hp_history_seal:
 *
 * Ends the step being typed: the next edit starts a step of its own, even
 * in the same field.
 */
void
hp_history_seal (HpHistory *self)
{
  g_return_if_fail (HP_IS_HISTORY (self));

  self->sealed = TRUE;
}

/**
 * hp_history_begin_group:
 *
 * The edits up to the matching hp_history_end_group() are one step.
 * Groups nest.  While one is open nothing can be undone or redone.
 */
void
hp_history_begin_group (HpHistory *self)
{
  g_return_if_fail (HP_IS_HISTORY (self));

  if (self->depth++ == 0)
    {
      self->group = step_new ();
      notify_state (self);
    }
}

void
hp_history_end_group (HpHistory *self)
{
  Step *step;

  g_return_if_fail (HP_IS_HISTORY (self));
  g_return_if_fail (self->depth > 0);

  if (--self->depth > 0)
    return;

  step = g_steal_pointer (&self->group);
  if (step->changes->len == 0)
    {
      step_free (step);
      notify_state (self);
      return;
    }
  step->time = g_get_monotonic_time ();
  push_step (self, step);
  /* A group is never typed into. */
  self->sealed = TRUE;
}

/**
 * hp_history_set_pause:
 * @usec: how long typing may pause and still be one step
 */
void
hp_history_set_pause (HpHistory *self,
                      gint64     usec)
{
  g_return_if_fail (HP_IS_HISTORY (self));

  self->pause = usec;
}

/**
 * hp_history_mark_saved:
 *
 * The plan as it is now is what its file holds.  The steps stay: a saved
 * plan can still be undone, and is then unsaved.
 */
void
hp_history_mark_saved (HpHistory *self)
{
  g_return_if_fail (HP_IS_HISTORY (self));

  self->saved_at = self->undo->len;
  self->sealed = TRUE;
}

/**
 * hp_history_mark_unsaved:
 *
 * No state that undo or redo can reach is what the file holds (a plan
 * restored from a draft, say).
 */
void
hp_history_mark_unsaved (HpHistory *self)
{
  g_return_if_fail (HP_IS_HISTORY (self));

  self->saved_at = SAVED_NONE;
}

/**
 * hp_history_is_saved:
 *
 * Returns: whether the plan is, step for step, as it was last saved
 */
gboolean
hp_history_is_saved (HpHistory *self)
{
  g_return_val_if_fail (HP_IS_HISTORY (self), FALSE);

  return self->depth == 0 && self->saved_at == (int) self->undo->len;
}
