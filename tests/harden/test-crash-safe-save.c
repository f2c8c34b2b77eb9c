/* test-crash-safe-save.c: a save killed at any moment leaves a whole file
 *
 * A helper process (hp-harden-save) saves two large plans, A and B, in
 * turn; the test kills it with SIGKILL at a random moment, at least 200
 * times, and after each kill finds the file complete: byte for byte either
 * A or B, never a mix, never cut short, never missing.  Temporary files
 * that a killed save leaves are 0600 and do not pile up: the next save
 * removes those no writer holds any more (hp_atomic_file_write).
 *
 * Drafts: the helper writes drafts as the window does (hp_drafts_write, in
 * a 0700 drafts folder); after each kill the test starts over as the window
 * does (hp_drafts_claim_orphans) and finds the killed session's draft whole
 * or not there, its origin whole, and once the recovered draft is
 * discarded, nothing left in the folder: no temporary file, no lock.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utime.h>

#include "harden-plans.h"
#include "hp-atomic-file.h"
#include "hp-drafts.h"
#include "hp-plan-file.h"

#define N_ITEMS 2000
/* Temporary files younger than this are left alone (hp-plan-file.c). */
#define STALE_SECONDS 2

typedef struct
{
  GBytes *bytes[2];     /* A and B as saved */
  gint64  save_usec;    /* how long one save takes here */
} Fixture;

static guint
n_kills (void)
{
  const char *n = g_getenv ("HP_HARDEN_KILLS");

  return n != NULL && *n != '\0' ? (guint) g_ascii_strtoull (n, NULL, 10) : 200;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(HpPlan) a = harden_plan_new (N_ITEMS, "A");
  g_autoptr(HpPlan) b = harden_plan_new (N_ITEMS, "B");
  g_autofree char *dir = g_dir_make_tmp ("hamtplan-save-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "timing.hamtplan", NULL);
  gint64 start;

  fixture->bytes[0] = hp_plan_file_to_bytes (a);
  fixture->bytes[1] = hp_plan_file_to_bytes (b);
  g_assert_false (g_bytes_equal (fixture->bytes[0], fixture->bytes[1]));
  g_assert_cmpuint (g_bytes_get_size (fixture->bytes[0]), >, 200 * 1024);

  /* How long a save takes on this machine, in this build. */
  start = g_get_monotonic_time ();
  for (guint i = 0; i < 3; i++)
    g_assert_true (hp_plan_file_save (i % 2 ? b : a, path, NULL));
  fixture->save_usec = MAX ((g_get_monotonic_time () - start) / 3, 1000);
  g_test_message ("one save of %" G_GSIZE_FORMAT " bytes: %" G_GINT64_FORMAT " ms",
                  g_bytes_get_size (fixture->bytes[0]), fixture->save_usec / 1000);

  g_unlink (path);
  g_rmdir (dir);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_bytes_unref (fixture->bytes[0]);
  g_bytes_unref (fixture->bytes[1]);
}

/* The temporary files of @base in @dir; each must be 0600. */
static guint
count_temporaries (const char *dir,
                   const char *base)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autofree char *prefix = g_strdup_printf (".%s.", base);
  const char *name;
  guint n = 0;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      GStatBuf st;

      if (strcmp (name, base) == 0)
        continue;
      /* Nothing else ever appears in the folder. */
      if (!g_str_has_prefix (name, prefix) || strlen (name) != strlen (prefix) + 6)
        g_error ("unexpected file in the folder: %s", name);
      /* It may be gone already: a running save may have renamed it. */
      if (g_stat (path, &st) != 0)
        continue;
      g_assert_cmpint (st.st_mode & 0777, ==, 0600);
      n++;
    }
  return n;
}

/* Starts the helper and waits until it has built its plans, so that the
 * kill hits saving.  For a draft, @draft_path is set to its draft. */
