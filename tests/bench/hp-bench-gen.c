/* hp-bench-gen.c: writes realistic, made-up plans of any size for the benchmarks
 *
 *   hp-bench-gen --items N [--seed S] --output PLAN.hamtplan
 *
 * The plan is built through the model and saved with hp_plan_file_save (), so
 * the file is exactly what the application would write.  Every name, number
 * and address is invented; personnummer carry a valid check digit on made-up
 * dates.  The same N and seed always give the same file, byte for byte.
 * The file is loaded back and compared before the generator succeeds.
 */

#define G_LOG_DOMAIN "hp-bench-gen"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "hp-model.h"
#include "hp-plan-file.h"

typedef struct
{
  const char    *name;
  HpItemCategory category;
} ItemKind;

static const ItemKind item_kinds[] = {
  { "Pass", HP_ITEM_CATEGORY_IDENTITY },
  { "Nationellt id-kort", HP_ITEM_CATEGORY_IDENTITY },
  { "Körkort", HP_ITEM_CATEGORY_IDENTITY },
  { "Uppehållstillståndskort", HP_ITEM_CATEGORY_IDENTITY },
  { "Personbevis", HP_ITEM_CATEGORY_IDENTITY },
  { "Barnens pass", HP_ITEM_CATEGORY_IDENTITY },
  { "Blodtrycksmedicin", HP_ITEM_CATEGORY_MEDICINE },
  { "Insulinpennor och kanyler", HP_ITEM_CATEGORY_MEDICINE },
  { "Astmainhalator", HP_ITEM_CATEGORY_MEDICINE },
  { "Antidepressiva tabletter", HP_ITEM_CATEGORY_MEDICINE },
  { "Receptlista från vårdcentralen", HP_ITEM_CATEGORY_MEDICINE },
  { "Epipen", HP_ITEM_CATEGORY_MEDICINE },
  { "Glasögon", HP_ITEM_CATEGORY_AIDS },
  { "Kontaktlinser och vätska", HP_ITEM_CATEGORY_AIDS },
  { "Hörapparat med laddare", HP_ITEM_CATEGORY_AIDS },
  { "Rollator", HP_ITEM_CATEGORY_AIDS },
  { "Kryckor", HP_ITEM_CATEGORY_AIDS },
  { "Vinterjacka", HP_ITEM_CATEGORY_CLOTHES },
  { "Vinterskor", HP_ITEM_CATEGORY_CLOTHES },
  { "Underkläder och strumpor", HP_ITEM_CATEGORY_CLOTHES },
  { "Arbetskläder", HP_ITEM_CATEGORY_CLOTHES },
  { "Regnkläder", HP_ITEM_CATEGORY_CLOTHES },
  { "Barnens overaller", HP_ITEM_CATEGORY_CLOTHES },
  { "Gympakläder", HP_ITEM_CATEGORY_CLOTHES },
  { "Bankdosa", HP_ITEM_CATEGORY_FINANCE },
  { "Bankkort", HP_ITEM_CATEGORY_FINANCE },
  { "Kontoutdrag", HP_ITEM_CATEGORY_FINANCE },
  { "Lönespecifikationer", HP_ITEM_CATEGORY_FINANCE },
  { "Hyreskontrakt", HP_ITEM_CATEGORY_FINANCE },
  { "Försäkringsbrev", HP_ITEM_CATEGORY_FINANCE },
  { "Betyg och examensbevis", HP_ITEM_CATEGORY_DOCUMENTS },
  { "Anställningsavtal", HP_ITEM_CATEGORY_DOCUMENTS },
  { "Beslut från Migrationsverket", HP_ITEM_CATEGORY_DOCUMENTS },
  { "Vaccinationskort", HP_ITEM_CATEGORY_DOCUMENTS },
  { "Journalkopior", HP_ITEM_CATEGORY_DOCUMENTS },
  { "Deklarationspapper", HP_ITEM_CATEGORY_DOCUMENTS },
  { "Fotoalbum", HP_ITEM_CATEGORY_MEMENTOS },
  { "Mammas smycken", HP_ITEM_CATEGORY_MEMENTOS },
  { "Vigselring", HP_ITEM_CATEGORY_MEMENTOS },
  { "Brev från släkten", HP_ITEM_CATEGORY_MEMENTOS },
  { "Koranen", HP_ITEM_CATEGORY_MEMENTOS },
  { "Tavla från hemlandet", HP_ITEM_CATEGORY_MEMENTOS },
  { "Gosedjur", HP_ITEM_CATEGORY_CHILDRENS_THINGS },
  { "Nappflaskor", HP_ITEM_CATEGORY_CHILDRENS_THINGS },
  { "Skolväska", HP_ITEM_CATEGORY_CHILDRENS_THINGS },
  { "Barnvagn", HP_ITEM_CATEGORY_CHILDRENS_THINGS },
  { "Cykel med hjälm", HP_ITEM_CATEGORY_CHILDRENS_THINGS },
  { "Leksaker", HP_ITEM_CATEGORY_CHILDRENS_THINGS },
  { "Mobiltelefon", HP_ITEM_CATEGORY_ELECTRONICS },
  { "Mobilladdare", HP_ITEM_CATEGORY_ELECTRONICS },
  { "Bärbar dator", HP_ITEM_CATEGORY_ELECTRONICS },
  { "Surfplatta", HP_ITEM_CATEGORY_ELECTRONICS },
  { "Extern hårddisk med bilder", HP_ITEM_CATEGORY_ELECTRONICS },
  { "Spelkonsol", HP_ITEM_CATEGORY_ELECTRONICS },
  { "Bilnycklar", HP_ITEM_CATEGORY_KEYS },
  { "Nyckel till förrådet", HP_ITEM_CATEGORY_KEYS },
  { "Cykelnyckel", HP_ITEM_CATEGORY_KEYS },
  { "Nyckelbricka till tvättstugan", HP_ITEM_CATEGORY_KEYS },
  { "Symaskin", HP_ITEM_CATEGORY_OTHER },
  { "Bönematta", HP_ITEM_CATEGORY_OTHER },
  { "Kattbur och kattmat", HP_ITEM_CATEGORY_OTHER },
  { "Strykjärn", HP_ITEM_CATEGORY_OTHER },
  { "Täcke och kudde", HP_ITEM_CATEGORY_OTHER },
};

