/* test-window.c: the main window as a caseworker relies on it
 *
 * In-process widget tests: they need a display (run under Xvfb) and skip
 * without one.  HOME and the XDG folders point into a temporary folder, so
 * drafts and the recently-used list land there.  One HpApplication serves
 * all tests: a registered GApplication stays exported on the session bus
 * until g_application_run() ends, so a second one with the same id cannot
 * register in the same process.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>
#include <sys/stat.h>

#include "hp-application.h"
#include "hp-checks.h"
#include "hp-findings-list.h"
#include "hp-model.h"
#include "hp-page.h"
#include "hp-plan-file.h"
#include "hp-tab-stop.h"
#include "hp-window.h"
#include "hp-window-private.h"

#include "hp-test-window-actions.h"

typedef struct
{
  HpApplication *app;
  HpWindow      *window;
  char          *folder;
} Fixture;

static HpApplication *the_app;

static gboolean
quit_loop_cb (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms milliseconds of real time. */
static void
wait_ms (guint ms)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  g_timeout_add (ms, quit_loop_cb, loop);
  g_main_loop_run (loop);
}

static void
iterate (void)
{
  for (int i = 0; i < 20 && g_main_context_iteration (NULL, FALSE); i++)
    ;
}

static GtkMessageDialog *
find_message_dialog (GtkWindow *parent)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_MESSAGE_DIALOG (l->data)
        && gtk_window_get_transient_for (l->data) == parent
        && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

static char *
dialog_secondary_text (GtkMessageDialog *dialog)
{
  char *text = NULL;

  g_object_get (dialog, "secondary-text", &text, NULL);
  return text;
}

static const char *
dialog_button_label (GtkMessageDialog *dialog,
                     int               response)
{
  GtkWidget *button = gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), response);

  g_assert_nonnull (button);
  return gtk_button_get_label (GTK_BUTTON (button));
}

/* The checks of a window not shown before run right after its first
 * frame, in an idle: a few iterations.  The summary is never empty once they have run. */
static void
wait_for_first_checks (HpWindow *window)
{
  GtkLabel *summary = hp_window_get_summary_label (window);

  for (int i = 0; i < 50 && *gtk_label_get_text (summary) == '\0'; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpstr (gtk_label_get_text (summary), !=, "");
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->app = the_app;
  f->folder = g_dir_make_tmp ("hp-window-XXXXXX", &error);
  g_assert_no_error (error);

  f->window = hp_window_new (GTK_APPLICATION (f->app), hp_application_get_context (f->app));
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  gtk_window_present (GTK_WINDOW (f->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  wait_for_first_checks (f->window);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  g_autoptr(GDir) dir = NULL;
  const char *name;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (l->data != f->window)
      gtk_window_destroy (l->data);
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  iterate ();
  g_assert_null (f->window);

  f->app = NULL;

  dir = g_dir_open (f->folder, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->folder, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->folder);
  g_free (f->folder);
}

static GFile *
fixture_file (Fixture    *f,
              const char *name)
{
  g_autofree char *path = g_build_filename (f->folder, name, NULL);

  return g_file_new_for_path (path);
}

static HpPlan *
load_file (GFile *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  HpPlan *plan = hp_plan_file_load (path, &error);

  g_assert_no_error (error);
  return plan;
}

/* A new window shows a plan prefilled from the settings and unmarked; an
 * edit marks the title; saving clears the mark and names the file. */
static void
test_title_and_dirty (Fixture       *f,
                      gconstpointer  data)
{
  GSettings *settings = hp_application_get_settings (f->app);
  g_autoptr(GFile) file = fixture_file (f, "plan.hamtplan");
  g_autoptr(HpPlan) saved = NULL;
  g_autofree char *path = g_file_get_path (file);
  HpWindow *second;
  HpPlan *plan;
  const char *title;
  GStatBuf st;

  plan = hp_window_get_plan (f->window);
  title = gtk_window_get_title (GTK_WINDOW (f->window));
  g_assert_false (hp_window_get_dirty (f->window));
  g_assert_false (g_str_has_prefix (title, "•"));
  g_assert_cmpstr (title, ==, "Retrieval plan");

  g_object_set (plan->case_info, "reference", "2026-0042", NULL);
  title = gtk_window_get_title (GTK_WINDOW (f->window));
  g_assert_true (hp_window_get_dirty (f->window));
  g_assert_cmpstr (title, ==, "• Retrieval plan 2026-0042");

  g_assert_true (hp_window_save_to_file (f->window, file));
  title = gtk_window_get_title (GTK_WINDOW (f->window));
  g_assert_false (hp_window_get_dirty (f->window));
  g_assert_cmpstr (title, ==, "Retrieval plan 2026-0042 – plan.hamtplan");
  g_assert_true (g_file_equal (hp_window_get_file (f->window), file));

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  saved = load_file (file);
  g_assert_cmpstr (saved->case_info->reference, ==, "2026-0042");

  /* A change after saving marks it again. */
  g_object_set (plan->case_info, "notes", "Ring före besöket.", NULL);
  g_assert_true (hp_window_get_dirty (f->window));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (f->window)), "• "));

  /* New plans carry the caseworker's own details, and are not "unsaved". */
  g_settings_set_string (settings, "caseworker-name", "Kim Handläggare");
  g_settings_set_string (settings, "caseworker-unit", "Enheten för våld i nära relationer");
  g_settings_set_string (settings, "caseworker-phone", "010-123 45 67");
  second = hp_window_new (GTK_APPLICATION (f->app), hp_application_get_context (f->app));
  plan = hp_window_get_plan (second);
  g_assert_cmpstr (plan->case_info->caseworker_name, ==, "Kim Handläggare");
  g_assert_cmpstr (plan->case_info->caseworker_unit, ==, "Enheten för våld i nära relationer");
  g_assert_cmpstr (plan->case_info->caseworker_phone, ==, "010-123 45 67");
  g_assert_false (hp_window_get_dirty (second));
  g_assert_null (hp_window_get_file (second));
  gtk_window_destroy (GTK_WINDOW (second));
}

