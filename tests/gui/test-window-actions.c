/* test-window-actions.c: the main window's actions are there when the plan
 * has what they need, and greyed out where a user meets them when not
 *
 * A handover sheet goes to one of the plan's contacts: with none, Print,
 * Preview and Export of a handover sheet are off, in the menu too, and
 * come on as soon as a contact is added.  The consent record likewise
 * waits for a consent, and the visit card for a visit.  The full plan is
 * always there.  And the keys the
 * window binds are the ones its shortcuts window lists.
 */

#define G_LOG_DOMAIN "test-window-actions"

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "hp-application.h"
#include "hp-model.h"
#include "hp-plan-file.h"
#include "hp-preview-window.h"
#include "hp-visit-dialog.h"
#include "hp-window.h"

#include "hp-test-window-actions.h"

static HpApplication *the_app;

static const char * const handover_actions[] = {
  "win.export-handover", "win.preview-handover", "win.print-handover",
};
static const char * const consent_actions[] = {
  "win.export-consent-pdf", "win.export-consent-xml", "win.preview-consent", "win.print-consent",
};
static const char * const visit_card_actions[] = {
  "win.export-visit-card", "win.preview-visit-card", "win.print-visit-card",
};
static const char * const plan_actions[] = {
  "win.new", "win.open", "win.save", "win.save-as", "win.print", "win.preview-plan",
  "win.export-plan-pdf", "win.copy-journal", "win.show-help-overlay",
};

typedef struct
{
  HpWindow  *window;
  char      *folder;
} Fixture;

static void
iterate (void)
{
  for (int i = 0; i < 50 && g_main_context_iteration (NULL, FALSE); i++)
    ;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->folder = g_dir_make_tmp ("hp-window-actions-XXXXXX", &error);
  g_assert_no_error (error);

  f->window = hp_window_new (GTK_APPLICATION (the_app), hp_application_get_context (the_app));
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  gtk_window_present (GTK_WINDOW (f->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
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
    gtk_window_destroy (GTK_WINDOW (f->window));
  iterate ();
  remove_tree (f->folder);
  g_free (f->folder);
}

static void
assert_all (HpWindow           *window,
            const char * const *actions,
            guint               n_actions,
            gboolean            enabled)
{
  for (guint i = 0; i < n_actions; i++)
    {
      g_assert_true (hp_test_window_has_action (GTK_WINDOW (window), actions[i]));
      if (hp_test_action_enabled (GTK_WINDOW (window), actions[i]) != enabled)
        g_error ("%s is %s", actions[i], enabled ? "disabled" : "enabled");
    }
}

/* The items of the main menu, opened as a user opens it, whose label is
 * @label (as shown, without its mnemonic's underline). */
static void
collect_items (GtkWidget  *root,
               const char *label,
               GPtrArray  *found)
{
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (root), "text") != NULL
      && !GTK_IS_LABEL (root) && !GTK_IS_EDITABLE (root))
    {
      g_autofree char *text = NULL;

      g_object_get (root, "text", &text, NULL);
      if (g_strcmp0 (text, label) == 0)
        g_ptr_array_add (found, root);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_items (child, label, found);
}

static GtkMenuButton *
primary_menu_button (GtkWidget *root)
{
  if (GTK_IS_MENU_BUTTON (root) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (root)))
    return GTK_MENU_BUTTON (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found = primary_menu_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Whether the main menu's item @label can be chosen (not greyed out). */
static gboolean
menu_item_sensitive (HpWindow   *window,
                     const char *label)
{
  GtkMenuButton *button = primary_menu_button (gtk_window_get_titlebar (GTK_WINDOW (window)));
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  gboolean sensitive;

  g_assert_nonnull (button);
  gtk_menu_button_popup (button);
  iterate ();
  collect_items (GTK_WIDGET (gtk_menu_button_get_popover (button)), label, found);
  if (found->len != 1)
    g_error ("the main menu has %u items “%s”", found->len, label);
  sensitive = gtk_widget_get_sensitive (found->pdata[0]);
  gtk_menu_button_popdown (button);
  iterate ();
  return sensitive;
}

static guint
count_toplevels (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  guint n = 0;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (gtk_widget_get_visible (l->data))
      n++;
  return n;
}

static HpContact *
new_contact (const char *name,
             const char *organisation)
{
  HpContact *contact = hp_contact_new ();

  g_object_set (contact, "name", name, "organisation", organisation, NULL);
  return contact;
}

/* A new plan has no contacts: no handover sheet, in the menu neither; a
 * contact added, and there it is; the last one taken away, gone again. */
static void
test_handover_needs_a_contact (Fixture       *f,
                               gconstpointer  data)
{
  HpPlan *plan = hp_window_get_plan (f->window);
  g_autoptr(HpContact) guard = NULL;
  g_autoptr(HpContact) relative = NULL;
  guint before;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->contacts)), ==, 0);
  assert_all (f->window, handover_actions, G_N_ELEMENTS (handover_actions), FALSE);
  assert_all (f->window, plan_actions, G_N_ELEMENTS (plan_actions), TRUE);
  g_assert_false (menu_item_sensitive (f->window, "Print Handover Sheet…"));
  g_assert_true (menu_item_sensitive (f->window, "Print…"));

  /* Chosen anyway (a stale button, a script): nothing opens. */
  before = count_toplevels ();
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-handover", NULL);
  iterate ();
  g_assert_cmpuint (count_toplevels (), ==, before);

  guard = new_contact ("Johannas bror Ali (أخ)", "Väktarbolaget Nord AB");
  g_list_store_append (plan->contacts, guard);
  iterate ();
  assert_all (f->window, handover_actions, G_N_ELEMENTS (handover_actions), TRUE);
  g_assert_true (menu_item_sensitive (f->window, "Print Handover Sheet…"));

  /* A second contact, then both gone. */
  relative = new_contact ("Lars-Erik Öhman", "");
  g_list_store_append (plan->contacts, relative);
  iterate ();
  assert_all (f->window, handover_actions, G_N_ELEMENTS (handover_actions), TRUE);
  g_list_store_remove_all (plan->contacts);
  iterate ();
  assert_all (f->window, handover_actions, G_N_ELEMENTS (handover_actions), FALSE);
  g_assert_false (menu_item_sensitive (f->window, "Print Handover Sheet…"));
}

