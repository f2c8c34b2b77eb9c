/* test-pdf-visit-card.c: the visit card as the staff read it, from the PDF
 *
 * Read back with poppler (the library behind pdftotext): the Swedish
 * headings and facts of the visit, the belongings in pick order room by
 * room with must-items first, forty things on one page, a longer list in
 * order across pages, the right visit of two, and under protected data
 * nothing of where the client is.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

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

static void
assert_has (const char *text,
            const char *needle)
{
  if (!pdf_test_text_has (text, needle))
    g_error ("the card lacks “%s”; it reads:\n%s", needle, text);
}

static void
assert_lacks (const char *text,
              const char *needle)
{
  if (pdf_test_text_has (text, needle))
    g_error ("the card shows “%s”; it reads:\n%s", needle, text);
}

/* A label of the card's table and its value: poppler runs the two cells
 * of a row together, with or without a space. */
static void
assert_fact (const char *text,
             const char *label,
             const char *value)
{
  g_autofree char *joined = g_strconcat (label, value, NULL);
  g_autofree char *spaced = g_strconcat (label, " ", value, NULL);

  if (!pdf_test_text_has (text, joined) && !pdf_test_text_has (text, spaced))
    g_error ("the card lacks “%s” beside “%s”; it reads:\n%s", value, label, text);
}

