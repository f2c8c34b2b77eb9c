/* pdf-test-util.c: plans built in code and PDFs read back with poppler */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "pdf-test-util.h"

/* Swedish messages from the build tree, as the application shows them
 * under LANGUAGE=sv (LC_ALL is C.UTF-8 in the test environment). */
void
pdf_test_init_i18n (void)
{
  const char *localedir = g_getenv ("HAMTPLAN_LOCALEDIR");

  g_setenv ("LANGUAGE", "sv", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

static HpContact *
add_contact (HpPlan        *plan,
             const char    *id,
             HpContactKind  kind,
             const char    *name,
             const char    *organisation,
             const char    *phone,
             const char    *address,
             const char    *role)
{
  g_autoptr(HpContact) contact = hp_contact_new ();

  g_object_set (contact, "id", id, "kind", kind, "name", name, "organisation", organisation,
                "phone", phone, "address", address, "role", role, NULL);
  g_list_store_append (plan->contacts, contact);
  return contact;
}

static void
add_item (HpPlan         *plan,
          const char     *name,
          HpItemCategory  category,
          HpPriority      priority,
          const char     *owner,
          const char     *location,
          const char     *note)
{
  g_autoptr(HpItem) item = hp_item_new ();

  g_object_set (item, "name", name, "category", category, "priority", priority,
                "owner", owner, "location", location, "note", note, NULL);
  g_list_store_append (plan->items, item);
}

static void
add_measure (HpPlan     *plan,
             const char *title,
             const char *responsible,
             const char *note)
{
  g_autoptr(HpMeasure) measure = hp_measure_new ();

  g_object_set (measure, "title", title, "responsible", responsible, "note", note, NULL);
  g_list_store_append (plan->measures, measure);
}

static void
add_consent (HpPlan         *plan,
             HpConsentParty  party,
             const char     *party_name,
             HpConsentScope  scope,
             const char     *recipient,
             HpAnswer        given,
             HpConsentForm   form,
             const char     *limits)
{
  g_autoptr(HpConsent) consent = hp_consent_new ();

  g_object_set (consent, "party", party, "party-name", party_name, "scope", scope,
                "recipient", recipient, "given", given, "form", form, "date", "2026-11-20",
                "recorded-by", "Karin Lind", "limits", limits, NULL);
  if (scope == HP_CONSENT_SCOPE_ENTER_HOME)
    g_object_set (consent, "rooms", "Hallen, sovrummet och barnens rum", NULL);
  g_list_store_append (plan->consents, consent);
}

/**
 * pdf_test_plan_new_sample:
 *
 * A plan as a caseworker would fill it in: a security company goes along
 * to the home; a relative and a handover site receive what is left; the
 * police are at hand but have no consent recorded, nor has the women's
 * shelter.  Contact ids: k1 police, k2 security company, k3 relative,
 * k4 handover site, k5 women's shelter.
 */
HpPlan *
pdf_test_plan_new_sample (HpProtection protection)
{
  HpPlan *plan = hp_plan_new ();
  g_autoptr(HpChild) lisa = hp_child_new ();
  g_autoptr(HpChild) omar = hp_child_new ();
  g_autoptr(HpAssessment) freda = hp_assessment_new ();
  g_autoptr(HpAssessment) staff = hp_assessment_new ();
  g_autoptr(HpVisit) visit = hp_visit_new ();
  g_autoptr(HpVisit) handover = hp_visit_new ();
  g_autoptr(HpItem) laptop = hp_item_new ();

  g_object_set (plan->case_info,
                "reference", "IFO 2026-0417",
                "client-name", SAMPLE_CLIENT_NAME,
                "client-id-number", SAMPLE_CLIENT_ID,
                "client-phone", SAMPLE_CLIENT_PHONE,
                "safe-contact", SAMPLE_SAFE_CONTACT,
                "client-whereabouts", SAMPLE_WHEREABOUTS,
                "protection", protection,
                "interpreter-needed", TRUE,
                "interpreter-language", "Arabiska",
                "home-address", SAMPLE_HOME_ADDRESS,
                "home-holder", HP_HOME_HOLDER_JOINT,
                "home-holder-note", "Hyresavtalet står på båda",
                "caseworker-name", "Karin Lind",
                "caseworker-unit", "Individ- och familjeomsorgen, Norrviks kommun",
                "caseworker-phone", "08-555 400 10",
                "office-address", "Storgatan 5, entrén från gården",
                "second-staff-name", "Jonas Ek",
                "second-staff-phone", "08-555 400 11",
                "needed-by", "2026-12-04",
                "notes", "Klienten vill helst att besöket sker på förmiddagen.",
                NULL);
  g_object_set (lisa, "id", "c1", "name", "Lisa", "id-number", "20150601-2384",
                "note", "Går i årskurs 5", NULL);
  g_object_set (omar, "id", "c2", "name", "Omar", "id-number", "20190214-3391", NULL);
  g_list_store_append (plan->case_info->children, lisa);
  g_list_store_append (plan->case_info->children, omar);

  g_object_set (freda, "subject", HP_RISK_SUBJECT_CLIENT, "instrument", HP_INSTRUMENT_FREDA_SHORT,
                "date", "2026-11-18", "assessed-by", "Karin Lind", "level", HP_RISK_LEVEL_HIGH,
                "summary", "Upprepade hot efter separationen. Den andra parten vet inte var "
                           "klienten bor.", NULL);
  g_object_set (staff, "subject", HP_RISK_SUBJECT_STAFF, "instrument", HP_INSTRUMENT_OTHER,
                "instrument-other", "Kommunens checklista för hembesök", "date", "2026-11-18",
                "assessed-by", "Jonas Ek", "level", HP_RISK_LEVEL_MODERATE, NULL);
  g_list_store_append (plan->risk->assessments, freda);
  g_list_store_append (plan->risk->assessments, staff);
  g_object_set (plan->risk,
                "other-party-name", "Johan Berg",
                "other-party-expected-home", HP_ANSWER_NO,
                "weapons", HP_ANSWER_UNKNOWN,
                "threats", HP_ANSWER_YES,
                "threats-note", "Hot via sms i oktober och november",
                "restraining-order", HP_RESTRAINING_ORDER_IN_FORCE,
                "restraining-order-until", "2027-05-31",
                "decision", HP_DECISION_GO,
                "decision-reason", "Den andra parten är bortrest på arbete den dagen; väktare "
                                   "och två personal följer med.",
                "decision-date", "2026-11-21",
                "decided-by", "Enhetschef Maria Holm",
                NULL);

  g_object_set (plan->support,
                "way", HP_SUPPORT_WAY_SECURITY_COMPANY,
                "alternatives", "Överlämning på stadsdelskontoret om besöket inte kan genomföras",
                "other-party-takes-part", HP_ANSWER_NO,
                "staff-position", HP_STAFF_POSITION_STAIRWELL,
                "time-on-site-minutes", 45,
                "client-told-police-duty", TRUE,
                "planning-notes", "Klienten packar själv; personalen väntar i trapphuset.",
                NULL);

  add_contact (plan, "k1", HP_CONTACT_KIND_POLICE, "Eva Stål", "Polisen, lokalpolisområde "
               "Norrvik", "114 14", "", "Finns i beredskap under besöket.");
  add_contact (plan, "k2", HP_CONTACT_KIND_SECURITY_COMPANY, "Ali Karimi", "Trygghetsbolaget AB",
               "08-555 777 00", "", "Går med till bostaden och står vid entrén under hela "
               "besöket.");
  add_contact (plan, "k3", HP_CONTACT_KIND_RELATIVE, "Fatima Hassan", "", "073-600 12 34", "",
               "Tar emot sakerna på överlämningsplatsen och kör dem vidare.");
  add_contact (plan, "k4", HP_CONTACT_KIND_HANDOVER_SITE, "Reception", "Norrviks "
               "stadsdelskontor", "08-555 400 00", "Torggatan 1, 123 40 Norrvik",
               "Tar emot saker som den andra parten lämnar.");
  add_contact (plan, "k5", HP_CONTACT_KIND_WOMENS_SHELTER, "", "Kvinnojouren Tranan",
               "08-555 123 45", "Lärkvägen 14, 123 45 Norrvik", "Stöd till klienten.");
  g_object_set (pdf_test_plan_get_contact (plan, "k1"), "request-date", "2026-11-19",
                "granted", HP_ANSWER_YES, "contact-person", "Inspektör Eva Stål", NULL);

  add_item (plan, "Pass", HP_ITEM_CATEGORY_IDENTITY, HP_PRIORITY_MUST, "",
            "Byrålådan i sovrummet", "");
  add_item (plan, "Nationellt id-kort", HP_ITEM_CATEGORY_IDENTITY, HP_PRIORITY_MUST, "",
            "Plånboken i hallen", "");
  add_item (plan, "Levaxin, tre förpackningar", HP_ITEM_CATEGORY_MEDICINE, HP_PRIORITY_MUST, "",
            "Badrumsskåpet", "Dagligen");
  add_item (plan, "Glasögon", HP_ITEM_CATEGORY_AIDS, HP_PRIORITY_MUST, "", "Nattduksbordet", "");
  add_item (plan, "Bankdosa och kort", HP_ITEM_CATEGORY_FINANCE, HP_PRIORITY_SHOULD, "",
            "Skrivbordet", "");
  add_item (plan, "Lönebesked och hyresavtal", HP_ITEM_CATEGORY_DOCUMENTS, HP_PRIORITY_SHOULD, "",
            "Pärm i bokhyllan", "");
  add_item (plan, "Vinterkläder för en vecka", HP_ITEM_CATEGORY_CLOTHES, HP_PRIORITY_SHOULD, "",
            "Garderoben", "");
  add_item (plan, "Gosedjuret Nalle", HP_ITEM_CATEGORY_CHILDRENS_THINGS, HP_PRIORITY_MUST, "c1",
            "Lisas säng", "Lisa sover dåligt utan den");
  add_item (plan, "Skolväska och böcker", HP_ITEM_CATEGORY_CHILDRENS_THINGS, HP_PRIORITY_SHOULD,
            "c2", "Barnens rum", "");
  add_item (plan, "Fotoalbum", HP_ITEM_CATEGORY_MEMENTOS, HP_PRIORITY_IF_POSSIBLE, "",
            "Vardagsrummet", "");
  add_item (plan, "Nyckel till förrådet", HP_ITEM_CATEGORY_KEYS, HP_PRIORITY_IF_POSSIBLE, "",
            "Nyckelskåpet i hallen", "");
  g_object_set (laptop, "name", "Bärbar dator", "category", HP_ITEM_CATEGORY_ELECTRONICS,
                "priority", HP_PRIORITY_SHOULD, "from-other-party", TRUE,
                "note", "Lämnas på stadsdelskontoret", NULL);
  g_list_store_append (plan->items, laptop);

  add_measure (plan, "Två personal från enheten följer med", "Karin Lind", "");
  add_measure (plan, "Gå inte in om den andra parten är hemma", "Karin Lind",
               "Avbryt och ring polisen");
  add_measure (plan, "Högst 45 minuter på plats", "Jonas Ek", "");
  add_measure (plan, "Telefoner laddade; ring 112 vid fara", "Jonas Ek", "");
  add_measure (plan, "Kodord avtalat med kontoret", "Karin Lind", "");
  add_measure (plan, "Incheckning och utcheckning med kontoret", "Jonas Ek", "");
  add_measure (plan, "Parkera för snabb avfärd och känn till utgångarna", "Jonas Ek", "");
  add_measure (plan, "Informera klienten om spårning via appar, GPS och AirTags", "Karin Lind", "");
  add_measure (plan, "Kontrollera väskor och saker från den andra parten för spårsändare",
               "Karin Lind", "");

  g_object_set (visit, "date", "2026-12-03", "start-time", "10:00", "end-time", "10:45",
                "time-limit-minutes", 45, "place", "Utanför entrén, Ekvägen 3",
                "participants", "Karin Lind, Jonas Ek, Ali Karimi och klienten",
                "check-in-time", "09:45", "check-out-time", "11:00", NULL);
  g_object_set (handover, "date", "2026-12-10", "start-time", "14:00", "end-time", "14:30",
                "time-limit-minutes", 30, "place", "Norrviks stadsdelskontor, receptionen",
                "participants", "Fatima Hassan, Karin Lind", NULL);
  g_list_store_append (plan->visits, visit);
  g_list_store_append (plan->visits, handover);

  add_consent (plan, HP_CONSENT_PARTY_CLIENT, SAMPLE_CLIENT_NAME,
               HP_CONSENT_SCOPE_SHARE_INFORMATION, "k2", HP_ANSWER_YES, HP_CONSENT_FORM_WRITTEN,
               "Tid, plats och vilka saker som ska hämtas");
  add_consent (plan, HP_CONSENT_PARTY_CLIENT, SAMPLE_CLIENT_NAME,
               HP_CONSENT_SCOPE_SHARE_INFORMATION, "k3", HP_ANSWER_YES, HP_CONSENT_FORM_ORAL,
               "Inte klientens adress");
  add_consent (plan, HP_CONSENT_PARTY_CLIENT, SAMPLE_CLIENT_NAME,
               HP_CONSENT_SCOPE_SHARE_INFORMATION, "k4", HP_ANSWER_YES, HP_CONSENT_FORM_WRITTEN,
               "");
  add_consent (plan, HP_CONSENT_PARTY_CLIENT, SAMPLE_CLIENT_NAME, HP_CONSENT_SCOPE_ENTER_HOME,
               "", HP_ANSWER_YES, HP_CONSENT_FORM_WRITTEN, "");
  add_consent (plan, HP_CONSENT_PARTY_OTHER_RESIDENT, "Johan Berg", HP_CONSENT_SCOPE_ENTER_HOME,
               "", HP_ANSWER_NO, HP_CONSENT_FORM_ORAL, "");

  return plan;
}

/**
 * pdf_test_plan_new_large:
 *
 * The sample plan with @n_items items named "Sak nr 0001" ... and long notes,
 * for the layout of many pages.
 */
HpPlan *
pdf_test_plan_new_large (guint n_items)
{
  HpPlan *plan = pdf_test_plan_new_sample (HP_PROTECTION_NONE);

  g_list_store_remove_all (plan->items);
  for (guint i = 0; i < n_items; i++)
    {
      g_autofree char *name = g_strdup_printf ("Sak nr %04u", i + 1);

      add_item (plan, name, i % 11, i % 3, i % 5 == 0 ? "c1" : "",
                i % 7 == 0 ? "Längst in i garderoben i det stora sovrummet, bakom vinterkläderna"
                           : "Hallen",
                i % 13 == 0 ? "En lång anteckning som bryts över flera rader i tabellen, så "
                              "att raderna får olika höjd och sidbrytningen prövas ordentligt."
                            : "");
    }
  return plan;
}

/* Returns: (transfer none): the contact with @id */
HpContact *
pdf_test_plan_get_contact (HpPlan     *plan,
                           const char *id)
{
  HpContact *contact = hp_plan_find_contact (plan, id);

  g_assert_nonnull (contact);
  return contact;
}

PopplerDocument *
pdf_test_open_bytes (GBytes *pdf)
{
  g_autoptr(GError) error = NULL;
  PopplerDocument *document = poppler_document_new_from_bytes (pdf, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

PopplerDocument *
pdf_test_open_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PopplerDocument *document = poppler_document_new_from_gfile (file, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

/* White space collapsed to single spaces, so that text wrapped across
 * lines compares equal to the text as written. */
static char *
collapse_space (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        space = TRUE;
      else
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, c);
        }
    }
  return g_string_free (out, FALSE);
}

char *
pdf_test_page_text (PopplerDocument *document,
                    int              page_index)
{
  g_autoptr(TestPdfPage) page = poppler_document_get_page (document, page_index);
  g_autofree char *text = NULL;

  g_assert_nonnull (page);
  text = poppler_page_get_text (page);
  return collapse_space (text != NULL ? text : "");
}

char *
pdf_test_all_text (PopplerDocument *document)
{
  GString *all = g_string_new (NULL);
  int n = poppler_document_get_n_pages (document);

  for (int i = 0; i < n; i++)
    {
      g_autofree char *text = pdf_test_page_text (document, i);

      g_string_append (all, text);
      g_string_append_c (all, ' ');
    }
  return g_string_free (all, FALSE);
}

/**
 * pdf_test_rows_with:
 *
 * The text on the line of each place @needle is found, in the order
 * found: the cells of a table row run together (without a space between
 * them), or a key and its value.  Poppler gives a run of right-to-left
 * text in visual order between embedding marks; the marks are dropped and
 * white space is collapsed.
 *
 * Returns: (transfer full): the rows, char *
 */
GPtrArray *
pdf_test_rows_with (PopplerDocument *document,
                    const char      *needle)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);
  int n = poppler_document_get_n_pages (document);

  for (int p = 0; p < n; p++)
    {
      g_autoptr(TestPdfPage) page = poppler_document_get_page (document, p);
      double width, height;
      GList *found;

      g_autofree char *text = NULL;
      PopplerRectangle *boxes = NULL;
      guint n_boxes = 0;

      poppler_page_get_size (page, &width, &height);
      text = poppler_page_get_text (page);
      if (text == NULL || !poppler_page_get_text_layout (page, &boxes, &n_boxes))
        continue;
      found = poppler_page_find_text (page, needle);
      for (GList *l = found; l != NULL; l = l->next)
        {
          PopplerRectangle *r = l->data;
          /* find_text counts from the bottom of the page, the layout from
           * the top.  A character belongs to the line when its middle lies
           * within the line of the match. */
          double top = height - r->y2 - 0.5, bottom = height - r->y1 + 0.5;
          GString *line = g_string_new (NULL);
          guint i = 0;

          for (const char *c = text; *c != '\0' && i < n_boxes; c = g_utf8_next_char (c), i++)
            {
              gunichar u = g_utf8_get_char (c);
              double middle = (boxes[i].y1 + boxes[i].y2) / 2;

              if (middle < top || middle > bottom || (u >= 0x202A && u <= 0x202E))
                continue;
              g_string_append_unichar (line, u);
            }
          g_ptr_array_add (rows, collapse_space (line->str));
          g_string_free (line, TRUE);
        }
      g_free (boxes);
      g_list_free_full (found, (GDestroyNotify) poppler_rectangle_free);
    }
  return rows;
}

