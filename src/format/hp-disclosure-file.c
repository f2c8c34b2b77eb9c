/* hp-disclosure-file.c: writing a disclosure entry into the plan's file,
 * and the document it is for, as one step that another process cannot
 * interleave (the entry itself is made in export, hp-disclosures.c) */

#define G_LOG_DOMAIN "hp-disclosure-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hp-atomic-file.h"
#include "hp-disclosure-file.h"
#include "hp-platform.h"
#include "hp-plan-file.h"

/* The plan's file itself: a symbolic link is followed, so that the atomic
 * rename (in the folder of the file written) replaces the file the link
 * points to and not the link.  A path that does not resolve is kept as
 * it is, for the read to report. */
static char *
resolve_plan_path (const char *plan_path)
{
  char *real = hp_platform_dup_real_path (plan_path);

  return real != NULL ? real : g_strdup (plan_path);
}

/* The read-modify-write of one entry is held against every other process
 * that does the same (the command line, another window) by flock() on
 * ".NAME.lock" beside the plan: it holds no plan content, mode 0600.  The
 * holder removes it before letting go; a process that got the lock on a
 * file removed meanwhile takes the new one, so that two never think they
 * hold it. */
typedef struct
{
  int   fd;
  char *path;
} PlanLock;

static gboolean
plan_lock_take (PlanLock    *lock,
                const char  *real_path,
                GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (real_path);
  g_autofree char *base = g_path_get_basename (real_path);
  g_autofree char *name = g_strdup_printf (".%s.lock", base);

  lock->fd = -1;
  lock->path = g_build_filename (dir, name, NULL);
  for (;;)
    {
      struct stat held, named;
      int fd = open (lock->path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
      int saved;

      if (fd < 0)
        {
          saved = errno;
          g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved),
                               g_strerror (saved));
          g_clear_pointer (&lock->path, g_free);
          return FALSE;
        }
      if (!hp_platform_lock_file (fd, TRUE))
          {
            saved = errno;
            close (fd);
            g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved),
                                 g_strerror (saved));
            g_clear_pointer (&lock->path, g_free);
            return FALSE;
          }
      if (fstat (fd, &held) == 0 && lstat (lock->path, &named) == 0
          && held.st_dev == named.st_dev && held.st_ino == named.st_ino)
        {
          lock->fd = fd;
          return TRUE;
        }
      close (fd);
    }
}

static void
plan_lock_release (PlanLock *lock)
{
  if (lock->fd >= 0)
    {
      unlink (lock->path);
      close (lock->fd);
      lock->fd = -1;
    }
  g_clear_pointer (&lock->path, g_free);
}

/**
 * hp_disclosure_lock_plan_file:
 * @plan_path: the plan's file (a link is followed)
 *
 * Takes the lock that hp_disclosure_record_in_file() takes, for a caller
 * that reads the file's log and writes the file again (the window saving
 * over its file), so that an entry written meanwhile is not dropped.
 *
 * Returns: (transfer full) (nullable): the lock, for
 * hp_disclosure_unlock_plan_file(); NULL with @error set when the lock
 * file cannot be made
 */
HpPlanLock *
hp_disclosure_lock_plan_file (const char  *plan_path,
                              GError     **error)
{
  g_autofree char *real_path = NULL;
  PlanLock *lock;

  g_return_val_if_fail (plan_path != NULL, NULL);

  real_path = resolve_plan_path (plan_path);
  lock = g_new0 (PlanLock, 1);
  if (!plan_lock_take (lock, real_path, error))
    {
      g_free (lock);
      return NULL;
    }
  return (HpPlanLock *) lock;
}

void
hp_disclosure_unlock_plan_file (HpPlanLock *lock)
{
  if (lock == NULL)
    return;
  plan_lock_release ((PlanLock *) lock);
  g_free (lock);
}

/**
 * hp_disclosure_resolve_plan_path:
 *
 * Returns: (transfer full): the file @plan_path names, a symbolic link
 * followed, for writing it without replacing the link
 */
char *
hp_disclosure_resolve_plan_path (const char *plan_path)
{
  g_return_val_if_fail (plan_path != NULL, NULL);

  return resolve_plan_path (plan_path);
}

/* Reads the plan file at @real_path and writes it again atomically, under
 * the lock, with @entry added (@add), or taken out by its id.  Taking out:
 * when the file is still what the adding wrote (@written), it is put back
 * byte for byte as it was (@previous); otherwise another process added to
 * it meanwhile, and only this entry goes.  On adding, @previous_out and
 * @written_out get the file before and after. */
