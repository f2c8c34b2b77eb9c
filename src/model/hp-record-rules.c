/* hp-record-rules.c: the rules a record's values keep */

#define G_LOG_DOMAIN "hp-record-rules"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-enums.h"
#include "hp-id-number.h"
#include "hp-record-rules.h"
#include "hp-validate.h"

static gboolean
problem (GError    **error,
         const char *message)
{
  g_set_error_literal (error, HP_VALIDATE_ERROR, HP_VALIDATE_ERROR_INVALID, message);
  return FALSE;
}

/* @local_error's message, with @text in it replaced by "…" unless it has
 * @shape. */
static gboolean
problem_without (GError       **error,
                 GError        *local_error,
                 const char    *text,
                 HpValueShape   shape)
{
  g_autofree char *message = NULL;

  if (error == NULL)
    return FALSE;
  message = hp_message_without_value (local_error->message, text, shape);
  return problem (error, message);
}

/**
 * hp_field_check_text:
 * @field: a field that holds text (hp_field_is_string())
 * @text: the value
 *
 * Whether @text may stand in @field: filled in where the field must be
 * (%HP_VALIDATE_ERROR_EMPTY), one line in a one-line field, a real date, a
 * real time, a valid personnummer.  Empty dates, times and personnummer
 * are valid: not filled in yet.
 *
 * Returns: %TRUE when it may, else %FALSE with @error saying why
 */
