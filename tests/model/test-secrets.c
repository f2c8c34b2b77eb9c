/* test-secrets.c: what a text would reveal about the client
 *
 * The plan is the kind a caseworker writes: the client's new address in
 * the middle of a sentence, a safe way of contact through a shelter, a
 * child with a personnummer, and texts that mention her by her given name.
 * Every case is tried with the text in NFC and in NFD (decomposed, as some
 * systems paste it).
 */

#include "config.h"

#include <string.h>

#include "hp-model.h"

/* ä and å, composed and decomposed */
#define A_UML_NFC "\xc3\xa4"
#define A_UML_NFD "a\xcc\x88"
#define A_RING_NFC "\xc3\xa5"
#define A_RING_NFD "a\xcc\x8a"
#define O_UML_NFC "\xc3\xb6"

static HpPlan *
messy_plan (void)
{
  HpPlan *plan = hp_plan_new ();
  g_autoptr(HpChild) child = hp_child_new ();

  g_object_set (plan->case_info,
                "client-name", "Johanna Lind",
                "client-id-number", "811218-9876",
                "client-phone", "070-174 01 23",
                "safe-contact", "Via Kvinnojouren Frida, 08-555 123 45",
                "client-whereabouts", "Egen l" A_UML_NFC "genhet sedan 15 november: Vallmov"
                                      A_UML_NFC "gen 12 B, 2 tr, 123 45 Ekby",
                "home-address", "Bj" O_UML_NFC "rkgatan 7, 123 40 Norrvik",
                "caseworker-name", "Maria Holm",
                "caseworker-phone", "070-174 00 10",
                NULL);
  g_object_set (child, "name", "Elsa", "id-number", "20121212-1212", NULL);
  g_list_store_append (plan->case_info->children, child);
  return plan;
}

/* The NFD form of @text: every ä and å decomposed. */
static char *
nfd (const char *text)
{
  return g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
}

/* @text rewritten is @expected, in NFC and in NFD, and reveals @kinds. */
static void
assert_rewrite (HpSecrets    *secrets,
                const char   *text,
                const char   *expected,
                HpSecretKind  kinds)
{
  g_autofree char *decomposed = nfd (text);
  g_autofree char *decomposed_expected = nfd (expected);
  const char *inputs[] = { text, decomposed };
  const char *outputs[] = { expected, decomposed_expected };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      HpSecretKind found = -1;
      g_autofree char *out = hp_secrets_rewrite (secrets, inputs[i], &found);

      g_assert_cmpstr (out, ==, outputs[i]);
      g_assert_cmpint (found, ==, kinds);
      g_assert_cmpint (hp_secrets_find (secrets, inputs[i]), ==, kinds);
    }
}

static void
assert_unchanged (HpSecrets  *secrets,
                  const char *text)
{
  assert_rewrite (secrets, text, text, HP_SECRET_NONE);
}

static void
test_name (void)
{
  g_autoptr(HpPlan) plan = messy_plan ();
  g_autoptr(HpSecrets) secrets = hp_secrets_new (plan, HP_SECRETS_IDENTITY | HP_SECRETS_HOME);

  assert_rewrite (secrets, "Johannas pass och k" O_UML_NFC "rkort", "The client's pass och k"
                  O_UML_NFC "rkort", HP_SECRET_NAME);
  assert_rewrite (secrets, "Syster l" A_UML_NFC "mnar dem till Johanna.",
                  "Syster l" A_UML_NFC "mnar dem till the client.", HP_SECRET_NAME);
  assert_rewrite (secrets, "Johanna Lind h" A_UML_NFC "mtar sj" A_UML_NFC "lv. Johannas mobil.",
                  "The client h" A_UML_NFC "mtar sj" A_UML_NFC "lv. The client's mobil.",
                  HP_SECRET_NAME);
  assert_rewrite (secrets, "JOHANNA LINDS nycklar", "The client's nycklar", HP_SECRET_NAME);
  assert_rewrite (secrets, "Johanna's v" A_UML_NFC "ska", "The client's v" A_UML_NFC "ska",
                  HP_SECRET_NAME);
  /* Another name that begins the same, and the surname of another. */
  assert_unchanged (secrets, "Johannesson och Lindgren b" A_UML_NFC "r kartongerna");
  assert_unchanged (secrets, "Maria Holm ringer");
  /* Another Johanna. */
  assert_unchanged (secrets, "Polisen: Johanna Nilsson");
}

