/* hp-test-window-actions.h: the main window's actions as a user meets them
 *
 * The win.* actions are the window class's (src/gui/hp-window-actions.c),
 * not a GActionGroup's: a test sees them through what a user has, a
 * widget that names the action (greyed out when it is disabled) and the
 * key bound to it.
 */
#pragma once

#include <gtk/gtk.h>
#include <string.h>

/* Whether @action is enabled as a button that names it shows it: put in
 * the window's title bar for as long as it takes to look. */
static inline gboolean
hp_test_action_enabled (GtkWindow  *window,
                        const char *action)
{
  GtkWidget *header = gtk_window_get_titlebar (window);
  GtkWidget *button = gtk_button_new ();
  gboolean enabled;

  g_assert_true (GTK_IS_HEADER_BAR (header));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), button);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  enabled = gtk_widget_get_sensitive (button);
  gtk_header_bar_remove (GTK_HEADER_BAR (header), button);
  return enabled;
}

/* Whether the window's class has @action at all. */
static inline gboolean
hp_test_window_has_action (GtkWindow  *window,
                           const char *action)
{
  GType owner;
  const char *name;
  const GVariantType *parameter_type;
  const char *property;

  /* GTK 4.8 fills in every one of them. */
  for (guint i = 0;
       gtk_widget_class_query_action (GTK_WIDGET_GET_CLASS (window), i, &owner, &name,
                                      &parameter_type, &property);
       i++)
    if (strcmp (name, action) == 0)
      return TRUE;
  return FALSE;
}

/* The key bound to @action (with @target, or none) on the window, as
 * "<Control>p"; NULL when none is. */
static inline char *
hp_test_window_accel (GtkWindow  *window,
                      const char *action,
                      GVariant   *target)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  char *found = NULL;

  if (target != NULL)
    g_variant_ref_sink (target);
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && found == NULL; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)) && found == NULL;
           j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *named = gtk_shortcut_get_action (shortcut);
          GVariant *arguments = gtk_shortcut_get_arguments (shortcut);

          if (GTK_IS_NAMED_ACTION (named)
              && strcmp (gtk_named_action_get_action_name (GTK_NAMED_ACTION (named)), action) == 0
              && (target == NULL ? arguments == NULL
                                 : arguments != NULL && g_variant_equal (arguments, target)))
            found = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
        }
    }
  if (target != NULL)
    g_variant_unref (target);
  return found;
}
