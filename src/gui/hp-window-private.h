/* hp-window-private.h: the main window's parts, shared by its files
 *
 * HpWindow is one widget in several files, each one job, over this
 * header.  From the bottom up (a file calls only those below it):
 *
 *   hp-window-sidebar.c       the sections, their pages, the findings panel
 *   hp-window-catalogue-bar.c the bar that says a catalogue file is unusable
 *   hp-window-plan.c          the plan, its file, the unsaved mark, drafts,
 *                             the disclosure log in the plan file
 *   hp-window-files.c         open, save, save as, the unsaved-changes
 *                             question, and the file choosers
 *   print/hp-export-actions.c print, preview and export (hp-export-actions.h)
 *   hp-window-actions.c       every win.* action and its shortcut, and
 *                             which are enabled
 *   hp-window.c               the GObject: the type, its template, set-up
 *                             and tear-down, keyboard order, size
 *
 * The end of this header is for the widget tests.
 */
#pragma once

#include "hp-history.h"
#include "hp-window.h"

G_BEGIN_DECLS

#define HP_WINDOW_N_SECTIONS  (HP_SECTION_FOLLOW_UP + 1)

typedef enum
{
  HP_WINDOW_PENDING_NONE,
  HP_WINDOW_PENDING_CLOSE,
  HP_WINDOW_PENDING_NEW,
  HP_WINDOW_PENDING_OPEN,
} HpWindowPending;

enum
{
  HP_WINDOW_PROP_0,
  HP_WINDOW_PROP_CONTEXT,
  HP_WINDOW_PROP_PLAN,
  HP_WINDOW_PROP_FILE,
  HP_WINDOW_PROP_DIRTY,
  HP_WINDOW_N_PROPS
};

struct _HpWindow
{
  GtkApplicationWindow parent_instance;

  /* template */
  GtkLabel          *title_label;
  GtkLabel          *subtitle_label;
  GtkListBox        *section_list;
  GtkListView       *findings_list;
  GtkWidget         *findings_panel;
  GtkLabel          *summary_label;
  GtkStack          *page_stack;
  GtkInfoBar        *catalogue_bar;
  GtkLabel          *catalogue_label;
  GtkMenuButton     *menu_button;
  GMenuModel        *primary_menu;

  HpContext         *context;
  GSettings         *settings;
  HpCatalogue       *catalogue;
  HpDrafts          *drafts;
  GListStore        *findings;     /* (element-type HpFindingItem): the panel's */

  HpPlan            *plan;
  GFile             *file;
  gboolean           dirty;
  /* Undo and redo of the plan's edits; follows the plan shown
   * (hp-window-actions.c) */
  HpHistory         *history;
  GtkWidget         *pages[HP_WINDOW_N_SECTIONS];
  GtkWidget         *disclosures_view;

  /* What to do once a plan that was never saved is (hp_window_save_then) */
  HpWindowSavedFunc  saved_func;
  gpointer           saved_data;

  guint              checks_source;
  guint              checks_tick;
  gboolean           checks_after_frame;
  guint              draft_source;
  char              *draft_path;

  HpWindowPending    pending;
  HpWindowCloseFunc  close_func;
  gpointer           close_data;
  gboolean           close_confirmed;
  gboolean           invalid_accepted;
  GtkWidget         *question;
  GtkNativeDialog   *chooser;
  GtkWindow         *help_overlay;   /* weak; the shortcuts window while open */
  /* Where the focus was last in this window, outside pop-overs (weak), and
   * the idle that puts it back there once a dialog has closed (hp-window.c) */
  GtkWidget         *last_focus;
  guint              refocus_source;

  /* Which actions that depend on the plan are enabled (hp-window-actions.c) */
  guint              actions_enabled;
};

/* hp-window-sidebar.c */
const char *hp_window_section_label         (HpSection  section);
void        hp_window_sidebar_init          (HpWindow  *self);
void        hp_window_build_sections        (HpWindow  *self);
GtkWidget  *hp_window_ensure_page           (HpWindow  *self,
                                             HpSection  section);
GtkWidget  *hp_window_ensure_disclosures_view (HpWindow *self);
void        hp_window_run_checks            (HpWindow  *self);
void        hp_window_schedule_checks       (HpWindow  *self);
void        hp_window_queue_first_checks    (HpWindow  *self);
void        hp_window_sidebar_mapped        (HpWindow  *self);

/* hp-window-catalogue-bar.c */
void        hp_window_catalogue_bar_init    (HpWindow   *self);
void        hp_window_catalogue_bar_show    (HpWindow   *self,
                                             const char *warning);

/* hp-window-plan.c */
extern GParamSpec *hp_window_properties[HP_WINDOW_N_PROPS];

void        hp_window_update_title          (HpWindow  *self);
void        hp_window_set_dirty             (HpWindow  *self,
                                             gboolean   dirty);
void        hp_window_discard_draft         (HpWindow  *self);
void        hp_window_write_draft_now       (HpWindow  *self);
void        hp_window_take_plan             (HpWindow  *self,
                                             HpPlan    *plan,
                                             GFile     *file,
                                             gboolean   dirty);
HpPlan     *hp_window_new_prefilled_plan    (HpWindow  *self);

/* hp-window-files.c */
void        hp_window_show_error            (HpWindow   *self,
                                             const char *primary,
                                             const char *secondary);
HpPlan     *hp_window_load_plan             (HpContext  *context,
                                             GFile      *file,
                                             char      **name,
                                             GError    **error);
void        hp_window_show_open_error       (HpWindow   *self,
                                             const char *name,
                                             GError     *error);
void        hp_window_ask_then              (HpWindow        *self,
                                             HpWindowPending  kind);
void        hp_window_save                  (HpWindow  *self);
void        hp_window_save_as               (HpWindow  *self);

/* hp-window-actions.c */
void        hp_window_actions_class_init    (GtkWidgetClass *widget_class);
void        hp_window_actions_init          (HpWindow       *self);
void        hp_window_actions_update        (HpWindow       *self);

/* For the widget tests */
GtkListView *hp_window_get_findings_list (HpWindow *self);
GListModel *hp_window_get_findings      (HpWindow *self);
GtkLabel   *hp_window_get_summary_label  (HpWindow *self);
GtkWidget  *hp_window_get_page           (HpWindow *self,
                                          HpSection section);
const char *hp_window_get_draft_path     (HpWindow *self);
GtkWidget  *hp_window_get_disclosures_view (HpWindow *self);
void        hp_window_flush_timeouts     (HpWindow *self);

G_END_DECLS