static void
test_name_forms (void)
{
  g_autoptr(HpPlan) plan = messy_plan ();
  g_autoptr(HpSecrets) secrets = NULL;

  /* A name in decomposed form, found in composed text and back. */
  g_object_set (plan->case_info, "client-name", A_RING_NFD "sa " O_UML_NFC "berg", NULL);
  secrets = hp_secrets_new (plan, HP_SECRETS_IDENTITY);
  assert_rewrite (secrets, "Ta \xc3\x85sas v" A_UML_NFC "ska", "Ta the client's v"
                  A_UML_NFC "ska", HP_SECRET_NAME);
  g_clear_pointer (&secrets, hp_secrets_free);

  /* A short given name is a name only with its capital. */
  g_object_set (plan->case_info, "client-name", "Bo Ek", NULL);
  secrets = hp_secrets_new (plan, HP_SECRETS_IDENTITY);
  assert_rewrite (secrets, "Bos nycklar", "The client's nycklar", HP_SECRET_NAME);
  assert_unchanged (secrets, "Barnen ska bo hos mormor");
  g_clear_pointer (&secrets, hp_secrets_free);

  /* A name ending in s takes an apostrophe. */
  g_object_set (plan->case_info, "client-name", "Agnes Berg", NULL);
  secrets = hp_secrets_new (plan, HP_SECRETS_IDENTITY);
  assert_rewrite (secrets, "Agnes' v" A_UML_NFC "ska och Agnes jacka",
                  "The client's v" A_UML_NFC "ska och the client jacka", HP_SECRET_NAME);
  g_clear_pointer (&secrets, hp_secrets_free);

  /* A name in Arabic script, inside Swedish and Arabic text. */
  g_object_set (plan->case_info, "client-name", "رانيا حسن", NULL);
  secrets = hp_secrets_new (plan, HP_SECRETS_IDENTITY);
  assert_rewrite (secrets, "جواز سفر رانيا i byrån", "جواز سفر the client i byrån",
                  HP_SECRET_NAME);
  assert_rewrite (secrets, "Till رانيا حسن.", "Till the client.", HP_SECRET_NAME);
  assert_unchanged (secrets, "رانياه");
  g_clear_pointer (&secrets, hp_secrets_free);

  /* Initials: the whole only. */
  g_object_set (plan->case_info, "client-name", "A. L.", NULL);
  secrets = hp_secrets_new (plan, HP_SECRETS_IDENTITY);
  assert_rewrite (secrets, "Klart med A. L. i dag", "Klart med the client i dag", HP_SECRET_NAME);
  assert_unchanged (secrets, "A. Berg och L. Ek");
}

/* A child whose name the caseworker keeps off sheets is "child N" there,
 * the number of the sheet's owner column; one allowed on sheets keeps it. */
