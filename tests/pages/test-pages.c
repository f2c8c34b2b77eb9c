/* test-pages.c: the section pages, driven in-process under a display
 *
 * Each test builds pages as the window does (hp_page_new, hp_page_set_plan),
 * shows them in a window, acts on the widgets as a user would and asserts
 * what the plan holds afterwards.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <locale.h>
#include <string.h>

#include "hp-catalogue-picker.h"
#include "hp-checks.h"
#include "hp-follow-up-page.h"
#include "hp-items-page.h"
#include "hp-list-editor.h"
#include "hp-model.h"
#include "hp-page-private.h"
#include "hp-page-util.h"
#include "hp-page.h"
#include "hp-record-dialog.h"
#include "hp-record-form.h"

/* A valid personnummer (Skatteverket's test number) and one with a wrong
 * check digit. */
#define VALID_ID   "19121212-1212"
#define INVALID_ID "19121212-1213"

static const char catalogue_json[] =
  "{ \"format\": \"hamtplan-catalogue\", \"version\": 1, \"name\": \"Test\","
  "  \"items\": ["
  "    { \"name\": \"Pass\", \"category\": \"identity\", \"priority\": \"must\" },"
  "    { \"name\": \"Mediciner\", \"category\": \"medicine\", \"priority\": \"must\" },"
  "    { \"name\": \"Fotografier\", \"category\": \"mementos\", \"priority\": \"if-possible\" },"
  "    { \"name\": \"Gosedjur\", \"category\": \"childrens-things\", \"priority\": \"must\","
  "      \"for_child\": true }"
  "  ],"
  "  \"measures\": ["
  "    { \"title\": \"Två personal följer med\", \"responsible\": \"Handläggaren\" },"
  "    { \"title\": \"Kodord överenskommet\", \"responsible\": \"\" }"
  "  ],"
  "  \"contacts\": ["
  "    { \"kind\": \"security-company\", \"name\": \"Bevakning AB\", \"phone\": \"070-111 22 33\" },"
  "    { \"kind\": \"police\", \"name\": \"Lokalpolisen\", \"phone\": \"114 14\" }"
  "  ],"
  "  \"consent_wording\": \"Jag vet vad samtycket gäller.\" }";

/* Helpers */

static void
iterate (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static HpCatalogue *
test_catalogue (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (catalogue_json, strlen (catalogue_json));
  g_autoptr(GError) error = NULL;
  HpCatalogue *catalogue = hp_catalogue_load_bytes (bytes, "test", &error);

  g_assert_no_error (error);
  g_assert_nonnull (catalogue);
  return catalogue;
}

/* A window holding @page at a usual size, drawn once. */
static GtkWidget *
show_page (GtkWidget *page)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 760);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  iterate ();
  return window;
}

static void
activate_undo (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       history)
{
  hp_history_undo (history);
}

/* The window's win.undo, as HpWindow has it, over a history of @plan: the
 * pages' own Undo buttons go through it. */
static HpHistory *
give_window_undo (GtkWidget *window,
                  HpPlan    *plan)
{
  HpHistory *history = hp_history_new ();
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) undo = g_simple_action_new ("undo", NULL);

  hp_history_set_plan (history, plan);
  g_signal_connect (undo, "activate", G_CALLBACK (activate_undo), history);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (undo));
  gtk_widget_insert_action_group (window, "win", G_ACTION_GROUP (group));
  g_object_set_data_full (G_OBJECT (window), "hp-history", history, g_object_unref);
  return history;
}

static GtkWidget *
new_page (HpSection    section,
          HpCatalogue *catalogue,
          HpPlan      *plan,
          GtkWidget  **window)
{
  GtkWidget *page = hp_page_new (section, catalogue);

  hp_page_set_plan (page, plan);
  *window = show_page (page);
  return page;
}

static GtkWidget *
page_editor (GtkWidget  *page,
             const char *path)
{
  GtkWidget *form = hp_page_find_form (HP_PAGE (page), path);
  const char *field;

  g_assert_nonnull (form);
  field = path + strlen (hp_record_form_get_path (HP_RECORD_FORM (form))) + 1;
  return hp_record_form_get_editor (HP_RECORD_FORM (form), field);
}

static HpListEditor *
page_list (GtkWidget  *page,
           const char *path)
{
  GtkWidget *editor = hp_page_find_editor (HP_PAGE (page), path);

  g_assert_nonnull (editor);
  return HP_LIST_EDITOR (editor);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static guint
count_descendants (GtkWidget *widget,
                   GType      type)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (widget, type) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_descendants (child, type);
  return n;
}

static gboolean
focus_is_in (GtkWidget *window,
             GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static HpItem *
add_item (HpPlan         *plan,
          const char     *name,
          HpPriority      priority,
          HpItemStatus    status,
          HpItemCategory  category)
{
  g_autoptr(HpItem) item = hp_item_new ();

  g_object_set (item, "name", name, "priority", priority, "status", status,
                "category", category, NULL);
  g_list_store_append (plan->items, item);
  return item;
}

static void
add_child (HpPlan     *plan,
           const char *id,
           const char *name)
{
  g_autoptr(HpChild) child = hp_child_new ();

  g_object_set (child, "id", id, "name", name, NULL);
  g_list_store_append (plan->case_info->children, child);
}

static void
add_contact (HpPlan        *plan,
             const char    *id,
             HpContactKind  kind,
             const char    *name)
{
  g_autoptr(HpContact) contact = hp_contact_new ();

  g_object_set (contact, "id", id, "kind", kind, "name", name, NULL);
  g_list_store_append (plan->contacts, contact);
}

static void
close_window (GtkWidget *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
}

/* Tests */

static void
test_every_page (void)
{
  g_autoptr(HpCatalogue) catalogue = test_catalogue ();
  g_autoptr(HpPlan) plan = hp_plan_new ();
  guint n = hp_enum_get_n_values (HP_TYPE_SECTION);

  g_assert_cmpuint (n, ==, 9);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *window;
      GtkWidget *page = new_page ((HpSection) i, catalogue, plan, &window);

      g_assert_cmpint (hp_page_get_section (page), ==, i);
      /* The template loaded: there is something to focus, and Tab gets there. */
      gtk_window_set_focus (GTK_WINDOW (window), NULL);
      g_assert_true (gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD));
      g_assert_true (focus_is_in (window, page));
      /* Nothing is wider than the window allows. */
      g_assert_cmpint (gtk_widget_get_width (page), <=, 1000);

      hp_page_set_plan (page, NULL);
      hp_page_set_plan (page, plan);
      close_window (window);
    }
}

static gboolean
shown_in_forms (GPtrArray  *forms,
                const char *path,
                const char *field)
{
  for (guint i = 0; i < forms->len; i++)
    {
      HpRecordForm *form = g_ptr_array_index (forms, i);

      if (g_strcmp0 (hp_record_form_get_path (form), path) == 0 &&
          hp_record_form_has_field (form, field))
        return TRUE;
    }
  return FALSE;
}

static gboolean
shown_in_lists (GPtrArray  *editors,
                const char *path,
                const char *field)
{
  for (guint i = 0; i < editors->len; i++)
    {
      HpListEditor *editor = g_ptr_array_index (editors, i);
      g_auto(GStrv) fields = NULL;

      if (g_strcmp0 (hp_list_editor_get_path (editor), path) != 0)
        continue;
      g_object_get (editor, "fields", &fields, NULL);
      if (fields != NULL && g_strv_contains ((const char * const *) fields, field))
        return TRUE;
    }
  return FALSE;
}

static void
check_record_fields (GType       type,
                     const char *path,
                     gboolean    in_list,
                     GPtrArray  *forms,
                     GPtrArray  *editors,
                     guint      *checked)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  guint n_fields;
  const HpField *fields = hp_record_class_get_fields (HP_RECORD_CLASS (klass), &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      const HpField *field = &fields[i];
      g_autofree char *sub = *path ? g_strdup_printf ("%s.%s", path, field->name)
                                   : g_strdup (field->name);

      if (field->kind == HP_FIELD_RECORD)
        check_record_fields (field->get_type (), sub, FALSE, forms, editors, checked);
      else if (strcmp (sub, "disclosures") == 0)
        continue;  /* the disclosure log: noted by the program, shown read-only */
      else if (field->kind == HP_FIELD_LIST)
        check_record_fields (field->get_type (), sub, TRUE, forms, editors, checked);
      else if (strcmp (field->name, "id") == 0)
        continue;  /* given by the program */
      else
        {
          gboolean shown;

          if (in_list && strcmp (path, "items") == 0)
            {
              /* The items page's dialog shows the whole form of an item. */
              GtkWidget *form = g_object_ref_sink (hp_record_form_new (HP_TYPE_ITEM, NULL));

              shown = hp_record_form_has_field (HP_RECORD_FORM (form), field->name);
              g_object_unref (form);
            }
          else if (in_list)
            shown = shown_in_lists (editors, path, field->name);
          else
            shown = shown_in_forms (forms, path, field->name);
          if (!shown)
            g_error ("the field %s has no input on any page", sub);
          (*checked)++;
        }
    }
}

static void
collect_widgets (GtkWidget *widget,
                 GPtrArray *forms,
                 GPtrArray *editors)
{
  if (HP_IS_RECORD_FORM (widget) && hp_record_form_get_path (HP_RECORD_FORM (widget)) != NULL)
    g_ptr_array_add (forms, widget);
  if (HP_IS_LIST_EDITOR (widget))
    g_ptr_array_add (editors, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, forms, editors);
}

/* The field tables are the description of the model: every field of every
 * record has an input on some page (or in the dialog of its list). */