static void
make_saved_and_changed (Fixture *f,
                        GFile   *file)
{
  HpPlan *plan = hp_window_get_plan (f->window);

  g_object_set (plan->case_info, "reference", "2026-0001", NULL);
  g_assert_true (hp_window_save_to_file (f->window, file));
  g_assert_false (hp_window_get_dirty (f->window));

  g_object_set (plan->case_info, "reference", "2026-0002", NULL);
  g_assert_true (hp_window_get_dirty (f->window));

  /* The draft of the change, written now rather than in two seconds. */
  hp_window_flush_timeouts (f->window);
  g_assert_nonnull (hp_window_get_draft_path (f->window));
  g_assert_true (g_file_test (hp_window_get_draft_path (f->window), G_FILE_TEST_EXISTS));
}

static GtkMessageDialog *
close_and_get_question (Fixture *f)
{
  GtkMessageDialog *dialog;

  gtk_window_close (GTK_WINDOW (f->window));
  iterate ();
  g_assert_nonnull (f->window);

  dialog = find_message_dialog (GTK_WINDOW (f->window));
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_cmpstr (dialog_button_label (dialog, HP_WINDOW_RESPONSE_SAVE), ==, "_Save");
  g_assert_cmpstr (dialog_button_label (dialog, HP_WINDOW_RESPONSE_DONT_SAVE), ==, "Do_n't Save");
  g_assert_cmpstr (dialog_button_label (dialog, HP_WINDOW_RESPONSE_CANCEL), ==, "_Cancel");

  return dialog;
}

static void
test_question_save (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file (f, "plan.hamtplan");
  g_autoptr(HpPlan) saved = NULL;
  g_autofree char *draft = NULL;
  GtkMessageDialog *dialog;

  make_saved_and_changed (f, file);
  draft = g_strdup (hp_window_get_draft_path (f->window));

  dialog = close_and_get_question (f);
  gtk_dialog_response (GTK_DIALOG (dialog), HP_WINDOW_RESPONSE_SAVE);
  iterate ();

  g_assert_null (f->window);
  saved = load_file (file);
  g_assert_cmpstr (saved->case_info->reference, ==, "2026-0002");
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));
}

static void
test_question_dont_save (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file (f, "plan.hamtplan");
  g_autoptr(HpPlan) saved = NULL;
  g_autofree char *draft = NULL;
  GtkMessageDialog *dialog;

  make_saved_and_changed (f, file);
  draft = g_strdup (hp_window_get_draft_path (f->window));

  dialog = close_and_get_question (f);
  gtk_dialog_response (GTK_DIALOG (dialog), HP_WINDOW_RESPONSE_DONT_SAVE);
  iterate ();

  g_assert_null (f->window);
  saved = load_file (file);
  g_assert_cmpstr (saved->case_info->reference, ==, "2026-0001");
  /* An explicit discard takes the draft with it. */
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));
}

static void
test_question_cancel (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file (f, "plan.hamtplan");
  g_autoptr(HpPlan) saved = NULL;
  GtkMessageDialog *dialog;

  make_saved_and_changed (f, file);

  dialog = close_and_get_question (f);
  gtk_dialog_response (GTK_DIALOG (dialog), HP_WINDOW_RESPONSE_CANCEL);
  iterate ();

  g_assert_nonnull (f->window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window)));
  g_assert_null (find_message_dialog (GTK_WINDOW (f->window)));
  g_assert_true (hp_window_get_dirty (f->window));
  g_assert_cmpstr (hp_window_get_plan (f->window)->case_info->reference, ==, "2026-0002");
  saved = load_file (file);
  g_assert_cmpstr (saved->case_info->reference, ==, "2026-0001");
  g_assert_true (g_file_test (hp_window_get_draft_path (f->window), G_FILE_TEST_EXISTS));
}

