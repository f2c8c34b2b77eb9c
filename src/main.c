/* main.c: picks the command line or the window; sets up translations
 *
 * This program holds no GTK (src/meson.build): the window lives in
 * hamtplan-gui.so, loaded only when the window is asked for.
 */

#include "config.h"

#include <stdio.h>

#include <glib.h>
#include <glib/gi18n.h>
#include <gmodule.h>

#include "hp-cli.h"
#include "hp-platform.h"

#define GUI_MODULE "hamtplan-gui.so"

typedef int (*HpRunFunc) (int argc, char **argv);

/* Beside the program when it runs from the build tree (build/src), else
 * where it is installed.  Both are absolute: the working folder, which may
 * be the folder of a plan, is never searched. */
static char *
find_gui_module (void)
{
  g_autofree char *dir = hp_platform_dup_program_folder ();

  if (dir != NULL)
    {
      g_autofree char *beside = g_build_filename (dir, GUI_MODULE, NULL);

      if (g_file_test (beside, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&beside);
    }

  return g_build_filename (PKGLIBDIR, GUI_MODULE, NULL);
}

static int
run_window (int    argc,
            char **argv)
{
  g_autofree char *path = find_gui_module ();
  GModule *module;
  HpRunFunc run = NULL;

  /* Global binding: the print backend that GTK loads later must find the
   * module's httpUpdate() before libcups's (gui/print/hp-cups-workaround.c). */
  module = g_module_open (path, G_MODULE_BIND_LAZY);
  if (module == NULL || !g_module_symbol (module, "hp_application_run", (gpointer *) &run))
    {
      /* Translators: %s is the system's reason, e.g. a missing file */
      fprintf (stderr, _("hamtplan: the window cannot be started: %s\n"), g_module_error ());
      return 1;
    }

  /* GTK and its types stay until the process ends. */
  g_module_make_resident (module);
  return run (argc, argv);
}

int
main (int   argc,
      char *argv[])
{
  g_auto(GStrv) args = g_strdupv (argv);
  int status;

  /* Translations, with HAMTPLAN_LOCALEDIR for an uninstalled build. */
  hp_cli_init_i18n ();

  /* The command line acts without a display; -1 means no action was asked
   * for, and @args holds the program name and the plan files to open. */
  status = hp_cli_main (&args);
  if (status >= 0)
    return status;

  return run_window ((int) g_strv_length (args), args);
}