static void
test_every_field_editable (void)
{
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_object_unref);
  g_autoptr(GPtrArray) forms = g_ptr_array_new ();
  g_autoptr(GPtrArray) editors = g_ptr_array_new ();
  guint checked = 0;

  for (guint i = 0; i < hp_enum_get_n_values (HP_TYPE_SECTION); i++)
    {
      GtkWidget *page = g_object_ref_sink (hp_page_new ((HpSection) i, NULL));

      g_ptr_array_add (pages, page);
      collect_widgets (page, forms, editors);
    }

  check_record_fields (HP_TYPE_PLAN, "", FALSE, forms, editors, &checked);
  /* Every plan field but ids; a real count guards against an empty walk. */
  g_assert_cmpuint (checked, >, 100);

  /* The items page edits items in a dialog with every field. */
  g_assert_null (hp_page_find_editor (g_ptr_array_index (pages, HP_SECTION_ITEMS), "items"));
}

static void
count_change (guint *counter)
{
  (*counter)++;
}

/* Presses @keyval on @widget through its shortcut controllers, as the key
 * would. */
static gboolean
press_shortcut (GtkWidget *widget,
                guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval)
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }
  return FALSE;
}

static void
test_case_typing (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  GtkWidget *window;
  GtkWidget *page = new_page (HP_SECTION_CASE, NULL, plan, &window);
  GtkWidget *name = page_editor (page, "case.client_name");
  GtkWidget *notes = page_editor (page, "case.notes");
  GtkWidget *protection = page_editor (page, "case.protection");
  GtkWidget *interpreter = page_editor (page, "case.interpreter_needed");
  GtkWidget *date = page_editor (page, "case.needed_by");
  guint changes = 0;

  g_assert_true (GTK_IS_ENTRY (name));
  /* Typing in the plan is undone with the window's history, one for every
   * edit: the inputs keep no undo of their own to take Ctrl+Z first. */
  g_assert_false (gtk_editable_get_enable_undo (GTK_EDITABLE (name)));
  g_assert_false (gtk_editable_get_enable_undo (GTK_EDITABLE (date)));
  g_assert_false (gtk_text_buffer_get_enable_undo (gtk_text_view_get_buffer (GTK_TEXT_VIEW (notes))));
  gtk_widget_grab_focus (name);
  gtk_editable_set_text (GTK_EDITABLE (name), "A. K.");
  g_assert_cmpstr (plan->case_info->client_name, ==, "A. K.");

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (notes)), "Rad ett\nRad två",
                            -1);
  g_assert_cmpstr (plan->case_info->notes, ==, "Rad ett\nRad två");

  gtk_drop_down_set_selected (GTK_DROP_DOWN (protection), HP_PROTECTION_PROTECTED_REGISTRATION);
  g_assert_cmpint (plan->case_info->protection, ==, HP_PROTECTION_PROTECTED_REGISTRATION);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (interpreter), TRUE);
  g_assert_true (plan->case_info->interpreter_needed);

  gtk_editable_set_text (GTK_EDITABLE (date), "2026-12-01");
  g_assert_cmpstr (plan->case_info->needed_by, ==, "2026-12-01");

  /* The other way: the plan changes, the inputs follow, without writing back. */
  g_signal_connect_swapped (plan, "changed", G_CALLBACK (count_change), &changes);
  g_object_set (plan->case_info, "client-name", "B. L.", "notes", "Ny text",
                "needed-by", "2027-01-15", "protection", HP_PROTECTION_NONE, NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "B. L.");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date)), ==, "2027-01-15");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (protection)), ==,
                    HP_PROTECTION_NONE);
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (notes));
    GtkTextIter start, end;
    g_autofree char *text = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (text, ==, "Ny text");
  }
  /* One change for the one g_object_set (), none echoed back by the
   * widgets as they follow. */
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpstr (plan->case_info->client_name, ==, "B. L.");

  /* A new plan: the page edits that one. */
  {
    g_autoptr(HpPlan) other = hp_plan_new ();

    g_object_set (other->case_info, "client-name", "C. M.", NULL);
    hp_page_set_plan (page, other);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "C. M.");
    gtk_editable_set_text (GTK_EDITABLE (name), "D. N.");
    g_assert_cmpstr (other->case_info->client_name, ==, "D. N.");
    g_assert_cmpstr (plan->case_info->client_name, ==, "B. L.");
    hp_page_set_plan (page, NULL);
  }

  g_signal_handlers_disconnect_by_data (plan, &changes);
  close_window (window);
}

static void
test_invalid_input_kept (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  GtkWidget *window;
  GtkWidget *page = new_page (HP_SECTION_CASE, NULL, plan, &window);
  GtkWidget *form = hp_page_find_form (HP_PAGE (page), "case.client_id_number");
  GtkWidget *id = page_editor (page, "case.client_id_number");
  GtkWidget *date = page_editor (page, "case.needed_by");
  GtkWidget *date_form;
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;
  const char *error;

  g_assert_true (hp_id_number_validate (VALID_ID, NULL, NULL));
  g_assert_false (hp_id_number_validate (INVALID_ID, NULL, NULL));

  gtk_editable_set_text (GTK_EDITABLE (id), VALID_ID);
  g_assert_cmpstr (plan->case_info->client_id_number, ==, VALID_ID);
  g_assert_null (hp_record_form_get_error (HP_RECORD_FORM (form), "client_id_number"));

  /* A wrong check digit: the reason shows below the input, the text stays
   * as typed, and the plan keeps the last valid number. */
  gtk_editable_set_text (GTK_EDITABLE (id), INVALID_ID);
  iterate ();
  error = hp_record_form_get_error (HP_RECORD_FORM (form), "client_id_number");
  g_assert_nonnull (error);
  /* The reason, without the number: it is nearly always the person's own. */
  g_assert_null (strstr (error, INVALID_ID));
  g_assert_nonnull (strstr (error, "check digit"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (id)), ==, INVALID_ID);
  g_assert_true (gtk_widget_has_css_class (id, "error"));
  g_assert_cmpstr (plan->case_info->client_id_number, ==, VALID_ID);
  path = hp_page_dup_invalid_field (page, &message);
  g_assert_cmpstr (path, ==, "case.client_id_number");
  g_assert_cmpstr (message, ==, error);

  /* Other edits of the plan do not wipe the typed text. */
  g_object_set (plan->case_info, "reference", "IFO 2026-123", NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (id)), ==, INVALID_ID);

  /* Corrected: the error goes and the plan gets the number. */
  gtk_editable_set_text (GTK_EDITABLE (id), "191212121212");
  g_assert_null (hp_record_form_get_error (HP_RECORD_FORM (form), "client_id_number"));
  g_assert_false (gtk_widget_has_css_class (id, "error"));
  g_assert_cmpstr (plan->case_info->client_id_number, ==, "191212121212");
  g_clear_pointer (&path, g_free);
  path = hp_page_dup_invalid_field (page, NULL);
  g_assert_null (path);

  /* An impossible date, typed with the focus in the input: the reason
   * shows when the user leaves it. */
  date_form = hp_page_find_form (HP_PAGE (page), "case.needed_by");
  gtk_widget_grab_focus (date);
  gtk_editable_set_text (GTK_EDITABLE (date), "2026-02-30");
  g_assert_cmpstr (plan->case_info->needed_by, ==, "");
  /* (Without a window manager the window may not have the keyboard focus;
   * then the input never "has" it and the reason shows at once.) */
  if (gtk_window_is_active (GTK_WINDOW (window)))
    g_assert_null (hp_record_form_get_error (HP_RECORD_FORM (date_form), "needed_by"));
  gtk_widget_grab_focus (id);
  iterate ();
  g_assert_nonnull (hp_record_form_get_error (HP_RECORD_FORM (date_form), "needed_by"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date)), ==, "2026-02-30");
  g_assert_cmpstr (plan->case_info->needed_by, ==, "");

  /* The calendar button beside the input opens a calendar. */
  {
    GtkWidget *button = gtk_widget_get_next_sibling (date);
    GtkWidget *calendar;

    g_assert_true (GTK_IS_BUTTON (button));
    g_assert_cmpstr (gtk_widget_get_tooltip_text (button), !=, NULL);
    g_signal_emit_by_name (button, "clicked");
    iterate ();
    calendar = find_descendant (date_form, GTK_TYPE_CALENDAR);
    g_assert_nonnull (calendar);
    g_assert_true (gtk_widget_get_mapped (calendar));
    g_assert_true (focus_is_in (window, calendar));
  }

  /* Picking a day in the calendar replaces it. */
  {
    g_autoptr(GDateTime) day = g_date_time_new_local (2026, 11, 27, 0, 0, 0);

    hp_record_form_pick_date (HP_RECORD_FORM (date_form), "needed_by", day);
    g_assert_cmpstr (plan->case_info->needed_by, ==, "2026-11-27");
    g_assert_null (hp_record_form_get_error (HP_RECORD_FORM (date_form), "needed_by"));
  }

  close_window (window);
}

static HpRecordDialog *
open_add (HpListEditor *editor)
{
  HpRecordDialog *dialog = hp_list_editor_add (editor);

  g_assert_nonnull (dialog);
  g_assert_true (hp_list_editor_get_dialog (editor) == dialog);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  return dialog;
}

static void
set_dialog_text (HpRecordDialog *dialog,
                 const char     *field,
                 const char     *text)
{
  GtkWidget *editor = hp_record_form_get_editor (hp_record_dialog_get_form (dialog), field);

  g_assert_nonnull (editor);
  if (GTK_IS_TEXT_VIEW (editor))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (editor), text);
}

/* The child dialog grows with its messages: with a message under each of
 * two fields the last field is still inside the window, and the dialog is
 * taller than before. */