/* New asks too; after Don't Save the window shows a fresh plan. */
static void
test_question_new (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file (f, "plan.hamtplan");
  GtkMessageDialog *dialog;
  HpPlan *before;

  make_saved_and_changed (f, file);
  before = hp_window_get_plan (f->window);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new", NULL);
  iterate ();
  dialog = find_message_dialog (GTK_WINDOW (f->window));
  g_assert_nonnull (dialog);

  gtk_dialog_response (GTK_DIALOG (dialog), HP_WINDOW_RESPONSE_CANCEL);
  iterate ();
  g_assert_true (hp_window_get_plan (f->window) == before);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new", NULL);
  iterate ();
  dialog = find_message_dialog (GTK_WINDOW (f->window));
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), HP_WINDOW_RESPONSE_DONT_SAVE);
  iterate ();

  g_assert_true (hp_window_get_plan (f->window) != before);
  g_assert_cmpstr (hp_window_get_plan (f->window)->case_info->reference, ==, "");
  g_assert_null (hp_window_get_file (f->window));
  g_assert_false (hp_window_get_dirty (f->window));
}

/* Quit asks about the unsaved changes of each window in turn; Cancel keeps
 * everything open. */
static void
test_question_quit (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file (f, "plan.hamtplan");
  g_autoptr(HpPlan) saved = NULL;
  GtkMessageDialog *dialog;

  make_saved_and_changed (f, file);

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "quit", NULL);
  iterate ();
  dialog = find_message_dialog (GTK_WINDOW (f->window));
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), HP_WINDOW_RESPONSE_CANCEL);
  iterate ();
  g_assert_nonnull (f->window);
  g_assert_true (hp_window_get_dirty (f->window));

  /* Asked again, not refused as "already quitting". */
  g_action_group_activate_action (G_ACTION_GROUP (f->app), "quit", NULL);
  iterate ();
  dialog = find_message_dialog (GTK_WINDOW (f->window));
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), HP_WINDOW_RESPONSE_SAVE);
  iterate ();
  g_assert_null (f->window);
  saved = load_file (file);
  g_assert_cmpstr (saved->case_info->reference, ==, "2026-0002");
}

/* A malformed file: the loader's message in a dialog, the plan untouched. */
static void
test_open_malformed (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *bad_path = g_build_filename (g_getenv ("HAMTPLAN_TEST_DATA"), "malformed",
                                                "wrong-type.hamtplan", NULL);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GFile) good = fixture_file (f, "good.hamtplan");
  g_autoptr(GError) expected = NULL;
  g_autoptr(HpPlan) other = hp_plan_new ();
  g_autoptr(HpPlan) loaded = NULL;
  g_autofree char *secondary = NULL;
  GtkMessageDialog *dialog;
  HpPlan *plan;

  g_assert_true (g_file_test (bad_path, G_FILE_TEST_EXISTS));
  loaded = hp_plan_file_load (bad_path, &expected);
  g_assert_null (loaded);
  g_assert_nonnull (expected);

  plan = hp_window_get_plan (f->window);
  g_object_set (plan->case_info, "reference", "2026-0077", "client-name", "A. B.", NULL);
  g_assert_true (hp_window_get_dirty (f->window));

  g_assert_false (hp_window_open_file (f->window, bad));
  iterate ();

  dialog = find_message_dialog (GTK_WINDOW (f->window));
  g_assert_nonnull (dialog);
  secondary = dialog_secondary_text (dialog);
  g_assert_cmpstr (secondary, ==, expected->message);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CLOSE);
  iterate ();
  g_assert_null (find_message_dialog (GTK_WINDOW (f->window)));

  g_assert_true (hp_window_get_plan (f->window) == plan);
  g_assert_cmpstr (plan->case_info->reference, ==, "2026-0077");
  g_assert_cmpstr (plan->case_info->client_name, ==, "A. B.");
  g_assert_true (hp_window_get_dirty (f->window));
  g_assert_null (hp_window_get_file (f->window));

  /* A good file replaces the plan. */
  g_object_set (other->case_info, "reference", "2026-0100", NULL);
  {
    g_autofree char *path = g_file_get_path (good);
    g_autoptr(GError) error = NULL;

    hp_plan_file_save (other, path, &error);
    g_assert_no_error (error);
  }
  g_assert_true (hp_window_open_file (f->window, good));
  g_assert_cmpstr (hp_window_get_plan (f->window)->case_info->reference, ==, "2026-0100");
  g_assert_false (hp_window_get_dirty (f->window));
  g_assert_true (g_file_equal (hp_window_get_file (f->window), good));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->window)), ==,
                   "Retrieval plan 2026-0100 – good.hamtplan");
}

static GPtrArray *
panel_messages (Fixture *f)
{
  GPtrArray *messages = g_ptr_array_new_with_free_func (g_free);
  GListModel *findings = hp_window_get_findings (f->window);

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(HpFindingItem) item = g_list_model_get_item (findings, i);

      g_ptr_array_add (messages, g_strdup (hp_finding_item_get_message (item)));
    }

  return messages;
}

/* The rows GTK made for the panel (those around what is on screen), in
 * order: row > grid > (icon, text box > (message, where)). */
