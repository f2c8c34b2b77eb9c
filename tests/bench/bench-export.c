/* bench-export.c: the full plan as PDF from the command line, against a bare
 * cairo + Pango program writing the same text
 *
 *   bench-export RESULTS_DIR HAMTPLAN PDF_FLOOR PLAN_1000 FONT [--fsync]
 *
 * A warm-up export gives the PDF whose text (pdftotext), page size (pdfinfo)
 * become the floor's input; FONT is the Pango font of the export's body text.
 * Then `hamtplan --export-pdf=OUT.pdf PLAN` and `pdf-floor TEXT OUT.pdf`
 * alternate, timed from spawn to exit, with their peak resident memory from
 * wait4 ().  No display is given: the export must not need one.
 */

#define G_LOG_DOMAIN "bench-export"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hp-bench.h"

#define N_RUNS     15
#define TIMEOUT_S  60.0
#define RESULT_KEY "3-export.md"

static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int wait_status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                     &out, &err, &wait_status, &error) ||
      !g_spawn_check_wait_status (wait_status, &error))
    {
      g_printerr ("bench-export: %s: %s\n%s", argv[0], error->message, err != NULL ? err : "");
      exit (1);
    }
  return g_steal_pointer (&out);
}

/* "Page size:      595.276 x 841.89 pts (A4)" */
static void
page_size (const char *pdfinfo,
           double     *width,
           double     *height,
           int        *pages)
{
  const char *line = strstr (pdfinfo, "Page size:");
  const char *count = strstr (pdfinfo, "Pages:");
  char *end = NULL;

  if (line == NULL || count == NULL)
    {
      g_printerr ("bench-export: pdfinfo gave no page size:\n%s", pdfinfo);
      exit (1);
    }
  *width = g_ascii_strtod (line + strlen ("Page size:"), &end);
  while (*end == ' ' || *end == 'x')
    end++;
  *height = g_ascii_strtod (end, NULL);
  *pages = atoi (count + strlen ("Pages:"));
}

static int
count_pages (const char *pdf)
{
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *info = run_tool (argv);
  double w, h;
  int pages;

  page_size (info, &w, &h, &pages);
  return pages;
}

/* The font names pdffonts lists, without the subset prefix. */
static char *
font_names (const char *pdffonts)
{
  g_auto(GStrv) lines = g_strsplit (pdffonts, "\n", -1);
  g_autoptr(GString) names = g_string_new (NULL);

  /* Two header lines, then one font a line. */
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit_set (lines[i], " ", 2);
      const char *name = fields[0];
      const char *plus;

      if (i < 2 || name == NULL || *name == '\0')
        continue;
      plus = strchr (name, '+');
      if (plus != NULL)
        name = plus + 1;
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, name);
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

