/* test-preview.c: the preview in the window, as the caseworker uses it, and
 * that neither the preview nor printing leaves a file in a temporary folder
 *
 * Every document (full plan, handover sheet, consent record, visit card) is previewed
 * from the main menu's actions: the preview shows the pages that the
 * layout engine makes on A4, "Page N of M", and beside a handover sheet
 * what the recipient does not get and why.  Its Print… opens the print
 * dialog; the dialog's Preview shows the preview again, never GTK's own
 * (which writes the document to previewXXXXXX.pdf in the temporary folder
 * and runs an external viewer); printing to GTK's "Print to File" printer
 * and exporting work.  All the while inotify watches /tmp and the
 * process's temporary folder (hp-temp-folder.h, inside the drafts folder):
 * afterwards there is no new file in either.
 *
 * In-process widget tests under Xvfb (skipped without a display), HOME in a
 * fresh folder.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <gtk/gtkunixprint.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hp-application.h"
#include "hp-documents.h"
#include "hp-export-actions.h"
#include "hp-model.h"
#include "hp-preview-page.h"
#include "hp-preview-window.h"
#include "hp-temp-folder.h"
#include "hp-window.h"

#include "../asan-whole-stacks.h"
#include "../gui/hp-test-window-actions.h"

static HpApplication *the_app;
static char *the_home;
static char *the_stale_folder;   /* left by a process that was killed */
static char *the_live_folder;    /* of a process still running */
static int the_live_lock = -1;

typedef struct
{
  HpWindow *window;
  char     *folder;
} Fixture;

static void
iterate (void)
{
  for (int i = 0; i < 50 && g_main_context_iteration (NULL, FALSE); i++)
    ;
}

typedef gboolean (*Condition) (gpointer data);

/* Runs the main loop until @condition holds, for at most 20 s. */
static void
wait_for (Condition   condition,
          gpointer    data,
          const char *what)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > end)
        g_error ("waited 20 s in vain for %s", what);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

static gpointer
find_toplevel (GType type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static gboolean
preview_shown (gpointer data)
{
  return find_toplevel (HP_TYPE_PREVIEW_WINDOW) != NULL;
}

static GtkMessageDialog *
find_message_dialog (void)
{
  return find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
}

static gboolean
message_shown (gpointer data)
{
  return find_message_dialog () != NULL;
}

static char *
message_text (GtkMessageDialog *dialog)
{
  char *text = NULL;

  g_object_get (dialog, "text", &text, NULL);
  return text;
}

static void
close_message (void)
{
  GtkMessageDialog *dialog = find_message_dialog ();

  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CLOSE);
  iterate ();
}

/* A messy plan: a possessive name and the whereabouts inside sentences, the
 * street decomposed (NFD), Arabic text with a number range after it, two
 * visits, a security company with consent in force and a relative whose
 * consent was withdrawn. */
