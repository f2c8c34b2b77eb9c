/* hp-plan-file.h: the .hamtplan file: JSON <-> HpPlan */
#pragma once

#include <gio/gio.h>

#include "hp-plan.h"

G_BEGIN_DECLS

#define HP_PLAN_FILE_FORMAT        "hamtplan"
#define HP_PLAN_FILE_VERSION_MAJOR 1
#define HP_PLAN_FILE_VERSION_MINOR 1
#define HP_PLAN_FILE_EXTENSION     ".hamtplan"
#define HP_PLAN_FILE_MIME_TYPE     "application/x-hamtplan+json"

/* Bounds far above any real plan; past them a file is refused with a
 * message naming the limit, before much memory is spent on it. */
#define HP_PLAN_FILE_MAX_BYTES      (64 * 1024 * 1024)
#define HP_PLAN_FILE_MAX_DEPTH      32
#define HP_PLAN_FILE_MAX_LIST       50000   /* the belongings ("items") */
/* Every other list (contacts, consents, children, visits ...): no real plan
 * has more than a few dozen, and code that relates two lists (each contact
 * with the consents about it) takes time by the product of their lengths:
 * 50,000 contacts and 50,000 consents kept --check busy for minutes. */
#define HP_PLAN_FILE_MAX_SHORT_LIST 1000
#define HP_PLAN_FILE_MAX_STRING     (256 * 1024)
/* Objects, lists and the members and entries in them, in the whole file. */
#define HP_PLAN_FILE_MAX_VALUES     750000
/* Members of one object. */
#define HP_PLAN_FILE_MAX_MEMBERS    1000

#define HP_FORMAT_ERROR (hp_format_error_quark ())

typedef enum
{
  HP_FORMAT_ERROR_READ,         /* the file cannot be read */
  HP_FORMAT_ERROR_WRITE,        /* the file cannot be written */
  HP_FORMAT_ERROR_SYNTAX,       /* not JSON, not UTF-8 */
  HP_FORMAT_ERROR_NOT_A_PLAN,   /* JSON, but not a Hämtplan file */
  HP_FORMAT_ERROR_VERSION,      /* a newer major version */
  HP_FORMAT_ERROR_INVALID,      /* a member has a wrong type or value */
  HP_FORMAT_ERROR_TOO_LARGE,    /* a limit was hit */
} HpFormatError;

GQuark    hp_format_error_quark    (void);

HpPlan   *hp_plan_file_load_bytes  (GBytes      *bytes,
                                    GError     **error);
HpPlan   *hp_plan_file_load        (const char  *path,
                                    GError     **error);
GBytes   *hp_plan_file_to_bytes    (HpPlan      *plan);
gboolean  hp_plan_file_save        (HpPlan      *plan,
                                    const char  *path,
                                    GError     **error);

G_END_DECLS
