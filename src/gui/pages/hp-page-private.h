/* hp-page-private.h: the base class of the section pages
 *
 * A page's template holds HpRecordForm and HpListEditor widgets, each
 * with the path of the record or list it edits ("case", "case.children").
 * The base class binds them to the plan, finds them for
 * hp_page_focus_field() and gives the page's controls access keys.
 * Subclasses add what the template cannot say.
 */
#pragma once

#include "hp-page.h"

G_BEGIN_DECLS

#define HP_TYPE_PAGE (hp_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (HpPage, hp_page, HP, PAGE, GtkWidget)

struct _HpPageClass
{
  GtkWidgetClass parent_class;

  HpSection      section;

  /* After the forms and lists of the template have the new plan. */
  void         (*plan_changed) (HpPage     *self,
                                HpPlan     *plan);
  gboolean     (*focus_field)  (HpPage     *self,
                                const char *path);
};

HpPlan      *hp_page_get_plan      (HpPage         *self);
HpCatalogue *hp_page_get_catalogue (HpPage         *self);
GtkWidget   *hp_page_find_editor   (HpPage         *self,
                                    const char     *path);
GtkWidget   *hp_page_find_form     (HpPage         *self,
                                    const char     *path);
void         hp_page_class_setup   (GtkWidgetClass *widget_class,
                                    HpSection       section,
                                    const char     *resource);
void         hp_page_set_rest      (HpPage         *self,
                                    GtkBox         *box,
                                    const char     *resource);

G_END_DECLS
