/* hp-document-parts.h: what the printed documents share (private to export)
 *
 * The full plan (hp-full-plan.c), the handover sheet (hp-handover-sheet.c)
 * and the consent record (hp-consent-record.c) print the plan's values the
 * same way: through hp_doc_safe_text() when something must not show, dates
 * in full, fields under the model's own labels.  Their lists are tables
 * driven by a static column table (HpListColumn): each column's header, its
 * width, and how to fill its cell from one entry of the list.
 */
#pragma once

#include "hp-document.h"
#include "hp-model.h"

G_BEGIN_DECLS

/* What a cell may need beside its entry. */
typedef struct
{
  HpPlan     *plan;
  HpSecrets  *secrets;           /* what must not show; NULL to print as typed */
  const char *today;
  guint       number;            /* the row's number in the table, from 1 */
  gboolean    first_name_shown;  /* a handover sheet: an owner cell showed a child's first name */
  gboolean    child_numbered;    /* ... or put a number in place of a child's name */
} HpListRow;

/* Adds the content of @column for @entry to the table's last row. */
typedef void (*HpListCellFunc) (HpTable   *table,
                                guint      column,
                                gpointer   entry,
                                HpListRow *row);

/* Returns: (transfer full): the one text of a cell, for @entry */
typedef char *(*HpListTextFunc) (gpointer   entry,
                                 HpListRow *row);

/* One column of a list table.  Its cell is the text from @text, or else
 * the value of @field as typed (an enum's label), in @style, through
 * hp_doc_safe_text() when @safe; a cell of more than one text (details
 * under a name, tick boxes) has a @cell function of its own instead. */
typedef struct
{
  const char     *field;    /* the field of the entry's type whose label heads the column */
  const char     *context;  /* else the header of the document's own: its msgctxt ... */
  const char     *header;   /* ... and its msgid, marked with NC_() */
  double          width;    /* relative to the other columns */
  HpTextStyle     style;
  gboolean        safe;
  HpListTextFunc  text;
  HpListCellFunc  cell;
} HpListColumn;

HpTable    *hp_list_table_new          (HpDocument         *doc,
                                        GType               type,
                                        const HpListColumn *columns,
                                        guint               n_columns);
void        hp_list_table_add_row      (HpTable            *table,
                                        const HpListColumn *columns,
                                        guint               n_columns,
                                        gpointer            entry,
                                        HpListRow          *row);
char       *hp_list_number             (gpointer            entry,
                                        HpListRow          *row);

const char *hp_doc_safe_text           (HpSecrets          *secrets,
                                        const char         *text);
char       *hp_doc_format_date         (const char         *iso);
char       *hp_doc_format_field        (HpRecord           *record,
                                        const HpField      *field);
const char *hp_doc_field_label         (gpointer            record,
                                        const char         *name);
const char *hp_doc_class_field_label   (GType               type,
                                        const char         *name);
char       *hp_doc_recipient_name      (HpPlan             *plan,
                                        const char         *id);
char       *hp_doc_time_range          (const char         *start,
                                        const char         *end);
char       *hp_doc_minutes_text        (int                 minutes);
const char *hp_doc_consent_state_label (HpConsent          *consent,
                                        const char         *today);
void        hp_doc_add_title_block     (HpDocument         *doc,
                                        HpPlan             *plan,
                                        const char         *title,
                                        const char         *today);

G_END_DECLS
