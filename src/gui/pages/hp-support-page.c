/* hp-support-page.c: the page of the way of support and how it is carried out
 *
 * The template says it all: the forms and lists, each with the path of
 * what it edits in the plan.
 */

#define G_LOG_DOMAIN "hp-support-page"

#include "config.h"

#include "hp-support-page.h"

struct _HpSupportPage
{
  HpPage parent_instance;
};

G_DEFINE_FINAL_TYPE (HpSupportPage, hp_support_page, HP_TYPE_PAGE)

static void
hp_support_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HP_TYPE_SUPPORT_PAGE);

  G_OBJECT_CLASS (hp_support_page_parent_class)->dispose (object);
}

static void
hp_support_page_class_init (HpSupportPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hp_support_page_dispose;

  hp_page_class_setup (GTK_WIDGET_CLASS (klass), HP_SECTION_SUPPORT,
                       "/se/hamtplan/Hamtplan/pages/hp-support-page.ui");
}

static void
hp_support_page_init (HpSupportPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
