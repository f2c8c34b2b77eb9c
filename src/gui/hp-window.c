/* hp-window.c: the main window: one plan, its sections and its checks
 *
 * The window owns the plan.  The pages edit it in place; every edit raises
 * the plan's "changed" signal, which here marks the plan unsaved, schedules
 * the checks (debounced) and a draft (at most a couple of seconds later).
 */

#define G_LOG_DOMAIN "hp-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-application.h"
#include "hp-checks.h"
#include "hp-disclosure-file.h"
#include "hp-disclosures.h"
#include "hp-disclosures-view.h"
#include "hp-drafts.h"
#include "hp-export-actions.h"
#include "hp-message-dialog.h"
#include "hp-page.h"
#include "hp-plan-file.h"
#include "hp-tab-stop.h"
#include "hp-window.h"
#include "hp-window-private.h"

#define N_SECTIONS        (HP_SECTION_FOLLOW_UP + 1)
#define CHECKS_DELAY_MS   300
#define DRAFT_DELAY_MS    2000

typedef enum
{
  PENDING_NONE,
  PENDING_CLOSE,
  PENDING_NEW,
  PENDING_OPEN,
} PendingKind;

struct _HpWindow
{
  GtkApplicationWindow parent_instance;

  /* template */
  GtkLabel          *title_label;
  GtkLabel          *subtitle_label;
  GtkListBox        *section_list;
  GtkListBox        *findings_list;
  GtkLabel          *summary_label;
  GtkStack          *page_stack;
  GtkInfoBar        *catalogue_bar;
  GtkLabel          *catalogue_label;
  GtkMenuButton     *menu_button;
  GMenuModel        *primary_menu;

  GSettings         *settings;
  HpCatalogue       *catalogue;
  HpDrafts          *drafts;

  HpPlan            *plan;
  GFile             *file;
  gboolean           dirty;
  GtkWidget         *pages[N_SECTIONS];
  GtkWidget         *disclosures_view;

  /* What to do once a plan that was never saved is (hp_window_save_then) */
  HpWindowSavedFunc  saved_func;
  gpointer           saved_data;

  guint              checks_source;
  gboolean           checks_after_frame;
  guint              draft_source;
  char              *draft_path;

  PendingKind        pending;
  HpWindowCloseFunc  close_func;
  gpointer           close_data;
  gboolean           close_confirmed;
  gboolean           invalid_accepted;
  GtkWidget         *question;
  GtkNativeDialog   *chooser;
};

