/* hp-application.c: the GtkApplication: windows, settings, drafts, actions */

#define G_LOG_DOMAIN "hp-application"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-application.h"
#include "hp-context.h"
#include "hp-first-frame-exit.h"
#include "hp-message-dialog.h"
#include "hp-plan-file.h"
#include "hp-preferences-window.h"
#include "hp-temp-folder.h"
#include "hp-window.h"

struct _HpApplication
{
  GtkApplication  parent_instance;

  GSettings      *settings;
  HpDrafts       *drafts;
  HpContext      *context;
  gboolean        drafts_offered;
  gboolean        icon_checked;
  guint           icon_source;
  /* URIs the user chose in a file chooser: kept off the recently-used list */
  gboolean        quitting;
  HpPreload      *preload;
};

G_DEFINE_FINAL_TYPE (HpApplication, hp_application, GTK_TYPE_APPLICATION)

/**
 * hp_application_forget_recent:
 *
 * Keeps @file off the recently-used list for as long as the application
 * runs (hp_context_forget_recent()).
 */
void
hp_application_forget_recent (HpApplication *self,
                              GFile         *file)
{
  g_return_if_fail (HP_IS_APPLICATION (self));

  hp_context_forget_recent (self->context, file);
}

/* Drafts left by a process that ended without saving */

typedef struct
{
  HpApplication *self;
  GtkWindow     *parent;
  GPtrArray     *drafts;
} OfferData;

static void
offer_data_free (OfferData *data)
{
  g_clear_object (&data->self);
  g_clear_object (&data->parent);
  g_clear_pointer (&data->drafts, g_ptr_array_unref);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OfferData, offer_data_free)

static void
hp_application_restore_drafts (HpApplication *self,
                               GtkWindow     *parent,
                               GPtrArray     *drafts)
{
  g_autoptr(GString) failures = g_string_new (NULL);
  gboolean parent_used = FALSE;

  for (guint i = 0; i < drafts->len; i++)
    {
      const HpDraft *draft = g_ptr_array_index (drafts, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(HpPlan) plan = NULL;
      g_autoptr(GFile) origin = NULL;
      HpWindow *window;

      plan = hp_plan_file_load (draft->path, &error);
      if (plan == NULL)
        {
          if (failures->len > 0)
            g_string_append_c (failures, '\n');
          g_string_append (failures, error->message);
          continue;
        }

      if (draft->origin != NULL)
        origin = g_file_new_for_path (draft->origin);

      if (!parent_used && HP_IS_WINDOW (parent) && hp_window_is_pristine (HP_WINDOW (parent)))
        {
          window = HP_WINDOW (parent);
          parent_used = TRUE;
        }
      else
        {
          window = hp_window_new (GTK_APPLICATION (self), self->context);
        }

      hp_window_restore_draft (window, plan, origin);
      gtk_window_present (GTK_WINDOW (window));
      hp_drafts_remove (self->drafts, draft->path);
    }

  if (failures->len > 0)
    {
      g_autofree char *secondary = NULL;
      GtkWidget *dialog;

      /* Translators: %s are the reasons, then the folder */
      secondary = g_strdup_printf (_("%s\n\nThe draft is kept in %s."),
                                   failures->str, hp_drafts_get_folder (self->drafts));
      dialog = hp_message_dialog_new (parent, GTK_MESSAGE_ERROR,
                                      _("Could not restore a draft"), secondary);
      gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Close"), GTK_RESPONSE_CLOSE);
      g_signal_connect (dialog, "response", G_CALLBACK (hp_message_dialog_dismiss), NULL);
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

#define RESPONSE_RESTORE GTK_RESPONSE_ACCEPT
#define RESPONSE_DISCARD GTK_RESPONSE_REJECT

static void
on_offer_response (GtkDialog *dialog,
                   int        response,
                   gpointer   user_data)
{
  g_autoptr(OfferData) data = user_data;

  hp_message_dialog_dismiss (dialog);

  if (response == RESPONSE_RESTORE)
    {
      hp_application_restore_drafts (data->self, data->parent, data->drafts);
    }
  else if (response == RESPONSE_DISCARD)
    {
      for (guint i = 0; i < data->drafts->len; i++)
        {
          const HpDraft *draft = g_ptr_array_index (data->drafts, i);

          hp_drafts_remove (data->self->drafts, draft->path);
        }
    }

  /* Closing the dialog otherwise decides nothing: the drafts stay and are
   * offered at the next start. */
  hp_drafts_release_claims (data->self->drafts);
}

/**
 * hp_application_offer_drafts:
 *
 * Once per process: when drafts of processes that are gone exist, asks
 * whether to restore them (Restore / Discard) in a dialog over @parent.
 */
void
hp_application_offer_drafts (HpApplication *self,
                             GtkWindow     *parent)
{
  g_autoptr(GPtrArray) drafts = NULL;
  g_autofree char *when = NULL;
  g_autofree char *primary = NULL;
  g_autofree char *secondary = NULL;
  const HpDraft *newest;
  OfferData *data;
  GtkWidget *dialog;
  GtkWidget *button;

  g_return_if_fail (HP_IS_APPLICATION (self));
  g_return_if_fail (GTK_IS_WINDOW (parent));

  if (self->drafts_offered)
    return;
  self->drafts_offered = TRUE;

  drafts = hp_drafts_claim_orphans (self->drafts);
  if (drafts->len == 0)
    {
      hp_drafts_release_claims (self->drafts);
      return;
    }

  newest = g_ptr_array_index (drafts, drafts->len - 1);
  when = g_date_time_format (newest->modified, "%Y-%m-%d %H:%M");

  primary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Restore the unsaved plan?",
                                          "Restore %u unsaved plans?",
                                          drafts->len),
                             drafts->len);
  /* Translators: %s is a date and time, 2026-11-27 14:05 */
  secondary = g_strdup_printf (_("Hämtplan ended before the changes were saved. "
                                 "The latest draft was written %s."),
                               when);
  dialog = hp_message_dialog_new (parent, GTK_MESSAGE_QUESTION, primary, secondary);
  button = gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Discard"), RESPONSE_DISCARD);
  gtk_widget_add_css_class (button, "destructive-action");
  button = gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Restore"), RESPONSE_RESTORE);
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), RESPONSE_RESTORE);

  data = g_new0 (OfferData, 1);
  data->self = g_object_ref (self);
  data->parent = g_object_ref (parent);
  data->drafts = g_steal_pointer (&drafts);
  g_signal_connect (dialog, "response", G_CALLBACK (on_offer_response), data);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The windows' icon.  Installed, it is in the icon theme; run from the
 * build tree, it is not, and an empty place is better than a "missing
 * image" sign.  Asked once the first window has painted: GTK reads the
 * icon theme in a thread as it starts, and asking before that is done
 * reads the whole theme a second time, in the way of the first frame
 * (62 M instructions, tests/bench first-frame).  GTK gives a new default
 * icon only to windows realized after it is set: the windows shown by then
 * are given it one by one. */
