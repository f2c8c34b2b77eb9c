/* hp-catalogue-write.c: a catalogue written as the strict reader reads it,
 * and an entry saved to the user's own catalogue file
 *
 * The user's file is the last layer (hp-catalogue.c): it replaces each
 * list it defines as a whole.  So an entry saved to a list the file does
 * not define yet starts that list from the layers below (the built-in
 * default and the administrator's file), so that saving one contact does
 * not hide the municipality's.  From then on the user's list is in force
 * for that member, as the README says of every catalogue file.
 */

#define G_LOG_DOMAIN "hp-catalogue"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "hp-atomic-file.h"
#include "hp-catalogue.h"
#include "hp-catalogue-private.h"
#include "hp-enum-types.h"
#include "hp-plan-file.h"

/* Writing */

static JsonNode *
item_node (const HpCatalogueItem *item)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_object_set_string_member (object, "name", item->name);
  json_object_set_string_member (object, "category",
                                 hp_enum_get_nick (HP_TYPE_ITEM_CATEGORY, item->category));
  json_object_set_string_member (object, "priority",
                                 hp_enum_get_nick (HP_TYPE_PRIORITY, item->priority));
  if (item->for_child)
    json_object_set_boolean_member (object, "for_child", TRUE);
  json_node_take_object (node, object);
  return node;
}

static JsonNode *
measure_node (const HpCatalogueMeasure *measure)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_object_set_string_member (object, "title", measure->title);
  if (measure->responsible != NULL && *measure->responsible != '\0')
    json_object_set_string_member (object, "responsible", measure->responsible);
  json_node_take_object (node, object);
  return node;
}

/* Every member of the contact but its id; empty texts and choices left
 * at their first value ("not-set", "unknown") are left out, as the reader
 * takes a missing member for those. */
static JsonNode *
contact_node (HpContact *contact)
{
  HpRecord *record = HP_RECORD (contact);
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  guint n_fields;
  const HpField *fields = hp_record_get_fields (record, &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      const HpField *field = &fields[i];

      if (strcmp (field->name, "id") == 0)
        continue;
      if (hp_field_is_string (field))
        {
          const char *text = hp_record_get_string (record, field);

          if (text != NULL && *text != '\0')
            json_object_set_string_member (object, field->name, text);
        }
      else if (field->kind == HP_FIELD_ENUM &&
               ((field->flags & HP_FIELD_FLAG_REQUIRED) || hp_record_get_int (record, field) != 0))
        json_object_set_string_member (object, field->name,
                                       hp_enum_get_nick (field->get_type (),
                                                         hp_record_get_int (record, field)));
      else if (field->kind == HP_FIELD_BOOLEAN)
        json_object_set_boolean_member (object, field->name, hp_record_get_int (record, field));
      else if (field->kind == HP_FIELD_INT)
        json_object_set_int_member (object, field->name, hp_record_get_int (record, field));
    }
  json_node_take_object (node, object);
  return node;
}

/**
 * hp_catalogue_to_bytes:
 *
 * The catalogue as a file: the top-level members it defines (those of the
 * file it was read from, or of all its layers), which
 * hp_catalogue_load_bytes() reads back equal.
 *
 * Returns: (transfer full): UTF-8 JSON, ending with a newline
 */
