/* hp-findings-list.h: the findings panel's list
 *
 * A GtkListView over a GListStore of findings: GTK makes rows only for
 * what is on screen, and an edit that makes a finding come or go adds or
 * removes one item of the store.
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-checks.h"

G_BEGIN_DECLS

#define HP_TYPE_FINDING_ITEM (hp_finding_item_get_type ())
G_DECLARE_FINAL_TYPE (HpFindingItem, hp_finding_item, HP, FINDING_ITEM, GObject)

HpSection   hp_finding_item_get_section  (HpFindingItem *self);
const char *hp_finding_item_get_field    (HpFindingItem *self);
const char *hp_finding_item_get_message  (HpFindingItem *self);

/* Gives @view its factory and a model of (element-type HpFindingItem) in
 * @store, which it returns. */
GListStore *hp_findings_list_setup       (GtkListView   *view);

typedef const char *(*HpSectionLabelFunc) (HpSection section);

/* Makes @store show @findings, keeping the items at the start and at the
 * end that already show them; @section_label names a finding's section. */
void        hp_findings_list_update      (GListStore         *store,
                                          GPtrArray          *findings,
                                          HpSectionLabelFunc  section_label);

G_END_DECLS
