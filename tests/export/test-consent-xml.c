/* test-consent-xml.c: the consent record as XML is valid against
 * data/consent-record.xsd and carries every consent, whatever the strings hold
 *
 * Run as `test-consent-xml --write OUT.xml` it writes the hostile sample plan's
 * record with hp_export_consent_xml and exits: the xmllint test checks that
 * file with the command-line validator.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "hp-consent-xml.h"
#include "hp-export.h"
#include "hp-model.h"

/* RTL text, emoji, control characters, invalid UTF-8, an encoded lone
 * surrogate and the non-characters U+FFFE / U+FFFF. */
#define ARABIC   "مريم أحمد"
#define HEBREW   "שרה כהן"
#define EMOJI    "👜🔑🧸"
#define HOSTILE  "A\x01" "B\x02\x1b[31m" "C\x7f\x0b" "D\x0c" "E\xff\xfe" "F\xed\xa0\x80" \
                 "G\xef\xbf\xbe" "H\xef\xbf\xbf" "I"

static HpContact *
add_contact (HpPlan        *plan,
             const char    *id,
             HpContactKind  kind,
             const char    *name,
             const char    *organisation)
{
  g_autoptr(HpContact) contact = hp_contact_new ();

  g_object_set (contact, "id", id, "kind", kind, "name", name, "organisation", organisation,
                "phone", "070-123 45 67", "address", "Storgatan 1", NULL);
  g_list_store_append (plan->contacts, contact);
  return contact;
}

static HpConsent *
add_consent (HpPlan         *plan,
             HpConsentParty  party,
             HpConsentScope  scope,
             HpAnswer        given,
             HpConsentForm   form)
{
  g_autoptr(HpConsent) consent = hp_consent_new ();

  g_object_set (consent, "party", party, "scope", scope, "given", given, "form", form, NULL);
  g_list_store_append (plan->consents, consent);
  return consent;
}

static HpPlan *
make_plan (void)
{
  HpPlan *plan = hp_plan_new ();
  HpConsent *consent;

  g_object_set (plan->case_info, "reference", "IFO 2026-1234", "client-name", "Anna Andersson",
                "client-phone", "073-999 88 77", "home-address", "Hemvägen 5",
                "caseworker-name", "Karin Berg", "caseworker-unit", "Vuxenenheten", NULL);
  add_contact (plan, "c1", HP_CONTACT_KIND_SECURITY_COMPANY, "Johan Vakt", "Trygg Bevakning AB");
  add_contact (plan, "c2", HP_CONTACT_KIND_RELATIVE, "Eva Syster", "");

  consent = add_consent (plan, HP_CONSENT_PARTY_CLIENT, HP_CONSENT_SCOPE_SHARE_INFORMATION,
                         HP_ANSWER_YES, HP_CONSENT_FORM_WRITTEN);
  g_object_set (consent, "party-name", "Anna Andersson", "recipient", "c1",
                "date", "2026-11-20", "recorded-by", "Karin Berg", "witness", "Per Lind",
                "limits", "Only the time and place of the visit.\nNot her new address.",
                "valid-until", "2026-12-31", NULL);

  consent = add_consent (plan, HP_CONSENT_PARTY_OTHER_RESIDENT, HP_CONSENT_SCOPE_ENTER_HOME,
                         HP_ANSWER_NO, HP_CONSENT_FORM_ORAL);
  g_object_set (consent, "party-name", "Bo Andersson", "rooms", "Hall, bedroom",
                "date", "2026-11-21", NULL);

  consent = add_consent (plan, HP_CONSENT_PARTY_CLIENT, HP_CONSENT_SCOPE_SHARE_INFORMATION,
                         HP_ANSWER_YES, HP_CONSENT_FORM_ORAL);
  g_object_set (consent, "recipient", "c2", "date", "2026-11-20", "withdrawn-on", "2026-11-25",
                NULL);

  /* A recipient the plan no longer holds, and nothing else filled in. */
  consent = add_consent (plan, HP_CONSENT_PARTY_LANDLORD, HP_CONSENT_SCOPE_STAFF_PRESENT,
                         HP_ANSWER_UNKNOWN, HP_CONSENT_FORM_ORAL);
  g_object_set (consent, "recipient", "c9", NULL);

  return plan;
}