static void
fill_plan (HpPlan *plan)
{
  g_autoptr(HpContact) guard = hp_contact_new ();
  g_autoptr(HpContact) relative = hp_contact_new ();
  g_autoptr(HpConsent) consent = hp_consent_new ();
  g_autoptr(HpConsent) withdrawn = hp_consent_new ();
  g_autoptr(HpVisit) first = hp_visit_new ();
  g_autoptr(HpVisit) second = hp_visit_new ();
  const char *items[] = {
    "Johannas pass", "Mediciner i badrumsskåpet", "دفتر العائلة (1–4)", "Barnens gosedjur",
    "Laddare till telefonen", "Bankdosa och kort", "Försäkringsbrev", "Fotoalbum från mormor",
  };

  g_object_set (plan->case_info, "reference", "IFO 2026/0815", "client-name", "Johanna Rania Lind",
                "client-phone", "070-123 45 67",
                "client-whereabouts", "Egen lägenhet sedan 15 november: Vallmova\xcc\x88gen 12 B, 2 tr",
                "home-address", "Storgatan 3, 123 45 Sjöstad",
                "caseworker-name", "Karin Berg", "caseworker-phone", "010-123 45 00",
                "notes", "Johanna vill att Rania (syster) får veta när hämtningen är klar.", NULL);
  g_object_set (guard, "id", "k1", "kind", HP_CONTACT_KIND_SECURITY_COMPANY,
                "organisation", "Trygg Bevakning AB", "name", "Johan Vakt",
                "role", "Följer med in i bostaden och lämnar sakerna till klienten", NULL);
  g_object_set (relative, "id", "k2", "kind", HP_CONTACT_KIND_RELATIVE,
                "name", "Eva Lind", NULL);
  g_list_store_append (plan->contacts, guard);
  g_list_store_append (plan->contacts, relative);

  g_object_set (consent, "party", HP_CONSENT_PARTY_CLIENT,
                "scope", HP_CONSENT_SCOPE_SHARE_INFORMATION, "recipient", "k1",
                "given", HP_ANSWER_YES, "form", HP_CONSENT_FORM_WRITTEN, "date", "2026-11-23", NULL);
  g_object_set (withdrawn, "party", HP_CONSENT_PARTY_CLIENT,
                "scope", HP_CONSENT_SCOPE_SHARE_INFORMATION, "recipient", "k2",
                "given", HP_ANSWER_YES, "form", HP_CONSENT_FORM_WRITTEN, "date", "2026-11-20",
                "withdrawn-on", "2026-11-25", NULL);
  g_list_store_append (plan->consents, consent);
  g_list_store_append (plan->consents, withdrawn);

  g_object_set (first, "date", "2026-12-03", "start-time", "10:00", "time-limit-minutes", 45,
                "place", "Storgatan 3", NULL);
  g_object_set (second, "date", "2026-12-10", "start-time", "13:30", "time-limit-minutes", 30,
                "place", "Storgatan 3", NULL);
  g_list_store_append (plan->visits, first);
  g_list_store_append (plan->visits, second);

  /* Enough belongings for the full plan to take several pages. */
  for (guint round = 0; round < 6; round++)
    for (guint i = 0; i < G_N_ELEMENTS (items); i++)
      {
        g_autoptr(HpItem) item = hp_item_new ();
        g_autofree char *name = g_strdup_printf ("%s %u", items[i], round + 1);

        g_object_set (item, "name", name, "location", "Hallen, översta hyllan", NULL);
        g_list_store_append (plan->items, item);
      }
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->folder = g_build_filename (the_home, "exports", NULL);
  g_assert_cmpint (g_mkdir_with_parents (f->folder, 0700), ==, 0);

  f->window = hp_window_new (GTK_APPLICATION (the_app), hp_application_get_context (the_app));
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  fill_plan (hp_window_get_plan (f->window));
  gtk_window_present (GTK_WINDOW (f->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));

  /* A handover sheet or consent record printed or exported is noted in
   * the plan's file: the plan has one, as the window makes sure first. */
  {
    g_autofree char *path = g_build_filename (f->folder, "plan.hamtplan", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);

    g_assert_true (hp_window_save_to_file (f->window, file));
  }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (l->data != f->window)
      gtk_window_destroy (l->data);
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  iterate ();
  remove_tree (f->folder);
  g_free (f->folder);
}

/* The pages the layout engine makes of @document on A4. */
static guint
pages_on_a4 (HpDocument *document)
{
  PangoContext *pango = hp_document_create_pango_context ();
  guint n;

  hp_document_paginate (document, pango, HP_PAGE_A4_WIDTH, HP_PAGE_A4_HEIGHT);
  g_object_unref (pango);
  n = hp_document_get_n_pages (document);
  return n;
}

static void
collect (GtkWidget *root,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (found, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

static gboolean
has_label (GtkWidget  *root,
           const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (labels->pdata[i]), text) == 0)
      return TRUE;
  return FALSE;
}

static HpPreviewWindow *
shown_preview (void)
{
  HpPreviewWindow *preview = find_toplevel (HP_TYPE_PREVIEW_WINDOW);

  g_assert_nonnull (preview);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (preview));
  return preview;
}

/* The preview shows every page of @expected, a page at a time in "Page N
 * of M", and follows Page Down to the last page. */