G_DEFINE_FINAL_TYPE (HpWindow, hp_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_PLAN,
  PROP_FILE,
  PROP_DIRTY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The window's names for the sections.  The model has labels for them too;
 * these carry a context so the sidebar can word them for navigation. */
static const char * const section_labels[N_SECTIONS] = {
  NC_("section", "Case"),
  NC_("section", "Risk and decision"),
  NC_("section", "Way of support and carrying out"),
  NC_("section", "Contacts"),
  NC_("section", "Belongings"),
  NC_("section", "Safety measures"),
  NC_("section", "Visits"),
  NC_("section", "Consents"),
  NC_("section", "Follow-up"),
};

static const char * const section_icons[N_SECTIONS] = {
  "emblem-documents-symbolic",
  "security-medium-symbolic",
  "system-users-symbolic",
  "x-office-address-book-symbolic",
  "package-x-generic-symbolic",
  "security-high-symbolic",
  "x-office-calendar-symbolic",
  "document-edit-symbolic",
  "emblem-ok-symbolic",
};

static const char *
section_label (HpSection section)
{
  g_assert (section < N_SECTIONS);

  return g_dpgettext2 (GETTEXT_PACKAGE, "section", section_labels[section]);
}

static void       hp_window_write_draft_now (HpWindow  *self);
static gboolean   hp_window_check_invalid   (HpWindow  *self,
                                             gboolean   save_as);
static GtkWidget *hp_window_ensure_page     (HpWindow  *self,
                                             HpSection  section);

/* Plan, file and the unsaved mark */

static void
hp_window_update_title (HpWindow *self)
{
  g_autofree char *title = hp_plan_dup_title (self->plan);
  g_autofree char *marked = NULL;
  g_autofree char *window_title = NULL;
  g_autofree char *basename = NULL;

  /* The mark is a bullet before the title, as GNOME applications show it. */
  marked = self->dirty ? g_strconcat ("• ", title, NULL) : g_strdup (title);

  if (self->file != NULL)
    {
      g_autofree char *path = g_file_get_path (self->file);

      basename = path != NULL ? g_filename_display_basename (path)
                              : g_file_get_parse_name (self->file);
      /* Translators: the window title: the plan's title, then its file name */
      window_title = g_strdup_printf (_("%s – %s"), marked, basename);
    }
  else
    {
      window_title = g_strdup (marked);
    }

  gtk_label_set_text (self->title_label, marked);
  gtk_label_set_text (self->subtitle_label,
                      basename != NULL ? basename : _("New plan, not saved"));
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

static void
hp_window_set_dirty (HpWindow *self,
                     gboolean  dirty)
{
  dirty = !!dirty;
  if (self->dirty == dirty)
    return;

  self->dirty = dirty;
  hp_window_update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

static void
hp_window_discard_draft (HpWindow *self)
{
  g_clear_handle_id (&self->draft_source, g_source_remove);

  if (self->draft_path != NULL && self->drafts != NULL)
    hp_drafts_remove (self->drafts, self->draft_path);
  g_clear_pointer (&self->draft_path, g_free);
}

static gboolean
write_draft_cb (gpointer user_data)
{
  HpWindow *self = HP_WINDOW (user_data);

  self->draft_source = 0;
  hp_window_write_draft_now (self);

  return G_SOURCE_REMOVE;
}

static void
hp_window_write_draft_now (HpWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->draft_source, g_source_remove);

  if (!self->dirty || self->drafts == NULL || !hp_drafts_is_enabled (self->drafts))
    return;

  if (self->draft_path == NULL)
    self->draft_path = hp_drafts_new_path (self->drafts);

  if (!hp_drafts_write (self->drafts, self->draft_path, self->plan, self->file, &error))
    g_warning ("Could not write the draft: %s", error->message);
}

/* Checks */

static const char *
severity_icon (HpSeverity severity)
{
  switch (severity)
    {
    case HP_SEVERITY_ERROR:
      return "dialog-error-symbolic";
    case HP_SEVERITY_WARNING:
      return "dialog-warning-symbolic";
    case HP_SEVERITY_ADVICE:
    default:
      return "dialog-information-symbolic";
    }
}

static const char *
severity_class (HpSeverity severity)
{
  switch (severity)
    {
    case HP_SEVERITY_ERROR:
      return "error";
    case HP_SEVERITY_WARNING:
      return "warning";
    case HP_SEVERITY_ADVICE:
    default:
      return "hp-advice";
    }
}

static GtkWidget *
create_finding_row (const HpFinding *finding)
{
  GtkWidget *row = gtk_list_box_row_new ();
  /* A grid, not a horizontal GtkBox: GTK 4.8 measures wrapping labels in a
   * horizontal box width-for-height, a search of some twenty Pango layouts
   * per label and per measure; six findings cost more than the rest of the
   * window together (tests/bench). */
  GtkWidget *box = gtk_grid_new ();
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *icon = gtk_image_new_from_icon_name (severity_icon (finding->severity));
  GtkWidget *message = gtk_label_new (finding->message);
  g_autofree char *where = NULL;
  g_autofree char *accessible = NULL;

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_add_css_class (icon, severity_class (finding->severity));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  hp_severity_get_label (finding->severity),
                                  -1);

  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (message), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (message), 0);
  gtk_widget_set_hexpand (message, TRUE);

  if (finding->source != NULL && finding->source[0] != '\0')
    /* Translators: under a finding: the section it concerns · its source */
    where = g_strdup_printf (_("%s · %s"), section_label (finding->section), finding->source);
  else
    where = g_strdup (section_label (finding->section));

  gtk_box_append (GTK_BOX (text), message);
  {
    GtkWidget *meta = gtk_label_new (where);

    gtk_label_set_wrap (GTK_LABEL (meta), TRUE);
    gtk_label_set_wrap_mode (GTK_LABEL (meta), PANGO_WRAP_WORD_CHAR);
    gtk_label_set_xalign (GTK_LABEL (meta), 0);
    gtk_widget_add_css_class (meta, "dim-label");
    gtk_widget_add_css_class (meta, "caption");
    gtk_box_append (GTK_BOX (text), meta);
  }

  gtk_grid_set_column_spacing (GTK_GRID (box), 10);
  gtk_grid_attach (GTK_GRID (box), icon, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (box), text, 1, 0, 1, 1);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_add_css_class (row, "hp-finding");

  /* Translators: what a screen reader says for a finding: severity, message,
   * then where it is and its source */
  accessible = g_strdup_printf (_("%s: %s (%s)"),
                                hp_severity_get_label (finding->severity),
                                finding->message, where);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);

  g_object_set_data (G_OBJECT (row), "hp-section", GINT_TO_POINTER (finding->section));
  g_object_set_data_full (G_OBJECT (row), "hp-field", g_strdup (finding->field), g_free);

  return row;
}

static char *
format_summary (guint n_errors,
                guint n_warnings,
                guint n_advice)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (n_errors == 0 && n_warnings == 0 && n_advice == 0)
    return g_strdup (_("No remarks"));

  if (n_errors > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors",
                                                          n_errors), n_errors));
  if (n_warnings > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning",
                                                          "%u warnings", n_warnings),
                                             n_warnings));
  if (n_advice > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u piece of advice",
                                                          "%u pieces of advice", n_advice),
                                             n_advice));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (", ", (char **) parts->pdata);
}

static void
hp_window_run_checks (HpWindow *self)
{
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *summary = NULL;
  guint counts[3] = { 0, 0, 0 };
  GtkWidget *child;

  g_clear_handle_id (&self->checks_source, g_source_remove);
  self->checks_after_frame = FALSE;

  findings = hp_checks_run (self->plan, NULL);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->findings_list))) != NULL)
    gtk_list_box_remove (self->findings_list, child);

  for (guint i = 0; i < findings->len; i++)
    {
      const HpFinding *finding = g_ptr_array_index (findings, i);

      if (finding->severity <= HP_SEVERITY_ADVICE)
        counts[finding->severity]++;
      gtk_list_box_append (self->findings_list, create_finding_row (finding));
    }

  summary = format_summary (counts[HP_SEVERITY_ERROR], counts[HP_SEVERITY_WARNING],
                            counts[HP_SEVERITY_ADVICE]);
  gtk_label_set_text (self->summary_label, summary);
}