static const char *qualifiers[] = {
  "", "", "", "", "svart", "blå", "grå", "röd", "grön", "vit", "rosa", "brun",
  "den gamla", "den nya", "den lilla", "den stora", "i kartong", "i plastpåse", "två st",
  "tre st", "i röd väska", "i blå väska", "märkt med namn", "i skokartong", "i pärm",
  "med fodral", "med laddare", "i påse från Ica", "i resväskan", "i ryggsäcken",
  "i hatthyllan", "från mormor", "från jobbet", "köpt i år", "med kvitto", "trasig",
  "i originalförpackning", "i en låda med lock", "inslagen i handduk", "i necessären",
};

/* Whose it is, in the item's name, as a client would say it. */
static const char *possessives[] = {
  "", "", "", "", "", "", "", "", "", "", "",
  "Elins", "Saras", "Amiras", "Leylas", "Noras", "Ibrahims", "Adams", "Lukas",
  "mammas", "pappas", "farmors",
};

static const char *rooms[] = {
  "Sovrummet", "Hallen", "Köket", "Vardagsrummet", "Badrummet", "Barnens rum",
  "Förrådet i källaren", "Balkongen", "Klädkammaren", "Arbetsrummet",
};

static const char *places[] = {
  "garderoben", "översta hyllan", "byrålådan", "skrivbordslådan", "under sängen",
  "bokhyllan", "skåpet vid dörren", "kartong märkt \"Vinter\"", "medicinskåpet",
  "bänken vid fönstret", "väggskåpet", "lådan under spisen",
};

static const char *notes[] = {
  "", "", "", "", "", "",
  "Klienten vet inte säkert var den ligger",
  "Fråga efter den om den inte finns på plats",
  "Viktig, behövs till möte med Försäkringskassan",
  "Kan ha flyttats av motparten",
  "Kontrollera att alla delar finns med",
  "Går att ersätta om tiden inte räcker",
  "Barnet frågar efter den varje dag",
};

