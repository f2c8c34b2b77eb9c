/* hp-consent-xml.h: the consent record as XML for the case-management system
 *
 * The document is valid against data/consent-record.xsd, namespace
 * HP_CONSENT_XML_NAMESPACE.  Enumerated values are the stable English nicks
 * of the file format ("share-information", "yes"); dates are xs:date.
 * Whatever the plan's strings hold, the output is well-formed XML 1.0:
 * characters XML forbids are removed or replaced (see
 * hp_consent_xml_clean_text).
 */
#pragma once

#include <gio/gio.h>

#include "hp-plan.h"

G_BEGIN_DECLS

#define HP_CONSENT_XML_NAMESPACE "urn:hamtplan:samtycke:1"
#define HP_CONSENT_XML_VERSION   "1.0"

GBytes   *hp_consent_xml_to_bytes     (HpPlan      *plan);
gboolean  hp_export_consent_xml       (HpPlan      *plan,
                                       const char  *path,
                                       GError     **error);

char     *hp_consent_xml_clean_text   (const char  *text);

G_END_DECLS
