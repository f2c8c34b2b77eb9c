/* hp-fuzz.h: what a harness in tests/fuzz provides
 *
 * Each harness is one C file with the two libFuzzer entry points.  The same
 * file is linked either with libFuzzer (-Dfuzzing=true, clang) to fuzz, or
 * with hp-fuzz-replay.c, a main() that feeds it files, to replay the kept
 * inputs in the normal test suite.  A harness reports a broken property
 * with hp_fuzz_fail(), which aborts: libFuzzer keeps the input as a crash.
 */
#pragma once

#include <glib.h>
#include <stddef.h>
#include <stdint.h>

G_BEGIN_DECLS

int  LLVMFuzzerInitialize   (int            *argc,
                             char         ***argv);
int  LLVMFuzzerTestOneInput (const uint8_t  *data,
                             size_t          size);

/* Shared set-up: warnings and criticals are fatal, as in the tests. */
void hp_fuzz_setup          (void);

G_NORETURN void hp_fuzz_fail (const char *format,
                              ...) G_GNUC_PRINTF (1, 2);

G_END_DECLS
