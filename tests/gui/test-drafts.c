/* test-drafts.c: drafts are private, and only those of ended processes are
 * offered back
 *
 * A "running process" is simulated by an flock() held on its session lock
 * from a second open file description in this process: flock() locks of
 * two descriptions conflict even within one process, as between two.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include "hp-atomic-file.h"
#include "hp-drafts.h"
#include "hp-model.h"
#include "hp-plan-file.h"

static char *
make_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *base = g_dir_make_tmp ("hp-drafts-XXXXXX", &error);

  g_assert_no_error (error);
  /* Not there yet: the drafts create it. */
  return g_build_filename (base, "hamtplan", "drafts", NULL);
}

static void
remove_folder (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autofree char *parent = g_path_get_dirname (folder);
  g_autofree char *base = g_path_get_dirname (parent);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_unlink (path);
    }
  g_rmdir (folder);
  g_rmdir (parent);
  g_rmdir (base);
}

static guint
count_files (const char *folder,
             const char *suffix)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, suffix))
      n++;
  return n;
}

static HpPlan *
sample_plan (const char *reference)
{
  HpPlan *plan = hp_plan_new ();

  g_object_set (plan->case_info, "reference", reference, "client-name", "A. B.", NULL);
  return plan;
}

static void
test_private_files (void)
{
  g_autofree char *folder = make_folder ();
  g_autoptr(HpDrafts) drafts = hp_drafts_new (folder);
  g_autoptr(HpPlan) plan = sample_plan ("2026-0005");
  g_autoptr(HpPlan) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  GStatBuf st;

  g_assert_true (hp_drafts_is_enabled (drafts));
  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  path = hp_drafts_new_path (drafts);
  name = g_path_get_basename (path);
  /* The name says nothing about the case. */
  g_assert_null (strstr (name, "2026"));
  g_assert_true (g_str_has_suffix (name, HP_PLAN_FILE_EXTENSION));

  g_assert_true (hp_drafts_write (drafts, path, plan, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  back = hp_plan_file_load (path, &error);
  g_assert_no_error (error);
  g_assert_true (hp_record_equal (HP_RECORD (plan), HP_RECORD (back)));

  hp_drafts_remove (drafts, path);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_clear_object (&drafts);
  /* A clean end leaves nothing behind. */
  g_assert_cmpuint (count_files (folder, ""), ==, 0);
  remove_folder (folder);
}

/* Drafts of a process that still runs are not offered; once it has ended,
 * they are, with the file they were drafts of, to one process only. */
static void
test_orphans (void)
{
  g_autofree char *folder = make_folder ();
  g_autoptr(HpDrafts) ours = hp_drafts_new (folder);
  g_autoptr(HpDrafts) theirs = hp_drafts_new (folder);
  g_autoptr(HpDrafts) third = NULL;
  g_autoptr(HpPlan) plan = sample_plan ("2026-0006");
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GFile) origin = g_file_new_for_path ("/home/hl/Planer/2026-0006.hamtplan");
  g_autoptr(GError) error = NULL;
  g_autofree char *their_path = hp_drafts_new_path (theirs);
  g_autofree char *our_path = hp_drafts_new_path (ours);
  const HpDraft *draft;

  g_assert_true (hp_drafts_write (theirs, their_path, plan, origin, &error));
  g_assert_no_error (error);
  g_assert_true (hp_drafts_write (ours, our_path, plan, NULL, &error));
  g_assert_no_error (error);

  /* "theirs" still runs. */
  found = hp_drafts_claim_orphans (ours);
  g_assert_cmpuint (found->len, ==, 0);
  hp_drafts_release_claims (ours);
  g_clear_pointer (&found, g_ptr_array_unref);

  /* "theirs" ends with a draft left: its lock file stays for the claim. */
  g_clear_object (&theirs);
  g_assert_true (g_file_test (their_path, G_FILE_TEST_EXISTS));

  found = hp_drafts_claim_orphans (ours);
  g_assert_cmpuint (found->len, ==, 1);
  draft = g_ptr_array_index (found, 0);
  g_assert_cmpstr (draft->path, ==, their_path);
  g_assert_cmpstr (draft->origin, ==, "/home/hl/Planer/2026-0006.hamtplan");
  g_assert_nonnull (draft->modified);

  /* Claimed: a process starting now does not offer it as well. */
  third = hp_drafts_new (folder);
  {
    g_autoptr(GPtrArray) none = hp_drafts_claim_orphans (third);

    g_assert_cmpuint (none->len, ==, 0);
    hp_drafts_release_claims (third);
  }

  /* Restored (or discarded): removed, and the claim let go. */
  hp_drafts_remove (ours, draft->path);
  hp_drafts_release_claims (ours);
  g_assert_false (g_file_test (their_path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (folder, ".origin"), ==, 0);
  /* Our own lock and the third's remain, and our draft. */
  g_assert_cmpuint (count_files (folder, ".lock"), ==, 2);
  g_assert_true (g_file_test (our_path, G_FILE_TEST_EXISTS));

  hp_drafts_remove (ours, our_path);
  g_clear_object (&ours);
  g_clear_object (&third);
  g_assert_cmpuint (count_files (folder, ""), ==, 0);
  remove_folder (folder);
}

/* A process killed outright: its lock file is there, nobody holds it; a
 * write it had begun is left as a temporary file, removed at the claim. */
static void
test_killed (void)
{
  g_autofree char *folder = make_folder ();
  g_autoptr(HpDrafts) ours = hp_drafts_new (folder);
  g_autoptr(HpPlan) plan = sample_plan ("2026-0007");
  g_autoptr(GBytes) bytes = hp_plan_file_to_bytes (plan);
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *lock = g_build_filename (folder, "0123abcd.lock", NULL);
  g_autofree char *draft = g_build_filename (folder, "0123abcd.1.hamtplan", NULL);
  g_autofree char *partial = g_build_filename (folder, ".0123abcd.1.hamtplan.Q1W2E3", NULL);
  g_autofree char *live_lock = g_build_filename (folder, "feedbeef.lock", NULL);
  g_autofree char *live_draft = g_build_filename (folder, "feedbeef.1.hamtplan", NULL);
  g_autofree char *live_partial = g_build_filename (folder, ".feedbeef.1.hamtplan.A1B2C3", NULL);
  int live_fd;

  g_assert_true (g_file_set_contents (lock, "", 0, &error));
  g_assert_true (hp_atomic_file_write (draft, g_bytes_get_data (bytes, NULL),
                                       g_bytes_get_size (bytes), &error));
  g_assert_true (g_file_set_contents (partial, "{\"form", -1, &error));
  g_assert_true (g_file_set_contents (live_lock, "", 0, &error));
  g_assert_true (g_file_set_contents (live_draft, "{}", -1, &error));
  g_assert_true (g_file_set_contents (live_partial, "{", -1, &error));
  g_assert_no_error (error);

  live_fd = g_open (live_lock, O_RDWR | O_CLOEXEC, 0);
  g_assert_cmpint (live_fd, >=, 0);
  g_assert_cmpint (flock (live_fd, LOCK_EX | LOCK_NB), ==, 0);

  found = hp_drafts_claim_orphans (ours);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpstr (((HpDraft *) g_ptr_array_index (found, 0))->path, ==, draft);
  g_assert_null (((HpDraft *) g_ptr_array_index (found, 0))->origin);
  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));
  /* The running process's files are left alone. */
  g_assert_true (g_file_test (live_draft, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (live_partial, G_FILE_TEST_EXISTS));

  /* Neither restored nor discarded (the dialog was closed): the draft stays
   * and is offered at the next start. */
  hp_drafts_release_claims (ours);
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (draft, G_FILE_TEST_EXISTS));
  g_clear_pointer (&found, g_ptr_array_unref);
  found = hp_drafts_claim_orphans (ours);
  g_assert_cmpuint (found->len, ==, 1);
  hp_drafts_release_claims (ours);

  close (live_fd);
  g_clear_object (&ours);
  remove_folder (folder);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hp/gui/drafts/private-files", test_private_files);
  g_test_add_func ("/hp/gui/drafts/orphans", test_orphans);
  g_test_add_func ("/hp/gui/drafts/killed", test_killed);

  return g_test_run ();
}
