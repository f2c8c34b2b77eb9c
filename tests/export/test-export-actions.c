/* test-export-actions.c: Print and Export in the window, as the caseworker
 * uses them: the menu offers them, Ctrl+P prints, each export writes its
 * file and confirms, a refused handover says why and writes nothing, the
 * recipient chooser opens Choose File only for a contact with consent, and
 * the journal text lands on the clipboard.
 *
 * In-process widget tests under Xvfb (skipped without a display), HOME in a
 * temporary folder.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <sys/stat.h>

#include "hp-application.h"
#include "hp-export-actions.h"
#include "hp-plan-file.h"
#include "hp-journal.h"
#include "hp-model.h"
#include "hp-window.h"

#include "../gui/hp-test-window-actions.h"

static HpApplication *the_app;
static char *the_home;

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

static GtkMessageDialog *
find_message_dialog (GtkWindow *parent)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_MESSAGE_DIALOG (l->data) && gtk_window_get_transient_for (l->data) == parent &&
        gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static char *
message_text (GtkMessageDialog *dialog,
              const char       *property)
{
  char *text = NULL;

  g_object_get (dialog, property, &text, NULL);
  return text;
}

static void
close_dialog (GtkMessageDialog *dialog)
{
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CLOSE);
  iterate ();
}

/* The plan: a security company the client consented to, a relative she
 * did not. */
static void
fill_plan (HpPlan *plan)
{
  g_autoptr(HpContact) guard = hp_contact_new ();
  g_autoptr(HpContact) relative = hp_contact_new ();
  g_autoptr(HpConsent) consent = hp_consent_new ();
  g_autoptr(HpItem) item = hp_item_new ();

  g_object_set (plan->case_info, "reference", "IFO 2026/0815", "client-name", "Maria Lindqvist",
                "caseworker-name", "Karin Berg", "caseworker-phone", "010-123 45 00", NULL);
  g_object_set (guard, "id", "k1", "kind", HP_CONTACT_KIND_SECURITY_COMPANY,
                "organisation", "Trygg Bevakning AB", "name", "Johan Vakt", NULL);
  g_object_set (relative, "id", "k2", "kind", HP_CONTACT_KIND_RELATIVE,
                "name", "Eva Lindqvist", NULL);
  g_list_store_append (plan->contacts, guard);
  g_list_store_append (plan->contacts, relative);
  g_object_set (consent, "party", HP_CONSENT_PARTY_CLIENT,
                "scope", HP_CONSENT_SCOPE_SHARE_INFORMATION, "recipient", "k1",
                "given", HP_ANSWER_YES, "form", HP_CONSENT_FORM_WRITTEN, "date", "2026-11-23", NULL);
  g_list_store_append (plan->consents, consent);
  g_object_set (item, "name", "Pass", NULL);
  g_list_store_append (plan->items, item);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->folder = g_dir_make_tmp ("hp-export-actions-XXXXXX", &error);
  g_assert_no_error (error);

  f->window = hp_window_new (GTK_APPLICATION (the_app), hp_application_get_context (the_app));
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  fill_plan (hp_window_get_plan (f->window));
  gtk_window_present (GTK_WINDOW (f->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));

  /* A handover sheet or consent record is noted in the plan's file: the
   * plan has one, as the window makes sure before such an export. */
  {
    g_autofree char *path = g_build_filename (f->folder, "plan.hamtplan", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);

    g_assert_true (hp_window_save_to_file (f->window, file));
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
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (l->data != f->window)
      gtk_window_destroy (l->data);
  if (f->window != NULL)
    {
      /* The plan was edited; close without the unsaved-changes question. */
      gtk_window_destroy (GTK_WINDOW (f->window));
    }
  iterate ();
  remove_tree (f->folder);
  g_free (f->folder);
}

/* The main menu's button (the primary menu button) below @root. */
static GtkWidget *
find_primary_menu_button (GtkWidget *root)
{
  if (GTK_IS_MENU_BUTTON (root) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (root)))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_primary_menu_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_menu_and_accelerator (Fixture       *f,
                           gconstpointer  data)
{
  const char *actions[] = { "print", "export-plan-pdf", "export-handover",
                            "export-consent-pdf", "export-consent-xml", "copy-journal" };
  g_autofree char *accel = NULL;
  GtkWidget *menu_button;
  GMenuModel *menu;
  GString *targets = g_string_new (NULL);
  g_autofree char *all = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      g_autofree char *name = g_strdup_printf ("win.%s", actions[i]);

      g_assert_true (hp_test_window_has_action (GTK_WINDOW (f->window), name));
      g_assert_true (hp_test_action_enabled (GTK_WINDOW (f->window), name));
    }

  accel = hp_test_window_accel (GTK_WINDOW (f->window), "win.print", NULL);
  g_assert_cmpstr (accel, ==, "<Control>p");

  /* Every action is in the main menu, the exports in a submenu. */
  menu_button = find_primary_menu_button (gtk_window_get_titlebar (GTK_WINDOW (f->window)));
  g_assert_nonnull (menu_button);
  /* The menu is made when it is first opened, as a user opens it. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button));
  g_assert_nonnull (menu);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (
                   GTK_MENU_BUTTON (menu_button)))));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (menu_button));

  {
    /* Walk sections and submenus, collecting the actions they name. */
    GPtrArray *todo = g_ptr_array_new ();

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
  }
  all = g_string_free (targets, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      g_autofree char *name = g_strdup_printf ("win.%s ", actions[i]);

      if (strstr (all, name) == NULL)
        g_error ("the main menu lacks %s (it has: %s)", name, all);
    }
}

