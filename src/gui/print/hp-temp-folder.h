/* hp-temp-folder.h: the window process's temporary folder, private to it
 *
 * GTK's print path spools the printed document through a file made with
 * g_file_open_tmp() in g_get_tmp_dir() (GtkPrintJob, gtk_print_job_get_surface():
 * "gtkprint_XXXXXX", mode 0600, unlinked at once unless GTK_DEBUG=printing).
 * For as long as it has a name, and with GTK_DEBUG=printing for good, that
 * file holds the whole document.  So the window process points TMPDIR, and
 * with it g_get_tmp_dir(), at a folder of its own inside the drafts folder
 * (0700), before anything asks for the temporary folder, and removes it at
 * exit; a folder left by a process that was killed is removed by the next
 * start.  Nothing holding plan data is then written outside the plan's
 * folder and the drafts folder.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean     hp_temp_folder_setup    (const char  *drafts_folder,
                                      GError     **error);
const char  *hp_temp_folder_get_path (void);
const char  *hp_temp_folder_get_error (void);
void         hp_temp_folder_remove   (void);

G_END_DECLS
