/* hp-atomic-file.c: a file written so that a crash leaves the old one or
 * the new one, never a mix, readable by the user only */

#define G_LOG_DOMAIN "hp-atomic-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hp-atomic-file.h"
#include "hp-platform.h"

static gboolean
write_failed (GError    **error,
              const char *path,
              int         saved_errno)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_filename_display_name (base);

  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               /* Translators: the first %s is a file name, the second the reason */
               _("%s could not be saved: %s"), name, g_strerror (saved_errno));
  return FALSE;
}

/* A save that is killed (power cut, SIGKILL, a crash in another thread)
 * leaves its temporary file ".NAME.XXXXXX" behind, never a damaged NAME.
 * The next successful save of NAME removes such leftovers: those no writer
 * holds any more (a writer keeps an flock() on its temporary file, which the
 * kernel drops when the writer dies) and that were last written more than
 * STALE_SECONDS ago (so that a file another process has just created, and
 * not locked yet, is never taken).  Only files of this user are touched. */
#define STALE_SECONDS 2

static void
remove_stale_temporaries (const char *dir,
                          const char *base)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autofree char *prefix = g_strdup_printf (".%s.", base);
  gsize prefix_length = strlen (prefix);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;

  if (d == NULL)
    return;

  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = NULL;
      gboolean random_suffix = TRUE;
      struct stat st;
      int fd;

      /* Exactly the names g_mkstemp_full gives for this file. */
      if (strlen (name) != prefix_length + 6 || strncmp (name, prefix, prefix_length) != 0)
        continue;
      for (const char *p = name + prefix_length; *p != '\0'; p++)
        if (!g_ascii_isalnum (*p))
          random_suffix = FALSE;
      if (!random_suffix)
        continue;

      path = g_build_filename (dir, name, NULL);
      fd = open (path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
      if (fd < 0)
        continue;
      if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode) && st.st_uid == geteuid () &&
          now - st.st_mtime >= STALE_SECONDS && hp_platform_lock_file (fd, FALSE))
        g_unlink (path);
      close (fd);
    }
}

/**
 * hp_atomic_file_write:
 * @path: the file to write
 * @data: (array length=length): what it is to hold
 * @error: a %G_FILE_ERROR whose message names the file and the reason
 *
 * Writes @data to a new file, mode 0600, in the folder of @path; flushes it
 * to disk; renames it over @path; flushes the folder.  A crash at any moment
 * leaves either the old file or the new one.  Temporary files of earlier
 * saves of @path that were killed halfway are removed afterwards.
 */
gboolean
hp_atomic_file_write (const char  *path,
                      const void  *data,
                      gsize        length,
                      GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmpl = NULL;
  const guint8 *p = data;
  gsize left = length;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmpl = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);

  fd = g_mkstemp_full (tmpl, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    return write_failed (error, path, errno);

  /* Whatever the umask, only the user may read a plan. */
  if (fchmod (fd, 0600) != 0)
    goto fail;

  /* Held until the file is complete: a later save of this file sees that
   * the temporary file is still being written (see above).  Not every file
   * system has locks; then the age alone protects it. */
  (void) hp_platform_lock_file (fd, FALSE);

  while (left > 0)
    {
      ssize_t written = write (fd, p, left);

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          goto fail;
        }
      p += written;
      left -= (gsize) written;
    }

  if (!hp_platform_sync_file (fd))
    goto fail;

  if (close (fd) != 0)
    {
      int saved_errno = errno;

      fd = -1;
      g_unlink (tmpl);
      return write_failed (error, path, saved_errno);
    }
  fd = -1;

  if (g_rename (tmpl, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (tmpl);
      return write_failed (error, path, saved_errno);
    }

  /* Make the rename itself durable. */
  (void) hp_platform_sync_folder (dir);

  remove_stale_temporaries (dir, base);
  return TRUE;

fail:
  {
    int saved_errno = errno;

    if (fd >= 0)
      close (fd);
    g_unlink (tmpl);
    return write_failed (error, path, saved_errno);
  }
}

gboolean
hp_atomic_file_write_bytes (const char  *path,
                            GBytes      *bytes,
                            GQuark       domain,
                            int          code,
                            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gsize length;
  const void *data;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = g_bytes_get_data (bytes, &length);
  if (!hp_atomic_file_write (path, data, length, &local_error))
    {
      g_set_error_literal (error, domain, code, local_error->message);
      return FALSE;
    }
  return TRUE;
}
