/* hp-context.c: what every window takes from the application */

#define G_LOG_DOMAIN "hp-context"

#include "config.h"

#include "hp-context.h"
#include "hp-plan-file.h"

/* The plan named on the command line is read in a thread while GTK opens
 * the display and loads its theme, and the window takes it from there: a
 * 10,000-item plan takes some 50 ms to read (tests/bench first-frame). */
struct _HpPreload
{
  char    *path;
  GThread *thread;
  HpPlan  *plan;
  GError  *error;
};

static gpointer
preload_thread (gpointer data)
{
  HpPreload *preload = data;

  preload->plan = hp_plan_file_load (preload->path, &preload->error);
  return NULL;
}

/**
 * hp_preload_start:
 * @arg: a plan named on the command line
 *
 * Returns: (transfer full) (nullable): the plan being read, or %NULL when
 * @arg is not a local file
 */
HpPreload *
hp_preload_start (const char *arg)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (arg);
  HpPreload *preload;
  char *path = g_file_get_path (file);

  if (path == NULL)
    return NULL;

  preload = g_new0 (HpPreload, 1);
  preload->path = path;
  preload->thread = g_thread_new ("hp-preload", preload_thread, preload);
  return preload;
}

void
hp_preload_free (HpPreload *preload)
{
  if (preload == NULL)
    return;

  if (preload->thread != NULL)
    g_thread_join (preload->thread);
  g_clear_object (&preload->plan);
  g_clear_error (&preload->error);
  g_free (preload->path);
  g_free (preload);
}

struct _HpContext
{
  GObject       parent_instance;

  GSettings    *settings;
  HpCatalogue  *catalogue;
  char         *catalogue_warning;
  HpDrafts     *drafts;
  HpPreload    *preload;

  GHashTable   *chosen_uris;
  gulong        recent_hook;
  guint         recent_signal;
};

G_DEFINE_FINAL_TYPE (HpContext, hp_context, G_TYPE_OBJECT)

/* The recently-used list.
 *
 * A plan's path says that a file about a case exists, and often whose: it
 * must not end up in ~/.local/share/recently-used.xbel.  GTK's own file
 * chooser dialog (what GtkFileChooserNative shows outside a sandbox) adds
 * every file it returns to that list, through the default GtkRecentManager.
 * The manager writes the list in the default handler of its "changed"
 * signal; an emission hook runs before that handler, and takes out the
 * files chosen here, so they are never written.  Only those: other
 * applications' entries are left as they are. */
/* gtk_recent_manager_has_item() is critical about a list never read. */
static gboolean
recent_has (GtkRecentManager *manager,
            const char       *uri)
{
  GtkRecentInfo *info = gtk_recent_manager_lookup_item (manager, uri, NULL);

  if (info == NULL)
    return FALSE;

  gtk_recent_info_unref (info);
  return TRUE;
}

static gboolean
forget_chosen_files (GSignalInvocationHint *hint,
                     guint                  n_params,
                     const GValue          *params,
                     gpointer               user_data)
{
  HpContext *self = HP_CONTEXT (user_data);
  GtkRecentManager *manager = g_value_get_object (&params[0]);
  GHashTableIter iter;
  gpointer uri;

  if (!GTK_IS_RECENT_MANAGER (manager))
    return TRUE;

  g_hash_table_iter_init (&iter, self->chosen_uris);
  while (g_hash_table_iter_next (&iter, &uri, NULL))
    if (recent_has (manager, uri))
      gtk_recent_manager_remove_item (manager, uri, NULL);

  return TRUE;
}

static void
hp_context_dispose (GObject *object)
{
  HpContext *self = HP_CONTEXT (object);

  hp_context_stop_recent_guard (self);
  g_clear_object (&self->settings);
  g_clear_object (&self->catalogue);
  g_clear_object (&self->drafts);

  G_OBJECT_CLASS (hp_context_parent_class)->dispose (object);
}

static void
hp_context_finalize (GObject *object)
{
  HpContext *self = HP_CONTEXT (object);

  g_clear_pointer (&self->chosen_uris, g_hash_table_unref);
  g_free (self->catalogue_warning);
  g_clear_pointer (&self->preload, hp_preload_free);

  G_OBJECT_CLASS (hp_context_parent_class)->finalize (object);
}

static void
hp_context_class_init (HpContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hp_context_dispose;
  object_class->finalize = hp_context_finalize;
}