gboolean
pdf_test_text_has (const char *text,
                   const char *needle)
{
  g_autofree char *collapsed = collapse_space (needle);

  return strstr (text, collapsed) != NULL;
}

/* Every character poppler finds lies inside the page, at least @margin
 * points from its left and right edges and 20 points from its top and
 * bottom edges. */
void
pdf_test_assert_text_inside (PopplerDocument *document,
                             double           margin)
{
  int n = poppler_document_get_n_pages (document);

  for (int p = 0; p < n; p++)
    {
      g_autoptr(TestPdfPage) page = poppler_document_get_page (document, p);
      PopplerRectangle *boxes = NULL;
      guint n_boxes = 0;
      double width, height;

      poppler_page_get_size (page, &width, &height);
      g_assert_true (poppler_page_get_text_layout (page, &boxes, &n_boxes));
      g_assert_cmpuint (n_boxes, >, 0);
      for (guint i = 0; i < n_boxes; i++)
        {
          /* Poppler reports boxes for the line breaks it inserts, with
           * zero size: skip those. */
          if (boxes[i].x2 - boxes[i].x1 <= 0 && boxes[i].y2 - boxes[i].y1 <= 0)
            continue;
          if (boxes[i].x1 < margin - 0.5 || boxes[i].x2 > width - margin + 0.5
              || boxes[i].y1 < 20 || boxes[i].y2 > height - 20)
            g_error ("page %d: text box %u (%.1f, %.1f)-(%.1f, %.1f) outside the area", p + 1, i,
                     boxes[i].x1, boxes[i].y1, boxes[i].x2, boxes[i].y2);
        }
      g_free (boxes);
    }
}

