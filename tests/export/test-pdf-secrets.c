/* test-pdf-secrets.c: what a handover sheet prints in place of what would
 * reveal the client, read back from the PDF, and that the checks flag
 * exactly the texts the sheet changes
 *
 * The sample plan (pdf-test-util.c): the client is Amira Hassan,
 * 19121212-1212, 070-174 01 23, staying at "Skyddat boende, Lärkvägen 14,
 * 123 45 Norrvik"; her children have personnummer; the home is Ekvägen 3.
 * k2 (security company) goes to the home, k4 (handover site) does not.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-checks.h"
#include "hp-documents.h"
#include "hp-export.h"
#include "pdf-test-util.h"

/* The text of @recipient's sheet, NFC (poppler gives back what was drawn,
 * composed or not). */
static char *
sheet_text (HpPlan      *plan,
            const char  *recipient_id,
            HpDocument **document_out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpDocument) document = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(TestPdf) poppler = NULL;
  g_autofree char *text = NULL;

  document = hp_document_new_handover (plan, pdf_test_plan_get_contact (plan, recipient_id),
                                       &error);
  g_assert_no_error (error);
  pdf = hp_document_to_pdf (document, &error);
  g_assert_no_error (error);
  poppler = pdf_test_open_bytes (pdf);
  text = pdf_test_all_text (poppler);
  if (document_out != NULL)
    *document_out = g_steal_pointer (&document);
  return g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
}

static gboolean
has (const char *nfc_text,
     const char *needle)
{
  g_autofree char *nfc = g_utf8_normalize (needle, -1, G_NORMALIZE_NFC);

  return pdf_test_text_has (nfc_text, nfc);
}

static void
assert_has (const char *text,
            const char *needle)
{
  if (!has (text, needle))
    g_error ("the sheet lacks “%s”", needle);
}

static void
assert_lacks (const char *text,
              const char *needle)
{
  if (has (text, needle))
    g_error ("the sheet shows “%s”", needle);
}

static HpItem *
add_item (HpPlan     *plan,
          const char *name,
          const char *location)
{
  g_autoptr(HpItem) item = hp_item_new ();

  g_object_set (item, "name", name, "location", location, "priority", HP_PRIORITY_MUST, NULL);
  g_list_store_append (plan->items, item);
  return item;
}

/* The what and why the sheet noted for the preview under @what. */
static const char *
withheld_why (HpDocument *document,
              const char *what)
{
  for (guint i = 0; i < hp_document_get_n_withheld (document); i++)
    {
      const char *w, *why;

      hp_document_get_withheld (document, i, &w, &why);
      if (g_str_equal (w, what))
        return why;
    }
  return NULL;
}

/* Every kind of secret inside longer free text, typed composed or
 * decomposed: the sheet prints the text with only that part replaced. */
