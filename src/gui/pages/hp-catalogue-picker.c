/* hp-catalogue-picker.c: pick several entries of the local catalogue at once */

#define G_LOG_DOMAIN "hp-catalogue-picker"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-catalogue-picker.h"
#include "hp-page-util.h"

typedef struct
{
  char      *title;
  char      *subtitle;
  char      *folded;     /* title and subtitle, case-folded, for the search */
  GtkWidget *row;
  GtkWidget *check;
  GtkWidget *sublabel;
  gboolean   present;
} Entry;

struct _HpCataloguePicker
{
  GtkWidget  parent_instance;

  GtkWidget *button;
  GtkWidget *popover;
  GtkWidget *search_entry;
  GtkWidget *extra_box;
  GtkWidget *list_box;
  GtkWidget *select_all_button;
  GtkWidget *count_label;
  GtkWidget *add_button;

  GPtrArray *entries;    /* Entry */
  char      *needle;
};

enum {
  ADD,
  OPENING,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (HpCataloguePicker, hp_catalogue_picker, GTK_TYPE_WIDGET)

static void
entry_free (Entry *entry)
{
  g_free (entry->title);
  g_free (entry->subtitle);
  g_free (entry->folded);
  g_free (entry);
}

static guint
count_checked (HpCataloguePicker *self)
{
  guint n = 0;

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->entries, i);

      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (entry->check)))
        n++;
    }
  return n;
}

static void
update_count (HpCataloguePicker *self)
{
  guint n = count_checked (self);
  g_autofree char *text = NULL;

  if (n == 0)
    text = g_strdup (_("Add the ticked ones"));
  else
    /* Translators: the button that adds the ticked catalogue entries */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Add %u ticked", "Add %u ticked", n), n);

  gtk_button_set_label (GTK_BUTTON (self->add_button), text);
  gtk_widget_set_sensitive (self->add_button, n > 0);
}

static void
on_check_toggled (HpCataloguePicker *self)
{
  update_count (self);
}

static void
on_row_activated (HpCataloguePicker *self,
                  GtkListBoxRow     *row)
{
  Entry *entry = g_ptr_array_index (self->entries, gtk_list_box_row_get_index (row));
  GtkCheckButton *check = GTK_CHECK_BUTTON (entry->check);

  gtk_check_button_set_active (check, !gtk_check_button_get_active (check));
}

/* Keyboard in the list: Space ticks the focused entry, as in any list of
 * check boxes (Enter does too, through row-activated); the list is one
 * Tab stop whose rows the arrow keys go through, and Tab goes on to the
 * buttons below it (GtkListBox would keep it on the row), Shift+Tab back
 * to what is above. */
static gboolean
on_list_key_pressed (HpCataloguePicker *self,
                     guint              keyval,
                     guint              keycode,
                     GdkModifierType    state)
{
  GtkRoot *root = gtk_widget_get_root (self->list_box);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) : NULL;
  GtkWidget *above;

  if (row == NULL || gtk_widget_get_parent (row) != self->list_box)
    return GDK_EVENT_PROPAGATE;
  /* The keys came from the keyboard: show where the focus is. */
  if (GTK_IS_WINDOW (root))
    gtk_window_set_focus_visible (GTK_WINDOW (root), TRUE);

  state &= gtk_accelerator_get_default_mod_mask ();
  switch (keyval)
    {
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      if (state != 0)
        return GDK_EVENT_PROPAGATE;
      on_row_activated (self, GTK_LIST_BOX_ROW (row));
      return GDK_EVENT_STOP;

    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
      if (state != 0)
        return GDK_EVENT_PROPAGATE;
      if (!(gtk_widget_is_sensitive (self->select_all_button)
            && gtk_widget_grab_focus (self->select_all_button)))
        gtk_widget_grab_focus (self->add_button);
      return GDK_EVENT_STOP;

    case GDK_KEY_ISO_Left_Tab:
      above = gtk_widget_get_visible (self->extra_box) ? self->extra_box : self->search_entry;
      if (!gtk_widget_child_focus (above, GTK_DIR_TAB_BACKWARD))
        gtk_widget_grab_focus (self->search_entry);
      return GDK_EVENT_STOP;

    default:
      return GDK_EVENT_PROPAGATE;
    }
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  HpCataloguePicker *self = HP_CATALOGUE_PICKER (user_data);
  int index = gtk_list_box_row_get_index (row);
  Entry *entry;

  if (index < 0 || (guint) index >= self->entries->len)
    return TRUE;
  entry = g_ptr_array_index (self->entries, index);
  return self->needle == NULL || strstr (entry->folded, self->needle) != NULL;
}

