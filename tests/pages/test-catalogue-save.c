/* test-catalogue-save.c: "Save in the catalogue" on the contacts, items
 * and measures pages, driven in-process under a display
 *
 * The catalogue is read from a user file in a folder of the test's own,
 * as hp_catalogue_load_system() reads ~/.config/hamtplan/catalogue.json.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <locale.h>
#include <string.h>

#include "hp-catalogue-picker.h"
#include "hp-list-editor.h"
#include "hp-model.h"
#include "hp-page-private.h"
#include "hp-page.h"

static void
iterate (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
on_clicked (gboolean *clicked)
{
  *clicked = TRUE;
}

/* A button activated from the keyboard says "clicked" once its press has
 * been shown, a little later. */
static void
activate_and_wait (GtkWidget *button)
{
  gboolean clicked = FALSE;
  gulong id = g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_clicked), &clicked);
  gint64 end = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;

  g_assert_true (gtk_widget_activate (button));
  while (!clicked && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (button, id);
  g_assert_true (clicked);
  iterate ();
}

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The button whose tooltip begins with @text. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *text)
{
  const char *tooltip = gtk_widget_get_tooltip_text (widget);

  if (GTK_IS_BUTTON (widget) && tooltip != NULL && g_str_has_prefix (tooltip, text))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, text);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Whether some visible label under @widget contains @text. */
static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_is_visible (widget) &&
      strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_text (child, text))
      return TRUE;
  return FALSE;
}

static GtkWidget *
show_page (HpSection    section,
           HpCatalogue *catalogue,
           HpPlan      *plan)
{
  GtkWidget *page = hp_page_new (section, catalogue);
  GtkWidget *window = gtk_window_new ();

  hp_page_set_plan (page, plan);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 760);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  iterate ();
  return window;
}

static void
add_contact (HpPlan        *plan,
             const char    *id,
             HpContactKind  kind,
             const char    *name,
             const char    *address)
{
  g_autoptr(HpContact) contact = hp_contact_new ();

  g_object_set (contact, "id", id, "kind", kind, "name", name, "address", address,
                "note", "Ringde om Sågas ärende", "phone", "010-56 56 00", NULL);
  g_list_store_append (plan->contacts, contact);
}

static char *
file_text (const char *path)
{
  char *text = NULL;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return g_strdup ("");
  return text;
}

typedef struct
{
  char        *dir;
  char        *user;
  HpCatalogue *catalogue;
  HpPlan      *plan;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  HpCase *case_info;

  f->dir = g_dir_make_tmp ("hamtplan-save-XXXXXX", NULL);
  f->user = g_build_filename (f->dir, "hamtplan", HP_CATALOGUE_FILE_NAME, NULL);
  f->catalogue = hp_catalogue_load_files ((const char *[]) { f->user, NULL }, NULL);
  f->plan = hp_plan_new ();
  case_info = f->plan->case_info;
  g_object_set (case_info, "client_name", "Sa\xcc\x8aga Al-Hāshimī",
                "home_address", "Björkvägen 5, 123 45 Sjöstad", NULL);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *folder = g_path_get_dirname (f->user);

  g_remove (f->user);
  g_rmdir (folder);
  g_rmdir (f->dir);
  g_clear_object (&f->plan);
  g_clear_object (&f->catalogue);
  g_free (f->user);
  g_free (f->dir);
}

/* With no contacts in the catalogue the page says where a municipality puts
 * them, and offers no picker; the police contact saved from the plan is in
 * the picker at once, without what belonged to the case; a relative and a
 * "handover site" at the client's home are never saved. */
