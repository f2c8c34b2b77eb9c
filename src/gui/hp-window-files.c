/* hp-window-files.c: open, save and save as in the main window
 *
 * The file choosers, the question about unsaved changes before a new
 * plan, another plan or closing, the warning about text a page holds that
 * is not in the plan, and saving a plan never saved before a document
 * about it leaves the office (hp_window_save_then()).
 */

#define G_LOG_DOMAIN "hp-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-disclosure-file.h"
#include "hp-disclosures.h"
#include "hp-message-dialog.h"
#include "hp-page.h"
#include "hp-plan-file.h"
#include "hp-window-private.h"

#define RESPONSE_CORRECT    GTK_RESPONSE_ACCEPT
#define RESPONSE_SAVE_ANYWAY GTK_RESPONSE_REJECT

static void hp_window_pending_proceed (HpWindow *self);
static gboolean hp_window_check_invalid (HpWindow *self,
                                         gboolean  save_as);

/* Dialogs */

static void
on_message_response (GtkDialog *dialog,
                     int        response,
                     gpointer   user_data)
{
  hp_message_dialog_dismiss (dialog);
}

void
hp_window_show_error (HpWindow   *self,
                      const char *primary,
                      const char *secondary)
{
  GtkWidget *dialog;

  dialog = hp_message_dialog_new (GTK_WINDOW (self), GTK_MESSAGE_ERROR, primary, secondary);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Close"), GTK_RESPONSE_CLOSE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_message_response), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Loads @file, or says in @error what and where is wrong with it.  The
 * plan named at start-up has been read already, while GTK started
 * (hp_context_take_preloaded). */
HpPlan *
hp_window_load_plan (HpContext      *context,
                     GFile          *file,
                     char          **name,
                     GError        **error)
{
  g_autofree char *path = g_file_get_path (file);
  HpPlan *plan = NULL;

  if (path == NULL)
    {
      *name = g_file_get_parse_name (file);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("%s is not in a local folder; plans are opened from local folders only"),
                   *name);
      return NULL;
    }

  *name = g_filename_display_basename (path);
  if (context != NULL && hp_context_take_preloaded (context, file, &plan, error))
    return plan;
  return hp_plan_file_load (path, error);
}

/* The message is about this window's file: the window first, then the
 * message over it. */
void
hp_window_show_open_error (HpWindow   *self,
                           const char *name,
                           GError     *error)
{
  /* Translators: %s is a file name */
  g_autofree char *primary = g_strdup_printf (_("Could not open “%s”"), name);

  gtk_window_present (GTK_WINDOW (self));
  hp_window_show_error (self, primary, error->message);
}

/* Files */

static GtkFileChooserNative *
hp_window_create_chooser (HpWindow             *self,
                          GtkFileChooserAction  action,
                          const char           *title,
                          const char           *accept_label)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) plans = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action,
                                         accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (plans, _("Retrieval plans"));
  gtk_file_filter_add_suffix (plans, "hamtplan");
  gtk_file_filter_add_mime_type (plans, HP_PLAN_FILE_MIME_TYPE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), plans);

  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);

  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), plans);

  if (self->file != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (self->file);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }

  return chooser;
}

static void
hp_window_note_chosen (HpWindow *self,
                       GFile    *file)
{
  if (self->context != NULL)
    hp_context_forget_recent (self->context, file);
}

/* What waited for the user's answer, with the window's note of it cleared
 * first: what runs next may ask again. */
static HpWindowPending
take_pending (HpWindow           *self,
              HpWindowCloseFunc  *func,
              gpointer           *data)
{
  HpWindowPending kind = self->pending;

  *func = self->close_func;
  *data = self->close_data;
  self->pending = HP_WINDOW_PENDING_NONE;
  self->close_func = NULL;
  self->close_data = NULL;
  return kind;
}

static void
hp_window_pending_cancel (HpWindow *self)
{
  HpWindowCloseFunc func;
  gpointer data;

  if (take_pending (self, &func, &data) == HP_WINDOW_PENDING_CLOSE && func != NULL)
    func (self, FALSE, data);
}

