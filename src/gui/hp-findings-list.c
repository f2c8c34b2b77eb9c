/* hp-findings-list.c: the findings panel's list
 *
 * The panel was a GtkListBox: a 10,000-item plan has some 470 findings,
 * and a row inserted or removed made GTK lay out and draw all of them
 * again, some 25 ms of a keystroke's frame (tests/bench keystroke).  A
 * GtkListView makes rows only for the items around what is on screen, and
 * the store keeps the items of findings that stay, so their rows stay too.
 */

#define G_LOG_DOMAIN "hp-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-findings-list.h"

struct _HpFindingItem
{
  GObject     parent_instance;

  /* What the finding says, all of it: two findings alike show the same. */
  char       *rule;
  HpSeverity  severity;
  HpSection   section;
  char       *field;
  char       *source;
  char       *message;

  char       *where;       /* the section · the source */
};

G_DEFINE_FINAL_TYPE (HpFindingItem, hp_finding_item, G_TYPE_OBJECT)

static void
hp_finding_item_finalize (GObject *object)
{
  HpFindingItem *self = HP_FINDING_ITEM (object);

  g_free (self->rule);
  g_free (self->field);
  g_free (self->source);
  g_free (self->message);
  g_free (self->where);

  G_OBJECT_CLASS (hp_finding_item_parent_class)->finalize (object);
}

static void
hp_finding_item_class_init (HpFindingItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hp_finding_item_finalize;
}

static void
hp_finding_item_init (HpFindingItem *self)
{
}

static gboolean
finding_item_shows (HpFindingItem   *self,
                    const HpFinding *finding)
{
  return self->severity == finding->severity && self->section == finding->section &&
         g_strcmp0 (self->message, finding->message) == 0 &&
         g_strcmp0 (self->field, finding->field) == 0 &&
         g_strcmp0 (self->rule, finding->rule) == 0 &&
         g_strcmp0 (self->source, finding->source) == 0;
}

static HpFindingItem *
finding_item_new (const HpFinding    *finding,
                  HpSectionLabelFunc  section_label)
{
  HpFindingItem *self = g_object_new (HP_TYPE_FINDING_ITEM, NULL);

  self->rule = g_strdup (finding->rule);
  self->severity = finding->severity;
  self->section = finding->section;
  self->field = g_strdup (finding->field);
  self->source = g_strdup (finding->source);
  self->message = g_strdup (finding->message);
  if (finding->source != NULL && finding->source[0] != '\0')
    /* Translators: under a finding: the section it concerns · its source */
    self->where = g_strdup_printf (_("%s · %s"), section_label (finding->section), finding->source);
  else
    self->where = g_strdup (section_label (finding->section));

  return self;
}

HpSection
hp_finding_item_get_section (HpFindingItem *self)
{
  g_return_val_if_fail (HP_IS_FINDING_ITEM (self), HP_SECTION_CASE);

  return self->section;
}

const char *
hp_finding_item_get_field (HpFindingItem *self)
{
  g_return_val_if_fail (HP_IS_FINDING_ITEM (self), NULL);

  return self->field;
}

const char *
hp_finding_item_get_message (HpFindingItem *self)
{
  g_return_val_if_fail (HP_IS_FINDING_ITEM (self), NULL);

  return self->message;
}

/* Rows */

static const char *
severity_icon (HpSeverity severity)
{
  switch (severity)
    {
    case HP_SEVERITY_ERROR:
      return "dialog-error-symbolic";
    case HP_SEVERITY_WARNING:
      return "dialog-warning-symbolic";
    case HP_SEVERITY_ADVICE:
    default:
      return "dialog-information-symbolic";
    }
}

static const char * const severity_classes[] = { "error", "warning", "hp-advice" };

static GtkWidget *
new_wrapping_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  return label;
}

