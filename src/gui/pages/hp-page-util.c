/* hp-page-util.c: small helpers shared by the section pages */

#define G_LOG_DOMAIN "hp-page-util"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "hp-page-util.h"

#define MNEMONIC_TEXT "hp-mnemonic-text"
#define BUTTON_LABEL  "hp-button-label"

/**
 * hp_widget_set_label_for:
 *
 * Makes @label the visible and the accessible name of @widget: its mnemonic
 * moves the focus there, and AT-SPI reads the label as the input's name.
 */
/**
 * hp_widget_focus_input:
 *
 * Puts the focus in @widget, also where gtk_widget_grab_focus() does not
 * reach (a GtkDropDown gives it to its button only when asked to move it).
 */
gboolean
hp_widget_focus_input (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus;

  gtk_widget_grab_focus (widget);
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget)))
    return TRUE;
  return gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD);
}

static gboolean
on_mnemonic_activate (GtkWidget *widget,
                      gboolean   group_cycling,
                      gpointer   user_data)
{
  return hp_widget_focus_input (widget);
}

void
hp_widget_set_label_for (GtkWidget *label,
                         GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_LABEL (label));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (GTK_IS_DROP_DOWN (widget) &&
      g_signal_handler_find (widget, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, on_mnemonic_activate,
                             NULL) == 0)
    g_signal_connect (widget, "mnemonic-activate", G_CALLBACK (on_mnemonic_activate), NULL);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  if (GTK_IS_DROP_DOWN (widget))
    {
      /* The button inside a drop-down is what takes the focus: name it too. */
      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        if (GTK_IS_TOGGLE_BUTTON (child))
          hp_widget_set_accessible_label (child, gtk_label_get_text (GTK_LABEL (label)));
    }
  gtk_accessible_update_relation (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  -1);
}

void
hp_widget_set_accessible_label (GtkWidget  *widget,
                                const char *text)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
}

static char *
escape_underscores (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    {
      if (*p == '_')
        g_string_append_c (s, '_');
      g_string_append_c (s, *p);
    }
  return g_string_free (s, FALSE);
}

/* GTK 4.8 names a button by its label property, underscore and all, and
 * by the label inside it on top: name it once, by the text as shown. */
static void
fix_accessible_name (GtkWidget  *widget,
                     const char *clean)
{
  GtkWidget *target = widget;

  if (GTK_IS_LABEL (widget))
    {
      /* A form's label names its input through the relation: keep it. */
      target = gtk_label_get_mnemonic_widget (GTK_LABEL (widget));
      if (target == NULL || !GTK_IS_BUTTON (target))
        return;
    }

  gtk_accessible_reset_relation (GTK_ACCESSIBLE (target), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (target),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, clean,
                                  -1);
}

static void
apply_text (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget))
    gtk_label_set_text_with_mnemonic (GTK_LABEL (widget), text);
  else if (GTK_IS_CHECK_BUTTON (widget))
    {
      gtk_check_button_set_use_underline (GTK_CHECK_BUTTON (widget), TRUE);
      gtk_check_button_set_label (GTK_CHECK_BUTTON (widget), text);
    }
  else if (GTK_IS_MENU_BUTTON (widget))
    {
      gtk_menu_button_set_use_underline (GTK_MENU_BUTTON (widget), TRUE);
      gtk_menu_button_set_label (GTK_MENU_BUTTON (widget), text);
    }
  else if (GTK_IS_BUTTON (widget))
    {
      gtk_button_set_use_underline (GTK_BUTTON (widget), TRUE);
      gtk_button_set_label (GTK_BUTTON (widget), text);
    }
  else
    g_assert_not_reached ();

  fix_accessible_name (widget, g_object_get_data (G_OBJECT (widget), MNEMONIC_TEXT));
}

/**
 * hp_widget_mark_mnemonic:
 * @widget: a label (with a mnemonic widget), check button or button
 * @text: its text, translated, without underscores
 *
 * Shows @text now; hp_assign_mnemonics() later gives it an access key that
 * no other control on the page uses.
 */
void
hp_widget_mark_mnemonic (GtkWidget  *widget,
                         const char *text)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (text != NULL);

  g_object_set_data_full (G_OBJECT (widget), MNEMONIC_TEXT, g_strdup (text), g_free);
  escaped = escape_underscores (text);
  apply_text (widget, escaped);
}

