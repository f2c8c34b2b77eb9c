/* hp-harden-save.c: saves two large plans in turn, forever, until killed
 *
 *   hp-harden-save plan PATH N_ITEMS
 *   hp-harden-save draft FOLDER N_ITEMS
 *
 * Builds plan "A" and plan "B" of N_ITEMS items each (harden-plans.c) and
 * writes "ready" on stdout, then saves A, B, A, B ... until killed: with
 * hp_plan_file_save to PATH (plan), or as the window writes drafts, with
 * hp_drafts_write to a draft of its own in FOLDER (draft; "ready" is then
 * followed by the draft's path).  test-crash-safe-save kills it with
 * SIGKILL at random moments and looks at what is left.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harden-plans.h"
#include "hp-drafts.h"
#include "hp-plan-file.h"

int
main (int   argc,
      char *argv[])
{
  HpPlan *plans[2] = { NULL, NULL };
  g_autoptr(HpDrafts) drafts = NULL;
  g_autoptr(GFile) origin = NULL;
  g_autofree char *path = NULL;
  gboolean draft;

  if (argc != 4 || (strcmp (argv[1], "plan") != 0 && strcmp (argv[1], "draft") != 0))
    {
      fprintf (stderr, "usage: hp-harden-save plan PATH N_ITEMS\n"
                       "       hp-harden-save draft FOLDER N_ITEMS\n");
      return 2;
    }
  draft = strcmp (argv[1], "draft") == 0;

  for (guint i = 0; i < 2; i++)
    plans[i] = harden_plan_new ((guint) g_ascii_strtoull (argv[3], NULL, 10), i ? "B" : "A");

  if (draft)
    {
      drafts = hp_drafts_new (argv[2]);
      path = hp_drafts_new_path (drafts);
      if (path == NULL)
        {
          fprintf (stderr, "hp-harden-save: drafts are off\n");
          return 2;
        }
      origin = g_file_new_for_path ("/home/handläggare/Planer/plan.hamtplan");
      printf ("ready %s\n", path);
    }
  else
    {
      path = g_strdup (argv[2]);
      printf ("ready\n");
    }
  fflush (stdout);

  for (guint i = 0;; i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean ok;

      if (draft)
        ok = hp_drafts_write (drafts, path, plans[i % 2], origin, &error);
      else
        ok = hp_plan_file_save (plans[i % 2], path, &error);

      if (!ok)
        {
          fprintf (stderr, "hp-harden-save: %s\n", error->message);
          break;
        }
    }

  for (guint i = 0; i < 2; i++)
    g_clear_object (&plans[i]);
  return 1;
}
