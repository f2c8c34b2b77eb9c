/* hp-plan-file-private.h: for tests and fuzzers only */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Turns the one-pass reader off, so that a test can load the same bytes
 * through the strict loader alone and compare: the two must always agree. */
void hp_plan_file_set_fast_path (gboolean enabled);

G_END_DECLS