static gboolean
try_letter (GHashTable *used,
            gunichar    c)
{
  gunichar lower = g_unichar_tolower (c);

  if (!g_unichar_isalpha (c) || g_hash_table_contains (used, GUINT_TO_POINTER (lower)))
    return FALSE;
  g_hash_table_add (used, GUINT_TO_POINTER (lower));
  return TRUE;
}

static void
assign_one (GtkWidget  *widget,
            GHashTable *used)
{
  const char *text = g_object_get_data (G_OBJECT (widget), MNEMONIC_TEXT);
  const char *chosen = NULL;
  GString *s;

  /* First letters of words first ("Klientens _namn"), then any letter. */
  for (const char *p = text; *p && chosen == NULL; p = g_utf8_next_char (p))
    {
      gboolean word_start = p == text || g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (p)));

      if (word_start && try_letter (used, g_utf8_get_char (p)))
        chosen = p;
    }
  for (const char *p = text; *p && chosen == NULL; p = g_utf8_next_char (p))
    if (try_letter (used, g_utf8_get_char (p)))
      chosen = p;

  s = g_string_new (NULL);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      if (p == chosen)
        g_string_append_c (s, '_');
      else if (*p == '_')
        g_string_append_c (s, '_');
      g_string_append_unichar (s, g_utf8_get_char (p));
    }
  apply_text (widget, s->str);
  g_string_free (s, TRUE);
}

static void
assign_below (GtkWidget  *widget,
              GHashTable *used)
{
  if (g_object_get_data (G_OBJECT (widget), MNEMONIC_TEXT) != NULL)
    assign_one (widget, used);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      /* A popover is a window of its own. */
      if (GTK_IS_POPOVER (child))
        continue;
      assign_below (child, used);
    }
}

/**
 * hp_assign_mnemonics:
 *
 * Gives every control below @root marked with hp_widget_mark_mnemonic() an
 * access key (Alt + letter), in reading order, each letter once.  Controls
 * for which no letter is left keep their text without one.
 */
void
hp_assign_mnemonics (GtkWidget *root)
{
  g_autoptr(GHashTable) used = g_hash_table_new (NULL, NULL);

  g_return_if_fail (GTK_IS_WIDGET (root));

  assign_below (root, used);
}

/**
 * hp_widget_focus_single_child:
 *
 * The focus vfunc of a widget that holds one child (plus popovers): Tab
 * goes into the child.
 */
gboolean
hp_widget_focus_single_child (GtkWidget        *widget,
                              GtkDirectionType  direction)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (!GTK_IS_NATIVE (child))
      return gtk_widget_child_focus (child, direction);
  return FALSE;
}

/**
 * hp_icon_text_button_new:
 *
 * Returns: (transfer floating): a button with an icon and a text, the text
 * being its accessible name
 */
GtkWidget *
hp_icon_text_button_new (const char *icon_name,
                         const char *text)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *image = gtk_image_new_from_icon_name (icon_name);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (image),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "",
                                  -1);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), button);
  g_object_set_data (G_OBJECT (button), BUTTON_LABEL, label);
  hp_icon_text_button_set_text (button, text);

  return button;
}

void
hp_icon_text_button_set_text (GtkWidget  *button,
                              const char *text)
{
  GtkWidget *label = g_object_get_data (G_OBJECT (button), BUTTON_LABEL);

  g_return_if_fail (GTK_IS_LABEL (label));

  hp_widget_mark_mnemonic (label, text);
  hp_widget_set_accessible_label (button, text);
}

/**
 * hp_owner_label:
 * @owner_id: an item's owner: "" for the client, else a child's id
 *
 * Returns: (transfer full): "The client", the child's name, or a text that
 * shows the id when no child has it
 */
char *
hp_owner_label (HpPlan     *plan,
                const char *owner_id)
{
  HpChild *child;

  if (owner_id == NULL || *owner_id == '\0')
    return g_strdup (_("The client"));

  child = plan != NULL ? hp_plan_find_child (plan, owner_id) : NULL;
  if (child == NULL)
    /* Translators: %s is an id such as "b3" that no child in the plan has */
    return g_strdup_printf (_("Unknown child (%s)"), owner_id);
  if (*child->name == '\0')
    /* Translators: a child whose name is not filled in; %s is its id */
    return g_strdup_printf (_("Child without a name (%s)"), child->id);
  return g_strdup (child->name);
}

/* Returns: (transfer full): the name by which lists and choices show a contact */
char *
hp_contact_label (HpContact *contact)
{
  return hp_contact_dup_display_name (contact, HP_CONTACT_NAME_LISTED);
}

