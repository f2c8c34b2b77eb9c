/* hp-list-editor.c: add, edit and remove the entries of one list of a plan */

#define G_LOG_DOMAIN "hp-list-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-list-editor.h"
#include "hp-page-util.h"
#include "hp-record-form.h"

struct _HpListEditor
{
  GtkWidget            parent_instance;

  GtkWidget           *box;
  GtkWidget           *list_box;
  GtkWidget           *placeholder;
  GtkWidget           *button_box;
  GtkWidget           *message_revealer;
  GtkWidget           *message_label;
  GtkWidget           *undo_button;
  GtkWidget           *add_button;
  GtkWidget           *edit_button;
  GtkWidget           *remove_button;

  char                *path;
  char                *title;
  GType                record_type;
  GStrv                fields;
  char                *add_label;
  char                *edit_label;
  char                *remove_label;
  char                *empty_text;

  GListStore          *list;
  HpPlan              *plan;
  HpListEditorRowFunc  row_func;
  gpointer             row_func_data;

  HpRecordDialog      *dialog;       /* weak */
  /* The message offers to undo the removal just made: until the plan
   * changes again, the window's undo (win.undo) takes back just that. */
  gboolean             undo_offered;
  guint                undo_position;
};

enum {
  PROP_0,
  PROP_PATH,
  PROP_TITLE,
  PROP_FIELDS,
  PROP_ADD_LABEL,
  PROP_EDIT_LABEL,
  PROP_REMOVE_LABEL,
  PROP_EMPTY_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (HpListEditor, hp_list_editor, GTK_TYPE_WIDGET)

/* Messages below the list */

static void
show_message (HpListEditor *self,
              const char   *text,
              gboolean      can_undo)
{
  gtk_label_set_text (GTK_LABEL (self->message_label), text);
  gtk_widget_set_visible (self->undo_button, can_undo);
  if (can_undo)
    gtk_widget_remove_css_class (self->message_label, "warning");
  else
    gtk_widget_add_css_class (self->message_label, "warning");
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->message_revealer), TRUE);
}

static void
clear_message (HpListEditor *self)
{
  self->undo_offered = FALSE;
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->message_revealer), FALSE);
  gtk_label_set_text (GTK_LABEL (self->message_label), "");
}

/* Rows */

static void
update_row (GtkWidget  *row,
            GParamSpec *pspec,
            HpRecord   *record)
{
  HpListEditor *self = g_object_get_data (G_OBJECT (row), "hp-editor");
  GtkWidget *title = g_object_get_data (G_OBJECT (row), "hp-title");
  GtkWidget *subtitle = g_object_get_data (G_OBJECT (row), "hp-subtitle");
  g_autofree char *t = NULL;
  g_autofree char *s = NULL;
  g_autofree char *name = NULL;

  hp_record_describe (record, self->plan, &t, &s);
  if (title != NULL)
    {
      gtk_label_set_text (GTK_LABEL (title), t);
      gtk_label_set_text (GTK_LABEL (subtitle), s);
      gtk_widget_set_visible (subtitle, *s != '\0');
    }
  name = *s != '\0' ? g_strdup_printf ("%s, %s", t, s) : g_strdup (t);
  hp_widget_set_accessible_label (row, name);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  HpListEditor *self = HP_LIST_EDITOR (user_data);
  HpRecord *record = HP_RECORD (item);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *child;

  g_object_set_data (G_OBJECT (row), "hp-editor", self);
  g_object_set_data (G_OBJECT (row), "hp-record", record);

  if (self->row_func != NULL)
    child = self->row_func (self, record, self->row_func_data);
  else
    {
      GtkWidget *title = gtk_label_new (NULL);
      GtkWidget *subtitle = gtk_label_new (NULL);

      child = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      gtk_label_set_xalign (GTK_LABEL (title), 0.0);
      gtk_label_set_wrap (GTK_LABEL (title), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (subtitle), 0.0);
      gtk_label_set_wrap (GTK_LABEL (subtitle), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (subtitle), PANGO_WRAP_WORD_CHAR);
      gtk_widget_add_css_class (subtitle, "dim-label");
      gtk_box_append (GTK_BOX (child), title);
      gtk_box_append (GTK_BOX (child), subtitle);
      g_object_set_data (G_OBJECT (row), "hp-title", title);
      g_object_set_data (G_OBJECT (row), "hp-subtitle", subtitle);
    }

  gtk_widget_set_margin_top (child, 8);
  gtk_widget_set_margin_bottom (child, 8);
  gtk_widget_set_margin_start (child, 12);
  gtk_widget_set_margin_end (child, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), child);

  update_row (row, NULL, record);
  g_signal_connect_object (record, "notify", G_CALLBACK (update_row), row, G_CONNECT_SWAPPED);

  return row;
}