static void
assert_pages (HpPreviewWindow *preview,
              HpDocument      *expected)
{
  guint n = pages_on_a4 (expected);
  g_autoptr(GPtrArray) pages = g_ptr_array_new ();
  g_autofree char *first = g_strdup_printf ("Page 1 of %u", n);
  g_autofree char *last = g_strdup_printf ("Page %u of %u", n, n);

  g_assert_cmpuint (n, >=, 1);
  g_assert_cmpuint (hp_preview_window_get_n_pages (preview), ==, n);
  g_assert_cmpuint (hp_document_get_n_pages (hp_preview_window_get_document (preview)), ==, n);

  collect (GTK_WIDGET (preview), HP_TYPE_PREVIEW_PAGE, pages);
  g_assert_cmpuint (pages->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpuint (hp_preview_page_get_page (pages->pdata[i]), ==, i);
      /* Fit to width: the page fills the view's width, at A4's proportions. */
      g_assert_cmpint (gtk_widget_get_width (pages->pdata[i]), >, 300);
      g_assert_cmpfloat_with_epsilon ((double) gtk_widget_get_height (pages->pdata[i]) /
                                        gtk_widget_get_width (pages->pdata[i]),
                                      HP_PAGE_A4_HEIGHT / HP_PAGE_A4_WIDTH, 0.01);
    }

  g_assert_cmpuint (hp_preview_window_get_current_page (preview), ==, 0);
  g_assert_true (has_label (GTK_WIDGET (preview), first));

  for (guint i = 1; i < n; i++)
    gtk_widget_activate_action (GTK_WIDGET (preview), "preview.next-page", NULL);
  iterate ();
  g_assert_cmpuint (hp_preview_window_get_current_page (preview), ==, n - 1);
  g_assert_true (has_label (GTK_WIDGET (preview), last));
  /* The view really scrolled: the last page is in sight. */
  if (n > 1)
    g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrollable_get_vadjustment (
                         GTK_SCROLLABLE (gtk_widget_get_parent (
                           gtk_widget_get_parent (pages->pdata[0]))))), >, 0);
}

static void
assert_withheld_lines (HpPreviewWindow *preview,
                       HpDocument      *document)
{
  g_auto(GStrv) lines = hp_preview_window_dup_withheld_lines (preview);
  guint n = hp_document_get_n_withheld (document);

  if (n == 0)
    {
      g_assert_cmpuint (g_strv_length (lines), ==, 1);
      g_assert_cmpstr (lines[0], ==, "The sheet notes nothing that is left out for this recipient.");
      g_assert_true (has_label (GTK_WIDGET (preview), lines[0]));
      return;
    }

  g_assert_cmpuint (g_strv_length (lines), ==, n);
  for (guint i = 0; i < n; i++)
    {
      const char *what, *why;
      g_autofree char *line = NULL;

      hp_document_get_withheld (document, i, &what, &why);
      line = g_strdup_printf ("%s: %s", what, why);
      g_assert_cmpstr (lines[i], ==, line);
      g_assert_true (has_label (GTK_WIDGET (preview), what));
      g_assert_true (has_label (GTK_WIDGET (preview), why));
    }
}

/* The process's temporary folder: its own, inside the drafts folder, and
 * a killed process's folder is gone (its file with it), a running one's
 * kept. */
static void
test_temporary_folder (void)
{
  const char *private = g_get_tmp_dir ();
  g_autofree char *drafts = g_build_filename (g_get_user_data_dir (), "hamtplan", "drafts", NULL);
  g_autofree char *parent = g_path_get_dirname (private);
  g_autofree char *base = g_path_get_basename (private);
  GStatBuf st;

  g_assert_cmpstr (private, ==, hp_temp_folder_get_path ());
  g_assert_cmpstr (g_getenv ("TMPDIR"), ==, private);
  g_assert_cmpstr (parent, ==, drafts);
  g_assert_true (g_str_has_prefix (base, "tmp-"));
  g_assert_cmpint (g_stat (private, &st), ==, 0);
  g_assert_true (S_ISDIR (st.st_mode));
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  g_assert_false (g_file_test (the_stale_folder, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (the_live_folder, G_FILE_TEST_IS_DIR));
}

static void
test_menu (Fixture       *f,
           gconstpointer  data)
{
  const char *actions[] = { "preview-plan", "preview-handover", "preview-consent" };
  GMenuModel *menu = NULL;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkMenuButton *button = NULL;
  GString *targets = g_string_new (NULL);
  g_autofree char *all = NULL;
  GPtrArray *todo = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      g_autofree char *name = g_strdup_printf ("win.%s", actions[i]);

      g_assert_true (hp_test_action_enabled (GTK_WINDOW (f->window), name));
    }

  /* The main menu, made when it is first opened, as a user opens it. */
  collect (gtk_window_get_titlebar (GTK_WINDOW (f->window)), GTK_TYPE_MENU_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (gtk_menu_button_get_primary (buttons->pdata[i]))
      button = buttons->pdata[i];
  g_assert_nonnull (button);
  gtk_menu_button_popup (button);
  menu = gtk_menu_button_get_menu_model (button);
  gtk_menu_button_popdown (button);
  g_assert_nonnull (menu);
  g_ptr_array_add (todo, menu);
  while (todo->len > 0)
    {
      GMenuModel *model = g_ptr_array_steal_index (todo, todo->len - 1);

      for (int i = 0; i < g_menu_model_get_n_items (model); i++)
        {
          g_autofree char *action = NULL;
          GMenuModel *link;

          if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &action))
            g_string_append_printf (targets, "%s ", action);
          if ((link = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION)) != NULL)
            g_ptr_array_add (todo, link);
          if ((link = g_menu_model_get_item_link (model, i, G_MENU_LINK_SUBMENU)) != NULL)
            g_ptr_array_add (todo, link);
        }
    }
  g_ptr_array_unref (todo);
  all = g_string_free (targets, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      g_autofree char *name = g_strdup_printf ("win.%s ", actions[i]);

      if (strstr (all, name) == NULL)
        g_error ("the main menu lacks %s (it has: %s)", name, all);
    }
}