static void
check_messy_sheet (gboolean decomposed)
{
  g_autoptr(HpPlan) plan = pdf_test_plan_new_sample (HP_PROTECTION_PROTECTED_REGISTRATION);
  HpContact *site = pdf_test_plan_get_contact (plan, "k4");
  g_autoptr(HpDocument) document = NULL;
  g_autofree char *text = NULL;
  struct { const char *typed, *printed; } cases[] = {
    { "Amiras pass och körkort", "Klientens pass och körkort" },
    { "Laddare, lämnas till Amira", "Laddare, lämnas till klienten" },
    { "Lisas pass (20150601-2384)", "Barn 1:s pass ((utelämnat))" },
    { "Amiras id-kort, pnr 121212+1212", "Klientens id-kort, pnr (utelämnat)" },
    { "Omars vårdkort 190214 3391", "Barn 2:s vårdkort (utelämnat)" },
    { "SIM-kort till +46 70-174 0123", "SIM-kort till (utelämnat)" },
    { "Post till Lärkvägen 14 i Norrvik", "Post till (utelämnat) i Norrvik" },
    { "Cykel från Ekvägen 3, förrådet", "Cykel från (utelämnat), förrådet" },
    /* Nothing to hide. */
    { "Egen cykel sedan i somras", "Egen cykel sedan i somras" },
    { "Vinterjacka från Ekbacken", "Vinterjacka från Ekbacken" },
    { "Hassans verktygslåda", "Hassans verktygslåda" },
  };
  const char *role = "Ring Karin Lind på 08-555 400 10 om Amira inte kommer";
  const char *role_printed = "Ring Karin Lind på 08-555 400 10 om klienten inte kommer";

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = decomposed ? g_utf8_normalize (cases[i].typed, -1, G_NORMALIZE_NFD)
                                         : g_strdup (cases[i].typed);

      add_item (plan, name, "");
    }
  {
    g_autofree char *typed = decomposed ? g_utf8_normalize (role, -1, G_NORMALIZE_NFD)
                                        : g_strdup (role);

    g_object_set (site, "role", typed, NULL);
  }
  if (decomposed)
    {
      g_autofree char *where = g_utf8_normalize (SAMPLE_WHEREABOUTS, -1, G_NORMALIZE_NFD);

      g_object_set (plan->case_info, "client-whereabouts", where, NULL);
    }

  text = sheet_text (plan, "k4", &document);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_has (text, cases[i].printed);
  assert_has (text, role_printed);
  assert_lacks (text, "Amira");
  assert_lacks (text, "Lärkvägen");
  assert_lacks (text, "2384");
  assert_lacks (text, "3391");
  assert_lacks (text, "1212");
  assert_lacks (text, "174 01");
  assert_lacks (text, "Ekvägen");

  /* The preview is told what was replaced, and how often. */
  g_assert_cmpstr (withheld_why (document, "Klientens namn"), ==,
                   "Ersatt med ”klienten” på 4 ställen");
  g_assert_cmpstr (withheld_why (document, "Personnummer"), ==, "Utelämnat på 3 ställen");
  g_assert_cmpstr (withheld_why (document, "Klientens telefonnummer"), ==,
                   "Utelämnat på 1 ställe");
  g_assert_cmpstr (withheld_why (document, "Var klienten vistas"), ==, "Utelämnat på 1 ställe");
  g_assert_cmpstr (withheld_why (document, "Bostadens adress i andra texter"), ==,
                   "Utelämnat på 1 ställe");
  g_assert_null (withheld_why (document, "Det säkra sättet att nå klienten"));
}

static void
test_messy_sheet_nfc (void)
{
  check_messy_sheet (FALSE);
}

static void
test_messy_sheet_nfd (void)
{
  check_messy_sheet (TRUE);
}

/* Whoever goes to the home reads its address, and the items' places
 * there, as typed; the name is replaced all the same. */
static void
test_home_goer (void)
{
  g_autoptr(HpPlan) plan = pdf_test_plan_new_sample (HP_PROTECTION_NONE);
  g_autoptr(HpDocument) document = NULL;
  g_autofree char *text = NULL;

  add_item (plan, "Amiras cykel", "Förrådet, Ekvägen 3");
  text = sheet_text (plan, "k2", &document);
  assert_has (text, "Klientens cykel");
  assert_has (text, SAMPLE_HOME_ADDRESS);
  assert_has (text, "Förrådet, Ekvägen 3");
  g_assert_null (withheld_why (document, "Bostadens adress i andra texter"));
}

/* A batch of messy texts as the names of items and where they are: the
 * checks flag a field exactly when the sheet does not print it as typed. */
