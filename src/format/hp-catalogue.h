/* hp-catalogue.h: the local routine
 *
 * A catalogue holds what fits local conditions: item suggestions, safety
 * measures, local contacts (police, the contracted security company,
 * handover sites) and the municipality's consent wording.  The built-in
 * default lives in the GResource; a file placed by an administrator in
 * $XDG_CONFIG_DIRS/hamtplan/catalogue.json, and one of the user's own in
 * $XDG_CONFIG_HOME/hamtplan/catalogue.json, override it in that order.
 *
 * Layering: each later file replaces every top-level member it defines
 * ("name", "items", "measures", "contacts", "consent_wording") as a whole
 * and keeps the members it leaves out from the layers below.  So a file
 * with only "contacts" adds the local contacts and keeps the built-in
 * checklists; a file with "items": [] empties the item suggestions.
 *
 * Errors are in HP_FORMAT_ERROR (hp-plan-file.h) and name the file and the
 * member path: 'catalogue.json: items[3].category: "x" is not a valid value'.
 */
#pragma once

#include <gio/gio.h>

#include "hp-contact.h"
#include "hp-enums.h"

G_BEGIN_DECLS

#define HP_CATALOGUE_FORMAT         "hamtplan-catalogue"
#define HP_CATALOGUE_VERSION        1
#define HP_CATALOGUE_FILE_NAME      "catalogue.json"
#define HP_CATALOGUE_RESOURCE       "/se/hamtplan/Hamtplan/catalogue.json"

/* Far above any real routine; past them a file is refused. */
#define HP_CATALOGUE_MAX_BYTES      (1024 * 1024)
#define HP_CATALOGUE_MAX_DEPTH      8
#define HP_CATALOGUE_MAX_LIST       1000
#define HP_CATALOGUE_MAX_STRING     (16 * 1024)

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
HpCatalogue        *hp_catalogue_load_files      (const char * const *paths,
                                                  GError      **warning);

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
/* Where the catalogue came from, lowest layer first: the built-in resource
 * ("resource:///se/hamtplan/Hamtplan/catalogue.json") and each file used. */
const char * const *hp_catalogue_get_origins     (HpCatalogue  *self);

/* Writing (hp-catalogue-write.c): a catalogue as a file the reader reads
 * back equal, and one entry saved to the user's own file, after which the
 * catalogue is read again and emits ::changed. */
GBytes             *hp_catalogue_to_bytes        (HpCatalogue  *self);
const char         *hp_catalogue_get_user_path   (HpCatalogue  *self);
gboolean            hp_catalogue_save_item       (HpCatalogue              *self,
                                                  const HpCatalogueItem    *item,
                                                  GError                  **error);
gboolean            hp_catalogue_save_measure    (HpCatalogue              *self,
                                                  const HpCatalogueMeasure *measure,
                                                  GError                  **error);
gboolean            hp_catalogue_save_contact    (HpCatalogue              *self,
                                                  HpContact                *contact,
                                                  GError                  **error);

G_END_DECLS
