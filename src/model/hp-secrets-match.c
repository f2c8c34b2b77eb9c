/* hp-secrets-match.c: where the needles stand in a text
 *
 * Text needles are matched in the folded text as whole words, names and
 * places with their genitive; digit needles (identity numbers, phones,
 * postcodes) in the digits of the text as grouped where it was written.
 *
 * Every needle is searched with strstr () over the folded text, whole
 * words only, so a text is read a few dozen times at most: linear in its
 * length.
 */

#define G_LOG_DOMAIN "hp-secrets"

#include "config.h"

#include <string.h>

#include "hp-secrets-private.h"

/* Digits of the folded text, grouped as written. */
typedef struct
{
  GString *digits;
  GArray  *pos;      /* guint32: the byte of each digit in the folded text */
  GArray  *flags;    /* guint8: GROUP_START, GROUP_END */
  GArray  *run;      /* guint32: the index of the first digit of its run */
} Digits;

enum { GROUP_START = 1, GROUP_END = 2, RUN_PLUS = 4 };

static gboolean
word_char_before (const char *text,
                  gsize       at)
{
  if (at == 0)
    return FALSE;
  return _hp_secrets_is_word_char (g_utf8_get_char (g_utf8_find_prev_char (text, text + at)));
}

static gboolean
word_char_at (const char *text,
              gsize       at)
{
  return text[at] != '\0' && _hp_secrets_is_word_char (g_utf8_get_char (text + at));
}

static gboolean
is_digit_separator (gunichar c)
{
  return c == ' ' || c == '-' || c == '+' || c == '(' || c == ')' || c == '.' || c == '/' ||
         (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

static void
digits_init (Digits     *d,
             const char *text)
{
  guint32 run = 0;
  gboolean in_run = FALSE;
  gboolean prev_digit = FALSE;

  d->digits = g_string_new (NULL);
  d->pos = g_array_new (FALSE, FALSE, sizeof (guint32));
  d->flags = g_array_new (FALSE, FALSE, sizeof (guint8));
  d->run = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= '0' && c <= '9')
        {
          guint32 at = p - text;
          guint8 flags = prev_digit ? 0 : GROUP_START;

          if (!in_run)
            {
              run = d->digits->len;
              in_run = TRUE;
              /* A run that starts with a + is a phone number. */
              for (const char *b = p; b > text;)
                {
                  b = g_utf8_find_prev_char (text, b);
                  if (*b == '+')
                    flags |= RUN_PLUS;
                  if (!is_digit_separator (g_utf8_get_char (b)))
                    break;
                }
            }
          g_string_append_c (d->digits, (char) c);
          g_array_append_val (d->pos, at);
          g_array_append_val (d->flags, flags);
          g_array_append_val (d->run, run);
          prev_digit = TRUE;
        }
      else
        {
          if (prev_digit)
            g_array_index (d->flags, guint8, d->flags->len - 1) |= GROUP_END;
          prev_digit = FALSE;
          if (!is_digit_separator (c))
            {
              if (in_run)
                {
                  guint32 at = p - text;
                  guint8 none = 0;

                  /* Runs never join: a letter between two breaks them. */
                  g_string_append_c (d->digits, 'x');
                  g_array_append_val (d->pos, at);
                  g_array_append_val (d->flags, none);
                  g_array_append_val (d->run, run);
                }
              in_run = FALSE;
            }
        }
    }
  if (prev_digit)
    g_array_index (d->flags, guint8, d->flags->len - 1) |= GROUP_END;
}

static void
digits_clear (Digits *d)
{
  g_string_free (d->digits, TRUE);
  g_array_unref (d->pos);
  g_array_unref (d->flags);
  g_array_unref (d->run);
}

#define DFLAG(d, i) g_array_index ((d)->flags, guint8, (i))
#define DPOS(d, i)  g_array_index ((d)->pos, guint32, (i))
#define DRUN(d, i)  g_array_index ((d)->run, guint32, (i))

