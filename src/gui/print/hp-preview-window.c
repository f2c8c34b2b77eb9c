/* hp-preview-window.c: a document's pages in a window of their own */

#define G_LOG_DOMAIN "hp-preview-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-documents.h"
#include "hp-preview-page.h"
#include "hp-preview-window.h"

struct _HpPreviewWindow
{
  GtkWindow     parent_instance;

  HpWindow     *window;
  HpExportKind  kind;
  GObject      *subject;         /* the recipient or the visit, if any */
  HpDocument   *document;

  GtkWidget    *scrolled;
  GtkWidget    *pages_box;
  GPtrArray    *pages;           /* HpPreviewPage, in order; owned by pages_box */
  GtkWidget    *page_label;
  GPtrArray    *withheld_lines;  /* char *, as the list beside the pages shows them */
  guint         current_page;
};

G_DEFINE_FINAL_TYPE (HpPreviewWindow, hp_preview_window, GTK_TYPE_WINDOW)

enum {
  HAND_OVER,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define PAGE_SPACING 18

static GtkAdjustment *
vadjustment (HpPreviewWindow *self)
{
  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled));
}

/* The top of @page in the scrolled content, or -1 before it is laid out. */
static double
page_top (HpPreviewWindow *self,
          guint            page)
{
  graphene_rect_t bounds;

  if (!gtk_widget_compute_bounds (g_ptr_array_index (self->pages, page), self->pages_box, &bounds))
    return -1;
  return bounds.origin.y;
}

static void
update_page_label (HpPreviewWindow *self)
{
  g_autofree char *text = NULL;

  /* Translators: where the preview is, "Page 1 of 3" */
  text = g_strdup_printf (_("Page %u of %u"), self->current_page + 1, self->pages->len);
  gtk_label_set_text (GTK_LABEL (self->page_label), text);
}

/* The page at the upper third of the view is the one being read. */
static void
on_scrolled (HpPreviewWindow *self)
{
  GtkAdjustment *adjustment = vadjustment (self);
  double reading = gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment) / 3;
  guint current = 0;

  /* The view may still scroll while the window is torn down. */
  if (self->pages == NULL)
    return;

  for (guint i = 0; i < self->pages->len; i++)
    {
      double top = page_top (self, i);

      if (top >= 0 && top <= reading)
        current = i;
    }
  /* At the end, the last page is the one being read, however short. */
  if (self->pages->len > 0 &&
      gtk_adjustment_get_value (adjustment) > 0 &&
      gtk_adjustment_get_value (adjustment) >= gtk_adjustment_get_upper (adjustment) -
                                                 gtk_adjustment_get_page_size (adjustment) - 1)
    current = self->pages->len - 1;

  if (current != self->current_page)
    {
      self->current_page = current;
      update_page_label (self);
    }
}

/**
 * hp_preview_window_show_page:
 * @page: from 0
 *
 * Scrolls the page into view, its top at the top, and gives it the focus.
 */
void
hp_preview_window_show_page (HpPreviewWindow *self,
                             guint            page)
{
  double top;

  g_return_if_fail (HP_IS_PREVIEW_WINDOW (self));
  g_return_if_fail (page < self->pages->len);

  gtk_widget_grab_focus (g_ptr_array_index (self->pages, page));
  top = page_top (self, page);
  if (top >= 0)
    gtk_adjustment_set_value (vadjustment (self), MAX (0, top - PAGE_SPACING));
  self->current_page = page;
  update_page_label (self);
}

static void
preview_next_page (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HpPreviewWindow *self = HP_PREVIEW_WINDOW (widget);

  if (self->current_page + 1 < self->pages->len)
    hp_preview_window_show_page (self, self->current_page + 1);
}

static void
preview_previous_page (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  HpPreviewWindow *self = HP_PREVIEW_WINDOW (widget);

  if (self->current_page > 0)
    hp_preview_window_show_page (self, self->current_page - 1);
}

static void
preview_first_page (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HpPreviewWindow *self = HP_PREVIEW_WINDOW (widget);

  if (self->pages != NULL && self->pages->len > 0)
    hp_preview_window_show_page (self, 0);
}

static void
preview_last_page (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HpPreviewWindow *self = HP_PREVIEW_WINDOW (widget);

  /* A document always has a page; should it have none, there is no last. */
  if (self->pages != NULL && self->pages->len > 0)
    hp_preview_window_show_page (self, self->pages->len - 1);
}

