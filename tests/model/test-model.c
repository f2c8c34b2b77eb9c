/* test-model.c: the plan model raises one change per edit, compares and copies */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "hp-model.h"

static void
count_change (HpRecord *record,
              guint    *count)
{
  (*count)++;
}

static void
test_one_change_per_edit (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  g_autoptr(HpItem) item = hp_item_new ();
  g_autoptr(HpChild) child = hp_child_new ();
  guint changes = 0;

  g_signal_connect (plan, "changed", G_CALLBACK (count_change), &changes);

  g_object_set (plan->case_info, "client-name", "A. B.", NULL);
  g_assert_cmpuint (changes, ==, 1);

  /* Setting the same value again is not an edit. */
  g_object_set (plan->case_info, "client-name", "A. B.", NULL);
  g_assert_cmpuint (changes, ==, 1);

  g_list_store_append (plan->items, item);
  g_assert_cmpuint (changes, ==, 2);

  g_object_set (item, "priority", HP_PRIORITY_IF_POSSIBLE, NULL);
  g_assert_cmpuint (changes, ==, 3);

  /* Two levels down: a child in the case. */
  g_list_store_append (plan->case_info->children, child);
  g_assert_cmpuint (changes, ==, 4);
  g_object_set (child, "name", "Lisa", NULL);
  g_assert_cmpuint (changes, ==, 5);

  g_object_set (plan->follow_up, "documented", TRUE, NULL);
  g_assert_cmpuint (changes, ==, 6);

  g_list_store_remove (plan->items, 0);
  g_assert_cmpuint (changes, ==, 7);
}

static void
test_defaults (void)
{
  g_autoptr(HpItem) item = hp_item_new ();
  g_autoptr(HpVisit) visit = hp_visit_new ();

  g_assert_cmpstr (item->name, ==, "");
  g_assert_cmpint (item->priority, ==, HP_PRIORITY_MUST);
  g_assert_cmpint (item->status, ==, HP_ITEM_STATUS_PLANNED);
  g_assert_cmpint (visit->time_limit_minutes, ==, 0);
}

static void
test_equal_and_copy (void)
{
  g_autoptr(HpPlan) a = hp_plan_new ();
  g_autoptr(HpPlan) b = NULL;
  g_autoptr(HpItem) item = hp_item_new ();
  g_autofree char *diff = NULL;

  g_object_set (a->case_info, "reference", "IFO 2026-1234", NULL);
  g_object_set (item, "name", "Pass", "category", HP_ITEM_CATEGORY_IDENTITY, NULL);
  g_list_store_append (a->items, item);
  hp_record_add_extra (HP_RECORD (a->support), "future_member", "{\"x\":1}");

  b = HP_PLAN (hp_record_copy (HP_RECORD (a)));
  g_assert_true (hp_record_equal (HP_RECORD (a), HP_RECORD (b)));

  g_object_set (item, "name", "Körkort", NULL);
  diff = hp_record_describe_difference (HP_RECORD (a), HP_RECORD (b));
  g_assert_cmpstr (diff, ==, "items[0].name");

  /* The copy is deep: editing the original left the copy alone. */
  {
    g_autoptr(HpItem) copied = g_list_model_get_item (G_LIST_MODEL (b->items), 0);
    g_assert_cmpstr (copied->name, ==, "Pass");
  }
}

static void
test_find_and_new_ids (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  g_autoptr(HpContact) police = hp_contact_new ();
  g_autofree char *id1 = hp_plan_new_contact_id (plan);
  g_autofree char *id2 = NULL;

  g_object_set (police, "id", id1, "kind", HP_CONTACT_KIND_POLICE, NULL);
  g_list_store_append (plan->contacts, police);
  id2 = hp_plan_new_contact_id (plan);

  g_assert_cmpstr (id1, !=, id2);
  g_assert_true (hp_plan_find_contact (plan, id1) == police);
  g_assert_null (hp_plan_find_contact (plan, id2));

  g_assert_false (hp_plan_police_involved (plan));
  g_object_set (police, "granted", HP_ANSWER_YES, NULL);
  g_assert_true (hp_plan_police_involved (plan));
}

