/* hp-clamp.h: keeps a page's content at a readable width
 *
 * Forms stretched across a wide window are hard to read; this container
 * gives its child at most "maximum-width" pixels, centred, and all of the
 * width when the window is narrower.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HP_TYPE_CLAMP (hp_clamp_get_type ())
G_DECLARE_FINAL_TYPE (HpClamp, hp_clamp, HP, CLAMP, GtkWidget)

G_END_DECLS
