/* hp-window-actions.c: every win.* action of the main window
 *
 * Each action is installed on the class, with its shortcut beside it (the
 * shortcuts window, ui/help-overlay.ui, and the menu's accel attributes in
 * ui/hp-window.ui show the same keys).  The menus and buttons name the
 * actions; a disabled action greys out whatever names it.
 *
 * What an action needs from the plan is in one table, needs[]; one
 * function, hp_window_actions_update(), enables each action from it
 * whenever the window's plan or anything in it changes:
 *   - a handover sheet (preview, print, export) goes to one of the plan's
 *     contacts: none while the plan has no contacts;
 *   - the consent record records the client's consents: none while the
 *     plan records no consent;
 *   - undo and redo: while the plan's history (hp-history.h) holds a step
 *     to undo or to redo;
 *   - a visit card is for one of the plan's visits: none while the plan
 *     has no visit;
 *   - everything else (new, open, save, the full plan, the journal, the
 *     sections, the shortcuts window) is always there: a new plan can be
 *     saved and printed as it is.
 */

#define G_LOG_DOMAIN "hp-window"

#include "config.h"

#include "hp-export-actions.h"
#include "hp-window-private.h"

/* What an action needs from the plan to be enabled (one bit each) */
typedef enum
{
  NEEDS_NOTHING  = 0,
  NEEDS_CONTACT  = 1 << 0,
  NEEDS_CONSENT  = 1 << 1,
  NEEDS_UNDO     = 1 << 2,
  NEEDS_REDO     = 1 << 3,
  NEEDS_VISIT    = 1 << 4,
} Needs;

static const struct
{
  const char *name;
  Needs       needs;
} needs[] = {
  { "win.export-handover", NEEDS_CONTACT },
  { "win.preview-handover", NEEDS_CONTACT },
  { "win.print-handover", NEEDS_CONTACT },
  { "win.export-consent-pdf", NEEDS_CONSENT },
  { "win.export-consent-xml", NEEDS_CONSENT },
  { "win.preview-consent", NEEDS_CONSENT },
  { "win.print-consent", NEEDS_CONSENT },
  { "win.undo", NEEDS_UNDO },
  { "win.redo", NEEDS_REDO },
  { "win.export-visit-card", NEEDS_VISIT },
  { "win.preview-visit-card", NEEDS_VISIT },
  { "win.print-visit-card", NEEDS_VISIT },
};

/* Files */

static void
win_new (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  hp_window_ask_then (HP_WINDOW (widget), HP_WINDOW_PENDING_NEW);
}

static void
win_open (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  hp_window_ask_then (HP_WINDOW (widget), HP_WINDOW_PENDING_OPEN);
}

static void
win_save (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  HpWindow *self = HP_WINDOW (widget);

  if (self->pending == HP_WINDOW_PENDING_NONE)
    hp_window_save (self);
}

static void
win_save_as (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HpWindow *self = HP_WINDOW (widget);

  if (self->pending == HP_WINDOW_PENDING_NONE)
    hp_window_save_as (self);
}

/* Undo and redo.  The plan is as unsaved as the step it is back at: undone
 * to where it was saved, it is saved again, and its draft goes. */

static void
show_saved_state (HpWindow *self)
{
  if (hp_history_is_saved (self->history))
    {
      hp_window_discard_draft (self);
      hp_window_set_dirty (self, FALSE);
    }
  else
    hp_window_set_dirty (self, TRUE);
}

static void
win_undo (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  HpWindow *self = HP_WINDOW (widget);

  if (hp_history_undo (self->history))
    show_saved_state (self);
}

static void
win_redo (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  HpWindow *self = HP_WINDOW (widget);

  if (hp_history_redo (self->history))
    show_saved_state (self);
}

/* A text input takes Ctrl+Z for its own undo before the window sees it,
 * even with that undo off.  The inputs of the plan have it off (their
 * typing is in the history, hp-record-form.c): for them the window takes
 * the keys first.  An input that keeps its own undo (a search) keeps the
 * keys too. */
static gboolean
focus_keeps_own_undo (HpWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (GTK_IS_TEXT (focus))
    return gtk_editable_get_enable_undo (GTK_EDITABLE (focus));
  if (GTK_IS_TEXT_VIEW (focus))
    return gtk_text_buffer_get_enable_undo (gtk_text_view_get_buffer (GTK_TEXT_VIEW (focus)));
  return FALSE;
}

static gboolean
undo_key_first (GtkWidget *widget,
                GVariant  *args,
                gpointer   action)
{
  if (focus_keeps_own_undo (HP_WINDOW (widget)))
    return FALSE;
  gtk_widget_activate_action (widget, action, NULL);
  return TRUE;
}