static char *
export (Fixture      *f,
        HpExportKind  kind,
        HpContact    *recipient,
        const char   *name,
        gboolean     *ok)
{
  char *path = g_build_filename (f->folder, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  *ok = hp_export_actions_write (f->window, kind, recipient, file);
  iterate ();
  return path;
}

static void
assert_confirmed (Fixture    *f,
                  const char *path,
                  const char *title)
{
  GtkMessageDialog *dialog = find_message_dialog (GTK_WINDOW (f->window));
  g_autofree char *primary = NULL;
  g_autofree char *secondary = NULL;
  g_autofree char *base = g_path_get_basename (path);
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_nonnull (dialog);
  primary = message_text (dialog, "text");
  secondary = message_text (dialog, "secondary-text");
  g_assert_cmpstr (primary, ==, title);
  g_assert_nonnull (strstr (secondary, base));
  close_dialog (dialog);
  g_assert_null (find_message_dialog (GTK_WINDOW (f->window)));
}

static void
test_exports_write_and_confirm (Fixture       *f,
                                gconstpointer  data)
{
  HpPlan *plan = hp_window_get_plan (f->window);
  HpContact *guard = hp_plan_find_contact (plan, "k1");
  g_autofree char *pdf = NULL;
  g_autofree char *sheet = NULL;
  g_autofree char *consent_pdf = NULL;
  g_autofree char *consent_xml = NULL;
  g_autofree char *xml = NULL;
  gboolean ok;

  pdf = export (f, HP_EXPORT_KIND_PLAN_PDF, NULL, "plan.pdf", &ok);
  g_assert_true (ok);
  assert_confirmed (f, pdf, "The full plan was exported");

  sheet = export (f, HP_EXPORT_KIND_HANDOVER_PDF, guard, "sheet.pdf", &ok);
  g_assert_true (ok);
  assert_confirmed (f, sheet, "The handover sheet was exported");

  consent_pdf = export (f, HP_EXPORT_KIND_CONSENT_PDF, NULL, "samtycke.pdf", &ok);
  g_assert_true (ok);
  assert_confirmed (f, consent_pdf, "The consent record was exported");

  consent_xml = export (f, HP_EXPORT_KIND_CONSENT_XML, NULL, "samtycke.xml", &ok);
  g_assert_true (ok);
  assert_confirmed (f, consent_xml, "The consent record was exported");
  g_assert_true (g_file_get_contents (consent_xml, &xml, NULL, NULL));
  g_assert_nonnull (strstr (xml, "urn:hamtplan:samtycke:1"));
  g_assert_nonnull (strstr (xml, "<organisation>Trygg Bevakning AB</organisation>"));

  /* The three that left the office are in the plan's file; the full
   * plan stays in the office and is not. */
  {
    g_autofree char *path = g_build_filename (f->folder, "plan.hamtplan", NULL);
    g_autoptr(HpPlan) on_disk = hp_plan_file_load (path, NULL);

    g_assert_nonnull (on_disk);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (on_disk->disclosures)), ==, 3);
  }
}