static void
test_dialog_grows_with_messages (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  GtkWidget *window;
  GtkWidget *page = new_page (HP_SECTION_CASE, NULL, plan, &window);
  HpRecordDialog *dialog = open_add (page_list (page, "case.children"));
  HpRecordForm *form = hp_record_dialog_get_form (dialog);
  g_auto(GStrv) fields = NULL;
  GtkWidget *last;
  graphene_rect_t bounds;
  int before, after;

  before = gtk_widget_get_height (GTK_WIDGET (dialog));
  g_assert_false (hp_record_dialog_accept (dialog));      /* the name is required */
  set_dialog_text (dialog, "id_number", INVALID_ID);
  g_assert_nonnull (hp_record_form_get_error (form, "name"));
  g_assert_nonnull (hp_record_form_get_error (form, "id_number"));
  for (guint i = 0; i < 4; i++)
    {
      iterate ();
      gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
    }
  after = gtk_widget_get_height (GTK_WIDGET (dialog));
  g_assert_cmpint (after, >, before);

  g_object_get (form, "fields", &fields, NULL);
  last = hp_record_form_get_editor (form, fields[g_strv_length (fields) - 1]);
  g_assert_true (gtk_widget_compute_bounds (last, GTK_WIDGET (dialog), &bounds));
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, after);

  gtk_window_destroy (GTK_WINDOW (dialog));
  close_window (window);
}

static void
test_list_add_edit_remove (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  GtkWidget *window;
  GtkWidget *page = new_page (HP_SECTION_CASE, NULL, plan, &window);
  HpListEditor *children = page_list (page, "case.children");
  HpHistory *history;
  GListModel *list = G_LIST_MODEL (plan->case_info->children);
  HpRecordDialog *dialog;
  g_autoptr(HpChild) child = NULL;

  /* Add: a name is required; OK is refused until it is there. */
  dialog = open_add (children);
  g_assert_false (hp_record_dialog_accept (dialog));
  g_assert_nonnull (hp_record_form_get_error (hp_record_dialog_get_form (dialog), "name"));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  set_dialog_text (dialog, "name", "Elsa");
  set_dialog_text (dialog, "id_number", VALID_ID);
  /* A dialog's copy is no part of the plan until OK: its inputs keep their
   * own undo. */
  g_assert_true (gtk_editable_get_enable_undo (GTK_EDITABLE (hp_record_form_get_editor (
                   hp_record_dialog_get_form (dialog), "name"))));
  /* Nothing reaches the plan before OK. */
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_assert_true (hp_record_dialog_accept (dialog));
  iterate ();
  g_assert_null (hp_list_editor_get_dialog (children));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  child = g_list_model_get_item (list, 0);
  g_assert_cmpstr (child->name, ==, "Elsa");
  g_assert_cmpstr (child->id_number, ==, VALID_ID);
  g_assert_cmpstr (child->id, ==, "b1");
  g_assert_cmpint (hp_list_editor_get_selected (children), ==, 0);

  /* Edit and cancel: unchanged. */
  dialog = hp_list_editor_edit (children, 0);
  set_dialog_text (dialog, "name", "Elsa Svensson");
  gtk_window_close (GTK_WINDOW (dialog));
  iterate ();
  g_assert_cmpstr (child->name, ==, "Elsa");

  /* Edit with an invalid personnummer: refused, and the text kept. */
  dialog = hp_list_editor_edit (children, 0);
  set_dialog_text (dialog, "name", "Elsa Svensson");
  set_dialog_text (dialog, "id_number", INVALID_ID);
  g_assert_false (hp_record_dialog_accept (dialog));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (hp_record_form_get_editor (
                     hp_record_dialog_get_form (dialog), "id_number"))), ==, INVALID_ID);
  g_assert_nonnull (hp_record_form_get_error (hp_record_dialog_get_form (dialog), "id_number"));
  g_assert_cmpstr (child->name, ==, "Elsa");
  set_dialog_text (dialog, "id_number", "");
  g_assert_true (hp_record_dialog_accept (dialog));
  iterate ();
  g_assert_cmpstr (child->name, ==, "Elsa Svensson");
  g_assert_cmpstr (child->id_number, ==, "");
  /* The record in the plan is the same object, edited in place. */
  {
    g_autoptr(HpChild) again = g_list_model_get_item (list, 0);
    g_assert_true (again == child);
  }

  /* A child who owns an item cannot be removed. */
  {
    g_autoptr(HpItem) item = hp_item_new ();

    g_object_set (item, "name", "Gosedjur", "owner", "b1", NULL);
    g_list_store_append (plan->items, item);
    g_assert_false (hp_list_editor_remove (children, 0));
    g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
    g_assert_nonnull (strstr (hp_list_editor_get_message (children), "1"));
    g_list_store_remove (plan->items, 0);
  }

  /* Remove, and undo: through the window's history, which can then
   * redo the removal. */
  history = give_window_undo (window, plan);
  g_assert_true (hp_list_editor_remove (children, 0));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_assert_nonnull (strstr (hp_list_editor_get_message (children), "Elsa Svensson"));
  g_assert_true (hp_list_editor_undo (children));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  {
    g_autoptr(HpChild) back = g_list_model_get_item (list, 0);
    g_assert_true (back == child);
  }
  g_assert_false (hp_list_editor_undo (children));
  g_assert_true (hp_history_redo (history));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_assert_true (hp_history_undo (history));

  /* Another edit after the removal: the offer goes, so that its Undo never
   * takes back something else. */
  g_assert_true (hp_list_editor_remove (children, 0));
  g_object_set (plan->case_info, "notes", "Barnen bor hos mormor.", NULL);
  g_assert_false (hp_list_editor_undo (children));
  g_assert_true (hp_history_undo (history));
  g_assert_true (hp_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);

  /* Delete on the selected row removes it too. */
  hp_list_editor_select (children, 0);
  g_assert_true (press_shortcut (GTK_WIDGET (hp_list_editor_get_list_box (children)),
                                 GDK_KEY_Delete));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);

  /* Another plan opened while a dialog is open: the dialog goes, and what
   * it held goes into neither plan. */
  {
    g_autoptr(HpPlan) other = hp_plan_new ();

    dialog = open_add (children);
    set_dialog_text (dialog, "name", "Sixten");
    g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
    hp_page_set_plan (page, other);
    iterate ();
    g_assert_null (dialog);
    g_assert_null (hp_list_editor_get_dialog (children));
    g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (other->case_info->children)), ==, 0);
  }
  close_window (window);
}

static void
test_visit_end_before_start (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  GtkWidget *window;
  GtkWidget *page = new_page (HP_SECTION_VISITS, NULL, plan, &window);
  HpListEditor *visits = page_list (page, "visits");
  HpRecordDialog *dialog = open_add (visits);
  HpRecordForm *form = hp_record_dialog_get_form (dialog);
  g_autoptr(HpVisit) visit = NULL;

  set_dialog_text (dialog, "date", "2026-12-03");
  set_dialog_text (dialog, "start_time", "10:00");
  set_dialog_text (dialog, "end_time", "09:30");
  g_assert_nonnull (hp_record_form_get_error (form, "end_time"));
  g_assert_true (gtk_widget_has_css_class (hp_record_form_get_editor (form, "end_time"), "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (hp_record_form_get_editor (form, "end_time"))),
                   ==, "09:30");

  /* A time that is no time */
  set_dialog_text (dialog, "check_in_time", "25:10");
  hp_record_form_show_errors (form);
  g_assert_nonnull (hp_record_form_get_error (form, "check_in_time"));
  g_assert_false (hp_record_dialog_accept (dialog));
  set_dialog_text (dialog, "check_in_time", "09:45");

  /* Both times are real: the visit can be saved as typed (it may go past
   * midnight), with the reason still shown. */
  g_assert_true (hp_record_dialog_accept (dialog));
  iterate ();
  visit = g_list_model_get_item (G_LIST_MODEL (plan->visits), 0);
  g_assert_cmpstr (visit->start_time, ==, "10:00");
  g_assert_cmpstr (visit->end_time, ==, "09:30");
  g_assert_cmpstr (visit->check_in_time, ==, "09:45");

  /* Fixed: the reason goes. */
  dialog = hp_list_editor_edit (visits, 0);
  form = hp_record_dialog_get_form (dialog);
  g_assert_nonnull (hp_record_form_get_error (form, "end_time"));
  set_dialog_text (dialog, "end_time", "11:30");
  g_assert_null (hp_record_form_get_error (form, "end_time"));
  gtk_window_close (GTK_WINDOW (dialog));

  close_window (window);
}

static void
test_consent_recipient_and_dates (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  GtkWidget *window;
  GtkWidget *page;
  HpRecordDialog *dialog;
  HpRecordForm *form;
  GtkWidget *recipient;
  GListModel *choices;
  g_autoptr(HpConsent) consent = NULL;

  g_object_set (plan->case_info, "caseworker-name", "Maria Handläggare", NULL);
  add_contact (plan, "k1", HP_CONTACT_KIND_POLICE, "Lokalpolisen");
  add_contact (plan, "k2", HP_CONTACT_KIND_SECURITY_COMPANY, "Bevakning AB");
  page = new_page (HP_SECTION_CONSENTS, NULL, plan, &window);

  dialog = open_add (page_list (page, "consents"));
  form = hp_record_dialog_get_form (dialog);
  recipient = hp_record_form_get_editor (form, "recipient");
  g_assert_true (GTK_IS_DROP_DOWN (recipient));
  choices = gtk_drop_down_get_model (GTK_DROP_DOWN (recipient));
  /* "No recipient chosen" and the two contacts, by name */
  g_assert_cmpuint (g_list_model_get_n_items (choices), ==, 3);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), 2), ==, "Bevakning AB");
  /* Who recorded it: the caseworker, filled in. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (hp_record_form_get_editor (form, "recorded_by"))),
                   ==, "Maria Handläggare");

  gtk_drop_down_set_selected (GTK_DROP_DOWN (hp_record_form_get_editor (form, "scope")),
                              HP_CONSENT_SCOPE_SHARE_INFORMATION);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (recipient), 2);
  set_dialog_text (dialog, "date", "2026-11-20");
  set_dialog_text (dialog, "valid_until", "2026-11-01");
  g_assert_nonnull (hp_record_form_get_error (form, "valid_until"));
  set_dialog_text (dialog, "valid_until", "2026-12-31");
  g_assert_null (hp_record_form_get_error (form, "valid_until"));
  g_assert_true (hp_record_dialog_accept (dialog));
  iterate ();

  consent = g_list_model_get_item (G_LIST_MODEL (plan->consents), 0);
  g_assert_cmpstr (consent->recipient, ==, "k2");
  g_assert_cmpint (consent->scope, ==, HP_CONSENT_SCOPE_SHARE_INFORMATION);
  g_assert_cmpstr (consent->valid_until, ==, "2026-12-31");

  /* An id that no contact has is shown as such and kept. */
  g_object_set (consent, "recipient", "k9", NULL);
  dialog = hp_list_editor_edit (page_list (page, "consents"), 0);
  recipient = hp_record_form_get_editor (hp_record_dialog_get_form (dialog), "recipient");
  choices = gtk_drop_down_get_model (GTK_DROP_DOWN (recipient));
  g_assert_cmpuint (g_list_model_get_n_items (choices), ==, 4);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (recipient)), ==, 3);
  g_assert_nonnull (strstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), 3), "k9"));
  g_assert_true (hp_record_dialog_accept (dialog));
  iterate ();
  g_assert_cmpstr (consent->recipient, ==, "k9");

  /* The contact that a consent names cannot be removed. */
  g_object_set (consent, "recipient", "k2", NULL);
  close_window (window);
  page = new_page (HP_SECTION_CONTACTS, NULL, plan, &window);
  g_assert_false (hp_list_editor_remove (page_list (page, "contacts"), 1));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->contacts)), ==, 2);
  g_assert_true (hp_list_editor_remove (page_list (page, "contacts"), 0));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->contacts)), ==, 1);
  close_window (window);
}

