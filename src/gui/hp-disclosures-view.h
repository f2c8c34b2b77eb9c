/* hp-disclosures-view.h: the window's page of the disclosure log
 *
 * A read-only list of every handover sheet and consent record that left
 * the office (the plan's "disclosures"), newest last, with when, to whom,
 * which document in which form, the consent then and now.  An entry whose
 * consent has since been withdrawn or has expired says so, in words, so
 * that the caseworker can tell the recipient.
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-plan.h"

G_BEGIN_DECLS

#define HP_TYPE_DISCLOSURES_VIEW (hp_disclosures_view_get_type ())
G_DECLARE_FINAL_TYPE (HpDisclosuresView, hp_disclosures_view, HP, DISCLOSURES_VIEW, GtkWidget)

GtkWidget     *hp_disclosures_view_new          (void);
void           hp_disclosures_view_set_plan     (HpDisclosuresView *self,
                                                 HpPlan            *plan);
/* For the tests: the list, and the notice shown when an entry's consent no
 * longer holds. */
GtkColumnView *hp_disclosures_view_get_list     (HpDisclosuresView *self);
GtkLabel      *hp_disclosures_view_get_notice   (HpDisclosuresView *self);

G_END_DECLS
