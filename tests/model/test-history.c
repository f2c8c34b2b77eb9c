/* test-history.c: undo and redo of every kind of edit to a plan */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "hp-model.h"

typedef struct
{
  HpPlan    *plan;
  HpHistory *history;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->plan = hp_plan_new ();
  f->history = hp_history_new ();
  hp_history_set_plan (f->history, f->plan);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->history);
  g_clear_object (&f->plan);
}

static HpItem *
add_item (HpPlan     *plan,
          const char *name)
{
  g_autoptr(HpItem) item = hp_item_new ();

  g_object_set (item, "name", name, NULL);
  g_list_store_append (plan->items, item);
  return item;
}

static HpItem *
item_at (HpPlan *plan,
         guint   position)
{
  g_autoptr(HpItem) item = g_list_model_get_item (G_LIST_MODEL (plan->items), position);

  return item;
}

static guint
n_items (GListStore *list)
{
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

/* Each kind of field: a string typed, a date, an enum (a dropdown), a
 * boolean (a check box), an int (a spin button). */
static void
test_fields (Fixture       *f,
             gconstpointer  data)
{
  HpCase *case_info = f->plan->case_info;
  int minutes = f->plan->support->time_on_site_minutes;

  g_assert_false (hp_history_can_undo (f->history));

  /* Decomposed å, as some keyboards and pastes give it. */
  g_object_set (case_info, "client-name", "Sa\xcc\x8aga Al-Hāshimī", NULL);
  hp_history_seal (f->history);
  g_object_set (case_info, "needed-by", "2026-11-30", NULL);
  g_object_set (f->plan->support, "way", HP_SUPPORT_WAY_POLICE, NULL);
  g_object_set (f->plan->follow_up, "documented", TRUE, NULL);
  g_object_set (f->plan->support, "time-on-site-minutes", 45, NULL);

  g_assert_true (hp_history_can_undo (f->history));
  g_assert_false (hp_history_can_redo (f->history));

  g_assert_true (hp_history_undo (f->history));
  g_assert_cmpint (f->plan->support->time_on_site_minutes, ==, minutes);
  g_assert_true (hp_history_undo (f->history));
  g_assert_false (f->plan->follow_up->documented);
  g_assert_true (hp_history_undo (f->history));
  g_assert_cmpint (f->plan->support->way, ==, 0);
  g_assert_true (hp_history_undo (f->history));
  g_assert_cmpstr (case_info->needed_by, ==, "");
  g_assert_true (hp_history_undo (f->history));
  g_assert_cmpstr (case_info->client_name, ==, "");
  g_assert_false (hp_history_undo (f->history));
  g_assert_false (hp_history_can_undo (f->history));
  g_assert_true (hp_history_can_redo (f->history));

  for (guint i = 0; i < 5; i++)
    g_assert_true (hp_history_redo (f->history));
  g_assert_false (hp_history_redo (f->history));
  g_assert_cmpstr (case_info->client_name, ==, "Sa\xcc\x8aga Al-Hāshimī");
  g_assert_cmpstr (case_info->needed_by, ==, "2026-11-30");
  g_assert_cmpint (f->plan->support->way, ==, HP_SUPPORT_WAY_POLICE);
  g_assert_true (f->plan->follow_up->documented);
  g_assert_cmpint (f->plan->support->time_on_site_minutes, ==, 45);
}

/* Typing: one step per field edit, not per character. */
static void
test_typing_merges (Fixture       *f,
                    gconstpointer  data)
{
  HpItem *item = add_item (f->plan, "");
  const char *typed[] = { "S", "Sy", "Syk", "Sykl", "Cykel" };

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    g_object_set (item, "name", typed[i], NULL);

  g_assert_true (hp_history_undo (f->history));
  g_assert_cmpstr (item->name, ==, "");
  /* The next step back is the item added. */
  g_assert_cmpuint (n_items (f->plan->items), ==, 1);
  g_assert_true (hp_history_redo (f->history));
  g_assert_cmpstr (item->name, ==, "Cykel");

  /* The focus left and came back: a new step, in the same field. */
  hp_history_seal (f->history);
  g_object_set (item, "name", "Cykel, röd", NULL);
  g_assert_true (hp_history_undo (f->history));
  g_assert_cmpstr (item->name, ==, "Cykel");

  /* After undo, typing starts a step of its own and ends what could be
   * redone. */
  g_object_set (item, "name", "Cykelhjälm", NULL);
  g_assert_false (hp_history_can_redo (f->history));
  g_assert_true (hp_history_undo (f->history));
  g_assert_cmpstr (item->name, ==, "Cykel");

  /* Another field is another step. */
  g_object_set (item, "name", "Cykel och hjälm", NULL);
  g_object_set (item, "location", "i förrådet", NULL);
  g_assert_true (hp_history_undo (f->history));
  g_assert_cmpstr (item->location, ==, "");
  g_assert_cmpstr (item->name, ==, "Cykel och hjälm");

  /* A pause ends the step too. */
  hp_history_set_pause (f->history, 0);
  g_object_set (item, "location", "i förrådet", NULL);
  g_usleep (1000);
  g_object_set (item, "location", "i förrådet, hylla 2", NULL);
  g_assert_true (hp_history_undo (f->history));
  g_assert_cmpstr (item->location, ==, "i förrådet");

  /* Typed and erased again: nothing to undo for it. */
  hp_history_set_pause (f->history, G_USEC_PER_SEC * 60);
  hp_history_seal (f->history);
  g_object_set (item, "note", "x", NULL);
  g_object_set (item, "note", "", NULL);
  g_assert_true (hp_history_undo (f->history));
  g_assert_cmpstr (item->location, ==, "");
}

/* Lists: add, remove, edit through a dialog's copy, catalogue adds, and a
 * list two levels down (the children of the case). */
static void
test_lists (Fixture       *f,
            gconstpointer  data)
{
  HpItem *first, *second;
  g_autoptr(HpItem) copy = NULL;
  g_autoptr(HpChild) child = hp_child_new ();
  HpItem *picked[3];

  first = add_item (f->plan, "Pass");
  second = add_item (f->plan, "Mormors smycken");

  /* Removed: undo puts back the very record, where it was. */
  g_list_store_remove (f->plan->items, 0);
  g_assert_cmpuint (n_items (f->plan->items), ==, 1);
  g_assert_true (hp_history_undo (f->history));
  g_assert_cmpuint (n_items (f->plan->items), ==, 2);
  g_assert_true (item_at (f->plan, 0) == first);
  g_assert_true (item_at (f->plan, 1) == second);
  g_assert_true (hp_history_redo (f->history));
  g_assert_true (item_at (f->plan, 0) == second);
  g_assert_true (hp_history_undo (f->history));

  /* Edited in a dialog: a copy's values assigned, several fields, one step. */
  copy = HP_ITEM (hp_record_copy (HP_RECORD (first)));
  g_object_set (copy, "name", "Pass och id-kort", "priority", HP_PRIORITY_IF_POSSIBLE,
                "location", "i Karins byrå", NULL);
  hp_record_assign_values (HP_RECORD (first), HP_RECORD (copy));
  g_assert_true (hp_history_undo (f->history));
  g_assert_cmpstr (first->name, ==, "Pass");
  g_assert_cmpstr (first->location, ==, "");
  g_assert_cmpint (first->priority, ==, 0);
  g_assert_true (hp_history_redo (f->history));
  g_assert_cmpstr (first->name, ==, "Pass och id-kort");
  g_assert_cmpint (first->priority, ==, HP_PRIORITY_IF_POSSIBLE);

  /* Catalogue adds: several at once, one step. */
  for (guint i = 0; i < G_N_ELEMENTS (picked); i++)
    {
      picked[i] = hp_item_new ();
      g_object_set (picked[i], "name", (const char *[]) { "Laddare", "Glasögon", "Mediciner" }[i],
                    NULL);
    }
  g_list_store_splice (f->plan->items, 2, 0, (gpointer *) picked, G_N_ELEMENTS (picked));
  for (guint i = 0; i < G_N_ELEMENTS (picked); i++)
    g_object_unref (picked[i]);
  g_assert_cmpuint (n_items (f->plan->items), ==, 5);
  g_assert_true (hp_history_undo (f->history));
  g_assert_cmpuint (n_items (f->plan->items), ==, 2);
  g_assert_true (hp_history_redo (f->history));
  g_assert_cmpstr (item_at (f->plan, 4)->name, ==, "Mediciner");

  /* Two levels down, and an edit of a record that was added. */
  g_list_store_append (f->plan->case_info->children, child);
  g_object_set (child, "name", "Ali", NULL);
  g_assert_true (hp_history_undo (f->history));
  g_assert_cmpstr (child->name, ==, "");
  g_assert_true (hp_history_undo (f->history));
  g_assert_cmpuint (n_items (f->plan->case_info->children), ==, 0);
  g_assert_true (hp_history_redo (f->history));
  g_assert_true (hp_history_redo (f->history));
  g_assert_cmpstr (child->name, ==, "Ali");

  /* A record removed is no longer part of the plan: its edits are not. */
  g_list_store_remove (f->plan->case_info->children, 0);
  g_object_set (child, "name", "Ali B.", NULL);
  g_assert_true (hp_history_undo (f->history));
  g_assert_cmpuint (n_items (f->plan->case_info->children), ==, 1);
  g_assert_cmpstr (child->name, ==, "Ali B.");
}

/* Several items' status set at once is one step (hp_history_begin_group);
 * code that has only the plan groups on the record. */
static void
test_groups (Fixture       *f,
             gconstpointer  data)
{
  HpItem *items[4];

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    items[i] = add_item (f->plan, "Kläder");

  hp_history_begin_group (f->history);
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    g_object_set (items[i], "status", HP_ITEM_STATUS_RETRIEVED, NULL);
  g_assert_false (hp_history_can_undo (f->history));
  hp_history_end_group (f->history);

  g_assert_true (hp_history_undo (f->history));
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    g_assert_cmpint (items[i]->status, ==, 0);
  g_assert_true (hp_history_redo (f->history));
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    g_assert_cmpint (items[i]->status, ==, HP_ITEM_STATUS_RETRIEVED);

  /* Nested, on the plan and on an item; a removal inside. */
  hp_record_begin_group (HP_RECORD (f->plan));
  g_object_set (items[0], "status", HP_ITEM_STATUS_NOT_FOUND, NULL);
  hp_record_begin_group (HP_RECORD (items[1]));
  g_object_set (items[1], "status", HP_ITEM_STATUS_REFUSED, NULL);
  hp_record_end_group (HP_RECORD (items[1]));
  g_list_store_remove (f->plan->items, 3);
  hp_record_end_group (HP_RECORD (f->plan));

  g_assert_true (hp_history_undo (f->history));
  g_assert_cmpuint (n_items (f->plan->items), ==, 4);
  g_assert_cmpint (items[0]->status, ==, HP_ITEM_STATUS_RETRIEVED);
  g_assert_cmpint (items[1]->status, ==, HP_ITEM_STATUS_RETRIEVED);

  /* The step before is the first group. */
  g_assert_true (hp_history_undo (f->history));
  g_assert_cmpint (items[3]->status, ==, 0);

  /* An empty group is no step. */
  hp_history_redo (f->history);
  hp_history_redo (f->history);
  hp_history_begin_group (f->history);
  hp_history_end_group (f->history);
  g_assert_false (hp_history_can_redo (f->history));
  g_assert_true (hp_history_undo (f->history));
  g_assert_cmpuint (n_items (f->plan->items), ==, 4);
}

/* Saving keeps the steps and marks where the file is. */
static void
test_survives_save (Fixture       *f,
                    gconstpointer  data)
{
  g_object_set (f->plan->case_info, "reference", "IFO 2026-4711", NULL);
  g_assert_false (hp_history_is_saved (f->history));

  hp_history_mark_saved (f->history);
  g_assert_true (hp_history_is_saved (f->history));
  g_assert_true (hp_history_can_undo (f->history));

  /* Typing on in the same field after a save is a new step. */
  g_object_set (f->plan->case_info, "reference", "IFO 2026-4711 B", NULL);
  g_assert_false (hp_history_is_saved (f->history));
  g_assert_true (hp_history_undo (f->history));
  g_assert_true (hp_history_is_saved (f->history));
  g_assert_cmpstr (f->plan->case_info->reference, ==, "IFO 2026-4711");

  g_assert_true (hp_history_undo (f->history));
  g_assert_false (hp_history_is_saved (f->history));
  g_assert_cmpstr (f->plan->case_info->reference, ==, "");
  g_assert_true (hp_history_redo (f->history));
  g_assert_true (hp_history_is_saved (f->history));

  /* Undone past the save, then edited: the saved state cannot come back. */
  g_assert_true (hp_history_undo (f->history));
  g_object_set (f->plan->case_info, "reference", "IFO 2026-0001", NULL);
  g_assert_false (hp_history_is_saved (f->history));
  g_assert_true (hp_history_undo (f->history));
  g_assert_false (hp_history_is_saved (f->history));

  /* A plan from a draft has no saved state at all. */
  hp_history_mark_unsaved (f->history);
  g_assert_false (hp_history_is_saved (f->history));
}

/* Another plan: nothing of the first can be undone, and its edits are not
 * followed. */
static void
test_cleared_on_another_plan (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(HpPlan) other = hp_plan_new ();

  add_item (f->plan, "Datorn");
  g_object_set (f->plan->case_info, "client-name", "Noor", NULL);
  hp_history_undo (f->history);
  g_assert_true (hp_history_can_redo (f->history));

  hp_history_set_plan (f->history, other);
  g_assert_false (hp_history_can_undo (f->history));
  g_assert_false (hp_history_can_redo (f->history));
  g_assert_true (hp_history_is_saved (f->history));

  g_object_set (f->plan->case_info, "client-name", "Noor", NULL);
  g_assert_false (hp_history_can_undo (f->history));

  g_object_set (other->case_info, "client-name", "Leila", NULL);
  g_assert_true (hp_history_undo (f->history));
  g_assert_cmpstr (other->case_info->client_name, ==, "");
}

/* The disclosure log records what went out: never undone. */
static void
test_disclosures_not_undone (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(HpDisclosure) entry = g_object_new (HP_TYPE_DISCLOSURE, NULL);

  g_list_store_append (f->plan->disclosures, entry);
  g_assert_false (hp_history_can_undo (f->history));

  /* Nor does it get in the way of the steps around it. */
  add_item (f->plan, "Pass");
  g_list_store_remove (f->plan->disclosures, 0);
  g_assert_true (hp_history_undo (f->history));
  g_assert_cmpuint (n_items (f->plan->items), ==, 0);
}

/* A big plan: a step holds references, not copies, and the list of
 * 10,000 comes back as it was. */
static void
test_big_plan (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  HpItem *middle;

  for (guint i = 0; i < 10000; i++)
    {
      HpItem *item = hp_item_new ();

      g_object_set (item, "name", "Bok", NULL);
      g_ptr_array_add (items, item);
    }
  g_list_store_splice (f->plan->items, 0, 0, items->pdata, items->len);
  middle = g_ptr_array_index (items, 5000);

  for (guint i = 0; i < 100; i++)
    g_list_store_remove (f->plan->items, 4990);
  g_object_set (item_at (f->plan, 0), "status", HP_ITEM_STATUS_RETRIEVED, NULL);
  /* The history holds a reference to each record removed, not a copy. */
  g_assert_cmpuint (G_OBJECT (middle)->ref_count, ==, 3);

  for (guint i = 0; i < 101; i++)
    g_assert_true (hp_history_undo (f->history));
  g_assert_cmpuint (n_items (f->plan->items), ==, 10000);
  for (guint i = 0; i < items->len; i++)
    g_assert_true (item_at (f->plan, i) == g_ptr_array_index (items, i));
  g_assert_cmpint (HP_ITEM (g_ptr_array_index (items, 0))->status, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/hp/history/fields", test_fields);
  ADD ("/hp/history/typing-merges", test_typing_merges);
  ADD ("/hp/history/lists", test_lists);
  ADD ("/hp/history/groups", test_groups);
  ADD ("/hp/history/survives-save", test_survives_save);
  ADD ("/hp/history/cleared-on-another-plan", test_cleared_on_another_plan);
  ADD ("/hp/history/disclosures-not-undone", test_disclosures_not_undone);
  ADD ("/hp/history/big-plan", test_big_plan);
#undef ADD

  return g_test_run ();
}
