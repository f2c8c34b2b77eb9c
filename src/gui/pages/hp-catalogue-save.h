/* hp-catalogue-save.h: "Save in the catalogue" beside a list of the plan
 *
 * The contacts, items and measures pages each put a button beside their
 * list that saves the selected entry to the user's own catalogue file
 * (hp_catalogue_save_*(), src/format), after which the catalogue in every
 * window is read again and its pickers offer the entry.  What names the
 * client (her name, phone, where she stays, the home's address) is never
 * saved: the catalogue is not kept secret as a plan is.
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-catalogue.h"
#include "hp-model.h"

G_BEGIN_DECLS

GtkWidget *hp_catalogue_save_button_new   (const char          *tooltip);
void       hp_catalogue_save_place_last   (GtkWidget           *button);
char      *hp_catalogue_save_check_texts  (HpPlan              *plan,
                                           const char * const  *texts);
char      *hp_catalogue_save_done_message (HpCatalogue         *catalogue,
                                           const char          *name);

G_END_DECLS
