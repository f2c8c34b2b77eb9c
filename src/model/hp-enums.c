/* hp-enums.c: nicks and translated labels of the plan's enumerations */

#define G_LOG_DOMAIN "hp-enums"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-enum-types.h"
#include "hp-enums.h"

typedef struct
{
  GType      (*get_type) (void);
  const char  *labels[16];
} LabelTable;

/* In the order of the enum values. */
static const LabelTable label_tables[] = {
  { hp_protection_get_type, {
      N_("No protected personal data"),
      N_("Confidentiality marking"),
      N_("Protected population registration"),
      N_("Fictitious personal data") } },
  { hp_home_holder_get_type, {
      N_("Not known"),
      N_("The client"),
      N_("The other party"),
      N_("Both jointly"),
      N_("Someone else") } },
  { hp_answer_get_type, {
      N_("Not known"),
      N_("Yes"),
      N_("No") } },
  { hp_risk_subject_get_type, {
      N_("Risk to the client"),
      N_("Risk to staff") } },
  { hp_instrument_get_type, {
      N_("FREDA short questions"),
      N_("FREDA description"),
      N_("FREDA dangerousness assessment"),
      N_("SARA"),
      N_("PATRIARK"),
      N_("Other method") } },
  { hp_risk_level_get_type, {
      N_("Not stated"),
      N_("Low"),
      N_("Moderate"),
      N_("High") } },
  { hp_restraining_order_get_type, {
      N_("No restraining order"),
      N_("Applied for"),
      N_("In force") } },
  { hp_decision_get_type, {
      N_("Not decided"),
      N_("Go ahead"),
      N_("Do not go ahead"),
      N_("Postponed") } },
  { hp_support_way_get_type, {
      N_("Staff go with the client to the home"),
      N_("The other party hands over at a neutral place"),
      N_("The other party brings the things to the office"),
      N_("Relatives or friends fetch the things"),
      N_("A security company goes along"),
      N_("The police go along or are at hand") } },
  { hp_staff_position_get_type, {
      N_("Outside the building"),
      N_("In the stairwell"),
      N_("At the entrance"),
      N_("Inside the home, with consent"),
      N_("Staff are not present") } },
  { hp_contact_kind_get_type, {
      N_("Police"),
      N_("Security company"),
      N_("Relative or friend"),
      N_("Neutral handover site"),
      N_("Women's shelter"),
      N_("Interpreter"),
      N_("Lawyer"),
      N_("Other contact") } },
  { hp_contact_part_get_type, {
      N_("Not stated: follows from the kind and the way of support"),
      N_("Goes to the home"),
      N_("At the handover place"),
      N_("Receives at the office"),
      N_("Informed only") } },
  { hp_item_category_get_type, {
      N_("Identity documents"),
      N_("Medicines"),
      N_("Glasses and aids"),
      N_("Clothes"),
      N_("Bank and money"),
      N_("Papers and certificates"),
      N_("Photographs and keepsakes"),
      N_("Children's things"),
      N_("Phones and computers"),
      N_("Keys"),
      N_("Other things") } },
  { hp_priority_get_type, {
      N_("Must"),
      N_("Should"),
      N_("If possible") } },
  { hp_item_status_get_type, {
      N_("Not yet fetched"),
      N_("Fetched"),
      N_("Not found"),
      N_("Damaged"),
      N_("The other party refused"),
      N_("Left behind") } },
  { hp_visit_status_get_type, {
      N_("Planned"),
      N_("Carried out"),
      N_("Broken off"),
      N_("Cancelled"),
      N_("Postponed") } },
  { hp_consent_party_get_type, {
      N_("The client"),
      N_("The other resident"),
      N_("The landlord or owner") } },
  { hp_consent_scope_get_type, {
      N_("Staff present at the home"),
      N_("Staff enter the home"),
      N_("Share information with a recipient"),
      N_("Contact the other party") } },
  { hp_consent_form_get_type, {
      N_("Oral"),
      N_("Written") } },
  { hp_outcome_get_type, {
      N_("Not yet"),
      N_("Carried out"),
      N_("Partly carried out"),
      N_("Not carried out") } },
  { hp_section_get_type, {
      N_("Case"),
      N_("Risk and decision"),
      N_("Way of support and carrying out"),
      N_("Contacts"),
      N_("Belongings"),
      N_("Safety measures"),
      N_("Visits"),
      N_("Consents"),
      N_("Follow-up") } },
  { hp_disclosure_document_get_type, {
      N_("Handover sheet"),
      N_("Consent record") } },
  { hp_disclosure_form_get_type, {
      N_("Printed"),
      N_("PDF"),
      N_("XML") } },
  { hp_disclosure_recipient_get_type, {
      N_("A contact"),
      N_("The client, to sign"),
      N_("The case file") } },
};

guint
hp_enum_get_n_values (GType enum_type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);

  return klass->n_values;
}

/* Returns: (transfer none) (nullable): the stable nick used in files */
const char *
hp_enum_get_nick (GType enum_type,
                  int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  return ev != NULL ? ev->value_nick : NULL;
}

gboolean
hp_enum_from_nick (GType       enum_type,
                   const char *nick,
                   int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value_by_nick (klass, nick);

  if (ev == NULL)
    return FALSE;
  *value = ev->value;
  return TRUE;
}

/**
 * hp_enum_list_nicks:
 *
 * Returns: (transfer full): the nicks of @enum_type separated by ", ", for
 * error messages
 */
char *
hp_enum_list_nicks (GType enum_type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    {
      if (i > 0)
        g_string_append (s, ", ");
      g_string_append (s, klass->values[i].value_nick);
    }
  return g_string_free (s, FALSE);
}

/* Returns: (transfer none): the translated label of @value */
const char *
hp_enum_get_label (GType enum_type,
                   int   value)
{
  for (guint i = 0; i < G_N_ELEMENTS (label_tables); i++)
    {
      if (label_tables[i].get_type () != enum_type)
        continue;

      g_return_val_if_fail (value >= 0 && value < (int) G_N_ELEMENTS (label_tables[i].labels), "");
      g_return_val_if_fail (label_tables[i].labels[value] != NULL, "");
      return _(label_tables[i].labels[value]);
    }

  g_return_val_if_reached ("");
}