static GPtrArray *
panel_rows (Fixture *f)
{
  GPtrArray *rows = g_ptr_array_new ();
  GtkWidget *list = GTK_WIDGET (hp_window_get_findings_list (f->window));

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (gtk_widget_get_first_child (row) != NULL && gtk_widget_get_visible (row))
      g_ptr_array_add (rows, row);

  return rows;
}

static const char *
row_message (GtkWidget *row)
{
  GtkWidget *text = gtk_grid_get_child_at (GTK_GRID (gtk_widget_get_first_child (row)), 1, 0);

  return gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (text)));
}

static void
assert_panel_shows (Fixture   *f,
                    GPtrArray *findings)
{
  g_autoptr(GPtrArray) messages = panel_messages (f);
  g_autoptr(GPtrArray) rows = panel_rows (f);

  g_assert_cmpuint (messages->len, ==, findings->len);
  for (guint i = 0; i < findings->len; i++)
    {
      const HpFinding *finding = g_ptr_array_index (findings, i);

      g_assert_cmpstr (g_ptr_array_index (messages, i), ==, finding->message);
    }
  /* What is on screen shows them too, from the first. */
  g_assert_cmpuint (rows->len, >, 0);
  g_assert_cmpuint (rows->len, <=, findings->len);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpstr (row_message (g_ptr_array_index (rows, i)), ==,
                     ((HpFinding *) g_ptr_array_index (findings, i))->message);
}

static gboolean
same_findings (GPtrArray *a,
               GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (g_strcmp0 (((HpFinding *) g_ptr_array_index (a, i))->message,
                   ((HpFinding *) g_ptr_array_index (b, i))->message) != 0)
      return FALSE;
  return TRUE;
}

static guint
count_severity (GPtrArray  *findings,
                HpSeverity  severity)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    if (((HpFinding *) g_ptr_array_index (findings, i))->severity == severity)
      n++;
  return n;
}

static gboolean
has_editable_with_text (GtkWidget  *widget,
                        const char *text)
{
  if (GTK_IS_EDITABLE (widget) && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (widget)),
                                             text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_editable_with_text (child, text))
      return TRUE;
  return FALSE;
}

/* A plan named at start-up: its window is set up with that plan only, its
 * page shows it, and the checks, left out of the first frame, fill the
 * panel right after it.  A file that cannot be opened gives a window with
 * a new plan and the message over it. */