/* row (GtkListItemWidget) > grid > (icon, text box > (message, where)) */
static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item)
{
  /* A grid, not a horizontal GtkBox: GTK 4.8 measures wrapping labels in a
   * horizontal box width-for-height, a search of some twenty Pango layouts
   * per label and per measure (tests/bench first-frame). */
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *message = new_wrapping_label ();
  GtkWidget *where = new_wrapping_label ();

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_set_hexpand (message, TRUE);
  gtk_widget_add_css_class (where, "dim-label");
  gtk_widget_add_css_class (where, "caption");
  gtk_box_append (GTK_BOX (text), message);
  gtk_box_append (GTK_BOX (text), where);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 10);
  gtk_grid_attach (GTK_GRID (grid), icon, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), text, 1, 0, 1, 1);
  gtk_list_item_set_child (list_item, grid);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item)
{
  HpFindingItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *grid = gtk_list_item_get_child (list_item);
  GtkWidget *icon = gtk_grid_get_child_at (GTK_GRID (grid), 0, 0);
  GtkWidget *text = gtk_grid_get_child_at (GTK_GRID (grid), 1, 0);
  GtkWidget *row = gtk_widget_get_parent (grid);
  g_autofree char *accessible = NULL;

  /* GTK 4.8 binds every row after an inserted or removed one again, to
   * tell it its new position: a row that shows its item already stays as
   * it is (setting a label's text, even the same, lays it out again). */
  if (g_object_get_data (G_OBJECT (grid), "hp-item") == item)
    return;
  g_object_set_data_full (G_OBJECT (grid), "hp-item", g_object_ref (item), g_object_unref);

  gtk_image_set_from_icon_name (GTK_IMAGE (icon), severity_icon (item->severity));
  for (guint i = 0; i < G_N_ELEMENTS (severity_classes); i++)
    if (i != (guint) item->severity)
      gtk_widget_remove_css_class (icon, severity_classes[i]);
  if ((guint) item->severity < G_N_ELEMENTS (severity_classes))
    gtk_widget_add_css_class (icon, severity_classes[item->severity]);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  hp_severity_get_label (item->severity), -1);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (text)), item->message);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (text)), item->where);

  /* The row is announced by what it says (GTK 4.8's list items have no
   * label of their own: a screen reader would hear "GtkListItemWidget").
   * Translators: what a screen reader says for a finding: severity,
   * message, then where it is and its source */
  accessible = g_strdup_printf (_("%s: %s (%s)"), hp_severity_get_label (item->severity),
                                item->message, item->where);
  if (row != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    accessible, -1);
}

GListStore *
hp_findings_list_setup (GtkListView *view)
{
  g_autoptr(GListStore) store = g_list_store_new (HP_TYPE_FINDING_ITEM);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (store)));
  gtk_list_view_set_factory (view, factory);
  gtk_list_view_set_model (view, GTK_SELECTION_MODEL (selection));

  return g_steal_pointer (&store);
}

static gboolean
item_shows (GListModel      *model,
            guint            position,
            const HpFinding *finding)
{
  g_autoptr(HpFindingItem) item = g_list_model_get_item (model, position);

  return finding_item_shows (item, finding);
}

/* An edit changes a finding or two of maybe hundreds: the items at the
 * start and at the end that already show them stay, and the changed run
 * between them is replaced in one splice. */
void
hp_findings_list_update (GListStore         *store,
                         GPtrArray          *findings,
                         HpSectionLabelFunc  section_label)
{
  GListModel *model = G_LIST_MODEL (store);
  guint n_items = g_list_model_get_n_items (model);
  g_autoptr(GPtrArray) additions = g_ptr_array_new_with_free_func (g_object_unref);
  guint head = 0;
  guint tail = 0;

  while (head < n_items && head < findings->len &&
         item_shows (model, head, g_ptr_array_index (findings, head)))
    head++;
  while (tail < n_items - head && tail < findings->len - head &&
         item_shows (model, n_items - 1 - tail,
                     g_ptr_array_index (findings, findings->len - 1 - tail)))
    tail++;

  if (head + tail == n_items && head + tail == findings->len)
    return;

  for (guint i = head; i < findings->len - tail; i++)
    g_ptr_array_add (additions,
                     finding_item_new (g_ptr_array_index (findings, i), section_label));
  g_list_store_splice (store, head, n_items - head - tail, additions->pdata, additions->len);
}
