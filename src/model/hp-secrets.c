/* hp-secrets.c: what a text would reveal about the client, and the text
 * with it left out
 *
 * The rewriting and the public API.  The module's other files, over
 * hp-secrets-private.h: hp-secrets-fold.c folds texts for comparing with
 * a map back to the original, so that a match replaces exactly what was
 * typed; hp-secrets-collect.c reads what is secret in a plan (the
 * needles), hp-secrets-places.c the needles of a place in a longer text;
 * hp-secrets-match.c finds them in a text.
 */

#define G_LOG_DOMAIN "hp-secrets"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-secrets-private.h"

static guint
kind_index (HpSecretKind kind)
{
  guint i = 0;

  while ((kind >> i) > 1)
    i++;
  return i;
}

/* Returns: (transfer full) (nullable): @text with every secret replaced,
 * or NULL when it reveals nothing */
static char *
rewrite (HpSecrets    *s,
         const char   *text,
         HpSecretKind *found,
         guint        *counts)
{
  g_autofree char *valid = NULL;
  g_autoptr(GArray) matches = NULL;
  Folded f;
  GString *out;
  gsize copied = 0;

  *found = HP_SECRET_NONE;
  if (s == NULL || text == NULL || text[0] == '\0')
    return NULL;

  /* Plan texts are valid UTF-8; should one not be, match its valid form. */
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  matches = _hp_secrets_find_matches (s, text, &f);
  if (matches->len == 0)
    {
      _hp_secrets_folded_clear (&f);
      return NULL;
    }

  out = g_string_sized_new (strlen (text));
  for (guint i = 0; i < matches->len; i++)
    {
      const Match *m = &g_array_index (matches, Match, i);
      gsize start = g_array_index (f.start, guint32, m->start);
      gsize end = g_array_index (f.end, guint32, m->end - 1);

      /* Matches do not overlap in the folded text, but two may share a
       * segment of the original (a letter that folds to two); never copy
       * backwards. */
      start = MAX (start, copied);
      end = MAX (end, start);
      g_string_append_len (out, text + copied, start - copied);
      if (m->needle->is_name)
        {
          g_autofree char *child = NULL;
          const char *word;

          if (m->needle->child > 0)
            /* Translators: on a handover sheet, in place of a child's name,
             * as in the sheet's owner column ("barn 1"; "barn 1:s jacka") */
            word = child = g_strdup_printf (m->genitive ? C_("secret", "child %u's")
                                                        : C_("secret", "child %u"),
                                            m->needle->child);
          else
            /* Translators: on a handover sheet, in place of the client's name
             * ("lämnar dem till klienten") */
            word = m->genitive ? C_("secret", "the client's") : C_("secret", "the client");

          if (_hp_secrets_sentence_start (text, start))
            {
              g_string_append_unichar (out, g_unichar_totitle (g_utf8_get_char (word)));
              g_string_append (out, g_utf8_next_char (word));
            }
          else
            g_string_append (out, word);
        }
      else
        /* Translators: on a handover sheet (and on the full plan when the
         * plan records protected personal data), in place of a part of a
         * text that would show where the client is or how to reach them */
        g_string_append (out, _("(left out)"));
      copied = end;
      *found |= m->needle->kind;
      if (counts != NULL)
        counts[kind_index (m->needle->kind)]++;
    }
  g_string_append (out, text + copied);
  _hp_secrets_folded_clear (&f);
  return g_string_free (out, FALSE);
}

/**
 * hp_secrets_find:
 *
 * Returns: the kinds of secret @text reveals (%HP_SECRET_NONE for none or
 * a %NULL @text): exactly those hp_secrets_rewrite() replaces
 */
HpSecretKind
hp_secrets_find (HpSecrets  *secrets,
                 const char *text)
{
  HpSecretKind found;
  g_autofree char *changed = rewrite (secrets, text, &found, NULL);

  return found;
}

/**
 * hp_secrets_dup_key:
 *
 * What @secrets looks for, as one string: two HpSecrets with the same key
 * find the same in every text, so a caller may keep what
 * hp_secrets_find() said of a text for as long as the key stays the same.
 * The key holds the secrets themselves: keep it as the secrets are kept,
 * in memory only.
 *
 * Returns: (transfer full): the key
 */
char *
hp_secrets_dup_key (HpSecrets *secrets)
{
  GString *key = g_string_new (NULL);

  g_return_val_if_fail (secrets != NULL, NULL);

  for (guint i = 0; i < secrets->needles->len; i++)
    {
      const Needle *n = &g_array_index (secrets->needles, Needle, i);

      g_string_append_printf (key, "%d %d %d%d%d%d %u %" G_GSIZE_FORMAT ":", n->type, n->kind,
                              n->is_name, n->capital_only, n->given, n->genitive_ok, n->child,
                              n->len);
      g_string_append_len (key, n->text, n->len);
      for (char **w = n->own; w != NULL && *w != NULL; w++)
        g_string_append_printf (key, "\x1f%s", *w);
      g_string_append_c (key, '\x1e');
    }
  return g_string_free (key, FALSE);
}

