/* hp-catalogue-parse.c: one catalogue file read, its every member checked
 * (the layers and the files to read are hp-catalogue.c) */

#define G_LOG_DOMAIN "hp-catalogue"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "hp-catalogue.h"
#include "hp-catalogue-private.h"
#include "hp-enum-types.h"
#include "hp-json-error.h"
#include "hp-json-scan.h"
#include "hp-plan-file.h"
#include "hp-record-rules.h"

static const char * const top_members[] = {
  "format", "version", "name", "items", "measures", "contacts", "consent_wording", NULL
};
static const char * const item_members[] = {
  "name", "category", "priority", "for_child", NULL
};
static const char * const measure_members[] = {
  "title", "responsible", NULL
};

/* Errors */

/* Sets "ORIGIN: PATH: message" (or "ORIGIN: message" when @path is NULL)
 * and returns FALSE. */
gboolean
hp_catalogue_set_error (GError     **error,
                        int          code,
                        const char  *origin,
                        const char  *path,
                        const char  *format,
                        ...)
{
  g_autofree char *detail = NULL;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);

  if (path != NULL && *path != '\0')
    g_set_error (error, HP_FORMAT_ERROR, code, "%s: %s: %s", origin, path, detail);
  else
    g_set_error (error, HP_FORMAT_ERROR, code, "%s: %s", origin, detail);
  return FALSE;
}

static char *
member_path (const char *path,
             const char *member)
{
  if (path == NULL || *path == '\0')
    return g_strdup (member);
  return g_strdup_printf ("%s.%s", path, member);
}

/* Value checks.  Each names the member path in its message; the wording
 * is that of the plan file's loader (hp-plan-file.c). */


static gboolean
expect_type (JsonNode     *node,
             JsonNodeType  node_type,
             GType         value_type,
             const char   *expected,
             const char   *origin,
             const char   *path,
             GError      **error)
{
  g_autofree char *problem = hp_json_type_mismatch (node, node_type, value_type, expected);

  return problem == NULL ||
         hp_catalogue_set_error (error, HP_FORMAT_ERROR_INVALID, origin, path, "%s", problem);
}

static gboolean
expect_object (JsonNode    *node,
               const char  *origin,
               const char  *path,
               GError     **error)
{
  return expect_type (node, JSON_NODE_OBJECT, G_TYPE_INVALID, _("an object"),
                      origin, path, error);
}

static gboolean
expect_array (JsonNode    *node,
              const char  *origin,
              const char  *path,
              GError     **error)
{
  guint n;

  if (!expect_type (node, JSON_NODE_ARRAY, G_TYPE_INVALID, _("a list"), origin, path, error))
    return FALSE;

  n = json_array_get_length (json_node_get_array (node));
  if (n > HP_CATALOGUE_MAX_LIST)
    return hp_catalogue_set_error (error, HP_FORMAT_ERROR_TOO_LARGE, origin, NULL,
                                   _("%s: %u entries is more than the limit of %d"),
                                   path, n, HP_CATALOGUE_MAX_LIST);
  return TRUE;
}

/* Members not in @known are refused: a misspelt member would otherwise be
 * silently lost. */
static gboolean
expect_known_members (JsonObject         *object,
                      const char * const *known,
                      const char         *origin,
                      const char         *path,
                      GError            **error)
{
  JsonObjectIter iter;
  const char *name;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, NULL))
    {
      if (!g_strv_contains (known, name))
        {
          g_autofree char *here = member_path (path, name);
          g_autofree char *list = g_strjoinv (", ", (char **) known);

          return hp_catalogue_set_error (error, HP_FORMAT_ERROR_INVALID, origin, here,
                                         /* Translators: %s is a list of member names */
                                         _("unknown member (known members: %s)"), list);
        }
    }
  return TRUE;
}

