/* hp-plan-file.c: the .hamtplan file: JSON <-> HpPlan
 *
 * The file is read and written by walking the model's field tables, so every
 * field of every record is saved, loaded and checked the same way.  Loading
 * is strict: a member of the wrong type, an unknown enum value, a date that
 * does not exist or an invalid personnummer stops the load with a message
 * that names the member ("items[3].priority: ...").  A new plan is built on
 * the side, so a failed load never touches the plan the caller has open.
 */

#define G_LOG_DOMAIN "hp-plan-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hp-json-error.h"
#include "hp-model.h"
#include "hp-plan-file.h"

G_DEFINE_QUARK (hp-format-error-quark, hp_format_error)

typedef struct
{
  int      minor;        /* the file's minor version */
  gboolean keep_unknown; /* the file is of a newer minor version */
} LoadState;

static gboolean read_record (LoadState   *state,
                             JsonObject  *object,
                             HpRecord    *record,
                             const char  *path,
                             GError     **error);

static gboolean
invalid (GError    **error,
         const char *path,
         const char *format,
         ...) G_GNUC_PRINTF (3, 4);

static gboolean
invalid (GError    **error,
         const char *path,
         const char *format,
         ...)
{
  g_autofree char *problem = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_INVALID, "%s: %s", path, problem);
  return FALSE;
}

static const char *
json_type_label (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("a list");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("text");
    case G_TYPE_BOOLEAN:
      return _("true or false");
    case G_TYPE_INT64:
    case G_TYPE_DOUBLE:
      return _("a number");
    default:
      return _("an unknown value");
    }
}

static gboolean
expect_type (JsonNode    *node,
             const char  *path,
             JsonNodeType node_type,
             GType        value_type,
             const char  *expected,
             GError     **error)
{
  if (json_node_get_node_type (node) == node_type &&
      (node_type != JSON_NODE_VALUE || json_node_get_value_type (node) == value_type))
    return TRUE;

  /* Translators: "items[3].name: expected text, found a number" */
  return invalid (error, path, _("expected %s, found %s"), expected, json_type_label (node));
}

static gboolean
read_string_field (JsonNode      *node,
                   HpRecord      *record,
                   const HpField *field,
                   const char    *path,
                   GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *text;

  if (!expect_type (node, path, JSON_NODE_VALUE, G_TYPE_STRING, _("text"), error))
    return FALSE;

  text = json_node_get_string (node);
  if (strlen (text) > HP_PLAN_FILE_MAX_STRING)
    {
      g_set_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_TOO_LARGE,
                   /* Translators: %s is a member path, %d a number of kilobytes */
                   _("%s: the text is longer than the limit of %d kB"),
                   path, HP_PLAN_FILE_MAX_STRING / 1024);
      return FALSE;
    }

  if ((field->flags & HP_FIELD_FLAG_NOT_EMPTY) && *text == '\0')
    return invalid (error, path, _("must not be empty"));

  switch (field->kind)
    {
    case HP_FIELD_DATE:
      if (!hp_validate_date (text, &local_error))
        return invalid (error, path, "%s", local_error->message);
      break;
    case HP_FIELD_TIME:
      if (!hp_validate_time (text, &local_error))
        return invalid (error, path, "%s", local_error->message);
      break;
    case HP_FIELD_ID_NUMBER:
      if (*text != '\0' && !hp_id_number_validate (text, NULL, &local_error))
        return invalid (error, path, "%s", local_error->message);
      break;
    case HP_FIELD_STRING:
      if (strchr (text, '\n') != NULL)
        return invalid (error, path, _("must be a single line"));
      break;
    case HP_FIELD_TEXT:
    case HP_FIELD_BOOLEAN:
    case HP_FIELD_INT:
    case HP_FIELD_ENUM:
    case HP_FIELD_RECORD:
    case HP_FIELD_LIST:
    default:
      break;
    }

  hp_record_init_string (record, field, g_strdup (text));
  return TRUE;
}

