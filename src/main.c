/* main.c: picks the command line or the window; sets up translations */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "hp-cli.h"

int
main (int   argc,
      char *argv[])
{
  return hp_cli_main (argc, argv);
}
