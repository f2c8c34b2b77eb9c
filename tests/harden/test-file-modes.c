/* test-file-modes.c: what Hämtplan writes is readable by the user alone
 *
 * Plans, the consent record (XML) and the PDF documents are written through
 * hp_atomic_file_write: mode 0600 whatever the umask, also when an existing
 * file of another mode is replaced, and the temporary file is 0600 from
 * the start.  Drafts (hp_drafts_write) are 0600, with their origin and
 * lock files, in a drafts folder that is 0700 even when it existed with
 * another mode.  (test-crash-safe-save checks the same after every kill.)
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "harden-plans.h"
#include "hp-consent-xml.h"
#include "hp-drafts.h"
#include "hp-export.h"
#include "hp-plan-file.h"

static void
assert_mode (const char *path,
             guint       mode)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  if ((st.st_mode & 07777) != mode)
    g_error ("%s has mode %04o, expected %04o", path, st.st_mode & 07777, mode);
}

static void
remove_all (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

typedef gboolean (*WriteFunc) (HpPlan      *plan,
                               const char  *path,
                               GError     **error);

static gboolean
write_xml (HpPlan      *plan,
           const char  *path,
           GError     **error)
{
  return hp_export_consent_xml (plan, path, error);
}

static void
check_writer (WriteFunc   write,
              const char *name)
{
  const mode_t umasks[] = { 0, 022, 077 };
  g_autoptr(HpPlan) plan = harden_plan_new (20, "A");
  g_autofree char *dir = g_dir_make_tmp ("hamtplan-modes-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (umasks); i++)
    {
      g_autoptr(GError) error = NULL;
      mode_t old = umask (umasks[i]);

      /* A new file. */
      g_unlink (path);
      g_assert_true (write (plan, path, &error));
      g_assert_no_error (error);
      assert_mode (path, 0600);

      /* Over a file that others could read: the new one is 0600. */
      g_assert_cmpint (g_chmod (path, 0644), ==, 0);
      g_assert_true (write (plan, path, &error));
      g_assert_no_error (error);
      assert_mode (path, 0600);

      umask (old);
    }

  remove_all (dir);
}

static void
test_plan (void)
{
  check_writer (hp_plan_file_save, "plan.hamtplan");
}

static void
test_consent_xml (void)
{
  check_writer (write_xml, "samtycke.xml");
}

static void
test_plan_pdf (void)
{
  check_writer (hp_export_plan_pdf, "plan.pdf");
}

static void
test_drafts (void)
{
  const mode_t umasks[] = { 0, 022 };
  g_autoptr(HpPlan) plan = harden_plan_new (20, "A");
  g_autofree char *home = g_dir_make_tmp ("hamtplan-modes-XXXXXX", NULL);
  g_autofree char *parent = g_build_filename (home, "hamtplan", NULL);
  g_autofree char *folder = g_build_filename (parent, "drafts", NULL);
  g_autoptr(GFile) origin = g_file_new_for_path ("/home/handläggare/plan.hamtplan");

  for (guint i = 0; i < G_N_ELEMENTS (umasks); i++)
    {
      mode_t old = umask (umasks[i]);
      g_autoptr(HpDrafts) drafts = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *path = NULL;
      g_autoptr(GDir) d = NULL;
      const char *name;
      guint n = 0;

      /* The second time round the folder is already there, too open. */
      if (i > 0)
        g_assert_cmpint (g_chmod (folder, 0755), ==, 0);

      drafts = hp_drafts_new (folder);
      g_assert_true (hp_drafts_is_enabled (drafts));
      path = hp_drafts_new_path (drafts);
      g_assert_true (hp_drafts_write (drafts, path, plan, origin, &error));
      g_assert_no_error (error);
      umask (old);

      assert_mode (folder, 0700);
      d = g_dir_open (folder, 0, NULL);
      while ((name = g_dir_read_name (d)) != NULL)
        {
          g_autofree char *p = g_build_filename (folder, name, NULL);

          assert_mode (p, 0600);
          n++;
        }
      /* The draft, its origin and the session's lock. */
      g_assert_cmpuint (n, >=, 3);

      hp_drafts_remove (drafts, path);
    }

  remove_all (folder);
  g_rmdir (parent);
  g_rmdir (home);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/harden/file-modes/plan", test_plan);
  g_test_add_func ("/harden/file-modes/consent-xml", test_consent_xml);
  g_test_add_func ("/harden/file-modes/plan-pdf", test_plan_pdf);
  g_test_add_func ("/harden/file-modes/drafts", test_drafts);

  return g_test_run ();
}
