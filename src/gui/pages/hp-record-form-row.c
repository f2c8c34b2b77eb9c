/* hp-record-form-row.c: one field's row of a record form: its input, made
 * from the field; what is typed, checked by the model's rules; the reason
 * shown below it */

#define G_LOG_DOMAIN "hp-record-form"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-page-util.h"
#include "hp-record-form.h"
#include "hp-record-form-private.h"

void
_hp_field_row_free (FieldRow *row)
{
  g_clear_handle_id (&row->clear_id, g_source_remove);
  g_free (row->prop);
  g_free (row->hard_error);
  g_free (row->soft_error);
  g_clear_pointer (&row->ref_ids, g_ptr_array_unref);
  g_free (row);
}

FieldRow *
_hp_record_form_find_row (HpRecordForm *self,
                          const char   *name)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      FieldRow *row = g_ptr_array_index (self->rows, i);

      if (strcmp (row->field->name, name) == 0)
        return row;
    }
  return NULL;
}

/* Fields that hold the id of another record of the plan. */
static gboolean
field_is_reference (GType          type,
                    const HpField *field)
{
  return (g_type_is_a (type, HP_TYPE_ITEM) && strcmp (field->name, "owner") == 0) ||
         (g_type_is_a (type, HP_TYPE_CONSENT) && strcmp (field->name, "recipient") == 0);
}

gboolean
_hp_field_row_uses_entry (FieldRow *row)
{
  if (row->is_reference)
    return FALSE;
  switch (row->field->kind)
    {
    case HP_FIELD_STRING:
    case HP_FIELD_DATE:
    case HP_FIELD_TIME:
    case HP_FIELD_ID_NUMBER:
      return TRUE;
    case HP_FIELD_TEXT:
    case HP_FIELD_BOOLEAN:
    case HP_FIELD_INT:
    case HP_FIELD_ENUM:
    case HP_FIELD_RECORD:
    case HP_FIELD_LIST:
    default:
      return FALSE;
    }
}

/* Errors */

void
_hp_field_row_update_error (FieldRow *row)
{
  const char *message = NULL;

  if (row->hard_error != NULL && row->show_hard)
    message = row->hard_error;
  else if (row->soft_error != NULL)
    message = row->soft_error;

  gtk_label_set_text (GTK_LABEL (row->error), message != NULL ? message : "");
  if (gtk_widget_get_visible (row->error) != (message != NULL))
    {
      gtk_widget_set_visible (row->error, message != NULL);
      /* The form's height changed (HpRecordForm::messages-changed). */
      g_signal_emit_by_name (row->form, "messages-changed");
    }

  if (message != NULL)
    {
      gtk_widget_add_css_class (row->editor, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (row->editor),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (row->editor),
                                      GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, row->error, NULL,
                                      -1);
    }
  else
    {
      gtk_widget_remove_css_class (row->editor, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (row->editor),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_FALSE,
                                   -1);
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (row->editor),
                                     GTK_ACCESSIBLE_RELATION_DESCRIBED_BY);
    }
}

static void
row_set_soft_error (FieldRow   *row,
                    const char *message)
{
  if (g_strcmp0 (row->soft_error, message) == 0)
    return;
  g_free (row->soft_error);
  row->soft_error = g_strdup (message);
  _hp_field_row_update_error (row);
}

/* Checks the text of an entry by the model's rules.  Returns the reason it
 * cannot be stored, or NULL when it can. */
static char *
row_check_text (FieldRow   *row,
                const char *text)
{
  g_autoptr(GError) error = NULL;

  if (hp_field_check_text (row->field, text, &error))
    return NULL;
  /* Beside the input, its label says which field must be filled in. */
  if (g_error_matches (error, HP_VALIDATE_ERROR, HP_VALIDATE_ERROR_EMPTY))
    /* Translators: %s is the label of a field, such as Name */
    return g_strdup_printf (_("“%s” must be filled in."), _(row->field->label));
  return g_strdup (error->message);
}

static gboolean
entry_has_focus (FieldRow *row)
{
  return row->focus != NULL &&
         gtk_event_controller_focus_contains_focus (GTK_EVENT_CONTROLLER_FOCUS (row->focus));
}

