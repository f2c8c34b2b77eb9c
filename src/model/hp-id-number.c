/* hp-id-number.c: Swedish personnummer and samordningsnummer
 *
 * Accepted forms: YYMMDD-NNNN, YYMMDD+NNNN (100 years or older),
 * YYMMDDNNNN, YYYYMMDD-NNNN and YYYYMMDDNNNN.  The last digit is a Luhn
 * check digit over the ten-digit form.  The date must be real; in a
 * samordningsnummer the day is the day of birth plus 60.
 */

#define G_LOG_DOMAIN "hp-id-number"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-id-number.h"
#include "hp-validate.h"

static gboolean
fail (GError    **error,
      const char *text,
      const char *reason)
{
  g_set_error (error, HP_VALIDATE_ERROR, HP_VALIDATE_ERROR_INVALID,
               /* Translators: the first %s is what the user wrote, the second the reason */
               _("“%s” is not a valid personal identity number: %s"), text, reason);
  return FALSE;
}

static int
luhn_sum (const char digits[10])
{
  int sum = 0;

  for (int i = 0; i < 9; i++)
    {
      int d = (digits[i] - '0') * (i % 2 == 0 ? 2 : 1);

      sum += d > 9 ? d - 9 : d;
    }
  return (10 - sum % 10) % 10;
}

/**
 * hp_id_number_validate:
 * @text: what the user wrote
 * @kind: (out) (optional): which kind of number it is
 *
 * Returns: whether @text is a valid personnummer or samordningsnummer
 */
gboolean
hp_id_number_validate (const char      *text,
                       HpIdNumberKind  *kind,
                       GError         **error)
{
  char digits[13];
  gsize n = 0;
  char separator = 0;
  gsize separator_at = 0;
  int year, month, day;
  gboolean coordination = FALSE;

  g_return_val_if_fail (text != NULL, FALSE);

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          if (n == 12)
            return fail (error, text, _("too many digits"));
          digits[n++] = *p;
        }
      else if ((*p == '-' || *p == '+') && separator == 0)
        {
          separator = *p;
          separator_at = n;
        }
      else
        return fail (error, text, _("only digits and one “-” or “+” are allowed"));
    }
  digits[n] = '\0';

  if (n != 10 && n != 12)
    return fail (error, text, _("it must have 10 or 12 digits"));
  if (separator != 0 && separator_at != n - 4)
    return fail (error, text, _("the “-” or “+” must stand before the last four digits"));
  if (separator == '+' && n == 12)
    return fail (error, text, _("“+” is only used with 10 digits"));

  if (n == 12)
    {
      year = (digits[0] - '0') * 1000 + (digits[1] - '0') * 100 +
             (digits[2] - '0') * 10 + (digits[3] - '0');
      if (year < 1800)
        return fail (error, text, _("the year of birth is not possible"));
    }
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      int this_year = g_date_time_get_year (now);
      int yy = (digits[0] - '0') * 10 + (digits[1] - '0');

      /* The most recent year ending in yy, and a century earlier with “+”. */
      year = this_year - ((this_year - yy) % 100 + 100) % 100;
      if (separator == '+')
        year -= 100;
    }

  {
    const char *ten = digits + (n - 10);

    month = (ten[2] - '0') * 10 + (ten[3] - '0');
    day = (ten[4] - '0') * 10 + (ten[5] - '0');

    if (day > 60)
      {
        coordination = TRUE;
        day -= 60;
      }

    if (month < 1 || month > 12 || day < 1 || !g_date_valid_dmy (day, month, year))
      return fail (error, text, _("the date of birth does not exist"));

    if (luhn_sum (ten) != ten[9] - '0')
      return fail (error, text, _("the check digit is wrong"));
  }

  if (kind != NULL)
    *kind = coordination ? HP_ID_NUMBER_SAMORDNINGSNUMMER : HP_ID_NUMBER_PERSONNUMMER;
  return TRUE;
}