GBytes *
hp_catalogue_to_bytes (HpCatalogue *self)
{
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  char *text;
  gsize length;

  g_return_val_if_fail (HP_IS_CATALOGUE (self), NULL);

  object = json_object_new ();
  json_object_set_string_member (object, "format", HP_CATALOGUE_FORMAT);
  json_object_set_int_member (object, "version", HP_CATALOGUE_VERSION);
  if (self->defined & HP_CATALOGUE_MEMBER_NAME)
    json_object_set_string_member (object, "name", self->name);
  if (self->defined & HP_CATALOGUE_MEMBER_ITEMS)
    {
      JsonArray *array = json_array_sized_new (self->items->len);

      for (guint i = 0; i < self->items->len; i++)
        json_array_add_element (array, item_node (&g_array_index (self->items, HpCatalogueItem, i)));
      json_object_set_array_member (object, "items", array);
    }
  if (self->defined & HP_CATALOGUE_MEMBER_MEASURES)
    {
      JsonArray *array = json_array_sized_new (self->measures->len);

      for (guint i = 0; i < self->measures->len; i++)
        json_array_add_element (array, measure_node (&g_array_index (self->measures,
                                                                     HpCatalogueMeasure, i)));
      json_object_set_array_member (object, "measures", array);
    }
  if (self->defined & HP_CATALOGUE_MEMBER_CONTACTS)
    {
      GListModel *contacts = G_LIST_MODEL (self->contacts);
      JsonArray *array = json_array_sized_new (g_list_model_get_n_items (contacts));

      for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
        {
          g_autoptr(HpContact) contact = g_list_model_get_item (contacts, i);

          json_array_add_element (array, contact_node (contact));
        }
      json_object_set_array_member (object, "contacts", array);
    }
  if (self->defined & HP_CATALOGUE_MEMBER_CONSENT_WORDING)
    json_object_set_string_member (object, "consent_wording", self->consent_wording);

  root = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (root, object);
  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, &length);

  text = g_realloc (text, length + 2);
  text[length++] = '\n';
  text[length] = '\0';
  return g_bytes_new_take (text, length);
}

/**
 * hp_catalogue_get_user_path:
 *
 * Returns: (transfer none) (nullable): the user's own catalogue file, the
 * last layer of a catalogue loaded from files (hp_catalogue_load_system(),
 * hp_catalogue_load_files()); %NULL for one that was not
 */
const char *
hp_catalogue_get_user_path (HpCatalogue *self)
{
  guint n;

  g_return_val_if_fail (HP_IS_CATALOGUE (self), NULL);

  n = self->paths != NULL ? g_strv_length (self->paths) : 0;
  return n > 0 ? self->paths[n - 1] : NULL;
}

/* Saving one entry */

typedef enum
{
  ENTRY_ITEM,
  ENTRY_MEASURE,
  ENTRY_CONTACT,
} EntryKind;

static const HpCatalogueMembers entry_members[] = {
  [ENTRY_ITEM] = HP_CATALOGUE_MEMBER_ITEMS,
  [ENTRY_MEASURE] = HP_CATALOGUE_MEMBER_MEASURES,
  [ENTRY_CONTACT] = HP_CATALOGUE_MEMBER_CONTACTS,
};

/* The user's file as it is now: empty when it does not exist; %NULL with
 * @error when it exists but cannot be used (it is then left alone). */
static HpCatalogue *
load_user_layer (const char  *path,
                 GError     **error)
{
  g_autofree char *origin = g_filename_display_name (path);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  HpCatalogueMembers defined;
  HpCatalogue *layer;

  bytes = hp_catalogue_read_file (path, origin, &local_error);
  if (bytes == NULL && g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return g_object_new (HP_TYPE_CATALOGUE, NULL);
  if (bytes != NULL)
    layer = hp_catalogue_parse (bytes, origin, &defined, &local_error);
  else
    layer = NULL;

  if (layer == NULL)
    g_set_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_WRITE,
                 /* Translators: %s says what is wrong in the file, naming it */
                 _("Your catalogue cannot be read, so nothing was saved in it; correct or "
                   "remove the file first. %s"), local_error->message);
  return layer;
}

static guint
list_length (HpCatalogue *layer,
             EntryKind    kind)
{
  switch (kind)
    {
    case ENTRY_ITEM:
      return layer->items->len;
    case ENTRY_MEASURE:
      return layer->measures->len;
    case ENTRY_CONTACT:
    default:
      return g_list_model_get_n_items (G_LIST_MODEL (layer->contacts));
    }
}

static gboolean
same_key (const char *a,
          const char *b)
{
  g_autofree char *ka = hp_catalogue_duplicate_key (a != NULL ? a : "");
  g_autofree char *kb = hp_catalogue_duplicate_key (b != NULL ? b : "");

  return strcmp (ka, kb) == 0;
}

/* The name under which @entry is already in @layer's list, or %NULL.
 * Items and measures by their name, as the reader refuses a repeated one
 * (regardless of case and spaces); contacts, whose names may repeat (two
 * officers of one station), by kind, name and organisation together. */