static void
test_refused_handover (Fixture       *f,
                       gconstpointer  data)
{
  HpContact *relative = hp_plan_find_contact (hp_window_get_plan (f->window), "k2");
  g_autofree char *path = NULL;
  g_autofree char *primary = NULL;
  g_autofree char *secondary = NULL;
  GtkMessageDialog *dialog;
  gboolean ok;

  path = export (f, HP_EXPORT_KIND_HANDOVER_PDF, relative, "sheet.pdf", &ok);
  g_assert_false (ok);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  dialog = find_message_dialog (GTK_WINDOW (f->window));
  g_assert_nonnull (dialog);
  primary = message_text (dialog, "text");
  secondary = message_text (dialog, "secondary-text");
  g_assert_cmpstr (primary, ==, "The handover sheet could not be exported");
  g_assert_nonnull (strstr (secondary, "Eva Lindqvist"));
  g_assert_nonnull (strstr (secondary, "consent"));
  close_dialog (dialog);
}

static void
collect_check_buttons (GtkWidget *root,
                       GPtrArray *buttons)
{
  if (GTK_IS_CHECK_BUTTON (root))
    g_ptr_array_add (buttons, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_check_buttons (child, buttons);
}

static void
test_recipient_dialog (Fixture       *f,
                       gconstpointer  data)
{
  HpPlan *plan = hp_window_get_plan (f->window);
  GtkWidget *dialog = hp_recipient_dialog_new (GTK_WINDOW (f->window), plan);
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkWidget *accept;

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_test_widget_wait_for_draw (dialog);
  accept = gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);

  /* Every contact is offered, as a labelled radio button. */
  collect_check_buttons (dialog, buttons);
  g_assert_cmpuint (buttons->len, ==, 2);
  g_assert_cmpstr (gtk_check_button_get_label (buttons->pdata[0]), ==,
                   "Security company: Trygg Bevakning AB, Johan Vakt");
  g_assert_cmpstr (gtk_check_button_get_label (buttons->pdata[1]), ==,
                   "Relative or friend: Eva Lindqvist");

  /* The contact with consent is chosen first and may be exported to. */
  g_assert_true (gtk_check_button_get_active (buttons->pdata[0]));
  g_assert_true (gtk_widget_get_sensitive (accept));
  g_assert_true (hp_recipient_dialog_get_recipient (GTK_DIALOG (dialog)) ==
                 hp_plan_find_contact (plan, "k1"));

  /* The relative without consent: Choose File closes. */
  gtk_check_button_set_active (buttons->pdata[1], TRUE);
  g_assert_false (gtk_widget_get_sensitive (accept));
  g_assert_null (hp_recipient_dialog_get_recipient (GTK_DIALOG (dialog)));

  gtk_check_button_set_active (buttons->pdata[0], TRUE);
  g_assert_true (gtk_widget_get_sensitive (accept));

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_handover_without_contacts (Fixture       *f,
                                gconstpointer  data)
{
  HpPlan *plan = hp_window_get_plan (f->window);
  GtkMessageDialog *dialog;
  g_autofree char *primary = NULL;

  g_list_store_remove_all (plan->contacts);
  iterate ();
  /* Nothing in the menu to choose; asked for anyway, the sheet says why. */
  g_assert_false (hp_test_action_enabled (GTK_WINDOW (f->window), "win.export-handover"));
  hp_export_actions_hand_over (f->window, HP_EXPORT_PURPOSE_EXPORT);
  iterate ();

  dialog = find_message_dialog (GTK_WINDOW (f->window));
  g_assert_nonnull (dialog);
  primary = message_text (dialog, "text");
  g_assert_cmpstr (primary, ==, "No one to hand over to");
  close_dialog (dialog);
}

static void
on_text_read (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  char **text = user_data;
  g_autoptr(GError) error = NULL;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_assert_no_error (error);
}

static void
test_copy_journal (Fixture       *f,
                   gconstpointer  data)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (f->window));
  g_autofree char *expected = hp_journal_text (hp_window_get_plan (f->window));
  g_autofree char *text = NULL;
  g_autofree char *primary = NULL;
  GtkMessageDialog *dialog;

  gdk_clipboard_set_text (clipboard, "something else");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.copy-journal", NULL);
  iterate ();

  gdk_clipboard_read_text_async (clipboard, NULL, on_text_read, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (text, ==, expected);
  g_assert_nonnull (strstr (text, "IFO 2026/0815"));
  g_assert_null (strstr (text, "Maria Lindqvist"));

  dialog = find_message_dialog (GTK_WINDOW (f->window));
  g_assert_nonnull (dialog);
  primary = message_text (dialog, "text");
  g_assert_cmpstr (primary, ==, "The journal text was copied");
  close_dialog (dialog);
}

