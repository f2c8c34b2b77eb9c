/* hp-plan-file-limits.h: the plan file's name, version and limits
 *
 * Shared by the strict loader, the one-pass reader and the writer; a
 * header of constants only, so that each reader can use them without
 * depending on the other.
 */
#pragma once

#define HP_PLAN_FILE_FORMAT        "hamtplan"
#define HP_PLAN_FILE_VERSION_MAJOR 1
#define HP_PLAN_FILE_VERSION_MINOR 2
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