static void
add_undo_keys_first (HpWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  const struct
  {
    GdkModifierType  modifiers;
    const char      *action;
  } keys[] = {
    { GDK_CONTROL_MASK, "win.undo" },
    { GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo" },
  };

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (
      GTK_SHORTCUT_CONTROLLER (controller),
      gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_z, keys[i].modifiers),
                        gtk_callback_action_new (undo_key_first, (gpointer) keys[i].action,
                                                 NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/* Sections */

static void
win_show_section (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  int section = g_variant_get_int32 (parameter);

  if (section >= 0 && section < HP_WINDOW_N_SECTIONS)
    hp_window_show_section (HP_WINDOW (widget), (HpSection) section);
}

/* The shortcuts window.  Not GtkApplication's own gtk/help-overlay.ui,
 * which every new window builds whether it is ever asked for or not
 * (19 M of the instructions to the first frame, tests/bench first-frame):
 * built here when it is asked for, modal over this window, and destroyed
 * when closed.  Not kept hidden, as GtkApplicationWindow keeps its help
 * overlay: GTK 4.8's AT-SPI root answers a screen reader that asks for a
 * window index past the visible ones (a window closed in between) with the
 * last window it holds, and a hidden one has no accessible path, which
 * crashes the program (gtk/a11y/gtkatspiroot.c, GetChildAtIndex;
 * tests/e2e close_window checks it). */
static void
win_show_help_overlay (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  HpWindow *self = HP_WINDOW (widget);

  if (self->help_overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/se/hamtplan/Hamtplan/ui/help-overlay.ui");

      self->help_overlay = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_window_set_transient_for (self->help_overlay, GTK_WINDOW (self));
      gtk_window_set_modal (self->help_overlay, TRUE);
      gtk_window_set_destroy_with_parent (self->help_overlay, TRUE);
      gtk_window_set_hide_on_close (self->help_overlay, FALSE);
      g_object_add_weak_pointer (G_OBJECT (self->help_overlay),
                                 (gpointer *) &self->help_overlay);
    }

  gtk_window_present (self->help_overlay);
}

/* Documents (hp-export-actions.h) */

static void
win_print (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  hp_export_actions_print (HP_WINDOW (widget), HP_EXPORT_KIND_PLAN_PDF, NULL);
}

static void
win_preview_plan (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  hp_export_actions_preview (HP_WINDOW (widget), HP_EXPORT_KIND_PLAN_PDF, NULL);
}

static void
win_export_plan_pdf (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  hp_export_actions_choose_file (HP_WINDOW (widget), HP_EXPORT_KIND_PLAN_PDF, NULL);
}

static void
win_export_handover (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  hp_export_actions_hand_over (HP_WINDOW (widget), HP_EXPORT_PURPOSE_EXPORT);
}

static void
win_preview_handover (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  hp_export_actions_hand_over (HP_WINDOW (widget), HP_EXPORT_PURPOSE_PREVIEW);
}

static void
win_print_handover (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  hp_export_actions_hand_over (HP_WINDOW (widget), HP_EXPORT_PURPOSE_PRINT);
}

static void
win_export_consent_pdf (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  hp_export_actions_choose_file (HP_WINDOW (widget), HP_EXPORT_KIND_CONSENT_PDF, NULL);
}

static void
win_export_consent_xml (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  hp_export_actions_choose_file (HP_WINDOW (widget), HP_EXPORT_KIND_CONSENT_XML, NULL);
}

static void
win_preview_consent (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  hp_export_actions_preview (HP_WINDOW (widget), HP_EXPORT_KIND_CONSENT_PDF, NULL);
}

static void
win_print_consent (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  hp_export_actions_print (HP_WINDOW (widget), HP_EXPORT_KIND_CONSENT_PDF, NULL);
}

static void
win_export_visit_card (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  hp_export_actions_visit_card (HP_WINDOW (widget), HP_EXPORT_PURPOSE_EXPORT);
}

static void
win_preview_visit_card (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  hp_export_actions_visit_card (HP_WINDOW (widget), HP_EXPORT_PURPOSE_PREVIEW);
}

static void
win_print_visit_card (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  hp_export_actions_visit_card (HP_WINDOW (widget), HP_EXPORT_PURPOSE_PRINT);
}

static void
win_copy_journal (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  hp_export_actions_copy_journal (HP_WINDOW (widget));
}

/**
 * hp_window_actions_class_init:
 *
 * Installs every win.* action on the window's class, each with its
 * shortcut (app.quit's is the application's).
 */
void
hp_window_actions_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new", NULL, win_new);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new", NULL);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, win_open);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.open", NULL);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, win_save);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "win.save", NULL);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, win_save_as);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);

  /* The text inputs of the pages leave Ctrl+Z to these (hp-record-form.c):
   * one history for the whole plan, typing included. */
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, win_undo);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "win.undo", NULL);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, win_redo);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);

  /* Alt+1 .. Alt+9: the sections in the sidebar's order. */
  gtk_widget_class_install_action (widget_class, "win.show-section", "i", win_show_section);
  for (int i = 0; i < HP_WINDOW_N_SECTIONS; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-section", "i", i);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   win_show_help_overlay);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK,
                                       "win.show-help-overlay", NULL);

  gtk_widget_class_install_action (widget_class, "win.print", NULL, win_print);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print", NULL);
  gtk_widget_class_install_action (widget_class, "win.preview-plan", NULL, win_preview_plan);
  gtk_widget_class_install_action (widget_class, "win.export-plan-pdf", NULL,
                                   win_export_plan_pdf);
  gtk_widget_class_install_action (widget_class, "win.export-handover", NULL,
                                   win_export_handover);
  gtk_widget_class_install_action (widget_class, "win.preview-handover", NULL,
                                   win_preview_handover);
  gtk_widget_class_install_action (widget_class, "win.print-handover", NULL,
                                   win_print_handover);
  gtk_widget_class_install_action (widget_class, "win.export-consent-pdf", NULL,
                                   win_export_consent_pdf);
  gtk_widget_class_install_action (widget_class, "win.export-consent-xml", NULL,
                                   win_export_consent_xml);
  gtk_widget_class_install_action (widget_class, "win.preview-consent", NULL,
                                   win_preview_consent);
  gtk_widget_class_install_action (widget_class, "win.print-consent", NULL, win_print_consent);
  gtk_widget_class_install_action (widget_class, "win.export-visit-card", NULL,
                                   win_export_visit_card);
  gtk_widget_class_install_action (widget_class, "win.preview-visit-card", NULL,
                                   win_preview_visit_card);
  gtk_widget_class_install_action (widget_class, "win.print-visit-card", NULL,
                                   win_print_visit_card);
  gtk_widget_class_install_action (widget_class, "win.copy-journal", NULL, win_copy_journal);
}

