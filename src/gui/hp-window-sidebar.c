/* hp-window-sidebar.c: the sections of the main window, their pages and
 * the findings panel
 *
 * The sidebar lists the nine sections and the disclosure log; each page
 * is built when first shown.  Under the sections, the findings of the
 * checks (hp-checks.h): run once in the next frame after any number of
 * edits, before it is laid out and painted, so the frame that shows a
 * keystroke shows its findings too; in a window not shown yet, right after
 * its first frame.
 */

#define G_LOG_DOMAIN "hp-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-checks.h"
#include "hp-disclosures-view.h"
#include "hp-findings-list.h"
#include "hp-page.h"
#include "hp-window-private.h"

/* The window's names for the sections.  The model has labels for them too;
 * these carry a context so the sidebar can word them for navigation. */
static const char * const section_labels[HP_WINDOW_N_SECTIONS] = {
  NC_("section", "Case"),
  NC_("section", "Risk and decision"),
  NC_("section", "Way of support and carrying out"),
  NC_("section", "Contacts"),
  NC_("section", "Belongings"),
  NC_("section", "Safety measures"),
  NC_("section", "Visits"),
  NC_("section", "Consents"),
  NC_("section", "Follow-up"),
};

static const char * const section_icons[HP_WINDOW_N_SECTIONS] = {
  "emblem-documents-symbolic",
  "security-medium-symbolic",
  "system-users-symbolic",
  "x-office-address-book-symbolic",
  "package-x-generic-symbolic",
  "security-high-symbolic",
  "x-office-calendar-symbolic",
  "document-edit-symbolic",
  "emblem-ok-symbolic",
};

const char *
hp_window_section_label (HpSection section)
{
  g_assert (section < HP_WINDOW_N_SECTIONS);

  return g_dpgettext2 (GETTEXT_PACKAGE, "section", section_labels[section]);
}

/* Sections and pages */

/* The log is not a section of the plan (nothing to edit): a page of its
 * own after the sections, built when first shown. */
GtkWidget *
hp_window_ensure_disclosures_view (HpWindow *self)
{
  if (self->disclosures_view == NULL)
    {
      self->disclosures_view = hp_disclosures_view_new ();
      if (self->plan != NULL)
        hp_disclosures_view_set_plan (HP_DISCLOSURES_VIEW (self->disclosures_view), self->plan);
      gtk_stack_add_titled (self->page_stack, self->disclosures_view, "disclosures",
                            C_("section", "Disclosures"));
    }
  return self->disclosures_view;
}

/* Pages are built when first shown: building and filling all nine (the
 * items page's column view makes its rows) cost more than the rest of the
 * first frame (tests/bench first-frame). */
GtkWidget *
hp_window_ensure_page (HpWindow  *self,
                       HpSection  section)
{
  g_assert (section < HP_WINDOW_N_SECTIONS);

  if (self->pages[section] == NULL)
    {
      /* Each page scrolls itself: the items page keeps its list virtual.
       * The page of the first frame builds what is below its first
       * screenful right after that frame. */
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        self->pages[section] = hp_page_new (section, self->catalogue);
      else
        self->pages[section] = hp_page_new_deferred (section, self->catalogue);
      if (self->plan != NULL)
        hp_page_set_plan (self->pages[section], self->plan);
      gtk_stack_add_titled (self->page_stack, self->pages[section],
                            hp_enum_get_nick (HP_TYPE_SECTION, section),
                            hp_window_section_label (section));
    }

  return self->pages[section];
}

void
hp_window_show_section (HpWindow  *self,
                        HpSection  section)
{
  g_return_if_fail (HP_IS_WINDOW (self));
  g_return_if_fail (section < HP_WINDOW_N_SECTIONS);

  hp_window_ensure_page (self, section);
  gtk_list_box_select_row (self->section_list,
                           gtk_list_box_get_row_at_index (self->section_list, section));
  gtk_stack_set_visible_child_name (self->page_stack,
                                    hp_enum_get_nick (HP_TYPE_SECTION, section));
}