static void
test_contacts (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *window, *page, *save, *picker;
  HpListEditor *editor;
  g_autofree char *admin = g_build_filename (g_get_system_config_dirs ()[0], "hamtplan",
                                             HP_CATALOGUE_FILE_NAME, NULL);
  g_autofree char *text = NULL;

  add_contact (f->plan, "k1", HP_CONTACT_KIND_POLICE, "Lokalpolisområde Sjöstad", "Polisvägen 1");
  add_contact (f->plan, "k2", HP_CONTACT_KIND_RELATIVE, "Fatima Al-Hāshimī", "");
  add_contact (f->plan, "k3", HP_CONTACT_KIND_HANDOVER_SITE, "Porten",
               "vid Björkvägen 5 i Sjöstad");
  window = show_page (HP_SECTION_CONTACTS, f->catalogue, f->plan);
  page = gtk_window_get_child (GTK_WINDOW (window));
  editor = HP_LIST_EDITOR (find_type (page, HP_TYPE_LIST_EDITOR));

  picker = find_type (page, HP_TYPE_CATALOGUE_PICKER);
  g_assert_true (picker == NULL || !gtk_widget_get_visible (picker));
  g_assert_true (shows_text (page, admin));

  save = find_button (page, "Save the selected");
  g_assert_nonnull (save);
  gtk_list_box_unselect_all (hp_list_editor_get_list_box (editor));
  g_assert_false (gtk_widget_get_sensitive (save));

  /* A relative: refused, nothing written. */
  g_assert_true (hp_list_editor_select (editor, 1));
  g_assert_true (gtk_widget_get_sensitive (save));
  g_signal_emit_by_name (save, "clicked");
  iterate ();
  g_assert_nonnull (strstr (hp_list_editor_get_message (editor), "relative"));
  g_assert_false (g_file_test (f->user, G_FILE_TEST_EXISTS));

  /* A handover site at the client's home: refused by what it shows. */
  g_assert_true (hp_list_editor_select (editor, 2));
  g_signal_emit_by_name (save, "clicked");
  iterate ();
  g_assert_nonnull (strstr (hp_list_editor_get_message (editor), "address"));
  g_assert_false (g_file_test (f->user, G_FILE_TEST_EXISTS));

  /* The police: saved from the keyboard, and offered at once. */
  g_assert_true (hp_list_editor_select (editor, 0));
  g_assert_true (gtk_widget_grab_focus (save));
  activate_and_wait (save);
  g_assert_nonnull (strstr (hp_list_editor_get_message (editor), "Saved “Lokalpolisområde Sjöstad”"));
  picker = find_type (page, HP_TYPE_CATALOGUE_PICKER);
  g_assert_nonnull (picker);
  g_assert_true (gtk_widget_get_visible (picker));
  g_assert_cmpuint (hp_catalogue_picker_get_n_entries (HP_CATALOGUE_PICKER (picker)), ==, 1);
  g_assert_false (shows_text (page, admin));
  text = file_text (f->user);
  g_assert_nonnull (strstr (text, "Lokalpolisområde Sjöstad"));
  g_assert_null (strstr (text, "Fatima"));
  g_assert_null (strstr (text, "Såga"));
  g_assert_null (strstr (text, "k1"));

  /* Twice: refused with the reader's reason. */
  g_signal_emit_by_name (save, "clicked");
  iterate ();
  g_assert_nonnull (strstr (hp_list_editor_get_message (editor), "already in your catalogue"));

  /* Picked from the catalogue into the plan: a copy with an id of its own. */
  hp_catalogue_picker_set_checked (HP_CATALOGUE_PICKER (picker), 0, TRUE);
  g_assert_true (hp_catalogue_picker_activate_add (HP_CATALOGUE_PICKER (picker)));
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->plan->contacts)), ==, 4);
  {
    g_autoptr(HpContact) copy = g_list_model_get_item (G_LIST_MODEL (f->plan->contacts), 3);

    g_assert_cmpstr (copy->name, ==, "Lokalpolisområde Sjöstad");
    g_assert_cmpstr (copy->note, ==, "");
    g_assert_cmpstr (copy->id, ==, "k4");
  }
  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
}

/* A belonging and a measure saved are offered by the pickers at once;
 * one that names the client is not saved. */