/* A new visit starts with the support's time limit on site; later changes
 * to either stay their own (visit-time-limit-differs tells of them). */
static void
test_new_visit (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  g_autoptr(HpVisit) unlimited = hp_plan_new_visit (plan);
  g_autoptr(HpVisit) visit = NULL;

  g_assert_cmpint (unlimited->time_limit_minutes, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->visits)), ==, 0);

  g_object_set (plan->support, "time-on-site-minutes", 40, NULL);
  visit = hp_plan_new_visit (plan);
  g_assert_cmpint (visit->time_limit_minutes, ==, 40);
  g_assert_cmpint (visit->status, ==, HP_VISIT_STATUS_PLANNED);
  g_assert_cmpstr (visit->date, ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->visits)), ==, 0);

  g_object_set (plan->support, "time-on-site-minutes", 25, NULL);
  g_assert_cmpint (visit->time_limit_minutes, ==, 40);
}

static void
test_enum_nicks_and_labels (void)
{
  int value = -1;

  g_assert_cmpstr (hp_enum_get_nick (HP_TYPE_PRIORITY, HP_PRIORITY_IF_POSSIBLE), ==, "if-possible");
  g_assert_true (hp_enum_from_nick (HP_TYPE_CONTACT_KIND, "security-company", &value));
  g_assert_cmpint (value, ==, HP_CONTACT_KIND_SECURITY_COMPANY);
  g_assert_false (hp_enum_from_nick (HP_TYPE_PRIORITY, "urgent", &value));

  /* Every value of every enum has a label. */
  {
    GType types[] = { HP_TYPE_PROTECTION, HP_TYPE_HOME_HOLDER, HP_TYPE_ANSWER,
                      HP_TYPE_RISK_SUBJECT, HP_TYPE_INSTRUMENT, HP_TYPE_RISK_LEVEL,
                      HP_TYPE_RESTRAINING_ORDER, HP_TYPE_DECISION, HP_TYPE_SUPPORT_WAY,
                      HP_TYPE_STAFF_POSITION, HP_TYPE_CONTACT_KIND, HP_TYPE_ITEM_CATEGORY,
                      HP_TYPE_PRIORITY, HP_TYPE_ITEM_STATUS, HP_TYPE_VISIT_STATUS,
                      HP_TYPE_CONSENT_PARTY, HP_TYPE_CONSENT_SCOPE, HP_TYPE_CONSENT_FORM,
                      HP_TYPE_OUTCOME, HP_TYPE_SECTION };

    for (guint t = 0; t < G_N_ELEMENTS (types); t++)
      for (guint v = 0; v < hp_enum_get_n_values (types[t]); v++)
        g_assert_cmpstr (hp_enum_get_label (types[t], v), !=, "");
  }
}

/* Where no part is chosen, it follows from the kind and the way of
 * support as the handover sheets always decided; a chosen part wins. */