static gboolean
read_list_field (LoadState     *state,
                 JsonNode      *node,
                 HpRecord      *record,
                 const HpField *field,
                 const char    *path,
                 GError       **error)
{
  JsonArray *array;
  guint n;
  g_autoptr(GPtrArray) records = NULL;

  if (!expect_type (node, path, JSON_NODE_ARRAY, G_TYPE_INVALID, _("a list"), error))
    return FALSE;

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  if (n > HP_PLAN_FILE_MAX_LIST)
    {
      g_set_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_TOO_LARGE,
                   /* Translators: %s is a member path, %u the number of entries, %d the limit */
                   _("%s: %u entries is more than the limit of %d"),
                   path, n, HP_PLAN_FILE_MAX_LIST);
      return FALSE;
    }

  records = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *element_path = g_strdup_printf ("%s[%u]", path, i);
      g_autoptr(HpRecord) child = NULL;

      if (!expect_type (element, element_path, JSON_NODE_OBJECT, G_TYPE_INVALID,
                        _("an object"), error))
        return FALSE;

      child = g_object_new (field->get_type (), NULL);
      if (!read_record (state, json_node_get_object (element), child, element_path, error))
        return FALSE;

      g_ptr_array_add (records, g_steal_pointer (&child));
    }

  /* One splice: one "items-changed" for the whole list. */
  g_list_store_splice (hp_record_get_list (record, field), 0, 0, records->pdata, records->len);
  return TRUE;
}

static gboolean
read_field (LoadState     *state,
            JsonNode      *node,
            HpRecord      *record,
            const HpField *field,
            const char    *path,
            GError       **error)
{
  switch (field->kind)
    {
    case HP_FIELD_STRING:
    case HP_FIELD_TEXT:
    case HP_FIELD_DATE:
    case HP_FIELD_TIME:
    case HP_FIELD_ID_NUMBER:
      return read_string_field (node, record, field, path, error);

    case HP_FIELD_BOOLEAN:
      if (!expect_type (node, path, JSON_NODE_VALUE, G_TYPE_BOOLEAN, _("true or false"), error))
        return FALSE;
      hp_record_init_int (record, field, json_node_get_boolean (node));
      return TRUE;

    case HP_FIELD_INT:
      {
        gint64 value;

        if (!expect_type (node, path, JSON_NODE_VALUE, G_TYPE_INT64, _("a whole number"), error))
          return FALSE;
        value = json_node_get_int (node);
        if (value < field->min || value > field->max)
          {
            g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, value);
            /* Translators: "visits[0].time_limit_minutes: 5000 is not between 0 and 1440" */
            return invalid (error, path, _("%s is not between %d and %d"),
                            number, field->min, field->max);
          }
        hp_record_init_int (record, field, (int) value);
        return TRUE;
      }

    case HP_FIELD_ENUM:
      {
        const char *nick;
        int value;

        if (!expect_type (node, path, JSON_NODE_VALUE, G_TYPE_STRING, _("text"), error))
          return FALSE;
        nick = json_node_get_string (node);
        if (!hp_enum_from_nick (field->get_type (), nick, &value))
          {
            g_autofree char *valid = hp_enum_list_nicks (field->get_type ());
            /* Translators: "items[3].priority: “urgent” is not a valid value (valid: must, should, if-possible)" */
            return invalid (error, path, _("“%s” is not a valid value (valid: %s)"), nick, valid);
          }
        hp_record_init_int (record, field, value);
        return TRUE;
      }

    case HP_FIELD_RECORD:
      if (!expect_type (node, path, JSON_NODE_OBJECT, G_TYPE_INVALID, _("an object"), error))
        return FALSE;
      return read_record (state, json_node_get_object (node),
                          hp_record_get_record (record, field), path, error);

    case HP_FIELD_LIST:
      return read_list_field (state, node, record, field, path, error);

    default:
      g_assert_not_reached ();
    }
}

static gboolean
read_record (LoadState   *state,
             JsonObject  *object,
             HpRecord    *record,
             const char  *path,
             GError     **error)
{
  guint n_fields;
  const HpField *fields = hp_record_get_fields (record, &n_fields);
  JsonObjectIter iter;
  const char *member;
  JsonNode *node;

  for (guint i = 0; i < n_fields; i++)
    {
      const HpField *field = &fields[i];
      g_autofree char *field_path = path[0] ? g_strdup_printf ("%s.%s", path, field->name)
                                            : g_strdup (field->name);

      node = json_object_get_member (object, field->name);
      if (node == NULL)
        {
          if (field->flags & HP_FIELD_FLAG_REQUIRED)
            return invalid (error, field_path, _("this member is missing"));
          continue;
        }

      if (!read_field (state, node, record, field, field_path, error))
        return FALSE;
    }

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &member, &node))
    {
      g_autofree char *text = NULL;

      if (hp_record_find_field (record, member) != NULL)
        continue;
      /* The plan's header members. */
      if (path[0] == '\0' && (strcmp (member, "format") == 0 || strcmp (member, "version") == 0))
        continue;

      if (!state->keep_unknown)
        {
          g_autofree char *member_path = path[0] ? g_strdup_printf ("%s.%s", path, member)
                                                 : g_strdup (member);
          return invalid (error, member_path, _("unknown member"));
        }

      text = json_to_string (node, FALSE);
      hp_record_add_extra (record, member, text);
    }

  return TRUE;
}