void
pdf_test_assert_fonts_embedded (PopplerDocument *document)
{
  g_autoptr(TestPdfFontInfo) info = poppler_font_info_new (document);
  PopplerFontsIter *iter = NULL;
  guint n_fonts = 0;

  while (poppler_font_info_scan (info, poppler_document_get_n_pages (document), &iter))
    {
      if (iter == NULL)
        continue;
      do
        {
          n_fonts++;
          if (!poppler_fonts_iter_is_embedded (iter))
            g_error ("font %s is not embedded", poppler_fonts_iter_get_name (iter));
        }
      while (poppler_fonts_iter_next (iter));
      poppler_fonts_iter_free (iter);
      iter = NULL;
    }
  g_assert_cmpuint (n_fonts, >, 0);
}

/* "Sida N av M" on every page, in Swedish. */
void
pdf_test_assert_footers (PopplerDocument *document)
{
  int n = poppler_document_get_n_pages (document);

  for (int p = 0; p < n; p++)
    {
      g_autofree char *text = pdf_test_page_text (document, p);
      g_autofree char *footer = g_strdup_printf ("Sida %d av %d", p + 1, n);

      if (!pdf_test_text_has (text, footer))
        g_error ("page %d lacks the footer “%s”", p + 1, footer);
    }
}

/* Keeps a copy of @pdf in $HP_TEST_PDF_DIR, when set, to look at. */
void
pdf_test_save (GBytes     *pdf,
               const char *name)
{
  const char *dir = g_getenv ("HP_TEST_PDF_DIR");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (dir == NULL)
    return;
  path = g_build_filename (dir, name, NULL);
  g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error);
  g_assert_no_error (error);
}
