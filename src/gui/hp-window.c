/* hp-window.c: the main window: one plan, its sections and its checks
 *
 * The GObject: its template, its set-up and tear-down, the keyboard order
 * and the size.  Each other part is a file of its own, over
 * hp-window-private.h: the plan and its drafts (hp-window-plan.c), open and
 * save (hp-window-files.c), the sections and findings (hp-window-sidebar.c),
 * the catalogue bar and the actions (hp-window-actions.c).
 */

#define G_LOG_DOMAIN "hp-window"

#include "config.h"

#include "hp-tab-stop.h"
#include "hp-window.h"
#include "hp-window-private.h"

G_DEFINE_FINAL_TYPE (HpWindow, hp_window, GTK_TYPE_APPLICATION_WINDOW)

/* Keyboard
 *
 * The window is five regions: the header bar, the catalogue's warning bar,
 * the sections, the page and the findings.  Tab goes through them in that
 * order, so that from a page's last field it reaches the findings about
 * what was just filled in, not the header bar's "Ny plan"; past the
 * findings it goes round to the header bar.  F6 and Shift+F6 go to the
 * start of the next and the previous region, as in GNOME's applications.
 * GtkWindow itself would tab through its content before its title bar and
 * through the sidebar before the page.  (Each list is one Tab stop:
 * HpTabStop in the template.) */

#define N_REGIONS 5

static void
get_regions (HpWindow   *self,
             GtkWidget **regions)
{
  regions[0] = gtk_window_get_titlebar (GTK_WINDOW (self));
  regions[1] = GTK_WIDGET (self->catalogue_bar);
  regions[2] = gtk_widget_get_parent (GTK_WIDGET (self->section_list));  /* its HpTabStop */
  regions[3] = GTK_WIDGET (self->page_stack);
  regions[4] = self->findings_panel;
}

/* Returns: the region that holds the focus, or -1 */
static int
current_region (HpWindow   *self,
                GtkWidget **regions)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  for (int i = 0; focus != NULL && i < N_REGIONS; i++)
    if (regions[i] != NULL && (focus == regions[i] || gtk_widget_is_ancestor (focus, regions[i])))
      return i;
  return -1;
}

static gboolean
focus_in (GtkWidget        *widget,
          GtkDirectionType  direction)
{
  return widget != NULL && gtk_widget_get_visible (widget) && gtk_widget_get_child_visible (widget) &&
         gtk_widget_child_focus (widget, direction);
}

static gboolean
hp_window_focus (GtkWidget        *widget,
                 GtkDirectionType  direction)
{
  HpWindow *self = HP_WINDOW (widget);
  GtkWidget *regions[N_REGIONS];
  gboolean forward = direction == GTK_DIR_TAB_FORWARD;
  int current;

  if (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
    return GTK_WIDGET_CLASS (hp_window_parent_class)->focus (widget, direction);

  get_regions (self, regions);
  current = current_region (self, regions);

  /* On within the region that has the focus, then into the next ones; past
   * the end, around to the start. */
  if (current >= 0 && focus_in (regions[current], direction))
    return TRUE;
  for (int step = 1; step <= N_REGIONS; step++)
    {
      int next = current < 0 ? (forward ? step - 1 : N_REGIONS - step)
                             : (current + (forward ? step : N_REGIONS - step)) % N_REGIONS;

      if (next == current)
        gtk_window_set_focus (GTK_WINDOW (self), NULL);
      if (focus_in (regions[next], direction))
        return TRUE;
    }
  return FALSE;
}

/* F6, Shift+F6: the next or previous region, entered at its start. */
static gboolean
focus_region (GtkWidget *widget,
              GVariant  *args,
              gpointer   user_data)
{
  HpWindow *self = HP_WINDOW (widget);
  GtkWidget *regions[N_REGIONS];
  gboolean forward = g_variant_get_boolean (args);
  int current;

  get_regions (self, regions);
  current = current_region (self, regions);
  for (int step = 1; step <= N_REGIONS; step++)
    {
      int next = ((current < 0 ? 0 : current) + (forward ? step : N_REGIONS - step)) % N_REGIONS;

      gtk_window_set_focus (GTK_WINDOW (self), NULL);
      if (focus_in (regions[next], GTK_DIR_TAB_FORWARD))
        {
          gtk_window_set_focus_visible (GTK_WINDOW (self), TRUE);
          return TRUE;
        }
    }
  return TRUE;
}

/* Back from a dialog
 *
 * When a dialog closes, the window it was over takes the keyboard again,
 * with the focus where it was before.  A dialog opened from a pop-over
 * (the main menu's Export) left the window's focus on the menu's item,
 * in a pop-over closed since: every key went there, to nothing, and F10
 * and Ctrl+? did nothing until a click.  And without a window manager
 * nothing else gives the window back its input focus.
 */

static void
on_focus_widget (HpWindow   *self,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  /* A pop-over's widgets are gone once it closes: remember what was
   * focused in the window itself. */
  if (focus != NULL && gtk_widget_get_ancestor (focus, GTK_TYPE_POPOVER) == NULL)
    g_set_weak_pointer (&self->last_focus, focus);
}

static gboolean
has_dialog (HpWindow *self)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (gtk_window_get_transient_for (window) == GTK_WINDOW (self) &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return TRUE;
      /* Another window has the keyboard: leave it there. */
      if (window != GTK_WINDOW (self) && gtk_window_is_active (window))
        return TRUE;
    }
  return FALSE;
}