static void
test_item_owner (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  GtkWidget *window;
  GtkWidget *page;
  HpRecordDialog *dialog;
  GtkWidget *owner;
  g_autoptr(HpItem) item = NULL;

  add_child (plan, "b1", "Elsa");
  add_child (plan, "b2", "Noah");
  add_item (plan, "Pass", HP_PRIORITY_MUST, HP_ITEM_STATUS_PLANNED, HP_ITEM_CATEGORY_IDENTITY);
  page = new_page (HP_SECTION_ITEMS, NULL, plan, &window);

  dialog = NULL;
  /* Edit through the column view's activation, as Enter does. */
  g_signal_emit_by_name (find_descendant (page, GTK_TYPE_COLUMN_VIEW), "activate", 0);
  {
    GList *toplevels = gtk_window_list_toplevels ();

    for (GList *l = toplevels; l != NULL; l = l->next)
      if (HP_IS_RECORD_DIALOG (l->data))
        dialog = l->data;
    g_list_free (toplevels);
  }
  g_assert_nonnull (dialog);
  owner = hp_record_form_get_editor (hp_record_dialog_get_form (dialog), "owner");
  g_assert_true (GTK_IS_DROP_DOWN (owner));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (GTK_DROP_DOWN (owner))), ==, 3);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (owner)), ==, 0);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (owner), 2);
  g_assert_true (hp_record_dialog_accept (dialog));
  iterate ();

  item = g_list_model_get_item (G_LIST_MODEL (plan->items), 0);
  g_assert_cmpstr (item->owner, ==, "b2");
  close_window (window);
}

/* The order of priorities the column view shows. */
static GString *
shown_order (GtkWidget *page,
             gboolean   names)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (find_descendant (page, GTK_TYPE_COLUMN_VIEW));
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (view));
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HpItem) item = g_list_model_get_item (model, i);

      if (names)
        g_string_append_printf (s, "%s%s", i ? "," : "", item->name);
      else
        g_string_append_printf (s, "%d", item->priority);
    }
  return s;
}

static GtkWidget *
items_dropdown (GtkWidget  *page,
                const char *name)
{
  GtkWidget *dd = GTK_WIDGET (gtk_widget_get_template_child (page, HP_TYPE_ITEMS_PAGE, name));

  g_assert_true (GTK_IS_DROP_DOWN (dd));
  return dd;
}

static void
test_items_sort_filter (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  GtkWidget *window;
  GtkWidget *page;
  g_autoptr(GString) order = NULL;

  add_child (plan, "b1", "Elsa");
  add_item (plan, "Fotografier", HP_PRIORITY_IF_POSSIBLE, HP_ITEM_STATUS_PLANNED,
            HP_ITEM_CATEGORY_MEMENTOS);
  add_item (plan, "Pass", HP_PRIORITY_MUST, HP_ITEM_STATUS_RETRIEVED, HP_ITEM_CATEGORY_IDENTITY);
  add_item (plan, "Kläder", HP_PRIORITY_SHOULD, HP_ITEM_STATUS_PLANNED, HP_ITEM_CATEGORY_CLOTHES);
  add_item (plan, "Mediciner", HP_PRIORITY_MUST, HP_ITEM_STATUS_RETRIEVED,
            HP_ITEM_CATEGORY_MEDICINE);
  g_object_set (add_item (plan, "Gosedjur", HP_PRIORITY_SHOULD, HP_ITEM_STATUS_NOT_FOUND,
                          HP_ITEM_CATEGORY_CHILDRENS_THINGS), "owner", "b1", NULL);
  page = new_page (HP_SECTION_ITEMS, NULL, plan, &window);

  /* The plan's order first. */
  order = shown_order (page, TRUE);
  g_assert_cmpstr (order->str, ==, "Fotografier,Pass,Kläder,Mediciner,Gosedjur");
  g_string_free (g_steal_pointer (&order), TRUE);

  /* Sort by priority: must, should, if possible; the plan's order within. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (items_dropdown (page, "sort_dropdown")), 1);
  order = shown_order (page, TRUE);
  g_assert_cmpstr (order->str, ==, "Pass,Mediciner,Kläder,Gosedjur,Fotografier");
  g_string_free (g_steal_pointer (&order), TRUE);

  /* By category, in the order of the categories. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (items_dropdown (page, "sort_dropdown")), 2);
  order = shown_order (page, TRUE);
  g_assert_cmpstr (order->str, ==, "Pass,Mediciner,Kläder,Fotografier,Gosedjur");
  g_string_free (g_steal_pointer (&order), TRUE);

  /* By owner: the client first. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (items_dropdown (page, "sort_dropdown")), 3);
  order = shown_order (page, TRUE);
  g_assert_true (g_str_has_suffix (order->str, ",Gosedjur"));
  g_string_free (g_steal_pointer (&order), TRUE);

  /* Sorting leaves the plan's own order alone. */
  {
    g_autoptr(HpItem) first = g_list_model_get_item (G_LIST_MODEL (plan->items), 0);
    g_assert_cmpstr (first->name, ==, "Fotografier");
  }

  /* Filter by status: only the fetched ones, still by priority. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (items_dropdown (page, "sort_dropdown")), 1);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (items_dropdown (page, "status_dropdown")),
                              1 + HP_ITEM_STATUS_RETRIEVED);
  order = shown_order (page, TRUE);
  g_assert_cmpstr (order->str, ==, "Pass,Mediciner");
  g_string_free (g_steal_pointer (&order), TRUE);

  /* An edit that changes the status takes the item out of the view. */
  {
    g_autoptr(HpItem) pass = g_list_model_get_item (G_LIST_MODEL (plan->items), 1);
    HpRecordDialog *dialog;
    GList *toplevels;

    g_signal_emit_by_name (find_descendant (page, GTK_TYPE_COLUMN_VIEW), "activate", 0);
    toplevels = gtk_window_list_toplevels ();
    dialog = NULL;
    for (GList *l = toplevels; l != NULL; l = l->next)
      if (HP_IS_RECORD_DIALOG (l->data))
        dialog = l->data;
    g_list_free (toplevels);
    g_assert_nonnull (dialog);
    gtk_drop_down_set_selected (GTK_DROP_DOWN (hp_record_form_get_editor (
                                  hp_record_dialog_get_form (dialog), "status")),
                                HP_ITEM_STATUS_DAMAGED);
    g_assert_true (hp_record_dialog_accept (dialog));
    iterate ();
    g_assert_cmpint (pass->status, ==, HP_ITEM_STATUS_DAMAGED);
    /* The follow-up, untouched, follows a status set in the dialog too. */
    g_assert_cmpstr (plan->follow_up->items_returned, ==,
                     "Came home: Mediciner.\nCame home damaged: Pass.\nNot found: Gosedjur.\n"
                     "Not fetched yet: Fotografier, Kläder.");
    order = shown_order (page, TRUE);
    g_assert_cmpstr (order->str, ==, "Mediciner");
    g_string_free (g_steal_pointer (&order), TRUE);
  }

  /* "All" again. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (items_dropdown (page, "status_dropdown")), 0);
  order = shown_order (page, FALSE);
  g_assert_cmpstr (order->str, ==, "00112");
  close_window (window);
}

static void
test_items_remove_undo (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  HpHistory *history;
  GtkWidget *window;
  GtkWidget *page;
  GtkSelectionModel *selection;
  GtkWidget *view;
  g_autoptr(GString) order = NULL;

  add_item (plan, "A", HP_PRIORITY_MUST, 0, 0);
  add_item (plan, "B", HP_PRIORITY_MUST, 0, 0);
  add_item (plan, "C", HP_PRIORITY_MUST, 0, 0);
  add_item (plan, "D", HP_PRIORITY_MUST, 0, 0);
  page = new_page (HP_SECTION_ITEMS, NULL, plan, &window);
  history = give_window_undo (window, plan);
  view = find_descendant (page, GTK_TYPE_COLUMN_VIEW);
  selection = gtk_column_view_get_model (GTK_COLUMN_VIEW (view));

  /* Two selected, Delete removes both, undo puts them back where they were:
   * one step of the window's history. */
  gtk_selection_model_select_item (selection, 1, TRUE);
  gtk_selection_model_select_item (selection, 3, FALSE);
  gtk_widget_grab_focus (view);
  g_assert_true (press_shortcut (view, GDK_KEY_Delete));
  iterate ();
  order = shown_order (page, TRUE);
  g_assert_cmpstr (order->str, ==, "A,C");
  g_string_free (g_steal_pointer (&order), TRUE);

  {
    GtkWidget *undo = GTK_WIDGET (gtk_widget_get_template_child (page, HP_TYPE_ITEMS_PAGE,
                                                                "undo_button"));
    g_assert_true (gtk_widget_get_visible (undo));
    g_signal_emit_by_name (undo, "clicked");
  }
  iterate ();
  order = shown_order (page, TRUE);
  g_assert_cmpstr (order->str, ==, "A,B,C,D");
  g_string_free (g_steal_pointer (&order), TRUE);
  g_assert_false (hp_history_can_undo (history));
  g_assert_true (hp_history_redo (history));
  iterate ();
  order = shown_order (page, TRUE);
  g_assert_cmpstr (order->str, ==, "A,C");
  close_window (window);
}

