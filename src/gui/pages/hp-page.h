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

/* Returns: (transfer floating): a new page widget for @section, floating
 * like any new widget (adding it to the stack takes the reference) */
GtkWidget *hp_page_new          (HpSection    section,
                                 HpCatalogue *catalogue);
GtkWidget *hp_page_new_deferred (HpSection    section,
                                 HpCatalogue *catalogue);
void       hp_page_set_plan     (GtkWidget   *page,
                                 HpPlan      *plan);
/* Brings the widget that edits @field (a path from HpFinding.field, such as
 * "items[3].priority" or "risk.assessments") into view and focuses it.
 * An entry of a list is selected and focused.  On a page that is not
 * shown yet, this happens as soon as it is. */
void       hp_page_focus_field  (GtkWidget   *page,
                                 const char  *field);

HpSection  hp_page_get_section  (GtkWidget   *page);
/* Returns: (transfer full) (nullable): the path of the first field whose
 * input holds text that is not in the plan because it is invalid (an
 * impossible date, a wrong personnummer), with the reason in @message.
 * Such text is kept in the input and never written to the plan; the
 * window can warn before it saves, and focus it with hp_page_focus_field. */
char      *hp_page_dup_invalid_field (GtkWidget  *page,
                                      char      **message);

G_END_DECLS
