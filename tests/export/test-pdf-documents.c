/* test-pdf-documents.c: the full plan, the handover sheets and the consent
 * record, read back from the PDF files with poppler */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "hp-checks.h"
#include "hp-documents.h"
#include "hp-export.h"
#include "pdf-test-util.h"

static GBytes *
render (HpDocument *document)
{
  g_autoptr(GError) error = NULL;
  GBytes *pdf = hp_document_to_pdf (document, &error);

  g_assert_no_error (error);
  g_assert_nonnull (pdf);
  return pdf;
}

static char *
section_heading (HpSection section)
{
  return g_strdup_printf ("%d. %s", (int) section + 1,
                          hp_enum_get_label (HP_TYPE_SECTION, section));
}

static void
assert_has (const char *text,
            const char *needle)
{
  if (!pdf_test_text_has (text, needle))
    g_error ("the PDF lacks “%s”", needle);
}

static void
assert_lacks (const char *text,
              const char *needle)
{
  if (pdf_test_text_has (text, needle))
    g_error ("the PDF shows “%s”", needle);
}

/* "depth:title|" for every entry of the PDF's outline. */
static void
collect_outline (PopplerIndexIter *iter,
                 guint             depth,
                 GString          *out)
{
  do
    {
      PopplerAction *action = poppler_index_iter_get_action (iter);
      PopplerIndexIter *child = poppler_index_iter_get_child (iter);

      g_string_append_printf (out, "%u:%s|", depth, action->any.title);
      poppler_action_free (action);
      if (child != NULL)
        {
          collect_outline (child, depth + 1, out);
          poppler_index_iter_free (child);
        }
    }
  while (poppler_index_iter_next (iter));
}

/* @text's words with single spaces between them, as the page text is:
 * a table cell wraps a message over lines. */
static char *
collapse_words (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n\t", -1);
  GString *joined = g_string_new (NULL);

  for (guint w = 0; words[w] != NULL; w++)
    if (words[w][0] != '\0')
      g_string_append_printf (joined, "%s%s", joined->len > 0 ? " " : "", words[w]);
  return g_string_free (joined, FALSE);
}

/* The first place @needle (whole words, case as given) stands on @page at
 * or below @below points from the top, as a rectangle counted from the top
 * of the page; FALSE if none. */
static gboolean
find_below (PopplerPage      *page,
            const char       *needle,
            double            below,
            PopplerRectangle *out)
{
  GList *found = poppler_page_find_text_with_options (page, needle,
                                                      POPPLER_FIND_CASE_SENSITIVE
                                                      | POPPLER_FIND_WHOLE_WORDS_ONLY);
  double width, height;
  gboolean any = FALSE;

  poppler_page_get_size (page, &width, &height);
  for (GList *l = found; l != NULL; l = l->next)
    {
      PopplerRectangle *r = l->data;
      double top = height - r->y2;

      if (top >= below && (!any || top < out->y1))
        {
          /* find_text counts from the bottom of the page. */
          *out = (PopplerRectangle) { r->x1, top, r->x2, height - r->y1 };
          any = TRUE;
        }
    }
  g_list_free_full (found, (GDestroyNotify) poppler_rectangle_free);
  return any;
}

/* The text of one column of the findings table on @page: between the left
 * edges of the headers @header and @next_header (the page's right edge
 * for NULL), from under the header row at @below down to @bottom. */
static char *
column_text (PopplerPage *page,
             const char  *header,
             const char  *next_header,
             double       below,
             double       bottom)
{
  PopplerRectangle head, next, area;
  PopplerRectangle *boxes = NULL;
  guint n_boxes = 0, i = 0;
  double width, height;
  g_autofree char *text = NULL;
  g_autoptr(GString) column = g_string_new (NULL);

  poppler_page_get_size (page, &width, &height);
  if (!find_below (page, header, below, &head))
    g_error ("no column “%s” in the findings table", header);
  if (next_header == NULL)
    next = (PopplerRectangle) { width, 0, width, 0 };
  else if (!find_below (page, next_header, below, &next))
    g_error ("no column “%s” in the findings table", next_header);
  area = (PopplerRectangle) { head.x1 - 1, head.y2 + 1, next.x1 - 1, bottom };
  text = poppler_page_get_text (page);
  g_assert_true (poppler_page_get_text_layout (page, &boxes, &n_boxes));
  /* The characters whose middle lies in the area, in reading order; white
   * space anywhere, as the separator it is. */
  for (const char *c = text; *c != '\0' && i < n_boxes; c = g_utf8_next_char (c), i++)
    {
      gunichar u = g_utf8_get_char (c);
      double x = (boxes[i].x1 + boxes[i].x2) / 2, y = (boxes[i].y1 + boxes[i].y2) / 2;

      if (g_unichar_isspace (u))
        g_string_append_c (column, ' ');
      else if (x >= area.x1 && x < area.x2 && y >= area.y1 && y <= area.y2)
        g_string_append_unichar (column, u);
    }
  g_free (boxes);
  return collapse_words (column->str);
}

/* The findings of the checks stand in the full plan under their heading,
 * each row with its severity and its whole message, in the order the
 * checks give them (the order of `hamtplan --check`), all before section 1.
 * Read column by column: poppler's page text runs a row's cells into one
 * another where a message wraps. */
