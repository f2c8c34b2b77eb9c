/* hp-json-error.c: JSON syntax errors in the user's language
 *
 * json-glib 1.6 writes its scanner's messages ("unexpected character `,',
 * expected character `]'") in English whatever the locale: they are not
 * marked for translation there.  They also quote up to 56 bytes of the
 * file, cut anywhere, which may be a client's name or address and must not
 * reach a terminal or a log.  The message does begin with where the error
 * is ("<data>:1:67: ..."), and where is what a user needs to find it in
 * the file: only that is kept, in words of our own.
 */

#define G_LOG_DOMAIN "hp-json-error"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "hp-json-error.h"

/**
 * hp_json_describe_syntax_error:
 * @error: an error from json_parser_load_from_data()
 *
 * Returns: (transfer full): “the file is not valid JSON (line 1, column
 * 67)”, translated; without the position when @error has none
 */
char *
hp_json_describe_syntax_error (const GError *error)
{
  const char *message;
  const char *colon;
  unsigned int line = 0;
  unsigned int column = 0;

  g_return_val_if_fail (error != NULL, NULL);

  /* "<data>:LINE:COLUMN: ...": the source's name holds no colon here. */
  message = error->message != NULL ? error->message : "";
  colon = strchr (message, ':');
  if (colon != NULL && sscanf (colon, ":%u:%u:", &line, &column) == 2 && line > 0)
    /* Translators: where the error in a file is; the column counts
     * characters from the start of the line */
    return g_strdup_printf (_("the file is not valid JSON (line %u, column %u)"), line, column);

  return g_strdup (_("the file is not valid JSON"));
}
