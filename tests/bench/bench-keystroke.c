/* bench-keystroke.c: from one keystroke in a text field of a 10,000-item
 * plan to the next painted frame, with the checks run again and the
 * findings panel showing their new result
 *
 *   bench-keystroke RESULTS_DIR PLAN_10000
 *
 * The real window (an HpWindow of an HpApplication, in this process) shows
 * the plan in a private Xvfb with GSK_RENDERER=cairo, as the first-frame
 * benchmark runs the program.  On the Support page the caseworker types in
 * "Rooms staff may enter" while staff do not enter the home: each key that
 * fills the empty field makes the finding rooms-without-entry appear, each
 * BackSpace that empties it makes it go, so every keystroke changes what
 * the panel must show (the other 400-odd findings of this plan stay).
 * Then the same keys after "Hallen": the finding stays, the panel keeps
 * every row, and only the checks and the entry's own change are left.
 * The floor: the same keys into a bare GtkEntry in a window of the same
 * size.  GTK's frame clock starts a frame on its 60 Hz grid, so even that
 * waits some milliseconds for its frame; the goal (16 ms) is absolute,
 * the floor says how much of it GTK and X take anyway.
 *
 * The keystroke is a real key event: XTestFakeKeyEvent() (libXtst, opened
 * at run time, so no header or build dependency) asks the X server to
 * press the key as a keyboard would.  The server sends the event to the
 * focused window, GDK reads it from the X connection, GtkText's key
 * controller hands it to its input method, which commits the character;
 * the entry's text changes, the binding writes the plan, and the plan's
 * "changed" runs whatever the window does on an edit.  Nothing in Hämtplan
 * knows it is measured.  (Inserting text into the GtkText with
 * gtk_editable_insert_text() would skip the X server, the event dispatch
 * and the input method; GTK 4 has no public way to make a key event.)
 *
 * Timed from just before the key is sent to the end of the first frame
 * clock "after-paint" at which both the entry holds the new text and the
 * findings panel has (or no longer has) that finding, after
 * gdk_display_sync(): the frame has reached the X server.  The key is
 * released right after it is pressed (held, the server would repeat it);
 * the release changes nothing in the window.
 * Keystrokes are 150 ms apart (a brisk typist's pace is 100-200 ms), so
 * each starts from a quiet window, and a little more: 0-16 ms, drawn from
 * a fixed seed.  GTK's frame clock keeps frames on its 60 Hz grid even
 * when idle, and 150 ms is nine frames: keys exactly 150 ms after a frame
 * all came just after a frame could start and waited nearly a whole frame
 * for the next (15 ms of the floor's 16).  A typist's keys fall anywhere
 * in a frame.  HAMTPLAN_BENCH_PHASE_LOCKED=1 types as before, to compare
 * with figures measured that way.
 */

#define G_LOG_DOMAIN "bench-keystroke"

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <gmodule.h>
#include <gtk/gtk.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <X11/keysym.h>

#include "hp-application.h"
#include "hp-bench.h"
#include "hp-checks.h"
#include "hp-findings-list.h"
#include "hp-model.h"
#include "hp-page-private.h"
#include "hp-page.h"
#include "hp-record-form.h"
#include "hp-window-private.h"
#include "hp-window.h"

#define N_WARMUP   6
#define N_RUNS     41
#define PAUSE_MS   150
#define TIMEOUT_MS 5000
#define ROOMS_PATH "support.rooms_to_enter"

typedef int (*FakeKeyFunc) (Display *, unsigned int, int, unsigned long);
typedef int (*QueryExtensionFunc) (Display *, int *, int *, int *, int *);

typedef struct
{
  HpWindow      *window;
  GtkEditable   *entry;
  GMainLoop     *loop;
  gboolean       waiting;
  const char    *expected_text;
  gboolean       expected_finding;
  double         t_key;
  double         t_text;
  double         t_done;
  double         cpu_key;         /* the process's CPU time at the key */
  double         cpu_done;        /* and at that frame */
  guint          frames;
  double         t_before_paint;  /* the start of the last frame */
} Bench;

static void
on_before_paint (GdkFrameClock *clock,
                 Bench         *b)
{
  b->t_before_paint = hp_bench_now_ms ();
}

