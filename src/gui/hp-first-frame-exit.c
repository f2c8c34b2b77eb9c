/* hp-first-frame-exit.c: HAMTPLAN_EXIT_AFTER_FIRST_FRAME=1 (see the header) */

#define G_LOG_DOMAIN "hp-first-frame-exit"

#include "config.h"

#include <unistd.h>

#include "hp-first-frame-exit.h"
#include "hp-temp-folder.h"

typedef struct
{
  GtkWindow *window;
  HpDrafts  *drafts;
  int        width;
  int        height;
} Watch;

/* Once the frame has reached the X server (the round trip of
 * gdk_display_sync), the process leaves at once: what is timed from
 * outside is the time to the first frame, not the tearing down of the
 * window. */
static gboolean
quit_idle (gpointer user_data)
{
  Watch *watch = user_data;

  /* Nothing typed yet, so no draft to keep: only the session lock. */
  if (watch->drafts != NULL)
    hp_drafts_close (watch->drafts);
  hp_temp_folder_remove ();
  gdk_display_sync (gdk_display_get_default ());
  /* Not a plan value: the window's size. */
  g_printerr ("hamtplan: %s (%d×%d)\n", HP_FIRST_FRAME_PAINTED, watch->width, watch->height);
  _exit (0);
  return G_SOURCE_REMOVE;
}

static void
on_after_paint (GdkFrameClock *clock,
                Watch         *watch)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (watch->window));

  /* A paint of a window not on screen (or of nothing) is not the frame
   * the benchmark waits for: wait for the next. */
  if (surface == NULL || !gdk_surface_get_mapped (surface)
      || gdk_surface_get_width (surface) <= 0 || gdk_surface_get_height (surface) <= 0)
    return;

  g_signal_handlers_disconnect_by_func (clock, on_after_paint, watch);
  watch->width = gdk_surface_get_width (surface);
  watch->height = gdk_surface_get_height (surface);
  g_idle_add_full (G_PRIORITY_DEFAULT, quit_idle, watch, NULL);
}

/**
 * hp_first_frame_exit_watch:
 * @window: the first window, presented
 * @drafts: (nullable): the drafts, to let go of their lock before leaving
 *
 * Under HAMTPLAN_EXIT_AFTER_FIRST_FRAME=1, ends the process once @window
 * has painted its first frame.
 *
 * Returns: whether it will (then nothing else is to be shown first)
 */
gboolean
hp_first_frame_exit_watch (GtkWindow *window,
                           HpDrafts  *drafts)
{
  GdkFrameClock *clock;
  Watch *watch;

  g_return_val_if_fail (GTK_IS_WINDOW (window), FALSE);

  if (g_strcmp0 (g_getenv ("HAMTPLAN_EXIT_AFTER_FIRST_FRAME"), "1") != 0)
    return FALSE;

  /* Lives until the process ends. */
  watch = g_new0 (Watch, 1);
  watch->window = g_object_ref (window);
  watch->drafts = drafts != NULL ? g_object_ref (drafts) : NULL;

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  if (clock == NULL)
    {
      g_printerr ("hamtplan: the window has no frame clock: no frame to wait for\n");
      _exit (1);
    }
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), watch);
  return TRUE;
}