static void
assert_findings_listed (HpPlan          *plan,
                        PopplerDocument *poppler,
                        const char      *text)
{
  g_autoptr(GPtrArray) findings = hp_checks_run (plan, NULL);
  g_autofree char *first_section = section_heading (HP_SECTION_CASE);
  g_autoptr(GString) severities = g_string_new (NULL);
  g_autoptr(GString) messages = g_string_new (NULL);
  g_autoptr(GString) listed_severities = g_string_new (NULL);
  g_autoptr(GString) listed_messages = g_string_new (NULL);
  const char *heading = strstr (text, "Kontroll av planen");
  int n_pages = poppler_document_get_n_pages (poppler);
  gboolean in_findings = FALSE, done = FALSE;

  /* The sample plan is made to give findings of more than one severity:
   * without them this would check nothing. */
  g_assert_cmpuint (findings->len, >=, 3);
  for (guint i = 0; i < findings->len; i++)
    {
      HpFinding *finding = g_ptr_array_index (findings, i);
      g_autofree char *message = collapse_words (finding->message);

      g_string_append_printf (severities, "%s%s", i > 0 ? " " : "",
                              hp_severity_get_label (finding->severity));
      g_string_append_printf (messages, "%s%s", i > 0 ? " " : "", message);
    }

  if (heading == NULL)
    g_error ("the full plan lacks the heading “Kontroll av planen”");
  if (strstr (heading, first_section) == NULL)
    g_error ("no “%s” after the findings", first_section);

  for (int p = 0; p < n_pages && !done; p++)
    {
      g_autoptr(TestPdfPage) page = poppler_document_get_page (poppler, p);
      PopplerRectangle at, end;
      double width, height, below = 0, bottom;

      poppler_page_get_size (page, &width, &height);
      bottom = height;
      if (!in_findings)
        {
          if (!find_below (page, "Kontroll av planen", 0, &at))
            continue;
          in_findings = TRUE;
          below = at.y2;
        }
      if (find_below (page, first_section, below, &end))
        {
          bottom = end.y1 - 1;
          done = TRUE;
        }
      /* A page the table goes on to repeats its header row. */
      if (!find_below (page, "Iakttagelse", below, &at) || at.y1 > bottom)
        continue;
      {
        g_autofree char *column_1 = column_text (page, "Allvar", "Iakttagelse", below, bottom);
        g_autofree char *column_2 = column_text (page, "Iakttagelse", "Avsnitt", below, bottom);

        g_string_append_printf (listed_severities, "%s%s",
                                listed_severities->len > 0 ? " " : "", column_1);
        g_string_append_printf (listed_messages, "%s%s",
                                listed_messages->len > 0 ? " " : "", column_2);
      }
    }
  if (!done)
    g_error ("the findings table does not end before “%s”", first_section);
  if (g_strcmp0 (listed_severities->str, severities->str) != 0)
    g_error ("the full plan lists the findings' severities\n  “%s”\nnot as the checks give them\n  “%s”",
             listed_severities->str, severities->str);
  if (g_strcmp0 (listed_messages->str, messages->str) != 0)
    g_error ("the full plan lists the findings\n  “%s”\nnot as the checks give them, in order\n  “%s”",
             listed_messages->str, messages->str);
}

static void
test_full_plan (void)
{
  g_autoptr(HpPlan) plan = pdf_test_plan_new_sample (HP_PROTECTION_NONE);
  g_autoptr(HpDocument) document = hp_document_new_full_plan (plan);
  g_autoptr(GBytes) pdf = render (document);
  g_autoptr(TestPdf) poppler = pdf_test_open_bytes (pdf);
  g_autofree char *text = pdf_test_all_text (poppler);
  GListModel *items = G_LIST_MODEL (plan->items);
  int n_pages = poppler_document_get_n_pages (poppler);

  pdf_test_save (pdf, "full-plan.pdf");

  g_assert_cmpint (n_pages, ==, (int) hp_document_get_n_pages (document));
  g_assert_cmpint (n_pages, >=, 3);
  g_assert_cmpint (n_pages, <=, 8);
  pdf_test_assert_footers (poppler);
  pdf_test_assert_fonts_embedded (poppler);
  pdf_test_assert_text_inside (poppler, HP_PAGE_MARGIN_SIDE);

  /* Each contact's part in the visit, beside its kind: the security
   * company goes to the home, the handover site is the handover place, the
   * others are only informed. */
  assert_has (text, "Går med till bostaden och står vid entrén under hela besöket. "
                    "Del i besöket: Går till bostaden");
  assert_has (text, "Tar emot saker som den andra parten lämnar. "
                    "Del i besöket: Vid överlämningsplatsen");
  assert_has (text, "Tar emot sakerna på överlämningsplatsen och kör dem vidare. "
                    "Del i besöket: Informeras bara");

  /* The Swedish headings: the document's own and the nine sections. */
  assert_has (text, "Plan för att hämta tillhörigheter");
  assert_has (text, "Kontroll av planen");
  assert_findings_listed (plan, poppler, text);
  assert_has (text, "Anteckningar från besöket");
  assert_has (text, "Underskrifter");
  for (HpSection s = HP_SECTION_CASE; s <= HP_SECTION_FOLLOW_UP; s++)
    {
      g_autofree char *heading = section_heading (s);

      assert_has (text, heading);
    }
  /* The PDF's outline: the title, with the sections under it. */
  {
    PopplerIndexIter *iter = poppler_index_iter_new (poppler);
    g_autoptr(GString) outline = g_string_new (NULL);

    g_assert_nonnull (iter);
    collect_outline (iter, 0, outline);
    poppler_index_iter_free (iter);
    assert_has (outline->str, "0:Plan för att hämta tillhörigheter|");
    for (HpSection s = HP_SECTION_CASE; s <= HP_SECTION_FOLLOW_UP; s++)
      {
        g_autofree char *heading = section_heading (s);
        g_autofree char *entry = g_strdup_printf ("1:%s|", heading);

        assert_has (outline->str, entry);
      }
  }

  /* The page header: the plan's title. */
  {
    g_autofree char *title = hp_plan_dup_title (plan);
    g_autofree char *first = pdf_test_page_text (poppler, 0);
    g_autofree char *last = pdf_test_page_text (poppler, n_pages - 1);

    assert_has (first, title);
    assert_has (last, title);
  }

  /* Every item, with its tick boxes' column. */
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(HpItem) item = g_list_model_get_item (items, i);

      assert_has (text, item->name);
    }
  assert_has (text, "Markera");
  /* The tracker reminder for what the other party hands over. */
  assert_has (text, "kontrollera den för spårsändare");

  /* The staff plan holds the client's details when nothing is protected. */
  assert_has (text, SAMPLE_CLIENT_PHONE);
  assert_has (text, SAMPLE_HOME_ADDRESS);
  /* The findings of the checks: the police have no consent recorded... the
   * checks at least run and their table is there, or nothing to remark. */
  assert_has (text, "Karin Lind");
  assert_has (text, "Jonas Ek");
}

/* The text of the band above the body (the page header) of every page of
 * @pdf, NFC, one string per page. */
static GPtrArray *
header_bands (GBytes *pdf)
{
  g_autoptr(TestPdf) poppler = pdf_test_open_bytes (pdf);
  GPtrArray *bands = g_ptr_array_new_with_free_func (g_free);
  int n = poppler_document_get_n_pages (poppler);

  for (int p = 0; p < n; p++)
    {
      g_autoptr(TestPdfPage) page = poppler_document_get_page (poppler, p);
      g_autofree char *text = poppler_page_get_text (page);
      g_autoptr(GString) band = g_string_new (NULL);
      PopplerRectangle *boxes = NULL;
      guint n_boxes = 0, i = 0;

      g_assert_true (poppler_page_get_text_layout (page, &boxes, &n_boxes));
      for (const char *c = text; *c != '\0' && i < n_boxes; c = g_utf8_next_char (c), i++)
        if ((boxes[i].y1 + boxes[i].y2) / 2 < HP_PAGE_MARGIN_TOP)
          g_string_append_unichar (band, g_utf8_get_char (c));
      g_free (boxes);
      g_ptr_array_add (bands, g_utf8_normalize (band->str, -1, G_NORMALIZE_NFC));
    }
  return bands;
}