static void
test_effective_part (void)
{
  static const HpSupportWay going[] = {
    HP_SUPPORT_WAY_ACCOMPANY, HP_SUPPORT_WAY_SECURITY_COMPANY, HP_SUPPORT_WAY_POLICE,
  };
  static const HpSupportWay away[] = {
    HP_SUPPORT_WAY_NEUTRAL_SITE, HP_SUPPORT_WAY_OFFICE, HP_SUPPORT_WAY_RELATIVES,
  };
  g_autoptr(HpContact) contact = hp_contact_new ();

  g_assert_cmpint (contact->part, ==, HP_CONTACT_PART_NOT_SET);
  g_assert_cmpstr (hp_enum_get_nick (HP_TYPE_CONTACT_PART, HP_CONTACT_PART_NOT_SET), ==, "not-set");
  g_assert_cmpstr (hp_enum_get_nick (HP_TYPE_CONTACT_PART, HP_CONTACT_PART_GOES_HOME), ==,
                   "goes-home");
  g_assert_cmpstr (hp_enum_get_nick (HP_TYPE_CONTACT_PART, HP_CONTACT_PART_HANDOVER_PLACE), ==,
                   "handover-place");
  g_assert_cmpstr (hp_enum_get_nick (HP_TYPE_CONTACT_PART, HP_CONTACT_PART_OFFICE), ==, "office");
  g_assert_cmpstr (hp_enum_get_nick (HP_TYPE_CONTACT_PART, HP_CONTACT_PART_INFORMED_ONLY), ==,
                   "informed-only");

  for (guint i = 0; i < G_N_ELEMENTS (going); i++)
    {
      g_object_set (contact, "kind", HP_CONTACT_KIND_SECURITY_COMPANY, NULL);
      g_assert_cmpint (hp_contact_get_effective_part (contact, going[i]), ==,
                       HP_CONTACT_PART_GOES_HOME);
      g_object_set (contact, "kind", HP_CONTACT_KIND_POLICE, NULL);
      g_assert_cmpint (hp_contact_get_effective_part (contact, going[i]), ==,
                       HP_CONTACT_PART_GOES_HOME);
      g_object_set (contact, "kind", HP_CONTACT_KIND_RELATIVE, NULL);
      g_assert_cmpint (hp_contact_get_effective_part (contact, going[i]), ==,
                       HP_CONTACT_PART_INFORMED_ONLY);
    }
  for (guint i = 0; i < G_N_ELEMENTS (away); i++)
    {
      g_object_set (contact, "kind", HP_CONTACT_KIND_SECURITY_COMPANY, NULL);
      g_assert_cmpint (hp_contact_get_effective_part (contact, away[i]), ==,
                       HP_CONTACT_PART_INFORMED_ONLY);
      g_object_set (contact, "kind", HP_CONTACT_KIND_HANDOVER_SITE, NULL);
      g_assert_cmpint (hp_contact_get_effective_part (contact, away[i]), ==,
                       HP_CONTACT_PART_HANDOVER_PLACE);
      g_object_set (contact, "kind", HP_CONTACT_KIND_WOMENS_SHELTER, NULL);
      g_assert_cmpint (hp_contact_get_effective_part (contact, away[i]), ==,
                       HP_CONTACT_PART_INFORMED_ONLY);
    }
  g_object_set (contact, "kind", HP_CONTACT_KIND_RELATIVE, NULL);
  g_assert_cmpint (hp_contact_get_effective_part (contact, HP_SUPPORT_WAY_RELATIVES), ==,
                   HP_CONTACT_PART_GOES_HOME);

  /* A landlord who opens the door, and a security company kept away. */
  g_object_set (contact, "kind", HP_CONTACT_KIND_OTHER, "part", HP_CONTACT_PART_GOES_HOME, NULL);
  g_assert_cmpint (hp_contact_get_effective_part (contact, HP_SUPPORT_WAY_OFFICE), ==,
                   HP_CONTACT_PART_GOES_HOME);
  g_object_set (contact, "kind", HP_CONTACT_KIND_SECURITY_COMPANY,
                "part", HP_CONTACT_PART_INFORMED_ONLY, NULL);
  g_assert_cmpint (hp_contact_get_effective_part (contact, HP_SUPPORT_WAY_SECURITY_COMPANY), ==,
                   HP_CONTACT_PART_INFORMED_ONLY);
}

static void
test_dates_and_times (void)
{
  g_assert_true (hp_validate_date ("", NULL));
  g_assert_true (hp_validate_date ("2026-11-27", NULL));
  g_assert_true (hp_validate_date ("2028-02-29", NULL));
  g_assert_false (hp_validate_date ("2026-02-29", NULL));
  g_assert_false (hp_validate_date ("2026-13-01", NULL));
  g_assert_false (hp_validate_date ("27/11/2026", NULL));
  g_assert_false (hp_validate_date ("2026-11-7", NULL));
  g_assert_true (hp_validate_time ("00:00", NULL));
  g_assert_true (hp_validate_time ("23:59", NULL));
  g_assert_false (hp_validate_time ("24:00", NULL));
  g_assert_false (hp_validate_time ("9:30", NULL));
}

