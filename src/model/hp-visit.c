/* hp-visit.c: One visit to fetch belongings. */

#define G_LOG_DOMAIN "hp-visit"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-record-rules.h"
#include "hp-visit.h"

G_DEFINE_FINAL_TYPE (HpVisit, hp_visit, HP_TYPE_RECORD)

static const HpField visit_fields[] = {
  { "date", HP_FIELD_DATE, G_STRUCT_OFFSET (HpVisit, date), NULL,
    N_("Date"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "start_time", HP_FIELD_TIME, G_STRUCT_OFFSET (HpVisit, start_time), NULL,
    N_("Start"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "end_time", HP_FIELD_TIME, G_STRUCT_OFFSET (HpVisit, end_time), NULL,
    N_("End"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "time_limit_minutes", HP_FIELD_INT, G_STRUCT_OFFSET (HpVisit, time_limit_minutes), NULL,
    N_("Time limit (minutes)"), HP_FIELD_FLAG_NONE, 0, 1440 },
  { "place", HP_FIELD_STRING, G_STRUCT_OFFSET (HpVisit, place), NULL,
    N_("Meeting place"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "participants", HP_FIELD_TEXT, G_STRUCT_OFFSET (HpVisit, participants), NULL,
    N_("Taking part"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "check_in_time", HP_FIELD_TIME, G_STRUCT_OFFSET (HpVisit, check_in_time), NULL,
    N_("Check-in with the office"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "check_out_time", HP_FIELD_TIME, G_STRUCT_OFFSET (HpVisit, check_out_time), NULL,
    N_("Check-out with the office"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "code_word", HP_FIELD_STRING, G_STRUCT_OFFSET (HpVisit, code_word), NULL,
    N_("Code word agreed with the office"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "parking", HP_FIELD_TEXT, G_STRUCT_OFFSET (HpVisit, parking), NULL,
    N_("Where to park"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "way_out", HP_FIELD_TEXT, G_STRUCT_OFFSET (HpVisit, way_out), NULL,
    N_("The way out"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "status", HP_FIELD_ENUM, G_STRUCT_OFFSET (HpVisit, status), hp_visit_status_get_type,
    N_("Status"), HP_FIELD_FLAG_NONE, 0, 0 },
  { "outcome", HP_FIELD_TEXT, G_STRUCT_OFFSET (HpVisit, outcome), NULL,
    N_("What happened"), HP_FIELD_FLAG_NONE, 0, 0 },
};

/* A visit may go past midnight: these are shown, not refused. */
static const HpRecordRule visit_rules[] = {
  { HP_RECORD_RULE_NOT_BEFORE, "end_time", "start_time",
    N_("The end time is before the start time.") },
  { HP_RECORD_RULE_NOT_BEFORE, "check_out_time", "check_in_time",
    N_("The check-out time is before the check-in time.") },
};

static void
hp_visit_class_init (HpVisitClass *klass)
{
  hp_record_class_install_fields (HP_RECORD_CLASS (klass), visit_fields, G_N_ELEMENTS (visit_fields));
  hp_record_class_install_rules (HP_RECORD_CLASS (klass), visit_rules, G_N_ELEMENTS (visit_rules));
}

static void
hp_visit_init (HpVisit *self)
{
}

/**
 * hp_visit_new:
 *
 * Returns: (transfer full): a new, empty visit
 */
HpVisit *
hp_visit_new (void)
{
  return g_object_new (HP_TYPE_VISIT, NULL);
}