/* No page header of @document shows any form of the client's name. */
static void
assert_headers_lack_client (HpDocument *document,
                            const char *what)
{
  /* The name, its parts, and the possessives a caseworker writes. */
  static const char *const forms[] = { "Johanna", "Åkesson", "Johannas", "Åkessons",
                                       "johanna", "åkesson", NULL };
  g_autoptr(GBytes) pdf = render (document);
  g_autoptr(GPtrArray) bands = header_bands (pdf);

  g_assert_cmpuint (bands->len, >, 0);
  for (guint p = 0; p < bands->len; p++)
    {
      const char *band = g_ptr_array_index (bands, p);

      /* The header is there and is read: it holds the case reference. */
      if (strstr (band, "2026-0417") == NULL)
        g_error ("%s, page %u: no page header with the case reference: “%s”", what, p + 1, band);
      for (guint f = 0; forms[f] != NULL; f++)
        if (strstr (band, forms[f]) != NULL)
          g_error ("%s, page %u: the page header shows the client's name “%s”: “%s”",
                   what, p + 1, forms[f], band);
    }
}

/* The page header of every page of every document never shows the
 * client's name: not in the title, not as the document's detail, whatever
 * the body says about "Johannas" things.  The name is written decomposed
 * (NFD), as some keyboards and copied text give it. */
static void
test_headers_never_name_client (void)
{
  g_autoptr(HpPlan) plan = pdf_test_plan_new_sample (HP_PROTECTION_NONE);
  g_autofree char *name = g_utf8_normalize ("Johanna Åkesson", -1, G_NORMALIZE_NFD);
  g_autoptr(HpItem) jacket = hp_item_new ();
  GListModel *consents = G_LIST_MODEL (plan->consents);
  GListModel *contacts = G_LIST_MODEL (plan->contacts);
  guint n_sheets = 0;

  g_object_set (plan->case_info, "client-name", name,
                "notes", "Johannas mamma kan ta emot sakerna. Åkessons bil står på gården.",
                NULL);
  for (guint i = 0; i < g_list_model_get_n_items (consents); i++)
    {
      g_autoptr(HpConsent) consent = g_list_model_get_item (consents, i);

      if (consent->party == HP_CONSENT_PARTY_CLIENT)
        g_object_set (consent, "party-name", name, NULL);
    }
  g_object_set (jacket, "name", "Johannas vinterjacka", "location", "Johannas garderob i hallen",
                "priority", HP_PRIORITY_MUST, NULL);
  g_list_store_append (plan->items, jacket);

  {
    g_autoptr(HpDocument) full = hp_document_new_full_plan (plan);
    g_autoptr(HpDocument) record = hp_document_new_consent_record (plan);

    assert_headers_lack_client (full, "the full plan");
    assert_headers_lack_client (record, "the consent record");
  }
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(HpContact) contact = g_list_model_get_item (contacts, i);
      g_autoptr(HpDocument) sheet = hp_document_new_handover (plan, contact, NULL);
      g_autofree char *what = g_strdup_printf ("the handover sheet for %s", contact->id);

      if (sheet == NULL)
        continue;  /* no consent to share with this one */
      assert_headers_lack_client (sheet, what);
      n_sheets++;
    }
  g_assert_cmpuint (n_sheets, >=, 2);

  /* A sheet leaves the office: even a case reference that names the
   * client is not shown with the name in its header. */
  g_object_set (plan->case_info, "reference", "IFO 2026-0417 Johannas flytt", NULL);
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(HpContact) contact = g_list_model_get_item (contacts, i);
      g_autoptr(HpDocument) sheet = hp_document_new_handover (plan, contact, NULL);
      g_autofree char *what = g_strdup_printf ("the handover sheet for %s, the name in the "
                                               "reference", contact->id);

      if (sheet != NULL)
        assert_headers_lack_client (sheet, what);
    }
}

/* With protected personal data, even the staff's plan leaves out the
 * client's phone, safe way of contact and whereabouts. */
static void
test_full_plan_protected (void)
{
  g_autoptr(HpPlan) plan = pdf_test_plan_new_sample (HP_PROTECTION_PROTECTED_REGISTRATION);
  g_autoptr(HpDocument) document = hp_document_new_full_plan (plan);
  g_autoptr(GBytes) pdf = render (document);
  g_autoptr(TestPdf) poppler = pdf_test_open_bytes (pdf);
  g_autofree char *text = pdf_test_all_text (poppler);

  pdf_test_save (pdf, "full-plan-protected.pdf");

  assert_has (text, "Skyddade personuppgifter");
  assert_has (text, "Utelämnas: skyddade personuppgifter");
  assert_lacks (text, SAMPLE_CLIENT_PHONE);
  assert_lacks (text, "Lärkvägen 14, 123 45");
  assert_lacks (text, "fråga efter Amira");
  pdf_test_assert_footers (poppler);
}

/* A thousand items: every one of them on the pages, nothing outside the
 * text area, and the items table's header row on every page it reaches. */
static void
test_full_plan_large (void)
{
  g_autoptr(HpPlan) plan = pdf_test_plan_new_large (1000);
  g_autoptr(HpDocument) document = hp_document_new_full_plan (plan);
  g_autoptr(GBytes) pdf = render (document);
  g_autoptr(TestPdf) poppler = pdf_test_open_bytes (pdf);
  g_autofree char *text = pdf_test_all_text (poppler);
  int n_pages = poppler_document_get_n_pages (poppler);
  int first_item_page = -1, last_item_page = -1;

  pdf_test_save (pdf, "full-plan-1000.pdf");

  g_assert_cmpint (n_pages, >, 30);
  pdf_test_assert_footers (poppler);
  pdf_test_assert_text_inside (poppler, HP_PAGE_MARGIN_SIDE);

  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *name = g_strdup_printf ("Sak nr %04u", i + 1);

      assert_has (text, name);
    }

  for (int p = 0; p < n_pages; p++)
    {
      g_autofree char *page = pdf_test_page_text (poppler, p);

      if (pdf_test_text_has (page, "Sak nr "))
        {
          if (first_item_page < 0)
            first_item_page = p;
          last_item_page = p;
        }
    }
  g_assert_cmpint (last_item_page - first_item_page, >, 20);
  for (int p = first_item_page; p <= last_item_page; p++)
    {
      g_autofree char *page = pdf_test_page_text (poppler, p);

      /* "Nr" and "Markera" head the items table. */
      if (!pdf_test_text_has (page, "Markera") || !pdf_test_text_has (page, "Nr "))
        g_error ("page %d of the items lacks the table's header row", p + 1);
    }

  /* A row never splits: an item's name and its tick boxes share a page. */
  for (int p = first_item_page; p <= last_item_page; p++)
    {
      g_autofree char *page = pdf_test_page_text (poppler, p);
      g_autofree char *fetched = g_strdup (hp_enum_get_label (HP_TYPE_ITEM_STATUS,
                                                              HP_ITEM_STATUS_RETRIEVED));
      guint names = 0, ticks = 0;

      for (const char *at = strstr (page, "Sak nr "); at != NULL; at = strstr (at + 1, "Sak nr "))
        names++;
      for (const char *at = strstr (page, fetched); at != NULL; at = strstr (at + 1, fetched))
        ticks++;
      g_assert_cmpuint (names, >, 0);
      g_assert_cmpuint (names, ==, ticks);
    }
}