static gboolean
run_checks_cb (gpointer user_data)
{
  HpWindow *self = HP_WINDOW (user_data);

  self->checks_source = 0;
  hp_window_run_checks (self);

  return G_SOURCE_REMOVE;
}

/* A window not shown yet runs its checks right after its first frame:
 * they and their list are not needed to show the plan, and a caseworker
 * sees them a moment later (tests/bench first-frame). */
static void
on_first_frame_painted (HpWindow      *self,
                        GdkFrameClock *clock)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame_painted, self);

  if (self->checks_after_frame && self->checks_source == 0)
    self->checks_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, run_checks_cb, self, NULL);
}

static void
hp_window_queue_first_checks (HpWindow *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      hp_window_run_checks (self);
      return;
    }

  /* Until then the list shows nothing rather than another plan's findings. */
  g_clear_handle_id (&self->checks_source, g_source_remove);
  self->checks_after_frame = TRUE;
  while (gtk_widget_get_first_child (GTK_WIDGET (self->findings_list)) != NULL)
    gtk_list_box_remove (self->findings_list,
                         gtk_widget_get_first_child (GTK_WIDGET (self->findings_list)));
  gtk_label_set_text (self->summary_label, "");
}

static void
hp_window_map (GtkWidget *widget)
{
  HpWindow *self = HP_WINDOW (widget);
  GdkFrameClock *clock;

  GTK_WIDGET_CLASS (hp_window_parent_class)->map (widget);

  clock = gtk_widget_get_frame_clock (widget);
  if (!self->checks_after_frame)
    return;
  if (clock != NULL)
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_first_frame_painted), self,
                             G_CONNECT_SWAPPED);
  else
    hp_window_run_checks (self);
}

static void
on_plan_changed (HpWindow *self)
{
  hp_window_set_dirty (self, TRUE);
  /* The title shows the case reference, which may just have changed. */
  hp_window_update_title (self);

  /* Checks wait for a pause in typing; drafts are written at most a couple
   * of seconds after the first change, however long the typing goes on. */
  g_clear_handle_id (&self->checks_source, g_source_remove);
  self->checks_source = g_timeout_add (CHECKS_DELAY_MS, run_checks_cb, self);

  if (self->draft_source == 0 && self->drafts != NULL && hp_drafts_is_enabled (self->drafts))
    self->draft_source = g_timeout_add (DRAFT_DELAY_MS, write_draft_cb, self);
}

/* Replaces the plan shown by the window.  The old plan's draft goes. */
static void
hp_window_take_plan (HpWindow *self,
                     HpPlan   *plan,
                     GFile    *file,
                     gboolean  dirty)
{
  g_assert (HP_IS_PLAN (plan));

  hp_window_discard_draft (self);

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);

  g_set_object (&self->plan, plan);
  g_set_object (&self->file, file);

  for (guint i = 0; i < N_SECTIONS; i++)
    if (self->pages[i] != NULL)
      hp_page_set_plan (self->pages[i], plan);
  if (self->disclosures_view != NULL)
    hp_disclosures_view_set_plan (HP_DISCLOSURES_VIEW (self->disclosures_view), plan);

  /* Connected after the pages have shown the plan, so that showing it is
   * not taken for an edit. */
  g_signal_connect_object (plan, "changed", G_CALLBACK (on_plan_changed), self,
                           G_CONNECT_SWAPPED);

  self->dirty = !dirty;
  hp_window_set_dirty (self, dirty);
  hp_window_update_title (self);
  hp_window_queue_first_checks (self);

  if (dirty)
    hp_window_write_draft_now (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

static HpPlan *
hp_window_new_prefilled_plan (HpWindow *self)
{
  HpPlan *plan = hp_plan_new ();

  if (self->settings != NULL)
    {
      g_autofree char *name = g_settings_get_string (self->settings, "caseworker-name");
      g_autofree char *unit = g_settings_get_string (self->settings, "caseworker-unit");
      g_autofree char *phone = g_settings_get_string (self->settings, "caseworker-phone");

      g_object_set (plan->case_info,
                    "caseworker-name", name,
                    "caseworker-unit", unit,
                    "caseworker-phone", phone,
                    NULL);
    }

  return plan;
}

/* Dialogs */

static void
on_message_response (GtkDialog *dialog,
                     int        response,
                     gpointer   user_data)
{
  hp_message_dialog_dismiss (dialog);
}

static void
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
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (HP_IS_APPLICATION (app))
    hp_application_forget_recent (HP_APPLICATION (app), file);
}

static void
hp_window_pending_cancel (HpWindow *self)
{
  PendingKind kind = self->pending;
  HpWindowCloseFunc func = self->close_func;
  gpointer data = self->close_data;

  self->pending = PENDING_NONE;
  self->close_func = NULL;
  self->close_data = NULL;

  if (kind == PENDING_CLOSE && func != NULL)
    func (self, FALSE, data);
}