static guint
count (const char *text,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

static HpVisit *
get_visit (HpPlan *plan,
           guint   number)
{
  HpVisit *visit = g_list_model_get_item (G_LIST_MODEL (plan->visits), number - 1);

  g_object_unref (visit);  /* the plan keeps it */
  return visit;
}

static void
add_item (HpPlan       *plan,
          const char   *name,
          const char   *location,
          HpPriority    priority,
          HpItemStatus  status)
{
  g_autoptr(HpItem) item = hp_item_new ();

  g_object_set (item, "name", name, "location", location, "priority", priority,
                "status", status, NULL);
  g_list_store_append (plan->items, item);
}

/* The sample plan with what a visit card prints filled in: the first
 * visit carried out, the second still planned, each with its own code
 * word. */
static HpPlan *
card_plan (HpProtection protection)
{
  HpPlan *plan = pdf_test_plan_new_sample (protection);

  g_object_set (plan->case_info, "office-phone", "08-555 400 99", NULL);
  g_object_set (plan->support, "if-other-party-appears",
                "Avbryt genast, gå ut genom porten med klienten och ring 112.", NULL);
  g_object_set (get_visit (plan, 1), "status", HP_VISIT_STATUS_CARRIED_OUT,
                "code-word", "Gröna mappen", "parking", "Gästparkeringen vid Ekvägen 1",
                "way-out", "Trapphuset ner till porten", NULL);
  g_object_set (get_visit (plan, 2), "code-word", "Blå pärmen",
                "parking", "Besöksplatsen framför receptionen, nosen mot utfarten",
                "way-out", "Huvudentrén; reserv: personalingången mot gården",
                "check-in-time", "13:50", "check-out-time", "14:45", NULL);
  return plan;
}

/* Where @needle first stands in the card: its page, its column (0 left of
 * the middle, 1 right of it) and its top; FALSE if it is not there. */
static gboolean
find_place (PopplerDocument *document,
            const char      *needle,
            int             *page_out,
            int             *column_out,
            double          *top_out)
{
  for (int p = 0; p < poppler_document_get_n_pages (document); p++)
    {
      g_autoptr(TestPdfPage) page = poppler_document_get_page (document, p);
      GList *found = poppler_page_find_text (page, needle);
      double width, height;

      poppler_page_get_size (page, &width, &height);
      if (found != NULL)
        {
          PopplerRectangle *r = found->data;

          *page_out = p;
          *column_out = r->x1 < width / 2 ? 0 : 1;
          *top_out = height - r->y2;
          g_list_free_full (found, (GDestroyNotify) poppler_rectangle_free);
          return TRUE;
        }
    }
  return FALSE;
}

/* The @names stand in this order as the card is read: page by page, down
 * the left column and then the right (@by_column), or row by row. */
static void
assert_reading_order (PopplerDocument    *document,
                      const char * const *names,
                      guint               n_names,
                      gboolean            by_column)
{
  int last_page = -1, last_column = 0;
  double last_top = -1;

  for (guint i = 0; i < n_names; i++)
    {
      int page, column;
      double top;
      gboolean after;

      if (!find_place (document, names[i], &page, &column, &top))
        g_error ("“%s” is not on the card", names[i]);
      if (page != last_page)
        after = page > last_page;
      else if (by_column && column != last_column)
        after = column > last_column;
      else
        after = top > last_top + 0.5 || (!by_column && top > last_top - 0.5 && column > last_column);
      if (!after)
        g_error ("“%s” (page %d, column %d, %.1f) is read before “%s” (page %d, column %d, %.1f)",
                 names[i], page + 1, column, top, names[i - 1], last_page + 1, last_column,
                 last_top);
      last_page = page;
      last_column = column;
      last_top = top;
    }
}

/* The facts of the visit in Swedish, and the belongings in pick order:
 * the rooms with a must-item first, in the order the plan first names
 * them, the rest after, what has no place last; in each room the
 * must-items first; one room however it is typed (case, spaces, a
 * decomposed "ö"); what has come home left off. */
static void
test_pick_order (void)
{
  g_autoptr(HpPlan) plan = card_plan (HP_PROTECTION_NONE);
  g_autoptr(HpDocument) card = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(TestPdf) poppler = NULL;
  g_autofree char *text = NULL;
  g_autofree char *kok = g_utf8_normalize ("Köket, skåpet över spisen", -1, G_NORMALIZE_NFD);
  g_autoptr(HpItem) tablet = hp_item_new ();
  static const char * const order[] = {
    "1 Körkortet", "2 Vinterjackan", "3 Passet", "4 Glasögonen", "5 Laddaren", "6 Smyckena",
    "7 Medicinen", "8 Kryddorna", "9 Fotoalbumet", "10 Surfplattan",
  };

  g_list_store_remove_all (plan->items);
  add_item (plan, "Fotoalbumet", "Vardagsrummet, bokhyllan", HP_PRIORITY_IF_POSSIBLE,
            HP_ITEM_STATUS_PLANNED);
  add_item (plan, "Vinterjackan", "Hallen", HP_PRIORITY_SHOULD, HP_ITEM_STATUS_PLANNED);
  add_item (plan, "Passet", "Sovrummet, översta byrålådan", HP_PRIORITY_MUST,
            HP_ITEM_STATUS_PLANNED);
  add_item (plan, "Laddaren", "sovrummet ", HP_PRIORITY_SHOULD, HP_ITEM_STATUS_PLANNED);
  add_item (plan, "Glasögonen", "Sovrummet – nattduksbordet", HP_PRIORITY_MUST,
            HP_ITEM_STATUS_PLANNED);
  add_item (plan, "Körkortet", "Hallen: plånboken i jackan", HP_PRIORITY_MUST,
            HP_ITEM_STATUS_PLANNED);
  add_item (plan, "Medicinen", kok, HP_PRIORITY_MUST, HP_ITEM_STATUS_PLANNED);
  add_item (plan, "Kryddorna", "köket", HP_PRIORITY_IF_POSSIBLE, HP_ITEM_STATUS_PLANNED);
  g_object_set (tablet, "name", "Surfplattan", "from-other-party", TRUE, NULL);
  g_list_store_append (plan->items, tablet);
  add_item (plan, "Smyckena", "Sovrummet (skrinet)", HP_PRIORITY_IF_POSSIBLE,
            HP_ITEM_STATUS_NOT_FOUND);
  add_item (plan, "Sommarkläderna", "Sovrummet", HP_PRIORITY_SHOULD, HP_ITEM_STATUS_RETRIEVED);

  card = hp_document_new_visit_card (plan, get_visit (plan, 2), NULL);
  g_assert_nonnull (card);
  pdf = render (card);
  poppler = pdf_test_open_bytes (pdf);
  text = pdf_test_all_text (poppler);
  pdf_test_save (pdf, "visit-card-pick-order.pdf");

  g_assert_cmpint (poppler_document_get_n_pages (poppler), ==, 1);
  pdf_test_assert_footers (poppler);
  pdf_test_assert_fonts_embedded (poppler);
  pdf_test_assert_text_inside (poppler, HP_PAGE_MARGIN_SIDE);

  /* The visit, in Swedish. */
  assert_has (text, "Besökskort, besök 2 av 2");
  assert_has (text, "Besökskort");
  assert_fact (text, "När", "10 december 2026, 14:00–14:30 · högst 30 minuter på plats");
  assert_fact (text, "Mötesplats", "Norrviks stadsdelskontor, receptionen");
  assert_fact (text, "Med på besöket", "Fatima Hassan, Karin Lind");
  assert_has (text, "Karin Lind 08-555 400 10 · Jonas Ek 08-555 400 11");
  assert_fact (text, "Kodord", "Blå pärmen");
  assert_lacks (text, "Gröna mappen");
  assert_fact (text, "Checka in och ut", "in 13:50 · ut 14:45 · ring kontoret på 08-555 400 99");
  assert_fact (text, "Parkering", "Besöksplatsen framför receptionen, nosen mot utfarten");
  assert_fact (text, "Vägen ut", "Huvudentrén; reserv: personalingången mot gården");
  assert_fact (text, "Om den andra parten dyker upp",
               "Avbryt genast, gå ut genom porten med klienten och ring 112.");
  assert_has (text, "Tillhörigheter, rum för rum");
  assert_has (text, "Sekretess enligt OSL 26 kap. 1 §");
  assert_lacks (text, "Besöket är markerat");

  /* The belongings: each room once, in pick order, the details after the
   * name, what came home not at all. */
  assert_reading_order (poppler, order, G_N_ELEMENTS (order), TRUE);
  g_assert_cmpuint (count (text, "Sovrummet"), ==, 1);
  g_assert_cmpuint (count (text, "Köket"), ==, 1);
  g_assert_cmpuint (count (text, "Hallen"), ==, 1);
  assert_has (text, "Plats inte angiven");
  assert_has (text, "1 Körkortet – plånboken i jackan");
  assert_has (text, "3 Passet – översta byrålådan");
  assert_has (text, "6 Smyckena – skrinet · om möjligt · förra gången: Hittades inte");
  assert_has (text, "7 Medicinen – skåpet över spisen");
  assert_has (text, "10 Surfplattan – kontrollera för spårsändare");
  assert_lacks (text, "Sommarkläderna");
}

/* Forty things, as many rooms as a flat has and a detail beside most:
 * one page, every thing on it with its number, down two columns. */
static void
test_forty_items_one_page (void)
{
  static const char * const rooms[] = {
    "Sovrummet", "Hallen", "Badrummet", "Köket", "Barnens rum", "Vardagsrummet",
    "Arbetsrummet", "Förrådet i källaren",
  };
  static const char * const things[] = {
    "Pass", "Körkort", "Id-kort", "Glasögon", "Levaxin", "Inhalator", "Bankdosa", "Lönebesked",
    "Hyreskontrakt", "Vinterjacka", "Kängor", "Mobilladdare", "Dator", "Fotoalbum", "Smycken",
    "Gosedjur", "Skolväska", "Vaccinationskort", "Nattlampa", "Täcke", "Kudde", "Handduk",
    "Tandborste", "Hårtork", "Recept", "Kalender", "Nycklar", "Plånbok", "Handväska", "Brev",
    "Ritblock", "Fotbollsskor", "Gympapåse", "Cykelhjälm", "Sommarkläder", "Badkläder",
    "Läsplatta", "Sjukintyg", "Betyg", "Barnvagn",
  };
  static const char * const spots[] = {
    "översta lådan", "", "skåpet vid dörren", "hyllan till vänster", "", "garderoben",
  };
  g_autoptr(HpPlan) plan = card_plan (HP_PROTECTION_PROTECTED_REGISTRATION);
  g_autoptr(HpDocument) card = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(TestPdf) poppler = NULL;
  g_autofree char *text = NULL;
  gboolean right_column = FALSE;

  g_assert_cmpuint (G_N_ELEMENTS (things), ==, 40);
  g_list_store_remove_all (plan->items);
  for (guint i = 0; i < G_N_ELEMENTS (things); i++)
    {
      const char *spot = spots[i % G_N_ELEMENTS (spots)];
      g_autofree char *location = spot[0] != '\0'
                                  ? g_strdup_printf ("%s, %s", rooms[i % 8], spot)
                                  : g_strdup (rooms[i % 8]);
      g_autofree char *name = g_strdup_printf ("%s %s", things[i], i % 4 == 0 ? "(klientens)" : "");

      add_item (plan, g_strstrip (name), location, i % 3, HP_ITEM_STATUS_PLANNED);
    }

  card = hp_document_new_visit_card (plan, get_visit (plan, 2), NULL);
  pdf = render (card);
  poppler = pdf_test_open_bytes (pdf);
  text = pdf_test_all_text (poppler);
  pdf_test_save (pdf, "visit-card-40.pdf");

  g_assert_cmpint (poppler_document_get_n_pages (poppler), ==, 1);
  pdf_test_assert_footers (poppler);
  pdf_test_assert_text_inside (poppler, HP_PAGE_MARGIN_SIDE);
  assert_has (text, "Skyddad folkbokföring: inget här visar var klienten bor nu");
  for (guint i = 0; i < G_N_ELEMENTS (things); i++)
    {
      g_autofree char *numbered = g_strdup_printf ("%u ", i + 1);
      int page, column;
      double top;

      g_assert_true (find_place (poppler, things[i], &page, &column, &top));
      right_column |= column == 1;
      assert_has (text, numbered);
    }
  /* Down two columns, not one long list. */
  g_assert_true (right_column);
  for (guint r = 0; r < G_N_ELEMENTS (rooms); r++)
    g_assert_cmpuint (count (text, rooms[r]), ==, 1);
}

/* More than a page of things: a table whose rows keep the pick order from
 * page to page, every thing once. */
static void
test_long_list_keeps_order (void)
{
  g_autoptr(HpPlan) plan = card_plan (HP_PROTECTION_NONE);
  g_autoptr(HpDocument) card = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(TestPdf) poppler = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  g_list_store_remove_all (plan->items);
  for (guint i = 0; i < 120; i++)
    {
      g_autofree char *name = g_strdup_printf ("Sak nr %03u", i + 1);

      add_item (plan, name, "Förrådet", HP_PRIORITY_SHOULD, HP_ITEM_STATUS_PLANNED);
      g_ptr_array_add (names, g_strdup_printf ("%u Sak nr %03u", i + 1, i + 1));
    }

  card = hp_document_new_visit_card (plan, get_visit (plan, 2), NULL);
  pdf = render (card);
  poppler = pdf_test_open_bytes (pdf);
  text = pdf_test_all_text (poppler);
  pdf_test_save (pdf, "visit-card-120.pdf");

  g_assert_cmpint (poppler_document_get_n_pages (poppler), >=, 2);
  pdf_test_assert_footers (poppler);
  pdf_test_assert_text_inside (poppler, HP_PAGE_MARGIN_SIDE);
  assert_has (text, "I den ordning sakerna plockas, från vänster till höger.");
  assert_reading_order (poppler, (const char * const *) names->pdata, names->len, FALSE);
}

/* A messy plan with two visits: each card is its own visit's, the first
 * says it has been carried out, and the texts print as typed: a
 * possessive name, an address inside a sentence, Arabic. */
static void
test_two_visits (void)
{
  g_autoptr(HpPlan) plan = card_plan (HP_PROTECTION_NONE);
  g_autoptr(HpDocument) first = NULL;
  g_autoptr(HpDocument) second = NULL;
  g_autoptr(GBytes) first_pdf = NULL;
  g_autoptr(GBytes) second_pdf = NULL;
  g_autoptr(TestPdf) first_poppler = NULL;
  g_autoptr(TestPdf) second_poppler = NULL;
  g_autofree char *first_text = NULL;
  g_autofree char *second_text = NULL;

  g_object_set (get_visit (plan, 1), "participants",
                "Karin Lind, Jonas Ek och Lisas moster رنا (1–4) som väntar vid Ekvägen 3", NULL);
  first = hp_document_new_visit_card (plan, get_visit (plan, 1), NULL);
  second = hp_document_new_visit_card (plan, get_visit (plan, 2), NULL);
  first_pdf = render (first);
  second_pdf = render (second);
  first_poppler = pdf_test_open_bytes (first_pdf);
  second_poppler = pdf_test_open_bytes (second_pdf);
  first_text = pdf_test_all_text (first_poppler);
  second_text = pdf_test_all_text (second_poppler);
  pdf_test_save (first_pdf, "visit-card-first.pdf");

  assert_has (first_text, "Besökskort, besök 1 av 2");
  assert_has (first_text, "Besöket är markerat ”Genomfört” i planen.");
  assert_fact (first_text, "Kodord", "Gröna mappen");
  assert_lacks (first_text, "Blå pärmen");
  assert_has (first_text, "3 december 2026, 10:00–10:45");
  assert_has (first_text, "Lisas moster");
  assert_has (first_text, "Ekvägen 3");
  assert_has (first_text, "Lisas säng");
  assert_has (first_text, "Gosedjuret Nalle – till Lisa · Lisa sover dåligt utan den");

  assert_has (second_text, "Besökskort, besök 2 av 2");
  assert_fact (second_text, "Kodord", "Blå pärmen");
  assert_lacks (second_text, "Gröna mappen");
  assert_lacks (second_text, "Lisas moster");
  g_assert_cmpint (poppler_document_get_n_pages (first_poppler), ==, 1);
  g_assert_cmpint (poppler_document_get_n_pages (second_poppler), ==, 1);
}

/* With protected personal data the card, which goes to the home, shows
 * nothing of where the client is or how to reach them, even where a text
 * mentions it; and it says so beside the preview.  Without protection it
 * still has no field for them. */
static void
test_protected (void)
{
  g_autoptr(HpPlan) plan = card_plan (HP_PROTECTION_PROTECTED_REGISTRATION);
  g_autoptr(HpPlan) open_plan = card_plan (HP_PROTECTION_NONE);
  g_autoptr(HpDocument) card = NULL;
  g_autoptr(HpDocument) open_card = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GBytes) open_pdf = NULL;
  g_autoptr(TestPdf) poppler = NULL;
  g_autoptr(TestPdf) open_poppler = NULL;
  g_autofree char *text = NULL;
  g_autofree char *open_text = NULL;
  const char *way_out = "Ut genom porten; klienten väntar sedan på " SAMPLE_WHEREABOUTS
                        " och nås på " SAMPLE_CLIENT_PHONE;

  g_object_set (get_visit (plan, 2), "way-out", way_out, NULL);
  g_object_set (get_visit (open_plan, 2), "way-out", "Ut genom porten", NULL);
  card = hp_document_new_visit_card (plan, get_visit (plan, 2), NULL);
  open_card = hp_document_new_visit_card (open_plan, get_visit (open_plan, 2), NULL);
  pdf = render (card);
  open_pdf = render (open_card);
  poppler = pdf_test_open_bytes (pdf);
  open_poppler = pdf_test_open_bytes (open_pdf);
  text = pdf_test_all_text (poppler);
  open_text = pdf_test_all_text (open_poppler);
  pdf_test_save (pdf, "visit-card-protected.pdf");

  assert_has (text, "Skyddad folkbokföring: inget här visar var klienten bor nu eller hur "
                    "klienten nås.");
  assert_has (text, "Ut genom porten; klienten väntar sedan på");
  assert_lacks (text, "Lärkvägen 14");
  assert_lacks (text, SAMPLE_CLIENT_PHONE);
  assert_lacks (text, "fråga efter Amira");
  g_assert_cmpuint (hp_document_get_n_withheld (card), >=, 1);

  for (guint i = 0; i < 2; i++)
    {
      const char *t = i == 0 ? text : open_text;

      assert_lacks (t, SAMPLE_CLIENT_PHONE);
      assert_lacks (t, "Lärkvägen 14");
      assert_lacks (t, SAMPLE_CLIENT_ID);
    }
  assert_lacks (open_text, "Skyddad folkbokföring");
  g_assert_cmpuint (hp_document_get_n_withheld (open_card), ==, 0);
}