static void
assert_handover_hides_client (const char *text,
                              gboolean    shows_home)
{
  assert_lacks (text, SAMPLE_CLIENT_NAME);
  assert_lacks (text, "Amira");
  assert_lacks (text, SAMPLE_CLIENT_ID);
  assert_lacks (text, "191212");
  assert_lacks (text, SAMPLE_CLIENT_PHONE);
  assert_lacks (text, "174 01 23");
  assert_lacks (text, "Lärkvägen");
  assert_lacks (text, "123 45 Norrvik");
  assert_lacks (text, "kvinnojouren");
  assert_lacks (text, "555 123 45");
  if (shows_home)
    assert_has (text, SAMPLE_HOME_ADDRESS);
  else
    assert_lacks (text, "Ekvägen");
}

/* What each part's sheet must show of the sample plan's time and place,
 * and what it must not. */
/* Whether some line with @needle also has @also. */
static gboolean
on_one_line (TestPdf    *poppler,
             const char *needle,
             const char *also)
{
  g_autoptr(GPtrArray) rows = pdf_test_rows_with (poppler, needle);

  for (guint i = 0; i < rows->len; i++)
    if (strstr (g_ptr_array_index (rows, i), also) != NULL)
      return TRUE;
  return FALSE;
}

static void
assert_time_and_place (TestPdf       *poppler,
                       const char    *text,
                       HpContactPart  part)
{
  /* Every part: the day and the time of both planned visits. */
  assert_has (text, "3 december 2026");
  assert_has (text, "10:00–10:45");
  assert_has (text, "10 december 2026");
  assert_has (text, "14:00–14:30");

  /* The place, by part. */
  if (part == HP_CONTACT_PART_GOES_HOME)
    {
      assert_has (text, SAMPLE_HOME_ADDRESS);
      assert_has (text, "Utanför entrén, Ekvägen 3");
      assert_has (text, "högst 45 minuter");
    }
  else
    {
      assert_lacks (text, "Ekvägen");
      assert_lacks (text, "Utanför entrén");
      assert_lacks (text, "högst 45 minuter");
    }
  if (part == HP_CONTACT_PART_HANDOVER_PLACE)
    assert_has (text, "Norrviks stadsdelskontor Torggatan 1, 123 40 Norrvik");
  else
    assert_lacks (text, "Torggatan 1");
  /* The office: the caseworker's unit as the place, beside "Plats" (the
   * unit is also on every sheet under the caseworker's name). */
  g_assert_cmpint (on_one_line (poppler, "Individ- och familjeomsorgen", "Plats"), ==,
                   part == HP_CONTACT_PART_OFFICE);
  /* And the office's address, only for whoever receives the things there. */
  if (part == HP_CONTACT_PART_OFFICE)
    assert_has (text, "Storgatan 5, entrén från gården");
  else
    assert_lacks (text, "Storgatan 5");
}

static void
check_handover (HpProtection   protection,
                const char    *recipient_id,
                HpContactPart  part)
{
  g_autoptr(HpPlan) plan = pdf_test_plan_new_sample (protection);
  HpContact *recipient = pdf_test_plan_get_contact (plan, recipient_id);
  g_autoptr(GError) error = NULL;
  g_autoptr(HpDocument) document = hp_document_new_handover (plan, recipient, &error);
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(TestPdf) poppler = NULL;
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  GListModel *items = G_LIST_MODEL (plan->items);
  gboolean shows_home = part == HP_CONTACT_PART_GOES_HOME;

  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_cmpint (hp_contact_get_effective_part (recipient, plan->support->way), ==, part);
  g_assert_cmpint (hp_plan_contact_goes_home (plan, recipient), ==, shows_home);

  pdf = render (document);
  name = g_strdup_printf ("handover-%s-%s.pdf", recipient_id,
                          protection == HP_PROTECTION_NONE ? "open" : "protected");
  pdf_test_save (pdf, name);
  poppler = pdf_test_open_bytes (pdf);
  text = pdf_test_all_text (poppler);

  pdf_test_assert_footers (poppler);
  pdf_test_assert_fonts_embedded (poppler);
  pdf_test_assert_text_inside (poppler, HP_PAGE_MARGIN_SIDE);
  g_assert_cmpint (poppler_document_get_n_pages (poppler), <=, 2);

  /* What the recipient needs. */
  assert_has (text, "Överlämning av tillhörigheter");
  assert_has (text, "Tid och plats");
  assert_has (text, "Det här ombeds ni göra");
  assert_has (text, recipient->role);
  assert_has (text, "Karin Lind");
  assert_has (text, "08-555 400 10");
  assert_has (text, hp_enum_get_label (HP_TYPE_CONTACT_PART, part));
  assert_time_and_place (poppler, text, part);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(HpItem) item = g_list_model_get_item (items, i);

      assert_has (text, item->name);
    }

  /* What it must never show. */
  assert_handover_hides_client (text, shows_home);
  /* Nor the other recipients' details, nor the staff plan's internals. */
  assert_lacks (text, "Johan Berg");
  assert_lacks (text, "Hot via sms");
  assert_lacks (text, "Lisa sover");
  /* Where in the home things are, only for whoever goes in. */
  if (shows_home)
    assert_has (text, "Barn 1:s säng");
  else
    assert_lacks (text, "Barn 1:s säng");
  /* Lisa's name is not allowed on sheets. */
  assert_lacks (text, "Lisas säng");
}

static void
test_handover_open (void)
{
  check_handover (HP_PROTECTION_NONE, "k2", HP_CONTACT_PART_GOES_HOME);
  check_handover (HP_PROTECTION_NONE, "k3", HP_CONTACT_PART_INFORMED_ONLY);
  check_handover (HP_PROTECTION_NONE, "k4", HP_CONTACT_PART_HANDOVER_PLACE);
}