static void
test_full_plan (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(HpDocument) expected = hp_document_new_full_plan (hp_window_get_plan (f->window));
  HpPreviewWindow *preview;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.preview-plan", NULL);
  preview = shown_preview ();
  g_assert_cmpint (hp_preview_window_get_kind (preview), ==, HP_EXPORT_KIND_PLAN_PDF);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (preview)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (preview)) == GTK_WINDOW (f->window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (preview)), ==, "Preview of the Full Plan");
  g_assert_cmpuint (pages_on_a4 (expected), >=, 2);
  assert_pages (preview, expected);

  /* Escape closes it. */
  gtk_widget_activate_action (GTK_WIDGET (preview), "window.close", NULL);
  iterate ();
  g_assert_null (find_toplevel (HP_TYPE_PREVIEW_WINDOW));
}

static void
test_consent_record (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(HpDocument) expected = hp_document_new_consent_record (hp_window_get_plan (f->window));
  HpPreviewWindow *preview;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.preview-consent", NULL);
  preview = shown_preview ();
  g_assert_cmpint (hp_preview_window_get_kind (preview), ==, HP_EXPORT_KIND_CONSENT_PDF);
  assert_pages (preview, expected);
}

static gboolean
recipient_dialog_shown (gpointer data)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_DIALOG (l->data) && !GTK_IS_MESSAGE_DIALOG (l->data) &&
        gtk_widget_get_visible (l->data))
      {
        *(GtkDialog **) data = l->data;
        return TRUE;
      }
  return FALSE;
}

static void
test_handover_sheet (Fixture       *f,
                     gconstpointer  data)
{
  HpPlan *plan = hp_window_get_plan (f->window);
  HpContact *guard = hp_plan_find_contact (plan, "k1");
  g_autoptr(HpDocument) expected = hp_document_new_handover (plan, guard, NULL);
  GtkDialog *dialog = NULL;
  GtkWidget *accept;
  HpPreviewWindow *preview;

  g_assert_nonnull (expected);

  /* The recipient first, then the preview. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.preview-handover", NULL);
  wait_for (recipient_dialog_shown, &dialog, "the recipient dialog");
  accept = gtk_dialog_get_widget_for_response (dialog, GTK_RESPONSE_ACCEPT);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (accept)), ==, "_Preview");
  g_assert_true (hp_recipient_dialog_get_recipient (dialog) == guard);
  gtk_dialog_response (dialog, GTK_RESPONSE_ACCEPT);
  iterate ();

  preview = shown_preview ();
  g_assert_cmpint (hp_preview_window_get_kind (preview), ==, HP_EXPORT_KIND_HANDOVER_PDF);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (preview)), ==,
                   "Preview of the Handover Sheet");
  assert_pages (preview, expected);
  g_assert_true (has_label (GTK_WIDGET (preview), "What the recipient does not get"));
  assert_withheld_lines (preview, hp_preview_window_get_document (preview));
}

/* The list beside the sheet says, line by line, what the document notes as
 * left out (the documents fill it; here a document noted by hand). */
static void
test_withheld_list (Fixture       *f,
                    gconstpointer  data)
{
  HpPlan *plan = hp_window_get_plan (f->window);
  HpContact *guard = hp_plan_find_contact (plan, "k1");
  g_autoptr(HpDocument) document = hp_document_new_handover (plan, guard, NULL);
  g_autoptr(HpPreviewWindow) preview = NULL;
  g_auto(GStrv) lines = NULL;
  guint before;

  g_assert_nonnull (document);
  before = hp_document_get_n_withheld (document);
  hp_document_add_withheld (document, "Bostadens adress",
                            "Vaktbolaget går inte in i bostaden vid det här besöket.");
  hp_document_add_withheld (document, "Klientens nuvarande vistelseort",
                            "Skyddade personuppgifter: går aldrig till utomstående.");
  hp_document_add_withheld (document, "Johannas telefonnummer", "Klientens kontaktuppgifter.");

  preview = g_object_ref_sink (hp_preview_window_new_for_document (f->window,
                                                                   HP_EXPORT_KIND_HANDOVER_PDF,
                                                                   guard, document));
  gtk_window_present (GTK_WINDOW (preview));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (preview));

  assert_withheld_lines (preview, document);
  lines = hp_preview_window_dup_withheld_lines (preview);
  g_assert_cmpuint (g_strv_length (lines), ==, before + 3);
  g_assert_cmpstr (lines[before + 1], ==, "Klientens nuvarande vistelseort: Skyddade "
                                          "personuppgifter: går aldrig till utomstående.");
  g_assert_false (has_label (GTK_WIDGET (preview),
                             "The sheet notes nothing that is left out for this recipient."));
  gtk_window_destroy (GTK_WINDOW (preview));
}

