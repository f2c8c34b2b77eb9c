/* hp-temp-folder.c: the window process's temporary folder, private to it */

#define G_LOG_DOMAIN "hp-temp-folder"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "hp-temp-folder.h"
#include "hp-platform.h"

/* "tmp-XXXXXX" has no dot and no plan suffix: the drafts code
 * (hp-drafts.c) passes such names by. */
#define PREFIX "tmp-"
#define LOCK_NAME "lock"

static char *the_path;
static int the_lock_fd = -1;
static char *the_error;

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* Folders of processes that are gone: their lock can be taken. */
static void
remove_stale (const char *drafts_folder)
{
  g_autoptr(GDir) dir = g_dir_open (drafts_folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *lock = NULL;
      int fd;

      if (!g_str_has_prefix (name, PREFIX))
        continue;
      path = g_build_filename (drafts_folder, name, NULL);
      if (!g_file_test (path, G_FILE_TEST_IS_DIR) || g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        continue;

      lock = g_build_filename (path, LOCK_NAME, NULL);
      fd = g_open (lock, O_RDWR | O_CLOEXEC | O_NOFOLLOW, 0);
      if (fd >= 0 && !hp_platform_lock_file (fd, FALSE))
        {
          close (fd);
          continue;
        }
      /* No lock file: a process that died while making the folder. */
      remove_tree (path);
      if (fd >= 0)
        close (fd);
    }
}

/**
 * hp_temp_folder_setup:
 * @drafts_folder: (nullable): the drafts folder; %NULL for
 *   $XDG_DATA_HOME/hamtplan/drafts, the window's (hp_drafts_new())
 * @error: where the folder could not be made
 *
 * Makes a folder of this process's (0700) inside @drafts_folder and sets
 * TMPDIR to it, so that g_get_tmp_dir() and everything this process runs
 * put their temporary files there.  Call it first thing in the process:
 * GLib reads TMPDIR once.
 *
 * Returns: whether the folder is in use
 */
gboolean
hp_temp_folder_setup (const char  *drafts_folder,
                      GError     **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *template = NULL;
  g_autofree char *lock = NULL;
  int setup_fd = -1;
  int saved_errno;

  g_return_val_if_fail (the_path == NULL, FALSE);

  folder = drafts_folder != NULL
             ? g_strdup (drafts_folder)
             : g_build_filename (g_get_user_data_dir (), "hamtplan", "drafts", NULL);
  if (g_mkdir_with_parents (folder, 0700) != 0 || g_chmod (folder, 0700) != 0)
    goto failed;

  /* The drafts folder itself is locked while one process clears stale
   * folders and makes its own, so that two starting at once cannot take
   * each other's new folder, not locked yet, for a dead one's.  (The
   * drafts code locks files, never the folder.) */
  setup_fd = g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW, 0);
  if (setup_fd < 0 || !hp_platform_lock_file (setup_fd, TRUE))
    goto failed;

  remove_stale (folder);

  template = g_build_filename (folder, PREFIX "XXXXXX", NULL);
  if (g_mkdtemp_full (template, 0700) == NULL)
    goto failed;

  lock = g_build_filename (template, LOCK_NAME, NULL);
  the_lock_fd = g_open (lock, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (the_lock_fd < 0 || !hp_platform_lock_file (the_lock_fd, FALSE))
    {
      saved_errno = errno;
      if (the_lock_fd >= 0)
        close (the_lock_fd);
      the_lock_fd = -1;
      remove_tree (template);
      g_clear_pointer (&template, g_free);
      errno = saved_errno;
      goto failed;
    }
  close (setup_fd);

  g_setenv ("TMPDIR", template, TRUE);
  the_path = g_steal_pointer (&template);
  /* GLib has read TMPDIR already when something asked for the temporary
   * folder before: then the folder is not used, and that must be fixed. */
  if (g_strcmp0 (g_get_tmp_dir (), the_path) != 0)
    g_warning ("The temporary folder was looked up before it was set up");
  return TRUE;

failed:
  saved_errno = errno;
  if (setup_fd >= 0)
    close (setup_fd);
  /* Fail closed: a temporary folder that does not exist, so that nothing
   * (GTK's print spool above all) falls back to /tmp. */
  g_free (template);
  template = g_build_filename (folder, PREFIX "unavailable", "none", NULL);
  g_setenv ("TMPDIR", template, TRUE);
  g_free (the_error);
  the_error = g_strdup_printf (/* Translators: %s is the system's reason */
                               _("Could not create a private folder for temporary files: %s"),
                               g_strerror (saved_errno));
  g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno), the_error);
  return FALSE;
}

/**
 * hp_temp_folder_get_error:
 *
 * Returns: (nullable): why hp_temp_folder_setup() failed, in the user's
 * language; %NULL when it did not fail (or was not called)
 */
const char *
hp_temp_folder_get_error (void)
{
  return the_error;
}

/**
 * hp_temp_folder_get_path:
 *
 * Returns: (nullable): the folder, while it is in use
 */
const char *
hp_temp_folder_get_path (void)
{
  return the_path;
}

/**
 * hp_temp_folder_remove:
 *
 * Removes the folder and everything in it, at the end of the process.
 */
void
hp_temp_folder_remove (void)
{
  if (the_path == NULL)
    return;

  remove_tree (the_path);
  if (the_lock_fd >= 0)
    close (the_lock_fd);
  the_lock_fd = -1;
  g_clear_pointer (&the_path, g_free);
}