static void
test_child_names (void)
{
  g_autoptr(HpPlan) plan = messy_plan ();
  g_autoptr(HpChild) second = hp_child_new ();
  g_autoptr(HpSecrets) secrets = NULL;
  g_autoptr(HpSecrets) full_plan = NULL;

  g_object_set (second, "name", "Rania Lind", "name-on-sheets", TRUE, NULL);
  g_list_store_append (plan->case_info->children, second);
  g_object_set (plan->case_info, "client-name", "Johanna Lind", NULL);
  secrets = hp_secrets_new (plan, HP_SECRETS_IDENTITY);

  assert_rewrite (secrets, "Elsas vaccinationskort, l" A_UML_NFC "mnas till Rania",
                  "Child 1's vaccinationskort, l" A_UML_NFC "mnas till Rania",
                  HP_SECRET_CHILD_NAME);
  assert_rewrite (secrets, "Gosedjuret till Elsa och Johannas mobil",
                  "Gosedjuret till child 1 och the client's mobil",
                  HP_SECRET_CHILD_NAME | HP_SECRET_NAME);
  assert_unchanged (secrets, "Barnens gosedjur, Ranias ryggs" A_RING_NFC "ck");

  /* Staff see the children's names on the full plan. */
  full_plan = hp_secrets_new (plan, HP_SECRETS_WHEREABOUTS_ONLY);
  assert_unchanged (full_plan, "Elsas vaccinationskort");
}

static void
test_id_numbers (void)
{
  g_autoptr(HpPlan) plan = messy_plan ();
  g_autoptr(HpSecrets) secrets = hp_secrets_new (plan, HP_SECRETS_IDENTITY);
  const char *forms[] = {
    "811218-9876", "811218+9876", "8112189876", "19811218-9876", "198112189876",
    "19811218 9876", "811218 - 9876", "81 12 18-98 76",
  };
  const char *child_forms[] = {
    "20121212-1212", "121212-1212", "1212121212", "201212121212", "121212 1212",
  };

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autofree char *text = g_strdup_printf ("Kortet med pnr %s ligger i l" A_UML_NFC "dan",
                                               forms[i]);

      assert_rewrite (secrets, text, "Kortet med pnr (left out) ligger i l" A_UML_NFC "dan",
                      HP_SECRET_ID_NUMBER);
    }
  for (guint i = 0; i < G_N_ELEMENTS (child_forms); i++)
    {
      g_autofree char *text = g_strdup_printf ("Elsas pass (%s)", child_forms[i]);

      assert_rewrite (secrets, text, "Child 1's pass ((left out))",
                      HP_SECRET_ID_NUMBER | HP_SECRET_CHILD_NAME);
    }
  /* Other numbers, and the same digits inside a longer one. */
  assert_unchanged (secrets, "Ordernummer 8112189877, kvitto 198112189876543");
}

static void
test_phone (void)
{
  g_autoptr(HpPlan) plan = messy_plan ();
  g_autoptr(HpSecrets) secrets = hp_secrets_new (plan, HP_SECRETS_IDENTITY);
  const char *forms[] = {
    "070-174 01 23", "0701740123", "+46 70 174 01 23", "+46701740123", "0046 70 174 01 23",
    "070 - 174 0 1 23", "+46 (0)70-174 01 23", "070\xe2\x80\x93" "174 01 23",
  };

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autofree char *text = g_strdup_printf ("Laddare till mobilen %s, i k" O_UML_NFC "ket",
                                               forms[i]);

      assert_rewrite (secrets, text, "Laddare till mobilen (left out), i k" O_UML_NFC "ket",
                      HP_SECRET_PHONE);
    }
  /* The caseworker's phone and a number that merely ends the same. */
  assert_unchanged (secrets, "Ring handl" A_UML_NFC "ggaren p" A_RING_NFC " 070-174 00 10");
  assert_unchanged (secrets, "Kod 1701740123 till porten");
}

