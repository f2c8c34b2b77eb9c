/* pdf-test-util.h: plans built in code and PDFs read back with poppler */
#pragma once

#include <poppler.h>

#include "hp-model.h"

G_BEGIN_DECLS

/* Poppler 22.12 defines no g_autoptr() cleanups; these aliases will not
 * clash with the ones a newer poppler brings. */
typedef PopplerDocument TestPdf;
typedef PopplerPage     TestPdfPage;
typedef PopplerFontInfo TestPdfFontInfo;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestPdf, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestPdfPage, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestPdfFontInfo, g_object_unref)

/* Distinctive values of the sample plan that a handover sheet must never
 * show.  Each is short enough not to be broken across lines. */
#define SAMPLE_CLIENT_NAME       "Amira Hassan"
#define SAMPLE_CLIENT_ID         "19121212-1212"
#define SAMPLE_CLIENT_PHONE      "070-174 01 23"
#define SAMPLE_SAFE_CONTACT      "Ring via kvinnojouren 08-555 123 45, fråga efter Amira"
#define SAMPLE_WHEREABOUTS       "Skyddat boende, Lärkvägen 14, 123 45 Norrvik"
#define SAMPLE_HOME_ADDRESS      "Ekvägen 3, lgh 1102, 123 46 Norrvik"

void             pdf_test_init_i18n          (void);

HpPlan          *pdf_test_plan_new_sample    (HpProtection  protection);
HpPlan          *pdf_test_plan_new_large     (guint         n_items);
HpContact       *pdf_test_plan_get_contact   (HpPlan       *plan,
                                              const char   *id);

PopplerDocument *pdf_test_open_bytes         (GBytes       *pdf);
PopplerDocument *pdf_test_open_file          (const char   *path);
char            *pdf_test_page_text          (PopplerDocument *document,
                                              int           page);
char            *pdf_test_all_text           (PopplerDocument *document);
GPtrArray       *pdf_test_rows_with          (PopplerDocument *document,
                                              const char   *needle);
gboolean         pdf_test_text_has           (const char   *text,
                                              const char   *needle);
void             pdf_test_assert_text_inside (PopplerDocument *document,
                                              double        margin);
void             pdf_test_assert_fonts_embedded (PopplerDocument *document);
void             pdf_test_assert_footers     (PopplerDocument *document);
void             pdf_test_save               (GBytes       *pdf,
                                              const char   *name);

G_END_DECLS