static gboolean
expect_member (JsonObject  *object,
               const char  *name,
               const char  *origin,
               const char  *path,
               JsonNode   **out,
               GError     **error)
{
  *out = json_object_get_member (object, name);
  if (*out == NULL)
    {
      g_autofree char *here = member_path (path, name);

      return hp_catalogue_set_error (error, HP_FORMAT_ERROR_INVALID, origin, here,
                                     _("this member is missing"));
    }
  return TRUE;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

typedef enum
{
  TEXT_SINGLE_LINE = 1 << 0,
  TEXT_NOT_EMPTY   = 1 << 1,
} TextFlags;

static gboolean
read_text (JsonNode    *node,
           TextFlags    flags,
           const char  *origin,
           const char  *path,
           char       **out,
           GError     **error)
{
  const char *text;

  if (!expect_type (node, JSON_NODE_VALUE, G_TYPE_STRING, _("text"), origin, path, error))
    return FALSE;

  text = json_node_get_string (node);
  if (strlen (text) > HP_CATALOGUE_MAX_STRING)
    return hp_catalogue_set_error (error, HP_FORMAT_ERROR_TOO_LARGE, origin, NULL,
                                   _("%s: the text is longer than the limit of %d kB"),
                                   path, HP_CATALOGUE_MAX_STRING / 1024);

  for (const char *p = text; *p; p++)
    {
      guchar c = *p;

      if ((c == '\n' || c == '\r') && (flags & TEXT_SINGLE_LINE))
        return hp_catalogue_set_error (error, HP_FORMAT_ERROR_INVALID, origin, path,
                                       _("must be a single line"));
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f)
        return hp_catalogue_set_error (error, HP_FORMAT_ERROR_INVALID, origin, path,
                                       _("contains a control character"));
    }

  if ((flags & TEXT_NOT_EMPTY) && is_blank (text))
    return hp_catalogue_set_error (error, HP_FORMAT_ERROR_INVALID, origin, path,
                                   _("must not be empty"));

  *out = g_strdup (text);
  return TRUE;
}

static gboolean
read_boolean (JsonNode    *node,
              const char  *origin,
              const char  *path,
              gboolean    *out,
              GError     **error)
{
  if (!expect_type (node, JSON_NODE_VALUE, G_TYPE_BOOLEAN, _("true or false"),
                    origin, path, error))
    return FALSE;

  *out = json_node_get_boolean (node);
  return TRUE;
}

static gboolean
read_enum (JsonNode    *node,
           GType        enum_type,
           const char  *origin,
           const char  *path,
           int         *out,
           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *nick;

  if (!expect_type (node, JSON_NODE_VALUE, G_TYPE_STRING, _("text"), origin, path, error))
    return FALSE;

  nick = json_node_get_string (node);
  if (!hp_enum_check_nick (enum_type, nick, out, &local_error))
    return hp_catalogue_set_error (error, HP_FORMAT_ERROR_INVALID, origin, path, "%s", local_error->message);
  return TRUE;
}

/* A key under which two names count as the same entry: "Pass" and "pass ". */
char *
hp_catalogue_duplicate_key (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *normal = g_utf8_normalize (stripped, -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normal, -1);
}

static gboolean
check_duplicate (GHashTable  *seen,
                 const char  *text,
                 const char  *origin,
                 const char  *path,
                 GError     **error)
{
  char *key = hp_catalogue_duplicate_key (text);
  const char *first = g_hash_table_lookup (seen, key);

  if (first != NULL)
    {
      g_free (key);
      return hp_catalogue_set_error (error, HP_FORMAT_ERROR_INVALID, origin, path,
                                     /* Translators: the first %s is a name, the second
                         * where it was first given, for example "items[2]" */
                                     _("“%s” is already in the list (%s)"), text, first);
    }

  g_hash_table_insert (seen, key, g_strdup (path));
  return TRUE;
}

/* One entry of a list, an object whose members are checked already when
 * the list names them; @path names it ("items[2]"), @seen holds the names
 * given so far. */
