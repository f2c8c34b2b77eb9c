/* hp-case-page.c: the page of the client, the children, the home and the staff
 *
 * The templates say it all: the forms and lists, each with the path of
 * what it edits in the plan.  hp-case-page-more.ui holds the groups below
 * the first screenful (see hp_page_set_rest()).
 */

#define G_LOG_DOMAIN "hp-case-page"

#include "config.h"

#include "hp-case-page.h"

struct _HpCasePage
{
  HpPage  parent_instance;

  GtkBox *content;
};

G_DEFINE_FINAL_TYPE (HpCasePage, hp_case_page, HP_TYPE_PAGE)

static void
hp_case_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HP_TYPE_CASE_PAGE);

  G_OBJECT_CLASS (hp_case_page_parent_class)->dispose (object);
}

static void
hp_case_page_class_init (HpCasePageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hp_case_page_dispose;

  hp_page_class_setup (GTK_WIDGET_CLASS (klass), HP_SECTION_CASE,
                       "/se/hamtplan/Hamtplan/pages/hp-case-page.ui");
  gtk_widget_class_bind_template_child (GTK_WIDGET_CLASS (klass), HpCasePage, content);
}

static void
hp_case_page_init (HpCasePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hp_page_set_rest (HP_PAGE (self), self->content,
                    "/se/hamtplan/Hamtplan/pages/hp-case-page-more.ui");
}
