/* hp-secrets-collect.c: what is secret in a plan, read as needles
 *
 * hp_secrets_new () reads the plan's fields; the names, identity numbers
 * and phone numbers become needles here, the places (whereabouts, the
 * safe way of contact, the home's address) in hp-secrets-places.c.  Every
 * needle is folded as the texts it is looked for in (hp-secrets-fold.c).
 *
 * What is looked for (the needles):
 *
 * - the client's name whole as typed, its words without punctuation, the
 *   first and last word without the middle names ("Johanna Svensson" for
 *   "Johanna Maria Svensson"), and the given name alone (the first word
 *   of a name of two words or more, unless an initial; in "Svensson,
 *   Johanna" the first word after the comma); a given name of three
 *   letters or fewer only where it is written with a capital ("Bo", "Maj"
 *   are also words), and not before another capitalised word ("Sara
 *   Nyström" is another Sara) unless that word is one of the name's own,
 *   a single letter ("Johanna S."), or in capitals, or the whole text is
 *   ("JOHANNA HÄMTAR").  A name may be followed by a genitive s,
 *   's or, after s, x or z, an apostrophe; it is replaced by "the client"
 *   or "the client's";
 * - the client's and every child's identity number, by its ten digits or
 *   with the century, however grouped by spaces, - or +;
 * - the client's phone numbers, by the digits after the leading 0 or +46 /
 *   0046, however grouped (spaces, - . / and parentheses);
 * - in the whereabouts (every field flagged HP_FIELD_FLAG_WHEREABOUTS but
 *   the phone and the safe way of contact): the text whole; every street
 *   and number ("Vallmovägen 12 B", and the street alone); every
 *   postcode; every proper name, that is a capitalised word of three
 *   letters or more that does not begin a sentence ("Frida", "Ekby"),
 *   or that does but stands alone in its part ("Malmö, hos mamma") or
 *   is no common word (the short list below; "Ekby efter jul", then only
 *   where written with a capital), also in the genitive ("Ekbys"); and
 *   every run of
 *   capitalised words holding one ("Kvinnojouren Frida"); every part
 *   between commas, colons or lines that holds one of these; phone
 *   numbers in them;
 * - the safe way of contact: whole, and the phone numbers, streets and
 *   postcodes in it, not the names of the go-betweens it names;
 * - the home's address, when the reader does not go there: whole, its
 *   streets and its postcode, but not its town;
 * - for a third party, the name of every child whose first name the
 *   caseworker has not allowed on sheets (HpChild:name-on-sheets), whole
 *   and the first name alone, as the client's: "Ellas vaccinationskort"
 *   becomes "barn 1:s vaccinationskort", the number the child has in the
 *   sheet's owner column.
 */

#define G_LOG_DOMAIN "hp-secrets"

#include "config.h"

#include <string.h>

#include "hp-secrets-private.h"
#include "hp-text-match.h"

static void
add_id_number (HpSecrets  *s,
               const char *id_number)
{
  g_autofree char *clean = _hp_secrets_clean_text (id_number);
  g_autofree char *digits = hp_text_digits (clean != NULL ? clean : "");
  gsize len = strlen (digits);

  if (len == 12)
    {
      _hp_secrets_add_needle (s, NEEDLE_ID, HP_SECRET_ID_NUMBER, g_strdup (digits), FALSE, FALSE);
      _hp_secrets_add_needle (s, NEEDLE_ID, HP_SECRET_ID_NUMBER, g_strdup (digits + 2), FALSE,
                              FALSE);
    }
  else if (len == 10)
    {
      _hp_secrets_add_needle (s, NEEDLE_ID, HP_SECRET_ID_NUMBER,
                              g_strconcat ("19", digits, NULL), FALSE, FALSE);
      _hp_secrets_add_needle (s, NEEDLE_ID, HP_SECRET_ID_NUMBER,
                              g_strconcat ("20", digits, NULL), FALSE, FALSE);
      _hp_secrets_add_needle (s, NEEDLE_ID, HP_SECRET_ID_NUMBER, g_strdup (digits), FALSE, FALSE);
    }
}

