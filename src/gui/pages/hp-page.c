/* hp-page.c: the section pages' base class and the window's entry points */

#define G_LOG_DOMAIN "hp-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-case-page.h"
#include "hp-catalogue-picker.h"
#include "hp-clamp.h"
#include "hp-consents-page.h"
#include "hp-contacts-page.h"
#include "hp-follow-up-page.h"
#include "hp-items-page.h"
#include "hp-list-editor.h"
#include "hp-measures-page.h"
#include "hp-page-private.h"
#include "hp-page-util.h"
#include "hp-record-form.h"
#include "hp-risk-page.h"
#include "hp-support-page.h"
#include "hp-visits-page.h"

typedef struct
{
  HpPlan      *plan;
  HpCatalogue *catalogue;
  GPtrArray   *forms;          /* HpRecordForm, in reading order */
  GPtrArray   *editors;        /* HpListEditor */
  char        *pending_focus;  /* a path to focus once the page shows */
  guint        focus_idle;

  /* What is below the first screenful, built after the first frame */
  GtkBox      *rest_box;
  char        *rest_resource;
  gboolean     defer_rest;
  guint        rest_idle;
} HpPagePrivate;

enum {
  PROP_0,
  PROP_CATALOGUE,
  PROP_DEFER_REST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (HpPage, hp_page, GTK_TYPE_WIDGET)

static void hp_page_complete (HpPage *self);

static void
collect (GtkWidget     *widget,
         HpPagePrivate *priv)
{
  if (HP_IS_RECORD_FORM (widget) && hp_record_form_get_path (HP_RECORD_FORM (widget)) != NULL)
    g_ptr_array_add (priv->forms, widget);
  else if (HP_IS_LIST_EDITOR (widget))
    g_ptr_array_add (priv->editors, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (!GTK_IS_POPOVER (child))
      collect (child, priv);
}

/**
 * hp_page_find_editor:
 *
 * Returns: (transfer none) (nullable): the list editor of @path ("contacts")
 */
GtkWidget *
hp_page_find_editor (HpPage     *self,
                     const char *path)
{
  HpPagePrivate *priv = hp_page_get_instance_private (self);

  hp_page_complete (self);
  for (guint i = 0; i < priv->editors->len; i++)
    {
      HpListEditor *editor = g_ptr_array_index (priv->editors, i);

      if (g_strcmp0 (hp_list_editor_get_path (editor), path) == 0)
        return GTK_WIDGET (editor);
    }
  return NULL;
}

/**
 * hp_page_find_form:
 * @path: a record's path and a field: "case.client_id_number"
 *
 * Returns: (transfer none) (nullable): the form that has the field
 */
GtkWidget *
hp_page_find_form (HpPage     *self,
                   const char *path)
{
  HpPagePrivate *priv = hp_page_get_instance_private (self);

  hp_page_complete (self);
  for (guint i = 0; i < priv->forms->len; i++)
    {
      HpRecordForm *form = g_ptr_array_index (priv->forms, i);
      const char *form_path = hp_record_form_get_path (form);
      gsize len = strlen (form_path);

      if (strncmp (path, form_path, len) == 0 && path[len] == '.' &&
          hp_record_form_has_field (form, path + len + 1))
        return GTK_WIDGET (form);
    }
  return NULL;
}

static gboolean
hp_page_real_focus_field (HpPage     *self,
                          const char *path)
{
  HpPagePrivate *priv = hp_page_get_instance_private (self);
  g_autofree char *list_path = NULL;
  g_autofree char *rest = NULL;
  guint index;
  GtkWidget *form;

  hp_page_complete (self);

  /* An entry of a list: "consents[1].recipient" */
  if (hp_field_path_split (path, &list_path, &index, &rest))
    {
      GtkWidget *editor = hp_page_find_editor (self, list_path);

      if (editor != NULL)
        return hp_list_editor_select (HP_LIST_EDITOR (editor), index) ||
               hp_list_editor_focus (HP_LIST_EDITOR (editor));
    }

  /* A list as a whole: "risk.assessments" */
  for (guint i = 0; i < priv->editors->len; i++)
    {
      HpListEditor *editor = g_ptr_array_index (priv->editors, i);

      if (strcmp (hp_list_editor_get_path (editor), path) == 0)
        return hp_list_editor_focus (editor);
    }

  /* A field of a record: "case.client_id_number" */
  form = hp_page_find_form (self, path);
  if (form != NULL)
    {
      const char *field = path + strlen (hp_record_form_get_path (HP_RECORD_FORM (form))) + 1;
      return hp_record_form_focus_field (HP_RECORD_FORM (form), field);
    }

  /* A record as a whole: "support" */
  for (guint i = 0; i < priv->forms->len; i++)
    {
      GtkWidget *f = g_ptr_array_index (priv->forms, i);

      if (strcmp (hp_record_form_get_path (HP_RECORD_FORM (f)), path) == 0)
        return gtk_widget_child_focus (f, GTK_DIR_TAB_FORWARD);
    }

  return FALSE;
}

static gboolean
focus_pending (gpointer user_data)
{
  HpPage *self = HP_PAGE (user_data);
  HpPagePrivate *priv = hp_page_get_instance_private (self);
  g_autofree char *path = g_steal_pointer (&priv->pending_focus);

  priv->focus_idle = 0;
  if (path != NULL)
    HP_PAGE_GET_CLASS (self)->focus_field (self, path);
  return G_SOURCE_REMOVE;
}

/* The rest of the page
 *
 * A page may keep what lies below its first screenful in a builder file of
 * its own (hp_page_set_rest()).  A page built for a window's first frame
 * (hp_page_new_deferred()) builds it right after that frame: a caseworker
 * does not see it before scrolling, and building, styling and measuring
 * it cost as much as the rest of the page (tests/bench first-frame).
 * Anything that needs the whole page builds it at once. */

/**
 * hp_page_set_rest:
 * @box: the template's box the rest goes at the end of
 * @resource: a builder file whose object "more" is the rest
 *
 * For a page's init(), after its template.
 */
void
hp_page_set_rest (HpPage     *self,
                  GtkBox     *box,
                  const char *resource)
{
  HpPagePrivate *priv;

  g_return_if_fail (HP_IS_PAGE (self));
  g_return_if_fail (GTK_IS_BOX (box));
  g_return_if_fail (resource != NULL);

  priv = hp_page_get_instance_private (self);
  priv->rest_box = box;
  g_free (priv->rest_resource);
  priv->rest_resource = g_strdup (resource);
}

static void
hp_page_complete (HpPage *self)
{
  HpPagePrivate *priv = hp_page_get_instance_private (self);
  g_autoptr(GtkBuilder) builder = NULL;
  g_autofree char *resource = g_steal_pointer (&priv->rest_resource);
  guint first_form = priv->forms->len;
  guint first_editor = priv->editors->len;
  GtkWidget *rest;

  g_clear_handle_id (&priv->rest_idle, g_source_remove);
  if (resource == NULL)
    return;

  builder = gtk_builder_new_from_resource (resource);
  rest = GTK_WIDGET (gtk_builder_get_object (builder, "more"));
  g_return_if_fail (GTK_IS_WIDGET (rest));
  gtk_box_append (priv->rest_box, rest);

  /* Its forms and lists come after the others in reading order. */
  collect (rest, priv);
  if (priv->plan != NULL)
    {
      for (guint i = first_form; i < priv->forms->len; i++)
        {
          HpRecordForm *form = g_ptr_array_index (priv->forms, i);

          hp_record_form_set_record (form, hp_plan_path_resolve (priv->plan,
                                                                 hp_record_form_get_path (form)),
                                     priv->plan);
        }
      for (guint i = first_editor; i < priv->editors->len; i++)
        {
          HpListEditor *editor = g_ptr_array_index (priv->editors, i);

          hp_list_editor_set_list (editor, hp_plan_path_resolve (priv->plan,
                                                                 hp_list_editor_get_path (editor)),
                                   priv->plan);
        }
    }

  /* In reading order: the letters of the first screenful stay as they are. */
  hp_assign_mnemonics (GTK_WIDGET (self));
}

static gboolean
complete_idle (gpointer user_data)
{
  HpPage *self = HP_PAGE (user_data);
  HpPagePrivate *priv = hp_page_get_instance_private (self);

  priv->rest_idle = 0;
  hp_page_complete (self);
  return G_SOURCE_REMOVE;
}

static void
on_first_paint (HpPage        *self,
                GdkFrameClock *clock)
{
  HpPagePrivate *priv = hp_page_get_instance_private (self);

  g_signal_handlers_disconnect_by_func (clock, on_first_paint, self);
  if (priv->rest_resource != NULL && priv->rest_idle == 0)
    priv->rest_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, complete_idle, self, NULL);
}

/* GObject and GtkWidget */

static void
hp_page_constructed (GObject *object)
{
  HpPage *self = HP_PAGE (object);
  HpPagePrivate *priv = hp_page_get_instance_private (self);

  G_OBJECT_CLASS (hp_page_parent_class)->constructed (object);

  collect (GTK_WIDGET (self), priv);
  if (!priv->defer_rest)
    hp_page_complete (self);
  hp_assign_mnemonics (GTK_WIDGET (self));
}

static void
hp_page_map (GtkWidget *widget)
{
  HpPage *self = HP_PAGE (widget);
  HpPagePrivate *priv = hp_page_get_instance_private (self);
  GdkFrameClock *clock;

  GTK_WIDGET_CLASS (hp_page_parent_class)->map (widget);

  clock = gtk_widget_get_frame_clock (widget);
  if (priv->rest_resource != NULL && clock != NULL)
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_first_paint), self,
                             G_CONNECT_SWAPPED);
  else if (priv->rest_resource != NULL)
    hp_page_complete (self);

  /* Focus once the page has its size, so that scrolling to it works. */
  if (priv->pending_focus != NULL && priv->focus_idle == 0)
    priv->focus_idle = g_idle_add (focus_pending, self);
}