gboolean
hp_field_check_text (const HpField  *field,
                     const char     *text,
                     GError        **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (field != NULL && hp_field_is_string (field), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if ((field->flags & HP_FIELD_FLAG_NOT_EMPTY) && *text == '\0')
    {
      g_set_error_literal (error, HP_VALIDATE_ERROR, HP_VALIDATE_ERROR_EMPTY,
                           _("must not be empty"));
      return FALSE;
    }

  switch (field->kind)
    {
    case HP_FIELD_DATE:
      if (!hp_validate_date (text, error != NULL ? &local_error : NULL))
        return problem_without (error, local_error, text, HP_VALUE_SHAPE_DATE);
      break;
    case HP_FIELD_TIME:
      if (!hp_validate_time (text, error != NULL ? &local_error : NULL))
        return problem_without (error, local_error, text, HP_VALUE_SHAPE_TIME);
      break;
    case HP_FIELD_ID_NUMBER:
      /* Never quoted: a mistyped personnummer is nearly always the
       * person's own. */
      if (*text != '\0' && !hp_id_number_validate (text, NULL, error != NULL ? &local_error : NULL))
        return problem_without (error, local_error, text, HP_VALUE_SHAPE_NONE);
      break;
    case HP_FIELD_STRING:
      if (strchr (text, '\n') != NULL)
        return problem (error, _("must be a single line"));
      break;
    default:
      /* Several lines of text may hold anything. */
      break;
    }

  return TRUE;
}

/**
 * hp_field_check_int:
 * @field: an %HP_FIELD_INT field
 *
 * Returns: whether @value is within the field's bounds; else %FALSE with
 * @error saying so
 */
gboolean
hp_field_check_int (const HpField  *field,
                    gint64          value,
                    GError        **error)
{
  g_autofree char *number = NULL;

  g_return_val_if_fail (field != NULL && field->kind == HP_FIELD_INT, FALSE);

  if (value >= field->min && value <= field->max)
    return TRUE;

  /* A long number in the wrong place may be a phone number. */
  number = value > -100000 && value < 100000 ? g_strdup_printf ("%" G_GINT64_FORMAT, value)
                                             : g_strdup ("…");
  g_set_error (error, HP_VALIDATE_ERROR, HP_VALIDATE_ERROR_INVALID,
               /* Translators: "visits[0].time_limit_minutes: 5000 is not between 0 and 1440" */
               _("%s is not between %d and %d"), number, field->min, field->max);
  return FALSE;
}

/**
 * hp_enum_check_nick:
 * @value: (out): the value that @nick names
 *
 * Returns: whether @nick is the word of a value of @enum_type; else %FALSE
 * with @error listing the valid words
 */
gboolean
hp_enum_check_nick (GType        enum_type,
                    const char  *nick,
                    int         *value,
                    GError     **error)
{
  g_autofree char *valid = NULL;

  g_return_val_if_fail (nick != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  if (hp_enum_from_nick (enum_type, nick, value))
    return TRUE;

  valid = hp_enum_list_nicks (enum_type);
  g_set_error (error, HP_VALIDATE_ERROR, HP_VALIDATE_ERROR_INVALID,
               /* Translators: "items[3].priority: “urgent” is not a valid value (valid: must, should, if-possible)" */
               _("“%s” is not a valid value (valid: %s)"),
               hp_value_shown (nick, HP_VALUE_SHAPE_WORD), valid);
  return FALSE;
}

/**
 * hp_record_class_install_rules:
 * @klass: the class, in its class_init
 * @rules: (array length=n_rules): a static table; its field names must be
 *   fields of @klass
 */
void
hp_record_class_install_rules (HpRecordClass      *klass,
                               const HpRecordRule *rules,
                               guint               n_rules)
{
  g_return_if_fail (HP_IS_RECORD_CLASS (klass));
  g_return_if_fail (klass->rules == NULL);

  for (guint i = 0; i < n_rules; i++)
    {
      g_return_if_fail (hp_record_class_find_field (klass, rules[i].field) != NULL);
      g_return_if_fail (hp_record_class_find_field (klass, rules[i].other) != NULL);
    }

  klass->rules = rules;
  klass->n_rules = n_rules;
}

/**
 * hp_record_get_rules:
 *
 * Returns: (transfer none) (array length=n_rules) (nullable): the rules
 * between the fields of @self
 */
const HpRecordRule *
hp_record_get_rules (HpRecord *self,
                     guint    *n_rules)
{
  HpRecordClass *klass;

  g_return_val_if_fail (HP_IS_RECORD (self), NULL);

  klass = HP_RECORD_GET_CLASS (self);
  if (n_rules != NULL)
    *n_rules = klass->n_rules;
  return klass->rules;
}

/**
 * hp_record_rule_holds:
 * @rule: one of hp_record_get_rules()
 *
 * A rule about a value that is not filled in, or not valid, holds: there
 * is nothing to compare yet.
 *
 * Returns: whether the values of @self keep @rule
 */
gboolean
hp_record_rule_holds (HpRecord           *self,
                      const HpRecordRule *rule)
{
  const HpField *field;
  const HpField *other;
  const char *value;
  const char *other_value;

  g_return_val_if_fail (HP_IS_RECORD (self), TRUE);
  g_return_val_if_fail (rule != NULL, TRUE);

  field = hp_record_find_field (self, rule->field);
  other = hp_record_find_field (self, rule->other);
  g_return_val_if_fail (field != NULL && other != NULL, TRUE);

  value = hp_record_get_string (self, field);
  other_value = hp_record_get_string (self, other);
  if (*value == '\0' || *other_value == '\0' ||
      !hp_field_check_text (field, value, NULL) || !hp_field_check_text (other, other_value, NULL))
    return TRUE;

  switch (rule->kind)
    {
    case HP_RECORD_RULE_NOT_BEFORE:
      /* ISO dates and HH:MM times compare as strings. */
      return strcmp (value, other_value) >= 0;
    default:
      g_return_val_if_reached (TRUE);
    }
}

/**
 * hp_record_check_rules:
 * @message: (out) (optional) (transfer none): the reason, translated
 *
 * Returns: (nullable): the field of the first rule of @self that its values
 * break, or %NULL when they keep every rule
 */
const HpField *
hp_record_check_rules (HpRecord    *self,
                       const char **message)
{
  guint n_rules;
  const HpRecordRule *rules;

  g_return_val_if_fail (HP_IS_RECORD (self), NULL);

  rules = hp_record_get_rules (self, &n_rules);
  for (guint i = 0; i < n_rules; i++)
    if (!hp_record_rule_holds (self, &rules[i]))
      {
        if (message != NULL)
          *message = _(rules[i].message);
        return hp_record_find_field (self, rules[i].field);
      }
  return NULL;
}
