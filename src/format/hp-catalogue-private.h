/* hp-catalogue-private.h: between the files of the catalogue */
#pragma once

#include "hp-catalogue.h"

G_BEGIN_DECLS

struct _HpCatalogue
{
  GObject     parent_instance;

  char       *name;
  GArray     *items;        /* HpCatalogueItem */
  GArray     *measures;     /* HpCatalogueMeasure */
  GListStore *contacts;     /* HpContact, empty ids */
  char       *consent_wording;
  GPtrArray  *origins;      /* char *, NULL-terminated */
  guint       defined;      /* HpCatalogueMembers: what the file (or layers) define */
  GStrv       paths;        /* the files it was loaded from, lowest first; NULL */
};

/* The top-level members a file may define; a later layer replaces exactly
 * the ones it defines. */
typedef enum
{
  HP_CATALOGUE_MEMBER_NAME            = 1 << 0,
  HP_CATALOGUE_MEMBER_ITEMS           = 1 << 1,
  HP_CATALOGUE_MEMBER_MEASURES        = 1 << 2,
  HP_CATALOGUE_MEMBER_CONTACTS        = 1 << 3,
  HP_CATALOGUE_MEMBER_CONSENT_WORDING = 1 << 4,
} HpCatalogueMembers;

gboolean     hp_catalogue_set_error (GError     **error,
                                     int          code,
                                     const char  *origin,
                                     const char  *path,
                                     const char  *format,
                                     ...) G_GNUC_PRINTF (5, 6);
HpCatalogue *hp_catalogue_parse (GBytes              *bytes,
                                 const char          *origin,
                                 HpCatalogueMembers  *defined,
                                 GError             **error);

GBytes      *hp_catalogue_read_file (const char  *path,
                                     const char  *origin,
                                     GError     **error);
char        *hp_catalogue_duplicate_key (const char *text);
void         hp_catalogue_reload (HpCatalogue *self);

G_END_DECLS
