/* hp-harden-load.c: loads one file the way the application does
 *
 *   hp-harden-load plan|use|catalogue FILE
 *
 * Prints "loaded" or "refused: MESSAGE" on stdout and exits 0 or 3.
 * "use" goes on, with a plan that loads, to what the command line does
 * with it: the checks, the consent record as XML and the journal text.
 * test-bounded-load runs it as a child to measure its time and peak memory.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "hp-catalogue.h"
#include "hp-checks.h"
#include "hp-consent-xml.h"
#include "hp-journal.h"
#include "hp-plan-file.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  if (argc != 3)
    {
      fprintf (stderr, "usage: hp-harden-load plan|catalogue FILE\n");
      return 2;
    }

  if (strcmp (argv[1], "plan") == 0 || strcmp (argv[1], "use") == 0)
    {
      g_autoptr(HpPlan) plan = hp_plan_file_load (argv[2], &error);

      if (plan != NULL)
        printf ("loaded %u items\n", g_list_model_get_n_items (G_LIST_MODEL (plan->items)));
      if (plan != NULL && strcmp (argv[1], "use") == 0)
        {
          g_autoptr(GPtrArray) findings = hp_checks_run (plan, NULL);
          g_autoptr(GBytes) xml = hp_consent_xml_to_bytes (plan);
          g_autofree char *journal = hp_journal_text (plan);

          printf ("%u findings, %" G_GSIZE_FORMAT " bytes of XML, %" G_GSIZE_FORMAT
                  " of journal\n", findings->len, g_bytes_get_size (xml), strlen (journal));
        }
    }
  else
    {
      const char *paths[] = { argv[2], NULL };
      /* The built-in catalogue with the file over it; a file that is
       * refused leaves the built-in one and a warning. */
      g_autoptr(HpCatalogue) catalogue = hp_catalogue_load_files (paths, &error);

      if (error == NULL)
        printf ("loaded %u items\n", hp_catalogue_get_n_items (catalogue));
    }

  if (error != NULL)
    {
      printf ("refused: %s\n", error->message);
      return 3;
    }
  return 0;
}
