/* hp-secrets-fold.c: texts folded for comparing, with a map back to the
 * original
 *
 * Texts are compared NFC-normalised and case-folded, with runs of white
 * space as one space, segment by segment (a character with its combining
 * marks), so that every byte of the folded text knows the span of the
 * original it came from: a match replaces exactly what was typed, in NFD
 * or NFC, and leaves the rest as it was.  Characters that print as
 * nothing or that the layout strips (soft hyphen, zero-width space and
 * joiners, word joiner, BOM, U+034F, variation selectors, the bidi
 * controls: every format character) are left out of the folded text, so
 * they hide nothing and a replacement covers those inside it; every
 * decimal digit of any script folds to its ASCII digit.  Needles are read
 * from the plan the same way.
 */

#define G_LOG_DOMAIN "hp-secrets"

#include "config.h"

#include <string.h>

#include "hp-secrets-private.h"

/* Characters that print as nothing, or that the layout strips before
 * drawing (the bidi controls): soft hyphen, zero-width space and joiners,
 * word joiner, BOM, combining grapheme joiner, variation selectors.  They
 * are left out of the folded text, so "Johan\u00ADna" is Johanna, and a
 * replacement covers the ones inside what it replaces. */
static gboolean
is_ignorable (gunichar c)
{
  return g_unichar_type (c) == G_UNICODE_FORMAT || c == 0x034F ||
         (c >= 0x180B && c <= 0x180F) || (c >= 0xFE00 && c <= 0xFE0F) ||
         (c >= 0xE0100 && c <= 0xE01EF);
}

static void
folded_append (Folded     *f,
               const char *bytes,
               gsize       len,
               guint32     start,
               guint32     end)
{
  g_string_append_len (f->text, bytes, len);
  for (gsize i = 0; i < len; i++)
    {
      g_array_append_val (f->start, start);
      g_array_append_val (f->end, end);
    }
}

void
_hp_secrets_folded_init (Folded     *f,
                         const char *text)
{
  gsize n = strlen (text);
  gboolean space = FALSE;
  const char *p = text;

  f->text = g_string_sized_new (n + 1);
  f->start = g_array_sized_new (FALSE, FALSE, sizeof (guint32), n + 1);
  f->end = g_array_sized_new (FALSE, FALSE, sizeof (guint32), n + 1);

  while (*p != '\0')
    {
      const char *q = g_utf8_next_char (p);
      guint32 start = p - text;
      gboolean is_space;
      gint digit;

      if ((guchar) *p >= 0x80 && is_ignorable (g_utf8_get_char (p)))
        {
          p = q;
          continue;
        }

      /* A segment: a character and the combining marks after it, which NFC
       * may compose into it. */
      while (*q != '\0' && g_unichar_combining_class (g_utf8_get_char (q)) != 0)
        q = g_utf8_next_char (q);

      if (q - p == 1)
        is_space = g_ascii_isspace (*p);
      else
        is_space = g_unichar_isspace (g_utf8_get_char (p));

      if (is_space)
        {
          if (space)
            g_array_index (f->end, guint32, f->end->len - 1) = q - text;
          else
            folded_append (f, " ", 1, start, q - text);
          space = TRUE;
        }
      else if (q - p == 1)
        {
          char c = g_ascii_tolower (*p);

          folded_append (f, &c, 1, start, q - text);
          space = FALSE;
        }
      else if (q == g_utf8_next_char (p) &&
               (digit = g_unichar_digit_value (g_utf8_get_char (p))) >= 0)
        {
          /* Every decimal digit as its ASCII one: "٠٧٣" is 073. */
          char c = '0' + digit;

          folded_append (f, &c, 1, start, q - text);
          space = FALSE;
        }
      else
        {
          g_autofree char *nfc = g_utf8_normalize (p, q - p, G_NORMALIZE_NFC);
          g_autofree char *fold = nfc != NULL ? g_utf8_casefold (nfc, -1) : NULL;

          if (fold != NULL)
            folded_append (f, fold, strlen (fold), start, q - text);
          space = FALSE;
        }
      p = q;
    }
}

void
_hp_secrets_folded_clear (Folded *f)
{
  g_string_free (f->text, TRUE);
  g_array_unref (f->start);
  g_array_unref (f->end);
}

/* @text as needles are read from: NFC, without the characters that print
 * as nothing, every decimal digit in ASCII.  Returns: (nullable) */
char *
_hp_secrets_clean_text (const char *text)
{
  g_autofree char *nfc = text != NULL ? g_utf8_normalize (text, -1, G_NORMALIZE_NFC) : NULL;
  GString *out;

  if (nfc == NULL)
    return NULL;
  out = g_string_sized_new (strlen (nfc));
  for (const char *p = nfc; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gint digit = g_unichar_digit_value (c);

      if (digit >= 0)
        g_string_append_c (out, '0' + digit);
      else if (!is_ignorable (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* The folded form alone, for needles. */
char *
_hp_secrets_fold (const char *text)
{
  Folded f;
  char *out;

  _hp_secrets_folded_init (&f, text);
  out = g_strdup (g_strstrip (f.text->str));
  _hp_secrets_folded_clear (&f);
  return out;
}

gboolean
_hp_secrets_is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* Whether @at in @text begins a sentence: nothing but white space before
 * it since the start, a line break, or . ! ? */
gboolean
_hp_secrets_sentence_start (const char *text,
                            gsize       at)
{
  const char *p = text + at;

  while (p > text)
    {
      gunichar c;

      p = g_utf8_find_prev_char (text, p);
      c = g_utf8_get_char (p);
      if (c == '\n' || c == '.' || c == '!' || c == '?')
        return TRUE;
      if (!g_unichar_isspace (c) && !is_ignorable (c))
        return FALSE;
    }
  return TRUE;
}