static void
on_search_changed (HpCataloguePicker *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&self->needle, g_free);
  if (*text != '\0')
    self->needle = g_utf8_casefold (text, -1);
  gtk_list_box_invalidate_filter (GTK_LIST_BOX (self->list_box));
}

/* Escape in the search: the first empties it, the next closes the list.
 * (GtkSearchEntry takes Escape for itself, so the popover never sees it.) */
static void
on_stop_search (HpCataloguePicker *self)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  else
    gtk_popover_popdown (GTK_POPOVER (self->popover));
}

static void
on_select_all_clicked (HpCataloguePicker *self)
{
  /* Ticks what the search shows and the plan does not have yet. */
  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->entries, i);

      if (!entry->present && gtk_widget_get_child_visible (entry->row))
        gtk_check_button_set_active (GTK_CHECK_BUTTON (entry->check), TRUE);
    }
}

static void
on_popover_show (HpCataloguePicker *self)
{
  g_signal_emit (self, signals[OPENING], 0);
  gtk_widget_grab_focus (self->search_entry);
}

static void
update_entry (Entry *entry)
{
  g_autofree char *sub = NULL;
  g_autofree char *name = NULL;

  if (entry->present && *entry->subtitle != '\0')
    /* Translators: %s describes a catalogue entry, which the plan has already */
    sub = g_strdup_printf (_("%s · already in the plan"), entry->subtitle);
  else if (entry->present)
    sub = g_strdup (_("Already in the plan"));
  else
    sub = g_strdup (entry->subtitle);

  gtk_label_set_text (GTK_LABEL (entry->sublabel), sub);
  gtk_widget_set_visible (entry->sublabel, *sub != '\0');

  name = *sub != '\0' ? g_strdup_printf ("%s, %s", entry->title, sub) : g_strdup (entry->title);
  hp_widget_set_accessible_label (entry->row, name);
}

/* GObject and GtkWidget */

static void
hp_catalogue_picker_dispose (GObject *object)
{
  HpCataloguePicker *self = HP_CATALOGUE_PICKER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HP_TYPE_CATALOGUE_PICKER);

  G_OBJECT_CLASS (hp_catalogue_picker_parent_class)->dispose (object);
}

static void
hp_catalogue_picker_finalize (GObject *object)
{
  HpCataloguePicker *self = HP_CATALOGUE_PICKER (object);

  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->needle, g_free);

  G_OBJECT_CLASS (hp_catalogue_picker_parent_class)->finalize (object);
}