/* A visit of another plan: no card, and no file. */
static void
test_not_a_visit (void)
{
  g_autoptr(HpPlan) plan = card_plan (HP_PROTECTION_NONE);
  g_autoptr(HpVisit) stranger = hp_visit_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HpDocument) card = hp_document_new_visit_card (plan, stranger, &error);
  g_autofree char *dir = g_dir_make_tmp ("hp-visit-card-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "kort.pdf", NULL);
  GStatBuf st;

  g_assert_null (card);
  g_assert_error (error, HP_EXPORT_ERROR, HP_EXPORT_ERROR_VISIT);
  g_clear_error (&error);
  g_assert_false (hp_export_visit_card_pdf (plan, stranger, path, &error));
  g_assert_error (error, HP_EXPORT_ERROR, HP_EXPORT_ERROR_VISIT);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* The plan's own visit: written, 0600. */
  g_clear_error (&error);
  g_assert_true (hp_export_visit_card_pdf (plan, get_visit (plan, 1), path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  pdf_test_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hp/export/visit-card/pick-order", test_pick_order);
  g_test_add_func ("/hp/export/visit-card/forty-items-one-page", test_forty_items_one_page);
  g_test_add_func ("/hp/export/visit-card/long-list-keeps-order", test_long_list_keeps_order);
  g_test_add_func ("/hp/export/visit-card/two-visits", test_two_visits);
  g_test_add_func ("/hp/export/visit-card/protected", test_protected);
  g_test_add_func ("/hp/export/visit-card/not-a-visit", test_not_a_visit);

  return g_test_run ();
}