static void
match_digits (const Needle *needle,
              const Digits *d,
              const char   *folded,
              GArray       *matches)
{
  const char *all = d->digits->str;

  for (const char *at = strstr (all, needle->text); at != NULL; at = strstr (at + 1, needle->text))
    {
      gsize k = at - all;
      gsize last = k + needle->len - 1;
      gsize s = k;
      Match m;

      if (DRUN (d, k) != DRUN (d, last) || (DFLAG (d, last) & GROUP_END) == 0)
        continue;

      switch (needle->type)
        {
        case NEEDLE_PHONE:
          /* Back over the trunk 0, the country code and its 00. */
          if (s > DRUN (d, k) && all[s - 1] == '0')
            s--;
          if (s >= DRUN (d, k) + 2 && strncmp (all + s - 2, "46", 2) == 0)
            s -= 2;
          if (s >= DRUN (d, k) + 2 && strncmp (all + s - 2, "00", 2) == 0)
            s -= 2;
          if ((DFLAG (d, s) & GROUP_START) == 0)
            s = k;
          if ((DFLAG (d, s) & GROUP_START) == 0)
            continue;
          break;
        case NEEDLE_ID:
          if ((DFLAG (d, k) & GROUP_START) == 0)
            continue;
          break;
        case NEEDLE_POSTCODE:
          {
            guint32 run = DRUN (d, k);

            if ((DFLAG (d, k) & GROUP_START) == 0 || all[run] == '0' ||
                (DFLAG (d, run) & RUN_PLUS) != 0)
              continue;
            /* 12345 or 123 45, nothing else. */
            if (!((DFLAG (d, k + 2) & GROUP_END) == 0 && (DFLAG (d, k + 3) & GROUP_START) == 0) &&
                !((DFLAG (d, k + 2) & GROUP_END) != 0 && (DFLAG (d, k + 3) & GROUP_START) != 0))
              continue;
            for (gsize i = k; i < last; i++)
              if ((DFLAG (d, i) & GROUP_END) != 0 && i != k + 2)
                goto next;
          }
          break;
        case NEEDLE_TEXT:
        default:
          g_assert_not_reached ();
        }

      m.start = DPOS (d, s);
      m.end = DPOS (d, last) + 1;
      m.needle = needle;
      m.genitive = FALSE;
      /* The + of +46 goes with the number. */
      if (needle->type == NEEDLE_PHONE && m.start > 0 && folded[m.start - 1] == '+')
        m.start--;
      g_array_append_val (matches, m);
    next:
      ;
    }
}

/* Whether the word at @p (after a given name) makes it another person's
 * name: a capitalised word in mixed case, of two letters or more, that is
 * not a word of the client's own name ("Sara Nyström" is another Sara;
 * "Johanna S.", "Johanna Svensson", "JOHANNA HÄMTAR" are not). */
static gboolean
another_name_follows (const Needle *needle,
                      const char   *p,
                      gboolean      all_caps)
{
  gunichar c = g_utf8_get_char (p);
  const char *q = p;
  guint letters = 0;
  gboolean lower = FALSE;
  g_autofree char *piece = NULL;
  g_autofree char *word = NULL;
  gsize len;

  if (all_caps || (!g_unichar_isupper (c) && !g_unichar_istitle (c)))
    return FALSE;
  while (*q != '\0' && _hp_secrets_is_word_char (g_utf8_get_char (q)))
    {
      gunichar d = g_utf8_get_char (q);

      if (g_unichar_isalpha (d))
        letters++;
      if (g_unichar_islower (d))
        lower = TRUE;
      q = g_utf8_next_char (q);
    }
  if (letters < 2 || !lower)
    return FALSE;
  if (needle->own == NULL)
    return TRUE;
  piece = g_strndup (p, q - p);
  word = _hp_secrets_fold (piece);
  len = strlen (word);
  if (g_strv_contains ((const char *const *) needle->own, word))
    return FALSE;
  /* "Johanna Svenssons". */
  if (len > 1 && word[len - 1] == 's')
    {
      word[len - 1] = '\0';
      if (g_strv_contains ((const char *const *) needle->own, word))
        return FALSE;
    }
  return TRUE;
}

/* Whether @text has capitals and no small letters: then a capital says
 * nothing. */
