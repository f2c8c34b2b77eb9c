/* hp-history.h: undo and redo for every edit of a plan
 *
 * A history follows one plan through HpRecord::edit (hp-record.h) and
 * keeps each change the user makes as a step: a field with its value
 * before and after, or a place in a list with the records that went and
 * came.  It keeps references to those records, never copies, so a step
 * costs the same in a plan of 10 items as in one of 10,000.  Undo and redo
 * apply a step the one way or the other, through the same setters and
 * list operations as any edit (so that every page shows the values again),
 * and are not themselves recorded.
 *
 * What is one step:
 *   - one edit, as a rule;
 *   - typing: edits of the same string field, one after another, merge
 *     into one step until hp_history_seal() (the window calls it when the
 *     focus moves) or a pause of more than a couple of seconds;
 *   - a group: everything between hp_history_begin_group() and
 *     hp_history_end_group(), or, for code that has the plan but not the
 *     history, between hp_record_begin_group() and hp_record_end_group()
 *     on any record of the plan.  Groups nest; the outermost one is the
 *     step.  A dialog's values assigned to an entry (hp_record_assign_values)
 *     are one group already.
 *
 * The disclosure log is not the caseworker's edit but the record of what
 * went out: its changes are never steps.
 */
#pragma once

#include "hp-plan.h"

G_BEGIN_DECLS

#define HP_TYPE_HISTORY (hp_history_get_type ())
G_DECLARE_FINAL_TYPE (HpHistory, hp_history, HP, HISTORY, GObject)

HpHistory  *hp_history_new            (void);
void        hp_history_set_plan       (HpHistory *self,
                                       HpPlan    *plan);
HpPlan     *hp_history_get_plan       (HpHistory *self);
void        hp_history_clear          (HpHistory *self);

gboolean    hp_history_can_undo       (HpHistory *self);
gboolean    hp_history_can_redo       (HpHistory *self);
gboolean    hp_history_undo           (HpHistory *self);
gboolean    hp_history_redo           (HpHistory *self);

void        hp_history_seal           (HpHistory *self);
void        hp_history_begin_group    (HpHistory *self);
void        hp_history_end_group      (HpHistory *self);
void        hp_history_set_pause      (HpHistory *self,
                                       gint64     usec);

void        hp_history_mark_saved     (HpHistory *self);
void        hp_history_mark_unsaved   (HpHistory *self);
gboolean    hp_history_is_saved       (HpHistory *self);

G_END_DECLS