static gboolean
store_empty (gpointer user_data)
{
  FieldRow *row = user_data;

  row->clear_id = 0;
  if (row->form->record != NULL &&
      *gtk_editable_get_text (GTK_EDITABLE (row->editor)) == '\0')
    hp_record_set_string (row->form->record, row->field, "");
  return G_SOURCE_REMOVE;
}

/* Stores an emptied input now rather than in a moment. */
void
_hp_record_form_flush_pending (HpRecordForm *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      FieldRow *row = g_ptr_array_index (self->rows, i);

      if (row->clear_id != 0)
        {
          g_clear_handle_id (&row->clear_id, g_source_remove);
          store_empty (row);
        }
    }
}

void
_hp_field_row_entry_changed (GtkEditable *editable,
                             FieldRow    *row)
{
  const char *text = gtk_editable_get_text (editable);
  char *problem = row_check_text (row, text);
  gboolean was_valid = row->hard_error == NULL;

  g_clear_pointer (&row->hard_error, g_free);
  row->hard_error = problem;

  /* While the user is still typing, a new reason waits until they leave
   * the input or press Enter (one already shown stays while they correct
   * it); text that arrives otherwise (set by an assistive tool or by the
   * program) is judged at once. */
  if (problem == NULL)
    row->show_hard = FALSE;
  else if (!entry_has_focus (row))
    row->show_hard = TRUE;
  else if (was_valid && !row->updating)
    row->show_hard = FALSE;

  g_clear_handle_id (&row->clear_id, g_source_remove);
  if (problem == NULL && !row->updating && row->form->record != NULL &&
      row->field->kind != HP_FIELD_STRING)
    {
      /* Replacing the text (a paste over a selection, a program setting
       * it) empties the input first and fills it right after: wait for
       * that before storing an empty value, so that the last valid value
       * stays in the record while the new text is invalid. */
      if (*text == '\0')
        row->clear_id = g_idle_add_full (G_PRIORITY_HIGH, store_empty, row, NULL);
      else
        hp_record_set_string (row->form->record, row->field, text);
    }

  _hp_field_row_update_error (row);
  _hp_record_form_check_rules (row->form);
}

static void
on_entry_commit (FieldRow *row)
{
  if (row->hard_error != NULL && !row->show_hard)
    {
      row->show_hard = TRUE;
      _hp_field_row_update_error (row);
    }
}

static void
on_entry_activate (GtkEntry *entry,
                   FieldRow *row)
{
  on_entry_commit (row);
}

static void
on_focus_leave (GtkEventControllerFocus *controller,
                FieldRow                *row)
{
  on_entry_commit (row);
}

/* The model's rules between fields: each value is valid, but together they
 * are not.  The reason shows at the field the rule is about, while neither
 * input holds text that is not in the record. */
void
_hp_record_form_check_rules (HpRecordForm *self)
{
  guint n_rules;
  const HpRecordRule *rules;

  if (self->record == NULL)
    return;

  rules = hp_record_get_rules (self->record, &n_rules);
  for (guint i = 0; i < n_rules; i++)
    {
      FieldRow *row = _hp_record_form_find_row (self, rules[i].field);
      FieldRow *other = _hp_record_form_find_row (self, rules[i].other);
      gboolean wrong;

      if (row == NULL || other == NULL)
        continue;
      wrong = row->hard_error == NULL && other->hard_error == NULL &&
              !hp_record_rule_holds (self->record, &rules[i]);
      row_set_soft_error (row, wrong ? _(rules[i].message) : NULL);
    }
}

/* Text views */

