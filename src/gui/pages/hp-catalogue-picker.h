/* hp-catalogue-picker.h: pick several entries of the local catalogue at once
 *
 * A button that opens a searchable check list of catalogue entries (item
 * suggestions, safety measures, local contacts).  The user ticks as many
 * as they want and adds them with one press; the page that owns the picker
 * listens to "add" and reads hp_catalogue_picker_get_checked().  Entries
 * already in the plan can be marked as such, and an extra widget (the
 * owner of new items) can sit above the list.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HP_TYPE_CATALOGUE_PICKER (hp_catalogue_picker_get_type ())
G_DECLARE_FINAL_TYPE (HpCataloguePicker, hp_catalogue_picker, HP, CATALOGUE_PICKER, GtkWidget)

GtkWidget *hp_catalogue_picker_new           (const char        *label);
void       hp_catalogue_picker_clear         (HpCataloguePicker *self);
void       hp_catalogue_picker_append        (HpCataloguePicker *self,
                                              const char        *title,
                                              const char        *subtitle);
guint      hp_catalogue_picker_get_n_entries (HpCataloguePicker *self);
void       hp_catalogue_picker_set_present   (HpCataloguePicker *self,
                                              guint              index,
                                              gboolean           present);
void       hp_catalogue_picker_set_extra     (HpCataloguePicker *self,
                                              GtkWidget         *widget);
void       hp_catalogue_picker_set_checked   (HpCataloguePicker *self,
                                              guint              index,
                                              gboolean           checked);
GArray    *hp_catalogue_picker_get_checked   (HpCataloguePicker *self);
void       hp_catalogue_picker_set_search    (HpCataloguePicker *self,
                                              const char        *text);
guint      hp_catalogue_picker_get_n_shown   (HpCataloguePicker *self);
gboolean   hp_catalogue_picker_activate_add  (HpCataloguePicker *self);
GtkWidget *hp_catalogue_picker_get_button    (HpCataloguePicker *self);

G_END_DECLS