/* Print… and Export PDF… close the preview first: the print dialog and the
 * file chooser belong to the main window, as from its menu. */
static void
preview_hand_over (HpPreviewWindow *self,
                   gboolean         print)
{
  g_signal_emit (self, signals[HAND_OVER], 0, print);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
preview_print (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  preview_hand_over (HP_PREVIEW_WINDOW (widget), TRUE);
}

static void
preview_export (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  preview_hand_over (HP_PREVIEW_WINDOW (widget), FALSE);
}

static void
hp_preview_window_dispose (GObject *object)
{
  HpPreviewWindow *self = HP_PREVIEW_WINDOW (object);

  g_clear_object (&self->window);
  g_clear_object (&self->subject);
  g_clear_object (&self->document);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->withheld_lines, g_ptr_array_unref);

  G_OBJECT_CLASS (hp_preview_window_parent_class)->dispose (object);
}

static void
hp_preview_window_class_init (HpPreviewWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hp_preview_window_dispose;

  /**
   * HpPreviewWindow::hand-over:
   * @print: %TRUE for Print…, %FALSE for Export PDF…
   *
   * The caseworker asked to print or export the document shown; the
   * preview closes right after.
   */
  signals[HAND_OVER] = g_signal_new ("hand-over", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  gtk_widget_class_install_action (widget_class, "preview.print", NULL, preview_print);
  gtk_widget_class_install_action (widget_class, "preview.export-pdf", NULL, preview_export);
  gtk_widget_class_install_action (widget_class, "preview.next-page", NULL, preview_next_page);
  gtk_widget_class_install_action (widget_class, "preview.previous-page", NULL,
                                   preview_previous_page);
  gtk_widget_class_install_action (widget_class, "preview.first-page", NULL, preview_first_page);
  gtk_widget_class_install_action (widget_class, "preview.last-page", NULL, preview_last_page);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "preview.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
add_page_key (GtkShortcutController *controller,
              guint                  keyval,
              GdkModifierType        modifiers,
              const char            *action)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (keyval, modifiers),
                                                          gtk_named_action_new (action)));
}

static void
hp_preview_window_init (HpPreviewWindow *self)
{
  GtkEventController *keys = gtk_shortcut_controller_new ();

  self->pages = g_ptr_array_new ();
  self->withheld_lines = g_ptr_array_new_with_free_func (g_free);

  /* A page at a time, so that "Page N of M" follows: in the capture phase,
   * before the scrolled window takes these keys to scroll by a screenful. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  add_page_key (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_Page_Down, 0, "preview.next-page");
  add_page_key (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_Page_Up, 0, "preview.previous-page");
  add_page_key (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_Home, GDK_CONTROL_MASK,
                "preview.first-page");
  add_page_key (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_End, GDK_CONTROL_MASK,
                "preview.last-page");
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

static GtkWidget *
new_button (const char *label,
            const char *action,
            const char *tooltip)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *text = gtk_label_new_with_mnemonic (label);

  /* A label of its own, not the button's "label": GTK 4.8 names a button
   * with both to AT-SPI ("_Stäng Stäng"); so it is named once, plainly. */
  gtk_label_set_mnemonic_widget (GTK_LABEL (text), button);
  gtk_button_set_child (GTK_BUTTON (button), text);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  if (tooltip != NULL)
    gtk_widget_set_tooltip_text (button, tooltip);
  return button;
}

static const char *
kind_title (HpExportKind kind)
{
  switch (kind)
    {
    case HP_EXPORT_KIND_PLAN_PDF:
      return _("Preview of the Full Plan");
    case HP_EXPORT_KIND_HANDOVER_PDF:
      return _("Preview of the Handover Sheet");
    case HP_EXPORT_KIND_CONSENT_PDF:
    case HP_EXPORT_KIND_CONSENT_XML:
      return _("Preview of the Consent Record");
    case HP_EXPORT_KIND_VISIT_CARD_PDF:
      return _("Preview of the Visit Card");
    default:
      g_assert_not_reached ();
    }
}