static void
on_buffer_changed (GtkTextBuffer *buffer,
                   FieldRow      *row)
{
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (row->updating || row->form->record == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  hp_record_set_string (row->form->record, row->field, text);
}

/* Choices that refer to another record by its id */

static void
on_reference_selected (GtkDropDown *drop_down,
                       GParamSpec  *pspec,
                       FieldRow    *row)
{
  guint pos = gtk_drop_down_get_selected (drop_down);

  if (row->updating || row->form->record == NULL || pos >= row->ref_ids->len)
    return;

  hp_record_set_string (row->form->record, row->field, g_ptr_array_index (row->ref_ids, pos));
}

static void
reference_rebuild (FieldRow *row)
{
  HpRecordForm *self = row->form;
  const char *current = hp_record_get_string (self->record, row->field);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected = GTK_INVALID_LIST_POSITION;

  g_ptr_array_set_size (row->ref_ids, 0);

  if (g_type_is_a (self->record_type, HP_TYPE_ITEM))
    {
      GListModel *children = self->plan != NULL ? G_LIST_MODEL (self->plan->case_info->children)
                                                : NULL;

      gtk_string_list_append (labels, _("The client"));
      g_ptr_array_add (row->ref_ids, g_strdup (""));
      for (guint i = 0; children != NULL && i < g_list_model_get_n_items (children); i++)
        {
          g_autoptr(HpChild) child = g_list_model_get_item (children, i);
          g_autofree char *label = hp_owner_label (self->plan, child->id);

          gtk_string_list_append (labels, label);
          g_ptr_array_add (row->ref_ids, g_strdup (child->id));
        }
    }
  else
    {
      GListModel *contacts = self->plan != NULL ? G_LIST_MODEL (self->plan->contacts) : NULL;

      gtk_string_list_append (labels, _("No recipient chosen"));
      g_ptr_array_add (row->ref_ids, g_strdup (""));
      for (guint i = 0; contacts != NULL && i < g_list_model_get_n_items (contacts); i++)
        {
          g_autoptr(HpContact) contact = g_list_model_get_item (contacts, i);
          g_autofree char *label = hp_contact_label (contact);

          gtk_string_list_append (labels, label);
          g_ptr_array_add (row->ref_ids, g_strdup (contact->id));
        }
    }

  for (guint i = 0; i < row->ref_ids->len; i++)
    if (strcmp (g_ptr_array_index (row->ref_ids, i), current) == 0)
      selected = i;

  /* Never change a value behind the user's back: an id that nothing in the
   * plan has stays chosen, and says so. */
  if (selected == GTK_INVALID_LIST_POSITION)
    {
      /* Translators: %s is an id that no contact or child in the plan has */
      g_autofree char *label = g_strdup_printf (C_("reference", "Unknown (%s)"), current);

      gtk_string_list_append (labels, label);
      g_ptr_array_add (row->ref_ids, g_strdup (current));
      selected = row->ref_ids->len - 1;
    }

  row->updating = TRUE;
  gtk_drop_down_set_model (GTK_DROP_DOWN (row->editor), G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (row->editor), selected);
  row->updating = FALSE;
}

/* Model -> widget for the fields that are not bound with GBinding */

void
_hp_field_row_sync_from_model (FieldRow *row)
{
  HpRecordForm *self = row->form;
  const char *value;

  if (self->record == NULL)
    return;

  if (row->is_reference)
    {
      guint pos = gtk_drop_down_get_selected (GTK_DROP_DOWN (row->editor));
      const char *current = hp_record_get_string (self->record, row->field);

      /* The choice made here is what the record holds already. */
      if (pos < row->ref_ids->len && strcmp (g_ptr_array_index (row->ref_ids, pos), current) == 0)
        return;
      reference_rebuild (row);
      return;
    }

  value = hp_record_get_string (self->record, row->field);
  if (row->field->kind == HP_FIELD_TEXT)
    {
      GtkTextIter start, end;
      g_autofree char *text = NULL;

      gtk_text_buffer_get_bounds (row->buffer, &start, &end);
      text = gtk_text_buffer_get_text (row->buffer, &start, &end, FALSE);
      if (strcmp (text, value) != 0)
        {
          row->updating = TRUE;
          gtk_text_buffer_set_text (row->buffer, value, -1);
          row->updating = FALSE;
        }
    }
  else if (strcmp (gtk_editable_get_text (GTK_EDITABLE (row->editor)), value) != 0)
    {
      row->updating = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (row->editor), value);
      row->updating = FALSE;
      /* A value from the record is judged at once. */
      row->show_hard = TRUE;
      _hp_field_row_update_error (row);
    }
}

