/* hp-bench.c: timing, process runs and the table shared by the benchmarks */

#define G_LOG_DOMAIN "hp-bench"

#include "config.h"

/* memmem () */
#define _GNU_SOURCE

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <glib-unix.h>
#include <glib/gstdio.h>

#include "hp-bench.h"

extern char **environ;

static GPid xvfb_pid = 0;

double
hp_bench_now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

void
hp_bench_run_clear (HpBenchRun *run)
{
  g_clear_pointer (&run->err, g_free);
}

/* Waits for @pid at most @timeout_s; a pidfd lets us wait with a timeout
 * without polling, so the wall time is not rounded to a polling step. */
static gboolean
wait_child (pid_t          pid,
            double         timeout_s,
            int           *status,
            struct rusage *usage)
{
#ifdef SYS_pidfd_open
  int pidfd = (int) syscall (SYS_pidfd_open, pid, 0);

  if (pidfd >= 0)
    {
      struct pollfd pfd = { .fd = pidfd, .events = POLLIN };
      int r;

      do
        r = poll (&pfd, 1, (int) (timeout_s * 1000));
      while (r < 0 && errno == EINTR);
      close (pidfd);
      if (r == 0)
        {
          kill (pid, SIGKILL);
          wait4 (pid, status, 0, usage);
          return FALSE;
        }
    }
#endif

  while (wait4 (pid, status, 0, usage) < 0)
    if (errno != EINTR)
      return FALSE;
  return TRUE;
}

gboolean
hp_bench_spawn (const char * const *argv,
                const char * const *envp,
                double               timeout_s,
                HpBenchRun          *run,
                GError             **error)
{
  posix_spawn_file_actions_t actions;
  char err_template[] = "/tmp/hp-bench-err-XXXXXX";
  int err_fd;
  pid_t pid;
  int status = 0;
  struct rusage usage = { 0 };
  double start;
  int r;
  gboolean finished;
  gsize length;

  memset (run, 0, sizeof *run);

  err_fd = g_mkstemp (err_template);
  if (err_fd < 0)
    {
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errno),
                   "cannot make a temporary file: %s", g_strerror (errno));
      return FALSE;
    }
  g_unlink (err_template);

  posix_spawn_file_actions_init (&actions);
  posix_spawn_file_actions_addopen (&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen (&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_adddup2 (&actions, err_fd, STDERR_FILENO);

  start = hp_bench_now_ms ();
  r = posix_spawnp (&pid, argv[0], &actions, NULL, (char * const *) argv,
                    envp != NULL ? (char * const *) envp : environ);
  posix_spawn_file_actions_destroy (&actions);
  if (r != 0)
    {
      close (err_fd);
      g_set_error (error, G_SPAWN_ERROR, G_SPAWN_ERROR_FAILED,
                   "cannot start %s: %s", argv[0], g_strerror (r));
      return FALSE;
    }

  finished = wait_child (pid, timeout_s, &status, &usage);
  run->wall_ms = hp_bench_now_ms () - start;
  run->max_rss_mb = usage.ru_maxrss / 1024.0;  /* kB on Linux */
  if (WIFEXITED (status))
    run->exit_status = WEXITSTATUS (status);
  else if (WIFSIGNALED (status))
    run->exit_status = 128 + WTERMSIG (status);

  {
    off_t end = lseek (err_fd, 0, SEEK_END);

    /* What the child said, for the message if it failed; at most 64 kB. */
    length = end > 0 ? MIN ((gsize) end, 64 * 1024) : 0;
    run->err = g_malloc0 (length + 1);
    if (length > 0 && pread (err_fd, run->err, length, 0) < 0)
      run->err[0] = '\0';
  }
  close (err_fd);

  if (!finished)
    {
      g_set_error (error, G_SPAWN_ERROR, G_SPAWN_ERROR_FAILED,
                   "%s did not finish within %.0f s", argv[0], timeout_s);
      return FALSE;
    }
  return TRUE;
}

void
hp_bench_spawn_or_die (const char * const *argv,
                       const char * const *envp,
                       double               timeout_s,
                       HpBenchRun          *run)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *command = g_strjoinv (" ", (char **) argv);

  if (!hp_bench_spawn (argv, envp, timeout_s, run, &error))
    {
      g_printerr ("benchmark failed: %s\n  command: %s\n%s", error->message, command,
                  run->err != NULL ? run->err : "");
      hp_bench_xvfb_stop ();
      exit (1);
    }
  if (run->exit_status != 0)
    {
      g_printerr ("benchmark failed: exit status %d\n  command: %s\n%s", run->exit_status,
                  command, run->err);
      hp_bench_xvfb_stop ();
      exit (1);
    }
}