static const char *first_names[] = {
  "Anna", "Maria", "Fatima", "Sara", "Elin", "Amira", "Johanna", "Leyla", "Karin", "Nour",
  "Erik", "Johan", "Ahmed", "Mikael", "Ali", "Lars", "Omar", "Anders", "Jonas", "Hassan",
};

static const char *last_names[] = {
  "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
  "Persson", "Svensson", "Gustafsson", "Hussein", "Mohammed", "Lindqvist", "Berg",
};

static const char *measure_titles[] = {
  "Två ur personalen följer med",
  "Åk inte om motparten är hemma, om inte polisen är med",
  "Tidsgräns på plats: 30 minuter",
  "Mobiltelefoner laddade, 112 inprogrammerat",
  "Kodord överenskommet med kontoret",
  "Ring in till kontoret vid ankomst och avfärd",
  "Parkera för snabb avfärd",
  "Gå igenom vägen ut innan ni går in",
  "Informera klienten om risken för spårning (appar, GPS, AirTag)",
  "Kontrollera väskor och leksaker från motparten efter spårsändare",
  "Bestäm vem som bär vad innan ni går in",
  "Vaktbolaget väntar i trapphuset",
};

typedef struct
{
  GRand  *rand;
  HpPlan *plan;
} Gen;

static const char *
pick (Gen         *gen,
      const char **strings,
      guint        n)
{
  return strings[g_rand_int_range (gen->rand, 0, (gint32) n)];
}

#define PICK(gen, array) pick ((gen), (array), G_N_ELEMENTS (array))

static char *
person_name (Gen *gen)
{
  return g_strdup_printf ("%s %s", PICK (gen, first_names), PICK (gen, last_names));
}

static char *
phone (Gen *gen)
{
  return g_strdup_printf ("070-%03d %02d %02d", g_rand_int_range (gen->rand, 0, 1000),
                          g_rand_int_range (gen->rand, 0, 100),
                          g_rand_int_range (gen->rand, 0, 100));
}

/* A made-up personnummer, YYYYMMDD-NNNN, with a valid Luhn digit. */
static char *
id_number (Gen *gen,
           int  year)
{
  char ten[11];
  int sum = 0;

  g_snprintf (ten, sizeof ten, "%02d%02d%02d%03d", year % 100,
              g_rand_int_range (gen->rand, 1, 13), g_rand_int_range (gen->rand, 1, 29),
              g_rand_int_range (gen->rand, 0, 1000));
  for (int i = 0; i < 9; i++)
    {
      int d = (ten[i] - '0') * (i % 2 == 0 ? 2 : 1);

      sum += d > 9 ? d - 9 : d;
    }
  return g_strdup_printf ("%02d%.6s-%.3s%d", year / 100, ten, ten + 6, (10 - sum % 10) % 10);
}

static char *
date_in (Gen *gen,
         int  year,
         int  month)
{
  return g_strdup_printf ("%04d-%02d-%02d", year, month, g_rand_int_range (gen->rand, 1, 29));
}