static void
test_new_for_file (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("HAMTPLAN_TEST_DATA"),
                                            "vaktbolag-skyddade-uppgifter.hamtplan", NULL);
  g_autofree char *bad_path = g_build_filename (g_getenv ("HAMTPLAN_TEST_DATA"), "malformed",
                                                "wrong-type.hamtplan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(HpPlan) expected = load_file (file);
  g_autoptr(GPtrArray) findings = hp_checks_run (expected, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) not_loaded = NULL;
  g_autofree char *advice = NULL;
  g_autofree char *secondary = NULL;
  GtkMessageDialog *dialog;
  HpWindow *window;
  HpPlan *plan;

  g_assert_cmpuint (count_severity (findings, HP_SEVERITY_ADVICE), >, 0);

  window = hp_window_new_for_file (GTK_APPLICATION (f->app), hp_application_get_context (f->app),
                                   file);
  plan = hp_window_get_plan (window);
  g_assert_true (hp_record_equal (HP_RECORD (plan), HP_RECORD (expected)));
  g_assert_true (g_file_equal (hp_window_get_file (window), file));
  g_assert_false (hp_window_get_dirty (window));
  g_assert_cmpint (hp_window_get_section (window), ==, HP_SECTION_CASE);
  g_assert_true (has_editable_with_text (hp_window_get_page (window, HP_SECTION_CASE),
                                         plan->case_info->reference));

  /* Not before the first frame ... */
  g_assert_cmpuint (g_list_model_get_n_items (hp_window_get_findings (window)), ==, 0);
  g_assert_cmpstr (gtk_label_get_text (hp_window_get_summary_label (window)), ==, "");

  /* ... but right after it. */
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  wait_for_first_checks (window);
  {
    g_autoptr(GPtrArray) messages = NULL;
    HpWindow *saved = f->window;

    f->window = window;
    messages = panel_messages (f);
    f->window = saved;
    g_assert_cmpuint (messages->len, ==, findings->len);
    for (guint i = 0; i < findings->len; i++)
      g_assert_cmpstr (g_ptr_array_index (messages, i), ==,
                       ((HpFinding *) g_ptr_array_index (findings, i))->message);
  }
  /* "1 piece of advice", "3 pieces of advice" */
  advice = g_strdup_printf ("%u piece", count_severity (findings, HP_SEVERITY_ADVICE));
  g_assert_nonnull (strstr (gtk_label_get_text (hp_window_get_summary_label (window)), advice));
  gtk_window_destroy (GTK_WINDOW (window));

  /* A file that cannot be opened. */
  not_loaded = hp_plan_file_load (bad_path, &error);
  g_assert_null (not_loaded);
  window = hp_window_new_for_file (GTK_APPLICATION (f->app), hp_application_get_context (f->app),
                                   bad);
  iterate ();
  g_assert_null (hp_window_get_file (window));
  g_assert_false (hp_window_get_dirty (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  dialog = find_message_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  secondary = dialog_secondary_text (dialog);
  g_assert_cmpstr (secondary, ==, error->message);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The findings panel follows the plan as it is edited, counts by
 * severity, and a finding takes the user to its section and field. */
static void
test_findings_live (Fixture       *f,
                    gconstpointer  data)
{
  HpPlan *plan = hp_window_get_plan (f->window);
  g_autoptr(GPtrArray) before = hp_checks_run (plan, NULL);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(HpItem) item = hp_item_new ();
  g_autofree char *errors = NULL;
  GListModel *list = hp_window_get_findings (f->window);
  guint target = G_MAXUINT;
  HpSection section = HP_SECTION_CASE;
  const char *summary;
  GtkWidget *focus;

  assert_panel_shows (f, before);
  g_assert_cmpuint (before->len, >, 0);

  /* A belonging that must be fetched, from the client's own ID papers. */
  g_object_set (item, "name", "Pass", "priority", HP_PRIORITY_MUST,
                "category", HP_ITEM_CATEGORY_IDENTITY, NULL);
  g_list_store_append (plan->items, item);
  after = hp_checks_run (plan, NULL);
  g_assert_false (same_findings (before, after));

  /* Not before the next frame, which runs them once for every edit
   * before it (a keystroke's frame shows its findings) ... */
  assert_panel_shows (f, before);
  {
    g_autoptr(GObject) first_item = g_list_model_get_item (list, 0);
    gint64 start = g_get_monotonic_time ();

    gtk_widget_queue_draw (GTK_WIDGET (f->window));
    gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
    /* ... with no pause to wait for ... */
    g_assert_cmpint (g_get_monotonic_time () - start, <, 250 * 1000);
    assert_panel_shows (f, after);
    /* ... and a finding that stays keeps its row (the first, an error
     * the new item does not touch). */
    g_assert_cmpstr (((HpFinding *) g_ptr_array_index (before, 0))->message, ==,
                     ((HpFinding *) g_ptr_array_index (after, 0))->message);
    {
      g_autoptr(GObject) now_first = g_list_model_get_item (list, 0);

      g_assert_true (now_first == first_item);
    }
  }

  summary = gtk_label_get_text (hp_window_get_summary_label (f->window));
  errors = g_strdup_printf ("%u error", count_severity (after, HP_SEVERITY_ERROR));
  if (count_severity (after, HP_SEVERITY_ERROR) > 0)
    g_assert_nonnull (strstr (summary, errors));
  else
    g_assert_null (strstr (summary, "error"));

  /* Activating a finding in another section goes there. */
  hp_window_show_section (f->window, HP_SECTION_FOLLOW_UP);
  for (guint i = 0; i < after->len; i++)
    {
      const HpFinding *finding = g_ptr_array_index (after, i);

      if (finding->section != HP_SECTION_FOLLOW_UP)
        {
          target = i;
          section = finding->section;
          break;
        }
    }
  g_assert_cmpuint (target, <, after->len);

  g_signal_emit_by_name (hp_window_get_findings_list (f->window), "activate", target);
  iterate ();
  g_assert_cmpint (hp_window_get_section (f->window), ==, section);
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, hp_window_get_page (f->window, section)));
}

/* The panel from the keyboard: Tab enters it once, at the first finding,
 * and the next Tab leaves; the arrow keys move between the findings; Enter
 * (the row's activation) takes the user to the finding's field. */
static void
test_findings_keyboard (Fixture       *f,
                        gconstpointer  data)
{
  GListModel *findings = hp_window_get_findings (f->window);
  GtkWidget *list = GTK_WIDGET (hp_window_get_findings_list (f->window));
  GtkWidget *stop = gtk_widget_get_ancestor (list, HP_TYPE_TAB_STOP);
  g_autoptr(HpFindingItem) first = NULL;
  g_autoptr(HpFindingItem) second = NULL;
  HpSection section;
  GtkWidget *focus;

  g_assert_nonnull (stop);
  g_assert_cmpuint (g_list_model_get_n_items (findings), >, 1);
  first = g_list_model_get_item (findings, 0);
  second = g_list_model_get_item (findings, 1);

  hp_window_show_section (f->window, HP_SECTION_FOLLOW_UP);
  gtk_widget_grab_focus (GTK_WIDGET (hp_window_get_summary_label (f->window)));
  g_assert_true (gtk_widget_child_focus (stop, GTK_DIR_TAB_FORWARD));
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_true (gtk_widget_get_parent (focus) == list);
  g_assert_cmpstr (row_message (focus), ==, hp_finding_item_get_message (first));

  g_assert_true (gtk_widget_child_focus (list, GTK_DIR_DOWN));
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_cmpstr (row_message (focus), ==, hp_finding_item_get_message (second));

  /* Not the next finding: out of the panel. */
  g_assert_false (gtk_widget_child_focus (stop, GTK_DIR_TAB_FORWARD));

  section = hp_finding_item_get_section (second);
  g_assert_true (gtk_widget_activate (focus));
  iterate ();
  g_assert_cmpint (hp_window_get_section (f->window), ==, section);
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, hp_window_get_page (f->window, section)));
}

