/* hp-record-form.c: label and input for each field of a record */

#define G_LOG_DOMAIN "hp-record-form"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-page-util.h"
#include "hp-record-form.h"

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

enum {
  PROP_0,
  PROP_RECORD_TYPE,
  PROP_PATH,
  PROP_FIELDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (HpRecordForm, hp_record_form, GTK_TYPE_WIDGET)

static void form_check_rules (HpRecordForm *self);

static void
field_row_free (FieldRow *row)
{
  g_clear_handle_id (&row->clear_id, g_source_remove);
  g_free (row->prop);
  g_free (row->hard_error);
  g_free (row->soft_error);
  g_clear_pointer (&row->ref_ids, g_ptr_array_unref);
  g_free (row);
}

static FieldRow *
find_row (HpRecordForm *self,
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

static gboolean
row_uses_entry (FieldRow *row)
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

static void
row_update_error (FieldRow *row)
{
  const char *message = NULL;

  if (row->hard_error != NULL && row->show_hard)
    message = row->hard_error;
  else if (row->soft_error != NULL)
    message = row->soft_error;

  gtk_label_set_text (GTK_LABEL (row->error), message != NULL ? message : "");
  gtk_widget_set_visible (row->error, message != NULL);

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
  row_update_error (row);
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
static void
flush_pending (HpRecordForm *self)
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

static void
on_entry_changed (GtkEditable *editable,
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

  row_update_error (row);
  form_check_rules (row->form);
}

static void
on_entry_commit (FieldRow *row)
{
  if (row->hard_error != NULL && !row->show_hard)
    {
      row->show_hard = TRUE;
      row_update_error (row);
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
static void
form_check_rules (HpRecordForm *self)
{
  guint n_rules;
  const HpRecordRule *rules;

  if (self->record == NULL)
    return;

  rules = hp_record_get_rules (self->record, &n_rules);
  for (guint i = 0; i < n_rules; i++)
    {
      FieldRow *row = find_row (self, rules[i].field);
      FieldRow *other = find_row (self, rules[i].other);
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

static void
row_sync_from_model (FieldRow *row)
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
      row_update_error (row);
    }
}

static void
on_record_notify (HpRecord   *record,
                  GParamSpec *pspec,
                  FieldRow   *row)
{
  row_sync_from_model (row);
  form_check_rules (row->form);
}

/* The calendar */

static void
calendar_apply (HpRecordForm *self,
                GDateTime    *date)
{
  FieldRow *row = self->calendar_row;
  g_autofree char *text = NULL;

  if (row == NULL || self->record == NULL)
    return;

  text = g_date_time_format (date, "%Y-%m-%d");
  /* Through the input, as if typed: the record follows from there. */
  gtk_editable_set_text (GTK_EDITABLE (row->editor), text);
  if (self->popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->popover));
  gtk_widget_grab_focus (row->editor);
}

static void
on_calendar_released (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      HpRecordForm    *self)
{
  GtkWidget *picked = gtk_widget_pick (self->calendar, x, y, GTK_PICK_DEFAULT);
  g_autoptr(GDateTime) date = NULL;

  /* Only a click on a day chooses it; the month and year arrows do not. */
  if (picked == NULL || !gtk_widget_has_css_class (picked, "day-number"))
    return;

  date = gtk_calendar_get_date (GTK_CALENDAR (self->calendar));
  calendar_apply (self, date);
}

static gboolean
on_calendar_key (GtkEventControllerKey *controller,
                 guint                  keyval,
                 guint                  keycode,
                 GdkModifierType        state,
                 HpRecordForm          *self)
{
  g_autoptr(GDateTime) date = NULL;

  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter &&
      keyval != GDK_KEY_space)
    return FALSE;

  date = gtk_calendar_get_date (GTK_CALENDAR (self->calendar));
  calendar_apply (self, date);
  return TRUE;
}

/* The calendar and its popover are made when first asked for: a GtkCalendar
 * is some forty widgets, and most forms are never asked (on the Case page
 * its four calendars cost more than its form's twenty-odd inputs,
 * tests/bench first-frame). */
static void
ensure_calendar (HpRecordForm *self)
{
  GtkGesture *click;
  GtkEventController *keys;

  if (self->popover != NULL)
    return;

  self->calendar = gtk_calendar_new ();
  click = gtk_gesture_click_new ();
  g_signal_connect (click, "released", G_CALLBACK (on_calendar_released), self);
  gtk_widget_add_controller (self->calendar, GTK_EVENT_CONTROLLER (click));
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_calendar_key), self);
  gtk_widget_add_controller (self->calendar, keys);

  self->popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->popover), self->calendar);
  gtk_widget_set_parent (self->popover, GTK_WIDGET (self));
}

