/* hp-format-error.h: the errors of reading and writing Hämtplan's files */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HP_FORMAT_ERROR (hp_format_error_quark ())

typedef enum
{
  HP_FORMAT_ERROR_READ,         /* the file cannot be read */
  HP_FORMAT_ERROR_WRITE,        /* the file cannot be written */
  HP_FORMAT_ERROR_SYNTAX,       /* not JSON, not UTF-8 */
  HP_FORMAT_ERROR_NOT_A_PLAN,   /* JSON, but not a Hämtplan file */
  HP_FORMAT_ERROR_VERSION,      /* a newer major version */
  HP_FORMAT_ERROR_INVALID,      /* a member has a wrong type or value */
  HP_FORMAT_ERROR_TOO_LARGE,    /* a limit was hit */
} HpFormatError;

GQuark hp_format_error_quark (void);

G_END_DECLS
