/* hp-visits-page.c: the page of the visits to the home
 *
 * The template says it all: the forms and lists, each with the path of
 * what it edits in the plan.
 */

#define G_LOG_DOMAIN "hp-visits-page"

#include "config.h"

#include "hp-visits-page.h"

struct _HpVisitsPage
{
  HpPage parent_instance;
};

G_DEFINE_FINAL_TYPE (HpVisitsPage, hp_visits_page, HP_TYPE_PAGE)

static void
hp_visits_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HP_TYPE_VISITS_PAGE);

  G_OBJECT_CLASS (hp_visits_page_parent_class)->dispose (object);
}

static void
hp_visits_page_class_init (HpVisitsPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hp_visits_page_dispose;

  hp_page_class_setup (GTK_WIDGET_CLASS (klass), HP_SECTION_VISITS,
                       "/se/hamtplan/Hamtplan/pages/hp-visits-page.ui");
}

static void
hp_visits_page_init (HpVisitsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