static void
test_whereabouts (void)
{
  g_autoptr(HpPlan) plan = messy_plan ();
  g_autoptr(HpSecrets) secrets = hp_secrets_new (plan, HP_SECRETS_IDENTITY);

  /* The street inside a sentence, with and without the letter. */
  assert_rewrite (secrets, "Flyttkartongerna k" O_UML_NFC "rs till Vallmov" A_UML_NFC "gen 12 B p"
                  A_RING_NFC " fredag",
                  "Flyttkartongerna k" O_UML_NFC "rs till (left out) p" A_RING_NFC " fredag",
                  HP_SECRET_WHEREABOUTS);
  assert_rewrite (secrets, "Lämna vid vallmov" A_UML_NFC "gen 12.", "Lämna vid (left out).",
                  HP_SECRET_WHEREABOUTS);
  /* The postcode and the place. */
  assert_rewrite (secrets, "Posta det till 123 45 Ekby", "Posta det till (left out)",
                  HP_SECRET_WHEREABOUTS);
  assert_rewrite (secrets, "Hon bor i Ekby nu", "Hon bor i (left out) nu", HP_SECRET_WHEREABOUTS);
  /* The whole text, spaced and cased differently. */
  assert_rewrite (secrets, "Adress: egen l" A_UML_NFC "genhet sedan 15  november: vallmov"
                  A_UML_NFC "gen 12 b, 2 tr, 123 45 ekby!",
                  "Adress: (left out)!", HP_SECRET_WHEREABOUTS);

  /* Ordinary words of the whereabouts, another street, a street that
   * begins the same, a phone number with the postcode's digits. */
  assert_unchanged (secrets, "Egen bil sedan i g" A_RING_NFC "r; hon har egen l" A_UML_NFC
                    "genhet sedan 15 november");
  assert_unchanged (secrets, "Vallmo i kruka, 2 tr upp");
  assert_unchanged (secrets, "Ekv" A_UML_NFC "gen 12 B och Ekbyv" A_UML_NFC "gen 3");
  assert_unchanged (secrets, "Fr" A_RING_NFC "ga p" A_RING_NFC " 070-123 45 67");
}

/* Whereabouts written as prose: a street without a street's ending, and
 * words before numbers that are no street. */
static void
test_whereabouts_prose (void)
{
  g_autoptr(HpPlan) plan = messy_plan ();
  g_autoptr(HpSecrets) secrets = NULL;

  g_object_set (plan->case_info, "client-whereabouts",
                "Fr" A_RING_NFC "n 1 december: Storken 5, 2 tr. Vecka 47 hos Frida Berg", NULL);
  secrets = hp_secrets_new (plan, HP_SECRETS_IDENTITY);
  assert_rewrite (secrets, "Kartongerna till Storken 5 och nyckeln till Frida Berg",
                  "Kartongerna till (left out) och nyckeln till (left out)",
                  HP_SECRET_WHEREABOUTS);
  assert_unchanged (secrets, "Klart fr" A_RING_NFC "n 1 december, vecka 47 eller 48");
  assert_unchanged (secrets, "Storkens bo");
}

static void
test_safe_contact (void)
{
  g_autoptr(HpPlan) plan = messy_plan ();
  g_autoptr(HpSecrets) secrets = hp_secrets_new (plan, HP_SECRETS_IDENTITY);

  assert_rewrite (secrets, "Fr" A_RING_NFC "ga Frida eller ring 08-555 12345",
                  "Fr" A_RING_NFC "ga Frida eller ring (left out)", HP_SECRET_SAFE_CONTACT);
  assert_rewrite (secrets, "Kontakt: via kvinnojouren frida,  08-555 123 45.",
                  "Kontakt: (left out).", HP_SECRET_SAFE_CONTACT);
  /* The go-between is whom the staff work with anyway. */
  assert_unchanged (secrets, "Kvinnojouren Frida tar emot sakerna");
}

static void
test_home (void)
{
  g_autoptr(HpPlan) plan = messy_plan ();
  g_autoptr(HpSecrets) away = hp_secrets_new (plan, HP_SECRETS_IDENTITY | HP_SECRETS_HOME);
  g_autoptr(HpSecrets) there = hp_secrets_new (plan, HP_SECRETS_IDENTITY);
  const char *text = "Nyckeln finns hos grannen p" A_RING_NFC " Bj" O_UML_NFC "rkgatan 7";

  assert_rewrite (away, text, "Nyckeln finns hos grannen p" A_RING_NFC " (left out)",
                  HP_SECRET_HOME);
  assert_unchanged (there, text);
  /* The home's town is no secret: the police and the site are there too. */
  assert_unchanged (away, "Polisen Norrvik, Torget 1, 123 30 Norrvik");
}