char *
hp_bench_xvfb_start (GError **error)
{
  int fds[2];
  char display[32];
  gsize got = 0;
  g_autofree char *fd_arg = NULL;

  if (!g_unix_open_pipe (fds, FD_CLOEXEC, error))
    return NULL;

  /* Xvfb writes its display number to the pipe once it accepts clients. */
  fd_arg = g_strdup_printf ("%d", fds[1]);
  {
    const char *argv[] = { "Xvfb", "-displayfd", fd_arg, "-noreset", "-nolisten", "tcp",
                           "-screen", "0", "1280x1024x24", NULL };
    posix_spawn_file_actions_t actions;
    pid_t pid;
    int r;

    posix_spawn_file_actions_init (&actions);
    posix_spawn_file_actions_addopen (&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen (&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    /* Keep the write end open across exec. */
    fcntl (fds[1], F_SETFD, 0);
    r = posix_spawnp (&pid, "Xvfb", &actions, NULL, (char * const *) argv, environ);
    posix_spawn_file_actions_destroy (&actions);
    close (fds[1]);
    if (r != 0)
      {
        close (fds[0]);
        g_set_error (error, G_SPAWN_ERROR, G_SPAWN_ERROR_FAILED,
                     "cannot start Xvfb: %s", g_strerror (r));
        return NULL;
      }
    xvfb_pid = pid;
  }

  while (got < sizeof display - 1)
    {
      ssize_t n = read (fds[0], display + got, sizeof display - 1 - got);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      got += (gsize) n;
      if (memchr (display, '\n', got) != NULL)
        break;
    }
  close (fds[0]);
  display[got] = '\0';
  g_strstrip (display);

  if (display[0] == '\0')
    {
      hp_bench_xvfb_stop ();
      g_set_error (error, G_SPAWN_ERROR, G_SPAWN_ERROR_FAILED, "Xvfb did not start");
      return NULL;
    }

  return g_strdup_printf (":%s", display);
}

void
hp_bench_xvfb_stop (void)
{
  if (xvfb_pid > 0)
    {
      kill (xvfb_pid, SIGTERM);
      waitpid (xvfb_pid, NULL, 0);
      xvfb_pid = 0;
    }
}

static int
remove_entry (const char        *path,
              const struct stat *st,
              int                flag,
              struct FTW        *ftw)
{
  if (remove (path) != 0)
    g_printerr ("cannot remove %s: %s\n", path, g_strerror (errno));
  return 0;
}

void
hp_bench_remove_tree (const char *path)
{
  nftw (path, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

gboolean
hp_bench_file_contains (const char *path,
                        const char *needle)
{
  g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, NULL);

  if (file == NULL)
    return FALSE;
  return memmem (g_mapped_file_get_contents (file), g_mapped_file_get_length (file),
                 needle, strlen (needle)) != NULL;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

double
hp_bench_median (GArray *values)
{
  g_autoptr(GArray) sorted = NULL;
  guint n = values->len;

  g_assert (n > 0);
  sorted = g_array_copy (values);
  g_array_sort (sorted, compare_doubles);
  if (n % 2 == 1)
    return g_array_index (sorted, double, n / 2);
  return (g_array_index (sorted, double, n / 2 - 1) + g_array_index (sorted, double, n / 2)) / 2;
}

double
hp_bench_min (GArray *values)
{
  double m = G_MAXDOUBLE;

  for (guint i = 0; i < values->len; i++)
    m = MIN (m, g_array_index (values, double, i));
  return m;
}

double
hp_bench_max (GArray *values)
{
  double m = -G_MAXDOUBLE;

  for (guint i = 0; i < values->len; i++)
    m = MAX (m, g_array_index (values, double, i));
  return m;
}

static double
row_ratio (const HpBenchRow *row)
{
  return hp_bench_median (row->values) / hp_bench_median (row->floor_values);
}

gboolean
hp_bench_row_met (const HpBenchRow *row)
{
  if (row->goal_kind == HP_BENCH_GOAL_ABSOLUTE)
    return hp_bench_median (row->values) <= row->goal;
  return row_ratio (row) <= row->goal;
}

static char *
format_value (double      value,
              const char *unit)
{
  if (strcmp (unit, "ms") == 0 && value >= 1000)
    return g_strdup_printf ("%.2f s", value / 1000);
  if (strcmp (unit, "ms") == 0)
    return g_strdup_printf ("%.1f ms", value);
  return g_strdup_printf ("%.1f %s", value, unit);
}

const char *
hp_bench_table_header (void)
{
  return "| Benchmark | Runs | Median | Min | Max | Floor | Floor median | Ratio (paired min–max) | Goal | Result |\n"
         "|---|---:|---:|---:|---:|---|---:|---:|---:|---|\n";
}

static char *
format_row (const HpBenchRow *row)
{
  g_autofree char *median = format_value (hp_bench_median (row->values), row->unit);
  g_autofree char *min = format_value (hp_bench_min (row->values), row->unit);
  g_autofree char *max = format_value (hp_bench_max (row->values), row->unit);
  g_autofree char *floor_median = NULL;
  g_autofree char *ratio = NULL;
  g_autofree char *goal = NULL;

  if (row->floor_values != NULL)
    floor_median = format_value (hp_bench_median (row->floor_values), row->unit);
  else
    floor_median = g_strdup ("–");

  if (row->floor_values != NULL && row->floor_values->len == row->values->len)
    {
      g_autoptr(GArray) paired = g_array_new (FALSE, FALSE, sizeof (double));

      for (guint i = 0; i < row->values->len; i++)
        {
          double r = g_array_index (row->values, double, i) /
                     g_array_index (row->floor_values, double, i);
          g_array_append_val (paired, r);
        }
      ratio = g_strdup_printf ("%.2f× (%.2f–%.2f)", row_ratio (row),
                               hp_bench_min (paired), hp_bench_max (paired));
    }
  else
    ratio = g_strdup ("–");

  if (row->goal_kind == HP_BENCH_GOAL_RATIO)
    goal = g_strdup_printf ("≤ %.1f×", row->goal);
  else
    goal = g_strdup_printf ("≤ %g %s", row->goal, row->unit);

  return g_strdup_printf ("| %s | %u | %s | %s | %s | %s | %s | %s | %s | %s |\n",
                          row->name, row->values->len, median, min, max,
                          row->floor_name != NULL ? row->floor_name : "–", floor_median,
                          ratio, goal, hp_bench_row_met (row) ? "met" : "**missed**");
}

static void
keep_result (const char *results_dir,
             const char *key,
             const char *text)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (results_dir == NULL)
    return;
  if (g_mkdir_with_parents (results_dir, 0755) != 0)
    {
      g_printerr ("cannot make %s: %s\n", results_dir, g_strerror (errno));
      return;
    }
  path = g_build_filename (results_dir, key, NULL);
  if (!g_file_set_contents (path, text, -1, &error))
    g_printerr ("cannot keep the result: %s\n", error->message);
}

int
hp_bench_report (const char       *results_dir,
                 const char       *key,
                 const HpBenchRow *rows,
                 guint             n_rows)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean all_met = TRUE;

  for (guint i = 0; i < n_rows; i++)
    {
      g_autofree char *line = format_row (&rows[i]);

      g_string_append (text, line);
      all_met = all_met && hp_bench_row_met (&rows[i]);
    }

  printf ("\n%s%s\n", hp_bench_table_header (), text->str);
  fflush (stdout);
  keep_result (results_dir, key, text->str);
  return all_met ? 0 : 1;
}

int
hp_bench_skip (const char *results_dir,
               const char *key,
               const char *name,
               const char *reason)
{
  g_autofree char *line = g_strdup_printf ("| %s | 0 | – | – | – | – | – | – | – | skipped: %s |\n",
                                           name, reason);

  printf ("%s: skipped: %s\n", name, reason);
  fflush (stdout);
  keep_result (results_dir, key, line);
  return HP_BENCH_EXIT_SKIP;
}

char *
hp_bench_describe_machine (void)
{
  g_autofree char *cpuinfo = NULL;
  g_autofree char *meminfo = NULL;
  g_autofree char *model = NULL;
  guint64 mem_kb = 0;

  if (g_file_get_contents ("/proc/cpuinfo", &cpuinfo, NULL, NULL))
    {
      const char *line = strstr (cpuinfo, "model name");

      if (line != NULL)
        {
          const char *colon = strchr (line, ':');
          const char *end = strchr (line, '\n');

          if (colon != NULL && end != NULL && colon < end)
            model = g_strstrip (g_strndup (colon + 1, (gsize) (end - colon - 1)));
        }
    }

  if (g_file_get_contents ("/proc/meminfo", &meminfo, NULL, NULL))
    {
      const char *line = strstr (meminfo, "MemTotal:");

      if (line != NULL)
        mem_kb = g_ascii_strtoull (line + strlen ("MemTotal:"), NULL, 10);
    }

  return g_strdup_printf ("%u cores (nproc), %s, %.1f GiB memory", g_get_num_processors (),
                          model != NULL ? model : "unknown CPU",
                          mem_kb / (1024.0 * 1024.0));
}
