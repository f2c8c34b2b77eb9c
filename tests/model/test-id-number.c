/* test-id-number.c: personnummer and samordningsnummer */

#include "config.h"

#include <string.h>

#include "hp-model.h"

static void
test_valid (void)
{
  const char *valid[] = {
    "811218-9876",       /* the Tax Agency's example */
    "8112189876",
    "19811218-9876",
    "198112189876",
    "121212-1212",
    "20121212-1212",
    "121212+1212",       /* 100 years or older */
    "191212+1215",       /* 100 years or older, another date */
  };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autoptr(GError) error = NULL;
      HpIdNumberKind kind = -1;

      g_assert_true (hp_id_number_validate (valid[i], &kind, &error));
      g_assert_no_error (error);
      g_assert_cmpint (kind, ==, HP_ID_NUMBER_PERSONNUMMER);
    }
}

static void
test_samordningsnummer (void)
{
  g_autoptr(GError) error = NULL;
  HpIdNumberKind kind = -1;

  /* 1981-12-18 with 60 added to the day. */
  g_assert_true (hp_id_number_validate ("811278-9873", &kind, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kind, ==, HP_ID_NUMBER_SAMORDNINGSNUMMER);

  g_assert_true (hp_id_number_validate ("19811278-9873", &kind, NULL));
  g_assert_cmpint (kind, ==, HP_ID_NUMBER_SAMORDNINGSNUMMER);
}

static void
test_invalid (void)
{
  const char *invalid[] = {
    "811218-9875",     /* wrong check digit */
    "811318-9870",     /* month 13 */
    "810230-9871",     /* 30 February */
    "811292-9875",     /* day 32 as samordningsnummer, check digit right */
    "81121-89876",     /* separator in the wrong place */
    "811218_9876",     /* wrong separator */
    "81121898",        /* too short */
    "1981121898760",   /* too long */
    "19811218+9876",   /* “+” with twelve digits */
    "",
    "abcdefghij",
  };

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (hp_id_number_validate (invalid[i], NULL, &error));
      g_assert_error (error, HP_VALIDATE_ERROR, HP_VALIDATE_ERROR_INVALID);
      /* The message quotes what was written, so the user sees which field. */
      g_assert_nonnull (strstr (error->message, invalid[i]));
    }
}

static void
test_leap_day (void)
{
  /* 2000-02-29 existed; 1900-02-29 did not. */
  g_assert_true (hp_id_number_validate ("20000229-0005", NULL, NULL));
  /* Same ten digits, right check digit, but the date never existed. */
  g_assert_false (hp_id_number_validate ("19000229-0005", NULL, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hp/id-number/valid", test_valid);
  g_test_add_func ("/hp/id-number/samordningsnummer", test_samordningsnummer);
  g_test_add_func ("/hp/id-number/invalid", test_invalid);
  g_test_add_func ("/hp/id-number/leap-day", test_leap_day);

  return g_test_run ();
}