typedef gboolean (*ParseEntryFunc) (JsonObject  *object,
                                    const char  *origin,
                                    const char  *path,
                                    GHashTable  *seen,
                                    gpointer     list,
                                    GError     **error);

/* The list @name: every entry an object, read by @parse_entry into @list. */
static gboolean
parse_list (JsonNode            *node,
            const char          *origin,
            const char          *name,
            const char * const  *members,
            ParseEntryFunc       parse_entry,
            gpointer             list,
            GError             **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  JsonArray *array;

  if (!expect_array (node, origin, name, error))
    return FALSE;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *path = g_strdup_printf ("%s[%u]", name, i);
      JsonObject *object;

      if (!expect_object (element, origin, path, error))
        return FALSE;
      object = json_node_get_object (element);
      if (members != NULL && !expect_known_members (object, members, origin, path, error))
        return FALSE;
      if (!parse_entry (object, origin, path, seen, list, error))
        return FALSE;
    }
  return TRUE;
}

/* items[]: { "name", "category", "priority", "for_child" } */
static gboolean
parse_item (JsonObject  *object,
            const char  *origin,
            const char  *path,
            GHashTable  *seen,
            gpointer     list,
            GError     **error)
{
  g_autofree char *name_path = member_path (path, "name");
  g_autofree char *category_path = member_path (path, "category");
  g_autofree char *priority_path = member_path (path, "priority");
  g_autofree char *for_child_path = member_path (path, "for_child");
  g_autofree char *name = NULL;
  int category;
  int priority;
  gboolean for_child = FALSE;
  HpCatalogueItem item;
  JsonNode *member;

  /* name, category and priority are required: an item without them
   * would land in a list the caseworker did not mean. */
  if (!expect_member (object, "name", origin, path, &member, error) ||
      !read_text (member, TEXT_SINGLE_LINE | TEXT_NOT_EMPTY, origin, name_path, &name, error) ||
      !check_duplicate (seen, name, origin, path, error))
    return FALSE;

  if (!expect_member (object, "category", origin, path, &member, error) ||
      !read_enum (member, HP_TYPE_ITEM_CATEGORY, origin, category_path, &category, error))
    return FALSE;

  if (!expect_member (object, "priority", origin, path, &member, error) ||
      !read_enum (member, HP_TYPE_PRIORITY, origin, priority_path, &priority, error))
    return FALSE;

  member = json_object_get_member (object, "for_child");
  if (member != NULL && !read_boolean (member, origin, for_child_path, &for_child, error))
    return FALSE;

  item.name = g_steal_pointer (&name);
  item.category = category;
  item.priority = priority;
  item.for_child = for_child;
  g_array_append_val ((GArray *) list, item);
  return TRUE;
}

/* measures[]: { "title", "responsible" } */
static gboolean
parse_measure (JsonObject  *object,
               const char  *origin,
               const char  *path,
               GHashTable  *seen,
               gpointer     list,
               GError     **error)
{
  g_autofree char *title_path = member_path (path, "title");
  g_autofree char *responsible_path = member_path (path, "responsible");
  g_autofree char *title = NULL;
  g_autofree char *responsible = NULL;
  HpCatalogueMeasure measure;
  JsonNode *member;

  if (!expect_member (object, "title", origin, path, &member, error) ||
      !read_text (member, TEXT_SINGLE_LINE | TEXT_NOT_EMPTY, origin, title_path,
                  &title, error) ||
      !check_duplicate (seen, title, origin, path, error))
    return FALSE;

  member = json_object_get_member (object, "responsible");
  if (member != NULL &&
      !read_text (member, TEXT_SINGLE_LINE, origin, responsible_path, &responsible, error))
    return FALSE;

  measure.title = g_steal_pointer (&title);
  measure.responsible = responsible != NULL ? g_steal_pointer (&responsible) : g_strdup ("");
  g_array_append_val ((GArray *) list, measure);
  return TRUE;
}