/* The words of the folded name @folded, without the punctuation around
 * them ("\"johanna\"" is johanna). */
static GStrv
name_words (const char *folded)
{
  g_auto(GStrv) raw = g_strsplit (folded, " ", -1);
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; raw[i] != NULL; i++)
    {
      const char *a = raw[i];
      const char *b = raw[i] + strlen (raw[i]);

      while (*a != '\0' && !_hp_secrets_is_word_char (g_utf8_get_char (a)))
        a = g_utf8_next_char (a);
      while (b > a && !_hp_secrets_is_word_char (g_utf8_get_char (g_utf8_find_prev_char (a, b))))
        b = g_utf8_find_prev_char (a, b);
      if (b > a)
        g_ptr_array_add (out, g_strndup (a, b - a));
    }
  g_ptr_array_add (out, NULL);
  return (GStrv) g_ptr_array_free (out, FALSE);
}

static Needle *
add_name_needle (HpSecrets    *s,
                 HpSecretKind  kind,
                 const char   *text,
                 gboolean      capital_only,
                 guint         child)
{
  Needle *needle;

  if (g_utf8_strlen (text, -1) < 2)
    return NULL;
  needle = _hp_secrets_add_needle (s, NEEDLE_TEXT, kind, g_strdup (text), TRUE, capital_only);
  if (needle != NULL)
    needle->child = child;
  return needle;
}

/* @child: 0 for the client's name, else the child's number.  The name as
 * typed, its words in order without punctuation, the first and last
 * without the middle names ("Johanna Svensson" for "Johanna Maria
 * Svensson") and the given name alone; "Svensson, Johanna" is the
 * surname first. */
static void
add_name (HpSecrets  *s,
          const char *name,
          guint       child)
{
  g_autofree char *full = _hp_secrets_fold (name);
  g_autofree char *ordered = NULL;
  g_auto(GStrv) words = NULL;
  g_auto(GStrv) first = NULL;
  HpSecretKind kind = child == 0 ? HP_SECRET_NAME : HP_SECRET_CHILD_NAME;
  char *comma = strchr (full, ',');
  guint n_words;

  if (comma != NULL)
    {
      g_autofree char *surname = g_strndup (full, comma - full);

      ordered = g_strstrip (g_strconcat (comma + 1, " ", surname, NULL));
    }
  else
    ordered = g_strdup (full);
  words = name_words (ordered);
  first = g_strsplit (ordered, " ", 2);
  n_words = g_strv_length (words);

  if (g_utf8_strlen (full, -1) >= 3)
    add_name_needle (s, kind, full, FALSE, child);
  if (n_words >= 2)
    {
      g_autofree char *joined = g_strjoinv (" ", words);
      g_autofree char *outer = g_strconcat (words[0], " ", words[n_words - 1], NULL);

      add_name_needle (s, kind, joined, FALSE, child);
      add_name_needle (s, kind, outer, FALSE, child);
    }

  /* The given name alone; not an initial. */
  if (n_words >= 2 && first[0] != NULL && !g_str_has_suffix (first[0], "."))
    {
      glong letters = g_utf8_strlen (words[0], -1);

      if (letters >= 2)
        {
          Needle *given = add_name_needle (s, kind, words[0], letters <= 3, child);

          if (given != NULL)
            {
              given->given = TRUE;
              given->own = g_strdupv (words);
            }
        }
    }
}

/**
 * hp_secrets_new:
 * @flags: which secrets count for the reader besides the whereabouts, the
 *   client's phone and the safe way of contact
 *
 * Reads what is secret in @plan as it stands now.
 *
 * Returns: (transfer full): the secrets; hp_secrets_free()
 */
