/* hp-follow-up-page.c: the page of how the retrieval went
 *
 * The template says it all: the forms and lists, each with the path of
 * what it edits in the plan.
 */

#define G_LOG_DOMAIN "hp-follow-up-page"

#include "config.h"

#include "hp-follow-up-page.h"

struct _HpFollowUpPage
{
  HpPage parent_instance;
};

G_DEFINE_FINAL_TYPE (HpFollowUpPage, hp_follow_up_page, HP_TYPE_PAGE)

static void
hp_follow_up_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HP_TYPE_FOLLOW_UP_PAGE);

  G_OBJECT_CLASS (hp_follow_up_page_parent_class)->dispose (object);
}

static void
hp_follow_up_page_class_init (HpFollowUpPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hp_follow_up_page_dispose;

  hp_page_class_setup (GTK_WIDGET_CLASS (klass), HP_SECTION_FOLLOW_UP,
                       "/se/hamtplan/Hamtplan/pages/hp-follow-up-page.ui");
}

static void
hp_follow_up_page_init (HpFollowUpPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