static void hp_window_pending_proceed (HpWindow *self);

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

  if (self->pending != PENDING_NONE)
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

static void
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

static void hp_window_save (HpWindow *self);

#define RESPONSE_CORRECT    GTK_RESPONSE_ACCEPT
#define RESPONSE_SAVE_ANYWAY GTK_RESPONSE_REJECT

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

  if (self->pending != PENDING_NONE)
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
  for (section = 0; section < N_SECTIONS && field == NULL; section++)
    if (self->pages[section] != NULL)
      field = hp_page_dup_invalid_field (self->pages[section], &why);
  if (field == NULL)
    return TRUE;
  section--;

  /* Translators: the section, then why the text is not valid; then what
   * happens to it */
  secondary = g_strdup_printf (_("%s: %s\n\nThe text stays in its field but is not "
                                 "saved until it is corrected."),
                               section_label (section), why != NULL ? why : "");
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
static void
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
      if (self->pending != PENDING_NONE)
        hp_window_pending_proceed (self);
    }
  else if (self->pending != PENDING_NONE)
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
  PendingKind kind = self->pending;
  HpWindowCloseFunc func = self->close_func;
  gpointer data = self->close_data;

  self->pending = PENDING_NONE;
  self->close_func = NULL;
  self->close_data = NULL;

  switch (kind)
    {
    case PENDING_CLOSE:
      /* Saved, or the changes given up: the draft is not needed. */
      hp_window_discard_draft (self);
      self->close_confirmed = TRUE;
      if (func != NULL)
        func (self, TRUE, data);
      gtk_window_close (GTK_WINDOW (self));
      break;

    case PENDING_NEW:
      {
        g_autoptr(HpPlan) plan = hp_window_new_prefilled_plan (self);

        hp_window_take_plan (self, plan, NULL, FALSE);
        hp_window_show_section (self, HP_SECTION_CASE);
      }
      break;

    case PENDING_OPEN:
      hp_window_choose_file_to_open (self);
      break;

    case PENDING_NONE:
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
static void
hp_window_ask_then (HpWindow    *self,
                    PendingKind  kind)
{
  g_autofree char *title = NULL;
  g_autofree char *primary = NULL;
  GtkWidget *dialog;
  GtkWidget *button;

  if (self->pending != PENDING_NONE || self->chooser != NULL)
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

/* Actions */

static void
win_new (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  hp_window_ask_then (HP_WINDOW (user_data), PENDING_NEW);
}

static void
win_open (GSimpleAction *action,
          GVariant      *parameter,
          gpointer       user_data)
{
  hp_window_ask_then (HP_WINDOW (user_data), PENDING_OPEN);
}

static void
win_save (GSimpleAction *action,
          GVariant      *parameter,
          gpointer       user_data)
{
  HpWindow *self = HP_WINDOW (user_data);

  if (self->pending == PENDING_NONE)
    hp_window_save (self);
}

static void
win_save_as (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  HpWindow *self = HP_WINDOW (user_data);

  if (self->pending == PENDING_NONE)
    hp_window_save_as (self);
}

static void
win_show_section (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  int section = g_variant_get_int32 (parameter);

  if (section >= 0 && section < N_SECTIONS)
    hp_window_show_section (HP_WINDOW (user_data), (HpSection) section);
}

/* The shortcuts window.  Not GtkApplication's own gtk/help-overlay.ui,
 * which every new window builds whether it is ever asked for or not
 * (19 M of the instructions to the first frame, tests/bench first-frame):
 * built here the first time it is shown.  GtkApplicationWindow then keeps
 * it, modal over this window and hidden when closed. */
static void
win_show_help_overlay (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (user_data);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/se/hamtplan/Hamtplan/ui/help-overlay.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }

  gtk_window_present (GTK_WINDOW (overlay));
}

static const GActionEntry win_entries[] = {
  { "new", win_new, NULL, NULL, NULL, { 0 } },
  { "show-help-overlay", win_show_help_overlay, NULL, NULL, NULL, { 0 } },
  { "open", win_open, NULL, NULL, NULL, { 0 } },
  { "save", win_save, NULL, NULL, NULL, { 0 } },
  { "save-as", win_save_as, NULL, NULL, NULL, { 0 } },
  { "show-section", win_show_section, "i", NULL, NULL, { 0 } },
};

/* Sidebar and findings */

static void
on_section_selected (HpWindow      *self,
                     GtkListBoxRow *row)
{
  int section;

  if (row == NULL)
    return;

  section = gtk_list_box_row_get_index (row);
  if (section >= 0 && section < N_SECTIONS)
    {
      hp_window_ensure_page (self, (HpSection) section);
      gtk_stack_set_visible_child_name (self->page_stack,
                                        hp_enum_get_nick (HP_TYPE_SECTION, section));
    }
  else if (section == N_SECTIONS)
    hp_window_show_disclosures (self);
}

static void
on_finding_activated (HpWindow      *self,
                      GtkListBoxRow *row)
{
  HpSection section = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "hp-section"));
  const char *field = g_object_get_data (G_OBJECT (row), "hp-field");

  if (section >= N_SECTIONS)
    return;

  hp_window_show_section (self, section);
  if (field != NULL)
    hp_page_focus_field (hp_window_ensure_page (self, section), field);
}

