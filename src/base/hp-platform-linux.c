/* hp-platform-linux.c: the Linux (and POSIX) side of hp-platform.h
 *
 * A port to another system replaces this file and nothing else:
 *   - the program's folder: /proc/self/exe here; GetModuleFileNameW() on
 *     Windows, _NSGetExecutablePath() on macOS;
 *   - the file lock: flock() here, which every Hämtplan process on the
 *     machine honours (the locks are advisory and taken by Hämtplan only);
 *     LockFileEx() on Windows;
 *   - flushing: fsync() of the file and of its folder, so that a rename
 *     survives a power cut; FlushFileBuffers() on Windows, where a folder
 *     needs no flush; F_FULLFSYNC on macOS;
 *   - the resolved path: realpath(); GetFinalPathNameByHandleW() on Windows.
 * The open() flags used elsewhere (O_NOFOLLOW, O_CLOEXEC) are POSIX and
 * would need the same care.
 */

#define G_LOG_DOMAIN "hp-platform"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/file.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "hp-platform.h"

/**
 * hp_platform_dup_program_folder:
 *
 * Returns: (transfer full) (nullable): the absolute folder of the running
 *   program, or %NULL when the system does not say
 */
char *
hp_platform_dup_program_folder (void)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);

  if (self == NULL || !g_path_is_absolute (self))
    return NULL;
  return g_path_get_dirname (self);
}

/**
 * hp_platform_lock_file:
 * @fd: an open file or folder
 * @wait: whether to wait until another process lets go
 *
 * Takes the exclusive lock on @fd; it goes when @fd is closed or
 * unlocked.  On failure errno says why (EWOULDBLOCK: held elsewhere).
 *
 * Returns: whether this process now holds the lock
 */
gboolean
hp_platform_lock_file (int      fd,
                       gboolean wait)
{
  int result;

  do
    result = flock (fd, wait ? LOCK_EX : LOCK_EX | LOCK_NB);
  while (result < 0 && errno == EINTR);
  return result == 0;
}

void
hp_platform_unlock_file (int fd)
{
  (void) flock (fd, LOCK_UN);
}

/**
 * hp_platform_sync_file:
 * @fd: a file open for writing
 *
 * Returns: whether what was written to @fd is on the disk; errno says why not
 */
gboolean
hp_platform_sync_file (int fd)
{
  int result;

  do
    result = fsync (fd);
  while (result < 0 && errno == EINTR);
  return result == 0;
}

/**
 * hp_platform_sync_folder:
 * @folder: a folder in which a file was created or renamed
 *
 * Flushes the folder's entries, so that a new name survives a power cut.
 *
 * Returns: whether the folder could be flushed
 */
gboolean
hp_platform_sync_folder (const char *folder)
{
  int fd = g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  gboolean synced;
  int saved;

  if (fd < 0)
    return FALSE;
  synced = hp_platform_sync_file (fd);
  saved = errno;
  close (fd);
  errno = saved;
  return synced;
}

/**
 * hp_platform_dup_real_path:
 * @path: a path that may pass through symbolic links
 *
 * Returns: (transfer full) (nullable): the absolute path with every link
 *   resolved, or %NULL when @path does not resolve
 */
char *
hp_platform_dup_real_path (const char *path)
{
  char *real = realpath (path, NULL);
  char *result;

  if (real == NULL)
    return NULL;
  result = g_strdup (real);
  free (real);
  return result;
}
