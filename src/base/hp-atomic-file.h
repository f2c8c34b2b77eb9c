/* hp-atomic-file.h: a file written so that a crash leaves the old one or
 * the new one, never a mix, readable by the user only
 *
 * GLib only, no model types: plans, drafts and every document are written
 * through it. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Writes @data to @path through a 0600 temporary file in the same folder,
 * fsync and rename, then fsync of the folder. */
gboolean  hp_atomic_file_write     (const char  *path,
                                    const void  *data,
                                    gsize        length,
                                    GError     **error);

/* The same for @bytes, reporting a failure in @domain with @code (the
 * caller's layer) and the writer's message, which names the file and the
 * reason. */
gboolean  hp_atomic_file_write_bytes (const char  *path,
                                      GBytes      *bytes,
                                      GQuark       domain,
                                      int          code,
                                      GError     **error);

G_END_DECLS