static void
test_full_plan (void)
{
  g_autoptr(HpPlan) plan = messy_plan ();
  HpSecrets *secrets = hp_secrets_new (plan, HP_SECRETS_WHEREABOUTS_ONLY);

  /* The staff know who the client is; not where she is. */
  assert_rewrite (secrets, "Johanna Lind, 811218-9876, bor p" A_RING_NFC " Vallmov" A_UML_NFC
                  "gen 12 B",
                  "Johanna Lind, 811218-9876, bor p" A_RING_NFC " (left out)",
                  HP_SECRET_WHEREABOUTS);
  g_clear_pointer (&secrets, hp_secrets_free);

  /* Her name is not where she is, though the shelter bears it too. */
  g_object_set (plan->case_info, "client-name", "Frida Ek",
                "client-whereabouts", "Kvinnojouren Frida i Ekby", NULL);
  secrets = hp_secrets_new (plan, HP_SECRETS_WHEREABOUTS_ONLY);
  assert_unchanged (secrets, "Frida Ek");
  assert_rewrite (secrets, "Frida bor p" A_RING_NFC " kvinnojouren Frida", "Frida bor p" A_RING_NFC
                  " (left out)", HP_SECRET_WHEREABOUTS);
  hp_secrets_free (secrets);
}

static void
test_several (void)
{
  g_autoptr(HpPlan) plan = messy_plan ();
  g_autoptr(HpSecrets) secrets = hp_secrets_new (plan, HP_SECRETS_IDENTITY | HP_SECRETS_HOME);
  const char *plain = "Inget h" A_UML_NFC "r";
  const char *text;

  assert_rewrite (secrets, "Johannas mobil (+46 70 174 01 23) till Vallmov" A_UML_NFC "gen 12 B.",
                  "The client's mobil ((left out)) till (left out).",
                  HP_SECRET_NAME | HP_SECRET_PHONE | HP_SECRET_WHEREABOUTS);

  /* What a document prints is counted, by kind. */
  g_assert_true (hp_secrets_apply (secrets, plain) == plain);
  text = hp_secrets_apply (secrets, "Johannas pass, Johannas kort, 0701740123");
  g_assert_cmpstr (text, ==, "The client's pass, the client's kort, (left out)");
  hp_secrets_apply (secrets, "Till Johanna");
  g_assert_cmpuint (hp_secrets_get_n_replaced (secrets, HP_SECRET_NAME), ==, 3);
  g_assert_cmpuint (hp_secrets_get_n_replaced (secrets, HP_SECRET_PHONE), ==, 1);
  g_assert_cmpuint (hp_secrets_get_n_replaced (secrets, HP_SECRET_WHEREABOUTS), ==, 0);
}

/* A text of 256 kB is read in well under a second. */
static void
test_long_text (void)
{
  g_autoptr(HpPlan) plan = messy_plan ();
  g_autoptr(HpSecrets) secrets = hp_secrets_new (plan, HP_SECRETS_IDENTITY | HP_SECRETS_HOME);
  GString *text = g_string_new (NULL);
  g_autofree char *out = NULL;
  HpSecretKind found;
  gint64 start;
  guint n = 0;

  while (text->len < 256 * 1024)
    {
      g_string_append (text, "Kartong med k" O_UML_NFC "ksgrejer, 12 st, v" A_UML_NFC "g 3 kg. ");
      if (++n % 100 == 0)
        g_string_append (text, "Johannas ");
    }
  start = g_get_monotonic_time ();
  out = hp_secrets_rewrite (secrets, text->str, &found);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
  g_assert_cmpint (found, ==, HP_SECRET_NAME);
  g_assert_null (strstr (out, "Johanna"));
  g_assert_cmpuint (strlen (out), ==,
                    text->len + (n / 100) * (strlen ("the client's ") - strlen ("Johannas ")));
  g_string_free (text, TRUE);

  /* Decomposed letters and Arabic, nothing ASCII to speed it up. */
  text = g_string_new (NULL);
  while (text->len < 256 * 1024)
    g_string_append (text, "Sma" A_UML_NFD "ttering och k" A_RING_NFD "pa, ملابس الأطفال. ");
  g_string_append (text, "Vallmova" "\xcc\x88" "gen 12 B");
  g_clear_pointer (&out, g_free);
  start = g_get_monotonic_time ();
  out = hp_secrets_rewrite (secrets, text->str, &found);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
  g_assert_cmpint (found, ==, HP_SECRET_WHEREABOUTS);
  g_assert_true (g_str_has_suffix (out, "ملابس الأطفال. (left out)"));
  g_assert_cmpuint (strlen (out), ==,
                    text->len - strlen ("Vallmova\xcc\x88gen 12 B") + strlen ("(left out)"));
  g_string_free (text, TRUE);
}