static void
test_items_thousands (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *window;
  GtkWidget *page;
  GtkWidget *view;
  gint64 start;
  double seconds;
  guint labels;
  g_autoptr(HpItem) target = NULL;
  GtkSelectionModel *selection;
  guint position = G_MAXUINT;

  for (guint i = 0; i < 5000; i++)
    {
      HpItem *item = hp_item_new ();
      g_autofree char *name = g_strdup_printf ("Sak %04u", i);

      g_object_set (item, "name", name, "priority", (i * 7) % 3, "status", i % 6,
                    "category", i % 11, NULL);
      g_ptr_array_add (items, item);
    }
  g_list_store_splice (plan->items, 0, 0, items->pdata, items->len);

  start = g_get_monotonic_time ();
  page = new_page (HP_SECTION_ITEMS, NULL, plan, &window);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_test_message ("5000 items: first frame after %.3f s", seconds);
  g_assert_cmpfloat (seconds, <, 5.0);

  /* Virtualised: widgets for the rows in view and a few hundred around
   * them (GTK keeps that many), not for 5000. */
  view = find_descendant (page, GTK_TYPE_COLUMN_VIEW);
  labels = count_descendants (view, GTK_TYPE_LABEL);
  g_test_message ("labels in the column view: %u", labels);
  g_assert_cmpuint (labels, <, 7 * 400);

  start = g_get_monotonic_time ();
  gtk_drop_down_set_selected (GTK_DROP_DOWN (items_dropdown (page, "sort_dropdown")), 1);
  gtk_test_widget_wait_for_draw (window);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_test_message ("sort by priority and draw: %.3f s", seconds);
  g_assert_cmpfloat (seconds, <, 2.0);

  start = g_get_monotonic_time ();
  gtk_drop_down_set_selected (GTK_DROP_DOWN (items_dropdown (page, "status_dropdown")), 2);
  gtk_test_widget_wait_for_draw (window);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_test_message ("filter by status and draw: %.3f s", seconds);
  g_assert_cmpfloat (seconds, <, 2.0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (
                      GTK_COLUMN_VIEW (view)))), ==, 834);

  /* Going to an item far down (and hidden by the filter) shows it. */
  hp_page_focus_field (page, "items[4321].priority");
  iterate ();
  gtk_test_widget_wait_for_draw (window);
  target = g_list_model_get_item (G_LIST_MODEL (plan->items), 4321);
  selection = gtk_column_view_get_model (GTK_COLUMN_VIEW (view));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (selection)); i++)
    {
      g_autoptr(HpItem) shown = g_list_model_get_item (G_LIST_MODEL (selection), i);
      if (shown == target)
        position = i;
    }
  g_assert_cmpuint (position, !=, G_MAXUINT);
  g_assert_true (gtk_selection_model_is_selected (selection, position));
  g_assert_true (focus_is_in (window, view));
  labels = count_descendants (view, GTK_TYPE_LABEL);
  g_assert_cmpuint (labels, <, 7 * 400);

  close_window (window);
}

static void
test_focus_field (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  GtkWidget *window;
  GtkWidget *page;
  GtkListBoxRow *row;

  add_contact (plan, "k1", HP_CONTACT_KIND_POLICE, "Lokalpolisen");
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(HpConsent) consent = hp_consent_new ();
      g_list_store_append (plan->consents, consent);
    }

  /* A field of a record: the input has the focus. */
  page = new_page (HP_SECTION_CASE, NULL, plan, &window);
  hp_page_focus_field (page, "case.notes");
  g_assert_true (focus_is_in (window, page_editor (page, "case.notes")));
  hp_page_focus_field (page, "case.client_id_number");
  g_assert_true (focus_is_in (window, page_editor (page, "case.client_id_number")));
  close_window (window);

  /* A list as a whole */
  page = new_page (HP_SECTION_RISK, NULL, plan, &window);
  hp_page_focus_field (page, "risk.assessments");
  g_assert_true (focus_is_in (window, GTK_WIDGET (page_list (page, "risk.assessments"))));
  hp_page_focus_field (page, "risk.decision_reason");
  g_assert_true (focus_is_in (window, page_editor (page, "risk.decision_reason")));
  close_window (window);

  /* An entry of a list: selected and focused */
  page = new_page (HP_SECTION_CONSENTS, NULL, plan, &window);
  hp_page_focus_field (page, "consents[1].recipient");
  row = gtk_list_box_get_selected_row (hp_list_editor_get_list_box (page_list (page, "consents")));
  g_assert_nonnull (row);
  g_assert_cmpint (gtk_list_box_row_get_index (row), ==, 1);
  g_assert_true (focus_is_in (window, GTK_WIDGET (row)));
  close_window (window);

  /* A page that is not shown yet focuses once it is. */
  {
    GtkWidget *stack = gtk_stack_new ();
    GtkWidget *case_page = hp_page_new (HP_SECTION_CASE, NULL);
    GtkWidget *support_page = hp_page_new (HP_SECTION_SUPPORT, NULL);

    hp_page_set_plan (case_page, plan);
    hp_page_set_plan (support_page, plan);
    gtk_stack_add_child (GTK_STACK (stack), case_page);
    gtk_stack_add_child (GTK_STACK (stack), support_page);
    window = show_page (stack);
    hp_page_focus_field (support_page, "support.rooms_to_enter");
    gtk_stack_set_visible_child (GTK_STACK (stack), support_page);
    gtk_test_widget_wait_for_draw (window);
    iterate ();
    g_assert_true (focus_is_in (window, hp_record_form_get_editor (HP_RECORD_FORM (
                     hp_page_find_form (HP_PAGE (support_page), "support.rooms_to_enter")),
                     "rooms_to_enter")));
    close_window (window);
  }
}

/* The visits list's Add starts a visit with the support's time limit on
 * site (hp_plan_new_visit()), and the user may change it there. */
static void
test_visit_time_limit_prefilled (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  GtkWidget *window;
  GtkWidget *page;
  HpListEditor *visits;
  HpRecordDialog *dialog;
  GtkWidget *limit;
  g_autoptr(HpVisit) first = NULL;
  g_autoptr(HpVisit) second = NULL;

  g_object_set (plan->support, "time-on-site-minutes", 40, NULL);
  page = new_page (HP_SECTION_VISITS, NULL, plan, &window);
  visits = page_list (page, "visits");

  dialog = open_add (visits);
  limit = hp_record_form_get_editor (hp_record_dialog_get_form (dialog), "time_limit_minutes");
  g_assert_true (GTK_IS_SPIN_BUTTON (limit));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (limit)), ==, 40);
  set_dialog_text (dialog, "date", "2026-12-03");
  g_assert_true (hp_record_dialog_accept (dialog));
  iterate ();
  first = g_list_model_get_item (G_LIST_MODEL (plan->visits), 0);
  g_assert_cmpint (first->time_limit_minutes, ==, 40);

  /* Changed in the dialog, the visit keeps its own. */
  dialog = open_add (visits);
  limit = hp_record_form_get_editor (hp_record_dialog_get_form (dialog), "time_limit_minutes");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (limit), 25);
  g_assert_true (hp_record_dialog_accept (dialog));
  iterate ();
  second = g_list_model_get_item (G_LIST_MODEL (plan->visits), 1);
  g_assert_cmpint (second->time_limit_minutes, ==, 25);
  g_assert_cmpint (plan->support->time_on_site_minutes, ==, 40);

  close_window (window);
}

/* A plan that contradicts itself in every way the checks know of; each
 * finding about it takes the user to the field it names. */