/* One member of a contact, by the contact's own field table, so that a
 * catalogue contact has exactly the members of a plan's contact. */
static gboolean
parse_contact_field (HpRecord       *record,
                     const HpField  *field,
                     JsonNode       *node,
                     const char     *origin,
                     const char     *path,
                     GError        **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) local_error = NULL;
  int value;

  switch (field->kind)
    {
    case HP_FIELD_STRING:
    case HP_FIELD_TEXT:
    case HP_FIELD_DATE:
    case HP_FIELD_TIME:
    case HP_FIELD_ID_NUMBER:
      {
        TextFlags flags = field->kind == HP_FIELD_TEXT ? 0 : TEXT_SINGLE_LINE;

        if (!read_text (node, flags, origin, path, &text, error))
          return FALSE;
      }

      /* The id is dropped (see parse_contact): only its type counts. */
      if (strcmp (field->name, "id") != 0 && !hp_field_check_text (field, text, &local_error))
        return hp_catalogue_set_error (error, HP_FORMAT_ERROR_INVALID, origin, path, "%s",
                                       local_error->message);

      hp_record_init_string (record, field, g_steal_pointer (&text));
      return TRUE;

    case HP_FIELD_BOOLEAN:
      {
        gboolean b;

        if (!read_boolean (node, origin, path, &b, error))
          return FALSE;
        hp_record_init_int (record, field, b);
      }
      return TRUE;

    case HP_FIELD_INT:
      if (!expect_type (node, JSON_NODE_VALUE, G_TYPE_INT64, _("a whole number"),
                        origin, path, error))
        return FALSE;
      if (!hp_field_check_int (field, json_node_get_int (node), &local_error))
        return hp_catalogue_set_error (error, HP_FORMAT_ERROR_INVALID, origin, path, "%s",
                                       local_error->message);
      hp_record_init_int (record, field, (int) json_node_get_int (node));
      return TRUE;

    case HP_FIELD_ENUM:
      if (!read_enum (node, field->get_type (), origin, path, &value, error))
        return FALSE;
      hp_record_init_int (record, field, value);
      return TRUE;

    case HP_FIELD_RECORD:
    case HP_FIELD_LIST:
    default:
      /* A contact has neither; parse_contact refuses them as unknown. */
      g_assert_not_reached ();
    }
}

static gboolean
contact_field_usable (const HpField *field)
{
  return field != NULL && field->kind != HP_FIELD_RECORD && field->kind != HP_FIELD_LIST;
}

/* contacts[]: the members of a plan's contact; names may repeat (two
 * officers of one station). */
static gboolean
parse_contact (JsonObject  *object,
               const char  *origin,
               const char  *path,
               GHashTable  *seen,
               gpointer     list,
               GError     **error)
{
  g_autoptr(HpContact) contact = hp_contact_new ();
  HpRecord *record = HP_RECORD (contact);
  guint n_fields;
  const HpField *fields = hp_record_get_fields (record, &n_fields);
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &member))
    {
      const HpField *field = hp_record_find_field (record, name);
      g_autofree char *here = member_path (path, name);

      if (!contact_field_usable (field))
        {
          g_autoptr(GString) known = g_string_new (NULL);

          for (guint i = 0; i < n_fields; i++)
            if (contact_field_usable (&fields[i]))
              g_string_append_printf (known, "%s%s", known->len > 0 ? ", " : "", fields[i].name);

          hp_catalogue_set_error (error, HP_FORMAT_ERROR_INVALID, origin, here,
                                  _("unknown member (known members: %s)"), known->str);
          return FALSE;
        }

      if (!parse_contact_field (record, field, member, origin, here, error))
        return FALSE;
    }

  for (guint i = 0; i < n_fields; i++)
    {
      /* The id is optional here: a contact copied from a plan may carry
       * one, but it gets a new one in each plan it is put into. */
      if ((fields[i].flags & HP_FIELD_FLAG_REQUIRED) && strcmp (fields[i].name, "id") != 0 &&
          !json_object_has_member (object, fields[i].name))
        {
          g_autofree char *here = member_path (path, fields[i].name);

          hp_catalogue_set_error (error, HP_FORMAT_ERROR_INVALID, origin, here, _("this member is missing"));
          return FALSE;
        }
    }

  if (is_blank (contact->name) && is_blank (contact->organisation))
    {
      hp_catalogue_set_error (error, HP_FORMAT_ERROR_INVALID, origin, path,
                              _("a contact needs a name or an organisation"));
      return FALSE;
    }

  hp_record_init_string (record, hp_record_find_field (record, "id"), g_strdup (""));
  g_list_store_append (list, contact);
  return TRUE;
}