/* Characters that print as nothing (or that the layout strips before
 * drawing) do not hide a secret, and the replacement covers them. */
static void
test_invisible (void)
{
  g_autoptr(HpPlan) plan = messy_plan ();
  g_autoptr(HpSecrets) secrets = hp_secrets_new (plan, HP_SECRETS_IDENTITY | HP_SECRETS_HOME);
  const char *hidden[] = {
    "\xc2\xad",      /* soft hyphen */
    "\xe2\x80\x8b",  /* zero-width space */
    "\xe2\x80\x8c",  /* ZWNJ */
    "\xe2\x80\x8d",  /* ZWJ */
    "\xe2\x81\xa0",  /* word joiner */
    "\xef\xbb\xbf",  /* BOM */
    "\xcd\x8f",      /* combining grapheme joiner */
    "\xef\xb8\x8f",  /* variation selector 16 */
    "\xe2\x80\xae",  /* right-to-left override */
    "\xe2\x81\xa6",  /* left-to-right isolate */
  };

  for (guint i = 0; i < G_N_ELEMENTS (hidden); i++)
    {
      g_autofree char *street = g_strdup_printf ("Packa i Vallmo%sv" A_UML_NFC "gen 12 B",
                                                 hidden[i]);
      g_autofree char *name = g_strdup_printf ("Johan%sna h" A_UML_NFC "mtar", hidden[i]);
      g_autofree char *genitive = g_strdup_printf ("Johan%snas pass", hidden[i]);
      g_autofree char *phone = g_strdup_printf ("Ring 070%s-174 01 23", hidden[i]);

      assert_rewrite (secrets, street, "Packa i (left out)", HP_SECRET_WHEREABOUTS);
      assert_rewrite (secrets, name, "The client h" A_UML_NFC "mtar", HP_SECRET_NAME);
      assert_rewrite (secrets, genitive, "The client's pass", HP_SECRET_NAME);
      assert_rewrite (secrets, phone, "Ring (left out)", HP_SECRET_PHONE);
    }
  /* A bidi isolate around the name: the name and the marks inside go. */
  assert_rewrite (secrets, "Till \xe2\x81\xa6Johanna Lind\xe2\x81\xa9.",
                  "Till \xe2\x81\xa6the client\xe2\x81\xa9.", HP_SECRET_NAME);
  assert_unchanged (secrets, "Packa\xc2\xad" "kartonger");
}

/* The given name before a capitalised word that is no other person's
 * name. */
