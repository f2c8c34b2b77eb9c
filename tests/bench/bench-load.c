/* bench-load.c: loading and validating a large plan against json-glib alone
 *
 *   bench-load RESULTS_DIR PLAN.hamtplan N_ITEMS
 *
 * The figure is hp_plan_file_load () (read, parse, check every member, build
 * the model) against json_parser_load_from_file () on the same file, which
 * only parses it into a tree: the floor is the JSON parsing that any loader
 * built on json-glib pays.  Runs of the two alternate, in one process, after
 * a warm-up of each; freeing the results is not timed.
 */

#define G_LOG_DOMAIN "bench-load"

#include "config.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <stdlib.h>

#include "hp-bench.h"
#include "hp-model.h"
#include "hp-plan-file.h"

#define N_RUNS 15

static double
time_plan_load (const char *path,
                guint       n_items)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = NULL;
  double start = hp_bench_now_ms ();
  double elapsed;

  plan = hp_plan_file_load (path, &error);
  elapsed = hp_bench_now_ms () - start;

  if (plan == NULL)
    {
      g_printerr ("bench-load: %s: %s\n", path, error->message);
      exit (1);
    }
  if (g_list_model_get_n_items (G_LIST_MODEL (plan->items)) != n_items)
    {
      g_printerr ("bench-load: %s: expected %u items, loaded %u\n", path, n_items,
                  g_list_model_get_n_items (G_LIST_MODEL (plan->items)));
      exit (1);
    }
  return elapsed;
}

static double
time_json_parse (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  double start = hp_bench_now_ms ();
  double elapsed;

  if (!json_parser_load_from_file (parser, path, &error))
    {
      g_printerr ("bench-load: %s: %s\n", path, error->message);
      exit (1);
    }
  elapsed = hp_bench_now_ms () - start;
  return elapsed;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GArray) load = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) parse = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *name = NULL;
  const char *results_dir, *path;
  guint n_items;

  if (argc != 4)
    {
      g_printerr ("usage: bench-load RESULTS_DIR PLAN.hamtplan N_ITEMS\n");
      return 2;
    }
  results_dir = argv[1];
  path = argv[2];
  n_items = (guint) g_ascii_strtoull (argv[3], NULL, 10);

  /* Warm-up: page cache, type registration, malloc arenas. */
  time_plan_load (path, n_items);
  time_json_parse (path);

  for (guint i = 0; i < N_RUNS; i++)
    {
      double t;

      /* Alternate which goes first, so neither always inherits the other's heap. */
      if (i % 2 == 0)
        {
          t = time_plan_load (path, n_items);
          g_array_append_val (load, t);
          t = time_json_parse (path);
          g_array_append_val (parse, t);
        }
      else
        {
          t = time_json_parse (path);
          g_array_append_val (parse, t);
          t = time_plan_load (path, n_items);
          g_array_append_val (load, t);
        }
    }

  name = g_strdup_printf ("Load and validate a %u-item plan (hp_plan_file_load)", n_items);
  {
    HpBenchRow row = {
      .name = name,
      .unit = "ms",
      .values = load,
      .floor_name = "json-glib parse into a tree",
      .floor_values = parse,
      .goal_kind = HP_BENCH_GOAL_RATIO,
      .goal = 1.5,
    };

    return hp_bench_report (results_dir, "1-load.md", &row, 1);
  }
}