static void
append_part (GString    *s,
             const char *part)
{
  if (part == NULL || *part == '\0')
    return;
  if (s->len > 0)
    g_string_append (s, " · ");
  g_string_append (s, part);
}

static char *
first_line (const char *text)
{
  const char *nl = strchr (text, '\n');

  return nl != NULL ? g_strndup (text, nl - text) : g_strdup (text);
}

/**
 * hp_record_describe:
 * @title: (out) (transfer full): the first line of a list row
 * @subtitle: (out) (transfer full): the second line, may be ""
 *
 * Describes one entry of a plan's lists in the words of the page that
 * lists it.
 */
void
hp_record_describe (HpRecord  *record,
                    HpPlan    *plan,
                    char     **title,
                    char     **subtitle)
{
  g_autoptr(GString) t = g_string_new (NULL);
  g_autoptr(GString) s = g_string_new (NULL);

  g_return_if_fail (HP_IS_RECORD (record));

  if (HP_IS_CHILD (record))
    {
      HpChild *child = HP_CHILD (record);
      g_autofree char *note = first_line (child->note);

      g_string_append (t, *child->name ? child->name : _("Name not filled in"));
      append_part (s, child->id_number);
      append_part (s, note);
    }
  else if (HP_IS_ASSESSMENT (record))
    {
      HpAssessment *a = HP_ASSESSMENT (record);
      g_autofree char *level = NULL;
      g_autofree char *by = NULL;

      g_string_append_printf (t, "%s: %s",
                              hp_enum_get_label (HP_TYPE_RISK_SUBJECT, a->subject),
                              a->instrument == HP_INSTRUMENT_OTHER && *a->instrument_other
                                ? a->instrument_other
                                : hp_enum_get_label (HP_TYPE_INSTRUMENT, a->instrument));
      append_part (s, a->date);
      /* Translators: the outcome of a risk assessment, %s is Low, High ... */
      level = g_strdup_printf (_("Risk level: %s"), hp_enum_get_label (HP_TYPE_RISK_LEVEL, a->level));
      append_part (s, level);
      if (*a->assessed_by)
        /* Translators: %s is who made a risk assessment */
        by = g_strdup_printf (C_("assessment", "by %s"), a->assessed_by);
      append_part (s, by);
    }
  else if (HP_IS_CONTACT (record))
    {
      HpContact *c = HP_CONTACT (record);
      g_autofree char *label = hp_contact_label (c);

      g_string_append (t, label);
      append_part (s, hp_enum_get_label (HP_TYPE_CONTACT_KIND, c->kind));
      if (*c->name)
        append_part (s, c->organisation);
      append_part (s, c->phone);
    }
  else if (HP_IS_ITEM (record))
    {
      HpItem *item = HP_ITEM (record);
      g_autofree char *owner = hp_owner_label (plan, item->owner);

      g_string_append (t, *item->name ? item->name : _("Name not filled in"));
      append_part (s, hp_enum_get_label (HP_TYPE_ITEM_CATEGORY, item->category));
      append_part (s, hp_enum_get_label (HP_TYPE_PRIORITY, item->priority));
      append_part (s, owner);
    }
  else if (HP_IS_MEASURE (record))
    {
      HpMeasure *m = HP_MEASURE (record);
      g_autofree char *who = NULL;

      g_string_append (t, *m->title ? m->title : _("Name not filled in"));
      if (*m->responsible)
        /* Translators: %s is who is responsible for a safety measure */
        who = g_strdup_printf (C_("measure", "Responsible: %s"), m->responsible);
      append_part (s, who);
      append_part (s, m->done ? C_("measure", "Done") : C_("measure", "Not done yet"));
      append_part (s, m->note);
    }
  else if (HP_IS_VISIT (record))
    {
      HpVisit *v = HP_VISIT (record);

      g_string_append (t, *v->date ? v->date : _("Date not decided"));
      if (*v->start_time && *v->end_time)
        g_string_append_printf (t, " %s–%s", v->start_time, v->end_time);
      else if (*v->start_time)
        g_string_append_printf (t, " %s", v->start_time);
      append_part (s, v->place);
      append_part (s, hp_enum_get_label (HP_TYPE_VISIT_STATUS, v->status));
    }
  else if (HP_IS_CONSENT (record))
    {
      HpConsent *c = HP_CONSENT (record);
      g_autofree char *to = NULL;

      if (*c->recipient && c->scope == HP_CONSENT_SCOPE_SHARE_INFORMATION)
        {
          HpContact *contact = plan != NULL ? hp_plan_find_contact (plan, c->recipient) : NULL;
          g_autofree char *name = contact != NULL ? hp_contact_label (contact)
                                                  : g_strdup (c->recipient);

          /* Translators: %s is the contact who may receive information; the
           * scope's own label (“Share information with a recipient”) would
           * read twice here */
          to = g_strdup_printf (C_("consent", "Share information with %s"), name);
          g_string_append_printf (t, "%s: %s",
                                  hp_enum_get_label (HP_TYPE_CONSENT_PARTY, c->party), to);
        }
      else
        g_string_append_printf (t, "%s: %s",
                                hp_enum_get_label (HP_TYPE_CONSENT_PARTY, c->party),
                                hp_enum_get_label (HP_TYPE_CONSENT_SCOPE, c->scope));
      /* Translators: whether a consent was given: Yes, No, Not known */
      append_part (s, c->given == HP_ANSWER_YES ? C_("consent", "Given")
                      : c->given == HP_ANSWER_NO ? C_("consent", "Refused") : C_("consent", "Not yet answered"));
      append_part (s, hp_enum_get_label (HP_TYPE_CONSENT_FORM, c->form));
      append_part (s, c->date);
      if (*c->withdrawn_on)
        append_part (s, C_("consent", "Withdrawn"));
    }
  else
    {
      g_string_append (t, G_OBJECT_TYPE_NAME (record));
    }

  *title = g_strdup (t->str);
  *subtitle = g_strdup (s->str);
}

