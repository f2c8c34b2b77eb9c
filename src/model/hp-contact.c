/* hp-contact.c: Someone who takes part in the plan: police, security company, relative, handover site ... */

#define G_LOG_DOMAIN "hp-contact"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-contact.h"

G_DEFINE_FINAL_TYPE (HpContact, hp_contact, HP_TYPE_RECORD)

static const HpField contact_fields[] = {
  { "id", HP_FIELD_STRING, G_STRUCT_OFFSET (HpContact, id), NULL,
    N_("Identifier"), HP_FIELD_FLAG_REQUIRED | HP_FIELD_FLAG_NOT_EMPTY, 0, 0 },
  { "kind", HP_FIELD_ENUM, G_STRUCT_OFFSET (HpContact, kind), hp_contact_kind_get_type,
    N_("Kind"), HP_FIELD_FLAG_REQUIRED, 0, 0 },
  { "part", HP_FIELD_ENUM, G_STRUCT_OFFSET (HpContact, part), hp_contact_part_get_type,
    N_("Part in the visit"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "name", HP_FIELD_STRING, G_STRUCT_OFFSET (HpContact, name), NULL,
    N_("Name"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "organisation", HP_FIELD_STRING, G_STRUCT_OFFSET (HpContact, organisation), NULL,
    N_("Organisation"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "phone", HP_FIELD_STRING, G_STRUCT_OFFSET (HpContact, phone), NULL,
    N_("Phone"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "address", HP_FIELD_TEXT, G_STRUCT_OFFSET (HpContact, address), NULL,
    N_("Address"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "role", HP_FIELD_TEXT, G_STRUCT_OFFSET (HpContact, role), NULL,
    N_("Role in the plan"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "request_date", HP_FIELD_DATE, G_STRUCT_OFFSET (HpContact, request_date), NULL,
    N_("Requested on"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "granted", HP_FIELD_ENUM, G_STRUCT_OFFSET (HpContact, granted), hp_answer_get_type,
    N_("Request granted"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "contact_person", HP_FIELD_STRING, G_STRUCT_OFFSET (HpContact, contact_person), NULL,
    N_("Contact person"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "note", HP_FIELD_TEXT, G_STRUCT_OFFSET (HpContact, note), NULL,
    N_("Note"), HP_FIELD_FLAG_NONE, 0, 0 },
};

static void
hp_contact_class_init (HpContactClass *klass)
{
  hp_record_class_install_fields (HP_RECORD_CLASS (klass), contact_fields, G_N_ELEMENTS (contact_fields));
}

static void
hp_contact_init (HpContact *self)
{
}

/**
 * hp_contact_new:
 *
 * Returns: (transfer full): a new, empty contact
 */
HpContact *
hp_contact_new (void)
{
  return g_object_new (HP_TYPE_CONTACT, NULL);
}

/**
 * hp_contact_get_effective_part:
 * @way: the plan's way of support
 *
 * The contact's part in the visit, which decides what its handover sheet
 * carries.  A part the caseworker chose is kept as it is.  When none is
 * chosen (a plan from before parts were recorded, or a new contact) it
 * follows from the kind and the way of support: the police or a security
 * company go to the home when staff, a security company or the police go
 * along; a relative goes there when relatives fetch the things; a handover
 * site is the handover place; everyone else is only informed.  This is the
 * one place that rule is kept.
 *
 * Returns: the part, never %HP_CONTACT_PART_NOT_SET
 */
HpContactPart
hp_contact_get_effective_part (HpContact    *self,
                               HpSupportWay  way)
{
  g_return_val_if_fail (HP_IS_CONTACT (self), HP_CONTACT_PART_INFORMED_ONLY);

  if (self->part != HP_CONTACT_PART_NOT_SET)
    return self->part;

  switch (self->kind)
    {
    case HP_CONTACT_KIND_SECURITY_COMPANY:
    case HP_CONTACT_KIND_POLICE:
      if (way == HP_SUPPORT_WAY_ACCOMPANY || way == HP_SUPPORT_WAY_SECURITY_COMPANY
          || way == HP_SUPPORT_WAY_POLICE)
        return HP_CONTACT_PART_GOES_HOME;
      return HP_CONTACT_PART_INFORMED_ONLY;
    case HP_CONTACT_KIND_RELATIVE:
      return way == HP_SUPPORT_WAY_RELATIVES ? HP_CONTACT_PART_GOES_HOME
                                             : HP_CONTACT_PART_INFORMED_ONLY;
    case HP_CONTACT_KIND_HANDOVER_SITE:
      return HP_CONTACT_PART_HANDOVER_PLACE;
    case HP_CONTACT_KIND_WOMENS_SHELTER:
    case HP_CONTACT_KIND_INTERPRETER:
    case HP_CONTACT_KIND_LAWYER:
    case HP_CONTACT_KIND_OTHER:
    default:
      return HP_CONTACT_PART_INFORMED_ONLY;
    }
}

/**
 * hp_contact_kind_fits_catalogue:
 *
 * Whether a contact of @kind may be kept in a catalogue, which is not
 * secret as a plan is and serves every case: the local routine's own
 * contacts (the police, a security company, a neutral handover site, a
 * women's shelter, an interpreting service).  A relative, a lawyer (the
 * client's own counsel) and "other" (often a private person) belong to
 * one case only.  This is the one place that rule is kept.
 */
gboolean
hp_contact_kind_fits_catalogue (HpContactKind kind)
{
  switch (kind)
    {
    case HP_CONTACT_KIND_POLICE:
    case HP_CONTACT_KIND_SECURITY_COMPANY:
    case HP_CONTACT_KIND_HANDOVER_SITE:
    case HP_CONTACT_KIND_WOMENS_SHELTER:
    case HP_CONTACT_KIND_INTERPRETER:
      return TRUE;
    case HP_CONTACT_KIND_RELATIVE:
    case HP_CONTACT_KIND_LAWYER:
    case HP_CONTACT_KIND_OTHER:
    default:
      return FALSE;
    }
}

/**
 * hp_contact_dup_for_catalogue:
 *
 * What of @self a catalogue keeps: the kind, name, organisation, phone and
 * address.  What belongs to this plan's case is left out: the id, the part
 * in this visit, the role in this plan, the request and whether it was
 * granted, the contact person who handled it and the note.
 *
 * Returns: (transfer full) (nullable): the copy, or %NULL when the kind
 * may not be kept in a catalogue (hp_contact_kind_fits_catalogue())
 */
HpContact *
hp_contact_dup_for_catalogue (HpContact *self)
{
  HpContact *copy;

  g_return_val_if_fail (HP_IS_CONTACT (self), NULL);

  if (!hp_contact_kind_fits_catalogue (self->kind))
    return NULL;

  copy = hp_contact_new ();
  g_object_set (copy,
                "kind", self->kind,
                "name", self->name,
                "organisation", self->organisation,
                "phone", self->phone,
                "address", self->address,
                NULL);
  return copy;
}

static gboolean
is_person (HpContact *self)
{
  return self->kind == HP_CONTACT_KIND_RELATIVE ||
         self->kind == HP_CONTACT_KIND_LAWYER ||
         self->kind == HP_CONTACT_KIND_INTERPRETER ||
         self->kind == HP_CONTACT_KIND_OTHER;
}

/* A name field as it is shown: without surrounding spaces, %NULL when
 * nothing is left. */
static char *
dup_shown (const char *field)
{
  char *shown = g_strstrip (g_strdup (field != NULL ? field : ""));

  if (*shown == '\0')
    {
      g_free (shown);
      return NULL;
    }
  return shown;
}

/**
 * hp_contact_dup_display_name:
 * @self: a contact
 * @form: how it is to be named
 *
 * The one rule by which the window, the checks and the documents name a
 * contact.
 *
 * Returns: (transfer full) (nullable): the name; %NULL only for
 *   %HP_CONTACT_NAME_SHORT when the contact has neither name nor
 *   organisation
 */
char *
hp_contact_dup_display_name (HpContact         *self,
                             HpContactNameForm  form)
{
  g_autofree char *name = NULL;
  g_autofree char *organisation = NULL;
  const char *kind;

  g_return_val_if_fail (HP_IS_CONTACT (self), NULL);

  name = dup_shown (self->name);
  organisation = dup_shown (self->organisation);
  kind = hp_enum_get_label (HP_TYPE_CONTACT_KIND, self->kind);

  switch (form)
    {
    case HP_CONTACT_NAME_SHORT:
      if (is_person (self) ? name != NULL : organisation == NULL)
        return g_steal_pointer (&name);
      return g_steal_pointer (&organisation);

    case HP_CONTACT_NAME_FULL:
      if (name != NULL && organisation != NULL)
        /* Translators: a contact: name, organisation */
        return g_strdup_printf (C_("contact name", "%s, %s"), name, organisation);
      break;

    case HP_CONTACT_NAME_LISTED:
      if (name != NULL && organisation != NULL)
        /* Translators: a contact in a list: name, then organisation in
         * parentheses */
        return g_strdup_printf (C_("contact name", "%s (%s)"), name, organisation);
      break;

    case HP_CONTACT_NAME_KIND_FIRST:
      if (name != NULL && organisation != NULL)
        {
          g_autofree char *both = g_strdup_printf (C_("contact name", "%s, %s"),
                                                   organisation, name);

          /* Translators: a contact in the recipient list: its kind, then its
           * organisation and name, "Vaktbolag: Trygg AB, Johan Vakt" */
          return g_strdup_printf (C_("recipient", "%s: %s"), kind, both);
        }
      if (name != NULL || organisation != NULL)
        return g_strdup_printf (C_("recipient", "%s: %s"), kind,
                                name != NULL ? name : organisation);
      return g_strdup (kind);

    default:
      g_return_val_if_reached (NULL);
    }

  if (name != NULL)
    return g_steal_pointer (&name);
  if (organisation != NULL)
    return g_steal_pointer (&organisation);
  return g_strdup (kind);
}