void
_hp_field_row_record_notify (HpRecord   *record,
                             GParamSpec *pspec,
                             FieldRow   *row)
{
  _hp_field_row_sync_from_model (row);
  _hp_record_form_check_rules (row->form);
}

/* Building */

gboolean
_hp_enum_to_selected (GBinding     *binding,
                      const GValue *from,
                      GValue       *to,
                      gpointer      user_data)
{
  g_value_set_uint (to, (guint) g_value_get_enum (from));
  return TRUE;
}

gboolean
_hp_selected_to_enum (GBinding     *binding,
                      const GValue *from,
                      GValue       *to,
                      gpointer      user_data)
{
  guint selected = g_value_get_uint (from);

  if (selected == GTK_INVALID_LIST_POSITION)
    return FALSE;
  g_value_set_enum (to, (int) selected);
  return TRUE;
}

static GtkWidget *
new_entry (FieldRow   *row,
           const char *placeholder,
           int         width_chars)
{
  GtkWidget *entry = gtk_entry_new ();

  if (placeholder != NULL)
    gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  if (width_chars > 0)
    {
      gtk_editable_set_width_chars (GTK_EDITABLE (entry), width_chars);
      gtk_widget_set_halign (entry, GTK_ALIGN_START);
    }
  else
    gtk_widget_set_hexpand (entry, TRUE);

  row->focus = gtk_event_controller_focus_new ();
  g_signal_connect (row->focus, "leave", G_CALLBACK (on_focus_leave), row);
  gtk_widget_add_controller (entry, row->focus);
  g_signal_connect (entry, "changed", G_CALLBACK (_hp_field_row_entry_changed), row);
  g_signal_connect (entry, "activate", G_CALLBACK (on_entry_activate), row);

  return entry;
}