static GSubprocess *
start_helper (const char  *mode,
              const char  *target,
              char       **draft_path)
{
  const char *helper = g_getenv ("HP_HARDEN_SAVE");
  g_autofree char *n = g_strdup_printf ("%u", N_ITEMS);
  const char *argv[] = { helper, mode, target, n, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autofree char *line = NULL;
  GSubprocess *process;

  g_assert_nonnull (helper);
  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_assert_no_error (error);

  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  line = g_data_input_stream_read_line (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (line);
  if (draft_path != NULL)
    {
      g_assert_true (g_str_has_prefix (line, "ready /"));
      *draft_path = g_strdup (line + strlen ("ready "));
    }
  else
    g_assert_cmpstr (line, ==, "ready");
  return process;
}

static void
kill_at_random (Fixture     *fixture,
                GRand       *rand,
                GSubprocess *process)
{
  /* Anywhere in its first three or four saves. */
  g_usleep (g_rand_int_range (rand, 0, (gint32) MIN (fixture->save_usec * 4, G_MAXINT32)));
  g_subprocess_send_signal (process, SIGKILL);
  g_subprocess_wait (process, NULL, NULL);
  g_assert_true (g_subprocess_get_if_signaled (process));
  g_assert_cmpint (g_subprocess_get_term_sig (process), ==, SIGKILL);
}

/* 0 for A, 1 for B; fails for anything else. */
static int
which_plan (Fixture    *fixture,
            const char *path,
            guint       kill)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GBytes) file = NULL;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  file = g_bytes_new_take (g_steal_pointer (&contents), length);
  if (g_bytes_equal (file, fixture->bytes[0]))
    return 0;
  if (g_bytes_equal (file, fixture->bytes[1]))
    return 1;
  g_error ("after kill %u, %s is neither plan A nor plan B (%" G_GSIZE_FORMAT " bytes)",
           kill, path, length);
}

static void
kill_loop (Fixture    *fixture,
           const char *dir)
{
  const char *base = "plan.hamtplan";
  g_autofree char *path = g_build_filename (dir, base, NULL);
  guint kills = n_kills ();
  g_autofree gint64 *kill_times = g_new0 (gint64, kills);
  guint seen[2] = { 0, 0 };
  guint changes = 0;
  guint left_temporary = 0;
  guint max_temporaries = 0;
  int last = 0;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261127);

  /* The file exists before the first kill: it must never go missing. */
  g_assert_true (hp_atomic_file_write (path, g_bytes_get_data (fixture->bytes[0], NULL),
                                       g_bytes_get_size (fixture->bytes[0]), NULL));

  for (guint k = 0; k < kills; k++)
    {
      g_autoptr(GSubprocess) process = start_helper ("plan", path, NULL);
      guint temporaries, recent = 0;
      int which;

      kill_at_random (fixture, rand, process);
      kill_times[k] = g_get_monotonic_time ();

      which = which_plan (fixture, path, k);
      seen[which]++;
      if (which != last)
        changes++;
      last = which;

      /* At most the temporary files of the kills of the last few seconds:
       * older ones were removed by a later save. */
      temporaries = count_temporaries (dir, base);
      if (temporaries > 0)
        left_temporary++;
      for (guint j = 0; j <= k; j++)
        if (kill_times[k] - kill_times[j] < (STALE_SECONDS + 2) * G_USEC_PER_SEC)
          recent++;
      if (temporaries > recent + 1)
        g_error ("after kill %u, %u temporary files are left, more than the %u kills of the "
                 "last %d seconds", k, temporaries, recent, STALE_SECONDS + 2);
      max_temporaries = MAX (max_temporaries, temporaries);
    }

  g_test_message ("plan: %u kills; file was A %u times, B %u times, changed %u times; "
                  "a temporary file was left after %u kills, at most %u at once",
                  kills, seen[0], seen[1], changes, left_temporary, max_temporaries);

  /* The loop did what it is for: saves completed between kills, and many
   * kills hit a save halfway (they left its temporary file). */
  g_assert_cmpuint (changes, >=, kills / 20);
  g_assert_cmpuint (left_temporary, >=, kills / 10);

  /* The file loads, and is the plan its bytes say. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(HpPlan) plan = hp_plan_file_load (path, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->items)), ==, N_ITEMS);
  }

  /* Nothing piles up: once they are stale, the next save removes every
   * temporary file the kills left. */
  g_usleep ((STALE_SECONDS + 1) * G_USEC_PER_SEC);
  g_assert_true (hp_atomic_file_write (path, g_bytes_get_data (fixture->bytes[1], NULL),
                                       g_bytes_get_size (fixture->bytes[1]), NULL));
  g_assert_cmpuint (count_temporaries (dir, base), ==, 0);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static void
