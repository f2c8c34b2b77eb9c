/* hp-text-match.h: comparing what a text says about where a client is
 *
 * The checks (a plan with protected personal data must not show the
 * client's whereabouts or phone to outside parties) and the documents (a
 * handover sheet leaves such texts out) look for the same things in the
 * same way: texts folded so that case, commas and spacing do not matter,
 * and phone numbers by their digits whatever the prefix.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char       *hp_text_fold       (const char *text);
char       *hp_text_digits     (const char *text);
const char *hp_phone_core      (const char *digits);
gboolean    hp_text_is_street  (const char *folded_part);

G_END_DECLS