static void
fill_case (Gen *gen,
           int  n_children)
{
  HpCase *c = gen->plan->case_info;
  g_autofree char *client = person_name (gen);
  g_autofree char *client_id = id_number (gen, 1988);
  g_autofree char *client_phone = phone (gen);
  g_autofree char *caseworker = person_name (gen);
  g_autofree char *caseworker_phone = g_strdup_printf ("08-508 %02d %03d",
                                                       g_rand_int_range (gen->rand, 10, 100),
                                                       g_rand_int_range (gen->rand, 0, 1000));
  g_autofree char *second = person_name (gen);
  g_autofree char *second_phone = phone (gen);
  g_autoptr(GPtrArray) children = g_ptr_array_new_with_free_func (g_object_unref);

  g_object_set (c,
                "reference", "IFO 2026-04117",
                "client-name", client,
                "client-id-number", client_id,
                "client-phone", client_phone,
                "safe-contact", "Ring på dagtid via kvinnojouren Tjejzonen, fråga efter Lena.\n"
                                "Inga sms: motparten kan läsa dem.",
                "client-whereabouts", "Skyddat boende, adressen finns i akten",
                "protection", HP_PROTECTION_CONFIDENTIALITY_MARKING,
                "interpreter-needed", TRUE,
                "interpreter-language", "arabiska",
                "home-address", "Storgatan 12, 3 tr\n123 45 Sundby",
                "home-holder", HP_HOME_HOLDER_JOINT,
                "home-holder-note", "Hyreskontraktet står på båda",
                "caseworker-name", caseworker,
                "caseworker-unit", "Socialtjänsten, enheten för våld i nära relationer",
                "caseworker-phone", caseworker_phone,
                "second-staff-name", second,
                "second-staff-phone", second_phone,
                "needed-by", "2026-12-01",
                "notes", "Klienten lämnade bostaden 2026-11-02 med barnen.\n"
                         "Motparten har hotat att slänga hennes saker.",
                NULL);

  for (int i = 0; i < n_children; i++)
    {
      HpChild *child = hp_child_new ();
      g_autofree char *id = g_strdup_printf ("b%d", i + 1);
      g_autofree char *name = g_strdup_printf ("%s %s", PICK (gen, first_names),
                                               PICK (gen, last_names));
      g_autofree char *number = id_number (gen, 2014 + i * 3);

      g_object_set (child, "id", id, "name", name, "id-number", number,
                    "note", i == 0 ? "Går i skolan i Sundby, vill ha sin cykel" : "", NULL);
      g_ptr_array_add (children, child);
    }
  g_list_store_splice (c->children, 0, 0, children->pdata, children->len);
}