static const char *
find_duplicate (HpCatalogue   *layer,
                EntryKind      kind,
                gconstpointer  entry)
{
  switch (kind)
    {
    case ENTRY_ITEM:
      for (guint i = 0; i < layer->items->len; i++)
        if (same_key (g_array_index (layer->items, HpCatalogueItem, i).name,
                      ((const HpCatalogueItem *) entry)->name))
          return ((const HpCatalogueItem *) entry)->name;
      return NULL;
    case ENTRY_MEASURE:
      for (guint i = 0; i < layer->measures->len; i++)
        if (same_key (g_array_index (layer->measures, HpCatalogueMeasure, i).title,
                      ((const HpCatalogueMeasure *) entry)->title))
          return ((const HpCatalogueMeasure *) entry)->title;
      return NULL;
    case ENTRY_CONTACT:
      {
        HpContact *contact = (HpContact *) entry;
        GListModel *list = G_LIST_MODEL (layer->contacts);

        for (guint i = 0; i < g_list_model_get_n_items (list); i++)
          {
            g_autoptr(HpContact) other = g_list_model_get_item (list, i);

            if (other->kind == contact->kind && same_key (other->name, contact->name) &&
                same_key (other->organisation, contact->organisation))
              return *contact->name != '\0' ? contact->name : contact->organisation;
          }
        return NULL;
      }
    default:
      g_assert_not_reached ();
    }
}

static void
append_entry (HpCatalogue   *layer,
              EntryKind      kind,
              gconstpointer  entry)
{
  switch (kind)
    {
    case ENTRY_ITEM:
      {
        HpCatalogueItem copy = *(const HpCatalogueItem *) entry;

        copy.name = g_strdup (copy.name);
        g_array_append_val (layer->items, copy);
      }
      break;
    case ENTRY_MEASURE:
      {
        const HpCatalogueMeasure *m = entry;
        HpCatalogueMeasure copy = { g_strdup (m->title),
                                    g_strdup (m->responsible != NULL ? m->responsible : "") };

        g_array_append_val (layer->measures, copy);
      }
      break;
    case ENTRY_CONTACT:
      g_list_store_append (layer->contacts, (gpointer) entry);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Starts the list of @kind in @layer from the layers below the user's
 * file, when the user's file does not define it yet. */
static void
start_list_from_below (HpCatalogue *layer,
                       HpCatalogue *self,
                       EntryKind    kind)
{
  g_autoptr(GPtrArray) below = g_ptr_array_new_null_terminated (2, NULL, TRUE);
  g_autoptr(HpCatalogue) lower = NULL;

  if (layer->defined & entry_members[kind])
    return;

  for (guint i = 0; self->paths[i] != NULL && self->paths[i + 1] != NULL; i++)
    g_ptr_array_add (below, self->paths[i]);
  lower = hp_catalogue_load_files ((const char * const *) below->pdata, NULL);

  for (guint i = 0; i < list_length (lower, kind); i++)
    {
      if (kind == ENTRY_CONTACT)
        {
          g_autoptr(HpRecord) contact = g_list_model_get_item (G_LIST_MODEL (lower->contacts), i);
          g_autoptr(HpRecord) copy = hp_record_copy (contact);

          append_entry (layer, kind, copy);
        }
      else if (kind == ENTRY_ITEM)
        append_entry (layer, kind, &g_array_index (lower->items, HpCatalogueItem, i));
      else
        append_entry (layer, kind, &g_array_index (lower->measures, HpCatalogueMeasure, i));
    }
  layer->defined |= entry_members[kind];
}

static gboolean
save_entry (HpCatalogue    *self,
            EntryKind       kind,
            gconstpointer   entry,
            GError        **error)
{
  const char *path = hp_catalogue_get_user_path (self);
  g_autoptr(HpCatalogue) layer = NULL;
  g_autoptr(HpCatalogue) check = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *dir = NULL;
  HpCatalogueMembers defined;
  const char *duplicate;

  if (path == NULL)
    {
      g_set_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_WRITE,
                   _("This catalogue has no file of your own to save in."));
      return FALSE;
    }

  layer = load_user_layer (path, error);
  if (layer == NULL)
    return FALSE;
  start_list_from_below (layer, self, kind);

  duplicate = find_duplicate (layer, kind, entry);
  if (duplicate != NULL)
    {
      g_set_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_INVALID,
                   /* Translators: %s is the name of an item, a measure or a contact */
                   _("“%s” is already in your catalogue."), duplicate);
      return FALSE;
    }
  if (list_length (layer, kind) >= HP_CATALOGUE_MAX_LIST)
    {
      g_set_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_TOO_LARGE,
                   _("Your catalogue already holds %d entries in this list, the most a catalogue "
                     "may have."), HP_CATALOGUE_MAX_LIST);
      return FALSE;
    }
  append_entry (layer, kind, entry);

  /* What is written must load again: an entry the reader would refuse
   * (a line break in a name, an empty title) is refused here, with the
   * reader's own message, and the file is left as it was. */
  bytes = hp_catalogue_to_bytes (layer);
  check = hp_catalogue_parse (bytes, path, &defined, &local_error);
  if (check == NULL)
    {
      g_set_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_INVALID,
                   /* Translators: %s is the reader's message about the entry */
                   _("Nothing was saved in your catalogue: %s"), local_error->message);
      return FALSE;
    }

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *shown = g_filename_display_name (dir);

      g_set_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_WRITE,
                   _("The folder %s cannot be made: %s"), shown, g_strerror (saved_errno));
      return FALSE;
    }
  if (!hp_atomic_file_write_bytes (path, bytes, HP_FORMAT_ERROR, HP_FORMAT_ERROR_WRITE, error))
    return FALSE;

  hp_catalogue_reload (self);
  return TRUE;
}