/**
 * hp_window_actions_update:
 *
 * Enables each action from what the plan holds (needs[]).
 */
void
hp_window_actions_update (HpWindow *self)
{
  guint has = 0;

  if (self->plan == NULL)
    return;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->plan->contacts)) > 0)
    has |= NEEDS_CONTACT;
  if (g_list_model_get_n_items (G_LIST_MODEL (self->plan->consents)) > 0)
    has |= NEEDS_CONSENT;
  if (hp_history_can_undo (self->history))
    has |= NEEDS_UNDO;
  if (hp_history_can_redo (self->history))
    has |= NEEDS_REDO;
  if (g_list_model_get_n_items (G_LIST_MODEL (self->plan->visits)) > 0)
    has |= NEEDS_VISIT;

  /* The plan changes with every key typed: only what is new is told. */
  if (has == self->actions_enabled)
    return;
  self->actions_enabled = has;

  for (guint i = 0; i < G_N_ELEMENTS (needs); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), needs[i].name,
                                   (needs[i].needs & has) == needs[i].needs);
}

static void
on_plan_notify (HpWindow *self)
{
  /* Another plan, or a new one: nothing of the last can be undone.  One
   * restored from a draft has no saved state to come back to. */
  hp_history_set_plan (self->history, self->plan);
  if (self->dirty)
    hp_history_mark_unsaved (self->history);

  /* The old plan's handlers went with it (hp_window_take_plan()). */
  g_signal_connect_object (self->plan, "changed", G_CALLBACK (hp_window_actions_update), self,
                           G_CONNECT_SWAPPED);
  hp_window_actions_update (self);
}

/**
 * hp_window_actions_init:
 *
 * Keeps the actions enabled as the window's plan needs them, from the
 * plan it is set up with on.
 */
void
hp_window_actions_init (HpWindow *self)
{
  /* Every action starts enabled: told when the plan says otherwise. */
  self->actions_enabled = NEEDS_CONTACT | NEEDS_CONSENT | NEEDS_UNDO | NEEDS_REDO | NEEDS_VISIT;
  g_signal_connect (self, "notify::plan", G_CALLBACK (on_plan_notify), NULL);

  self->history = hp_history_new ();
  add_undo_keys_first (self);
  /* A step ends where the typing ends: when the focus moves on. */
  g_signal_connect_swapped (self, "notify::focus-widget", G_CALLBACK (hp_history_seal),
                            self->history);
  g_signal_connect_object (self->history, "notify::can-undo",
                           G_CALLBACK (hp_window_actions_update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->history, "notify::can-redo",
                           G_CALLBACK (hp_window_actions_update), self, G_CONNECT_SWAPPED);
}
