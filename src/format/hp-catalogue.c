/* hp-catalogue.c: the local routine: item suggestions, safety measures,
 * local contacts and consent wording, from the built-in default and the
 * administrator's and the user's catalogue files */

#define G_LOG_DOMAIN "hp-catalogue"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-catalogue.h"
#include "hp-catalogue-private.h"
#include "hp-plan-file.h"

G_DEFINE_FINAL_TYPE (HpCatalogue, hp_catalogue, G_TYPE_OBJECT)

static void
catalogue_item_clear (gpointer data)
{
  HpCatalogueItem *item = data;

  g_clear_pointer (&item->name, g_free);
}

static void
catalogue_measure_clear (gpointer data)
{
  HpCatalogueMeasure *measure = data;

  g_clear_pointer (&measure->title, g_free);
  g_clear_pointer (&measure->responsible, g_free);
}

static GArray *
new_item_array (void)
{
  GArray *array = g_array_new (FALSE, TRUE, sizeof (HpCatalogueItem));

  g_array_set_clear_func (array, catalogue_item_clear);
  return array;
}

static GArray *
new_measure_array (void)
{
  GArray *array = g_array_new (FALSE, TRUE, sizeof (HpCatalogueMeasure));

  g_array_set_clear_func (array, catalogue_measure_clear);
  return array;
}

static void
hp_catalogue_finalize (GObject *object)
{
  HpCatalogue *self = HP_CATALOGUE (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->measures, g_array_unref);
  g_clear_object (&self->contacts);
  g_clear_pointer (&self->consent_wording, g_free);
  g_clear_pointer (&self->origins, g_ptr_array_unref);
  g_clear_pointer (&self->paths, g_strfreev);

  G_OBJECT_CLASS (hp_catalogue_parent_class)->finalize (object);
}

static guint changed_signal;

static void
hp_catalogue_class_init (HpCatalogueClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hp_catalogue_finalize;

  /**
   * HpCatalogue::changed:
   *
   * The catalogue was read again from its files (an entry was saved to
   * the user's own file): every list may be different.
   */
  changed_signal = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
hp_catalogue_init (HpCatalogue *self)
{
  self->name = g_strdup ("");
  self->items = new_item_array ();
  self->measures = new_measure_array ();
  self->contacts = g_list_store_new (HP_TYPE_CONTACT);
  self->consent_wording = g_strdup ("");
  self->origins = g_ptr_array_new_null_terminated (2, g_free, TRUE);
}

/* Puts what @layer defines over @self. */
static void
apply_layer (HpCatalogue *self,
             HpCatalogue *layer,
             HpCatalogueMembers    defined)
{
  if (defined & HP_CATALOGUE_MEMBER_NAME)
    {
      g_free (self->name);
      self->name = g_strdup (layer->name);
    }
  if (defined & HP_CATALOGUE_MEMBER_ITEMS)
    {
      g_array_unref (self->items);
      self->items = g_array_ref (layer->items);
    }
  if (defined & HP_CATALOGUE_MEMBER_MEASURES)
    {
      g_array_unref (self->measures);
      self->measures = g_array_ref (layer->measures);
    }
  if (defined & HP_CATALOGUE_MEMBER_CONTACTS)
    g_set_object (&self->contacts, layer->contacts);
  if (defined & HP_CATALOGUE_MEMBER_CONSENT_WORDING)
    {
      g_free (self->consent_wording);
      self->consent_wording = g_strdup (layer->consent_wording);
    }
  self->defined |= defined;

  for (guint i = 0; i < layer->origins->len; i++)
    g_ptr_array_add (self->origins, g_strdup (g_ptr_array_index (layer->origins, i)));
}

/**
 * hp_catalogue_load_bytes:
 * @bytes: the JSON text of one catalogue file
 * @origin: where it came from, for messages (a file name)
 * @error: (nullable): set to HP_FORMAT_ERROR when the file is malformed
 *
 * Reads one catalogue on its own, without the layers below it: members it
 * leaves out are empty.  The message of @error names @origin and the
 * member that is wrong, such as 'items[3].category'.
 *
 * Returns: (transfer full) (nullable): the catalogue, or %NULL with @error
 */
HpCatalogue *
hp_catalogue_load_bytes (GBytes      *bytes,
                         const char  *origin,
                         GError     **error)
{
  HpCatalogueMembers defined;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (origin != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return hp_catalogue_parse (bytes, origin, &defined, error);
}

/**
 * hp_catalogue_new_default:
 *
 * The built-in catalogue: the national suggestions of items and safety
 * measures, no local contacts.
 *
 * Returns: (transfer full): the built-in catalogue
 */
HpCatalogue *
hp_catalogue_new_default (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  HpCatalogue *self;
  HpCatalogueMembers defined;

  bytes = g_resources_lookup_data (HP_CATALOGUE_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes != NULL)
    self = hp_catalogue_parse (bytes, "resource://" HP_CATALOGUE_RESOURCE, &defined, &error);
  else
    self = NULL;

  if (self == NULL)
    {
      /* The test suite loads the built-in file; this is a build defect. */
      g_critical ("The built-in catalogue cannot be used: %s", error->message);
      self = g_object_new (HP_TYPE_CATALOGUE, NULL);
    }
  return self;
}

/* Reads at most one byte more than a catalogue may have, so that a huge
 * or endless file (a device, a pipe) costs nothing. */
GBytes *
hp_catalogue_read_file (const char  *path,
           const char  *origin,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *buffer = NULL;
  gsize length = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                            NULL, &local_error);
  if (info == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      hp_catalogue_set_error (error, HP_FORMAT_ERROR_READ, origin, NULL,
                              _("the file cannot be read: %s"), local_error->message);
      return NULL;
    }

  /* Not a folder, and not a pipe or device that could keep the window
   * waiting for ever. */
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      hp_catalogue_set_error (error, HP_FORMAT_ERROR_READ, origin, NULL, _("this is not a regular file"));
      return NULL;
    }

  stream = g_file_read (file, NULL, &local_error);
  if (stream == NULL)
    {
      hp_catalogue_set_error (error, HP_FORMAT_ERROR_READ, origin, NULL,
                              _("the file cannot be read: %s"), local_error->message);
      return NULL;
    }

  buffer = g_malloc (HP_CATALOGUE_MAX_BYTES + 1);
  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), buffer, HP_CATALOGUE_MAX_BYTES + 1,
                                &length, NULL, &local_error))
    {
      hp_catalogue_set_error (error, HP_FORMAT_ERROR_READ, origin, NULL,
                              _("the file cannot be read: %s"), local_error->message);
      return NULL;
    }

  return g_bytes_new_take (g_realloc (g_steal_pointer (&buffer), MAX (length, 1)), length);
}

