/* hp-measures-page.h: the page of the checklist of safety measures */
#pragma once

#include "hp-page-private.h"

G_BEGIN_DECLS

#define HP_TYPE_MEASURES_PAGE (hp_measures_page_get_type ())
G_DECLARE_FINAL_TYPE (HpMeasuresPage, hp_measures_page, HP, MEASURES_PAGE, HpPage)

G_END_DECLS