static void
update_buttons (HpListEditor *self)
{
  gboolean selected = gtk_list_box_get_selected_row (GTK_LIST_BOX (self->list_box)) != NULL;

  gtk_widget_set_sensitive (self->add_button, self->list != NULL);
  gtk_widget_set_sensitive (self->edit_button, selected);
  gtk_widget_set_sensitive (self->remove_button, selected);
}

static void
on_row_selected (HpListEditor  *self,
                 GtkListBoxRow *row)
{
  update_buttons (self);
}

static void
on_row_activated (HpListEditor  *self,
                  GtkListBoxRow *row)
{
  hp_list_editor_edit (self, (guint) gtk_list_box_row_get_index (row));
}

/**
 * hp_list_editor_refresh:
 *
 * Describes every row again, for descriptions that name other entries of
 * the plan (a consent names its recipient).
 */
void
hp_list_editor_refresh (HpListEditor *self)
{
  g_return_if_fail (HP_IS_LIST_EDITOR (self));

  for (GtkWidget *row = gtk_widget_get_first_child (self->list_box);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      HpRecord *record = g_object_get_data (G_OBJECT (row), "hp-record");

      if (GTK_IS_LIST_BOX_ROW (row) && record != NULL)
        update_row (row, NULL, record);
    }
}

/* Dialogs */

static GListStore *
shown_list (GtkWidget *owner)
{
  return HP_LIST_EDITOR (owner)->list;
}

static void
on_entry_applied (GtkWidget *owner,
                  HpRecord  *entry,
                  gboolean   added)
{
  HpListEditor *self = HP_LIST_EDITOR (owner);

  if (added)
    hp_list_editor_select (self, g_list_model_get_n_items (G_LIST_MODEL (self->list)) - 1);
  else
    hp_list_editor_refresh (self);
}

