/* hp-documents.h: the printed documents of a plan
 *
 * Each function builds an HpDocument (hp-document.h) that the PDF writer
 * (hp-export.h) and the printer lay out (hp-layout.h) and draw the same
 * way.  Each document is its own file: hp-full-plan.c, hp-handover-sheet.c,
 * hp-consent-record.c and hp-visit-card.c, over what they share
 * (hp-document-parts.h).
 *
 * Who reads what (DOMAIN.md):
 * - the full plan: the staff on the visit and the case file.  Everything
 *   the plan holds, except that the client's whereabouts and contact
 *   details (fields flagged HP_FIELD_FLAG_WHEREABOUTS) are left out when
 *   the plan records protected personal data: the paper goes to the home.
 * - the handover sheet: one recipient outside the social services.  Only
 *   the time and place its part in the visit needs
 *   (hp_contact_get_effective_part(): the home's address, visit places and
 *   where things are in the home only for whoever goes to the home; the
 *   handover site for the handover place; the caseworker's unit for the
 *   office; the day and time alone for whoever is only informed), the items
 *   still to hand over with whom each is for ("barn 1", never the client's
 *   name), the caseworker's name and phone and what the recipient is asked
 *   to do.  Never the client's name, identity number, phone, safe way of
 *   contact or whereabouts: every text put on the sheet goes through
 *   hp_secrets_apply(), which puts "the client" in place of her name and
 *   "(left out)" in place of the rest, and the checks flag each such text.
 * - the consent record: for the client's and the caseworker's signatures.
 * - the visit card: one page for the staff on one visit (hp-visit-card.c):
 *   the time, who goes, the code word, check-in and check-out, parking,
 *   the way out, what to do if the other party turns up, and the
 *   belongings in pick order with tick boxes.  Internal like the full
 *   plan, and like it under protected personal data: it goes to the home.
 */
#pragma once

#include "hp-layout.h"
#include "hp-model.h"

G_BEGIN_DECLS

HpDocument *hp_document_new_full_plan        (HpPlan      *plan);
HpDocument *hp_document_new_handover         (HpPlan      *plan,
                                              HpContact   *recipient,
                                              GError     **error);
HpDocument *hp_document_new_consent_record   (HpPlan      *plan);
HpDocument *hp_document_new_visit_card       (HpPlan      *plan,
                                              HpVisit     *visit,
                                              GError     **error);

G_END_DECLS
