/* hp-validate.h: checks of single values (dates, times, id numbers), and
 * which values a message may quote */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HP_VALIDATE_ERROR (hp_validate_error_quark ())

typedef enum
{
  HP_VALIDATE_ERROR_INVALID,
  HP_VALIDATE_ERROR_EMPTY,     /* a field that must be filled in is empty */
} HpValidateError;

/* The shape a value must have to be quoted in a message (see
 * hp_value_shown()). */
typedef enum
{
  HP_VALUE_SHAPE_NONE,    /* never quoted */
  HP_VALUE_SHAPE_WORD,    /* an enumeration word: "if-possible" */
  HP_VALUE_SHAPE_DATE,    /* "2026-02-30" */
  HP_VALUE_SHAPE_TIME,    /* "25:10" */
  HP_VALUE_SHAPE_ID,      /* an id such as "k7" */
  HP_VALUE_SHAPE_MEMBER,  /* a member name: "needed_by" */
} HpValueShape;

GQuark   hp_validate_error_quark (void);

gboolean hp_validate_date        (const char  *text,
                                  GError     **error);
gboolean hp_validate_time        (const char  *text,
                                  GError     **error);
gboolean hp_date_parse           (const char  *text,
                                  GDate       *date);
char    *hp_date_format_long     (const char  *iso_date);
char    *hp_date_today           (void);

const char *hp_value_shown       (const char   *value,
                                  HpValueShape  shape);
char    *hp_message_without_value (const char  *message,
                                   const char  *value,
                                   HpValueShape shape);

G_END_DECLS
