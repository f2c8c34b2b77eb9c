/* hp-drafts.h: drafts of unsaved plans, and their recovery after a crash
 *
 * Every window writes its plan, while it has unsaved changes, to a draft in
 * $XDG_DATA_HOME/hamtplan/drafts (folders 0700, files 0600).  A draft's name
 * is "<session>.<n>.hamtplan": the session is a random identifier of the
 * running process, so that the name says nothing about the case.  The
 * process holds an flock() on "<session>.lock" while it runs; the kernel
 * releases it however the process ends, so a draft whose session lock can be
 * taken belongs to a process that is gone, and can be offered for recovery.
 */
#pragma once

#include <gio/gio.h>

#include "hp-plan.h"

G_BEGIN_DECLS

typedef struct
{
  char      *path;      /* the draft file */
  char      *origin;    /* the plan file it was a draft of, or NULL */
  GDateTime *modified;  /* when it was last written, local time */
} HpDraft;

void     hp_draft_free (HpDraft *draft);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpDraft, hp_draft_free)

#define HP_TYPE_DRAFTS (hp_drafts_get_type ())
G_DECLARE_FINAL_TYPE (HpDrafts, hp_drafts, HP, DRAFTS, GObject)

HpDrafts   *hp_drafts_new             (const char  *folder);
const char *hp_drafts_get_folder      (HpDrafts    *self);
gboolean    hp_drafts_is_enabled      (HpDrafts    *self);
char       *hp_drafts_new_path        (HpDrafts    *self);
gboolean    hp_drafts_write           (HpDrafts    *self,
                                       const char  *path,
                                       HpPlan      *plan,
                                       GFile       *origin,
                                       GError     **error);
void        hp_drafts_remove          (HpDrafts    *self,
                                       const char  *path);
GPtrArray  *hp_drafts_claim_orphans   (HpDrafts    *self);
void        hp_drafts_release_claims  (HpDrafts    *self);
void        hp_drafts_close           (HpDrafts    *self);

G_END_DECLS