static void
test_contradiction_fields (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(HpVisit) done = hp_visit_new ();
  g_autoptr(HpVisit) next = hp_visit_new ();
  const char * const rules[] = {
    "rooms-without-entry", "another-visit-not-planned", "must-item-not-followed-up",
    "visit-time-limit-differs",
  };
  guint seen = 0;

  g_object_set (plan->support, "rooms-to-enter", "Sovrummet och Ranas rum", "time-on-site-minutes",
                45, NULL);
  add_item (plan, "Ranas pass", HP_PRIORITY_MUST, HP_ITEM_STATUS_NOT_FOUND,
            HP_ITEM_CATEGORY_IDENTITY);
  add_item (plan, "Vinterjacka", HP_PRIORITY_SHOULD, HP_ITEM_STATUS_RETRIEVED,
            HP_ITEM_CATEGORY_CLOTHES);
  add_item (plan, "Insulin", HP_PRIORITY_MUST, HP_ITEM_STATUS_RETRIEVED,
            HP_ITEM_CATEGORY_MEDICINE);
  g_object_set (done, "date", "2026-11-12", "status", HP_VISIT_STATUS_CARRIED_OUT, NULL);
  g_list_store_append (plan->visits, done);
  /* Still planned but dated before the one carried out: no further visit;
   * its time limit differs from the support's. */
  g_object_set (next, "date", "2026-11-02", "time-limit-minutes", 30, NULL);
  g_list_store_append (plan->visits, next);
  g_object_set (plan->follow_up, "another-visit-needed", TRUE, NULL);

  /* "Another visit needed" keeps the must-item rule quiet: run it once
   * with the box ticked and once without. */
  for (int ticked = 1; ticked >= 0; ticked--)
    {
      g_object_set (plan->follow_up, "another-visit-needed", ticked, NULL);
      findings = hp_checks_run (plan, "2026-11-20");

      for (guint i = 0; i < findings->len; i++)
        {
          const HpFinding *finding = g_ptr_array_index (findings, i);
          g_autofree char *list_path = NULL;
          g_autofree char *rest = NULL;
          GtkWidget *window;
          GtkWidget *page;
          guint index;
          gboolean ours = FALSE;

          for (guint r = 0; r < G_N_ELEMENTS (rules); r++)
            if (g_str_equal (finding->rule, rules[r]))
              {
                ours = TRUE;
                seen |= 1u << r;
              }
          if (!ours)
            continue;

          page = new_page (finding->section, NULL, plan, &window);
          g_assert_cmpint (hp_page_get_section (page), ==, finding->section);
          hp_page_focus_field (page, finding->field);
          iterate ();

          if (g_str_equal (finding->field, "items[0].status"))
            {
              GtkWidget *view = find_descendant (page, GTK_TYPE_COLUMN_VIEW);
              GtkSelectionModel *selection = gtk_column_view_get_model (GTK_COLUMN_VIEW (view));
              g_autoptr(HpItem) target = g_list_model_get_item (G_LIST_MODEL (plan->items), 0);
              guint position = G_MAXUINT;

              for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (selection)); k++)
                {
                  g_autoptr(HpItem) shown = g_list_model_get_item (G_LIST_MODEL (selection), k);
                  if (shown == target)
                    position = k;
                }
              g_assert_cmpuint (position, !=, G_MAXUINT);
              g_assert_true (gtk_selection_model_is_selected (selection, position));
              g_assert_true (focus_is_in (window, view));
            }
          else if (hp_field_path_split (finding->field, &list_path, &index, &rest))
            {
              GtkListBoxRow *row = gtk_list_box_get_selected_row (
                hp_list_editor_get_list_box (page_list (page, list_path)));

              g_assert_cmpstr (list_path, ==, "visits");
              g_assert_nonnull (row);
              g_assert_cmpint (gtk_list_box_row_get_index (row), ==, (int) index);
              g_assert_true (focus_is_in (window, GTK_WIDGET (row)));
            }
          else
            g_assert_true (focus_is_in (window, page_editor (page, finding->field)));

          close_window (window);
        }
      g_clear_pointer (&findings, g_ptr_array_unref);
    }

  g_assert_cmpuint (seen, ==, (1u << G_N_ELEMENTS (rules)) - 1);
}

static void
test_catalogue_quick_add (void)
{
  g_autoptr(HpCatalogue) catalogue = test_catalogue ();
  g_autoptr(HpPlan) plan = hp_plan_new ();
  GtkWidget *window;
  GtkWidget *page;
  HpCataloguePicker *picker;
  guint n;

  add_child (plan, "b1", "Elsa");
  add_item (plan, "Pass", HP_PRIORITY_MUST, 0, HP_ITEM_CATEGORY_IDENTITY);

  /* Items: three at once, for a child */
  page = new_page (HP_SECTION_ITEMS, catalogue, plan, &window);
  picker = HP_CATALOGUE_PICKER (find_descendant (page, HP_TYPE_CATALOGUE_PICKER));
  g_assert_cmpuint (hp_catalogue_picker_get_n_entries (picker), ==, 4);
  gtk_menu_button_popup (GTK_MENU_BUTTON (hp_catalogue_picker_get_button (picker)));
  iterate ();
  hp_catalogue_picker_set_search (picker, "gose");
  g_assert_cmpuint (hp_catalogue_picker_get_n_shown (picker), ==, 1);
  hp_catalogue_picker_set_search (picker, "");
  g_assert_false (hp_catalogue_picker_activate_add (picker));
  hp_catalogue_picker_set_checked (picker, 1, TRUE);
  hp_catalogue_picker_set_checked (picker, 2, TRUE);
  hp_catalogue_picker_set_checked (picker, 3, TRUE);
  {
    GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (
                           GTK_MENU_BUTTON (hp_catalogue_picker_get_button (picker))));
    GtkWidget *owner = find_descendant (popover, GTK_TYPE_DROP_DOWN);
    gtk_drop_down_set_selected (GTK_DROP_DOWN (owner), 1);
  }
  g_assert_true (hp_catalogue_picker_activate_add (picker));
  iterate ();
  n = g_list_model_get_n_items (G_LIST_MODEL (plan->items));
  g_assert_cmpuint (n, ==, 4);
  {
    g_autoptr(HpItem) last = g_list_model_get_item (G_LIST_MODEL (plan->items), 3);
    g_autoptr(HpItem) med = g_list_model_get_item (G_LIST_MODEL (plan->items), 1);

    g_assert_cmpstr (last->name, ==, "Gosedjur");
    g_assert_cmpint (last->category, ==, HP_ITEM_CATEGORY_CHILDRENS_THINGS);
    g_assert_cmpstr (last->owner, ==, "b1");
    g_assert_cmpstr (med->name, ==, "Mediciner");
    g_assert_cmpint (med->priority, ==, HP_PRIORITY_MUST);
  }
  g_assert_cmpuint (hp_catalogue_picker_get_checked (picker)->len, ==, 0);
  close_window (window);

  /* Contacts: copied with an id of their own */
  add_contact (plan, "k1", HP_CONTACT_KIND_OTHER, "Annan");
  page = new_page (HP_SECTION_CONTACTS, catalogue, plan, &window);
  picker = HP_CATALOGUE_PICKER (find_descendant (page, HP_TYPE_CATALOGUE_PICKER));
  hp_catalogue_picker_set_checked (picker, 0, TRUE);
  hp_catalogue_picker_set_checked (picker, 1, TRUE);
  g_assert_true (hp_catalogue_picker_activate_add (picker));
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->contacts)), ==, 3);
  {
    g_autoptr(HpContact) guard = g_list_model_get_item (G_LIST_MODEL (plan->contacts), 1);
    g_autoptr(HpContact) police = g_list_model_get_item (G_LIST_MODEL (plan->contacts), 2);

    g_assert_cmpstr (guard->name, ==, "Bevakning AB");
    g_assert_cmpint (guard->kind, ==, HP_CONTACT_KIND_SECURITY_COMPANY);
    g_assert_cmpstr (guard->id, ==, "k2");
    g_assert_cmpstr (police->id, ==, "k3");
    /* The catalogue's own record is not in the plan. */
    g_assert_true (hp_plan_find_contact (plan, "") == NULL);
  }
  close_window (window);

  /* Measures: with the suggested responsible; toggling done from the row */
  page = new_page (HP_SECTION_MEASURES, catalogue, plan, &window);
  picker = HP_CATALOGUE_PICKER (find_descendant (page, HP_TYPE_CATALOGUE_PICKER));
  hp_catalogue_picker_set_checked (picker, 0, TRUE);
  g_assert_true (hp_catalogue_picker_activate_add (picker));
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->measures)), ==, 1);
  {
    g_autoptr(HpMeasure) measure = g_list_model_get_item (G_LIST_MODEL (plan->measures), 0);
    GtkListBox *list = hp_list_editor_get_list_box (page_list (page, "measures"));
    GtkWidget *check = find_descendant (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0)),
                                        GTK_TYPE_CHECK_BUTTON);

    g_assert_cmpstr (measure->title, ==, "Två personal följer med");
    g_assert_cmpstr (measure->responsible, ==, "Handläggaren");
    g_assert_false (measure->done);
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
    g_assert_true (measure->done);
  }
  close_window (window);
}