static void
hp_catalogue_picker_class_init (HpCataloguePickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hp_catalogue_picker_dispose;
  object_class->finalize = hp_catalogue_picker_finalize;

  /**
   * HpCataloguePicker::add:
   *
   * The user asks to add the ticked entries; read them with
   * hp_catalogue_picker_get_checked().  The ticks are cleared afterwards.
   */
  signals[ADD] = g_signal_new ("add", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                               0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * HpCataloguePicker::opening:
   *
   * The list is about to show: the time to mark what the plan has already.
   */
  signals[OPENING] = g_signal_new ("opening", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/se/hamtplan/Hamtplan/pages/hp-catalogue-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, HpCataloguePicker, button);
  gtk_widget_class_bind_template_child (widget_class, HpCataloguePicker, popover);
  gtk_widget_class_bind_template_child (widget_class, HpCataloguePicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HpCataloguePicker, extra_box);
  gtk_widget_class_bind_template_child (widget_class, HpCataloguePicker, list_box);
  gtk_widget_class_bind_template_child (widget_class, HpCataloguePicker, select_all_button);
  gtk_widget_class_bind_template_child (widget_class, HpCataloguePicker, count_label);
  gtk_widget_class_bind_template_child (widget_class, HpCataloguePicker, add_button);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_show);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_select_all_clicked);
  gtk_widget_class_bind_template_callback (widget_class, hp_catalogue_picker_activate_add);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "hp-catalogue-picker");
  widget_class->focus = hp_widget_focus_single_child;
}

static void
hp_catalogue_picker_init (HpCataloguePicker *self)
{
  GtkEventController *keys;

  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_filter_func (GTK_LIST_BOX (self->list_box), filter_row, self, NULL);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_list_key_pressed), self);
  gtk_widget_add_controller (self->list_box, keys);
  gtk_button_set_label (GTK_BUTTON (self->select_all_button), _("Tick all shown"));
  hp_widget_set_accessible_label (self->search_entry, _("Search the catalogue"));
  update_count (self);
}

/**
 * hp_catalogue_picker_new:
 * @label: the button's text, "Lägg till från katalogen"
 *
 * Returns: (transfer floating): a new, empty picker
 */
GtkWidget *
hp_catalogue_picker_new (const char *label)
{
  HpCataloguePicker *self = g_object_new (HP_TYPE_CATALOGUE_PICKER, NULL);

  hp_widget_mark_mnemonic (self->button, label);
  return GTK_WIDGET (self);
}

void
hp_catalogue_picker_clear (HpCataloguePicker *self)
{
  GtkWidget *child;

  g_return_if_fail (HP_IS_CATALOGUE_PICKER (self));

  while ((child = gtk_widget_get_first_child (self->list_box)) != NULL &&
         GTK_IS_LIST_BOX_ROW (child))
    gtk_list_box_remove (GTK_LIST_BOX (self->list_box), child);
  g_ptr_array_set_size (self->entries, 0);
  update_count (self);
}

void
hp_catalogue_picker_append (HpCataloguePicker *self,
                            const char        *title,
                            const char        *subtitle)
{
  Entry *entry;
  GtkWidget *box;
  g_autofree char *both = NULL;

  g_return_if_fail (HP_IS_CATALOGUE_PICKER (self));
  g_return_if_fail (title != NULL);

  entry = g_new0 (Entry, 1);
  entry->title = g_strdup (title);
  entry->subtitle = g_strdup (subtitle != NULL ? subtitle : "");
  both = g_strconcat (entry->title, " ", entry->subtitle, NULL);
  entry->folded = g_utf8_casefold (both, -1);

  entry->check = gtk_check_button_new_with_label (title);
  /* The row takes the focus and toggles on Space or Enter; one stop per
   * entry is enough when going through a long list by keyboard. */
  gtk_widget_set_focusable (entry->check, FALSE);
  g_signal_connect_swapped (entry->check, "toggled", G_CALLBACK (on_check_toggled), self);

  entry->sublabel = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (entry->sublabel), 0.0);
  gtk_label_set_wrap (GTK_LABEL (entry->sublabel), TRUE);
  gtk_widget_set_margin_start (entry->sublabel, 28);
  gtk_widget_add_css_class (entry->sublabel, "dim-label");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_box_append (GTK_BOX (box), entry->check);
  gtk_box_append (GTK_BOX (box), entry->sublabel);

  entry->row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (entry->row), box);
  /* The list box filters the row as it arrives: the entry must be there. */
  g_ptr_array_add (self->entries, entry);
  gtk_list_box_append (GTK_LIST_BOX (self->list_box), entry->row);
  update_entry (entry);
}