/* The plan above with every string of the record made hostile. */
static HpPlan *
make_hostile_plan (void)
{
  HpPlan *plan = make_plan ();
  g_autoptr(HpConsent) first = g_list_model_get_item (G_LIST_MODEL (plan->consents), 0);
  g_autoptr(HpConsent) second = g_list_model_get_item (G_LIST_MODEL (plan->consents), 1);
  g_autoptr(HpConsent) fourth = g_list_model_get_item (G_LIST_MODEL (plan->consents), 3);
  g_autoptr(HpContact) c1 = g_list_model_get_item (G_LIST_MODEL (plan->contacts), 0);

  g_object_set (plan->case_info, "reference", "IFO\x01 2026\x1f-1234 " EMOJI,
                "caseworker-name", HEBREW "\x07", "caseworker-unit", "\x03", NULL);
  g_object_set (c1, "name", ARABIC " " EMOJI, "organisation", HOSTILE, NULL);
  g_object_set (first, "party-name", ARABIC "\x08", "recorded-by", HOSTILE,
                "witness", HEBREW " " EMOJI, "limits", "Rad ett\r\nRad\ttvå\x0c" EMOJI " " HOSTILE,
                NULL);
  /* Strings that clean to nothing, and dates that are not dates. */
  g_object_set (second, "party-name", "\x01\x02", "rooms", "\x1b", "date", "2026-02-30",
                "witness", "<b>&amp;</b> \"'", NULL);
  g_object_set (fourth, "recipient", "c9\x01", "valid-until", "soon", "withdrawn-on", "\x01",
                NULL);
  return plan;
}

static xmlSchemaPtr
load_schema (void)
{
  static xmlSchemaPtr schema;

  if (schema == NULL)
    {
      xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt (CONSENT_XSD);

      g_assert_nonnull (parser);
      schema = xmlSchemaParse (parser);
      xmlSchemaFreeParserCtxt (parser);
      g_assert_nonnull (schema);
    }
  return schema;
}

