/* test-bounded-load.c: huge and hostile files cost bounded memory and time
 *
 * Each file is loaded by a child process (hp-harden-load), the way the
 * window and the command line load it.  The test measures the child's peak
 * resident memory (wait4 () rusage) and its time, kills it if it takes too
 * long, and checks the outcome: refused with a message that names the limit
 * that was hit, or loaded.  The files: 200 MB, 60 MB just under the size
 * limit but with too many values, 10 MB of nesting, a 60 MB string, 100,000
 * items, 50,000 items that do load, object members and ids chosen to
 * collide in a hash table, the longest lists of contacts, consents and
 * children (checked and exported too), and catalogues too large or too
 * deep.
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "hp-plan-file.h"

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif

/* Peak memory a load may take.  AddressSanitizer keeps freed memory in
 * quarantine and adds shadow memory, so its builds get more room. */
#ifdef UNDER_ASAN
#define MAX_RSS_MB 1200
#define MAX_SECONDS 60
#else
#define MAX_RSS_MB 300
#define MAX_SECONDS 20
#endif

#define HEADER "{\"format\": \"hamtplan\", \"version\": \"1.0\", \"case\": {}, \"risk\": {}, " \
               "\"support\": {}, \"measures\": [], \"visits\": [], \"follow_up\": {}, "

static char *work_dir;

typedef struct
{
  gboolean  loaded;
  char     *output;      /* what the child printed */
  long      max_rss_mb;
  double    seconds;
} Outcome;

static void
outcome_clear (Outcome *outcome)
{
  g_free (outcome->output);
}

/* Runs hp-harden-load KIND PATH; kills it when it takes too long. */
static void
run_loader (const char *kind,
            const char *path,
            Outcome    *outcome)
{
  const char *helper = g_getenv ("HP_HARDEN_LOAD");
  g_autofree char *out_path = g_build_filename (work_dir, "output", NULL);
  gint64 start = g_get_monotonic_time ();
  struct rusage usage;
  int status = 0;
  pid_t pid;

  g_assert_nonnull (helper);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      FILE *out = freopen (out_path, "w", stdout);

      if (out == NULL)
        _exit (127);
      execl (helper, helper, kind, path, (char *) NULL);
      _exit (127);
    }

  for (;;)
    {
      pid_t done = wait4 (pid, &status, WNOHANG, &usage);

      g_assert_cmpint (done, >=, 0);
      if (done == pid)
        break;
      if (g_get_monotonic_time () - start > MAX_SECONDS * G_USEC_PER_SEC)
        {
          kill (pid, SIGKILL);
          waitpid (pid, NULL, 0);
          g_error ("loading %s took more than %d s: it hangs", path, MAX_SECONDS);
        }
      g_usleep (10 * 1000);
    }

  outcome->seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  outcome->max_rss_mb = usage.ru_maxrss / 1024;
  g_assert_true (g_file_get_contents (out_path, &outcome->output, NULL, NULL));
  g_strchomp (outcome->output);
  {
    g_autofree char *name = g_path_get_basename (path);

    g_test_message ("%s: %s (%.2f s, peak %ld MB)", name, outcome->output, outcome->seconds,
                    outcome->max_rss_mb);
  }

  if (!WIFEXITED (status) || (WEXITSTATUS (status) != 0 && WEXITSTATUS (status) != 3))
    g_error ("the loader of %s did not exit normally (status %d): %s", path, status,
             outcome->output);
  outcome->loaded = WEXITSTATUS (status) == 0;

  if (outcome->max_rss_mb > MAX_RSS_MB)
    g_error ("loading %s took %ld MB, more than %d MB", path, outcome->max_rss_mb, MAX_RSS_MB);
}

static void
expect_refused (const char *kind,
                const char *path,
                const char *limit)
{
  Outcome outcome = { 0 };

  run_loader (kind, path, &outcome);
  g_assert_false (outcome.loaded);
  if (strstr (outcome.output, limit) == NULL)
    g_error ("the message for %s does not name the limit “%s”: %s", path, limit,
             outcome.output);
  outcome_clear (&outcome);
  g_unlink (path);
}

static void
expect_loaded (const char *kind,
               const char *path,
               const char *what)
{
  Outcome outcome = { 0 };

  run_loader (kind, path, &outcome);
  if (!outcome.loaded || strstr (outcome.output, what) == NULL)
    g_error ("%s: expected “%s”, got: %s", path, what, outcome.output);
  outcome_clear (&outcome);
  g_unlink (path);
}

