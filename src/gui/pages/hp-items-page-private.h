/* hp-items-page-private.h: what the files of the items page share
 *
 * The page in hp-items-page.c, the list as shown in hp-items-page-list.c,
 * the catalogue's picker in hp-items-page-catalogue.c, the outcomes after
 * the visit (status keys and "Set status") in hp-items-page-status.c.  Nothing outside
 * them includes this header.
 */
#pragma once

#include "hp-items-page.h"
#include "hp-record-dialog.h"

G_BEGIN_DECLS

/* On each cell's label: its GtkListItem, so that the row with the focus
 * can tell its place in the view. */
#define HP_ITEMS_PAGE_LIST_ITEM_KEY "hp-list-item"

typedef enum
{
  COLUMN_NAME,
  COLUMN_CATEGORY,
  COLUMN_OWNER,
  COLUMN_PRIORITY,
  COLUMN_LOCATION,
  COLUMN_STATUS,
  COLUMN_TRACKER,
  N_COLUMNS
} Column;

struct _HpItemsPage
{
  HpPage               parent_instance;

  GtkWidget           *button_box;
  GtkWidget           *status_label;
  GtkWidget           *status_dropdown;
  GtkWidget           *sort_label;
  GtkWidget           *sort_dropdown;
  GtkWidget           *search_entry;
  GtkWidget           *count_label;
  GtkWidget           *status_hint;
  GtkWidget           *column_view;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *category_column;
  GtkColumnViewColumn *owner_column;
  GtkColumnViewColumn *priority_column;
  GtkColumnViewColumn *location_column;
  GtkColumnViewColumn *status_column;
  GtkColumnViewColumn *tracker_column;
  GtkWidget           *message_revealer;
  GtkWidget           *message_label;
  GtkWidget           *undo_button;

  GtkWidget           *add_button;
  GtkWidget           *edit_button;
  GtkWidget           *remove_button;
  GtkWidget           *set_status_button;
  GtkWidget           *picker;
  GtkWidget           *picker_owner;
  GtkWidget           *save_button;
  GPtrArray           *picker_owner_ids;

  GtkCustomFilter     *filter;
  GtkFilterListModel  *filter_model;
  GtkSortListModel    *sort_model;
  GtkMultiSelection   *selection;
  char                *needle;

  HpRecordDialog      *dialog;         /* weak */
  char                *summary_before; /* the outcomes as the dialog opened */
  /* The message offers to undo the removal just made (the first item
   * removed, to show again): until the plan changes again, the window's
   * undo (win.undo) takes back just that. */
  HpItem              *undo_first;
  HpPlan              *watched;        /* whose changes end the offer */
};

/* hp-items-page-list.c */
gboolean _hp_items_page_item_matches          (gpointer     object,
                                               gpointer     user_data);
void     _hp_items_page_update_count          (HpItemsPage *self);
void     _hp_items_page_on_filter_changed     (HpItemsPage *self);
void     _hp_items_page_on_sort_chosen        (HpItemsPage *self);
void     _hp_items_page_resort                (HpItemsPage *self);
void     _hp_items_page_setup_columns         (HpItemsPage *self);
void     _hp_items_page_show_message          (HpItemsPage *self,
                                               const char  *text,
                                               gboolean     can_undo);
void     _hp_items_page_clear_message         (HpItemsPage *self);
gboolean _hp_items_page_show_item             (HpItemsPage *self,
                                               HpItem      *item,
                                               gboolean     reveal);
GPtrArray *_hp_items_page_selected_items      (HpItemsPage *self);
gboolean _hp_items_page_find_in_view          (HpItemsPage *self,
                                               HpItem      *item,
                                               guint       *position);

/* hp-items-page-catalogue.c */
void     _hp_items_page_refresh_picker_owners (HpItemsPage *self);
void     _hp_items_page_on_picker_opening     (HpItemsPage *self);
void     _hp_items_page_on_picker_add         (HpItemsPage *self);
void     _hp_items_page_fill_picker           (HpItemsPage *self);

/* hp-items-page-status.c */
void     _hp_items_page_class_init_status     (GtkWidgetClass *widget_class);
void     _hp_items_page_init_status           (HpItemsPage    *self);
void     _hp_items_page_update_status_action  (HpItemsPage    *self,
                                               guint           n_selected);
void     _hp_items_page_set_status            (HpItemsPage    *self,
                                               GPtrArray      *items,
                                               HpItemStatus    status,
                                               HpItem         *next);

G_END_DECLS
