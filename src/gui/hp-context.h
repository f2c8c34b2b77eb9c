/* hp-context.h: what every window takes from the application
 *
 * One HpContext per application, made as it starts up, handed to each
 * window as its construct-only "context" property (as GNOME Calendar's
 * GcalContext): the settings, the item catalogue and what was wrong with a
 * local catalogue file, the drafts, the recently-used guard and the plan
 * read while GTK started.  The window asks the context, never the
 * application, so that the application alone knows the windows.  The
 * catalogue is one object shared by every window and page: when an entry
 * is saved to the user's own file (hp_catalogue_save_*()) it is read again
 * in place and emits HpCatalogue::changed, and the pickers follow.
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-catalogue.h"
#include "hp-drafts.h"
#include "hp-plan.h"

G_BEGIN_DECLS

/* The plan named on the command line, read in a thread while GTK starts
 * (hp_preload_start()); a context takes it over. */
typedef struct _HpPreload HpPreload;

HpPreload   *hp_preload_start               (const char   *arg);
void         hp_preload_free                (HpPreload    *preload);

#define HP_TYPE_CONTEXT (hp_context_get_type ())
G_DECLARE_FINAL_TYPE (HpContext, hp_context, HP, CONTEXT, GObject)

HpContext   *hp_context_new                 (GSettings    *settings,
                                             HpCatalogue  *catalogue,
                                             const char   *catalogue_warning,
                                             HpDrafts     *drafts,
                                             HpPreload    *preload);
GSettings   *hp_context_get_settings        (HpContext    *self);
HpCatalogue *hp_context_get_catalogue       (HpContext    *self);
HpDrafts    *hp_context_get_drafts          (HpContext    *self);
char        *hp_context_take_catalogue_warning (HpContext *self);
gboolean     hp_context_take_preloaded      (HpContext    *self,
                                             GFile        *file,
                                             HpPlan      **plan,
                                             GError      **error);
void         hp_context_forget_recent       (HpContext    *self,
                                             GFile        *file);
void         hp_context_stop_recent_guard   (HpContext    *self);

G_END_DECLS