/* The log is not a section of the plan (nothing to edit): a page of its
 * own after the sections, built when first shown. */
static GtkWidget *
hp_window_ensure_disclosures_view (HpWindow *self)
{
  if (self->disclosures_view == NULL)
    {
      self->disclosures_view = hp_disclosures_view_new ();
      if (self->plan != NULL)
        hp_disclosures_view_set_plan (HP_DISCLOSURES_VIEW (self->disclosures_view), self->plan);
      gtk_stack_add_titled (self->page_stack, self->disclosures_view, "disclosures",
                            C_("section", "Disclosures"));
    }
  return self->disclosures_view;
}

/* Pages are built when first shown: building and filling all nine (the
 * items page's column view makes its rows) cost more than the rest of the
 * first frame (tests/bench first-frame). */
static GtkWidget *
hp_window_ensure_page (HpWindow  *self,
                       HpSection  section)
{
  g_assert (section < N_SECTIONS);

  if (self->pages[section] == NULL)
    {
      /* Each page scrolls itself: the items page keeps its list virtual.
       * The page of the first frame builds what is below its first
       * screenful right after that frame. */
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        self->pages[section] = hp_page_new (section, self->catalogue);
      else
        self->pages[section] = hp_page_new_deferred (section, self->catalogue);
      if (self->plan != NULL)
        hp_page_set_plan (self->pages[section], self->plan);
      gtk_stack_add_titled (self->page_stack, self->pages[section],
                            hp_enum_get_nick (HP_TYPE_SECTION, section),
                            section_label (section));
    }

  return self->pages[section];
}

/* A row of the sidebar: an icon that screen readers skip, and its label. */
static GtkWidget *
sidebar_row_new (const char *icon_name,
                 const char *text)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);
  GtkWidget *label = gtk_label_new (text);

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  return row;
}

static void
hp_window_build_sections (HpWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (HP_IS_APPLICATION (app))
    self->catalogue = g_object_ref (hp_application_get_catalogue (HP_APPLICATION (app)));
  else
    self->catalogue = hp_catalogue_new_default ();

  for (guint i = 0; i < N_SECTIONS; i++)
    gtk_list_box_append (self->section_list, sidebar_row_new (section_icons[i], section_label (i)));

  /* The disclosure log, after the sections. */
  gtk_list_box_append (self->section_list,
                       sidebar_row_new ("mail-send-symbolic", C_("section", "Disclosures")));

  /* The first page now, each other one when it is first shown. */
  hp_window_ensure_page (self, HP_SECTION_CASE);

  gtk_list_box_select_row (self->section_list,
                           gtk_list_box_get_row_at_index (self->section_list, 0));
}

/* Keyboard
 *
 * Reading order is the header bar, the sections, the findings, then the
 * page.  GtkWindow itself tabs through its content before its title bar;
 * here the title bar comes first.  (Each list is one Tab stop: HpTabStop
 * in the template.) */

static gboolean
focus_in (GtkWidget        *widget,
          GtkDirectionType  direction)
{
  return widget != NULL && gtk_widget_get_visible (widget) && gtk_widget_child_focus (widget, direction);
}

