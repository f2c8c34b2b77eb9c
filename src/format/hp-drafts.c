/* hp-drafts.c: drafts of unsaved plans, and their recovery after a crash */

#define G_LOG_DOMAIN "hp-drafts"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "hp-atomic-file.h"
#include "hp-drafts.h"
#include "hp-platform.h"
#include "hp-plan-file.h"

#define LOCK_SUFFIX   ".lock"
#define ORIGIN_SUFFIX ".origin"

struct _HpDrafts
{
  GObject     parent_instance;

  char       *folder;
  char       *session;
  char       *lock_path;
  int         lock_fd;   /* -1: drafts are off */
  guint       last_index;
  /* session -> fd (as a pointer, -1 when the session had no lock file) of
   * the dead sessions whose drafts this process has claimed */
  GHashTable *claims;
};

G_DEFINE_FINAL_TYPE (HpDrafts, hp_drafts, G_TYPE_OBJECT)

void
hp_draft_free (HpDraft *draft)
{
  if (draft == NULL)
    return;

  g_free (draft->path);
  g_free (draft->origin);
  g_clear_pointer (&draft->modified, g_date_time_unref);
  g_free (draft);
}

static char *
origin_path_for (const char *draft_path)
{
  g_autofree char *stem = NULL;

  if (g_str_has_suffix (draft_path, HP_PLAN_FILE_EXTENSION))
    stem = g_strndup (draft_path, strlen (draft_path) - strlen (HP_PLAN_FILE_EXTENSION));
  else
    stem = g_strdup (draft_path);

  return g_strconcat (stem, ORIGIN_SUFFIX, NULL);
}

/* The session part of a file name in the folder: up to the first dot. */
static char *
session_of (const char *name)
{
  const char *dot = strchr (name, '.');

  return dot != NULL ? g_strndup (name, dot - name) : g_strdup (name);
}

static void
hp_drafts_release_fd (gpointer data)
{
  int fd = GPOINTER_TO_INT (data);

  if (fd >= 0)
    close (fd);
}

static gboolean
has_own_drafts (HpDrafts *self)
{
  g_autoptr(GDir) dir = g_dir_open (self->folder, 0, NULL);
  g_autofree char *prefix = g_strconcat (self->session, ".", NULL);
  const char *name;

  if (dir == NULL)
    return FALSE;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix) && g_str_has_suffix (name, HP_PLAN_FILE_EXTENSION))
      return TRUE;

  return FALSE;
}

/**
 * hp_drafts_close:
 *
 * Lets go of the claimed drafts and of this process's session lock, as
 * when @self is finalized: for a process that leaves without taking its
 * windows down (HAMTPLAN_EXIT_AFTER_FIRST_FRAME).  No drafts are written
 * after it.
 */
void
hp_drafts_close (HpDrafts *self)
{
  g_return_if_fail (HP_IS_DRAFTS (self));

  hp_drafts_release_claims (self);

  if (self->lock_fd >= 0)
    {
      /* With drafts of ours left (a window closed with changes nobody was
       * asked about), the lock file stays: the next process claims them
       * through it, one process only. */
      if (!has_own_drafts (self))
        g_unlink (self->lock_path);
      close (self->lock_fd);
      self->lock_fd = -1;
    }
}

static void
hp_drafts_finalize (GObject *object)
{
  HpDrafts *self = HP_DRAFTS (object);

  hp_drafts_close (self);
  g_clear_pointer (&self->claims, g_hash_table_unref);

  g_free (self->folder);
  g_free (self->session);
  g_free (self->lock_path);

  G_OBJECT_CLASS (hp_drafts_parent_class)->finalize (object);
}

static void
hp_drafts_class_init (HpDraftsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hp_drafts_finalize;
}

static void
hp_drafts_init (HpDrafts *self)
{
  self->lock_fd = -1;
  self->claims = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, hp_drafts_release_fd);
}

