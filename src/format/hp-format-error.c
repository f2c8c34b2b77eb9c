/* hp-format-error.c: the errors of reading and writing Hämtplan's files */

#include "config.h"

#include "hp-format-error.h"

G_DEFINE_QUARK (hp-format-error-quark, hp_format_error)