static void
test_suggested_names (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  g_autoptr(HpContact) guard = hp_contact_new ();
  g_autofree char *plan_name = NULL;
  g_autofree char *sheet_name = NULL;
  g_autofree char *xml_name = NULL;

  g_object_set (plan->case_info, "reference", "IFO 2026/0815", "client-name", "Maria L", NULL);
  g_object_set (guard, "kind", HP_CONTACT_KIND_SECURITY_COMPANY, "name", "Johan Vakt", NULL);

  plan_name = hp_export_actions_suggest_name (plan, HP_EXPORT_KIND_PLAN_PDF, NULL);
  sheet_name = hp_export_actions_suggest_name (plan, HP_EXPORT_KIND_HANDOVER_PDF, guard);
  xml_name = hp_export_actions_suggest_name (plan, HP_EXPORT_KIND_CONSENT_XML, NULL);

  g_assert_cmpstr (plan_name, ==, "Retrieval plan IFO 2026-0815.pdf");
  g_assert_cmpstr (sheet_name, ==,
                   "Retrieval plan IFO 2026-0815, handover sheet, Security company.pdf");
  g_assert_cmpstr (xml_name, ==, "Retrieval plan IFO 2026-0815, consents.xml");
  /* No personal names in file names. */
  g_assert_null (strstr (sheet_name, "Johan"));
  g_assert_null (strstr (plan_name, "Maria"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  the_home = g_dir_make_tmp ("hp-test-export-actions-XXXXXX", &error);
  g_assert_no_error (error);
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

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/hp/print/actions/suggested-names", test_suggested_names);

  if (gtk_init_check ())
    {
      the_app = hp_application_new ();
      g_application_register (G_APPLICATION (the_app), NULL, &error);
      g_assert_no_error (error);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

      ADD ("/hp/print/actions/menu-and-accelerator", test_menu_and_accelerator);
      ADD ("/hp/print/actions/exports-write-and-confirm", test_exports_write_and_confirm);
      ADD ("/hp/print/actions/refused-handover", test_refused_handover);
      ADD ("/hp/print/actions/recipient-dialog", test_recipient_dialog);
      ADD ("/hp/print/actions/handover-without-contacts", test_handover_without_contacts);
      ADD ("/hp/print/actions/copy-journal", test_copy_journal);
    }

  status = g_test_run ();
  g_clear_object (&the_app);
  remove_tree (the_home);
  g_free (the_home);
  return status;
}
