/* hp-secrets-places.c: the needles themselves (adding one, a text, the
 * phone numbers in a text), and the needles of a place written in a longer text
 *
 * The whereabouts, the safe way of contact and the home's address are
 * free texts ("Bor hos väninnan Frida, Vallmovägen 12 B, 123 45 Ekby"):
 * their streets and numbers, postcodes, proper names, runs of capitalised
 * words and the parts between commas that hold one of these are needles
 * (the list in hp-secrets-collect.c).
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
 */

#define G_LOG_DOMAIN "hp-secrets"

#include "config.h"

#include <string.h>

#include "hp-secrets-private.h"
#include "hp-text-match.h"

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

/* The needles themselves: adding one, a text, the phone numbers in a text.
 * The collecting (hp-secrets-collect.c) and the places below call these. */

/* Returns: (nullable): the needle added, NULL for one already there */
Needle *
_hp_secrets_add_needle (HpSecrets    *s,
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
Needle *
_hp_secrets_add_text (HpSecrets    *s,
                      HpSecretKind  kind,
                      const char   *text,
                      gsize         len)
{
  g_autofree char *piece = g_strndup (text, len);
  char *folded = _hp_secrets_fold (piece);

  /* Shorter pieces would match ordinary words. */
  if (g_utf8_strlen (folded, -1) >= 3)
    return _hp_secrets_add_needle (s, NEEDLE_TEXT, kind, folded, FALSE, FALSE);
  g_free (folded);
  return NULL;
}

/* Digits groups of phone numbers in @text (a phone field, or a place):
 * runs of digits, spaces, - + ( ) and dots with at least @min_digits
 * digits, starting with 0 or + when @must_look_like_phone. */
void
_hp_secrets_add_phones (HpSecrets    *s,
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
            _hp_secrets_add_needle (s, NEEDLE_PHONE, kind, g_strdup (core), FALSE, FALSE);
        }
      g_string_free (digits, TRUE);
    }
}

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

static void
word_clear (gpointer data)
{
  g_free (((Word *) data)->folded);
}

/* The words of @text (NFC), each with the part it stands in: parts end at
 * commas, semicolons, colons, parentheses, slashes and lines. */
GArray *
_hp_secrets_split_words (const char *text)
{
  GArray *words = g_array_new (FALSE, TRUE, sizeof (Word));
  guint part = 0;

  g_array_set_clear_func (words, word_clear);
  for (const char *p = text; *p != '\0';)
    {
      gunichar c = g_utf8_get_char (p);

      if (_hp_secrets_is_word_char (c))
        {
          Word word = { 0 };
          const char *q = p;
          gboolean letters = TRUE, digits = TRUE;

          word.start = p - text;
          for (;;)
            {
              gunichar d = g_utf8_get_char (q);
              const char *next = g_utf8_next_char (q);

              if (_hp_secrets_is_word_char (d))
                {
                  if (g_unichar_isdigit (d))
                    letters = FALSE;
                  else
                    digits = FALSE;
                  q = next;
                }
              else if ((d == '-' || d == '\'' || d == 0x2019) &&
                       _hp_secrets_is_word_char (g_utf8_get_char (next)))
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
          word.sentence_start = _hp_secrets_sentence_start (text, word.start);
          {
            g_autofree char *piece = g_strndup (p, q - p);

            word.folded = _hp_secrets_fold (piece);
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

#define WORD(i) (&g_array_index (words, Word, (i)))

/* The whereabouts, the safe way of contact or the home's address.  With
 * @names, proper names count (not for the home: its town is known).
 * @known: the folded words of the home's address and the client's name,
 * which are no secret alone. */
void
_hp_secrets_add_place (HpSecrets    *s,
                       HpSecretKind  kind,
                       const char   *raw,
                       gboolean      names,
                       GHashTable   *known)
{
  g_autofree char *text = _hp_secrets_clean_text (raw);
  g_autoptr(GArray) words = NULL;
  guint n_words;

  if (text == NULL || text[0] == '\0')
    return;

  words = _hp_secrets_split_words (text);
  n_words = words->len;

  /* The whole text, unless it is one word the home's address holds too. */
  if (n_words > 1 ||
      (n_words == 1 && (known == NULL || !g_hash_table_contains (known, WORD (0)->folded))))
    _hp_secrets_add_text (s, kind, text, strlen (text));

  _hp_secrets_add_phones (s, kind, text, 8, TRUE);

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
              _hp_secrets_add_text (s, kind, text + w->start, end - w->start);
              if (i + 2 < n_words)
                {
                  Word *l = &g_array_index (words, Word, i + 2);

                  if (l->part == w->part && l->letters && g_utf8_strlen (l->folded, -1) == 1 &&
                      only_space_between (text, n->end, l->start))
                    _hp_secrets_add_text (s, kind, text + w->start, l->end - w->start);
                }
              if (kind == HP_SECRET_HOME || !is_known)
                _hp_secrets_add_text (s, kind, text + w->start, w->end - w->start);
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
              _hp_secrets_add_needle (s, NEEDLE_POSTCODE, kind, g_steal_pointer (&code), FALSE,
                                      FALSE);
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
              Needle *needle = _hp_secrets_add_text (s, kind, text + w->start, w->end - w->start);

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
          _hp_secrets_add_text (s, kind, text + WORD (from)->start,
                                WORD (j - 1)->end - WORD (from)->start);
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

              _hp_secrets_add_text (s, kind, text + WORD (a)->start,
                                    WORD (b - 1)->end - WORD (a)->start);
              if (b - from >= 2)
                _hp_secrets_add_text (s, kind, text + WORD (from)->start,
                                      WORD (b - 1)->end - WORD (from)->start);
            }
          a = b > a ? b : a + 1;
        }
      i = j;
    }
}

#undef WORD
