/* hp-record-form-calendar.c: the calendar beside a date input of a record
 * form */

#define G_LOG_DOMAIN "hp-record-form"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-record-form.h"
#include "hp-page-util.h"
#include "hp-record-form-private.h"

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
  g_autoptr(GDateTime) date = gtk_calendar_get_date (GTK_CALENDAR (self->calendar));
  g_autoptr(GDateTime) moved = NULL;

  if ((state & gtk_accelerator_get_default_mod_mask ()) != 0)
    return FALSE;

  /* The arrows move the chosen day itself (GtkCalendar would move only
   * its focus ring, and Enter then took the day chosen before, today):
   * what is highlighted is what Enter or Space takes. */
  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      moved = g_date_time_add_days (date, -1);
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      moved = g_date_time_add_days (date, 1);
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      moved = g_date_time_add_days (date, -7);
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      moved = g_date_time_add_days (date, 7);
      break;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      moved = g_date_time_add_months (date, -1);
      break;
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      moved = g_date_time_add_months (date, 1);
      break;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      calendar_apply (self, date);
      return TRUE;
    default:
      return FALSE;
    }

  gtk_calendar_select_day (GTK_CALENDAR (self->calendar), moved);
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
  hp_widget_set_accessible_label (self->calendar, _("Calendar"));
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

void
_hp_field_row_open_calendar (GtkButton *button,
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

  row = _hp_record_form_find_row (self, field);
  g_return_if_fail (row != NULL && row->field->kind == HP_FIELD_DATE);

  self->calendar_row = row;
  calendar_apply (self, date);
}