static void
test_handover_protected (void)
{
  check_handover (HP_PROTECTION_PROTECTED_REGISTRATION, "k2", HP_CONTACT_PART_GOES_HOME);
  check_handover (HP_PROTECTION_PROTECTED_REGISTRATION, "k3", HP_CONTACT_PART_INFORMED_ONLY);
  check_handover (HP_PROTECTION_FICTITIOUS_IDENTITY, "k4", HP_CONTACT_PART_HANDOVER_PLACE);
}

/* A contact the caseworker gave a part in the visit, with the client's
 * consent to share information with it. */
static HpContact *
add_part_contact (HpPlan        *plan,
                  const char    *id,
                  HpContactKind  kind,
                  const char    *name,
                  const char    *organisation,
                  const char    *role,
                  HpContactPart  part)
{
  g_autoptr(HpContact) contact = hp_contact_new ();
  g_autoptr(HpConsent) consent = hp_consent_new ();

  g_object_set (contact, "id", id, "kind", kind, "name", name, "organisation", organisation,
                "role", role, "part", part, NULL);
  g_list_store_append (plan->contacts, contact);
  g_object_set (consent, "party", HP_CONSENT_PARTY_CLIENT, "party-name", SAMPLE_CLIENT_NAME,
                "scope", HP_CONSENT_SCOPE_SHARE_INFORMATION, "recipient", id,
                "given", HP_ANSWER_YES, "form", HP_CONSENT_FORM_ORAL, "date", "2026-11-20",
                "recorded-by", "Karin Lind", NULL);
  g_list_store_append (plan->consents, consent);
  return contact;
}

static TestPdf *
handover_pdf (HpPlan      *plan,
              const char  *recipient_id,
              const char  *save_as,
              char       **text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpDocument) document =
    hp_document_new_handover (plan, pdf_test_plan_get_contact (plan, recipient_id), &error);
  g_autoptr(GBytes) pdf = NULL;
  TestPdf *poppler;

  g_assert_no_error (error);
  pdf = render (document);
  pdf_test_save (pdf, save_as);
  poppler = pdf_test_open_bytes (pdf);
  pdf_test_assert_text_inside (poppler, HP_PAGE_MARGIN_SIDE);
  *text = pdf_test_all_text (poppler);
  return poppler;
}

/* Everyone who takes part gets the date, time and place of their part,
 * not only the contact whose kind matches the way of support: a friend who
 * packs, the landlord who opens the door, movers who take the boxes to the
 * office, a lawyer who is only told.  A visit already carried out is on no
 * sheet. */
static void
test_handover_every_part (void)
{
  g_autoptr(HpPlan) plan = pdf_test_plan_new_sample (HP_PROTECTION_CONFIDENTIALITY_MARKING);
  g_autoptr(HpVisit) done = hp_visit_new ();
  static const struct
  {
    const char    *id;
    HpContactPart  part;
  } expected[] = {
    { "k2", HP_CONTACT_PART_GOES_HOME },       /* by kind and way, as before */
    { "k3", HP_CONTACT_PART_HANDOVER_PLACE },  /* a relative given the handover */
    { "k4", HP_CONTACT_PART_HANDOVER_PLACE },  /* by kind */
    { "k6", HP_CONTACT_PART_GOES_HOME },
    { "k7", HP_CONTACT_PART_GOES_HOME },
    { "k8", HP_CONTACT_PART_OFFICE },
    { "k9", HP_CONTACT_PART_INFORMED_ONLY },
  };

  g_object_set (done, "date", "2026-11-28", "start-time", "08:15", "end-time", "09:05",
                "time-limit-minutes", 50, "place", "Utanför porten, Ekvägen 3",
                "status", HP_VISIT_STATUS_CARRIED_OUT,
                "outcome", "Medicinerna och passet hämtades; resten nästa gång", NULL);
  g_list_store_insert (plan->visits, 0, done);

  g_object_set (pdf_test_plan_get_contact (plan, "k3"), "part", HP_CONTACT_PART_HANDOVER_PLACE,
                NULL);
  add_part_contact (plan, "k6", HP_CONTACT_KIND_RELATIVE, "Sara Nilsson", "",
                    "Sara, Fatimas väninna, packar barnens kläder i sovrummet.",
                    HP_CONTACT_PART_GOES_HOME);
  add_part_contact (plan, "k7", HP_CONTACT_KIND_OTHER, "Bengt Ås", "Norrviks Bostäder AB",
                    "Hyresvärdens förvaltare öppnar dörren och byter låset efteråt.",
                    HP_CONTACT_PART_GOES_HOME);
  add_part_contact (plan, "k8", HP_CONTACT_KIND_OTHER, "", "Bära & Bo Flytt AB",
                    "Kör kartongerna och tar emot dem på socialkontoret.",
                    HP_CONTACT_PART_OFFICE);
  add_part_contact (plan, "k9", HP_CONTACT_KIND_LAWYER, "Nadia Rahimi", "Advokatfirman Rahimi",
                    "Biträder i bodelningen och behöver veta när sakerna hämtas.",
                    HP_CONTACT_PART_INFORMED_ONLY);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      HpContact *contact = pdf_test_plan_get_contact (plan, expected[i].id);
      g_autofree char *name = g_strdup_printf ("handover-part-%s.pdf", expected[i].id);
      g_autofree char *text = NULL;
      g_autoptr(TestPdf) poppler = handover_pdf (plan, expected[i].id, name, &text);

      g_test_message ("sheet for %s", expected[i].id);
      g_assert_cmpint (hp_contact_get_effective_part (contact, plan->support->way), ==,
                       expected[i].part);
      assert_has (text, contact->role);
      assert_has (text, hp_enum_get_label (HP_TYPE_CONTACT_PART, expected[i].part));
      assert_time_and_place (poppler, text, expected[i].part);
      assert_handover_hides_client (text, expected[i].part == HP_CONTACT_PART_GOES_HOME);

      /* The visit already made is none of the recipient's business. */
      assert_lacks (text, "28 november 2026");
      assert_lacks (text, "08:15");
      assert_lacks (text, "Medicinerna och passet");
      /* Where things are in the home: only for whoever goes in. */
      if (expected[i].part == HP_CONTACT_PART_GOES_HOME)
        assert_has (text, "Byrålådan i sovrummet");
      else
        assert_lacks (text, "Byrålådan");
    }
}

/* Items told apart by whom they are for, without naming the client or a
 * child the caseworker has not allowed: "barn 1", "barn 2" in the order of
 * the children, or the first name alone. */