/* json-glib parses recursively and has no depth limit of its own, and
 * accepts comments and sloppy escapes that could hide brackets from a
 * simple count: the shared strict scan (hp-json-scan.c) refuses those and
 * bounds the depth, the number of values and the members of an object. */
static gboolean
check_nesting (const char  *data,
               gsize        length,
               const char  *origin,
               GError     **error)
{
  const HpJsonLimits limits = {
    HP_CATALOGUE_MAX_DEPTH, HP_PLAN_FILE_MAX_VALUES, HP_PLAN_FILE_MAX_MEMBERS
  };
  g_autoptr(GError) local_error = NULL;

  if (hp_json_scan (data, length, &limits, &local_error))
    return TRUE;
  return hp_catalogue_set_error (error, local_error->code, origin, NULL, "%s", local_error->message);
}

static JsonNode *
parse_json (GBytes      *bytes,
            const char  *origin,
            GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  const char *data;
  const char *end;
  gsize length;
  JsonNode *root;

  data = g_bytes_get_data (bytes, &length);

  if (length > HP_CATALOGUE_MAX_BYTES)
    {
      hp_catalogue_set_error (error, HP_FORMAT_ERROR_TOO_LARGE, origin, NULL,
                              /* Translators: %d is a number of kilobytes */
                              _("the file is larger than the limit of %d kB for a catalogue"),
                              HP_CATALOGUE_MAX_BYTES / 1024);
      return NULL;
    }

  if (length == 0 || data == NULL)
    {
      hp_catalogue_set_error (error, HP_FORMAT_ERROR_SYNTAX, origin, NULL, _("the file is empty"));
      return NULL;
    }

  if (!g_utf8_validate_len (data, length, &end))
    {
      hp_catalogue_set_error (error, HP_FORMAT_ERROR_SYNTAX, origin, NULL,
                              _("the file is not valid UTF-8 text (at byte %lu)"),
                              (unsigned long) (end - data));
      return NULL;
    }

  /* A byte order mark is what some editors on other systems put first. */
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (!check_nesting (data, length, origin, error))
    return NULL;

  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_autofree char *reason = hp_json_describe_syntax_error (local_error);

      hp_catalogue_set_error (error, HP_FORMAT_ERROR_SYNTAX, origin, NULL, "%s", reason);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      hp_catalogue_set_error (error, HP_FORMAT_ERROR_SYNTAX, origin, NULL, _("the file is empty"));
      return NULL;
    }

  return json_node_ref (root);
}

/* Parses one file into a catalogue holding only what the file defines;
 * @defined says which top-level members it did define. */