static void
check_agreement (HpProtection protection)
{
  g_autoptr(HpPlan) plan = pdf_test_plan_new_sample (protection);
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *away = NULL;
  g_autofree char *home = NULL;
  guint first = g_list_model_get_n_items (G_LIST_MODEL (plan->items));
  static const char *names[] = {
    "Amiras pass", "Pass till AMIRA HASSAN", "Nycklar, lämnas till Amira.",
    "Omars pnr 190214-3391", "Kort med 19121212 1212", "Laddare till 0701740123",
    "Mobil +46 (0)70 174 01 23", "Post: Lärkvägen 14, 123 45", "Ekvägen 3, cykeln",
    "Paket till kvinnojouren", "Vinterjacka, egen", "Ring Karin på 08-555 400 10",
    "Amir's keps", "Hassans verktyg", "Lärkträdets frön", "Fotoalbum från Norrvik",
    "Lisas cykel 24 tum", "Skyddat boende: sängkläder", "Amiras\xc2\xa0mobil",
    "a\xcc\x8a" "terbud till Amira", "Nattlinne, storlek 123 45",
  };
  static const char *locations[] = {
    "Amiras byrå", "Ekvägen 3, förrådet", "Hallen", "Lärkvägen 14", "Amiras rum",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    add_item (plan, names[i], locations[i % G_N_ELEMENTS (locations)]);
  findings = hp_checks_run (plan, "2026-11-20");
  away = sheet_text (plan, "k4", NULL);
  home = sheet_text (plan, "k2", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *name_field = g_strdup_printf ("items[%u].name", first + i);
      g_autofree char *location_field = g_strdup_printf ("items[%u].location", first + i);
      const char *location = locations[i % G_N_ELEMENTS (locations)];
      gboolean name_flagged = FALSE, location_flagged = FALSE;

      for (guint f = 0; f < findings->len; f++)
        {
          HpFinding *finding = g_ptr_array_index (findings, f);

          name_flagged = name_flagged || g_strcmp0 (finding->field, name_field) == 0;
          location_flagged = location_flagged || g_strcmp0 (finding->field, location_field) == 0;
        }
      /* The name is on every sheet; where it is, on the home-goer's. */
      if (name_flagged != (!has (away, names[i]) || !has (home, names[i])))
        g_error ("“%s”: the checks %s it, the sheets print it %s", names[i],
                 name_flagged ? "flag" : "do not flag", name_flagged ? "as typed" : "changed");
      if (location_flagged == has (home, location))
        g_error ("“%s”: the checks %s it, the sheet prints it %s", location,
                 location_flagged ? "flag" : "do not flag",
                 location_flagged ? "as typed" : "changed");
    }

  /* The batch holds both. */
  g_assert_false (has (away, "Amiras pass"));
  g_assert_true (has (away, "Hassans verktyg"));
}

/* Each recipient's task, read on its own sheet: the home's address is no
 * secret for whoever goes there, and is for the others. */
static void
check_roles_agree (HpProtection protection)
{
  static const struct { const char *id, *role; } roles[] = {
    { "k2", "Möt upp vid Ekvägen 3, porten mot gården" },
    { "k2", "Ring Amira när ni är framme" },
    { "k3", "Kör sakerna till Lärkvägen 14 efteråt" },
    { "k3", "Hämta kassarna vid Ekvägen 3" },
    { "k3", "Kör sakerna till stadsdelskontoret" },
    { "k4", "Ta emot det som lämnas för Amiras räkning" },
    { "k4", "Ta emot kartongerna i receptionen" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      g_autoptr(HpPlan) plan = pdf_test_plan_new_sample (protection);
      HpContact *contact = pdf_test_plan_get_contact (plan, roles[i].id);
      g_autoptr(GPtrArray) findings = NULL;
      g_autofree char *text = NULL;
      g_autofree char *field = NULL;
      guint index = 0;
      gboolean flagged = FALSE;

      g_object_set (contact, "role", roles[i].role, NULL);
      for (;; index++)
        {
          g_autoptr(HpContact) other = g_list_model_get_item (G_LIST_MODEL (plan->contacts), index);

          g_assert_nonnull (other);
          if (other == contact)
            break;
        }
      field = g_strdup_printf ("contacts[%u].role", index);
      findings = hp_checks_run (plan, "2026-11-20");
      for (guint f = 0; f < findings->len; f++)
        flagged = flagged || g_strcmp0 (((HpFinding *) g_ptr_array_index (findings, f))->field,
                                        field) == 0;
      text = sheet_text (plan, roles[i].id, NULL);
      if (flagged == has (text, roles[i].role))
        g_error ("“%s” for %s: the checks %s it, the sheet prints it %s", roles[i].role,
                 roles[i].id, flagged ? "flag" : "do not flag", flagged ? "as typed" : "changed");
    }
}

static void
test_roles_agree (void)
{
  check_roles_agree (HP_PROTECTION_NONE);
  check_roles_agree (HP_PROTECTION_PROTECTED_REGISTRATION);
}

static void
test_agreement_open (void)
{
  check_agreement (HP_PROTECTION_NONE);
}

static void
test_agreement_protected (void)
{
  check_agreement (HP_PROTECTION_PROTECTED_REGISTRATION);
}

/* The field @field has a finding in @findings. */
static gboolean
flagged (GPtrArray  *findings,
         const char *field)
{
  for (guint f = 0; f < findings->len; f++)
    if (g_strcmp0 (((HpFinding *) g_ptr_array_index (findings, f))->field, field) == 0)
      return TRUE;
  return FALSE;
}

/* The home's address on the sheet of whoever goes there is no secret, but
 * a name in it is; and the checks say so. */
static void
test_home_address_name (void)
{
  g_autoptr(HpPlan) plan = pdf_test_plan_new_sample (HP_PROTECTION_NONE);
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *text = NULL;

  g_object_set (plan->case_info, "home-address", "c/o Amira Hassan, Ekvägen 3, 123 46 Norrvik",
                NULL);
  text = sheet_text (plan, "k2", NULL);
  assert_has (text, "c/o klienten, Ekvägen 3, 123 46 Norrvik");
  assert_lacks (text, "Amira");
  findings = hp_checks_run (plan, "2026-11-20");
  g_assert_true (flagged (findings, "case.home_address"));

  /* As typed, nothing to flag. */
  g_clear_pointer (&findings, g_ptr_array_unref);
  g_object_set (plan->case_info, "home-address", SAMPLE_HOME_ADDRESS, NULL);
  findings = hp_checks_run (plan, "2026-11-20");
  g_assert_false (flagged (findings, "case.home_address"));
}

/* The office's address, on the sheet of whoever receives there, is read
 * as the rest of that sheet; and the checks say so. */
static void
test_office_address_name (void)
{
  g_autoptr(HpPlan) plan = pdf_test_plan_new_sample (HP_PROTECTION_NONE);
  HpContact *relative = pdf_test_plan_get_contact (plan, "k3");
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *text = NULL;

  g_object_set (relative, "part", HP_CONTACT_PART_OFFICE, NULL);
  g_object_set (plan->case_info, "office-address",
                "Storgatan 1, fr\xc3\xa5ga efter Amiras handl\xc3\xa4ggare", NULL);
  text = sheet_text (plan, "k3", NULL);
  assert_has (text, "Storgatan 1, fr\xc3\xa5ga efter klientens handl\xc3\xa4ggare");
  assert_lacks (text, "Amira");
  findings = hp_checks_run (plan, "2026-11-20");
  g_assert_true (flagged (findings, "case.office_address"));
}

/* Characters that print as nothing, or that the layout strips, hide no
 * secret from the sheet or from the checks; nor do other digits or a
 * slash in a phone number. */
static void
test_invisible_on_sheet (void)
{
  static const char *roles[] = {
    "Ta emot det som l\xc3\xa4mnas f\xc3\xb6r Ami\xc2\xadras r\xc3\xa4kning",
    "K\xc3\xb6r sakerna till L\xc3\xa4rk\xe2\x80\x8bv\xc3\xa4gen 14",
    "K\xc3\xb6r sakerna till \xe2\x80\xaeL\xc3\xa4rkv\xc3\xa4gen\xe2\x80\xac 14",
    "Ring Am\xe2\x81\xa0ira p\xc3\xa5 070/174 01 23",
    "Ring \xd9\xa0\xd9\xa7\xd9\xa0\xd9\xa1\xd9\xa7\xd9\xa4\xd9\xa0\xd9\xa1\xd9\xa2\xd9\xa3",
  };

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      g_autoptr(HpPlan) plan = pdf_test_plan_new_sample (HP_PROTECTION_NONE);
      HpContact *site = pdf_test_plan_get_contact (plan, "k4");
      g_autoptr(GPtrArray) findings = NULL;
      g_autofree char *text = NULL;
      guint index = 0;
      g_autofree char *field = NULL;

      g_object_set (site, "role", roles[i], NULL);
      for (;; index++)
        {
          g_autoptr(HpContact) other = g_list_model_get_item (G_LIST_MODEL (plan->contacts), index);

          g_assert_nonnull (other);
          if (other == site)
            break;
        }
      text = sheet_text (plan, "k4", NULL);
      assert_lacks (text, "Amira");
      assert_lacks (text, "Amras");
      assert_lacks (text, "Lärk");
      assert_lacks (text, "174 01");
      assert_lacks (text, "\xd9\xa1\xd9\xa7\xd9\xa4");
      field = g_strdup_printf ("contacts[%u].role", index);
      findings = hp_checks_run (plan, "2026-11-20");
      g_assert_true (flagged (findings, field));
    }
}

int
main (int   argc,
      char *argv[])
{
  pdf_test_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hp/export/pdf/secrets/messy-sheet-nfc", test_messy_sheet_nfc);
  g_test_add_func ("/hp/export/pdf/secrets/messy-sheet-nfd", test_messy_sheet_nfd);
  g_test_add_func ("/hp/export/pdf/secrets/home-goer", test_home_goer);
  g_test_add_func ("/hp/export/pdf/secrets/agreement-open", test_agreement_open);
  g_test_add_func ("/hp/export/pdf/secrets/agreement-protected", test_agreement_protected);
  g_test_add_func ("/hp/export/pdf/secrets/roles-agree", test_roles_agree);
  g_test_add_func ("/hp/export/pdf/secrets/home-address-name", test_home_address_name);
  g_test_add_func ("/hp/export/pdf/secrets/invisible", test_invisible_on_sheet);
  g_test_add_func ("/hp/export/pdf/secrets/office-address-name", test_office_address_name);

  return g_test_run ();
}