static GtkWidget *
new_wrapped_label (const char *text,
                   const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* What the recipient does not get, and why, beside the pages. */
static GtkWidget *
new_withheld_panel (HpPreviewWindow *self)
{
  GtkWidget *panel = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading;
  GtkWidget *list;
  GtkWidget *scrolled;
  guint n = hp_document_get_n_withheld (self->document);

  gtk_widget_add_css_class (panel, "hp-preview-withheld");
  gtk_widget_set_size_request (panel, 260, -1);

  heading = new_wrapped_label (self->kind == HP_EXPORT_KIND_HANDOVER_PDF
                                 ? _("What the recipient does not get")
                                 : _("What the document leaves out"),
                               "heading");
  gtk_box_append (GTK_BOX (panel), heading);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_set_valign (list, GTK_ALIGN_START);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  heading, NULL, -1);

  for (guint i = 0; i < n; i++)
    {
      const char *what = NULL;
      const char *why = NULL;
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

      hp_document_get_withheld (self->document, i, &what, &why);
      gtk_box_append (GTK_BOX (row), new_wrapped_label (what, "hp-withheld-what"));
      if (why != NULL && why[0] != '\0')
        {
          gtk_box_append (GTK_BOX (row), new_wrapped_label (why, "dim-label"));
          /* Translators: one line of the list beside the preview: what is
           * left out, then why */
          g_ptr_array_add (self->withheld_lines, g_strdup_printf (_("%s: %s"), what, why));
        }
      else
        g_ptr_array_add (self->withheld_lines, g_strdup (what));
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }

  if (n == 0)
    {
      const char *none = _("The sheet notes nothing that is left out for this recipient.");

      gtk_list_box_append (GTK_LIST_BOX (list), new_wrapped_label (none, "dim-label"));
      g_ptr_array_add (self->withheld_lines, g_strdup (none));
    }

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (panel), scrolled);
  return panel;
}

/**
 * hp_preview_window_new_for_document:
 * @window: the main window, whose plan @document was made of
 * @kind: which document (HP_EXPORT_KIND_CONSENT_XML previews the record's
 *   PDF)
 * @subject: (nullable): the handover sheet's recipient (an HpContact) or the
 *   visit card's visit (an HpVisit)
 * @document: the document; laid out here on A4
 *
 * Returns: (transfer full): the preview, modal to @window, not yet shown
 */
HpPreviewWindow *
hp_preview_window_new_for_document (HpWindow     *window,
                                    HpExportKind  kind,
                                    gpointer      subject,
                                    HpDocument   *document)
{
  HpPreviewWindow *self;
  PangoContext *pango;
  GtkWidget *header;
  GtkWidget *title;
  GtkWidget *body;
  GtkWidget *view;
  GtkWidget *bar;
  GtkWidget *print;
  guint n_pages;

  g_return_val_if_fail (HP_IS_WINDOW (window), NULL);
  g_return_val_if_fail (HP_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (hp_export_kind_check_subject (kind, subject), NULL);

  if (kind == HP_EXPORT_KIND_CONSENT_XML)
    kind = HP_EXPORT_KIND_CONSENT_PDF;

  self = g_object_new (HP_TYPE_PREVIEW_WINDOW,
                       "transient-for", window,
                       "modal", TRUE,
                       "destroy-with-parent", TRUE,
                       "default-width", 960,
                       "default-height", 820,
                       "title", kind_title (kind),
                       NULL);
  self->window = g_object_ref (window);
  self->kind = kind;
  self->subject = subject != NULL ? g_object_ref (subject) : NULL;
  self->document = g_object_ref (document);

  /* The PDF writer's and the printer's layout, on the PDF's paper. */
  pango = hp_document_create_pango_context ();
  hp_document_paginate (document, pango, HP_PAGE_A4_WIDTH, HP_PAGE_A4_HEIGHT);
  g_object_unref (pango);
  n_pages = hp_document_get_n_pages (document);

  header = gtk_header_bar_new ();
  title = gtk_label_new (kind_title (kind));
  gtk_widget_add_css_class (title, "title");
  gtk_header_bar_set_title_widget (GTK_HEADER_BAR (header), title);
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header),
                             new_button (_("_Close"), "window.close",
                                         _("Close the preview (Escape)")));
  print = new_button (_("_Print…"), "preview.print", _("Print this document (Ctrl+P)"));
  gtk_widget_add_css_class (print, "suggested-action");
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), print);
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header),
                           new_button (_("_Export PDF…"), "preview.export-pdf",
                                       _("Save this document as a PDF file")));
  gtk_window_set_titlebar (GTK_WINDOW (self), header);

  self->pages_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, PAGE_SPACING);
  gtk_widget_set_margin_start (self->pages_box, PAGE_SPACING);
  gtk_widget_set_margin_end (self->pages_box, PAGE_SPACING);
  gtk_widget_set_margin_top (self->pages_box, PAGE_SPACING);
  gtk_widget_set_margin_bottom (self->pages_box, PAGE_SPACING);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pages_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Pages"), -1);
  for (guint i = 0; i < n_pages; i++)
    {
      GtkWidget *page = hp_preview_page_new (document, i);

      gtk_box_append (GTK_BOX (self->pages_box), page);
      g_ptr_array_add (self->pages, page);
    }

  self->scrolled = gtk_scrolled_window_new ();
  gtk_widget_add_css_class (self->scrolled, "hp-preview-pages");
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), self->pages_box);
  gtk_widget_set_hexpand (self->scrolled, TRUE);
  gtk_widget_set_vexpand (self->scrolled, TRUE);
  g_signal_connect_object (vadjustment (self), "value-changed", G_CALLBACK (on_scrolled), self,
                           G_CONNECT_SWAPPED);

  bar = gtk_action_bar_new ();
  self->page_label = gtk_label_new (NULL);
  gtk_action_bar_set_center_widget (GTK_ACTION_BAR (bar), self->page_label);
  update_page_label (self);

  view = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (view), self->scrolled);
  gtk_box_append (GTK_BOX (view), bar);

  body = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_box_append (GTK_BOX (body), view);
  if (kind == HP_EXPORT_KIND_HANDOVER_PDF || hp_document_get_n_withheld (document) > 0)
    {
      gtk_box_append (GTK_BOX (body), gtk_separator_new (GTK_ORIENTATION_VERTICAL));
      gtk_box_append (GTK_BOX (body), new_withheld_panel (self));
    }
  gtk_window_set_child (GTK_WINDOW (self), body);

  if (n_pages > 0)
    gtk_window_set_focus (GTK_WINDOW (self), g_ptr_array_index (self->pages, 0));
  else
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.print", FALSE);

  return self;
}