static void
hp_context_init (HpContext *self)
{
  self->chosen_uris = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * hp_context_new:
 * @settings: (nullable): the application's settings
 * @catalogue: (nullable): the item catalogue; %NULL for the default one
 * @catalogue_warning: (nullable): what was wrong with a local catalogue file
 * @drafts: (nullable): where unsaved changes are kept
 * @preload: (transfer full) (nullable): the plan read while GTK started
 *
 * Also starts keeping the files chosen in the windows off the
 * recently-used list (hp_context_forget_recent()).
 *
 * Returns: (transfer full): the context
 */
HpContext *
hp_context_new (GSettings   *settings,
                HpCatalogue *catalogue,
                const char  *catalogue_warning,
                HpDrafts    *drafts,
                HpPreload   *preload)
{
  HpContext *self = g_object_new (HP_TYPE_CONTEXT, NULL);

  self->settings = settings != NULL ? g_object_ref (settings) : NULL;
  self->catalogue = catalogue != NULL ? g_object_ref (catalogue) : hp_catalogue_new_default ();
  self->catalogue_warning = g_strdup (catalogue_warning);
  self->drafts = drafts != NULL ? g_object_ref (drafts) : NULL;
  self->preload = preload;

  g_type_class_unref (g_type_class_ref (GTK_TYPE_RECENT_MANAGER));
  self->recent_signal = g_signal_lookup ("changed", GTK_TYPE_RECENT_MANAGER);
  self->recent_hook = g_signal_add_emission_hook (self->recent_signal, 0, forget_chosen_files,
                                                  self, NULL);

  return self;
}

/**
 * hp_context_stop_recent_guard:
 *
 * Stops taking the chosen files out of the recently-used list: once GTK
 * has written what the recent manager still had pending, as it shuts down.
 */
void
hp_context_stop_recent_guard (HpContext *self)
{
  g_return_if_fail (HP_IS_CONTEXT (self));

  if (self->recent_hook != 0)
    {
      g_signal_remove_emission_hook (self->recent_signal, self->recent_hook);
      self->recent_hook = 0;
    }
}

/**
 * hp_context_forget_recent:
 *
 * Keeps @file off the recently-used list for as long as the application
 * runs (see forget_chosen_files()).
 */
void
hp_context_forget_recent (HpContext *self,
                          GFile     *file)
{
  g_autofree char *uri = NULL;
  GtkRecentManager *manager;

  g_return_if_fail (HP_IS_CONTEXT (self));
  g_return_if_fail (G_IS_FILE (file));

  uri = g_file_get_uri (file);
  manager = gtk_recent_manager_get_default ();
  if (recent_has (manager, uri))
    gtk_recent_manager_remove_item (manager, uri, NULL);

  g_hash_table_add (self->chosen_uris, g_steal_pointer (&uri));
}

/**
 * hp_context_take_preloaded:
 * @file: a plan a window opens
 * @plan: (out) (transfer full): the plan read, or %NULL
 * @error: the reason it could not be read
 *
 * Returns: %TRUE when @file is the plan read while the application
 * started (then @plan or @error is set); %FALSE when it must be read now
 */
gboolean
hp_context_take_preloaded (HpContext  *self,
                           GFile      *file,
                           HpPlan    **plan,
                           GError    **error)
{
  g_autofree char *path = NULL;
  HpPreload *preload;

  g_return_val_if_fail (HP_IS_CONTEXT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->preload == NULL)
    return FALSE;
  path = g_file_get_path (file);
  if (g_strcmp0 (path, self->preload->path) != 0)
    return FALSE;

  preload = g_steal_pointer (&self->preload);
  g_thread_join (g_steal_pointer (&preload->thread));
  *plan = g_steal_pointer (&preload->plan);
  if (*plan == NULL)
    g_propagate_error (error, g_steal_pointer (&preload->error));
  hp_preload_free (preload);
  return TRUE;
}

GSettings *
hp_context_get_settings (HpContext *self)
{
  g_return_val_if_fail (HP_IS_CONTEXT (self), NULL);

  return self->settings;
}

HpCatalogue *
hp_context_get_catalogue (HpContext *self)
{
  g_return_val_if_fail (HP_IS_CONTEXT (self), NULL);

  return self->catalogue;
}

/**
 * hp_context_take_catalogue_warning:
 *
 * Returns: (transfer full) (nullable): what was wrong with a local
 * catalogue file, once (the first window says it); %NULL afterwards and
 * when nothing was
 */
char *
hp_context_take_catalogue_warning (HpContext *self)
{
  g_return_val_if_fail (HP_IS_CONTEXT (self), NULL);

  return g_steal_pointer (&self->catalogue_warning);
}

HpDrafts *
hp_context_get_drafts (HpContext *self)
{
  g_return_val_if_fail (HP_IS_CONTEXT (self), NULL);

  return self->drafts;
}
