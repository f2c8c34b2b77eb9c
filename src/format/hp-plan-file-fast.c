/* hp-plan-file-fast.c: the one-pass reader of a .hamtplan file, tried
 * before the strict reader (hp-plan-file.c) */

#define G_LOG_DOMAIN "hp-plan-file"

#include "config.h"

#include <string.h>

#include "hp-json-scan.h"
#include "hp-model.h"
#include "hp-plan-file-limits.h"
#include "hp-plan-file-private.h"

/* The fast path
 *
 * Parsing a large plan into json-glib's tree, walking the tree and freeing
 * it cost about twice the parse alone (tests/bench).  A file as Hämtplan
 * writes it is therefore first read straight into the records, in one pass
 * and without a tree.  This reader only ever succeeds: at anything it is
 * not sure of (a syntax error, an unknown or repeated member, a value of a
 * wrong type or out of range, another version, an escape it does not
 * expect) it gives up, and the strict loader reads the file from the start,
 * so every error and every unusual file is handled exactly as before.  The
 * depth of its recursion is that of the field tables, not of the file. */

typedef struct
{
  const char *p;
  const char *end;
  GString    *text;   /* the string just read, unescaped */
} FastReader;

static void
fast_skip_space (FastReader *r)
{
  while (r->p < r->end && (*r->p == ' ' || *r->p == '\n' || *r->p == '\r' || *r->p == '\t'))
    r->p++;
}

static gboolean
fast_accept (FastReader *r,
             char        c)
{
  fast_skip_space (r);
  if (r->p < r->end && *r->p == c)
    {
      r->p++;
      return TRUE;
    }
  return FALSE;
}

/* A JSON string, unescaped into r->text. */
static gboolean
fast_string (FastReader *r)
{
  fast_skip_space (r);
  if (r->p >= r->end || *r->p != '"')
    return FALSE;
  r->p++;
  g_string_truncate (r->text, 0);

  for (;;)
    {
      const char *start = r->p;
      int code;

      while (r->p < r->end && *r->p != '"' && *r->p != '\\' && (guchar) *r->p >= 0x20)
        r->p++;
      g_string_append_len (r->text, start, r->p - start);
      if (r->p >= r->end || (guchar) *r->p < 0x20)
        return FALSE;
      if (*r->p == '"')
        {
          r->p++;
          return r->text->len <= HP_PLAN_FILE_MAX_STRING;
        }

      /* A backslash */
      if (r->end - r->p < 2)
        return FALSE;
      r->p += 2;
      switch (r->p[-1])
        {
        case '"': g_string_append_c (r->text, '"'); break;
        case '\\': g_string_append_c (r->text, '\\'); break;
        case '/': g_string_append_c (r->text, '/'); break;
        case 'b': g_string_append_c (r->text, '\b'); break;
        case 'f': g_string_append_c (r->text, '\f'); break;
        case 'n': g_string_append_c (r->text, '\n'); break;
        case 'r': g_string_append_c (r->text, '\r'); break;
        case 't': g_string_append_c (r->text, '\t'); break;
        case 'u':
          /* \u0000 too is left to the strict loader. */
          if (r->end - r->p < 4 || (code = hp_json_hex4 (r->p, r->end - r->p)) <= 0)
            return FALSE;
          r->p += 4;
          if (code >= 0xD800 && code <= 0xDBFF)
            {
              int low;

              if (r->end - r->p < 6 || r->p[0] != '\\' || r->p[1] != 'u' ||
                  (low = hp_json_hex4 (r->p + 2, r->end - r->p - 2)) < 0xDC00 || low > 0xDFFF)
                return FALSE;
              r->p += 6;
              code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
            }
          else if (code >= 0xDC00 && code <= 0xDFFF)
            return FALSE;
          g_string_append_unichar (r->text, (gunichar) code);
          break;
        default:
          return FALSE;
        }
    }
}

/* After a number or a literal: white space, then , } or ] */
static gboolean
fast_value_ends (FastReader *r)
{
  const char *q = r->p;

  while (q < r->end && (*q == ' ' || *q == '\n' || *q == '\r' || *q == '\t'))
    q++;
  return q < r->end && (*q == ',' || *q == '}' || *q == ']');
}

static gboolean fast_record (FastReader *r,
                             HpRecord   *record,
                             gboolean    top);

static gboolean
fast_list (FastReader    *r,
           HpRecord      *record,
           const HpField *field)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  /* The limits of read_list_field() */
  guint limit = field->get_type () == HP_TYPE_ITEM ? HP_PLAN_FILE_MAX_LIST
                                                   : HP_PLAN_FILE_MAX_SHORT_LIST;

  if (!fast_accept (r, '['))
    return FALSE;

  if (!fast_accept (r, ']'))
    {
      do
        {
          HpRecord *child = g_object_new (field->get_type (), NULL);

          g_ptr_array_add (records, child);
          if (records->len > limit || !fast_record (r, child, FALSE))
            return FALSE;
        }
      while (fast_accept (r, ','));

      if (!fast_accept (r, ']'))
        return FALSE;
    }

  /* One splice: one "items-changed" for the whole list, as read_list_field(). */
  g_list_store_splice (hp_record_get_list (record, field), 0, 0, records->pdata, records->len);
  return TRUE;
}

