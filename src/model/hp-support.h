/* hp-support.h: The way of support chosen, and how it is carried out. */
#pragma once

#include "hp-enums.h"
#include "hp-enum-types.h"
#include "hp-record.h"

G_BEGIN_DECLS

#define HP_TYPE_SUPPORT (hp_support_get_type ())
G_DECLARE_FINAL_TYPE (HpSupport, hp_support, HP, SUPPORT, HpRecord)

/* Read the fields directly; write them with g_object_set () so that the
 * change is notified (see hp-record.h). */
struct _HpSupport
{
  HpRecord parent_instance;

  HpSupportWay    way;
  char           *alternatives;
  HpAnswer        other_party_takes_part;
  HpStaffPosition staff_position;
  gboolean        staff_enter_home;
  char           *rooms_to_enter;
  int             time_on_site_minutes;
  gboolean        client_told_police_duty;
  gboolean        other_party_informed;
  char           *if_other_party_appears;
  char           *planning_notes;
  char           *execution_notes;
};

HpSupport *hp_support_new (void);

G_END_DECLS
