/* hp-cli-export.h: the command line's exports (no display needed)
 *
 *   hamtplan --export-pdf=OUT.pdf PLAN
 *   hamtplan --export-handover=OUT.pdf --recipient=N PLAN
 *   hamtplan --export-consent=OUT.pdf|OUT.xml PLAN
 *   hamtplan --export-visit-card=OUT.pdf --visit=N PLAN
 *   hamtplan --journal PLAN
 *
 * One action a run.  Exit 0 when the document is written (or the journal
 * printed); on bad input (a --visit that names no visit) or a refused
 * handover, one line on stderr and exit 2, with nothing written.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char     *export_pdf;
  char     *export_handover;
  char     *recipient;
  char     *export_consent;
  char     *export_visit_card;
  char     *visit;
  gboolean  journal;
} HpCliExport;

void      hp_cli_export_add_entries (GOptionContext *context,
                                     HpCliExport    *options);
gboolean  hp_cli_export_requested   (const HpCliExport *options);
int       hp_cli_export_run         (const HpCliExport *options,
                                     char             **files);
void      hp_cli_export_clear       (HpCliExport    *options);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (HpCliExport, hp_cli_export_clear)

G_END_DECLS