static gboolean
fast_field (FastReader    *r,
            HpRecord      *record,
            const HpField *field)
{
  switch (field->kind)
    {
    case HP_FIELD_STRING:
    case HP_FIELD_TEXT:
    case HP_FIELD_DATE:
    case HP_FIELD_TIME:
    case HP_FIELD_ID_NUMBER:
      {
        const char *text;

        if (!fast_string (r))
          return FALSE;
        text = r->text->str;
        /* The rules of read_string_field() */
        if (!hp_field_check_text (field, text, NULL))
          return FALSE;
        hp_record_init_string (record, field, g_strdup (text));
        return TRUE;
      }

    case HP_FIELD_BOOLEAN:
      fast_skip_space (r);
      if (r->end - r->p >= 4 && memcmp (r->p, "true", 4) == 0)
        {
          r->p += 4;
          hp_record_init_int (record, field, TRUE);
        }
      else if (r->end - r->p >= 5 && memcmp (r->p, "false", 5) == 0)
        {
          r->p += 5;
          hp_record_init_int (record, field, FALSE);
        }
      else
        return FALSE;
      return fast_value_ends (r);

    case HP_FIELD_INT:
      {
        const char *start;
        gint64 value;

        fast_skip_space (r);
        start = r->p;
        if (r->p < r->end && *r->p == '-')
          r->p++;
        /* JSON's integers: no leading zero, no fraction, no exponent; and
         * short, so that a huge number goes to the strict loader too. */
        if (r->p >= r->end || !g_ascii_isdigit (*r->p) ||
            (*r->p == '0' && r->p + 1 < r->end && g_ascii_isdigit (r->p[1])))
          return FALSE;
        while (r->p < r->end && g_ascii_isdigit (*r->p))
          r->p++;
        if (r->p - start > 10 || !fast_value_ends (r))
          return FALSE;
        value = g_ascii_strtoll (start, NULL, 10);
        if (value < field->min || value > field->max)
          return FALSE;
        hp_record_init_int (record, field, (int) value);
        return TRUE;
      }

    case HP_FIELD_ENUM:
      {
        int value;

        if (!fast_string (r) || !hp_enum_from_nick (field->get_type (), r->text->str, &value))
          return FALSE;
        hp_record_init_int (record, field, value);
        return TRUE;
      }

    case HP_FIELD_RECORD:
      return fast_record (r, hp_record_get_record (record, field), FALSE);

    case HP_FIELD_LIST:
      return fast_list (r, record, field);

    default:
      return FALSE;
    }
}

static gboolean
fast_record (FastReader *r,
             HpRecord   *record,
             gboolean    top)
{
  guint n_fields;
  const HpField *fields = hp_record_get_fields (record, &n_fields);
  guint64 seen = 0;
  gboolean seen_format = FALSE, seen_version = FALSE;

  g_assert (n_fields <= 64);

  if (!fast_accept (r, '{'))
    return FALSE;

  if (!fast_accept (r, '}'))
    {
      do
        {
          const HpField *field;
          guint64 bit;

          if (!fast_string (r) || !fast_accept (r, ':'))
            return FALSE;

          if (top && strcmp (r->text->str, "format") == 0)
            {
              if (seen_format || !fast_string (r) || strcmp (r->text->str, HP_PLAN_FILE_FORMAT) != 0)
                return FALSE;
              seen_format = TRUE;
              continue;
            }
          /* Only this version's own "1.2" and the older "1.1" and "1.0",
           * which have the same members less those added since (1.1: the
           * contacts' parts, the children's name_on_sheets and the
           * disclosure log; 1.2: what the visit card prints): any other
           * goes to read_version(). */
          if (top && strcmp (r->text->str, "version") == 0)
            {
              if (seen_version || !fast_string (r) ||
                  (strcmp (r->text->str, G_STRINGIFY (HP_PLAN_FILE_VERSION_MAJOR) "."
                                         G_STRINGIFY (HP_PLAN_FILE_VERSION_MINOR)) != 0 &&
                   strcmp (r->text->str, "1.1") != 0 && strcmp (r->text->str, "1.0") != 0))
                return FALSE;
              seen_version = TRUE;
              continue;
            }

          field = hp_record_find_field (record, r->text->str);
          if (field == NULL)
            return FALSE;
          bit = G_GUINT64_CONSTANT (1) << (field - fields);
          if ((seen & bit) != 0)
            return FALSE;
          seen |= bit;

          if (!fast_field (r, record, field))
            return FALSE;
        }
      while (fast_accept (r, ','));

      if (!fast_accept (r, '}'))
        return FALSE;
    }

  for (guint i = 0; i < n_fields; i++)
    if ((fields[i].flags & HP_FIELD_FLAG_REQUIRED) && (seen & (G_GUINT64_CONSTANT (1) << i)) == 0)
      return FALSE;

  return !top || (seen_format && seen_version);
}

static gboolean fast_path_enabled = TRUE;

void
hp_plan_file_set_fast_path (gboolean enabled)
{
  fast_path_enabled = enabled;
}

/* @data is valid UTF-8 and has passed hp_json_scan().
 *
 * Returns: (transfer full) (nullable): the plan, or %NULL to leave the file
 * to the strict loader */
HpPlan *
hp_plan_file_load_fast (const char *data,
                        gsize       length)
{
  g_autoptr(HpPlan) plan = NULL;
  g_autoptr(GString) text = NULL;
  FastReader r = { data, data + length, NULL };

  if (!fast_path_enabled)
    return NULL;

  text = g_string_sized_new (256);
  r.text = text;
  plan = hp_plan_new ();
  if (!fast_record (&r, HP_RECORD (plan), TRUE))
    return NULL;
  fast_skip_space (&r);
  if (r.p != r.end || !hp_plan_file_check_references (plan, NULL))
    return NULL;

  plan->file_minor = HP_PLAN_FILE_VERSION_MINOR;
  return g_steal_pointer (&plan);
}