/**
 * hp_secrets_rewrite:
 * @found: (out) (optional): the kinds of secret replaced
 *
 * The client's name, whole or the given name alone, becomes "the client"
 * (or "the client's"), with a capital at the start of a sentence; every
 * other secret becomes "(left out)".  Only what matched is replaced.
 *
 * Returns: (transfer full): @text as a reader may see it; a copy of @text
 * when it reveals nothing
 */
char *
hp_secrets_rewrite (HpSecrets    *secrets,
                    const char   *text,
                    HpSecretKind *found)
{
  HpSecretKind kinds;
  char *changed = rewrite (secrets, text, &kinds, NULL);

  if (found != NULL)
    *found = kinds;
  return changed != NULL ? changed : g_strdup (text);
}

/**
 * hp_secrets_apply:
 *
 * hp_secrets_rewrite() for a document: the text lives as long as
 * @secrets, and every replacement is counted (hp_secrets_get_n_replaced()).
 *
 * Returns: (transfer none) (nullable): @text itself when it reveals
 * nothing, else its rewritten form
 */
const char *
hp_secrets_apply (HpSecrets  *secrets,
                  const char *text)
{
  HpSecretKind kinds;
  char *changed;

  if (secrets == NULL)
    return text;
  changed = rewrite (secrets, text, &kinds, secrets->n_replaced);
  if (changed == NULL)
    return text;
  g_ptr_array_add (secrets->applied, changed);
  return changed;
}

/**
 * hp_secrets_get_n_replaced:
 * @kind: one kind
 *
 * Returns: how many times hp_secrets_apply() replaced a secret of @kind
 */
guint
hp_secrets_get_n_replaced (HpSecrets    *secrets,
                           HpSecretKind  kind)
{
  g_return_val_if_fail (secrets != NULL, 0);
  g_return_val_if_fail (kind != HP_SECRET_NONE && (kind & (kind - 1)) == 0, 0);

  return secrets->n_replaced[kind_index (kind)];
}

/**
 * hp_secret_kind_get_label:
 * @kind: one kind
 *
 * Returns: (transfer none): what @kind is, as a heading ("The client's
 * name")
 */
const char *
hp_secret_kind_get_label (HpSecretKind kind)
{
  switch (kind)
    {
    case HP_SECRET_NAME:
      return C_("secret", "The client's name");
    case HP_SECRET_ID_NUMBER:
      return C_("secret", "Personal identity numbers");
    case HP_SECRET_PHONE:
      return C_("secret", "The client's phone number");
    case HP_SECRET_SAFE_CONTACT:
      return C_("secret", "The safe way to reach the client");
    case HP_SECRET_WHEREABOUTS:
      return C_("secret", "Where the client is staying");
    case HP_SECRET_HOME:
      /* Translators: beside the preview of a handover sheet for someone
       * who does not go to the home, where texts named its address */
      return C_("secret", "The home's address in other texts");
    case HP_SECRET_CHILD_NAME:
      /* Translators: beside the preview of a handover sheet, where texts
       * named a child whose name may not stand on sheets */
      return C_("secret", "The children's names in other texts");
    case HP_SECRET_NONE:
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * hp_secret_kinds_describe:
 * @kinds: a bitmask
 *
 * Returns: (transfer full): @kinds for the middle of a sentence, "the
 * client's name, where the client is staying"
 */
char *
hp_secret_kinds_describe (HpSecretKind kinds)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < HP_SECRET_N_KINDS; i++)
    {
      const char *what;

      if ((kinds & (1 << i)) == 0)
        continue;
      switch (1 << i)
        {
        case HP_SECRET_NAME:
          what = C_("secret", "the client's name");
          break;
        case HP_SECRET_ID_NUMBER:
          what = C_("secret", "a personal identity number");
          break;
        case HP_SECRET_PHONE:
          what = C_("secret", "the client's phone number");
          break;
        case HP_SECRET_SAFE_CONTACT:
          what = C_("secret", "the safe way to reach the client");
          break;
        case HP_SECRET_WHEREABOUTS:
          what = C_("secret", "where the client is staying");
          break;
        case HP_SECRET_CHILD_NAME:
          what = C_("secret", "a child's name");
          break;
        case HP_SECRET_HOME:
        default:
          what = C_("secret", "the home's address");
          break;
        }
      if (out->len > 0)
        /* Translators: between the kinds of secret in a list ("the client's
         * name, where the client is staying") */
        g_string_append (out, C_("secret", ", "));
      g_string_append (out, what);
    }
  return g_string_free (out, FALSE);
}
