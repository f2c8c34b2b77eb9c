/* hp-harden-save.c: saves two large plans in turn, forever, until killed
 *
 *   hp-harden-save plan PATH N_ITEMS
 *   hp-harden-save atomic PATH FILE_A FILE_B
 *
 * plan: builds plan "A" and plan "B" of N_ITEMS items each
 * (harden-plans.c) and saves them in turn with hp_plan_file_save.
 * atomic: writes the contents of FILE_A and FILE_B in turn with
 * hp_file_write_atomic, the way drafts are written.
 * Writes "ready" on stdout before the first save, then saves A, B, A, B ...
 * to PATH until killed.  test-crash-safe-save kills it with SIGKILL at
 * random moments and looks at what is left.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harden-plans.h"
#include "hp-plan-file.h"

int
main (int   argc,
      char *argv[])
{
  HpPlan *plans[2] = { NULL, NULL };
  GBytes *bytes[2] = { NULL, NULL };
  gboolean atomic;
  const char *path;

  atomic = argc == 5 && strcmp (argv[1], "atomic") == 0;
  if (!atomic && (argc != 4 || strcmp (argv[1], "plan") != 0))
    {
      fprintf (stderr, "usage: hp-harden-save plan PATH N_ITEMS\n"
                       "       hp-harden-save atomic PATH FILE_A FILE_B\n");
      return 2;
    }
  path = argv[2];

  for (guint i = 0; i < 2; i++)
    {
      if (atomic)
        {
          g_autoptr(GError) error = NULL;
          char *contents = NULL;
          gsize length = 0;

          if (!g_file_get_contents (argv[3 + i], &contents, &length, &error))
            {
              fprintf (stderr, "hp-harden-save: %s\n", error->message);
              return 2;
            }
          bytes[i] = g_bytes_new_take (contents, length);
        }
      else
        plans[i] = harden_plan_new ((guint) g_ascii_strtoull (argv[3], NULL, 10), i ? "B" : "A");
    }

  printf ("ready\n");
  fflush (stdout);

  for (guint i = 0;; i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean ok;

      if (atomic)
        ok = hp_file_write_atomic (path, g_bytes_get_data (bytes[i % 2], NULL),
                                   g_bytes_get_size (bytes[i % 2]), &error);
      else
        ok = hp_plan_file_save (plans[i % 2], path, &error);

      if (!ok)
        {
          fprintf (stderr, "hp-harden-save: %s\n", error->message);
          break;
        }
    }

  for (guint i = 0; i < 2; i++)
    {
      g_clear_pointer (&bytes[i], g_bytes_unref);
      g_clear_object (&plans[i]);
    }
  return 1;
}