/**
 * hp_window_show_disclosures:
 *
 * Shows the page of the disclosure log.
 */
void
hp_window_show_disclosures (HpWindow *self)
{
  g_return_if_fail (HP_IS_WINDOW (self));

  hp_window_ensure_disclosures_view (self);
  gtk_list_box_select_row (self->section_list,
                           gtk_list_box_get_row_at_index (self->section_list, HP_WINDOW_N_SECTIONS));
  gtk_stack_set_visible_child_name (self->page_stack, "disclosures");
}

HpSection
hp_window_get_section (HpWindow *self)
{
  const char *name;
  int value = HP_SECTION_CASE;

  g_return_val_if_fail (HP_IS_WINDOW (self), HP_SECTION_CASE);

  name = gtk_stack_get_visible_child_name (self->page_stack);
  if (name != NULL)
    hp_enum_from_nick (HP_TYPE_SECTION, name, &value);

  return (HpSection) value;
}

static void
on_section_selected (HpWindow      *self,
                     GtkListBoxRow *row)
{
  int section;

  if (row == NULL)
    return;

  section = gtk_list_box_row_get_index (row);
  if (section >= 0 && section < HP_WINDOW_N_SECTIONS)
    {
      hp_window_ensure_page (self, (HpSection) section);
      gtk_stack_set_visible_child_name (self->page_stack,
                                        hp_enum_get_nick (HP_TYPE_SECTION, section));
    }
  else if (section == HP_WINDOW_N_SECTIONS)
    hp_window_show_disclosures (self);
}

static void
on_finding_activated (HpWindow *self,
                      guint     position)
{
  g_autoptr(HpFindingItem) item = g_list_model_get_item (G_LIST_MODEL (self->findings), position);
  HpSection section;
  const char *field;

  if (item == NULL)
    return;
  section = hp_finding_item_get_section (item);
  field = hp_finding_item_get_field (item);
  if (section >= HP_WINDOW_N_SECTIONS)
    return;

  hp_window_show_section (self, section);
  if (field != NULL)
    hp_page_focus_field (hp_window_ensure_page (self, section), field);
}

/* A row of the sidebar: an icon that screen readers skip, and its label. */
static GtkWidget *
sidebar_row_new (const char *icon_name,
                 const char *text)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);
  GtkWidget *label = gtk_label_new (text);

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  return row;
}

void
hp_window_build_sections (HpWindow *self)
{
  if (self->context != NULL)
    self->catalogue = g_object_ref (hp_context_get_catalogue (self->context));
  else
    self->catalogue = hp_catalogue_new_default ();

  for (guint i = 0; i < HP_WINDOW_N_SECTIONS; i++)
    gtk_list_box_append (self->section_list, sidebar_row_new (section_icons[i], hp_window_section_label (i)));

  /* The disclosure log, after the sections. */
  gtk_list_box_append (self->section_list,
                       sidebar_row_new ("mail-send-symbolic", C_("section", "Disclosures")));

  /* The first page now, each other one when it is first shown. */
  hp_window_ensure_page (self, HP_SECTION_CASE);

  gtk_list_box_select_row (self->section_list,
                           gtk_list_box_get_row_at_index (self->section_list, 0));
}

/* Connects the sidebar's lists (hp-window.c's init). */
void
hp_window_sidebar_init (HpWindow *self)
{
  g_signal_connect_object (self->section_list, "row-selected",
                           G_CALLBACK (on_section_selected), self, G_CONNECT_SWAPPED);
  self->findings = hp_findings_list_setup (self->findings_list);
  g_signal_connect_object (self->findings_list, "activate",
                           G_CALLBACK (on_finding_activated), self, G_CONNECT_SWAPPED);
}

/* Findings */

static char *
format_summary (guint n_errors,
                guint n_warnings,
                guint n_advice)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (n_errors == 0 && n_warnings == 0 && n_advice == 0)
    return g_strdup (_("No remarks"));

  if (n_errors > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors",
                                                          n_errors), n_errors));
  if (n_warnings > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning",
                                                          "%u warnings", n_warnings),
                                             n_warnings));
  if (n_advice > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u piece of advice",
                                                          "%u pieces of advice", n_advice),
                                             n_advice));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (", ", (char **) parts->pdata);
}

