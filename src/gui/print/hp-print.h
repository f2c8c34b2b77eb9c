/* hp-print.h: printing a document through GtkPrintOperation
 *
 * The operation lays out the very HpDocument that the PDF writer writes
 * (hp-layout.h) with the same Pango settings, on the paper the print
 * dialog chose (A4 portrait unless the user picks another), and draws each
 * page with hp_document_render_page() on the print context's cairo_t.  On
 * A4 the printed pages are the exported PDF's pages.
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-layout.h"

G_BEGIN_DECLS

#define HP_PRINT_ERROR (hp_print_error_quark ())

typedef enum
{
  /* The print dialog's Preview was pressed; nothing was printed. */
  HP_PRINT_ERROR_PREVIEW,
} HpPrintError;

GQuark             hp_print_error_quark       (void);

GtkPrintOperation *hp_print_operation_new     (HpDocument           *document);
GtkPageSetup      *hp_print_default_page_setup (void);

void               hp_print_document          (GtkWindow            *parent,
                                               HpDocument           *document,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
gboolean           hp_print_document_finish   (GAsyncResult         *result,
                                               GError              **error);
GFile             *hp_print_dup_output_file   (void);

G_END_DECLS