static void
test_long_date_in_swedish (void)
{
  g_autofree char *english = NULL;
  g_autofree char *swedish = NULL;

  english = hp_date_format_long ("2026-11-27");
  g_assert_cmpstr (english, ==, "November 27, 2026");

  g_setenv ("LANGUAGE", "sv", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("HAMTPLAN_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  swedish = hp_date_format_long ("2026-11-27");
  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "");

  g_assert_cmpstr (swedish, ==, "27 november 2026");
  {
    g_autofree char *kept = hp_date_format_long ("inte ett datum");
    g_assert_cmpstr (kept, ==, "inte ett datum");
  }
}

/* A phone number is one number whatever its prefix (the rest of what
 * hp-secrets looks for is tested in test-secrets.c). */
static void
test_text_match (void)
{
  static const char *phones[] = {
    "070-174 01 23", "+46 70 174 01 23", "0046701740123", "(0)70 1740123",
  };

  for (guint i = 0; i < G_N_ELEMENTS (phones); i++)
    {
      g_autofree char *digits = hp_text_digits (phones[i]);

      g_assert_cmpstr (hp_phone_core (digits), ==, "701740123");
    }
  /* 46 at the start of a short number is not a country prefix. */
  g_assert_cmpstr (hp_phone_core ("4612345"), ==, "4612345");
}

/* One home for the rules of a value: the plan file, the catalogue and the
 * forms all ask hp_field_check_text() and friends.  A value is quoted only
 * when it has the shape its field expects; a personnummer never is. */
static void
test_field_checks (void)
{
  g_autoptr(HpCase) case_info = hp_case_new ();
  g_autoptr(HpVisit) visit = hp_visit_new ();
  g_autoptr(HpItem) item = hp_item_new ();
  const HpField *id_number = hp_record_find_field (HP_RECORD (case_info), "client_id_number");
  const HpField *needed_by = hp_record_find_field (HP_RECORD (case_info), "needed_by");
  const HpField *name = hp_record_find_field (HP_RECORD (case_info), "client_name");
  const HpField *start = hp_record_find_field (HP_RECORD (visit), "start_time");
  const HpField *minutes = hp_record_find_field (HP_RECORD (visit), "time_limit_minutes");
  const HpField *item_name = hp_record_find_field (HP_RECORD (item), "name");
  int value;

  g_assert_true (hp_field_check_text (id_number, "", NULL));
  g_assert_true (hp_field_check_text (id_number, "19121212-1212", NULL));
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (hp_field_check_text (id_number, "19121212-1213", &error));
    g_assert_error (error, HP_VALIDATE_ERROR, HP_VALIDATE_ERROR_INVALID);
    g_assert_null (strstr (error->message, "19121212"));
    g_assert_nonnull (strstr (error->message, "“…”"));
    g_assert_nonnull (strstr (error->message, "check digit"));
  }
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (hp_field_check_text (needed_by, "2026-02-30", &error));
    g_assert_cmpstr (error->message, ==, "“2026-02-30” is not a real date written as YYYY-MM-DD");
  }
  {
    g_autoptr(GError) error = NULL;

    /* A phone number in a date field: not quoted. */
    g_assert_false (hp_field_check_text (needed_by, "070-123 45 67", &error));
    g_assert_cmpstr (error->message, ==, "“…” is not a real date written as YYYY-MM-DD");
  }
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (hp_field_check_text (start, "Johannas hem", &error));
    g_assert_null (strstr (error->message, "Johanna"));
    g_assert_false (hp_field_check_text (start, "25:10", NULL));
    g_assert_true (hp_field_check_text (start, "08:30", NULL));
  }
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (hp_field_check_text (name, "Anna\nAndersson", &error));
    g_assert_cmpstr (error->message, ==, "must be a single line");
    g_assert_true (hp_field_check_text (name, "", NULL));
  }
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (hp_field_check_text (item_name, "", &error));
    g_assert_error (error, HP_VALIDATE_ERROR, HP_VALIDATE_ERROR_EMPTY);
    g_assert_cmpstr (error->message, ==, "must not be empty");
  }
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (hp_field_check_int (minutes, 5000, &error));
    g_assert_cmpstr (error->message, ==, "5000 is not between 0 and 1440");
    g_clear_error (&error);
    /* A long number in the wrong place may be a phone number. */
    g_assert_false (hp_field_check_int (minutes, 701234567, &error));
    g_assert_cmpstr (error->message, ==, "… is not between 0 and 1440");
    g_assert_true (hp_field_check_int (minutes, 90, NULL));
  }
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (hp_enum_check_nick (HP_TYPE_PRIORITY, "if-possible", &value, NULL));
    g_assert_cmpint (value, ==, HP_PRIORITY_IF_POSSIBLE);
    g_assert_false (hp_enum_check_nick (HP_TYPE_PRIORITY, "urgent", &value, &error));
    g_assert_cmpstr (error->message, ==, "“urgent” is not a valid value (valid: must, should, if-possible)");
    g_clear_error (&error);
    g_assert_false (hp_enum_check_nick (HP_TYPE_PRIORITY, "Anna Andersson", &value, &error));
    g_assert_cmpstr (error->message, ==, "“…” is not a valid value (valid: must, should, if-possible)");
  }
}