static HpRecordDialog *
open_dialog (HpListEditor *self,
             HpRecord     *copy,
             HpRecord     *original)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  HpRecordDialog *dialog;

  clear_message (self);

  dialog = hp_record_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                 original != NULL ? self->edit_label : self->add_label,
                                 original != NULL ? C_("dialog", "Done") : self->add_label,
                                 copy, self->plan,
                                 (const char * const *) self->fields);
  hp_record_dialog_apply_to_list (dialog, GTK_WIDGET (self), self->list, original,
                                  shown_list, on_entry_applied);

  g_set_weak_pointer (&self->dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/* A new entry, with what the program fills in for the user. */
static HpRecord *
new_record (HpListEditor *self)
{
  HpRecord *record;

  /* The model knows what a new visit starts with (hp-plan.c). */
  if (g_type_is_a (self->record_type, HP_TYPE_VISIT))
    return HP_RECORD (hp_plan_new_visit (self->plan));

  record = g_object_new (self->record_type, NULL);
  if (HP_IS_CHILD (record))
    {
      g_autofree char *id = hp_plan_new_child_id (self->plan);
      g_object_set (record, "id", id, NULL);
    }
  else if (HP_IS_CONTACT (record))
    {
      g_autofree char *id = hp_plan_new_contact_id (self->plan);
      g_object_set (record, "id", id, NULL);
    }
  else if (HP_IS_CONSENT (record))
    {
      g_autofree char *id = hp_plan_new_consent_id (self->plan);

      g_object_set (record, "id", id, "recorded-by", self->plan->case_info->caseworker_name, NULL);
    }
  else if (HP_IS_ASSESSMENT (record))
    g_object_set (record, "assessed-by", self->plan->case_info->caseworker_name, NULL);

  return record;
}

/**
 * hp_list_editor_add:
 *
 * Opens the dialog for a new entry, as the Add button does.
 *
 * Returns: (transfer none) (nullable): the dialog
 */
HpRecordDialog *
hp_list_editor_add (HpListEditor *self)
{
  g_autoptr(HpRecord) record = NULL;

  g_return_val_if_fail (HP_IS_LIST_EDITOR (self), NULL);

  if (self->list == NULL)
    return NULL;

  record = new_record (self);
  return open_dialog (self, record, NULL);
}

/**
 * hp_list_editor_edit:
 *
 * Opens the dialog for entry @index, as the Edit button does.
 *
 * Returns: (transfer none) (nullable): the dialog
 */
HpRecordDialog *
hp_list_editor_edit (HpListEditor *self,
                     guint         index)
{
  g_autoptr(HpRecord) original = NULL;
  g_autoptr(HpRecord) copy = NULL;

  g_return_val_if_fail (HP_IS_LIST_EDITOR (self), NULL);

  if (self->list == NULL || index >= g_list_model_get_n_items (G_LIST_MODEL (self->list)))
    return NULL;

  original = g_list_model_get_item (G_LIST_MODEL (self->list), index);
  copy = hp_record_copy (original);
  return open_dialog (self, copy, original);
}

/**
 * hp_list_editor_remove:
 *
 * Removes entry @index, as the Remove button does, and offers to undo it.
 *
 * Returns: whether it was removed; when other entries refer to it, it is
 * not, and the editor says why
 */
gboolean
hp_list_editor_remove (HpListEditor *self,
                       guint         index)
{
  g_autoptr(HpRecord) record = NULL;
  g_autofree char *blocker = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *message = NULL;
  guint n;

  g_return_val_if_fail (HP_IS_LIST_EDITOR (self), FALSE);

  if (self->list == NULL || index >= g_list_model_get_n_items (G_LIST_MODEL (self->list)))
    return FALSE;

  record = g_list_model_get_item (G_LIST_MODEL (self->list), index);
  clear_message (self);

  blocker = hp_plan_dup_removal_blocker (self->plan, record);
  if (blocker != NULL)
    {
      show_message (self, blocker, FALSE);
      return FALSE;
    }

  hp_record_describe (record, self->plan, &title, &subtitle);
  g_list_store_remove (self->list, index);
  self->undo_offered = TRUE;
  self->undo_position = index;

  /* Translators: %s describes the entry that was removed from a list */
  message = g_strdup_printf (_("Removed “%s”."), title);
  show_message (self, message, TRUE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  if (n > 0)
    hp_list_editor_select (self, MIN (index, n - 1));
  else
    gtk_widget_grab_focus (self->add_button);

  return TRUE;
}

/**
 * hp_list_editor_undo:
 *
 * Puts back the entry removed last, where it was, as the message's Undo
 * button does: through the window's history (win.undo), so that Redo can
 * remove it again.
 *
 * Returns: whether there was one to put back
 */
gboolean
hp_list_editor_undo (HpListEditor *self)
{
  guint position;

  g_return_val_if_fail (HP_IS_LIST_EDITOR (self), FALSE);

  if (!self->undo_offered || self->list == NULL)
    return FALSE;

  position = self->undo_position;
  clear_message (self);
  if (!gtk_widget_activate_action (GTK_WIDGET (self), "win.undo", NULL))
    return FALSE;
  if (position < g_list_model_get_n_items (G_LIST_MODEL (self->list)))
    hp_list_editor_select (self, position);
  return TRUE;
}

/* Any other edit of the plan comes between the removal and its undo:
 * the offer goes, and the window's Undo takes that edit back first. */
static void
on_plan_changed (HpListEditor *self)
{
  if (self->undo_offered)
    clear_message (self);
}

static void
on_add_clicked (HpListEditor *self)
{
  hp_list_editor_add (self);
}

static void
on_edit_clicked (HpListEditor *self)
{
  int index = hp_list_editor_get_selected (self);

  if (index >= 0)
    hp_list_editor_edit (self, (guint) index);
}

static void
on_remove_clicked (HpListEditor *self)
{
  int index = hp_list_editor_get_selected (self);

  if (index >= 0)
    hp_list_editor_remove (self, (guint) index);
}

static gboolean
on_delete_key (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  on_remove_clicked (HP_LIST_EDITOR (user_data));
  return TRUE;
}

/* GObject and GtkWidget */

static void
hp_list_editor_constructed (GObject *object)
{
  HpListEditor *self = HP_LIST_EDITOR (object);
  const HpField *field;

  G_OBJECT_CLASS (hp_list_editor_parent_class)->constructed (object);

  field = self->path != NULL ? hp_plan_path_find_field (self->path) : NULL;
  if (field == NULL || field->kind != HP_FIELD_LIST)
    g_critical ("“%s” is not a list of a plan", self->path);
  else
    self->record_type = field->get_type ();
  /* Checked now, not when a dialog first opens: a typo in the .ui shows
   * as soon as the page is built. */
  for (guint i = 0; self->fields != NULL && self->record_type != G_TYPE_INVALID &&
                    self->fields[i] != NULL; i++)
    hp_record_form_lookup_field (self->record_type, self->fields[i]);

  self->add_button = hp_icon_text_button_new ("list-add-symbolic",
                                              self->add_label ? self->add_label : C_("list", "Add"));
  self->edit_button = hp_icon_text_button_new ("document-edit-symbolic",
                                               self->edit_label ? self->edit_label : C_("list", "Edit"));
  self->remove_button = hp_icon_text_button_new ("list-remove-symbolic",
                                                 self->remove_label ? self->remove_label
                                                                    : C_("list", "Remove"));
  g_signal_connect_swapped (self->add_button, "clicked", G_CALLBACK (on_add_clicked), self);
  g_signal_connect_swapped (self->edit_button, "clicked", G_CALLBACK (on_edit_clicked), self);
  g_signal_connect_swapped (self->remove_button, "clicked", G_CALLBACK (on_remove_clicked), self);
  gtk_box_append (GTK_BOX (self->button_box), self->add_button);
  gtk_box_append (GTK_BOX (self->button_box), self->edit_button);
  gtk_box_append (GTK_BOX (self->button_box), self->remove_button);

  gtk_label_set_text (GTK_LABEL (self->placeholder),
                      self->empty_text != NULL ? self->empty_text : _("Nothing added yet."));
  /* The list is named after its heading ("Children"). */
  if (self->title != NULL)
    hp_widget_set_accessible_label (self->list_box, self->title);

  update_buttons (self);
}

static void
hp_list_editor_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (hp_list_editor_parent_class)->map (widget);

  /* Other pages may have renamed what these rows mention. */
  hp_list_editor_refresh (HP_LIST_EDITOR (widget));
}

static void
hp_list_editor_dispose (GObject *object)
{
  HpListEditor *self = HP_LIST_EDITOR (object);

  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  g_clear_weak_pointer (&self->dialog);
  if (self->list_box != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->list_box, self);
      gtk_list_box_bind_model (GTK_LIST_BOX (self->list_box), NULL, NULL, NULL, NULL);
    }
  g_clear_object (&self->list);
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_func (self->plan, on_plan_changed, self);
  g_clear_object (&self->plan);
  gtk_widget_dispose_template (GTK_WIDGET (self), HP_TYPE_LIST_EDITOR);

  G_OBJECT_CLASS (hp_list_editor_parent_class)->dispose (object);
}