static gboolean
all_capitals (const char *text)
{
  gboolean upper = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      if (g_unichar_isupper (c) || g_unichar_istitle (c))
        upper = TRUE;
    }
  return upper;
}

static void
match_text (const Needle *needle,
            const Folded *f,
            const char   *original,
            gboolean      all_caps,
            GArray       *matches)
{
  const char *text = f->text->str;
  gunichar first = g_utf8_get_char (needle->text);
  gunichar last = g_utf8_get_char (g_utf8_find_prev_char (needle->text,
                                                          needle->text + needle->len));

  for (const char *at = strstr (text, needle->text); at != NULL; at = strstr (at + 1, needle->text))
    {
      gsize start = at - text;
      gsize end = start + needle->len;
      gboolean genitive = FALSE;
      Match m;

      if (_hp_secrets_is_word_char (first) && word_char_before (text, start))
        continue;

      if ((needle->is_name || needle->genitive_ok) && _hp_secrets_is_word_char (last))
        {
          gunichar after = text[end] != '\0' ? g_utf8_get_char (text + end) : 0;
          const char *next = text[end] != '\0' ? g_utf8_next_char (text + end) : text + end;
          gsize next_at = next - text;

          if (after == 's' && !word_char_at (text, next_at))
            {
              genitive = TRUE;
              end = next_at;
            }
          else if ((after == '\'' || after == 0x2019) && text[next_at] == 's' &&
                   !word_char_at (text, next_at + 1))
            {
              genitive = TRUE;
              end = next_at + 1;
            }
          else if ((after == '\'' || after == 0x2019) && strchr ("sxz", (char) last) != NULL &&
                   !word_char_at (text, next_at))
            {
              genitive = TRUE;
              end = next_at;
            }
        }
      if (!genitive && _hp_secrets_is_word_char (last) && word_char_at (text, end))
        continue;

      /* "Sara Nyström" is another Sara. */
      if (needle->given && !genitive)
        {
          const char *after = original + g_array_index (f->end, guint32, end - 1);

          if (*after == ' ' && another_name_follows (needle, after + 1, all_caps))
            continue;
        }

      if (needle->capital_only)
        {
          gunichar c = g_utf8_get_char (original + g_array_index (f->start, guint32, start));

          if (!g_unichar_isupper (c) && !g_unichar_istitle (c))
            continue;
        }

      m.start = start;
      m.end = end;
      m.needle = needle;
      m.genitive = genitive;
      g_array_append_val (matches, m);
    }
}

static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  const Match *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end > y->end ? -1 : 1;
  return 0;
}

/* The matches of every needle in @text, sorted, none overlapping: the
 * earliest first, and of those the longest. */
GArray *
_hp_secrets_find_matches (HpSecrets    *s,
                          const char   *text,
                          Folded       *f)
{
  GArray *found = g_array_new (FALSE, FALSE, sizeof (Match));
  GArray *kept = g_array_new (FALSE, FALSE, sizeof (Match));
  Digits d = { NULL, NULL, NULL, NULL };
  gboolean any_digit;
  gboolean all_caps = all_capitals (text);
  gsize covered = 0;

  _hp_secrets_folded_init (f, text);
  /* The folded text has every decimal digit in ASCII. */
  any_digit = strpbrk (f->text->str, "0123456789") != NULL;
  if (any_digit)
    digits_init (&d, f->text->str);

  for (guint i = 0; i < s->needles->len; i++)
    {
      const Needle *needle = &g_array_index (s->needles, Needle, i);

      if (needle->type == NEEDLE_TEXT)
        match_text (needle, f, text, all_caps, found);
      else if (any_digit)
        match_digits (needle, &d, f->text->str, found);
    }
  if (any_digit)
    digits_clear (&d);

  g_array_sort (found, compare_matches);
  for (guint i = 0; i < found->len; i++)
    {
      Match *m = &g_array_index (found, Match, i);

      if (m->start < covered)
        continue;
      g_array_append_val (kept, *m);
      covered = m->end;
    }
  g_array_unref (found);
  return kept;
}