static void
hp_application_set_icon (HpApplication *self)
{
  GdkDisplay *display = gdk_display_get_default ();

  if (self->icon_checked || display == NULL)
    return;
  self->icon_checked = TRUE;

  if (!gtk_icon_theme_has_icon (gtk_icon_theme_get_for_display (display), APP_ID))
    return;

  gtk_window_set_default_icon_name (APP_ID);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (gtk_window_get_icon_name (l->data) == NULL)
      gtk_window_set_icon_name (l->data, APP_ID);
}

static gboolean
set_icon_idle (gpointer user_data)
{
  HpApplication *self = HP_APPLICATION (user_data);

  self->icon_source = 0;
  hp_application_set_icon (self);
  return G_SOURCE_REMOVE;
}

static void
on_first_paint_icon (GdkFrameClock *clock,
                     gpointer       user_data)
{
  HpApplication *self = HP_APPLICATION (user_data);

  g_signal_handlers_disconnect_by_func (clock, on_first_paint_icon, user_data);
  /* Taken out in dispose, if the application ends first. */
  if (self->icon_source == 0 && !self->icon_checked)
    self->icon_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, set_icon_idle, self, NULL);
}

static void
hp_application_present (HpApplication *self,
                        GtkWindow     *window)
{
  GdkFrameClock *clock;

  gtk_window_present (window);

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  if (!self->icon_checked)
    {
      if (clock != NULL)
        g_signal_connect (clock, "after-paint", G_CALLBACK (on_first_paint_icon), self);
      else
        hp_application_set_icon (self);
    }

  /* A benchmark's run ends after this frame: nothing to offer. */
  if (hp_first_frame_exit_watch (window, self->drafts))
    return;

  hp_application_offer_drafts (self, window);
}

/* Actions */

static void
app_preferences (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  HpApplication *self = HP_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWindow *preferences;

  preferences = GTK_WINDOW (hp_preferences_window_new (self->settings));
  if (parent != NULL)
    gtk_window_set_transient_for (preferences, parent);
  gtk_window_present (preferences);
}