/* The rules between two fields live beside the field tables, so that the
 * form and any other layer ask the same question. */
static void
test_record_rules (void)
{
  g_autoptr(HpVisit) visit = hp_visit_new ();
  g_autoptr(HpConsent) consent = hp_consent_new ();
  g_autoptr(HpItem) item = hp_item_new ();
  const char *message = NULL;
  const HpField *field;
  guint n_rules;

  g_assert_null (hp_record_get_rules (HP_RECORD (item), &n_rules));
  g_assert_cmpuint (n_rules, ==, 0);
  g_assert_null (hp_record_check_rules (HP_RECORD (item), NULL));

  /* Not filled in: nothing to compare. */
  g_object_set (visit, "start-time", "10:00", NULL);
  g_assert_null (hp_record_check_rules (HP_RECORD (visit), NULL));

  g_object_set (visit, "end-time", "09:30", NULL);
  field = hp_record_check_rules (HP_RECORD (visit), &message);
  g_assert_nonnull (field);
  g_assert_cmpstr (field->name, ==, "end_time");
  g_assert_cmpstr (message, ==, "The end time is before the start time.");

  g_object_set (visit, "end-time", "10:00", "check-in-time", "11:00", "check-out-time", "10:59", NULL);
  field = hp_record_check_rules (HP_RECORD (visit), &message);
  g_assert_cmpstr (field->name, ==, "check_out_time");
  g_assert_cmpstr (message, ==, "The check-out time is before the check-in time.");
  g_object_set (visit, "check-out-time", "11:00", NULL);
  g_assert_null (hp_record_check_rules (HP_RECORD (visit), NULL));

  g_object_set (consent, "date", "2026-11-20", "valid-until", "2026-12-31",
                "withdrawn-on", "2026-11-19", NULL);
  field = hp_record_check_rules (HP_RECORD (consent), &message);
  g_assert_cmpstr (field->name, ==, "withdrawn_on");
  g_assert_cmpstr (message, ==, "“Withdrawn on” is before the date the consent was given.");
  g_object_set (consent, "withdrawn-on", "", "valid-until", "2026-11-01", NULL);
  field = hp_record_check_rules (HP_RECORD (consent), &message);
  g_assert_cmpstr (field->name, ==, "valid_until");
}

static void
count_notify (guint *counter)
{
  (*counter)++;
}

/* Assigning the values of an edited copy back notifies each real change
 * and only those; a copy keeps what a newer file added. */