/* References between records that the field tables cannot express. */
static gboolean
check_references (HpPlan  *plan,
                  GError **error)
{
  GListModel *list;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  list = G_LIST_MODEL (plan->contacts);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(HpContact) contact = g_list_model_get_item (list, i);
      g_autofree char *path = g_strdup_printf ("contacts[%u].id", i);

      if (!g_hash_table_add (seen, contact->id))
        return invalid (error, path, _("the id “%s” is used by another contact too"), contact->id);
    }

  g_hash_table_remove_all (seen);
  list = G_LIST_MODEL (plan->case_info->children);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(HpChild) child = g_list_model_get_item (list, i);
      g_autofree char *path = g_strdup_printf ("case.children[%u].id", i);

      if (!g_hash_table_add (seen, child->id))
        return invalid (error, path, _("the id “%s” is used by another child too"), child->id);
    }

  list = G_LIST_MODEL (plan->items);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(HpItem) item = g_list_model_get_item (list, i);

      if (item->owner[0] != '\0' && !g_hash_table_contains (seen, item->owner))
        {
          g_autofree char *path = g_strdup_printf ("items[%u].owner", i);
          return invalid (error, path, _("no child has the id “%s”"), item->owner);
        }
    }

  list = G_LIST_MODEL (plan->consents);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(HpConsent) consent = g_list_model_get_item (list, i);

      if (consent->recipient[0] != '\0' && hp_plan_find_contact (plan, consent->recipient) == NULL)
        {
          g_autofree char *path = g_strdup_printf ("consents[%u].recipient", i);
          return invalid (error, path, _("no contact has the id “%s”"), consent->recipient);
        }
    }

  return TRUE;
}

/* json-glib parses recursively; refuse absurd nesting before it does. */
static gboolean
check_nesting (const char *data,
               gsize       length,
               GError    **error)
{
  int depth = 0;
  gboolean in_string = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }

      if (c == '"')
        in_string = TRUE;
      else if (c == '{' || c == '[')
        {
          if (++depth > HP_PLAN_FILE_MAX_DEPTH)
            {
              g_set_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_TOO_LARGE,
                           /* Translators: %d is the limit */
                           _("the file is nested deeper than the limit of %d levels"),
                           HP_PLAN_FILE_MAX_DEPTH);
              return FALSE;
            }
        }
      else if (c == '}' || c == ']')
        depth--;
    }

  return TRUE;
}

static gboolean
read_version (JsonObject  *root,
              LoadState   *state,
              GError     **error)
{
  JsonNode *node = json_object_get_member (root, "version");
  gint64 major = -1, minor = 0;

  if (node == NULL)
    return invalid (error, "version", _("this member is missing"));

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
    major = json_node_get_int (node);
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *text = json_node_get_string (node);
      char *end = NULL;

      major = g_ascii_strtoll (text, &end, 10);
      if (end == text || (*end != '.' && *end != '\0'))
        major = -1;
      else if (*end == '.')
        {
          const char *minor_text = end + 1;

          minor = g_ascii_strtoll (minor_text, &end, 10);
          if (end == minor_text || *end != '\0' || minor < 0)
            major = -1;
        }
    }

  if (major < 1 || minor > G_MAXINT)
    return invalid (error, "version", _("expected a version such as “1.0”"));

  if (major > HP_PLAN_FILE_VERSION_MAJOR)
    {
      g_set_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_VERSION,
                   /* Translators: %d.%d is the file's format version */
                   _("the plan was saved by a newer version of Hämtplan (file format %d.%d) "
                     "and cannot be opened here; update Hämtplan"),
                   (int) major, (int) minor);
      return FALSE;
    }

  state->minor = (int) minor;
  state->keep_unknown = minor > HP_PLAN_FILE_VERSION_MINOR;
  return TRUE;
}

/**
 * hp_plan_file_load_bytes:
 *
 * Returns: (transfer full) (nullable): the plan in @bytes, or %NULL with
 * @error naming the member and the problem
 */
