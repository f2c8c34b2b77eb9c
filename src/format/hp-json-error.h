/* hp-json-error.h: JSON syntax errors in the user's language */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *hp_json_describe_syntax_error (const GError *error);

G_END_DECLS
