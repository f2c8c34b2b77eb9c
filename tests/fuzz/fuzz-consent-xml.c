/* fuzz-consent-xml.c: any plan that loads gives a valid consent record
 *
 * Properties: for every input that loads as a plan, hp_consent_xml_to_bytes
 * gives a document that libxml2 parses as well-formed XML, that
 * data/consent-record.xsd accepts, and that holds one <consent> for each
 * consent of the plan.
 */

#include "config.h"

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "hp-consent-xml.h"
#include "hp-fuzz.h"
#include "hp-model.h"
#include "hp-plan-file.h"

static xmlSchemaPtr schema;
static GString *xml_errors;

static void
collect_error (void        *user_data,
               xmlErrorPtr  error)
{
  if (xml_errors->len < 4096)
    g_string_append_printf (xml_errors, "line %d: %s", error->line,
                            error->message ? error->message : "(no message)\n");
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  const char *xsd = g_getenv ("HAMTPLAN_CONSENT_XSD");
  xmlSchemaParserCtxtPtr parser;

  hp_fuzz_setup ();
  xmlInitParser ();
  xml_errors = g_string_new (NULL);
  xmlSetStructuredErrorFunc (NULL, collect_error);

  if (xsd == NULL || *xsd == '\0')
    xsd = HP_CONSENT_XSD;
  parser = xmlSchemaNewParserCtxt (xsd);
  schema = xmlSchemaParse (parser);
  xmlSchemaFreeParserCtxt (parser);
  if (schema == NULL)
    hp_fuzz_fail ("cannot read the schema %s: %s", xsd, xml_errors->str);
  return 0;
}

static guint
count_consents (xmlDocPtr doc)
{
  xmlXPathContextPtr context = xmlXPathNewContext (doc);
  xmlXPathObjectPtr result;
  guint n = 0;

  xmlXPathRegisterNs (context, BAD_CAST "hp", BAD_CAST HP_CONSENT_XML_NAMESPACE);
  result = xmlXPathEvalExpression (BAD_CAST "/hp:consent-record/hp:consents/hp:consent", context);
  if (result != NULL && result->nodesetval != NULL)
    n = (guint) result->nodesetval->nodeNr;
  xmlXPathFreeObject (result);
  xmlXPathFreeContext (context);
  return n;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(HpPlan) plan = NULL;
  g_autoptr(GBytes) xml = NULL;
  xmlSchemaValidCtxtPtr validator;
  xmlDocPtr doc;
  const char *text;
  gsize length;
  guint n_consents;
  int rc;

  plan = hp_plan_file_load_bytes (bytes, NULL);
  if (plan == NULL)
    return 0;

  xml = hp_consent_xml_to_bytes (plan);
  if (xml == NULL)
    hp_fuzz_fail ("a plan that loaded gives no consent record");
  text = g_bytes_get_data (xml, &length);

  g_string_truncate (xml_errors, 0);
  doc = xmlReadMemory (text, (int) length, "consent-record.xml", "UTF-8", XML_PARSE_NONET);
  if (doc == NULL)
    hp_fuzz_fail ("the consent record is not well-formed XML: %s\n--- record:\n%.*s",
                  xml_errors->str, (int) MIN (length, 8192), text);

  validator = xmlSchemaNewValidCtxt (schema);
  rc = xmlSchemaValidateDoc (validator, doc);
  xmlSchemaFreeValidCtxt (validator);
  if (rc != 0)
    hp_fuzz_fail ("the schema refuses the consent record (%d): %s\n--- record:\n%.*s",
                  rc, xml_errors->str, (int) MIN (length, 8192), text);

  n_consents = count_consents (doc);
  xmlFreeDoc (doc);
  if (n_consents != g_list_model_get_n_items (G_LIST_MODEL (plan->consents)))
    hp_fuzz_fail ("the record holds %u consents, the plan %u", n_consents,
                  g_list_model_get_n_items (G_LIST_MODEL (plan->consents)));

  return 0;
}
