/* hp-catalogue.h: the local routine
 *
 * A catalogue holds what fits local conditions: item suggestions, safety
 * measures, local contacts (police, the contracted security company,
 * handover sites) and the municipality's consent wording.  The built-in
 * default lives in the GResource; a file placed by an administrator in
 * $XDG_CONFIG_DIRS/hamtplan/catalogue.json, and one of the user's own in
 * $XDG_CONFIG_HOME/hamtplan/catalogue.json, override it in that order.
 */
#pragma once

#include <gio/gio.h>

#include "hp-contact.h"
#include "hp-enums.h"

G_BEGIN_DECLS

#define HP_TYPE_CATALOGUE (hp_catalogue_get_type ())
G_DECLARE_FINAL_TYPE (HpCatalogue, hp_catalogue, HP, CATALOGUE, GObject)

typedef struct
{
  char           *name;       /* "Pass", in the catalogue's language */
  HpItemCategory  category;
  HpPriority      priority;
  gboolean        for_child;  /* usually a child's thing (a cuddly toy) */
} HpCatalogueItem;

typedef struct
{
  char *title;                /* "Mobiltelefonerna laddade" */
  char *responsible;          /* a suggested role, may be "" */
} HpCatalogueMeasure;

HpCatalogue        *hp_catalogue_new_default     (void);
HpCatalogue        *hp_catalogue_load_bytes      (GBytes       *bytes,
                                                  const char   *origin,
                                                  GError      **error);
HpCatalogue        *hp_catalogue_load_system     (GError      **warning);

const char         *hp_catalogue_get_name        (HpCatalogue  *self);
guint               hp_catalogue_get_n_items     (HpCatalogue  *self);
const HpCatalogueItem    *hp_catalogue_get_item        (HpCatalogue  *self,
                                                        guint         index);
guint               hp_catalogue_get_n_measures  (HpCatalogue  *self);
const HpCatalogueMeasure *hp_catalogue_get_measure     (HpCatalogue  *self,
                                                        guint         index);
/* Contacts are HpContact records with an empty id; copy them into a plan
 * and give them a new id there. */
GListModel         *hp_catalogue_get_contacts    (HpCatalogue  *self);
const char         *hp_catalogue_get_consent_wording (HpCatalogue *self);

G_END_DECLS
