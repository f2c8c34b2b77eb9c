/* fuzz-catalogue-load.c: the catalogue loader on any bytes
 *
 * Properties: loading never crashes, leaks or warns; a refusal is a
 * HP_FORMAT_ERROR whose message, in valid UTF-8, starts with the file's
 * name.  What loads is within the limits, every text in it is valid UTF-8
 * and every enumerated value a real one; and a plan made from all of it, as
 * the window does (each item, measure and contact put into a plan), saves
 * and loads again equal: no catalogue can give a plan that does not reopen.
 */

#include "config.h"

#include <string.h>

#include "hp-catalogue.h"
#include "hp-fuzz.h"
#include "hp-model.h"
#include "hp-plan-file.h"

#define ORIGIN "catalogue.json"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  hp_fuzz_setup ();
  return 0;
}

static void
check_text (const char *what,
            const char *text)
{
  if (text == NULL)
    hp_fuzz_fail ("%s is NULL", what);
  if (!g_utf8_validate (text, -1, NULL))
    hp_fuzz_fail ("%s is not valid UTF-8", what);
  if (strlen (text) > HP_CATALOGUE_MAX_STRING)
    hp_fuzz_fail ("%s is longer than the limit", what);
}

static void
check_enum (const char *what,
            GType       type,
            int         value)
{
  if (hp_enum_get_nick (type, value) == NULL)
    hp_fuzz_fail ("%s holds %d, not a value of %s", what, value, g_type_name (type));
}

static void
check_record_texts (HpRecord *record)
{
  guint n_fields;
  const HpField *fields = hp_record_get_fields (record, &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      if (hp_field_is_string (&fields[i]))
        check_text (fields[i].name, hp_record_get_string (record, &fields[i]));
      else if (fields[i].kind == HP_FIELD_ENUM)
        check_enum (fields[i].name, fields[i].get_type (),
                    hp_record_get_int (record, &fields[i]));
    }
}

/* A plan with everything from the catalogue in it, as the window puts it. */
static HpPlan *
plan_from_catalogue (HpCatalogue *catalogue)
{
  HpPlan *plan = hp_plan_new ();
  GListModel *contacts = hp_catalogue_get_contacts (catalogue);

  for (guint i = 0; i < hp_catalogue_get_n_items (catalogue); i++)
    {
      const HpCatalogueItem *suggestion = hp_catalogue_get_item (catalogue, i);
      g_autoptr(HpItem) item = hp_item_new ();

      g_object_set (item, "name", suggestion->name, "category", suggestion->category,
                    "priority", suggestion->priority, NULL);
      g_list_store_append (plan->items, item);
    }

  for (guint i = 0; i < hp_catalogue_get_n_measures (catalogue); i++)
    {
      const HpCatalogueMeasure *suggestion = hp_catalogue_get_measure (catalogue, i);
      g_autoptr(HpMeasure) measure = g_object_new (HP_TYPE_MEASURE, NULL);

      g_object_set (measure, "title", suggestion->title, "responsible", suggestion->responsible,
                    NULL);
      g_list_store_append (plan->measures, measure);
    }

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(HpRecord) contact = g_list_model_get_item (contacts, i);
      g_autoptr(HpRecord) copy = hp_record_copy (contact);
      g_autofree char *id = hp_plan_new_contact_id (plan);

      g_object_set (copy, "id", id, NULL);
      g_list_store_append (plan->contacts, copy);
    }

  return plan;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(HpCatalogue) catalogue = NULL;
  g_autoptr(HpPlan) plan = NULL;
  g_autoptr(HpPlan) again = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autofree char *diff = NULL;
  GListModel *contacts;

  catalogue = hp_catalogue_load_bytes (bytes, ORIGIN, &error);
  if (catalogue == NULL)
    {
      if (error == NULL || error->domain != HP_FORMAT_ERROR)
        hp_fuzz_fail ("a refused catalogue gave no HP_FORMAT_ERROR");
      if (!g_utf8_validate (error->message, -1, NULL))
        hp_fuzz_fail ("the message of a refused catalogue is not UTF-8");
      if (!g_str_has_prefix (error->message, ORIGIN ": "))
        hp_fuzz_fail ("the message does not name the file: %s", error->message);
      return 0;
    }

  check_text ("name", hp_catalogue_get_name (catalogue));
  check_text ("consent_wording", hp_catalogue_get_consent_wording (catalogue));

  if (hp_catalogue_get_n_items (catalogue) > HP_CATALOGUE_MAX_LIST ||
      hp_catalogue_get_n_measures (catalogue) > HP_CATALOGUE_MAX_LIST)
    hp_fuzz_fail ("more entries than the limit");
  for (guint i = 0; i < hp_catalogue_get_n_items (catalogue); i++)
    {
      const HpCatalogueItem *item = hp_catalogue_get_item (catalogue, i);

      check_text ("items[].name", item->name);
      check_enum ("items[].category", HP_TYPE_ITEM_CATEGORY, item->category);
      check_enum ("items[].priority", HP_TYPE_PRIORITY, item->priority);
    }
  for (guint i = 0; i < hp_catalogue_get_n_measures (catalogue); i++)
    {
      const HpCatalogueMeasure *measure = hp_catalogue_get_measure (catalogue, i);

      check_text ("measures[].title", measure->title);
      check_text ("measures[].responsible", measure->responsible);
    }
  contacts = hp_catalogue_get_contacts (catalogue);
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(HpRecord) contact = g_list_model_get_item (contacts, i);

      check_record_texts (contact);
    }

  plan = plan_from_catalogue (catalogue);
  saved = hp_plan_file_to_bytes (plan);
  again = hp_plan_file_load_bytes (saved, &error);
  if (again == NULL)
    hp_fuzz_fail ("a plan made from the catalogue does not load again: %s", error->message);
  diff = hp_record_describe_difference (HP_RECORD (plan), HP_RECORD (again));
  if (diff != NULL)
    hp_fuzz_fail ("a plan made from the catalogue reloads different: %s", diff);

  return 0;
}