/**
 * hp_field_path_split:
 * @path: "items[3].priority", "case.children[0]" or "risk.assessments"
 * @list_path: (out) (transfer full): "items", "case.children"
 * @index: (out): 3, 0
 * @rest: (out) (transfer full): "priority", "" (no field named)
 *
 * Returns: whether @path names an entry of a list
 */
gboolean
hp_field_path_split (const char  *path,
                     char       **list_path,
                     guint       *index,
                     char       **rest)
{
  const char *open;
  const char *close;
  char *end = NULL;
  guint64 n;

  g_return_val_if_fail (path != NULL, FALSE);

  open = strchr (path, '[');
  if (open == NULL || open == path)
    return FALSE;
  close = strchr (open, ']');
  if (close == NULL || close == open + 1)
    return FALSE;

  n = g_ascii_strtoull (open + 1, &end, 10);
  if (end != close || n > G_MAXUINT)
    return FALSE;

  *list_path = g_strndup (path, open - path);
  *index = (guint) n;
  *rest = g_strdup (close[1] == '.' ? close + 2 : close + 1);
  return TRUE;
}

/**
 * hp_plan_path_find_field:
 * @path: a path of records and lists below the plan: "case", "case.children"
 *
 * Returns: (nullable): the field that @path ends in, a record or a list
 */
const HpField *
hp_plan_path_find_field (const char *path)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GTypeClass) klass = NULL;
  const HpField *field = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  parts = g_strsplit (path, ".", -1);
  klass = g_type_class_ref (HP_TYPE_PLAN);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (klass == NULL)
        return NULL;
      field = hp_record_class_find_field (HP_RECORD_CLASS (klass), parts[i]);
      if (field == NULL || (field->kind != HP_FIELD_RECORD && field->kind != HP_FIELD_LIST))
        return NULL;
      g_clear_pointer (&klass, g_type_class_unref);
      if (field->kind == HP_FIELD_RECORD)
        klass = g_type_class_ref (field->get_type ());
    }
  return field;
}

/**
 * hp_plan_path_resolve:
 *
 * Returns: (transfer none) (nullable): the HpRecord or the GListStore that
 * @path names in @plan
 */
gpointer
hp_plan_path_resolve (HpPlan     *plan,
                      const char *path)
{
  g_auto(GStrv) parts = NULL;
  HpRecord *record;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  parts = g_strsplit (path, ".", -1);
  record = HP_RECORD (plan);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const HpField *field = hp_record_find_field (record, parts[i]);

      if (field == NULL)
        return NULL;
      if (field->kind == HP_FIELD_LIST)
        return parts[i + 1] == NULL ? hp_record_get_list (record, field) : NULL;
      if (field->kind != HP_FIELD_RECORD)
        return NULL;
      record = hp_record_get_record (record, field);
    }
  return record;
}
