/* hp-window.h: the main window: one plan, its sections and its checks */
#pragma once

#include <gtk/gtk.h>

#include "hp-context.h"
#include "hp-plan.h"

G_BEGIN_DECLS

/* The answers of the unsaved-changes question (a GtkMessageDialog modal to
 * the window). */
#define HP_WINDOW_RESPONSE_SAVE      GTK_RESPONSE_ACCEPT
#define HP_WINDOW_RESPONSE_DONT_SAVE GTK_RESPONSE_REJECT
#define HP_WINDOW_RESPONSE_CANCEL    GTK_RESPONSE_CANCEL

#define HP_TYPE_WINDOW (hp_window_get_type ())
G_DECLARE_FINAL_TYPE (HpWindow, hp_window, HP, WINDOW, GtkApplicationWindow)

/* Called once the question about unsaved changes is answered: @closed is
 * FALSE when the user chose to keep the window open. */
typedef void (*HpWindowCloseFunc) (HpWindow *window,
                                   gboolean  closed,
                                   gpointer  user_data);

/* Called once a plan has a file to note a disclosure in, or not
 * (hp_window_save_then()). */
typedef void (*HpWindowSavedFunc) (HpWindow *window,
                                   gboolean  saved,
                                   gpointer  user_data);

HpWindow  *hp_window_new             (GtkApplication    *application,
                                      HpContext         *context);
HpWindow  *hp_window_new_for_file    (GtkApplication    *application,
                                      HpContext         *context,
                                      GFile             *file);
HpContext *hp_window_get_context     (HpWindow          *self);
HpPlan    *hp_window_get_plan        (HpWindow          *self);
GFile     *hp_window_get_file        (HpWindow          *self);
gboolean   hp_window_get_dirty       (HpWindow          *self);
gboolean   hp_window_is_pristine     (HpWindow          *self);
gboolean   hp_window_open_file       (HpWindow          *self,
                                      GFile             *file);
gboolean   hp_window_save_to_file    (HpWindow          *self,
                                      GFile             *file);
void       hp_window_restore_draft   (HpWindow          *self,
                                      HpPlan            *plan,
                                      GFile             *origin);
void       hp_window_query_close     (HpWindow          *self,
                                      HpWindowCloseFunc  func,
                                      gpointer           user_data);
void       hp_window_show_section    (HpWindow          *self,
                                      HpSection          section);
HpSection  hp_window_get_section     (HpWindow          *self);
void       hp_window_show_disclosures (HpWindow         *self);

/* The disclosure log (hp-disclosures.h) */
void       hp_window_save_then        (HpWindow          *self,
                                       HpWindowSavedFunc  func,
                                       gpointer           user_data);
gboolean   hp_window_record_disclosure (HpWindow         *self,
                                        HpDisclosure     *entry,
                                        GError          **error);
gboolean   hp_window_export_disclosed (HpWindow          *self,
                                       HpDisclosure      *entry,
                                       GBytes            *document,
                                       const char        *out_path,
                                       GError           **error);

G_END_DECLS
