/* hp-risk-page.c: the page of risk assessments, the other party and the decision
 *
 * The template says it all: the forms and lists, each with the path of
 * what it edits in the plan.
 */

#define G_LOG_DOMAIN "hp-risk-page"

#include "config.h"

#include "hp-risk-page.h"

struct _HpRiskPage
{
  HpPage parent_instance;
};

G_DEFINE_FINAL_TYPE (HpRiskPage, hp_risk_page, HP_TYPE_PAGE)

static void
hp_risk_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HP_TYPE_RISK_PAGE);

  G_OBJECT_CLASS (hp_risk_page_parent_class)->dispose (object);
}

static void
hp_risk_page_class_init (HpRiskPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hp_risk_page_dispose;

  hp_page_class_setup (GTK_WIDGET_CLASS (klass), HP_SECTION_RISK,
                       "/se/hamtplan/Hamtplan/pages/hp-risk-page.ui");
}

static void
hp_risk_page_init (HpRiskPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