static gboolean
refocus (gpointer user_data)
{
  HpWindow *self = HP_WINDOW (user_data);
  GtkApplication *app;
  GtkWidget *focus;

  self->refocus_source = 0;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)) || has_dialog (self))
    return G_SOURCE_REMOVE;
  /* With two plans open, only the one used last takes the keyboard back:
   * a dialog of one closing must not raise the other. */
  app = gtk_window_get_application (GTK_WINDOW (self));
  if (app != NULL && gtk_application_get_active_window (app) != GTK_WINDOW (self))
    return G_SOURCE_REMOVE;

  /* The focus may still be on the main menu's item that opened the
   * dialog, in a pop-over long closed: the keys went there, to nothing. */
  focus = gtk_root_get_focus (GTK_ROOT (self));
  if ((focus == NULL || !gtk_widget_is_drawable (focus)) && self->last_focus != NULL &&
      gtk_widget_get_root (self->last_focus) == GTK_ROOT (self) &&
      gtk_widget_is_drawable (self->last_focus))
    gtk_widget_grab_focus (self->last_focus);
  focus = gtk_root_get_focus (GTK_ROOT (self));
  if (focus == NULL || !gtk_widget_is_drawable (focus))
    gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
  if (!gtk_window_is_active (GTK_WINDOW (self)))
    gtk_window_present (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

static void
on_toplevels_changed (HpWindow   *self,
                      guint       position,
                      guint       removed,
                      guint       added,
                      GListModel *toplevels)
{
  if (removed > 0 && self->refocus_source == 0)
    self->refocus_source = g_idle_add (refocus, self);
}

static void
hp_window_keyboard_init (HpWindow *self)
{
  g_signal_connect_object (gtk_window_get_toplevels (), "items-changed",
                           G_CALLBACK (on_toplevels_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::focus-widget", G_CALLBACK (on_focus_widget), NULL);
}

/* Size */

static void
hp_window_restore_geometry (HpWindow *self)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (self));
  GListModel *monitors = gdk_display_get_monitors (display);
  g_autoptr(GdkMonitor) monitor = NULL;
  int width = 1180;
  int height = 760;

  if (self->settings != NULL)
    {
      width = g_settings_get_int (self->settings, "window-width");
      height = g_settings_get_int (self->settings, "window-height");
    }

  /* On a small screen, start no larger than the screen. */
  if (g_list_model_get_n_items (monitors) > 0)
    monitor = g_list_model_get_item (monitors, 0);
  if (monitor != NULL)
    {
      GdkRectangle area;

      gdk_monitor_get_geometry (monitor, &area);
      width = MIN (width, area.width);
      height = MIN (height, area.height);
    }

  gtk_window_set_default_size (GTK_WINDOW (self), MAX (width, 800), MAX (height, 500));

  if (self->settings != NULL && g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
hp_window_save_geometry (HpWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  if (width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

/* GObject */

static void
hp_window_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (hp_window_parent_class)->map (widget);

  hp_window_sidebar_mapped (HP_WINDOW (widget));
}

static gboolean
hp_window_close_request (GtkWindow *window)
{
  HpWindow *self = HP_WINDOW (window);

  if (self->close_confirmed || !self->dirty)
    {
      hp_window_discard_draft (self);
      hp_window_save_geometry (self);
      return GTK_WINDOW_CLASS (hp_window_parent_class)->close_request (window);
    }

  hp_window_ask_then (self, HP_WINDOW_PENDING_CLOSE);
  return TRUE;
}

/* hp_window_new() calls this once g_object_new() has set the context.  The
 * window is set up with @plan (from @file), or a new plan if %NULL, so that
 * a plan opened at start-up is the only one it is ever set up with. */
static void
hp_window_set_up (HpWindow *self,
                  HpPlan   *plan,
                  GFile    *file)
{
  g_autoptr(HpPlan) new_plan = NULL;

  if (self->context != NULL)
    {
      g_autofree char *warning = NULL;

      g_set_object (&self->settings, hp_context_get_settings (self->context));
      g_set_object (&self->drafts, hp_context_get_drafts (self->context));

      /* A local catalogue file that could not be used: said once, in the
       * first window, with the file and what is wrong. */
      warning = hp_context_take_catalogue_warning (self->context);
      if (warning != NULL)
        hp_window_catalogue_bar_show (self, warning);
    }

  if (plan == NULL)
    plan = new_plan = hp_window_new_prefilled_plan (self);
  /* The plan first: each page is filled as it is built. */
  hp_window_take_plan (self, plan, file, FALSE);
  hp_window_build_sections (self);
  hp_window_restore_geometry (self);
}

static void
hp_window_dispose (GObject *object)
{
  HpWindow *self = HP_WINDOW (object);

  g_clear_handle_id (&self->checks_source, g_source_remove);
  /* GtkWindow's dispose takes the window off the toplevels, after this. */
  g_signal_handlers_disconnect_by_func (gtk_window_get_toplevels (), on_toplevels_changed, self);
  g_clear_handle_id (&self->refocus_source, g_source_remove);
  g_clear_weak_pointer (&self->last_focus);
  if (self->checks_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->checks_tick);
  self->checks_tick = 0;

  /* Closed with changes nobody was asked about (the session ended, say):
   * keep the draft, up to date, for the next start to offer. */
  if (self->dirty && self->draft_source != 0)
    hp_window_write_draft_now (self);
  else if (!self->dirty)
    hp_window_discard_draft (self);
  g_clear_handle_id (&self->draft_source, g_source_remove);

  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (self->chooser);
      g_clear_object (&self->chooser);
    }

  if (self->help_overlay != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->help_overlay),
                                    (gpointer *) &self->help_overlay);
      gtk_window_destroy (g_steal_pointer (&self->help_overlay));
    }

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), HP_TYPE_WINDOW);

  G_OBJECT_CLASS (hp_window_parent_class)->dispose (object);
}

