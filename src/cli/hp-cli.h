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

/* Runs the command-line action that @argv (a GStrv the function may
 * replace) asks for and returns its exit code, or returns -1 when no action
 * was asked for: then @argv holds the program name and the files to open in
 * the window.  Never calls into GTK. */
int  hp_cli_main      (char ***argv);

G_END_DECLS