static void
hp_list_editor_finalize (GObject *object)
{
  HpListEditor *self = HP_LIST_EDITOR (object);

  g_free (self->path);
  g_free (self->title);
  g_strfreev (self->fields);
  g_free (self->add_label);
  g_free (self->edit_label);
  g_free (self->remove_label);
  g_free (self->empty_text);

  G_OBJECT_CLASS (hp_list_editor_parent_class)->finalize (object);
}

static void
hp_list_editor_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HpListEditor *self = HP_LIST_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_FIELDS:
      g_value_set_boxed (value, self->fields);
      break;
    case PROP_ADD_LABEL:
      g_value_set_string (value, self->add_label);
      break;
    case PROP_EDIT_LABEL:
      g_value_set_string (value, self->edit_label);
      break;
    case PROP_REMOVE_LABEL:
      g_value_set_string (value, self->remove_label);
      break;
    case PROP_EMPTY_TEXT:
      g_value_set_string (value, self->empty_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_list_editor_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  HpListEditor *self = HP_LIST_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PATH:
      self->path = g_value_dup_string (value);
      break;
    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      break;
    case PROP_FIELDS:
      {
        const char * const *names = g_value_get_boxed (value);
        GStrvBuilder *builder;

        if (names == NULL)
          break;
        /* GtkBuilder hands a list as one string per line. */
        builder = g_strv_builder_new ();
        for (guint i = 0; names[i] != NULL; i++)
          {
            g_auto(GStrv) words = g_strsplit_set (names[i], "\n ,", -1);
            for (guint j = 0; words[j] != NULL; j++)
              if (*words[j] != '\0')
                g_strv_builder_add (builder, words[j]);
          }
        self->fields = g_strv_builder_end (builder);
        g_strv_builder_unref (builder);
      }
      break;
    case PROP_ADD_LABEL:
      self->add_label = g_value_dup_string (value);
      break;
    case PROP_EDIT_LABEL:
      self->edit_label = g_value_dup_string (value);
      break;
    case PROP_REMOVE_LABEL:
      self->remove_label = g_value_dup_string (value);
      break;
    case PROP_EMPTY_TEXT:
      self->empty_text = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_list_editor_class_init (HpListEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = hp_list_editor_constructed;
  object_class->dispose = hp_list_editor_dispose;
  object_class->finalize = hp_list_editor_finalize;
  object_class->get_property = hp_list_editor_get_property;
  object_class->set_property = hp_list_editor_set_property;
  widget_class->map = hp_list_editor_map;

  properties[PROP_PATH] = g_param_spec_string ("path", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_FIELDS] = g_param_spec_boxed ("fields", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_ADD_LABEL] = g_param_spec_string ("add-label", NULL, NULL, NULL, flags);
  properties[PROP_EDIT_LABEL] = g_param_spec_string ("edit-label", NULL, NULL, NULL, flags);
  properties[PROP_REMOVE_LABEL] = g_param_spec_string ("remove-label", NULL, NULL, NULL, flags);
  properties[PROP_EMPTY_TEXT] = g_param_spec_string ("empty-text", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/se/hamtplan/Hamtplan/pages/hp-list-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, HpListEditor, box);
  gtk_widget_class_bind_template_child (widget_class, HpListEditor, list_box);
  gtk_widget_class_bind_template_child (widget_class, HpListEditor, placeholder);
  gtk_widget_class_bind_template_child (widget_class, HpListEditor, button_box);
  gtk_widget_class_bind_template_child (widget_class, HpListEditor, message_revealer);
  gtk_widget_class_bind_template_child (widget_class, HpListEditor, message_label);
  gtk_widget_class_bind_template_child (widget_class, HpListEditor, undo_button);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, hp_list_editor_undo);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "hp-list-editor");
  widget_class->focus = hp_widget_focus_single_child;
}

