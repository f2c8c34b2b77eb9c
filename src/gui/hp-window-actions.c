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
  NEEDS_VISIT    = 1 << 2,
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
 * built here the first time it is shown.  GtkApplicationWindow then keeps
 * it, modal over this window and hidden when closed. */
static void
win_show_help_overlay (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/se/hamtplan/Hamtplan/ui/help-overlay.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }

  gtk_window_present (GTK_WINDOW (overlay));
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
  self->actions_enabled = NEEDS_CONTACT | NEEDS_CONSENT | NEEDS_VISIT;
  g_signal_connect (self, "notify::plan", G_CALLBACK (on_plan_notify), NULL);
}
