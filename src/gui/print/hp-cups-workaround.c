/* hp-cups-workaround.c: keeps GTK 4.8's print dialog from freezing with a
 * libcups that has the CVE-2025-58436 fix but not its follow-up
 *
 * The upstream bug: OpenPrinting/cups issues 1429 and 1439, fixed in CUPS
 * 2.4.16.  Debian 12's libcups2 2.4.2-3+deb12u10 carries the security fix
 * without the follow-up.  In it, httpUpdate() on a non-blocking connection
 * with nothing in libcups's own read buffer returns HTTP_STATUS_CONTINUE
 * without reading the socket.  GTK's CUPS backend (gtkcupsutils.c) makes
 * every connection non-blocking and calls httpUpdate() again for as long as
 * httpCheck() says there is something to read, so it never reads cupsd's
 * answer: the window spins at full CPU and never redraws.
 *
 * This file defines httpUpdate() itself.  The program loads the window's
 * module with global binding (src/main.c), and the print backend that GTK
 * loads later resolves httpUpdate() here first.  The wrapper calls the
 * library's own httpUpdate() and steps in only when it sees the bug's
 * signature twice in a row on the same connection: CONTINUE on a
 * non-blocking connection with nothing buffered while bytes wait on the
 * socket, that is, an answer the library could have read and did not, and
 * then did not read on the next call either.  Then it reads once more in
 * blocking mode, which is what libcups did before the security update (its
 * httpGets() waited for the line).  A fixed libcups reads what is waiting
 * on the next call at the latest (bytes may arrive between its read and
 * our look at the socket once), so it never shows the signature twice, and
 * the wrapper does nothing.
 *
 * Only libcups's public API is used, looked up at run time: Hämtplan does
 * not link libcups, and where GTK never loads it this file is never called.
 * Remove the file once Debian 12's libcups2 has the upstream fix.
 */

#define G_LOG_DOMAIN "hp-cups-workaround"

#include "config.h"

#include <dlfcn.h>
#include <stddef.h>

#include <glib.h>

/* From <cups/http.h>, whose ABI is stable: an opaque connection and an int
 * status. */
typedef struct _http_s http_t;
#define HP_HTTP_STATUS_ERROR    (-1)
#define HP_HTTP_STATUS_CONTINUE 100

typedef int    (*HttpUpdateFunc)      (http_t *http);
typedef int    (*HttpGetBlockingFunc) (http_t *http);
typedef size_t (*HttpGetReadyFunc)    (http_t *http);
typedef int    (*HttpWaitFunc)        (http_t *http, int msec);
typedef void   (*HttpBlockingFunc)    (http_t *http, int blocking);

typedef struct
{
  HttpUpdateFunc      update;
  HttpGetBlockingFunc get_blocking;
  HttpGetReadyFunc    get_ready;
  HttpWaitFunc        wait;
  HttpBlockingFunc    blocking;
} Cups;

static const Cups *
cups_get (void)
{
  static Cups cups;
  static gsize looked_up;

  if (g_once_init_enter (&looked_up))
    {
      /* libcups is loaded by now: the caller is linked with it. */
      void *library = dlopen ("libcups.so.2", RTLD_LAZY | RTLD_NOLOAD);

      if (library != NULL)
        {
          cups.update = (HttpUpdateFunc) dlsym (library, "httpUpdate");
          cups.get_blocking = (HttpGetBlockingFunc) dlsym (library, "httpGetBlocking");
          cups.get_ready = (HttpGetReadyFunc) dlsym (library, "httpGetReady");
          cups.wait = (HttpWaitFunc) dlsym (library, "httpWait");
          cups.blocking = (HttpBlockingFunc) dlsym (library, "httpBlocking");
          /* The library stays loaded as long as its caller is. */
          dlclose (library);
        }
      else
        {
          cups.update = (HttpUpdateFunc) dlsym (RTLD_NEXT, "httpUpdate");
        }
      g_once_init_leave (&looked_up, 1);
    }
  return &cups;
}

/* The bug's signature, read through the public API only. */
static gboolean
lost_answer (const Cups *cups,
             http_t     *http,
             int         status)
{
  if (status != HP_HTTP_STATUS_CONTINUE)
    return FALSE;
  if (cups->get_blocking == NULL || cups->get_ready == NULL || cups->wait == NULL ||
      cups->blocking == NULL)
    return FALSE;
  return !cups->get_blocking (http) && cups->get_ready (http) == 0 && cups->wait (http, 0);
}

/* Replaces libcups's httpUpdate() for the whole process (see above). */
int httpUpdate (http_t *http);

int
httpUpdate (http_t *http)
{
  /* The connection whose last call showed the signature.  GTK's print
   * backend runs in the main thread; only the address is compared. */
  static http_t *signature_seen;
  const Cups *cups = cups_get ();
  int status;

  if (cups->update == NULL)
    {
      g_critical ("libcups's httpUpdate() cannot be found");
      return HP_HTTP_STATUS_ERROR;
    }

  status = cups->update (http);
  if (http == NULL || !lost_answer (cups, http, status))
    {
      if (signature_seen == http)
        signature_seen = NULL;
      return status;
    }
  if (signature_seen != http)
    {
      /* Once may be bytes that arrived just after the library read. */
      signature_seen = http;
      return status;
    }

  signature_seen = NULL;
  cups->blocking (http, 1);
  status = cups->update (http);
  cups->blocking (http, 0);
  return status;
}
