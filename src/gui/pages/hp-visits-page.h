/* hp-visits-page.h: the page of the visits to the home */
#pragma once

#include "hp-page-private.h"

G_BEGIN_DECLS

#define HP_TYPE_VISITS_PAGE (hp_visits_page_get_type ())
G_DECLARE_FINAL_TYPE (HpVisitsPage, hp_visits_page, HP, VISITS_PAGE, HpPage)

G_END_DECLS