/* A file written piece by piece: the test itself stays small. */
static FILE *
create (const char *name,
        char      **path)
{
  FILE *f;

  *path = g_build_filename (work_dir, name, NULL);
  f = g_fopen (*path, "w");
  g_assert_nonnull (f);
  return f;
}

static void
repeat (FILE       *f,
        const char *piece,
        gsize       times)
{
  for (gsize i = 0; i < times; i++)
    fputs (piece, f);
}

static void
test_larger_than_limit (void)
{
  g_autofree char *path = NULL;
  FILE *f = create ("huge.hamtplan", &path);

  /* 200 MB of JSON that looks like a plan. */
  fputs (HEADER "\"items\": [", f);
  repeat (f, "{\"name\": \"Sak i en mycket stor plan\", \"category\": \"other\"},\n",
          200 * 1024 * 1024 / 59);
  fputs ("{\"name\": \"Sist\"}]}", f);
  g_assert_cmpint (fclose (f), ==, 0);

  expect_refused ("plan", path, "limit of 64 MB");
}

static void
test_too_many_values (void)
{
  g_autofree char *path = NULL;
  g_autofree char *path2 = NULL;
  FILE *f = create ("values.hamtplan", &path);

  /* Just under the size limit, in the smallest objects there are: json-glib
   * needed 5.8 GB for this before the pre-scan counted values. */
  fputs (HEADER "\"contacts\": [], \"consents\": [], \"items\": [", f);
  repeat (f, "{},", (HP_PLAN_FILE_MAX_BYTES - 1024) / 3);
  fputs ("{}]}", f);
  g_assert_cmpint (fclose (f), ==, 0);
  expect_refused ("plan", path, "limit of 750000 values");

  f = create ("numbers.hamtplan", &path2);
  fputs ("{\"format\": \"hamtplan\", \"version\": \"1.9\", \"future\": [", f);
  repeat (f, "1,", (HP_PLAN_FILE_MAX_BYTES - 1024) / 2);
  fputs ("1]}", f);
  g_assert_cmpint (fclose (f), ==, 0);
  expect_refused ("plan", path2, "limit of 750000 values");
}

static void
test_most_values (void)
{
  g_autofree char *path = NULL;
  FILE *f = create ("most-values.hamtplan", &path);

  /* The worst that is still accepted: 740,000 values kept from a newer
   * version, in objects (json-glib's most expensive value). */
  fputs ("{\"format\": \"hamtplan\", \"version\": \"1.9\", \"case\": {}, \"risk\": {}, "
         "\"support\": {}, \"contacts\": [], \"items\": [], \"measures\": [], \"visits\": [], "
         "\"consents\": [], \"follow_up\": {}, \"future\": [", f);
  repeat (f, "{\"a\": 1, \"b\": 2},", 740000 / 3);
  fputs ("{}]}", f);
  g_assert_cmpint (fclose (f), ==, 0);
  expect_loaded ("plan", path, "loaded 0 items");
}

static void
test_deep_nesting (void)
{
  g_autofree char *path = NULL;
  g_autofree char *path2 = NULL;
  FILE *f = create ("deep.hamtplan", &path);

  repeat (f, "[", 10 * 1024 * 1024);
  g_assert_cmpint (fclose (f), ==, 0);
  expect_refused ("plan", path, "limit of 32 levels");

  /* A comment hid the brackets from the first nesting check. */
  f = create ("deep-comment.hamtplan", &path2);
  fputs (HEADER "/* \" */ \"items\": ", f);
  repeat (f, "[", 1024 * 1024);
  g_assert_cmpint (fclose (f), ==, 0);
  expect_refused ("plan", path2, "not valid JSON");
}

static void
test_enormous_string (void)
{
  g_autofree char *path = NULL;
  FILE *f = create ("string.hamtplan", &path);

  fputs ("{\"format\": \"hamtplan\", \"version\": \"1.0\", \"case\": {\"notes\": \"", f);
  repeat (f, "Mycket lång anteckning. ", 60 * 1024 * 1024 / 25);
  fputs ("\"}, \"risk\": {}, \"support\": {}, \"contacts\": [], \"items\": [], \"measures\": [],"
         " \"visits\": [], \"consents\": [], \"follow_up\": {}}", f);
  g_assert_cmpint (fclose (f), ==, 0);

  expect_refused ("plan", path, "case.notes: the text is longer than the limit of 256 kB");
}

