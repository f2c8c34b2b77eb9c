/* hp-enums.h: the enumerations of a plan
 *
 * The GEnum types are generated (hp-enum-types.h).  Their nicks are the
 * stable English words used in the file ("if-possible"); the first value of
 * each is its default.  hp_enum_get_label() gives the translated label.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  HP_PROTECTION_NONE,
  HP_PROTECTION_CONFIDENTIALITY_MARKING,
  HP_PROTECTION_PROTECTED_REGISTRATION,
  HP_PROTECTION_FICTITIOUS_IDENTITY,
} HpProtection;

typedef enum
{
  HP_HOME_HOLDER_UNKNOWN,
  HP_HOME_HOLDER_CLIENT,
  HP_HOME_HOLDER_OTHER_PARTY,
  HP_HOME_HOLDER_JOINT,
  HP_HOME_HOLDER_OTHER,
} HpHomeHolder;

typedef enum
{
  HP_ANSWER_UNKNOWN,
  HP_ANSWER_YES,
  HP_ANSWER_NO,
} HpAnswer;

typedef enum
{
  HP_RISK_SUBJECT_CLIENT,
  HP_RISK_SUBJECT_STAFF,
} HpRiskSubject;

typedef enum
{
  HP_INSTRUMENT_FREDA_SHORT,
  HP_INSTRUMENT_FREDA_DESCRIPTION,
  HP_INSTRUMENT_FREDA_DANGEROUSNESS,
  HP_INSTRUMENT_SARA,
  HP_INSTRUMENT_PATRIARK,
  HP_INSTRUMENT_OTHER,
} HpInstrument;

typedef enum
{
  HP_RISK_LEVEL_UNKNOWN,
  HP_RISK_LEVEL_LOW,
  HP_RISK_LEVEL_MODERATE,
  HP_RISK_LEVEL_HIGH,
} HpRiskLevel;

typedef enum
{
  HP_RESTRAINING_ORDER_NONE,
  HP_RESTRAINING_ORDER_APPLIED,
  HP_RESTRAINING_ORDER_IN_FORCE,
} HpRestrainingOrder;

typedef enum
{
  HP_DECISION_UNDECIDED,
  HP_DECISION_GO,
  HP_DECISION_NO_GO,
  HP_DECISION_POSTPONED,
} HpDecision;

typedef enum
{
  HP_SUPPORT_WAY_ACCOMPANY,
  HP_SUPPORT_WAY_NEUTRAL_SITE,
  HP_SUPPORT_WAY_OFFICE,
  HP_SUPPORT_WAY_RELATIVES,
  HP_SUPPORT_WAY_SECURITY_COMPANY,
  HP_SUPPORT_WAY_POLICE,
} HpSupportWay;

typedef enum
{
  HP_STAFF_POSITION_OUTSIDE,
  HP_STAFF_POSITION_STAIRWELL,
  HP_STAFF_POSITION_ENTRANCE,
  HP_STAFF_POSITION_INSIDE,
  HP_STAFF_POSITION_NOT_PRESENT,
} HpStaffPosition;

typedef enum
{
  HP_CONTACT_KIND_POLICE,
  HP_CONTACT_KIND_SECURITY_COMPANY,
  HP_CONTACT_KIND_RELATIVE,
  HP_CONTACT_KIND_HANDOVER_SITE,
  HP_CONTACT_KIND_WOMENS_SHELTER,
  HP_CONTACT_KIND_INTERPRETER,
  HP_CONTACT_KIND_LAWYER,
  HP_CONTACT_KIND_OTHER,
} HpContactKind;

/* A contact's part in the visit: what each handover sheet carries follows
 * from it (hp_contact_get_effective_part()).  NOT_SET, the default, is what
 * a file from before parts were recorded holds. */
typedef enum
{
  HP_CONTACT_PART_NOT_SET,
  HP_CONTACT_PART_GOES_HOME,
  HP_CONTACT_PART_HANDOVER_PLACE,
  HP_CONTACT_PART_OFFICE,
  HP_CONTACT_PART_INFORMED_ONLY,
} HpContactPart;

