/* hp-record-dialog.c: a modal window that edits one entry of a list */

#define G_LOG_DOMAIN "hp-record-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-page-util.h"
#include "hp-record-dialog.h"

struct _HpRecordDialog
{
  GtkWindow     parent_instance;

  GtkWidget    *cancel_button;
  GtkWidget    *accept_button;
  GtkWidget    *content;
  HpRecordForm *form;

  HpRecord     *record;
  gboolean      responded;
};

enum {
  RESPONSE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (HpRecordDialog, hp_record_dialog, GTK_TYPE_WINDOW)

static void
respond (HpRecordDialog *self,
         gboolean        accepted)
{
  if (self->responded)
    return;
  self->responded = TRUE;
  g_signal_emit (self, signals[RESPONSE], 0, accepted);
}

static gboolean
hp_record_dialog_close_request (GtkWindow *window)
{
  respond (HP_RECORD_DIALOG (window), FALSE);

  return GTK_WINDOW_CLASS (hp_record_dialog_parent_class)->close_request (window);
}

/**
 * hp_record_dialog_accept:
 *
 * What the accept button does: when every input can be stored, emits
 * "response" with %TRUE and closes; else shows the reasons, puts the focus
 * on the first such input and stays open.
 *
 * Returns: whether the dialog was accepted
 */
gboolean
hp_record_dialog_accept (HpRecordDialog *self)
{
  const char *invalid;

  g_return_val_if_fail (HP_IS_RECORD_DIALOG (self), FALSE);

  invalid = hp_record_form_get_invalid_field (self->form, NULL);
  if (invalid != NULL)
    {
      hp_record_form_show_errors (self->form);
      hp_record_form_focus_field (self->form, invalid);
      gtk_widget_error_bell (GTK_WIDGET (self));
      return FALSE;
    }

  respond (self, TRUE);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
hp_record_dialog_dispose (GObject *object)
{
  HpRecordDialog *self = HP_RECORD_DIALOG (object);

  g_clear_object (&self->record);

  G_OBJECT_CLASS (hp_record_dialog_parent_class)->dispose (object);
}

static void
hp_record_dialog_class_init (HpRecordDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = hp_record_dialog_dispose;
  window_class->close_request = hp_record_dialog_close_request;

  /**
   * HpRecordDialog::response:
   * @accepted: whether the user accepted the changes
   *
   * Emitted once, before the dialog goes away.
   */
  signals[RESPONSE] =
    g_signal_new ("response",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/se/hamtplan/Hamtplan/pages/hp-record-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HpRecordDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, HpRecordDialog, accept_button);
  gtk_widget_class_bind_template_child (widget_class, HpRecordDialog, content);
  gtk_widget_class_bind_template_callback_full (widget_class, "gtk_window_close",
                                                G_CALLBACK (gtk_window_close));
  gtk_widget_class_bind_template_callback (widget_class, hp_record_dialog_accept);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

/* The dialog grows (and shrinks) with its form, up to the scrolled
 * window's limit: a message that appears under a field must not push the
 * last field out of sight.  A shown window keeps its size, so it is asked
 * for its natural height again. */
static void
fit_to_content (HpRecordDialog *self)
{
  int width, height;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  /* The width the window has now (GTK keeps it as the default size). */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
hp_record_dialog_init (HpRecordDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  hp_widget_mark_mnemonic (self->cancel_button, C_("dialog", "Cancel"));
  gtk_window_set_default_widget (GTK_WINDOW (self), self->accept_button);
}

/**
 * hp_record_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @title: the dialog's title, "Lägg till barn"
 * @accept_label: the text of the accept button
 * @record: the record to edit (the caller keeps the original)
 * @plan: (nullable): the plan, for choices of children and contacts
 * @fields: (nullable): the fields to show, see hp_record_form_new()
 *
 * Returns: (transfer none): the dialog, not yet shown; the window list
 * owns it until it closes
 */
HpRecordDialog *
hp_record_dialog_new (GtkWindow          *parent,
                      const char         *title,
                      const char         *accept_label,
                      HpRecord           *record,
                      HpPlan             *plan,
                      const char * const *fields)
{
  HpRecordDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HP_IS_RECORD (record), NULL);

  self = g_object_new (HP_TYPE_RECORD_DIALOG,
                       "title", title,
                       "transient-for", parent,
                       NULL);
  self->record = g_object_ref (record);
  hp_widget_mark_mnemonic (self->accept_button, accept_label);

  self->form = HP_RECORD_FORM (hp_record_form_new (G_OBJECT_TYPE (record), fields));
  gtk_box_append (GTK_BOX (self->content), GTK_WIDGET (self->form));
  hp_record_form_set_record (self->form, record, plan);
  hp_record_form_set_activates_default (self->form, TRUE);
  g_signal_connect_object (self->form, "messages-changed", G_CALLBACK (fit_to_content), self,
                           G_CONNECT_SWAPPED);

  hp_assign_mnemonics (GTK_WIDGET (self));
  gtk_widget_child_focus (GTK_WIDGET (self->form), GTK_DIR_TAB_FORWARD);

  return self;
}

/* Returns: (transfer none): the form in the dialog */
HpRecordForm *
hp_record_dialog_get_form (HpRecordDialog *self)
{
  g_return_val_if_fail (HP_IS_RECORD_DIALOG (self), NULL);

  return self->form;
}

/* Returns: (transfer none): the record the dialog edits */
HpRecord *
hp_record_dialog_get_record (HpRecordDialog *self)
{
  g_return_val_if_fail (HP_IS_RECORD_DIALOG (self), NULL);

  return self->record;
}

typedef struct
{
  GtkWidget                 *owner;
  GListStore                *list;
  HpRecord                  *original;   /* NULL when adding */
  HpRecordDialogListFunc     current_list;
  HpRecordDialogAppliedFunc  applied;
} ApplyData;

static void
apply_data_free (gpointer data)
{
  ApplyData *d = data;

  g_clear_object (&d->owner);
  g_clear_object (&d->list);
  g_clear_object (&d->original);
  g_free (d);
}

static void
on_apply_response (HpRecordDialog *self,
                   gboolean        accepted,
                   ApplyData      *d)
{
  if (!accepted || d->current_list (d->owner) != d->list)
    return;

  if (d->original != NULL)
    {
      /* One step to undo, with what the page changes after it (the items
       * page: the follow-up that follows the outcomes). */
      hp_record_begin_group (d->original);
      hp_record_assign_values (d->original, self->record);
      d->applied (d->owner, d->original, FALSE);
      hp_record_end_group (d->original);
    }
  else
    {
      g_list_store_append (d->list, self->record);
      d->applied (d->owner, self->record, TRUE);
    }
}

/**
 * hp_record_dialog_apply_to_list:
 * @owner: the page or list editor that opened the dialog
 * @list: the list the entry belongs to
 * @original: (nullable): the entry the dialog edits a copy of; %NULL when
 *   the dialog's record is a new entry
 * @current_list: tells which list @owner shows when the user accepts
 * @applied: called once the entry is in @list
 *
 * When the user accepts, and @owner still shows @list: the edited values
 * are assigned to @original, or the new entry is appended to @list.
 */
void
hp_record_dialog_apply_to_list (HpRecordDialog            *self,
                                GtkWidget                 *owner,
                                GListStore                *list,
                                HpRecord                  *original,
                                HpRecordDialogListFunc     current_list,
                                HpRecordDialogAppliedFunc  applied)
{
  ApplyData *d;

  g_return_if_fail (HP_IS_RECORD_DIALOG (self));
  g_return_if_fail (GTK_IS_WIDGET (owner));
  g_return_if_fail (G_IS_LIST_STORE (list));
  g_return_if_fail (original == NULL || HP_IS_RECORD (original));

  d = g_new0 (ApplyData, 1);
  d->owner = g_object_ref (owner);
  d->list = g_object_ref (list);
  d->original = original != NULL ? g_object_ref (original) : NULL;
  d->current_list = current_list;
  d->applied = applied;
  g_signal_connect_data (self, "response", G_CALLBACK (on_apply_response), d,
                         (GClosureNotify) (void (*) (void)) apply_data_free, 0);
}
