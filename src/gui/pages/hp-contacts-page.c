/* hp-contacts-page.c: the page of police, security company, relatives and
 * other contacts
 *
 * Besides the list, the local contacts of the catalogue can be copied into
 * the plan, each with an id of its own there, and a contact of the local
 * routine (the police, a security company, a handover site ...) saved to
 * the user's own catalogue; a relative, a lawyer or another person never.
 * Below the list a line says where the catalogue's contacts come from.
 */

#define G_LOG_DOMAIN "hp-contacts-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-catalogue-picker.h"
#include "hp-catalogue-save.h"
#include "hp-contacts-page.h"
#include "hp-list-editor.h"
#include "hp-page-util.h"

struct _HpContactsPage
{
  HpPage     parent_instance;

  GtkWidget *contacts_editor;
  GtkWidget *catalogue_hint;
  GtkWidget *picker;
  GtkWidget *save_button;
};

G_DEFINE_FINAL_TYPE (HpContactsPage, hp_contacts_page, HP_TYPE_PAGE)

static gboolean
same_contact (HpContact *a,
              HpContact *b)
{
  return a->kind == b->kind && g_strcmp0 (a->name, b->name) == 0 &&
         g_strcmp0 (a->organisation, b->organisation) == 0;
}

static void
on_picker_opening (HpContactsPage *self)
{
  HpPlan *plan = hp_page_get_plan (HP_PAGE (self));
  HpCatalogue *catalogue = hp_page_get_catalogue (HP_PAGE (self));
  GListModel *local;
  GListModel *contacts;

  if (plan == NULL || catalogue == NULL)
    return;

  local = hp_catalogue_get_contacts (catalogue);
  contacts = G_LIST_MODEL (plan->contacts);
  for (guint i = 0; i < g_list_model_get_n_items (local); i++)
    {
      g_autoptr(HpContact) entry = g_list_model_get_item (local, i);
      gboolean present = FALSE;

      for (guint j = 0; j < g_list_model_get_n_items (contacts) && !present; j++)
        {
          g_autoptr(HpContact) contact = g_list_model_get_item (contacts, j);
          present = same_contact (entry, contact);
        }
      hp_catalogue_picker_set_present (HP_CATALOGUE_PICKER (self->picker), i, present);
    }
}

static void
on_picker_add (HpContactsPage *self)
{
  HpPlan *plan = hp_page_get_plan (HP_PAGE (self));
  HpCatalogue *catalogue = hp_page_get_catalogue (HP_PAGE (self));
  g_autoptr(GArray) checked = NULL;
  GListModel *local;

  if (plan == NULL || catalogue == NULL)
    return;

  local = hp_catalogue_get_contacts (catalogue);
  checked = hp_catalogue_picker_get_checked (HP_CATALOGUE_PICKER (self->picker));
  for (guint i = 0; i < checked->len; i++)
    {
      g_autoptr(HpContact) entry = g_list_model_get_item (local, g_array_index (checked, guint, i));
      g_autoptr(HpRecord) copy = hp_record_copy (HP_RECORD (entry));
      /* One at a time, so that each new id sees the ones before it. */
      g_autofree char *id = hp_plan_new_contact_id (plan);

      g_object_set (copy, "id", id, NULL);
      g_list_store_append (plan->contacts, copy);
    }

  if (checked->len > 0)
    hp_list_editor_select (HP_LIST_EDITOR (self->contacts_editor),
                           g_list_model_get_n_items (G_LIST_MODEL (plan->contacts)) - 1);
}

static void
hp_contacts_page_dispose (GObject *object)
{
  HP_CONTACTS_PAGE (object)->save_button = NULL;
  HP_CONTACTS_PAGE (object)->picker = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (object), HP_TYPE_CONTACTS_PAGE);

  G_OBJECT_CLASS (hp_contacts_page_parent_class)->dispose (object);
}

/* The catalogue's contacts in the picker, again after the catalogue was
 * read again; the picker shows only when there are any, and the line below
 * the list says how to get some when there are none. */
