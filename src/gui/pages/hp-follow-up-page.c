/* hp-follow-up-page.c: the page of how the retrieval went
 *
 * The template holds the form, with the path of what it edits in the
 * plan.  This file adds "Fill in from the outcomes": the summary of the
 * items' statuses (hp_follow_up_summarize_items(), the model's rule) into
 * "What came home".  Text the caseworker wrote there is never replaced
 * without asking; while the field is untouched, the model keeps it
 * following the statuses by itself (hp_follow_up_follow_items(), from the
 * list's status keys and from the item dialog).
 */

#define G_LOG_DOMAIN "hp-follow-up-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-follow-up-page.h"
#include "hp-message-dialog.h"
#include "hp-page-util.h"

struct _HpFollowUpPage
{
  HpPage     parent_instance;

  GtkWidget *fill_button;
  GtkWidget *fill_hint;
};

G_DEFINE_FINAL_TYPE (HpFollowUpPage, hp_follow_up_page, HP_TYPE_PAGE)

enum
{
  FILL_CANCEL,
  FILL_APPEND,
  FILL_REPLACE,
};

static void
write_summary (HpFollowUpPage *self,
               const char     *text)
{
  HpPlan *plan = hp_page_get_plan (HP_PAGE (self));

  g_object_set (plan->follow_up, "items_returned", text, NULL);
  hp_page_focus_field (GTK_WIDGET (self), "follow_up.items_returned");
}

static void
on_fill_answer (GtkDialog      *dialog,
                int             response,
                HpFollowUpPage *self)
{
  HpPlan *plan = hp_page_get_plan (HP_PAGE (self));
  g_autofree char *summary = NULL;

  hp_message_dialog_dismiss (dialog);
  if (plan == NULL || (response != FILL_APPEND && response != FILL_REPLACE))
    return;

  summary = hp_follow_up_summarize_items (G_LIST_MODEL (plan->items));
  if (summary == NULL)
    return;
  if (response == FILL_APPEND)
    {
      g_autofree char *both = g_strconcat (plan->follow_up->items_returned, "\n", summary, NULL);
      write_summary (self, both);
    }
  else
    write_summary (self, summary);
}

static void
on_fill_clicked (HpFollowUpPage *self)
{
  HpPlan *plan = hp_page_get_plan (HP_PAGE (self));
  g_autofree char *summary = NULL;
  const char *now;
  GtkRoot *root;
  GtkWidget *dialog;

  if (plan == NULL)
    return;
  summary = hp_follow_up_summarize_items (G_LIST_MODEL (plan->items));
  if (summary == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->fill_hint),
                          _("No belonging has an outcome yet: set their status on the page "
                            "Belongings first."));
      return;
    }

  now = plan->follow_up->items_returned != NULL ? plan->follow_up->items_returned : "";
  if (*now == '\0' || g_strcmp0 (now, summary) == 0)
    {
      write_summary (self, summary);
      return;
    }

  /* What the caseworker wrote stays unless they say otherwise. */
  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = hp_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                  GTK_MESSAGE_QUESTION,
                                  _("Replace what you wrote under “What came home”?"),
                                  _("The summary of the belongings’ status can replace your "
                                    "text, or be added after it."));
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), FILL_CANCEL);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Add after my text"), FILL_APPEND);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Replace"), FILL_REPLACE);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), FILL_APPEND);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_fill_answer), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
hp_follow_up_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HP_TYPE_FOLLOW_UP_PAGE);

  G_OBJECT_CLASS (hp_follow_up_page_parent_class)->dispose (object);
}

static void
hp_follow_up_page_class_init (HpFollowUpPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hp_follow_up_page_dispose;

  hp_page_class_setup (widget_class, HP_SECTION_FOLLOW_UP,
                       "/se/hamtplan/Hamtplan/pages/hp-follow-up-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HpFollowUpPage, fill_button);
  gtk_widget_class_bind_template_child (widget_class, HpFollowUpPage, fill_hint);
  gtk_widget_class_bind_template_callback (widget_class, on_fill_clicked);
}

static void
hp_follow_up_page_init (HpFollowUpPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  hp_widget_mark_mnemonic (self->fill_button, _("Fill in from the outcomes"));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->fill_button),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->fill_hint, NULL,
                                  -1);
}