void
_hp_record_form_build_row (HpRecordForm  *self,
                           const HpField *field,
                           int            grid_row)
{
  FieldRow *row = g_new0 (FieldRow, 1);
  GtkGrid *grid = GTK_GRID (self->grid);
  const char *label_text = _(field->label);
  GtkWidget *place = NULL;  /* what goes in the grid, if not the editor itself */

  row->form = self;
  row->field = field;
  row->prop = hp_field_property_name (field);
  row->is_reference = field_is_reference (self->record_type, field);
  g_ptr_array_add (self->rows, row);

  if (row->is_reference)
    {
      row->editor = gtk_drop_down_new (NULL, NULL);
      row->ref_ids = g_ptr_array_new_with_free_func (g_free);
      gtk_widget_set_halign (row->editor, GTK_ALIGN_START);
      g_signal_connect (row->editor, "notify::selected", G_CALLBACK (on_reference_selected), row);
    }
  else
    switch (field->kind)
      {
      case HP_FIELD_STRING:
        row->editor = new_entry (row, NULL, 0);
        break;

      case HP_FIELD_ID_NUMBER:
        /* Translators: the placeholder of a personnummer input */
        row->editor = new_entry (row, C_("placeholder", "YYYYMMDD-NNNN"), 16);
        break;

      case HP_FIELD_TIME:
        /* Translators: the placeholder of a time input, 24-hour */
        row->editor = new_entry (row, C_("placeholder", "HH:MM"), 7);
        break;

      case HP_FIELD_DATE:
        {
          GtkWidget *button = gtk_button_new_from_icon_name ("x-office-calendar-symbolic");
          /* Translators: tooltip and name of the button beside a date input;
           * %s is the field's label */
          g_autofree char *name = g_strdup_printf (_("Choose from a calendar: %s"), label_text);

          /* Translators: the placeholder of a date input */
          row->editor = new_entry (row, C_("placeholder", "YYYY-MM-DD"), 12);
          gtk_widget_set_halign (row->editor, GTK_ALIGN_FILL);
          gtk_widget_set_tooltip_text (button, _("Choose from a calendar"));
          hp_widget_set_accessible_label (button, name);
          g_signal_connect (button, "clicked", G_CALLBACK (_hp_field_row_open_calendar), row);

          place = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
          gtk_widget_add_css_class (place, "linked");
          gtk_widget_set_halign (place, GTK_ALIGN_START);
          gtk_box_append (GTK_BOX (place), row->editor);
          gtk_box_append (GTK_BOX (place), button);
        }
        break;

      case HP_FIELD_TEXT:
        row->editor = gtk_text_view_new ();
        row->buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (row->editor));
        gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (row->editor), GTK_WRAP_WORD_CHAR);
        /* Tab moves on to the next input, as everywhere else in the form. */
        gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (row->editor), FALSE);
        gtk_text_view_set_top_margin (GTK_TEXT_VIEW (row->editor), 6);
        gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (row->editor), 6);
        gtk_text_view_set_left_margin (GTK_TEXT_VIEW (row->editor), 8);
        gtk_text_view_set_right_margin (GTK_TEXT_VIEW (row->editor), 8);
        g_signal_connect (row->buffer, "changed", G_CALLBACK (on_buffer_changed), row);

        place = gtk_scrolled_window_new ();
        gtk_scrolled_window_set_has_frame (GTK_SCROLLED_WINDOW (place), TRUE);
        gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (place),
                                        GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
        gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (place), 64);
        gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (place), 200);
        gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (place), TRUE);
        gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (place), row->editor);
        gtk_widget_set_hexpand (place, TRUE);
        break;

      case HP_FIELD_BOOLEAN:
        row->editor = gtk_check_button_new ();
        hp_widget_mark_mnemonic (row->editor, label_text);
        break;

      case HP_FIELD_INT:
        row->editor = gtk_spin_button_new_with_range (field->min, field->max, 1);
        gtk_spin_button_set_digits (GTK_SPIN_BUTTON (row->editor), 0);
        gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (row->editor), TRUE);
        gtk_widget_set_halign (row->editor, GTK_ALIGN_START);
        break;

      case HP_FIELD_ENUM:
        {
          GType type = field->get_type ();
          guint n = hp_enum_get_n_values (type);
          g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

          for (guint i = 0; i < n; i++)
            gtk_string_list_append (labels, hp_enum_get_label (type, (int) i));
          row->editor = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL);
          gtk_widget_set_halign (row->editor, GTK_ALIGN_START);
        }
        break;

      case HP_FIELD_RECORD:
      case HP_FIELD_LIST:
      default:
        g_assert_not_reached ();
      }

  if (place == NULL)
    place = row->editor;
  /* Beside a label of two lines, a one-line input stays one line high. */
  if (field->kind != HP_FIELD_TEXT)
    gtk_widget_set_valign (place, GTK_ALIGN_CENTER);

  if (field->kind != HP_FIELD_BOOLEAN)
    {
      row->label = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (row->label), 0.0);
      gtk_label_set_wrap (GTK_LABEL (row->label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (row->label), PANGO_WRAP_WORD_CHAR);
      /* One width for the labels of every form, so that the inputs of
       * all groups on a page line up. */
      gtk_label_set_max_width_chars (GTK_LABEL (row->label), 22);
      gtk_label_set_width_chars (GTK_LABEL (row->label), 22);
      if (field->kind == HP_FIELD_TEXT)
        {
          gtk_widget_set_valign (row->label, GTK_ALIGN_START);
          gtk_widget_set_margin_top (row->label, 8);
        }
      hp_widget_mark_mnemonic (row->label, label_text);
      hp_widget_set_label_for (row->label, row->editor);
      gtk_grid_attach (grid, row->label, 0, grid_row, 1, 1);
    }

  gtk_grid_attach (grid, place, 1, grid_row, 1, 1);

  row->error = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (row->error), 0.0);
  gtk_label_set_wrap (GTK_LABEL (row->error), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (row->error), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (row->error, "error");
  gtk_widget_set_visible (row->error, FALSE);
  gtk_grid_attach (grid, row->error, 1, grid_row + 1, 1, 1);

  gtk_widget_set_sensitive (row->editor, FALSE);
}