static xmlDocPtr
parse (GBytes *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  xmlDocPtr doc;

  g_assert_true (g_utf8_validate (data, length, NULL));
  doc = xmlReadMemory (data, (int) length, "consent.xml", NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  return doc;
}

static void
assert_valid (xmlDocPtr doc)
{
  xmlSchemaValidCtxtPtr ctxt = xmlSchemaNewValidCtxt (load_schema ());
  int rc = xmlSchemaValidateDoc (ctxt, doc);

  xmlSchemaFreeValidCtxt (ctxt);
  g_assert_cmpint (rc, ==, 0);
}

/* Writes, parses and validates the record of @plan. */
static xmlDocPtr
to_valid_doc (HpPlan *plan)
{
  g_autoptr(GBytes) bytes = hp_consent_xml_to_bytes (plan);
  xmlDocPtr doc;

  g_assert_nonnull (bytes);
  doc = parse (bytes);
  assert_valid (doc);
  return doc;
}

/* Returns: (transfer full): the string value of @expr, "" when nothing matches */
static char *
xpath_string (xmlDocPtr   doc,
              const char *expr)
{
  xmlXPathContextPtr ctxt = xmlXPathNewContext (doc);
  g_autofree char *wrapped = g_strdup_printf ("string(%s)", expr);
  xmlXPathObjectPtr result;
  char *value;

  xmlXPathRegisterNs (ctxt, BAD_CAST "s", BAD_CAST HP_CONSENT_XML_NAMESPACE);
  result = xmlXPathEvalExpression (BAD_CAST wrapped, ctxt);
  g_assert_nonnull (result);
  value = g_strdup ((const char *) result->stringval);
  xmlXPathFreeObject (result);
  xmlXPathFreeContext (ctxt);
  return value;
}

static double
xpath_number (xmlDocPtr   doc,
              const char *expr)
{
  xmlXPathContextPtr ctxt = xmlXPathNewContext (doc);
  xmlXPathObjectPtr result;
  double value;

  xmlXPathRegisterNs (ctxt, BAD_CAST "s", BAD_CAST HP_CONSENT_XML_NAMESPACE);
  result = xmlXPathEvalExpression (BAD_CAST expr, ctxt);
  g_assert_nonnull (result);
  value = xmlXPathCastToNumber (result);
  xmlXPathFreeObject (result);
  xmlXPathFreeContext (ctxt);
  return value;
}

#define assert_xpath(doc, expr, expected) \
  G_STMT_START { \
    g_autofree char *_v = xpath_string ((doc), (expr)); \
    g_assert_cmpstr (_v, ==, (expected)); \
  } G_STMT_END

static void
test_valid_and_complete (void)
{
  g_autoptr(HpPlan) plan = make_plan ();
  xmlDocPtr doc = to_valid_doc (plan);
  xmlNodePtr root = xmlDocGetRootElement (doc);
  g_autofree char *today = hp_date_today ();

  g_assert_cmpstr ((const char *) root->name, ==, "consent-record");
  g_assert_nonnull (root->ns);
  g_assert_cmpstr ((const char *) root->ns->href, ==, "urn:hamtplan:samtycke:1");
  assert_xpath (doc, "/s:consent-record/@version", "1.0");
  assert_xpath (doc, "/s:consent-record/@created", today);

  assert_xpath (doc, "/s:consent-record/s:case/s:reference", "IFO 2026-1234");
  assert_xpath (doc, "/s:consent-record/s:case/s:caseworker/s:name", "Karin Berg");
  assert_xpath (doc, "/s:consent-record/s:case/s:caseworker/s:unit", "Vuxenenheten");
  assert_xpath (doc, "/s:consent-record/s:legal-basis/@basis", "public-task");
  assert_xpath (doc, "/s:consent-record/s:legal-basis/@lang", "en");
  g_assert_cmpfloat (xpath_number (doc, "string-length(/s:consent-record/s:legal-basis)"), >, 100);
  g_assert_cmpfloat (xpath_number (doc, "count(/s:consent-record/s:legal-basis"
                                         "[contains(., 'public interest')])"), ==, 1);
  g_assert_cmpfloat (xpath_number (doc, "count(//s:right-to-withdraw[contains(., 'withdrawn')])"),
                     ==, 1);

  g_assert_cmpfloat (xpath_number (doc, "count(//s:consents/s:consent)"), ==, 4);

  /* The first consent, every field. */
  assert_xpath (doc, "//s:consent[1]/s:party", "client");
  assert_xpath (doc, "//s:consent[1]/s:party-name", "Anna Andersson");
  assert_xpath (doc, "//s:consent[1]/s:scope", "share-information");
  assert_xpath (doc, "//s:consent[1]/s:recipient/@ref", "c1");
  assert_xpath (doc, "//s:consent[1]/s:recipient/s:kind", "security-company");
  assert_xpath (doc, "//s:consent[1]/s:recipient/s:name", "Johan Vakt");
  assert_xpath (doc, "//s:consent[1]/s:recipient/s:organisation", "Trygg Bevakning AB");
  assert_xpath (doc, "//s:consent[1]/s:given", "yes");
  assert_xpath (doc, "//s:consent[1]/s:form", "written");
  assert_xpath (doc, "//s:consent[1]/s:date", "2026-11-20");
  assert_xpath (doc, "//s:consent[1]/s:recorded-by", "Karin Berg");
  assert_xpath (doc, "//s:consent[1]/s:witness", "Per Lind");
  assert_xpath (doc, "//s:consent[1]/s:limits",
                "Only the time and place of the visit.\nNot her new address.");
  assert_xpath (doc, "//s:consent[1]/s:valid-until", "2026-12-31");
  g_assert_cmpfloat (xpath_number (doc, "count(//s:consent[1]/s:withdrawn-on)"), ==, 0);

  assert_xpath (doc, "//s:consent[2]/s:party", "other-resident");
  assert_xpath (doc, "//s:consent[2]/s:scope", "enter-home");
  assert_xpath (doc, "//s:consent[2]/s:rooms", "Hall, bedroom");
  assert_xpath (doc, "//s:consent[2]/s:given", "no");
  assert_xpath (doc, "//s:consent[2]/s:form", "oral");
  g_assert_cmpfloat (xpath_number (doc, "count(//s:consent[2]/s:recipient)"), ==, 0);

  assert_xpath (doc, "//s:consent[3]/s:recipient/s:kind", "relative");
  assert_xpath (doc, "//s:consent[3]/s:withdrawn-on", "2026-11-25");
  g_assert_cmpfloat (xpath_number (doc, "count(//s:consent[3]/s:recipient/s:organisation)"), ==, 0);

  /* A recipient that is gone keeps its reference, and nothing is made up. */
  assert_xpath (doc, "//s:consent[4]/s:party", "landlord");
  assert_xpath (doc, "//s:consent[4]/s:given", "unknown");
  assert_xpath (doc, "//s:consent[4]/s:recipient/@ref", "c9");
  g_assert_cmpfloat (xpath_number (doc, "count(//s:consent[4]/s:recipient/*)"), ==, 0);
  g_assert_cmpfloat (xpath_number (doc, "count(//s:consent[4]/s:date)"), ==, 0);

  xmlFreeDoc (doc);
}

/* The record is for the case-management system: the client's contact
 * details and whereabouts, and the recipients' phones, are not in it. */
static void
test_no_needless_personal_data (void)
{
  g_autoptr(HpPlan) plan = make_plan ();
  g_autoptr(GBytes) bytes = hp_consent_xml_to_bytes (plan);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  g_assert_null (strstr (text, "073-999 88 77"));
  g_assert_null (strstr (text, "Hemvägen"));
  g_assert_null (strstr (text, "070-123 45 67"));
  g_assert_null (strstr (text, "Storgatan"));
}

static void
test_hostile_strings (void)
{
  g_autoptr(HpPlan) plan = make_hostile_plan ();
  g_autoptr(GBytes) bytes = hp_consent_xml_to_bytes (plan);
  const guchar *data;
  gsize length;
  xmlDocPtr doc;

  g_assert_nonnull (bytes);
  data = g_bytes_get_data (bytes, &length);

  /* No forbidden character reaches the file, not even escaped as &#1;. */
  for (gsize i = 0; i < length; i++)
    if (data[i] < 0x20)
      g_assert_true (data[i] == '\t' || data[i] == '\n' || data[i] == '\r');
  g_assert_null (g_strstr_len ((const char *) data, length, "&#1;"));
  g_assert_null (g_strstr_len ((const char *) data, length, "\xef\xbf\xbe"));

  doc = parse (bytes);
  assert_valid (doc);

  /* Right-to-left text and emoji come through unchanged. */
  assert_xpath (doc, "//s:case/s:reference", "IFO 2026-1234 " EMOJI);
  assert_xpath (doc, "//s:case/s:caseworker/s:name", HEBREW);
  g_assert_cmpfloat (xpath_number (doc, "count(//s:case/s:caseworker/s:unit)"), ==, 0);
  assert_xpath (doc, "//s:consent[1]/s:party-name", ARABIC);
  assert_xpath (doc, "//s:consent[1]/s:witness", HEBREW " " EMOJI);
  assert_xpath (doc, "//s:consent[1]/s:recipient/s:name", ARABIC " " EMOJI);
  /* Controls gone, the rest kept, invalid bytes and non-characters marked. */
  assert_xpath (doc, "//s:consent[1]/s:recorded-by",
                "AB[31mC\x7f D E\xef\xbf\xbd\xef\xbf\xbd" "F\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"
                "G\xef\xbf\xbdH\xef\xbf\xbdI");
  /* Line breaks and tabs are kept, the carriage return too. */
  {
    g_autofree char *limits = xpath_string (doc, "//s:consent[1]/s:limits");

    g_assert_true (g_str_has_prefix (limits, "Rad ett\r\nRad\ttvå " EMOJI " AB"));
  }

  /* Strings of nothing but controls and dates that are not dates are left
   * out; markup characters are text. */
  g_assert_cmpfloat (xpath_number (doc, "count(//s:consent[2]/s:party-name)"), ==, 0);
  g_assert_cmpfloat (xpath_number (doc, "count(//s:consent[2]/s:rooms)"), ==, 0);
  g_assert_cmpfloat (xpath_number (doc, "count(//s:consent[2]/s:date)"), ==, 0);
  assert_xpath (doc, "//s:consent[2]/s:witness", "<b>&amp;</b> \"'");
  assert_xpath (doc, "//s:consent[4]/s:recipient/@ref", "c9");
  g_assert_cmpfloat (xpath_number (doc, "count(//s:consent[4]/s:valid-until)"), ==, 0);
  g_assert_cmpfloat (xpath_number (doc, "count(//s:consent[4]/s:withdrawn-on)"), ==, 0);

  xmlFreeDoc (doc);
}

/* Every value of every enum the record carries is a value the XSD allows. */
static void
test_every_enum_value (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  guint n_kinds = hp_enum_get_n_values (HP_TYPE_CONTACT_KIND);
  guint n_party = hp_enum_get_n_values (HP_TYPE_CONSENT_PARTY);
  guint n_scope = hp_enum_get_n_values (HP_TYPE_CONSENT_SCOPE);
  guint n_answer = hp_enum_get_n_values (HP_TYPE_ANSWER);
  guint n_form = hp_enum_get_n_values (HP_TYPE_CONSENT_FORM);
  guint n = 0;
  xmlDocPtr doc;

  for (guint k = 0; k < n_kinds; k++)
    {
      g_autofree char *id = g_strdup_printf ("k%u", k);

      add_contact (plan, id, (HpContactKind) k, "N", "O");
    }

  for (guint p = 0; p < n_party; p++)
    for (guint s = 0; s < n_scope; s++)
      for (guint a = 0; a < n_answer; a++)
        for (guint f = 0; f < n_form; f++)
          {
            HpConsent *consent = add_consent (plan, p, s, a, f);
            g_autofree char *id = g_strdup_printf ("k%u", n++ % n_kinds);

            g_object_set (consent, "recipient", id, NULL);
          }

  doc = to_valid_doc (plan);
  g_assert_cmpfloat (xpath_number (doc, "count(//s:consent)"), ==, n);
  for (guint k = 0; k < n_kinds; k++)
    {
      g_autofree char *expr = g_strdup_printf ("count(//s:recipient/s:kind[. = '%s'])",
                                               hp_enum_get_nick (HP_TYPE_CONTACT_KIND, k));

      g_assert_cmpfloat (xpath_number (doc, expr), >, 0);
    }
  xmlFreeDoc (doc);
}

static void
test_empty_plan (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  xmlDocPtr doc = to_valid_doc (plan);

  g_assert_cmpfloat (xpath_number (doc, "count(//s:consent)"), ==, 0);
  assert_xpath (doc, "//s:case/s:reference", "");
  xmlFreeDoc (doc);
}

static void
ignore_error (void        *data,
              xmlErrorPtr  error)
{
}

/* The XSD refuses what the record promises not to contain, so the tests
 * above could fail. */
static void
test_schema_is_strict (void)
{
  static const char *bad[] = {
    /* an unknown party */
    "<consent-record xmlns='urn:hamtplan:samtycke:1' version='1.0'><case><reference/>"
    "<caseworker><name/></caseworker></case>"
    "<legal-basis basis='public-task' lang='sv'>x</legal-basis>"
    "<right-to-withdraw lang='sv'>x</right-to-withdraw><consents><consent><party>neighbour"
    "</party><scope>enter-home</scope><given>yes</given><form>oral</form></consent>"
    "</consents></consent-record>",
    /* a date that is not xs:date */
    "<consent-record xmlns='urn:hamtplan:samtycke:1' version='1.0'><case><reference/>"
    "<caseworker><name/></caseworker></case>"
    "<legal-basis basis='public-task' lang='sv'>x</legal-basis>"
    "<right-to-withdraw lang='sv'>x</right-to-withdraw><consents><consent><party>client"
    "</party><scope>enter-home</scope><given>yes</given><form>oral</form>"
    "<date>2026-02-30</date></consent></consents></consent-record>",
    /* no namespace */
    "<consent-record version='1.0'/>",
    /* a version 2 document */
    "<consent-record xmlns='urn:hamtplan:samtycke:1' version='2.0'><case><reference/>"
    "<caseworker><name/></caseworker></case>"
    "<legal-basis basis='public-task' lang='sv'>x</legal-basis>"
    "<right-to-withdraw lang='sv'>x</right-to-withdraw><consents/></consent-record>",
    /* consent as the legal basis */
    "<consent-record xmlns='urn:hamtplan:samtycke:1' version='1.0'><case><reference/>"
    "<caseworker><name/></caseworker></case>"
    "<legal-basis basis='consent' lang='sv'>x</legal-basis>"
    "<right-to-withdraw lang='sv'>x</right-to-withdraw><consents/></consent-record>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      xmlDocPtr doc = xmlReadMemory (bad[i], strlen (bad[i]), "bad.xml", NULL, XML_PARSE_NONET);
      xmlSchemaValidCtxtPtr ctxt = xmlSchemaNewValidCtxt (load_schema ());

      g_assert_nonnull (doc);
      xmlSchemaSetValidStructuredErrors (ctxt, ignore_error, NULL);
      g_assert_cmpint (xmlSchemaValidateDoc (ctxt, doc), >, 0);
      xmlSchemaFreeValidCtxt (ctxt);
      xmlFreeDoc (doc);
    }
}

static void
test_clean_text (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "", "" },
    { "plain", "plain" },
    { "tab\tlf\ncr\r", "tab\tlf\ncr\r" },
    { "a\x01" "b\x1f" "c", "abc" },
    { "v\x0bt\x0c", "v t " },
    { ARABIC HEBREW EMOJI, ARABIC HEBREW EMOJI },
    { "\xff", "\xef\xbf\xbd" },
    { "\xed\xa0\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd" },
    { "\xef\xbf\xbe\xef\xbf\xbf", "\xef\xbf\xbd\xef\xbf\xbd" },
    { "\xc2\x85\x7f", "\xc2\x85\x7f" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = hp_consent_xml_clean_text (cases[i].in);

      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

static void
test_export_file (void)
{
  g_autoptr(HpPlan) plan = make_hostile_plan ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hamtplan-xml-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *missing = NULL;
  xmlDocPtr doc;
  struct stat st;

  g_assert_no_error (error);
  path = g_build_filename (dir, "samtycke.xml", NULL);

  g_assert_true (hp_export_consent_xml (plan, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  doc = xmlReadFile (path, NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  assert_valid (doc);
  assert_xpath (doc, "//s:consent[1]/s:party-name", ARABIC);
  xmlFreeDoc (doc);

  /* A folder that does not exist: an error that names the file, nothing written. */
  missing = g_build_filename (dir, "no-such-folder", "samtycke.xml", NULL);
  g_assert_false (hp_export_consent_xml (plan, missing, &error));
  g_assert_error (error, HP_EXPORT_ERROR, HP_EXPORT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "samtycke.xml"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--write"))
    {
      g_autoptr(HpPlan) plan = make_hostile_plan ();
      g_autoptr(GError) error = NULL;

      if (!hp_export_consent_xml (plan, argv[2], &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      return 0;
    }

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hp/export/consent-xml/valid-and-complete", test_valid_and_complete);
  g_test_add_func ("/hp/export/consent-xml/no-needless-personal-data",
                   test_no_needless_personal_data);
  g_test_add_func ("/hp/export/consent-xml/hostile-strings", test_hostile_strings);
  g_test_add_func ("/hp/export/consent-xml/every-enum-value", test_every_enum_value);
  g_test_add_func ("/hp/export/consent-xml/empty-plan", test_empty_plan);
  g_test_add_func ("/hp/export/consent-xml/schema-is-strict", test_schema_is_strict);
  g_test_add_func ("/hp/export/consent-xml/clean-text", test_clean_text);
  g_test_add_func ("/hp/export/consent-xml/export-file", test_export_file);

  return g_test_run ();
}
