/* minimal-window.c: the floor for time to first frame
 *
 *   minimal-window [WIDTH HEIGHT]
 *
 * The least a GTK 4 application does to show a window: a GtkApplication, an
 * empty GtkWindow of the size Hämtplan opens at (1180 × 760 by default), and
 * a quit once the first frame is painted, the same way Hämtplan does it under
 * HAMTPLAN_EXIT_AFTER_FIRST_FRAME=1 (src/gui/hp-first-frame-exit.c: the
 * frame clock's "after-paint" of the mapped window, then from an idle
 * gdk_display_sync, the line "first frame painted" on stderr and _exit).
 * Timed from outside, spawn to exit.
 */

#define G_LOG_DOMAIN "minimal-window"

#include "config.h"

#include <gtk/gtk.h>
#include <unistd.h>
#include <stdlib.h>

static int width = 1180;
static int height = 760;

/* Once the first frame has reached the X server (the round trip of
 * gdk_display_sync), the process leaves at once: what is timed from outside
 * is the time to the first frame, not the tearing down of the window. */
static gboolean
quit_idle (gpointer user_data)
{
  GdkSurface *surface = user_data;

  gdk_display_sync (gdk_display_get_default ());
  g_printerr ("minimal-window: first frame painted (%d×%d)\n",
              gdk_surface_get_width (surface), gdk_surface_get_height (surface));
  _exit (0);
  return G_SOURCE_REMOVE;
}

static void
on_first_paint (GdkFrameClock *clock,
                GtkWidget     *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  /* As Hämtplan: a paint counts once the window is on screen. */
  if (surface == NULL || !gdk_surface_get_mapped (surface))
    return;
  g_signal_handlers_disconnect_by_func (clock, on_first_paint, window);
  g_idle_add_full (G_PRIORITY_DEFAULT, quit_idle, g_object_ref (surface), g_object_unref);
}

static void
on_activate (GtkApplication *app)
{
  GtkWidget *window = gtk_application_window_new (app);
  GdkFrameClock *clock;

  gtk_window_set_title (GTK_WINDOW (window), "minimal-window");
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));

  clock = gtk_widget_get_frame_clock (window);
  g_assert (clock != NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_first_paint), window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) app = NULL;

  if (argc == 3)
    {
      width = atoi (argv[1]);
      height = atoi (argv[2]);
    }

  app = gtk_application_new ("se.hamtplan.BenchMinimalWindow", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (app), 1, argv);
}
