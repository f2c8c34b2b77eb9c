/* hp-cli.h: the command line (no display needed) */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit codes of the command line. */
#define HP_CLI_EXIT_OK        0
#define HP_CLI_EXIT_FINDINGS  1  /* --check found an error-level finding */
#define HP_CLI_EXIT_BAD_INPUT 2  /* a file that cannot be read or is not a valid plan */

/* Sets up translations; call once, first thing in main(). */
void hp_cli_init_i18n (void);

/* Runs the command-line action that @argv asks for and returns its exit
 * code, or returns -1 when no action was asked for: then the caller opens
 * the window with the files left in @argv.  Never calls into GTK. */
int  hp_cli_main      (int   *argc,
                       char ***argv);

G_END_DECLS