static gboolean
quit_cb (gpointer loop)
{
  g_main_loop_quit (loop);
  return G_SOURCE_REMOVE;
}

static void
wait_ms (guint ms)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  g_timeout_add (ms, quit_cb, loop);
  g_main_loop_run (loop);
}

static gboolean
panel_shows_rooms_finding (HpWindow *window)
{
  GListModel *findings = hp_window_get_findings (window);

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(HpFindingItem) item = g_list_model_get_item (findings, i);

      if (g_strcmp0 (hp_finding_item_get_field (item), ROOMS_PATH) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
on_text_changed (GtkEditable *entry,
                 Bench       *b)
{
  if (b->waiting && b->t_text == 0)
    b->t_text = hp_bench_now_ms ();
}

/* CPU time of this process, all its threads: what the keystroke cost
 * whoever else shares the machine (the wall time waits for them too). */
static double
cpu_now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static void
on_after_paint (GdkFrameClock *clock,
                Bench         *b)
{
  if (!b->waiting)
    return;
  b->frames++;
  if (strcmp (gtk_editable_get_text (b->entry), b->expected_text) != 0 ||
      (b->window != NULL && panel_shows_rooms_finding (b->window) != b->expected_finding))
    return;

  gdk_display_sync (gtk_widget_get_display (GTK_WIDGET (b->entry)));
  b->t_done = hp_bench_now_ms ();
  b->cpu_done = cpu_now_ms ();
  b->waiting = FALSE;
  g_main_loop_quit (b->loop);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
nth_percentile (GArray *values,
                double  p)
{
  g_autoptr(GArray) sorted = g_array_copy (values);
  guint i;

  g_array_sort (sorted, compare_doubles);
  i = (guint) (p / 100.0 * (sorted->len - 1) + 0.5);
  return g_array_index (sorted, double, i);
}

typedef struct
{
  GArray *times;    /* key to the frame that showed it */
  GArray *to_text;  /* key to the entry's new text */
  GArray *frames;   /* frames painted until that one */
  GArray *start;    /* key to the start of that frame */
  GArray *frame;    /* that frame: the checks, the panel, layout, paint */
  GArray *cpu;      /* CPU time of the process from the key to that frame */
} Series;

static void
series_init (Series *s)
{
  GArray **all[] = { &s->times, &s->to_text, &s->frames, &s->start, &s->frame, &s->cpu };

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    *all[i] = g_array_new (FALSE, FALSE, sizeof (double));
}

static void
series_clear (Series *s)
{
  GArray **all[] = { &s->times, &s->to_text, &s->frames, &s->start, &s->frame, &s->cpu };

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    g_clear_pointer (all[i], g_array_unref);
}

static void
series_print (const char *what,
              Series     *s)
{
  g_print ("%s: median %.1f ms, 90th percentile %.1f ms, min %.1f ms, max %.1f ms "
           "(%u keystrokes)\n", what, hp_bench_median (s->times), nth_percentile (s->times, 90),
           hp_bench_min (s->times), hp_bench_max (s->times), s->times->len);
  g_print ("  medians: key to the entry's new text (X server, GDK, input method) %.1f ms; "
           "to the start of the frame that showed it %.1f ms; that frame (the checks, the "
           "panel, layout, paint, to the X server) %.1f ms; frames painted until it %.0f "
           "(max %.0f)\n",
           hp_bench_median (s->to_text), hp_bench_median (s->start), hp_bench_median (s->frame),
           hp_bench_median (s->frames), hp_bench_max (s->frames));
  g_print ("  CPU time of the process from the key to that frame: median %.1f ms, "
           "90th percentile %.1f ms\n", hp_bench_median (s->cpu), nth_percentile (s->cpu, 90));
}

/* Types k and BackSpace by turns after @base, N_WARMUP + N_RUNS keys; the
 * finding is shown after "k" and, after @base itself, when
 * @finding_at_base. */
static gboolean
type_keys (Bench       *b,
           Display     *xdisplay,
           FakeKeyFunc  fake_key,
           KeyCode      keys[2],
           const char  *base,
           gboolean     finding_at_base,
           Series      *out)
{
  g_autofree char *typed = g_strconcat (base, "k", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (13);
  gboolean locked = g_strcmp0 (g_getenv ("HAMTPLAN_BENCH_PHASE_LOCKED"), "1") == 0;

  series_init (out);
  for (int i = 0; i < N_WARMUP + N_RUNS; i++)
    {
      gboolean type = i % 2 == 0;
      guint timeout;

      b->expected_text = type ? typed : base;
      b->expected_finding = type || finding_at_base;
      b->t_text = 0;
      b->frames = 0;
      b->waiting = TRUE;
      timeout = g_timeout_add (TIMEOUT_MS, quit_cb, b->loop);

      /* Pressed and released at once: held down, the X server would
       * repeat the key while the benchmark waits. */
      b->t_key = hp_bench_now_ms ();
      b->cpu_key = cpu_now_ms ();
      fake_key (xdisplay, keys[type ? 0 : 1], True, 0);
      fake_key (xdisplay, keys[type ? 0 : 1], False, 0);
      XFlush (xdisplay);
      g_main_loop_run (b->loop);
      if (!b->waiting)
        g_source_remove (timeout);

      if (b->waiting)
        {
          g_printerr ("bench-keystroke: keystroke %d: no frame showed it within %d ms "
                      "(text “%s”, finding shown: %d, frames: %u)\n",
                      i, TIMEOUT_MS, gtk_editable_get_text (b->entry),
                      b->window != NULL && panel_shows_rooms_finding (b->window), b->frames);
          return FALSE;
        }
      if (i >= N_WARMUP)
        {
          double v[] = { b->t_done - b->t_key, b->t_text - b->t_key, b->frames,
                         b->t_before_paint - b->t_key, b->t_done - b->t_before_paint,
                         b->cpu_done - b->cpu_key };
          GArray *a[] = { out->times, out->to_text, out->frames, out->start, out->frame,
                          out->cpu };

          for (guint k = 0; k < G_N_ELEMENTS (v); k++)
            g_array_append_val (a[k], v[k]);
        }
      wait_ms (PAUSE_MS + (locked ? 0 : (guint) g_rand_int_range (rand, 0, 17)));
    }
  return TRUE;
}

static void
set_up_environment (const char *display,
                    const char *home)
{
  const char *vars[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" };
  const char *dirs[] = { "data", "config", "cache", "state" };

  g_setenv ("DISPLAY", display, TRUE);
  g_unsetenv ("WAYLAND_DISPLAY");
  g_setenv ("GDK_BACKEND", "x11", TRUE);
  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "disabled:", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);
  g_setenv ("NO_AT_BRIDGE", "1", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("HOME", home, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (vars); i++)
    {
      g_autofree char *path = g_build_filename (home, dirs[i], NULL);

      g_setenv (vars[i], path, TRUE);
    }
  {
    g_autofree char *path = g_build_filename (home, "system-config", NULL);

    g_setenv ("XDG_CONFIG_DIRS", path, TRUE);
  }
}

/* Median time of @n runs of the window's own checks-and-panel update,
 * and of the checks alone, for the figures printed beside the row. */
static void
time_parts (HpWindow *window,
            double   *checks_ms,
            double   *update_ms)
{
  g_autoptr(GArray) checks = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) update = g_array_new (FALSE, FALSE, sizeof (double));

  for (int i = 0; i < 7; i++)
    {
      double t = hp_bench_now_ms ();
      GPtrArray *findings = hp_checks_run (hp_window_get_plan (window), NULL);
      double d = hp_bench_now_ms () - t;

      g_ptr_array_unref (findings);
      g_array_append_val (checks, d);

      t = hp_bench_now_ms ();
      hp_window_run_checks (window);
      d = hp_bench_now_ms () - t;
      g_array_append_val (update, d);
    }
  *checks_ms = hp_bench_median (checks);
  *update_ms = hp_bench_median (update);
}

int
main (int   argc,
      char *argv[])
{
  const char *results_dir, *plan_path;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  g_autofree char *home = NULL;
  g_autoptr(GFile) file = NULL;
  GModule *xtst;  /* open until the process ends */
  Series changing = { 0 };
  Series staying = { 0 };
  Series bare = { 0 };
  FakeKeyFunc fake_key = NULL;
  QueryExtensionFunc query_extension = NULL;
  HpApplication *app;
  HpPlan *plan;
  GtkWidget *page;
  GtkWidget *form;
  Display *xdisplay;
  GdkFrameClock *clock;
  Bench b = { 0 };
  KeyCode keys[2];
  double checks_ms, update_ms;
  int status;
  int dummy;

  if (argc != 3)
    {
      g_printerr ("usage: bench-keystroke RESULTS_DIR PLAN_10000\n");
      return 2;
    }
  results_dir = argv[1];
  plan_path = argv[2];

  xtst = g_module_open ("libXtst.so.6", G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  if (xtst == NULL ||
      !g_module_symbol (xtst, "XTestFakeKeyEvent", (gpointer *) &fake_key) ||
      !g_module_symbol (xtst, "XTestQueryExtension", (gpointer *) &query_extension))
    return hp_bench_skip (results_dir, "5-keystroke.md",
                          "Keystroke to painted frame, 10000-item plan",
                          "libXtst.so.6 (the X test extension's library) is not installed");

  home = g_dir_make_tmp ("hp-bench-keystroke-XXXXXX", &error);
  display = home != NULL ? hp_bench_xvfb_start (&error) : NULL;
  if (display == NULL)
    {
      g_printerr ("bench-keystroke: %s\n", error->message);
      return 1;
    }
  set_up_environment (display, home);

  if (!gtk_init_check ())
    {
      g_printerr ("bench-keystroke: cannot open display %s\n", display);
      hp_bench_xvfb_stop ();
      return 1;
    }
  xdisplay = gdk_x11_display_get_xdisplay (gdk_display_get_default ());
  if (!query_extension (xdisplay, &dummy, &dummy, &dummy, &dummy))
    {
      hp_bench_xvfb_stop ();
      return hp_bench_skip (results_dir, "5-keystroke.md",
                            "Keystroke to painted frame, 10000-item plan",
                            "the X server has no XTEST extension");
    }
  keys[0] = XKeysymToKeycode (xdisplay, XK_k);
  keys[1] = XKeysymToKeycode (xdisplay, XK_BackSpace);

  app = hp_application_new ();
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    {
      g_printerr ("bench-keystroke: %s\n", error->message);
      hp_bench_xvfb_stop ();
      return 1;
    }

  b.window = hp_window_new (GTK_APPLICATION (app), hp_application_get_context (app));
  file = g_file_new_for_path (plan_path);
  if (!hp_window_open_file (b.window, file) ||
      g_list_model_get_n_items (G_LIST_MODEL (hp_window_get_plan (b.window)->items)) != 10000)
    {
      g_printerr ("bench-keystroke: %s is not a valid 10000-item plan\n", plan_path);
      hp_bench_xvfb_stop ();
      return 1;
    }
  plan = hp_window_get_plan (b.window);
  gtk_window_present (GTK_WINDOW (b.window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (b.window));
  hp_window_flush_timeouts (b.window);

  /* Staff wait outside and the rooms are empty: the finding is not there. */
  g_object_set (plan->support, "staff-enter-home", FALSE,
                "staff-position", HP_STAFF_POSITION_OUTSIDE, "rooms-to-enter", "", NULL);
  hp_window_show_section (b.window, HP_SECTION_SUPPORT);
  page = hp_window_get_page (b.window, HP_SECTION_SUPPORT);
  form = hp_page_find_form (HP_PAGE (page), ROOMS_PATH);
  b.entry = GTK_EDITABLE (hp_record_form_get_editor (HP_RECORD_FORM (form), "rooms_to_enter"));
  gtk_widget_grab_focus (GTK_WIDGET (b.entry));
  XSetInputFocus (xdisplay,
                  gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (b.window))),
                  RevertToParent, CurrentTime);
  wait_ms (500);
  hp_window_flush_timeouts (b.window);
  wait_ms (200);
  if (panel_shows_rooms_finding (b.window) || *gtk_editable_get_text (b.entry) != '\0')
    {
      g_printerr ("bench-keystroke: the window did not start as the benchmark expects\n");
      hp_bench_xvfb_stop ();
      return 1;
    }
  g_printerr ("bench-keystroke: %u findings in the panel\n",
              g_list_model_get_n_items (hp_window_get_findings (b.window)));

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (b.window));
  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint), &b);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &b);
  g_signal_connect (b.entry, "changed", G_CALLBACK (on_text_changed), &b);
  b.loop = g_main_loop_new (NULL, FALSE);

  /* Each key fills or empties the field: the finding comes and goes. */
  if (!type_keys (&b, xdisplay, fake_key, keys, "", FALSE, &changing))
    goto failed;
  /* Each key adds to a word or takes it away again: the finding stays. */
  g_object_set (plan->support, "rooms-to-enter", "Hallen", NULL);
  gtk_editable_set_position (b.entry, -1);
  wait_ms (300);
  if (!type_keys (&b, xdisplay, fake_key, keys, "Hallen", TRUE, &staying))
    goto failed;

  time_parts (b.window, &checks_ms, &update_ms);

  /* The floor: the same keys into a bare GtkEntry in a window of the same
   * size, shown over Hämtplan's, in the same process and display. */
  {
    GtkWidget *floor_window = gtk_window_new ();
    GtkWidget *entry = gtk_entry_new ();
    GdkFrameClock *floor_clock;

    gtk_window_set_default_size (GTK_WINDOW (floor_window), 1180, 760);
    gtk_widget_set_valign (entry, GTK_ALIGN_START);
    gtk_window_set_child (GTK_WINDOW (floor_window), entry);
    gtk_window_present (GTK_WINDOW (floor_window));
    gtk_test_widget_wait_for_draw (floor_window);
    gtk_widget_grab_focus (entry);
    XSetInputFocus (xdisplay,
                    gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (floor_window))),
                    RevertToParent, CurrentTime);
    wait_ms (300);
    b.window = NULL;
    b.entry = GTK_EDITABLE (entry);
    floor_clock = gtk_widget_get_frame_clock (floor_window);
    g_signal_connect (floor_clock, "before-paint", G_CALLBACK (on_before_paint), &b);
    g_signal_connect (floor_clock, "after-paint", G_CALLBACK (on_after_paint), &b);
    g_signal_connect (entry, "changed", G_CALLBACK (on_text_changed), &b);
    if (!type_keys (&b, xdisplay, fake_key, keys, "", FALSE, &bare))
      goto failed;
    g_signal_handlers_disconnect_by_data (floor_clock, &b);
  }

  series_print ("keystroke to painted frame, the finding coming and going", &changing);
  series_print ("keystroke to painted frame, the findings staying", &staying);
  series_print ("floor: keystroke to painted frame, a bare GtkEntry", &bare);
  g_print ("  the checks alone (hp_checks_run): median %.1f ms; checks and findings panel "
           "(hp_window_run_checks): median %.1f ms\n", checks_ms, update_ms);

  {
    HpBenchRow rows[] = {
      {
        .name = "Keystroke to painted frame, checks and findings updated, 10000-item plan "
                "(Xvfb, GSK_RENDERER=cairo)",
        .unit = "ms",
        .values = changing.times,
        .floor_name = "a bare GtkEntry, same keys",
        .floor_values = bare.times,
        .goal_kind = HP_BENCH_GOAL_ABSOLUTE,
        .goal = 16,
      },
      {
        .name = "The same, typing where the findings stay the same",
        .unit = "ms",
        .values = staying.times,
        .floor_name = "a bare GtkEntry, same keys",
        .floor_values = bare.times,
        .goal_kind = HP_BENCH_GOAL_ABSOLUTE,
        .goal = 16,
      },
    };

    status = hp_bench_report (results_dir, "5-keystroke.md", rows, G_N_ELEMENTS (rows));
  }

  g_signal_handlers_disconnect_by_data (clock, &b);
  series_clear (&changing);
  series_clear (&staying);
  series_clear (&bare);
  g_main_loop_unref (b.loop);
  hp_bench_xvfb_stop ();
  hp_bench_remove_tree (home);
  /* As the first-frame benchmark: what is measured is done; tearing the
   * window down is not part of it. */
  fflush (stdout);
  _exit (status);

failed:
  hp_bench_xvfb_stop ();
  _exit (1);
}