/* A file name ending in .hamtplan, unless the user typed a name without it
 * and a file of the longer name exists already (the chooser confirmed
 * overwriting only the name as typed). */
static GFile *
with_plan_suffix (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *suffixed = NULL;
  g_autoptr(GFile) parent = NULL;
  g_autoptr(GFile) result = NULL;

  if (basename == NULL || g_str_has_suffix (basename, HP_PLAN_FILE_EXTENSION))
    return g_object_ref (file);

  parent = g_file_get_parent (file);
  if (parent == NULL)
    return g_object_ref (file);

  suffixed = g_strconcat (basename, HP_PLAN_FILE_EXTENSION, NULL);
  result = g_file_get_child (parent, suffixed);
  if (g_file_query_exists (result, NULL))
    return g_object_ref (file);

  return g_steal_pointer (&result);
}

static void
on_save_chooser_response (GtkNativeDialog *chooser,
                          int              response,
                          gpointer         user_data)
{
  HpWindow *self = HP_WINDOW (user_data);
  g_autoptr(GFile) chosen = NULL;
  gboolean saved = FALSE;

  if (response == GTK_RESPONSE_ACCEPT)
    chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);

  if (chosen != NULL)
    {
      g_autoptr(GFile) file = with_plan_suffix (chosen);

      hp_window_note_chosen (self, chosen);
      hp_window_note_chosen (self, file);
      saved = hp_window_save_to_file (self, file);
    }

  if (self->pending != HP_WINDOW_PENDING_NONE)
    {
      if (saved)
        hp_window_pending_proceed (self);
      else
        hp_window_pending_cancel (self);
    }

  if (self->saved_func != NULL)
    {
      HpWindowSavedFunc func = self->saved_func;
      gpointer data = self->saved_data;

      self->saved_func = NULL;
      self->saved_data = NULL;
      func (self, saved, data);
    }
}

void
hp_window_save_as (HpWindow *self)
{
  GtkFileChooserNative *chooser;

  if (self->chooser != NULL || !hp_window_check_invalid (self, TRUE))
    return;

  chooser = hp_window_create_chooser (self, GTK_FILE_CHOOSER_ACTION_SAVE,
                                      _("Save the Plan"), _("_Save"));

  if (self->file != NULL)
    {
      g_autofree char *name = g_file_get_basename (self->file);

      if (name != NULL && g_utf8_validate (name, -1, NULL))
        gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }
  else
    {
      g_autofree char *title = hp_plan_dup_title (self->plan);
      g_autofree char *name = NULL;

      /* The title holds the case reference, never the client's name. */
      g_strdelimit (title, "/\\:", '-');
      name = g_strconcat (title, HP_PLAN_FILE_EXTENSION, NULL);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }

  self->chooser = GTK_NATIVE_DIALOG (chooser);
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_invalid_response (GtkDialog *dialog,
                     int        response,
                     gpointer   user_data)
{
  HpWindow *self = HP_WINDOW (user_data);
  HpSection section = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "hp-section"));
  g_autofree char *field = g_strdup (g_object_get_data (G_OBJECT (dialog), "hp-field"));
  gboolean save_as = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "hp-save-as"));

  hp_message_dialog_dismiss (dialog);

  if (response == RESPONSE_SAVE_ANYWAY)
    {
      self->invalid_accepted = TRUE;
      if (save_as)
        hp_window_save_as (self);
      else
        hp_window_save (self);
      self->invalid_accepted = FALSE;
      return;
    }

  if (self->pending != HP_WINDOW_PENDING_NONE)
    hp_window_pending_cancel (self);
  hp_window_show_section (self, section);
  hp_page_focus_field (hp_window_ensure_page (self, section), field);
}

/* Text that a page keeps in an input because it is not valid (an
 * impossible date, a wrong personnummer) is not in the plan, so saving
 * would leave it out: say so, and offer to go and correct it.
 *
 * Returns: whether saving may go on now */
