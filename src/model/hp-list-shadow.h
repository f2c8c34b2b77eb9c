/* hp-list-shadow.h: what a list held before its last change
 *
 * GListModel::items-changed tells where a list changed and how many items
 * went, but not which: by then the store has dropped them, and they may be
 * gone.  A shadow keeps a reference to every item of one list, in order,
 * and is told each change after the list: it hands back the items that
 * went.  It copies no item (one pointer each), so a list of 10,000 items
 * costs 10,000 pointers, once, not per change.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _HpListShadow HpListShadow;

HpListShadow *hp_list_shadow_new     (GListModel   *list);
void          hp_list_shadow_free    (HpListShadow *self);
GPtrArray    *hp_list_shadow_follow  (HpListShadow *self,
                                      guint         position,
                                      guint         removed,
                                      guint         added);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpListShadow, hp_list_shadow_free)

G_END_DECLS
