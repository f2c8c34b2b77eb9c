/* hp-preview-page.c: one page of a document, drawn in the window */

#define G_LOG_DOMAIN "hp-preview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-preview-page.h"

struct _HpPreviewPage
{
  GtkWidget   parent_instance;

  HpDocument *document;
  guint       page;
  double      paper_width;
  double      paper_height;
};

G_DEFINE_FINAL_TYPE (HpPreviewPage, hp_preview_page, GTK_TYPE_WIDGET)

/* Narrow enough for a small window, wide enough to read. */
#define MIN_WIDTH 240

static GtkSizeRequestMode
hp_preview_page_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
hp_preview_page_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  HpPreviewPage *self = HP_PREVIEW_PAGE (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      /* The paper at 96 dpi. */
      *natural = MAX (MIN_WIDTH, (int) (self->paper_width * 96.0 / 72.0));
    }
  else
    {
      int width = for_size >= 0 ? for_size : (int) (self->paper_width * 96.0 / 72.0);

      *minimum = *natural = (int) (width * self->paper_height / self->paper_width + 0.5);
    }
}

static void
hp_preview_page_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  HpPreviewPage *self = HP_PREVIEW_PAGE (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, width / self->paper_width, width / self->paper_width);
  hp_document_render_page (self->document, cr, self->page);
  cairo_destroy (cr);
}

static void
hp_preview_page_dispose (GObject *object)
{
  HpPreviewPage *self = HP_PREVIEW_PAGE (object);

  g_clear_object (&self->document);

  G_OBJECT_CLASS (hp_preview_page_parent_class)->dispose (object);
}

static void
hp_preview_page_class_init (HpPreviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hp_preview_page_dispose;
  widget_class->get_request_mode = hp_preview_page_get_request_mode;
  widget_class->measure = hp_preview_page_measure;
  widget_class->snapshot = hp_preview_page_snapshot;

  gtk_widget_class_set_css_name (widget_class, "hp-preview-page");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
hp_preview_page_init (HpPreviewPage *self)
{
  /* Focusable, so that Tab walks the pages and the view follows. */
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

/**
 * hp_preview_page_new:
 * @document: a paginated document
 * @page: which page, from 0
 *
 * Returns: (transfer floating): the page, labelled "Page N of M" for
 * assistive technologies
 */
GtkWidget *
hp_preview_page_new (HpDocument *document,
                     guint       page)
{
  HpPreviewPage *self;
  g_autofree char *label = NULL;
  guint n_pages;

  g_return_val_if_fail (HP_IS_DOCUMENT (document), NULL);
  n_pages = hp_document_get_n_pages (document);
  g_return_val_if_fail (page < n_pages, NULL);

  self = g_object_new (HP_TYPE_PREVIEW_PAGE, NULL);
  self->document = g_object_ref (document);
  self->page = page;
  hp_document_get_page_size (document, &self->paper_width, &self->paper_height);
  if (self->paper_width <= 0 || self->paper_height <= 0)
    {
      self->paper_width = HP_PAGE_A4_WIDTH;
      self->paper_height = HP_PAGE_A4_HEIGHT;
    }

  /* Translators: a page of the preview, for screen readers: "Page 1 of 3" */
  label = g_strdup_printf (_("Page %u of %u"), page + 1, n_pages);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return GTK_WIDGET (self);
}

guint
hp_preview_page_get_page (HpPreviewPage *self)
{
  g_return_val_if_fail (HP_IS_PREVIEW_PAGE (self), 0);

  return self->page;
}
