/* hp-first-frame-exit.h: HAMTPLAN_EXIT_AFTER_FIRST_FRAME=1, for the
 * first-frame benchmark (tests/bench) and the start-up tests
 *
 * The process paints its first window once and ends, saying on stderr
 * that the frame was painted: what is timed from outside is the time to
 * that frame.  Nothing else of the program knows about it.
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-drafts.h"

G_BEGIN_DECLS

/* The line on stderr that proves the frame was painted (the benchmark
 * looks for it). */
#define HP_FIRST_FRAME_PAINTED "first frame painted"

gboolean hp_first_frame_exit_watch (GtkWindow *window,
                                    HpDrafts  *drafts);

G_END_DECLS