static void
app_about (GSimpleAction *action,
           GVariant      *parameter,
           gpointer       user_data)
{
  HpApplication *self = HP_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *about;

  about = g_object_new (GTK_TYPE_ABOUT_DIALOG,
                        "program-name", "Hämtplan",
                        "version", PACKAGE_VERSION,
                        "comments", _("Plan how a person subjected to violence fetches "
                                      "belongings from the shared home: safely, with the "
                                      "consents in order, and the same way every time."),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", _("© The Hämtplan authors"),
                        /* Translators: your names, one per line */
                        "translator-credits", _("translator-credits"),
                        "modal", TRUE,
                        "transient-for", parent,
                        NULL);
  if (gtk_icon_theme_has_icon (gtk_icon_theme_get_for_display (gtk_widget_get_display (about)),
                               APP_ID))
    gtk_about_dialog_set_logo_icon_name (GTK_ABOUT_DIALOG (about), APP_ID);
  gtk_window_present (GTK_WINDOW (about));
}

static void quit_next_window (HpApplication *self);

static gboolean
quit_next_idle (gpointer user_data)
{
  quit_next_window (HP_APPLICATION (user_data));
  return G_SOURCE_REMOVE;
}

static void
on_window_closed_for_quit (HpWindow *window,
                           gboolean  closed,
                           gpointer  user_data)
{
  HpApplication *self = HP_APPLICATION (user_data);

  if (!closed)
    {
      self->quitting = FALSE;
      g_object_unref (self);
      return;
    }

  /* On with the next window once this one is gone. */
  g_idle_add_full (G_PRIORITY_DEFAULT, quit_next_idle, self, g_object_unref);
}

/* Closes the windows one after the other, each asking about its unsaved
 * changes; a Cancel anywhere stops the quitting. */
static void
quit_next_window (HpApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (HP_IS_WINDOW (l->data))
        {
          hp_window_query_close (HP_WINDOW (l->data), on_window_closed_for_quit,
                                 g_object_ref (self));
          return;
        }
    }

  self->quitting = FALSE;
  g_application_quit (G_APPLICATION (self));
}

static void
app_quit (GSimpleAction *action,
          GVariant      *parameter,
          gpointer       user_data)
{
  HpApplication *self = HP_APPLICATION (user_data);

  if (self->quitting)
    return;

  self->quitting = TRUE;
  quit_next_window (self);
}

static const GActionEntry app_entries[] = {
  { "preferences", app_preferences, NULL, NULL, NULL, { 0 } },
  { "about", app_about, NULL, NULL, NULL, { 0 } },
  { "quit", app_quit, NULL, NULL, NULL, { 0 } },
};

/* GApplication */

static void
hp_application_startup (GApplication *application)
{
  HpApplication *self = HP_APPLICATION (application);
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  static const struct
  {
    const char *action;
    const char *accels[3];
  } accels[] = {
    /* The window's own shortcuts are beside its actions
     * (hp-window-actions.c). */
    { "app.quit", { "<Primary>q", NULL } },
  };

  G_APPLICATION_CLASS (hp_application_parent_class)->startup (application);

  g_set_application_name ("Hämtplan");
  /* GTK reads the icon theme in a thread from the first time it is asked
   * for: now, while the window is being built. */
  gtk_icon_theme_get_for_display (gdk_display_get_default ());

  self->settings = g_settings_new (APP_ID);
  self->drafts = hp_drafts_new (NULL);
  {
    g_autoptr(GError) warning = NULL;
    g_autoptr(HpCatalogue) catalogue = hp_catalogue_load_system (&warning);

    /* What the windows take from here: the only thing they do. */
    self->context = hp_context_new (self->settings, catalogue,
                                    warning != NULL ? warning->message : NULL,
                                    self->drafts, g_steal_pointer (&self->preload));
  }

  gtk_css_provider_load_from_resource (css, "/se/hamtplan/Hamtplan/ui/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_entries,
                                   G_N_ELEMENTS (app_entries), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action,
                                           accels[i].accels);
}

static void
hp_application_shutdown (GApplication *application)
{
  HpApplication *self = HP_APPLICATION (application);

  GList *windows;

  /* Windows still open when the main loop ends (a benchmark's quit after
   * the first frame, a session ending): taken down here, so that each
   * keeps its draft if it has unsaved changes and the drafts let go of
   * their lock. */
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (self))) != NULL)
    gtk_window_destroy (windows->data);

  /* GTK writes what the recent manager still has pending as it shuts down:
   * the hook stays until then, to take the chosen files out. */
  G_APPLICATION_CLASS (hp_application_parent_class)->shutdown (application);

  if (self->context != NULL)
    hp_context_stop_recent_guard (self->context);
}

static void
hp_application_activate (GApplication *application)
{
  HpApplication *self = HP_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (hp_window_new (GTK_APPLICATION (self), self->context));

  hp_application_present (self, window);
}