static gboolean
hp_window_focus (GtkWidget        *widget,
                 GtkDirectionType  direction)
{
  HpWindow *self = HP_WINDOW (widget);
  GtkWidget *content = gtk_window_get_child (GTK_WINDOW (self));
  /* Not a template child: the window takes the title bar down itself. */
  GtkWidget *header_bar = gtk_window_get_titlebar (GTK_WINDOW (self));
  GtkWidget *order[2];
  GtkWidget *current;
  guint start = 0;

  if (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
    return GTK_WIDGET_CLASS (hp_window_parent_class)->focus (widget, direction);

  order[0] = direction == GTK_DIR_TAB_FORWARD ? header_bar : content;
  order[1] = direction == GTK_DIR_TAB_FORWARD ? content : header_bar;

  current = gtk_root_get_focus (GTK_ROOT (self));
  if (current != NULL && (current == order[1] || gtk_widget_is_ancestor (current, order[1])))
    start = 1;

  /* Into or on within the part that has the focus, then the next; past the
   * end, around to the start. */
  for (guint i = start; i < 2; i++)
    if (focus_in (order[i], direction))
      return TRUE;

  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  for (guint i = 0; i < 2; i++)
    if (focus_in (order[i], direction))
      return TRUE;

  return FALSE;
}

/* Size */

static void
hp_window_restore_geometry (HpWindow *self)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (self));
  GListModel *monitors = gdk_display_get_monitors (display);
  g_autoptr(GdkMonitor) monitor = NULL;
  int width = 1180;
  int height = 760;

  if (self->settings != NULL)
    {
      width = g_settings_get_int (self->settings, "window-width");
      height = g_settings_get_int (self->settings, "window-height");
    }

  /* On a small screen, start no larger than the screen. */
  if (g_list_model_get_n_items (monitors) > 0)
    monitor = g_list_model_get_item (monitors, 0);
  if (monitor != NULL)
    {
      GdkRectangle area;

      gdk_monitor_get_geometry (monitor, &area);
      width = MIN (width, area.width);
      height = MIN (height, area.height);
    }

  gtk_window_set_default_size (GTK_WINDOW (self), MAX (width, 800), MAX (height, 500));

  if (self->settings != NULL && g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
hp_window_save_geometry (HpWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  if (width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

/* GObject */

static gboolean
hp_window_close_request (GtkWindow *window)
{
  HpWindow *self = HP_WINDOW (window);

  if (self->close_confirmed || !self->dirty)
    {
      hp_window_discard_draft (self);
      hp_window_save_geometry (self);
      return GTK_WINDOW_CLASS (hp_window_parent_class)->close_request (window);
    }

  hp_window_ask_then (self, PENDING_CLOSE);
  return TRUE;
}

/* The application is known only once g_object_new() has set the
 * properties, after constructed(): hp_window_new() calls this.  The window
 * is set up with @plan (from @file), or a new plan if %NULL, so that a plan
 * opened at start-up is the only one it is ever set up with. */
static void
hp_window_set_up (HpWindow *self,
                  HpPlan   *plan,
                  GFile    *file)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(HpPlan) new_plan = NULL;

  if (HP_IS_APPLICATION (app))
    {
      g_autofree char *warning = NULL;

      self->settings = g_object_ref (hp_application_get_settings (HP_APPLICATION (app)));
      self->drafts = g_object_ref (hp_application_get_drafts (HP_APPLICATION (app)));

      /* A local catalogue file that could not be used: said once, in the
       * first window, with the file and what is wrong. */
      warning = hp_application_take_catalogue_warning (HP_APPLICATION (app));
      if (warning != NULL)
        {
          gtk_label_set_text (self->catalogue_label, warning);
          gtk_info_bar_set_revealed (self->catalogue_bar, TRUE);
        }
    }

  if (plan == NULL)
    plan = new_plan = hp_window_new_prefilled_plan (self);
  /* The plan first: each page is filled as it is built. */
  hp_window_take_plan (self, plan, file, FALSE);
  hp_window_build_sections (self);
  hp_window_restore_geometry (self);
}

static void
hp_window_dispose (GObject *object)
{
  HpWindow *self = HP_WINDOW (object);

  g_clear_handle_id (&self->checks_source, g_source_remove);

  /* Closed with changes nobody was asked about (the session ended, say):
   * keep the draft, up to date, for the next start to offer. */
  if (self->dirty && self->draft_source != 0)
    hp_window_write_draft_now (self);
  else if (!self->dirty)
    hp_window_discard_draft (self);
  g_clear_handle_id (&self->draft_source, g_source_remove);

  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (self->chooser);
      g_clear_object (&self->chooser);
    }

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), HP_TYPE_WINDOW);

  G_OBJECT_CLASS (hp_window_parent_class)->dispose (object);
}

static void
hp_window_finalize (GObject *object)
{
  HpWindow *self = HP_WINDOW (object);

  g_clear_object (&self->plan);
  g_clear_object (&self->file);
  g_clear_object (&self->settings);
  g_clear_object (&self->catalogue);
  g_clear_object (&self->drafts);
  g_free (self->draft_path);

  G_OBJECT_CLASS (hp_window_parent_class)->finalize (object);
}

static void
hp_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  HpWindow *self = HP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_DIRTY:
      g_value_set_boolean (value, self->dirty);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_window_class_init (HpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = hp_window_dispose;
  object_class->finalize = hp_window_finalize;
  object_class->get_property = hp_window_get_property;

  window_class->close_request = hp_window_close_request;
  widget_class->focus = hp_window_focus;
  widget_class->map = hp_window_map;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, HP_TYPE_PLAN,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HP_TYPE_TAB_STOP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/se/hamtplan/Hamtplan/ui/hp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HpWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, section_list);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, findings_list);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, page_stack);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, catalogue_bar);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, catalogue_label);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, primary_menu);
}

static void
on_catalogue_bar_response (GtkInfoBar *bar,
                           int         response,
                           gpointer    user_data)
{
  gtk_info_bar_set_revealed (bar, FALSE);
}