static void
on_calendar_button_clicked (GtkButton *button,
                            FieldRow  *row)
{
  HpRecordForm *self = row->form;
  graphene_rect_t bounds;
  graphene_point_t origin;
  GtkWidget *native;
  GDate date;
  g_autoptr(GDateTime) when = NULL;

  ensure_calendar (self);
  self->calendar_row = row;

  if (hp_date_parse (gtk_editable_get_text (GTK_EDITABLE (row->editor)), &date))
    when = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                  g_date_get_day (&date), 0, 0, 0);
  else
    when = g_date_time_new_now_local ();
  gtk_calendar_select_day (GTK_CALENDAR (self->calendar), when);

  native = GTK_WIDGET (gtk_widget_get_native (GTK_WIDGET (self)));
  if (native != NULL &&
      gtk_widget_compute_bounds (GTK_WIDGET (button), native, &bounds) &&
      gtk_widget_compute_point (GTK_WIDGET (self), native, &GRAPHENE_POINT_INIT (0, 0), &origin))
    {
      /* The button may be scrolled out of view (a program asked, not a
       * click): keep the arrow inside the window, where GTK can place it. */
      int width = gtk_widget_get_width (native);
      int height = gtk_widget_get_height (native);
      int w = MAX (1, MIN ((int) bounds.size.width, width));
      int h = MAX (1, MIN ((int) bounds.size.height, height));
      int x = CLAMP ((int) bounds.origin.x, 0, MAX (0, width - w));
      int y = CLAMP ((int) bounds.origin.y, 0, MAX (0, height - h));
      GdkRectangle rect = { x - (int) origin.x, y - (int) origin.y, w, h };

      gtk_popover_set_pointing_to (GTK_POPOVER (self->popover), &rect);
    }
  gtk_popover_popup (GTK_POPOVER (self->popover));
  gtk_widget_grab_focus (self->calendar);
}

/**
 * hp_record_form_pick_date:
 *
 * Chooses @date for the date field @field as a click in its calendar does.
 */
void
hp_record_form_pick_date (HpRecordForm *self,
                          const char   *field,
                          GDateTime    *date)
{
  FieldRow *row;

  g_return_if_fail (HP_IS_RECORD_FORM (self));
  g_return_if_fail (date != NULL);

  row = find_row (self, field);
  g_return_if_fail (row != NULL && row->field->kind == HP_FIELD_DATE);

  self->calendar_row = row;
  calendar_apply (self, date);
}

/* Building */

static gboolean
enum_to_selected (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  g_value_set_uint (to, (guint) g_value_get_enum (from));
  return TRUE;
}

static gboolean
selected_to_enum (GBinding     *binding,
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
  g_signal_connect (entry, "changed", G_CALLBACK (on_entry_changed), row);
  g_signal_connect (entry, "activate", G_CALLBACK (on_entry_activate), row);

  return entry;
}

static void
build_row (HpRecordForm  *self,
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
          g_signal_connect (button, "clicked", G_CALLBACK (on_calendar_button_clicked), row);

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
          build_row (self, &fields[i], grid_row);
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
      field = hp_record_class_find_field (HP_RECORD_CLASS (klass), name);
      if (field == NULL || field->kind == HP_FIELD_RECORD || field->kind == HP_FIELD_LIST)
        {
          g_critical ("%s has no simple field “%s”", g_type_name (self->record_type), name);
          continue;
        }
      build_row (self, field, grid_row);
      grid_row += 2;
    }
}

/* GObject and GtkWidget */

static void
hp_record_form_unbind (HpRecordForm *self)
{
  flush_pending (self);
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

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_css_name (widget_class, "hp-record-form");
}

static void
hp_record_form_init (HpRecordForm *self)
{
  self->record_type = G_TYPE_NONE;
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) field_row_free);
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
          row_update_error (row);
          continue;
        }

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
                                               enum_to_selected, selected_to_enum,
                                               NULL, NULL);

      if (binding != NULL)
        {
          g_ptr_array_add (self->bindings, g_object_ref (binding));
          if (row_uses_entry (row))
            {
              on_entry_changed (GTK_EDITABLE (row->editor), row);
              /* An empty required field says so once the user has been
               * there, not as soon as a new record opens. */
              if (*gtk_editable_get_text (GTK_EDITABLE (row->editor)) == '\0')
                row->show_hard = FALSE;
              row_update_error (row);
            }
          continue;
        }

      signal = g_strconcat ("notify::", row->prop, NULL);
      row->notify_id = g_signal_connect (record, signal, G_CALLBACK (on_record_notify), row);
      row_sync_from_model (row);
      if (row_uses_entry (row))
        on_entry_changed (GTK_EDITABLE (row->editor), row);
      row->show_hard = TRUE;
      row_update_error (row);
    }

  form_check_rules (self);
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

  return find_row (self, field) != NULL;
}

/* Returns: (transfer none) (nullable): the input of @field */
GtkWidget *
hp_record_form_get_editor (HpRecordForm *self,
                           const char   *field)
{
  FieldRow *row;

  g_return_val_if_fail (HP_IS_RECORD_FORM (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  row = find_row (self, field);
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

  row = find_row (self, field);
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

  flush_pending (self);
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
      row_update_error (row);
    }
}
