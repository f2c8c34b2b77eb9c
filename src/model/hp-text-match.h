/* hp-text-match.h: phone and identity numbers by their digits
 *
 * hp-secrets.c finds a phone number whatever its spacing and prefix by
 * these.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char       *hp_text_digits     (const char *text);
const char *hp_phone_core      (const char *digits);

G_END_DECLS