/**
 * hp_preview_window_get_document:
 *
 * Returns: (transfer none): the document shown, laid out on A4
 */
HpDocument *
hp_preview_window_get_document (HpPreviewWindow *self)
{
  g_return_val_if_fail (HP_IS_PREVIEW_WINDOW (self), NULL);

  return self->document;
}

HpExportKind
hp_preview_window_get_kind (HpPreviewWindow *self)
{
  g_return_val_if_fail (HP_IS_PREVIEW_WINDOW (self), HP_EXPORT_KIND_PLAN_PDF);

  return self->kind;
}

/**
 * hp_preview_window_get_subject:
 *
 * Returns: (transfer none) (nullable): the handover sheet's recipient (an
 * HpContact) or the visit card's visit (an HpVisit)
 */
gpointer
hp_preview_window_get_subject (HpPreviewWindow *self)
{
  g_return_val_if_fail (HP_IS_PREVIEW_WINDOW (self), NULL);

  return self->subject;
}

/**
 * hp_preview_window_get_n_pages:
 *
 * Returns: the number of pages drawn in the preview
 */
guint
hp_preview_window_get_n_pages (HpPreviewWindow *self)
{
  g_return_val_if_fail (HP_IS_PREVIEW_WINDOW (self), 0);

  return self->pages->len;
}

/**
 * hp_preview_window_get_current_page:
 *
 * Returns: the page the "Page N of M" line names, from 0
 */
guint
hp_preview_window_get_current_page (HpPreviewWindow *self)
{
  g_return_val_if_fail (HP_IS_PREVIEW_WINDOW (self), 0);

  return self->current_page;
}

/**
 * hp_preview_window_dup_withheld_lines:
 *
 * Returns: (transfer full): the lines of the list beside the pages ("what:
 * why", or the line that says nothing is left out); empty without a list
 */
GStrv
hp_preview_window_dup_withheld_lines (HpPreviewWindow *self)
{
  GStrvBuilder *builder;
  GStrv lines;

  g_return_val_if_fail (HP_IS_PREVIEW_WINDOW (self), NULL);

  builder = g_strv_builder_new ();
  for (guint i = 0; i < self->withheld_lines->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (self->withheld_lines, i));
  lines = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return lines;
}
