/* hp-catalogue-save.c: what the pages share of "Save in the catalogue" */

#define G_LOG_DOMAIN "hp-catalogue-save"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-catalogue-save.h"
#include "hp-page-util.h"
#include "hp-secrets.h"

/**
 * hp_catalogue_save_button_new:
 * @tooltip: what the button saves
 *
 * An icon beside the list's Edit and Remove, named "Save in the catalogue"
 * for screen readers and explained by @tooltip: with a text of its own the
 * row of buttons would no longer fit a window 1024 pixels wide.
 *
 * Returns: (transfer floating): the button, insensitive until an entry is
 * selected
 */
GtkWidget *
hp_catalogue_save_button_new (const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("bookmark-new-symbolic");

  hp_widget_set_accessible_label (button, _("Save in the catalogue"));
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip, -1);
  gtk_widget_set_sensitive (button, FALSE);
  return button;
}

/* Moves @button (in a row of buttons) after the list's Edit and Remove. */
void
hp_catalogue_save_place_last (GtkWidget *button)
{
  GtkWidget *box = gtk_widget_get_parent (button);

  g_return_if_fail (GTK_IS_BOX (box));

  gtk_box_reorder_child_after (GTK_BOX (box), button, gtk_widget_get_last_child (box));
}

/**
 * hp_catalogue_save_check_texts:
 * @texts: (array zero-terminated=1): what would be saved
 *
 * Returns: (transfer full) (nullable): why the entry may not go into the
 * catalogue: one of @texts shows the client's name, identity number,
 * phone, safe way of contact, where she stays, a child's name or the
 * home's address; %NULL when none does
 */
char *
hp_catalogue_save_check_texts (HpPlan             *plan,
                               const char * const *texts)
{
  g_autoptr(HpSecrets) secrets = NULL;
  HpSecretKind found = HP_SECRET_NONE;
  g_autofree char *what = NULL;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);

  secrets = hp_secrets_new (plan, HP_SECRETS_IDENTITY | HP_SECRETS_HOME);
  for (guint i = 0; texts[i] != NULL; i++)
    found |= hp_secrets_find (secrets, texts[i]);
  if (found == HP_SECRET_NONE)
    return NULL;

  what = hp_secret_kinds_describe (found);
  /* Translators: %s is what the entry shows, "the client's name, where the
   * client is staying" */
  return g_strdup_printf (_("Not saved in the catalogue: it shows %s, and the catalogue is "
                            "not kept secret as the plan is."), what);
}

/* Returns: (transfer full): "Saved “NAME” in your catalogue (FILE)." */
char *
hp_catalogue_save_done_message (HpCatalogue *catalogue,
                                const char  *name)
{
  g_autofree char *shown = g_filename_display_name (hp_catalogue_get_user_path (catalogue));

  /* Translators: the first %s is what was saved, the second the file */
  return g_strdup_printf (_("Saved “%s” in your catalogue (%s). Every plan can pick it from "
                            "there."), name, shown);
}