static gboolean
ensure_private_folder (const char  *folder,
                       GError     **error)
{
  if (g_mkdir_with_parents (folder, 0700) != 0 || g_chmod (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: %s is a folder, then the system's reason */
                   _("Could not create the folder for drafts %s: %s"),
                   folder, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

/**
 * hp_drafts_new:
 * @folder: (nullable): where drafts go; %NULL for $XDG_DATA_HOME/hamtplan/drafts
 *
 * Creates the folder (0700) and takes this process's session lock.  When
 * that fails, drafts are off for the process and a warning says why.
 *
 * Returns: (transfer full): the drafts of this process
 */
HpDrafts *
hp_drafts_new (const char *folder)
{
  g_autoptr(HpDrafts) self = g_object_new (HP_TYPE_DRAFTS, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = g_uuid_string_random ();
  GString *session = g_string_new (NULL);

  if (folder != NULL)
    self->folder = g_strdup (folder);
  else
    self->folder = g_build_filename (g_get_user_data_dir (), "hamtplan", "drafts", NULL);

  for (const char *p = uuid; *p != '\0'; p++)
    if (*p != '-')
      g_string_append_c (session, *p);
  self->session = g_string_free (session, FALSE);
  self->lock_path = g_strconcat (self->folder, G_DIR_SEPARATOR_S, self->session, LOCK_SUFFIX, NULL);

  if (!ensure_private_folder (self->folder, &error))
    {
      g_warning ("Drafts are off: %s", error->message);
      return g_steal_pointer (&self);
    }

  self->lock_fd = g_open (self->lock_path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (self->lock_fd < 0 || !hp_platform_lock_file (self->lock_fd, FALSE))
    {
      int saved_errno = errno;

      g_warning ("Drafts are off: could not lock %s: %s", self->lock_path, g_strerror (saved_errno));
      if (self->lock_fd >= 0)
        close (self->lock_fd);
      self->lock_fd = -1;
    }

  return g_steal_pointer (&self);
}

const char *
hp_drafts_get_folder (HpDrafts *self)
{
  g_return_val_if_fail (HP_IS_DRAFTS (self), NULL);

  return self->folder;
}

gboolean
hp_drafts_is_enabled (HpDrafts *self)
{
  g_return_val_if_fail (HP_IS_DRAFTS (self), FALSE);

  return self->lock_fd >= 0;
}

/**
 * hp_drafts_new_path:
 *
 * Returns: (transfer full) (nullable): a path for a new draft of this
 * process, or %NULL when drafts are off
 */
char *
hp_drafts_new_path (HpDrafts *self)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (HP_IS_DRAFTS (self), NULL);

  if (self->lock_fd < 0)
    return NULL;

  name = g_strdup_printf ("%s.%u%s", self->session, ++self->last_index, HP_PLAN_FILE_EXTENSION);
  return g_build_filename (self->folder, name, NULL);
}

/**
 * hp_drafts_write:
 * @path: from hp_drafts_new_path()
 * @origin: (nullable): the plan's own file, remembered for recovery
 *
 * Writes @plan to the draft at @path, atomically and 0600.
 */
gboolean
hp_drafts_write (HpDrafts    *self,
                 const char  *path,
                 HpPlan      *plan,
                 GFile       *origin,
                 GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *origin_path = NULL;
  g_autofree char *sidecar = NULL;

  g_return_val_if_fail (HP_IS_DRAFTS (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (HP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (origin == NULL || G_IS_FILE (origin), FALSE);

  /* The folder may have been removed while the process ran. */
  if (!ensure_private_folder (self->folder, error))
    return FALSE;

  bytes = hp_plan_file_to_bytes (plan);
  if (!hp_atomic_file_write (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error))
    return FALSE;

  sidecar = origin_path_for (path);
  origin_path = origin != NULL ? g_file_get_path (origin) : NULL;
  if (origin_path != NULL)
    return hp_atomic_file_write (sidecar, origin_path, strlen (origin_path), error);

  g_unlink (sidecar);
  return TRUE;
}

void
hp_drafts_remove (HpDrafts   *self,
                  const char *path)
{
  g_autofree char *sidecar = NULL;

  g_return_if_fail (HP_IS_DRAFTS (self));
  g_return_if_fail (path != NULL);

  sidecar = origin_path_for (path);
  g_unlink (path);
  g_unlink (sidecar);
}

static int
compare_drafts (gconstpointer a,
                gconstpointer b)
{
  const HpDraft *da = *(HpDraft * const *) a;
  const HpDraft *db = *(HpDraft * const *) b;

  return g_date_time_compare (da->modified, db->modified);
}

static HpDraft *
read_draft (const char *path)
{
  g_autoptr(HpDraft) draft = g_new0 (HpDraft, 1);
  g_autofree char *sidecar = origin_path_for (path);
  g_autofree char *origin = NULL;
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return NULL;

  draft->path = g_strdup (path);
  draft->modified = g_date_time_new_from_unix_local (st.st_mtime);
  if (g_file_get_contents (sidecar, &origin, NULL, NULL)
      && origin[0] == '/' && g_utf8_validate (origin, -1, NULL))
    draft->origin = g_steal_pointer (&origin);

  return g_steal_pointer (&draft);
}

/**
 * hp_drafts_claim_orphans:
 *
 * Finds the drafts of processes that are no longer running and takes their
 * session locks, so that no other starting process offers them as well.
 * Remove the ones that were restored or discarded with hp_drafts_remove(),
 * then call hp_drafts_release_claims().
 *
 * Returns: (transfer full) (element-type HpDraft): the drafts, oldest first
 */
GPtrArray *
hp_drafts_claim_orphans (HpDrafts *self)
{
  g_autoptr(GPtrArray) drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) hp_draft_free);
  g_autoptr(GHashTable) live = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_val_if_fail (HP_IS_DRAFTS (self), NULL);

  if (self->lock_fd < 0)
    return g_steal_pointer (&drafts);

  dir = g_dir_open (self->folder, 0, NULL);
  if (dir == NULL)
    return g_steal_pointer (&drafts);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *session = NULL;
      g_autofree char *path = NULL;
      int fd;

      if (!g_str_has_suffix (name, LOCK_SUFFIX))
        continue;

      session = session_of (name);
      if (g_str_equal (session, self->session) || g_hash_table_contains (self->claims, session))
        continue;

      path = g_build_filename (self->folder, name, NULL);
      fd = g_open (path, O_RDWR | O_CLOEXEC | O_NOFOLLOW, 0);
      if (fd < 0)
        continue;

      if (hp_platform_lock_file (fd, FALSE))
        {
          g_hash_table_insert (self->claims, g_steal_pointer (&session), GINT_TO_POINTER (fd));
        }
      else
        {
          close (fd);
          g_hash_table_add (live, g_steal_pointer (&session));
        }
    }

  g_dir_rewind (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *session = NULL;
      g_autofree char *path = NULL;
      HpDraft *draft;

      /* ".<session>.<n>.hamtplan.XXXXXX": a write cut short by the end of
       * its process; the draft before it is whole, this is of no use. */
      if (name[0] == '.')
        {
          session = session_of (name + 1);
          if (session[0] != '\0' && !g_str_equal (session, self->session)
              && !g_hash_table_contains (live, session))
            {
              path = g_build_filename (self->folder, name, NULL);
              g_unlink (path);
            }
          continue;
        }

      if (!g_str_has_suffix (name, HP_PLAN_FILE_EXTENSION))
        continue;

      session = session_of (name);
      if (g_str_equal (session, self->session) || g_hash_table_contains (live, session))
        continue;

      path = g_build_filename (self->folder, name, NULL);
      draft = read_draft (path);
      if (draft == NULL)
        continue;

      g_ptr_array_add (drafts, draft);
      if (!g_hash_table_contains (self->claims, session))
        g_hash_table_insert (self->claims, g_steal_pointer (&session), GINT_TO_POINTER (-1));
    }

  g_ptr_array_sort (drafts, compare_drafts);

  return g_steal_pointer (&drafts);
}

/**
 * hp_drafts_release_claims:
 *
 * Lets go of the sessions claimed by hp_drafts_claim_orphans(): removes
 * their lock files.  Drafts still left in the folder are offered again at
 * the next start.
 */
void
hp_drafts_release_claims (HpDrafts *self)
{
  GHashTableIter iter;
  gpointer key, value;

  g_return_if_fail (HP_IS_DRAFTS (self));

  g_hash_table_iter_init (&iter, self->claims);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (GPOINTER_TO_INT (value) >= 0)
        {
          g_autofree char *name = g_strconcat (key, LOCK_SUFFIX, NULL);
          g_autofree char *path = g_build_filename (self->folder, name, NULL);

          g_unlink (path);
        }
    }

  g_hash_table_remove_all (self->claims);
}
