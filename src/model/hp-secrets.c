/* hp-secrets.c: what a text would reveal about the client
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
 *
 * Not needles, so that the sheet does not lose ordinary words: a common
 * word that begins a sentence is not a name ("Bor hos …"), nor is any
 * word before a number a street, by its
 * capital alone ("Egen lägenhet sedan …", "Från 1 december"; a street so
 * placed is known by its ending, "-vägen", "-gatan", or by standing alone
 * with its number between commas), nor is a word of the short list of
 * generic words below ("Skyddat boende", "Kvinnojouren", "Vecka 47"), nor
 * a word or postcode the home's address holds too: the other party knows
 * the home's town, and the office and the handover site are often in it;
 * nor a word of the client's own name (she may share it with the shelter).
 * Words of scripts without capitals are found only as part of a whole text
 * or part.
 *
 * Every needle is searched with strstr () over the folded text, whole
 * words only, so a text is read a few dozen times at most: linear in its
 * length.
 */

#define G_LOG_DOMAIN "hp-secrets"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-secrets.h"
#include "hp-text-match.h"

typedef enum
{
  NEEDLE_TEXT,
  NEEDLE_ID,        /* digits that must stand as whole groups */
  NEEDLE_PHONE,     /* digits after the leading 0 or +46 */
  NEEDLE_POSTCODE,  /* five digits, 3 + 2 or 5, not inside a phone number */
} NeedleType;

typedef struct
{
  NeedleType    type;
  HpSecretKind  kind;
  char         *text;          /* folded, or digits */
  gsize         len;
  gboolean      is_name;       /* replaced by "the client"; genitive allowed */
  gboolean      capital_only;  /* only where written with a capital */
  gboolean      given;         /* the given name alone */
  guint         child;         /* a child's name: the child's number; 0 for the client's */
  gboolean      genitive_ok;   /* a place's name: "Ekbys" is Ekby too */
  char        **own;           /* for a given name: the folded words of the whole name */
} Needle;

struct _HpSecrets
{
  GArray    *needles;   /* Needle */
  GPtrArray *applied;   /* texts hp_secrets_apply () returned */
  guint      n_replaced[HP_SECRET_N_KINDS];
};

/* ------------------------------------------------------------------ */
/* Folding with a map back to the original                              */

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

typedef struct
{
  GString *text;    /* NFC, case-folded, white space runs as one space */
  GArray  *start;   /* guint32 per byte of text: where its segment starts in the original */
  GArray  *end;     /* guint32 per byte of text: where its segment ends */
} Folded;

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

