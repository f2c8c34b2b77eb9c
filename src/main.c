/* main.c: picks the command line or the window; sets up translations */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "hp-application.h"
#include "hp-cli.h"

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("HAMTPLAN_LOCALEDIR");
  int status;

  /* HAMTPLAN_LOCALEDIR points at the build tree's translations, so that an
   * uninstalled build and the tests run in Swedish too. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE,
                  localedir != NULL && localedir[0] != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* The command line acts without a display; -1 means it was not asked for
   * anything, and the window opens (with any plan files named). */
  status = hp_cli_main (argc, argv);
  if (status >= 0)
    return status;

  return hp_application_run (argc, argv);
}
