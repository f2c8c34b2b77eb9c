/* main.c: picks the command line or the window; sets up translations */

#include "config.h"

#include <glib.h>

#include "hp-application.h"
#include "hp-cli.h"

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

  return hp_application_run ((int) g_strv_length (args), args);
}