static void
folded_init (Folded     *f,
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

static void
folded_clear (Folded *f)
{
  g_string_free (f->text, TRUE);
  g_array_unref (f->start);
  g_array_unref (f->end);
}

/* @text as needles are read from: NFC, without the characters that print
 * as nothing, every decimal digit in ASCII.  Returns: (nullable) */
static char *
clean_text (const char *text)
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
static char *
fold (const char *text)
{
  Folded f;
  char *out;

  folded_init (&f, text);
  out = g_strdup (g_strstrip (f.text->str));
  folded_clear (&f);
  return out;
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static gboolean
word_char_before (const char *text,
                  gsize       at)
{
  if (at == 0)
    return FALSE;
  return is_word_char (g_utf8_get_char (g_utf8_find_prev_char (text, text + at)));
}

static gboolean
word_char_at (const char *text,
              gsize       at)
{
  return text[at] != '\0' && is_word_char (g_utf8_get_char (text + at));
}

/* Whether @at in @text begins a sentence: nothing but white space before
 * it since the start, a line break, or . ! ? */
static gboolean
sentence_start (const char *text,
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

/* ------------------------------------------------------------------ */
/* The needles                                                          */

/* Returns: (nullable): the needle added, NULL for one already there */
static Needle *
add_needle (HpSecrets    *s,
            NeedleType    type,
            HpSecretKind  kind,
            char         *text,
            gboolean      is_name,
            gboolean      capital_only)
{
  Needle needle = { type, kind, text, strlen (text), is_name, capital_only, FALSE, 0, FALSE, NULL };

  for (guint i = 0; i < s->needles->len; i++)
    {
      Needle *other = &g_array_index (s->needles, Needle, i);

      if (other->type == type && other->kind == kind && g_str_equal (other->text, text))
        {
          g_free (text);
          return NULL;
        }
    }
  g_array_append_val (s->needles, needle);
  return &g_array_index (s->needles, Needle, s->needles->len - 1);
}

/* Returns: (nullable): the needle added */
static Needle *
add_text (HpSecrets    *s,
          HpSecretKind  kind,
          const char   *text,
          gsize         len)
{
  g_autofree char *piece = g_strndup (text, len);
  char *folded = fold (piece);

  /* Shorter pieces would match ordinary words. */
  if (g_utf8_strlen (folded, -1) >= 3)
    return add_needle (s, NEEDLE_TEXT, kind, folded, FALSE, FALSE);
  g_free (folded);
  return NULL;
}

/* Words that name a kind of place or a relation, not a place: never a
 * needle alone (folded). */
static const char *const generic_words[] = {
  "adress", "avd", "avdelning", "boende", "boendet", "box", "bror", "brodern", "c/o",
  "efter", "egen", "eget", "fråga", "genom", "handläggare", "hem", "hemma", "hemmet",
  "hos", "hvb", "hvb-hem", "jour", "jouren", "jourhavande", "kommun", "kommunen",
  "kompis", "kontakt", "kontakta", "kvinnojour", "kvinnojouren", "lgh", "lägenhet",
  "lägenheten", "mail", "mamma", "mejl", "mobil", "mor", "far", "pappa", "polisen",
  "port", "porten", "ring", "rum", "sedan", "skyddad", "skyddade", "skyddat", "sms",
  "socialtjänsten", "stad", "staden", "stödboende", "syster", "systern", "tel",
  "telefon", "tjejjour", "tjejjouren", "trappa", "trappor", "tr", "via", "vån",
  "våning", "vän", "väninna", "väninnan",
  "bil", "buss", "ca", "dag", "dagar", "entré", "entrén", "från", "före", "hiss", "hus",
  "huset", "ingång", "kl", "klockan", "kod", "linje", "mellan", "nr", "nummer", "och",
  "om", "plan", "sida", "storlek", "till", "tåg", "under", "uppgång", "vecka", "veckan",
  "veckor", "år", "över",
  "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
  "september", "oktober", "november", "december",
  "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
  NULL,
};

/* Common words that begin a sentence of the whereabouts ("Bor hos …",
 * "Troligen …"): there a capital says nothing (folded). */
static const char *const common_words[] = {
  "alla", "allt", "andra", "annan", "annat", "att", "av", "barnen", "barnet", "befinner",
  "blev", "blir", "bo", "bodde", "bor", "bra", "dem", "den", "denna", "deras", "dessa", "det",
  "detta", "dit", "där", "därför", "eller", "enligt", "ev", "eventuellt", "fanns", "fick",
  "finns", "flyttade", "flyttar", "fortfarande", "får", "för", "gick", "går", "han", "hade",
  "hans", "har", "hen", "hennes", "hon", "här", "idag", "igen", "igår", "ikväll", "imorgon",
  "ingen", "inget", "inför", "inga", "innan", "inte", "jag", "just", "kan", "kanske",
  "klienten", "kom", "kommer", "kvar", "kvinnan", "man", "med", "medan", "men", "mot",
  "måste", "möjligen", "när", "nya", "nytt", "nyligen", "nu", "oklart", "okänd", "okänt",
  "osäkert", "på", "redan", "samma", "samt", "senare", "sen", "ska", "skall", "snart",
  "som", "sonen", "sov", "sover", "stannar", "stannade", "står", "tar", "tidigare",
  "tillfälligt", "tills", "tog", "troligen", "troligtvis", "uppgift", "uppgiften", "utan",
  "var", "vet", "vid", "vidare", "vill", "vistas", "vistades", "åker", "åkte", "även",
  "dottern", "döttrarna", "sönerna", "barn", "klient", "ensam", "själv", "tillsammans",
  "placerad", "placerade", "placerat", "inskriven", "inflyttad", "flyttat", "hyr", "hyrt",
  "delar", "lånar", "lånat", "övernattar", "väntar", "tillfällig", "tillfälliga", "hemlig",
  "hemligt", "adressen", "plats", "platsen", "kontrakt", "andrahand", "jourlägenhet",
  "jourlägenheten",
  NULL,
};

static const char *const street_suffixes[] = {
  "gatan", "gata", "vägen", "väg", "gränd", "gränden", "stigen", "backe", "backen",
  "torg", "torget", "allé", "allén", "plan", "platsen", "leden", "gången", "stråket",
  "kajen", "esplanaden", "promenaden", "parken", "liden", "höjden", "lunden", "hagen",
  "ringen", "stig",
  NULL,
};

static gboolean
is_generic (const char *folded_word)
{
  return g_strv_contains (generic_words, folded_word);
}

static gboolean
has_street_suffix (const char *folded_word)
{
  for (guint i = 0; street_suffixes[i] != NULL; i++)
    if (g_str_has_suffix (folded_word, street_suffixes[i]) &&
        strlen (folded_word) > strlen (street_suffixes[i]) + 1)
      return TRUE;
  return FALSE;
}

static gboolean
is_common (const char *folded_word)
{
  return g_strv_contains (common_words, folded_word);
}

/* What a word of @known in add_place () is. */
enum { KNOWN_HOME = 1, KNOWN_NAME = 2 };

typedef struct
{
  gsize     start, end;   /* bytes of the NFC text */
  char     *folded;
  guint     part;
  gboolean  capital;
  gboolean  letters;      /* letters only (and - or ') */
  gboolean  digits;       /* digits only */
  gboolean  sentence_start;
  gboolean  significant;
} Word;

static void
word_clear (gpointer data)
{
  g_free (((Word *) data)->folded);
}

/* The words of @text (NFC), each with the part it stands in: parts end at
 * commas, semicolons, colons, parentheses, slashes and lines. */
static GArray *
split_words (const char *text)
{
  GArray *words = g_array_new (FALSE, TRUE, sizeof (Word));
  guint part = 0;

  g_array_set_clear_func (words, word_clear);
  for (const char *p = text; *p != '\0';)
    {
      gunichar c = g_utf8_get_char (p);

      if (is_word_char (c))
        {
          Word word = { 0 };
          const char *q = p;
          gboolean letters = TRUE, digits = TRUE;

          word.start = p - text;
          for (;;)
            {
              gunichar d = g_utf8_get_char (q);
              const char *next = g_utf8_next_char (q);

              if (is_word_char (d))
                {
                  if (g_unichar_isdigit (d))
                    letters = FALSE;
                  else
                    digits = FALSE;
                  q = next;
                }
              else if ((d == '-' || d == '\'' || d == 0x2019) &&
                       is_word_char (g_utf8_get_char (next)))
                {
                  digits = FALSE;
                  q = next;
                }
              else
                break;
            }
          word.end = q - text;
          word.part = part;
          word.capital = g_unichar_isupper (c) || g_unichar_istitle (c);
          word.letters = letters;
          word.digits = digits;
          word.sentence_start = sentence_start (text, word.start);
          {
            g_autofree char *piece = g_strndup (p, q - p);

            word.folded = fold (piece);
          }
          g_array_append_val (words, word);
          p = q;
        }
      else
        {
          if (strchr (",;:()/\n", c) != NULL || c == 0x2013 || c == 0x2014)
            part++;
          p = g_utf8_next_char (p);
        }
    }
  return words;
}

static gboolean
only_space_between (const char *text,
                    gsize       from,
                    gsize       to)
{
  for (gsize i = from; i < to; i++)
    if (text[i] != ' ' && text[i] != '\t')
      return FALSE;
  return to > from;
}

/* Whether the digits at @at in @text go on from a number that starts
 * with 0 or + ("08-555 123 45"). */
static gboolean
in_phone_number (const char *text,
                 gsize       at)
{
  gsize start = at;

  while (start > 0 && (g_ascii_isdigit (text[start - 1]) || text[start - 1] == ' ' ||
                       text[start - 1] == '-' || text[start - 1] == '+' ||
                       text[start - 1] == '/'))
    start--;
  while (text[start] == ' ' || text[start] == '-' || text[start] == '/')
    start++;
  return start < at && (text[start] == '0' || text[start] == '+');
}

/* Digits groups of phone numbers in @text (a phone field, or a place):
 * runs of digits, spaces, - + ( ) and dots with at least @min_digits
 * digits, starting with 0 or + when @must_look_like_phone. */
static void
add_phones (HpSecrets    *s,
            HpSecretKind  kind,
            const char   *text,
            guint         min_digits,
            gboolean      must_look_like_phone)
{
  const char *p = text;

  while (*p != '\0')
    {
      GString *digits;
      char first;

      if (!g_ascii_isdigit (*p) && *p != '+')
        {
          p++;
          continue;
        }
      first = *p;
      digits = g_string_new (NULL);
      for (; *p != '\0' && strchr ("0123456789 -+()./", *p) != NULL; p++)
        if (g_ascii_isdigit (*p))
          g_string_append_c (digits, *p);
      if (digits->len >= min_digits && (!must_look_like_phone || first == '0' || first == '+'))
        {
          const char *core = hp_phone_core (digits->str);

          /* +46 (0)70 …: the trunk 0 after the country code. */
          if (core[0] == '0' && core != digits->str)
            core++;
          if (strlen (core) >= 6)
            add_needle (s, NEEDLE_PHONE, kind, g_strdup (core), FALSE, FALSE);
        }
      g_string_free (digits, TRUE);
    }
}

#define WORD(i) (&g_array_index (words, Word, (i)))

/* The whereabouts, the safe way of contact or the home's address.  With
 * @names, proper names count (not for the home: its town is known).
 * @known: the folded words of the home's address and the client's name,
 * which are no secret alone. */
static void
add_place (HpSecrets    *s,
           HpSecretKind  kind,
           const char   *raw,
           gboolean      names,
           GHashTable   *known)
{
  g_autofree char *text = clean_text (raw);
  g_autoptr(GArray) words = NULL;
  guint n_words;

  if (text == NULL || text[0] == '\0')
    return;

  words = split_words (text);
  n_words = words->len;

  /* The whole text, unless it is one word the home's address holds too. */
  if (n_words > 1 ||
      (n_words == 1 && (known == NULL || !g_hash_table_contains (known, WORD (0)->folded))))
    add_text (s, kind, text, strlen (text));

  add_phones (s, kind, text, 8, TRUE);

  for (guint i = 0; i < n_words; i++)
    {
      Word *w = &g_array_index (words, Word, i);
      gboolean is_known = known != NULL && g_hash_table_contains (known, w->folded);

      /* A street and a number: "Vallmovägen 12 B". */
      if (w->letters && g_utf8_strlen (w->folded, -1) >= 3 && !is_generic (w->folded) &&
          (has_street_suffix (w->folded) || w->capital) && i + 1 < n_words)
        {
          Word *n = &g_array_index (words, Word, i + 1);
          gboolean alone = (i == 0 || WORD (i - 1)->part != w->part) &&
                           (i + 2 >= n_words || WORD (i + 2)->part != w->part ||
                            (g_utf8_strlen (WORD (i + 2)->folded, -1) == 1 &&
                             (i + 3 >= n_words || WORD (i + 3)->part != w->part)));

          if (n->part == w->part && only_space_between (text, w->end, n->start) &&
              g_ascii_isdigit (text[n->start]) && n->end - n->start <= 5 &&
              (has_street_suffix (w->folded) || !w->sentence_start || alone))
            {
              gsize end = n->end;

              w->significant = TRUE;
              add_text (s, kind, text + w->start, end - w->start);
              if (i + 2 < n_words)
                {
                  Word *l = &g_array_index (words, Word, i + 2);

                  if (l->part == w->part && l->letters && g_utf8_strlen (l->folded, -1) == 1 &&
                      only_space_between (text, n->end, l->start))
                    add_text (s, kind, text + w->start, l->end - w->start);
                }
              if (kind == HP_SECRET_HOME || !is_known)
                add_text (s, kind, text + w->start, w->end - w->start);
            }
        }

      /* A postcode: "123 45" or "12345", not in a phone number. */
      if (w->digits && text[w->start] != '0' && !in_phone_number (text, w->start))
        {
          g_autofree char *code = NULL;

          if (w->end - w->start == 5)
            code = g_strdup (w->folded);
          else if (w->end - w->start == 3 && i + 1 < n_words)
            {
              Word *n = &g_array_index (words, Word, i + 1);

              if (n->digits && n->end - n->start == 2 &&
                  only_space_between (text, w->end, n->start))
                code = g_strconcat (w->folded, n->folded, NULL);
            }
          if (code != NULL &&
              (kind == HP_SECRET_HOME || known == NULL || !g_hash_table_contains (known, code)))
            {
              w->significant = TRUE;
              add_needle (s, NEEDLE_POSTCODE, kind, g_steal_pointer (&code), FALSE, FALSE);
            }
        }

      /* A proper name.  At the start of a sentence a capital says
       * nothing, unless the word stands alone in its part ("Malmö, hos
       * mamma") or is not a common word ("Ekby efter jul"); then only
       * with its capital. */
      if (names && w->capital && w->letters && !is_known &&
          g_utf8_strlen (w->folded, -1) >= 3 && !is_generic (w->folded))
        {
          gboolean alone = (i == 0 || WORD (i - 1)->part != w->part) &&
                           (i + 1 >= n_words || WORD (i + 1)->part != w->part ||
                            text[w->end] == '.');

          if (!w->sentence_start || alone || !is_common (w->folded))
            {
              Needle *needle = add_text (s, kind, text + w->start, w->end - w->start);

              w->significant = TRUE;
              /* Not a street's name: "Storkens bo" is no Storken 5. */
              if (needle != NULL)
                {
                  needle->genitive_ok = TRUE;
                  needle->capital_only = w->sentence_start && !alone;
                }
            }
        }
    }

  /* Runs of capitalised words holding a proper name, and parts holding
   * anything significant. */
  for (guint i = 0; i < n_words;)
    {
      Word *w = &g_array_index (words, Word, i);
      guint j = i + 1;
      gboolean significant = w->significant;

      while (j < n_words)
        {
          Word *next = &g_array_index (words, Word, j);

          if (next->part != w->part)
            break;
          significant = significant || next->significant;
          j++;
        }
      /* "Via Kvinnojouren Frida": the place, not the way to it. */
      {
        guint from = i;

        while (from < j && is_generic (g_array_index (words, Word, from).folded))
          from++;
        if (significant && j - from >= 2)
          add_text (s, kind, text + WORD (from)->start, WORD (j - 1)->end - WORD (from)->start);
      }

      /* The capitalised runs inside the part: "Kvinnojouren Frida", with
       * and without a first word that begins the sentence ("Via …").  A
       * word of the client's name counts here: the run names a place. */
      for (guint a = i; names && a < j;)
        {
          guint b = a;
          gboolean run_significant = FALSE;

          while (b < j && g_array_index (words, Word, b).capital &&
                 (b == a || only_space_between (text, g_array_index (words, Word, b - 1).end,
                                                g_array_index (words, Word, b).start)))
            {
              Word *r = &g_array_index (words, Word, b);

              if (!r->sentence_start &&
                  (r->significant ||
                   (r->letters && !is_generic (r->folded) &&
                    GPOINTER_TO_INT (g_hash_table_lookup (known, r->folded)) == KNOWN_NAME)))
                run_significant = TRUE;
              b++;
            }
          if (b - a >= 2 && run_significant)
            {
              guint from = g_array_index (words, Word, a).sentence_start ? a + 1 : a;

              add_text (s, kind, text + WORD (a)->start, WORD (b - 1)->end - WORD (a)->start);
              if (b - from >= 2)
                add_text (s, kind, text + WORD (from)->start,
                          WORD (b - 1)->end - WORD (from)->start);
            }
          a = b > a ? b : a + 1;
        }
      i = j;
    }
}

#undef WORD

static void
add_id_number (HpSecrets  *s,
               const char *id_number)
{
  g_autofree char *clean = clean_text (id_number);
  g_autofree char *digits = hp_text_digits (clean != NULL ? clean : "");
  gsize len = strlen (digits);

  if (len == 12)
    {
      add_needle (s, NEEDLE_ID, HP_SECRET_ID_NUMBER, g_strdup (digits), FALSE, FALSE);
      add_needle (s, NEEDLE_ID, HP_SECRET_ID_NUMBER, g_strdup (digits + 2), FALSE, FALSE);
    }
  else if (len == 10)
    {
      add_needle (s, NEEDLE_ID, HP_SECRET_ID_NUMBER, g_strconcat ("19", digits, NULL), FALSE,
                  FALSE);
      add_needle (s, NEEDLE_ID, HP_SECRET_ID_NUMBER, g_strconcat ("20", digits, NULL), FALSE,
                  FALSE);
      add_needle (s, NEEDLE_ID, HP_SECRET_ID_NUMBER, g_strdup (digits), FALSE, FALSE);
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

      while (*a != '\0' && !is_word_char (g_utf8_get_char (a)))
        a = g_utf8_next_char (a);
      while (b > a && !is_word_char (g_utf8_get_char (g_utf8_find_prev_char (a, b))))
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
  needle = add_needle (s, NEEDLE_TEXT, kind, g_strdup (text), TRUE, capital_only);
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
  g_autofree char *full = fold (name);
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
    g_autofree char *home = clean_text (c->home_address);
    g_autoptr(GArray) words = split_words (home != NULL ? home : "");

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
    g_autofree char *name = clean_text (c->client_name);
    g_autoptr(GArray) words = split_words (name != NULL ? name : "");

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
          g_autofree char *phone = clean_text (value);

          add_phones (s, HP_SECRET_PHONE, phone != NULL ? phone : "", 6, FALSE);
        }
      else if (g_str_equal (fields[i].name, "safe_contact"))
        /* The way, not the go-between: "via Kvinnojouren Linnea" names
         * whom the staff work with anyway. */
        add_place (s, HP_SECRET_SAFE_CONTACT, value, FALSE, known);
      else
        add_place (s, HP_SECRET_WHEREABOUTS, value, TRUE, known);
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
    add_place (s, HP_SECRET_HOME, c->home_address, FALSE, NULL);

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

/* ------------------------------------------------------------------ */
/* Matching                                                             */

typedef struct
{
  gsize          start, end;  /* bytes of the folded text */
  const Needle  *needle;
  gboolean       genitive;
} Match;

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
  while (*q != '\0' && is_word_char (g_utf8_get_char (q)))
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
  word = fold (piece);
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

      if (is_word_char (first) && word_char_before (text, start))
        continue;

      if ((needle->is_name || needle->genitive_ok) && is_word_char (last))
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
      if (!genitive && is_word_char (last) && word_char_at (text, end))
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
static GArray *
find_matches (HpSecrets    *s,
              const char   *text,
              Folded       *f)
{
  GArray *found = g_array_new (FALSE, FALSE, sizeof (Match));
  GArray *kept = g_array_new (FALSE, FALSE, sizeof (Match));
  Digits d = { NULL, NULL, NULL, NULL };
  gboolean any_digit;
  gboolean all_caps = all_capitals (text);
  gsize covered = 0;

  folded_init (f, text);
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

  matches = find_matches (s, text, &f);
  if (matches->len == 0)
    {
      folded_clear (&f);
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

          if (sentence_start (text, start))
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
  folded_clear (&f);
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
