/* hp-checks-secrecy.c: the rules on protected personal data and what
 * the documents print changed
 */

#define G_LOG_DOMAIN "hp-checks"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-checks-private.h"

/* What the documents would print changed.  The checks ask hp-secrets the
 * very question the documents ask, of the same fields: a handover sheet
 * prints the fields below through hp_secrets_apply() with the secrets of
 * its reader (hp_document_new_handover()), and the full plan under
 * protected personal data every text field but the whereabouts
 * themselves.  So a finding stands beside every text a document would
 * print changed, and beside no other. */

/* What hp_secrets_find() said of each text, kept with the plan from one
 * run of the checks to the next.  A keystroke changes one text of
 * thousands; folding and matching every text again took some 150 ms a
 * run for a plan of 10,000 items (tests/bench keystroke).  Now a text is
 * asked only when it was not asked before with the same secrets.  The
 * answers are those asking every time gives: each is kept for the text's
 * very bytes and for the secrets' key (hp_secrets_dup_key()), and all go
 * when the secrets change, as they do while the client's name or address
 * is typed.  Memory only, freed with the plan. */
enum { SET_AWAY, SET_HOME, SET_FULL, N_SETS };

typedef struct
{
  guint         run;            /* the last run that asked */
  guint         asked;          /* a bit per set */
  HpSecretKind  found[N_SETS];
} Answer;

typedef struct
{
  char       *keys[N_SETS];
  GHashTable *texts;            /* char * -> Answer *, both owned */
  guint       run;
  guint       n_used;           /* texts asked in this run */
} Memo;

static GQuark
memo_quark (void)
{
  return g_quark_from_static_string ("hp-checks-secrets-memo");
}

typedef struct
{
  HpSecrets *away;   /* a sheet for a reader who does not go to the home */
  HpSecrets *home;   /* a sheet for one who does: the home's address is no secret */
  HpSecrets *full;   /* the full plan; NULL without protected personal data */
  HpSupportWay way;  /* which contacts go to the home, when their part is not set */
  Memo      *memo;
} Secrets;

static void
memo_free (gpointer data)
{
  Memo *memo = data;

  for (guint i = 0; i < N_SETS; i++)
    g_free (memo->keys[i]);
  g_hash_table_unref (memo->texts);
  g_free (memo);
}

/* The plan's memo, emptied if the secrets are not those it was kept for. */
static Memo *
memo_begin (HpPlan        *plan,
            const Secrets *secrets)
{
  Memo *memo = g_object_get_qdata (G_OBJECT (plan), memo_quark ());
  char *keys[N_SETS] = {
    hp_secrets_dup_key (secrets->away),
    hp_secrets_dup_key (secrets->home),
    secrets->full != NULL ? hp_secrets_dup_key (secrets->full) : g_strdup (""),
  };
  gboolean same = memo != NULL;

  if (memo == NULL)
    {
      memo = g_new0 (Memo, 1);
      memo->texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_object_set_qdata_full (G_OBJECT (plan), memo_quark (), memo, memo_free);
    }

  for (guint i = 0; i < N_SETS; i++)
    {
      same = same && g_strcmp0 (memo->keys[i], keys[i]) == 0;
      g_free (memo->keys[i]);
      memo->keys[i] = keys[i];
    }
  if (!same)
    g_hash_table_remove_all (memo->texts);

  memo->run++;
  memo->n_used = 0;
  return memo;
}

/* Lets go of the answers for texts no longer in the plan, once they are
 * as many as those still in it. */
static gboolean
answer_unused (gpointer key,
               gpointer value,
               gpointer user_data)
{
  return ((Answer *) value)->run != *(guint *) user_data;
}

static void
memo_end (Memo *memo)
{
  if (g_hash_table_size (memo->texts) > 2 * memo->n_used + 256)
    g_hash_table_foreach_remove (memo->texts, answer_unused, &memo->run);
}

/* hp_secrets_find() of @sheet, one of @secrets' sets, asked once per text. */
static HpSecretKind
find_secrets (const Secrets *secrets,
              HpSecrets     *sheet,
              const char    *text)
{
  Memo *memo = secrets->memo;
  guint set = sheet == secrets->away ? SET_AWAY : sheet == secrets->home ? SET_HOME : SET_FULL;
  Answer *answer = g_hash_table_lookup (memo->texts, text);

  g_assert (sheet != NULL);

  if (answer == NULL)
    {
      answer = g_new0 (Answer, 1);
      g_hash_table_insert (memo->texts, g_strdup (text), answer);
    }
  if (answer->run != memo->run)
    {
      answer->run = memo->run;
      memo->n_used++;
    }
  if ((answer->asked & (1u << set)) == 0)
    {
      answer->found[set] = hp_secrets_find (sheet, text);
      answer->asked |= 1u << set;
    }
  return answer->found[set];
}