static void
test_refused_handover (Fixture       *f,
                       gconstpointer  data)
{
  HpContact *relative = hp_plan_find_contact (hp_window_get_plan (f->window), "k2");
  g_autofree char *primary = NULL;

  /* The relative's consent was withdrawn: no preview, and why. */
  hp_export_actions_preview (f->window, HP_EXPORT_KIND_HANDOVER_PDF, relative);
  iterate ();
  g_assert_null (find_toplevel (HP_TYPE_PREVIEW_WINDOW));
  primary = message_text (find_message_dialog ());
  g_assert_cmpstr (primary, ==, "The handover sheet cannot be shown");
  close_message ();
}

/* Temporary folders, watched */

typedef struct
{
  const char *folder;
  GHashTable *before;     /* names */
  int         inotify_fd;
  GPtrArray  *created;    /* names created while watched */
} Watch;

static GHashTable *
list_folder (const char *folder)
{
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_hash_table_add (names, g_strdup (name));
  return names;
}

static void
watch_start (Watch      *watch,
             const char *folder)
{
  watch->folder = folder;
  watch->before = list_folder (folder);
  watch->created = g_ptr_array_new_with_free_func (g_free);
  watch->inotify_fd = inotify_init1 (IN_NONBLOCK | IN_CLOEXEC);
  g_assert_cmpint (watch->inotify_fd, >=, 0);
  g_assert_cmpint (inotify_add_watch (watch->inotify_fd, folder,
                                      IN_CREATE | IN_MOVED_TO | IN_CLOSE_WRITE), >=, 0);
}

/* Reads what inotify saw so far. */
static void
watch_read (Watch *watch)
{
  char buffer[16384] __attribute__ ((aligned (__alignof__ (struct inotify_event))));
  ssize_t len;

  while ((len = read (watch->inotify_fd, buffer, sizeof buffer)) > 0)
    for (char *p = buffer; p < buffer + len;)
      {
        const struct inotify_event *event = (const struct inotify_event *) p;

        if (event->len > 0 && (event->mask & (IN_CREATE | IN_MOVED_TO)))
          g_ptr_array_add (watch->created, g_strdup (event->name));
        p += sizeof (struct inotify_event) + event->len;
      }
  g_assert_true (len < 0 && errno == EAGAIN);
}

/* The files of GTK's print path that hold the document: the spool file
 * (gtkprint_XXXXXX), the preview's PDF (previewXXXXXX.pdf) and the settings
 * it hands the external viewer (settingsXXXXXX.ini).  Not the PPD files of
 * the CUPS backend (gtkprint_ppd_XXXXXX), which describe a printer. */
