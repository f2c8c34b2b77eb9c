/* bench-first-frame.c: time to the first painted frame of the window
 *
 *   bench-first-frame RESULTS_DIR HAMTPLAN MINIMAL_WINDOW PLAN_300 PLAN_10000
 *
 * Starts a private Xvfb, then times from spawn to exit, alternating:
 *   - minimal-window (the floor: an empty GTK 4 window, same size),
 *   - hamtplan opening the 300-item plan,
 *   - hamtplan opening the 10,000-item plan,
 * each quitting after its first painted frame (Hämtplan does so under
 * HAMTPLAN_EXIT_AFTER_FIRST_FRAME=1, src/gui/hp-first-frame-exit.c) and
 * saying so on stderr: a run that ends without "first frame painted"
 * painted nothing, and fails the benchmark.  All get the same environment:
 * GSK_RENDERER=cairo, no session bus (DBUS_SESSION_BUS_ADDRESS=disabled:,
 * so neither pays for starting one and nothing outlives a run), no
 * accessibility bus, memory GSettings, and private XDG folders.
 */

#define G_LOG_DOMAIN "bench-first-frame"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hp-bench.h"
#include "hp-model.h"
#include "hp-plan-file.h"

#define N_RUNS     11
#define TIMEOUT_S  60.0

enum { MINIMAL, APP_300, APP_10000, N_PROGRAMS };

static void
check_plan (const char *path,
            guint       n_items)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = hp_plan_file_load (path, &error);

  /* The window would show an error instead of the plan and look fast. */
  if (plan == NULL || g_list_model_get_n_items (G_LIST_MODEL (plan->items)) != n_items)
    {
      g_printerr ("bench-first-frame: %s is not a valid %u-item plan: %s\n", path, n_items,
                  error != NULL ? error->message : "wrong number of items");
      exit (1);
    }
}

int
main (int   argc,
      char *argv[])
{
  const char *results_dir, *hamtplan, *minimal, *plan_300, *plan_10000;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  g_autofree char *xdg = NULL;
  g_autofree char *xdg_config = NULL;
  g_autofree char *xdg_data = NULL;
  g_autofree char *xdg_cache = NULL;
  g_autofree char *xdg_state = NULL;
  g_auto(GStrv) env = NULL;
  GArray *times[N_PROGRAMS];
  int status;

  if (argc != 6)
    {
      g_printerr ("usage: bench-first-frame RESULTS_DIR HAMTPLAN MINIMAL_WINDOW PLAN_300 PLAN_10000\n");
      return 2;
    }
  results_dir = argv[1];
  hamtplan = argv[2];
  minimal = argv[3];
  plan_300 = argv[4];
  plan_10000 = argv[5];

  check_plan (plan_300, 300);
  check_plan (plan_10000, 10000);

  display = hp_bench_xvfb_start (&error);
  if (display == NULL)
    {
      g_printerr ("bench-first-frame: %s\n", error->message);
      return 1;
    }

  xdg = g_dir_make_tmp ("hp-bench-XXXXXX", &error);
  if (xdg == NULL)
    {
      g_printerr ("bench-first-frame: %s\n", error->message);
      hp_bench_xvfb_stop ();
      return 1;
    }
  xdg_config = g_build_filename (xdg, "config", NULL);
  xdg_data = g_build_filename (xdg, "data", NULL);
  xdg_cache = g_build_filename (xdg, "cache", NULL);
  xdg_state = g_build_filename (xdg, "state", NULL);

  env = g_get_environ ();
  env = g_environ_setenv (env, "DISPLAY", display, TRUE);
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  env = g_environ_setenv (env, "GDK_BACKEND", "x11", TRUE);
  env = g_environ_setenv (env, "GSK_RENDERER", "cairo", TRUE);
  env = g_environ_setenv (env, "DBUS_SESSION_BUS_ADDRESS", "disabled:", TRUE);
  env = g_environ_setenv (env, "GTK_A11Y", "none", TRUE);
  env = g_environ_setenv (env, "NO_AT_BRIDGE", "1", TRUE);
  env = g_environ_setenv (env, "GSETTINGS_BACKEND", "memory", TRUE);
  env = g_environ_setenv (env, "XDG_CONFIG_HOME", xdg_config, TRUE);
  env = g_environ_setenv (env, "XDG_DATA_HOME", xdg_data, TRUE);
  env = g_environ_setenv (env, "XDG_CACHE_HOME", xdg_cache, TRUE);
  env = g_environ_setenv (env, "XDG_STATE_HOME", xdg_state, TRUE);
  env = g_environ_setenv (env, "HAMTPLAN_EXIT_AFTER_FIRST_FRAME", "1", TRUE);

  {
    const char *argvs[N_PROGRAMS][3] = {
      [MINIMAL] = { minimal, NULL, NULL },
      [APP_300] = { hamtplan, plan_300, NULL },
      [APP_10000] = { hamtplan, plan_10000, NULL },
    };

    for (int p = 0; p < N_PROGRAMS; p++)
      times[p] = g_array_new (FALSE, FALSE, sizeof (double));

    /* One round of warm-up (page cache, font cache), then the measured
     * rounds, each starting with another program so none always runs
     * right after the same one. */
    for (int round = -1; round < N_RUNS; round++)
      for (int k = 0; k < N_PROGRAMS; k++)
        {
          int p = (k + (round < 0 ? 0 : round)) % N_PROGRAMS;
          HpBenchRun run;

          hp_bench_spawn_or_die (argvs[p], (const char * const *) env, TIMEOUT_S, &run);
          /* A program that ended fast without painting (a window that
           * failed, an error shown instead) would look like a fast frame. */
          if (run.err == NULL || strstr (run.err, "first frame painted") == NULL)
            {
              g_printerr ("bench-first-frame: %s ended without painting its first frame\n%s",
                          argvs[p][0], run.err != NULL ? run.err : "");
              hp_bench_xvfb_stop ();
              exit (1);
            }
          if (round >= 0)
            g_array_append_val (times[p], run.wall_ms);
          hp_bench_run_clear (&run);
        }
  }

  hp_bench_xvfb_stop ();

  {
    HpBenchRow rows[] = {
      {
        .name = "First frame, 300-item plan (Xvfb, GSK_RENDERER=cairo)",
        .unit = "ms",
        .values = times[APP_300],
        .floor_name = "minimal GTK 4 window, same size",
        .floor_values = times[MINIMAL],
        .goal_kind = HP_BENCH_GOAL_RATIO,
        .goal = 1.3,
      },
      {
        .name = "First frame, 10000-item plan (Xvfb, GSK_RENDERER=cairo)",
        .unit = "ms",
        .values = times[APP_10000],
        .floor_name = "the 300-item plan above",
        .floor_values = times[APP_300],
        .goal_kind = HP_BENCH_GOAL_RATIO,
        .goal = 2.0,
      },
    };

    status = hp_bench_report (results_dir, "2-first-frame.md", rows, G_N_ELEMENTS (rows));
  }

  for (int p = 0; p < N_PROGRAMS; p++)
    g_array_unref (times[p]);

  hp_bench_remove_tree (xdg);

  return status;
}
