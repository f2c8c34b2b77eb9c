/* hp-platform.h: the few things Hämtplan asks of the operating system
 * beyond what GLib covers: where the program is, an exclusive lock on an
 * open file, flushing a file and a folder to the disk, and a path with its
 * links resolved.
 *
 * Everything that is specific to Linux (or to POSIX) behind these lives
 * in one file, hp-platform-linux.c; the rest of Hämtplan calls these and
 * nothing of the kind itself.  GLib only: every room may use it.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *hp_platform_dup_program_folder (void);
gboolean  hp_platform_lock_file          (int          fd,
                                          gboolean     wait);
void      hp_platform_unlock_file        (int          fd);
gboolean  hp_platform_sync_file          (int          fd);
gboolean  hp_platform_sync_folder        (const char  *folder);
char     *hp_platform_dup_real_path      (const char  *path);

G_END_DECLS