static gboolean
matches_template (const char *name,
                  const char *prefix,
                  const char *suffix)
{
  gsize length = strlen (name);

  return g_str_has_prefix (name, prefix) && g_str_has_suffix (name, suffix) &&
         length == strlen (prefix) + 6 + strlen (suffix) &&
         strchr (name + strlen (prefix), '_') == NULL;
}

static gboolean
is_print_file (const char *name)
{
  return matches_template (name, "gtkprint_", "") || matches_template (name, "preview", ".pdf") ||
         matches_template (name, "settings", ".ini");
}

static void
watch_finish (Watch    *watch,
              gboolean  private)
{
  g_autoptr(GHashTable) after = NULL;
  GHashTableIter iter;
  gpointer name;

  watch_read (watch);
  after = list_folder (watch->folder);

  /* No new file stays behind. */
  g_hash_table_iter_init (&iter, after);
  while (g_hash_table_iter_next (&iter, &name, NULL))
    if (!g_hash_table_contains (watch->before, name) && (private || is_print_file (name)))
      g_error ("%s/%s was left behind", watch->folder, (const char *) name);

  /* And none was even made in /tmp.  (Other programs may use /tmp at the
   * same time, even print: only the names of the print path count there,
   * and a test that prints through CUPS must not run alongside.  The private
   * folder is this process's own: everything there counts, and GTK's
   * spool file, made and unlinked at once, may pass through it.) */
  for (guint i = 0; i < watch->created->len; i++)
    {
      const char *created = watch->created->pdata[i];

      if (!private && is_print_file (created))
        g_error ("%s/%s was written while printing", watch->folder, created);
      if (private && !matches_template (created, "gtkprint_", ""))
        g_error ("%s/%s was written while printing", watch->folder, created);
    }

  close (watch->inotify_fd);
  g_hash_table_unref (watch->before);
  g_ptr_array_unref (watch->created);
}

static gboolean
print_dialog_ready (gpointer data)
{
  GtkPrintUnixDialog *dialog = find_toplevel (GTK_TYPE_PRINT_UNIX_DIALOG);
  GtkPrinter *printer;

  if (dialog == NULL)
    return FALSE;
  printer = gtk_print_unix_dialog_get_selected_printer (dialog);
  if (printer == NULL || !gtk_printer_is_virtual (printer))
    {
      /* As a user picks it in the list (the name is GTK's, in English
       * under LC_ALL=C.UTF-8). */
      if (g_object_get_data (G_OBJECT (dialog), "test-asked") == NULL)
        {
          g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();

          g_autofree char *output = g_build_filename (the_home, "printed.pdf", NULL);
          g_autofree char *uri = g_filename_to_uri (output, NULL, NULL);

          gtk_print_settings_set_printer (settings, "Print to File");
          gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, uri);
          gtk_print_unix_dialog_set_settings (dialog, settings);
          g_object_set_data (G_OBJECT (dialog), "test-asked", GINT_TO_POINTER (TRUE));
        }
      return FALSE;
    }
  *(GtkPrintUnixDialog **) data = dialog;
  return TRUE;
}

static GtkPrintUnixDialog *
wait_for_print_dialog (void)
{
  GtkPrintUnixDialog *dialog = NULL;

  /* With no print server, the printer chosen is GTK's Print to File. */
  wait_for (print_dialog_ready, &dialog, "the print dialog with Print to File chosen");
  return dialog;
}

static gboolean
no_print_dialog (gpointer data)
{
  return find_toplevel (GTK_TYPE_PRINT_UNIX_DIALOG) == NULL;
}

/* GTK's recent manager tells of a change after a short delay. */
static gboolean
not_recent (gpointer data)
{
  return !gtk_recent_manager_has_item (gtk_recent_manager_get_default (), data);
}

static char *
find_printed_file (const char *folder,
                   GHashTable *before)
{
  g_autoptr(GHashTable) after = list_folder (folder);
  GHashTableIter iter;
  gpointer name;

  g_hash_table_iter_init (&iter, after);
  while (g_hash_table_iter_next (&iter, &name, NULL))
    if (!g_hash_table_contains (before, name) && g_str_has_suffix (name, ".pdf"))
      return g_build_filename (folder, name, NULL);
  return NULL;
}

/* One document: previewed; Print… from the preview; the dialog's Preview
 * (ours again, not GTK's); Print… and the print to a file; the export. */
