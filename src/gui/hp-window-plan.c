/* hp-window-plan.c: the plan a main window shows, its file and its drafts
 *
 * The window owns the plan.  The pages edit it in place; every edit raises
 * the plan's "changed" signal, which here marks the plan unsaved, schedules
 * the checks (once, in the next frame) and a draft (at most a couple of
 * seconds later).
 * An entry of the disclosure log goes into the plan file at once, whatever
 * else is unsaved.
 */

#define G_LOG_DOMAIN "hp-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-disclosure-file.h"
#include "hp-disclosures.h"
#include "hp-disclosures-view.h"
#include "hp-drafts.h"
#include "hp-page.h"
#include "hp-window-private.h"

#define DRAFT_DELAY_MS    2000

/* Installed by hp-window.c's class_init; notified here. */
GParamSpec *hp_window_properties[HP_WINDOW_N_PROPS];

void
hp_window_update_title (HpWindow *self)
{
  g_autofree char *title = hp_plan_dup_title (self->plan);
  g_autofree char *marked = NULL;
  g_autofree char *window_title = NULL;
  g_autofree char *basename = NULL;

  /* The mark is a bullet before the title, as GNOME applications show it. */
  marked = self->dirty ? g_strconcat ("• ", title, NULL) : g_strdup (title);

  if (self->file != NULL)
    {
      g_autofree char *path = g_file_get_path (self->file);

      basename = path != NULL ? g_filename_display_basename (path)
                              : g_file_get_parse_name (self->file);
      /* Translators: the window title: the plan's title, then its file name */
      window_title = g_strdup_printf (_("%s – %s"), marked, basename);
    }
  else
    {
      window_title = g_strdup (marked);
    }

  gtk_label_set_text (self->title_label, marked);
  gtk_label_set_text (self->subtitle_label,
                      basename != NULL ? basename : _("New plan, not saved"));
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

void
hp_window_set_dirty (HpWindow *self,
                     gboolean  dirty)
{
  dirty = !!dirty;
  if (self->dirty == dirty)
    return;

  self->dirty = dirty;
  hp_window_update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), hp_window_properties[HP_WINDOW_PROP_DIRTY]);
}

void
hp_window_discard_draft (HpWindow *self)
{
  g_clear_handle_id (&self->draft_source, g_source_remove);

  if (self->draft_path != NULL && self->drafts != NULL)
    hp_drafts_remove (self->drafts, self->draft_path);
  g_clear_pointer (&self->draft_path, g_free);
}

static gboolean
write_draft_cb (gpointer user_data)
{
  HpWindow *self = HP_WINDOW (user_data);

  self->draft_source = 0;
  hp_window_write_draft_now (self);

  return G_SOURCE_REMOVE;
}

void
hp_window_write_draft_now (HpWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->draft_source, g_source_remove);

  if (!self->dirty || self->drafts == NULL || !hp_drafts_is_enabled (self->drafts))
    return;

  if (self->draft_path == NULL)
    self->draft_path = hp_drafts_new_path (self->drafts);

  if (!hp_drafts_write (self->drafts, self->draft_path, self->plan, self->file, &error))
    g_warning ("Could not write the draft: %s", error->message);
}

static void
on_plan_changed (HpWindow *self)
{
  hp_window_set_dirty (self, TRUE);
  /* The title shows the case reference, which may just have changed. */
  hp_window_update_title (self);

  /* Checks run in the next frame, once for all the edits before it, so the
   * frame that shows a keystroke shows its findings; drafts are written at
   * most a couple of seconds after the first change, however long the
   * typing goes on. */
  hp_window_schedule_checks (self);

  if (self->draft_source == 0 && self->drafts != NULL && hp_drafts_is_enabled (self->drafts))
    self->draft_source = g_timeout_add (DRAFT_DELAY_MS, write_draft_cb, self);
}

/* Replaces the plan shown by the window.  The old plan's draft goes. */
void
hp_window_take_plan (HpWindow *self,
                     HpPlan   *plan,
                     GFile    *file,
                     gboolean  dirty)
{
  g_assert (HP_IS_PLAN (plan));

  hp_window_discard_draft (self);

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);

  g_set_object (&self->plan, plan);
  g_set_object (&self->file, file);

  for (guint i = 0; i < HP_WINDOW_N_SECTIONS; i++)
    if (self->pages[i] != NULL)
      hp_page_set_plan (self->pages[i], plan);
  if (self->disclosures_view != NULL)
    hp_disclosures_view_set_plan (HP_DISCLOSURES_VIEW (self->disclosures_view), plan);

  /* Connected after the pages have shown the plan, so that showing it is
   * not taken for an edit. */
  g_signal_connect_object (plan, "changed", G_CALLBACK (on_plan_changed), self,
                           G_CONNECT_SWAPPED);

  self->dirty = !dirty;
  hp_window_set_dirty (self, dirty);
  hp_window_update_title (self);
  hp_window_queue_first_checks (self);

  if (dirty)
    hp_window_write_draft_now (self);

  g_object_notify_by_pspec (G_OBJECT (self), hp_window_properties[HP_WINDOW_PROP_PLAN]);
  g_object_notify_by_pspec (G_OBJECT (self), hp_window_properties[HP_WINDOW_PROP_FILE]);
}

HpPlan *
hp_window_new_prefilled_plan (HpWindow *self)
{
  HpPlan *plan = hp_plan_new ();

  if (self->settings != NULL)
    {
      g_autofree char *name = g_settings_get_string (self->settings, "caseworker-name");
      g_autofree char *unit = g_settings_get_string (self->settings, "caseworker-unit");
      g_autofree char *phone = g_settings_get_string (self->settings, "caseworker-phone");

      g_object_set (plan->case_info,
                    "caseworker-name", name,
                    "caseworker-unit", unit,
                    "caseworker-phone", phone,
                    NULL);
    }

  return plan;
}

