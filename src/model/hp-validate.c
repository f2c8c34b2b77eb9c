/* hp-validate.c: checks of single values (dates, times), and which values a
 * message may quote */

#define G_LOG_DOMAIN "hp-validate"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-validate.h"

G_DEFINE_QUARK (hp-validate-error-quark, hp_validate_error)

static gboolean
all_digits (const char *s,
            gsize       n)
{
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

/**
 * hp_date_parse:
 * @text: "YYYY-MM-DD"
 * @date: (out caller-allocates): set when the date is real
 *
 * Returns: whether @text is a real calendar date written as ISO 8601
 */
gboolean
hp_date_parse (const char *text,
               GDate      *date)
{
  int y, m, d;

  g_return_val_if_fail (text != NULL, FALSE);

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-' ||
      !all_digits (text, 4) || !all_digits (text + 5, 2) || !all_digits (text + 8, 2))
    return FALSE;

  y = atoi (text);
  m = atoi (text + 5);
  d = atoi (text + 8);

  if (y < 1 || m < 1 || m > 12 || d < 1 || !g_date_valid_dmy (d, m, y))
    return FALSE;

  if (date != NULL)
    g_date_set_dmy (date, d, m, y);
  return TRUE;
}

/**
 * hp_validate_date:
 *
 * An empty date is valid (not filled in).  Anything else must be a real date
 * written as 2026-11-27.
 */
gboolean
hp_validate_date (const char  *text,
                  GError     **error)
{
  g_return_val_if_fail (text != NULL, FALSE);

  if (*text == '\0' || hp_date_parse (text, NULL))
    return TRUE;

  g_set_error (error, HP_VALIDATE_ERROR, HP_VALIDATE_ERROR_INVALID,
               /* Translators: %s is what the user wrote */
               _("“%s” is not a real date written as YYYY-MM-DD"), text);
  return FALSE;
}

/**
 * hp_validate_time:
 *
 * An empty time is valid.  Anything else must be a 24-hour time, 08:30.
 */
gboolean
hp_validate_time (const char  *text,
                  GError     **error)
{
  g_return_val_if_fail (text != NULL, FALSE);

  if (*text == '\0')
    return TRUE;

  if (strlen (text) == 5 && text[2] == ':' && all_digits (text, 2) && all_digits (text + 3, 2) &&
      atoi (text) < 24 && atoi (text + 3) < 60)
    return TRUE;

  g_set_error (error, HP_VALIDATE_ERROR, HP_VALIDATE_ERROR_INVALID,
               /* Translators: %s is what the user wrote */
               _("“%s” is not a time written as HH:MM (24-hour)"), text);
  return FALSE;
}

/* The month names come from the translation, not from the C library's
 * locale, so that a Swedish date reads “27 november 2026” whenever the
 * messages are Swedish, whatever LC_TIME says. */
static const char *month_names[] = {
  NC_("month name", "January"), NC_("month name", "February"), NC_("month name", "March"),
  NC_("month name", "April"), NC_("month name", "May"), NC_("month name", "June"),
  NC_("month name", "July"), NC_("month name", "August"), NC_("month name", "September"),
  NC_("month name", "October"), NC_("month name", "November"), NC_("month name", "December"),
};

/**
 * hp_date_format_long:
 *
 * Returns: (transfer full): @iso_date written out in full in the user's
 * language (“27 november 2026” in Swedish), or a copy of @iso_date when it
 * is not a date
 */
char *
hp_date_format_long (const char *iso_date)
{
  GDate date;

  g_return_val_if_fail (iso_date != NULL, NULL);

  if (!hp_date_parse (iso_date, &date))
    return g_strdup (iso_date);

  /* Translators: a date in full; %1$s is the month's name, %2$d the day,
   * %3$d the year.  In Swedish: “%2$d %1$s %3$d” (27 november 2026). */
  return g_strdup_printf (_("%1$s %2$d, %3$d"),
                          g_dpgettext2 (GETTEXT_PACKAGE, "month name",
                                        month_names[g_date_get_month (&date) - 1]),
                          g_date_get_day (&date),
                          g_date_get_year (&date));
}

/**
 * hp_date_today:
 *
 * Returns: (transfer full): today's local date as "YYYY-MM-DD"
 */
char *
hp_date_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* Messages reach terminals, logs and screens: the command line prints them
 * on stderr, a form shows them below the input, where anyone looking at the
 * screen reads them.  A value is quoted in a message only when it has the
 * shape the field expects (an enumeration word, a date, a time, an id such
 * as "k7", a member name), since a value in the wrong place can be a name,
 * a phone number or an address; otherwise "…" stands for it. */
static const char * const shape_patterns[] = {
  [HP_VALUE_SHAPE_NONE]   = NULL,
  [HP_VALUE_SHAPE_WORD]   = "^[a-z0-9-]{1,40}\\z",
  [HP_VALUE_SHAPE_DATE]   = "^[0-9]{4}-[0-9]{2}-[0-9]{2}\\z",
  [HP_VALUE_SHAPE_TIME]   = "^[0-9]{1,2}:[0-9]{2}\\z",
  [HP_VALUE_SHAPE_ID]     = "^[a-z]{1,3}[0-9]{1,9}\\z",
  [HP_VALUE_SHAPE_MEMBER] = "^[a-z][a-z0-9_]{0,63}\\z",
};

/**
 * hp_value_shown:
 * @shape: the shape @value must have to be shown
 *
 * Returns: (transfer none): @value when it has @shape, else "…"
 */
const char *
hp_value_shown (const char   *value,
                HpValueShape  shape)
{
  g_return_val_if_fail (value != NULL, "…");
  g_return_val_if_fail (shape < G_N_ELEMENTS (shape_patterns), "…");

  if (shape_patterns[shape] != NULL && g_regex_match_simple (shape_patterns[shape], value, 0, 0))
    return value;
  return "…";
}

/**
 * hp_message_without_value:
 *
 * Returns: (transfer full): @message with its first quotation of @value
 * replaced by "…", unless @value has @shape
 */
char *
hp_message_without_value (const char   *message,
                          const char   *value,
                          HpValueShape  shape)
{
  GString *out;
  const char *at;

  g_return_val_if_fail (message != NULL, NULL);
  g_return_val_if_fail (value != NULL, NULL);

  out = g_string_new (message);
  at = strstr (out->str, value);
  if (*value != '\0' && at != NULL && hp_value_shown (value, shape) != value)
    {
      gsize pos = (gsize) (at - out->str);

      g_string_erase (out, (gssize) pos, (gssize) strlen (value));
      g_string_insert (out, (gssize) pos, "…");
    }
  return g_string_free (out, FALSE);
}