HpCatalogue *
hp_catalogue_parse (GBytes              *bytes,
                    const char          *origin,
                    HpCatalogueMembers  *defined,
                    GError             **error)
{
  g_autoptr(HpCatalogue) self = g_object_new (HP_TYPE_CATALOGUE, NULL);
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  JsonNode *member;
  const char *format;
  gint64 version;

  *defined = 0;

  root = parse_json (bytes, origin, error);
  if (root == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      hp_catalogue_set_error (error, HP_FORMAT_ERROR_NOT_A_PLAN, origin, NULL,
                              _("not a Hämtplan catalogue (the file must be a JSON object)"));
      return NULL;
    }
  object = json_node_get_object (root);

  member = json_object_get_member (object, "format");
  format = member != NULL && JSON_NODE_HOLDS_VALUE (member) &&
           json_node_get_value_type (member) == G_TYPE_STRING ? json_node_get_string (member)
                                                              : NULL;
  if (g_strcmp0 (format, HP_PLAN_FILE_FORMAT) == 0)
    {
      hp_catalogue_set_error (error, HP_FORMAT_ERROR_NOT_A_PLAN, origin, NULL,
                              _("this is a plan, not a catalogue"));
      return NULL;
    }
  if (g_strcmp0 (format, HP_CATALOGUE_FORMAT) != 0)
    {
      hp_catalogue_set_error (error, HP_FORMAT_ERROR_NOT_A_PLAN, origin, "format",
                              /* Translators: %s is the word that must be there */
                              _("not a Hämtplan catalogue (“format” must be “%s”)"), HP_CATALOGUE_FORMAT);
      return NULL;
    }

  member = json_object_get_member (object, "version");
  if (member == NULL)
    {
      hp_catalogue_set_error (error, HP_FORMAT_ERROR_INVALID, origin, "version", _("this member is missing"));
      return NULL;
    }
  if (!JSON_NODE_HOLDS_VALUE (member) || json_node_get_value_type (member) != G_TYPE_INT64 ||
      json_node_get_int (member) < 1)
    {
      hp_catalogue_set_error (error, HP_FORMAT_ERROR_INVALID, origin, "version",
                              _("must be a whole number, 1 or more"));
      return NULL;
    }
  version = json_node_get_int (member);
  if (version > HP_CATALOGUE_VERSION)
    {
      hp_catalogue_set_error (error, HP_FORMAT_ERROR_VERSION, origin, "version",
                              /* Translators: the first number is the file's version, the
                  * second the newest this program reads */
                              _("the catalogue is of version %lld, newer than this version of "
                   "Hämtplan can read (%d); update Hämtplan"),
                              (long long) version, HP_CATALOGUE_VERSION);
      return NULL;
    }

  if (!expect_known_members (object, top_members, origin, NULL, error))
    return NULL;

  if ((member = json_object_get_member (object, "name")) != NULL)
    {
      g_clear_pointer (&self->name, g_free);
      if (!read_text (member, TEXT_SINGLE_LINE, origin, "name", &self->name, error))
        return NULL;
      *defined |= HP_CATALOGUE_MEMBER_NAME;
    }

  if ((member = json_object_get_member (object, "items")) != NULL)
    {
      if (!parse_list (member, origin, "items", item_members, parse_item, self->items, error))
        return NULL;
      *defined |= HP_CATALOGUE_MEMBER_ITEMS;
    }

  if ((member = json_object_get_member (object, "measures")) != NULL)
    {
      if (!parse_list (member, origin, "measures", measure_members, parse_measure, self->measures,
                       error))
        return NULL;
      *defined |= HP_CATALOGUE_MEMBER_MEASURES;
    }

  if ((member = json_object_get_member (object, "contacts")) != NULL)
    {
      if (!parse_list (member, origin, "contacts", NULL, parse_contact, self->contacts, error))
        return NULL;
      *defined |= HP_CATALOGUE_MEMBER_CONTACTS;
    }

  if ((member = json_object_get_member (object, "consent_wording")) != NULL)
    {
      g_clear_pointer (&self->consent_wording, g_free);
      if (!read_text (member, 0, origin, "consent_wording", &self->consent_wording, error))
        return NULL;
      *defined |= HP_CATALOGUE_MEMBER_CONSENT_WORDING;
    }

  self->defined = *defined;
  g_ptr_array_add (self->origins, g_strdup (origin));
  return g_steal_pointer (&self);
}