static void
test_name_before_capital (void)
{
  g_autoptr(HpPlan) plan = messy_plan ();
  g_autoptr(HpSecrets) secrets = NULL;

  g_object_set (plan->case_info, "client-name", "Johanna Maria Svensson", NULL);
  secrets = hp_secrets_new (plan, HP_SECRETS_IDENTITY);
  assert_rewrite (secrets, "Johanna Svensson " O_UML_NFC "ppnar", "The client " O_UML_NFC "ppnar",
                  HP_SECRET_NAME);
  assert_rewrite (secrets, "Nyckeln till Johanna Svenssons v" A_UML_NFC "n",
                  "Nyckeln till the client's v" A_UML_NFC "n", HP_SECRET_NAME);
  assert_rewrite (secrets, "JOHANNA H\xc3\x84MTAR SJ\xc3\x84LV",
                  "The client H\xc3\x84MTAR SJ\xc3\x84LV", HP_SECRET_NAME);
  assert_rewrite (secrets, "Johanna S. packar", "The client S. packar", HP_SECRET_NAME);
  /* The middle name alone is no secret; the given name before it is. */
  assert_rewrite (secrets, "Johanna Maria packar", "The client Maria packar", HP_SECRET_NAME);
  /* Another Johanna still. */
  assert_unchanged (secrets, "Polisen: Johanna Nilsson");
  assert_unchanged (secrets, "Johanna Nilssons bil");
}

/* A name stored surname first, with a comma. */
static void
test_name_comma (void)
{
  g_autoptr(HpPlan) plan = messy_plan ();
  g_autoptr(HpSecrets) secrets = NULL;

  g_object_set (plan->case_info, "client-name", "Svensson, Johanna", NULL);
  secrets = hp_secrets_new (plan, HP_SECRETS_IDENTITY);
  assert_rewrite (secrets, "Johannas pass", "The client's pass", HP_SECRET_NAME);
  assert_rewrite (secrets, "Till Johanna Svensson.", "Till the client.", HP_SECRET_NAME);
  assert_rewrite (secrets, "Svensson, Johanna (klient)", "The client (klient)", HP_SECRET_NAME);
  g_clear_pointer (&secrets, hp_secrets_free);

  /* Punctuation on a name word is not part of the name. */
  g_object_set (plan->case_info, "client-name", "\"Johanna\" Svensson;", NULL);
  secrets = hp_secrets_new (plan, HP_SECRETS_IDENTITY);
  assert_rewrite (secrets, "Johannas pass", "The client's pass", HP_SECRET_NAME);
  assert_unchanged (secrets, "Svensson-familjen");
}

/* A place that begins a sentence or a part, and a place in the
 * genitive. */
static void
test_whereabouts_sentence_start (void)
{
  g_autoptr(HpPlan) plan = messy_plan ();
  g_autoptr(HpSecrets) secrets = NULL;

  g_object_set (plan->case_info, "client-whereabouts",
                "Malm" O_UML_NFC ", hos mamma. Ekby efter jul", NULL);
  secrets = hp_secrets_new (plan, HP_SECRETS_IDENTITY);
  assert_rewrite (secrets, "K" O_UML_NFC "r dem till Malm" O_UML_NFC,
                  "K" O_UML_NFC "r dem till (left out)", HP_SECRET_WHEREABOUTS);
  assert_rewrite (secrets, "Sedan till Ekby", "Sedan till (left out)", HP_SECRET_WHEREABOUTS);
  assert_rewrite (secrets, "L" A_UML_NFC "mna i Ekbys f" O_UML_NFC "rr" A_RING_NFC "d",
                  "L" A_UML_NFC "mna i (left out) f" O_UML_NFC "rr" A_RING_NFC "d",
                  HP_SECRET_WHEREABOUTS);
  assert_unchanged (secrets, "Ring mamma efter jul");
  g_clear_pointer (&secrets, hp_secrets_free);

  /* The first words of the messy plan's whereabouts stay words. */
  secrets = hp_secrets_new (plan, HP_SECRETS_IDENTITY);
  assert_rewrite (secrets, "L" A_UML_NFC "mna i Ekbys f" O_UML_NFC "rr" A_RING_NFC "d",
                  "L" A_UML_NFC "mna i (left out) f" O_UML_NFC "rr" A_RING_NFC "d",
                  HP_SECRET_WHEREABOUTS);
  assert_unchanged (secrets, "Egen bil, sedan 15 november");
  g_clear_pointer (&secrets, hp_secrets_free);

  g_object_set (plan->case_info, "client-whereabouts",
                "Fr" A_RING_NFC "n 1 december: Storken 5. Bor hos Frida", NULL);
  secrets = hp_secrets_new (plan, HP_SECRETS_IDENTITY);
  assert_unchanged (secrets, "Fr" A_RING_NFC "n 1 december bor barnen hemma. Bor de kvar?");
  assert_unchanged (secrets, "Vi b" O_UML_NFC "rjar fr" A_RING_NFC "n b" O_UML_NFC "rjan");
}