static void
preview_print_export (Fixture      *f,
                      HpExportKind  kind,
                      gpointer      recipient,
                      const char   *printed_title,
                      const char   *exported_title)
{
  g_autoptr(GHashTable) home_before = list_folder (the_home);
  g_autofree char *printed = NULL;
  g_autofree char *exported = NULL;
  g_autofree char *primary = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  GtkPrintUnixDialog *dialog;
  HpPreviewWindow *preview;
  gsize length;

  hp_export_actions_preview (f->window, kind, recipient);
  preview = shown_preview ();
  g_assert_cmpuint (hp_preview_window_get_n_pages (preview), >=, 1);

  /* Print… hands over to the print dialog. */
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.print", NULL);
  iterate ();
  g_assert_null (find_toplevel (HP_TYPE_PREVIEW_WINDOW));
  dialog = wait_for_print_dialog ();

  /* The dialog's Preview: Hämtplan's preview of the same document, and no
   * "sent to the printer". */
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_APPLY);
  wait_for (preview_shown, NULL, "the preview after the print dialog's Preview");
  preview = shown_preview ();
  g_assert_cmpint (hp_preview_window_get_kind (preview), ==,
                   kind == HP_EXPORT_KIND_CONSENT_XML ? HP_EXPORT_KIND_CONSENT_PDF : kind);
  g_assert_null (find_message_dialog ());

  /* Print… and Print, to the file printer. */
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.print", NULL);
  dialog = wait_for_print_dialog ();
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_OK);
  wait_for (message_shown, NULL, "the message after printing");
  primary = message_text (find_message_dialog ());
  g_assert_cmpstr (primary, ==, printed_title);
  close_message ();
  wait_for (no_print_dialog, NULL, "the print dialog to go");

  printed = find_printed_file (the_home, home_before);
  g_assert_nonnull (printed);
  {
    /* Off the recently-used list, which GTK's Print to File adds it to. */
    g_autofree char *uri = g_filename_to_uri (printed, NULL, NULL);

    wait_for (not_recent, uri, "the printed file to leave the recently-used list");
  }
  g_assert_true (g_file_get_contents (printed, &contents, &length, NULL));
  g_assert_true (length > 1000 && g_str_has_prefix (contents, "%PDF"));
  g_remove (printed);

  /* Export PDF… opens the file chooser; the export itself as from it. */
  hp_export_actions_preview (f->window, kind, recipient);
  preview = shown_preview ();
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.export-pdf", NULL);
  iterate ();
  g_assert_null (find_toplevel (HP_TYPE_PREVIEW_WINDOW));
  exported = g_build_filename (f->folder, "exported.pdf", NULL);
  file = g_file_new_for_path (exported);
  g_assert_true (hp_export_actions_write (f->window, kind, recipient, file));
  g_clear_pointer (&primary, g_free);
  primary = message_text (find_message_dialog ());
  g_assert_cmpstr (primary, ==, exported_title);
  close_message ();
  g_assert_true (g_file_test (exported, G_FILE_TEST_IS_REGULAR));
  g_remove (exported);
  {
    /* The chooser that Export PDF… opened. */
    g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

    for (GList *l = toplevels; l != NULL; l = l->next)
      if (GTK_IS_FILE_CHOOSER (l->data) && gtk_widget_get_visible (l->data))
        gtk_dialog_response (GTK_DIALOG (l->data), GTK_RESPONSE_CANCEL);
    iterate ();
  }
}

