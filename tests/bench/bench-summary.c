/* bench-summary.c: all benchmark rows in one table, with the machine
 *
 *   bench-summary RESULTS_DIR
 *
 * Runs last (lowest priority): each benchmark kept its rows in RESULTS_DIR;
 * this prints them together, ready to paste into the README.
 */

#define G_LOG_DOMAIN "bench-summary"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "hp-bench.h"

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) stale = g_string_new (NULL);
  g_autofree char *machine = hp_bench_describe_machine ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *when = g_date_time_format (now, "%Y-%m-%d %H:%M");
  const char *name;

  if (argc != 2)
    {
      g_printerr ("usage: bench-summary RESULTS_DIR\n");
      return 2;
    }

  dir = g_dir_open (argv[1], 0, &error);
  if (dir == NULL)
    {
      printf ("No benchmark results yet: %s\n", error->message);
      return HP_BENCH_EXIT_SKIP;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".md"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  printf ("\nHämtplan benchmarks, %s\nMachine: %s\n\n%s", when, machine, hp_bench_table_header ());
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (argv[1], names->pdata[i], NULL);
      g_autofree char *text = NULL;
      GStatBuf st;

      if (!g_file_get_contents (path, &text, NULL, NULL))
        continue;
      fputs (text, stdout);

      /* A row from an earlier `meson test --benchmark` than this one. */
      if (g_stat (path, &st) == 0 && g_date_time_to_unix (now) - st.st_mtime > 15 * 60)
        {
          g_autoptr(GDateTime) then = g_date_time_new_from_unix_local (st.st_mtime);
          g_autofree char *then_text = g_date_time_format (then, "%Y-%m-%d %H:%M");

          g_string_append_printf (stale, "Note: %s is from an earlier run (%s).\n",
                                  (char *) names->pdata[i], then_text);
        }
    }
  printf ("\n%s", stale->str);
  printf ("Run again: meson test -C build --benchmark --suite bench\n");
  return 0;
}
