/* hp-tab-stop.c: makes a list one stop on the Tab key
 *
 * A GtkListBox stops at every row on Tab; in a sidebar whose selection
 * follows the focus, tabbing past it would also switch through every page.
 * Around a list, this widget makes it one stop, as GNOME's sidebars are:
 * Tab enters at the selected row (else the first) and the next Tab leaves;
 * the arrow keys move between the rows.  It has one child, which holds
 * the list (directly or in a scrolled window).  Without a list box (a
 * GtkListView, which GTK 4.8 also walks row by row on Tab), Tab enters
 * the child as it would, at the row that had the focus last, else the first.
 */

#define G_LOG_DOMAIN "hp-tab-stop"

#include "config.h"

#include "hp-tab-stop.h"

struct _HpTabStop
{
  GtkWidget   parent_instance;

  GtkListBox *list_box;  /* unowned: inside the child */
};

G_DEFINE_FINAL_TYPE (HpTabStop, hp_tab_stop, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LIST_BOX,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkListBoxRow *
first_row (GtkListBox *list_box)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (list_box);

  if (row != NULL && gtk_widget_get_visible (GTK_WIDGET (row)))
    return row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list_box, i)) != NULL; i++)
    if (gtk_widget_get_visible (GTK_WIDGET (row)) && gtk_widget_get_sensitive (GTK_WIDGET (row)))
      return row;

  return NULL;
}

static gboolean
hp_tab_stop_focus (GtkWidget        *widget,
                   GtkDirectionType  direction)
{
  HpTabStop *self = HP_TAB_STOP (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkListBoxRow *row;

  if (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
    return GTK_WIDGET_CLASS (hp_tab_stop_parent_class)->focus (widget, direction);

  /* Inside already: Tab leaves. */
  if (focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget)))
    return FALSE;

  if (self->list_box == NULL)
    return GTK_WIDGET_CLASS (hp_tab_stop_parent_class)->focus (widget, direction);

  row = first_row (self->list_box);
  return row != NULL && gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
hp_tab_stop_dispose (GObject *object)
{
  GtkWidget *child;

  HP_TAB_STOP (object)->list_box = NULL;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (hp_tab_stop_parent_class)->dispose (object);
}

static void
hp_tab_stop_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_LIST_BOX:
      hp_tab_stop_set_list_box (HP_TAB_STOP (object), g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_tab_stop_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_LIST_BOX:
      g_value_set_object (value, HP_TAB_STOP (object)->list_box);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_tab_stop_class_init (HpTabStopClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hp_tab_stop_dispose;
  object_class->set_property = hp_tab_stop_set_property;
  object_class->get_property = hp_tab_stop_get_property;

  widget_class->focus = hp_tab_stop_focus;

  properties[PROP_LIST_BOX] =
    g_param_spec_object ("list-box", NULL, NULL, GTK_TYPE_LIST_BOX,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hp_tab_stop_init (HpTabStop *self)
{
}

GtkWidget *
hp_tab_stop_new (void)
{
  return g_object_new (HP_TYPE_TAB_STOP, NULL);
}

/**
 * hp_tab_stop_set_list_box:
 *
 * Sets the list (a descendant) that Tab enters and leaves as one stop.
 */
void
hp_tab_stop_set_list_box (HpTabStop  *self,
                          GtkListBox *list_box)
{
  g_return_if_fail (HP_IS_TAB_STOP (self));
  g_return_if_fail (list_box == NULL || GTK_IS_LIST_BOX (list_box));

  if (self->list_box == list_box)
    return;

  self->list_box = list_box;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIST_BOX]);
}
