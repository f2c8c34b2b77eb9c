/* hp-fuzz-replay.c: feeds files to a harness without libFuzzer
 *
 *   replay-NAME PATH...
 *
 * Every PATH is a file or a folder whose files (not recursively, sorted by
 * name) are each passed to LLVMFuzzerTestOneInput once, as libFuzzer would.
 * A broken property aborts, so the test fails and names the file first.
 * Fails too when no file was found: a replay of nothing proves nothing.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hp-fuzz.h"

static guint n_inputs;

static gboolean
replay_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      fprintf (stderr, "replay: %s\n", error->message);
      return FALSE;
    }

  /* Say which input it is before running it, so a crash names it. */
  printf ("replay: %s (%" G_GSIZE_FORMAT " bytes)\n", path, length);
  fflush (stdout);

  /* A copy of exactly the input's size, so that ASan sees reads past it. */
  {
    guint8 *copy = g_memdup2 (contents, length);

    LLVMFuzzerTestOneInput (copy, length);
    g_free (copy);
  }
  n_inputs++;
  return TRUE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static gboolean
replay_path (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    return replay_file (path);

  dir = g_dir_open (path, 0, NULL);
  if (dir == NULL)
    {
      fprintf (stderr, "replay: cannot open %s\n", path);
      return FALSE;
    }

  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_build_filename (path, name, NULL));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);

      if (g_file_test (file, G_FILE_TEST_IS_REGULAR) && !replay_file (file))
        return FALSE;
    }
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  LLVMFuzzerInitialize (&argc, &argv);

  for (int i = 1; i < argc; i++)
    if (!replay_path (argv[i]))
      return EXIT_FAILURE;

  if (n_inputs == 0)
    {
      fprintf (stderr, "replay: no input files found\n");
      return EXIT_FAILURE;
    }

  printf ("replay: %u inputs, all properties held\n", n_inputs);
  return EXIT_SUCCESS;
}
