/* hp-case-page.h: the page of the client, the children, the home and the staff */
#pragma once

#include "hp-page-private.h"

G_BEGIN_DECLS

#define HP_TYPE_CASE_PAGE (hp_case_page_get_type ())
G_DECLARE_FINAL_TYPE (HpCasePage, hp_case_page, HP, CASE_PAGE, HpPage)

G_END_DECLS