static void
collect_mnemonics (GtkWidget  *widget,
                   GHashTable *seen,
                   guint      *count)
{
  guint key = GDK_KEY_VoidSymbol;

  if (GTK_IS_POPOVER (widget))
    return;
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    key = gtk_label_get_mnemonic_keyval (GTK_LABEL (widget));
  if (key != GDK_KEY_VoidSymbol && key != 0)
    {
      guint lower = gdk_keyval_to_lower (key);

      if (g_hash_table_contains (seen, GUINT_TO_POINTER (lower)))
        g_error ("the access key %s is used twice (“%s”)", gdk_keyval_name (lower),
                 gtk_label_get_label (GTK_LABEL (widget)));
      g_hash_table_add (seen, GUINT_TO_POINTER (lower));
      (*count)++;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_mnemonics (child, seen, count);
}

/* Every input has a label that names it, and no access key is used twice. */
static void
test_labels_and_access_keys (void)
{
  g_autoptr(HpCatalogue) catalogue = test_catalogue ();
  g_autoptr(HpPlan) plan = hp_plan_new ();

  for (guint i = 0; i < hp_enum_get_n_values (HP_TYPE_SECTION); i++)
    {
      GtkWidget *window;
      GtkWidget *page = new_page ((HpSection) i, catalogue, plan, &window);
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
      g_autoptr(GPtrArray) forms = g_ptr_array_new ();
      g_autoptr(GPtrArray) editors = g_ptr_array_new ();
      guint count = 0;

      collect_mnemonics (page, seen, &count);
      g_assert_cmpuint (count, >, 2);

      collect_widgets (page, forms, editors);
      for (guint f = 0; f < forms->len; f++)
        {
          HpRecordForm *form = g_ptr_array_index (forms, f);
          GtkWidget *grid = gtk_widget_get_first_child (GTK_WIDGET (form));

          for (GtkWidget *child = gtk_widget_get_first_child (grid);
               child != NULL;
               child = gtk_widget_get_next_sibling (child))
            if (GTK_IS_LABEL (child) && !gtk_widget_has_css_class (child, "error"))
              {
                GtkWidget *target = gtk_label_get_mnemonic_widget (GTK_LABEL (child));

                /* The label names an input of its own form, and its access
                 * key puts the focus there. */
                g_assert_nonnull (target);
                g_assert_true (gtk_widget_is_ancestor (target, GTK_WIDGET (form)));
                gtk_widget_mnemonic_activate (target, FALSE);
                if (!focus_is_in (window, target))
                  g_error ("the access key of “%s” does not reach its %s",
                           gtk_label_get_text (GTK_LABEL (child)), G_OBJECT_TYPE_NAME (target));
              }
        }
      close_window (window);
    }
}

/* What a page shows, in reading order: the labels as written (access keys
 * marked), the text of every input and the choice of every drop-down. */
static void
describe_page (GtkWidget *widget,
               GString   *out)
{
  /* A drop-down makes its rows as it is first shown: its choice is what
   * it shows. */
  if (GTK_IS_DROP_DOWN (widget))
    {
      g_string_append_printf (out, "choice %u\n",
                              gtk_drop_down_get_selected (GTK_DROP_DOWN (widget)));
      return;
    }
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "label %s\n", gtk_label_get_label (GTK_LABEL (widget)));
  else if (GTK_IS_EDITABLE (widget) && !GTK_IS_TEXT (widget))
    g_string_append_printf (out, "input %s\n", gtk_editable_get_text (GTK_EDITABLE (widget)));
  else if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;
      g_autofree char *text = NULL;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      g_string_append_printf (out, "text %s\n", text);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    describe_page (child, out);
}

/* The Case page as the window builds it for its first frame: what lies
 * below the first screenful is left out until right after the page's
 * first frame, and is then the same as in a page built at once, access
 * keys and all, and edits the plan. */
static void
test_case_page_deferred (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  g_autoptr(GString) whole = g_string_new (NULL);
  g_autoptr(GString) deferred = g_string_new (NULL);
  GtkWidget *window;
  GtkWidget *page;
  GtkWidget *at_once;
  guint n_forms;

  g_object_set (plan->case_info, "reference", "2026-0042", "home-address", "Storgatan 1",
                "caseworker-name", "Kim Handläggare", "notes", "Ring före.",
                "home-holder", HP_HOME_HOLDER_JOINT, NULL);
  add_child (plan, "c1", "Ali");

  at_once = g_object_ref_sink (hp_page_new (HP_SECTION_CASE, NULL));
  hp_page_set_plan (at_once, plan);
  describe_page (at_once, whole);
  n_forms = count_descendants (at_once, HP_TYPE_RECORD_FORM);

  page = hp_page_new_deferred (HP_SECTION_CASE, NULL);
  hp_page_set_plan (page, plan);
  g_assert_cmpuint (count_descendants (page, HP_TYPE_RECORD_FORM), <, n_forms);

  /* show_page() waits for the first frame, then for what follows it. */
  window = show_page (page);
  g_assert_cmpuint (count_descendants (page, HP_TYPE_RECORD_FORM), ==, n_forms);
  describe_page (page, deferred);
  g_assert_cmpstr (deferred->str, ==, whole->str);
  g_assert_nonnull (strstr (deferred->str, "input Kim Handläggare\n"));
  g_assert_nonnull (strstr (deferred->str, "text Storgatan 1\n"));
  g_assert_nonnull (strstr (deferred->str, "Who _holds the lease or owns the home\nchoice 3\n"));

  gtk_editable_set_text (GTK_EDITABLE (page_editor (page, "case.caseworker_name")), "Robin");
  g_assert_cmpstr (plan->case_info->caseworker_name, ==, "Robin");

  /* Asked for a field of the rest before the first frame, a page builds it
   * at once. */
  {
    g_autoptr(GtkWidget) other = g_object_ref_sink (hp_page_new_deferred (HP_SECTION_CASE, NULL));

    hp_page_set_plan (other, plan);
    g_assert_nonnull (page_editor (other, "case.second_staff_name"));
    g_assert_cmpuint (count_descendants (other, HP_TYPE_RECORD_FORM), ==, n_forms);
  }

  close_window (window);
  g_object_unref (at_once);
}

/* Tab goes through every input of the case page, in reading order: the
 * fields of each group as the model lists them, group after group. */
static void
test_tab_order (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  g_autoptr(GPtrArray) forms = g_ptr_array_new ();
  g_autoptr(GPtrArray) editors = g_ptr_array_new ();
  GtkWidget *window;
  GtkWidget *page;
  guint next = 0;

  add_child (plan, "b1", "Elsa");
  page = new_page (HP_SECTION_CASE, NULL, plan, &window);
  collect_widgets (page, forms, editors);
  for (guint f = 0; f < forms->len; f++)
    {
      HpRecordForm *form = g_ptr_array_index (forms, f);
      g_auto(GStrv) fields = NULL;

      g_object_get (form, "fields", &fields, NULL);
      for (guint i = 0; fields[i] != NULL; i++)
        g_ptr_array_add (expected, hp_record_form_get_editor (form, fields[i]));
    }
  g_assert_cmpuint (expected->len, ==, 21);

  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  for (guint steps = 0; steps < 200 && next < expected->len; steps++)
    {
      GtkWidget *focus;

      if (!gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD))
        break;
      focus = gtk_root_get_focus (GTK_ROOT (window));
      for (guint i = 0; i < expected->len; i++)
        {
          GtkWidget *editor = g_ptr_array_index (expected, i);

          if (focus == editor || gtk_widget_is_ancestor (focus, editor))
            {
              /* No input skipped, none out of order. */
              if (i != next)
                g_error ("Tab reached input %u before input %u", i, next);
              next = i + 1;
              break;
            }
        }
    }
  g_assert_cmpuint (next, ==, expected->len);
  close_window (window);
}

static void
skip_without_display (void)
{
  g_test_skip ("no display (run under xvfb-run)");
}

/* Field names reach the forms from the .ui files as strings that no
 * compiler checks.  Every form and list of every page is built here, and
 * each list's dialog opened: a name that is no field of its record (a typo)
 * stops the test (g_critical is fatal in the tests), and each name a .ui
 * gives has its input. */
static void
test_ui_field_names (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  guint n_names = 0;

  for (guint i = 0; i < hp_enum_get_n_values (HP_TYPE_SECTION); i++)
    {
      g_autoptr(GPtrArray) forms = g_ptr_array_new ();
      g_autoptr(GPtrArray) editors = g_ptr_array_new ();
      GtkWidget *window;
      GtkWidget *page = new_page ((HpSection) i, NULL, plan, &window);

      collect_widgets (page, forms, editors);
      for (guint j = 0; j < forms->len; j++)
        {
          HpRecordForm *form = g_ptr_array_index (forms, j);
          g_auto(GStrv) names = NULL;

          g_object_get (form, "fields", &names, NULL);
          g_assert_nonnull (names);
          for (guint k = 0; names[k] != NULL; k++, n_names++)
            g_assert_true (hp_record_form_has_field (form, names[k]));
        }
      for (guint j = 0; j < editors->len; j++)
        {
          HpListEditor *editor = g_ptr_array_index (editors, j);
          HpRecordDialog *dialog = open_add (editor);
          HpRecordForm *form = hp_record_dialog_get_form (dialog);
          g_auto(GStrv) names = NULL;

          g_object_get (editor, "fields", &names, NULL);
          g_assert_nonnull (names);
          for (guint k = 0; names[k] != NULL; k++, n_names++)
            g_assert_true (hp_record_form_has_field (form, names[k]));
          gtk_window_close (GTK_WINDOW (dialog));
          iterate ();
        }
      close_window (window);
    }

  /* A real count guards against an empty walk. */
  g_assert_cmpuint (n_names, >, 90);
}

/* Outcomes after the visit */

/* The text of the first label in the row that has the keyboard focus. */
static const char *
focused_row_name (GtkWidget *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  GtkWidget *label;

  gtk_test_widget_wait_for_draw (window);
  iterate ();
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  label = find_descendant (focus, GTK_TYPE_LABEL);
  g_assert_nonnull (label);
  return gtk_label_get_text (GTK_LABEL (label));
}

static GString *
statuses (HpPlan *plan)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (plan->items)); i++)
    {
      g_autoptr(HpItem) item = g_list_model_get_item (G_LIST_MODEL (plan->items), i);
      g_string_append_printf (s, "%d", item->status);
    }
  return s;
}

#define assert_statuses(plan, expected) G_STMT_START { \
    g_autoptr(GString) s_ = statuses (plan);            \
    g_assert_cmpstr (s_->str, ==, expected);            \
  } G_STMT_END

