/* harden-plans.c: large plans for the hardening tests
 *
 * The same @n_items and @tag always give the same plan, so a helper process
 * and the test can each build it and compare files byte for byte.  @tag is
 * in every item, so two plans of different tags differ all through the
 * file: a file mixed of both, or cut short, equals neither.
 */

#include "config.h"

#include "harden-plans.h"

HpPlan *
harden_plan_new (guint       n_items,
                 const char *tag)
{
  HpPlan *plan = hp_plan_new ();
  g_autofree char *reference = g_strdup_printf ("IFO 2026-%s", tag);

  g_object_set (plan->case_info,
                "reference", reference,
                "client_name", "Anna Andersson",
                "client_id_number", "811218-9876",
                "client_phone", "070-123 45 67",
                "home_address", "Storgatan 1\n123 45 Småstad",
                "needed_by", "2026-11-27",
                NULL);

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(HpChild) child = g_object_new (HP_TYPE_CHILD, NULL);
      g_autofree char *id = g_strdup_printf ("b%u", i + 1);
      g_autofree char *name = g_strdup_printf ("Barn %u %s", i + 1, tag);

      g_object_set (child, "id", id, "name", name, NULL);
      g_list_store_append (plan->case_info->children, child);
    }

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(HpContact) contact = g_object_new (HP_TYPE_CONTACT, NULL);
      g_autofree char *id = g_strdup_printf ("k%u", i + 1);

      g_object_set (contact, "id", id, "kind", i == 0 ? HP_CONTACT_KIND_POLICE
                                                      : HP_CONTACT_KIND_SECURITY_COMPANY,
                    "name", i == 0 ? "Polisen" : "Vakt AB", "phone", "114 14", NULL);
      g_list_store_append (plan->contacts, contact);
    }

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(HpItem) item = hp_item_new ();
      g_autofree char *name = g_strdup_printf ("Sak %u %s åäö", i, tag);
      g_autofree char *note = g_strdup_printf ("Anteckning %u för plan %s", i, tag);

      g_object_set (item,
                    "name", name,
                    "category", (int) (i % 11),
                    "priority", (int) (i % 3),
                    "owner", i % 5 == 0 ? "b2" : "",
                    "location", "Sovrummet, garderoben till vänster",
                    "note", note,
                    "tracker_checked", i % 2 == 0,
                    NULL);
      g_list_store_append (plan->items, item);
    }

  {
    g_autoptr(HpConsent) consent = g_object_new (HP_TYPE_CONSENT, NULL);

    g_object_set (consent, "party", HP_CONSENT_PARTY_CLIENT,
                  "scope", HP_CONSENT_SCOPE_SHARE_INFORMATION, "recipient", "k1",
                  "given", HP_ANSWER_YES, "date", "2026-11-20", NULL);
    g_list_store_append (plan->consents, consent);
  }

  return plan;
}