static void
fill_risk (Gen *gen)
{
  HpRisk *risk = gen->plan->risk;
  g_autofree char *other = person_name (gen);
  struct
  {
    HpRiskSubject subject;
    HpInstrument instrument;
    HpRiskLevel level;
    const char *summary;
  } assessments[] = {
    { HP_RISK_SUBJECT_CLIENT, HP_INSTRUMENT_FREDA_SHORT, HP_RISK_LEVEL_HIGH,
      "Upprepat våld under två år, hot med kniv i oktober." },
    { HP_RISK_SUBJECT_CLIENT, HP_INSTRUMENT_FREDA_DANGEROUSNESS, HP_RISK_LEVEL_HIGH,
      "Hög risk för nytt våld, särskilt vid separation." },
    { HP_RISK_SUBJECT_STAFF, HP_INSTRUMENT_OTHER, HP_RISK_LEVEL_MODERATE,
      "Motparten har uppträtt hotfullt mot personal vid ett tidigare besök." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (assessments); i++)
    {
      g_autoptr(HpAssessment) a = hp_assessment_new ();
      g_autofree char *by = person_name (gen);

      g_object_set (a,
                    "subject", assessments[i].subject,
                    "instrument", assessments[i].instrument,
                    "instrument-other", assessments[i].instrument == HP_INSTRUMENT_OTHER
                                        ? "Strukturerad bedömning enligt enhetens rutin" : "",
                    "date", "2026-11-05",
                    "assessed-by", by,
                    "level", assessments[i].level,
                    "summary", assessments[i].summary,
                    NULL);
      g_list_store_append (risk->assessments, a);
    }

  g_object_set (risk,
                "other-party-name", other,
                "other-party-expected-home", HP_ANSWER_NO,
                "weapons", HP_ANSWER_YES,
                "weapons-note", "Jaktgevär i vapenskåp enligt klienten",
                "threats", HP_ANSWER_YES,
                "threats-note", "Sms med hot om att förstöra hennes saker",
                "restraining-order", HP_RESTRAINING_ORDER_IN_FORCE,
                "restraining-order-until", "2027-05-10",
                "decision", HP_DECISION_GO,
                "decision-reason", "Genomförs med polis och vaktbolag när motparten är på arbetet.",
                "decision-date", "2026-11-10",
                "decided-by", "Enhetschef Eva Lund",
                NULL);
}

static void
fill_support (Gen *gen)
{
  g_object_set (gen->plan->support,
                "way", HP_SUPPORT_WAY_ACCOMPANY,
                "alternatives", "Vaktbolag hämtar om klienten inte orkar följa med.",
                "other-party-takes-part", HP_ANSWER_NO,
                "staff-position", HP_STAFF_POSITION_STAIRWELL,
                "staff-enter-home", TRUE,
                "rooms-to-enter", "Hallen och sovrummet",
                "time-on-site-minutes", 45,
                "client-told-police-duty", TRUE,
                "other-party-informed", FALSE,
                "planning-notes", "Samordna tiden med polisen i Sundby.\nBeställ flyttlådor.",
                "execution-notes", "",
                NULL);
}

static const struct
{
  HpContactKind kind;
  const char *organisation;
  const char *role;
} contact_kinds[] = {
  { HP_CONTACT_KIND_POLICE, "Polisen, region Öst", "Närvarar vid hämtningen" },
  { HP_CONTACT_KIND_SECURITY_COMPANY, "Trygga Väktare AB", "Två väktare i trapphuset" },
  { HP_CONTACT_KIND_RELATIVE, "", "Klientens syster, bär och kör" },
  { HP_CONTACT_KIND_HANDOVER_SITE, "Medborgarkontoret Sundby", "Neutral plats om motparten lämnar över" },
  { HP_CONTACT_KIND_WOMENS_SHELTER, "Kvinnojouren Tjejzonen", "Stöd till klienten efteråt" },
  { HP_CONTACT_KIND_INTERPRETER, "Tolkservice Öst", "Arabisk tolk på plats" },
  { HP_CONTACT_KIND_LAWYER, "Advokatbyrån Lind & Ek", "Klientens ombud i bodelningen" },
};

static void
fill_contacts (Gen *gen,
               int  n)
{
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);

  for (int i = 0; i < n; i++)
    {
      HpContact *contact = hp_contact_new ();
      guint k = (guint) i % G_N_ELEMENTS (contact_kinds);
      g_autofree char *id = g_strdup_printf ("k%d", i + 1);
      g_autofree char *name = person_name (gen);
      g_autofree char *number = phone (gen);
      g_autofree char *person = person_name (gen);

      g_object_set (contact,
                    "id", id,
                    "kind", contact_kinds[k].kind,
                    "name", name,
                    "organisation", contact_kinds[k].organisation,
                    "phone", number,
                    "address", contact_kinds[k].kind == HP_CONTACT_KIND_HANDOVER_SITE
                               ? "Torget 1\n123 40 Sundby" : "",
                    "role", contact_kinds[k].role,
                    "request-date", contact_kinds[k].kind == HP_CONTACT_KIND_POLICE ? "2026-11-11" : "",
                    "granted", contact_kinds[k].kind == HP_CONTACT_KIND_POLICE ? HP_ANSWER_YES
                                                                               : HP_ANSWER_UNKNOWN,
                    "contact-person", person,
                    "note", "",
                    NULL);
      g_ptr_array_add (contacts, contact);
    }
  g_list_store_splice (gen->plan->contacts, 0, 0, contacts->pdata, contacts->len);
}