static void
test_handover_children_told_apart (void)
{
  g_autoptr(HpPlan) plan = pdf_test_plan_new_sample (HP_PROTECTION_NONE);
  g_autoptr(HpChild) reem = hp_child_new ();
  g_autofree char *text = NULL;
  g_autoptr(TestPdf) poppler = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *name_visual = g_utf8_strreverse ("ريم", -1);
  g_autofree char *surname_visual = g_utf8_strreverse ("حداد", -1);
  const char *owners[] = { "c1", "c2", "c3" };

  g_object_set (reem, "id", "c3", "name", "ريم حداد", "id-number", "20210309-4402",
                "name-on-sheets", TRUE, NULL);
  g_list_store_append (plan->case_info->children, reem);
  /* The same thing for each child, as the catalogue suggests it. */
  for (guint i = 0; i < G_N_ELEMENTS (owners); i++)
    {
      g_autoptr(HpItem) item = hp_item_new ();

      g_object_set (item, "name", "Barnens gosedjur", "category",
                    HP_ITEM_CATEGORY_CHILDRENS_THINGS, "priority", HP_PRIORITY_MUST,
                    "owner", owners[i], "location", "Barnens rum", NULL);
      g_list_store_append (plan->items, item);
    }

  poppler = handover_pdf (plan, "k4", "handover-children.pdf", &text);
  rows = pdf_test_rows_with (poppler, "Barnens gosedjur");
  g_assert_cmpuint (rows->len, ==, 3);
  /* Each row its own owner. */
  assert_has (g_ptr_array_index (rows, 0), "barn 1");
  assert_lacks (g_ptr_array_index (rows, 0), "barn 2");
  assert_has (g_ptr_array_index (rows, 1), "barn 2");
  assert_lacks (g_ptr_array_index (rows, 1), "barn 1");
  {
    /* Poppler gives the Arabic name in visual order, perhaps with a space
     * between the letters. */
    g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (rows, 2), " ", -1);
    g_autofree char *joined = g_strjoinv ("", parts);

    if (strstr (joined, "ريم") == NULL && strstr (joined, name_visual) == NULL)
      g_error ("the third row does not name ريم: %s", (char *) g_ptr_array_index (rows, 2));
    assert_lacks (joined, "barn");
  }
  assert_has (text, "Pass");
  g_assert_true (on_one_line (poppler, "Pass", "klienten"));
  /* Neither the other children's names nor a surname. */
  assert_lacks (text, "Lisa");
  assert_lacks (text, "Omar");
  assert_lacks (text, "حداد");
  assert_lacks (text, surname_visual);
  assert_lacks (text, "barn 3");
  assert_handover_hides_client (text, FALSE);

  /* Without the caseworker's leave, the third child is "barn 3" too. */
  g_object_set (reem, "name-on-sheets", FALSE, NULL);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&rows, g_ptr_array_unref);
  g_clear_object (&poppler);
  poppler = handover_pdf (plan, "k4", "handover-children-numbered.pdf", &text);
  rows = pdf_test_rows_with (poppler, "Barnens gosedjur");
  g_assert_cmpuint (rows->len, ==, 3);
  assert_has (g_ptr_array_index (rows, 2), "barn 3");
  assert_lacks (text, "ريم");
  assert_lacks (text, name_visual);
}

static gboolean
has_withheld (HpDocument *document,
              const char *what,
              const char *why)
{
  for (guint i = 0; i < hp_document_get_n_withheld (document); i++)
    {
      const char *w, *y;

      hp_document_get_withheld (document, i, &w, &y);
      if (g_str_equal (w, what) && g_str_equal (y, why))
        return TRUE;
    }
  return FALSE;
}

static void
assert_carried (HpDocument         *document,
                const char * const *expected)
{
  GPtrArray *carried = hp_document_get_carried_fields (document);
  g_autoptr(GString) got = g_string_new (NULL);

  for (guint i = 0; i < carried->len; i++)
    g_string_append_printf (got, "%s ", (const char *) g_ptr_array_index (carried, i));
  g_test_message ("carried: %s", got->str);

  for (guint i = 0; expected[i] != NULL; i++)
    if (!g_ptr_array_find_with_equal_func (carried, expected[i], g_str_equal, NULL))
      g_error ("the sheet does not note that it carries %s", expected[i]);
  g_assert_cmpuint (carried->len, ==, g_strv_length ((char **) expected));
}

/* The fields a sheet carries, for the disclosure log, and what it leaves
 * out and why, for the preview: they follow the part. */
static void
test_handover_carried_fields (void)
{
  g_autoptr(HpPlan) plan = pdf_test_plan_new_sample (HP_PROTECTION_NONE);
  g_autoptr(HpChild) reem = hp_child_new ();
  g_autoptr(HpItem) toy = hp_item_new ();
  g_autoptr(HpDocument) home = NULL;
  g_autoptr(HpDocument) informed = NULL;
  g_autoptr(HpDocument) office = NULL;
  static const char * const home_fields[] = {
    "contacts.kind", "contacts.name", "contacts.organisation", "case.reference",
    "contacts.role", "contacts.part", "case.home_address", "visits.date", "visits.start_time",
    "visits.end_time", "visits.place", "visits.time_limit_minutes", "items.name", "items.owner",
    "items.priority", "items.location", "case.children.name", "case.caseworker_name",
    "case.caseworker_unit", "case.caseworker_phone", NULL
  };
  static const char * const informed_fields[] = {
    "contacts.kind", "contacts.name", "case.reference", "contacts.role", "contacts.part",
    "visits.date", "visits.start_time", "visits.end_time", "items.name", "items.owner",
    "items.priority", "case.children.name", "case.caseworker_name", "case.caseworker_unit",
    "case.caseworker_phone", NULL
  };
  static const char * const office_fields[] = {
    "contacts.kind", "contacts.name", "case.reference", "contacts.role", "contacts.part",
    "case.caseworker_unit", "case.office_address", "visits.date", "visits.start_time",
    "visits.end_time", "items.name", "items.owner", "items.priority", "case.children.name",
    "case.caseworker_name", "case.caseworker_phone", NULL
  };

  g_object_set (reem, "id", "c3", "name", "ريم", "name-on-sheets", TRUE, NULL);
  g_list_store_append (plan->case_info->children, reem);
  g_object_set (toy, "name", "Barnens gosedjur", "owner", "c3", NULL);
  g_list_store_append (plan->items, toy);

  home = hp_document_new_handover (plan, pdf_test_plan_get_contact (plan, "k2"), NULL);
  informed = hp_document_new_handover (plan, pdf_test_plan_get_contact (plan, "k3"), NULL);
  g_object_set (pdf_test_plan_get_contact (plan, "k3"), "part", HP_CONTACT_PART_OFFICE, NULL);
  office = hp_document_new_handover (plan, pdf_test_plan_get_contact (plan, "k3"), NULL);
  g_assert_nonnull (home);
  g_assert_nonnull (informed);
  g_assert_nonnull (office);

  assert_carried (home, home_fields);
  assert_carried (informed, informed_fields);
  assert_carried (office, office_fields);

  /* What each leaves out and why, in Swedish. */
  g_assert_false (has_withheld (home, "Bostadens adress", "Ni går inte till bostaden."));
  g_assert_true (has_withheld (home, "Barnens namn",
                               "Handläggaren har inte gett lov att de står på "
                               "överlämningsblad."));
  g_assert_true (has_withheld (informed, "Bostadens adress", "Ni går inte till bostaden."));
  g_assert_true (has_withheld (informed, "Var sakerna finns i bostaden",
                               "Det får bara de veta som går in i bostaden."));
  g_assert_true (has_withheld (informed, "Platsen", "Ni får bara veta dag och tid."));
  g_assert_true (has_withheld (office, "Bostadens adress", "Ni går inte till bostaden."));
  g_assert_false (has_withheld (office, "Platsen", "Ni får bara veta dag och tid."));
}