static void
test_assign_values (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  g_autoptr(HpPlan) edited = NULL;
  g_autoptr(HpChild) child = hp_child_new ();
  g_autoptr(HpPlan) copy = NULL;
  guint reference_changes = 0, notes_changes = 0;
  const char *name, *json;

  g_object_set (plan->case_info, "reference", "IFO 2026-123", "notes", "Johannas nycklar", NULL);
  g_object_set (child, "id", "b1", "name", "Lina", NULL);
  g_list_store_append (plan->case_info->children, child);
  hp_record_add_extra (HP_RECORD (plan), "later", "{\"a\":1}");

  copy = HP_PLAN (hp_record_copy (HP_RECORD (plan)));
  g_assert_true (hp_record_equal (HP_RECORD (plan), HP_RECORD (copy)));
  g_assert_cmpuint (hp_record_get_n_extras (HP_RECORD (copy)), ==, 1);
  hp_record_get_extra (HP_RECORD (copy), 0, &name, &json);
  g_assert_cmpstr (name, ==, "later");

  edited = HP_PLAN (hp_record_copy (HP_RECORD (plan)));
  g_object_set (edited->case_info, "reference", "IFO 2026-124", NULL);
  g_signal_connect_swapped (plan->case_info, "notify::reference", G_CALLBACK (count_notify),
                            &reference_changes);
  g_signal_connect_swapped (plan->case_info, "notify::notes", G_CALLBACK (count_notify),
                            &notes_changes);

  hp_record_assign_values (HP_RECORD (plan), HP_RECORD (edited));
  g_assert_cmpstr (plan->case_info->reference, ==, "IFO 2026-124");
  g_assert_cmpuint (reference_changes, ==, 1);
  g_assert_cmpuint (notes_changes, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->case_info->children)), ==, 1);
  g_assert_true (hp_record_equal (HP_RECORD (plan), HP_RECORD (edited)));
}

static HpItem *
add_outcome (HpPlan       *plan,
             const char   *name,
             HpItemStatus  status)
{
  g_autoptr(HpItem) item = hp_item_new ();

  g_object_set (item, "name", name, "status", status, NULL);
  g_list_store_append (plan->items, item);
  return item;
}