/**
 * hp_catalogue_save_item:
 * @self: a catalogue loaded from files
 * @item: the item suggestion to add
 * @error: why nothing was saved: the user's file cannot be read, the name
 *   is there already, or the file cannot be written
 *
 * Adds @item to the user's own catalogue file (hp_catalogue_get_user_path()),
 * written atomically and readable by the user only, and reads @self again
 * (::changed).  On failure the file is as it was.
 */
gboolean
hp_catalogue_save_item (HpCatalogue            *self,
                        const HpCatalogueItem  *item,
                        GError                **error)
{
  g_return_val_if_fail (HP_IS_CATALOGUE (self), FALSE);
  g_return_val_if_fail (item != NULL && item->name != NULL, FALSE);

  return save_entry (self, ENTRY_ITEM, item, error);
}

/* The same for a safety measure. */
gboolean
hp_catalogue_save_measure (HpCatalogue               *self,
                           const HpCatalogueMeasure  *measure,
                           GError                   **error)
{
  g_return_val_if_fail (HP_IS_CATALOGUE (self), FALSE);
  g_return_val_if_fail (measure != NULL && measure->title != NULL, FALSE);

  return save_entry (self, ENTRY_MEASURE, measure, error);
}

/**
 * hp_catalogue_save_contact:
 *
 * The same for a contact of a plan: only a kind that fits a catalogue
 * (hp_contact_kind_fits_catalogue()), and only what
 * hp_contact_dup_for_catalogue() keeps of it.
 */
gboolean
hp_catalogue_save_contact (HpCatalogue  *self,
                           HpContact    *contact,
                           GError      **error)
{
  g_autoptr(HpContact) kept = NULL;

  g_return_val_if_fail (HP_IS_CATALOGUE (self), FALSE);
  g_return_val_if_fail (HP_IS_CONTACT (contact), FALSE);

  kept = hp_contact_dup_for_catalogue (contact);
  if (kept == NULL)
    {
      g_set_error (error, HP_FORMAT_ERROR, HP_FORMAT_ERROR_INVALID,
                   _("Only the local routine’s contacts can be saved in the catalogue: the "
                     "police, a security company, a handover site, a women’s shelter or an "
                     "interpreter. A relative, a lawyer or another person belongs to this plan "
                     "only."));
      return FALSE;
    }
  return save_entry (self, ENTRY_CONTACT, kept, error);
}