static void
add_warning (GError **warning,
             GError  *error)
{
  /* Translators: follows the message that says what is wrong in a
   * catalogue file */
  const char *skipped = _("The file is not used until it is corrected.");

  if (warning == NULL)
    return;

  if (*warning == NULL)
    {
      g_set_error (warning, HP_FORMAT_ERROR, error->code, "%s %s", error->message, skipped);
    }
  else
    {
      char *joined = g_strdup_printf ("%s\n%s %s", (*warning)->message, error->message, skipped);

      g_free ((*warning)->message);
      (*warning)->message = joined;
    }
}

/**
 * hp_catalogue_load_files:
 * @paths: (array zero-terminated=1): catalogue files, lowest layer first
 * @warning: (nullable): set when a file exists but cannot be used
 *
 * Starts from the built-in catalogue and lays each file of @paths over it
 * (see the top of hp-catalogue.h).  A file that does not exist is skipped
 * silently.  A file that cannot be read or is malformed is skipped, and
 * @warning says which file and what is wrong in it (one line per such
 * file); the catalogue is still returned.
 *
 * Returns: (transfer full): the catalogue, never %NULL
 */
HpCatalogue *
hp_catalogue_load_files (const char * const  *paths,
                         GError             **warning)
{
  g_autoptr(HpCatalogue) self = NULL;

  g_return_val_if_fail (paths != NULL, NULL);
  g_return_val_if_fail (warning == NULL || *warning == NULL, NULL);

  self = hp_catalogue_new_default ();

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autofree char *origin = g_filename_display_name (paths[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(HpCatalogue) layer = NULL;
      HpCatalogueMembers defined;

      bytes = hp_catalogue_read_file (paths[i], origin, &error);
      if (bytes == NULL)
        {
          if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
            add_warning (warning, error);
          continue;
        }

      layer = hp_catalogue_parse (bytes, origin, &defined, &error);
      if (layer == NULL)
        {
          add_warning (warning, error);
          continue;
        }

      apply_layer (self, layer, defined);
    }

  self->paths = g_strdupv ((char **) paths);
  return g_steal_pointer (&self);
}

/* Reads @self again from the files it was loaded from, in place, and says
 * so with ::changed.  A file that has become unusable is skipped as on
 * loading. */
void
hp_catalogue_reload (HpCatalogue *self)
{
  g_autoptr(HpCatalogue) fresh = NULL;

  g_return_if_fail (HP_IS_CATALOGUE (self));
  g_return_if_fail (self->paths != NULL);

  fresh = hp_catalogue_load_files ((const char * const *) self->paths, NULL);
#define SWAP(field) G_STMT_START { gpointer tmp = self->field; self->field = fresh->field; \
                                   fresh->field = tmp; } G_STMT_END
  SWAP (name);
  SWAP (items);
  SWAP (measures);
  SWAP (contacts);
  SWAP (consent_wording);
  SWAP (origins);
#undef SWAP
  self->defined = fresh->defined;
  g_signal_emit (self, changed_signal, 0);
}

