/* hp-application.h: the GtkApplication: windows, settings, drafts, actions */
#pragma once

#include <gtk/gtk.h>

#include "hp-context.h"

G_BEGIN_DECLS

#define HP_TYPE_APPLICATION (hp_application_get_type ())
G_DECLARE_FINAL_TYPE (HpApplication, hp_application, HP, APPLICATION, GtkApplication)

HpApplication *hp_application_new                (void);
int            hp_application_run                (int             argc,
                                                  char          **argv);
GSettings     *hp_application_get_settings       (HpApplication  *self);
HpContext     *hp_application_get_context        (HpApplication  *self);
char          *hp_application_take_catalogue_warning (HpApplication *self);
void           hp_application_forget_recent      (HpApplication  *self,
                                                  GFile          *file);
void           hp_application_offer_drafts       (HpApplication  *self,
                                                  GtkWindow      *parent);

G_END_DECLS