/* A relative who fetches the things from the home gets its address; the
 * same relative receiving them elsewhere does not. */
static void
test_handover_relative_fetching (void)
{
  g_autoptr(HpPlan) plan = pdf_test_plan_new_sample (HP_PROTECTION_CONFIDENTIALITY_MARKING);
  HpContact *relative = pdf_test_plan_get_contact (plan, "k3");

  g_assert_false (hp_plan_contact_goes_home (plan, relative));
  g_object_set (plan->support, "way", HP_SUPPORT_WAY_RELATIVES, NULL);
  g_assert_true (hp_plan_contact_goes_home (plan, relative));

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(HpDocument) document = hp_document_new_handover (plan, relative, &error);
    g_autoptr(GBytes) pdf = NULL;
    g_autoptr(TestPdf) poppler = NULL;
    g_autofree char *text = NULL;

    g_assert_no_error (error);
    pdf = render (document);
    poppler = pdf_test_open_bytes (pdf);
    text = pdf_test_all_text (poppler);
    assert_handover_hides_client (text, TRUE);
    /* Where in the home, for whoever goes in. */
    assert_has (text, "Byrålådan i sovrummet");
  }

  /* A handover site never goes to the home. */
  g_assert_false (hp_plan_contact_goes_home (plan, pdf_test_plan_get_contact (plan, "k4")));
}

/* What in a text on the sheet would show the client's whereabouts or phone
 * is left out, whatever field it was typed in. */
