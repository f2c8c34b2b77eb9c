/* hp-bench.h: timing, process runs and the table shared by the benchmarks
 *
 * Every figure is a ratio against a floor measured in the same run, on the
 * same machine, with the runs of the two interleaved: these machines are
 * shared and noisy, so only the ratio means something.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The exit code meson reads as "skipped". */
#define HP_BENCH_EXIT_SKIP 77

typedef struct
{
  double  wall_ms;      /* from spawn to exit */
  double  max_rss_mb;   /* peak resident memory of the child */
  int     exit_status;  /* exit code, or 128 + signal */
  char   *err;          /* what the child wrote to stderr */
} HpBenchRun;

void      hp_bench_run_clear     (HpBenchRun   *run);

/* Runs @argv with @envp (NULL: this environment), output to /dev/null and
 * stderr kept; kills it after @timeout_s.  FALSE only if it could not start
 * or timed out; a non-zero exit is in @run->exit_status. */
gboolean  hp_bench_spawn         (const char * const *argv,
                                  const char * const *envp,
                                  double               timeout_s,
                                  HpBenchRun          *run,
                                  GError             **error);

/* Same, but a failure of any kind ends the benchmark with a message. */
void      hp_bench_spawn_or_die  (const char * const *argv,
                                  const char * const *envp,
                                  double               timeout_s,
                                  HpBenchRun          *run);

double    hp_bench_now_ms        (void);

/* Starts a private Xvfb (-noreset) and returns its DISPLAY (":N"). */
char     *hp_bench_xvfb_start    (GError      **error);
void      hp_bench_xvfb_stop     (void);

/* Removes a folder this benchmark made, with all in it. */
void      hp_bench_remove_tree   (const char  *path);

/* Whether the file at @path contains @needle (to see if a built program
 * has a feature yet). */
gboolean  hp_bench_file_contains (const char  *path,
                                  const char  *needle);

typedef enum
{
  HP_BENCH_GOAL_RATIO,     /* median / floor median <= goal */
  HP_BENCH_GOAL_ABSOLUTE,  /* median <= goal, in the row's unit */
} HpBenchGoalKind;

typedef struct
{
  const char     *name;
  const char     *unit;          /* "ms" or "MB" */
  GArray         *values;        /* of double, one per run */
  const char     *floor_name;
  GArray         *floor_values;  /* of double, paired with values; may be NULL */
  HpBenchGoalKind goal_kind;
  double          goal;
} HpBenchRow;

double    hp_bench_median        (GArray      *values);
double    hp_bench_min           (GArray      *values);
double    hp_bench_max           (GArray      *values);

/* Whether the row's goal is met. */
gboolean  hp_bench_row_met       (const HpBenchRow *row);

/* Prints the rows as a Markdown table and keeps them in RESULTS_DIR/@key.md
 * for the summary.  Returns 0 when every goal is met, else 1. */
int       hp_bench_report        (const char       *results_dir,
                                  const char       *key,
                                  const HpBenchRow *rows,
                                  guint             n_rows);

/* Prints that a benchmark cannot run yet and why, keeps that line for the
 * summary, and returns HP_BENCH_EXIT_SKIP. */
int       hp_bench_skip          (const char       *results_dir,
                                  const char       *key,
                                  const char       *name,
                                  const char       *reason);

const char *hp_bench_table_header (void);

/* One line: cores, CPU model, memory. */
char     *hp_bench_describe_machine (void);

G_END_DECLS
