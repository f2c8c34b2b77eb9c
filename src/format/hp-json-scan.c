/* hp-json-scan.c: checks on JSON text before json-glib parses it
 *
 * Shared by the plan file and the catalogue, whose files both come from
 * outside (another computer, an administrator, a damaged disk).
 */

#define G_LOG_DOMAIN "hp-json-scan"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-json-scan.h"
#include "hp-format-error.h"

/* The value of the four hex digits at @p (of @left bytes), or -1. */
int
hp_json_hex4 (const char *p,
              gsize       left)
{
  int value = 0;

  if (left < 4)
    return -1;
  for (int i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  return value;
}

/* The length of the JSON escape sequence at @p (a backslash), or 0 when it
 * is not one that strict JSON allows.  json-glib accepts more: a \u with
 * fewer than four hex digits, octal escapes, and a lone UTF-16 surrogate
 * (\ud800 without its \udc00..\udfff) that it turns into bytes that are not
 * UTF-8, so that the plan would be saved into a file that no longer loads.
 * Some of these also swallow the quote that ends the string, so that the
 * scan below would no longer know where strings end. */
static gsize
escape_length (const char *p,
               gsize       left)
{
  int unit, low;

  if (left < 2)
    return 0;

  switch (p[1])
    {
    case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
      return 2;
    case 'u':
      unit = hp_json_hex4 (p + 2, left - 2);
      if (unit < 0 || (unit >= 0xDC00 && unit <= 0xDFFF))
        return 0;
      if (unit < 0xD800 || unit > 0xDBFF)
        return 6;
      if (left < 12 || p[6] != '\\' || p[7] != 'u')
        return 0;
      low = hp_json_hex4 (p + 8, left - 8);
      return low >= 0xDC00 && low <= 0xDFFF ? 12 : 0;
    default:
      return 0;
    }
}

/**
 * hp_json_scan:
 * @data: JSON text, already checked to be UTF-8
 * @limits: the bounds for this kind of file
 *
 * json-glib parses recursively, keeps every value as a node and every
 * object as a hash table: refuse absurd nesting, too many values and
 * objects with too many members before it parses, so that memory and time
 * stay bounded (a hash table with thousands of colliding member names takes
 * minutes to fill).  The scan only knows strict JSON; json-glib also accepts
 * comments, single-quoted strings and sloppy escapes, which could hide
 * brackets from the scan, so anything strict JSON does not allow outside a
 * string, and any escape it does not allow inside one, is refused here.
 *
 * Returns: %FALSE with @error (HP_FORMAT_ERROR_SYNTAX or _TOO_LARGE, a
 * message without the file's name) when the text is refused
 */
gboolean
hp_json_scan (const char          *data,
              gsize                length,
              const HpJsonLimits  *limits,
              GError             **error)
{
  g_autofree char *open = g_new (char, limits->max_depth + 1);
  g_autofree guint *members = g_new (guint, limits->max_depth + 1);
  int depth = 0;
  guint values = 0;
  gboolean in_string = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '"')
            in_string = FALSE;
          else if (c == '\\')
            {
              gsize n = escape_length (data + i, length - i);

              if (n == 0)
                {
                  g_set_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_SYNTAX,
                               /* Translators: %lu is a byte offset in the file */
                               _("the file is not valid JSON: invalid escape sequence at byte %lu"),
                               (unsigned long) i);
                  return FALSE;
                }
              i += n - 1;
            }
          continue;
        }

      switch (c)
        {
        case '"':
          in_string = TRUE;
          break;

        case '{':
        case '[':
          if (depth == limits->max_depth)
            {
              g_set_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_TOO_LARGE,
                           /* Translators: %d is the limit */
                           _("the file is nested deeper than the limit of %d levels"),
                           limits->max_depth);
              return FALSE;
            }
          open[depth] = c;
          members[depth] = 1;
          depth++;
          G_GNUC_FALLTHROUGH;
        case ',':
          if (++values > limits->max_values)
            {
              g_set_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_TOO_LARGE,
                           /* Translators: %d is the limit */
                           _("the file holds more than the limit of %d values"),
                           limits->max_values);
              return FALSE;
            }
          if (c == ',' && depth > 0 && open[depth - 1] == '{' &&
              ++members[depth - 1] > limits->max_members)
            {
              g_set_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_TOO_LARGE,
                           /* Translators: %lu is a byte offset in the file, %d the limit */
                           _("the object at byte %lu has more than the limit of %d members"),
                           (unsigned long) i, limits->max_members);
              return FALSE;
            }
          break;

        case '}':
        case ']':
          /* Mismatched brackets are the parser's to report. */
          if (depth > 0)
            depth--;
          break;

        case ' ': case '\t': case '\n': case '\r': case ':':
        case '-': case '+': case '.':
          break;

        default:
          if (g_ascii_isalnum (c))
            break;
          g_set_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_SYNTAX,
                       /* Translators: %lu is a byte offset in the file */
                       _("the file is not valid JSON: unexpected character at byte %lu"),
                       (unsigned long) i);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * hp_json_node_type_label:
 *
 * Returns: (transfer none): the translated kind of value @node holds, as
 * the plan and catalogue loaders name it in “expected text, found a list”
 */
const char *
hp_json_node_type_label (JsonNode *node)
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

/**
 * hp_json_type_mismatch:
 * @node_type: what @node must be
 * @value_type: for %JSON_NODE_VALUE, the type of value it must hold
 * @expected: the translated name of what it must be, such as “text”
 *
 * The plan's and the catalogue's loaders check every member's type so.
 *
 * Returns: (transfer full) (nullable): %NULL when @node is what it must
 * be, else “expected text, found a number”
 */
char *
hp_json_type_mismatch (JsonNode     *node,
                       JsonNodeType  node_type,
                       GType         value_type,
                       const char   *expected)
{
  if (json_node_get_node_type (node) == node_type &&
      (node_type != JSON_NODE_VALUE || json_node_get_value_type (node) == value_type))
    return NULL;

  /* Translators: "items[3].name: expected text, found a number" */
  return g_strdup_printf (_("expected %s, found %s"), expected, hp_json_node_type_label (node));
}
