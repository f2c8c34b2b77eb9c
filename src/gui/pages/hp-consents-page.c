/* hp-consents-page.c: the page of the consents given or refused
 *
 * The consent dialog chooses the recipient among the plan's contacts (it
 * stores the contact's id); the municipality's own wording from the
 * catalogue is shown above the list.
 */

#define G_LOG_DOMAIN "hp-consents-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-consents-page.h"
#include "hp-list-editor.h"

struct _HpConsentsPage
{
  HpPage     parent_instance;

  GtkWidget *wording_group;
  GtkWidget *consents_editor;
};

G_DEFINE_FINAL_TYPE (HpConsentsPage, hp_consents_page, HP_TYPE_PAGE)

static void
hp_consents_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HP_TYPE_CONSENTS_PAGE);

  G_OBJECT_CLASS (hp_consents_page_parent_class)->dispose (object);
}

static void
hp_consents_page_constructed (GObject *object)
{
  HpConsentsPage *self = HP_CONSENTS_PAGE (object);
  HpCatalogue *catalogue = hp_page_get_catalogue (HP_PAGE (self));
  const char *wording = catalogue != NULL ? hp_catalogue_get_consent_wording (catalogue) : NULL;

  if (wording != NULL && *wording != '\0')
    {
      GtkWidget *label = gtk_label_new (wording);
      GtkWidget *frame = gtk_frame_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 90);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      gtk_widget_set_margin_top (label, 10);
      gtk_widget_set_margin_bottom (label, 10);
      gtk_frame_set_child (GTK_FRAME (frame), label);
      gtk_box_append (GTK_BOX (self->wording_group), frame);
    }
  else
    gtk_widget_set_visible (self->wording_group, FALSE);

  G_OBJECT_CLASS (hp_consents_page_parent_class)->constructed (object);
}

static void
hp_consents_page_class_init (HpConsentsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hp_consents_page_constructed;
  object_class->dispose = hp_consents_page_dispose;

  hp_page_class_setup (widget_class, HP_SECTION_CONSENTS,
                       "/se/hamtplan/Hamtplan/pages/hp-consents-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HpConsentsPage, wording_group);
  gtk_widget_class_bind_template_child (widget_class, HpConsentsPage, consents_editor);
}

static void
hp_consents_page_init (HpConsentsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