static void
hp_page_dispose (GObject *object)
{
  HpPage *self = HP_PAGE (object);
  HpPagePrivate *priv = hp_page_get_instance_private (self);
  GtkWidget *child;

  g_clear_handle_id (&priv->focus_idle, g_source_remove);
  g_clear_handle_id (&priv->rest_idle, g_source_remove);
  g_clear_pointer (&priv->rest_resource, g_free);
  priv->rest_box = NULL;
  g_ptr_array_set_size (priv->forms, 0);
  g_ptr_array_set_size (priv->editors, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&priv->plan);
  g_clear_object (&priv->catalogue);

  G_OBJECT_CLASS (hp_page_parent_class)->dispose (object);
}

static void
hp_page_finalize (GObject *object)
{
  HpPage *self = HP_PAGE (object);
  HpPagePrivate *priv = hp_page_get_instance_private (self);

  g_clear_pointer (&priv->forms, g_ptr_array_unref);
  g_clear_pointer (&priv->editors, g_ptr_array_unref);
  g_clear_pointer (&priv->pending_focus, g_free);

  G_OBJECT_CLASS (hp_page_parent_class)->finalize (object);
}

static void
hp_page_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  HpPage *self = HP_PAGE (object);
  HpPagePrivate *priv = hp_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_CATALOGUE:
      g_value_set_object (value, priv->catalogue);
      break;
    case PROP_DEFER_REST:
      g_value_set_boolean (value, priv->defer_rest);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_page_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  HpPage *self = HP_PAGE (object);
  HpPagePrivate *priv = hp_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_CATALOGUE:
      priv->catalogue = g_value_dup_object (value);
      break;
    case PROP_DEFER_REST:
      priv->defer_rest = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_page_class_init (HpPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hp_page_constructed;
  object_class->dispose = hp_page_dispose;
  object_class->finalize = hp_page_finalize;
  object_class->get_property = hp_page_get_property;
  object_class->set_property = hp_page_set_property;
  widget_class->map = hp_page_map;
  klass->focus_field = hp_page_real_focus_field;

  properties[PROP_CATALOGUE] =
    g_param_spec_object ("catalogue", NULL, NULL, HP_TYPE_CATALOGUE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Builds what lies below the first screenful after the first frame. */
  properties[PROP_DEFER_REST] =
    g_param_spec_boolean ("defer-rest", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "hp-page");
  widget_class->focus = hp_widget_focus_single_child;

  g_type_ensure (HP_TYPE_CLAMP);
  g_type_ensure (HP_TYPE_RECORD_FORM);
  g_type_ensure (HP_TYPE_LIST_EDITOR);
  g_type_ensure (HP_TYPE_CATALOGUE_PICKER);
}

static void
hp_page_init (HpPage *self)
{
  HpPagePrivate *priv = hp_page_get_instance_private (self);

  priv->forms = g_ptr_array_new ();
  priv->editors = g_ptr_array_new ();
}

void
hp_page_class_setup (GtkWidgetClass *widget_class,
                     HpSection       section,
                     const char     *resource)
{
  HP_PAGE_CLASS (widget_class)->section = section;
  gtk_widget_class_set_template_from_resource (widget_class, resource);
}

/* Returns: (transfer none) (nullable): the plan the page edits */
HpPlan *
hp_page_get_plan (HpPage *self)
{
  HpPagePrivate *priv;

  g_return_val_if_fail (HP_IS_PAGE (self), NULL);

  priv = hp_page_get_instance_private (self);
  return priv->plan;
}

/* Returns: (transfer none) (nullable): the local catalogue */
HpCatalogue *
hp_page_get_catalogue (HpPage *self)
{
  HpPagePrivate *priv;

  g_return_val_if_fail (HP_IS_PAGE (self), NULL);

  priv = hp_page_get_instance_private (self);
  return priv->catalogue;
}

/* The window's entry points */

/**
 * hp_page_new:
 * @catalogue: (nullable): the local catalogue, for quick picks
 *
 * Returns: (transfer floating): the page, floating like every new widget:
 * adding it to a container takes the reference
 */
static GtkWidget *
hp_page_new_full (HpSection    section,
                  HpCatalogue *catalogue,
                  gboolean     defer_rest)
{
  GType type;

  g_return_val_if_fail (catalogue == NULL || HP_IS_CATALOGUE (catalogue), NULL);

  switch (section)
    {
    case HP_SECTION_CASE:
      type = HP_TYPE_CASE_PAGE;
      break;
    case HP_SECTION_RISK:
      type = HP_TYPE_RISK_PAGE;
      break;
    case HP_SECTION_SUPPORT:
      type = HP_TYPE_SUPPORT_PAGE;
      break;
    case HP_SECTION_CONTACTS:
      type = HP_TYPE_CONTACTS_PAGE;
      break;
    case HP_SECTION_ITEMS:
      type = HP_TYPE_ITEMS_PAGE;
      break;
    case HP_SECTION_MEASURES:
      type = HP_TYPE_MEASURES_PAGE;
      break;
    case HP_SECTION_VISITS:
      type = HP_TYPE_VISITS_PAGE;
      break;
    case HP_SECTION_CONSENTS:
      type = HP_TYPE_CONSENTS_PAGE;
      break;
    case HP_SECTION_FOLLOW_UP:
      type = HP_TYPE_FOLLOW_UP_PAGE;
      break;
    default:
      g_return_val_if_reached (NULL);
    }

  return g_object_new (type, "catalogue", catalogue, "defer-rest", defer_rest, NULL);
}

GtkWidget *
hp_page_new (HpSection    section,
             HpCatalogue *catalogue)
{
  return hp_page_new_full (section, catalogue, FALSE);
}

/**
 * hp_page_new_deferred:
 *
 * A page for a window's first frame: what lies below its first screenful
 * is built right after the page's first frame, or before, the moment
 * anything asks for a field or list of it (see hp_page_set_rest()).
 *
 * Returns: (transfer floating): the page
 */
GtkWidget *
hp_page_new_deferred (HpSection    section,
                      HpCatalogue *catalogue)
{
  return hp_page_new_full (section, catalogue, TRUE);
}

/**
 * hp_page_set_plan:
 * @plan: (nullable): the plan to edit
 */
void
hp_page_set_plan (GtkWidget *page,
                  HpPlan    *plan)
{
  HpPage *self;
  HpPagePrivate *priv;

  g_return_if_fail (HP_IS_PAGE (page));
  g_return_if_fail (plan == NULL || HP_IS_PLAN (plan));

  self = HP_PAGE (page);
  priv = hp_page_get_instance_private (self);
  g_set_object (&priv->plan, plan);

  for (guint i = 0; i < priv->forms->len; i++)
    {
      HpRecordForm *form = g_ptr_array_index (priv->forms, i);
      HpRecord *record = plan != NULL ? hp_plan_path_resolve (plan, hp_record_form_get_path (form))
                                      : NULL;

      hp_record_form_set_record (form, record, plan);
    }

  for (guint i = 0; i < priv->editors->len; i++)
    {
      HpListEditor *editor = g_ptr_array_index (priv->editors, i);
      GListStore *list = plan != NULL ? hp_plan_path_resolve (plan, hp_list_editor_get_path (editor))
                                      : NULL;

      hp_list_editor_set_list (editor, list, plan);
    }

  if (HP_PAGE_GET_CLASS (self)->plan_changed != NULL)
    HP_PAGE_GET_CLASS (self)->plan_changed (self, plan);
}

void
hp_page_focus_field (GtkWidget  *page,
                     const char *field)
{
  HpPage *self;
  HpPagePrivate *priv;

  g_return_if_fail (HP_IS_PAGE (page));
  g_return_if_fail (field != NULL);

  self = HP_PAGE (page);
  priv = hp_page_get_instance_private (self);

  hp_page_complete (self);
  g_clear_pointer (&priv->pending_focus, g_free);
  if (!gtk_widget_get_mapped (page))
    {
      priv->pending_focus = g_strdup (field);
      return;
    }

  if (!HP_PAGE_GET_CLASS (self)->focus_field (self, field))
    gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

HpSection
hp_page_get_section (GtkWidget *page)
{
  g_return_val_if_fail (HP_IS_PAGE (page), 0);

  return HP_PAGE_GET_CLASS (page)->section;
}

char *
hp_page_dup_invalid_field (GtkWidget  *page,
                           char      **message)
{
  HpPagePrivate *priv;

  g_return_val_if_fail (HP_IS_PAGE (page), NULL);

  /* Not built yet, the rest holds no text. */
  priv = hp_page_get_instance_private (HP_PAGE (page));
  for (guint i = 0; i < priv->forms->len; i++)
    {
      HpRecordForm *form = g_ptr_array_index (priv->forms, i);
      const char *why = NULL;
      const char *field = hp_record_form_get_invalid_field (form, &why);

      if (field != NULL)
        {
          if (message != NULL)
            *message = g_strdup (why);
          return g_strdup_printf ("%s.%s", hp_record_form_get_path (form), field);
        }
    }
  if (message != NULL)
    *message = NULL;
  return NULL;
}