static void
fill_items (Gen *gen,
            int  n,
            int  n_children)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_full ((guint) n, g_object_unref);

  for (int i = 0; i < n; i++)
    {
      HpItem *item = hp_item_new ();
      const ItemKind *kind = &item_kinds[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (item_kinds))];
      const char *qualifier = PICK (gen, qualifiers);
      const char *whose = PICK (gen, possessives);
      int shelf = g_rand_int_range (gen->rand, -6, 7);
      g_autofree char *base = *qualifier ? g_strdup_printf ("%s, %s", kind->name, qualifier)
                                         : g_strdup (kind->name);
      g_autofree char *name = *whose ? g_strdup_printf ("%s (%s)", base, whose)
                                     : g_steal_pointer (&base);
      /* Rooms and places repeat, as they do in a home; a shelf now and then. */
      g_autofree char *location = shelf > 0
        ? g_strdup_printf ("%s, %s, hylla %d", PICK (gen, rooms), PICK (gen, places), shelf)
        : g_strdup_printf ("%s, %s", PICK (gen, rooms), PICK (gen, places));
      g_autofree char *owner = NULL;
      int p = g_rand_int_range (gen->rand, 0, 10);
      gboolean from_other = g_rand_int_range (gen->rand, 0, 12) == 0;

      if (n_children > 0 && (kind->category == HP_ITEM_CATEGORY_CHILDRENS_THINGS ||
                             g_rand_int_range (gen->rand, 0, 5) == 0))
        owner = g_strdup_printf ("b%d", g_rand_int_range (gen->rand, 1, n_children + 1));

      g_object_set (item,
                    "name", name,
                    "category", kind->category,
                    "owner", owner,
                    "priority", p < 3 ? HP_PRIORITY_MUST : p < 7 ? HP_PRIORITY_SHOULD
                                                                 : HP_PRIORITY_IF_POSSIBLE,
                    "location", location,
                    "note", PICK (gen, notes),
                    "from-other-party", from_other,
                    "status", HP_ITEM_STATUS_PLANNED,
                    "tracker-checked", from_other && g_rand_boolean (gen->rand),
                    NULL);
      g_ptr_array_add (items, item);
    }
  g_list_store_splice (gen->plan->items, 0, 0, items->pdata, items->len);
}

static void
fill_measures (Gen *gen)
{
  for (guint i = 0; i < G_N_ELEMENTS (measure_titles); i++)
    {
      g_autoptr(HpMeasure) m = hp_measure_new ();
      g_autofree char *who = person_name (gen);

      g_object_set (m, "title", measure_titles[i], "responsible", who,
                    "done", i % 3 == 0, "note", i == 2 ? "Enligt beslut från enhetschefen" : "",
                    NULL);
      g_list_store_append (gen->plan->measures, m);
    }
}

static void
fill_visits (Gen *gen,
             int  n)
{
  for (int i = 0; i < n; i++)
    {
      g_autoptr(HpVisit) v = hp_visit_new ();
      g_autofree char *date = date_in (gen, 2026, 11 + (i > 0));
      int hour = g_rand_int_range (gen->rand, 8, 15);

      g_autofree char *start = g_strdup_printf ("%02d:00", hour);
      g_autofree char *end = g_strdup_printf ("%02d:45", hour);
      g_autofree char *check_in = g_strdup_printf ("%02d:05", hour);
      g_autofree char *check_out = g_strdup_printf ("%02d:40", hour);

      g_object_set (v,
                    "date", date,
                    "start-time", start,
                    "end-time", end,
                    "time-limit-minutes", 45,
                    "place", "Storgatan 12, 3 tr, Sundby",
                    "participants", "Klienten\nTvå socialsekreterare\nTvå väktare",
                    "check-in-time", i == 0 ? check_in : "",
                    "check-out-time", i == 0 ? check_out : "",
                    "status", i == 0 ? HP_VISIT_STATUS_CARRIED_OUT : HP_VISIT_STATUS_PLANNED,
                    "outcome", i == 0 ? "Det mesta hämtades. Motparten kom hem efter 30 minuter,\n"
                                        "besöket avbröts lugnt." : "",
                    NULL);
      g_list_store_append (gen->plan->visits, v);
    }
}