static void
test_no_temporary_file (Fixture       *f,
                        gconstpointer  data)
{
  HpContact *guard = hp_plan_find_contact (hp_window_get_plan (f->window), "k1");
  const char *private = g_get_tmp_dir ();
  g_autofree char *drafts = g_build_filename (g_get_user_data_dir (), "hamtplan", "drafts", NULL);
  Watch tmp, own;
  GStatBuf st;

  /* The process's temporary folder is its own, in the drafts folder. */
  g_assert_cmpstr (private, ==, hp_temp_folder_get_path ());
  g_assert_true (g_str_has_prefix (private, drafts));
  g_assert_cmpint (g_stat (private, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  watch_start (&tmp, "/tmp");
  watch_start (&own, private);

  preview_print_export (f, HP_EXPORT_KIND_PLAN_PDF, NULL, "The plan was sent to the printer",
                        "The full plan was exported");
  preview_print_export (f, HP_EXPORT_KIND_HANDOVER_PDF, guard,
                        "The handover sheet was sent to the printer",
                        "The handover sheet was exported");
  preview_print_export (f, HP_EXPORT_KIND_CONSENT_PDF, NULL,
                        "The consent record was sent to the printer",
                        "The consent record was exported");
  {
    GListModel *visits = G_LIST_MODEL (hp_window_get_plan (f->window)->visits);
    g_autoptr(HpVisit) visit = g_list_model_get_item (visits, 0);

    preview_print_export (f, HP_EXPORT_KIND_VISIT_CARD_PDF, visit,
                          "The visit card was sent to the printer",
                          "The visit card was exported");
  }

  watch_finish (&tmp, FALSE);
  watch_finish (&own, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* Not g_dir_make_tmp(): nothing may ask GLib for the temporary folder
   * before hp_temp_folder_setup(), as in the application. */
  the_home = g_strdup ("/tmp/hp-test-preview-XXXXXX");
  g_assert_nonnull (g_mkdtemp (the_home));
  g_setenv ("HOME", the_home, TRUE);
  {
    const char *vars[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                           "XDG_STATE_HOME", "XDG_CONFIG_DIRS" };
    const char *dirs[] = { "data", "config", "cache", "state", "system-config" };

    for (guint i = 0; i < G_N_ELEMENTS (vars); i++)
      {
        g_autofree char *path = g_build_filename (the_home, dirs[i], NULL);

        g_setenv (vars[i], path, TRUE);
      }
  }
  {
    /* Before this start: the folder of a process that was killed, with a
     * spool file GTK_DEBUG=printing kept, and one of a process that runs. */
    g_autofree char *drafts = g_build_filename (the_home, "data", "hamtplan", "drafts", NULL);
    g_autofree char *spool = NULL;
    g_autofree char *lock = NULL;

    the_stale_folder = g_build_filename (drafts, "tmp-Dead01", NULL);
    the_live_folder = g_build_filename (drafts, "tmp-Live01", NULL);
    g_assert_cmpint (g_mkdir_with_parents (the_stale_folder, 0700), ==, 0);
    g_assert_cmpint (g_mkdir_with_parents (the_live_folder, 0700), ==, 0);
    spool = g_build_filename (the_stale_folder, "gtkprint_Dead01", NULL);
    g_assert_true (g_file_set_contents (spool, "%PDF-1.5 Johanna Rania Lind", -1, NULL));
    g_clear_pointer (&lock, g_free);
    lock = g_build_filename (the_stale_folder, "lock", NULL);
    g_assert_true (g_file_set_contents (lock, "", 0, NULL));
    g_clear_pointer (&lock, g_free);
    lock = g_build_filename (the_live_folder, "lock", NULL);
    the_live_lock = g_open (lock, O_RDWR | O_CREAT, 0600);
    g_assert_cmpint (the_live_lock, >=, 0);
    /* flock() locks belong to the open file: a second open of it in this
     * process is refused as another process's would be. */
    g_assert_cmpint (flock (the_live_lock, LOCK_EX | LOCK_NB), ==, 0);
  }
  g_assert_true (hp_temp_folder_setup (NULL, &error));
  g_assert_no_error (error);

  g_test_init (&argc, &argv, NULL);

  if (gtk_init_check ())
    {
      the_app = hp_application_new ();
      g_application_register (G_APPLICATION (the_app), NULL, &error);
      g_assert_no_error (error);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

      g_test_add_func ("/hp/preview/temporary-folder", test_temporary_folder);
      ADD ("/hp/preview/menu", test_menu);
      ADD ("/hp/preview/full-plan", test_full_plan);
      ADD ("/hp/preview/consent-record", test_consent_record);
      ADD ("/hp/preview/handover-sheet", test_handover_sheet);
      ADD ("/hp/preview/withheld-list", test_withheld_list);
      ADD ("/hp/preview/refused-handover", test_refused_handover);
      ADD ("/hp/preview/no-temporary-file", test_no_temporary_file);
    }

  status = g_test_run ();
  g_clear_object (&the_app);
  {
    /* Removed at the end, with everything in it. */
    g_autofree char *private = g_strdup (hp_temp_folder_get_path ());

    hp_temp_folder_remove ();
    g_assert_false (g_file_test (private, G_FILE_TEST_EXISTS));
  }
  close (the_live_lock);
  g_free (the_stale_folder);
  g_free (the_live_folder);
  remove_tree (the_home);
  g_free (the_home);
  return status;
}