static void
hp_window_finalize (GObject *object)
{
  HpWindow *self = HP_WINDOW (object);

  g_clear_object (&self->history);
  g_clear_object (&self->plan);
  g_clear_object (&self->file);
  g_clear_object (&self->context);
  g_clear_object (&self->settings);
  g_clear_object (&self->catalogue);
  g_clear_object (&self->drafts);
  g_clear_object (&self->findings);
  g_free (self->draft_path);

  G_OBJECT_CLASS (hp_window_parent_class)->finalize (object);
}

static void
hp_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  HpWindow *self = HP_WINDOW (object);

  switch (prop_id)
    {
    case HP_WINDOW_PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case HP_WINDOW_PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case HP_WINDOW_PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case HP_WINDOW_PROP_DIRTY:
      g_value_set_boolean (value, self->dirty);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  HpWindow *self = HP_WINDOW (object);

  switch (prop_id)
    {
    case HP_WINDOW_PROP_CONTEXT:
      g_set_object (&self->context, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_window_class_init (HpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = hp_window_dispose;
  object_class->finalize = hp_window_finalize;
  object_class->get_property = hp_window_get_property;
  object_class->set_property = hp_window_set_property;

  window_class->close_request = hp_window_close_request;
  widget_class->focus = hp_window_focus;
  gtk_widget_class_add_binding (widget_class, GDK_KEY_F6, 0, focus_region, "b", TRUE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_F6, GDK_SHIFT_MASK, focus_region, "b", FALSE);
  widget_class->map = hp_window_map;

  /* What the window takes from the application (hp-context.h). */
  hp_window_properties[HP_WINDOW_PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HP_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  hp_window_properties[HP_WINDOW_PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, HP_TYPE_PLAN,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  hp_window_properties[HP_WINDOW_PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  hp_window_properties[HP_WINDOW_PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, HP_WINDOW_N_PROPS, hp_window_properties);

  g_type_ensure (HP_TYPE_TAB_STOP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/se/hamtplan/Hamtplan/ui/hp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HpWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, section_list);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, findings_panel);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, findings_list);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, page_stack);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, catalogue_bar);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, catalogue_label);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, primary_menu);

  hp_window_actions_class_init (widget_class);
}

static void
create_primary_menu (GtkMenuButton *button,
                     gpointer       user_data)
{
  HpWindow *self = HP_WINDOW (user_data);

  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static void
hp_window_init (HpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The main menu's pop-over is made when it is first opened (by a click
   * or F10), not with every window before its first frame. */
  gtk_menu_button_set_create_popup_func (self->menu_button, create_primary_menu, self, NULL);

  hp_window_actions_init (self);
  hp_window_keyboard_init (self);
  hp_window_sidebar_init (self);
  hp_window_catalogue_bar_init (self);
}

/* Public */

/**
 * hp_window_new:
 *
 * Returns: (transfer none): a new window showing a new plan, prefilled with
 * the caseworker's own details from the settings
 */
HpWindow *
hp_window_new (GtkApplication *application,
               HpContext      *context)
{
  HpWindow *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (HP_IS_CONTEXT (context), NULL);

  self = g_object_new (HP_TYPE_WINDOW, "application", application, "context", context, NULL);
  hp_window_set_up (self, NULL, NULL);

  return self;
}

/**
 * hp_window_new_for_file:
 *
 * A new window showing the plan in @file; when it cannot be loaded, a new
 * plan, shown with the message over it.
 *
 * Returns: (transfer none): the window
 */
HpWindow *
hp_window_new_for_file (GtkApplication *application,
                        HpContext      *context,
                        GFile          *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = NULL;
  g_autofree char *name = NULL;
  HpWindow *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (HP_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  plan = hp_window_load_plan (context, file, &name, &error);
  self = g_object_new (HP_TYPE_WINDOW, "application", application, "context", context, NULL);
  hp_window_set_up (self, plan, plan != NULL ? file : NULL);
  if (plan == NULL)
    hp_window_show_open_error (self, name, error);

  return self;
}