static void
create_primary_menu (GtkMenuButton *button,
                     gpointer       user_data)
{
  HpWindow *self = HP_WINDOW (user_data);

  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static void
hp_window_init (HpWindow *self)
{
  GtkWidget *close;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* The main menu's pop-over is made when it is first opened (by a click
   * or F10), not with every window before its first frame. */
  gtk_menu_button_set_create_popup_func (self->menu_button, create_primary_menu, self, NULL);

  g_action_map_add_action_entries (G_ACTION_MAP (self), win_entries,
                                   G_N_ELEMENTS (win_entries), self);
  hp_export_actions_install (self);

  g_signal_connect_object (self->section_list, "row-selected",
                           G_CALLBACK (on_section_selected), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->findings_list, "row-activated",
                           G_CALLBACK (on_finding_activated), self, G_CONNECT_SWAPPED);
  /* Not the info bar's own close button: that one has no accessible name. */
  close = gtk_button_new_from_icon_name ("window-close-symbolic");
  gtk_widget_add_css_class (close, "flat");
  gtk_widget_set_valign (close, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (close, _("Close the message"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (close),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Close the message"),
                                  -1);
  gtk_info_bar_add_action_widget (self->catalogue_bar, close, GTK_RESPONSE_CLOSE);
  g_signal_connect (self->catalogue_bar, "response", G_CALLBACK (on_catalogue_bar_response), NULL);
}

/* Public */

/**
 * hp_window_new:
 *
 * Returns: (transfer none): a new window showing a new plan, prefilled with
 * the caseworker's own details from the settings
 */
HpWindow *
hp_window_new (HpApplication *application)
{
  HpWindow *self;

  g_return_val_if_fail (HP_IS_APPLICATION (application), NULL);

  self = g_object_new (HP_TYPE_WINDOW, "application", application, NULL);
  hp_window_set_up (self, NULL, NULL);

  return self;
}

/* Loads @file, or says in @error what and where is wrong with it.  The
 * plan named at start-up has been read already, while GTK started
 * (hp_application_take_preloaded). */
static HpPlan *
load_plan (HpApplication  *application,
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
  if (application != NULL && hp_application_take_preloaded (application, file, &plan, error))
    return plan;
  return hp_plan_file_load (path, error);
}

/* The message is about this window's file: the window first, then the
 * message over it. */
static void
hp_window_show_open_error (HpWindow   *self,
                           const char *name,
                           GError     *error)
{
  /* Translators: %s is a file name */
  g_autofree char *primary = g_strdup_printf (_("Could not open “%s”"), name);

  gtk_window_present (GTK_WINDOW (self));
  hp_window_show_error (self, primary, error->message);
}

/**
 * hp_window_new_for_file:
 *
 * A new window showing the plan in @file; when it cannot be loaded, a new
 * plan, shown with the message over it.
 *
 * Returns: (transfer none): the window
 */
HpWindow *
hp_window_new_for_file (HpApplication *application,
                        GFile         *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = NULL;
  g_autofree char *name = NULL;
  HpWindow *self;

  g_return_val_if_fail (HP_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  plan = load_plan (application, file, &name, &error);
  self = g_object_new (HP_TYPE_WINDOW, "application", application, NULL);
  hp_window_set_up (self, plan, plan != NULL ? file : NULL);
  if (plan == NULL)
    hp_window_show_open_error (self, name, error);

  return self;
}

HpPlan *
hp_window_get_plan (HpWindow *self)
{
  g_return_val_if_fail (HP_IS_WINDOW (self), NULL);

  return self->plan;
}

GFile *
hp_window_get_file (HpWindow *self)
{
  g_return_val_if_fail (HP_IS_WINDOW (self), NULL);

  return self->file;
}

gboolean
hp_window_get_dirty (HpWindow *self)
{
  g_return_val_if_fail (HP_IS_WINDOW (self), FALSE);

  return self->dirty;
}

/**
 * hp_window_is_pristine:
 *
 * Returns: whether the window shows a new plan nobody has edited, so that
 * opening a file can use the window instead of a new one
 */
gboolean
hp_window_is_pristine (HpWindow *self)
{
  g_return_val_if_fail (HP_IS_WINDOW (self), FALSE);

  return self->file == NULL && !self->dirty;
}

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
  GtkApplication *app;
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (HP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  app = gtk_window_get_application (GTK_WINDOW (self));
  plan = load_plan (HP_IS_APPLICATION (app) ? HP_APPLICATION (app) : NULL, file, &name, &error);
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
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
    }

  hp_window_discard_draft (self);
  hp_window_set_dirty (self, FALSE);
  hp_window_update_title (self);

  return TRUE;
}

/**
 * hp_window_restore_draft:
 * @origin: (nullable): the file the draft was a draft of
 *
 * Shows a plan recovered from a draft: unsaved, with @origin as its file.
 */
void
hp_window_restore_draft (HpWindow *self,
                         HpPlan   *plan,
                         GFile    *origin)
{
  g_return_if_fail (HP_IS_WINDOW (self));
  g_return_if_fail (HP_IS_PLAN (plan));

  hp_window_take_plan (self, plan, origin, TRUE);
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

  if (self->pending != PENDING_NONE || self->chooser != NULL)
    {
      gtk_window_present (GTK_WINDOW (self));
      if (func != NULL)
        func (self, FALSE, user_data);
      return;
    }

  self->close_func = func;
  self->close_data = user_data;
  gtk_window_present (GTK_WINDOW (self));
  hp_window_ask_then (self, PENDING_CLOSE);
}

void
hp_window_show_section (HpWindow  *self,
                        HpSection  section)
{
  g_return_if_fail (HP_IS_WINDOW (self));
  g_return_if_fail (section < N_SECTIONS);

  hp_window_ensure_page (self, section);
  gtk_list_box_select_row (self->section_list,
                           gtk_list_box_get_row_at_index (self->section_list, section));
  gtk_stack_set_visible_child_name (self->page_stack,
                                    hp_enum_get_nick (HP_TYPE_SECTION, section));
}

/**
 * hp_window_show_disclosures:
 *
 * Shows the page of the disclosure log.
 */
void
hp_window_show_disclosures (HpWindow *self)
{
  g_return_if_fail (HP_IS_WINDOW (self));

  hp_window_ensure_disclosures_view (self);
  gtk_list_box_select_row (self->section_list,
                           gtk_list_box_get_row_at_index (self->section_list, N_SECTIONS));
  gtk_stack_set_visible_child_name (self->page_stack, "disclosures");
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
  if (self->saved_func != NULL || self->chooser != NULL || self->pending != PENDING_NONE)
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

/* Adds @entry to the plan in memory without marking the plan unsaved: the
 * file already holds it, and the edits that are unsaved stay so.  A draft
 * of unsaved edits is written again with it, so that a draft restored
 * later and saved over the file does not drop it. */
static void
hp_window_add_disclosure_in_memory (HpWindow     *self,
                                    HpDisclosure *entry)
{
  g_autoptr(HpRecord) copy = hp_record_copy (HP_RECORD (entry));

  g_signal_handlers_block_by_func (self->plan, on_plan_changed, self);
  g_list_store_append (self->plan->disclosures, copy);
  g_signal_handlers_unblock_by_func (self->plan, on_plan_changed, self);

  if (self->dirty)
    hp_window_write_draft_now (self);
}

static char *
hp_window_dup_plan_path (HpWindow  *self,
                         GError   **error)
{
  char *path = self->file != NULL ? g_file_get_path (self->file) : NULL;

  if (path == NULL)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                         _("Save the plan in a local folder first: every handover sheet and "
                           "consent record is noted in the plan file."));
  return path;
}

/**
 * hp_window_record_disclosure:
 *
 * Notes @entry in the plan file on disk at once, whatever else is still
 * unsaved (the file is read, the entry added, the file written atomically),
 * and in the plan in memory, which stays as unsaved as it was.  "Don't
 * Save" then never drops an entry.  For a printout: call it when the job
 * has been handed to the printer.
 *
 * Returns: whether the file holds the entry; the plan in memory holds it
 * either way, so that the next save keeps it, and when the file could not
 * be written the plan is marked unsaved and its draft written
 */
gboolean
hp_window_record_disclosure (HpWindow      *self,
                             HpDisclosure  *entry,
                             GError       **error)
{
  g_autofree char *path = NULL;
  gboolean ok;

  g_return_val_if_fail (HP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (HP_IS_DISCLOSURE (entry), FALSE);

  path = hp_window_dup_plan_path (self, error);
  ok = path != NULL && hp_disclosure_record_in_file (path, entry, NULL, error);
  hp_disclosure_ensure_id (entry);
  hp_window_add_disclosure_in_memory (self, entry);
  if (!ok)
    {
      /* Only memory holds the entry now: the plan is unsaved, so that
       * closing asks, and the draft holds it at once, so that a crash or
       * the session ending does not lose it either. */
      hp_window_set_dirty (self, TRUE);
      hp_window_write_draft_now (self);
    }
  return ok;
}

/**
 * hp_window_export_disclosed:
 * @document: the document, made in memory
 * @out_path: where it goes
 *
 * Writes @document to @out_path with its entry in the plan file on disk,
 * in the order of hp_disclosure_export(); on success the plan in memory
 * gets the entry too, staying as unsaved as it was.
 *
 * Returns: whether the document was written
 */
gboolean
hp_window_export_disclosed (HpWindow      *self,
                            HpDisclosure  *entry,
                            GBytes        *document,
                            const char    *out_path,
                            GError       **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (HP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (HP_IS_DISCLOSURE (entry), FALSE);

  path = hp_window_dup_plan_path (self, error);
  if (path == NULL || !hp_disclosure_export (path, entry, document, out_path, error))
    return FALSE;
  hp_window_add_disclosure_in_memory (self, entry);
  return TRUE;
}

HpSection
hp_window_get_section (HpWindow *self)
{
  const char *name;
  int value = HP_SECTION_CASE;

  g_return_val_if_fail (HP_IS_WINDOW (self), HP_SECTION_CASE);

  name = gtk_stack_get_visible_child_name (self->page_stack);
  if (name != NULL)
    hp_enum_from_nick (HP_TYPE_SECTION, name, &value);

  return (HpSection) value;
}

/* Private, for the tests */

GtkListBox *
hp_window_get_findings_list (HpWindow *self)
{
  return self->findings_list;
}

GtkLabel *
hp_window_get_summary_label (HpWindow *self)
{
  return self->summary_label;
}

GtkWidget *
hp_window_get_page (HpWindow  *self,
                    HpSection  section)
{
  g_return_val_if_fail (section < N_SECTIONS, NULL);

  return hp_window_ensure_page (self, section);
}

GtkWidget *
hp_window_get_disclosures_view (HpWindow *self)
{
  return hp_window_ensure_disclosures_view (self);
}

const char *
hp_window_get_draft_path (HpWindow *self)
{
  return self->draft_path;
}

void
hp_window_flush_timeouts (HpWindow *self)
{
  if (self->checks_source != 0 || self->checks_after_frame)
    hp_window_run_checks (self);
  if (self->draft_source != 0)
    hp_window_write_draft_now (self);
}
