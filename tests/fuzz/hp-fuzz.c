/* hp-fuzz.c: shared by every harness (see hp-fuzz.h) */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "hp-fuzz.h"

void
hp_fuzz_setup (void)
{
  /* A warning or a critical from our code on any input is a bug: make it
   * a crash that the fuzzer keeps, as G_DEBUG=fatal-warnings does in the
   * tests. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
}

void
hp_fuzz_fail (const char *format,
              ...)
{
  va_list args;

  fputs ("hp-fuzz: property broken: ", stderr);
  va_start (args, format);
  vfprintf (stderr, format, args);
  va_end (args);
  fputc ('\n', stderr);
  fflush (stderr);
  abort ();
}