static void
fill_consents (Gen *gen,
               int  n,
               int  n_contacts)
{
  static const HpConsentScope scopes[] = {
    HP_CONSENT_SCOPE_STAFF_PRESENT, HP_CONSENT_SCOPE_ENTER_HOME,
    HP_CONSENT_SCOPE_SHARE_INFORMATION, HP_CONSENT_SCOPE_CONTACT_OTHER_PARTY,
  };

  for (int i = 0; i < n; i++)
    {
      g_autoptr(HpConsent) c = hp_consent_new ();
      HpConsentScope scope = scopes[i % G_N_ELEMENTS (scopes)];
      HpConsentParty party = i % 5 == 4 ? HP_CONSENT_PARTY_OTHER_RESIDENT : HP_CONSENT_PARTY_CLIENT;
      g_autofree char *recipient = NULL;
      g_autofree char *by = person_name (gen);
      g_autofree char *date = date_in (gen, 2026, 11);
      g_autofree char *party_name = person_name (gen);
      g_autofree char *id = g_strdup_printf ("s%d", i + 1);

      if (scope == HP_CONSENT_SCOPE_SHARE_INFORMATION && n_contacts > 0)
        recipient = g_strdup_printf ("k%d", g_rand_int_range (gen->rand, 1, n_contacts + 1));

      g_object_set (c,
                    "id", id,
                    "party", party,
                    "party-name", party_name,
                    "scope", scope,
                    "recipient", recipient,
                    "rooms", scope == HP_CONSENT_SCOPE_ENTER_HOME ? "Hallen och sovrummet" : "",
                    "given", HP_ANSWER_YES,
                    "form", i % 2 ? HP_CONSENT_FORM_WRITTEN : HP_CONSENT_FORM_ORAL,
                    "date", date,
                    "recorded-by", by,
                    "witness", i % 2 ? "" : "Socialsekreterare på enheten",
                    "limits", "Gäller bara inför och under hämtningen.",
                    "valid-until", "2027-02-28",
                    "withdrawn-on", "",
                    NULL);
      g_list_store_append (gen->plan->consents, c);
    }
}

int
main (int   argc,
      char *argv[])
{
  int n_items = 300;
  int seed = 20261127;
  g_autofree char *output = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = NULL;
  g_autoptr(HpPlan) plan = NULL;
  int n_children, n_contacts, n_visits, n_consents;
  Gen gen;
  const GOptionEntry entries[] = {
    { "items", 'n', 0, G_OPTION_ARG_INT, &n_items, "Number of items", "N" },
    { "seed", 's', 0, G_OPTION_ARG_INT, &seed, "Seed of the generator", "S" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "The plan file to write", "FILE" },
    { NULL }
  };

  setlocale (LC_ALL, "");
  context = g_option_context_new ("- write a made-up plan for the benchmarks");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("hp-bench-gen: %s\n", error->message);
      return 2;
    }
  if (output == NULL || n_items < 0 || n_items > HP_PLAN_FILE_MAX_LIST)
    {
      g_printerr ("hp-bench-gen: give --output FILE and --items from 0 to %d\n",
                  HP_PLAN_FILE_MAX_LIST);
      return 2;
    }

  /* The other lists grow a little with the plan, as a long case would. */
  n_children = 2 + (n_items >= 1000);
  n_contacts = 7 + n_items / 2000;
  n_visits = 2 + n_items / 2500;
  n_consents = 6 + n_items / 2000;

  rand = g_rand_new_with_seed ((guint32) seed);
  plan = hp_plan_new ();
  gen.rand = rand;
  gen.plan = plan;

  fill_case (&gen, n_children);
  fill_risk (&gen);
  fill_support (&gen);
  fill_contacts (&gen, n_contacts);
  fill_items (&gen, n_items, n_children);
  fill_measures (&gen);
  fill_visits (&gen, n_visits);
  fill_consents (&gen, n_consents, n_contacts);

  if (!hp_plan_file_save (plan, output, &error))
    {
      g_printerr ("hp-bench-gen: %s\n", error->message);
      return 1;
    }

  /* A benchmark of a plan the loader refuses, or reads back otherwise,
   * would time an error path: check the file once here. */
  {
    g_autoptr(HpPlan) loaded = hp_plan_file_load (output, &error);
    g_autofree char *difference = NULL;

    if (loaded == NULL)
      {
        g_printerr ("hp-bench-gen: %s: the plan written does not load: %s\n", output, error->message);
        return 1;
      }
    difference = hp_record_describe_difference (HP_RECORD (plan), HP_RECORD (loaded));
    if (difference != NULL)
      {
        g_printerr ("hp-bench-gen: %s: reads back different at %s\n", output, difference);
        return 1;
      }
  }

  return 0;
}