static void
hp_list_editor_init (HpListEditor *self)
{
  GtkEventController *shortcuts;

  self->record_type = G_TYPE_NONE;
  gtk_widget_init_template (GTK_WIDGET (self));

  hp_widget_mark_mnemonic (self->undo_button, C_("list", "Undo"));

  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_callback_action_new (on_delete_key,
                                                                                   self, NULL)));
  gtk_widget_add_controller (self->list_box, shortcuts);
}

const char *
hp_list_editor_get_path (HpListEditor *self)
{
  g_return_val_if_fail (HP_IS_LIST_EDITOR (self), NULL);

  return self->path;
}

GType
hp_list_editor_get_record_type (HpListEditor *self)
{
  g_return_val_if_fail (HP_IS_LIST_EDITOR (self), G_TYPE_INVALID);

  return self->record_type;
}

/**
 * hp_list_editor_set_list:
 * @list: (nullable): the list to edit, of the editor's path in @plan
 * @plan: (nullable): the plan it belongs to
 */
void
hp_list_editor_set_list (HpListEditor *self,
                         GListStore   *list,
                         HpPlan       *plan)
{
  g_return_if_fail (HP_IS_LIST_EDITOR (self));
  g_return_if_fail (list == NULL || G_IS_LIST_STORE (list));
  g_return_if_fail ((list == NULL) == (plan == NULL));

  clear_message (self);
  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_func (self->plan, on_plan_changed, self);
  g_set_object (&self->plan, plan);
  if (plan != NULL)
    g_signal_connect_object (plan, "changed", G_CALLBACK (on_plan_changed), self,
                             G_CONNECT_SWAPPED);
  g_set_object (&self->list, list);
  gtk_list_box_bind_model (GTK_LIST_BOX (self->list_box), G_LIST_MODEL (list),
                           list != NULL ? create_row : NULL, self, NULL);
  update_buttons (self);
}