/* Which sheet prints a field, if any. */
static HpSecrets *
sheet_secrets (const Secrets *secrets,
               HpRecord      *record,
               const char    *name)
{
  /* The home's address is on the sheets of those who go there, the
   * office's on the sheets of those who receive there. */
  if (HP_IS_CASE (record))
    {
      if (g_str_equal (name, "home_address"))
        return secrets->home;
      return g_str_equal (name, "reference") || g_str_has_prefix (name, "caseworker_") ||
             g_str_equal (name, "office_address")
             ? secrets->away : NULL;
    }

  /* Every contact gets a sheet with its own name and task, read as its
   * part in the visit reads them; the sheets for the handover place name
   * the handover sites and their address. */
  if (HP_IS_CONTACT (record))
    {
      HpContact *contact = HP_CONTACT (record);
      gboolean site = contact->kind == HP_CONTACT_KIND_HANDOVER_SITE;
      gboolean goes_home = hp_contact_get_effective_part (contact, secrets->way)
                           == HP_CONTACT_PART_GOES_HOME;

      if (site && (g_str_equal (name, "name") || g_str_equal (name, "organisation") ||
                   g_str_equal (name, "address")))
        return secrets->away;
      if (g_str_equal (name, "name") || g_str_equal (name, "organisation") ||
          g_str_equal (name, "role"))
        return goes_home ? secrets->home : secrets->away;
      return NULL;
    }

  /* The planned items, and where they are for those who go in; the
   * planned visits' place, for those who go to the home. */
  if (HP_IS_ITEM (record) && HP_ITEM (record)->status == HP_ITEM_STATUS_PLANNED)
    {
      if (g_str_equal (name, "name"))
        return secrets->away;
      if (g_str_equal (name, "location"))
        return secrets->home;
      return NULL;
    }
  if (HP_IS_VISIT (record) && HP_VISIT (record)->status == HP_VISIT_STATUS_PLANNED &&
      g_str_equal (name, "place"))
    return secrets->home;
  return NULL;
}

/* What a document would leave out of @field of @record: on a handover
 * sheet and, under protected personal data, on the full plan.  FALSE when
 * neither prints it changed. */
static gboolean
field_reveals (const Secrets *secrets,
               HpRecord      *record,
               const HpField *field,
               HpSecretKind  *on_sheet,
               HpSecretKind  *on_plan)
{
  HpSecrets *sheet;
  const char *text;

  *on_sheet = *on_plan = HP_SECRET_NONE;
  if (!hp_field_is_string (field) || (field->flags & HP_FIELD_FLAG_WHEREABOUTS) != 0)
    return FALSE;
  text = hp_record_get_string (record, field);
  if (text_empty (text))
    return FALSE;

  sheet = sheet_secrets (secrets, record, field->name);
  if (sheet != NULL)
    *on_sheet = find_secrets (secrets, sheet, text);
  if (secrets->full != NULL)
    *on_plan = find_secrets (secrets, secrets->full, text);
  return *on_sheet != HP_SECRET_NONE || *on_plan != HP_SECRET_NONE;
}

/* Whether any field of @record would be printed changed: thousands of
 * items need no path and name made for them when none is. */
static gboolean
record_reveals (const Secrets *secrets,
                HpRecord      *record)
{
  guint n_fields;
  const HpField *fields = hp_record_get_fields (record, &n_fields);
  HpSecretKind on_sheet, on_plan;

  for (guint i = 0; i < n_fields; i++)
    if (field_reveals (secrets, record, &fields[i], &on_sheet, &on_plan))
      return TRUE;
  return FALSE;
}

/* Every text field of @record that a document prints changed; @what says
 * which record it is ("the contact “Polisen”"). */
