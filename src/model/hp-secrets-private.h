/* hp-secrets-private.h: what the files of hp-secrets share
 *
 * HpSecrets is one module in five files: hp-secrets.c (the rewriting and
 * the public API), hp-secrets-fold.c (texts folded for comparing, with a
 * map back to the original), hp-secrets-collect.c (what is secret in a
 * plan: the needles), hp-secrets-places.c (the needles of a place in a
 * longer text) and hp-secrets-match.c (finding the needles in a text).
 * Nothing outside them includes this header.
 */
#pragma once

#include "hp-secrets.h"

G_BEGIN_DECLS

/* What is looked for in a text: a needle (hp-secrets-collect.c). */
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

/* A text folded for comparing (hp-secrets-fold.c). */
typedef struct
{
  GString *text;    /* NFC, case-folded, white space runs as one space */
  GArray  *start;   /* guint32 per byte of text: where its segment starts in the original */
  GArray  *end;     /* guint32 per byte of text: where its segment ends */
} Folded;

/* What a word of @known in _hp_secrets_add_place () is. */
enum { KNOWN_HOME = 1, KNOWN_NAME = 2 };

/* A word of a place's text (hp-secrets-places.c). */
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

/* A needle found in a folded text (hp-secrets-match.c). */
typedef struct
{
  gsize          start, end;  /* bytes of the folded text */
  const Needle  *needle;
  gboolean       genitive;
} Match;

/* hp-secrets-fold.c */
void      _hp_secrets_folded_init    (Folded       *f,
                                      const char   *text);
void      _hp_secrets_folded_clear   (Folded       *f);
char     *_hp_secrets_clean_text     (const char   *text);
char     *_hp_secrets_fold           (const char   *text);
gboolean  _hp_secrets_is_word_char   (gunichar      c);
gboolean  _hp_secrets_sentence_start (const char   *text,
                                      gsize         at);

/* hp-secrets-collect.c */
Needle   *_hp_secrets_add_needle     (HpSecrets    *s,
                                      NeedleType    type,
                                      HpSecretKind  kind,
                                      char         *text,
                                      gboolean      is_name,
                                      gboolean      capital_only);
Needle   *_hp_secrets_add_text       (HpSecrets    *s,
                                      HpSecretKind  kind,
                                      const char   *text,
                                      gsize         len);
void      _hp_secrets_add_phones     (HpSecrets    *s,
                                      HpSecretKind  kind,
                                      const char   *text,
                                      guint         min_digits,
                                      gboolean      must_look_like_phone);

/* hp-secrets-places.c */
GArray   *_hp_secrets_split_words    (const char   *text);
void      _hp_secrets_add_place      (HpSecrets    *s,
                                      HpSecretKind  kind,
                                      const char   *raw,
                                      gboolean      names,
                                      GHashTable   *known);

/* hp-secrets-match.c */
GArray   *_hp_secrets_find_matches   (HpSecrets    *s,
                                      const char   *text,
                                      Folded       *f);

G_END_DECLS