/* Returns: (transfer none) (nullable): the plan */
HpPlan *
hp_list_editor_get_plan (HpListEditor *self)
{
  g_return_val_if_fail (HP_IS_LIST_EDITOR (self), NULL);

  return self->plan;
}

/**
 * hp_list_editor_set_row_func:
 *
 * Replaces the two lines of text of each row by a widget of the caller's;
 * call before hp_list_editor_set_list().
 */
void
hp_list_editor_set_row_func (HpListEditor        *self,
                             HpListEditorRowFunc  func,
                             gpointer             user_data)
{
  g_return_if_fail (HP_IS_LIST_EDITOR (self));

  self->row_func = func;
  self->row_func_data = user_data;
}

/**
 * hp_list_editor_add_extra:
 *
 * Puts @widget (a catalogue picker) beside the Add button.
 */
void
hp_list_editor_add_extra (HpListEditor *self,
                          GtkWidget    *widget)
{
  g_return_if_fail (HP_IS_LIST_EDITOR (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_box_insert_child_after (GTK_BOX (self->button_box), widget, self->add_button);
}

/* Returns: (transfer none): the list box */
GtkListBox *
hp_list_editor_get_list_box (HpListEditor *self)
{
  g_return_val_if_fail (HP_IS_LIST_EDITOR (self), NULL);

  return GTK_LIST_BOX (self->list_box);
}

/**
 * hp_list_editor_select:
 *
 * Selects entry @index, scrolls it into view and gives it the focus.
 */
gboolean
hp_list_editor_select (HpListEditor *self,
                       guint         index)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (HP_IS_LIST_EDITOR (self), FALSE);

  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list_box), (int) index);
  if (row == NULL)
    return FALSE;

  gtk_list_box_select_row (GTK_LIST_BOX (self->list_box), row);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  return TRUE;
}

/**
 * hp_list_editor_focus:
 *
 * Puts the focus on the selected entry, else the first, else (an empty
 * list) on the Add button.
 */
gboolean
hp_list_editor_focus (HpListEditor *self)
{
  int selected;

  g_return_val_if_fail (HP_IS_LIST_EDITOR (self), FALSE);

  selected = hp_list_editor_get_selected (self);
  if (hp_list_editor_select (self, selected >= 0 ? (guint) selected : 0))
    return TRUE;
  return gtk_widget_grab_focus (self->add_button);
}

/* Returns: the index of the selected entry, or -1 */
int
hp_list_editor_get_selected (HpListEditor *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (HP_IS_LIST_EDITOR (self), -1);

  row = gtk_list_box_get_selected_row (GTK_LIST_BOX (self->list_box));
  return row != NULL ? gtk_list_box_row_get_index (row) : -1;
}

/* Returns: (transfer none) (nullable): the open add or edit dialog */
HpRecordDialog *
hp_list_editor_get_dialog (HpListEditor *self)
{
  g_return_val_if_fail (HP_IS_LIST_EDITOR (self), NULL);

  return self->dialog;
}

/* Returns: the message below the list ("" when none) */
const char *
hp_list_editor_get_message (HpListEditor *self)
{
  g_return_val_if_fail (HP_IS_LIST_EDITOR (self), NULL);

  return gtk_revealer_get_reveal_child (GTK_REVEALER (self->message_revealer))
           ? gtk_label_get_text (GTK_LABEL (self->message_label))
           : "";
}

/* Says @text below the list, without an undo: a @warning, or a note. */
void
hp_list_editor_show_message (HpListEditor *self,
                             const char   *text,
                             gboolean      warning)
{
  g_return_if_fail (HP_IS_LIST_EDITOR (self));

  show_message (self, text, FALSE);
  if (!warning)
    gtk_widget_remove_css_class (self->message_label, "warning");
}