static gboolean
update_plan_file (const char    *real_path,
                  HpDisclosure  *entry,
                  gboolean       add,
                  GBytes        *previous,
                  GBytes        *written,
                  GBytes       **previous_out,
                  GBytes       **written_out,
                  GError       **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) old = NULL;
  g_autoptr(GBytes) updated = NULL;
  g_autoptr(HpPlan) plan = NULL;
  PlanLock lock;
  gsize length = 0;
  const void *data;
  gboolean ok = FALSE;

  if (!plan_lock_take (&lock, real_path, error))
    return FALSE;

  if (!g_file_get_contents (real_path, &contents, &length, error))
    goto out;
  old = g_bytes_new_take (g_steal_pointer (&contents), length);

  if (!add && previous != NULL && written != NULL && g_bytes_equal (old, written))
    updated = g_bytes_ref (previous);
  else
    {
      plan = hp_plan_file_load_bytes (old, error);
      if (plan == NULL)
        goto out;

      if (add)
        {
          g_autoptr(HpRecord) copy = hp_record_copy (HP_RECORD (entry));

          g_list_store_append (plan->disclosures, copy);
        }
      else
        {
          GListModel *list = G_LIST_MODEL (plan->disclosures);

          for (guint i = g_list_model_get_n_items (list); i-- > 0;)
            {
              g_autoptr(HpDisclosure) held = g_list_model_get_item (list, i);

              if (g_strcmp0 (held->id, entry->id) == 0)
                g_list_store_remove (plan->disclosures, i);
            }
        }
      updated = hp_plan_file_to_bytes (plan);
    }

  data = g_bytes_get_data (updated, &length);
  ok = hp_atomic_file_write (real_path, data, length, error);
  if (ok && previous_out != NULL)
    *previous_out = g_steal_pointer (&old);
  if (ok && written_out != NULL)
    *written_out = g_steal_pointer (&updated);

out:
  plan_lock_release (&lock);
  return ok;
}

/* hp_disclosure_record_in_file(), with the file as written too. */
static gboolean
record_in_file (const char    *plan_path,
                HpDisclosure  *entry,
                GBytes       **previous,
                GBytes       **written,
                GError       **error)
{
  g_autofree char *name = NULL;
  g_autofree char *real_path = NULL;
  g_autoptr(GError) local_error = NULL;

  hp_disclosure_ensure_id (entry);
  real_path = resolve_plan_path (plan_path);
  if (!update_plan_file (real_path, entry, TRUE, NULL, NULL, previous, written, &local_error))
    {
      name = g_filename_display_name (plan_path);
      g_set_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_WRITE,
                   /* Translators: %s is the plan's file, then the reason */
                   _("The disclosure could not be noted in the plan %s: %s"),
                   name, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * hp_disclosure_record_in_file:
 * @plan_path: the plan's file
 * @entry: the entry to add; given an id first when it has none
 * @previous: (out) (optional) (transfer full): the file as it was
 *
 * Adds @entry to the plan in the file at @plan_path, whatever the plan
 * open in a window holds: the file is read, the entry added and the file
 * written again atomically (hp_atomic_file_write: 0600, fsync, rename), so
 * the file holds the entry or is as it was, never half of it.  Another
 * process doing the same waits (a lock file beside the plan).  When
 * @plan_path is a symbolic link, the file it points to is written, and the
 * link stays.
 *
 * Returns: whether the file now holds the entry
 */
gboolean
hp_disclosure_record_in_file (const char    *plan_path,
                              HpDisclosure  *entry,
                              GBytes       **previous,
                              GError       **error)
{
  g_return_val_if_fail (plan_path != NULL, FALSE);
  g_return_val_if_fail (HP_IS_DISCLOSURE (entry), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return record_in_file (plan_path, entry, previous, NULL, error);
}

/**
 * hp_disclosure_export:
 * @plan_path: the plan's file, which gets the entry
 * @entry: the entry for the document
 * @document: the document, already made in memory (PDF or XML)
 * @out_path: where the document goes
 *
 * Writes the entry into the plan file, then the document; both atomically.
 *
 * The order: everything that can fail without touching a file (making the
 * document) is done before this is called.  The entry goes first, because
 * a crash between the two writes can then leave an entry for a document
 * that was never written, which the caseworker sees and which harms no
 * one, but never a document outside the log, which is what the log is for.
 * When the document cannot be written, nothing left the office, and this
 * entry is taken out of the plan file again, under the lock: the file is
 * put back as it was when nothing else wrote it meanwhile, and otherwise
 * the entry with this id is taken out of it as it is then, so that an
 * entry another process added meanwhile stays.
 *
 * Returns: whether both were written; on failure neither is (unless even
 * taking the entry out failed, in which case the entry stays and @error
 * says so)
 */
gboolean
hp_disclosure_export (const char    *plan_path,
                      HpDisclosure  *entry,
                      GBytes        *document,
                      const char    *out_path,
                      GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) previous = NULL;
  g_autoptr(GBytes) written = NULL;
  gsize length;
  const void *data;

  g_return_val_if_fail (plan_path != NULL, FALSE);
  g_return_val_if_fail (HP_IS_DISCLOSURE (entry), FALSE);
  g_return_val_if_fail (document != NULL, FALSE);
  g_return_val_if_fail (out_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!record_in_file (plan_path, entry, &previous, &written, error))
    return FALSE;

  data = g_bytes_get_data (document, &length);
  if (!hp_atomic_file_write (out_path, data, length, &local_error))
    {
      g_autoptr(GError) restore_error = NULL;
      g_autofree char *real_path = resolve_plan_path (plan_path);

      if (!update_plan_file (real_path, entry, FALSE, previous, written, NULL, NULL,
                             &restore_error))
        g_set_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_WRITE,
                     /* Translators: the first %s is why the document could not be
                      * written */
                     _("%s The plan still notes the document as handed out."),
                     local_error->message);
      else
        g_set_error_literal (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_WRITE, local_error->message);
      return FALSE;
    }
  return TRUE;
}
