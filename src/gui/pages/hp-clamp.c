/* hp-clamp.c: keeps a page's content at a readable width */

#define G_LOG_DOMAIN "hp-clamp"

#include "config.h"

#include "hp-clamp.h"
#include "hp-page-util.h"

struct _HpClamp
{
  GtkWidget  parent_instance;

  GtkWidget *child;
  int        maximum_width;
};

enum {
  PROP_0,
  PROP_CHILD,
  PROP_MAXIMUM_WIDTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void hp_clamp_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HpClamp, hp_clamp, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, hp_clamp_buildable_init))

static GtkBuildableIface *parent_buildable_iface;

static void
hp_clamp_set_child (HpClamp   *self,
                    GtkWidget *child)
{
  if (self->child == child)
    return;
  g_clear_pointer (&self->child, gtk_widget_unparent);
  if (child != NULL)
    {
      self->child = child;
      gtk_widget_set_parent (child, GTK_WIDGET (self));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}

static void
hp_clamp_add_child (GtkBuildable *buildable,
                    GtkBuilder   *builder,
                    GObject      *child,
                    const char   *type)
{
  if (GTK_IS_WIDGET (child))
    hp_clamp_set_child (HP_CLAMP (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
hp_clamp_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = hp_clamp_add_child;
}

static GtkSizeRequestMode
hp_clamp_get_request_mode (GtkWidget *widget)
{
  HpClamp *self = HP_CLAMP (widget);

  return self->child != NULL ? gtk_widget_get_request_mode (self->child)
                             : GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
hp_clamp_measure (GtkWidget      *widget,
                  GtkOrientation  orientation,
                  int             for_size,
                  int            *minimum,
                  int            *natural,
                  int            *minimum_baseline,
                  int            *natural_baseline)
{
  HpClamp *self = HP_CLAMP (widget);
  int child_min = 0, child_nat = 0;

  if (self->child == NULL || !gtk_widget_get_visible (self->child))
    {
      *minimum = *natural = 0;
      return;
    }

  if (orientation == GTK_ORIENTATION_VERTICAL && for_size >= 0)
    {
      /* The child gets no more than the maximum width. */
      int child_min_width;

      gtk_widget_measure (self->child, GTK_ORIENTATION_HORIZONTAL, -1,
                          &child_min_width, NULL, NULL, NULL);
      for_size = MAX (MIN (for_size, self->maximum_width), child_min_width);
    }

  gtk_widget_measure (self->child, orientation, for_size, &child_min, &child_nat, NULL, NULL);

  *minimum = child_min;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL
               ? MAX (child_min, MIN (child_nat, self->maximum_width))
               : child_nat;
}

static void
hp_clamp_size_allocate (GtkWidget *widget,
                        int        width,
                        int        height,
                        int        baseline)
{
  HpClamp *self = HP_CLAMP (widget);
  int child_min = 0;
  int child_width;
  GskTransform *transform;

  if (self->child == NULL || !gtk_widget_get_visible (self->child))
    return;

  gtk_widget_measure (self->child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, NULL, NULL, NULL);
  child_width = MIN (width, MAX (child_min, self->maximum_width));

  transform = gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT ((width - child_width) / 2, 0));
  gtk_widget_allocate (self->child, child_width, height, baseline, transform);
}

static void
hp_clamp_dispose (GObject *object)
{
  HpClamp *self = HP_CLAMP (object);

  g_clear_pointer (&self->child, gtk_widget_unparent);

  G_OBJECT_CLASS (hp_clamp_parent_class)->dispose (object);
}

static void
hp_clamp_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  HpClamp *self = HP_CLAMP (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;
    case PROP_MAXIMUM_WIDTH:
      g_value_set_int (value, self->maximum_width);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_clamp_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  HpClamp *self = HP_CLAMP (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      hp_clamp_set_child (self, g_value_get_object (value));
      break;
    case PROP_MAXIMUM_WIDTH:
      if (self->maximum_width != g_value_get_int (value))
        {
          self->maximum_width = g_value_get_int (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_clamp_class_init (HpClampClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hp_clamp_dispose;
  object_class->get_property = hp_clamp_get_property;
  object_class->set_property = hp_clamp_set_property;

  widget_class->get_request_mode = hp_clamp_get_request_mode;
  widget_class->measure = hp_clamp_measure;
  widget_class->size_allocate = hp_clamp_size_allocate;

  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MAXIMUM_WIDTH] =
    g_param_spec_int ("maximum-width", NULL, NULL, 0, G_MAXINT, 760,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "hp-clamp");
  widget_class->focus = hp_widget_focus_single_child;
}

static void
hp_clamp_init (HpClamp *self)
{
  self->maximum_width = 760;
}