/* A file the user chose never stays on the recently-used list, which
 * GTK's file chooser adds it to; other entries stay. */
static void
test_recent_list (Fixture       *f,
                  gconstpointer  data)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  g_autoptr(GFile) file = fixture_file (f, "plan.hamtplan");
  g_autoptr(GFile) other = fixture_file (f, "other.txt");
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *other_uri = g_file_get_uri (other);
  g_autofree char *list_path = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (hp_window_save_to_file (f->window, file));
  g_assert_true (g_file_set_contents (g_file_peek_path (other), "x", 1, NULL));

  hp_application_forget_recent (f->app, file);
  /* What GtkFileChooserWidget does with the file it returns. */
  gtk_recent_manager_add_item (manager, uri);
  gtk_recent_manager_add_item (manager, other_uri);
  wait_ms (1500);

  g_object_get (manager, "filename", &list_path, NULL);
  g_assert_true (g_file_get_contents (list_path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "other.txt"));
  g_assert_null (strstr (contents, "plan.hamtplan"));
  g_assert_null (gtk_recent_manager_lookup_item (manager, uri, NULL));
}

/* Text a page keeps because it is not valid is not in the plan: saving
 * says so and offers to go and correct it, or to save without it. */
static void
test_invalid_text (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file (f, "plan.hamtplan");
  g_autoptr(HpPlan) saved = NULL;
  GtkWidget *page = hp_window_get_page (f->window, HP_SECTION_CASE);
  HpPlan *plan = hp_window_get_plan (f->window);
  GtkMessageDialog *dialog;
  GtkWidget *focus;

  g_object_set (plan->case_info, "reference", "2026-0010", NULL);
  g_assert_true (hp_window_save_to_file (f->window, file));

  hp_window_show_section (f->window, HP_SECTION_CASE);
  hp_page_focus_field (page, "case.client_id_number");
  iterate ();
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_true (GTK_IS_EDITABLE (focus));
  gtk_editable_set_text (GTK_EDITABLE (focus), "12345");
  g_object_set (plan->case_info, "reference", "2026-0011", NULL);

  /* Correct it: nothing saved, back in the field. */
  hp_window_show_section (f->window, HP_SECTION_VISITS);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save", NULL);
  iterate ();
  dialog = find_message_dialog (GTK_WINDOW (f->window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (dialog_button_label (dialog, GTK_RESPONSE_ACCEPT), ==, "_Correct It");
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  iterate ();
  saved = load_file (file);
  g_assert_cmpstr (saved->case_info->reference, ==, "2026-0010");
  g_assert_true (hp_window_get_dirty (f->window));
  g_assert_cmpint (hp_window_get_section (f->window), ==, HP_SECTION_CASE);
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_true (focus != NULL && gtk_widget_is_ancestor (focus, page));
  g_clear_object (&saved);

  /* Save anyway: saved, without the invalid text. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save", NULL);
  iterate ();
  dialog = find_message_dialog (GTK_WINDOW (f->window));
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_REJECT);
  iterate ();
  saved = load_file (file);
  g_assert_cmpstr (saved->case_info->reference, ==, "2026-0011");
  g_assert_cmpstr (saved->case_info->client_id_number, ==, "");
  g_assert_false (hp_window_get_dirty (f->window));
}

static gboolean
has_ancestor_with_class (GtkWidget  *widget,
                         const char *css_class)
{
  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    if (gtk_widget_has_css_class (widget, css_class))
      return TRUE;
  return FALSE;
}

/* Tab goes through the window's regions: the header bar's New, Open, Save
 * and menu, then the sections, then the page, then the findings about it;
 * only past the findings round to New (not from the page's last field). */
static void
test_tab_order (Fixture       *f,
                gconstpointer  data)
{
  const char *expected[] = {
    "New plan (Ctrl+N)", "Open a plan (Ctrl+O)", "Save the plan (Ctrl+S)", "Main menu (F10)",
    "sections", "page", "findings", "New plan (Ctrl+N)",
  };
  GtkWidget *page = hp_window_get_page (f->window, HP_SECTION_CASE);
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  guint next = 0;

  gtk_window_set_focus (GTK_WINDOW (f->window), NULL);
  for (guint i = 0; i < 120 && next < G_N_ELEMENTS (expected); i++)
    {
      GtkWidget *focus;
      const char *what = NULL;

      gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_FORWARD);
      focus = gtk_root_get_focus (GTK_ROOT (f->window));
      g_assert_nonnull (focus);

      if (gtk_widget_is_ancestor (focus, page))
        what = "page";
      for (GtkWidget *w = focus; w != NULL && what == NULL; w = gtk_widget_get_parent (w))
        if (gtk_widget_get_tooltip_text (w) != NULL && (GTK_IS_BUTTON (w) || GTK_IS_MENU_BUTTON (w)))
          what = gtk_widget_get_tooltip_text (w);
      if (what == NULL && has_ancestor_with_class (focus, "navigation-sidebar"))
        what = "sections";
      if (what == NULL && has_ancestor_with_class (focus, "hp-findings"))
        what = "findings";
      if (what == NULL)
        continue;

      if (seen->len == 0 || g_strcmp0 (g_ptr_array_index (seen, seen->len - 1), what) != 0)
        g_ptr_array_add (seen, g_strdup (what));
      if (g_str_equal (what, expected[next]))
        next++;
    }

  for (guint i = 0; i < seen->len; i++)
    g_test_message ("tab %u: %s", i, (char *) g_ptr_array_index (seen, i));
  for (guint i = 0; i < seen->len && i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (g_ptr_array_index (seen, i), ==, expected[i]);
  g_assert_cmpuint (next, ==, G_N_ELEMENTS (expected));
}

/* The caseworker's own details, edited in the preferences, fill in new
 * plans; the window's size is kept for the next window. */
static void
test_preferences_and_size (Fixture       *f,
                           gconstpointer  data)
{
  GSettings *settings = hp_application_get_settings (f->app);
  g_autoptr(GList) toplevels = NULL;
  GtkWidget *preferences = NULL;
  GtkWidget *entry = NULL;
  HpWindow *second;
  int width, height;

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "preferences", NULL);
  iterate ();
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (g_str_equal (G_OBJECT_TYPE_NAME (l->data), "HpPreferencesWindow"))
      preferences = l->data;
  g_assert_nonnull (preferences);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (preferences)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (preferences)) == GTK_WINDOW (f->window));

  /* The first input is the name: the window opens with the focus there. */
  gtk_test_widget_wait_for_draw (preferences);
  entry = gtk_root_get_focus (GTK_ROOT (preferences));
  if (entry == NULL)
    {
      gtk_widget_child_focus (preferences, GTK_DIR_TAB_FORWARD);
      entry = gtk_root_get_focus (GTK_ROOT (preferences));
    }
  g_assert_true (GTK_IS_EDITABLE (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Robin Handläggare");
  {
    g_autofree char *name = g_settings_get_string (settings, "caseworker-name");

    g_assert_cmpstr (name, ==, "Robin Handläggare");
  }
  gtk_window_close (GTK_WINDOW (preferences));
  iterate ();

  gtk_window_set_default_size (GTK_WINDOW (f->window), 1000, 640);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  gtk_window_close (GTK_WINDOW (f->window));
  iterate ();
  g_assert_null (f->window);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 640);

  second = hp_window_new (GTK_APPLICATION (f->app), hp_application_get_context (f->app));
  g_assert_cmpstr (hp_window_get_plan (second)->case_info->caseworker_name, ==,
                   "Robin Handläggare");
  gtk_window_get_default_size (GTK_WINDOW (second), &width, &height);
  g_assert_cmpint (width, ==, 1000);
  g_assert_cmpint (height, ==, 640);
  gtk_window_destroy (GTK_WINDOW (second));
}

/* The shortcuts the shortcuts window lists are the ones set, and their
 * actions exist (Print is the documents' work, in src/gui/print). */
static void
test_shortcuts (Fixture       *f,
                gconstpointer  data)
{
  const struct { const char *action; const char *accel; } expected[] = {
    { "win.new", "<Control>n" },
    { "win.open", "<Control>o" },
    { "win.save", "<Control>s" },
    { "win.save-as", "<Shift><Control>s" },
    { "win.show-help-overlay", "<Control>question" },
    { "app.quit", "<Control>q" },
    { "win.print", "<Control>p" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      /* The window's keys are its class's, beside its actions; app.quit's
       * is the application's. */
      if (g_str_has_prefix (expected[i].action, "win."))
        {
          g_autofree char *accel = hp_test_window_accel (GTK_WINDOW (f->window),
                                                         expected[i].action, NULL);

          g_assert_cmpstr (accel, ==, expected[i].accel);
          g_assert_true (hp_test_window_has_action (GTK_WINDOW (f->window),
                                                    expected[i].action));
        }
      else
        {
          g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (f->app),
                                                                       expected[i].action);

          g_assert_nonnull (accels[0]);
          g_assert_cmpstr (accels[0], ==, expected[i].accel);
          g_assert_true (g_action_group_has_action (G_ACTION_GROUP (f->app),
                                                    expected[i].action + 4));
        }
    }

  /* Alt+1 .. Alt+9: the sections, in the sidebar's order. */
  for (int i = 0; i < 9; i++)
    {
      g_autofree char *accel = hp_test_window_accel (GTK_WINDOW (f->window), "win.show-section",
                                                     g_variant_new_int32 (i));
      g_autofree char *want = g_strdup_printf ("<Alt>%d", i + 1);

      g_assert_cmpstr (accel, ==, want);
    }
}

/* About: the version, the licence and a word of what it is for. */
static void
test_about (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GList) toplevels = NULL;
  GtkAboutDialog *about = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "about", NULL);
  iterate ();
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_ABOUT_DIALOG (l->data))
      about = l->data;
  g_assert_nonnull (about);
  g_assert_cmpstr (gtk_about_dialog_get_version (about), ==, PACKAGE_VERSION);
  g_assert_cmpint (gtk_about_dialog_get_license_type (about), ==, GTK_LICENSE_GPL_3_0);
  g_assert_cmpstr (gtk_about_dialog_get_program_name (about), ==, "Hämtplan");
  g_assert_nonnull (strstr (gtk_about_dialog_get_comments (about), "violence"));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (about)) == GTK_WINDOW (f->window));
}

