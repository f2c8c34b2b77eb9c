/* hp-preferences-window.c: the caseworker's own details for new plans
 *
 * The entries are bound to GSettings, so an edit is stored as it is typed
 * and there is nothing to apply or cancel.
 */

#define G_LOG_DOMAIN "hp-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-preferences-window.h"

struct _HpPreferencesWindow
{
  GtkWindow  parent_instance;

  GtkEntry  *name_entry;
  GtkEntry  *unit_entry;
  GtkEntry  *phone_entry;

  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (HpPreferencesWindow, hp_preferences_window, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hp_preferences_window_constructed (GObject *object)
{
  HpPreferencesWindow *self = HP_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (hp_preferences_window_parent_class)->constructed (object);

  g_settings_bind (self->settings, "caseworker-name", self->name_entry, "text",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "caseworker-unit", self->unit_entry, "text",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "caseworker-phone", self->phone_entry, "text",
                   G_SETTINGS_BIND_DEFAULT);
}

static void
hp_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  HpPreferencesWindow *self = HP_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_preferences_window_dispose (GObject *object)
{
  HpPreferencesWindow *self = HP_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HP_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (hp_preferences_window_parent_class)->dispose (object);
}

static void
hp_preferences_window_class_init (HpPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hp_preferences_window_constructed;
  object_class->set_property = hp_preferences_window_set_property;
  object_class->dispose = hp_preferences_window_dispose;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/se/hamtplan/Hamtplan/ui/hp-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HpPreferencesWindow, name_entry);
  gtk_widget_class_bind_template_child (widget_class, HpPreferencesWindow, unit_entry);
  gtk_widget_class_bind_template_child (widget_class, HpPreferencesWindow, phone_entry);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hp_preferences_window_init (HpPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hp_preferences_window_new:
 *
 * Returns: (transfer none): a modal window editing the caseworker's details
 * in @settings (schema se.hamtplan.Hamtplan)
 */
GtkWidget *
hp_preferences_window_new (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (HP_TYPE_PREFERENCES_WINDOW, "settings", settings, NULL);
}