static void
check_secrets_in (const Secrets *secrets,
                  HpRecord      *record,
                  HpSection      section,
                  const char    *path,
                  const char    *what,
                  GPtrArray     *findings)
{
  guint n_fields;
  const HpField *fields = hp_record_get_fields (record, &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      const HpField *field = &fields[i];
      HpSecretKind on_sheet, on_plan;
      g_autofree char *kinds = NULL;

      if (!field_reveals (secrets, record, field, &on_sheet, &on_plan))
        continue;

      kinds = hp_secret_kinds_describe (on_sheet | on_plan);
      if (on_plan != HP_SECRET_NONE ||
          (secrets->full != NULL &&
           (on_sheet & (HP_SECRET_PHONE | HP_SECRET_SAFE_CONTACT | HP_SECRET_WHEREABOUTS)) != 0))
        add_finding (findings, "protected-data-exposed", HP_SEVERITY_ERROR, section,
                     g_strdup_printf ("%s.%s", path, field->name), SOURCE_SECRECY,
                     /* Translators: the field (“Address”), the record (“the contact
                      * “Polisen””), what it reveals (“where the client is staying”) */
                     g_strdup_printf (_("The client has protected personal data, but the field "
                                        "“%s” of %s shows %s. The documents print it with that "
                                        "part left out; reword it."),
                                      _(field->label), what, kinds));
      else
        add_finding (findings, "handover-sheet-rewrites", HP_SEVERITY_WARNING, section,
                     g_strdup_printf ("%s.%s", path, field->name), SOURCE_SECRECY,
                     /* Translators: the field (“Name”), the record (“belonging 3”),
                      * what it reveals (“the client's name”) */
                     g_strdup_printf (_("The field “%s” of %s shows %s. A handover sheet prints "
                                        "it changed, with “the client”, “child 1” or “(left "
                                        "out)” in its place; reword it so that the sheet reads "
                                        "right."),
                                      _(field->label), what, kinds));
    }
}

/* Nothing a handover sheet or, with protected personal data, the full
 * plan prints may show who the client is (on a sheet) or where she is and
 * how to reach her. */
