/* hp-preferences-window.h: the caseworker's own details for new plans */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HP_TYPE_PREFERENCES_WINDOW (hp_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (HpPreferencesWindow, hp_preferences_window, HP, PREFERENCES_WINDOW, GtkWindow)

GtkWidget *hp_preferences_window_new (GSettings *settings);

G_END_DECLS