static gboolean
hp_window_check_invalid (HpWindow *self,
                         gboolean  save_as)
{
  g_autofree char *why = NULL;
  g_autofree char *field = NULL;
  g_autofree char *secondary = NULL;
  GtkWidget *dialog;
  GtkWidget *button;
  guint section;

  if (self->invalid_accepted)
    return TRUE;

  /* A page not built yet has never held any text. */
  for (section = 0; section < HP_WINDOW_N_SECTIONS && field == NULL; section++)
    if (self->pages[section] != NULL)
      field = hp_page_dup_invalid_field (self->pages[section], &why);
  if (field == NULL)
    return TRUE;
  section--;

  /* Translators: the section, then why the text is not valid; then what
   * happens to it */
  secondary = g_strdup_printf (_("%s: %s\n\nThe text stays in its field but is not "
                                 "saved until it is corrected."),
                               hp_window_section_label (section), why != NULL ? why : "");
  dialog = hp_message_dialog_new (GTK_WINDOW (self), GTK_MESSAGE_WARNING,
                                  _("A field holds text that is not valid"), secondary);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("Save _Anyway"), RESPONSE_SAVE_ANYWAY);
  button = gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Correct It"), RESPONSE_CORRECT);
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), RESPONSE_CORRECT);

  g_object_set_data (G_OBJECT (dialog), "hp-section", GINT_TO_POINTER (section));
  g_object_set_data_full (G_OBJECT (dialog), "hp-field", g_steal_pointer (&field), g_free);
  g_object_set_data (G_OBJECT (dialog), "hp-save-as", GINT_TO_POINTER (save_as));
  g_signal_connect (dialog, "response", G_CALLBACK (on_invalid_response), self);
  gtk_window_present (GTK_WINDOW (dialog));

  return FALSE;
}

/* Saves to the plan's file, or asks for one; then goes on with what was
 * pending, or gives it up when saving did not happen. */
void
hp_window_save (HpWindow *self)
{
  if (!hp_window_check_invalid (self, FALSE))
    return;

  if (self->file == NULL)
    {
      hp_window_save_as (self);
      return;
    }

  if (hp_window_save_to_file (self, self->file))
    {
      if (self->pending != HP_WINDOW_PENDING_NONE)
        hp_window_pending_proceed (self);
    }
  else if (self->pending != HP_WINDOW_PENDING_NONE)
    {
      hp_window_pending_cancel (self);
    }
}

static void
on_open_chooser_response (GtkNativeDialog *chooser,
                          int              response,
                          gpointer         user_data)
{
  HpWindow *self = HP_WINDOW (user_data);
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);

  if (file != NULL)
    {
      hp_window_note_chosen (self, file);
      hp_window_open_file (self, file);
    }
}

