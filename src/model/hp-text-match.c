/* hp-text-match.c: comparing what a text says about where a client is */

#include "config.h"

#include <string.h>

#include "hp-text-match.h"

/**
 * hp_text_fold:
 *
 * Returns: (transfer full): @text casefolded, with commas and runs of white
 * space made one space, so that "Ekvägen 3,  Norrvik" and "ekvägen 3
 * norrvik" compare equal
 */
char *
hp_text_fold (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == ',')
        space = TRUE;
      else
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, c);
        }
    }
  return g_string_free (out, FALSE);
}

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

/**
 * hp_text_is_street:
 * @folded_part: a folded part of an address, between commas or lines
 *
 * A part that names a street and a number ("ekvägen 3"): it starts with a
 * letter and holds a digit.  A postcode and town alone ("123 45 norrvik")
 * would match every place in town.
 */
gboolean
hp_text_is_street (const char *folded_part)
{
  return g_utf8_strlen (folded_part, -1) >= 5 && g_unichar_isalpha (g_utf8_get_char (folded_part)) &&
         strpbrk (folded_part, "0123456789") != NULL;
}