static void
in_swedish (gboolean on)
{
  if (on)
    g_setenv ("LANGUAGE", "sv", TRUE);
  else
    g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("HAMTPLAN_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/* What came home, and what did not, in the caseworker's words, the names
 * as written (possessives, Arabic, decomposed letters), in plan order. */
static void
test_follow_up_summary (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  g_autofree char *none = NULL;
  g_autofree char *summary = NULL;

  add_outcome (plan, "Emmas mediciner (Sertralin)", HP_ITEM_STATUS_PLANNED);
  none = hp_follow_up_summarize_items (G_LIST_MODEL (plan->items));
  g_assert_null (none);

  add_outcome (plan, "Pass", HP_ITEM_STATUS_RETRIEVED);
  add_outcome (plan, "جواز السفر", HP_ITEM_STATUS_REFUSED);
  add_outcome (plan, "Noahs gosedjur  ", HP_ITEM_STATUS_RETRIEVED);
  /* "Cykelhjälm" with a decomposed ä (a + U+0308) */
  add_outcome (plan, "Cykelhja\xcc\x88lm", HP_ITEM_STATUS_DAMAGED);
  add_outcome (plan, "Betyg från gymnasiet", HP_ITEM_STATUS_NOT_FOUND);
  add_outcome (plan, "", HP_ITEM_STATUS_NOT_FOUND);
  add_outcome (plan, "Soffan", HP_ITEM_STATUS_LEFT_BEHIND);

  in_swedish (TRUE);
  summary = hp_follow_up_summarize_items (G_LIST_MODEL (plan->items));
  in_swedish (FALSE);
  g_assert_cmpstr (summary, ==,
                   "Kom hem: Pass, Noahs gosedjur.\n"
                   "Kom hem skadat: Cykelhja\xcc\x88lm.\n"
                   "Hittades inte: Betyg från gymnasiet.\n"
                   "Våldsutövaren vägrade lämna ut: جواز السفر.\n"
                   "Lämnades kvar: Soffan.\n"
                   "Inte hämtat än: Emmas mediciner (Sertralin).");
}

/* One call for many items; the follow-up follows the outcomes while no
 * one has written in it, and never replaces what someone wrote. */
static void
test_set_items_status (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  HpItem *items[3];
  guint changes = 0;
  g_autofree char *first = NULL;

  items[0] = add_outcome (plan, "Pass", HP_ITEM_STATUS_PLANNED);
  items[1] = add_outcome (plan, "Mediciner", HP_ITEM_STATUS_RETRIEVED);
  items[2] = add_outcome (plan, "Glasögon", HP_ITEM_STATUS_PLANNED);
  g_signal_connect_swapped (items[0], "notify::status", G_CALLBACK (count_notify), &changes);

  /* Empty: filled in; one item already had the status. */
  g_assert_cmpuint (hp_plan_set_items_status (plan, items, 2, HP_ITEM_STATUS_RETRIEVED), ==, 1);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpint (items[0]->status, ==, HP_ITEM_STATUS_RETRIEVED);
  g_assert_cmpint (items[2]->status, ==, HP_ITEM_STATUS_PLANNED);
  g_assert_cmpstr (plan->follow_up->items_returned, ==,
                   "Came home: Pass, Mediciner.\nNot fetched yet: Glasögon.");

  /* Untouched since: it follows. */
  first = g_strdup (plan->follow_up->items_returned);
  g_assert_cmpuint (hp_plan_set_items_status (plan, &items[2], 1, HP_ITEM_STATUS_NOT_FOUND), ==, 1);
  g_assert_cmpstr (plan->follow_up->items_returned, ==,
                   "Came home: Pass, Mediciner.\nNot found: Glasögon.");

  /* Nothing changes: nothing is written. */
  g_assert_cmpuint (hp_plan_set_items_status (plan, &items[2], 1, HP_ITEM_STATUS_NOT_FOUND), ==, 0);

  /* The caseworker's own words stay. */
  g_object_set (plan->follow_up, "items_returned", "Passet och medicinerna kom hem.", NULL);
  hp_plan_set_items_status (plan, &items[2], 1, HP_ITEM_STATUS_RETRIEVED);
  g_assert_cmpint (items[2]->status, ==, HP_ITEM_STATUS_RETRIEVED);
  g_assert_cmpstr (plan->follow_up->items_returned, ==, "Passet och medicinerna kom hem.");

  /* Emptied again: it follows again; all back to planned: empty. */
  g_object_set (plan->follow_up, "items_returned", "", NULL);
  hp_plan_set_items_status (plan, items, 3, HP_ITEM_STATUS_PLANNED);
  g_assert_cmpstr (plan->follow_up->items_returned, ==, "");
  hp_plan_set_items_status (plan, items, 1, HP_ITEM_STATUS_REFUSED);
  g_assert_cmpstr (plan->follow_up->items_returned, ==,
                   "The other party refused to hand over: Pass.\n"
                   "Not fetched yet: Mediciner, Glasögon.");
  g_assert_cmpstr (first, !=, plan->follow_up->items_returned);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hp/model/one-change-per-edit", test_one_change_per_edit);
  g_test_add_func ("/hp/model/defaults", test_defaults);
  g_test_add_func ("/hp/model/equal-and-copy", test_equal_and_copy);
  g_test_add_func ("/hp/model/find-and-new-ids", test_find_and_new_ids);
  g_test_add_func ("/hp/model/new-visit", test_new_visit);
  g_test_add_func ("/hp/model/enum-nicks-and-labels", test_enum_nicks_and_labels);
  g_test_add_func ("/hp/model/effective-part", test_effective_part);
  g_test_add_func ("/hp/model/dates-and-times", test_dates_and_times);
  g_test_add_func ("/hp/model/long-date-in-swedish", test_long_date_in_swedish);
  g_test_add_func ("/hp/model/text-match", test_text_match);
  g_test_add_func ("/hp/model/field-checks", test_field_checks);
  g_test_add_func ("/hp/model/record-rules", test_record_rules);
  g_test_add_func ("/hp/model/assign-values", test_assign_values);
  g_test_add_func ("/hp/model/follow-up-summary", test_follow_up_summary);
  g_test_add_func ("/hp/model/set-items-status", test_set_items_status);

  return g_test_run ();
}
