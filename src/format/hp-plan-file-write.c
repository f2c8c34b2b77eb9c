/* hp-plan-file-write.c: an HpPlan written as a .hamtplan file */

#define G_LOG_DOMAIN "hp-plan-file"

#include "config.h"

#include <json-glib/json-glib.h>

#include "hp-atomic-file.h"
#include "hp-model.h"
#include "hp-plan-file.h"

static JsonNode *
write_record (HpRecord *record);

static JsonNode *
write_field (HpRecord      *record,
             const HpField *field)
{
  JsonNode *node;

  switch (field->kind)
    {
    case HP_FIELD_STRING:
    case HP_FIELD_TEXT:
    case HP_FIELD_DATE:
    case HP_FIELD_TIME:
    case HP_FIELD_ID_NUMBER:
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_string (node, hp_record_get_string (record, field));
      return node;

    case HP_FIELD_BOOLEAN:
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_boolean (node, hp_record_get_int (record, field));
      return node;

    case HP_FIELD_INT:
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_int (node, hp_record_get_int (record, field));
      return node;

    case HP_FIELD_ENUM:
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_string (node, hp_enum_get_nick (field->get_type (),
                                                    hp_record_get_int (record, field)));
      return node;

    case HP_FIELD_RECORD:
      return write_record (hp_record_get_record (record, field));

    case HP_FIELD_LIST:
      {
        GListModel *list = G_LIST_MODEL (hp_record_get_list (record, field));
        guint n = g_list_model_get_n_items (list);
        JsonArray *array = json_array_sized_new (n);

        for (guint i = 0; i < n; i++)
          {
            g_autoptr(HpRecord) child = g_list_model_get_item (list, i);
            json_array_add_element (array, write_record (child));
          }

        node = json_node_new (JSON_NODE_ARRAY);
        json_node_take_array (node, array);
        return node;
      }

    default:
      g_assert_not_reached ();
    }
}

static void
write_fields_into (JsonObject *object,
                   HpRecord   *record)
{
  guint n_fields;
  const HpField *fields = hp_record_get_fields (record, &n_fields);

  for (guint i = 0; i < n_fields; i++)
    json_object_set_member (object, fields[i].name, write_field (record, &fields[i]));

  for (guint i = 0; i < hp_record_get_n_extras (record); i++)
    {
      const char *name, *text;
      JsonNode *node;

      hp_record_get_extra (record, i, &name, &text);
      /* Kept from a newer file: written back as it came. */
      node = json_from_string (text, NULL);
      if (node != NULL)
        json_object_set_member (object, name, node);
    }
}

static JsonNode *
write_record (HpRecord *record)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  write_fields_into (object, record);
  json_node_take_object (node, object);
  return node;
}

/**
 * hp_plan_file_to_bytes:
 *
 * Returns: (transfer full): @plan as the UTF-8 JSON of a .hamtplan file
 */
GBytes *
hp_plan_file_to_bytes (HpPlan *plan)
{
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  g_autofree char *version = NULL;
  char *text;
  gsize length;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);

  object = json_object_new ();
  json_object_set_string_member (object, "format", HP_PLAN_FILE_FORMAT);
  version = g_strdup_printf ("%d.%d", HP_PLAN_FILE_VERSION_MAJOR,
                             MAX (HP_PLAN_FILE_VERSION_MINOR, plan->file_minor));
  json_object_set_string_member (object, "version", version);
  write_fields_into (object, HP_RECORD (plan));

  root = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (root, object);

  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, &length);

  /* A file ends with a newline. */
  text = g_realloc (text, length + 2);
  text[length++] = '\n';
  text[length] = '\0';

  return g_bytes_new_take (text, length);
}

/**
 * hp_plan_file_save:
 *
 * Saves @plan to @path atomically, readable by the user only.
 */
gboolean
hp_plan_file_save (HpPlan      *plan,
                   const char  *path,
                   GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (HP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  bytes = hp_plan_file_to_bytes (plan);
  return hp_atomic_file_write_bytes (path, bytes, HP_FORMAT_ERROR, HP_FORMAT_ERROR_WRITE, error);
}