/* The consent record waits for a consent, and a withdrawn one is still a
 * consent to record. */
static void
test_consent_record_needs_a_consent (Fixture       *f,
                                     gconstpointer  data)
{
  HpPlan *plan = hp_window_get_plan (f->window);
  g_autoptr(HpConsent) consent = hp_consent_new ();

  assert_all (f->window, consent_actions, G_N_ELEMENTS (consent_actions), FALSE);
  g_assert_false (menu_item_sensitive (f->window, "Print Consent Record…"));

  g_object_set (consent, "recipient", "Polisen i Sjöstad", NULL);
  g_list_store_append (plan->consents, consent);
  iterate ();
  assert_all (f->window, consent_actions, G_N_ELEMENTS (consent_actions), TRUE);
  g_assert_true (menu_item_sensitive (f->window, "Print Consent Record…"));
  /* Contacts are another matter. */
  assert_all (f->window, handover_actions, G_N_ELEMENTS (handover_actions), FALSE);
}

/* The shown toplevel of @type, if there is exactly one. */
static GtkWindow *
find_toplevel (GType type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  GtkWindow *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (gtk_widget_get_visible (l->data) && G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      {
        g_assert_null (found);
        found = l->data;
      }
  return found;
}

static HpVisit *
new_visit (const char    *date,
           HpVisitStatus  status)
{
  HpVisit *visit = hp_visit_new ();

  g_object_set (visit, "date", date, "start-time", "10:00", "place", "Utanför Ekvägen 3:s port",
                "status", status, NULL);
  return visit;
}

/* No visit, no visit card (in the menu neither); with one visit the
 * preview shows its card at once; with two, the window asks which, the
 * first still planned chosen to begin with. */
static void
test_visit_card_needs_a_visit (Fixture       *f,
                               gconstpointer  data)
{
  HpPlan *plan = hp_window_get_plan (f->window);
  g_autoptr(HpVisit) first = new_visit ("2026-12-03", HP_VISIT_STATUS_CARRIED_OUT);
  g_autoptr(HpVisit) second = new_visit ("2026-12-10", HP_VISIT_STATUS_PLANNED);
  GtkWindow *preview;
  GtkWindow *dialog;
  guint before;

  assert_all (f->window, visit_card_actions, G_N_ELEMENTS (visit_card_actions), FALSE);
  g_assert_false (menu_item_sensitive (f->window, "Visit Card as PDF…"));
  g_assert_false (menu_item_sensitive (f->window, "Print Visit Card…"));
  before = count_toplevels ();
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.preview-visit-card", NULL);
  iterate ();
  g_assert_cmpuint (count_toplevels (), ==, before);

  g_list_store_append (plan->visits, first);
  iterate ();
  assert_all (f->window, visit_card_actions, G_N_ELEMENTS (visit_card_actions), TRUE);
  g_assert_true (menu_item_sensitive (f->window, "Visit Card as PDF…"));
  g_assert_true (menu_item_sensitive (f->window, "Print Visit Card…"));
  /* Other documents are another matter. */
  assert_all (f->window, handover_actions, G_N_ELEMENTS (handover_actions), FALSE);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.preview-visit-card", NULL);
  iterate ();
  preview = find_toplevel (HP_TYPE_PREVIEW_WINDOW);
  g_assert_nonnull (preview);
  g_assert_cmpint (hp_preview_window_get_kind (HP_PREVIEW_WINDOW (preview)), ==,
                   HP_EXPORT_KIND_VISIT_CARD_PDF);
  g_assert_true (hp_preview_window_get_subject (HP_PREVIEW_WINDOW (preview)) == first);
  g_assert_cmpuint (hp_preview_window_get_n_pages (HP_PREVIEW_WINDOW (preview)), ==, 1);
  gtk_window_destroy (preview);
  iterate ();

  g_list_store_append (plan->visits, second);
  iterate ();
  g_assert_null (find_toplevel (GTK_TYPE_DIALOG));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-visit-card", NULL);
  iterate ();
  dialog = find_toplevel (GTK_TYPE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (hp_visit_dialog_get_visit (GTK_DIALOG (dialog)) == second);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  iterate ();
  g_assert_null (find_toplevel (GTK_TYPE_DIALOG));

  g_list_store_remove_all (plan->visits);
  iterate ();
  assert_all (f->window, visit_card_actions, G_N_ELEMENTS (visit_card_actions), FALSE);
}

/* Another plan in the window: the actions follow the plan shown, not the
 * one before it. */
static void
test_actions_follow_the_plan_shown (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(HpPlan) saved = hp_plan_new ();
  g_autoptr(HpContact) guard = new_contact ("Väktare", "Securitas");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->folder, "IFO 2026-0815.hamtplan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_object_set (saved->case_info, "reference", "IFO 2026-0815", NULL);
  /* A contact in a file has an id. */
  g_object_set (guard, "id", "k1", NULL);
  g_list_store_append (saved->contacts, guard);
  g_assert_true (hp_plan_file_save (saved, path, &error));
  g_assert_no_error (error);

  assert_all (f->window, handover_actions, G_N_ELEMENTS (handover_actions), FALSE);
  g_assert_true (hp_window_open_file (f->window, file));
  iterate ();
  assert_all (f->window, handover_actions, G_N_ELEMENTS (handover_actions), TRUE);
  assert_all (f->window, consent_actions, G_N_ELEMENTS (consent_actions), FALSE);

  /* A new plan (nothing unsaved, so nothing asked): off again. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new", NULL);
  iterate ();
  g_assert_null (hp_window_get_file (f->window));
  assert_all (f->window, handover_actions, G_N_ELEMENTS (handover_actions), FALSE);
}

static void
collect_shortcuts (GtkWidget *root,
                   GPtrArray *triggers)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (root))
    {
      g_autofree char *accelerator = NULL;
      GtkShortcutTrigger *trigger;

      g_object_get (root, "accelerator", &accelerator, NULL);
      trigger = accelerator != NULL ? gtk_shortcut_trigger_parse_string (accelerator) : NULL;
      if (trigger != NULL)
        g_ptr_array_add (triggers, trigger);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_shortcuts (child, triggers);
}

static GtkShortcutsWindow *
find_shortcuts_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_SHORTCUTS_WINDOW (window))
        return GTK_SHORTCUTS_WINDOW (window);
    }
  return NULL;
}

/* Every key the window binds to an action is in the shortcuts window
 * (Alt+1 .. Alt+9 as one line), and does what it says there. */
static void
test_shortcuts_window_lists_the_keys (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(GPtrArray) listed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) controllers = NULL;
  GtkShortcutsWindow *overlay;
  guint n_bound = 0;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-help-overlay", NULL);
  iterate ();
  overlay = find_shortcuts_window ();
  g_assert_nonnull (overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  collect_shortcuts (GTK_WIDGET (overlay), listed);

  controllers = gtk_widget_observe_controllers (GTK_WIDGET (f->window));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *named = gtk_shortcut_get_action (shortcut);
          const char *name;
          gboolean found = FALSE;

          if (!GTK_IS_NAMED_ACTION (named))
            continue;
          name = gtk_named_action_get_action_name (GTK_NAMED_ACTION (named));
          if (!g_str_has_prefix (name, "win.") || strcmp (name, "win.show-section") == 0)
            continue;
          n_bound++;
          for (guint k = 0; k < listed->len && !found; k++)
            found = gtk_shortcut_trigger_equal (listed->pdata[k],
                                                gtk_shortcut_get_trigger (shortcut));
          if (!found)
            {
              g_autofree char *key = gtk_shortcut_trigger_to_string (
                gtk_shortcut_get_trigger (shortcut));

              g_error ("%s (%s) is not in the shortcuts window", key, name);
            }
        }
    }
  /* New, open, save, save as, undo, redo, print, the shortcuts window. */
  g_assert_cmpuint (n_bound, ==, 8);

  /* Closed, it is gone, not kept hidden: GTK 4.8 hands a hidden window's
   * accessible, which has no path, to a screen reader that asks for one
   * window too many, and crashes (tests/e2e: ask_past_last_window). */
  gtk_window_close (GTK_WINDOW (overlay));
  iterate ();
  g_assert_null (find_shortcuts_window ());
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-help-overlay", NULL);
  iterate ();
  g_assert_nonnull (find_shortcuts_window ());
}

static void
assert_undo_redo (HpWindow *window,
                  gboolean  undo,
                  gboolean  redo)
{
  g_assert_cmpint (hp_test_action_enabled (GTK_WINDOW (window), "win.undo"), ==, undo);
  g_assert_cmpint (hp_test_action_enabled (GTK_WINDOW (window), "win.redo"), ==, redo);
}

/* Undo and redo are on while there is something to undo or redo, in the
 * menu too; the plan is unsaved as the step it is back at; a save keeps
 * the steps, and another plan ends them. */
static void
test_undo_follows_the_history (Fixture       *f,
                               gconstpointer  data)
{
  HpPlan *plan = hp_window_get_plan (f->window);
  g_autofree char *path = g_build_filename (f->folder, "Plan för SaÌga.hamtplan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HpItem) item = hp_item_new ();

  assert_undo_redo (f->window, FALSE, FALSE);
  g_assert_false (hp_window_get_dirty (f->window));

  g_object_set (plan->support, "way", HP_SUPPORT_WAY_SECURITY_COMPANY, NULL);
  g_assert_true (hp_window_get_dirty (f->window));
  assert_undo_redo (f->window, TRUE, FALSE);
  g_assert_true (menu_item_sensitive (f->window, "Undo"));
  g_assert_false (menu_item_sensitive (f->window, "Redo"));

  /* Back at the new plan as it was: nothing to save. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  g_assert_cmpint (plan->support->way, ==, 0);
  g_assert_false (hp_window_get_dirty (f->window));
  assert_undo_redo (f->window, FALSE, TRUE);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL);
  g_assert_cmpint (plan->support->way, ==, HP_SUPPORT_WAY_SECURITY_COMPANY);
  g_assert_true (hp_window_get_dirty (f->window));

  /* Saved: the steps stay; undone, the plan is unsaved; redone, saved. */
  g_object_set (item, "name", "Mormors smycken", NULL);
  g_list_store_append (plan->items, item);
  g_assert_true (hp_window_save_to_file (f->window, file));
  g_assert_false (hp_window_get_dirty (f->window));
  assert_undo_redo (f->window, TRUE, FALSE);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->items)), ==, 0);
  g_assert_true (hp_window_get_dirty (f->window));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL);
  g_assert_false (hp_window_get_dirty (f->window));

  /* Another plan: nothing of this one to undo. */
  g_assert_true (hp_window_open_file (f->window, file));
  g_assert_true (hp_window_get_plan (f->window) != plan);
  assert_undo_redo (f->window, FALSE, FALSE);
}