/* A broken local catalogue file is named, with what is wrong, in the
 * first window (the built-in catalogue stays in force). */
static void
test_catalogue_warning (Fixture       *f,
                        gconstpointer  data)
{
  GtkWidget *bar = NULL;
  GtkWidget *label;

  for (GtkWidget *w = gtk_widget_get_first_child (gtk_window_get_child (GTK_WINDOW (f->window)));
       w != NULL; w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_INFO_BAR (w))
      bar = w;
  g_assert_nonnull (bar);
  g_assert_true (gtk_info_bar_get_revealed (GTK_INFO_BAR (bar)));

  label = gtk_widget_get_first_child (bar);
  while (label != NULL && !GTK_IS_LABEL (label))
    label = gtk_widget_get_first_child (label);
  g_assert_nonnull (label);
  /* The whole message: which file, which member, what is wrong with it,
   * and what Hämtplan does about it (its Swedish, with a line and column,
   * is checked in tests/e2e/test_swedish_everywhere.py). */
  {
    g_autofree char *path = g_build_filename (g_get_user_config_dir (), "hamtplan",
                                              "catalogue.json", NULL);
    g_autofree char *wanted = g_strdup_printf ("%s: items: expected a list, found a number "
                                               "The file is not used until it is corrected.",
                                               path);

    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, wanted);
  }

  /* Closed by the user, and not shown again in the next window. */
  gtk_info_bar_response (GTK_INFO_BAR (bar), GTK_RESPONSE_CLOSE);
  g_assert_false (gtk_info_bar_get_revealed (GTK_INFO_BAR (bar)));
  g_assert_null (hp_application_take_catalogue_warning (f->app));
}