static void
hp_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  HpApplication *self = HP_APPLICATION (application);
  GtkWindow *window = NULL;

  for (int i = 0; i < n_files; i++)
    {
      GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));
      HpWindow *target;

      /* A new window is set up with the opened plan only, never first
       * with a new plan it replaces (its page, its checks: tests/bench
       * first-frame).  A file that cannot be opened: the window is shown,
       * then the message over it. */
      if (HP_IS_WINDOW (active) && hp_window_is_pristine (HP_WINDOW (active)))
        {
          target = HP_WINDOW (active);
          if (hp_window_open_file (target, files[i]))
            gtk_window_present (GTK_WINDOW (target));
        }
      else
        {
          target = hp_window_new_for_file (GTK_APPLICATION (self), self->context, files[i]);
          gtk_window_present (GTK_WINDOW (target));
        }
      if (window == NULL)
        window = GTK_WINDOW (target);
    }

  if (window == NULL)
    window = GTK_WINDOW (hp_window_new (GTK_APPLICATION (self), self->context));

  hp_application_present (self, window);
}

static void
hp_application_dispose (GObject *object)
{
  HpApplication *self = HP_APPLICATION (object);

  g_clear_handle_id (&self->icon_source, g_source_remove);
  g_clear_object (&self->context);
  g_clear_object (&self->settings);
  g_clear_object (&self->drafts);

  G_OBJECT_CLASS (hp_application_parent_class)->dispose (object);
}

static void
hp_application_finalize (GObject *object)
{
  HpApplication *self = HP_APPLICATION (object);

  g_clear_pointer (&self->preload, hp_preload_free);

  G_OBJECT_CLASS (hp_application_parent_class)->finalize (object);
}

static void
hp_application_class_init (HpApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = hp_application_dispose;
  object_class->finalize = hp_application_finalize;

  app_class->startup = hp_application_startup;
  app_class->shutdown = hp_application_shutdown;
  app_class->activate = hp_application_activate;
  app_class->open = hp_application_open;
}

static void
hp_application_init (HpApplication *self)
{
}

HpApplication *
hp_application_new (void)
{
  HpApplication *self = g_object_new (HP_TYPE_APPLICATION,
                                      "application-id", APP_ID,
                                      "flags", G_APPLICATION_HANDLES_OPEN |
                                               G_APPLICATION_NON_UNIQUE,
                                      NULL);

  /* No resource base path: GtkApplication would add its icons folder to
   * the icon theme as it starts, which throws away the theme GTK has
   * begun to read in a thread, to be read again in the way of the first
   * frame (62 M instructions, tests/bench first-frame).  The application
   * has no icons, menus or shortcuts window in GtkApplication's places
   * (the shortcuts window is the window's win.show-help-overlay). */
  g_application_set_resource_base_path (G_APPLICATION (self), NULL);

  return self;
}

/**
 * hp_application_run:
 *
 * Runs the application with a window; @argv may name plan files to open.
 *
 * Returns: the exit status
 */
int
hp_application_run (int    argc,
                    char **argv)
{
  g_autoptr(HpApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  /* First, before anything asks GLib for the temporary folder: GTK's print
   * path spools the document through a file there (hp-temp-folder.h). */
  if (!hp_temp_folder_setup (NULL, &error))
    g_warning ("%s", error->message);

  app = hp_application_new ();
  /* argv holds the program's name and the plans to open (hp_cli_main). */
  if (argc >= 2)
    app->preload = hp_preload_start (argv[1]);

  status = g_application_run (G_APPLICATION (app), argc, argv);
  g_clear_object (&app);
  hp_temp_folder_remove ();
  return status;
}

GSettings *
hp_application_get_settings (HpApplication *self)
{
  g_return_val_if_fail (HP_IS_APPLICATION (self), NULL);

  return self->settings;
}

/**
 * hp_application_take_catalogue_warning:
 *
 * Returns: (transfer full) (nullable): what was wrong with a local
 * catalogue file, once; %NULL afterwards and when nothing was
 */
char *
hp_application_take_catalogue_warning (HpApplication *self)
{
  g_return_val_if_fail (HP_IS_APPLICATION (self), NULL);

  return self->context != NULL ? hp_context_take_catalogue_warning (self->context) : NULL;
}

/**
 * hp_application_get_context:
 *
 * Returns: (transfer none) (nullable): what the windows take from the
 * application; %NULL until it has started up
 */
HpContext *
hp_application_get_context (HpApplication *self)
{
  g_return_val_if_fail (HP_IS_APPLICATION (self), NULL);

  return self->context;
}
