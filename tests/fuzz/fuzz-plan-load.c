/* fuzz-plan-load.c: the .hamtplan loader on any bytes
 *
 * Properties: loading never crashes, leaks or warns; a refusal is a
 * HP_FORMAT_ERROR with a message in valid UTF-8; a plan that loads saves to
 * bytes that load again into an equal plan, and saving that one gives the
 * very same bytes (nothing is lost or changed by a save); a copy of the
 * plan is equal to it; the one-pass reader and the strict loader agree on
 * every input (both refuse, or both give equal plans).
 */

#include "config.h"

#include "hp-fuzz.h"
#include "hp-model.h"
#include "hp-plan-file.h"
#include "hp-plan-file-private.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  hp_fuzz_setup ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;
  g_autoptr(HpPlan) again = NULL;
  g_autoptr(HpRecord) copy = NULL;
  g_autofree char *diff = NULL;

  plan = hp_plan_file_load_bytes (bytes, &error);

  {
    g_autoptr(GError) strict_error = NULL;
    g_autoptr(HpPlan) strict = NULL;

    hp_plan_file_set_fast_path (FALSE);
    strict = hp_plan_file_load_bytes (bytes, &strict_error);
    hp_plan_file_set_fast_path (TRUE);

    if ((plan == NULL) != (strict == NULL))
      hp_fuzz_fail ("the one-pass reader and the strict loader disagree: %s",
                    plan == NULL ? "only the strict loader accepts" : "only the one-pass reader accepts");
    if (plan != NULL && !hp_record_equal (HP_RECORD (plan), HP_RECORD (strict)))
      hp_fuzz_fail ("the one-pass reader and the strict loader give different plans");
    if (plan == NULL && g_strcmp0 (error->message, strict_error->message) != 0)
      hp_fuzz_fail ("the two loaders refuse with different messages");
  }

  if (plan == NULL)
    {
      if (error == NULL || error->domain != HP_FORMAT_ERROR)
        hp_fuzz_fail ("a refused file gave no HP_FORMAT_ERROR");
      if (error->message[0] == '\0' || !g_utf8_validate (error->message, -1, NULL))
        hp_fuzz_fail ("the message of a refused file is empty or not UTF-8");
      return 0;
    }
  if (error != NULL)
    hp_fuzz_fail ("a plan loaded and an error was set too: %s", error->message);

  saved = hp_plan_file_to_bytes (plan);
  again = hp_plan_file_load_bytes (saved, &error);
  if (again == NULL)
    hp_fuzz_fail ("a loaded plan, saved, does not load again: %s\n--- saved:\n%.*s",
                  error->message, (int) MIN (g_bytes_get_size (saved), 4096),
                  (const char *) g_bytes_get_data (saved, NULL));

  diff = hp_record_describe_difference (HP_RECORD (plan), HP_RECORD (again));
  if (diff != NULL || !hp_record_equal (HP_RECORD (plan), HP_RECORD (again)))
    hp_fuzz_fail ("a saved and reloaded plan differs: %s", diff ? diff : "(equal says no)");

  saved_again = hp_plan_file_to_bytes (again);
  if (!g_bytes_equal (saved, saved_again))
    hp_fuzz_fail ("saving the reloaded plan gives other bytes than the first save");

  copy = hp_record_copy (HP_RECORD (plan));
  if (!hp_record_equal (HP_RECORD (plan), copy))
    hp_fuzz_fail ("a copy of a loaded plan is not equal to it");

  return 0;
}
