/* hp-plan-file-private.h: between the files of the plan file, and for tests
 * and fuzzers */
#pragma once

#include <glib.h>

#include "hp-plan.h"

G_BEGIN_DECLS

/* Turns the one-pass reader off, so that a test can load the same bytes
 * through the strict loader alone and compare: the two must always agree. */
void      hp_plan_file_set_fast_path     (gboolean     enabled);

/* The readers' shared parts: the one-pass reader (NULL when it is off or
 * not sure of the file) and the checks of references between records. */
HpPlan   *hp_plan_file_load_fast         (const char  *data,
                                          gsize        length);

/* hp-plan-file-check.c */
gboolean  _hp_plan_file_invalid          (GError     **error,
                                          const char  *path,
                                          const char  *format,
                                          ...) G_GNUC_PRINTF (3, 4);
gboolean  hp_plan_file_check_references  (HpPlan      *plan,
                                          GError     **error);

G_END_DECLS