static void
test_items_and_measures (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(HpItem) item = hp_item_new ();
  g_autoptr(HpItem) hers = hp_item_new ();
  g_autoptr(HpMeasure) measure = hp_measure_new ();
  GtkWidget *window, *page, *save;
  HpCataloguePicker *picker;
  guint before;
  g_autofree char *text = NULL;

  g_object_set (item, "name", "Hörapparatens laddare", "category", HP_ITEM_CATEGORY_AIDS,
                "priority", HP_PRIORITY_MUST, "location", "Hallen, Björkvägen 5", NULL);
  g_object_set (hers, "name", "Sågas smycken", "category", HP_ITEM_CATEGORY_MEMENTOS, NULL);
  g_list_store_append (f->plan->items, item);
  g_list_store_append (f->plan->items, hers);
  g_object_set (measure, "title", "Ring tolkförmedlingen dagen före", "responsible", "Handläggaren",
                "note", "Såga vill ha kvinnlig tolk", NULL);
  g_list_store_append (f->plan->measures, measure);

  window = show_page (HP_SECTION_ITEMS, f->catalogue, f->plan);
  page = gtk_window_get_child (GTK_WINDOW (window));
  picker = HP_CATALOGUE_PICKER (find_type (page, HP_TYPE_CATALOGUE_PICKER));
  before = hp_catalogue_picker_get_n_entries (picker);
  save = find_button (page, "Save the selected");
  g_assert_nonnull (save);
  gtk_selection_model_unselect_all (
    GTK_SELECTION_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (find_type (page, GTK_TYPE_COLUMN_VIEW)))));
  g_assert_false (gtk_widget_get_sensitive (save));

  g_assert_true (gtk_selection_model_select_item (
    GTK_SELECTION_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (find_type (page, GTK_TYPE_COLUMN_VIEW)))),
    1, TRUE));
  g_assert_true (gtk_widget_get_sensitive (save));
  g_signal_emit_by_name (save, "clicked");
  iterate ();
  g_assert_true (shows_text (page, "the client's name"));
  g_assert_false (g_file_test (f->user, G_FILE_TEST_EXISTS));

  g_assert_true (gtk_selection_model_select_item (
    GTK_SELECTION_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (find_type (page, GTK_TYPE_COLUMN_VIEW)))),
    0, TRUE));
  g_signal_emit_by_name (save, "clicked");
  iterate ();
  g_assert_cmpuint (hp_catalogue_picker_get_n_entries (picker), ==, before + 1);
  g_assert_true (shows_text (page, "Saved “Hörapparatens laddare”"));
  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();

  window = show_page (HP_SECTION_MEASURES, f->catalogue, f->plan);
  page = gtk_window_get_child (GTK_WINDOW (window));
  picker = HP_CATALOGUE_PICKER (find_type (page, HP_TYPE_CATALOGUE_PICKER));
  before = hp_catalogue_picker_get_n_entries (picker);
  save = find_button (page, "Save the selected");
  g_assert_true (hp_list_editor_select (HP_LIST_EDITOR (find_type (page, HP_TYPE_LIST_EDITOR)), 0));
  g_signal_emit_by_name (save, "clicked");
  iterate ();
  g_assert_cmpuint (hp_catalogue_picker_get_n_entries (picker), ==, before + 1);

  text = file_text (f->user);
  g_assert_nonnull (strstr (text, "Hörapparatens laddare"));
  g_assert_nonnull (strstr (text, "Ring tolkförmedlingen dagen före"));
  g_assert_null (strstr (text, "Såga"));
  g_assert_null (strstr (text, "Björkvägen"));
  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
}

static void
skip_without_display (void)
{
  g_test_skip ("no display");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_add_func ("/catalogue-save/no-display", skip_without_display);
      return g_test_run ();
    }

  g_test_add ("/catalogue-save/contacts", Fixture, NULL, fixture_setup, test_contacts,
              fixture_teardown);
  g_test_add ("/catalogue-save/items-and-measures", Fixture, NULL, fixture_setup,
              test_items_and_measures, fixture_teardown);

  return g_test_run ();
}