/* Phone numbers with a slash, and in other digits. */
static void
test_phone_forms (void)
{
  g_autoptr(HpPlan) plan = messy_plan ();
  g_autoptr(HpSecrets) secrets = NULL;

  g_object_set (plan->case_info, "client-phone", "073/111 22 33", NULL);
  secrets = hp_secrets_new (plan, HP_SECRETS_IDENTITY);
  assert_rewrite (secrets, "Ring 073-111 22 33", "Ring (left out)", HP_SECRET_PHONE);
  assert_rewrite (secrets, "Ring 073/111 22 33 efter fem", "Ring (left out) efter fem",
                  HP_SECRET_PHONE);
  assert_rewrite (secrets, "\xd8\xb1\xd9\x82\xd9\x85 "
                  "\xd9\xa0\xd9\xa7\xd9\xa3\xd9\xa1\xd9\xa1"
                  "\xd9\xa1\xd9\xa2\xd9\xa2\xd9\xa3\xd9\xa3",
                  "\xd8\xb1\xd9\x82\xd9\x85 (left out)", HP_SECRET_PHONE);
  g_clear_pointer (&secrets, hp_secrets_free);

  /* The number typed in Arabic-Indic digits, found in ASCII. */
  g_object_set (plan->case_info, "client-phone",
                "\xd9\xa0\xd9\xa7\xd9\xa3/\xd9\xa1\xd9\xa1\xd9\xa1 "
                "\xd9\xa2\xd9\xa2 \xd9\xa3\xd9\xa3",
                NULL);
  secrets = hp_secrets_new (plan, HP_SECRETS_IDENTITY);
  assert_rewrite (secrets, "Ring 0731112233", "Ring (left out)", HP_SECRET_PHONE);
  /* And the personnummer in full-width digits. */
  assert_rewrite (secrets, "Pnr \xef\xbc\x98\xef\xbc\x91\xef\xbc\x91\xef\xbc\x92\xef\xbc\x91"
                  "\xef\xbc\x98-9876", "Pnr (left out)", HP_SECRET_ID_NUMBER);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hp/secrets/name", test_name);
  g_test_add_func ("/hp/secrets/name-forms", test_name_forms);
  g_test_add_func ("/hp/secrets/child-names", test_child_names);
  g_test_add_func ("/hp/secrets/id-numbers", test_id_numbers);
  g_test_add_func ("/hp/secrets/phone", test_phone);
  g_test_add_func ("/hp/secrets/whereabouts", test_whereabouts);
  g_test_add_func ("/hp/secrets/whereabouts-prose", test_whereabouts_prose);
  g_test_add_func ("/hp/secrets/safe-contact", test_safe_contact);
  g_test_add_func ("/hp/secrets/home", test_home);
  g_test_add_func ("/hp/secrets/full-plan", test_full_plan);
  g_test_add_func ("/hp/secrets/several", test_several);
  g_test_add_func ("/hp/secrets/long-text", test_long_text);
  g_test_add_func ("/hp/secrets/invisible", test_invisible);
  g_test_add_func ("/hp/secrets/name-before-capital", test_name_before_capital);
  g_test_add_func ("/hp/secrets/name-comma", test_name_comma);
  g_test_add_func ("/hp/secrets/whereabouts-sentence-start", test_whereabouts_sentence_start);
  g_test_add_func ("/hp/secrets/phone-forms", test_phone_forms);

  return g_test_run ();
}
