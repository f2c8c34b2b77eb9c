/* hp-plan.h: A whole plan for fetching a client's belongings. */
#pragma once

#include "hp-enums.h"
#include "hp-enum-types.h"
#include "hp-record.h"
#include "hp-case.h"
#include "hp-child.h"
#include "hp-consent.h"
#include "hp-contact.h"
#include "hp-disclosure.h"
#include "hp-follow-up.h"
#include "hp-item.h"
#include "hp-risk.h"
#include "hp-support.h"
#include "hp-visit.h"

G_BEGIN_DECLS

#define HP_PLAN_ERROR (hp_plan_error_quark ())

typedef enum
{
  HP_PLAN_ERROR_NO_CONSENT,  /* no consent in force to share with a recipient */
} HpPlanError;

GQuark      hp_plan_error_quark      (void);

#define HP_TYPE_PLAN (hp_plan_get_type ())
G_DECLARE_FINAL_TYPE (HpPlan, hp_plan, HP, PLAN, HpRecord)

/* Read the fields directly; write them with g_object_set () so that the
 * change is notified (see hp-record.h). */
struct _HpPlan
{
  HpRecord parent_instance;

  HpCase     *case_info;
  HpRisk     *risk;
  HpSupport  *support;
  GListStore *contacts;
  GListStore *items;
  GListStore *measures;
  GListStore *visits;
  GListStore *consents;
  HpFollowUp *follow_up;
  GListStore *disclosures;

  /* Not a field: the minor version of the file the plan came from, so that
   * members kept from a newer minor version are written back under it. */
  int         file_minor;
};

HpPlan     *hp_plan_new              (void);
HpContact  *hp_plan_find_contact     (HpPlan     *self,
                                      const char *id);
HpChild    *hp_plan_find_child       (HpPlan     *self,
                                      const char *id);
char       *hp_plan_new_contact_id   (HpPlan     *self);
char       *hp_plan_new_child_id     (HpPlan     *self);
HpConsent  *hp_plan_find_consent     (HpPlan     *self,
                                      const char *id);
char       *hp_plan_new_consent_id   (HpPlan     *self);
HpVisit    *hp_plan_new_visit        (HpPlan     *self);
char       *hp_plan_dup_removal_blocker (HpPlan   *self,
                                         HpRecord *record);
void        hp_plan_init_consent_ids (HpPlan     *self);
char       *hp_plan_dup_title        (HpPlan     *self);
gboolean    hp_plan_police_involved  (HpPlan     *self);

/* Rules about sharing the plan with a contact (handover sheets). */
gboolean    hp_plan_check_sharing_consent (HpPlan      *plan,
                                           HpContact   *recipient,
                                           const char  *today,
                                           GError     **error);
HpConsent  *hp_plan_find_sharing_consent  (HpPlan      *plan,
                                           HpContact   *recipient,
                                           const char  *today);
gboolean    hp_plan_contact_goes_home     (HpPlan      *plan,
                                           HpContact   *recipient);

/* Outcomes after the visit. */
guint       hp_plan_set_items_status      (HpPlan       *self,
                                           HpItem      **items,
                                           guint         n_items,
                                           HpItemStatus  status);

G_END_DECLS
