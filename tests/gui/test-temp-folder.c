/* test-temp-folder.c: the window process's private temporary folder fails
 * closed
 *
 * When the folder inside the drafts folder cannot be made, nothing may fall
 * back to /tmp: the temporary folder points where nothing can be written,
 * and the reason is kept for the print action to show.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "hp-temp-folder.h"

static char *the_home;

static void
test_fails_closed (void)
{
  g_autofree char *blocker = g_build_filename (the_home, "data", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *probe = NULL;
  int fd;

  /* XDG_DATA_HOME is a file: no drafts folder can be made in it. */
  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));
  g_assert_false (hp_temp_folder_setup (NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR);
  g_assert_nonnull (hp_temp_folder_get_error ());
  g_assert_null (hp_temp_folder_get_path ());

  /* Not /tmp, and nothing can be made where it points. */
  g_assert_cmpstr (g_get_tmp_dir (), !=, "/tmp");
  g_assert_true (g_str_has_prefix (g_get_tmp_dir (), blocker));
  fd = g_file_open_tmp ("gtkprint_XXXXXX", &probe, NULL);
  g_assert_cmpint (fd, <, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Before anything asks GLib for the temporary folder. */
  the_home = g_strdup ("/tmp/hp-test-temp-folder-XXXXXX");
  g_assert_nonnull (g_mkdtemp (the_home));
  {
    g_autofree char *data = g_build_filename (the_home, "data", NULL);

    g_setenv ("XDG_DATA_HOME", data, TRUE);
  }

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/hp/temp-folder/fails-closed", test_fails_closed);
  status = g_test_run ();

  {
    g_autofree char *blocker = g_build_filename (the_home, "data", NULL);

    g_unlink (blocker);
    g_rmdir (the_home);
  }
  g_free (the_home);
  return status;
}