void
hp_window_run_checks (HpWindow *self)
{
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *summary = NULL;
  guint counts[3] = { 0, 0, 0 };

  g_clear_handle_id (&self->checks_source, g_source_remove);
  if (self->checks_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->checks_tick);
  self->checks_tick = 0;
  self->checks_after_frame = FALSE;

  findings = hp_checks_run (self->plan, NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      const HpFinding *finding = g_ptr_array_index (findings, i);

      if (finding->severity <= HP_SEVERITY_ADVICE)
        counts[finding->severity]++;
    }
  hp_findings_list_update (self->findings, findings, hp_window_section_label);

  summary = format_summary (counts[HP_SEVERITY_ERROR], counts[HP_SEVERITY_WARNING],
                            counts[HP_SEVERITY_ADVICE]);
  /* GtkLabel lays itself out again even for the same text. */
  if (g_strcmp0 (gtk_label_get_text (self->summary_label), summary) != 0)
    gtk_label_set_text (self->summary_label, summary);
}

static gboolean
run_checks_cb (gpointer user_data)
{
  HpWindow *self = HP_WINDOW (user_data);

  self->checks_source = 0;
  hp_window_run_checks (self);

  return G_SOURCE_REMOVE;
}

static gboolean
checks_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  HpWindow *self = HP_WINDOW (widget);

  self->checks_tick = 0;
  hp_window_run_checks (self);

  return G_SOURCE_REMOVE;
}

/* After an edit: the checks run once in the next frame's update phase,
 * before its layout and paint, however many edits came before it.  A
 * window not on screen paints no frames: there they run when idle. */
void
hp_window_schedule_checks (HpWindow *self)
{
  if (self->checks_tick != 0 || self->checks_source != 0 || self->checks_after_frame)
    return;

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->checks_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), checks_tick_cb,
                                                      NULL, NULL);
  else
    self->checks_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, run_checks_cb, self, NULL);
}

/* A window not shown yet runs its checks right after its first frame:
 * they and their list are not needed to show the plan, and a caseworker
 * sees them a moment later (tests/bench first-frame). */
static void
on_first_frame_painted (HpWindow      *self,
                        GdkFrameClock *clock)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame_painted, self);

  if (self->checks_after_frame && self->checks_source == 0)
    self->checks_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, run_checks_cb, self, NULL);
}

void
hp_window_queue_first_checks (HpWindow *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      hp_window_run_checks (self);
      return;
    }

  /* Until then the list shows nothing rather than another plan's findings. */
  g_clear_handle_id (&self->checks_source, g_source_remove);
  if (self->checks_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->checks_tick);
  self->checks_tick = 0;
  self->checks_after_frame = TRUE;
  g_list_store_remove_all (self->findings);
  gtk_label_set_text (self->summary_label, "");
}

/* Called once the window is mapped (hp-window.c). */
void
hp_window_sidebar_mapped (HpWindow *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (!self->checks_after_frame)
    return;
  if (clock != NULL)
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_first_frame_painted), self,
                             G_CONNECT_SWAPPED);
  else
    hp_window_run_checks (self);
}

/* Private, for the tests */

GtkListView *
hp_window_get_findings_list (HpWindow *self)
{
  return self->findings_list;
}

GListModel *
hp_window_get_findings (HpWindow *self)
{
  return G_LIST_MODEL (self->findings);
}

GtkLabel *
hp_window_get_summary_label (HpWindow *self)
{
  return self->summary_label;
}

GtkWidget *
hp_window_get_page (HpWindow  *self,
                    HpSection  section)
{
  g_return_val_if_fail (section < HP_WINDOW_N_SECTIONS, NULL);

  return hp_window_ensure_page (self, section);
}

GtkWidget *
hp_window_get_disclosures_view (HpWindow *self)
{
  return hp_window_ensure_disclosures_view (self);
}