static void
write_items (FILE  *f,
             guint  n)
{
  fputs (HEADER "\"contacts\": [], \"consents\": [], \"items\": [", f);
  for (guint i = 0; i < n; i++)
    fprintf (f, "%s{\"name\": \"Sak %u\", \"category\": \"clothes\", \"priority\": \"should\", "
             "\"owner\": \"\", \"location\": \"Sovrummet, garderoben\", \"note\": \"Vinterjackan\", "
             "\"from_other_party\": false, \"status\": \"planned\", \"tracker_checked\": true}\n",
             i ? "," : "", i);
  fputs ("]}", f);
}

static void
test_items (void)
{
  g_autofree char *path = NULL;
  g_autofree char *path2 = NULL;
  g_autofree char *path3 = NULL;
  FILE *f;

  /* 100,000 items: refused, the list limit is 50,000 ... */
  f = create ("items-100000.hamtplan", &path);
  fputs (HEADER "\"contacts\": [], \"consents\": [], \"items\": [", f);
  for (guint i = 0; i < 100000; i++)
    fprintf (f, "%s{\"name\": \"Sak %u\"}\n", i ? "," : "", i);
  fputs ("]}", f);
  g_assert_cmpint (fclose (f), ==, 0);
  expect_refused ("plan", path, "items: 100000 entries is more than the limit of 50000");

  /* ... and with every field filled in, a million values are refused
   * before json-glib parses them. */
  f = create ("full-items-100000.hamtplan", &path3);
  write_items (f, 100000);
  g_assert_cmpint (fclose (f), ==, 0);
  expect_refused ("plan", path3, "limit of 750000 values");

  /* 50,000 items with every field: loaded, within the bounds. */
  f = create ("items-50000.hamtplan", &path2);
  write_items (f, HP_PLAN_FILE_MAX_LIST);
  g_assert_cmpint (fclose (f), ==, 0);
  expect_loaded ("plan", path2, "loaded 50000 items");
}

/* Strings with the same g_str_hash: "ab" and "bA" hash alike, and so does
 * any string made of them. */
static void
colliding (GString *out,
           guint    i,
           guint    bits)
{
  for (guint b = 0; b < bits; b++)
    g_string_append (out, (i >> b) & 1 ? "bA" : "ab");
}

static void
test_colliding_names (void)
{
  g_autofree char *path = NULL;
  g_autofree char *path2 = NULL;
  GString *s = g_string_new (NULL);
  FILE *f;

  /* An object of 65,536 member names that collide: json-glib's hash table
   * took minutes to fill.  Refused by the members limit at once. */
  f = create ("colliding-members.hamtplan", &path);
  fputs ("{\"format\": \"hamtplan\", \"version\": \"1.9\", \"future\": {", f);
  for (guint i = 0; i < 65536; i++)
    {
      g_string_truncate (s, 0);
      colliding (s, i, 16);
      fprintf (f, "%s\"%s\": 1", i ? ", " : "", s->str);
    }
  fputs ("}}", f);
  g_assert_cmpint (fclose (f), ==, 0);
  expect_refused ("plan", path, "limit of 1000 members");

  /* The most contacts there may be, with ids that collide, and as many
   * consents naming the last: loaded, checked and exported at once. */
  f = create ("colliding-ids.hamtplan", &path2);
  fputs (HEADER "\"items\": [], \"contacts\": [", f);
  for (guint i = 0; i < HP_PLAN_FILE_MAX_SHORT_LIST; i++)
    {
      g_string_truncate (s, 0);
      colliding (s, i, 10);
      fprintf (f, "%s{\"id\": \"%s\", \"kind\": \"relative\", \"name\": \"N\"}",
               i ? ", " : "", s->str);
    }
  fputs ("], \"consents\": [", f);
  for (guint i = 0; i < HP_PLAN_FILE_MAX_SHORT_LIST; i++)
    fprintf (f, "%s{\"party\": \"client\", \"scope\": \"share-information\", \"given\": "
             "\"yes\", \"recipient\": \"%s\"}", i ? ", " : "", s->str);
  fputs ("]}", f);
  g_assert_cmpint (fclose (f), ==, 0);
  expect_loaded ("use", path2, "findings");

  g_string_free (s, TRUE);
}

/* Code that relates two lists takes the product of their lengths: 50,000
 * contacts and 50,000 consents kept --check busy for minutes.  Lists but
 * the belongings stop at 1,000, and the longest a file can have are checked
 * and exported in seconds. */