guint
hp_catalogue_picker_get_n_entries (HpCataloguePicker *self)
{
  g_return_val_if_fail (HP_IS_CATALOGUE_PICKER (self), 0);

  return self->entries->len;
}

/* Marks entry @index as one the plan has already. */
void
hp_catalogue_picker_set_present (HpCataloguePicker *self,
                                 guint              index,
                                 gboolean           present)
{
  Entry *entry;

  g_return_if_fail (HP_IS_CATALOGUE_PICKER (self));
  g_return_if_fail (index < self->entries->len);

  entry = g_ptr_array_index (self->entries, index);
  if (entry->present == !!present)
    return;
  entry->present = !!present;
  update_entry (entry);
}

/**
 * hp_catalogue_picker_set_extra:
 * @widget: (nullable): a widget to show above the list
 */
void
hp_catalogue_picker_set_extra (HpCataloguePicker *self,
                               GtkWidget         *widget)
{
  GtkWidget *child;

  g_return_if_fail (HP_IS_CATALOGUE_PICKER (self));

  while ((child = gtk_widget_get_first_child (self->extra_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->extra_box), child);
  if (widget != NULL)
    gtk_box_append (GTK_BOX (self->extra_box), widget);
  gtk_widget_set_visible (self->extra_box, widget != NULL);
}

void
hp_catalogue_picker_set_checked (HpCataloguePicker *self,
                                 guint              index,
                                 gboolean           checked)
{
  Entry *entry;

  g_return_if_fail (HP_IS_CATALOGUE_PICKER (self));
  g_return_if_fail (index < self->entries->len);

  entry = g_ptr_array_index (self->entries, index);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (entry->check), checked);
}

/**
 * hp_catalogue_picker_get_checked:
 *
 * Returns: (transfer full) (element-type guint): the indexes of the ticked
 * entries, in catalogue order
 */
GArray *
hp_catalogue_picker_get_checked (HpCataloguePicker *self)
{
  GArray *checked;

  g_return_val_if_fail (HP_IS_CATALOGUE_PICKER (self), NULL);

  checked = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->entries, i);

      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (entry->check)))
        g_array_append_val (checked, i);
    }
  return checked;
}

void
hp_catalogue_picker_set_search (HpCataloguePicker *self,
                                const char        *text)
{
  g_return_if_fail (HP_IS_CATALOGUE_PICKER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  /* Without waiting for the search entry's delay. */
  on_search_changed (self);
}

/* Returns: how many entries the search lets through */
guint
hp_catalogue_picker_get_n_shown (HpCataloguePicker *self)
{
  guint n = 0;

  g_return_val_if_fail (HP_IS_CATALOGUE_PICKER (self), 0);

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->entries, i);

      if (self->needle == NULL || strstr (entry->folded, self->needle) != NULL)
        n++;
    }
  return n;
}

/**
 * hp_catalogue_picker_activate_add:
 *
 * What the add button does: emits "add", clears the ticks and closes.
 *
 * Returns: whether anything was ticked
 */
gboolean
hp_catalogue_picker_activate_add (HpCataloguePicker *self)
{
  g_return_val_if_fail (HP_IS_CATALOGUE_PICKER (self), FALSE);

  if (count_checked (self) == 0)
    return FALSE;

  g_signal_emit (self, signals[ADD], 0);

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->entries, i);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (entry->check), FALSE);
    }
  gtk_popover_popdown (GTK_POPOVER (self->popover));
  return TRUE;
}

/* Returns: (transfer none): the menu button that opens the list */
GtkWidget *
hp_catalogue_picker_get_button (HpCataloguePicker *self)
{
  g_return_val_if_fail (HP_IS_CATALOGUE_PICKER (self), NULL);

  return self->button;
}
