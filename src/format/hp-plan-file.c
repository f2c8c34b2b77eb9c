/* hp-plan-file.c: the .hamtplan file: JSON <-> HpPlan; reading it
 *
 * (The one-pass reader that most files take first is hp-plan-file-fast.c;
 * writing is hp-plan-file-write.c.)
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
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>

#include "hp-json-error.h"
#include "hp-json-scan.h"
#include "hp-model.h"
#include "hp-plan-file.h"
#include "hp-plan-file-private.h"

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

/* Load messages reach terminals and logs: the command line prints them on
 * stderr.  A value from the file is quoted only when it has the shape the
 * member expects (hp_value_shown()). */

static char *
member_path (const char *path,
             const char *member)
{
  const char *name = hp_value_shown (member, HP_VALUE_SHAPE_MEMBER);

  return path[0] ? g_strdup_printf ("%s.%s", path, name) : g_strdup (name);
}


static gboolean
expect_type (JsonNode    *node,
             const char  *path,
             JsonNodeType node_type,
             GType        value_type,
             const char  *expected,
             GError     **error)
{
  g_autofree char *problem = hp_json_type_mismatch (node, node_type, value_type, expected);

  return problem == NULL || _hp_plan_file_invalid (error, path, "%s", problem);
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

  if (!hp_field_check_text (field, text, &local_error))
    return _hp_plan_file_invalid (error, path, "%s", local_error->message);

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
  guint limit;
  g_autoptr(GPtrArray) records = NULL;

  if (!expect_type (node, path, JSON_NODE_ARRAY, G_TYPE_INVALID, _("a list"), error))
    return FALSE;

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  limit = field->get_type () == HP_TYPE_ITEM ? HP_PLAN_FILE_MAX_LIST : HP_PLAN_FILE_MAX_SHORT_LIST;
  if (n > limit)
    {
      g_set_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_TOO_LARGE,
                   /* Translators: %s is a member path, %u the number of entries, %d the limit */
                   _("%s: %u entries is more than the limit of %d"),
                   path, n, limit);
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
  g_autoptr(GError) local_error = NULL;

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
        if (!hp_field_check_int (field, value, &local_error))
          return _hp_plan_file_invalid (error, path, "%s", local_error->message);
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
        if (!hp_enum_check_nick (field->get_type (), nick, &value, &local_error))
          return _hp_plan_file_invalid (error, path, "%s", local_error->message);
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

/* Whether json-glib writes every number in @node as JSON it can read back:
 * it writes a double as g_ascii_dtostr () gives it and adds ".0" when that
 * has no point, so "2e-35" becomes "2e-35.0" and infinity "inf.0". */
static gboolean
numbers_writable (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        JsonNode *member;

        json_object_iter_init (&iter, json_node_get_object (node));
        while (json_object_iter_next (&iter, NULL, &member))
          if (!numbers_writable (member))
            return FALSE;
        return TRUE;
      }
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        for (guint i = 0; i < json_array_get_length (array); i++)
          if (!numbers_writable (json_array_get_element (array, i)))
            return FALSE;
        return TRUE;
      }
    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
        {
          char buf[G_ASCII_DTOSTR_BUF_SIZE];
          double d = json_node_get_double (node);

          g_ascii_dtostr (buf, sizeof buf, d);
          return isfinite (d) && (strchr (buf, '.') != NULL || strpbrk (buf, "eE") == NULL);
        }
      return TRUE;
    case JSON_NODE_NULL:
    default:
      return TRUE;
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
            return _hp_plan_file_invalid (error, field_path, _("this member is missing"));
          continue;
        }

      if (!read_field (state, node, record, field, field_path, error))
        return FALSE;
    }

  /* In the order of the file: members kept from a newer version are written
   * back in the same order, and the first unknown member is the one named. */
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &member, &node))
    {
      g_autofree char *text = NULL;

      if (hp_record_find_field (record, member) != NULL)
        continue;
      /* The plan's header members. */
      if (path[0] == '\0' && (strcmp (member, "format") == 0 || strcmp (member, "version") == 0))
        continue;

      if (!state->keep_unknown)
        {
          g_autofree char *where = member_path (path, member);
          return _hp_plan_file_invalid (error, where, _("unknown member"));
        }

      /* json-glib 1.6 writes some numbers as text it cannot read back
       * (2e-35 as "2e-35.0", 1e999 as "inf.0"): such a member would be
       * dropped by the next save, so refuse the file rather than lose it
       * silently.  Hämtplan itself never writes such a number. */
      if (!numbers_writable (node))
        {
          g_autofree char *where = member_path (path, member);
          return _hp_plan_file_invalid (error, where,
                          _("this member from a newer version holds a number that this "
                            "version cannot keep; update Hämtplan"));
        }
      text = json_to_string (node, FALSE);
      hp_record_add_extra (record, member, text);
    }

  return TRUE;
}

/* json-glib parses recursively, keeps every value as a node and every
 * object as a hash table: refuse absurd nesting, too many values and
 * objects with too many members before it parses, so that memory and time
 * stay bounded (a hash table with thousands of colliding member names takes
 * minutes to fill).  The scan only knows strict JSON; json-glib also accepts
 * comments and single-quoted strings, which could hide brackets from the
 * scan, so anything outside a string that strict JSON does not allow is
 * refused here. */
static gboolean
read_version (JsonObject  *root,
              LoadState   *state,
              GError     **error)
{
  JsonNode *node = json_object_get_member (root, "version");
  gint64 major = -1, minor = 0;

  if (node == NULL)
    return _hp_plan_file_invalid (error, "version", _("this member is missing"));

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
    return _hp_plan_file_invalid (error, "version", _("expected a version such as “1.0”"));

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
  const HpJsonLimits limits = {
    HP_PLAN_FILE_MAX_DEPTH, HP_PLAN_FILE_MAX_VALUES, HP_PLAN_FILE_MAX_MEMBERS
  };

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

  if (!hp_json_scan (data, length, &limits, error))
    return NULL;

  plan = hp_plan_file_load_fast (data, length);
  if (plan != NULL)
    return g_steal_pointer (&plan);

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

  if (!hp_plan_file_check_references (plan, error))
    return NULL;

  plan->file_minor = state.minor;

  return g_steal_pointer (&plan);
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