static void
test_short_lists (void)
{
  g_autofree char *path = NULL;
  g_autofree char *path2 = NULL;
  FILE *f;

  f = create ("contacts-1001.hamtplan", &path);
  fputs (HEADER "\"items\": [], \"consents\": [], \"contacts\": [", f);
  for (guint i = 0; i <= HP_PLAN_FILE_MAX_SHORT_LIST; i++)
    fprintf (f, "%s{\"id\": \"k%u\", \"kind\": \"relative\", \"name\": \"N\"}", i ? ", " : "", i);
  fputs ("]}", f);
  g_assert_cmpint (fclose (f), ==, 0);
  expect_refused ("plan", path, "contacts: 1001 entries is more than the limit of 1000");

  /* The longest lists allowed, each reference to the last entry. */
  f = create ("longest-lists.hamtplan", &path2);
  fputs ("{\"format\": \"hamtplan\", \"version\": \"1.0\", \"risk\": {}, \"support\": {}, "
         "\"measures\": [], \"visits\": [], \"follow_up\": {}, \"case\": {\"children\": [", f);
  for (guint i = 0; i < HP_PLAN_FILE_MAX_SHORT_LIST; i++)
    fprintf (f, "%s{\"id\": \"b%u\", \"name\": \"Barn %u\"}", i ? ", " : "", i, i);
  fputs ("]}, \"items\": [", f);
  for (guint i = 0; i < HP_PLAN_FILE_MAX_LIST; i++)
    fprintf (f, "%s{\"name\": \"Sak %u\", \"owner\": \"b%u\", \"from_other_party\": true}",
             i ? ", " : "", i, HP_PLAN_FILE_MAX_SHORT_LIST - 1);
  fputs ("], \"contacts\": [", f);
  for (guint i = 0; i < HP_PLAN_FILE_MAX_SHORT_LIST; i++)
    fprintf (f, "%s{\"id\": \"k%u\", \"kind\": \"relative\", \"name\": \"N%u\"}",
             i ? ", " : "", i, i);
  fputs ("], \"consents\": [", f);
  for (guint i = 0; i < HP_PLAN_FILE_MAX_SHORT_LIST; i++)
    fprintf (f, "%s{\"party\": \"client\", \"scope\": \"share-information\", "
             "\"given\": \"yes\", \"recipient\": \"k%u\"}", i ? ", " : "",
             HP_PLAN_FILE_MAX_SHORT_LIST - 1);
  fputs ("]}", f);
  g_assert_cmpint (fclose (f), ==, 0);
  expect_loaded ("use", path2, "findings");
}

static void
test_catalogues (void)
{
  g_autofree char *path = NULL;
  g_autofree char *path2 = NULL;
  FILE *f;

  f = create ("huge-catalogue.json", &path);
  fputs ("{\"format\": \"hamtplan-catalogue\", \"version\": 1, \"items\": [", f);
  repeat (f, "{\"name\": \"Sak\", \"category\": \"other\", \"priority\": \"must\"},", 200000);
  fputs ("{}]}", f);
  g_assert_cmpint (fclose (f), ==, 0);
  expect_refused ("catalogue", path, "limit of 1024 kB");

  f = create ("deep-catalogue.json", &path2);
  fputs ("{\"format\": \"hamtplan-catalogue\", \"version\": 1, /*\"*/ \"items\": ", f);
  repeat (f, "[", 1000 * 1000);
  g_assert_cmpint (fclose (f), ==, 0);
  expect_refused ("catalogue", path2, "not valid JSON");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  work_dir = g_dir_make_tmp ("hamtplan-bounded-XXXXXX", NULL);

  g_test_add_func ("/harden/bounded-load/larger-than-limit", test_larger_than_limit);
  g_test_add_func ("/harden/bounded-load/too-many-values", test_too_many_values);
  g_test_add_func ("/harden/bounded-load/most-values", test_most_values);
  g_test_add_func ("/harden/bounded-load/deep-nesting", test_deep_nesting);
  g_test_add_func ("/harden/bounded-load/enormous-string", test_enormous_string);
  g_test_add_func ("/harden/bounded-load/items", test_items);
  g_test_add_func ("/harden/bounded-load/colliding-names", test_colliding_names);
  g_test_add_func ("/harden/bounded-load/short-lists", test_short_lists);
  g_test_add_func ("/harden/bounded-load/catalogues", test_catalogues);

  status = g_test_run ();

  {
    g_autofree char *out = g_build_filename (work_dir, "output", NULL);
    g_unlink (out);
    g_rmdir (work_dir);
    g_free (work_dir);
  }
  return status;
}
