/* main.c: picks the command line or the window; sets up translations */

#include "config.h"

#include <glib.h>

#include "hp-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_auto(GStrv) args = g_strdupv (argv);
  int status;

  hp_cli_init_i18n ();

  status = hp_cli_main (&args);
  if (status >= 0)
    return status;

  /* The window arrives with the GUI work; until then say so. */
  g_printerr ("hamtplan: the window is not built yet; use --check\n");
  return 2;
}