static void
fill_picker (HpContactsPage *self)
{
  HpCatalogue *catalogue = hp_page_get_catalogue (HP_PAGE (self));
  GListModel *local = catalogue != NULL ? hp_catalogue_get_contacts (catalogue) : NULL;
  guint n = local != NULL ? g_list_model_get_n_items (local) : 0;
  g_autofree char *admin = NULL;
  g_autofree char *hint = NULL;

  if (self->contacts_editor == NULL)
    return;

  if (self->picker == NULL && n > 0)
    {
      self->picker = hp_catalogue_picker_new (_("Add from the catalogue"));
      g_signal_connect_swapped (self->picker, "add", G_CALLBACK (on_picker_add), self);
      g_signal_connect_swapped (self->picker, "opening", G_CALLBACK (on_picker_opening), self);
      hp_list_editor_add_extra (HP_LIST_EDITOR (self->contacts_editor), self->picker);
    }
  if (self->picker != NULL)
    {
      hp_catalogue_picker_clear (HP_CATALOGUE_PICKER (self->picker));
      gtk_widget_set_visible (self->picker, n > 0);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpContact) entry = g_list_model_get_item (local, i);
      g_autofree char *title = hp_contact_label (entry);
      g_autofree char *subtitle = NULL;

      subtitle = *entry->phone != '\0'
                   ? g_strdup_printf ("%s · %s",
                                      hp_enum_get_label (HP_TYPE_CONTACT_KIND, entry->kind),
                                      entry->phone)
                   : g_strdup (hp_enum_get_label (HP_TYPE_CONTACT_KIND, entry->kind));
      hp_catalogue_picker_append (HP_CATALOGUE_PICKER (self->picker), title, subtitle);
    }

  if (n > 0)
    hint = g_strdup (_("Pick the local contacts with “Add from the catalogue”. A contact of the "
                       "local routine that is not there yet (the police, a security company, a "
                       "handover site, a women’s shelter or an interpreter) can be saved in your "
                       "catalogue, for every plan, with the bookmark button after “Remove "
                       "contact”."));
  else
    {
      admin = g_build_filename (g_get_system_config_dirs ()[0], "hamtplan",
                                HP_CATALOGUE_FILE_NAME, NULL);
      /* Translators: %s is the administrator's catalogue file,
       * /etc/xdg/hamtplan/catalogue.json */
      hint = g_strdup_printf (_("The catalogue has no local contacts yet. A municipality provides "
                                "its police, security company and handover sites in the file %s, "
                                "which the administrator places on each computer. You can also "
                                "save a contact of the local routine from this plan in your own "
                                "catalogue with the bookmark button after “Remove contact”."), admin);
    }
  gtk_label_set_text (GTK_LABEL (self->catalogue_hint), hint);
}

static void
update_save_button (HpContactsPage *self)
{
  /* Rows go as the page is taken apart. */
  if (self->contacts_editor == NULL || self->save_button == NULL)
    return;
  gtk_widget_set_sensitive (self->save_button,
                            hp_list_editor_get_selected (HP_LIST_EDITOR (self->contacts_editor)) >= 0);
}

/* Saves the selected contact in the user's catalogue, or says why not. */
static void
on_save_clicked (HpContactsPage *self)
{
  HpPlan *plan = hp_page_get_plan (HP_PAGE (self));
  HpCatalogue *catalogue = hp_page_get_catalogue (HP_PAGE (self));
  HpListEditor *editor = HP_LIST_EDITOR (self->contacts_editor);
  int index = hp_list_editor_get_selected (editor);
  g_autoptr(HpContact) contact = NULL;
  g_autoptr(HpContact) kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *refusal = NULL;
  g_autofree char *name = NULL;
  g_autofree char *done = NULL;

  if (plan == NULL || catalogue == NULL || index < 0)
    return;

  contact = g_list_model_get_item (G_LIST_MODEL (plan->contacts), (guint) index);
  kept = hp_contact_dup_for_catalogue (contact);
  if (kept != NULL)
    refusal = hp_catalogue_save_check_texts (plan, (const char *[]) {
      kept->name, kept->organisation, kept->phone, kept->address, NULL });
  if (refusal != NULL)
    {
      hp_list_editor_show_message (editor, refusal, TRUE);
      return;
    }
  if (!hp_catalogue_save_contact (catalogue, contact, &error))
    {
      hp_list_editor_show_message (editor, error->message, TRUE);
      return;
    }

  name = hp_contact_label (contact);
  done = hp_catalogue_save_done_message (catalogue, name);
  hp_list_editor_show_message (editor, done, FALSE);
}

static void
hp_contacts_page_constructed (GObject *object)
{
  HpContactsPage *self = HP_CONTACTS_PAGE (object);
  HpCatalogue *catalogue;

  /* The catalogue is a construct property: known from here on. */
  catalogue = hp_page_get_catalogue (HP_PAGE (self));
  fill_picker (self);
  if (catalogue != NULL)
    g_signal_connect_object (catalogue, "changed", G_CALLBACK (fill_picker), self,
                             G_CONNECT_SWAPPED);

  self->save_button = hp_catalogue_save_button_new (
    _("Save the selected contact in your own catalogue, so that every plan can pick it: only "
      "the police, a security company, a handover site, a women’s shelter or an interpreter"));
  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (on_save_clicked), self);
  hp_list_editor_add_extra (HP_LIST_EDITOR (self->contacts_editor), self->save_button);
  hp_catalogue_save_place_last (self->save_button);
  gtk_widget_set_visible (self->save_button, catalogue != NULL);
  g_signal_connect_object (hp_list_editor_get_list_box (HP_LIST_EDITOR (self->contacts_editor)),
                           "row-selected", G_CALLBACK (update_save_button), self,
                           G_CONNECT_SWAPPED);

  G_OBJECT_CLASS (hp_contacts_page_parent_class)->constructed (object);
}

static void
hp_contacts_page_class_init (HpContactsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hp_contacts_page_constructed;
  object_class->dispose = hp_contacts_page_dispose;

  hp_page_class_setup (widget_class, HP_SECTION_CONTACTS,
                       "/se/hamtplan/Hamtplan/pages/hp-contacts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HpContactsPage, contacts_editor);
  gtk_widget_class_bind_template_child (widget_class, HpContactsPage, catalogue_hint);
}

static void
hp_contacts_page_init (HpContactsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
