/* hp-checks.h: a plan checked against the national guidance
 *
 * Every rule is a pure function of the plan (and of today's date, passed in,
 * so that a test can fix it).  A finding says how serious it is, what is
 * wrong in words a caseworker uses, which section and field it concerns,
 * and the source it rests on.
 */
#pragma once

#include "hp-plan.h"

G_BEGIN_DECLS

typedef enum
{
  HP_SEVERITY_ERROR,
  HP_SEVERITY_WARNING,
  HP_SEVERITY_ADVICE,
} HpSeverity;

typedef struct
{
  const char *rule;      /* stable id, "enter-without-consent" */
  HpSeverity  severity;
  char       *message;   /* translated, one or two sentences */
  HpSection   section;
  char       *field;     /* path of the field: "risk.assessments", "consents[2].recipient" */
  const char *source;    /* "OSL 12 kap. 2 §", "RF 2 kap. 6 §; JO" ... untranslated;
                          * "Hämtplan" when the rule is the plan's own consistency
                          * (a planned visit whose date has passed) */
} HpFinding;

void        hp_finding_free          (HpFinding  *finding);
const char *hp_severity_get_label    (HpSeverity  severity);

/* Returns: (transfer full) (element-type HpFinding): the findings, most
 * severe first, in section order within a severity.  @today is
 * "YYYY-MM-DD"; NULL means the real today. */
GPtrArray  *hp_checks_run            (HpPlan     *plan,
                                      const char *today);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpFinding, hp_finding_free)

G_END_DECLS
