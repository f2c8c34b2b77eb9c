/* hp-text-match.c: phone and identity numbers by their digits */

#include "config.h"

#include <string.h>

#include "hp-text-match.h"

/* Returns: (transfer full): the ASCII digits of @text, nothing else */
char *
hp_text_digits (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

/**
 * hp_phone_core:
 * @digits: a phone number's digits (hp_text_digits())
 *
 * 070-174 01 23, +46 70 174 01 23 and 0046701740123 are one number.
 *
 * Returns: (transfer none): the part of @digits after the country prefix
 * (0046, or 46 before a whole number) or the leading 0
 */
const char *
hp_phone_core (const char *digits)
{
  if (g_str_has_prefix (digits, "0046"))
    return digits + 4;
  if (g_str_has_prefix (digits, "46") && strlen (digits) >= 11)
    return digits + 2;
  if (g_str_has_prefix (digits, "0"))
    return digits + 1;
  return digits;
}