static void
test_no_display (void)
{
  g_test_skip ("no display");
}

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

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *home = NULL;
  int status;

  /* Before anything asks GLib for these folders: it keeps the first answer. */
  home = g_dir_make_tmp ("hp-test-window-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("HOME", home, TRUE);
  for (guint i = 0; i < 4; i++)
    {
      const char *vars[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" };
      const char *dirs[] = { "data", "config", "cache", "state" };
      g_autofree char *path = g_build_filename (home, dirs[i], NULL);

      g_setenv (vars[i], path, TRUE);
    }
  {
    /* No administrator's catalogue from the machine the tests run on. */
    g_autofree char *path = g_build_filename (home, "system-config", NULL);

    g_setenv ("XDG_CONFIG_DIRS", path, TRUE);
  }

  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_add_func ("/hp/gui/window/no-display", test_no_display);
      status = g_test_run ();
      remove_tree (home);
      return status;
    }

  /* The user's own catalogue, broken. */
  {
    g_autofree char *folder = g_build_filename (home, "config", "hamtplan", NULL);
    g_autofree char *path = g_build_filename (folder, "catalogue.json", NULL);

    g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
    g_file_set_contents (path, "{\"format\": \"hamtplan-catalogue\", \"version\": 1, \"items\": 3}",
                         -1, &error);
    g_assert_no_error (error);
  }

  the_app = hp_application_new ();
  g_application_register (G_APPLICATION (the_app), NULL, &error);
  g_assert_no_error (error);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  /* First: the warning goes to the first window. */
  ADD ("/hp/gui/window/catalogue-warning", test_catalogue_warning);
  ADD ("/hp/gui/window/title-and-dirty", test_title_and_dirty);
  ADD ("/hp/gui/window/question/save", test_question_save);
  ADD ("/hp/gui/window/question/dont-save", test_question_dont_save);
  ADD ("/hp/gui/window/question/cancel", test_question_cancel);
  ADD ("/hp/gui/window/question/new", test_question_new);
  /* Last: it ends with the application's quit. */
  ADD ("/hp/gui/window/question/quit", test_question_quit);
  ADD ("/hp/gui/window/open-malformed", test_open_malformed);
  ADD ("/hp/gui/window/findings-live", test_findings_live);
  ADD ("/hp/gui/window/findings-keyboard", test_findings_keyboard);
  ADD ("/hp/gui/window/new-for-file", test_new_for_file);
  ADD ("/hp/gui/window/invalid-text", test_invalid_text);
  ADD ("/hp/gui/window/recent-list", test_recent_list);
  ADD ("/hp/gui/window/tab-order", test_tab_order);
  ADD ("/hp/gui/window/preferences-and-size", test_preferences_and_size);
  ADD ("/hp/gui/window/shortcuts", test_shortcuts);
  ADD ("/hp/gui/window/about", test_about);

#undef ADD

  status = g_test_run ();
  remove_tree (home);

  return status;
}