HpPlan *
hp_plan_file_load_bytes (GBytes  *bytes,
                         GError **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  const char *bad_utf8 = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(HpPlan) plan = NULL;
  JsonNode *root;
  JsonObject *object;
  JsonNode *format;
  LoadState state = { 0 };

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length > HP_PLAN_FILE_MAX_BYTES)
    {
      g_set_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_TOO_LARGE,
                   /* Translators: %d is a number of megabytes */
                   _("the file is larger than the limit of %d MB for a plan"),
                   HP_PLAN_FILE_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  if (length == 0 || data == NULL)
    {
      g_set_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_NOT_A_PLAN, _("the file is empty"));
      return NULL;
    }

  if (!g_utf8_validate (data, length, &bad_utf8))
    {
      g_set_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_SYNTAX,
                   /* Translators: %lu is a byte offset in the file */
                   _("the file is not valid UTF-8 text (at byte %lu)"),
                   (unsigned long) (bad_utf8 - data));
      return NULL;
    }

  if (!check_nesting (data, length, error))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_autofree char *reason = hp_json_describe_syntax_error (local_error);

      g_set_error_literal (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_SYNTAX, reason);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_NOT_A_PLAN,
                   _("the file is not a Hämtplan plan (it is not a JSON object)"));
      return NULL;
    }

  object = json_node_get_object (root);
  format = json_object_get_member (object, "format");
  if (format == NULL || !JSON_NODE_HOLDS_VALUE (format) ||
      json_node_get_value_type (format) != G_TYPE_STRING ||
      strcmp (json_node_get_string (format), HP_PLAN_FILE_FORMAT) != 0)
    {
      g_set_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_NOT_A_PLAN,
                   _("the file is not a Hämtplan plan (“format” is not “hamtplan”)"));
      return NULL;
    }

  if (!read_version (object, &state, error))
    return NULL;

  plan = hp_plan_new ();
  if (!read_record (&state, object, HP_RECORD (plan), "", error))
    return NULL;

  if (!check_references (plan, error))
    return NULL;

  plan->file_minor = state.minor;

  return g_steal_pointer (&plan);
}

static char *
display_name (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);

  return g_filename_display_name (base);
}

/**
 * hp_plan_file_load:
 *
 * Returns: (transfer full) (nullable): the plan in the file at @path
 */
HpPlan *
hp_plan_file_load (const char  *path,
                   GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  GStatBuf st;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Look at the size before reading a file of any size into memory. */
  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_READ,
                   /* Translators: %s is the reason from the system */
                   _("the file cannot be read: %s"), g_strerror (saved_errno));
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_READ, _("this is not a regular file"));
      return NULL;
    }
  if (st.st_size > HP_PLAN_FILE_MAX_BYTES)
    {
      g_set_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_TOO_LARGE,
                   _("the file is larger than the limit of %d MB for a plan"),
                   HP_PLAN_FILE_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_set_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_READ,
                   _("the file cannot be read: %s"), local_error->message);
      return NULL;
    }

  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  return hp_plan_file_load_bytes (bytes, error);
}

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
  gsize length;
  const void *data;

  g_return_val_if_fail (HP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  bytes = hp_plan_file_to_bytes (plan);
  data = g_bytes_get_data (bytes, &length);
  return hp_file_write_atomic (path, data, length, error);
}

static gboolean
write_failed (GError    **error,
              const char *path,
              int         saved_errno)
{
  g_autofree char *name = display_name (path);

  g_set_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_WRITE,
               /* Translators: the first %s is a file name, the second the reason */
               _("%s could not be saved: %s"), name, g_strerror (saved_errno));
  return FALSE;
}

/**
 * hp_file_write_atomic:
 *
 * Writes @data to a new file, mode 0600, in the folder of @path; flushes it
 * to disk; renames it over @path; flushes the folder.  A crash at any moment
 * leaves either the old file or the new one.
 */
gboolean
hp_file_write_atomic (const char  *path,
                      const void  *data,
                      gsize        length,
                      GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmpl = NULL;
  const guint8 *p = data;
  gsize left = length;
  int fd;
  int dir_fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmpl = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);

  fd = g_mkstemp_full (tmpl, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    return write_failed (error, path, errno);

  /* Whatever the umask, only the user may read a plan. */
  if (fchmod (fd, 0600) != 0)
    goto fail;

  while (left > 0)
    {
      ssize_t written = write (fd, p, left);

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          goto fail;
        }
      p += written;
      left -= (gsize) written;
    }

  if (fsync (fd) != 0)
    goto fail;

  if (close (fd) != 0)
    {
      int saved_errno = errno;

      fd = -1;
      g_unlink (tmpl);
      return write_failed (error, path, saved_errno);
    }
  fd = -1;

  if (g_rename (tmpl, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (tmpl);
      return write_failed (error, path, saved_errno);
    }

  /* Make the rename itself durable. */
  dir_fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0)
    {
      fsync (dir_fd);
      close (dir_fd);
    }

  return TRUE;

fail:
  {
    int saved_errno = errno;

    if (fd >= 0)
      close (fd);
    g_unlink (tmpl);
    return write_failed (error, path, saved_errno);
  }
}