static void
test_handover_leaks_left_out (void)
{
  g_autoptr(HpPlan) plan = pdf_test_plan_new_sample (HP_PROTECTION_PROTECTED_REGISTRATION);
  HpContact *site = pdf_test_plan_get_contact (plan, "k4");
  g_autoptr(HpVisit) visit = g_list_model_get_item (G_LIST_MODEL (plan->visits), 1);
  g_autoptr(HpItem) item = g_list_model_get_item (G_LIST_MODEL (plan->items), 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(HpDocument) document = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(TestPdf) poppler = NULL;
  g_autofree char *text = NULL;

  g_object_set (visit, "place", "Hämta klienten på lärkvägen 14 först", NULL);
  g_object_set (site, "role", "Ring klienten på +46 70 174 01 23 när sakerna har kommit", NULL);
  g_object_set (item, "name", "Pass (skickas till Skyddat boende, Lärkvägen 14)", NULL);

  document = hp_document_new_handover (plan, site, &error);
  g_assert_no_error (error);
  pdf = render (document);
  poppler = pdf_test_open_bytes (pdf);
  text = pdf_test_all_text (poppler);

  assert_handover_hides_client (text, FALSE);
  assert_lacks (text, "70 174");
  /* Only what reveals is left out; "Skyddat boende" names no place. */
  assert_has (text, "Ring klienten på (utelämnat) när sakerna har kommit");
  assert_has (text, "Pass (skickas till Skyddat boende, (utelämnat))");
}

static void
assert_refused (HpPlan     *plan,
                HpContact  *recipient,
                const char *message_part)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *existing = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) dir_error = NULL;
  g_autoptr(HpDocument) document = NULL;
  g_autofree char *contents = NULL;

  dir = g_dir_make_tmp ("hamtplan-pdf-XXXXXX", &dir_error);
  g_assert_no_error (dir_error);
  path = g_build_filename (dir, "overlamning.pdf", NULL);
  existing = g_build_filename (dir, "befintlig.pdf", NULL);

  /* Refused with a clear Swedish message, and no file written. */
  g_assert_false (hp_export_handover_pdf (plan, recipient, path, &error));
  g_assert_error (error, HP_EXPORT_ERROR, HP_EXPORT_ERROR_NO_CONSENT);
  g_assert_true (g_str_has_prefix (error->message, "Inget överlämningsblad för"));
  if (strstr (error->message, message_part) == NULL)
    g_error ("“%s” does not say “%s”", error->message, message_part);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* A file already there is left as it was. */
  g_assert_true (g_file_set_contents (existing, "old", -1, NULL));
  g_assert_false (hp_export_handover_pdf (plan, recipient, existing, &error));
  g_assert_true (g_file_get_contents (existing, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");

  document = hp_document_new_handover (plan, recipient, NULL);
  g_assert_null (document);

  g_assert_cmpint (g_remove (existing), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_handover_refused (void)
{
  g_autoptr(HpPlan) plan = pdf_test_plan_new_sample (HP_PROTECTION_NONE);
  g_autoptr(HpConsent) consent = NULL;

  /* The police and the women's shelter have no consent recorded. */
  assert_refused (plan, pdf_test_plan_get_contact (plan, "k1"), "inget samtycke");
  assert_refused (plan, pdf_test_plan_get_contact (plan, "k5"), "inget samtycke");

  /* Withdrawn, refused, run out. */
  consent = g_list_model_get_item (G_LIST_MODEL (plan->consents), 0);
  g_assert_cmpstr (consent->recipient, ==, "k2");
  g_object_set (consent, "withdrawn-on", "2026-11-25", NULL);
  assert_refused (plan, pdf_test_plan_get_contact (plan, "k2"), "tog tillbaka");
  g_object_set (consent, "withdrawn-on", "", "given", HP_ANSWER_NO, NULL);
  assert_refused (plan, pdf_test_plan_get_contact (plan, "k2"), "sagt nej");
  g_object_set (consent, "given", HP_ANSWER_YES, "valid-until", "2020-01-31", NULL);
  assert_refused (plan, pdf_test_plan_get_contact (plan, "k2"), "gällde till");

  /* Another party's consent does not count: it must be the client's. */
  g_object_set (consent, "valid-until", "", "party", HP_CONSENT_PARTY_LANDLORD, NULL);
  assert_refused (plan, pdf_test_plan_get_contact (plan, "k2"), "inget samtycke");

  /* Back in force: the sheet is written. */
  g_object_set (consent, "party", HP_CONSENT_PARTY_CLIENT, NULL);
  g_assert_true (hp_plan_check_sharing_consent (plan, pdf_test_plan_get_contact (plan, "k2"),
                                                NULL, NULL));
}

static void
test_handover_not_a_contact (void)
{
  g_autoptr(HpPlan) plan = pdf_test_plan_new_sample (HP_PROTECTION_NONE);
  g_autoptr(HpContact) stranger = hp_contact_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HpDocument) document = NULL;

  g_object_set (stranger, "id", "k2", "kind", HP_CONTACT_KIND_SECURITY_COMPANY, NULL);
  document = hp_document_new_handover (plan, stranger, &error);
  g_assert_null (document);
  g_assert_error (error, HP_EXPORT_ERROR, HP_EXPORT_ERROR_RECIPIENT);
}

static void
test_consent_record (void)
{
  g_autoptr(HpPlan) plan = pdf_test_plan_new_sample (HP_PROTECTION_PROTECTED_REGISTRATION);
  g_autoptr(HpDocument) document = hp_document_new_consent_record (plan);
  g_autoptr(GBytes) pdf = render (document);
  g_autoptr(TestPdf) poppler = pdf_test_open_bytes (pdf);
  g_autofree char *text = pdf_test_all_text (poppler);
  g_autoptr(HpConsent) withdrawn = NULL;

  pdf_test_save (pdf, "consent-record.pdf");
  pdf_test_assert_footers (poppler);
  pdf_test_assert_fonts_embedded (poppler);
  pdf_test_assert_text_inside (poppler, HP_PAGE_MARGIN_SIDE);

  assert_has (text, "Samtycken i ärendet");
  assert_has (text, "Vad ett samtycke omfattar");
  assert_has (text, "Vad ett samtycke inte omfattar");
  assert_has (text, "Du kan när som helst ta tillbaka ett samtycke");
  /* Not the legal basis of the case record. */
  assert_has (text, "Samtycket är inte det som ger socialtjänsten rätt att föra journal");
  /* Every consent, with who gave it and to which recipient. */
  for (guint i = 1; i <= 5; i++)
    {
      g_autofree char *heading = g_strdup_printf ("Samtycke %u:", i);

      assert_has (text, heading);
    }
  assert_has (text, "Johan Berg");
  assert_has (text, "Trygghetsbolaget AB");
  assert_has (text, "Hallen, sovrummet och barnens rum");
  assert_has (text, "Tid, plats och vilka saker som ska hämtas");
  /* Signature lines for the client and the caseworker. */
  assert_has (text, SAMPLE_CLIENT_NAME);
  assert_has (text, "Karin Lind");
  assert_has (text, "Ort och datum");
  /* No whereabouts on it. */
  assert_lacks (text, "Lärkvägen");
  assert_lacks (text, SAMPLE_CLIENT_PHONE);

  /* A withdrawn consent says so. */
  withdrawn = g_list_model_get_item (G_LIST_MODEL (plan->consents), 1);
  g_object_set (withdrawn, "withdrawn-on", "2026-11-25", NULL);
  {
    g_autoptr(HpDocument) again = hp_document_new_consent_record (plan);
    g_autoptr(GBytes) pdf2 = render (again);
    g_autoptr(TestPdf) poppler2 = pdf_test_open_bytes (pdf2);
    g_autofree char *text2 = pdf_test_all_text (poppler2);

    assert_has (text2, "Återkallat");
  }
}

/* The files: written whole, 0600, readable back. */
static void
test_export_files (void)
{
  g_autoptr(HpPlan) plan = pdf_test_plan_new_sample (HP_PROTECTION_NONE);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hamtplan-pdf-XXXXXX", &error);
  const char *names[] = { "plan.pdf", "overlamning.pdf", "samtycken.pdf" };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autoptr(TestPdf) poppler = NULL;
      GStatBuf st;
      gboolean ok;

      if (i == 0)
        ok = hp_export_plan_pdf (plan, path, &error);
      else if (i == 1)
        ok = hp_export_handover_pdf (plan, pdf_test_plan_get_contact (plan, "k4"), path, &error);
      else
        ok = hp_export_consent_pdf (plan, path, &error);
      g_assert_no_error (error);
      g_assert_true (ok);

      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 0777, ==, 0600);
      poppler = pdf_test_open_file (path);
      g_assert_cmpint (poppler_document_get_n_pages (poppler), >=, 1);
      pdf_test_assert_footers (poppler);
      g_assert_cmpint (g_remove (path), ==, 0);
    }

  /* A folder that does not exist: an error, no crash, nothing written. */
  {
    g_autofree char *path = g_build_filename (dir, "saknas", "plan.pdf", NULL);

    g_assert_false (hp_export_plan_pdf (plan, path, &error));
    g_assert_error (error, HP_EXPORT_ERROR, HP_EXPORT_ERROR_WRITE);
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  pdf_test_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hp/export/pdf/full-plan", test_full_plan);
  g_test_add_func ("/hp/export/pdf/full-plan-protected", test_full_plan_protected);
  g_test_add_func ("/hp/export/pdf/headers-never-name-client", test_headers_never_name_client);
  g_test_add_func ("/hp/export/pdf/full-plan-1000-items", test_full_plan_large);
  g_test_add_func ("/hp/export/pdf/handover-open", test_handover_open);
  g_test_add_func ("/hp/export/pdf/handover-protected", test_handover_protected);
  g_test_add_func ("/hp/export/pdf/handover-every-part", test_handover_every_part);
  g_test_add_func ("/hp/export/pdf/handover-children-told-apart",
                   test_handover_children_told_apart);
  g_test_add_func ("/hp/export/pdf/handover-carried-fields", test_handover_carried_fields);
  g_test_add_func ("/hp/export/pdf/handover-relative-fetching", test_handover_relative_fetching);
  g_test_add_func ("/hp/export/pdf/handover-leaks-left-out", test_handover_leaks_left_out);
  g_test_add_func ("/hp/export/pdf/handover-refused-without-consent", test_handover_refused);
  g_test_add_func ("/hp/export/pdf/handover-not-a-contact", test_handover_not_a_contact);
  g_test_add_func ("/hp/export/pdf/consent-record", test_consent_record);
  g_test_add_func ("/hp/export/pdf/export-files", test_export_files);

  return g_test_run ();
}
