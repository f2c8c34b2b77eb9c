/* hp-layout-bidi.c: the direction of mixed Swedish and right-to-left text
 *
 * Every text the layout engine shapes is set on its layout through
 * hp_layout_set_text(), which isolates each right-to-left run; measuring
 * (hp-layout-measure.c) and drawing (hp-render.c) therefore agree.
 */

#define G_LOG_DOMAIN "hp-layout"

#include "config.h"

#include <string.h>

#include "hp-layout-private.h"

/* ------------------------------------------------------------------ */
/* Direction                                                            */

/* Every document is Swedish: each paragraph runs left to right whatever
 * its first letter (hp_document_paginate() sets the context's base
 * direction, every layout turns Pango's guess per paragraph off), so that
 * a table cell starting with an Arabic name stays at its column's left.
 *
 * Inside such a line the Unicode bidi algorithm would still get mixed text
 * wrong: digits after Arabic letters count as Arabic digits, and the
 * neutral characters around them take the Arabic direction, so "رنا (1–4)"
 * came out as "(4–1) رنا", with "1–4" reversed.  So each right-to-left run
 * (from its first to its last right-to-left letter, with no left-to-right
 * letter between; digits, spaces and marks inside it belong to it) is put
 * into a right-to-left isolate (RLI ... PDI): inside it the run reads right
 * to left as its writer meant, and outside it counts as one neutral
 * character, so the digits and brackets after it stay Swedish text.  The
 * isolates draw nothing and are not in the PDF's text.  Whatever the caller
 * put around a value (a name in a sentence, a name in brackets) needs
 * nothing of its own. */

#define RLI 0x2067
#define PDI 0x2069

/* Letters of right-to-left scripts are U+0590 to U+08FF, U+FB1D to U+FEFC
 * and planes 1 up: their UTF-8 starts with one of these bytes. */
static gboolean
may_have_rtl (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    if ((*p >= 0xD6 && *p <= 0xDF) || *p == 0xE0 || *p == 0xEF || *p >= 0xF0)
      return TRUE;
  return FALSE;
}

/* The strong direction of @c: a letter of a right-to-left script (or RLM,
 * ALM) is right to left, any other letter (or LRM) left to right, all else
 * (digits, spaces, punctuation, marks) neutral.  Near enough to the bidi
 * classes R, AL and L for finding runs; Pango's own lookup of the classes
 * is deprecated, and the bidi algorithm itself is still FriBidi's, in
 * Pango. */
static PangoDirection
char_direction (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalpha ((char) c) ? PANGO_DIRECTION_LTR : PANGO_DIRECTION_NEUTRAL;
  if (c == 0x200F || c == 0x061C)
    return PANGO_DIRECTION_RTL;
  if (c == 0x200E)
    return PANGO_DIRECTION_LTR;
  if (!g_unichar_isalpha (c))
    return PANGO_DIRECTION_NEUTRAL;
  switch ((int) g_unichar_get_script (c))
    {
    case G_UNICODE_SCRIPT_ARABIC:
    case G_UNICODE_SCRIPT_HEBREW:
    case G_UNICODE_SCRIPT_SYRIAC:
    case G_UNICODE_SCRIPT_THAANA:
    case G_UNICODE_SCRIPT_NKO:
    case G_UNICODE_SCRIPT_SAMARITAN:
    case G_UNICODE_SCRIPT_MANDAIC:
    case G_UNICODE_SCRIPT_ADLAM:
    case G_UNICODE_SCRIPT_HANIFI_ROHINGYA:
    case G_UNICODE_SCRIPT_YEZIDI:
      return PANGO_DIRECTION_RTL;
    default:
      return PANGO_DIRECTION_LTR;
    }
}

/* @text with each right-to-left run isolated, or NULL if it has none. */
static char *
isolate_rtl_runs (const char *text)
{
  GString *out = NULL;
  const char *copied = text;   /* @text before it is in @out */
  const char *run = NULL;      /* start of the current run */
  const char *run_end = NULL;  /* after its last letter and the marks on it */
  const char *p = text;

  if (!may_have_rtl (text))
    return NULL;

  for (;;)
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = c == 0 ? p : g_utf8_next_char (p);
      PangoDirection dir = char_direction (c);

      if (dir == PANGO_DIRECTION_RTL)
        {
          if (run == NULL)
            run = p;
          run_end = next;
        }
      else if (run != NULL && p == run_end
               && (g_unichar_ismark (c) || c == 0x200C || c == 0x200D))
        /* A vowel sign or a joiner after the last letter: its shaping
         * needs the letter in the same run. */
        run_end = next;
      else if (run != NULL && (dir == PANGO_DIRECTION_LTR || c == '\n' || c == 0))
        {
          /* A left-to-right letter, or the paragraph's end, ends the run. */
          if (out == NULL)
            out = g_string_sized_new (strlen (text) + 12);
          g_string_append_len (out, copied, run - copied);
          g_string_append_unichar (out, RLI);
          g_string_append_len (out, run, run_end - run);
          g_string_append_unichar (out, PDI);
          copied = run_end;
          run = NULL;
        }
      if (c == 0)
        break;
      p = next;
    }

  if (out == NULL)
    return NULL;
  g_string_append (out, copied);
  return g_string_free (out, FALSE);
}

/* Sets @text on @layout, its right-to-left runs isolated: every layout
 * that shows a document's text is given it through here, so that measuring
 * and drawing agree. */
void
hp_layout_set_text (PangoLayout *layout,
                    const char  *text)
{
  g_autofree char *isolated = isolate_rtl_runs (text);

  pango_layout_set_text (layout, isolated != NULL ? isolated : text, -1);
}
