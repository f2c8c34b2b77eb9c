/* asan-whole-stacks.h: include once in a test program that opens GTK's
 * file chooser or print dialog
 *
 * Under AddressSanitizer, leak reports then carry whole stacks, so that the
 * suppressions of tests/lsan.supp match the frames of system libraries
 * built without frame pointers (GLib's quark table, libcloudproviders).
 * Safe because the tests run without GL (GDK_DEBUG=gl-disable; see
 * HEADLESS.md).  ASAN_OPTIONS given from outside still count.  In a build
 * without AddressSanitizer nothing calls this.
 */
#pragma once

const char *__asan_default_options (void);

const char *
__asan_default_options (void)
{
  return "fast_unwind_on_malloc=0";
}
