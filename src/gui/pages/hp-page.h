/* hp-page.h: what the window asks of a section page
 *
 * One page per HpSection.  The window owns the plan and hands it to every
 * page; a page edits the plan in place, so the plan's "changed" signal
 * drives the dirty flag and the live checks.
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-catalogue.h"
#include "hp-plan.h"

G_BEGIN_DECLS

/* Returns: (transfer full): a new page widget for @section */
GtkWidget *hp_page_new          (HpSection    section,
                                 HpCatalogue *catalogue);
void       hp_page_set_plan     (GtkWidget   *page,
                                 HpPlan      *plan);
/* Brings the widget that edits @field (a path from HpFinding.field, such as
 * "items[3].priority" or "risk.assessments") into view and focuses it. */
void       hp_page_focus_field  (GtkWidget   *page,
                                 const char  *field);

G_END_DECLS