/**
 * hp_catalogue_load_system:
 * @warning: (nullable): set when a catalogue file exists but cannot be used
 *
 * The catalogue in force: the built-in default, under the administrator's
 * file (the first of $XDG_CONFIG_DIRS/hamtplan/catalogue.json that
 * exists), under the user's own ($XDG_CONFIG_HOME/hamtplan/catalogue.json).
 * A malformed file is skipped with a @warning for the window to show.
 *
 * Returns: (transfer full): the catalogue, never %NULL
 */
HpCatalogue *
hp_catalogue_load_system (GError **warning)
{
  const char * const *system_dirs = g_get_system_config_dirs ();
  g_autoptr(GPtrArray) paths = g_ptr_array_new_null_terminated (2, g_free, TRUE);

  g_return_val_if_fail (warning == NULL || *warning == NULL, NULL);

  for (guint i = 0; system_dirs[i] != NULL; i++)
    {
      char *path = g_build_filename (system_dirs[i], "hamtplan", HP_CATALOGUE_FILE_NAME, NULL);

      if (g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_ptr_array_add (paths, path);
          break;
        }
      g_free (path);
    }

  g_ptr_array_add (paths, g_build_filename (g_get_user_config_dir (), "hamtplan",
                                            HP_CATALOGUE_FILE_NAME, NULL));

  return hp_catalogue_load_files ((const char * const *) paths->pdata, warning);
}

/* Returns: (transfer none): the catalogue's name, "" when it has none */
const char *
hp_catalogue_get_name (HpCatalogue *self)
{
  g_return_val_if_fail (HP_IS_CATALOGUE (self), NULL);

  return self->name;
}

guint
hp_catalogue_get_n_items (HpCatalogue *self)
{
  g_return_val_if_fail (HP_IS_CATALOGUE (self), 0);

  return self->items->len;
}

/* Returns: (transfer none): the item suggestion at @index */
const HpCatalogueItem *
hp_catalogue_get_item (HpCatalogue *self,
                       guint        index)
{
  g_return_val_if_fail (HP_IS_CATALOGUE (self), NULL);
  g_return_val_if_fail (index < self->items->len, NULL);

  return &g_array_index (self->items, HpCatalogueItem, index);
}

guint
hp_catalogue_get_n_measures (HpCatalogue *self)
{
  g_return_val_if_fail (HP_IS_CATALOGUE (self), 0);

  return self->measures->len;
}

/* Returns: (transfer none): the safety measure at @index */
const HpCatalogueMeasure *
hp_catalogue_get_measure (HpCatalogue *self,
                          guint        index)
{
  g_return_val_if_fail (HP_IS_CATALOGUE (self), NULL);
  g_return_val_if_fail (index < self->measures->len, NULL);

  return &g_array_index (self->measures, HpCatalogueMeasure, index);
}

/**
 * hp_catalogue_get_contacts:
 *
 * Returns: (transfer none): the local contacts, HpContact with empty ids.
 * Copy one (hp_record_copy) before putting it into a plan.
 */
GListModel *
hp_catalogue_get_contacts (HpCatalogue *self)
{
  g_return_val_if_fail (HP_IS_CATALOGUE (self), NULL);

  return G_LIST_MODEL (self->contacts);
}

/* Returns: (transfer none): the municipality's consent wording, may be "" */
const char *
hp_catalogue_get_consent_wording (HpCatalogue *self)
{
  g_return_val_if_fail (HP_IS_CATALOGUE (self), NULL);

  return self->consent_wording;
}

/**
 * hp_catalogue_get_origins:
 *
 * Returns: (transfer none) (array zero-terminated=1): where the catalogue
 * came from, lowest layer first
 */
const char * const *
hp_catalogue_get_origins (HpCatalogue *self)
{
  g_return_val_if_fail (HP_IS_CATALOGUE (self), NULL);

  return (const char * const *) self->origins->pdata;
}
