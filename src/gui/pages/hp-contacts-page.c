/* hp-contacts-page.c: the page of police, security company, relatives and
 * other contacts
 *
 * Besides the list, the local contacts of the catalogue can be copied into
 * the plan, each with an id of its own there.
 */

#define G_LOG_DOMAIN "hp-contacts-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-catalogue-picker.h"
#include "hp-contacts-page.h"
#include "hp-list-editor.h"
#include "hp-page-util.h"

struct _HpContactsPage
{
  HpPage     parent_instance;

  GtkWidget *contacts_editor;
  GtkWidget *picker;
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
  gtk_widget_dispose_template (GTK_WIDGET (object), HP_TYPE_CONTACTS_PAGE);

  G_OBJECT_CLASS (hp_contacts_page_parent_class)->dispose (object);
}

static void
hp_contacts_page_constructed (GObject *object)
{
  HpContactsPage *self = HP_CONTACTS_PAGE (object);
  HpCatalogue *catalogue;
  GListModel *local;

  /* The catalogue is a construct property: known from here on. */
  catalogue = hp_page_get_catalogue (HP_PAGE (self));
  local = catalogue != NULL ? hp_catalogue_get_contacts (catalogue) : NULL;
  if (local != NULL && g_list_model_get_n_items (local) > 0)
    {
      self->picker = hp_catalogue_picker_new (_("Add from the catalogue"));
      for (guint i = 0; i < g_list_model_get_n_items (local); i++)
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
      g_signal_connect_swapped (self->picker, "add", G_CALLBACK (on_picker_add), self);
      g_signal_connect_swapped (self->picker, "opening", G_CALLBACK (on_picker_opening), self);
      hp_list_editor_add_extra (HP_LIST_EDITOR (self->contacts_editor), self->picker);
    }

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
}

static void
hp_contacts_page_init (HpContactsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