/* Public */

/**
 * hp_window_get_context:
 *
 * Returns: (transfer none) (nullable): what the window takes from the
 * application
 */
HpContext *
hp_window_get_context (HpWindow *self)
{
  g_return_val_if_fail (HP_IS_WINDOW (self), NULL);

  return self->context;
}

HpPlan *
hp_window_get_plan (HpWindow *self)
{
  g_return_val_if_fail (HP_IS_WINDOW (self), NULL);

  return self->plan;
}

GFile *
hp_window_get_file (HpWindow *self)
{
  g_return_val_if_fail (HP_IS_WINDOW (self), NULL);

  return self->file;
}

gboolean
hp_window_get_dirty (HpWindow *self)
{
  g_return_val_if_fail (HP_IS_WINDOW (self), FALSE);

  return self->dirty;
}

/**
 * hp_window_is_pristine:
 *
 * Returns: whether the window shows a new plan nobody has edited, so that
 * opening a file can use the window instead of a new one
 */
gboolean
hp_window_is_pristine (HpWindow *self)
{
  g_return_val_if_fail (HP_IS_WINDOW (self), FALSE);

  return self->file == NULL && !self->dirty;
}

/**
 * hp_window_restore_draft:
 * @origin: (nullable): the file the draft was a draft of
 *
 * Shows a plan recovered from a draft: unsaved, with @origin as its file.
 */
void
hp_window_restore_draft (HpWindow *self,
                         HpPlan   *plan,
                         GFile    *origin)
{
  g_return_if_fail (HP_IS_WINDOW (self));
  g_return_if_fail (HP_IS_PLAN (plan));

  hp_window_take_plan (self, plan, origin, TRUE);
}

/* The disclosure log */

/* Adds @entry to the plan in memory without marking the plan unsaved: the
 * file already holds it, and the edits that are unsaved stay so.  A draft
 * of unsaved edits is written again with it, so that a draft restored
 * later and saved over the file does not drop it. */
static void
hp_window_add_disclosure_in_memory (HpWindow     *self,
                                    HpDisclosure *entry)
{
  g_autoptr(HpRecord) copy = hp_record_copy (HP_RECORD (entry));

  g_signal_handlers_block_by_func (self->plan, on_plan_changed, self);
  g_list_store_append (self->plan->disclosures, copy);
  g_signal_handlers_unblock_by_func (self->plan, on_plan_changed, self);

  if (self->dirty)
    hp_window_write_draft_now (self);
}

static char *
hp_window_dup_plan_path (HpWindow  *self,
                         GError   **error)
{
  char *path = self->file != NULL ? g_file_get_path (self->file) : NULL;

  if (path == NULL)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                         _("Save the plan in a local folder first: every handover sheet and "
                           "consent record is noted in the plan file."));
  return path;
}

/**
 * hp_window_record_disclosure:
 *
 * Notes @entry in the plan file on disk at once, whatever else is still
 * unsaved (the file is read, the entry added, the file written atomically),
 * and in the plan in memory, which stays as unsaved as it was.  "Don't
 * Save" then never drops an entry.  For a printout: call it when the job
 * has been handed to the printer.
 *
 * Returns: whether the file holds the entry; the plan in memory holds it
 * either way, so that the next save keeps it, and when the file could not
 * be written the plan is marked unsaved and its draft written
 */
gboolean
hp_window_record_disclosure (HpWindow      *self,
                             HpDisclosure  *entry,
                             GError       **error)
{
  g_autofree char *path = NULL;
  gboolean ok;

  g_return_val_if_fail (HP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (HP_IS_DISCLOSURE (entry), FALSE);

  path = hp_window_dup_plan_path (self, error);
  ok = path != NULL && hp_disclosure_record_in_file (path, entry, NULL, error);
  hp_disclosure_ensure_id (entry);
  hp_window_add_disclosure_in_memory (self, entry);
  if (!ok)
    {
      /* Only memory holds the entry now: the plan is unsaved, so that
       * closing asks, and the draft holds it at once, so that a crash or
       * the session ending does not lose it either. */
      hp_window_set_dirty (self, TRUE);
      hp_window_write_draft_now (self);
    }
  return ok;
}

/**
 * hp_window_export_disclosed:
 * @document: the document, made in memory
 * @out_path: where it goes
 *
 * Writes @document to @out_path with its entry in the plan file on disk,
 * in the order of hp_disclosure_export(); on success the plan in memory
 * gets the entry too, staying as unsaved as it was.
 *
 * Returns: whether the document was written
 */
gboolean
hp_window_export_disclosed (HpWindow      *self,
                            HpDisclosure  *entry,
                            GBytes        *document,
                            const char    *out_path,
                            GError       **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (HP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (HP_IS_DISCLOSURE (entry), FALSE);

  path = hp_window_dup_plan_path (self, error);
  if (path == NULL || !hp_disclosure_export (path, entry, document, out_path, error))
    return FALSE;
  hp_window_add_disclosure_in_memory (self, entry);
  return TRUE;
}

/* Private, for the tests */

const char *
hp_window_get_draft_path (HpWindow *self)
{
  return self->draft_path;
}

void
hp_window_flush_timeouts (HpWindow *self)
{
  if (self->checks_source != 0 || self->checks_tick != 0 || self->checks_after_frame)
    hp_window_run_checks (self);
  if (self->draft_source != 0)
    hp_window_write_draft_now (self);
}