int
main (int   argc,
      char *argv[])
{
  const char *results_dir, *hamtplan, *floor_prog, *plan, *font;
  gboolean do_fsync;
  g_autoptr(GError) error = NULL;
  g_autofree char *work = NULL;
  g_autofree char *app_pdf = NULL;
  g_autofree char *floor_pdf = NULL;
  g_autofree char *text_path = NULL;
  g_autofree char *export_arg = NULL;
  g_autofree char *width_arg = NULL;
  g_autofree char *height_arg = NULL;
  g_autofree char *info = NULL;
  g_autofree char *fonts = NULL;
  g_autofree char *fonts_text = NULL;
  g_auto(GStrv) env = NULL;
  g_autoptr(GArray) app_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) floor_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) app_mb = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) floor_mb = g_array_new (FALSE, FALSE, sizeof (double));
  double width, height;
  int pages, status;

  if (argc != 6 && argc != 7)
    {
      g_printerr ("usage: bench-export RESULTS_DIR HAMTPLAN PDF_FLOOR PLAN_1000 FONT [--fsync]\n");
      return 2;
    }
  results_dir = argv[1];
  hamtplan = argv[2];
  floor_prog = argv[3];
  plan = argv[4];
  font = argv[5];
  do_fsync = argc == 7 && strcmp (argv[6], "--fsync") == 0;

  if (!hp_bench_file_contains (hamtplan, "export-pdf"))
    return hp_bench_skip (results_dir, RESULT_KEY,
                          "Export the full plan as PDF, 1000 items",
                          "this hamtplan has no --export-pdf yet");

  work = g_dir_make_tmp ("hp-bench-export-XXXXXX", &error);
  if (work == NULL)
    {
      g_printerr ("bench-export: %s\n", error->message);
      return 1;
    }
  app_pdf = g_build_filename (work, "app.pdf", NULL);
  floor_pdf = g_build_filename (work, "floor.pdf", NULL);
  text_path = g_build_filename (work, "text.txt", NULL);
  export_arg = g_strdup_printf ("--export-pdf=%s", app_pdf);

  /* No display: the command line must not need one. */
  env = g_get_environ ();
  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");

  {
    const char *app_argv[] = { hamtplan, export_arg, plan, NULL };
    const char *text_argv[] = { "pdftotext", app_pdf, text_path, NULL };
    const char *info_argv[] = { "pdfinfo", app_pdf, NULL };
    const char *fonts_argv[] = { "pdffonts", app_pdf, NULL };
    HpBenchRun run;

    hp_bench_spawn_or_die (app_argv, (const char * const *) env, TIMEOUT_S, &run);
    hp_bench_run_clear (&run);

    g_free (run_tool (text_argv));
    info = run_tool (info_argv);
    page_size (info, &width, &height, &pages);
    fonts_text = run_tool (fonts_argv);
    fonts = font_names (fonts_text);
  }

  width_arg = g_strdup_printf ("--width=%g", width);
  height_arg = g_strdup_printf ("--height=%g", height);

  {
    g_autofree char *font_arg = g_strdup_printf ("--font=%s", font);
    const char *app_argv[] = { hamtplan, export_arg, plan, NULL };
    const char *floor_argv[] = { floor_prog, font_arg, width_arg, height_arg,
                                 text_path, floor_pdf, do_fsync ? "--fsync" : NULL, NULL };
    const char * const *argvs[2] = { app_argv, floor_argv };
    GArray *ms[2] = { app_ms, floor_ms };
    GArray *mb[2] = { app_mb, floor_mb };

    /* One warm-up of the floor, then alternate, changing who goes first. */
    for (int round = -1; round < N_RUNS; round++)
      for (int k = 0; k < 2; k++)
        {
          int p = round < 0 ? 1 : (k + round) % 2;
          HpBenchRun run;

          if (round < 0 && k == 1)
            continue;
          hp_bench_spawn_or_die (argvs[p], (const char * const *) env, TIMEOUT_S, &run);
          if (round >= 0)
            {
              g_array_append_val (ms[p], run.wall_ms);
              g_array_append_val (mb[p], run.max_rss_mb);
            }
          hp_bench_run_clear (&run);
        }
  }

  printf ("\nHämtplan's PDF: %d pages of %g × %g pt, fonts: %s\n"
          "Floor's PDF: %d pages, one font (%s)%s\n",
          pages, width, height, fonts, count_pages (floor_pdf), font,
          do_fsync ? ", flushed to disk like the export" : "");

  {
    HpBenchRow rows[] = {
      {
        .name = "Export the full plan as PDF, 1000 items (hamtplan --export-pdf)",
        .unit = "ms",
        .values = app_ms,
        .floor_name = "bare cairo + Pango, same text and page size",
        .floor_values = floor_ms,
        .goal_kind = HP_BENCH_GOAL_RATIO,
        .goal = 1.5,
      },
      {
        .name = "Peak memory of that export (max RSS)",
        .unit = "MB",
        .values = app_mb,
        .floor_name = "bare cairo + Pango, same text and page size",
        .floor_values = floor_mb,
        .goal_kind = HP_BENCH_GOAL_ABSOLUTE,
        .goal = 25,
      },
    };

    status = hp_bench_report (results_dir, RESULT_KEY, rows, G_N_ELEMENTS (rows));
  }

  hp_bench_remove_tree (work);
  return status;
}