test_plan (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("hamtplan-save-XXXXXX", NULL);

  kill_loop (fixture, dir);
  remove_tree (dir);
}

static void
touch_file (const char *path,
            gint64      age_seconds)
{
  struct utimbuf times;

  g_assert_true (g_file_set_contents (path, "{\"half", -1, NULL));
  times.actime = times.modtime = (time_t) (g_get_real_time () / G_USEC_PER_SEC - age_seconds);
  g_assert_cmpint (g_utime (path, &times), ==, 0);
}

/* Which leftovers a save removes: only stale, unlocked temporary files of
 * the very file it saves, never one that a writer still holds, nor one just
 * made, nor anything else in the folder. */
static void
test_stale_temporaries (void)
{
  g_autofree char *dir = g_dir_make_tmp ("hamtplan-stale-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.hamtplan", NULL);
  const char *removed[] = { ".plan.hamtplan.AbC123", ".plan.hamtplan.zzzzzz" };
  const char *kept[] = {
    ".plan.hamtplan.Held01",     /* stale, but a writer holds its lock */
    ".plan.hamtplan.Young1",     /* unlocked, but just written */
    ".plan.hamtplan.ABCDE",      /* not a name g_mkstemp gives */
    ".plan.hamtplan.ABCDEFG",
    ".plan.hamtplan.ABC-EF",
    ".other.hamtplan.AbC123",    /* another file's */
    "plan.hamtplan.AbC123",
    "notes.txt",
  };
  g_autofree char *held = g_build_filename (dir, kept[0], NULL);
  int held_fd;

  for (guint i = 0; i < G_N_ELEMENTS (removed); i++)
    {
      g_autofree char *p = g_build_filename (dir, removed[i], NULL);
      touch_file (p, 3600);
    }
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_autofree char *p = g_build_filename (dir, kept[i], NULL);
      touch_file (p, i == 1 ? 0 : 3600);
    }
  held_fd = open (held, O_RDWR | O_CLOEXEC);
  g_assert_cmpint (held_fd, >=, 0);
  g_assert_cmpint (flock (held_fd, LOCK_EX), ==, 0);

  g_assert_true (hp_atomic_file_write (path, "{}", 2, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (removed); i++)
    {
      g_autofree char *p = g_build_filename (dir, removed[i], NULL);
      if (g_file_test (p, G_FILE_TEST_EXISTS))
        g_error ("the stale temporary file %s was not removed", removed[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_autofree char *p = g_build_filename (dir, kept[i], NULL);
      if (!g_file_test (p, G_FILE_TEST_EXISTS))
        g_error ("%s was removed", kept[i]);
    }

  /* Once its writer is gone, the next save takes it. */
  close (held_fd);
  g_assert_true (hp_atomic_file_write (path, "{}", 2, NULL));
  g_assert_false (g_file_test (held, G_FILE_TEST_EXISTS));

  remove_tree (dir);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* The names in @folder, sorted, as one string. */
static char *
folder_listing (const char *folder)
{
  g_autoptr(GDir) d = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  if (names->len == 0)
    return g_strdup ("");
  g_ptr_array_sort (names, compare_names);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
test_draft (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *home = g_dir_make_tmp ("hamtplan-draft-XXXXXX", NULL);
  g_autofree char *drafts_folder = g_build_filename (home, "hamtplan", "drafts", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261128);
  guint kills = n_kills ();
  guint seen[3] = { 0, 0, 0 };
  guint left_temporary = 0;

  for (guint k = 0; k < kills; k++)
    {
      g_autofree char *draft_path = NULL;
      g_autoptr(GSubprocess) process = start_helper ("draft", drafts_folder, &draft_path);
      g_autoptr(HpDrafts) drafts = NULL;
      g_autoptr(GPtrArray) orphans = NULL;
      g_autofree char *listing = NULL;
      g_autofree char *temporary_prefix = NULL;
      GStatBuf st;
      int which = 2;

      kill_at_random (fixture, rand, process);

      /* The folder and what is in it are the user's alone. */
      g_assert_cmpint (g_stat (drafts_folder, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 0777, ==, 0700);
      listing = folder_listing (drafts_folder);
      temporary_prefix = g_strdup_printf (".%s", strrchr (draft_path, '/') + 1);
      if (strstr (listing, temporary_prefix) != NULL)
        left_temporary++;
      {
        g_auto(GStrv) names = g_strsplit (listing, " ", -1);

        for (guint i = 0; names[i] != NULL && names[i][0] != '\0'; i++)
          {
            g_autofree char *p = g_build_filename (drafts_folder, names[i], NULL);

            if (g_stat (p, &st) == 0)
              g_assert_cmpint (st.st_mode & 0777, ==, 0600);
          }
      }

      /* The killed window's draft: whole, or not written yet. */
      if (g_file_test (draft_path, G_FILE_TEST_EXISTS))
        which = which_plan (fixture, draft_path, k);
      seen[which]++;

      /* Starting again, as the window does, finds it, whole, with where
       * it came from, and clears what the killed write left. */
      drafts = hp_drafts_new (drafts_folder);
      g_assert_true (hp_drafts_is_enabled (drafts));
      orphans = hp_drafts_claim_orphans (drafts);
      g_assert_cmpuint (orphans->len, ==, which == 2 ? 0 : 1);
      for (guint i = 0; i < orphans->len; i++)
        {
          HpDraft *orphan = g_ptr_array_index (orphans, i);

          g_assert_cmpstr (orphan->path, ==, draft_path);
          /* The origin is written after the draft: there, or not yet. */
          if (orphan->origin != NULL)
            g_assert_cmpstr (orphan->origin, ==, "/home/handläggare/Planer/plan.hamtplan");
          if (k % 25 == 0)
            {
              g_autoptr(GError) error = NULL;
              g_autoptr(HpPlan) plan = hp_plan_file_load (orphan->path, &error);

              g_assert_no_error (error);
              g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->items)), ==, N_ITEMS);
            }
          /* Discarded: the user chose not to restore it. */
          hp_drafts_remove (drafts, orphan->path);
        }
      hp_drafts_release_claims (drafts);
      g_clear_object (&drafts);

      /* Nothing piles up: no temporary file, no lock, no draft. */
      g_free (listing);
      listing = folder_listing (drafts_folder);
      if (listing[0] != '\0')
        g_error ("after kill %u and a restart, the drafts folder still holds: %s", k, listing);
    }

  g_test_message ("draft: %u kills; the draft was A %u times, B %u times, not written yet %u "
                  "times; a temporary file was left after %u kills",
                  kills, seen[0], seen[1], seen[2], left_temporary);
  /* The loop did what it is for: drafts were written between kills, and
   * kills hit a write halfway (most of a draft write is making the JSON,
   * so only some 5 to 15 % of the kills land in the writing itself, and
   * on a loaded machine under the sanitizers as few as 2 %). */
  g_assert_cmpuint (seen[0] + seen[1], >=, kills / 10);
  g_assert_cmpuint (left_temporary, >=, MAX (1, kills / 100));

  remove_tree (home);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/harden/crash-safe-save/plan", Fixture, NULL,
              fixture_set_up, test_plan, fixture_tear_down);
  g_test_add_func ("/harden/crash-safe-save/stale-temporaries", test_stale_temporaries);
  g_test_add ("/harden/crash-safe-save/draft", Fixture, NULL,
              fixture_set_up, test_draft, fixture_tear_down);

  return g_test_run ();
}