static GtkWidget *
find_menu_button (GtkWidget  *widget,
                  const char *label)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)))
    {
      g_auto(GStrv) parts = g_strsplit (gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)),
                                        "_", -1);
      g_autofree char *shown = g_strjoinv ("", parts);

      if (strcmp (shown, label) == 0)
        return widget;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_menu_button (child, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* One key per item, the focus moving on; a selection at once; the menu. */
static void
test_items_status_keys (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  GtkWidget *window;
  GtkWidget *page;
  GtkWidget *view;
  GtkSelectionModel *selection;
  GtkWidget *button;
  const char *names[] = { "Pass", "Mediciner", "Elsas gosedjur", "جواز السفر", "Glasögon" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    add_item (plan, names[i], HP_PRIORITY_MUST, HP_ITEM_STATUS_PLANNED, HP_ITEM_CATEGORY_OTHER);
  page = new_page (HP_SECTION_ITEMS, NULL, plan, &window);
  view = find_descendant (page, GTK_TYPE_COLUMN_VIEW);
  selection = gtk_column_view_get_model (GTK_COLUMN_VIEW (view));
  button = find_menu_button (page, "Set status");
  g_assert_nonnull (button);

  /* The first row focused: each key sets its item and moves to the next. */
  hp_page_focus_field (page, "items[0].status");
  g_assert_cmpstr (focused_row_name (window), ==, "Pass");
  g_assert_true (press_shortcut (view, GDK_KEY_1));
  g_assert_cmpstr (focused_row_name (window), ==, "Mediciner");
  g_assert_true (gtk_selection_model_is_selected (selection, 1));
  g_assert_true (press_shortcut (view, GDK_KEY_2));
  g_assert_true (press_shortcut (view, GDK_KEY_KP_4));
  assert_statuses (plan, "12400");
  g_assert_cmpstr (focused_row_name (window), ==, "جواز السفر");

  /* The focused row among several selected: all of them, then the row after. */
  hp_page_focus_field (page, "items[1].status");
  gtk_selection_model_select_range (selection, 1, 3, TRUE);
  g_assert_true (press_shortcut (view, GDK_KEY_3));
  assert_statuses (plan, "13330");
  g_assert_cmpstr (focused_row_name (window), ==, "Glasögon");

  /* The last row: set, and the focus stays there. */
  g_assert_true (press_shortcut (view, GDK_KEY_5));
  assert_statuses (plan, "13335");
  g_assert_cmpstr (focused_row_name (window), ==, "Glasögon");
  /* 0 sets it back. */
  g_assert_true (press_shortcut (view, GDK_KEY_0));
  assert_statuses (plan, "13330");

  /* "Set status" for the selection, as its menu does it. */
  g_assert_true (gtk_widget_get_sensitive (button));
  gtk_selection_model_unselect_all (selection);
  g_assert_false (gtk_widget_get_sensitive (button));
  gtk_selection_model_select_item (selection, 0, TRUE);
  gtk_selection_model_select_item (selection, 4, FALSE);
  g_assert_true (gtk_widget_get_sensitive (button));
  gtk_widget_activate_action (page, "items.set-status", "i", HP_ITEM_STATUS_LEFT_BEHIND);
  assert_statuses (plan, "53335");

  /* The follow-up followed, untouched as it was. */
  g_assert_cmpstr (plan->follow_up->items_returned, ==,
                   "Came home damaged: Mediciner, Elsas gosedjur, جواز السفر.\n"
                   "Left behind: Pass, Glasögon.");

  /* Showing only what is not fetched yet: a set item leaves the view,
   * and the focus is on the one that was after it. */
  gtk_widget_activate_action (page, "items.set-status", "i", HP_ITEM_STATUS_PLANNED);
  gtk_selection_model_select_all (selection);
  gtk_widget_activate_action (page, "items.set-status", "i", HP_ITEM_STATUS_PLANNED);
  assert_statuses (plan, "00000");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (items_dropdown (page, "status_dropdown")),
                              1 + HP_ITEM_STATUS_PLANNED);
  hp_page_focus_field (page, "items[0].status");
  g_assert_true (press_shortcut (view, GDK_KEY_1));
  g_assert_true (press_shortcut (view, GDK_KEY_1));
  assert_statuses (plan, "11000");
  {
    g_autoptr(GString) order = shown_order (page, TRUE);
    g_assert_cmpstr (order->str, ==, "Elsas gosedjur,جواز السفر,Glasögon");
  }
  g_assert_cmpstr (focused_row_name (window), ==, "Elsas gosedjur");
  close_window (window);
}

static GtkWidget *
find_message_dialog (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  GtkWidget *dialog = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      dialog = l->data;
  g_list_free (toplevels);
  return dialog;
}

static char *
text_view_text (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* "Fill in from the outcomes" writes the summary, and asks before it
 * touches what the caseworker wrote. */
static void
test_follow_up_fill (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  GtkWidget *window;
  GtkWidget *page;
  GtkWidget *fill;
  GtkWidget *editor;
  g_autofree char *shown = NULL;
  const char *summary = "Came home: Pass.\nNot found: Betyg.";

  add_item (plan, "Pass", HP_PRIORITY_MUST, HP_ITEM_STATUS_PLANNED, HP_ITEM_CATEGORY_IDENTITY);
  add_item (plan, "Betyg", HP_PRIORITY_SHOULD, HP_ITEM_STATUS_PLANNED, HP_ITEM_CATEGORY_OTHER);
  page = new_page (HP_SECTION_FOLLOW_UP, NULL, plan, &window);
  fill = GTK_WIDGET (gtk_widget_get_template_child (page, HP_TYPE_FOLLOW_UP_PAGE, "fill_button"));
  editor = page_editor (page, "follow_up.items_returned");

  /* No outcomes yet: nothing to write, and the page says why. */
  g_signal_emit_by_name (fill, "clicked");
  iterate ();
  g_assert_cmpstr (plan->follow_up->items_returned, ==, "");
  g_assert_null (find_message_dialog ());

  /* Outcomes and an empty field: written at once, and shown. */
  {
    g_autoptr(HpItem) pass = g_list_model_get_item (G_LIST_MODEL (plan->items), 0);
    g_autoptr(HpItem) betyg = g_list_model_get_item (G_LIST_MODEL (plan->items), 1);

    g_object_set (pass, "status", HP_ITEM_STATUS_RETRIEVED, NULL);
    g_object_set (betyg, "status", HP_ITEM_STATUS_NOT_FOUND, NULL);
  }
  g_signal_emit_by_name (fill, "clicked");
  iterate ();
  g_assert_null (find_message_dialog ());
  g_assert_cmpstr (plan->follow_up->items_returned, ==, summary);
  shown = text_view_text (editor);
  g_assert_cmpstr (shown, ==, summary);

  /* Typed text: a question; cancel keeps it, "add after" keeps it and adds. */
  g_object_set (plan->follow_up, "items_returned", "Klienten fick passet i handen.", NULL);
  g_signal_emit_by_name (fill, "clicked");
  iterate ();
  g_assert_nonnull (find_message_dialog ());
  gtk_dialog_response (GTK_DIALOG (find_message_dialog ()), 0);
  iterate ();
  g_assert_null (find_message_dialog ());
  g_assert_cmpstr (plan->follow_up->items_returned, ==, "Klienten fick passet i handen.");

  g_signal_emit_by_name (fill, "clicked");
  iterate ();
  gtk_dialog_response (GTK_DIALOG (find_message_dialog ()), 1);
  iterate ();
  g_assert_cmpstr (plan->follow_up->items_returned, ==,
                   "Klienten fick passet i handen.\nCame home: Pass.\nNot found: Betyg.");

  /* Replace, when asked for. */
  g_signal_emit_by_name (fill, "clicked");
  iterate ();
  gtk_dialog_response (GTK_DIALOG (find_message_dialog ()), 2);
  iterate ();
  g_assert_cmpstr (plan->follow_up->items_returned, ==, summary);
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("HAMTPLAN_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_add_func ("/pages/no-display", skip_without_display);
      return g_test_run ();
    }

  g_test_add_func ("/pages/every-page", test_every_page);
  g_test_add_func ("/pages/every-field-editable", test_every_field_editable);
  g_test_add_func ("/pages/ui-field-names", test_ui_field_names);
  g_test_add_func ("/pages/case-typing", test_case_typing);
  g_test_add_func ("/pages/invalid-input-kept", test_invalid_input_kept);
  g_test_add_func ("/pages/list-add-edit-remove", test_list_add_edit_remove);
  g_test_add_func ("/pages/dialog-grows-with-messages", test_dialog_grows_with_messages);
  g_test_add_func ("/pages/visit-end-before-start", test_visit_end_before_start);
  g_test_add_func ("/pages/consent-recipient-and-dates", test_consent_recipient_and_dates);
  g_test_add_func ("/pages/item-owner", test_item_owner);
  g_test_add_func ("/pages/items-sort-filter", test_items_sort_filter);
  g_test_add_func ("/pages/items-remove-undo", test_items_remove_undo);
  g_test_add_func ("/pages/items-thousands", test_items_thousands);
  g_test_add_func ("/pages/focus-field", test_focus_field);
  g_test_add_func ("/pages/visit-time-limit-prefilled", test_visit_time_limit_prefilled);
  g_test_add_func ("/pages/contradiction-fields", test_contradiction_fields);
  g_test_add_func ("/pages/catalogue-quick-add", test_catalogue_quick_add);
  g_test_add_func ("/pages/labels-and-access-keys", test_labels_and_access_keys);
  g_test_add_func ("/pages/tab-order", test_tab_order);
  g_test_add_func ("/pages/case-page-deferred", test_case_page_deferred);
  g_test_add_func ("/pages/items-status-keys", test_items_status_keys);
  g_test_add_func ("/pages/follow-up-fill", test_follow_up_fill);

  return g_test_run ();
}