void
_hp_check_protected_exposed (HpPlan     *plan,
                             const char *today,
                             GPtrArray  *findings)
{
  GListModel *contacts = G_LIST_MODEL (plan->contacts);
  GListModel *items = G_LIST_MODEL (plan->items);
  GListModel *measures = G_LIST_MODEL (plan->measures);
  GListModel *visits = G_LIST_MODEL (plan->visits);
  GListModel *consents = G_LIST_MODEL (plan->consents);
  Secrets secrets;

  secrets.away = hp_secrets_new (plan, HP_SECRETS_IDENTITY | HP_SECRETS_HOME);
  secrets.home = hp_secrets_new (plan, HP_SECRETS_IDENTITY);
  secrets.full = plan->case_info->protection != HP_PROTECTION_NONE
                 ? hp_secrets_new (plan, HP_SECRETS_WHEREABOUTS_ONLY) : NULL;
  secrets.way = plan->support->way;
  secrets.memo = memo_begin (plan, &secrets);

  /* Translators: the record a finding is about, as in “the field “Notes”
   * of the case” */
  check_secrets_in (&secrets, HP_RECORD (plan->case_info), HP_SECTION_CASE, "case",
                    C_("finding", "the case"), findings);
  if (secrets.full != NULL)
    {
      GListModel *children = G_LIST_MODEL (plan->case_info->children);
      GListModel *assessments = G_LIST_MODEL (plan->risk->assessments);

      for (guint i = 0; i < g_list_model_get_n_items (children); i++)
        {
          g_autoptr(GObject) child = g_list_model_get_item (children, i);
          g_autofree char *path = g_strdup_printf ("case.children[%u]", i);
          /* Translators: as in “the field “Note” of child 2” */
          g_autofree char *what = g_strdup_printf (C_("finding", "child %u"), i + 1);

          check_secrets_in (&secrets, HP_RECORD (child), HP_SECTION_CASE, path, what, findings);
        }
      /* Translators: as in “the field “Notes” of the risk assessment” */
      check_secrets_in (&secrets, HP_RECORD (plan->risk), HP_SECTION_RISK, "risk",
                        C_("finding", "the risk assessment"), findings);
      for (guint i = 0; i < g_list_model_get_n_items (assessments); i++)
        {
          g_autoptr(GObject) assessment = g_list_model_get_item (assessments, i);
          g_autofree char *path = g_strdup_printf ("risk.assessments[%u]", i);
          /* Translators: as in “the field “Summary” of assessment 2” */
          g_autofree char *what = g_strdup_printf (C_("finding", "assessment %u"), i + 1);

          check_secrets_in (&secrets, HP_RECORD (assessment), HP_SECTION_RISK, path, what,
                            findings);
        }
      /* Translators: as in “the field “Notes” of the way of support” */
      check_secrets_in (&secrets, HP_RECORD (plan->support), HP_SECTION_SUPPORT, "support",
                        C_("finding", "the way of support"), findings);
      /* Translators: as in “the field “Notes” of the follow-up” */
      check_secrets_in (&secrets, HP_RECORD (plan->follow_up), HP_SECTION_FOLLOW_UP, "follow_up",
                        C_("finding", "the follow-up"), findings);
    }

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(HpContact) contact = g_list_model_get_item (contacts, i);
      g_autofree char *name = contact_display_name (contact, i);
      g_autofree char *shown = hp_secrets_rewrite (secrets.away, name, NULL);
      g_autofree char *path = g_strdup_printf ("contacts[%u]", i);
      /* Translators: as in “the field “Address” of the contact “Polisen”” */
      g_autofree char *what = g_strdup_printf (C_("finding", "the contact “%s”"), shown);

      check_secrets_in (&secrets, HP_RECORD (contact), HP_SECTION_CONTACTS, path, what, findings);
    }

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(HpItem) item = g_list_model_get_item (items, i);
      g_autofree char *path = NULL;
      g_autofree char *what = NULL;

      if (!record_reveals (&secrets, HP_RECORD (item)))
        continue;
      path = g_strdup_printf ("items[%u]", i);
      /* Translators: as in “the field “Name” of belonging 3” */
      what = g_strdup_printf (C_("finding", "belonging %u"), i + 1);
      check_secrets_in (&secrets, HP_RECORD (item), HP_SECTION_ITEMS, path, what, findings);
    }

  for (guint i = 0; secrets.full != NULL && i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(GObject) measure = g_list_model_get_item (measures, i);
      g_autofree char *path = g_strdup_printf ("measures[%u]", i);
      /* Translators: as in “the field “Note” of safety measure 2” */
      g_autofree char *what = g_strdup_printf (C_("finding", "safety measure %u"), i + 1);

      check_secrets_in (&secrets, HP_RECORD (measure), HP_SECTION_MEASURES, path, what, findings);
    }

  for (guint i = 0; secrets.full != NULL && i < g_list_model_get_n_items (consents); i++)
    {
      g_autoptr(GObject) consent = g_list_model_get_item (consents, i);
      g_autofree char *path = g_strdup_printf ("consents[%u]", i);
      /* Translators: as in “the field “Limits” of consent 2” */
      g_autofree char *what = g_strdup_printf (C_("finding", "consent %u"), i + 1);

      check_secrets_in (&secrets, HP_RECORD (consent), HP_SECTION_CONSENTS, path, what, findings);
    }

  for (guint i = 0; i < g_list_model_get_n_items (visits); i++)
    {
      g_autoptr(HpVisit) visit = g_list_model_get_item (visits, i);
      g_autofree char *path = g_strdup_printf ("visits[%u]", i);
      g_autofree char *what = NULL;

      if (is_date (visit->date))
        {
          g_autofree char *date = hp_date_format_long (visit->date);

          /* Translators: as in “the field “Meeting place” of the visit on 25
           * november 2026” */
          what = g_strdup_printf (C_("finding", "the visit on %s"), date);
        }
      else
        /* Translators: as in “the field “Meeting place” of visit 2” */
        what = g_strdup_printf (C_("finding", "visit %u"), i + 1);

      check_secrets_in (&secrets, HP_RECORD (visit), HP_SECTION_VISITS, path, what, findings);
    }

  memo_end (secrets.memo);
  hp_secrets_free (secrets.away);
  hp_secrets_free (secrets.home);
  hp_secrets_free (secrets.full);
}

void
_hp_check_protected_advice (HpPlan     *plan,
                            const char *today,
                            GPtrArray  *findings)
{
  if (plan->case_info->protection == HP_PROTECTION_NONE)
    return;

  add_finding (findings, "protected-data-handover", HP_SEVERITY_ADVICE, HP_SECTION_CASE,
               g_strdup ("case.protection"), SOURCE_SECRECY,
               g_strdup (_("The client has protected personal data. Give outside parties only "
                           "the handover sheet, which leaves out where the client is staying "
                           "and how to reach them, and make sure nothing else they get reveals "
                           "it.")));
}
