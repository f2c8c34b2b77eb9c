/* hp-validate.h: checks of single values (dates, times, id numbers) */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HP_VALIDATE_ERROR (hp_validate_error_quark ())

typedef enum
{
  HP_VALIDATE_ERROR_INVALID,
} HpValidateError;

GQuark   hp_validate_error_quark (void);

gboolean hp_validate_date        (const char  *text,
                                  GError     **error);
gboolean hp_validate_time        (const char  *text,
                                  GError     **error);
gboolean hp_date_parse           (const char  *text,
                                  GDate       *date);
char    *hp_date_format_long     (const char  *iso_date);
char    *hp_date_today           (void);

G_END_DECLS