static void
test_no_display (void)
{
  g_test_skip ("no display");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *home = NULL;
  int status;

  home = g_dir_make_tmp ("hp-test-window-actions-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("HOME", home, TRUE);
  for (guint i = 0; i < 4; i++)
    {
      const char *vars[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" };
      const char *dirs[] = { "data", "config", "cache", "state" };
      g_autofree char *dir = g_build_filename (home, dirs[i], NULL);

      g_setenv (vars[i], dir, TRUE);
    }
  {
    g_autofree char *dir = g_build_filename (home, "system-config", NULL);

    g_setenv ("XDG_CONFIG_DIRS", dir, TRUE);
  }

  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_add_func ("/hp/gui/window-actions/no-display", test_no_display);
      status = g_test_run ();
      remove_tree (home);
      return status;
    }

  the_app = hp_application_new ();
  g_application_register (G_APPLICATION (the_app), NULL, &error);
  g_assert_no_error (error);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/hp/gui/window-actions/handover-needs-a-contact", test_handover_needs_a_contact);
  ADD ("/hp/gui/window-actions/consent-record-needs-a-consent",
       test_consent_record_needs_a_consent);
  ADD ("/hp/gui/window-actions/visit-card-needs-a-visit", test_visit_card_needs_a_visit);
  ADD ("/hp/gui/window-actions/actions-follow-the-plan-shown", test_actions_follow_the_plan_shown);
  ADD ("/hp/gui/window-actions/shortcuts-window-lists-the-keys",
       test_shortcuts_window_lists_the_keys);
  ADD ("/hp/gui/window-actions/undo-follows-the-history", test_undo_follows_the_history);

  status = g_test_run ();

  g_clear_object (&the_app);
  remove_tree (home);
  return status;
}