HpSecrets *
hp_secrets_new (HpPlan         *plan,
                HpSecretsFlags  flags)
{
  HpCase *c;
  HpSecrets *s;
  guint n_fields;
  const HpField *fields;
  g_autoptr(GHashTable) known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);

  c = plan->case_info;
  s = g_new0 (HpSecrets, 1);
  s->needles = g_array_new (FALSE, FALSE, sizeof (Needle));
  s->applied = g_ptr_array_new_with_free_func (g_free);

  /* The home's words and postcode are known to the other party. */
  {
    g_autofree char *home = _hp_secrets_clean_text (c->home_address);
    g_autoptr(GArray) words = _hp_secrets_split_words (home != NULL ? home : "");

    for (guint i = 0; i < words->len; i++)
      {
        Word *w = &g_array_index (words, Word, i);

        g_hash_table_insert (known, g_strdup (w->folded), GINT_TO_POINTER (KNOWN_HOME));
        if (w->digits && i + 1 < words->len && g_array_index (words, Word, i + 1).digits)
          g_hash_table_insert (known,
                               g_strconcat (w->folded, g_array_index (words, Word, i + 1).folded,
                                            NULL),
                               GINT_TO_POINTER (KNOWN_HOME));
      }
  }

  /* Nor is the client's own name where she is, should the shelter bear
   * it too ("Linnea" at "Kvinnojouren Linnea"). */
  {
    g_autofree char *name = _hp_secrets_clean_text (c->client_name);
    g_autoptr(GArray) words = _hp_secrets_split_words (name != NULL ? name : "");

    for (guint i = 0; i < words->len; i++)
      if (!g_hash_table_contains (known, g_array_index (words, Word, i).folded))
        g_hash_table_insert (known, g_strdup (g_array_index (words, Word, i).folded),
                             GINT_TO_POINTER (KNOWN_NAME));
  }

  fields = hp_record_get_fields (HP_RECORD (c), &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      const char *value;

      if ((fields[i].flags & HP_FIELD_FLAG_WHEREABOUTS) == 0 || !hp_field_is_string (&fields[i]))
        continue;
      value = hp_record_get_string (HP_RECORD (c), &fields[i]);
      if (g_str_equal (fields[i].name, "client_phone"))
        {
          g_autofree char *phone = _hp_secrets_clean_text (value);

          _hp_secrets_add_phones (s, HP_SECRET_PHONE, phone != NULL ? phone : "", 6, FALSE);
        }
      else if (g_str_equal (fields[i].name, "safe_contact"))
        /* The way, not the go-between: "via Kvinnojouren Linnea" names
         * whom the staff work with anyway. */
        _hp_secrets_add_place (s, HP_SECRET_SAFE_CONTACT, value, FALSE, known);
      else
        _hp_secrets_add_place (s, HP_SECRET_WHEREABOUTS, value, TRUE, known);
    }

  if ((flags & HP_SECRETS_IDENTITY) != 0)
    {
      GListModel *children = G_LIST_MODEL (c->children);

      add_name (s, c->client_name, 0);
      add_id_number (s, c->client_id_number);
      for (guint i = 0; i < g_list_model_get_n_items (children); i++)
        {
          g_autoptr(HpChild) child = g_list_model_get_item (children, i);

          add_id_number (s, child->id_number);
          if (!child->name_on_sheets)
            add_name (s, child->name, i + 1);
        }
    }

  if ((flags & HP_SECRETS_HOME) != 0)
    _hp_secrets_add_place (s, HP_SECRET_HOME, c->home_address, FALSE, NULL);

  return s;
}

void
hp_secrets_free (HpSecrets *secrets)
{
  if (secrets == NULL)
    return;

  for (guint i = 0; i < secrets->needles->len; i++)
    {
      g_free (g_array_index (secrets->needles, Needle, i).text);
      g_strfreev (g_array_index (secrets->needles, Needle, i).own);
    }
  g_array_unref (secrets->needles);
  g_ptr_array_unref (secrets->applied);
  g_free (secrets);
}