static void
hp_window_choose_file_to_open (HpWindow *self)
{
  GtkFileChooserNative *chooser;

  if (self->chooser != NULL)
    return;

  chooser = hp_window_create_chooser (self, GTK_FILE_CHOOSER_ACTION_OPEN,
                                      _("Open a Plan"), _("_Open"));
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  g_signal_connect (chooser, "response", G_CALLBACK (on_open_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
hp_window_pending_proceed (HpWindow *self)
{
  HpWindowCloseFunc func;
  gpointer data;

  switch (take_pending (self, &func, &data))
    {
    case HP_WINDOW_PENDING_CLOSE:
      /* Saved, or the changes given up: the draft is not needed. */
      hp_window_discard_draft (self);
      self->close_confirmed = TRUE;
      if (func != NULL)
        func (self, TRUE, data);
      gtk_window_close (GTK_WINDOW (self));
      break;

    case HP_WINDOW_PENDING_NEW:
      {
        g_autoptr(HpPlan) plan = hp_window_new_prefilled_plan (self);

        hp_window_take_plan (self, plan, NULL, FALSE);
        hp_window_show_section (self, HP_SECTION_CASE);
      }
      break;

    case HP_WINDOW_PENDING_OPEN:
      hp_window_choose_file_to_open (self);
      break;

    case HP_WINDOW_PENDING_NONE:
    default:
      break;
    }
}

static void
on_question_response (GtkDialog *dialog,
                      int        response,
                      gpointer   user_data)
{
  HpWindow *self = HP_WINDOW (user_data);

  self->question = NULL;
  hp_message_dialog_dismiss (dialog);

  switch (response)
    {
    case HP_WINDOW_RESPONSE_SAVE:
      hp_window_save (self);
      break;

    case HP_WINDOW_RESPONSE_DONT_SAVE:
      hp_window_pending_proceed (self);
      break;

    default:
      hp_window_pending_cancel (self);
      break;
    }
}

/* Asks what to do with unsaved changes before @kind, or goes straight on
 * when there are none. */
void
hp_window_ask_then (HpWindow    *self,
                    HpWindowPending  kind)
{
  g_autofree char *title = NULL;
  g_autofree char *primary = NULL;
  GtkWidget *dialog;
  GtkWidget *button;

  if (self->pending != HP_WINDOW_PENDING_NONE || self->chooser != NULL)
    return;

  self->pending = kind;

  if (!self->dirty)
    {
      hp_window_pending_proceed (self);
      return;
    }

  title = hp_plan_dup_title (self->plan);
  /* Translators: %s is the plan's title */
  primary = g_strdup_printf (_("Save the changes to “%s”?"), title);
  dialog = hp_message_dialog_new (GTK_WINDOW (self), GTK_MESSAGE_QUESTION, primary,
                                  _("If you don't save, the changes are lost."));

  button = gtk_dialog_add_button (GTK_DIALOG (dialog), _("Do_n't Save"),
                                  HP_WINDOW_RESPONSE_DONT_SAVE);
  gtk_widget_add_css_class (button, "destructive-action");
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), HP_WINDOW_RESPONSE_CANCEL);
  button = gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Save"), HP_WINDOW_RESPONSE_SAVE);
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), HP_WINDOW_RESPONSE_SAVE);

  self->question = dialog;
  g_signal_connect (dialog, "response", G_CALLBACK (on_question_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Public */

/**
 * hp_window_open_file:
 *
 * Loads @file into the window, replacing its plan without asking (the
 * caller has asked about unsaved changes).  A file that cannot be loaded is
 * reported in a dialog and the window keeps its plan.
 *
 * Returns: whether the file was loaded
 */
gboolean
hp_window_open_file (HpWindow *self,
                     GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (HP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  plan = hp_window_load_plan (self->context, file, &name, &error);
  if (plan == NULL)
    {
      hp_window_show_open_error (self, name, error);
      return FALSE;
    }

  hp_window_take_plan (self, plan, file, FALSE);
  hp_window_show_section (self, HP_SECTION_CASE);

  return TRUE;
}

/* Adds to the plan in memory the entries of the disclosure log in the file
 * at @path that it does not hold, so that saving over the file never drops
 * one: an entry is never lost. */
static void
hp_window_keep_disclosures_of (HpWindow   *self,
                               const char *path)
{
  g_autoptr(HpPlan) on_disk = NULL;
  GListModel *theirs, *ours;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return;
  on_disk = hp_plan_file_load (path, NULL);
  if (on_disk == NULL)
    return;

  theirs = G_LIST_MODEL (on_disk->disclosures);
  ours = G_LIST_MODEL (self->plan->disclosures);
  for (guint i = 0; i < g_list_model_get_n_items (theirs); i++)
    {
      g_autoptr(HpRecord) entry = g_list_model_get_item (theirs, i);
      gboolean held = FALSE;

      /* By id: two entries alike to the second (the same sheet printed
       * twice, from here and from the command line) are two. */
      for (guint j = 0; j < g_list_model_get_n_items (ours) && !held; j++)
        {
          g_autoptr(HpDisclosure) mine = g_list_model_get_item (ours, j);

          held = mine->id[0] != '\0'
                   ? g_strcmp0 (HP_DISCLOSURE (entry)->id, mine->id) == 0
                   : hp_record_equal (entry, HP_RECORD (mine));
        }
      if (!held)
        g_list_store_append (self->plan->disclosures, entry);
    }
}

/**
 * hp_window_save_to_file:
 *
 * Saves the plan to @file (atomically, 0600), which becomes the plan's
 * file.  A failure is reported in a dialog.
 *
 * Returns: whether the plan was saved
 */
gboolean
hp_window_save_to_file (HpWindow *self,
                        GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (HP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("%s is not in a local folder; plans are saved to local folders only"),
                   name);
    }
  else
    {
      /* Saving over the plan's own file keeps what the file's disclosure
       * log gained meanwhile (from the command line, another window),
       * under the lock they take, so that none is written between the
       * read and the save; through a link, as they write it. */
      if (self->file != NULL && g_file_equal (self->file, file))
        {
          g_autofree char *real_path = hp_disclosure_resolve_plan_path (path);
          HpPlanLock *lock = hp_disclosure_lock_plan_file (real_path, NULL);

          hp_window_keep_disclosures_of (self, real_path);
          hp_plan_file_save (self->plan, real_path, &error);
          hp_disclosure_unlock_plan_file (lock);
        }
      else
        hp_plan_file_save (self->plan, path, &error);
    }

  if (error != NULL)
    {
      hp_window_show_error (self, _("Could not save the plan"), error->message);
      return FALSE;
    }

  if (self->file == NULL || !g_file_equal (self->file, file))
    {
      g_set_object (&self->file, file);
      g_object_notify_by_pspec (G_OBJECT (self), hp_window_properties[HP_WINDOW_PROP_FILE]);
    }

  /* The steps stay: what was saved can still be undone. */
  hp_history_mark_saved (self->history);
  hp_window_discard_draft (self);
  hp_window_set_dirty (self, FALSE);
  hp_window_update_title (self);

  return TRUE;
}

/**
 * hp_window_query_close:
 * @func: (nullable): told whether the window closed
 *
 * Closes the window, first asking what to do with unsaved changes.
 */
void
hp_window_query_close (HpWindow          *self,
                       HpWindowCloseFunc  func,
                       gpointer           user_data)
{
  g_return_if_fail (HP_IS_WINDOW (self));

  if (self->pending != HP_WINDOW_PENDING_NONE || self->chooser != NULL)
    {
      gtk_window_present (GTK_WINDOW (self));
      if (func != NULL)
        func (self, FALSE, user_data);
      return;
    }

  self->close_func = func;
  self->close_data = user_data;
  gtk_window_present (GTK_WINDOW (self));
  hp_window_ask_then (self, HP_WINDOW_PENDING_CLOSE);
}

/**
 * hp_window_save_then:
 * @func: called with whether the plan has a file now
 *
 * Before a document leaves the office its entry goes into the plan file,
 * so the plan needs one: a plan never saved is saved first, with the save
 * dialog.  @func is called at once when the plan has a file, else once the
 * dialog is answered (saved %FALSE when the caseworker cancelled it).
 */
void
hp_window_save_then (HpWindow          *self,
                     HpWindowSavedFunc  func,
                     gpointer           user_data)
{
  g_autofree char *path = NULL;

  g_return_if_fail (HP_IS_WINDOW (self));
  g_return_if_fail (func != NULL);

  path = self->file != NULL ? g_file_get_path (self->file) : NULL;
  if (path != NULL)
    {
      func (self, TRUE, user_data);
      return;
    }

  /* Another question is open: not now. */
  if (self->saved_func != NULL || self->chooser != NULL || self->pending != HP_WINDOW_PENDING_NONE)
    {
      func (self, FALSE, user_data);
      return;
    }

  self->saved_func = func;
  self->saved_data = user_data;
  hp_window_save_as (self);
  /* The dialog did not open (text that is not in the plan is being asked
   * about first): the document waits for another try. */
  if (self->chooser == NULL && self->saved_func != NULL)
    {
      self->saved_func = NULL;
      self->saved_data = NULL;
      func (self, FALSE, user_data);
    }
}