typedef enum
{
  HP_ITEM_CATEGORY_IDENTITY,
  HP_ITEM_CATEGORY_MEDICINE,
  HP_ITEM_CATEGORY_AIDS,
  HP_ITEM_CATEGORY_CLOTHES,
  HP_ITEM_CATEGORY_FINANCE,
  HP_ITEM_CATEGORY_DOCUMENTS,
  HP_ITEM_CATEGORY_MEMENTOS,
  HP_ITEM_CATEGORY_CHILDRENS_THINGS,
  HP_ITEM_CATEGORY_ELECTRONICS,
  HP_ITEM_CATEGORY_KEYS,
  HP_ITEM_CATEGORY_OTHER,
} HpItemCategory;

typedef enum
{
  HP_PRIORITY_MUST,
  HP_PRIORITY_SHOULD,
  HP_PRIORITY_IF_POSSIBLE,
} HpPriority;

typedef enum
{
  HP_ITEM_STATUS_PLANNED,
  HP_ITEM_STATUS_RETRIEVED,
  HP_ITEM_STATUS_NOT_FOUND,
  HP_ITEM_STATUS_DAMAGED,
  HP_ITEM_STATUS_REFUSED,
  HP_ITEM_STATUS_LEFT_BEHIND,
} HpItemStatus;

typedef enum
{
  HP_VISIT_STATUS_PLANNED,
  HP_VISIT_STATUS_CARRIED_OUT,
  HP_VISIT_STATUS_ABORTED,
  HP_VISIT_STATUS_CANCELLED,
  HP_VISIT_STATUS_POSTPONED,
} HpVisitStatus;

typedef enum
{
  HP_CONSENT_PARTY_CLIENT,
  HP_CONSENT_PARTY_OTHER_RESIDENT,
  HP_CONSENT_PARTY_LANDLORD,
} HpConsentParty;

typedef enum
{
  HP_CONSENT_SCOPE_STAFF_PRESENT,
  HP_CONSENT_SCOPE_ENTER_HOME,
  HP_CONSENT_SCOPE_SHARE_INFORMATION,
  HP_CONSENT_SCOPE_CONTACT_OTHER_PARTY,
} HpConsentScope;

typedef enum
{
  HP_CONSENT_FORM_ORAL,
  HP_CONSENT_FORM_WRITTEN,
} HpConsentForm;

typedef enum
{
  HP_OUTCOME_NOT_YET,
  HP_OUTCOME_CARRIED_OUT,
  HP_OUTCOME_PARTLY,
  HP_OUTCOME_NOT_CARRIED_OUT,
} HpOutcome;

/* The sections of a plan, in the order the window and the full plan show them. */
typedef enum
{
  HP_SECTION_CASE,
  HP_SECTION_RISK,
  HP_SECTION_SUPPORT,
  HP_SECTION_CONTACTS,
  HP_SECTION_ITEMS,
  HP_SECTION_MEASURES,
  HP_SECTION_VISITS,
  HP_SECTION_CONSENTS,
  HP_SECTION_FOLLOW_UP,
} HpSection;

/* A disclosure log entry (hp-disclosure.h): which document left the office,
 * in which form, and who received it. */
typedef enum
{
  HP_DISCLOSURE_DOCUMENT_HANDOVER,
  HP_DISCLOSURE_DOCUMENT_CONSENT_RECORD,
} HpDisclosureDocument;

typedef enum
{
  HP_DISCLOSURE_FORM_PRINT,
  HP_DISCLOSURE_FORM_PDF,
  HP_DISCLOSURE_FORM_XML,
} HpDisclosureForm;

/* A handover sheet goes to a contact; the consent record on paper goes to
 * the client, to read and sign, and then to the case file; as XML it goes
 * into the case-management system, the case file. */
typedef enum
{
  HP_DISCLOSURE_RECIPIENT_CONTACT,
  HP_DISCLOSURE_RECIPIENT_CLIENT,
  HP_DISCLOSURE_RECIPIENT_CASE_FILE,
} HpDisclosureRecipient;

const char *hp_enum_get_nick      (GType       enum_type,
                                   int         value);
gboolean    hp_enum_from_nick     (GType       enum_type,
                                   const char *nick,
                                   int        *value);
const char *hp_enum_get_label     (GType       enum_type,
                                   int         value);
guint       hp_enum_get_n_values  (GType       enum_type);
char       *hp_enum_list_nicks    (GType       enum_type);

G_END_DECLS
